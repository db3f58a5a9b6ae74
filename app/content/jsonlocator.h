// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <unordered_map>

namespace crossroads {

struct TextPosition
{
    int line = 1;
    int column = 1;
};

// nlohmann_json 3.11 keeps no source positions, so this scans the (already valid) text once
// and remembers where each value starts, keyed by its JSON pointer ("/rows/3/id").
class JsonLocator final
{
public:
    explicit JsonLocator(const std::string &text);

    // Position of the value at pointer, or of its nearest ancestor that is known.
    TextPosition find(const std::string &pointer) const;
    // Position of the key that names the member at pointer (falls back to the value).
    TextPosition findKey(const std::string &pointer) const;

    // Line and column (1-based, columns count characters) of a byte offset.
    static TextPosition positionOfOffset(const std::string &text, std::size_t offset);

private:
    void scanValue(const std::string &pointer);
    void scanString();
    void skipSpace();
    TextPosition here() const { return {m_line, m_column}; }
    void advance();

    const std::string &m_text;
    std::size_t m_pos = 0;
    int m_line = 1;
    int m_column = 1;
    std::unordered_map<std::string, TextPosition> m_values;
    std::unordered_map<std::string, TextPosition> m_keys;
};

// Escapes a member name for use in a JSON pointer (RFC 6901).
std::string jsonPointerToken(const std::string &name);

} // namespace crossroads
