// SPDX-License-Identifier: MIT
#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

#include <algorithm>

Q_LOGGING_CATEGORY(lcTranslations, "crossroads.translations")

namespace crossroads::ui {

namespace {
const QString Prefix = QStringLiteral("crossroads_");

QString displayName(const QString &code)
{
    const QLocale locale(code);
    const QString english = QLocale::languageToString(locale.language());
    const QString native = locale.nativeLanguageName();
    return native.isEmpty() || native == english ? english : QStringLiteral("%1 (%2)").arg(native, english);
}
} // namespace

QStringList Translations::searchPaths(const QString &applicationDir)
{
    return {QStringLiteral(":/i18n"),
            QDir::cleanPath(applicationDir + QStringLiteral("/../share/crossroads/translations"))};
}

QList<LanguageOption> Translations::available(const QString &applicationDir)
{
    QList<LanguageOption> out{{QStringLiteral("en"), displayName(QStringLiteral("en"))}};
    for (const QString &path : searchPaths(applicationDir)) {
        const QStringList files =
            QDir(path).entryList({Prefix + QStringLiteral("*.qm")}, QDir::Files, QDir::Name);
        for (const QString &file : files) {
            const QString code = file.mid(Prefix.size()).chopped(3);
            const bool known = std::any_of(out.cbegin(), out.cend(),
                                           [&code](const LanguageOption &o) { return o.code == code; });
            if (!code.isEmpty() && !known)
                out.append({code, displayName(code)});
        }
    }
    return out;
}

QString Translations::install(QCoreApplication &app, const QString &language, const QString &applicationDir)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    for (const QString &path : searchPaths(applicationDir)) {
        auto *own = new QTranslator(&app);
        if (!own->load(locale, QStringLiteral("crossroads"), QStringLiteral("_"), path)) {
            delete own;
            continue;
        }
        QCoreApplication::installTranslator(own);
        qCInfo(lcTranslations) << "loaded" << own->filePath();
        // Qt's own strings (standard buttons) only in the same language, never a mix of two.
        auto *qt = new QTranslator(&app);
        if (qt->load(QLocale(own->language()), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        else
            delete qt;
        return own->language();
    }
    qCDebug(lcTranslations) << "no translation for" << locale.uiLanguages() << "; using English";
    return {};
}

} // namespace crossroads::ui
