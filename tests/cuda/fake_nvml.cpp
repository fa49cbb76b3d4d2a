// A stand-in libnvidia-ml for nvml_test: the NVML entry points the monitor
// binds, with fixed readings for two GPUs. GPU 1 reports no power draw, as
// some boards do.
#include <cstring>

namespace {

struct FakeDevice {
    const char* name;
    const char* uuid;
    unsigned temperature;
    int powerMilliwatts; // < 0: not supported
    unsigned utilization;
    unsigned long long used, total;
};

const FakeDevice kDevices[2] = {
    {"Fake GPU Alpha", "GPU-00000000-1111-2222-3333-444444444444", 61, 215500, 97, 1ull << 30, 80ull << 30},
    {"Fake GPU Beta", "GPU-55555555-6666-7777-8888-999999999999", 45, -1, 3, 512ull << 20, 24ull << 30},
};

bool initialised = false;

constexpr int kSuccess = 0;
constexpr int kUninitialized = 1;
constexpr int kInvalidArgument = 2;
constexpr int kNotSupported = 3;

const FakeDevice* device(void* handle)
{
    return static_cast<const FakeDevice*>(handle);
}

} // namespace

extern "C" {

int nvmlInit_v2()
{
    initialised = true;
    return kSuccess;
}

int nvmlShutdown()
{
    initialised = false;
    return kSuccess;
}

const char* nvmlErrorString(int)
{
    return "fake error";
}

int nvmlDeviceGetCount_v2(unsigned* count)
{
    if (!initialised)
        return kUninitialized;
    *count = 2;
    return kSuccess;
}

int nvmlDeviceGetHandleByIndex_v2(unsigned index, void** handle)
{
    if (index >= 2)
        return kInvalidArgument;
    *handle = const_cast<FakeDevice*>(&kDevices[index]);
    return kSuccess;
}

int nvmlDeviceGetName(void* h, char* out, unsigned len)
{
    std::strncpy(out, device(h)->name, len - 1);
    return kSuccess;
}

int nvmlDeviceGetUUID(void* h, char* out, unsigned len)
{
    std::strncpy(out, device(h)->uuid, len - 1);
    return kSuccess;
}

int nvmlDeviceGetTemperature(void* h, int sensor, unsigned* t)
{
    if (sensor != 0)
        return kInvalidArgument;
    *t = device(h)->temperature;
    return kSuccess;
}

int nvmlDeviceGetPowerUsage(void* h, unsigned* mw)
{
    if (device(h)->powerMilliwatts < 0)
        return kNotSupported;
    *mw = static_cast<unsigned>(device(h)->powerMilliwatts);
    return kSuccess;
}

int nvmlDeviceGetEnforcedPowerLimit(void* h, unsigned* mw)
{
    if (device(h)->powerMilliwatts < 0)
        return kNotSupported;
    *mw = 700000;
    return kSuccess;
}

struct Utilization {
    unsigned gpu, memory;
};

int nvmlDeviceGetUtilizationRates(void* h, Utilization* u)
{
    u->gpu = device(h)->utilization;
    u->memory = 10;
    return kSuccess;
}

struct Memory {
    unsigned long long total, free, used;
};

int nvmlDeviceGetMemoryInfo(void* h, Memory* m)
{
    m->total = device(h)->total;
    m->used = device(h)->used;
    m->free = m->total - m->used;
    return kSuccess;
}

} // extern "C"
