// SPDX-License-Identifier: MIT
#include "wizardprofile.h"

#include "content/jsonlocator.h"
#include "wizardknowledge.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace crossroads {

namespace {

QString quotedList(const WizardQuestion &q)
{
    QStringList values;
    for (const WizardAnswer &a : q.answers)
        values.append(a.value);
    return values.join(QStringLiteral(", "));
}

} // namespace

QString WizardProfile::value(const QString &key) const
{
    const QStringList v = m_values.value(key);
    return v.isEmpty() ? QString() : v.first();
}

bool WizardProfile::contains(const QString &key, const QString &value) const
{
    return m_values.value(key).contains(value);
}

QJsonObject WizardProfile::toJson(const WizardKnowledge &knowledge) const
{
    QJsonObject out;
    for (const WizardQuestion &q : knowledge.questions()) {
        if (!has(q.key))
            continue;
        const QStringList chosen = values(q.key);
        if (q.multi) {
            QJsonArray list;
            for (const WizardAnswer &a : q.answers)
                if (chosen.contains(a.value))
                    list.append(a.value);
            out.insert(q.key, list);
        } else {
            out.insert(q.key, chosen.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(chosen.first()));
        }
    }
    return out;
}

std::optional<WizardProfile> WizardProfile::fromJson(const QJsonObject &json,
                                                     const WizardKnowledge &knowledge, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    WizardProfile profile;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const int qi = knowledge.questionIndex(it.key());
        if (qi < 0)
            return fail(tr("\"%1\": unknown key; the profile keys are %2")
                            .arg(it.key(), knowledge.questionKeys().join(QStringLiteral(", "))));
        const WizardQuestion &q = knowledge.questions().at(qi);
        if (it.value().isNull()) {
            profile.set(q.key, QStringList());
            continue;
        }
        QStringList given;
        if (q.multi) {
            if (!it.value().isArray())
                return fail(tr("\"%1\": expected a list of any of %2").arg(q.key, quotedList(q)));
            for (const auto &v : it.value().toArray()) {
                if (!v.isString())
                    return fail(
                        tr("\"%1\": expected a list of strings, any of %2").arg(q.key, quotedList(q)));
                given.append(v.toString());
            }
        } else {
            if (!it.value().isString())
                return fail(tr("\"%1\": expected one string, one of %2").arg(q.key, quotedList(q)));
            given.append(it.value().toString());
        }
        QStringList ordered;
        for (const QString &v : std::as_const(given))
            if (q.answerIndex(v) < 0)
                return fail(tr("\"%1\": unknown value \"%2\"; expected %3 %4")
                                .arg(q.key, v, q.multi ? tr("any of") : tr("one of"), quotedList(q)));
        // Content order, without repeats, so equal answers give equal profiles.
        for (const WizardAnswer &a : q.answers)
            if (given.contains(a.value))
                ordered.append(a.value);
        profile.set(q.key, ordered);
    }
    return profile;
}

std::optional<WizardProfile> WizardProfile::parse(const QByteArray &text, const WizardKnowledge &knowledge,
                                                  QString *error, const QString &fileName)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const TextPosition pos =
            JsonLocator::positionOfOffset(text.toStdString(), std::size_t(qMax(0, parseError.offset)));
        if (error)
            *error =
                tr("%1:%2:%3: %4").arg(fileName).arg(pos.line).arg(pos.column).arg(parseError.errorString());
        return std::nullopt;
    }
    if (!doc.isObject()) {
        if (error)
            *error = tr("%1: the profile must be a JSON object such as {\"python_level\": \"basics\"}")
                         .arg(fileName);
        return std::nullopt;
    }
    QString detail;
    auto profile = fromJson(doc.object(), knowledge, &detail);
    if (!profile && error)
        *error = fileName + QStringLiteral(": ") + detail;
    return profile;
}

} // namespace crossroads
