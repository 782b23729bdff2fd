//! Seed 000: eventual consistency in microservices.
use super::Guide;

pub(super) const GUIDE: Guide = Guide {
    seed: "000",
    title: "Eventual consistency in microservices",
    columns: &["What changes?"],
    rows: [
        &["Simple async messaging; low message volume; delays negligible; single message broker sufficient"],
        &["Message volume grows; message broker load increases; need for partitioned topics/queues; slight delays in data sync appear"],
        &["High message throughput; brokers need clustering; message ordering challenges; increased eventual consistency delays; monitoring critical"],
        &["Massive message volume; multi-region brokers; complex partitioning and replication; network latency impacts consistency; advanced conflict resolution needed"],
    ],
    bottleneck: "The message broker or event bus is the first bottleneck. As user traffic grows, the volume of messages between microservices increases rapidly. A single broker instance can only handle so many messages per second before latency rises and messages queue up. This delays data synchronization and increases the time until all services reach consistency.",
    moves: &[
        ("Horizontal scaling", "Add more broker nodes to form a cluster, distributing message load and increasing throughput."),
        ("Partitioning", "Split topics or queues by key or service to parallelize message processing."),
        ("Caching", "Use local caches in services to reduce read load and tolerate stale data temporarily."),
        ("Conflict resolution", "Implement idempotent consumers and versioning to handle out-of-order or duplicate messages."),
        ("Multi-region replication", "Deploy brokers in multiple regions to reduce latency and improve availability."),
        ("Monitoring and alerting", "Track message lag and broker health to react before delays impact users."),
    ],
    worked: &[
        "Assuming 1 million users generate 10 messages per second on average:",
        "Message rate: 10 million messages/sec",
        "Broker capacity: A single Kafka broker can handle ~100K-200K messages/sec, so ~50-100 brokers needed",
        "Storage: Messages stored temporarily; with 1KB per message, 10GB per second of data inflow",
        "Network bandwidth: 10 million messages * 1KB = ~10GB/s, requiring high bandwidth infrastructure",
    ],
    corrections: &[
        "50–100 brokers is the raw 10M ÷ 200K to 10M ÷ 100K; at 150K msg/s and 70 % target utilisation it is 96.",
        "The seed counts message rate only. With replication factor 3 every byte is written three times, and brokers become bound by disk writes: 30 GB/s ÷ (156.25 MB/s per kafka.m7g.xlarge, its EBS baseline, × 70 %) = 275 brokers, before any zone headroom.",
        "10 GB/s of inflow is 864 TB per day before replication: 'stored temporarily' still needs a retention budget.",
    ],
    interview: "When discussing eventual consistency scalability, start by explaining the trade-off between consistency and availability. Then identify the message broker as the main bottleneck. Discuss how message volume grows with users and how partitioning and clustering help. Mention the importance of monitoring and conflict resolution. Finally, highlight real-world challenges like network latency and multi-region setups.",
    trade_off: "Consistency vs availability: services accept a window of stale data (the consistency lag) in exchange for staying available and decoupled while messages propagate.",
    tenx_question: "Your database handles 1000 QPS. Traffic grows 10x. What do you do first?",
    tenx_answer: "Since the database is the bottleneck, first add read replicas to distribute read load and implement caching to reduce direct database queries. For writes, consider queueing writes asynchronously or sharding data to scale write capacity.",
    tenx_note: "The seed's question is about a different system: a database at 1,000 QPS. This view sizes no database; its bottleneck is the broker, and the model's answer above is for this scenario's own load.",
};
