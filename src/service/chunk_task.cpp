#include "service/chunk_task.h"

#include "service/job_manager.h"
#include "service/job_state.h"

#include <chrono>
#include <exception>

namespace qm {

ChunkTask::ChunkTask(JobManager& manager, std::unique_ptr<ChunkRun> first)
    : m_manager(manager), m_run(std::move(first))
{
    setAutoDelete(true);
}

ChunkTask::~ChunkTask() = default;

void ChunkTask::run()
{
    while (m_run) {
        ChunkRun* chunk = m_run.get();
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
        try {
            result = chunk->engine->search(SearchRequest{chunk->job->context, chunk->first, chunk->last}, control);
        } catch (const std::exception& e) {
            result = failedSearch(chunk->engine->name() + ": " + e.what(),
                                  chunk->progress.load(std::memory_order_relaxed));
        } catch (...) {
            result = failedSearch(chunk->engine->name() + ": unknown error",
                                  chunk->progress.load(std::memory_order_relaxed));
        }
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        m_run = m_manager.chunkFinished(std::move(m_run), result, seconds);
    }
}

} // namespace qm
