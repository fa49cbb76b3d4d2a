#include "test_support.h"

#include "cpu/cpu_features.h"
#include "engine_baseline.h"
#include "engine_fast.h"

#include <cstdio>
#include <cstdlib>

namespace qmtest {

std::vector<std::unique_ptr<qm::Engine>> testEngines()
{
    std::vector<std::unique_ptr<qm::Engine>> out;
    out.push_back(std::make_unique<qm::BaselineEngine>());
    // cpu-fast once per code path this machine can run: every check covers
    // scalar, avx2 and avx512 where the CPU has them.
    for (qm::cpu::Isa isa : qm::cpu::supportedIsas(qm::cpu::hostCpuFeatures())) {
        std::string error;
        auto engine = qm::makeFastEngine(qm::cpu::isaName(isa), qm::cpu::hostCpuFeatures(), error);
        if (!engine) {
            std::fprintf(stderr, "cpu-fast %s: %s\n", qm::cpu::isaName(isa).c_str(), error.c_str());
            std::abort();
        }
        out.push_back(std::move(engine));
    }
    return out;
}

} // namespace qmtest
