// SPDX-License-Identifier: MIT
// One window per user and display: a second launch brings the first forward and exits, a
// crashed first instance never blocks the next, and the CLI is never held up by a window.
#include "shell/singleinstance.h"
#include "testconfig.h"
#include "version.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLockFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <future>

using crossroads::ui::SingleInstance;

namespace {

// Runs activatePrimary() on another thread: the primary in this thread must keep its event
// loop turning to answer, exactly as it would in a separate process.
std::future<bool> activateFromAnotherThread(const QString &base, int timeoutMs)
{
    return std::async(std::launch::async, [base, timeoutMs] {
        SingleInstance second(base);
        return second.activatePrimary(timeoutMs);
    });
}

bool waitFor(std::future<bool> &f)
{
    const auto ready = [&] {
        return f.wait_for(std::chrono::milliseconds(0)) == std::future_status::ready;
    };
    return QTest::qWaitFor(ready, 20000) && f.get();
}

} // namespace

class TestSingleInstance final : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_tmp;
    QString base() const { return m_tmp->path() + QStringLiteral("/crossroads-test"); }

    QProcessEnvironment isolatedEnvironment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const QString root = m_tmp->path();
        for (const char *dir : {"home", "data", "config", "cache", "run"})
            QDir().mkpath(root + u'/' + QLatin1String(dir));
        QFile::setPermissions(root + QStringLiteral("/run"),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        env.insert(QStringLiteral("HOME"), root + QStringLiteral("/home"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), root + QStringLiteral("/data"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), root + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), root + QStringLiteral("/cache"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), root + QStringLiteral("/run"));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("crossroads.instance.info=true"));
        env.insert(QStringLiteral("QTWEBENGINE_DISABLE_SANDBOX"), QStringLiteral("1"));
        return env;
    }

    QString runtimeSocket() const
    {
        const QStringList sockets = QDir(m_tmp->path() + QStringLiteral("/run"))
                                        .entryList({QStringLiteral("*.socket")}, QDir::System);
        return sockets.isEmpty() ? QString() : m_tmp->path() + QStringLiteral("/run/") + sockets.first();
    }

