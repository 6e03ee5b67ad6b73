//! The plan in this browser's localStorage, and the catalog the page
//! carries for the plan builder, through the browser's JSON (`page_json`)
//! rather than serde_json. The stored JSON is the one serde writes for `plan::Stored`
//! writes natively; `plan::restore_from` does the rest, tested natively.

use wasm_bindgen::JsValue;

use crate::browser::islands::page_json::{self, list, optional_string, pairs, string, strings};
use crate::browser::js_object::property;
use crate::shared::content::Side;
use crate::shared::content::{AgeBand, PlanGroup, PlanSuggestion};
use crate::shared::plan::{self, PlanCatalog, PlanLine, Stored};

/// What is stored under `plan::STORAGE_KEY`, read: `None` when it is not a
/// stored plan.
pub fn read_stored(text: &str) -> Option<Stored> {
    let data = page_json::parse(text)?;
    let version = property(&data, "v")?.as_f64()?;
    let lines = list(&data, "lines")?
        .iter()
        .map(|line| {
            Some(PlanLine {
                suggestion: optional_string(line, "suggestion")?,
                side: Side::from_slug(&string(line, "side")?)?,
                text: string(line, "text")?,
            })
        })
        .collect::<Option<Vec<_>>>()?;
    Some(Stored {
        v: u32::try_from(version as i64)
            .ok()
            .filter(|v| f64::from(*v) == version)?,
        age: optional_string(&data, "age")?,
        lines,
        child: optional_string(&data, "child")?.unwrap_or_default(),
        parent: optional_string(&data, "parent")?.unwrap_or_default(),
        review: optional_string(&data, "review")?,
    })
}

/// The stored form as JSON, the same as serde writes `plan::Stored`.
pub fn write_stored(stored: &Stored) -> String {
    let text = |value: &str| JsValue::from_str(value);
    let optional = |value: &Option<String>| value.as_deref().map_or(JsValue::NULL, text);
    let lines = js_sys::Array::new();
    for line in &stored.lines {
        let mut fields = Vec::new();
        if let Some(id) = &line.suggestion {
            fields.push(("suggestion", text(id)));
        }
        fields.push(("side", text(line.side.slug())));
        fields.push(("text", text(&line.text)));
        lines.push(&page_json::object(&fields));
    }
    page_json::stringify(&page_json::object(&[
        ("v", JsValue::from(stored.v)),
        ("age", optional(&stored.age)),
        ("lines", lines.into()),
        ("child", text(&stored.child)),
        ("parent", text(&stored.parent)),
        ("review", optional(&stored.review)),
    ]))
    .unwrap_or_default()
}

/// The page's `data-plan-catalog` (`PlanCatalog::to_page_data`); `None`
/// when prerendering, where the builder is an empty slot.
pub fn catalog_from_page() -> Option<PlanCatalog> {
    let data = page_json::from_page("data-plan-catalog")?;
    let groups = list(&data, "groups")?
        .iter()
        .map(|group| {
            Some(PlanGroup {
                id: string(group, "id")?,
                title: string(group, "title")?,
            })
        })
        .collect::<Option<Vec<_>>>()?;
    let suggestions = list(&data, "suggestions")?
        .iter()
        .map(|s| {
            Some(PlanSuggestion {
                id: string(s, "id")?,
                group: string(s, "group")?,
                side: Side::from_slug(&string(s, "side")?)?,
                bands: strings(&list(s, "bands")?)?
                    .iter()
                    .map(|band| AgeBand::from_slug(band))
                    .collect::<Option<Vec<_>>>()?,
                text: string(s, "text")?,
                why: string(s, "why")?,
                link: string(s, "link")?,
                link_label: string(s, "link_label")?,
                cite: Vec::new(),
            })
        })
        .collect::<Option<Vec<_>>>()?;
    let bands = pairs(&data, "bands")?
        .into_iter()
        .map(|(slug, label)| Some((AgeBand::from_slug(&slug)?, label)))
        .collect::<Option<Vec<_>>>()?;
    Some(PlanCatalog {
        title: string(&data, "title")?,
        groups,
        suggestions,
        bands,
        notices: pairs(&data, "notices")?,
    })
}

/// The plan kept in this browser, for `plan::starting_plan`.
pub fn restore(is_known: impl Fn(&str) -> bool) -> plan::Restored {
    let raw = crate::browser::storage::read(plan::STORAGE_KEY);
    plan::restore_from(raw.map(|raw| read_stored(&raw)), is_known)
}
