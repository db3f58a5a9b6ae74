// SPDX-License-Identifier: MIT
#include "stepnode.h"

#include "statusstyle.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QPalette>
#include <QTextLayout>
#include <QWidget>

namespace crossroads::ui {

QString formatHours(double hours)
{
    const double rounded = std::round(hours * 10) / 10;
    return QCoreApplication::translate("crossroads::ui::StepNode", "%1 h")
        .arg(QLocale().toString(rounded, 'f', rounded == std::floor(rounded) ? 0 : 1));
}

StepNode::StepNode(const StepNodeData &data, QGraphicsItem *parent) : QGraphicsObject(parent), m_data(data)
{
    setAcceptHoverEvents(true);
    setCursor(Qt::PointingHandCursor);
    setToolTip(describe());
}

void StepNode::setStep(const StepNodeData &data)
{
    m_data = data;
    setToolTip(describe());
    update();
}

void StepNode::setCurrent(bool current)
{
    if (m_current == current)
        return;
    m_current = current;
    update();
}

QString StepNode::describe() const
{
    QString text = tr("%1 (%2): %3").arg(m_data.title, m_data.trackTitle, statusstyle::label(m_data.status));
    if (m_data.percent > 0 && m_data.status != ItemStatus::Done)
        text += tr(", %1% complete").arg(m_data.percent);
    text += tr(", %1 spent of about %2")
                .arg(formatHours(m_data.seconds / 3600.0), formatHours(m_data.plannedHours));
    if (m_data.optional)
        text += tr(", optional");
    if (m_data.hidden)
        text += tr(", hidden from your path");
    return text;
}

QRectF StepNode::boundingRect() const
{
    // Room for the selection ring around the box and a tag above it.
    return QRectF(-6, -20, Width + 12, Height + 26);
}

QPainterPath StepNode::shape() const
{
    QPainterPath p;
    p.addRect(0, 0, Width, Height);
    return p;
}

void StepNode::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *widget)
{
    const QPalette pal = widget ? widget->palette() : QApplication::palette();
    const ItemStatus st = m_data.status;
    const QColor accent = statusstyle::accent(st, pal);
    const QRectF box(0, 0, Width, Height);
    const QPainterPath outline = statusstyle::shape(st, box.adjusted(1, 1, -1, -1));
    painter->setRenderHint(QPainter::Antialiasing);
    if (m_data.hidden)
        painter->setOpacity(0.55);

    if (m_current) {
        painter->setPen(QPen(pal.color(QPalette::Highlight), 3));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(statusstyle::shape(st, box.adjusted(-4, -4, 4, 4)));
    }

    painter->setPen(Qt::NoPen);
    painter->setBrush(statusstyle::fill(st, pal));
    painter->drawPath(outline);
    if (st == ItemStatus::Skipped) {
        QColor hatch = accent;
        hatch.setAlphaF(0.22);
        painter->setBrush(QBrush(hatch, Qt::BDiagPattern));
        painter->drawPath(outline);
    }
    if (st == ItemStatus::InProgress) {
        painter->save();
        painter->setClipPath(outline);
        painter->fillRect(QRectF(0, 0, 6, Height), accent);
        painter->restore();
    }
    QPen border(st == ItemStatus::NotStarted ? pal.color(QPalette::Mid) : accent,
                m_hover ? 2.6 : (st == ItemStatus::NotStarted || st == ItemStatus::Skipped ? 1.5 : 2));
    if (st == ItemStatus::NotStarted)
        border.setStyle(Qt::DashLine);
    else if (st == ItemStatus::Skipped)
        border.setStyle(Qt::DotLine);
    painter->setPen(border);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(outline);

    const qreal left = st == ItemStatus::Done ? 18 : 14;
    statusstyle::paintIcon(painter, QRectF(left, 10, 20, 20), st, pal);

    // Title: bold, up to two lines.
    QFont titleFont = widget ? widget->font() : QApplication::font();
    titleFont.setBold(true);
    const QFontMetricsF fm(titleFont);
    const qreal textLeft = left + 27;
    const qreal textWidth = Width - textLeft - 10;
    QTextLayout layout(m_data.title, titleFont);
    layout.beginLayout();
    qreal y = 9;
    int lines = 0;
    QStringList titleLines;
    for (QTextLine line = layout.createLine(); line.isValid() && lines < 2; line = layout.createLine(), ++lines) {
        line.setLineWidth(textWidth);
        QString part = m_data.title.mid(line.textStart(), line.textLength()).trimmed();
        if (lines == 1 && line.textStart() + line.textLength() < m_data.title.size())
            part = fm.elidedText(m_data.title.mid(line.textStart()), Qt::ElideRight, textWidth);
        titleLines.append(part);
    }
    layout.endLayout();
    painter->setFont(titleFont);
    painter->setPen(pal.color(QPalette::Text));
    for (const QString &line : std::as_const(titleLines)) {
        painter->drawText(QPointF(textLeft, y + fm.ascent()), line);
        y += fm.lineSpacing();
    }

    // Status word and numbers.
    QFont small = titleFont;
    small.setBold(false);
    small.setPointSizeF(small.pointSizeF() * 0.88);
    const QFontMetricsF sm(small);
    const qreal infoY = Height - 25;
    QString status = statusstyle::label(st);
    if (st == ItemStatus::InProgress && m_data.percent > 0)
        status += QStringLiteral(" · %1%").arg(m_data.percent);
    QFont statusFont = small;
    statusFont.setBold(true);
    painter->setFont(statusFont);
    painter->setPen(st == ItemStatus::NotStarted ? pal.color(QPalette::Text) : accent);
    painter->drawText(QPointF(left, infoY + sm.ascent()), status);
    const QString hours = m_data.seconds > 0
                              ? QStringLiteral("%1 / %2").arg(formatHours(m_data.seconds / 3600.0),
                                                               formatHours(m_data.plannedHours))
                              : tr("~%1").arg(formatHours(m_data.plannedHours));
    painter->setFont(small);
    painter->setPen(pal.color(QPalette::PlaceholderText));
    painter->drawText(QRectF(left, infoY, Width - left - 14, sm.height()), Qt::AlignRight | Qt::AlignVCenter, hours);

    // Completion bar along the bottom.
    const QRectF bar(left, Height - 9, Width - left - 14, 3.5);
    painter->setPen(Qt::NoPen);
    QColor track = pal.color(QPalette::Mid);
    track.setAlphaF(0.35);
    painter->setBrush(track);
    painter->drawRoundedRect(bar, 1.75, 1.75);
    if (m_data.percent > 0) {
        painter->setBrush(st == ItemStatus::NotStarted ? pal.color(QPalette::Highlight) : accent);
        painter->drawRoundedRect(QRectF(bar.left(), bar.top(), bar.width() * m_data.percent / 100.0, bar.height()),
                                 1.75, 1.75);
    }

    // Tags in the top right corner.
    QString tag = m_data.hidden ? tr("hidden") : (m_data.optional ? tr("optional") : QString());
    if (!tag.isEmpty()) {
        QFont tagFont = small;
        tagFont.setPointSizeF(small.pointSizeF() * 0.9);
        painter->setFont(tagFont);
        painter->setPen(pal.color(QPalette::PlaceholderText));
        painter->drawText(QRectF(0, -19, Width - 8, 14), Qt::AlignRight | Qt::AlignBottom, tag);
    }
}

void StepNode::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        emit clicked(m_data.id);
        event->accept();
        return;
    }
    QGraphicsObject::mousePressEvent(event);
}

void StepNode::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    m_hover = true;
    update();
    QGraphicsObject::hoverEnterEvent(event);
}

void StepNode::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    m_hover = false;
    update();
    QGraphicsObject::hoverLeaveEvent(event);
}

} // namespace crossroads::ui
