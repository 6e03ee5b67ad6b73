//! Pure logic behind the pages: filters, routes, formatting, base paths.

use cop_explorer::shared::base_path::router_base;
use cop_explorer::shared::content::{Content, ItemKind};
use cop_explorer::shared::format::{long_date, para_label};
use cop_explorer::shared::meeting_filter::{
    filtered_sections, kinds_present, orgs_present, MeetingFilter,
};
use cop_explorer::shared::routes;

fn content() -> Content {
    Content::load().unwrap()
}

fn count(c: &Content, f: &MeetingFilter) -> usize {
    filtered_sections(c, f)
        .iter()
        .map(|(_, items)| items.len())
        .sum()
}

#[test]
fn empty_query_shows_everything() {
    let c = content();
    let (f, ignored) = MeetingFilter::from_query(None, Some(""), &c);
    assert!(!f.is_active());
    assert!(ignored.is_empty());
    assert_eq!(count(&c, &f), c.items().count());
}

#[test]
fn kind_filter_keeps_only_that_kind() {
    let c = content();
    let (f, _) = MeetingFilter::from_query(Some("outcome"), None, &c);
    assert_eq!(f.kind, Some(ItemKind::Outcome));
    let sections = filtered_sections(&c, &f);
    assert_eq!(sections.len(), 1, "only the outcomes section remains");
    assert_eq!(sections[0].1.len(), 5);
}

#[test]
fn org_filter_includes_the_parts_of_an_organisation() {
    let c = content();
    let (itu, _) = MeetingFilter::from_query(None, Some("itu"), &c);
    let (bdt, _) = MeetingFilter::from_query(None, Some("itu-bdt"), &c);
    let bdt_items: Vec<_> = c
        .items_naming("itu-bdt")
        .into_iter()
        .map(|i| i.id.clone())
        .collect();
    assert!(!bdt_items.is_empty());
    assert_eq!(count(&c, &bdt), bdt_items.len());
    for id in &bdt_items {
        assert!(
            itu.matches(c.item(id).unwrap(), &c),
            "ITU filter keeps BDT item {id}"
        );
    }
    assert!(count(&c, &itu) > count(&c, &bdt));
}

#[test]
fn filters_combine() {
    let c = content();
    let (f, _) = MeetingFilter::from_query(Some("document"), Some("weprotect"), &c);
    assert_eq!(count(&c, &f), 1, "one WePROTECT document in §4.1");
    let (none, _) = MeetingFilter::from_query(Some("agenda"), Some("iwf"), &c);
    assert_eq!(count(&c, &none), 0);
    assert!(filtered_sections(&c, &none).is_empty());
}

#[test]
fn unknown_query_values_are_ignored_and_reported() {
    let c = content();
    let (f, ignored) = MeetingFilter::from_query(Some("<script>"), Some("no-such-org"), &c);
    assert_eq!(f, MeetingFilter::default());
    let names: Vec<_> = ignored.iter().map(|p| p.name).collect();
    assert_eq!(names, ["kind", "org"]);
    assert_eq!(ignored[0].value, "<script>");
}

#[test]
fn query_round_trips() {
    let c = content();
    let (f, _) = MeetingFilter::from_query(Some("presentation"), Some("insafe"), &c);
    assert_eq!(f.to_query(), "kind=presentation&org=insafe");
    assert_eq!(MeetingFilter::default().to_query(), "");
}

#[test]
fn filter_options_come_from_the_content() {
    let c = content();
    let kinds = kinds_present(&c);
    assert!(kinds.contains(&ItemKind::Presentation) && kinds.contains(&ItemKind::Outcome));
    let orgs = orgs_present(&c);
    assert!(orgs.iter().any(|(id, _)| *id == "weprotect"));
    let names: Vec<_> = orgs.iter().map(|(_, n)| n.to_lowercase()).collect();
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(names, sorted, "organisations are offered alphabetically");
}

#[test]
fn every_route_is_unique_and_rooted() {
    let c = content();
    let paths = routes::all_paths(&c);
    // 8 main pages (with /plan), 4 risk guides, one page per partner, 3 age
    // groups, the embed builder, /educators with 4 x 3 session plans, 4
    // classroom modes, the poster, and "Together" with its 3 paths.
    assert_eq!(
        paths.len(),
        8 + 4 + c.partners.len() + 3 + 1 + 1 + 12 + 4 + 1 + 1 + 3
    );
    let mut unique = paths.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), paths.len());
    assert!(paths.iter().all(|p| p.starts_with('/')));
    assert!(paths.contains(&"/risks/contract".to_string()));
    assert!(paths.contains(&"/partners/weprotect".to_string()));
}

