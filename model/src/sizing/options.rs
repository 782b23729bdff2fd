//! Where to run it: the scenario's stream sized and priced on every option
//! of the platform catalog ([`crate::inputs::platforms`]), side by side.
//!
//! The workload is the broker tier's: peak and average ingress, fan-out,
//! retention, partitions, message rate and size, peak factor and
//! compression. Per option:
//!
//! * **metered bytes** = ingress ÷ compression (wire), or ingress as written
//!   when the option bills uncompressed bytes (WarpStream);
//! * **units** (`Units`) = max over the unit's capacities of
//!   ⌈demand ÷ (capacity × u)⌉ (u = the planning utilisation where the
//!   option is provisioned, 1 where the vendor scales it), at least the
//!   option's minimum, rounded up to its step; the cheapest size that fits
//!   its limits is chosen;
//! * **brokers** (`Brokers`) = the model's own broker table under each listed
//!   profile (the same count and bill as the estimate's broker tier);
//! * **monthly cost** = units × $/h × 730 + fixed $/h × 730 + partitions ×
//!   $/partition-h × 730 (compute); average metered GB-month retained ×
//!   billed copies × $/GB-month (storage); GB in × $/GB + GB out × $/GB +
//!   billed cross-zone GB × $/GB (network); billed records ÷ 10^6 × $/M
//!   (other). Traffic is billed at the average (peak ÷ peak factor).
//!
//! An option is infeasible when a hard limit is hit (the limit is named);
//! a quota support can raise is feasible with a note. A dimension with no
//! public price leaves `monthly_usd` empty and names what is missing.

use crate::common::units::whole_nodes;
use crate::inputs::component::Component;
use crate::inputs::option_prices::{Dim, Priced};
use crate::inputs::platforms::{Copies, CrossZone, Metered, Platform, Sizing, PLATFORMS};
use crate::inputs::scenario::{Assumptions, Scenario, View};
use crate::sizing::cost::{self, HOURS_PER_MONTH, SECONDS_PER_MONTH};
use crate::sizing::estimate::size;
use crate::sizing::load::Load;
use crate::sizing::nodes::{self, SizingMap};
use serde::Serialize;

const MB: f64 = 1e6;
const GB: f64 = 1e9;

/// One option's answer for the scenario. Field names are the JSON of
/// `envelope options --json`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct OptionCost {
    /// Catalog id.
    pub id: &'static str,
    /// Vendor's name.
    pub name: &'static str,
    /// Whether it runs this load within its hard limits.
    pub feasible: bool,
    /// The hard limit hit, in words, when infeasible; else empty.
    pub limit: String,
    /// A quota to raise, or another caveat; else empty.
    pub note: String,
    /// Units needed (brokers, shards, TUs, vCPUs; 1 cluster when usage-billed).
    pub units: u64,
    /// What a unit is, with the size chosen (`broker (kafka.m7g.xlarge)`).
    pub unit_label: String,
    /// What sets the unit count.
    pub binding: &'static str,
    /// Monthly total, USD; `None` when a needed price is not public.
    pub monthly_usd: Option<f64>,
    /// Units, cluster and partition hours.
    pub compute_usd: f64,
    /// Retained bytes.
    pub storage_usd: f64,
    /// Bytes in, out and across zones.
    pub network_usd: f64,
    /// Requests and records.
    pub other_usd: f64,
    /// Billing dimensions with no price, public or yours.
    pub missing: Vec<String>,
    /// Dimensions billed at your price (`price.<id>.<dim>` keys' last
    /// part) rather than the catalog's; empty when all are the catalog's.
    pub your_prices: Vec<&'static str>,
    /// Where the catalog's figures come from.
    pub source: &'static str,
    /// When they were read.
    pub priced_on: &'static str,
}

/// The stream every option is asked to carry, from the scenario's load.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Workload {
    /// Producer bytes/s at peak, before compression.
    pub in_peak: f64,
    /// Producer bytes/s on average, before compression.
    pub in_avg: f64,
    /// Consumer groups reading every byte.
    pub fanout: f64,
    /// Records/s at peak.
    pub records_peak: f64,
    /// Records/s on average.
    pub records_avg: f64,
    /// Bytes per record, before compression.
    pub record_bytes: f64,
    /// Compression ratio on the wire and on disk.
    pub compression: f64,
    /// Partitions (leaders).
    pub partitions: f64,
    /// Retention, days.
    pub retention_days: f64,
    /// Replication factor.
    pub rf: f64,
    /// Zones.
    pub az: f64,
    /// Whether consumers read a replica in their own zone (KIP-392).
    pub follower_fetch: bool,
}

