// SPDX-License-Identifier: MIT
#include "content/glossarylinker.h"

#include <QTest>

using namespace crossroads;

class TestGlossaryLinker : public QObject
{
    Q_OBJECT

private slots:
    void link_data();
    void link();
    void mentioned();

private:
    static GlossaryLinker linker();
};

GlossaryLinker TestGlossaryLinker::linker()
{
    return GlossaryLinker({
        {QStringLiteral("wsgi"), QStringLiteral("WSGI"), {QStringLiteral("Web Server Gateway Interface")}},
        {QStringLiteral("http"), QStringLiteral("HTTP"), {}},
        {QStringLiteral("http-method"), QStringLiteral("HTTP method"), {QStringLiteral("GET")}},
        {QStringLiteral("middleware"), QStringLiteral("Middleware"), {QStringLiteral("middlewares")}},
        {QStringLiteral("django-app"),
         QStringLiteral("Django app"),
         {QStringLiteral("app"), QStringLiteral("apps")}},
        {QStringLiteral("rest"), QStringLiteral("REST"), {}},
    });
}

void TestGlossaryLinker::link_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("first mention only") << "WSGI is old. WSGI is stable."
                                        << "[WSGI](term:wsgi) is old. WSGI is stable.";
    QTest::newRow("alias") << "The Web Server Gateway Interface."
                           << "The [Web Server Gateway Interface](term:wsgi).";
    QTest::newRow("case-insensitive word") << "Add middleware here."
                                           << "Add [middleware](term:middleware) here.";
    QTest::newRow("acronym is case-sensitive") << "Take a rest. Then REST."
                                               << "Take a rest. Then [REST](term:rest).";
    QTest::newRow("longest name wins")
        << "Each HTTP method matters, and HTTP too."
        << "Each [HTTP method](term:http-method) matters, and [HTTP](term:http) too.";
    QTest::newRow("common aliases are not linked") << "Your app and apps."
                                                   << "Your app and apps.";
    QTest::newRow("inline code is left alone") << "Use `WSGI` then WSGI."
                                               << "Use `WSGI` then [WSGI](term:wsgi).";
    QTest::newRow("fenced code is left alone") << "```python\nWSGI = 1\n```\nWSGI"
                                               << "```python\nWSGI = 1\n```\n[WSGI](term:wsgi)";
    QTest::newRow("headings are left alone") << "# WSGI\n\nWSGI"
                                             << "# WSGI\n\n[WSGI](term:wsgi)";
    QTest::newRow("already linked") << "[the gateway](term:wsgi) and WSGI"
                                    << "[the gateway](term:wsgi) and WSGI";
    QTest::newRow("inside a link") << "[WSGI spec](https://peps.python.org/pep-3333/)"
                                   << "[WSGI spec](https://peps.python.org/pep-3333/)";
    QTest::newRow("word boundaries") << "WSGIServer and pre-WSGI"
                                     << "WSGIServer and pre-WSGI";
    QTest::newRow("non-ASCII text") << "Über WSGI – schön."
                                    << "Über [WSGI](term:wsgi) – schön.";
}

void TestGlossaryLinker::link()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(linker().link(in), out);
}

void TestGlossaryLinker::mentioned()
{
    const QStringList ids = linker().mentioned(QStringLiteral("A Django app speaks WSGI.\n```\nREST\n```"));
    QVERIFY(ids.contains(QStringLiteral("wsgi")));
    QVERIFY(ids.contains(QStringLiteral("django-app")));
    QVERIFY(!ids.contains(QStringLiteral("rest")));
}

QTEST_GUILESS_MAIN(TestGlossaryLinker)
#include "tst_glossarylinker.moc"
