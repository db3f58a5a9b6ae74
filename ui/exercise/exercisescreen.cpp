// SPDX-License-Identifier: MIT
#include "exercisescreen.h"

#include "codeeditor.h"
#include "codehighlighter.h"
#include "content/contentstore.h"
#include "exercises/exercisecatalog.h"
#include "exercises/exerciseprogress.h"
#include "learner/learnerstore.h"
#include "learner/settings.h"
#include "solutiondialog.h"

#include <QCursor>
#include <QDesktopServices>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QToolTip>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace crossroads::ui {

namespace {

// Typing pauses shorter than this are one edit; the learner loses at most this much on a crash.
constexpr int SaveDelayMs = 300;

QString frameworkName(const QString &framework)
{
    if (framework == QStringLiteral("flask"))
        return QObject::tr("Flask");
    if (framework == QStringLiteral("django"))
        return QObject::tr("Django");
    return QObject::tr("Python");
}

QString statusText(ItemStatus s)
{
    // A symbol and a word, so status never depends on colour alone.
    switch (s) {
    case ItemStatus::Done:
        return QObject::tr("✔ Done");
    case ItemStatus::InProgress:
        return QObject::tr("◐ Started");
    case ItemStatus::Skipped:
        return QObject::tr("⤼ Skipped");
    case ItemStatus::NotStarted:
        break;
    }
    return QObject::tr("○ New");
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

} // namespace

ExerciseScreen::ExerciseScreen(ContentStore &content, LearnerStore &learner, Settings &settings,
                               QWidget *parent)
    : QWidget(parent), m_content(content), m_learner(learner), m_settings(settings),
      m_progress(std::make_unique<ExerciseProgress>(learner)), m_saveTimer(new QTimer(this)),
      m_checker(new ExerciseChecker(this))
{
    if (m_content.isOpen())
        m_catalog = std::make_unique<ExerciseCatalog>(m_content.database());

    auto *layout = new QHBoxLayout(this);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setChildrenCollapsible(false);
    layout->addWidget(split);

    // Left: every exercise, grouped by roadmap step.
    auto *left = new QWidget(split);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(heading(tr("Exercises"), left));
    m_listSummary = new QLabel(left);
    m_listSummary->setObjectName(QStringLiteral("exerciseSummary"));
    m_listSummary->setWordWrap(true);
    leftLayout->addWidget(m_listSummary);
    m_list = new QTreeWidget(left);
    m_list->setObjectName(QStringLiteral("exerciseList"));
    m_list->setAccessibleName(tr("Exercises by step"));
    m_list->setHeaderLabels({tr("Exercise"), tr("Status")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    leftLayout->addWidget(m_list, 1);

    // Middle: what to do, and help when stuck.
    auto *middle = new QWidget(split);
    auto *middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    m_instructions = new QTextBrowser(middle);
    m_instructions->setObjectName(QStringLiteral("exerciseInstructions"));
    m_instructions->setAccessibleName(tr("Instructions"));
    m_instructions->setOpenLinks(false);
    middleLayout->addWidget(m_instructions, 1);
    m_pairButton = new QPushButton(middle);
    m_pairButton->setObjectName(QStringLiteral("pairButton"));
    m_pairButton->hide();
    middleLayout->addWidget(m_pairButton, 0, Qt::AlignLeft);
    m_hints = new QLabel(middle);
    m_hints->setObjectName(QStringLiteral("exerciseHints"));
    m_hints->setTextFormat(Qt::MarkdownText);
    m_hints->setWordWrap(true);
    m_hints->setTextInteractionFlags(Qt::TextSelectableByMouse);
    middleLayout->addWidget(m_hints);
    m_hintButton = new QPushButton(middle);
    m_hintButton->setObjectName(QStringLiteral("hintButton"));
    middleLayout->addWidget(m_hintButton, 0, Qt::AlignLeft);

    // Right: the editor over the results.
    auto *right = new QSplitter(Qt::Vertical, split);
    right->setChildrenCollapsible(false);
    auto *editorPane = new QWidget(right);
    auto *editorLayout = new QVBoxLayout(editorPane);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(editorPane);
    m_tabs->setObjectName(QStringLiteral("exerciseFiles"));
    m_tabs->setDocumentMode(true);
    editorLayout->addWidget(m_tabs, 1);
    m_saveProblem = new QLabel(editorPane);
    m_saveProblem->setObjectName(QStringLiteral("saveProblem"));
    m_saveProblem->setWordWrap(true);
    m_saveProblem->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold"));
    m_saveProblem->hide();
    editorLayout->addWidget(m_saveProblem);
    auto *buttons = new QHBoxLayout;
    const auto button = [&](const QString &name, const QString &text, const QString &tip) {
        auto *b = new QPushButton(text, editorPane);
        b->setObjectName(name);
        b->setToolTip(tip);
        buttons->addWidget(b);
        return b;
    };
    m_check = button(QStringLiteral("checkButton"), tr("&Check"),
                     tr("Run the hidden checks against your code (Ctrl+Enter)"));
    m_check->setDefault(true);
    m_cancel = button(QStringLiteral("cancelButton"), tr("Cancel"), tr("Stop the running checks"));
    buttons->addStretch(1);
    m_runIt = button(QStringLiteral("runItButton"), tr("Open in Run it"),
                     tr("Start your own version of the app and open it in the browser pane"));
    m_runIt->hide();
    m_solution = button(QStringLiteral("solutionButton"), tr("Show solution"),
                        tr("Compare your code with the reference solution"));
    m_reset = button(QStringLiteral("resetButton"), tr("Reset"), tr("Go back to the starter files"));
    editorLayout->addLayout(buttons);

    auto *resultPane = new QWidget(right);
    auto *resultLayout = new QVBoxLayout(resultPane);
    resultLayout->setContentsMargins(0, 0, 0, 0);
    m_status = new QLabel(resultPane);
    m_status->setObjectName(QStringLiteral("checkStatus"));
    m_status->setWordWrap(true);
    QFont statusFont = m_status->font();
    statusFont.setBold(true);
    m_status->setFont(statusFont);
    resultLayout->addWidget(m_status);
    m_results = new QListWidget(resultPane);
    m_results->setObjectName(QStringLiteral("checkResults"));
    m_results->setAccessibleName(tr("Check results"));
    resultLayout->addWidget(m_results, 1);
    m_output = new QPlainTextEdit(resultPane);
    m_output->setObjectName(QStringLiteral("checkOutput"));
    m_output->setAccessibleName(tr("Message and output of the selected check"));
    m_output->setReadOnly(true);
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_output->setPlaceholderText(tr("What a failing check says, and what your code printed, appears here."));
    resultLayout->addWidget(m_output, 1);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 1);
    right->setSizes({480, 250});

    split->addWidget(left);
    split->addWidget(middle);
    split->addWidget(right);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 2);
    split->setStretchFactor(2, 3);
    split->setSizes({270, 380, 550});

    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(SaveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, &ExerciseScreen::saveNow);
    connect(m_check, &QPushButton::clicked, this, &ExerciseScreen::startCheck);
    connect(m_cancel, &QPushButton::clicked, this, &ExerciseScreen::cancelCheck);
    connect(m_reset, &QPushButton::clicked, this, &ExerciseScreen::resetFiles);
    connect(m_solution, &QPushButton::clicked, this, &ExerciseScreen::showSolution);
    connect(m_hintButton, &QPushButton::clicked, this, &ExerciseScreen::revealHint);
    connect(m_runIt, &QPushButton::clicked, this, [this] {
        saveNow();
        emit runRequested(m_exercise.id(), m_exercise.info.framework, currentFiles());
    });
    connect(m_pairButton, &QPushButton::clicked, this, [this] { openExercise(m_exercise.info.pair); });
    connect(m_instructions, &QTextBrowser::anchorClicked, this, &ExerciseScreen::openLink);
    connect(m_checker, &ExerciseChecker::checkReported, this, &ExerciseScreen::checkReported);
    connect(m_checker, &ExerciseChecker::finished, this, &ExerciseScreen::checkFinished);
    connect(m_results, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        const QListWidgetItem *item = m_results->item(row);
        m_output->setPlainText(item->data(Qt::UserRole).toString());
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        const QString id = item ? item->data(0, Qt::UserRole).toString() : QString();
        if (!id.isEmpty() && id != m_exercise.id())
            openExercise(id);
    });
    auto *checkShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    checkShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(checkShortcut, &QShortcut::activated, this, [this] {
        if (m_check->isEnabled())
            startCheck();
    });
    connect(&m_learner, &LearnerStore::reloaded, this, &ExerciseScreen::reloadFromStore);
    connect(&m_learner, &LearnerStore::itemChanged, this, [this](const QString &kind, const QString &) {
        if (kind == QStringLiteral("exercise"))
            refreshListStatus();
    });

