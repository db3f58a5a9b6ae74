// SPDX-License-Identifier: MIT
#include "settings.h"

#include "learnerstore.h"

namespace crossroads {

namespace {
constexpr int SettingsVersion = 1;
}

Settings::Settings(LearnerStore &store) : m_store(store) {}

void Settings::migrate()
{
    if (m_store.isReadOnly())
        return;
    const int version = value("settings_version", 0).toInt();
    // Version 1 is the first layout; later versions rename or convert keys here, in order.
    if (version < SettingsVersion)
        setValue("settings_version", SettingsVersion);
}

QVariant Settings::value(const char *key, const QVariant &fallback) const
{
    const QVariant v = m_store.setting(QString::fromLatin1(key));
    return v.isValid() && !v.isNull() ? v : fallback;
}

void Settings::setValue(const char *key, const QVariant &value)
{
    // A read-only store (from a newer version) keeps working; only the setting is not kept.
    if (!m_store.isReadOnly())
        m_store.setSetting(QString::fromLatin1(key), value);
}

QByteArray Settings::windowGeometry() const
{
    return value("window/geometry", QByteArray()).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    setValue("window/geometry", geometry);
}

QByteArray Settings::windowState() const
{
    return value("window/state", QByteArray()).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    setValue("window/state", state);
}

QString Settings::lastScreen() const
{
    return value("window/last_screen", QStringLiteral("home")).toString();
}

void Settings::setLastScreen(const QString &screen)
{
    setValue("window/last_screen", screen);
}

QString Settings::pythonInterpreter() const
{
    return value("python/interpreter", QString()).toString();
}

void Settings::setPythonInterpreter(const QString &path)
{
    setValue("python/interpreter", path);
}

QString Settings::theme() const
{
    return value("appearance/theme", QStringLiteral("system")).toString();
}

void Settings::setTheme(const QString &theme)
{
    setValue("appearance/theme", theme);
}

} // namespace crossroads
