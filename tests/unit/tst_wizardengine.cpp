// SPDX-License-Identifier: MIT
#include "content/contentstore.h"
#include "testconfig.h"
#include "wizard/wizardengine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

#include <functional>
#include <memory>

using namespace crossroads;

// The decision engine on the shipped decision knowledge: a table of learner profiles with the
// advice they must get, then properties checked over every possible profile.
class TestWizardEngine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void recommendations_data();
    void recommendations();
    void reasonsAreTracedToAnswers_data();
    void reasonsAreTracedToAnswers();
    void paths_data();
    void paths();
    void tieIsBrokenAndExplained_data();
    void tieIsBrokenAndExplained();
    void closeCallExplainsHowToDecide();
    void flipPointExample();
    void jsonShape();
    void confidenceWords_data();
    void confidenceWords();

    void profileContract_data();
    void profileContract();
    void profileParseErrorHasPosition();
    void knowledgeErrorsNameTheMember_data();
    void knowledgeErrorsNameTheMember();
    void knowledgeFromJsonWithoutSteps();
    void answerImpliedByProgress();

    // Properties over all profile combinations.
    void allProfiles_newToPythonAlwaysLearnsPythonFirst();
    void allProfiles_builtInNeedsNeverLowerDjango();
    void allProfiles_deterministic();
    void allProfiles_flipPointsReallyFlip();
    void allProfiles_pathsArePrerequisiteConsistent();

private:
    void forEachProfile(const std::function<void(const WizardProfile &)> &fn) const;

    ContentStore m_content;
    std::unique_ptr<WizardEngine> m_engine;
};

