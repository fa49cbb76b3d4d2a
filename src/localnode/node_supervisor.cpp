#include "localnode/node_supervisor.h"

#include "localnode/node_keys.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QRegularExpression>
#include <QTcpServer>
#include <QUdpSocket>

#include <algorithm>

#include <fcntl.h>
#include <unistd.h>
#include <csignal>
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

namespace qm {

namespace {

constexpr int kFilesPollMs = 200;
constexpr int kFilesTimeoutMs = 30'000;
// How long after the listening line files a previous run left are waited on
// to be rewritten before they are used as they are (a node may keep them).
constexpr int kStaleFilesGraceMs = 2'000;
constexpr int kMaxBackoffMs = 60'000;
// Up this long, a crash counts as a new first one: the back-off starts over.
constexpr qint64 kStableUpMs = 10 * 60'000;
// Between minerServerLost and SIGTERM: the miner's connection close is on
// its way, and the node should read it before it shuts down.
constexpr int kLetGoMs = 200;
constexpr int kRecentLines = 1000;

QString lockMessage(qint64 pid, const QString& basePath)
{
    if (pid > 0)
        return QStringLiteral("another quantus-node (pid %1) is already using %2; stop it or choose another base path")
            .arg(pid)
            .arg(basePath);
    return QStringLiteral("another quantus-node is already using %1; stop it or choose another base path").arg(basePath);
}

QString portMessage(quint16 port, const char* option)
{
    return QStringLiteral("port %1 (%2) is in use on 127.0.0.1: another program, perhaps a node, listens there; "
                          "choose another port")
        .arg(port)
        .arg(QString::fromLatin1(option));
}

// Substrate colours its output on a terminal; the lines are read as text.
QString withoutEscapes(const QString& line)
{
    static const QRegularExpression escape(QStringLiteral("\x1b\\[[0-9;]*[A-Za-z]"));
    QString clean = line;
    clean.remove(escape);
    if (clean.endsWith(QLatin1Char('\r')))
        clean.chop(1);
    return clean;
}

// "2024-05-01 12:00:00 WARN ..." (substrate's level column; INFO lines have
// none), "Error: ..." (the node's fatal error), "error: ..." (its command
// line parser), a Rust panic.
LogLevel levelOf(const QString& line)
{
    static const QRegularExpression stamped(
        QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d(?:\\.\\d+)?\\s+(ERROR|WARN|INFO|DEBUG|TRACE)\\b"));
    const auto m = stamped.match(line);
    if (m.hasMatch()) {
        const QString level = m.captured(1);
        if (level == QLatin1String("ERROR"))
            return LogLevel::Error;
        if (level == QLatin1String("WARN"))
            return LogLevel::Warn;
        if (level == QLatin1String("DEBUG"))
            return LogLevel::Debug;
        if (level == QLatin1String("TRACE"))
            return LogLevel::Trace;
        return LogLevel::Info;
    }
    if (line.startsWith(QLatin1String("Error:")) || line.startsWith(QLatin1String("error:")) ||
        line.contains(QLatin1String("panicked at")))
        return LogLevel::Error;
    if (line.contains(QChar(0x26A0))) // ⚠
        return LogLevel::Warn;
    return LogLevel::Info;
}

bool isFatalLine(const QString& line)
{
    return line.startsWith(QLatin1String("Error:")) || line.startsWith(QLatin1String("error:")) ||
           line.contains(QLatin1String("panicked at"));
}

} // namespace

NodeSupervisor::NodeSupervisor(QObject* parent) : QObject(parent)
{
    m_restartTimer.setSingleShot(true);
    connect(&m_restartTimer, &QTimer::timeout, this, &NodeSupervisor::relaunch);
    m_filesTimer.setInterval(kFilesPollMs);
    connect(&m_filesTimer, &QTimer::timeout, this, &NodeSupervisor::checkMinerFiles);
    m_termTimer.setSingleShot(true);
    connect(&m_termTimer, &QTimer::timeout, this, &NodeSupervisor::sendTerminate);
    m_killTimer.setSingleShot(true);
    connect(&m_killTimer, &QTimer::timeout, this, [this] {
        if (m_process)
            m_process->kill();
    });
}

NodeSupervisor::~NodeSupervisor()
{
    // The miner lets go first; nothing else is told about a supervisor that
    // is going away.
    blockSignals(true);
    stopAndWait();
}

void NodeSupervisor::setConfig(const LocalNodeConfig& config)
{
    if (config == m_config)
        return;
    m_config = config;
    // A waiting restart (Restarting) simply takes the new settings; a
    // running node is stopped in order and started again with them.
    if (m_process && !m_stopRequested) {
        stop();
        m_startAfterStop = true;
    }
}

void NodeSupervisor::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

bool NodeSupervisor::fail(const QString& reason, QString* error)
{
    m_problem = reason;
    if (error)
        *error = reason;
    setState(State::Failed);
    return false;
}

bool NodeSupervisor::start(QString* error)
{
    if (m_process) {
        // Running, or on its way down: a stop() then start() starts again
        // once the old child is gone.
        if (m_stopRequested)
            m_startAfterStop = true;
        return true;
    }
    m_restartTimer.stop();
    m_restarts = 0;
    m_backoffStep = 0;
    m_problem.clear();
    m_recent.clear();
    m_minerSettings = NodeSettings{};

    const QString binary = m_config.binary;
    if (!m_config.enabled || binary.isEmpty())
        return fail(QStringLiteral("no quantus-node to run: give --node-binary PATH"), error);
    const QFileInfo info(binary);
    if (!info.exists())
        return fail(QStringLiteral("quantus-node not found at %1").arg(binary), error);
    if (info.isDir() || !info.isExecutable())
        return fail(QStringLiteral("%1 is not executable (chmod +x)").arg(binary), error);
    if (const QString problem = checkLocalNode(m_config); !problem.isEmpty())
        return fail(problem, error);

    const NodeKeyTool tool(binary);
    QString versionError;
    m_version = tool.version(&versionError);
    if (m_version.isEmpty())
        return fail(versionError, error);

    if (const qint64 holder = databaseLockHolder(m_config))
        return fail(lockMessage(holder, m_config.basePath), error);
    if (const QString problem = portProblem(m_config); !problem.isEmpty())
        return fail(problem, error);

    const QString keyFile = m_config.nodeKeyFile();
    if (!QFileInfo::exists(keyFile)) {
        const NodeKeyResult key = tool.generateNodeKey(keyFile, &m_peerId);
        if (!key.ok)
            return fail(QStringLiteral("cannot make the node key %1: %2").arg(keyFile, key.error), error);
    }
    return launch(error);
}

bool NodeSupervisor::launch(QString* error)
{
    // Whole seconds: some file systems keep no finer modification times.
    m_launchedAt = QDateTime::currentDateTimeUtc().addSecs(-1);
    m_listening = false;
    m_readyEmitted = false;
    m_stopRequested = false;
    m_fatalLine.clear();
    m_partial[0].clear();
    m_partial[1].clear();
    m_filesTimer.stop();

    auto* process = new QProcess(this);
    process->setProgram(m_config.binary);
    process->setArguments(m_config.arguments());
    process->setProcessChannelMode(QProcess::SeparateChannels);
    process->setInputChannelMode(QProcess::ManagedInputChannel);
#ifdef Q_OS_UNIX
    const pid_t parent = ::getpid();
    process->setChildProcessModifier([parent] {
        // Its own process group: Ctrl-C in a terminal reaches the miner
        // only, which then stops the node in order (miner first).
        ::setpgid(0, 0);
#ifdef Q_OS_LINUX
        // A miner that dies without stopping its node (killed, crashed)
        // takes it along, so the database lock and the ports are free for
        // the next start.
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != parent)
            ::raise(SIGTERM);
#endif
    });
#endif
    // A child this object let go of (deleteLater) has nothing more to say.
    connect(process, &QProcess::readyReadStandardOutput, this, [this, process] {
        if (process == m_process)
            onReadyRead(QProcess::StandardOutput);
    });
    connect(process, &QProcess::readyReadStandardError, this, [this, process] {
        if (process == m_process)
            onReadyRead(QProcess::StandardError);
    });
    connect(process, &QProcess::finished, this, [this, process](int exitCode, QProcess::ExitStatus status) {
        if (process == m_process)
            onFinished(exitCode, status);
    });
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError failure) {
        if (process == m_process)
            onProcessError(failure);
    });
    m_process = process;
    m_upTime.start();
    process->start(QIODevice::ReadOnly);
    if (process->waitForStarted(30'000)) {
        setState(State::Starting);
        return true;
    }
    // onProcessError has reported it (state Failed) when it could not run.
    if (m_process == process) {
        const QString reason = QStringLiteral("cannot start %1: %2").arg(m_config.binary, process->errorString());
        m_process = nullptr;
        process->deleteLater();
        return fail(reason, error);
    }
    if (error)
        *error = m_problem;
    return false;
}

