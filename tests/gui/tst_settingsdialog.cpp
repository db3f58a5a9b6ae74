// SPDX-License-Identifier: MIT
#include "content/contentstore.h"
#include "learner/learnerstore.h"
#include "learner/settings.h"
#include "settings/appearance.h"
#include "settings/settingsdialog.h"
#include "shell/mainwindow.h"
#include "testconfig.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace crossroads;
using namespace crossroads::ui;

// Edit -> Settings driven through the real main window, on a throwaway learner database.
class TestSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void changeThemeAndInterpreterThenClose();
    void testReportsUnusableInterpreter();
    void zoomShortcutsScaleTheText();
    void openFolderShowsTheDataFolder();
    void languageChoiceIsStored();
    void shortcutsHelpListsSettingsAndZoom();
    void closingTheWindowRestoresTheSystemLook();

private:
    // Opens a main window on a fresh learner database named name.
    struct Fixture
    {
        LearnerStore learner;
        std::unique_ptr<Settings> settings;
        std::unique_ptr<MainWindow> window;
    };
    bool start(Fixture &f, const QString &name);
    SettingsDialog *openDialog(MainWindow &w);

    QTemporaryDir m_dir;
    ContentStore m_content;
};

void TestSettingsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // The app runs with a style sheet (ui/gui.cpp), and with one Qt stops passing application
    // font and palette changes on to polished widgets; any sheet shows that.
    qApp->setStyleSheet(QStringLiteral("QLabel[role=\"hint\"] { color: palette(mid); }"));
    QVERIFY2(m_content.open(QStringLiteral(CROSSROADS_CONTENT_DB_PATH)), qPrintable(m_content.errorString()));
}

bool TestSettingsDialog::start(Fixture &f, const QString &name)
{
    if (!f.learner.open(m_dir.filePath(name)))
        return false;
    f.settings = std::make_unique<Settings>(f.learner);
    f.settings->migrate();
    f.window = std::make_unique<MainWindow>(m_content, f.learner, *f.settings);
    f.window->show();
    if (!QTest::qWaitForWindowExposed(f.window.get()))
        return false;
    f.window->activateWindow();
    return QTest::qWaitFor([&] { return f.window->isActiveWindow(); });
}

SettingsDialog *TestSettingsDialog::openDialog(MainWindow &w)
{
    QTest::keyClick(&w, Qt::Key_Comma, Qt::ControlModifier);
    SettingsDialog *dialog = nullptr;
    const bool shown = QTest::qWaitFor([&] {
        dialog = w.findChild<SettingsDialog *>();
        return dialog && dialog->isVisible();
    });
    if (!shown)
        return nullptr;
    return dialog;
}

