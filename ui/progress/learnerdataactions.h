// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QStringList>

#include <functional>

class QAction;
class QWidget;

namespace crossroads {
class LearnerBackup;
class LearnerStore;
class Settings;
} // namespace crossroads

namespace crossroads::ui {

// The learner's data as a whole: export, import, automatic backups and restoring one. The File
// menu and the Progress screen share one instance, so both show the same flows. Dialogs open
// with open(), never exec(); tests answer them through setNextFileAnswer().
class LearnerDataActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LearnerDataActions)

public:
    LearnerDataActions(LearnerStore &store, Settings &settings, QWidget *window);
    ~LearnerDataActions() override;

    QAction *exportAction() const { return m_export; }
    QAction *importAction() const { return m_import; }
    QAction *restoreAction() const { return m_restore; }
    LearnerBackup &backup() const { return *m_backup; }

    // Backs up now (unless nothing changed since the last backup) and every 30 minutes of use,
    // keeping as many as Settings says; "Never" in Settings turns this off.
    void startAutomaticBackups();

    // For tests: the next file dialog is not shown and answers with path ("" = cancelled).
    void setNextFileAnswer(const QString &path);

public slots:
    void exportData();
    void importData();
    void restoreBackup();

signals:
    // What happened, in a sentence for the status bar.
    void message(const QString &text);
    // An export or import finished (or was refused); text is the summary or the error.
    void finished(bool ok, const QString &text);

private:
    void askForFile(bool save, const std::function<void(const QString &)> &then);
    void applySettings();
    void report(bool ok, const QString &title, const QString &text, const QString &details = QString());

    LearnerStore &m_store;
    Settings &m_settings;
    QWidget *m_window;
    LearnerBackup *m_backup = nullptr;
    QAction *m_export = nullptr;
    QAction *m_import = nullptr;
    QAction *m_restore = nullptr;
    QStringList m_answers;
};

} // namespace crossroads::ui
