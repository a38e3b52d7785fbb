// The CSV reader (app/core/csv.*): the whole-input parse, the incremental reader fed in
// pieces, and formatRecord read back.
//
// Checks: no crash, leak or UB; feeding the same bytes in pieces of any size gives the same
// records and error as parse(); a record written with formatRecord() parses back to the same
// fields.

#include "core/csv.h"
#include "fuzzcheck.h"

#include <cstdint>

using namespace cd;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const csv::ParseResult whole = csv::parse(input);
    FUZZ_CHECK(whole.error.isEmpty() == (whole.errorLine == 0));

    // The same bytes in pieces: the piece sizes come from the input itself.
    csv::Reader reader;
    QList<csv::Record> pieces;
    qsizetype at = 0;
    size_t step = 0;
    while (at < input.size()) {
        const qsizetype n = 1 + qsizetype(data[step++ % size] % 7);
        reader.feed(input.mid(at, n));
        at += n;
        while (reader.hasRecord())
            pieces.append(reader.take());
    }
    reader.finish();
    while (reader.hasRecord())
        pieces.append(reader.take());
    FUZZ_CHECK(reader.error() == whole.error);
    FUZZ_CHECK(reader.errorLine() == whole.errorLine);
    FUZZ_CHECK(pieces.size() == whole.records.size());
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        FUZZ_CHECK(pieces.at(i).line == whole.records.at(i).line);
        FUZZ_CHECK(pieces.at(i).fields == whole.records.at(i).fields);
    }

    // Lines only grow, and each record written out reads back as it was.
    int lastLine = 0;
    for (const csv::Record &record : whole.records) {
        FUZZ_CHECK(record.line > lastLine);
        lastLine = record.line;
        FUZZ_CHECK(!record.fields.isEmpty());
        if (record.fields.size() == 1 && record.fields.first().isEmpty())
            continue; // written as a blank line, which the reader skips
        // After a first line, so a leading U+FEFF in the field is not taken for a byte-order mark.
        const csv::ParseResult back =
            csv::parse("first\r\n" + csv::formatRecord(record.fields).toUtf8());
        FUZZ_CHECK(back.error.isEmpty());
        FUZZ_CHECK(back.records.size() == 2);
        FUZZ_CHECK(back.records.at(1).fields == record.fields);
    }
    return 0;
}
