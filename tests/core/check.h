// A minimal assertion harness for the Qt-free self-test: the core must build
// and test on machines that have a compiler and CMake but no Qt.
#pragma once

#include <cstdio>
#include <functional>
#include <string>
#include <vector>

namespace qmtest {

struct Registry {
    std::vector<std::pair<std::string, std::function<void()>>> cases;
    int passed = 0;
    int failed = 0;
    bool currentFailed = false;
    static Registry& get()
    {
        static Registry r;
        return r;
    }
};

struct Register {
    Register(const char* name, std::function<void()> fn) { Registry::get().cases.emplace_back(name, std::move(fn)); }
};

inline void fail(const char* file, int line, const std::string& what)
{
    std::fprintf(stderr, "  FAIL %s:%d: %s\n", file, line, what.c_str());
    Registry::get().currentFailed = true;
}

// Runs the cases whose name contains `filter` (all when empty); returns the
// process exit code.
inline int runAll(const std::string& filter)
{
    auto& r = Registry::get();
    for (auto& [name, fn] : r.cases) {
        if (!filter.empty() && name.find(filter) == std::string::npos)
            continue;
        r.currentFailed = false;
        fn();
        std::printf("%s %s\n", r.currentFailed ? "FAIL" : "PASS", name.c_str());
        (r.currentFailed ? r.failed : r.passed)++;
    }
    std::printf("%d passed, %d failed\n", r.passed, r.failed);
    return r.failed ? 1 : 0;
}

} // namespace qmtest

#define QM_TEST(name)                                                                                   \
    static void name();                                                                                 \
    static const qmtest::Register name##_reg(#name, name);                                              \
    static void name()

#define QM_CHECK(cond)                                                                                  \
    do {                                                                                                \
        if (!(cond))                                                                                    \
            qmtest::fail(__FILE__, __LINE__, #cond);                                                    \
    } while (0)

#define QM_CHECK_EQ(a, b)                                                                               \
    do {                                                                                                \
        const auto& qm_a = (a);                                                                         \
        const auto& qm_b = (b);                                                                         \
        if (!(qm_a == qm_b))                                                                            \
            qmtest::fail(__FILE__, __LINE__, std::string(#a " == " #b));                                \
    } while (0)
