// SPDX-License-Identifier: MIT
#include "gui.h"

#include "content/contentstore.h"
#include "firstpaintexit.h"
#include "learner/learnerstore.h"
#include "learner/settings.h"
#include "settings/translations.h"
#include "shell/mainwindow.h"
#include "shell/singleinstance.h"
#include "version.h"
#include "web/webprofile.h"

#include <QApplication>
#include <QFile>
#include <QIcon>
#include <QMessageBox>

namespace crossroads::ui {

int runGui(int &argc, char **argv)
{
    // QtWebEngine only accepts custom schemes registered before the application exists.
    WebProfile::registerScheme();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("crossroads"));
    QApplication::setOrganizationName(QStringLiteral("crossroads"));
    QApplication::setApplicationDisplayName(QStringLiteral("Crossroads"));
    QApplication::setApplicationVersion(QStringLiteral(CROSSROADS_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(CROSSROADS_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/crossroads/icons/crossroads.svg")));
    // A second launch brings the first window forward instead of opening a rival on the same
    // databases. The first-paint probe must really start, so it never defers.
    SingleInstance instance(SingleInstance::defaultBasePath());
    if (!QApplication::arguments().contains(FirstPaintExit::option()) && !instance.claim() &&
        instance.activatePrimary())
        return 0;
    QFile style(QStringLiteral(":/crossroads/ui/app.qss"));
    if (style.open(QIODevice::ReadOnly))
        app.setStyleSheet(QString::fromUtf8(style.readAll()));

    ContentStore content;
    QStringList problems;
    if (!content.open(ContentStore::defaultPath(QApplication::applicationDirPath())))
        problems.append(content.errorString());

    LearnerStore learner;
    if (!learner.open(LearnerStore::defaultPath())) {
        problems.append(learner.errorString() +
                        QApplication::translate("crossroads",
                                                "\nYour progress will not be saved in this session; "
                                                "the file was left untouched."));
        // Keep the app usable on a private in-memory database rather than refusing to start.
        learner.open(QStringLiteral(":memory:"));
    } else if (learner.isReadOnly()) {
        problems.append(learner.errorString());
    }
    Settings settings(learner);
    settings.migrate();
    // Before any widget exists, so every tr() already sees the learner's language.
    Translations::install(app, settings.language(), QApplication::applicationDirPath());

    MainWindow window(content, learner, settings);
    window.show();
    QObject::connect(&instance, &SingleInstance::activationRequested, &window,
                     [&window] { SingleInstance::bringForward(window); });
    if (!problems.isEmpty())
        window.showStartupProblems(problems);
    if (QApplication::arguments().contains(FirstPaintExit::option()))
        new FirstPaintExit(window, problems, &app);
    return app.exec();
}

} // namespace crossroads::ui
