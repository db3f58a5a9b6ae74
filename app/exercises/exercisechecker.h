// SPDX-License-Identifier: MIT
#pragma once

#include "exercise.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QProcess>
#include <QString>

#include <memory>

class QTemporaryDir;
class QThread;
class QTimer;

namespace crossroads {

struct CheckOutcome
{
    enum class State { NotRun, Passed, Failed };

    QString name;
    QString title;
    State state = State::NotRun;
    QString message; // learner-facing, empty when passed
    QString output;  // what the learner's code printed during the check, and a short traceback
};

struct ExerciseRunResult
{
    enum class Status {
        Passed,      // every check passed
        Failed,      // at least one check failed
        TimedOut,    // the overall time limit was reached and the process group was killed
        OutputLimit, // the learner's code printed too much and was stopped
        Cancelled,   // the learner pressed Cancel
        Error        // the checks could not run (no interpreter, missing module, broken exercise)
    };

    QString exercise;
    Status status = Status::Error;
    QList<CheckOutcome> checks;
    QString message; // the first failure's learner-facing message, or why the run stopped
    QString output;  // the output that goes with message
    QString python;  // the interpreter that ran the checks
    qint64 elapsedMs = 0;

    int passedCount() const;
    int total() const { return static_cast<int>(checks.size()); }
    bool passed() const { return status == Status::Passed; }
    // A run that judged the learner's code (not cancelled, not an error of the setup).
    bool isAttempt() const;
    QJsonObject toJson() const;
};

QString runStatusName(ExerciseRunResult::Status status);

// Runs an exercise's hidden checks against a learner's files, asynchronously, in a fresh
// temporary folder, with the configured Python interpreter (app/python/exercise_runner.py).
//
// Guards: a time limit per check (in the runner) and overall (here), output capped on both
// sides, sockets refused on anything but loopback, and the whole process group killed on
// cancel or timeout, so servers or children the learner's code started die with it.
class ExerciseChecker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExerciseChecker)

public:
    explicit ExerciseChecker(QObject *parent = nullptr);
    ~ExerciseChecker() override;

    // An interpreter already known to be usable; skips the search.
    void setPython(const QString &executable);
    // Tried first when searching (the learner's setting); empty = search the usual places.
    void setPreferredPython(const QString &executable);
    QString python() const { return m_python; }

    // Overrides for tests and the CLI; 0 keeps the defaults (exercise's per-check limit;
    // overall = checks x per-check limit + start-up allowance).
    void setCheckTimeout(int seconds) { m_checkTimeoutOverride = seconds; }
    void setOverallTimeout(int milliseconds) { m_overallTimeoutOverride = milliseconds; }
    // What the learner's code may print before it is stopped (default 1 MiB).
    void setOutputLimit(qint64 bytes) { m_outputLimit = bytes; }
    // Extra seconds for the first check, which also imports the framework (default 20).
    void setStartupAllowance(int seconds) { m_startupAllowance = seconds; }

    // Starts checking; returns false (and emits nothing) when a run is already going on.
    // learnerFiles maps editable paths to the learner's text; missing ones use the starter.
    bool start(const Exercise &exercise, const QMap<QString, QString> &learnerFiles);
    void cancel();
    bool isRunning() const { return m_running; }

    // Starts and waits in a local event loop; for the CLI and tests.
    ExerciseRunResult run(const Exercise &exercise, const QMap<QString, QString> &learnerFiles);

signals:
    void checkReported(const crossroads::CheckOutcome &outcome);
    void finished(const crossroads::ExerciseRunResult &result);

private:
    enum class Stop { None, Cancelled, TimedOut, OutputLimit };

    void locatePython();
    void launch();
    bool materialize(QString *error);
    void readProtocol();
    void readLearnerOutput();
    void handleLine(const QByteArray &line);
    void stop(Stop reason);
    void killGroup();
    void onFinished();
    void finish(ExerciseRunResult::Status status, const QString &message, const QString &output = {});

    Exercise m_exercise;
    QMap<QString, QString> m_files;
    QString m_python;
    QString m_preferredPython;
    int m_checkTimeoutOverride = 0;
    int m_overallTimeoutOverride = 0;
    qint64 m_outputLimit = 1024 * 1024;
    int m_startupAllowance = 20;

    bool m_running = false;
    Stop m_stop = Stop::None;
    std::unique_ptr<QTemporaryDir> m_dir;
    QProcess *m_process = nullptr;
    QThread *m_locator = nullptr;
    QTimer *m_deadline = nullptr;
    qint64 m_pid = 0;
    QElapsedTimer m_clock;
    QByteArray m_protocol;
    QByteArray m_stderr;
    qint64 m_stderrTotal = 0;
    QMap<QString, CheckOutcome> m_outcomes;
    QString m_runnerError;
    QString m_stopMessage;
    bool m_summary = false;
};

} // namespace crossroads

Q_DECLARE_METATYPE(crossroads::CheckOutcome)
Q_DECLARE_METATYPE(crossroads::ExerciseRunResult)
