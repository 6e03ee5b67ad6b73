//! Text normalisation shared by the directory filter and site search:
//! case-insensitive, accents folded for common Latin letters, punctuation
//! treated as spaces.
//!
//! Without Unicode tables, on purpose: `char::to_lowercase` and
//! `char::is_alphanumeric` put about 7 KB (brotli) of tables into every
//! island that searches. The site is written in Latin, Cyrillic, Arabic and
//! Han script; `lower` and `is_word_char` know those blocks (and Greek
//! letters), and the tests check them against Rust's tables, block by block
//! and for every character of the site's content and interface strings.
//! Anything else is a separator. The search index is built natively by the
//! same code, so the browser and the index always agree.

/// Lower-cases, folds common accents and turns punctuation into spaces.
pub fn normalise(text: &str) -> String {
    text.chars()
        .map(|c| match fold_accent(lower(c)) {
            c if is_word_char(c) => c,
            _ => ' ',
        })
        .collect()
}

/// A common accented Latin small letter as its base letter.
fn fold_accent(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
        'ç' => 'c',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ñ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        c => c,
    }
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

/// The lower-case letter of a capital in the Latin, Greek, Cyrillic and
/// full-width Latin blocks; any other character unchanged.
fn lower(c: char) -> char {
    let code = c as u32;
    let lowered = match code {
        0x41..=0x5A | 0xFF21..=0xFF3A => code + 0x20,
        0xC0..=0xDE if code != 0xD7 => code + 0x20,
        // "İ" lowers to "i" and a combining dot: the dot would be a separator.
        0x130 => 'i' as u32,
        // Latin Extended-A, Cyrillic's historic letters and its extensions:
        // a capital, then its small letter.
        0x100..=0x137 | 0x14A..=0x177 | 0x460..=0x481 | 0x48A..=0x4BF | 0x4D0..=0x52F
            if code.is_multiple_of(2) =>
        {
            code + 1
        }
        0x139..=0x148 | 0x179..=0x17E | 0x4C1..=0x4CE if !code.is_multiple_of(2) => code + 1,
        0x178 => 0xFF,
        0x4C0 => 0x4CF,
        0x391..=0x3A1 | 0x3A3..=0x3AB | 0x410..=0x42F => code + 0x20,
        0x386 => 0x3AC,
        0x388..=0x38A => code + 0x25,
        0x38C => 0x3CC,
        0x38E | 0x38F => code + 0x3F,
        0x400..=0x40F => code + 0x50,
        _ => code,
    };
    char::from_u32(lowered).unwrap_or(c)
}

