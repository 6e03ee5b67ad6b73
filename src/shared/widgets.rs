//! Embeddable widgets: which exist, their addresses and options, and the
//! snippets and oEmbed data partners use to embed them. Pure logic, shared
//! by the widget pages, the embed builder, the prerenderer and the tests.

// Text in a double-quoted attribute (or XML): & < > " escaped, by a maintained crate.
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

/// The kinds of widget, in the order the embed builder offers them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WidgetKind {
    Grid,
    Risk,
    Starters,
    Partner,
    Meeting,
}

impl WidgetKind {
    pub const ALL: [WidgetKind; 5] = [
        WidgetKind::Grid,
        WidgetKind::Risk,
        WidgetKind::Starters,
        WidgetKind::Partner,
        WidgetKind::Meeting,
    ];

    /// The first path segment after `/widget/`.
    pub fn slug(self) -> &'static str {
        match self {
            WidgetKind::Grid => "grid",
            WidgetKind::Risk => "risk",
            WidgetKind::Starters => "starters",
            WidgetKind::Partner => "partner",
            WidgetKind::Meeting => "meeting",
        }
    }

    pub fn from_slug(slug: &str) -> Option<WidgetKind> {
        WidgetKind::ALL.into_iter().find(|k| k.slug() == slug)
    }

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

/// Colour scheme of a widget: follow the reader's setting, or force one to
/// match the host site.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::Auto, Theme::Light, Theme::Dark];

    pub fn slug(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|t| t.slug() == slug)
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

/// The snippet for the loader: one element plus one script tag.
pub fn loader_snippet(site_root: &str, widget: &Widget, options: WidgetOptions) -> String {
    let mut attrs = format!("data-cop-widget=\"{}\"", escape_attr(&widget.key()));
    if options.theme != Theme::Auto {
        attrs.push_str(&format!(" data-theme=\"{}\"", options.theme.slug()));
    }
    if options.compact {
        attrs.push_str(" data-compact");
    }
    format!(
        "<div {attrs}></div>\n<script src=\"{}embed.js\" async></script>",
        escape_attr(site_root)
    )
}

/// The partners' loader (`public/embed.js`), as the build writes it into
/// each language's folder: the snippet of `/fr/embed/` loads `/fr/embed.js`,
/// which frames the French widgets (it finds them beside itself) and names
/// each frame in French unless the partner gives a `data-title`.
#[cfg(not(feature = "hydrate"))]
pub fn localized_loader(frame_title: &str) -> Result<String, String> {
    const LOADER: &str = include_str!("../../public/embed.js");
    const DEFAULT_TITLE: &str = "'COP Explorer: child online protection for parents and educators'";
    if LOADER.matches(DEFAULT_TITLE).count() != 1 {
        return Err(format!(
            "public/embed.js: expected its default frame title {DEFAULT_TITLE} once"
        ));
    }
    // A JSON string is a JavaScript string literal, quotes and all escaped.
    let title = serde_json::to_string(frame_title).map_err(|e| e.to_string())?;
    Ok(LOADER.replacen(DEFAULT_TITLE, &title, 1))
}

/// The snippet for a plain iframe (no script): a fixed height.
pub fn iframe_snippet(
    site_root: &str,
    widget: &Widget,
    options: WidgetOptions,
    content: &impl WidgetNames,
) -> String {
    let height = frame_height(widget, options.compact, content);
    iframe_of_height(site_root, widget, options, content, height)
}

fn iframe_of_height(
    site_root: &str,
    widget: &Widget,
    options: WidgetOptions,
    content: &impl WidgetNames,
    height: u32,
) -> String {
    format!(
        "<iframe src=\"{}\" title=\"{}\" loading=\"lazy\" width=\"100%\" height=\"{height}\" style=\"border:0;max-width:100%\"></iframe>",
        escape_attr(&widget_url(site_root, widget, options)),
        escape_attr(&widget.title(content)),
    )
}

/// The height a fixed frame gives a widget: as measured in the language
/// (`WidgetNames::frame_height`), else the widget's rough default.
pub fn frame_height(widget: &Widget, compact: bool, content: &impl WidgetNames) -> u32 {
    content
        .frame_height(widget, compact)
        .unwrap_or_else(|| widget.default_height(compact))
}

