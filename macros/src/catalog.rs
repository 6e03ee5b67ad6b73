//! Reads `locales/<locale>/<area>.json` of the crate being compiled, once per
//! file and compilation.

use std::cell::RefCell;
use std::collections::HashMap;
use std::path::PathBuf;
use std::rc::Rc;

/// English is the reference; the other five are the UN's official languages.
pub const LOCALES: [&str; 6] = ["en", "ar", "zh", "fr", "ru", "es"];
const REFERENCE: &str = "en";

type Strings = Rc<HashMap<String, String>>;

thread_local! {
    static FILES: RefCell<HashMap<PathBuf, Result<Strings, String>>> = RefCell::new(HashMap::new());
}

fn load(locale: &str, area: &str) -> Result<Strings, String> {
    let root =
        std::env::var("CARGO_MANIFEST_DIR").map_err(|e| format!("CARGO_MANIFEST_DIR: {e}"))?;
    let path = PathBuf::from(root)
        .join("locales")
        .join(locale)
        .join(format!("{area}.json"));
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

/// The text of `area.key` in every locale, in `LOCALES` order; English where
/// a locale lacks it. A key English lacks is an error: English defines which
/// keys exist.
pub fn lookup(area: &str, key: &str) -> Result<[String; 6], String> {
    let reference = load(REFERENCE, area)?;
    let Some(english) = reference.get(key) else {
        return Err(format!(
            "no key {area}.{key} in locales/{REFERENCE}/{area}.json"
        ));
    };
    // A missing file or key falls back to English; tests/ui_strings.rs reports it.
    Ok(LOCALES.map(|locale| {
        load(locale, area)
            .ok()
            .and_then(|strings| strings.get(key).cloned())
            .unwrap_or_else(|| english.clone())
    }))
}
