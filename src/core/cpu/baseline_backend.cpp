#include "core/cpu/baseline_backend.h"

#include "core/cpu/search_loop.h"
#include "core/cpu/worker_priority.h"

namespace qm {

namespace {

struct ReferenceHasher {
    const JobContext& job;
    bool check(const U512& nonce, U512& hashOut) const
    {
        hashOut = powHashReference(job.pow, job.miningHash, nonce);
        return powMeetsTarget(hashOut, job.target);
    }
};

} // namespace

SearchResult BaselineBackend::search(const SearchRequest& request, const SearchControl& control) const
{
    cpu::lowerCallingThreadPriority();
    ReferenceHasher hasher{request.job};
    return searchRange(hasher, request.first, request.last, control);
}

FeedProfile BaselineBackend::feedProfile(unsigned workers) const
{
    return FeedProfile{workers ? workers : 1, 1024};
}

} // namespace qm
