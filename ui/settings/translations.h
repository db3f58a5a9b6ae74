// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace crossroads::ui {

struct LanguageOption
{
    QString code; // "en", "hi", ...
    QString name; // in its own language, with the English name: "हिन्दी (Hindi)"
};

// Finds and loads the UI translations (crossroads_<code>.qm). They are looked up in the
// resources first (qt_add_translations embeds them under :/i18n) and then next to the
// installed content, <prefix>/share/crossroads/translations, so a build tree and an installed
// package behave the same.
class Translations final
{
public:
    static QStringList searchPaths(const QString &applicationDir);
    // English (the source language) first, then every language a translation exists for.
    static QList<LanguageOption> available(const QString &applicationDir);
    // Installs the translation for language, or for the system locale when language is empty,
    // with Qt's own for the same language. Returns the language code loaded, empty for none.
    static QString install(QCoreApplication &app, const QString &language, const QString &applicationDir);
};

} // namespace crossroads::ui
