//! One palette for the page and the charts. `style/main.css` declares the
//! same colours as CSS variables (`--panel`, `--fg`, `--border`, `--danger`,
//! `--accent`, `--on-accent`, `--series-1` … `--series-8`), and a test reads
//! that file and fails if any value here and there differ, so canvas and HTML
//! can never drift apart. Another test holds the text pairs to WCAG AA.

/// A colour for the light and the dark theme, as `#rrggbb`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pair {
    /// CSS variable that carries it.
    pub var: &'static str,
    /// Light theme.
    pub light: &'static str,
    /// Dark theme.
    pub dark: &'static str,
}

const fn pair(var: &'static str, light: &'static str, dark: &'static str) -> Pair {
    Pair { var, light, dark }
}

/// Card and chart background.
pub const PANEL: Pair = pair("--panel", "#ffffff", "#181a1f");
/// Text, axes and the marker rule.
pub const FG: Pair = pair("--fg", "#1d2129", "#dcdee4");
/// Borders and grid lines.
pub const BORDER: Pair = pair("--border", "#dde1e8", "#2c3038");
/// Warnings and the SLO line.
pub const DANGER: Pair = pair("--danger", "#b3261e", "#ff8a80");
/// Links, highlights and the fill of primary buttons and badges.
pub const ACCENT: Pair = pair("--accent", "#0072b2", "#56b4e9");
/// Text on an [`ACCENT`] fill. Dark mode's accent is a light blue, so its text
/// is near-black: white on it is 2.3:1, under the 4.5:1 that WCAG AA asks.
pub const ON_ACCENT: Pair = pair("--on-accent", "#ffffff", "#121418");

/// Series colours, colour-blind-safe (Okabe–Ito), one per slot.
pub const SERIES: [Pair; 8] = [
    pair("--series-1", "#0072b2", "#56b4e9"),
    pair("--series-2", "#d55e00", "#e69f00"),
    pair("--series-3", "#009e73", "#33c49a"),
    pair("--series-4", "#cc79a7", "#e3a3c6"),
    pair("--series-5", "#e69f00", "#f0c05a"),
    pair("--series-6", "#56b4e9", "#8fd0f5"),
    pair("--series-7", "#7570b3", "#a9a5db"),
    pair("--series-8", "#787878", "#a8a8a8"),
];

impl Pair {
    /// The colour for a theme as (r, g, b); black if the table held a bad value
    /// (the CSS sync test keeps it from ever doing so).
    pub fn rgb(self, dark: bool) -> (u8, u8, u8) {
        let hex = if dark { self.dark } else { self.light };
        let byte = |i: usize| {
            hex.get(i..i + 2)
                .and_then(|h| u8::from_str_radix(h, 16).ok())
                .unwrap_or(0)
        };
        (byte(1), byte(3), byte(5))
    }

    /// `rgb(r,g,b)` for a canvas or an inline style.
    pub fn css(self, dark: bool) -> String {
        let (r, g, b) = self.rgb(dark);
        format!("rgb({r},{g},{b})")
    }
}

/// The series colour for slot `i` (wrapping).
pub fn series(i: usize) -> Pair {
    SERIES[i % SERIES.len()]
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    /// The `light-dark(a, b)` value of `var` in the stylesheet.
    fn css_pair(css: &str, var: &str) -> Option<(String, String)> {
        let line = css
            .lines()
            .map(str::trim)
            .find(|l| l.starts_with(&format!("{var}:")))?;
        let inner = line.split("light-dark(").nth(1)?.split(')').next()?;
        let mut it = inner.split(',').map(|s| s.trim().to_string());
        Some((it.next()?, it.next()?))
    }

    #[wasm_bindgen_test]
    fn the_stylesheet_declares_the_same_colours() {
        let css = include_str!("../../style/main.css");
        for p in [PANEL, FG, BORDER, DANGER, ACCENT, ON_ACCENT]
            .iter()
            .chain(SERIES.iter())
        {
            let (l, d) =
                css_pair(css, p.var).unwrap_or_else(|| panic!("{} missing from main.css", p.var));
            assert_eq!((l.as_str(), d.as_str()), (p.light, p.dark), "{}", p.var);
        }
    }

    /// WCAG 2 relative luminance of an sRGB colour.
    fn luminance((r, g, b): (u8, u8, u8)) -> f64 {
        let lin = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
    }

    /// WCAG 2 contrast ratio, 1 to 21.
    fn contrast(a: (u8, u8, u8), b: (u8, u8, u8)) -> f64 {
        let (la, lb) = (luminance(a), luminance(b));
        (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
    }

    #[wasm_bindgen_test]
    fn text_on_accent_meets_wcag_aa_in_both_themes() {
        assert!((contrast((255, 255, 255), (0, 0, 0)) - 21.0).abs() < 1e-9);
        for dark in [false, true] {
            let ratio = contrast(ON_ACCENT.rgb(dark), ACCENT.rgb(dark));
            assert!(ratio >= 4.5, "dark={dark}: {ratio:.2}:1");
            // White, the old text colour, fails on dark mode's accent.
            if dark {
                assert!(contrast((255, 255, 255), ACCENT.rgb(dark)) < 4.5);
            }
        }
        // Accent and danger text on a panel are read as text too.
        for dark in [false, true] {
            for p in [ACCENT, DANGER, FG] {
                let ratio = contrast(p.rgb(dark), PANEL.rgb(dark));
                assert!(ratio >= 4.5, "{} dark={dark}: {ratio:.2}:1", p.var);
            }
        }
    }

    #[wasm_bindgen_test]
    fn hex_to_rgb() {
        assert_eq!(PANEL.rgb(false), (255, 255, 255));
        assert_eq!(PANEL.rgb(true), (24, 26, 31));
        assert_eq!(series(9), SERIES[1]);
        assert_eq!(FG.css(true), "rgb(220,222,228)");
    }
}
