//! "Together" in the index: the hub, and each path section by section (a
//! scene, an activity, a right, the help box), with the answers the page
//! shows under each question. A section's title words are its own: the
//! path's title ("… un día en línea …") would lift every scene for "línea".

use super::Docs;
use crate::content::together_model::HelpBox;
use crate::content::{AgeBand, Content};
use crate::routes;
use crate::search::HitKind;

pub(super) fn add_docs(c: &Content, docs: &mut Docs) {
    let t = &c.together;
    let hub = &t.hub;
    let mut text = vec![hub.lead.clone()];
    text.extend(hub.who.iter().cloned());
    text.extend(hub.how.iter().cloned());
    text.extend([hub.about_ages.clone(), hub.about_guidelines.clone()]);
    docs.add(
        HitKind::Together,
        hub.title.clone(),
        routes::TOGETHER.to_string(),
        "",
        &text,
    );

    let under_9 = &t.paths.under_9;
    let page = routes::together_path(AgeBand::Under9);
    let at = |anchor: &str| format!("{page}#{anchor}");
    docs.add(
        HitKind::Together,
        under_9.for_grown_ups_heading.clone(),
        page.clone(),
        "",
        &under_9.for_grown_ups,
    );
    let story = &under_9.story;
    docs.add(
        HitKind::Together,
        story.title.clone(),
        at("story-h"),
        "",
        std::slice::from_ref(&story.intro),
    );
    for scene in &story.scenes {
        let mut text = vec![scene.story.clone(), scene.question.clone()];
        for choice in &scene.choices {
            text.extend([choice.text.clone(), choice.answer.clone()]);
        }
        text.push(scene.ending.clone());
        docs.add(
            HitKind::Together,
            scene.title.clone(),
            at(&format!("scene-{}", scene.id)),
            "",
            &text,
        );
    }
    let mut end = vec![story.outro.clone()];
    end.extend(story.talk_after.iter().cloned());
    docs.add(
        HitKind::Together,
        story.talk_after_heading.clone(),
        at("story-end"),
        "",
        &end,
    );
    help(docs, &under_9.help, &page, &under_9.title);

    let p = &t.paths.from_9_to_12;
    let page = routes::together_path(AgeBand::From9To12);
    let at = |anchor: &str| format!("{page}#{anchor}");
    let mut adults = vec![p.intro.clone()];
    adults.extend(p.for_adults.iter().cloned());
    docs.add(
        HitKind::Together,
        p.title.clone(),
        page.clone(),
        "",
        &adults,
    );
    let mut sort = vec![p.sort.intro.clone()];
    for box_ in &p.sort.categories {
        sort.extend([box_.name.clone(), box_.short.clone(), box_.text.clone()]);
    }
    for card in &p.sort.cards {
        sort.extend([card.text.clone(), card.explanation.clone()]);
    }
    docs.add(
        HitKind::Together,
        p.sort.title.clone(),
        at(&p.sort.id),
        "",
        &sort,
    );
    let mut chat = vec![p.chat.intro.clone()];
    for m in &p.chat.messages {
        chat.extend([m.text.clone(), m.explanation.clone()]);
    }
    chat.push(p.chat.what_to_do_heading.clone());
    chat.extend(p.chat.what_to_do.iter().cloned());
    chat.push(p.chat.not_your_fault.clone());
    docs.add(
        HitKind::Together,
        p.chat.title.clone(),
        at(&p.chat.id),
        "",
        &chat,
    );
    let mut checklist = vec![p.checklist.intro.clone()];
    for item in &p.checklist.items {
        checklist.extend([item.text.clone(), item.why.clone()]);
    }
    docs.add(
        HitKind::Together,
        p.checklist.title.clone(),
        at(&p.checklist.id),
        "",
        &checklist,
    );
    help(docs, &p.help, &page, &p.title);

    let p = &t.paths.from_13_to_18;
    let page = routes::together_path(AgeBand::From13To18);
    let at = |anchor: &str| format!("{page}#{anchor}");
    let mut adults = vec![p.intro.clone()];
    adults.extend(p.for_adults.iter().cloned());
    docs.add(
        HitKind::Together,
        p.title.clone(),
        page.clone(),
        "",
        &adults,
    );
    let mut scenarios = vec![p.scenarios.intro.clone()];
    for s in &p.scenarios.items {
        scenarios.push(s.situation.clone());
        for choice in &s.choices {
            scenarios.extend([choice.text.clone(), choice.consequence.clone()]);
        }
    }
    docs.add(
        HitKind::Together,
        p.scenarios.title.clone(),
        at(&p.scenarios.id),
        "",
        &scenarios,
    );
    let mut myths = vec![p.myths.intro.clone()];
    for m in &p.myths.items {
        myths.extend([m.statement.clone(), m.reason.clone()]);
    }
    docs.add(
        HitKind::Together,
        p.myths.title.clone(),
        at(&p.myths.id),
        "",
        &myths,
    );
    docs.add(
        HitKind::Together,
        p.rights.title.clone(),
        at(&p.rights.id),
        "",
        std::slice::from_ref(&p.rights.intro),
    );
    for right in &p.rights.items {
        docs.add(
            HitKind::Together,
            right.title.clone(),
            at(&format!("right-{}", right.id)),
            "",
            std::slice::from_ref(&right.text),
        );
    }
    help(docs, &p.help, &page, &p.title);
}

fn help(docs: &mut Docs, help: &HelpBox, page: &str, path_title: &str) {
    let mut text = vec![help.intro.clone()];
    for item in &help.items {
        text.extend([item.name.clone(), item.text.clone()]);
    }
    text.push(help.emergency.clone());
    docs.add(
        HitKind::Together,
        help.heading.clone(),
        format!("{page}#help"),
        path_title,
        &text,
    );
}
