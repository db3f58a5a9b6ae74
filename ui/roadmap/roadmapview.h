// SPDX-License-Identifier: MIT
#pragma once

#include "stepnode.h"

#include <QGraphicsView>
#include <QHash>
#include <QList>
#include <QStringList>

namespace crossroads::ui {

// The map: steps as nodes in one band per track, ordered left to right by their prerequisites,
// with an arrow from each prerequisite. Arrow keys move between nodes by where they are on
// screen, Enter (or a click) opens one.
class RoadmapView final : public QGraphicsView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoadmapView)

public:
    struct Track
    {
        QString id;
        QString title;
    };

    explicit RoadmapView(QWidget *parent = nullptr);

    // Rebuilds the map. requires maps a step to its prerequisites (unknown ids are ignored).
    void setRoadmap(const QList<Track> &tracks, const QList<StepNodeData> &steps,
                    const QHash<QString, QStringList> &requires_);
    // Updates what the nodes show without moving anything.
    void updateSteps(const QList<StepNodeData> &steps);

    QStringList stepIds() const; // in reading order: by band, then left to right
    QString currentStep() const { return m_current; }
    void setCurrentStep(const QString &id);
    StepNode *node(const QString &id) const { return m_nodes.value(id); }
    // Where a node is on screen, in viewport coordinates (for clicks).
    QRect nodeRect(const QString &id) const;

    // Scrolls so the node and the steps leading to it are in view.
    void bringIntoView(const QString &id);
    void zoomBy(qreal factor);
    void fitAll();
    qreal zoom() const;

signals:
    void currentStepChanged(const QString &id);
    void stepActivated(const QString &id);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    void rebuildEdges();
    void move(int dx, int dy);
    void announce();

    QHash<QString, StepNode *> m_nodes;
    QHash<QString, QStringList> m_requires;
    QStringList m_order;
    QString m_current;
    QList<QGraphicsItem *> m_edges;
    struct Lane
    {
        QString title;
        qreal top = 0;
    };
    QList<Lane> m_lanes;
};

} // namespace crossroads::ui
