// SPDX-License-Identifier: MIT
#include "solutiondialog.h"

#include "exercises/linediff.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPalette>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace crossroads::ui {

SolutionDialog::SolutionDialog(const QString &title, const QMap<QString, QString> &learner,
                               const QMap<QString, QString> &solution, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("solutionDialog"));
    setWindowTitle(tr("Solution: %1").arg(title));
    resize(820, 620);
    auto *layout = new QVBoxLayout(this);
    auto *legend = new QLabel(
        tr("Lines marked <b>−</b> are in your code only; lines marked <b>+</b> are in the reference solution "
           "only. Unmarked lines are the same in both. Your own code is not changed."),
        this);
    legend->setWordWrap(true);
    layout->addWidget(legend);
    m_tabs = new QTabWidget(this);
    layout->addWidget(m_tabs, 1);

    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    const QString removed = dark ? QStringLiteral("#5c2626") : QStringLiteral("#fbe0e0");
    const QString added = dark ? QStringLiteral("#1f4d2a") : QStringLiteral("#ddf4e1");
    const QString mono = QFontDatabase::systemFont(QFontDatabase::FixedFont).family();
    for (auto it = solution.constBegin(); it != solution.constEnd(); ++it) {
        const auto lines = LineDiff::compute(learner.value(it.key()), it.value());
        QString text;
        QString html = QStringLiteral("<pre style=\"font-family:'%1'; margin:0\">").arg(mono.toHtmlEscaped());
        if (LineDiff::identical(lines))
            html += tr("Your file is the same as the solution's.").toHtmlEscaped() + u'\n';
        for (const LineDiff::Line &l : lines) {
            // A sign as well as a colour, so the difference never depends on colour alone.
            const QChar sign = l.op == LineDiff::Op::Same ? u' ' : l.op == LineDiff::Op::Added ? u'+' : u'−';
            text += (l.op == LineDiff::Op::Same    ? u' '
                     : l.op == LineDiff::Op::Added ? u'+'
                                                   : u'-') +
                    l.text + u'\n';
            const QString body = QString(sign + u' ' + l.text).toHtmlEscaped();
            if (l.op == LineDiff::Op::Same)
                html += body + u'\n';
            else
                html += QStringLiteral("<span style=\"background-color:%1\">%2</span>\n")
                            .arg(l.op == LineDiff::Op::Added ? added : removed, body);
        }
        html += QStringLiteral("</pre>");
        m_diffs.insert(it.key(), text);
        auto *view = new QTextBrowser(m_tabs);
        view->setObjectName(QStringLiteral("solutionDiff"));
        view->setAccessibleName(tr("Differences in %1").arg(it.key()));
        view->setLineWrapMode(QTextEdit::NoWrap);
        view->setHtml(html);
        m_tabs->addTab(view, it.key());
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace crossroads::ui
