// A mining job as everyone outside the job manager sees it: a JobSnapshot,
// a consistent copy of its state. The manager's own state of a job is private
// (service/job_state.h).
#pragma once

// moc (Qt 6.4) fails on <compare>, which the core's u512.h includes; moc
// needs none of the core's declarations, so it skips them.
#ifndef Q_MOC_RUN
#include "core/pow.h"
#include "core/pow_algorithm.h"
#include "core/u512.h"
#endif

#include "service/job_request.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace qm {

enum class JobStatus { Running, Completed, Failed, Cancelled };

// "running", "completed", "failed", "cancelled" (the protocol's words).
QString jobStatusName(JobStatus status);
// "http", "node".
QString jobSourceName(JobSource source);

// A consistent copy of one job's state, safe to keep and pass between threads.
struct JobSnapshot {
    QString id;
    JobStatus status = JobStatus::Running;
    PowAlgorithm pow = PowAlgorithm::QPowV1;
    JobSource source = JobSource::Http;
    MiningHash miningHash{};
    U512 difficulty;
    U512 nonceStart;
    U512 nonceEnd;
    // Set when completed: the winning nonce and its PoW hash.
    std::optional<U512> nonce;
    std::optional<U512> hash;
    quint64 hashCount = 0;       // nonces checked so far
    double elapsedSeconds = 0;   // since start; frozen once the job ends
    double hashRate = 0;         // 10 s rate while running; average once ended
    QString engine;              // engine of the most recent chunk
    bool served = false;         // the ended state was reported to a client

    bool isEnded() const { return status != JobStatus::Running; }
};

} // namespace qm

Q_DECLARE_METATYPE(qm::JobSnapshot)
