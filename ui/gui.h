// SPDX-License-Identifier: MIT
#pragma once

// Deliberately free of Qt Widgets headers: app/main.cpp includes this and app/ must stay
// widget-free.
namespace crossroads::ui {

// Creates the QApplication, opens the stores and shows the main window.
int runGui(int &argc, char **argv);

} // namespace crossroads::ui
