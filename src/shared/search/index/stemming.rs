//! Which Snowball stemmer indexes a language.

use rust_stemmers::Algorithm;

/// The Snowball stemmer of a language, by its code's primary subtag ("pt-br"
/// takes Portuguese): every language rust-stemmers has, so that a language
/// a partner adds (scripts/add-language.sh) is stemmed too where it can be.
pub(super) fn snowball_algorithm(lang: &str) -> Option<Algorithm> {
    Some(match lang.split('-').next().unwrap_or(lang) {
        "ar" => Algorithm::Arabic,
        "da" => Algorithm::Danish,
        "de" => Algorithm::German,
        "el" => Algorithm::Greek,
        "en" => Algorithm::English,
        "es" => Algorithm::Spanish,
        "fi" => Algorithm::Finnish,
        "fr" => Algorithm::French,
        "hu" => Algorithm::Hungarian,
        "it" => Algorithm::Italian,
        "nl" => Algorithm::Dutch,
        "no" | "nb" | "nn" => Algorithm::Norwegian,
        "pt" => Algorithm::Portuguese,
        "ro" => Algorithm::Romanian,
        "ru" => Algorithm::Russian,
        "sv" => Algorithm::Swedish,
        "ta" => Algorithm::Tamil,
        "tr" => Algorithm::Turkish,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_language_takes_its_stemmer_by_its_primary_subtag() {
        assert_eq!(snowball_algorithm("ar"), Some(Algorithm::Arabic));
        assert_eq!(snowball_algorithm("pt"), Some(Algorithm::Portuguese));
        assert_eq!(snowball_algorithm("pt-br"), Some(Algorithm::Portuguese));
        assert_eq!(snowball_algorithm("zh"), None, "Chinese has no stems");
        assert_eq!(snowball_algorithm("sw"), None, "no Swahili stemmer");
    }
}
