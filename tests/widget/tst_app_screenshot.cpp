// The main window of the offline demo with three characters added through the login flow, captured from a
// real X server (Xvfb) once every character's ESI data has arrived, and saved as a PNG for reviewers
// (build/<preset>/tests/widget/screenshots/main-window.png).

#include "AppHarness.h"
#include "CharacterDataUpdater.h"
#include "TestSession.h"

#include <QDir>
#include <QGuiApplication>
#include <QListView>
#include <QScreen>
#include <QSignalSpy>

using namespace CapsuleerTest;
using EveSso::AccountManager;

class TestAppScreenshot : public QObject
{
    Q_OBJECT

    /// Everything the list row shows came from ESI: corporation, wallet, portrait.
    static bool rowComplete(const QModelIndex &row)
    {
        return !row.data(AccountManager::CorporationTickerRole).toString().isEmpty()
            && row.data(AccountManager::WalletBalanceRole).isValid()
            && QFileInfo::exists(row.data(AccountManager::PortraitFileRole).toString())
            && row.data(Qt::AccessibleTextRole).toString().endsWith(QStringLiteral("Ready"));
    }

private slots:
    void mainWindowWithThreeDemoCharacters()
    {
        EVESSO_REQUIRE_TEST_KEYRING();
        // A screenshot of what a player sees: a real window on a real X server, not an offscreen surface.
        QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb"));
        AppHarness app;
        QVERIFY(app.startDemo());
        const QList<qint64> ids = app.emulator()->characterIds().mid(0, 3);
        QCOMPARE(ids.size(), 3);
        for (qint64 id : ids)
            QVERIFY(app.addThroughBrowser(id));
        auto *list = findNamed<QListView>(app.window.get(), QStringLiteral("Characters"));
        QCOMPARE(list->model()->rowCount(), 3);
        for (int row = 0; row < 3; ++row)
            QTRY_VERIFY_WITH_TIMEOUT(rowComplete(list->model()->index(row, 0)), 15000);
        // The alliance names come one request after the corporation: wait until the updates have settled.
        QSignalSpy updates(app.core->backend()->updater(), &CharacterDataUpdater::updated);
        for (int i = 0; i < 30 && updates.wait(1000); ++i) {
        }

        app.window->resize(1000, 640);
        list->setCurrentIndex(list->model()->index(0, 0));
        QVERIFY(QTest::qWaitForWindowExposed(app.window.get()));
        QTRY_COMPARE(app.window->size(), QSize(1000, 640));
        QCoreApplication::processEvents(); // the repaint after the selection
        QScreen *screen = app.window->screen();
        QVERIFY(screen);
        const QImage shot = screen->grabWindow(app.window->winId()).toImage();
        QCOMPARE(shot.size(), QSize(1000, 640) * shot.devicePixelRatio());
        // The capture shows the window's own pixels: the list's first row holds the first character's portrait,
        // not a uniform background.
        const QRect firstRow = list->visualRect(list->model()->index(0, 0))
                                   .translated(list->viewport()->mapTo(app.window.get(), QPoint(0, 0)));
        QSet<QRgb> colours;
        for (int x = firstRow.left(); x < firstRow.left() + 40; x += 2)
            colours.insert(shot.pixel(x, firstRow.center().y()));
        QVERIFY2(colours.size() > 4, "the first row of the capture is blank");

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
