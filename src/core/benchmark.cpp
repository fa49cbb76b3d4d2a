#include "core/benchmark.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <thread>

namespace qm {

JobContext benchmarkJob(PowAlgorithm pow)
{
    MiningHash mh;
    for (std::size_t i = 0; i < mh.size(); ++i)
        mh[i] = static_cast<std::uint8_t>(0x51 + 7 * i);
    return JobContext::make(mh, U512::max(), pow);
}

BenchmarkReport runBenchmark(const Backend& engine, const BenchmarkOptions& options)
{
    const JobContext job = benchmarkJob(options.pow);
    // Fed as the job manager feeds it: as many searches at once, and chunks
    // at least as large, as the backend asks for.
    const FeedProfile feed = engine.feedProfile(options.workers ? options.workers : 1);
    const unsigned workers = feed.concurrentSearches ? feed.concurrentSearches : 1;
    const std::uint64_t chunkNonces = std::max(options.chunkNonces, feed.minChunkNonces);
    std::atomic<bool> stop{false};
    std::atomic<std::uint64_t> nextChunk{0};
    std::vector<std::uint64_t> perWorker(workers, 0);
    std::vector<std::thread> threads;
    threads.reserve(workers);

    const auto t0 = std::chrono::steady_clock::now();
    for (unsigned w = 0; w < workers; ++w) {
        threads.emplace_back([&, w] {
            std::uint64_t mine = 0; // thread-local until the end: no shared counter on the hot path
            SearchControl ctl;
            ctl.stop = &stop;
            ctl.progressInterval = 1024;
            while (!stop.load(std::memory_order_relaxed)) {
                const std::uint64_t c = nextChunk.fetch_add(1, std::memory_order_relaxed);
                const U512 first = U512::fromU64(c * chunkNonces);
                const U512 last = U512::fromU64(c * chunkNonces + chunkNonces - 1);
                mine += engine.search(job, first, last, ctl).checked;
            }
            perWorker[w] = mine;
        });
    }
    std::this_thread::sleep_for(std::chrono::duration<double>(options.durationSeconds));
    stop.store(true);
    for (auto& t : threads)
        t.join();
    const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();

    BenchmarkReport r;
    r.pow = powAlgorithmName(options.pow);
    r.engine = engine.name();
    r.backend = engine.codePath();
    r.workers = workers;
    r.duration = elapsed;
    for (auto n : perWorker) {
        r.hashes += n;
        r.perWorkerHashesPerSecond.push_back(static_cast<double>(n) / elapsed);
    }
    r.hashesPerSecond = static_cast<double>(r.hashes) / elapsed;
    return r;
}

std::string formatHashrate(double h)
{
    const char* units[] = {"H/s", "kH/s", "MH/s", "GH/s", "TH/s"};
    int u = 0;
    while (h >= 1000.0 && u < 4) {
        h /= 1000.0;
        ++u;
    }
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.2f %s", h, units[u]);
    return buf;
}

std::string BenchmarkReport::toJson() const
{
    std::string s = "{\"pow\":\"" + pow + "\",\"engine\":\"" + engine + "\",\"backend\":\"" + backend + "\",\"workers\":" +
                    std::to_string(workers);
    char buf[128];
    std::snprintf(buf, sizeof buf, ",\"duration\":%.3f,\"hashes\":%llu,\"hashes_per_second\":%.1f", duration,
                  static_cast<unsigned long long>(hashes), hashesPerSecond);
    s += buf;
    s += ",\"per_worker_hashes_per_second\":[";
    for (std::size_t i = 0; i < perWorkerHashesPerSecond.size(); ++i) {
        std::snprintf(buf, sizeof buf, "%s%.1f", i ? "," : "", perWorkerHashesPerSecond[i]);
        s += buf;
    }
    s += "]}";
    return s;
}

std::string BenchmarkReport::toText() const
{
    std::string s = "pow      QPoW " + pow + "\n";
    s += "engine   " + engine + " (" + backend + ")\n";
    s += "workers  " + std::to_string(workers) + "\n";
    char buf[160];
    std::snprintf(buf, sizeof buf, "duration %.2f s\nhashes   %llu\ntotal    %s\n", duration,
                  static_cast<unsigned long long>(hashes), formatHashrate(hashesPerSecond).c_str());
    s += buf;
    for (std::size_t i = 0; i < perWorkerHashesPerSecond.size(); ++i) {
        std::snprintf(buf, sizeof buf, "worker %zu %s\n", i, formatHashrate(perWorkerHashesPerSecond[i]).c_str());
        s += buf;
    }
    return s;
}

} // namespace qm
