// The backends this process can create, by name. The core registers its CPU
// backends itself; other libraries add theirs (the GPU library registers its
// engine, or a stand-in where the build has no GPU support). Checking a name or a
// backend's availability never starts hardware; create() does.
#pragma once

#include "core/backend.h"
#include "core/backend_options.h"

#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace qm {

// What a user may know about a backend before choosing it.
struct BackendStatus {
    bool available = false;
    std::string codePath;  // when available: "avx2", "avx512", the GPU API, ...
    std::string reason;    // when not, or when another backend stands in: why
};

struct BackendEntry {
    std::string name;
    // Creates the backend; nullptr and *error when it cannot run here. Where
    // another backend stands in for it, *warning says so.
    std::function<std::unique_ptr<Backend>(const BackendOptions&, std::string& error, std::string& warning)> create;
    // Cheap: what create() would give, without opening devices.
    std::function<BackendStatus(const BackendOptions&)> status;
};

class BackendRegistry {
public:
    // The process's registry, with cpu-baseline and cpu-fast in it.
    static BackendRegistry& instance();

    // Adds an entry, or replaces the one of the same name.
    void add(BackendEntry entry);
    // In the order they were first added (the order shown to users).
    std::vector<std::string> names() const;
    bool contains(std::string_view name) const;
    // "cpu-baseline, cpu-fast, ...": for messages.
    std::string nameList() const;

    std::unique_ptr<Backend> create(std::string_view name, const BackendOptions& options, std::string& error,
                                    std::string* warning = nullptr) const;
    BackendStatus status(std::string_view name, const BackendOptions& options) const;

private:
    BackendRegistry();
    std::vector<BackendEntry> entriesCopy() const;

    mutable std::mutex m_mutex;
    std::vector<BackendEntry> m_entries;
};

// Shorthands on the process's registry. The two-argument makeBackend uses
// default options and reports a stand-in's warning as a diagnostic.
std::vector<std::string> backendNames();
std::unique_ptr<Backend> makeBackend(std::string_view name, std::string& error);
std::unique_ptr<Backend> makeBackend(std::string_view name, const BackendOptions& options, std::string& error,
                                     std::string* warning);

} // namespace qm
