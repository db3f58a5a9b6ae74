// SPDX-License-Identifier: MIT
#include "runpermission.h"

#include "packs/packregistry.h"

#include <QMessageBox>
#include <QPushButton>

namespace crossroads::ui {

RunPermission::RunPermission(PackRegistry &registry, QWidget *window)
    : QObject(window), m_registry(registry), m_window(window)
{}

void RunPermission::request(const QString &packId, std::function<void(bool)> decided, bool askAgain)
{
    if (packId.isEmpty()) {
        decided(true);
        return;
    }
    const std::optional<bool> answer = m_registry.runCodeAnswer(packId);
    if (answer && (*answer || !askAgain)) {
        decided(*answer);
        return;
    }
    const auto pack = m_registry.find(packId);
    if (!pack) {
        decided(false);
        return;
    }
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Run code from a content pack?"),
        tr("\u201c%1\u201d (content pack \u201c%2\u201d) wants to run its Python code on this "
           "computer.")
            .arg(pack->title, pack->id),
        QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("runPermissionQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(
        tr("The code runs as you and can read and change your files. Crossroads did not write "
           "it and cannot check it. Allow it only if you trust whoever made this pack. Your "
           "answer is remembered for this pack."));
    QPushButton *allow = box->addButton(tr("&Allow code from this pack"), QMessageBox::AcceptRole);
    allow->setObjectName(QStringLiteral("allowButton"));
    QPushButton *deny = box->addButton(tr("&Don't run it"), QMessageBox::RejectRole);
    deny->setObjectName(QStringLiteral("denyButton"));
    box->setDefaultButton(deny);
    const QString id = pack->id;
    connect(box, &QMessageBox::finished, this, [this, box, allow, deny, id, decided = std::move(decided)] {
        const bool allowed = box->clickedButton() == allow;
        // Only a real answer is remembered; a box closed some other way asks again next time.
        if (allowed || box->clickedButton() == deny)
            m_registry.setMayRunCode(id, allowed);
        decided(allowed);
    });
    box->open();
}

} // namespace crossroads::ui
