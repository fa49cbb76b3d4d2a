#include "cuda/nvml.h"

#include <dlfcn.h>

namespace qm::gpu {

namespace {

// The few NVML declarations used, as nvml.h declares them; the header is not
// needed to build.
using NvmlReturn = int;
constexpr NvmlReturn kNvmlSuccess = 0;
using NvmlDevice = struct NvmlDeviceOpaque*;
constexpr int kNvmlTemperatureGpu = 0;

struct NvmlUtilization {
    unsigned int gpu;
    unsigned int memory;
};

struct NvmlMemory {
    unsigned long long total;
    unsigned long long free;
    unsigned long long used;
};

} // namespace

struct NvmlMonitor::Api {
    void* lib = nullptr;
    NvmlReturn (*init)() = nullptr;
    NvmlReturn (*shutdown)() = nullptr;
    const char* (*errorString)(NvmlReturn) = nullptr;
    NvmlReturn (*getCount)(unsigned int*) = nullptr;
    NvmlReturn (*getHandle)(unsigned int, NvmlDevice*) = nullptr;
    NvmlReturn (*getName)(NvmlDevice, char*, unsigned int) = nullptr;
    NvmlReturn (*getUuid)(NvmlDevice, char*, unsigned int) = nullptr;
    NvmlReturn (*getTemperature)(NvmlDevice, int, unsigned int*) = nullptr;
    NvmlReturn (*getPowerUsage)(NvmlDevice, unsigned int*) = nullptr;
    NvmlReturn (*getPowerLimit)(NvmlDevice, unsigned int*) = nullptr;
    NvmlReturn (*getUtilization)(NvmlDevice, NvmlUtilization*) = nullptr;
    NvmlReturn (*getMemory)(NvmlDevice, NvmlMemory*) = nullptr;
    bool initialised = false;

    ~Api()
    {
        if (initialised && shutdown)
            shutdown();
        if (lib)
            dlclose(lib);
    }

    template <class F>
    bool bind(F& fn, const char* symbol)
    {
        fn = reinterpret_cast<F>(dlsym(lib, symbol));
        return fn != nullptr;
    }
};

NvmlMonitor::NvmlMonitor() : NvmlMonitor("libnvidia-ml.so.1") {}

NvmlMonitor::NvmlMonitor(const std::string& libraryPath)
{
    auto api = std::make_unique<Api>();
    api->lib = dlopen(libraryPath.c_str(), RTLD_LAZY | RTLD_LOCAL);
    if (!api->lib) {
        reason_ = libraryPath + " not found (no NVIDIA driver): GPU health is not reported";
        return;
    }
    const bool bound = api->bind(api->init, "nvmlInit_v2") && api->bind(api->shutdown, "nvmlShutdown") &&
                       api->bind(api->errorString, "nvmlErrorString") &&
                       api->bind(api->getCount, "nvmlDeviceGetCount_v2") &&
                       api->bind(api->getHandle, "nvmlDeviceGetHandleByIndex_v2") &&
                       api->bind(api->getName, "nvmlDeviceGetName") && api->bind(api->getUuid, "nvmlDeviceGetUUID") &&
                       api->bind(api->getTemperature, "nvmlDeviceGetTemperature") &&
                       api->bind(api->getPowerUsage, "nvmlDeviceGetPowerUsage") &&
                       api->bind(api->getPowerLimit, "nvmlDeviceGetEnforcedPowerLimit") &&
                       api->bind(api->getUtilization, "nvmlDeviceGetUtilizationRates") &&
                       api->bind(api->getMemory, "nvmlDeviceGetMemoryInfo");
    if (!bound) {
        reason_ = libraryPath + " lacks an NVML function this miner uses (driver too old?)";
        return;
    }
    const NvmlReturn r = api->init();
    if (r != kNvmlSuccess) {
        reason_ = std::string("NVML failed to initialise: ") + api->errorString(r);
        return;
    }
    api->initialised = true;
    api_ = std::move(api);
}

NvmlMonitor::~NvmlMonitor() = default;

bool NvmlMonitor::available() const
{
    return api_ != nullptr;
}

std::string NvmlMonitor::unavailableReason() const
{
    return reason_;
}

std::vector<GpuHealth> NvmlMonitor::sample()
{
    std::vector<GpuHealth> out;
    if (!api_)
        return out;
    std::lock_guard<std::mutex> lock(mutex_);
    unsigned int count = 0;
    if (api_->getCount(&count) != kNvmlSuccess)
        return out;
    for (unsigned int i = 0; i < count; ++i) {
        NvmlDevice dev = nullptr;
        if (api_->getHandle(i, &dev) != kNvmlSuccess)
            continue;
        GpuHealth h;
        h.index = i;
        char text[96] = {};
        if (api_->getName(dev, text, sizeof text) == kNvmlSuccess)
            h.name = text;
        char uuid[96] = {};
        if (api_->getUuid(dev, uuid, sizeof uuid) == kNvmlSuccess)
            h.uuid = uuid;
        unsigned int v = 0;
        if (api_->getTemperature(dev, kNvmlTemperatureGpu, &v) == kNvmlSuccess)
            h.temperatureC = v;
        if (api_->getPowerUsage(dev, &v) == kNvmlSuccess)
            h.powerWatts = v / 1000.0;
        if (api_->getPowerLimit(dev, &v) == kNvmlSuccess)
            h.powerLimitWatts = v / 1000.0;
        NvmlUtilization u{};
        if (api_->getUtilization(dev, &u) == kNvmlSuccess)
            h.utilizationPercent = u.gpu;
        NvmlMemory m{};
        if (api_->getMemory(dev, &m) == kNvmlSuccess) {
            h.memoryUsedBytes = m.used;
            h.memoryTotalBytes = m.total;
        }
        out.push_back(std::move(h));
    }
    return out;
}

} // namespace qm::gpu
