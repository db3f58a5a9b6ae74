// SPDX-License-Identifier: MIT
#include "contentpack.h"

#include "schemavalidator.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cctype>
#include <map>

Q_LOGGING_CATEGORY(lcContent, "crossroads.content")

namespace crossroads {

namespace {

struct Mention
{
    const ContentDocument *doc;
    std::string pointer;
    std::string ns;
    std::string value;
    // Set when the mention comes from a Markdown file rather than a JSON field.
    QString file;
    TextPosition position;
};

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

bool readText(const QString &path, std::string &out, QString &error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        error = f.errorString();
        return false;
    }
    const QByteArray bytes = f.readAll();
    out.assign(bytes.constData(), static_cast<std::size_t>(bytes.size()));
    return true;
}

// nlohmann's what() starts with "[json.exception.parse_error.101] parse error at line 3, column 5: ";
// people only need the part after that.
QString parseErrorText(const std::string &what)
{
    QString text = qs(what);
    const qsizetype colon = text.indexOf(QStringLiteral(": "));
    if (colon >= 0 && text.startsWith(u'['))
        text = text.mid(colon + 2);
    return QStringLiteral("JSON syntax error: ") + text;
}

// nlohmann reports the offset of the last character it read, which for a token is its end;
// people expect to be pointed at where the offending token starts.
std::size_t tokenStart(const std::string &text, std::size_t offset)
{
    if (offset >= text.size())
        return offset;
    const auto isWord = [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-' || c == '+';
    };
    if (text[offset] == '"') {
        std::size_t i = offset;
        while (i > 0) {
            --i;
            if (text[i] == '"' && (i == 0 || text[i - 1] != '\\'))
                return i;
            if (text[i] == '\n')
                break;
        }
        return offset;
    }
    std::size_t i = offset;
    while (i > 0 && isWord(text[i]) && isWord(text[i - 1]))
        --i;
    return i;
}

bool isSafeRelativePath(const QString &p)
{
    if (p.isEmpty() || p.startsWith(u'/') || p.contains(u'\\') || p.contains(u':'))
        return false;
    const auto parts = p.split(u'/');
    return std::none_of(parts.begin(), parts.end(),
                        [](const QString &s) { return s == QStringLiteral(".."); });
}

const QRegularExpression &appLinkPattern()
{
    static const QRegularExpression re(
        QStringLiteral(R"(\]\((lesson|sample|row|term|step|project):([^)\s]*)\))"));
    return re;
}

} // namespace

std::vector<const ContentDocument *> ContentPack::documentsOfKind(const std::string &kind) const
{
    std::vector<const ContentDocument *> out;
    for (const auto &d : m_documents)
        if (d->kind == kind)
            out.push_back(d.get());
    return out;
}

