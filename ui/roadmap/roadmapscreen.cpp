// SPDX-License-Identifier: MIT
#include "roadmapscreen.h"

#include "content/contentstore.h"
#include "learner/learnerstore.h"

#include <QHash>
#include <QHeaderView>
#include <QSqlQuery>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace crossroads::ui {

namespace {

QString statusText(ItemStatus s)
{
    // A symbol and a word, so status never depends on colour alone.
    switch (s) {
    case ItemStatus::InProgress:
        return QObject::tr("◐ In progress");
    case ItemStatus::Done:
        return QObject::tr("✔ Done");
    case ItemStatus::Skipped:
        return QObject::tr("⤼ Skipped");
    case ItemStatus::NotStarted:
        break;
    }
    return QObject::tr("○ Not started");
}

} // namespace

RoadmapScreen::RoadmapScreen(ContentStore &content, LearnerStore &learner, QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("roadmapTree"));
    m_tree->setAccessibleName(tr("Learning path"));
    m_tree->setHeaderLabels({tr("Step"), tr("Status"), tr("Hours"), tr("Lessons")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_tree);
    if (!content.isOpen())
        return;

    QHash<QString, QTreeWidgetItem *> tracks;
    QSqlQuery q(content.database());
    q.exec(QStringLiteral("SELECT id, title FROM tracks ORDER BY ord"));
    while (q.next()) {
        auto *item = new QTreeWidgetItem(m_tree, {q.value(1).toString()});
        item->setFirstColumnSpanned(true);
        QFont f = item->font(0);
        f.setBold(true);
        item->setFont(0, f);
        tracks.insert(q.value(0).toString(), item);
    }
    const auto steps = content.steps();
    for (const RoadmapStep &s : steps) {
        QTreeWidgetItem *parentItem = tracks.value(s.track);
        if (!parentItem)
            continue;
        auto *item = new QTreeWidgetItem(
            parentItem, {s.title, statusText(learner.status(QStringLiteral("step"), s.id)),
                         QString::number(s.hours), QString::number(content.lessons(s.id).size())});
        item->setData(0, Qt::UserRole, s.id);
        item->setToolTip(0, s.summary);
    }
    m_tree->expandAll();
}

} // namespace crossroads::ui
