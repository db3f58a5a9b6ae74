// SPDX-License-Identifier: MIT
#pragma once

#include "learner/statusrules.h"

#include <QColor>
#include <QIcon>
#include <QPainterPath>
#include <QRectF>
#include <QString>

class QPainter;
class QPalette;

namespace crossroads::ui {

// How a status looks, in one place for the map, the step panel, the legend and the Progress
// screen. Status is never told by colour alone: each has its own shape, icon and word too.
//   not started  dashed rounded box, empty ring
//   in progress  solid box with a thick accent bar, half-filled ring
//   done         fully rounded "pill", filled disc with a check mark
//   skipped      box with cut corners and hatching, ring with a skip arrow
namespace statusstyle {

QString label(ItemStatus status); // "Not started", "In progress", "Done", "Skipped"
QColor accent(ItemStatus status, const QPalette &palette);
QColor fill(ItemStatus status, const QPalette &palette);
// The node outline for a status inside rect.
QPainterPath shape(ItemStatus status, const QRectF &rect);
// The status icon, drawn in rect (square).
void paintIcon(QPainter *painter, const QRectF &rect, ItemStatus status, const QPalette &palette);
QIcon icon(ItemStatus status, const QPalette &palette, int size = 16);

} // namespace statusstyle

} // namespace crossroads::ui
