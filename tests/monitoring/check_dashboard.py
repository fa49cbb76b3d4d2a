#!/usr/bin/env python3
"""Checks the Grafana dashboard of packaging/monitoring, with no Grafana at hand.

Always, as a file: what a Grafana file provisioning needs (a uid, a title, a
schema version, no export placeholders such as ${DS_...}, no fixed id), panels
with unique ids that fit the 24-column grid without overlapping, and every
panel and query naming the data source that
grafana/provisioning/datasources/*.yml provisions, by its uid.

With --prometheus URL, against a running Prometheus that scrapes miners:
every query of every panel and variable, with Grafana's variables replaced
by concrete values (the rig variable by "All" and by each rig it lists), is
sent to the query API and must succeed. A query that succeeds can still be
empty because a metric name is misspelled, so each metric name in it must
be one the miners export (the HELP/TYPE lines of each --metrics-url: the
miner declares every family, GPU and node ones included, even before it has
a value), a recording rule Prometheus has loaded, or one Prometheus makes
itself (up, ALERTS). Where every metric of a query has series in Prometheus,
the query with all rigs must return some (a wrong label value returns none),
and every {{label}} of its legend must be on what it returns.

--check-rules applies the name check to the rules Prometheus loaded (and
wants each of them healthy); --series-file to the input series of promtool
test files, so the rules' tests use the miners' real names.

Prints each problem and exits 1, else prints a summary and exits 0.
Standard library only."""
import argparse
import json
import re
import sys
import urllib.error
import urllib.parse
import urllib.request

# Series Prometheus writes itself: scrape health and the alerts' state.
PROMETHEUS_NAMES = {"up", "ALERTS", "ALERTS_FOR_STATE"}
# Grafana's built-in variables, as a Prometheus data source with a 15 s
# scrape interval resolves them on a dashboard showing the last 5 minutes.
BUILTIN_VARIABLES = {
    "__rate_interval": "1m",
    "__interval": "15s",
    "__interval_ms": "15000",
    "__range": "5m",
    "__range_s": "300",
    "__range_ms": "300000",
}
PANEL_TYPES = {"row", "stat", "timeseries", "table", "state-timeline", "bargauge", "gauge", "text"}
KEYWORDS = {"and", "or", "unless", "bool", "offset", "by", "without", "on", "ignoring", "group_left",
            "group_right", "inf", "nan", "atan2"}
NAME = r"[a-zA-Z_:][a-zA-Z0-9_:]*"

problems = []


def problem(message):
    problems.append(message)


def metric_names(expr):
    """The metric names a PromQL expression selects: identifiers that are not
    functions, keywords, label names (in braces or grouping lists), strings,
    numbers or durations."""
    s = re.sub(r'"(?:\\.|[^"\\])*"|\'(?:\\.|[^\'\\])*\'|`[^`]*`', '""', expr)
    s = re.sub(r"\{[^{}]*\}", " ", s)
    s = re.sub(r"\[[^\]]*\]", " ", s)
    s = re.sub(r"\b(?:by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)", " ", s)
    s = re.sub(r"(?<![a-zA-Z0-9_:])[0-9][0-9a-zA-Z_.]*", " ", s)
    names = set()
    for m in re.finditer(NAME, s):
        word = m.group(0)
        if word.lower() in KEYWORDS:
            continue
        if re.match(r"\s*\(", s[m.end():]):
            continue  # a function or an aggregation
        names.add(word)
    return names


