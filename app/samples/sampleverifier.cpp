// SPDX-License-Identifier: MIT
#include "sampleverifier.h"

#include "content/contentcompiler.h"
#include "content/contentpack.h"
#include "content/contentstore.h"
#include "pythonlocator.h"
#include "samplematerializer.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

namespace crossroads {

namespace {
constexpr int VariantTimeoutMs = 180000;
}

SampleVerifier::SampleVerifier(Options options) : m_options(std::move(options)) {}

int SampleVerifier::run(QTextStream &out, QTextStream &err)
{
    const PythonInfo python =
        m_options.python.isEmpty() ? PythonLocator::find() : PythonLocator::probe(m_options.python);
    if (!python.usable()) {
        err << "crossroads: "
            << (python.error.isEmpty() ? QStringLiteral("%1 has Python %2 but %3. %4")
                                             .arg(python.executable, python.python,
                                                  python.flask.isEmpty() ? QStringLiteral("no Flask")
                                                                         : QStringLiteral("no Django"),
                                                  PythonLocator::installHint())
                                       : python.error)
            << '\n';
        return 2;
    }
    out << "Python " << python.python << " (" << python.executable << "), Flask " << python.flask
        << ", Django " << python.django
        << (python.fastapi.isEmpty() ? QString() : QStringLiteral(", FastAPI ") + python.fastapi) << '\n';

    QTemporaryDir work;
    QString dbPath = m_options.contentDb;
    if (!m_options.contentDir.isEmpty()) {
        const ContentPack pack = ContentPack::load(m_options.contentDir, builtInSchema());
        for (const Diagnostic &d : pack.diagnostics())
            err << d.toString() << '\n';
        QString error;
        dbPath = work.filePath(QStringLiteral("content.db"));
        if (!pack.isValid() || !ContentCompiler::compile(pack, dbPath, &error)) {
            err << "crossroads: cannot compile " << m_options.contentDir << ' ' << error << '\n';
            return 2;
        }
    }
    ContentStore store;
    if (!store.open(dbPath)) {
        err << "crossroads: " << store.errorString() << '\n';
        return 2;
    }
    const QString runner = PythonLocator::writeRunner(work.path());

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DJANGO_SETTINGS_MODULE"));
    env.remove(QStringLiteral("FLASK_APP"));
    env.insert(QStringLiteral("PYTHONDONTWRITEBYTECODE"), QStringLiteral("1"));

    int passed = 0;
    int failed = 0;
    const auto samples = store.samples();
    for (const SampleInfo &sample : samples) {
        if (!m_options.only.isEmpty() && !m_options.only.contains(sample.id))
            continue;
        const QJsonArray variants = SampleMaterializer::variants(store.database(), sample.id);
        for (const auto &v : variants) {
            const QJsonObject variant = v.toObject();
            const QString framework = variant.value(QStringLiteral("framework")).toString();
            const QString name = sample.id + u'/' + framework;
            if (framework == QStringLiteral("fastapi") && python.fastapi.isEmpty()) {
                out << "SKIP " << name << " (FastAPI is not installed for this interpreter)\n";
                continue;
            }
            QElapsedTimer timer;
            timer.start();
            QTemporaryDir dir;
            QString error;
            QStringList problems;
            int requests = 0;
            bool ok = false;
            if (!SampleMaterializer::write(store.database(), sample.id, framework, dir.path(), &error)) {
                problems.append(error);
            } else {
                QProcess p;
                p.setProcessEnvironment(env);
                p.setWorkingDirectory(dir.path());
                p.start(python.executable,
                        {runner, QStringLiteral("check"), dir.path(),
                         QString::fromUtf8(QJsonDocument(variant).toJson(QJsonDocument::Compact))});
                if (!p.waitForFinished(VariantTimeoutMs)) {
                    p.kill();
                    p.waitForFinished();
                    problems.append(QStringLiteral("timed out after %1 s").arg(VariantTimeoutMs / 1000));
                }
                const auto lines = p.readAllStandardOutput().split('\n');
                bool summary = false;
                for (const QByteArray &line : lines) {
                    const QJsonObject o = QJsonDocument::fromJson(line).object();
                    if (o.isEmpty())
                        continue;
                    if (o.value(QStringLiteral("summary")).toBool()) {
                        summary = true;
                        ok = o.value(QStringLiteral("ok")).toBool();
                        requests = o.value(QStringLiteral("passed")).toInt() +
                                   o.value(QStringLiteral("failed")).toInt();
                    } else if (!o.value(QStringLiteral("ok")).toBool()) {
                        const QString label = o.value(QStringLiteral("label")).toString();
                        problems.append((label.isEmpty()
                                             ? o.value(QStringLiteral("request")).toVariant().toString()
                                             : label) +
                                        QStringLiteral(": ") + o.value(QStringLiteral("message")).toString());
                    }
                }
                if (!summary) {
                    ok = false;
                    problems.append(QString::fromUtf8(p.readAllStandardError()).trimmed().right(1500));
                }
            }
            if (ok) {
                ++passed;
                out << "PASS " << name << " (" << requests << (requests == 1 ? " check, " : " checks, ")
                    << timer.elapsed() << " ms)\n";
            } else {
                ++failed;
                out << "FAIL " << name << '\n';
                for (const QString &problem : std::as_const(problems))
                    out << "    " << QString(problem).replace(u'\n', QStringLiteral("\n    ")) << '\n';
            }
            out.flush();
        }
    }
    out << passed << " passed, " << failed << " failed\n";
    return failed == 0 ? 0 : 1;
}

} // namespace crossroads
