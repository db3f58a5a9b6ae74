// SPDX-License-Identifier: MIT
#include "statusstyle.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

namespace crossroads::ui::statusstyle {

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

} // namespace

QString label(ItemStatus status)
{
    switch (status) {
    case ItemStatus::InProgress:
        return QCoreApplication::translate("crossroads::ui::statusstyle", "In progress");
    case ItemStatus::Done:
        return QCoreApplication::translate("crossroads::ui::statusstyle", "Done");
    case ItemStatus::Skipped:
        return QCoreApplication::translate("crossroads::ui::statusstyle", "Skipped");
    case ItemStatus::NotStarted:
        break;
    }
    return QCoreApplication::translate("crossroads::ui::statusstyle", "Not started");
}

QColor accent(ItemStatus status, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (status) {
    case ItemStatus::InProgress:
        return dark ? QColor(0x6c, 0xb6, 0xff) : QColor(0x1f, 0x5f, 0xbf);
    case ItemStatus::Done:
        return dark ? QColor(0x56, 0xd3, 0x64) : QColor(0x1a, 0x7f, 0x37);
    case ItemStatus::Skipped:
        return dark ? QColor(0xb0, 0x9a, 0x6a) : QColor(0x8a, 0x6d, 0x3b);
    case ItemStatus::NotStarted:
        break;
    }
    return palette.color(QPalette::Disabled, QPalette::Text);
}

QColor fill(ItemStatus status, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    if (status == ItemStatus::NotStarted)
        return base;
    // A light tint of the accent over the base colour, readable in light and dark themes.
    const QColor a = accent(status, palette);
    const qreal t = status == ItemStatus::Done ? 0.16 : 0.10;
    return QColor::fromRgbF(base.redF() * (1 - t) + a.redF() * t, base.greenF() * (1 - t) + a.greenF() * t,
                            base.blueF() * (1 - t) + a.blueF() * t);
}

QPainterPath shape(ItemStatus status, const QRectF &r)
{
    QPainterPath p;
    switch (status) {
    case ItemStatus::Done:
        p.addRoundedRect(r, r.height() / 2.6, r.height() / 2.6);
        break;
    case ItemStatus::Skipped: {
        const qreal c = 14;
        p.moveTo(r.left() + c, r.top());
        p.lineTo(r.right() - c, r.top());
        p.lineTo(r.right(), r.top() + c);
        p.lineTo(r.right(), r.bottom() - c);
        p.lineTo(r.right() - c, r.bottom());
        p.lineTo(r.left() + c, r.bottom());
        p.lineTo(r.left(), r.bottom() - c);
        p.lineTo(r.left(), r.top() + c);
        p.closeSubpath();
        break;
    }
    case ItemStatus::InProgress:
    case ItemStatus::NotStarted:
        p.addRoundedRect(r, 8, 8);
        break;
    }
    return p;
}

void paintIcon(QPainter *painter, const QRectF &rect, ItemStatus status, const QPalette &palette)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor a = accent(status, palette);
    const qreal w = std::max<qreal>(1.5, rect.width() / 9);
    const QRectF r = rect.adjusted(w / 2, w / 2, -w / 2, -w / 2);
    switch (status) {
    case ItemStatus::NotStarted:
        painter->setPen(QPen(a, w));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(r);
        break;
    case ItemStatus::InProgress:
        painter->setPen(QPen(a, w));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(r);
        painter->setPen(Qt::NoPen);
        painter->setBrush(a);
        painter->drawPie(r, 90 * 16, 180 * 16); // left half filled
        break;
    case ItemStatus::Done: {
        painter->setPen(Qt::NoPen);
        painter->setBrush(a);
        painter->drawEllipse(rect);
        QPainterPath check;
        check.moveTo(rect.left() + rect.width() * 0.27, rect.top() + rect.height() * 0.52);
        check.lineTo(rect.left() + rect.width() * 0.44, rect.top() + rect.height() * 0.69);
        check.lineTo(rect.left() + rect.width() * 0.74, rect.top() + rect.height() * 0.34);
        painter->setPen(QPen(palette.color(QPalette::Base), w * 1.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(check);
        break;
    }
    case ItemStatus::Skipped: {
        painter->setPen(QPen(a, w, Qt::SolidLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(r);
        // "Skip forward": two small triangles and a bar.
        const qreal cx = rect.center().x();
        const qreal cy = rect.center().y();
        const qreal s = rect.width() * 0.17;
        QPainterPath tri;
        tri.moveTo(cx - 2 * s, cy - s);
        tri.lineTo(cx - 0.6 * s, cy);
        tri.lineTo(cx - 2 * s, cy + s);
        tri.closeSubpath();
        tri.moveTo(cx - 0.6 * s, cy - s);
        tri.lineTo(cx + 0.8 * s, cy);
        tri.lineTo(cx - 0.6 * s, cy + s);
        tri.closeSubpath();
        painter->setPen(Qt::NoPen);
        painter->setBrush(a);
        painter->drawPath(tri);
        painter->drawRect(QRectF(cx + 0.9 * s, cy - s, 0.45 * s, 2 * s));
        break;
    }
    }
    painter->restore();
}

QIcon icon(ItemStatus status, const QPalette &palette, int size)
{
    QIcon out;
    for (int scale : {1, 2}) {
        QPixmap pm(size * scale, size * scale);
        pm.setDevicePixelRatio(scale);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        paintIcon(&p, QRectF(1, 1, size - 2, size - 2), status, palette);
        p.end();
        out.addPixmap(pm);
    }
    return out;
}

} // namespace crossroads::ui::statusstyle
