// SPDX-License-Identifier: MIT
// The exercise checker against a real interpreter: verdicts, learner-facing messages, and the
// guards that stop code which hangs, floods the output, reaches for the network or spawns
// children.
#include "exercises/exercisechecker.h"
#include "samples/pythonlocator.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <signal.h>
#endif

using namespace crossroads;

namespace {

// A one-file Python exercise: the learner writes task.py, one check calls run() from it.
Exercise exercise(const QByteArray &checks = QByteArray(),
                  const QStringList &names = {QStringLiteral("check_run")})
{
    Exercise e;
    e.info.id = QStringLiteral("guard-test");
    e.info.title = QStringLiteral("Guard test");
    e.info.framework = QStringLiteral("python");
    e.files.append({QStringLiteral("task.py"), ExerciseFileMode::Edit, "def run():\n    return 0\n",
                    "def run():\n    return 42\n", true});
    e.checksSource = checks.isEmpty()
                         ? QByteArray("from crossroads_exercise import learner_module\n\n\n"
                                      "def check_run():\n"
                                      "    got = learner_module('task').run()\n"
                                      "    assert got == 42, 'run() returned %r; expected 42.' % (got,)\n")
                         : checks;
    for (const QString &n : names)
        e.checks.append({n, QStringLiteral("Check ") + n});
    return e;
}

QMap<QString, QString> task(const QString &code)
{
    return {{QStringLiteral("task.py"), code}};
}

} // namespace

class TestExerciseChecker : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void verdicts_data();
    void verdicts();
    void reportsEachCheckAsItRuns();
    void hangIsStoppedPerCheck();
    void hangThatSwallowsTheTimeoutIsKilled();
    void printingMegabytesIsStopped_data();
    void printingMegabytesIsStopped();
    void publicAddressIsRefused_data();
    void publicAddressIsRefused();
    void loopbackIsAllowed();
    void cancelKillsTheProcessGroup();
    void missingModuleIsASetupError();
    void missingInterpreterIsASetupError();
    void learnerCannotReplaceTheChecks();

private:
    ExerciseRunResult check(const QString &code, const Exercise &e = exercise());
    QString m_python;
};

void TestExerciseChecker::initTestCase()
{
    const PythonInfo info = PythonLocator::find();
    QVERIFY2(info.usable(), qPrintable(info.error));
    m_python = info.executable;
}

ExerciseRunResult TestExerciseChecker::check(const QString &code, const Exercise &e)
{
    ExerciseChecker checker;
    checker.setPython(m_python);
    // Generous: importing Flask alone can take seconds on a busy machine.
    checker.setCheckTimeout(15);
    return checker.run(e, task(code));
}

void TestExerciseChecker::verdicts_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message"); // a part of the learner-facing message

    using S = ExerciseRunResult::Status;
    QTest::newRow("solution") << "def run():\n    return 42\n" << int(S::Passed) << QString();
    QTest::newRow("wrong answer") << "def run():\n    return 7\n"
                                  << int(S::Failed) << "run() returned 7; expected 42.";
    QTest::newRow("syntax error") << "def run(:\n    return 42\n"
                                  << int(S::Failed) << "Python cannot read task.py, line 1";
    QTest::newRow("exception in learner code")
        << "def run():\n    return undefined_name\n"
        << int(S::Failed)
        << "Your code raised NameError: name 'undefined_name' is not defined (task.py, line 2, in run)";
    QTest::newRow("input()") << "def run():\n    return int(input())\n"
                             << int(S::Failed) << "Your code called input()";
    QTest::newRow("exit()") << "import sys\n\ndef run():\n    sys.exit(3)\n"
                            << int(S::Failed) << "Your code called exit() or sys.exit() (code 3)";
    QTest::newRow("assert in learner code is theirs")
        << "def run():\n    assert 1 == 2, 'mine'\n"
        << int(S::Failed) << "Your code raised AssertionError: mine (task.py, line 2, in run)";
}

void TestExerciseChecker::verdicts()
{
    QFETCH(QString, code);
    QFETCH(int, status);
    QFETCH(QString, message);
    const ExerciseRunResult r = check(code);
    QVERIFY2(int(r.status) == status, qPrintable(runStatusName(r.status) + QStringLiteral(": ") + r.message));
    QCOMPARE(r.total(), 1);
    if (message.isEmpty()) {
        QCOMPARE(r.passedCount(), 1);
        QVERIFY(r.message.isEmpty());
    } else {
        QCOMPARE(r.checks.first().state, CheckOutcome::State::Failed);
        QVERIFY2(r.message.contains(message), qPrintable(r.message));
        QCOMPARE(r.checks.first().message, r.message);
    }
    QCOMPARE(r.python, m_python);
}

