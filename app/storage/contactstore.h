#pragma once

#include "core/callermatch.h"
#include "core/contact.h"
#include "core/result.h"
#include "core/thrive.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace cd {

class Database;

// What lists show of a contact, without loading its whole notes.
struct ContactSummary
{
    QString id;
    QDateTime startedAt;
    QString handler;
    QString channel;
    QString category;
    QString reason;
    QString outcome;
    QString callerName;
    QString callerPhone;
    QString callerEmail;
    QString reference;
    QString vrm;
    QString notesExcerpt;
    bool remainedDissatisfied = false;
    // Caller matching (issue 22): what the caller's keys are made of, and why a contact is in
    // a caller's history (none in other lists).
    QString postcode;
    QString address;
    callermatch::Reasons reasons;
};

// A place in a list of contacts, newest first: the key of one row. Lists are read a page at a
// time from this key (keyset paging on an index, never OFFSET), so a list of a million contacts
// costs no more to open than a list of ten.
struct ContactListKey
{
    QString startedAt; // as stored (ISO 8601 UTC text); empty in search lists, keyed by rowid
    qint64 rowid = 0;
    bool isNull() const { return rowid == 0; }
};

// What a list shows: today's contacts of a handler, or the contacts a search finds.
struct ContactListQuery
{
    enum class Kind { Day, Search };
    Kind kind = Kind::Day;
    QString handler; // Day
    QDate day;       // Day: a London day
    QString text;    // Search: what the person typed
    // Search: the full-text query the first page used (its prefixes expanded into the terms
    // they stand for), given back in ContactPage::match so the next pages need not look the
    // terms up again; empty: made from `text`.
    QString match;

    static ContactListQuery ofDay(const QString &handler, const QDate &day)
    {
        return {Kind::Day, handler, day, QString(), QString()};
    }
    static ContactListQuery ofSearch(const QString &text)
    {
        return {Kind::Search, QString(), QDate(), text, QString()};
    }
};

// One page of a list, newest first. Today's list is ordered by start time (then by rowid, so
// contacts started at the same moment keep one order). Search results are paged by when the
// contact came into this cache (rowid), newest first, as the full-text index reads them, and
// each page is listed by start time, as the single page of results always was.
struct ContactPage
{
    QList<ContactSummary> rows;
    QList<ContactListKey> keys; // one per row
    ContactListKey last;        // the last entry read (a deleted one included); next page after it
    bool more = false;          // there may be more entries after `last`
    bool ok = true;             // false: the page could not be read (or its audit record written)
    QString match;              // search: the full-text query used (ContactListQuery::match)
};

struct CallerHistory
{
    QList<ContactSummary> contacts; // most recent first
    // How many of the contacts matched by phone or email fall inside the repeat-caller window:
    // the repeat-caller rule counts those, as the reports do.
    int inWindow = 0;
    // Every earlier contact found, by any reason: the repeat-victim check's result.
    int matched = 0;
};

// Someone else who lives at the caller's address and was in touch in the household window.
struct HouseholdMember
{
    QString name; // as last given; empty when no name was taken
    int contacts = 0;
    QDateTime lastContact;
    bool repeatCaller = false; // one of their contacts in the window was flagged a repeat
    QStringList riskKinds;     // the kinds of risk prompted in those contacts, e.g. "domestic"
    QStringList contactIds;    // those contacts, most recent first
};

struct ImportCounts
{
    int added = 0;
    int alreadyPresent = 0; // stored with the same content: nothing to do
    // Positions (in the list imported) of rows whose id is stored with other content, or
    // deleted here: neither is changed by an import, and each is reported.
    QList<qsizetype> conflicts;
};

// Contacts in the local cache. Every write commits with its outbox entry and audit record;
// every read that shows personal data is audited.
class ContactStore
{
public:
    explicit ContactStore(Database &db)
        : m_db(db)
    {
    }

    // Saves (creates or updates) a contact; fills id, updated_hlc and origin. Clears the
    // named draft in the same transaction, so a saved contact never comes back as a draft.
    Status save(Contact &contact, const QString &actor, const QString &clearDraftSlot = {});
    // Adds contacts that are not already present (by id), in one transaction. A row whose id
    // is stored with the same content is counted as already present; with other content it
    // is a conflict and changes nothing.
    Result<ImportCounts> importContacts(const QList<Contact> &contacts, const QString &actor);