    buildList();
    if (m_all.isEmpty()) {
        m_instructions->setMarkdown(
            m_content.isOpen()
                ? tr("# No exercises\n\nThis content pack has no exercises. Update Crossroads to get them.")
                : tr("# No exercises\n\nThe curriculum could not be loaded: %1")
                      .arg(m_content.errorString()));
        updateButtons();
        return;
    }
    // Resume where the learner was: the first exercise they started but did not finish.
    QString first = m_all.first().id;
    for (const ExerciseInfo &e : std::as_const(m_all)) {
        if (m_progress->status(e.id) == ItemStatus::InProgress) {
            first = e.id;
            break;
        }
    }
    openExercise(first);
}

ExerciseScreen::~ExerciseScreen()
{
    saveNow();
}

void ExerciseScreen::hideEvent(QHideEvent *event)
{
    saveNow();
    QWidget::hideEvent(event);
}

void ExerciseScreen::setRunItAvailable(bool available)
{
    m_runIt->setVisible(available);
    updateButtons();
}

void ExerciseScreen::buildList()
{
    m_list->clear();
    m_all = m_catalog ? m_catalog->list() : QList<ExerciseInfo>();
    QHash<QString, QString> stepTitles;
    if (m_content.isOpen()) {
        const auto steps = m_content.steps();
        for (const RoadmapStep &s : steps)
            stepTitles.insert(s.id, s.title);
    }
    QTreeWidgetItem *group = nullptr;
    for (const ExerciseInfo &e : std::as_const(m_all)) {
        if (!group || group->data(0, Qt::UserRole + 1).toString() != e.step) {
            group = new QTreeWidgetItem(m_list, {stepTitles.value(e.step, e.step)});
            group->setData(0, Qt::UserRole + 1, e.step);
            group->setFlags(Qt::ItemIsEnabled);
            QFont f = group->font(0);
            f.setBold(true);
            group->setFont(0, f);
        }
        // The step's group already says which framework; the tooltip repeats it with the summary.
        auto *item = new QTreeWidgetItem(group, {e.title});
        item->setData(0, Qt::UserRole, e.id);
        item->setToolTip(0, tr("%1: %2").arg(frameworkName(e.framework), e.summary));
    }
    m_list->expandAll();
    refreshListStatus();
}

