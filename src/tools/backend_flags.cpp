#include "tools/backend_flags.h"

#include <cstdlib>
#include <cstring>

namespace qm::tools {

namespace {

bool number(const char* text, unsigned long long lo, unsigned long long hi, unsigned long long& out)
{
    if (!text || !*text || *text == '-')
        return false;
    char* end = nullptr;
    const unsigned long long v = std::strtoull(text, &end, 10);
    if (*end || v < lo || v > hi)
        return false;
    out = v;
    return true;
}

std::string range(unsigned long long lo, unsigned long long hi)
{
    return "an integer from " + std::to_string(lo) + " to " + std::to_string(hi);
}

} // namespace

FlagResult takeBackendFlag(int argc, char** argv, int& i, BackendOptions& options, std::string& error)
{
    const std::string flag = argv[i];
    const bool known = flag == "--cpu-isa" || flag == "--gpu-devices" || flag == "--cuda-kernel" ||
                       flag == "--cuda-block-dim" || flag == "--cuda-threads" || flag == "--cuda-iters";
    if (!known)
        return FlagResult::NotMine;
    if (i + 1 >= argc) {
        error = flag + " needs a value";
        return FlagResult::Invalid;
    }
    const char* value = argv[++i];
    const auto invalid = [&](const std::string& expected) {
        error = "invalid " + flag + " '" + value + "': expected " + expected;
        return FlagResult::Invalid;
    };
    unsigned long long v = 0;
    if (flag == "--cpu-isa") {
        options.cpuIsa = value;
    } else if (flag == "--gpu-devices") {
        if (std::strcmp(value, "all") == 0)
            options.gpu.deviceLimit = 0;
        else if (number(value, 1, kMaxGpuDevices, v))
            options.gpu.deviceLimit = static_cast<int>(v);
        else
            return invalid(range(1, kMaxGpuDevices) + " or all");
    } else if (flag == "--cuda-kernel") {
        if (std::strcmp(value, "compact") != 0 && std::strcmp(value, "inline") != 0)
            return invalid("compact or inline");
        options.gpu.inlineKernel = std::strcmp(value, "inline") == 0;
    } else if (flag == "--cuda-block-dim") {
        if (!number(value, kMinGpuBlockDim, kMaxGpuBlockDim, v) || v % kMinGpuBlockDim)
            return invalid("a multiple of " + std::to_string(kMinGpuBlockDim) + " from " +
                           std::to_string(kMinGpuBlockDim) + " to " + std::to_string(kMaxGpuBlockDim));
        options.gpu.blockDim = static_cast<unsigned>(v);
    } else if (flag == "--cuda-threads") {
        if (!number(value, kMinGpuThreads, kMaxGpuThreads, v))
            return invalid(range(kMinGpuThreads, kMaxGpuThreads));
        options.gpu.threads = v;
    } else {
        if (!number(value, 1, kMaxGpuIterations, v))
            return invalid(range(1, kMaxGpuIterations));
        options.gpu.iterations = static_cast<std::uint32_t>(v);
    }
    return FlagResult::Taken;
}

const char* backendFlagsHelp()
{
    return "  --cpu-isa PATH      cpu-fast's code path: auto, scalar, avx2 or avx512 (as MINER_CPU_ISA)\n"
           "  --gpu-devices N|all how many visible GPUs gpu-cuda uses\n"
           "  --cuda-kernel K     compact (default) or inline (as MINER_CUDA_KERNEL)\n"
           "  --cuda-block-dim N  threads per block (as MINER_CUDA_BLOCK_DIM)\n"
           "  --cuda-threads N    threads per GPU (as MINER_CUDA_THREADS)\n"
           "  --cuda-iters N      nonces per thread (as MINER_CUDA_ITERS)\n";
}

} // namespace qm::tools
