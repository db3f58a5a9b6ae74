// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace crossroads {

class LearnerStore;

// Every setting in one typed table with its default, stored in the learner database. Keys
// are private to this class, so a misspelt key is a compile error rather than a lost setting.
// Setters keep values in range and emit a signal only when the stored value really changes, so
// the widgets, the web views and the backup scheduler can follow a setting without polling.
class Settings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Settings)

public:
    enum class BackupFrequency { Never, Daily, Weekly, Monthly };
    Q_ENUM(BackupFrequency)

    static constexpr int DefaultFontScale = 100;
    static constexpr int MinFontScale = 50;
    static constexpr int MaxFontScale = 200;
    static constexpr int MinBackupsToKeep = 1;
    static constexpr int MaxBackupsToKeep = 100;

    explicit Settings(LearnerStore &store, QObject *parent = nullptr);

    // The layout version migrate() brings stored settings to.
    static int currentVersion();
    // Brings stored settings to the current layout; called once after the store opens. A
    // layout from a newer Crossroads is left as it is.
    void migrate();
    int storedVersion() const;

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QString lastScreen() const;
    void setLastScreen(const QString &screen);

    // "system", "light" or "dark"; anything else is ignored by the setter and read as "system".
    static QStringList themes();
    QString theme() const;
    void setTheme(const QString &theme);

    // Text size in percent of the system font, for widgets and web content alike.
    int fontScale() const;
    void setFontScale(int percent); // clamped to [MinFontScale, MaxFontScale]

    // A translation's language code such as "hi"; empty follows the system locale.
    QString language() const;
    void setLanguage(const QString &language);

    QString pythonInterpreter() const; // empty = find one automatically
    void setPythonInterpreter(const QString &path);

    static QString backupFrequencyName(BackupFrequency frequency); // "never", "daily", ...
    BackupFrequency backupFrequency() const;
    void setBackupFrequency(BackupFrequency frequency);
    int backupsToKeep() const;
    void setBackupsToKeep(int count); // clamped to [MinBackupsToKeep, MaxBackupsToKeep]

signals:
    void themeChanged(const QString &theme);
    void fontScaleChanged(int percent);
    void languageChanged(const QString &language);
    void pythonInterpreterChanged(const QString &path);
    void backupChanged();

private:
    enum class Key;
    QVariant value(Key key) const;
    // Returns true when the value changed.
    bool setValue(Key key, const QVariant &value);

    LearnerStore &m_store;
    // Values the store could not keep (read-only or a failed write), so the session still follows them.
    QHash<int, QVariant> m_unsaved;
};

} // namespace crossroads
