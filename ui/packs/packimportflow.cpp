// SPDX-License-Identifier: MIT
#include "packimportflow.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

namespace crossroads::ui {

Q_LOGGING_CATEGORY(lcPackUi, "crossroads.packs.ui")

namespace {

// Enough lines to see what is wrong; the rest is one click away in the details.
constexpr int ShownProblems = 3;

} // namespace

PackImportFlow::PackImportFlow(const QString &packsDir, QWidget *window)
    : QObject(window), m_registry(packsDir), m_window(window)
{}

void PackImportFlow::start()
{
    auto *dialog = new QFileDialog(m_window, tr("Import content pack"),
                                   QStandardPaths::writableLocation(QStandardPaths::DownloadLocation));
    dialog->setObjectName(QStringLiteral("packImportFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    // A folder pack is chosen by its pack.json, so one dialog serves folders and archives.
    dialog->setNameFilters({tr("Content packs (*.zip pack.json)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) {
        const QFileInfo info(file);
        importPath(info.fileName() == QStringLiteral("pack.json") ? info.absolutePath() : file);
    });
    connect(dialog, &QFileDialog::rejected, this, [this] { emit finished(false); });
    dialog->open();
}

void PackImportFlow::importPath(const QString &path, bool replace)
{
    const PackImportResult result = m_registry.import(path, replace);
    qCInfo(lcPackUi) << "import of" << path << (result.ok ? "succeeded" : "failed");
    if (!result.ok && result.alreadyInstalled)
        askToReplace(path, result);
    else
        report(path, result);
}

void PackImportFlow::askToReplace(const QString &path, const PackImportResult &result)
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Import content pack"),
                                result.problems.value(0).message, QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("packReplaceQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("Replace it with the pack in %1? Your progress is kept either way; the "
                               "pack's permission to run code will be asked for again.")
                                .arg(QFileInfo(path).fileName()));
    QPushButton *replace = box->addButton(tr("&Replace"), QMessageBox::AcceptRole);
    replace->setObjectName(QStringLiteral("replaceButton"));
    box->addButton(QMessageBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, box, replace, path] {
        if (box->clickedButton() == replace)
            importPath(path, true);
        else
            emit finished(false);
    });
    box->open();
}

void PackImportFlow::report(const QString &path, const PackImportResult &result)
{
    auto *box = new QMessageBox(m_window);
    box->setObjectName(QStringLiteral("packImportReport"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("Import content pack"));
    if (result.ok) {
        box->setIcon(QMessageBox::Information);
        box->setText(tr("Imported \u201c%1\u201d %2.").arg(result.pack.title, result.pack.version));
        box->setInformativeText(
            tr("%n document(s) from %1. The pack is kept apart from Crossroads' own content, "
               "and its code runs only after you allow it.",
               nullptr, result.documents)
                .arg(QFileInfo(path).fileName()));
    } else {
        box->setIcon(QMessageBox::Warning);
        box->setText(tr("%1 was not imported; nothing was changed.").arg(QFileInfo(path).fileName()));
        QStringList lines;
        for (const Diagnostic &d : result.problems)
            lines.append(d.toString());
        box->setInformativeText(lines.mid(0, ShownProblems).join(u'\n') +
                                (lines.size() > ShownProblems ? u'\n' + tr("and %n more problem(s).", nullptr,
                                                                           int(lines.size() - ShownProblems))
                                                              : QString()));
        box->setDetailedText(lines.join(u'\n'));
    }
    const bool ok = result.ok;
    connect(box, &QMessageBox::finished, this, [this, ok] { emit finished(ok); });
    box->open();
}

} // namespace crossroads::ui
