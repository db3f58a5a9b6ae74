// SPDX-License-Identifier: MIT
#include "progressscreen.h"

#include "activityheatmap.h"
#include "content/contentstore.h"
#include "learner/learnerstore.h"
#include "learnerdataactions.h"
#include "profilebar.h"
#include "roadmap/statusstyle.h"
#include "roadmap/stepnode.h"
#include "tracksummarymodel.h"

#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QScatterSeries>
#include <QScrollArea>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolButton>
#include <QTreeWidget>
#include <QValueAxis>
#include <QVBoxLayout>

namespace crossroads::ui {

namespace {

constexpr int ChartWeeks = 12;

// Draws the completion column as a bar with the percentage beside it.
class CompletionDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        opt.widget->style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        const int percent = index.data(TrackSummaryModel::ValueRole).toInt();
        const QRect r = option.rect.adjusted(8, 0, -8, 0);
        const QString text = index.data().toString();
        const int textWidth = option.fontMetrics.horizontalAdvance(QStringLiteral("100%")) + 6;
        const QRectF bar(r.left(), r.center().y() - 3, std::max(10, r.width() - textWidth), 6);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        QColor back = option.palette.color(QPalette::Mid);
        back.setAlphaF(0.3);
        painter->setBrush(back);
        painter->drawRoundedRect(bar, 3, 3);
        painter->setBrush(statusstyle::accent(ItemStatus::Done, option.palette));
        painter->drawRoundedRect(QRectF(bar.left(), bar.top(), bar.width() * percent / 100.0, bar.height()), 3, 3);
        painter->setPen(option.palette.color(QPalette::Text));
        painter->setFont(opt.font);
        painter->drawText(QRect(int(bar.right()) + 4, r.top(), textWidth, r.height()), Qt::AlignRight | Qt::AlignVCenter,
                          text);
        painter->restore();
    }
};

QLabel *bigNumber(QWidget *parent, const QString &name)
{
    auto *l = new QLabel(parent);
    l->setObjectName(name);
    QFont f = l->font();
    f.setPointSizeF(f.pointSizeF() * 1.9);
    f.setBold(true);
    l->setFont(f);
    return l;
}

QLabel *hint(QWidget *parent, const QString &name = QString())
{
    auto *l = new QLabel(parent);
    if (!name.isEmpty())
        l->setObjectName(name);
    l->setProperty("role", QStringLiteral("hint"));
    l->setWordWrap(true);
    return l;
}

QChartView *makeChartView(QWidget *parent, const QString &name, const QString &accessibleName)
{
    auto *chart = new QChart;
    chart->legend()->hide();
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(0, 0, 0, 0));
    chart->setAnimationOptions(QChart::NoAnimation);
    auto *view = new QChartView(chart, parent);
    view->setObjectName(name);
    view->setAccessibleName(accessibleName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(210);
    view->setFrameShape(QFrame::NoFrame);
    view->setStyleSheet(QStringLiteral("background: transparent"));
    return view;
}

void styleAxis(QAbstractAxis *axis, const QPalette &pal)
{
    axis->setLabelsColor(pal.color(QPalette::Text));
    QColor grid = pal.color(QPalette::Mid);
    grid.setAlphaF(0.35);
    axis->setGridLineColor(grid);
    axis->setLinePenColor(grid);
    QFont f = axis->labelsFont();
    f.setPointSizeF(QFont().pointSizeF() * 0.85);
    axis->setLabelsFont(f);
}

} // namespace

