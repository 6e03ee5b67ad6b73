//! The partner directory: every partner and initiative, filtered by kind,
//! risk, audience and free text. The filter lives in the URL query
//! (`/partners?kind=ngo&risk=contact&audience=parents&q=safer`).

use crate::shared::content::{Audience, Content, Initiative, Partner, PartnerKind, RiskId};
use crate::shared::text_match::{matches_all, words};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entry<'a> {
    Partner(&'a Partner),
    Initiative(&'a Initiative),
}

impl<'a> Entry<'a> {
    pub fn name(&self) -> &'a str {
        match self {
            Entry::Partner(p) => &p.name,
            Entry::Initiative(i) => &i.name,
        }
    }

    /// A name the entry is also searched by (a partner's short name).
    pub fn also_known_as(&self) -> &'a str {
        match self {
            Entry::Partner(p) => p.short_name.as_deref().unwrap_or(""),
            Entry::Initiative(_) => "",
        }
    }

    pub fn summary(&self) -> &'a str {
        match self {
            Entry::Partner(p) => &p.about,
            Entry::Initiative(i) => &i.summary,
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DirectoryFilter {
    pub kind: Option<PartnerKind>,
    pub risk: Option<RiskId>,
    pub audience: Option<Audience>,
    pub text: String,
}

pub fn kind_slug(kind: PartnerKind) -> &'static str {
    match kind {
        PartnerKind::UnBody => "un-body",
        PartnerKind::Government => "government",
        PartnerKind::Alliance => "alliance",
        PartnerKind::Ngo => "ngo",
    }
}

pub fn kind_from_slug(slug: &str) -> Option<PartnerKind> {
    KINDS.into_iter().find(|k| kind_slug(*k) == slug)
}

pub fn audience_from_slug(slug: &str) -> Option<Audience> {
    AUDIENCES.into_iter().find(|a| audience_slug(*a) == slug)
}

pub const KINDS: [PartnerKind; 4] = [
    PartnerKind::UnBody,
    PartnerKind::Government,
    PartnerKind::Alliance,
    PartnerKind::Ngo,
];

pub fn audience_slug(audience: Audience) -> &'static str {
    match audience {
        Audience::Parents => "parents",
        Audience::Educators => "educators",
        Audience::Children => "children",
        Audience::Industry => "industry",
        Audience::PolicyMakers => "policy-makers",
    }
}

pub const AUDIENCES: [Audience; 5] = [
    Audience::Parents,
    Audience::Educators,
    Audience::Children,
    Audience::Industry,
    Audience::PolicyMakers,
];

impl DirectoryFilter {
    /// Reads the filter from query values; returns the names of parameters
    /// whose values were not understood (and so ignored).
    pub fn from_query(
        kind: Option<&str>,
        risk: Option<&str>,
        audience: Option<&str>,
        text: Option<&str>,
    ) -> (DirectoryFilter, Vec<&'static str>) {
        let mut ignored = Vec::new();
        let mut read = |name: &'static str, value: Option<&str>, parse: &dyn Fn(&str) -> bool| {
            let value = value.map(str::trim).filter(|v| !v.is_empty())?;
            if parse(value) {
                Some(value.to_string())
            } else {
                ignored.push(name);
                None
            }
        };
        let kind =
            read("kind", kind, &|v| kind_from_slug(v).is_some()).and_then(|v| kind_from_slug(&v));
        let risk = read("risk", risk, &|v| RiskId::from_slug(v).is_some())
            .and_then(|v| RiskId::from_slug(&v));
        let audience = read("audience", audience, &|v| audience_from_slug(v).is_some())
            .and_then(|v| audience_from_slug(&v));
        // Free text is never "wrong"; it is only capped in length.
        let text = text.unwrap_or_default().trim().chars().take(100).collect();
        (
            DirectoryFilter {
                kind,
                risk,
                audience,
                text,
            },
            ignored,
        )
    }

    pub fn is_active(&self) -> bool {
        self.kind.is_some()
            || self.risk.is_some()
            || self.audience.is_some()
            || !self.text.is_empty()
    }

    pub fn to_query(&self) -> String {
        let mut parts = Vec::new();
        if let Some(k) = self.kind {
            parts.push(format!("kind={}", kind_slug(k)));
        }
        if let Some(r) = self.risk {
            parts.push(format!("risk={}", r.slug()));
        }
        if let Some(a) = self.audience {
            parts.push(format!("audience={}", audience_slug(a)));
        }
        if !self.text.is_empty() {
            parts.push(format!("q={}", encode_query_value(&self.text)));
        }
        parts.join("&")
    }

    pub fn matches(&self, entry: Entry, content: &Content) -> bool {
        self.accepts(&EntryTags::of(entry, content))
    }

    /// Whether an entry with these tags passes: what the directory island
    /// reads from a card's `data-*` attributes.
    pub fn accepts(&self, tags: &EntryTags) -> bool {
        let has = |list: &str, slug: &str| list.split_whitespace().any(|s| s == slug);
        let kind_ok = self.kind.is_none_or(|k| has(&tags.kinds, kind_slug(k)));
        let risk_ok = self.risk.is_none_or(|r| has(&tags.risks, r.slug()));
        let audience_ok = self
            .audience
            .is_none_or(|a| has(&tags.audiences, audience_slug(a)));
        let text_ok = self.text.is_empty() || matches_all(&tags.text, &words(&self.text));
        kind_ok && risk_ok && audience_ok && text_ok
    }
}

