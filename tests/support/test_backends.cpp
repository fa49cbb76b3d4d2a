#include "tests/support/test_backends.h"

#include "core/cpu/cpu_features.h"
#include "core/cpu/baseline_backend.h"
#include "core/cpu/fast_backend.h"

#include <cstdio>
#include <cstdlib>

namespace qmtest {

std::vector<std::unique_ptr<qm::Backend>> testEngines()
{
    std::vector<std::unique_ptr<qm::Backend>> out;
    out.push_back(std::make_unique<qm::BaselineBackend>());
    // cpu-fast once per code path this machine can run: every check covers
    // scalar, avx2 and avx512 where the CPU has them.
    for (qm::cpu::Isa isa : qm::cpu::supportedIsas(qm::cpu::hostCpuFeatures())) {
        std::string error;
        auto engine = qm::makeFastBackend(qm::cpu::isaName(isa), qm::cpu::hostCpuFeatures(), error);
        if (!engine) {
            std::fprintf(stderr, "cpu-fast %s: %s\n", qm::cpu::isaName(isa).c_str(), error.c_str());
            std::abort();
        }
        out.push_back(std::move(engine));
    }
    return out;
}

} // namespace qmtest
