// What the processor offers the cpu-fast engine, and which of its code paths
// (instruction sets) to run. Qt-free: the service, the dashboard, --version and
// the benchmark all read the same answers from here.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace qm::cpu {

// The code paths of cpu-fast, from the most portable to the widest.
enum class Isa { Scalar, Avx2, Avx512 };

// "scalar", "avx2", "avx512": the names MINER_CPU_ISA accepts and
// Backend::backend() reports.
std::string isaName(Isa isa);
std::optional<Isa> parseIsa(std::string_view name);
// Every path in order, whether or not this build or CPU can run it.
std::vector<Isa> allIsas();

struct CpuFeatures {
    std::string vendor;    // "AuthenticAMD", "GenuineIntel", ... ("" when unknown)
    std::string modelName; // the CPUID brand string, trimmed ("" when unknown)
    // Instruction sets the CPU reports AND the operating system has enabled
    // the registers for (XGETBV): a CPU flag without OS support counts as absent.
    bool avx2 = false;
    bool bmi2 = false;
    bool avx512f = false;
    bool avx512dq = false;
    bool avx512bw = false;
    bool avx512vl = false;
    bool avx512ifma = false;
    bool avx512vbmi = false;

    // Feature names that are present, lower case ("avx2", "avx512f", ...).
    std::vector<std::string> flagNames() const;
};

// Reads CPUID/XGETBV once (thread-safe) and caches the answer. On processors
// other than x86-64 every flag is false and only the scalar path is usable.
const CpuFeatures& hostCpuFeatures();
// The same probe, uncached; exposed so tests can compare against the cache.
CpuFeatures detectCpuFeatures();

// Whether this build contains the path and `features` can run it.
bool isaSupported(Isa isa, const CpuFeatures& features);
// The paths of cpu-fast that `features` can run in this build, scalar first.
std::vector<Isa> supportedIsas(const CpuFeatures& features);
// The widest supported path.
Isa bestIsa(const CpuFeatures& features);

// Resolves a request ("" or "auto" = the best path; otherwise "scalar",
// "avx2" or "avx512", as in MINER_CPU_ISA) against `features`. Returns nullopt
// and a message for an unknown name or a path this CPU or build cannot run.
std::optional<Isa> selectIsa(std::string_view request, const CpuFeatures& features, std::string& error);

// One line for logs and --version, e.g.
// "AMD EPYC; cpu-fast paths: scalar avx2 avx512; using avx512".
// `isaRequest` as in selectIsa (BackendOptions::cpuIsa).
std::string describeCpu(std::string_view isaRequest = {});

} // namespace qm::cpu
