// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QUrl>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace crossroads {
class Settings;
struct PythonInfo;
} // namespace crossroads

namespace crossroads::ui {

// Edit -> Settings: every control writes to Settings as soon as it changes, and the rest of the
// app follows the change (the theme and text size at once, the language on the next start).
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    // dataFile is the learner database; its folder is what "Open folder" shows.
    SettingsDialog(Settings &settings, const QString &dataFile, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // How "Open folder" opens a URL; QDesktopServices by default, replaceable for tests.
    void setUrlOpener(std::function<bool(const QUrl &)> opener) { m_openUrl = std::move(opener); }

    void done(int result) override;

signals:
    // The Test button's probe finished; the result is also shown in the dialog.
    void pythonTested(bool usable);

private:
    void testPython();
    void showPythonResult(const PythonInfo &info, const QString &requested);
    void choosePython();
    void savePython();
    void openDataFolder();

    Settings &m_settings;
    QString m_dataDir;
    std::function<bool(const QUrl &)> m_openUrl;
    QComboBox *m_theme = nullptr;
    QSpinBox *m_fontScale = nullptr;
    QComboBox *m_language = nullptr;
    QLineEdit *m_python = nullptr;
    QPushButton *m_pythonTest = nullptr;
    QLabel *m_pythonResult = nullptr;
    QComboBox *m_backupFrequency = nullptr;
    QSpinBox *m_backupsToKeep = nullptr;
    QLabel *m_dataStatus = nullptr;
};

} // namespace crossroads::ui
