#include "about_dialog.h"

#include "cpu/cpu_features.h"
#include "cuda_devices.h"
#include "icons.h"
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

bool AboutDialog::builtWithCuda()
{
#if defined(QM_HAVE_CUDA) && QM_HAVE_CUDA
    return true;
#else
    return false;
#endif
}

void AboutDialog::fill()
{
    ui->versionLabel->setText(tr("Version %1").arg(versionString()));
    ui->cudaValue->setText(builtWithCuda() ? tr("yes: %1").arg(QString::fromStdString(gpu::cudaBuildSummary()))
                                           : tr("no (built without CUDA)"));

    QStringList built;
    for (const cpu::Isa isa : cpu::allIsas()) {
        cpu::CpuFeatures everything;
        // Every flag set: what remains unsupported is missing from the build.
        everything.avx2 = everything.bmi2 = everything.avx512f = everything.avx512dq = everything.avx512bw =
            everything.avx512vl = everything.avx512ifma = everything.avx512vbmi = true;
        if (cpu::isaSupported(isa, everything))
            built << QString::fromStdString(cpu::isaName(isa));
    }
    QStringList usable;
    for (const cpu::Isa isa : cpu::supportedIsas(cpu::hostCpuFeatures()))
        usable << QString::fromStdString(cpu::isaName(isa));
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
