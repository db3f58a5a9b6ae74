// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

namespace crossroads {
class ContentStore;
}

namespace crossroads::ui {

// The decision wizard's entry: what it will ask and why.
class WizardScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WizardScreen)

public:
    explicit WizardScreen(ContentStore &content, QWidget *parent = nullptr);
};

} // namespace crossroads::ui
