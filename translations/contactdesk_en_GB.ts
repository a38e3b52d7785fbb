<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>QObject</name>
    <message>
        <source>&amp;Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared &amp;database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be kept in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd</name>
    <message>
        <source>Outcome: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open escalation form: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show numbers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record: caller told police WILL attend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record: caller told police will NOT attend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the vehicle lookup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ConnectDialog</name>
    <message>
        <source>Shared database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ContactForm</name>
    <message>
        <source>— choose a category —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose an outcome —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no reasons for this category)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— reason —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ContactListModel</name>
    <message>
        <source> (dissatisfied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ContactViewDialog</name>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Told the outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, the caller consented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remained dissatisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk prompts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::DashboardWidget</name>
    <message>
        <source>Team dashboard: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My dashboard: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Monthly report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved at first contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average handling time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalations open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalations overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat callers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remained dissatisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfied (8+ of 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts by channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons for dissatisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts by handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments most complained about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a bar or slice to list the contacts behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 OVERDUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no survey answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts behind &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF with charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV of the same numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team figures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::Desk</name>
    <message>
        <source>Contact Desk cannot open its database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact Desk: log, guide and follow up public contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the profile in &lt;dir&gt; (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::EscalationDesk</name>
    <message>
        <source>Escalations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Raise from this contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;My escalations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalations OVERDUE: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No escalations overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise an escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2; due %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalations unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::EscalationDetailDialog</name>
    <message>
        <source>History and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note (notes cannot be changed once added)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; for %2&lt;br&gt;Status: %3 · Due %4 %5 · Owner %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2 — %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  Note by %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export escalation as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF not written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::EscalationDialog</name>
    <message>
        <source>Recovered the form you were filling in (kept at %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered changes you had not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the team chosen below</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Goes to %1. Due %n working day(s) after it is submitted.</source>
        <translation>
            <numerusform>Goes to %1. Due %n working day after it is submitted.</numerusform>
            <numerusform>Goes to %1. Due %n working days after it is submitted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not submitted: %n field(s) need attention.</source>
        <translation>
            <numerusform>Not submitted: %n field needs attention.</numerusform>
            <numerusform>Not submitted: %n fields need attention.</numerusform>
        </translation>
    </message>
    <message>
        <source>The escalation was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The escalation was saved as a draft but not submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the form?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you typed in this form has not been saved. Discard it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::EscalationListModel</name>
    <message numerus="yes">
        <source>Overdue by %n working day(s)</source>
        <translation>
            <numerusform>Overdue by %n working day</numerusform>
            <numerusform>Overdue by %n working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) left</source>
        <translation>
            <numerusform>%n working day left</numerusform>
            <numerusform>%n working days left</numerusform>
        </translation>
    </message>
    <message>
        <source>on track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::EscalationMonitor</name>
    <message>
        <source>OVERDUE: %1 for %2 (was due %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DUE TODAY: %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::EscalationsView</name>
    <message>
        <source>My escalations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team escalations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n escalation(s)</source>
        <translation>
            <numerusform>%n escalation</numerusform>
            <numerusform>%n escalations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n OVERDUE</source>
        <translation>
            <numerusform>, %n OVERDUE</numerusform>
            <numerusform>, %n OVERDUE</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::GuidancePanel</name>
    <message>
        <source>Choose a category to see its guidance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back (Backspace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole script as a tree, for trainers; can be exported as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some guidance could not be loaded and is not offered:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 — end of the script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller told: police WILL attend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller told: police will NOT attend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::MainWindow</name>
    <message>
        <source>Contact Desk — %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search caller, phone, reference, notes (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new contact and its timer (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sea&amp;rch contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is &amp;working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contact (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered the contact you were typing (kept at %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered an unsaved contact from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Today — %n contact(s)</source>
        <translation>
            <numerusform>Today — %n contact</numerusform>
            <numerusform>Today — %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Search “%1” — %n found</source>
        <translation>
            <numerusform>Search “%1” — %n found</numerusform>
            <numerusform>Search “%1” — %n found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Caller history — %n earlier contact(s)</source>
        <translation>
            <numerusform>Caller history — %n earlier contact</numerusform>
            <numerusform>Caller history — %n earlier contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ Repeat caller: %1 contacts in %2 days, including this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Known caller: %n earlier contact(s) — see Caller history</source>
        <translation>
            <numerusform>Known caller: %n earlier contact — see Caller history</numerusform>
            <numerusform>Known caller: %n earlier contacts — see Caller history</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new contact?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact you are typing has not been saved. Start a new one and discard it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contact started at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n field(s) need attention</source>
        <translation>
            <numerusform>Not saved: %n field needs attention</numerusform>
            <numerusform>Not saved: %n fields need attention</numerusform>
        </translation>
    </message>
    <message>
        <source>The contact was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

What you typed is kept and will be here when Contact Desk restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1 contact at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the draft could not be kept (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Local only · %n change(s) queued for sync</source>
        <translation>
            <numerusform>Local only · %n change queued for sync</numerusform>
            <numerusform>Local only · %n changes queued for sync</numerusform>
        </translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guidance suggests the %1 form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the guidance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ProfileDialog</name>
    <message>
        <source>Enter your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your team</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::RiskBanner</name>
    <message>
        <source>Dismiss (Shift+F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes mention &quot;%1&quot;, which can indicate %2. Ask the caller directly, and consider %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open form (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open guidance (F9)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ScriptOutlineDialog</name>
    <message>
        <source>Ask: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Script:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ continues at step &quot;%1&quot; (shown above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script &quot;%1&quot;, version %2, for the category %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>then → %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no script to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export outline as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outline not exported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::SyncStatusLabel</name>
    <message>
        <source>Last synced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) refused by the shared database</source>
        <translation>
            <numerusform>%n change refused by the shared database</numerusform>
            <numerusform>%n changes refused by the shared database</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::VehiclePanel</name>
    <message>
        <source>&amp;Registration mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. YC19 SON, or part of a mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching vehicles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add summary to contact notes (Ctrl+Shift+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import operator file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2 — %3, seized %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closeness %1 of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;No vehicle in the recovery list matches &lt;b&gt;%1&lt;/b&gt;. Check the mark with the caller, or with the PNC.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle %1 (%2, operator ref %3): %4 on %5 under %6; at %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposed of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held, on police hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charges as of %1: %2 (removal %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, no storage while on police hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, storage %1 day at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, storage %1 days at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, disposal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Some figures are still to be confirmed by the force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May be disposed of after %1 if not collected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner to bring: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Unusual mark (%1): check it with the PNC or DVLA.&lt;/i&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2 under %3&lt;br&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Where:&lt;/b&gt; %1&lt;br&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (police hold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Status:&lt;/b&gt; %1&lt;br&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Operator reference:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Owed now: %1&lt;/b&gt;&lt;br&gt;removal %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;no storage charged while on police hold (check local policy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;storage %1 period of 24 hours at %2 from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;storage %1 periods of 24 hours at %2 from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;disposal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;small&gt;%1 rates&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;small&gt;Not yet confirmed against the regulations: %1.&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Charges cannot be worked out: %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;May be disposed of after %1&lt;/b&gt; if not collected.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Documents to bring&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;/ul&gt;&lt;p&gt;&lt;b&gt;To get it back&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary added to the contact&apos;s notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the recovery operator&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 of %2 vehicles: %3 added, %4 updated, %5 unchanged, %6 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling the import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing: %1 rows read…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vehicle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
