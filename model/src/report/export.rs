//! Exports: a Markdown summary for design docs and interview notes, a CSV of
//! the chart sweep, and the saved-scenarios library file (JSON).

use crate::common::explain::chain;
use crate::common::format;
use crate::inputs::codec::{decode, encode, State};
use crate::inputs::component::{shown, Component};
use crate::inputs::params::Param;
use crate::inputs::scenario::Assumptions;
use crate::inputs::scenario::Scenario;
use crate::report::guide::guide;
use crate::report::kpi::kpis;
use crate::sizing::cost;
use crate::sizing::estimate::Estimate;
use crate::sizing::sweep::SweepPoint;
use std::fmt;

/// A Markdown summary: inputs, key numbers, tier, bottleneck and the
/// derivation of every key number. `link` is the share link to cite.
pub fn markdown(state: &State, e: &Estimate, link: &str) -> String {
    let s = &state.scenario;
    let g = guide(s.view);
    let mut out = String::new();
    let title = if state.title.is_empty() {
        format!("{} capacity estimate", s.view.title())
    } else {
        state.title.clone()
    };
    out.push_str(&format!("# {}\n\n", title.replace('\n', " ")));
    out.push_str(&format!(
        "Pattern: **{}** (seed {}). Nearest tier: **{}**.\n\n",
        s.view.title(),
        g.seed,
        e.tier.label
    ));
    if !link.is_empty() {
        out.push_str(&format!("Scenario link: <{link}>\n\n"));
    }
    out.push_str("## Inputs\n\n| input | value |\n|---|---|\n");
    for p in Param::ALL {
        let sp = p.spec();
        out.push_str(&format!(
            "| {} (`{}`) | {} |\n",
            sp.label,
            sp.key,
            sp.unit.show(s.get(*p))
        ));
    }
    out.push_str("\n## Key numbers\n\n| figure | value |\n|---|---|\n");
    let list = kpis(s.view, e);
    for k in &list {
        out.push_str(&format!(
            "| {} | {}{} |\n",
            k.label,
            k.value,
            if k.alert { " ⚠ over SLO" } else { "" }
        ));
    }
    out.push_str(&format!(
        "\n## Bottleneck\n\n**{}**. {}\n\nFirst move: {}\n\n",
        e.bottleneck.label, e.bottleneck.reason, e.bottleneck.first_move
    ));
    for w in crate::report::warnings::warnings(s, &state.assumptions) {
        out.push_str(&format!("> ⚠ {w}\n\n"));
    }
    // The model's own ×10 answer first, then the seed's with its question:
    // the seed's answer alone read as advice about this scenario.
    let (_, tenx) = crate::report::tenx::traffic_times(s, &state.assumptions, 10.0);
    out.push_str(&format!(
        "## Traffic grows 10×\n\nUsers {} → {}. Do first: {}\n\n",
        format::count(tenx.users_before),
        format::count(tenx.users_after),
        tenx.first_move
    ));
    for line in crate::report::tenx::seed_says(s.view) {
        out.push_str(&format!("{line}\n\n"));
    }
    out.push_str("## Where to run it\n\nThe five cheapest priced options that carry this stream (`envelope options` lists all 15), then the one the estimate uses:\n\n");
    for line in crate::report::platforms::summary(s, &state.assumptions, e, 5) {
        out.push_str(&format!("- {line}\n"));
    }
    out.push('\n');
    if !state.drill.is_default() {
        // The bad hour, only when the link asks for one (a shape, a burst or a drill).
        let r = crate::report::timeline::report(s, &state.assumptions, &state.drill, e);
        out.push_str(&format!(
            "## The bad hour\n\n{}\n\n| figure | value | note |\n|---|---|---|\n",
            r.verdict
        ));
        for k in crate::report::timeline::kpis(&state.drill, &r.sim) {
            out.push_str(&format!("| {} | {} | {} |\n", k.label, k.value, k.note));
        }
        out.push('\n');
    }
    out.push_str("## Derivation\n\n");
    // Step ids already written; a short list (see `codec::decode` on why not a hash set).
    let mut seen: Vec<&str> = Vec::new();
    for k in &list {
        for step in chain(&e.steps, k.step_id) {
            if !seen.contains(&step.id.as_str()) {
                seen.push(&step.id);
                out.push_str(&format!(
                    "- **{}**: {} = {} = **{}**\n",
                    step.label, step.formula, step.substituted, step.result
                ));
            }
        }
    }
    out
}

