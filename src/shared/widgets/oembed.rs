//! oEmbed: the files the build writes for each widget and theme, and which
//! widget a page shows.

use super::*;

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
