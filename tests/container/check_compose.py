#!/usr/bin/env python3
"""Checks packaging/container as files (no container is started): compose.yaml
runs a Quantus node and the miner with the node's miner port kept off the host,
the miner's metrics on 127.0.0.1 only, the node's volume read-only in the
miner, one shared unprivileged user, and the miner waiting for the node's
files; .env.example names every variable compose.yaml reads; the Containerfile
has the substitutable base, a non-root user, the health check and the
entrypoint. The profile `monitoring`: Prometheus and Grafana only under that
profile, pinned images, ports on 127.0.0.1, the monitoring directory
(packaging/monitoring, or the second argument) mounted read-only with every
file Prometheus' configuration and Grafana's provisioning name present there,
Prometheus scraping the compose miner, Grafana without anonymous access or a
default password. Prints what is wrong and exits 1, else exits 0.
  check_compose.py [CONTAINER_DIR [MONITORING_DIR]]"""
import glob
import json
import os
import re
import sys

import yaml

directory = sys.argv[1] if len(sys.argv) > 1 else "packaging/container"
monitoring_dir = sys.argv[2] if len(sys.argv) > 2 else os.path.join(directory, "..", "monitoring")
problems = []


def check(condition, message):
    if not condition:
        problems.append(message)


with open(f"{directory}/compose.yaml", encoding="utf-8") as f:
    text = f.read()
compose = yaml.safe_load(text)
services = compose.get("services", {})
node = services.get("node", {})
miner = services.get("miner", {})
check(node and miner, "compose.yaml needs the services node and miner")
check("quantus-node" in str(node.get("image", "")), "the node service must run the official quantus-node image")
node_args = " ".join(node.get("command", []))
for flag in ("--validator", "--miner-listen-port=9833", "--rewards-inner-hash=${INNER_HASH", "--base-path"):
    check(flag in node_args, f"the node's command lacks {flag}")
for port in node.get("ports", []) + miner.get("ports", []):
    check("9833" not in str(port), f"port {port} publishes the miner port to the host")
for port in miner.get("ports", []):
    check(str(port).startswith("127.0.0.1:"), f"the miner publishes {port} beyond 127.0.0.1")
check(any(str(v).endswith(":ro") for v in miner.get("volumes", [])), "the miner must mount the node's volume read-only")
check(node.get("user") and node.get("user") == miner.get("user"), "node and miner must share one user")
check(str(miner.get("user", "")).split(":")[0] not in ("0", "root"), "the miner must not run as root")
miner_script = " ".join(miner.get("command", []))
check("miner-auth-token" in miner_script and "until" in miner_script, "the miner must wait for the node's files")
check("--node-addr node:9833" in miner_script and "--node-dir" in miner_script, "the miner must mine for the node")

with open(f"{directory}/.env.example", encoding="utf-8") as f:
    env_names = {line.split("=", 1)[0] for line in f if re.match(r"^[A-Z_]+=", line)}
used = set(re.findall(r"\$\{([A-Z_]+)", text))
check(not (used - env_names), f".env.example lacks {sorted(used - env_names)}")

with open(f"{directory}/Containerfile", encoding="utf-8") as f:
    containerfile = f.read()
check(re.search(r"^ARG BASE=.*bookworm-slim$", containerfile, re.M), "the Containerfile needs ARG BASE (bookworm-slim)")
check(re.search(r"^FROM \$\{BASE\}$", containerfile, re.M), "the Containerfile must build FROM ${BASE}")
check(re.search(r"^USER quantus-miner$", containerfile, re.M), "the Containerfile must switch to the user quantus-miner")
check('HEALTHCHECK' in containerfile and '"quantus-miner", "health"' in containerfile, "no HEALTHCHECK with quantus-miner health")
check('ENTRYPOINT ["quantus-miner", "--no-gui", "--bind", "0.0.0.0"]' in containerfile, "the ENTRYPOINT differs")
check(re.search(r"^EXPOSE 9833/tcp 9900/tcp$", containerfile, re.M), "EXPOSE 9833/tcp 9900/tcp is missing")

# --- the profile `monitoring` -------------------------------------------------------
MONITORING_PREFIX = "${MONITORING_DIR:-./monitoring}/"
for name, service in services.items():
    if name not in ("prometheus", "grafana"):
        check(not service.get("profiles"), f"{name} must run without a profile (plain `up` starts the miner)")
prometheus = services.get("prometheus", {})
grafana = services.get("grafana", {})
check(prometheus and grafana, "compose.yaml needs the services prometheus and grafana (profile monitoring)")
for name, service, image in (("prometheus", prometheus, r"(docker\.io/)?prom/prometheus:v\d+\.\d+\.\d+"),
                             ("grafana", grafana, r"(docker\.io/)?grafana/grafana:\d+\.\d+\.\d+")):
    check(service.get("profiles") == ["monitoring"], f"{name} must be in the profile monitoring only")
    check(re.fullmatch(image, str(service.get("image", ""))), f"{name}'s image {service.get('image')} is not pinned")
    check(service.get("ports"), f"{name} publishes no port")
    for port in service.get("ports", []):
        check(str(port).startswith("127.0.0.1:"), f"{name} publishes {port} beyond 127.0.0.1")


