// quantus-miner: the command line decides what runs (service, hash,
// benchmark), and whether the service gets the dashboard or runs headless.
#include "app/app_options.h"
#include "app/benchmark_command.h"
#include "app/environment.h"
#include "app/hash_command.h"
#include "app/health_command.h"
#include "app/node_install_command.h"
#include "app/service_runner.h"
#include "app/version_text.h"
#include "service/logger.h"
#include "service/translations.h"

#if QM_HAVE_DASHBOARD
#include "gui/dashboard_entry.h"
#endif

#include <QCoreApplication>

#include <csignal>
#include <cstdio>

namespace {

void print(std::FILE* to, const QString& text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), to);
    std::fflush(to);
}

int usageError(const QString& message)
{
    print(stderr, QStringLiteral("quantus-miner: %1\n").arg(message));
    return 2;
}

QStringList argumentList(int argc, char** argv)
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    return args;
}

} // namespace

int main(int argc, char** argv)
{
    // A closed stderr pipe (a log collector gone, `quantus-miner | head`) must
    // fail writes, not kill the miner.
    std::signal(SIGPIPE, SIG_IGN);
    const QStringList arguments = argumentList(argc, argv);
    const qm::AppOptions options = qm::parseAppOptions(arguments);
    if (!options.error.isEmpty() || options.command == qm::AppOptions::Command::Help) {
        // Help and usage errors speak the user's language (--lang, else the
        // system's); translators need an application object, and the message
        // is made again once they are installed.
        QCoreApplication app(argc, argv);
        qm::installTranslations(qm::languageOption(arguments).value_or(QString()));
        if (!options.error.isEmpty())
            return usageError(qm::parseAppOptions(arguments).error);
        print(stdout, qm::helpText());
        return 0;
    }

    switch (options.command) {
    case qm::AppOptions::Command::Help: // answered above
        break;
    case qm::AppOptions::Command::Version: {
        // The environment's backend settings show in the paths listed; a
        // setting that does not parse leaves the defaults.
        const qm::ConfigResult r = qm::resolveConfig({}, qm::processEnvironment(), qm::detectEffectiveCpus());
        print(stdout, qm::versionText(r.config ? r.config->backends : qm::BackendOptions{}));
        return 0;
    }
    case qm::AppOptions::Command::Hash: {
        const qm::HashCommandResult r = qm::runHashCommand(options.pow, options.miningHash, options.nonce, options.difficulty);
        if (r.exitCode != 0) {
            print(stderr, r.err + QLatin1Char('\n'));
            return r.exitCode;
        }
        print(stdout, r.out);
        return 0;
    }
    case qm::AppOptions::Command::Health: {
        const qm::ConfigResult r =
            qm::resolveConfig(options.overrides, qm::processEnvironment(), qm::detectEffectiveCpus());
        if (!r.config)
            return usageError(r.error);
        QCoreApplication app(argc, argv);
        const qm::HealthCommandResult health = qm::runHealthCommand(*r.config);
        print(health.exitCode == 0 ? stdout : stderr, health.message + QLatin1Char('\n'));
        return health.exitCode;
    }
    case qm::AppOptions::Command::NodeInstall: {
        QCoreApplication app(argc, argv);
        // The same <app data> folder the dashboard's assistant uses.
        QCoreApplication::setApplicationName(QStringLiteral("quantus-miner"));
        qm::NodeInstallOptions install;
        install.manifest = options.nodeManifest;
        install.dir = options.nodeDir;
        install.dryRun = options.dryRun;
        return qm::runNodeInstallCommand(install, stdout, stderr);
    }
    case qm::AppOptions::Command::Benchmark:
    case qm::AppOptions::Command::Run:
        break;
    }

    const qm::ConfigResult resolved =
        qm::resolveConfig(options.overrides, qm::processEnvironment(), qm::detectEffectiveCpus());
    if (!resolved.config)
        return usageError(resolved.error);
    qm::MinerConfig config = *resolved.config;

    if (options.command == qm::AppOptions::Command::Benchmark) {
        QCoreApplication app(argc, argv);
        // The report goes to stdout; the log only speaks up for problems
        // unless asked for more.
        if (!options.overrides.logLevel && !qEnvironmentVariableIsSet(qm::kEnvLog))
            config.logLevel = qm::LogLevel::Warn;
        QString error;
        if (!qm::setUpLogging(config, &error))
            return usageError(error);
        for (const QString& w : resolved.warnings)
            qm::logWarn(w);
        const std::optional<qm::BenchmarkReport> report =
            qm::runServiceBenchmark(config, options.pow, options.durationSeconds, &error);
        if (!report)
            return usageError(error);
        print(stdout, QString::fromStdString(options.json ? report->toJson() + "\n" : report->toText()));
        return 0;
    }

    // Service: the dashboard when it is built in, wanted and a display exists.
    qm::RunPlan plan;
    plan.config = config;
    plan.configWarnings = resolved.warnings;
    QString display;
    const bool hasDisplay = qm::displayAvailable(&display);
    [[maybe_unused]] bool dashboard = false;
    if (options.noGui) {
        plan.modeNote = QStringLiteral("headless (--no-gui)");
    } else if (!QM_HAVE_DASHBOARD) {
        plan.modeNote = QStringLiteral("headless (this build has no dashboard)");
    } else if (!hasDisplay) {
        plan.modeNote = QStringLiteral("headless (%1)").arg(display);
    } else {
        plan.modeNote = QStringLiteral("dashboard (%1)").arg(display);
        dashboard = true;
    }

    if (!dashboard && (!options.screenshotFile.isEmpty() || options.measureStallSeconds > 0))
        return usageError(QStringLiteral("--screenshot and --measure-stall need the dashboard: %1").arg(plan.modeNote));

    std::unique_ptr<QCoreApplication> app;
#if QM_HAVE_DASHBOARD
    if (dashboard)
        app = qm::gui::createApplication(argc, argv);
#endif
    if (!app)
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("quantus-miner"));
    QCoreApplication::setApplicationVersion(qm::versionString());

    QString error;
    if (!qm::setUpLogging(config, &error))
        return usageError(error);

#if QM_HAVE_DASHBOARD
    if (dashboard) {
        qm::gui::DashboardOptions dashboardOptions;
        dashboardOptions.overrides = options.overrides;
        dashboardOptions.environment = qm::processEnvironment();
        dashboardOptions.screenshotFile = options.screenshotFile;
        dashboardOptions.screenshotDelaySeconds = options.screenshotDelaySeconds;
        dashboardOptions.measureStallSeconds = options.measureStallSeconds;
        // Saved dashboard settings fill in what the command line and the
        // environment left open; a dashboard already on this port is shown instead.
        if (!qm::gui::prepareDashboard(plan.config, dashboardOptions))
            return 0;
        plan.dashboard = [dashboardOptions](qm::MinerService& service) {
            return qm::gui::createDashboard(service, dashboardOptions);
        };
    }
#endif
    // --lang wins over the dashboard's saved language and the system's.
    if (options.language) {
        const QString inEffect = qm::installTranslations(*options.language);
        const QString asked = options.language->toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
        if (!asked.startsWith(inEffect.toLower()))
            qm::logWarn(QStringLiteral("language '%1' is not available (choose one of %2); using %3")
                            .arg(*options.language, qm::availableLanguages().join(QStringLiteral(", ")), inEffect));
    }
    return qm::runService(*app, plan);
}
