// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QTableWidget;

namespace crossroads {
class ContentStore;
class LearnerStore;
} // namespace crossroads

namespace crossroads::ui {

// An overview per track: steps done, in progress and skipped, and hours planned.
class ProgressScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgressScreen)

public:
    ProgressScreen(ContentStore &content, LearnerStore &learner, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table = nullptr;
};

} // namespace crossroads::ui
