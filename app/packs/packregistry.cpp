// SPDX-License-Identifier: MIT
#include "packregistry.h"

#include "content/contentcompiler.h"
#include "content/contentpack.h"
#include "content/contentstore.h"
#include "packextractor.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cerrno>
#include <cstdio>
#include <cstring>

Q_DECLARE_LOGGING_CATEGORY(lcPacks)

namespace crossroads {

namespace {

constexpr int LockTimeoutMs = 10000;

// The same shape the schema demands of every id, checked again wherever an id from outside
// (a command line, a file name) is about to become part of a path.
bool isWellFormedId(const QString &id)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return id.size() <= 64 && re.match(id).hasMatch();
}

QString relabel(const QString &file, const QString &from, const QString &to)
{
    if (file == from)
        return to;
    if (file.startsWith(from + u'/'))
        return to + file.mid(from.size());
    return file;
}

} // namespace

PackRegistry::PackRegistry(QString dir, PackLimits limits) : m_dir(std::move(dir)), m_limits(limits) {}

QString PackRegistry::defaultDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/packs");
}

bool PackRegistry::isReservedId(const QString &id)
{
    // "core" is the shipped content; the rest are names the app itself uses for web hosts
    // and data, so a pack can never be mistaken for one of them.
    static const QStringList reserved{QStringLiteral("core"),     QStringLiteral("crossroads"),
                                      QStringLiteral("app"),      QStringLiteral("static"),
                                      QStringLiteral("internal"), QStringLiteral("learner"),
                                      QStringLiteral("packs")};
    return reserved.contains(id);
}

QString PackRegistry::qualifiedId(const QString &packId, const QString &itemId)
{
    return packId + u'/' + itemId;
}

std::optional<std::pair<QString, QString>> PackRegistry::splitQualifiedId(const QString &qualified)
{
    const qsizetype slash = qualified.indexOf(u'/');
    if (slash <= 0 || slash == qualified.size() - 1)
        return std::nullopt;
    return std::make_pair(qualified.left(slash), qualified.mid(slash + 1));
}

QString PackRegistry::databasePath(const QString &id) const
{
    return m_dir + u'/' + id + QStringLiteral(".db");
}

QString PackRegistry::permissionsPath() const
{
    return m_dir + QStringLiteral("/permissions.json");
}

QString PackRegistry::lockPath() const
{
    return m_dir + QStringLiteral("/.lock");
}

