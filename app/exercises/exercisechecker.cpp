// SPDX-License-Identifier: MIT
#include "exercisechecker.h"

#include "samples/pythonlocator.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <signal.h>
#include <unistd.h>
#endif

Q_LOGGING_CATEGORY(lcExercise, "crossroads.exercise")

namespace crossroads {

namespace {

// The runner's protocol lines are small; a flood on that channel means something is wrong.
constexpr qint64 ProtocolLimit = 8 * 1024 * 1024;
// Output written straight to the file descriptors (C code, child processes) is kept from the end.
constexpr qint64 StderrKept = 16 * 1024;
// Margin on top of the runner's own limits, so the overall limit only catches code that defeats
// them (a bare except around a loop) and never a slow but honest run.
constexpr int OverallMarginSeconds = 30;

QString tr(const char *text)
{
    return QCoreApplication::translate("crossroads::ExerciseChecker", text);
}

bool writeFile(const QString &path, const QByteArray &content, QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size()) {
        *error = tr("Cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

} // namespace

int ExerciseRunResult::passedCount() const
{
    int n = 0;
    for (const CheckOutcome &c : checks)
        n += c.state == CheckOutcome::State::Passed ? 1 : 0;
    return n;
}

bool ExerciseRunResult::isAttempt() const
{
    return status == Status::Passed || status == Status::Failed || status == Status::TimedOut ||
           status == Status::OutputLimit;
}

QString runStatusName(ExerciseRunResult::Status status)
{
    switch (status) {
    case ExerciseRunResult::Status::Passed:
        return QStringLiteral("passed");
    case ExerciseRunResult::Status::Failed:
        return QStringLiteral("failed");
    case ExerciseRunResult::Status::TimedOut:
        return QStringLiteral("timed_out");
    case ExerciseRunResult::Status::OutputLimit:
        return QStringLiteral("output_limit");
    case ExerciseRunResult::Status::Cancelled:
        return QStringLiteral("cancelled");
    case ExerciseRunResult::Status::Error:
        break;
    }
    return QStringLiteral("error");
}

QJsonObject ExerciseRunResult::toJson() const
{
    QJsonArray list;
    for (const CheckOutcome &c : checks) {
        const char *state = c.state == CheckOutcome::State::Passed   ? "passed"
                            : c.state == CheckOutcome::State::Failed ? "failed"
                                                                     : "not_run";
        list.append(QJsonObject{{QStringLiteral("name"), c.name},
                                {QStringLiteral("title"), c.title},
                                {QStringLiteral("status"), QString::fromLatin1(state)},
                                {QStringLiteral("message"), c.message},
                                {QStringLiteral("output"), c.output}});
    }
    return {{QStringLiteral("exercise"), exercise},    {QStringLiteral("status"), runStatusName(status)},
            {QStringLiteral("passed"), passedCount()}, {QStringLiteral("total"), total()},
            {QStringLiteral("message"), message},      {QStringLiteral("output"), output},
            {QStringLiteral("python"), python},        {QStringLiteral("elapsed_ms"), elapsedMs},
            {QStringLiteral("checks"), list}};
}

ExerciseChecker::ExerciseChecker(QObject *parent) : QObject(parent), m_deadline(new QTimer(this))
{
    qRegisterMetaType<crossroads::CheckOutcome>();
    qRegisterMetaType<crossroads::ExerciseRunResult>();
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, [this] { stop(Stop::TimedOut); });
}

ExerciseChecker::~ExerciseChecker()
{
    if (m_locator) {
        // The search only probes interpreters, each with its own time limit; let it end.
        m_locator->disconnect(this);
        m_locator->wait();
        delete m_locator;
    }
    if (m_process) {
        m_process->disconnect(this);
        killGroup();
        m_process->waitForFinished(3000);
    }
}

void ExerciseChecker::setPython(const QString &executable)
{
    m_python = executable;
}

void ExerciseChecker::setPreferredPython(const QString &executable)
{
    if (executable != m_preferredPython)
        m_python.clear();
    m_preferredPython = executable;
}

bool ExerciseChecker::start(const Exercise &exercise, const QMap<QString, QString> &learnerFiles)
{
    if (m_running)
        return false;
    m_running = true;
    m_exercise = exercise;
    m_files = learnerFiles;
    m_stop = Stop::None;
    m_protocol.clear();
    m_stderr.clear();
    m_stderrTotal = 0;
    m_outcomes.clear();
    m_runnerError.clear();
    m_stopMessage.clear();
    m_summary = false;
    m_pid = 0;
    m_clock.start();
    qCDebug(lcExercise) << "checking" << exercise.id();
    if (m_python.isEmpty())
        locatePython();
    else
        launch();
    return true;
}

void ExerciseChecker::locatePython()
{
    auto info = std::make_shared<PythonInfo>();
    const QString preferred = m_preferredPython;
    // Probing starts each candidate interpreter; keep that off the GUI thread.
    m_locator = QThread::create([info, preferred] { *info = PythonLocator::find(preferred); });
    connect(m_locator, &QThread::finished, this, [this, info] {
        m_locator->deleteLater();
        m_locator = nullptr;
        if (!m_running)
            return; // cancelled while searching
        if (!info->usable()) {
            finish(ExerciseRunResult::Status::Error,
                   info->error.isEmpty() ? tr("%1 cannot run the checks: it lacks Flask or Django. %2")
                                               .arg(info->executable, PythonLocator::installHint())
                                         : info->error);
            return;
        }
        m_python = info->executable;
        launch();
    });
    m_locator->start();
}

bool ExerciseChecker::materialize(QString *error)
{
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/crossroads-exercise-XXXXXX"));
    if (!m_dir->isValid()) {
        *error = tr("Cannot create a temporary folder: %1").arg(m_dir->errorString());
        return false;
    }
    const QString root = m_dir->path();
    for (const ExerciseFile &file : std::as_const(m_exercise.files)) {
        if (!isSafeExercisePath(file.path)) {
            *error = tr("The exercise has an unsafe file path: %1").arg(file.path);
            return false;
        }
        QByteArray content = file.starter;
        if (file.mode == ExerciseFileMode::Edit && m_files.contains(file.path))
            content = m_files.value(file.path).toUtf8();
        if (!writeFile(root + u'/' + file.path, content, error))
            return false;
    }
    QFile runner(QStringLiteral(":/crossroads/exercise_runner.py"));
    if (!runner.open(QIODevice::ReadOnly)) {
        *error = tr("The exercise runner is missing from this build of Crossroads.");
        return false;
    }
    const int perCheck = m_checkTimeoutOverride > 0 ? m_checkTimeoutOverride : m_exercise.checkTimeoutSeconds;
    QJsonArray checks;
    for (const ExerciseCheckSpec &c : std::as_const(m_exercise.checks))
        checks.append(QJsonObject{{QStringLiteral("name"), c.name}, {QStringLiteral("title"), c.title}});
    const QJsonObject spec{
        {QStringLiteral("exercise"), m_exercise.id()},
        {QStringLiteral("checks_file"), QStringLiteral("_crossroads/checks.py")},
        {QStringLiteral("checks"), checks},
        {QStringLiteral("check_timeout"), perCheck},
        {QStringLiteral("startup_allowance"), m_startupAllowance},
        {QStringLiteral("output_limit"), m_outputLimit},
        {QStringLiteral("requires"), QJsonArray::fromStringList(m_exercise.requiredModules)}};
    return writeFile(root + QStringLiteral("/_crossroads/exercise_runner.py"), runner.readAll(), error) &&
           writeFile(root + QStringLiteral("/_crossroads/checks.py"), m_exercise.checksSource, error) &&
           writeFile(root + QStringLiteral("/_crossroads/spec.json"), QJsonDocument(spec).toJson(), error) &&
           QDir().mkpath(root + QStringLiteral("/_crossroads/tmp"));
}

void ExerciseChecker::launch()
{
    QString error;
    if (!materialize(&error)) {
        finish(ExerciseRunResult::Status::Error, error);
        return;
    }
    const QString root = m_dir->path();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Whatever the learner's shell has set for their own projects must not leak into the checks.
    for (const char *name : {"DJANGO_SETTINGS_MODULE", "FLASK_APP", "FLASK_DEBUG", "FLASK_ENV", "PYTHONPATH",
                             "PYTHONSTARTUP", "PYTHONOPTIMIZE", "PYTHONINSPECT", "PYTHONBREAKPOINT"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("PYTHONDONTWRITEBYTECODE"), QStringLiteral("1"));
    env.insert(QStringLiteral("PYTHONIOENCODING"), QStringLiteral("utf-8"));
    env.insert(QStringLiteral("PYTHONUNBUFFERED"), QStringLiteral("1"));
    env.insert(QStringLiteral("TMPDIR"), root + QStringLiteral("/_crossroads/tmp"));

    m_process = new QProcess(this);
    m_process->setProcessEnvironment(env);
    m_process->setWorkingDirectory(root);
#ifdef Q_OS_UNIX
    // Its own process group, so cancel and timeout can kill everything the learner's code started.
    m_process->setChildProcessModifier([] { ::setpgid(0, 0); });
#endif
    connect(m_process, &QProcess::started, this, [this] { m_pid = m_process->processId(); });
    connect(m_process, &QProcess::readyReadStandardOutput, this, &ExerciseChecker::readProtocol);
    connect(m_process, &QProcess::readyReadStandardError, this, &ExerciseChecker::readLearnerOutput);
    connect(m_process, &QProcess::finished, this, &ExerciseChecker::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            finish(ExerciseRunResult::Status::Error,
                   tr("Could not start %1: %2").arg(m_python, m_process->errorString()));
    });

    const int perCheck = m_checkTimeoutOverride > 0 ? m_checkTimeoutOverride : m_exercise.checkTimeoutSeconds;
    const int overall = m_overallTimeoutOverride > 0
                            ? m_overallTimeoutOverride
                            : (static_cast<int>(m_exercise.checks.size()) * perCheck + m_startupAllowance +
                               OverallMarginSeconds) *
                                  1000;
    m_deadline->setProperty("seconds", overall / 1000);
    m_deadline->start(overall);
    m_process->start(m_python,
                     {root + QStringLiteral("/_crossroads/exercise_runner.py"), QStringLiteral("check"), root,
                      root + QStringLiteral("/_crossroads/spec.json")});
    m_process->closeWriteChannel();
}

void ExerciseChecker::readProtocol()
{
    if (!m_process)
        return;
    m_protocol += m_process->readAllStandardOutput();
    qsizetype newline;
    while ((newline = m_protocol.indexOf('\n')) >= 0) {
        const QByteArray line = m_protocol.left(newline);
        m_protocol.remove(0, newline + 1);
        handleLine(line);
    }
    if (m_protocol.size() > ProtocolLimit) {
        m_protocol.clear();
        m_stopMessage = tr("The checks produced an unreadable flood of output and were stopped.");
        stop(Stop::OutputLimit);
    }
}

void ExerciseChecker::handleLine(const QByteArray &line)
{
    const QJsonObject o = QJsonDocument::fromJson(line).object();
    const QString event = o.value(QStringLiteral("event")).toString();
    if (event == QStringLiteral("check")) {
        CheckOutcome c;
        c.name = o.value(QStringLiteral("name")).toString();
        c.title = o.value(QStringLiteral("title")).toString();
        c.state = o.value(QStringLiteral("ok")).toBool() ? CheckOutcome::State::Passed
                                                         : CheckOutcome::State::Failed;
        c.message = o.value(QStringLiteral("message")).toString();
        c.output = o.value(QStringLiteral("output")).toString();
        m_outcomes.insert(c.name, c);
        emit checkReported(c);
    } else if (event == QStringLiteral("summary")) {
        m_summary = true;
    } else if (event == QStringLiteral("error")) {
        m_runnerError = o.value(QStringLiteral("message")).toString();
    } else if (event == QStringLiteral("stopped")) {
        // The runner stopped itself (too much output) and is exiting; nothing to kill yet.
        m_stopMessage = o.value(QStringLiteral("message")).toString();
        if (m_stop == Stop::None)
            m_stop = Stop::OutputLimit;
    }
}

void ExerciseChecker::readLearnerOutput()
{
    if (!m_process)
        return;
    const QByteArray data = m_process->readAllStandardError();
    m_stderrTotal += data.size();
    m_stderr += data;
    if (m_stderr.size() > StderrKept)
        m_stderr = m_stderr.right(StderrKept);
    // The runner caps what goes through Python's print(); this catches writes that bypass it.
    if (m_stderrTotal > 2 * m_outputLimit + StderrKept && m_stop == Stop::None) {
        m_stopMessage =
            tr("Your code printed more than %1 KB of text, so the checks were stopped. Look for a "
               "print or write inside a loop that never ends.")
                .arg(2 * m_outputLimit / 1024);
        stop(Stop::OutputLimit);
    }
}

void ExerciseChecker::cancel()
{
    if (!m_running)
        return;
    if (m_process) {
        stop(Stop::Cancelled);
    } else {
        // Still looking for an interpreter: nothing runs yet, so cancelling is immediate.
        m_stop = Stop::Cancelled;
        finish(ExerciseRunResult::Status::Cancelled, tr("Checking was cancelled."));
    }
}

void ExerciseChecker::stop(Stop reason)
{
    if (!m_process || m_stop == Stop::Cancelled || m_stop == Stop::TimedOut)
        return;
    if (m_stop == Stop::None || reason == Stop::Cancelled)
        m_stop = reason;
    qCDebug(lcExercise) << "stopping" << m_exercise.id() << static_cast<int>(reason);
    killGroup();
}

void ExerciseChecker::killGroup()
{
#ifdef Q_OS_UNIX
    if (m_pid > 0)
        ::kill(-static_cast<pid_t>(m_pid), SIGKILL);
#endif
    if (m_process && m_process->state() != QProcess::NotRunning)
        m_process->kill();
}

void ExerciseChecker::onFinished()
{
    m_deadline->stop();
    readProtocol();
    readLearnerOutput();
    if (!m_protocol.isEmpty())
        handleLine(m_protocol);
    m_protocol.clear();
    // The runner has exited; whatever it left behind (a server, a child) goes too.
    killGroup();

    const QString learnerOutput = QString::fromUtf8(m_stderr).trimmed();
    switch (m_stop) {
    case Stop::Cancelled:
        finish(ExerciseRunResult::Status::Cancelled, tr("Checking was cancelled."));
        return;
    case Stop::TimedOut:
        finish(ExerciseRunResult::Status::TimedOut,
               tr("The checks did not finish within %1 seconds, so Crossroads stopped them and everything "
                  "your code started. Look for a loop that never ends or a call that waits forever.")
                   .arg(m_deadline->property("seconds").toInt()),
               learnerOutput);
        return;
    case Stop::OutputLimit:
        finish(ExerciseRunResult::Status::OutputLimit, m_stopMessage, learnerOutput.right(2000));
        return;
    case Stop::None:
        break;
    }
    if (!m_runnerError.isEmpty()) {
        finish(ExerciseRunResult::Status::Error, m_runnerError, learnerOutput);
        return;
    }
    if (!m_summary) {
        const QString why =
            m_process->exitStatus() == QProcess::CrashExit
                ? tr("Python crashed while running the checks.")
                : tr("The checks stopped before they finished (exit code %1). If your code calls "
                     "os._exit() or ends the process some other way, remove that.")
                      .arg(m_process->exitCode());
        // With no check reported at all, the setup rather than the learner's code is to blame.
        finish(m_outcomes.isEmpty() ? ExerciseRunResult::Status::Error : ExerciseRunResult::Status::Failed,
               why, learnerOutput);
        return;
    }
    bool allPassed = true;
    for (const ExerciseCheckSpec &c : std::as_const(m_exercise.checks))
        allPassed = allPassed && m_outcomes.value(c.name).state == CheckOutcome::State::Passed;
    finish(allPassed ? ExerciseRunResult::Status::Passed : ExerciseRunResult::Status::Failed, QString(),
           learnerOutput);
}

void ExerciseChecker::finish(ExerciseRunResult::Status status, const QString &message, const QString &output)
{
    if (!m_running)
        return;
    m_running = false;
    m_deadline->stop();
    ExerciseRunResult r;
    r.exercise = m_exercise.id();
    r.status = status;
    r.python = m_python;
    r.elapsedMs = m_clock.elapsed();
    r.message = message;
    r.output = output;
    for (const ExerciseCheckSpec &spec : std::as_const(m_exercise.checks)) {
        CheckOutcome c = m_outcomes.value(spec.name);
        c.name = spec.name;
        c.title = spec.title;
        r.checks.append(c);
    }
    if (status == ExerciseRunResult::Status::Failed && r.message.isEmpty()) {
        for (const CheckOutcome &c : std::as_const(r.checks)) {
            if (c.state == CheckOutcome::State::Failed) {
                r.message = c.message;
                r.output = c.output;
                break;
            }
        }
    }
    if (m_process) {
        m_process->disconnect(this);
        if (m_process->state() != QProcess::NotRunning) {
            killGroup();
            m_process->waitForFinished(3000);
        }
        m_process->deleteLater();
        m_process = nullptr;
    }
    m_pid = 0;
    m_dir.reset();
    qCDebug(lcExercise) << "checked" << r.exercise << runStatusName(status) << r.passedCount() << "/"
                        << r.total() << "in" << r.elapsedMs << "ms";
    emit finished(r);
}

ExerciseRunResult ExerciseChecker::run(const Exercise &exercise, const QMap<QString, QString> &learnerFiles)
{
    ExerciseRunResult out;
    bool done = false;
    QEventLoop loop;
    const auto connection = connect(this, &ExerciseChecker::finished, &loop, [&](const ExerciseRunResult &r) {
        out = r;
        done = true;
        loop.quit();
    });
    if (!start(exercise, learnerFiles)) {
        out.exercise = exercise.id();
        out.message = tr("A check is already running.");
    } else if (!done) {
        loop.exec();
    }
    disconnect(connection);
    return out;
}

} // namespace crossroads
