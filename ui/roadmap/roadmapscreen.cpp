// SPDX-License-Identifier: MIT
#include "roadmapscreen.h"

#include "content/contentstore.h"
#include "learner/learnerstore.h"
#include "noteeditor.h"
#include "roadmapview.h"
#include "statusstyle.h"
#include "steppanel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMetaMethod>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

namespace crossroads::ui {

RoadmapScreen::RoadmapScreen(ContentStore &content, LearnerStore &learner, QWidget *parent)
    : QWidget(parent), m_content(content), m_learner(learner), m_tracker(content, learner)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto *header = new QWidget(this);
    auto *head = new QHBoxLayout(header);
    head->setContentsMargins(22, 16, 22, 8);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    auto *title = new QLabel(tr("Your roadmap"), header);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    title->setFont(f);
    titles->addWidget(title);
    m_pathSource = new QLabel(header);
    m_pathSource->setObjectName(QStringLiteral("roadmapPathSource"));
    m_pathSource->setProperty("role", QStringLiteral("hint"));
    titles->addWidget(m_pathSource);
    m_summary = new QLabel(header);
    m_summary->setObjectName(QStringLiteral("roadmapSummary"));
    titles->addWidget(m_summary);
    head->addLayout(titles, 1);

    m_showHidden = new QCheckBox(tr("Show hidden steps"), header);
    m_showHidden->setObjectName(QStringLiteral("showHiddenSteps"));
    connect(m_showHidden, &QCheckBox::toggled, this, &RoadmapScreen::rebuild);
    head->addWidget(m_showHidden, 0, Qt::AlignBottom);
    head->addSpacing(10);
    const auto zoomButton = [&](const QString &text, const QString &name, const QString &help) {
        auto *b = new QToolButton(header);
        b->setText(text);
        b->setObjectName(name);
        b->setToolTip(help);
        b->setAccessibleName(help);
        head->addWidget(b, 0, Qt::AlignBottom);
        return b;
    };
    connect(zoomButton(QStringLiteral("−"), QStringLiteral("zoomOutButton"), tr("Zoom out (Ctrl+wheel, -)")),
            &QToolButton::clicked, this, [this] { m_view->zoomBy(1 / 1.15); });
    connect(zoomButton(QStringLiteral("+"), QStringLiteral("zoomInButton"), tr("Zoom in (Ctrl+wheel, +)")),
            &QToolButton::clicked, this, [this] { m_view->zoomBy(1.15); });
    connect(zoomButton(tr("Fit"), QStringLiteral("zoomFitButton"), tr("Show the whole map")), &QToolButton::clicked,
            this, [this] { m_view->fitAll(); });
    head->addSpacing(10);
    m_continue = new QPushButton(tr("Continue where I left off"), header);
    m_continue->setObjectName(QStringLiteral("roadmapContinueButton"));
    m_continue->setProperty("role", QStringLiteral("primary"));
    m_continue->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    m_continue->setToolTip(tr("Open the step you were working on (Ctrl+.)"));
    connect(m_continue, &QPushButton::clicked, this, &RoadmapScreen::continueWhereLeftOff);
    head->addWidget(m_continue, 0, Qt::AlignBottom);
    layout->addWidget(header);

    // The legend repeats every way a status is shown: icon, word and colour together.
    auto *legend = new QWidget(this);
    legend->setObjectName(QStringLiteral("roadmapLegend"));
    auto *leg = new QHBoxLayout(legend);
    leg->setContentsMargins(22, 0, 22, 8);
    leg->setSpacing(6);
    QStringList legendText;
    for (ItemStatus s : {ItemStatus::NotStarted, ItemStatus::InProgress, ItemStatus::Done, ItemStatus::Skipped}) {
        auto *icon = new QLabel(legend);
        icon->setPixmap(statusstyle::icon(s, palette(), 16).pixmap(16, 16));
        leg->addWidget(icon);
        auto *text = new QLabel(statusstyle::label(s), legend);
        leg->addWidget(text);
        leg->addSpacing(12);
        legendText.append(statusstyle::label(s));
    }
    auto *arrows = new QLabel(tr("Dashed arrow: prerequisite not finished yet"), legend);
    arrows->setProperty("role", QStringLiteral("hint"));
    leg->addWidget(arrows);
    leg->addStretch(1);
    legend->setAccessibleName(tr("Legend: %1").arg(legendText.join(QStringLiteral(", "))));
    layout->addWidget(legend);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("roadmapSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_view = new RoadmapView(m_splitter);
    m_panelArea = new QScrollArea(m_splitter);
    m_panelArea->setObjectName(QStringLiteral("stepPanelArea"));
    m_panelArea->setWidgetResizable(true);
    m_panelArea->setFrameShape(QFrame::NoFrame);
    m_panelArea->setMinimumWidth(340);
    m_panelArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the panel's text wraps instead
    m_panel = new StepPanel(m_content, m_learner, m_tracker, m_panelArea);
    m_panelArea->setWidget(m_panel);
    m_panelArea->hide();
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_panelArea);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    layout->addWidget(m_splitter, 1);

    connect(m_view, &RoadmapView::stepActivated, this, &RoadmapScreen::openStepPanel);
    connect(m_panel, &StepPanel::closeRequested, this, &RoadmapScreen::closeStepPanel);
    connect(m_panel, &StepPanel::openLesson, this, &RoadmapScreen::openLesson);
    connect(m_panel, &StepPanel::openQuiz, this, &RoadmapScreen::openQuiz);