#[test]
fn dates_are_written_out() {
    assert_eq!(long_date("2021-01-26").as_deref(), Some("26 January 2021"));
    assert_eq!(long_date("2021-13-01"), None);
    assert_eq!(long_date("26/01/2021"), None);
    assert_eq!(long_date(""), None);
}

#[test]
fn paragraph_labels() {
    assert_eq!(para_label("5.11"), "§5.11");
    assert_eq!(para_label("Summary"), "Summary");
}

#[test]
fn router_base_from_base_href() {
    assert_eq!(router_base("/"), "");
    assert_eq!(router_base("/cop/"), "/cop");
    assert_eq!(router_base("/a/b/"), "/a/b");
    assert_eq!(router_base("https://example.org/cop/"), "/cop");
    assert_eq!(router_base("https://example.org"), "");
    assert_eq!(router_base(""), "");
}

#[test]
fn site_paths_get_the_sub_path() {
    use cop_explorer::shared::base_path::with_base;
    assert_eq!(with_base("", "/meeting"), "/meeting");
    assert_eq!(with_base("/cop", "/"), "/cop/");
    assert_eq!(with_base("/cop", "/meeting#p5-11"), "/cop/meeting#p5-11");
    assert_eq!(with_base("/a/b", "/partners/itu"), "/a/b/partners/itu");
}

#[test]
fn links_use_the_folder_form_that_static_hosts_serve_without_a_redirect() {
    use cop_explorer::shared::base_path::site_href;
    assert_eq!(site_href("", "/"), "/");
    assert_eq!(site_href("/cop", "/"), "/cop/");
    assert_eq!(site_href("", "/partners"), "/partners/");
    assert_eq!(
        site_href("/cop", "/risks/contact#talk"),
        "/cop/risks/contact/#talk"
    );
    assert_eq!(site_href("/ar", "/search?q=a/b"), "/ar/search/?q=a/b");
    assert_eq!(site_href("", "/meeting/"), "/meeting/", "no second slash");
    assert_eq!(
        site_href("/cop", "/search-0123456789abcdef.json"),
        "/cop/search-0123456789abcdef.json",
        "files keep their name"
    );
    assert_eq!(site_href("", "/meeting#p5-11"), "/meeting/#p5-11");
}

#[test]
fn page_template_replaces_the_body_and_generic_head_tags() {
    use cop_explorer::site::html_template::PageTemplate;
    let html = "<!doctype html><html><head><base href=\"/cop/\"><title>X</title>\
                <meta name=\"description\" content=\"generic\"><script type=\"module\">go()</script></head>\
                <body class=\"a\"><p>placeholder</p></body></html>";
    let t = PageTemplate::parse(html).unwrap();
    assert_eq!(t.base_href(), "/cop/");
    let page = t.page("<main>hi</main>");
    assert!(
        page.contains("<body class=\"a\"><main>hi</main></body></html>"),
        "{page}"
    );
    assert!(
        !page.contains("placeholder") && !page.contains("<title>X") && !page.contains("generic")
    );
    assert!(
        page.contains("<script type=\"module\">go()</script><!--HEAD--></head>"),
        "{page}"
    );
    assert!(PageTemplate::parse("<html><head></head></html>").is_err());
}

#[test]
fn prerendered_files_mirror_the_routes() {
    assert_eq!(routes::output_file("/"), "index.html");
    assert_eq!(
        routes::output_file("/risks/contact"),
        "risks/contact/index.html"
    );
    assert_eq!(routes::output_file("/meeting"), "meeting/index.html");
}

