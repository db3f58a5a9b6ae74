// SPDX-License-Identifier: MIT
#pragma once

#include "search/searchresults.h"

#include <QAbstractItemModel>

namespace crossroads::ui {

// Search hits as a two-level tree: one group per kind (Lessons, Code samples, ...), each holding
// its hits in rank order. Group rows are headings only, not enabled, so keyboard navigation in
// the view moves from hit to hit across groups.
class SearchResultsModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchResultsModel)

public:
    enum Role {
        KindRole = Qt::UserRole + 1,
        IdRole,
        LocationRole, // QVariantMap: where the hit opens
        TitleHtmlRole,
        SnippetHtmlRole,
        ContextRole,
        IsGroupRole,
        CountRole, // groups: how many hits they hold
    };

    explicit SearchResultsModel(QObject *parent = nullptr);

    void setResults(const SearchResults &results);
    void clear();
    const SearchResults &results() const { return m_results; }
    int hitCount() const { return static_cast<int>(m_results.hits.size()); }
    // The first hit, or an invalid index when there is none.
    QModelIndex firstHit() const;
    const SearchHit *hit(const QModelIndex &index) const;

    // "Lessons", "Code samples", ... for a kind of hit.
    static QString kindTitle(const QString &kind);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Group
    {
        QString kind;
        int first = 0; // index of its first hit in m_results.hits
        int count = 0;
    };
    // Internal ids: 0 marks a group row; a hit row stores its group + 1.
    static constexpr quintptr GroupId = 0;

    SearchResults m_results;
    QList<Group> m_groups;
};

} // namespace crossroads::ui
