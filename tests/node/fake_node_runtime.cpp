#include "tests/node/fake_node_runtime.h"

#include "tests/node/fake_node_keys.h"
#include "tests/node/fake_node_rpc.h"

#include "core/pow.h"
#include "core/pow_algorithm.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSocketNotifier>

#include <cctype>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <limits>
#include <sys/resource.h>
#include <unistd.h>

namespace qm::fakenode {

namespace {

// Substrate's log format: local time to the second, then the message. The
// node logs everything on stderr.
void logLine(const QString& text)
{
    const QString line = QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) +
                         QLatin1Char(' ') + text + QLatin1Char('\n');
    std::fputs(line.toUtf8().constData(), stderr);
    std::fflush(stderr);
}

// The node's fatal errors: "Error: <Debug of the error>", no timestamp.
void printError(const QString& debugForm)
{
    std::fputs(QStringLiteral("Error: %1\n").arg(debugForm).toUtf8().constData(), stderr);
    std::fflush(stderr);
}

// Written next to the target, then renamed over it: a reader never sees a
// half-written token, and the token is never readable by others.
bool writePrivateFile(const QString& path, const QByteArray& bytes, int* errorNumber)
{
    const QByteArray target = QFile::encodeName(path);
    const QByteArray temporary = target + ".tmp";
    const int fd = ::open(temporary.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) {
        *errorNumber = errno;
        return false;
    }
    const bool written = ::write(fd, bytes.constData(), static_cast<size_t>(bytes.size())) == bytes.size();
    *errorNumber = errno;
    ::close(fd);
    if (!written || ::rename(temporary.constData(), target.constData()) != 0) {
        if (written)
            *errorNumber = errno;
        ::unlink(temporary.constData());
        return false;
    }
    return true;
}

QString chainDisplayName(const QString& chain)
{
    if (chain == QLatin1String("dev"))
        return QStringLiteral("Development");
    if (chain == QLatin1String("dirac"))
        return QStringLiteral("Dirac");
    if (chain == QLatin1String("planck"))
        return QStringLiteral("Planck");
    if (chain == QLatin1String("mainnet"))
        return QStringLiteral("Quantus Mainnet");
    return QStringLiteral("Heisenberg");
}

// The write end of the self-pipe that carries signals into the event loop.
int g_signalPipe[2] = {-1, -1};

void onPosixSignal(int signal)
{
    const int savedErrno = errno;
    const char byte = static_cast<char>(signal);
    [[maybe_unused]] const ssize_t n = ::write(g_signalPipe[1], &byte, 1);
    errno = savedErrno;
}

template <typename T>
void readNumberKnob(const char* name, T& out, qint64 minimum, std::optional<QString>& error)
{
    const QString text = qEnvironmentVariable(name).trimmed();
    if (error || text.isEmpty())
        return;
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    const qint64 maximum = static_cast<qint64>(std::min<quint64>(std::numeric_limits<T>::max(),
                                                                   std::numeric_limits<qint64>::max()));
    if (!ok || value < minimum || value > maximum) {
        error = QStringLiteral("%1 must be a whole number from %2 to %3, got '%4'")
                    .arg(QLatin1String(name))
                    .arg(minimum)
                    .arg(maximum)
                    .arg(text);
        return;
    }
    out = static_cast<T>(value);
}

} // namespace

std::optional<QString> readKnobs(Knobs& k)
{
    std::optional<QString> error;
    readNumberKnob("FAKE_NODE_TICK_MS", k.tickMs, 1, error);
    readNumberKnob("FAKE_NODE_PEERS", k.peers, 0, error);
    readNumberKnob("FAKE_NODE_PEERS_AFTER_MS", k.peersAfterMs, 0, error);
    readNumberKnob("FAKE_NODE_SYNC_BLOCKS", k.syncBlocks, 0, error);
    readNumberKnob("FAKE_NODE_SYNC_RATE", k.syncRate, 1, error);
    readNumberKnob("FAKE_NODE_BLOCK_TICKS", k.blockTicks, 0, error);
    readNumberKnob("FAKE_NODE_DIFFICULTY", k.difficulty, 1, error);
    readNumberKnob("FAKE_NODE_STOP_DELAY_MS", k.stopDelayMs, 0, error);
    readNumberKnob("FAKE_NODE_CRASH_AFTER_MS", k.crashAfterMs, 0, error);
    readNumberKnob("FAKE_NODE_MINER_FILES_DELAY_MS", k.minerFilesDelayMs, 0, error);
    readNumberKnob("FAKE_NODE_FILES_AFTER_LINE_MS", k.filesAfterLineMs, 0, error);
    readNumberKnob("FAKE_NODE_TIP_AGE_S", k.tipAgeS, 0, error);
    if (error)
        return error;
    const QString ignore = qEnvironmentVariable("FAKE_NODE_IGNORE_SIGTERM").trimmed();
    k.ignoreSigterm = !ignore.isEmpty() && ignore != QLatin1String("0");
    k.crashOnceFile = qEnvironmentVariable("FAKE_NODE_CRASH_ONCE_FILE");
    k.argsFile = qEnvironmentVariable("FAKE_NODE_ARGS_FILE");
    const QString history = qEnvironmentVariable("FAKE_NODE_MINED_HISTORY");
    for (const QString& item : history.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const quint64 n = item.trimmed().toULongLong(&ok);
        if (!ok || n == 0)
            return QStringLiteral("FAKE_NODE_MINED_HISTORY must list block numbers from 1 up, got '%1'").arg(item);
        k.minedHistory.insert(n);
    }
    return std::nullopt;
}

