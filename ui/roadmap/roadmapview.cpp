// SPDX-License-Identifier: MIT
#include "roadmapview.h"

#include "statusstyle.h"

#include <QAccessible>
#include <QGraphicsPathItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QKeyEvent>
#include <QScrollBar>
#include <QFontMetricsF>
#include <QPainter>
#include <QSet>

#include <algorithm>
#include <functional>

namespace crossroads::ui {

namespace {

constexpr qreal ColumnPitch = StepNode::Width + 46;
constexpr qreal RowPitch = StepNode::Height + 22;
constexpr qreal LaneTitle = 24; // the track's name, above its first row
constexpr qreal TagRoom = 8;    // "optional" and "hidden" tags sit just above a node
constexpr qreal LanePadding = 12;
constexpr qreal LaneGap = 10;
constexpr qreal Left = 18;
constexpr int MaxRows = 2;

} // namespace

RoadmapView::RoadmapView(QWidget *parent) : QGraphicsView(parent)
{
    setObjectName(QStringLiteral("roadmapView"));
    setAccessibleName(tr("Roadmap"));
    setAccessibleDescription(tr("Use the arrow keys to move between steps and Enter to open one."));
    setScene(new QGraphicsScene(this));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setFocusPolicy(Qt::StrongFocus);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setFrameShape(QFrame::NoFrame);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    // The track names are painted over the map at the window's edge, so every scroll repaints.
    setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
}

void RoadmapView::bringIntoView(const QString &id)
{
    const StepNode *n = m_nodes.value(id);
    if (!n)
        return;
    // A little right of centre, so the prerequisites to its left are in view too.
    const qreal visible = viewport()->width() / zoom();
    centerOn(n->pos() + QPointF(StepNode::Width / 2 - visible * 0.15, StepNode::Height / 2));
}

void RoadmapView::setRoadmap(const QList<Track> &tracks, const QList<StepNodeData> &steps,
                             const QHash<QString, QStringList> &requires_)
{
    const QString keep = m_current;
    scene()->clear();
    m_nodes.clear();
    m_edges.clear();
    m_order.clear();
    m_requires.clear();
    m_lanes.clear();

    QHash<QString, StepNodeData> byId;
    for (const StepNodeData &s : steps)
        byId.insert(s.id, s);
    for (const StepNodeData &s : steps) {
        QStringList shown;
        for (const QString &r : requires_.value(s.id))
            if (byId.contains(r) && r != s.id)
                shown.append(r);
        m_requires.insert(s.id, shown);
    }

    // A step's column is right of all its prerequisites' columns, so every arrow points right.
    // A band holds at most two rows; a third step for a full column moves one column right, which
    // keeps the map closer to the window's shape than a tall stack would.
    QHash<QString, int> column;
    QHash<QString, int> rowOf;
    QHash<QString, QHash<int, int>> used; // track -> column -> rows taken
    QSet<QString> visiting;
    std::function<int(const QString &)> place = [&](const QString &id) -> int {
        if (column.contains(id))
            return column.value(id);
        if (visiting.contains(id))
            return 0; // a cycle in content; the validator reports it, the map still draws
        visiting.insert(id);
        int c = 0;
        for (const QString &r : m_requires.value(id))
            c = std::max(c, place(r) + 1);
        visiting.remove(id);
        QHash<int, int> &lane = used[byId.value(id).track];
        while (lane.value(c) >= MaxRows)
            ++c;
        rowOf.insert(id, lane.value(c));
        lane[c] += 1;
        column.insert(id, c);
        return c;
    };
    for (const StepNodeData &s : steps)
        place(s.id);

    QList<Track> lanes = tracks;
    for (const StepNodeData &s : steps) {
        const bool known = std::any_of(lanes.cbegin(), lanes.cend(), [&](const Track &t) { return t.id == s.track; });
        if (!known)
            lanes.append({s.track, s.track});
    }

    const QPalette pal = palette();
    QList<QGraphicsPathItem *> bands;
    qreal y = 0;
    qreal right = 0;
    for (const Track &lane : std::as_const(lanes)) {
        QList<StepNodeData> mine;
        for (const StepNodeData &s : steps)
            if (s.track == lane.id)
                mine.append(s);
        if (mine.isEmpty())
            continue;
        int rows = 1;
        const qreal top = y;
        for (const StepNodeData &s : std::as_const(mine)) {
            const int row = rowOf.value(s.id);
            rows = std::max(rows, row + 1);
            auto *node = new StepNode(s);
            node->setPos(Left + column.value(s.id) * ColumnPitch, top + LaneTitle + TagRoom + row * RowPitch);
            scene()->addItem(node);
            m_nodes.insert(s.id, node);
            connect(node, &StepNode::clicked, this, [this](const QString &id) {
                setCurrentStep(id);
                emit stepActivated(id);
            });
            right = std::max(right, node->pos().x() + StepNode::Width);
        }
        const qreal height = LaneTitle + TagRoom + rows * RowPitch - (RowPitch - StepNode::Height) + LanePadding;
        auto *band = scene()->addPath(QPainterPath(), Qt::NoPen, pal.color(QPalette::AlternateBase));
        band->setData(0, top);
        band->setData(1, height);
        band->setZValue(-2);
        bands.append(band);
        m_lanes.append({lane.title, top});
        y += height + LaneGap;
    }
    for (QGraphicsPathItem *band : std::as_const(bands)) {
        QPainterPath p;
        p.addRoundedRect(QRectF(0, band->data(0).toReal(), right + Left, band->data(1).toReal()), 10, 10);
        band->setPath(p);
    }

    m_order = m_nodes.keys();
    std::sort(m_order.begin(), m_order.end(), [this](const QString &a, const QString &b) {
        const QPointF pa = m_nodes.value(a)->pos();
        const QPointF pb = m_nodes.value(b)->pos();
        // Reading order: band by band (a band is taller than a row), then left to right.
        return qFuzzyCompare(pa.y(), pb.y()) ? pa.x() < pb.x() : pa.y() < pb.y();
    });
    rebuildEdges();
    scene()->setSceneRect(scene()->itemsBoundingRect().adjusted(-12, -12, 12, 12));

    m_current.clear();
    if (m_nodes.contains(keep))
        setCurrentStep(keep);
}

void RoadmapView::updateSteps(const QList<StepNodeData> &steps)
{
    for (const StepNodeData &s : steps)
        if (StepNode *n = m_nodes.value(s.id))
            n->setStep(s);
    rebuildEdges();
    if (StepNode *n = m_nodes.value(m_current))
        setAccessibleDescription(n->describe());
}

void RoadmapView::rebuildEdges()
{
    for (QGraphicsItem *e : std::as_const(m_edges)) {
        scene()->removeItem(e);
        delete e;
    }
    m_edges.clear();
    const QPalette pal = palette();
    for (auto it = m_requires.cbegin(); it != m_requires.cend(); ++it) {
        const StepNode *to = m_nodes.value(it.key());
        for (const QString &from : it.value()) {
            const StepNode *src = m_nodes.value(from);
            if (!to || !src)
                continue;
            const QPointF start = src->pos() + QPointF(StepNode::Width, StepNode::Height / 2);
            const QPointF end = to->pos() + QPointF(-2, StepNode::Height / 2);
            QPainterPath path(start);
            const qreal dx = std::max<qreal>(40, (end.x() - start.x()) / 2);
            path.cubicTo(start + QPointF(dx, 0), end - QPointF(dx, 0), end);
            // A finished prerequisite draws a solid arrow: the way on is open.
            const bool open = src->step().status == ItemStatus::Done || src->step().status == ItemStatus::Skipped;
            QColor c = open ? statusstyle::accent(ItemStatus::Done, pal) : pal.color(QPalette::Mid);
            c.setAlphaF(open ? 0.75 : 0.9);
            QPen pen(c, 1.6);
            if (!open)
                pen.setStyle(Qt::DashLine);
            auto *edge = scene()->addPath(path, pen);
            edge->setZValue(-1);
            m_edges.append(edge);
            QPainterPath head;
            head.moveTo(end);
            head.lineTo(end + QPointF(-9, -5));
            head.lineTo(end + QPointF(-9, 5));
            head.closeSubpath();
            auto *arrow = scene()->addPath(head, Qt::NoPen, c);
            arrow->setZValue(-1);
            m_edges.append(arrow);
        }
    }
}

QStringList RoadmapView::stepIds() const
{
    return m_order;
}

void RoadmapView::setCurrentStep(const QString &id)
{
    if (!m_nodes.contains(id) || id == m_current) {
        if (StepNode *n = m_nodes.value(id))
            ensureVisible(n, 40, 40);
        return;
    }
    if (StepNode *old = m_nodes.value(m_current))
        old->setCurrent(false);
    m_current = id;
    StepNode *n = m_nodes.value(id);
    n->setCurrent(true);
    ensureVisible(n, 40, 40);
    announce();
    emit currentStepChanged(id);
}

void RoadmapView::announce()
{
    const StepNode *n = m_nodes.value(m_current);
    if (!n)
        return;
    setAccessibleDescription(n->describe() + tr(". Press Enter to open it."));
    QAccessibleEvent event(this, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&event);
}

QRect RoadmapView::nodeRect(const QString &id) const
{
    const StepNode *n = m_nodes.value(id);
    if (!n)
        return {};
    return mapFromScene(QRectF(n->pos(), QSizeF(StepNode::Width, StepNode::Height))).boundingRect();
}

void RoadmapView::move(int dx, int dy)
{
    if (m_nodes.isEmpty())
        return;
    const StepNode *from = m_nodes.value(m_current);
    if (!from) {
        setCurrentStep(m_order.first());
        return;
    }
    const QPointF c = from->pos();
    QString best;
    qreal bestScore = 0;
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it) {
        if (it.key() == m_current)
            continue;
        const QPointF v = it.value()->pos() - c;
        const qreal primary = dx != 0 ? v.x() * dx : v.y() * dy;
        if (primary < 1)
            continue;
        const qreal secondary = std::abs(dx != 0 ? v.y() : v.x());
        // Prefer what is straight ahead over what is merely nearer.
        const qreal score = primary + 2.5 * secondary;
        if (best.isEmpty() || score < bestScore) {
            best = it.key();
            bestScore = score;
        }
    }
    if (!best.isEmpty())
        setCurrentStep(best);
}

