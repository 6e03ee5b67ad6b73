//! `/together/13-18`: real-life choices and what might happen next, myth or
//! fact, and the rights that UN General Comment No. 25 sets out.

use leptos::prelude::*;

use super::parts::{HelpSection, LiveTools, PathHeader};
use crate::browser::islands::together::TogetherActivities;
use crate::shared::content::together_model::{Myth, Myths, Rights, Scenario, Scenarios, Verdict};
use crate::shared::i18n::{t, view};
use crate::site::components::bidi::prose;
use crate::site::components::together_sources::TogetherSources;
use crate::site::use_content;

#[component]
pub fn ChallengesPage() -> impl IntoView {
    let path = use_content().together.paths.from_13_to_18.clone();
    view! {
        <div class="page together-path together-path--13-18" data-together-path="13-18">
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
                <ScenariosActivity scenarios=path.scenarios.clone()/>
                <MythsActivity myths=path.myths.clone()/>
            </TogetherActivities>
            <RightsSection rights=path.rights.clone()/>
            <HelpSection help=path.help.clone()/>
        </div>
    }
}

#[component]
fn ScenariosActivity(scenarios: Scenarios) -> impl IntoView {
    let items = scenarios
        .items
        .iter()
        .map(|s| view! { <ScenarioView scenario=s.clone()/> })
        .collect_view();
    view! {
        <section id=scenarios.id.clone() class="together-activity" data-activity="scenarios" aria-labelledby="scenarios-h">
            <h2 id="scenarios-h">{scenarios.title.clone()}</h2>
            <p>{prose(scenarios.intro.clone())}</p>
            <ol class="scenarios">{items}</ol>
        </section>
    }
}

/// A situation and its choices; each choice opens on what might happen.
#[component]
fn ScenarioView(scenario: Scenario) -> impl IntoView {
    let group = format!("scenario-{}", scenario.id);
    let choices = scenario
        .choices
        .iter()
        .map(|choice| {
            view! {
                <details class="together-choice" name=group.clone() data-choice=choice.id.clone() data-better=choice.better.then_some("")>
                    <summary>{choice.text.clone()}</summary>
                    <div class="together-choice__answer">
                        <p class="together-choice__label">{t!(together.what_might_happen)}</p>
                        {choice.better.then(|| view! { <p class="together-choice__badge">{t!(together.better_choice)}</p> })}
                        <p>{prose(choice.consequence.clone())}</p>
                        <TogetherSources sources=choice.source.clone()/>
                    </div>
                </details>
            }
        })
        .collect_view();
    view! {
        <li class="scenario" id=group.clone() data-question=scenario.id.clone()>
            <p class="scenario__situation">{prose(scenario.situation.clone())}</p>
            <p class="scenario__question">{t!(together.what_would_you_do)}</p>
            <div class="choices">{choices}</div>
        </li>
    }
}

#[component]
fn MythsActivity(myths: Myths) -> impl IntoView {
    let items = myths
        .items
        .iter()
        .map(|m| view! { <MythView myth=m.clone() question=myths.title.clone()/> })
        .collect_view();
    view! {
        <section id=myths.id.clone() class="together-activity" data-activity="myths" aria-labelledby="myths-h">
            <h2 id="myths-h">{myths.title.clone()}</h2>
            <p>{prose(myths.intro.clone())}</p>
            <ol class="myths">{items}</ol>
        </section>
    }
}

#[component]
fn MythView(myth: Myth, question: String) -> impl IntoView {
    let (answer, verdict) = match myth.verdict {
        Verdict::Myth => ("myth", t!(together.myth)),
        Verdict::Fact => ("fact", t!(together.fact)),
    };
    view! {
        <li class="myth" data-question=myth.id.clone() data-answer=answer>
            <p class="myth__statement">{prose(myth.statement.clone())}</p>
            <div class="pick-buttons" data-live-only="" hidden="" role="group" aria-label=question>
                <button type="button" class="button pick" data-pick="myth">{t!(together.myth)}</button>
                <button type="button" class="button pick" data-pick="fact">{t!(together.fact)}</button>
            </div>
            <details class="reveal" data-reveal="">
                <summary>{t!(together.show_answer)}</summary>
                <p><strong>{verdict}</strong></p>
                <p>{prose(myth.reason.clone())}</p>
                <TogetherSources sources=myth.source.clone()/>
            </details>
        </li>
    }
}

#[component]
fn RightsSection(rights: Rights) -> impl IntoView {
    let items = rights
        .items
        .iter()
        .map(|r| {
            view! {
                <li class="right" id=format!("right-{}", r.id)>
                    <h3>{r.title.clone()}</h3>
                    <p>{prose(r.text.clone())}</p>
                    <TogetherSources sources=r.source.clone()/>
                </li>
            }
        })
        .collect_view();
    view! {
        <section id=rights.id.clone() aria-labelledby="rights-h">
            <h2 id="rights-h">{rights.title.clone()}</h2>
            <p>{prose(rights.intro.clone())}</p>
            <TogetherSources sources=rights.intro_source.clone()/>
            <ul class="rights">{items}</ul>
        </section>
    }
}
