#include "app/app_options.h"
#include "service/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QtTest>

#include <set>

namespace {

// A text Qt itself translates (the standard Cancel button).
QString qtCancel()
{
    return QCoreApplication::translate("QPlatformTheme", "Cancel");
}

// The widest --help line in any language, in terminal columns (English: 105).
constexpr int kHelpMaxWidth = 108;

bool qtTranslationsInstalled(const QString& code)
{
    return QFileInfo::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_") +
                             code + QStringLiteral(".qm"));
}

// One message of a .ts file as a translator left it.
struct TsMessage {
    QString context;
    QString source;
    QString translationType; // "unfinished", "vanished", "obsolete" or empty when done
    QStringList forms;       // the translation, or its plural forms
    bool numerus = false;
};

QList<TsMessage> readTs(const QString& path, QString* error)
{
    QList<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage current;
    while (!xml.atEnd()) {
        xml.readNext();
        // A plural message is complete at </translation>, after its forms.
        if (xml.isEndElement() && xml.name() == u"translation" && current.numerus)
            messages << current;
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            current = TsMessage{};
            current.context = context;
            current.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
        } else if (name == u"source") {
            current.source = xml.readElementText();
        } else if (name == u"translation") {
            current.translationType = xml.attributes().value(QLatin1String("type")).toString();
            if (!current.numerus) {
                current.forms << xml.readElementText();
                messages << current;
            }
        } else if (name == u"numerusform") {
            current.forms << xml.readElementText();
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

// "%1", "%2", "%n": the arguments a text takes, whatever their order.
std::set<QString> placeholders(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("%(?:n|L?[1-9][0-9]?)"));
    std::set<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured().remove(QLatin1Char('L')));
    return found;
}

// A mnemonic: '&' before a character other than '&' or a space ("&&" is a literal '&').
bool hasMnemonic(QString text)
{
    text.remove(QStringLiteral("&&"));
    static const QRegularExpression re(QStringLiteral("&[^& ]"));
    return re.match(text).hasMatch();
}

// Plural forms a language has (Qt's rules): Russian 3, Chinese 1, the others 2.
int pluralForms(const QString& code)
{
    if (code == u"ru")
        return 3;
    if (code.startsWith(u"zh"))
        return 1;
    return 2;
}

// Columns a terminal gives a line: East Asian wide characters take two.
int displayWidth(const QString& line)
{
    int width = 0;
    for (const QChar c : line) {
        const char16_t u = c.unicode();
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) ||
                          (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0xF900 && u <= 0xFAFF) ||
                          (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60) ||
                          (u >= 0xFFE0 && u <= 0xFFE6);
        width += wide ? 2 : 1;
    }
    return width;
}

QStringList tsFiles()
{
    const QDir dir(QStringLiteral(QM_TRANSLATIONS_SOURCE_DIR));
    QStringList files;
    for (const QString& name : dir.entryList({QStringLiteral("quantus-miner_*.ts")}, QDir::Files, QDir::Name))
        files << dir.filePath(name);
    return files;
}

} // namespace

class TranslationsTest : public QObject {
    Q_OBJECT

private slots:
    void cleanup()
    {
        // Back to the source language with the system's formats for the next test.
        qm::installTranslations(QStringLiteral("en"));
        QLocale::setDefault(QLocale::system());
    }

    void shipsEveryLanguage()
    {
        const QStringList expected{QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es"),
                                   QStringLiteral("fr"), QStringLiteral("ru"), QStringLiteral("zh_CN")};
        QCOMPARE(qm::availableLanguages(), expected);
    }

    void installsAnExplicitLanguage_data()
    {
        QTest::addColumn<QString>("request");
        QTest::addColumn<QString>("effective");
        QTest::addColumn<QString>("qtCancel");
        QTest::newRow("de") << "de" << "de" << "Abbrechen";
        QTest::newRow("es") << "es" << "es" << "Cancelar";
        QTest::newRow("fr") << "fr" << "fr" << "Annuler";
        QTest::newRow("ru") << "ru" << "ru" << "Отмена";
        QTest::newRow("zh_CN") << "zh_CN" << "zh_CN" << "取消";
        // Spelling does not matter; a regional variant finds its language.
        QTest::newRow("zh-cn") << "zh-cn" << "zh_CN" << "取消";
        QTest::newRow("de-AT") << "de-AT" << "de" << "Abbrechen";
        QTest::newRow("fr_CA") << "fr_CA" << "fr" << "Annuler";
    }