ProgressScreen::ProgressScreen(ContentStore &content, LearnerStore &learner, LearnerDataActions *actions,
                               QWidget *parent)
    : QWidget(parent), m_content(content), m_learner(learner), m_tracker(content, learner)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto *page = new QWidget(scroll);
    page->setObjectName(QStringLiteral("progressPage"));
    page->setStyleSheet(QStringLiteral("QFrame[role=\"card\"] { background: palette(base); border: 1px solid "
                                       "palette(midlight); border-radius: 10px; }"
                                       "QFrame[role=\"card\"] QLabel { background: transparent; }"));
    scroll->setWidget(page);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(22, 16, 22, 22);
    layout->setSpacing(14);

    // Header: title, profile switcher, export/import/backup.
    auto *header = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    auto *title = new QLabel(tr("Your progress"), page);
    QFont tf = title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.5);
    tf.setBold(true);
    title->setFont(tf);
    titles->addWidget(title);
    m_subtitle = hint(page, QStringLiteral("progressSubtitle"));
    titles->addWidget(m_subtitle);
    header->addLayout(titles, 1);
    m_profiles = new ProfileBar(m_learner, page);
    header->addWidget(m_profiles, 0, Qt::AlignTop);
    if (actions) {
        header->addSpacing(12);
        for (QAction *a : {actions->exportAction(), actions->importAction(), actions->restoreAction()}) {
            auto *b = new QToolButton(page);
            b->setDefaultAction(a);
            b->setObjectName(a->objectName() + QStringLiteral("Button"));
            b->setToolButtonStyle(Qt::ToolButtonTextOnly);
            header->addWidget(b, 0, Qt::AlignTop);
        }
    }
    layout->addLayout(header);

    // Four headline numbers.
    auto *stats = new QGridLayout;
    stats->setHorizontalSpacing(12);
    const auto statCard = [&](int column, const QString &label, QLabel *&value, QLabel *&note, const QString &name) {
        auto *frame = new QFrame(page);
        frame->setProperty("role", QStringLiteral("card"));
        frame->setObjectName(name + QStringLiteral("Card"));
        auto *v = new QVBoxLayout(frame);
        v->setContentsMargins(16, 12, 16, 12);
        v->setSpacing(2);
        auto *caption = hint(frame);
        caption->setText(label);
        v->addWidget(caption);
        value = bigNumber(frame, name + QStringLiteral("Value"));
        v->addWidget(value);
        note = hint(frame, name + QStringLiteral("Note"));
        v->addWidget(note);
        stats->addWidget(frame, 0, column);
        frame->setAccessibleName(label);
    };
    statCard(0, tr("Steps done"), m_stepsValue, m_stepsNote, QStringLiteral("steps"));
    statCard(1, tr("Time spent"), m_timeValue, m_timeNote, QStringLiteral("time"));
    statCard(2, tr("Consistency"), m_daysValue, m_daysNote, QStringLiteral("days"));
    statCard(3, tr("Quizzes passed"), m_quizValue, m_quizNote, QStringLiteral("quiz"));
    layout->addLayout(stats);

    // Per track.
    m_model = new TrackSummaryModel(this);
    m_table = new QTableView(page);
    m_table->setObjectName(QStringLiteral("progressTable"));
    m_table->setAccessibleName(tr("Progress by track"));
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(TrackSummaryModel::Completion, new CompletionDelegate(m_table));
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(TrackSummaryModel::Track, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(TrackSummaryModel::Completion, QHeaderView::Fixed);
    m_table->horizontalHeader()->resizeSection(TrackSummaryModel::Completion, 180);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->setFrameShape(QFrame::NoFrame);
    m_table->setFocusPolicy(Qt::TabFocus);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(card(tr("By track"), m_table, QStringLiteral("tracksCard")));

    // Charts side by side.
    auto *charts = new QHBoxLayout;
    charts->setSpacing(12);
    m_weekChart = makeChartView(page, QStringLiteral("weeklyTimeChart"), tr("Time per week"));
    m_weekStack = new QStackedWidget(page);
    m_weekStack->addWidget(m_weekChart);
    auto *noTime = hint(page);
    noTime->setText(tr("Time you spend in lessons and quizzes shows up here, week by week."));
    noTime->setAlignment(Qt::AlignCenter);
    m_weekStack->addWidget(noTime);
    charts->addWidget(card(tr("Time per week"), m_weekStack, QStringLiteral("weeklyTimeCard")), 1);
    m_quizChart = makeChartView(page, QStringLiteral("quizScoreChart"), tr("Quiz scores over time"));
    m_quizStack = new QStackedWidget(page);
    m_quizStack->addWidget(m_quizChart);
    auto *noQuiz = hint(page);
    noQuiz->setText(tr("Take a step's quiz to see your scores here. Passing one marks the step as done."));
    noQuiz->setAlignment(Qt::AlignCenter);
    m_quizStack->addWidget(noQuiz);
    charts->addWidget(card(tr("Quiz scores"), m_quizStack, QStringLiteral("quizScoresCard")), 1);
    layout->addLayout(charts);

    // Consistency calendar and wizard history side by side.
    auto *lower = new QHBoxLayout;
    lower->setSpacing(12);
    m_heatmap = new ActivityHeatmap(page);
    auto *heatBody = new QWidget(page);
    auto *hb = new QVBoxLayout(heatBody);
    hb->setContentsMargins(0, 0, 0, 0);
    hb->addWidget(m_heatmap);
    auto *heatNote = hint(heatBody, QStringLiteral("heatmapSummary"));
    hb->addWidget(heatNote);
    lower->addWidget(card(tr("Active days"), heatBody, QStringLiteral("activityCard")), 0);

    m_wizard = new QTreeWidget(page);
    m_wizard->setObjectName(QStringLiteral("wizardHistory"));
    m_wizard->setAccessibleName(tr("Wizard results, newest first"));
    m_wizard->setHeaderLabels({tr("Date"), tr("Recommendation"), tr("Confidence")});
    m_wizard->setRootIsDecorated(false);
    m_wizard->setFrameShape(QFrame::NoFrame);
    m_wizard->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_wizard->header()->setStretchLastSection(true);
    m_wizard->setMinimumHeight(140);
    lower->addWidget(card(tr("Wizard results"), m_wizard, QStringLiteral("wizardCard")), 1);
    layout->addLayout(lower);
    layout->addStretch(1);

    m_refresh.setSingleShot(true);
    m_refresh.setInterval(0);
    connect(&m_refresh, &QTimer::timeout, this, &ProgressScreen::refresh);
    const auto changed = [this] {
        m_dirty = true;
        if (isVisible())
            m_refresh.start();
    };
    connect(&m_learner, &LearnerStore::itemChanged, this, changed);
    connect(&m_learner, &LearnerStore::reloaded, this, changed);
    refresh();
}

