//! Embeddable widgets: which exist, their addresses and options, and the
//! snippets and oEmbed data partners use to embed them. Pure logic, shared
//! by the widget pages, the embed builder, the prerenderer and the tests.

// Text in a double-quoted attribute (or XML): & < > " escaped, by a maintained crate.
use crate::shared::slug::slug_enum;
use html_escape::encode_double_quoted_attribute as escape_attr;

use serde::{Deserialize, Serialize};

use crate::shared::content::{Content, RiskId};
use crate::shared::i18n::t;

/// Widget pages live under this path: `/widget/risk/contact`.
pub const PREFIX: &str = "/widget";

/// One embeddable widget.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Widget {
    /// The interactive 4Cs grid.
    Grid,
    /// One risk category: summary, top tips, link to the guide.
    Risk(RiskId),
    /// One partner card.
    Partner(String),
    /// The meeting at a glance: date, chair, outcomes.
    Meeting,
    /// One risk's conversation starters.
    Starters(RiskId),
}

slug_enum! {
    /// The kinds of widget, in the order the embed builder offers them.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum WidgetKind {
        Grid = "grid",
        Risk = "risk",
        Starters = "starters",
        Partner = "partner",
        Meeting = "meeting",
    }
}

impl WidgetKind {
    /// The kind's name in the embed builder, in the page's language: the
    /// names the widgets and the site already use, but for the two kinds
    /// whose own field (the risk, the partner) has the plain name.
    pub fn label(self) -> &'static str {
        match self {
            WidgetKind::Grid => t!(embed.grid_title),
            WidgetKind::Risk => t!(embed.kind_risk),
            WidgetKind::Starters => t!(risks.section_talk),
            WidgetKind::Partner => t!(embed.kind_partner),
            WidgetKind::Meeting => t!(common.nav_meeting),
        }
    }

    /// Whether the widget needs an id (a risk or a partner).
    pub fn takes_risk(self) -> bool {
        matches!(self, WidgetKind::Risk | WidgetKind::Starters)
    }
}

impl Widget {
    pub fn kind(&self) -> WidgetKind {
        match self {
            Widget::Grid => WidgetKind::Grid,
            Widget::Risk(_) => WidgetKind::Risk,
            Widget::Partner(_) => WidgetKind::Partner,
            Widget::Meeting => WidgetKind::Meeting,
            Widget::Starters(_) => WidgetKind::Starters,
        }
    }

    /// The widget's site path, e.g. "/widget/risk/contact".
    pub fn path(&self) -> String {
        let kind = self.kind().slug();
        match self {
            Widget::Grid | Widget::Meeting => format!("{PREFIX}/{kind}"),
            Widget::Risk(id) | Widget::Starters(id) => format!("{PREFIX}/{kind}/{}", id.slug()),
            Widget::Partner(id) => format!("{PREFIX}/{kind}/{id}"),
        }
    }

    /// The path after `/widget/` ("grid", "risk/contact"): what names the
    /// widget in the loader snippet, the builder's address, its oEmbed file
    /// and content/widget-heights.json.
    pub fn key(&self) -> String {
        self.path()
            .trim_start_matches(PREFIX)
            .trim_start_matches('/')
            .to_string()
    }

    /// Reads a widget from the path after `/widget/` ("risk/contact").
    /// Unknown widgets and ids are `None`.
    pub fn from_path(rest: &str, content: &impl WidgetNames) -> Option<Widget> {
        let parts: Vec<&str> = rest.trim_matches('/').split('/').collect();
        match (WidgetKind::from_slug(parts[0])?, &parts[1..]) {
            (WidgetKind::Grid, []) => Some(Widget::Grid),
            (WidgetKind::Meeting, []) => Some(Widget::Meeting),
            (WidgetKind::Risk, [slug]) => RiskId::from_slug(slug).map(Widget::Risk),
            (WidgetKind::Starters, [slug]) => RiskId::from_slug(slug).map(Widget::Starters),
            (WidgetKind::Partner, [id]) => content.partner_id(id).map(Widget::Partner),
            _ => None,
        }
    }

    /// Every widget there is, for the content given (the prerenderer writes
    /// a page for each).
    pub fn all(content: &Content) -> Vec<Widget> {
        let mut all = vec![Widget::Grid, Widget::Meeting];
        all.extend(RiskId::ALL.into_iter().map(Widget::Risk));
        all.extend(RiskId::ALL.into_iter().map(Widget::Starters));
        all.extend(
            content
                .partners
                .iter()
                .map(|p| Widget::Partner(p.id.clone())),
        );
        all
    }

