// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QVariantMap>

class QWidget;

namespace crossroads::ui {

// Where a search hit opens. The shell shows the screen screenFor() names, then open() hands the
// hit to it:
//  - a screen that can open an item itself declares a slot or Q_INVOKABLE
//      bool openSearchResult(const QString &kind, const QString &id, const QVariantMap &location)
//    and gets the whole location (a lesson's line and heading anchor, a sample's file and line);
//  - otherwise the item whose id matches is selected in the screen's lists and tables, which is
//    how a comparison row or a sample is shown by screens that know nothing about search.
namespace SearchNavigation {

// The screen id (as in MainWindow::screenIds()) that shows a hit of this kind, or an empty
// string when no screen does (a glossary term is shown by the search screen itself).
QString screenFor(const QString &kind, const QVariantMap &location);

// Returns true when the screen opened or selected the item.
bool open(QWidget *screen, const QString &kind, const QString &id, const QVariantMap &location);

} // namespace SearchNavigation

} // namespace crossroads::ui