/// Frame heights as measured: (the widget's path after "/widget/", full,
/// compact), for one language.
pub type FrameHeights = Vec<(String, u32, u32)>;

fn measured_height(heights: &FrameHeights, widget: &Widget, compact: bool) -> Option<u32> {
    let key = widget.key();
    heights
        .iter()
        .find(|(known, _, _)| *known == key)
        .map(|&(_, full, small)| if compact { small } else { full })
}

/// The heights measured for the language being rendered, from
/// content/widget-heights.json (written by scripts/measure-widget-heights.mjs).
#[cfg(not(feature = "hydrate"))]
pub fn measured_heights() -> FrameHeights {
    measured_file()
        .heights
        .get(crate::shared::i18n::current().code)
        .map(|widgets| {
            widgets
                .iter()
                .map(|(path, &(full, compact, _))| (path.clone(), full, compact))
                .collect()
        })
        .unwrap_or_default()
}

/// content/widget-heights.json: per language and widget, [full, compact,
/// sandboxed].
#[cfg(not(feature = "hydrate"))]
#[derive(Deserialize)]
struct MeasuredFile {
    heights:
        std::collections::BTreeMap<String, std::collections::BTreeMap<String, (u32, u32, u32)>>,
}

#[cfg(not(feature = "hydrate"))]
fn measured_file() -> &'static MeasuredFile {
    static FILE: std::sync::LazyLock<MeasuredFile> = std::sync::LazyLock::new(|| {
        serde_json::from_str(include_str!("../../content/widget-heights.json")).expect(
            "content/widget-heights.json is {heights: {locale: {widget: [full, compact, sandboxed]}}}",
        )
    });
    &FILE
}

/// A widget's measured heights [full, compact, sandboxed] in the language
/// being rendered. The browser has none: it reads its page's (`WidgetCatalog`).
#[cfg(not(feature = "hydrate"))]
fn measured(widget: &Widget) -> Option<(u32, u32, u32)> {
    measured_file()
        .heights
        .get(crate::shared::i18n::current().code)?
        .get(&widget.key())
        .copied()
}

#[cfg(feature = "hydrate")]
fn measured(_widget: &Widget) -> Option<(u32, u32, u32)> {
    None
}

/// The browser reads the heights from its page (`WidgetCatalog`).
#[cfg(feature = "hydrate")]
pub fn measured_heights() -> FrameHeights {
    Vec::new()
}

/// Where the build writes the oEmbed response for a widget in a theme,
/// relative to the site root: "oembed/risk-contact.json" (following the
/// reader's setting), "oembed/risk-contact-dark.json".
pub fn oembed_file(widget: &Widget, theme: Theme) -> String {
    let name = widget.key().replace('/', "-");
    match theme {
        Theme::Auto => format!("oembed/{name}.json"),
        _ => format!("oembed/{name}-{}.json", theme.slug()),
    }
}

/// The site path of the widget's page in a fixed theme, whose discovery
/// link names that theme's oEmbed answer: "/widget/grid/dark". WordPress
/// reads a pasted address's discovery link, and a static host serves the
/// same file for any query, so each theme has its own page. For the
/// reader's own setting, the widget's page itself.
pub fn themed_path(widget: &Widget, theme: Theme) -> String {
    match theme {
        Theme::Auto => widget.path(),
        _ => format!("{}/{}", widget.path(), theme.slug()),
    }
}

/// The address to paste into WordPress (or any site that embeds links by
/// oEmbed discovery) for a widget in a theme.
pub fn oembed_page_url(site_root: &str, widget: &Widget, theme: Theme) -> String {
    format!(
        "{site_root}{}/",
        themed_path(widget, theme).trim_start_matches('/')
    )
}

