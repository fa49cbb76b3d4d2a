#!/usr/bin/env python3
"""Loopback load check of the headless miner's HTTP API.

Starts `quantus-miner --no-gui` on 127.0.0.1, gives it a job no hash can
solve so that every worker hashes, then measures:
  * GET /result latency at a fixed request rate (open loop: each request has
    a scheduled send time, and latency counts from that time, so a stalled
    server cannot hide queueing delay), p50/p90/p99/max;
  * cancel-to-idle: from POST /cancel until the process stops using CPU
    (read from /proc/PID/stat), and the miner's own figure from its log;
  * resident memory (VmRSS/VmHWM) idle, hashing, and after a flood of short
    jobs (the retention bound).
Loopback only, bounded in time and request count.

  benchmarks/service_api_load.py build/src/app/quantus-miner [--rate 200] [--seconds 30] [--workers N]
"""
import argparse
import http.client
import json
import os
import re
import statistics
import subprocess
import sys
import threading
import time


def rss_kib(pid, field="VmRSS"):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0


def cpu_ticks(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime + stime


def request(conn, method, path, body=None):
    headers = {"Content-Type": "application/json"} if body is not None else {}
    conn.request(method, path, body=body, headers=headers)
    r = conn.getresponse()
    data = r.read()
    return r.status, data


def percentile(sorted_values, p):
    if not sorted_values:
        return float("nan")
    k = min(len(sorted_values) - 1, max(0, int(round(p / 100.0 * (len(sorted_values) - 1)))))
    return sorted_values[k]


def job_body(job_id, difficulty, start, end):
    return json.dumps({
        "job_id": job_id,
        "mining_hash": "ab" * 32,
        "distance_threshold": str(difficulty),
        "nonce_start": format(start, "0128x"),
        "nonce_end": format(end, "0128x"),
    })


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("miner")
    ap.add_argument("--rate", type=float, default=200.0)
    ap.add_argument("--seconds", type=float, default=30.0)
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--connections", type=int, default=4)
    ap.add_argument("--flood", type=int, default=5000, help="short jobs for the memory check")
    args = ap.parse_args()

    env = {k: v for k, v in os.environ.items()
           if not k.startswith("MINER_") and k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    proc = subprocess.Popen([args.miner, "--no-gui", "--port", "0", "--workers", str(args.workers),
                             "--log-level", "info"],
                            stderr=subprocess.PIPE, text=True, env=env)
    log_lines = []
    port_box = {}
    port_ready = threading.Event()

    def read_log():
        for line in proc.stderr:
            log_lines.append(line.rstrip("\n"))
            m = re.search(r"listening on http://127\.0\.0\.1:(\d+)", line)
            if m:
                port_box["port"] = int(m.group(1))
                port_ready.set()

    threading.Thread(target=read_log, daemon=True).start()
    if not port_ready.wait(20):
        proc.kill()
        sys.exit("miner did not start:\n" + "\n".join(log_lines))
    port = port_box["port"]
    pid = proc.pid
    time.sleep(0.5)
    report = {"workers": args.workers, "rate": args.rate, "seconds": args.seconds}
    report["rss_idle_kib"] = rss_kib(pid)

    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    status, _ = request(conn, "POST", "/mine", job_body("load", 10**30, 0, 2**512 - 1))
    assert status == 200, status
    time.sleep(1.0)

    # Open-loop GET /result at a fixed rate over a few keep-alive connections.
    total = int(args.rate * args.seconds)
    t0 = time.perf_counter() + 0.2
    next_index = [0]
    lock = threading.Lock()
    latencies, service_times, errors = [], [], [0]

    def client():
        c = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        while True:
            with lock:
                i = next_index[0]
                next_index[0] += 1
            if i >= total:
                break
            scheduled = t0 + i / args.rate
            delay = scheduled - time.perf_counter()
            if delay > 0:
                time.sleep(delay)
            sent = time.perf_counter()
            try:
                st, body = request(c, "GET", "/result/load")
                ok = st == 200 and json.loads(body)["status"] == "running"
            except Exception:
                ok = False
                c = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
            done = time.perf_counter()
            with lock:
                if ok:
                    latencies.append((done - scheduled) * 1000.0)
                    service_times.append((done - sent) * 1000.0)
                else:
                    errors[0] += 1

    threads = [threading.Thread(target=client) for _ in range(args.connections)]
    for t in threads:
        t.start()
    rss_peak_during = 0
    while any(t.is_alive() for t in threads):
        rss_peak_during = max(rss_peak_during, rss_kib(pid))
        time.sleep(0.2)
    elapsed = time.perf_counter() - t0
    lat = sorted(latencies)
    svc = sorted(service_times)
    report["requests"] = len(lat) + errors[0]
    report["errors"] = errors[0]
    report["achieved_rate"] = round(len(lat) / elapsed, 1)
    report["latency_ms"] = {"p50": round(percentile(lat, 50), 3), "p90": round(percentile(lat, 90), 3),
                            "p99": round(percentile(lat, 99), 3), "max": round(lat[-1], 3) if lat else None,
                            "mean": round(statistics.fmean(lat), 3) if lat else None}
    report["service_time_ms"] = {"p50": round(percentile(svc, 50), 3), "p99": round(percentile(svc, 99), 3)}
    report["rss_hashing_kib"] = rss_peak_during
    status, body = request(conn, "GET", "/result/load")
    report["hash_count_at_end"] = json.loads(body)["hash_count"]

    # Cancel-to-idle: CPU time stops growing once every worker has stopped.
    hz = os.sysconf("SC_CLK_TCK")
    before = cpu_ticks(pid)
    t_cancel = time.perf_counter()
    status, _ = request(conn, "POST", "/cancel/load")
    assert status == 200
    t_reply = time.perf_counter()
    last, stable_since = cpu_ticks(pid), time.perf_counter()
    idle_at = None
    while time.perf_counter() - t_cancel < 5.0:
        time.sleep(0.002)
        now_ticks = cpu_ticks(pid)
        now = time.perf_counter()
        if now_ticks != last:
            last, stable_since = now_ticks, now
        elif now - stable_since >= 0.25:
            idle_at = stable_since
            break
    report["cancel_reply_ms"] = round((t_reply - t_cancel) * 1000.0, 3)
    report["cancel_to_idle_ms_from_proc"] = round((idle_at - t_cancel) * 1000.0, 1) if idle_at else None
    report["proc_tick_ms"] = round(1000.0 / hz, 1)
    time.sleep(0.3)
    for line in log_lines:
        m = re.search(r"job load cancelled .* stopped ([0-9.]+) ms after the request", line)
        if m:
            report["cancel_to_idle_ms_from_miner_log"] = float(m.group(1))
    report["rss_after_cancel_kib"] = rss_kib(pid)

    # Memory bound: a flood of tiny jobs that each end at once.
    for i in range(args.flood):
        st, _ = request(conn, "POST", "/mine", job_body(f"flood-{i}", 10**30, 0, 99))
        if st != 200:
            report.setdefault("flood_refused", 0)
            report["flood_refused"] = report["flood_refused"] + 1
    time.sleep(1.0)
    report["flood_jobs"] = args.flood
    report["rss_after_flood_kib"] = rss_kib(pid)
    report["rss_peak_kib"] = rss_kib(pid, "VmHWM")

    t_term = time.perf_counter()
    proc.terminate()
    code = proc.wait(10)
    report["sigterm_to_exit_ms"] = round((time.perf_counter() - t_term) * 1000.0, 1)
    report["exit_code"] = code
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
