// SPDX-License-Identifier: MIT
#include "pythonlocator.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace crossroads {

QStringList PythonLocator::candidates()
{
    QStringList out;
    const QString env = qEnvironmentVariable("CROSSROADS_PYTHON");
    if (!env.isEmpty())
        out.append(env);
    out.append(QStringLiteral("/usr/bin/python3"));
    for (const char *name : {"python3", "python"}) {
        const QString found = QStandardPaths::findExecutable(QString::fromLatin1(name));
        if (!found.isEmpty() && !out.contains(found))
            out.append(found);
    }
    return out;
}

QString PythonLocator::writeRunner(const QString &dir)
{
    const QString path = dir + QStringLiteral("/sample_runner.py");
    QFile::remove(path);
    if (!QFile::copy(QStringLiteral(":/crossroads/sample_runner.py"), path))
        return {};
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return path;
}

PythonInfo PythonLocator::probe(const QString &executable)
{
    PythonInfo info;
    info.executable = executable;
    if (!QFileInfo(executable).isExecutable()) {
        info.error = QStringLiteral("%1 is not an executable file").arg(executable);
        return info;
    }
    QTemporaryDir dir;
    const QString runner = writeRunner(dir.path());
    QProcess p;
    p.start(executable, {runner, QStringLiteral("probe")});
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
        info.error = QStringLiteral("%1 did not answer within 30 seconds").arg(executable);
        return info;
    }
    const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput().trimmed()).object();
    if (p.exitCode() != 0 || o.isEmpty()) {
        info.error = QStringLiteral("%1 failed: %2")
                         .arg(executable, QString::fromUtf8(p.readAllStandardError()).trimmed().right(300));
        return info;
    }
    info.python = o.value(QStringLiteral("python")).toString();
    info.flask = o.value(QStringLiteral("flask")).toString();
    info.django = o.value(QStringLiteral("django")).toString();
    info.fastapi = o.value(QStringLiteral("fastapi")).toString();
    return info;
}

PythonInfo PythonLocator::find(const QString &preferred)
{
    QStringList list = candidates();
    if (!preferred.isEmpty()) {
        list.removeAll(preferred);
        list.prepend(preferred);
    }
    QStringList tried;
    for (const QString &exe : std::as_const(list)) {
        const PythonInfo info = probe(exe);
        if (info.usable())
            return info;
        tried.append(info.error.isEmpty()
                         ? QStringLiteral("%1 (Python %2: %3)")
                               .arg(exe, info.python,
                                    info.flask.isEmpty() && info.django.isEmpty()
                                        ? QStringLiteral("no Flask, no Django")
                                        : (info.flask.isEmpty() ? QStringLiteral("no Flask")
                                                                : QStringLiteral("no Django")))
                         : info.error);
    }
    PythonInfo none;
    none.error = QStringLiteral("No Python interpreter with both Flask and Django was found. Tried: %1. %2")
                     .arg(tried.join(QStringLiteral("; ")), installHint());
    return none;
}

QString PythonLocator::installHint()
{
    return QStringLiteral(
        "Install them with `sudo apt install python3-flask python3-django` (Debian and Ubuntu), "
        "or choose an interpreter that has them in Settings (CLI: --python PATH).");
}

} // namespace crossroads
