// The one interface every hashing backend implements (cpu-baseline, cpu-fast,
// and the GPU engine, which lives in a library of its own). Plain C++: the job manager, the benchmark and the self-tests
// drive backends through this alone, and treat them all alike.
//
// A search request names everything a backend needs: the PoW algorithm, the
// mining hash, the target (JobContext) and an inclusive nonce range. A search
// ends with one SearchResult: found (the lowest valid nonce of the range and
// its hash), exhausted, stopped or failed, always with the exact number of
// nonces hashed; progress reports on the way add up to that number.
#pragma once

#include "core/pow.h"
#include "core/u512.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>

namespace qm {

struct SearchRequest {
    JobContext job;   // algorithm, mining hash, target, per-job midstate
    U512 first;       // the range [first, last], searched upward
    U512 last;
};

struct SearchControl {
    // Set by the owner to stop the search (job cancelled, or solved elsewhere).
    const std::atomic<bool>* stop = nullptr;
    // Nonces between progress reports; the stop flag is checked at each report,
    // so a search stops within one interval of the flag being set. Backends
    // that hash in device launches report per launch instead.
    std::uint64_t progressInterval = 1u << 14;
    // Called with the number of nonces checked since the previous call. The
    // calls of one search add up to SearchResult::checked.
    std::function<void(std::uint64_t)> onProgress;
};

enum class SearchOutcome { Found, Exhausted, Stopped, Failed };

struct SearchResult {
    SearchOutcome outcome = SearchOutcome::Exhausted;
    U512 nonce;                // the lowest valid nonce, when Found
    U512 hash;                 // its PoW hash, when Found
    std::uint64_t checked = 0; // nonces hashed, the found one included
    std::string error;         // why, when Failed (e.g. every GPU failed)
};

// How a backend wants its work cut. The job manager applies these figures the
// same way for every backend.
struct FeedProfile {
    // Searches to run at once when the user asked for `workers` CPU workers:
    // `workers` for a backend that hashes on the calling thread, one for a
    // backend that drives all its devices from one thread.
    unsigned concurrentSearches = 1;
    // The smallest range worth one search call (a GPU needs whole launches).
    std::uint64_t minChunkNonces = 1024;
    // Devices (GPUs) the backend hashes on; 0 for one that hashes on CPUs.
    unsigned devices = 0;
};

class Backend {
public:
    virtual ~Backend() = default;
    // The name used on the command line and in metrics: "cpu-baseline", ...
    virtual std::string name() const = 0;
    // The code path in use, e.g. "scalar", "avx2", "avx512", or the GPU API.
    virtual std::string codePath() const = 0;
    // Searches request.first..request.last upward for the lowest nonce whose
    // hash is below request.job.target. Safe to call from many threads at once.
    virtual SearchResult search(const SearchRequest& request, const SearchControl& control) const = 0;
    virtual FeedProfile feedProfile(unsigned workers) const = 0;

    // The same search for callers that hold the job and range apart.
    SearchResult search(const JobContext& job, const U512& first, const U512& last,
                        const SearchControl& control) const
    {
        return search(SearchRequest{job, first, last}, control);
    }
};

// A failed search with its reason.
inline SearchResult failedSearch(std::string error, std::uint64_t checked = 0)
{
    SearchResult r;
    r.outcome = SearchOutcome::Failed;
    r.checked = checked;
    r.error = std::move(error);
    return r;
}

} // namespace qm
