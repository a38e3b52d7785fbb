#include "core/demogenerator.h"

#include "core/londonday.h"
#include "core/vehiclegenerator.h"
#include "core/vrm.h"

#include <QHash>
#include <QTimeZone>
#include <QUuid>

#include <algorithm>
#include <climits>

namespace cd::demo {

// ---- Random ----------------------------------------------------------------------------------

quint64 Random::splitmix64(quint64 &state)
{
    quint64 z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

Random::Random(quint64 seed)
{
    quint64 state = seed;
    for (quint64 &s : m_s)
        s = splitmix64(state);
}

namespace {
inline quint64 rotl(quint64 x, int k)
{
    return (x << k) | (x >> (64 - k));
}
} // namespace

quint64 Random::next()
{
    const quint64 result = rotl(m_s[1] * 5, 7) * 9;
    const quint64 t = m_s[1] << 17;
    m_s[2] ^= m_s[0];
    m_s[3] ^= m_s[1];
    m_s[1] ^= m_s[2];
    m_s[0] ^= m_s[3];
    m_s[2] ^= t;
    m_s[3] = rotl(m_s[3], 45);
    return result;
}

int Random::below(int n)
{
    if (n <= 1)
        return 0;
    const quint64 bound = static_cast<quint64>(n);
    const quint64 threshold = (0 - bound) % bound; // 2^64 mod n: values below are biased
    for (;;) {
        const quint64 x = next();
        if (x >= threshold)
            return static_cast<int>(x % bound);
    }
}

int Random::range(int low, int high)
{
    return low + below(high - low + 1);
}

bool Random::chance(int perThousand)
{
    return below(1000) < perThousand;
}

int Random::weighted(const QList<int> &weights)
{
    int total = 0;
    for (const int w : weights)
        total += w;
    int roll = below(total);
    for (int i = 0; i < weights.size(); ++i) {
        if (roll < weights.at(i))
            return i;
        roll -= weights.at(i);
    }
    return static_cast<int>(weights.size()) - 1;
}

// ---- Drama numbers ---------------------------------------------------------------------------

namespace {

// Each range: the fixed leading digits, then a block of 1,000 numbers starting at `first`
// written with `width` digits.
struct DramaRange
{
    const char *prefix;
    int first;
    int width;
};

const DramaRange kDramaRanges[] = {
    {"07700", 900000, 6}, {"0207946", 0, 4}, {"0113496", 0, 4},    {"0114496", 0, 4},
    {"0115496", 0, 4},    {"0116496", 0, 4}, {"0117496", 0, 4},    {"0118496", 0, 4},
    {"0121496", 0, 4},    {"0131496", 0, 4}, {"0141496", 0, 4},    {"0151496", 0, 4},
    {"0161496", 0, 4},    {"0191498", 0, 4}, {"0289649", 6000, 4}, {"0292018", 0, 4},
    {"01632", 960000, 6},
};
constexpr int kRangeCount = static_cast<int>(sizeof(kDramaRanges) / sizeof(kDramaRanges[0]));

} // namespace

QStringList teamHandlers()
{
    return {QStringLiteral("Alex Carter"), QStringLiteral("Bea Okafor"),
            QStringLiteral("Chris Doyle"), QStringLiteral("Dana Price"),
            QStringLiteral("Evan Shah"),   QStringLiteral("Fran Lowe")};
}

int dramaNumberCount()
{
    return kRangeCount * 1000;
}

QString dramaNumber(int index)
{
    // Interleaved, so the first few hundred people already use every range.
    const DramaRange &r = kDramaRanges[index % kRangeCount];
    const int n = r.first + (index / kRangeCount) % 1000;
    return QLatin1String(r.prefix) + QStringLiteral("%1").arg(n, r.width, 10, QLatin1Char('0'));
}

bool isDramaNumber(const QString &digits)
{
    for (const DramaRange &r : kDramaRanges) {
        const QLatin1String prefix(r.prefix);
        if (!digits.startsWith(prefix) || digits.size() != prefix.size() + r.width)
            continue;
        bool ok = false;
        const int n = digits.mid(prefix.size()).toInt(&ok);
        if (ok && n >= r.first && n < r.first + 1000)
            return true;
    }
    return false;
}

// ---- Data ------------------------------------------------------------------------------------

namespace {

const char *const kGivenNames[] = {
    "Olivia",   "Amelia", "Isla",   "Ava",     "Mia",    "Ivy",   "Lily",  "Grace",
    "Sophia",   "Freya",  "Emily",  "Ella",    "Poppy",  "Chloe", "Sarah", "Helen",
    "Karen",    "Susan",  "Priya",  "Aisha",   "Fatima", "Zara",  "Megan", "Jessica",
    "Noah",     "Oliver", "George", "Arthur",  "Leo",    "Harry", "Oscar", "Jack",
    "Jacob",    "Thomas", "James",  "William", "David",  "Paul",  "Mark",  "Daniel",
    "Mohammed", "Ali",    "Ravi",   "Arjun",   "Connor", "Liam",  "Ryan",  "Sam",
};
const char *const kSurnames[] = {
    "Smith",  "Jones",    "Taylor", "Brown",    "Williams", "Wilson",  "Johnson", "Davies",
    "Patel",  "Robinson", "Wright", "Thompson", "Evans",    "Walker",  "White",   "Roberts",
    "Green",  "Hall",     "Thomas", "Clarke",   "Jackson",  "Wood",    "Harris",  "Edwards",
    "Turner", "Martin",   "Cooper", "Hill",     "Ward",     "Hughes",  "Moore",   "Clark",
    "King",   "Harrison", "Lewis",  "Baker",    "Lee",      "Allen",   "Morris",  "Khan",
    "Scott",  "Watson",   "Davis",  "Parker",   "James",    "Bennett", "Young",   "Begum",
};
constexpr int kGivenCount = static_cast<int>(sizeof(kGivenNames) / sizeof(kGivenNames[0]));
constexpr int kSurnameCount = static_cast<int>(sizeof(kSurnames) / sizeof(kSurnames[0]));

const char *const kEmailDomains[] = {"example.com", "example.org", "example.net"};

// Postcode areas of the eastern counties; districts 1-20; the inward letters a postcode uses.
const char *const kPostcodeAreas[] = {"CM", "SS", "CO", "RM", "IG", "CB", "SG", "EN"};
const char kInwardLetters[] = "ABDEFGHJLNPQRSTUWXYZ";

// Caller matching (issue 22): streets for the callers' address lines.
const char *const kStreets[] = {"High St",         "Church Road", "Station Rd",  "Mill Lane",
                                "Victoria Street", "Park Avenue", "The Green",   "London Road",
                                "Queens Close",    "Manor Way",   "Chapel Lane", "Kings Crescent"};
constexpr int kStreetCount = static_cast<int>(sizeof(kStreets) / sizeof(kStreets[0]));

// Channels, categories, reasons and outcomes in proportions like the published reports; a
// code the taxonomy has and this table does not (a force's own) gets kOtherWeight.
constexpr int kOtherWeight = 5;
const QHash<QString, int> &weights()
{
    static const QHash<QString, int> w = {
        // channels: 101 calls most, then email and the website's forms
        {QStringLiteral("channel:phone"), 600},
        {QStringLiteral("channel:email"), 170},
        {QStringLiteral("channel:online"), 90},
        {QStringLiteral("channel:live_chat"), 80},
        {QStringLiteral("channel:social_media"), 15},
        {QStringLiteral("channel:letter"), 20},
        {QStringLiteral("channel:front_counter"), 25},
        // categories
        {QStringLiteral("category:dissatisfaction"), 300},
        {QStringLiteral("category:low_level_concern"), 110},
        {QStringLiteral("category:victim_enquiry"), 140},
        {QStringLiteral("category:vehicle_recovery"), 60},
        {QStringLiteral("category:traveller_encampment"), 20},
        {QStringLiteral("category:mental_health"), 40},
        {QStringLiteral("category:rural_crime"), 20},
        {QStringLiteral("category:intelligence"), 40},
        {QStringLiteral("category:fraud"), 50},
        {QStringLiteral("category:vrr"), 10},
        {QStringLiteral("category:survey_query"), 20},
        {QStringLiteral("category:data_protection"), 10},
        {QStringLiteral("category:compliment"), 30},
        {QStringLiteral("category:general_enquiry"), 150},
        // reasons for dissatisfaction: no update and not kept informed lead
        {QStringLiteral("reason:no_update"), 250},
        {QStringLiteral("reason:delay_in_attendance"), 150},
        {QStringLiteral("reason:attitude"), 120},
        {QStringLiteral("reason:not_kept_informed"), 180},
        {QStringLiteral("reason:outcome_disputed"), 110},
        {QStringLiteral("reason:property"), 50},
        {QStringLiteral("reason:online_reporting"), 50},
        {QStringLiteral("reason:no_call_back"), 70},
        {QStringLiteral("reason:other_dissatisfaction"), 20},
        {QStringLiteral("reason:where_is_vehicle"), 350},
        {QStringLiteral("reason:charges"), 300},
        {QStringLiteral("reason:release_documents"), 250},
        {QStringLiteral("reason:disposal"), 100},
        // outcomes of the 54% not resolved at first contact
        {QStringLiteral("outcome:referred"), 500},
        {QStringLiteral("outcome:callback"), 200},
        {QStringLiteral("outcome:signposted"), 180},
        {QStringLiteral("outcome:escalated_complaint"), 30},
        {QStringLiteral("outcome:intelligence_record"), 60},
    };
    return w;
}

const QString kFirstContact = QStringLiteral("resolved_first_contact");
constexpr int kFirstContactPerThousand = 460;

// London working hours, 08:00 to 18:59, with the morning and early-afternoon peaks.
const QList<int> kHourWeights = {6, 11, 14, 13, 9, 10, 13, 11, 8, 4, 1}; // 08 .. 18
// Monday busiest, weekends quiet (online channels only in practice): Mon .. Sun.
const int kWeekdayWeights[] = {24, 20, 19, 18, 15, 3, 1};

QString noteFor(const QString &category, const QString &reason, Random &r)
{
    // By reason where the category has reasons, otherwise by category.
    static const QHash<QString, QStringList> notes = {
        {QStringLiteral("no_update"),
         {QStringLiteral("Caller has had no update on their report and wants to know who is "
                         "dealing with it."),
          QStringLiteral("No update since the report three weeks ago; OIC emailed.")}},
        {QStringLiteral("delay_in_attendance"),
         {QStringLiteral("Caller says officers did not attend when promised.")}},
        {QStringLiteral("attitude"),
         {QStringLiteral("Caller felt the officer was dismissive on the phone.")}},
        {QStringLiteral("not_kept_informed"),
         {QStringLiteral("Caller was not told the case had been filed.")}},
        {QStringLiteral("outcome_disputed"),
         {QStringLiteral("Caller disagrees with the decision to take no further action.")}},
        {QStringLiteral("property"),
         {QStringLiteral("Caller wants property back that was taken as evidence.")}},
        {QStringLiteral("online_reporting"),
         {QStringLiteral("The online form failed twice when the caller tried to report.")}},
        {QStringLiteral("no_call_back"), {QStringLiteral("Promised call-back did not happen.")}},
        {QStringLiteral("where_is_vehicle"),
         {QStringLiteral("Asked where the vehicle is held; told which pound.")}},
        {QStringLiteral("charges"),
         {QStringLiteral("Asked what it costs to release the vehicle today.")}},
        {QStringLiteral("release_documents"),
         {QStringLiteral("Explained the documents needed to release the vehicle.")}},
        {QStringLiteral("disposal"),
         {QStringLiteral("Caller asked when the vehicle would be disposed of.")}},
        {QStringLiteral("victim_enquiry"),
         {QStringLiteral("Victim asked for an update on their case; officer in charge emailed."),
          QStringLiteral("Explained the Victims' Code rights and the next steps.")}},
        {QStringLiteral("traveller_encampment"),
         {QStringLiteral("Caller reported caravans on the field by the village hall; explained "
                         "what the council and landowner can do.")}},
        {QStringLiteral("fraud"),
         {QStringLiteral("Caller lost money to an online seller; signposted to Report Fraud.")}},
        {QStringLiteral("compliment"),
         {QStringLiteral("Caller wanted to thank the officers who helped last week.")}},
        {QStringLiteral("intelligence"),
         {QStringLiteral("Caller offered information about a car seen at night; offered "
                         "Crimestoppers.")}},
    };
    QStringList list = notes.value(reason);
    if (list.isEmpty())
        list = notes.value(category);
    const QString text = list.isEmpty()
                             ? QStringLiteral("Caller's enquiry answered; details checked.")
                             : list.at(r.below(static_cast<int>(list.size())));
    return QStringLiteral("[Training data] ") + text;
}

QString uuidFrom(Random &r)
{
    QByteArray bytes(16, Qt::Uninitialized);
    const quint64 a = r.next();
    const quint64 b = r.next();
    for (int i = 0; i < 8; ++i) {
        bytes[i] = static_cast<char>((a >> (8 * i)) & 0xff);
        bytes[8 + i] = static_cast<char>((b >> (8 * i)) & 0xff);
    }
    bytes[6] = static_cast<char>((bytes[6] & 0x0f) | 0x40); // version 4
    bytes[8] = static_cast<char>((bytes[8] & 0x3f) | 0x80); // RFC 4122 variant
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

QList<int> weightsFor(const QString &kind, const QStringList &codes)
{
    QList<int> out;
    for (const QString &code : codes)
        out.append(weights().value(kind + QLatin1Char(':') + code, kOtherWeight));
    return out;
}

} // namespace

bool isMadeUpName(const QString &name)
{
    const QStringList parts = name.split(QLatin1Char(' '));
    if (parts.size() != 2)
        return false;
    auto listed = [](const char *const *list, int count, const QString &word) {
        for (int i = 0; i < count; ++i)
            if (word == QLatin1String(list[i]))
                return true;
        return false;
    };
    return listed(kGivenNames, kGivenCount, parts.at(0)) &&
           listed(kSurnames, kSurnameCount, parts.at(1));
}

// ---- Generator -------------------------------------------------------------------------------

Generator::Generator(const Taxonomy &taxonomy, Options options)
    : m_options(std::move(options))
    , m_random(m_options.seed)
{
    if (!m_options.now.isValid())
        m_options.now = QDateTime::currentDateTimeUtc();
    m_options.now = m_options.now.toUTC();
    if (m_options.days < 1)
        m_options.days = 1;
    if (m_options.handlers.isEmpty())
        m_options.handlers << QStringLiteral("Demo Handler");
    using K = TaxonomyEntry::Kind;
    for (const TaxonomyEntry &e : taxonomy.entries(K::Channel))
        if (e.active)
            m_channels << e.code;
    for (const TaxonomyEntry &e : taxonomy.entries(K::Category)) {
        if (!e.active)
            continue;
        m_categories << e.code;
        QStringList reasons;
        for (const TaxonomyEntry &r : taxonomy.entries(K::Reason, e.code))
            if (r.active)
                reasons << r.code;
        m_reasonWeights << weightsFor(QStringLiteral("reason"), reasons);
        m_reasons << reasons;
    }
    for (const TaxonomyEntry &e : taxonomy.entries(K::Outcome)) {
        if (!e.active)
            continue;
        if (e.code == kFirstContact)
            m_hasFirstContact = true;
        else
            m_outcomes << e.code;
    }
    m_channelWeights = weightsFor(QStringLiteral("channel"), m_channels);
    m_categoryWeights = weightsFor(QStringLiteral("category"), m_categories);
    m_outcomeWeights = weightsFor(QStringLiteral("outcome"), m_outcomes);

    // Frequent callers: one for every 200 contacts (at least two), each ringing about 16
    // times in four weeks: enough to be flagged as repeat callers.
    m_frequent = std::max<qint64>(2, m_options.contacts / 200);
    m_people = m_frequent;

    // Vehicles: one for every 20 contacts, from the recovery operator's generator.
    Random vehicleSeed(m_random.next());
    vehicles::Generator vehicles(static_cast<quint32>(vehicleSeed.next()), m_options.now);
    const qint64 vehicleCount = std::max<qint64>(20, m_options.contacts / 20);
    for (qint64 i = 0; i < vehicleCount; ++i) {
        Vehicle v = vehicles.next();
        // A notice dated after `now` (a seizure in the last two days) has not been served yet.
        if (v.noticeServedAt > m_options.now)
            v.noticeServedAt = QDateTime();
        // Nor has a release or disposal after `now` happened: the vehicle is still held.
        if (v.releasedAt > m_options.now || v.disposedAt > m_options.now) {
            v.status = QStringLiteral("held");
            v.releasedAt = QDateTime();
            v.disposedAt = QDateTime();
        }
        m_vehicles.append(v);
        if (vrm::recognise(v.vrm).format == vrm::Format::Current)
            m_currentMarks << vrm::normalise(v.vrm);
    }
}

Generator::Person Generator::person(qint64 index) const
{
    // A person is a function of the seed and their number alone.
    quint64 state = m_options.seed ^ (0x5851f42d4c957f2dULL * static_cast<quint64>(index + 1));
    Random r(Random::splitmix64(state));
    Person p;
    const QString given = QLatin1String(kGivenNames[r.below(kGivenCount)]);
    const QString surname = QLatin1String(kSurnames[r.below(kSurnameCount)]);
    p.name = given + QLatin1Char(' ') + surname;
    p.phone = dramaNumber(static_cast<int>(index % dramaNumberCount()));
    p.email = QStringLiteral("%1.%2%3@%4")
                  .arg(given.toLower(), surname.toLower())
                  .arg(index)
                  .arg(QLatin1String(kEmailDomains[r.below(3)]));
    p.postcode = QStringLiteral("%1%2 %3%4%5")
                     .arg(QLatin1String(kPostcodeAreas[r.below(8)]))
                     .arg(r.range(1, 20))
                     .arg(r.below(10))
                     .arg(QLatin1Char(kInwardLetters[r.below(20)]))
                     .arg(QLatin1Char(kInwardLetters[r.below(20)]));
    // Drawn after the fields above, so those stay what they were for a seed.
    p.address = QStringLiteral("%1 %2")
                    .arg(r.range(1, 240))
                    .arg(QLatin1String(kStreets[r.below(kStreetCount)]));
    return p;
}

QString Generator::currentMark(Random &r) const
{
    // AB12CDE: two area letters, the age identifier (March 02-26, September 51-75), three
    // random letters; the letters I, Q and Z (and U in the area) are not used.
    static const char kArea[] = "ABCDEFGHJKLMNOPRSTVWXY";
    static const char kRandom[] = "ABCDEFGHJKLMNOPRSTUVWXY";
    QString m;
    m += QLatin1Char(kArea[r.below(22)]);
    m += QLatin1Char(kArea[r.below(22)]);
    const int year = r.range(2, 25);
    m += QStringLiteral("%1").arg(r.chance(500) ? year : year + 50, 2, 10, QLatin1Char('0'));
    for (int i = 0; i < 3; ++i)
        m += QLatin1Char(kRandom[r.below(23)]);
    return m;
}

QDateTime Generator::contactTime(Random &r, int dayOffsetFrom, int dayOffsetTo)
{
    const QDate today = londonDay(m_options.now);
    for (int attempt = 0;; ++attempt) {
        const QDate day = today.addDays(-r.range(dayOffsetFrom, dayOffsetTo));
        // Busy weekdays more often: accept the day in proportion to its weekday's weight.
        if (attempt < 20 && r.below(24) >= kWeekdayWeights[day.dayOfWeek() - 1])
            continue;
        const int hour = 8 + r.weighted(kHourWeights);
        const QTime time(hour, r.below(60), r.below(60));
        const QDateTime t = QDateTime(day, time, londonZone()).toUTC();
        if (t <= m_options.now && t.isValid())
            return t;
        if (attempt > 40) // nothing fits (a `now` before 08:00 and one day): any earlier time
            return m_options.now.addSecs(-r.range(60, 3600));
    }
}

DemoContact Generator::next()
{
    Random &r = m_random;
    DemoContact out;
    Contact &c = out.contact;
    const qint64 index = m_index++;
    c.id = uuidFrom(r);

    // Who: a frequent caller (8%), someone who has been in touch before (22%), or someone new.
    const int who = r.below(1000);
    bool frequent = false;
    if (who < 80) {
        out.person = r.below(static_cast<int>(std::min<qint64>(m_frequent, INT_MAX)));
        frequent = true;
    } else if (who < 300 && m_people > m_frequent) {
        const qint64 known = m_people - m_frequent;
        out.person = m_frequent + (known > INT_MAX ? r.below(INT_MAX) : r.below(int(known)));
    } else {
        out.person = m_people++;
    }
    const Person p = person(out.person);

    // When: a frequent caller's contacts fall in four weeks of their own.
    if (frequent && m_options.days > 28) {
        quint64 state = m_options.seed ^ (0x2545f4914f6cdd1dULL * quint64(out.person + 1));
        Random home(Random::splitmix64(state));
        const int start = home.below(m_options.days - 27);
        c.startedAt = contactTime(r, start, start + 27);
    } else {
        c.startedAt = contactTime(r, 0, m_options.days - 1);
    }

    c.handler = m_options.handlers.at(r.below(static_cast<int>(m_options.handlers.size())));
    c.team = m_options.team;
    c.channel = frequent && m_channels.contains(QStringLiteral("phone")) && r.chance(800)
                    ? QStringLiteral("phone")
                    : m_channels.value(r.weighted(m_channelWeights));
    const int category = r.weighted(m_categoryWeights);
    c.category = m_categories.value(category);
    const QStringList &reasons = m_reasons.at(category);
    if (!reasons.isEmpty())
        c.reason = reasons.at(r.weighted(m_reasonWeights.at(category)));

    // The caller's details the channel brings.
    const bool phone = c.channel == u"phone";
    const bool written = c.channel == u"email" || c.channel == u"online";
    c.callerName = r.chance(900) ? p.name : QString();
    if (phone || frequent || r.chance(written ? 350 : 500))
        c.callerPhone = p.phone;
    if (written || r.chance(c.channel == u"live_chat" ? 500 : 150))
        c.callerEmail = p.email;
    if (r.chance(c.channel == u"letter" ? 1000 : 550))
        c.postcode = p.postcode;
    // The address is taken with the postcode (no draw: the stream stays what it was).
    if (!c.postcode.isEmpty())
        c.address = p.address;
    // Agreeing to be told the outcome needs a way to be told.
    c.consentToOutcome = r.chance(400) && (!c.callerPhone.isEmpty() || !c.callerEmail.isEmpty());
    if (r.chance(350))
        c.reference = QStringLiteral("CAD-%1/%2")
                          .arg(r.range(1, 9999), 4, 10, QLatin1Char('0'))
                          .arg(inLondon(c.startedAt).date().year() % 100, 2, 10, QLatin1Char('0'));
    if (c.category == u"vehicle_recovery") {
        c.vrm = !m_currentMarks.isEmpty() && r.chance(700)
                    ? m_currentMarks.at(r.below(static_cast<int>(m_currentMarks.size())))
                    : currentMark(r);
    } else if (r.chance(40)) {
        c.vrm = currentMark(r);
    }
    c.notes = noteFor(c.category, c.reason, r);

    // Outcome: 46% resolved at first contact, as the report; the rest as the team refers.
    const bool resolved = m_hasFirstContact && r.chance(kFirstContactPerThousand);
    if (resolved || m_outcomes.isEmpty())
        c.outcome = kFirstContact;
    else if (c.category == u"intelligence" &&
             m_outcomes.contains(QStringLiteral("intelligence_record")) && r.chance(600))
        c.outcome = QStringLiteral("intelligence_record");
    else
        c.outcome = m_outcomes.at(r.weighted(m_outcomeWeights));
    const int dissatisfied = c.category == u"dissatisfaction"    ? (resolved ? 40 : 160)
                             : c.category == u"vehicle_recovery" ? 46
                                                                 : 20;
    c.remainedDissatisfied = r.chance(dissatisfied);

    // How long it took: calls have talk and wrap-up time.
    if (phone) {
        c.talkSeconds = r.range(90, 900);
        c.wrapUpSeconds = r.range(20, 300);
        c.endedAt = c.startedAt.addSecs(c.talkSeconds);
    } else {
        c.endedAt = c.startedAt.addSecs(r.range(120, 1200));
    }
    if (c.endedAt > m_options.now)
        c.endedAt = m_options.now;

    // Escalations: most formal complaints, every review request, and a few referrals and
    // call-backs; how far each has gone is settled later by the time it has had.
    QString type;
    if (c.outcome == u"escalated_complaint" && r.chance(600))
        type = QStringLiteral("formal_complaint");
    else if (c.category == u"vrr" && !resolved)
        type = QStringLiteral("vrr");
    else if (c.outcome == u"intelligence_record" && r.chance(100))
        type = QStringLiteral("intelligence_record");
    else if (c.outcome == u"referred" && r.chance(25))
        type = c.category == u"mental_health" ? QStringLiteral("safeguarding")
                                              : QStringLiteral("referral");
    else if (c.outcome == u"callback" && r.chance(40))
        type = QStringLiteral("callback");
    if (!type.isEmpty()) {
        out.escalationType = type;
        // Recent ones are anywhere in their life; older ones mostly done, some left open.
        const qint64 ageDays = c.startedAt.daysTo(m_options.now);
        const int stage =
            ageDays < 14 ? r.weighted({10, 25, 20, 25, 15, 5}) : r.weighted({2, 4, 4, 8, 27, 55});
        out.escalationTarget = allEscalationStatuses().at(stage);
    }

    // The SMS survey: about one caller in ten with a phone number answers it.
    if (!c.callerPhone.isEmpty() && r.chance(100)) {
        const QDateTime at = std::min(c.startedAt.addDays(2), m_options.now);
        for (const auto &[question, satisfied] : surveyQuestions())
            out.survey.append(
                {c.id, at, question, r.chance(satisfied) ? r.range(8, 10) : r.range(0, 7)});
    }
    (void)index;
    return out;
}

const QList<std::pair<QString, int>> &Generator::surveyQuestions()
{
    // DOMAIN.md: the share of answers rating 8 or more in one force's SMS survey.
    static const QList<std::pair<QString, int>> q = {
        {QStringLiteral("polite"), 830},    {QStringLiteral("time_taken"), 690},
        {QStringLiteral("helped"), 640},    {QStringLiteral("next_steps"), 600},
        {QStringLiteral("knowledge"), 770},
    };
    return q;
}

QJsonObject Generator::formFields(const FormDefinition &form, const Contact &contact,
                                  const QDate &today)
{
    QJsonObject values = prefillFromContact(form, contact);
    for (const FormField &f : form.fields) {
        if (isFilled(values.value(f.key)))
            continue;
        switch (f.type) {
        case FormField::Type::Text:
            values.insert(f.key, QStringLiteral("Training data: %1").arg(f.label));
            break;
        case FormField::Type::Date:
            values.insert(f.key, today.toString(Qt::ISODate));
            break;
        case FormField::Type::Choice:
            if (!f.choices.isEmpty())
                values.insert(f.key, f.choices.constFirst().code);
            else if (f.key == u"receiving_team" && !form.receivingTeams.isEmpty())
                values.insert(f.key, form.receivingTeams.constFirst().code);
            break;
        case FormField::Type::Bool:
            values.insert(f.key, true);
            break;
        case FormField::Type::Email:
            values.insert(f.key, QStringLiteral("caller@example.com"));
            break;
        case FormField::Type::Phone:
            values.insert(f.key, dramaNumber(0));
            break;
        }
    }
    // Rules that ask for a field to be empty (an anonymous record): clear what they name.
    for (int pass = 0; pass < 2; ++pass) {
        const QList<FieldError> errors = validateEscalationFields(form, values, today);
        if (errors.isEmpty())
            break;
        for (const FieldError &e : errors)
            if (isFilled(values.value(e.field)))
                values.remove(e.field);
    }
    return values;
}

} // namespace cd::demo
