// SPDX-License-Identifier: MIT
#include "steppanel.h"

#include "content/contentstore.h"
#include "learner/learnerstore.h"
#include "learner/progresstracker.h"
#include "noteeditor.h"
#include "statusstyle.h"
#include "stepnode.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSqlQuery>
#include <QToolButton>
#include <QVBoxLayout>

namespace crossroads::ui {

namespace {

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    QFont f = l->font();
    f.setBold(true);
    l->setFont(f);
    l->setContentsMargins(0, 10, 0, 0);
    return l;
}

QString bullets(const QStringList &items)
{
    QString md;
    for (const QString &i : items)
        md += QStringLiteral("- ") + i + u'\n';
    return md;
}

} // namespace

StepPanel::StepPanel(const ContentStore &content, LearnerStore &learner, ProgressTracker &tracker,
                     QWidget *parent)
    : QWidget(parent), m_content(content), m_learner(learner), m_tracker(tracker)
{
    setObjectName(QStringLiteral("stepPanel"));
    setAccessibleName(tr("Step details"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 14);
    layout->setSpacing(6);

    auto *top = new QHBoxLayout;
    m_track = new QLabel(this);
    m_track->setObjectName(QStringLiteral("stepTrack"));
    m_track->setProperty("role", QStringLiteral("hint"));
    top->addWidget(m_track, 1);
    auto *close = new QToolButton(this);
    close->setObjectName(QStringLiteral("closeStepButton"));
    close->setText(QStringLiteral("✕"));
    close->setToolTip(tr("Close the step (Esc)"));
    close->setAccessibleName(tr("Close step"));
    close->setAutoRaise(true);
    connect(close, &QToolButton::clicked, this, &StepPanel::closeRequested);
    top->addWidget(close);
    layout->addLayout(top);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("stepTitle"));
    m_title->setWordWrap(true);
    QFont tf = m_title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.45);
    tf.setBold(true);
    m_title->setFont(tf);
    layout->addWidget(m_title);

    auto *statusRow = new QHBoxLayout;
    statusRow->setSpacing(6);
    m_statusIcon = new QLabel(this);
    m_statusIcon->setFixedSize(18, 18);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("stepStatus"));
    QFont sf = m_status->font();
    sf.setBold(true);
    m_status->setFont(sf);
    statusRow->addWidget(m_statusIcon);
    statusRow->addWidget(m_status);
    statusRow->addSpacing(8);
    m_numbers = new QLabel(this);
    m_numbers->setObjectName(QStringLiteral("stepNumbers"));
    m_numbers->setProperty("role", QStringLiteral("hint"));
    statusRow->addWidget(m_numbers, 1);
    layout->addLayout(statusRow);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("stepSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::MarkdownText);
    layout->addWidget(m_summary);

    m_actions = new QWidget(this);
    auto *actions = new QGridLayout(m_actions);
    actions->setContentsMargins(0, 6, 0, 0);
    actions->setHorizontalSpacing(6);
    actions->setVerticalSpacing(6);
    m_start = addAction(QStringLiteral("startButton"), tr("&Start"), tr("Mark this step as in progress"));
    m_done = addAction(QStringLiteral("doneButton"), tr("Mark &done"), tr("Mark this step as done"));
    m_skip = addAction(QStringLiteral("skipButton"), tr("S&kip"), tr("Skip this step: you know it, or it is not for you"));
    m_reset = addAction(QStringLiteral("resetButton"), tr("&Reset"), tr("Mark this step as not started"));
    m_hide = addAction(QStringLiteral("hideButton"), tr("&Hide"), tr("Take this step off your path; its progress is kept"));
    layout->addWidget(m_actions);
    const auto act = [this](StatusAction a) { m_tracker.applyToStep(m_step, a); };
    connect(m_start, &QPushButton::clicked, this, [act] { act(StatusAction::Start); });
    connect(m_done, &QPushButton::clicked, this, [act] { act(StatusAction::Complete); });
    connect(m_skip, &QPushButton::clicked, this, [act] { act(StatusAction::Skip); });
    connect(m_reset, &QPushButton::clicked, this, [act] { act(StatusAction::Reset); });
    connect(m_hide, &QPushButton::clicked, this, [this] { m_learner.setHidden(m_step, !m_learner.isHidden(m_step)); });

    layout->addWidget(heading(tr("After this step you can"), this));
    m_outcomes = new QLabel(this);
    m_outcomes->setObjectName(QStringLiteral("stepOutcomes"));
    m_outcomes->setWordWrap(true);
    m_outcomes->setTextFormat(Qt::MarkdownText);
    layout->addWidget(m_outcomes);

    layout->addWidget(heading(tr("Lessons"), this));
    m_lessons = new QListWidget(this);
    m_lessons->setObjectName(QStringLiteral("lessonList"));
    m_lessons->setAccessibleName(tr("Lessons"));
    m_lessons->setAccessibleDescription(tr("Press Enter to open a lesson"));
    m_lessons->setIconSize(QSize(16, 16));
    m_lessons->setUniformItemSizes(true);
    m_lessons->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_lessons->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_lessons->setTextElideMode(Qt::ElideRight);
    connect(m_lessons, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { emit openLesson(item->data(Qt::UserRole).toString()); });
    layout->addWidget(m_lessons);

    layout->addWidget(heading(tr("Quiz"), this));
    auto *quizRow = new QHBoxLayout;
    m_quiz = new QLabel(this);
    m_quiz->setObjectName(QStringLiteral("stepQuiz"));
    m_quiz->setWordWrap(true);
    quizRow->addWidget(m_quiz, 1);
    m_takeQuiz = new QPushButton(tr("Take the &quiz"), this);
    m_takeQuiz->setObjectName(QStringLiteral("takeQuizButton"));
    m_takeQuiz->setAccessibleDescription(tr("Passing the quiz marks the step as done"));
    connect(m_takeQuiz, &QPushButton::clicked, this, [this] { emit openQuiz(m_step); });
    quizRow->addWidget(m_takeQuiz, 0, Qt::AlignTop);
    layout->addLayout(quizRow);

    layout->addWidget(heading(tr("Project"), this));
    m_project = new QLabel(this);
    m_project->setObjectName(QStringLiteral("stepProject"));
    m_project->setWordWrap(true);
    m_project->setTextFormat(Qt::MarkdownText);
    layout->addWidget(m_project);

    layout->addWidget(heading(tr("Your notes"), this));
    m_notes = new NoteEditor(m_learner, this);
    layout->addWidget(m_notes, 1);
}

