// Helpers shared by the service QtTests: blocking HTTP calls on a real
// loopback server, the known-answer vectors, polling.
#pragma once

#include "core/pow.h"
#include "core/u512.h"
#include "miner/miner_config.h"
#include "service/job_manager.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QString>
#include <QUrl>

#include <functional>

namespace qmtest {

struct HttpReply {
    int status = 0;             // 0: no HTTP answer (connection error)
    QByteArray body;
    QJsonObject json;           // body parsed as an object (empty if it is not one)
    bool isJsonObject = false;
    QByteArray contentType;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString error;
    QByteArray header(const QByteArray& name) const;
};

// Blocks (running the event loop) until the reply arrives or timeoutMs.
HttpReply httpRequest(QNetworkAccessManager& nam, const QByteArray& method, const QUrl& url,
                      const QByteArray& body = {}, int timeoutMs = 10000);

// Sends raw bytes over TCP and returns what comes back until the peer closes
// or timeoutMs passes.
QByteArray rawExchange(quint16 port, const QByteArray& bytes, int timeoutMs = 5000);

// The sum of a metric's series in Prometheus text (every label set, e.g.
// each node's addr); -1 when there is none.
double metricSum(const QString& text, const QString& name);
// One series' value, labels as rendered ("addr=\"127.0.0.1:9833\""); -1 when absent.
double metricValue(const QString& text, const QString& name, const QString& labels);

// Runs the event loop until pred() or timeoutMs; returns pred().
bool waitFor(const std::function<bool()>& pred, int timeoutMs = 60000);

// Bounds that are about the miner's behaviour ("within one chunk") hold in
// the plain build; the sanitizer build runs the same code several times
// slower, so its tests stretch such bounds by this factor.
#if defined(__SANITIZE_ADDRESS__)
inline constexpr int kTimeScale = 5;
#else
inline constexpr int kTimeScale = 1;
#endif

// tests/data/pow_vectors.json (QPoW v1) unless another file is named.
QJsonObject loadVectors(const char* file = "pow_vectors.json");

QString hex128(const qm::U512& v);
QString hex128(quint64 v);
QString zeroHash();
QJsonObject mineBody(const QString& id, const QString& miningHash, const QString& difficulty, const QString& start,
                     const QString& end, const QString& difficultyField = QStringLiteral("distance_threshold"));
QByteArray toJson(const QJsonObject& o);

// Whether `work` (128 hex digits) is a valid nonce for the job, by the core's
// reference hash.
bool verifyWork(const QString& miningHash, const QString& difficulty, const QString& work);

qm::JobRequest makeRequest(const QString& id, const QString& miningHash, const QString& difficulty,
                           const qm::U512& start, const qm::U512& end);

// A mining hash for node jobs that differs per seed: byte i is
// seed * mul + i * step (mod 256), so suites can keep their own sequences.
qm::MiningHash seededMiningHash(std::uint8_t seed, unsigned mul, unsigned step);

// A service for the HTTP suites: 127.0.0.1 on a free port, two cpu-fast
// workers, 50 ms chunks, warnings and errors only in the log.
qm::MinerConfig httpTestConfig();

} // namespace qmtest