impl Workload {
    /// The broker tier's stream for `s` (clamped) with its derived load.
    pub fn of(s: &Scenario, a: &Assumptions, load: &Load) -> Workload {
        let peak = s.peak_factor.max(1.0);
        Workload {
            in_peak: load.ingress_bytes_per_sec,
            in_avg: load.ingress_bytes_per_sec / peak,
            fanout: s.fanout,
            records_peak: load.peak_msgs_per_sec,
            records_avg: load.avg_msgs_per_sec,
            record_bytes: s.size_bytes,
            compression: s.compression.max(1.0),
            partitions: nodes::partitions(s, load, a) as f64,
            retention_days: s.retention_days,
            rf: s.rf,
            az: s.az.max(1.0),
            follower_fetch: s.follower_fetch >= 0.5,
        }
    }

    /// Bytes/s the option bills writes and storage on.
    fn metered(&self, m: Metered, bytes: f64) -> f64 {
        match m {
            Metered::Wire => bytes / self.compression,
            Metered::Uncompressed => bytes,
        }
    }
}

/// Every option for the scenario, cheapest priced feasible first, then the
/// other priced ones, then the unpriced; ties keep catalog order.
pub fn options(s: &Scenario, a: &Assumptions) -> Vec<OptionCost> {
    let s = broker_view(&s.clamped());
    let a = a.clamped();
    let load = crate::sizing::load::derive(&s, &mut crate::common::explain::Work::new(false));
    let w = Workload::of(&s, &a, &load);
    let mut out: Vec<OptionCost> = PLATFORMS.iter().map(|p| price(p, &s, &a, &w)).collect();
    crate::common::order::sort_small_by(&mut out, |x, y| rank(x).total_cmp(&rank(y)).is_lt());
    out
}

/// One option's monthly cost across user counts, for the cost-vs-users chart.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Curve {
    /// Catalog id.
    pub id: &'static str,
    /// Vendor's name.
    pub name: &'static str,
    /// (users, monthly USD when priced, feasible) at each point.
    pub points: Vec<(f64, Option<f64>, bool)>,
    /// The first limit hit along the sweep, in words; empty when none is.
    pub limit: String,
}

/// Every option at `points` log-spaced user counts from `from` to `to`, in
/// catalog order: the lines of the "Where to run it" chart.
pub fn sweep(s: &Scenario, a: &Assumptions, from: f64, to: f64, points: usize) -> Vec<Curve> {
    let base = broker_view(&s.clamped());
    let a = a.clamped();
    let mut curves: Vec<Curve> = PLATFORMS
        .iter()
        .map(|p| Curve {
            id: p.id,
            name: p.name,
            points: Vec::with_capacity(points),
            limit: String::new(),
        })
        .collect();
    let n = points.max(2);
    let (lo, hi) = (from.max(1.0).log10(), to.max(from.max(1.0)).log10());
    let prepared: Vec<_> = PLATFORMS
        .iter()
        .map(|p| (profile_assumptions(p, &a), a.option_prices().priced(p)))
        .collect();
    for i in 0..n {
        let users = crate::inputs::params::Param::Users
            .spec()
            .clamp(10f64.powf(lo + (hi - lo) * i as f64 / (n - 1) as f64))
            .0;
        let at = Scenario {
            users,
            ..base.clone()
        };
        let load = crate::sizing::load::derive(&at, &mut crate::common::explain::Work::new(false));
        let w = Workload::of(&at, &a, &load);
        for ((p, curve), (pre, pr)) in PLATFORMS.iter().zip(curves.iter_mut()).zip(&prepared) {
            let o = match p.sizing {
                Sizing::Brokers(_) => brokers(p, pre, &at, false),
                _ => generic(p, pr, &at, &w),
            };
            if !o.feasible && curve.limit.is_empty() {
                curve.limit = format!(
                    "from ~{} users: {}",
                    crate::common::format::count(users),
                    o.limit
                );
            }
            curve.points.push((users, o.monthly_usd, o.feasible));
        }
    }
    curves
}

/// Sort key: priced feasible by cost, then priced infeasible, then unpriced.
fn rank(o: &OptionCost) -> f64 {
    match (o.monthly_usd, o.feasible) {
        (Some(m), true) => m,
        (Some(m), false) => 1e30 + m.min(1e29),
        (None, _) => f64::INFINITY,
    }
}

