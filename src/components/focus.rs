//! After a client-side navigation, move focus to the new page's heading so
//! screen-reader and keyboard users start at the new content, as they would
//! after a full page load. In-page links (with a `#fragment`) are left alone.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// The id every page gives its `h1` (see `PageHeading`).
pub const PAGE_HEADING_ID: &str = "page-heading";

#[component]
pub fn FocusOnNavigate() -> impl IntoView {
    let location = use_location();
    Effect::new(move |previous: Option<String>| {
        // "/risks/" (as a static host serves it) and "/risks" are one page.
        let path = location.pathname.get().trim_end_matches('/').to_string();
        let first_render = previous.is_none();
        let has_fragment = !location.hash.get_untracked().is_empty();
        if !first_render && !has_fragment && previous.as_deref() != Some(path.as_str()) {
            // Wait a frame so the new route's view is in the document.
            request_animation_frame(|| {
                if let Some(heading) = document().get_element_by_id(PAGE_HEADING_ID) {
                    use wasm_bindgen::JsCast;
                    if let Ok(heading) = heading.dyn_into::<web_sys::HtmlElement>() {
                        let _ = heading.focus();
                    }
                }
            });
        }
        path
    });
}

/// The page's main heading, focusable by script only.
#[component]
pub fn PageHeading(children: Children) -> impl IntoView {
    view! { <h1 id=PAGE_HEADING_ID tabindex="-1">{children()}</h1> }
}
