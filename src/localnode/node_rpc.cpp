// The local node's JSON-RPC, polled: one round of calls per tick, the
// results applied at once when the round is complete, so statusChanged always
// carries one consistent picture. Everything is loopback HTTP/1.1 through one
// QNetworkAccessManager (keep-alive, no proxy, no redirects).
#include "localnode/node_rpc.h"

#include "service/logger.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <climits>
#include <limits>
#include <cmath>
#include <optional>
#include <utility>

namespace qm {

namespace {

// A block number or a count: "0x1a2b" (how substrate writes header numbers),
// a decimal string, or a non-negative JSON integer.
std::optional<quint64> toNumber(const QJsonValue& value)
{
    if (value.isString()) {
        QString text = value.toString();
        int base = 10;
        if (text.startsWith(u"0x", Qt::CaseInsensitive)) {
            text = text.mid(2);
            base = 16;
        }
        if (text.isEmpty() || text.size() > (base == 16 ? 16 : 20))
            return std::nullopt;
        bool ok = false;
        const quint64 number = text.toULongLong(&ok, base);
        return ok ? std::optional<quint64>(number) : std::nullopt;
    }
    if (value.isDouble()) {
        const qint64 number = value.toInteger(-1);
        if (number >= 0)
            return static_cast<quint64>(number);
    }
    return std::nullopt;
}

// The inner hash as the digest writes it: 64 lowercase hex digits, no 0x.
QString innerHashHex(const QString& innerHash)
{
    QString hex = innerHash.trimmed().toLower();
    if (hex.startsWith(u"0x"))
        hex = hex.mid(2);
    return hex;
}

bool isHex64(const QString& hex)
{
    return hex.size() == 64
        && std::all_of(hex.cbegin(), hex.cend(), [](QChar c) { return c.isDigit() || (c >= u'a' && c <= u'f'); });
}

// A SCALE u64 as state_getStorage returns it: "0x" + 8 bytes, little endian.
std::optional<quint64> scaleU64(const QString& text)
{
    if (text.size() != 18 || !text.startsWith(u"0x", Qt::CaseInsensitive))
        return std::nullopt;
    const QByteArray bytes = QByteArray::fromHex(text.mid(2).toLatin1());
    if (bytes.size() != 8 || bytes.toHex() != text.mid(2).toLower().toLatin1())
        return std::nullopt;
    quint64 value = 0;
    for (int i = 7; i >= 0; --i)
        value = (value << 8) | static_cast<quint8>(bytes.at(i));
    return value;
}

// "3 days", "24 hours", "12 minutes", "40 seconds": the largest whole unit
// (hours up to two days), for the log.
QString ageWords(qint64 ms)
{
    const qint64 s = std::max<qint64>(0, ms / 1000);
    const auto unit = [](qint64 n, const char* one) {
        return QStringLiteral("%1 %2%3").arg(n).arg(QLatin1String(one)).arg(n == 1 ? QString() : QStringLiteral("s"));
    };
    if (s >= 2 * 86400)
        return unit(s / 86400, "day");
    if (s >= 3600)
        return unit(s / 3600, "hour");
    if (s >= 60)
        return unit(s / 60, "minute");
    return unit(s, "second");
}

// One --max-tip-age value in ms: "86400", "90s", "30m", "24h", "2d",
// "1h 30m"; nullopt when it is none of these.
std::optional<qint64> durationMs(const QString& text)
{
    static const QRegularExpression part(QStringLiteral("^\\s*(\\d{1,12})\\s*(ms|secs|sec|s|mins|min|m|hrs|hr|h|days|day|d)?\\s*"));
    QString rest = text.trimmed().toLower();
    if (rest.isEmpty())
        return std::nullopt;
    qint64 total = 0;
    while (!rest.isEmpty()) {
        const QRegularExpressionMatch m = part.match(rest);
        if (!m.hasMatch() || m.capturedLength(0) == 0)
            return std::nullopt;
        const qint64 n = m.captured(1).toLongLong();
        const QString u = m.captured(2);
        qint64 scale = 1000;   // a bare number: seconds
        if (u == u"ms")
            scale = 1;
        else if (u.startsWith(u'm'))
            scale = 60 * 1000;
        else if (u.startsWith(u'h'))
            scale = 3600 * 1000;
        else if (u.startsWith(u'd'))
            scale = 86400 * 1000;
        total += n * scale;
        rest = rest.mid(m.capturedLength(0));
    }
    return total;
}

} // namespace

int NodeChainStatus::syncPercent() const
{
    if (!isSyncing && highestBlock <= currentBlock)
        return 100;
    if (highestBlock <= startingBlock)
        return 0;
    const double done = currentBlock > startingBlock ? double(currentBlock - startingBlock) : 0.0;
    int percent = static_cast<int>(std::floor(100.0 * done / double(highestBlock - startingBlock)));
    percent = std::clamp(percent, 0, 100);
    // "100 %" is kept for a node that says it is done.
    return isSyncing ? std::min(percent, 99) : percent;
}

struct NodeRpcMonitor::Poll {
    enum class Stage { Main, Scan };

