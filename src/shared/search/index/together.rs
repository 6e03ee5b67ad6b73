//! "Together" in the index: the hub, and each path section by section (a
//! scene, an activity, a right, the help box), with the answers the page
//! shows under each question. A section's title words are its own: the
//! path's title ("… un día en línea …") would lift every scene for "línea".

use super::Docs;
use crate::shared::content::together_model::{ActivitiesPath, ChallengesPath, HelpBox, StoryPath};
use crate::shared::content::{AgeBand, Content};
use crate::shared::routes;
use crate::shared::search::HitKind;

pub(super) fn add_docs(c: &Content, docs: &mut Docs) {
    let hub = &c.together.hub;
    let mut text = vec![hub.lead.clone()];
    text.extend(hub.who.iter().chain(&hub.how).cloned());
    text.extend([hub.about_ages.clone(), hub.about_guidelines.clone()]);
    section(docs, &hub.title, routes::TOGETHER.to_string(), &text);
    story(docs, &c.together.paths.under_9);
    activities(docs, &c.together.paths.from_9_to_12);
    challenges(docs, &c.together.paths.from_13_to_18);
}

/// One section of "Together" as a search result.
fn section(docs: &mut Docs, title: &str, path: String, text: &[String]) {
    docs.add(HitKind::Together, title.to_string(), path, "", text);
}

/// The text before a path's activities: its intro and the note for adults.
fn path_intro(docs: &mut Docs, band: AgeBand, title: &str, intro: &[String], adults: &[String]) {
    let text: Vec<String> = intro.iter().chain(adults).cloned().collect();
    section(docs, title, routes::together_path(band), &text);
}

fn story(docs: &mut Docs, path: &StoryPath) {
    let band = AgeBand::Under9;
    let at = |anchor: &str| format!("{}#{anchor}", routes::together_path(band));
    path_intro(docs, band, &path.title, &[], &path.for_grown_ups);
    let story = &path.story;
    section(
        docs,
        &story.title,
        at("story-h"),
        std::slice::from_ref(&story.intro),
    );
    for scene in &story.scenes {
        let mut text = vec![scene.story.clone(), scene.question.clone()];
        for choice in &scene.choices {
            text.extend([choice.text.clone(), choice.answer.clone()]);
        }
        text.push(scene.ending.clone());
        section(
            docs,
            &scene.title,
            at(&format!("scene-{}", scene.id)),
            &text,
        );
    }
    let mut end = vec![story.outro.clone()];
    end.extend(story.talk_after.iter().cloned());
    section(docs, &story.talk_after_heading, at("story-end"), &end);
    help(docs, band, &path.help, &path.title);
}

fn activities(docs: &mut Docs, path: &ActivitiesPath) {
    let band = AgeBand::From9To12;
    let at = |anchor: &str| format!("{}#{anchor}", routes::together_path(band));
    path_intro(
        docs,
        band,
        &path.title,
        std::slice::from_ref(&path.intro),
        &path.for_adults,
    );
    let mut sort = vec![path.sort.intro.clone()];
    for box_ in &path.sort.categories {
        sort.extend([box_.name.clone(), box_.short.clone(), box_.text.clone()]);
    }
    for card in &path.sort.cards {
        sort.extend([card.text.clone(), card.explanation.clone()]);
    }
    section(docs, &path.sort.title, at(&path.sort.id), &sort);
    let chat = &path.chat;
    let mut text = vec![chat.intro.clone()];
    for m in &chat.messages {
        text.extend([m.text.clone(), m.explanation.clone()]);
    }
    text.push(chat.what_to_do_heading.clone());
    text.extend(chat.what_to_do.iter().cloned());
    text.push(chat.not_your_fault.clone());
    section(docs, &chat.title, at(&chat.id), &text);
    let mut checklist = vec![path.checklist.intro.clone()];
    for item in &path.checklist.items {
        checklist.extend([item.text.clone(), item.why.clone()]);
    }
    section(
        docs,
        &path.checklist.title,
        at(&path.checklist.id),
        &checklist,
    );
    help(docs, band, &path.help, &path.title);
}

fn challenges(docs: &mut Docs, path: &ChallengesPath) {
    let band = AgeBand::From13To18;
    let at = |anchor: &str| format!("{}#{anchor}", routes::together_path(band));
    path_intro(
        docs,
        band,
        &path.title,
        std::slice::from_ref(&path.intro),
        &path.for_adults,
    );
    let mut scenarios = vec![path.scenarios.intro.clone()];
    for s in &path.scenarios.items {
        scenarios.push(s.situation.clone());
        for choice in &s.choices {
            scenarios.extend([choice.text.clone(), choice.consequence.clone()]);
        }
    }
    section(
        docs,
        &path.scenarios.title,
        at(&path.scenarios.id),
        &scenarios,
    );
    let mut myths = vec![path.myths.intro.clone()];
    for m in &path.myths.items {
        myths.extend([m.statement.clone(), m.reason.clone()]);
    }
    section(docs, &path.myths.title, at(&path.myths.id), &myths);
    let rights = &path.rights;
    section(
        docs,
        &rights.title,
        at(&rights.id),
        std::slice::from_ref(&rights.intro),
    );
    for right in &rights.items {
        section(
            docs,
            &right.title,
            at(&format!("right-{}", right.id)),
            std::slice::from_ref(&right.text),
        );
    }
    help(docs, band, &path.help, &path.title);
}

/// The help box; its path's title counts as its title too, as three paths
/// have a box of the same name.
fn help(docs: &mut Docs, band: AgeBand, help: &HelpBox, path_title: &str) {
    let mut text = vec![help.intro.clone()];
    for item in &help.items {
        text.extend([item.name.clone(), item.text.clone()]);
    }
    text.push(help.emergency.clone());
    let path = format!("{}#help", routes::together_path(band));
    docs.add(
        HitKind::Together,
        help.heading.clone(),
        path,
        path_title,
        &text,
    );
}
