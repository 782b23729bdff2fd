//! The seeds' own words for each pattern: the scale-tier table, the first
//! bottleneck, the scaling moves, the worked example, the interview advice and
//! the "traffic grows 10×" question, plus where the seed's arithmetic slips.
//! One file per seed; the model's numbers stand beside these, never inside them.

mod cqrs;
mod eventual;
mod messaging;
mod replay;
mod sourcing;

use crate::inputs::scenario::View;
use serde::Serialize;

/// A pattern's guide, from its seed file in `shared/seeds/`.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Guide {
    /// Seed file number, e.g. "000".
    pub seed: &'static str,
    /// The seed's heading.
    pub title: &'static str,
    /// Column headings of the tier table after the user count.
    pub columns: &'static [&'static str],
    /// One row per tier (100, 10K, 1M, 100M users), cells matching `columns`.
    pub rows: [&'static [&'static str]; 4],
    /// Why the first bottleneck is what it is.
    pub bottleneck: &'static str,
    /// Scaling moves: (name, what it does).
    pub moves: &'static [(&'static str, &'static str)],
    /// The seed's worked example, verbatim.
    pub worked: &'static [&'static str],
    /// Where the seed's arithmetic differs from the model's, and why.
    pub corrections: &'static [&'static str],
    /// How to present it in an interview.
    pub interview: &'static str,
    /// The seed's trade-off to open with.
    pub trade_off: &'static str,
    /// "Traffic grows 10×" question.
    pub tenx_question: &'static str,
    /// The seed's answer.
    pub tenx_answer: &'static str,
    /// How the seed's 10× scenario differs from this view's (our words, not
    /// the seed's): its question fixes a load of its own, and seed 000 asks
    /// about a database the eventual view does not have.
    pub tenx_note: &'static str,
}

/// The guide for a view.
pub fn guide(view: View) -> &'static Guide {
    match view {
        View::Eventual => &eventual::GUIDE,
        View::Cqrs => &cqrs::GUIDE,
        View::Sourcing => &sourcing::GUIDE,
        View::Messaging => &messaging::GUIDE,
        View::Replay => &replay::GUIDE,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_guide_is_complete() {
        for v in View::ALL {
            let g = guide(v);
            for row in g.rows {
                assert_eq!(row.len(), g.columns.len(), "{:?}", v);
            }
            assert!(!g.moves.is_empty() && !g.worked.is_empty());
            assert!(!g.tenx_answer.is_empty() && !g.interview.is_empty());
        }
    }
}
