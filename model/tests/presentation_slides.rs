//! Presenter slides read as prose: no slide says the same thing twice. A
//! repeated line on a projected slide looks like a bug to the room (issue #20,
//! 12c: slide 7, the ×10 answer, states the headline component's change
//! twice: "Users 1M → 10M: Brokers → 12,894." and "Brokers: 1,290 → 12,894").

use model::presentation::slides;
use model::{presets, Assumptions, Scenario, View};

/// Every view at the default scenario and at every preset's.
fn scenarios() -> Vec<Scenario> {
    let mut out = Vec::new();
    for v in View::ALL {
        out.push(Scenario {
            view: v,
            ..Scenario::default()
        });
        for p in presets::all() {
            out.push(p.scenario(v));
        }
    }
    out
}

/// Each slide of each scenario, named for the failure message.
fn every_slide() -> Vec<(String, Vec<String>)> {
    let a = Assumptions::default();
    let mut out = Vec::new();
    for s in scenarios() {
        for (i, slide) in slides(&s, &a).into_iter().enumerate() {
            let name = format!(
                "{} at {} users, slide {} ({})",
                s.view.key(),
                s.users,
                i + 1,
                slide.key
            );
            out.push((name, slide.lines));
        }
    }
    out
}

/// The change a line states, as (what, after): "Brokers: 1,290 → 12,894"
/// and "…: Brokers → 12,894." both state (Brokers, 12,894).
fn changes(line: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    // Clauses are separated by ": " (the users clause leads the headline line).
    let parts: Vec<&str> = line.split(": ").collect();
    for (k, part) in parts.iter().enumerate() {
        let Some((left, right)) = part.split_once(" → ") else {
            continue;
        };
        let after = right.trim_end_matches('.').trim().to_string();
        // "Brokers → 12,894" names the component on the left of the arrow;
        // "1,290 → 12,894" names it in the clause before.
        let what = if left.chars().next().is_some_and(|c| c.is_ascii_digit()) {
            match k.checked_sub(1).and_then(|p| parts.get(p)) {
                Some(w) => w.rsplit(". ").next().unwrap_or(w).trim().to_string(),
                None => continue,
            }
        } else {
            left.trim().to_string()
        };
        out.push((what, after));
    }
    out
}

#[test]
fn the_change_reader_reads_both_wordings() {
    assert_eq!(
        changes("Users 1M → 10M: Brokers → 12,894."),
        vec![
            ("Users 1M".into(), "10M".into()),
            ("Brokers".into(), "12,894".into())
        ]
    );
    assert_eq!(
        changes("Brokers: 1,290 → 12,894"),
        vec![("Brokers".into(), "12,894".into())]
    );
    assert!(changes("Do first: add brokers.").is_empty());
}

#[test]
fn no_slide_has_two_identical_lines() {
    let mut bad = Vec::new();
    for (name, lines) in every_slide() {
        for (j, line) in lines.iter().enumerate() {
            if lines[..j].contains(line) {
                bad.push(format!("{name}: {line:?}"));
            }
        }
    }
    assert!(bad.is_empty(), "repeated lines:\n{}", bad.join("\n"));
}

/// Fails on slide 7 until the ×10 answer stops stating the headline
/// component's change in the users line *and* in the list of components
/// that cross capacity.
#[test]
fn no_slide_states_one_change_twice() {
    let mut bad = Vec::new();
    for (name, lines) in every_slide() {
        let mut seen: Vec<((String, String), &String)> = Vec::new();
        for line in &lines {
            for ch in changes(line) {
                if let Some((_, first)) = seen.iter().find(|(c, _)| *c == ch) {
                    bad.push(format!("{name}: {first:?} and {line:?}"));
                } else {
                    seen.push((ch, line));
                }
            }
        }
    }
    bad.dedup();
    assert!(
        bad.is_empty(),
        "{} slides state a change twice, e.g.:\n{}",
        bad.len(),
        bad.iter().take(8).cloned().collect::<Vec<_>>().join("\n")
    );
}