#[test]
fn every_router_route_is_in_the_route_list() {
    // The router's patterns live in app.rs; the prerenderer, sitemap and tests
    // take pages from routes::all_paths. Any pattern without a page there
    // would be missing from the static build.
    let c = content();
    let mut paths = routes::all_paths(&c);
    // Widgets are prerendered from their own list (widgets::Widget::all).
    paths.extend(
        cop_explorer::shared::widgets::Widget::all(&c)
            .iter()
            .map(|w| w.path()),
    );
    let lib = include_str!("../src/site/app.rs");
    let patterns: Vec<&str> = lib
        .split("path!(\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .collect();
    assert!(
        patterns.len() >= 10,
        "found the router's patterns: {patterns:?}"
    );
    for pattern in patterns {
        let prefix = pattern.split([':', '*']).next().unwrap_or("");
        let has_page = if pattern.is_empty() {
            paths.contains(&"/".to_string())
        } else if pattern.contains([':', '*']) {
            paths
                .iter()
                .any(|p| p.starts_with(prefix) && p.len() > prefix.len())
        } else {
            paths.contains(&pattern.to_string())
        };
        assert!(
            has_page,
            "route pattern `{pattern}` has no page in routes::all_paths"
        );
    }
}

#[test]
fn seo_tags_sitemap_and_robots() {
    use cop_explorer::site::seo::{
        head_tags, robots_txt, sitemap_paths, sitemap_xml, title_and_description, SiteUrl,
    };
    assert!(SiteUrl::parse("example.org").is_err());
    assert!(SiteUrl::parse("https://example.org/?x").is_err());
    let site = SiteUrl::parse("https://example.org/cop").unwrap();
    assert_eq!(site.as_str(), "https://example.org/cop/");
    assert_eq!(site.canonical("/"), "https://example.org/cop/");
    assert_eq!(
        site.canonical("/risks/contact"),
        "https://example.org/cop/risks/contact/"
    );

    let page = "<head><meta name=\"description\" content=\"Say &quot;hi&quot; &amp; more\"><title>A &amp; B – COP Explorer</title></head>";
    let (title, description) = title_and_description(page);
    assert_eq!(title, "A & B – COP Explorer");
    assert_eq!(description, "Say \"hi\" & more");
    let tags = head_tags(Some(&site), "/risks", &title, &description);
    assert!(
        tags.contains("<link rel=\"canonical\" href=\"https://example.org/cop/risks/\">"),
        "{tags}"
    );
    assert!(
        tags.contains("og:title\" content=\"A &amp; B – COP Explorer\""),
        "{tags}"
    );
    assert!(!head_tags(None, "/risks", "t", "d").contains("canonical"));

    let c = content();
    let paths = routes::all_paths(&c);
    let listed = sitemap_paths(&paths);
    assert_eq!(
        listed.len(),
        paths.len() - 1,
        "every route but search results"
    );
    let xml = sitemap_xml(&site, &listed, &["en", "ar"]);
    for path in &listed {
        assert!(
            xml.contains(&format!("<loc>{}</loc>", site.canonical(path))),
            "{path} in sitemap"
        );
        assert!(
            xml.contains(&format!(
                "<loc>{}</loc>",
                site.for_locale("ar").canonical(path)
            )),
            "{path} in Arabic in sitemap"
        );
    }
    assert!(xml.contains(
        "<xhtml:link rel=\"alternate\" hreflang=\"ar\" href=\"https://example.org/cop/ar/risks/contact/\"/>"
    ));
    assert!(robots_txt(Some(&site)).contains("Sitemap: https://example.org/cop/sitemap.xml"));
    assert!(!robots_txt(None).contains("Sitemap"));
}

#[test]
fn every_page_links_its_translations_with_english_as_default() {
    use cop_explorer::site::seo::{alternates, hreflang_links, SiteUrl};
    let site = SiteUrl::parse("https://example.org/cop").unwrap();
    let versions = alternates(Some(&site), "/cop/", &["en", "fr"], "/risks/contact");
    assert_eq!(
        versions,
        [
            (
                "en".to_string(),
                "https://example.org/cop/risks/contact/".to_string()
            ),
            (
                "fr".to_string(),
                "https://example.org/cop/fr/risks/contact/".to_string()
            ),
        ]
    );
    let tags = hreflang_links(&versions);
    assert!(tags.contains("hreflang=\"x-default\" href=\"https://example.org/cop/risks/contact/\""));
    assert!(tags.contains("hreflang=\"fr\" href=\"https://example.org/cop/fr/risks/contact/\""));
    // Without a public address: paths under the base.
    let relative = alternates(None, "/cop/", &["en", "ar"], "/");
    assert_eq!(relative[0].1, "/cop/");
    assert_eq!(relative[1].1, "/cop/ar/");
    let at_root = alternates(None, "/", &["en", "zh"], "/meeting");
    assert_eq!(at_root[0].1, "/meeting/");
    assert_eq!(at_root[1].1, "/zh/meeting/");
}

#[test]
fn query_values_are_decoded_and_never_fail() {
    use cop_explorer::browser::islands::url_query::{query_pairs, query_value};
    assert_eq!(
        query_value("?cell=contact-sexual", "cell").as_deref(),
        Some("contact-sexual")
    );
    assert_eq!(
        query_value("kind=ngo&q=safer+internet", "q").as_deref(),
        Some("safer internet")
    );
    assert_eq!(
        query_value("q=caf%C3%A9%20&x=1", "q").as_deref(),
        Some("café ")
    );
    assert_eq!(
        query_value("q=%3Cscript%3E", "q").as_deref(),
        Some("<script>")
    );
    // Broken escapes stay as they are, instead of failing.
    assert_eq!(query_value("q=100%&r=%zz", "q").as_deref(), Some("100%"));
    assert_eq!(query_value("q=100%&r=%zz", "r").as_deref(), Some("%zz"));
    assert_eq!(query_value("q=%E2%82", "q").as_deref(), Some("\u{fffd}"));
    assert_eq!(
        query_value("a=1&a=2", "a").as_deref(),
        Some("1"),
        "the first wins"
    );
    assert_eq!(query_value("", "a"), None);
    assert_eq!(query_value("flag", "flag").as_deref(), Some(""));
    assert_eq!(
        query_pairs("widget=risk%2Fcontact&theme=dark"),
        vec![
            ("widget".into(), "risk/contact".into()),
            ("theme".into(), "dark".into())
        ]
    );
}

#[test]
fn latin_titles_are_told_apart_from_other_scripts() {
    use cop_explorer::site::components::bidi::is_latin_script;
    assert!(is_latin_script(
        "The 4Cs: Classifying Online Risk to Children"
    ));
    assert!(is_latin_script("Guía: Día de Internet Segura"));
    assert!(!is_latin_script(
        "المبادئ التوجيهية لحماية الأطفال على الإنترنت"
    ));
    assert!(
        !is_latin_script("The 4Cs (الفئات الأربع)"),
        "mixed text is left alone"
    );
    assert!(!is_latin_script("2021"), "no letters, nothing to isolate");
}

#[test]
fn the_pages_whose_islands_are_saved_for_offline_use_are_saved_themselves() {
    let saved = routes::offline_pages();
    let with_islands = routes::offline_island_pages();
    assert_eq!(with_islands.len(), 5, "{with_islands:?}");
    for page in &with_islands {
        assert!(saved.contains(page), "{page} is saved for offline use");
    }
    assert!(with_islands.contains(&"/risks".to_string()));
    assert!(with_islands.contains(&"/risks/contact".to_string()));
}

/// The plan builder reads its catalog from the page with the browser's JSON
/// (src/browser/islands/plan_storage.rs): these are the names and shapes it reads.
#[test]
fn the_plan_catalog_in_the_page_has_the_shape_the_builder_reads() {
    use cop_explorer::shared::content::AgeBand;
    use cop_explorer::shared::content::Side;
    use cop_explorer::shared::plan::{PlanCatalog, StartNotice};
    let mut c = content();
    c.plan.suggestions[0].link_label = "Read more: the guide".into();
    let catalog = PlanCatalog {
        title: c.plan.title.clone(),
        groups: c.plan.groups.clone(),
        suggestions: c.plan.suggestions.clone(),
        bands: AgeBand::ALL
            .into_iter()
            .map(|b| (b, b.slug().to_string()))
            .collect(),
        notices: StartNotice::ALL
            .into_iter()
            .map(|n| (n.slug().to_string(), format!("text of {}", n.slug())))
            .collect(),
    };
    let data: serde_json::Value = serde_json::from_str(&catalog.to_page_data()).unwrap();
    assert_eq!(data["title"], c.plan.title.as_str());
    assert_eq!(data["groups"][0]["id"], c.plan.groups[0].id.as_str());
    assert_eq!(data["groups"][0]["title"], c.plan.groups[0].title.as_str());
    let first = &c.plan.suggestions[0];
    let read = &data["suggestions"][0];
    for (key, value) in [
        ("id", &first.id),
        ("group", &first.group),
        ("text", &first.text),
        ("why", &first.why),
        ("link", &first.link),
        ("link_label", &first.link_label),
    ] {
        assert_eq!(read[key], value.as_str(), "{key}");
    }
    assert_eq!(
        Side::from_slug(read["side"].as_str().unwrap()),
        Some(first.side)
    );
    let bands: Vec<AgeBand> = read["bands"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| AgeBand::from_slug(b.as_str().unwrap()).unwrap())
        .collect();
    assert_eq!(bands, first.bands);
    assert!(read.get("cite").is_none(), "citations stay on the page");
    assert_eq!(data["bands"][1], serde_json::json!(["9-12", "9-12"]));
    assert_eq!(
        data["notices"][3],
        serde_json::json!(["suggestions-added", "text of suggestions-added"])
    );
    assert_eq!(
        catalog.notice_text(StartNotice::SuggestionsAdded),
        "text of suggestions-added"
    );
}
