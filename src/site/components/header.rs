//! The site header: name, search, and the main navigation, which folds
//! into a native disclosure ("Menu") on phones: no script needed.

use crate::site::components::link::{use_site_href, Link};
use leptos::prelude::*;

use crate::browser::islands::search::SearchBox;
use crate::shared::i18n::{t, view};
use crate::shared::routes;
use crate::site::components::{language_switcher::LanguageSwitcher, skip_link::SkipLink};
use crate::SearchIndexFile;

/// Main navigation entries: (label in the language being rendered, path,
/// match the path exactly).
type NavEntry = (&'static str, &'static str, bool);
fn nav() -> [NavEntry; 7] {
    [
        (t!(common.nav_home), routes::HOME, true),
        (t!(common.nav_meeting), routes::MEETING, false),
        (t!(common.nav_risks), routes::RISKS, false),
        (t!(common.nav_partners), routes::PARTNERS, false),
        (t!(common.nav_guidance), routes::GUIDANCE, false),
        (t!(common.nav_educators), routes::EDUCATORS, false),
        (t!(together.nav_together), routes::TOGETHER, false),
    ]
}

#[component]
pub fn SiteHeader() -> impl IntoView {
    let index_file = use_context::<SearchIndexFile>().unwrap_or_default().0;
    let index_url = use_site_href(&format!("/{index_file}"));

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
                <SearchBox index_url/>
                <details class="site-menu">
                <summary class="menu-button">{t!(common.menu)}</summary>
                <nav id="site-nav" class="site-nav" aria-label=t!(common.nav_label)>
                    <ul>
                        {nav()
                            .into_iter()
                            .map(|(label, path, exact)| {
                                view! { <li><Link href=path exact=exact>{label}</Link></li> }
                            })
                            .collect_view()}
                    </ul>
                </nav>
                </details>
            </div>
        </header>
    }
}
