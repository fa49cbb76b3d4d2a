#include "translations.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QtTest>

namespace {

// A text Qt itself translates (the standard Cancel button).
QString qtCancel()
{
    return QCoreApplication::translate("QPlatformTheme", "Cancel");
}

bool qtTranslationsInstalled(const QString& code)
{
    return QFileInfo::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_") +
                             code + QStringLiteral(".qm"));
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
