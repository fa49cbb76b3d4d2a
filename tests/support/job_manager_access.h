// The job manager's test seam: tests replace its clock and run its timers'
// work (retention purge, hash rate sample) on demand. JobManager befriends
// this class; nothing outside the tests uses it.
#pragma once

#include "service/job_manager.h"

#include <utility>

namespace qm {

class JobManagerTestAccess {
public:
    static void setClock(JobManager& manager, JobManager::Clock clock) { manager.setClock(std::move(clock)); }
    static void purgeExpired(JobManager& manager) { manager.purgeExpired(); }
    static void sampleNow(JobManager& manager) { manager.sampleNow(); }
};

} // namespace qm
