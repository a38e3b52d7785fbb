#!/usr/bin/env python3
"""Writes schema-v14.sqlite: a profile database as Contact Desk left it at schema 14, before
the Europe/London day became the SQL function london_day() (schema 15).

The migrations 1 to 14 are read from git at REV (default: the last commit before the change),
so the triggers and views are the old program's, with their date() CASE expressions. Contacts,
escalations and resolutions lie around the clock changes of March and October 2025 to 2027,
many in the last hour of a UTC day, and the daily counts are the old triggers' own.

    tests/data/make-schema-v14.py [REV] > /dev/null   (run from the repository)
"""
import datetime as dt
import os
import sqlite3
import subprocess
import sys

rev = sys.argv[1] if len(sys.argv) > 1 else "316234d"
root = subprocess.check_output(["git", "rev-parse", "--show-toplevel"], text=True).strip()
out = os.path.join(root, "tests", "data", "schema-v14.sqlite")
if os.path.exists(out):
    os.remove(out)

names = subprocess.check_output(
    ["git", "-C", root, "ls-tree", "--name-only", rev, "app/storage/migrations/"], text=True
).split()
db = sqlite3.connect(out)
db.isolation_level = None
for version, name in enumerate(sorted(n for n in names if n.endswith(".sql")), start=1):
    assert os.path.basename(name).startswith("%03d_" % version), name
    if version > 14:
        break
    script = subprocess.check_output(["git", "-C", root, "show", "%s:%s" % (rev, name)], text=True)
    db.executescript("BEGIN;" + script + "; PRAGMA user_version = %d; COMMIT;" % version)
assert db.execute("PRAGMA user_version").fetchone()[0] == 14


def last_sunday(year, month):
    d = dt.date(year, month, 31)
    return d - dt.timedelta(days=(d.weekday() + 1) % 7)


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


handlers = [("A. Handler", "QoS North"), ("D. Patel", "QoS North"), ("B. Okafor", "QoS South")]
channels = ["phone", "email", "webchat"]
phones = ["07700900101", "07700900102", ""]
times = [(-1, 22, 30, 0, 0), (-1, 23, 0, 0, 0), (-1, 23, 30, 0, 0), (-1, 23, 59, 59, 999),
         (0, 0, 0, 0, 0), (0, 0, 59, 59, 999), (0, 1, 0, 0, 0), (0, 1, 30, 0, 0),
         (0, 12, 0, 0, 0), (0, 22, 59, 59, 999), (0, 23, 0, 0, 0), (0, 23, 30, 0, 0),
         (1, 0, 30, 0, 0)]
n = 0
complaints = []
for year in (2025, 2026, 2027):
    for month in (3, 10):
        sunday = last_sunday(year, month)
        for days, h, m, s, ms in times:
            start = dt.datetime.combine(sunday + dt.timedelta(days=days), dt.time(h, m, s, ms * 1000))
            n += 1
            handler, team = handlers[n % 3]
            category = "dissatisfaction" if n % 4 == 0 else "vehicle_recovery"
            reason = "attitude" if category == "dissatisfaction" else ("charges" if n % 2 else "")
            cid = "c-%04d" % n
            if category == "dissatisfaction":
                complaints.append((cid, start, handler, team))
            db.execute(
                "INSERT INTO contacts (id, started_at, ended_at, handler, team, channel, category, "
                "reason, outcome, remained_dissatisfied, caller_phone, caller_email, updated_hlc, "
                "origin, deleted) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'h', 'test', ?)",
                (cid, iso(start), iso(start + dt.timedelta(seconds=245)) if n % 5 else None,
                 handler, team, channels[n % 3], category, reason,
                 "resolved_first_contact" if n % 3 else "advice_given", 1 if n % 7 == 0 else 0,
                 phones[n % 3], "" if n % 3 != 2 else "sam%d@example.com" % (n % 2),
                 1 if n % 11 == 0 else 0))

for k, (cid, start, handler, team) in enumerate(complaints):
    eid = "e-%03d" % k
    raised = start.date()
    db.execute(
        "INSERT INTO escalations (id, contact_id, type, form_version, status, owner, team, "
        "receiving_team, raised_on, due_at, created_at, updated_at, updated_hlc, origin) "
        "VALUES (?, ?, 'formal_complaint', 1, 'resolved', ?, ?, ?, ?, ?, ?, ?, 'h', 'test')",
        (eid, cid, handler, team, ["lpa_south", "roads_policing"][k % 2], raised.isoformat(),
         (raised + dt.timedelta(days=k % 3)).isoformat(), iso(start), iso(start)))
    db.execute(
        "INSERT INTO escalation_events (id, escalation_id, from_status, to_status, actor, at, "
        "updated_hlc, origin) VALUES (?, ?, '', 'submitted', ?, ?, 'h', 'test')",
        (eid + "-s", eid, handler, iso(start)))
    # Resolved in the last hour of a UTC day, on the day or up to two days later; every third
    # reopened and resolved again half an hour past midnight UTC.
    done = dt.datetime.combine(raised + dt.timedelta(days=k % 3), dt.time(23, 30))
    db.execute(
        "INSERT INTO escalation_events (id, escalation_id, from_status, to_status, actor, at, "
        "updated_hlc, origin) VALUES (?, ?, 'in_progress', 'resolved', ?, ?, 'h', 'test')",
        (eid + "-r", eid, handler, iso(done)))
    if k % 3 == 0:
        again = done + dt.timedelta(hours=1)
        db.execute(
            "INSERT INTO escalation_events (id, escalation_id, from_status, to_status, actor, "
            "at, updated_hlc, origin) VALUES (?, ?, 'resolved', 'resolved', ?, ?, 'h', 'test')",
            (eid + "-r2", eid, handler, iso(again)))

db.execute("VACUUM")
db.close()
print(out, n, "contacts,", len(complaints), "escalations")
