//! Text normalisation shared by the directory filter and site search:
//! case-insensitive, accents folded for common Latin letters, punctuation
//! treated as spaces.

/// Lower-cases, folds common accents and turns punctuation into spaces.
pub fn normalise(text: &str) -> String {
    text.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
            'ç' => 'c',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ñ' => 'n',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            c if c.is_alphanumeric() => c,
            _ => ' ',
        })
        .collect()
}

/// The words of a query, normalised.
pub fn words(query: &str) -> Vec<String> {
    normalise(query)
        .split_whitespace()
        .map(String::from)
        .collect()
}

/// True when every query word starts some word of the text.
pub fn matches_all(text: &str, query_words: &[String]) -> bool {
    let text = normalise(text);
    query_words
        .iter()
        .all(|q| text.split_whitespace().any(|w| w.starts_with(q.as_str())))
}
