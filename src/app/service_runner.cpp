#include "app/service_runner.h"

#include "app/process_limits.h"
#include "app/signal_watcher.h"
#include "app/version_text.h"
#include "core/diagnostics.h"
#include "http/http_guard.h"
#include "localnode/node_rpc.h"
#include "localnode/node_supervisor.h"
#include "miner/miner_service.h"
#include "service/logger.h"

#include <QElapsedTimer>
#include <QMetaEnum>
#include <QRegularExpression>
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

namespace {

// A node line without substrate's own time and level columns: the miner's
// log has its own.
QString nodeLogText(const QString& line)
{
    static const QRegularExpression prefix(
        QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d(?:\\.\\d+)?\\s+(?:(?:ERROR|WARN|INFO|DEBUG|TRACE)\\s+)?"));
    QString text = line;
    return text.remove(prefix);
}

QString stateName(NodeSupervisor::State state)
{
    return QString::fromLatin1(QMetaEnum::fromType<NodeSupervisor::State>().valueToKey(static_cast<int>(state)))
        .toLower();
}

// The local node of a headless miner (--node-binary): its lines join the
// log, and the service mines for it while its miner server listens.
void superviseLocalNode(NodeSupervisor& node, MinerService& service)
{
    QObject::connect(&node, &NodeSupervisor::logLine, &service, [](const QString& line, LogLevel level) {
        Logger::instance().write(level, QStringLiteral("node: ") + nodeLogText(line));
    });
    QObject::connect(&node, &NodeSupervisor::stateChanged, &service, [&node](NodeSupervisor::State state) {
        const QString name = stateName(state);
        switch (state) {
        case NodeSupervisor::State::Restarting:
            logWarn(QStringLiteral("local node: %1 (%2); restart %3 in %4 s")
                        .arg(name, node.problem())
                        .arg(node.restartCount() + 1)
                        .arg((node.restartInMs() + 999) / 1000));
            break;
        case NodeSupervisor::State::Failed:
            logError(QStringLiteral("local node: %1: %2").arg(name, node.problem()));
            break;
        case NodeSupervisor::State::Starting:
            logInfo(QStringLiteral("local node: %1 (pid %2)").arg(name).arg(node.pid()));
            break;
        default:
            logInfo(QStringLiteral("local node: %1").arg(name));
        }
    });
    QObject::connect(&node, &NodeSupervisor::restarted, &service,
                     [](int count) { logWarn(QStringLiteral("local node: restarted (%1 so far)").arg(count)); });
    QObject::connect(&node, &NodeSupervisor::minerServerReady, &service, [&service](const NodeSettings& settings) {
        logInfo(QStringLiteral("local node: miner server ready at %1; mining for it").arg(settings.address()));
        service.setNode(settings);
    });
    QObject::connect(&node, &NodeSupervisor::minerServerLost, &service, [&service] { service.setNode(NodeSettings{}); });
}

} // namespace

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

    // Headless only: the dashboard runs its own node assistant.
    std::unique_ptr<NodeSupervisor> node;
    std::unique_ptr<NodeRpcMonitor> chain;
    if (c.localNode.enabled && !plan.dashboard) {
        node = std::make_unique<NodeSupervisor>();
        node->setConfig(c.localNode);
        superviseLocalNode(*node, service);
        logInfo(QStringLiteral("local node: %1 %2").arg(c.localNode.binary, c.localNode.arguments().join(u' ')));
        QString nodeError;
        if (!node->start(&nodeError)) {
            node.reset();
            service.stop();
            const QByteArray line = QStringLiteral("quantus-miner: %1\n").arg(nodeError).toLocal8Bit();
            std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stderr);
            return 2;
        }
        logInfo(QStringLiteral("local node: %1").arg(node->version()));
        // The chain as the node sees it: its chain and version once, and each
        // block mined for the rewards key, in the log (the monitor writes them).
        chain = std::make_unique<NodeRpcMonitor>();
        chain->setPort(c.localNode.rpcPort);
        chain->setRewardsInnerHash(c.localNode.rewardsInnerHash);
        chain->setMaxTipAgeMs(NodeRpcMonitor::maxTipAgeFromArguments(c.localNode.arguments()));
        chain->start();
        // A node that will not run without the user's help leaves the miner
        // nothing to do.
        QObject::connect(node.get(), &NodeSupervisor::stateChanged, &app, [](NodeSupervisor::State state) {
            if (state == NodeSupervisor::State::Failed)
                QCoreApplication::exit(1);
        });
    }
    // The miner lets go of the node first, then the node stops.
    const auto stopLocalNode = [&] {
        if (!node)
            return;
        chain.reset();
        service.setNode(NodeSettings{});
        // Past the node's SIGTERM grace (SIGKILL after it), with room to reap.
        node->stopAndWait();
    };

    SignalWatcher watcher;
    QElapsedTimer shutdownClock;
    QObject::connect(&watcher, &SignalWatcher::shutdownRequested, &app, [&](int, const QString& name) {
        shutdownClock.start();
        logInfo(QStringLiteral("%1 received: shutting down").arg(name));
        service.stop();
        stopLocalNode();
        QCoreApplication::quit();
    });

    std::unique_ptr<QObject> dashboard;
    if (plan.dashboard)
        dashboard = plan.dashboard(service);

    const int code = app.exec();
    dashboard.reset();
    service.stop();
    stopLocalNode();
    node.reset();
    // Deliver what the workers posted while stopping (the jobs' final log lines).
    QCoreApplication::sendPostedEvents();
    if (shutdownClock.isValid())
        logInfo(QStringLiteral("stopped in %1 ms").arg(shutdownClock.elapsed()));
    Logger::instance().closeFile();
    return code;
}

} // namespace qm
