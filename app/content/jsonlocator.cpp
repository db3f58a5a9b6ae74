// SPDX-License-Identifier: MIT
#include "jsonlocator.h"

namespace crossroads {

std::string jsonPointerToken(const std::string &name)
{
    std::string out;
    out.reserve(name.size());
    for (char c : name) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

JsonLocator::JsonLocator(const std::string &text) : m_text(text)
{
    skipSpace();
    if (m_pos < m_text.size())
        scanValue(std::string());
}

TextPosition JsonLocator::positionOfOffset(const std::string &text, std::size_t offset)
{
    TextPosition p;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\n') {
            ++p.line;
            p.column = 1;
        } else if ((c & 0xC0) != 0x80) {
            ++p.column;
        }
    }
    return p;
}

TextPosition JsonLocator::find(const std::string &pointer) const
{
    std::string p = pointer;
    for (;;) {
        auto it = m_values.find(p);
        if (it != m_values.end())
            return it->second;
        const auto slash = p.rfind('/');
        if (slash == std::string::npos)
            return {};
        p.resize(slash);
    }
}

TextPosition JsonLocator::findKey(const std::string &pointer) const
{
    auto it = m_keys.find(pointer);
    return it != m_keys.end() ? it->second : find(pointer);
}

void JsonLocator::advance()
{
    const auto c = static_cast<unsigned char>(m_text[m_pos++]);
    if (c == '\n') {
        ++m_line;
        m_column = 1;
    } else if ((c & 0xC0) != 0x80) {
        ++m_column;
    }
}

void JsonLocator::skipSpace()
{
    while (m_pos < m_text.size()) {
        const char c = m_text[m_pos];
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            break;
        advance();
    }
}

void JsonLocator::scanString()
{
    advance(); // opening quote
    while (m_pos < m_text.size()) {
        const char c = m_text[m_pos];
        advance();
        if (c == '\\' && m_pos < m_text.size())
            advance();
        else if (c == '"')
            return;
    }
}

void JsonLocator::scanValue(const std::string &pointer)
{
    if (m_pos >= m_text.size())
        return;
    m_values.emplace(pointer, here());
    const char c = m_text[m_pos];
    if (c == '{') {
        advance();
        skipSpace();
        while (m_pos < m_text.size() && m_text[m_pos] != '}') {
            const TextPosition keyPos = here();
            const std::size_t start = m_pos + 1;
            scanString();
            // Keys in content are plain; escaped keys would only shift a reported position.
            const std::string key = m_text.substr(start, m_pos - start - 1);
            const std::string child = pointer + '/' + jsonPointerToken(key);
            m_keys.emplace(child, keyPos);
            skipSpace();
            if (m_pos < m_text.size() && m_text[m_pos] == ':')
                advance();
            skipSpace();
            scanValue(child);
            skipSpace();
            if (m_pos < m_text.size() && m_text[m_pos] == ',') {
                advance();
                skipSpace();
            }
        }
        if (m_pos < m_text.size())
            advance();
    } else if (c == '[') {
        advance();
        skipSpace();
        int index = 0;
        while (m_pos < m_text.size() && m_text[m_pos] != ']') {
            scanValue(pointer + '/' + std::to_string(index++));
            skipSpace();
            if (m_pos < m_text.size() && m_text[m_pos] == ',') {
                advance();
                skipSpace();
            }
        }
        if (m_pos < m_text.size())
            advance();
    } else if (c == '"') {
        scanString();
    } else {
        while (m_pos < m_text.size()) {
            const char d = m_text[m_pos];
            if (d == ',' || d == '}' || d == ']' || d == ' ' || d == '\n' || d == '\r' || d == '\t')
                break;
            advance();
        }
    }
}

} // namespace crossroads
