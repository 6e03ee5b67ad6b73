//! The pictures drawn for this site (`content/pictures/*.svg`), inlined:
//! no request, no text inside, so one drawing serves every language. Its
//! words are the alt text, from the content of the page's language.

use leptos::prelude::*;

/// The drawing named `name` (its file name without ".svg").
pub fn picture_svg(name: &str) -> Option<&'static str> {
    macro_rules! pictures {
        ($($file:literal),* $(,)?) => {
            match name {
                $($file => Some(include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/content/pictures/", $file, ".svg"))),)*
                _ => None,
            }
        };
    }
    pictures!(
        "under-9-play-together",
        "under-9-screen-time",
        "under-9-something-upsetting",
        "under-9-stranger-message",
        "under-9-name-and-photo",
        "under-9-ask-before-buying",
        "path-under-9",
        "path-9-12",
        "path-13-18",
    )
}

/// A drawing as an image with `alt` as its name, or as decoration beside
/// text that says the same (`alt` None).
#[component]
pub fn Picture(
    #[prop(into)] name: String,
    #[prop(optional, into)] alt: Option<String>,
) -> impl IntoView {
    let svg = picture_svg(&name).unwrap_or_default();
    match alt {
        Some(alt) => {
            view! { <span class="picture" role="img" aria-label=alt inner_html=svg></span> }
                .into_any()
        }
        None => {
            view! { <span class="picture" aria-hidden="true" inner_html=svg></span> }.into_any()
        }
    }
}
