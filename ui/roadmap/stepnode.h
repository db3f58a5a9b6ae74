// SPDX-License-Identifier: MIT
#pragma once

#include "learner/statusrules.h"

#include <QGraphicsObject>
#include <QString>

namespace crossroads::ui {

// What one node of the map shows.
struct StepNodeData
{
    QString id;
    QString title;
    QString track; // id: which band of the map
    QString trackTitle;
    ItemStatus status = ItemStatus::NotStarted;
    bool hidden = false;
    bool optional = false;
    double plannedHours = 0;
    int seconds = 0;
    int percent = 0;
};

// One step on the roadmap: a box whose outline, icon, word and colour all tell its status.
class StepNode final : public QGraphicsObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StepNode)

public:
    static constexpr qreal Width = 184;
    static constexpr qreal Height = 82;

    explicit StepNode(const StepNodeData &data, QGraphicsItem *parent = nullptr);

    QString id() const { return m_data.id; }
    const StepNodeData &step() const { return m_data; }
    void setStep(const StepNodeData &data);
    void setCurrent(bool current);
    bool isCurrent() const { return m_current; }
    // What a screen reader says about the node.
    QString describe() const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

signals:
    void clicked(const QString &id);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    StepNodeData m_data;
    bool m_current = false;
    bool m_hover = false;
};

// Formats hours the way the map and the panel show them: "1.5 h", "20 h".
QString formatHours(double hours);

} // namespace crossroads::ui
