//! Agent entries: role words that add a sector code to an actor's code.

use super::phrase::{Origin, Phrase};
use super::table::HasPhrases;

/// Where an agent's code goes relative to the actor code it combines with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum AgentPlacement {
    /// PETRARCH `[~GOV]`: the code follows the actor code (IRN + GOV → IRNGOV).
    Suffix,
    /// PETRARCH `[NGO~]`: the code precedes the actor code (NGO + IRN → NGOIRN).
    Prefix,
}

/// A role word ("foreign minister", "troops") and the sector code it stands for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgentEntry {
    /// The term as written first, then generated plurals and substitution variants.
    pub phrases: Vec<Phrase>,
    /// The sector code without its `~` (e.g. `GOV`).
    pub code: String,
    pub placement: AgentPlacement,
    /// PETRARCH: words separated by a blank (not `_`) may have other words between them.
    pub loose: bool,
    pub origin: Origin,
}

impl AgentEntry {
    /// The code of this agent combined with an actor's code; the bare sector code when the
    /// phrase has no actor ("the foreign minister" → GOV).
    pub fn compose(&self, actor: Option<&str>) -> String {
        match (actor, self.placement) {
            (None, _) => self.code.clone(),
            (Some(actor), AgentPlacement::Suffix) => format!("{actor}{}", self.code),
            (Some(actor), AgentPlacement::Prefix) => format!("{}{actor}", self.code),
        }
    }
}

impl HasPhrases for AgentEntry {
    fn phrases(&self) -> &[Phrase] {
        &self.phrases
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;

    fn agent(code: &str, placement: AgentPlacement) -> AgentEntry {
        let file: Arc<str> = Arc::from("test");
        AgentEntry {
            phrases: Phrase::new("X").into_iter().collect(),
            code: code.into(),
            placement,
            loose: false,
            origin: Origin::new(&file, 1),
        }
    }

    #[test]
    fn compose_follows_placement() {
        assert_eq!(agent("GOV", AgentPlacement::Suffix).compose(Some("IRN")), "IRNGOV");
        assert_eq!(agent("NGO", AgentPlacement::Prefix).compose(Some("IRN")), "NGOIRN");
        assert_eq!(agent("GOV", AgentPlacement::Suffix).compose(None), "GOV");
    }
}
