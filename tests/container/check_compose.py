#!/usr/bin/env python3
"""Checks packaging/container as files (no container is started): compose.yaml
runs a Quantus node and the miner with the node's miner port kept off the host,
the miner's metrics on 127.0.0.1 only, the node's volume read-only in the
miner, one shared unprivileged user, and the miner waiting for the node's
files; .env.example names every variable compose.yaml reads; the Containerfile
has the substitutable base, a non-root user, the health check and the
entrypoint. Prints what is wrong and exits 1, else exits 0."""
import re
import sys

import yaml

directory = sys.argv[1] if len(sys.argv) > 1 else "packaging/container"
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

for p in problems:
    print(f"check_compose: {p}", file=sys.stderr)
print(f"check_compose: {'FAIL' if problems else 'ok'}: compose.yaml, .env.example, Containerfile")
sys.exit(1 if problems else 0)
