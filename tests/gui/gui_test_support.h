// Shared pieces of the dashboard tests: an isolated settings directory, job
// requests of known outcome, a cpu-fast engine and service configurations.
#pragma once

// Qt first: moc, which reads this header through the tests' Q_OBJECT
// classes, stumbles on <concept> when a core header comes before any Qt one.
#include <QString>
#include <QTemporaryDir>

#include "core/backend.h"
#include "miner/miner_config.h"
#include "service/job_manager.h"

#include <memory>

namespace qm::test {

// Points XDG_CONFIG_HOME (QSettings, the autostart entry) at a fresh
// temporary directory for the life of the object.
class IsolatedConfig {
public:
    IsolatedConfig();
    QString path() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};

std::shared_ptr<const Backend> fastEngine();

MiningHash testMiningHash(int seed);
// Difficulty 1: the first nonce is valid, the job completes at once.
JobRequest easyJob(const QString& id);
// A difficulty no nonce in a long time meets, over the whole range: runs
// until cancelled.
JobRequest hardJob(const QString& id);
// 64 nonces at that difficulty: the range runs out, the job fails.
JobRequest failingJob(const QString& id);

// A service configuration on 127.0.0.1, any free port, one worker, cpu-fast.
MinerConfig serviceConfig();

// A port nothing listens on right now.
quint16 freePort();

// The JSON body of POST /mine for `request`.
QByteArray mineBody(const JobRequest& request);

} // namespace qm::test
