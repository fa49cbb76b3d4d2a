// The jobs table model follows the JobManager's signals: added, progressed,
// finished (completed, failed, cancelled) and removed after retention, both
// when the signals are emitted by hand and when a real manager mines.
#include "tests/gui/gui_test_support.h"
#include "tests/support/job_manager_access.h"
#include "gui/models/job_table_model.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QApplication>
#include <QTest>

#include <atomic>

using qm::JobSnapshot;
using qm::JobStatus;
using qm::gui::JobTableModel;

namespace {

JobSnapshot snapshot(const QString& id, JobStatus status = JobStatus::Running)
{
    JobSnapshot s;
    s.id = id;
    s.status = status;
    s.difficulty = qm::U512::fromU64(1000);
    s.nonceEnd = qm::U512::fromU64(1'000'000);
    s.engine = QStringLiteral("cpu-fast");
    return s;
}

QString cell(const JobTableModel& m, const QString& id, int column, int role = Qt::DisplayRole)
{
    return m.index(m.rowOf(id), column).data(role).toString();
}

} // namespace

class JobsModelTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        qRegisterMetaType<JobSnapshot>();
        QApplication::setQuitOnLastWindowClosed(false);
    }

    void addProgressFinish()
    {
        JobTableModel model;
        QSignalSpy solutions(&model, &JobTableModel::solutionFound);
        model.addJob(snapshot(QStringLiteral("job-a")));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(cell(model, QStringLiteral("job-a"), JobTableModel::ColumnStatus), JobTableModel::statusText(JobStatus::Running));

        JobSnapshot progressed = snapshot(QStringLiteral("job-a"));
        progressed.hashCount = 1234;
        progressed.hashRate = 2'500'000;
        progressed.elapsedSeconds = 65;
        model.updateJob(progressed);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(cell(model, QStringLiteral("job-a"), JobTableModel::ColumnNonces), QLocale().toString(1234));
        QVERIFY(cell(model, QStringLiteral("job-a"), JobTableModel::ColumnRate).endsWith(QStringLiteral("MH/s")));
        QCOMPARE(cell(model, QStringLiteral("job-a"), JobTableModel::ColumnElapsed), QStringLiteral("1:05"));

        JobSnapshot done = progressed;
        done.status = JobStatus::Completed;
        done.nonce = qm::U512::fromU64(0xabc);
        model.finishJob(done);
        QCOMPARE(cell(model, QStringLiteral("job-a"), JobTableModel::ColumnNonce), QStringLiteral("0xabc"));
        QCOMPARE(model.index(0, 0).data(JobTableModel::StatusRole).toInt(), int(JobStatus::Completed));
        QCOMPARE(solutions.count(), 1);

        // A repeated finish does not announce the solution twice; late
        // progress does not bring an ended job back to running.
        model.finishJob(done);
        model.updateJob(progressed);
        QCOMPARE(model.index(0, 0).data(JobTableModel::StatusRole).toInt(), int(JobStatus::Completed));
        QCOMPARE(solutions.count(), 1);

        model.addJob(snapshot(QStringLiteral("job-b")));
        model.finishJob(snapshot(QStringLiteral("job-b"), JobStatus::Failed));
        model.addJob(snapshot(QStringLiteral("job-c")));
        model.finishJob(snapshot(QStringLiteral("job-c"), JobStatus::Cancelled));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(solutions.count(), 1);
        QCOMPARE(cell(model, QStringLiteral("job-b"), JobTableModel::ColumnStatus), JobTableModel::statusText(JobStatus::Failed));
        QCOMPARE(cell(model, QStringLiteral("job-c"), JobTableModel::ColumnStatus), JobTableModel::statusText(JobStatus::Cancelled));
    }

    void removedJobsFadeOut()
    {
        JobTableModel model;
        model.setFadeDurationMs(300);
        model.addJob(snapshot(QStringLiteral("old")));
        model.finishJob(snapshot(QStringLiteral("old"), JobStatus::Completed));
        model.addJob(snapshot(QStringLiteral("new")));
        model.removeJob(QStringLiteral("old"));
        // Still shown while it fades, then gone; the other row stays.
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.isFading(model.rowOf(QStringLiteral("old"))));
        QTRY_VERIFY(model.rowCount() < 2 ||
                    model.index(model.rowOf(QStringLiteral("old")), 0).data(JobTableModel::OpacityRole).toDouble() < 1.0);
        QTRY_COMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOf(QStringLiteral("old")), -1);
        QCOMPARE(model.rowOf(QStringLiteral("new")), 0);

        model.setFadeDurationMs(0);
        model.removeJob(QStringLiteral("new"));
        QCOMPARE(model.rowCount(), 0);
        model.removeJob(QStringLiteral("unknown"));
        QCOMPARE(model.rowCount(), 0);
    }

    void newestFirstAndSortable()
    {
        JobTableModel model;
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(JobTableModel::SortRole);
        proxy.sort(JobTableModel::ColumnStarted, Qt::DescendingOrder);
        for (const char* id : {"first", "second", "third"}) {
            JobSnapshot s = snapshot(QString::fromLatin1(id));
            s.hashCount = qstrlen(id);   // 5, 6, 5
            model.addJob(s);
        }
        QCOMPARE(proxy.index(0, JobTableModel::ColumnJob).data(JobTableModel::JobIdRole).toString(), QStringLiteral("third"));
        QCOMPARE(proxy.index(2, JobTableModel::ColumnJob).data(JobTableModel::JobIdRole).toString(), QStringLiteral("first"));
        proxy.sort(JobTableModel::ColumnNonces, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, JobTableModel::ColumnJob).data(JobTableModel::JobIdRole).toString(), QStringLiteral("second"));
        // Huge difficulties sort by value, not by their text.
        JobSnapshot big = snapshot(QStringLiteral("big"));
        big.difficulty = qm::U512::max();
        model.addJob(big);
        proxy.sort(JobTableModel::ColumnDifficulty, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, JobTableModel::ColumnJob).data(JobTableModel::JobIdRole).toString(), QStringLiteral("big"));
    }

    void followsRealManager()
    {
        // Retention measured on a clock the test can move forward.
        static std::atomic<qint64> offsetNs{0};
        QElapsedTimer base;
        base.start();
        qm::JobManagerOptions options;
        options.sampleIntervalMs = 50;
        options.progressChunkMs = 50;
        qm::JobManager manager(qm::test::fastEngine(), 2, options);
        qm::JobManagerTestAccess::setClock(manager, [base] { return base.nsecsElapsed() + offsetNs.load(); });

        // A job that ended before the model attached is shown and counted.
        QVERIFY(manager.addJob(qm::test::easyJob(QStringLiteral("before"))) == qm::JobManager::AddResult::Accepted);
        QTRY_VERIFY(manager.snapshot(QStringLiteral("before"))->status == JobStatus::Completed);

        JobTableModel model;
        model.setFadeDurationMs(0);
        QSignalSpy solutions(&model, &JobTableModel::solutionFound);
        model.attach(&manager);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.jobAt(0)->status, JobStatus::Completed);
        // The totals are the manager's, whenever the model attached.
        QCOMPARE(manager.counters().completed, 1u);
        QCOMPARE(manager.counters().accepted, 1u);
        QSignalSpy counters(&manager, &qm::JobManager::countersChanged);

        QVERIFY(manager.addJob(qm::test::easyJob(QStringLiteral("easy"))) == qm::JobManager::AddResult::Accepted);
        QVERIFY(manager.addJob(qm::test::hardJob(QStringLiteral("hard"))) == qm::JobManager::AddResult::Accepted);
        QVERIFY(manager.addJob(qm::test::failingJob(QStringLiteral("fails"))) == qm::JobManager::AddResult::Accepted);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(manager.counters().accepted, 4u);
        QCOMPARE(manager.counters().running + manager.counters().completed + manager.counters().failed, 4u);

        const auto status = [&](const char* id) {
            return static_cast<JobStatus>(
                model.index(model.rowOf(QString::fromLatin1(id)), 0).data(JobTableModel::StatusRole).toInt());
        };
        QTRY_COMPARE(status("easy"), JobStatus::Completed);
        QVERIFY(!cell(model, QStringLiteral("easy"), JobTableModel::ColumnNonce).isEmpty());
        QTRY_COMPARE(status("fails"), JobStatus::Failed);
        QCOMPARE(cell(model, QStringLiteral("fails"), JobTableModel::ColumnNonces), QStringLiteral("64"));

        // Progress arrives with the samples while the hard job runs.
        QTRY_VERIFY(model.jobAt(model.rowOf(QStringLiteral("hard")))->hashCount > 0);
        QCOMPARE(status("hard"), JobStatus::Running);
        QVERIFY(manager.cancel(QStringLiteral("hard")));
        QTRY_COMPARE(status("hard"), JobStatus::Cancelled);

        QTRY_COMPARE(manager.counters().cancelled, 1u);
        const qm::JobCounters c = manager.counters();
        QCOMPARE(c.accepted, 4u);
        QCOMPARE(c.completed, 2u);
        QCOMPARE(c.failed, 1u);
        QCOMPARE(c.running, 0u);
        QCOMPARE(solutions.count(), 1);
        // Each accepted and each settled job announced new totals.
        QVERIFY(counters.count() >= 6);
        QCOMPARE(counters.last().first().value<qm::JobCounters>().cancelled, 1u);

        // Past retention the manager forgets them and the rows go.
        QTRY_VERIFY(manager.runningJobCount() == 0 && manager.waitForIdle(100));
        offsetNs = qint64{3} * 3600 * 1'000'000'000;
        qm::JobManagerTestAccess::purgeExpired(manager);
        QTRY_COMPARE(model.rowCount(), 0);
        // Totals are totals: forgetting jobs does not undo them.
        QCOMPARE(manager.counters().accepted, 4u);
    }
};

QTEST_MAIN(JobsModelTest)
#include "tst_jobs_model.moc"
