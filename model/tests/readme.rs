//! The README and `docs/` stay true to the code. Each table a reader looks
//! things up in is checked against the table in the code it copies: a key
//! added, removed or renamed, or a default changed on one side only, fails
//! here. So does a relative link or a repository path that leads nowhere, an
//! example link that no longer decodes cleanly, a JSON field or CLI flag the
//! docs miss, and a README that stops naming its two set-up commands.
use model::codec::{decode_link, COMPARE_KEY, SLIDES, STEP_KEY, VERSION};
use model::component::Component;
use model::params::{Spec, CAP_PREFIX, PRICE_PREFIX};
use model::profiles::{catalog, default_index, PROFILE_PREFIX};
use model::scenario::{Tolerate, View};
use model::{Cap, Param};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// A Markdown file, by its path from the repository root.
fn page(rel: &str) -> String {
    std::fs::read_to_string(root().join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

/// Every page a reader sees: README.md and docs/*.md, as (path, text).
fn pages() -> Vec<(String, String)> {
    let mut out = vec![("README.md".to_string(), page("README.md"))];
    let mut docs: Vec<String> = std::fs::read_dir(root().join("docs"))
        .expect("docs/")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".md"))
        .collect();
    docs.sort();
    for n in docs {
        let rel = format!("docs/{n}");
        let text = page(&rel);
        out.push((rel, text));
    }
    out
}

/// Inline code spans outside fenced blocks, and quoted arguments inside
/// them (the example commands), in order.
fn code_spans(md: &str) -> Vec<String> {
    let (mut prose, mut quoted) = (String::new(), Vec::new());
    let mut fenced = false;
    for line in md.lines() {
        if line.starts_with("```") {
            fenced = !fenced;
        } else if fenced {
            quoted.extend(line.split('"').skip(1).step_by(2).map(str::to_string));
        } else {
            prose.push_str(line);
            prose.push('\n');
        }
    }
    let mut spans: Vec<String> = prose
        .split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect();
    spans.extend(quoted);
    spans
}

/// The rows (trimmed cells, header and rule left out) of the first table
/// after the first heading that contains `heading`.
fn table(md: &str, heading: &str) -> Vec<Vec<String>> {
    let mut lines = md
        .lines()
        .skip_while(|l| !(l.starts_with('#') && l.contains(heading)));
    assert!(lines.next().is_some(), "no heading containing {heading:?}");
    let rows: Vec<Vec<String>> = lines
        .skip_while(|l| !l.starts_with('|'))
        .take_while(|l| l.starts_with('|'))
        .map(|l| {
            l.trim()
                .trim_matches('|')
                .split('|')
                .map(|c| c.trim().to_string())
                .collect()
        })
        .collect();
    assert!(rows.len() > 2, "no table under {heading:?}");
    rows[2..].to_vec()
}

/// The backticked key at the start of a cell: "`users`" → "users".
fn key_of(cell: &str) -> &str {
    cell.trim().trim_matches('`')
}

/// The number a cell starts with: "$0.408 /h" → 0.408, "1,000,000" → 1e6,
/// "3 (AWS MSK's…)" → 3.
fn leading_number(cell: &str) -> Option<f64> {
    let s = cell.trim().trim_start_matches('$');
    let n: String = s
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == ',' || *c == '.')
        .filter(|c| *c != ',')
        .collect();
    n.parse().ok()
}

/// A bound as the docs write it: `10^-6`, `36500`, `100M`, `100 B`, `1 MB`.
fn bound(s: &str) -> f64 {
    let s = s.trim();
    if let Some(exp) = s.strip_prefix("10^") {
        return 10f64.powf(exp.parse().unwrap_or_else(|_| panic!("bound {s:?}")));
    }
    let split = s
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
        .unwrap_or(s.len());
    let (n, unit) = s.split_at(split);
    let n: f64 = n
        .replace(',', "")
        .parse()
        .unwrap_or_else(|_| panic!("bound {s:?}"));
    let scale = match unit.trim() {
        "" | "B" => 1.0,
        "K" | "KB" => 1e3,
        "M" | "MB" => 1e6,
        other => panic!("unit {other:?} in bound {s:?}"),
    };
    n * scale
}

