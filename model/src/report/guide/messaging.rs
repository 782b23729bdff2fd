//! Seed 003: real-time messaging.
use super::Guide;

pub(super) const GUIDE: Guide = Guide {
    seed: "003",
    title: "Why messaging requires real-time architecture",
    columns: &["Messages/Second", "Latency Requirement", "Infrastructure Changes", "Challenges"],
    rows: [
        &["~10-50", "< 1 second", "Single server, simple DB", "Minimal load, simple queue"],
        &["~1,000-5,000", "< 500 ms", "Load balancer, message broker, caching", "Handling concurrent connections, DB load"],
        &["~1,000,000+", "< 200 ms", "Horizontal scaling, sharded DB, distributed brokers", "Network bandwidth, message ordering, fault tolerance"],
        &["~10,000,000+", "< 100 ms", "Global CDN, multi-region clusters, advanced partitioning", "Latency consistency, data replication, disaster recovery"],
    ],
    bottleneck: "The first bottleneck in scaling messaging systems is the real-time message delivery component. This includes the message broker and network connections that must handle many concurrent users sending and receiving messages instantly. As user count grows, the system struggles to maintain low latency and message ordering. The database can also become a bottleneck if it is used synchronously for message storage or delivery confirmation.",
    moves: &[
        ("Horizontal Scaling", "Add more message broker instances and application servers behind load balancers to distribute user connections."),
        ("Message Brokers", "Use specialized real-time brokers (e.g., Kafka, RabbitMQ, or MQTT) that support high throughput and low latency."),
        ("Caching", "Use in-memory caches (e.g., Redis) for quick message state and presence info to reduce DB hits."),
        ("Sharding", "Partition user data and message streams by user ID or region to reduce contention and improve parallelism."),
        ("CDN & Edge Computing", "For global scale, use edge servers to reduce latency by bringing message routing closer to users."),
        ("Asynchronous Processing", "Decouple message storage from delivery using queues to avoid blocking operations."),
    ],
    worked: &[
        "At 1M users sending 1 message per second: ~1M messages/sec throughput needed.",
        "Each message ~1 KB -> 1 GB/s bandwidth needed just for messages.",
        "Database writes can be optimized by batching or async writes to handle ~100K QPS per instance.",
        "Network bandwidth and CPU on brokers become expensive; multiple instances needed.",
        "Storage grows rapidly; archiving old messages is necessary to control costs.",
    ],
    corrections: &[
        "The tier table's rates are not one per-user rate: 1M users at 1 msg/s is 1M msg/s, so 100M users at the same rate is 100M msg/s, not '~10,000,000+'.",
        "1 GB/s of messages is 86.4 TB per day of storage before replication: archival is not optional.",
        "With replication factor 3 the brokers move 3 GB/s of disk writes, so MB/s, not msg/s, decides the broker count.",
    ],
    interview: "Start by explaining the real-time nature of messaging and why low latency is critical. Discuss how user growth increases concurrent connections and message throughput. Identify the first bottleneck (message delivery and broker capacity). Propose scaling solutions step-by-step: horizontal scaling, caching, sharding, and CDN. Include cost and complexity trade-offs to show balanced understanding.",
    trade_off: "Low latency vs durability and ordering: delivering first and storing asynchronously keeps p99 low, at the cost of more moving parts and harder ordering guarantees.",
    tenx_question: "Your message broker handles 1,000 messages per second. Traffic grows 10x. What do you do first and why?",
    tenx_answer: "Add more broker instances and implement load balancing to distribute the increased message load, ensuring low latency and avoiding message loss.",
    tenx_note: "The seed's scenario is one broker at 1,000 messages per second going to 10,000; the model's answer above is for this scenario's own load.",
};
