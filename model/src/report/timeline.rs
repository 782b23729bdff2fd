//! The simulation in words (issue #18): the verdict, the KPIs with their
//! show-work, clock times, and the timeline as CSV. The numbers come from
//! [`crate::sizing::simulate`]; nothing here re-derives them.

use crate::common::format::{count, duration};
use crate::inputs::drill::{Drill, Fail};
use crate::inputs::scenario::Scenario;
use crate::sizing::estimate::Estimate;
use crate::sizing::simulate::{simulate, Simulation};
use serde::Serialize;

/// The `simulation` object of `envelope simulate --json`: the numbers, the
/// worst tier's series and the verdict in words.
#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    /// Everything the simulation found.
    pub sim: Simulation,
    /// One sentence: does it survive, how bad does lag get, when is it whole.
    pub verdict: String,
}

impl Serialize for Report {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Out<'a> {
            #[serde(flatten)]
            sim: &'a Simulation,
            series: crate::sizing::simulate::Series<'a>,
            verdict: &'a str,
        }
        Out {
            sim: &self.sim,
            series: self.sim.series(),
            verdict: &self.verdict,
        }
        .serialize(s)
    }
}

/// Runs the drill and words it.
pub fn report(s: &Scenario, a: &crate::Assumptions, d: &Drill, e: &Estimate) -> Report {
    let sim = simulate(s, a, d, e);
    let verdict = verdict(s, d, &sim);
    Report { sim, verdict }
}

/// A time in the window as a clock: `19:00`, or `Tue 19:00` past the first
/// day (minute 0 is 00:00 on a Monday).
pub fn clock(t_s: f64) -> String {
    const DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    let m = (t_s.max(0.0) / 60.0).round() as u64;
    let (day, h, min) = (m / 1440, (m % 1440) / 60, m % 60);
    if day == 0 {
        format!("{h:02}:{min:02}")
    } else {
        format!("{} {h:02}:{min:02}", DAYS[(day % 7) as usize])
    }
}

/// The window's length: "24 h", "168 h".
fn window_words(sim: &Simulation) -> String {
    format!("{} h", crate::common::format::num(sim.window_s / 3600.0))
}

/// What the drill was, in words: "a zone loss at 19:10".
fn drill_words(d: &Drill) -> String {
    match d.fail {
        Fail::None => String::new(),
        Fail::Node(m) => format!("a broker loss at {}", clock(m * 60.0)),
        Fail::Zone(m) => format!("a zone loss at {}", clock(m * 60.0)),
    }
}

/// One sentence, e.g. "Survives a zone loss at 19:00 with lag ≤ 40 s; fully
/// replicated again after 3 h 10 min."
pub fn verdict(s: &Scenario, d: &Drill, sim: &Simulation) -> String {
    let window = window_words(sim);
    let what = match (d.fail.at().is_some(), d.bursts.is_empty()) {
        (true, true) => drill_words(d),
        (true, false) => format!("{} and the bursts", drill_words(d)),
        (false, false) => "the bursts".to_string(),
        (false, true) => format!("{window} of this traffic"),
    };
    let lag = if sim.max_lag_s > 0.0 {
        format!(
            "lag peaks at {} ({} messages queued in {}) at {}",
            duration(sim.max_lag_s),
            count(sim.max_backlog_msgs),
            sim.worst,
            clock(sim.max_backlog_at_s)
        )
    } else {
        "nothing queues".to_string()
    };
    let drained = match sim.drained_at_s {
        Some(t) if t > 0.0 => format!(", gone by {}", clock(t)),
        Some(_) => String::new(),
        None => format!(", still queued when the {window} window ends"),
    };
    let slo = if sim.seconds_over_slo > 0.0 {
        format!(
            "; delay is over the {} SLO for {}",
            crate::common::format::millis(s.slo_ms),
            duration(sim.seconds_over_slo)
        )
    } else {
        format!(
            "; delay stays within the {} SLO",
            crate::common::format::millis(s.slo_ms)
        )
    };
    let whole = match (d.fail, sim.under_replicated_s, sim.recovery_s) {
        (Fail::None, ..) => String::new(),
        (_, Some(u), _) if u > 0.0 => format!("; fully replicated again after {}", duration(u)),
        (Fail::Node(_), None, _) | (Fail::Zone(_), None, _) if sim.window_s > 0.0 => {
            format!("; still under-replicated when the {window} window ends")
        }
        (_, _, Some(r)) => format!("; every tier whole again after {}", duration(r)),
        _ => String::new(),
    };
    let keeps_up = sim.drained_at_s.is_some() && sim.seconds_over_slo == 0.0;
    let head = if keeps_up {
        "Survives"
    } else {
        "Falls behind under"
    };
    format!("{head} {what}: {lag}{drained}{slo}{whole}.")
}

/// One KPI of the timeline with its show-work.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Kpi {
    /// Stable id (`max_lag`, `drain`, `over_slo`, `under_replicated`, `recovery`).
    pub id: &'static str,
    /// Label.
    pub label: &'static str,
    /// The figure.
    pub value: String,
    /// When, or a short note.
    pub note: String,
    /// How it was worked out.
    pub work: String,
}

