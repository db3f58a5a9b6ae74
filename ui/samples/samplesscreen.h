// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QListWidget;
class QPlainTextEdit;
class QLabel;

namespace crossroads {
class ContentStore;
}

namespace crossroads::ui {

// The list of tasks and, for the chosen one, its Flask and Django code side by side.
class SamplesScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SamplesScreen)

public:
    explicit SamplesScreen(ContentStore &content, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    QString code(const QString &framework) const;

private:
    void showSample(const QString &id);

    ContentStore &m_content;
    QListWidget *m_list = nullptr;
    QLabel *m_summary = nullptr;
    QPlainTextEdit *m_flask = nullptr;
    QPlainTextEdit *m_django = nullptr;
};

} // namespace crossroads::ui
