//! The site header: name, main navigation, and a menu button on phones.

use crate::components::link::Link;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::components::{
    language_switcher::LanguageSwitcher, search_box::SearchBox, skip_link::SkipLink,
};
use crate::i18n::{t, view};
use crate::routes;

/// Main navigation entries: (label in a locale, path, match the path exactly).
type NavEntry = (&'static str, &'static str, bool);
const NAV: [NavEntry; 5] = [
    (t!(common.nav_home), routes::HOME, true),
    (t!(common.nav_meeting), routes::MEETING, false),
    (t!(common.nav_risks), routes::RISKS, false),
    (t!(common.nav_partners), routes::PARTNERS, false),
    (t!(common.nav_guidance), routes::GUIDANCE, false),
];

#[component]
pub fn SiteHeader() -> impl IntoView {
    let (menu_open, set_menu_open) = signal(false);
    // Close the phone menu after every navigation.
    let location = use_location();
    Effect::new(move |_| {
        location.pathname.track();
        set_menu_open.set(false);
    });

    view! {
        <header class="site-header">
            // First in the banner landmark, so it is the first thing Tab reaches.
            <SkipLink/>
            <LanguageSwitcher/>
            <div class="site-header__inner">
                <Link href="/" class="site-name">
                    <span class="site-name__mark" aria-hidden="true">{t!(common.site_mark)}</span>
                    <span>{t!(common.site_name)}</span>
                </Link>
                <SearchBox/>
                <button
                    type="button"
                    class="menu-button"
                    aria-controls="site-nav"
                    aria-expanded=move || menu_open.get().to_string()
                    on:click=move |_| set_menu_open.update(|open| *open = !*open)
                >
                    {t!(common.menu)}
                </button>
                <nav
                    id="site-nav"
                    class="site-nav"
                    class:site-nav--open=move || menu_open.get()
                    aria-label=t!(common.nav_label)
                >
                    <ul>
                        {NAV
                            .into_iter()
                            .map(|(label, path, exact)| {
                                view! { <li><Link href=path exact=exact>{label}</Link></li> }
                            })
                            .collect_view()}
                    </ul>
                </nav>
            </div>
        </header>
    }
}
