// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QTreeWidget;

namespace crossroads {
class ContentStore;
class LearnerStore;
} // namespace crossroads

namespace crossroads::ui {

// The learning path, grouped by track, with each step's status and hours.
class RoadmapScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoadmapScreen)

public:
    RoadmapScreen(ContentStore &content, LearnerStore &learner, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }

private:
    QTreeWidget *m_tree = nullptr;
};

} // namespace crossroads::ui