void NodeSupervisor::onProcessError(QProcess::ProcessError error)
{
    if (error != QProcess::FailedToStart || !m_process)
        return;
    const QString reason = QStringLiteral("cannot start %1: %2").arg(m_config.binary, m_process->errorString());
    m_process->deleteLater();
    m_process = nullptr;
    m_termTimer.stop();
    m_killTimer.stop();
    const bool stopping = m_stopRequested;
    m_stopRequested = false;
    if (stopping) {
        setState(State::Stopped);
        emit stopped();
        return;
    }
    fail(reason);
}

void NodeSupervisor::onReadyRead(QProcess::ProcessChannel channel)
{
    if (!m_process)
        return;
    QByteArray& partial = m_partial[channel == QProcess::StandardOutput ? 0 : 1];
    m_process->setReadChannel(channel);
    partial += m_process->readAll();
    qsizetype from = 0;
    for (qsizetype nl = partial.indexOf('\n'); nl >= 0; nl = partial.indexOf('\n', from)) {
        handleLine(withoutEscapes(QString::fromUtf8(partial.constData() + from, nl - from)));
        from = nl + 1;
    }
    partial.remove(0, from);
    // A line without an end this long is not a log line; show it in pieces.
    if (partial.size() > 64 * 1024) {
        handleLine(withoutEscapes(QString::fromUtf8(partial)));
        partial.clear();
    }
}