void ExerciseScreen::refreshListStatus()
{
    int done = 0;
    for (int g = 0; g < m_list->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_list->topLevelItem(g);
        int groupDone = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            const ItemStatus s = m_progress->status(item->data(0, Qt::UserRole).toString());
            item->setText(1, statusText(s));
            groupDone += s == ItemStatus::Done ? 1 : 0;
        }
        // Exercises count toward their step; the group row says how far along it is.
        group->setText(1, tr("%1/%2").arg(groupDone).arg(group->childCount()));
        done += groupDone;
    }
    m_listSummary->setText(tr("%1 of %2 exercises done. Each one is checked against the real framework, "
                              "offline.")
                               .arg(done)
                               .arg(m_all.size()));
}

bool ExerciseScreen::openExercise(const QString &id)
{
    if (!m_catalog)
        return false;
    if (id == m_exercise.id())
        return true;
    saveNow();
    if (m_checker->isRunning())
        m_checker->cancel();
    Exercise e = m_catalog->load(id);
    if (!e.isValid())
        return false;
    m_exercise = std::move(e);
    m_hintsShown = 0;
    showInstructions();
    showHints();
    buildEditors();
    QList<CheckOutcome> pending;
    for (const ExerciseCheckSpec &c : std::as_const(m_exercise.checks))
        pending.append({c.name, c.title, CheckOutcome::State::NotRun, {}, {}});
    showResultList(pending);
    m_output->clear();
    m_status->setText(m_progress->status(id) == ItemStatus::Done
                          ? tr("✔ You have passed this exercise. Check again whenever you like.")
                          : tr("Edit the code, then press Check. These are the checks:"));
    updateSolutionHint();
    updateButtons();
    for (int g = 0; g < m_list->topLevelItemCount(); ++g)
        for (int i = 0; i < m_list->topLevelItem(g)->childCount(); ++i) {
            QTreeWidgetItem *item = m_list->topLevelItem(g)->child(i);
            if (item->data(0, Qt::UserRole).toString() == id && m_list->currentItem() != item)
                m_list->setCurrentItem(item);
        }
    return true;
}

