// SPDX-License-Identifier: MIT
#include "learner/learnerstore.h"
#include "learner/settings.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace crossroads;

// The typed settings table: defaults, range checks, change signals and the layout version.
class TestSettings : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void defaults();
    void roundTrip_data();
    void roundTrip();
    void keptAcrossReopen();
    void rejectsOutOfRange_data();
    void rejectsOutOfRange();
    void signalsOnlyOnChange();
    void migrateStampsVersion_data();
    void migrateStampsVersion();
    void readOnlyStoreKeepsSessionValues();

private:
    QTemporaryDir m_dir;
    LearnerStore *m_store = nullptr;
    QString m_path;
};

void TestSettings::init()
{
    m_path = m_dir.filePath(QStringLiteral("%1.db").arg(QString::fromLatin1(QTest::currentTestFunction())));
    QFile::remove(m_path);
    m_store = new LearnerStore;
    QVERIFY2(m_store->open(m_path), qPrintable(m_store->errorString()));
}

void TestSettings::cleanup()
{
    delete m_store;
    m_store = nullptr;
}

void TestSettings::defaults()
{
    Settings s(*m_store);
    s.migrate();
    QCOMPARE(s.theme(), QStringLiteral("system"));
    QCOMPARE(s.fontScale(), 100);
    QCOMPARE(s.language(), QString());
    QCOMPARE(s.pythonInterpreter(), QString());
    QCOMPARE(s.backupFrequency(), Settings::BackupFrequency::Daily);
    QCOMPARE(s.backupsToKeep(), 7);
    QCOMPARE(s.lastScreen(), QStringLiteral("home"));
    QVERIFY(s.windowGeometry().isEmpty());
}

// Each row sets one setting through its typed setter and reads it back as a string.
void TestSettings::roundTrip_data()
{
    QTest::addColumn<QString>("setting");
    QTest::addColumn<QString>("value");
    QTest::newRow("theme light") << "theme"
                                 << "light";
    QTest::newRow("theme dark") << "theme"
                                << "dark";
    QTest::newRow("font scale") << "fontScale"
                                << "150";
    QTest::newRow("language") << "language"
                              << "hi";
    QTest::newRow("python") << "python"
                            << "/usr/bin/python3";
    QTest::newRow("backup weekly") << "backupFrequency"
                                   << "weekly";
    QTest::newRow("backup never") << "backupFrequency"
                                  << "never";
    QTest::newRow("backup monthly") << "backupFrequency"
                                    << "monthly";
    QTest::newRow("backups to keep") << "backupsToKeep"
                                     << "12";
}

namespace {
void set(Settings &s, const QString &setting, const QString &value)
{
    if (setting == QStringLiteral("theme"))
        s.setTheme(value);
    else if (setting == QStringLiteral("fontScale"))
        s.setFontScale(value.toInt());
    else if (setting == QStringLiteral("language"))
        s.setLanguage(value);
    else if (setting == QStringLiteral("python"))
        s.setPythonInterpreter(value);
    else if (setting == QStringLiteral("backupFrequency"))
        for (auto f : {Settings::BackupFrequency::Never, Settings::BackupFrequency::Daily,
                       Settings::BackupFrequency::Weekly, Settings::BackupFrequency::Monthly}) {
            if (Settings::backupFrequencyName(f) == value)
                s.setBackupFrequency(f);
        }
    else if (setting == QStringLiteral("backupsToKeep"))
        s.setBackupsToKeep(value.toInt());
    else
        QFAIL(qPrintable(setting));
}

QString get(const Settings &s, const QString &setting)
{
    if (setting == QStringLiteral("theme"))
        return s.theme();
    if (setting == QStringLiteral("fontScale"))
        return QString::number(s.fontScale());
    if (setting == QStringLiteral("language"))
        return s.language();
    if (setting == QStringLiteral("python"))
        return s.pythonInterpreter();
    if (setting == QStringLiteral("backupFrequency"))
        return Settings::backupFrequencyName(s.backupFrequency());
    if (setting == QStringLiteral("backupsToKeep"))
        return QString::number(s.backupsToKeep());
    return QStringLiteral("<unknown setting %1>").arg(setting);
}
} // namespace

void TestSettings::roundTrip()
{
    QFETCH(QString, setting);
    QFETCH(QString, value);
    Settings s(*m_store);
    set(s, setting, value);
    QCOMPARE(get(s, setting), value);
}

void TestSettings::keptAcrossReopen()
{
    {
        Settings s(*m_store);
        s.migrate();
        s.setTheme(QStringLiteral("dark"));
        s.setFontScale(125);
        s.setLanguage(QStringLiteral("hi"));
        s.setPythonInterpreter(QStringLiteral("/usr/bin/python3"));
        s.setBackupFrequency(Settings::BackupFrequency::Weekly);
        s.setBackupsToKeep(3);
    }
    m_store->close();
    LearnerStore reopened;
    QVERIFY(reopened.open(m_path));
    Settings s(reopened);
    s.migrate();
    QCOMPARE(s.theme(), QStringLiteral("dark"));
    QCOMPARE(s.fontScale(), 125);
    QCOMPARE(s.language(), QStringLiteral("hi"));
    QCOMPARE(s.pythonInterpreter(), QStringLiteral("/usr/bin/python3"));
    QCOMPARE(s.backupFrequency(), Settings::BackupFrequency::Weekly);
    QCOMPARE(s.backupsToKeep(), 3);
}

