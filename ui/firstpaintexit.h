// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>

class QWidget;

namespace crossroads::ui {

// `crossroads --quit-after-first-paint`: quits as soon as the main window has painted once,
// reporting how long that took on stderr. Packaging tests use it to prove an installed build
// really starts its GUI; the exit code is 1 when the app started with problems (such as a
// missing content database), so a half-working install cannot pass.
class FirstPaintExit final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstPaintExit)

public:
    static QString option() { return QStringLiteral("--quit-after-first-paint"); }

    FirstPaintExit(QWidget &window, const QStringList &problems, QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget &m_window;
    QStringList m_problems;
    QElapsedTimer m_clock;
    bool m_done = false;
};

} // namespace crossroads::ui
