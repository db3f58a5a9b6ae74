// SPDX-License-Identifier: MIT
#include "scorechart.h"

#include <QPainter>
#include <QStringList>

#include <algorithm>

namespace crossroads::ui {

ScoreChart::ScoreChart(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Scores"));
}

void ScoreChart::setBars(const QList<Bar> &bars)
{
    m_bars = bars;
    // Screen readers get the numbers the bars draw.
    QStringList parts;
    for (const Bar &b : bars)
        parts.append(tr("%1: %2").arg(b.label).arg(b.value));
    setAccessibleDescription(parts.join(QStringLiteral("; ")));
    updateGeometry();
    update();
}

int ScoreChart::rowHeight() const
{
    return fontMetrics().height() + 12;
}

QSize ScoreChart::sizeHint() const
{
    return {480, int(m_bars.size()) * rowHeight() + 8};
}

QSize ScoreChart::minimumSizeHint() const
{
    return {260, int(m_bars.size()) * rowHeight() + 8};
}

void ScoreChart::paintEvent(QPaintEvent *)
{
    if (m_bars.isEmpty())
        return;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm = fontMetrics();
    int labelWidth = 0;
    int valueWidth = fm.horizontalAdvance(QStringLiteral("-00"));
    double lo = 0;
    double hi = 0;
    QFont boldFont = font();
    boldFont.setBold(true);
    const QFontMetrics boldMetrics(boldFont);
    for (const Bar &b : std::as_const(m_bars)) {
        // The highlighted bar's label is bold, and wider.
        labelWidth = std::max(labelWidth, (b.highlighted ? boldMetrics : fm).horizontalAdvance(b.label));
        valueWidth = std::max(valueWidth, fm.horizontalAdvance(QString::number(b.value)));
        lo = std::min(lo, b.value);
        hi = std::max(hi, b.value);
    }
    const int gap = 10;
    // Room for a value on either side of the plot: left of a negative bar, right of a positive one.
    const int left = labelWidth + gap + (lo < 0 ? valueWidth + gap : 0);
    const int plotWidth = std::max(40, width() - left - valueWidth - 2 * gap);
    const double span = hi - lo > 0 ? hi - lo : 1;
    const double zeroX = left + plotWidth * (-lo / span);
    const int row = rowHeight();

    const QColor accent = palette().color(QPalette::Highlight);
    const QColor muted = palette().color(QPalette::Mid);
    for (int i = 0; i < m_bars.size(); ++i) {
        const Bar &b = m_bars.at(i);
        const int top = 4 + i * row;
        const QRect labelRect(0, top, labelWidth, row - 4);
        QFont f = font();
        f.setBold(b.highlighted);
        p.setFont(f);
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(labelRect, Qt::AlignRight | Qt::AlignVCenter, b.label);

        const double x1 = zeroX + plotWidth * (b.value / span);
        QRectF bar(std::min(zeroX, x1), top + 3, std::abs(x1 - zeroX), row - 10);
        if (bar.width() < 2)
            bar.setWidth(2);
        p.setPen(Qt::NoPen);
        p.setBrush(b.highlighted ? accent : muted);
        p.drawRoundedRect(bar, 3, 3);

        p.setPen(palette().color(QPalette::WindowText));
        const QString value = QString::number(b.value);
        const int vx = b.value >= 0 ? int(bar.right()) + gap / 2
                                    : int(bar.left()) - gap / 2 - fm.horizontalAdvance(value);
        p.drawText(QRect(vx, top, fm.horizontalAdvance(value) + 2, row - 4), Qt::AlignLeft | Qt::AlignVCenter,
                   value);
    }
    // The zero line, so "below zero" reads as evidence against.
    p.setPen(QPen(palette().color(QPalette::Dark), 1));
    p.drawLine(QPointF(zeroX, 2), QPointF(zeroX, 4 + m_bars.size() * row - 4));
}

} // namespace crossroads::ui
