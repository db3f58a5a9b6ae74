// SPDX-License-Identifier: MIT
#pragma once

#include "diagnostic.h"
#include "jsonlocator.h"

#include <QString>

#include <nlohmann/json.hpp>

#include <memory>
#include <vector>

namespace crossroads {

class SchemaValidator;

// One parsed JSON document of a pack, with what is needed to point at its fields.
struct ContentDocument
{
    QString path;         // as reported to people: the pack dir the user gave, joined with the file
    QString relativePath; // relative to the pack root, with '/' separators
    QString absoluteDir;  // folder holding the file
    std::string kind;
    std::string text;
    nlohmann::json json;
    std::unique_ptr<JsonLocator> locator;
};

// A content pack read from a folder and checked as a whole: JSON syntax, the schema, ids that
// must be unique, references that must resolve, files that must exist and a few rules a
// schema cannot express. Nothing here writes anything.
class ContentPack final
{
public:
    // Loads and checks the pack in dir; the schema comes from the app, never from the pack,
    // so an untrusted pack cannot loosen its own rules.
    static ContentPack load(const QString &dir, const SchemaValidator &schema);

    const Diagnostics &diagnostics() const { return m_diagnostics; }
    bool isValid() const { return m_diagnostics.isEmpty(); }
    const std::vector<std::unique_ptr<ContentDocument>> &documents() const { return m_documents; }
    QString rootDir() const { return m_root; }
    // Documents of one kind, in path order.
    std::vector<const ContentDocument *> documentsOfKind(const std::string &kind) const;

private:
    QString m_root;
    Diagnostics m_diagnostics;
    std::vector<std::unique_ptr<ContentDocument>> m_documents;
};

// The schema the app ships (content/schema/content.schema.json, compiled into resources).
const SchemaValidator &builtInSchema();

} // namespace crossroads
