// The jobs table's model: one row per job the JobManager holds, fed only by
// its signals (added, progressed, finished, removed). A removed job fades out
// before its row goes. Views sort it through a QSortFilterProxyModel on
// SortRole; the newest job first is the Started column descending.
#pragma once

#include "service/job.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QTimer>

#include <optional>

namespace qm {
class JobManager;
}

namespace qm::gui {

class JobTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        ColumnJob,
        ColumnStatus,
        ColumnStarted,
        ColumnDifficulty,
        ColumnNonces,
        ColumnRate,
        ColumnElapsed,
        ColumnNonce,
        ColumnEngine,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1,
        StatusRole,   // int(JobStatus)
        OpacityRole,  // double 1 -> 0 while a removed job fades out
        JobIdRole,    // the full id
    };
    explicit JobTableModel(QObject* parent = nullptr);

    // Shows the jobs `manager` holds now and follows its signals. Once only.
    void attach(JobManager* manager);

    // The signal handlers; public so tests can drive the model without a manager.
    void addJob(const JobSnapshot& job);
    void updateJob(const JobSnapshot& job);
    void finishJob(const JobSnapshot& job);
    void removeJob(const QString& id);

    // How long a removed job takes to fade; 0 removes its row at once.
    void setFadeDurationMs(int ms);
    int fadeDurationMs() const { return m_fadeMs; }

    int rowOf(const QString& id) const;
    std::optional<JobSnapshot> jobAt(int row) const;
    bool isFading(int row) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(JobStatus status);
    // Re-reads the translated headers and status words after a language change.
    void retranslate();

signals:
    // A job ended with a nonce below the target.
    void solutionFound(const qm::JobSnapshot& job);

private:
    struct Row {
        JobSnapshot job;
        QDateTime started;   // local time the dashboard learnt of it, minus elapsed
        qint64 sequence = 0; // arrival order: ties in Started sort newest first
        qint64 fadeStartMs = -1;
        double opacity = 1.0;
        bool endSeen = false; // solutionFound is emitted once per job
    };
    int upsert(const JobSnapshot& job, bool* inserted);
    void rebuildIndex();
    void stepFades();
    QString tooltip(const Row& row) const;

    QList<Row> m_rows;
    QHash<QString, int> m_index;
    qint64 m_nextSequence = 0;
    int m_fadeMs = 800;
    QTimer m_fadeTimer;
    bool m_attached = false;
};

} // namespace qm::gui

