// SPDX-License-Identifier: MIT
#include "exercises/linediff.h"

#include <QTest>

using namespace crossroads;

// Renders a diff compactly: "=a" same, "-a" removed, "+a" added, joined with '|'.
static QString render(const QList<LineDiff::Line> &lines)
{
    QStringList out;
    for (const LineDiff::Line &l : lines)
        out.append((l.op == LineDiff::Op::Same ? u'=' : l.op == LineDiff::Op::Added ? u'+' : u'-') + l.text);
    return out.join(u'|');
}

class TestLineDiff : public QObject
{
    Q_OBJECT

private slots:
    void compute_data();
    void compute();
    void lineNumbers();
    void unifiedKeepsContext();
};

void TestLineDiff::compute_data()
{
    QTest::addColumn<QString>("oldText");
    QTest::addColumn<QString>("newText");
    QTest::addColumn<QString>("expected");
    QTest::newRow("identical") << "a\nb\n"
                               << "a\nb\n"
                               << "=a|=b";
    QTest::newRow("both empty") << ""
                                << ""
                                << "";
    QTest::newRow("from empty") << ""
                                << "a\nb"
                                << "+a|+b";
    QTest::newRow("to empty") << "a\nb\n"
                              << ""
                              << "-a|-b";
    QTest::newRow("final newline does not matter") << "a\nb"
                                                   << "a\nb\n"
                                                   << "=a|=b";
    QTest::newRow("one line changed") << "a\nb\nc"
                                      << "a\nB\nc"
                                      << "=a|-b|+B|=c";
    QTest::newRow("insert in the middle") << "a\nc"
                                          << "a\nb\nc"
                                          << "=a|+b|=c";
    QTest::newRow("delete at the start") << "x\na\nb"
                                         << "a\nb"
                                         << "-x|=a|=b";
    QTest::newRow("todo replaced by code") << "def f():\n    # TODO\n    return 0\n"
                                           << "def f():\n    x = 1\n    return x\n"
                                           << "=def f():|-    # TODO|-    return 0|+    x = 1|+    return x";
    QTest::newRow("moved line") << "a\nb\nc"
                                << "b\nc\na"
                                << "-a|=b|=c|+a";
    QTest::newRow("blank lines kept") << "a\n\nb"
                                      << "a\n\n\nb"
                                      << "=a|=|+|=b";
}

void TestLineDiff::compute()
{
    QFETCH(QString, oldText);
    QFETCH(QString, newText);
    QFETCH(QString, expected);
    const auto lines = LineDiff::compute(oldText, newText);
    QCOMPARE(render(lines), expected);
    QCOMPARE(LineDiff::identical(lines), !expected.contains(u'-') && !expected.contains(u'+'));
}

void TestLineDiff::lineNumbers()
{
    const auto lines = LineDiff::compute(QStringLiteral("a\nb\nc"), QStringLiteral("a\nx\ny\nc"));
    QCOMPARE(lines.size(), 5);
    QCOMPARE(lines.at(0).oldLine, 1);
    QCOMPARE(lines.at(0).newLine, 1);
    QCOMPARE(lines.at(1).op, LineDiff::Op::Removed);
    QCOMPARE(lines.at(1).oldLine, 2);
    QCOMPARE(lines.at(1).newLine, 0);
    QCOMPARE(lines.at(2).op, LineDiff::Op::Added);
    QCOMPARE(lines.at(2).newLine, 2);
    QCOMPARE(lines.at(4).oldLine, 3);
    QCOMPARE(lines.at(4).newLine, 4);
}

void TestLineDiff::unifiedKeepsContext()
{
    QStringList before;
    for (int i = 1; i <= 20; ++i)
        before.append(QStringLiteral("line %1").arg(i));
    QStringList after = before;
    after[9] = QStringLiteral("changed");
    const QString text = LineDiff::unified(LineDiff::compute(before.join(u'\n'), after.join(u'\n')), 2);
    QCOMPARE(text, QStringLiteral("@@ -8 +8 @@\n line 8\n line 9\n-line 10\n+changed\n line 11\n line 12\n"));
    QVERIFY(LineDiff::unified(LineDiff::compute(QStringLiteral("a"), QStringLiteral("a"))).isEmpty());
}

QTEST_GUILESS_MAIN(TestLineDiff)
#include "tst_linediff.moc"
