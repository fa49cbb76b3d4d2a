#include "localnode/node_keys.h"

#include "localnode/local_node.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>

#include <algorithm>

#include <sys/stat.h>

namespace qm {

namespace {

// Overwrites a buffer that held a phrase before it is released.
void wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty())
        std::fill(bytes.begin(), bytes.end(), '\0');
    bytes.clear();
}

void wipe(QString& text)
{
    if (!text.isEmpty())
        std::fill(text.begin(), text.end(), QChar(u'\0'));
    text.clear();
}

struct Run {
    bool started = false;
    bool finished = false;
    int exitCode = -1;
    QString startError;
    QByteArray out;
    QByteArray err;
};

// Runs `binary args`, feeding `input` (then end of file) when given. The
// caller wipes run.out when it may hold a phrase.
Run runNode(const QString& binary, const QStringList& args, int timeoutMs, QByteArray* input = nullptr)
{
    Run run;
    QProcess p;
    p.setProgram(binary);
    p.setArguments(args);
#ifdef Q_OS_UNIX
    // What the node writes (the node key) is for this user only, from the
    // moment the file exists.
    p.setChildProcessModifier([] { ::umask(077); });
#endif
    p.start(QIODevice::ReadWrite);
    if (!p.waitForStarted(timeoutMs)) {
        run.startError = p.errorString();
        if (input)
            wipe(*input);
        return run;
    }
    run.started = true;
    if (input) {
        p.write(*input);
        wipe(*input);
    }
    p.closeWriteChannel();
    run.finished = p.waitForFinished(timeoutMs);
    if (!run.finished) {
        p.kill();
        p.waitForFinished(2000);
    }
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    return run;
}

// The node's own explanation of a failure: its "Error: ..." (or clap's
// "error: ...") line, else the last line it wrote.
QString errorLine(const Run& run)
{
    QString last;
    for (const QByteArray* stream : {&run.err, &run.out}) {
        for (const QByteArray& raw : stream->split('\n')) {
            const QString line = QString::fromUtf8(raw).trimmed();
            if (line.startsWith(QLatin1String("Error:")) || line.startsWith(QLatin1String("error:")))
                return line;
            if (!line.isEmpty())
                last = line;
        }
    }
    return last;
}

QString describeFailure(const QString& binary, const QString& command, const Run& run, int timeoutMs)
{
    if (!run.started)
        return QStringLiteral("cannot run %1: %2").arg(binary, run.startError);
    if (!run.finished)
        return QStringLiteral("%1 %2 did not finish within %3 s").arg(binary, command).arg(timeoutMs / 1000);
    const QString line = errorLine(run);
    const QString status = run.exitCode < 0 ? QStringLiteral("crashed") : QStringLiteral("failed (exit code %1)").arg(run.exitCode);
    if (line.isEmpty())
        return QStringLiteral("%1 %2 %3").arg(binary, command, status);
    return QStringLiteral("%1 %2 %3: %4").arg(binary, command, status, line);
}

// "Label: value" from the key command's output, read in place: no copy of a
// line holding the phrase is left behind, only the value (the caller wipes it).
QByteArray valueAfter(const QByteArray& out, const char* label)
{
    const QByteArray prefix = QByteArray(label) + ':';
    qsizetype from = 0;
    while (from < out.size()) {
        qsizetype end = out.indexOf('\n', from);
        if (end < 0)
            end = out.size();
        const QByteArrayView line = QByteArrayView(out).sliced(from, end - from).trimmed();
        if (line.startsWith(prefix))
            return line.sliced(prefix.size()).trimmed().toByteArray();
        from = end + 1;
    }
    return {};
}

// The public half of a wormhole key from the node's output; the phrase is
// the caller's to take.
NodeKeyResult parseRewardsKey(const QString& binary, const QString& command, const QByteArray& out, RewardsKey& key)
{
    NodeKeyResult r;
    key.address = QString::fromUtf8(valueAfter(out, "Address"));
    const QString hash = QString::fromUtf8(valueAfter(out, "Inner Hash"));
    if (key.address.isEmpty() || !parseInnerHash(hash, &key.innerHash)) {
        key = RewardsKey{};
        r.error = QStringLiteral("%1 %2 printed no Address and Inner Hash lines; is it a quantus-node with wormhole "
                                 "keys?")
                      .arg(binary, command);
        return r;
    }
    r.ok = true;
    return r;
}

} // namespace

NodeKeyTool::NodeKeyTool(QString binary, int timeoutMs) : m_binary(std::move(binary)), m_timeoutMs(timeoutMs) {}

QString NodeKeyTool::version(QString* error) const
{
    const auto fail = [&](const QString& message) {
        if (error)
            *error = message;
        return QString();
    };
    const QFileInfo info(m_binary);
    if (!info.exists())
        return fail(QStringLiteral("quantus-node not found at %1").arg(m_binary));
    if (info.isDir() || !info.isExecutable())
        return fail(QStringLiteral("%1 is not executable (chmod +x)").arg(m_binary));
    const Run run = runNode(m_binary, {QStringLiteral("--version")}, m_timeoutMs);
    if (!run.started || !run.finished || run.exitCode != 0)
        return fail(describeFailure(m_binary, QStringLiteral("--version"), run, m_timeoutMs));
    const QString first = QString::fromUtf8(run.out).section(QLatin1Char('\n'), 0, 0).trimmed();
    if (first.isEmpty())
        return fail(QStringLiteral("%1 --version printed nothing; is it a quantus-node?").arg(m_binary));
    if (error)
        error->clear();
    return first;
}

