// The app's settings file: values read back with their types, settings of the old INI file are moved over,
// and a full disk keeps the previous file and is reported. With QSettings' own INI format on Qt 6.4.2 the
// full-disk case lost the file: a 9,100-byte settings file became its first 4,096 bytes and sync() said
// NoError (a buffered QSaveFile renames the short temporary file when its final flush fails).

#include "AppHarness.h"
#include "FileSizeLimit.h"
#include "NoticeBar.h"
#include "SettingsDialog.h"
#include "SettingsFile.h"
#include "TestSession.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QRect>
#include <QUrl>

using namespace CapsuleerTest;

namespace {
QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestAppSettingsFile : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void valuesReadBackWithTheirTypes()
    {
        const QByteArray geometry = QByteArray::fromHex("01d9d0cb0003000000000064");
        {
            const auto settings = SettingsFile::open(path(QStringLiteral("types.json")));
            settings->setValue(QStringLiteral("server/profile"), QStringLiteral("custom"));
            settings->setValue(QStringLiteral("server/customDiscoveryUrl"), QUrl(QStringLiteral("http://127.0.0.1:9/x")));
            settings->setValue(QStringLiteral("application/callbackPort"), 50123);
            settings->setValue(QStringLiteral("application/scopes"),
                               QStringList{QStringLiteral("a.v1"), QStringLiteral("b.v1")});
            settings->setValue(QStringLiteral("window/geometry"), geometry);
            settings->setValue(QStringLiteral("window/maximized"), true);
            settings->setValue(QStringLiteral("window/rect"), QRect(1, 2, 30, 40));
            settings->sync();
            QCOMPARE(settings->status(), QSettings::NoError);
        }
        const auto again = SettingsFile::open(path(QStringLiteral("types.json")));
        QCOMPARE(again->status(), QSettings::NoError);
        QCOMPARE(again->value(QStringLiteral("server/profile")).toString(), QStringLiteral("custom"));
        QCOMPARE(again->value(QStringLiteral("server/customDiscoveryUrl")).toUrl(), QUrl(QStringLiteral("http://127.0.0.1:9/x")));
        QCOMPARE(again->value(QStringLiteral("application/callbackPort")).toInt(), 50123);
        QCOMPARE(again->value(QStringLiteral("application/scopes")).toStringList(),
                 (QStringList{QStringLiteral("a.v1"), QStringLiteral("b.v1")}));
        QCOMPARE(again->value(QStringLiteral("window/geometry")).toByteArray(), geometry);
        QCOMPARE(again->value(QStringLiteral("window/maximized")).toBool(), true);
        QCOMPARE(again->value(QStringLiteral("window/rect")).toRect(), QRect(1, 2, 30, 40));
        // Readable by a player: plain values stay plain.
        QVERIFY(contents(path(QStringLiteral("types.json"))).contains("\"server/profile\": \"custom\""));
    }

    void theOldIniFileIsMovedOver()
    {
        const QString legacy = path(QStringLiteral("Capsuleer.conf"));
        {
            QSettings ini(legacy, QSettings::IniFormat);
            ini.setValue(QStringLiteral("application/clientId"), QStringLiteral("0123456789abcdef0123456789abcdef"));
            ini.setValue(QStringLiteral("application/callbackPort"), 50124);
            ini.sync();
        }
        const QString moved = path(QStringLiteral("Capsuleer.json"));
        {
            const auto settings = SettingsFile::open(moved, legacy);
            QCOMPARE(settings->value(QStringLiteral("application/clientId")).toString(),
                     QStringLiteral("0123456789abcdef0123456789abcdef"));
        }
        QVERIFY(!QFile::exists(legacy)); // nothing left behind
        const auto reopened = SettingsFile::open(moved, legacy);
        QCOMPARE(reopened->value(QStringLiteral("application/callbackPort")).toInt(), 50124);
    }

