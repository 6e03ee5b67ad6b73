//! Reusable pieces of the interface.

pub mod bidi;
pub mod breadcrumbs;
pub mod citation;
pub mod fallback_notice;
pub mod footer;
pub mod header;
pub mod language_switcher;
pub mod link;
pub mod list_items;
pub mod local_date;
pub mod meeting_item;
pub mod page_heading;
pub mod page_meta;
pub mod partner_links;
pub mod picture;
pub mod print_footer;
pub mod public_address;
pub mod risk_grid;
pub mod risk_icon;
pub mod section_heading;
pub mod skip_link;
pub mod together_sources;