void TestExerciseChecker::reportsEachCheckAsItRuns()
{
    const QByteArray checks = "from crossroads_exercise import learner_module\n\n\n"
                              "def check_a():\n"
                              "    print('hello from check a')\n\n\n"
                              "def check_b():\n"
                              "    learner_module('task').run()\n"
                              "    assert False, 'b always fails'\n\n\n"
                              "def check_c():\n"
                              "    pass\n";
    const Exercise e =
        exercise(checks, {QStringLiteral("check_a"), QStringLiteral("check_b"), QStringLiteral("check_c")});
    ExerciseChecker checker;
    checker.setPython(m_python);
    QSignalSpy reported(&checker, &ExerciseChecker::checkReported);
    const ExerciseRunResult r =
        checker.run(e, task(QStringLiteral("def run():\n    print('learner says hi')\n")));
    QCOMPARE(reported.count(), 3);
    QCOMPARE(r.status, ExerciseRunResult::Status::Failed);
    QCOMPARE(r.passedCount(), 2);
    QCOMPARE(r.checks.at(0).output, QStringLiteral("hello from check a"));
    QCOMPARE(r.checks.at(1).state, CheckOutcome::State::Failed);
    QCOMPARE(r.message, QStringLiteral("b always fails"));
    // The output of the failing check is the learner's own print.
    QCOMPARE(r.output, QStringLiteral("learner says hi"));
    QCOMPARE(r.checks.at(2).state, CheckOutcome::State::Passed);
    QVERIFY(r.isAttempt());
}

void TestExerciseChecker::hangIsStoppedPerCheck()
{
    ExerciseChecker checker;
    checker.setPython(m_python);
    checker.setCheckTimeout(3);
    checker.setStartupAllowance(0);
    QElapsedTimer timer;
    timer.start();
    const ExerciseRunResult r =
        checker.run(exercise(), task(QStringLiteral("def run():\n    while True:\n        pass\n")));
    QCOMPARE(r.status, ExerciseRunResult::Status::Failed);
    QVERIFY2(r.message.contains(QStringLiteral("did not finish within 3 seconds")), qPrintable(r.message));
    QVERIFY2(r.message.contains(QStringLiteral("loop that never ends")), qPrintable(r.message));
    QVERIFY(timer.elapsed() < 60000);
}

void TestExerciseChecker::hangThatSwallowsTheTimeoutIsKilled()
{
    // A bare except swallows the per-check alarm, so only the overall limit can stop this.
    const QString code =
        QStringLiteral("def run():\n    while True:\n        try:\n            while True:\n"
                       "                pass\n        except BaseException:\n            pass\n");
    ExerciseChecker checker;
    checker.setPython(m_python);
    checker.setCheckTimeout(1);
    checker.setStartupAllowance(0);
    checker.setOverallTimeout(8000);
    QElapsedTimer timer;
    timer.start();
    const ExerciseRunResult r = checker.run(exercise(), task(code));
    QCOMPARE(r.status, ExerciseRunResult::Status::TimedOut);
    QVERIFY2(r.message.contains(QStringLiteral("did not finish within 8 seconds")), qPrintable(r.message));
    QCOMPARE(r.checks.first().state, CheckOutcome::State::NotRun);
    QVERIFY(r.isAttempt());
    QVERIFY(timer.elapsed() < 30000);
}

void TestExerciseChecker::printingMegabytesIsStopped_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    // Through print(): the runner counts it. Straight to the file descriptor: the app counts it.
    QTest::newRow("print in a loop") << "def run():\n    while True:\n        print('spam ' * 200)\n"
                                     << "Your code printed more than 1 MB of text";
    QTest::newRow("os.write in a loop") << "import os\n\ndef run():\n    while True:\n"
                                           "        os.write(1, b'spam ' * 2000)\n"
                                        << "Your code printed more than 2048 KB of text";
}

void TestExerciseChecker::printingMegabytesIsStopped()
{
    QFETCH(QString, code);
    QFETCH(QString, message);
    ExerciseChecker checker;
    checker.setPython(m_python);
    checker.setCheckTimeout(20);
    const ExerciseRunResult r = checker.run(exercise(), task(code));
    QCOMPARE(r.status, ExerciseRunResult::Status::OutputLimit);
    QVERIFY2(r.message.contains(message), qPrintable(r.message));
    // What is kept for the learner stays small however much was printed.
    QVERIFY(r.output.size() < 20000);
    for (const CheckOutcome &c : r.checks)
        QVERIFY(c.output.size() < 20000);
}

void TestExerciseChecker::publicAddressIsRefused_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("address");
    QTest::newRow("bind 0.0.0.0") << "import socket\n\ndef run():\n    s = socket.socket()\n"
                                     "    s.bind(('0.0.0.0', 8765))\n    return 42\n"
                                  << "0.0.0.0 (every network interface):8765";
    QTest::newRow("bind every interface") << "import socket\n\ndef run():\n    s = socket.socket()\n"
                                             "    s.bind(('', 8765))\n    return 42\n"
                                          << "every network interface:8765";
    QTest::newRow("refusal caught by the learner")
        << "import socket\n\ndef run():\n    try:\n        socket.socket().bind(('0.0.0.0', 8765))\n"
           "    except OSError:\n        pass\n    return 42\n"
        << "0.0.0.0 (every network interface):8765";
    QTest::newRow("Flask on 0.0.0.0 at import")
        << "from flask import Flask\napp = Flask(__name__)\napp.run(host='0.0.0.0', port=8765)\n\n"
           "def run():\n    return 42\n"
        << "0.0.0.0 (every network interface):8765";
    QTest::newRow("look up a host name") << "import urllib.request\n\ndef run():\n"
                                            "    urllib.request.urlopen('http://example.com/', timeout=2)\n"
                                            "    return 42\n"
                                         << "look up the address of example.com";
    QTest::newRow("connect to the internet")
        << "import socket\n\ndef run():\n"
           "    socket.create_connection(('93.184.216.34', 80), timeout=2)\n"
           "    return 42\n"
        << "connect to 93.184.216.34:80";
}