void RoadmapView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left:
        move(-1, 0);
        return;
    case Qt::Key_Right:
        move(1, 0);
        return;
    case Qt::Key_Up:
        move(0, -1);
        return;
    case Qt::Key_Down:
        move(0, 1);
        return;
    case Qt::Key_Home:
        if (!m_order.isEmpty())
            setCurrentStep(m_order.first());
        return;
    case Qt::Key_End:
        if (!m_order.isEmpty())
            setCurrentStep(m_order.last());
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (!m_current.isEmpty())
            emit stepActivated(m_current);
        return;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.15);
        return;
    case Qt::Key_Minus:
        zoomBy(1 / 1.15);
        return;
    default:
        break;
    }
    QGraphicsView::keyPressEvent(event);
}

void RoadmapView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        zoomBy(event->angleDelta().y() > 0 ? 1.1 : 1 / 1.1);
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void RoadmapView::focusInEvent(QFocusEvent *event)
{
    QGraphicsView::focusInEvent(event);
    if (m_current.isEmpty() && !m_order.isEmpty())
        setCurrentStep(m_order.first());
    else
        announce();
}

qreal RoadmapView::zoom() const
{
    return transform().m11();
}

void RoadmapView::zoomBy(qreal factor)
{
    const qreal target = std::clamp(zoom() * factor, 0.4, 2.0);
    const qreal f = target / zoom();
    scale(f, f);
}

