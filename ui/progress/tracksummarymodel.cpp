// SPDX-License-Identifier: MIT
#include "tracksummarymodel.h"

#include "roadmap/stepnode.h"

#include <QFont>

namespace crossroads::ui {

TrackSummaryModel::TrackSummaryModel(QObject *parent) : QAbstractTableModel(parent) {}

void TrackSummaryModel::setTracks(const QList<TrackSummary> &tracks)
{
    beginResetModel();
    m_tracks = tracks;
    m_total = TrackSummary();
    m_total.track.title = tr("All tracks");
    for (const TrackSummary &t : tracks) {
        m_total.steps += t.steps;
        m_total.done += t.done;
        m_total.inProgress += t.inProgress;
        m_total.skipped += t.skipped;
        m_total.hidden += t.hidden;
        m_total.seconds += t.seconds;
        m_total.plannedHours += t.plannedHours;
    }
    endResetModel();
}

TrackSummary TrackSummaryModel::total() const
{
    return m_total;
}

const TrackSummary &TrackSummaryModel::row(int r) const
{
    return r < m_tracks.size() ? m_tracks.at(r) : m_total;
}

int TrackSummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_tracks.isEmpty() ? 0 : int(m_tracks.size()) + 1;
}

int TrackSummaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TrackSummaryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const TrackSummary &t = row(index.row());
    const bool isTotal = index.row() == m_tracks.size();
    const int percent = t.steps > 0 ? (100 * t.done) / t.steps : 0;
    if (role == Qt::FontRole && isTotal) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::TextAlignmentRole)
        return index.column() == Track ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                       : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == ValueRole) {
        switch (index.column()) {
        case Done:
            return t.done;
        case InProgress:
            return t.inProgress;
        case Skipped:
            return t.skipped;
        case Hours:
            return t.seconds;
        case Completion:
            return percent;
        default:
            return t.track.id;
        }
    }
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case Track:
            return t.track.optional ? tr("%1 (optional)").arg(t.track.title) : t.track.title;
        case Done:
            return role == Qt::AccessibleTextRole ? tr("%1 of %2 steps done").arg(t.done).arg(t.steps)
                                                  : tr("%1 of %2").arg(t.done).arg(t.steps);
        case InProgress:
            return t.inProgress;
        case Skipped:
            return t.skipped;
        case Hours:
            return tr("%1 of ~%2").arg(formatHours(t.seconds / 3600.0), formatHours(t.plannedHours));
        case Completion:
            return tr("%1%").arg(percent);
        default:
            break;
        }
    }
    if (role == Qt::ToolTipRole && t.hidden > 0)
        return tr("%n step(s) hidden from your path", nullptr, t.hidden);
    return {};
}

QVariant TrackSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Track:
        return tr("Track");
    case Done:
        return tr("Done");
    case InProgress:
        return tr("In progress");
    case Skipped:
        return tr("Skipped");
    case Hours:
        return tr("Time spent");
    case Completion:
        return tr("Completed");
    default:
        return {};
    }
}

} // namespace crossroads::ui
