// The synthetic data generator: deterministic, valid against the taxonomy and the field rules,
// drama phone numbers only, and proportions like the published reports.
#include "core/contactcsv.h"
#include "core/csv.h"
#include "core/demogenerator.h"
#include "core/escalation.h"
#include "core/londonday.h"
#include "core/taxonomy.h"
#include "core/validation.h"
#include "core/vrm.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace cd;

namespace {

Taxonomy shippedTaxonomy()
{
    QFile f(QStringLiteral(CONTACTDESK_SOURCE_DIR "/resources/taxonomy/taxonomy.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("shipped taxonomy missing");
    Result<Taxonomy> t = Taxonomy::fromJson(f.readAll(), f.fileName());
    if (!t)
        qFatal("%s", qPrintable(t.errorMessage()));
    return t.value();
}

const QDateTime kNow(QDate(2026, 11, 20), QTime(16, 0), Qt::UTC);

demo::Options options(quint64 seed, qint64 contacts, int days = 365)
{
    demo::Options o;
    o.seed = seed;
    o.contacts = contacts;
    o.days = days;
    o.now = kNow;
    o.team = QStringLiteral("QoS North");
    o.handlers = {QStringLiteral("A. Handler"), QStringLiteral("B. Handler")};
    return o;
}

QList<demo::DemoContact> generate(const Taxonomy &taxonomy, const demo::Options &o)
{
    demo::Generator g(taxonomy, o);
    QList<demo::DemoContact> out;
    while (!g.atEnd())
        out.append(g.next());
    return out;
}

// SHA-256 of every generated row as text: contacts as their CSV records, then the escalation
// plan and survey answers of each, then the vehicles as the operator's CSV.
QByteArray digest(const Taxonomy &taxonomy, const demo::Options &o)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    demo::Generator g(taxonomy, o);
    while (!g.atEnd()) {
        const demo::DemoContact d = g.next();
        // The first 17 export columns; the call's id and times are added below as they were.
        QStringList row = contactcsv::toRecord(d.contact).mid(0, 17);
        row << QString::number(d.contact.talkSeconds) << QString::number(d.contact.wrapUpSeconds)
            << (d.contact.consentToOutcome ? QStringLiteral("1") : QStringLiteral("0"))
            << d.escalationType << escalationStatusName(d.escalationTarget);
        hash.addData(csv::formatRecord(row).toUtf8());
        for (const demo::SurveyAnswer &a : d.survey)
            hash.addData(csv::formatRecord({a.contactId, a.answeredAt.toString(Qt::ISODate),
                                            a.question, QString::number(a.rating)})
                             .toUtf8());
    }
    for (const Vehicle &v : g.vehicles())
        hash.addData(csv::formatRecord(vehicles::toRecord(v)).toUtf8());
    return hash.result().toHex();
}

// Ofcom's numbers for drama, as published: mobile 07700 900000-900999 and the geographic
// ranges, in national digits.
bool inOfcomDramaRange(const QString &digits)
{
    static const QRegularExpression re(QStringLiteral(
        "^(07700900\\d{3}|0207946[0]\\d{3}|01(1[3-8]|[2-6]1)4960\\d{3}|01914980\\d{3}|"
        "02896496\\d{3}|02920180\\d{3}|01632960\\d{3})$"));
    return re.match(digits).hasMatch();
}

} // namespace

class TestDemoGenerator : public QObject
{
    Q_OBJECT
private:
    Taxonomy m_taxonomy = shippedTaxonomy();
    QList<demo::DemoContact> m_large; // 10,000 contacts, seed 17

private slots:
    void initTestCase() { m_large = generate(m_taxonomy, options(17, 10000)); }

    void randomIsTheFixedAlgorithm()
    {
        // splitmix64's published first output for state 0.
        quint64 state = 0;
        QCOMPARE(demo::Random::splitmix64(state), 0xe220a8397b1dcdafULL);
        demo::Random a(5);
        demo::Random b(5);
        for (int i = 0; i < 100; ++i)
            QCOMPARE(a.next(), b.next());
        demo::Random r(9);
        QList<int> counts(3);
        for (int i = 0; i < 30000; ++i) {
            const int x = r.below(7);
            QVERIFY(x >= 0 && x < 7);
            ++counts[r.weighted({1, 0, 3})];
        }
        QCOMPARE(counts.at(1), 0);
        QVERIFY2(counts.at(2) > 2 * counts.at(0), "a weight of 3 is chosen about 3 times as often");
    }