private slots:
    void init()
    {
        m_tmp = std::make_unique<QTemporaryDir>();
        QVERIFY(m_tmp->isValid());
    }

    void secondInstanceActivatesTheFirst()
    {
        SingleInstance first(base());
        QVERIFY(first.claim());
        QVERIFY(first.isPrimary());
        QVERIFY(QFileInfo::exists(first.socketPath()));

        SingleInstance rival(base());
        QVERIFY(!rival.claim());
        QVERIFY(!rival.isPrimary());

        QSignalSpy activated(&first, &SingleInstance::activationRequested);
        auto answered = activateFromAnotherThread(base(), 10000);
        QVERIFY(waitFor(answered));
        QCOMPARE(activated.size(), 1);
    }

    void releasedWhenTheFirstCloses()
    {
        {
            SingleInstance first(base());
            QVERIFY(first.claim());
        }
        QVERIFY(!QFileInfo::exists(base() + QStringLiteral(".socket")));
        SingleInstance next(base());
        QVERIFY(next.claim());
    }

    void leftoverSocketFileIsReplaced()
    {
        // A crashed primary leaves its socket file; the next primary must still listen.
        QFile stale(base() + QStringLiteral(".socket"));
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.write("left behind");
        stale.close();
        SingleInstance first(base());
        QVERIFY(first.claim());
        QSignalSpy activated(&first, &SingleInstance::activationRequested);
        auto answered = activateFromAnotherThread(base(), 10000);
        QVERIFY(waitFor(answered));
        QCOMPARE(activated.size(), 1);
    }

    void lockOfADeadProcessIsStale()
    {
        // The lock file a killed primary left, naming a process that no longer exists.
        QProcess gone;
        gone.start(QStringLiteral("true"), {});
        QVERIFY(gone.waitForFinished());
        const qint64 deadPid = gone.processId() ? gone.processId() : 999999;
        QFile lock(base() + QStringLiteral(".lock"));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write(QByteArray::number(deadPid) + '\n' + QCoreApplication::applicationName().toUtf8() + '\n' +
                   QSysInfo::machineHostName().toUtf8() + '\n');
        lock.close();
        SingleInstance next(base());
        QVERIFY(next.claim());
    }

    void silentPrimaryDoesNotHangALaunch()
    {
        // Holding the lock without answering (hung, or still starting): the launch gives up in
        // time and runGui opens its own window rather than leaving the learner with nothing.
        QLockFile holder(base() + QStringLiteral(".lock"));
        QVERIFY(holder.tryLock(0));
        SingleInstance launch(base());
        QVERIFY(!launch.claim());
        QElapsedTimer clock;
        clock.start();
        QVERIFY(!launch.activatePrimary(800));
        QVERIFY(clock.elapsed() < 5000);
    }

    void defaultPathIsPerUserAndDisplay()
    {
        const QString path = SingleInstance::defaultBasePath();
        QVERIFY(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation) + u'/'));
        QVERIFY(path.contains(QStringLiteral(CROSSROADS_APP_ID)));
        QVERIFY(!QFileInfo(path).fileName().contains(u':'));
        // sun_path holds 108 bytes; the socket path must fit.
        QVERIFY(QFile::encodeName(path + QStringLiteral(".socket")).size() < 108);
    }

    // The real executable, twice, plus the CLI while a window is open.
    void secondLaunchOfTheAppExits()
    {
        const QProcessEnvironment env = isolatedEnvironment();
        QProcess first;
        first.setProcessEnvironment(env);
        first.start(QStringLiteral(CROSSROADS_EXECUTABLE), {});
        QVERIFY(first.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(!runtimeSocket().isEmpty(), 60000);

        QProcess second;
        second.setProcessEnvironment(env);
        QElapsedTimer clock;
        clock.start();
        second.start(QStringLiteral(CROSSROADS_EXECUTABLE), {});
        QVERIFY(second.waitForFinished(60000));
        const QString secondErr = QString::fromUtf8(second.readAllStandardError());
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QVERIFY2(second.exitCode() == 0, qPrintable(secondErr));
        QVERIFY2(secondErr.contains(QStringLiteral("already running")), qPrintable(secondErr));
        qInfo() << "second launch handed over and exited in" << clock.elapsed() << "ms";
        QCOMPARE(first.state(), QProcess::Running);
        QString firstErr;
        const bool activated = QTest::qWaitFor(
            [&] {
                firstErr += QString::fromUtf8(first.readAllStandardError());
                return firstErr.contains(QStringLiteral("activation requested"));
            },
            10000);
        QVERIFY2(activated, qPrintable(firstErr));

        // A command runs beside the open window and is never blocked by it.
        QProcess cli;
        cli.setProcessEnvironment(env);
        clock.restart();
        cli.start(QStringLiteral(CROSSROADS_EXECUTABLE),
                  {QStringLiteral("content"), QStringLiteral("list"), QStringLiteral("--packs"),
                   m_tmp->path() + QStringLiteral("/packs")});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        QVERIFY(cli.readAllStandardOutput().contains("no content packs installed"));
        qInfo() << "CLI beside the window finished in" << clock.elapsed() << "ms";

        // Killed without a chance to clean up: the next launch must become the primary.
        first.kill();
        QVERIFY(first.waitForFinished(10000));
        QProcess third;
        third.setProcessEnvironment(env);
        third.start(QStringLiteral(CROSSROADS_EXECUTABLE), {});
        QVERIFY(third.waitForStarted());
        QVERIFY2(!third.waitForFinished(8000), qPrintable(QString::fromUtf8(third.readAllStandardError())));
        QVERIFY(!QString::fromUtf8(third.readAllStandardError()).contains(QStringLiteral("already running")));
        third.kill();
        QVERIFY(third.waitForFinished(10000));
    }
};

QTEST_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
