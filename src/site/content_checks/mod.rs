//! Integrity checks over the content: unique ids, resolving
//! cross-references and complete texts. They run as native tests, so a
//! broken content edit fails CI instead of showing a broken page.

use std::collections::HashSet;

mod explorer;
mod together;

pub use explorer::explorer_problems;

use crate::shared::content::*;

/// Returns one readable line per problem; an empty list means the content is sound.
pub fn problems(content: &Content) -> Vec<String> {
    let mut out = Vec::new();
    unique_ids(content, &mut out);
    references(content, &mut out);
    texts(content, &mut out);
    links(content, &mut out);
    plan(content, &mut out);
    educators(content, &mut out);
    together::together(content, &mut out);
    out
}

/// The sections of a risk guide that a link may point into (`pages::risk`).
use crate::shared::format::RISK_SECTIONS;

/// The family plan: ids fit for share links, every group and age has
/// suggestions, every link resolves and every line has a source.
fn plan(c: &Content, out: &mut Vec<String>) {
    use crate::shared::content::plan_model::PLAN_GROUPS;
    let plan = &c.plan;
    duplicates(
        "plan suggestion",
        plan.suggestions.iter().map(|s| s.id.as_str()),
        out,
    );
    let groups: Vec<&str> = plan.groups.iter().map(|g| g.id.as_str()).collect();
    if groups != PLAN_GROUPS {
        out.push(format!(
            "plan groups are {groups:?}, expected {PLAN_GROUPS:?}"
        ));
    }
    if plan.cite.is_empty() {
        out.push("plan has no source".into());
    }
    plan.cite.iter().for_each(|ci| cite(c, "plan", ci, out));
    for s in &plan.suggestions {
        let whose = format!("plan suggestion `{}`", s.id);
        if !crate::shared::plan::is_plain_id(&s.id) || s.id.len() > 32 {
            out.push(format!(
                "{whose}: ids are lowercase words and hyphens, at most 32 characters"
            ));
        }
        if !PLAN_GROUPS.contains(&s.group.as_str()) {
            out.push(format!("{whose} is in unknown group `{}`", s.group));
        }
        if s.bands.is_empty() {
            out.push(format!("{whose} suits no age group"));
        }
        require(&whose, "text", &s.text, out);
        require(&whose, "why", &s.why, out);
        if s.cite.is_empty() {
            out.push(format!("{whose} has no source"));
        }
        s.cite.iter().for_each(|ci| cite(c, &whose, ci, out));
        site_section(c, &whose, &s.link, out);
        if c.link_title(&s.link).is_none() {
            out.push(format!(
                "{whose}: the link `{}` has no title to name it",
                s.link
            ));
        }
    }
    for worry in &c.guidance.worries {
        let whose = format!("worry `{}`", worry.id);
        require(&whose, "text", &worry.text, out);
        site_section(c, &whose, &worry.link, out);
    }
    if c.guidance.worries.len() < 5 {
        out.push("the home page names fewer than 5 worries".into());
    }
    // Each guide's "add these tips to your family plan" has a link per age.
    for risk in &c.risks {
        for band in AgeBand::ALL {
            if plan.tips_of(risk.id, band).is_empty() {
                out.push(format!(
                    "no plan suggestion links to /risks/{}#tips for {}",
                    risk.id.slug(),
                    band.slug()
                ));
            }
        }
    }
    for group in PLAN_GROUPS {
        for band in AgeBand::ALL {
            let n = plan.for_age(group, band).count();
            if n < 3 {
                out.push(format!(
                    "plan group `{group}` has {n} suggestions for {}, fewer than 3",
                    band.slug()
                ));
            }
        }
    }
}

