// The backends the Qt-free tests run every check through: cpu-baseline, and
// cpu-fast once per instruction-set path this machine supports.
#pragma once

#include "core/backend.h"
#include "tests/support/check.h"

#include <memory>
#include <vector>

namespace qmtest {

std::vector<std::unique_ptr<qm::Backend>> testEngines();

inline bool currentFailed()
{
    return Registry::get().currentFailed;
}

} // namespace qmtest
