//! The string format: `{{ name }}` placeholders and `<tag>text</tag>` markers.

/// Names of the `{{ name }}` placeholders, in order, without repeats.
pub fn placeholders(text: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find("{{") {
        let after = &rest[start + 2..];
        let Some(end) = after.find("}}") else { break };
        let name = after[..end].trim().to_string();
        if !names.contains(&name) {
            names.push(name);
        }
        rest = &after[end + 2..];
    }
    names
}

/// A `format!` string: placeholders become `{name}`, other braces are escaped.
pub fn format_string(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(start) = rest.find("{{") {
        let Some(end) = rest[start + 2..].find("}}") else {
            break;
        };
        out.push_str(&escape_braces(&rest[..start]));
        out.push('{');
        out.push_str(rest[start + 2..start + 2 + end].trim());
        out.push('}');
        rest = &rest[start + 2 + end + 2..];
    }
    out.push_str(&escape_braces(rest));
    out
}

fn escape_braces(text: &str) -> String {
    text.replace('{', "{{").replace('}', "}}")
}

/// A piece of a tagged string: `tag` is "" outside any tag.
#[derive(Debug, PartialEq, Eq)]
pub struct Segment {
    pub tag: String,
    pub text: String,
}

/// Splits "Go <a>here</a> on {{ day }}" into ("", "Go "), ("a", "here"),
/// ("", " on "), ("day", ""): tags keep their text, placeholders have none.
pub fn tagged_segments(text: &str) -> Result<Vec<Segment>, String> {
    let mut segments = Vec::new();
    for segment in split_tags(text)? {
        if segment.tag.is_empty() {
            segments.extend(split_placeholders(&segment.text));
        } else {
            segments.push(segment);
        }
    }
    Ok(segments)
}

fn split_placeholders(text: &str) -> Vec<Segment> {
    let mut segments = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find("{{") {
        let Some(end) = rest[start + 2..].find("}}") else {
            break;
        };
        if start > 0 {
            segments.push(Segment {
                tag: String::new(),
                text: rest[..start].to_string(),
            });
        }
        let name = rest[start + 2..start + 2 + end].trim().to_string();
        segments.push(Segment {
            tag: name,
            text: String::new(),
        });
        rest = &rest[start + 2 + end + 2..];
    }
    if !rest.is_empty() {
        segments.push(Segment {
            tag: String::new(),
            text: rest.to_string(),
        });
    }
    segments
}

fn split_tags(text: &str) -> Result<Vec<Segment>, String> {
    let mut segments = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('<') {
        let after_open = &rest[open + 1..];
        let close_bracket = after_open
            .find('>')
            .ok_or_else(|| format!("unclosed '<' in {text:?}"))?;
        let tag = &after_open[..close_bracket];
        let closing = format!("</{tag}>");
        let inner_start = open + 1 + close_bracket + 1;
        let inner_len = rest[inner_start..]
            .find(&closing)
            .ok_or_else(|| format!("<{tag}> is not closed in {text:?}"))?;
        if open > 0 {
            segments.push(Segment {
                tag: String::new(),
                text: rest[..open].to_string(),
            });
        }
        segments.push(Segment {
            tag: tag.to_string(),
            text: rest[inner_start..inner_start + inner_len].to_string(),
        });
        rest = &rest[inner_start + inner_len + closing.len()..];
    }
    if !rest.is_empty() {
        segments.push(Segment {
            tag: String::new(),
            text: rest.to_string(),
        });
    }
    Ok(segments)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_placeholders_once_each() {
        assert_eq!(placeholders("{{ a }} and {{b}} and {{ a }}"), ["a", "b"]);
        assert!(placeholders("no values").is_empty());
    }

    #[test]
    fn builds_format_strings_with_escaped_braces() {
        assert_eq!(
            format_string("Showing {{ count }} of {{ total }}"),
            "Showing {count} of {total}"
        );
        assert_eq!(format_string("a { b } {{ c }}"), "a {{ b }} {c}");
    }

    #[test]
    fn splits_tagged_text() {
        let parts =
            tagged_segments("Browse <risks>the risks</risks> or <meeting>it</meeting>.").unwrap();
        let pairs: Vec<_> = parts
            .iter()
            .map(|s| (s.tag.as_str(), s.text.as_str()))
            .collect();
        assert_eq!(
            pairs,
            [
                ("", "Browse "),
                ("risks", "the risks"),
                ("", " or "),
                ("meeting", "it"),
                ("", ".")
            ]
        );
        assert!(tagged_segments("a <b>unclosed").is_err());
        let parts = tagged_segments("Held on {{ date }}.").unwrap();
        let pairs: Vec<_> = parts
            .iter()
            .map(|s| (s.tag.as_str(), s.text.as_str()))
            .collect();
        assert_eq!(pairs, [("", "Held on "), ("date", ""), ("", ".")]);
    }
}