    // Reads one contact and records that `actor` viewed it.
    // Reads a contact and logs the view (with the reason, when one was asked for).
    Result<Contact> get(const QString &id, const QString &actor, const QString &reason = {});
    // Whose contact it is: its handler and team, read without personal data and not logged, so
    // the Desk can ask why before opening a contact that is not the reader's or their team's.
    struct Owner
    {
        QString handler;
        QString team;
    };
    Result<Owner> owner(const QString &id) const;

    QList<ContactSummary> listDay(const QString &handler, const QDate &localDay) const;
    // A page of a list, newest first: the entries after `after` (from the top when it is null),
    // at most `limit` of them; a search page records what it showed, as search() does.
    ContactPage page(const ContactListQuery &query, const ContactListKey &after, int limit,
                     const QString &actor);
    // The top of a list down to `through` (included), at most `limit` entries: what a list that
    // has read that far shows now, after a save or a sync.
    ContactPage pageThrough(const ContactListQuery &query, const ContactListKey &through, int limit,
                            const QString &actor);
    // How many contacts a handler has on a London day (today's list's title).
    int countDay(const QString &handler, const QDate &localDay) const;
    // Contacts by the same phone number or email, recent first; records the lookup.
    CallerHistory history(const QString &phone, const QString &email, const QDateTime &windowStart,
                          const QString &actor, int limit = 50);
    // Contacts of the same caller by any of callermatch's reasons (phone, email, name and
    // postcode, address), recent first, each with its reasons; the contact `excludeId` (the
    // one being logged) is left out. Offline, from the cache's indexes; records the lookup.
    CallerHistory history(const callermatch::CallerKeys &keys, const QDateTime &windowStart,
                          const QString &actor, const QString &excludeId = {}, int limit = 50);
    // The other people at the caller's address (callermatch::sameHousehold) with contacts since
    // `since`, most recent first; the caller's own contacts are not among them. Records the
    // lookup when it shows anyone.
    QList<HouseholdMember> household(const callermatch::CallerKeys &keys, const QDateTime &since,
                                     const QString &actor, const QString &excludeId = {});
    // Full-text search over caller, phone, email, reference, VRM and notes; recent first.
    QList<ContactSummary> search(const QString &text, const QString &actor, int limit = 200);
    // Every live contact, oldest first, for export. Stops early when `visit` returns false.
    Status forEach(const std::function<bool(const Contact &)> &visit) const;
    int count() const;

    static QString ftsQuery(const QString &text); // the FTS5 query for what a person typed

    // --- Risk grade sign-off (schema 21). A save that lowers the grade of a saved contact keeps
    // the saved grade and stores the lower one as a request (lastGradeChange() says so). A
    // manager (HandlerProfile::role; there is no other role system yet) signs it off: the
    // lower grade stands and who and when are kept. Refused for any other role.
    Status signOffDowngrade(const QString &id, const HandlerProfile &manager);
    GradeChange lastGradeChange() const { return m_lastGradeChange; }

private:
    Status write(Contact &contact, const QString &actor, const QString &clearDraftSlot,
                 const HandlerProfile *signedOffBy);

    Database &m_db;
    GradeChange m_lastGradeChange = GradeChange::None;
};

// A whole file of contacts imported in one transaction (BEGIN IMMEDIATE ... COMMIT): begin(),
// add() for each batch, commit(). Nothing is stored unless commit() succeeds; a failure or a
// killed process leaves the cache as it was. Rows are written through prepared statements on
// the connection's raw handle with the contacts triggers off (ContactBulkWrite catches up the
// full-text index, daily counts, repeat callers and escalation counts set-wise at commit()),
// and each added contact gets its outbox entry and its audit record, chained and queued.
class ContactImport
{
public:
    ContactImport(Database &db, const QString &actor);
    ~ContactImport(); // rolls back unless committed
    ContactImport(const ContactImport &) = delete;
    ContactImport &operator=(const ContactImport &) = delete;

    Status begin();
    // Adds the contacts that are not already present (by id). A row whose id is stored with
    // the same content is counted as already present; with other content it is a conflict
    // (its position in `contacts` is listed) and changes nothing.
    Result<ImportCounts> add(const QList<Contact> &contacts);
    Status commit();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

QString isoUtc(const QDateTime &time);

} // namespace cd
