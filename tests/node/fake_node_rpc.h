// The fake quantus-node's JSON-RPC: the methods the miner's RPC monitor and
// assistant call (system_health, system_syncState, chain_getHeader,
// chain_getBlockHash, system_chain/version/name, state_getStorage of the
// block timestamp), single calls and batches, with jsonrpsee's error objects.
// Pure: the body in, the body out.
#pragma once

#include "tests/node/fake_node_chain.h"

#include <QByteArray>
#include <QString>

namespace qm::fakenode {

// What the answers are made of at the moment of the call.
struct RpcState {
    const FakeChain* chain = nullptr;
    int peers = 0;
    bool isSyncing = false;
    QString chainName;   // system_chain: "Development", "Dirac", "Heisenberg"
};

// twox128("Timestamp") ++ twox128("Now"), lowercase hex with 0x: the one
// storage item the fake keeps; any other key is null, as an empty item is.
inline constexpr const char* kTimestampNowKey = "0xf0c365c3cf59d671eb72da0e7a4113c49f1f0515f462cdcf84e0f1d6045dfcbb";

// The response body for one HTTP request body.
QByteArray answerJsonRpc(const QByteArray& body, const RpcState& state);

} // namespace qm::fakenode