/// The widget a site page embeds, for its oEmbed discovery link.
pub fn widget_for_page(path: &str, content: &Content) -> Option<Widget> {
    let path = path.trim_end_matches('/');
    if path == crate::shared::routes::RISKS {
        return Some(Widget::Grid);
    }
    if path == crate::shared::routes::MEETING {
        return Some(Widget::Meeting);
    }
    if let Some(slug) = path.strip_prefix(&format!("{}/", crate::shared::routes::RISKS)) {
        return RiskId::from_slug(slug).map(Widget::Risk);
    }
    if let Some(id) = path.strip_prefix(&format!("{}/", crate::shared::routes::PARTNERS)) {
        return content.partner(id).map(|p| Widget::Partner(p.id.clone()));
    }
    None
}

/// The oEmbed 1.0 response (type "rich") for a widget, in a theme and in
/// the language being rendered. Its frame is as tall as the widget is in a
/// sandboxed frame (WordPress), where each link also shows its address.
pub fn oembed_json(site_root: &str, widget: &Widget, theme: Theme, content: &Content) -> String {
    let options = WidgetOptions {
        theme,
        ..WidgetOptions::default()
    };
    let height = measured(widget)
        .map(|(_, _, sandboxed)| sandboxed)
        .unwrap_or_else(|| frame_height(widget, false, content));
    serde_json::json!({
        "version": "1.0",
        "type": "rich",
        "provider_name": "COP Explorer",
        "provider_url": site_root,
        "title": widget.title(content),
        "html": iframe_of_height(site_root, widget, options, content, height),
        "width": 600,
        "height": height,
    })
    .to_string()
}

/// What the embed builder (`/embed`) shows, kept in its URL query:
/// `?widget=risk/contact&theme=dark&compact=1`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BuilderChoice {
    pub widget: Widget,
    pub options: WidgetOptions,
}

impl Default for BuilderChoice {
    fn default() -> Self {
        BuilderChoice {
            widget: Widget::Grid,
            options: WidgetOptions::default(),
        }
    }
}

impl BuilderChoice {
    /// Reads the builder's query; unknown values are dropped and reported
    /// by name, so the page can say what it ignored.
    pub fn from_query<'a>(
        query: impl IntoIterator<Item = (&'a str, &'a str)>,
        content: &impl WidgetNames,
    ) -> (BuilderChoice, Vec<String>) {
        let mut choice = BuilderChoice::default();
        let mut ignored = Vec::new();
        for (name, value) in query {
            match name {
                "widget" => match Widget::from_path(value, content) {
                    Some(widget) => choice.widget = widget,
                    None => ignored.push(name.to_string()),
                },
                "theme" | "compact" => match parse_options([(name, value)]) {
                    Ok(o) if name == "theme" => choice.options.theme = o.theme,
                    Ok(o) => choice.options.compact = o.compact,
                    Err(_) => ignored.push(name.to_string()),
                },
                _ => ignored.push(name.to_string()),
            }
        }
        (choice, ignored)
    }

    pub fn to_query(&self) -> String {
        let widget = self.widget.key();
        let options = options_query(self.options);
        if options.is_empty() {
            format!("widget={widget}")
        } else {
            format!("widget={widget}&{options}")
        }
    }
}

/// The widget of `kind` closest to `current`: switching from the risk card
/// to conversation starters keeps the risk; a partner widget starts with the
/// first partner.
pub fn switch_kind(current: &Widget, kind: WidgetKind, content: &impl WidgetNames) -> Widget {
    let risk = match current {
        Widget::Risk(id) | Widget::Starters(id) => *id,
        _ => RiskId::ALL[0],
    };
    match kind {
        WidgetKind::Grid => Widget::Grid,
        WidgetKind::Meeting => Widget::Meeting,
        WidgetKind::Risk => Widget::Risk(risk),
        WidgetKind::Starters => Widget::Starters(risk),
        WidgetKind::Partner => match current {
            Widget::Partner(id) => Widget::Partner(id.clone()),
            _ => Widget::Partner(content.first_partner().unwrap_or_default()),
        },
    }
}

