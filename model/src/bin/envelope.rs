//! `envelope`: the capacity model on the command line.
//!
//! * `envelope estimate [--json] [--explain] [--draws N] [--regret-under W] <link or query>`
//! * `envelope queue --rate <arrivals/s> --service-ms <ms> --servers <c> [--json]`
//! * `envelope options [--json] <link or query>`
//! * `envelope simulate [--json] <link or query>`
//! * `envelope presets`

use clap::{Parser, Subcommand};
use model::codec::{decode, encode, State};
use model::component::shown;
use model::draws::{bands, Bands};
use model::format::{bytes, bytes_per_sec, duration, int, millis, num, percent, rate};
use model::guide::guide;
use model::queue::mmc;
use model::regret::{least_regret, LeastRegret, RegretParams};
use model::{presets, Estimate, View};
use serde::Serialize;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "envelope",
    version,
    about = "Back-of-envelope capacity for event-driven systems"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Estimate a scenario given as a share link or query string ("" = defaults).
    Estimate {
        /// Print the stable JSON schema instead of a table.
        #[arg(long)]
        json: bool,
        /// Print every derivation step.
        #[arg(long)]
        explain: bool,
        /// Draws behind the bands when an input is a range (default 1000; clamped to 10-100000).
        #[arg(long)]
        draws: Option<usize>,
        /// Least regret's weight per dollar short (default 1.25, Netflix's; clamped to 0-100).
        #[arg(long = "regret-under")]
        regret_under: Option<f64>,
        /// A share link (https://…/?v=1&users=…) or just its query (users=1e6&view=cqrs).
        link: Option<String>,
    },
    /// M/M/c queue: utilisation, P(wait), mean and p99 wait.
    Queue {
        /// Arrivals per second (λ).
        #[arg(long)]
        rate: f64,
        /// Mean service time per request, ms (1/μ).
        #[arg(long = "service-ms")]
        service_ms: f64,
        /// Servers (c).
        #[arg(long)]
        servers: u64,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Where to run it: the scenario's stream sized and priced on every platform option.
    Options {
        /// Print JSON (`options: [...]`, cheapest first).
        #[arg(long)]
        json: bool,
        /// A share link or its query ("" = defaults).
        link: Option<String>,
    },
    /// Time and failure: the link's traffic shape, bursts and failure drill over its window.
    Simulate {
        /// Print the estimate's JSON plus `simulation`.
        #[arg(long)]
        json: bool,
        /// A share link or its query (shape=, burst=, fail=, window=; "" = defaults).
        link: Option<String>,
    },
    /// List the presets with their share links.
    Presets,
}

#[derive(Serialize)]
struct OptionsJson<'a> {
    options: &'a [model::options::OptionCost],
    corrections: &'a [model::codec::Correction],
}

/// Prints `v` as pretty JSON, or says why not.
fn print_json<T: Serialize>(v: &T) -> Result<(), ExitCode> {
    match serde_json::to_string_pretty(v) {
        Ok(text) => {
            println!("{text}");
            Ok(())
        }
        Err(err) => {
            eprintln!("error: {err}");
            Err(ExitCode::FAILURE)
        }
    }
}

/// Decodes a link, telling stderr what was corrected (the exit code stays 0).
fn decode_reporting(link: Option<&str>) -> (State, Vec<model::codec::Correction>) {
    let (st, fixes) = decode(link.unwrap_or(""));
    for f in &fixes {
        eprintln!(
            "corrected {}: given {:?}, used {} ({})",
            f.key, f.given, f.used, f.reason
        );
    }
    (st, fixes)
}

fn print_options(list: &[model::options::OptionCost]) {
    use model::format::usd;
    println!(
        "{:<22} {:>7} {:<30} {:<12} {:>10} {:>10} {:>10} {:>10}  feasible",
        "option", "units", "unit", "binds", "compute", "storage", "network", "monthly"
    );
    for o in list {
        println!(
            "{:<22} {:>7} {:<30} {:<12} {:>10} {:>10} {:>10} {:>10}  {}",
            o.id,
            int(o.units),
            o.unit_label,
            o.binding,
            usd(o.compute_usd),
            usd(o.storage_usd),
            usd(o.network_usd + o.other_usd),
            o.monthly_usd.map_or("not priced".to_string(), usd),
            if o.feasible {
                "yes".to_string()
            } else {
                format!("no: {}", o.limit)
            }
        );
        if !o.note.is_empty() {
            println!("{:<22} note: {}", "", o.note);
        }
        if !o.missing.is_empty() {
            println!("{:<22} no public price for: {}", "", o.missing.join(", "));
        }
        if let Some(y) = model::where_to_run::your_prices(o) {
            println!("{:<22} {y}", "");
        }
    }
}

