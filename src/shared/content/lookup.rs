//! Look-ups across the content. The links between meeting items, partners,
//! initiatives and risks are stored once, on one side, and derived here in
//! both directions, so the data can never disagree with itself.

use super::risk_model::{GridCell, RiskGuide, RiskType};
use super::*;

impl Content {
    pub fn partner(&self, id: &str) -> Option<&Partner> {
        self.partners.iter().find(|p| p.id == id)
    }

    pub fn initiative(&self, id: &str) -> Option<&Initiative> {
        self.initiatives.iter().find(|i| i.id == id)
    }

    pub fn risk(&self, id: RiskId) -> Option<&Risk> {
        self.risks.iter().find(|r| r.id == id)
    }

    pub fn risk_guide(&self, id: RiskId) -> Option<&RiskGuide> {
        self.risk_guides.iter().find(|g| g.risk == id)
    }

    pub fn grid_cell(&self, risk: RiskId, kind: RiskType) -> Option<&GridCell> {
        self.grid
            .cells
            .iter()
            .find(|c| c.risk == risk && c.kind == kind)
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    /// Every meeting item, in report order.
    pub fn items(&self) -> impl Iterator<Item = &Item> {
        self.meeting.sections.iter().flat_map(|s| s.items.iter())
    }

    pub fn item(&self, id: &str) -> Option<&Item> {
        self.items().find(|i| i.id == id)
    }

    /// The section that holds an item.
    pub fn section_of(&self, item_id: &str) -> Option<&Section> {
        self.meeting
            .sections
            .iter()
            .find(|s| s.items.iter().any(|i| i.id == item_id))
    }

    /// Meeting items that name a partner.
    pub fn items_naming(&self, partner_id: &str) -> Vec<&Item> {
        self.items()
            .filter(|i| i.partners.iter().any(|p| p == partner_id))
            .collect()
    }

    /// Initiatives a partner runs or presented.
    pub fn initiatives_of(&self, partner_id: &str) -> Vec<&Initiative> {
        self.initiatives
            .iter()
            .filter(|i| i.partners.iter().any(|p| p == partner_id))
            .collect()
    }

    /// Parts of a larger organisation, e.g. the BDT within ITU.
    pub fn parts_of(&self, partner_id: &str) -> Vec<&Partner> {
        self.partners
            .iter()
            .filter(|p| p.parent.as_deref() == Some(partner_id))
            .collect()
    }

    /// Meeting items that concern a risk category.
    pub fn items_on_risk(&self, risk: RiskId) -> Vec<&Item> {
        self.items().filter(|i| i.risks.contains(&risk)).collect()
    }

    /// Partners that work on a risk category.
    pub fn partners_on_risk(&self, risk: RiskId) -> Vec<&Partner> {
        self.partners
            .iter()
            .filter(|p| p.risks.contains(&risk))
            .collect()
    }

    /// Initiatives that address a risk category.
    pub fn initiatives_on_risk(&self, risk: RiskId) -> Vec<&Initiative> {
        self.initiatives
            .iter()
            .filter(|i| i.risks.contains(&risk))
            .collect()
    }

    /// What a link inside the site leads to, in words of the language being
    /// rendered, so that a link can name its target rather than say "Read
    /// more" (for the guides, their sections and the guidance pages that
    /// the plan's suggestions link to). None for any other address.
    pub fn link_title(&self, link: &str) -> Option<String> {
        let (path, anchor) = link.split_once('#').unwrap_or((link, ""));
        let mut parts = path.trim_matches('/').split('/');
        let title = match (parts.next()?, parts.next(), parts.next()) {
            ("risks", Some(slug), None) => self.risk(super::RiskId::from_slug(slug)?)?.name.clone(),
            ("guidance", None, None) if anchor.is_empty() => {
                crate::shared::i18n::t!(guidance.title).to_string()
            }
            ("guidance", Some(slug), None) if anchor.is_empty() => {
                let band = super::AgeBand::from_slug(slug)?;
                self.guidance
                    .age_groups
                    .iter()
                    .find(|g| g.band == band)?
                    .title
                    .clone()
            }
            _ => return None,
        };
        if anchor.is_empty() {
            return Some(title);
        }
        // Only the guides have sections that links name.
        let section = crate::shared::format::risk_section_title(anchor)?;
        Some(crate::shared::i18n::t!(
            pages.search_section_title,
            page = title,
            section = section
        ))
    }
}
