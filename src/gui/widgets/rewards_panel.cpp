#include "gui/widgets/rewards_panel.h"

#include "gui/models/local_node_model.h"
#include "gui/widgets/qr_code_widget.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace qm::gui {

RewardsPanel::RewardsPanel(QWidget* parent) : QWidget(parent)
{
    m_content = new QWidget(this);
    m_title = new QLabel(m_content);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_address = new QLabel(m_content);
    m_address->setObjectName(QStringLiteral("rewardsAddress"));
    m_address->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_address->setWordWrap(true);
    m_copy = new QPushButton(m_content);
    m_copy->setObjectName(QStringLiteral("copyAddressButton"));
    m_qr = new QrCodeWidget(m_content);
    m_qr->setObjectName(QStringLiteral("rewardsQr"));
    m_innerHashCaption = new QLabel(m_content);
    m_innerHash = new QLabel(m_content);
    m_innerHash->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_innerHash->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_innerHash->setWordWrap(true);
    m_minedRunCaption = new QLabel(m_content);
    m_minedRun = new QLabel(m_content);
    m_minedRun->setObjectName(QStringLiteral("minedThisRun"));
    m_minedTotalCaption = new QLabel(m_content);
    m_minedTotal = new QLabel(m_content);
    m_minedTotal->setObjectName(QStringLiteral("minedTotal"));
    QFont big = m_minedRun->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_minedRun->setFont(big);
    m_minedTotal->setFont(big);

    auto* addressRow = new QHBoxLayout;
    addressRow->addWidget(m_address, 1);
    addressRow->addWidget(m_copy, 0, Qt::AlignTop);
    auto* counts = new QGridLayout;
    counts->addWidget(m_minedRun, 0, 0);
    counts->addWidget(m_minedTotal, 0, 1);
    counts->addWidget(m_minedRunCaption, 1, 0);
    counts->addWidget(m_minedTotalCaption, 1, 1);
    auto* text = new QVBoxLayout;
    text->addWidget(m_title);
    text->addLayout(addressRow);
    text->addSpacing(8);
    text->addWidget(m_innerHashCaption);
    text->addWidget(m_innerHash);
    text->addSpacing(12);
    text->addLayout(counts);
    text->addStretch(1);
    auto* contentLayout = new QHBoxLayout(m_content);
    contentLayout->addLayout(text, 1);
    contentLayout->addWidget(m_qr, 0, Qt::AlignTop);

    m_empty = new QLabel(this);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_setUp = new QPushButton(this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_content, 1);
    layout->addStretch(1);
    layout->addWidget(m_empty);
    layout->addWidget(m_setUp, 0, Qt::AlignHCenter);
    layout->addStretch(1);

    connect(m_copy, &QPushButton::clicked, this, [this] {
        if (m_model)
            QApplication::clipboard()->setText(m_model->settings().rewardsAddress);
    });
    connect(m_setUp, &QPushButton::clicked, this, &RewardsPanel::setUpRequested);
    retranslate();
}

void RewardsPanel::setModel(LocalNodeModel* model)
{
    m_model = model;
    connect(model, &LocalNodeModel::changed, this, &RewardsPanel::refresh);
    refresh();
}

QString RewardsPanel::addressText() const
{
    return m_address->text();
}

QString RewardsPanel::minedText() const
{
    return m_minedRun->text() + QLatin1Char('/') + m_minedTotal->text();
}

void RewardsPanel::retranslate()
{
    m_title->setText(tr("Rewards address"));
    m_copy->setText(tr("&Copy"));
    m_innerHashCaption->setText(tr("Inner hash the node mines for:"));
    m_minedRunCaption->setText(tr("blocks mined since the app started"));
    m_minedTotalCaption->setText(tr("blocks mined in total"));
    m_empty->setText(tr("Set up a node to mine for your own rewards address. The assistant takes a few "
                        "minutes and needs no terminal."));
    m_setUp->setText(tr("Set &up a node…"));
    refresh();
}

void RewardsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RewardsPanel::refresh()
{
    const bool setUp = m_model && m_model->settings().node.enabled;
    m_content->setVisible(setUp);
    m_empty->setVisible(!setUp);
    m_setUp->setVisible(!setUp);
    if (!setUp)
        return;
    const LocalNodeSettings& s = m_model->settings();
    const QString address = s.rewardsAddress;
    m_address->setText(address.isEmpty() ? tr("(only the inner hash is known)") : address);
    m_copy->setEnabled(!address.isEmpty());
    m_qr->setText(address);
    m_qr->setVisible(!address.isEmpty());
    m_innerHash->setText(s.node.rewardsInnerHash);
    const QLocale locale;
    m_minedRun->setText(locale.toString(static_cast<qulonglong>(m_model->minedThisRun())));
    m_minedTotal->setText(locale.toString(static_cast<qulonglong>(m_model->minedTotal())));
}

} // namespace qm::gui
