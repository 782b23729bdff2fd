#!/usr/bin/env python3
"""Side by side with Netflix (#19): the same interval workloads planned by
Netflix's service-capacity-modeling (its Kafka model) and by `envelope`.

Needs the PyPI package in the running Python (the tests never run this):

    python3 -m venv /tmp/venv-scm && /tmp/venv-scm/bin/pip install service-capacity-modeling
    /tmp/venv-scm/bin/python scripts/netflix_compare.py

Each workload is "100 MB/s in, most likely; half to double that" with a
fan-out of 3 consumer groups, rf 3 and a retention. Netflix takes it as
intervals with a 98 % confidence (as its own tests do) and returns its
least-regret plan; envelope takes `users=low..mid..high` (1 KB messages,
1 message per user per second) and prints its bands and least-regret broker
profile. The table goes to stdout as Markdown (docs/UNCERTAINTY.md quotes it).
"""

import json
import os
import subprocess
import sys

from service_capacity_modeling.capacity_planner import planner
from service_capacity_modeling.interface import CapacityDesires, Interval, QueryPattern
from service_capacity_modeling.interface import DataShape

MB = 1_000_000
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# (name, MB/s low, mid, high, retention days)
WORKLOADS = [
    ("10 MB/s, 7 days", 5, 10, 20, 7),
    ("100 MB/s, 7 days", 50, 100, 200, 7),
    ("100 MB/s, 1 day", 50, 100, 200, 1),
]


def netflix(low, mid, high, days):
    desires = CapacityDesires(
        service_tier=1,
        query_pattern=QueryPattern(
            # Netflix's Kafka model reads "reads per second" as consumer
            # groups and "writes" x "mean write size" as the byte rate in.
            estimated_read_per_second=Interval(low=3, mid=3, high=3, confidence=0.98),
            estimated_write_per_second=Interval(low=1, mid=1, high=1, confidence=0.98),
            estimated_mean_write_size_bytes=Interval(
                low=low * MB, mid=mid * MB, high=high * MB, confidence=0.98
            ),
        ),
        data_shape=DataShape(),
    )
    plan = planner.plan(
        model_name="org.netflix.kafka",
        region="us-east-1",
        desires=desires,
        extra_model_arguments={
            "cluster_type": "strong",  # rf 3
            "retention": f"P{days}D",
        },
    )
    lr = plan.least_regret[0]
    zonal = lr.candidate_clusters.zonal
    nodes = sum(z.count for z in zonal)
    return {
        "instance": zonal[0].instance.name,
        "family": zonal[0].instance.family,
        "nodes": nodes,
        "zones": len(zonal),
        "monthly_usd": float(lr.candidate_clusters.total_annual_cost) / 12,
    }


def envelope(low, mid, high, days):
    users = f"{low * 1000}..{mid * 1000}..{high * 1000}"
    link = f"users={users}&rate=1&size=1KB&fanout=3&rf=3&retention={days}"
    exe = os.environ.get("ENVELOPE")
    cmd = (
        [exe]
        if exe
        else ["cargo", "run", "-q", "--release", "-p", "model", "--bin", "envelope", "--"]
    )
    out = subprocess.run(
        cmd + ["estimate", "--json", link], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout
    e = json.loads(out)
    lr = e["least_regret"]["brokers"]
    choice = lr["choice"]
    # The point estimate under the least-regret profile, for its count and bill.
    pick = json.loads(
        subprocess.run(
            cmd + ["estimate", "--json", f"{link}&profile.broker={choice}"],
            cwd=ROOT, check=True, capture_output=True, text=True,
        ).stdout
    )
    return {
        "link": link,
        "point_profile": lr["point"],
        "point_brokers": e["nodes"]["brokers"],
        "point_monthly_usd": e["cost"]["by_component"]["brokers"]["monthly_usd"],
        "choice": choice,
        "choice_brokers": pick["nodes"]["brokers"],
        "choice_monthly_usd": pick["cost"]["by_component"]["brokers"]["monthly_usd"],
        "choice_band": pick["bands"]["cost.by_component.brokers.monthly_usd"],
        "brokers_band": e["bands"]["nodes.brokers"],
        "binding": e["sizing"]["brokers"]["binding"],
        "platform": e["least_regret"]["platform"]["choice"],
    }


def main():
    print("| workload | Netflix least regret | envelope point estimate | envelope least regret |")
    print("|---|---|---|---|")
    for name, low, mid, high, days in WORKLOADS:
        n = netflix(low, mid, high, days)
        o = envelope(low, mid, high, days)
        b = o["brokers_band"]
        print(
            f"| {name} ({low}..{mid}..{high} MB/s in, fan-out 3, rf 3) "
            f"| {n['nodes']} × {n['instance']} ({n['zones']} zones), ${n['monthly_usd']:,.0f}/month "
            f"| {o['point_brokers']} × {o['point_profile']} (binds: {o['binding']}; p10–p90 "
            f"{b['p10']:.0f}–{b['p90']:.0f}), ${o['point_monthly_usd']:,.0f}/month "
            f"| {o['choice_brokers']} × {o['choice']}, ${o['choice_monthly_usd']:,.0f}/month; "
            f"platform: {o['platform']} |"
        )
        print(json.dumps({"netflix": n, "envelope": o}), file=sys.stderr)


if __name__ == "__main__":
    main()