QPushButton *StepPanel::addAction(const QString &name, const QString &text, const QString &help)
{
    auto *b = new QPushButton(text, m_actions);
    b->setObjectName(name);
    b->setToolTip(help);
    b->setAccessibleDescription(help);
    // Three to a row, so the panel stays narrow enough to leave room for the map.
    auto *grid = static_cast<QGridLayout *>(m_actions->layout());
    const int n = grid->count();
    grid->addWidget(b, n / 3, n % 3);
    return b;
}

void StepPanel::showStep(const QString &id)
{
    m_step = id;
    RoadmapStep step;
    for (const RoadmapStep &s : m_content.steps())
        if (s.id == id)
            step = s;
    QString trackTitle = step.track;
    for (const TrackInfo &t : m_tracker.tracks())
        if (t.id == step.track)
            trackTitle = t.title;
    m_track->setText(step.optional ? tr("%1 · optional").arg(trackTitle) : trackTitle);
    m_title->setText(step.title);
    m_summary->setText(step.summary);
    m_outcomes->setText(bullets(step.outcomes));
    m_outcomes->setAccessibleName(tr("Outcomes: %1").arg(step.outcomes.join(QStringLiteral("; "))));

    const QList<ProjectInfo> projects = m_tracker.projects(id);
    if (projects.isEmpty()) {
        m_project->setText(tr("No project caps this step; the next step's project builds on it."));
    } else {
        QString md;
        for (const ProjectInfo &p : projects)
            md += QStringLiteral("**%1** (%2)\n\n%3\n\n").arg(p.title, p.level, p.summary);
        m_project->setText(md);
    }
    m_notes->setItem(QStringLiteral("step"), id);
    refresh();
}

