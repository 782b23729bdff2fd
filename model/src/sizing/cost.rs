//! Monthly cost in US dollars: compute, storage and network, by component.
//! Only the components the selected view shows are priced.
//!
//! * compute = nodes × $/hour × 730 h (AWS's own monthly convention:
//!   8,760 h ÷ 12)
//! * storage = provisioned GB-month: bytes held ÷ max fill (disks are sized so
//!   data sits at the fill limit) × $/GB-month (brokers: the profile's rate,
//!   MSK's $0.10 or gp3's $0.08; the rest gp3); the tiered part of broker
//!   retention × object $/GB-month
//! * network (brokers) = average billed cross-zone bytes × 2 × $/GB each way
//!   (a GB that crosses is billed leaving one zone and entering the other) +
//!   average cross-region bytes × $/GB. Averages are peak ÷ peak factor.
//!   Billed cross-zone bytes are clients' only on MSK ("no charge for data
//!   transfer between brokers"), and every byte, replication too, on
//!   self-managed Kafka (the broker profile's `bills_replication_cross_az`).

use crate::common::explain::Work;
use crate::common::format::{bytes, num};
use crate::common::keymap::KeyMap;
use crate::inputs::component::{shown, Component};
use crate::inputs::params::Cap;
use crate::inputs::scenario::{Assumptions, Scenario};
use crate::sizing::load::Load;
use crate::sizing::nodes::{Nodes, Rates};
use crate::sizing::storage::Storage;
use serde::Serialize;

/// Hours in a billing month, as AWS prices it.
pub const HOURS_PER_MONTH: f64 = 730.0;
/// Seconds in a billing month (730 h).
pub const SECONDS_PER_MONTH: f64 = HOURS_PER_MONTH * 3600.0;
const BYTES_PER_GB: f64 = 1e9;

/// One component's monthly cost, USD.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct ComponentCost {
    /// Nodes × $/hour × 730.
    pub compute_usd: f64,
    /// Block and object storage.
    pub storage_usd: f64,
    /// Cross-zone and cross-region transfer.
    pub network_usd: f64,
    /// The three together.
    pub monthly_usd: f64,
    /// Its share of the view's monthly total, 0–100 (0 when nothing costs anything).
    pub share_pct: f64,
}

/// The monthly bill for the view's components.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Cost {
    /// Everything, USD per month.
    pub monthly_usd: f64,
    /// Instances.
    pub compute_usd: f64,
    /// Disks and object storage.
    pub storage_usd: f64,
    /// Transfer between zones and regions.
    pub network_usd: f64,
    /// Per component, by [`Component::key`].
    pub by_component: KeyMap<ComponentCost>,
    /// The monthly cost per 1,000 users: what a unit of growth costs.
    pub per_1k_users_usd: f64,
    /// Where the broker tier runs (`platform` link key), and when that is not
    /// Kafka brokers sized by the model, its units and what is not priced.
    pub platform: PlatformBill,
}

/// How the broker tier is billed when it runs on a non-Kafka-broker option
/// (Kinesis, Serverless, Confluent …): that option's units and bill replace
/// the model's brokers in the cost. Empty `unit_label` = Kafka brokers.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct PlatformBill {
    /// Catalog id.
    pub id: &'static str,
    /// Vendor's name.
    pub name: &'static str,
    /// Units billed (0 for Kafka brokers: `nodes.brokers` is the count).
    pub units: u64,
    /// What a unit is, with its size; empty for Kafka brokers.
    pub unit_label: String,
    /// The hard limit this load hits on it, or empty.
    pub limit: String,
    /// A quota to raise, or another caveat; else empty.
    pub note: String,
    /// Billing dimensions with no public price: the cost leaves them out.
    pub unpriced: Vec<String>,
}

/// The $/hour row of a component.
pub fn price_cap(c: Component) -> Cap {
    match c {
        Component::Broker => Cap::PriceBroker,
        Component::WriteDb => Cap::PriceWriteDb,
        Component::ReadReplica => Cap::PriceReadReplica,
        Component::Cache => Cap::PriceCache,
        Component::EventStore => Cap::PriceEventStore,
        Component::MessageDb => Cap::PriceMessageDb,
        Component::Gateway => Cap::PriceGateway,
        Component::ReplayWorker => Cap::PriceReplayWorker,
        Component::Consumer => Cap::PriceConsumer,
    }
}

