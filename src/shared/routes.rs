//! The site's routes in one place: the router, the tests and (later) the
//! prerender and sitemap all take the list of pages from here.

use crate::shared::content::{AgeBand, Content, RiskId};

/// Top-level pages and their paths, in navigation order.
pub const HOME: &str = "/";
pub const MEETING: &str = "/meeting";
pub const RISKS: &str = "/risks";
pub const PARTNERS: &str = "/partners";
pub const GUIDANCE: &str = "/guidance";
pub const ABOUT: &str = "/about";
/// The embed builder for partner sites.
pub const EMBED: &str = "/embed";
pub const SEARCH: &str = "/search";
/// The family online plan.
pub const PLAN: &str = "/plan";
/// Session plans for teachers, classroom mode and the poster.
pub const EDUCATORS: &str = "/educators";
pub const POSTER: &str = "/poster";
/// Activities a child does with a parent or teacher, one path per age group.
pub const TOGETHER: &str = "/together";

/// One age group's path in "Together": "/together/9-12".
pub fn together_path(band: AgeBand) -> String {
    format!("{TOGETHER}/{}", band.slug())
}

/// The printable one-page guidance for an age group.
pub fn guidance_band(band: AgeBand) -> String {
    format!("{GUIDANCE}/{}", band.slug())
}

/// The parts of an age group's guidance, as anchors on its own page
/// (`/guidance/9-12#key-tips`); on `/guidance`, where every group is shown,
/// each takes its group's slug first (`9-12-key-tips`), as ids are unique.
pub const GUIDANCE_PARTS: [&str; 3] = ["key-tips", "by-risk", "for-educators"];

/// The anchor of one age group's situations in classroom mode.
pub fn deck_anchor(band: AgeBand) -> String {
    format!("deck-{}", band.slug())
}

pub fn risk(id: RiskId) -> String {
    format!("{RISKS}/{}", id.slug())
}

/// One session plan: "/educators/contact-9-12".
pub fn session(risk: RiskId, band: AgeBand) -> String {
    format!(
        "{EDUCATORS}/{}",
        crate::shared::content::session_id(risk, band)
    )
}

/// Classroom mode for one risk; the age group and position are in its query.
pub fn classroom(risk: RiskId) -> String {
    format!("/classroom/{}", risk.slug())
}

pub fn partner(id: &str) -> String {
    format!("{PARTNERS}/{id}")
}

/// A deep link to one item or section of the meeting report.
pub fn meeting_anchor(anchor: &str) -> String {
    format!("{MEETING}#{anchor}")
}

/// The pages every visitor can reach from the navigation: the service
/// worker keeps them for offline use from the first visit.
pub const MAIN_PAGES: [&str; 8] = [
    HOME, MEETING, RISKS, PARTNERS, GUIDANCE, PLAN, ABOUT, SEARCH,
];

/// The pages the service worker saves when it installs: the main pages,
/// and the risk guides and age-group guidance that parents come for.
/// Other pages are saved when visited.
pub fn offline_pages() -> Vec<String> {
    let mut pages: Vec<String> = MAIN_PAGES.into_iter().map(String::from).collect();
    pages.extend(RiskId::ALL.into_iter().map(risk));
    pages.extend(AgeBand::ALL.into_iter().map(guidance_band));
    pages
}

/// The pages whose islands' code the service worker saves when it installs,
/// so that they work offline before any visit: the 4Cs grid and the risk
/// guides (their self-check), what parents come for. There is one wasm per
/// island; saving all ten would cost a first visit about 930 KB (brotli)
/// in the background. Any other island is saved when a page first uses it.
pub fn offline_island_pages() -> Vec<String> {
    let mut pages = vec![RISKS.to_string()];
    pages.extend(RiskId::ALL.into_iter().map(risk));
    pages
}

/// Every page the site has, for the content given.
pub fn all_paths(content: &Content) -> Vec<String> {
    let mut paths: Vec<String> = MAIN_PAGES.into_iter().map(String::from).collect();
    paths.extend(RiskId::ALL.into_iter().map(risk));
    paths.extend(content.partners.iter().map(|p| partner(&p.id)));
    paths.extend(AgeBand::ALL.into_iter().map(guidance_band));
    paths.push(EMBED.to_string());
    paths.push(EDUCATORS.to_string());
    for risk in RiskId::ALL {
        paths.extend(AgeBand::ALL.into_iter().map(|band| session(risk, band)));
    }
    paths.extend(RiskId::ALL.into_iter().map(classroom));
    paths.push(POSTER.to_string());
    paths.push(TOGETHER.to_string());
    paths.extend(AgeBand::ALL.into_iter().map(together_path));
    paths
}

/// Whether `path` (a site path such as "/risks/contact") is one of the
/// site's pages.
pub fn is_page(content: &Content, path: &str) -> bool {
    all_paths(content).iter().any(|p| p == path)
}

/// The path the prerenderer renders as `404.html`. No route matches it, so
/// the app renders its not-found page.
pub const NOT_FOUND_RENDER_PATH: &str = "/404";

/// Where the prerendered page for a path is written, relative to `dist/`:
/// "/" -> "index.html", "/risks/contact" -> "risks/contact/index.html".
pub fn output_file(path: &str) -> String {
    let trimmed = path.trim_matches('/');
    if trimmed.is_empty() {
        "index.html".to_string()
    } else {
        format!("{trimmed}/index.html")
    }
}

/// The first path segments of `paths` ("meeting", "risks", ...), each once,
/// in order: host rules such as headers are written per section.
pub fn top_level_sections(paths: &[String]) -> Vec<String> {
    let mut sections: Vec<String> = Vec::new();
    for path in paths {
        if let Some(first) = path.trim_start_matches('/').split('/').next() {
            if !first.is_empty() && !sections.iter().any(|s| s == first) {
                sections.push(first.to_string());
            }
        }
    }
    sections
}
