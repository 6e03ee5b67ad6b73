//! One module per route.

pub mod about;
pub mod classroom;
pub mod educators;
pub mod embed;
pub mod guidance;
pub mod home;
pub mod meeting;
pub mod not_found;
pub mod partner;
pub mod partners;
pub mod plan;
pub mod poster;
pub mod risk;
pub mod risks;
pub mod search;
pub mod together;
pub mod widget;
