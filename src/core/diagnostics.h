// Where backends report what happens off the caller's path: a device left out,
// a candidate the CPU re-check rejected. The core has no logger; the service
// installs its own once at start-up (service/logger routes these into the log),
// and until then messages go to stderr.
#pragma once

#include <functional>
#include <string>

namespace qm {

using DiagnosticSink = std::function<void(const std::string& message)>;

// Thread-safe; an empty sink restores stderr.
void setDiagnosticSink(DiagnosticSink sink);
// A warning from a backend, e.g. "<engine>: GPU 1 left out: ...".
void reportDiagnostic(const std::string& message);

} // namespace qm
