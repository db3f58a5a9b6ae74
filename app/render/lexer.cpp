// SPDX-License-Identifier: MIT
#include "lexer.h"

#include "render/bashlexer.h"
#include "render/genericlexer.h"
#include "render/jsonlexer.h"
#include "render/pythonlexer.h"
#include "render/templatelexer.h"

namespace crossroads {

std::unique_ptr<Lexer> Lexer::forLanguage(const QString &language)
{
    // The fence info string may carry more than the language ("python title=app.py").
    const QString lang = language.section(u' ', 0, 0, QString::SectionSkipEmpty).toLower();
    if (lang.isEmpty() || lang == u"text" || lang == u"plain" || lang == u"plaintext" || lang == u"txt" ||
        lang == u"output" || lang == u"console")
        return nullptr;
    if (lang == u"python" || lang == u"py" || lang == u"python3" || lang == u"py3")
        return std::make_unique<PythonLexer>();
    if (lang == u"html" || lang == u"htm" || lang == u"xml" || lang == u"jinja" || lang == u"jinja2" ||
        lang == u"j2" || lang == u"django" || lang == u"htmldjango" || lang == u"html+jinja" ||
        lang == u"html+django")
        return std::make_unique<TemplateLexer>();
    if (lang == u"bash" || lang == u"sh" || lang == u"shell" || lang == u"zsh" || lang == u"shell-session")
        return std::make_unique<BashLexer>();
    if (lang == u"json" || lang == u"jsonc")
        return std::make_unique<JsonLexer>();
    return std::make_unique<GenericLexer>();
}

QString Lexer::kindName(TokenKind kind)
{
    switch (kind) {
    case TokenKind::Keyword:
        return QStringLiteral("keyword");
    case TokenKind::Builtin:
        return QStringLiteral("builtin");
    case TokenKind::Constant:
        return QStringLiteral("constant");
    case TokenKind::String:
        return QStringLiteral("string");
    case TokenKind::Interpolation:
        return QStringLiteral("interpolation");
    case TokenKind::Comment:
        return QStringLiteral("comment");
    case TokenKind::Number:
        return QStringLiteral("number");
    case TokenKind::Decorator:
        return QStringLiteral("decorator");
    case TokenKind::Function:
        return QStringLiteral("function");
    case TokenKind::Class:
        return QStringLiteral("class");
    case TokenKind::Tag:
        return QStringLiteral("tag");
    case TokenKind::Attribute:
        return QStringLiteral("attribute");
    case TokenKind::TemplateTag:
        return QStringLiteral("template");
    case TokenKind::Variable:
        return QStringLiteral("variable");
    case TokenKind::Key:
        return QStringLiteral("key");
    }
    return QStringLiteral("plain");
}

} // namespace crossroads
