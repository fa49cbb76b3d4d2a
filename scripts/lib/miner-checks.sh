# The mining checks the install and container tests run against an installed
# miner in a root directory (ROOTFS, with /proc mounted), as its user
# quantus-miner: a headless round trip over HTTP (a job with exactly one
# valid nonce, one with none, the metrics), then mining for the QUIC test node
# program with the official miner's `serve --node-addr --node-dir` command
# line (two valid QPoW v2 results, the token never in the log). Sourced; the
# caller defines say() and fail(), and kills $miner_pid and $node_pid on exit.

# One scalar field of a flat JSON object, without quotes (no jq on a bare system).
json_field() { grep -o "\"$1\": *[^,}]*" <<<"$2" | head -n 1 | sed -e "s/^\"$1\": *//" -e 's/^"//' -e 's/"$//'; }

# Runs a command inside the root as root, with a clean environment.
qm_in_root() {
    chroot "$qm_rootfs" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 "$@"
}

# qm_port_from_log PID LOG PREFIX WHAT: waits up to 30 s for a line
# "PREFIX<port>" in LOG while PID runs, and prints the port; fails with the
# log when PID exits first or no port comes. PREFIX is a basic regex
# ("listening on http://127\.0\.0\.1:").
qm_port_from_log() {
    local pid=$1 file=$2 prefix=$3 what=$4 found=
    for _ in $(seq 1 300); do
        found=$(grep -so "$prefix[0-9]*" "$file" | head -n 1 | sed 's/.*://' || true)
        [[ -n "$found" ]] && break
        kill -0 "$pid" 2>/dev/null || {
            cat "$file" >&2
            fail "$what exited at start"
        }
        sleep 0.1
    done
    [[ -n "$found" ]] || {
        cat "$file" >&2
        fail "$what did not report its port within 30 s"
    }
    echo "$found"
}

stop_miner() { # what; sends SIGTERM to $miner_pid, expects exit status 0 within 30 s
    local status=0
    kill -TERM "$miner_pid"
    for _ in $(seq 1 300); do
        kill -0 "$miner_pid" 2>/dev/null || break
        sleep 0.1
    done
    if kill -0 "$miner_pid" 2>/dev/null; then
        cat "$log" >&2
        fail "$1 did not stop within 30 s of SIGTERM"
    fi
    wait "$miner_pid" || status=$?
    miner_pid=
    [[ $status -eq 0 ]] || {
        cat "$log" >&2
        fail "$1 exited with status $status after SIGTERM"
    }
}