/// Bytes on block storage for a component (before the fill headroom).
fn block_bytes(c: Component, st: &Storage) -> f64 {
    match c {
        Component::Broker => st.broker_local_bytes,
        Component::EventStore => st.event_store_bytes,
        Component::WriteDb => st.write_db_bytes,
        Component::MessageDb => st.message_db_bytes,
        _ => 0.0,
    }
}

/// The $/GB-month row of a component's disk: brokers have their platform's
/// own rate (MSK storage, or gp3 when self-managed), the rest gp3.
fn block_price(c: Component) -> Cap {
    if c == Component::Broker {
        Cap::PriceBrokerGbMonth
    } else {
        Cap::PriceBlockGbMonth
    }
}

/// The storage step a component's disk bill comes from, if it keeps data on block storage.
fn block_step(c: Component) -> Option<&'static str> {
    match c {
        Component::Broker => Some("storage.retained_bytes"),
        Component::EventStore | Component::WriteDb | Component::MessageDb => {
            Some("storage.horizon_bytes")
        }
        _ => None,
    }
}

/// One component's bill, with the quantities behind it.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct Parts {
    n: f64,
    price: f64,
    compute: f64,
    block_gb: f64,
    object_gb: f64,
    storage: f64,
    az_gb: f64,
    region_gb: f64,
    network: f64,
    monthly: f64,
}

/// The broker tier's bill on a non-Kafka-broker option, or `None` on Kafka.
fn option_bill(
    s: &Scenario,
    a: &Assumptions,
    load: &Load,
) -> Option<crate::sizing::options::OptionCost> {
    use crate::inputs::platforms::Sizing;
    let p = a.platform();
    if matches!(p.sizing, Sizing::Brokers(_)) {
        return None;
    }
    let w = crate::sizing::options::Workload::of(s, a, load);
    Some(crate::sizing::options::price(p, s, a, &w))
}

/// The broker bill under `policy=aws-msk`, as AWS's script prices it (GiB,
/// its own rates; see [`crate::inputs::policy`]): brokers × $/h × 730;
/// EBS GiB (data × 2) × $0.10 + tiered GiB (one copy) × $0.023; producer
/// bytes × 2/3 crossing zones × $0.02/GiB (consumers fetch in their zone).
fn aws_msk_parts(s: &Scenario, a: &Assumptions, load: &Load, nodes: &Nodes) -> Parts {
    use crate::inputs::policy as aws;
    let crate::sizing::tables::AwsStream {
        avg_in,
        retention_h,
        tiered,
        local_h,
        ebs_gib,
        ..
    } = crate::sizing::tables::aws_stream(s, load);
    let ts_gib = if tiered {
        avg_in * (retention_h - local_h) * 3600.0 / 1024.0
    } else {
        0.0
    };
    let cross_gib = avg_in * (aws::ZONES - 1.0) / aws::ZONES * 3600.0 * HOURS_PER_MONTH / 1024.0;
    let n = nodes.brokers as f64;
    let price = a.get(Cap::PriceBroker);
    let compute = n * price * HOURS_PER_MONTH;
    let cross = cross_gib * aws::CROSS_AZ_USD_GIB;
    if a.profile(Component::Broker).express {
        // Express: one copy of the whole retention, and data written.
        let stored_gib = avg_in * retention_h * 3600.0 / 1024.0;
        let written_gib = avg_in * 3600.0 * HOURS_PER_MONTH / 1024.0;
        let storage = stored_gib * aws::EBS_USD_GIB_MONTH;
        let network = written_gib * aws::EXPRESS_DATA_IN_USD_GIB + cross;
        return Parts {
            n,
            price,
            compute,
            block_gb: stored_gib,
            storage,
            az_gb: cross_gib,
            network,
            monthly: compute + storage + network,
            ..Parts::default()
        };
    }
    let storage = ebs_gib * aws::EBS_USD_GIB_MONTH + ts_gib * aws::TIERED_USD_GIB_MONTH;
    let network = cross;
    Parts {
        n,
        price,
        compute,
        // Shown in GB by the derivation: AWS bills a GiB as a "GB".
        block_gb: ebs_gib,
        object_gb: ts_gib,
        storage,
        az_gb: cross_gib,
        region_gb: 0.0,
        network,
        monthly: compute + storage + network,
    }
}