/// What widget addresses and titles need to know about the content. The
/// prerenderer asks the content itself; the embed builder island, which has
/// no content, asks a `WidgetCatalog` it gets as props.
pub trait WidgetNames {
    /// The frame height measured for a widget in this language
    /// (content/widget-heights.json), `None` where none was measured.
    fn frame_height(&self, _widget: &Widget, _compact: bool) -> Option<u32> {
        None
    }
    /// The id of a known partner, `None` for an unknown one.
    fn partner_id(&self, id: &str) -> Option<String>;
    fn first_partner(&self) -> Option<String>;
    fn partner_name(&self, id: &str) -> String;
    fn risk_name(&self, id: RiskId) -> String;
    fn meeting_title(&self) -> String;
}

impl WidgetNames for Content {
    fn frame_height(&self, widget: &Widget, compact: bool) -> Option<u32> {
        measured(widget).map(|(full, small, _)| if compact { small } else { full })
    }
    fn partner_id(&self, id: &str) -> Option<String> {
        self.partner(id).map(|p| p.id.clone())
    }
    fn first_partner(&self) -> Option<String> {
        self.partners.first().map(|p| p.id.clone())
    }
    fn partner_name(&self, id: &str) -> String {
        self.partner(id).map(|p| p.name.clone()).unwrap_or_default()
    }
    fn risk_name(&self, id: RiskId) -> String {
        self.risk(id).map(|r| r.name.clone()).unwrap_or_default()
    }
    fn meeting_title(&self) -> String {
        self.meeting.short_title.clone()
    }
}

impl<T: WidgetNames> WidgetNames for std::sync::Arc<T> {
    fn frame_height(&self, widget: &Widget, compact: bool) -> Option<u32> {
        (**self).frame_height(widget, compact)
    }
    fn partner_id(&self, id: &str) -> Option<String> {
        (**self).partner_id(id)
    }
    fn first_partner(&self) -> Option<String> {
        (**self).first_partner()
    }
    fn partner_name(&self, id: &str) -> String {
        (**self).partner_name(id)
    }
    fn risk_name(&self, id: RiskId) -> String {
        (**self).risk_name(id)
    }
    fn meeting_title(&self) -> String {
        (**self).meeting_title()
    }
}

/// The names the embed builder needs, in content order.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct WidgetCatalog {
    pub meeting_title: String,
    pub risks: Vec<(RiskId, String)>,
    pub partners: Vec<(String, String)>,
    /// The measured frame heights in the page's language.
    pub heights: FrameHeights,
}

impl WidgetCatalog {
    /// The catalog as the page carries it for the embed builder: JSON,
    /// `{"meeting_title": "...", "risks": [["contact", "Contact"], ...],
    /// "partners": [["itu", "ITU"], ...]}`.
    pub fn to_page_data(&self) -> String {
        serde_json::to_string(self).expect("a widget catalog serialises")
    }

    pub fn of(content: &Content) -> WidgetCatalog {
        WidgetCatalog {
            meeting_title: content.meeting.short_title.clone(),
            risks: content
                .risks
                .iter()
                .map(|r| (r.id, r.name.clone()))
                .collect(),
            partners: content
                .partners
                .iter()
                .map(|p| (p.id.clone(), p.name.clone()))
                .collect(),
            heights: measured_heights(),
        }
    }
}

impl WidgetNames for WidgetCatalog {
    fn frame_height(&self, widget: &Widget, compact: bool) -> Option<u32> {
        measured_height(&self.heights, widget, compact)
    }
    fn partner_id(&self, id: &str) -> Option<String> {
        self.partners
            .iter()
            .find(|(known, _)| known == id)
            .map(|(known, _)| known.clone())
    }
    fn first_partner(&self) -> Option<String> {
        self.partners.first().map(|(id, _)| id.clone())
    }
    fn partner_name(&self, id: &str) -> String {
        self.partners
            .iter()
            .find(|(known, _)| known == id)
            .map(|(_, name)| name.clone())
            .unwrap_or_default()
    }
    fn risk_name(&self, id: RiskId) -> String {
        self.risks
            .iter()
            .find(|(known, _)| *known == id)
            .map(|(_, name)| name.clone())
            .unwrap_or_default()
    }
    fn meeting_title(&self) -> String {
        self.meeting_title.clone()
    }
}
