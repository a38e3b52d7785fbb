#pragma once

#include <QList>
#include <QString>

namespace cd {

// The schema's history: one SQL script per version, applied in order, each in a transaction.
struct Migration
{
    int version;
    QString name;
    QString resource; // Qt resource path of the script
};

const QList<Migration> &migrations();

} // namespace cd
