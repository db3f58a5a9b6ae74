// SPDX-License-Identifier: MIT
#include "questionpage.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QKeyEvent>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace crossroads::ui {

QuestionPage::QuestionPage(const WizardQuestion &question, QWidget *parent)
    : QWidget(parent), m_question(question)
{
    setObjectName(QStringLiteral("wizardQuestion_") + question.key);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 8);
    layout->setSpacing(8);

    auto *prompt = new QLabel(question.prompt, this);
    prompt->setObjectName(QStringLiteral("wizardPrompt"));
    prompt->setWordWrap(true);
    QFont f = prompt->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    prompt->setFont(f);
    layout->addWidget(prompt);

    auto *why = new QLabel(tr("Why we ask: %1").arg(question.why), this);
    why->setObjectName(QStringLiteral("wizardWhy"));
    why->setProperty("role", QStringLiteral("hint"));
    why->setWordWrap(true);
    layout->addWidget(why);

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("wizardNote"));
    m_note->setWordWrap(true);
    m_note->setFrameShape(QFrame::StyledPanel);
    m_note->setMargin(8);
    m_note->hide();
    layout->addWidget(m_note);
    layout->addSpacing(6);

    m_group = new QButtonGroup(this);
    m_group->setExclusive(!question.multi);
    for (int i = 0; i < question.answers.size(); ++i) {
        const QString text = mnemonic(i) + QStringLiteral("  ") +
                             QString(question.answers.at(i).label).replace(u'&', QStringLiteral("&&"));
        QAbstractButton *b = question.multi ? static_cast<QAbstractButton *>(new QCheckBox(text, this))
                                            : static_cast<QAbstractButton *>(new QRadioButton(text, this));
        b->setObjectName(QStringLiteral("answer_") + question.answers.at(i).value);
        b->setAccessibleName(question.answers.at(i).label);
        m_group->addButton(b, i);
        m_buttons.append(b);
        layout->addWidget(b);
    }
    const QString lastKey = mnemonic(int(question.answers.size()) - 1).mid(1);
    QString keys;
    if (question.multi) {
        keys = tr("Pick any that apply, or none: keys 1 to %1 tick and untick. Enter goes on.").arg(lastKey);
    } else {
        m_none = new QRadioButton(tr("&0  No preference / not sure"), this);
        m_none->setObjectName(QStringLiteral("answer_none_given"));
        m_group->addButton(m_none, int(question.answers.size()));
        layout->addWidget(m_none);
        keys = tr("Keys 1 to %1 choose, 0 for no preference. Enter goes on.").arg(lastKey);
    }
    layout->addSpacing(6);
    auto *hint = new QLabel(keys, this);
    hint->setObjectName(QStringLiteral("wizardKeys"));
    hint->setProperty("role", QStringLiteral("hint"));
    layout->addWidget(hint);
    layout->addStretch(1);

    connect(m_group, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool checked) {
        // An exclusive group toggles twice per change (off, then on); report the final state once.
        if (!m_setting && (checked || m_question.multi))
            emit changed();
    });
}

QString QuestionPage::mnemonic(int index)
{
    // 1-9, then a, b, c...: short enough to type, and shown underlined as Alt shortcuts.
    const QChar c = index < 9 ? QChar(u'1' + index) : QChar(u'a' + (index - 9));
    return u'&' + QString(c);
}

QStringList QuestionPage::values() const
{
    QStringList out;
    for (int i = 0; i < m_buttons.size(); ++i)
        if (m_buttons.at(i)->isChecked())
            out.append(m_question.answers.at(i).value);
    return out;
}

void QuestionPage::setValues(const QStringList &values, bool seen)
{
    m_setting = true;
    if (!m_question.multi) {
        // An exclusive group cannot be emptied by unchecking, so "nothing chosen" is set this way.
        m_group->setExclusive(false);
        for (QAbstractButton *b : std::as_const(m_buttons))
            b->setChecked(false);
        m_none->setChecked(false);
        m_group->setExclusive(true);
    }
    for (int i = 0; i < m_buttons.size(); ++i)
        m_buttons.at(i)->setChecked(values.contains(m_question.answers.at(i).value));
    if (m_none && seen && values.isEmpty())
        m_none->setChecked(true);
    m_setting = false;
}

void QuestionPage::setNote(const QString &note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

QString QuestionPage::note() const
{
    return m_note->text();
}

QAbstractButton *QuestionPage::answerButton(const QString &value) const
{
    const int i = m_question.answerIndex(value);
    return i < 0 ? nullptr : m_buttons.at(i);
}

void QuestionPage::focusAnswer(const QString &value)
{
    QAbstractButton *target = answerButton(value);
    if (!target)
        for (QAbstractButton *b : std::as_const(m_buttons))
            if (b->isChecked()) {
                target = b;
                break;
            }
    if (!target && m_none && m_none->isChecked())
        target = m_none;
    if (!target && !m_buttons.isEmpty())
        target = m_buttons.first();
    if (target)
        target->setFocus(Qt::OtherFocusReason);
}

void QuestionPage::keyPressEvent(QKeyEvent *event)
{
    const QString text = event->text();
    if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier) || text.size() != 1) {
        QWidget::keyPressEvent(event);
        return;
    }
    const QChar c = text.at(0).toLower();
    int index = -1;
    if (c >= u'1' && c <= u'9')
        index = c.unicode() - u'1';
    else if (c >= u'a' && c <= u'z')
        index = 9 + (c.unicode() - u'a');
    QAbstractButton *target = nullptr;
    if (c == u'0')
        target = m_none;
    else if (index >= 0 && index < m_buttons.size())
        target = m_buttons.at(index);
    if (!target) {
        QWidget::keyPressEvent(event);
        return;
    }
    // A radio button is chosen; a check box is toggled, as a click would.
    target->click();
    target->setFocus(Qt::ShortcutFocusReason);
    event->accept();
}

} // namespace crossroads::ui
