// SPDX-License-Identifier: MIT
#include "homescreen.h"

#include "content/contentstore.h"
#include "learner/learnerstore.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace crossroads::ui {

HomeScreen::HomeScreen(ContentStore &content, LearnerStore &learner, QWidget *parent)
    : QWidget(parent), m_content(content), m_learner(learner)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 28, 32, 28);
    layout->setSpacing(14);

    auto *title = new QLabel(tr("Flask or Django? Find your way, then learn it."), this);
    title->setObjectName(QStringLiteral("homeTitle"));
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.7);
    f.setBold(true);
    title->setFont(f);
    title->setWordWrap(true);
    layout->addWidget(title);

    auto *intro =
        new QLabel(tr("Crossroads compares the two frameworks fact by fact, shows the same task written in "
                      "both, and walks you from Python basics to your first Django or Flask app. "
                      "Everything works offline."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *ways = new QGridLayout;
    ways->setHorizontalSpacing(12);
    const struct
    {
        QString screen;
        QString title;
        QString text;
    } entries[] = {
        {QStringLiteral("wizard"), tr("Help me choose"),
         tr("Answer a few questions and get a recommendation "
            "that explains itself.")},
        {QStringLiteral("roadmap"), tr("Start the roadmap"),
         tr("Begin with Python basics and follow the path "
            "step by step.")},
        {QStringLiteral("compare"), tr("Browse the comparison"),
         tr("See Django and Flask side by side, with a "
            "source for every fact.")},
    };
    int column = 0;
    for (const auto &e : entries) {
        auto *button = new QPushButton(e.title, this);
        button->setObjectName(e.screen + QStringLiteral("Button"));
        button->setMinimumHeight(44);
        button->setProperty("role", QStringLiteral("primary"));
        button->setAccessibleDescription(e.text);
        const QString target = e.screen;
        connect(button, &QPushButton::clicked, this, [this, target] { emit navigate(target); });
        auto *text = new QLabel(e.text, this);
        text->setWordWrap(true);
        text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        ways->addWidget(button, 0, column);
        ways->addWidget(text, 1, column);
        ++column;
    }
    layout->addLayout(ways);

    const QString next = nextStep();
    if (!next.isEmpty()) {
        QString stepTitle = next;
        const auto steps = m_content.steps();
        for (const RoadmapStep &s : steps)
            if (s.id == next)
                stepTitle = s.title;
        auto *resume = new QPushButton(tr("Continue where I left off: %1").arg(stepTitle), this);
        resume->setObjectName(QStringLiteral("continueButton"));
        connect(resume, &QPushButton::clicked, this, [this] { emit navigate(QStringLiteral("roadmap")); });
        layout->addWidget(resume, 0, Qt::AlignLeft);
    }

    auto *stats = new QLabel(this);
    stats->setObjectName(QStringLiteral("contentSummary"));
    stats->setWordWrap(true);
    if (m_content.isOpen()) {
        const QVariantMap s = m_content.stats();
        stats->setText(
            tr("Inside: %1 comparison rows in %2 categories, %3 paired code samples, %4 roadmap steps, "
               "%5 lessons, %6 quiz questions and %7 glossary terms.")
                .arg(s.value(QStringLiteral("rows")).toInt())
                .arg(s.value(QStringLiteral("categories")).toInt())
                .arg(s.value(QStringLiteral("samples")).toInt())
                .arg(s.value(QStringLiteral("steps")).toInt())
                .arg(s.value(QStringLiteral("lessons")).toInt())
                .arg(s.value(QStringLiteral("questions")).toInt())
                .arg(s.value(QStringLiteral("terms")).toInt()));
    } else {
        stats->setText(tr("The curriculum could not be loaded: %1").arg(m_content.errorString()));
    }
    layout->addWidget(stats);
    layout->addStretch(1);
}

QString HomeScreen::nextStep() const
{
    if (!m_content.isOpen())
        return {};
    const QStringList path = m_content.defaultPath();
    for (const QString &step : path) {
        const ItemStatus s = m_learner.status(QStringLiteral("step"), step);
        if (s != ItemStatus::Done && s != ItemStatus::Skipped)
            return step;
    }
    return {};
}

} // namespace crossroads::ui
