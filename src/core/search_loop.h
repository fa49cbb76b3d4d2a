// The nonce walk shared by the CPU engines: upward over an inclusive range,
// progress and stop checks every `progressInterval` nonces, exact counts, and
// no overflow at 2^512 - 1.
#pragma once

#include "engine.h"

namespace qm {

// The SearchControl side of a search, shared by every CPU nonce walk: the
// report interval, progress reports and the stop flag.
class SearchProgress {
public:
    explicit SearchProgress(const SearchControl& control)
        : control_(control), interval_(control.progressInterval ? control.progressInterval : 1)
    {
    }
    std::uint64_t interval() const { return interval_; }
    bool stopped() const { return control_.stop && control_.stop->load(std::memory_order_relaxed); }
    void report(std::uint64_t n) const
    {
        if (n && control_.onProgress)
            control_.onProgress(n);
    }
    // The outcome of a search that ends before hashing anything: an empty
    // range, or a stop flag already set.
    bool endsBeforeStart(const U512& first, const U512& last, SearchResult& result) const
    {
        if (!(last < first) && !stopped())
            return false;
        result.outcome = last < first ? SearchOutcome::Exhausted : SearchOutcome::Stopped;
        return true;
    }

private:
    const SearchControl& control_;
    std::uint64_t interval_;
};

// Hasher: bool check(const U512& nonce, U512& hashOut) returns whether the nonce
// meets the target, filling hashOut when it does.
template <class Hasher>
SearchResult searchRange(Hasher& hasher, const U512& first, const U512& last, const SearchControl& control)
{
    SearchResult result;
    const SearchProgress progress(control);
    if (progress.endsBeforeStart(first, last, result))
        return result;
    U512 nonce = first;
    std::uint64_t sinceReport = 0;
    for (;;) {
        U512 hash;
        const bool found = hasher.check(nonce, hash);
        ++result.checked;
        ++sinceReport;
        if (found) {
            progress.report(sinceReport);
            result.outcome = SearchOutcome::Found;
            result.nonce = nonce;
            result.hash = hash;
            return result;
        }
        if (nonce == last) {
            progress.report(sinceReport);
            result.outcome = SearchOutcome::Exhausted;
            return result;
        }
        nonce.increment();
        if (sinceReport == progress.interval()) {
            progress.report(sinceReport);
            sinceReport = 0;
            if (progress.stopped()) {
                result.outcome = SearchOutcome::Stopped;
                return result;
            }
        }
    }
}

} // namespace qm
