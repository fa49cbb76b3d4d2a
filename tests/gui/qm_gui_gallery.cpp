// Renders the dashboard as a user sees it, for looking at rather than for
// asserting: the window on each tab with live jobs, the error banner, the
// settings and about dialogs, in the light and the dark palette. Run it under
// a virtual display, once as is and once with QT_SCALE_FACTOR=2:
//   xvfb-run -s "-screen 0 2624x1504x24" build/tests/gui/qm_gui_gallery /tmp/gallery
// --lang CODE (first) renders it in that language (scripts/screenshot-languages.sh).
#include "gui/about_dialog.h"
#include "gui/gui_settings.h"
#include "gui/main_window.h"
#include "gui/settings_dialog.h"
#include "gui/theme.h"
#include "miner/miner_service.h"
#include "service/translations.h"
#include "tests/gui/gui_test_support.h"

#include <QApplication>
#include <QDir>
#include <QHostAddress>
#include <QTabWidget>
#include <QTcpServer>
#include <QTest>

#include <cstdio>
#include <cstring>

namespace {

void save(QWidget* w, const QString& dir, const QString& name)
{
    QApplication::processEvents();
    QTest::qWait(150);
    const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
    w->grab().save(path);
    std::printf("%s %dx%d\n", qPrintable(path), w->grab().width(), w->grab().height());
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setQuitOnLastWindowClosed(false);
    if (argc > 2 && std::strcmp(argv[1], "--lang") == 0) {
        const QString asked = QString::fromLocal8Bit(argv[2]);
        if (qm::installTranslations(asked) != asked) {
            std::fprintf(stderr, "no translation for %s\n", argv[2]);
            return 2;
        }
        argc -= 2;
        argv += 2;
    }
    if (argc < 2) {
        std::fprintf(stderr, "usage: qm_gui_gallery [--lang CODE] OUTPUT_DIR [SECONDS_OF_MINING]\n");
        return 2;
    }
    const QString out = QString::fromLocal8Bit(argv[1]);
    const int seconds = argc > 2 ? std::atoi(argv[2]) : 12;
    QDir().mkpath(out);
    qm::test::IsolatedConfig config;

    qm::MinerConfig c = qm::test::serviceConfig();
    c.workers = 2;
    qm::MinerService service(c);
    QString error;
    if (!service.start(&error)) {
        std::fprintf(stderr, "start: %s\n", qPrintable(error));
        return 1;
    }
    qm::gui::MainWindow window(service, qm::gui::GuiSettings::load(), {});
    window.resize(1280, 720);
    window.show();
    (void)QTest::qWaitForWindowExposed(&window);

    qm::JobManager* jobs = service.jobs();
    qm::JobRequest easy = qm::test::easyJob(QStringLiteral("3f2a9c41-7d0e-4b8a-9f61-2c5d8e7a1b90"));
    easy.difficulty = qm::U512::fromU64(200'000);
    easy.nonceEnd = qm::U512::max();
    jobs->addJob(easy);
    jobs->addJob(qm::test::failingJob(QStringLiteral("a81c07d2-55e3-4f19-8b2e-96d4c3f0e7a5")));
    QTest::qWait(1500);
    jobs->addJob(qm::test::hardJob(QStringLiteral("5e90b6f3-1a27-4c8d-a3f4-0b7e2d9c6f18")));
    QTest::qWait(1000);
    jobs->cancel(QStringLiteral("5e90b6f3-1a27-4c8d-a3f4-0b7e2d9c6f18"));
    jobs->addJob(qm::test::hardJob(QStringLiteral("c47d2e18-9b3f-4a60-8e15-7f2a0d6b3c94")));
    QTest::qWait(seconds * 1000);

    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("tabs"));
    for (const auto& [theme, name] : {std::pair{qm::gui::ThemeChoice::Light, "light"},
                                      std::pair{qm::gui::ThemeChoice::Dark, "dark"}}) {
        qm::gui::applyTheme(theme);
        const QString t = QString::fromLatin1(name);
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            save(&window, out, QStringLiteral("main-%1-tab%2").arg(t).arg(i));
        }
        tabs->setCurrentIndex(0);

        // The node group as a home miner fills it in.
        qm::gui::SettingsDialog::Values values = window.currentSettingsValues();
        values.nodeEnabled = true;
        values.node.address = QStringLiteral("127.0.0.1:9833");
        values.node.nodeDir = QDir::home().filePath(QStringLiteral(".local/share/quantus-node/chains/dirac"));
        qm::gui::SettingsDialog settings(values, true, {qm::gui::ServiceSetting::Port}, &window);
        settings.show();
        save(&settings, out, QStringLiteral("settings-%1").arg(t));
        settings.hide();

        qm::gui::AboutDialog about(&window);
        about.show();
        save(&about, out, QStringLiteral("about-%1").arg(t));
        about.hide();
    }

    // The error banner: the port is taken by someone else.
    qm::gui::applyTheme(qm::gui::ThemeChoice::Light);
    const quint16 port = service.apiPort();
    window.stopService();
    QTcpServer squatter;
    squatter.listen(QHostAddress::LocalHost, port);
    qm::MinerConfig again = service.config();
    again.port = port;
    service.setConfig(again, &error);
    window.startService();
    save(&window, out, QStringLiteral("main-light-error"));
    return 0;
}
