// SPDX-License-Identifier: MIT
#include "profilebar.h"

#include "learner/learnerstore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QToolButton>

namespace crossroads::ui {

ProfileBar::ProfileBar(LearnerStore &store, QWidget *parent) : QWidget(parent), m_store(store)
{
    setObjectName(QStringLiteral("profileBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto *label = new QLabel(tr("&Profile:"), this);
    m_combo = new QComboBox(this);
    m_combo->setObjectName(QStringLiteral("profileSwitcher"));
    m_combo->setAccessibleName(tr("Learner profile"));
    m_combo->setMinimumContentsLength(12);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    label->setBuddy(m_combo);
    layout->addWidget(label);
    layout->addWidget(m_combo);
    m_menuButton = new QToolButton(this);
    m_menuButton->setObjectName(QStringLiteral("profileMenuButton"));
    m_menuButton->setText(tr("Profiles"));
    m_menuButton->setAccessibleName(tr("Manage profiles"));
    m_menuButton->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_menuButton);
    menu->addAction(tr("&New profile..."), this, &ProfileBar::newProfile)->setObjectName(QStringLiteral("newProfileAction"));
    menu->addAction(tr("&Rename..."), this, &ProfileBar::renameProfile)->setObjectName(QStringLiteral("renameProfileAction"));
    menu->addAction(tr("&Delete..."), this, &ProfileBar::deleteProfile)->setObjectName(QStringLiteral("deleteProfileAction"));
    QMenu *archived = menu->addMenu(tr("Bring &back an archived profile"));
    archived->setObjectName(QStringLiteral("archivedProfilesMenu"));
    connect(menu, &QMenu::aboutToShow, this, [this, archived] {
        archived->clear();
        for (const Profile &p : m_store.profiles(true)) {
            if (!p.archived)
                continue;
            const int id = p.id;
            archived->addAction(p.name, this, [this, id] {
                if (m_store.restoreProfile(id))
                    m_store.switchProfile(id);
                else
                    warn(m_store.errorString());
            });
        }
        archived->setEnabled(!archived->isEmpty());
    });
    m_menuButton->setMenu(menu);
    layout->addWidget(m_menuButton);

    connect(m_combo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_reloading || index < 0)
            return;
        const int id = m_combo->itemData(index).toInt();
        if (id != m_store.currentProfile() && !m_store.switchProfile(id))
            warn(m_store.errorString());
    });
    connect(&m_store, &LearnerStore::profilesChanged, this, &ProfileBar::reload);
    connect(&m_store, &LearnerStore::reloaded, this, &ProfileBar::reload);
    reload();
}

void ProfileBar::reload()
{
    m_reloading = true;
    m_combo->clear();
    for (const Profile &p : m_store.profiles()) {
        m_combo->addItem(p.name, p.id);
        if (p.id == m_store.currentProfile())
            m_combo->setCurrentIndex(m_combo->count() - 1);
    }
    m_combo->setEnabled(!m_store.isReadOnly());
    m_menuButton->setEnabled(!m_store.isReadOnly());
    m_reloading = false;
}

void ProfileBar::warn(const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Profiles"), text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void ProfileBar::askName(const QString &title, const QString &label, const QString &initial,
                         const std::function<void(const QString &)> &then)
{
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("profileNameDialog"));
    dialog->setWindowTitle(title);
    dialog->setLabelText(label);
    dialog->setTextValue(initial);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QInputDialog::textValueSelected, this, then);
    dialog->open();
}

void ProfileBar::newProfile()
{
    askName(tr("New profile"), tr("Name of the new learner:"), QString(), [this](const QString &name) {
        const int id = m_store.createProfile(name);
        if (id == 0)
            warn(m_store.errorString());
        else
            m_store.switchProfile(id);
    });
}

void ProfileBar::renameProfile()
{
    const int id = m_store.currentProfile();
    askName(tr("Rename profile"), tr("New name for this profile:"), m_store.currentProfileName(),
            [this, id](const QString &name) {
                if (!m_store.renameProfile(id, name))
                    warn(m_store.errorString());
            });
}

void ProfileBar::deleteProfile()
{
    const int id = m_store.currentProfile();
    const QString name = m_store.currentProfileName();
    if (m_store.profiles().size() < 2) {
        warn(tr("\"%1\" is the only profile. Create another one before deleting this one.").arg(name));
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete profile"),
                                tr("What should happen to the progress, notes and history of \"%1\"?").arg(name),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("deleteProfileDialog"));
    box->setInformativeText(tr("Archiving hides the profile and keeps everything, so it can be brought back from "
                               "the Profiles menu. Deleting removes it all for good."));
    QPushButton *archive = box->addButton(tr("&Archive, keep the data"), QMessageBox::AcceptRole);
    archive->setObjectName(QStringLiteral("archiveProfileButton"));
    QPushButton *erase = box->addButton(tr("Delete &everything"), QMessageBox::DestructiveRole);
    erase->setObjectName(QStringLiteral("eraseProfileButton"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(archive);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, id, archive, erase](QAbstractButton *b) {
        if (b != archive && b != erase)
            return;
        if (!m_store.deleteProfile(id, b == archive ? ProfileDeletion::KeepData : ProfileDeletion::DeleteData))
            warn(m_store.errorString());
    });
    box->open();
}

} // namespace crossroads::ui
