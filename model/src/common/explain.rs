//! "Show your work": every output records the formula it used, the same formula
//! with the numbers substituted, and the result with its unit. The UI, the CLI
//! and presenter mode render these steps verbatim and never re-derive them.

use serde::{Deserialize, Serialize};

/// One line of a derivation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Step {
    /// Dotted id of the output this step derives, e.g. `nodes.brokers`.
    pub id: String,
    /// What is being derived, in words.
    pub label: String,
    /// The formula in symbols, e.g. `peak msg/s ÷ (broker msg/s × util)`.
    pub formula: String,
    /// The formula with this scenario's numbers in place of the symbols.
    pub substituted: String,
    /// The result with its unit.
    pub result: String,
    /// Ids of earlier steps this one uses, so a reader can follow the chain.
    pub uses: Vec<String>,
}

/// Collects steps when asked to; a sweep passes `recording = false` so the
/// hundreds of chart points never pay for string formatting.
#[derive(Debug, Default)]
pub struct Work {
    steps: Option<Vec<Step>>,
}

impl Work {
    /// A recorder that keeps steps (`true`) or discards them for speed (`false`).
    pub fn new(recording: bool) -> Self {
        Self {
            steps: recording.then(Vec::new),
        }
    }

    /// Records a step. `detail` runs only when recording, and returns the
    /// substituted formula and the result.
    pub fn step(
        &mut self,
        id: &str,
        label: &str,
        formula: &str,
        uses: &[&str],
        detail: impl FnOnce() -> (String, String),
    ) {
        if let Some(steps) = self.steps.as_mut() {
            let (substituted, result) = detail();
            steps.push(Step {
                id: id.to_string(),
                label: label.to_string(),
                formula: formula.to_string(),
                substituted,
                result,
                uses: uses.iter().map(|u| u.to_string()).collect(),
            });
        }
    }

    /// Records a step only when `when` holds: one branch of a derivation
    /// that another step replaces (the broker bill on a non-Kafka platform).
    pub fn step_if(
        &mut self,
        when: bool,
        id: &str,
        label: &str,
        formula: &str,
        uses: &[&str],
        detail: impl FnOnce() -> (String, String),
    ) {
        if when {
            self.step(id, label, formula, uses, detail);
        }
    }

    /// The steps recorded, in order (empty when not recording).
    pub fn finish(self) -> Vec<Step> {
        self.steps.unwrap_or_default()
    }
}

/// The steps that derive `id`, with every step they use, earliest first.
pub fn chain<'a>(steps: &'a [Step], id: &str) -> Vec<&'a Step> {
    let mut wanted = vec![id.to_string()];
    let mut out: Vec<&Step> = Vec::new();
    while let Some(w) = wanted.pop() {
        if out.iter().any(|s| s.id == w) {
            continue;
        }
        if let Some(s) = steps.iter().find(|s| s.id == w) {
            wanted.extend(s.uses.iter().cloned());
            out.push(s);
        }
    }
    // Earliest first = the order they were recorded in; filtering keeps that order without a sort.
    steps
        .iter()
        .filter(|t| out.iter().any(|s| std::ptr::eq(*s, *t)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recording_off_keeps_nothing_and_skips_detail() {
        let mut w = Work::new(false);
        w.step("a", "a", "x", &[], || panic!("detail must not run"));
        assert!(w.finish().is_empty());
    }

    #[test]
    fn chain_follows_uses_in_order() {
        let mut w = Work::new(true);
        w.step("a", "A", "1", &[], || ("1".into(), "1".into()));
        w.step("b", "B", "a+1", &["a"], || ("1+1".into(), "2".into()));
        w.step("c", "C", "x", &[], || ("x".into(), "x".into()));
        w.step("d", "D", "b×2", &["b"], || ("2×2".into(), "4".into()));
        let steps = w.finish();
        let ids: Vec<_> = chain(&steps, "d").iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, ["a", "b", "d"]);
    }
}
