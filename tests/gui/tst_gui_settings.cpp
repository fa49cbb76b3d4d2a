// Dashboard settings survive a restart (QSettings "Quantus"/"Quantus Miner"),
// saved service settings yield to the command line and the environment, and
// "start on login" writes and removes the XDG autostart entry.
#include "gui/autostart.h"
#include "gui/gui_settings.h"
#include "tests/gui/gui_test_support.h"
#include "gui/single_instance.h"

#include <QFile>
#include <QTemporaryDir>
#include <QFuture>
#include <QSettings>
#include <QSignalSpy>
#include <QApplication>
#include <QTest>
#include <QThread>

#include <atomic>

using qm::gui::GuiSettings;
using qm::gui::ServiceSetting;

class GuiSettingsTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QApplication::setQuitOnLastWindowClosed(false); }

    void roundTrip()
    {
        qm::test::IsolatedConfig config;
        const GuiSettings defaults = GuiSettings::load();
        QVERIFY(!defaults.port);
        QVERIFY(!defaults.engine);
        QCOMPARE(defaults.theme, qm::gui::ThemeChoice::System);

        GuiSettings s;
        s.bindAddress = QStringLiteral("0.0.0.0");
        s.port = 9901;
        s.metricsEnabled = true;
        s.metricsPort = 9902;
        s.engine = QStringLiteral("cpu-baseline");
        s.workers = 3;
        s.language = QStringLiteral("de");
        s.theme = qm::gui::ThemeChoice::Dark;
        s.startMinimized = true;
        s.closeToTray = false;
        s.startOnLogin = true;
        s.windowGeometry = QByteArray("geometry-bytes");
        s.splitterState = QByteArray("splitter");
        s.currentTab = 2;
        s.chartWindowMs = 5 * 60'000;
        s.save();
        s.saveLayout();

        // Where the brief says: organisation Quantus, application Quantus Miner.
        QVERIFY(QFile::exists(config.path() + QStringLiteral("/Quantus/Quantus Miner.conf")));

        const GuiSettings r = GuiSettings::load();
        QCOMPARE(r.bindAddress, s.bindAddress);
        QCOMPARE(r.port, s.port);
        QCOMPARE(r.metricsEnabled, s.metricsEnabled);
        QCOMPARE(r.metricsPort, s.metricsPort);
        QCOMPARE(r.engine, s.engine);
        QCOMPARE(r.workers, s.workers);
        QCOMPARE(r.language, s.language);
        QCOMPARE(r.theme, s.theme);
        QCOMPARE(r.startMinimized, true);
        QCOMPARE(r.closeToTray, false);
        QCOMPARE(r.startOnLogin, true);
        QCOMPARE(r.windowGeometry, s.windowGeometry);
        QCOMPARE(r.splitterState, s.splitterState);
        QCOMPARE(r.currentTab, 2);
        QCOMPARE(r.chartWindowMs, s.chartWindowMs);

        // Saving the preferences leaves the stored layout alone.
        GuiSettings preferencesOnly = r;
        preferencesOnly.windowGeometry.clear();
        preferencesOnly.workers = 5;
        preferencesOnly.save();
        QCOMPARE(GuiSettings::load().windowGeometry, s.windowGeometry);
        QCOMPARE(GuiSettings::load().workers, std::optional<int>(5));

        // Values a hand-edited file can hold that the miner cannot use are ignored.
        {
            auto raw = qm::gui::openSettings();
            raw->setValue(QStringLiteral("service/engine"), QStringLiteral("quantum-annealer"));
            raw->setValue(QStringLiteral("service/port"), 70000);
            raw->setValue(QStringLiteral("service/bindAddress"), QStringLiteral("not-an-address"));
        }
        const GuiSettings bad = GuiSettings::load();
        QVERIFY(!bad.engine);
        QVERIFY(!bad.port);
        QVERIFY(!bad.bindAddress);
    }

    void commandLineWins()
    {
        GuiSettings saved;
        saved.bindAddress = QStringLiteral("0.0.0.0");
        saved.port = 9901;
        saved.engine = QStringLiteral("cpu-baseline");
        saved.workers = 64;

        qm::ConfigOverrides cli;
        cli.port = QStringLiteral("9950");
        const qm::EnvLookup env = [](const char* name) -> std::optional<QString> {
            if (qstrcmp(name, qm::kEnvEngine) == 0)
                return QStringLiteral("cpu-fast");
            return std::nullopt;
        };
        const QSet<ServiceSetting> given = qm::gui::explicitServiceSettings(cli, env);
        QCOMPARE(given, (QSet<ServiceSetting>{ServiceSetting::Port, ServiceSetting::Engine}));

        qm::MinerConfig config;
        config.port = 9950;
        config.engine = QStringLiteral("cpu-fast");
        config.cpus.count = 4;
        qm::gui::applySavedServiceSettings(saved, given, config);
        QCOMPARE(config.port, quint16(9950));                    // command line
        QCOMPARE(config.engine, QStringLiteral("cpu-fast"));     // environment
        QCOMPARE(config.bindAddress, QStringLiteral("0.0.0.0")); // saved
        QCOMPARE(config.workers, 4);                             // saved, clamped to the CPUs
        QVERIFY(!config.metricsEnabled);                         // never saved: untouched
    }

    void nodeSettingsAreSavedAsPathsOnly()
    {
        qm::test::IsolatedConfig config;
        QTemporaryDir nodeDir;
        const QByteArray token = "a-secret-token-4f1c";
        {
            QFile f(nodeDir.filePath(QStringLiteral("miner-auth-token")));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(token + "\n");
            QFile p(nodeDir.filePath(QStringLiteral("miner-tls-cert-sha256")));
            QVERIFY(p.open(QIODevice::WriteOnly));
            p.write(QByteArray(64, 'c'));
        }
        GuiSettings s;
        s.nodeEnabled = true;
        s.node.address = QStringLiteral("127.0.0.1:9833");
        s.node.nodeDir = nodeDir.path();
        s.save();
        const GuiSettings r = GuiSettings::load();
        QCOMPARE(r.nodeEnabled, std::optional<bool>(true));
        QCOMPARE(r.node, s.node);

        // Applied at start: the token comes from the node's file, and the
        // settings file holds the path, never the token.
        qm::MinerConfig applied;
        const QStringList log = qm::gui::applySavedServiceSettings(r, {}, applied);
        QVERIFY(applied.node.enabled);
        QVERIFY(applied.node.problem.isEmpty());
        QCOMPARE(applied.node.token, token);
        QVERIFY(log.join(' ').contains(QStringLiteral("node 127.0.0.1:9833")));
        QFile file(qm::gui::openSettings()->fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray stored = file.readAll();
        QVERIFY(stored.contains(nodeDir.path().toUtf8()));
        QVERIFY(!stored.contains(token));
        QVERIFY(!log.join(' ').contains(QString::fromUtf8(token)));

        // A node option on the command line or in the environment wins.
        qm::ConfigOverrides cli;
        const qm::EnvLookup env = [](const char* name) -> std::optional<QString> {
            if (qstrcmp(name, qm::kEnvNodeAddr) == 0)
                return QStringLiteral("10.0.0.2:9833");
            return std::nullopt;
        };
        const QSet<ServiceSetting> given = qm::gui::explicitServiceSettings(cli, env);
        QCOMPARE(given, QSet<ServiceSetting>{ServiceSetting::Node});
        qm::MinerConfig fromEnv;
        fromEnv.node.enabled = true;
        fromEnv.node.host = QStringLiteral("10.0.0.2");
        qm::gui::applySavedServiceSettings(r, given, fromEnv);
        QCOMPARE(fromEnv.node.host, QStringLiteral("10.0.0.2"));

        // The node's folder gone: applied with the reason, for the window.
        GuiSettings gone = r;
        gone.node.nodeDir = nodeDir.filePath(QStringLiteral("gone"));
        qm::MinerConfig broken;
        qm::gui::applySavedServiceSettings(gone, {}, broken);
        QVERIFY(broken.node.enabled);
        QVERIFY2(broken.node.problem.contains(QStringLiteral("no such directory")), qPrintable(broken.node.problem));
        QCOMPARE(broken.node.address(), QStringLiteral("127.0.0.1:9833"));

        // Switched off in the dashboard: no node, the paths kept for later.
        GuiSettings off = r;
        off.nodeEnabled = false;
        off.save();
        QCOMPARE(GuiSettings::load().node.nodeDir, nodeDir.path());
        qm::MinerConfig none;
        none.node.enabled = true;
        qm::gui::applySavedServiceSettings(GuiSettings::load(), {}, none);
        QVERIFY(!none.node.enabled);
    }

    // The backup nodes: an array beside the node's keys, paths only, in
    // order; applied with the node (a gone folder as that node's problem);
    // nodes from the command line or MINER_NODES win with their own backups.
    void backupNodesRoundTrip()
    {
        qm::test::IsolatedConfig config;
        QTemporaryDir nodeDir;
        const QByteArray token = "backup-secret-7d2e";
        for (const auto& [name, bytes] : {std::pair{"miner-auth-token", token + "\n"},
                                          std::pair{"miner-tls-cert-sha256", QByteArray(64, 'd')}}) {
            QFile f(nodeDir.filePath(QString::fromLatin1(name)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        }
        GuiSettings s;
        s.nodeEnabled = true;
        s.node = {QStringLiteral("127.0.0.1:9833"), nodeDir.path(), {}, {}};
        s.backupNodes = {{QStringLiteral("10.0.0.5:9833"), nodeDir.path(), {}, {}},
                         {QStringLiteral("[::1]:9834"), {}, nodeDir.filePath(QStringLiteral("miner-auth-token")),
                          nodeDir.filePath(QStringLiteral("miner-tls-cert-sha256"))}};
        s.save();
        GuiSettings r = GuiSettings::load();
        QCOMPARE(r.backupNodes.size(), 2);
        QCOMPARE(r.backupNodes, s.backupNodes);
        {
            const auto raw = qm::gui::openSettings();
            QCOMPARE(raw->value(QStringLiteral("node/backups/size")).toInt(), 2);
            QCOMPARE(raw->value(QStringLiteral("node/backups/2/address")).toString(), QStringLiteral("[::1]:9834"));
        }
        QFile file(qm::gui::openSettings()->fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(token));

        qm::MinerConfig applied;
        const QStringList log = qm::gui::applySavedServiceSettings(r, {}, applied);
        QCOMPARE(applied.fallbackNodes.size(), 2);
        QCOMPARE(applied.fallbackNodes[0].address(), QStringLiteral("10.0.0.5:9833"));
        QCOMPARE(applied.fallbackNodes[1].address(), QStringLiteral("[::1]:9834"));
        QCOMPARE(applied.fallbackNodes[1].token, token);
        QVERIFY(applied.fallbackNodes[0].problem.isEmpty());
        QVERIFY(log.join(' ').contains(QStringLiteral("backup node 10.0.0.5:9833")));
        QVERIFY(!log.join(' ').contains(QString::fromUtf8(token)));

        // A shorter list leaves no stale entry behind.
        r.backupNodes.removeFirst();
        r.save();
        QCOMPARE(GuiSettings::load().backupNodes, r.backupNodes);
        QCOMPARE(qm::gui::openSettings()->value(QStringLiteral("node/backups/size")).toInt(), 1);

        // A backup's folder gone: kept, with the reason.
        GuiSettings gone = s;
        gone.backupNodes[0].nodeDir = nodeDir.filePath(QStringLiteral("gone"));
        qm::MinerConfig broken;
        qm::gui::applySavedServiceSettings(gone, {}, broken);
        QCOMPARE(broken.fallbackNodes.size(), 2);
        QVERIFY2(broken.fallbackNodes[0].problem.contains(QStringLiteral("no such directory")),
                 qPrintable(broken.fallbackNodes[0].problem));

        // The node switched off: no backups either.
        GuiSettings off = s;
        off.nodeEnabled = false;
        qm::MinerConfig none;
        none.fallbackNodes = {qm::NodeSettings{}};
        qm::gui::applySavedServiceSettings(off, {}, none);
        QVERIFY(none.fallbackNodes.isEmpty());

        // --node or MINER_NODES alone counts as the node given for this run:
        // its nodes stay, nothing saved is mixed in.
        qm::ConfigOverrides cli;
        cli.node.nodes = QStringList{QStringLiteral("10.0.0.9:9833,dir=/x")};
        QCOMPARE(qm::gui::explicitServiceSettings(cli, {}), QSet<ServiceSetting>{ServiceSetting::Node});
        const qm::EnvLookup env = [](const char* name) -> std::optional<QString> {
            if (qstrcmp(name, qm::kEnvNodes) == 0)
                return QStringLiteral("10.0.0.9:9833,dir=/x");
            return std::nullopt;
        };
        const QSet<ServiceSetting> given = qm::gui::explicitServiceSettings({}, env);
        QCOMPARE(given, QSet<ServiceSetting>{ServiceSetting::Node});
        qm::MinerConfig fromCli;
        fromCli.node.enabled = true;
        fromCli.node.host = QStringLiteral("10.0.0.9");
        qm::gui::applySavedServiceSettings(s, given, fromCli);
        QCOMPARE(fromCli.node.host, QStringLiteral("10.0.0.9"));
        QVERIFY(fromCli.fallbackNodes.isEmpty());
    }

    void startOnLogin()
    {
        qm::test::IsolatedConfig config;
        const QString path = qm::gui::autostartFilePath();
        QVERIFY(path.startsWith(config.path()));
        QVERIFY(path.endsWith(QStringLiteral("/autostart/quantus-miner.desktop")));
        QVERIFY(!qm::gui::isStartOnLoginEnabled());

        QString error;
        QVERIFY2(qm::gui::setStartOnLogin(true, &error), qPrintable(error));
        QVERIFY(qm::gui::isStartOnLoginEnabled());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY(text.startsWith(QStringLiteral("[Desktop Entry]\n")));
        QVERIFY(text.contains(QStringLiteral("Type=Application\n")));
        QVERIFY(text.contains(QStringLiteral("Exec=\"%1\"\n").arg(QCoreApplication::applicationFilePath())));

        QVERIFY(qm::gui::setStartOnLogin(false, &error));
        QVERIFY(!QFile::exists(path));
        QVERIFY(qm::gui::setStartOnLogin(false, &error));
    }

    void autostartQuoting()
    {
        const QString entry = qm::gui::autostartEntry(QStringLiteral("/opt/my \"miner\"/$bin 100%"));
        QVERIFY2(entry.contains(QStringLiteral("Exec=\"/opt/my \\\\\"miner\\\\\"/\\\\$bin 100%%\"\n")), qPrintable(entry));
    }

    void secondInstanceIsShown()
    {
        const quint16 port = qm::test::freePort();
        qm::gui::SingleInstanceServer server;
        QVERIFY(server.listen(port));
        QSignalSpy shown(&server, &qm::gui::SingleInstanceServer::showRequested);

        // The second start asks from its own process; here, its own thread,
        // while this one's event loop answers.
        std::atomic<int> answer{-1};
        QThread* second = QThread::create([&] { answer = qm::gui::activateRunningInstance(port, 5000) ? 1 : 0; });
        second->start();
        QTRY_VERIFY_WITH_TIMEOUT(answer.load() != -1, 10000);
        second->wait();
        delete second;
        QCOMPARE(answer.load(), 1);
        QCOMPARE(shown.count(), 1);

        // Another port, or nobody listening: nothing to hand over to.
        QVERIFY(!qm::gui::activateRunningInstance(qm::test::freePort(), 300));
        server.close();
        QVERIFY(!qm::gui::activateRunningInstance(port, 300));
        // A second server for the same port is refused while the first lives.
        QVERIFY(server.listen(port));
        qm::gui::SingleInstanceServer other;
        QVERIFY(!other.listen(port));
    }
};

QTEST_MAIN(GuiSettingsTest)
#include "tst_gui_settings.moc"
