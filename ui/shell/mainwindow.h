// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QMainWindow>
#include <QStringList>

#include <functional>

class QListWidget;
class QStackedWidget;
class QLabel;

namespace crossroads {
class ContentStore;
class LearnerStore;
class Settings;
} // namespace crossroads

namespace crossroads::ui {

// The shell: navigation, menus and the stack of screens. Screens are built on first visit so
// the window appears quickly and nothing heavy (such as QtWebEngine) starts before it is needed.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(ContentStore &content, LearnerStore &learner, Settings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Screen ids in navigation order: home, compare, samples, roadmap, wizard, progress, search.
    static QStringList screenIds();
    void showScreen(const QString &id);
    QString currentScreen() const;
    QWidget *screenWidget(const QString &id) const { return m_screens.value(id); }

    void showStartupProblems(const QStringList &problems);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    struct ScreenEntry
    {
        QString id;
        QString title;
        QString icon;
        std::function<QWidget *()> create;
    };

    void buildMenus();
    void showAbout();
    void showShortcuts();
    int indexOf(const QString &id) const;

    ContentStore &m_content;
    LearnerStore &m_learner;
    Settings &m_settings;
    QList<ScreenEntry> m_entries;
    QHash<QString, QWidget *> m_screens;
    QListWidget *m_nav = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace crossroads::ui
