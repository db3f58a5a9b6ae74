// SPDX-License-Identifier: MIT
#include "comparisonmodel.h"

namespace crossroads::ui {

ComparisonModel::ComparisonModel(const ContentStore &content, QObject *parent) : QAbstractTableModel(parent)
{
    if (!content.isOpen())
        return;
    m_rows = content.rows();
    const auto categories = content.categories();
    for (const ComparisonCategory &c : categories)
        m_categoryTitles.insert(c.id, c.title);
}

int ComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ComparisonRow &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Topic:
            return r.topic;
        case Django:
            return r.django;
        case Flask:
            return r.flask;
        case FastApi:
            return r.fastapi;
        case Favours:
            // Words, not colour alone, carry which side a row favours.
            if (r.favours == QStringLiteral("django"))
                return tr("◆ Django");
            if (r.favours == QStringLiteral("flask"))
                return tr("● Flask");
            if (r.favours == QStringLiteral("fastapi"))
                return tr("▲ FastAPI");
            return tr("= Neither");
        }
        break;
    case CategoryRole:
        return r.category;
    case DiffersRole:
        return r.differs;
    case RowIdRole:
        return r.id;
    case ClaimRole:
        return r.claim;
    default:
        break;
    }
    return {};
}

QVariant ComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Topic:
        return tr("Topic");
    case Django:
        return tr("Django");
    case Flask:
        return tr("Flask");
    case FastApi:
        return tr("FastAPI");
    case Favours:
        return tr("Favours");
    }
    return {};
}

} // namespace crossroads::ui