#[derive(Serialize)]
struct EstimateJson<'a> {
    #[serde(flatten)]
    estimate: &'a Estimate,
    /// Every capacity and price in use (`cap.…`, `price.…`) and each profile (`profile.…`).
    assumptions: std::collections::BTreeMap<String, serde_json::Value>,
    corrections: &'a [model::codec::Correction],
    /// Vendor rules this scenario breaks (`model::warnings`).
    warnings: Vec<String>,
    /// p10/p50/p90 per KPI path, when an input is a range.
    #[serde(skip_serializing_if = "Option::is_none")]
    bands: Option<std::collections::BTreeMap<&'a str, model::draws::Band>>,
    /// Least-regret choice per `nodes` key and for the platform, when an input is a range.
    #[serde(skip_serializing_if = "Option::is_none")]
    least_regret: Option<&'a LeastRegret>,
}

/// The bands and least-regret answers of a link with ranges.
struct Uncertain {
    bands: Bands,
    regret: LeastRegret,
    params: RegretParams,
}

/// Works out the bands and least regret when the link has a range; reports a
/// clamped `--draws` or `--regret-under` as corrections.
fn uncertain(
    st: &State,
    draws: Option<usize>,
    under: Option<f64>,
    fixes: &mut Vec<model::codec::Correction>,
) -> Option<Uncertain> {
    let mut fix = |key: &str, given: String, used: String, reason: &str| {
        let c = model::codec::Correction {
            key: key.into(),
            given,
            used,
            reason: reason.into(),
        };
        eprintln!(
            "corrected {}: given {:?}, used {} ({})",
            c.key, c.given, c.used, c.reason
        );
        fixes.push(c);
    };
    let n = draws.unwrap_or(model::draws::DRAWS);
    let (used, changed) = model::draws::clamp_draws(n);
    if changed {
        fix(
            "--draws",
            n.to_string(),
            used.to_string(),
            &format!(
                "draws run {}-{}; clamped",
                model::draws::DRAWS_MIN,
                model::draws::DRAWS_MAX
            ),
        );
    }
    let asked = RegretParams {
        // The flag, else the link's `cap.regret_under` (default Netflix's).
        under: under.unwrap_or_else(|| RegretParams::of(&st.assumptions).under),
        ..RegretParams::default()
    };
    let params = asked.clamped();
    if params != asked {
        fix(
            "--regret-under",
            asked.under.to_string(),
            params.under.to_string(),
            &format!(
                "a weight runs 0-{}; clamped (NaN: the default)",
                model::regret::WEIGHT_MAX
            ),
        );
    }
    if st.ranges.is_empty() {
        return None;
    }
    Some(Uncertain {
        bands: bands(st, used),
        regret: least_regret(st, used, &params),
        params,
    })
}

fn print_uncertain(u: &Uncertain) {
    let b = &u.bands;
    let varying: Vec<String> = b
        .varying
        .iter()
        .map(|v| format!("{} {}..{}..{}", v.key, num(v.low), num(v.mid), num(v.high)))
        .collect();
    println!(
        "Bands (p10 · p50 · p90 over {} draws, seed {:#018x}; varying {})",
        int(b.draws as u64),
        b.seed,
        varying.join(", ")
    );
    for (path, text) in model::uncertainty::summary(b) {
        println!("  {path:<28} {text}");
    }
    println!("Least regret (expected USD a month over the same draws)");
    for (key, c) in &u.regret.0 {
        println!("  {}", model::uncertainty::why(key, c, &u.params));
    }
}

#[derive(Serialize)]
struct SimulateJson<'a> {
    #[serde(flatten)]
    estimate: EstimateJson<'a>,
    simulation: &'a model::timeline::Report,
}

