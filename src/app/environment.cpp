#include "app/environment.h"

#include <QtGlobal>

namespace qm {

EnvLookup processEnvironment()
{
    return [](const char* name) -> std::optional<QString> {
        const QString v = qEnvironmentVariable(name);
        if (v.isEmpty())
            return std::nullopt;
        return v;
    };
}

} // namespace qm
