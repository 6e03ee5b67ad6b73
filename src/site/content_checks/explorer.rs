//! The risk explorer, the age-group guidance and the about page: complete
//! and consistent.

use super::*;

/// The risk explorer, guidance and about content: complete and consistent.
pub fn explorer_problems(c: &Content) -> Vec<String> {
    use crate::shared::content::risk_model::*;
    let mut out = Vec::new();
    for risk in RiskId::ALL {
        for kind in RiskType::ALL {
            let n = c
                .grid
                .cells
                .iter()
                .filter(|x| x.risk == risk && x.kind == kind)
                .count();
            if n != 1 {
                out.push(format!(
                    "grid cell {}×{} appears {n} times",
                    risk.slug(),
                    kind.slug()
                ));
            }
        }
        match c.risk_guide(risk) {
            None => out.push(format!("no guide for risk `{}`", risk.slug())),
            Some(g) => guide(c, g, &mut out),
        }
    }
    for cell in &c.grid.cells {
        if cell.examples.is_empty() {
            out.push(format!(
                "grid cell {}×{} has no examples",
                cell.risk.slug(),
                cell.kind.slug()
            ));
        }
    }
    if c.grid.cross_cutting.len() != 3 {
        out.push("the grid needs its three cross-cutting risks".into());
    }
    c.grid
        .cite
        .iter()
        .for_each(|ci| cite(c, "grid", ci, &mut out));
    let bands: Vec<AgeBand> = c.guidance.age_groups.iter().map(|g| g.band).collect();
    if bands != AgeBand::ALL {
        out.push(format!(
            "guidance age groups are {bands:?}, expected under 9, 9–12, 13–18"
        ));
    }
    for group in &c.guidance.age_groups {
        let risks: Vec<RiskId> = group.by_risk.iter().map(|r| r.risk).collect();
        if risks != RiskId::ALL {
            out.push(format!(
                "guidance for {} lacks tips for every risk",
                group.band.slug()
            ));
        }
    }
    let framework = &c.guidance.resilience;
    partner_ref(c, "resilience framework", &framework.partner, &mut out);
    let elements: Vec<&str> = framework.elements.iter().map(|e| e.id.as_str()).collect();
    if elements != ["understand", "know", "recover", "learn"] {
        out.push(format!("resilience framework elements are {elements:?}"));
    }
    framework
        .cite
        .iter()
        .for_each(|ci| cite(c, "resilience framework", ci, &mut out));
    c.guidance
        .cite
        .iter()
        .for_each(|ci| cite(c, "guidance", ci, &mut out));
    for section in &c.about.sections {
        section
            .cite
            .iter()
            .for_each(|ci| cite(c, "about", ci, &mut out));
    }
    duplicates(
        "about section",
        c.about.sections.iter().map(|s| s.id.as_str()),
        &mut out,
    );
    out
}

fn guide(c: &Content, g: &RiskGuide, out: &mut Vec<String>) {
    let whose = format!("guide `{}`", g.risk.slug());
    let lists = [
        ("top tips", g.top_tips.len()),
        ("warning signs", g.warning_signs.len()),
        ("act-now steps", g.act_now.len()),
        ("prevention steps", g.prevent.len()),
        ("conversation starters", g.conversation_starters.len()),
        ("help advice", g.get_help.len()),
    ];
    for (name, len) in lists {
        if len == 0 {
            out.push(format!("{whose} has no {name}"));
        }
    }
    let bands: Vec<AgeBand> = g.at_ages.iter().map(|a| a.band).collect();
    if bands != AgeBand::ALL {
        out.push(format!("{whose} age notes are {bands:?}"));
    }
    if !(5..=8).contains(&g.quiz.len()) {
        out.push(format!(
            "{whose} has {} quiz questions, expected 5–8",
            g.quiz.len()
        ));
    }
    duplicates("quiz question", g.quiz.iter().map(|q| q.id.as_str()), out);
    for q in &g.quiz {
        let best = q.options.iter().filter(|o| o.best).count();
        if best != 1 || q.options.len() < 2 {
            out.push(format!(
                "quiz question `{}` needs two or more options and exactly one best",
                q.id
            ));
        }
    }
    for r in &g.help_resources {
        if r.url.as_deref().is_some_and(|u| !u.starts_with("https://")) {
            out.push(format!("{whose} help link for {} is not https", r.name));
        }
    }
    g.cite.iter().for_each(|ci| cite(c, &whose, ci, out));
}
