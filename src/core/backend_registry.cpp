#include "core/backend_registry.h"

#include "core/cpu/baseline_backend.h"
#include "core/cpu/cpu_features.h"
#include "core/cpu/fast_backend.h"
#include "core/diagnostics.h"

#include <algorithm>

namespace qm {

namespace {

BackendEntry baselineEntry()
{
    BackendEntry e;
    e.name = "cpu-baseline";
    e.create = [](const BackendOptions&, std::string&, std::string&) -> std::unique_ptr<Backend> {
        return std::make_unique<BaselineBackend>();
    };
    e.status = [](const BackendOptions&) { return BackendStatus{true, "scalar", {}}; };
    return e;
}

BackendEntry fastEntry()
{
    BackendEntry e;
    e.name = "cpu-fast";
    e.create = [](const BackendOptions& o, std::string& error, std::string&) -> std::unique_ptr<Backend> {
        return makeFastBackend(o.cpuIsa, cpu::hostCpuFeatures(), error);
    };
    e.status = [](const BackendOptions& o) {
        BackendStatus s;
        std::string error;
        if (const auto isa = cpu::selectIsa(o.cpuIsa, cpu::hostCpuFeatures(), error)) {
            s.available = true;
            s.codePath = cpu::isaName(*isa);
        } else {
            s.reason = error;
        }
        return s;
    };
    return e;
}

} // namespace

BackendRegistry::BackendRegistry()
{
    m_entries.push_back(baselineEntry());
    m_entries.push_back(fastEntry());
}

BackendRegistry& BackendRegistry::instance()
{
    static BackendRegistry registry;
    return registry;
}

void BackendRegistry::add(BackendEntry entry)
{
    std::lock_guard lock(m_mutex);
    for (BackendEntry& e : m_entries) {
        if (e.name == entry.name) {
            e = std::move(entry);
            return;
        }
    }
    m_entries.push_back(std::move(entry));
}

std::vector<BackendEntry> BackendRegistry::entriesCopy() const
{
    std::lock_guard lock(m_mutex);
    return m_entries;
}

std::vector<std::string> BackendRegistry::names() const
{
    std::vector<std::string> out;
    for (const BackendEntry& e : entriesCopy())
        out.push_back(e.name);
    return out;
}

bool BackendRegistry::contains(std::string_view name) const
{
    const auto all = names();
    return std::find(all.begin(), all.end(), name) != all.end();
}

std::string BackendRegistry::nameList() const
{
    std::string s;
    for (const std::string& n : names()) {
        if (!s.empty())
            s += ", ";
        s += n;
    }
    return s;
}

std::unique_ptr<Backend> BackendRegistry::create(std::string_view name, const BackendOptions& options,
                                                 std::string& error, std::string* warning) const
{
    for (const BackendEntry& e : entriesCopy()) {
        if (e.name != name)
            continue;
        std::string standIn;
        auto backend = e.create(options, error, standIn);
        if (warning)
            *warning = standIn;
        return backend;
    }
    error = "unknown engine '" + std::string(name) + "'; choose one of " + nameList();
    return nullptr;
}

BackendStatus BackendRegistry::status(std::string_view name, const BackendOptions& options) const
{
    for (const BackendEntry& e : entriesCopy()) {
        if (e.name == name)
            return e.status(options);
    }
    return BackendStatus{false, {}, "unknown engine '" + std::string(name) + "'"};
}

std::vector<std::string> backendNames()
{
    return BackendRegistry::instance().names();
}

std::unique_ptr<Backend> makeBackend(std::string_view name, std::string& error)
{
    std::string warning;
    auto backend = BackendRegistry::instance().create(name, BackendOptions{}, error, &warning);
    if (!warning.empty())
        reportDiagnostic(warning);
    return backend;
}

std::unique_ptr<Backend> makeBackend(std::string_view name, const BackendOptions& options, std::string& error,
                                     std::string* warning)
{
    return BackendRegistry::instance().create(name, options, error, warning);
}

} // namespace qm
