// SPDX-License-Identifier: MIT
#include "linediff.h"

#include <vector>

namespace crossroads {

namespace {

QStringList splitLines(const QString &text)
{
    if (text.isEmpty())
        return {};
    QStringList lines = text.split(u'\n');
    if (lines.last().isEmpty()) // a final newline does not start another line
        lines.removeLast();
    return lines;
}

} // namespace

QList<LineDiff::Line> LineDiff::compute(const QString &oldText, const QString &newText)
{
    const QStringList a = splitLines(oldText);
    const QStringList b = splitLines(newText);
    // Common head and tail first: exercise files differ in a few places, so the quadratic
    // table below only covers the part that changed.
    qsizetype head = 0;
    while (head < a.size() && head < b.size() && a.at(head) == b.at(head))
        ++head;
    qsizetype tail = 0;
    while (tail < a.size() - head && tail < b.size() - head &&
           a.at(a.size() - 1 - tail) == b.at(b.size() - 1 - tail))
        ++tail;
    const qsizetype n = a.size() - head - tail;
    const qsizetype m = b.size() - head - tail;

    QList<Line> out;
    for (qsizetype i = 0; i < head; ++i)
        out.append({Op::Same, a.at(i), int(i + 1), int(i + 1)});

    // lcs[i][j] = length of the LCS of a[head+i..] and b[head+j..] within the middle part.
    std::vector<std::vector<int>> lcs(std::size_t(n + 1), std::vector<int>(std::size_t(m + 1), 0));
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            lcs[std::size_t(i)][std::size_t(j)] = a.at(head + i) == b.at(head + j)
                                                      ? lcs[std::size_t(i + 1)][std::size_t(j + 1)] + 1
                                                      : std::max(lcs[std::size_t(i + 1)][std::size_t(j)],
                                                                 lcs[std::size_t(i)][std::size_t(j + 1)]);
    // On a tie the learner's line goes first, so a replaced block reads "old lines, new lines".
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a.at(head + i) == b.at(head + j)) {
            out.append({Op::Same, a.at(head + i), int(head + i + 1), int(head + j + 1)});
            ++i;
            ++j;
        } else if (j < m && (i == n || lcs[std::size_t(i)][std::size_t(j + 1)] >
                                           lcs[std::size_t(i + 1)][std::size_t(j)])) {
            out.append({Op::Added, b.at(head + j), 0, int(head + j + 1)});
            ++j;
        } else {
            out.append({Op::Removed, a.at(head + i), int(head + i + 1), 0});
            ++i;
        }
    }
    for (qsizetype k = 0; k < tail; ++k) {
        const qsizetype ai = a.size() - tail + k;
        const qsizetype bi = b.size() - tail + k;
        out.append({Op::Same, a.at(ai), int(ai + 1), int(bi + 1)});
    }
    return out;
}

bool LineDiff::identical(const QList<Line> &lines)
{
    for (const Line &l : lines)
        if (l.op != Op::Same)
            return false;
    return true;
}

QString LineDiff::unified(const QList<Line> &lines, int context)
{
    QString out;
    const qsizetype count = lines.size();
    qsizetype i = 0;
    while (i < count) {
        if (lines.at(i).op == Op::Same) {
            ++i;
            continue;
        }
        // A hunk: back up `context` lines, then run until `context` unchanged lines follow the
        // last change.
        qsizetype start = std::max<qsizetype>(0, i - context);
        qsizetype end = i;
        qsizetype quiet = 0;
        while (end < count && quiet <= 2 * context) {
            quiet = lines.at(end).op == Op::Same ? quiet + 1 : 0;
            ++end;
        }
        end -= std::max<qsizetype>(0, quiet - context);
        int oldStart = 0;
        int newStart = 0;
        for (qsizetype k = start; k < end && (!oldStart || !newStart); ++k) {
            if (!oldStart && lines.at(k).oldLine)
                oldStart = lines.at(k).oldLine;
            if (!newStart && lines.at(k).newLine)
                newStart = lines.at(k).newLine;
        }
        out += QStringLiteral("@@ -%1 +%2 @@\n").arg(oldStart).arg(newStart);
        for (qsizetype k = start; k < end; ++k) {
            const Line &l = lines.at(k);
            out += (l.op == Op::Same ? u' ' : l.op == Op::Added ? u'+' : u'-') + l.text + u'\n';
        }
        i = end;
    }
    return out;
}

} // namespace crossroads
