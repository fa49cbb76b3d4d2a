// quantus-miner-core-bench: the benchmark of `quantus-miner benchmark` without
// Qt, for machines that build the core alone (e.g. a GPU box with nvcc only).
#include "core/backend_registry.h"
#include "core/benchmark.h"
#include "cuda/gpu_backend.h"
#include "tools/backend_flags.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

namespace {

void usage(std::FILE* to)
{
    std::fprintf(to,
                 "Usage: quantus-miner-core-bench [--pow v1|v2] [--engine E] [--workers N] [--duration SECONDS] [--json]\n"
                 "  --pow v1|v2         the proof of work (default v1)\n"
                 "  --engine E          cpu-baseline, cpu-fast (default) or gpu-cuda\n"
                 "  --workers N         worker threads (default 1)\n"
                 "  --duration SECONDS  how long to mine (default 10)\n"
                 "  --json              print one JSON object\n"
                 "%s",
                 qm::tools::backendFlagsHelp());
}

[[noreturn]] void bad(const std::string& msg)
{
    std::fprintf(stderr, "quantus-miner-core-bench: %s\n", msg.c_str());
    std::exit(2);
}

} // namespace

int main(int argc, char** argv)
{
    std::string engineName = "cpu-fast";
    qm::BenchmarkOptions opts;
    qm::BackendOptions backends;
    bool json = false;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        std::string flagError;
        const auto flag = qm::tools::takeBackendFlag(argc, argv, i, backends, flagError);
        if (flag == qm::tools::FlagResult::Invalid)
            bad(flagError);
        if (flag == qm::tools::FlagResult::Taken)
            continue;
        auto value = [&]() -> std::string {
            if (i + 1 >= argc)
                bad(a + " needs a value");
            return argv[++i];
        };
        if (a == "--engine") {
            engineName = value();
        } else if (a == "--pow") {
            const std::string v = value();
            const auto pow = qm::parsePowAlgorithm(v);
            if (!pow)
                bad("--pow must be v1 or v2, got '" + v + "'");
            opts.pow = *pow;
        } else if (a == "--workers") {
            const std::string v = value();
            char* end = nullptr;
            const long n = std::strtol(v.c_str(), &end, 10);
            if (v.empty() || *end || n < 1 || n > 4096)
                bad("--workers must be an integer from 1 to 4096, got '" + v + "'");
            opts.workers = static_cast<unsigned>(n);
        } else if (a == "--duration") {
            const std::string v = value();
            char* end = nullptr;
            const double d = std::strtod(v.c_str(), &end);
            if (v.empty() || *end || !(d > 0 && d <= 86400))
                bad("--duration must be a number of seconds above 0, got '" + v + "'");
            opts.durationSeconds = d;
        } else if (a == "--json") {
            json = true;
        } else if (a == "--help" || a == "-h") {
            usage(stdout);
            return 0;
        } else {
            bad("unknown option '" + a + "' (see --help)");
        }
    }
    qm::gpu::registerGpuBackend();
    std::string error;
    std::string standIn;
    auto engine = qm::makeBackend(engineName, backends, error, &standIn);
    if (!engine)
        bad(error);
    if (!standIn.empty())
        std::fprintf(stderr, "quantus-miner-core-bench: %s\n", standIn.c_str());
    const auto report = qm::runBenchmark(*engine, opts);
    std::printf("%s\n", json ? report.toJson().c_str() : report.toText().c_str());
    return 0;
}
