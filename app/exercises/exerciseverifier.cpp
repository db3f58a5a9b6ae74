// SPDX-License-Identifier: MIT
#include "exerciseverifier.h"

#include "content/contentcompiler.h"
#include "content/contentpack.h"
#include "content/contentstore.h"
#include "exercisecatalog.h"
#include "exercisechecker.h"
#include "samples/pythonlocator.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <functional>
#include <memory>
#include <vector>

namespace crossroads {

namespace {

struct Job
{
    Exercise exercise;
    bool solution = true; // false: the starter
};

QString indent(const QString &text)
{
    return QStringLiteral("      ") + QString(text).trimmed().replace(u'\n', QStringLiteral("\n      "));
}

} // namespace

ExerciseVerifier::ExerciseVerifier(Options options) : m_options(std::move(options)) {}

int ExerciseVerifier::run(QTextStream &out, QTextStream &err)
{
    const PythonInfo python =
        m_options.python.isEmpty() ? PythonLocator::find() : PythonLocator::probe(m_options.python);
    if (!python.usable()) {
        err << "crossroads: "
            << (python.error.isEmpty()
                    ? QStringLiteral("%1 has Python %2 but lacks Flask or Django. %3")
                          .arg(python.executable, python.python, PythonLocator::installHint())
                    : python.error)
            << '\n';
        return 2;
    }
    out << "Python " << python.python << " (" << python.executable << "), Flask " << python.flask
        << ", Django " << python.django << '\n';

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
    const ExerciseCatalog catalog(store.database());
    QList<Job> queue;
    QStringList unknown = m_options.only;
    const auto all = catalog.list();
    for (const ExerciseInfo &info : all) {
        if (!m_options.only.isEmpty() && !m_options.only.contains(info.id))
            continue;
        unknown.removeAll(info.id);
        const Exercise e = catalog.load(info.id);
        queue.append({e, true});
        queue.append({e, false});
    }
    for (const QString &id : std::as_const(unknown))
        err << "crossroads: no exercise \"" << id << "\"\n";
    if (queue.isEmpty() || !unknown.isEmpty()) {
        if (queue.isEmpty())
            err << "crossroads: " << dbPath << " holds no exercises to verify\n";
        return 2;
    }

    // Solution and starter of one exercise finish in any order; both are needed for its line.
    QHash<QString, ExerciseRunResult> solutions;
    QHash<QString, ExerciseRunResult> starters;
    QStringList order;
    for (const Job &j : std::as_const(queue))
        if (j.solution)
            order.append(j.exercise.id());
    int passed = 0;
    int failed = 0;
    qsizetype printed = 0;
    const auto report = [&] {
        while (printed < order.size() && solutions.contains(order.at(printed)) &&
               starters.contains(order.at(printed))) {
            const QString id = order.at(printed++);
            const ExerciseRunResult s = solutions.value(id);
            const ExerciseRunResult t = starters.value(id);
            const bool solutionOk = s.status == ExerciseRunResult::Status::Passed;
            const bool starterOk =
                t.status == ExerciseRunResult::Status::Failed && t.passedCount() < t.total();
            if (solutionOk && starterOk) {
                ++passed;
                out << "PASS " << id << " (solution " << s.passedCount() << '/' << s.total() << ", starter "
                    << t.passedCount() << '/' << t.total() << ", " << s.elapsedMs + t.elapsedMs << " ms)\n";
            } else {
                ++failed;
                out << "FAIL " << id << '\n';
                if (!solutionOk) {
                    out << "    the solution should pass every check but is " << runStatusName(s.status)
                        << " (" << s.passedCount() << '/' << s.total() << ")\n";
                    for (const CheckOutcome &c : s.checks)
                        if (c.state != CheckOutcome::State::Passed)
                            out << "    - " << c.name << ": "
                                << (c.message.isEmpty() ? QStringLiteral("not run") : c.message) << '\n';
                    if (!s.message.isEmpty())
                        out << indent(s.message) << '\n';
                    if (!s.output.isEmpty())
                        out << indent(s.output.right(1500)) << '\n';
                }
                if (!starterOk)
                    out << "    the starter should fail at least one check but is " << runStatusName(t.status)
                        << " (" << t.passedCount() << '/' << t.total() << ")"
                        << (t.message.isEmpty() ? QString() : QStringLiteral(": ") + t.message) << '\n';
            }
            out.flush();
        }
    };

    const int jobs = std::max(1, m_options.jobs > 0 ? m_options.jobs : QThread::idealThreadCount());
    std::vector<std::unique_ptr<ExerciseChecker>> checkers;
    QEventLoop loop;
    int running = 0;
    std::function<void(ExerciseChecker *)> next = [&](ExerciseChecker *checker) {
        if (queue.isEmpty()) {
            if (running == 0)
                loop.quit();
            return;
        }
        const Job job = queue.takeFirst();
        ++running;
        QObject::disconnect(checker, &ExerciseChecker::finished, nullptr, nullptr);
        QObject::connect(checker, &ExerciseChecker::finished, &loop,
                         [&, checker, job](const ExerciseRunResult &r) {
                             --running;
                             (job.solution ? solutions : starters).insert(job.exercise.id(), r);
                             report();
                             // Queued, so the checker has finished its own bookkeeping first.
                             QMetaObject::invokeMethod(
                                 &loop, [&, checker] { next(checker); }, Qt::QueuedConnection);
                         });
        checker->start(job.exercise,
                       job.solution ? job.exercise.solutionTexts() : job.exercise.starterTexts());
    };
    for (int i = 0; i < jobs && i < queue.size(); ++i) {
        checkers.push_back(std::make_unique<ExerciseChecker>());
        checkers.back()->setPython(python.executable);
    }
    for (auto &checker : checkers)
        next(checker.get());
    loop.exec();
    out << passed << " passed, " << failed << " failed\n";
    return failed == 0 ? 0 : 1;
}

} // namespace crossroads
