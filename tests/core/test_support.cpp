#include "test_support.h"

#include "engine_baseline.h"
#include "engine_fast.h"

namespace qmtest {

std::vector<std::unique_ptr<qm::Engine>> testEngines()
{
    std::vector<std::unique_ptr<qm::Engine>> out;
    out.push_back(std::make_unique<qm::BaselineEngine>());
    out.push_back(std::make_unique<qm::FastEngine>());
    return out;
}

} // namespace qmtest