// Parses a profile from a test table; a malformed table entry fails the test that uses it.
#define PROFILE(var, json)                                                                                   \
    QString var##Error;                                                                                      \
    const auto var##Parsed = WizardProfile::parse(QByteArray(json), m_engine->knowledge(), &var##Error);     \
    QVERIFY2(var##Parsed, qPrintable(var##Error));                                                           \
    const WizardProfile &var = *var##Parsed

void TestWizardEngine::initTestCase()
{
    QVERIFY2(m_content.open(QStringLiteral(CROSSROADS_CONTENT_DB_PATH)), qPrintable(m_content.errorString()));
    QString error;
    auto knowledge = WizardKnowledge::fromContent(m_content, &error);
    QVERIFY2(knowledge, qPrintable(error));
    QCOMPARE(knowledge->options().size(), 4);
    QVERIFY(!knowledge->steps().isEmpty());
    m_engine = std::make_unique<WizardEngine>(std::move(*knowledge));
}

// Every profile the knowledge allows: each single-answer question unanswered or answered each
// way, each multi-answer question with every subset of its answers.
void TestWizardEngine::forEachProfile(const std::function<void(const WizardProfile &)> &fn) const
{
    const auto &questions = m_engine->knowledge().questions();
    WizardProfile p;
    std::function<void(int)> rec = [&](int qi) {
        if (qi == questions.size()) {
            fn(p);
            return;
        }
        const WizardQuestion &q = questions.at(qi);
        if (q.multi) {
            const int n = int(q.answers.size());
            for (quint32 mask = 0; mask < (quint32(1) << n); ++mask) {
                QStringList values;
                for (int i = 0; i < n; ++i)
                    if (mask & (quint32(1) << i))
                        values.append(q.answers.at(i).value);
                if (values.isEmpty())
                    p.remove(q.key);
                else
                    p.set(q.key, values);
                rec(qi + 1);
            }
            p.remove(q.key);
        } else {
            p.remove(q.key);
            rec(qi + 1);
            for (const WizardAnswer &a : q.answers) {
                p.set(q.key, a.value);
                rec(qi + 1);
            }
            p.remove(q.key);
        }
    };
    rec(0);
}

// ---------------------------------------------------------------------------------------------
// The rules of good advice, one row per learner.

void TestWizardEngine::recommendations_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("confidence");
    auto row = [](const char *name, const char *json, const char *expected, const char *confidence) {
        QTest::newRow(name) << QByteArray(json) << QString::fromLatin1(expected)
                            << QString::fromLatin1(confidence);
    };
    // Someone new to Python learns Python first, whatever else they say.
    row("new to python", R"({"python_level": "none"})", "python-basics", "clear");
    row("new, wants a job on a big SaaS",
        R"({"python_level": "none", "goal": "get_hired", "project": "saas", "needs": ["admin", "auth", "orm"],
            "timeline": "months", "team_size": "large"})",
        "python-basics", "clear");
    row("new, async ML endpoint",
        R"({"python_level": "none", "goal": "ml_api", "project": "ml_model_api", "needs": ["async"]})",
        "python-basics", "clear");
    row("new, realtime microservice in days",
        R"({"python_level": "none", "project": "microservice", "needs": ["async", "realtime"], "timeline": "days"})",
        "python-basics", "clear");
    // Flask: fundamentals, small APIs, microservices, prototypes, dashboards, ML endpoints.
    row("basics, fundamentals", R"({"python_level": "basics", "goal": "learn_fundamentals"})", "flask",
        "clear");
    row("basics, fundamentals, small site",
        R"({"python_level": "basics", "goal": "learn_fundamentals", "project": "website", "timeline": "weeks",
            "team_size": "solo"})",
        "flask", "clear");
    row("oop, fundamentals, small site",
        R"({"python_level": "oop", "goal": "learn_fundamentals", "project": "website"})", "flask", "likely");
    row("oop, fundamentals", R"({"python_level": "oop", "goal": "learn_fundamentals"})", "flask",
        "close call");
    row("basics, small API in days",
        R"({"python_level": "basics", "project": "rest_api", "timeline": "days"})", "flask", "clear");
    row("basics, microservice", R"({"python_level": "basics", "project": "microservice"})", "flask", "clear");
    row("oop, hobby microservice",
        R"({"python_level": "oop", "goal": "hobby", "project": "microservice", "team_size": "solo"})",
        "flask", "likely");
    row("basics, prototype in days",
        R"({"python_level": "basics", "project": "prototype", "timeline": "days"})", "flask", "clear");
    row("oop, solo prototype in days",
        R"({"python_level": "oop", "project": "prototype", "timeline": "days", "team_size": "solo"})",
        "flask", "clear");
    row("basics, dashboard", R"({"python_level": "basics", "project": "dashboard"})", "flask", "clear");
    row("oop, hobby dashboard", R"({"python_level": "oop", "goal": "hobby", "project": "dashboard"})",
        "flask", "likely");
    row("basics, ML endpoint", R"({"python_level": "basics", "goal": "ml_api", "project": "ml_model_api"})",
        "flask", "clear");
    row("oop, ML endpoint in days",
        R"({"python_level": "oop", "goal": "ml_api", "project": "ml_model_api", "timeline": "days"})",
        "flask", "likely");
    // FastAPI only when the learner is ready for it: with the basics alone, Flask comes first.
    row("basics, async API: not ready for FastAPI",
        R"({"python_level": "basics", "project": "rest_api", "needs": ["async"]})", "flask", "close call");
    // Django: job seekers who know Python.
    row("basics, job", R"({"python_level": "basics", "goal": "get_hired"})", "django", "likely");
    row("oop, job", R"({"python_level": "oop", "goal": "get_hired"})", "django", "clear");
    row("oop, job, months", R"({"python_level": "oop", "goal": "get_hired", "timeline": "months"})", "django",
        "clear");
    row("basics, job, portfolio",
        R"({"python_level": "basics", "goal": "get_hired", "project": "portfolio"})", "django", "close call");
    // Django: large database-backed apps with admin, auth and ORM, especially with bigger teams.
    row("basics, CMS product with admin/auth/orm",
        R"({"python_level": "basics", "goal": "ship_product", "project": "cms", "needs": ["admin", "auth", "orm"]})",
        "django", "clear");
    row("oop, shop with admin/auth/orm/forms",
        R"({"python_level": "oop", "project": "ecommerce", "needs": ["admin", "auth", "orm", "forms"]})",
        "django", "clear");
    row("basics, social site with auth/orm",
        R"({"python_level": "basics", "project": "social_network", "needs": ["auth", "orm"]})", "django",
        "clear");
    row("oop, SaaS, large team",
        R"({"python_level": "oop", "goal": "ship_product", "project": "saas", "needs": ["auth", "orm"],
            "team_size": "large"})",
        "django", "clear");
    row("oop, CMS, large team, months",
        R"({"python_level": "oop", "project": "cms", "team_size": "large", "timeline": "months"})", "django",
        "clear");
    row("basics, site with admin/orm, large team",
        R"({"python_level": "basics", "project": "website", "team_size": "large", "needs": ["admin", "orm"]})",
        "django", "clear");
    row("oop, API, large team, months",
        R"({"python_level": "oop", "project": "rest_api", "team_size": "large", "timeline": "months"})",
        "django", "clear");
    row("fundamentals, but a big SaaS with a large team",
        R"({"python_level": "oop", "goal": "learn_fundamentals", "project": "saas", "needs": ["admin", "auth", "orm"],
            "team_size": "large"})",
        "django", "clear");
    row("level unknown, CMS", R"({"project": "cms"})", "django", "clear");
    row("oop, async product API with accounts",
        R"({"python_level": "oop", "goal": "ship_product", "project": "rest_api", "needs": ["async", "auth"],
            "team_size": "small"})",
        "django", "likely");
    // FastAPI: high-performance async APIs for learners who are ready.
    row("oop, async product API",
        R"({"python_level": "oop", "goal": "ship_product", "project": "rest_api", "needs": ["async"],
            "timeline": "weeks"})",
        "fastapi", "likely");
    row("oop, async microservice",
        R"({"python_level": "oop", "project": "microservice", "needs": ["async"]})", "fastapi", "clear");
    row("oop, realtime async API",
        R"({"python_level": "oop", "project": "rest_api", "needs": ["async", "realtime"]})", "fastapi",
        "clear");
    row("oop, async ML endpoint",
        R"({"python_level": "oop", "goal": "ml_api", "project": "ml_model_api", "needs": ["async"]})",
        "fastapi", "clear");
    // Nothing to go on: a tie, broken towards the gentlest start.
    row("no answers", "{}", "python-basics", "close call");
}

