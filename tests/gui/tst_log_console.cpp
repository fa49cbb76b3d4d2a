// The log console shows the logger's lines (the same text as stderr), filters
// by level and search text, copies and saves what it shows, and stays bounded.
#include "gui/models/log_filter_model.h"
#include "gui/models/log_model.h"
#include "gui/widgets/log_console.h"
#include "service/logger.h"
#include "tests/gui/gui_test_support.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using qm::LogLevel;
using qm::LogLine;
using qm::gui::LogModel;

namespace {

LogLine line(LogLevel level, const QString& text)
{
    return LogLine{level, QDateTime::currentDateTimeUtc(), text};
}

} // namespace

class LogConsoleTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QApplication::setQuitOnLastWindowClosed(false); }

    void bounded()
    {
        LogModel model;
        model.setMaxLines(10);
        for (int i = 0; i < 25; ++i)
            model.append(line(LogLevel::Info, QStringLiteral("line %1").arg(i)));
        model.flush();
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.lineAt(0).text, QStringLiteral("line 15"));
        QCOMPARE(model.lineAt(9).text, QStringLiteral("line 24"));
    }

    void filters()
    {
        LogModel model;
        qm::gui::LogFilterModel filter;
        filter.setSourceModel(&model);
        model.append(line(LogLevel::Error, QStringLiteral("port in use")));
        model.append(line(LogLevel::Warn, QStringLiteral("workers clamped")));
        model.append(line(LogLevel::Info, QStringLiteral("job accepted")));
        model.append(line(LogLevel::Debug, QStringLiteral("chunk size")));
        model.flush();
        QCOMPARE(filter.rowCount(), 4);
        filter.setMaximumLevel(LogLevel::Warn);
        QCOMPARE(filter.rowCount(), 2);
        filter.setSearchText(QStringLiteral("PORT"));
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, LogModel::ColumnMessage).data().toString(), QStringLiteral("port in use"));
        filter.setMaximumLevel(LogLevel::Trace);
        filter.setSearchText(QStringLiteral("job"));
        QCOMPARE(filter.rowCount(), 1);
    }

    void followsLoggerCopiesAndSaves()
    {
        qm::test::IsolatedConfig config;
        qm::gui::LogConsole console;
        console.attach(qm::Logger::instance());
        const QString marker = QStringLiteral("log-console-test %1").arg(QDateTime::currentMSecsSinceEpoch());
        qm::logWarn(marker);
        QTRY_VERIFY(console.model()->rowCount() > 0 &&
                    console.model()->lineAt(console.model()->rowCount() - 1).text == marker);

        console.setSearchText(marker);
        QCOMPARE(console.filter()->rowCount(), 1);
        const QString shown = console.shownText(false);
        // The stderr form: timestamp, level, text.
        QCOMPARE(shown, qm::Logger::format(console.model()->lineAt(console.model()->rowCount() - 1)) + QLatin1Char('\n'));
        QVERIFY(shown.contains(QStringLiteral("WARN")));

        console.copyToClipboard();
        QCOMPARE(QApplication::clipboard()->text(), shown);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("saved.log"));
        QString error;
        QVERIFY2(console.saveTo(path, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(f.readAll()), shown);

        console.setMaximumLevel(LogLevel::Error);
        QCOMPARE(console.filter()->rowCount(), 0);
    }
};

QTEST_MAIN(LogConsoleTest)
#include "tst_log_console.moc"
