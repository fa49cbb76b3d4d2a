// The interface every hashing backend implements (CPU reference, CPU fast,
// CUDA). Plain C++: the service, the benchmark and the self-test drive engines
// through this alone.
#pragma once

#include "pow.h"
#include "u512.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace qm {

struct SearchControl {
    // Set by the owner to stop the search (job cancelled, or solved elsewhere).
    const std::atomic<bool>* stop = nullptr;
    // Nonces between progress reports; the stop flag is checked at each report,
    // so a search stops within one interval of the flag being set.
    std::uint64_t progressInterval = 1u << 14;
    // Called with the number of nonces checked since the previous call. The
    // calls of one search add up to SearchResult::checked.
    std::function<void(std::uint64_t)> onProgress;
};

enum class SearchOutcome { Found, Exhausted, Stopped };

struct SearchResult {
    SearchOutcome outcome = SearchOutcome::Exhausted;
    U512 nonce;      // the first valid nonce, when Found
    U512 hash;       // its PoW hash, when Found
    std::uint64_t checked = 0; // nonces hashed, the found one included
};

class Engine {
public:
    virtual ~Engine() = default;
    // The name used on the command line and in metrics: "cpu-baseline", ...
    virtual std::string name() const = 0;
    // The code path in use, e.g. "scalar", "avx2", "avx512", "cuda".
    virtual std::string backend() const = 0;
    // Searches the inclusive range [first, last] upward for the lowest nonce
    // whose hash is below job.target. Safe to call from many threads at once.
    virtual SearchResult search(const JobContext& job, const U512& first, const U512& last,
                                const SearchControl& control) const = 0;

    // Hints for whoever splits a job into chunks. A CPU engine hashes on the
    // calling thread; a GPU engine drives its devices from the calling thread,
    // so one or a few callers saturate it and each chunk should be much larger.
    virtual bool hashesOnCallingThread() const { return true; }
    virtual std::uint64_t suggestedChunkNonces() const { return std::uint64_t{1} << 16; }
};

// Names accepted by makeEngine, in the order shown to users.
std::vector<std::string> engineNames();
// Returns nullptr and sets error for an unknown or unavailable engine.
std::unique_ptr<Engine> makeEngine(std::string_view name, std::string& error);
// The same; where the build lacks the requested engine and another stands in
// for it (gpu-cuda without CUDA support mines with cpu-fast), *warning says so.
// The two-argument form logs that warning to stderr instead.
std::unique_ptr<Engine> makeEngine(std::string_view name, std::string& error, std::string* warning);

} // namespace qm
