//! Filling gaps in a translation with the English reference.
//!
//! Used by build.rs on each locale's content files before they are compiled
//! in (and by the tests, to count gaps). Whatever a locale lacks (a whole
//! file, an item, a field, an empty text) comes from English, and the item
//! it belongs to is recorded so that the page can mark it as English.
//! Only serde_json: build.rs includes this file as a module.

use serde_json::Value;

/// The content files of every locale (`content/<locale>/<file>`).
pub const CONTENT_FILES: [&str; 12] = [
    "about.json",
    "educators.json",
    "grid.json",
    "guidance.json",
    "initiatives.json",
    "meeting.json",
    "partners.json",
    "plan.json",
    "risk_guides.json",
    "risks.json",
    "sources.json",
    "together.json",
];

/// Keys that identify an item in a list, in order of preference.
const IDENTITY_KEYS: [&str; 3] = ["id", "risk", "band"];

/// The merged content of one file, and the items that contain English.
#[derive(Debug, Default, PartialEq)]
pub struct Merged {
    pub value: Value,
    /// "<file>:<id>" of the outermost item with an identity that holds
    /// English text, or "<file>" for a gap outside any item.
    pub fallbacks: Vec<String>,
}

/// Merges `translated` (None: the file is missing) over `reference`.
pub fn merge_file(file: &str, reference: &Value, translated: Option<&Value>) -> Merged {
    let mut fallbacks = Vec::new();
    let value = merge(reference, translated, file, None, &mut fallbacks);
    Merged { value, fallbacks }
}

fn identity(item: &Value) -> Option<String> {
    IDENTITY_KEYS
        .iter()
        .find_map(|key| item.get(key).and_then(Value::as_str))
        .map(str::to_string)
}

fn record(file: &str, owner: Option<&str>, fallbacks: &mut Vec<String>) {
    let entry = match owner {
        Some(id) => format!("{file}:{id}"),
        None => file.to_string(),
    };
    if !fallbacks.contains(&entry) {
        fallbacks.push(entry);
    }
}

fn merge(
    reference: &Value,
    translated: Option<&Value>,
    file: &str,
    owner: Option<&str>,
    fallbacks: &mut Vec<String>,
) -> Value {
    match (reference, translated) {
        (Value::Object(en), Some(Value::Object(tr))) => Value::Object(
            en.iter()
                .map(|(key, value)| {
                    (
                        key.clone(),
                        merge(value, tr.get(key), file, owner, fallbacks),
                    )
                })
                .collect(),
        ),
        (Value::Array(en), Some(Value::Array(tr))) => {
            // Items are matched by identity when it is unique in the list
            // (grid cells share a risk: those go by position).
            let ids: Vec<Option<String>> = en.iter().map(identity).collect();
            let unique = ids.iter().all(Option::is_some)
                && ids.iter().enumerate().all(|(i, id)| !ids[..i].contains(id));
            Value::Array(
                en.iter()
                    .enumerate()
                    .map(|(i, item)| {
                        let id = identity(item);
                        let counterpart = if unique {
                            tr.iter().find(|t| identity(t) == id)
                        } else {
                            tr.get(i)
                        };
                        let item_owner = owner.or(id.as_deref());
                        merge(item, counterpart, file, item_owner, fallbacks)
                    })
                    .collect(),
            )
        }
        (Value::String(_), Some(Value::String(text))) if !text.trim().is_empty() => {
            Value::String(text.clone())
        }
        (Value::Number(_), Some(n @ Value::Number(_))) => n.clone(),
        (Value::Bool(_), Some(b @ Value::Bool(_))) => b.clone(),
        (Value::Null, _) => Value::Null,
        // Missing, empty or of another type: the English value.
        _ => {
            record(file, owner, fallbacks);
            reference.clone()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_complete_translation_is_kept_whole() {
        let en = json!([{ "id": "a", "name": "Apple", "tags": ["x"] }]);
        let fr = json!([{ "id": "a", "name": "Pomme", "tags": ["y"] }]);
        let merged = merge_file("f.json", &en, Some(&fr));
        assert_eq!(merged.value, fr);
        assert!(merged.fallbacks.is_empty());
    }

    #[test]
    fn gaps_are_filled_from_english_and_recorded_per_item() {
        let en = json!({ "intro": "Hi", "items": [
            { "id": "a", "name": "Apple", "parts": [{ "id": "a1", "text": "Core" }] },
            { "id": "b", "name": "Banana" },
            { "id": "c", "name": "Cherry" }
        ]});
        let fr = json!({ "intro": "Salut", "items": [
            { "id": "c", "name": "Cerise" },
            { "id": "a", "name": "Pomme", "parts": [{ "id": "a1", "text": "" }] }
        ]});
        let merged = merge_file("f.json", &en, Some(&fr));
        assert_eq!(merged.value["intro"], "Salut");
        assert_eq!(merged.value["items"][0]["name"], "Pomme");
        assert_eq!(
            merged.value["items"][0]["parts"][0]["text"], "Core",
            "empty text"
        );
        assert_eq!(merged.value["items"][1]["name"], "Banana", "missing item");
        assert_eq!(
            merged.value["items"][2]["name"], "Cerise",
            "matched by id, not position"
        );
        // The outermost item owns the gap: a page shows whole items.
        assert_eq!(merged.fallbacks, ["f.json:a", "f.json:b"]);
    }

    #[test]
    fn a_missing_file_is_english_throughout() {
        let en = json!({ "title": "Meeting" });
        let merged = merge_file("meeting.json", &en, None);
        assert_eq!(merged.value, en);
        assert_eq!(merged.fallbacks, ["meeting.json"]);
    }

    #[test]
    fn items_sharing_an_identity_are_matched_by_position() {
        let en = json!([{ "risk": "contact", "kind": "a", "t": "A" }, { "risk": "contact", "kind": "b", "t": "B" }]);
        let fr = json!([{ "risk": "contact", "kind": "a", "t": "Ä" }, { "risk": "contact", "kind": "b", "t": "Ɓ" }]);
        let merged = merge_file("grid.json", &en, Some(&fr));
        assert_eq!(merged.value, fr);
        assert!(merged.fallbacks.is_empty());
    }
}
