// SPDX-License-Identifier: MIT
#include "content/contentstore.h"
#include "learner/learnerstore.h"
#include "testconfig.h"
#include "wizard/decisionrecord.h"
#include "wizard/wizardanswerstore.h"
#include "wizard/wizardengine.h"
#include "wizard/wizardhistory.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace crossroads;

// What the wizard keeps in the learner database: half-finished answers, past results for the
// Progress screen, and the decision record it writes out.
class TestWizardStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void answersRoundTrip();
    void answersSurviveContentChanges();
    void clearAnswers();
    void historyNewestFirstWithItsAnswers();
    void compareTwoResults();
    void decisionRecord();

private:
    static QString compact(const QJsonObject &o)
    {
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    }

    QTemporaryDir m_dir;
    ContentStore m_content;
    std::unique_ptr<WizardEngine> m_engine;
};

void TestWizardStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_content.open(QStringLiteral(CROSSROADS_CONTENT_DB_PATH)), qPrintable(m_content.errorString()));
    QString error;
    auto k = WizardKnowledge::fromContent(m_content, &error);
    QVERIFY2(k, qPrintable(error));
    m_engine = std::make_unique<WizardEngine>(std::move(*k));
}

void TestWizardStore::answersRoundTrip()
{
    LearnerStore learner;
    QVERIFY(learner.open(m_dir.filePath(QStringLiteral("round.db"))));
    WizardAnswerStore store(learner);
    QVERIFY(store.load(m_engine->knowledge()).isEmpty());
    QVERIFY(store.save(QStringLiteral("python_level"), {QStringLiteral("basics")}));
    QVERIFY(store.save(QStringLiteral("needs"), {QStringLiteral("auth"), QStringLiteral("admin")}));
    QVERIFY(store.save(QStringLiteral("goal"), {})); // seen, no preference
    QVERIFY(store.save(QStringLiteral("python_level"), {QStringLiteral("oop")}));
    const WizardProfile p = WizardAnswerStore(learner).load(m_engine->knowledge());
    QCOMPARE(p.values(QStringLiteral("python_level")), QStringList{QStringLiteral("oop")});
    // Content order, whatever order they were saved in.
    QCOMPARE(p.values(QStringLiteral("needs")),
             (QStringList{QStringLiteral("admin"), QStringLiteral("auth")}));
    QVERIFY(p.has(QStringLiteral("goal")));
    QVERIFY(p.values(QStringLiteral("goal")).isEmpty());
    QVERIFY(!p.has(QStringLiteral("project")));
    // Reopening the file keeps them: the wizard resumes after a restart.
    learner.close();
    LearnerStore again;
    QVERIFY(again.open(m_dir.filePath(QStringLiteral("round.db"))));
    QCOMPARE(WizardAnswerStore(again).load(m_engine->knowledge()), p);
}

void TestWizardStore::answersSurviveContentChanges()
{
    LearnerStore learner;
    QVERIFY(learner.open(m_dir.filePath(QStringLiteral("stale.db"))));
    WizardAnswerStore store(learner);
    QVERIFY(store.save(QStringLiteral("goal"), {QStringLiteral("hobby")}));
    // Answers to a question or with a value that a newer content pack no longer has.
    QVERIFY(store.save(QStringLiteral("budget"), {QStringLiteral("low")}));
    QVERIFY(store.save(QStringLiteral("needs"), {QStringLiteral("admin"), QStringLiteral("blockchain")}));
    QVERIFY(learner.write([](QSqlQuery &q) {
        return q.exec(QStringLiteral("INSERT INTO wizard_answers VALUES(1, 'timeline', 'not json', 'x')"));
    }));
    const WizardProfile p = store.load(m_engine->knowledge());
    QCOMPARE(p.value(QStringLiteral("goal")), QStringLiteral("hobby"));
    QVERIFY(!p.has(QStringLiteral("budget")));
    QCOMPARE(p.values(QStringLiteral("needs")), QStringList{QStringLiteral("admin")});
    QVERIFY(p.values(QStringLiteral("timeline")).isEmpty());
    QString error;
    QVERIFY2(WizardProfile::fromJson(p.toJson(m_engine->knowledge()), m_engine->knowledge(), &error),
             qPrintable(error));
}

void TestWizardStore::clearAnswers()
{
    LearnerStore learner;
    QVERIFY(learner.open(m_dir.filePath(QStringLiteral("clear.db"))));
    WizardAnswerStore store(learner);
    QVERIFY(store.save(QStringLiteral("goal"), {QStringLiteral("hobby")}));
    QVERIFY(store.clear());
    QVERIFY(store.load(m_engine->knowledge()).isEmpty());
}

