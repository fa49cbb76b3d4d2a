// The dashboard's compiled-in resources (resources/gui.qrc: icons, licence).
// qm_gui is a static library, so its resources are registered explicitly.
#pragma once

namespace qm::gui {

// Idempotent; called by createApplication, and by tests that build widgets.
void initGuiResources();

} // namespace qm::gui
