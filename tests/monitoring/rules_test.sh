#!/usr/bin/env bash
# CTest "monitoring_rules" (label "monitoring"): packaging/monitoring as files,
# with Debian's promtool. promtool checks the configuration and the rules and
# runs the rules' unit tests (tests/*.yml: every alert fired and held back);
# check_monitoring_files.py checks what promtool does not (every alert tested
# both ways, severities and annotations, the job name, the targets files);
# check_dashboard.py checks the dashboard's structure; check_compose.py the
# compose profile `monitoring`. Then each check must fail on a copy with one
# mistake: a changed alert threshold and a dropped `for:` (the promtool tests
# notice), an alert left untested, Grafana published beyond 127.0.0.1.
# Skips (77) when promtool is not installed.
#   rules_test.sh SOURCE_DIR PROMTOOL
set -euo pipefail
src=$1
promtool=${2:-}

say() { printf 'monitoring-rules: %s\n' "$*"; }
fail() {
    printf 'monitoring-rules: FAIL: %s\n' "$*" >&2
    exit 1
}

if [[ -z "$promtool" || ! -x "$promtool" ]]; then
    echo "monitoring-rules: SKIP: promtool is not installed (scripts/install-deps.sh --test installs prometheus)"
    exit 77
fi
python3 -c 'import yaml' 2>/dev/null || fail "python3-yaml is missing (scripts/install-deps.sh --test installs it)"
mon="$src/packaging/monitoring"
here="$src/tests/monitoring"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Run from the monitoring directory, as an operator would: the paths in
# prometheus.yml and in the tests are relative to their files.
run_in() { # dir command...
    local dir=$1
    shift
    (cd "$dir" && "$@") >"$work/out.log" 2>&1
}
must_pass() { # what dir command...
    local what=$1
    shift
    run_in "$@" || {
        cat "$work/out.log" >&2
        fail "$what"
    }
    say "ok: $what"
}
must_fail() { # what expected dir command...
    local what=$1 expected=$2
    shift 2
    if run_in "$@"; then
        cat "$work/out.log" >&2
        fail "$what passed"
    fi
    grep -qF -- "$expected" "$work/out.log" || {
        cat "$work/out.log" >&2
        fail "$what failed without '$expected'"
    }
    say "ok: $what is refused"
}

must_pass "promtool check config prometheus.yml" "$mon" "$promtool" check config prometheus.yml
must_pass "promtool check rules rules/*.yml" "$mon" sh -c "\"$promtool\" check rules rules/*.yml"
must_pass "promtool test rules tests/*.yml" "$mon" sh -c "\"$promtool\" test rules tests/*.yml"
must_pass "every alert fired and held back by a test; targets, job name" "$mon" \
    python3 "$here/check_monitoring_files.py" .
must_pass "the dashboard's structure" "$mon" python3 "$here/check_dashboard.py" \
    --dashboard grafana/dashboards/quantus-miner.json --datasources grafana/provisioning/datasources/prometheus.yml
must_pass "the compose profile monitoring" "$src" python3 tests/container/check_compose.py packaging/container \
    packaging/monitoring

# --- each check fails on a copy with one mistake ---------------------------------------
# mutate NAME FILE SED-EXPRESSION: a copy of packaging/monitoring in
# $work/NAME with FILE changed, which must differ from the original.
mutate() {
    rm -rf "${work:?}/$1"
    cp -r "$mon" "$work/$1"
    sed -i "$3" "$work/$1/$2"
    ! cmp -s "$mon/$2" "$work/$1/$2" || fail "the mistake '$3' changed nothing in $2"
}
mutate hot rules/quantus-miner-alerts.yml 's/miner_gpu_temperature_celsius > 85$/miner_gpu_temperature_celsius > 95/'
must_fail "QuantusGpuTooHot at 95 °C instead of 85" "QuantusGpuTooHot" "$work/hot" \
    sh -c "\"$promtool\" test rules tests/*.yml"
mutate nofor rules/quantus-miner-alerts.yml '/alert: QuantusRigDown/,/for:/{/for: 2m/d}'
must_fail "QuantusRigDown without its 2 minutes" "QuantusRigDown" "$work/nofor" \
    sh -c "\"$promtool\" test rules tests/*.yml"
mutate untested tests/alerts_test.yml 's/alertname: QuantusGpuTooHot$/alertname: QuantusGpuTooHotter/'
must_fail "QuantusGpuTooHot without tests" "QuantusGpuTooHot: no test case" "$work/untested" \
    python3 "$here/check_monitoring_files.py" .
mutate norig targets/rigs.yml '0,/    rig: rig-01/{/    rig: rig-01/d}'
must_fail "a target without a rig label" "has no rig label" "$work/norig" \
    python3 "$here/check_monitoring_files.py" .
mkdir -p "$work/container"
cp "$src/packaging/container/compose.yaml" "$src/packaging/container/.env.example" \
    "$src/packaging/container/Containerfile" "$work/container/"
# shellcheck disable=SC2016 # the compose variable, literally
sed -i 's/"127.0.0.1:${GRAFANA_HOST_PORT/"0.0.0.0:${GRAFANA_HOST_PORT/' "$work/container/compose.yaml"
! cmp -s "$src/packaging/container/compose.yaml" "$work/container/compose.yaml" || fail "compose.yaml: no Grafana port to change"
must_fail "Grafana published beyond 127.0.0.1" "grafana publishes 0.0.0.0" "$src" \
    python3 tests/container/check_compose.py "$work/container" packaging/monitoring
say "ok"
