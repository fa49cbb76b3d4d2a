// The process's environment, read here and only here: src/app hands it to
// resolveConfig (miner/miner_config.h), which turns every variable the program
// knows into typed settings.
#pragma once

#include "miner/miner_config.h"

namespace qm {

// Looks variables up in the process environment; unset and empty are alike.
EnvLookup processEnvironment();

} // namespace qm
