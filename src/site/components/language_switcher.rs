//! Links to the current page in the other languages: plain links, each to
//! its language's folder. The start-up script remembers the choice for the
//! site root and keeps the query and section (`#...`) on the way.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::shared::base_path::{site_path, SiteBase};
use crate::shared::i18n::{self, view};

#[component]
pub fn LanguageSwitcher() -> impl IntoView {
    let base = use_context::<SiteBase>().unwrap_or_default().0;
    let current = i18n::current();
    let root = i18n::root_base(&base, current.code);
    let location = use_location();
    let links = i18n::published()
        .into_iter()
        .map(|locale| {
            let (base, root) = (base.clone(), root.clone());
            let content = crate::site::use_content();
            let href = {
                let path = site_path(&base, &location.pathname.get_untracked())
                    // The not-found page (any unknown address): the other home pages.
                    .filter(|path| crate::shared::routes::is_page(&content, path))
                    .unwrap_or_else(|| "/".into());
                i18n::localized_folder(&root, locale.code, &path)
            };
            let is_current = locale == current;
            view! {
                <li>
                    <a
                        href=href
                        hreflang=locale.code
                        lang=locale.code
                        rel="alternate external"
                        aria-current=is_current.then_some("true")
                        data-locale=locale.code
                    >
                        {locale.name}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="language-switcher" aria-label=t!(common.language_label)>
            <ul>{links}</ul>
        </nav>
    }
}
