// The nonce walk shared by the CPU engines: upward over an inclusive range,
// progress and stop checks every `progressInterval` nonces, exact counts, and
// no overflow at 2^512 - 1.
#pragma once

#include "core/backend.h"

namespace qm {

// The SearchControl side of a search, shared by every CPU nonce walk: counts
// nonces since the last progress report, reports at each interval and at the
// end, and reads the stop flag at each interval.
class SearchProgress {
public:
    explicit SearchProgress(const SearchControl& control)
        : control_(control), interval_(control.progressInterval ? control.progressInterval : 1)
    {
    }
    bool stopped() const { return control_.stop && control_.stop->load(std::memory_order_relaxed); }
    // The outcome of a search that ends before hashing anything: an empty
    // range, or a stop flag already set.
    bool endsBeforeStart(const U512& first, const U512& last, SearchResult& result) const
    {
        if (!(last < first) && !stopped())
            return false;
        result.outcome = last < first ? SearchOutcome::Exhausted : SearchOutcome::Stopped;
        return true;
    }
    // Nonces left before the next report: a batch must not cross it.
    std::uint64_t untilReport() const { return interval_ - sinceReport_; }
    void advance(std::uint64_t n) { sinceReport_ += n; }
    // Reports what is not reported yet (the search ends).
    void reportRest() const { report(sinceReport_); }
    // At an interval boundary: reports, and says whether the search must stop.
    bool stopAtBoundary()
    {
        if (sinceReport_ != interval_)
            return false;
        report(sinceReport_);
        sinceReport_ = 0;
        return stopped();
    }

private:
    void report(std::uint64_t n) const
    {
        if (n && control_.onProgress)
            control_.onProgress(n);
    }

    const SearchControl& control_;
    std::uint64_t interval_;
    std::uint64_t sinceReport_ = 0;
};

// Hasher: bool check(const U512& nonce, U512& hashOut) returns whether the nonce
// meets the target, filling hashOut when it does.
template <class Hasher>
SearchResult searchRange(Hasher& hasher, const U512& first, const U512& last, const SearchControl& control)
{
    SearchResult result;
    SearchProgress progress(control);
    if (progress.endsBeforeStart(first, last, result))
        return result;
    U512 nonce = first;
    for (;;) {
        U512 hash;
        const bool found = hasher.check(nonce, hash);
        ++result.checked;
        progress.advance(1);
        if (found) {
            progress.reportRest();
            result.outcome = SearchOutcome::Found;
            result.nonce = nonce;
            result.hash = hash;
            return result;
        }
        if (nonce == last) {
            progress.reportRest();
            result.outcome = SearchOutcome::Exhausted;
            return result;
        }
        nonce.increment();
        if (progress.stopAtBoundary()) {
            result.outcome = SearchOutcome::Stopped;
            return result;
        }
    }
}

} // namespace qm
