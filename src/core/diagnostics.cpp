#include "core/diagnostics.h"

#include <cstdio>
#include <mutex>

namespace qm {

namespace {

std::mutex& sinkMutex()
{
    static std::mutex m;
    return m;
}

DiagnosticSink& sink()
{
    static DiagnosticSink s;
    return s;
}

} // namespace

void setDiagnosticSink(DiagnosticSink s)
{
    std::lock_guard lock(sinkMutex());
    sink() = std::move(s);
}

void reportDiagnostic(const std::string& message)
{
    DiagnosticSink current;
    {
        std::lock_guard lock(sinkMutex());
        current = sink();
    }
    if (current) {
        current(message);
        return;
    }
    std::fprintf(stderr, "%s\n", message.c_str());
}

} // namespace qm