void TestSettingsDialog::changeThemeAndInterpreterThenClose()
{
    const QString path = m_dir.filePath(QStringLiteral("main.db"));
    {
        Fixture f;
        QVERIFY(start(f, QStringLiteral("main.db")));
        QVERIFY(!Appearance::isDark(QApplication::palette()));
        SettingsDialog *dialog = openDialog(*f.window);
        QVERIFY(dialog);

        // Theme: System -> Light -> Dark with the keyboard, applied to the widgets at once.
        auto *theme = dialog->findChild<QComboBox *>(QStringLiteral("settingsTheme"));
        QVERIFY(theme);
        QCOMPARE(theme->currentData().toString(), QStringLiteral("system"));
        theme->setFocus();
        QTest::keyClick(theme, Qt::Key_Down);
        QTest::keyClick(theme, Qt::Key_Down);
        QCOMPARE(theme->currentData().toString(), QStringLiteral("dark"));
        QTRY_VERIFY(Appearance::isDark(QApplication::palette()));
        QTRY_VERIFY(Appearance::isDark(f.window->palette()));
        QVERIFY(Appearance::isDark(dialog->palette()));
        QCOMPARE(f.window->findChild<Appearance *>()->effectiveTheme(), QStringLiteral("dark"));

        // Interpreter: typed, then tested; the probe must not run on the UI thread.
        auto *python = dialog->findChild<QLineEdit *>(QStringLiteral("settingsPython"));
        auto *test = dialog->findChild<QPushButton *>(QStringLiteral("settingsPythonTest"));
        auto *result = dialog->findChild<QLabel *>(QStringLiteral("settingsPythonResult"));
        QVERIFY(python && test && result);
        python->setFocus();
        QTest::keyClick(python, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(python, QStringLiteral("/usr/bin/python3"));
        QTest::mouseClick(test, Qt::LeftButton);
        // Had the click handler probed synchronously, the result would already be shown here.
        QVERIFY2(result->text().contains(QStringLiteral("Testing")), qPrintable(result->text()));
        QVERIFY(!test->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(test->isEnabled(), 60000);
        const QString report = result->text();
        QVERIFY2(report.contains(QRegularExpression(QStringLiteral("Flask 2\\.2\\.\\d+"))),
                 qPrintable(report));
        QVERIFY2(report.contains(QRegularExpression(QStringLiteral("Django 3\\.2\\.\\d+"))),
                 qPrintable(report));
        QVERIFY2(report.startsWith(QStringLiteral("Works")), qPrintable(report));

        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        QTest::mouseClick(buttons->button(QDialogButtonBox::Close), Qt::LeftButton);
        QTRY_VERIFY(!f.window->findChild<SettingsDialog *>());
        QCOMPARE(f.settings->theme(), QStringLiteral("dark"));
        QCOMPARE(f.settings->pythonInterpreter(), QStringLiteral("/usr/bin/python3"));
    }
    // Stored in the learner database, not only in memory.
    LearnerStore reopened;
    QVERIFY(reopened.open(path));
    Settings stored(reopened);
    QCOMPARE(stored.theme(), QStringLiteral("dark"));
    QCOMPARE(stored.pythonInterpreter(), QStringLiteral("/usr/bin/python3"));
}

void TestSettingsDialog::testReportsUnusableInterpreter()
{
    LearnerStore learner;
    QVERIFY(learner.open(m_dir.filePath(QStringLiteral("bad.db"))));
    Settings settings(learner);
    SettingsDialog dialog(settings, learner.path());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QString notPython = m_dir.filePath(QStringLiteral("bad.db")); // exists, not executable
    auto *python = dialog.findChild<QLineEdit *>(QStringLiteral("settingsPython"));
    QTest::keyClicks(python, notPython);
    QSignalSpy tested(&dialog, &SettingsDialog::pythonTested);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("settingsPythonTest")), Qt::LeftButton);
    QVERIFY(tested.wait(30000));
    QCOMPARE(tested.at(0).at(0).toBool(), false);
    const QString report = dialog.findChild<QLabel *>(QStringLiteral("settingsPythonResult"))->text();
    QVERIFY2(report.startsWith(QStringLiteral("Cannot run samples")) && report.contains(notPython),
             qPrintable(report));
}

void TestSettingsDialog::zoomShortcutsScaleTheText()
{
    Fixture f;
    QVERIFY(start(f, QStringLiteral("zoom.db")));
    const double base = QApplication::font().pointSizeF();
    // The home title has a size of its own (1.7x); it must grow with everything else.
    auto *home = f.window->screenWidget(QStringLiteral("home"));
    QVERIFY(home);
    QLabel *title = nullptr;
    QLabel *body = nullptr;
    for (auto *label : home->findChildren<QLabel *>()) {
        if (label->font().pointSizeF() > base * 1.2)
            title = label;
        else if (label->font().pointSizeF() == base && !label->text().isEmpty())
            body = label;
    }
    QVERIFY(title && body);
    const double titleBase = title->font().pointSizeF();

    QTest::keyClick(f.window.get(), Qt::Key_Equal, Qt::ControlModifier);
    QTRY_COMPARE(f.settings->fontScale(), 110);
    QCOMPARE(QApplication::font().pointSizeF(), base * 1.1);
    QTRY_COMPARE(f.window->findChild<QMenuBar *>()->font().pointSizeF(), base * 1.1);
    QCOMPARE(title->font().pointSizeF(), titleBase * 1.1);
    QCOMPARE(body->font().pointSizeF(), base * 1.1); // scaled once, not twice
    QTest::keyClick(f.window.get(), Qt::Key_Minus, Qt::ControlModifier);
    QTest::keyClick(f.window.get(), Qt::Key_Minus, Qt::ControlModifier);
    QTRY_COMPARE(f.settings->fontScale(), 90);
    QCOMPARE(QApplication::font().pointSizeF(), base * 0.9);
    QVERIFY(qAbs(title->font().pointSizeF() - titleBase * 0.9) < 0.01);
    QTest::keyClick(f.window.get(), Qt::Key_0, Qt::ControlModifier);
    QTRY_COMPARE(f.settings->fontScale(), 100);
    QCOMPARE(QApplication::font().pointSizeF(), base);
    QVERIFY(qAbs(title->font().pointSizeF() - titleBase) < 0.01);
    QCOMPARE(body->font().pointSizeF(), base);

    // The dialog's text size box follows the shortcut, and changes it back.
    SettingsDialog *dialog = openDialog(*f.window);
    QVERIFY(dialog);
    auto *size = dialog->findChild<QSpinBox *>(QStringLiteral("settingsFontScale"));
    QCOMPARE(size->value(), 100);
    size->setFocus();
    QTest::keyClick(size, Qt::Key_Up);
    QCOMPARE(f.settings->fontScale(), 110);
    QCOMPARE(QApplication::font().pointSizeF(), base * 1.1);
    dialog->close();
}

