// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace crossroads {

enum class ItemStatus { NotStarted, InProgress, Done, Skipped };

QString statusName(ItemStatus status);
ItemStatus statusFromName(const QString &name);
// True for the four names statusName() produces (import refuses anything else).
bool isStatusName(const QString &name);

// What a learner (or a quiz result) does to a step or lesson.
enum class StatusAction {
    Start,    // "Start" / opening a lesson
    Complete, // "Mark as done"
    Skip,     // "Skip": I know this already, or it is not for me
    Reset,    // "Mark as not started"
    PassQuiz, // a quiz score reached the step's threshold: "test out"
    FailQuiz  // a quiz was taken but the score stayed below the threshold
};

struct StatusChange
{
    ItemStatus from = ItemStatus::NotStarted;
    ItemStatus to = ItemStatus::NotStarted;
    bool allowed = true; // false: the action makes no sense from `from` and changes nothing
    bool changed() const { return allowed && from != to; }
};

// The whole rule table in one pure function, so it is tested row by row. In short: Done is only
// left through an explicit Reset, a failed quiz never takes progress away, and passing the quiz
// completes a step from any status.
StatusChange applyStatusAction(ItemStatus from, StatusAction action);

} // namespace crossroads
