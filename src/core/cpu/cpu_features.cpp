#include "core/cpu/cpu_features.h"

#include <cstdint>
#include <cstring>

#if defined(__x86_64__) || defined(__i386__)
#include <cpuid.h>
#define QM_X86_CPUID 1
#endif

namespace qm::cpu {

std::string isaName(Isa isa)
{
    switch (isa) {
    case Isa::Scalar:
        return "scalar";
    case Isa::Avx2:
        return "avx2";
    case Isa::Avx512:
        return "avx512";
    }
    return "scalar";
}

std::vector<Isa> allIsas()
{
    return {Isa::Scalar, Isa::Avx2, Isa::Avx512};
}

std::optional<Isa> parseIsa(std::string_view name)
{
    for (Isa isa : allIsas()) {
        if (name == isaName(isa))
            return isa;
    }
    return std::nullopt;
}

std::vector<std::string> CpuFeatures::flagNames() const
{
    std::vector<std::string> out;
    const std::pair<bool, const char*> flags[] = {
        {avx2, "avx2"},         {bmi2, "bmi2"},           {avx512f, "avx512f"},
        {avx512dq, "avx512dq"}, {avx512bw, "avx512bw"},   {avx512vl, "avx512vl"},
        {avx512ifma, "avx512ifma"}, {avx512vbmi, "avx512vbmi"},
    };
    for (const auto& [on, name] : flags) {
        if (on)
            out.emplace_back(name);
    }
    return out;
}

#if defined(QM_X86_CPUID)
namespace {

std::uint64_t readXcr0()
{
    std::uint32_t lo = 0, hi = 0;
    // XGETBV is encoded by hand so this file needs no -mxsave; it is only
    // executed after CPUID reported OSXSAVE.
    __asm__ volatile(".byte 0x0f, 0x01, 0xd0" : "=a"(lo), "=d"(hi) : "c"(0));
    return (static_cast<std::uint64_t>(hi) << 32) | lo;
}

bool bit(std::uint32_t reg, int n)
{
    return (reg >> n) & 1u;
}

std::string trimmed(std::string s)
{
    const auto first = s.find_first_not_of(' ');
    if (first == std::string::npos)
        return {};
    const auto last = s.find_last_not_of(' ');
    return s.substr(first, last - first + 1);
}

} // namespace
#endif

CpuFeatures detectCpuFeatures()
{
    CpuFeatures f;
#if defined(QM_X86_CPUID)
    unsigned a = 0, b = 0, c = 0, d = 0;
    if (!__get_cpuid(0, &a, &b, &c, &d))
        return f;
    const unsigned maxLeaf = a;
    char vendor[13] = {};
    std::memcpy(vendor, &b, 4);
    std::memcpy(vendor + 4, &d, 4);
    std::memcpy(vendor + 8, &c, 4);
    f.vendor = vendor;

    unsigned maxExt = 0;
    if (__get_cpuid(0x80000000u, &maxExt, &b, &c, &d) && maxExt >= 0x80000004u) {
        char brand[49] = {};
        for (unsigned i = 0; i < 3; ++i) {
            unsigned r[4] = {};
            __get_cpuid(0x80000002u + i, &r[0], &r[1], &r[2], &r[3]);
            std::memcpy(brand + 16 * i, r, 16);
        }
        f.modelName = trimmed(brand);
    }

    if (maxLeaf < 1 || !__get_cpuid(1, &a, &b, &c, &d))
        return f;
    const bool osxsave = bit(c, 27);
    const bool avx = bit(c, 28);
    const std::uint64_t xcr0 = osxsave ? readXcr0() : 0;
    // XCR0: bit 1 SSE and bit 2 AVX state for 256-bit registers; bits 5-7
    // (opmask, upper halves of zmm0-15, zmm16-31) for AVX-512.
    const bool osYmm = (xcr0 & 0x6) == 0x6;
    const bool osZmm = osYmm && (xcr0 & 0xe0) == 0xe0;
    if (maxLeaf < 7)
        return f;
    __cpuid_count(7, 0, a, b, c, d);
    f.avx2 = avx && osYmm && bit(b, 5);
    f.bmi2 = bit(b, 8);
    f.avx512f = osZmm && bit(b, 16);
    f.avx512dq = f.avx512f && bit(b, 17);
    f.avx512ifma = f.avx512f && bit(b, 21);
    f.avx512bw = f.avx512f && bit(b, 30);
    f.avx512vl = f.avx512f && bit(b, 31);
    f.avx512vbmi = f.avx512f && bit(c, 1);
#endif
    return f;
}

const CpuFeatures& hostCpuFeatures()
{
    static const CpuFeatures features = detectCpuFeatures();
    return features;
}

bool isaSupported(Isa isa, const CpuFeatures& features)
{
    switch (isa) {
    case Isa::Scalar:
        return true;
#if defined(QM_HAVE_X86_LANES)
    case Isa::Avx2:
        return features.avx2;
    case Isa::Avx512:
        return features.avx512f;
#else
    case Isa::Avx2:
    case Isa::Avx512:
        (void)features;
        return false;
#endif
    }
    return false;
}

std::vector<Isa> supportedIsas(const CpuFeatures& features)
{
    std::vector<Isa> out;
    for (Isa isa : allIsas()) {
        if (isaSupported(isa, features))
            out.push_back(isa);
    }
    return out;
}

Isa bestIsa(const CpuFeatures& features)
{
    return supportedIsas(features).back();
}

std::optional<Isa> selectIsa(std::string_view request, const CpuFeatures& features, std::string& error)
{
    if (request.empty() || request == "auto")
        return bestIsa(features);
    const auto isa = parseIsa(request);
    if (!isa) {
        error = "unknown CPU instruction set '" + std::string(request) + "' (MINER_CPU_ISA); choose scalar, avx2, "
                "avx512 or auto";
        return std::nullopt;
    }
    if (!isaSupported(*isa, features)) {
        std::string usable;
        for (Isa s : supportedIsas(features)) {
            if (!usable.empty())
                usable += ", ";
            usable += isaName(s);
        }
#if defined(QM_HAVE_X86_LANES)
        const char* why = "this CPU (or its operating system) does not support it";
#else
        const char* why = "this build has no vector code for this processor architecture";
#endif
        error = "cpu-fast cannot use the " + std::string(request) + " path: " + why + "; usable paths: " + usable;
        return std::nullopt;
    }
    return isa;
}

std::string describeCpu(std::string_view isaRequest)
{
    const CpuFeatures& f = hostCpuFeatures();
    std::string s = f.modelName.empty() ? std::string("unknown CPU") : f.modelName;
    s += "; cpu-fast paths:";
    // Appended piece by piece: g++ 12 misreports "literal" + std::string
    // temporaries under -Wrestrict (GCC bug 105329).
    for (Isa isa : supportedIsas(f)) {
        s += ' ';
        s += isaName(isa);
    }
    std::string error;
    const auto chosen = selectIsa(isaRequest, f, error);
    if (chosen) {
        s += "; using ";
        s += isaName(*chosen);
    } else {
        s += "; ";
        s += error;
    }
    return s;
}

} // namespace qm::cpu
