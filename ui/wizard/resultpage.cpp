// SPDX-License-Identifier: MIT
#include "resultpage.h"

#include "scorechart.h"
#include "wizard/decisionrecord.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace crossroads::ui {

namespace {

QString signedNumber(double v)
{
    return v > 0 ? u'+' + QString::number(v) : QString::number(v);
}

} // namespace

ResultPage::ResultPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("wizardResult"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto *body = new QWidget(scroll);
    scroll->setWidget(body);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(0, 8, 12, 8);
    layout->setSpacing(8);

    auto *kicker = new QLabel(tr("Our recommendation"), body);
    kicker->setProperty("role", QStringLiteral("hint"));
    layout->addWidget(kicker);

    m_title = new QLabel(body);
    m_title->setObjectName(QStringLiteral("wizardRecommendation"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);

    m_confidence = new QLabel(body);
    m_confidence->setObjectName(QStringLiteral("wizardConfidence"));
    m_confidence->setWordWrap(true);
    QFont bold = m_confidence->font();
    bold.setBold(true);
    m_confidence->setFont(bold);
    layout->addWidget(m_confidence);

    m_summary = new QLabel(body);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_advice = new QLabel(body);
    m_advice->setObjectName(QStringLiteral("wizardAdvice"));
    m_advice->setWordWrap(true);
    m_advice->setFrameShape(QFrame::StyledPanel);
    m_advice->setMargin(8);
    m_advice->setTextFormat(Qt::RichText);
    layout->addWidget(m_advice);

    layout->addWidget(sectionTitle(tr("Scores")));
    auto *scoreHint = new QLabel(tr("Each answer adds points for or against each option."), body);
    scoreHint->setProperty("role", QStringLiteral("hint"));
    layout->addWidget(scoreHint);
    m_chart = new ScoreChart(body);
    m_chart->setObjectName(QStringLiteral("wizardScoreChart"));
    layout->addWidget(m_chart);

    layout->addWidget(sectionTitle(tr("Why")));
    m_reasons = new QLabel(body);
    m_reasons->setObjectName(QStringLiteral("wizardReasons"));
    m_reasons->setWordWrap(true);
    m_reasons->setTextFormat(Qt::RichText);
    m_reasons->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_reasons);

    layout->addWidget(sectionTitle(tr("What would change it")));
    auto *flipHint = new QLabel(tr("Pick one to go back to that question."), body);
    flipHint->setProperty("role", QStringLiteral("hint"));
    layout->addWidget(flipHint);
    // Links, not list rows: they wrap like text, take Tab and Enter, and read as actions.
    m_flipBox = new QWidget(body);
    m_flipBox->setObjectName(QStringLiteral("wizardFlipPoints"));
    m_flipBox->setAccessibleName(tr("What would change the recommendation"));
    auto *flipLayout = new QVBoxLayout(m_flipBox);
    flipLayout->setContentsMargins(0, 0, 0, 0);
    flipLayout->setSpacing(6);
    layout->addWidget(m_flipBox);
    m_steady = new QLabel(body);
    m_steady->setProperty("role", QStringLiteral("hint"));
    m_steady->setWordWrap(true);
    layout->addWidget(m_steady);

    layout->addWidget(sectionTitle(tr("Your path")));
    m_path = new QLabel(body);
    m_path->setObjectName(QStringLiteral("wizardPath"));
    m_path->setWordWrap(true);
    m_path->setTextFormat(Qt::RichText);
    layout->addWidget(m_path);

    auto *actions = new QHBoxLayout;
    m_apply = new QPushButton(tr("&Make this my path"), body);
    m_apply->setObjectName(QStringLiteral("wizardApplyPath"));
    m_apply->setProperty("role", QStringLiteral("primary"));
    m_apply->setAutoDefault(true);
    m_apply->setAccessibleDescription(tr("Use this path on the Roadmap"));
    m_export = new QPushButton(tr("&Export decision record…"), body);
    m_export->setObjectName(QStringLiteral("wizardExport"));
    m_export->setAutoDefault(true);
    auto *change = new QPushButton(tr("C&hange my answers"), body);
    change->setObjectName(QStringLiteral("wizardChangeAnswers"));
    change->setAutoDefault(true);
    auto *again = new QPushButton(tr("&Start over"), body);
    again->setObjectName(QStringLiteral("wizardStartOver"));
    again->setAutoDefault(true);
    actions->addWidget(m_apply);
    actions->addWidget(m_export);
    actions->addStretch(1);
    actions->addWidget(change);
    actions->addWidget(again);
    layout->addLayout(actions);
    connect(m_apply, &QPushButton::clicked, this, &ResultPage::applyPathRequested);
    connect(m_export, &QPushButton::clicked, this, &ResultPage::exportRequested);
    connect(change, &QPushButton::clicked, this, &ResultPage::changeAnswersRequested);
    connect(again, &QPushButton::clicked, this, &ResultPage::startOverRequested);

    m_status = new QLabel(body);
    m_status->setObjectName(QStringLiteral("wizardStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    layout->addStretch(1);
}

QLabel *ResultPage::sectionTitle(const QString &text)
{
    auto *label = new QLabel(text);
    QFont f = label->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.1);
    label->setFont(f);
    label->setContentsMargins(0, 10, 0, 0);
    return label;
}

void ResultPage::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    QPalette p = palette();
    if (problem)
        p.setColor(QPalette::WindowText, QColor(0xb0, 0x20, 0x20));
    m_status->setPalette(p);
}

