// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QMap>
#include <QString>

class QTabWidget;

namespace crossroads::ui {

// The reference solution, shown as a difference against the learner's own code, one tab per
// file: what to remove from their version and what the solution has instead.
class SolutionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SolutionDialog)

public:
    SolutionDialog(const QString &title, const QMap<QString, QString> &learner,
                   const QMap<QString, QString> &solution, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    // The diff of one file as plain text ("-" learner, "+" solution, " " both), for tests.
    QString diffText(const QString &path) const { return m_diffs.value(path); }

private:
    QTabWidget *m_tabs = nullptr;
    QMap<QString, QString> m_diffs;
};

} // namespace crossroads::ui