// Values written by hand, by an older build or by a bug are read back inside their range.
void TestSettings::rejectsOutOfRange_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("stored");
    QTest::addColumn<QString>("setting");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown theme") << "appearance/theme" << QVariant(QStringLiteral("purple")) << "theme"
                                   << "system";
    QTest::newRow("tiny font") << "appearance/font_scale" << QVariant(5) << "fontScale"
                               << "50";
    QTest::newRow("huge font") << "appearance/font_scale" << QVariant(900) << "fontScale"
                               << "200";
    QTest::newRow("font not a number")
        << "appearance/font_scale" << QVariant(QStringLiteral("big")) << "fontScale"
        << "100";
    QTest::newRow("unknown frequency")
        << "backup/frequency" << QVariant(QStringLiteral("hourly")) << "backupFrequency"
        << "daily";
    QTest::newRow("keep none") << "backup/keep" << QVariant(0) << "backupsToKeep"
                               << "1";
    QTest::newRow("keep too many") << "backup/keep" << QVariant(100000) << "backupsToKeep"
                                   << "100";
}

void TestSettings::rejectsOutOfRange()
{
    QFETCH(QString, key);
    QFETCH(QVariant, stored);
    QFETCH(QString, setting);
    QFETCH(QString, expected);
    QVERIFY(m_store->setSetting(key, stored));
    Settings s(*m_store);
    QCOMPARE(get(s, setting), expected);
}

void TestSettings::signalsOnlyOnChange()
{
    Settings s(*m_store);
    QSignalSpy theme(&s, &Settings::themeChanged);
    QSignalSpy font(&s, &Settings::fontScaleChanged);
    QSignalSpy backup(&s, &Settings::backupChanged);
    s.setTheme(QStringLiteral("system")); // the default: no change
    s.setTheme(QStringLiteral("dark"));
    s.setTheme(QStringLiteral("dark"));
    s.setTheme(QStringLiteral("neon")); // ignored
    QCOMPARE(theme.count(), 1);
    QCOMPARE(theme.at(0).at(0).toString(), QStringLiteral("dark"));
    QCOMPARE(s.theme(), QStringLiteral("dark"));
    s.setFontScale(500);
    s.setFontScale(200);
    QCOMPARE(font.count(), 1);
    QCOMPARE(font.at(0).at(0).toInt(), 200);
    s.setBackupsToKeep(7); // the default
    s.setBackupsToKeep(9);
    s.setBackupFrequency(Settings::BackupFrequency::Monthly);
    QCOMPARE(backup.count(), 2);
}

void TestSettings::migrateStampsVersion_data()
{
    QTest::addColumn<int>("before");
    QTest::addColumn<int>("after");
    QTest::newRow("fresh database") << 0 << Settings::currentVersion();
    QTest::newRow("current") << Settings::currentVersion() << Settings::currentVersion();
    // A newer Crossroads wrote this; it is never rewritten to an older layout.
    QTest::newRow("newer") << Settings::currentVersion() + 5 << Settings::currentVersion() + 5;
}

void TestSettings::migrateStampsVersion()
{
    QFETCH(int, before);
    QFETCH(int, after);
    if (before > 0)
        QVERIFY(m_store->setSetting(QStringLiteral("settings_version"), before));
    QVERIFY(m_store->setSetting(QStringLiteral("appearance/theme"), QStringLiteral("dark")));
    Settings s(*m_store);
    s.migrate();
    QCOMPARE(s.storedVersion(), after);
    QCOMPARE(m_store->setting(QStringLiteral("settings_version")).toInt(), after);
    QCOMPARE(s.theme(), QStringLiteral("dark"));
}

void TestSettings::readOnlyStoreKeepsSessionValues()
{
    Settings(*m_store).setTheme(QStringLiteral("light"));
    {
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=99")));
    }
    m_store->close();
    LearnerStore newer;
    QVERIFY(newer.open(m_path));
    QVERIFY(newer.isReadOnly());
    Settings s(newer);
    s.migrate();
    QSignalSpy theme(&s, &Settings::themeChanged);
    s.setTheme(QStringLiteral("dark"));
    // The session follows the change (the theme is applied) but the file is not touched.
    QCOMPARE(theme.count(), 1);
    QCOMPARE(s.theme(), QStringLiteral("dark"));
    QCOMPARE(newer.setting(QStringLiteral("appearance/theme")).toString(), QStringLiteral("light"));
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
