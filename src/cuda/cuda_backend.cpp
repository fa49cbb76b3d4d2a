#include "cuda/cuda_backend.h"

#include "core/diagnostics.h"
#include "core/pow_midstate.h"
#include "cuda/cuda_errors.h"
#include "cuda/gpu_search.h"
#include "kernels/pow_kernels.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstring>

namespace qm::gpu {

namespace {

// A launch long enough that the host's turn between launches (tens of
// microseconds) is lost in it, short enough that a stop is honoured quickly
// and a display GPU's watchdog never fires.
constexpr double kTargetLaunchSeconds = 0.050;
constexpr std::uint32_t kFirstIterations = 16;
constexpr std::uint32_t kMaxIterations = kMaxGpuIterations;

class CudaDevice;

class CudaLane final : public Lane {
public:
    explicit CudaLane(CudaDevice& device) : device_(device) {}
    ~CudaLane() override;
    bool init(std::string& error);

    std::uint64_t capacity() const override;
    bool start(SearchParams& params, std::string& error) override;
    bool finish(SearchSlot& slot, std::string& error) override;

private:
    CudaDevice& device_;
    cudaStream_t stream_ = nullptr;
    SearchSlot* deviceSlot_ = nullptr;
    SearchSlot* hostSlot_ = nullptr; // pinned, so the copy back is asynchronous
    std::chrono::steady_clock::time_point started_;
    std::uint32_t iterations_ = 0;
    bool fullLaunch_ = false;
};

class CudaDevice final : public Device {
public:
    CudaDevice(int ordinal, const GpuOptions& options)
        : ordinal_(ordinal), variant_(options.inlineKernel ? KernelVariant::Inline : KernelVariant::Compact)
    {
    }

    // Reads the GPU's properties, sizes the launch, and runs the self-check.
    bool open(const GpuOptions& options, std::string& error);

    std::string label() const override { return "GPU " + std::to_string(ordinal_) + " " + name_; }
    std::unique_ptr<Lane> openLane(std::string& error) override
    {
        auto lane = std::make_unique<CudaLane>(*this);
        if (!lane->init(error))
            return nullptr;
        return lane;
    }
    std::uint64_t launchNonces() const override { return threads_ * iterations_.load(); }
    std::string describe() const override
    {
        return label() + " (cc " + std::to_string(ccMajor_) + "." + std::to_string(ccMinor_) + ", " +
               std::to_string(multiprocessors_) + " SMs): " +
               (variant_ == KernelVariant::Inline ? "inline" : "compact") + " kernel, " +
               std::to_string(info_.registers) + " registers, " + std::to_string(info_.localBytes) +
               " B local, block " + std::to_string(blockDim_) + " x " + std::to_string(blocks_) + " = " +
               std::to_string(threads_) + " threads, " + std::to_string(info_.blocksPerMultiprocessor) +
               " blocks/SM, " + std::to_string(iterations_.load()) + " nonces/thread" +
               (fixedIterations_ ? "" : " (tuned)");
    }

    int ordinal() const { return ordinal_; }
    KernelVariant variant() const { return variant_; }
    unsigned blockDim() const { return blockDim_; }
    unsigned blocks() const { return blocks_; }
    std::uint64_t threads() const { return threads_; }
    std::uint32_t iterations() const { return iterations_.load(); }

    // Steers nonces per thread towards kTargetLaunchSeconds, from a launch
    // that ran `ran` iterations to the end in `seconds`.
    void tune(std::uint32_t ran, double seconds)
    {
        if (fixedIterations_ || seconds <= 0)
            return;
        const double ratio = std::clamp(kTargetLaunchSeconds / seconds, 0.5, 2.0);
        const double next = std::clamp(static_cast<double>(ran) * ratio, 1.0, static_cast<double>(kMaxIterations));
        iterations_.store(static_cast<std::uint32_t>(next));
    }

private:
    bool selfCheck(std::string& error);

