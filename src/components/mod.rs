//! Reusable pieces of the interface.

pub mod breadcrumbs;
pub mod citation;
pub mod fallback_notice;
pub mod focus;
pub mod footer;
pub mod header;
pub mod hydration;
pub mod language_switcher;
pub mod link;
pub mod list_items;
pub mod local_date;
pub mod local_number;
pub mod meeting_item;
pub mod offline;
pub mod page_meta;
pub mod partner_links;
pub mod print_footer;
pub mod quiz;
pub mod risk_grid;
pub mod risk_icon;
pub mod search_box;
pub mod skip_link;