FakeNode::FakeNode(NodeOptions options, Knobs knobs, QObject* parent)
    : QObject(parent),
      m_options(std::move(options)),
      m_knobs(std::move(knobs)),
      m_innerHash(32, '\0')
{
    if (m_options.chain.isEmpty())
        m_options.chain = QStringLiteral("dev");
    if (m_options.basePath.isEmpty())
        m_options.basePath = QDir::homePath() + QStringLiteral("/.local/share/quantus-node");
    if (m_options.rewardsInnerHash)
        m_innerHash = QByteArray::fromHex(m_options.rewardsInnerHash->mid(2).toLatin1());
    m_chainDir = QDir::cleanPath(m_options.basePath + QStringLiteral("/chains/") + m_options.chain);
    m_dbDir = m_chainDir + QStringLiteral("/db/full");
    m_chain = std::make_unique<FakeChain>(m_options.chain, m_innerHash);
    m_chain->setHistory(m_knobs.syncBlocks, m_knobs.minedHistory,
                        QDateTime::currentMSecsSinceEpoch() - qint64(m_knobs.tipAgeS) * 1000);

    connect(&m_miner, &qm::test::TestNode::resultReceived, this, &FakeNode::onResult);
    m_tickTimer.setInterval(m_knobs.tickMs);
    connect(&m_tickTimer, &QTimer::timeout, this, &FakeNode::tick);
}

FakeNode::~FakeNode()
{
    releaseLock();
}

int FakeNode::start()
{
    installSignalHandlers();
    const QString& chain = m_options.chain;
    // The built-in chains of the node releases the network has published
    // (dev, the testnets, mainnet); anything else is a spec file path.
    static const QStringList builtIn{QStringLiteral("dev"), QStringLiteral("dirac"), QStringLiteral("heisenberg"),
                                     QStringLiteral("planck"), QStringLiteral("mainnet")};
    if (!builtIn.contains(chain)) {
        printError(QStringLiteral("Input(\"Error opening spec file `%1`: No such file or directory (os error 2)\")")
                       .arg(chain));
        return 1;
    }
    const QString name = m_options.name.isEmpty() ? randomNodeName() : m_options.name;
    logLine(QStringLiteral("Quantus Node"));
    logLine(QStringLiteral("✌️  version %1").arg(QLatin1String(kVersion)));
    logLine(QStringLiteral("📋 Chain specification: %1").arg(chain));
    logLine(QStringLiteral("🏷  Node name: %1").arg(name));
    logLine(QStringLiteral("👤 Role: %1").arg(m_options.validator ? QStringLiteral("AUTHORITY") : QStringLiteral("FULL")));
    logLine(QStringLiteral("💾 Database: RocksDb at %1").arg(m_dbDir));

    if (const int rc = loadNodeKey())
        return rc;
    if (const int rc = lockDatabase())
        return rc;
    writePidFile();
    if (const int rc = startServers())
        return rc;

    m_tickTimer.start();
    if (m_knobs.peersAfterMs == 0)
        setPeers(m_knobs.peers);
    else
        QTimer::singleShot(m_knobs.peersAfterMs, this, [this] { setPeers(m_knobs.peers); });
    if (m_knobs.crashAfterMs >= 0)
        QTimer::singleShot(m_knobs.crashAfterMs, this, &FakeNode::crash);
    QTimer::singleShot(m_knobs.minerFilesDelayMs, this, &FakeNode::startMinerServer);
    return 0;
}