# qm_check_mining ROOTFS WORK TEST_NODE: the two round trips; WORK keeps the
# logs. Sets qm_t_http and qm_t_quic (seconds each took).
qm_check_mining() {
    qm_rootfs=$1
    qm_work=$2
    qm_test_node=$3
    # --- headless mining round trip ------------------------------------------------
    # The 1000-difficulty vector of tests/data/pow_vectors.json: below nonce 1175
    # (0x497) nothing in [0, 1175] meets the target, so [0, 0x497] has exactly one
    # valid nonce and [0, 0x496] has none, whatever order the workers search in.
    t_start=$SECONDS
    mining_hash=7570fe1f5fa9b3cd48471ca8f27f225b6b71dbfa3e044a9b7f43012fa9cc4209
    zeros=$(printf '%0125d' 0)
    log="$qm_work/miner.log"
    # chroot and env exec the miner, so $! is the miner itself.
    chroot --userspec=quantus-miner:quantus-miner "$qm_rootfs" /usr/bin/env -i PATH=/usr/bin:/bin HOME=/tmp LANG=C.UTF-8 \
        /usr/bin/quantus-miner --no-gui --bind 127.0.0.1 --port 0 --metrics-port 0 --workers 2 \
        --engine cpu-fast --log-level info >"$log" 2>&1 &
    miner_pid=$!

    port=$(qm_port_from_log "$miner_pid" "$log" 'listening on http://127\.0\.0\.1:' "the headless miner")
    metrics_port=$(qm_port_from_log "$miner_pid" "$log" 'metrics on http://127\.0\.0\.1:' "the headless miner")
    say "ok: headless miner listening on 127.0.0.1:$port (metrics on $metrics_port), as user quantus-miner"

    api="http://127.0.0.1:$port"


    mine() { # job_id nonce_end_hex3
        local body code
        body="{\"job_id\":\"$1\",\"mining_hash\":\"$mining_hash\",\"distance_threshold\":\"1000\",\"nonce_start\":\"${zeros}000\",\"nonce_end\":\"${zeros}$2\"}"
        code=$(curl -sS -o "$qm_work/mine.out" -w '%{http_code}' -H 'Content-Type: application/json' \
            --data "$body" "$api/mine") || fail "POST /mine for $1: no answer"
        [[ "$code" == 200 ]] || fail "POST /mine for $1 answered $code: $(cat "$qm_work/mine.out")"
        [[ "$(json_field status "$(cat "$qm_work/mine.out")")" == accepted ]] ||
            fail "POST /mine for $1 was not accepted: $(cat "$qm_work/mine.out")"
    }

    result_of() { # job_id -> prints the final /result body
        local body status
        for _ in $(seq 1 600); do
            body=$(curl -sS "$api/result/$1") || fail "GET /result/$1: no answer"
            status=$(json_field status "$body")
            [[ "$status" == running ]] || {
                printf '%s' "$body"
                return 0
            }
            sleep 0.2
        done
        fail "job $1 still running after 120 s: $body"
    }

    mine install-test-one 497
    body=$(result_of install-test-one)
    [[ "$(json_field status "$body")" == completed ]] || fail "job with one valid nonce did not complete: $body"
    [[ "$(json_field work "$body")" == "${zeros}497" ]] || fail "job found the wrong nonce: $body"
    [[ "$(json_field nonce "$body")" == 497 ]] || fail "job reports the wrong nonce: $body"
    say "ok: POST /mine + GET /result: completed with work ...0497, the one valid nonce"

    mine install-test-none 496
    body=$(result_of install-test-none)
    [[ "$(json_field status "$body")" == failed ]] || fail "job without a valid nonce did not fail: $body"
    [[ "$(json_field hash_count "$body")" == 1175 ]] || fail "job without a valid nonce did not check all 1175: $body"
    say "ok: a range without a valid nonce ends failed after checking all 1175 nonces"

    metrics=$(curl -sS "http://127.0.0.1:$metrics_port/metrics") || fail "GET /metrics: no answer"
    grep -q '^# TYPE ' <<<"$metrics" || fail "GET /metrics is not in Prometheus text format"
    say "ok: GET /metrics answers in Prometheus text format"

    stop_miner "the miner"
    qm_t_http=$((SECONDS - t_start))
    say "ok: SIGTERM stops the miner with status 0"

    # --- mining for a QUIC node ----------------------------------------------------
    # The test node program (tests/node/qm_test_node.cpp) plays today's node: it
    # writes miner-auth-token and miner-tls-cert-sha256 into a node directory as
    # the node does, listens on UDP 127.0.0.1, and checks every result against
    # the QPoW v2 reference. Its libraries (Qt Network, ngtcp2, GnuTLS) are the
    # package's own dependencies, so it runs in the bare root as it is.
    t_start=$SECONDS
    cp "$qm_test_node" "$qm_rootfs/usr/local/bin/qm-test-node"
    missing=$(qm_in_root ldd /usr/local/bin/qm-test-node | grep 'not found' || true)
    [[ -z "$missing" ]] || fail "the test node program lacks libraries the package did not bring: $missing"
    node_dir=/var/lib/quantus-node-test/chains/test
    node_log="$qm_work/test-node.log"
    chroot "$qm_rootfs" /usr/bin/env -i PATH=/usr/bin:/bin HOME=/root LANG=C.UTF-8 \
        /usr/local/bin/qm-test-node --dir "$node_dir" --jobs 2 --difficulty 2000 --timeout 180 >"$node_log" 2>&1 &
    node_pid=$!
    node_port=$(qm_port_from_log "$node_pid" "$node_log" 'listening on 127\.0\.0\.1:' "the test node")
    # The node's files are its user's; here the miner's user reads them.
    qm_in_root chown -R quantus-miner:quantus-miner /var/lib/quantus-node-test

    log="$qm_work/miner-quic.log"
    chroot --userspec=quantus-miner:quantus-miner "$qm_rootfs" /usr/bin/env -i PATH=/usr/bin:/bin HOME=/tmp LANG=C.UTF-8 \
        /usr/bin/quantus-miner serve --node-addr "127.0.0.1:$node_port" --node-dir "$node_dir" --cpu-workers 2 \
        --port 0 --metrics-port 0 --log-level info >"$log" 2>&1 &
    miner_pid=$!
    node_status=0
    wait "$node_pid" || node_status=$?
    node_pid=
    if ((node_status != 0)); then
        cat "$node_log" "$log" >&2
        fail "mining for the QUIC test node failed (test node exit status $node_status)"
    fi
    grep -q 'ok: 2 valid result(s)' "$node_log" || {
        cat "$node_log" >&2
        fail "the test node did not confirm two valid results"
    }
    metrics_port=$(grep -so 'metrics on http://127\.0\.0\.1:[0-9]*' "$log" | head -n 1 | sed 's/.*://' || true)
    [[ -n "$metrics_port" ]] || fail "the node miner did not report its metrics port"
    metrics=$(curl -sS "http://127.0.0.1:$metrics_port/metrics") || fail "GET /metrics of the node miner: no answer"
    # One series per node, labelled with its address.
    grep -Eq '^miner_node_results_total\{addr="[^"]+"\} 2$' <<<"$metrics" || {
        grep '^miner_node' <<<"$metrics" >&2 || true
        fail "miner_node_results_total is not 2 after two solved node jobs"
    }
    if grep -qF "$(cat "$qm_rootfs$node_dir/miner-auth-token")" "$log"; then
        fail "the miner's log contains the auth token"
    fi
    stop_miner "the node miner"
    qm_t_quic=$((SECONDS - t_start))
    say "ok: serve --node-addr --node-dir: QUIC to the test node, 2 valid QPoW v2 results in ${qm_t_quic}s; token not logged"
}
