// The main window of the offline demo with three characters added through the login flow, saved as a PNG
// for reviewers (build/<preset>/tests/widget/screenshots/main-window.png).

#include "AppHarness.h"
#include "TestSession.h"

#include <QDir>
#include <QListView>

using namespace CapsuleerTest;

class TestAppScreenshot : public QObject
{
    Q_OBJECT

private slots:
    void mainWindowWithThreeDemoCharacters()
    {
        EVESSO_REQUIRE_TEST_KEYRING();
        AppHarness app;
        QVERIFY(app.startDemo());
        const QList<qint64> ids = app.emulator()->characterIds().mid(0, 3);
        QCOMPARE(ids.size(), 3);
        for (qint64 id : ids)
            QVERIFY(app.addThroughBrowser(id));
        auto *list = findNamed<QListView>(app.window.get(), QStringLiteral("Characters"));
        QCOMPARE(list->model()->rowCount(), 3);
        QTRY_VERIFY_WITH_TIMEOUT(list->model()->index(2, 0).data(Qt::AccessibleTextRole).toString().endsWith(
                                     QStringLiteral("Ready")),
                                 10000);
        app.window->resize(1000, 640);
        list->setCurrentIndex(list->model()->index(0, 0));
        const QImage shot = app.window->grab().toImage();
        QCOMPARE(shot.size(), QSize(1000, 640) * shot.devicePixelRatio());
        const QString folder = QStringLiteral(CAPSULEER_SCREENSHOT_DIR);
        QVERIFY(QDir().mkpath(folder));
        const QString path = QDir(folder).filePath(QStringLiteral("main-window.png"));
        QVERIFY(shot.save(path));
        qInfo("Screenshot saved to %s", qPrintable(path));
        QVERIFY(QFileInfo(path).size() > 10000);
    }
};

QTEST_MAIN(TestAppScreenshot)
#include "tst_app_screenshot.moc"
