// SPDX-License-Identifier: MIT
#include "activityheatmap.h"

#include "roadmap/statusstyle.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

namespace crossroads::ui {

namespace {

constexpr qreal Cell = 13;
constexpr qreal Gap = 3;
constexpr qreal Pitch = Cell + Gap;
constexpr qreal LeftMargin = 34; // weekday labels
constexpr qreal TopMargin = 18;  // month labels

} // namespace

ActivityHeatmap::ActivityHeatmap(QWidget *parent) : QWidget(parent), m_today(QDate::currentDate())
{
    setObjectName(QStringLiteral("activityHeatmap"));
    setAccessibleName(tr("Active days"));
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void ActivityHeatmap::setActivity(const QMap<QDate, int> &secondsPerDay, const QDate &today)
{
    m_seconds = secondsPerDay;
    m_today = today;
    setAccessibleDescription(summary());
    setToolTip(QString());
    update();
}

QDate ActivityHeatmap::firstDay() const
{
    // Columns are weeks starting on Monday; the last column holds today.
    const QDate monday = m_today.addDays(1 - m_today.dayOfWeek());
    return monday.addDays(-7 * (Weeks - 1));
}

int ActivityHeatmap::activeDays(int days) const
{
    int n = 0;
    for (int i = 0; i < days; ++i)
        n += m_seconds.value(m_today.addDays(-i)) > 0 ? 1 : 0;
    return n;
}

QString ActivityHeatmap::summary() const
{
    return tr("Active on %1 of the last 28 days and %2 of the last 7.").arg(activeDays(28)).arg(activeDays(7));
}

QSize ActivityHeatmap::sizeHint() const
{
    return QSize(int(LeftMargin + Weeks * Pitch + 8), int(TopMargin + 7 * Pitch + 28));
}

QSize ActivityHeatmap::minimumSizeHint() const
{
    return sizeHint();
}

int ActivityHeatmap::level(int seconds) const
{
    if (seconds <= 0)
        return 0;
    if (seconds < 15 * 60)
        return 1;
    if (seconds < 45 * 60)
        return 2;
    if (seconds < 90 * 60)
        return 3;
    return 4;
}

QRectF ActivityHeatmap::cellRect(const QDate &day) const
{
    const qint64 offset = firstDay().daysTo(day);
    const int week = int(offset / 7);
    const int weekday = day.dayOfWeek() - 1;
    return QRectF(LeftMargin + week * Pitch, TopMargin + weekday * Pitch, Cell, Cell);
}

QDate ActivityHeatmap::dayAt(const QPoint &pos) const
{
    const int week = int((pos.x() - LeftMargin) / Pitch);
    const int weekday = int((pos.y() - TopMargin) / Pitch);
    if (pos.x() < LeftMargin || pos.y() < TopMargin || week >= Weeks || weekday > 6)
        return {};
    const QDate day = firstDay().addDays(week * 7 + weekday);
    return day <= m_today && cellRect(day).contains(pos) ? day : QDate();
}

void ActivityHeatmap::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QColor accent = statusstyle::accent(ItemStatus::Done, pal);
    const QColor empty = pal.color(QPalette::Midlight);
    const auto shade = [&](int lvl) {
        if (lvl == 0)
            return empty;
        QColor c = accent;
        c.setAlphaF(0.25 + 0.1875 * lvl);
        return c;
    };
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    p.setFont(small);
    p.setPen(pal.color(QPalette::PlaceholderText));
    const QLocale locale;
    for (int d : {0, 2, 4})
        p.drawText(QRectF(0, TopMargin + d * Pitch - 2, LeftMargin - 6, Pitch), Qt::AlignRight | Qt::AlignVCenter,
                   locale.dayName(d + 1, QLocale::ShortFormat));
    int lastMonth = -1;
    for (int w = 0; w < Weeks; ++w) {
        const QDate monday = firstDay().addDays(7 * w);
        if (monday.month() != lastMonth) {
            lastMonth = monday.month();
            if (w < Weeks - 2)
                p.drawText(QPointF(LeftMargin + w * Pitch, TopMargin - 5), locale.monthName(monday.month(), QLocale::ShortFormat));
        }
    }
    for (QDate day = firstDay(); day <= m_today; day = day.addDays(1)) {
        const QRectF r = cellRect(day);
        p.setPen(Qt::NoPen);
        p.setBrush(shade(level(m_seconds.value(day))));
        p.drawRoundedRect(r, 2.5, 2.5);
        if (day == m_today) {
            p.setPen(QPen(pal.color(QPalette::Text), 1.2));
            p.setBrush(Qt::NoBrush);
            p.drawRoundedRect(r.adjusted(-1, -1, 1, 1), 3, 3);
        }
    }
    // Legend: less ... more, and the rolling count in words.
    const qreal y = TopMargin + 7 * Pitch + 8;
    p.setPen(pal.color(QPalette::PlaceholderText));
    const QString less = tr("Less");
    const qreal lessWidth = p.fontMetrics().horizontalAdvance(less);
    qreal x = LeftMargin + Weeks * Pitch - 5 * Pitch - lessWidth - p.fontMetrics().horizontalAdvance(tr("More")) - 12;
    p.drawText(QPointF(x, y + Cell - 3), less);
    x += lessWidth + 5;
    for (int lvl = 0; lvl <= 4; ++lvl) {
        p.setPen(Qt::NoPen);
        p.setBrush(shade(lvl));
        p.drawRoundedRect(QRectF(x + lvl * Pitch, y, Cell, Cell), 2.5, 2.5);
    }
    p.setPen(pal.color(QPalette::PlaceholderText));
    p.drawText(QPointF(x + 5 * Pitch + 2, y + Cell - 3), tr("More"));
}

bool ActivityHeatmap::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QDate day = dayAt(help->pos());
        if (!day.isValid()) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const int minutes = (m_seconds.value(day) + 59) / 60;
        const QString when = QLocale().toString(day, QLocale::LongFormat);
        QToolTip::showText(help->globalPos(),
                           minutes > 0 ? tr("%1: %n minute(s)", nullptr, minutes).arg(when) : tr("%1: no activity").arg(when),
                           this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace crossroads::ui
