#include "core/cpu/worker_priority.h"

#if defined(__linux__)
#include <cerrno>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace qm::cpu {

void lowerCallingThreadPriority()
{
#if defined(__linux__)
    thread_local bool lowered = false;
    if (lowered)
        return;
    lowered = true;
    const auto tid = static_cast<id_t>(::syscall(SYS_gettid));
    errno = 0;
    const int current = ::getpriority(PRIO_PROCESS, tid);
    if (errno == 0 && current < kWorkerNice)
        ::setpriority(PRIO_PROCESS, tid, kWorkerNice);
#endif
}

} // namespace qm::cpu