/// The chart sweep as CSV: one row per user count, with the view's node
/// counts, bandwidth (B/s) and storage (B), plus a row at the scenario's own
/// user count, in order and marked `current` = 1 (unless a sweep point
/// already sits there).
pub fn sweep_csv(s: &Scenario, a: &Assumptions, sweep: &[SweepPoint]) -> String {
    let here = crate::sizing::sweep::current(s, a);
    let mut rows: Vec<(&SweepPoint, bool)> = sweep.iter().map(|p| (p, false)).collect();
    match rows.iter_mut().find(|(p, _)| p.users == here.users) {
        Some(row) => row.1 = true,
        None => {
            let at = rows.partition_point(|(p, _)| p.users < here.users);
            rows.insert(at, (&here, true));
        }
    }
    let comps: &[Component] = shown(s.view);
    let mut out = String::from("users");
    for c in comps {
        out.push(',');
        out.push_str(c.key());
    }
    out.push_str(",partitions,ingress_bytes_per_sec,egress_bytes_per_sec,replication_bytes_per_sec,cross_region_bytes_per_sec,cross_az_bytes_per_sec,bytes_per_day,retained_bytes,monthly_usd");
    for c in comps {
        out.push_str(&format!(",{}_monthly_usd", c.key()));
    }
    // The platform the broker tier runs on: it sets the broker columns' bill.
    out.push_str(",platform,current\n");
    let platform = a.platform().id;
    for (p, is_current) in rows {
        out.push_str(&format::num_plain(p.users));
        for c in comps {
            out.push_str(&format!(",{}", p.nodes.of(*c)));
        }
        let at = Scenario {
            users: p.users,
            ..s.clone()
        };
        let per = comps
            .iter()
            .map(|c| cost::component_monthly(*c, &at, a, &p.load, &p.nodes, &p.storage));
        for v in [
            p.nodes.partitions as f64,
            p.load.ingress_bytes_per_sec,
            p.load.egress_bytes_per_sec,
            p.load.replication_bytes_per_sec,
            p.load.cross_region_bytes_per_sec,
            p.load.cross_az_bytes_per_sec,
            p.storage.bytes_per_day,
            p.storage.retained_bytes,
            p.cost_usd,
        ]
        .into_iter()
        .chain(per)
        {
            out.push(',');
            out.push_str(&format::num_plain(v));
        }
        out.push(',');
        out.push_str(platform);
        out.push_str(if is_current { ",1\n" } else { ",0\n" });
    }
    out
}

/// One saved scenario: a name and its share-link query.
///
/// Why no serde_json: the wasm bundle has a size budget, and a JSON parser is
/// 3–6 KB brotli of it. The file is written by hand ([`Library::to_json`]);
/// natively it is parsed with `miniserde` ([`Library::from_json`], feature
/// `json`, on by default), and the dashboard parses it with the browser's own
/// `JSON.parse`; both hand the fields to [`Library::from_parts`], which holds
/// every rule. Unknown fields are ignored, so newer files still open.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "json", derive(miniserde::Deserialize))]
pub struct Saved {
    /// Name shown in the list.
    pub name: String,
    /// The scenario as a link query (`v=1&…`), so the file outlives struct changes.
    pub link: String,
}

/// The saved-scenarios file.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "json", derive(miniserde::Deserialize))]
pub struct Library {
    /// File format version.
    pub version: u32,
    /// Saved scenarios, in order.
    pub scenarios: Vec<Saved>,
}

/// Why a library file was refused.
#[derive(Clone, Debug, PartialEq)]
pub enum LibraryError {
    /// Not JSON, or not the expected shape; carries the parser's message.
    NotALibrary(String),
    /// A version this build cannot read.
    Version(u32),
    /// A scenario with an empty name (its position, from 1).
    EmptyName(usize),
}

