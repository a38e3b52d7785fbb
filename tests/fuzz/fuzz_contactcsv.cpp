// The contacts CSV row mapper (app/core/contactcsv.*) behind `contacts import`: the input is a
// CSV file whose first record is the header; every further record is mapped to a contact
// against the shipped taxonomy.
//
// Checks: no crash, leak or UB; a failure names its line; a contact that maps is written out
// in the export layout and read back to the same row and id (what export then import does).

#include "core/contactcsv.h"
#include "core/csv.h"
#include "core/taxonomy.h"
#include "fuzzcheck.h"

#include <QFile>

#include <cstdint>

using namespace cd;

namespace {

const Taxonomy &taxonomy()
{
    static const Taxonomy t = [] {
        QFile f(QStringLiteral(":/contactdesk/taxonomy/taxonomy.json"));
        FUZZ_CHECK(f.open(QIODevice::ReadOnly));
        Result<Taxonomy> r = Taxonomy::fromJson(f.readAll(), f.fileName());
        FUZZ_CHECK(r.ok());
        return r.value();
    }();
    return t;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const csv::ParseResult parsed = csv::parse(fuzz::bytes(data, size));
    if (parsed.records.isEmpty())
        return 0;
    const Result<contactcsv::Header> header =
        contactcsv::Header::fromRecord(parsed.records.first());
    if (!header.ok())
        return 0;
    const contactcsv::ImportDefaults defaults{QStringLiteral("fuzz.handler"),
                                              QStringLiteral("fuzz_team")};
    const csv::Record exportHeader{1, contactcsv::columns()};
    const Result<contactcsv::Header> canonical = contactcsv::Header::fromRecord(exportHeader);
    FUZZ_CHECK(canonical.ok());
    for (qsizetype i = 1; i < parsed.records.size(); ++i) {
        const csv::Record &record = parsed.records.at(i);
        const Result<Contact> contact =
            contactcsv::fromRecord(header.value(), record, taxonomy(), defaults);
        if (!contact.ok()) {
            FUZZ_CHECK(
                contact.errorMessage().startsWith(QStringLiteral("line %1: ").arg(record.line)));
            continue;
        }
        const QStringList row = contactcsv::toRecord(contact.value());
        FUZZ_CHECK(row.size() == contactcsv::columns().size());
        FUZZ_CHECK(!contact.value().id.isEmpty());

        // Export and import again: the same row, the same id.
        const QByteArray file =
            (csv::formatRecord(contactcsv::columns()) + csv::formatRecord(row)).toUtf8();
        const csv::ParseResult again = csv::parse(file);
        FUZZ_CHECK(again.error.isEmpty());
        FUZZ_CHECK(again.records.size() == 2);
        const Result<Contact> back =
            contactcsv::fromRecord(canonical.value(), again.records.at(1), taxonomy(), defaults);
        if (!back.ok())
            std::fprintf(stderr, "%s\n", qPrintable(back.errorMessage()));
        FUZZ_CHECK(back.ok());
        FUZZ_CHECK(back.value().id == contact.value().id);
        FUZZ_CHECK(contactcsv::toRecord(back.value()) == row);
    }
    return 0;
}
