// Engines the self-test runs every check through: both CPU engines, each
// CPU instruction-set path this machine supports, and the host build of the
// CUDA arithmetic where it is compiled in.
#pragma once

#include "check.h"
#include "engine.h"

#include <memory>
#include <vector>

namespace qmtest {

std::vector<std::unique_ptr<qm::Engine>> testEngines();

inline bool currentFailed()
{
    return Registry::get().currentFailed;
}

} // namespace qmtest
