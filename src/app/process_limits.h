// Process-wide limits the miner sets for itself at start.
#pragma once

#include <QString>

namespace qm {

// Raises the soft limit on open descriptors to the hard limit (systemd and
// most shells start services at 1024 with a far higher hard limit), so that
// the HTTP connection cap, not the descriptor table, bounds the clients.
// Returns a line for the start-up log: the limit now in force.
QString raiseDescriptorLimit();

} // namespace qm
