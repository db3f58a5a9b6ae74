// SPDX-License-Identifier: MIT
#include "decisionrecord.h"

#include "wizardengine.h"

#include <QStringList>

namespace crossroads {

namespace {

// Table cells hold one line, and a bar would end the cell.
QString cell(QString s)
{
    s.replace(u'|', QStringLiteral("\\|"));
    s.replace(u'\n', u' ');
    return s;
}

QString signedNumber(double v)
{
    return v > 0 ? u'+' + QString::number(v) : QString::number(v);
}

} // namespace

QString DecisionRecord::trace(const WizardEngine &engine, const QString &question, const QString &answer)
{
    const WizardKnowledge &k = engine.knowledge();
    const int qi = k.questionIndex(question);
    if (qi < 0)
        return question + u'=' + answer;
    const WizardQuestion &q = k.questions().at(qi);
    const int ai = q.answerIndex(answer);
    const QString label = ai < 0 ? answer : q.answers.at(ai).label;
    return q.multi ? tr("you chose “%1” for “%2”").arg(label, q.prompt)
                   : tr("you answered “%1” to “%2”").arg(label, q.prompt);
}

QString DecisionRecord::confidenceSentence(const WizardEngine &engine, const WizardRecommendation &r)
{
    if (r.gated)
        return tr("Clear: a rule decides this whatever the other answers say.");
    const QString runnerUp = engine.optionTitle(r.runnerUp);
    const QString lead = QString::number(r.margin);
    const QString winScore = QString::number(r.score(r.recommendation));
    const QString runScore = QString::number(r.score(r.runnerUp));
    switch (r.confidence) {
    case WizardConfidence::Clear:
        return tr("Clear: a lead of %1 over “%2” (%3 to %4).").arg(lead, runnerUp, winScore, runScore);
    case WizardConfidence::Likely:
        return tr("Likely: a lead of %1 over “%2” (%3 to %4); one or two different answers could change it.")
            .arg(lead, runnerUp, winScore, runScore);
    case WizardConfidence::CloseCall:
        break;
    }
    if (r.tie)
        return tr("Close call: level with “%1” (%2 each), so a tie-break decided.").arg(runnerUp, winScore);
    return tr("Close call: a lead of only %1 over “%2” (%3 to %4).").arg(lead, runnerUp, winScore, runScore);
}

QString DecisionRecord::markdown(const WizardEngine &engine, const WizardProfile &profile,
                                 const WizardRecommendation &r, const QDateTime &when)
{
    const WizardKnowledge &k = engine.knowledge();
    QStringList titles;
    for (const WizardOption &o : k.options())
        titles.append(o.title);

    QString md;
    md += u"# " + tr("Decision record: where to start with Python web development") + u"\n\n";
    md += u"- **" + tr("Date") + u":** " + when.toLocalTime().toString(Qt::ISODate).left(10) + u'\n';
    md += u"- **" + tr("Decided with") + u":** " + tr("the Crossroads decision wizard") + u"\n\n";

    md += u"## " + tr("Question") + u"\n\n";
    md += tr("Which should I start with: %1?").arg(titles.join(QStringLiteral(", "))) + u"\n\n";

    md += u"## " + tr("Options") + u"\n\n";
    md +=
        u"| " + tr("Option") + u" | " + tr("What it means") + u" | " + tr("Score") + u" |\n|---|---|---:|\n";
    for (const WizardOption &o : k.options()) {
        const QString name = o.id == r.recommendation
                                 ? u"**" + cell(o.title) + u"** (" + tr("recommended") + u')'
                                 : cell(o.title);
        md += u"| " + name + u" | " + cell(o.summary) + u" | " + QString::number(r.score(o.id)) + u" |\n";
    }
    md += u'\n';

    md += u"## " + tr("Answers") + u"\n\n";
    md += u"| " + tr("Question") + u" | " + tr("Answer") + u" |\n|---|---|\n";
    for (const WizardQuestion &q : k.questions())
        md += u"| " + cell(q.prompt) + u" | " + cell(engine.answerText(profile, q.key)) + u" |\n";
    md += u'\n';

    md += u"## " + tr("Outcome") + u"\n\n";
    md += u"**" + engine.optionTitle(r.recommendation) + u"**. " + confidenceSentence(engine, r) + u"\n\n";

    md += u"## " + tr("Reasons") + u"\n\n";
    for (const WizardReason &reason : r.reasons) {
        switch (reason.kind) {
        case WizardReason::Kind::Rule:
            md += u"- **" + tr("Rule") + u"** (" + trace(engine, reason.question, reason.answer) + u"): " +
                  reason.text + u'\n';
            break;
        case WizardReason::Kind::For:
            md += u"- **" + tr("For %1").arg(engine.optionTitle(reason.option)) + u"** (" +
                  signedNumber(reason.weight) + u", " + trace(engine, reason.question, reason.answer) +
                  u"): " + reason.text + u'\n';
            break;
        case WizardReason::Kind::Against:
            md += u"- **" + tr("Against %1").arg(engine.optionTitle(reason.option)) + u"** (" +
                  signedNumber(reason.weight) + u", " + trace(engine, reason.question, reason.answer) +
                  u"): " + reason.text + u'\n';
            break;
        case WizardReason::Kind::TieBreak:
            md += u"- **" + tr("Tie-break") + u"**: " + reason.text + u'\n';
            break;
        case WizardReason::Kind::HowToDecide:
            md += u"- **" + tr("How to decide") + u"**: " + reason.text + u'\n';
            break;
        }
    }
    if (r.reasons.isEmpty())
        md += u"- " + tr("No answer gave evidence either way.") + u'\n';
    md += u'\n';

    md += u"## " + tr("What would change the decision") + u"\n\n";
    for (const WizardFlipPoint &f : r.flipPoints)
        md += u"- " + f.text + u'\n';
    if (r.flipPoints.isEmpty())
        md += u"- " + tr("No single change of answer would change the recommendation.") + u'\n';
    md += u'\n';

    md += u"## " + tr("Learning path") + u"\n\n";
    double hours = 0;
    for (int i = 0; i < r.path.size(); ++i) {
        const RoadmapStep *s = k.step(r.path.at(i));
        md += QString::number(i + 1) + u". " + k.stepTitle(r.path.at(i));
        if (s) {
            md += u" (" + tr("%1 h").arg(s->hours) + u')';
            hours += s->hours;
        }
        md += u'\n';
    }
    if (hours > 0)
        md += u'\n' + tr("About %1 hours in all.").arg(hours) + u'\n';
    return md;
}

QString DecisionRecord::text(const WizardEngine &engine, const WizardProfile &profile,
                             const WizardRecommendation &r)
{
    const WizardKnowledge &k = engine.knowledge();
    QString out;
    const int option = k.optionIndex(r.recommendation);
    out += tr("Recommendation: %1").arg(engine.optionTitle(r.recommendation)) + u'\n';
    if (option >= 0)
        out += u"  " + k.options().at(option).summary + u'\n';
    out += tr("Confidence: %1").arg(confidenceSentence(engine, r)) + u"\n\n";

    out += tr("Scores:") + u'\n';
    int width = 0;
    for (const auto &s : r.scores)
        width = qMax(width, int(engine.optionTitle(s.first).size()));
    for (const QString &id : r.ranking)
        out += u"  " + engine.optionTitle(id).leftJustified(width) + u"  " +
               QString::number(r.score(id)).rightJustified(4) + u'\n';
    out += u'\n';

    out += tr("Your answers:") + u'\n';
    for (const WizardQuestion &q : k.questions())
        out += u"  " + q.prompt + QStringLiteral(" → ") + engine.answerText(profile, q.key) + u'\n';
    out += u'\n';

    out += tr("Why:") + u'\n';
    for (const WizardReason &reason : r.reasons) {
        switch (reason.kind) {
        case WizardReason::Kind::Rule:
            out += u"  ! " + reason.text + u"\n    (" +
                   tr("because %1").arg(trace(engine, reason.question, reason.answer)) + u")\n";
            break;
        case WizardReason::Kind::For:
        case WizardReason::Kind::Against:
            out += u"  " +
                   (reason.kind == WizardReason::Kind::For
                        ? tr("for %1").arg(engine.optionTitle(reason.option))
                        : tr("against %1").arg(engine.optionTitle(reason.option))) +
                   u" (" + signedNumber(reason.weight) + u"): " + reason.text + u"\n    (" +
                   tr("because %1").arg(trace(engine, reason.question, reason.answer)) + u")\n";
            break;
        case WizardReason::Kind::TieBreak:
            out += u"  " + tr("tie-break:") + u' ' + reason.text + u'\n';
            break;
        case WizardReason::Kind::HowToDecide:
            out += u"  " + tr("how to decide:") + u' ' + reason.text + u'\n';
            break;
        }
    }
    out += u'\n';

    out += tr("What would change it:") + u'\n';
    for (const WizardQuestion &q : k.questions()) {
        if (r.steadyQuestions.contains(q.key)) {
            out += u"  " + tr("“%1”: no other answer changes the recommendation.").arg(q.prompt) + u'\n';
            continue;
        }
        for (const WizardFlipPoint &f : r.flipPoints)
            if (f.question == q.key)
                out += u"  " + f.text + u'\n';
    }
    out += u'\n';

    out += tr("Your path:") + u'\n';
    for (int i = 0; i < r.path.size(); ++i)
        out += u"  " + QString::number(i + 1).rightJustified(2) + u". " + k.stepTitle(r.path.at(i)) + u"  [" +
               r.path.at(i) + u"]\n";
    return out;
}

} // namespace crossroads