void NodeSupervisor::handleLine(const QString& line)
{
    if (line.trimmed().isEmpty())
        return;
    m_recent << line;
    if (m_recent.size() > kRecentLines)
        m_recent.remove(0, m_recent.size() - kRecentLines);
    if (isFatalLine(line))
        m_fatalLine = line.trimmed();
    emit logLine(line, levelOf(line));

    static const QRegularExpression identity(QStringLiteral("Local node identity is: (\\S+)"));
    if (const auto m = identity.match(line); m.hasMatch())
        m_peerId = m.captured(1);
    if (line.contains(QLatin1String("Successfully mined and submitted a new block")))
        emit blockSubmitted();
    if (!m_listening && m_state == State::Starting && line.contains(QLatin1String("Miner server listening on port"))) {
        m_listening = true;
        m_filesClock.start();
        checkMinerFiles();
        if (m_state == State::Starting)
            m_filesTimer.start();
    }
}

void NodeSupervisor::checkMinerFiles()
{
    if (m_state != State::Starting || !m_process || m_stopRequested) {
        m_filesTimer.stop();
        return;
    }
    // A node that writes its files after the listening line would otherwise
    // hand the miner a previous run's token: files from before this start
    // are taken only once the node had a moment to write new ones.
    const auto fresh = [this](const QString& name) {
        const QFileInfo info(QDir(m_config.chainDir()).filePath(name));
        return info.exists() && info.lastModified().toUTC() >= m_launchedAt;
    };
    const bool written = fresh(QLatin1String(kNodeTokenFileName)) && fresh(QLatin1String(kNodePinFileName));
    if (!written && m_filesClock.elapsed() < kStaleFilesGraceMs)
        return;
    const NodeSettings settings = m_config.minerSettings();
    if (settings.problem.isEmpty()) {
        m_filesTimer.stop();
        m_minerSettings = settings;
        setState(State::Running);
        m_readyEmitted = true;
        emit minerServerReady(settings);
        return;
    }
    if (m_filesClock.elapsed() >= kFilesTimeoutMs) {
        m_filesTimer.stop();
        fail(QStringLiteral("quantus-node says its miner server listens, but the miner cannot read its files after "
                            "%1 s: %2")
                 .arg(kFilesTimeoutMs / 1000)
                 .arg(settings.problem));
        // Of no use to the miner: stopped, and not restarted.
        m_termTimer.stop();
        sendTerminate();
    }
}