/// A letter or digit of the site's scripts (Rust's `is_alphanumeric` there).
fn is_word_char(c: char) -> bool {
    matches!(c as u32,
        // ASCII, Latin-1 (ª, ², ³, µ, ¹, º, fractions, letters but × and ÷),
        // Latin Extended-A and -B, IPA.
        0x30..=0x39 | 0x41..=0x5A | 0x61..=0x7A
        | 0xAA | 0xB2 | 0xB3 | 0xB5 | 0xB9 | 0xBA | 0xBC..=0xBE
        | 0xC0..=0xD6 | 0xD8..=0xF6 | 0xF8..=0x2AF
        // The combining marks Unicode counts as letters (ͅ, small Latin letters above).
        | 0x345 | 0x363..=0x36F
        // Greek.
        | 0x370..=0x374 | 0x376 | 0x377 | 0x37A..=0x37D | 0x37F | 0x386
        | 0x388..=0x38A | 0x38C | 0x38E..=0x3A1 | 0x3A3..=0x3F5 | 0x3F7..=0x3FF
        // Cyrillic and its supplement (without the thousands sign and the
        // combining marks U+0482..U+0489).
        | 0x400..=0x481 | 0x48A..=0x52F
        // Arabic: letters, the vowel marks Unicode counts as alphabetic, digits.
        | 0x610..=0x61A | 0x620..=0x657 | 0x659..=0x669 | 0x66E..=0x6D3 | 0x6D5..=0x6DC
        | 0x6E1..=0x6E8 | 0x6ED..=0x6FC | 0x6FF
        // Han, kana and the CJK letters and numerals (々, 〆, 〇, 〡..〩).
        | 0x3005..=0x3007 | 0x3021..=0x3029 | 0x3031..=0x3035 | 0x3038..=0x303C
        | 0x3041..=0x3096 | 0x309D..=0x309F | 0x30A1..=0x30FA | 0x30FC..=0x30FF
        | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFA6D | 0xFA70..=0xFAD9
        // Full-width digits and Latin letters.
        | 0xFF10..=0xFF19 | 0xFF21..=0xFF3A | 0xFF41..=0xFF5A
        | 0x20000..=0x2A6DF
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What `normalise` gave with Rust's Unicode tables: the reference.
    fn with_tables(text: &str) -> String {
        text.chars()
            .flat_map(char::to_lowercase)
            .map(|c| match fold_accent(c) {
                c if c.is_alphanumeric() => c,
                _ => ' ',
            })
            .collect()
    }

    /// The characters of a block where the two disagree.
    fn disagreements(block: std::ops::RangeInclusive<u32>) -> Vec<String> {
        block
            .filter_map(char::from_u32)
            .map(String::from)
            .filter(|s| normalise(s) != with_tables(s))
            .map(|s| {
                format!(
                    "U+{:04X} {s:?}: {:?} (tables: {:?})",
                    s.chars().next().unwrap() as u32,
                    normalise(&s),
                    with_tables(&s)
                )
            })
            .collect()
    }

    #[test]
    fn the_site_scripts_blocks_agree_with_unicode_tables() {
        let blocks = [
            0x0..=0x17F,     // ASCII, Latin-1, Latin Extended-A
            0x300..=0x36F,   // combining marks: separators, but a few
            0x400..=0x52F,   // Cyrillic and its supplement
            0x600..=0x6FF,   // Arabic
            0x2000..=0x206F, // punctuation
            0x3000..=0x30FF, // CJK punctuation, kana
            0x4E00..=0x9FFF, // Han
            0xFF00..=0xFF65, // full-width forms
        ];
        let mut wrong = Vec::new();
        for block in blocks {
            wrong.extend(disagreements(block));
        }
        // İ: the tables give "i" and a combining dot, which is a separator.
        wrong.retain(|w| !w.starts_with("U+0130"));
        assert!(
            wrong.is_empty(),
            "{} disagreements:\n{}",
            wrong.len(),
            wrong.join("\n")
        );
    }

    /// Latin Extended-B, IPA and Greek: letters are letters (their lower
    /// case is irregular, and the site's languages do not need it).
    #[test]
    fn other_latin_and_greek_letters_are_word_characters() {
        let wrong: Vec<char> = (0x180..=0x3FF)
            .filter_map(char::from_u32)
            .filter(|&c| !(0x2B0..=0x36F).contains(&(c as u32)))
            .filter(|&c| is_word_char(c) != c.is_alphanumeric())
            .collect();
        assert!(wrong.is_empty(), "disagree: {wrong:?}");
    }

    #[test]
    fn every_character_of_the_site_agrees_with_unicode_tables() {
        let mut text = String::new();
        for dir in ["content", "locales"] {
            let mut stack = vec![std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(dir)];
            while let Some(path) = stack.pop() {
                if path.is_dir() {
                    stack.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
                } else if path.extension().is_some_and(|e| e == "json") {
                    text.push_str(&std::fs::read_to_string(&path).unwrap());
                }
            }
        }
        assert!(text.len() > 100_000, "the site's text was read");
        let mut chars: Vec<char> = text.chars().collect();
        chars.sort_unstable();
        chars.dedup();
        let wrong: Vec<char> = chars
            .into_iter()
            .filter(|c| normalise(&c.to_string()) != with_tables(&c.to_string()))
            .collect();
        assert!(wrong.is_empty(), "disagree: {wrong:?}");
    }

    #[test]
    fn folds_case_accents_and_punctuation() {
        assert_eq!(
            normalise("Élève, SAFER-Internet!"),
            "eleve  safer internet "
        );
        assert_eq!(normalise("ДЕТИ в Сети"), "дети в сети");
        assert_eq!(normalise("حماية، الأطفال"), "حماية  الأطفال");
        assert_eq!(normalise("儿童在线保护。"), "儿童在线保护 ");
        assert_eq!(words(" Ünïcode  ÇA "), vec!["unicode", "ca"]);
    }

    #[test]
    fn every_query_word_must_start_a_word() {
        let q = words("safe inter");
        assert!(matches_all("Safer Internet Day", &q));
        assert!(!matches_all("Unsafe Internet", &words("safe day")));
    }
}
