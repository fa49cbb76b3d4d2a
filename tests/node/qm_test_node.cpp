// qm-test-node: the QUIC test node (test_node.h) as a program, for checks that
// run the installed miner as a user would (scripts/install-test.sh) and for
// trying the dashboard without a real node. It writes the two files a Quantus
// node writes (miner-auth-token, miner-tls-cert-sha256) into --dir, listens on
// 127.0.0.1, sends a job to the first miner that authenticates, checks every
// result against the core's QPoW v2 reference, and sends the next job until
// --jobs valid results came back.
//
//   qm_test_node --dir DIR [--port P] [--jobs N] [--difficulty D] [--timeout S]
//
// Prints "listening on 127.0.0.1:PORT" once ready, one line per result, and
// exits 0 after N valid results; 1 on an invalid result or when the timeout
// passes first (0: no timeout); 2 on bad options.
#include "core/pow.h"
#include "core/u512.h"
#include "tests/node/test_node.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QStringList>
#include <QTimer>

#include <cstdio>

namespace {

struct Options {
    QString dir;
    quint16 port = 0;
    int jobs = 1;
    quint64 difficulty = 1000;
    int timeoutSeconds = 120;
};

void say(const QString& line)
{
    std::fprintf(stdout, "qm-test-node: %s\n", qPrintable(line));
    std::fflush(stdout);
}

int usage(const QString& why)
{
    std::fprintf(stderr,
                 "qm-test-node: %s\nusage: qm_test_node --dir DIR [--port P] [--jobs N] [--difficulty D] "
                 "[--timeout SECONDS]\n",
                 qPrintable(why));
    return 2;
}

// Parses the options; an empty string means they are usable.
QString parse(const QStringList& args, Options& o)
{
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString& flag = args[i];
        if (i + 1 >= args.size())
            return QStringLiteral("%1 needs a value").arg(flag);
        const QString value = args[++i];
        bool ok = true;
        if (flag == u"--dir") {
            o.dir = value;
        } else if (flag == u"--port") {
            const uint p = value.toUInt(&ok);
            ok = ok && p <= 65535;
            o.port = static_cast<quint16>(p);
        } else if (flag == u"--jobs") {
            o.jobs = value.toInt(&ok);
            ok = ok && o.jobs >= 1;
        } else if (flag == u"--difficulty") {
            o.difficulty = value.toULongLong(&ok);
            ok = ok && o.difficulty >= 1;
        } else if (flag == u"--timeout") {
            o.timeoutSeconds = value.toInt(&ok);
            ok = ok && o.timeoutSeconds >= 0;
        } else {
            return QStringLiteral("unknown option %1").arg(flag);
        }
        if (!ok)
            return QStringLiteral("invalid %1 '%2'").arg(flag, value);
    }
    if (o.dir.isEmpty())
        return QStringLiteral("--dir is required (where the token and pin files go)");
    return {};
}

bool writeFile(const QString& path, const QByteArray& text, QString* error)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(text) != text.size()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    // Like the node's own files: readable by their owner only.
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

qm::MiningHash randomMiningHash()
{
    qm::MiningHash mh{};
    for (auto& b : mh)
        b = static_cast<std::uint8_t>(QRandomGenerator::global()->bounded(256));
    return mh;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    Options o;
    if (const QString why = parse(QCoreApplication::arguments(), o); !why.isEmpty())
        return usage(why);
    if (!QDir().mkpath(o.dir))
        return usage(QStringLiteral("cannot create %1").arg(o.dir));

    qm::test::TestNode node;
    const QByteArray token = QByteArray::number(QRandomGenerator::global()->generate64(), 16) +
                             QByteArray::number(QRandomGenerator::global()->generate64(), 16);
    node.setToken(token);
    QString error;
    if (!writeFile(QDir(o.dir).filePath(QStringLiteral("miner-auth-token")), token + '\n', &error) ||
        !writeFile(QDir(o.dir).filePath(QStringLiteral("miner-tls-cert-sha256")), node.certSha256().toHex() + '\n',
                   &error))
        return usage(error);
    if (!node.start(o.port)) {
        std::fprintf(stderr, "qm-test-node: cannot listen on 127.0.0.1:%u (UDP)\n", unsigned{o.port});
        return 1;
    }
    say(QStringLiteral("listening on 127.0.0.1:%1; token and pin in %2").arg(node.port()).arg(o.dir));

    const qm::U512 difficulty = qm::U512::fromU64(o.difficulty);
    int sent = 0;
    int valid = 0;
    qm::MiningHash current{};
    const auto sendJob = [&] {
        current = randomMiningHash();
        ++sent;
        node.sendNewJob(QString::number(sent), current, difficulty);
        say(QStringLiteral("job %1 sent (difficulty %2)").arg(sent).arg(o.difficulty));
    };
    QObject::connect(&node, &qm::test::TestNode::readyReceived, &app, [&] {
        say(QStringLiteral("a miner authenticated"));
        // After the node has finished with the Ready (it hands the current
        // job to a miner that authenticates), so the first job goes out once.
        if (sent == 0)
            QTimer::singleShot(0, &app, [&] {
                if (sent == 0)
                    sendJob();
            });
    });
    QObject::connect(&node, &qm::test::TestNode::resultReceived, &app, [&](const qm::NodeJobResult& r) {
        const bool current_job = r.jobId == QString::number(sent);
        bool ok = current_job && r.status == u"completed" && r.work && !r.work->isZero();
        if (ok) {
            const qm::U512 hash = qm::powHashReference(qm::PowAlgorithm::QPowV2, current, *r.work);
            ok = qm::powMeetsTarget(hash, qm::targetForDifficulty(difficulty));
        }
        if (!ok) {
            std::fprintf(stderr, "qm-test-node: FAIL: result for job %s is not a valid QPoW v2 solution of job %d\n",
                         qPrintable(r.jobId), sent);
            QCoreApplication::exit(1);
            return;
        }
        ++valid;
        say(QStringLiteral("job %1 solved: valid QPoW v2 work %2 (%3 hashes)")
                .arg(r.jobId, QString::fromStdString(r.work->toHexMinimal()))
                .arg(r.hashCount));
        if (valid >= o.jobs) {
            say(QStringLiteral("ok: %1 valid result(s)").arg(valid));
            QCoreApplication::exit(0);
        } else {
            sendJob();
        }
    });
    if (o.timeoutSeconds > 0)
        QTimer::singleShot(o.timeoutSeconds * 1000, &app, [&] {
            std::fprintf(stderr, "qm-test-node: FAIL: %d of %d valid result(s) after %d s (%d miner(s) authenticated)\n",
                         valid, o.jobs, o.timeoutSeconds, node.readyCount());
            QCoreApplication::exit(1);
        });
    return QCoreApplication::exec();
}
