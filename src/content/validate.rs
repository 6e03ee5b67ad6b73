//! Integrity checks over the content: unique ids, resolving
//! cross-references and complete texts. They run as native tests, so a
//! broken content edit fails CI instead of showing a broken page.

use std::collections::HashSet;

use super::model::*;

/// Returns one readable line per problem; an empty list means the content is sound.
pub fn problems(content: &Content) -> Vec<String> {
    let mut out = Vec::new();
    unique_ids(content, &mut out);
    references(content, &mut out);
    texts(content, &mut out);
    links(content, &mut out);
    out
}

fn duplicates<'a>(what: &str, ids: impl Iterator<Item = &'a str>, out: &mut Vec<String>) {
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
