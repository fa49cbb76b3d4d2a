#include "gui/models/job_table_model.h"

#include "gui/format.h"
#include "service/job_manager.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace qm::gui {

namespace {

constexpr int kFadeTickMs = 40;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

JobTableModel::JobTableModel(QObject* parent) : QAbstractTableModel(parent)
{
    m_fadeTimer.setInterval(kFadeTickMs);
    connect(&m_fadeTimer, &QTimer::timeout, this, &JobTableModel::stepFades);
}

void JobTableModel::attach(JobManager* manager)
{
    if (m_attached || !manager)
        return;
    m_attached = true;

    const QList<JobSnapshot> jobs = manager->snapshots();
    beginResetModel();
    m_rows.clear();
    for (const JobSnapshot& job : jobs) {
        Row row;
        row.job = job;
        row.started = QDateTime::currentDateTime().addMSecs(-static_cast<qint64>(job.elapsedSeconds * 1000));
        row.sequence = m_nextSequence++;
        row.endSeen = job.isEnded();
        m_rows.append(row);
    }
    rebuildIndex();
    endResetModel();

    connect(manager, &JobManager::jobAdded, this, &JobTableModel::addJob);
    connect(manager, &JobManager::jobProgressed, this, &JobTableModel::updateJob);
    connect(manager, &JobManager::jobFinished, this, &JobTableModel::finishJob);
    connect(manager, &JobManager::jobRemoved, this, &JobTableModel::removeJob);
}

int JobTableModel::upsert(const JobSnapshot& job, bool* inserted)
{
    const auto it = m_index.constFind(job.id);
    if (it != m_index.cend()) {
        Row& row = m_rows[*it];
        row.job = job;
        // A job that was fading and comes back (an id reused after removal)
        // is shown fully again.
        row.fadeStartMs = -1;
        row.opacity = 1.0;
        emit dataChanged(index(*it, 0), index(*it, ColumnCount - 1));
        *inserted = false;
        return *it;
    }
    Row row;
    row.job = job;
    row.started = QDateTime::currentDateTime().addMSecs(-static_cast<qint64>(job.elapsedSeconds * 1000));
    row.sequence = m_nextSequence++;
    const int at = static_cast<int>(m_rows.size());
    beginInsertRows(QModelIndex(), at, at);
    m_rows.append(row);
    m_index.insert(job.id, at);
    endInsertRows();
    *inserted = true;
    return at;
}

void JobTableModel::addJob(const JobSnapshot& job)
{
    bool inserted = false;
    const int r = upsert(job, &inserted);
    if (!inserted)
        return;
    // Ended before the dashboard heard of it (a tiny range): its end is seen now.
    if (job.isEnded())
        m_rows[r].endSeen = true;
}

void JobTableModel::updateJob(const JobSnapshot& job)
{
    const auto it = m_index.constFind(job.id);
    if (it == m_index.cend()) {
        addJob(job);
        return;
    }
    // Progress never moves a job back to running once it has ended.
    if (m_rows[*it].job.isEnded() && !job.isEnded())
        return;
    bool inserted = false;
    upsert(job, &inserted);
}

void JobTableModel::finishJob(const JobSnapshot& job)
{
    bool inserted = false;
    const int r = upsert(job, &inserted);
    Row& row = m_rows[r];
    if (row.endSeen)
        return;
    row.endSeen = true;
    if (job.status == JobStatus::Completed && job.nonce)
        emit solutionFound(job);
}

void JobTableModel::removeJob(const QString& id)
{
    const auto it = m_index.constFind(id);
    if (it == m_index.cend())
        return;
    const int r = *it;
    if (m_fadeMs <= 0) {
        beginRemoveRows(QModelIndex(), r, r);
        m_rows.removeAt(r);
        rebuildIndex();
        endRemoveRows();
        return;
    }
    if (m_rows[r].fadeStartMs < 0)
        m_rows[r].fadeStartMs = nowMs();
    if (!m_fadeTimer.isActive())
        m_fadeTimer.start();
}

void JobTableModel::setFadeDurationMs(int ms)
{
    m_fadeMs = std::max(0, ms);
    if (m_fadeMs == 0)
        stepFades();
}

void JobTableModel::stepFades()
{
    const qint64 now = nowMs();
    bool anyFading = false;
    // Backwards, so removing a row leaves the rows still to visit in place.
    for (int r = static_cast<int>(m_rows.size()) - 1; r >= 0; --r) {
        Row& row = m_rows[r];
        if (row.fadeStartMs < 0)
            continue;
        const qint64 age = now - row.fadeStartMs;
        if (m_fadeMs <= 0 || age >= m_fadeMs) {
            beginRemoveRows(QModelIndex(), r, r);
            m_rows.removeAt(r);
            endRemoveRows();
            continue;
        }
        anyFading = true;
        row.opacity = 1.0 - static_cast<double>(age) / m_fadeMs;
        emit dataChanged(index(r, 0), index(r, ColumnCount - 1), {OpacityRole});
    }
    rebuildIndex();
    if (!anyFading)
        m_fadeTimer.stop();
}

void JobTableModel::rebuildIndex()
{
    m_index.clear();
    for (int r = 0; r < m_rows.size(); ++r)
        m_index.insert(m_rows[r].job.id, r);
}


int JobTableModel::rowOf(const QString& id) const
{
    return m_index.value(id, -1);
}

std::optional<JobSnapshot> JobTableModel::jobAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows[row].job;
}

