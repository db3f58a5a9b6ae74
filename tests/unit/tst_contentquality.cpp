// SPDX-License-Identifier: MIT
// Quality gates on the shipped curriculum: the counts the curriculum promises, sources on
// every fact, both frameworks in every sample, and glossary links where terms appear.
#include "content/contentstore.h"
#include "content/glossarylinker.h"
#include "exercises/exercisecatalog.h"
#include "testconfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

using namespace crossroads;

class TestContentQuality : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void minimumCounts_data();
    void minimumCounts();
    void everyFactHasASource();
    void everySampleHasBothFrameworks();
    void roadmapHasThePath();
    void lessonsAreRealLessons();
    void glossaryTermsAreLinkedInLessons();
    void extensionMapCoversDjangoBuiltIns();
    void projectsForEveryLevelAndFramework();
    void wizardFollowsTheProfileContract();
    void exercisesCoverThePath();
    void everyExerciseIsComplete();

private:
    int scalar(const QString &sql);
    ContentStore m_store;
};

void TestContentQuality::initTestCase()
{
    QVERIFY2(m_store.open(QStringLiteral(CROSSROADS_CONTENT_DB_PATH)), qPrintable(m_store.errorString()));
}

int TestContentQuality::scalar(const QString &sql)
{
    QSqlQuery q(m_store.database());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

void TestContentQuality::minimumCounts_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("minimum");
    QTest::newRow("comparison rows") << "rows" << 45;
    QTest::newRow("categories") << "categories" << 9;
    QTest::newRow("sample pairs") << "samples" << 14;
    QTest::newRow("twin app") << "twin_apps" << 1;
    QTest::newRow("roadmap steps") << "steps" << 13;
    QTest::newRow("lessons") << "lessons" << 40;
    QTest::newRow("quiz questions") << "questions" << 80;
    QTest::newRow("glossary terms") << "terms" << 50;
    QTest::newRow("extension map") << "extensions" << 9;
    QTest::newRow("projects") << "projects" << 6;
    QTest::newRow("wizard questions") << "wizard_questions" << 6;
}

void TestContentQuality::minimumCounts()
{
    QFETCH(QString, key);
    QFETCH(int, minimum);
    const int got = m_store.stats().value(key).toInt();
    QVERIFY2(got >= minimum, qPrintable(QStringLiteral("%1: %2 < %3").arg(key).arg(got).arg(minimum)));
}

void TestContentQuality::everyFactHasASource()
{
    const auto rows = m_store.rows();
    for (const ComparisonRow &r : rows) {
        const QJsonArray sources = QJsonDocument::fromJson(r.sourcesJson.toUtf8()).array();
        QVERIFY2(QStringList({QStringLiteral("fact"), QStringLiteral("opinion"), QStringLiteral("anecdote")})
                     .contains(r.claim),
                 qPrintable(r.id));
        if (r.claim == QStringLiteral("fact"))
            QVERIFY2(!sources.isEmpty(), qPrintable(r.id + QStringLiteral(" is a fact without a source")));
        for (const auto &s : sources) {
            const QJsonObject o = s.toObject();
            QVERIFY2(o.value(QStringLiteral("url")).toString().startsWith(QStringLiteral("https://")),
                     qPrintable(r.id));
            QVERIFY2(!o.value(QStringLiteral("checked")).toString().isEmpty(), qPrintable(r.id));
        }
        QVERIFY2(!r.meaning.isEmpty(), qPrintable(r.id));
    }
}

void TestContentQuality::everySampleHasBothFrameworks()
{
    QSqlQuery q(m_store.database());
    QVERIFY(q.exec(QStringLiteral("SELECT id, variants FROM samples")));
    while (q.next()) {
        QSet<QString> frameworks;
        int annotations = 0;
        const QJsonArray variants = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).array();
        for (const auto &v : variants) {
            const QJsonObject o = v.toObject();
            frameworks.insert(o.value(QStringLiteral("framework")).toString());
            annotations += o.value(QStringLiteral("annotations")).toArray().size();
            QVERIFY2(!o.value(QStringLiteral("expect")).toArray().isEmpty() ||
                         !o.value(QStringLiteral("command")).toArray().isEmpty(),
                     qPrintable(q.value(0).toString() + QStringLiteral(" has nothing to verify")));
        }
        QVERIFY2(frameworks.contains(QStringLiteral("flask")) &&
                     frameworks.contains(QStringLiteral("django")),
                 qPrintable(q.value(0).toString()));
        QVERIFY2(annotations >= 4, qPrintable(q.value(0).toString()));
    }
}

