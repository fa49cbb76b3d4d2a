# Shared by the scripts that drive the real dashboard (screenshot.sh,
# measure-gui-stall.sh): a free loopback port, private settings, the window on
# whatever display there is, and waiting for the API. Source it; it defines
# functions and sets no options.

# Prints a port nothing listens on (a refused connection), or fails.
qm_free_port() {
    local candidate
    for _ in $(seq 1 50); do
        candidate=$((20000 + RANDOM % 40000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then
            echo "$candidate"
            return 0
        fi
    done
    return 1
}

# Creates $qm_tmp, points XDG_CONFIG_HOME into it (the user's saved dashboard
# settings neither change the run nor get changed by it), and removes it and
# stops the application ($qm_app_pid) on exit.
qm_session_begin() {
    qm_tmp=$(mktemp -d)
    qm_app_pid=""
    trap qm_session_end EXIT
    export XDG_CONFIG_HOME="$qm_tmp/config"
    mkdir -p "$XDG_CONFIG_HOME/Quantus"
}

qm_session_end() {
    if [[ -n "${qm_app_pid:-}" ]] && kill -0 "$qm_app_pid" 2>/dev/null; then
        kill "$qm_app_pid" 2>/dev/null || true
    fi
    rm -rf "${qm_tmp:-}"
}

# qm_launch WIDTHxHEIGHT STDOUT STDERR COMMAND...: starts COMMAND in the
# background on the current display, else under xvfb-run with a screen of that
# size, else on Qt's offscreen platform; sets $qm_app_pid.
qm_launch() {
    local geometry=$1 out=$2 err=$3
    shift 3
    if [[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]]; then
        "$@" >"$out" 2>"$err" &
    elif command -v xvfb-run >/dev/null; then
        xvfb-run --auto-servernum --server-args="-screen 0 ${geometry}x24" "$@" >"$out" 2>"$err" &
    else
        QT_QPA_PLATFORM=offscreen "$@" >"$out" 2>"$err" &
    fi
    qm_app_pid=$!
}

# qm_wait_api URL: waits up to 10 s for the miner's API to answer.
qm_wait_api() {
    for _ in $(seq 1 100); do
        curl -s -o /dev/null "$1/result/probe" && return 0
        sleep 0.1
    done
    curl -s -o /dev/null "$1/result/probe"
}

# qm_wait_app: waits for the application to exit and sets $qm_status to its
# exit status (not printed: `wait` only works in this shell, not a subshell).
qm_wait_app() {
    qm_status=0
    wait "$qm_app_pid" || qm_status=$?
    qm_app_pid=""
}