void TestWizardEngine::recommendations()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QFETCH(QString, confidence);
    PROFILE(p, json);
    const WizardRecommendation r = m_engine->recommend(p);
    QCOMPARE(r.recommendation, expected);
    QCOMPARE(confidenceName(r.confidence), confidence);
    QCOMPARE(m_engine->decide(p).winner(), m_engine->knowledge().optionIndex(expected));
    QCOMPARE(r.ranking.first(), expected);
    QVERIFY(!r.path.isEmpty());
}

void TestWizardEngine::reasonsAreTracedToAnswers_data()
{
    recommendations_data();
}

// Every reason names an answer the learner gave and carries that answer's own weight and words.
void TestWizardEngine::reasonsAreTracedToAnswers()
{
    QFETCH(QByteArray, json);
    PROFILE(p, json);
    const WizardKnowledge &k = m_engine->knowledge();
    const WizardRecommendation r = m_engine->recommend(p);
    int pro = 0;
    for (const WizardReason &reason : r.reasons) {
        QVERIFY(!reason.text.isEmpty());
        if (reason.kind == WizardReason::Kind::TieBreak || reason.kind == WizardReason::Kind::HowToDecide) {
            QVERIFY(reason.question.isEmpty());
            continue;
        }
        QVERIFY2(p.contains(reason.question, reason.answer),
                 qPrintable(reason.question + u'=' + reason.answer + QStringLiteral(" was not answered")));
        if (reason.kind == WizardReason::Kind::Rule) {
            QVERIFY(r.gated);
            QCOMPARE(reason.option, r.recommendation);
            continue;
        }
        const WizardQuestion &q = k.questions().at(k.questionIndex(reason.question));
        const WizardAnswer &a = q.answers.at(q.answerIndex(reason.answer));
        const int option = k.optionIndex(reason.option);
        QVERIFY(a.speaks.at(option));
        QCOMPARE(reason.weight, a.delta.at(option));
        if (reason.kind == WizardReason::Kind::For) {
            ++pro;
            QCOMPARE(reason.option, r.recommendation);
            QVERIFY(reason.weight > 0);
        } else {
            QCOMPARE(reason.option, r.runnerUp);
            // Against the runner-up: the answer favoured the winner more.
            QVERIFY(a.delta.at(k.optionIndex(r.recommendation)) > reason.weight);
        }
    }
    QVERIFY(pro <= 3);
    if (r.recommendation != QStringLiteral("python-basics") || r.gated)
        QVERIFY2(pro > 0 || p.isEmpty(), "a recommendation from answers needs at least one reason for it");
    // A gate explains itself first.
    if (r.gated)
        QCOMPARE(r.reasons.first().kind, WizardReason::Kind::Rule);
}

void TestWizardEngine::paths_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("startsWith");
    QTest::addColumn<QStringList>("includesInOrder");
    QTest::addColumn<QStringList>("excludes");
    // A beginner learns Python first, then the framework their answers point to.
    QTest::newRow("new, wants a job: basics then Django")
        << QByteArray(R"({"python_level": "none", "goal": "get_hired", "project": "saas"})")
        << QStringList{QStringLiteral("python-basics"), QStringLiteral("python-oop")}
        << QStringList{QStringLiteral("django-fundamentals"), QStringLiteral("django-orm-admin")}
        << QStringList{QStringLiteral("flask-fundamentals")};
    QTest::newRow("new, ML endpoint: basics then Flask")
        << QByteArray(R"({"python_level": "none", "goal": "ml_api"})")
        << QStringList{QStringLiteral("python-basics")}
        << QStringList{QStringLiteral("flask-fundamentals"), QStringLiteral("flask-database")}
        << QStringList{QStringLiteral("django-fundamentals")};
    // A Django recommendation for a Python beginner (level unknown) still starts with basics.
    QTest::newRow("level unknown, Django: starts with basics")
        << QByteArray(R"({"project": "cms"})") << QStringList{QStringLiteral("python-basics")}
        << QStringList{QStringLiteral("django-fundamentals"), QStringLiteral("django-orm-admin")}
        << QStringList{};
    QTest::newRow("knows basics, Django: starts with OOP")
        << QByteArray(R"({"python_level": "basics", "goal": "get_hired", "timeline": "months"})")
        << QStringList{QStringLiteral("python-oop")}
        << QStringList{QStringLiteral("django-fundamentals"), QStringLiteral("django-rest-framework")}
        << QStringList{QStringLiteral("python-basics")};
    QTest::newRow("knows OOP, Django: skips the Python steps")
        << QByteArray(R"({"python_level": "oop", "project": "ecommerce"})") << QStringList{}
        << QStringList{QStringLiteral("django-fundamentals")}
        << QStringList{QStringLiteral("python-basics"), QStringLiteral("python-oop")};
    // A Flask learner who wants a job gets Django later.
    QTest::newRow("Flask for a job seeker: Django later")
        << QByteArray(
               R"({"python_level": "basics", "goal": "get_hired", "project": "microservice", "timeline": "days"})")
        << QStringList{QStringLiteral("python-oop")}
        << QStringList{QStringLiteral("flask-fundamentals"), QStringLiteral("flask-database"),
                       QStringLiteral("django-fundamentals")}
        << QStringList{};
    QTest::newRow("Flask for fundamentals: no Django")
        << QByteArray(R"({"python_level": "basics", "goal": "learn_fundamentals"})")
        << QStringList{QStringLiteral("python-oop")}
        << QStringList{QStringLiteral("decorators-context"), QStringLiteral("flask-fundamentals")}
        << QStringList{QStringLiteral("django-fundamentals"), QStringLiteral("python-basics")};
    QTest::newRow("Flask for ML endpoints: FastAPI later")
        << QByteArray(R"({"python_level": "basics", "goal": "ml_api", "project": "ml_model_api"})")
        << QStringList{QStringLiteral("python-oop")}
        << QStringList{QStringLiteral("flask-fundamentals"), QStringLiteral("fastapi")} << QStringList{};
    QTest::newRow("FastAPI: its prerequisites first")
        << QByteArray(R"({"python_level": "oop", "project": "microservice", "needs": ["async"]})")
        << QStringList{QStringLiteral("decorators-context")}
        << QStringList{QStringLiteral("http-web"), QStringLiteral("fastapi")}
        << QStringList{QStringLiteral("python-oop")};
}

