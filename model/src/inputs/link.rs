//! A full share link: the scenario on screen, the pinned comparison it is
//! compared with, and presenter mode's slide. Built on [`super::codec`].

use super::codec::{
    decode, encode, number, query_of, short, Correction, State, PAIRS_MAX, VERSION,
};
use serde::{Deserialize, Serialize};

/// Key that carries the pinned comparison scenario (an encoded query of its own).
pub const COMPARE_KEY: &str = "cmp";

/// A full share link: the scenario being shown and, optionally, the pinned
/// scenario it is compared with.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Link {
    /// What is on screen.
    pub state: State,
    /// The pinned "A" of a comparison.
    pub compare: Option<State>,
    /// Presenter mode's slide (1-based), when the link opens a presentation.
    pub step: Option<u32>,
}

/// Slides in presenter mode; a link's `step` is clamped to 1–this.
pub const SLIDES: usize = 9;

/// Key that opens presenter mode at a slide (1-based).
pub const STEP_KEY: &str = "step";

/// Encodes a [`Link`]: [`encode`] of the state plus `cmp=<encoded A>`.
pub fn encode_link(link: &Link) -> String {
    let main = encode(&link.state);
    if link.compare.is_none() && link.step.is_none() {
        return main;
    }
    let mut q = form_urlencoded::Serializer::new(String::new());
    if let Some(step) = link.step {
        q.append_pair(STEP_KEY, &step.to_string());
    }
    if let Some(cmp) = &link.compare {
        q.append_pair(COMPARE_KEY, &encode(cmp));
    }
    let tail = q.finish();
    if main.is_empty() {
        format!("v={VERSION}&{tail}")
    } else {
        format!("{main}&{tail}")
    }
}

/// Decodes a [`Link`]; corrections inside the comparison are prefixed `cmp.`.
/// A `step` outside 1–[`SLIDES`] is clamped and reported.
pub fn decode_link(link: &str) -> (Link, Vec<Correction>) {
    let query = query_of(link);
    let mut main = form_urlencoded::Serializer::new(String::new());
    let mut compare = None;
    let mut step = None;
    let mut step_fix = None;
    for (k, v) in form_urlencoded::parse(query.as_bytes()).take(PAIRS_MAX + 1) {
        if k == COMPARE_KEY {
            compare = Some(v.into_owned());
        } else if k == STEP_KEY {
            let max = SLIDES as f64;
            match crate::common::num::parse_f64(v.trim()).filter(|x| x.is_finite()) {
                Some(x) => {
                    let used = x.round().clamp(1.0, max);
                    if used != x {
                        step_fix = Some(Correction {
                            key: STEP_KEY.into(),
                            given: short(&v),
                            used: number(used),
                            reason: format!("slides run 1–{max}"),
                        });
                    }
                    step = Some(used as u32);
                }
                None => {
                    step = Some(1);
                    step_fix = Some(Correction {
                        key: STEP_KEY.into(),
                        given: short(&v),
                        used: "1".into(),
                        reason: "not a slide number".into(),
                    });
                }
            }
        } else {
            main.append_pair(&k, &v);
        }
    }
    let (state, mut fixes) = decode(&main.finish());
    fixes.extend(step_fix);
    let compare = compare.map(|q| {
        // A nested link cannot nest again: its own `cmp` is just an unknown key.
        let (s, inner) = decode(&q);
        fixes.extend(inner.into_iter().map(|mut f| {
            f.key = format!("{COMPARE_KEY}.{}", f.key);
            f
        }));
        s
    });
    (
        Link {
            state,
            compare,
            step,
        },
        fixes,
    )
}

#[cfg(test)]
mod link_tests {
    use super::*;

    #[test]
    fn comparison_round_trips_and_prefixes_its_fixes() {
        let mut a = State::default();
        a.scenario.users = 1e4;
        let mut b = State::default();
        b.scenario.users = 1e7;
        b.title = "B & co".into();
        let link = Link {
            state: b,
            compare: Some(a),
            step: Some(3),
        };
        let q = encode_link(&link);
        assert_eq!(decode_link(&q), (link, vec![]));
        let plain = Link {
            state: State::default(),
            compare: Some(State::default()),
            step: None,
        };
        assert_eq!(encode_link(&plain), "v=1&cmp=");
        assert_eq!(decode_link("v=1&cmp=").0, plain);
        let (_, fixes) = decode_link("users=5&cmp=users%3Dlots");
        assert_eq!(fixes.len(), 1);
        assert_eq!(fixes[0].key, "cmp.users");
        let (l, fixes) = decode_link("step=10");
        assert_eq!((l.step, fixes[0].used.as_str()), (Some(9), "9"));
        let (l, fixes) = decode_link("step=two");
        assert_eq!((l.step, fixes.len()), (Some(1), 1));
    }
}