def read_datasource_uid(path):
    """The uid of the one Prometheus data source of a Grafana provisioning
    file (read line by line: the file is ours and flat)."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    uids = re.findall(r"^\s*uid:\s*[\"']?([A-Za-z0-9_-]+)[\"']?\s*$", text, re.M)
    types = re.findall(r"^\s*type:\s*[\"']?(\w+)[\"']?\s*$", text, re.M)
    if len(uids) != 1 or types != ["prometheus"]:
        problem(f"{path}: expected one data source of type prometheus with a uid, found uids {uids} types {types}")
        return None
    return uids[0]


def check_grid(panels):
    cells = {}
    for p in panels:
        g = p.get("gridPos")
        label = f"panel {p.get('id')} '{p.get('title')}'"
        if not isinstance(g, dict) or not all(isinstance(g.get(k), int) for k in ("h", "w", "x", "y")):
            problem(f"{label}: gridPos needs integers h, w, x, y")
            continue
        if g["x"] < 0 or g["w"] < 1 or g["h"] < 1 or g["x"] + g["w"] > 24:
            problem(f"{label}: gridPos {g} leaves the 24-column grid")
            continue
        for x in range(g["x"], g["x"] + g["w"]):
            for y in range(g["y"], g["y"] + g["h"]):
                if (x, y) in cells:
                    problem(f"{label} overlaps {cells[(x, y)]}")
                    break
                cells[(x, y)] = label
            else:
                continue
            break


def check_structure(dashboard, text, ds_uid):
    """What Grafana's file provisioning needs. Returns the query panels."""
    for key, kind in (("uid", str), ("title", str), ("schemaVersion", int), ("panels", list)):
        if not isinstance(dashboard.get(key), kind):
            problem(f"dashboard: '{key}' must be a {kind.__name__}")
    uid = dashboard.get("uid", "")
    if isinstance(uid, str) and not re.fullmatch(r"[A-Za-z0-9_-]{1,40}", uid):
        problem(f"dashboard: uid '{uid}' must be 1 to 40 letters, digits, '-' or '_'")
    if dashboard.get("id") is not None:
        problem("dashboard: 'id' must be null (Grafana assigns it; a fixed id clashes on import)")
    if "__inputs" in dashboard or "${DS_" in text:
        problem("dashboard: holds export placeholders (__inputs, ${DS_...}); provisioning does not fill them")
    expected_ds = {"type": "prometheus", "uid": ds_uid}
    panels = dashboard.get("panels") or []
    flat = []
    for p in panels:
        flat.append(p)
        flat.extend(p.get("panels") or [])  # a collapsed row holds its panels
    ids = [p.get("id") for p in flat]
    if len(ids) != len(set(ids)) or not all(isinstance(i, int) for i in ids):
        problem(f"dashboard: panel ids must be unique integers, found {ids}")
    check_grid(flat)
    query_panels = []
    for p in flat:
        label = f"panel {p.get('id')} '{p.get('title')}'"
        if p.get("type") not in PANEL_TYPES:
            problem(f"{label}: unknown panel type {p.get('type')!r}")
        if not p.get("title"):
            problem(f"panel {p.get('id')}: no title")
        if p.get("type") in ("row", "text"):
            continue
        if p.get("datasource") != expected_ds:
            problem(f"{label}: datasource is {p.get('datasource')}, not the provisioned {expected_ds}")
        targets = p.get("targets") or []
        if not targets:
            problem(f"{label}: no queries")
        refs = [t.get("refId") for t in targets]
        if len(refs) != len(set(refs)) or not all(refs):
            problem(f"{label}: refIds must be present and unique, found {refs}")
        for t in targets:
            if t.get("datasource", expected_ds) != expected_ds:
                problem(f"{label} query {t.get('refId')}: datasource is {t.get('datasource')}")
            if not isinstance(t.get("expr"), str) or not t["expr"].strip():
                problem(f"{label} query {t.get('refId')}: no expr")
        query_panels.append(p)
    variables = (dashboard.get("templating") or {}).get("list") or []
    for v in variables:
        if not v.get("name"):
            problem("dashboard: a variable without a name")
        if v.get("type") == "query" and v.get("datasource") != expected_ds:
            problem(f"variable {v.get('name')}: datasource is {v.get('datasource')}, not {expected_ds}")
    return query_panels, variables


class Prometheus:
    def __init__(self, url):
        self.url = url.rstrip("/")

    def get(self, path, **params):
        url = f"{self.url}{path}?{urllib.parse.urlencode(params)}" if params else f"{self.url}{path}"
        try:
            with urllib.request.urlopen(url, timeout=10) as r:
                return json.load(r)
        except urllib.error.HTTPError as e:
            try:
                return json.load(e)
            except ValueError:
                return {"status": "error", "error": f"HTTP {e.code}"}

    def query(self, expr):
        """(result list, None) or (None, error text)."""
        answer = self.get("/api/v1/query", query=expr)
        if answer.get("status") != "success":
            return None, answer.get("error", "no answer")
        return answer["data"]["result"], None


def exported_names(urls):
    names = set()
    for url in urls:
        with urllib.request.urlopen(url, timeout=10) as r:
            text = r.read().decode("utf-8")
        names |= set(re.findall(rf"^# (?:HELP|TYPE) ({NAME})", text, re.M))
        names |= set(re.findall(rf"^({NAME})[{{ ]", text, re.M))
    return names


def substitute(expr, values):
    def repl(m):
        name = m.group(1) or m.group(2) or m.group(3)
        if name not in values:
            problem(f"undefined variable ${name} in: {expr}")
            return m.group(0)
        return values[name]

    return re.sub(r"\$\{(\w+)(?::\w+)?\}|\$(\w+)|\[\[(\w+)(?::\w+)?\]\]", repl, expr)


def variable_query(v):
    q = v.get("query")
    if isinstance(q, dict):
        q = q.get("query")
    return q if isinstance(q, str) else v.get("definition", "")


def resolve_variables(prom, variables, known):
    """Each variable's values from its label_values() query, which must give
    some."""
    resolved = {}
    for v in variables:
        name = v.get("name")
        if v.get("type") != "query":
            problem(f"variable {name}: only query variables are checked, found type {v.get('type')}")
            continue
        q = variable_query(v)
        m = re.fullmatch(r"\s*label_values\((.+),\s*(\w+)\s*\)\s*", q)
        if not m:
            problem(f"variable {name}: expected label_values(QUERY, LABEL), found {q!r}")
            continue
        expr, label = m.group(1), m.group(2)
        check_names(f"variable {name}", expr, known)
        result, error = prom.query(expr)
        if error:
            problem(f"variable {name}: {expr}: {error}")
            continue
        values = sorted({r["metric"][label] for r in result if label in r["metric"]})
        if not values:
            problem(f"variable {name}: {expr} gives no values of label {label}")
        resolved[name] = {"all": v.get("allValue") or "|".join(values), "values": values}
    return resolved