void TestWizardEngine::paths()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, startsWith);
    QFETCH(QStringList, includesInOrder);
    QFETCH(QStringList, excludes);
    PROFILE(p, json);
    const QStringList path = m_engine->recommend(p).path;
    const QString shown = path.join(u' ');
    QVERIFY2(path.mid(0, startsWith.size()) == startsWith, qPrintable(shown));
    qsizetype last = -1;
    for (const QString &step : includesInOrder) {
        const qsizetype at = path.indexOf(step);
        QVERIFY2(at > last, qPrintable(step + QStringLiteral(" missing or out of order in ") + shown));
        last = at;
    }
    for (const QString &step : excludes)
        QVERIFY2(!path.contains(step), qPrintable(step + QStringLiteral(" should not be in ") + shown));
}

void TestWizardEngine::tieIsBrokenAndExplained_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("winner");
    QTest::addColumn<QString>("runnerUp");
    QTest::newRow("nothing answered")
        << QByteArray("{}") << QStringLiteral("python-basics") << QStringLiteral("flask");
    QTest::newRow("flask = django") << QByteArray(R"({"timeline": "weeks"})") << QStringLiteral("flask")
                                    << QStringLiteral("django");
    QTest::newRow("flask = fastapi")
        << QByteArray(R"({"python_level": "oop", "project": "rest_api", "team_size": "solo"})")
        << QStringLiteral("flask") << QStringLiteral("fastapi");
    QTest::newRow("django = fastapi") << QByteArray(R"({"needs": ["auth", "async"]})")
                                      << QStringLiteral("django") << QStringLiteral("fastapi");
}

void TestWizardEngine::tieIsBrokenAndExplained()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, winner);
    QFETCH(QString, runnerUp);
    PROFILE(p, json);
    const WizardRecommendation r = m_engine->recommend(p);
    QVERIFY(r.tie);
    QCOMPARE(r.score(winner), r.score(runnerUp));
    QCOMPARE(r.recommendation, winner);
    QCOMPARE(r.runnerUp, runnerUp);
    QCOMPARE(r.confidence, WizardConfidence::CloseCall);
    const auto tieBreak = std::find_if(r.reasons.begin(), r.reasons.end(), [](const WizardReason &reason) {
        return reason.kind == WizardReason::Kind::TieBreak;
    });
    QVERIFY(tieBreak != r.reasons.end());
    QVERIFY(tieBreak->text.contains(m_engine->optionTitle(winner)));
    QVERIFY(tieBreak->text.contains(m_engine->optionTitle(runnerUp)));
    // Reordering the answers in the file changes nothing: the tie-break is the content's order.
    QJsonObject reversed;
    const QJsonObject original = QJsonDocument::fromJson(json).object();
    for (auto it = original.end(); it != original.begin();) {
        --it;
        reversed.insert(it.key(), it.value());
    }
    QString error;
    const auto again = WizardProfile::fromJson(reversed, m_engine->knowledge(), &error);
    QVERIFY(again);
    QCOMPARE(m_engine->recommend(*again).toJson(), r.toJson());
}

