// SPDX-License-Identifier: MIT
#include "searchresultsmodel.h"

namespace crossroads::ui {

SearchResultsModel::SearchResultsModel(QObject *parent) : QAbstractItemModel(parent) {}

QString SearchResultsModel::kindTitle(const QString &kind)
{
    if (kind == QStringLiteral("lesson"))
        return tr("Lessons");
    if (kind == QStringLiteral("sample"))
        return tr("Code samples");
    if (kind == QStringLiteral("row"))
        return tr("Comparison");
    if (kind == QStringLiteral("term"))
        return tr("Glossary");
    if (kind == QStringLiteral("question"))
        return tr("Quiz questions");
    if (kind == QStringLiteral("step"))
        return tr("Roadmap steps");
    if (kind == QStringLiteral("project"))
        return tr("Projects");
    if (kind == QStringLiteral("extension"))
        return tr("Flask extensions");
    if (kind == QStringLiteral("exercise"))
        return tr("Exercises");
    if (kind == QStringLiteral("note"))
        return tr("Your notes");
    return kind;
}

void SearchResultsModel::setResults(const SearchResults &results)
{
    beginResetModel();
    m_results = results;
    m_groups.clear();
    for (int i = 0; i < m_results.hits.size(); ++i) {
        const QString &kind = m_results.hits.at(i).kind;
        if (m_groups.isEmpty() || m_groups.last().kind != kind)
            m_groups.append({kind, i, 0});
        ++m_groups.last().count;
    }
    endResetModel();
}

void SearchResultsModel::clear()
{
    setResults({});
}

QModelIndex SearchResultsModel::firstHit() const
{
    return m_groups.isEmpty() ? QModelIndex() : index(0, 0, index(0, 0));
}

const SearchHit *SearchResultsModel::hit(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == GroupId)
        return nullptr;
    const Group &g = m_groups.at(static_cast<int>(index.internalId() - 1));
    return &m_results.hits.at(g.first + index.row());
}

QModelIndex SearchResultsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, 0, GroupId) : QModelIndex();
    if (parent.internalId() != GroupId || parent.row() >= m_groups.size() ||
        row >= m_groups.at(parent.row()).count)
        return {};
    return createIndex(row, 0, static_cast<quintptr>(parent.row()) + 1);
}

QModelIndex SearchResultsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == GroupId)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, GroupId);
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_groups.size());
    if (parent.internalId() == GroupId && parent.row() < m_groups.size())
        return m_groups.at(parent.row()).count;
    return 0;
}

int SearchResultsModel::columnCount(const QModelIndex &) const
{
    return 1;
}

Qt::ItemFlags SearchResultsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == GroupId)
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == GroupId) {
        const Group &g = m_groups.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return tr("%1 (%2)").arg(kindTitle(g.kind)).arg(g.count);
        case KindRole:
            return g.kind;
        case IsGroupRole:
            return true;
        case CountRole:
            return g.count;
        default:
            return {};
        }
    }
    const SearchHit *h = hit(index);
    if (!h)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return SearchMarks::plain(h->title);
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        return h->context.isEmpty()
                   ? tr("%1: %2").arg(SearchMarks::plain(h->title), SearchMarks::plain(h->snippet))
                   : tr("%1 (%2): %3")
                         .arg(SearchMarks::plain(h->title), h->context, SearchMarks::plain(h->snippet));
    case KindRole:
        return h->kind;
    case IdRole:
        return h->id;
    case LocationRole:
        return h->location;
    case TitleHtmlRole:
        return SearchMarks::html(h->title);
    case SnippetHtmlRole:
        return SearchMarks::html(h->snippet);
    case ContextRole:
        return h->context;
    case IsGroupRole:
        return false;
    default:
        return {};
    }
}

} // namespace crossroads::ui