/// "1 – 10^10 (slider 100 – 100M)" → ((1, 1e10), Some((100, 1e8))).
type Range = (f64, f64);
fn range(cell: &str) -> (Range, Option<Range>) {
    let pair = |s: &str| {
        let (a, b) = s.split_once(" – ").unwrap_or_else(|| panic!("range {s:?}"));
        (bound(a), bound(b))
    };
    match cell.split_once(" (slider ") {
        Some((main, slider)) => (pair(main), Some(pair(slider.trim_end_matches(')')))),
        None => (pair(cell), None),
    }
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs())
}

fn check_default(key: &str, cell: &str, spec: &Spec) {
    let doc = leading_number(cell).unwrap_or_else(|| panic!("{key}: no number in {cell:?}"));
    assert!(
        close(doc, spec.default),
        "{key}: the docs say the default is {doc}, the code says {}",
        spec.default
    );
}

/// Whether the cap's default comes from a component's default profile.
fn set_by_a_profile(c: Cap) -> bool {
    Component::ALL.iter().any(|&comp| {
        catalog(comp)[default_index(comp)]
            .sets
            .iter()
            .any(|(k, _)| *k == c)
    })
}

/// The checks the README test made before the reference moved to docs/,
/// each now against the page that holds its table.
#[test]
fn docs_list_every_key() {
    let inputs = page("docs/INPUTS.md");
    let assumptions = page("docs/ASSUMPTIONS.md");
    for p in Param::ALL {
        let key = format!("| `{}` |", p.spec().key);
        assert!(
            inputs.contains(&key),
            "docs/INPUTS.md lacks a row for {key}"
        );
    }
    for c in Cap::ALL {
        let key = format!("| `{}` |", c.spec().key);
        assert!(
            assumptions.contains(&key),
            "docs/ASSUMPTIONS.md lacks a row for {key}"
        );
    }
    for c in Component::ALL {
        for p in catalog(c) {
            let name = format!("`{}`", p.id);
            assert!(
                assumptions.contains(&name),
                "docs/ASSUMPTIONS.md lacks profile {name}"
            );
        }
    }
    for t in Tolerate::ALL {
        assert!(
            inputs.contains(&format!("`{}`", t.key())),
            "docs/INPUTS.md lacks tolerate={}",
            t.key()
        );
    }
}

#[test]
fn inputs_table_matches_the_param_table() {
    let rows = table(&page("docs/INPUTS.md"), "Inputs");
    let mut seen = BTreeSet::new();
    for row in &rows {
        let key = key_of(&row[0]);
        assert!(seen.insert(key.to_string()), "docs/INPUTS.md: {key} twice");
        match key {
            "view" => {
                for v in View::ALL {
                    assert!(
                        row[1].contains(&format!("`{}`", v.key())),
                        "view {}",
                        v.key()
                    );
                }
                assert!(row[3].starts_with(&format!("`{}`", View::default().key())));
            }
            "tolerate" => {
                for t in Tolerate::ALL {
                    assert!(
                        row[1].contains(&format!("`{}`", t.key())),
                        "tolerate {}",
                        t.key()
                    );
                }
                assert!(row[3].starts_with(&format!("`{}`", Tolerate::default().key())));
            }
            "platform" => {
                for p in model::platforms::PLATFORMS {
                    assert!(row[1].contains(&format!("`{}`", p.id)), "platform {}", p.id);
                }
                assert!(row[3].starts_with(&format!("`{}`", model::platforms::DEFAULT)));
            }
            "policy" => {
                for p in model::policy::Policy::ALL {
                    assert!(
                        row[1].contains(&format!("`{}`", p.key())),
                        "policy {}",
                        p.key()
                    );
                }
                assert!(
                    row[3].starts_with(&format!("`{}`", model::policy::Policy::default().key()))
                );
            }
            _ => {
                let p = Param::from_key(key)
                    .unwrap_or_else(|| panic!("docs/INPUTS.md: {key} is not an input"));
                let s = p.spec();
                check_default(key, &row[3], &s);
                let ((min, max), slider) = range(&row[2]);
                assert!(
                    close(min, s.min) && close(max, s.max),
                    "{key}: the docs say {min} – {max}, the code {} – {}",
                    s.min,
                    s.max
                );
                if let Some((lo, hi)) = slider {
                    assert!(
                        close(lo, s.slider_min) && close(hi, s.slider_max),
                        "{key}: the docs' slider is {lo} – {hi}, the code's {} – {}",
                        s.slider_min,
                        s.slider_max
                    );
                }
            }
        }
    }
    for p in Param::ALL {
        assert!(
            seen.contains(p.spec().key),
            "docs/INPUTS.md lacks {}",
            p.spec().key
        );
    }
    assert!(seen.contains("view") && seen.contains("tolerate"));
}