int FakeNode::loadNodeKey()
{
    const QString path = m_options.nodeKeyFile.value_or(m_chainDir + QStringLiteral("/network/secret_ed25519"));
    if (!QFileInfo::exists(path)) {
        // Since substrate 1.x an authority refuses to make up its identity.
        if (m_options.validator) {
            printError(QStringLiteral("NetworkKeyNotFound(\"%1\")").arg(path));
            return 1;
        }
        // A full node makes one up and keeps it.
        int error = 0;
        if (!QDir().mkpath(QFileInfo(path).absolutePath()) ||
            !writePrivateFile(path, randomBytes(32).toHex(), &error)) {
            printError(QStringLiteral("Io(%1)").arg(rustIoError(error ? error : EACCES)));
            return 1;
        }
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        printError(QStringLiteral("Io(%1)").arg(rustIoError(EACCES)));
        return 1;
    }
    const QByteArray content = f.read(4096);
    // The node reads 64 hex digits, or the 32 raw bytes `--bin` writes.
    QByteArray secret = content.size() == 32 ? content : QByteArray();
    const QByteArray hex = content.trimmed();
    if (secret.isEmpty() && hex.size() == 64) {
        bool allHex = true;
        for (char c : hex)
            allHex = allHex && std::isxdigit(static_cast<unsigned char>(c));
        if (allHex)
            secret = QByteArray::fromHex(hex);
    }
    if (secret.size() != 32) {
        printError(QStringLiteral("Input(\"Invalid node key in %1: expected 64 hex digits\")").arg(path));
        return 1;
    }
    logLine(QStringLiteral("🏷  Local node identity is: %1").arg(peerIdForSecret(secret)));
    return 0;
}

