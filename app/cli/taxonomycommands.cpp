#include "cli/cli.h"

#include "storage/taxonomystore.h"

namespace cd::cli {

int runTaxonomy(Context &ctx, const QStringList &arguments)
{
    QStringList args = arguments;
    if (args.isEmpty())
        return ctx.usage(QStringLiteral("taxonomy needs a command: list, add"));
    const QString command = args.takeFirst();
    Database *db = ctx.database();
    if (!db)
        return Failed;
    TaxonomyStore store(*db);
    if (command == QLatin1String("list")) {
        Result<Taxonomy> t = store.load();
        if (!t)
            return ctx.fail(t.errorMessage());
        using K = TaxonomyEntry::Kind;
        for (K kind : {K::Channel, K::Category, K::Outcome}) {
            for (const TaxonomyEntry &e : t->entries(kind)) {
                ctx.out << TaxonomyEntry::kindName(kind) << '\t' << e.code << '\t' << e.label
                        << '\t' << e.source << '\n';
                if (kind == K::Category)
                    for (const TaxonomyEntry &r : t->entries(K::Reason, e.code))
                        ctx.out << "reason\t" << r.code << '\t' << r.label << '\t' << r.source
                                << "\t(" << e.code << ")\n";
            }
        }
        ctx.out.flush();
        return Ok;
    }
    if (command == QLatin1String("add")) {
        // taxonomy add KIND CODE LABEL [--category CODE]
        bool hasCategory = false;
        const QString category = takeOption(args, QStringLiteral("--category"), &hasCategory);
        if (args.size() != 3)
            return ctx.usage(
                QStringLiteral("usage: taxonomy add channel|category|reason|outcome CODE LABEL "
                               "[--category CODE]"));
        TaxonomyEntry e;
        if (!TaxonomyEntry::kindFromName(args.at(0), &e.kind))
            return ctx.usage(QStringLiteral("kind must be channel, category, reason or outcome"));
        if ((e.kind == TaxonomyEntry::Kind::Reason) != hasCategory)
            return ctx.usage(
                QStringLiteral("a reason needs --category CODE, and only a reason takes one"));
        e.code = args.at(1);
        e.label = args.at(2);
        e.parent = category;
        if (Status s = store.addForceEntry(e); !s)
            return ctx.fail(s.errorMessage());
        ctx.out << "added " << TaxonomyEntry::kindName(e.kind) << ' ' << e.code << Qt::endl;
        return Ok;
    }
    return ctx.usage(QStringLiteral("unknown taxonomy command \"%1\"").arg(command));
}

} // namespace cd::cli
