// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

#include <memory>

namespace crossroads {

// What a piece of code is. The highlighter turns each kind into a CSS class "tok-<name>", and an
// editor highlighter can map it to a QTextCharFormat; text outside any token is plain.
enum class TokenKind {
    Keyword,       // def, if, {% for %}
    Builtin,       // print, len, a template filter
    Constant,      // True, None, null
    String,        // any string literal, including its prefix and quotes
    Interpolation, // the braces and format spec of an f-string field
    Comment,
    Number,
    Decorator,   // @app.route
    Function,    // the name after def, a shell command
    Class,       // the name after class
    Tag,         // <div, </div>, >
    Attribute,   // an HTML attribute name, a shell option
    TemplateTag, // {% %} {{ }} delimiters
    Variable,    // $HOME, ${x}
    Key,         // a JSON object key
};

struct Token
{
    int start = 0;
    int length = 0;
    TokenKind kind = TokenKind::Keyword;

    friend bool operator==(const Token &a, const Token &b)
    {
        return a.start == b.start && a.length == b.length && a.kind == b.kind;
    }
};

// A tokenizer that works one line at a time, so a QSyntaxHighlighter can call it from
// highlightBlock() with previousBlockState()/setCurrentBlockState() as the carried state.
class Lexer
{
public:
    virtual ~Lexer() = default;

    // The tokens of one line (without its line break), ordered and non-overlapping. `state`
    // comes in as what the previous line left open (0 at the start of a document) and goes out
    // as what this line leaves open; 0 means nothing is open.
    virtual QList<Token> tokens(const QString &line, int &state) const = 0;

    // A lexer for a Markdown fence language or file suffix ("python", "py", "html", "jinja",
    // "django", "bash", "sh", "json", ...); a generic one for other code; nullptr for plain text
    // ("text", "console output", empty).
    static std::unique_ptr<Lexer> forLanguage(const QString &language);

    // "keyword", "builtin", ...: stable names used for CSS classes (tok-<name>).
    static QString kindName(TokenKind kind);

protected:
    Lexer() = default;
    Lexer(const Lexer &) = default;
    Lexer &operator=(const Lexer &) = default;
};

} // namespace crossroads
