// SPDX-License-Identifier: MIT
#pragma once

#include "learner/progresstracker.h"

#include <QAbstractTableModel>
#include <QList>

namespace crossroads::ui {

// One row per track (and a total): steps done, in progress, skipped, hours and completion.
class TrackSummaryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrackSummaryModel)

public:
    enum Column { Track, Done, InProgress, Skipped, Hours, Completion, ColumnCount };
    // The number behind a cell (counts, seconds, percent), for sorting, delegates and tests.
    static constexpr int ValueRole = Qt::UserRole + 1;

    explicit TrackSummaryModel(QObject *parent = nullptr);

    void setTracks(const QList<TrackSummary> &tracks);
    TrackSummary total() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const TrackSummary &row(int r) const;

    QList<TrackSummary> m_tracks;
    TrackSummary m_total;
};

} // namespace crossroads::ui
