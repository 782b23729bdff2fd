//! The `envelope` CLI, run as a user would.
use std::process::Command;

fn envelope(args: &[&str]) -> (String, String, bool) {
    let out = Command::new(env!("CARGO_BIN_EXE_envelope"))
        .args(args)
        .output()
        .expect("run envelope");
    (
        String::from_utf8_lossy(&out.stdout).into(),
        String::from_utf8_lossy(&out.stderr).into(),
        out.status.success(),
    )
}

#[test]
fn estimate_json_has_the_documented_schema() {
    let (out, err, ok) = envelope(&["estimate", "--json", "https://x.test/?v=1&rf=1&bogus=2"]);
    assert!(ok, "{err}");
    assert!(
        err.contains("corrected bogus"),
        "corrections go to stderr: {err}"
    );
    let v: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    for path in [
        "/load/avg_msgs_per_sec",
        "/load/peak_msgs_per_sec",
        "/load/ingress_bytes_per_sec",
        "/load/egress_bytes_per_sec",
        "/nodes/brokers",
        "/nodes/partitions",
        "/nodes/read_replicas",
        "/nodes/write_shards",
        "/nodes/cache_nodes",
        "/nodes/event_store_nodes",
        "/nodes/gateway_servers",
        "/nodes/replay_workers",
        "/storage/bytes_per_day",
        "/storage/retained_bytes",
        "/latency/p99_delivery_ms",
        "/latency/consistency_lag_p99_ms",
        "/bottleneck/component",
        "/tier/label",
        "/steps/0/formula",
        "/corrections/0/key",
        "/load/cross_az_bytes_per_sec",
        "/sizing/brokers/count",
        "/sizing/brokers/binding",
        "/sizing/brokers/by/storage",
        "/sizing/brokers/by/msgs",
        "/cost/monthly_usd",
        "/cost/compute_usd",
        "/cost/storage_usd",
        "/cost/network_usd",
        "/cost/by_component/brokers/monthly_usd",
        "/assumptions/cap.broker_msgs",
        "/assumptions/price.broker",
        "/assumptions/profile.broker",
    ] {
        assert!(v.pointer(path).is_some(), "missing {path}");
    }
    // Seed 000 at rf 1: 96 brokers carry the message rate (the seed's own
    // answer), but seven days of 864 TB need 432 brokers of 14 TB usable.
    assert_eq!(
        v.pointer("/sizing/brokers/by/msgs")
            .and_then(|b| b.as_u64()),
        Some(144),
        "96 for peak, × 3/2 for a zone loss"
    );
    assert_eq!(
        v.pointer("/nodes/brokers").and_then(|b| b.as_u64()),
        Some(432)
    );
    assert_eq!(
        v.pointer("/sizing/brokers/binding")
            .and_then(|b| b.as_str()),
        Some("storage")
    );
    assert_eq!(
        v.pointer("/bottleneck/component").and_then(|b| b.as_str()),
        Some("broker")
    );
}

#[test]
fn estimate_table_and_explain() {
    let (out, _, ok) = envelope(&["estimate", "--explain", "view=cqrs&rate=0.01&write=10"]);
    assert!(ok);
    assert!(
        out.contains("write db shards")
            && out.contains("Bottleneck: Write DB shards")
            && out.contains("3 · writes · db.r6g.xlarge")
            && out.contains("Monthly cost"),
        "{out}"
    );
    assert!(
        out.contains("Derivation")
            && out.contains("Write rate: ⌈1000 writes/s ÷ 700 writes/s⌉ = 2"),
        "{out}"
    );
}

#[test]
fn queue_command_and_its_errors() {
    let (out, _, ok) = envelope(&[
        "queue",
        "--rate",
        "1",
        "--service-ms",
        "1000",
        "--servers",
        "2",
        "--json",
    ]);
    assert!(ok);
    let v: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert!(
        (v["p_wait"].as_f64().unwrap_or(0.0) - 1.0 / 3.0).abs() < 1e-9,
        "Erlang C c=2 a=1"
    );
    let (_, err, ok) = envelope(&[
        "queue",
        "--rate",
        "5",
        "--service-ms",
        "1000",
        "--servers",
        "2",
    ]);
    assert!(!ok && err.contains("utilisation is 250.0 %"), "{err}");
}

#[test]
fn presets_list_links() {
    let (out, _, ok) = envelope(&["presets"]);
    assert!(ok);
    assert!(
        out.contains("seed-002") && out.contains("?v=1&users=50000&rate=0.2"),
        "{out}"
    );
    assert!(
        out.contains("tier-1m") && out.contains("bare link"),
        "{out}"
    );
}

/// Where to run it (#17): `envelope options --json` lists every option,
/// cheapest priced feasible first, with the documented fields; a bad
/// `platform` or `policy` is corrected on stderr and the rest kept.
#[test]
fn options_json_lists_every_platform_cheapest_first() {
    let (out, err, ok) = envelope(&[
        "options",
        "--json",
        "users=100&rate=1000&size=1000&platform=nope&policy=maybe",
    ]);
    assert!(ok, "{err}");
    assert!(
        err.contains("corrected platform") && err.contains("corrected policy"),
        "{err}"
    );
    let v: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    let list = v["options"].as_array().expect("options");
    assert_eq!(list.len(), model::platforms::PLATFORMS.len());
    for o in list {
        for field in [
            "id",
            "name",
            "feasible",
            "limit",
            "units",
            "unit_label",
            "binding",
            "monthly_usd",
            "compute_usd",
            "storage_usd",
            "network_usd",
            "other_usd",
            "source",
            "priced_on",
        ] {
            assert!(o.get(field).is_some(), "{field} in {o}");
        }
    }
    let priced: Vec<f64> = list
        .iter()
        .filter(|o| o["feasible"] == true)
        .filter_map(|o| o["monthly_usd"].as_f64())
        .collect();
    assert!(priced.len() >= 5);
    assert!(priced.windows(2).all(|w| w[0] <= w[1]), "{priced:?}");
    assert_eq!(list[0]["monthly_usd"].as_f64(), Some(priced[0]));
    // The table form names what is not priced.
    let (table, _, ok) = envelope(&["options", "users=100&rate=1000&size=1000"]);
    assert!(
        ok && table.contains("not priced") && table.contains("no public price for"),
        "{table}"
    );
}

#[test]
fn the_regret_weight_comes_from_the_link_and_the_flag_overrides_it() {
    let json = |args: &[&str]| -> serde_json::Value {
        let (out, err, ok) = envelope(args);
        assert!(ok, "{err}");
        serde_json::from_str(&out).expect("JSON")
    };
    let link = "users=250K..4M&rate=1&cap.regret_under=10";
    let from_link = json(&["estimate", "--json", "--draws", "200", link]);
    let from_flag = json(&[
        "estimate",
        "--json",
        "--draws",
        "200",
        "--regret-under",
        "10",
        "users=250K..4M&rate=1",
    ]);
    let default = json(&[
        "estimate",
        "--json",
        "--draws",
        "200",
        "users=250K..4M&rate=1",
    ]);
    let regret = |v: &serde_json::Value| v["least_regret"]["brokers"]["regret_usd"].clone();
    assert!(regret(&from_link).is_object(), "{from_link}");
    assert_eq!(regret(&from_link), regret(&from_flag));
    assert_ne!(regret(&from_link), regret(&default));
    // The flag wins over the link.
    let both = json(&[
        "estimate",
        "--json",
        "--draws",
        "200",
        "--regret-under",
        "1.25",
        link,
    ]);
    assert_eq!(regret(&both), regret(&default));
}