/// The one formula for a component's monthly cost (see the module docs).
fn parts(
    c: Component,
    s: &Scenario,
    a: &Assumptions,
    load: &Load,
    nodes: &Nodes,
    st: &Storage,
) -> Parts {
    parts_inline(c, s, a, a.get(Cap::DiskFill) / 100.0, load, nodes, st)
}

/// [`parts`], inlined into the chart sweep's [`monthly_total`]: the sweep
/// keeps only `monthly`, so the compiler drops the rest and the call
/// (about 150 of a point's ~2,300 instructions, stop 17).
/// `fill` is the max disk fill, 0–1 (`cap.disk_fill` ÷ 100), which a sweep
/// works out once.
#[inline(always)]
fn parts_inline(
    c: Component,
    s: &Scenario,
    a: &Assumptions,
    fill: f64,
    load: &Load,
    nodes: &Nodes,
    st: &Storage,
) -> Parts {
    let avg = |peak: f64| {
        if s.peak_factor > 0.0 {
            peak / s.peak_factor
        } else {
            0.0
        }
    };
    if c == Component::Broker {
        if let Some(o) = option_bill(s, a, load) {
            let network = o.network_usd + o.other_usd;
            return Parts {
                n: o.units as f64,
                compute: o.compute_usd,
                storage: o.storage_usd,
                network,
                monthly: o.compute_usd + o.storage_usd + network,
                ..Parts::default()
            };
        }
    }
    if c == Component::Broker && a.policy() == crate::inputs::policy::Policy::AwsMsk {
        return aws_msk_parts(s, a, load, nodes);
    }
    let n = nodes.of(c) as f64;
    let price = a.get(price_cap(c));
    let compute = n * price * HOURS_PER_MONTH;
    let block_gb = block_bytes(c, st) / fill / BYTES_PER_GB;
    let broker = c == Component::Broker;
    let object_gb = if broker {
        st.object_bytes / BYTES_PER_GB
    } else {
        0.0
    };
    let express = broker && a.profile(c).express;
    // Express bills one copy of what is retained, no fill headroom, plus data written.
    let (block_gb, object_gb) = if express {
        (
            (st.broker_local_bytes / s.rf.max(1.0) + st.object_bytes) / BYTES_PER_GB,
            0.0,
        )
    } else {
        (block_gb, object_gb)
    };
    let written = if express {
        avg(load.ingress_bytes_per_sec) / s.compression.max(1.0) * SECONDS_PER_MONTH / BYTES_PER_GB
            * crate::inputs::profiles::EXPRESS_DATA_IN_USD_GB
    } else {
        0.0
    };
    let storage = block_gb * a.get(block_price(c)) + object_gb * a.get(Cap::PriceObjectGbMonth);
    let (az_gb, region_gb) = if broker {
        // MSK bills only clients' cross-zone bytes; self-managed Kafka pays
        // for replication too (the broker profile says which).
        let billed_az = if a.profile(c).bills_replication_cross_az {
            load.cross_az_bytes_per_sec
        } else {
            load.cross_az_bytes_per_sec - load.cross_az_replication_bytes_per_sec
        };
        (
            avg(billed_az) * SECONDS_PER_MONTH / BYTES_PER_GB,
            avg(load.cross_region_bytes_per_sec) * SECONDS_PER_MONTH / BYTES_PER_GB,
        )
    } else {
        (0.0, 0.0)
    };
    let network = az_gb * 2.0 * a.get(Cap::PriceCrossAzGb)
        + region_gb * a.get(Cap::PriceCrossRegionGb)
        + written;
    Parts {
        n,
        price,
        compute,
        block_gb,
        object_gb,
        storage,
        az_gb,
        region_gb,
        network,
        monthly: compute + storage + network,
    }
}

