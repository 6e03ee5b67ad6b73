//! Filtering the meeting items by kind and by organisation. The filter lives
//! in the URL query (`?kind=presentation&org=weprotect`), so a shared link or a
//! reload shows the same list. Unknown values are ignored with a notice,
//! never an error page.

use crate::shared::content::{Content, Item, ItemKind, Section};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MeetingFilter {
    pub kind: Option<ItemKind>,
    /// A partner id; matches items naming it or any of its parts.
    pub org: Option<String>,
}

/// A query value that was not understood and so was ignored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IgnoredParam {
    pub name: &'static str,
    pub value: String,
}

impl MeetingFilter {
    /// Reads the filter from raw query values. Empty values mean "all".
    pub fn from_query(
        kind: Option<&str>,
        org: Option<&str>,
        content: &Content,
    ) -> (MeetingFilter, Vec<IgnoredParam>) {
        Self::from_query_with(kind, org, |id| content.partner(id).is_some())
    }

    /// `from_query` with the known organisations given by `is_org` (the
    /// meeting island knows them from its props, not from the content).
    pub fn from_query_with(
        kind: Option<&str>,
        org: Option<&str>,
        is_org: impl Fn(&str) -> bool,
    ) -> (MeetingFilter, Vec<IgnoredParam>) {
        let mut ignored = Vec::new();
        let kind = match kind.map(str::trim).filter(|k| !k.is_empty()) {
            None => None,
            Some(k) => ItemKind::from_slug(k).or_else(|| {
                ignored.push(IgnoredParam {
                    name: "kind",
                    value: k.to_string(),
                });
                None
            }),
        };
        let org = match org.map(str::trim).filter(|o| !o.is_empty()) {
            None => None,
            Some(o) if is_org(o) => Some(o.to_string()),
            Some(o) => {
                ignored.push(IgnoredParam {
                    name: "org",
                    value: o.to_string(),
                });
                None
            }
        };
        (MeetingFilter { kind, org }, ignored)
    }

    pub fn is_active(&self) -> bool {
        self.kind.is_some() || self.org.is_some()
    }

    pub fn matches(&self, item: &Item, content: &Content) -> bool {
        self.accepts(
            item.kind.slug(),
            item_orgs(item, content).iter().map(String::as_str),
        )
    }

    /// Whether an item of kind `kind` (a slug) naming `orgs` passes: what
    /// the island reads from an item's `data-kind` and `data-orgs`.
    pub fn accepts<'a>(&self, kind: &str, mut orgs: impl Iterator<Item = &'a str>) -> bool {
        let kind_ok = self.kind.is_none_or(|k| k.slug() == kind);
        let org_ok = self.org.as_deref().is_none_or(|org| orgs.any(|o| o == org));
        kind_ok && org_ok
    }

    /// The query string for this filter, without the leading `?`.
    pub fn to_query(&self) -> String {
        let mut parts = Vec::new();
        if let Some(k) = self.kind {
            parts.push(format!("kind={}", k.slug()));
        }
        if let Some(o) = &self.org {
            parts.push(format!("org={o}"));
        }
        parts.join("&")
    }
}

/// The organisations an item names, with the parents of those that are
/// parts of another (a filter on ITU also finds its regional office).
pub fn item_orgs(item: &Item, content: &Content) -> Vec<String> {
    let mut orgs: Vec<String> = item.partners.clone();
    orgs.extend(
        item.partners
            .iter()
            .filter_map(|p| content.partner(p).and_then(|p| p.parent.clone())),
    );
    orgs.sort();
    orgs.dedup();
    orgs
}

/// The sections that still have items under the filter, with those items.
pub fn filtered_sections<'a>(
    content: &'a Content,
    filter: &MeetingFilter,
) -> Vec<(&'a Section, Vec<&'a Item>)> {
    content
        .meeting
        .sections
        .iter()
        .map(|s| {
            let items = s
                .items
                .iter()
                .filter(|i| filter.matches(i, content))
                .collect::<Vec<_>>();
            (s, items)
        })
        .filter(|(_, items)| !items.is_empty())
        .collect()
}

/// Kinds that occur in the meeting, in a stable order, for the kind filter.
pub fn kinds_present(content: &Content) -> Vec<ItemKind> {
    ItemKind::ALL
        .into_iter()
        .filter(|k| content.items().any(|i| i.kind == *k))
        .collect()
}

/// Organisations named in the meeting, sorted by name, for the org filter.
/// A parent organisation is offered when only its parts are named.
pub fn orgs_present(content: &Content) -> Vec<(&str, &str)> {
    let mut orgs: Vec<(&str, &str)> = content
        .partners
        .iter()
        .filter(|p| {
            content.items().any(|i| {
                i.partners.iter().any(|id| {
                    id == &p.id
                        || content.partner(id).and_then(|c| c.parent.as_deref()) == Some(&p.id)
                })
            })
        })
        .map(|p| (p.id.as_str(), p.name.as_str()))
        .collect();
    orgs.sort_by_key(|(_, name)| name.to_lowercase());
    orgs
}
