// SPDX-License-Identifier: MIT
#include "appearance.h"

#include "learner/settings.h"

#include <QApplication>
#include <QLoggingCategory>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

#include <algorithm>
#include <memory>

Q_LOGGING_CATEGORY(lcAppearance, "crossroads.appearance")

namespace crossroads::ui {

namespace {

// With an application style sheet, QApplication::style() is a proxy without a name; the
// platform's own style is its child.
QString baseStyleName()
{
    QStyle *style = QApplication::style();
    if (!style->name().isEmpty())
        return style->name();
    const auto *base = style->findChild<QStyle *>();
    return base ? base->name() : QString();
}

QFont scaled(QFont font, double factor)
{
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else if (font.pixelSize() > 0)
        font.setPixelSize(std::max(1, qRound(font.pixelSize() * factor)));
    return font;
}

} // namespace

Appearance::Appearance(Settings &settings, QObject *parent)
    : QObject(parent), m_settings(settings), m_systemPalette(QApplication::palette()),
      m_systemFont(QApplication::font()), m_systemStyle(baseStyleName())
{
    connect(&m_settings, &Settings::themeChanged, this, &Appearance::applyTheme);
    connect(&m_settings, &Settings::fontScaleChanged, this, &Appearance::applyFontScale);
    if (m_settings.theme() != QStringLiteral("system"))
        applyTheme();
    if (m_settings.fontScale() != m_appliedScale)
        applyFontScale();
}

Appearance::~Appearance()
{
    // Only application-wide state is put back: the widgets this ran for are being destroyed.
    if (m_styleChanged && !m_systemStyle.isEmpty())
        QApplication::setStyle(m_systemStyle);
    if (m_styleChanged || m_settings.theme() != QStringLiteral("system"))
        QApplication::setPalette(m_systemPalette);
    if (m_appliedScale != 100)
        QApplication::setFont(m_systemFont);
}

QString Appearance::effectiveTheme() const
{
    const QString theme = m_settings.theme();
    if (theme != QStringLiteral("system"))
        return theme;
    return isDark(QApplication::palette()) ? QStringLiteral("dark") : QStringLiteral("light");
}

bool Appearance::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QPalette Appearance::darkPalette()
{
    // Measured WCAG contrast: text on Window 11:1, on Base 13:1, highlighted text 5.3:1, and
    // 5:1 for the hints the style sheet draws in Mid, so nothing is readable in one theme only.
    QPalette p;
    const QColor window(0x2d, 0x30, 0x34);
    const QColor base(0x1f, 0x21, 0x24);
    const QColor text(0xe8, 0xea, 0xed);
    const QColor disabled(0x80, 0x86, 0x8b);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x28, 0x2b, 0x2f));
    p.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x40, 0x43));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa0, 0xa6));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x3a, 0x3d, 0x42));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x8a, 0x80));
    p.setColor(QPalette::Light, QColor(0x5f, 0x63, 0x68));
    p.setColor(QPalette::Midlight, QColor(0x46, 0x4a, 0x4f));
    p.setColor(QPalette::Mid, QColor(0x9a, 0xa0, 0xa6));
    p.setColor(QPalette::Dark, QColor(0x17, 0x18, 0x1b));
    p.setColor(QPalette::Shadow, QColor(0x0b, 0x0c, 0x0d));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6d, 0xb8));
    p.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4a, 0x4d, 0x52));
    return p;
}

QPalette Appearance::lightPalette()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    return fusion->standardPalette();
}

QList<int> Appearance::zoomSteps()
{
    return {50, 67, 75, 80, 90, 100, 110, 125, 150, 175, 200};
}

void Appearance::zoomIn()
{
    const QList<int> steps = zoomSteps();
    const int current = m_settings.fontScale();
    const auto next = std::find_if(steps.cbegin(), steps.cend(), [current](int s) { return s > current; });
    m_settings.setFontScale(next == steps.cend() ? steps.constLast() : *next);
}

void Appearance::zoomOut()
{
    const QList<int> steps = zoomSteps();
    const int current = m_settings.fontScale();
    const auto prev = std::find_if(steps.crbegin(), steps.crend(), [current](int s) { return s < current; });
    m_settings.setFontScale(prev == steps.crend() ? steps.constFirst() : *prev);
}

void Appearance::resetZoom()
{
    m_settings.setFontScale(Settings::DefaultFontScale);
}

void Appearance::applyTheme()
{
    const QString theme = m_settings.theme();
    if (theme == QStringLiteral("system")) {
        if (m_styleChanged && !m_systemStyle.isEmpty())
            QApplication::setStyle(m_systemStyle);
        m_styleChanged = false;
        QApplication::setPalette(m_systemPalette);
    } else {
        // Fusion draws everything from the palette; a platform style may ignore a dark one.
        if (baseStyleName().compare(QStringLiteral("fusion"), Qt::CaseInsensitive) != 0) {
            QApplication::setStyle(QStringLiteral("Fusion"));
            m_styleChanged = true;
        }
        QApplication::setPalette(theme == QStringLiteral("dark") ? darkPalette() : lightPalette());
    }
    qCDebug(lcAppearance) << "theme" << theme << "style" << baseStyleName();
    repolish();
    emit changed();
}

void Appearance::applyFontScale()
{
    const int scale = m_settings.fontScale();
    if (scale == m_appliedScale)
        return;
    QApplication::setFont(scale == 100 ? m_systemFont : scaled(m_systemFont, scale / 100.0));
    repolish();
    // Widgets with a size of their own (titles, code views) are not reached by the application
    // font. Each one's size at 100 % is remembered the first time it is seen, and it gets that
    // size times the scale; multiplying its current size would drift, since repolishing can
    // put back an older font.
    const char *const unscaled = "_crossroads_unscaled_font";
    const QWidgetList widgets = QApplication::allWidgets();
    for (QWidget *w : widgets) {
        QVariant base = w->property(unscaled);
        if (!base.isValid()) {
            if (!w->testAttribute(Qt::WA_SetFont) || !(w->font().resolveMask() & QFont::SizeResolved))
                continue;
            base = scaled(w->font(), 100.0 / m_appliedScale);
            w->setProperty(unscaled, base);
        }
        w->setFont(scaled(base.value<QFont>(), scale / 100.0));
    }
    m_appliedScale = scale;
    qCDebug(lcAppearance) << "text size" << scale << "%";
    emit changed();
}

void Appearance::repolish()
{
    // With an application style sheet, Qt does not pass font and palette changes on to widgets
    // that were already polished; setting the sheet again repolishes them all.
    if (auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
        app && !app->styleSheet().isEmpty())
        app->setStyleSheet(app->styleSheet());
}

} // namespace crossroads::ui
