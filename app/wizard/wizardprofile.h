// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace crossroads {

class WizardKnowledge;

// A learner's answers: question key -> chosen answer values. A key that is absent, or present
// with no values, means "no preference". Present-but-empty still records that the learner saw
// the question, which is what lets the wizard resume where it stopped.
class WizardProfile final
{
    Q_DECLARE_TR_FUNCTIONS(crossroads::WizardProfile)

public:
    bool has(const QString &key) const { return m_values.contains(key); }
    QStringList values(const QString &key) const { return m_values.value(key); }
    QString value(const QString &key) const;
    bool contains(const QString &key, const QString &value) const;
    QStringList keys() const { return m_values.keys(); }
    bool isEmpty() const { return m_values.isEmpty(); }

    void set(const QString &key, const QStringList &values) { m_values.insert(key, values); }
    void set(const QString &key, const QString &value) { m_values.insert(key, {value}); }
    void remove(const QString &key) { m_values.remove(key); }

    bool operator==(const WizardProfile &other) const { return m_values == other.m_values; }
    bool operator!=(const WizardProfile &other) const { return !(*this == other); }

    // The profile contract: single-answer questions as strings (null for "no preference"),
    // multi-answer questions as lists. Values are in the content's answer order.
    QJsonObject toJson(const WizardKnowledge &knowledge) const;

    // Checks a profile against the knowledge's questions. Unknown keys and values, and values
    // of the wrong type, fail with a message that names the key.
    static std::optional<WizardProfile> fromJson(const QJsonObject &json, const WizardKnowledge &knowledge,
                                                 QString *error);
    // As fromJson, from the text of a file; errors start with "FILE:LINE:COLUMN: " for a syntax
    // error and "FILE: " otherwise.
    static std::optional<WizardProfile> parse(const QByteArray &text, const WizardKnowledge &knowledge,
                                              QString *error,
                                              const QString &fileName = QStringLiteral("profile"));

private:
    QMap<QString, QStringList> m_values;
};

} // namespace crossroads