    // Many writes can arrive at once (an import, a quiz); one refresh after them is enough.
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(0);
    connect(&m_refresh, &QTimer::timeout, this, &RoadmapScreen::refresh);
    connect(&m_learner, &LearnerStore::itemChanged, &m_refresh, qOverload<>(&QTimer::start));
    connect(&m_learner, &LearnerStore::reloaded, this, [this] {
        rebuild();
        if (!m_panel->step().isEmpty())
            m_panel->showStep(m_panel->step());
    });

    rebuild();
}

QString RoadmapScreen::openStep() const
{
    return m_panelArea->isVisible() ? m_panel->step() : QString();
}

QList<StepNodeData> RoadmapScreen::nodeData(bool includeHidden) const
{
    QList<StepNodeData> out;
    const QHash<QString, StepProgress> progress = m_tracker.allStepProgress();
    QHash<QString, QString> trackTitles;
    for (const TrackInfo &t : m_tracker.tracks())
        trackTitles.insert(t.id, t.title);
    for (const RoadmapStep &s : m_tracker.pathSteps(includeHidden)) {
        const StepProgress p = progress.value(s.id);
        out.append({s.id, s.title, s.track, trackTitles.value(s.track, s.track), p.status, p.hidden, s.optional,
                    s.hours, p.seconds, p.percent});
    }
    return out;
}

void RoadmapScreen::rebuild()
{
    QList<RoadmapView::Track> tracks;
    for (const TrackInfo &t : m_tracker.tracks())
        tracks.append({t.id, t.title});
    QHash<QString, QStringList> requires_;
    for (const RoadmapStep &s : m_tracker.pathSteps(true))
        requires_.insert(s.id, s.requires_);
    m_view->setRoadmap(tracks, nodeData(m_showHidden->isChecked()), requires_);
    refresh();
}

void RoadmapScreen::refresh()
{
    const QList<StepNodeData> nodes = nodeData(m_showHidden->isChecked());
    QSet<QString> shown;
    for (const StepNodeData &n : nodes)
        shown.insert(n.id);
    const QStringList ids = m_view->stepIds();
    if (shown != QSet<QString>(ids.cbegin(), ids.cend())) {
        rebuild(); // a step was hidden or shown again
        return;
    }
    m_view->updateSteps(nodes);
    m_panel->refresh();

    int done = 0;
    int skipped = 0;
    int seconds = 0;
    for (const StepNodeData &n : nodes) {
        done += n.status == ItemStatus::Done ? 1 : 0;
        skipped += n.status == ItemStatus::Skipped ? 1 : 0;
        seconds += n.seconds;
    }
    const int hidden = m_learner.hiddenSteps().size();
    m_pathSource->setText(m_learner.learnerPath().isEmpty()
                              ? tr("The default path, from Python basics to Django and beyond")
                              : tr("Your own path, as the wizard suggested it"));
    QString summary = tr("Steps done: %1 of %2").arg(done).arg(nodes.size());
    if (skipped > 0)
        summary += tr(" · skipped: %1").arg(skipped);
    summary += tr(" · time spent: %1").arg(formatHours(seconds / 3600.0));
    m_summary->setText(summary);
    m_showHidden->setText(hidden > 0 ? tr("Show hidden steps (%1)").arg(hidden) : tr("Show hidden steps"));
    m_showHidden->setEnabled(hidden > 0 || m_showHidden->isChecked());
    const QString next = m_tracker.continueStep();
    m_continue->setEnabled(!next.isEmpty());
    m_continue->setAccessibleDescription(next.isEmpty() ? tr("Every step on your path is done or skipped")
                                                        : tr("Opens the step you were working on"));
}

void RoadmapScreen::openStepPanel(const QString &step)
{
    if (step.isEmpty())
        return;
    m_view->setCurrentStep(step);
    const bool wasHidden = m_panelArea->isHidden();
    m_panel->showStep(step);
    m_panelArea->show();
    if (wasHidden) {
        const int total = m_splitter->width();
        const int panel = std::clamp(total * 2 / 5, 340, 420);
        m_splitter->setSizes({total - panel, panel});
    }
    m_panelArea->ensureVisible(0, 0);
}

void RoadmapScreen::closeStepPanel()
{
    m_panel->notes()->flush();
    m_panelArea->hide();
    m_view->setFocus(Qt::OtherFocusReason);
}

void RoadmapScreen::continueWhereLeftOff()
{
    const QString step = m_tracker.continueStep();
    if (step.isEmpty())
        return;
    openStepPanel(step);
    m_view->setFocus(Qt::OtherFocusReason);
}

void RoadmapScreen::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The quiz button only does something once a quiz screen listens.
    m_panel->findChild<QPushButton *>(QStringLiteral("takeQuizButton"))
        ->setVisible(isSignalConnected(QMetaMethod::fromSignal(&RoadmapScreen::openQuiz)));
    if (!m_firstShow)
        return;
    m_firstShow = false;
    // Arriving on the roadmap (also from Home's "Continue") opens where the learner left off.
    QTimer::singleShot(0, this, [this] {
        const QString step = m_tracker.continueStep();
        openStepPanel(step.isEmpty() && !m_view->stepIds().isEmpty() ? m_view->stepIds().first() : step);
        // As large as readable while the whole height fits; the open step is scrolled into view.
        const QRectF scene = m_view->sceneRect();
        const qreal scale = scene.isEmpty() ? 1.0 : std::clamp(m_view->viewport()->height() / scene.height(), 0.72, 1.0);
        m_view->setTransform(QTransform::fromScale(scale, scale));
        m_view->bringIntoView(m_view->currentStep());
        m_view->setFocus(Qt::OtherFocusReason);
    });
}

void RoadmapScreen::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && m_panelArea->isVisible()) {
        closeStepPanel();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace crossroads::ui