bool JobTableModel::isFading(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows[row].fadeStartMs >= 0;
}

int JobTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int JobTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString JobTableModel::statusText(JobStatus status)
{
    switch (status) {
    case JobStatus::Running:
        return tr("Running");
    case JobStatus::Completed:
        return tr("Completed");
    case JobStatus::Failed:
        return tr("Failed");
    case JobStatus::Cancelled:
        return tr("Cancelled");
    }
    return QString();
}

void JobTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(static_cast<int>(m_rows.size()) - 1, ColumnCount - 1));
}

QString JobTableModel::tooltip(const Row& row) const
{
    const JobSnapshot& j = row.job;
    QString t = tr("Job %1").arg(j.id.toHtmlEscaped());
    t += QStringLiteral("<br>") + tr("Mining hash: %1").arg(QString::fromStdString(toHex(j.miningHash.data(), 32)));
    t += QStringLiteral("<br>") + tr("Difficulty: %1").arg(QString::fromStdString(j.difficulty.toDecimal()));
    t += QStringLiteral("<br>") + tr("Nonces: 0x%1 … 0x%2")
                                      .arg(QString::fromStdString(j.nonceStart.toHexMinimal()),
                                           QString::fromStdString(j.nonceEnd.toHexMinimal()));
    if (j.nonce)
        t += QStringLiteral("<br>") + tr("Found nonce: 0x%1").arg(QString::fromStdString(j.nonce->toHexMinimal()));
    if (j.hash)
        t += QStringLiteral("<br>") + tr("Hash: 0x%1").arg(QString::fromStdString(j.hash->toHexMinimal()));
    return QStringLiteral("<p style='white-space:pre'>%1</p>").arg(t);
}

QVariant JobTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows[index.row()];
    const JobSnapshot& j = row.job;
    const int column = index.column();

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case ColumnJob:
            return shortJobId(j.id);
        case ColumnStatus:
            return statusText(j.status);
        case ColumnStarted:
            return QLocale().toString(row.started.time(), QStringLiteral("HH:mm:ss"));
        case ColumnDifficulty:
            return formatDifficulty(j.difficulty);
        case ColumnNonces:
            return formatCount(j.hashCount);
        case ColumnRate:
            if (j.status == JobStatus::Running && j.hashRate <= 0)
                return QStringLiteral("—");
            return formatHashrate(j.hashRate);
        case ColumnElapsed:
            return formatDuration(j.elapsedSeconds);
        case ColumnNonce:
            if (j.nonce)
                return formatNonce(*j.nonce);
            return j.isEnded() ? QStringLiteral("—") : QString();
        case ColumnEngine:
            return j.engine;
        }
        break;
    case SortRole:
        switch (column) {
        case ColumnJob:
            return j.id;
        case ColumnStatus:
            return static_cast<int>(j.status);
        case ColumnStarted:
            // Arrival order: exact where two jobs start within the same second.
            return row.sequence;
        case ColumnDifficulty:
            return toDouble(j.difficulty);
        case ColumnNonces:
            return static_cast<qulonglong>(j.hashCount);
        case ColumnRate:
            return j.hashRate;
        case ColumnElapsed:
            return j.elapsedSeconds;
        case ColumnNonce:
            return j.nonce ? toDouble(*j.nonce) : -1.0;
        case ColumnEngine:
            return j.engine;
        }
        break;
    case Qt::TextAlignmentRole:
        switch (column) {
        case ColumnDifficulty:
        case ColumnNonces:
        case ColumnRate:
        case ColumnElapsed:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        case ColumnStatus:
            return QVariant::fromValue(Qt::AlignCenter);
        default:
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        }
    case Qt::ToolTipRole:
        return tooltip(row);
    case StatusRole:
        return static_cast<int>(j.status);
    case OpacityRole:
        return row.opacity;
    case JobIdRole:
        return j.id;
    default:
        break;
    }
    return {};
}

QVariant JobTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole) {
        switch (section) {
        case ColumnDifficulty:
        case ColumnNonces:
        case ColumnRate:
        case ColumnElapsed:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        case ColumnStatus:
            return QVariant::fromValue(Qt::AlignCenter);
        default:
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case ColumnRate:
            return tr("10-second rate while running; the average once ended");
        case ColumnNonces:
            return tr("Nonces checked so far");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ColumnJob:
        return tr("Job");
    case ColumnStatus:
        return tr("Status");
    case ColumnStarted:
        return tr("Started");
    case ColumnDifficulty:
        return tr("Difficulty");
    case ColumnNonces:
        return tr("Nonces checked");
    case ColumnRate:
        return tr("Rate");
    case ColumnElapsed:
        return tr("Elapsed");
    case ColumnNonce:
        return tr("Found nonce");
    case ColumnEngine:
        return tr("Engine");
    }
    return {};
}

} // namespace qm::gui