#[test]
fn assumption_tables_match_the_cap_table() {
    let md = page("docs/ASSUMPTIONS.md");
    for (heading, prices) in [
        ("link key `cap.<key>`", false),
        ("link key `price.<key>`", true),
    ] {
        let rows = table(&md, heading);
        let mut seen = BTreeSet::new();
        for row in &rows {
            let key = key_of(&row[0]);
            let c = Cap::ALL
                .iter()
                .copied()
                .find(|c| c.is_price() == prices && c.spec().key == key)
                .unwrap_or_else(|| panic!("{heading}: {key} is not in the code's table"));
            assert!(seen.insert(c), "{heading}: {key} twice");
            check_default(&c.link_key(), &row[1], &c.spec());
            // A *profile* row is exactly one whose default a profile sets.
            assert_eq!(
                row[1].contains("(*profile*)"),
                set_by_a_profile(c),
                "{}: *profile* marker",
                c.link_key()
            );
            assert!(!row[2].is_empty(), "{}: no source", c.link_key());
        }
        for c in Cap::ALL.iter().filter(|c| c.is_price() == prices) {
            assert!(seen.contains(c), "{heading}: no row for {}", c.link_key());
        }
    }
    // The date the defaults were read, as each profile's source gives it.
    for comp in Component::ALL {
        for p in catalog(comp) {
            let date = p
                .source
                .split("read ")
                .nth(1)
                .unwrap_or_else(|| panic!("{}: no date in its source", p.id));
            let line = format!("read on {}", &date[..10]);
            assert!(
                md.contains(&line),
                "docs/ASSUMPTIONS.md lacks {line:?} ({})",
                p.id
            );
        }
    }
}

#[test]
fn profile_table_matches_the_catalog() {
    let rows = table(
        &page("docs/ASSUMPTIONS.md"),
        "link key `profile.<component>`",
    );
    let mut seen = BTreeSet::new();
    for row in &rows {
        for id in row[0].split(',').map(key_of) {
            let comp = Component::ALL
                .into_iter()
                .find(|c| c.id() == id)
                .unwrap_or_else(|| panic!("profile table: {id} is not a component"));
            assert!(seen.insert(comp), "profile table: {id} twice");
            // Exactly the catalog, in its order, with the default (only) in bold.
            let names: Vec<&str> = row[1].split('`').skip(1).step_by(2).collect();
            let ids: Vec<&str> = catalog(comp).iter().map(|p| p.id).collect();
            assert_eq!(names, ids, "profile table, {id}");
            let default = format!("**`{}`**", ids[default_index(comp)]);
            assert!(
                row[1].contains(&default) && row[1].matches("**`").count() == 1,
                "profile table, {id}: the default {default} alone in bold"
            );
        }
    }
    for c in Component::ALL {
        assert!(seen.contains(&c), "profile table lacks {}", c.id());
    }
}

#[test]
fn readme_views_match_the_code() {
    let rows = table(&page("README.md"), "What it models");
    let keys: Vec<&str> = rows.iter().map(|r| key_of(&r[0])).collect();
    let code: Vec<&str> = View::ALL.iter().map(|v| v.key()).collect();
    assert_eq!(keys, code, "README's view table");
}

