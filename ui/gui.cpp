// SPDX-License-Identifier: MIT
#include "gui.h"

#include "content/contentstore.h"
#include "learner/learnerstore.h"
#include "learner/settings.h"
#include "shell/mainwindow.h"
#include "version.h"

#include <QApplication>
#include <QFile>
#include <QIcon>
#include <QMessageBox>

namespace crossroads::ui {

int runGui(int &argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("crossroads"));
    QApplication::setOrganizationName(QStringLiteral("crossroads"));
    QApplication::setApplicationDisplayName(QStringLiteral("Crossroads"));
    QApplication::setApplicationVersion(QStringLiteral(CROSSROADS_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(CROSSROADS_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/crossroads/icons/crossroads.svg")));
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

    MainWindow window(content, learner, settings);
    window.show();
    if (!problems.isEmpty())
        window.showStartupProblems(problems);
    return app.exec();
}

} // namespace crossroads::ui
