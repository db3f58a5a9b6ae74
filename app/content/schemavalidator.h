// SPDX-License-Identifier: MIT
#pragma once

#include <QRegularExpression>

#include <nlohmann/json.hpp>

#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

namespace crossroads {

struct SchemaError
{
    std::string pointer; // JSON pointer of the offending value
    std::string message;
    bool atKey = false; // point at the member's key rather than its value
};

// Validates documents against the subset of JSON Schema that content.schema.json uses, and
// reports every string whose schema carries a Crossroads keyword (x-id, x-ref, x-file,
// x-markdown) so the pack validator can check identities, references and files.
class SchemaValidator final
{
public:
    using Json = nlohmann::json;
    using AnnotationVisitor =
        std::function<void(const std::string &pointer, const Json &schemaNode, const std::string &value)>;

    explicit SchemaValidator(Json schema);

    bool hasKind(const std::string &kind) const;
    std::vector<std::string> kinds() const;
    void validate(const std::string &kind, const Json &document, std::vector<SchemaError> &errors,
                  const AnnotationVisitor &visitor) const;

    const Json &schema() const { return m_schema; }

private:
    void check(const Json &value, const Json &node, const std::string &pointer,
               std::vector<SchemaError> &errors, const AnnotationVisitor &visitor, int depth) const;
    const Json *resolve(const std::string &ref) const;
    const QRegularExpression &regex(const std::string &pattern) const;

    Json m_schema;
    mutable std::unordered_map<std::string, QRegularExpression> m_regexCache;
};

// "/rows/3/id" -> "rows[3].id", the way the validator names a field for people.
std::string readablePath(const std::string &pointer);

} // namespace crossroads
