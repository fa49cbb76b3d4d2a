#include "engine_baseline.h"

#include "search_loop.h"

namespace qm {

namespace {

struct ReferenceHasher {
    const JobContext& job;
    bool check(const U512& nonce, U512& hashOut) const
    {
        hashOut = powHashReference(job.miningHash, nonce);
        return powMeetsTarget(hashOut, job.target);
    }
};

} // namespace

SearchResult BaselineEngine::search(const JobContext& job, const U512& first, const U512& last,
                                    const SearchControl& control) const
{
    ReferenceHasher hasher{job};
    return searchRange(hasher, first, last, control);
}

} // namespace qm
