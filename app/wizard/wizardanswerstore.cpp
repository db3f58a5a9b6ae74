// SPDX-License-Identifier: MIT
#include "wizardanswerstore.h"

#include "learner/learnerstore.h"
#include "wizardknowledge.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace crossroads {

namespace {

bool upsert(QSqlQuery &q, int profile, const QString &key, const QStringList &values)
{
    q.prepare(QStringLiteral("INSERT INTO wizard_answers(profile, key, value, updated_at) VALUES(?, ?, ?, ?)"
                             " ON CONFLICT(profile, key) DO UPDATE SET value = excluded.value,"
                             " updated_at = excluded.updated_at"));
    q.addBindValue(profile);
    q.addBindValue(key);
    q.addBindValue(
        QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact)));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    return q.exec();
}

} // namespace

WizardAnswerStore::WizardAnswerStore(LearnerStore &store) : m_store(store) {}

QString WizardAnswerStore::errorString() const
{
    return m_store.errorString();
}

WizardProfile WizardAnswerStore::load(const WizardKnowledge &knowledge) const
{
    WizardProfile profile;
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT key, value FROM wizard_answers WHERE profile = ?"));
    q.addBindValue(m_store.currentProfile());
    if (!q.exec())
        return profile;
    while (q.next()) {
        const QString key = q.value(0).toString();
        const int qi = knowledge.questionIndex(key);
        if (qi < 0) {
            qCInfo(lcWizard) << "stored answer for" << key << "is no longer a question; ignored";
            continue;
        }
        const WizardQuestion &question = knowledge.questions().at(qi);
        const QJsonArray stored = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).array();
        QStringList values;
        for (const WizardAnswer &a : question.answers)
            if (stored.contains(a.value))
                values.append(a.value);
        if (!question.multi && values.size() > 1)
            values = values.mid(0, 1);
        profile.set(key, values);
    }
    return profile;
}

bool WizardAnswerStore::save(const QString &key, const QStringList &values)
{
    const int profile = m_store.currentProfile();
    return m_store.write([&](QSqlQuery &q) { return upsert(q, profile, key, values); });
}

bool WizardAnswerStore::saveAll(const WizardProfile &answers)
{
    const int profile = m_store.currentProfile();
    return m_store.write([&](QSqlQuery &q) {
        q.prepare(QStringLiteral("DELETE FROM wizard_answers WHERE profile = ?"));
        q.addBindValue(profile);
        if (!q.exec())
            return false;
        for (const QString &key : answers.keys())
            if (!upsert(q, profile, key, answers.values(key)))
                return false;
        return true;
    });
}

bool WizardAnswerStore::clear()
{
    return saveAll(WizardProfile());
}

} // namespace crossroads
