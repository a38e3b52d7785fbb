// The vehicle CSV row mapper (app/core/vehicle.*, vehicles::CsvHeader and vehicles::fromRecord)
// behind `vehicles import`: the input is the recovery operator's CSV file, header first.
//
// Checks: no crash, leak or UB; a vehicle that maps is written in the operator's layout
// (toRecord) and read back to the same row and id.

#include "core/csv.h"
#include "core/vehicle.h"
#include "fuzzcheck.h"

#include <cstdint>

using namespace cd;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const csv::ParseResult parsed = csv::parse(fuzz::bytes(data, size));
    if (parsed.records.isEmpty())
        return 0;
    const Result<vehicles::CsvHeader> header =
        vehicles::CsvHeader::fromRecord(parsed.records.first());
    if (!header.ok())
        return 0;
    const Result<vehicles::CsvHeader> canonical =
        vehicles::CsvHeader::fromRecord(csv::Record{1, vehicles::columnNames()});
    FUZZ_CHECK(canonical.ok());
    for (qsizetype i = 1; i < parsed.records.size(); ++i) {
        const Result<Vehicle> vehicle = vehicles::fromRecord(header.value(), parsed.records.at(i));
        if (!vehicle.ok()) {
            FUZZ_CHECK(!vehicle.errorMessage().isEmpty());
            continue;
        }
        const Vehicle &v = vehicle.value();
        FUZZ_CHECK(!v.reference.isEmpty() && !v.vrm.isEmpty() && v.seizedAt.isValid());
        FUZZ_CHECK(v.id == vehicles::uuidForReference(v.reference));
        const QStringList row = vehicles::toRecord(v);
        FUZZ_CHECK(row.size() == vehicles::columnNames().size());
        (void)v.toJson();

        const QByteArray file =
            (csv::formatRecord(vehicles::columnNames()) + csv::formatRecord(row)).toUtf8();
        const csv::ParseResult again = csv::parse(file);
        FUZZ_CHECK(again.error.isEmpty());
        FUZZ_CHECK(again.records.size() == 2);
        const Result<Vehicle> back = vehicles::fromRecord(canonical.value(), again.records.at(1));
        if (!back.ok())
            std::fprintf(stderr, "%s\n", qPrintable(back.errorMessage()));
        FUZZ_CHECK(back.ok());
        FUZZ_CHECK(back.value().id == v.id);
        FUZZ_CHECK(vehicles::toRecord(back.value()) == row);
    }
    return 0;
}
