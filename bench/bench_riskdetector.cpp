// Risk detection per keystroke (concepts, rules and context triggers): the Desk runs the detector
// on the whole note each time the handler types a character. Budget: under 1 ms per keystroke on a
// 5,000-character note.
//
// Usage: bench_riskdetector [KEYSTROKES]   (default 2000)
#include "core/riskdetector.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <vector>

#include <time.h>

namespace {

// CPU time of this thread. On a shared, loaded machine wall time also counts time the scheduler
// gave to other processes, so both are reported.
qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

struct Stats
{
    qint64 mean = 0;
    qint64 p50 = 0;
    qint64 p99 = 0;
    qint64 worst = 0;
};

Stats stats(std::vector<qint64> samples)
{
    std::sort(samples.begin(), samples.end());
    qint64 total = 0;
    for (qint64 s : samples)
        total += s;
    return {total / qint64(samples.size()), samples[samples.size() / 2],
            samples[std::min(samples.size() - 1, samples.size() * 99 / 100)], samples.back()};
}

QString us(qint64 ns)
{
    return QString::number(double(ns) / 1000.0, 'f', 1);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int keystrokes = std::max(1, argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 2000);

    QElapsedTimer load;
    load.start();
    cd::Result<cd::RiskDetector> detector = cd::RiskDetector::loadShipped();
    if (!detector) {
        out << "cannot load the risk concepts: " << detector.errorMessage() << Qt::endl;
        return 1;
    }
    const qint64 loadNs = load.nsecsElapsed();

    // A realistic note: ordinary call notes with a few risks in it, some asked and denied.
    const QStringList sentences = {
        QStringLiteral("Caller chased an update about the burglary reported last Tuesday. "),
        QStringLiteral(
            "Vehicle seized for no insurance, held at the Basildon pound since Monday. "),
        QStringLiteral(
            "She is unhappy that nobody called back and wants to speak to a supervisor. "),
        QStringLiteral("Explained the storage charges and the documents needed for release. "),
        QStringLiteral("He said the officer was rude and did not take his details properly. "),
        QStringLiteral("Her son was spoken to about the damage and she disputes the outcome. "),
        QStringLiteral("She feels there is no point carrying on since her husband left. "),
        QStringLiteral("Neighbour says the kids were left alone overnight again. "),
        QStringLiteral("Asked re thoughts of self harm - denies, ex-p has not been in contact. "),
        QStringLiteral("Says her b/f grabbed her by the throat and took her phone last week. "),
    };
    QString note;
    for (int i = 0; note.size() < 5000; ++i)
        note += sentences.at(i % sentences.size());
    note.truncate(5000);

    // The first scan of a note stems every word once; later keystrokes reuse the word cache.
    QElapsedTimer first;
    first.start();
    (void)detector->detect(note);
    const qint64 firstNs = first.nsecsElapsed();

    const QString typed =
        QStringLiteral("Caller then said he had taken an overdose and wants to die. ");
    std::vector<qint64> wallSamples;
    std::vector<qint64> cpuSamples;
    wallSamples.reserve(size_t(keystrokes));
    cpuSamples.reserve(size_t(keystrokes));
    qint64 matches = 0;
    QString text = note;
    QElapsedTimer timer;
    for (int k = 0; k < keystrokes; ++k) {
        // Type at the end, as a handler does; keep the note at about 5,000 characters.
        text.append(typed.at(k % typed.size()));
        if (text.size() > 5000 + typed.size())
            text = note;
        const qint64 cpu0 = threadCpuNs();
        timer.start();
        const QList<cd::RiskMatch> found = detector->detect(text);
        wallSamples.push_back(timer.nsecsElapsed());
        cpuSamples.push_back(threadCpuNs() - cpu0);
        matches += found.size();
    }
    const Stats wall = stats(wallSamples);
    const Stats cpu = stats(cpuSamples);

    out << "risk detector: " << detector->phraseCount() << " terms, " << detector->ruleCount()
        << " rules, version " << detector->version() << ", loaded in " << us(loadNs) << " us\n";
    out << "note: " << note.size() << " characters, first scan " << us(firstNs) << " us, "
        << keystrokes << " keystrokes, " << (matches / keystrokes) << " matches per scan\n";
    out << "per keystroke, wall: mean " << us(wall.mean) << " us, median " << us(wall.p50)
        << " us, p99 " << us(wall.p99) << " us, worst " << us(wall.worst) << " us\n";
    out << "per keystroke, CPU:  mean " << us(cpu.mean) << " us, median " << us(cpu.p50)
        << " us, p99 " << us(cpu.p99) << " us, worst " << us(cpu.worst) << " us\n";
    out << "budget 1000 us per keystroke: median wall "
        << (wall.p50 < 1000000 ? "within budget" : "OVER BUDGET") << ", p99 CPU "
        << (cpu.p99 < 1000000 ? "within budget" : "OVER BUDGET") << Qt::endl;
    return 0;
}
