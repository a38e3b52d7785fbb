#include "core/vehiclegenerator.h"

#include <QStringList>

namespace cd::vehicles {

namespace {

const char kTagLetters[] = "ABCDEFGHJKLMNOPRSTUVWXY";
const char kRandomLetters[] = "ABCDEFGHJKLMNOPRSTUVWXYZ";
const char kAgeLetters[] = "ABCDEFGHJKLMNPRSTVWXY";

QChar pick(QRandomGenerator &r, const char *set, int size)
{
    return QLatin1Char(set[r.bounded(size)]);
}

struct MakeModels
{
    const char *make;
    QStringList models;
};

const QList<MakeModels> &makes()
{
    static const QList<MakeModels> list = {
        {"Ford", {"Fiesta", "Focus", "Transit", "Kuga", "Puma"}},
        {"Vauxhall", {"Corsa", "Astra", "Insignia", "Vivaro"}},
        {"Volkswagen", {"Golf", "Polo", "Passat", "Transporter"}},
        {"BMW", {"1 Series", "3 Series", "5 Series", "X5"}},
        {"Audi", {"A3", "A4", "Q5"}},
        {"Mercedes-Benz", {"A-Class", "C-Class", "Sprinter"}},
        {"Toyota", {"Yaris", "Corolla", "Aygo", "Prius"}},
        {"Nissan", {"Micra", "Qashqai", "Juke"}},
        {"Peugeot", {"208", "308", "3008"}},
        {"Honda", {"Civic", "Jazz", "CBR600"}},
        {"Yamaha", {"YZF-R125", "MT-07"}},
        {"Land Rover", {"Range Rover Sport", "Discovery"}},
        {"Kia", {"Picanto", "Sportage", "Ceed"}},
        {"Renault", {"Clio", "Megane"}},
        {"DAF", {"XF", "LF"}},
    };
    return list;
}

const QStringList &colours()
{
    static const QStringList list = {
        QStringLiteral("Black"), QStringLiteral("Silver"), QStringLiteral("Grey"),
        QStringLiteral("White"), QStringLiteral("Blue"),   QStringLiteral("Red"),
        QStringLiteral("Green"), QStringLiteral("Yellow"), QStringLiteral("Orange")};
    return list;
}

const QStringList &pounds()
{
    static const QStringList list = {QStringLiteral("Basildon pound, Cranes Farm Road"),
                                     QStringLiteral("Chelmsford vehicle pound, Widford"),
                                     QStringLiteral("Colchester recovery yard, Severalls"),
                                     QStringLiteral("Southend pound, Progress Road"),
                                     QStringLiteral("Harlow recovery compound, Pinnacles"),
                                     QStringLiteral("Thurrock pound, \"Unit 4\", Grays")};
    return list;
}

} // namespace

Generator::Generator(quint32 seed, QDateTime now)
    : m_random(seed)
    , m_now(std::move(now))
{
}

QString Generator::randomMark(QRandomGenerator &r)
{
    const int kind = r.bounded(100);
    QString m;
    if (kind < 85) { // current
        m += pick(r, kTagLetters, 23);
        m += pick(r, kTagLetters, 23);
        const int year = 2 + r.bounded(25);
        const int age = r.bounded(2) ? year : year + 50;
        m += QStringLiteral("%1").arg(age == 52 ? 51 : age, 2, 10, QLatin1Char('0'));
        for (int i = 0; i < 3; ++i)
            m += pick(r, kRandomLetters, 24);
    } else if (kind < 93) { // prefix
        m += pick(r, kAgeLetters, 21);
        m += QString::number(1 + r.bounded(999));
        for (int i = 0; i < 3; ++i)
            m += pick(r, kTagLetters, 23);
    } else if (kind < 96) { // suffix
        for (int i = 0; i < 3; ++i)
            m += pick(r, kTagLetters, 23);
        m += QString::number(1 + r.bounded(999));
        m += pick(r, kAgeLetters, 21);
    } else if (kind < 98) { // Northern Ireland
        m += pick(r, kTagLetters, 23);
        m += r.bounded(2) ? QStringLiteral("IA") : QStringLiteral("CZ");
        m += QString::number(1 + r.bounded(9999));
    } else if (kind < 99) { // dateless
        m += pick(r, kTagLetters, 23);
        m += pick(r, kTagLetters, 23);
        m += QString::number(1 + r.bounded(9999));
    } else { // personalised, in no standard format: a name, a number and letters
        static const char *const stems[] = {"JAM", "SAM", "TOM", "BEN", "KAT", "DAN", "LIZ", "AMY",
                                            "JON", "MEG", "ROB", "SUE", "TIM", "ZOE", "ALI", "GUS"};
        m += QLatin1String(stems[r.bounded(16)]);
        m += QString::number(1 + r.bounded(99));
        for (int i = 0; i < 3; ++i)
            m += pick(r, kTagLetters, 23);
    }
    return m;
}

Vehicle Generator::next()
{
    QRandomGenerator &r = m_random;
    ++m_index;
    Vehicle v;
    v.reference = QStringLiteral("RO-%1").arg(m_index, 8, 10, QLatin1Char('0'));
    v.vrm = randomMark(r);
    const MakeModels &mm = makes().at(r.bounded(static_cast<int>(makes().size())));
    v.make = QString::fromLatin1(mm.make);
    v.model = mm.models.at(r.bounded(static_cast<int>(mm.models.size())));
    v.colour = colours().at(r.bounded(static_cast<int>(colours().size())));
    v.seizedAt = m_now.addSecs(-static_cast<qint64>(r.bounded(730 * 24 * 3600)));
    static const int powerWeights[] = {45, 20, 10, 5, 10, 8, 2};
    int roll = r.bounded(100);
    for (int i = 0; i < 7; ++i) {
        if (roll < powerWeights[i]) {
            v.power = powers().at(i);
            break;
        }
        roll -= powerWeights[i];
    }
    v.location = pounds().at(r.bounded(static_cast<int>(pounds().size())));
    const bool bike = v.make == u"Yamaha" || v.model == u"CBR600";
    const bool truck = v.make == u"DAF";
    v.weightClass = bike    ? QStringLiteral("two_wheeled")
                    : truck ? weightClasses().at(2 + r.bounded(3))
                    : (v.model == u"Transit" || v.model == u"Sprinter")
                        ? weightClasses().at(1 + r.bounded(2))
                        : QStringLiteral("upto_3_5t");
    v.condition = r.bounded(10) < 8 ? conditions().at(0) : conditions().at(1);
    v.position = r.bounded(10) < 9 ? positions().at(0) : positions().at(1);
    v.laden = truck && r.bounded(2);
    v.policeHold = v.power == u"evidential" || r.bounded(50) == 0;
    v.noticeServedAt = v.seizedAt.addSecs(3600 * (1 + r.bounded(48)));
    const qint64 age = v.seizedAt.secsTo(m_now);
    const int fate = r.bounded(100);
    if (age > 21 * 86400 && fate < 85 && !v.policeHold) {
        if (fate < 75) {
            v.status = QStringLiteral("released");
            v.releasedAt = v.seizedAt.addSecs(3600 * (20 + r.bounded(300)));
        } else {
            v.status = QStringLiteral("disposed");
            v.disposedAt = v.seizedAt.addSecs(86400 * (15 + r.bounded(20)));
        }
    } else {
        v.status = QStringLiteral("held");
    }
    return v;
}

} // namespace cd::vehicles
