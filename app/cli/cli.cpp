// SPDX-License-Identifier: MIT
#include "cli.h"

#include "content/contentcompiler.h"
#include "content/contentpack.h"
#include "content/contentstore.h"
#include "samples/sampleverifier.h"
#include "version.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace crossroads {

namespace {

const char *const Commands[] = {"content", "samples", "help"};

QString takeOption(QStringList &args, const QString &name, bool *found = nullptr)
{
    const qsizetype i = args.indexOf(name);
    if (found)
        *found = i >= 0;
    if (i < 0)
        return {};
    QString value;
    if (i + 1 < args.size()) {
        value = args.at(i + 1);
        args.removeAt(i + 1);
    }
    args.removeAt(i);
    return value;
}

bool takeFlag(QStringList &args, const QString &name)
{
    return args.removeAll(name) > 0;
}

QString defaultContentDb()
{
    return ContentStore::defaultPath(QCoreApplication::applicationDirPath());
}

} // namespace

Cli::Cli(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

bool Cli::wantsCli(int argc, char **argv)
{
    if (argc < 2)
        return false;
    const QByteArray first(argv[1]);
    if (first == "--help" || first == "-h" || first == "--version" || first == "-v")
        return true;
    for (const char *c : Commands)
        if (first == c)
            return true;
    return false;
}

int Cli::usage(int code)
{
    QTextStream &s = code == 0 ? m_out : m_err;
    s << "Usage: crossroads [COMMAND ...]\n"
         "\n"
         "Without a command, Crossroads opens its window.\n"
         "\n"
         "Commands:\n"
         "  content validate DIR           check a content pack; print file:line:column: message per "
         "problem\n"
         "  content build DIR -o FILE.db   compile a content pack into a content database\n"
         "  content stats [--json] [--db FILE.db]\n"
         "                                 count what the content database holds\n"
         "  samples verify [--python PATH] [--content DIR] [SAMPLE ...]\n"
         "                                 run every code sample against the real Flask and Django\n"
         "\n"
         "Options:\n"
         "  -h, --help                     show this help\n"
         "  -v, --version                  show the version\n"
         "\n"
         "Exit codes: 0 success, 1 problems found, 2 bad usage or missing prerequisites.\n";
    return code;
}

int Cli::run(const QStringList &argsIn)
{
    QStringList args = argsIn;
    if (args.isEmpty() || args.first() == QStringLiteral("--help") || args.first() == QStringLiteral("-h") ||
        args.first() == QStringLiteral("help"))
        return usage(args.isEmpty() ? 2 : 0);
    if (args.first() == QStringLiteral("--version") || args.first() == QStringLiteral("-v")) {
        m_out << "crossroads " << CROSSROADS_VERSION << '\n';
        ContentStore store;
        if (store.open(defaultContentDb()))
            m_out << "content " << store.meta(QStringLiteral("id")) << ' '
                  << store.meta(QStringLiteral("version")) << '\n';
        return 0;
    }
    const QString command = args.takeFirst();
    if (command == QStringLiteral("content"))
        return contentCommand(args);
    if (command == QStringLiteral("samples"))
        return samplesCommand(args);
    m_err << "crossroads: unknown command \"" << command << "\"\n";
    return usage(2);
}

int Cli::contentCommand(QStringList args)
{
    if (args.isEmpty())
        return usage(2);
    const QString sub = args.takeFirst();
    if (sub == QStringLiteral("validate") && args.size() == 1)
        return validate(args.first());
    if (sub == QStringLiteral("build")) {
        const QString out = takeOption(args, QStringLiteral("-o"));
        if (args.size() == 1 && !out.isEmpty())
            return build(args.first(), out);
    }
    if (sub == QStringLiteral("stats")) {
        const bool json = takeFlag(args, QStringLiteral("--json"));
        bool hasDb = false;
        const QString db = takeOption(args, QStringLiteral("--db"), &hasDb);
        if (args.isEmpty() && (!hasDb || !db.isEmpty()))
            return stats(hasDb ? db : defaultContentDb(), json);
    }
    m_err << "crossroads: bad arguments for \"content " << sub << "\"\n";
    return usage(2);
}

int Cli::validate(const QString &dir)
{
    const ContentPack pack = ContentPack::load(dir, builtInSchema());
    for (const Diagnostic &d : pack.diagnostics())
        m_err << d.toString() << '\n';
    if (!pack.isValid()) {
        m_err << pack.diagnostics().size() << " problem(s) in " << dir << '\n';
        return 1;
    }
    m_out << dir << ": " << pack.documents().size() << " documents, no problems\n";
    return 0;
}

int Cli::build(const QString &dir, const QString &out)
{
    QElapsedTimer timer;
    timer.start();
    const ContentPack pack = ContentPack::load(dir, builtInSchema());
    for (const Diagnostic &d : pack.diagnostics())
        m_err << d.toString() << '\n';
    if (!pack.isValid()) {
        m_err << pack.diagnostics().size() << " problem(s) in " << dir << "; nothing was built\n";
        return 1;
    }
    QString error;
    if (!ContentCompiler::compile(pack, out, &error)) {
        m_err << "crossroads: " << error << '\n';
        return 1;
    }
    m_out << "built " << out << " from " << pack.documents().size() << " documents in " << timer.elapsed()
          << " ms\n";
    return 0;
}

int Cli::stats(const QString &db, bool json)
{
    ContentStore store;
    if (!store.open(db)) {
        m_err << "crossroads: " << store.errorString() << '\n';
        return 2;
    }
    const QVariantMap s = store.stats();
    if (json) {
        m_out << QJsonDocument(QJsonObject::fromVariantMap(s)).toJson(QJsonDocument::Indented);
        return 0;
    }
    for (auto it = s.constBegin(); it != s.constEnd(); ++it) {
        if (it.value().typeId() == QMetaType::QVariantMap) {
            const QVariantMap sub = it.value().toMap();
            for (auto j = sub.constBegin(); j != sub.constEnd(); ++j)
                m_out << it.key() << '.' << j.key() << ": " << j.value().toString() << '\n';
        } else {
            m_out << it.key() << ": " << it.value().toString() << '\n';
        }
    }
    return 0;
}

int Cli::samplesCommand(QStringList args)
{
    if (args.isEmpty() || args.takeFirst() != QStringLiteral("verify"))
        return usage(2);
    SampleVerifier::Options options;
    options.python = takeOption(args, QStringLiteral("--python"));
    options.contentDir = takeOption(args, QStringLiteral("--content"));
    options.contentDb = options.contentDir.isEmpty() ? defaultContentDb() : QString();
    options.only = args;
    SampleVerifier verifier(options);
    return verifier.run(m_out, m_err);
}

} // namespace crossroads
