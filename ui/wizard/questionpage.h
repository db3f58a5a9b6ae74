// SPDX-License-Identifier: MIT
#pragma once

#include "wizard/wizardknowledge.h"

#include <QList>
#include <QStringList>
#include <QWidget>

class QAbstractButton;
class QButtonGroup;
class QLabel;

namespace crossroads::ui {

// One question of the wizard: the prompt, why we ask, and its answers as radio buttons (one
// answer plus "no preference") or check boxes (any number). Keys 1-9, then a, b, c..., pick an
// answer; 0 picks "no preference".
class QuestionPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuestionPage)

public:
    QuestionPage(const WizardQuestion &question, QWidget *parent = nullptr);

    const QString &key() const { return m_question.key; }
    bool isMulti() const { return m_question.multi; }

    // The chosen answer values, in the content's order; empty means "no preference".
    QStringList values() const;
    // Sets the choice without emitting changed(). An empty choice on a question the learner has
    // already seen shows as "no preference"; on a new question nothing is chosen yet.
    void setValues(const QStringList &values, bool seen = true);
    // A line above the answers saying where a pre-filled answer came from; empty hides it.
    void setNote(const QString &note);
    QString note() const;

    QAbstractButton *answerButton(const QString &value) const;
    QAbstractButton *noPreferenceButton() const { return m_none; }
    // Focus the chosen answer (or the given one, or the first), for keyboard users.
    void focusAnswer(const QString &value = QString());

signals:
    // The learner changed the answer.
    void changed();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    static QString mnemonic(int index);

    WizardQuestion m_question;
    QList<QAbstractButton *> m_buttons;
    QAbstractButton *m_none = nullptr;
    QButtonGroup *m_group = nullptr;
    QLabel *m_note = nullptr;
    bool m_setting = false;
};

} // namespace crossroads::ui
