#include "cuda/cuda_backend.h"

#include "core/diagnostics.h"
#include "cuda/cuda_errors.h"
#include "cuda/device_buffer.h"
#include "cuda/device_self_test.h"
#include "cuda/gpu_search.h"
#include "kernels/pow_kernels.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstring>
#include <vector>

namespace qm::gpu {

namespace {

// A launch long enough that the host's turn between launches (tens of
// microseconds) is lost in it, short enough that a stop is honoured quickly
// and a display GPU's watchdog never fires.
constexpr double kTargetLaunchSeconds = 0.050;
constexpr std::uint32_t kMaxIterations = kMaxGpuIterations;
constexpr PowAlgorithm kGenerations[] = {PowAlgorithm::QPowV1, PowAlgorithm::QPowV2};

// Shapes and names are indexed by generation: 0 = kPowV1, 1 = kPowV2.
std::size_t generationIndex(std::uint32_t pow)
{
    return pow == kPowV2 ? 1 : 0;
}

const char* generationName(std::uint32_t pow)
{
    return pow == kPowV2 ? "QPoW v2" : "QPoW v1";
}

// Nonces per thread of a device's first launch: a v2 nonce costs about a
// quarter of a v1 nonce (2 permutations against 8), so both first
// launches take about as long; tuning takes over from there.
constexpr std::uint32_t kFirstIterations[2] = {16, 64};

// One PoW generation's search kernel on a device and how it is launched.
struct LaunchShape {
    SearchKernelInfo info;
    unsigned blockDim = 0;
    unsigned blocks = 0;
    std::uint64_t threads = 0;
    std::atomic<std::uint32_t> iterations{0};
};

class CudaDevice;

class CudaLane final : public Lane {
public:
    explicit CudaLane(CudaDevice& device) : device_(device) {}
    ~CudaLane() override;
    bool init(std::string& error);

    std::uint64_t capacity(std::uint32_t pow) const override;
    bool start(SearchParams& params, std::string& error) override;
    bool finish(SearchSlot& slot, std::string& error) override;

private:
    CudaDevice& device_;
    cudaStream_t stream_ = nullptr;
    SearchSlot* deviceSlot_ = nullptr;
    SearchSlot* hostSlot_ = nullptr; // pinned, so the copy back is asynchronous
    std::chrono::steady_clock::time_point started_;
    std::uint32_t pow_ = kPowV1;
    std::uint32_t iterations_ = 0;
    bool fullLaunch_ = false;
};

class CudaDevice final : public Device {
public:
    CudaDevice(int ordinal, const GpuOptions& options)
        : ordinal_(ordinal), variant_(options.inlineKernel ? KernelVariant::Inline : KernelVariant::Compact)
    {
    }

    // Reads the GPU's properties, sizes both generations' launches, and runs
    // the self-test.
    bool open(const GpuOptions& options, std::string& error);
    // The self-test found the device computing wrong results: open's error is
    // then the whole refusal sentence.
    bool refused() const { return refused_; }

    std::string label() const override { return "GPU " + std::to_string(ordinal_) + " " + name_; }
    std::unique_ptr<Lane> openLane(std::string& error) override
    {
        auto lane = std::make_unique<CudaLane>(*this);
        if (!lane->init(error))
            return nullptr;
        return lane;
    }
    std::uint64_t launchNonces(std::uint32_t pow) const override
    {
        const LaunchShape& s = shape(pow);
        return s.threads * s.iterations.load();
    }
    std::string describe() const override
    {
        std::string text = label() + " (cc " + std::to_string(ccMajor_) + "." + std::to_string(ccMinor_) + ", " +
                           std::to_string(multiprocessors_) + " SMs): " +
                           (variant_ == KernelVariant::Inline ? "inline" : "compact") + " kernel";
        for (PowAlgorithm generation : kGenerations) {
            const std::uint32_t pow = kernelPow(generation);
            const LaunchShape& s = shape(pow);
            text += std::string("; ") + generationName(pow) + ": " + std::to_string(s.info.registers) +
                    " registers, " + std::to_string(s.info.localBytes) + " B local, block " +
                    std::to_string(s.blockDim) + " x " + std::to_string(s.blocks) + " = " +
                    std::to_string(s.threads) + " threads, " + std::to_string(s.info.blocksPerMultiprocessor) +
                    " blocks/SM, " + std::to_string(s.iterations.load()) + " nonces/thread" +
                    (fixedIterations_ ? "" : " (tuned)");
        }
        return text;
    }

