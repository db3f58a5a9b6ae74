// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QMap>
#include <QWidget>

namespace crossroads::ui {

// A calendar of the last months, one square per day, darker for more time spent. It measures
// consistency as "active days in the last 28", a rolling count that one missed day barely
// moves, rather than a streak that one missed day resets to zero.
class ActivityHeatmap final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityHeatmap)

public:
    static constexpr int Weeks = 26;

    explicit ActivityHeatmap(QWidget *parent = nullptr);

    void setActivity(const QMap<QDate, int> &secondsPerDay, const QDate &today = QDate::currentDate());
    // Days with any time spent among the `days` days ending today.
    int activeDays(int days) const;
    QString summary() const;
    QDate firstDay() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRectF cellRect(const QDate &day) const;
    QDate dayAt(const QPoint &pos) const;
    int level(int seconds) const;

    QMap<QDate, int> m_seconds;
    QDate m_today;
};

} // namespace crossroads::ui
