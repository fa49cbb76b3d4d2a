// The Rewards tab: where mined blocks pay -- the rewards address with a copy
// button and its QR code (for the mobile wallet), the inner hash the node
// mines for, the blocks mined since the app started and in total. Observes a
// LocalNodeModel.
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace qm::gui {

class LocalNodeModel;
class QrCodeWidget;

class RewardsPanel : public QWidget {
    Q_OBJECT
public:
    explicit RewardsPanel(QWidget* parent = nullptr);

    void setModel(LocalNodeModel* model);

    QString addressText() const;
    QrCodeWidget* qrCode() const { return m_qr; }
    QString minedText() const;
    QPushButton* copyButton() const { return m_copy; }

signals:
    void setUpRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    void retranslate();

    LocalNodeModel* m_model = nullptr;
    QLabel* m_title;
    QLabel* m_address;
    QPushButton* m_copy;
    QrCodeWidget* m_qr;
    QLabel* m_innerHashCaption;
    QLabel* m_innerHash;
    QLabel* m_minedRun;
    QLabel* m_minedTotal;
    QLabel* m_minedRunCaption;
    QLabel* m_minedTotalCaption;
    QLabel* m_empty;
    QPushButton* m_setUp;
    QWidget* m_content;
};

} // namespace qm::gui
