// SPDX-License-Identifier: MIT
#pragma once

#include "wizardprofile.h"

#include <QString>
#include <QStringList>

namespace crossroads {

class LearnerStore;
class WizardKnowledge;

// The wizard's half-finished answers in the learner database (table wizard_answers), saved as
// they are given so a closed wizard resumes where it stopped. Each value is stored as a JSON
// list of answer values; an empty list records "seen, no preference".
class WizardAnswerStore final
{
public:
    explicit WizardAnswerStore(LearnerStore &store);

    // The current profile's answers. Keys and values the content no longer knows are dropped,
    // so a content update can never make the stored answers unreadable.
    WizardProfile load(const WizardKnowledge &knowledge) const;
    bool save(const QString &key, const QStringList &values);
    bool saveAll(const WizardProfile &profile);
    bool clear();

    QString errorString() const;

private:
    LearnerStore &m_store;
};

} // namespace crossroads
