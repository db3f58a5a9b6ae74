// SPDX-License-Identifier: MIT
#pragma once

#include <QPlainTextEdit>

namespace crossroads::ui {

// A plain-text code editor: monospace, line numbers in a gutter, and Python-friendly typing:
// Enter keeps the indentation (one level more after a line ending in ':'), Tab and Shift+Tab
// indent and dedent by four spaces (the whole selection when there is one), and Backspace in
// leading spaces removes one level.
class CodeEditor final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeEditor)

public:
    explicit CodeEditor(QWidget *parent = nullptr);

    static constexpr int IndentWidth = 4;

    int lineNumberAreaWidth() const;
    void paintLineNumbers(QPaintEvent *event);
    // Puts the cursor at the start of a 1-based line and shows it.
    void goToLine(int line);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateGutterWidth();
    void updateGutter(const QRect &rect, int dy);
    void insertNewline();
    void indentSelection(bool dedent);
    bool backspaceIndent();

    QWidget *m_gutter = nullptr;
};

} // namespace crossroads::ui