impl fmt::Display for LibraryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LibraryError::NotALibrary(why) => write!(f, "not a saved-scenarios file: {why}"),
            LibraryError::Version(v) => write!(f, "file version {v} is not supported (expected 1)"),
            LibraryError::EmptyName(i) => write!(f, "scenario {i} has no name"),
        }
    }
}

impl std::error::Error for LibraryError {}

impl Library {
    /// Current file version.
    pub const VERSION: u32 = 1;

    /// A library of these scenarios.
    pub fn new(scenarios: Vec<Saved>) -> Self {
        Library {
            version: Self::VERSION,
            scenarios,
        }
    }

    /// JSON for download, one scenario per line so a person can edit it.
    pub fn to_json(&self) -> String {
        let rows: Vec<String> = self
            .scenarios
            .iter()
            .map(|s| {
                format!(
                    "    {{\"name\": {}, \"link\": {}}}",
                    json_string(&s.name),
                    json_string(&s.link)
                )
            })
            .collect();
        format!(
            "{{\n  \"version\": {},\n  \"scenarios\": [\n{}\n  ]\n}}\n",
            self.version,
            rows.join(",\n")
        )
    }

    /// What a file must look like, for the "not a library" message.
    pub const SHAPE: &'static str =
        r#"expected JSON like {"version":1,"scenarios":[{"name":"…","link":"v=1&…"}]}"#;

    /// The rules of the file, whoever parsed it: the version must be this
    /// build's, every name non-empty (trimmed), and each link is re-encoded
    /// through the codec, so a hand-edited file comes back clamped and canonical.
    pub fn from_parts(version: u32, scenarios: Vec<Saved>) -> Result<Library, LibraryError> {
        if version != Self::VERSION {
            return Err(LibraryError::Version(version));
        }
        let mut out = Vec::with_capacity(scenarios.len());
        for (i, s) in scenarios.into_iter().enumerate() {
            let name = s.name.trim().to_string();
            if name.is_empty() {
                return Err(LibraryError::EmptyName(i + 1));
            }
            out.push(Saved {
                name,
                link: encode(&decode(&s.link).0),
            });
        }
        Ok(Library::new(out))
    }

    /// Parses a file (natively; the dashboard uses the browser's parser).
    #[cfg(feature = "json")]
    pub fn from_json(text: &str) -> Result<Library, LibraryError> {
        let lib: Library = miniserde::json::from_str(text)
            .map_err(|_| LibraryError::NotALibrary(Self::SHAPE.into()))?;
        Self::from_parts(lib.version, lib.scenarios)
    }
}