void StepPanel::refresh()
{
    if (m_step.isEmpty())
        return;
    const StepProgress p = m_tracker.stepProgress(m_step);
    RoadmapStep step;
    for (const RoadmapStep &s : m_content.steps())
        if (s.id == m_step)
            step = s;
    const QPalette pal = palette();
    m_statusIcon->setPixmap(statusstyle::icon(p.status, pal, 18).pixmap(18, 18));
    m_status->setText(statusstyle::label(p.status) + (p.hidden ? tr(" (hidden from your path)") : QString()));
    QPalette sp = m_status->palette();
    sp.setColor(QPalette::WindowText, p.status == ItemStatus::NotStarted ? pal.color(QPalette::WindowText)
                                                                         : statusstyle::accent(p.status, pal));
    m_status->setPalette(sp);
    m_numbers->setText(tr("%1% complete · %2 spent of about %3")
                           .arg(p.percent)
                           .arg(formatHours(p.seconds / 3600.0), formatHours(step.hours)));

    const auto allowed = [&](StatusAction a) { return applyStatusAction(p.status, a).changed(); };
    const bool writable = !m_learner.isReadOnly();
    m_start->setEnabled(writable && allowed(StatusAction::Start));
    m_start->setText(p.status == ItemStatus::Skipped ? tr("Un&skip and start") : tr("&Start"));
    m_done->setEnabled(writable && allowed(StatusAction::Complete));
    m_skip->setEnabled(writable && allowed(StatusAction::Skip));
    m_reset->setEnabled(writable && allowed(StatusAction::Reset));
    m_hide->setEnabled(writable);
    m_hide->setText(p.hidden ? tr("S&how on my path") : tr("&Hide"));
    m_hide->setAccessibleName(p.hidden ? tr("Show on my path") : tr("Hide from my path"));

    m_lessons->clear();
    QHash<QString, ItemStatus> lessonStatus;
    for (const ProgressRecord &r : m_learner.progress(QStringLiteral("lesson")))
        lessonStatus.insert(r.item, r.status);
    for (const LessonInfo &l : m_content.lessons(m_step)) {
        const ItemStatus ls = lessonStatus.value(l.id, ItemStatus::NotStarted);
        auto *item = new QListWidgetItem(statusstyle::icon(ls, pal), tr("%1 · %2 min").arg(l.title).arg(l.minutes),
                                         m_lessons);
        item->setData(Qt::UserRole, l.id);
        item->setData(Qt::AccessibleTextRole, tr("%1, %2 minutes, %3").arg(l.title).arg(l.minutes).arg(statusstyle::label(ls)));
        item->setToolTip(tr("%1 (%2)").arg(l.title, statusstyle::label(ls)));
    }
    if (m_lessons->count() == 0)
        new QListWidgetItem(tr("No lessons in this step yet."), m_lessons);
    // Tall enough for every lesson, so the panel scrolls as one page rather than a list in a list.
    const int rows = std::max(1, m_lessons->count());
    m_lessons->setFixedHeight(rows * m_lessons->sizeHintForRow(0) + 2 * m_lessons->frameWidth() + 2);

    if (p.questions == 0) {
        m_quiz->setText(tr("This step has no quiz."));
        m_takeQuiz->setEnabled(false);
    } else {
        QString text = tr("Questions: %1. Pass mark: %2%.").arg(p.questions).arg(qRound(p.quizPass * 100));
        if (p.attempts > 0)
            text += u' ' + tr("Best score: %1% (attempts: %2).").arg(qRound(p.bestScore * 100)).arg(p.attempts);
        else
            text += u' ' + tr("Pass it to test out of the step.");
        m_quiz->setText(text);
        m_takeQuiz->setEnabled(true);
    }
}

} // namespace crossroads::ui