/// What the filter looks at in an entry: space-separated slugs of its kinds,
/// risks and audiences, and the text it is found by. The page writes them
/// on each card (`data-kinds`, ...; the text is the card's own plus
/// `data-also`, for a short name that the card does not show).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EntryTags {
    pub kinds: String,
    pub risks: String,
    pub audiences: String,
    pub text: String,
}

impl EntryTags {
    pub fn of(entry: Entry, content: &Content) -> EntryTags {
        let join = |slugs: Vec<&str>| slugs.join(" ");
        EntryTags {
            kinds: join(
                kinds_of(entry, content)
                    .into_iter()
                    .map(kind_slug)
                    .collect(),
            ),
            risks: join(
                risks_of(entry, content)
                    .into_iter()
                    .map(RiskId::slug)
                    .collect(),
            ),
            audiences: join(
                audiences_of(entry, content)
                    .into_iter()
                    .map(audience_slug)
                    .collect(),
            ),
            text: format!(
                "{} {} {}",
                entry.name(),
                entry.also_known_as(),
                entry.summary()
            ),
        }
    }
}

/// Percent-encodes a free-text query value (spaces as "+"), as a form
/// does and as `URLSearchParams` reads it back.
pub fn encode_query_value(value: &str) -> String {
    form_urlencoded::byte_serialize(value.as_bytes()).collect()
}

/// A partner's kinds are its own; an initiative takes those of its partners.
pub fn kinds_of(entry: Entry, content: &Content) -> Vec<PartnerKind> {
    match entry {
        Entry::Partner(p) => vec![p.kind],
        Entry::Initiative(i) => i
            .partners
            .iter()
            .filter_map(|id| content.partner(id))
            .map(|p| p.kind)
            .collect(),
    }
}

/// A partner's tags (risks or audiences) are its own and those of its
/// initiatives; an initiative's are its own. Sorted, without repeats.
fn tags_of<T: Copy + Ord>(
    entry: Entry,
    content: &Content,
    of_partner: fn(&Partner) -> &[T],
    of_initiative: fn(&Initiative) -> &[T],
) -> Vec<T> {
    let mut tags = match entry {
        Entry::Partner(p) => {
            let mut t = of_partner(p).to_vec();
            t.extend(
                content
                    .initiatives_of(&p.id)
                    .into_iter()
                    .flat_map(|i| of_initiative(i).iter().copied()),
            );
            t
        }
        Entry::Initiative(i) => of_initiative(i).to_vec(),
    };
    tags.sort();
    tags.dedup();
    tags
}

pub fn risks_of(entry: Entry, content: &Content) -> Vec<RiskId> {
    tags_of(entry, content, |p| &p.risks, |i| &i.risks)
}

pub fn audiences_of(entry: Entry, content: &Content) -> Vec<Audience> {
    tags_of(entry, content, |p| &p.audiences, |i| &i.audiences)
}

/// Partners then initiatives that pass the filter, each in content order.
pub fn filtered<'a>(content: &'a Content, filter: &DirectoryFilter) -> Vec<Entry<'a>> {
    content
        .partners
        .iter()
        .map(Entry::Partner)
        .chain(content.initiatives.iter().map(Entry::Initiative))
        .filter(|e| filter.matches(*e, content))
        .collect()
}
