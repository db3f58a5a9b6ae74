// SPDX-License-Identifier: MIT
#include "searchtext.h"

namespace crossroads {

namespace {

// Leading indentation of up to three spaces, as CommonMark allows before block markers.
qsizetype indentOf(QStringView line)
{
    qsizetype i = 0;
    while (i < line.size() && i < 3 && line.at(i) == u' ')
        ++i;
    return i;
}

// ``` or ~~~ (three or more) opens or closes a fenced code block.
QChar fenceOf(QStringView line)
{
    const qsizetype i = indentOf(line);
    if (line.size() - i >= 3) {
        const QChar c = line.at(i);
        if ((c == u'`' || c == u'~') && line.at(i + 1) == c && line.at(i + 2) == c)
            return c;
    }
    return {};
}

// "|---|:--:|", "---", "===": lines that only draw a table, a rule or a setext underline.
bool isRuleLine(QStringView line)
{
    bool dash = false;
    for (const QChar c : line) {
        if (c == u'-' || c == u'=' || c == u'*' || c == u'_')
            dash = true;
        else if (c != u'|' && c != u':' && c != u' ' && c != u'\t')
            return false;
    }
    return dash;
}

// The index just past the bracket that closes the one at `open`, or -1.
qsizetype closing(QStringView s, qsizetype open, QChar openChar, QChar closeChar)
{
    int depth = 0;
    for (qsizetype i = open; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c == u'\\') {
            ++i;
        } else if (c == openChar) {
            ++depth;
        } else if (c == closeChar && --depth == 0) {
            return i + 1;
        }
    }
    return -1;
}

} // namespace

void SearchText::appendInline(QStringView line, QString &out)
{
    qsizetype i = 0;
    while (i < line.size()) {
        const QChar c = line.at(i);
        if (c == u'\\' && i + 1 < line.size() && line.at(i + 1).isPunct()) {
            out += line.at(i + 1);
            i += 2;
        } else if (c == u'`') {
            // A code span is kept verbatim (without its backticks): its * and [ are code, not markup.
            qsizetype run = 0;
            while (i + run < line.size() && line.at(i + run) == u'`')
                ++run;
            const QString ticks(run, u'`');
            const qsizetype end = line.indexOf(ticks, i + run);
            if (end < 0) {
                out += line.mid(i, run);
                i += run;
            } else {
                out += line.mid(i + run, end - i - run);
                i = end + run;
            }
        } else if (c == u'[' || (c == u'!' && i + 1 < line.size() && line.at(i + 1) == u'[')) {
            const qsizetype open = c == u'!' ? i + 1 : i;
            const qsizetype textEnd = closing(line, open, u'[', u']');
            if (textEnd > 0 && textEnd < line.size() && line.at(textEnd) == u'(') {
                const qsizetype targetEnd = closing(line, textEnd, u'(', u')');
                if (targetEnd > 0) {
                    appendInline(line.mid(open + 1, textEnd - open - 2), out);
                    i = targetEnd;
                    continue;
                }
            }
            out += c;
            ++i;
        } else if (c == u'*') {
            ++i;
        } else if (c == u'|') {
            out += u' ';
            ++i;
        } else {
            out += c;
            ++i;
        }
    }
}

QString SearchText::fromMarkdown(const QString &markdown)
{
    QString out;
    out.reserve(markdown.size());
    QChar fence;
    qsizetype start = 0;
    const QStringView all(markdown);
    while (start <= all.size()) {
        qsizetype end = all.indexOf(u'\n', start);
        if (end < 0)
            end = all.size();
        QStringView line = all.mid(start, end - start);
        if (line.endsWith(u'\r'))
            line.chop(1);

        const QChar thisFence = fenceOf(line);
        if (!fence.isNull()) {
            if (thisFence == fence)
                fence = QChar();
            else
                out += line;
        } else if (!thisFence.isNull()) {
            fence = thisFence;
        } else if (!isRuleLine(line)) {
            qsizetype i = indentOf(line);
            while (i < line.size() && line.at(i) == u'>') {
                ++i;
                if (i < line.size() && line.at(i) == u' ')
                    ++i;
            }
            qsizetype hashes = 0;
            while (i + hashes < line.size() && line.at(i + hashes) == u'#')
                ++hashes;
            if (hashes >= 1 && hashes <= 6 && (i + hashes == line.size() || line.at(i + hashes) == u' ')) {
                i += hashes;
                // An optional closing run of # counts only after a space ("## C#" keeps its #).
                while (!line.isEmpty() && line.back().isSpace())
                    line.chop(1);
                qsizetype tail = line.size();
                while (tail > i && line.at(tail - 1) == u'#')
                    --tail;
                if (tail < line.size() && tail > i && line.at(tail - 1) == u' ')
                    line.truncate(tail);
            }
            QStringView rest = line.mid(std::min(i, line.size())).trimmed();
            // A table row's outer pipes would only leave spaces around the cells.
            if (rest.startsWith(u'|'))
                rest = rest.mid(1).trimmed();
            if (rest.endsWith(u'|') && !rest.endsWith(QStringLiteral("\\|")))
                rest = rest.chopped(1).trimmed();
            appendInline(rest, out);
        }
        if (end < all.size())
            out += u'\n';
        start = end + 1;
    }
    return out;
}

} // namespace crossroads
