// One setting as the user gave it, and where: the command line wins over the
// environment. Shared by everything resolveConfig parses, so every error names
// its source the same way ("invalid --port 'x': ...", "MINER_PORT").
#pragma once

#include <QString>

#include <functional>
#include <optional>

namespace qm {

// Returns the value of an environment variable; nullopt when unset or empty.
// src/app passes the process's environment; tests pass their own.
using EnvLookup = std::function<std::optional<QString>(const char* name)>;

struct SettingSource {
    QString text;
    QString origin; // "--port" or "MINER_PORT"
};

// The command-line value when given, else the environment's (var may be
// null: no environment variable); nullopt when neither has it.
inline std::optional<SettingSource> pickSetting(const std::optional<QString>& cli, const char* flag,
                                                const EnvLookup& env, const char* var)
{
    if (cli)
        return SettingSource{*cli, QString::fromLatin1(flag)};
    if (env && var) {
        if (auto v = env(var))
            return SettingSource{*v, QString::fromLatin1(var)};
    }
    return std::nullopt;
}

// "invalid --port 'x': why": the one wording of a rejected setting.
inline QString invalidSetting(const SettingSource& s, const QString& why)
{
    return QStringLiteral("invalid %1 '%2': %3").arg(s.origin, s.text, why);
}

} // namespace qm
