//! Site search: an index built from the content data (no hand-kept list),
//! searched instantly in the browser. Every query word must match; titles
//! weigh more than body text, whole words more than prefixes.

use serde::{Deserialize, Serialize};

use crate::content::Content;
use crate::format::para_label;
use crate::routes;
use crate::text_match::{normalise, words};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum HitKind {
    Risk,
    Guidance,
    Partner,
    Initiative,
    Meeting,
}

use crate::i18n::t;

impl HitKind {
    pub fn label(self) -> &'static str {
        match self {
            HitKind::Risk => t!(common.hit_risk),
            HitKind::Guidance => t!(common.hit_guidance),
            HitKind::Partner => t!(common.hit_partner),
            HitKind::Initiative => t!(common.hit_initiative),
            HitKind::Meeting => t!(common.hit_meeting),
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct Doc {
    kind: HitKind,
    title: String,
    path: String,
    title_words: Vec<String>,
    body_words: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub kind: HitKind,
    pub title: String,
    pub path: String,
    pub score: u32,
}

/// The index is built natively from the content and written by the
/// prerenderer as its own per-language file (`search-<hash>.json`), which
/// the search islands fetch on first use.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct SearchIndex {
    docs: Vec<Doc>,
}

fn tokens(text: &str) -> Vec<String> {
    normalise(text)
        .split_whitespace()
        .map(String::from)
        .collect()
}

impl SearchIndex {
    pub fn build(c: &Content) -> SearchIndex {
        let mut docs = Vec::new();
        let mut add = |kind, title: String, path: String, extra_title: &str, body: String| {
            docs.push(Doc {
                kind,
                title_words: tokens(&format!("{title} {extra_title}")),
                body_words: tokens(&body),
                title,
                path,
            });
        };
        for risk in &c.risks {
            let mut body = vec![risk.definition.clone(), risk.summary.clone()];
            if let Some(g) = c.risk_guide(risk.id) {
                body.extend(g.top_tips.iter().cloned());
                body.extend(g.at_ages.iter().map(|a| a.text.clone()));
                body.extend(g.warning_signs.iter().cloned());
                body.extend(g.act_now.iter().cloned());
                body.extend(g.prevent.iter().cloned());
            }
            for cell in c.grid.cells.iter().filter(|cell| cell.risk == risk.id) {
                body.push(cell.label.clone());
                body.push(cell.explanation.clone());
                body.extend(cell.examples.iter().cloned());
            }
            add(
                HitKind::Risk,
                risk.name.clone(),
                routes::risk(risk.id),
                risk.id.slug(),
                body.join(" "),
            );
        }
        for group in &c.guidance.age_groups {
            let mut body = vec![group.summary.clone(), group.cop_material.clone()];
            body.extend(group.key_tips.iter().cloned());
            body.extend(group.by_risk.iter().flat_map(|r| r.tips.iter().cloned()));
            add(
                HitKind::Guidance,
                group.title.clone(),
                routes::guidance_band(group.band),
                "guidance parents educators",
                body.join(" "),
            );
        }
        let resilience = &c.guidance.resilience;
        add(
            HitKind::Guidance,
            resilience.name.clone(),
            format!("{}#resilience", routes::GUIDANCE),
            "",
            std::iter::once(resilience.intro.clone())
                .chain(
                    resilience
                        .elements
                        .iter()
                        .map(|e| format!("{} {}", e.name, e.text)),
                )
                .collect::<Vec<_>>()
                .join(" "),
        );
        for p in &c.partners {
            add(
                HitKind::Partner,
                p.name.clone(),
                routes::partner(&p.id),
                p.short_name.as_deref().unwrap_or(""),
                p.about.clone(),
            );
        }
        for i in &c.initiatives {
            let path = i.partners.first().map_or_else(
                || routes::PARTNERS.to_string(),
                |p| format!("{}#{}", routes::partner(p), i.id),
            );
            add(
                HitKind::Initiative,
                i.name.clone(),
                path,
                "",
                i.summary.clone(),
            );
        }
        for item in c.items() {
            add(
                HitKind::Meeting,
                format!("{} {}", para_label(&item.para), item.title),
                routes::meeting_anchor(&item.id),
                "",
                format!("{} {}", item.summary, item.details.join(" ")),
            );
        }
        SearchIndex { docs }
    }

    /// Best hits first, at most `limit`.
    pub fn search(&self, query: &str, limit: usize) -> Vec<Hit> {
        let query = words(query);
        if query.is_empty() {
            return Vec::new();
        }
        let mut hits: Vec<Hit> = self
            .docs
            .iter()
            .filter_map(|d| {
                let mut total = 0;
                for q in &query {
                    let s = word_score(q, &d.title_words, 12, 8).max(word_score(
                        q,
                        &d.body_words,
                        3,
                        1,
                    ));
                    if s == 0 {
                        return None;
                    }
                    total += s;
                }
                Some(Hit {
                    kind: d.kind,
                    title: d.title.clone(),
                    path: d.path.clone(),
                    score: total,
                })
            })
            .collect();
        hits.sort_by(|a, b| {
            b.score
                .cmp(&a.score)
                .then(a.kind.cmp(&b.kind))
                .then(a.title.len().cmp(&b.title.len()))
        });
        hits.truncate(limit);
        hits
    }
}

fn word_score(q: &str, words: &[String], exact: u32, prefix: u32) -> u32 {
    if words.iter().any(|w| w == q) {
        exact
    } else if q.len() >= 2 && words.iter().any(|w| w.starts_with(q)) {
        prefix
    } else {
        0
    }
}
