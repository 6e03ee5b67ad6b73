//! What both sides run: the site's vocabulary and content types, and the
//! pure logic of every feature, tested natively (`cargo test`).

pub mod base_path;
pub mod classroom;
pub mod content;
pub mod format;
pub mod grid_state;
pub mod i18n;
pub mod meeting_filter;
pub mod partner_filter;
pub mod plan;
pub mod quiz;
pub mod routes;
pub mod search;
pub mod slug;
pub mod text_match;
pub mod together;
pub mod widgets;
