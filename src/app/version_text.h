// What --version prints: version, build options, the engines' code paths.
#pragma once

#include <QString>

namespace qm {

QString versionText();
QString versionString();

} // namespace qm
