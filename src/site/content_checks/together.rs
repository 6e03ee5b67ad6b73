//! Integrity checks for "Together" (`together.json`): the shape the
//! activities need (two choices a scene, one better choice, three cards a
//! box), ids, and a resolving source on every fact and piece of advice.

use super::{duplicates, site_section};
use crate::shared::content::together_model::*;
use crate::shared::content::{AgeBand, Content, RiskId};

/// The scenarios the 13 to 18 path must have (issue 28).
pub const REQUIRED_SCENARIOS: [&str; 4] = [
    "image-request",
    "group-chat-pile-on",
    "easy-money",
    "friend-at-risk",
];

/// The help directories every path ends with: `sources.json` ids.
pub const HELP_DIRECTORIES: [&str; 2] = ["chi", "inhope"];

pub fn together(c: &Content, out: &mut Vec<String>) {
    let t = &c.together;
    let card_ids: Vec<&str> = t.hub.paths.iter().map(|p| p.id.as_str()).collect();
    let bands: Vec<&str> = AgeBand::ALL.iter().map(|b| b.slug()).collect();
    if card_ids != bands {
        out.push(format!(
            "together: hub paths {card_ids:?}, expected {bands:?}"
        ));
    }
    sources(c, "together hub", &t.hub.how_source, out);
    sources(c, "together hub", &t.hub.about_ages_source, out);
    sources(c, "together hub", &t.hub.about_guidelines_source, out);
    story(c, &t.paths.under_9, out);
    activities(c, &t.paths.from_9_to_12, out);
    challenges(c, &t.paths.from_13_to_18, out);
    help(c, "under-9", &t.paths.under_9.help, out);
    help(c, "9-12", &t.paths.from_9_to_12.help, out);
    help(c, "13-18", &t.paths.from_13_to_18.help, out);
}

/// Each source is a page section of this site or a known document; a
/// paragraph number only goes with a document.
fn sources(c: &Content, whose: &str, list: &Sources, out: &mut Vec<String>) {
    if list.is_empty() {
        out.push(format!("{whose}: no source"));
    }
    for s in list {
        match (&s.site, &s.doc) {
            (Some(link), None) if s.para.is_none() => site_section(c, whose, link, out),
            (None, Some(doc)) => {
                if c.source(doc).is_none() {
                    out.push(format!("{whose} cites unknown source `{doc}`"));
                }
                if s.para
                    .as_deref()
                    .is_some_and(|p| p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()))
                {
                    out.push(format!("{whose}: paragraph {:?} is not a number", s.para));
                }
            }
            _ => out.push(format!(
                "{whose}: a source is one of a site page or a document"
            )),
        }
    }
}

fn one_better(whose: &str, better: impl Iterator<Item = bool>, out: &mut Vec<String>) {
    if better.filter(|b| *b).count() != 1 {
        out.push(format!("{whose}: exactly one choice is the better one"));
    }
}

fn story(c: &Content, path: &StoryPath, out: &mut Vec<String>) {
    sources(c, "together under-9", &path.for_grown_ups_source, out);
    sources(
        c,
        "together under-9 talk",
        &path.story.talk_after_source,
        out,
    );
    let scenes = &path.story.scenes;
    if scenes.len() < 6 {
        out.push(format!(
            "together under-9: {} scenes, at least 6",
            scenes.len()
        ));
    }
    duplicates("together scene", scenes.iter().map(|s| s.id.as_str()), out);
    for scene in scenes {
        let whose = format!("together scene {}", scene.id);
        if scene.choices.len() != 2 {
            out.push(format!(
                "{whose}: {} choices, expected 2",
                scene.choices.len()
            ));
        }
        one_better(&whose, scene.choices.iter().map(|ch| ch.better), out);
        if scene.ending != path.story.ending_line {
            out.push(format!(
                "{whose}: its ending differs from the story's ending line"
            ));
        }
        sources(c, &whose, &scene.source, out);
    }
}

