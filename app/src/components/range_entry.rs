//! Range mode for any numeric input: a "range" toggle that turns one value
//! into low / most likely / high entries. Each end is typed like the field
//! itself (`500K`, `4KB`) through [`NumberEntry`], so a bad entry is named
//! and the range kept; an end typed past the other is swapped and said so.
//! The component only reports changes: the caller turns them into typed
//! edits (`Edit::RangeOn`, `Edit::Range`, `Edit::RangeOff`).

use super::number_entry::NumberEntry;
use leptos::prelude::*;
use model::entry::{self, RateBase};
use model::ranges::{Key, Range};

/// Which of a range's three values an entry sets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum End {
    /// The lowest plausible value.
    Low,
    /// The most likely value (the input's point value).
    Mid,
    /// The highest plausible value.
    High,
}

impl End {
    fn word(self) -> &'static str {
        match self {
            End::Low => "low",
            End::Mid => "most likely",
            End::High => "high",
        }
    }
}

/// `r` with one value replaced by `v`, kept ordered (low ≤ mid ≤ high),
/// and what had to move, in words, when something did. `v` has already been
/// read and clamped into the field by the entry.
pub fn set_end(key: Key, r: Range, end: End, v: f64, base: RateBase) -> (Range, Option<String>) {
    let unit = key.spec().unit;
    let show = |x: f64| entry::label(unit, x, base);
    match end {
        End::Low | End::High => {
            let (lo, hi) = if end == End::Low {
                (v, r.high)
            } else {
                (r.low, v)
            };
            let out = Range::with_mid(key, lo, r.mid, hi);
            let note = if lo > hi {
                Some(format!(
                    "{} {} is past the {} {}; swapped to {}–{}.",
                    end.word(),
                    show(v),
                    if end == End::Low { "high" } else { "low" },
                    show(if end == End::Low { r.high } else { r.low }),
                    show(out.low),
                    show(out.high)
                ))
            } else if out.mid != r.mid {
                Some(format!(
                    "most likely {} now lies outside the range; moved to {}.",
                    show(r.mid),
                    show(out.mid)
                ))
            } else {
                None
            };
            (out, note)
        }
        End::Mid => {
            let out = Range::with_mid(key, r.low, v, r.high);
            let note = (out.mid != v).then(|| {
                format!(
                    "most likely {} lies outside {}–{}; moved to {}.",
                    show(v),
                    show(r.low),
                    show(r.high),
                    show(out.mid)
                )
            });
            (out, note)
        }
    }
}

/// The range as the field shows it at a glance: `500K–2M`.
pub fn glance(key: Key, r: &Range, base: RateBase) -> String {
    let unit = key.spec().unit;
    format!(
        "{}–{}",
        entry::label(unit, r.low, base),
        entry::label(unit, r.high, base)
    )
}

/// The "range" toggle and, while it is on, the three entries.
#[component]
pub fn RangeEntry(
    /// Which input.
    key: Key,
    /// Its range, `None` while it is a single number.
    #[prop(into)]
    range: Signal<Option<Range>>,
    /// Called with `true` to turn range mode on, `false` to turn it off.
    on_toggle: Callback<bool>,
    /// Called with each new range (ordered, inside the field).
    on_range: Callback<Range>,
    /// DOM id stem: the toggle is `range-<id>`, the entries `range-<id>-low` …
    #[prop(into)]
    id: String,
    /// How a bare number in a rate field is read.
    #[prop(into, optional)]
    base: Option<Signal<RateBase>>,
) -> impl IntoView {
    let spec = key.spec();
    let base = base.unwrap_or_else(|| Signal::stored(RateBase::PerSecond));
    let (note, set_note) = signal(None::<String>);
    let on = Memo::new(move |_| range.with(Option::is_some));
    let toggle_id = format!("range-{id}");
    let box_id = format!("{toggle_id}-box");
    let note_id = format!("{toggle_id}-note");
    let stem = StoredValue::new(toggle_id.clone());
    let entry = move |end: End| {
        let value = Signal::derive(move || {
            range.with(|r| {
                r.map_or(f64::NAN, |r| match end {
                    End::Low => r.low,
                    End::Mid => r.mid,
                    End::High => r.high,
                })
            })
        });
        let on_set = Callback::new(move |v: f64| {
            if let Some(r) = range.get_untracked() {
                let (out, why) = set_end(key, r, end, v, base.get_untracked());
                set_note.set(why);
                on_range.run(out);
            }
        });
        let label = format!("{}: {}", spec.label, end.word());
        let field_id = format!(
            "{}-{}",
            stem.get_value(),
            match end {
                End::Low => "low",
                End::Mid => "mid",
                End::High => "high",
            }
        );
        view! {
            <label class="range-part">
                <span>{end.word()}</span>
                <NumberEntry spec=spec value=value on_set=on_set id=field_id label=label base=base />
            </label>
        }
    };
    view! {
        <button class="range-toggle" id=toggle_id.clone() aria-pressed=move || on.get().to_string()
            // Names the entries only while they exist (axe: aria-valid-attr-value).
            aria-controls={
                let box_id = box_id.clone();
                move || on.get().then(|| box_id.clone())
            }
            aria-label=format!("Range for {}", spec.label)
            title="Give a low, most likely and high value instead of one number"
            on:click=move |_| {
                set_note.set(None);
                on_toggle.run(!on.get_untracked());
            }>"range"</button>
        <Show when=move || on.get()>
            <div class="range-box" id=box_id.clone() role="group" aria-label=format!("{} range", spec.label)>
                {entry(End::Low)}
                {entry(End::Mid)}
                {entry(End::High)}
            </div>
        </Show>
        <p class="entry-error range-note" id=note_id role="status">{move || note.get()}</p>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use model::Param;
    use wasm_bindgen_test::wasm_bindgen_test;

    const USERS: Key = Key::Param(Param::Users);

    fn r(low: f64, mid: f64, high: f64) -> Range {
        Range { low, mid, high }
    }

    #[wasm_bindgen_test]
    fn ends_stay_ordered_and_every_move_is_said() {
        let b = RateBase::PerSecond;
        let start = r(5e5, 1e6, 2e6);
        // In order: nothing to say.
        assert_eq!(
            set_end(USERS, start, End::High, 4e6, b),
            (r(5e5, 1e6, 4e6), None)
        );
        // Low typed above high: swapped, named.
        let (out, why) = set_end(USERS, start, End::Low, 3e6, b);
        assert_eq!((out.low, out.high), (2e6, 3e6));
        assert_eq!(out.mid, 2e6, "the mid follows into the new range");
        let why = why.expect("said");
        assert!(why.contains("low 3M") && why.contains("swapped"), "{why}");
        // Mid outside: moved to the nearer end, named.
        let (out, why) = set_end(USERS, start, End::Mid, 9e6, b);
        assert_eq!(out, r(5e5, 2e6, 2e6));
        assert!(why.is_some_and(|w| w.contains("outside")));
        // High pulled below the mid: the mid moves with it.
        let (out, why) = set_end(USERS, start, End::High, 7e5, b);
        assert_eq!(out, r(5e5, 7e5, 7e5));
        assert!(why.is_some());
    }

    #[wasm_bindgen_test]
    fn glance_reads_like_the_field() {
        assert_eq!(
            glance(USERS, &r(5e5, 1e6, 2e6), RateBase::PerSecond),
            "500K–2M"
        );
    }
}
