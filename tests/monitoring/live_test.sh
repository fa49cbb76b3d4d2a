#!/usr/bin/env bash
# CTest "monitoring_live" (label "monitoring"): the monitoring stack of
# packaging/monitoring with the real Prometheus, on loopback.
#
# Two miners run as rigs: one mines a job posted to its HTTP API, one mines
# for the QUIC test node (tests/node/qm_test_node.cpp) with a second, absent
# node as its fallback. Both jobs have a difficulty no hash meets, so they
# hash until the end. Prometheus runs with the shipped prometheus.yml (scrape
# and evaluation every second instead of 15 s), the shipped rules/ and a
# targets file listing the two rigs and one address where nothing listens.
# Then (tests/monitoring/live_checks.py) both rigs are up, the rules healthy,
# the recording rules give both rigs' rates and the fleet's, and the alerts
# for the dead address and the missing fallback node are pending. The
# dashboard checker (check_dashboard.py) runs every panel's query against
# this Prometheus, checks the metric names of the dashboard, the rules and the
# promtool tests against the miners' /metrics, and must refuse dashboards and
# test files with one mistake each (mutate_dashboard.py).
# Skips (77) when prometheus is not installed.
#   live_test.sh SOURCE_DIR QUANTUS_MINER WORK_DIR PROMETHEUS TEST_NODE
set -euo pipefail
src=$1
miner=$2
work=$3
prometheus=${4:-}
test_node=${5:-}

say() { printf 'monitoring-live: %s\n' "$*"; }
fail() {
    printf 'monitoring-live: FAIL: %s\n' "$*" >&2
    exit 1
}

if [[ -z "$prometheus" || ! -x "$prometheus" ]]; then
    echo "monitoring-live: SKIP: prometheus is not installed (scripts/install-deps.sh --test installs it)"
    exit 77
fi
for tool in curl python3; do
    command -v "$tool" >/dev/null || fail "'$tool' is missing (scripts/install-deps.sh --test installs it)"
done
[[ -x "$miner" ]] || fail "no miner at $miner"
[[ -x "$test_node" ]] || fail "no test node program at $test_node"
mon="$src/packaging/monitoring"
here="$src/tests/monitoring"
t_begin=$SECONDS