/// The timeline's KPIs: max lag, drain after the burst, time over the SLO,
/// time under-replicated, time to recover.
pub fn kpis(d: &Drill, sim: &Simulation) -> Vec<Kpi> {
    let window = window_words(sim);
    let mut out = vec![Kpi {
        id: "max_lag",
        label: "Max lag",
        value: duration(sim.max_lag_s),
        note: if sim.max_backlog_msgs > 0.0 {
            format!(
                "{} messages in {} at {}",
                count(sim.max_backlog_msgs),
                sim.worst,
                clock(sim.max_backlog_at_s)
            )
        } else {
            "nothing queues".into()
        },
        work: "per step: backlog' = max(0, backlog + (offered − capacity) × dt); lag = backlog ÷ service rate; the worst tier's maximum".into(),
    }];
    let burst_end = d
        .bursts
        .iter()
        .map(|b| (b.start + b.dur) * 60.0)
        .fold(None, |m: Option<f64>, x| Some(m.map_or(x, |m| m.max(x))));
    let (value, note) = match (sim.drained_at_s, burst_end) {
        (Some(0.0), _) => ("0 s".to_string(), "nothing queued".to_string()),
        (Some(t), Some(end)) => (
            duration((t - end).max(0.0)),
            format!("backlog gone at {}", clock(t)),
        ),
        (Some(t), None) => (duration(t), format!("backlog gone at {}", clock(t))),
        (None, _) => (
            "—".into(),
            format!("still queued when the {window} window ends"),
        ),
    };
    out.push(Kpi {
        id: "drain",
        label: "Drain after the burst",
        value,
        note,
        work: "a backlog B drains in B ÷ (capacity − inflow); the step that empties it records the instant (Pandey, InfoQ 2026)".into(),
    });
    out.push(Kpi {
        id: "over_slo",
        label: "Time over the SLO",
        value: duration(sim.seconds_over_slo),
        note: format!("worst delay {}", crate::common::format::millis(sim.max_delay_ms)),
        work: "delay = network RTTs + per tier (service time + M/M/c p99 wait, Sakasegawa's approximation + backlog ÷ capacity); seconds with delay over the SLO".into(),
    });
    if d.fail != Fail::None {
        // Past the window, the figure is at least what the window saw of it.
        let past = d
            .fail
            .at()
            .map(|m| sim.window_s - m * 60.0)
            .filter(|x| *x > 0.0)
            .map_or("—".to_string(), |x| format!("> {}", duration(x)));
        out.push(Kpi {
            id: "under_replicated",
            label: "Under-replicated",
            value: sim.under_replicated_s.map_or(past.clone(), duration),
            note: match sim.under_replicated_s {
                Some(0.0) => "no broker lost".into(),
                Some(_) => "until the replacement holds every copy".into(),
                None => format!("past the {window} window"),
            },
            work: "detection + elections + replacement delay + lost data ÷ min(throttle × replacements, survivors' spare disk and network)".into(),
        });
        out.push(Kpi {
            id: "recovery",
            label: "Time to recover",
            value: sim.recovery_s.map_or(past, duration),
            note: match sim.recovery_s {
                Some(_) => "every node serving, every backlog gone".into(),
                None => format!("not whole within the {window} window"),
            },
            work: "from the failure until every tier has all its nodes and no backlog".into(),
        });
    }
    out
}

/// The timeline as CSV: one row per step, per tier offered, capacity,
/// served, backlog and lag, then the end-to-end delay.
pub fn csv(sim: &Simulation) -> String {
    let mut head = vec!["t_s".to_string()];
    for ts in &sim.timeline {
        let k = ts.component.map_or("tier", |c| c.key());
        for col in ["offered", "capacity", "served", "backlog", "lag_s"] {
            head.push(format!("{k}_{col}"));
        }
    }
    head.push("delay_ms".into());
    let mut out = head.join(",");
    out.push('\n');
    for (i, t) in sim.t_s.iter().enumerate() {
        let mut row = vec![num_csv(*t)];
        for ts in &sim.timeline {
            for v in [
                ts.offered[i],
                ts.capacity[i],
                ts.served[i],
                ts.backlog[i],
                ts.lag_s[i],
            ] {
                row.push(num_csv(v));
            }
        }
        row.push(num_csv(sim.delay_ms.get(i).copied().unwrap_or(0.0)));
        out.push_str(&row.join(","));
        out.push('\n');
    }
    out
}

/// A CSV number: plain, at most 6 decimals.
fn num_csv(v: f64) -> String {
    if v.is_finite() {
        let r = (v * 1e6).round() / 1e6;
        format!("{r}")
    } else {
        "0".into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn past_the_window_says_at_least_how_long() {
        let (st, _) = crate::inputs::codec::decode("fail=zone@1150");
        let e = Estimate::numbers(&st.scenario, &st.assumptions);
        let sim = simulate(&st.scenario, &st.assumptions, &st.drill, &e);
        assert_eq!(sim.under_replicated_s, None, "16 TiB brokers take ~37 h");
        let k = kpis(&st.drill, &sim);
        let under = k.iter().find(|k| k.id == "under_replicated").expect("kpi");
        assert_eq!(under.value, "> 4.83 h");
        assert!(under.note.contains("past the 24 h window"));
    }

    #[test]
    fn clocks() {
        assert_eq!(clock(0.0), "00:00");
        assert_eq!(clock(19.0 * 3600.0), "19:00");
        assert_eq!(clock(86_400.0 + 600.0), "Tue 00:10");
        assert_eq!(clock(-5.0), "00:00");
    }
}
