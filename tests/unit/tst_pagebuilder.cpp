// SPDX-License-Identifier: MIT
#include "render/pagebuilder.h"

#include <QRegularExpression>
#include <QTest>

using namespace crossroads;

class TestPageBuilder : public QObject
{
    Q_OBJECT

private slots:
    void cspComesFirst();
    void policyIsStrict();
    void themes_data();
    void themes();
    void escapesAndFilters();
};

void TestPageBuilder::cspComesFirst()
{
    PageContent page;
    page.title = QStringLiteral("Routes");
    page.bodyHtml = QStringLiteral("<h1 id=\"routes\">Routes</h1>");
    const QString html = QString::fromUtf8(PageBuilder::build(page));
    QVERIFY(html.startsWith(QLatin1String("<!doctype html>\n<html lang=\"en\">\n<head>\n"
                                          "<meta http-equiv=\"Content-Security-Policy\" content=\"")));
    const qsizetype csp = html.indexOf(QLatin1String("Content-Security-Policy"));
    const qsizetype sheet =
        html.indexOf(QLatin1String("<link rel=\"stylesheet\" href=\"crossroads://static/content.css\">"));
    const qsizetype body = html.indexOf(QLatin1String("<h1 id=\"routes\">"));
    QVERIFY(csp > 0 && sheet > csp && body > sheet);
    QVERIFY(html.contains(QLatin1String("<meta charset=\"utf-8\">")));
    QVERIFY(html.contains(QLatin1String("<title>Routes</title>")));
    QVERIFY(html.contains(QLatin1String("<main>\n<h1 id=\"routes\">Routes</h1>\n</main>")));
}

void TestPageBuilder::policyIsStrict()
{
    const QString csp = PageBuilder::contentSecurityPolicy();
    QVERIFY(csp.startsWith(QLatin1String("default-src 'none';")));
    QVERIFY(csp.contains(QLatin1String("script-src 'none'")));
    QVERIFY(csp.contains(QLatin1String("img-src crossroads:;")));
    QVERIFY(csp.contains(QLatin1String("style-src crossroads:;")));
    for (const char *loose : {"unsafe-inline", "unsafe-eval", "*", "http", "data:", "blob:", "file:"})
        QVERIFY2(!csp.contains(QLatin1String(loose)), loose);
    // The policy sits in a double-quoted attribute.
    QVERIFY(!csp.contains(u'"'));
}

void TestPageBuilder::themes_data()
{
    QTest::addColumn<PageTheme>("theme");
    QTest::addColumn<QString>("htmlTag");
    QTest::addColumn<QString>("colorScheme");
    QTest::newRow("system") << PageTheme::System << QStringLiteral("<html lang=\"en\">")
                            << QStringLiteral("light dark");
    QTest::newRow("light") << PageTheme::Light << QStringLiteral("<html lang=\"en\" class=\"theme-light\">")
                           << QStringLiteral("light");
    QTest::newRow("dark") << PageTheme::Dark << QStringLiteral("<html lang=\"en\" class=\"theme-dark\">")
                          << QStringLiteral("dark");
}

void TestPageBuilder::themes()
{
    QFETCH(PageTheme, theme);
    QFETCH(QString, htmlTag);
    QFETCH(QString, colorScheme);
    PageContent page;
    page.theme = theme;
    const QString html = QString::fromUtf8(PageBuilder::build(page));
    QVERIFY2(html.contains(htmlTag), qPrintable(html));
    QVERIFY(html.contains(QStringLiteral("<meta name=\"color-scheme\" content=\"%1\">").arg(colorScheme)));
}

void TestPageBuilder::escapesAndFilters()
{
    PageContent page;
    page.title = QStringLiteral("</title><script>alert(1)</script>");
    page.language = QStringLiteral("de\" onload=\"x");
    page.bodyClasses = {QStringLiteral("lesson"), QStringLiteral("x\" onclick=\"y")};
    page.extraStylesheets = {QUrl(QStringLiteral("crossroads://samples/samples.css")),
                             QUrl(QStringLiteral("http://192.0.2.1/evil.css")),
                             QUrl(QStringLiteral("file:///etc/evil.css"))};
    const QString html = QString::fromUtf8(PageBuilder::build(page));
    QVERIFY(
        html.contains(QLatin1String("<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>")));
    QVERIFY(!html.contains(QLatin1String("<script")));
    QVERIFY(html.contains(QLatin1String("<html lang=\"deonloadx\">")));
    QVERIFY(html.contains(QLatin1String("<body class=\"lesson xonclicky\">")));
    QVERIFY(html.contains(QLatin1String("href=\"crossroads://samples/samples.css\"")));
    QVERIFY(!html.contains(QLatin1String("evil")));
}

QTEST_APPLESS_MAIN(TestPageBuilder)
#include "tst_pagebuilder.moc"
