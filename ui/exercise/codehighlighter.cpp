// SPDX-License-Identifier: MIT
#include "codehighlighter.h"

#include "render/lexer.h"

#include <QGuiApplication>
#include <QPalette>

namespace crossroads::ui {

namespace {

QTextCharFormat charFormat(const QColor &color, bool bold = false, bool italic = false)
{
    QTextCharFormat f;
    f.setForeground(color);
    if (bold)
        f.setFontWeight(QFont::Bold);
    f.setFontItalic(italic);
    return f;
}

} // namespace

CodeHighlighter::CodeHighlighter(QTextDocument *document, const QString &language)
    : QSyntaxHighlighter(document), m_lexer(Lexer::forLanguage(language))
{
    // Two palettes, picked by the window's lightness, so dark themes stay readable.
    const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
    const auto pick = [dark](const char *light, const char *darkColor) {
        return QColor(QString::fromLatin1(dark ? darkColor : light));
    };
    m_formats.insert(int(TokenKind::Keyword), charFormat(pick("#8b1a7e", "#d49be8"), true));
    m_formats.insert(int(TokenKind::Builtin), charFormat(pick("#1c5d99", "#8cc4ff")));
    m_formats.insert(int(TokenKind::Constant), charFormat(pick("#1c5d99", "#8cc4ff"), true));
    m_formats.insert(int(TokenKind::String), charFormat(pick("#2c6e2c", "#a3d99b")));
    m_formats.insert(int(TokenKind::Interpolation), charFormat(pick("#9a5b00", "#f0b36b")));
    m_formats.insert(int(TokenKind::Comment), charFormat(pick("#6b6b6b", "#9a9a9a"), false, true));
    m_formats.insert(int(TokenKind::Number), charFormat(pick("#9a5b00", "#f0b36b")));
    m_formats.insert(int(TokenKind::Decorator), charFormat(pick("#a0420a", "#ffab70")));
    m_formats.insert(int(TokenKind::Function), charFormat(pick("#00638a", "#7fd4f5"), true));
    m_formats.insert(int(TokenKind::Class), charFormat(pick("#00638a", "#7fd4f5"), true));
    m_formats.insert(int(TokenKind::Tag), charFormat(pick("#8b1a7e", "#d49be8")));
    m_formats.insert(int(TokenKind::Attribute), charFormat(pick("#a0420a", "#ffab70")));
    m_formats.insert(int(TokenKind::TemplateTag), charFormat(pick("#9a5b00", "#f0b36b"), true));
    m_formats.insert(int(TokenKind::Variable), charFormat(pick("#1c5d99", "#8cc4ff")));
    m_formats.insert(int(TokenKind::Key), charFormat(pick("#1c5d99", "#8cc4ff")));
}

CodeHighlighter::~CodeHighlighter() = default;

QString CodeHighlighter::languageFor(const QString &path, const QString &framework)
{
    const QString suffix = path.section(u'.', -1).toLower();
    if (suffix == QStringLiteral("html"))
        return framework == QStringLiteral("django") ? QStringLiteral("django") : QStringLiteral("jinja");
    return suffix;
}

void CodeHighlighter::highlightBlock(const QString &text)
{
    if (!m_lexer)
        return;
    int state = std::max(0, previousBlockState());
    const auto tokens = m_lexer->tokens(text, state);
    for (const Token &t : tokens)
        setFormat(t.start, t.length, m_formats.value(int(t.kind)));
    setCurrentBlockState(state);
}

} // namespace crossroads::ui
