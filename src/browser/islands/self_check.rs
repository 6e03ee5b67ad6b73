//! The self-check for one risk category, an island: its questions come as
//! props. Answers are kept only in this browser (localStorage) and can be
//! forgotten with one button; stored answers that do not fit (old versions,
//! edits) are dropped, never an error.

use leptos::prelude::*;

use crate::browser::islands::dom;
use crate::browser::islands::live::{local_number, use_live};
use crate::browser::storage;
use crate::shared::content::{QuizQuestion, RiskId};
use crate::shared::i18n::{t, view};
use crate::shared::quiz::{storage_key, QuizAnswers};

#[cfg_attr(wasm_island = "self-check", island)]
#[cfg_attr(not(wasm_island = "self-check"), component)]
pub fn SelfCheck(risk: RiskId, questions: Vec<QuizQuestion>) -> impl IntoView {
    let key = storage_key(risk);
    // Start empty, as the prerendered page does; stored answers load once
    // the page is live (effects run only in the browser).
    let answers = RwSignal::new(QuizAnswers::default());
    let questions = StoredValue::new(questions);
    let load_key = key.clone();
    Effect::new(move |_| {
        let stored = storage::read(&load_key);
        answers.set(questions.with_value(|qs| QuizAnswers::from_storage(stored.as_deref(), qs)));
    });

    let save_key = key.clone();
    let choose = move |question: QuizQuestion, option: usize| {
        answers.update(|a| a.answer(&question, option));
        storage::write(&save_key, &answers.get_untracked().to_storage());
    };
    let forget = move |_: leptos::ev::MouseEvent| {
        storage::remove(&key);
        answers.set(QuizAnswers::default());
    };
    let live = use_live();
    let progress = move || {
        let score = questions.with_value(|qs| answers.get().score(qs));
        let format = |n| local_number(n, live.get());
        let (answered, best, total) = (
            format(score.answered),
            format(score.best),
            format(score.total),
        );
        if score.answered == 0 {
            t!(risks.quiz_progress_start, total = total).into_any()
        } else if score.is_complete() {
            t!(risks.quiz_progress_done, best = best, total = total).into_any()
        } else {
            t!(
                risks.quiz_progress_partial,
                answered = answered,
                total = total
            )
            .into_any()
        }
    };
    // The self-check needs script: it exists only once the island is live
    // (the page says so without script). It sits at the end of the guide.
    move || {
        live.get().then(|| {
            let items = questions
                .get_value()
                .into_iter()
                .enumerate()
                .map(|(n, q)| view! { <QuizItem number=n + 1 question=q answers choose=choose.clone()/> })
                .collect_view();
            view! {
                <div class="quiz" data-risk=risk.slug()>
                    <p class="quiz__progress" role="status">{progress}</p>
                    <ol class="quiz__list">{items}</ol>
                    <p>
                        <button type="button" class="button button--secondary" on:click=forget.clone()
                            disabled=move || answers.get().is_empty()>
                            {t!(risks.quiz_forget)}
                        </button>
                    </p>
                </div>
            }
        })
    }
}

/// Brings the element with `id` into view once it has content (the answer's
/// feedback is drawn a moment after the answer, later on a busy phone),
/// trying for up to `frames` animation frames.
fn reveal_when_drawn(id: String, frames: u8) {
    request_animation_frame(move || {
        let drawn = document()
            .get_element_by_id(&id)
            .is_some_and(|el| el.child_element_count() > 0);
        if drawn || frames == 0 {
            dom::reveal_by_id(&id);
        } else {
            reveal_when_drawn(id, frames - 1);
        }
    });
}

#[component]
fn QuizItem<F>(
    number: usize,
    question: QuizQuestion,
    answers: RwSignal<QuizAnswers>,
    choose: F,
) -> impl IntoView
where
    F: Fn(QuizQuestion, usize) + Clone + Send + Sync + 'static,
{
    let qid = question.id.clone();
    let chosen = Memo::new(move |_| answers.get().chosen(&qid));
    let name = format!("quiz-{}", question.id);
    let feedback_id = format!("{name}-feedback");
    let options = question
        .options
        .iter()
        .enumerate()
        .map(|(i, option)| {
            let id = format!("{name}-{i}");
            let q = question.clone();
            let choose = choose.clone();
            let feedback_id = feedback_id.clone();
            view! {
                <div class="quiz__option">
                    <input
                        type="radio"
                        id=id.clone()
                        name=name.clone()
                        value=i.to_string()
                        prop:checked=move || chosen.get() == Some(i)
                        on:change=move |_| {
                            choose(q.clone(), i);
                            // On a phone the feedback appears below the
                            // screen: bring it into view once drawn.
                            reveal_when_drawn(feedback_id.clone(), 10);
                        }
                    />
                    <label for=id>{option.text.clone()}</label>
                </div>
            }
        })
        .collect_view();
    let feedback = {
        let question = question.clone();
        move || {
            chosen.get().and_then(|i| question.options.get(i)).map(|o| {
                let verdict = if o.best {
                    t!(risks.quiz_verdict_best)
                } else {
                    t!(risks.quiz_verdict_other)
                };
                view! {
                    <div class=if o.best { "quiz__feedback quiz__feedback--best" } else { "quiz__feedback" }>
                        <p><strong>{verdict}</strong>{o.feedback.clone()}</p>
                        <p>{question.explanation.clone()}</p>
                    </div>
                }
            })
        }
    };
    view! {
        <li class="quiz__item">
            <fieldset>
                <legend>
                    <span class="quiz__number">{t!(risks.quiz_question_number, number = number)}</span>
                    {question.scenario.clone()}
                </legend>
                {options}
            </fieldset>
            <div aria-live="polite" id=feedback_id>{feedback}</div>
        </li>
    }
}
