// SIGINT/SIGTERM delivered to the Qt event loop: the handler only writes the
// signal number to a socket pair (async-signal-safe); a QSocketNotifier reads
// it on the main thread, where shutting down is safe.
#pragma once

#include <QObject>
#include <QSocketNotifier>

#include <memory>

namespace qm {

class SignalWatcher : public QObject {
    Q_OBJECT
public:
    // Installs the handlers; only one watcher may exist at a time.
    explicit SignalWatcher(QObject* parent = nullptr);
    ~SignalWatcher() override;

    bool isValid() const { return m_notifier != nullptr; }

signals:
    // After the first signal the default action is restored, so a second
    // Ctrl-C ends a shutdown that hangs.
    void shutdownRequested(int signalNumber, const QString& signalName);

private:
    void onReadable();
    std::unique_ptr<QSocketNotifier> m_notifier;
};

} // namespace qm