/// One component's bill by compute, storage and network (its `share_pct` is
/// left 0: it has no total to be a share of).
pub fn component_cost(
    c: Component,
    s: &Scenario,
    a: &Assumptions,
    load: &Load,
    nodes: &Nodes,
    st: &Storage,
) -> ComponentCost {
    let p = parts(c, s, a, load, nodes, st);
    ComponentCost {
        compute_usd: p.compute,
        storage_usd: p.storage,
        network_usd: p.network,
        monthly_usd: p.monthly,
        share_pct: 0.0,
    }
}

/// One component's monthly cost alone (USD), for the CSV's per-component columns.
pub fn component_monthly(
    c: Component,
    s: &Scenario,
    a: &Assumptions,
    load: &Load,
    nodes: &Nodes,
    st: &Storage,
) -> f64 {
    parts(c, s, a, load, nodes, st).monthly
}

/// The view's monthly total alone, for chart sweeps (no breakdown, no
/// derivation); `r` carries the assumptions and the disk fill.
pub fn monthly_total(s: &Scenario, r: &Rates, load: &Load, nodes: &Nodes, st: &Storage) -> f64 {
    shown(s.view)
        .iter()
        .map(|c| parts_inline(*c, s, r.a, r.fill, load, nodes, st).monthly)
        .sum()
}

/// The derivation step id of a component's cost (`cost.<key>`).
fn step_id(c: Component) -> &'static str {
    match c {
        Component::Broker => "cost.brokers",
        Component::WriteDb => "cost.write_shards",
        Component::ReadReplica => "cost.read_replicas",
        Component::Cache => "cost.cache_nodes",
        Component::EventStore => "cost.event_store_nodes",
        Component::MessageDb => "cost.message_db_nodes",
        Component::Gateway => "cost.gateway_servers",
        Component::ReplayWorker => "cost.replay_workers",
        Component::Consumer => "cost.consumers",
    }
}

