// SPDX-License-Identifier: MIT
// File > Import content pack... and the "Run it" question, driven through their real dialogs.
#include "../unit/zipfixture.h"
#include "content/contentstore.h"
#include "learner/learnerstore.h"
#include "learner/settings.h"
#include "packs/packimportflow.h"
#include "packs/packregistry.h"
#include "packs/runpermission.h"
#include "shell/mainwindow.h"
#include "testconfig.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QDirIterator>
#include <QFileDialog>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace crossroads;
using namespace crossroads::ui;

namespace {

const QString MiniPack = QStringLiteral(CROSSROADS_TEST_DATA "/minipack");
const QString HostilePack = QStringLiteral(CROSSROADS_TEST_DATA "/hostile-pack");

template <typename T> T *waitForVisible(QWidget &parent, const QString &name)
{
    T *found = nullptr;
    const auto visible = [&] {
        for (T *w : parent.findChildren<T *>(name))
            if (w->isVisible())
                found = w;
        return found != nullptr;
    };
    if (!QTest::qWaitFor(visible, 10000))
        return nullptr;
    return found;
}

void click(QAbstractButton *button)
{
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
}

} // namespace

class TestPackImportFlow final : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_tmp;
    QString packs() const { return m_tmp->path() + QStringLiteral("/packs"); }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_tmp = std::make_unique<QTemporaryDir>();
        QVERIFY(m_tmp->isValid());
    }

    void importsThroughTheFileDialog()
    {
        QWidget window;
        window.resize(600, 400);
        window.show();
        auto *flow = new PackImportFlow(packs(), &window);
        QSignalSpy finished(flow, &PackImportFlow::finished);
        flow->start();
        auto *dialog = waitForVisible<QFileDialog>(window, QStringLiteral("packImportFileDialog"));
        QVERIFY(dialog);
        QVERIFY(dialog->isModal() || dialog->windowModality() != Qt::NonModal);
        // A folder pack is picked by its pack.json.
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        QVERIFY(name);
        // Typed text would open the completer's popup; the path is set, then Open is clicked.
        name->setText(MiniPack + QStringLiteral("/pack.json"));
        auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
        QVERIFY(buttons);
        click(buttons->button(QDialogButtonBox::Open));

        auto *box = waitForVisible<QMessageBox>(window, QStringLiteral("packImportReport"));
        QVERIFY(box);
        QCOMPARE(box->text(), QStringLiteral("Imported \u201cMini test pack\u201d 1.2.3."));
        QVERIFY2(box->informativeText().contains(QStringLiteral("its code runs only after you allow it")),
                 qPrintable(box->informativeText()));
        click(box->button(QMessageBox::Ok));
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toBool(), true);
        QCOMPARE(PackRegistry(packs()).list().size(), 1);
    }

    void reportsEveryProblemAndChangesNothing()
    {
        test::ZipFixture zip;
        QDirIterator it(MiniPack, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            zip.file(QDir(MiniPack).relativeFilePath(path).toUtf8(), f.readAll());
        }
        for (const char *name : {"../a.txt", "../b.txt", "/c.txt", "../../d.txt", "e\\f.txt"})
            zip.file(name, "x");
        const QString path = m_tmp->filePath(QStringLiteral("evil.zip"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(zip.build());
        out.close();

        QWidget window;
        window.show();
        auto *flow = new PackImportFlow(packs(), &window);
        QSignalSpy finished(flow, &PackImportFlow::finished);
        flow->importPath(path);
        auto *box = waitForVisible<QMessageBox>(window, QStringLiteral("packImportReport"));
        QVERIFY(box);
        QCOMPARE(box->text(), QStringLiteral("evil.zip was not imported; nothing was changed."));
        QVERIFY2(box->informativeText().contains(
                     QStringLiteral("zip entry \"../a.txt\" would be written outside")),
                 qPrintable(box->informativeText()));
        QVERIFY(box->informativeText().endsWith(QStringLiteral("and 2 more problem(s).")));
        QVERIFY(box->detailedText().contains(QStringLiteral("zip entry \"e\\f.txt\" contains a backslash")));
        click(box->button(QMessageBox::Ok));
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(!QFileInfo::exists(packs()));
    }

    void asksBeforeReplacing()
    {
        QVERIFY(PackRegistry(packs()).import(MiniPack, false).ok);
        QWidget window;
        window.show();
        for (const bool replace : {false, true}) {
            auto *flow = new PackImportFlow(packs(), &window);
            QSignalSpy finished(flow, &PackImportFlow::finished);
            flow->importPath(MiniPack);
            auto *question = waitForVisible<QMessageBox>(window, QStringLiteral("packReplaceQuestion"));
            QVERIFY(question);
            QVERIFY2(question->text().contains(QStringLiteral("is already installed (Mini test pack 1.2.3)")),
                     qPrintable(question->text()));
            if (!replace) {
                click(question->findChild<QPushButton *>(QStringLiteral("cancelButton")));
                QTRY_COMPARE(finished.size(), 1);
                QCOMPARE(finished.first().first().toBool(), false);
                continue;
            }
            click(question->findChild<QPushButton *>(QStringLiteral("replaceButton")));
            auto *box = waitForVisible<QMessageBox>(window, QStringLiteral("packImportReport"));
            QVERIFY(box);
            QVERIFY(box->text().startsWith(QStringLiteral("Imported")));
            click(box->button(QMessageBox::Ok));
            QTRY_COMPARE(finished.size(), 1);
            QCOMPARE(finished.first().first().toBool(), true);
        }
    }

    void runItAsksOncePerPackNamingIt()
    {
        PackRegistry registry(packs());
        QVERIFY(registry.import(HostilePack, false).ok);
        QWidget window;
        window.show();
        RunPermission permission(registry, &window);

        // Shipped content never asks.
        std::optional<bool> decided;
        permission.request(QString(), [&](bool ok) { decided = ok; });
        QCOMPARE(decided, std::optional<bool>(true));

        decided.reset();
        permission.request(QStringLiteral("hostile"), [&](bool ok) { decided = ok; });
        QVERIFY(!decided);
        auto *box = waitForVisible<QMessageBox>(window, QStringLiteral("runPermissionQuestion"));
        QVERIFY(box);
        QVERIFY2(box->text().contains(
                     QStringLiteral("\u201cHostile payloads\u201d (content pack \u201chostile\u201d)")),
                 qPrintable(box->text()));
        QCOMPARE(box->defaultButton(), box->findChild<QPushButton *>(QStringLiteral("denyButton")));
        click(box->findChild<QPushButton *>(QStringLiteral("denyButton")));
        QTRY_COMPARE(decided, std::optional<bool>(false));
        QCOMPARE(registry.runCodeAnswer(QStringLiteral("hostile")), std::optional<bool>(false));

        // Remembered: no second question.
        decided.reset();
        permission.request(QStringLiteral("hostile"), [&](bool ok) { decided = ok; });
        QCOMPARE(decided, std::optional<bool>(false));

        // "Run it anyway..." asks again, and a yes is remembered too.
        decided.reset();
        permission.request(
            QStringLiteral("hostile"), [&](bool ok) { decided = ok; }, true);
        box = waitForVisible<QMessageBox>(window, QStringLiteral("runPermissionQuestion"));
        QVERIFY(box);
        click(box->findChild<QPushButton *>(QStringLiteral("allowButton")));
        QTRY_COMPARE(decided, std::optional<bool>(true));
        QVERIFY(registry.mayRunCode(QStringLiteral("hostile")));
        decided.reset();
        permission.request(QStringLiteral("hostile"), [&](bool ok) { decided = ok; });
        QCOMPARE(decided, std::optional<bool>(true));

        // A pack that is not installed never runs.
        decided.reset();
        permission.request(QStringLiteral("absent"), [&](bool ok) { decided = ok; });
        QCOMPARE(decided, std::optional<bool>(false));
    }

    void mainWindowHasTheMenuAction()
    {
        ContentStore content;
        QVERIFY(content.open(QStringLiteral(CROSSROADS_CONTENT_DB_PATH)));
        LearnerStore learner;
        QVERIFY(learner.open(m_tmp->filePath(QStringLiteral("learner.db"))));
        Settings settings(learner);
        MainWindow w(content, learner, settings);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *action = w.findChild<QAction *>(QStringLiteral("importContentPackAction"));
        QVERIFY(action);
        QCOMPARE(action->text(), QStringLiteral("&Import content pack..."));
        action->trigger();
        auto *dialog = waitForVisible<QFileDialog>(w, QStringLiteral("packImportFileDialog"));
        QVERIFY(dialog);
        dialog->reject();
        QTRY_VERIFY(w.findChildren<PackImportFlow *>().isEmpty());
    }
};

QTEST_MAIN(TestPackImportFlow)
#include "tst_packimportflow.moc"
