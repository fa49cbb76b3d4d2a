// GPU health through NVML: a missing library means "unavailable", quietly;
// a library (here a stand-in with fixed readings) gives per-GPU samples.
#include "tests/support/check.h"

#include "cuda/nvml.h"

using namespace qm::gpu;

QM_TEST(missing_nvml_is_unavailable_and_samples_nothing)
{
    NvmlMonitor m("/nonexistent/libnvidia-ml.so.1");
    QM_CHECK(!m.available());
    QM_CHECK(m.unavailableReason().find("/nonexistent/libnvidia-ml.so.1 not found") == 0);
    QM_CHECK(m.sample().empty());
}

QM_TEST(system_nvml_reads_plausible_values)
{
    // libnvidia-ml.so.1 exists only where a driver is installed.
    NvmlMonitor m;
    QM_CHECK_EQ(m.available(), m.unavailableReason().empty());
    if (!m.available()) {
        QM_CHECK(m.sample().empty());
        QM_SKIP("no NVIDIA driver here: " + m.unavailableReason());
    }
    const auto s = m.sample();
    std::printf("  system NVML: %zu GPUs\n", s.size());
    // A driver without a GPU answers with no devices; with GPUs, every
    // reading the driver gives must be physically plausible.
    for (std::size_t i = 0; i < s.size(); ++i) {
        const GpuHealth& g = s[i];
        std::printf("  GPU %u %s %s\n", g.index, g.name.c_str(), g.uuid.c_str());
        QM_CHECK_EQ(g.index, static_cast<unsigned>(i));
        QM_CHECK(!g.name.empty());
        QM_CHECK(g.uuid.rfind("GPU-", 0) == 0);
        if (g.temperatureC)
            QM_CHECK(*g.temperatureC > -40 && *g.temperatureC < 150);
        if (g.utilizationPercent)
            QM_CHECK(*g.utilizationPercent >= 0 && *g.utilizationPercent <= 100);
        if (g.powerWatts && g.powerLimitWatts)
            QM_CHECK(*g.powerWatts >= 0 && *g.powerLimitWatts > 0);
        QM_CHECK(g.memoryTotalBytes && *g.memoryTotalBytes > 0);
        if (g.memoryUsedBytes && g.memoryTotalBytes)
            QM_CHECK(*g.memoryUsedBytes <= *g.memoryTotalBytes);
    }
}

QM_TEST(nvml_samples_every_gpu_and_leaves_out_unsupported_readings)
{
    NvmlMonitor m(QM_FAKE_NVML_PATH);
    QM_CHECK(m.available());
    const auto s = m.sample();
    QM_CHECK_EQ(s.size(), 2u);
    if (s.size() != 2)
        return;
    QM_CHECK_EQ(s[0].index, 0u);
    QM_CHECK_EQ(s[0].name, std::string("Fake GPU Alpha"));
    QM_CHECK_EQ(s[0].uuid, std::string("GPU-00000000-1111-2222-3333-444444444444"));
    QM_CHECK(s[0].temperatureC && *s[0].temperatureC == 61.0);
    QM_CHECK(s[0].powerWatts && *s[0].powerWatts == 215.5);
    QM_CHECK(s[0].powerLimitWatts && *s[0].powerLimitWatts == 700.0);
    QM_CHECK(s[0].utilizationPercent && *s[0].utilizationPercent == 97.0);
    QM_CHECK(s[0].memoryUsedBytes && *s[0].memoryUsedBytes == (1ull << 30));
    QM_CHECK(s[0].memoryTotalBytes && *s[0].memoryTotalBytes == (80ull << 30));
    QM_CHECK_EQ(s[1].name, std::string("Fake GPU Beta"));
    QM_CHECK(!s[1].powerWatts);
    QM_CHECK(!s[1].powerLimitWatts);
    QM_CHECK(s[1].temperatureC && *s[1].temperatureC == 45.0);
    // Sampling again reads again.
    QM_CHECK_EQ(m.sample().size(), 2u);
}

int main(int argc, char** argv)
{
    return qmtest::runAll(argc > 1 ? argv[1] : "");
}
