// SPDX-License-Identifier: MIT
#include "settings.h"

#include "learnerstore.h"

#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcSettings, "crossroads.settings")

namespace crossroads {

enum class Settings::Key {
    Version,
    WindowGeometry,
    WindowState,
    LastScreen,
    Theme,
    FontScale,
    Language,
    PythonInterpreter,
    BackupFrequency,
    BackupsToKeep,
};

namespace {

struct Definition
{
    const char *name;
    QVariant fallback;
};

// The table: stored name and default of every key, in Settings::Key order. Names are stored
// in learner databases, so a shipped name is never changed here; migrate() renames instead.
const Definition &definition(int key)
{
    static const Definition table[] = {
        {"settings_version", 0},
        {"window/geometry", QByteArray()},
        {"window/state", QByteArray()},
        {"window/last_screen", QStringLiteral("home")},
        {"appearance/theme", QStringLiteral("system")},
        {"appearance/font_scale", Settings::DefaultFontScale},
        {"appearance/language", QString()},
        {"python/interpreter", QString()},
        {"backup/frequency", QStringLiteral("daily")},
        {"backup/keep", 7},
    };
    return table[key];
}

// Each step moves the stored layout from version N to N+1; never edit a shipped step, only
// append. Version 1 is the first layout, so there is nothing to convert yet.
constexpr int SettingsVersion = 1;

constexpr Settings::BackupFrequency AllFrequencies[] = {
    Settings::BackupFrequency::Never, Settings::BackupFrequency::Daily, Settings::BackupFrequency::Weekly,
    Settings::BackupFrequency::Monthly};

} // namespace

Settings::Settings(LearnerStore &store, QObject *parent) : QObject(parent), m_store(store) {}

int Settings::currentVersion()
{
    return SettingsVersion;
}

int Settings::storedVersion() const
{
    return value(Key::Version).toInt();
}

void Settings::migrate()
{
    if (m_store.isReadOnly())
        return;
    const int version = storedVersion();
    if (version > SettingsVersion) {
        qCInfo(lcSettings) << "settings layout" << version << "is newer than" << SettingsVersion
                           << "; left as it is";
        return;
    }
    if (version < SettingsVersion)
        setValue(Key::Version, SettingsVersion);
}

QVariant Settings::value(Key key) const
{
    const auto unsaved = m_unsaved.constFind(static_cast<int>(key));
    if (unsaved != m_unsaved.constEnd())
        return *unsaved;
    const Definition &d = definition(static_cast<int>(key));
    const QVariant v = m_store.setting(QString::fromLatin1(d.name));
    return v.isValid() && !v.isNull() ? v : d.fallback;
}

bool Settings::setValue(Key key, const QVariant &value)
{
    if (this->value(key) == value)
        return false;
    // A read-only store (from a newer version) or a failed write still changes the setting for
    // this session; it is only not kept.
    const Definition &d = definition(static_cast<int>(key));
    if (m_store.isReadOnly() || !m_store.setSetting(QString::fromLatin1(d.name), value)) {
        if (!m_store.isReadOnly())
            qCWarning(lcSettings) << "cannot save setting" << d.name << m_store.errorString();
        m_unsaved.insert(static_cast<int>(key), value);
    } else {
        m_unsaved.remove(static_cast<int>(key));
    }
    return true;
}

QByteArray Settings::windowGeometry() const
{
    return value(Key::WindowGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    setValue(Key::WindowGeometry, geometry);
}

QByteArray Settings::windowState() const
{
    return value(Key::WindowState).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    setValue(Key::WindowState, state);
}

QString Settings::lastScreen() const
{
    return value(Key::LastScreen).toString();
}

void Settings::setLastScreen(const QString &screen)
{
    setValue(Key::LastScreen, screen);
}

QStringList Settings::themes()
{
    return {QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark")};
}

QString Settings::theme() const
{
    const QString t = value(Key::Theme).toString();
    return themes().contains(t) ? t : themes().constFirst();
}

void Settings::setTheme(const QString &theme)
{
    if (!themes().contains(theme)) {
        qCWarning(lcSettings) << "ignoring unknown theme" << theme;
        return;
    }
    if (setValue(Key::Theme, theme))
        emit themeChanged(theme);
}

int Settings::fontScale() const
{
    bool ok = false;
    const int v = value(Key::FontScale).toInt(&ok);
    return ok ? std::clamp(v, MinFontScale, MaxFontScale) : DefaultFontScale;
}

void Settings::setFontScale(int percent)
{
    percent = std::clamp(percent, MinFontScale, MaxFontScale);
    if (setValue(Key::FontScale, percent))
        emit fontScaleChanged(percent);
}

QString Settings::language() const
{
    return value(Key::Language).toString();
}

void Settings::setLanguage(const QString &language)
{
    if (setValue(Key::Language, language))
        emit languageChanged(language);
}

QString Settings::pythonInterpreter() const
{
    return value(Key::PythonInterpreter).toString();
}

void Settings::setPythonInterpreter(const QString &path)
{
    if (setValue(Key::PythonInterpreter, path))
        emit pythonInterpreterChanged(path);
}

QString Settings::backupFrequencyName(BackupFrequency frequency)
{
    switch (frequency) {
    case BackupFrequency::Never:
        return QStringLiteral("never");
    case BackupFrequency::Daily:
        return QStringLiteral("daily");
    case BackupFrequency::Weekly:
        return QStringLiteral("weekly");
    case BackupFrequency::Monthly:
        return QStringLiteral("monthly");
    }
    return QStringLiteral("daily");
}

Settings::BackupFrequency Settings::backupFrequency() const
{
    const QString name = value(Key::BackupFrequency).toString();
    for (BackupFrequency f : AllFrequencies)
        if (backupFrequencyName(f) == name)
            return f;
    return BackupFrequency::Daily;
}

void Settings::setBackupFrequency(BackupFrequency frequency)
{
    if (setValue(Key::BackupFrequency, backupFrequencyName(frequency)))
        emit backupChanged();
}

int Settings::backupsToKeep() const
{
    bool ok = false;
    const int v = value(Key::BackupsToKeep).toInt(&ok);
    return ok ? std::clamp(v, MinBackupsToKeep, MaxBackupsToKeep)
              : definition(static_cast<int>(Key::BackupsToKeep)).fallback.toInt();
}

void Settings::setBackupsToKeep(int count)
{
    if (setValue(Key::BackupsToKeep, std::clamp(count, MinBackupsToKeep, MaxBackupsToKeep)))
        emit backupChanged();
}

} // namespace crossroads
