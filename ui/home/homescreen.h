// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

namespace crossroads {
class ContentStore;
class LearnerStore;
} // namespace crossroads

namespace crossroads::ui {

// The first screen: three ways in (wizard, roadmap, comparison), "continue where I left off"
// and what the curriculum holds.
class HomeScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HomeScreen)

public:
    HomeScreen(ContentStore &content, LearnerStore &learner, QWidget *parent = nullptr);

    // The first step of the path that is neither done nor skipped.
    QString nextStep() const;

signals:
    void navigate(const QString &screen);

private:
    ContentStore &m_content;
    LearnerStore &m_learner;
};

} // namespace crossroads::ui