/// Session plans: one per risk and age group, each complete, with three
/// situations for classroom mode, links to real page sections and sources;
/// the poster has one tip per risk.
fn educators(c: &Content, out: &mut Vec<String>) {
    use crate::shared::content::educators_model::session_id;
    let e = &c.educators;
    duplicates("session", e.sessions.iter().map(|s| s.id.as_str()), out);
    require("educators", "intro", &e.intro, out);
    if e.cite.is_empty() || e.poster.cite.is_empty() {
        out.push("educators page or poster has no source".into());
    }
    for help in &e.poster.help {
        require("the poster", "help", &help.text, out);
        if help
            .url
            .as_deref()
            .is_some_and(|u| !u.starts_with("https://"))
        {
            out.push(format!(
                "the poster's help address {:?} is not https",
                help.url
            ));
        }
    }
    e.cite
        .iter()
        .chain(&e.poster.cite)
        .for_each(|ci| cite(c, "educators", ci, out));
    if e.disclosure.len() < 3 {
        out.push("educators: the disclosure steps are missing".into());
    }
    for risk in RiskId::ALL {
        for band in AgeBand::ALL {
            if e.session(risk, band).is_none() {
                out.push(format!(
                    "no session plan for {} {}",
                    risk.slug(),
                    band.slug()
                ));
            }
        }
        if e.tip(risk).is_none() {
            out.push(format!("the poster has no tip for {}", risk.slug()));
        }
    }
    for s in &e.sessions {
        let whose = format!("session `{}`", s.id);
        let expected_id = session_id(s.risk, s.band);
        if s.id != expected_id {
            out.push(format!("{whose} must be named `{expected_id}`"));
        }
        if !(30..=45).contains(&s.minutes) {
            out.push(format!("{whose} takes {} minutes, not 30 to 45", s.minutes));
        }
        for (field, text) in [
            ("title", &s.title),
            ("goal", &s.goal),
            ("home_note", &s.home_note),
        ] {
            require(&whose, field, text, out);
        }
        for (field, list) in [
            ("prepare", &s.prepare),
            ("warm_up", &s.warm_up),
            ("activity", &s.activity),
            ("closing", &s.closing),
        ] {
            if list.is_empty() || list.iter().any(|t| t.trim().is_empty()) {
                out.push(format!("{whose} has an empty {field}"));
            }
        }
        let ids: Vec<&str> = s.scenarios.iter().map(|x| x.id.as_str()).collect();
        if ids != ["s1", "s2", "s3"] {
            out.push(format!(
                "{whose} has situations {ids:?}, expected s1, s2 and s3"
            ));
        }
        for x in &s.scenarios {
            require(&whose, "situation", &x.situation, out);
            if x.points.is_empty() {
                out.push(format!(
                    "{whose}: situation {} has no discussion points",
                    x.id
                ));
            }
        }
        if !(3..=4).contains(&s.questions.len()) {
            out.push(format!(
                "{whose} has {} questions, not 3 or 4",
                s.questions.len()
            ));
        }
        for q in &s.questions {
            require(&whose, "ask", &q.ask, out);
            require(&whose, "listen_for", &q.listen_for, out);
        }
        if s.materials.is_empty() {
            out.push(format!("{whose} uses none of the site's material"));
        }
        for link in &s.materials {
            site_section(c, &whose, link, out);
        }
        if s.cite.is_empty() {
            out.push(format!("{whose} has no source"));
        }
        s.cite.iter().for_each(|ci| cite(c, &whose, ci, out));
    }
}

/// `link` is a page of the site, or a section of a risk guide.
pub(super) fn site_section(c: &Content, whose: &str, link: &str, out: &mut Vec<String>) {
    let (path, anchor) = link.split_once('#').unwrap_or((link, ""));
    let anchor_ok =
        anchor.is_empty() || (path.starts_with("/risks/") && RISK_SECTIONS.contains(&anchor));
    if !crate::shared::routes::is_page(c, path) || !anchor_ok {
        out.push(format!(
            "{whose} links to `{link}`, which is not a page section"
        ));
    }
}

pub(super) fn duplicates<'a>(
    what: &str,
    ids: impl Iterator<Item = &'a str>,
    out: &mut Vec<String>,
) {
    let mut seen = HashSet::new();
    for id in ids {
        if !seen.insert(id) {
            out.push(format!("duplicate {what} id `{id}`"));
        }
    }
}

