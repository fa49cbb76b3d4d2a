// Every command-line option of quantus-miner, parsed in one place.
//
//   quantus-miner [--no-gui] [service options]      mine for a node
//   quantus-miner hash [--pow v1|v2] MINING_HASH NONCE [DIFFICULTY]
//   quantus-miner benchmark [--pow v1|v2] [--engine E] [--workers N] [--duration S] [--json]
//   quantus-miner health [--bind ADDR] [--port N]
//   quantus-miner node install [--manifest URL|FILE] [--dir DIR] [--dry-run]
//   quantus-miner --help | --version
#pragma once

#include "core/pow_algorithm.h"
#include "miner/miner_config.h"

#include <QString>
#include <QStringList>

namespace qm {

struct AppOptions {
    enum class Command { Run, Hash, Benchmark, Health, NodeInstall, Help, Version };
    Command command = Command::Run;

    // Run and benchmark: settings that override the environment (--gpu-devices
    // among them: overrides.gpuDevices).
    ConfigOverrides overrides;
    bool noGui = false;
    // --lang CODE: the interface language (dashboard, and Qt's own texts).
    std::optional<QString> language;
    // Dashboard one-shots (need a display): --screenshot FILE with
    // --screenshot-delay SECONDS, and --measure-stall SECONDS.
    QString screenshotFile;
    double screenshotDelaySeconds = 8.0;
    double measureStallSeconds = 0.0;

    // hash and benchmark: --pow v1|v2 (default v1, the HTTP protocol's)
    PowAlgorithm pow = PowAlgorithm::QPowV1;

    // hash
    QString miningHash;
    QString nonce;
    std::optional<QString> difficulty;

    // benchmark
    double durationSeconds = 10.0;
    bool json = false;

    // node install
    QString nodeManifest;   // --manifest URL|FILE
    QString nodeDir;        // --dir DIR
    bool dryRun = false;    // --dry-run

    // One line for stderr when the arguments are invalid (exit code 2).
    QString error;
};

AppOptions parseAppOptions(const QStringList& arguments);

// The --help text in the installed translation's language (context "CommandLine").
QString helpText();

// The language --lang names anywhere on the command line ("--lang de" or
// "--lang=de"), whatever else is there: --help and usage errors speak it.
std::optional<QString> languageOption(const QStringList& arguments);

} // namespace qm
