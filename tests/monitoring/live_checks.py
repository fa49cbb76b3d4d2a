#!/usr/bin/env python3
"""The live test's questions to a running Prometheus (tests/monitoring/
live_test.sh starts it with the shipped rules, scraping two miners and one
address where nothing listens). Each check polls until it holds or the
deadline passes, then prints what it saw last and exits 1:

- targets: the two rigs up with their `rig` labels; the dead address down and
  named by its address (prometheus.yml's relabelling);
- rules: every rule of the shipped files loaded and healthy;
- recording rules: the per-rig rate of both rigs above 0, the fleet rate
  their sum, the rigs counted (2 up of 3), the hour's average present;
- alerts: QuantusRigDown pending for the dead address and
  QuantusNodeDisconnected pending for the node rig's backup node (their
  `for:` has not passed), nothing for the healthy HTTP rig, no
  QuantusRigNoNodeConnected (the node rig has its main node).

  live_checks.py PROMETHEUS_URL RULES_DIR HTTP_RIG NODE_RIG DEAD_ADDR BACKUP_ADDR [DEADLINE_S]"""
import glob
import json
import re
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

url, rules_dir, http_rig, node_rig, dead_addr, backup_addr = sys.argv[1:7]
deadline_s = float(sys.argv[7]) if len(sys.argv) > 7 else 60.0
JOB = "quantus-miner"


def get(path, **params):
    full = f"{url}{path}?{urllib.parse.urlencode(params)}" if params else f"{url}{path}"
    with urllib.request.urlopen(full, timeout=5) as r:
        answer = json.load(r)
    if answer.get("status") != "success":
        raise RuntimeError(f"{path}: {answer}")
    return answer["data"]


def query(expr):
    return get("/api/v1/query", query=expr)["result"]


def wait_for(what, check):
    """Calls check() until it returns (True, detail) or the deadline passes."""
    end = time.monotonic() + deadline_s
    last = "no answer yet"
    while True:
        try:
            ok, last = check()
            if ok:
                print(f"live-checks: ok: {what}: {last}")
                return
        except (OSError, urllib.error.URLError, RuntimeError, KeyError, ValueError) as e:
            last = f"{type(e).__name__}: {e}"
        if time.monotonic() > end:
            print(f"live-checks: FAIL: {what} within {deadline_s:.0f} s; last seen: {last}", file=sys.stderr)
            sys.exit(1)
        time.sleep(0.5)


def targets():
    active = get("/api/v1/targets", state="active")["activeTargets"]
    seen = {t["labels"].get("rig"): (t["health"], t["labels"].get("instance")) for t in active
            if t["labels"].get("job") == JOB}
    ok = (seen.get(http_rig, ("",))[0] == "up" and seen.get(node_rig, ("",))[0] == "up"
          and seen.get(dead_addr) == ("down", dead_addr) and len(seen) == 3)
    return ok, seen


def rules():
    expected = set()
    for path in glob.glob(f"{rules_dir}/*.yml"):
        with open(path, encoding="utf-8") as f:
            expected |= set(re.findall(r"^\s*- (?:record|alert):\s*(\S+)", f.read(), re.M))
    loaded = {}
    for group in get("/api/v1/rules")["groups"]:
        for r in group["rules"]:
            loaded[r["name"]] = (r["health"], r.get("lastError", ""))
    bad = {n: h for n, h in loaded.items() if h != ("ok", "")}
    missing = expected - set(loaded)
    return bool(expected) and not missing and not bad, (
        f"{len(loaded)} loaded, missing {sorted(missing)}, unhealthy {bad}" if missing or bad
        else f"{len(loaded)} rules healthy")


def recorded():
    per_rig = {r["metric"].get("rig"): float(r["value"][1]) for r in query("instance:miner_hashes:rate1m")}
    # The fleet and the sum of its rigs at one instant: both were written by
    # the same evaluation unless the query fell between two rules of it.
    both = query('job:miner_hashes:rate1m{job="quantus-miner"} - on (job) '
                 'sum by (job) (instance:miner_hashes:rate1m{job="quantus-miner"})')
    fleet = query('job:miner_hashes:rate1m{job="quantus-miner"}')
    up = query('job:miner_rigs_up:sum{job="quantus-miner"}')
    count = query('job:miner_rigs:count{job="quantus-miner"}')
    avg = {r["metric"].get("rig") for r in query("instance:miner_hashes:avg1h_rate1m > 0")}
    detail = (f"per rig {per_rig}, fleet {fleet and fleet[0]['value'][1]}, fleet minus sum "
              f"{both and both[0]['value'][1]}, up {up and up[0]['value'][1]} of {count and count[0]['value'][1]}, "
              f"hour's average for {sorted(avg, key=str)}")
    ok = (set(per_rig) == {http_rig, node_rig} and all(v > 0 for v in per_rig.values())
          and len(fleet) == 1 and float(fleet[0]["value"][1]) > 0
          and len(both) == 1 and abs(float(both[0]["value"][1])) <= 1e-6 * float(fleet[0]["value"][1])
          and len(up) == 1 and float(up[0]["value"][1]) == 2
          and len(count) == 1 and float(count[0]["value"][1]) == 3
          and avg == {http_rig, node_rig})
    return ok, detail


def alerts():
    seen = [(a["labels"]["alertname"], a["state"], a["labels"].get("rig"), a["labels"].get("addr"),
             a["labels"].get("severity")) for a in get("/api/v1/alerts")["alerts"]]
    want = {("QuantusRigDown", "pending", dead_addr, None, "critical"),
            ("QuantusNodeDisconnected", "pending", node_rig, backup_addr, "warning")}
    unwanted = [a for a in seen if a[2] == http_rig or a[0] == "QuantusRigNoNodeConnected"]
    return want <= set(seen) and not unwanted, f"alerts {sorted(seen, key=str)}"


wait_for("targets (2 rigs up, the dead address down and named by its address)", targets)
wait_for("rules loaded and healthy", rules)
wait_for("recording rules answer for both rigs", recorded)
wait_for("alerts pending for the dead rig and the lost backup node only", alerts)
