// The main window on a real service: it opens and closes cleanly without a
// display server, its controls reach the service (workers, engine, start and
// stop, settings), stopping frees the port and starting binds it again, a job
// posted over HTTP appears in the table and completes, and the chart receives
// the hash rate samples.
#include "cuda/cuda_devices.h"
#include "gui/dashboard.h"
#include "gui/dashboard_entry.h"
#include "gui/backup_node_dialog.h"
#include "gui/gui_settings.h"
#include "gui/main_window.h"
#include "gui/models/job_table_model.h"
#include "gui/stall_monitor.h"
#include "gui/widgets/hashrate_chart.h"
#include "gui/widgets/system_panel.h"
#include "gui/wizard/node_wizard.h"
#include "miner/miner_service.h"
#include "tests/gui/gui_test_support.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QTemporaryDir>
#include <QLabel>
#include <QFrame>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTcpServer>
#include <QApplication>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QCloseEvent>
#include <QSpontaneKeyEvent>

using qm::MinerService;
using qm::gui::GuiSettings;
using qm::gui::MainWindow;

class MainWindowTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QApplication::setQuitOnLastWindowClosed(false); }

    void init() { m_config = std::make_unique<qm::test::IsolatedConfig>(); }
    void cleanup() { m_config.reset(); }

    void opensAndClosesCleanly()
    {
        MinerService service(qm::test::serviceConfig());
        QString error;
        QVERIFY2(service.start(&error), qPrintable(error));
        {
            MainWindow window(service, GuiSettings::load(), {});
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(window.serviceStateText().contains(QString::number(service.apiPort())));
            QVERIFY(window.close());
        }
        // The whole dashboard through the seam, as main() builds it.
        std::unique_ptr<QObject> dashboard = qm::gui::createDashboard(service);
        auto* d = qobject_cast<qm::gui::Dashboard*>(dashboard.get());
        QVERIFY(d);
        QVERIFY(QTest::qWaitForWindowExposed(d->window()));
        // A first run with no node to mine for opens the node assistant.
        QTRY_VERIFY(d->window()->findChild<qm::gui::NodeWizard*>() != nullptr);
        // No tray on the offscreen platform: closing closes.
        QVERIFY(!d->window()->trayAvailable());
        dashboard.reset();
        QVERIFY(service.isRunning());
        service.stop();
        // The layout was saved on close.
        QVERIFY(!GuiSettings::load().windowGeometry.isEmpty());
    }

    void closeGoesToTrayOnlyWhenTheUserCloses()
    {
        // Hands a close event to the window as the event loop would, keeping
        // its spontaneous flag (sendEvent would clear it).
        struct Window : MainWindow {
            using MainWindow::MainWindow;
            void deliver(QCloseEvent* event) { closeEvent(event); }
        };
        MinerService service(qm::test::serviceConfig());
        Window window(service, GuiSettings::load(), {});
        window.setTrayAvailable(true);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy toTray(&window, &MainWindow::hiddenToTray);

        // The window manager's close button (a spontaneous close event):
        // hidden, still mining.
        QCloseEvent userClose;
        QSpontaneKeyEvent::setSpontaneous(&userClose);
        window.deliver(&userClose);
        QVERIFY(!userClose.isAccepted());
        QVERIFY(!window.isVisible());
        QCOMPARE(toTray.count(), 1);

        // A close from the program (as when the application quits on
        // SIGTERM) is not refused, or the quit would be cancelled.
        window.show();
        QVERIFY(window.close());
        QCOMPARE(toTray.count(), 1);
    }

    void workersAndEngineReachTheService()
    {
        MinerService service(qm::test::serviceConfig());
        MainWindow window(service, GuiSettings::load(), {});
        window.show();

        auto* spin = window.findChild<QSpinBox*>(QStringLiteral("workersSpin"));
        QVERIFY(spin);
        QCOMPARE(spin->value(), 1);
        QSignalSpy workersChanged(service.jobs(), &qm::JobManager::workersChanged);
        spin->setValue(2);
        QCOMPARE(service.jobs()->workers(), 2);
        QCOMPARE(workersChanged.count(), 1);
        QCOMPARE(GuiSettings::load().workers, std::optional<int>(2));
        // And back from the service to the control.
        service.setWorkers(1);
        QCOMPARE(spin->value(), 1);

        auto* combo = window.findChild<QComboBox*>(QStringLiteral("engineCombo"));
        QVERIFY(combo);
        QCOMPARE(combo->currentData().toString(), QStringLiteral("cpu-fast"));
        const int baseline = combo->findData(QStringLiteral("cpu-baseline"));
        QVERIFY(baseline >= 0);
        emit combo->activated(baseline);
        QCOMPARE(service.jobs()->engineName(), QStringLiteral("cpu-baseline"));
        QCOMPARE(GuiSettings::load().engine, std::optional<QString>(QStringLiteral("cpu-baseline")));
        window.chooseEngine(QStringLiteral("cpu-fast"));
        QCOMPARE(service.jobs()->engineName(), QStringLiteral("cpu-fast"));
        QCOMPARE(combo->currentData().toString(), QStringLiteral("cpu-fast"));

        // gpu-cuda is greyed out with the reason when this machine cannot run it.
        const qm::gpu::CudaInventory cuda = qm::gpu::queryCudaDevices();
        const bool cudaUsable = cuda.available;
        const std::string why = cuda.reason.empty() ? std::string("no CUDA support in this build") : cuda.reason;
        const int gpu = combo->findData(QStringLiteral("gpu-cuda"));
        QVERIFY(gpu >= 0);
        const auto* model = combo->model();
        QTRY_VERIFY(!model->index(gpu, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Checking")));
        const bool enabled = model->flags(model->index(gpu, 0)) & Qt::ItemIsEnabled;
        QCOMPARE(enabled, cudaUsable);
        if (!cudaUsable) {
            QVERIFY(model->index(gpu, 0).data(Qt::ToolTipRole).toString().contains(QString::fromStdString(why)));
            QVERIFY(window.systemPanel()->gpuText().startsWith(QStringLiteral("gpu-cuda unavailable: ")));
        }
    }

    void stopFreesPortAndStartRebinds()
    {
        MinerService service(qm::test::serviceConfig());
        QString error;
        QVERIFY2(service.start(&error), qPrintable(error));
        const quint16 port = service.apiPort();
        MainWindow window(service, GuiSettings::load(), {});
        window.show();
        auto* button = window.findChild<QPushButton*>(QStringLiteral("startStopButton"));
        QVERIFY(button);

        QSignalSpy state(&window, &MainWindow::serviceStateChanged);
        button->click();
        QVERIFY(!service.isRunning());
        QCOMPARE(window.serviceStateText(), QStringLiteral("Stopped"));
        {
            QTcpServer probe;
            QVERIFY2(probe.listen(QHostAddress::LocalHost, port), qPrintable(probe.errorString()));
        }

        // Start again on the same port.
        qm::MinerConfig config = service.config();
        config.port = port;
        QVERIFY(service.setConfig(config, &error));
        button->click();
        QVERIFY(service.isRunning());
        QCOMPARE(service.apiPort(), port);
        QVERIFY(window.serviceStateText().contains(QStringLiteral("127.0.0.1:%1").arg(port)));
        QVERIFY(state.count() >= 2);

        // A busy port: the error is shown with its reason, and retried on request.
        window.stopService();
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost, port));
        window.startService();
        QVERIFY(!service.isRunning());
        QVERIFY(!window.lastStartError().isEmpty());
        QVERIFY(window.serviceStateText().startsWith(QStringLiteral("Error")));
        auto* banner = window.findChild<QFrame*>(QStringLiteral("errorBanner"));
        QVERIFY(banner && banner->isVisible());
        squatter.close();
        window.findChild<QPushButton*>(QStringLiteral("errorRetryButton"))->click();
        QVERIFY(service.isRunning());
        QVERIFY(!banner->isVisible());
    }

    void settingsMoveTheService()
    {
        MinerService service(qm::test::serviceConfig());
        QString error;
        QVERIFY2(service.start(&error), qPrintable(error));
        MainWindow window(service, GuiSettings::load(), {});

        qm::gui::SettingsDialog::Values v = window.currentSettingsValues();
        const quint16 newPort = qm::test::freePort();
        v.port = newPort;
        v.startMinimized = true;
        window.applySettings(v);
        QVERIFY(service.isRunning());
        QCOMPARE(service.apiPort(), newPort);
        QTcpServer probe;
        QVERIFY(!probe.listen(QHostAddress::LocalHost, newPort));

        const GuiSettings saved = GuiSettings::load();
        QCOMPARE(saved.port, std::optional<quint16>(newPort));
        QCOMPARE(saved.startMinimized, true);
        // Settings the user did not touch are not pinned.
        QVERIFY(!saved.bindAddress);
        QVERIFY(!saved.metricsEnabled);
    }

    // The settings dialog's backup nodes: they round trip in order, one is
    // added, moved and removed through the buttons and its editor, a bad one
    // is refused with its reason (and the dialog stays open), and applying
    // hands the service the node and its backups, saved as paths.
    void settingsBackupNodes()
    {
        QTemporaryDir nodeDir;
        for (const char* name : {"miner-auth-token", "miner-tls-cert-sha256"}) {
            QFile f(nodeDir.filePath(QString::fromLatin1(name)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(qstrcmp(name, "miner-auth-token") == 0 ? QByteArray("t0ken\n") : QByteArray(64, 'e'));
        }
        const QString dir = nodeDir.path();
        const qm::NodeSource b1{QStringLiteral("127.0.0.1:19834"), dir, {}, {}};
        const qm::NodeSource b2{QStringLiteral("127.0.0.1:19835"), {}, nodeDir.filePath(QStringLiteral("miner-auth-token")),
                                nodeDir.filePath(QStringLiteral("miner-tls-cert-sha256"))};
        qm::gui::SettingsDialog::Values v;
        v.nodeEnabled = true;
        v.node = {QStringLiteral("127.0.0.1:19833"), dir, {}, {}};
        v.backupNodes = {b1, b2};
        {
            qm::gui::SettingsDialog dialog(v, false, {});
            QCOMPARE(dialog.values().backupNodes, v.backupNodes);
            auto* list = dialog.findChild<QListWidget*>(QStringLiteral("backupList"));
            QVERIFY(list);
            QCOMPARE(list->count(), 2);
            QVERIFY(list->item(0)->text().contains(QStringLiteral("127.0.0.1:19834")));

            // Add: a bad address first (refused in the editor), then a good one.
            dialog.findChild<QPushButton*>(QStringLiteral("backupAddButton"))->click();
            QPointer<qm::gui::BackupNodeDialog> editor = dialog.findChild<qm::gui::BackupNodeDialog*>();
            QVERIFY(editor);
            auto* address = editor->findChild<QLineEdit*>(QStringLiteral("nodeAddressEdit"));
            address->setText(QStringLiteral("no-port-here"));
            editor->findChild<QLineEdit*>(QStringLiteral("nodeDirEdit"))->setText(dir);
            editor->accept();
            QVERIFY(editor->isVisible());
            auto* error = editor->findChild<QLabel*>(QStringLiteral("errorLabel"));
            QVERIFY2(error->text().contains(QStringLiteral("no-port-here")), qPrintable(error->text()));
            // The first node's address again: the miner would refuse it twice.
            address->setText(QStringLiteral("127.0.0.1:19833"));
            editor->accept();
            QVERIFY(editor->isVisible());
            QVERIFY2(error->text().contains(QStringLiteral("already")), qPrintable(error->text()));
            address->setText(QStringLiteral("127.0.0.1:19836"));
            editor->accept();
            QVERIFY(!editor->isVisible());
            QCOMPARE(list->count(), 3);
            QCOMPARE(dialog.values().backupNodes.last().address, QStringLiteral("127.0.0.1:19836"));

            // The new one moved first, the old first removed.
            QCOMPARE(list->currentRow(), 2);
            dialog.findChild<QPushButton*>(QStringLiteral("backupUpButton"))->click();
            dialog.findChild<QPushButton*>(QStringLiteral("backupUpButton"))->click();
            QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("backupUpButton"))->isEnabled());
            list->setCurrentRow(1);
            dialog.findChild<QPushButton*>(QStringLiteral("backupRemoveButton"))->click();
            const QList<qm::NodeSource> now = dialog.values().backupNodes;
            QCOMPARE(now.size(), 2);
            QCOMPARE(now[0].address, QStringLiteral("127.0.0.1:19836"));
            QCOMPARE(now[1], b2);
        }
        {
            // A backup whose folder has no token file, switched on here: OK
            // is refused with a line naming the entry.
            qm::gui::SettingsDialog::Values bad = v;
            bad.nodeEnabled = false;
            bad.backupNodes = {b1, {QStringLiteral("127.0.0.1:19837"), QDir::tempPath(), {}, {}}};
            qm::gui::SettingsDialog dialog(bad, false, {});
            QSignalSpy accepted(&dialog, &QDialog::accepted);
            dialog.findChild<QGroupBox*>(QStringLiteral("nodeGroup"))->setChecked(true);
            dialog.accept();
            QCOMPARE(accepted.size(), 0);
            const QString message = dialog.findChild<QLabel*>(QStringLiteral("errorLabel"))->text();
            QVERIFY2(message.contains(QStringLiteral("Backup node 2 (127.0.0.1:19837)")), qPrintable(message));
            QVERIFY2(message.contains(QStringLiteral("miner-auth-token")), qPrintable(message));
        }

        // Applied: the service mines for 1 + 2 nodes, in order, saved as paths.
        MinerService service(qm::test::serviceConfig());
        QString error;
        QVERIFY2(service.start(&error), qPrintable(error));
        MainWindow window(service, GuiSettings::load(), {});
        qm::gui::SettingsDialog::Values applied = window.currentSettingsValues();
        QVERIFY(applied.backupNodes.isEmpty());
        applied.nodeEnabled = true;
        applied.node = v.node;
        applied.backupNodes = v.backupNodes;
        window.applySettings(applied);
        QVERIFY(service.nodeMiner());
        QCOMPARE(service.nodeMiner()->nodeCount(), 3);
        QCOMPARE(service.config().fallbackNodes.size(), 2);
        QCOMPARE(service.config().fallbackNodes[1].address(), QStringLiteral("127.0.0.1:19835"));
        QCOMPARE(window.currentSettingsValues().backupNodes, v.backupNodes);
        const GuiSettings saved = GuiSettings::load();
        QCOMPARE(saved.backupNodes, v.backupNodes);

        // Only the backups changed: the list follows, the first node stays.
        applied.backupNodes = {b2};
        window.applySettings(applied);
        QCOMPARE(service.nodeMiner()->nodeCount(), 2);
        QCOMPARE(service.config().node.address(), QStringLiteral("127.0.0.1:19833"));
        // The node switched off: no node, the backups kept for later.
        applied.nodeEnabled = false;
        window.applySettings(applied);
        QVERIFY(!service.nodeMiner());
        QCOMPARE(GuiSettings::load().backupNodes, QList<qm::NodeSource>{b2});
        QCOMPARE(window.currentSettingsValues().backupNodes, QList<qm::NodeSource>{b2});
    }

    void httpJobShowsUpAndCompletes()
    {
        MinerService service(qm::test::serviceConfig());
        QString error;
        QVERIFY2(service.start(&error), qPrintable(error));
        MainWindow window(service, GuiSettings::load(), {});
        window.show();

        QNetworkAccessManager http;
        const auto post = [&](const qm::JobRequest& job) {
            QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/mine").arg(service.apiPort())));
            request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
            QNetworkReply* reply = http.post(request, qm::test::mineBody(job));
            QSignalSpy done(reply, &QNetworkReply::finished);
            if (!done.wait(10000))
                return -1;
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            reply->deleteLater();
            return status;
        };
        QCOMPARE(post(qm::test::easyJob(QStringLiteral("http-easy"))), 200);
        QCOMPARE(post(qm::test::hardJob(QStringLiteral("http-hard"))), 200);

        qm::gui::JobTableModel* model = window.jobsModel();
        QTRY_VERIFY(model->rowOf(QStringLiteral("http-easy")) >= 0);
        QTRY_COMPARE(model->jobAt(model->rowOf(QStringLiteral("http-easy")))->status, qm::JobStatus::Completed);
        // The counters strip shows the service's totals.
        QCOMPARE(service.jobs()->counters().completed, 1u);
        const QLabel* completed = window.findChild<QLabel*>(QStringLiteral("completedLabel"));
        QVERIFY(completed);
        QTRY_VERIFY(completed->text().contains(QStringLiteral("Completed 1")));

        // The chart moves while the hard job keeps the worker busy.
        QTRY_VERIFY_WITH_TIMEOUT(window.chart()->pointCount() >= 2, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(model->jobAt(model->rowOf(QStringLiteral("http-hard")))->hashCount > 0, 10000);
        QVERIFY(window.summaryText().contains(QStringLiteral("H/s")));

        // Newest first in the view.
        QCOMPARE(window.jobsProxy()->index(0, 0).data(qm::gui::JobTableModel::JobIdRole).toString(),
                 QStringLiteral("http-hard"));

        // Stopping cancels the running job; the table shows it.
        window.stopService();
        QTRY_COMPARE(model->jobAt(model->rowOf(QStringLiteral("http-hard")))->status, qm::JobStatus::Cancelled);
    }

    void stallMonitorSeesABlockedLoop()
    {
        qm::gui::StallMonitor monitor(10);
        monitor.start();
        QTest::qWait(50);
        // Work on the GUI thread, as a hashing slot would be.
        QTimer::singleShot(0, [] { QThread::msleep(120); });
        QTest::qWait(100);
        monitor.stop();
        const qm::gui::StallMonitor::Report r = monitor.report();
        QVERIFY(r.ticks > 0);
        QVERIFY2(r.maxLatenessMs >= 100, qPrintable(QString::number(r.maxLatenessMs)));
        QVERIFY(r.ticksLateOver50Ms >= 1);
    }

private:
    std::unique_ptr<qm::test::IsolatedConfig> m_config;
};

QTEST_MAIN(MainWindowTest)
#include "tst_main_window.moc"
