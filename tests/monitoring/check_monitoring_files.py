#!/usr/bin/env python3
"""Checks packaging/monitoring as files, beyond what promtool checks:

- every alert of rules/*.yml has a severity (critical or warning) and a
  summary and description naming the rig and its address;
- every alert is fired by a case of tests/*.yml (promtool test rules) and
  held back by another (a case expecting no alert), and every recording rule
  is the subject of a promql_expr_test;
- the rules and the dashboard select the scrape job of prometheus.yml by its
  name (job="...");
- targets/*.yml are file_sd lists: host:port targets, each with a `rig` label
  that no other target has.

Prints what is wrong and exits 1, else exits 0.
  check_monitoring_files.py MONITORING_DIR"""
import glob
import os
import re
import sys

import yaml

root = sys.argv[1] if len(sys.argv) > 1 else "packaging/monitoring"
problems = []


def check(condition, message):
    if not condition:
        problems.append(message)


def load(path):
    with open(path, encoding="utf-8") as f:
        return yaml.safe_load(f)


with open(os.path.join(root, "prometheus.yml"), encoding="utf-8") as f:
    config = yaml.safe_load(f)
jobs = [j["job_name"] for j in config.get("scrape_configs", [])]
check(len(jobs) == 1, f"prometheus.yml should scrape one job, the rigs; found {jobs}")

alerts, records, job_literals = {}, set(), []
for path in sorted(glob.glob(os.path.join(root, "rules", "*.yml"))):
    for group in load(path).get("groups", []):
        for rule in group.get("rules", []):
            job_literals += re.findall(r'job\s*=~?\s*"([^"]*)"', rule["expr"])
            if "record" in rule:
                records.add(rule["record"])
                continue
            name = rule["alert"]
            alerts[name] = path
            labels, notes = rule.get("labels", {}), rule.get("annotations", {})
            check(labels.get("severity") in ("critical", "warning"), f"{name}: severity must be critical or warning")
            check(notes.get("summary") and "$labels.rig" in notes["summary"], f"{name}: the summary must name the rig")
            description = notes.get("description", "")
            check("$labels.rig" in description and "$labels.instance" in description,
                  f"{name}: the description must name the rig and its address ($labels.rig, $labels.instance)")
check(alerts and records, "rules/*.yml hold no alerts or no recording rules")

fired, held_back, tested_exprs = set(), set(), []
test_files = sorted(glob.glob(os.path.join(root, "tests", "*.yml")))
check(test_files, "no promtool test files in tests/")
for path in test_files:
    suite = load(path)
    for rule_file in suite.get("rule_files", []):
        check(os.path.isfile(os.path.join(os.path.dirname(path), rule_file)), f"{path}: no rule file {rule_file}")
    for case in suite.get("tests", []):
        for test in case.get("alert_rule_test", []):
            (fired if test.get("exp_alerts") else held_back).add(test["alertname"])
        tested_exprs += [t["expr"] for t in case.get("promql_expr_test", [])]
for name in sorted(alerts):
    check(name in fired, f"{name}: no test case in tests/*.yml fires it")
    check(name in held_back, f"{name}: no test case in tests/*.yml holds it back (exp_alerts: [])")
for name in sorted(set(fired | held_back) - set(alerts)):
    problems.append(f"tests/*.yml test an alert the rules do not have: {name}")
for name in sorted(records):
    check(any(re.search(rf"(?<![\w:]){re.escape(name)}(?![\w:])", e) for e in tested_exprs),
          f"recording rule {name}: no promql_expr_test evaluates it")

for path in glob.glob(os.path.join(root, "grafana", "dashboards", "*.json")):
    with open(path, encoding="utf-8") as f:
        job_literals += re.findall(r'job\s*=~?\s*\\"([^"\\]*)\\"', f.read())
for literal in sorted(set(job_literals)):
    check(literal in jobs, f'job="{literal}" in the rules or dashboard is not the job of prometheus.yml {jobs}')
check(job_literals, "the rules select no job")

rigs = {}
target_files = sorted(glob.glob(os.path.join(root, "targets", "*.yml")))
check(target_files, "no targets/*.yml")
for path in target_files:
    entries = load(path)
    check(isinstance(entries, list) and entries, f"{path}: must be a non-empty list of target groups")
    for entry in entries if isinstance(entries, list) else []:
        check(isinstance(entry, dict) and set(entry) <= {"targets", "labels"}, f"{path}: bad entry {entry}")
        for target in entry.get("targets", []):
            check(re.fullmatch(r"[A-Za-z0-9.\-\[\]:]+:\d{1,5}", str(target)), f"{path}: target {target} is not host:port")
        check(len(entry.get("targets", [])) == 1, f"{path}: one target per entry, each its own rig: {entry}")
        rig = (entry.get("labels") or {}).get("rig")
        check(isinstance(rig, str) and rig, f"{path}: entry {entry} has no rig label")
        check(rig not in rigs, f"{path}: rig {rig} is also in {rigs.get(rig)}")
        rigs[rig] = path

for p in problems:
    print(f"check-monitoring-files: {p}", file=sys.stderr)
print(f"check-monitoring-files: {'FAIL' if problems else 'ok'}: {len(alerts)} alerts fired and held back by tests, "
      f"{len(records)} recording rules tested, {len(rigs)} rigs in targets/")
sys.exit(1 if problems else 0)
