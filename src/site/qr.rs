//! The poster's QR code as inline SVG, drawn at build time by the
//! prerenderer (native only: it costs the browser no wasm).

// Text in a double-quoted attribute (or XML): & < > " escaped, by a maintained crate.
use html_escape::encode_double_quoted_attribute as escape_attribute;

use qrcode::{Color, EcLevel, QrCode};

/// Modules of white space around the code, as the QR standard asks.
const QUIET_ZONE: usize = 4;

/// An `<svg>` that encodes `text`, black on white, one unit per module, with
/// `label` as its accessible name. None if `text` is too long for a QR code.
pub fn svg(text: &str, label: &str) -> Option<String> {
    // Level M survives a crease or a smudge on a printed poster.
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
    let width = code.width();
    let size = width + 2 * QUIET_ZONE;
    // One rectangle per run of dark modules in a row keeps the SVG small.
    let colors = code.to_colors();
    let mut path = String::new();
    for (row, modules) in colors.chunks(width).enumerate() {
        let mut x = 0;
        while x < width {
            if modules[x] != Color::Dark {
                x += 1;
                continue;
            }
            let run = modules[x..]
                .iter()
                .take_while(|c| **c == Color::Dark)
                .count();
            let (left, top) = (x + QUIET_ZONE, row + QUIET_ZONE);
            path.push_str(&format!("M{left} {top}h{run}v1h-{run}z"));
            x += run;
        }
    }
    Some(format!(
        "<svg class=\"qr-code\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {size} {size}\" \
         role=\"img\" aria-label=\"{}\" shape-rendering=\"crispEdges\">\
         <rect width=\"{size}\" height=\"{size}\" fill=\"#fff\"/>\
         <path fill=\"#000\" d=\"{path}\"/></svg>",
        escape_attribute(label)
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn draws_a_square_code_with_a_quiet_zone() {
        let svg = svg("https://example.org/cop/fr/", "QR \"code\"").expect("fits");
        // (tests/poster_qr.rs reads the code back and checks its size.)
        assert!(svg.contains("aria-label=\"QR &quot;code&quot;\""));
        // The top-left finder pattern: a run of 7 dark modules at the quiet zone's edge.
        assert!(svg.contains("M4 4h7v1h-7z"), "{svg}");
        assert!(
            !svg.contains("M3 ") && !svg.contains(" 3h"),
            "nothing drawn in the quiet zone"
        );
    }

    #[test]
    fn refuses_what_no_code_can_hold() {
        assert_eq!(svg(&"x".repeat(5000), "too long"), None);
    }
}
