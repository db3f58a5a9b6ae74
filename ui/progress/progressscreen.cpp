// SPDX-License-Identifier: MIT
#include "progressscreen.h"

#include "content/contentstore.h"
#include "learner/learnerstore.h"

#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QSqlQuery>
#include <QTableWidget>
#include <QVBoxLayout>

namespace crossroads::ui {

ProgressScreen::ProgressScreen(ContentStore &content, LearnerStore &learner, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Your progress by track"), this);
    QFont f = title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.3);
    title->setFont(f);
    layout->addWidget(title);
    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(QStringLiteral("progressTable"));
    m_table->setAccessibleName(tr("Progress by track"));
    m_table->setHorizontalHeaderLabels(
        {tr("Track"), tr("Steps"), tr("Done"), tr("In progress"), tr("Skipped"), tr("Hours done / planned")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_table);
    if (!content.isOpen())
        return;

    struct Totals
    {
        QString title;
        int steps = 0, done = 0, inProgress = 0, skipped = 0;
        double hours = 0, hoursDone = 0;
    };
    QMap<int, Totals> byOrder;
    QHash<QString, int> order;
    QSqlQuery q(content.database());
    q.exec(QStringLiteral("SELECT id, title, ord FROM tracks"));
    while (q.next()) {
        order.insert(q.value(0).toString(), q.value(2).toInt());
        byOrder[q.value(2).toInt()].title = q.value(1).toString();
    }
    const auto steps = content.steps();
    for (const RoadmapStep &s : steps) {
        Totals &t = byOrder[order.value(s.track)];
        ++t.steps;
        t.hours += s.hours;
        switch (learner.status(QStringLiteral("step"), s.id)) {
        case ItemStatus::Done:
            ++t.done;
            t.hoursDone += s.hours;
            break;
        case ItemStatus::InProgress:
            ++t.inProgress;
            break;
        case ItemStatus::Skipped:
            ++t.skipped;
            break;
        case ItemStatus::NotStarted:
            break;
        }
    }
    for (const Totals &t : std::as_const(byOrder)) {
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        const QStringList cells = {t.title,
                                   QString::number(t.steps),
                                   QString::number(t.done),
                                   QString::number(t.inProgress),
                                   QString::number(t.skipped),
                                   QStringLiteral("%1 / %2").arg(t.hoursDone).arg(t.hours)};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
}

} // namespace crossroads::ui