    int ordinal_;
    KernelVariant variant_;
    std::string name_;
    int ccMajor_ = 0;
    int ccMinor_ = 0;
    int multiprocessors_ = 0;
    SearchKernelInfo info_;
    unsigned blockDim_ = 0;
    unsigned blocks_ = 0;
    std::uint64_t threads_ = 0;
    std::atomic<std::uint32_t> iterations_{kFirstIterations};
    bool fixedIterations_ = false;
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

std::uint64_t CudaLane::capacity() const
{
    return device_.threads() * device_.iterations();
}

bool CudaLane::start(SearchParams& params, std::string& error)
{
    std::uint64_t threads = device_.threads();
    unsigned blocks = device_.blocks();
    if (params.count < threads) {
        // A short tail launch: no more blocks than it has nonces for.
        blocks = static_cast<unsigned>((params.count + device_.blockDim() - 1) / device_.blockDim());
        threads = std::uint64_t{blocks} * device_.blockDim();
    }
    params.threads = threads;
    params.iterations = static_cast<std::uint32_t>((params.count + threads - 1) / threads);
    // Only a launch of the full tuned size says how long that size takes.
    iterations_ = device_.iterations();
    fullLaunch_ = threads == device_.threads() && params.count == threads * iterations_;

    cudaError_t e = cudaSetDevice(device_.ordinal());
    if (e == cudaSuccess)
        e = cudaMemsetAsync(&deviceSlot_->minOffset, 0xff, sizeof deviceSlot_->minOffset, stream_);
    if (e == cudaSuccess)
        e = cudaMemsetAsync(&deviceSlot_->found, 0, sizeof deviceSlot_->found, stream_);
    started_ = std::chrono::steady_clock::now();
    if (e == cudaSuccess)
        e = launchSearch(device_.variant(), params, deviceSlot_, blocks, device_.blockDim(), stream_);
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
        device_.tune(iterations_, seconds);
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
    cudaError_t e = cudaGetDeviceProperties(&prop, ordinal_);
    if (e != cudaSuccess) {
        error = "cannot read its properties: " + cudaErrorText(e);
        return false;
    }
    name_ = prop.name;
    ccMajor_ = prop.major;
    ccMinor_ = prop.minor;
    multiprocessors_ = prop.multiProcessorCount;

    blockDim_ = options.blockDim;
    if (blockDim_ == 0) {
        // The block size that keeps the most warps resident; 128 first, so it
        // wins ties.
        int bestWarps = -1;
        for (unsigned b : {128u, 256u, 64u, 96u, 160u, 192u, 224u, 32u}) {
            SearchKernelInfo probe;
            e = searchKernelInfo(variant_, static_cast<int>(b), probe);
            if (e != cudaSuccess)
                break;
            const int warps = probe.blocksPerMultiprocessor * static_cast<int>(b / 32);
            if (warps > bestWarps) {
                bestWarps = warps;
                blockDim_ = b;
            }
        }
    }
    if (e == cudaSuccess)
        e = searchKernelInfo(variant_, static_cast<int>(blockDim_), info_);
    if (e != cudaSuccess) {
        cudaGetLastError();
        error = explainKernelError(e, ccMajor_, ccMinor_);
        return false;
    }
    if (blockDim_ > static_cast<unsigned>(info_.maxThreadsPerBlock) || info_.blocksPerMultiprocessor == 0) {
        error = "a block of " + std::to_string(blockDim_) + " threads (MINER_CUDA_BLOCK_DIM)" + " is more than the kernel can run per block (" +
                std::to_string(info_.maxThreadsPerBlock) + ")";
        return false;
    }
    std::uint64_t threads = options.threads;
    if (threads == 0)
        threads = std::uint64_t{static_cast<unsigned>(multiprocessors_)} *
                  static_cast<unsigned>(info_.blocksPerMultiprocessor) * blockDim_;
    const std::uint64_t blocks = (threads + blockDim_ - 1) / blockDim_;
    if (blocks > 0x7fffffffu) {
        error = std::to_string(threads) + " threads (MINER_CUDA_THREADS) need more blocks than a launch can have";
        return false;
    }
    blocks_ = static_cast<unsigned>(blocks);
    threads_ = blocks * blockDim_;
    if (options.iterations) {
        iterations_.store(options.iterations);
        fixedIterations_ = true;
    }
    return selfCheck(error);
}

// Hashes a few nonces on the GPU and compares with the CPU reference: a GPU or
// driver that computes wrong results is left out before it mines.
bool CudaDevice::selfCheck(std::string& error)
{
    MiningHash mh;
    for (std::size_t i = 0; i < mh.size(); ++i)
        mh[i] = static_cast<std::uint8_t>(0xa7 ^ (i * 29));
    // Four nonces of each PoW generation: zero, limb-carry edges, the top.
    constexpr int kPerPow = 4;
    constexpr int kCount = 2 * kPerPow;
    U512 nonces[kPerPow];
    nonces[1] = U512::fromU64(0xffffffffffffffffULL);
    nonces[2] = U512::max();
    for (std::size_t i = 0; i < 8; ++i)
        nonces[3].limb[i] = 0x0123456789abcdefULL * (i + 3);
    const JobContext jobs[2] = {JobContext::make(mh, U512::fromU64(1), PowAlgorithm::QPowV1),
                                JobContext::make(mh, U512::fromU64(1), PowAlgorithm::QPowV2)};
    HashItem items[kCount];
    for (int i = 0; i < kCount; ++i)
        items[i] = hashItemFor(jobs[i / kPerPow], nonces[i % kPerPow]);
    HashItem* dItems = nullptr;
    std::uint64_t* dHashes = nullptr;
    std::uint64_t hashes[kCount * 8] = {};
    cudaError_t e = cudaMalloc(reinterpret_cast<void**>(&dItems), sizeof items);
    if (e == cudaSuccess)
        e = cudaMalloc(reinterpret_cast<void**>(&dHashes), sizeof hashes);
    if (e == cudaSuccess)
        e = cudaMemcpy(dItems, items, sizeof items, cudaMemcpyHostToDevice);
    if (e == cudaSuccess)
        e = launchHash(variant_, dItems, dHashes, kCount, nullptr);
    if (e == cudaSuccess)
        e = cudaMemcpy(hashes, dHashes, sizeof hashes, cudaMemcpyDeviceToHost);
    cudaFree(dItems);
    cudaFree(dHashes);
    if (e != cudaSuccess) {
        cudaGetLastError();
        error = "self-check failed to run: " + cudaErrorText(e);
        return false;
    }
    for (int i = 0; i < kCount; ++i) {
        const JobContext& job = jobs[i / kPerPow];
        const U512& nonce = nonces[i % kPerPow];
        const U512 want = powHashReference(job.pow, mh, nonce);
        if (!std::equal(want.limb.begin(), want.limb.end(), hashes + 8 * i)) {
            error = "self-check: the GPU's QPoW " + powAlgorithmName(job.pow) + " hash of nonce " + nonce.toHex128() +
                    " differs from the CPU's";
            return false;
        }
    }
    return true;
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
    std::vector<std::string> problems;
    for (int i = 0; i < use; ++i) {
        auto device = std::make_unique<CudaDevice>(i, options);
        std::string why;
        if (device->open(options, why))
            devices.push_back(std::move(device));
        else
            problems.push_back(device->label() + ": " + why);
    }
    if (devices.empty()) {
        error = "gpu-cuda: no usable GPU";
        for (const auto& p : problems)
            error += "; " + p;
        return nullptr;
    }
    for (const auto& p : problems)
        reportDiagnostic("gpu-cuda: " + p + "; left out");
    return std::make_unique<GpuSearchBackend>("cuda", std::move(devices));
}

} // namespace qm::gpu