NodeKeyResult NodeKeyTool::generateNodeKey(const QString& file, QString* peerId) const
{
    NodeKeyResult r;
    if (QFileInfo::exists(file)) {
        r.ok = true;
        return r;
    }
    const QString dir = QFileInfo(file).absolutePath();
    if (!QDir().mkpath(dir)) {
        r.error = QStringLiteral("cannot create the folder %1 for the node key").arg(dir);
        return r;
    }
    const QString command = QStringLiteral("key generate-node-key");
    const Run run = runNode(m_binary, {QStringLiteral("key"), QStringLiteral("generate-node-key"),
                                       QStringLiteral("--file"), file},
                            m_timeoutMs);
    if (!run.started || !run.finished || run.exitCode != 0) {
        r.error = describeFailure(m_binary, command, run, m_timeoutMs);
        return r;
    }
    if (!QFileInfo::exists(file)) {
        r.error = QStringLiteral("%1 %2 wrote no key to %3").arg(m_binary, command, file);
        return r;
    }
    if (!QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner)) {
        r.error = QStringLiteral("cannot make the node key %1 private (mode 0600)").arg(file);
        return r;
    }
    if (peerId) {
        // The node prints the peer id alone on a line (on stderr).
        static const QRegularExpression id(QStringLiteral("^(12D3KooW[1-9A-HJ-NP-Za-km-z]+|Qm[1-9A-HJ-NP-Za-km-z]{44})$"));
        peerId->clear();
        for (const QByteArray* stream : {&run.err, &run.out}) {
            for (const QByteArray& raw : stream->split('\n')) {
                const QString line = QString::fromUtf8(raw).trimmed();
                if (id.match(line).hasMatch())
                    *peerId = line;
            }
        }
    }
    r.ok = true;
    return r;
}

NodeKeyResult NodeKeyTool::rewardsKeyFromPhrase(const QString& phrase, RewardsKey& out) const
{
    out = RewardsKey{};
    NodeKeyResult r;
    QString normalised = normalisePhrase(phrase);
    if (normalised.isEmpty()) {
        r.error = QStringLiteral("the phrase is empty: type the 24 words of your rewards key");
        return r;
    }
    QByteArray input = normalised.toUtf8();
    input.append('\n');
    const QString command = QStringLiteral("key quantus --scheme wormhole --words");
    Run run = runNode(m_binary,
                      {QStringLiteral("key"), QStringLiteral("quantus"), QStringLiteral("--scheme"),
                       QStringLiteral("wormhole"), QStringLiteral("--words")},
                      m_timeoutMs, &input);
    if (!run.started || !run.finished || run.exitCode != 0) {
        // What the node printed on stdout is never quoted to the user: it
        // may hold the words. Its error line is on stderr.
        wipe(run.out);
        r.error = describeFailure(m_binary, command, run, m_timeoutMs);
        if (r.error.contains(normalised))
            r.error.replace(normalised, QStringLiteral("<phrase>"));
    } else {
        r = parseRewardsKey(m_binary, command, run.out, out);
    }
    wipe(normalised);
    wipe(run.out);
    wipe(run.err);
    return r;
}

NodeKeyResult NodeKeyTool::newRewardsKey(RewardsKey& out) const
{
    out = RewardsKey{};
    const QString command = QStringLiteral("key quantus --scheme wormhole");
    Run run = runNode(m_binary,
                      {QStringLiteral("key"), QStringLiteral("quantus"), QStringLiteral("--scheme"),
                       QStringLiteral("wormhole")},
                      m_timeoutMs);
    NodeKeyResult r;
    if (!run.started || !run.finished || run.exitCode != 0) {
        // A new phrase may already be on stdout: never quoted.
        wipe(run.out);
        r.error = describeFailure(m_binary, command, run, m_timeoutMs);
    } else {
        r = parseRewardsKey(m_binary, command, run.out, out);
        if (r.ok) {
            int words = 0;
            QByteArray raw = valueAfter(run.out, "Secret phrase");
            QString typed = QString::fromUtf8(raw);
            wipe(raw);
            out.secretPhrase = normalisePhrase(typed, &words);
            wipe(typed);
            if (words == 0) {
                out = RewardsKey{};
                r.ok = false;
                r.error = QStringLiteral("%1 %2 printed no Secret phrase line").arg(m_binary, command);
            }
        }
    }
    wipe(run.out);
    wipe(run.err);
    return r;
}

QString normalisePhrase(const QString& text, int* words)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    const QStringList list = text.toLower().split(space, Qt::SkipEmptyParts);
    if (words)
        *words = static_cast<int>(list.size());
    return list.join(QLatin1Char(' '));
}

} // namespace qm
