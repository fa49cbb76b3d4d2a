#include "version_text.h"

#include "build_info.h"
#include "engine.h"

#include <QtGlobal>

namespace qm {

QString versionString()
{
    return QStringLiteral(QM_VERSION_STRING);
}

QString versionText()
{
    QString cpuBackend = QStringLiteral("unknown");
    std::string error;
    if (auto fast = makeEngine("cpu-fast", error))
        cpuBackend = QString::fromStdString(fast->backend());
    // Without CUDA support another engine stands in for gpu-cuda (and says so).
    QString gpu = QStringLiteral("not built");
    std::string standIn;
    if (QM_BUILD_WITH_CUDA) {
        if (auto cuda = makeEngine("gpu-cuda", error, &standIn); cuda && standIn.empty())
            gpu = QStringLiteral("built (%1)").arg(QString::fromStdString(cuda->backend()));
        else
            gpu = QStringLiteral("built, unusable here: %1").arg(QString::fromStdString(error.empty() ? standIn : error));
    }
    return QStringLiteral("quantus-miner %1\n"
                          "build: %2, %3, %4\n"
                          "CUDA: %5\n"
                          "CPU ISA backend: %6 (cpu-fast)\n"
                          "gpu-cuda engine: %7\n"
                          "Qt: %8 (built with %9)\n")
        .arg(versionString(), QStringLiteral(QM_BUILD_TYPE), QStringLiteral(QM_BUILD_PROCESSOR),
             QStringLiteral(QM_BUILD_COMPILER), QM_BUILD_WITH_CUDA ? QStringLiteral("yes") : QStringLiteral("no"),
             cpuBackend, gpu, QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR));
}

} // namespace qm
