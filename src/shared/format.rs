//! Small formatting helpers with no browser dependency, so they can be
//! tested natively. Labels are in the language being rendered (`t!`); dates are
//! re-formatted by the browser's Intl once the page is live
//! (`components::local_date`).

use crate::shared::i18n::t;

/// The month's name (1 = January) in the language being rendered.
fn month_name(month: u8) -> &'static str {
    match month {
        1 => t!(common.month_1),
        2 => t!(common.month_2),
        3 => t!(common.month_3),
        4 => t!(common.month_4),
        5 => t!(common.month_5),
        6 => t!(common.month_6),
        7 => t!(common.month_7),
        8 => t!(common.month_8),
        9 => t!(common.month_9),
        10 => t!(common.month_10),
        11 => t!(common.month_11),
        _ => t!(common.month_12),
    }
}

/// "2021-01-26" -> "26 January 2021" (in the build's language, as the
/// prerendered text). Returns `None` for anything that is not a plain ISO
/// date, so callers can fall back to the raw text.
pub fn long_date(iso: &str) -> Option<String> {
    let (year, month, day) = iso_date_parts(iso)?;
    let name = month_name(month);
    Some(t!(common.date_long, day = day, month = name, year = year))
}

/// "2021-01-26" -> (2021, 1, 26); `None` unless a plain, plausible ISO date.
pub fn iso_date_parts(iso: &str) -> Option<(u16, u8, u8)> {
    let mut parts = iso.split('-');
    let year: u16 = parts.next()?.parse().ok()?;
    let month: u8 = parts.next()?.parse().ok()?;
    let day: u8 = parts.next()?.parse().ok()?;
    let valid = parts.next().is_none() && (1..=12).contains(&month) && (1..=31).contains(&day);
    valid.then_some((year, month, day))
}

/// "5.11" -> "§5.11", the site's citation style for report paragraphs.
pub fn para_label(para: &str) -> String {
    if !para.chars().next().is_some_and(|c| c.is_ascii_digit()) {
        para.to_string()
    } else if crate::shared::i18n::current().dir == crate::shared::i18n::TextDirection::Rtl {
        // Isolated left to right (U+2066 … U+2069), in text and attributes
        // alike: in a right-to-left line "§5.5" would show as "5.5§".
        format!("\u{2066}§{para}\u{2069}")
    } else {
        format!("§{para}")
    }
}

use crate::shared::content::{Audience, ItemKind, PartnerKind};

/// Display name of a meeting item kind.
pub fn item_kind_label(kind: ItemKind) -> &'static str {
    match kind {
        ItemKind::Introduction => t!(common.item_kind_introduction),
        ItemKind::Opening => t!(common.item_kind_opening),
        ItemKind::Agenda => t!(common.item_kind_agenda),
        ItemKind::Document => t!(common.item_kind_document),
        ItemKind::Presentation => t!(common.item_kind_presentation),
        ItemKind::Contribution => t!(common.item_kind_contribution),
        ItemKind::Statement => t!(common.item_kind_statement),
        ItemKind::Discussion => t!(common.item_kind_discussion),
        ItemKind::Outcome => t!(common.item_kind_outcome),
    }
}

/// Display name of a kind of organisation.
pub fn partner_kind_label(kind: PartnerKind) -> &'static str {
    match kind {
        PartnerKind::UnBody => t!(common.partner_kind_un_body),
        PartnerKind::Government => t!(common.partner_kind_government),
        PartnerKind::Alliance => t!(common.partner_kind_alliance),
        PartnerKind::Ngo => t!(common.partner_kind_ngo),
    }
}

pub fn audience_label(audience: Audience) -> &'static str {
    match audience {
        Audience::Parents => t!(common.audience_parents),
        Audience::Educators => t!(common.audience_educators),
        Audience::Children => t!(common.audience_children),
        Audience::Industry => t!(common.audience_industry),
        Audience::PolicyMakers => t!(common.audience_policy_makers),
    }
}

use crate::shared::content::AgeBand;

/// Display name of an age group.
pub fn age_band_label(band: AgeBand) -> &'static str {
    match band {
        AgeBand::Under9 => t!(common.age_under_9),
        AgeBand::From9To12 => t!(common.age_9_to_12),
        AgeBand::From13To18 => t!(common.age_13_to_18),
    }
}

/// The anchors of a risk guide's sections, in page order.
pub const RISK_SECTIONS: [&str; 9] = [
    "tips",
    "ages",
    "signs",
    "act",
    "prevent",
    "talk",
    "help",
    "partners",
    "self-check",
];

/// Heading of a risk guide's section, by its anchor.
pub fn risk_section_title(anchor: &str) -> Option<&'static str> {
    Some(match anchor {
        "tips" => t!(risks.section_tips),
        "ages" => t!(risks.section_ages),
        "signs" => t!(risks.section_signs),
        "act" => t!(risks.section_act),
        "prevent" => t!(risks.section_prevent),
        "talk" => t!(risks.section_talk),
        "help" => t!(risks.section_help),
        "partners" => t!(risks.section_partners),
        "self-check" => t!(risks.section_self_check),
        _ => return None,
    })
}

/// The first sentence of `text`: up to the first full stop, question or
/// exclamation mark that ends a sentence (followed by a space or the end in
/// alphabetic scripts; any "。", "？" or "！" in Chinese). The whole text
/// when it has one sentence. For a poster line read from across a room.
pub fn first_sentence(text: &str) -> &str {
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let end = i + c.len_utf8();
        let ends = match c {
            '。' | '？' | '！' => true,
            '.' | '?' | '!' | '؟' => chars.peek().is_none_or(|(_, next)| next.is_whitespace()),
            _ => false,
        };
        if ends {
            return &text[..end];
        }
    }
    text
}

#[cfg(test)]
mod sentence_tests {
    use super::first_sentence;

    #[test]
    fn the_first_sentence_in_each_script() {
        assert_eq!(
            first_sentence("Contact risks are about who. Someone may get in touch."),
            "Contact risks are about who."
        );
        assert_eq!(
            first_sentence("接触风险关乎孩子在网上与谁打交道。有人可能联系。"),
            "接触风险关乎孩子在网上与谁打交道。"
        );
        assert_eq!(
            first_sentence("تتعلق مخاطر التواصل بالأشخاص. وقد يتواصل أحدهم."),
            "تتعلق مخاطر التواصل بالأشخاص."
        );
        assert_eq!(first_sentence("Как? Вот так."), "Как?");
        assert_eq!(first_sentence("No full stop"), "No full stop");
        assert_eq!(
            first_sentence("Version 1.5 is out. Then"),
            "Version 1.5 is out.",
            "a dot inside a number"
        );
    }
}
