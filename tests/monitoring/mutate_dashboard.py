#!/usr/bin/env python3
"""Writes a copy of the dashboard with one mistake, for the check that
check_dashboard.py refuses it. Exits 2 when the dashboard no longer holds
what the mistake changes (so the refusal test cannot pass vacuously).

  mutate_dashboard.py IN OUT KIND
KIND: metric-typo (a GPU metric misspelled: a query that still succeeds,
empty), label-typo (a wrong label value on a metric that has series),
syntax (a query Prometheus cannot parse), datasource (a panel naming another
data source), overlap (a panel moved onto another), legend (a legend label
the series lack)."""
import json
import sys

src, dst, kind = sys.argv[1:4]
with open(src, encoding="utf-8") as f:
    dashboard = json.load(f)
panels = [p for p in dashboard["panels"] if p.get("type") != "row"]
targets = [t for p in panels for t in p.get("targets", [])]


def first_target(needle):
    for t in targets:
        if needle in t.get(field(), ""):
            return t
    sys.exit(f"mutate-dashboard: no query holds {needle!r}")


def field():
    return "legendFormat" if kind == "legend" else "expr"


if kind == "metric-typo":
    t = first_target("miner_gpu_temperature_celsius")
    t["expr"] = t["expr"].replace("miner_gpu_temperature_celsius", "miner_gpu_temperatur_celsius")
elif kind == "label-typo":
    t = first_target('status="completed"')
    t["expr"] = t["expr"].replace('status="completed"', 'status="complete"')
elif kind == "syntax":
    t = first_target("sum by (rig) (")
    t["expr"] = t["expr"].replace("sum by (rig) (", "sum by (rig) ((", 1)
elif kind == "datasource":
    panels[-1]["datasource"] = {"type": "prometheus", "uid": "prometheus"}
elif kind == "overlap":
    panels[-1]["gridPos"] = dict(panels[0]["gridPos"])
elif kind == "legend":
    t = first_target("{{addr}}")
    t["legendFormat"] = t["legendFormat"].replace("{{addr}}", "{{address}}")
else:
    sys.exit(f"mutate-dashboard: unknown kind {kind}")
with open(dst, "w", encoding="utf-8") as f:
    json.dump(dashboard, f, indent=2)