void TestWizardEngine::closeCallExplainsHowToDecide()
{
    PROFILE(close, R"({"python_level": "basics", "goal": "get_hired", "project": "portfolio"})");
    const WizardRecommendation r = m_engine->recommend(close);
    QCOMPARE(r.confidence, WizardConfidence::CloseCall);
    QVERIFY(!r.tie);
    QVERIFY(r.margin > 0 && r.margin < m_engine->knowledge().closeMargin());
    QCOMPARE(r.reasons.last().kind, WizardReason::Kind::HowToDecide);
    // It weighs the strongest reason on each side.
    QVERIFY(r.reasons.last().text.contains(QStringLiteral("Start with Django")));
    QVERIFY(r.reasons.last().text.contains(QStringLiteral("Start with Flask")));
    QVERIFY(!r.flipPoints.isEmpty());

    PROFILE(clear, R"({"python_level": "oop", "project": "ecommerce", "needs": ["admin"]})");
    const WizardRecommendation c = m_engine->recommend(clear);
    QCOMPARE(c.confidence, WizardConfidence::Clear);
    for (const WizardReason &reason : c.reasons)
        QVERIFY(reason.kind != WizardReason::Kind::HowToDecide &&
                reason.kind != WizardReason::Kind::TieBreak);
}

// The issue's own example: "If you needed an admin panel, Django would win."
void TestWizardEngine::flipPointExample()
{
    PROFILE(p, R"({"python_level": "basics", "project": "website", "timeline": "weeks"})");
    const WizardRecommendation r = m_engine->recommend(p);
    QCOMPARE(r.recommendation, QStringLiteral("flask"));
    const auto admin = std::find_if(r.flipPoints.begin(), r.flipPoints.end(), [](const WizardFlipPoint &f) {
        return f.question == QStringLiteral("needs") && f.answer == QStringLiteral("admin");
    });
    QVERIFY(admin != r.flipPoints.end());
    QCOMPARE(admin->change, WizardFlipPoint::Change::Add);
    QCOMPARE(admin->recommendation, QStringLiteral("django"));
    QVERIFY(admin->text.contains(QStringLiteral("An admin area to manage data")));
    QVERIFY(admin->text.contains(QStringLiteral("Start with Django")));
    QCOMPARE(m_engine->recommend(admin->applyTo(p)).recommendation, QStringLiteral("django"));
    // A question where no other answer changes anything is reported as steady, with no flips.
    for (const QString &key : r.steadyQuestions)
        for (const WizardFlipPoint &f : r.flipPoints)
            QVERIFY(f.question != key);

    // The gate: only the Python level can change "learn Python first".
    PROFILE(none, R"({"python_level": "none", "goal": "get_hired", "project": "cms"})");
    const WizardRecommendation g = m_engine->recommend(none);
    QVERIFY(!g.flipPoints.isEmpty());
    for (const WizardFlipPoint &f : g.flipPoints)
        QCOMPARE(f.question, QStringLiteral("python_level"));
    QVERIFY(g.steadyQuestions.contains(QStringLiteral("goal")));
}

void TestWizardEngine::jsonShape()
{
    PROFILE(p,
            R"({"python_level": "basics", "goal": "get_hired", "project": "portfolio", "needs": ["auth"]})");
    const QJsonObject o = m_engine->recommend(p).toJson();
    QCOMPARE(o.keys(), (QStringList{QStringLiteral("confidence"), QStringLiteral("flip_points"),
                                    QStringLiteral("path"), QStringLiteral("reasons"),
                                    QStringLiteral("recommendation"), QStringLiteral("scores")}));
    QVERIFY(o.value(QStringLiteral("recommendation")).isString());
    QCOMPARE(o.value(QStringLiteral("scores")).toObject().keys(),
             (QStringList{QStringLiteral("django"), QStringLiteral("fastapi"), QStringLiteral("flask"),
                          QStringLiteral("python-basics")}));
    for (const auto &v : o.value(QStringLiteral("scores")).toObject())
        QVERIFY(v.isDouble());
    QVERIFY(QStringList({QStringLiteral("clear"), QStringLiteral("likely"), QStringLiteral("close call")})
                .contains(o.value(QStringLiteral("confidence")).toString()));
    QVERIFY(!o.value(QStringLiteral("reasons")).toArray().isEmpty());
    for (const auto &v : o.value(QStringLiteral("reasons")).toArray()) {
        const QJsonObject reason = v.toObject();
        QVERIFY(reason.value(QStringLiteral("kind")).isString());
        QVERIFY(!reason.value(QStringLiteral("text")).toString().isEmpty());
    }
    for (const auto &v : o.value(QStringLiteral("flip_points")).toArray()) {
        const QJsonObject f = v.toObject();
        for (const char *key : {"question", "answer", "change", "recommendation", "text"})
            QVERIFY2(f.value(QLatin1String(key)).isString(), key);
    }
    for (const auto &v : o.value(QStringLiteral("path")).toArray())
        QVERIFY(m_engine->knowledge().step(v.toString()));
}

void TestWizardEngine::confidenceWords_data()
{
    QTest::addColumn<double>("margin");
    QTest::addColumn<QString>("words");
    // thresholds: clear at 4 or more, close call below 2.
    QTest::newRow("0") << 0.0 << QStringLiteral("close call");
    QTest::newRow("1") << 1.0 << QStringLiteral("close call");
    QTest::newRow("1.5") << 1.5 << QStringLiteral("close call");
    QTest::newRow("2") << 2.0 << QStringLiteral("likely");
    QTest::newRow("3.5") << 3.5 << QStringLiteral("likely");
    QTest::newRow("4") << 4.0 << QStringLiteral("clear");
    QTest::newRow("9") << 9.0 << QStringLiteral("clear");
}

