// SPDX-License-Identifier: MIT
#include "searchresultdelegate.h"

#include "searchresultsmodel.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace crossroads::ui {

namespace {

constexpr int Padding = 6;

QColor blend(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(static_cast<float>(a.redF() * (1 - t) + b.redF() * t),
                            static_cast<float>(a.greenF() * (1 - t) + b.greenF() * t),
                            static_cast<float>(a.blueF() * (1 - t) + b.blueF() * t));
}

void drawHtml(QPainter *painter, const QString &html, const QFont &font, const QRect &rect)
{
    QTextDocument doc;
    doc.setDocumentMargin(0);
    doc.setDefaultFont(font);
    doc.setHtml(html);
    doc.setTextWidth(rect.width());
    painter->save();
    painter->translate(rect.topLeft());
    painter->setClipRect(QRect(QPoint(0, 0), rect.size()));
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = QRect(QPoint(0, 0), rect.size());
    doc.documentLayout()->draw(painter, context);
    painter->restore();
}

} // namespace

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics fm(option.font);
    if (index.data(SearchResultsModel::IsGroupRole).toBool())
        return {option.rect.width(), fm.height() + 2 * Padding + 4};
    return {option.rect.width(), fm.lineSpacing() * (1 + SnippetLines) + 2 * Padding + 2};
}

void SearchResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QPalette &pal = opt.palette;
    const QRect r = opt.rect.adjusted(Padding, Padding, -Padding, -Padding);

    if (index.data(SearchResultsModel::IsGroupRole).toBool()) {
        painter->save();
        QFont f = opt.font;
        f.setBold(true);
        painter->setFont(f);
        painter->setPen(blend(pal.color(QPalette::Text), pal.color(QPalette::Base), 0.2));
        painter->drawText(r.adjusted(0, 4, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, opt.text);
        if (index.row() > 0) {
            painter->setPen(pal.color(QPalette::Mid));
            painter->drawLine(opt.rect.topLeft() + QPoint(Padding, 1),
                              opt.rect.topRight() + QPoint(-Padding, 1));
        }
        painter->restore();
        return;
    }

    // The style draws the selection and hover backgrounds; the text is ours.
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QColor text = pal.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor muted = blend(text, pal.color(selected ? QPalette::Highlight : QPalette::Base), 0.4);
    const QColor markBackground =
        selected ? blend(pal.color(QPalette::Highlight), pal.color(QPalette::HighlightedText), 0.25)
                 : blend(pal.color(QPalette::Base), QColor(255, 196, 0), 0.45);
    const QString mark = QStringLiteral("<b style=\"background-color:%1\">").arg(markBackground.name());

    const QFontMetrics fm(opt.font);
    QString title = index.data(SearchResultsModel::TitleHtmlRole).toString();
    title.replace(QStringLiteral("<b>"), mark);
    QString context = index.data(SearchResultsModel::ContextRole).toString().toHtmlEscaped();
    QString titleHtml = QStringLiteral("<span style=\"color:%1\">%2</span>").arg(text.name(), title);
    if (!context.isEmpty())
        titleHtml += QStringLiteral("<span style=\"color:%1\">&nbsp;&nbsp;·&nbsp;&nbsp;%2</span>")
                         .arg(muted.name(), context);
    QFont titleFont = opt.font;
    titleFont.setWeight(QFont::DemiBold);
    drawHtml(painter, QStringLiteral("<div style=\"white-space:pre\">%1</div>").arg(titleHtml), titleFont,
             QRect(r.left(), r.top(), r.width(), fm.lineSpacing()));

    QString snippet = index.data(SearchResultsModel::SnippetHtmlRole).toString();
    snippet.replace(QStringLiteral("<b>"), mark);
    drawHtml(painter, QStringLiteral("<span style=\"color:%1\">%2</span>").arg(muted.name(), snippet),
             opt.font,
             QRect(r.left(), r.top() + fm.lineSpacing() + 2, r.width(), fm.lineSpacing() * SnippetLines));
}

} // namespace crossroads::ui
