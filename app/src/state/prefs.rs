//! This browser's preferences (not part of a shared link), kept in
//! localStorage through one typed module. A stored value this version does
//! not understand is reported in the corrections notice, not silently
//! replaced.

use super::Editor;
use leptos::prelude::*;
use model::codec::Correction;
use model::entry::RateBase;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::JsCast;

/// A preference stored under its own key as one of a few words.
pub trait Pref: Copy + Default + PartialEq + 'static {
    /// localStorage key.
    const KEY: &'static str;
    /// What the notice calls it.
    const NAME: &'static str;
    /// Every value.
    const ALL: &'static [Self];
    /// The stored word.
    fn word(self) -> &'static str;
    /// The value stored as `w`.
    fn from_word(w: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|p| p.word() == w)
    }
}

/// Colour theme choice.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    /// Follow `prefers-color-scheme`.
    #[default]
    System,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl Pref for Theme {
    const KEY: &'static str = "capacity-planner.theme";
    const NAME: &'static str = "saved theme";
    const ALL: &'static [Theme] = &[Theme::System, Theme::Light, Theme::Dark];
    fn word(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

impl Theme {
    /// The next choice on the toggle: system → light → dark → system.
    pub fn next(self) -> Theme {
        match self {
            Theme::System => Theme::Light,
            Theme::Light => Theme::Dark,
            Theme::Dark => Theme::System,
        }
    }
}

/// How the rate field shows and reads a bare number.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RateUnit(pub RateBase);

impl Pref for RateUnit {
    const KEY: &'static str = "capacity-planner.rate-unit";
    const NAME: &'static str = "saved rate unit";
    const ALL: &'static [RateUnit] = &[RateUnit(RateBase::PerSecond), RateUnit(RateBase::PerDay)];
    fn word(self) -> &'static str {
        match self.0 {
            RateBase::PerSecond => "per-second",
            RateBase::PerDay => "per-day",
        }
    }
}

/// Reads a stored preference word: missing is the default; an unknown word
/// is the default *and* a correction naming it.
pub fn read<P: Pref>(stored: Option<&str>) -> (P, Option<Correction>) {
    match stored {
        None => (P::default(), None),
        Some(w) => match P::from_word(w) {
            Some(p) => (p, None),
            None => (
                P::default(),
                Some(Correction {
                    key: P::NAME.into(),
                    given: w.chars().take(60).collect(),
                    used: P::default().word().into(),
                    reason: format!(
                        "not a value this version knows ({}); using the default",
                        P::ALL
                            .iter()
                            .map(|p| p.word())
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                }),
            ),
        },
    }
}

fn load<P: Pref>() -> (P, Option<Correction>) {
    read::<P>(crate::storage::get(P::KEY).as_deref())
}

fn save<P: Pref>(p: P) {
    crate::storage::set(P::KEY, p.word());
}

/// The preferences, as signals.
#[derive(Clone, Copy)]
pub struct Prefs {
    /// Theme choice.
    pub theme: RwSignal<Theme>,
    /// Rate field unit.
    pub rate_unit: RwSignal<RateUnit>,
    /// The system prefers dark (tracked by a media-query listener).
    pub system_dark: RwSignal<bool>,
    /// Whether the page and charts are dark right now.
    pub dark: Memo<bool>,
}

impl Prefs {
    /// Defaults; [`Prefs::install`] loads the stored values.
    pub fn new() -> Prefs {
        let theme = RwSignal::new(Theme::System);
        let system_dark = RwSignal::new(false);
        Prefs {
            theme,
            rate_unit: RwSignal::new(RateUnit::default()),
            system_dark,
            dark: Memo::new(move |_| match theme.get() {
                Theme::System => system_dark.get(),
                Theme::Light => false,
                Theme::Dark => true,
            }),
        }
    }

    /// Loads the stored preferences (reporting any it cannot read), follows
    /// the system colour scheme, and from then on keeps `data-theme` and
    /// storage in step.
    pub fn install(&self, editor: Editor) {
        let (theme, t_fix) = load::<Theme>();
        let (unit, u_fix) = load::<RateUnit>();
        self.theme.set(theme);
        self.rate_unit.set(unit);
        let (t_write, u_write) = (t_fix.is_some(), u_fix.is_some());
        editor.report(t_fix.into_iter().chain(u_fix).collect());
        if let Ok(Some(mq)) = window().match_media("(prefers-color-scheme: dark)") {
            self.system_dark.set(mq.matches());
            let dark = self.system_dark;
            // Typed as a plain `Event`, whose closure type every event
            // handler links already (a `MediaQueryListEvent` closure was a
            // type of its own); the event is a `MediaQueryListEvent`.
            let on_change = Closure::<dyn FnMut(web_sys::Event)>::new(move |e: web_sys::Event| {
                dark.set(e.unchecked_into::<web_sys::MediaQueryListEvent>().matches())
            });
            mq.set_onchange(Some(on_change.as_ref().unchecked_ref()));
            // The listener lives as long as the page.
            on_change.forget();
        }
        let (theme, unit) = (self.theme, self.rate_unit);
        // The first run writes back only a corrected value: what was just
        // read needs no writing, and on a first visit localStorage's first
        // write is a few ms on the path to the first chart (stop 17).
        Effect::new(move |ran: Option<()>| {
            let t = theme.get();
            if let Some(root) = document().document_element() {
                let _ = match t {
                    Theme::System => root.remove_attribute("data-theme"),
                    other => root.set_attribute("data-theme", other.word()),
                };
            }
            if ran.is_some() || t_write {
                save(t);
            }
        });
        Effect::new(move |ran: Option<()>| {
            let u = unit.get();
            if ran.is_some() || u_write {
                save(u);
            }
        });
    }
}

impl Default for Prefs {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    #[wasm_bindgen_test]
    fn stored_words_are_read_or_reported() {
        assert_eq!(read::<Theme>(None), (Theme::System, None));
        assert_eq!(read::<Theme>(Some("dark")).0, Theme::Dark);
        let (t, fix) = read::<Theme>(Some("solarized"));
        assert_eq!(t, Theme::System);
        let fix = fix.expect("reported");
        assert_eq!(
            (fix.key.as_str(), fix.given.as_str(), fix.used.as_str()),
            ("saved theme", "solarized", "system")
        );
        assert_eq!(
            read::<RateUnit>(Some("per-day")).0,
            RateUnit(RateBase::PerDay)
        );
        assert!(read::<RateUnit>(Some("per-fortnight")).1.is_some());
        for t in Theme::ALL {
            assert_eq!(Theme::from_word(t.word()), Some(*t));
        }
        assert_eq!(Theme::Dark.next(), Theme::System);
    }
}
