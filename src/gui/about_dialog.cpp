#include "gui/about_dialog.h"

#include "gui/icons.h"
#include "service/system_info.h"
#include "ui_about_dialog.h"

#include <QFile>
#include <QFontDatabase>
#include <QScrollBar>

namespace qm::gui {

AboutDialog::AboutDialog(QWidget* parent) : QDialog(parent), ui(std::make_unique<Ui::AboutDialog>())
{
    ui->setupUi(this);
    ui->iconLabel->setPixmap(applicationIcon().pixmap(QSize(72, 72)));
    QFont title = font();
    title.setPointSizeF(font().pointSizeF() * 1.6);
    title.setWeight(QFont::DemiBold);
    ui->titleLabel->setFont(title);
    ui->licenceText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // The licence's own line breaks, and room for its 80 columns.
    ui->licenceText->setLineWrapMode(QPlainTextEdit::NoWrap);
    const QFontMetrics fixed(ui->licenceText->font());
    ui->licenceText->setMinimumWidth(fixed.horizontalAdvance(QString(81, QLatin1Char('M'))) +
                                     ui->licenceText->verticalScrollBar()->sizeHint().width() + 8);
    ui->iconLabel->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    ui->header->setAlignment(ui->iconLabel, Qt::AlignTop);
    QFile licence(QStringLiteral(":/LICENSE"));
    if (licence.open(QIODevice::ReadOnly | QIODevice::Text))
        ui->licenceText->setPlainText(QString::fromUtf8(licence.readAll()));
    fill();
    adjustSize();
}

AboutDialog::~AboutDialog() = default;

QString AboutDialog::versionString()
{
    return QStringLiteral(QM_GUI_VERSION);
}

void AboutDialog::fill()
{
    ui->versionLabel->setText(tr("Version %1").arg(versionString()));
    const BuildProbe build = probeBuild();
    ui->cudaValue->setText(build.cuda ? tr("yes: %1").arg(build.cudaSummary) : tr("no (built without CUDA)"));
    QStringList usable = probeCpu(BackendOptions{}).fastPaths;
    const QStringList& built = build.cpuPaths;
    ui->isaValue->setText(tr("built: %1; this CPU: %2")
                              .arg(built.join(QStringLiteral(", ")), usable.join(QStringLiteral(", "))));
    ui->qtValue->setText(tr("%1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)));
}

void AboutDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        fill();
    }
    QDialog::changeEvent(event);
}

} // namespace qm::gui