fn activities(c: &Content, path: &ActivitiesPath, out: &mut Vec<String>) {
    sources(c, "together 9-12", &path.for_adults_source, out);
    let sort = &path.sort;
    let boxes: Vec<RiskId> = sort.categories.iter().map(|k| k.id).collect();
    if boxes != RiskId::ALL {
        out.push(format!(
            "together card sort: boxes {boxes:?}, expected the four Cs in order"
        ));
    }
    sources(c, "together card sort", &sort.categories_source, out);
    sources(c, "together card sort credit", &sort.credit_source, out);
    duplicates(
        "together card",
        sort.cards.iter().map(|k| k.id.as_str()),
        out,
    );
    for risk in RiskId::ALL {
        let n = sort.cards.iter().filter(|k| k.category == risk).count();
        if n != 3 {
            out.push(format!(
                "together card sort: {n} cards for {}, expected 3",
                risk.slug()
            ));
        }
    }
    for card in &sort.cards {
        sources(c, &format!("together card {}", card.id), &card.source, out);
    }
    let chat = &path.chat;
    duplicates(
        "together chat message",
        chat.messages.iter().map(|m| m.id.as_str()),
        out,
    );
    for m in &chat.messages {
        let whose = format!("together chat message {}", m.id);
        if !chat.participants.iter().any(|p| p.id == m.from) {
            out.push(format!("{whose}: from unknown participant `{}`", m.from));
        }
        sources(c, &whose, &m.source, out);
    }
    if !chat.messages.iter().any(|m| m.warning) || chat.messages.iter().all(|m| m.warning) {
        out.push("together chat: needs both warning signs and ordinary messages".into());
    }
    sources(c, "together chat", &chat.what_to_do_source, out);
    sources(c, "together chat", &chat.not_your_fault_source, out);
    let list = &path.checklist.items;
    duplicates(
        "together checklist item",
        list.iter().map(|i| i.id.as_str()),
        out,
    );
    for item in list {
        sources(
            c,
            &format!("together checklist {}", item.id),
            &item.source,
            out,
        );
    }
}

fn challenges(c: &Content, path: &ChallengesPath, out: &mut Vec<String>) {
    sources(c, "together 13-18", &path.for_adults_source, out);
    let items = &path.scenarios.items;
    duplicates(
        "together scenario",
        items.iter().map(|s| s.id.as_str()),
        out,
    );
    for required in REQUIRED_SCENARIOS {
        if !items.iter().any(|s| s.id == required) {
            out.push(format!("together 13-18: no scenario `{required}`"));
        }
    }
    for s in items {
        let whose = format!("together scenario {}", s.id);
        if !(2..=3).contains(&s.choices.len()) {
            out.push(format!(
                "{whose}: {} choices, expected 2 or 3",
                s.choices.len()
            ));
        }
        one_better(&whose, s.choices.iter().map(|ch| ch.better), out);
        for ch in &s.choices {
            sources(c, &format!("{whose} choice {}", ch.id), &ch.source, out);
        }
    }
    let myths = &path.myths.items;
    duplicates("together myth", myths.iter().map(|m| m.id.as_str()), out);
    for m in myths {
        sources(c, &format!("together myth {}", m.id), &m.source, out);
    }
    sources(c, "together rights", &path.rights.intro_source, out);
    for r in &path.rights.items {
        let whose = format!("together right {}", r.id);
        sources(c, &whose, &r.source, out);
        if !r
            .source
            .iter()
            .any(|s| s.doc.as_deref() == Some("gc25") && s.para.is_some())
        {
            out.push(format!(
                "{whose}: cites no paragraph of General Comment No. 25"
            ));
        }
    }
}

/// The help box names the two directories, at the addresses `sources.json`
/// gives them.
fn help(c: &Content, band: &str, help: &HelpBox, out: &mut Vec<String>) {
    let whose = format!("together {band} help");
    sources(c, &whose, &help.intro_source, out);
    sources(c, &whose, &help.emergency_source, out);
    for doc in HELP_DIRECTORIES {
        let listed = c.source(doc).and_then(|s| s.url.as_deref());
        let item = help.items.iter().find(|i| Some(i.url.as_str()) == listed);
        if item.is_none() {
            out.push(format!("{whose}: no item at the address of `{doc}`"));
        }
    }
    for item in &help.items {
        sources(c, &format!("{whose} {}", item.id), &item.source, out);
    }
}