/// Every link key the decoder accepts is named where a reader looks for it.
#[test]
fn every_link_key_is_documented() {
    let sharing = page("docs/SHARING.md");
    for needle in [
        format!("v={VERSION}"),
        "title=".to_string(),
        format!("{COMPARE_KEY}="),
        format!("`{STEP_KEY}=1…{SLIDES}`"),
        format!("`{CAP_PREFIX}<key>="),
        format!("`{PRICE_PREFIX}<key>="),
        format!("`{PROFILE_PREFIX}<component>="),
    ] {
        assert!(sharing.contains(&needle), "docs/SHARING.md lacks {needle}");
    }
    // The short keys above sit in their tables (checked there); the full
    // keys are what a link holds: each decodes as a real key.
    for c in Cap::ALL {
        let (_, fixes) = decode_link(&format!("{}={}", c.link_key(), c.spec().default));
        assert!(fixes.is_empty(), "{}: {fixes:?}", c.link_key());
    }
    let assumptions = page("docs/ASSUMPTIONS.md");
    for prefix in [CAP_PREFIX, PRICE_PREFIX, PROFILE_PREFIX] {
        assert!(
            assumptions.contains(&format!("link key `{prefix}")),
            "{prefix}"
        );
    }
}

/// Example links in code spans (`/?v=1&…`, `profile.broker=…`) decode with
/// no corrections, so a renamed key or value shows up here.
#[test]
fn example_links_decode_cleanly() {
    let mut n = 0;
    for (path, md) in pages() {
        for span in code_spans(&md) {
            let query = span.split_once('?').map_or(span.as_str(), |(_, q)| q);
            let example = query.starts_with("v=1&")
                || [CAP_PREFIX, PRICE_PREFIX, PROFILE_PREFIX, "users=", "view="]
                    .iter()
                    .any(|p| query.starts_with(p));
            if !example || query.contains('…') || query.contains('<') {
                continue;
            }
            let (_, fixes) = decode_link(query);
            assert!(fixes.is_empty(), "{path}: `{span}` → {fixes:?}");
            n += 1;
        }
    }
    assert!(n >= 3, "found only {n} example links");
}

/// GitHub's heading anchor: lower case, punctuation dropped, spaces to `-`.
fn anchor(heading: &str) -> String {
    heading
        .trim_start_matches('#')
        .trim()
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric() || *c == ' ' || *c == '-' || *c == '_')
        .map(|c| if c == ' ' { '-' } else { c })
        .collect()
}

/// The targets of Markdown links and images: `[text](target)`.
fn link_targets(md: &str) -> Vec<String> {
    md.split("](")
        .skip(1)
        .filter_map(|rest| rest.split_once(')').map(|(t, _)| t.trim().to_string()))
        .collect()
}

#[test]
fn relative_links_lead_somewhere() {
    let mut n = 0;
    for (path, md) in pages() {
        let dir = root().join(&path).parent().expect("dir").to_path_buf();
        for target in link_targets(&md) {
            if target.contains("://") || target.starts_with("mailto:") {
                continue;
            }
            let (file, frag) = target.split_once('#').unwrap_or((&target, ""));
            let dest = if file.is_empty() {
                root().join(&path)
            } else {
                dir.join(file)
            };
            assert!(dest.exists(), "{path}: link to {target} leads nowhere");
            if !frag.is_empty() {
                let text = std::fs::read_to_string(&dest).expect("md");
                let found = text
                    .lines()
                    .filter(|l| l.starts_with('#'))
                    .any(|l| anchor(l) == frag);
                assert!(found, "{path}: no heading for #{frag} in {file}");
            }
            n += 1;
        }
    }
    assert!(n > 10, "found only {n} links");
}

/// A code span naming a file or folder of the repository (`model/src/…`,
/// `scripts/test.sh`) names one that exists.
#[test]
fn repository_paths_exist() {
    const TOP: [&str; 9] = [
        "model/", "app/", "scripts/", "end2end/", "docs/", "style/", "pwa/", ".github/", ".ci/",
    ];
    for (path, md) in pages() {
        for span in code_spans(&md) {
            let span = span.as_str();
            if !TOP.iter().any(|t| span.starts_with(t))
                || span.contains(|c: char| c.is_whitespace() || "<>…*".contains(c))
                || span.contains("node_modules")
            {
                continue;
            }
            assert!(
                root().join(span).exists(),
                "{path}: `{span}` does not exist"
            );
        }
    }
}

