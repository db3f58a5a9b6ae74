// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace crossroads {
class LearnerStore;
}

namespace crossroads::ui {

// A notes box that saves by itself: at most a second after the first keystroke that is not
// saved yet (so steady typing still saves every second), when it loses focus, when it is hidden
// or switched to another item, and before the profile switches or the database closes. Text
// that could not be saved stays in the box and is retried, never thrown away.
class NoteEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoteEditor)

public:
    static constexpr int QuietMs = 400;    // save this long after typing pauses...
    static constexpr int MaxDelayMs = 1000; // ...but never later than this after the first change

    explicit NoteEditor(LearnerStore &store, QWidget *parent = nullptr);
    ~NoteEditor() override;

    // Saves what is pending for the current item, then shows the note of another one.
    void setItem(const QString &kind, const QString &item);
    QString item() const { return m_item; }
    // Saves now if anything is pending; true when nothing is left unsaved.
    bool flush();
    bool isDirty() const { return m_dirty; }
    QPlainTextEdit *editor() const { return m_edit; }

signals:
    void saved();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void onTextChanged();
    void load();

    LearnerStore &m_store;
    QPlainTextEdit *m_edit = nullptr;
    QLabel *m_state = nullptr;
    QTimer m_timer;
    QElapsedTimer m_dirtySince;
    QString m_kind;
    QString m_item;
    bool m_dirty = false;
    bool m_loading = false;
};

} // namespace crossroads::ui