// A two-option knowledge where one answer sets the margin exactly.
void TestWizardEngine::confidenceWords()
{
    QFETCH(double, margin);
    QFETCH(QString, words);
    const QJsonObject wizard = QJsonDocument::fromJson(QStringLiteral(R"({
        "kind": "wizard",
        "options": [{"id": "a", "title": "A", "summary": "a"}, {"id": "b", "title": "B", "summary": "b"}],
        "questions": [{"key": "q", "prompt": "Q?", "why": "w", "answers": [
            {"value": "x", "label": "X", "weights": [{"option": "b", "weight": %1, "reason": "because of x"}]},
            {"value": "y", "label": "Y", "weights": []}]}],
        "gates": [], "paths": {"a": ["step-a"], "b": ["step-b"]}, "thresholds": {"clear": 4, "close": 2}})")
                                                           .arg(margin)
                                                           .toUtf8())
                                   .object();
    QString error;
    auto k = WizardKnowledge::fromJson(wizard, &error);
    QVERIFY2(k, qPrintable(error));
    const WizardEngine engine(std::move(*k));
    WizardProfile p;
    p.set(QStringLiteral("q"), QStringLiteral("x"));
    const WizardRecommendation r = engine.recommend(p);
    QCOMPARE(r.recommendation, margin > 0 ? QStringLiteral("b") : QStringLiteral("a"));
    QCOMPARE(r.margin, margin);
    QCOMPARE(confidenceName(r.confidence), words);
}

// ---------------------------------------------------------------------------------------------
// The profile contract.

void TestWizardEngine::profileContract_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QStringList>("errorMentions");
    auto ok = [](const char *name, const char *json) {
        QTest::newRow(name) << QByteArray(json) << true << QStringList();
    };
    auto bad = [](const char *name, const char *json, QStringList mentions) {
        QTest::newRow(name) << QByteArray(json) << false << mentions;
    };
    ok("empty: no preference at all", "{}");
    ok("every key",
       R"({"python_level": "oop", "goal": "hobby", "project": "saas", "needs": ["admin", "realtime"],
                        "timeline": "months", "team_size": "large"})");
    ok("null is no preference", R"({"goal": null, "needs": null})");
    ok("empty needs", R"({"needs": []})");
    ok("repeated need", R"({"needs": ["auth", "auth"]})");
    bad("unknown key", R"({"python_level": "oop", "budget": "low"})",
        {QStringLiteral("\"budget\""), QStringLiteral("unknown key")});
    bad("misspelt key", R"({"team": "solo"})", {QStringLiteral("\"team\""), QStringLiteral("team_size")});
    bad("unknown value", R"({"goal": "get_rich"})",
        {QStringLiteral("\"goal\""), QStringLiteral("get_rich"), QStringLiteral("get_hired")});
    bad("unknown need", R"({"needs": ["admin", "blockchain"]})",
        {QStringLiteral("\"needs\""), QStringLiteral("blockchain")});
    bad("list for a single answer", R"({"timeline": ["days"]})",
        {QStringLiteral("\"timeline\""), QStringLiteral("one string")});
    bad("string for needs", R"({"needs": "admin"})", {QStringLiteral("\"needs\""), QStringLiteral("list")});
    bad("number in needs", R"({"needs": [1]})", {QStringLiteral("\"needs\"")});
    bad("number for a level", R"({"python_level": 2})", {QStringLiteral("\"python_level\"")});
    bad("not an object", R"(["python_level"])", {QStringLiteral("JSON object")});
}

void TestWizardEngine::profileContract()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, valid);
    QFETCH(QStringList, errorMentions);
    QString error;
    const auto p = WizardProfile::parse(json, m_engine->knowledge(), &error, QStringLiteral("me.json"));
    QCOMPARE(bool(p), valid);
    if (valid) {
        QVERIFY(error.isEmpty());
        // It round-trips through the contract.
        QString again;
        const auto back =
            WizardProfile::fromJson(p->toJson(m_engine->knowledge()), m_engine->knowledge(), &again);
        QVERIFY2(back, qPrintable(again));
        QCOMPARE(*back, *p);
        return;
    }
    QVERIFY2(error.startsWith(QStringLiteral("me.json: ")), qPrintable(error));
    for (const QString &m : errorMentions)
        QVERIFY2(error.contains(m), qPrintable(error + QStringLiteral(" should mention ") + m));
}

void TestWizardEngine::profileParseErrorHasPosition()
{
    QString error;
    const auto p = WizardProfile::parse("{\n  \"goal\": \"hobby\"\n  \"needs\": []\n}", m_engine->knowledge(),
                                        &error, QStringLiteral("me.json"));
    QVERIFY(!p);
    QVERIFY2(error.startsWith(QStringLiteral("me.json:3:")), qPrintable(error));
}

