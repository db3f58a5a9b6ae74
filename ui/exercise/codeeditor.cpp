// SPDX-License-Identifier: MIT
#include "codeeditor.h"

#include <QFontDatabase>
#include <QKeyEvent>
#include <QPainter>
#include <QTextBlock>

namespace crossroads::ui {

namespace {

class Gutter final : public QWidget
{
public:
    explicit Gutter(CodeEditor *editor) : QWidget(editor), m_editor(editor) {}
    QSize sizeHint() const override { return {m_editor->lineNumberAreaWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintLineNumbers(event); }

private:
    CodeEditor *m_editor;
};

QString leadingSpaces(const QString &line)
{
    qsizetype i = 0;
    while (i < line.size() && (line.at(i) == u' ' || line.at(i) == u'\t'))
        ++i;
    return line.left(i);
}

// True when a Python line opens a block: it ends with ':' once a trailing comment is removed.
// A '#' inside a string is rare enough in exercise code that a simple cut is good enough.
bool opensBlock(const QString &line)
{
    QString code = line;
    const qsizetype hash = code.indexOf(u'#');
    if (hash >= 0)
        code.truncate(hash);
    return code.trimmed().endsWith(u':');
}

} // namespace

CodeEditor::CodeEditor(QWidget *parent) : QPlainTextEdit(parent), m_gutter(new Gutter(this))
{
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    setFont(mono);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabStopDistance(QFontMetricsF(mono).horizontalAdvance(u' ') * IndentWidth);
    connect(this, &QPlainTextEdit::blockCountChanged, this, &CodeEditor::updateGutterWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, &CodeEditor::updateGutter);
    updateGutterWidth();
}

int CodeEditor::lineNumberAreaWidth() const
{
    int digits = 2;
    for (int max = std::max(1, blockCount()); max >= 100; max /= 10)
        ++digits;
    return 12 + fontMetrics().horizontalAdvance(u'9') * digits;
}

void CodeEditor::updateGutterWidth()
{
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
}

void CodeEditor::updateGutter(const QRect &rect, int dy)
{
    if (dy)
        m_gutter->scroll(0, dy);
    else
        m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    if (rect.contains(viewport()->rect()))
        updateGutterWidth();
}

void CodeEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect r = contentsRect();
    m_gutter->setGeometry(QRect(r.left(), r.top(), lineNumberAreaWidth(), r.height()));
}

void CodeEditor::paintLineNumbers(QPaintEvent *event)
{
    QPainter painter(m_gutter);
    const QPalette pal = palette();
    painter.fillRect(event->rect(), pal.color(QPalette::AlternateBase));
    QTextBlock block = firstVisibleBlock();
    int number = block.blockNumber();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    int bottom = top + qRound(blockBoundingRect(block).height());
    const int current = textCursor().blockNumber();
    while (block.isValid() && top <= event->rect().bottom()) {
        if (block.isVisible() && bottom >= event->rect().top()) {
            painter.setPen(number == current ? pal.color(QPalette::Text)
                                             : pal.color(QPalette::PlaceholderText));
            painter.drawText(0, top, m_gutter->width() - 6, fontMetrics().height(), Qt::AlignRight,
                             QString::number(number + 1));
        }
        block = block.next();
        top = bottom;
        bottom = top + qRound(blockBoundingRect(block).height());
        ++number;
    }
}

void CodeEditor::goToLine(int line)
{
    const QTextBlock block = document()->findBlockByNumber(std::max(0, line - 1));
    if (!block.isValid())
        return;
    QTextCursor c(block);
    setTextCursor(c);
    centerCursor();
}

void CodeEditor::keyPressEvent(QKeyEvent *event)
{
    if (isReadOnly()) {
        QPlainTextEdit::keyPressEvent(event);
        return;
    }
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (mods == Qt::NoModifier) {
            insertNewline();
            return;
        }
        break;
    case Qt::Key_Tab:
        if (mods == Qt::NoModifier) {
            indentSelection(false);
            return;
        }
        break;
    case Qt::Key_Backtab:
        indentSelection(true);
        return;
    case Qt::Key_Backspace:
        if (mods == Qt::NoModifier && backspaceIndent())
            return;
        break;
    default:
        break;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void CodeEditor::insertNewline()
{
    QTextCursor c = textCursor();
    const QString line = c.block().text();
    QString indent = leadingSpaces(line);
    // Only what is left of the cursor decides: splitting "if x:|" opens a block, "|if x:" not.
    if (opensBlock(line.left(c.positionInBlock())))
        indent += QString(IndentWidth, u' ');
    c.beginEditBlock();
    c.removeSelectedText();
    c.insertText(u'\n' + indent);
    c.endEditBlock();
    setTextCursor(c);
    ensureCursorVisible();
}

void CodeEditor::indentSelection(bool dedent)
{
    QTextCursor c = textCursor();
    if (!dedent && !c.hasSelection()) {
        // Up to the next multiple of four, like editors that indent with spaces.
        const int column = c.positionInBlock();
        c.insertText(QString(IndentWidth - column % IndentWidth, u' '));
        setTextCursor(c);
        return;
    }
    const int start = c.selectionStart();
    const int end = c.selectionEnd();
    QTextBlock first = document()->findBlock(start);
    QTextBlock last = document()->findBlock(end);
    // A selection that ends at the very start of a line does not include that line.
    if (c.hasSelection() && last.position() == end && last != first)
        last = last.previous();
    c.beginEditBlock();
    for (QTextBlock b = first; b.isValid(); b = b.next()) {
        QTextCursor lineCursor(b);
        if (dedent) {
            const int spaces = static_cast<int>(leadingSpaces(b.text()).size());
            const int remove = std::min(spaces, IndentWidth);
            lineCursor.movePosition(QTextCursor::Right, QTextCursor::KeepAnchor, remove);
            lineCursor.removeSelectedText();
        } else {
            lineCursor.insertText(QString(IndentWidth, u' '));
        }
        if (b == last)
            break;
    }
    c.endEditBlock();
}

bool CodeEditor::backspaceIndent()
{
    QTextCursor c = textCursor();
    if (c.hasSelection())
        return false;
    const int column = c.positionInBlock();
    const QString before = c.block().text().left(column);
    if (column == 0 || !before.trimmed().isEmpty() || before.contains(u'\t'))
        return false;
    const int remove = (column - 1) % IndentWidth + 1;
    c.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, remove);
    c.removeSelectedText();
    setTextCursor(c);
    return true;
}

} // namespace crossroads::ui
