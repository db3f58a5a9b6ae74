// SPDX-License-Identifier: MIT
#include "singleinstance.h"

#include "version.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QThread>
#include <QWidget>

#include <algorithm>

namespace crossroads::ui {

Q_LOGGING_CATEGORY(lcInstance, "crossroads.instance")

namespace {

const QByteArray Request = QByteArrayLiteral("activate\n");
const QByteArray Reply = QByteArrayLiteral("ok\n");

} // namespace

SingleInstance::SingleInstance(const QString &basePath, QObject *parent)
    : QObject(parent), m_basePath(basePath)
{}

SingleInstance::~SingleInstance()
{
    if (m_server) {
        m_server->close();
        QLocalServer::removeServer(socketPath());
    }
}

QString SingleInstance::defaultBasePath()
{
    QString display = qEnvironmentVariable("WAYLAND_DISPLAY");
    if (display.isEmpty())
        display = qEnvironmentVariable("DISPLAY");
    if (display.isEmpty())
        display = QGuiApplication::platformName();
    display.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    return QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation) + u'/' +
           QStringLiteral(CROSSROADS_APP_ID) + u'-' + display;
}

bool SingleInstance::claim()
{
    if (m_server)
        return true;
    QDir().mkpath(QFileInfo(m_basePath).absolutePath());
    m_lock = std::make_unique<QLockFile>(lockPath());
    // 0: never stale by age, only when its process is gone; a window open for days is still
    // the primary.
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(0)) {
        qCInfo(lcInstance) << "another instance holds" << lockPath();
        m_lock.reset();
        return false;
    }
    // A socket file left by a crashed primary would make listen() fail.
    QLocalServer::removeServer(socketPath());
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(socketPath()))
        // Still the primary (the lock says so); a second launch will just open its own window.
        qCWarning(lcInstance) << "cannot listen on" << socketPath() << ':' << m_server->errorString();
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::serve);
    return true;
}

void SingleInstance::serve()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            // Only one short request exists; anything else is dropped without an answer.
            if (socket->bytesAvailable() < Request.size() && socket->bytesAvailable() < 64)
                return;
            const QByteArray line = socket->read(64);
            if (line == Request) {
                qCInfo(lcInstance) << "activation requested by another launch";
                socket->write(Reply);
                socket->flush();
                emit activationRequested();
            }
            socket->disconnectFromServer();
        });
    }
}

bool SingleInstance::activatePrimary(int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    // The primary takes its lock a moment before it listens, so a launch that races it retries.
    while (clock.elapsed() < timeoutMs) {
        QLocalSocket socket;
        socket.connectToServer(socketPath());
        if (socket.waitForConnected(int(std::max<qint64>(1, timeoutMs - clock.elapsed())))) {
            socket.write(Request);
            const int left = int(std::max<qint64>(1, timeoutMs - clock.elapsed()));
            if (socket.waitForBytesWritten(left) && socket.waitForReadyRead(left) &&
                socket.readAll().startsWith(Reply)) {
                qCInfo(lcInstance) << "Crossroads is already running; brought its window forward";
                return true;
            }
            return false;
        }
        QThread::msleep(100);
    }
    qCWarning(lcInstance) << "the running instance did not answer within" << timeoutMs << "ms";
    return false;
}

void SingleInstance::bringForward(QWidget &window)
{
    if (window.isMinimized())
        window.showNormal();
    window.show();
    window.raise();
    window.activateWindow();
}

} // namespace crossroads::ui
