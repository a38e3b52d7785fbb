<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy">
<context>
    <name>ContactForm</name>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time on this contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>07700 900123</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SW1A 1AA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident or crime number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;utcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channe&amp;l</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postco&amp;de</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller consents to &amp;be told the outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categor&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VRM (reg. mar&amp;k)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller remained dissatisfied at &amp;wrap-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save contact (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ema&amp;il</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House number and street, e.g. Flat 2, 14 High St</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference (&amp;job no.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageStore</name>
    <message>
        <source>The message is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the contact before queuing its message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contact&apos;s message has already been sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the message is withheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the message %2 has not been sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: no message with id %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeMessage</name>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: quiet_hours needs a start and an end as HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: every enabled entry names one category and one outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: every template needs a category, an outcome and its English and Welsh text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message rules are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller did not consent to be told the outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no UK mobile number or email address to send it to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive matters are never sent an outcome message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A risk prompt was shown on this contact, so no message is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The force does not send outcome messages for this category and outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no message template for this category and outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contact cannot be sent an outcome message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway body template is not a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a receipt status means &quot;delivered&quot;, &quot;failed&quot; or &quot;&quot; (not final), not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;id&quot; or &quot;reference&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id or reference is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;status&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a delivery status the gateway is known to give</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Who is working at this desk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Quality of Service North</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every contact records who handled it. Tell Contact Desk who you are; you can change it later from the File menu. This workstation has no accounts, so you work as a handler: an administrator adds accounts (contactdesk-admin users add) for other roles.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
        <source>The password could not be kept in the system keychain (%1). It is used until Contact Desk closes and must be typed again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is kept in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shared database is set up: Sync &gt; Shared database… to connect</source>
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
    <name>cd::AccountStore</name>
    <message>
        <source>Wrong login or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator may add accounts or change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A login is lower-case letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account needs a name and a team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already an account &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the only administrator: make another account an administrator first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::AuditDialog</name>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who viewed, changed, searched for or exported a person&apos;s records. Your search is recorded in the log too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the person&apos;s phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or their email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a contact&apos;s reference, or a record id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who did it (a user&apos;s name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A day is written YYYY-MM-DD, for example 2026-11-30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search could not be recorded, so nothing is shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The newest %n entries are shown; narrow the search for the rest.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The export could not be recorded, so nothing was written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries written to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who viewed, changed, searched or exported a person&apos;s records (managers)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ComboTypeAhead</name>
    <message>
        <source>Nothing matches “%1”</source>
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
    <name>cd::Contact</name>
    <message>
        <source>Choose how the caller got in touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown channel &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the name under %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To tell the caller the outcome, take a phone number or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a category before saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown category &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a reason for this category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an outcome before saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown outcome &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the reference under %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A registration mark has at most 8 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes are limited to %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact has no start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact has no handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the vulnerability question: Yes (with the kind) or No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what makes the caller vulnerable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind of vulnerability &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinds of vulnerability are given only when the answer is Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the address under %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ContactAccess</name>
    <message>
        <source>This contact was taken by %1 of %2, not by you or your team. Why are you opening it? Your reason is kept in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why open this contact?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the contact</source>
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
    <message>
        <source>Time on this contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap-up %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk time %1; the wrap-up runs from the end of the call until the save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time on this contact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vulnerable?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is the caller, or anyone else, unable to protect themselves from harm? Answer Yes (with the kind, under THRIVE) or No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>THRIVE…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens next: will police attend, the reference and timescale given, advice, call back if nothing happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>THRIVE !…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>THRIVE ✓…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>THRIVE ↻…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new risk since THRIVE was answered: assess again (THRIVE…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>THRIVE was answered more than %n hour(s) ago: assess again (THRIVE…).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A risk phrase came up: THRIVE is needed for this contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>THRIVE is needed for this category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>THRIVE answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threat, Harm, Risk, Investigation, Vulnerability, Engagement: a note for each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt ✓…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An earlier matter of this caller or household is still open: assess again (THRIVE…). %1</source>
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
        <translation>Amser</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Sianel</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categori</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Galwr</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>Why</source>
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
        <translation>Sianel</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Galwr</translation>
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
        <translation>Categori</translation>
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
        <translation>Canlyniad</translation>
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
    <message>
        <source>Survey feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (below %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked for a reply: a reply task is open for the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked as needing a reply by %1: a reply task is open for the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment needs a &amp;reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller&apos;s latest comment needs an answer: the team gets a reply task due in 10 working days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot mark the comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed again at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed, not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>THRIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vulnerable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower grade %1 asked for by %2: waiting for a manager&apos;s sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowered with the sign-off of %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police will attend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police will not attend: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference given: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timescale: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice given: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Told to call back if nothing happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not told to call back if nothing happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made at %1: no earlier contacts of the caller found</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Made at %1: %n earlier contact(s) of the caller found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat-victim check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign off lower grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lower grade needs a manager&apos;s sign-off: the grade stays as it was until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed off: the lower grade stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a manager can sign off a lower grade; you are signed in as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An assessment again of the open contact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Escalations raised from this contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalations raised from this contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued, not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1, no delivery receipt yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered (sent %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withheld: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ContentReviewDialog</name>
    <message>
        <source>Guidance past its review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not checked against its sources in the last %n month(s), or never:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n guidance item(s) past review</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shipped guidance not checked against its sources in the last %n month(s): open the list</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <translation type="unfinished">Sianel</translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished">Categori</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished">Canlyniad</translation>
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
        <source>&amp;Team figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;My figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average talk time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average wrap-up time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average over %1 of %2 contacts: those without the time are left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You said, we did: what the team changed because of what callers said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey: share rated 8 or more, by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day of week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hour (London time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated 8 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callers&apos; comments (double-click to open the contact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply due in 10 working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>THRIVE done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome messages this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>THRIVE completed on %1 of %2 contacts that needed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vulnerability identified: %1 (question answered on %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens next recorded on %1 of %2 contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower grades signed off: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: THRIVE %2 of %3, %4 vulnerable, next steps %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: THRIVE %2 of %3, next steps %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raised by the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalations %1 and sent, not yet resolved (drafts are not counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalations %1 and sent, past their due date and not yet resolved (drafts are not counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat-victim checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat-victim check done on %1 of %2 contacts; repeat victims found: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: checked %2 of %3, %4 found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent, %2 delivered, %3 failed, %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::Database</name>
    <message>
        <source>The Contact Desk database %1 is locked by another program. Close any other Contact Desk window or admin command using this profile, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not a readable Contact Desk database: it may be damaged (%2). Nothing in it has been changed. Keep a copy for IT support, then move it aside or restore it from a backup, and start Contact Desk again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact Desk cannot read and write the database %1 (%2). Check that the folder exists, that the disk is not full and that you have permission to use the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact Desk could not open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SQLite driver gave no handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was written by a newer Contact Desk (schema %2; this version knows up to %3). Nothing in it has been changed. Install the newer Contact Desk, or open a different profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migration %1 is missing from the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact Desk could not upgrade the database %1 to schema %2 (%3): %4. Nothing was changed; the file is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::DemoSeed</name>
    <message>
        <source>%1 generated vehicles were refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot raise a demo escalation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demo survey answers were refused: %1</source>
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
        <source>Screen pop: start a contact for a call from &lt;number&gt; in the running Desk (starting one if none runs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The telephony&apos;s id for the call (with --caller or --hangup).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call has ended: talk time stops, wrap-up starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tel: link to pop, as --caller does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one tel: link or --caller NUMBER, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--caller and --hangup cannot be used together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contactdesk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--call-id goes with --caller or --hangup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Desk is running with this profile; there is no call to end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the manual page (roff).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the bash completion script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training mode: a made-up team&apos;s data in a temporary folder, sync off; your own profile is not read or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --demo: the seed of the made-up data (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contactdesk: %1; try contactdesk --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed needs --demo and a whole number, for example --demo --seed 7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo uses its own temporary profile; leave out --profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Contact Desk workstation for police public-contact teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Desk keeps its work in a local profile (by default ~/.local/share/ContactDesk/contactdesk) and syncs it with the shared database. One Desk runs per user and profile: a second start hands its request (a screen pop, a hang-up) to the running one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the help with Qt&apos;s own options too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 when the Desk closed normally or handed its request on; 1 when there was no call to end; 2 for a bad command line or a profile that cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Examples:
  contactdesk --profile /srv/training
  contactdesk --caller 01234567890 --call-id 77
  contactdesk --demo --seed 7
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::Escalation</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The escalation is already %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The escalation is closed; it cannot become %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An escalation that is %1 cannot become %2; it can only become %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::EscalationDesk</name>
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
    <message>
        <source>Escalation &amp;queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type of escalation to raise:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalations you raised and sent that are past their due date and not yet resolved (drafts are not counted: they have not been sent). My figures count the same; Team figures count the whole team&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My escalations OVERDUE: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of my escalations overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caller not named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the contact just saved at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact on the form and none just saved: the form starts empty and is linked to the contact typed next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the contact on the form: %1</source>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
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
    <message numerus="yes">
        <source>Not submitted: %n field(s) need attention.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
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
    <message>
        <source>&amp;Submit (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;draft</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::EscalationForm</name>
    <message>
        <source>This must be confirmed before the form is submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this under %1 characters (now %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a date as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected yes or no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::EscalationListModel</name>
    <message numerus="yes">
        <source>Overdue by %n working day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
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
    <message>
        <source>Immediate risk: due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller</source>
        <translation type="unfinished">Galwr</translation>
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
    <name>cd::EscalationReport</name>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(new)</source>
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
        <source>Police force (name not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The raising team keeps ownership of this referral and will follow it up until it is resolved. Please reply to the owner named above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported by %1 on %2. This document contains personal data: handle it under the force&apos;s data protection policy and do not pass it on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::EscalationStore</name>
    <message>
        <source>No escalation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no escalation form &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An escalation needs an owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised from contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The escalation is closed; its form can no longer be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form cannot be submitted until these are put right: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the note first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note is limited to 20000 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time the reply was asked for is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply asked for in survey feedback</source>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n OVERDUE</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
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
    <message>
        <source>There is no guidance for “%1”: carry on with the contact.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::IdleLock</name>
    <message>
        <source>Contact Desk is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was working here. Unlock to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is signed in. Enter your password to unlock.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ImprovementDialog</name>
    <message>
        <source>Improvement log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You said, we did: what the team changed because of what callers said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behind it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Root cause:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change made:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date of the change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissatisfaction &amp;reasons:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callers&apos; c&amp;omments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Root cause: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reason(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot add to the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered the entry you were typing (kept at %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ImprovementStore</name>
    <message>
        <source>An improvement belongs to a team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the issue was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date the change was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issue is limited to 2000 characters, the root cause and the change to 4000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a reason code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An improvement needs an author</source>
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
        <translation>Hanes y galwr</translation>
    </message>
    <message>
        <source>&amp;New contact</source>
        <translation>Cyswllt &amp;newydd</translation>
    </message>
    <message>
        <source>Start a new contact and its timer (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save contact</source>
        <translation>&amp;Cadw&apos;r cyswllt</translation>
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
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Cyswllt</translation>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Search “%1” — %n found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Caller history — %n earlier contact(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ Repeat caller: %1 contacts in %2 days, including this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Known caller: %n earlier contact(s) — see Caller history</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
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
    <message numerus="yes">
        <source>Local only · %n change(s) queued for sync</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The guidance suggests the %1 form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Contact Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Contact Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Contact Desk&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Logging public contact for police forces.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(development build)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller has hung up: talk time stops, wrap-up starts (F4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call could not be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call waiting: save this contact (Ctrl+Enter) to take it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call from %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (since %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>☎ Call waiting: %1. Save this contact (Ctrl+Enter) to take it, or F2 to discard this one and take it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call ended at %1: wrap-up time runs until the save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No call to end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call&apos;s talk time could not be kept (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call ended at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat-victim check %1: no earlier contacts of this caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>⚠ Repeat-victim check %1: %n earlier contact(s) of this caller — ask about them</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>repeat caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n contact(s), last %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(no name given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Household — %n other(s) at this address in %1 days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Search “%1” — first %n shown, more as you scroll</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::MessagePanel</name>
    <message>
        <source>Messages waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welsh (Cymraeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message to the caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue the message: it is sent outside quiet hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is withheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for withholding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withhold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n character(s), %1 text message(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No outcome message is waiting. One is proposed here when you save a contact whose caller agreed to be told the outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome message for the %1 contact at %2 (%3 waiting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By text message to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By email to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not queued: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the message is withheld, then choose Withhold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not withheld: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome message proposed: Ctrl+Shift+M to review it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review outcome message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::MonthlyReport</name>
    <message>
        <source>The report period is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts and first-contact resolution are written above every %1 bar; the CSV has every month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>third</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1th</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First contact: vulnerability, THRIVE and what happens next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>THRIVE completed where required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens next recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower grades signed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat-victim check done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat victims found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: THRIVE %2; next steps %3; repeat-victim check %4; %5 vulnerable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF output needs a QGuiApplication (the offscreen platform will do).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance report %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public contact performance report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team: %1    Period: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Produced %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts in this period for this team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key figures</source>
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
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s (over %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average talk time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average wrap-up time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callers who remained dissatisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat callers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value for money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team cost for the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (quoted as %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer hours saved (%1 resolved x %2 minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value of hours saved (at %1 an hour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per contact not set: the annual team cost is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set it with: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalations and their timeliness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average days to resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERDUE now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller satisfaction (rated 8 or above out of 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day of week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hour (London time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction by %1 (rated 8 or above: per question, of answers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2% of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You said, we did: changes made in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root cause: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behind it: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2 caller comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend of the reasons behind the changes (contacts a month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality dip sampling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts of the period reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews done: %1; average score %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
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
        <source>None recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments most complained about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly contacts and first-contact resolution</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::NextStepsDialog</name>
    <message>
        <source>What happens next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not yet said —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, police will attend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, police will not attend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will police attend?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— why not —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which agency will respond, or why not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. an officer will call within 48 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected timescale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Told to call back if nothing happens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::NextStepsRule</name>
    <message>
        <source>%1: &quot;next_steps_required&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: next_steps_required.%2 is true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an outcome code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>THRIVE is needed for this contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a risk prompt came up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the outcome (%1) promises police action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record what happens next (Next…): %1. Say whether police will attend.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::OpenMatterNotice</name>
    <message>
        <source>no grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grade %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vulnerable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not vulnerable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vulnerability not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>police will attend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>police will not attend (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what happens next not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalation open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no name given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n earlier matter(s) still open: assess again with THRIVE…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::OwnerFile</name>
    <message>
        <source>Cannot make %1 readable by its owner only: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::PracticePanel</name>
    <message>
        <source>What the caller says first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the caller about:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics to ask the caller about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter on a topic shows what the caller says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;sk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the caller about the chosen topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the caller has said:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the caller has said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the practice call and score it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scenario for the trainee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the scenario is about, for the trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the practice call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice call: press F2 to take the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice call could not be scored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No practice call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training &gt; Practice call… (Ctrl+Shift+P) starts one; Ctrl+Shift+L comes back to this tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller says: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone is ringing: press F2 to take the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the call: ask about a topic (Enter) and log the contact; saving it ends the practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice ended. Training &gt; Practice call… starts another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice calls are not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller</source>
        <translation type="unfinished">Galwr</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Practice call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a scenario: a made-up caller the trainee logs, scored against the rubric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Caller tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice score could not be kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport practice results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export practice results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice results written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::PracticeScenario</name>
    <message>
        <source>%1: not a practice scenario (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;id&quot; must be a lower_snake_case code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;title&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the caller needs a name and a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;opening_line&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topic &quot;%1&quot;: the id must be a new lower_snake_case code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topic &quot;%1&quot; needs a label and an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there are no topics for the trainee to ask about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown category &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown reason &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason &quot;%1&quot; belongs to category &quot;%2&quot;, not &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category &quot;%1&quot; needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown outcome &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown script &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>script &quot;%1&quot; has no step &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the walk must begin at step &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step &quot;%1&quot; does not lead to step &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the walk sets outcome &quot;%1&quot; but &quot;%2&quot; is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the walk tells the caller &quot;%1&quot; but &quot;%2&quot; is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the walk opens a %1 escalation that is not expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown escalation form &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind of risk &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the caller&apos;s name &quot;%1&quot; is not made from the demo generator&apos;s lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a number Ofcom keeps for drama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read or is too large</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::PracticeScoreDialog</name>
    <message>
        <source>Practice score: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points by criterion and what was missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the trainer to tick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1 of %2</source>
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
    <name>cd::ProfileStore</name>
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
    <name>cd::QaFiguresWidget</name>
    <message>
        <source>Quality reviews of my contacts (last 12 months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality reviews by criterion and month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality reviews of my contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality scores by criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of your contacts has been reviewed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reviews in the last 12 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n review(s), an average of %1 of %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (of %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::QaReviewDialog</name>
    <message>
        <source>Quality review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Draw sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the month&apos;s sample of each handler&apos;s contacts (the share and minimum are the profile&apos;s qa settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sampled contacts (Enter opens one):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampled contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished">Categori</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished">Sianel</translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontact (read-only):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Feedback for the handler:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback for the handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the month as YYYY-MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) drawn: %1 of each handler&apos;s month, at least %2 each.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sensitive contact(s) left out: you are not named to review them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sample drawn for %1 yet: Draw sample draws it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) in the sample for %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Total: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft could not be kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review saved: %1 of %2. The handler sees it on their dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality re&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a month&apos;s sample of the team&apos;s contacts and review them against the rubric (managers)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::QaSample</name>
    <message>
        <source>The share is a percentage from 0.01 to 100 with at most two decimals, such as 2 or 2.5, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::QaStore</name>
    <message>
        <source>Give the month to sample (YYYY-MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A review needs a reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; scores from 0 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A score names a criterion the rubric has not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback is limited to 4000 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact reviewed is not in this cache</source>
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
        <source>Open form (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open guidance (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;, which can indicate %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes mention %1. Ask the caller directly, and consider %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open guidance and form (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URGENT: strangulation (%1). Anyone in danger: 999 now. Consider %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::RiskDetector</name>
    <message>
        <source>%1: not a risk phrase list (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the list needs a version of 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the word class {%2} is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the list has no kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the kind %2 has no phrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) at %3: %4 %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shipped risk concept list is missing from the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses the unknown word class %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the context status &quot;%2&quot; is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the context direction &quot;%2&quot; is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the concept %2 has no words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a context scope ends at the unknown concept %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: carry names the unknown concept %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a rule needs an id and a kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the rule %2 uses the unknown concept %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the rule %2 needs concepts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the rule %2 names the unknown offer %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asked and denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: misspellings need words of at least four letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nested names the unknown concept %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not_nested_inside names the unknown concept %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an implication needs an id, a kind and what implies it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::Role</name>
    <message>
        <source>Handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::Rubric</name>
    <message>
        <source>the caller&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the caller&apos;s phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the caller&apos;s email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the incident or crime reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vehicle registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a rubric file (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;id&quot; must be a lower_snake_case code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;title&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criterion &quot;%1&quot;: the id must be a lower_snake_case code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criterion &quot;%1&quot; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criterion &quot;%1&quot; has no title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criterion &quot;%1&quot;: the weight must be 1 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criterion &quot;%1&quot; is ticked by a person and has no check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criterion &quot;%1&quot;: unknown check &quot;%2&quot; (known: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criterion &quot;%1&quot;: &quot;scoring&quot; must be &quot;auto&quot; or &quot;manual&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there are no criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the expected record has no category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the expected record has no outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the expected script and its steps go together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;attendance_told&quot; must be &quot;will_attend&quot; or &quot;will_not_attend&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the category was &quot;%1&quot;; this call is &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reason was &quot;%1&quot;; this call is &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the risk of %1 was not recognised: the notes do not mention it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the risk of %1 was prompted but the prompt was dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the risk of %1 was prompted but not acted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 guidance was not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 guidance did not reach step &quot;%2&quot; on the right branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>police will attend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>police will not attend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the caller was not told that %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the caller was told the wrong thing: this call is &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the guidance was not read to its end, so the caller may not know what happens next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the outcome was &quot;%1&quot;; this call is &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the notes do not mention &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 escalation was raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 escalation was raised that this call does not need</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ScreenPop</name>
    <message>
        <source>&quot;%1&quot; is not a phone number: use digits, spaces and an optional leading +</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller&apos;s number is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: it has %2 digits (3 to 15 expected)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::Script</name>
    <message>
        <source>an action has no type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a step must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the step has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the step has no type (prompt or question)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown step type &quot;%1&quot; (prompt or question)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON (%1 at offset %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a script must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the script has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; must be lower_snake_case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the script needs a whole-number version of 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the script has no title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the script names no category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the category &quot;%1&quot; is not in the taxonomy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the script cites no sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every source needs a title and a url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the script has no steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the step id is used more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start step &quot;%1&quot; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the step has no text to read or ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a question needs at least one answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a question may have at most %1 answers (number keys 1-9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a question continues through its answers, not &quot;next&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer %1 has no text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer %1 leads nowhere (no &quot;next&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer %1 leads to &quot;%2&quot;, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a prompt has no answers; make it a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;next&quot; leads to &quot;%1&quot;, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set_outcome needs an outcome code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set_outcome: &quot;%1&quot; is not an outcome in the taxonomy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open_escalation needs the form type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show_contacts lists no contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every contact to show needs a name and a detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record_attendance_told must be &quot;will_attend&quot; or &quot;will_not_attend&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the step cannot be reached from the start &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the script has no end step (a prompt without &quot;next&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no way to finish from this step (a loop with no end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key %1 appears twice in one object; name each key once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the title has %1 characters; at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the summary has %1 characters; at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the script has %1 steps; at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the step id is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the step&apos;s text or advice is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer %1 is longer than %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has %1 bytes; a script file may have at most %2 (1 MiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; (line %2)</source>
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
    <name>cd::ScriptSession</name>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the saved walk is of a different script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the saved walk does not begin at the script&apos;s start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the script has changed since this walk was saved (at step &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (version %2)%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, not finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller told: police will attend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller told: police will not attend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ScriptStore</name>
    <message>
        <source>%1 was not imported: %2 problem(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported: version %2 of &quot;%3&quot; is not newer than version %4 already in use</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ShortcutSheetDialog</name>
    <message>
        <source>F2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contact: clears the form and starts the call timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the contact (also from inside the notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search contacts; Enter moves to the results, Enter again opens one, Esc goes back to today&apos;s list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+underlined letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to that field, tab or menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typing in a drop-down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picks the first item whose words begin with what is typed (&quot;No c&quot; picks &quot;No call back&quot;); Alt+Down opens the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+G, then 1-9 / Backspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the guidance script&apos;s question / go back a step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F9 / Shift+F9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open / dismiss the guidance a risk banner offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the vehicle record&apos;s summary into the notes and link the VRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise an escalation from the current contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now with the shared database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End call: the caller has hung up; talk time stops and wrap-up time runs until the save (a hang-up from the telephony, or F2 for the next call, does the same)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move through the form in call order: channel, phone, email, name, postcode, consent, category, reason, reference, VRM, notes, outcome, remained dissatisfied, vulnerable, THRIVE, what happens next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the outcome message proposed for the caller: edit it, Send later or Withhold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::SignIn</name>
    <message>
        <source>Profile not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::SignInDialog</name>
    <message>
        <source>Sign in to Contact Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every contact records who handled it, and what you may see follows your account. Sign in with your login and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your login.</source>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no shared database is set up (Sync &gt; Shared database…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shared database did not accept the password (enter it again in Sync &gt; Shared database…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this login is not set up on the shared database (ask an administrator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shared database named in Sync &gt; Shared database… does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that database is not a Contact Desk shared database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s name is not known (check the network or the host name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shared database did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the network is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection to the shared database was lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shared database is not answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (last synced %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) from the server set aside</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) refused by the server</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — see sync status</source>
        <extracomment>After the sync state: &quot;2 rows from the server set aside — see sync status&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) from the shared database could not be stored here and were set aside; the rest of the sync went on (contactdesk-admin sync status lists them)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::Taxonomy</name>
    <message>
        <source>%1: not a taxonomy file (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;version&quot; must be a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 &quot;%3&quot; has no label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid code: use lower-case letters, digits and _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason &quot;%1&quot; names unknown category &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason &quot;%1&quot; is already used under category &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::Thrive</name>
    <message>
        <source>%1: &quot;%2&quot; is missing or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an entry of &quot;%2&quot; needs a lower_snake_case code and a label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; names %3 twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: grade %2 needs a rank above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the THRIVE questions %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: each element needs a lower_snake_case id, a label and a prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: element %2 is there twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the elements start with threat, harm, risk, investigation, vulnerability and engagement, in that order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a category code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: reassess_after_hours is a whole number of hours from 1 to 672</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a risk grade scale has at least two grades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: two grades share rank %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whether police will attend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why police will not attend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say in the note why police will not attend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a manager can sign off a lower risk grade; %1 is signed in as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lower risk grade is waiting for sign-off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ThriveDialog</name>
    <message>
        <source>THRIVE: assess again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>THRIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New facts since THRIVE was answered: read each note again and change what no longer holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short note for each: what the caller told you and what you think.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinds of vulnerability (ticking one answers Yes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not graded —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk grade</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::Training</name>
    <message>
        <source>TRAINING - not real data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Desk holds made-up training data. Nothing here is a real person or contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make a folder for the training data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset training data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this training Desk and open a fresh one on the same made-up data (seed %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training: nothing is synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training mode: made-up data, sync is off. Seed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Training mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a training Desk on made-up data; this Desk and its profile are left as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to the training folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset training data?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact you are typing has not been saved. Reset the training data and discard it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training Desk could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting a training Desk on made-up data; it opens in its own window in a few seconds. This Desk stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::VehiclePanel</name>
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
        <source>&lt;b&gt;Operator reference:&lt;/b&gt; %1&lt;/p&gt;</source>
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
    <message>
        <source>Registration mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past its disposal date (%1): it may already have been disposed of — check with the recovery operator before the caller travels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposal date close (%1): it may be disposed of soon — check with the recovery operator before the caller travels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large amount owed (%1): make sure the caller knows the full amount and can pay it before they travel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Status:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Owed now: %1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&apos;margin-bottom:0&apos;&gt;&lt;b&gt;To get it back&lt;/b&gt;&lt;/p&gt;&lt;ol style=&apos;margin-top:0&apos;&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;/ol&gt;&lt;p style=&apos;margin-bottom:0&apos;&gt;&lt;b&gt;Documents to bring&lt;/b&gt;&lt;/p&gt;&lt;ul style=&apos;margin-top:0&apos;&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The charges&lt;/b&gt;&lt;br&gt;removal %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::VehicleStore</name>
    <message>
        <source>could not read the vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no vehicle %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty: the first row must name the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not start the import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not prepare the import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: could not store the vehicle: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not queue the changes for sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not commit the import: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::callermatch</name>
    <message>
        <source>same phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name and postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::cli</name>
    <message>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options and arguments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This command group has no help yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 [--profile DIR] GROUP COMMAND [OPTIONS] [ARGUMENTS]
       %1 help [GROUP [COMMAND]]
       %1 --help | --version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works on a Contact Desk profile without the GUI. The default profile is
%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command groups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work on the profile in DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print this help; GROUP --help and GROUP COMMAND --help print a group&apos;s or a command&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the manual page (roff).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the bash completion script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 done but some input rejected, 2 usage, 3 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command group &quot;%1&quot;; try %2 --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown %1 command &quot;%2&quot;; the commands are: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown %1 command &quot;%2&quot;; the commands are: %3 (see %4 %1 --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot; for %2; see %3 %2 --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work on a Contact Desk profile and the shared database without the GUI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contactdesk-admin works on a Contact Desk profile (the handler&apos;s local database) without the GUI: it imports and exports contacts, writes reports, checks the audit log, and sets up and syncs with the shared PostgreSQL database. The default profile is ~/.local/share/ContactDesk/contactdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the help; GROUP --help and GROUP COMMAND --help print a group&apos;s or a command&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done, but some input was rejected; each is reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: a bad command, option or argument, named in the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: the database, a file or the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared database&apos;s password, when no --password-file or ~/.pgpass gives it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--profile needs a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;; try %2 --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; try %2 --help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::cli::Audit</name>
    <message>
        <source>edited: its fields no longer match its hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: the entry it follows is not in the log (an entry before it was deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of order: it is the first entry of the chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of order: it follows the entry in row %1, which is stored after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of order: it follows the entry in row %1, not the one before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown audit command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not read the audit log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit chain intact: %1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit chain broken at entry %1 (row %2, id %3, %4 %5 at %6): %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a day as YYYY-MM-DD, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit needs a number from 1 to 1000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more entries match than --limit %1: the newest are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit needs a command: verify or search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked against the shared database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not check the chain against the shared database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shared database holds no entry of this workstation&apos;s chain yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not read the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shared database&apos;s newest entry of this chain (%1 pushed) is entry %2 here: nothing it has was removed or rewritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit chain does not hold the shared database&apos;s newest entry from this workstation (id %1, %2 %3 at %4; %5 entries pushed): the newest entries were deleted, or the whole chain was rewritten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::cli::Help</name>
    <message>
        <source>Check that the local audit log was not edited, and search it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the entries about a person&apos;s contacts, a record or by a user, newest first; the search is itself logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s phone number: their contacts, the searches that returned them and the escalations raised from them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s email, as --phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record&apos;s id, or a contact&apos;s reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who did it (case does not matter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view, create, update, search, export, ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From this London day (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To this London day (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N entries, the newest (default 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import or export the profile&apos;s contacts as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the contacts of a CSV file; rows that cannot be stored are reported and set aside (exit 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every contact of the profile to a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List a caller&apos;s earlier contacts and why each matched: the same phone, email, name and postcode, or address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller&apos;s UK phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller&apos;s email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller&apos;s name; needs --postcode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A full UK postcode, with --name or --address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The house number and street: &quot;14 High St&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill a training profile with synthetic contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write N synthetic contacts, escalations and surveys; the same seed writes the same data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many contacts, from 1 to 10000000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The random seed (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spread the contacts over D days (1 to 3650, default 365).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time the last day ends (default: now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed a profile that already has contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List escalations or export one as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List escalations with their state and due time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only those past their due time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only those not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only those of this team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only those this person owns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only escalations of this type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count overdue as on this day (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write one escalation and its history as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The escalation&apos;s id, as list shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;You said, we did&quot;: the team&apos;s improvement log (managers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a change made, with the dissatisfaction reasons and comments behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What callers said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dissatisfaction reason it answers (give it again for more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A survey comment it answers (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team (default: the profile&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the log, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this month&apos;s changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue the message the Desk would propose for every saved, eligible contact not yet messaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send what is due through the gateway (never in quiet hours), with retries and one idempotency key per message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act as if it were this time (default: now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the messages: contact, channel, to, status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued, sending, sent, delivered, failed or withheld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the messages to a CSV file (owner-only) for a force that sends through another system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only messages in this status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the gateway&apos;s API key, read from standard input, in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the practice-call scenarios, or score a saved contact against one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the practice scenarios: id and title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score a saved contact of the profile against a scenario&apos;s expected record with the rubric; ticked criteria count 0 here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario (practice list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved contact to score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or change the handler profile and its settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the profile&apos;s name, role and team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the profile&apos;s name, role or team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handler&apos;s display name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handler or manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handler&apos;s team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a setting, or change it when VALUE is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting, for example repeat_caller.threshold or force.name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the channels, categories, reasons and outcomes, or add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print every entry with its kind, code and label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a force entry beside the national ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel, category, reason or outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new entry&apos;s code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What handlers see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category a reason belongs to (reasons only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a team&apos;s performance report, or recount the dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the performance report of one month or of up to 24 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month to report on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first month of a span.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last month of a span.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team (default: the profile&apos;s team).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file type to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recount the dashboard summaries from the contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check, import, list and try out guided scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a script file, or every script in a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a script, or a new version of one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the scripts with their versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read text on standard input and print the scripts it suggests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger phrases to use instead of the shipped ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which phrases matched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure the suggestions against labelled examples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labelled examples, one a line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print each example it got wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create or upgrade the shared database; add people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the shared database&apos;s schema. The password comes from PGPASSWORD or ~/.pgpass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A libpq connection string for an owner role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the schema changes the database lacks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person who may sync with the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display name, unique within the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database login to create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they may see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the new login&apos;s password from FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the caller survey&apos;s answers (all or nothing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the answers of the provider&apos;s CSV (contact_id, answered_at, a column per question id rated 0 to 10, comment, wants_reply) or the gateway&apos;s webhook file (JSON lines); a bad row stores nothing and is named by line and column. A reply asked for becomes a 10-working-day escalation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV or JSON-lines file to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync the profile with the shared database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send waiting changes and receive the server&apos;s, once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync once and stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host, port, database and user; kept in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password from FILE (else PGPASSWORD or ~/.pgpass).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print what waits to be sent, what was refused and when the profile last synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import and look up seized vehicles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the recovery operator&apos;s vehicle list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report progress on standard error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find vehicles by registration mark, or part of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mark or part of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N matches (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one vehicle and its storage charges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work out the charges at this time (default: now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a synthetic vehicle list for testing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many vehicles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The random seed (default 2024).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may sign in at this workstation and their role (an administrator&apos;s act; the first account is the administrator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an account; its password is kept only as an Argon2id hash. The first account is made the administrator and needs no --admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new account&apos;s login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s display name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handler (the default), manager, trainer or administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the new password (8 characters or more) from FILE&apos;s first line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator making the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the administrator&apos;s password from FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set an account&apos;s password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the new password from FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give an account another role: handler, manager, trainer or administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the accounts with their role and team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk the audit chain; exit 1 and name each entry that was edited, deleted or reordered. With a shared database set up, also check that the chain still holds the newest entry the server has from this workstation (its newest entries deleted, or the chain rewritten).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared database&apos;s password, when PGPASSWORD or ~/.pgpass does not give it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality dip sampling: draw a month&apos;s sample of each handler&apos;s contacts, and list the reviews (managers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw and keep the team&apos;s sample for the month: a share of each handler&apos;s contacts, at least the minimum, spread over categories and channels; sensitive matters only for reviewers allowed them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month to sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The percentage of each handler&apos;s contacts (default: the qa.share_percent setting, 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which draw (a whole number; default the month, YYYYMM): the same seed and contacts give the same sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the QA reviews, newest first: a manager sees the team&apos;s, a handler their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the reviews of this month&apos;s contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome messages to callers: queue, send through the gateway, delivery receipts, list, export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record delivery receipts: ask the gateway about each sent message not yet delivered or failed, or read its callback file (all or nothing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway&apos;s callbacks, one JSON object a line (id, reference, status).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::contactcsv</name>
    <message>
        <source>line %1: column &quot;%2&quot; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the header has no %2 column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields, but the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id &quot;%1&quot; is not a UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started_at is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started_at &quot;%1&quot; is not an ISO-8601 time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended_at &quot;%1&quot; is not an ISO-8601 time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remained_dissatisfied &quot;%1&quot; is not true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a number of seconds from 0 to 86400</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent_to_outcome &quot;%1&quot; is not true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vulnerable &quot;%1&quot; is not true or false</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::csv</name>
    <message>
        <source>line %1: a quoted field opens here and is not closed within %2 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the record is longer than %2 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a quoted field opens here and is not closed on its line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a quoted field opens here and has text after its closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains a NUL byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a quoted field opens here and is never closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::sync</name>
    <message>
        <source>Not connected to the shared database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n escalation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>changes waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <extracomment>&quot;3 contacts, 1 escalation&quot; waiting to reach the shared database</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::sync::ServerAdmin</name>
    <message>
        <source>&quot;%1&quot; is already the name of %2 in team %3 (as &quot;%4&quot;): each person in a team needs a name of their own, not the same one in other capitals or spacing (add a middle initial, for example). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::sync::ServerIdentity</name>
    <message>
        <source>The shared database did not accept this login and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared database cannot be reached (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Contact Desk user on the shared database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shared database keeps no audit chain heads (its schema is older than 14: run contactdesk-admin server upgrade)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::sync::SyncSession</name>
    <message>
        <source>This profile&apos;s name is &quot;%1&quot;, but the shared database knows the login %2 as &quot;%3&quot;. Change the profile&apos;s name to &quot;%3&quot; (or ask an administrator to change the login&apos;s name) and sync again. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::validation</name>
    <message>
        <source>Enter an email address like name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number can contain only digits, spaces and + ( ) -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a UK number (starting 0 or +44)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A UK number starts with 0 or +44, e.g. 07700 900123</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A UK number has 10 or 11 digits, e.g. 07700 900123</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a UK number in use (01, 02, 03, 05, 07, 08 or 09)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A UK mobile number has 11 digits, e.g. 07700 900123</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a full UK postcode, e.g. SW1A 1AA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has %1 characters; at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is before the year 2000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is more than a day in the future</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::vehicles</name>
    <message>
        <source>s.165A Road Traffic Act 1988 (no licence or no insurance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s.59 Police Reform Act 2002 (anti-social use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abandoned or broken down (Road Traffic Regulation Act 1984 s.99)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held as evidence (Police and Criminal Evidence Act 1984)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>illegally, dangerously or obstructively parked (Road Traffic Regulation Act 1984 s.99)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stolen vehicle recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two-wheeled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to 3.5 tonnes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over 3.5 and up to 7.5 tonnes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over 7.5 and up to 18 tonnes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over 18 tonnes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disposed of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the header has no %2 column (the first row must name the columns: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has %1 fields, the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vrm is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not one of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>laden &quot;%1&quot; is not true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>police_hold &quot;%1&quot; is not true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seized_at is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seized_at &quot;%1&quot; is not an ISO-8601 time such as 2024-03-05T14:30:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an ISO-8601 time such as 2024-03-05T14:30:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is before seized_at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status is released but released_at is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status is disposed but disposed_at is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 row has no valid weight_class or pence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no rate for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a charge schedule needs an id and an effective_from date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a removal row has no valid weight_class or pence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no charge schedule was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a disposal period needs effective_from and powers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vehicle has no removal time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no charge schedule covers a removal on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no removal charge for %2, %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time asked about is before the vehicle was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::vrm</name>
    <message>
        <source>no registration mark was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains characters other than letters and digits; check the mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I, Q and Z are not used in the first two letters of a current mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I and Q are not used in the last three letters of a current mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the age identifier %1 has not been issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I, O, Q, U and Z were not used as age letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I, Q and Z were not generally used in prefix marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I, Q and Z were not generally used in suffix marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q was not generally used in dateless marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a standard GB or Northern Ireland format (personalised, foreign, trade or diplomatic plates exist): check with the PNC or DVLA</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
