// SPDX-License-Identifier: MIT
#include "schemavalidator.h"

#include "jsonlocator.h"

#include <QString>

#include <cmath>

namespace crossroads {

namespace {

std::string typeName(const nlohmann::json &value)
{
    switch (value.type()) {
    case nlohmann::json::value_t::null:
        return "null";
    case nlohmann::json::value_t::boolean:
        return "boolean";
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned:
        return "integer";
    case nlohmann::json::value_t::number_float:
        return "number";
    case nlohmann::json::value_t::string:
        return "string";
    case nlohmann::json::value_t::array:
        return "array";
    case nlohmann::json::value_t::object:
        return "object";
    default:
        return "value";
    }
}

bool hasType(const nlohmann::json &value, const std::string &type)
{
    if (type == "integer")
        return value.is_number_integer() ||
               (value.is_number_float() && std::floor(value.get<double>()) == value.get<double>());
    if (type == "number")
        return value.is_number();
    return typeName(value) == type;
}

std::size_t characterCount(const std::string &s)
{
    std::size_t n = 0;
    for (unsigned char c : s)
        n += (c & 0xC0) != 0x80;
    return n;
}

std::string shortValue(const nlohmann::json &value)
{
    std::string s = value.dump();
    if (s.size() > 60)
        s = s.substr(0, 57) + "...";
    return s;
}

std::string formatNumber(double d)
{
    return QString::number(d).toStdString();
}

} // namespace

std::string readablePath(const std::string &pointer)
{
    std::string out;
    std::size_t i = 1;
    while (i <= pointer.size() && !pointer.empty()) {
        const std::size_t next = pointer.find('/', i);
        std::string token = pointer.substr(i, next == std::string::npos ? std::string::npos : next - i);
        // Undo RFC 6901 escaping.
        for (std::size_t p = 0; (p = token.find('~', p)) != std::string::npos; ++p)
            token.replace(p, 2, token.compare(p, 2, "~1") == 0 ? "/" : "~");
        const bool index = !token.empty() && token.find_first_not_of("0123456789") == std::string::npos;
        if (index)
            out += '[' + token + ']';
        else
            out += (out.empty() ? "" : ".") + token;
        if (next == std::string::npos)
            break;
        i = next + 1;
    }
    return out.empty() ? std::string("(document)") : out;
}

SchemaValidator::SchemaValidator(Json schema) : m_schema(std::move(schema)) {}

bool SchemaValidator::hasKind(const std::string &kind) const
{
    const auto kinds = m_schema.find("kinds");
    return kinds != m_schema.end() && kinds->contains(kind);
}

std::vector<std::string> SchemaValidator::kinds() const
{
    std::vector<std::string> out;
    if (m_schema.contains("kinds"))
        for (auto it = m_schema["kinds"].begin(); it != m_schema["kinds"].end(); ++it)
            out.push_back(it.key());
    return out;
}

void SchemaValidator::validate(const std::string &kind, const Json &document,
                               std::vector<SchemaError> &errors, const AnnotationVisitor &visitor) const
{
    check(document, m_schema.at("kinds").at(kind), std::string(), errors, visitor, 0);
}

const nlohmann::json *SchemaValidator::resolve(const std::string &ref) const
{
    static const std::string prefix = "#/definitions/";
    if (ref.compare(0, prefix.size(), prefix) != 0)
        return nullptr;
    const auto defs = m_schema.find("definitions");
    if (defs == m_schema.end())
        return nullptr;
    const auto it = defs->find(ref.substr(prefix.size()));
    return it == defs->end() ? nullptr : &*it;
}

const QRegularExpression &SchemaValidator::regex(const std::string &pattern) const
{
    auto it = m_regexCache.find(pattern);
    if (it == m_regexCache.end()) {
        QRegularExpression re(QString::fromStdString(pattern));
        re.optimize();
        it = m_regexCache.emplace(pattern, std::move(re)).first;
    }
    return it->second;
}

void SchemaValidator::check(const Json &value, const Json &node, const std::string &pointer,
                            std::vector<SchemaError> &errors, const AnnotationVisitor &visitor,
                            int depth) const
{
    if (!node.is_object() || depth > 64)
        return;
    const auto fail = [&](std::string message, bool atKey = false) {
        errors.push_back({pointer, std::move(message), atKey});
    };

    if (const auto ref = node.find("$ref"); ref != node.end() && ref->is_string()) {
        const Json *target = resolve(ref->get<std::string>());
        if (!target) {
            fail("schema error: cannot resolve " + ref->get<std::string>());
            return;
        }
        const std::size_t before = errors.size();
        check(value, *target, pointer, errors, visitor, depth + 1);
        if (errors.size() != before)
            return; // one clear error per value is enough
    }

    if (const auto type = node.find("type"); type != node.end()) {
        bool ok = false;
        std::string expected;
        if (type->is_string()) {
            ok = hasType(value, *type);
            expected = *type;
        } else if (type->is_array()) {
            for (const auto &t : *type) {
                ok = ok || hasType(value, t);
                expected += (expected.empty() ? "" : " or ") + t.get<std::string>();
            }
        }
        if (!ok) {
            fail("expected " + expected + ", found " + typeName(value));
            return;
        }
    }

    if (const auto en = node.find("enum"); en != node.end() && en->is_array()) {
        bool found = false;
        std::string options;
        for (const auto &option : *en) {
            found = found || option == value;
            options += (options.empty() ? "" : ", ") + option.dump();
        }
        if (!found) {
            fail(shortValue(value) + " is not one of: " + options);
            return;
        }
    }

    if (value.is_string()) {
        const auto &s = value.get_ref<const std::string &>();
        const std::size_t length = characterCount(s);
        if (const auto m = node.find("minLength"); m != node.end() && length < m->get<std::size_t>())
            fail(m->get<std::size_t>() == 1
                     ? std::string("must not be empty")
                     : "must be at least " + std::to_string(m->get<std::size_t>()) + " characters long");
        if (const auto m = node.find("maxLength"); m != node.end() && length > m->get<std::size_t>())
            fail("must be at most " + std::to_string(m->get<std::size_t>()) + " characters long");
        if (const auto p = node.find("pattern"); p != node.end() && p->is_string()) {
            if (!regex(*p).match(QString::fromStdString(s)).hasMatch())
                fail(shortValue(value) + " does not match the pattern " + p->get<std::string>());
        }
        if (visitor && (node.contains("x-id") || node.contains("x-ref") || node.contains("x-file") ||
                        node.contains("x-markdown")))
            visitor(pointer, node, s);
    }

    if (value.is_number()) {
        const double d = value.get<double>();
        if (const auto m = node.find("minimum"); m != node.end() && d < m->get<double>())
            fail("must be at least " + formatNumber(m->get<double>()));
        if (const auto m = node.find("maximum"); m != node.end() && d > m->get<double>())
            fail("must be at most " + formatNumber(m->get<double>()));
    }

    if (value.is_array()) {
        if (const auto m = node.find("minItems"); m != node.end() && value.size() < m->get<std::size_t>())
            fail("must have at least " + std::to_string(m->get<std::size_t>()) +
                 (m->get<std::size_t>() == 1 ? " item" : " items"));
        if (const auto items = node.find("items"); items != node.end()) {
            for (std::size_t i = 0; i < value.size(); ++i)
                check(value[i], *items, pointer + '/' + std::to_string(i), errors, visitor, depth + 1);
        }
    }

    if (value.is_object()) {
        if (const auto required = node.find("required"); required != node.end()) {
            for (const auto &name : *required)
                if (!value.contains(name.get<std::string>()))
                    fail("missing required field \"" + name.get<std::string>() + '"');
        }
        const auto props = node.find("properties");
        const auto additional = node.find("additionalProperties");
        for (auto it = value.begin(); it != value.end(); ++it) {
            const std::string child = pointer + '/' + jsonPointerToken(it.key());
            if (props != node.end() && props->contains(it.key())) {
                check(it.value(), (*props)[it.key()], child, errors, visitor, depth + 1);
            } else if (additional != node.end()) {
                if (additional->is_boolean() && !additional->get<bool>())
                    errors.push_back({child, "unknown field \"" + it.key() + '"', true});
                else if (additional->is_object())
                    check(it.value(), *additional, child, errors, visitor, depth + 1);
            }
        }
    }
}

} // namespace crossroads