def mounts(name, service):
    """{container path: path in the monitoring directory} of the service's
    binds from the monitoring directory; every one read-only."""
    found = {}
    for volume in service.get("volumes", []):
        parts = str(volume).split(":")
        if not str(volume).startswith(MONITORING_PREFIX):
            check(len(parts) >= 2 and "/" not in parts[0] and parts[0] in (compose.get("volumes") or {}),
                  f"{name}: {volume} is neither from the monitoring directory nor a declared volume")
            continue
        source, target, *mode = str(volume)[len(MONITORING_PREFIX):].split(":")
        check(mode == ["ro"], f"{name}: {volume} must be read-only")
        check(os.path.exists(os.path.join(monitoring_dir, source)), f"{name}: {source} is not in {monitoring_dir}")
        found[target] = source
    return found


prom_mounts = mounts("prometheus", prometheus)
config_flag = [a for a in prometheus.get("command", []) if str(a).startswith("--config.file=")]
check(len(config_flag) == 1, "prometheus needs one --config.file")
config_path = config_flag[0].split("=", 1)[1] if config_flag else ""
check(prom_mounts.get(config_path) == "prometheus.yml", f"{config_path} is not the monitoring prometheus.yml")
try:
    with open(os.path.join(monitoring_dir, "prometheus.yml"), encoding="utf-8") as f:
        prom_config = yaml.safe_load(f)
except OSError as e:
    prom_config = {}
    problems.append(f"cannot read prometheus.yml: {e}")
# Every file the configuration names, relative to it, must be mounted and
# match files of the monitoring directory.
patterns = list(prom_config.get("rule_files", []))
for job in prom_config.get("scrape_configs", []):
    for sd in job.get("file_sd_configs", []):
        patterns += sd.get("files", [])
config_dir = os.path.dirname(config_path)
for pattern in patterns:
    top = pattern.split("/")[0]
    mounted = prom_mounts.get(f"{config_dir}/{top}")
    check(mounted == top, f"prometheus.yml reads {pattern}, but {config_dir}/{top} is not mounted from {top}")
    check(glob.glob(os.path.join(monitoring_dir, pattern)), f"prometheus.yml reads {pattern}: no such files")
targets = []
for path in glob.glob(os.path.join(monitoring_dir, "targets", "*.yml")):
    with open(path, encoding="utf-8") as f:
        for entry in yaml.safe_load(f) or []:
            targets += entry.get("targets", [])
check("miner:9900" in targets, "no targets/*.yml lists the compose miner (miner:9900)")
check(re.search(r"MINER_METRICS_PORT=9900\b", containerfile), "the image's metrics port is not 9900")

graf_mounts = mounts("grafana", grafana)
env = grafana.get("environment", {})
check(str(env.get("GF_AUTH_ANONYMOUS_ENABLED")).lower() == "false", "grafana must disable anonymous access")
check(str(env.get("GF_SECURITY_ADMIN_PASSWORD", "")).startswith("${GRAFANA_ADMIN_PASSWORD"),
      "grafana's admin password must come from GRAFANA_ADMIN_PASSWORD")
grafana_script = " ".join(grafana.get("command", []))
check('[ -z "$$GF_SECURITY_ADMIN_PASSWORD" ]' in grafana_script and "exec /run.sh" in grafana_script,
      "grafana must refuse to start without an admin password")
for kind in ("datasources", "dashboards"):
    check(graf_mounts.get(f"/etc/grafana/provisioning/{kind}") == f"grafana/provisioning/{kind}",
          f"grafana/provisioning/{kind} is not mounted at /etc/grafana/provisioning/{kind}")
provider_paths = []
for path in glob.glob(os.path.join(monitoring_dir, "grafana", "provisioning", "dashboards", "*.yml")):
    with open(path, encoding="utf-8") as f:
        provider_paths += [p["options"]["path"] for p in yaml.safe_load(f).get("providers", [])]
check(provider_paths, "grafana/provisioning/dashboards provides no dashboards")
for path in provider_paths:
    source = graf_mounts.get(path)
    check(source and glob.glob(os.path.join(monitoring_dir, source, "*.json")),
          f"the dashboards provider reads {path}, which holds no mounted dashboard")
home = str(env.get("GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH", ""))
home_dir, home_file = os.path.split(home)
check(home_dir in graf_mounts and os.path.isfile(os.path.join(monitoring_dir, graf_mounts.get(home_dir, ""), home_file)),
      f"grafana's home dashboard {home} is not a mounted file")
urls = []
for path in glob.glob(os.path.join(monitoring_dir, "grafana", "provisioning", "datasources", "*.yml")):
    with open(path, encoding="utf-8") as f:
        urls += [d.get("url") for d in yaml.safe_load(f).get("datasources", [])]
listen = [a for a in prometheus.get("command", []) if str(a).startswith("--web.listen-address=")]
port = listen[0].rsplit(":", 1)[1] if listen else "9090"
check(urls == [f"http://prometheus:{port}"], f"grafana's data source {urls} is not the prometheus service on {port}")
for path in glob.glob(os.path.join(monitoring_dir, "grafana", "dashboards", "*.json")):
    with open(path, encoding="utf-8") as f:
        check(json.load(f).get("uid"), f"{path} has no uid")

for p in problems:
    print(f"check_compose: {p}", file=sys.stderr)
print(f"check_compose: {'FAIL' if problems else 'ok'}: compose.yaml, .env.example, Containerfile, profile monitoring")
sys.exit(1 if problems else 0)