# Every process started here, killed on any exit. The long-running ones stay
# unreaped until then, so their ids cannot pass to another process.
pids=()
current=
cleanup() {
    local status=$?
    local p
    [[ -z "$current" ]] || kill -TERM "$current" 2>/dev/null || true
    for p in "${pids[@]}"; do kill -TERM "$p" 2>/dev/null || true; done
    for p in "${pids[@]}"; do
        for _ in $(seq 1 50); do
            kill -0 "$p" 2>/dev/null || break
            sleep 0.1
        done
        kill -KILL "$p" 2>/dev/null || true
        wait "$p" 2>/dev/null || true
    done
    if ((status != 0)); then
        for f in "$work"/*.log; do
            [[ -f "$f" ]] || continue
            echo "--- $f (last lines)" >&2
            tail -n 15 "$f" >&2
        done
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
# Runs a check in the background and waits for it: bash acts on a signal
# only between commands, and wait is interrupted by one at once.
run_check() {
    "$@" &
    current=$!
    local status=0
    wait "$current" || status=$?
    current=
    return "$status"
}

rm -rf "$work"
mkdir -p "$work/home" "$work/prom/targets"
# qm_port_from_log and json_field, shared with the install and container tests.
# shellcheck source=scripts/lib/miner-checks.sh
. "$src/scripts/lib/miner-checks.sh"

# A port nothing listens on now (TCP or UDP, on 127.0.0.1).
free_port() {
    python3 -c 'import socket, sys
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM if sys.argv[1] == "udp" else socket.SOCK_STREAM)
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])' "$1"
}
# The programs see a clean environment: no MINER_* of the caller, a home and
# configuration of their own, no display.
clean_env=(env -i PATH=/usr/bin:/bin LANG=C.UTF-8 HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config"
    XDG_DATA_HOME="$work/home/.local/share" XDG_CACHE_HOME="$work/home/.cache" XDG_RUNTIME_DIR="$work/home")

# --- the rigs ---------------------------------------------------------------------
# The test node: a job of difficulty 2^64 - 1 (no nonce is found in the test's
# time), no time limit (it is killed at the end).
"${clean_env[@]}" "$test_node" --dir "$work/node" --difficulty 18446744073709551615 --jobs 1 --timeout 0 \
    >"$work/test-node.log" 2>&1 &
pids+=($!)
node_port=$(qm_port_from_log "$!" "$work/test-node.log" 'listening on 127\.0\.0\.1:' "the test node")
# The fallback node: the same files, an address where no node answers.
mkdir -p "$work/node-backup"
cp "$work/node/miner-auth-token" "$work/node/miner-tls-cert-sha256" "$work/node-backup/"
backup_addr="127.0.0.1:$(free_port udp)"

"${clean_env[@]}" "$miner" --no-gui --port 0 --metrics-port 0 --workers 1 --log-level info \
    >"$work/miner-http.log" 2>&1 &
pids+=($!)
http_pid=$!
"${clean_env[@]}" "$miner" serve --node-addr "127.0.0.1:$node_port" --node-dir "$work/node" \
    --node "$backup_addr,dir=$work/node-backup" --cpu-workers 1 --port 0 --metrics-port 0 --log-level info \
    >"$work/miner-node.log" 2>&1 &
pids+=($!)
node_pid=$!
http_api=$(qm_port_from_log "$http_pid" "$work/miner-http.log" 'listening on http://127\.0\.0\.1:' "the HTTP rig")
http_metrics=$(qm_port_from_log "$http_pid" "$work/miner-http.log" 'metrics on http://127\.0\.0\.1:' "the HTTP rig")
node_metrics=$(qm_port_from_log "$node_pid" "$work/miner-node.log" 'metrics on http://127\.0\.0\.1:' "the node rig")

# A QPoW v1 job over the whole nonce space with difficulty 2^511: about one
# nonce in 2^511 is valid, so it runs until it is cancelled.
difficulty=$(python3 -c 'print(2**511)')
body=$(printf '{"job_id":"monitoring-live","mining_hash":"%s","difficulty":"%s","nonce_start":"%s","nonce_end":"%s"}' \
    "$(printf '5a%.0s' $(seq 1 32))" "$difficulty" "$(printf '%0127d1' 0)" "$(printf 'f%.0s' $(seq 1 128))")
answer=$(curl -sS -X POST -H 'Content-Type: application/json' --data "$body" "http://127.0.0.1:$http_api/mine") ||
    fail "POST /mine: no answer"
[[ "$(json_field status "$answer")" == accepted ]] || fail "POST /mine was not accepted: $answer"
say "rigs: HTTP rig (API $http_api, metrics $http_metrics) mining a job; node rig (metrics $node_metrics) for the test node on $node_port, fallback $backup_addr absent"

# --- Prometheus with the shipped configuration ---------------------------------------
dead_addr="127.0.0.1:$(free_port tcp)"
cat >"$work/prom/targets/rigs.yml" <<EOF
- targets: ["127.0.0.1:$http_metrics"]
  labels:
    rig: rig-http
- targets: ["127.0.0.1:$node_metrics"]
  labels:
    rig: rig-node
# No rig label: prometheus.yml names it by its address.
- targets: ["$dead_addr"]
EOF
cp -r "$mon/rules" "$work/prom/rules"
# The shipped file with the intervals shortened; each line must be there.
sed -e 's/^  scrape_interval: 15s$/  scrape_interval: 1s/' -e 's/^  scrape_timeout: 10s$/  scrape_timeout: 1s/' \
    -e 's/^  evaluation_interval: 15s$/  evaluation_interval: 1s/' "$mon/prometheus.yml" >"$work/prom/prometheus.yml"
for setting in scrape_interval scrape_timeout evaluation_interval; do
    grep -q "^  $setting: 1s$" "$work/prom/prometheus.yml" ||
        fail "packaging/monitoring/prometheus.yml has no global '$setting' line to shorten"
done
"$prometheus" --version >/dev/null 2>&1 || fail "$prometheus --version failed"
prom_pid=
for attempt in 1 2 3; do
    prom_port=$(free_port tcp)
    "$prometheus" --config.file="$work/prom/prometheus.yml" --storage.tsdb.path="$work/prom/data" \
        --web.listen-address="127.0.0.1:$prom_port" >"$work/prometheus.log" 2>&1 &
    pids+=($!)
    prom_pid=$!
    ready=
    for _ in $(seq 1 300); do
        if curl -sf "http://127.0.0.1:$prom_port/-/ready" >/dev/null 2>&1; then
            ready=1
            break
        fi
        kill -0 "$prom_pid" 2>/dev/null || break
        sleep 0.1
    done
    [[ -n "$ready" ]] && break
    # The port may have been taken between choosing and binding it.
    kill -KILL "$prom_pid" 2>/dev/null || true
    ((attempt < 3)) || fail "prometheus did not become ready (log: $work/prometheus.log)"
    say "prometheus did not start on $prom_port, trying another port"
done
prom="http://127.0.0.1:$prom_port"
say "prometheus $("$prometheus" --version 2>&1 | head -n 1 | awk '{print $3}') on $prom"

# --- what Prometheus answers ----------------------------------------------------------
run_check python3 "$here/live_checks.py" "$prom" "$work/prom/rules" rig-http rig-node "$dead_addr" "$backup_addr" 60 ||
    fail "Prometheus did not answer as the stack should"

# --- the dashboard against it -----------------------------------------------------------
dashboard="$mon/grafana/dashboards/quantus-miner.json"
datasources="$mon/grafana/provisioning/datasources/prometheus.yml"
check=(python3 "$here/check_dashboard.py" --datasources "$datasources" --prometheus "$prom"
    --metrics-url "http://127.0.0.1:$http_metrics/metrics" --metrics-url "http://127.0.0.1:$node_metrics/metrics")
run_check "${check[@]}" --dashboard "$dashboard" --check-rules --series-file "$mon/tests/alerts_test.yml" \
    --series-file "$mon/tests/recording_test.yml" || fail "the dashboard, the rules or the rules' tests do not fit the miners"

# Each kind of mistake must be refused, with its reason.
refuses() { # what expected-message command...
    local what=$1 expected=$2 out status=0
    shift 2
    out=$("$@" 2>&1) || status=$?
    ((status == 1)) || fail "the checker accepted $what (exit $status): $out"
    grep -qF -- "$expected" <<<"$out" || fail "the checker refused $what without saying '$expected': $out"
}
for mistake in "metric-typo|unknown metric miner_gpu_temperatur_celsius" "label-typo|returned no data" \
    "syntax|query failed" "datasource|not the provisioned" "overlap|overlaps" "legend|{{address}}"; do
    kind=${mistake%%|*}
    python3 "$here/mutate_dashboard.py" "$dashboard" "$work/mutated-$kind.json" "$kind" ||
        fail "could not make the '$kind' mistake in the dashboard"
    refuses "a dashboard with a $kind mistake" "${mistake#*|}" "${check[@]}" --dashboard "$work/mutated-$kind.json"
done
sed 's/miner_node_connected{/miner_node_conected{/' "$mon/tests/alerts_test.yml" >"$work/alerts_test-typo.yml"
cmp -s "$mon/tests/alerts_test.yml" "$work/alerts_test-typo.yml" && fail "tests/alerts_test.yml has no miner_node_connected series"
refuses "a rules test with a misspelled series" "input series miner_node_conected" \
    "${check[@]}" --dashboard "$dashboard" --series-file "$work/alerts_test-typo.yml"
say "ok: the checker refuses 7 kinds of mistakes"

answer=$(curl -sS -X POST "http://127.0.0.1:$http_api/cancel/monitoring-live") || fail "POST /cancel: no answer"
[[ "$(json_field status "$answer")" == cancelled ]] || fail "POST /cancel: $answer"
say "ok in $((SECONDS - t_begin)) s"
