// A mining job as a source hands it to the job manager: HTTP's POST /mine
// today (http/job_json), the node's QUIC jobs next.
#pragma once

// moc (Qt 6.4) fails on <compare>, which the core's u512.h includes.
#ifndef Q_MOC_RUN
#include "core/pow.h"
#include "core/pow_algorithm.h"
#include "core/u512.h"
#endif

#include <QString>

namespace qm {

// Where a job came from: the seed-era HTTP API, or a node over QUIC.
enum class JobSource { Http, Node };

struct JobRequest {
    QString id;
    JobSource source = JobSource::Http;
    PowAlgorithm pow = PowAlgorithm::QPowV1;  // what the source's node checks
    MiningHash miningHash{};
    U512 difficulty;   // non-zero
    U512 nonceStart;
    U512 nonceEnd;     // >= nonceStart, inclusive
};

} // namespace qm
