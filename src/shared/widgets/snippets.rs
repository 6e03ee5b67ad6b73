//! The snippets a partner pastes: the loader's element and script, or a
//! plain iframe sized from the measured heights of every widget.

use super::*;

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
    const LOADER: &str = include_str!("../../../public/embed.js");
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

pub(super) fn iframe_of_height(
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

pub(super) fn measured_height(
    heights: &FrameHeights,
    widget: &Widget,
    compact: bool,
) -> Option<u32> {
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
        serde_json::from_str(include_str!("../../../content/widget-heights.json")).expect(
            "content/widget-heights.json is {heights: {locale: {widget: [full, compact, sandboxed]}}}",
        )
    });
    &FILE
}

/// A widget's measured heights [full, compact, sandboxed] in the language
/// being rendered. The browser has none: it reads its page's (`WidgetCatalog`).
#[cfg(not(feature = "hydrate"))]
pub(super) fn measured(widget: &Widget) -> Option<(u32, u32, u32)> {
    measured_file()
        .heights
        .get(crate::shared::i18n::current().code)?
        .get(&widget.key())
        .copied()
}

#[cfg(feature = "hydrate")]
pub(super) fn measured(_widget: &Widget) -> Option<(u32, u32, u32)> {
    None
}

/// The browser reads the heights from its page (`WidgetCatalog`).
#[cfg(feature = "hydrate")]
pub fn measured_heights() -> FrameHeights {
    Vec::new()
}
