// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

#include <memory>

namespace crossroads {
class Lexer;
enum class TokenKind;
} // namespace crossroads

namespace crossroads::ui {

// Colours an editor's text with the app's own tokenizers (render/lexer.h), the same ones the
// lesson pages use, so code looks alike everywhere. Lexer state carries multi-line strings from
// one block to the next.
class CodeHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeHighlighter)

public:
    // language: a file suffix or fence name ("py", "html", "jinja", "django"); plain text when
    // no lexer knows it.
    CodeHighlighter(QTextDocument *document, const QString &language);
    ~CodeHighlighter() override;

    // The language for a file of an exercise: Python for .py, and for templates the
    // framework's own template language.
    static QString languageFor(const QString &path, const QString &framework);

protected:
    void highlightBlock(const QString &text) override;

private:
    std::unique_ptr<Lexer> m_lexer;
    QHash<int, QTextCharFormat> m_formats;
};

} // namespace crossroads::ui
