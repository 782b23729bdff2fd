//! A person's own prices for the platform catalog's billing dimensions
//! (issue #17: "every price is editable with its source").
//!
//! The catalog ([`crate::inputs::platforms`]) is static and says `None`
//! where no public price was found. A person who has a quote, or a newer
//! list price, sets `price.<option-id>.<dimension>` (for example
//! `price.redpanda-serverless.in_gb=0.04`): that figure replaces the
//! catalog's in the options table and, when that option is the chosen
//! platform, in the broker tier's bill. The option is then marked "your
//! price" rather than citing the catalog. The Kafka-broker options
//! (`msk-standard`, `msk-express`, `ec2-kafka`) bill through their broker
//! profile, whose prices are the `price.broker…` capacities, so they list
//! no dimension here.

use crate::inputs::params::{Scale, Spec, PRICE_PREFIX};
use crate::inputs::platforms::{Platform, Prices, PLATFORMS};
use crate::inputs::unit::Unit;
use serde::{Deserialize, Serialize};

/// One billing dimension a person can price. The link key's last part is
/// [`Dim::key`]; each maps to one field of [`Prices`] or to [`crate::inputs::platforms::Size::hour_usd`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Dim {
    /// USD per unit-hour of the option's one size (shard, TU, PU, vCPU).
    UnitHour,
    /// USD per cluster, stream or plan hour.
    FixedHour,
    /// USD per partition-hour.
    PartitionHour,
    /// USD per GB written.
    InGb,
    /// USD per GB read.
    OutGb,
    /// USD per GB-month retained.
    StoredGbMonth,
    /// USD per million billed records.
    MillionRecords,
    /// USD per unit-hour of retention past the included days.
    ExtendedUnitHour,
    /// USD per GB crossing zones.
    CrossZoneGb,
}

impl Dim {
    /// Every dimension, in the order the drawer lists them.
    pub const ALL: [Dim; 9] = [
        Dim::UnitHour,
        Dim::FixedHour,
        Dim::PartitionHour,
        Dim::InGb,
        Dim::OutGb,
        Dim::StoredGbMonth,
        Dim::MillionRecords,
        Dim::ExtendedUnitHour,
        Dim::CrossZoneGb,
    ];