    void sameSeedSameData()
    {
        const QByteArray first = digest(m_taxonomy, options(42, 2000));
        QCOMPARE(digest(m_taxonomy, options(42, 2000)), first);
        // The same on every machine and library version: the generator uses no std
        // distribution and no system random source. A change here changes everyone's demo data.
        QCOMPARE(first,
                 QByteArray("a75ea2a35bb9480012484ce4e7d7e1d769fdc1628b1cc4100894ba8505f6d89d"));
    }

    void differentSeedDifferentData()
    {
        QVERIFY(digest(m_taxonomy, options(42, 500)) != digest(m_taxonomy, options(43, 500)));
        const QList<demo::DemoContact> a = generate(m_taxonomy, options(42, 50));
        const QList<demo::DemoContact> b = generate(m_taxonomy, options(43, 50));
        QVERIFY(a.first().contact.id != b.first().contact.id);
    }

    void everyContactPassesTheRules()
    {
        QSet<QString> ids;
        for (const demo::DemoContact &d : std::as_const(m_large)) {
            Contact c = d.contact;
            c.normalise();
            const QList<FieldError> errors = validateContact(c, m_taxonomy);
            QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).field + QLatin1String(": ") +
                                                  errors.value(0).message));
            QVERIFY(!ids.contains(c.id));
            ids.insert(c.id);
            QCOMPARE(c.callerPhone, d.contact.callerPhone); // already in stored form
            if (!c.postcode.isEmpty())
                QVERIFY2(validation::checkUkPostcode(c.postcode).isEmpty(), qPrintable(c.postcode));
            if (!c.callerEmail.isEmpty())
                QVERIFY2(c.callerEmail.endsWith(QLatin1String("@example.com")) ||
                             c.callerEmail.endsWith(QLatin1String("@example.org")) ||
                             c.callerEmail.endsWith(QLatin1String("@example.net")),
                         qPrintable(c.callerEmail));
            if (!c.vrm.isEmpty())
                QVERIFY2(vrm::recognise(c.vrm).format == vrm::Format::Current, qPrintable(c.vrm));
        }
    }

    void everyCodeIsUsed()
    {
        using K = TaxonomyEntry::Kind;
        QSet<QString> used;
        for (const demo::DemoContact &d : std::as_const(m_large)) {
            used << QStringLiteral("channel:") + d.contact.channel
                 << QStringLiteral("category:") + d.contact.category
                 << QStringLiteral("outcome:") + d.contact.outcome;
            if (!d.contact.reason.isEmpty())
                used << QStringLiteral("reason:") + d.contact.reason;
        }
        const QList<std::pair<K, const char *>> kinds = {{K::Channel, "channel:"},
                                                         {K::Category, "category:"},
                                                         {K::Reason, "reason:"},
                                                         {K::Outcome, "outcome:"}};
        for (const auto &[kind, prefix] : kinds)
            for (const TaxonomyEntry &e : m_taxonomy.entries(kind))
                if (e.active)
                    QVERIFY2(used.contains(QLatin1String(prefix) + e.code),
                             qPrintable(QLatin1String(prefix) + e.code));
    }

    void phoneNumbersAreDramaNumbers()
    {
        int withPhone = 0;
        QSet<QString> ranges;
        for (const demo::DemoContact &d : std::as_const(m_large)) {
            if (d.contact.callerPhone.isEmpty())
                continue;
            ++withPhone;
            QVERIFY2(inOfcomDramaRange(d.contact.callerPhone), qPrintable(d.contact.callerPhone));
            QVERIFY(validation::checkUkPhone(d.contact.callerPhone).isEmpty());
            ranges << d.contact.callerPhone.left(7);
        }
        QVERIFY(withPhone > 5000);
        QVERIFY2(ranges.contains(QStringLiteral("0770090")), "mobiles are among them");
        QCOMPARE(ranges.size(), 17); // every range
        for (int i = 0; i < demo::dramaNumberCount(); ++i)
            QVERIFY2(inOfcomDramaRange(demo::dramaNumber(i)), qPrintable(demo::dramaNumber(i)));
    }

    void firstContactResolutionAsTheReport()
    {
        int resolved = 0;
        for (const demo::DemoContact &d : std::as_const(m_large))
            resolved += d.contact.outcome == u"resolved_first_contact" ? 1 : 0;
        const double rate = 100.0 * resolved / m_large.size();
        QVERIFY2(rate >= 43.0 && rate <= 49.0, qPrintable(QString::number(rate)));
        int dissatisfied = 0;
        for (const demo::DemoContact &d : std::as_const(m_large))
            dissatisfied += d.contact.remainedDissatisfied ? 1 : 0;
        QVERIFY(dissatisfied > 100 && dissatisfied < 1500);
    }

    void repeatCallersArePresent()
    {
        QHash<QString, QList<QDateTime>> byPhone;
        for (const demo::DemoContact &d : std::as_const(m_large))
            if (!d.contact.callerPhone.isEmpty())
                byPhone[d.contact.callerPhone].append(d.contact.startedAt);
        int repeatCallers = 0;
        for (auto it = byPhone.begin(); it != byPhone.end(); ++it) {
            QList<QDateTime> times = it.value();
            std::sort(times.begin(), times.end());
            for (qsizetype i = 2; i < times.size(); ++i)
                if (times.at(i - 2).daysTo(times.at(i)) <= 30) {
                    ++repeatCallers;
                    break;
                }
        }
        QVERIFY2(repeatCallers >= 20, qPrintable(QString::number(repeatCallers)));
        // ...and most callers are not.
        QVERIFY(repeatCallers * 10 < byPhone.size());
    }

    void timesInLondonWorkingHours()
    {
        const QDateTime earliest = londonDayStartUtc(londonDay(kNow).addDays(-364));
        QList<int> byHour(24);
        for (const demo::DemoContact &d : std::as_const(m_large)) {
            const QDateTime t = d.contact.startedAt;
            QCOMPARE(t.timeSpec(), Qt::UTC);
            QVERIFY(t <= kNow);
            QVERIFY(t >= earliest);
            QVERIFY(d.contact.endedAt >= t);
            const int hour = inLondon(t).time().hour();
            QVERIFY2(hour >= 8 && hour <= 18, qPrintable(t.toString(Qt::ISODate)));
            ++byHour[hour];
        }
        QVERIFY2(byHour.at(10) > 2 * byHour.at(17), "a morning peak");
    }

    void escalationsAtEveryStage()
    {
        QSet<QString> targets;
        QSet<QString> types;
        for (const demo::DemoContact &d : std::as_const(m_large))
            if (!d.escalationType.isEmpty()) {
                targets << escalationStatusName(d.escalationTarget);
                types << d.escalationType;
            }
        for (const EscalationStatus s : allEscalationStatuses())
            QVERIFY2(targets.contains(escalationStatusName(s)),
                     qPrintable(escalationStatusName(s)));
        QVERIFY(types.size() >= 5);
    }

    void formFieldsPassEveryForm()
    {
        Result<EscalationRules> rules = EscalationRules::load(
            QStringLiteral(CONTACTDESK_SOURCE_DIR "/resources/forms"),
            QStringLiteral(CONTACTDESK_SOURCE_DIR
                           "/resources/calendar/bank-holidays-england-wales.json"));
        QVERIFY2(rules, qPrintable(rules.errorMessage()));
        const Contact c = m_large.first().contact;
        const QDate today(2026, 11, 20);
        for (const FormDefinition &form : rules->forms.forms()) {
            const QList<FieldError> errors =
                validateEscalationFields(form, demo::Generator::formFields(form, c, today), today);
            QVERIFY2(errors.isEmpty(),
                     qPrintable(form.type + QLatin1String(": ") + errors.value(0).field));
        }
    }

    void vehiclesHeldAndReleased()
    {
        demo::Generator g(m_taxonomy, options(17, 2000));
        QSet<QString> statuses;
        for (const Vehicle &v : g.vehicles()) {
            statuses << v.status;
            QVERIFY(v.seizedAt <= kNow);
            QVERIFY(!v.releasedAt.isValid() || v.releasedAt <= kNow);
        }
        QVERIFY(statuses.contains(QStringLiteral("held")));
        QVERIFY(statuses.contains(QStringLiteral("released")));
        QVERIFY(g.vehicles().size() >= 100);
    }

    void surveyAnswersLikeTheSmsSurvey()
    {
        QHash<QString, std::pair<int, int>> byQuestion; // answers, rating 8 or more
        for (const demo::DemoContact &d : std::as_const(m_large))
            for (const demo::SurveyAnswer &a : d.survey) {
                QVERIFY(a.rating >= 0 && a.rating <= 10);
                QCOMPARE(a.contactId, d.contact.id);
                auto &[n, good] = byQuestion[a.question];
                ++n;
                good += a.rating >= 8 ? 1 : 0;
            }
        QCOMPARE(byQuestion.size(), 5);
        const auto [n, good] = byQuestion.value(QStringLiteral("polite"));
        QVERIFY(n > 300);
        const double share = 100.0 * good / n;
        QVERIFY2(share > 77 && share < 89, qPrintable(QString::number(share)));
    }
};

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
