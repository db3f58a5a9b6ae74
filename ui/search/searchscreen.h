// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLineEdit;
class QListWidget;

namespace crossroads {
class ContentStore;
}

namespace crossroads::ui {

// Full-text search over everything the curriculum holds.
class SearchScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchScreen)

public:
    explicit SearchScreen(ContentStore &content, QWidget *parent = nullptr);

    void focusQuery();
    QLineEdit *queryEdit() const { return m_query; }
    QListWidget *results() const { return m_results; }

private:
    void runQuery(const QString &text);

    ContentStore &m_content;
    QLineEdit *m_query = nullptr;
    QListWidget *m_results = nullptr;
};

} // namespace crossroads::ui
