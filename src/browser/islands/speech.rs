//! Reading aloud with the browser's own voices (`speechSynthesis`): offered
//! only when one speaks the page's language; nothing leaves the browser.

use wasm_bindgen::prelude::*;
use web_sys::{Element, SpeechSynthesis, SpeechSynthesisUtterance, SpeechSynthesisVoice};

use crate::browser::islands::dom;
use crate::shared::i18n::t;

fn synth() -> Option<SpeechSynthesis> {
    web_sys::window()?.speech_synthesis().ok()
}

fn page_lang() -> String {
    leptos::prelude::document()
        .document_element()
        .map(|e| e.get_attribute("lang").unwrap_or_default())
        .unwrap_or_default()
}

/// A voice for the page's language ("zh" takes "zh-CN"), if any.
fn voice() -> Option<SpeechSynthesisVoice> {
    let lang = page_lang();
    let prefix = lang
        .split('-')
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    synth()?
        .get_voices()
        .iter()
        .map(|v| v.unchecked_into::<SpeechSynthesisVoice>())
        .find(|v| {
            let l = v.lang().to_ascii_lowercase().replace('_', "-");
            !prefix.is_empty() && (l == prefix || l.starts_with(&format!("{prefix}-")))
        })
}

/// Shows the button now, or when the browser's voices arrive.
pub fn offer(root: &Element) {
    let buttons = dom::all(root, "[data-read-aloud]");
    if buttons.is_empty() {
        return;
    }
    let reveal = move || {
        let has = voice().is_some();
        for b in &buttons {
            dom::set_hidden(b, !has);
        }
    };
    reveal();
    if let Some(s) = synth() {
        let listener = Closure::<dyn Fn()>::new(reveal);
        let _ =
            s.add_event_listener_with_callback("voiceschanged", listener.as_ref().unchecked_ref());
        listener.forget();
    }
}

pub fn stop() {
    if let Some(s) = synth() {
        s.cancel();
    }
}

/// Reads the scene showing (its `[data-read]` parts), or stops.
pub fn toggle(root: &Element, button: &Element) {
    let Some(s) = synth() else { return };
    let set_label = |el: &Element, speaking: bool| {
        el.set_text_content(Some(if speaking {
            t!(together.stop_reading)
        } else {
            t!(together.read_aloud)
        }));
    };
    if s.speaking() {
        s.cancel();
        set_label(button, false);
        return;
    }
    let step = dom::all(root, "[data-deck] > [data-step]")
        .into_iter()
        .find(|st| !st.has_attribute("hidden"));
    let Some(step) = step else { return };
    let text: Vec<String> = dom::all(&step, "[data-read]")
        .iter()
        .filter_map(|el| el.text_content())
        .collect();
    let Ok(utterance) = SpeechSynthesisUtterance::new_with_text(&text.join(" \n")) else {
        return;
    };
    utterance.set_lang(&page_lang());
    // Only a voice the browser made (a page script could offer others).
    if let Some(v) = voice().filter(|v| v.is_instance_of::<SpeechSynthesisVoice>()) {
        utterance.set_voice(Some(&v));
    }
    let done_button = button.clone();
    let on_end = Closure::<dyn Fn()>::new(move || {
        done_button.set_text_content(Some(t!(together.read_aloud)));
    });
    utterance.set_onend(Some(on_end.as_ref().unchecked_ref()));
    on_end.forget();
    set_label(button, true);
    s.speak(&utterance);
}
