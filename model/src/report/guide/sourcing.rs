//! Seed 002: event sourcing.
use super::Guide;

pub(super) const GUIDE: Guide = Guide {
    seed: "002",
    title: "Event sourcing pattern in microservices",
    columns: &["Events per Second", "Storage Growth", "System Changes"],
    rows: [
        &["~10-100 EPS", "Few MBs per day", "Single event store instance, simple replay"],
        &["~1,000-5,000 EPS", "GBs per day", "Event store clustering, read model caching, snapshotting"],
        &["~50,000-100,000 EPS", "TBs per month", "Event store sharding, asynchronous projections, CQRS separation"],
        &["Millions EPS", "Petabytes per year", "Multi-region event stores, advanced partitioning, archival, strong consistency trade-offs"],
    ],
    bottleneck: "The event store database is the first bottleneck. It must handle high write throughput and fast reads for event replay and projections. As event volume grows, storage I/O and query latency increase, slowing down the system.",
    moves: &[
        ("Horizontal scaling", "Add more event store nodes with clustering and partitioning (sharding) by aggregate or event type."),
        ("Snapshotting", "Periodically save aggregate state snapshots to reduce replay time."),
        ("Read model caching", "Use CQRS to separate read models and cache them for fast queries."),
        ("Asynchronous projections", "Build read models asynchronously to reduce write path latency."),
        ("Archival", "Move old events to cheaper storage to keep active event store performant."),
        ("Multi-region deployment", "Distribute event stores geographically to reduce latency and increase availability."),
    ],
    worked: &[
        "At 10,000 EPS, event store needs to handle ~10K writes/sec. A single node can handle ~5K QPS, so at least 3 nodes are needed for redundancy and load.",
        "Storage: Assuming 1 KB per event, 10K EPS means ~864 MB/day. Requires scalable storage solutions.",
        "Bandwidth: 10K EPS * 1 KB = ~10 MB/s write bandwidth, plus read traffic for projections.",
    ],
    corrections: &[
        "Storage slip: 10,000 events/s × 1 KB × 86,400 s = 864 GB per day, not 864 MB (a factor of 1,000).",
        "The tier table's storage column understates too: 10–100 EPS of 1 KB events is 0.86–8.6 GB per day (not 'a few MBs'), and 1,000–5,000 EPS is 86–432 GB per day.",
        "3 nodes: 10K ÷ 5K = 2 at full load; at 70 % target utilisation ⌈10K ÷ 3.5K⌉ = 3, which matches the seed.",
    ],
    interview: "Start by explaining event sourcing basics. Then discuss how event volume grows with users. Identify the event store as the bottleneck. Propose scaling with sharding, snapshotting, and CQRS. Mention trade-offs like eventual consistency and complexity.",
    trade_off: "An append-only log gives a full audit trail and replayable history, at the cost of replay time, storage growth and eventually consistent read models.",
    tenx_question: "Your event store database handles 1000 QPS. Traffic grows 10x to 10,000 QPS. What do you do first?",
    tenx_answer: "Add event store nodes and shard events by aggregate or event type to distribute load. Also implement snapshotting to reduce replay overhead.",
    tenx_note: "The seed's scenario is one event-store database at 1,000 QPS going to 10,000; the model's answer above is for this scenario's own load.",
};