void NodeSupervisor::letGo()
{
    if (!m_readyEmitted)
        return;
    m_readyEmitted = false;
    m_minerSettings = NodeSettings{};
    emit minerServerLost();
}

void NodeSupervisor::stop()
{
    m_restartTimer.stop();
    m_filesTimer.stop();
    m_startAfterStop = false;
    if (!m_process) {
        if (m_state != State::Stopped) {
            setState(State::Stopped);
            emit stopped();
        }
        return;
    }
    if (m_stopRequested)
        return;
    m_stopRequested = true;
    letGo();
    // letGo's receivers may have stopped us already (synchronously).
    if (!m_process || m_state == State::Stopped)
        return;
    setState(State::Stopping);
    m_termTimer.start(kLetGoMs);
}

void NodeSupervisor::sendTerminate()
{
    if (!m_process)
        return;
    if (m_process->state() == QProcess::Starting)
        m_process->waitForStarted(5000);
    // Only the child this object started, through its QProcess.
    m_process->terminate();
    m_killTimer.start(m_stopTimeoutMs);
}

void NodeSupervisor::stopAndWait(int timeoutMs)
{
    if (timeoutMs < 0)
        timeoutMs = m_stopTimeoutMs + kLetGoMs + 2000;
    const QDeadlineTimer deadline(timeoutMs);
    stop();
    if (!m_process)
        return;
    if (m_termTimer.isActive()) {
        m_termTimer.stop();
        // Not a wait for the exit (the node was not asked yet): the time the
        // miner's goodbye needs to reach it.
        m_process->waitForFinished(static_cast<int>(std::min<qint64>(kLetGoMs, deadline.remainingTime())));
        sendTerminate();
    }
    const auto remaining = [&] { return static_cast<int>(std::max<qint64>(deadline.remainingTime(), 0)); };
    if (m_process && !m_process->waitForFinished(std::min(m_stopTimeoutMs, remaining()))) {
        if (m_process) {
            m_process->kill();
            m_process->waitForFinished(std::max(remaining(), 2000));
        }
    }
}

QString NodeSupervisor::configProblem(int exitCode, QProcess::ExitStatus status) const
{
    const QString& line = m_fatalLine;
    if (line.contains(QLatin1String("NetworkKeyNotFound")))
        return QStringLiteral("quantus-node found no node key at %1; start again to make a new one (%2)")
            .arg(m_config.nodeKeyFile(), line);
    if (line.contains(QLatin1String("While lock file")))
        return lockMessage(databaseLockHolder(m_config), m_config.basePath);
    if (line.contains(QLatin1String("AddrInUse")) || line.contains(QLatin1String("PortInUse")) ||
        line.contains(QLatin1String("Address already in use")) || line.contains(QLatin1String("Address in use"))) {
        if (line.contains(QLatin1String("miner server"), Qt::CaseInsensitive))
            return portMessage(m_config.minerPort, "--node-miner-port");
        if (line.contains(QLatin1String("Prometheus")))
            return portMessage(m_config.prometheusPort, "--node-prometheus-port");
        if (const QString problem = portProblem(m_config); !problem.isEmpty())
            return problem;
        return QStringLiteral("one of the node's ports (%1 --node-rpc-port, %2 --node-prometheus-port, "
                              "%3 --node-miner-port) is in use on 127.0.0.1; choose other ports (%4)")
            .arg(m_config.rpcPort)
            .arg(m_config.prometheusPort)
            .arg(m_config.minerPort)
            .arg(line);
    }
    if (line.contains(QLatin1String("Error opening spec file")))
        return QStringLiteral("quantus-node cannot open the chain spec '%1' (--chain): choose mainnet, planck, "
                              "dev or a spec file that exists (%2)")
            .arg(m_config.chain, line);
    if ((status == QProcess::NormalExit && exitCode == 2) || line.startsWith(QLatin1String("error:")))
        return QStringLiteral("quantus-node refused its command line; is %1 the node this miner supports? (%2)")
            .arg(m_config.binary, line.isEmpty() ? QStringLiteral("exit code 2") : line);
    return {};
}