/// The scenario as the eventual view sees it: brokers are always sized.
fn broker_view(s: &Scenario) -> Scenario {
    Scenario {
        view: View::Eventual,
        ..s.clone()
    }
}

/// One option, priced.
pub fn price(p: &Platform, s: &Scenario, a: &Assumptions, w: &Workload) -> OptionCost {
    match p.sizing {
        Sizing::Brokers(_) => brokers(p, &profile_assumptions(p, a), s, true),
        Sizing::Units | Sizing::Usage => generic(p, &a.option_prices().priced(p), s, w),
    }
}

/// Self-managed or provisioned Kafka through the model's broker table: each
/// profile sized and billed as the estimate would, the cheapest kept (with a
/// note when it needs more brokers than the default quota).
/// The assumptions for each broker profile of a Kafka option: the person's,
/// with the tier on `p` and that profile. Made once per options table or
/// sweep, not per point (each is a copy and a re-resolve).
fn profile_assumptions(p: &Platform, a: &Assumptions) -> Vec<(&'static str, Assumptions)> {
    let Sizing::Brokers(profiles) = p.sizing else {
        return Vec::new();
    };
    profiles
        .iter()
        .filter_map(|id| {
            let mut pa = a.clone();
            // The option first, so its broker bill is Kafka's, then the size.
            (pa.set_platform(p.id) && pa.set_profile(Component::Broker, id)).then_some((*id, pa))
        })
        .collect()
}

