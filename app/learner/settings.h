// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

namespace crossroads {

class LearnerStore;

// Every setting in one typed table with its default, stored in the learner database. Keys
// are private to this class, so a misspelt key is a compile error rather than a lost setting.
class Settings final
{
public:
    explicit Settings(LearnerStore &store);

    // Brings stored settings to the current layout; called once after the store opens.
    void migrate();

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QString lastScreen() const;
    void setLastScreen(const QString &screen);
    QString pythonInterpreter() const; // empty = find one automatically
    void setPythonInterpreter(const QString &path);
    QString theme() const; // system, light or dark
    void setTheme(const QString &theme);

private:
    QVariant value(const char *key, const QVariant &fallback) const;
    void setValue(const char *key, const QVariant &value);

    LearnerStore &m_store;
};

} // namespace crossroads
