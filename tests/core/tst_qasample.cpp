// QA dip sampling (issue 17 item 5): each handler's sample follows the same rule whatever their
// volume, spreads over categories and channels, is the same for the same seed and contacts, and
// leaves out sensitive matters for a reviewer who may not see them.
#include "core/qasample.h"
#include "verify.h"

#include <QSet>
#include <QTest>

#include <algorithm>

using namespace cd;

namespace {

// `n` contacts of one handler, category and channel: ids "<handler>-<category>-<channel>-<i>".
void add(QList<QaCandidate> &out, const QString &handler, const QString &category,
         const QString &channel, int n, const QStringList &risks = {})
{
    for (int i = 0; i < n; ++i)
        out.append({QStringLiteral("%1-%2-%3-%4").arg(handler, category, channel).arg(i), handler,
                    category, channel, risks});
}

// Five handlers with very different volumes (150, 40, 1000, 3 and 1 contacts in the month).
QList<QaCandidate> month()
{
    QList<QaCandidate> c;
    add(c, QStringLiteral("Ann"), QStringLiteral("fraud"), QStringLiteral("phone"), 30);
    add(c, QStringLiteral("Ann"), QStringLiteral("fraud"), QStringLiteral("email"), 30);
    add(c, QStringLiteral("Ann"), QStringLiteral("vehicle_recovery"), QStringLiteral("phone"), 50);
    add(c, QStringLiteral("Ann"), QStringLiteral("general_enquiry"), QStringLiteral("online"), 30);
    add(c, QStringLiteral("Ann"), QStringLiteral("compliment"), QStringLiteral("email"), 10);
    add(c, QStringLiteral("Bob"), QStringLiteral("general_enquiry"), QStringLiteral("phone"), 40);
    for (const char *category : {"fraud", "vrr", "intelligence", "general_enquiry"})
        for (const char *channel : {"phone", "email"})
            add(c, QStringLiteral("Cat"), QLatin1String(category), QLatin1String(channel), 125);
    add(c, QStringLiteral("Dan"), QStringLiteral("fraud"), QStringLiteral("phone"), 3);
    add(c, QStringLiteral("Eve"), QStringLiteral("fraud"), QStringLiteral("phone"), 1);
    return c;
}

QStringList ids(const QaSample &s)
{
    QStringList out;
    for (const QaCandidate &c : s.picked)
        out << c.contactId;
    return out;
}

QList<QaCandidate> of(const QaSample &s, const QString &handler)
{
    QList<QaCandidate> out;
    for (const QaCandidate &c : s.picked)
        if (c.handler == handler)
            out << c;
    return out;
}

QaSampleRules rules(quint64 seed = 7)
{
    QaSampleRules r;
    r.shareBasisPoints = 200; // 2%
    r.minimumPerHandler = 2;
    r.seed = seed;
    r.sensitiveCategories = {QStringLiteral("mental_health")};
    r.sensitiveRiskKinds = {QStringLiteral("suicide_self_harm")};
    return r;
}

} // namespace

class TestQaSample : public QObject
{
    Q_OBJECT

private slots:
    void theShareIsReadAsAPercentage()
    {
        QCOMPARE(QaSampleRules::parseShare(QStringLiteral("2")).value(), 200);
        QCOMPARE(QaSampleRules::parseShare(QStringLiteral("2.5%")).value(), 250);
        QCOMPARE(QaSampleRules::parseShare(QStringLiteral("100")).value(), 10000);
        QVERIFY(!QaSampleRules::parseShare(QStringLiteral("0")).ok());
        QVERIFY(!QaSampleRules::parseShare(QStringLiteral("101")).ok());
        QVERIFY(!QaSampleRules::parseShare(QStringLiteral("2.555")).ok());
        QVERIFY(!QaSampleRules::parseShare(QStringLiteral("two")).ok());
        QCOMPARE(QaSampleRules::shareText(250), QStringLiteral("2.5%"));
        QCOMPARE(QaSampleRules::shareText(200), QStringLiteral("2%"));
    }