    void installsAnExplicitLanguage()
    {
        QFETCH(QString, request);
        QFETCH(QString, effective);
        QFETCH(QString, qtCancel);
        QCOMPARE(qm::installTranslations(request), effective);
        QCOMPARE(qm::currentLanguage(), effective);
        QCOMPARE(QLocale().language(), QLocale(effective).language());
        if (!qtTranslationsInstalled(effective))
            QSKIP("Qt's own translations are not installed (Debian package qt6-translations-l10n)");
        QCOMPARE(::qtCancel(), qtCancel);
    }

    void unknownOrUntranslatedLanguageKeepsTheSource_data()
    {
        QTest::addColumn<QString>("request");
        QTest::newRow("English") << "en";
        QTest::newRow("not a language") << "xx";
        QTest::newRow("no translation shipped") << "it";
    }

    void unknownOrUntranslatedLanguageKeepsTheSource()
    {
        QFETCH(QString, request);
        QCOMPARE(qm::installTranslations(QStringLiteral("de")), QStringLiteral("de"));
        QCOMPARE(qm::installTranslations(request), QStringLiteral("en"));
        QCOMPARE(qm::currentLanguage(), QStringLiteral("en"));
        // The German translators are gone: Qt's text is the source text again.
        QCOMPARE(qtCancel(), QStringLiteral("Cancel"));
    }

    void aLaterCallReplacesTheTranslators()
    {
        if (!qtTranslationsInstalled(QStringLiteral("de")) || !qtTranslationsInstalled(QStringLiteral("fr")))
            QSKIP("Qt's own translations are not installed (Debian package qt6-translations-l10n)");
        QCOMPARE(qm::installTranslations(QStringLiteral("de")), QStringLiteral("de"));
        QCOMPARE(qtCancel(), QStringLiteral("Abbrechen"));
        QCOMPARE(qm::installTranslations(QStringLiteral("fr")), QStringLiteral("fr"));
        QCOMPARE(qtCancel(), QStringLiteral("Annuler"));
    }

    void namesLanguagesInThemselves()
    {
        QCOMPARE(qm::languageNativeName(QStringLiteral("en")), QStringLiteral("English"));
        QCOMPARE(qm::languageNativeName(QStringLiteral("de")), QStringLiteral("Deutsch"));
        QCOMPARE(qm::languageNativeName(QStringLiteral("es")), QStringLiteral("Español"));
        QCOMPARE(qm::languageNativeName(QStringLiteral("fr")), QStringLiteral("Français"));
        QCOMPARE(qm::languageNativeName(QStringLiteral("ru")), QStringLiteral("Русский"));
        QCOMPARE(qm::languageNativeName(QStringLiteral("zh_CN")), QStringLiteral("简体中文"));
        // Not shipped: Qt's name, capitalised for a menu.
        QCOMPARE(qm::languageNativeName(QStringLiteral("it")), QStringLiteral("Italiano"));
        QCOMPARE(qm::languageNativeName(QStringLiteral("xx")), QStringLiteral("xx"));
        for (const QString& code : qm::availableLanguages())
            QVERIFY2(qm::languageNativeName(code) != code, qPrintable(code));
    }

    // Every shipped .ts is complete: no unfinished, empty or dropped message,
    // the same arguments as the source, a mnemonic where the source has one,
    // and as many plural forms as the language has.
    void everyMessageIsTranslated_data()
    {
        QTest::addColumn<QString>("path");
        const QStringList files = tsFiles();
        QVERIFY2(files.size() >= 5, qPrintable(QStringLiteral("found %1 .ts files").arg(files.size())));
        for (const QString& path : files)
            QTest::newRow(qPrintable(QFileInfo(path).completeBaseName())) << path;
    }

