//! `/together/under-9`: a story in scenes, each with a picture, one
//! sentence, a question and two choices whose answers open in place.

use leptos::prelude::*;

use super::parts::{DeckNav, HelpSection, LiveTools, PathHeader};
use crate::browser::islands::together::TogetherActivities;
use crate::shared::content::together_model::Scene;
use crate::shared::i18n::view;
use crate::site::components::bidi::prose;
use crate::site::components::list_items::list_items;
use crate::site::components::picture::Picture;
use crate::site::components::together_sources::TogetherSources;
use crate::site::use_content;

/// The series the island steps through, scene by scene.
pub const STORY_DECK: &str = "story";

#[component]
pub fn StoryPage() -> impl IntoView {
    let path = use_content().together.paths.under_9.clone();
    let story = path.story.clone();
    let total = story.scenes.len();
    let scenes = story
        .scenes
        .iter()
        .enumerate()
        .map(|(n, scene)| view! { <SceneView scene=scene.clone() n=n + 1 total/> })
        .collect_view();
    view! {
        <div class="page together-path together-path--under-9" data-together-path="under-9">
            <PathHeader
                title=path.title.clone()
                description=path.description.clone()
                adults_heading=path.for_grown_ups_heading.clone()
                adults=path.for_grown_ups.clone()
                adults_source=path.for_grown_ups_source.clone()
            />
            <TogetherActivities>
                <h2 id="story-h">{story.title.clone()}</h2>
                <p class="together-story__intro">{prose(story.intro.clone())}</p>
                <LiveTools read_aloud=true/>
                <ol class="scenes" data-deck=STORY_DECK aria-labelledby="story-h">
                    {scenes}
                    <li class="scene scene--end" id="story-end" data-step="">
                        <h3>{t!(together.story_end)}</h3>
                        <p class="scene__story" data-read="">{prose(story.outro.clone())}</p>
                        <h4>{story.talk_after_heading.clone()}</h4>
                        <ul>{list_items(&story.talk_after)}</ul>
                        <TogetherSources sources=story.talk_after_source.clone()/>
                    </li>
                </ol>
                <DeckNav deck=STORY_DECK/>
            </TogetherActivities>
            <HelpSection help=path.help.clone()/>
        </div>
    }
}

/// One scene: picture, sentence, question, and each choice as a disclosure
/// holding its answer and the story's ending line. The two disclosures
/// share a `name`, so opening one closes the other.
#[component]
fn SceneView(scene: Scene, n: usize, total: usize) -> impl IntoView {
    let heading_id = format!("scene-{}-h", scene.id);
    let group = format!("scene-{}", scene.id);
    let choices = scene
        .choices
        .iter()
        .map(|choice| {
            view! {
                <details class="together-choice" name=group.clone() data-choice=choice.id.clone() data-better=choice.better.then_some("")>
                    <summary data-read="">{choice.text.clone()}</summary>
                    <div class="together-choice__answer">
                        {choice.better.then(|| view! { <p class="together-choice__badge">{t!(together.better_choice)}</p> })}
                        <p>{prose(choice.answer.clone())}</p>
                        <p class="together-choice__ending">{prose(scene.ending.clone())}</p>
                    </div>
                </details>
            }
        })
        .collect_view();
    view! {
        <li class="scene" id=format!("scene-{}", scene.id) data-step="" data-question=scene.id.clone() aria-labelledby=heading_id.clone()>
            <p class="scene__count">{t!(together.scene_of, n = n.to_string(), total = total.to_string())}</p>
            <h3 id=heading_id.clone() data-read="">{scene.title.clone()}</h3>
            <Picture name=format!("under-9-{}", scene.id) alt=scene.picture.alt.clone()/>
            <p class="scene__story" data-read="">{prose(scene.story.clone())}</p>
            <p class="scene__question" data-read="">{prose(scene.question.clone())}</p>
            <div class="choices">{choices}</div>
            <TogetherSources sources=scene.source.clone()/>
        </li>
    }
}
