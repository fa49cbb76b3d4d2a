#include "node/node_miner.h"

#include "service/job_manager.h"
#include "service/logger.h"

#include <QDateTime>

#include <random>

namespace qm {

namespace {

// Process-wide, so that a node miner replaced in the dashboard never reuses
// the id of a job its predecessor left in the manager.
quint64 s_sequence = 0;

// A uniformly random non-zero 512-bit nonce: the network's miners start each
// job at one (the runtime rejects an all-zero nonce), so rigs on one node do
// not search the same nonces.
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

QString seconds(qint64 ms)
{
    return QString::number(static_cast<double>(ms) / 1000.0, 'f', 1);
}

} // namespace

NodeMiner::NodeMiner(const NodeSettings& settings, JobManager& jobs, QObject* parent)
    : NodeMiner(QList<NodeSettings>{settings}, jobs, parent)
{
}

NodeMiner::NodeMiner(const QList<NodeSettings>& nodes, JobManager& jobs, QObject* parent)
    : QObject(parent), m_jobs(jobs)
{
    const QList<NodeSettings> list = nodes.isEmpty() ? QList<NodeSettings>{NodeSettings{}} : nodes;
    m_nodes.resize(static_cast<size_t>(list.size()));
    for (int i = 0; i < list.size(); ++i) {
        Node& node = m_nodes[static_cast<size_t>(i)];
        node.settings = list[i];
        node.counters.address = node.settings.address();
        NodeEndpoint endpoint;
        endpoint.host = node.settings.host;
        endpoint.port = node.settings.port;
        endpoint.token = node.settings.token;
        endpoint.certSha256 = node.settings.certSha256;
        if (list.size() > 1) {
            endpoint.idleTimeoutMs = kFailoverIdleTimeoutMs;
            endpoint.keepAliveMs = kFailoverKeepAliveMs;
        }
        node.client = std::make_unique<NodeClient>(endpoint);
        NodeClient* client = node.client.get();
        connect(client, &NodeClient::jobReceived, this, [this, i](const NodeJob& job) { onJob(i, job); });
        connect(client, &NodeClient::stateChanged, this,
                [this, i](NodeClient::State state, const QString&) { onState(i, state); });
        connect(client, &NodeClient::reconnecting, this, [this, i](int, int) {
            ++m_nodes[static_cast<size_t>(i)].counters.reconnects;
            emit countersChanged();
        });
        connect(client, &NodeClient::permanentError, this,
                [this, i](const QString& message) { onPermanentError(i, message); });
    }
    connect(&m_jobs, &JobManager::jobFinished, this, &NodeMiner::onJobFinished);
    m_fileCheck.setInterval(kFileCheckMs);
    connect(&m_fileCheck, &QTimer::timeout, this, &NodeMiner::checkRefusedFiles);
}

NodeMiner::~NodeMiner()
{
    stop();
}

void NodeMiner::setBackoff(int firstMs, int maxMs)
{
    for (Node& node : m_nodes)
        node.client->setBackoff(firstMs, maxMs);
}

void NodeMiner::start()
{
    m_stopping = false;
    const int count = nodeCount();
    for (int i = 0; i < count; ++i) {
        Node& node = m_nodes[static_cast<size_t>(i)];
        if (!node.settings.problem.isEmpty()) {
            node.client->stopWithError(node.settings.problem);
            continue;
        }
        if (count == 1)
            logInfo(QStringLiteral("node: mining for %1 over QUIC (QPoW v2); token from %2, certificate pin from %3")
                        .arg(node.counters.address, node.settings.tokenOrigin, node.settings.pinOrigin));
        else
            logInfo(QStringLiteral("node: %1 is node %2 of %3 (QUIC, QPoW v2); token from %4, certificate pin from %5")
                        .arg(node.counters.address)
                        .arg(i + 1)
                        .arg(count)
                        .arg(node.settings.tokenOrigin, node.settings.pinOrigin));
        node.client->start();
    }
}

void NodeMiner::stop()
{
    m_stopping = true;
    m_fileCheck.stop();
    for (Node& node : m_nodes)
        node.refused = false;
    for (Node& node : m_nodes)
        node.client->stop();
    cancelCurrent();
}

void NodeMiner::onPermanentError(int index, const QString& message)
{
    Node& node = m_nodes[static_cast<size_t>(index)];
    const bool watch = node.settings.fromFiles && !m_stopping;
    const QString watched =
        watch ? QStringLiteral("; connecting again when the node rewrites its token or pin file (read every %1 s)")
                    .arg(kFileCheckMs / 1000)
              : QString();
    if (m_nodes.size() == 1)
        logError(QStringLiteral("node: %1%2").arg(message, watched));
    else
        logError(QStringLiteral("node: %1 skipped (not retried; the other nodes go on): %2%3")
                     .arg(node.counters.address, message, watched));
    if (!watch)
        return;
    node.refused = true;
    if (!m_fileCheck.isActive())
        m_fileCheck.start();
}

void NodeMiner::checkRefusedFiles()
{
    bool waiting = false;
    for (Node& node : m_nodes) {
        if (!node.refused)
            continue;
        NodeSettings fresh;
        // Files that are gone or half written are read again next time.
        if (!resolveNodeSource(node.settings.source, fresh).isEmpty()
            || (fresh.token.trimmed() == node.settings.token.trimmed() && fresh.certSha256 == node.settings.certSha256)) {
            waiting = true;
            continue;
        }
        const QString changed = fresh.certSha256 != node.settings.certSha256
                                    ? QStringLiteral("certificate pin")
                                    : QStringLiteral("token");
        node.settings.token = fresh.token;
        node.settings.certSha256 = fresh.certSha256;
        node.refused = false;
        logInfo(QStringLiteral("node: %1's %2 changed in its files; connecting again")
                    .arg(node.counters.address, changed));
        node.client->setCredentials(node.settings.token, node.settings.certSha256);
        node.client->start();
    }
    if (!waiting)
        m_fileCheck.stop();
}

NodeMiner::Counters NodeMiner::counters() const
{
    Counters c;
    c.switches = m_switches;
    c.nodeJobId = m_currentNodeJobId;
    for (size_t i = 0; i < m_nodes.size(); ++i) {
        NodeCounters n = m_nodes[i].counters;
        n.active = static_cast<int>(i) == m_active;
        c.jobs += n.jobs;
        c.results += n.results;
        c.reconnects += n.reconnects;
        c.lastJobEpochMs = std::max(c.lastJobEpochMs, n.lastJobEpochMs);
        c.connected = c.connected || n.connected;
        c.nodes << n;
    }
    return c;
}

void NodeMiner::onState(int index, NodeClient::State state)
{
    Node& node = m_nodes[static_cast<size_t>(index)];
    const bool connected = state == NodeClient::State::Connected;
    node.counters.connected = connected;
    if (connected && node.lostFor.isValid()) {
        node.lastAwayMs = node.lostFor.elapsed();
        node.lostFor.invalidate();
    }
    // A job from a connection that is gone is stale: the node sends the
    // current job again after the next Ready.
    if (state == NodeClient::State::Retrying || state == NodeClient::State::Stopped) {
        node.job.reset();
        if (!node.lostFor.isValid())
            node.lostFor.start();
        if (index == m_active) {
            cancelCurrent();
            m_lastActive = index;
            m_active = -1;
            m_idleFor.start();
            if (!m_stopping)
                selectActive();
            if (m_active < 0)
                emit activeNodeChanged(-1);
        }
    }
    emit countersChanged();
}

void NodeMiner::onJob(int index, const NodeJob& job)
{
    Node& node = m_nodes[static_cast<size_t>(index)];
    node.job = job;
    ++node.counters.jobs;
    node.counters.lastJobEpochMs = QDateTime::currentMSecsSinceEpoch();
    if (index == m_active)
        startJob(index);
    else
        selectActive();
    emit countersChanged();
}

void NodeMiner::selectActive()
{
    int best = -1;
    for (size_t i = 0; i < m_nodes.size() && best < 0; ++i)
        if (m_nodes[i].client->state() == NodeClient::State::Connected && m_nodes[i].job)
            best = static_cast<int>(i);
    if (best == m_active)
        return;
    if (best < 0) {
        if (m_nodes.size() > 1 && !m_allDownLogged) {
            m_allDownLogged = true;
            logWarn(QStringLiteral("node: none of the %1 nodes can be mined for now; mining again when any of "
                                   "them is back")
                        .arg(m_nodes.size()));
        }
        return;
    }
    const QString to = m_nodes[static_cast<size_t>(best)].counters.address;
    if (m_active >= 0) {
        // A higher node is back and has sent a job: it takes over.
        const Node& next = m_nodes[static_cast<size_t>(best)];
        logInfo(QStringLiteral("node: switched from %1 back to %2 (it was away %3 s)")
                    .arg(m_nodes[static_cast<size_t>(m_active)].counters.address, to, seconds(next.lastAwayMs)));
        ++m_switches;
    } else if (m_lastActive >= 0 && m_lastActive != best) {
        logInfo(QStringLiteral("node: switched from %1 to %2 after %3 s")
                    .arg(m_nodes[static_cast<size_t>(m_lastActive)].counters.address, to, seconds(m_idleFor.elapsed())));
        ++m_switches;
    } else if (m_lastActive == best && m_nodes.size() > 1) {
        logInfo(QStringLiteral("node: mining for %1 again after %2 s").arg(to, seconds(m_idleFor.elapsed())));
    } else if (m_nodes.size() > 1) {
        logInfo(QStringLiteral("node: mining for %1").arg(to));
    }
    m_allDownLogged = false;
    m_active = best;
    startJob(best);
    emit activeNodeChanged(best);
}

void NodeMiner::cancelCurrent()
{
    if (m_currentId.isEmpty())
        return;
    m_jobs.cancel(m_currentId);
    m_currentId.clear();
    m_currentNode = -1;
    m_currentNodeJobId.clear();
    emit countersChanged();
}

void NodeMiner::startJob(int index)
{
    // A new job replaces the running one at once: its workers stop within
    // one progress interval (milliseconds).
    cancelCurrent();
    const Node& node = m_nodes[static_cast<size_t>(index)];
    if (!node.job)
        return;
    const NodeJob& job = *node.job;
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
    m_currentNode = index;
    m_currentNodeJobId = job.jobId;
    if (m_nodes.size() == 1)
        logInfo(QStringLiteral("node: job %1 started (difficulty %2)")
                    .arg(job.jobId, QString::fromStdString(job.difficulty.toDecimal())));
    else
        logInfo(QStringLiteral("node: job %1 from %2 started (difficulty %3)")
                    .arg(job.jobId, node.counters.address, QString::fromStdString(job.difficulty.toDecimal())));
    emit countersChanged();
}

void NodeMiner::onJobFinished(const JobSnapshot& job)
{
    // Only the current node job reports back: a replaced job's find is stale
    // for the node, which takes results for its current job only.
    if (job.id != m_currentId)
        return;
    const QString nodeJobId = m_currentNodeJobId;
    const int index = m_currentNode;
    m_currentId.clear();
    m_currentNode = -1;
    m_currentNodeJobId.clear();
    if (index >= 0 && job.status == JobStatus::Completed && job.nonce) {
        Node& node = m_nodes[static_cast<size_t>(index)];
        if (node.client->sendResult(nodeJobId, *job.nonce, job.hashCount, job.elapsedSeconds)) {
            ++node.counters.results;
            logInfo(QStringLiteral("node: job %1 solved, result sent to %2 (nonce %3, %4 hashes)")
                        .arg(nodeJobId, node.counters.address, QString::fromStdString(job.nonce->toHexMinimal()))
                        .arg(job.hashCount));
        } else {
            logWarn(QStringLiteral("node: job %1 solved, but %2 is not connected: result dropped")
                        .arg(nodeJobId, node.counters.address));
        }
    }
    emit countersChanged();
}

} // namespace qm
