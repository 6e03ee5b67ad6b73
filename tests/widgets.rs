//! Widgets: addresses, options, snippets and oEmbed data.

use cop_explorer::shared::content::{Content, RiskId};
use cop_explorer::shared::widgets::*;

fn content() -> Content {
    Content::load().expect("content parses")
}

#[test]
fn every_widget_has_an_address_that_reads_back_to_it() {
    let content = content();
    let all = Widget::all(&content);
    assert_eq!(all.len(), 2 + 4 + 4 + content.partners.len());
    for widget in &all {
        let path = widget.path();
        let rest = path.strip_prefix("/widget/").expect("under /widget/");
        assert_eq!(
            Widget::from_path(rest, &content).as_ref(),
            Some(widget),
            "{path}"
        );
        assert!(widget.title(&content).ends_with("– COP Explorer"));
    }
}

#[test]
fn unknown_widgets_and_ids_are_not_widgets() {
    let content = content();
    for rest in [
        "",
        "unknown",
        "risk",
        "risk/nope",
        "risk/contact/extra",
        "grid/extra",
        "partner/no-such",
        "starters/",
        "meeting/1",
    ] {
        assert_eq!(Widget::from_path(rest, &content), None, "{rest}");
    }
    assert_eq!(
        Widget::from_path("/risk/contact/", &content),
        Some(Widget::Risk(RiskId::Contact))
    );
}

#[test]
fn options_accept_theme_compact_and_the_frame_id_only() {
    let ok = parse_options([("theme", "dark"), ("compact", "1"), ("embed", "cop-3")]).unwrap();
    assert_eq!(
        ok,
        WidgetOptions {
            theme: Theme::Dark,
            compact: true
        }
    );
    assert_eq!(parse_options([]).unwrap(), WidgetOptions::default());
    assert!(!parse_options([("compact", "false")]).unwrap().compact);
    for (name, value) in [
        ("theme", "purple"),
        ("compact", "yes"),
        ("colour", "red"),
        ("embed", "<x>"),
        ("embed", ""),
    ] {
        assert_eq!(
            parse_options([(name, value)]),
            Err(BadParam {
                name: name.into(),
                value: value.into()
            }),
            "{name}={value}"
        );
    }
}

#[test]
fn snippets_name_the_site_and_escape_what_they_embed() {
    let content = content();
    let root = "https://example.org/cop/";
    let options = WidgetOptions {
        theme: Theme::Dark,
        compact: true,
    };
    let widget = Widget::Partner("itu".into());
    assert_eq!(
        loader_snippet(root, &widget, options),
        "<div data-cop-widget=\"partner/itu\" data-theme=\"dark\" data-compact></div>\n<script src=\"https://example.org/cop/embed.js\" async></script>"
    );
    let iframe = iframe_snippet(root, &widget, options, &content);
    assert!(
        iframe.starts_with(
            "<iframe src=\"https://example.org/cop/widget/partner/itu/?theme=dark&amp;compact=1\""
        ),
        "{iframe}"
    );
    assert!(
        iframe.contains("loading=\"lazy\"")
            && iframe.contains("title=\"International Telecommunication Union – COP Explorer\"")
    );
    assert_eq!(
        widget_url(root, &Widget::Grid, WidgetOptions::default()),
        "https://example.org/cop/widget/grid/"
    );
    assert_eq!(
        add_query_param("https://x/w/", "embed=p"),
        "https://x/w/?embed=p"
    );
    assert_eq!(
        add_query_param("https://x/w/?a=1", "embed=p"),
        "https://x/w/?a=1&embed=p"
    );
}

#[test]
fn oembed_is_rich_json_with_an_iframe() {
    let content = content();
    let widget = Widget::Risk(RiskId::Contract);
    assert_eq!(
        oembed_file(&widget, Theme::Auto),
        "oembed/risk-contract.json"
    );
    assert_eq!(
        oembed_file(&widget, Theme::Dark),
        "oembed/risk-contract-dark.json"
    );
    assert_eq!(
        oembed_page_url("https://example.org/fr/", &widget, Theme::Dark),
        "https://example.org/fr/widget/risk/contract/dark/"
    );
    assert_eq!(
        oembed_page_url("https://example.org/", &widget, Theme::Auto),
        "https://example.org/widget/risk/contract/"
    );
    let dark: serde_json::Value = serde_json::from_str(&oembed_json(
        "https://example.org/",
        &widget,
        Theme::Dark,
        &content,
    ))
    .unwrap();
    assert!(
        dark["html"]
            .as_str()
            .unwrap()
            .contains("/widget/risk/contract/?theme=dark\""),
        "the answer keeps the theme: {}",
        dark["html"]
    );
    let json: serde_json::Value = serde_json::from_str(&oembed_json(
        "https://example.org/",
        &widget,
        Theme::Auto,
        &content,
    ))
    .unwrap();
    assert_eq!(json["version"], "1.0");
    assert_eq!(json["type"], "rich");
    assert_eq!(json["provider_name"], "COP Explorer");
    assert_eq!(json["provider_url"], "https://example.org/");
    assert!(json["width"].as_u64().unwrap() > 0 && json["height"].as_u64().unwrap() > 0);
    assert!(json["html"]
        .as_str()
        .unwrap()
        .starts_with("<iframe src=\"https://example.org/widget/risk/contract/\""));
    assert!(
        json["html"]
            .as_str()
            .unwrap()
            .contains(&format!("height=\"{}\"", json["height"])),
        "the frame is as tall as the answer says"
    );
}