#[test]
fn every_docs_page_is_linked_and_says_what_it_is() {
    let readme = page("README.md");
    for (path, md) in pages().into_iter().skip(1) {
        let name = path.trim_start_matches("docs/");
        assert!(
            readme.contains(&format!("]({path})")),
            "README.md does not link {path}"
        );
        let lines: Vec<&str> = md.lines().collect();
        assert!(lines[0].starts_with("# "), "{name}: no title");
        assert!(
            lines[1].is_empty()
                && !lines[2].is_empty()
                && !lines[2].starts_with(['#', '|', '`', '*', '-', '!'])
                && lines[3].is_empty(),
            "{name}: the title should be followed by one line saying what the page is"
        );
    }
}

#[test]
fn readme_names_the_two_setup_commands() {
    let readme = page("README.md");
    let block = readme
        .split("```sh\n")
        .nth(1)
        .and_then(|b| b.split("```").next())
        .expect("a sh block in README.md");
    let commands: Vec<&str> = block
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
        .collect();
    assert_eq!(
        commands,
        ["make serve", "make test"],
        "README's set-up block"
    );
    let makefile = page("Makefile");
    for target in ["serve:", "test:"] {
        assert!(
            makefile.lines().any(|l| l.starts_with(target)),
            "Makefile lacks {target}"
        );
    }
}

#[test]
fn presenter_lists_every_slide() {
    let md = page("docs/PRESENTER.md");
    let items: Vec<usize> = md
        .lines()
        .filter_map(|l| l.split_once(". ").and_then(|(n, _)| n.parse().ok()))
        .collect();
    let want: Vec<usize> = (1..=SLIDES).collect();
    assert_eq!(items, want, "docs/PRESENTER.md's numbered slide list");
    assert!(md.contains(&format!("`{STEP_KEY}=N`")));
}