/// The estimate's JSON object.
fn estimate_json<'a>(
    st: &State,
    e: &'a Estimate,
    fixes: &'a [model::codec::Correction],
) -> EstimateJson<'a> {
    EstimateJson {
        estimate: e,
        assumptions: model::estimate::resolved(&st.assumptions),
        corrections: fixes,
        warnings: model::warnings::warnings(&st.scenario, &st.assumptions),
        bands: None,
        least_regret: None,
    }
}

/// The simulation as text: the verdict, the KPIs, the events, per tier.
fn print_simulation(r: &model::timeline::Report, st: &State) {
    use model::timeline::{clock, kpis};
    println!("{}", r.verdict);
    println!();
    for k in kpis(&st.drill, &r.sim) {
        println!("{:<18} {:>12}  {}", k.label, k.value, k.note);
    }
    if !r.sim.events.is_empty() {
        println!();
        for ev in &r.sim.events {
            println!("{:>9}  {}", clock(ev.at_s), ev.label);
        }
    }
    println!();
    println!(
        "{:<18} {:>14} {:>10} {:>12}",
        "tier", "max backlog", "max lag", "drained"
    );
    for (k, t) in &r.sim.tiers {
        let drained = match t.drained_at_s {
            Some(0.0) => "—".to_string(),
            Some(x) => clock(x),
            None => "after window".to_string(),
        };
        println!(
            "{:<18} {:>14} {:>10} {:>12}",
            k,
            model::format::count(t.max_backlog_msgs),
            duration(t.max_lag_s),
            drained
        );
    }
}

