// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

#include <functional>

class QComboBox;
class QToolButton;

namespace crossroads {
class LearnerStore;
}

namespace crossroads::ui {

// Switches between the learner profiles on this computer, and creates, renames, archives,
// deletes and brings back profiles. Nothing is deleted without the learner choosing it.
class ProfileBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileBar)

public:
    explicit ProfileBar(LearnerStore &store, QWidget *parent = nullptr);

    QComboBox *combo() const { return m_combo; }

public slots:
    void newProfile();
    void renameProfile();
    void deleteProfile();

private:
    void reload();
    void askName(const QString &title, const QString &label, const QString &initial,
                 const std::function<void(const QString &)> &then);
    void warn(const QString &text);

    LearnerStore &m_store;
    QComboBox *m_combo = nullptr;
    QToolButton *m_menuButton = nullptr;
    bool m_reloading = false;
};

} // namespace crossroads::ui