void ExerciseScreen::showInstructions()
{
    QString md = m_exercise.instructions;
    const QString meta = tr("*%1 · about %2 minutes · %3 checks*")
                             .arg(frameworkName(m_exercise.info.framework))
                             .arg(m_exercise.info.minutes)
                             .arg(m_exercise.checks.size());
    // The meta line goes under the title, which is the first line of every instructions file.
    const qsizetype firstBreak = md.indexOf(u'\n');
    md = firstBreak > 0
             ? QString(md.left(firstBreak) + QStringLiteral("\n\n") + meta + u'\n' + md.mid(firstBreak))
             : QString(meta + QStringLiteral("\n\n") + md);
    if (!m_exercise.differsInCurrent.isEmpty())
        md += tr("\n\n---\n\n**In current versions.** %1\n").arg(m_exercise.differsInCurrent);
    m_instructions->setMarkdown(md);
    if (!m_exercise.info.pair.isEmpty()) {
        QString title;
        QString framework;
        for (const ExerciseInfo &e : std::as_const(m_all))
            if (e.id == m_exercise.info.pair) {
                title = e.title;
                framework = e.framework;
            }
        m_pairButton->setText(tr("The same task in %1 →").arg(frameworkName(framework)));
        m_pairButton->setToolTip(title);
        m_pairButton->setVisible(!title.isEmpty());
    } else {
        m_pairButton->hide();
    }
}

void ExerciseScreen::showHints()
{
    QString md;
    for (int i = 0; i < m_hintsShown && i < m_exercise.hints.size(); ++i)
        md += tr("**Hint %1.** %2\n\n").arg(i + 1).arg(m_exercise.hints.at(i));
    m_hints->setText(md);
    m_hints->setVisible(!md.isEmpty());
    const auto total = m_exercise.hints.size();
    m_hintButton->setEnabled(m_hintsShown < total);
    m_hintButton->setText(m_hintsShown < total ? tr("Show a hint (%1 of %2)").arg(m_hintsShown + 1).arg(total)
                                               : tr("All %1 hints shown").arg(total));
}

void ExerciseScreen::revealHint()
{
    if (m_hintsShown < m_exercise.hints.size())
        ++m_hintsShown;
    showHints();
}

void ExerciseScreen::buildEditors()
{
    m_loading = true;
    const int keep = m_tabs->currentIndex();
    while (m_tabs->count() > 0) {
        QWidget *w = m_tabs->widget(0);
        m_tabs->removeTab(0);
        w->deleteLater();
    }
    m_editors.clear();
    const QMap<QString, QString> working = m_progress->workingFiles(m_exercise);
    for (const ExerciseFile &f : std::as_const(m_exercise.files)) {
        if (f.mode == ExerciseFileMode::Hidden)
            continue;
        auto *editor = new CodeEditor(m_tabs);
        editor->setObjectName(QStringLiteral("editor:") + f.path);
        editor->setAccessibleName(tr("Code of %1").arg(f.path));
        new CodeHighlighter(editor->document(),
                            CodeHighlighter::languageFor(f.path, m_exercise.info.framework));
        const bool editable = f.mode == ExerciseFileMode::Edit;
        editor->setPlainText(editable ? working.value(f.path) : QString::fromUtf8(f.starter));
        editor->setReadOnly(!editable);
        m_tabs->addTab(editor, editable ? f.path : tr("%1 (read-only)").arg(f.path));
        m_editors.insert(f.path, editor);
        if (editable) {
            const QString path = f.path;
            connect(editor, &QPlainTextEdit::textChanged, this, [this, path] { fileEdited(path); });
        }
    }
    if (keep > 0 && keep < m_tabs->count())
        m_tabs->setCurrentIndex(keep);
    m_loading = false;
}

void ExerciseScreen::fileEdited(const QString &path)
{
    if (m_loading)
        return;
    if (m_dirty.isEmpty())
        m_dirtyProfile = m_learner.currentProfile();
    m_dirty.insert(path, m_editors.value(path)->toPlainText());
    m_saveTimer->start();
}

bool ExerciseScreen::saveNow()
{
    m_saveTimer->stop();
    if (m_dirty.isEmpty())
        return true;
    QString problem;
    for (auto it = m_dirty.begin(); it != m_dirty.end();) {
        if (m_progress->saveFile(m_exercise.id(), it.key(), it.value(), m_dirtyProfile)) {
            it = m_dirty.erase(it);
        } else {
            problem = m_progress->errorString();
            ++it;
        }
    }
    if (!problem.isEmpty()) {
        // Nothing is dropped: the text stays in the editor and in m_dirty for the next try.
        m_saveProblem->setText(tr("Your code could not be saved: %1. It stays in the editor; Crossroads will "
                                  "try again when you type.")
                                   .arg(problem));
        m_saveProblem->show();
        return false;
    }
    m_saveProblem->hide();
    if (m_learner.currentProfile() == m_dirtyProfile &&
        m_progress->status(m_exercise.id()) == ItemStatus::NotStarted)
        m_learner.apply(QStringLiteral("exercise"), m_exercise.id(), StatusAction::Start);
    return true;
}