void NodeSupervisor::onFinished(int exitCode, QProcess::ExitStatus status)
{
    if (!m_process)
        return;
    // The last words, if they came without a line end.
    for (QByteArray& partial : m_partial) {
        if (!partial.isEmpty())
            handleLine(withoutEscapes(QString::fromUtf8(partial)));
        partial.clear();
    }
    m_process->deleteLater();
    m_process = nullptr;
    m_filesTimer.stop();
    m_termTimer.stop();
    m_killTimer.stop();

    if (m_stopRequested) {
        m_stopRequested = false;
        setState(State::Stopped);
        emit stopped();
        if (m_startAfterStop) {
            m_startAfterStop = false;
            start();
        }
        return;
    }
    letGo();
    if (m_state == State::Failed) // stopped because its miner files never came
        return;
    if (const QString problem = configProblem(exitCode, status); !problem.isEmpty()) {
        fail(problem);
        return;
    }
    QString reason = status == QProcess::CrashExit
                         ? QStringLiteral("quantus-node crashed")
                         : QStringLiteral("quantus-node exited with code %1").arg(exitCode);
    if (!m_fatalLine.isEmpty())
        reason += QStringLiteral(": ") + m_fatalLine;
    if (m_upTime.isValid() && m_upTime.elapsed() >= kStableUpMs)
        m_backoffStep = 0;
    scheduleRestart(reason);
}

void NodeSupervisor::scheduleRestart(const QString& reason)
{
    m_problem = reason;
    const int step = std::min(m_backoffStep, 20);
    const qint64 delay = std::min<qint64>(static_cast<qint64>(m_backoffBaseMs) << step, kMaxBackoffMs);
    ++m_backoffStep;
    m_restartTimer.start(static_cast<int>(delay));
    setState(State::Restarting);
}

void NodeSupervisor::relaunch()
{
    if (m_process || m_state != State::Restarting)
        return;
    ++m_restarts;
    emit restarted(m_restarts);
    launch();
}

int NodeSupervisor::restartInMs() const
{
    if (m_state != State::Restarting || !m_restartTimer.isActive())
        return 0;
    return std::max(0, m_restartTimer.remainingTime());
}

qint64 NodeSupervisor::pid() const
{
    return m_process ? m_process->processId() : 0;
}

QStringList NodeSupervisor::recentLog() const
{
    return m_recent;
}

qint64 NodeSupervisor::databaseLockHolder(const LocalNodeConfig& config)
{
    const QByteArray path = QFile::encodeName(QDir(config.chainDir()).filePath(QStringLiteral("db/full/LOCK")));
    // Never created here: a missing file is a free database. Only asked
    // (F_GETLK), never taken.
    int fd = ::open(path.constData(), O_RDWR | O_CLOEXEC);
    if (fd < 0)
        fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return 0;
    struct flock lock = {};
    lock.l_type = F_WRLCK;
    lock.l_whence = SEEK_SET;
    lock.l_start = 0;
    lock.l_len = 0;
    const int rc = ::fcntl(fd, F_GETLK, &lock);
    ::close(fd);
    if (rc != 0 || lock.l_type == F_UNLCK)
        return 0;
    return lock.l_pid > 0 ? static_cast<qint64>(lock.l_pid) : -1;
}

QString NodeSupervisor::portProblem(const LocalNodeConfig& config)
{
    const QHostAddress loopback(QHostAddress::LocalHost);
    const auto tcpTaken = [&](quint16 port) {
        QTcpServer server;
        return !server.listen(loopback, port);
    };
    if (tcpTaken(config.rpcPort))
        return portMessage(config.rpcPort, "--node-rpc-port");
    if (tcpTaken(config.prometheusPort))
        return portMessage(config.prometheusPort, "--node-prometheus-port");
    // Without address sharing: a socket already bound there makes this fail.
    QUdpSocket udp;
    if (!udp.bind(loopback, config.minerPort, QAbstractSocket::DontShareAddress))
        return portMessage(config.minerPort, "--node-miner-port");
    return {};
}

} // namespace qm
