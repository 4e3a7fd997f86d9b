#pragma once

#include "WalletHistory.h"

#include <QList>
#include <QPointF>
#include <QWidget>

#include <optional>

class QLabel;
QT_BEGIN_NAMESPACE
class QCategoryAxis;
class QChart;
class QChartView;
class QDateTimeAxis;
class QLineSeries;
QT_END_NAMESPACE

/// The wallet balance over the journal's days (ESI keeps 30), as steps on a date axis and an ISK axis, ending
/// with the current balance; or a line of text while there is nothing to plot (not loaded yet, loading, no
/// activity, the last error). Follows the palette, light or dark.
///
/// The Qt Charts view is built on the first plot, so a pane that shows only text never loads it.
class WalletChart : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(QString statusText READ statusText NOTIFY contentChanged)

public:
    explicit WalletChart(QWidget *parent = nullptr);

    /// Plots `history` with the wallet's balance as of `balanceAt` as the last point (see
    /// WalletHistory::balanceSteps()), or says why there is nothing to plot.
    void setHistory(const WalletHistory &history, std::optional<double> currentBalance, const QDateTime &balanceAt);

    /// The text shown instead of a plot; empty while a plot is shown.
    QString statusText() const;
    /// True while the balance is plotted.
    bool isPlotting() const;
    /// The plotted corners of the step line (x: ms since the epoch), oldest first.
    QList<QPointF> points() const { return m_points; }

    /// The chart's parts for inspection; null until the first plot.
    QChartView *view() const { return m_view; }
    QChart *chart() const { return m_chart; }
    QLineSeries *series() const { return m_series; }
    QDateTimeAxis *dateAxis() const { return m_dates; }
    QCategoryAxis *valueAxis() const { return m_values; }

    /// "11/1/26 9:44 AM: 1,843,227,654.37 ISK": the plotted balance at a time (ms since the epoch), for the
    /// tooltip; empty when nothing is plotted.
    QString balanceTextAt(qreal msecs) const;
    /// Why there is nothing to plot: the text for a history without plottable entries.
    static QString statusFor(const WalletHistory &history);

signals:
    /// The plot or the text changed.
    void contentChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void showStatus(const QString &text);
    void plot(const QList<QPointF> &points);
    void createView();
    void setValueRange(double low, double high);
    void applyPalette();

    QLabel *m_status = nullptr;
    QChartView *m_view = nullptr;
    QChart *m_chart = nullptr;
    QLineSeries *m_series = nullptr;
    QDateTimeAxis *m_dates = nullptr;
    QCategoryAxis *m_values = nullptr;
    QList<QPointF> m_points;
};
