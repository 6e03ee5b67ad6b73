//! Languages: the published ones (the six UN languages, and any a partner
//! adds), which one is being rendered, and the pure logic around them
//! (addresses per locale, the locales a build publishes).
//!
//! One build serves every locale: the `cop-explorer-i18n` macros compile
//! each interface string in every language and pick the one of
//! `current()`. Pages live under `/<code>/` (English at the root).

pub use cop_explorer_i18n::{t, t_parts, view};

/// A language the site is published in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Locale {
    /// BCP 47 code, also the path prefix (`/fr/...`).
    pub code: &'static str,
    /// The language's name in itself, for the switcher.
    pub name: &'static str,
    pub dir: TextDirection,
    /// The tag for the browser's Intl (dates, numbers): "en-GB", since the
    /// site writes British English.
    pub intl: &'static str,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextDirection {
    Ltr,
    Rtl,
}

impl TextDirection {
    pub fn as_str(self) -> &'static str {
        match self {
            TextDirection::Ltr => "ltr",
            TextDirection::Rtl => "rtl",
        }
    }
}

// `pub const LOCALES: [Locale; N]`: every published language, English
// first, written by build.rs from locales/languages.json (the one list;
// scripts/add-language.sh adds to it).
include!(concat!(env!("OUT_DIR"), "/locales.rs"));

pub const REFERENCE: &str = "en";

/// Where the language switcher remembers a visitor's choice (also read by
/// src/site/hosting/choose_locale.js at the site root).
pub const STORAGE_KEY: &str = "cop-explorer-locale";

/// The language of the page being rendered.
///
/// In the browser it is the page's own `<html lang>`: the prerenderer wrote
/// it, and it never changes while the page lives, so nothing keeps a copy.
#[cfg(feature = "hydrate")]
pub fn current() -> Locale {
    leptos::prelude::document()
        .document_element()
        .and_then(|html| html.get_attribute("lang"))
        .and_then(|code| by_code(&code))
        .unwrap_or(LOCALES[0])
}

/// The language of the page being rendered: natively, the one that
/// `render_in` is rendering (English outside it, as in most tests).
#[cfg(not(feature = "hydrate"))]
pub fn current() -> Locale {
    RENDERING.with(std::cell::Cell::get)
}

#[cfg(not(feature = "hydrate"))]
thread_local! {
    // Per thread: tests that render different languages run side by side.
    static RENDERING: std::cell::Cell<Locale> = const { std::cell::Cell::new(LOCALES[0]) };
}

/// Runs `render` with `locale` as `current()` (natively: the prerenderer
/// and tests), and restores the previous locale afterwards, even on panic.
#[cfg(not(feature = "hydrate"))]
pub fn render_in<T>(locale: Locale, render: impl FnOnce() -> T) -> T {
    struct Restore(Locale);
    impl Drop for Restore {
        fn drop(&mut self) {
            RENDERING.with(|cell| cell.set(self.0));
        }
    }
    let _restore = Restore(RENDERING.with(|cell| cell.replace(locale)));
    render()
}

/// The locales this build of the site publishes, in the site's order:
/// `COP_LOCALES` (scripts/build.sh sets it for the prerenderer), all of
/// them when unset.
pub fn published() -> Vec<Locale> {
    published_from(&std::env::var("COP_LOCALES").unwrap_or_default())
}

/// `published` for a list of codes separated by spaces or commas ("" means all).
pub fn published_from(list: &str) -> Vec<Locale> {
    let codes: Vec<&str> = listed_codes(list).collect();
    LOCALES
        .into_iter()
        .filter(|l| codes.is_empty() || codes.contains(&l.code))
        .collect()
}

/// The codes of a `COP_LOCALES` list ("en ar", "en,ar", "en, ar").
pub fn listed_codes(list: &str) -> impl Iterator<Item = &str> {
    list.split(|c: char| c.is_whitespace() || c == ',')
        .filter(|code| !code.is_empty())
}