def check_names(where, expr, known):
    if re.search(r"__name__", expr):
        problem(f"{where}: selects by __name__; name the metric so it can be checked: {expr}")
    for n in sorted(metric_names(expr) - known):
        problem(f"{where}: unknown metric {n} (not exported by the miners, not a recording rule): {expr}")


def check_queries(prom, panels, variables, known):
    resolved = resolve_variables(prom, variables, known)
    # One pass with every variable at "All", then one per value of each.
    passes = [{n: r["all"] for n, r in resolved.items()}]
    for n, r in resolved.items():
        for value in r["values"]:
            passes.append({**passes[0], n: value})
    live = {}

    def has_series(name):
        if name not in live:
            result, error = prom.query(f"count({name})")
            live[name] = bool(result) and not error
        return live[name]

    queries = with_data = 0
    for p in panels:
        for t in p.get("targets", []):
            where = f"panel {p['id']} '{p['title']}' query {t['refId']}"
            raw = t.get("expr", "")
            check_names(where, raw, known)
            for i, values in enumerate(passes):
                expr = substitute(raw, {**BUILTIN_VARIABLES, **values})
                result, error = prom.query(expr)
                queries += 1
                if error:
                    problem(f"{where}: query failed: {error}: {expr}")
                    break
                if i:
                    continue  # a single rig may lack series (no node, no GPU)
                if result:
                    with_data += 1
                    for label in re.findall(r"\{\{\s*(\w+)\s*\}\}", t.get("legendFormat", "")):
                        if not all(label in r["metric"] for r in result):
                            problem(f"{where}: legend uses {{{{{label}}}}}, which its series lack: {expr}")
                elif all(has_series(n) for n in metric_names(raw)):
                    problem(f"{where}: returned no data although its metrics have series: {expr}")
    return queries, with_data


def check_rules(prom, known):
    answer = prom.get("/api/v1/rules")
    if answer.get("status") != "success":
        problem(f"/api/v1/rules: {answer.get('error')}")
        return 0
    count = 0
    for group in answer["data"]["groups"]:
        for rule in group["rules"]:
            count += 1
            where = f"rule {rule.get('name')} ({group['file']})"
            if rule.get("health") != "ok" or rule.get("lastError"):
                problem(f"{where}: health {rule.get('health')}, error {rule.get('lastError')!r}")
            check_names(where, rule.get("query", ""), known)
    return count


def check_series_files(paths, known):
    count = 0
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for line_no, line in enumerate(f, 1):
                m = re.match(rf"\s*-?\s*series:\s*['\"]?({NAME})", line)
                if m:
                    count += 1
                    if m.group(1) not in known:
                        problem(f"{path}:{line_no}: input series {m.group(1)} is not a metric the miners export")
    return count


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dashboard", required=True)
    ap.add_argument("--datasources", required=True, help="grafana/provisioning/datasources/*.yml")
    ap.add_argument("--prometheus", help="base URL of a running Prometheus")
    ap.add_argument("--metrics-url", action="append", default=[], help="a miner's /metrics (repeat)")
    ap.add_argument("--check-rules", action="store_true")
    ap.add_argument("--series-file", action="append", default=[])
    args = ap.parse_args()

    with open(args.dashboard, encoding="utf-8") as f:
        text = f.read()
    try:
        dashboard = json.loads(text)
    except ValueError as e:
        print(f"check-dashboard: {args.dashboard}: not JSON: {e}", file=sys.stderr)
        return 1
    ds_uid = read_datasource_uid(args.datasources)
    panels, variables = check_structure(dashboard, text, ds_uid)
    summary = [f"{len(panels)} query panels"]

    if args.prometheus:
        if not args.metrics_url:
            problem("--prometheus needs at least one --metrics-url to learn the miners' metric names")
        else:
            prom = Prometheus(args.prometheus)
            rules = prom.get("/api/v1/rules")
            recorded = {r["name"] for g in rules.get("data", {}).get("groups", [])
                        for r in g["rules"] if r.get("type") == "recording"}
            exported = exported_names(args.metrics_url)
            known = exported | recorded | PROMETHEUS_NAMES
            queries, with_data = check_queries(prom, panels, variables, known)
            summary.append(f"{queries} queries answered ({with_data} of the all-rigs ones with data)")
            summary.append(f"{len(exported)} exported names, {len(recorded)} recording rules")
            if args.check_rules:
                summary.append(f"{check_rules(prom, known)} rules healthy")
            if args.series_file:
                summary.append(f"{check_series_files(args.series_file, exported | PROMETHEUS_NAMES)} test series")

    for p in problems:
        print(f"check-dashboard: {p}", file=sys.stderr)
    print(f"check-dashboard: {'FAIL' if problems else 'ok'}: {args.dashboard}: {', '.join(summary)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
