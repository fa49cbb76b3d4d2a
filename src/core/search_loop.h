// The nonce walk shared by the CPU engines: upward over an inclusive range,
// progress and stop checks every `progressInterval` nonces, exact counts, and
// no overflow at 2^512 - 1.
#pragma once

#include "engine.h"

namespace qm {

// Hasher: bool check(const U512& nonce, U512& hashOut) returns whether the nonce
// meets the target, filling hashOut when it does.
template <class Hasher>
SearchResult searchRange(Hasher& hasher, const U512& first, const U512& last, const SearchControl& control)
{
    SearchResult result;
    const std::uint64_t interval = control.progressInterval ? control.progressInterval : 1;
    auto stopped = [&] { return control.stop && control.stop->load(std::memory_order_relaxed); };
    auto report = [&](std::uint64_t n) {
        if (n && control.onProgress)
            control.onProgress(n);
    };
    if (last < first || stopped()) {
        result.outcome = last < first ? SearchOutcome::Exhausted : SearchOutcome::Stopped;
        return result;
    }
    U512 nonce = first;
    std::uint64_t sinceReport = 0;
    for (;;) {
        U512 hash;
        const bool found = hasher.check(nonce, hash);
        ++result.checked;
        ++sinceReport;
        if (found) {
            report(sinceReport);
            result.outcome = SearchOutcome::Found;
            result.nonce = nonce;
            result.hash = hash;
            return result;
        }
        if (nonce == last) {
            report(sinceReport);
            result.outcome = SearchOutcome::Exhausted;
            return result;
        }
        nonce.increment();
        if (sinceReport == interval) {
            report(sinceReport);
            sinceReport = 0;
            if (stopped()) {
                result.outcome = SearchOutcome::Stopped;
                return result;
            }
        }
    }
}

} // namespace qm
