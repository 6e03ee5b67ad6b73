//! Small formatting helpers with no browser dependency, so they can be
//! tested natively. (Locale-aware formatting through Intl comes with the
//! language work.)

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// "2021-01-26" -> "26 January 2021". Returns `None` for anything that is
/// not a plain ISO date, so callers can fall back to the raw text.
pub fn long_date(iso: &str) -> Option<String> {
    let mut parts = iso.split('-');
    let year: u16 = parts.next()?.parse().ok()?;
    let month: usize = parts.next()?.parse().ok()?;
    let day: u8 = parts.next()?.parse().ok()?;
    if parts.next().is_some() || !(1..=31).contains(&day) {
        return None;
    }
    let name = MONTHS.get(month.checked_sub(1)?)?;
    Some(format!("{day} {name} {year}"))
}

/// "5.11" -> "§5.11", the site's citation style for report paragraphs.
pub fn para_label(para: &str) -> String {
    if para.chars().next().is_some_and(|c| c.is_ascii_digit()) {
        format!("§{para}")
    } else {
        para.to_string()
    }
}

use crate::content::{Audience, ItemKind, PartnerKind};

/// Display name of a meeting item kind.
pub fn item_kind_label(kind: ItemKind) -> &'static str {
    match kind {
        ItemKind::Introduction => "Introduction",
        ItemKind::Opening => "Opening remarks",
        ItemKind::Agenda => "Agenda",
        ItemKind::Document => "Document",
        ItemKind::Presentation => "Presentation",
        ItemKind::Contribution => "Contribution",
        ItemKind::Statement => "Statement",
        ItemKind::Discussion => "Discussion",
        ItemKind::Outcome => "Outcome",
    }
}

/// Display name of a kind of organisation.
pub fn partner_kind_label(kind: PartnerKind) -> &'static str {
    match kind {
        PartnerKind::UnBody => "UN body",
        PartnerKind::Government => "Government",
        PartnerKind::Alliance => "Alliance",
        PartnerKind::Ngo => "NGO or network",
    }
}

pub fn audience_label(audience: Audience) -> &'static str {
    match audience {
        Audience::Parents => "Parents",
        Audience::Educators => "Educators",
        Audience::Children => "Children",
        Audience::Industry => "Industry",
        Audience::PolicyMakers => "Policy-makers",
    }
}

use crate::content::AgeBand;

/// Display name of an age group.
pub fn age_band_label(band: AgeBand) -> &'static str {
    match band {
        AgeBand::Under9 => "Under 9",
        AgeBand::From9To12 => "9 to 12",
        AgeBand::From13To18 => "13 to 18",
    }
}