    /// The link key's last part: `price.<option-id>.<key>`.
    pub fn key(self) -> &'static str {
        match self {
            Dim::UnitHour => "unit_hour",
            Dim::FixedHour => "fixed_hour",
            Dim::PartitionHour => "partition_hour",
            Dim::InGb => "in_gb",
            Dim::OutGb => "out_gb",
            Dim::StoredGbMonth => "stored_gb_month",
            Dim::MillionRecords => "million_records",
            Dim::ExtendedUnitHour => "extended_unit_hour",
            Dim::CrossZoneGb => "cross_zone_gb",
        }
    }

    /// The dimension named `key`.
    pub fn from_key(key: &str) -> Option<Dim> {
        Dim::ALL.into_iter().find(|d| d.key() == key)
    }

    /// What is billed on `p`, as the options table names an unpriced
    /// dimension (`TU-hours`, `GB in`).
    pub fn billed(self, p: &Platform) -> String {
        match self {
            Dim::UnitHour | Dim::FixedHour => format!("{}-hours", p.unit_label),
            _ => self.label().into(),
        }
    }

    /// What is billed, without the option's unit name.
    pub fn label(self) -> &'static str {
        match self {
            Dim::UnitHour => "unit-hours",
            Dim::FixedHour => "cluster-hours",
            Dim::PartitionHour => "partition-hours",
            Dim::InGb => "GB in",
            Dim::OutGb => "GB out",
            Dim::StoredGbMonth => "GB-month stored",
            Dim::MillionRecords => "records",
            Dim::ExtendedUnitHour => "retention past the included days",
            Dim::CrossZoneGb => "cross-zone GB",
        }
    }

    /// The largest price accepted, USD per the dimension's unit. Generous
    /// bounds (10–100× the dearest catalog figure) that only stop a typo or
    /// a hostile link from producing absurd bills.
    pub fn max(self) -> f64 {
        match self {
            Dim::UnitHour | Dim::FixedHour | Dim::ExtendedUnitHour => 1000.0,
            Dim::PartitionHour => 10.0,
            Dim::InGb | Dim::OutGb | Dim::StoredGbMonth | Dim::CrossZoneGb => 10.0,
            Dim::MillionRecords => 100.0,
        }
    }

    /// The entry spec of this dimension's field: dollars, 0 to [`Dim::max`].
    pub fn spec(self) -> Spec {
        Spec {
            key: self.key(),
            label: self.label(),
            unit: Unit::Dollars,
            min: 0.0,
            max: self.max(),
            slider_min: 0.0,
            slider_max: self.max(),
            default: 0.0,
            scale: Scale::Linear,
            integer: false,
            help: "A platform price: USD per billed unit.",
            source: "",
        }
    }

    /// The catalog's figure for this dimension on `p` (`None`: not public).
    pub fn catalog(self, p: &Platform) -> Option<f64> {
        match self {
            Dim::UnitHour => p.sizes.first().and_then(|s| s.hour_usd),
            _ => self.read(&p.prices),
        }
    }

    /// The matching field of `q` (`None` for [`Dim::UnitHour`], which lives on the size).
    fn read(self, q: &Prices) -> Option<f64> {
        match self {
            Dim::UnitHour => None,
            Dim::FixedHour => q.fixed_hour,
            Dim::PartitionHour => q.partition_hour,
            Dim::InGb => q.in_gb,
            Dim::OutGb => q.out_gb,
            Dim::StoredGbMonth => q.stored_gb_month,
            Dim::MillionRecords => q.per_million_records,
            Dim::ExtendedUnitHour => q.extended_unit_hour,
            Dim::CrossZoneGb => q.cross_zone_gb,
        }
    }

    /// Writes `v` into the matching field of `q` (not [`Dim::UnitHour`],
    /// which lives on the size).
    fn write(self, q: &mut Prices, v: f64) {
        let slot = match self {
            Dim::UnitHour => return,
            Dim::FixedHour => &mut q.fixed_hour,
            Dim::PartitionHour => &mut q.partition_hour,
            Dim::InGb => &mut q.in_gb,
            Dim::OutGb => &mut q.out_gb,
            Dim::StoredGbMonth => &mut q.stored_gb_month,
            Dim::MillionRecords => &mut q.per_million_records,
            Dim::ExtendedUnitHour => &mut q.extended_unit_hour,
            Dim::CrossZoneGb => &mut q.cross_zone_gb,
        };
        *slot = Some(v);
    }

    /// The unit a person types the price in, with the option's own unit
    /// name (`$/shard-hour`, `$/GB in`).
    pub fn unit(self, p: &Platform) -> String {
        match self {
            Dim::UnitHour => format!("$/{}-hour", p.unit_label),
            Dim::FixedHour => format!("$/{}-hour", p.unit_label),
            Dim::PartitionHour => "$/partition-hour".into(),
            Dim::InGb => "$/GB written".into(),
            Dim::OutGb => "$/GB read".into(),
            Dim::StoredGbMonth => "$/GB-month".into(),
            Dim::MillionRecords => "$/million records".into(),
            Dim::ExtendedUnitHour => format!("$/{}-hour", p.unit_label),
            Dim::CrossZoneGb => "$/GB across zones".into(),
        }
    }
}

/// The link key of `dim` on option `id`: `price.<id>.<dim>`.
pub fn link_key(id: &str, dim: Dim) -> String {
    format!("{PRICE_PREFIX}{id}.{}", dim.key())
}

/// One person-set price.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
struct Entry {
    /// Index into [`PLATFORMS`].
    option: usize,
    dim: Dim,
    usd: f64,
}

/// The person's prices, sorted by option then dimension, one per pair, so
/// equal sets compare equal and encode to the same link.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct OptionPrices(Vec<Entry>);

/// Why a price could not be set.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PriceError {
    /// No option has that id.
    UnknownOption,
    /// The option does not bill that dimension (or bills through its broker profile).
    NotBilled,
}

impl std::fmt::Display for PriceError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            PriceError::UnknownOption => "unknown platform option",
            PriceError::NotBilled => "that option does not bill this dimension here",
        })
    }
}

impl OptionPrices {
    /// The person's price of `dim` on catalog option `i`, if set.
    pub fn get(&self, i: usize, dim: Dim) -> Option<f64> {
        self.0
            .iter()
            .find(|e| e.option == i && e.dim == dim)
            .map(|e| e.usd)
    }

    /// The person's price of `dim` on option `id`, if set.
    pub fn get_by_id(&self, id: &str, dim: Dim) -> Option<f64> {
        PLATFORMS
            .iter()
            .position(|p| p.id == id)
            .and_then(|i| self.get(i, dim))
    }

    /// How many prices are set on option `id`.
    pub fn count_on(&self, id: &str) -> usize {
        PLATFORMS
            .iter()
            .position(|p| p.id == id)
            .map_or(0, |i| self.0.iter().filter(|e| e.option == i).count())
    }

