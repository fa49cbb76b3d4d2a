#include "service/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

#include <algorithm>

namespace qm {

namespace {

// Where the build embeds the compiled translations (translations/CMakeLists.txt).
QString resourceDir()
{
    return QStringLiteral(":/i18n");
}

QString appFilePrefix()
{
    return QStringLiteral("quantus-miner_");
}

QString sourceLanguage()
{
    return QString::fromLatin1(kSourceLanguage);
}

// The translators this module installed, so a later call can replace them.
// QPointer: they are children of the application object and die with it.
struct InstalledTranslators {
    QPointer<QTranslator> app;
    QPointer<QTranslator> qt;
    QString language = sourceLanguage();
};

InstalledTranslators& installed()
{
    static InstalledTranslators state;
    return state;
}

void removeInstalled()
{
    InstalledTranslators& state = installed();
    for (QPointer<QTranslator>* translator : {&state.app, &state.qt}) {
        if (*translator) {
            QCoreApplication::removeTranslator(translator->data());
            delete translator->data();
        }
        translator->clear();
    }
    state.language = sourceLanguage();
}

// "quantus-miner_zh_CN.qm" -> "zh_CN".
QString codeFromFileName(const QString& path)
{
    return QFileInfo(path).completeBaseName().mid(appFilePrefix().size());
}

} // namespace

QStringList availableLanguages()
{
    QStringList codes;
    const QStringList files =
        QDir(resourceDir()).entryList({appFilePrefix() + QStringLiteral("*.qm")}, QDir::Files, QDir::Name);
    for (const QString& file : files)
        codes << codeFromFileName(file);
    std::sort(codes.begin(), codes.end());
    codes.prepend(sourceLanguage());
    return codes;
}

QString languageNativeName(const QString& code)
{
    // The shipped languages by their usual names: Qt's CLDR names carry the
    // default territory ("español de España", "American English").
    static const struct {
        const char* code;
        const char* name;
    } known[] = {
        {"en", "English"},
        {"de", "Deutsch"},
        {"es", "Español"},
        {"fr", "Français"},
        {"ru", "Русский"},
        {"zh_CN", "简体中文"},
    };
    for (const auto& k : known)
        if (code == QLatin1String(k.code))
            return QString::fromUtf8(k.name);
    const QLocale locale(code);
    if (locale.language() == QLocale::C)
        return code;
    const QString name = locale.nativeLanguageName();
    if (name.isEmpty())
        return code;
    // Language names are lower case inside a sentence in many languages; a menu
    // entry starts with a capital.
    return locale.toUpper(name.left(1)) + name.mid(1);
}

QString installTranslations(const QString& language)
{
    removeInstalled();
    QCoreApplication* app = QCoreApplication::instance();
    if (!app)
        return sourceLanguage();

    const QString code = language.trimmed();
    const QLocale requested = code.isEmpty() ? QLocale::system() : QLocale(code);
    // Formats follow an explicitly chosen language unless it is the system's
    // own, whose regional conventions (de_AT, fr_CH) are then kept.
    const bool otherLanguage = !code.isEmpty() && requested.language() != QLocale::C &&
                               requested.language() != QLocale::system().language();
    QLocale::setDefault(otherLanguage ? requested : QLocale::system());
    // The user's languages in order of preference (LANGUAGE=fr:de gives two).
    // The first that is English, the source, or has a translation wins: an
    // English speaker who also reads German stays in English.
    // QTranslator::load(QLocale, ...) tries each locale's variants with
    // fallbacks ("de-AT" finds "de").
    const QStringList preferences = code.isEmpty() ? QLocale::system().uiLanguages() : QStringList{code};
    auto* appTranslator = new QTranslator(app);
    bool loaded = false;
    for (const QString& preference : preferences) {
        const QLocale candidate(preference);
        if (candidate.language() == QLocale::English)
            break;
        if (candidate.language() == QLocale::C)
            continue;
        if (appTranslator->load(candidate, QStringLiteral("quantus-miner"), QStringLiteral("_"), resourceDir())) {
            loaded = true;
            break;
        }
    }
    if (!loaded) {
        delete appTranslator;
        return sourceLanguage();
    }
    const QString effective = codeFromFileName(appTranslator->filePath());

    // Qt's strings in the same language; installed first so the application's
    // own translation, searched first, wins where both translate a text.
    auto* qtTranslator = new QTranslator(app);
    if (qtTranslator->load(QLocale(effective), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator);
        installed().qt = qtTranslator;
    } else {
        delete qtTranslator;
    }
    QCoreApplication::installTranslator(appTranslator);
    installed().app = appTranslator;
    installed().language = effective;
    return effective;
}

QString currentLanguage()
{
    return installed().language;
}

} // namespace qm
