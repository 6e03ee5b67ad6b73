//! What the search index holds, built natively from the content when the
//! site is built (one index per language): every risk guide section by
//! section, the grid's cells, the age-group guidance section by section,
//! the session plans and classroom decks, the family plan, the poster,
//! partners, initiatives, meeting items and the about page. Each result
//! links to the section that answers, where the page has one.

use super::{HitKind, SearchIndex};
use crate::shared::content::{AgeBand, Content, RiskGuide};
use crate::shared::format::{
    age_band_label, first_sentence, para_label, risk_section_title, RISK_SECTIONS,
};
use crate::shared::grid_state::cell_id;
use crate::shared::i18n::{self, t};
use crate::shared::routes;

mod docs;
mod stemming;
mod together;

use docs::Docs;

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
        for cross in &c.grid.cross_cutting {
            let mut body = vec![cross.explanation.clone()];
            body.extend(cross.examples.iter().cloned());
            docs.add(
                HitKind::Risk,
                cross.name.clone(),
                format!("{}#about-{}", routes::RISKS, cross.id),
                "",
                &body,
            );
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
            let path = routes::guidance_band(group.band);
            docs.add(
                HitKind::Guidance,
                group.title.clone(),
                path.clone(),
                "",
                &[group.summary.clone(), group.cop_material.clone()],
            );
            let by_risk = group.by_risk.iter().flat_map(|r| {
                let name = c.risk(r.risk).map(|x| x.name.clone()).unwrap_or_default();
                std::iter::once(name).chain(r.tips.iter().cloned())
            });
            let [key_tips, by_risk_anchor, for_educators] = routes::GUIDANCE_PARTS;
            for (anchor, heading, text) in [
                (key_tips, t!(guidance.key_tips), group.key_tips.clone()),
                (by_risk_anchor, t!(guidance.by_risk), by_risk.collect()),
                (
                    for_educators,
                    t!(guidance.for_educators),
                    group.for_educators.clone(),
                ),
            ] {
                docs.add(
                    HitKind::Guidance,
                    t!(
                        pages.search_section_title,
                        page = group.title.clone(),
                        section = heading
                    ),
                    format!("{path}#{anchor}"),
                    "",
                    &text,
                );
            }
        }
        docs.add(
            HitKind::Guidance,
            t!(pages.home_worries_heading).to_string(),
            format!("{}#worries-heading", routes::HOME),
            "",
            &c.guidance
                .worries
                .iter()
                .map(|w| w.text.clone())
                .collect::<Vec<_>>(),
        );
        let g = &c.guidance;
        docs.add(
            HitKind::Guidance,
            t!(guidance.title).to_string(),
            routes::GUIDANCE.to_string(),
            "",
            std::slice::from_ref(&g.intro),
        );
        docs.add(
            HitKind::Guidance,
            t!(guidance.main_rec_heading).to_string(),
            format!("{}#main-rec", routes::GUIDANCE),
            "",
            std::slice::from_ref(&g.main_recommendation),
        );
        let mut approach = vec![t!(guidance.approach_intro).to_string()];
        approach.extend(g.principles.iter().cloned());
        docs.add(
            HitKind::Guidance,
            t!(guidance.approach_heading).to_string(),
            format!("{}#approach", routes::GUIDANCE),
            "",
            &approach,
        );
        docs.add(
            HitKind::Guidance,
            t!(guidance.extra_support_heading).to_string(),
            format!("{}#extra-support", routes::GUIDANCE),
            "",
            &g.extra_support,
        );
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
        for risk in &c.risks {
            for session in AgeBand::ALL
                .into_iter()
                .filter_map(|band| c.educators.session(risk.id, band))
            {
                let body: Vec<String> = session
                    .scenarios
                    .iter()
                    .flat_map(|s| {
                        std::iter::once(s.situation.clone()).chain(s.points.iter().cloned())
                    })
                    .collect();
                docs.add(
                    HitKind::Session,
                    t!(
                        pages.search_section_title,
                        page = t!(educators.classroom_title, risk = risk.name.clone()),
                        section = age_band_label(session.band)
                    ),
                    format!(
                        "{}#{}",
                        routes::classroom(risk.id),
                        routes::deck_anchor(session.band)
                    ),
                    "",
                    &body,
                );
            }
        }
        docs.add(
            HitKind::Session,
            t!(educators.disclosure_heading).to_string(),
            format!("{}#disclosure-h", routes::EDUCATORS),
            "",
            &c.educators.disclosure,
        );
        let poster = &c.educators.poster;
        // The poster shows each risk with its first sentence and its kinds.
        let mut body: Vec<String> = c
            .risks
            .iter()
            .flat_map(|r| {
                let kinds = c
                    .grid
                    .cells
                    .iter()
                    .filter(|cell| cell.risk == r.id)
                    .map(|cell| cell.label.clone());
                [r.name.clone(), first_sentence(&r.summary).to_string()]
                    .into_iter()
                    .chain(kinds)
            })
            .collect();
        body.extend(poster.tips.iter().map(|tip| tip.text.clone()));
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
        docs.add(
            HitKind::About,
            t!(pages.about_title).to_string(),
            routes::ABOUT.to_string(),
            "",
            std::slice::from_ref(&c.about.intro),
        );
        for section in &c.about.sections {
            docs.add(
                HitKind::About,
                section.heading.clone(),
                format!("{}#{}", routes::ABOUT, section.id),
                "",
                &section.paragraphs,
            );
        }
        together::add_docs(c, &mut docs);
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
