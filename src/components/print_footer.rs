//! A footer that appears only on paper: where the sheet came from.

use leptos::prelude::*;

#[component]
pub fn PrintFooter() -> impl IntoView {
    // The address of this very page, read when the sheet is rendered.
    let url = window().location().href().unwrap_or_default();
    view! {
        <p class="print-only print-footer">
            "Printed from COP Explorer: " {url}
            ". Sources: CO:RE 4Cs (Livingstone & Stoilova, 2021, CC BY 4.0); ITU Guidelines on Child Online Protection (2020)."
        </p>
    }
}
