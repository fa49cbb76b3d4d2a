// fake_quantus_node: a stand-in for the real `quantus-node`, close enough that
// the miner's local-node supervision, key handling, JSON-RPC monitor and
// dashboard assistant can be tested end to end without a chain. Log lines and
// error texts are the real node's where the miner or its tests read them.
//
//   --version                               "quantus-node 0.10.2-fake" (stdout)
//   key generate-node-key --file F          64 hex digits into F, peer id on stderr
//   key quantus --scheme wormhole [--words] a wormhole key (phrase on stdin with --words)
//   [node flags]                            runs the node: banner, node key, database
//                                           lock, JSON-RPC, Prometheus, QUIC miner server
//
// Node flags: --base-path B --chain dev|dirac|heisenberg --validator
// --node-key-file K --rewards-inner-hash 0x.. --miner-listen-port M (9833)
// --rpc-port R (9944) --prometheus-port P (9615) --name N --no-mdns --port P2P
// (30333, ignored) --sync full|fast|fast-unsafe|warp --max-blocks-per-request N
// --rpc-methods auto|safe|unsafe (accepted with substrate's value forms, any
// case for the two lists; no effect). Any other flag is clap's "unexpected
// argument". clap's errors exit 2; start-up errors ("Error: ...") exit 1.
// All node logging goes to stderr, stdout carries only --version and `key`.
//
// Test knobs (environment; the supervisor passes only the real flags):
//   FAKE_NODE_TICK_MS             chain tick (1000)
//   FAKE_NODE_PEERS               peers once they appear (3)
//   FAKE_NODE_PEERS_AFTER_MS      when they appear (0: at start)
//   FAKE_NODE_SYNC_BLOCKS         highest block known at start (0: synced at once)
//   FAKE_NODE_SYNC_RATE           blocks synced per tick (20)
//   FAKE_NODE_BLOCK_TICKS         a block from the network every N synced ticks (10; 0 never)
//   FAKE_NODE_DIFFICULTY          QPoW v2 difficulty of the jobs (5000)
//   FAKE_NODE_MINED_HISTORY       comma list of history blocks that carry our inner hash
//   FAKE_NODE_TIP_AGE_S           how old the last history block is at start, seconds (0);
//                                 over 24 h: once synced the node waits for a fresh tip
//                                 (no jobs, no network blocks), as with --max-tip-age
//   FAKE_NODE_STOP_DELAY_MS       SIGTERM/SIGINT to exit (100)
//   FAKE_NODE_IGNORE_SIGTERM      1: log the signal line, keep running
//   FAKE_NODE_CRASH_AFTER_MS      log a panic and abort() after N ms
//   FAKE_NODE_CRASH_ONCE_FILE     crash only while this file is missing (made before the crash)
//   FAKE_NODE_MINER_FILES_DELAY_MS servers up -> miner files + listening line (200)
//   FAKE_NODE_FILES_AFTER_LINE_MS  listening line first, the miner files this much later (0: off)
//   FAKE_NODE_ARGS_FILE           append each node start's argv as one line
// A malformed knob prints "fake_quantus_node: <why>" and exits 1.
//
// Choices made where the real node gives no model:
// - every clap error ends with "\n\nFor more information, try '--help'."; the
//   unexpected-argument, unrecognized-subcommand and missing-required errors
//   put "Usage: quantus-node [OPTIONS] [COMMAND]" before it, for the `key`
//   subcommands too; value names: --miner-listen-port <MINER_LISTEN_PORT>,
//   --rpc-port/--prometheus-port/--port <PORT>, --base-path <PATH>,
//   --node-key-file <FILE>, --name <NAME>, --sync <SYNC_MODE>,
//   --max-blocks-per-request <COUNT>, --rpc-methods <METHOD SET>;
// - --scheme X adds clap's "  [possible values: wormhole]" line, and so do
//   --sync and --rpc-methods with their lists;
// - the peer id is the real libp2p encoding of an Ed25519 key, with SHA-256
//   of the secret standing in for the public key; the wormhole address is
//   base58(SHA-256(inner)) padded with base58(SHA-256(SHA-256(inner))), cut to 47;
// - without --chain the chain is dev; without --base-path it is
//   ~/.local/share/quantus-node, as substrate's default;
// - Role is FULL without --validator; a full node with no key file makes one
//   (64 hex digits, 0600) where it looked, as substrate does;
// - B/fake-node.pid is written once the database lock is held (a second
//   node refused by the lock does not overwrite the first one's pid);
// - FAKE_NODE_ARGS_FILE records node starts that got past clap (not the
//   `key` commands or --version), argv[0] included;
// - the invalid-seal line is "<time> WARN ⚠️ Received invalid seal from
//   external miner", so both a WARN marker and the spec's text are there;
//   a result for an older job or with another status is logged and ignored;
// - without --rewards-inner-hash mined blocks carry 32 zero bytes;
// - history blocks are 12 s apart (timestamps), later blocks carry the time
//   of their import; state_getStorage knows only Timestamp::Now (null for
//   genesis and other keys) and answers an unknown block hash with error
//   4003; --max-tip-age and --force-authoring are not taken: the gate is 24 h;
// - FAKE_NODE_IGNORE_SIGTERM applies to SIGINT as well; the crash timer and
//   the files delay count from the moment the Prometheus server listens.
#include "tests/node/fake_node_cli.h"
#include "tests/node/fake_node_runtime.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

namespace {

void appendArgs(const QString& path, int argc, char** argv)
{
    QByteArray line;
    for (int i = 0; i < argc; ++i)
        line += (i ? " " : "") + QByteArray(argv[i]);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Append))
        f.write(line + '\n');
}

} // namespace

int main(int argc, char** argv)
{
    using namespace qm::fakenode;
    QCoreApplication app(argc, argv);

    Invocation invocation;
    if (const auto error = parseCommandLine(QCoreApplication::arguments().mid(1), invocation)) {
        std::fputs(error->toUtf8().constData(), stderr);
        return 2;
    }
    switch (invocation.command) {
    case Command::Version:
        std::printf("quantus-node %s\n", kVersion);
        return 0;
    case Command::Help:
        std::fputs(helpText().toUtf8().constData(), stdout);
        return 0;
    case Command::GenerateNodeKey:
    case Command::WormholeFromWords:
    case Command::WormholeNew:
        return runKeyCommand(invocation);
    case Command::RunNode:
        break;
    }

    Knobs knobs;
    if (const auto error = readKnobs(knobs)) {
        std::fprintf(stderr, "fake_quantus_node: %s\n", qPrintable(*error));
        return 1;
    }
    if (!knobs.argsFile.isEmpty())
        appendArgs(knobs.argsFile, argc, argv);

    FakeNode node(invocation.node, knobs);
    if (const int rc = node.start())
        return rc;
    return QCoreApplication::exec();
}
