//! Reads `locales/<locale>/<area>.json` of the crate being compiled, once per
//! file and compilation.

use std::cell::RefCell;
use std::collections::HashMap;
use std::path::PathBuf;
use std::rc::Rc;

/// English is the reference, first in locales/languages.json.
const REFERENCE: &str = "en";

type Strings = Rc<HashMap<String, String>>;

thread_local! {
    static CODES: RefCell<Option<Result<Rc<Vec<String>>, String>>> = const { RefCell::new(None) };
    static FILES: RefCell<HashMap<PathBuf, Result<Strings, String>>> = RefCell::new(HashMap::new());
}

fn locales_dir() -> Result<PathBuf, String> {
    let root =
        std::env::var("CARGO_MANIFEST_DIR").map_err(|e| format!("CARGO_MANIFEST_DIR: {e}"))?;
    Ok(PathBuf::from(root).join("locales"))
}

/// The codes of the published languages, in the order of
/// `locales/languages.json` (English first), the order of `i18n::LOCALES`.
pub fn locales() -> Result<Rc<Vec<String>>, String> {
    CODES.with(|codes| {
        codes
            .borrow_mut()
            .get_or_insert_with(|| {
                let path = locales_dir()?.join("languages.json");
                let text = std::fs::read_to_string(&path)
                    .map_err(|e| format!("{}: {e}", path.display()))?;
                let list: Vec<HashMap<String, String>> =
                    serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
                let codes: Vec<String> = list
                    .into_iter()
                    .filter_map(|language| language.get("code").cloned())
                    .collect();
                if codes.first().map(String::as_str) != Some(REFERENCE) {
                    return Err(format!("{}: English comes first", path.display()));
                }
                Ok(Rc::new(codes))
            })
            .clone()
    })
}

fn load(locale: &str, area: &str) -> Result<Strings, String> {
    let path = locales_dir()?.join(locale).join(format!("{area}.json"));
    FILES.with(|files| {
        files
            .borrow_mut()
            .entry(path.clone())
            .or_insert_with(|| {
                let text = std::fs::read_to_string(&path)
                    .map_err(|e| format!("{}: {e}", path.display()))?;
                let strings: HashMap<String, String> =
                    serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
                Ok(Rc::new(strings))
            })
            .clone()
    })
}

/// The text of `area.key` in every locale, in `locales()` order; English
/// where a locale lacks it or leaves it empty (untranslated). A key English
/// lacks is an error: English defines which keys exist.
pub fn lookup(area: &str, key: &str) -> Result<Vec<String>, String> {
    let reference = load(REFERENCE, area)?;
    let Some(english) = reference.get(key) else {
        return Err(format!(
            "no key {area}.{key} in locales/{REFERENCE}/{area}.json"
        ));
    };
    // A missing file or key falls back to English; tests/ui_strings.rs reports it.
    Ok(locales()?
        .iter()
        .map(|locale| {
            load(locale, area)
                .ok()
                .and_then(|strings| strings.get(key).cloned())
                .filter(|text| !text.trim().is_empty())
                .unwrap_or_else(|| english.clone())
        })
        .collect())
}
