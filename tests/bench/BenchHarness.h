#pragma once

// A small benchmark harness. Each figure is measured as several samples; the report prints the
// median beside a baseline measured in the same process, and their ratio (median / baseline).
// Every program ends its output with one JSON line per figure, for example
//   {"bench":"jwt_verify_rs256","unit":"ops/s","median":61000,"baseline":70000,"ratio":0.87}

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

namespace Bench {

inline double median(QList<double> values)
{
    if (values.isEmpty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const auto mid = values.size() / 2;
    return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2.0;
}

/// Calls fn() `iterations` times per sample, `samples` times; returns the operations per second of each sample.
template<typename Fn>
QList<double> opsPerSecond(int samples, int iterations, Fn &&fn)
{
    QList<double> result;
    for (int s = 0; s < samples; ++s) {
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < iterations; ++i)
            fn();
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        result.append(seconds > 0 ? iterations / seconds : 0.0);
    }
    return result;
}

/// Calls fn() `samples` times; returns each call's wall time in milliseconds.
template<typename Fn>
QList<double> millisecondsPerRun(int samples, Fn &&fn)
{
    QList<double> result;
    for (int s = 0; s < samples; ++s) {
        QElapsedTimer timer;
        timer.start();
        fn();
        result.append(double(timer.nsecsElapsed()) / 1e6);
    }
    return result;
}

/// Runs the event loop until `done()` is true or `timeoutMs` passes; returns done(). Unlike
/// QTest::qWaitFor, which sleeps 10 ms between polls and so stalls every asynchronous step (keychain
/// jobs, HTTP round trips) it waits for, this keeps the event loop running the whole time.
template<typename Predicate>
bool waitUntil(Predicate &&done, int timeoutMs = 60000)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer poll;
    poll.setTimerType(Qt::PreciseTimer);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    poll.start(1);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return done();
}

struct Figure
{
    QString bench;
    QString unit;
    double median = 0;
    double baseline = 0;
    QJsonObject extra; ///< Further fields for the JSON line (e.g. "requests", "peak_rss_mb").
};

class Report
{
public:
    void add(Figure figure) { m_figures.append(std::move(figure)); }

    /// Prints a human-readable table, then one JSON line per figure (last in the output). Returns 0.
    int print() const
    {
        QTextStream out(stdout);
        out << Qt::left;
        for (const Figure &f : m_figures) {
            out << qSetFieldWidth(32) << f.bench << qSetFieldWidth(0) << " median " << f.median << ' ' << f.unit;
            if (f.baseline > 0)
                out << "   baseline " << f.baseline << ' ' << f.unit << "   ratio " << ratio(f);
            for (auto it = f.extra.begin(); it != f.extra.end(); ++it)
                out << "   " << it.key() << ' ' << it.value().toVariant().toString();
            out << '\n';
        }
        for (const Figure &f : m_figures) {
            QJsonObject line{{QStringLiteral("bench"), f.bench},
                             {QStringLiteral("unit"), f.unit},
                             {QStringLiteral("median"), f.median}};
            if (f.baseline > 0) {
                line.insert(QStringLiteral("baseline"), f.baseline);
                line.insert(QStringLiteral("ratio"), ratio(f));
            }
            for (auto it = f.extra.begin(); it != f.extra.end(); ++it)
                line.insert(it.key(), it.value());
            out << QJsonDocument(line).toJson(QJsonDocument::Compact) << '\n';
        }
        out.flush();
        return 0;
    }

    static double ratio(const Figure &f) { return f.baseline > 0 ? qRound(f.median / f.baseline * 1000) / 1000.0 : 0; }

private:
    QList<Figure> m_figures;
};

} // namespace Bench
