// The first-run assistant: from nothing to a node that mines for the user's
// rewards key, without a terminal. Pages (docs/ARCHITECTURE.md, "The local
// node"):
//   Program    pick a quantus-node, or download the release the network's
//              compatibility manifest names (SHA-256 verified)
//   Identity   the data folder; the node identity made by the node binary
//   Rewards    paste an inner hash, enter an existing 24-word phrase, or make
//              a new one
//   Phrase     (new phrase only) the words, shown once, to write down
//   Check      (new phrase only) two of the words typed back
//   Network    chain, node name, ports, free disk space
//   Ready      a summary; finishing saves it and starts the node
// The phrase lives only in this object's memory while the pages need it
// (piped to the node on stdin, never written or logged) and is wiped when
// the check passes, the wizard closes, or the page is left.
#pragma once

#include "gui/local_node_settings.h"
#include "localnode/node_keys.h"
#include "localnode/node_release.h"

#include <QWizard>

#include <optional>

namespace qm::gui {

class NodeWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { ProgramPage, IdentityPage, RewardsPage, PhrasePage, CheckPage, NetworkPage, ReadyPage };

    // `current`: what is set up already (the settings' "Set up node..."),
    // or defaults on a first run.
    explicit NodeWizard(const LocalNodeSettings& current, QWidget* parent = nullptr);
    ~NodeWizard() override;

    // The settings the pages built; valid after accept().
    LocalNodeSettings result() const { return m_settings; }

    // Shared by the pages.
    LocalNodeSettings& settings() { return m_settings; }
    std::optional<CompatibilityManifest>& manifest() { return m_manifest; }
    // The new phrase between the Rewards and Check pages; wipePhrase() clears it.
    QString& newPhrase() { return m_phrase; }
    void wipePhrase();
    // Whether the Ready page starts the node on Finish.
    bool startWhenDone() const;

    // Test seam: the manifest URL the Program page fetches.
    void setManifestUrl(const QUrl& url);

protected:
    void done(int result) override;

private:
    LocalNodeSettings m_settings;
    std::optional<CompatibilityManifest> m_manifest;
    QString m_phrase;
};

} // namespace qm::gui
