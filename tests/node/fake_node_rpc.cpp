#include "tests/node/fake_node_rpc.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QtEndian>

#include <optional>

namespace qm::fakenode {

namespace {

struct RpcError {
    int code;
    const char* message;
};

constexpr RpcError kParseError{-32700, "Parse error"};
constexpr RpcError kInvalidRequest{-32600, "Invalid request"};
constexpr RpcError kMethodNotFound{-32601, "Method not found"};
constexpr RpcError kInvalidParams{-32602, "Invalid params"};
// A block hash the node does not know (substrate's client error code).
constexpr RpcError kUnknownBlock{4003, "Client error: UnknownBlock: header not found in db"};

// Any JSON value in compact form (QJsonDocument takes only objects and
// arrays, so a one-element array is cut open).
QByteArray compact(const QJsonValue& value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

// The envelope is written by hand so that its members keep the order of
// the JSON-RPC examples (QJsonObject would sort them).
QByteArray resultEnvelope(const QJsonValue& id, const QJsonValue& result)
{
    return "{\"jsonrpc\":\"2.0\",\"id\":" + compact(id) + ",\"result\":" + compact(result) + '}';
}

QByteArray errorEnvelope(const QJsonValue& id, const RpcError& error)
{
    const QJsonObject e{{QStringLiteral("code"), error.code}, {QStringLiteral("message"), QLatin1String(error.message)}};
    return "{\"jsonrpc\":\"2.0\",\"id\":" + compact(id) + ",\"error\":" + compact(e) + '}';
}

// A block number given as a JSON number or a "0x.." / decimal string.
std::optional<quint64> blockNumber(const QJsonValue& v)
{
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d < 0 || d != static_cast<double>(static_cast<quint64>(d)))
            return std::nullopt;
        return static_cast<quint64>(d);
    }
    if (v.isString()) {
        const QString s = v.toString();
        bool ok = false;
        const quint64 n = s.startsWith(QLatin1String("0x")) ? s.mid(2).toULongLong(&ok, 16) : s.toULongLong(&ok, 10);
        if (ok)
            return n;
    }
    return std::nullopt;
}

// The value of the method, or the error to answer with.
std::optional<QJsonValue> call(const QString& method, const QJsonArray& params, const RpcState& s, RpcError* error)
{
    const FakeChain& chain = *s.chain;
    const QJsonValue first = params.isEmpty() ? QJsonValue(QJsonValue::Null) : params.first();
    if (method == QLatin1String("system_health"))
        return QJsonObject{{QStringLiteral("peers"), s.peers},
                           {QStringLiteral("isSyncing"), s.isSyncing},
                           {QStringLiteral("shouldHavePeers"), true}};
    if (method == QLatin1String("system_syncState"))
        return QJsonObject{{QStringLiteral("startingBlock"), 0},
                           {QStringLiteral("currentBlock"), static_cast<qint64>(chain.best())},
                           {QStringLiteral("highestBlock"), static_cast<qint64>(chain.highest())}};
    if (method == QLatin1String("chain_getHeader")) {
        if (first.isNull())
            return FakeChain::headerJson(chain.bestBlock());
        const QString hex = first.toString();
        const QByteArray hash = QByteArray::fromHex(hex.mid(2).toLatin1());
        if (!first.isString() || !hex.startsWith(QLatin1String("0x")) || hash.size() != 32) {
            *error = kInvalidParams;
            return std::nullopt;
        }
        const Block* block = chain.blockByHash(hash);
        return block ? QJsonValue(FakeChain::headerJson(*block)) : QJsonValue(QJsonValue::Null);
    }
    if (method == QLatin1String("chain_getBlockHash")) {
        const auto hashOf = [&](const QJsonValue& v) -> std::optional<QJsonValue> {
            if (v.isNull())
                return FakeChain::hexHash(chain.bestBlock().hash);
            const auto n = blockNumber(v);
            if (!n)
                return std::nullopt;
            const Block* block = chain.blockAt(*n);
            return block ? QJsonValue(FakeChain::hexHash(block->hash)) : QJsonValue(QJsonValue::Null);
        };
        // Substrate also takes a list of numbers and answers a list.
        if (first.isArray()) {
            QJsonArray out;
            for (const QJsonValue& v : first.toArray()) {
                const auto h = hashOf(v);
                if (!h) {
                    *error = kInvalidParams;
                    return std::nullopt;
                }
                out.append(*h);
            }
            return out;
        }
        if (const auto h = hashOf(first))
            return h;
        *error = kInvalidParams;
        return std::nullopt;
    }
    if (method == QLatin1String("chain_getFinalizedHead")) {
        const quint64 n = chain.best() >= 2 ? chain.best() - 2 : 0;
        return FakeChain::hexHash(chain.blockAt(n)->hash);
    }
    if (method == QLatin1String("state_getStorage")) {
        // [key, at?]: the key as "0x" hex, the block hash or null for the best.
        const QString key = first.toString().toLower();
        const QJsonValue at = params.size() > 1 ? params.at(1) : QJsonValue(QJsonValue::Null);
        const QByteArray keyBytes = QByteArray::fromHex(key.mid(2).toLatin1());
        if (!first.isString() || !key.startsWith(QLatin1String("0x")) || keyBytes.toHex() != key.mid(2).toLatin1() ||
            !(at.isNull() || at.isString())) {
            *error = kInvalidParams;
            return std::nullopt;
        }
        const Block* block = &chain.bestBlock();
        if (at.isString()) {
            const QString hex = at.toString();
            const QByteArray hash = QByteArray::fromHex(hex.mid(2).toLatin1());
            if (!hex.startsWith(QLatin1String("0x")) || hash.size() != 32) {
                *error = kInvalidParams;
                return std::nullopt;
            }
            block = chain.blockByHash(hash);
            if (!block) {
                *error = kUnknownBlock;
                return std::nullopt;
            }
        }
        // SCALE u64, little endian; genesis stores no timestamp.
        if (key != QLatin1String(kTimestampNowKey) || block->timestampMs == 0)
            return QJsonValue(QJsonValue::Null);
        QByteArray bytes(8, '\0');
        qToLittleEndian(static_cast<quint64>(block->timestampMs), bytes.data());
        return QStringLiteral("0x") + QString::fromLatin1(bytes.toHex());
    }
    if (method == QLatin1String("system_chain"))
        return s.chainName;
    if (method == QLatin1String("system_version"))
        return QStringLiteral("0.10.2-fake");
    if (method == QLatin1String("system_name"))
        return QStringLiteral("Quantus Node");
    *error = kMethodNotFound;
    return std::nullopt;
}

QByteArray answerOne(const QJsonValue& request, const RpcState& state)
{
    const QJsonObject o = request.toObject();
    const QJsonValue id = o.value(QStringLiteral("id")).isUndefined() ? QJsonValue(QJsonValue::Null)
                                                                      : o.value(QStringLiteral("id"));
    const QJsonValue method = o.value(QStringLiteral("method"));
    const QJsonValue params = o.value(QStringLiteral("params"));
    if (!request.isObject() || !method.isString())
        return errorEnvelope(id, kInvalidRequest);
    // Positional parameters only: none of these methods is called by name.
    if (!(params.isUndefined() || params.isNull() || params.isArray()))
        return errorEnvelope(id, kInvalidParams);
    RpcError error{};
    const auto result = call(method.toString(), params.toArray(), state, &error);
    return result ? resultEnvelope(id, *result) : errorEnvelope(id, error);
}

} // namespace

QByteArray answerJsonRpc(const QByteArray& body, const RpcState& state)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || doc.isNull())
        return errorEnvelope(QJsonValue::Null, kParseError);
    if (doc.isObject())
        return answerOne(doc.object(), state);
    const QJsonArray batch = doc.array();
    if (batch.isEmpty())
        return errorEnvelope(QJsonValue::Null, kInvalidRequest);
    QByteArray out = "[";
    for (qsizetype i = 0; i < batch.size(); ++i)
        out += (i ? "," : "") + answerOne(batch[i], state);
    return out + ']';
}

} // namespace qm::fakenode