/// Prices the view's components. See the module docs for the formulas.
pub fn derive(
    s: &Scenario,
    a: &Assumptions,
    load: &Load,
    nodes: &Nodes,
    st: &Storage,
    w: &mut Work,
) -> Cost {
    let fill = a.get(Cap::DiskFill) / 100.0;
    let mut cost = Cost {
        platform: PlatformBill {
            id: a.platform().id,
            name: a.platform().name,
            ..PlatformBill::default()
        },
        ..Cost::default()
    };
    for &c in shown(s.view) {
        let p = parts(c, s, a, load, nodes, st);
        let stores = block_step(c);
        let broker = c == Component::Broker;
        // Each component's step names only the terms it pays and the steps
        // they come from: a cache has no disk and no cross-zone bill, so the
        // eventual view's derivation never pulls in the event store's bytes.
        let mut formula = String::from("nodes × $/h × 730");
        let mut uses = vec![crate::sizing::nodes::step_id(c)];
        if let Some(st_id) = stores {
            formula.push_str(" + GB held ÷ fill × $/GB-month");
            uses.push(st_id);
        }
        if broker {
            formula.push_str(
                " + tiered GB × object $ + billed cross-zone GB × 2 × $/GB + cross-region GB × $/GB (MSK bills clients' cross-zone bytes only; self-managed Kafka replication too)",
            );
            uses.push("load.cross_az_bytes_per_sec");
        }
        if c == Component::Broker {
            if let Some(o) = option_bill(s, a, load) {
                w.step(
                    step_id(c),
                    &format!("{} a month on {}", c.label(), o.name),
                    "units × $/unit-h × 730 + fixed and partition hours (compute) + retained GB × $/GB-month (storage) + GB in/out, cross-zone and records (network)",
                    &["load.ingress_bytes_per_sec"],
                    || {
                        let gap = if o.missing.is_empty() {
                            String::new()
                        } else {
                            format!("; no public price for {}", o.missing.join(", "))
                        };
                        (
                            format!(
                                "{} {}: ${} compute + ${} storage + ${} network{gap}",
                                o.units,
                                o.unit_label,
                                num(o.compute_usd),
                                num(o.storage_usd),
                                num(o.network_usd + o.other_usd),
                            ),
                            format!("${}/month", num(p.monthly)),
                        )
                    },
                );
                cost.platform = PlatformBill {
                    id: o.id,
                    name: o.name,
                    units: o.units,
                    unit_label: o.unit_label.clone(),
                    limit: o.limit.clone(),
                    note: o.note.clone(),
                    unpriced: o.missing.clone(),
                };
            }
        }
        let aws = broker
            && cost.platform.unit_label.is_empty()
            && a.policy() == crate::inputs::policy::Policy::AwsMsk;
        if aws {
            w.step(
                step_id(c),
                &format!("{} a month (AWS msk_sizing.py policy)", c.label()),
                "brokers × $/h × 730 + EBS GiB (data × 2) × $0.10 + tiered GiB × $0.023 + producer GiB × 2/3 across zones × $0.02",
                &[crate::sizing::nodes::step_id(c), "load.ingress_bytes_per_sec"],
                || {
                    (
                        format!(
                            "{} × ${} × 730 = ${}; {} GiB × $0.10 + {} GiB × $0.023 = ${}; {} GiB × $0.02 = ${}",
                            num(p.n),
                            num(p.price),
                            num(p.compute),
                            num(p.block_gb),
                            num(p.object_gb),
                            num(p.storage),
                            num(p.az_gb),
                            num(p.network)
                        ),
                        format!("${}/month", num(p.monthly)),
                    )
                },
            );
        }
        let on_kafka = (!broker || cost.platform.unit_label.is_empty()) && !aws;
        w.step_if(
            on_kafka,
            step_id(c),
            &format!("{} a month", c.label()),
            &formula,
            &uses,
            || {
                let mut sub = format!(
                    "{} × ${} × 730 = ${}",
                    num(p.n),
                    num(p.price),
                    num(p.compute)
                );
                if stores.is_some() {
                    sub.push_str(&format!(
                        "; {} ÷ {} × ${}",
                        bytes(p.block_gb * BYTES_PER_GB * fill),
                        num(fill),
                        num(a.get(block_price(c))),
                    ));
                    if broker {
                        sub.push_str(&format!(
                            " + {} × ${}",
                            bytes(p.object_gb * BYTES_PER_GB),
                            num(a.get(Cap::PriceObjectGbMonth)),
                        ));
                    }
                    sub.push_str(&format!(" = ${}", num(p.storage)));
                }
                if broker {
                    sub.push_str(&format!(
                        "; {} × 2 × ${} + {} × ${} = ${}",
                        bytes(p.az_gb * BYTES_PER_GB),
                        num(a.get(Cap::PriceCrossAzGb)),
                        bytes(p.region_gb * BYTES_PER_GB),
                        num(a.get(Cap::PriceCrossRegionGb)),
                        num(p.network)
                    ));
                }
                (sub, format!("${}/month", num(p.monthly)))
            },
        );
        cost.compute_usd += p.compute;
        cost.storage_usd += p.storage;
        cost.network_usd += p.network;
        cost.by_component.insert(
            c.key(),
            ComponentCost {
                compute_usd: p.compute,
                storage_usd: p.storage,
                network_usd: p.network,
                monthly_usd: p.monthly,
                share_pct: 0.0, // set once the total is known
            },
        );
    }
    cost.monthly_usd = cost.compute_usd + cost.storage_usd + cost.network_usd;
    cost.per_1k_users_usd = if s.users > 0.0 {
        cost.monthly_usd / s.users * 1000.0
    } else {
        0.0
    };
    let total = cost.monthly_usd;
    if total > 0.0 {
        for k in cost.by_component.values_mut() {
            k.share_pct = k.monthly_usd / total * 100.0;
        }
    }
    w.step(
        "cost.monthly_usd",
        "Monthly cost",
        "Σ compute + storage + network over the view's components",
        &shown(s.view)
            .iter()
            .map(|c| step_id(*c))
            .collect::<Vec<_>>(),
        || {
            (
                format!(
                    "${} compute + ${} storage + ${} network",
                    num(cost.compute_usd),
                    num(cost.storage_usd),
                    num(cost.network_usd)
                ),
                format!("${}/month", num(total)),
            )
        },
    );
    cost
}
