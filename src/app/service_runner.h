// Runs the mining service in the application's event loop until SIGINT,
// SIGTERM or (with the dashboard) the last window closes.
#pragma once

#include "miner/miner_config.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace qm {

class MinerService;

using DashboardFactory = std::function<std::unique_ptr<QObject>(MinerService&)>;

struct RunPlan {
    MinerConfig config;
    QStringList configWarnings;
    // Why the service runs headless, or that it runs with the dashboard.
    QString modeNote;
    // Set when the dashboard is shown; empty for headless.
    DashboardFactory dashboard;
};

// Returns the process exit code: 0 after a clean shutdown, 1 when the service
// cannot start headless (e.g. its port is in use).
int runService(QCoreApplication& app, const RunPlan& plan);

// Whether a graphical session is reachable: a display server (DISPLAY,
// WAYLAND_DISPLAY) or an explicit QT_QPA_PLATFORM. *why names what was found
// or missing, for the log.
bool displayAvailable(QString* why);

// Sets up the logger from the configuration (level, file, Qt messages).
// Returns false with *error when the log file cannot be opened.
bool setUpLogging(const MinerConfig& config, QString* error);

} // namespace qm
