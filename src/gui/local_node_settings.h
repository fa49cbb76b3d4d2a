// What the dashboard remembers about the node it runs itself (QSettings group
// "localNode"): the LocalNodeConfig the assistant built, the rewards address
// that goes with the inner hash, whether to run the node, the blocks mined
// in total, and the manifest URL. Nothing secret: the 24-word phrase is never
// part of this.
#pragma once

#include "localnode/local_node.h"

#include <QString>
#include <QUrl>

namespace qm::gui {

struct LocalNodeSettings {
    // Run and supervise the node while the dashboard runs.
    bool enabled = false;
    // The assistant was finished (or closed for good): do not offer it again
    // at start-up.
    bool setupDone = false;
    LocalNodeConfig node;
    QString rewardsAddress;   // "qz...", shown with its QR code
    quint64 minedTotal = 0;   // blocks mined for the inner hash, all runs
    QString minedKey;         // "<chain>/<inner hash>" the total counts for
    quint64 lastMinedBlock = 0; // the highest block counted in the total
    QUrl manifestUrl;         // empty: defaultManifestUrl()
    // Given on the command line for this run (--node-binary ...): used, never
    // saved, as other options given there.
    bool transient = false;

    static LocalNodeSettings load();
    // The saved settings, or the command line's node for this run.
    static LocalNodeSettings forRun(const LocalNodeConfig& fromCommandLine);
    // Does nothing for transient settings.
    void save() const;
    // Only the mined count (each mined block).
    static void saveMinedCount(const LocalNodeSettings& settings);
};

} // namespace qm::gui
