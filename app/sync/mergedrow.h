#pragma once

#include <QJsonObject>

namespace cd::sync {

// A merged row's JSON-object columns (an escalation's form "fields") are merged value by value:
// {"fields": {"a": 1}} travels as {"fields.a": 1}, and comes back together. A "fields" value
// that is a string holding a JSON object counts as that object; an empty object travels as
// {"fields.": null} so that it comes back.
QJsonObject flatten(const QJsonObject &row);
QJsonObject unflatten(const QJsonObject &flat);

} // namespace cd::sync
