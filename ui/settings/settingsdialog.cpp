// SPDX-License-Identifier: MIT
#include "settingsdialog.h"

#include "learner/settings.h"
#include "samples/pythonlocator.h"
#include "settings/translations.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

#include <memory>

Q_LOGGING_CATEGORY(lcSettingsDialog, "crossroads.settings.dialog")

namespace crossroads::ui {

namespace {

QLabel *hint(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

} // namespace

SettingsDialog::SettingsDialog(Settings &settings, const QString &dataFile, QWidget *parent)
    : QDialog(parent), m_settings(settings),
      m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    auto *layout = new QVBoxLayout(this);

    // Appearance
    auto *look = new QGroupBox(tr("Appearance"), this);
    auto *lookForm = new QFormLayout(look);
    m_theme = new QComboBox(look);
    m_theme->setObjectName(QStringLiteral("settingsTheme"));
    m_theme->addItem(tr("Same as the system"), QStringLiteral("system"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_theme->setCurrentIndex(m_theme->findData(m_settings.theme()));
    m_theme->setAccessibleName(tr("Theme"));
    connect(m_theme, &QComboBox::currentIndexChanged, this,
            [this] { m_settings.setTheme(m_theme->currentData().toString()); });
    lookForm->addRow(tr("&Theme:"), m_theme);

    m_fontScale = new QSpinBox(look);
    m_fontScale->setObjectName(QStringLiteral("settingsFontScale"));
    m_fontScale->setRange(Settings::MinFontScale, Settings::MaxFontScale);
    m_fontScale->setSingleStep(10);
    m_fontScale->setSuffix(tr(" %"));
    m_fontScale->setKeyboardTracking(false);
    m_fontScale->setValue(m_settings.fontScale());
    m_fontScale->setAccessibleName(tr("Text size in percent"));
    connect(m_fontScale, &QSpinBox::valueChanged, &m_settings, &Settings::setFontScale);
    // Ctrl+= and Ctrl+- change it from anywhere; keep the box in step.
    connect(&m_settings, &Settings::fontScaleChanged, m_fontScale, &QSpinBox::setValue);
    lookForm->addRow(tr("Text si&ze:"), m_fontScale);
    lookForm->addRow(QString(),
                     hint(tr("Ctrl+= and Ctrl+- change the text size anywhere; Ctrl+0 resets it."), look));
    layout->addWidget(look);

    // Language
    auto *languageBox = new QGroupBox(tr("Language"), this);
    auto *languageForm = new QFormLayout(languageBox);
    m_language = new QComboBox(languageBox);
    m_language->setObjectName(QStringLiteral("settingsLanguage"));
    m_language->addItem(tr("Same as the system"), QString());
    for (const LanguageOption &option : Translations::available(QCoreApplication::applicationDirPath()))
        m_language->addItem(option.name, option.code);
    const int languageIndex = m_language->findData(m_settings.language());
    m_language->setCurrentIndex(languageIndex < 0 ? 0 : languageIndex);
    m_language->setAccessibleName(tr("Language"));
    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this] { m_settings.setLanguage(m_language->currentData().toString()); });
    languageForm->addRow(tr("&Language:"), m_language);
    languageForm->addRow(
        QString(), hint(tr("A new language takes effect the next time Crossroads starts."), languageBox));
    layout->addWidget(languageBox);

