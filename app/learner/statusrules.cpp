// SPDX-License-Identifier: MIT
#include "statusrules.h"

namespace crossroads {

QString statusName(ItemStatus status)
{
    switch (status) {
    case ItemStatus::InProgress:
        return QStringLiteral("in_progress");
    case ItemStatus::Done:
        return QStringLiteral("done");
    case ItemStatus::Skipped:
        return QStringLiteral("skipped");
    case ItemStatus::NotStarted:
        break;
    }
    return QStringLiteral("not_started");
}

ItemStatus statusFromName(const QString &name)
{
    if (name == QStringLiteral("in_progress"))
        return ItemStatus::InProgress;
    if (name == QStringLiteral("done"))
        return ItemStatus::Done;
    if (name == QStringLiteral("skipped"))
        return ItemStatus::Skipped;
    return ItemStatus::NotStarted;
}

bool isStatusName(const QString &name)
{
    return name == QStringLiteral("not_started") || name == QStringLiteral("in_progress") ||
           name == QStringLiteral("done") || name == QStringLiteral("skipped");
}

StatusChange applyStatusAction(ItemStatus from, StatusAction action)
{
    using S = ItemStatus;
    StatusChange c;
    c.from = from;
    c.to = from;
    switch (action) {
    case StatusAction::Start:
        // Starting a finished step again is reviewing it; it stays done.
        if (from == S::NotStarted || from == S::Skipped)
            c.to = S::InProgress;
        else if (from == S::Done)
            c.allowed = false;
        break;
    case StatusAction::Complete:
    case StatusAction::PassQuiz:
        c.to = S::Done;
        break;
    case StatusAction::Skip:
        // Skipping is for work not done; a finished step is never hidden behind "skipped".
        if (from == S::Done)
            c.allowed = false;
        else
            c.to = S::Skipped;
        break;
    case StatusAction::Reset:
        c.to = S::NotStarted;
        break;
    case StatusAction::FailQuiz:
        // Trying the quiz is starting the step; a low score never takes progress away.
        if (from == S::NotStarted)
            c.to = S::InProgress;
        break;
    }
    return c;
}

} // namespace crossroads
