// The dashboard's side of gui/dashboard_entry.h.
#include "gui/dashboard_entry.h"

#include "gui/dashboard.h"
#include "gui/gui_settings.h"
#include "gui/icons.h"
#include "gui/resources.h"
#include "gui/single_instance.h"
#include "gui/theme.h"
#include "service/logger.h"
#include "service/translations.h"

#include <QApplication>

// Q_INIT_RESOURCE must be used outside any namespace.
static void registerGuiResources()
{
    Q_INIT_RESOURCE(gui);
}

namespace qm::gui {

void initGuiResources()
{
    static const bool once = [] {
        registerGuiResources();
        return true;
    }();
    (void)once;
}

std::unique_ptr<QCoreApplication> createApplication(int& argc, char** argv)
{
    auto app = std::make_unique<QApplication>(argc, argv);
    initGuiResources();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Quantus Miner"));
    // Matches packaging's desktop file, so Wayland and docks group the window with it.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.quantus_network.QuantusMiner"));
    QApplication::setWindowIcon(applicationIcon());
    return app;
}

bool prepareDashboard(MinerConfig& config, const DashboardOptions& options)
{
    initGuiResources();
    const GuiSettings saved = GuiSettings::load();
    installTranslations(saved.language);
    applyTheme(saved.theme);

    const QStringList applied =
        applySavedServiceSettings(saved, explicitServiceSettings(options.overrides, options.environment), config);
    if (!applied.isEmpty())
        logInfo(QStringLiteral("dashboard settings: %1").arg(applied.join(QStringLiteral(", "))));

    // The one-shot modes (README screenshot, stall measurement) run beside a
    // user's dashboard without handing over to it.
    const bool oneShot = !options.screenshotFile.isEmpty() || options.measureStallSeconds > 0;
    if (!oneShot && activateRunningInstance(config.port)) {
        logInfo(QStringLiteral("a dashboard already serves port %1 for this user: brought it to the front")
                    .arg(config.port));
        return false;
    }
    return true;
}

std::unique_ptr<QObject> createDashboard(MinerService& service, const DashboardOptions& options)
{
    initGuiResources();
    return std::make_unique<Dashboard>(service, options);
}

} // namespace qm::gui