fn envelope(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_envelope"))
        .args(args)
        .output()
        .expect("run envelope");
    assert!(out.status.success(), "envelope {args:?}");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Every field name in a JSON value, depth first, with the path to it.
fn fields(v: &serde_json::Value, at: &str, out: &mut Vec<(String, String)>) {
    match v {
        serde_json::Value::Object(m) => {
            for (k, x) in m {
                out.push((at.to_string(), k.clone()));
                fields(x, &format!("{at}/{k}"), out);
            }
        }
        serde_json::Value::Array(a) => {
            for x in a {
                fields(x, at, out);
            }
        }
        _ => {}
    }
}

/// The words of the schema block: field names as the docs spell them.
fn words(s: &str) -> BTreeSet<String> {
    s.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

#[test]
fn json_schema_matches_the_cli() {
    let md = page("docs/CLI.md");
    let schema = md
        .split("## The `--json` schema")
        .nth(1)
        .and_then(|s| s.split("```text\n").nth(1))
        .and_then(|s| s.split("```").next())
        .expect("the schema block in docs/CLI.md");
    // Placeholders and quoted keys are not field names.
    let mut plain = String::new();
    let mut depth = 0;
    for (i, part) in schema.split('"').enumerate() {
        if i % 2 == 1 {
            continue;
        }
        for c in part.chars() {
            match c {
                '<' => depth += 1,
                '>' => depth -= 1,
                _ if depth == 0 => plain.push(c),
                _ => {}
            }
        }
    }
    let documented = words(&plain);
    let top: BTreeSet<String> = schema
        .lines()
        .filter(|l| !l.starts_with(' '))
        .filter_map(|l| l.split_whitespace().next())
        .map(str::to_string)
        .collect();

    // Links that fill in the optional parts: corrections, every view, replay.
    let mut seen = BTreeSet::new();
    let mut tops = BTreeSet::new();
    for link in [
        "v=1&bogus=1&users=5e7",
        "view=cqrs&regions=3&tiered=48",
        "view=replay&replays=1000&snap=100",
        "view=messaging&ffetch=1",
        "view=sourcing&tolerate=node",
        "count.brokers=6",
        // A range adds `bands` and `least_regret` (docs/UNCERTAINTY.md).
        "users=500K..2M&view=cqrs",
    ] {
        let v: serde_json::Value =
            serde_json::from_str(&envelope(&["estimate", "--json", link])).expect("JSON");
        let mut all = Vec::new();
        fields(&v, "", &mut all);
        for (at, k) in all {
            if at.is_empty() {
                tops.insert(k.clone());
            }
            if at == "/assumptions" {
                // Checked against the tables: each is a documented link key.
                let (_, fixes) = decode_link(&format!("{k}=1"));
                assert!(
                    fixes.iter().all(|f| f.reason != "unknown key"),
                    "assumptions.{k} is not a link key"
                );
                continue;
            }
            if at == "/bands" {
                // Keyed by KPI path: each is a path the bands document.
                let view = if link.contains("cqrs") {
                    View::Cqrs
                } else {
                    View::Eventual
                };
                assert!(
                    model::draws::paths(view).contains(&k),
                    "bands.{k} is not a KPI path of model::draws::paths"
                );
                continue;
            }
            if at.starts_with("/least_regret/") && at.matches('/').count() == 3 {
                // Keyed by candidate: a profile id or a platform id.
                let known = model::component::Component::ALL
                    .iter()
                    .any(|c| model::profiles::find(*c, &k).is_some())
                    || model::platforms::PLATFORMS.iter().any(|p| p.id == k);
                assert!(
                    known,
                    "least_regret{at}: {k} is neither a profile nor a platform"
                );
                continue;
            }
            assert!(
                documented.contains(&k),
                "docs/CLI.md's --json schema lacks {at}/{k}"
            );
            seen.insert(k);
        }
    }
    assert_eq!(top, tops, "top-level fields of the --json schema");
    // The other way: a field the docs name that the CLI no longer prints.
    let prose = ["constraints", "number", "string"];
    for w in &documented {
        assert!(
            seen.contains(w) || prose.contains(&w.as_str()),
            "docs/CLI.md's --json schema names {w}, which `envelope estimate --json` does not print"
        );
    }
}

/// `envelope simulate --json` prints the estimate plus `simulation`, whose
/// fields are the second schema block, both ways.
#[test]
fn simulate_schema_matches_the_cli() {
    let md = page("docs/CLI.md");
    let block = md
        .split("## The `simulate --json` schema")
        .nth(1)
        .and_then(|s| s.split("```text\n").nth(1))
        .and_then(|s| s.split("```").next())
        .expect("the simulate schema block in docs/CLI.md");
    let plain: String = block
        .split('<')
        .enumerate()
        .map(|(i, p)| {
            if i == 0 {
                p
            } else {
                p.split_once('>').map_or("", |x| x.1)
            }
        })
        .collect();
    let documented = words(&plain);
    let v: serde_json::Value = serde_json::from_str(&envelope(&[
        "simulate",
        "--json",
        "view=cqrs&burst=600:30:9&fail=node@610",
    ]))
    .expect("JSON");
    assert!(v.get("nodes").is_some(), "the estimate's fields come first");
    let mut all = Vec::new();
    fields(&v["simulation"], "/simulation", &mut all);
    let mut seen = BTreeSet::from(["simulation".to_string()]);
    for (at, k) in all {
        if at == "/simulation/tiers" {
            continue; // keyed by the nodes key
        }
        assert!(
            documented.contains(&k),
            "docs/CLI.md's simulate schema lacks {at}/{k}"
        );
        seen.insert(k);
    }
    for w in &documented {
        assert!(
            seen.contains(w),
            "docs/CLI.md's simulate schema names {w}, which the CLI does not print"
        );
    }
}

#[test]
fn cli_doc_names_every_subcommand_and_flag() {
    let md = page("docs/CLI.md");
    let help = envelope(&["--help"]);
    let subs: Vec<&str> = help
        .split("Commands:")
        .nth(1)
        .expect("Commands:")
        .split("Options:")
        .next()
        .unwrap_or("")
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .filter(|s| *s != "help")
        .collect();
    assert!(subs.len() >= 3, "{help}");
    for sub in subs {
        assert!(
            md.contains(&format!("* `{sub}")),
            "docs/CLI.md lacks `{sub}`"
        );
        for flag in envelope(&[sub, "--help"])
            .split(|c: char| c.is_whitespace() || c == ',' || c == '[' || c == ']')
            .filter(|w| w.starts_with("--") && w.len() > 2)
            .filter(|w| !["--help", "--version"].contains(w))
        {
            let flag = flag.split(['=', '<']).next().unwrap_or(flag);
            let named = md.match_indices(flag).any(|(i, _)| {
                !md[i + flag.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '-')
            });
            assert!(named, "docs/CLI.md lacks {sub} {flag}");
        }
    }
}
