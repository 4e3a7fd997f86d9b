#include "WalletChart.h"

#include "IskFormat.h"

#include <EveSso/UtcDateTime.h>

#include <QCursor>
#include <QEvent>
#include <QGraphicsLayout>
#include <QLabel>
#include <QLocale>
#include <QToolTip>
#include <QVBoxLayout>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QLineSeries>

#include <algorithm>
#include <cmath>

namespace {

/// 1, 2 or 5 times a power of ten, at least `raw`: axis steps a reader can add up.
double niceStep(double raw)
{
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double normalized = raw / magnitude;
    const double nice = normalized <= 1 ? 1 : normalized <= 2 ? 2 : normalized <= 5 ? 5 : 10;
    return nice * magnitude;
}

QString localTime(qreal msecs)
{
    return QLocale().toString(EveSso::Utc::fromMSecsSinceEpoch(qint64(msecs)).toLocalTime(),
                              QLocale::ShortFormat);
}

} // namespace

WalletChart::WalletChart(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Wallet history"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *heading = new QLabel(tr("Wallet history"), this);
    heading->setTextFormat(Qt::PlainText);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    layout->addWidget(heading);
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true); // errors can be long
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    showStatus(statusFor(WalletHistory{}));
}

QString WalletChart::statusFor(const WalletHistory &history)
{
    const EveSso::EsiError &error = history.error;
    if (history.state == WalletHistory::State::NotAsked)
        return tr("No wallet history yet.");
    if (history.state == WalletHistory::State::Loading)
        return tr("Loading wallet history…");
    if (error.kind == EveSso::EsiError::Kind::MissingScope)
        return tr("Reading the wallet history needs the scope %1. Log the character in again and grant it.")
            .arg(QLatin1String(WalletHistory::RequiredScope));
    if (error.isError())
        return tr("The wallet history could not be loaded: %1").arg(error.message);
    return tr("No wallet activity in the last 30 days.");
}

void WalletChart::setHistory(const WalletHistory &history, std::optional<double> currentBalance,
                             const QDateTime &balanceAt)
{
    // Only the journal's own entries make a history; the current balance alone is one point.
    const QList<QPointF> points = history.entries.isEmpty() ? QList<QPointF>()
                                                            : history.balanceSteps(currentBalance, balanceAt);
    if (points.size() >= 2)
        plot(points);
    else
        showStatus(statusFor(history));
}

QString WalletChart::statusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

bool WalletChart::isPlotting() const
{
    return m_view && !m_view->isHidden();
}

void WalletChart::showStatus(const QString &text)
{
    if (!isPlotting() && m_status->text() == text && !m_status->isHidden())
        return;
    m_points.clear();
    m_status->setText(text);
    m_status->show();
    if (m_view)
        m_view->hide();
    setAccessibleDescription(text);
    emit contentChanged();
}

void WalletChart::plot(const QList<QPointF> &points)
{
    if (isPlotting() && points == m_points)
        return; // the pane asks again whenever anything about the character changes
    createView();
    m_points = points;
    m_series->replace(points);

    const auto [lowest, highest] = std::minmax_element(points.cbegin(), points.cend(),
                                                       [](const QPointF &a, const QPointF &b) { return a.y() < b.y(); });
    setValueRange(lowest->y(), highest->y());
    QDateTime first = EveSso::Utc::fromMSecsSinceEpoch(qint64(points.constFirst().x()));
    QDateTime last = EveSso::Utc::fromMSecsSinceEpoch(qint64(points.constLast().x()));
    if (first == last) {
        first = first.addSecs(-12 * 3600);
        last = last.addSecs(12 * 3600);
    }
    m_dates->setRange(first, last);
    // Qt Charts lays out axis titles on a posted layout request; a grab (or print) before that would show the
    // previous unit beside the new labels.
    if (m_chart->layout())
        m_chart->layout()->activate();

    m_status->hide();
    m_view->show();
    setAccessibleDescription(tr("Balance from %1 to %2: lowest %3, highest %4, latest %5.")
                                 .arg(localTime(points.constFirst().x()), localTime(points.constLast().x()),
                                      formatIsk(lowest->y()), formatIsk(highest->y()),
                                      formatIsk(points.constLast().y())));
    emit contentChanged();
}

