//! "Source: …" under a piece of advice or a fact in "Together": pages of
//! this site (linked, by their title) and documents from `sources.json`,
//! with General Comment No. 25's paragraphs grouped ("paras. 67–69").

use leptos::prelude::*;

use crate::shared::content::together_model::SourceRef;
use crate::shared::content::{AgeBand, Content, RiskId};
use crate::shared::format::{age_band_label, risk_section_title};
use crate::shared::i18n::{t, view};
use crate::shared::together::para_runs;
use crate::site::components::bidi::latin_in_rtl;
use crate::site::components::link::Link;
use crate::site::use_content;

/// The source id whose paragraphs are cited with the "General Comment"
/// style.
const GC25: &str = "gc25";

/// The title a reader knows a site page by: "Contact: How to prevent it",
/// "Guidance for parents and educators: 9 to 12".
pub fn site_label(content: &Content, link: &str) -> String {
    let (path, anchor) = link.split_once('#').unwrap_or((link, ""));
    let segments: Vec<&str> = path.trim_matches('/').split('/').collect();
    match segments.as_slice() {
        ["risks"] => t!(risks.risks_title).to_string(),
        ["risks", risk] => {
            let name = RiskId::from_slug(risk)
                .and_then(|r| content.risk(r))
                .map_or_else(|| risk.to_string(), |r| r.name.clone());
            match risk_section_title(anchor) {
                Some(section) => format!("{name}{}{section}", t!(together.label_separator)),
                None => name,
            }
        }
        ["guidance"] => t!(guidance.title).to_string(),
        ["guidance", band] => match AgeBand::from_slug(band) {
            Some(b) => format!(
                "{}{}{}",
                t!(guidance.title),
                t!(together.label_separator),
                age_band_label(b)
            ),
            None => t!(guidance.title).to_string(),
        },
        ["plan"] => t!(plan.page_title).to_string(),
        ["educators"] => t!(educators.page_title).to_string(),
        ["educators", id] => content
            .educators
            .sessions
            .iter()
            .find(|s| crate::shared::content::session_id(s.risk, s.band) == *id)
            .map_or_else(|| t!(educators.page_title).to_string(), |s| s.title.clone()),
        ["poster"] => t!(educators.poster_page_title).to_string(),
        _ => path.to_string(),
    }
}

/// The paragraphs of General Comment No. 25 in `sources`, as one citation.
fn gc25_citation(sources: &[SourceRef]) -> Option<String> {
    let paras: Vec<u32> = sources
        .iter()
        .filter(|s| s.doc.as_deref() == Some(GC25))
        .filter_map(|s| s.para.as_deref()?.parse().ok())
        .collect();
    match paras.len() {
        0 => None,
        1 => Some(t!(together.gc25_para, para = paras[0].to_string()).to_string()),
        // Arabic has a dual ("الفقرتان"); the other languages say it as a plural.
        2 => Some(
            t!(
                together.gc25_paras_two,
                paras = para_runs(&paras, t!(together.para_separator))
            )
            .to_string(),
        ),
        _ => Some(
            t!(
                together.gc25_paras,
                paras = para_runs(&paras, t!(together.para_separator))
            )
            .to_string(),
        ),
    }
}

/// One "Source:" line for a list of sources.
#[component]
pub fn TogetherSources(sources: Vec<SourceRef>) -> impl IntoView {
    let content = use_content();
    let mut parts: Vec<AnyView> = Vec::new();
    for s in &sources {
        if let Some(link) = &s.site {
            let label = site_label(&content, link);
            parts.push(view! { <Link href=link.clone()>{label}</Link> }.into_any());
        } else if let Some(doc) = s.doc.as_deref().filter(|d| *d != GC25) {
            let title = content
                .source(doc)
                .map_or_else(|| doc.to_string(), |d| d.title.clone());
            parts.push(latin_in_rtl(title));
        }
    }
    if let Some(gc25) = gc25_citation(&sources) {
        parts.push(view! { <span>{gc25}</span> }.into_any());
    }
    let separated = parts
        .into_iter()
        .enumerate()
        .map(|(n, part)| view! { {(n > 0).then_some(t!(common.cite_separator))}{part} })
        .collect_view();
    view! { <p class="cite">{t!(common.cite_source_prefix)} {separated}</p> }
}
