#pragma once

// Checks shared by every test program, core's included (this header needs nothing beyond
// core/result.h and QtTest).
//
// CD_VERIFY_OK(expr): expr is a cd::Result or cd::Status; on failure the test fails with the
// expression and the error's message, instead of QVERIFY(x.ok())'s bare "returned FALSE".
//
// CD_SKIP(reason): skips the test function, except where the test command asked for a run
// without skips (CONTACTDESK_NO_SKIP=1, set by tools/test.sh after install-deps.sh): there a
// missing tool or server is a failure, so a run that could not test something is never green.

#include "verify.h"
#include "core/result.h"

#include <QTest>
#include <QtGlobal>

namespace cd::test {

inline bool skipsAreFailures()
{
    return qEnvironmentVariable("CONTACTDESK_NO_SKIP") == QLatin1String("1");
}

template <typename R> QByteArray okFailureText(const char *expr, const R &result)
{
    return QByteArray(expr) + " failed: " + result.errorMessage().toUtf8();
}

} // namespace cd::test

#define CD_VERIFY_OK(expr)                                                                      \
    do {                                                                                        \
        const auto &cdVerifyResult_ = (expr);                                                   \
        if (!cdVerifyResult_.ok()) {                                                            \
            QTest::qFail(::cd::test::okFailureText(#expr, cdVerifyResult_).constData(),          \
                         __FILE__, __LINE__);                                                   \
            return;                                                                             \
        }                                                                                       \
    } while (false)

#define CD_SKIP(reason)                                                                         \
    do {                                                                                        \
        if (::cd::test::skipsAreFailures())                                                     \
            QFAIL(QByteArray(QByteArray(reason) +                                               \
                             " (CONTACTDESK_NO_SKIP=1: this run may not skip)")                 \
                      .constData());                                                            \
        QSKIP(reason);                                                                          \
    } while (false)