QMap<QString, QString> ExerciseScreen::currentFiles() const
{
    QMap<QString, QString> files;
    for (const QString &path : m_exercise.editablePaths())
        if (const CodeEditor *e = m_editors.value(path))
            files.insert(path, e->toPlainText());
    return files;
}

void ExerciseScreen::showResultList(const QList<CheckOutcome> &outcomes)
{
    m_results->clear();
    for (const CheckOutcome &c : outcomes) {
        QString mark;
        switch (c.state) {
        case CheckOutcome::State::Passed:
            mark = tr("✔ Passed");
            break;
        case CheckOutcome::State::Failed:
            mark = tr("✘ Failed");
            break;
        case CheckOutcome::State::NotRun:
            mark = tr("○");
            break;
        }
        auto *item = new QListWidgetItem(QStringLiteral("%1  %2").arg(mark, c.title), m_results);
        item->setData(Qt::UserRole,
                      c.message.isEmpty() ? c.output : c.message + QStringLiteral("\n\n") + c.output);
        item->setData(Qt::UserRole + 1, c.name);
        item->setData(Qt::UserRole + 2, int(c.state));
        if (!c.message.isEmpty())
            item->setToolTip(c.message);
    }
}

void ExerciseScreen::startCheck()
{
    if (!m_exercise.isValid() || m_checker->isRunning())
        return;
    saveNow();
    m_checker->setPreferredPython(m_settings.pythonInterpreter());
    QList<CheckOutcome> pending;
    for (const ExerciseCheckSpec &c : std::as_const(m_exercise.checks))
        pending.append({c.name, c.title, CheckOutcome::State::NotRun, {}, {}});
    showResultList(pending);
    m_output->clear();
    m_status->setText(tr("Checking… Python is starting and running your code."));
    m_checker->start(m_exercise, currentFiles());
    updateButtons();
}

void ExerciseScreen::cancelCheck()
{
    m_checker->cancel();
}

void ExerciseScreen::checkReported(const CheckOutcome &outcome)
{
    for (int i = 0; i < m_results->count(); ++i) {
        QListWidgetItem *item = m_results->item(i);
        if (item->data(Qt::UserRole + 1).toString() != outcome.name)
            continue;
        const bool ok = outcome.state == CheckOutcome::State::Passed;
        item->setText(QStringLiteral("%1  %2").arg(ok ? tr("✔ Passed") : tr("✘ Failed"), outcome.title));
        item->setData(Qt::UserRole, outcome.message.isEmpty()
                                        ? outcome.output
                                        : outcome.message + QStringLiteral("\n\n") + outcome.output);
        item->setData(Qt::UserRole + 2, int(outcome.state));
        item->setToolTip(outcome.message);
    }
}

void ExerciseScreen::checkFinished(const ExerciseRunResult &result)
{
    QString step;
    for (const ExerciseInfo &e : std::as_const(m_all))
        if (e.id == result.exercise)
            step = e.step;
    const bool wasDone = m_progress->status(result.exercise) == ItemStatus::Done;
    if (!m_progress->recordAttempt(result, step)) {
        m_saveProblem->setText(tr("This attempt could not be saved: %1").arg(m_progress->errorString()));
        m_saveProblem->show();
    }
    refreshListStatus();
    updateButtons();
    if (result.exercise != m_exercise.id())
        return;
    showResultList(result.checks);
    QString text;
    switch (result.status) {
    case ExerciseRunResult::Status::Passed:
        text = tr("✔ All %1 checks passed. Well done: this exercise is done.").arg(result.total());
        break;
    case ExerciseRunResult::Status::Failed:
        text = tr("✘ %1 of %2 checks passed. The first failing check says what to look at.")
                   .arg(result.passedCount())
                   .arg(result.total());
        break;
    case ExerciseRunResult::Status::TimedOut:
    case ExerciseRunResult::Status::OutputLimit:
        text = tr("⏹ Stopped: %1").arg(result.message);
        break;
    case ExerciseRunResult::Status::Cancelled:
        text = tr("Checking was cancelled.");
        break;
    case ExerciseRunResult::Status::Error:
        text = tr("The checks could not run: %1").arg(result.message);
        break;
    }
    m_status->setText(text);
    const bool judged = result.status != ExerciseRunResult::Status::Cancelled;
    m_output->setPlainText(judged ? QString(result.message + QStringLiteral("\n\n") + result.output).trimmed()
                                  : QString());
    for (int i = 0; i < m_results->count(); ++i) {
        if (m_results->item(i)->data(Qt::UserRole + 2).toInt() == int(CheckOutcome::State::Failed)) {
            const QSignalBlocker block(m_results);
            m_results->setCurrentRow(i);
            break;
        }
    }
    updateSolutionHint();
    if (result.passed() && !wasDone)
        emit exerciseCompleted(result.exercise);
}

