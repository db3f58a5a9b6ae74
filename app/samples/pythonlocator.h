// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace crossroads {

// What an interpreter reports about itself through the sample runner's "probe".
struct PythonInfo
{
    QString executable;
    QString python;
    QString flask;   // empty when Flask is not importable
    QString django;  // empty when Django is not importable
    QString fastapi; // empty when FastAPI is not importable
    QString error;   // why probing failed, if it did

    bool usable() const { return error.isEmpty() && !flask.isEmpty() && !django.isEmpty(); }
};

// Finds a Python interpreter that can import both Flask and Django. The python3 first on PATH
// is often a different interpreter (pyenv, a venv) without them, so Debian's /usr/bin/python3
// is tried first.
class PythonLocator final
{
public:
    static QStringList candidates();
    static PythonInfo probe(const QString &executable);
    // The preferred interpreter if usable, else the first usable candidate; error set when none is.
    static PythonInfo find(const QString &preferred = QString());
    // A sentence telling the learner how to get a usable interpreter.
    static QString installHint();

    // Writes the embedded sample runner into dir and returns its path.
    static QString writeRunner(const QString &dir);
};

} // namespace crossroads