QWidget *ProgressScreen::card(const QString &title, QWidget *body, const QString &objectName)
{
    auto *frame = new QFrame(body->parentWidget());
    frame->setObjectName(objectName);
    frame->setProperty("role", QStringLiteral("card"));
    frame->setAccessibleName(title);
    auto *v = new QVBoxLayout(frame);
    v->setContentsMargins(16, 12, 16, 14);
    v->setSpacing(8);
    auto *heading = new QLabel(title, frame);
    QFont f = heading->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.08);
    heading->setFont(f);
    v->addWidget(heading);
    body->setParent(frame);
    v->addWidget(body, 1);
    return frame;
}

void ProgressScreen::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        refresh();
}

void ProgressScreen::refresh()
{
    m_dirty = false;
    const QList<TrackSummary> tracks = m_tracker.trackSummaries();
    m_model->setTracks(tracks);
    // The table shows every row; the page scrolls instead.
    int height = m_table->horizontalHeader()->height() + 4;
    for (int r = 0; r < m_model->rowCount(); ++r)
        height += m_table->rowHeight(r);
    m_table->setFixedHeight(height);

    const TrackSummary total = m_model->total();
    QString next = m_tracker.continueStep();
    for (const RoadmapStep &s : m_content.steps())
        if (s.id == next)
            next = s.title;
    m_subtitle->setText(next.isEmpty() ? tr("Profile \"%1\"").arg(m_learner.currentProfileName())
                                       : tr("Profile \"%1\" · next up: %2").arg(m_learner.currentProfileName(), next));
    m_stepsValue->setText(tr("%1 / %2").arg(total.done).arg(total.steps));
    m_stepsNote->setText(tr("%1 in progress · %2 skipped").arg(total.inProgress).arg(total.skipped));

    const QDate today = QDate::currentDate();
    const QMap<QDate, int> days = m_learner.activityByDay(today.addDays(-7 * ActivityHeatmap::Weeks), today);
    int week = 0;
    for (auto it = days.cbegin(); it != days.cend(); ++it)
        if (it.key() >= today.addDays(1 - today.dayOfWeek()))
            week += it.value();
    m_timeValue->setText(formatHours(total.seconds / 3600.0));
    m_timeNote->setText(tr("%1 this week").arg(formatHours(week / 3600.0)));
    m_heatmap->setActivity(days, today);
    m_daysValue->setText(tr("%1 / 28").arg(m_heatmap->activeDays(28)));
    m_daysNote->setText(tr("active days, last 4 weeks"));
    if (auto *summary = findChild<QLabel *>(QStringLiteral("heatmapSummary")))
        summary->setText(m_heatmap->summary() +
                         tr(" Missing a day only moves this a little; there is no streak to lose."));

    const QHash<QString, StepProgress> steps = m_tracker.allStepProgress();
    int withQuiz = 0;
    int passed = 0;
    double best = 0;
    int attempted = 0;
    for (const StepProgress &p : steps) {
        if (p.questions == 0)
            continue;
        ++withQuiz;
        passed += p.quizPassed() ? 1 : 0;
        if (p.attempts > 0) {
            ++attempted;
            best += p.bestScore;
        }
    }
    m_quizValue->setText(tr("%1 / %2").arg(passed).arg(withQuiz));
    m_quizNote->setText(attempted > 0 ? tr("best scores average %1%").arg(qRound(100 * best / attempted))
                                      : tr("no quiz taken yet"));
    refreshCharts();
    refreshWizard();
}