void ExerciseScreen::updateButtons()
{
    const bool loaded = m_exercise.isValid();
    const bool running = m_checker->isRunning();
    m_check->setEnabled(loaded && !running);
    m_cancel->setEnabled(running);
    m_reset->setEnabled(loaded && !running);
    m_solution->setEnabled(loaded);
    m_runIt->setEnabled(loaded && !running && m_exercise.info.framework != QStringLiteral("python"));
}

void ExerciseScreen::updateSolutionHint()
{
    const int failed = m_progress->failedAttemptCount(m_exercise.id());
    const bool offered = failed >= AttemptsBeforeSolution;
    m_solution->setText(offered ? tr("Show solution (after %1 tries)").arg(failed) : tr("Show solution"));
}

void ExerciseScreen::confirm(const QString &question, const std::function<void()> &onYes)
{
    if (m_confirm) {
        if (m_confirm(question))
            onYes();
        return;
    }
    // open(), not exec(): the window stays responsive and tests are never blocked.
    auto *box = new QMessageBox(QMessageBox::Question, tr("Exercises"), question,
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [box, onYes](QAbstractButton *b) {
        if (box->standardButton(b) == QMessageBox::Yes)
            onYes();
    });
    box->open();
}

void ExerciseScreen::resetFiles()
{
    if (!m_exercise.isValid())
        return;
    const QString id = m_exercise.id();
    confirm(
        tr("Replace your code in every file of this exercise with the starter files? What you wrote will be "
           "gone."),
        [this, id] {
            if (id != m_exercise.id())
                return;
            m_dirty.clear();
            m_saveTimer->stop();
            if (!m_progress->forgetFiles(id)) {
                m_saveProblem->setText(tr("Could not reset: %1").arg(m_progress->errorString()));
                m_saveProblem->show();
                return;
            }
            buildEditors();
            m_status->setText(tr("Back to the starter files."));
        });
}

void ExerciseScreen::showSolution()
{
    if (!m_exercise.isValid())
        return;
    const auto open = [this] {
        auto *dialog =
            new SolutionDialog(m_exercise.info.title, currentFiles(), m_exercise.solutionTexts(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    };
    const int failed = m_progress->failedAttemptCount(m_exercise.id());
    if (failed >= AttemptsBeforeSolution || m_progress->status(m_exercise.id()) == ItemStatus::Done) {
        open();
        return;
    }
    confirm(
        tr("You learn most by getting there yourself. Look at the solution anyway? (A hint might be all you "
           "need.)"),
        open);
}

void ExerciseScreen::openLink(const QUrl &url)
{
    const QString scheme = url.scheme();
    if (scheme == QStringLiteral("https") || scheme == QStringLiteral("http")) {
        QDesktopServices::openUrl(url);
        return;
    }
    if (scheme == QStringLiteral("term") && m_content.isOpen()) {
        QSqlQuery q(m_content.database());
        q.prepare(QStringLiteral("SELECT term, definition FROM terms WHERE id = ?"));
        q.addBindValue(url.path());
        if (q.exec() && q.next()) {
            QToolTip::showText(
                QCursor::pos(),
                QStringLiteral("<b>%1</b><br>%2")
                    .arg(q.value(0).toString().toHtmlEscaped(), q.value(1).toString().toHtmlEscaped()),
                m_instructions);
            return;
        }
    }
    emit appLinkActivated(url);
}

void ExerciseScreen::reloadFromStore()
{
    // The profile changed or data was imported: pending edits went to the profile they were
    // typed in (saveNow), and the editors now show the new profile's code.
    saveNow();
    refreshListStatus();
    if (m_exercise.isValid() && !m_checker->isRunning()) {
        buildEditors();
        updateSolutionHint();
    }
}

} // namespace crossroads::ui