void TestExerciseChecker::publicAddressIsRefused()
{
    QFETCH(QString, code);
    QFETCH(QString, address);
    const ExerciseRunResult r = check(code);
    QCOMPARE(r.status, ExerciseRunResult::Status::Failed);
    QVERIFY2(r.message.contains(address), qPrintable(r.message));
    QVERIFY2(r.message.contains(QStringLiteral("may only use this computer's loopback address (127.0.0.1)")),
             qPrintable(r.message));
}

void TestExerciseChecker::loopbackIsAllowed()
{
    const ExerciseRunResult r = check(
        QStringLiteral("import socket\n\ndef run():\n    s = socket.socket()\n    s.bind(('127.0.0.1', 0))\n"
                       "    s.listen()\n    c = socket.create_connection(s.getsockname())\n    c.close()\n"
                       "    s.close()\n    return 42\n"));
    QVERIFY2(r.passed(), qPrintable(r.message));
}

void TestExerciseChecker::cancelKillsTheProcessGroup()
{
    QTemporaryDir dir;
    const QString pidFile = dir.filePath(QStringLiteral("child.pid"));
    // The learner's code starts a child that would outlive a plain kill of the runner.
    const QString code = QStringLiteral("import subprocess, time\n\ndef run():\n"
                                        "    child = subprocess.Popen(['sleep', '300'])\n"
                                        "    with open(%1, 'w') as fh:\n        fh.write(str(child.pid))\n"
                                        "    time.sleep(300)\n")
                             .arg(QStringLiteral("'") + pidFile + QStringLiteral("'"));
    ExerciseChecker checker;
    checker.setPython(m_python);
    checker.setCheckTimeout(60);
    QSignalSpy finished(&checker, &ExerciseChecker::finished);
    QVERIFY(checker.start(exercise(), task(code)));
    QVERIFY(checker.isRunning());
    QVERIFY(!checker.start(exercise(), task(code))); // one run at a time
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(pidFile).size() > 0, 30000);
    QFile f(pidFile);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const qint64 child = f.readAll().trimmed().toLongLong();
    QVERIFY(child > 0);
    checker.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    const auto r = finished.first().first().value<ExerciseRunResult>();
    QCOMPARE(r.status, ExerciseRunResult::Status::Cancelled);
    QVERIFY(!r.isAttempt());
    QVERIFY(!checker.isRunning());
#ifdef Q_OS_UNIX
    // Gone, or at most a zombie waiting for init to reap it.
    const auto alive = [child] {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(child));
        if (!stat.open(QIODevice::ReadOnly))
            return false;
        return !stat.readAll().contains(") Z ");
    };
    QTRY_VERIFY_WITH_TIMEOUT(!alive(), 10000);
#endif
}

void TestExerciseChecker::missingModuleIsASetupError()
{
    Exercise e = exercise();
    e.requiredModules = {QStringLiteral("no_such_module_for_crossroads")};
    const ExerciseRunResult r = check(QStringLiteral("def run():\n    return 42\n"), e);
    QCOMPARE(r.status, ExerciseRunResult::Status::Error);
    QVERIFY2(r.message.contains(QStringLiteral("needs the Python module no_such_module_for_crossroads")),
             qPrintable(r.message));
    QVERIFY(!r.isAttempt());
}

void TestExerciseChecker::missingInterpreterIsASetupError()
{
    ExerciseChecker checker;
    checker.setPython(QStringLiteral("/nonexistent/python3"));
    const ExerciseRunResult r = checker.run(exercise(), task(QStringLiteral("def run():\n    return 42\n")));
    QCOMPARE(r.status, ExerciseRunResult::Status::Error);
    QVERIFY2(r.message.contains(QStringLiteral("/nonexistent/python3")), qPrintable(r.message));
}

void TestExerciseChecker::learnerCannotReplaceTheChecks()
{
    // A learner file may not land in the runner's private folder.
    Exercise e = exercise();
    e.files.append({QStringLiteral("_crossroads/checks.py"), ExerciseFileMode::Edit, "", "", false});
    const ExerciseRunResult r = check(QStringLiteral("def run():\n    return 42\n"), e);
    QCOMPARE(r.status, ExerciseRunResult::Status::Error);
    QVERIFY2(r.message.contains(QStringLiteral("unsafe file path")), qPrintable(r.message));
}

QTEST_GUILESS_MAIN(TestExerciseChecker)
#include "tst_exercisechecker.moc"
