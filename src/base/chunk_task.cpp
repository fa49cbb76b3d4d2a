#include "chunk_task.h"

#include "job_manager.h"
#include "logger.h"

#include <cerrno>
#include <chrono>
#include <exception>

#if defined(Q_OS_LINUX)
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace qm {

ChunkTask::ChunkTask(JobManager& manager, std::unique_ptr<ChunkRun> first)
    : m_manager(manager), m_run(std::move(first))
{
    setAutoDelete(true);
}

namespace {

// Hashing threads yield to the event loop (the API answers while every worker
// hashes) and to the desktop: on Linux nice is per thread, so only the pool's
// threads are lowered.
void lowerThisThreadPriority()
{
#if defined(Q_OS_LINUX)
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

} // namespace

void ChunkTask::run()
{
    while (m_run) {
        ChunkRun* chunk = m_run.get();
        // A GPU engine's feeding thread keeps its priority: starving it would
        // starve the device.
        if (chunk->engine->hashesOnCallingThread())
            lowerThisThreadPriority();
        SearchControl control;
        control.stop = &chunk->job->stop;
        control.progressInterval = chunk->progressInterval;
        // Called every progressInterval nonces: two relaxed adds on counters
        // that only this thread writes, nothing shared per nonce.
        control.onProgress = [chunk](std::uint64_t n) {
            chunk->progress.fetch_add(n, std::memory_order_relaxed);
            chunk->workerHashes->fetch_add(n, std::memory_order_relaxed);
        };
        const auto t0 = std::chrono::steady_clock::now();
        SearchResult result;
        QString failure;
        try {
            result = chunk->engine->search(chunk->job->context, chunk->first, chunk->last, control);
        } catch (const std::exception& e) {
            failure = QString::fromUtf8(e.what());
        } catch (...) {
            failure = QStringLiteral("unknown error");
        }
        if (!failure.isEmpty()) {
            logError(QStringLiteral("engine %1 failed on job %2: %3")
                         .arg(QString::fromStdString(chunk->engine->name()), chunk->job->id, failure));
            result = SearchResult{};
            result.outcome = SearchOutcome::Stopped;
            result.checked = chunk->progress.load(std::memory_order_relaxed);
        }
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        m_run = m_manager.chunkFinished(std::move(m_run), result, seconds, !failure.isEmpty());
    }
}

} // namespace qm
