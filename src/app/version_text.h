// What --version prints: version, build options, the engines' code paths.
#pragma once

#include "core/backend_options.h"

#include <QString>

namespace qm {

// backends: the settings in effect (MINER_CPU_ISA shows as the path in use).
QString versionText(const BackendOptions& backends);
QString versionString();

} // namespace qm
