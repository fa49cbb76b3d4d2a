// The fake quantus-node's JSON-RPC: the methods the miner's RPC monitor and
// assistant call (system_health, system_syncState, chain_getHeader,
// chain_getBlockHash, system_chain/version/name), single calls and batches,
// with jsonrpsee's error objects. Pure: the body in, the body out.
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

// The response body for one HTTP request body.
QByteArray answerJsonRpc(const QByteArray& body, const RpcState& state);

} // namespace qm::fakenode
