//! What to do first when the broker tier runs on a platform that is not
//! self-run Kafka brokers: the move in that platform's own unit (shards,
//! TUs, PUs, eCKUs, vCPUs, agents), and the way out when one of its hard
//! limits binds. One row per option, beside the catalog
//! ([`crate::inputs::platforms`]), whose limits and unit figures these
//! words repeat; the Kafka-broker options (`msk-standard`, `msk-express`,
//! `ec2-kafka`) have no row and keep "add broker nodes".

/// One option's advice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Moves {
    /// Catalog id.
    pub id: &'static str,
    /// The first move while within the limits, in the platform's unit.
    pub grow: &'static str,
    /// Where to go when a hard limit binds.
    pub escape: &'static str,
}

/// The table, in catalog order.
pub const MOVES: &[Moves] = &[
    Moves {
        id: "msk-serverless",
        grow: "MSK Serverless scales on its own within its quotas: spread topics over more partitions (each takes 5 MB/s in) so the cluster can place the load.",
        escape: "move to MSK Provisioned (Standard or Express brokers), or split the stream over several Serverless clusters.",
    },
    Moves {
        id: "confluent-basic",
        grow: "Let the cluster raise its eCKUs (Basic scales them within its limits) and spread topics over more partitions.",
        escape: "move up a cluster type (Standard or Enterprise), or split the stream over clusters.",
    },
    Moves {
        id: "confluent-standard",
        grow: "Let the cluster raise its eCKUs (Standard scales them within its limits) and spread topics over more partitions.",
        escape: "move to an Enterprise or Dedicated cluster, or split the stream over clusters.",
    },
    Moves {
        id: "confluent-enterprise",
        grow: "Let the cluster raise its eCKUs (Enterprise scales them within its limits) and spread topics over more partitions.",
        escape: "move to a Dedicated cluster (CKUs), or split the stream over clusters.",
    },
    Moves {
        id: "warpstream",
        grow: "Add WarpStream agents: they are stateless, so scale them on CPU and spread topics over more partitions; storage grows in S3 by itself.",
        escape: "split the stream over WarpStream clusters.",
    },
    Moves {
        id: "redpanda-serverless",
        grow: "Redpanda Serverless scales on its own within its limits: spread topics over more partitions.",
        escape: "move to Redpanda Dedicated or BYOC, or split the stream over clusters.",
    },
    Moves {
        id: "aiven",
        grow: "Move to a larger Aiven for Apache Kafka plan (more or bigger brokers), or put cold data on tiered or diskless topics.",
        escape: "move to a larger plan or a custom one, or split the stream over services.",
    },
    Moves {
        id: "kinesis-provisioned",
        grow: "Add shards (UpdateShardCount, or split the hot ones): a shard takes 1 MB/s or 1,000 records/s in and 2 MB/s out; when records bind, aggregate small records (KPL) before adding shards.",
        escape: "ask AWS support to raise the account's shard quota, move to on-demand mode, or split the stream.",
    },
    Moves {
        id: "kinesis-ondemand",
        grow: "On-demand scales its shards itself: spread writes over more partition keys so new shards share the load.",
        escape: "ask AWS support to raise the on-demand stream's throughput quota, switch to provisioned mode, or split the stream.",
    },
    Moves {
        id: "gcp-kafka",
        grow: "Raise the cluster's vCPUs (Google sizes 1 vCPU per 20 MiB/s of publish traffic) and memory with them.",
        escape: "split the stream over clusters.",
    },
    Moves {
        id: "event-hubs-standard",
        grow: "Raise the namespace's throughput units, or turn on auto-inflate: 1 TU takes 1 MB/s or 1,000 events/s in and 2 MB/s out.",
        escape: "move to Event Hubs Premium (processing units) or Dedicated, or spread the stream over namespaces.",
    },
    Moves {
        id: "event-hubs-premium",
        grow: "Raise the namespace's processing units (1, 2, 4, 8 or 16 PUs).",
        escape: "move to Event Hubs Dedicated (capacity units), or spread the stream over namespaces.",
    },
];

/// The row for option `id`; `None` for the Kafka-broker options.
pub fn of(id: &str) -> Option<&'static Moves> {
    MOVES.iter().find(|m| m.id == id)
}

/// The broker tier's first move on option `id` (vendor name `name`): the
/// way out when `limit` (a hard limit, in words) binds, the quota to raise
/// when `note` says one must be, else the move in the platform's unit.
/// `None` for the Kafka-broker options.
pub fn first_move(id: &str, name: &str, limit: &str, note: &str) -> Option<String> {
    let m = of(id)?;
    Some(if !limit.is_empty() {
        format!("{name} allows at most {limit}: {}", m.escape)
    } else if note.contains("quota") {
        format!("Ask for a quota increase ({note}). Then: {}", m.grow)
    } else {
        m.grow.to_string()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::inputs::platforms::{Sizing, PLATFORMS};

    #[test]
    fn every_non_kafka_option_has_a_row_and_only_those() {
        for p in PLATFORMS {
            let kafka = matches!(p.sizing, Sizing::Brokers(_));
            assert_eq!(of(p.id).is_none(), kafka, "{}", p.id);
        }
        assert_eq!(MOVES.len(), PLATFORMS.len() - 3);
    }

    #[test]
    fn words_per_platform_family() {
        let cases = [
            ("kinesis-provisioned", "shards"),
            ("kinesis-ondemand", "partition keys"),
            ("event-hubs-standard", "throughput units"),
            ("event-hubs-premium", "processing units"),
            ("confluent-standard", "eCKUs"),
            ("gcp-kafka", "vCPUs"),
            ("warpstream", "agents"),
            ("msk-serverless", "partitions"),
            ("redpanda-serverless", "partitions"),
            ("aiven", "plan"),
        ];
        for (id, word) in cases {
            let m = first_move(id, "X", "", "").expect(id);
            assert!(m.contains(word), "{id}: {m}");
            assert!(!m.contains("broker nodes"), "{id}: {m}");
        }
        assert_eq!(first_move("msk-standard", "MSK", "", ""), None);
        let capped = first_move(
            "msk-serverless",
            "Amazon MSK Serverless",
            "200 MB/s of ingress per cluster",
            "",
        )
        .expect("row");
        assert_eq!(capped, "Amazon MSK Serverless allows at most 200 MB/s of ingress per cluster: move to MSK Provisioned (Standard or Express brokers), or split the stream over several Serverless clusters.");
        let quota = first_move(
            "kinesis-provisioned",
            "Kinesis",
            "",
            "needs 25000 shards: raise the default quota of 20000",
        )
        .expect("row");
        assert!(
            quota.starts_with("Ask for a quota increase (needs 25000 shards"),
            "{quota}"
        );
    }
}
