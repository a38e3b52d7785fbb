// The COPY text reader used by the pull (app/sync/pg.cpp copySplitLine, which decodes each line
// the server sends for `COPY ... TO STDOUT`) and its writer copyAppendField, used by the push
// through encodeMirror (app/sync/copyencoder.*).
//
// Checks: no crash, leak or UB; any line splits; fields written with copyAppendField and
// copyAppendNull read back as they were; a line split, written and split again is stable.

#include "fuzzcheck.h"
#include "sync/pg.h"

#include <cstdint>

using namespace cd;

namespace {

QByteArray join(const QList<QByteArray> &fields)
{
    QByteArray line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i)
            line.append('\t');
        if (fields.at(i).isNull())
            sync::copyAppendNull(line);
        else
            sync::copyAppendField(line, fields.at(i));
    }
    return line;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // The input as one line from the server (libpq hands over each line without its newline).
    QList<QByteArray> fields;
    sync::copySplitLine(reinterpret_cast<const char *>(data), int(size), fields);
    FUZZ_CHECK(!fields.isEmpty());
    FUZZ_CHECK(fields.size() <= fuzz::bytes(data, size).count('\t') + 1);

    const QByteArray line = join(fields);
    QList<QByteArray> again;
    sync::copySplitLine(line.constData(), int(line.size()), again);
    FUZZ_CHECK(again.size() == fields.size());
    for (qsizetype i = 0; i < fields.size(); ++i) {
        FUZZ_CHECK(again.at(i).isNull() == fields.at(i).isNull());
        FUZZ_CHECK(again.at(i) == fields.at(i));
    }

    // The input as values to send: split at byte 0x1F, each piece a field; "\x1E" alone a NULL.
    QList<QByteArray> values;
    for (const QByteArray &piece : fuzz::bytes(data, size).split('\x1f'))
        values.append(piece == "\x1e" ? QByteArray() : piece.isEmpty() ? QByteArray("") : piece);
    const QByteArray sent = join(values);
    FUZZ_CHECK(!sent.contains('\n') && !sent.contains('\r'));
    QList<QByteArray> received;
    sync::copySplitLine(sent.constData(), int(sent.size()), received);
    FUZZ_CHECK(received.size() == values.size());
    for (qsizetype i = 0; i < values.size(); ++i) {
        FUZZ_CHECK(received.at(i).isNull() == values.at(i).isNull());
        FUZZ_CHECK(received.at(i) == values.at(i));
    }
    return 0;
}