int FakeNode::lockDatabase()
{
    // RocksDB's LOCK: a POSIX record lock on the whole file, held for the
    // process's life, so that the supervisor can find the holder (F_GETLK).
    const QString lockPath = m_dbDir + QStringLiteral("/LOCK");
    QDir().mkpath(m_dbDir);
    m_lockFd = ::open(QFile::encodeName(lockPath).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (m_lockFd < 0) {
        printError(QStringLiteral("Service(Client(Backend(\"IO error: While open a file for lock: %1: %2\")))")
                       .arg(lockPath, QString::fromLocal8Bit(std::strerror(errno))));
        return 1;
    }
    struct flock lock {};
    lock.l_type = F_WRLCK;
    lock.l_whence = SEEK_SET;
    lock.l_start = 0;
    lock.l_len = 0;
    if (::fcntl(m_lockFd, F_SETLK, &lock) != 0) {
        ::close(m_lockFd);
        m_lockFd = -1;
        printError(QStringLiteral("Service(Client(Backend(\"IO error: While lock file: %1: "
                                  "Resource temporarily unavailable\")))")
                       .arg(lockPath));
        return 1;
    }
    return 0;
}

void FakeNode::writePidFile()
{
    QFile f(QDir(m_options.basePath).filePath(QStringLiteral("fake-node.pid")));
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(QByteArray::number(QCoreApplication::applicationPid()) + '\n');
}

int FakeNode::startServers()
{
    m_rpc = new HttpServer([this](const HttpRequest& r) { return rpc(r); }, this);
    if (!m_rpc->listen(m_options.rpcPort)) {
        if (m_rpc->error() == QAbstractSocket::AddressInUseError)
            printError(QStringLiteral("Service(Io(Os { code: 98, kind: AddrInUse, message: \"Address in use\" }))"));
        else
            printError(QStringLiteral("Service(Io(%1))").arg(rustIoError(EACCES)));
        return 1;
    }
    logLine(QStringLiteral("Running JSON-RPC server: addr=127.0.0.1:%1, allowed origins=[\"http://localhost:*\"]")
                .arg(m_rpc->port()));

    m_prometheus = new HttpServer([this](const HttpRequest& r) { return metrics(r); }, this);
    if (!m_prometheus->listen(m_options.prometheusPort)) {
        if (m_prometheus->error() == QAbstractSocket::AddressInUseError)
            printError(QStringLiteral("Service(Prometheus(PortInUse(127.0.0.1:%1)))").arg(m_options.prometheusPort));
        else
            printError(QStringLiteral("Service(Prometheus(Io(%1)))").arg(rustIoError(EACCES)));
        return 1;
    }
    logLine(QStringLiteral("〽️ Prometheus exporter started at 127.0.0.1:%1").arg(m_prometheus->port()));
    return 0;
}

void FakeNode::startMinerServer()
{
    if (m_shuttingDown)
        return;
    if (!m_miner.start(m_options.minerPort)) {
        failRunning(QStringLiteral(
            "Service(Other(\"Failed to start miner server: Address already in use (os error 98)\"))"));
        return;
    }
    // The miner reads both files trimmed: the token as text (what Ready
    // carries), the pin as 64 hex digits.
    const QByteArray token = randomBytes(32).toHex();
    m_miner.setToken(token);
    const auto writeFiles = [this, token] {
        int error = 0;
        if (!writePrivateFile(m_chainDir + QStringLiteral("/miner-auth-token"), token + '\n', &error) ||
            !writePrivateFile(m_chainDir + QStringLiteral("/miner-tls-cert-sha256"),
                              m_miner.certSha256().toHex() + '\n', &error)) {
            failRunning(QStringLiteral("Service(Other(\"Failed to write the miner files: %1\"))")
                            .arg(QString::fromLocal8Bit(std::strerror(error))));
            return false;
        }
        return true;
    };
    if (m_knobs.filesAfterLineMs > 0) {
        // A node that announces its server before its files: a miner that
        // reads the files at the line gets the previous run's.
        logLine(QStringLiteral("⛏️ Miner server listening on port %1").arg(m_miner.port()));
        QTimer::singleShot(m_knobs.filesAfterLineMs, this, writeFiles);
        return;
    }
    if (!writeFiles())
        return;
    logLine(QStringLiteral("⛏️ Miner server listening on port %1").arg(m_miner.port()));
}

void FakeNode::failRunning(const QString& error)
{
    printError(error);
    m_tickTimer.stop();
    releaseLock();
    QCoreApplication::exit(1);
}

void FakeNode::setPeers(int peers)
{
    m_peers = peers;
    ensureJob();
}

QString FakeNode::bestAndFinalized() const
{
    const Block& best = m_chain->bestBlock();
    const Block& finalized = *m_chain->blockAt(best.number >= 2 ? best.number - 2 : 0);
    return QStringLiteral("best: #%1 (%2), finalized #%3 (%4)")
        .arg(best.number)
        .arg(FakeChain::shortHash(best.hash))
        .arg(finalized.number)
        .arg(FakeChain::shortHash(finalized.hash));
}

void FakeNode::tick()
{
    if (m_peers > 0 && !m_chain->synced()) {
        const quint64 added = m_chain->syncBlocks(m_knobs.syncRate);
        logLine(QStringLiteral("⚙️  Syncing %1 bps, target=#%2 (%3 peers), %4, ⬇ 1.2kiB/s ⬆ 0.4kiB/s")
                    .arg(static_cast<double>(added) * 1000.0 / m_knobs.tickMs, 0, 'f', 1)
                    .arg(m_chain->highest())
                    .arg(m_peers)
                    .arg(bestAndFinalized()));
        ensureJob();
        return;
    }
    if (++m_quietTicks % 5 == 0)
        logLine(QStringLiteral("💤 Idle (%1 peers), %2, ⬇ 0.8kiB/s ⬆ 0.3kiB/s").arg(m_peers).arg(bestAndFinalized()));
    if (canMine() && m_knobs.blockTicks > 0 && ++m_minableTicks % static_cast<quint64>(m_knobs.blockTicks) == 0) {
        logImport(m_chain->importNetworkBlock());
        // The block the miner works on lost the race: a new job replaces it.
        sendJob();
        return;
    }
    ensureJob();
}

bool FakeNode::tipFresh() const
{
    const qint64 tip = m_chain->bestBlock().timestampMs;
    return tip == 0 || QDateTime::currentMSecsSinceEpoch() - tip <= kMaxTipAgeMs;
}

void FakeNode::ensureJob()
{
    if (canMine() && !m_job)
        sendJob();
}

void FakeNode::sendJob()
{
    Job job;
    job.id = QString::number(++m_jobsSent);
    for (auto& b : job.miningHash)
        b = static_cast<std::uint8_t>(QRandomGenerator::global()->bounded(256));
    m_job = job;
    // Stored in the miner server too: a miner that connects later gets it.
    m_miner.sendNewJob(job.id, job.miningHash, U512::fromU64(m_knobs.difficulty));
}

void FakeNode::onResult(const NodeJobResult& result)
{
    if (!m_job || result.jobId != m_job->id) {
        logLine(QStringLiteral("Ignoring a result for job %1: not the current job").arg(result.jobId));
        return;
    }
    if (result.status != QLatin1String("completed")) {
        logLine(QStringLiteral("External miner reported job %1 as %2").arg(result.jobId, result.status));
        return;
    }
    bool valid = result.work && !result.work->isZero();
    if (valid) {
        const U512 hash = powHashReference(PowAlgorithm::QPowV2, m_job->miningHash, *result.work);
        valid = powMeetsTarget(hash, targetForDifficulty(U512::fromU64(m_knobs.difficulty)));
    }
    if (!valid) {
        logLine(QStringLiteral("WARN ⚠️ Received invalid seal from external miner"));
        return;
    }
    logLine(QStringLiteral("🥇 Successfully mined and submitted a new block via external miner"));
    const auto work = result.work->toBytesBE();
    logImport(m_chain->importOwnBlock(QByteArray(reinterpret_cast<const char*>(work.data()), 64)));
    sendJob();
}

void FakeNode::logImport(const Block& block)
{
    logLine(QStringLiteral("🏆 Imported #%1 (%2 → %3)")
                .arg(block.number)
                .arg(FakeChain::shortHash(block.parentHash), FakeChain::shortHash(block.hash)));
}

HttpResponse FakeNode::rpc(const HttpRequest& request) const
{
    // CORS pre-flight, as jsonrpsee answers it.
    if (request.method == "OPTIONS")
        return HttpResponse{200, "OK", "text/plain", {}};
    if (request.method != "POST")
        return HttpResponse{405, "Method Not Allowed", "text/plain",
                            "Used HTTP Method is not allowed. POST or OPTIONS is required\n"};
    const RpcState state{m_chain.get(), m_peers, isSyncing(), chainDisplayName(m_options.chain)};
    return HttpResponse{200, "OK", "application/json", answerJsonRpc(request.body, state)};
}

HttpResponse FakeNode::metrics(const HttpRequest& request) const
{
    if (request.method != "GET" || (request.path != "/metrics" && !request.path.startsWith("/metrics?")))
        return HttpResponse{404, "Not Found", "text/plain", "Not found.\n"};
    const quint64 best = m_chain->best();
    const QByteArray text =
        "# HELP substrate_block_height Block height info of the chain\n"
        "# TYPE substrate_block_height gauge\n"
        "substrate_block_height{status=\"best\"} " + QByteArray::number(best) + "\n"
        "substrate_block_height{status=\"finalized\"} " + QByteArray::number(best >= 2 ? best - 2 : 0) + "\n"
        "# HELP substrate_sub_libp2p_peers_count Number of connected peers\n"
        "# TYPE substrate_sub_libp2p_peers_count gauge\n"
        "substrate_sub_libp2p_peers_count " + QByteArray::number(m_peers) + "\n";
    return HttpResponse{200, "OK", "text/plain; version=0.0.4", text};
}

void FakeNode::installSignalHandlers()
{
    if (::pipe2(g_signalPipe, O_CLOEXEC | O_NONBLOCK) != 0)
        return;
    struct sigaction action {};
    action.sa_handler = onPosixSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGTERM, &action, nullptr);
    ::sigaction(SIGINT, &action, nullptr);
    m_signalNotifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, this);
    connect(m_signalNotifier, &QSocketNotifier::activated, this, &FakeNode::onSignal);
}