    struct Block {
        quint64 number = 0;
        QString hash;
        QJsonArray logs;
        bool read = false;   // hash and header came back
    };

    quint64 generation = 0;
    Stage stage = Stage::Main;
    int pending = 0;
    QString error;           // the first failure of this poll

    // Main stage.
    bool askedInfo = false;
    int peers = 0;
    bool isSyncing = false;
    bool shouldHavePeers = true;
    quint64 startingBlock = 0;
    quint64 currentBlock = 0;
    quint64 highestBlock = 0;
    quint64 best = 0;
    QString chain;
    QString version;

    // Scan stage, ascending numbers.
    quint64 scanFrom = 0;
    QList<Block> blocks;
    bool tipRead = false;    // state_getStorage answered for the best block
    QDateTime tipTime;       // its Timestamp::Now; invalid: none stored
    QList<QPair<quint64, QString>> mined;   // to announce, ascending

    // What status() becomes when the poll ends.
    NodeChainStatus next;
};

NodeRpcMonitor::NodeRpcMonitor(QObject* parent)
    : QObject(parent),
      m_net(new QNetworkAccessManager(this))
{
    // Loopback only: a proxy from the environment must not see these calls.
    m_net->setProxy(QNetworkProxy::NoProxy);
    m_timer.setInterval(m_intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &NodeRpcMonitor::poll);
    m_clock.start();
}

NodeRpcMonitor::~NodeRpcMonitor()
{
    stop();
}

void NodeRpcMonitor::setPort(quint16 rpcPort)
{
    if (rpcPort == m_port)
        return;
    m_port = rpcPort;
    // Possibly another node: ask who it is.
    m_needInfo = true;
}

void NodeRpcMonitor::setRewardsInnerHash(const QString& innerHash)
{
    // Anything but a full hash would match other people's blocks too (an
    // empty one matches every block), so it counts nothing.
    const QString hex = innerHashHex(innerHash);
    m_prefix = isHex64(hex) ? powDigestPrefix(hex) : QString();
}

void NodeRpcMonitor::setMaxTipAgeMs(qint64 ms)
{
    m_maxTipAgeMs = std::max<qint64>(0, ms);
}

qint64 NodeRpcMonitor::maxTipAgeFromArguments(const QStringList& nodeArguments)
{
    if (nodeArguments.contains(QStringLiteral("--force-authoring")))
        return 0;
    qint64 maxAge = kDefaultMaxTipAgeMs;
    for (qsizetype i = 0; i < nodeArguments.size(); ++i) {
        const QString& arg = nodeArguments.at(i);
        std::optional<qint64> value;
        if (arg == u"--max-tip-age" && i + 1 < nodeArguments.size())
            value = durationMs(nodeArguments.at(++i));
        else if (arg.startsWith(u"--max-tip-age="))
            value = durationMs(arg.mid(int(sizeof("--max-tip-age=")) - 1));
        // The last one counts, as with clap; a value the node would refuse
        // leaves the default.
        if (value)
            maxAge = *value;
    }
    return maxAge;
}

void NodeRpcMonitor::setIntervalMs(int ms)
{
    m_intervalMs = std::max(kMinIntervalMs, ms);
    m_timer.setInterval(m_intervalMs);
}

QString NodeRpcMonitor::powDigestPrefix(const QString& innerHash)
{
    return QStringLiteral("0x06706f775f80") + innerHashHex(innerHash);
}

QString NodeRpcMonitor::endpointText() const
{
    return QStringLiteral("127.0.0.1:%1").arg(m_port);
}

void NodeRpcMonitor::start()
{
    stop();
    m_status = NodeChainStatus{};
    m_counted.clear();
    m_scannedUpTo = 0;
    m_haveBest = false;
    m_needInfo = true;
    m_rateSamples.clear();
    m_loggedReachable = -1;
    m_loggedGate = MiningGate::Unknown;
    m_clock.restart();
    m_timer.start(m_intervalMs);
    poll();
}

void NodeRpcMonitor::stop()
{
    m_timer.stop();
    ++m_generation;
    m_polling = false;
    const QSet<QNetworkReply*> replies = std::exchange(m_replies, {});
    for (QNetworkReply* reply : replies) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void NodeRpcMonitor::poll()
{
    // A slow node: the tick is skipped rather than queueing a second round.
    if (m_polling)
        return;
    m_polling = true;
    auto poll = std::make_shared<Poll>();
    poll->generation = m_generation;
    poll->askedInfo = m_needInfo;

    call(poll, QStringLiteral("system_health"), {}, [poll](const QJsonValue& result) {
        const QJsonObject health = result.toObject();
        const auto peers = toNumber(health.value(u"peers"));
        if (!result.isObject() || !peers || !health.value(u"isSyncing").isBool())
            return QStringLiteral("peers and isSyncing missing");
        poll->peers = static_cast<int>(std::min<quint64>(*peers, INT_MAX));
        poll->isSyncing = health.value(u"isSyncing").toBool();
        poll->shouldHavePeers = health.value(u"shouldHavePeers").toBool(true);
        return QString();
    });
    call(poll, QStringLiteral("system_syncState"), {}, [poll](const QJsonValue& result) {
        const QJsonObject sync = result.toObject();
        const auto current = toNumber(sync.value(u"currentBlock"));
        const auto highest = toNumber(sync.value(u"highestBlock"));
        if (!result.isObject() || !current || !highest)
            return QStringLiteral("currentBlock and highestBlock missing");
        poll->startingBlock = toNumber(sync.value(u"startingBlock")).value_or(0);
        poll->currentBlock = *current;
        poll->highestBlock = *highest;
        return QString();
    });
    call(poll, QStringLiteral("chain_getHeader"), {}, [poll](const QJsonValue& result) {
        const auto number = toNumber(result.toObject().value(u"number"));
        if (!number)
            return QStringLiteral("no block number");
        poll->best = *number;
        return QString();
    });
    if (poll->askedInfo) {
        call(poll, QStringLiteral("system_chain"), {}, [poll](const QJsonValue& result) {
            if (!result.isString())
                return QStringLiteral("not a string");
            poll->chain = result.toString();
            return QString();
        });
        call(poll, QStringLiteral("system_version"), {}, [poll](const QJsonValue& result) {
            if (!result.isString())
                return QStringLiteral("not a string");
            poll->version = result.toString();
            return QString();
        });
    }
}

QString NodeRpcMonitor::replyError(QNetworkReply* reply, const QString& method, int id, QJsonValue* result) const
{
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttribute.isValid() ? statusAttribute.toInt() : 0;
    if (status != 0 && (status < 200 || status > 299))
        return QStringLiteral("the node's RPC on %1 answered HTTP %2 to %3").arg(endpointText()).arg(status).arg(method);
    switch (reply->error()) {
    case QNetworkReply::NoError:
        break;
    case QNetworkReply::ConnectionRefusedError:
        return QStringLiteral("no answer from the node's RPC on %1: connection refused").arg(endpointText());
    case QNetworkReply::RemoteHostClosedError:
        return QStringLiteral("no answer from the node's RPC on %1: the connection was closed").arg(endpointText());
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        // Only the transfer timeout cancels: stop() disconnects first.
        return QStringLiteral("no answer from the node's RPC on %1 within %2 ms").arg(endpointText()).arg(timeoutMs());
    default:
        return QStringLiteral("no answer from the node's RPC on %1: %2").arg(endpointText(), reply->errorString());
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(reply->readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return QStringLiteral("the node's RPC on %1 sent malformed JSON for %2").arg(endpointText(), method);
    const QJsonObject answer = document.object();
    if (answer.contains(u"error")) {
        const QJsonObject error = answer.value(u"error").toObject();
        return QStringLiteral("the node's RPC on %1 refused %2: %3 (code %4)")
            .arg(endpointText(), method, error.value(u"message").toString(QStringLiteral("no message")))
            .arg(error.value(u"code").toInteger());
    }
    if (answer.value(u"id").toInteger(-1) != id || !answer.contains(u"result"))
        return QStringLiteral("the node's RPC on %1 sent an answer that is not JSON-RPC for %2").arg(endpointText(), method);
    *result = answer.value(u"result");
    return QString();
}

void NodeRpcMonitor::call(const std::shared_ptr<Poll>& poll, const QString& method, const QJsonArray& params, Done done)
{
    const int id = m_nextId++;
    if (m_nextId == INT_MAX)
        m_nextId = 1;
    const QJsonObject body{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                           {QStringLiteral("id"), id},
                           {QStringLiteral("method"), method},
                           {QStringLiteral("params"), params}};
    QNetworkRequest request(QUrl(QStringLiteral("http://%1/").arg(endpointText())));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(timeoutMs());
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);

    ++poll->pending;
    QNetworkReply* reply = m_net->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    m_replies.insert(reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply, poll, method, id, done = std::move(done)] {
        m_replies.remove(reply);
        reply->deleteLater();
        if (poll->generation != m_generation)
            return;
        QJsonValue result;
        QString error = replyError(reply, method, id, &result);
        if (error.isEmpty()) {
            const QString problem = done(result);
            if (!problem.isEmpty())
                error = QStringLiteral("the node's RPC on %1 sent an unexpected result for %2: %3")
                            .arg(endpointText(), method, problem);
        }
        if (!error.isEmpty() && poll->error.isEmpty())
            poll->error = error;
        if (--poll->pending > 0)
            return;
        if (poll->stage == Poll::Stage::Main)
            finishMain(poll);
        else
            finishScan(poll);
    });
}

void NodeRpcMonitor::finishMain(const std::shared_ptr<Poll>& poll)
{
    // The new status is built in the poll and committed at its end, so
    // status() never shows half a poll.
    NodeChainStatus& next = poll->next;
    next = m_status;
    if (!poll->error.isEmpty())
        return finishPoll(poll);

    const bool hadBest = m_haveBest;
    const quint64 previousBest = next.bestBlock;
    const quint64 best = poll->best;
    m_haveBest = true;

    next.peers = poll->peers;
    next.isSyncing = poll->isSyncing;
    next.shouldHavePeers = poll->shouldHavePeers;
    next.startingBlock = poll->startingBlock;
    next.currentBlock = poll->currentBlock;
    next.highestBlock = poll->highestBlock;
    next.bestBlock = best;
    if (poll->askedInfo) {
        next.chain = poll->chain;
        next.version = poll->version;
        m_needInfo = false;
    }
    if (best != previousBest || !hadBest) {
        // The scan below reads both.
        next.bestHash.clear();
        next.tipTime = QDateTime();
    }
    if (hadBest && best > previousBest)
        next.lastImport = QDateTime::currentDateTimeUtc();
    // A re-org to a shorter chain: the numbers above it get new blocks,
    // which are read again (m_counted keeps them from counting twice).
    if (best < m_scannedUpTo)
        m_scannedUpTo = best;

    // Import rate: a sample per poll, the oldest kept just outside the window.
    const qint64 now = m_clock.elapsed();
    if (!m_rateSamples.isEmpty() && best < m_rateSamples.last().second)
        m_rateSamples.clear();
    m_rateSamples.append({now, best});
    while (m_rateSamples.size() > 2 && m_rateSamples.at(1).first <= now - kRateWindowMs)
        m_rateSamples.removeFirst();
    const qint64 spanMs = m_rateSamples.last().first - m_rateSamples.first().first;
    next.blocksPerSecond =
        spanMs > 0 ? double(m_rateSamples.last().second - m_rateSamples.first().second) * 1000.0 / double(spanMs) : 0.0;

    // Which blocks to read: on the first poll the best one only (a long
    // history is not anybody's news), then everything new up to the
    // newest kScanWindow. Without an inner hash only the best block's hash
    // is wanted.
    quint64 from = 0;
    if (!hadBest || m_prefix.isEmpty())
        from = std::max(best, m_scannedUpTo + 1);
    else
        from = std::max(m_scannedUpTo + 1, best >= kScanWindow ? best - kScanWindow + 1 : quint64(1));
    from = std::max<quint64>(from, 1);   // the genesis block carries no seal
    // Nothing new; after a re-org to a shorter chain the best hash is read
    // again (m_counted keeps that block from counting twice).
    if (from > best && next.bestHash.isEmpty())
        from = best;
    if (best == 0 || from > best)
        return finishPoll(poll);
    scan(poll, from, best);
}

void NodeRpcMonitor::scan(const std::shared_ptr<Poll>& poll, quint64 from, quint64 to)
{
    poll->stage = Poll::Stage::Scan;
    poll->scanFrom = from;
    poll->blocks.reserve(static_cast<qsizetype>(to - from + 1));
    for (quint64 number = from; number <= to; ++number) {
        Poll::Block block;
        block.number = number;
        poll->blocks.append(block);
    }
    for (qsizetype i = 0; i < poll->blocks.size(); ++i) {
        const QJsonArray params{static_cast<qint64>(poll->blocks.at(i).number)};
        call(poll, QStringLiteral("chain_getBlockHash"), params, [this, poll, i](const QJsonValue& hashValue) {
            // null: the node does not have that number (any more); it is
            // read again in a later poll.
            if (hashValue.isNull())
                return QString();
            const QString hash = hashValue.toString();
            if (!hash.startsWith(u"0x"))
                return QStringLiteral("not a block hash");
            poll->blocks[i].hash = hash;
            // The best block's timestamp: how old the node's tip is.
            if (poll->blocks.at(i).number == poll->best)
                call(poll, QStringLiteral("state_getStorage"), QJsonArray{QLatin1String(kTimestampNowKey), hash},
                     [poll](const QJsonValue& value) {
                         // null: nothing stored (the genesis block).
                         if (value.isNull()) {
                             poll->tipRead = true;
                             return QString();
                         }
                         const auto ms = scaleU64(value.toString());
                         if (!ms || *ms > quint64(std::numeric_limits<qint64>::max()))
                             return QStringLiteral("Timestamp::Now is not a SCALE u64");
                         poll->tipRead = true;
                         poll->tipTime = QDateTime::fromMSecsSinceEpoch(qint64(*ms), Qt::UTC);
                         return QString();
                     });
            call(poll, QStringLiteral("chain_getHeader"), QJsonArray{hash}, [poll, i](const QJsonValue& header) {
                if (header.isNull())
                    return QString();
                if (!header.isObject())
                    return QStringLiteral("not a header");
                poll->blocks[i].logs = header.toObject().value(u"digest").toObject().value(u"logs").toArray();
                poll->blocks[i].read = true;
                return QString();
            });
            return QString();
        });
    }
}

void NodeRpcMonitor::finishScan(const std::shared_ptr<Poll>& poll)
{
    NodeChainStatus& next = poll->next;
    // Blocks before the window were left out on purpose; a block that could
    // not be read stops the mark, so it and those after it are read again.
    quint64 scannedTo = poll->scanFrom - 1;
    bool contiguous = true;
    for (const Poll::Block& block : std::as_const(poll->blocks)) {
        if (!block.read) {
            contiguous = false;
            continue;
        }
        if (contiguous)
            scannedTo = block.number;
        // Without its timestamp the best block is read again next poll.
        if (block.number == next.bestBlock && poll->tipRead)
            next.bestHash = block.hash;
        if (m_prefix.isEmpty() || m_counted.contains(block.number))
            continue;
        const bool ours = std::any_of(block.logs.cbegin(), block.logs.cend(), [this](const QJsonValue& log) {
            return log.toString().toLower().startsWith(m_prefix);
        });
        if (!ours)
            continue;
        m_counted.insert(block.number);
        ++next.minedBlocks;
        next.lastMinedBlock = std::max(next.lastMinedBlock, block.number);
        poll->mined.append({block.number, block.hash});
    }
    m_scannedUpTo = std::max(m_scannedUpTo, scannedTo);
    if (poll->tipRead)
        next.tipTime = poll->tipTime;
    finishPoll(poll);
}

void NodeRpcMonitor::finishPoll(const std::shared_ptr<Poll>& poll)
{
    m_polling = false;
    NodeChainStatus& next = poll->next;
    if (!poll->error.isEmpty()) {
        next.reachable = false;
        next.error = poll->error;
        next.blocksPerSecond = 0;
        m_rateSamples.clear();
        // Maybe a new node when it answers again.
        m_needInfo = true;
    } else {
        next.reachable = true;
        next.error.clear();
    }
    // The age grows between new blocks: computed on every poll.
    next.maxTipAgeMs = m_maxTipAgeMs;
    next.tipAgeMs = next.tipTime.isValid()
                        ? std::max<qint64>(0, next.tipTime.msecsTo(QDateTime::currentDateTimeUtc()))
                        : -1;
    m_status = next;

    // One line per change, not per poll.
    const int reachable = m_status.reachable ? 1 : 0;
    if (reachable != m_loggedReachable) {
        m_loggedReachable = reachable;
        if (m_status.reachable)
            logInfo(QStringLiteral("node RPC on %1: chain %2, version %3, best #%4")
                        .arg(endpointText(), m_status.chain, m_status.version)
                        .arg(m_status.bestBlock));
        else
            logInfo(QStringLiteral("node RPC: %1").arg(m_status.error));
    }
    logMiningGate();

    QPointer<NodeRpcMonitor> self(this);
    const quint64 generation = m_generation;
    for (const auto& [number, hash] : std::as_const(poll->mined)) {
        logInfo(QStringLiteral("node: block #%1 (%2) mined for this rewards key").arg(number).arg(hash));
        emit blockMined(number, hash);
        // A slot may have stopped, restarted or deleted the monitor.
        if (!self || generation != m_generation)
            return;
    }
    emit statusChanged(m_status);
}

void NodeRpcMonitor::logMiningGate()
{
    // What keeps the node from authoring blocks, in the order the node
    // checks it; said once per change (an unreachable node says it again
    // when it is back).
    MiningGate gate = MiningGate::Unknown;
    const NodeChainStatus& s = m_status;
    if (!s.reachable)
        gate = MiningGate::Unknown;
    else if (s.peers == 0)
        gate = MiningGate::NoPeers;
    else if (s.isSyncing)
        gate = MiningGate::Syncing;
    else if (s.tipTooOld())
        gate = MiningGate::StaleTip;
    else
        gate = MiningGate::Open;
    if (gate == m_loggedGate)
        return;
    m_loggedGate = gate;
    switch (gate) {
    case MiningGate::Unknown:
        break;
    case MiningGate::NoPeers:
        logInfo(QStringLiteral("node: no peers yet; the node does not mine until it is connected to the network"));
        break;
    case MiningGate::Syncing:
        logInfo(QStringLiteral("node: syncing with the network (#%1 of #%2); the node mines once it is in sync")
                    .arg(s.currentBlock)
                    .arg(std::max(s.highestBlock, s.currentBlock)));
        break;
    case MiningGate::StaleTip:
        logInfo(QStringLiteral("node: waiting for a fresh tip: the best block #%1 is %2 old; the node mines once it "
                               "has synced a block from the last %3 (--max-tip-age)")
                    .arg(s.bestBlock)
                    .arg(ageWords(s.tipAgeMs), ageWords(s.maxTipAgeMs)));
        break;
    case MiningGate::Open:
        logInfo(QStringLiteral("node: in sync with %1 peers, best block #%2%3; the node is ready to mine")
                    .arg(s.peers)
                    .arg(s.bestBlock)
                    .arg(s.tipAgeMs >= 0 ? QStringLiteral(" (%1 old)").arg(ageWords(s.tipAgeMs)) : QString()));
        break;
    }
}

} // namespace qm