    // Python
    auto *pythonBox = new QGroupBox(tr("Python for running samples"), this);
    auto *pythonForm = new QFormLayout(pythonBox);
    auto *pythonRow = new QHBoxLayout;
    m_python = new QLineEdit(m_settings.pythonInterpreter(), pythonBox);
    m_python->setObjectName(QStringLiteral("settingsPython"));
    m_python->setPlaceholderText(tr("Automatic: the first one with Flask and Django"));
    m_python->setClearButtonEnabled(true);
    m_python->setAccessibleName(tr("Python interpreter"));
    m_python->setAccessibleDescription(tr("Path to a python3 executable; empty finds one automatically."));
    connect(m_python, &QLineEdit::editingFinished, this, &SettingsDialog::savePython);
    auto *browse = new QPushButton(tr("&Browse..."), pythonBox);
    browse->setObjectName(QStringLiteral("settingsPythonBrowse"));
    browse->setAccessibleDescription(tr("Choose a Python interpreter file"));
    connect(browse, &QPushButton::clicked, this, &SettingsDialog::choosePython);
    m_pythonTest = new QPushButton(tr("Te&st"), pythonBox);
    m_pythonTest->setObjectName(QStringLiteral("settingsPythonTest"));
    m_pythonTest->setAccessibleDescription(tr("Check which Flask and Django versions this interpreter has"));
    connect(m_pythonTest, &QPushButton::clicked, this, &SettingsDialog::testPython);
    pythonRow->addWidget(m_python, 1);
    pythonRow->addWidget(browse);
    pythonRow->addWidget(m_pythonTest);
    // A row holding a layout gets no buddy from addRow(), so the mnemonic needs its own label.
    auto *pythonLabel = new QLabel(tr("&Interpreter:"), pythonBox);
    pythonLabel->setBuddy(m_python);
    pythonForm->addRow(pythonLabel, pythonRow);
    m_pythonResult = new QLabel(pythonBox);
    m_pythonResult->setObjectName(QStringLiteral("settingsPythonResult"));
    m_pythonResult->setWordWrap(true);
    m_pythonResult->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_pythonResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pythonResult->setText(tr("Press Test to see which Flask and Django versions it has."));
    pythonForm->addRow(QString(), m_pythonResult);
    layout->addWidget(pythonBox);

    // Backups
    auto *backupBox = new QGroupBox(tr("Backups of your progress"), this);
    auto *backupForm = new QFormLayout(backupBox);
    m_backupFrequency = new QComboBox(backupBox);
    m_backupFrequency->setObjectName(QStringLiteral("settingsBackupFrequency"));
    m_backupFrequency->addItem(tr("Every day"), static_cast<int>(Settings::BackupFrequency::Daily));
    m_backupFrequency->addItem(tr("Every week"), static_cast<int>(Settings::BackupFrequency::Weekly));
    m_backupFrequency->addItem(tr("Every month"), static_cast<int>(Settings::BackupFrequency::Monthly));
    m_backupFrequency->addItem(tr("Never"), static_cast<int>(Settings::BackupFrequency::Never));
    m_backupFrequency->setCurrentIndex(
        m_backupFrequency->findData(static_cast<int>(m_settings.backupFrequency())));
    m_backupFrequency->setAccessibleName(tr("How often to back up"));
    connect(m_backupFrequency, &QComboBox::currentIndexChanged, this, [this] {
        m_settings.setBackupFrequency(
            static_cast<Settings::BackupFrequency>(m_backupFrequency->currentData().toInt()));
    });
    backupForm->addRow(tr("Back &up:"), m_backupFrequency);
    m_backupsToKeep = new QSpinBox(backupBox);
    m_backupsToKeep->setObjectName(QStringLiteral("settingsBackupsToKeep"));
    m_backupsToKeep->setRange(Settings::MinBackupsToKeep, Settings::MaxBackupsToKeep);
    m_backupsToKeep->setKeyboardTracking(false);
    m_backupsToKeep->setValue(m_settings.backupsToKeep());
    m_backupsToKeep->setAccessibleName(tr("Number of backups to keep"));
    connect(m_backupsToKeep, &QSpinBox::valueChanged, &m_settings, &Settings::setBackupsToKeep);
    backupForm->addRow(tr("&Keep the newest:"), m_backupsToKeep);
    layout->addWidget(backupBox);