    /// The widget's name in the page's language ("Les 4C des risques en
    /// ligne"): its page's title, to which the page adds the site's name.
    pub fn name(&self, content: &impl WidgetNames) -> String {
        match self {
            Widget::Grid => t!(embed.grid_title).to_string(),
            Widget::Meeting => content.meeting_title(),
            Widget::Risk(id) => content.risk_name(*id),
            Widget::Starters(id) => t!(embed.starters_title, risk = content.risk_name(*id)),
            Widget::Partner(id) => content.partner_name(id),
        }
    }

    /// The iframe's accessible name on a partner's page, and the oEmbed
    /// title: the name with the site's.
    pub fn title(&self, content: &impl WidgetNames) -> String {
        format!("{} – {}", self.name(content), t!(common.site_name))
    }

    /// A rough height for the widget at about 600 px wide, where none was
    /// measured (`frame_height`; the loader sizes frames to their content).
    pub fn default_height(&self, compact: bool) -> u32 {
        let full = match self {
            Widget::Grid => 900,
            Widget::Meeting => 640,
            Widget::Risk(_) => 560,
            Widget::Starters(_) => 520,
            Widget::Partner(_) => 420,
        };
        if compact {
            full * 3 / 4
        } else {
            full
        }
    }

    /// The full-site page that shows the same thing, for "Open in COP Explorer".
    pub fn site_page(&self) -> String {
        match self {
            Widget::Grid => crate::shared::routes::RISKS.to_string(),
            Widget::Meeting => crate::shared::routes::MEETING.to_string(),
            Widget::Risk(id) => crate::shared::routes::risk(*id),
            Widget::Starters(id) => format!("{}#talk", crate::shared::routes::risk(*id)),
            Widget::Partner(id) => crate::shared::routes::partner(id),
        }
    }
}

slug_enum! {
    /// Colour scheme of a widget: follow the reader's setting, or force one to
    /// match the host site.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
    pub enum Theme {
        #[default]
        Auto = "auto",
        Light = "light",
        Dark = "dark",
    }
}

/// Options from the widget's query string.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct WidgetOptions {
    pub theme: Theme,
    pub compact: bool,
}

/// A query parameter the widget cannot use: it shows an error card naming it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadParam {
    pub name: String,
    pub value: String,
}

/// Query parameters a widget accepts: `theme`, `compact`, and `embed` (the
/// loader's frame id, used only by the resize messages).
pub fn parse_options<'a>(
    query: impl IntoIterator<Item = (&'a str, &'a str)>,
) -> Result<WidgetOptions, BadParam> {
    let mut options = WidgetOptions::default();
    for (name, value) in query {
        let bad = || BadParam {
            name: name.to_string(),
            value: value.to_string(),
        };
        match name {
            "theme" => options.theme = Theme::from_slug(value).ok_or_else(bad)?,
            "compact" => {
                options.compact = match value {
                    "" | "1" | "true" => true,
                    "0" | "false" => false,
                    _ => return Err(bad()),
                }
            }
            "embed" if is_frame_id(value) => {}
            _ => return Err(bad()),
        }
    }
    Ok(options)
}

/// The loader's frame ids: short, letters, digits and dashes.
fn is_frame_id(value: &str) -> bool {
    !value.is_empty()
        && value.len() <= 32
        && value
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

/// The query string for `options`, without defaults ("theme=dark&compact=1").
pub fn options_query(options: WidgetOptions) -> String {
    let mut parts = Vec::new();
    if options.theme != Theme::Auto {
        parts.push(format!("theme={}", options.theme.slug()));
    }
    if options.compact {
        parts.push("compact=1".to_string());
    }
    parts.join("&")
}

/// The address of a widget on a site whose root is `site_root`
/// ("https://example.org/cop/").
pub fn widget_url(site_root: &str, widget: &Widget, options: WidgetOptions) -> String {
    let query = options_query(options);
    let path = format!("{}{}/", site_root, widget.path().trim_start_matches('/'));
    if query.is_empty() {
        path
    } else {
        format!("{path}?{query}")
    }
}

/// Appends `param` ("embed=preview") to a URL's query.
pub fn add_query_param(url: &str, param: &str) -> String {
    let separator = if url.contains('?') { '&' } else { '?' };
    format!("{url}{separator}{param}")
}

mod builder;
mod oembed;
mod snippets;

pub use builder::*;
pub use oembed::*;
pub use snippets::*;
