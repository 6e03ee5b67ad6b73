//! `/together/9-12`: sort twelve cards into the four Cs, spot the warning
//! signs in a made-up chat, and check privacy settings together.

use leptos::prelude::*;

use super::parts::{DeckNav, HelpSection, LiveTools, PathHeader};
use crate::browser::islands::together::TogetherActivities;
use crate::shared::content::together_model::{CardSort, Chat, Checklist, SortCard, SortCategory};
use crate::shared::i18n::{t, view};
use crate::site::components::bidi::prose;
use crate::site::components::list_items::list_items;
use crate::site::components::risk_icon::RiskIcon;
use crate::site::components::together_sources::TogetherSources;
use crate::site::use_content;

/// The series the island steps through, card by card.
pub const CARD_DECK: &str = "cards";
/// A chat message's answer: the words the pick buttons carry.
const WARNING: &str = "warning";
const ORDINARY: &str = "ordinary";

#[component]
pub fn ActivitiesPage() -> impl IntoView {
    let path = use_content().together.paths.from_9_to_12.clone();
    view! {
        <div class="page together-path together-path--9-12" data-together-path="9-12">
            <PathHeader
                title=path.title.clone()
                description=path.description.clone()
                lead=path.intro.clone()
                adults_heading=path.for_adults_heading.clone()
                adults=path.for_adults.clone()
                adults_source=path.for_adults_source.clone()
            />
            <TogetherActivities>
                <LiveTools/>
                <SortActivity sort=path.sort.clone()/>
                <ChatActivity chat=path.chat.clone()/>
                <ChecklistActivity checklist=path.checklist.clone()/>
            </TogetherActivities>
            <HelpSection help=path.help.clone()/>
        </div>
    }
}

#[component]
fn SortActivity(sort: CardSort) -> impl IntoView {
    let boxes = sort
        .categories
        .iter()
        .map(|c| {
            view! {
                <li class=format!("sort-box risk--{}", c.id.slug()) data-drop=c.id.slug()>
                    <p class="sort-box__name"><RiskIcon risk=c.id/> " " <strong>{c.name.clone()}</strong> {t!(together.label_separator)} {c.short.clone()}</p>
                    <p class="sort-box__text">{prose(c.text.clone())}</p>
                </li>
            }
        })
        .collect_view();
    let total = sort.cards.len();
    let cards = sort
        .cards
        .iter()
        .enumerate()
        .map(|(n, card)| view! { <SortCardView card=card.clone() categories=sort.categories.clone() n=n + 1 total/> })
        .collect_view();
    view! {
        <section id=sort.id.clone() class="together-activity" data-activity="sort" aria-labelledby="sort-h">
            <h2 id="sort-h">{sort.title.clone()}</h2>
            <p>{prose(sort.intro.clone())}</p>
            <ul class="sort-boxes">{boxes}</ul>
            <TogetherSources sources=sort.categories_source.clone()/>
            <p class="cite">{prose(sort.credit.clone())}</p>
            <TogetherSources sources=sort.credit_source.clone()/>
            <ol class="sort-cards" data-deck=CARD_DECK>{cards}</ol>
            <DeckNav deck=CARD_DECK/>
            <p class="together-progress" data-progress="" data-live-only="" hidden="" aria-live="polite"></p>
        </section>
    }
}

/// A card: its situation, a button per box (once live), and its box and
/// why, in a disclosure that stays closed until the card is placed.
#[component]
fn SortCardView(
    card: SortCard,
    categories: Vec<SortCategory>,
    n: usize,
    total: usize,
) -> impl IntoView {
    let right_name = categories
        .iter()
        .find(|c| c.id == card.category)
        .map(|c| c.name.clone())
        .unwrap_or_default();
    let buttons = categories
        .iter()
        .map(|c| {
            view! {
                <button type="button" class=format!("button pick risk--{}", c.id.slug()) data-pick=c.id.slug()>
                    {t!(together.sort_place_in, category = c.name.clone())}
                </button>
            }
        })
        .collect_view();
    view! {
        <li class="sort-card" data-step="" data-question=card.id.clone() data-answer=card.category.slug()>
            <p class="sort-card__count">{t!(together.sort_card_of, n = n.to_string(), total = total.to_string())}</p>
            <p class="sort-card__text">{prose(card.text.clone())}</p>
            <div class="pick-buttons" data-live-only="" hidden="">{buttons}</div>
            <p class="feedback feedback--right" data-feedback="right" hidden="">{t!(together.sort_same, category = right_name.clone())}</p>
            <p class="feedback feedback--other" data-feedback="wrong" hidden="">{t!(together.sort_other, category = right_name.clone())}</p>
            <details class="reveal" data-reveal="">
                <summary>{t!(together.show_answer)}</summary>
                <p><RiskIcon risk=card.category/> " " <strong>{right_name}</strong></p>
                <p>{prose(card.explanation.clone())}</p>
                <TogetherSources sources=card.source.clone()/>
            </details>
        </li>
    }
}

