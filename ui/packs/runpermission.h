// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QWidget;

namespace crossroads {
class PackRegistry;
}

namespace crossroads::ui {

// The question "Run it" must ask before running a content pack's code: it names the pack,
// says what running means, and the answer is kept per pack in PackRegistry, so it is asked
// once. Shipped content (an empty pack id) never asks. The box opens with open(), so the
// window stays responsive; the decision arrives through the callback.
class RunPermission final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunPermission)

public:
    RunPermission(PackRegistry &registry, QWidget *window);

    // Calls decided(true) when packId's code may run, decided(false) when not: at once when
    // the learner answered before, otherwise after asking. askAgain asks even after a "no"
    // (for a "Run it anyway..." button).
    void request(const QString &packId, std::function<void(bool)> decided, bool askAgain = false);

private:
    PackRegistry &m_registry;
    QPointer<QWidget> m_window;
};

} // namespace crossroads::ui
