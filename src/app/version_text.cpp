#include "app/version_text.h"

#include "app/build_info.h"
#include "core/backend_registry.h"
#include "service/backends.h"

#include <QtGlobal>

namespace qm {

QString versionString()
{
    return QStringLiteral(QM_VERSION_STRING);
}

QString versionText(const BackendOptions& backends)
{
    registerBackends();
    const BackendRegistry& registry = BackendRegistry::instance();
    const BackendStatus fast = registry.status("cpu-fast", backends);
    const QString cpuBackend = QString::fromStdString(fast.available ? fast.codePath : fast.reason);
    // Without CUDA support another engine stands in for gpu-cuda (and says so).
    QString gpu = QStringLiteral("not built");
    if (QM_BUILD_WITH_CUDA) {
        const BackendStatus cuda = registry.status("gpu-cuda", backends);
        if (cuda.available)
            gpu = QStringLiteral("built (%1)").arg(QString::fromStdString(cuda.codePath));
        else
            gpu = QStringLiteral("built, unusable here: %1").arg(QString::fromStdString(cuda.reason));
    }
    return QStringLiteral("quantus-miner %1\n"
                          "build: %2, %3, %4\n"
                          "CUDA: %5, dashboard: %10\n"
                          "CPU ISA backend: %6 (cpu-fast)\n"
                          "gpu-cuda engine: %7\n"
                          "Qt: %8 (built with %9)\n")
        .arg(versionString(), QStringLiteral(QM_BUILD_TYPE), QStringLiteral(QM_BUILD_PROCESSOR),
             QStringLiteral(QM_BUILD_COMPILER), QM_BUILD_WITH_CUDA ? QStringLiteral("yes") : QStringLiteral("no"),
             cpuBackend, gpu, QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR),
             QM_BUILD_WITH_DASHBOARD ? QStringLiteral("yes") : QStringLiteral("no (headless build)"));
}

} // namespace qm
