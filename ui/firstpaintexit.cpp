// SPDX-License-Identifier: MIT
#include "firstpaintexit.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace crossroads::ui {

FirstPaintExit::FirstPaintExit(QWidget &window, const QStringList &problems, QObject *parent)
    : QObject(parent), m_window(window), m_problems(problems)
{
    m_clock.start();
    // Paint events go to whichever widget is drawn, so watch them all and keep the window's.
    QCoreApplication::instance()->installEventFilter(this);
}

bool FirstPaintExit::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_done && event->type() == QEvent::Paint && watched->isWidgetType()) {
        auto *widget = static_cast<QWidget *>(watched);
        if (widget->window() == &m_window) {
            m_done = true;
            const QString line =
                QStringLiteral("crossroads: first paint after %1 ms (counted from show()), window \"%2\"\n")
                    .arg(m_clock.elapsed())
                    .arg(m_window.windowTitle());
            std::fputs(line.toUtf8().constData(), stderr);
            for (const QString &problem : std::as_const(m_problems))
                std::fprintf(stderr, "crossroads: started with a problem: %s\n",
                             problem.toUtf8().constData());
            const int code = m_problems.isEmpty() ? 0 : 1;
            // Queued, so the paint in progress completes and reaches the screen first.
            QTimer::singleShot(0, QCoreApplication::instance(), [code] { QCoreApplication::exit(code); });
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace crossroads::ui
