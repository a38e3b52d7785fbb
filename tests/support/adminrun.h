#pragma once

// Runs the built contactdesk-admin on a profile and keeps what it printed, for the CLI tests.

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace cd::test {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

inline Run admin(const QString &profile, const QStringList &args,
                 const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
                 int timeoutMs = 120000)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CONTACTDESK_BIN_DIR "/contactdesk-admin"),
            QStringList{QStringLiteral("--profile"), profile} + args);
    if (!p.waitForFinished(timeoutMs))
        qFatal("contactdesk-admin did not finish");
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace cd::test