void WalletChart::setValueRange(double low, double high)
{
    double span = high - low;
    if (span <= 0)
        span = std::max(std::abs(high) * 0.02, 1.0); // a flat line sits mid-chart
    const double step = niceStep(span / 4);
    const double firstTick = std::floor(low / step);
    double lastTick = std::ceil(high / step);
    if (lastTick <= firstTick)
        lastTick = firstTick + 1;
    const IskScale scale = iskScaleFor(std::max(std::abs(firstTick), std::abs(lastTick)) * step);
    const double scaledStep = step / scale.divisor;
    const int decimals = scaledStep >= 1 ? 0 : int(std::ceil(-std::log10(scaledStep) - 1e-9));

    // QValueAxis labels know only printf formats; category labels at the ticks carry the locale's separators.
    for (const QString &label : m_values->categoriesLabels())
        m_values->remove(label);
    m_values->setStartValue((firstTick - 1) * step); // below the range: the first label sits on its minimum
    const QLocale locale;
    for (double tick = firstTick; tick <= lastTick; ++tick)
        m_values->append(locale.toString(tick * step / scale.divisor, 'f', decimals), tick * step);
    m_values->setRange(firstTick * step, lastTick * step);
    m_values->setTitleText(scale.unit); // short: the chart may be low
}

QString WalletChart::balanceTextAt(qreal msecs) const
{
    if (m_points.isEmpty())
        return QString();
    double balance = m_points.constFirst().y();
    for (const QPointF &point : m_points) {
        if (point.x() > msecs)
            break;
        balance = point.y();
    }
    return tr("%1: %2").arg(localTime(msecs), formatIsk(balance));
}

void WalletChart::createView()
{
    if (m_view)
        return;
    m_chart = new QChart;
    m_chart->legend()->hide();
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(QMargins(2, 2, 2, 2));
    m_chart->setPlotAreaBackgroundVisible(false);
    m_series = new QLineSeries(m_chart);
    m_chart->addSeries(m_series);
    m_dates = new QDateTimeAxis(m_chart);
    m_dates->setFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_dates->setTickCount(5);
    m_chart->addAxis(m_dates, Qt::AlignBottom);
    m_series->attachAxis(m_dates);
    m_values = new QCategoryAxis(m_chart);
    m_values->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_chart->addAxis(m_values, Qt::AlignLeft);
    m_series->attachAxis(m_values);
    connect(m_series, &QLineSeries::hovered, this, [this](const QPointF &point, bool over) {
        if (over)
            QToolTip::showText(QCursor::pos(), balanceTextAt(point.x()), m_view);
        else
            QToolTip::hideText();
    });

    m_view = new QChartView(m_chart, this); // owns the chart
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setMinimumHeight(120);
    m_view->setFocusPolicy(Qt::NoFocus);
    m_view->hide();
    layout()->addWidget(m_view);
    static_cast<QVBoxLayout *>(layout())->setStretchFactor(m_view, 1);
    applyPalette();
}

void WalletChart::applyPalette()
{
    if (!m_view)
        return;
    const QPalette p = palette();
    const QColor text = p.color(QPalette::WindowText);
    QColor grid = p.color(QPalette::WindowText);
    grid.setAlphaF(0.15);
    m_view->setBackgroundBrush(p.window());
    m_chart->setBackgroundBrush(p.window());
    m_chart->setBackgroundPen(Qt::NoPen);
    for (QAbstractAxis *axis : m_chart->axes()) {
        axis->setLabelsBrush(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(p.color(QPalette::Mid));
        axis->setGridLineColor(grid);
    }
    m_series->setPen(QPen(p.color(QPalette::Highlight), 2));
}

void WalletChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QWidget::changeEvent(event);
}
