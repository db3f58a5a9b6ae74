// SPDX-License-Identifier: MIT
#pragma once

#include "packs/packregistry.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace crossroads::ui {

// File > Import content pack...: the learner picks a .zip, or the pack.json of a pack folder,
// in one file dialog; PackRegistry imports it (all or nothing); an installed pack with the
// same id is replaced only after the learner agrees; the outcome is reported in a message
// that lists every problem. Every dialog opens with open(), never exec(), so the window stays
// responsive and tests drive the dialogs like a person would.
class PackImportFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PackImportFlow)

public:
    PackImportFlow(const QString &packsDir, QWidget *window);

    // Opens the file dialog.
    void start();
    // Imports path straight away (what the file dialog leads to).
    void importPath(const QString &path, bool replace = false);

signals:
    // After the last message was closed; imported tells whether a pack was added.
    void finished(bool imported);

private:
    void askToReplace(const QString &path, const PackImportResult &result);
    void report(const QString &path, const PackImportResult &result);

    PackRegistry m_registry;
    QPointer<QWidget> m_window;
};

} // namespace crossroads::ui