pub fn by_code(code: &str) -> Option<Locale> {
    LOCALES.into_iter().find(|l| l.code == code)
}

/// The path prefix of a locale's pages: "" for English, "/fr" for French.
pub fn prefix(code: &str) -> String {
    if code == REFERENCE {
        String::new()
    } else {
        format!("/{code}")
    }
}

/// The site's root base ("/cop") from this build's router base ("/cop/fr").
pub fn root_base(router_base: &str, code: &str) -> String {
    router_base
        .strip_suffix(&prefix(code))
        .unwrap_or(router_base)
        .to_string()
}

/// The address of a site path ("/risks/contact") in a locale, under the
/// site's root base: "/cop/fr/risks/contact", "/cop/fr/" for the home page.
pub fn localized_path(root_base: &str, code: &str, path: &str) -> String {
    let path = if path.is_empty() { "/" } else { path };
    format!("{root_base}{}{path}", prefix(code))
}

/// The folder form of `localized_path` ("/cop/fr/risks/contact/"), the
/// address a static host serves a prerendered page at without a redirect.
pub fn localized_folder(root_base: &str, code: &str, path: &str) -> String {
    let address = localized_path(root_base, code, path);
    if address.ends_with('/') {
        address
    } else {
        format!("{address}/")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_lives_at_the_root_and_others_under_their_code() {
        assert_eq!(localized_path("", "en", "/"), "/");
        assert_eq!(localized_path("", "fr", "/"), "/fr/");
        assert_eq!(
            localized_path("/cop", "ar", "/risks/contact"),
            "/cop/ar/risks/contact"
        );
        assert_eq!(localized_path("/cop", "en", ""), "/cop/");
    }

    #[test]
    fn folder_addresses_end_with_a_slash() {
        assert_eq!(
            localized_folder("/cop", "fr", "/risks/contact"),
            "/cop/fr/risks/contact/"
        );
        assert_eq!(localized_folder("", "en", "/"), "/");
        assert_eq!(localized_folder("", "ar", "/"), "/ar/");
    }

    #[test]
    fn root_base_drops_the_locale_prefix() {
        assert_eq!(root_base("/cop/fr", "fr"), "/cop");
        assert_eq!(root_base("/fr", "fr"), "");
        assert_eq!(root_base("/cop", "en"), "/cop");
    }

    #[test]
    fn a_build_publishes_the_listed_locales_in_site_order() {
        let codes = |list| {
            published_from(list)
                .iter()
                .map(|l| l.code)
                .collect::<Vec<_>>()
        };
        assert_eq!(codes("ar en"), ["en", "ar"]);
        assert_eq!(codes("en,ar"), ["en", "ar"], "commas too");
        assert_eq!(codes(" zh , en "), ["en", "zh"]);
        assert_eq!(codes("").len(), LOCALES.len());
    }

    #[test]
    fn strings_follow_the_locale_being_rendered() {
        let arabic = by_code("ar").unwrap();
        assert_eq!(current().code, "en");
        let inside = render_in(arabic, || (current().code, t!(common.offline_home)));
        assert_eq!(inside.0, "ar");
        assert_ne!(
            inside.1,
            t!(common.offline_home),
            "the Arabic text differs from the English"
        );
        assert_eq!(current().code, "en", "render_in restores the locale");
        let formatted = render_in(arabic, || {
            t!(common.date_long, day = 26, month = "x", year = 2021)
        });
        assert!(
            formatted.contains("26") && formatted.contains("2021"),
            "{formatted}"
        );
    }

    #[test]
    fn only_arabic_is_right_to_left() {
        let rtl: Vec<_> = LOCALES
            .iter()
            .filter(|l| l.dir == TextDirection::Rtl)
            .map(|l| l.code)
            .collect();
        assert_eq!(rtl, ["ar"]);
    }
}