fn print_table(st: &State, e: &Estimate, explain: bool) {
    let s = &st.scenario;
    if !st.title.is_empty() {
        println!("{}", st.title);
    }
    println!(
        "{} · {} · tier {}",
        s.view.title(),
        guide(s.view).title,
        e.tier.label
    );
    let row = |k: &str, v: String| println!("  {k:<28} {v}");
    println!("Load");
    row("average writes", rate(e.load.avg_msgs_per_sec, "msg/s"));
    row("peak writes", rate(e.load.peak_msgs_per_sec, "msg/s"));
    row("peak reads", rate(e.load.peak_reads_per_sec, "queries/s"));
    row("ingress", bytes_per_sec(e.load.ingress_bytes_per_sec));
    row(
        "consumer egress",
        bytes_per_sec(e.load.egress_bytes_per_sec),
    );
    row(
        "replication",
        bytes_per_sec(e.load.replication_bytes_per_sec),
    );
    row(
        "cross-region",
        bytes_per_sec(e.load.cross_region_bytes_per_sec),
    );
    row("cross-zone", bytes_per_sec(e.load.cross_az_bytes_per_sec));
    println!("Nodes (count · bound by · profile)");
    row("partitions", int(e.nodes.partitions));
    for c in shown(s.view) {
        let binding = e.sizing.get(c.key()).map_or("", |z| z.binding);
        row(
            &c.label().to_lowercase(),
            format!(
                "{} · {} · {}",
                int(e.nodes.of(*c)),
                binding.replace('_', " "),
                st.assumptions.profile(*c).id
            ),
        );
    }
    println!("Monthly cost (USD, on-demand, 730 h)");
    for c in shown(s.view) {
        if let Some(k) = e.cost.by_component.get(c.key()) {
            row(
                &c.label().to_lowercase(),
                format!("${}", num(k.monthly_usd)),
            );
        }
    }
    row(
        "total",
        format!(
            "${} (compute ${}, storage ${}, network ${})",
            num(e.cost.monthly_usd),
            num(e.cost.compute_usd),
            num(e.cost.storage_usd),
            num(e.cost.network_usd)
        ),
    );
    println!("Storage");
    row("per day", bytes(e.storage.bytes_per_day));
    row("retained", bytes(e.storage.retained_bytes));
    if matches!(s.view, View::Sourcing | View::Replay) {
        println!("Replay");
        row(
            "events per aggregate load",
            format!(
                "{} (without snapshots {})",
                model::format::num(e.replay.events_per_replay),
                model::format::num(e.replay.events_per_replay_without_snapshots)
            ),
        );
        row(
            "replay bandwidth",
            bytes_per_sec(e.replay.replay_bytes_per_sec),
        );
        row("full rebuild", duration(e.replay.rebuild_seconds));
    }
    println!("Latency");
    row("delivery p99", millis(e.latency.p99_delivery_ms));
    row(
        "consistency lag p99",
        millis(e.latency.consistency_lag_p99_ms),
    );
    row(
        "SLO",
        format!(
            "{} ({})",
            millis(e.latency.slo_ms),
            if e.latency.meets_slo { "met" } else { "MISSED" }
        ),
    );
    println!("Bottleneck: {}", e.bottleneck.label);
    println!("  {}", e.bottleneck.reason);
    println!("  First move: {}", e.bottleneck.first_move);
    for w in model::warnings::warnings(s, &st.assumptions) {
        println!("Warning: {w}");
    }
    if explain {
        println!("Derivation");
        for step in &e.steps {
            println!(
                "  {}: {}\n      = {}\n      = {}",
                step.label, step.formula, step.substituted, step.result
            );
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Estimate {
            json,
            explain,
            draws,
            regret_under,
            link,
        } => {
            let (st, mut fixes) = decode_reporting(link.as_deref());
            let mut e = Estimate::explain(&st.scenario, &st.assumptions);
            let u = uncertain(&st, draws, regret_under, &mut fixes);
            if let Some(u) = &u {
                e.steps.push(u.bands.step());
            }
            if json {
                let out = EstimateJson {
                    estimate: &e,
                    assumptions: model::estimate::resolved(&st.assumptions),
                    corrections: &fixes,
                    warnings: model::warnings::warnings(&st.scenario, &st.assumptions),
                    bands: u.as_ref().map(|u| u.bands.map()),
                    least_regret: u.as_ref().map(|u| &u.regret),
                };
                if let Err(code) = print_json(&out) {
                    return code;
                }
            } else {
                print_table(&st, &e, explain);
                if let Some(u) = &u {
                    print_uncertain(u);
                }
            }
        }
        Command::Queue {
            rate: lambda,
            service_ms,
            servers,
            json,
        } => {
            if !(service_ms.is_finite() && service_ms > 0.0) {
                eprintln!("error: --service-ms must be a positive number of milliseconds, got {service_ms}");
                return ExitCode::from(2);
            }
            match mmc(lambda, 1e3 / service_ms, servers) {
                Ok(q) => {
                    if json {
                        let text = serde_json::json!({
                            "utilisation": q.utilisation, "p_wait": q.p_wait,
                            "mean_wait_ms": q.mean_wait_s * 1e3, "p99_wait_ms": q.p99_wait_s * 1e3,
                            "service_ms": q.service_s * 1e3,
                        });
                        println!("{text}");
                    } else {
                        println!("utilisation  {}", percent(q.utilisation * 100.0));
                        println!("P(wait)      {:.4}", q.p_wait);
                        println!("mean wait    {}", duration(q.mean_wait_s));
                        println!("p99 wait     {}", duration(q.p99_wait_s));
                    }
                }
                Err(err) => {
                    eprintln!("error: {err}");
                    return ExitCode::from(2);
                }
            }
        }
        Command::Options { json, link } => {
            let (st, fixes) = decode_reporting(link.as_deref());
            let list = model::options::options(&st.scenario, &st.assumptions);
            if json {
                let out = OptionsJson {
                    options: &list,
                    corrections: &fixes,
                };
                if let Err(code) = print_json(&out) {
                    return code;
                }
            } else {
                print_options(&list);
            }
        }
        Command::Simulate { json, link } => {
            let (st, fixes) = decode_reporting(link.as_deref());
            let e = Estimate::explain(&st.scenario, &st.assumptions);
            let r = model::timeline::report(&st.scenario, &st.assumptions, &st.drill, &e);
            if json {
                let out = SimulateJson {
                    estimate: estimate_json(&st, &e, &fixes),
                    simulation: &r,
                };
                if let Err(code) = print_json(&out) {
                    return code;
                }
            } else {
                print_simulation(&r, &st);
            }
        }
        Command::Presets => {
            for p in presets::all() {
                let st = State {
                    scenario: p.scenario(View::default()),
                    ..State::default()
                };
                let q = encode(&st);
                let link = if q.is_empty() {
                    "(the bare link: all defaults)".to_string()
                } else {
                    format!("?{q}")
                };
                println!("{:<10} {}\n           {link}", p.id, p.name);
            }
        }
    }
    ExitCode::SUCCESS
}