void TestSettingsDialog::openFolderShowsTheDataFolder()
{
    LearnerStore learner;
    QVERIFY(learner.open(m_dir.filePath(QStringLiteral("folder.db"))));
    Settings settings(learner);
    SettingsDialog dialog(settings, learner.path());
    QList<QUrl> opened;
    dialog.setUrlOpener([&opened](const QUrl &url) {
        opened.append(url);
        return true;
    });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QString shown = dialog.findChild<QLineEdit *>(QStringLiteral("settingsDataFolder"))->text();
    QCOMPARE(shown, QFileInfo(learner.path()).absolutePath());
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("settingsOpenFolder")), Qt::LeftButton);
    QCOMPARE(opened, QList<QUrl>{QUrl::fromLocalFile(m_dir.path())});

    // When nothing can open it, the dialog says so instead of failing silently.
    dialog.setUrlOpener([](const QUrl &) { return false; });
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("settingsOpenFolder")), Qt::LeftButton);
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("settingsDataStatus"))
                ->text()
                .contains(QStringLiteral("copied")));

    // An in-memory session has no folder to open.
    SettingsDialog memory(settings, QStringLiteral(":memory:"));
    QVERIFY(!memory.findChild<QPushButton *>(QStringLiteral("settingsOpenFolder"))->isEnabled());
}

void TestSettingsDialog::languageChoiceIsStored()
{
    LearnerStore learner;
    QVERIFY(learner.open(m_dir.filePath(QStringLiteral("language.db"))));
    Settings settings(learner);
    SettingsDialog dialog(settings, learner.path());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *language = dialog.findChild<QComboBox *>(QStringLiteral("settingsLanguage"));
    QVERIFY(language->count() >= 2);
    QCOMPARE(language->itemData(0).toString(), QString()); // follows the system
    QCOMPARE(language->itemData(1).toString(), QStringLiteral("en"));
    language->setFocus();
    QTest::keyClick(language, Qt::Key_Down);
    QCOMPARE(settings.language(), QStringLiteral("en"));
    // Backups are plain settings here; the backup feature reads them.
    auto *frequency = dialog.findChild<QComboBox *>(QStringLiteral("settingsBackupFrequency"));
    frequency->setFocus();
    QTest::keyClick(frequency, Qt::Key_Down);
    QCOMPARE(settings.backupFrequency(), Settings::BackupFrequency::Weekly);
    auto *keep = dialog.findChild<QSpinBox *>(QStringLiteral("settingsBackupsToKeep"));
    keep->setFocus();
    QTest::keyClick(keep, Qt::Key_Up);
    QCOMPARE(settings.backupsToKeep(), 8);
}

void TestSettingsDialog::shortcutsHelpListsSettingsAndZoom()
{
    Fixture f;
    QVERIFY(start(f, QStringLiteral("help.db")));
    QAction *shortcuts = nullptr;
    for (QAction *menu : f.window->menuBar()->actions())
        for (QAction *a : menu->menu()->actions())
            if (a->text().remove(u'&') == QStringLiteral("Keyboard shortcuts"))
                shortcuts = a;
    QVERIFY(shortcuts);
    QString text;
    // The list is a modal message box; read it and close it from inside its event loop.
    QTimer::singleShot(0, this, [&text] {
        (void)QTest::qWaitFor([] { return qobject_cast<QMessageBox *>(QApplication::activeModalWidget()); });
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            text = box->text();
            box->done(0);
        }
    });
    shortcuts->trigger();
    QVERIFY2(text.contains(QStringLiteral("Settings")), qPrintable(text));
    QVERIFY(text.contains(QKeySequence(Qt::CTRL | Qt::Key_Comma).toString(QKeySequence::NativeText)));
    QVERIFY(text.contains(QStringLiteral("Zoom in")));
    QVERIFY(text.contains(QKeySequence(Qt::CTRL | Qt::Key_Equal).toString(QKeySequence::NativeText)));
    QVERIFY(text.contains(QStringLiteral("Zoom out")));
}

void TestSettingsDialog::closingTheWindowRestoresTheSystemLook()
{
    const QColor window = QApplication::palette().color(QPalette::Window);
    const double size = QApplication::font().pointSizeF();
    {
        Fixture f;
        QVERIFY(start(f, QStringLiteral("restore.db")));
        f.settings->setTheme(QStringLiteral("dark"));
        f.settings->setFontScale(150);
        QVERIFY(Appearance::isDark(QApplication::palette()));
        QCOMPARE(QApplication::font().pointSizeF(), size * 1.5);
    }
    QCOMPARE(QApplication::palette().color(QPalette::Window), window);
    QCOMPARE(QApplication::font().pointSizeF(), size);
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