    void aFullDiskKeepsThePreviousFile()
    {
        const QString file = path(QStringLiteral("full.json"));
        const auto settings = SettingsFile::open(file);
        for (int i = 0; i < 100; ++i)
            settings->setValue(QStringLiteral("filler/%1").arg(i), QString(40, QLatin1Char('x')));
        settings->setValue(QStringLiteral("application/clientId"), QStringLiteral("first"));
        settings->sync();
        QCOMPARE(settings->status(), QSettings::NoError);
        const QByteArray before = contents(file);
        QVERIFY(before.size() > 4096);
        {
            EveSsoTest::FileSizeLimit limit(4096); // no file may grow past 4 KB: a full disk
            QVERIFY(limit.isActive());
            settings->setValue(QStringLiteral("application/clientId"), QStringLiteral("second"));
            settings->sync();
            QCOMPARE(settings->status(), QSettings::AccessError);
        }
        QCOMPARE(contents(file), before);
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("full.json*")}, QDir::Files),
                 QStringList{QStringLiteral("full.json")}); // no temporary file left behind
        // (Reopened in this process, QSettings would share the unsaved values: read the file itself.)
        QCOMPARE(QJsonDocument::fromJson(contents(file)).object().value(QStringLiteral("application/clientId")).toString(),
                 QStringLiteral("first"));
    }

    void aDamagedFileIsReplacedByTheNextSave()
    {
        EVESSO_REQUIRE_TEST_KEYRING();
        AppHarness app;
        app.createCore();
        const QString file = app.settings->fileName();
        app.core.reset();
        app.settings.reset();
        {
            QFile damaged(file);
            QVERIFY(damaged.open(QIODevice::WriteOnly | QIODevice::Truncate));
            damaged.write("{ not json");
        }
        app.settings = SettingsFile::open(file);
        QCOMPARE(app.settings->status(), QSettings::FormatError);
        app.core = std::make_unique<AppCore>(app.settings.get());
        AppSettings changed = app.core->settings();
        changed.callbackPort = 50125;
        // Saved (over the unreadable file), so not reported as a failed save.
        QVERIFY(app.core->applySettings(changed));
        QCOMPARE(QJsonDocument::fromJson(contents(file)).object().value(QStringLiteral("application/callbackPort")).toInt(),
                 50125);
    }

    void theWindowSaysWhenSettingsCouldNotBeSaved()
    {
        EVESSO_REQUIRE_TEST_KEYRING();
        AppHarness app;
        app.createCore([](AppSettings &s) {
            // A settings file larger than the "disk" allows below, so that saving it again must fail.
            s.scopes = QStringList(120, QStringLiteral("esi-wallet.read_character_wallet.v1"));
        });
        QVERIFY(!app.core->startConfigured());
        app.createWindow();
        const QByteArray before = contents(app.settings->fileName());
        QVERIFY(before.size() > 4096);

        bool clicked = false;
        std::unique_ptr<EveSsoTest::FileSizeLimit> limit;
        QTimer::singleShot(0, [&] {
            auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            findNamed<QLineEdit>(dialog, QStringLiteral("Client ID"))
                ->setText(QStringLiteral("0123456789abcdef0123456789abcdef"));
            limit = std::make_unique<EveSsoTest::FileSizeLimit>(4096);
            clicked = true;
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        app.window->showSettings();
        limit.reset();
        QVERIFY(clicked);

        const QString notice = findNamed<NoticeBar>(app.window.get(), QStringLiteral("Last action"))->text();
        QVERIFY2(notice.contains(QDir::toNativeSeparators(app.settings->fileName())), qPrintable(notice));
        QCOMPARE(contents(app.settings->fileName()), before); // the previous settings, whole
        // They apply for this run all the same.
        QCOMPARE(app.core->settings().clientId, QStringLiteral("0123456789abcdef0123456789abcdef"));
    }
};

QTEST_MAIN(TestAppSettingsFile)
#include "tst_app_settings_file.moc"