fn unique_ids(c: &Content, out: &mut Vec<String>) {
    duplicates("partner", c.partners.iter().map(|p| p.id.as_str()), out);
    duplicates(
        "initiative",
        c.initiatives.iter().map(|i| i.id.as_str()),
        out,
    );
    duplicates("source", c.sources.iter().map(|s| s.id.as_str()), out);
    duplicates("risk", c.risks.iter().map(|r| r.id.slug()), out);
    // Sections and items share one anchor namespace on the meeting page.
    let anchors = c
        .meeting
        .sections
        .iter()
        .map(|s| s.id.as_str())
        .chain(c.items().map(|i| i.id.as_str()));
    duplicates("meeting anchor", anchors, out);
}

fn cite(c: &Content, whose: &str, citation: &Citation, out: &mut Vec<String>) {
    if c.source(&citation.doc).is_none() {
        out.push(format!("{whose} cites unknown source `{}`", citation.doc));
    }
}

fn partner_ref(c: &Content, whose: &str, id: &str, out: &mut Vec<String>) {
    if c.partner(id).is_none() {
        out.push(format!("{whose} names unknown partner `{id}`"));
    }
}

fn references(c: &Content, out: &mut Vec<String>) {
    let m = &c.meeting;
    if let Some(p) = &m.chair.partner {
        partner_ref(c, "meeting chair", p, out);
    }
    for basis in &m.legal_basis {
        cite(c, "legal basis", &basis.cite, out);
    }
    for item in c.items() {
        let whose = format!("meeting item `{}`", item.id);
        for p in &item.partners {
            partner_ref(c, &whose, p, out);
        }
        for r in &item.related {
            match c.item(r) {
                None => out.push(format!("{whose} relates to unknown item `{r}`")),
                Some(other) if !other.related.contains(&item.id) => out.push(format!(
                    "{whose} relates to `{r}`, but `{r}` does not relate back"
                )),
                Some(_) => {}
            }
        }
    }
    for p in &c.partners {
        let whose = format!("partner `{}`", p.id);
        if let Some(parent) = &p.parent {
            partner_ref(c, &whose, parent, out);
        }
        p.about_cite.iter().for_each(|ci| cite(c, &whose, ci, out));
    }
    for i in &c.initiatives {
        let whose = format!("initiative `{}`", i.id);
        i.partners
            .iter()
            .for_each(|p| partner_ref(c, &whose, p, out));
        i.cite.iter().for_each(|ci| cite(c, &whose, ci, out));
    }
    for r in &c.risks {
        let whose = format!("risk `{}`", r.id.slug());
        r.cite.iter().for_each(|ci| cite(c, &whose, ci, out));
    }
    for risk in RiskId::ALL {
        if c.risk(risk).is_none() {
            out.push(format!("risk `{}` is missing", risk.slug()));
        }
    }
}

fn require(whose: &str, field: &str, text: &str, out: &mut Vec<String>) {
    if text.trim().is_empty() {
        out.push(format!("{whose} has an empty {field}"));
    }
}

fn texts(c: &Content, out: &mut Vec<String>) {
    for item in c.items() {
        let whose = format!("meeting item `{}`", item.id);
        require(&whose, "source paragraph", &item.para, out);
        require(&whose, "title", &item.title, out);
        require(&whose, "summary", &item.summary, out);
    }
    for p in &c.partners {
        let whose = format!("partner `{}`", p.id);
        require(&whose, "name", &p.name, out);
        require(&whose, "about", &p.about, out);
        if p.about_cite.is_empty() {
            out.push(format!("{whose} has no source for its description"));
        }
    }
    for i in &c.initiatives {
        let whose = format!("initiative `{}`", i.id);
        require(&whose, "summary", &i.summary, out);
        if i.cite.is_empty() {
            out.push(format!("{whose} has no source"));
        }
    }
}

/// Every outbound link must be https: no mixed content, no downgrade.
fn links(c: &Content, out: &mut Vec<String>) {
    let urls = c
        .partners
        .iter()
        .filter_map(|p| p.website.as_deref())
        .chain(c.initiatives.iter().filter_map(|i| i.website.as_deref()))
        .chain(c.sources.iter().filter_map(|s| s.url.as_deref()));
    for url in urls {
        if !url.starts_with("https://") {
            out.push(format!("link `{url}` is not https"));
        }
    }
}
