//! The embed builder's choice (kept in its URL query), and the names of
//! widgets, from the content (the prerenderer) or from a catalog (the
//! island).

use super::*;

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