PackImportResult PackRegistry::import(const QString &source, bool replace)
{
    PackImportResult result;
    const auto problem = [&](const QString &file, const QString &message, int line = 0, int column = 0) {
        result.problems.append({file, line, column, message});
        return result;
    };

    QTemporaryDir staging(QDir::tempPath() + QStringLiteral("/crossroads-pack-XXXXXX"));
    if (!staging.isValid())
        return problem(source, tr("cannot create a temporary folder: %1").arg(staging.errorString()));
    PackExtractor extractor(m_limits);
    if (!extractor.extract(source, staging.path(), &result.problems))
        return result;
    result.files = extractor.fileCount();
    result.bytes = extractor.totalSize();

    // "zip -r pack.zip mypack" puts the whole pack in one top folder; accept that too.
    QString root = staging.path();
    QString shown = QDir::cleanPath(source);
    if (!QFileInfo::exists(root + QStringLiteral("/pack.json"))) {
        const QStringList top = QDir(root).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
        if (top.size() == 1 && QFileInfo(root + u'/' + top.first() + QStringLiteral("/pack.json")).isFile()) {
            root += u'/' + top.first();
            shown += u'/' + top.first();
        }
    }

    // The whole pack is judged by the app's schema, never by anything the pack brings.
    const ContentPack pack = ContentPack::load(root, builtInSchema());
    for (Diagnostic d : pack.diagnostics()) {
        d.file = relabel(d.file, root, shown);
        result.problems.append(d);
    }
    if (!pack.isValid())
        return result;
    const auto packDocs = pack.documentsOfKind("pack");
    if (packDocs.empty())
        return problem(shown + QStringLiteral("/pack.json"), tr("missing: every pack needs a pack.json"));
    const ContentDocument &packDoc = *packDocs.front();
    const QString id = QString::fromStdString(packDoc.json.value("id", std::string()));
    const QString packFile = shown + QStringLiteral("/pack.json");
    if (isReservedId(id)) {
        const TextPosition p = packDoc.locator->find("/id");
        return problem(
            packFile,
            tr("id: \"%1\" is reserved for Crossroads' own content; give the pack an id of its own").arg(id),
            p.line, p.column);
    }
    if (!isWellFormedId(id))
        return problem(packFile, tr("id: \"%1\" is not a valid pack id").arg(id));
    result.documents = int(pack.documents().size());

    if (!QDir().mkpath(m_dir))
        return problem(m_dir, tr("cannot create the folder for content packs"));
    QLockFile lock(lockPath());
    if (!lock.tryLock(LockTimeoutMs))
        return problem(m_dir, tr("another Crossroads is changing the content packs right now; try again"));

    const QString target = databasePath(id);
    if (QFileInfo::exists(target)) {
        if (!replace) {
            result.alreadyInstalled = true;
            const auto existing = readPack(target, nullptr);
            return problem(packFile,
                           existing ? tr("a pack with the id \"%1\" is already installed (%2 %3); replace "
                                         "it or give this pack another id")
                                          .arg(id, existing->title, existing->version)
                                    : tr("a pack with the id \"%1\" is already installed; replace it or "
                                         "give this pack another id")
                                          .arg(id));
        }
        result.replaced = true;
    }

    // Compiled beside its final place, so the rename below is atomic and a failure leaves the
    // installed version (if any) as it was.
    const QString building = target + QStringLiteral(".importing");
    QString error;
    if (!ContentCompiler::compile(pack, building, &error)) {
        QFile::remove(building);
        return problem(shown, tr("cannot compile the pack: %1").arg(error));
    }
    {
        ContentStore check;
        if (!check.open(building) || check.meta(QStringLiteral("id")) != id) {
            const QString why = check.errorString();
            QFile::remove(building);
            return problem(shown, tr("the compiled pack cannot be read back: %1").arg(why));
        }
    }

    // New code gets a new question: a replaced pack's run permission is forgotten.
    QHash<QString, bool> answers;
    readPermissions(&answers);
    const QHash<QString, bool> before = answers;
    if (answers.remove(id) && !writePermissions(answers, &error)) {
        QFile::remove(building);
        return problem(permissionsPath(), error);
    }
    if (std::rename(QFile::encodeName(building).constData(), QFile::encodeName(target).constData()) != 0) {
        const QString why = QString::fromLocal8Bit(std::strerror(errno));
        QFile::remove(building);
        if (before != answers)
            writePermissions(before, nullptr);
        return problem(target, tr("cannot move the compiled pack into place: %1").arg(why));
    }

    const auto installed = readPack(target, &error);
    if (installed)
        result.pack = *installed;
    result.ok = true;
    qCInfo(lcPacks) << (result.replaced ? "replaced" : "imported") << "pack" << id << "from" << source
                    << "with" << result.documents << "documents";
    return result;
}

std::optional<InstalledPack> PackRegistry::readPack(const QString &databasePath, QString *error) const
{
    ContentStore store;
    if (!store.open(databasePath)) {
        if (error)
            *error = store.errorString();
        return std::nullopt;
    }
    InstalledPack p;
    p.id = store.meta(QStringLiteral("id"));
    p.title = store.meta(QStringLiteral("title"));
    p.version = store.meta(QStringLiteral("version"));
    p.locale = store.meta(QStringLiteral("locale"));
    p.description = store.meta(QStringLiteral("description"));
    p.builtAt = QDateTime::fromString(store.meta(QStringLiteral("built_at")), Qt::ISODate);
    p.databasePath = databasePath;
    p.size = QFileInfo(databasePath).size();
    const QString expected = QFileInfo(databasePath).completeBaseName();
    if (p.id != expected) {
        if (error)
            *error = tr("%1: holds the pack \"%2\", not \"%3\"").arg(databasePath, p.id, expected);
        return std::nullopt;
    }
    return p;
}