void ProgressScreen::refreshCharts()
{
    const QPalette pal = palette();
    const QLocale locale;
    const QDate today = QDate::currentDate();
    const QDate thisMonday = today.addDays(1 - today.dayOfWeek());
    const QDate first = thisMonday.addDays(-7 * (ChartWeeks - 1));
    const QMap<QDate, int> days = m_learner.activityByDay(first, today);
    QList<double> hours(ChartWeeks, 0.0);
    for (auto it = days.cbegin(); it != days.cend(); ++it)
        hours[int(first.daysTo(it.key()) / 7)] += it.value() / 3600.0;

    QChart *chart = m_weekChart->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *a : chart->axes())
        chart->removeAxis(a);
    auto *set = new QBarSet(tr("Hours"));
    set->setColor(statusstyle::accent(ItemStatus::InProgress, pal));
    set->setBorderColor(Qt::transparent);
    // A bar is narrow, so its label is the shortest date the locale reads naturally: 13/10 or 10/13.
    const QString shortFormat = locale.dateFormat(QLocale::ShortFormat);
    const QString dayMonth = shortFormat.indexOf(u'M') < shortFormat.indexOf(u'd') ? QStringLiteral("M/d")
                                                                                    : QStringLiteral("d/M");
    QStringList weeks;
    QStringList spoken;
    double most = 0;
    for (int w = 0; w < ChartWeeks; ++w) {
        *set << hours.at(w);
        most = std::max(most, hours.at(w));
        const QDate monday = first.addDays(7 * w);
        weeks << (w % 2 == (ChartWeeks - 1) % 2 ? locale.toString(monday, dayMonth) : QString(w, u' '));
        spoken << tr("week of %1: %2").arg(locale.toString(monday, QStringLiteral("d MMM")), formatHours(hours.at(w)));
    }
    auto *series = new QBarSeries;
    series->append(set);
    series->setBarWidth(0.65);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(weeks);
    auto *y = new QValueAxis;
    // Whole hours between ticks, at most six ticks, so no label repeats after rounding.
    const int top = std::max(1, int(std::ceil(most)));
    const int step = (top + 4) / 5;
    const int ticks = (top + step - 1) / step;
    y->setRange(0, ticks * step);
    y->setLabelFormat(QStringLiteral("%.0f h"));
    y->setTickCount(ticks + 1);
    styleAxis(x, pal);
    styleAxis(y, pal);
    x->setGridLineVisible(false);
    x->setTruncateLabels(false); // every other bar is labelled, so a label may use its neighbour's room
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    m_weekChart->setAccessibleDescription(spoken.join(QStringLiteral("; ")));
    m_weekStack->setCurrentIndex(most > 0 ? 0 : 1);

    // Quiz scores: one point per attempt, in time order, against the usual pass mark.
    QHash<QString, int> questions;
    QHash<QString, double> pass;
    QHash<QString, QString> titles;
    for (const StepProgress &p : m_tracker.allStepProgress()) {
        questions.insert(p.step, p.questions);
        pass.insert(p.step, p.quizPass);
    }
    for (const RoadmapStep &s : m_content.steps())
        titles.insert(s.id, s.title);
    QChart *qc = m_quizChart->chart();
    qc->removeAllSeries();
    for (QAbstractAxis *a : qc->axes())
        qc->removeAxis(a);
    auto *line = new QLineSeries;
    auto *points = new QScatterSeries;
    const QColor accent = statusstyle::accent(ItemStatus::Done, pal);
    line->setPen(QPen(accent, 2));
    points->setColor(accent);
    points->setBorderColor(pal.color(QPalette::Base));
    points->setMarkerSize(9);
    QDateTime from;
    QDateTime to;
    QStringList spokenScores;
    for (const QuizAttempt &a : m_learner.quizAttempts()) {
        const int total = std::max(questions.value(a.step), a.answered);
        if (total == 0 || !a.answeredAt.isValid())
            continue;
        const double score = 100.0 * a.correct / total;
        const qint64 ms = a.answeredAt.toMSecsSinceEpoch();
        line->append(double(ms), score);
        points->append(double(ms), score);
        from = from.isValid() ? std::min(from, a.answeredAt) : a.answeredAt;
        to = to.isValid() ? std::max(to, a.answeredAt) : a.answeredAt;
        spokenScores << tr("%1 on %2: %3%").arg(titles.value(a.step, a.step),
                                              locale.toString(a.answeredAt.toLocalTime().date(), QLocale::ShortFormat))
                            .arg(qRound(score));
    }
    m_quizChart->setAccessibleDescription(spokenScores.join(QStringLiteral("; ")));
    m_quizStack->setCurrentIndex(points->count() > 0 ? 0 : 1);
    if (points->count() == 0) {
        delete line;
        delete points;
        return;
    }
    auto *passLine = new QLineSeries;
    QPen dashed(pal.color(QPalette::Mid), 1.2, Qt::DashLine);
    passLine->setPen(dashed);
    const double usualPass = 100 * (pass.isEmpty() ? 0.8 : *std::max_element(pass.cbegin(), pass.cend()));
    // Whole days with one to spare either side: points are not cut by the frame, and each tick
    // (labelled with a day) falls on a midnight.
    from = QDateTime(from.toLocalTime().date().addDays(-1), QTime(0, 0));
    to = QDateTime(to.toLocalTime().date().addDays(2), QTime(0, 0));
    const qint64 spanDays = from.daysTo(to);
    passLine->append(double(from.toMSecsSinceEpoch()), usualPass);
    passLine->append(double(to.toMSecsSinceEpoch()), usualPass);
    qc->addSeries(passLine);
    qc->addSeries(line);
    qc->addSeries(points);
    auto *time = new QDateTimeAxis;
    time->setFormat(QStringLiteral("d MMM"));
    time->setRange(from, to);
    time->setTickCount(spanDays <= 6 ? int(spanDays) + 1 : 5);
    auto *percent = new QValueAxis;
    percent->setRange(0, 100);
    percent->setTickCount(6);
    percent->setLabelFormat(QStringLiteral("%.0f%%"));
    styleAxis(time, pal);
    styleAxis(percent, pal);
    qc->addAxis(time, Qt::AlignBottom);
    qc->addAxis(percent, Qt::AlignLeft);
    for (QAbstractSeries *s : {static_cast<QAbstractSeries *>(passLine), static_cast<QAbstractSeries *>(line),
                               static_cast<QAbstractSeries *>(points)}) {
        s->attachAxis(time);
        s->attachAxis(percent);
    }
}

