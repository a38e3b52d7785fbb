#include "core/taxonomy.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace cd {

namespace {
// lupdate reads this file's messages into the context cd::Taxonomy.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cd::Taxonomy)
};
} // namespace

QString TaxonomyEntry::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Channel:
        return QStringLiteral("channel");
    case Kind::Category:
        return QStringLiteral("category");
    case Kind::Reason:
        return QStringLiteral("reason");
    case Kind::Outcome:
        return QStringLiteral("outcome");
    }
    return {};
}

bool TaxonomyEntry::kindFromName(const QString &name, Kind *out)
{
    for (Kind k : {Kind::Channel, Kind::Category, Kind::Reason, Kind::Outcome}) {
        if (kindName(k) == name) {
            *out = k;
            return true;
        }
    }
    return false;
}

bool Taxonomy::isValidCode(const QString &code)
{
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9_]{0,47}$"));
    return re.match(code).hasMatch();
}

Result<Taxonomy> Taxonomy::fromJson(const QByteArray &json, const QString &origin)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull() || !doc.isObject())
        return Result<Taxonomy>::failure(
            Tr::tr("%1: not a taxonomy file (%2)").arg(origin, parseError.errorString()));
    const QJsonObject root = doc.object();
    Taxonomy taxonomy;
    taxonomy.m_version = root.value(QLatin1String("version")).toInt();
    if (taxonomy.m_version <= 0)
        return Result<Taxonomy>::failure(
            Tr::tr("%1: \"version\" must be a positive number").arg(origin));
    taxonomy.m_source = root.value(QLatin1String("source")).toString();
    taxonomy.m_reviewedOn =
        QDate::fromString(root.value(QLatin1String("reviewed_on")).toString(), Qt::ISODate);
    for (const QJsonValue &value : root.value(QLatin1String("sources")).toArray()) {
        const QJsonObject o = value.toObject();
        taxonomy.m_sources.append(
            {o.value(QLatin1String("title")).toString(), o.value(QLatin1String("url")).toString()});
    }

    auto addList = [&](const QJsonArray &list, TaxonomyEntry::Kind kind,
                       const QString &parent) -> Status {
        int sort = 0;
        for (const QJsonValue &value : list) {
            const QJsonObject o = value.toObject();
            TaxonomyEntry e;
            e.kind = kind;
            e.code = o.value(QLatin1String("code")).toString();
            e.label = o.value(QLatin1String("label")).toString();
            e.parent = parent;
            e.sort = sort++;
            if (e.label.isEmpty())
                return Status::failure(Tr::tr("%1: %2 \"%3\" has no label")
                                           .arg(origin, TaxonomyEntry::kindName(kind), e.code));
            if (Status s = taxonomy.add(e); !s)
                return Status::failure(origin + QStringLiteral(": ") + s.errorMessage());
        }
        return success();
    };

    using K = TaxonomyEntry::Kind;
    if (Status s = addList(root.value(QLatin1String("channels")).toArray(), K::Channel, {}); !s)
        return s.error();
    if (Status s = addList(root.value(QLatin1String("outcomes")).toArray(), K::Outcome, {}); !s)
        return s.error();
    const QJsonArray categories = root.value(QLatin1String("categories")).toArray();
    if (Status s = addList(categories, K::Category, {}); !s)
        return s.error();
    for (const QJsonValue &value : categories) {
        const QJsonObject o = value.toObject();
        const QString code = o.value(QLatin1String("code")).toString();
        if (Status s = addList(o.value(QLatin1String("reasons")).toArray(), K::Reason, code); !s)
            return s.error();
    }
    return taxonomy;
}

QList<TaxonomyEntry> Taxonomy::entries(TaxonomyEntry::Kind kind, const QString &parent) const
{
    QList<TaxonomyEntry> out;
    for (const TaxonomyEntry &e : m_entries)
        if (e.kind == kind && (kind != TaxonomyEntry::Kind::Reason || e.parent == parent))
            out.append(e);
    std::stable_sort(out.begin(), out.end(), [](const TaxonomyEntry &a, const TaxonomyEntry &b) {
        return a.sort < b.sort;
    });
    return out;
}

const TaxonomyEntry *Taxonomy::find(TaxonomyEntry::Kind kind, const QString &code) const
{
    for (const TaxonomyEntry &e : m_entries)
        if (e.kind == kind && e.code == code)
            return &e;
    return nullptr;
}

QString Taxonomy::label(TaxonomyEntry::Kind kind, const QString &code) const
{
    const TaxonomyEntry *e = find(kind, code);
    return e ? e->label : code;
}

Status Taxonomy::add(const TaxonomyEntry &entry)
{
    if (!isValidCode(entry.code))
        return Status::failure(
            Tr::tr("\"%1\" is not a valid code: use lower-case letters, digits and _")
                .arg(entry.code));
    if (entry.label.trimmed().isEmpty())
        return Status::failure(Tr::tr("\"%1\" needs a label").arg(entry.code));
    if (entry.kind == TaxonomyEntry::Kind::Reason) {
        if (!contains(TaxonomyEntry::Kind::Category, entry.parent))
            return Status::failure(Tr::tr("reason \"%1\" names unknown category \"%2\"")
                                       .arg(entry.code, entry.parent));
    }
    for (TaxonomyEntry &existing : m_entries) {
        if (existing.kind == entry.kind && existing.code == entry.code) {
            if (existing.parent != entry.parent)
                return Status::failure(Tr::tr("reason \"%1\" is already used under category \"%2\"")
                                           .arg(entry.code, existing.parent));
            existing = entry;
            return success();
        }
    }
    m_entries.append(entry);
    return success();
}

} // namespace cd