    int ordinal() const { return ordinal_; }
    KernelVariant variant() const { return variant_; }
    const LaunchShape& shape(std::uint32_t pow) const { return shapes_[generationIndex(pow)]; }

    // Steers generation `pow`'s nonces per thread towards
    // kTargetLaunchSeconds, from a launch that ran `ran` iterations to the
    // end in `seconds`.
    void tune(std::uint32_t pow, std::uint32_t ran, double seconds)
    {
        if (fixedIterations_ || seconds <= 0)
            return;
        const double ratio = std::clamp(kTargetLaunchSeconds / seconds, 0.5, 2.0);
        const double next = std::clamp(static_cast<double>(ran) * ratio, 1.0, static_cast<double>(kMaxIterations));
        shapes_[generationIndex(pow)].iterations.store(static_cast<std::uint32_t>(next));
    }

private:
    bool sizeLaunch(std::uint32_t pow, const GpuOptions& options, std::string& error);
    bool selfTest(std::string& error);
    cudaError_t runSelfTest(SelfTestReport& report);

    int ordinal_;
    KernelVariant variant_;
    std::string name_;
    int ccMajor_ = 0;
    int ccMinor_ = 0;
    int multiprocessors_ = 0;
    LaunchShape shapes_[2];
    bool fixedIterations_ = false;
    bool refused_ = false;
};

CudaLane::~CudaLane()
{
    cudaSetDevice(device_.ordinal());
    if (stream_)
        cudaStreamDestroy(stream_);
    if (deviceSlot_)
        cudaFree(deviceSlot_);
    if (hostSlot_)
        cudaFreeHost(hostSlot_);
    cudaGetLastError();
}

bool CudaLane::init(std::string& error)
{
    cudaError_t e = cudaSetDevice(device_.ordinal());
    if (e == cudaSuccess)
        e = cudaStreamCreateWithFlags(&stream_, cudaStreamNonBlocking);
    if (e == cudaSuccess)
        e = cudaMalloc(reinterpret_cast<void**>(&deviceSlot_), sizeof(SearchSlot));
    if (e == cudaSuccess)
        e = cudaMallocHost(reinterpret_cast<void**>(&hostSlot_), sizeof(SearchSlot));
    if (e != cudaSuccess) {
        error = "cannot set up a launch stream: " + cudaErrorText(e);
        return false;
    }
    return true;
}

std::uint64_t CudaLane::capacity(std::uint32_t pow) const
{
    return device_.launchNonces(pow);
}

bool CudaLane::start(SearchParams& params, std::string& error)
{
    const LaunchShape& shape = device_.shape(params.pow);
    std::uint64_t threads = shape.threads;
    unsigned blocks = shape.blocks;
    if (params.count < threads) {
        // A short tail launch: no more blocks than it has nonces for.
        blocks = static_cast<unsigned>((params.count + shape.blockDim - 1) / shape.blockDim);
        threads = std::uint64_t{blocks} * shape.blockDim;
    }
    params.threads = threads;
    params.iterations = static_cast<std::uint32_t>((params.count + threads - 1) / threads);
    // Only a launch of the full tuned size says how long that size takes.
    pow_ = params.pow;
    iterations_ = shape.iterations.load();
    fullLaunch_ = threads == shape.threads && params.count == threads * iterations_;

    cudaError_t e = cudaSetDevice(device_.ordinal());
    if (e == cudaSuccess)
        e = cudaMemsetAsync(&deviceSlot_->minOffset, 0xff, sizeof deviceSlot_->minOffset, stream_);
    if (e == cudaSuccess)
        e = cudaMemsetAsync(&deviceSlot_->found, 0, sizeof deviceSlot_->found, stream_);
    started_ = std::chrono::steady_clock::now();
    if (e == cudaSuccess)
        e = launchSearch(device_.variant(), params, deviceSlot_, blocks, shape.blockDim, stream_);
    if (e == cudaSuccess)
        e = cudaMemcpyAsync(hostSlot_, deviceSlot_, sizeof(SearchSlot), cudaMemcpyDeviceToHost, stream_);
    if (e != cudaSuccess) {
        error = "launch failed: " + cudaErrorText(e);
        return false;
    }
    return true;
}

bool CudaLane::finish(SearchSlot& slot, std::string& error)
{
    const cudaError_t e = cudaStreamSynchronize(stream_);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count();
    if (e != cudaSuccess) {
        error = "search kernel failed: " + cudaErrorText(e);
        return false;
    }
    std::memcpy(&slot, hostSlot_, sizeof slot);
    if (fullLaunch_ && slot.minOffset == kNoOffset)
        device_.tune(pow_, iterations_, seconds);
    return true;
}

bool CudaDevice::open(const GpuOptions& options, std::string& error)
{
    // Set before the context exists: waiting for a launch then sleeps instead
    // of spinning a CPU core that CPU mining could use.
    cudaSetDevice(ordinal_);
    const cudaError_t flags = cudaSetDeviceFlags(cudaDeviceScheduleBlockingSync);
    if (flags != cudaSuccess && flags != cudaErrorSetOnActiveProcess) {
        error = "cannot configure: " + cudaErrorText(flags);
        return false;
    }
    cudaGetLastError();

    cudaDeviceProp prop{};
    const cudaError_t e = cudaGetDeviceProperties(&prop, ordinal_);
    if (e != cudaSuccess) {
        error = "cannot read its properties: " + cudaErrorText(e);
        return false;
    }
    name_ = prop.name;
    ccMajor_ = prop.major;
    ccMinor_ = prop.minor;
    multiprocessors_ = prop.multiProcessorCount;

    fixedIterations_ = options.iterations != 0;
    for (PowAlgorithm generation : kGenerations) {
        if (!sizeLaunch(kernelPow(generation), options, error))
            return false;
    }
    return selfTest(error);
}

// The launch shape of generation `pow`'s kernel: the MINER_CUDA_* settings
// where given (they apply to both generations), else the block size that
// keeps the most warps resident and one full wave of blocks.
bool CudaDevice::sizeLaunch(std::uint32_t pow, const GpuOptions& options, std::string& error)
{
    const std::size_t index = generationIndex(pow);
    LaunchShape& s = shapes_[index];
    cudaError_t e = cudaSuccess;
    s.blockDim = options.blockDim;
    if (s.blockDim == 0) {
        // 128 first, so it wins ties.
        int bestWarps = -1;
        for (unsigned b : {128u, 256u, 64u, 96u, 160u, 192u, 224u, 32u}) {
            SearchKernelInfo probe;
            e = searchKernelInfo(variant_, pow, static_cast<int>(b), probe);
            if (e != cudaSuccess)
                break;
            const int warps = probe.blocksPerMultiprocessor * static_cast<int>(b / 32);
            if (warps > bestWarps) {
                bestWarps = warps;
                s.blockDim = b;
            }
        }
    }
    if (e == cudaSuccess)
        e = searchKernelInfo(variant_, pow, static_cast<int>(s.blockDim), s.info);
    if (e != cudaSuccess) {
        cudaGetLastError();
        error = std::string(generationName(pow)) + " kernel: " + explainKernelError(e, ccMajor_, ccMinor_);
        return false;
    }
    if (s.blockDim > static_cast<unsigned>(s.info.maxThreadsPerBlock) || s.info.blocksPerMultiprocessor == 0) {
        error = "a block of " + std::to_string(s.blockDim) + " threads (MINER_CUDA_BLOCK_DIM) is more than the " +
                generationName(pow) + " kernel can run per block (" + std::to_string(s.info.maxThreadsPerBlock) +
                ")";
        return false;
    }
    std::uint64_t threads = options.threads;
    if (threads == 0)
        threads = std::uint64_t{static_cast<unsigned>(multiprocessors_)} *
                  static_cast<unsigned>(s.info.blocksPerMultiprocessor) * s.blockDim;
    const std::uint64_t blocks = (threads + s.blockDim - 1) / s.blockDim;
    if (blocks > 0x7fffffffu) {
        error = std::to_string(threads) + " threads (MINER_CUDA_THREADS) need more blocks than a launch can have";
        return false;
    }
    s.blocks = static_cast<unsigned>(blocks);
    s.threads = blocks * s.blockDim;
    s.iterations.store(options.iterations ? options.iterations : kFirstIterations[index]);
    return true;
}

// Runs the self-test (cuda/device_self_test.h) and refuses the device on any
// difference from the CPU: a GPU or driver that computes wrong results is
// left out before it mines.
bool CudaDevice::selfTest(std::string& error)
{
    SelfTestReport report;
    const cudaError_t e = runSelfTest(report);
    if (e != cudaSuccess) {
        cudaGetLastError();
        error = "the self-test failed to run: " + cudaErrorText(e);
        return false;
    }
    error = refuseOnMismatch(ordinal_, report);
    refused_ = !error.empty();
    return !refused_;
}

// Every part runs, whatever the earlier ones found, so the refusal names all
// that differ and every mismatch is counted.
cudaError_t CudaDevice::runSelfTest(SelfTestReport& report)
{
    // (a) Field arithmetic: edge values in every combination, and random cases.
    const std::vector<FieldCase> cases = selfTestFieldCases();
    std::vector<std::uint64_t> fieldResults(cases.size() * kFieldOps);
    cudaError_t e = runOnDevice(cases, fieldResults, [&](const FieldCase* in, std::uint64_t* out) {
        return launchFieldCheck(in, out, static_cast<unsigned>(cases.size()), nullptr);
    });
    if (e != cudaSuccess)
        return e;
    compareFieldResults(cases, fieldResults.data(), report);

    // (b) The permutation.
    const std::vector<std::uint64_t> states = selfTestPermuteStates();
    std::vector<std::uint64_t> permuted(states.size());
    e = runOnDevice(states, permuted, [&](const std::uint64_t* in, std::uint64_t* out) {
        return launchPermute(in, out, static_cast<unsigned>(states.size() / 12), nullptr);
    });
    if (e != cudaSuccess)
        return e;
    comparePermuteResults(states, permuted.data(), report);

    // (c) Known hashes of both generations, through this device's kernel variant.
    const std::vector<KnownHash> known = selfTestHashes();
    const std::vector<HashItem> items = hashItemsFor(known);
    std::vector<std::uint64_t> hashes(items.size() * 8);
    e = runOnDevice(items, hashes, [&](const HashItem* in, std::uint64_t* out) {
        return launchHash(variant_, in, out, static_cast<unsigned>(items.size()), nullptr);
    });
    if (e != cudaSuccess)
        return e;
    compareHashResults(known, hashes.data(), report);

    // (d) A tiny search of each generation through the search kernel, two
    // blocks of the launch shape it mines with, into a fresh slot.
    for (PowAlgorithm generation : kGenerations) {
        const SelfTestSearch search = selfTestSearch(generation);
        const LaunchShape& s = shape(kernelPow(generation));
        constexpr unsigned kBlocks = 2;
        SearchParams params = selfTestSearchParams(search);
        params.threads = std::uint64_t{kBlocks} * s.blockDim;
        params.iterations = static_cast<std::uint32_t>((params.count + params.threads - 1) / params.threads);
        DeviceArray<SearchSlot> slot;
        SearchSlot result{};
        e = slot.allocate(1);
        if (e == cudaSuccess)
            e = cudaMemset(slot.get(), 0, sizeof(SearchSlot));
        if (e == cudaSuccess)
            e = cudaMemset(&slot.get()->minOffset, 0xff, sizeof result.minOffset);
        if (e == cudaSuccess)
            e = launchSearch(variant_, params, slot.get(), kBlocks, s.blockDim, nullptr);
        if (e == cudaSuccess)
            e = cudaMemcpy(&result, slot.get(), sizeof result, cudaMemcpyDeviceToHost);
        if (e != cudaSuccess)
            return e;
        compareSearchResult(search, result, report);
    }
    return cudaSuccess;
}

} // namespace

std::unique_ptr<Backend> makeCudaBackend(const GpuOptions& options, std::string& error)
{
    int count = 0;
    const cudaError_t e = cudaGetDeviceCount(&count);
    if (e != cudaSuccess || count == 0) {
        cudaGetLastError();
        error = "gpu-cuda: " + explainCudaStartError(e != cudaSuccess ? e : cudaErrorNoDevice, options.visibleDevices);
        return nullptr;
    }
    const int use = options.deviceLimit > 0 ? std::min(options.deviceLimit, count) : count;
    std::vector<std::unique_ptr<Device>> devices;
    // Why each GPU was left out: "GPU 1 ...: <why>", or a self-test refusal,
    // which names the engine and the GPU itself.
    struct Problem {
        std::string text;
        bool refusal;
    };
    std::vector<Problem> problems;
    for (int i = 0; i < use; ++i) {
        auto device = std::make_unique<CudaDevice>(i, options);
        std::string why;
        if (device->open(options, why))
            devices.push_back(std::move(device));
        else if (device->refused())
            problems.push_back(Problem{why, true});
        else
            problems.push_back(Problem{device->label() + ": " + why, false});
    }
    if (devices.empty()) {
        error = "gpu-cuda: no usable GPU";
        for (const auto& p : problems)
            error += "; " + p.text;
        return nullptr;
    }
    for (const auto& p : problems)
        reportDiagnostic((p.refusal ? p.text : "gpu-cuda: " + p.text) + "; left out");
    return std::make_unique<GpuSearchBackend>("cuda", std::move(devices));
}

} // namespace qm::gpu