void TestContentQuality::roadmapHasThePath()
{
    QStringList ids;
    const auto steps = m_store.steps();
    for (const RoadmapStep &s : steps)
        ids.append(s.id);
    const QStringList required = {"python-basics",
                                  "python-oop",
                                  "decorators-context",
                                  "http-web",
                                  "flask-fundamentals",
                                  "flask-database",
                                  "sql-basics",
                                  "django-fundamentals",
                                  "django-orm-admin",
                                  "django-forms-auth",
                                  "django-rest-framework",
                                  "testing-deployment",
                                  "fastapi"};
    for (const QString &id : required)
        QVERIFY2(ids.contains(id), qPrintable(id));
    for (const RoadmapStep &s : steps) {
        QVERIFY2(!m_store.lessons(s.id).isEmpty(), qPrintable(s.id + QStringLiteral(" has no lessons")));
        QVERIFY2(scalar(QStringLiteral("SELECT count(*) FROM questions WHERE step = '%1'").arg(s.id)) >= 5,
                 qPrintable(s.id + QStringLiteral(" has fewer than 5 quiz questions")));
    }
}

void TestContentQuality::lessonsAreRealLessons()
{
    QSqlQuery q(m_store.database());
    QVERIFY(q.exec(QStringLiteral("SELECT id, body FROM lessons")));
    static const QRegularExpression words(QStringLiteral("\\S+"));
    while (q.next()) {
        const QString body = q.value(1).toString();
        int n = 0;
        auto it = words.globalMatch(body);
        while (it.hasNext()) {
            it.next();
            ++n;
        }
        QVERIFY2(n >= 300 && n <= 1250,
                 qPrintable(QStringLiteral("%1 has %2 words").arg(q.value(0).toString()).arg(n)));
        QVERIFY2(body.startsWith(QStringLiteral("# ")), qPrintable(q.value(0).toString()));
        QVERIFY2(body.contains(QStringLiteral("```")),
                 qPrintable(q.value(0).toString() + QStringLiteral(" has no code")));
    }
}

void TestContentQuality::glossaryTermsAreLinkedInLessons()
{
    QList<GlossaryLinker::Term> terms;
    QSqlQuery q(m_store.database());
    QVERIFY(q.exec(QStringLiteral("SELECT id, term, aliases FROM terms")));
    while (q.next()) {
        GlossaryLinker::Term t{q.value(0).toString(), q.value(1).toString(), {}};
        for (const auto &a : QJsonDocument::fromJson(q.value(2).toString().toUtf8()).array())
            t.aliases.append(a.toString());
        terms.append(t);
    }
    const GlossaryLinker linker(terms);
    QVERIFY(q.exec(QStringLiteral("SELECT id, body FROM lessons")));
    QSet<QString> linkedSomewhere;
    while (q.next()) {
        const QString body = q.value(1).toString();
        // Whatever a lesson mentions must already be linked in the compiled lesson.
        QCOMPARE(linker.link(body), body);
        static const QRegularExpression link(QStringLiteral(R"(\]\(term:([a-z0-9-]+)\))"));
        auto it = link.globalMatch(body);
        while (it.hasNext())
            linkedSomewhere.insert(it.next().captured(1));
    }
    QVERIFY2(linkedSomewhere.size() >= 40, qPrintable(QString::number(linkedSomewhere.size())));
}

void TestContentQuality::extensionMapCoversDjangoBuiltIns()
{
    QStringList builtins;
    QSqlQuery q(m_store.database());
    QVERIFY(q.exec(QStringLiteral("SELECT builtin, flask FROM extensions")));
    while (q.next()) {
        builtins.append(q.value(0).toString().toLower());
        QVERIFY(!QJsonDocument::fromJson(q.value(1).toString().toUtf8()).array().isEmpty());
    }
    const QString all = builtins.join(u'|');
    for (const char *needle : {"orm", "admin", "auth", "forms", "migrations", "caching",
                               "internationalisation", "security", "rest"})
        QVERIFY2(all.contains(QString::fromLatin1(needle)), needle);
}

void TestContentQuality::projectsForEveryLevelAndFramework()
{
    for (const char *level : {"beginner", "intermediate", "advanced"}) {
        for (const char *framework : {"flask", "django"}) {
            const int n = scalar(
                QStringLiteral("SELECT count(*) FROM projects, json_each(projects.data, '$.frameworks') f"
                               " WHERE level = '%1' AND f.value = '%2'")
                    .arg(QString::fromLatin1(level), QString::fromLatin1(framework)));
            QVERIFY2(n >= 1, qPrintable(QStringLiteral("%1/%2").arg(QString::fromLatin1(level),
                                                                    QString::fromLatin1(framework))));
        }
    }
}

