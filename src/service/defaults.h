// Every default of the service in one place: the configuration (MinerConfig),
// the job manager and the HTTP guard take theirs from here, and --help quotes
// the same numbers.
#pragma once

#include <QtGlobal>

namespace qm::defaults {

inline constexpr quint16 kApiPort = 9833;
inline constexpr const char* kBindAddress = "127.0.0.1";
inline constexpr const char* kEngine = "cpu-fast";

// Target length of one chunk of work: how long a worker stays on one job
// before taking the next chunk (fairness between jobs, and when a live engine
// or worker change reaches every worker).
inline constexpr int kProgressChunkMs = 1000;
inline constexpr int kSampleIntervalMs = 1000;     // hash rate samples and progress signals

inline constexpr int kMaxLiveJobs = 256;           // running jobs; more answer 503
inline constexpr int kMaxRetainedJobs = 4096;      // ended jobs kept for /result
inline constexpr qint64 kRetentionMs = 5 * 60 * 1000;          // kept after start, once served
inline constexpr qint64 kUnservedRetentionMs = 60 * 60 * 1000; // kept after end, never served

inline constexpr qint64 kMaxBodyBytes = 64 * 1024;     // larger request bodies answer 413
inline constexpr qint64 kMaxHeaderBytes = 32 * 1024;   // larger request headers answer 431
inline constexpr int kIdleConnectionTimeoutMs = 120 * 1000;
// A whole request (headers and body) must arrive within this, however its
// bytes trickle in; then 408 and close.
inline constexpr int kRequestDeadlineMs = 30 * 1000;
// Open connections per listening port; the process's descriptor limit can
// lower it (http/http_guard.cpp keeps a reserve for everything else).
inline constexpr int kMaxConnections = 256;

} // namespace qm::defaults
