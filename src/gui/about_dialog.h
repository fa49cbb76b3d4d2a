// Help > About: version, build options (CUDA engine, CPU code paths, Qt) and
// the MIT licence.
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class AboutDialog;
}

namespace qm::gui {

class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);
    ~AboutDialog() override;

    static QString versionString();

protected:
    void changeEvent(QEvent* event) override;

private:
    void fill();
    std::unique_ptr<Ui::AboutDialog> ui;
};

} // namespace qm::gui
