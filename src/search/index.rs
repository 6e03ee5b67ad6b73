//! What the search index holds, built natively from the content when the
//! site is built (one index per language): every risk guide section by
//! section, the grid's cells, the age-group guidance, the session plans,
//! the family plan, the poster, partners, initiatives and meeting items.
//! Each result links to the section that answers, where the page has one.

use rust_stemmers::{Algorithm, Stemmer};

use super::terms::terms;
use super::{stem_length_char, Doc, HitKind, SearchIndex};
use crate::content::{Content, RiskGuide};
use crate::format::{para_label, risk_section_title, RISK_SECTIONS};
use crate::grid_state::cell_id;
use crate::i18n::{self, t};
use crate::routes;

impl SearchIndex {
    /// The index of `c`, in the language being rendered (`i18n::current`),
    /// whose words section titles use and whose stemmer applies.
    pub fn build(c: &Content) -> SearchIndex {
        let mut docs = Docs::new(i18n::current().code);
        for risk in &c.risks {
            let path = routes::risk(risk.id);
            // The guide answers for its grid cells too: their names count
            // as its title, so "grooming" finds the contact guide first.
            let mut title_words = vec![risk.id.slug().to_string()];
            title_words.extend(
                c.grid
                    .cells
                    .iter()
                    .filter(|cell| cell.risk == risk.id)
                    .map(|cell| cell.label.clone()),
            );
            docs.add(
                HitKind::Risk,
                risk.name.clone(),
                path.clone(),
                &title_words.join(" "),
                &[risk.definition.clone(), risk.summary.clone()],
            );
            if let Some(guide) = c.risk_guide(risk.id) {
                for (anchor, heading, text) in guide_sections(guide) {
                    docs.add(
                        HitKind::Risk,
                        t!(
                            pages.search_section_title,
                            page = risk.name.clone(),
                            section = heading
                        ),
                        format!("{path}#{anchor}"),
                        "",
                        &text,
                    );
                }
            }
        }
        for cell in &c.grid.cells {
            let risk_name = c.risk(cell.risk).map(|r| r.name.as_str()).unwrap_or("");
            let mut body = vec![risk_name.to_string(), cell.explanation.clone()];
            body.extend(cell.examples.iter().cloned());
            docs.add(
                HitKind::Risk,
                cell.label.clone(),
                format!("{}?cell={}", routes::RISKS, cell_id(cell.risk, cell.kind)),
                "",
                &body,
            );
        }
        for group in &c.guidance.age_groups {
            let mut body = vec![group.summary.clone(), group.cop_material.clone()];
            body.extend(group.key_tips.iter().cloned());
            body.extend(group.by_risk.iter().flat_map(|r| r.tips.iter().cloned()));
            docs.add(
                HitKind::Guidance,
                group.title.clone(),
                routes::guidance_band(group.band),
                "",
                &body,
            );
        }
        let resilience = &c.guidance.resilience;
        let mut body = vec![resilience.intro.clone()];
        body.extend(
            resilience
                .elements
                .iter()
                .map(|e| format!("{} {}", e.name, e.text)),
        );
        docs.add(
            HitKind::Guidance,
            resilience.name.clone(),
            format!("{}#resilience", routes::GUIDANCE),
            "",
            &body,
        );
        for session in &c.educators.sessions {
            let mut body = vec![session.goal.clone(), session.home_note.clone()];
            for list in [
                &session.prepare,
                &session.warm_up,
                &session.activity,
                &session.closing,
            ] {
                body.extend(list.iter().cloned());
            }
            for scenario in &session.scenarios {
                body.push(scenario.situation.clone());
                body.extend(scenario.points.iter().cloned());
            }
            body.extend(
                session
                    .questions
                    .iter()
                    .map(|q| format!("{} {}", q.ask, q.listen_for)),
            );
            docs.add(
                HitKind::Session,
                session.title.clone(),
                routes::session(session.risk, session.band),
                "",
                &body,
            );
        }
        let mut body = vec![c.plan.intro.clone()];
        body.extend(
            c.plan
                .suggestions
                .iter()
                .map(|s| format!("{} {}", s.text, s.why)),
        );
        docs.add(
            HitKind::Tool,
            t!(plan.page_title).to_string(),
            routes::PLAN.to_string(),
            "",
            &body,
        );
        let poster = &c.educators.poster;
        let mut body: Vec<String> = poster.tips.iter().map(|tip| tip.text.clone()).collect();
        body.extend(poster.help.iter().map(|h| h.text.clone()));
        docs.add(
            HitKind::Tool,
            t!(educators.poster_page_title).to_string(),
            routes::POSTER.to_string(),
            "",
            &body,
        );
        for p in &c.partners {
            docs.add(
                HitKind::Partner,
                p.name.clone(),
                routes::partner(&p.id),
                p.short_name.as_deref().unwrap_or(""),
                std::slice::from_ref(&p.about),
            );
        }
        for i in &c.initiatives {
            let path = i.partners.first().map_or_else(
                || routes::PARTNERS.to_string(),
                |p| format!("{}#{}", routes::partner(p), i.id),
            );
            docs.add(
                HitKind::Initiative,
                i.name.clone(),
                path,
                "",
                std::slice::from_ref(&i.summary),
            );
        }
        for item in c.items() {
            let mut body = vec![item.summary.clone()];
            body.extend(item.details.iter().cloned());
            docs.add(
                HitKind::Meeting,
                format!("{} {}", para_label(&item.para), item.title),
                routes::meeting_anchor(&item.id),
                "",
                &body,
            );
        }
        SearchIndex { docs: docs.docs }
    }
}

