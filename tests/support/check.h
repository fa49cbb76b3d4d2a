// A minimal assertion harness for the Qt-free tests: the core must build and
// test on machines that have a compiler and CMake but no Qt. A case that
// cannot run here says so with QM_SKIP; a run in which every selected case
// skipped exits with kSkipReturnCode, which CTest reports as skipped
// (SKIP_RETURN_CODE), never as passed.
#pragma once

#include <cstdio>
#include <functional>
#include <string>
#include <vector>

namespace qmtest {

inline constexpr int kSkipReturnCode = 77;

struct Registry {
    std::vector<std::pair<std::string, std::function<void()>>> cases;
    int passed = 0;
    int failed = 0;
    int skipped = 0;
    bool currentFailed = false;
    bool currentSkipped = false;
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

inline void skip(const std::string& why)
{
    std::printf("  SKIP: %s\n", why.c_str());
    Registry::get().currentSkipped = true;
}

// Runs the cases whose name contains `filter` (all when empty); returns the
// process exit code: 1 on any failure, kSkipReturnCode when every case that
// ran skipped, else 0.
inline int runAll(const std::string& filter)
{
    auto& r = Registry::get();
    for (auto& [name, fn] : r.cases) {
        if (!filter.empty() && name.find(filter) == std::string::npos)
            continue;
        r.currentFailed = false;
        r.currentSkipped = false;
        fn();
        if (r.currentFailed) {
            std::printf("FAIL %s\n", name.c_str());
            ++r.failed;
        } else if (r.currentSkipped) {
            std::printf("SKIP %s\n", name.c_str());
            ++r.skipped;
        } else {
            std::printf("PASS %s\n", name.c_str());
            ++r.passed;
        }
    }
    std::printf("%d passed, %d failed, %d skipped\n", r.passed, r.failed, r.skipped);
    if (r.failed)
        return 1;
    return r.passed == 0 && r.skipped > 0 ? kSkipReturnCode : 0;
}

} // namespace qmtest

#define QM_TEST(name)                                                                                   \
    static void name();                                                                                 \
    static const qmtest::Register name##_reg(#name, name);                                              \
    static void name()

// Ends the current case as skipped, with the reason.
#define QM_SKIP(why)                                                                                    \
    do {                                                                                                \
        qmtest::skip(why);                                                                              \
        return;                                                                                         \
    } while (0)

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
