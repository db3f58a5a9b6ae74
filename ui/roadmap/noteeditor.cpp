// SPDX-License-Identifier: MIT
#include "noteeditor.h"

#include "learner/learnerstore.h"

#include <QEvent>
#include <QLabel>
#include <QLoggingCategory>
#include <QPlainTextEdit>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcNotes, "crossroads.notes")

namespace crossroads::ui {

NoteEditor::NoteEditor(LearnerStore &store, QWidget *parent) : QWidget(parent), m_store(store)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_edit = new QPlainTextEdit(this);
    m_edit->setObjectName(QStringLiteral("noteEditor"));
    m_edit->setAccessibleName(tr("Your notes"));
    m_edit->setAccessibleDescription(tr("Plain text or Markdown. Saved automatically as you type."));
    m_edit->setPlaceholderText(tr("Write what you want to remember: questions, links, your own examples. "
                                  "Saved as you type."));
    m_edit->setTabChangesFocus(true);
    m_edit->setMinimumHeight(110);
    m_edit->installEventFilter(this);
    layout->addWidget(m_edit);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("noteState"));
    m_state->setProperty("role", QStringLiteral("hint"));
    layout->addWidget(m_state);

    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &NoteEditor::flush);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &NoteEditor::onTextChanged);
    connect(&m_store, &LearnerStore::aboutToReload, this, &NoteEditor::flush);
    connect(&m_store, &LearnerStore::reloaded, this, [this] {
        if (!m_dirty)
            load();
    });
    setEnabled(false);
}

NoteEditor::~NoteEditor()
{
    flush();
}

void NoteEditor::setItem(const QString &kind, const QString &item)
{
    if (kind == m_kind && item == m_item)
        return;
    flush();
    m_kind = kind;
    m_item = item;
    load();
}

void NoteEditor::load()
{
    m_loading = true;
    const QString text = m_item.isEmpty() ? QString() : m_store.note(m_kind, m_item);
    if (m_edit->toPlainText() != text)
        m_edit->setPlainText(text);
    m_loading = false;
    m_dirty = false;
    m_timer.stop();
    m_state->setText(text.isEmpty() ? tr("Notes are saved as you type.") : tr("Saved"));
    setEnabled(!m_item.isEmpty() && !m_store.isReadOnly());
}

void NoteEditor::onTextChanged()
{
    if (m_loading || m_item.isEmpty())
        return;
    if (!m_dirty) {
        m_dirty = true;
        m_dirtySince.start();
    }
    m_state->setText(tr("Saving…"));
    const qint64 left = MaxDelayMs - m_dirtySince.elapsed();
    m_timer.start(int(qBound<qint64>(0, left, qint64(QuietMs))));
}

bool NoteEditor::flush()
{
    if (!m_dirty || m_item.isEmpty())
        return true;
    m_timer.stop();
    if (!m_store.setNote(m_kind, m_item, m_edit->toPlainText())) {
        // Keep the text on screen and try again; the learner loses nothing.
        qCWarning(lcNotes).noquote() << "note not saved:" << m_store.errorString();
        m_state->setText(tr("Not saved yet (%1). Your text stays here and is saved again in a moment.")
                             .arg(m_store.errorString()));
        m_timer.start(3000);
        return false;
    }
    m_dirty = false;
    m_state->setText(tr("Saved"));
    emit saved();
    return true;
}

bool NoteEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::FocusOut)
        flush();
    return QWidget::eventFilter(watched, event);
}

void NoteEditor::hideEvent(QHideEvent *event)
{
    flush();
    QWidget::hideEvent(event);
}

} // namespace crossroads::ui
