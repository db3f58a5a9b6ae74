// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

namespace crossroads::ui {

// Paints a search hit as its title (matched words marked) with where it lives, and below it two
// lines of snippet; a group row as a small heading. The marks are drawn with a background as
// well as in bold, so they do not depend on colour alone.
class SearchResultDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchResultDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static constexpr int SnippetLines = 2;
};

} // namespace crossroads::ui