void TestWizardStore::historyNewestFirstWithItsAnswers()
{
    LearnerStore learner;
    QVERIFY(learner.open(m_dir.filePath(QStringLiteral("history.db"))));
    WizardHistory history(learner);
    QVERIFY(history.entries().isEmpty());
    WizardProfile first;
    first.set(QStringLiteral("python_level"), QStringLiteral("basics"));
    first.set(QStringLiteral("goal"), QStringLiteral("learn_fundamentals"));
    WizardProfile second = first;
    second.set(QStringLiteral("goal"), QStringLiteral("get_hired"));
    const WizardRecommendation r1 = m_engine->recommend(first);
    const WizardRecommendation r2 = m_engine->recommend(second);
    QVERIFY(learner.addWizardResult(compact(first.toJson(m_engine->knowledge())), compact(r1.toJson())));
    QVERIFY(learner.addWizardResult(compact(second.toJson(m_engine->knowledge())), compact(r2.toJson())));

    const auto entries = history.entries();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).recommendation(), QStringLiteral("django"));
    QCOMPARE(entries.at(1).recommendation(), QStringLiteral("flask"));
    QVERIFY(entries.at(0).id > entries.at(1).id);
    QVERIFY(entries.at(0).createdAt.isValid());
    QVERIFY(qAbs(entries.at(0).createdAt.secsTo(QDateTime::currentDateTimeUtc())) < 300);
    QCOMPARE(entries.at(0).answers.value(QStringLiteral("goal")).toString(), QStringLiteral("get_hired"));
    QCOMPARE(entries.at(1).confidence(), confidenceName(r1.confidence));
    QCOMPARE(entries.at(1).score(QStringLiteral("flask")), r1.score(QStringLiteral("flask")));
    QCOMPARE(entries.at(0).path(), r2.path);
    const auto one = history.entry(entries.at(1).id);
    QVERIFY(one);
    QCOMPARE(one->result, entries.at(1).result);
    QVERIFY(!history.entry(entries.at(0).id + 100));
}

void TestWizardStore::compareTwoResults()
{
    WizardProfile a;
    a.set(QStringLiteral("python_level"), QStringLiteral("basics"));
    a.set(QStringLiteral("project"), QStringLiteral("microservice"));
    WizardProfile b = a;
    b.set(QStringLiteral("project"), QStringLiteral("cms"));
    b.set(QStringLiteral("needs"), {QStringLiteral("admin")});
    WizardHistoryEntry left{1, QDateTime::currentDateTimeUtc(), a.toJson(m_engine->knowledge()),
                            m_engine->recommend(a).toJson()};
    WizardHistoryEntry right{2, QDateTime::currentDateTimeUtc(), b.toJson(m_engine->knowledge()),
                             m_engine->recommend(b).toJson()};
    const auto rows = WizardHistory::compare(left, right, *m_engine);
    QCOMPARE(rows.size(), 2 + 4 + m_engine->knowledge().questions().size() + 1);
    auto row = [&rows](const QString &key) {
        for (const WizardComparisonRow &r : rows)
            if (r.key == key)
                return r;
        return WizardComparisonRow{};
    };
    QCOMPARE(row(QStringLiteral("recommendation")).left, QStringLiteral("Start with Flask"));
    QCOMPARE(row(QStringLiteral("recommendation")).right, QStringLiteral("Start with Django"));
    QVERIFY(row(QStringLiteral("recommendation")).differs);
    QVERIFY(!row(QStringLiteral("python_level")).differs);
    QCOMPARE(row(QStringLiteral("python_level")).left,
             QStringLiteral("I know the basics: variables, functions, lists, dictionaries"));
    QVERIFY(row(QStringLiteral("project")).differs);
    QCOMPARE(row(QStringLiteral("needs")).left, QStringLiteral("No preference"));
    QCOMPARE(row(QStringLiteral("needs")).right, QStringLiteral("An admin area to manage data"));
    QCOMPARE(row(QStringLiteral("django")).section, WizardComparisonRow::Section::Score);
    QVERIFY(row(QStringLiteral("django")).differs);
    QVERIFY(row(QStringLiteral("path")).left.contains(QStringLiteral("Flask fundamentals")));
}

void TestWizardStore::decisionRecord()
{
    WizardProfile p;
    p.set(QStringLiteral("python_level"), QStringLiteral("basics"));
    p.set(QStringLiteral("goal"), QStringLiteral("get_hired"));
    p.set(QStringLiteral("project"), QStringLiteral("portfolio"));
    const WizardRecommendation r = m_engine->recommend(p);
    QCOMPARE(r.confidence, WizardConfidence::CloseCall);
    const QString md = DecisionRecord::markdown(*m_engine, p, r, QDateTime(QDate(2024, 5, 6), QTime(10, 0)));
    QVERIFY(md.startsWith(QStringLiteral("# Decision record")));
    QVERIFY(md.contains(QStringLiteral("2024-05-06")));
    // The question, every option, every answer, the outcome and the reasons.
    QVERIFY(md.contains(QStringLiteral("## Question")));
    for (const WizardOption &o : m_engine->knowledge().options())
        QVERIFY2(md.contains(o.title), qPrintable(o.title));
    for (const WizardQuestion &q : m_engine->knowledge().questions())
        QVERIFY2(md.contains(q.prompt), qPrintable(q.prompt));
    QVERIFY(md.contains(QStringLiteral("| Get a job as a Python web developer |")));
    QVERIFY(md.contains(QStringLiteral("## Outcome\n\n**Start with Django**. Close call")));
    QVERIFY(md.contains(
        QStringLiteral("**For Start with Django** (+6, you answered “Get a job as a Python web developer”")));
    QVERIFY(md.contains(QStringLiteral("**How to decide**")));
    QVERIFY(md.contains(QStringLiteral("## What would change the decision")));
    QVERIFY(md.contains(QStringLiteral("1. Object-oriented Python")));
}

QTEST_GUILESS_MAIN(TestWizardStore)
#include "tst_wizardstore.moc"
