#include "base/node_miner.h"

#include "base/job_manager.h"
#include "base/logger.h"

#include <QDateTime>

#include <random>

namespace qm {

namespace {

// A uniformly random non-zero 512-bit nonce: the network's miners start each
// job at one (the runtime rejects an all-zero nonce), so rigs on one node do
// not search the same nonces.
// Process-wide, so that a node miner replaced in the dashboard never reuses
// the id of a job its predecessor left in the manager.
quint64 s_sequence = 0;

U512 randomStartNonce()
{
    static thread_local std::mt19937_64 rng{std::random_device{}()};
    U512 n;
    do {
        for (auto& limb : n.limb)
            limb = rng();
    } while (n.isZero());
    return n;
}

} // namespace

NodeMiner::NodeMiner(const NodeSettings& settings, JobManager& jobs, QObject* parent)
    : QObject(parent), m_settings(settings), m_jobs(jobs)
{
    NodeEndpoint endpoint;
    endpoint.host = settings.host;
    endpoint.port = settings.port;
    endpoint.token = settings.token;
    endpoint.certSha256 = settings.certSha256;
    m_client = std::make_unique<NodeClient>(endpoint);
    connect(m_client.get(), &NodeClient::jobReceived, this, &NodeMiner::onJob);
    connect(m_client.get(), &NodeClient::stateChanged, this, [this](NodeClient::State state, const QString&) {
        const bool connected = state == NodeClient::State::Connected;
        if (connected != m_counters.connected) {
            m_counters.connected = connected;
            emit countersChanged();
        }
        // A job from a connection that is gone is stale: the node sends the
        // current job again after the next Ready.
        if (state == NodeClient::State::Retrying || state == NodeClient::State::Stopped)
            cancelCurrent();
    });
    connect(m_client.get(), &NodeClient::reconnecting, this, [this](int, int) {
        ++m_counters.reconnects;
        emit countersChanged();
    });
    connect(m_client.get(), &NodeClient::permanentError, this,
            [](const QString& message) { logError(QStringLiteral("node: %1").arg(message)); });
    connect(&m_jobs, &JobManager::jobFinished, this, &NodeMiner::onJobFinished);
}

NodeMiner::~NodeMiner()
{
    stop();
}

void NodeMiner::start()
{
    if (!m_settings.problem.isEmpty())
        return m_client->stopWithError(m_settings.problem);
    logInfo(QStringLiteral("node: mining for %1 over QUIC (QPoW v2); token from %2, certificate pin from %3")
                .arg(m_settings.address(), m_settings.tokenOrigin, m_settings.pinOrigin));
    m_client->start();
}

void NodeMiner::stop()
{
    m_client->stop();
    cancelCurrent();
}

void NodeMiner::cancelCurrent()
{
    if (m_currentId.isEmpty())
        return;
    m_jobs.cancel(m_currentId);
    m_currentId.clear();
    m_counters.nodeJobId.clear();
    emit countersChanged();
}

void NodeMiner::onJob(const NodeJob& job)
{
    // A new job replaces the running one at once: its workers stop within
    // one progress interval (milliseconds).
    cancelCurrent();
    ++m_counters.jobs;
    m_counters.lastJobEpochMs = QDateTime::currentMSecsSinceEpoch();

    JobRequest request;
    request.id = QStringLiteral("node/%1-%2").arg(++s_sequence).arg(job.jobId);
    request.source = JobSource::Node;
    request.pow = PowAlgorithm::QPowV2;
    request.miningHash = job.miningHash;
    request.difficulty = job.difficulty;
    request.nonceStart = randomStartNonce();
    request.nonceEnd = U512::max();
    QString why;
    if (m_jobs.addJob(request, &why) != JobManager::AddResult::Accepted) {
        logError(QStringLiteral("node: job %1 could not start: %2").arg(job.jobId, why));
        emit countersChanged();
        return;
    }
    m_currentId = request.id;
    m_counters.nodeJobId = job.jobId;
    logInfo(QStringLiteral("node: job %1 started (difficulty %2)")
                .arg(job.jobId, QString::fromStdString(job.difficulty.toDecimal())));
    emit countersChanged();
}

void NodeMiner::onJobFinished(const JobSnapshot& job)
{
    // Only the current node job reports back: a replaced job's find is stale
    // for the node, which takes results for its current job only.
    if (job.id != m_currentId)
        return;
    const QString nodeJobId = m_counters.nodeJobId;
    m_currentId.clear();
    m_counters.nodeJobId.clear();
    if (job.status == JobStatus::Completed && job.nonce) {
        if (m_client->sendResult(nodeJobId, *job.nonce, job.hashCount, job.elapsedSeconds)) {
            ++m_counters.results;
            logInfo(QStringLiteral("node: job %1 solved, result sent (nonce %2, %3 hashes)")
                        .arg(nodeJobId, QString::fromStdString(job.nonce->toHexMinimal()))
                        .arg(job.hashCount));
        } else {
            logWarn(QStringLiteral("node: job %1 solved, but the node is not connected: result dropped").arg(nodeJobId));
        }
    }
    emit countersChanged();
}

} // namespace qm