void ResultPage::setResult(const WizardEngine &engine, const WizardProfile &profile,
                           const WizardRecommendation &r, const QSet<QString> &doneSteps)
{
    Q_UNUSED(profile)
    const WizardKnowledge &k = engine.knowledge();
    const int option = k.optionIndex(r.recommendation);
    m_title->setText(engine.optionTitle(r.recommendation));
    m_confidence->setText(DecisionRecord::confidenceSentence(engine, r));
    m_summary->setText(option >= 0 ? k.options().at(option).summary : QString());

    QStringList advice;
    QString why;
    for (const WizardReason &reason : r.reasons) {
        const QString text = reason.text.toHtmlEscaped();
        const QString trace =
            reason.question.isEmpty()
                ? QString()
                : QStringLiteral("<br><small>") +
                      tr("because %1")
                          .arg(DecisionRecord::trace(engine, reason.question, reason.answer))
                          .toHtmlEscaped() +
                      QStringLiteral("</small>");
        switch (reason.kind) {
        case WizardReason::Kind::Rule:
            why += QStringLiteral("<p><b>%1</b> %2%3</p>")
                       .arg(tr("A rule decides this:").toHtmlEscaped(), text, trace);
            break;
        case WizardReason::Kind::For:
            why += QStringLiteral("<p><b>%1</b> (%2) %3%4</p>")
                       .arg(tr("For %1:").arg(engine.optionTitle(reason.option)).toHtmlEscaped(),
                            signedNumber(reason.weight), text, trace);
            break;
        case WizardReason::Kind::Against:
            why += QStringLiteral("<p><b>%1</b> (%2) %3%4</p>")
                       .arg(tr("Against %1:").arg(engine.optionTitle(reason.option)).toHtmlEscaped(),
                            signedNumber(reason.weight), text, trace);
            break;
        case WizardReason::Kind::TieBreak:
            advice.append(QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("A tie:").toHtmlEscaped(), text));
            break;
        case WizardReason::Kind::HowToDecide:
            advice.append(
                QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("How to decide:").toHtmlEscaped(), text));
            break;
        }
    }
    if (why.isEmpty())
        why = tr("None of your answers gave evidence either way.").toHtmlEscaped();
    m_reasons->setText(why);
    m_advice->setText(advice.join(QString()));
    m_advice->setVisible(!advice.isEmpty());

    QList<ScoreChart::Bar> bars;
    for (const auto &s : r.scores)
        bars.append({engine.optionTitle(s.first), s.second, s.first == r.recommendation});
    m_chart->setBars(bars);

    qDeleteAll(m_flipBox->findChildren<QLabel *>(QString(), Qt::FindDirectChildrenOnly));
    m_flipLinks.clear();
    for (const WizardFlipPoint &f : r.flipPoints) {
        auto *link = new QLabel(m_flipBox);
        link->setObjectName(QStringLiteral("wizardFlipPoint"));
        link->setWordWrap(true);
        link->setTextFormat(Qt::RichText);
        link->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
        link->setText(QStringLiteral("↩ <a href=\"#\">%1</a>").arg(f.text.toHtmlEscaped()));
        link->setToolTip(tr("Go back to this question"));
        link->setProperty("question", f.question);
        link->setProperty("answer", f.answer);
        const QString question = f.question;
        const QString answer = f.answer;
        connect(link, &QLabel::linkActivated, this,
                [this, question, answer] { emit flipPointChosen(question, answer); });
        m_flipBox->layout()->addWidget(link);
        m_flipLinks.append(link);
    }
    if (r.flipPoints.isEmpty()) {
        auto *none = new QLabel(tr("No single change of answer would change the recommendation."), m_flipBox);
        m_flipBox->layout()->addWidget(none);
    }
    QStringList steady;
    for (const QString &key : r.steadyQuestions) {
        const int qi = k.questionIndex(key);
        if (qi >= 0)
            steady.append(QStringLiteral("“%1”").arg(k.questions().at(qi).prompt));
    }
    m_steady->setText(steady.isEmpty() ? QString()
                                       : tr("No other answer to these questions would change it: %1")
                                             .arg(steady.join(QStringLiteral(" "))));
    m_steady->setVisible(!steady.isEmpty());

    QString path = QStringLiteral("<ol>");
    double hours = 0;
    for (const QString &id : r.path) {
        const RoadmapStep *s = k.step(id);
        const double h = s ? s->hours : 0;
        hours += h;
        QString line = k.stepTitle(id).toHtmlEscaped();
        if (h > 0)
            line += QStringLiteral(" <small>(%1)</small>").arg(tr("%1 h").arg(h).toHtmlEscaped());
        if (doneSteps.contains(id))
            line += QStringLiteral(" <b>%1</b>").arg(tr("✔ done").toHtmlEscaped());
        path += QStringLiteral("<li>%1</li>").arg(line);
    }
    path += QStringLiteral("</ol>");
    if (hours > 0)
        path += QStringLiteral("<p>%1</p>").arg(tr("About %1 hours in all.").arg(hours).toHtmlEscaped());
    m_path->setText(path);
    setStatus(QString());
}

} // namespace crossroads::ui
