// SPDX-License-Identifier: MIT
#include "wizardknowledge.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

Q_LOGGING_CATEGORY(lcWizard, "crossroads.wizard")

namespace crossroads {

namespace {

bool failWith(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QString quoted(const QString &s)
{
    return u'"' + s + u'"';
}

} // namespace

int WizardQuestion::answerIndex(const QString &value) const
{
    for (int i = 0; i < answers.size(); ++i)
        if (answers.at(i).value == value)
            return i;
    return -1;
}

std::optional<WizardKnowledge> WizardKnowledge::fromContent(const ContentStore &content, QString *error)
{
    if (!content.isOpen()) {
        failWith(error, tr("the content database is not open"));
        return std::nullopt;
    }
    QSqlQuery q(content.database());
    if (!q.exec(QStringLiteral("SELECT path, json FROM documents WHERE kind = 'wizard' ORDER BY path"))) {
        failWith(error, tr("%1: cannot read the wizard (%2)").arg(content.path(), q.lastError().text()));
        return std::nullopt;
    }
    if (!q.next()) {
        failWith(error, tr("%1: this content pack has no wizard document").arg(content.path()));
        return std::nullopt;
    }
    const QString path = q.value(0).toString();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(q.value(1).toString().toUtf8(), &parseError);
    if (!doc.isObject()) {
        failWith(error, tr("%1 (in %2): not a JSON object").arg(path, content.path()));
        return std::nullopt;
    }
    QString detail;
    auto knowledge = fromJson(doc.object(), &detail, content.steps());
    if (!knowledge)
        failWith(error, tr("%1 (in %2): %3").arg(path, content.path(), detail));
    return knowledge;
}

std::optional<WizardKnowledge> WizardKnowledge::fromJson(const QJsonObject &wizard, QString *error,
                                                         const QList<RoadmapStep> &steps)
{
    WizardKnowledge k;
    k.m_steps = steps;
    for (int i = 0; i < steps.size(); ++i)
        k.m_stepIndex.insert(steps.at(i).id, i);
    for (const RoadmapStep &s : steps) {
        QList<int> requires_;
        for (const QString &r : s.requires_)
            if (k.m_stepIndex.contains(r))
                requires_.append(k.m_stepIndex.value(r));
        std::sort(requires_.begin(), requires_.end());
        k.m_requires.append(requires_);
    }

    // Options.
    const QJsonArray options = wizard.value(QStringLiteral("options")).toArray();
    if (options.size() < 2 || options.size() > MaxOptions) {
        failWith(error, tr("options: between 2 and %1 options are needed").arg(MaxOptions));
        return std::nullopt;
    }
    for (int i = 0; i < options.size(); ++i) {
        const QJsonObject o = options.at(i).toObject();
        WizardOption option{
            o.value(QStringLiteral("id")).toString(), o.value(QStringLiteral("title")).toString(),
            o.value(QStringLiteral("summary")).toString(), o.value(QStringLiteral("prior")).toDouble(0)};
        if (option.id.isEmpty() || k.optionIndex(option.id) >= 0) {
            failWith(error, tr("options[%1]: missing or repeated id %2").arg(i).arg(quoted(option.id)));
            return std::nullopt;
        }
        if (option.title.isEmpty())
            option.title = option.id;
        k.m_options.append(option);
    }
    const int optionCount = int(k.m_options.size());

    // Questions, answers and their weighted evidence.
    const QJsonArray questions = wizard.value(QStringLiteral("questions")).toArray();
    if (questions.isEmpty() || questions.size() > MaxQuestions) {
        failWith(error, tr("questions: between 1 and %1 questions are needed").arg(MaxQuestions));
        return std::nullopt;
    }
    for (int qi = 0; qi < questions.size(); ++qi) {
        const QJsonObject qo = questions.at(qi).toObject();
        WizardQuestion question;
        question.key = qo.value(QStringLiteral("key")).toString();
        question.prompt = qo.value(QStringLiteral("prompt")).toString();
        question.why = qo.value(QStringLiteral("why")).toString();
        question.multi = qo.value(QStringLiteral("multi")).toBool(false);
        const QString where = QStringLiteral("questions[%1]").arg(qi);
        if (question.key.isEmpty() || k.questionIndex(question.key) >= 0) {
            failWith(error, tr("%1: missing or repeated key %2").arg(where, quoted(question.key)));
            return std::nullopt;
        }
        const QJsonArray answers = qo.value(QStringLiteral("answers")).toArray();
        if (answers.size() < 2 || answers.size() > MaxAnswers) {
            failWith(error, tr("%1 (%2): needs between 2 and %3 answers")
                                .arg(where, quoted(question.key))
                                .arg(MaxAnswers));
            return std::nullopt;
        }
        for (int ai = 0; ai < answers.size(); ++ai) {
            const QJsonObject ao = answers.at(ai).toObject();
            WizardAnswer answer;
            answer.value = ao.value(QStringLiteral("value")).toString();
            answer.label = ao.value(QStringLiteral("label")).toString();
            const QString at = QStringLiteral("%1.answers[%2]").arg(where).arg(ai);
            if (answer.value.isEmpty() || question.answerIndex(answer.value) >= 0) {
                failWith(error, tr("%1: missing or repeated value %2").arg(at, quoted(answer.value)));
                return std::nullopt;
            }
            if (answer.label.isEmpty())
                answer.label = answer.value;
            for (const auto &c : ao.value(QStringLiteral("covers")).toArray()) {
                const QString stepId = c.toString();
                if (!steps.isEmpty() && !k.m_stepIndex.contains(stepId)) {
                    failWith(error, tr("%1.covers: unknown step %2").arg(at, quoted(stepId)));
                    return std::nullopt;
                }
                answer.covers.append(stepId);
            }
            answer.delta = QList<double>(optionCount, 0.0);
            answer.speaks = QList<bool>(optionCount, false);
            const QJsonArray weights = ao.value(QStringLiteral("weights")).toArray();
            for (int wi = 0; wi < weights.size(); ++wi) {
                const QJsonObject wo = weights.at(wi).toObject();
                WizardWeight weight;
                const QString optionId = wo.value(QStringLiteral("option")).toString();
                weight.option = k.optionIndex(optionId);
                weight.weight = wo.value(QStringLiteral("weight")).toDouble();
                weight.reason = wo.value(QStringLiteral("reason")).toString();
                if (weight.option < 0) {
                    failWith(error,
                             tr("%1.weights[%2]: unknown option %3").arg(at).arg(wi).arg(quoted(optionId)));
                    return std::nullopt;
                }
                if (answer.speaks.at(weight.option)) {
                    failWith(error, tr("%1.weights[%2]: option %3 is weighted twice")
                                        .arg(at)
                                        .arg(wi)
                                        .arg(quoted(optionId)));
                    return std::nullopt;
                }
                answer.speaks[weight.option] = true;
                answer.delta[weight.option] = weight.weight;
                answer.weights.append(weight);
            }
            question.answers.append(answer);
        }
        k.m_questions.append(question);
    }

    // Gates.
    const QJsonArray gates = wizard.value(QStringLiteral("gates")).toArray();
    for (int gi = 0; gi < gates.size(); ++gi) {
        const QJsonObject go = gates.at(gi).toObject();
        const QString at = QStringLiteral("gates[%1]").arg(gi);
        WizardGate gate;
        gate.option = k.optionIndex(go.value(QStringLiteral("recommend")).toString());
        gate.reason = go.value(QStringLiteral("reason")).toString();
        if (gate.option < 0) {
            failWith(error, tr("%1.recommend: unknown option %2")
                                .arg(at, quoted(go.value(QStringLiteral("recommend")).toString())));
            return std::nullopt;
        }
        const QJsonObject when = go.value(QStringLiteral("when")).toObject();
        if (when.isEmpty()) {
            failWith(error, tr("%1.when: a gate needs at least one condition").arg(at));
            return std::nullopt;
        }
        for (auto it = when.begin(); it != when.end(); ++it) {
            const int qi = k.questionIndex(it.key());
            const int ai = qi < 0 ? -1 : k.m_questions.at(qi).answerIndex(it.value().toString());
            if (ai < 0) {
                failWith(error, tr("%1.when: %2 is not a question and answer of this wizard")
                                    .arg(at, quoted(it.key() + u'=' + it.value().toString())));
                return std::nullopt;
            }
            gate.when.append({qi, ai});
        }
        k.m_gates.append(gate);
    }

    // Paths: "option" or "option+suffix" keys, each an ordered list of step ids.
    const QJsonObject paths = wizard.value(QStringLiteral("paths")).toObject();
    for (auto it = paths.begin(); it != paths.end(); ++it) {
        const QString base = it.key().section(u'+', 0, 0);
        if (k.optionIndex(base) < 0) {
            failWith(error, tr("paths.%1: %2 is not an option").arg(it.key(), quoted(base)));
            return std::nullopt;
        }
        QStringList list;
        for (const auto &s : it.value().toArray()) {
            const QString stepId = s.toString();
            if (!steps.isEmpty() && !k.m_stepIndex.contains(stepId)) {
                failWith(error, tr("paths.%1: unknown step %2").arg(it.key(), quoted(stepId)));
                return std::nullopt;
            }
            list.append(stepId);
        }
        k.m_paths.insert(it.key(), list);
    }

    const QJsonObject thresholds = wizard.value(QStringLiteral("thresholds")).toObject();
    k.m_clear = thresholds.value(QStringLiteral("clear")).toDouble(4);
    k.m_close = thresholds.value(QStringLiteral("close")).toDouble(2);
    if (k.m_close > k.m_clear) {
        failWith(
            error,
            tr("thresholds: \"close\" (%1) must not exceed \"clear\" (%2)").arg(k.m_close).arg(k.m_clear));
        return std::nullopt;
    }
    return k;
}

int WizardKnowledge::optionIndex(const QString &id) const
{
    for (int i = 0; i < m_options.size(); ++i)
        if (m_options.at(i).id == id)
            return i;
    return -1;
}

int WizardKnowledge::questionIndex(const QString &key) const
{
    for (int i = 0; i < m_questions.size(); ++i)
        if (m_questions.at(i).key == key)
            return i;
    return -1;
}

QStringList WizardKnowledge::questionKeys() const
{
    QStringList out;
    for (const WizardQuestion &q : m_questions)
        out.append(q.key);
    return out;
}

const RoadmapStep *WizardKnowledge::step(const QString &id) const
{
    const auto it = m_stepIndex.constFind(id);
    return it == m_stepIndex.constEnd() ? nullptr : &m_steps.at(it.value());
}

QString WizardKnowledge::stepTitle(const QString &id) const
{
    const RoadmapStep *s = step(id);
    return s ? s->title : id;
}

QString WizardKnowledge::answerImpliedBy(const QString &questionKey,
                                         const std::function<bool(const QString &)> &isDone) const
{
    const int qi = questionIndex(questionKey);
    if (qi < 0)
        return {};
    QString best;
    qsizetype bestCovers = 0;
    for (const WizardAnswer &a : m_questions.at(qi).answers) {
        if (a.covers.size() <= bestCovers)
            continue;
        if (std::all_of(a.covers.begin(), a.covers.end(), isDone)) {
            best = a.value;
            bestCovers = a.covers.size();
        }
    }
    return best;
}

} // namespace crossroads
