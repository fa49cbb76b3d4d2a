#include "app/service_runner.h"

#include "base/logger.h"
#include "base/miner_service.h"
#include "core/diagnostics.h"
#include "app/process_limits.h"
#include "app/signal_watcher.h"
#include "base/http_guard.h"
#include "app/version_text.h"

#include <QElapsedTimer>
#include <QtGlobal>

#include <cstdio>

namespace qm {

bool displayAvailable(QString* why)
{
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    if (why)
        *why = QStringLiteral("desktop session");
    return true;
#else
    const QString platform = qEnvironmentVariable("QT_QPA_PLATFORM");
    if (!platform.isEmpty()) {
        if (why)
            *why = QStringLiteral("QT_QPA_PLATFORM=%1").arg(platform);
        return true;
    }
    const QString x11 = qEnvironmentVariable("DISPLAY");
    const QString wayland = qEnvironmentVariable("WAYLAND_DISPLAY");
    if (!wayland.isEmpty()) {
        if (why)
            *why = QStringLiteral("WAYLAND_DISPLAY=%1").arg(wayland);
        return true;
    }
    if (!x11.isEmpty()) {
        if (why)
            *why = QStringLiteral("DISPLAY=%1").arg(x11);
        return true;
    }
    if (why)
        *why = QStringLiteral("no display: DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM are unset");
    return false;
#endif
}

bool setUpLogging(const MinerConfig& config, QString* error)
{
    Logger& log = Logger::instance();
    log.setLevel(config.logLevel);
    log.installQtMessageHandler();
    // The backends' warnings (failed devices, false positives) join the log.
    setDiagnosticSink([](const std::string& message) { logWarn(QString::fromStdString(message)); });
    if (!config.logFile.isEmpty())
        return log.openFile(config.logFile, error);
    return true;
}

int runService(QCoreApplication& app, const RunPlan& plan)
{
    const MinerConfig& c = plan.config;
    logInfo(QStringLiteral("quantus-miner %1 starting (Qt %2)").arg(versionString(), QString::fromLatin1(qVersion())));
    logInfo(QStringLiteral("mode: %1").arg(plan.modeNote));
    for (const QString& w : plan.configWarnings)
        logWarn(w);
    // Before any port opens: the connection caps follow the limit in force.
    logInfo(QStringLiteral("%1; at most %2 connections per HTTP port")
                .arg(raiseDescriptorLimit())
                .arg(effectiveMaxConnections(c.maxConnections)));

    MinerService service(c);
    // An engine asked for on the command line or in the environment that
    // cannot run here stops a headless start, as a bad option does; the
    // dashboard shows the reason and mines with cpu-fast.
    if (!service.engineError().isEmpty() && !c.engineOrigin.isEmpty() && !plan.dashboard) {
        const QByteArray line =
            QStringLiteral("quantus-miner: invalid %1 '%2': %3\n").arg(c.engineOrigin, c.engine, service.engineError()).toLocal8Bit();
        std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stderr);
        return 2;
    }
    logInfo(QStringLiteral("engine: %1 (backend %2)").arg(service.jobs()->engineName(), service.jobs()->engineBackend()));
    logInfo(QStringLiteral("workers: %1 (%2)").arg(c.workers).arg(c.workersOrigin));
    logInfo(QStringLiteral("log level: %1%2")
                .arg(logLevelName(c.logLevel),
                     c.logFile.isEmpty() ? QString() : QStringLiteral(", also written to %1").arg(c.logFile)));

    QString error;
    MinerService::StartError kind = MinerService::StartError::None;
    const bool started = service.start(&error, &kind);
    if (!started && !plan.dashboard)
        return 1;

    SignalWatcher watcher;
    QElapsedTimer shutdownClock;
    QObject::connect(&watcher, &SignalWatcher::shutdownRequested, &app, [&](int, const QString& name) {
        shutdownClock.start();
        logInfo(QStringLiteral("%1 received: shutting down").arg(name));
        service.stop();
        QCoreApplication::quit();
    });

    std::unique_ptr<QObject> dashboard;
    if (plan.dashboard)
        dashboard = plan.dashboard(service);

    const int code = app.exec();
    dashboard.reset();
    service.stop();
    // Deliver what the workers posted while stopping (the jobs' final log lines).
    QCoreApplication::sendPostedEvents();
    if (shutdownClock.isValid())
        logInfo(QStringLiteral("stopped in %1 ms").arg(shutdownClock.elapsed()));
    Logger::instance().closeFile();
    return code;
}

} // namespace qm