/// A risk guide's sections as its page shows them: (anchor, heading, text).
fn guide_sections(guide: &RiskGuide) -> Vec<(&'static str, &'static str, Vec<String>)> {
    let text = |anchor| match anchor {
        "tips" => guide.top_tips.clone(),
        "ages" => guide.at_ages.iter().map(|a| a.text.clone()).collect(),
        "signs" => guide.warning_signs.clone(),
        "act" => guide.act_now.clone(),
        "prevent" => guide.prevent.clone(),
        "talk" => guide.conversation_starters.clone(),
        "help" => guide.get_help.clone(),
        _ => Vec::new(),
    };
    RISK_SECTIONS
        .into_iter()
        .filter_map(|anchor| Some((anchor, risk_section_title(anchor)?, text(anchor))))
        .filter(|(_, _, text)| !text.is_empty())
        .collect()
}

/// The documents being indexed, with the language's stemmer.
struct Docs {
    docs: Vec<Doc>,
    stemmer: Option<Stemmer>,
}

impl Docs {
    fn new(lang: &str) -> Docs {
        // Arabic: the article and spelling are folded (terms.rs), and its
        // Snowball stemmer also strips prefixes, which a query's prefix
        // match could not follow. Chinese has no stems.
        let algorithm = match lang {
            "en" => Some(Algorithm::English),
            "fr" => Some(Algorithm::French),
            "es" => Some(Algorithm::Spanish),
            "ru" => Some(Algorithm::Russian),
            _ => None,
        };
        Docs {
            docs: Vec::new(),
            stemmer: algorithm.map(Stemmer::create),
        }
    }

    fn add(
        &mut self,
        kind: HitKind,
        title: String,
        path: String,
        extra_title: &str,
        body: &[String],
    ) {
        let body_words = dedup(terms(&body.join(" ")));
        let stems = match &self.stemmer {
            Some(stemmer) => body_words
                .iter()
                .map(|word| stem_length_char(shared_letters(word, &stemmer.stem(word))))
                .collect(),
            None => String::new(),
        };
        self.docs.push(Doc {
            kind,
            title_words: dedup(terms(&format!("{title} {extra_title}"))),
            title,
            path,
            body_words,
            stems,
        });
    }
}

/// How many first letters `word` and its stem share (the stem itself, or
/// less where the stemmer changed a letter: "bully" → "bulli" shares 4).
fn shared_letters(word: &str, stem: &str) -> usize {
    word.chars()
        .zip(stem.chars())
        .take_while(|(a, b)| a == b)
        .count()
}

/// The words once each, in their first order (the index is downloaded).
fn dedup(words: Vec<String>) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    words
        .into_iter()
        .filter(|w| seen.insert(w.clone()))
        .collect()
}
