// SPDX-License-Identifier: MIT
#include "content/contentcompiler.h"
#include "content/contentpack.h"
#include "content/contentstore.h"
#include "testconfig.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace crossroads;

class TestContentCompiler : public QObject
{
    Q_OBJECT

private slots:
    void compilesMiniPack();
    void refusesInvalidPack();
    void storeRejectsForeignFiles();
    void shippedDatabaseOpens();
};

void TestContentCompiler::compilesMiniPack()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("sub/content.db"));
    const ContentPack pack =
        ContentPack::load(QStringLiteral(CROSSROADS_TEST_DATA "/minipack"), builtInSchema());
    QVERIFY(pack.isValid());
    QString error;
    QVERIFY2(ContentCompiler::compile(pack, db, &error), qPrintable(error));
    QVERIFY(!QFile::exists(db + QStringLiteral(".building")));

    ContentStore store;
    QVERIFY2(store.open(db), qPrintable(store.errorString()));
    QCOMPARE(store.meta(QStringLiteral("id")), QStringLiteral("mini"));
    QCOMPARE(store.meta(QStringLiteral("version")), QStringLiteral("1.2.3"));

    const QVariantMap stats = store.stats();
    QCOMPARE(stats.value(QStringLiteral("rows")).toInt(), 2);
    QCOMPARE(stats.value(QStringLiteral("categories")).toInt(), 1);
    QCOMPARE(stats.value(QStringLiteral("steps")).toInt(), 2);
    QCOMPARE(stats.value(QStringLiteral("lessons")).toInt(), 1);
    QCOMPARE(stats.value(QStringLiteral("samples")).toInt(), 1);
    QCOMPARE(stats.value(QStringLiteral("terms")).toInt(), 1);
    QCOMPARE(stats.value(QStringLiteral("sample_files")).toInt(), 2);

    const auto rows = store.rows();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).id, QStringLiteral("admin"));
    QCOMPARE(rows.at(0).favours, QStringLiteral("django"));
    QVERIFY(!rows.at(1).differs);
    QCOMPARE(rows.at(1).claim, QStringLiteral("opinion"));

    const auto steps = store.steps();
    QCOMPARE(steps.size(), 2);
    QCOMPARE(steps.at(1).requires_, QStringList{QStringLiteral("basics")});
    QCOMPARE(steps.at(1).hours, 1.5);
    QCOMPARE(store.defaultPath(), (QStringList{QStringLiteral("basics"), QStringLiteral("web")}));

    // The full-text index covers lessons, rows, samples (code included) and terms.
    QSqlQuery q(store.database());
    QVERIFY(q.prepare(QStringLiteral("SELECT kind, ref FROM search WHERE search MATCH ? ORDER BY rank")));
    q.addBindValue(QStringLiteral("gateway"));
    QVERIFY(q.exec());
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("term"));
    q.addBindValue(QStringLiteral("escape"));
    QVERIFY(q.exec());
    QVERIFY(q.next());
    QCOMPARE(q.value(1).toString(), QStringLiteral("greet"));
    // Porter stemming: the lesson titled "Functions" is found by "function".
    QVERIFY(
        q.prepare(QStringLiteral("SELECT kind, ref FROM search WHERE search MATCH ? AND kind = 'lesson'")));
    q.addBindValue(QStringLiteral("function"));
    QVERIFY(q.exec());
    QVERIFY(q.next());
    QCOMPARE(q.value(1).toString(), QStringLiteral("basics-functions"));

    // The content database is opened read-only.
    QSqlQuery w(store.database());
    QVERIFY(!w.exec(QStringLiteral("DELETE FROM rows")));
}

void TestContentCompiler::refusesInvalidPack()
{
    QTemporaryDir dir;
    const ContentPack pack = ContentPack::load(dir.path(), builtInSchema()); // empty: no pack.json
    QVERIFY(!pack.isValid());
    QString error;
    const QString db = dir.filePath(QStringLiteral("content.db"));
    QVERIFY(!ContentCompiler::compile(pack, db, &error));
    QVERIFY(error.contains(QStringLiteral("problem")));
    QVERIFY(!QFile::exists(db));
}

void TestContentCompiler::storeRejectsForeignFiles()
{
    QTemporaryDir dir;
    ContentStore store;
    QVERIFY(!store.open(dir.filePath(QStringLiteral("missing.db"))));
    QVERIFY(store.errorString().contains(QStringLiteral("missing.db")));

    const QString junk = dir.filePath(QStringLiteral("junk.db"));
    QFile f(junk);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'x'));
    f.close();
    QVERIFY(!store.open(junk));
    QVERIFY2(store.errorString().startsWith(junk), qPrintable(store.errorString()));
}

void TestContentCompiler::shippedDatabaseOpens()
{
    ContentStore store;
    QVERIFY2(store.open(QStringLiteral(CROSSROADS_CONTENT_DB_PATH)), qPrintable(store.errorString()));
    QCOMPARE(store.meta(QStringLiteral("id")), QStringLiteral("core"));
    QVERIFY(store.stats().value(QStringLiteral("samples")).toInt() >= 1);
}

QTEST_GUILESS_MAIN(TestContentCompiler)
#include "tst_contentcompiler.moc"
