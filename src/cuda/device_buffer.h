// Device memory for the short round trips of the self-test and the device
// check: an array freed when it goes out of scope, and one copy in, one
// launch, one copy back.
#pragma once

#include <cuda_runtime_api.h>

#include <algorithm>
#include <cstddef>
#include <vector>

namespace qm::gpu {

template <typename T>
class DeviceArray {
public:
    DeviceArray() = default;
    DeviceArray(const DeviceArray&) = delete;
    DeviceArray& operator=(const DeviceArray&) = delete;
    ~DeviceArray()
    {
        if (data_)
            cudaFree(data_);
    }
    cudaError_t allocate(std::size_t count)
    {
        return cudaMalloc(reinterpret_cast<void**>(&data_), std::max<std::size_t>(count, 1) * sizeof(T));
    }
    T* get() const { return data_; }

private:
    T* data_ = nullptr;
};

// Copies `in` to the current device, runs launch(deviceIn, deviceOut) on the
// default stream and copies `out` back, which waits for the launch.
template <typename In, typename Out, typename Launch>
cudaError_t runOnDevice(const std::vector<In>& in, std::vector<Out>& out, Launch launch)
{
    DeviceArray<In> deviceIn;
    DeviceArray<Out> deviceOut;
    cudaError_t e = deviceIn.allocate(in.size());
    if (e == cudaSuccess)
        e = deviceOut.allocate(out.size());
    if (e == cudaSuccess)
        e = cudaMemcpy(deviceIn.get(), in.data(), in.size() * sizeof(In), cudaMemcpyHostToDevice);
    if (e == cudaSuccess)
        e = launch(deviceIn.get(), deviceOut.get());
    if (e == cudaSuccess)
        e = cudaMemcpy(out.data(), deviceOut.get(), out.size() * sizeof(Out), cudaMemcpyDeviceToHost);
    return e;
}

} // namespace qm::gpu
