#include "tests/node/fake_node_chain.h"

#include "tests/node/fake_node_keys.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QtEndian>

namespace qm::fakenode {

namespace {

QByteArray sha256(const QByteArray& bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

QByteArray numberBytes(quint64 n)
{
    QByteArray out(8, Qt::Uninitialized);
    qToBigEndian(n, out.data());
    return out;
}

// Deterministic bytes for history blocks: a label, the chain, the number.
QByteArray derived(const char* label, const QString& chain, quint64 n)
{
    return sha256(QByteArray(label) + ':' + chain.toUtf8() + ':' + QByteArray::number(n));
}

} // namespace

FakeChain::FakeChain(const QString& chain, const QByteArray& ownInnerHash)
    : m_chain(chain),
      m_ownInnerHash(ownInnerHash)
{
    Block genesis;
    genesis.parentHash = QByteArray(32, '\0');
    genesis.stateRoot = derived("genesis-state", m_chain, 0);
    genesis.extrinsicsRoot = derived("genesis-extrinsics", m_chain, 0);
    genesis.hash = sha256(genesis.parentHash + genesis.stateRoot + genesis.extrinsicsRoot);
    m_byHash.insert(genesis.hash, 0);
    m_blocks.push_back(genesis);
}

void FakeChain::setHistory(quint64 highest, const QSet<quint64>& minedByUs, qint64 tipTimeMs)
{
    m_highest = highest;
    m_minedByUs = minedByUs;
    m_historyTipMs = tipTimeMs;
}

const Block* FakeChain::blockAt(quint64 number) const
{
    return number < m_blocks.size() ? &m_blocks[number] : nullptr;
}

const Block* FakeChain::blockByHash(const QByteArray& hash) const
{
    const auto it = m_byHash.constFind(hash);
    return it == m_byHash.constEnd() ? nullptr : &m_blocks[*it];
}

quint64 FakeChain::syncBlocks(quint64 count)
{
    quint64 added = 0;
    while (added < count && best() < m_highest) {
        const quint64 n = best() + 1;
        const QByteArray inner = m_minedByUs.contains(n) ? m_ownInnerHash : derived("other-inner", m_chain, n);
        const QByteArray seal = derived("seal-a", m_chain, n) + derived("seal-b", m_chain, n);
        const qint64 before = static_cast<qint64>(std::min<quint64>(m_highest - n, 1u << 30)) * kHistorySpacingMs;
        append(inner, seal, derived("history", m_chain, n), std::max<qint64>(1, m_historyTipMs - before));
        ++added;
    }
    return added;
}

const Block& FakeChain::importNetworkBlock()
{
    return append(randomBytes(32), randomBytes(64), randomBytes(32), QDateTime::currentMSecsSinceEpoch());
}

const Block& FakeChain::importOwnBlock(const QByteArray& work)
{
    return append(m_ownInnerHash, work, work, QDateTime::currentMSecsSinceEpoch());
}

const Block& FakeChain::append(const QByteArray& innerHash, const QByteArray& seal, const QByteArray& salt,
                               qint64 timestampMs)
{
    Block b;
    const Block& parent = m_blocks.back();
    b.number = parent.number + 1;
    // Timestamps only grow along the chain, as the runtime requires.
    b.timestampMs = std::max(timestampMs, parent.timestampMs + 1);
    b.parentHash = parent.hash;
    b.stateRoot = sha256("state" + b.parentHash + numberBytes(b.number) + salt);
    b.extrinsicsRoot = sha256("extrinsics" + b.parentHash + numberBytes(b.number) + salt);
    b.innerHash = innerHash;
    b.seal = seal;
    b.hash = sha256(b.parentHash + numberBytes(b.number) + b.stateRoot + b.extrinsicsRoot + b.innerHash + b.seal);
    m_byHash.insert(b.hash, b.number);
    m_blocks.push_back(b);
    return m_blocks.back();
}

QJsonObject FakeChain::headerJson(const Block& block)
{
    QJsonArray logs;
    if (!block.innerHash.isEmpty()) {
        // PreRuntime (06) for engine 'pow_', 32 bytes (SCALE compact 0x80).
        logs.append(QStringLiteral("0x06706f775f80") + QString::fromLatin1(block.innerHash.toHex()));
        // Seal (05) for 'pow_', 64 bytes (SCALE compact 0x0101).
        logs.append(QStringLiteral("0x05706f775f0101") + QString::fromLatin1(block.seal.toHex()));
    }
    return QJsonObject{
        {QStringLiteral("parentHash"), hexHash(block.parentHash)},
        {QStringLiteral("number"), QStringLiteral("0x") + QString::number(block.number, 16)},
        {QStringLiteral("stateRoot"), hexHash(block.stateRoot)},
        {QStringLiteral("extrinsicsRoot"), hexHash(block.extrinsicsRoot)},
        {QStringLiteral("digest"), QJsonObject{{QStringLiteral("logs"), logs}}},
    };
}

QString FakeChain::hexHash(const QByteArray& hash)
{
    return QStringLiteral("0x") + QString::fromLatin1(hash.toHex());
}

QString FakeChain::shortHash(const QByteArray& hash)
{
    const QString hex = QString::fromLatin1(hash.toHex());
    return QStringLiteral("0x%1…%2").arg(hex.left(4), hex.right(4));
}

} // namespace qm::fakenode