#[test]
fn pages_point_to_the_widget_that_shows_them() {
    let content = content();
    assert_eq!(widget_for_page("/risks", &content), Some(Widget::Grid));
    assert_eq!(
        widget_for_page("/risks/conduct", &content),
        Some(Widget::Risk(RiskId::Conduct))
    );
    assert_eq!(
        widget_for_page("/partners/weprotect", &content),
        Some(Widget::Partner("weprotect".into()))
    );
    assert_eq!(widget_for_page("/meeting", &content), Some(Widget::Meeting));
    assert_eq!(widget_for_page("/about", &content), None);
    assert_eq!(widget_for_page("/partners/nope", &content), None);
}

#[test]
fn the_builder_reads_and_writes_its_query() {
    let content = content();
    let (choice, ignored) = BuilderChoice::from_query(
        [
            ("widget", "starters/contact"),
            ("theme", "light"),
            ("compact", "1"),
        ],
        &content,
    );
    assert_eq!(choice.widget, Widget::Starters(RiskId::Contact));
    assert_eq!(
        choice.options,
        WidgetOptions {
            theme: Theme::Light,
            compact: true
        }
    );
    assert!(ignored.is_empty());
    assert_eq!(
        choice.to_query(),
        "widget=starters/contact&theme=light&compact=1"
    );
    let (fallback, ignored) = BuilderChoice::from_query(
        [("widget", "nope"), ("theme", "neon"), ("x", "1")],
        &content,
    );
    assert_eq!(fallback, BuilderChoice::default());
    assert_eq!(ignored, ["widget", "theme", "x"]);
    assert_eq!(BuilderChoice::default().to_query(), "widget=grid");
}

#[test]
fn switching_widget_kind_keeps_what_still_applies() {
    let content = content();
    let risk = Widget::Risk(RiskId::Conduct);
    assert_eq!(
        switch_kind(&risk, WidgetKind::Starters, &content),
        Widget::Starters(RiskId::Conduct)
    );
    assert_eq!(switch_kind(&risk, WidgetKind::Grid, &content), Widget::Grid);
    assert_eq!(
        switch_kind(&Widget::Grid, WidgetKind::Partner, &content),
        Widget::Partner(content.partners[0].id.clone())
    );
    assert_eq!(
        switch_kind(&Widget::Meeting, WidgetKind::Risk, &content),
        Widget::Risk(RiskId::ALL[0])
    );
}

/// The embed builder reads this JSON from its page with the browser's
/// parser (src/browser/islands/embed_builder.rs): its shape is that reader's contract.
#[test]
fn the_catalog_in_the_page_has_the_shape_the_builder_reads() {
    let c = content();
    let catalog = WidgetCatalog::of(&c);
    let data: serde_json::Value = serde_json::from_str(&catalog.to_page_data()).unwrap();
    assert_eq!(data["meeting_title"], c.meeting.short_title.as_str());
    let risks: Vec<(String, String)> = serde_json::from_value(data["risks"].clone()).unwrap();
    assert_eq!(risks.len(), 4);
    for ((slug, name), risk) in risks.iter().zip(&c.risks) {
        assert_eq!(
            RiskId::from_slug(slug),
            Some(risk.id),
            "a risk is named by its slug"
        );
        assert_eq!(name, &risk.name);
    }
    let partners: Vec<(String, String)> = serde_json::from_value(data["partners"].clone()).unwrap();
    assert_eq!(partners.len(), c.partners.len());
    assert_eq!(
        partners[0],
        (c.partners[0].id.clone(), c.partners[0].name.clone())
    );
}

#[test]
fn each_language_gets_the_loader_with_its_own_frame_title() {
    let french =
        cop_explorer::shared::widgets::localized_loader("Un widget de l'UIT : « 4C »").unwrap();
    assert!(
        french.contains(r#"el.getAttribute('data-title') || "Un widget de l'UIT : « 4C »";"#),
        "a quoted JavaScript string, apostrophe kept"
    );
    assert!(!french.contains("child online protection for parents and educators'"));
    let arabic = cop_explorer::shared::widgets::localized_loader("أداة \"COP\"").unwrap();
    assert!(
        arabic.contains(r#""أداة \"COP\"""#),
        "quotes inside are escaped"
    );
    // Everything else is the loader as written.
    assert_eq!(
        french.lines().count(),
        include_str!("../public/embed.js").lines().count()
    );
}