void FakeNode::onSignal()
{
    char signal = 0;
    while (::read(g_signalPipe[0], &signal, 1) == 1) {
        logLine(QStringLiteral("Received %1, shutting down (%2 miners connected)")
                    .arg(signal == SIGINT ? QStringLiteral("SIGINT") : QStringLiteral("SIGTERM"))
                    .arg(m_miner.authenticatedConnections()));
        if (m_knobs.ignoreSigterm || m_shuttingDown)
            continue;
        m_shuttingDown = true;
        m_tickTimer.stop();
        QTimer::singleShot(m_knobs.stopDelayMs, this, &FakeNode::shutDown);
    }
}

void FakeNode::shutDown()
{
    // Miners see a clean QUIC close, as from a node that exits normally.
    m_miner.stop(true);
    if (m_rpc)
        m_rpc->close();
    if (m_prometheus)
        m_prometheus->close();
    releaseLock();
    QCoreApplication::exit(0);
}

void FakeNode::crash()
{
    if (!m_knobs.crashOnceFile.isEmpty()) {
        if (QFileInfo::exists(m_knobs.crashOnceFile))
            return;
        // Marked before the crash, so the restarted node stays up.
        QFile marker(m_knobs.crashOnceFile);
        if (marker.open(QIODevice::WriteOnly))
            marker.close();
    }
    std::fputs("Thread 'tokio-runtime-worker' panicked at 'fake crash'\n", stderr);
    std::fflush(stderr);
    // A deliberate crash leaves no core file behind.
    const struct rlimit noCore {0, 0};
    ::setrlimit(RLIMIT_CORE, &noCore);
    std::abort();
}

void FakeNode::releaseLock()
{
    if (m_lockFd >= 0) {
        ::close(m_lockFd);   // closing the descriptor drops the record lock
        m_lockFd = -1;
    }
}

} // namespace qm::fakenode
