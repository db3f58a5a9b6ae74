// SPDX-License-Identifier: MIT
#pragma once

#include "content/contentstore.h"

#include <QAbstractTableModel>
#include <QHash>

namespace crossroads::ui {

// The comparison rows as a table: topic, Django, Flask, FastAPI, and which side a row favours.
class ComparisonModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparisonModel)

public:
    enum Column { Topic, Django, Flask, FastApi, Favours, ColumnCount };
    enum Role { CategoryRole = Qt::UserRole + 1, DiffersRole, RowIdRole, ClaimRole };

    explicit ComparisonModel(const ContentStore &content, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const ComparisonRow &row(int r) const { return m_rows.at(r); }
    QString categoryTitle(const QString &id) const { return m_categoryTitles.value(id); }

private:
    QList<ComparisonRow> m_rows;
    QHash<QString, QString> m_categoryTitles;
};

} // namespace crossroads::ui
