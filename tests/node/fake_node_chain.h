// The fake quantus-node's chain: a list of blocks from genesis to the best
// one, with the two digest logs the miner's RPC monitor reads (the pre-runtime
// 'pow_' log carrying the rewards inner hash, the 'pow_' seal). History
// blocks (the ones "synced from peers") are deterministic for a chain and an
// inner hash; blocks imported later from "the network" are random, blocks this
// node mined carry its own inner hash and the miner's work as the seal.
// Every block but genesis has a timestamp (Timestamp::Now): history blocks
// kHistorySpacingMs apart up to the tip time given, later blocks the clock's
// time at their import.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>

#include <algorithm>
#include <vector>

namespace qm::fakenode {

struct Block {
    quint64 number = 0;
    QByteArray hash;            // 32 bytes
    QByteArray parentHash;      // 32 bytes (zeros for genesis)
    QByteArray stateRoot;       // 32 bytes
    QByteArray extrinsicsRoot;  // 32 bytes
    QByteArray innerHash;       // 32 bytes; empty for genesis (no digest)
    QByteArray seal;            // 64 bytes; empty for genesis
    qint64 timestampMs = 0;     // ms since the epoch; 0 for genesis (none stored)
};

class FakeChain {
public:
    // `ownInnerHash`: 32 bytes, what this node's mined blocks carry.
    FakeChain(const QString& chain, const QByteArray& ownInnerHash);

    // The highest block the peers know at start, which of the blocks up to
    // it carry this node's inner hash, and the timestamp of that highest
    // block (ms since the epoch; the ones before it are older).
    void setHistory(quint64 highest, const QSet<quint64>& minedByUs, qint64 tipTimeMs);

    // Target block time, the spacing of the history blocks' timestamps.
    static constexpr qint64 kHistorySpacingMs = 12000;

    quint64 best() const { return m_blocks.back().number; }
    quint64 highest() const { return std::max(best(), m_highest); }
    bool synced() const { return best() >= m_highest; }
    const Block& bestBlock() const { return m_blocks.back(); }
    // nullptr beyond the best block / for an unknown hash.
    const Block* blockAt(quint64 number) const;
    const Block* blockByHash(const QByteArray& hash) const;

    // Appends up to `count` history blocks (never past the highest known);
    // returns how many were added.
    quint64 syncBlocks(quint64 count);
    // A block from another miner: a random inner hash and seal.
    const Block& importNetworkBlock();
    // A block this node's miner found: its inner hash, `work` (64 bytes) as
    // the seal.
    const Block& importOwnBlock(const QByteArray& work);

    // The header as chain_getHeader returns it.
    static QJsonObject headerJson(const Block& block);
    // "0x" + 64 hex digits.
    static QString hexHash(const QByteArray& hash);
    // "0x1234…abcd", as substrate's log lines abbreviate hashes.
    static QString shortHash(const QByteArray& hash);

private:
    const Block& append(const QByteArray& innerHash, const QByteArray& seal, const QByteArray& salt, qint64 timestampMs);

    QString m_chain;
    QByteArray m_ownInnerHash;
    quint64 m_highest = 0;
    qint64 m_historyTipMs = 0;
    QSet<quint64> m_minedByUs;
    std::vector<Block> m_blocks;
    QHash<QByteArray, quint64> m_byHash;
};

} // namespace qm::fakenode