void TestWizardEngine::knowledgeErrorsNameTheMember_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");
    const char *options =
        R"("options": [{"id": "a", "title": "A", "summary": "a"}, {"id": "b", "title": "B", "summary": "b"}])";
    auto row = [&](const char *name, const QString &body, const char *mentions) {
        QTest::newRow(name) << (QStringLiteral("{") + body + QStringLiteral("}")).toUtf8()
                            << QString::fromUtf8(mentions);
    };
    const QString question =
        QStringLiteral(R"("questions": [{"key": "q", "prompt": "Q?", "why": "w", "answers": [
        {"value": "x", "label": "X", "weights": [{"option": "%1", "weight": 1, "reason": "because of x"}]},
        {"value": "y", "label": "Y", "weights": []}]}])");
    row("one option", QStringLiteral(R"("options": [{"id": "a"}], "questions": [])"), "options");
    row("unknown option in a weight", QString::fromUtf8(options) + u',' + question.arg(QStringLiteral("zzz")),
        "questions[0].answers[0].weights[0]: unknown option \"zzz\"");
    row("gate on an unknown answer",
        QString::fromUtf8(options) + u',' + question.arg(QStringLiteral("a")) +
            QStringLiteral(R"(, "gates": [{"when": {"q": "nope"}, "recommend": "a", "reason": "r"}])"),
        "gates[0].when");
    row("path for an unknown option",
        QString::fromUtf8(options) + u',' + question.arg(QStringLiteral("a")) +
            QStringLiteral(R"(, "paths": {"c+x": []})"),
        "paths.c+x");
    row("close above clear",
        QString::fromUtf8(options) + u',' + question.arg(QStringLiteral("a")) +
            QStringLiteral(R"(, "thresholds": {"clear": 1, "close": 3})"),
        "thresholds");
}

void TestWizardEngine::knowledgeErrorsNameTheMember()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    QVERIFY2(doc.isObject(), json.constData());
    QString error;
    QVERIFY(!WizardKnowledge::fromJson(doc.object(), &error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
}

// The engine also runs from a wizard JSON object alone; paths are then used as written.
void TestWizardEngine::knowledgeFromJsonWithoutSteps()
{
    QSqlQuery q(m_content.database());
    QVERIFY(q.exec(QStringLiteral("SELECT json FROM documents WHERE kind = 'wizard'")) && q.next());
    QString error;
    auto k =
        WizardKnowledge::fromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object(), &error);
    QVERIFY2(k, qPrintable(error));
    QVERIFY(k->steps().isEmpty());
    const WizardEngine engine(std::move(*k));
    PROFILE(p, R"({"python_level": "basics", "goal": "get_hired", "project": "cms"})");
    const WizardRecommendation fromJson = engine.recommend(p);
    const WizardRecommendation fromDb = m_engine->recommend(p);
    QCOMPARE(fromJson.recommendation, fromDb.recommendation);
    QCOMPARE(fromJson.scores, fromDb.scores);
    QCOMPARE(fromJson.path, m_engine->knowledge().paths().value(QStringLiteral("django")).mid(0));
}

void TestWizardEngine::answerImpliedByProgress()
{
    const WizardKnowledge &k = m_engine->knowledge();
    QSet<QString> done;
    auto isDone = [&done](const QString &s) {
        return done.contains(s);
    };
    QCOMPARE(k.answerImpliedBy(QStringLiteral("python_level"), isDone), QString());
    done.insert(QStringLiteral("python-basics"));
    QCOMPARE(k.answerImpliedBy(QStringLiteral("python_level"), isDone), QStringLiteral("basics"));
    done.insert(QStringLiteral("python-oop"));
    QCOMPARE(k.answerImpliedBy(QStringLiteral("python_level"), isDone), QStringLiteral("oop"));
    QCOMPARE(k.answerImpliedBy(QStringLiteral("goal"), isDone), QString());
}

// ---------------------------------------------------------------------------------------------
// Properties over every profile.

void TestWizardEngine::allProfiles_newToPythonAlwaysLearnsPythonFirst()
{
    int checked = 0;
    const int basics = m_engine->knowledge().optionIndex(QStringLiteral("python-basics"));
    forEachProfile([&](const WizardProfile &p) {
        if (p.value(QStringLiteral("python_level")) != QStringLiteral("none"))
            return;
        ++checked;
        if (m_engine->decide(p).winner() != basics)
            QFAIL(qPrintable(QJsonDocument(p.toJson(m_engine->knowledge())).toJson(QJsonDocument::Compact)));
    });
    QCOMPARE(checked, 6 * 12 * 64 * 4 * 4);
}