#[component]
fn ChatActivity(chat: Chat) -> impl IntoView {
    let name_of = |id: &str| {
        chat.participants
            .iter()
            .find(|p| p.id == id)
            .map(|p| p.name.clone())
            .unwrap_or_default()
    };
    // The child is the first participant: their messages sit on the other side.
    let child = chat
        .participants
        .first()
        .map(|p| p.id.clone())
        .unwrap_or_default();
    let messages = chat
        .messages
        .iter()
        .map(|m| {
            let answer = if m.warning { WARNING } else { ORDINARY };
            let label = if m.warning { t!(together.chat_label_warning) } else { t!(together.chat_label_ordinary) };
            let side = if m.from == child { "chat-msg--child" } else { "chat-msg--other" };
            view! {
                <li class=format!("chat-msg {side}") data-question=m.id.clone() data-answer=answer>
                    <p class="chat-msg__from">{name_of(&m.from)}</p>
                    <p class="chat-msg__text" dir="auto">{m.text.clone()}</p>
                    <div class="pick-buttons" data-live-only="" hidden="" role="group" aria-label=t!(together.chat_question)>
                        <button type="button" class="button pick" data-pick=WARNING>{t!(together.chat_answer_warning)}</button>
                        <button type="button" class="button pick" data-pick=ORDINARY>{t!(together.chat_answer_ordinary)}</button>
                    </div>
                    <details class="reveal" data-reveal="">
                        <summary>{t!(together.chat_question)}</summary>
                        <p><strong>{label}</strong></p>
                        <p>{prose(m.explanation.clone())}</p>
                        <TogetherSources sources=m.source.clone()/>
                    </details>
                </li>
            }
        })
        .collect_view();
    view! {
        <section id=chat.id.clone() class="together-activity" data-activity="chat" aria-labelledby="chat-h">
            <h2 id="chat-h">{chat.title.clone()}</h2>
            <p>{prose(chat.intro.clone())}</p>
            <ol class="chat" aria-label=t!(together.chat_made_up)>{messages}</ol>
            <p class="together-progress" data-progress="" data-live-only="" hidden="" aria-live="polite"></p>
            <h3>{chat.what_to_do_heading.clone()}</h3>
            <ul>{list_items(&chat.what_to_do)}</ul>
            <TogetherSources sources=chat.what_to_do_source.clone()/>
            <p class="highlight">{prose(chat.not_your_fault.clone())}</p>
            <TogetherSources sources=chat.not_your_fault_source.clone()/>
        </section>
    }
}

#[component]
fn ChecklistActivity(checklist: Checklist) -> impl IntoView {
    let items = checklist
        .items
        .iter()
        .map(|item| {
            let input_id = format!("tick-{}", item.id);
            view! {
                <li class="together-check">
                    <input type="checkbox" id=input_id.clone() data-tick=item.id.clone()/>
                    <label for=input_id>{prose(item.text.clone())}</label>
                    <p class="together-check__why">{prose(item.why.clone())}</p>
                    <TogetherSources sources=item.source.clone()/>
                </li>
            }
        })
        .collect_view();
    view! {
        <section id=checklist.id.clone() class="together-activity" data-activity="checklist" aria-labelledby="checklist-h">
            <h2 id="checklist-h">{checklist.title.clone()}</h2>
            <p>{prose(checklist.intro.clone())}</p>
            <ul class="together-checklist">{items}</ul>
            <div data-live-only="" hidden="">
                <p class="together-progress" data-progress="" aria-live="polite"></p>
                <p class="cite">{t!(together.checklist_stays_here)}</p>
            </div>
        </section>
    }
}