    // 2% rounded up, at least 2, never more than the handler has.
    void eachHandlersSizeFollowsTheRule()
    {
        const QaSampleRules r = rules();
        QCOMPARE(r.targetSize(150), 3);
        QCOMPARE(r.targetSize(101), 3);
        QCOMPARE(r.targetSize(100), 2);
        QCOMPARE(r.targetSize(40), 2);
        QCOMPARE(r.targetSize(1000), 20);
        QCOMPARE(r.targetSize(3), 2);
        QCOMPARE(r.targetSize(1), 1);
        QCOMPARE(r.targetSize(0), 0);

        const QaSample s = drawQaSample(month(), r);
        QCOMPARE(s.picked.size(), 3 + 2 + 20 + 2 + 1);
        const QStringList names = {QStringLiteral("Ann"), QStringLiteral("Bob"),
                                   QStringLiteral("Cat"), QStringLiteral("Dan"),
                                   QStringLiteral("Eve")};
        const QList<int> sizes = {3, 2, 20, 2, 1};
        const QList<int> volumes = {150, 40, 1000, 3, 1};
        QCOMPARE(s.handlers.size(), 5);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(s.handlers.at(i).handler, names.at(i));
            QCOMPARE(s.handlers.at(i).contacts, volumes.at(i));
            QCOMPARE(s.handlers.at(i).target, sizes.at(i));
            QCOMPARE(s.handlers.at(i).drawn, sizes.at(i));
            QCOMPARE(of(s, names.at(i)).size(), sizes.at(i));
        }
        // No contact twice.
        const QStringList all = ids(s);
        QCOMPARE(QSet<QString>(all.cbegin(), all.cend()).size(), s.picked.size());
    }

    void theSampleSpreadsOverCategoriesAndChannels()
    {
        const QaSample s = drawQaSample(month(), rules());
        // Ann: three picks, one from each of her three largest categories, in that order.
        const QList<QaCandidate> ann = of(s, QStringLiteral("Ann"));
        QCOMPARE(ann.at(0).category, QStringLiteral("fraud"));
        QCOMPARE(ann.at(1).category, QStringLiteral("vehicle_recovery"));
        QCOMPARE(ann.at(2).category, QStringLiteral("general_enquiry"));
        // Her first fraud pick is from the channel listed first of two the same size ("email"),
        // the one of its 30 contacts the seed puts first.
        QString first;
        quint64 best = ~quint64(0);
        for (int i = 0; i < 30; ++i) {
            const QString id = QStringLiteral("Ann-fraud-email-%1").arg(i);
            if (qaSampleKey(7, id) < best) {
                best = qaSampleKey(7, id);
                first = id;
            }
        }
        QCOMPARE(ann.at(0).contactId, first);

        // Cat: 20 picks over four categories and two channels the same size: 5 a category,
        // 3 + 2 over its channels, 10 a channel.
        QHash<QString, int> byCategory, byChannel, byPair;
        for (const QaCandidate &c : of(s, QStringLiteral("Cat"))) {
            ++byCategory[c.category];
            ++byChannel[c.channel];
            ++byPair[c.category + QLatin1Char('/') + c.channel];
        }
        QCOMPARE(byCategory.size(), 4);
        for (int n : std::as_const(byCategory))
            QCOMPARE(n, 5);
        QCOMPARE(byChannel.value(QStringLiteral("phone")) +
                     byChannel.value(QStringLiteral("email")),
                 20);
        QVERIFY(byChannel.value(QStringLiteral("phone")) >= 8);
        QVERIFY(byChannel.value(QStringLiteral("email")) >= 8);
        for (int n : std::as_const(byPair))
            QVERIFY(n == 2 || n == 3);
    }

    void theSameSeedAndContactsGiveTheSameSample()
    {
        const QList<QaCandidate> contacts = month();
        QList<QaCandidate> reversed = contacts;
        std::reverse(reversed.begin(), reversed.end());
        const QStringList a = ids(drawQaSample(contacts, rules(7)));
        QCOMPARE(ids(drawQaSample(contacts, rules(7))), a);
        QCOMPARE(ids(drawQaSample(reversed, rules(7))), a); // the order read does not matter
        const QStringList b = ids(drawQaSample(contacts, rules(8)));
        QCOMPARE(b.size(), a.size());
        QVERIFY(a != b);
        // A contact added to one handler leaves the others' samples as they were.
        QList<QaCandidate> more = contacts;
        add(more, QStringLiteral("Bob"), QStringLiteral("fraud"), QStringLiteral("phone"), 1);
        const QaSample again = drawQaSample(more, rules(7));
        QStringList annCatA, annCatB;
        for (const QaCandidate &c : drawQaSample(contacts, rules(7)).picked)
            if (c.handler != QLatin1String("Bob"))
                annCatA << c.contactId;
        for (const QaCandidate &c : again.picked)
            if (c.handler != QLatin1String("Bob"))
                annCatB << c.contactId;
        QCOMPARE(annCatB, annCatA);
    }

    void sensitiveMattersOnlyForAReviewerAllowedToSeeThem()
    {
        QList<QaCandidate> c;
        add(c, QStringLiteral("Sam"), QStringLiteral("mental_health"), QStringLiteral("phone"), 60);
        add(c, QStringLiteral("Sam"), QStringLiteral("general_enquiry"), QStringLiteral("phone"),
            35);
        add(c, QStringLiteral("Sam"), QStringLiteral("general_enquiry"), QStringLiteral("email"), 5,
            {QStringLiteral("suicide_self_harm")});
        add(c, QStringLiteral("Tia"), QStringLiteral("mental_health"), QStringLiteral("phone"), 50);

        QaSampleRules r = rules();
        r.reviewerSeesSensitive = false;
        const QaSample withheld = drawQaSample(c, r);
        QCOMPARE(withheld.handlers.size(), 2);
        QCOMPARE(withheld.handlers.at(0).handler, QStringLiteral("Sam"));
        QCOMPARE(withheld.handlers.at(0).target, 2);
        QCOMPARE(withheld.handlers.at(0).sensitiveWithheld, 65);
        QCOMPARE(withheld.handlers.at(0).drawn, 2);
        QCOMPARE(withheld.handlers.at(1).sensitiveWithheld, 50);
        QCOMPARE(withheld.handlers.at(1).drawn, 0);
        QCOMPARE(withheld.picked.size(), 2);
        for (const QaCandidate &p : withheld.picked) {
            QCOMPARE(p.category, QStringLiteral("general_enquiry"));
            QCOMPARE(p.channel, QStringLiteral("phone"));
            QVERIFY(p.riskKinds.isEmpty());
        }

        r.reviewerSeesSensitive = true;
        const QaSample all = drawQaSample(c, r);
        QCOMPARE(all.picked.size(), 4);
        QCOMPARE(all.handlers.at(0).sensitiveWithheld, 0);
        QCOMPARE(all.picked.at(0).category, QStringLiteral("mental_health")); // Sam's largest
        QCOMPARE(all.picked.at(1).category, QStringLiteral("general_enquiry"));
        QCOMPARE(all.handlers.at(1).drawn, 2);
    }
};

QTEST_GUILESS_MAIN(TestQaSample)
#include "tst_qasample.moc"
