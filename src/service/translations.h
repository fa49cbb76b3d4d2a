// The user-interface language: installs the application's own translation and
// Qt's for one language on the running QCoreApplication. QtCore only, so the
// headless service (--lang) and the dashboard's settings dialog share it.
#pragma once

#include <QString>
#include <QStringList>

namespace qm {

// The source language, always available without a translation file.
inline constexpr const char* kSourceLanguage = "en";

// Codes of the languages the application can show, the source language first,
// then every translation compiled into it, sorted: {"en", "de", "es", "fr", "ru", "zh_CN"}.
QStringList availableLanguages();

// The name of a language in that language, for a language menu: "Deutsch",
// "Русский", "简体中文". Falls back to the code for an unknown one.
QString languageNativeName(const QString& code);

// Installs the translators for `language` ("de", "zh_CN", "pt-BR"; case and
// '-' or '_' as separator do not matter) on the running QCoreApplication, and
// replaces those a previous call installed. An empty code follows the system
// locale (QLocale::system().uiLanguages(), i.e. LANGUAGE, LC_ALL, LC_MESSAGES,
// LANG). The application's messages come from the translations compiled into
// it (":/i18n/quantus-miner_<code>.qm"); Qt's own (standard buttons, dialogs)
// from qtbase_<code>.qm in Qt's translations directory, for the same language
// only, so the two never disagree. An explicit code for a language other than
// the system's also becomes the default QLocale, so numbers and dates are
// formatted to match; otherwise the system locale is the default.
// Returns the code now in effect: a member of availableLanguages(), or
// kSourceLanguage when nothing matched (then no translator is installed).
// Call it from the thread that owns the application object, after creating it.
QString installTranslations(const QString& language = QString());

// The code installTranslations() last put in effect (kSourceLanguage before any call).
QString currentLanguage();

} // namespace qm