/// `s` as a JSON string literal: quotes, backslashes and control characters
/// escaped (RFC 8259 §7); everything else as is, UTF-8.
pub fn json_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_has_the_bad_hour_only_with_a_drill() {
        let (st, _) = crate::inputs::codec::decode("burst=1140:20:5&fail=zone@1150");
        let e = Estimate::explain(&st.scenario, &st.assumptions);
        let md = markdown(&st, &e, "");
        assert!(
            md.contains("## The bad hour\n\nFalls behind under a zone loss at 19:10"),
            "{md}"
        );
        assert!(md.contains("| Max lag |"));
        let plain = markdown(&State::default(), &e, "");
        assert!(!plain.contains("The bad hour"));
    }

    #[test]
    fn markdown_has_every_section_and_the_numbers() {
        let st = State {
            title: "Launch".into(),
            ..State::default()
        };
        let e = Estimate::explain(&st.scenario, &Assumptions::default());
        let md = markdown(&st, &e, "https://x.test/?v=1");
        // The default scenario's broker count (1,290: storage binds, see tests/seeds.rs).
        let brokers = crate::common::format::int(e.nodes.brokers);
        for needle in [
            "# Launch",
            "## Inputs",
            "| Users (`users`) | 1M |",
            "## Key numbers",
            &format!("| Brokers | {brokers} |"),
            "## Bottleneck",
            "## Where to run it",
            "- Chosen: Amazon MSK Provisioned (Standard brokers) (`platform=msk-standard`)",
            "**Brokers**",
            "## Derivation",
            &format!("{brokers} nodes, bound by storage"),
            "<https://x.test/?v=1>",
        ] {
            assert!(md.contains(needle), "missing {needle:?} in\n{md}");
        }
    }

    #[test]
    fn csv_has_a_header_a_row_per_point_and_one_at_the_scenario() {
        let s = Scenario::default();
        let sw = crate::sweep(&s, &Assumptions::default(), 100.0, 1e8, 5);
        let csv = sweep_csv(&s, &Assumptions::default(), &sw);
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(lines.len(), 7);
        assert!(lines[0].starts_with("users,brokers,consumers,cache_nodes,partitions,"));
        let cols = lines[0].split(',').count();
        assert!(lines.iter().all(|l| l.split(',').count() == cols));
        assert!(lines[6].starts_with("100000000,"));
        // The per-component cost columns add up to the row's monthly total.
        let head: Vec<&str> = lines[0].split(',').collect();
        let total = head
            .iter()
            .position(|h| *h == "monthly_usd")
            .expect("monthly_usd");
        let per: Vec<usize> = (0..head.len())
            .filter(|i| head[*i].ends_with("_monthly_usd"))
            .collect();
        assert_eq!(per.len(), shown(s.view).len());
        let platform = head
            .iter()
            .position(|h| *h == "platform")
            .expect("platform");
        for row in &lines[1..] {
            assert_eq!(row.split(',').nth(platform), Some("msk-standard"), "{row}");
            let v: Vec<f64> = row
                .split(',')
                .enumerate()
                .map(|(i, x)| {
                    if i == platform {
                        0.0
                    } else {
                        x.parse().expect("number")
                    }
                })
                .collect();
            let sum: f64 = per.iter().map(|i| v[*i]).sum();
            assert!((sum - v[total]).abs() <= 1e-6 * v[total].max(1.0), "{row}");
            assert!(v[total] > 0.0);
        }
    }

    #[test]
    fn json_strings_escape_what_json_requires() {
        assert_eq!(json_string("plain"), r#""plain""#);
        assert_eq!(json_string("a\"b\\c\nd\u{1}"), r#""a\"b\\c\nd\u0001""#);
        assert_eq!(json_string("naïve — ok"), "\"naïve — ok\"");
    }

    #[cfg(feature = "json")]
    #[test]
    fn library_round_trips_and_names_bad_files() {
        let lib = Library::new(vec![Saved {
            name: "A".into(),
            link: "v=1&users=5000".into(),
        }]);
        assert_eq!(Library::from_json(&lib.to_json()), Ok(lib.clone()));
        // Names that need escaping survive, and the file is one scenario a line.
        let tricky = Library::new(vec![
            Saved {
                name: "Quote \" and \\ slash\nnewline".into(),
                link: "v=1&users=5000".into(),
            },
            Saved {
                name: "B".into(),
                link: "v=1&users=6000".into(),
            },
        ]);
        let json = tricky.to_json();
        assert_eq!(json.lines().count(), 7, "{json}");
        assert_eq!(Library::from_json(&json), Ok(tricky));
        // Unknown fields are ignored; a file saved by serde_json's pretty printer still opens.
        let old = "{\n  \"version\": 1,\n  \"extra\": true,\n  \"scenarios\": [\n    {\n      \"name\": \"A\",\n      \"link\": \"v=1&users=5000\"\n    }\n  ]\n}";
        assert_eq!(Library::from_json(old), Ok(lib));
        assert!(matches!(
            Library::from_json("nope"),
            Err(LibraryError::NotALibrary(_))
        ));
        assert_eq!(
            Library::from_json(r#"{"version":2,"scenarios":[]}"#),
            Err(LibraryError::Version(2))
        );
        assert_eq!(
            Library::from_json(r#"{"version":1,"scenarios":[{"name":" ","link":""}]}"#),
            Err(LibraryError::EmptyName(1))
        );
        let fixed =
            Library::from_json(r#"{"version":1,"scenarios":[{"name":"x","link":"users=1e99"}]}"#)
                .expect("clamped");
        assert_eq!(fixed.scenarios[0].link, "v=1&users=10000000000");
    }
}
