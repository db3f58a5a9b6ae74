// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QWidget>

namespace crossroads::ui {

// Horizontal bars for the wizard's scores, drawn from a zero line so negative evidence shows as
// a bar to the left. Painted by hand: four bars do not need a charting library.
class ScoreChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScoreChart)

public:
    struct Bar
    {
        QString label;
        double value = 0;
        bool highlighted = false;
    };

    explicit ScoreChart(QWidget *parent = nullptr);

    void setBars(const QList<Bar> &bars);
    const QList<Bar> &bars() const { return m_bars; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int rowHeight() const;

    QList<Bar> m_bars;
};

} // namespace crossroads::ui