void TestWizardEngine::allProfiles_builtInNeedsNeverLowerDjango()
{
    const int django = m_engine->knowledge().optionIndex(QStringLiteral("django"));
    int checked = 0;
    forEachProfile([&](const WizardProfile &p) {
        const double before = m_engine->decide(p).scores.at(django);
        for (const QString &need : {QStringLiteral("admin"), QStringLiteral("auth"), QStringLiteral("orm")}) {
            if (p.contains(QStringLiteral("needs"), need))
                continue;
            WizardProfile more = p;
            more.set(QStringLiteral("needs"), p.values(QStringLiteral("needs")) << need);
            ++checked;
            if (m_engine->decide(more).scores.at(django) < before)
                QFAIL(qPrintable(
                    need + QStringLiteral(" lowered Django for ") +
                    QJsonDocument(p.toJson(m_engine->knowledge())).toJson(QJsonDocument::Compact)));
        }
    });
    QVERIFY(checked > 100000);
}

// Two engines built separately from the database give identical output for every profile.
void TestWizardEngine::allProfiles_deterministic()
{
    QString error;
    auto k = WizardKnowledge::fromContent(m_content, &error);
    QVERIFY(k);
    const WizardEngine other(std::move(*k));
    int checked = 0;
    forEachProfile([&](const WizardProfile &p) {
        ++checked;
        if (m_engine->recommend(p) != other.recommend(p))
            QFAIL(qPrintable(QJsonDocument(p.toJson(m_engine->knowledge())).toJson(QJsonDocument::Compact)));
    });
    QCOMPARE(checked, 4 * 6 * 12 * 64 * 4 * 4);
}

// Every reported flip point changes the outcome to what it says. The converse (a change of a
// single answer that is not reported leaves the outcome alone) is checked on every 7th profile,
// which keeps the test within a minute while still visiting every answer of every question.
void TestWizardEngine::allProfiles_flipPointsReallyFlip()
{
    const WizardKnowledge &k = m_engine->knowledge();
    qint64 flips = 0;
    qint64 profiles = 0;
    forEachProfile([&](const WizardProfile &p) {
        const WizardRecommendation r = m_engine->recommend(p);
        QSet<QString> reported;
        for (const WizardFlipPoint &f : r.flipPoints) {
            ++flips;
            const int winner = m_engine->decide(f.applyTo(p)).winner();
            if (k.options().at(winner).id != f.recommendation || f.recommendation == r.recommendation)
                QFAIL(qPrintable(f.text + QStringLiteral(" does not hold for ") +
                                 QJsonDocument(p.toJson(k)).toJson(QJsonDocument::Compact)));
            reported.insert(f.question + u'=' + f.answer);
        }
        if (profiles++ % 7 != 0)
            return;
        for (const WizardQuestion &q : k.questions()) {
            for (const WizardAnswer &a : q.answers) {
                if (reported.contains(q.key + u'=' + a.value) || (!q.multi && p.contains(q.key, a.value)))
                    continue;
                WizardFlipPoint probe{q.key,
                                      a.value,
                                      q.multi ? (p.contains(q.key, a.value) ? WizardFlipPoint::Change::Remove
                                                                            : WizardFlipPoint::Change::Add)
                                              : WizardFlipPoint::Change::Set,
                                      {},
                                      {}};
                if (k.options().at(m_engine->decide(probe.applyTo(p)).winner()).id != r.recommendation)
                    QFAIL(qPrintable(q.key + u'=' + a.value +
                                     QStringLiteral(" flips but is not reported for ") +
                                     QJsonDocument(p.toJson(k)).toJson(QJsonDocument::Compact)));
            }
        }
    });
    qInfo() << flips << "flip points checked";
    QVERIFY(flips > 10000);
}

// Every step's prerequisites come earlier in the path or are known from the learner's answers.
void TestWizardEngine::allProfiles_pathsArePrerequisiteConsistent()
{
    const WizardKnowledge &k = m_engine->knowledge();
    QHash<QString, QStringList> seen; // path by (recommendation, covered steps): paths repeat a lot
    forEachProfile([&](const WizardProfile &p) {
        const WizardRecommendation r = m_engine->recommend(p);
        const QSet<QString> covered = m_engine->coveredSteps(p);
        if (r.path.isEmpty())
            QFAIL("empty path");
        QSet<QString> before;
        for (const QString &step : r.path) {
            const RoadmapStep *s = k.step(step);
            if (!s)
                QFAIL(qPrintable(step + QStringLiteral(" is not a roadmap step")));
            if (before.contains(step))
                QFAIL(qPrintable(step + QStringLiteral(" appears twice")));
            if (covered.contains(step))
                QFAIL(qPrintable(step + QStringLiteral(" is already known from the answers")));
            for (const QString &req : s->requires_)
                if (!before.contains(req) && !covered.contains(req))
                    QFAIL(qPrintable(step + QStringLiteral(" comes before its prerequisite ") + req +
                                     QStringLiteral(" in ") + r.path.join(u' ')));
            before.insert(step);
        }
        // A learner new to Python always starts with the basics.
        if (p.value(QStringLiteral("python_level")) == QStringLiteral("none") &&
            r.path.first() != QStringLiteral("python-basics"))
            QFAIL(qPrintable(r.path.join(u' ')));
    });
}

QTEST_GUILESS_MAIN(TestWizardEngine)
#include "tst_wizardengine.moc"
