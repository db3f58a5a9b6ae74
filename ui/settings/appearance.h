// SPDX-License-Identifier: MIT
#pragma once

#include <QFont>
#include <QObject>
#include <QPalette>
#include <QString>

namespace crossroads {
class Settings;
}

namespace crossroads::ui {

// Applies the learner's theme and text size to every widget and follows later changes of them
// in Settings. Whatever it changed on the application (style, palette, font) is put back when
// it is destroyed, so a second main window or the next test starts from the system look.
class Appearance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Appearance)

public:
    explicit Appearance(Settings &settings, QObject *parent = nullptr);
    ~Appearance() override;

    // "light" or "dark": the theme the learner sees, with "system" resolved from the palette,
    // so web content can be rendered to match the widgets.
    QString effectiveTheme() const;
    static bool isDark(const QPalette &palette);
    static QPalette darkPalette();
    static QPalette lightPalette();

    // The text sizes Ctrl+= and Ctrl+- step through, in percent.
    static QList<int> zoomSteps();
    void zoomIn();
    void zoomOut();
    void resetZoom();

signals:
    // After a theme or text size change was applied to the widgets.
    void changed();

private:
    void applyTheme();
    void applyFontScale();
    void repolish();

    Settings &m_settings;
    QPalette m_systemPalette;
    QFont m_systemFont;
    QString m_systemStyle;
    bool m_styleChanged = false;
    int m_appliedScale = 100;
};

} // namespace crossroads::ui
