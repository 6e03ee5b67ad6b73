//! A simple icon per risk category, so that meaning never rests on colour
//! alone. Decorative: the category name is always shown beside it.

use leptos::prelude::*;

use crate::shared::content::RiskId;

#[component]
pub fn RiskIcon(risk: RiskId) -> impl IntoView {
    // Each path is drawn on a 24×24 grid with a 2px stroke.
    let d = match risk {
        // A screen with lines of text: what a child sees.
        RiskId::Content => "M3 4h18v13H3z M7 8h10 M7 12h6 M9 21h6 M12 17v4",
        // Two people: who a child meets.
        RiskId::Contact => "M8 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6z M16 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6z M2 20c0-3 3-5 6-5s6 2 6 5 M12 20c0-3 1-5 4-5s6 2 6 5",
        // Two speech bubbles: how children act with each other.
        RiskId::Conduct => "M3 4h12v8H8l-3 3v-3H3z M9 15v2h7l3 3v-3h2V9h-4",
        // A document with a signature line: what a child signs up to.
        RiskId::Contract => "M6 2h9l4 4v16H6z M15 2v4h4 M9 11h7 M9 15h7 M9 19h4",
    };
    view! {
        <svg class="risk-icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
            <path d=d fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>
        </svg>
    }
}