ContentPack ContentPack::load(const QString &dir, const SchemaValidator &schema)
{
    ContentPack pack;
    pack.m_root = dir;
    Diagnostics &diags = pack.m_diagnostics;
    const QDir root(dir);
    if (!root.exists()) {
        diags.append({dir, 0, 0, QStringLiteral("no such directory")});
        return pack;
    }

    QStringList files;
    QDirIterator it(root.absolutePath(), QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString rel = root.relativeFilePath(it.next());
        if (rel.startsWith(QStringLiteral("schema/")) || rel.contains(QStringLiteral("__pycache__")))
            continue;
        files.append(rel);
    }
    std::sort(files.begin(), files.end());

    // A sample's own folder may hold JSON files of its own (fixtures); they are not content documents.
    QStringList sampleDirs;
    for (const QString &rel : std::as_const(files))
        if (QFileInfo(rel).fileName() == QStringLiteral("sample.json"))
            sampleDirs.append(QFileInfo(rel).path() + u'/');
    const auto insideSample = [&](const QString &rel) {
        return std::any_of(sampleDirs.begin(), sampleDirs.end(), [&](const QString &d) {
            return rel.startsWith(d) && rel != d + QStringLiteral("sample.json");
        });
    };

    std::vector<Mention> ids;
    std::vector<Mention> refs;
    bool sawPack = false;
    bool unreadable = false;

    for (const QString &rel : std::as_const(files)) {
        if (!rel.endsWith(QStringLiteral(".json")) || insideSample(rel))
            continue;
        auto doc = std::make_unique<ContentDocument>();
        doc->relativePath = rel;
        doc->path = QDir::cleanPath(dir + u'/' + rel);
        doc->absoluteDir = QFileInfo(root.absoluteFilePath(rel)).absolutePath();
        QString readError;
        if (!readText(root.absoluteFilePath(rel), doc->text, readError)) {
            diags.append({doc->path, 0, 0, QStringLiteral("cannot read: ") + readError});
            continue;
        }
        try {
            doc->json = nlohmann::json::parse(doc->text);
        } catch (const nlohmann::json::parse_error &e) {
            const std::size_t last = e.byte > 0 ? e.byte - 1 : 0;
            const bool atToken = std::string(e.what()).find("unexpected end of input") == std::string::npos;
            const TextPosition p =
                JsonLocator::positionOfOffset(doc->text, atToken ? tokenStart(doc->text, last) : last);
            diags.append({doc->path, p.line, p.column, parseErrorText(e.what())});
            unreadable = true;
            continue;
        }
        doc->locator = std::make_unique<JsonLocator>(doc->text);
        const auto at = [&](const std::string &pointer, bool key = false) {
            return key ? doc->locator->findKey(pointer) : doc->locator->find(pointer);
        };
        const auto report = [&](const std::string &pointer, const QString &message, bool key = false) {
            const TextPosition p = at(pointer, key);
            diags.append({doc->path, p.line, p.column, message});
        };

        if (!doc->json.is_object() || !doc->json.contains("kind") || !doc->json["kind"].is_string()) {
            report(std::string(),
                   QStringLiteral("a content document must be a JSON object with a \"kind\" field"));
            continue;
        }
        doc->kind = doc->json["kind"].get<std::string>();
        if (!schema.hasKind(doc->kind)) {
            QStringList known;
            for (const auto &k : schema.kinds())
                known.append(qs(k));
            report("/kind", QStringLiteral("unknown kind \"%1\"; expected one of: %2")
                                .arg(qs(doc->kind), known.join(QStringLiteral(", "))));
            continue;
        }
        if (doc->kind == "pack") {
            if (rel != QStringLiteral("pack.json"))
                report("/kind", QStringLiteral("a pack document must be the pack's top-level pack.json"));
            sawPack = true;
        }

        std::vector<SchemaError> errors;
        const ContentDocument *d = doc.get();
        schema.validate(
            doc->kind, doc->json, errors,
            [&](const std::string &pointer, const nlohmann::json &node, const std::string &value) {
                if (const auto x = node.find("x-id"); x != node.end())
                    ids.push_back({d, pointer, x->get<std::string>(), value, {}, {}});
                if (const auto x = node.find("x-ref"); x != node.end())
                    refs.push_back({d, pointer, x->get<std::string>(), value, {}, {}});
                if (node.value("x-markdown", false)) {
                    auto m = appLinkPattern().globalMatch(qs(value));
                    while (m.hasNext()) {
                        const auto match = m.next();
                        refs.push_back({d,
                                        pointer,
                                        match.captured(1).toStdString(),
                                        match.captured(2).toStdString(),
                                        {},
                                        {}});
                    }
                }
                if (const auto x = node.find("x-file"); x != node.end()) {
                    QString base = d->absoluteDir;
                    const std::string mode = x->is_string() ? x->get<std::string>() : std::string();
                    if (mode == "variant" && pointer.rfind("/variants/", 0) == 0) {
                        // Files of a sample variant live in its folder (dir, or the framework name).
                        const std::string variantPtr = pointer.substr(0, pointer.find('/', 11));
                        const auto &variant = d->json.at(nlohmann::json::json_pointer(variantPtr));
                        base += u'/' + qs(variant.value("dir", variant.value("framework", "")));
                    }
                    const QString relFile = qs(value);
                    if (!isSafeRelativePath(relFile)) {
                        errors.push_back(
                            {pointer, "\"" + value + "\" must be a relative path inside the pack"});
                        return;
                    }
                    const QString full = base + u'/' + relFile;
                    if (!QFileInfo(full).isFile()) {
                        errors.push_back({pointer, "referenced file \"" + value + "\" does not exist"});
                        return;
                    }
                    if (mode == "markdown") {
                        std::string md;
                        QString err;
                        if (!readText(full, md, err))
                            return;
                        const QString text = qs(md);
                        const QString mdPath = QDir::cleanPath(QFileInfo(d->path).path() + u'/' + relFile);
                        auto m = appLinkPattern().globalMatch(text);
                        while (m.hasNext()) {
                            const auto match = m.next();
                            const TextPosition p = JsonLocator::positionOfOffset(
                                md,
                                static_cast<std::size_t>(text.left(match.capturedStart(1)).toUtf8().size()));
                            refs.push_back({d, pointer, match.captured(1).toStdString(),
                                            match.captured(2).toStdString(), mdPath, p});
                        }
                    }
                }
            });
        for (const auto &e : errors) {
            const QString where = qs(readablePath(e.pointer));
            report(e.pointer, where + QStringLiteral(": ") + qs(e.message), e.atKey);
        }
        pack.m_documents.push_back(std::move(doc));
    }

    if (!sawPack && diags.isEmpty())
        diags.append(
            {QDir::cleanPath(dir + QStringLiteral("/pack.json")), 0, 0,
             QStringLiteral("missing: every pack needs a pack.json (kind \"pack\") at its top level")});

    // Identities: unique per namespace across the whole pack.
    std::map<std::string, std::map<std::string, const Mention *>> declared;
    for (const Mention &m : ids) {
        auto &space = declared[m.ns];
        const auto [found, inserted] = space.emplace(m.value, &m);
        if (!inserted) {
            const Mention &first = *found->second;
            const TextPosition fp = first.doc->locator->find(first.pointer);
            const TextPosition p = m.doc->locator->find(m.pointer);
            diags.append({m.doc->path, p.line, p.column,
                          QStringLiteral("%1: duplicate %2 id \"%3\" (first defined at %4:%5:%6)")
                              .arg(qs(readablePath(m.pointer)), qs(m.ns), qs(m.value), first.doc->path)
                              .arg(fp.line)
                              .arg(fp.column)});
        }
    }
    // References: must name something declared somewhere in the pack. When a file could not be
    // parsed, its ids are unknown and every reference to them would be a misleading echo.
    if (unreadable)
        refs.clear();
    for (const Mention &r : refs) {
        const auto space = declared.find(r.ns);
        if (space != declared.end() && space->second.count(r.value))
            continue;
        if (!r.file.isEmpty()) {
            diags.append({r.file, r.position.line, r.position.column,
                          QStringLiteral("link to unknown %1 \"%2\"").arg(qs(r.ns), qs(r.value))});
        } else {
            const TextPosition p = r.doc->locator->find(r.pointer);
            diags.append({r.doc->path, p.line, p.column,
                          QStringLiteral("%1: unknown %2 \"%3\"")
                              .arg(qs(readablePath(r.pointer)), qs(r.ns), qs(r.value))});
        }
    }

    // Rules a schema cannot express.
    for (const auto &docPtr : pack.m_documents) {
        const ContentDocument &doc = *docPtr;
        const auto report = [&](const std::string &pointer, const QString &message) {
            const TextPosition p = doc.locator->find(pointer);
            diags.append(
                {doc.path, p.line, p.column, qs(readablePath(pointer)) + QStringLiteral(": ") + message});
        };
        const auto &j = doc.json;
        if (doc.kind == "comparison" && j.contains("rows") && j["rows"].is_array()) {
            for (std::size_t i = 0; i < j["rows"].size(); ++i) {
                const auto &row = j["rows"][i];
                if (row.is_object() && row.value("claim", "") == "fact" &&
                    (!row.contains("sources") || !row["sources"].is_array() || row["sources"].empty()))
                    report("/rows/" + std::to_string(i) + "/sources",
                           QStringLiteral("a fact needs at least one source (or mark the claim as opinion or "
                                          "anecdote)"));
            }
        }
        if (doc.kind == "quiz" && j.contains("questions") && j["questions"].is_array()) {
            for (std::size_t i = 0; i < j["questions"].size(); ++i) {
                const auto &q = j["questions"][i];
                if (q.is_object() && q.contains("answer") && q["answer"].is_number_integer() &&
                    q.contains("choices") && q["choices"].is_array() &&
                    q["answer"].get<long long>() >= static_cast<long long>(q["choices"].size()))
                    report("/questions/" + std::to_string(i) + "/answer",
                           QStringLiteral("answer %1 is out of range: there are %2 choices")
                               .arg(q["answer"].get<long long>())
                               .arg(q["choices"].size()));
            }
        }
        if (doc.kind == "sample" && j.contains("variants") && j["variants"].is_array()) {
            const QString folder = QFileInfo(doc.relativePath).path().section(u'/', -1);
            if (j.value("id", "") != folder.toStdString())
                report("/id", QStringLiteral("the sample id must match its folder name \"%1\"").arg(folder));
            QSet<QString> frameworks;
            for (std::size_t v = 0; v < j["variants"].size(); ++v) {
                const auto &variant = j["variants"][v];
                if (!variant.is_object())
                    continue;
                frameworks.insert(qs(variant.value("framework", "")));
                const QString base =
                    doc.absoluteDir + u'/' + qs(variant.value("dir", variant.value("framework", "")));
                QSet<QString> listed;
                if (variant.contains("files") && variant["files"].is_array())
                    for (const auto &f : variant["files"])
                        if (f.is_string())
                            listed.insert(qs(f.get<std::string>()));
                if (!variant.contains("annotations") || !variant["annotations"].is_array())
                    continue;
                for (std::size_t a = 0; a < variant["annotations"].size(); ++a) {
                    const auto &ann = variant["annotations"][a];
                    if (!ann.is_object() || !ann.contains("file") || !ann["file"].is_string())
                        continue;
                    const std::string ptr =
                        "/variants/" + std::to_string(v) + "/annotations/" + std::to_string(a);
                    const QString file = qs(ann["file"].get<std::string>());
                    if (!listed.contains(file)) {
                        report(ptr + "/file",
                               QStringLiteral("\"%1\" is not in this variant's files").arg(file));
                        continue;
                    }
                    QFile f(base + u'/' + file);
                    if (!f.open(QIODevice::ReadOnly))
                        continue;
                    const auto lines = f.readAll().count('\n') + 1;
                    if (ann.value("line", 0) > lines)
                        report(ptr + "/line", QStringLiteral("line %1 is past the end of %2 (%3 lines)")
                                                  .arg(ann.value("line", 0))
                                                  .arg(file)
                                                  .arg(lines));
                }
            }
            if (!frameworks.contains(QStringLiteral("flask")) ||
                !frameworks.contains(QStringLiteral("django")))
                report("/variants", QStringLiteral("a sample needs both a flask and a django variant"));
        }
    }

    qCDebug(lcContent) << "loaded" << pack.m_documents.size() << "documents from" << dir << "with"
                       << diags.size() << "problems";
    return pack;
}

const SchemaValidator &builtInSchema()
{
    static const SchemaValidator validator = [] {
        QFile f(QStringLiteral(":/crossroads/content.schema.json"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("the built-in content schema is missing from the resources");
        const QByteArray bytes = f.readAll();
        return SchemaValidator(nlohmann::json::parse(bytes.constData(), bytes.constData() + bytes.size()));
    }();
    return validator;
}

} // namespace crossroads