    // Data
    auto *dataBox = new QGroupBox(tr("Your data"), this);
    auto *dataForm = new QFormLayout(dataBox);
    auto *dataRow = new QHBoxLayout;
    const bool onDisk = !dataFile.isEmpty() && dataFile != QStringLiteral(":memory:");
    m_dataDir = onDisk ? QFileInfo(dataFile).absolutePath() : QString();
    // A read-only line, not a label: a long path scrolls instead of being cut, and can be copied.
    auto *folder = new QLineEdit(onDisk ? QDir::toNativeSeparators(m_dataDir)
                                        : tr("Not saved: this session keeps your progress in memory only."),
                                 dataBox);
    folder->setObjectName(QStringLiteral("settingsDataFolder"));
    folder->setReadOnly(true);
    folder->setAccessibleName(tr("Data folder"));
    folder->setCursorPosition(0);
    auto *open = new QPushButton(tr("&Open folder"), dataBox);
    open->setObjectName(QStringLiteral("settingsOpenFolder"));
    open->setEnabled(onDisk);
    open->setAccessibleDescription(
        tr("Show the folder with your progress, notes and settings in the file manager"));
    connect(open, &QPushButton::clicked, this, &SettingsDialog::openDataFolder);
    dataRow->addWidget(folder, 1);
    dataRow->addWidget(open);
    auto *folderLabel = new QLabel(tr("&Folder:"), dataBox);
    folderLabel->setBuddy(folder);
    dataForm->addRow(folderLabel, dataRow);
    m_dataStatus =
        hint(tr("Progress, notes and settings live here, apart from the course content."), dataBox);
    m_dataStatus->setObjectName(QStringLiteral("settingsDataStatus"));
    dataForm->addRow(QString(), m_dataStatus);
    layout->addWidget(dataBox);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(sizeHint().expandedTo(QSize(560, 0)));
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::done(int result)
{
    // A path typed but never left (no editingFinished) is still kept when the dialog closes.
    savePython();
    QDialog::done(result);
}

void SettingsDialog::savePython()
{
    m_settings.setPythonInterpreter(m_python->text().trimmed());
}

void SettingsDialog::choosePython()
{
    const QString current = m_python->text().trimmed();
    auto *chooser =
        new QFileDialog(this, tr("Choose a Python interpreter"),
                        current.isEmpty() ? QStringLiteral("/usr/bin") : QFileInfo(current).absolutePath());
    chooser->setObjectName(QStringLiteral("settingsPythonChooser"));
    chooser->setFileMode(QFileDialog::ExistingFile);
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    connect(chooser, &QFileDialog::fileSelected, this, [this](const QString &file) {
        m_python->setText(file);
        savePython();
        testPython();
    });
    chooser->open();
}

void SettingsDialog::testPython()
{
    savePython();
    const QString requested = m_python->text().trimmed();
    m_pythonTest->setEnabled(false);
    m_pythonResult->setText(requested.isEmpty() ? tr("Looking for an interpreter with Flask and Django...")
                                                : tr("Testing %1...").arg(requested));
    // Probing starts Python and imports both frameworks, which takes a second or more (up to
    // 30 s for a broken interpreter), so it runs on a worker thread and the dialog stays live.
    auto result = std::make_shared<PythonInfo>();
    QThread *worker = QThread::create([requested, result] {
        *result = requested.isEmpty() ? PythonLocator::find() : PythonLocator::probe(requested);
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &QThread::finished, this, [this, result, requested] {
        m_pythonTest->setEnabled(true);
        showPythonResult(*result, requested);
    });
    worker->start();
}

void SettingsDialog::showPythonResult(const PythonInfo &info, const QString &requested)
{
    qCDebug(lcSettingsDialog) << "probe" << info.executable << info.python << info.flask << info.django
                              << info.error;
    QString text;
    if (!info.error.isEmpty()) {
        text = tr("Cannot run samples: %1").arg(info.error);
    } else {
        const QString none = tr("not installed");
        const QString found = tr("Python %1 with Flask %2 and Django %3")
                                  .arg(info.python, info.flask.isEmpty() ? none : info.flask,
                                       info.django.isEmpty() ? none : info.django);
        if (info.usable())
            text = requested.isEmpty() ? tr("Works: %1 at %2.").arg(found, info.executable)
                                       : tr("Works: %1.").arg(found);
        else
            text = tr("Cannot run samples: %1. %2").arg(found, PythonLocator::installHint());
    }
    m_pythonResult->setText(text);
    emit pythonTested(info.usable());
}

void SettingsDialog::openDataFolder()
{
    if (m_dataDir.isEmpty())
        return;
    QDir().mkpath(m_dataDir);
    if (!m_openUrl(QUrl::fromLocalFile(m_dataDir)))
        m_dataStatus->setText(
            tr("No file manager could open the folder; its path is shown above and can be copied."));
}

} // namespace crossroads::ui
