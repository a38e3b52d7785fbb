<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
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
</TS>