void RoadmapView::fitAll()
{
    const QRectF r = sceneRect();
    if (r.isEmpty())
        return;
    const qreal s = std::min({1.0, viewport()->width() / r.width(), viewport()->height() / r.height()});
    setTransform(QTransform::fromScale(std::max(0.4, s), std::max(0.4, s)));
    if (StepNode *n = m_nodes.value(m_current))
        ensureVisible(n, 40, 40);
}

void RoadmapView::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, palette().color(QPalette::Base));
}

void RoadmapView::drawForeground(QPainter *painter, const QRectF &)
{
    // Track names stay at the left edge of the window however far the map is scrolled.
    const qreal left = mapToScene(QPoint(0, 0)).x();
    QFont f = font();
    f.setBold(true);
    painter->setFont(f);
    const QFontMetricsF fm(f);
    for (const Lane &lane : std::as_const(m_lanes)) {
        const QRectF label(std::max(left + 8 / zoom(), Left - 6), lane.top + 4, fm.horizontalAdvance(lane.title) + 12,
                           fm.height() + 2);
        QColor back = palette().color(QPalette::AlternateBase);
        back.setAlphaF(0.85);
        painter->setPen(Qt::NoPen);
        painter->setBrush(back);
        painter->drawRoundedRect(label, 4, 4);
        painter->setPen(palette().color(QPalette::Text));
        painter->drawText(label.adjusted(6, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, lane.title);
    }
}

} // namespace crossroads::ui
