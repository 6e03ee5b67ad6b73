//! Reusable pieces of the interface.

pub mod breadcrumbs;
pub mod citation;
pub mod focus;
pub mod footer;
pub mod header;
pub mod link;
pub mod meeting_item;
pub mod page_meta;
pub mod partner_links;
pub mod risk_icon;
pub mod skip_link;
