// SPDX-License-Identifier: MIT
#pragma once

#include <QLockFile>
#include <QObject>
#include <QString>

#include <memory>

class QLocalServer;
class QWidget;

namespace crossroads::ui {

// One Crossroads window per user and display. The first GUI process claims a lock file and
// listens on a local socket next to it; a second launch finds the lock taken, asks the first
// (over the socket) to bring its window forward and exits instead of opening a rival window
// on the same databases. The CLI never gets here, so a command is never blocked by a window.
//
// The lock, not the socket, decides who is first: QLockFile notices a holder that died (its
// PID is gone), so a crash never leaves the app unable to start; the socket file a crashed
// instance left behind is removed by whoever claims the lock next.
class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    // basePath: a path prefix the lock (".lock") and socket (".socket") are made from; it must
    // be private to the user (defaultBasePath() is in the user's runtime folder).
    explicit SingleInstance(const QString &basePath, QObject *parent = nullptr);
    ~SingleInstance() override;

    // <runtime dir>/<app id>-<display>: per user (the runtime dir is theirs alone) and per
    // display, because a window on another display cannot be brought forward on this one.
    static QString defaultBasePath();

    // True when this process is now the primary instance (and listens for activations).
    bool claim();
    bool isPrimary() const { return m_server != nullptr; }

    // From a second process: asks the primary to show its window. True when it answered
    // within timeoutMs.
    bool activatePrimary(int timeoutMs = 3000);

    // Shows, raises and activates a window, restoring it when minimised.
    static void bringForward(QWidget &window);

    QString socketPath() const { return m_basePath + QStringLiteral(".socket"); }
    QString lockPath() const { return m_basePath + QStringLiteral(".lock"); }

signals:
    // Another launch asked for the window; show, raise and activate it.
    void activationRequested();

private:
    void serve();

    QString m_basePath;
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer *m_server = nullptr;
};

} // namespace crossroads::ui
