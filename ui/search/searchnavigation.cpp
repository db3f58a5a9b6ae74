// SPDX-License-Identifier: MIT
#include "searchnavigation.h"

#include <QAbstractItemView>
#include <QItemSelectionModel>
#include <QLoggingCategory>
#include <QMetaMethod>
#include <QWidget>

Q_LOGGING_CATEGORY(lcSearchUi, "crossroads.search.ui")

namespace crossroads::ui {

namespace SearchNavigation {

namespace {

// Finds the row that holds the id in any of the roles screens use for ids (Qt::UserRole and a
// few after it), anywhere in the model's tree.
QModelIndex findId(const QAbstractItemModel *model, const QString &id)
{
    if (!model || model->rowCount() == 0)
        return {};
    for (int role = Qt::UserRole; role <= Qt::UserRole + 8; ++role) {
        const QModelIndexList found = model->match(model->index(0, 0), role, id, 1,
                                                   Qt::MatchExactly | Qt::MatchRecursive | Qt::MatchWrap);
        if (!found.isEmpty())
            return found.first();
    }
    return {};
}

} // namespace

QString screenFor(const QString &kind, const QVariantMap &location)
{
    if (kind == QStringLiteral("row") || kind == QStringLiteral("extension"))
        return QStringLiteral("compare");
    if (kind == QStringLiteral("sample"))
        return QStringLiteral("samples");
    if (kind == QStringLiteral("exercise"))
        return QStringLiteral("exercises");
    if (kind == QStringLiteral("lesson") || kind == QStringLiteral("step") ||
        kind == QStringLiteral("question") || kind == QStringLiteral("project"))
        return QStringLiteral("roadmap");
    if (kind == QStringLiteral("note"))
        return screenFor(location.value(QStringLiteral("kind")).toString(), location);
    return {};
}

bool open(QWidget *screen, const QString &kind, const QString &id, const QVariantMap &location)
{
    if (!screen)
        return false;
    // A note opens the item it was written on.
    const QString itemKind =
        kind == QStringLiteral("note") ? location.value(QStringLiteral("kind")).toString() : kind;
    const QMetaObject *meta = screen->metaObject();
    if (meta->indexOfMethod("openSearchResult(QString,QString,QVariantMap)") >= 0) {
        bool opened = false;
        QMetaObject::invokeMethod(screen, "openSearchResult", Qt::DirectConnection,
                                  Q_RETURN_ARG(bool, opened), Q_ARG(QString, itemKind), Q_ARG(QString, id),
                                  Q_ARG(QVariantMap, location));
        if (opened)
            return true;
    }
    // A lesson, question or project is reached through its step in screens that list steps.
    QStringList ids = {id};
    const QString step = location.value(QStringLiteral("step")).toString();
    if (!step.isEmpty() && itemKind != QStringLiteral("step"))
        ids.append(step);
    const auto views = screen->findChildren<QAbstractItemView *>();
    for (const QString &wanted : std::as_const(ids)) {
        for (QAbstractItemView *view : views) {
            const QModelIndex index = findId(view->model(), wanted);
            if (!index.isValid())
                continue;
            view->setCurrentIndex(index);
            if (view->selectionModel())
                view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
            view->scrollTo(index, QAbstractItemView::PositionAtCenter);
            view->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    qCInfo(lcSearchUi) << "the" << screen->objectName() << "screen cannot show" << kind << id;
    return false;
}

} // namespace SearchNavigation

} // namespace crossroads::ui
