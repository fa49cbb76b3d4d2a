#include "gui/settings_dialog.h"

#include "gui/theme.h"
#include "base/translations.h"
#include "ui_settings_dialog.h"

#include <QHostAddress>
#include <QPushButton>

namespace qm::gui {

SettingsDialog::SettingsDialog(const Values& values, bool trayAvailable,
                               const QSet<ServiceSetting>& fromCommandLine, QWidget* parent)
    : QDialog(parent), ui(std::make_unique<Ui::SettingsDialog>()), m_initial(values), m_trayAvailable(trayAvailable),
      m_fromCommandLine(fromCommandLine)
{
    ui->setupUi(this);
    // Port 0 asks the system for any free port (a port taken by the node's
    // own tools, tests); shown as words rather than a number.
    ui->portSpin->setMinimum(0);
    fillCombos();

    ui->bindCombo->setCurrentText(values.bindAddress);
    ui->portSpin->setValue(values.port);
    ui->metricsCheck->setChecked(values.metricsEnabled);
    ui->metricsPortSpin->setValue(values.metricsPort == 0 ? 9900 : values.metricsPort);
    ui->metricsPortSpin->setEnabled(values.metricsEnabled);
    ui->languageCombo->setCurrentIndex(std::max(0, ui->languageCombo->findData(values.language)));
    ui->themeCombo->setCurrentIndex(std::max(0, ui->themeCombo->findData(themeChoiceKey(values.theme))));
    ui->startMinimizedCheck->setChecked(values.startMinimized);
    ui->closeToTrayCheck->setChecked(values.closeToTray && trayAvailable);
    ui->closeToTrayCheck->setEnabled(trayAvailable);
    if (!trayAvailable)
        ui->closeToTrayCheck->setToolTip(tr("This desktop has no system tray."));
    ui->startOnLoginCheck->setChecked(values.startOnLogin);
    ui->errorLabel->hide();
    ui->portSpin->setSpecialValueText(tr("any free port"));

    // Room for an IPv6 address and for the port's "any free port".
    const int ch = fontMetrics().averageCharWidth();
    ui->bindCombo->setMinimumWidth(ch * 26);
    ui->portSpin->setMinimumWidth(ch * 18);
    ui->metricsPortSpin->setMinimumWidth(ch * 18);
    connect(ui->metricsCheck, &QCheckBox::toggled, ui->metricsPortSpin, &QWidget::setEnabled);
    connect(ui->buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(ui->buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(ui->bindCombo, &QComboBox::currentTextChanged, this, [this] { ui->errorLabel->hide(); });
    updateNotes();
    ui->serviceNote->setMinimumWidth(ch * 60);
    adjustSize();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::fillCombos()
{
    const QString bind = ui->bindCombo->currentText();
    ui->bindCombo->clear();
    ui->bindCombo->addItem(QStringLiteral("127.0.0.1"));
    ui->bindCombo->addItem(QStringLiteral("0.0.0.0"));
    ui->bindCombo->addItem(QStringLiteral("::1"));
    ui->bindCombo->addItem(QStringLiteral("::"));
    ui->bindCombo->setItemData(0, tr("This computer only"), Qt::ToolTipRole);
    ui->bindCombo->setItemData(1, tr("Every IPv4 network interface"), Qt::ToolTipRole);
    ui->bindCombo->setItemData(2, tr("This computer only (IPv6)"), Qt::ToolTipRole);
    ui->bindCombo->setItemData(3, tr("Every network interface"), Qt::ToolTipRole);
    if (!bind.isEmpty())
        ui->bindCombo->setCurrentText(bind);

    const QVariant language = ui->languageCombo->currentData();
    ui->languageCombo->clear();
    ui->languageCombo->addItem(tr("System default"), QString());
    for (const QString& code : availableLanguages())
        ui->languageCombo->addItem(languageNativeName(code), code);
    if (language.isValid())
        ui->languageCombo->setCurrentIndex(std::max(0, ui->languageCombo->findData(language)));

    const QVariant theme = ui->themeCombo->currentData();
    ui->themeCombo->clear();
    ui->themeCombo->addItem(tr("Follow the system"), themeChoiceKey(ThemeChoice::System));
    ui->themeCombo->addItem(tr("Light"), themeChoiceKey(ThemeChoice::Light));
    ui->themeCombo->addItem(tr("Dark"), themeChoiceKey(ThemeChoice::Dark));
    if (theme.isValid())
        ui->themeCombo->setCurrentIndex(std::max(0, ui->themeCombo->findData(theme)));
}

void SettingsDialog::updateNotes()
{
    QString note = tr("Changing the address or a port restarts the service; running jobs are cancelled.");
    QStringList given;
    if (m_fromCommandLine.contains(ServiceSetting::BindAddress))
        given << tr("address");
    if (m_fromCommandLine.contains(ServiceSetting::Port))
        given << tr("API port");
    if (m_fromCommandLine.contains(ServiceSetting::Metrics))
        given << tr("metrics port");
    if (!given.isEmpty())
        note += QLatin1Char(' ') + tr("This run was started with the %1 on the command line or in the environment; "
                                      "those win over what is saved here at the next start.")
                                       .arg(given.join(QStringLiteral(", ")));
    ui->serviceNote->setText(note);
    QPalette p = ui->serviceNote->palette();
    QColor c = p.color(QPalette::WindowText);
    c.setAlpha(170);
    p.setColor(QPalette::WindowText, c);
    ui->serviceNote->setPalette(p);
}

QString SettingsDialog::normalizedAddress(const QString& text)
{
    const QString t = text.trimmed();
    if (t.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("127.0.0.1");
    const QHostAddress address(t);
    return address.isNull() ? QString() : address.toString();
}

SettingsDialog::Values SettingsDialog::values() const
{
    Values v;
    v.bindAddress = normalizedAddress(ui->bindCombo->currentText());
    if (v.bindAddress.isEmpty())
        v.bindAddress = m_initial.bindAddress;
    v.port = static_cast<quint16>(ui->portSpin->value());
    v.metricsEnabled = ui->metricsCheck->isChecked();
    v.metricsPort = static_cast<quint16>(ui->metricsPortSpin->value());
    v.language = ui->languageCombo->currentData().toString();
    v.theme = parseThemeChoice(ui->themeCombo->currentData().toString());
    v.startMinimized = ui->startMinimizedCheck->isChecked();
    v.closeToTray = m_trayAvailable ? ui->closeToTrayCheck->isChecked() : m_initial.closeToTray;
    v.startOnLogin = ui->startOnLoginCheck->isChecked();
    return v;
}

void SettingsDialog::accept()
{
    QString problem;
    if (normalizedAddress(ui->bindCombo->currentText()).isEmpty())
        problem = tr("“%1” is not an IP address. Use 127.0.0.1 (this computer), 0.0.0.0 or :: (every interface).")
                      .arg(ui->bindCombo->currentText().trimmed());
    else if (ui->metricsCheck->isChecked() && ui->metricsPortSpin->value() == ui->portSpin->value())
        problem = tr("The metrics port must differ from the API port.");
    if (!problem.isEmpty()) {
        ui->errorLabel->setText(problem);
        QPalette p = ui->errorLabel->palette();
        p.setColor(QPalette::WindowText, serviceErrorColor());
        ui->errorLabel->setPalette(p);
        ui->errorLabel->show();
        return;
    }
    QDialog::accept();
}

void SettingsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        fillCombos();
        updateNotes();
    }
    QDialog::changeEvent(event);
}

} // namespace qm::gui