QList<InstalledPack> PackRegistry::list(QStringList *problems) const
{
    QList<InstalledPack> out;
    const QStringList files = QDir(m_dir).entryList({QStringLiteral("*.db")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        if (!isWellFormedId(QFileInfo(file).completeBaseName()))
            continue;
        QString error;
        if (const auto p = readPack(m_dir + u'/' + file, &error))
            out.append(*p);
        else if (problems)
            problems->append(error);
    }
    return out;
}

std::optional<InstalledPack> PackRegistry::find(const QString &id) const
{
    if (!isWellFormedId(id) || !QFileInfo::exists(databasePath(id)))
        return std::nullopt;
    return readPack(databasePath(id), nullptr);
}

bool PackRegistry::remove(const QString &id, QString *error)
{
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (id == QStringLiteral("core"))
        return fail(tr("\"core\" is the content that ships with Crossroads; it cannot be removed"));
    // Checked before the id becomes part of a path: "../learner" must never name a file.
    if (!isWellFormedId(id) || !QFileInfo::exists(databasePath(id)))
        return fail(tr("no content pack \"%1\" is installed").arg(id));
    QLockFile lock(lockPath());
    if (!lock.tryLock(LockTimeoutMs))
        return fail(tr("another Crossroads is changing the content packs right now; try again"));
    if (!QFile::remove(databasePath(id)))
        return fail(tr("cannot remove %1").arg(databasePath(id)));
    QHash<QString, bool> answers;
    readPermissions(&answers);
    if (answers.remove(id))
        writePermissions(answers, nullptr);
    qCInfo(lcPacks) << "removed pack" << id;
    return true;
}

bool PackRegistry::readPermissions(QHash<QString, bool> *answers) const
{
    answers->clear();
    QFile f(permissionsPath());
    if (!f.exists())
        return true;
    if (!f.open(QIODevice::ReadOnly) || f.size() > 1024 * 1024) {
        qCWarning(lcPacks) << "cannot read" << f.fileName() << "; every pack will ask again";
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    if (!doc.isObject()) {
        // Unreadable answers fall back to asking again, which is the safe direction.
        qCWarning(lcPacks) << f.fileName() << "is damaged (" << parseError.errorString()
                           << "); every pack will ask again";
        return false;
    }
    const QJsonObject run = doc.object().value(QStringLiteral("runCode")).toObject();
    for (auto it = run.begin(); it != run.end(); ++it)
        if (it.value().isBool() && isWellFormedId(it.key()))
            answers->insert(it.key(), it.value().toBool());
    return true;
}

bool PackRegistry::writePermissions(const QHash<QString, bool> &answers, QString *error) const
{
    QJsonObject run;
    for (auto it = answers.begin(); it != answers.end(); ++it)
        run.insert(it.key(), it.value());
    const QJsonObject root{{QStringLiteral("version"), 1}, {QStringLiteral("runCode"), run}};
    QSaveFile f(permissionsPath());
    if (!QDir().mkpath(m_dir) || !f.open(QIODevice::WriteOnly) ||
        f.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) < 0 || !f.commit()) {
        if (error)
            *error = tr("cannot save %1: %2").arg(permissionsPath(), f.errorString());
        return false;
    }
    return true;
}

std::optional<bool> PackRegistry::runCodeAnswer(const QString &packId) const
{
    QHash<QString, bool> answers;
    readPermissions(&answers);
    const auto it = answers.constFind(packId);
    if (it == answers.constEnd())
        return std::nullopt;
    return *it;
}

bool PackRegistry::mayRunCode(const QString &packId) const
{
    return runCodeAnswer(packId).value_or(false);
}

bool PackRegistry::setMayRunCode(const QString &packId, bool allowed, QString *error)
{
    if (!find(packId)) {
        if (error)
            *error = tr("no content pack \"%1\" is installed").arg(packId);
        return false;
    }
    QLockFile lock(lockPath());
    if (!lock.tryLock(LockTimeoutMs)) {
        if (error)
            *error = tr("another Crossroads is changing the content packs right now; try again");
        return false;
    }
    QHash<QString, bool> answers;
    readPermissions(&answers);
    answers.insert(packId, allowed);
    return writePermissions(answers, error);
}

} // namespace crossroads
