// SPDX-License-Identifier: MIT
#include "learnerdataactions.h"

#include "learner/learnerbackup.h"
#include "learner/learnerstore.h"
#include "learner/progresstransfer.h"
#include "learner/settings.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace crossroads::ui {

LearnerDataActions::LearnerDataActions(LearnerStore &store, Settings &settings, QWidget *window)
    : QObject(window), m_store(store), m_settings(settings), m_window(window)
{
    setObjectName(QStringLiteral("learnerDataActions"));
    m_backup = new LearnerBackup(m_store, this);
    m_export = new QAction(tr("&Export progress..."), this);
    m_export->setObjectName(QStringLiteral("exportProgressAction"));
    m_export->setToolTip(tr("Save all of this profile's progress, notes and history to one file"));
    connect(m_export, &QAction::triggered, this, &LearnerDataActions::exportData);
    m_import = new QAction(tr("I&mport progress..."), this);
    m_import->setObjectName(QStringLiteral("importProgressAction"));
    m_import->setToolTip(tr("Merge an exported progress file into this profile; newer changes win"));
    connect(m_import, &QAction::triggered, this, &LearnerDataActions::importData);
    m_restore = new QAction(tr("&Restore backup..."), this);
    m_restore->setObjectName(QStringLiteral("restoreBackupAction"));
    m_restore->setToolTip(tr("Go back to an automatic backup of your progress"));
    connect(m_restore, &QAction::triggered, this, &LearnerDataActions::restoreBackup);
    connect(&m_settings, &Settings::backupChanged, this, &LearnerDataActions::applySettings);
    connect(m_backup, &LearnerBackup::failed, this, &LearnerDataActions::message);
    const bool writable = !m_store.isReadOnly();
    m_import->setEnabled(writable);
    m_restore->setEnabled(m_store.path() != QStringLiteral(":memory:"));
}

LearnerDataActions::~LearnerDataActions() = default;

void LearnerDataActions::applySettings()
{
    m_backup->setKeep(m_settings.backupsToKeep());
    const bool on = m_settings.backupFrequency() != Settings::BackupFrequency::Never;
    if (on && !m_backup->isRunning())
        m_backup->start();
    else if (!on)
        m_backup->stop();
}

void LearnerDataActions::startAutomaticBackups()
{
    if (m_store.path() == QStringLiteral(":memory:") || !m_store.isOpen())
        return;
    applySettings();
}

void LearnerDataActions::setNextFileAnswer(const QString &path)
{
    m_answers.append(path);
}

void LearnerDataActions::askForFile(bool save, const std::function<void(const QString &)> &then)
{
    if (!m_answers.isEmpty()) {
        const QString answer = m_answers.takeFirst();
        if (!answer.isEmpty())
            then(answer);
        return;
    }
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto *dialog = new QFileDialog(m_window, save ? tr("Export progress") : tr("Import progress"), dir,
                                   tr("Crossroads progress (*.json);;All files (*)"));
    dialog->setObjectName(save ? QStringLiteral("exportFileDialog") : QStringLiteral("importFileDialog"));
    dialog->setAcceptMode(save ? QFileDialog::AcceptSave : QFileDialog::AcceptOpen);
    dialog->setFileMode(save ? QFileDialog::AnyFile : QFileDialog::ExistingFile);
    dialog->setDefaultSuffix(QStringLiteral("json"));
    if (save) {
        const QString name = m_store.currentProfileName().isEmpty() ? QStringLiteral("progress")
                                                                    : m_store.currentProfileName();
        dialog->selectFile(tr("crossroads-%1-%2.json")
                               .arg(name.toLower().replace(u' ', u'-'),
                                    QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd"))));
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, then);
    dialog->open();
}

void LearnerDataActions::report(bool ok, const QString &title, const QString &text, const QString &details)
{
    emit message(text.section(u'\n', 0, 0));
    emit finished(ok, details.isEmpty() ? text : details);
    auto *box = new QMessageBox(ok ? QMessageBox::Information : QMessageBox::Warning, title, text, QMessageBox::Ok,
                                m_window);
    box->setObjectName(QStringLiteral("learnerDataResult"));
    if (!details.isEmpty())
        box->setInformativeText(details);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void LearnerDataActions::exportData()
{
    askForFile(true, [this](const QString &path) {
        ProgressTransfer transfer(m_store);
        if (!transfer.exportToFile(path)) {
            report(false, tr("Export failed"), tr("Your progress could not be exported."), transfer.errorString());
            return;
        }
        report(true, tr("Progress exported"),
               tr("Profile \"%1\" was exported to %2.").arg(m_store.currentProfileName(), QFileInfo(path).fileName()),
               tr("Import this file on another computer (File > Import progress...) to continue there. It holds "
                  "your progress, notes, bookmarks, quiz history, wizard results and time spent."));
    });
}

void LearnerDataActions::importData()
{
    askForFile(false, [this](const QString &path) {
        ProgressTransfer transfer(m_store);
        const ImportSummary s = transfer.importFile(path);
        if (!s.ok) {
            report(false, tr("Import refused"), tr("%1 was not imported; nothing changed.").arg(QFileInfo(path).fileName()),
                   s.error);
            return;
        }
        const QString text = s.toText();
        report(true, tr("Progress imported"), text.section(u'\n', 0, 0), text.section(u'\n', 1).trimmed());
    });
}

void LearnerDataActions::restoreBackup()
{
    const QList<BackupInfo> backups = m_backup->backups();
    auto *dialog = new QDialog(m_window);
    dialog->setObjectName(QStringLiteral("restoreBackupDialog"));
    dialog->setWindowTitle(tr("Restore backup"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(dialog);
    auto *intro = new QLabel(backups.isEmpty()
                                 ? tr("There are no backups yet. Crossroads makes one when it starts and every 30 "
                                      "minutes while you work.")
                                 : tr("Choose the backup to go back to. Your data as it is now is backed up first, so "
                                      "you can undo the restore the same way."),
                             dialog);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *list = new QListWidget(dialog);
    list->setObjectName(QStringLiteral("backupList"));
    list->setAccessibleName(tr("Backups, newest first"));
    const QLocale locale;
    for (const BackupInfo &b : backups) {
        QString text = locale.toString(b.time, QLocale::LongFormat);
        if (b.label == QStringLiteral("before-restore"))
            text += tr(" (made before a restore)");
        text += QStringLiteral(" · ") + locale.formattedDataSize(b.size);
        auto *item = new QListWidgetItem(text, list);
        item->setData(Qt::UserRole, b.path);
        item->setToolTip(b.path);
    }
    list->setCurrentRow(0);
    layout->addWidget(list);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, dialog);
    QPushButton *restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    restore->setEnabled(!backups.isEmpty());
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(list, &QListWidget::itemActivated, dialog, &QDialog::accept);
    connect(dialog, &QDialog::accepted, this, [this, list] {
        QListWidgetItem *item = list->currentItem();
        if (!item)
            return;
        const QString path = item->data(Qt::UserRole).toString();
        if (m_backup->restore(path))
            report(true, tr("Backup restored"), tr("Your progress is back to how it was on %1.").arg(item->text()),
                   tr("What you had before is kept as a backup made just now."));
        else
            report(false, tr("Restore failed"), tr("The backup was not restored; your data is unchanged."),
                   m_backup->errorString());
    });
    dialog->resize(520, 360);
    dialog->open();
}

} // namespace crossroads::ui
