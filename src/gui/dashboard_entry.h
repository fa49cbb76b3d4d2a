// What the application (src/app) may ask of the dashboard. src/app includes
// this only when the build has the dashboard (QM_WITH_DASHBOARD), and calls it
// only when it is wanted (no --no-gui) and a display exists; the service
// library (src/base) knows nothing of it.
#pragma once

#include "miner/miner_config.h"

#include <QCoreApplication>
#include <QObject>

#include <memory>

namespace qm {
class MinerService;
}

namespace qm::gui {

// Creates the application object the dashboard needs (a QApplication).
// Called first thing in main, before any other Qt object exists.
std::unique_ptr<QCoreApplication> createApplication(int& argc, char** argv);

// What the command line asks of the dashboard (parsed in src/app/app_options).
struct DashboardOptions {
    // The service options given on the command line; with the environment
    // they win over the dashboard's saved settings for this run.
    ConfigOverrides overrides;
    // The process environment, as src/app reads it (the dashboard reads none
    // itself): which settings it fixes for this run.
    EnvLookup environment;
    // --screenshot FILE: grab the window after screenshotDelaySeconds, save
    // it as PNG and quit (README images; scripts/screenshot.sh).
    QString screenshotFile;
    double screenshotDelaySeconds = 8;
    // --measure-stall SECONDS: record the longest event-loop stall for that
    // long, print it and quit (responsiveness check while mining).
    double measureStallSeconds = 0;
};

// Called after createApplication and before the service exists: fills in
// `config` from the dashboard's saved settings where the command line and the
// environment left it open. Returns false when a dashboard of this user
// already serves config.port: it was asked to show its window, and this
// process should exit with status 0 instead of failing on the busy port.
bool prepareDashboard(MinerConfig& config, const DashboardOptions& options);

// Builds and shows the dashboard around `service`, which is already started
// (or failed to start: service.isRunning() says which; the dashboard may offer
// to change the port and call start() again). The returned object owns every
// window; it is destroyed before the service. The event loop ends when the
// application quits (last window closed, or SIGINT/SIGTERM).
std::unique_ptr<QObject> createDashboard(MinerService& service, const DashboardOptions& options = {});

} // namespace qm::gui
