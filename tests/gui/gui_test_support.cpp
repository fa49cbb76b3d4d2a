#include "tests/gui/gui_test_support.h"

#include "core/backend_registry.h"

#include "gui/resources.h"

#include <QHostAddress>
#include <QTcpServer>

namespace qm::test {

IsolatedConfig::IsolatedConfig()
{
    qputenv("XDG_CONFIG_HOME", m_dir.path().toLocal8Bit());
    gui::initGuiResources();
}

std::shared_ptr<const Backend> fastEngine()
{
    std::string error;
    std::shared_ptr<const Backend> engine = makeBackend("cpu-fast", error);
    return engine;
}

MiningHash testMiningHash(int seed)
{
    MiningHash h{};
    for (size_t i = 0; i < h.size(); ++i)
        h[i] = static_cast<std::uint8_t>(seed * 31 + static_cast<int>(i) * 7);
    return h;
}

JobRequest easyJob(const QString& id)
{
    JobRequest r;
    r.id = id;
    r.miningHash = testMiningHash(1);
    r.difficulty = U512::fromU64(1);
    r.nonceStart = U512::zero();
    r.nonceEnd = U512::fromU64(1'000'000);
    return r;
}

JobRequest hardJob(const QString& id)
{
    JobRequest r;
    r.id = id;
    r.miningHash = testMiningHash(2);
    r.difficulty = U512::max();
    r.nonceStart = U512::zero();
    r.nonceEnd = U512::max();
    return r;
}

JobRequest failingJob(const QString& id)
{
    JobRequest r;
    r.id = id;
    r.miningHash = testMiningHash(3);
    r.difficulty = U512::max();
    r.nonceStart = U512::zero();
    r.nonceEnd = U512::fromU64(63);
    return r;
}

MinerConfig serviceConfig()
{
    MinerConfig c;
    c.bindAddress = QStringLiteral("127.0.0.1");
    c.port = 0;
    c.workers = 1;
    c.engine = QStringLiteral("cpu-fast");
    c.cpus.count = 2;
    c.cpus.source = QStringLiteral("test");
    c.progressChunkMs = 100;
    return c;
}

quint16 freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    const quint16 p = s.serverPort();
    s.close();
    return p;
}

QByteArray mineBody(const JobRequest& r)
{
    return QStringLiteral("{\"job_id\":\"%1\",\"mining_hash\":\"%2\",\"difficulty\":\"%3\","
                          "\"nonce_start\":\"%4\",\"nonce_end\":\"%5\"}")
        .arg(r.id, QString::fromStdString(toHex(r.miningHash.data(), r.miningHash.size())),
             QString::fromStdString(r.difficulty.toDecimal()), QString::fromStdString(r.nonceStart.toHex128()),
             QString::fromStdString(r.nonceEnd.toHex128()))
        .toUtf8();
}

} // namespace qm::test