/// `detail` records what binds (the table); a chart sweep needs only the bill.
fn brokers(
    p: &Platform,
    profiles: &[(&'static str, Assumptions)],
    s: &Scenario,
    detail: bool,
) -> OptionCost {
    let mut best: Option<(bool, f64, OptionCost)> = None;
    for (id, pa) in profiles {
        let mut map = SizingMap::default();
        let sized = size(
            s,
            &crate::sizing::nodes::Rates::new(s, pa),
            false,
            detail.then_some(&mut map),
            &mut crate::common::explain::Work::new(false),
        );
        let n = sized.nodes.brokers;
        let c = cost::component_cost(
            Component::Broker,
            s,
            pa,
            &sized.load,
            &sized.nodes,
            &sized.storage,
        );
        let within = (n as f64) <= p.limits.max_units;
        let o = OptionCost {
            id: p.id,
            name: p.name,
            feasible: true,
            limit: String::new(),
            note: if within {
                String::new()
            } else {
                format!(
                    "needs {n} brokers: raise the quota of {} brokers per cluster, or split the stream over clusters",
                    p.limits.max_units
                )
            },
            units: n,
            unit_label: format!("{} ({id})", p.unit_label),
            binding: map.of(Component::Broker).binding,
            monthly_usd: Some(c.monthly_usd),
            compute_usd: c.compute_usd,
            storage_usd: c.storage_usd,
            network_usd: c.network_usd,
            other_usd: 0.0,
            missing: Vec::new(),
            your_prices: Vec::new(),
            source: p.source,
            priced_on: p.priced_on,
        };
        // The cheapest size wins even past the quota (a quota can be raised,
        // and the note says so): a minimum over sizes keeps the cost monotone in load.
        let better = match &best {
            None => true,
            Some((_, m, _)) => c.monthly_usd < *m,
        };
        if better {
            best = Some((within, c.monthly_usd, o));
        }
    }
    best.map(|b| b.2)
        .unwrap_or_else(|| unpriced(p, "no broker profile"))
}

fn unpriced(p: &Platform, why: &'static str) -> OptionCost {
    OptionCost {
        id: p.id,
        name: p.name,
        feasible: false,
        limit: why.to_string(),
        note: String::new(),
        units: 0,
        unit_label: p.unit_label.to_string(),
        binding: "",
        monthly_usd: None,
        compute_usd: 0.0,
        storage_usd: 0.0,
        network_usd: 0.0,
        other_usd: 0.0,
        missing: p.missing.iter().map(|m| m.to_string()).collect(),
        your_prices: Vec::new(),
        source: p.source,
        priced_on: p.priced_on,
    }
}

/// Units of fixed capacity, or one usage-billed cluster.
fn generic(p: &Platform, pr: &Priced, s: &Scenario, w: &Workload) -> OptionCost {
    let u = if p.plan_headroom {
        s.util_pct / 100.0
    } else {
        1.0
    };
    let wire_in_peak = w.metered(Metered::Wire, w.in_peak) / MB;
    let out_peak = wire_in_peak * w.fanout;
    // Partitions: the scenario's, raised to what the per-partition limit needs.
    let parts = w
        .partitions
        .max((wire_in_peak / p.limits.partition_in_mbps).ceil())
        .max(1.0);
    let copies = match p.copies {
        Copies::One => 1.0,
        Copies::Replicas => w.rf,
    };
    let metered_avg = w.metered(p.metered, w.in_avg);
    let stored_gb = metered_avg * w.retention_days * 86_400.0 * copies / GB;
    let record_units = if p.prices.record_unit_bytes > 0.0 {
        (w.record_bytes / w.compression / p.prices.record_unit_bytes)
            .ceil()
            .max(1.0)
    } else {
        1.0
    };

    // Units: the cheapest size whose count stays within the unit limit.
    let mut chosen: Option<(usize, f64, &'static str)> = None;
    if p.sizing == Sizing::Units {
        for (i, size) in p.sizes.iter().enumerate() {
            let rows = [
                ("ingress", wire_in_peak, size.in_mbps),
                ("egress", out_peak, size.out_mbps),
                ("records in", w.records_peak * record_units, size.in_records),
                ("records out", w.records_peak * w.fanout, size.out_records),
                ("partitions", parts, size.partitions),
            ];
            let mut need = p.limits.min_units.max(1.0);
            let mut binding = "minimum";
            for (name, demand, cap) in rows {
                if cap > 0.0 {
                    // Provisioned units plan at u; a partition or GB limit is not a rate.
                    let per = if matches!(name, "partitions" | "storage") {
                        cap
                    } else {
                        cap * u
                    };
                    let n = whole_nodes(demand, per) as f64;
                    if n > need {
                        need = n;
                        binding = name;
                    }
                }
            }
            let step = p.limits.unit_step.max(1.0);
            let need = (need / step).ceil() * step;
            let fits = need <= p.limits.max_units || p.limits.units_quota;
            let cost = pr.hour(size).unwrap_or(f64::INFINITY) * need;
            let better = match chosen {
                None => true,
                Some((j, n, _)) => {
                    let best_fits = n <= p.limits.max_units || p.limits.units_quota;
                    let best_cost = pr.hour(&p.sizes[j]).unwrap_or(f64::INFINITY) * n;
                    (fits && !best_fits) || (fits == best_fits && cost < best_cost)
                }
            };
            if better {
                chosen = Some((i, need, binding));
            }
        }
    }
    let (size_i, units, binding) = chosen.unwrap_or((0, 1.0, "usage"));
    let size = p.sizes.get(size_i);

    // Hard limits, first hit named.
    let limits = [
        (
            wire_in_peak > p.limits.max_in_mbps,
            format!("{} MB/s of ingress per cluster", p.limits.max_in_mbps),
        ),
        (
            out_peak > p.limits.max_out_mbps,
            format!("{} MB/s of egress per cluster", p.limits.max_out_mbps),
        ),
        (
            parts > p.limits.max_partitions,
            format!("{} partitions", p.limits.max_partitions),
        ),
        (
            w.retention_days > p.limits.max_retention_days,
            format!("{} days of retention", p.limits.max_retention_days),
        ),
        (
            w.record_bytes / w.compression > p.limits.max_record_bytes,
            format!("{} MiB per record", p.limits.max_record_bytes / 1_048_576.0),
        ),
        (
            !p.limits.units_quota && units > p.limits.max_units,
            format!(
                "{} {}s per {}",
                p.limits.max_units, p.unit_label, p.limits.scope
            ),
        ),
    ];
    let limit = limits
        .iter()
        .find(|(hit, _)| *hit)
        .map(|(_, why)| why.clone())
        .unwrap_or_default();
    let note = if p.limits.units_quota && units > p.limits.max_units {
        format!(
            "needs {units} {}s: raise the default quota of {}",
            p.unit_label, p.limits.max_units
        )
    } else if parts > w.partitions {
        format!(
            "{parts} partitions, raised from {} by the per-partition limit",
            w.partitions
        )
    } else {
        String::new()
    };

    // The bill, by dimension; a missing price is skipped and named.
    let mut missing: Vec<String> = p.missing.iter().map(|m| m.to_string()).collect();
    let includes_storage = size.is_some_and(|z| z.storage_gb > 0.0);
    for d in p.billed {
        // Extended retention is only owed past the included days, and
        // storage past what the units include (both below).
        let conditional =
            *d == Dim::ExtendedUnitHour || (*d == Dim::StoredGbMonth && includes_storage);
        if !conditional && pr.value(p, *d).is_none() {
            missing.push(d.billed(p));
        }
    }
    let q = &pr.prices;
    let hours = HOURS_PER_MONTH;
    let unit_hours = (units - q.free_units).max(0.0);
    let mut compute = size
        .and_then(|z| pr.hour(z))
        .map_or(0.0, |h| unit_hours * h * hours);
    compute += q.fixed_hour.map_or(0.0, |h| h * hours);
    compute += q.partition_hour.map_or(0.0, |h| parts * h * hours);
    // Storage a unit includes is in its price; the rest is billed per GB-month.
    let included = size.map_or(0.0, |z| z.storage_gb * units);
    let extra_gb = if included > 0.0 {
        (stored_gb - included).max(0.0)
    } else {
        stored_gb
    };
    let storage = q.stored_gb_month.map_or(0.0, |g| extra_gb * g);
    if extra_gb > 0.0 && included > 0.0 && q.stored_gb_month.is_none() {
        missing.push("storage beyond what the units include".into());
    }
    // Retention past what the base price includes (Kinesis: 24 h), per unit-hour.
    let mut storage = storage;
    if w.retention_days > q.included_days {
        match q.extended_unit_hour {
            Some(h) if w.retention_days <= q.extended_days => {
                storage += units * h * hours;
            }
            _ => missing.push("retention past the included days".into()),
        }
    }
    let month = SECONDS_PER_MONTH;
    let in_gb = w.metered(p.metered, w.in_avg) * month / GB;
    let out_gb = w.metered(Metered::Wire, w.in_avg) * w.fanout * month / GB;
    let cross_gb = cross_zone_bytes(p.cross_zone, w) * month / GB;
    let network = q.in_gb.map_or(0.0, |g| in_gb * g)
        + q.out_gb.map_or(0.0, |g| out_gb * g)
        + q.cross_zone_gb.map_or(0.0, |g| cross_gb * g);
    let other = p
        .prices
        .per_million_records
        .map_or(0.0, |m| w.records_avg * record_units * month / 1e6 * m);
    let monthly = missing
        .is_empty()
        .then_some(compute + storage + network + other);
    OptionCost {
        id: p.id,
        name: p.name,
        feasible: limit.is_empty(),
        limit,
        note,
        units: units as u64,
        unit_label: match size {
            Some(z) if p.sizes.len() > 1 => format!("{} ({})", p.unit_label, z.name),
            _ => p.unit_label.to_string(),
        },
        binding,
        monthly_usd: monthly,
        compute_usd: compute,
        storage_usd: storage,
        network_usd: network,
        other_usd: other,
        missing,
        your_prices: pr.yours.iter().map(|d| d.key()).collect(),
        source: p.source,
        priced_on: p.priced_on,
    }
}

/// Average bytes/s crossing zones that the option bills (wire bytes):
/// producers reach a leader in another zone ((az − 1)/az of ingress),
/// consumers too unless they fetch from their own zone, and with `All`
/// followers copy every byte to min(rf − 1, az − 1) other zones.
fn cross_zone_bytes(c: CrossZone, w: &Workload) -> f64 {
    let wire = w.in_avg / w.compression;
    let other = (w.az - 1.0) / w.az;
    let clients = wire * other
        + if w.follower_fetch {
            0.0
        } else {
            wire * w.fanout * other
        };
    match c {
        CrossZone::None => 0.0,
        CrossZone::Clients => clients,
        CrossZone::All => clients + wire * (w.rf - 1.0).min(w.az - 1.0).max(0.0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::inputs::platforms::find;

    fn one(id: &str, s: &Scenario) -> OptionCost {
        options(s, &Assumptions::default())
            .into_iter()
            .find(|o| o.id == id)
            .expect("option")
    }

    #[test]
    fn msk_standard_is_the_estimates_own_broker_tier() {
        let s = Scenario::hundred_mbps();
        let o = one("msk-standard", &s);
        let mut a = Assumptions::default();
        // The option chose the cheapest MSK size; the estimate under that size agrees.
        let size = o
            .unit_label
            .trim_start_matches("broker (")
            .trim_end_matches(')');
        assert!(a.set_profile(Component::Broker, size));
        let e = crate::Estimate::numbers(&s, &a);
        assert_eq!(o.units, e.nodes.brokers);
        let c = &e.cost.by_component["brokers"];
        assert!((o.monthly_usd.expect("priced") - c.monthly_usd).abs() < 1e-6);
    }

    #[test]
    fn kinesis_shards_are_the_largest_of_bytes_records_and_reads() {
        // 100 MB/s in, 100K records/s, 1 consumer group, u = 0.7:
        // bytes 100 ÷ 0.7 = 143 shards; records 100,000 ÷ 700 = 143; reads 100 ÷ 1.4 = 72.
        let o = one("kinesis-provisioned", &Scenario::hundred_mbps());
        assert_eq!(o.units, 143);
        // 10 KB records: the same 100 MB/s is 10,000 records/s, bound by bytes.
        let big = Scenario {
            rate_per_user_sec: 100.0,
            size_bytes: 10_000.0,
            ..Scenario::hundred_mbps()
        };
        assert_eq!(one("kinesis-provisioned", &big).units, 143);
        // Tiny records: 1 MB/s of 100-byte records is 10,000 records/s → 15 shards, not 2.
        let tiny = Scenario {
            users: 10.0,
            rate_per_user_sec: 1000.0,
            size_bytes: 100.0,
            ..Scenario::default()
        };
        let t = one("kinesis-provisioned", &tiny);
        assert_eq!((t.units, t.binding), (15, "records in"));
        // Compute: 143 shards × $0.015 × 730 h; PUT units: 1 KB records are one 25 KB unit each.
        let o = one("kinesis-provisioned", &Scenario::hundred_mbps());
        assert!((o.compute_usd - 143.0 * 0.015 * 730.0).abs() < 1e-6);
        // 7 days of retention: extended retention on every shard-hour.
        assert!((o.storage_usd - 143.0 * 0.020 * 730.0).abs() < 1e-6);
        let year = Scenario {
            retention_days: 30.0,
            ..Scenario::hundred_mbps()
        };
        let y = one("kinesis-provisioned", &year);
        assert_eq!(y.monthly_usd, None);
        assert!(y
            .missing
            .contains(&"retention past the included days".to_string()));
        assert!((o.other_usd - 100_000.0 * 2_628_000.0 / 1e6 * 0.014).abs() < 1e-6);
    }

    #[test]
    fn event_hubs_throughput_units_and_their_ceiling() {
        // 10 MB/s, 10K events/s: 10 ÷ 0.7 = 15 TUs (bytes and events agree).
        let s = Scenario {
            users: 10.0,
            ..Scenario::hundred_mbps()
        };
        let o = one("event-hubs-standard", &s);
        assert_eq!(o.units, 15);
        assert!(o.feasible, "{}", o.limit);
        assert_eq!(o.monthly_usd, None, "no public USD price");
        // 100 MB/s needs 143 TUs: past 40 per namespace.
        let o = one("event-hubs-standard", &Scenario::hundred_mbps());
        assert!(!o.feasible);
        assert_eq!(o.limit, "40 TUs per namespace");
        // A month of retention is past Standard's 7 days, whatever the load.
        let month = Scenario {
            retention_days: 30.0,
            ..s
        };
        assert_eq!(
            one("event-hubs-standard", &month).limit,
            "7 days of retention"
        );
    }

    #[test]
    fn warpstream_bills_uncompressed_bytes() {
        // 100 MB/s compressing 4:1: WarpStream bills the 100 MB/s written, Kinesis the 25 on the wire.
        let s = Scenario {
            compression: 4.0,
            ..Scenario::hundred_mbps()
        };
        let plain = one("warpstream", &Scenario::hundred_mbps());
        let packed = one("warpstream", &s);
        assert!((plain.network_usd - packed.network_usd).abs() < 1e-6);
        assert!((plain.storage_usd - packed.storage_usd).abs() < 1e-6);
        // $0.01 per GiB written: 100 MB/s × 2,628,000 s = 262,800 GB = 244,751 GiB → $2,447.51.
        assert!((packed.network_usd - 262_800.0 * 1e9 / 1_073_741_824.0 * 0.01).abs() < 1e-6);
        let kod = |s: &Scenario| one("kinesis-ondemand", s).network_usd;
        assert!((kod(&Scenario::hundred_mbps()) / kod(&s) - 4.0).abs() < 1e-9);
        assert_eq!(packed.monthly_usd, None, "agent VMs are not priced");
    }

    #[test]
    fn serverless_limits_and_partition_floor() {
        // 100 MB/s at 5 MB/s per partition: at least 20 partitions.
        let o = one("msk-serverless", &Scenario::hundred_mbps());
        assert!(o.feasible);
        let big = Scenario {
            users: 300.0,
            ..Scenario::hundred_mbps()
        };
        let o = one("msk-serverless", &big);
        assert!(!o.feasible);
        assert_eq!(o.limit, "200 MB/s of ingress per cluster");
        assert!(find("msk-serverless").is_some());
    }

    #[test]
    fn pinned_partitions_reach_the_estimate_and_the_options() {
        let s = Scenario {
            partitions: 3000.0,
            ..Scenario::hundred_mbps()
        };
        let e = crate::Estimate::explain(&s, &Assumptions::default());
        assert_eq!(e.nodes.partitions, 3000);
        // 3,000 × rf 3 = 9,000 replicas ÷ 1,000 per kafka.m7g.xlarge broker.
        assert_eq!(e.sizing["brokers"].by["partitions"], 9);
        let step = e
            .steps
            .iter()
            .find(|t| t.id == "nodes.partitions")
            .expect("step");
        assert!(
            step.substituted.contains("set to 3000"),
            "{}",
            step.substituted
        );
        let o = one("msk-serverless", &s);
        assert_eq!(o.limit, "2400 partitions");
        assert_eq!(one("msk-serverless", &Scenario::hundred_mbps()).limit, "");
    }

    #[test]
    fn the_chosen_platform_bills_the_broker_tier_and_travels_in_the_link() {
        use crate::inputs::codec::{decode, encode};
        let (st, fixes) = decode("users=100&rate=1000&size=1000&platform=kinesis-provisioned");
        assert!(fixes.is_empty(), "{fixes:?}");
        assert_eq!(st.assumptions.platform().id, "kinesis-provisioned");
        let e = crate::Estimate::explain(&st.scenario, &st.assumptions);
        let k = one("kinesis-provisioned", &st.scenario);
        let b = &e.cost.by_component["brokers"];
        assert!((b.monthly_usd - k.monthly_usd.expect("priced")).abs() < 1e-6);
        assert_eq!(
            (e.cost.platform.units, e.cost.platform.unit_label.as_str()),
            (143, "shard")
        );
        let step = e
            .steps
            .iter()
            .find(|t| t.id == "cost.brokers")
            .expect("step");
        assert!(step.label.contains("Kinesis"), "{}", step.label);
        assert_eq!(e.steps.iter().filter(|t| t.id == "cost.brokers").count(), 1);
        // The link carries it back.
        assert!(encode(&st).contains("platform=kinesis-provisioned"));
        // Picking self-managed Kafka moves the broker profile with it, and back.
        let mut a = Assumptions::default();
        assert!(a.set_platform("ec2-kafka"));
        assert_eq!(a.profile(Component::Broker).id, "ec2.m7g.xlarge");
        assert!(a.set_profile(Component::Broker, "kafka.m7g.2xlarge"));
        assert_eq!(a.platform().id, "msk-standard");
        // A hostile value is corrected and named, the rest kept.
        let (bad, fixes) = decode("users=5000&platform=%3Cscript%3E");
        assert_eq!(bad.scenario.users, 5000.0);
        assert_eq!(bad.assumptions.platform().id, "msk-standard");
        assert_eq!(fixes.len(), 1);
        assert!(
            fixes[0].reason.starts_with("unknown platform"),
            "{}",
            fixes[0].reason
        );
    }

    #[test]
    fn the_sweep_gives_every_option_a_line_and_names_where_it_stops() {
        let curves = sweep(
            &Scenario::hundred_mbps(),
            &Assumptions::default(),
            100.0,
            1e6,
            30,
        );
        assert_eq!(curves.len(), PLATFORMS.len());
        let serverless = curves
            .iter()
            .find(|c| c.id == "msk-serverless")
            .expect("line");
        assert_eq!(serverless.points.len(), 30);
        assert!(
            serverless
                .limit
                .ends_with("200 MB/s of ingress per cluster"),
            "{}",
            serverless.limit
        );
        // Its points agree with the table at the same user count.
        let (users, cost, ok) = serverless.points[0];
        let at = Scenario {
            users,
            ..Scenario::hundred_mbps()
        };
        let o = one("msk-serverless", &at);
        assert_eq!((cost, ok), (o.monthly_usd, o.feasible));
        for c in &curves {
            let priced: Vec<f64> = c.points.iter().filter_map(|p| p.1).collect();
            assert!(
                priced.windows(2).all(|w| w[1] >= w[0] * (1.0 - 1e-9)),
                "{}",
                c.id
            );
        }
    }

    #[test]
    fn your_prices_fill_the_gaps_and_replace_the_catalog_everywhere() {
        use crate::inputs::option_prices::Dim;
        let s = Scenario::hundred_mbps();
        let mut a = Assumptions::default();
        let of = |a: &Assumptions, id: &str| {
            options(&s, a)
                .into_iter()
                .find(|o| o.id == id)
                .expect("option")
        };
        // Redpanda Serverless has no public price: unpriced, every dimension named.
        let before = of(&a, "redpanda-serverless");
        assert_eq!(before.monthly_usd, None);
        assert_eq!(before.missing.len(), 5, "{:?}", before.missing);
        // Price all five: it is priced, at your prices, and marked so.
        for (d, v) in [
            (Dim::FixedHour, 1.0),
            (Dim::PartitionHour, 0.001),
            (Dim::InGb, 0.05),
            (Dim::OutGb, 0.04),
            (Dim::StoredGbMonth, 0.09),
        ] {
            a.set_option_price("redpanda-serverless", d, v)
                .expect("billed");
        }
        let after = of(&a, "redpanda-serverless");
        assert!(after.missing.is_empty(), "{:?}", after.missing);
        assert_eq!(after.your_prices.len(), 5);
        // 100 MB/s average in, 1 group out: 262,800 GB a month each way.
        let gb = 100e6 * SECONDS_PER_MONTH / 1e9;
        assert!((after.network_usd - gb * (0.05 + 0.04)).abs() < 1e-6);
        let m = after.monthly_usd.expect("priced");
        assert!(m > after.network_usd);
        // A catalog price replaced: Kinesis shards at $0.03 double the compute.
        let k0 = of(&a, "kinesis-provisioned");
        a.set_option_price("kinesis-provisioned", Dim::UnitHour, 0.03)
            .expect("billed");
        let k1 = of(&a, "kinesis-provisioned");
        assert!((k1.compute_usd - 2.0 * k0.compute_usd).abs() < 1e-6);
        assert_eq!(k1.your_prices, vec!["unit_hour"]);
        // The chosen platform's broker bill uses your price too.
        assert!(a.set_platform("kinesis-provisioned"));
        let e = crate::Estimate::numbers(&s, &a);
        let b = &e.cost.by_component["brokers"];
        assert!((b.monthly_usd - k1.monthly_usd.expect("priced")).abs() < 1e-6);
        // Reset brings the catalog's back.
        a.reset_option_price("kinesis-provisioned", Dim::UnitHour);
        assert_eq!(of(&a, "kinesis-provisioned"), k0);
        // Event Hubs with a TU price and an events price becomes priced.
        a.set_option_price("event-hubs-standard", Dim::UnitHour, 0.03)
            .expect("billed");
        let small = Scenario {
            users: 10.0,
            ..Scenario::hundred_mbps()
        };
        let eh = |a: &Assumptions| {
            options(&small, a)
                .into_iter()
                .find(|o| o.id == "event-hubs-standard")
                .expect("eh")
        };
        // A week at 10 MB/s is past 15 TUs × 84 GB: the overage needs a price too.
        assert_eq!(
            eh(&a).missing,
            vec!["records", "storage beyond what the units include"]
        );
        a.set_option_price("event-hubs-standard", Dim::MillionRecords, 0.028)
            .expect("billed");
        a.set_option_price("event-hubs-standard", Dim::StoredGbMonth, 0.1)
            .expect("billed");
        let o = eh(&a);
        assert!((o.compute_usd - 15.0 * 0.03 * HOURS_PER_MONTH).abs() < 1e-6);
        assert!(o.monthly_usd.is_some());
    }

    #[test]
    fn options_come_cheapest_priced_feasible_first() {
        let all = options(&Scenario::hundred_mbps(), &Assumptions::default());
        assert_eq!(all.len(), PLATFORMS.len());
        let keys: Vec<f64> = all.iter().map(rank).collect();
        assert!(keys.windows(2).all(|w| w[0] <= w[1]), "{keys:?}");
        assert!(all[0].feasible && all[0].monthly_usd.is_some());
        assert!(all
            .iter()
            .filter(|o| o.monthly_usd.is_none())
            .all(|o| !o.missing.is_empty()));
    }
}
