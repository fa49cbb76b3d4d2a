// `quantus-miner node install [--manifest URL|FILE] [--dir DIR] [--dry-run]`:
// the assistant's download path without a display, for operators. The same
// code as the dashboard: the network's compatibility manifest
// (localnode/compatibility_manifest.h) names this machine's node build, and
// NodeDownloader (localnode/node_release.h) fetches it, checks its SHA-256 before
// anything is unpacked and installs quantus-node into DIR (default
// <app data>/node/bin). The node's path and --version are printed, then the
// command line that supervises it. --dry-run prints network, node version,
// URL and SHA-256 and downloads nothing; with a FILE it needs no network.
//
// Exit codes: 0 installed (or the dry run read a usable manifest), 1 the
// manifest or the node could not be fetched or did not verify, 2 a bad
// option or a manifest this miner cannot use (the message names the key).
#pragma once

#include <QString>

#include <cstdio>

namespace qm {

struct NodeInstallOptions {
    QString manifest;   // URL or file; empty: defaultManifestUrl()
    QString dir;        // empty: defaultNodeHome()/bin
    bool dryRun = false;
};

// Runs inside an existing QCoreApplication (it spins the event loop until
// done). Results go to `out`, the progress line and errors to `err`; the
// progress line only when `err` is a terminal.
int runNodeInstallCommand(const NodeInstallOptions& options, std::FILE* out, std::FILE* err);

// One progress line: "12.5 MiB of 40.0 MiB, 3.1 MiB/s, 9 s left"; without a
// total (-1) the bytes and rate only; no rate before anything arrived.
QString nodeInstallProgressLine(qint64 received, qint64 total, qint64 elapsedMs);

} // namespace qm
