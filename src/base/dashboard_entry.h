// The seam between the application (src/app) and the dashboard (src/gui).
// Declared here, in the service library both link, so neither depends on the
// other; the qm_gui library defines these functions. src/app calls them only
// when the dashboard is built in, wanted (no --no-gui) and a display exists.
#pragma once

#include "miner_config.h"

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