    void everyMessageIsTranslated()
    {
        QFETCH(QString, path);
        const QString code = QFileInfo(path).completeBaseName().section(QLatin1Char('_'), 1);
        QString error;
        const QList<TsMessage> messages = readTs(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 100);
        QStringList problems;
        for (const TsMessage& m : messages) {
            const QString where = m.context + QStringLiteral(": \"") + m.source + QLatin1Char('"');
            if (!m.translationType.isEmpty())
                problems << QStringLiteral("%1 is %2").arg(where, m.translationType);
            if (m.numerus && m.forms.size() != pluralForms(code))
                problems << QStringLiteral("%1 has %2 plural forms").arg(where).arg(m.forms.size());
            for (const QString& form : m.forms) {
                if (form.trimmed().isEmpty()) {
                    problems << where + QStringLiteral(" has an empty translation");
                    continue;
                }
                auto expected = placeholders(m.source);
                auto got = placeholders(form);
                // A plural form may leave the count implicit ("one job" for %n == 1).
                if (m.numerus) {
                    expected.erase(QStringLiteral("%n"));
                    got.erase(QStringLiteral("%n"));
                }
                if (expected != got)
                    problems << QStringLiteral("%1: arguments differ in \"%2\"").arg(where, form);
                if (hasMnemonic(m.source) != hasMnemonic(form))
                    problems << QStringLiteral("%1: mnemonic differs in \"%2\"").arg(where, form);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // The compiled translations load and translate the dashboard and --help.
    void translatesDashboardAndHelp_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("hashRate");
        QTest::addColumn<QString>("usage");
        QTest::newRow("de") << "de" << "Hashrate" << "Aufruf:";
        QTest::newRow("es") << "es" << "Tasa de hash" << "Uso:";
        QTest::newRow("fr") << "fr" << "Taux de hachage" << "Utilisation :";
        QTest::newRow("ru") << "ru" << "Хешрейт" << "Использование:";
        QTest::newRow("zh_CN") << "zh_CN" << "算力" << "用法：";
    }

    void translatesDashboardAndHelp()
    {
        QFETCH(QString, code);
        QFETCH(QString, hashRate);
        QFETCH(QString, usage);
        QCOMPARE(qm::installTranslations(code), code);
        QCOMPARE(QCoreApplication::translate("qm::gui::MainWindow", "Hash rate"), hashRate);
        QCOMPARE(QCoreApplication::translate("CommandLine", "Usage:"), usage);
        const QString help = qm::helpText();
        QVERIFY(help.startsWith(usage + QLatin1Char('\n')));
        QVERIFY(!help.contains(QLatin1String("Service options")));
        // Options, variables and values are typed as they are, in any language.
        for (const char* word : {"--no-gui", "--port N", "MINER_PORT", "--lang CODE", "cpu-fast", "gpu-cuda", "--json"})
            QVERIFY2(help.contains(QLatin1String(word)), word);
        // Translators break long descriptions; the columns stay readable.
        for (const QString& line : help.split(QLatin1Char('\n')))
            QVERIFY2(displayWidth(line) <= kHelpMaxWidth, qPrintable(line));
        // The command-line errors are translated too.
        const QString error = qm::parseAppOptions({QStringLiteral("quantus-miner"), QStringLiteral("--bogus")}).error;
        QVERIFY2(!error.contains(QLatin1String("unknown option")), qPrintable(error));
        QVERIFY(error.contains(QLatin1String("'--bogus'")));
    }

    void helpInEnglishIsTheSource()
    {
        QCOMPARE(qm::installTranslations(QStringLiteral("en")), QStringLiteral("en"));
        const QString help = qm::helpText();
        QVERIFY(help.startsWith(QLatin1String("Usage:\n")));
        QVERIFY(help.contains(QLatin1String("  --port N                  MINER_PORT               HTTP API port (default 9833; "
                                            "0: any free port)\n")));
        QVERIFY(help.contains(QLatin1String("\n                                                     0.0.0.0 in containers). "
                                            "The API has NO\n")));
        QCOMPARE(qm::parseAppOptions({QStringLiteral("quantus-miner"), QStringLiteral("--bogus")}).error,
                 QStringLiteral("unknown option '--bogus' (see quantus-miner --help)"));
    }

    void languageOptionAnywhere()
    {
        const auto args = [](std::initializer_list<const char*> list) {
            QStringList l{QStringLiteral("quantus-miner")};
            for (const char* a : list)
                l << QString::fromLatin1(a);
            return l;
        };
        QCOMPARE(qm::languageOption(args({"--help", "--lang", "de"})), std::optional<QString>(QStringLiteral("de")));
        QCOMPARE(qm::languageOption(args({"--lang=fr", "--help"})), std::optional<QString>(QStringLiteral("fr")));
        QCOMPARE(qm::languageOption(args({"--help"})), std::nullopt);
        QCOMPARE(qm::languageOption(args({"--lang"})), std::nullopt);
        QCOMPARE(qm::parseAppOptions(args({"--lang", "ru", "--help"})).command, qm::AppOptions::Command::Help);
    }

    // Run by the CTest tests translations_system_locale_*, whose environment
    // names the system's UI languages; skipped in a plain run.
    void followsSystemLocale()
    {
        const QString expected = qEnvironmentVariable("QM_TEST_SYSTEM_LANGUAGE");
        if (expected.isEmpty())
            QSKIP("set QM_TEST_SYSTEM_LANGUAGE and LANGUAGE (CTest tests translations_system_locale_*)");
        QCOMPARE(qm::installTranslations(), expected);
        QCOMPARE(qm::currentLanguage(), expected);
        QCOMPARE(qm::installTranslations(QStringLiteral("  ")), expected);
    }
};

QTEST_GUILESS_MAIN(TranslationsTest)
#include "tst_translations.moc"