    /// Sets `dim` on option `id` to `usd`, clamped to `0..=max` (NaN: no
    /// change). A value equal to the catalog's clears the override.
    pub fn set(&mut self, id: &str, dim: Dim, usd: f64) -> Result<(), PriceError> {
        let i = PLATFORMS
            .iter()
            .position(|p| p.id == id)
            .ok_or(PriceError::UnknownOption)?;
        let p = &PLATFORMS[i];
        if !p.billed.contains(&dim) {
            return Err(PriceError::NotBilled);
        }
        if usd.is_nan() {
            return Ok(());
        }
        let v = usd.clamp(0.0, dim.max());
        self.0.retain(|e| !(e.option == i && e.dim == dim));
        if dim.catalog(p) != Some(v) {
            self.0.push(Entry {
                option: i,
                dim,
                usd: v,
            });
            crate::common::order::sort_small_by(&mut self.0, |a, b| {
                (a.option, a.dim) < (b.option, b.dim)
            });
        }
        Ok(())
    }

    /// Drops the person's price of `dim` on option `id`: the catalog's is back.
    pub fn reset(&mut self, id: &str, dim: Dim) {
        if let Some(i) = PLATFORMS.iter().position(|p| p.id == id) {
            self.0.retain(|e| !(e.option == i && e.dim == dim));
        }
    }

    /// How many prices are set.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether none is.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Every set price as (link key, USD), in a stable order.
    pub fn pairs(&self) -> Vec<(String, f64)> {
        self.0
            .iter()
            .filter_map(|e| {
                PLATFORMS
                    .get(e.option)
                    .map(|p| (link_key(p.id, e.dim), e.usd))
            })
            .collect()
    }

    /// A copy with every entry valid: a known option that bills the
    /// dimension, a finite price within `0..=max` (a deserialised value is
    /// not trusted).
    pub fn clamped(&self) -> OptionPrices {
        let mut out = OptionPrices::default();
        for e in &self.0 {
            if let Some(p) = PLATFORMS.get(e.option) {
                if e.usd.is_finite() {
                    let _ = out.set(p.id, e.dim, e.usd);
                }
            }
        }
        out
    }

    /// The prices option `p` is billed at: the catalog's with the person's
    /// in their place, and which dimensions are the person's.
    pub fn priced(&self, p: &Platform) -> Priced {
        let i = PLATFORMS.iter().position(|q| q.id == p.id);
        let mut out = Priced {
            prices: p.prices,
            unit_hour: None,
            yours: Vec::new(),
        };
        let Some(i) = i else { return out };
        for e in self.0.iter().filter(|e| e.option == i) {
            if e.dim == Dim::UnitHour {
                out.unit_hour = Some(e.usd);
            } else {
                e.dim.write(&mut out.prices, e.usd);
            }
            out.yours.push(e.dim);
        }
        out
    }
}

/// An option's prices as billed: catalog figures with the person's in
/// their place.
#[derive(Clone, Debug, PartialEq)]
pub struct Priced {
    /// Usage prices.
    pub prices: Prices,
    /// The person's USD per unit-hour, for every size (options with a
    /// priced unit have one size; a catalog test keeps it so).
    pub unit_hour: Option<f64>,
    /// Dimensions the person priced.
    pub yours: Vec<Dim>,
}

impl Priced {
    /// The price of `d` on `p` as billed (`None`: nobody priced it).
    pub fn value(&self, p: &Platform, d: Dim) -> Option<f64> {
        match d {
            Dim::UnitHour => self
                .unit_hour
                .or_else(|| p.sizes.first().and_then(|s| s.hour_usd)),
            _ => d.read(&self.prices),
        }
    }

    /// USD per unit-hour of `size`: the person's, else the catalog's.
    pub fn hour(&self, size: &crate::inputs::platforms::Size) -> Option<f64> {
        self.unit_hour.or(size.hour_usd)
    }
}

/// One editable price, as the assumptions drawer lists it.
#[derive(Clone, Debug, PartialEq)]
pub struct PriceRow {
    /// Option id.
    pub option: &'static str,
    /// Which dimension.
    pub dim: Dim,
    /// Link key (`price.kinesis-provisioned.unit_hour`).
    pub key: String,
    /// What is billed (`shard-hours`).
    pub label: String,
    /// The unit typed in (`$/shard-hour`).
    pub unit: String,
    /// The catalog's figure; `None` where no public price was found.
    pub catalog: Option<f64>,
}