void ProgressScreen::refreshWizard()
{
    // Option titles come from the content's wizard document, so no id reaches the screen.
    QHash<QString, QString> optionTitles;
    if (m_content.isOpen()) {
        QSqlQuery q(m_content.database());
        q.exec(QStringLiteral("SELECT json FROM documents WHERE kind = 'wizard'"));
        while (q.next()) {
            const QJsonArray options =
                QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object().value(QStringLiteral("options")).toArray();
            for (const QJsonValue &o : options)
                optionTitles.insert(o.toObject().value(QStringLiteral("id")).toString(),
                                    o.toObject().value(QStringLiteral("title")).toString());
        }
    }
    m_wizard->clear();
    const QList<WizardResult> results = m_learner.wizardResults();
    const QLocale locale;
    for (auto it = results.crbegin(); it != results.crend(); ++it) {
        const QJsonObject result = QJsonDocument::fromJson(it->result.toUtf8()).object();
        const QString id = result.value(QStringLiteral("recommendation")).toString();
        const QString confidence = result.value(QStringLiteral("confidence")).toString();
        auto *item = new QTreeWidgetItem(
            m_wizard, {locale.toString(it->createdAt.toLocalTime().date(), QLocale::ShortFormat) + u' ' +
                           locale.toString(it->createdAt.toLocalTime().time(), QLocale::ShortFormat),
                       id.isEmpty() ? tr("(no recommendation recorded)") : optionTitles.value(id, id), confidence});
        item->setData(0, Qt::UserRole, it->createdAt);
    }
    if (results.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_wizard, {tr("No results yet: each time you finish the wizard, its "
                                                       "recommendation is kept here.")});
        item->setFirstColumnSpanned(true);
        item->setFlags(Qt::NoItemFlags);
    }
}

} // namespace crossroads::ui