void TestContentQuality::wizardFollowsTheProfileContract()
{
    QSqlQuery q(m_store.database());
    QVERIFY(q.exec(QStringLiteral("SELECT json FROM documents WHERE kind = 'wizard'")) && q.next());
    const QJsonObject w = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    const QHash<QString, QStringList> contract = {
        {"python_level", {"none", "basics", "oop"}},
        {"goal", {"learn_fundamentals", "get_hired", "ship_product", "ml_api", "hobby"}},
        {"project",
         {"website", "rest_api", "microservice", "ml_model_api", "cms", "ecommerce", "social_network", "saas",
          "dashboard", "prototype", "portfolio"}},
        {"needs", {"admin", "auth", "orm", "forms", "async", "realtime"}},
        {"timeline", {"days", "weeks", "months"}},
        {"team_size", {"solo", "small", "large"}},
    };
    QSet<QString> seen;
    for (const auto &v : w.value(QStringLiteral("questions")).toArray()) {
        const QJsonObject question = v.toObject();
        const QString key = question.value(QStringLiteral("key")).toString();
        QVERIFY2(contract.contains(key), qPrintable(key));
        QStringList values;
        for (const auto &a : question.value(QStringLiteral("answers")).toArray())
            values.append(a.toObject().value(QStringLiteral("value")).toString());
        QCOMPARE(values, contract.value(key));
        seen.insert(key);
    }
    QCOMPARE(seen.size(), contract.size());
    for (const char *option : {"python-basics", "flask", "django", "fastapi"})
        QVERIFY2(w.value(QStringLiteral("paths")).toObject().contains(QString::fromLatin1(option)), option);
}

void TestContentQuality::exercisesCoverThePath()
{
    const ExerciseCatalog catalog(m_store.database());
    const auto all = catalog.list();
    QVERIFY2(all.size() >= 24, qPrintable(QStringLiteral("%1 exercises < 24").arg(all.size())));
    QHash<QString, int> byFramework;
    QSet<QString> steps;
    QHash<QString, ExerciseInfo> byId;
    for (const ExerciseInfo &e : all) {
        ++byFramework[e.framework];
        steps.insert(e.step);
        byId.insert(e.id, e);
    }
    QVERIFY(byFramework.value(QStringLiteral("python")) >= 4);
    QVERIFY(byFramework.value(QStringLiteral("flask")) >= 5);
    QVERIFY(byFramework.value(QStringLiteral("django")) >= 6);
    for (const char *step :
         {"python-basics", "python-oop", "decorators-context", "flask-fundamentals", "flask-database",
          "django-fundamentals", "django-orm-admin", "django-forms-auth", "django-rest-framework"})
        QVERIFY2(steps.contains(QString::fromLatin1(step)), step);
    // Twins: the same task in the other framework, linked both ways.
    int twins = 0;
    for (const ExerciseInfo &e : all) {
        if (e.pair.isEmpty())
            continue;
        QVERIFY2(byId.contains(e.pair), qPrintable(e.id));
        QCOMPARE(byId.value(e.pair).pair, e.id);
        QVERIFY2(byId.value(e.pair).framework != e.framework, qPrintable(e.id));
        ++twins;
    }
    QVERIFY2(twins >= 4, qPrintable(QString::number(twins)));
}

void TestContentQuality::everyExerciseIsComplete()
{
    const ExerciseCatalog catalog(m_store.database());
    const auto all = catalog.list();
    for (const ExerciseInfo &info : all) {
        const Exercise e = catalog.load(info.id);
        const QByteArray idBytes = info.id.toUtf8();
        const char *id = idBytes.constData();
        QVERIFY2(e.isValid(), id);
        QVERIFY2(e.instructions.startsWith(QStringLiteral("# ")), id);
        QVERIFY2(e.hints.size() >= 2, id);
        QVERIFY2(!e.checks.isEmpty(), id);
        for (const ExerciseCheckSpec &c : e.checks)
            QVERIFY2(e.checksSource.contains(QByteArray("def " + c.name.toUtf8() + "(")),
                     qPrintable(info.id + u' ' + c.name));
        QVERIFY2(!e.editablePaths().isEmpty(), id);
        // The reference solution must change something the learner edits.
        QVERIFY2(e.starterTexts() != e.solutionTexts(), id);
        for (const ExerciseFile &f : e.files) {
            QVERIFY2(isSafeExercisePath(f.path), qPrintable(info.id + u' ' + f.path));
            QVERIFY2(f.mode == ExerciseFileMode::Edit || !f.hasSolution, qPrintable(info.id + u' ' + f.path));
        }
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM documents WHERE kind = 'exercise' AND path = "
                                       "'exercises/%1/exercise.json'")
                            .arg(info.id)),
                 1);
    }
}

QTEST_GUILESS_MAIN(TestContentQuality)
#include "tst_contentquality.moc"