/// One option's editable prices, with its source line.
#[derive(Clone, Debug, PartialEq)]
pub struct PriceGroup {
    /// Option id.
    pub id: &'static str,
    /// Vendor's name.
    pub name: &'static str,
    /// Where the catalog's figures come from.
    pub source: &'static str,
    /// When they were read.
    pub priced_on: &'static str,
    /// Gaps a price cannot fill (capacity per unit not published …).
    pub gaps: &'static [&'static str],
    /// The rows; empty for the Kafka-broker options.
    pub rows: Vec<PriceRow>,
    /// Where the prices live instead, when `rows` is empty.
    pub note: &'static str,
}

/// Every option's editable prices, in catalog order: the drawer's list.
pub fn groups() -> Vec<PriceGroup> {
    PLATFORMS
        .iter()
        .map(|p| PriceGroup {
            id: p.id,
            name: p.name,
            source: p.source,
            priced_on: p.priced_on,
            gaps: p.missing,
            rows: p
                .billed
                .iter()
                .map(|d| PriceRow {
                    option: p.id,
                    dim: *d,
                    key: link_key(p.id, *d),
                    label: d.billed(p),
                    unit: d.unit(p),
                    catalog: d.catalog(p),
                })
                .collect(),
            note: if p.billed.is_empty() {
                "Billed through its broker profile: edit the broker prices under Unit prices (price.broker, price.broker_gb_month, price.cross_az_gb)."
            } else {
                ""
            },
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::inputs::platforms::{find, Sizing};

    #[test]
    fn keys_round_trip_and_every_billed_dimension_has_a_row() {
        for d in Dim::ALL {
            assert_eq!(Dim::from_key(d.key()), Some(d));
        }
        assert_eq!(Dim::from_key("bogus"), None);
        let gs = groups();
        assert_eq!(gs.len(), PLATFORMS.len());
        for (g, p) in gs.iter().zip(PLATFORMS) {
            assert_eq!(g.rows.len(), p.billed.len(), "{}", p.id);
            assert_eq!(g.rows.is_empty(), !g.note.is_empty(), "{}", p.id);
            assert!(!g.source.is_empty());
        }
        let k = gs
            .iter()
            .find(|g| g.id == "kinesis-provisioned")
            .expect("kinesis");
        assert_eq!(k.rows[0].key, "price.kinesis-provisioned.unit_hour");
        assert_eq!(k.rows[0].unit, "$/shard-hour");
        assert_eq!(k.rows[0].catalog, Some(0.015));
    }

    #[test]
    fn a_priced_unit_has_one_size_and_brokers_bill_through_profiles() {
        for p in PLATFORMS {
            if p.billed.contains(&Dim::UnitHour) {
                assert_eq!(p.sizes.len(), 1, "{}: one unit_hour key per size", p.id);
            }
            if matches!(p.sizing, Sizing::Brokers(_)) {
                assert!(p.billed.is_empty(), "{}", p.id);
            }
        }
    }

    #[test]
    fn set_clamps_clears_at_the_catalog_and_refuses_what_is_not_billed() {
        let mut o = OptionPrices::default();
        assert_eq!(
            o.set("nope", Dim::InGb, 1.0),
            Err(PriceError::UnknownOption)
        );
        assert_eq!(
            o.set("msk-standard", Dim::InGb, 1.0),
            Err(PriceError::NotBilled)
        );
        assert_eq!(o.set("redpanda-serverless", Dim::InGb, -3.0), Ok(()));
        assert_eq!(o.get(8, Dim::InGb), Some(0.0), "negative → 0");
        o.set("redpanda-serverless", Dim::InGb, 1e9).expect("set");
        assert_eq!(o.get(8, Dim::InGb), Some(10.0), "capped at the max");
        o.set("redpanda-serverless", Dim::InGb, f64::NAN)
            .expect("set");
        assert_eq!(o.get(8, Dim::InGb), Some(10.0), "NaN changes nothing");
        // The catalog's own figure is no override.
        o.set("kinesis-provisioned", Dim::UnitHour, 0.015)
            .expect("set");
        assert_eq!(o.len(), 1);
        o.set("kinesis-provisioned", Dim::UnitHour, 0.02)
            .expect("set");
        let k = find("kinesis-provisioned").expect("k");
        let pr = o.priced(k);
        assert_eq!(
            (pr.unit_hour, pr.yours.clone()),
            (Some(0.02), vec![Dim::UnitHour])
        );
        assert_eq!(pr.hour(&k.sizes[0]), Some(0.02));
        o.reset("kinesis-provisioned", Dim::UnitHour);
        assert_eq!(o.priced(k).hour(&k.sizes[0]), Some(0.015));
        assert_eq!(
            o.pairs(),
            vec![("price.redpanda-serverless.in_gb".to_string(), 10.0)]
        );
    }
}
