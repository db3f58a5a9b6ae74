// SPDX-License-Identifier: MIT
#include "wizardhistory.h"

#include "learner/learnerstore.h"
#include "wizardengine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace crossroads {

QString WizardHistoryEntry::recommendation() const
{
    return result.value(QStringLiteral("recommendation")).toString();
}

QString WizardHistoryEntry::confidence() const
{
    return result.value(QStringLiteral("confidence")).toString();
}

double WizardHistoryEntry::score(const QString &option) const
{
    return result.value(QStringLiteral("scores")).toObject().value(option).toDouble();
}

QStringList WizardHistoryEntry::path() const
{
    QStringList out;
    for (const auto &v : result.value(QStringLiteral("path")).toArray())
        out.append(v.toString());
    return out;
}

WizardHistory::WizardHistory(const LearnerStore &store) : m_store(store) {}

QList<WizardHistoryEntry> WizardHistory::query(qint64 id) const
{
    QList<WizardHistoryEntry> out;
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT id, created_at, answers, result FROM wizard_results WHERE profile = ?") +
              (id > 0 ? QStringLiteral(" AND id = ?") : QString()) + QStringLiteral(" ORDER BY id DESC"));
    q.addBindValue(m_store.currentProfile());
    if (id > 0)
        q.addBindValue(id);
    if (!q.exec())
        return out;
    while (q.next()) {
        WizardHistoryEntry e;
        e.id = q.value(0).toLongLong();
        e.createdAt = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        e.answers = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
        e.result = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
        out.append(e);
    }
    return out;
}

QList<WizardHistoryEntry> WizardHistory::entries() const
{
    return query(0);
}

std::optional<WizardHistoryEntry> WizardHistory::entry(qint64 id) const
{
    const auto found = query(id);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<WizardComparisonRow> WizardHistory::compare(const WizardHistoryEntry &left,
                                                  const WizardHistoryEntry &right, const WizardEngine &engine)
{
    using Section = WizardComparisonRow::Section;
    const WizardKnowledge &k = engine.knowledge();
    QList<WizardComparisonRow> rows;
    auto add = [&rows](Section section, const QString &key, const QString &label, const QString &l,
                       const QString &r) {
        rows.append({section, key, label, l, r, l != r});
    };

    add(Section::Outcome, QStringLiteral("recommendation"), tr("Recommendation"),
        engine.optionTitle(left.recommendation()), engine.optionTitle(right.recommendation()));
    add(Section::Outcome, QStringLiteral("confidence"), tr("Confidence"), left.confidence(),
        right.confidence());
    for (const WizardOption &o : k.options())
        add(Section::Score, o.id, o.title, QString::number(left.score(o.id)),
            QString::number(right.score(o.id)));
    // Answers go through the profile contract so labels match what the learner picked; an
    // answer the content no longer has is shown as its stored value.
    auto answers = [&](const WizardHistoryEntry &e, const WizardQuestion &q) {
        const QJsonValue v = e.answers.value(q.key);
        QStringList values;
        if (v.isArray())
            for (const auto &x : v.toArray())
                values.append(x.toString());
        else if (v.isString())
            values.append(v.toString());
        QStringList labels;
        for (const QString &value : std::as_const(values)) {
            const int ai = q.answerIndex(value);
            labels.append(ai < 0 ? value : q.answers.at(ai).label);
        }
        return labels.isEmpty() ? tr("No preference") : labels.join(QStringLiteral("; "));
    };
    for (const WizardQuestion &q : k.questions())
        add(Section::Answer, q.key, q.prompt, answers(left, q), answers(right, q));
    auto titles = [&](const QStringList &path) {
        QStringList out;
        for (const QString &s : path)
            out.append(k.stepTitle(s));
        return out.join(QStringLiteral(" → "));
    };
    add(Section::Path, QStringLiteral("path"), tr("Path"), titles(left.path()), titles(right.path()));
    return rows;
}

} // namespace crossroads
