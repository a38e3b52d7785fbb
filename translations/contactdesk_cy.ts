<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy">
<context>
    <name>ContactForm</name>
    <message>
        <source>Contact</source>
        <translation>Cyswllt</translation>
    </message>
    <message>
        <source>Time on this contact</source>
        <translation>Amser ar y cyswllt hwn</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Ffôn</translation>
    </message>
    <message>
        <source>07700 900123</source>
        <translation>07700 900123</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>SW1A 1AA</source>
        <translation>SW1A 1AA</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Rheswm</translation>
    </message>
    <message>
        <source>Incident or crime number</source>
        <translation>Rhif digwyddiad neu drosedd</translation>
    </message>
    <message>
        <source>Vehicle registration</source>
        <translation>Rhif cofrestru&apos;r cerbyd</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;odiadau</translation>
    </message>
    <message>
        <source>O&amp;utcome</source>
        <translation>&amp;Canlyniad</translation>
    </message>
    <message>
        <source>Channe&amp;l</source>
        <translation>&amp;Sianel</translation>
    </message>
    <message>
        <source>Postco&amp;de</source>
        <translation>Cod &amp;post</translation>
    </message>
    <message>
        <source>Caller consents to &amp;be told the outcome</source>
        <translation>Mae&apos;r galwr yn cydsynio i gael &amp;gwybod y canlyniad</translation>
    </message>
    <message>
        <source>Categor&amp;y</source>
        <translation>Ca&amp;tegori</translation>
    </message>
    <message>
        <source>VRM (reg. mar&amp;k)</source>
        <translation>VRM (&amp;marc cofrestru)</translation>
    </message>
    <message>
        <source>Caller remained dissatisfied at &amp;wrap-up</source>
        <translation>Roedd y galwr yn dal yn &amp;anfodlon ar y diwedd</translation>
    </message>
    <message>
        <source>Save contact (Ctrl+Enter)</source>
        <translation>Cadw&apos;r cyswllt (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Ema&amp;il</source>
        <translation>E-&amp;bost</translation>
    </message>
    <message>
        <source>House number and street, e.g. Flat 2, 14 High St</source>
        <translation>Rhif y tŷ a&apos;r stryd, e.e. Fflat 2, 14 Stryd Fawr</translation>
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
        <translation>Mae&apos;r neges yn wag</translation>
    </message>
    <message>
        <source>Save the contact before queuing its message</source>
        <translation>Cadwch y cyswllt cyn rhoi ei neges yn y ciw</translation>
    </message>
    <message>
        <source>This contact&apos;s message has already been sent</source>
        <translation>Mae neges y cyswllt hwn eisoes wedi&apos;i hanfon</translation>
    </message>
    <message>
        <source>Say why the message is withheld</source>
        <translation>Dywedwch pam mae&apos;r neges yn cael ei hatal</translation>
    </message>
    <message>
        <source>There is no such message</source>
        <translation>Nid oes neges o&apos;r fath</translation>
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
        <translation>Nid yw %1 yn wrthrych JSON: %2</translation>
    </message>
    <message>
        <source>%1 has no version</source>
        <translation>Nid oes fersiwn gan %1</translation>
    </message>
    <message>
        <source>%1: quiet_hours needs a start and an end as HH:MM</source>
        <translation>%1: mae angen amser dechrau ac amser gorffen ar quiet_hours ar ffurf HH:MM</translation>
    </message>
    <message>
        <source>%1: every enabled entry names one category and one outcome</source>
        <translation>%1: rhaid i bob cofnod sydd wedi&apos;i alluogi enwi un categori ac un canlyniad</translation>
    </message>
    <message>
        <source>%1: every template needs a category, an outcome and its English and Welsh text</source>
        <translation>%1: mae angen categori, canlyniad a&apos;r testun Saesneg a Chymraeg ar bob templed</translation>
    </message>
    <message>
        <source>The message rules are missing</source>
        <translation>Mae rheolau&apos;r negeseuon ar goll</translation>
    </message>
    <message>
        <source>The caller did not consent to be told the outcome.</source>
        <translation>Nid oedd y galwr wedi cydsynio i gael gwybod y canlyniad.</translation>
    </message>
    <message>
        <source>There is no UK mobile number or email address to send it to.</source>
        <translation>Nid oes rhif ffôn symudol yn y DU na chyfeiriad e-bost i&apos;w anfon ato.</translation>
    </message>
    <message>
        <source>Sensitive matters are never sent an outcome message.</source>
        <translation>Ni anfonir neges canlyniad byth am faterion sensitif.</translation>
    </message>
    <message>
        <source>A risk prompt was shown on this contact, so no message is sent.</source>
        <translation>Dangoswyd rhybudd risg ar y cyswllt hwn, felly ni anfonir neges.</translation>
    </message>
    <message>
        <source>The force does not send outcome messages for this category and outcome.</source>
        <translation>Nid yw&apos;r heddlu&apos;n anfon negeseuon canlyniad ar gyfer y categori a&apos;r canlyniad hwn.</translation>
    </message>
    <message>
        <source>There is no message template for this category and outcome.</source>
        <translation>Nid oes templed neges ar gyfer y categori a&apos;r canlyniad hwn.</translation>
    </message>
    <message>
        <source>This contact cannot be sent an outcome message.</source>
        <translation>Ni ellir anfon neges canlyniad ar gyfer y cyswllt hwn.</translation>
    </message>
    <message>
        <source>The gateway body template is not a JSON object: %1</source>
        <translation>Nid yw templed corff y porth yn wrthrych JSON: %1</translation>
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
        <translation type="unfinished">llinell %1: %2</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Who is working at this desk?</source>
        <translation>Pwy sy&apos;n gweithio wrth y ddesg hon?</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Enw</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Tîm</translation>
    </message>
    <message>
        <source>e.g. Quality of Service North</source>
        <translation>e.e. Ansawdd Gwasanaeth y Gogledd</translation>
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
        <translation>Cysoni &amp;nawr</translation>
    </message>
    <message>
        <source>Shared &amp;database…</source>
        <translation>&amp;Cronfa ddata a rennir…</translation>
    </message>
    <message>
        <source>The password could not be kept in the system keychain (%1). It is used until Contact Desk closes and must be typed again next time.</source>
        <translation>Nid oedd modd cadw&apos;r cyfrinair yng nghadwyn allweddi&apos;r system (%1). Caiff ei ddefnyddio nes bydd Contact Desk yn cau, a bydd rhaid ei deipio eto y tro nesaf.</translation>
    </message>
    <message>
        <source>The password is kept in the system keychain</source>
        <translation>Cedwir y cyfrinair yng nghadwyn allweddi&apos;r system</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Cysoni</translation>
    </message>
    <message>
        <source>No shared database is set up: Sync &gt; Shared database… to connect</source>
        <translation>Nid oes cronfa ddata a rennir wedi&apos;i gosod: Cysoni &gt; Cronfa ddata a rennir… i gysylltu</translation>
    </message>
</context>
<context>
    <name>cd</name>
    <message>
        <source>Outcome: %1</source>
        <translation>Canlyniad: %1</translation>
    </message>
    <message>
        <source>Open escalation form: %1</source>
        <translation>Agor ffurflen uwchgyfeirio: %1</translation>
    </message>
    <message>
        <source>Show numbers: %1</source>
        <translation>Dangos rhifau: %1</translation>
    </message>
    <message>
        <source>Record: caller told police WILL attend</source>
        <translation>Cofnodi: dywedwyd wrth y galwr y BYDD yr heddlu&apos;n mynychu</translation>
    </message>
    <message>
        <source>Record: caller told police will NOT attend</source>
        <translation>Cofnodi: dywedwyd wrth y galwr NA FYDD yr heddlu&apos;n mynychu</translation>
    </message>
    <message>
        <source>Open the vehicle lookup</source>
        <translation>Agor yr offeryn chwilio am gerbydau</translation>
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
        <translation>Log archwilio</translation>
    </message>
    <message>
        <source>Who viewed, changed, searched for or exported a person&apos;s records. Your search is recorded in the log too.</source>
        <translation>Pwy a welodd, a newidiodd, a chwiliodd am neu a allforiodd gofnodion unigolyn. Caiff eich chwiliad chi ei gofnodi yn y log hefyd.</translation>
    </message>
    <message>
        <source>the person&apos;s phone number</source>
        <translation>rhif ffôn yr unigolyn</translation>
    </message>
    <message>
        <source>or their email</source>
        <translation>neu eu cyfeiriad e-bost</translation>
    </message>
    <message>
        <source>a contact&apos;s reference, or a record id</source>
        <translation>cyfeirnod cyswllt, neu ID cofnod</translation>
    </message>
    <message>
        <source>who did it (a user&apos;s name)</source>
        <translation>pwy a&apos;i gwnaeth (enw defnyddiwr)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Ffôn:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-bost:</translation>
    </message>
    <message>
        <source>&amp;Record:</source>
        <translation>Cof&amp;nod:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Defnyddiwr:</translation>
    </message>
    <message>
        <source>&amp;From day:</source>
        <translation>&amp;O ddiwrnod:</translation>
    </message>
    <message>
        <source>&amp;To day:</source>
        <translation>&amp;I ddiwrnod:</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Eitemau&apos;r log archwilio</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Defnyddiwr</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Gweithred</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Cofnod</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Manylion</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Chwilio</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Allforio…</translation>
    </message>
    <message>
        <source>A day is written YYYY-MM-DD, for example 2026-11-30.</source>
        <translation>Mae diwrnod yn cael ei ysgrifennu ar ffurf YYYY-MM-DD, er enghraifft 2026-11-30.</translation>
    </message>
    <message>
        <source>The search could not be recorded, so nothing is shown: %1</source>
        <translation>Nid oedd modd cofnodi&apos;r chwiliad, felly ni ddangosir dim: %1</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n entries are shown; narrow the search for the rest.</source>
        <translation>
            <numerusform>Dangosir y %n eitem ddiweddaraf; culhewch y chwiliad i weld y gweddill.</numerusform>
            <numerusform>Dangosir y %n eitem ddiweddaraf; culhewch y chwiliad i weld y gweddill.</numerusform>
            <numerusform>Dangosir y %n eitem ddiweddaraf; culhewch y chwiliad i weld y gweddill.</numerusform>
            <numerusform>Dangosir y %n eitem ddiweddaraf; culhewch y chwiliad i weld y gweddill.</numerusform>
            <numerusform>Dangosir y %n eitem ddiweddaraf; culhewch y chwiliad i weld y gweddill.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries.</source>
        <translation>
            <numerusform>%n eitem.</numerusform>
            <numerusform>%n eitem.</numerusform>
            <numerusform>%n eitem.</numerusform>
            <numerusform>%n eitem.</numerusform>
            <numerusform>%n eitem.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export could not be recorded, so nothing was written: %1</source>
        <translation>Nid oedd modd cofnodi&apos;r allforio, felly nid ysgrifennwyd dim: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Methu ysgrifennu %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n entries written to %1.</source>
        <translation>
            <numerusform>Ysgrifennwyd %n eitem i %1.</numerusform>
            <numerusform>Ysgrifennwyd %n eitem i %1.</numerusform>
            <numerusform>Ysgrifennwyd %n eitem i %1.</numerusform>
            <numerusform>Ysgrifennwyd %n eitem i %1.</numerusform>
            <numerusform>Ysgrifennwyd %n eitem i %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit entries</source>
        <translation>Allforio eitemau&apos;r log archwilio</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Log archwilio…</translation>
    </message>
    <message>
        <source>Who viewed, changed, searched or exported a person&apos;s records (managers)</source>
        <translation>Pwy a welodd, a newidiodd, a chwiliodd neu a allforiodd gofnodion unigolyn (rheolwyr)</translation>
    </message>
</context>
<context>
    <name>cd::ComboTypeAhead</name>
    <message>
        <source>Nothing matches “%1”</source>
        <translation>Nid oes dim yn cyfateb i “%1”</translation>
    </message>
</context>
<context>
    <name>cd::ConnectDialog</name>
    <message>
        <source>Shared database</source>
        <translation>Cronfa ddata a rennir</translation>
    </message>
    <message>
        <source>kept in the system keychain</source>
        <translation>wedi&apos;i gadw yng nghadwyn allweddi&apos;r system</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>&amp;Gwesteiwr</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Porth</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>C&amp;ronfa ddata</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Defnyddiwr</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>&amp;Cyfrinair</translation>
    </message>
</context>
<context>
    <name>cd::Contact</name>
    <message>
        <source>Choose how the caller got in touch</source>
        <translation>Dewiswch sut y cysylltodd y galwr</translation>
    </message>
    <message>
        <source>Unknown channel &quot;%1&quot;</source>
        <translation>Sianel anhysbys &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Keep the name under %1 characters</source>
        <translation>Cadwch yr enw o dan %1 nod</translation>
    </message>
    <message>
        <source>To tell the caller the outcome, take a phone number or email</source>
        <translation>I roi gwybod i&apos;r galwr am y canlyniad, cymerwch rif ffôn neu gyfeiriad e-bost</translation>
    </message>
    <message>
        <source>Choose a category before saving</source>
        <translation>Dewiswch gategori cyn cadw</translation>
    </message>
    <message>
        <source>Unknown category &quot;%1&quot;</source>
        <translation>Categori anhysbys &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a reason for this category</source>
        <translation>Nid yw &quot;%1&quot; yn rheswm ar gyfer y categori hwn</translation>
    </message>
    <message>
        <source>Choose an outcome before saving</source>
        <translation>Dewiswch ganlyniad cyn cadw</translation>
    </message>
    <message>
        <source>Unknown outcome &quot;%1&quot;</source>
        <translation>Canlyniad anhysbys &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Keep the reference under %1 characters</source>
        <translation>Cadwch y cyfeirnod o dan %1 nod</translation>
    </message>
    <message>
        <source>A registration mark has at most 8 characters</source>
        <translation>Mae gan farc cofrestru 8 nod ar y mwyaf</translation>
    </message>
    <message>
        <source>Notes are limited to %1 characters</source>
        <translation>Mae nodiadau wedi&apos;u cyfyngu i %1 nod</translation>
    </message>
    <message>
        <source>The contact has no start time</source>
        <translation>Nid oes amser dechrau gan y cyswllt</translation>
    </message>
    <message>
        <source>The contact ends before it starts</source>
        <translation>Mae&apos;r cyswllt yn gorffen cyn iddo ddechrau</translation>
    </message>
    <message>
        <source>The contact has no handler</source>
        <translation>Nid oes triniwr galwadau gan y cyswllt</translation>
    </message>
    <message>
        <source>Answer the vulnerability question: Yes (with the kind) or No</source>
        <translation>Atebwch y cwestiwn am fregusrwydd: Ie (gyda&apos;r math) neu Na</translation>
    </message>
    <message>
        <source>Say what makes the caller vulnerable</source>
        <translation>Dywedwch beth sy&apos;n gwneud y galwr yn agored i niwed</translation>
    </message>
    <message>
        <source>Unknown kind of vulnerability &quot;%1&quot;</source>
        <translation>Math anhysbys o fregusrwydd &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Kinds of vulnerability are given only when the answer is Yes</source>
        <translation>Dim ond pan mai Ie yw&apos;r ateb y rhoddir mathau o fregusrwydd</translation>
    </message>
    <message>
        <source>Keep the address under %1 characters</source>
        <translation>Cadwch y cyfeiriad o dan %1 nod</translation>
    </message>
</context>
<context>
    <name>cd::ContactAccess</name>
    <message>
        <source>This contact was taken by %1 of %2, not by you or your team. Why are you opening it? Your reason is kept in the audit log.</source>
        <translation>Cymerwyd y cyswllt hwn gan %1 o %2, nid gennych chi na&apos;ch tîm. Pam ydych chi&apos;n ei agor? Cedwir eich rheswm yn y log archwilio.</translation>
    </message>
    <message>
        <source>Why open this contact?</source>
        <translation>Pam agor y cyswllt hwn?</translation>
    </message>
    <message>
        <source>Cannot open the contact</source>
        <translation>Methu agor y cyswllt</translation>
    </message>
</context>
<context>
    <name>cd::ContactForm</name>
    <message>
        <source>— choose a category —</source>
        <translation>— dewiswch gategori —</translation>
    </message>
    <message>
        <source>— choose an outcome —</source>
        <translation>— dewiswch ganlyniad —</translation>
    </message>
    <message>
        <source>(no reasons for this category)</source>
        <translation>(dim rhesymau ar gyfer y categori hwn)</translation>
    </message>
    <message>
        <source>— reason —</source>
        <translation>— rheswm —</translation>
    </message>
    <message>
        <source>Time on this contact</source>
        <translation>Amser ar y cyswllt hwn</translation>
    </message>
    <message>
        <source>Wrap-up %1</source>
        <translation>Gwaith ar ôl galwad %1</translation>
    </message>
    <message>
        <source>Talk time %1; the wrap-up runs from the end of the call until the save</source>
        <translation>Amser siarad %1; mae&apos;r gwaith ar ôl galwad yn rhedeg o ddiwedd yr alwad nes i chi gadw</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Gwaith ar ôl galwad</translation>
    </message>
    <message>
        <source>Time on this contact %1</source>
        <translation>Amser ar y cyswllt hwn %1</translation>
    </message>
    <message>
        <source>Vulnerable?</source>
        <translation>Agored i niwed?</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>Is the caller, or anyone else, unable to protect themselves from harm? Answer Yes (with the kind, under THRIVE) or No.</source>
        <translation>A yw&apos;r galwr, neu unrhyw un arall, yn methu amddiffyn ei hun rhag niwed? Atebwch Ie (gyda&apos;r math, o dan THRIVE) neu Na.</translation>
    </message>
    <message>
        <source>THRIVE…</source>
        <translation>THRIVE…</translation>
    </message>
    <message>
        <source>Ne&amp;xt…</source>
        <translation>&amp;Nesaf…</translation>
    </message>
    <message>
        <source>What happens next: will police attend, the reference and timescale given, advice, call back if nothing happens</source>
        <translation>Beth sy&apos;n digwydd nesaf: a fydd yr heddlu&apos;n mynychu, y cyfeirnod a&apos;r amserlen a roddwyd, cyngor, ffonio&apos;n ôl os na fydd dim yn digwydd</translation>
    </message>
    <message>
        <source>THRIVE !…</source>
        <translation>THRIVE !…</translation>
    </message>
    <message>
        <source>THRIVE ✓…</source>
        <translation>THRIVE ✓…</translation>
    </message>
    <message>
        <source>THRIVE ↻…</source>
        <translation>THRIVE ↻…</translation>
    </message>
    <message>
        <source>A new risk since THRIVE was answered: assess again (THRIVE…).</source>
        <translation>Risg newydd ers ateb THRIVE: aseswch eto (THRIVE…).</translation>
    </message>
    <message numerus="yes">
        <source>THRIVE was answered more than %n hour(s) ago: assess again (THRIVE…).</source>
        <translation>
            <numerusform>Atebwyd THRIVE fwy na %n awr yn ôl: aseswch eto (THRIVE…).</numerusform>
            <numerusform>Atebwyd THRIVE fwy na %n awr yn ôl: aseswch eto (THRIVE…).</numerusform>
            <numerusform>Atebwyd THRIVE fwy na %n awr yn ôl: aseswch eto (THRIVE…).</numerusform>
            <numerusform>Atebwyd THRIVE fwy na %n awr yn ôl: aseswch eto (THRIVE…).</numerusform>
            <numerusform>Atebwyd THRIVE fwy na %n awr yn ôl: aseswch eto (THRIVE…).</numerusform>
        </translation>
    </message>
    <message>
        <source>A risk phrase came up: THRIVE is needed for this contact.</source>
        <translation>Daeth ymadrodd risg i&apos;r amlwg: mae angen THRIVE ar gyfer y cyswllt hwn.</translation>
    </message>
    <message>
        <source>THRIVE is needed for this category.</source>
        <translation>Mae angen THRIVE ar gyfer y categori hwn.</translation>
    </message>
    <message>
        <source>THRIVE answered.</source>
        <translation>THRIVE wedi&apos;i ateb.</translation>
    </message>
    <message>
        <source>Threat, Harm, Risk, Investigation, Vulnerability, Engagement: a note for each</source>
        <translation>Bygythiad, Niwed, Risg, Ymchwilio, Bregusrwydd, Ymgysylltu: nodyn ar gyfer pob un</translation>
    </message>
    <message>
        <source>Ne&amp;xt ✓…</source>
        <translation>&amp;Nesaf ✓…</translation>
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
        <translation> (anfodlon)</translation>
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
        <translation>Pam</translation>
    </message>
</context>
<context>
    <name>cd::ContactViewDialog</name>
    <message>
        <source>Started</source>
        <translation>Dechreuwyd</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Hyd</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 mun %2 e</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Triniwr galwadau</translation>
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
        <translation>Ffôn</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Cod post</translation>
    </message>
    <message>
        <source>Told the outcome</source>
        <translation>Wedi cael gwybod y canlyniad</translation>
    </message>
    <message>
        <source>Yes, the caller consented</source>
        <translation>Ie, roedd y galwr wedi cydsynio</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categori</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <source>VRM</source>
        <translation>VRM</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>Remained dissatisfied</source>
        <translation>Wedi parhau&apos;n anfodlon</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>Guidance followed</source>
        <translation>Canllawiau a ddilynwyd</translation>
    </message>
    <message>
        <source>Contact at %1</source>
        <translation>Cyswllt am %1</translation>
    </message>
    <message>
        <source>Risk prompts</source>
        <translation>Rhybuddion risg</translation>
    </message>
    <message>
        <source>Survey feedback</source>
        <translation>Adborth o&apos;r arolwg</translation>
    </message>
    <message>
        <source>%1 of %2%3</source>
        <translation>%1 o %2%3</translation>
    </message>
    <message>
        <source> (below %1)</source>
        <translation> (o dan %1)</translation>
    </message>
    <message>
        <source>Asked for a reply: a reply task is open for the team</source>
        <translation>Gofynnwyd am ateb: mae tasg ateb ar agor i&apos;r tîm</translation>
    </message>
    <message>
        <source>Marked as needing a reply by %1: a reply task is open for the team</source>
        <translation>Nodwyd gan %1 fod angen ateb: mae tasg ateb ar agor i&apos;r tîm</translation>
    </message>
    <message>
        <source>Comment, %1</source>
        <translation>Sylw, %1</translation>
    </message>
    <message>
        <source>Comment needs a &amp;reply</source>
        <translation>Mae angen &amp;ateb i&apos;r sylw</translation>
    </message>
    <message>
        <source>The caller&apos;s latest comment needs an answer: the team gets a reply task due in 10 working days.</source>
        <translation>Mae angen ateb i sylw diweddaraf y galwr: bydd y tîm yn cael tasg ateb sy&apos;n ddyledus ymhen 10 diwrnod gwaith.</translation>
    </message>
    <message>
        <source>Cannot mark the comment</source>
        <translation>Methu marcio&apos;r sylw</translation>
    </message>
    <message>
        <source>Assessed again at %1</source>
        <translation>Aseswyd eto am %1</translation>
    </message>
    <message>
        <source>Needed, not answered</source>
        <translation>Angen, heb ei ateb</translation>
    </message>
    <message>
        <source>THRIVE</source>
        <translation>THRIVE</translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation>Ie: %1</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Heb ei ateb</translation>
    </message>
    <message>
        <source>Vulnerable</source>
        <translation>Agored i niwed</translation>
    </message>
    <message>
        <source>Lower grade %1 asked for by %2: waiting for a manager&apos;s sign-off</source>
        <translation>Gofynnodd %2 am radd is %1: yn aros i reolwr gymeradwyo</translation>
    </message>
    <message>
        <source>Lowered with the sign-off of %1 at %2</source>
        <translation>Gostyngwyd gyda chymeradwyaeth %1 am %2</translation>
    </message>
    <message>
        <source>Risk grade</source>
        <translation>Gradd risg</translation>
    </message>
    <message>
        <source>Police will attend</source>
        <translation>Bydd yr heddlu&apos;n mynychu</translation>
    </message>
    <message>
        <source>Police will not attend: %1</source>
        <translation>Ni fydd yr heddlu&apos;n mynychu: %1</translation>
    </message>
    <message>
        <source>Reference given: %1</source>
        <translation>Cyfeirnod a roddwyd: %1</translation>
    </message>
    <message>
        <source>Timescale: %1</source>
        <translation>Amserlen: %1</translation>
    </message>
    <message>
        <source>Advice given: %1</source>
        <translation>Cyngor a roddwyd: %1</translation>
    </message>
    <message>
        <source>Told to call back if nothing happens</source>
        <translation>Dywedwyd wrth y galwr am ffonio&apos;n ôl os na fydd dim yn digwydd</translation>
    </message>
    <message>
        <source>Not told to call back if nothing happens</source>
        <translation>Ni ddywedwyd wrth y galwr am ffonio&apos;n ôl os na fydd dim yn digwydd</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Beth sy&apos;n digwydd nesaf</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Heb ei gofnodi</translation>
    </message>
    <message>
        <source>Not made</source>
        <translation>Heb ei wneud</translation>
    </message>
    <message>
        <source>Made at %1: no earlier contacts of the caller found</source>
        <translation>Gwnaed am %1: ni chanfuwyd cysylltiadau cynharach gan y galwr</translation>
    </message>
    <message numerus="yes">
        <source>Made at %1: %n earlier contact(s) of the caller found</source>
        <translation>
            <numerusform>Gwnaed am %1: canfuwyd %n cyswllt cynharach gan y galwr</numerusform>
            <numerusform>Gwnaed am %1: canfuwyd %n cyswllt cynharach gan y galwr</numerusform>
            <numerusform>Gwnaed am %1: canfuwyd %n cyswllt cynharach gan y galwr</numerusform>
            <numerusform>Gwnaed am %1: canfuwyd %n cyswllt cynharach gan y galwr</numerusform>
            <numerusform>Gwnaed am %1: canfuwyd %n cyswllt cynharach gan y galwr</numerusform>
        </translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Cyfeiriad</translation>
    </message>
    <message>
        <source>Repeat-victim check</source>
        <translation>Gwiriad dioddefwr mynych</translation>
    </message>
    <message>
        <source>Risk: %1</source>
        <translation>Risg: %1</translation>
    </message>
    <message>
        <source>Change grade</source>
        <translation>Newid y radd</translation>
    </message>
    <message>
        <source>Sign off lower grade</source>
        <translation>Cymeradwyo gradd is</translation>
    </message>
    <message>
        <source>A lower grade needs a manager&apos;s sign-off: the grade stays as it was until then.</source>
        <translation>Mae angen i reolwr gymeradwyo gradd is: bydd y radd yn aros fel yr oedd tan hynny.</translation>
    </message>
    <message>
        <source>Grade changed.</source>
        <translation>Newidiwyd y radd.</translation>
    </message>
    <message>
        <source>Signed off: the lower grade stands.</source>
        <translation>Cymeradwywyd: mae&apos;r radd is mewn grym.</translation>
    </message>
    <message>
        <source>Only a manager can sign off a lower grade; you are signed in as %1.</source>
        <translation>Dim ond rheolwr all gymeradwyo gradd is; rydych wedi mewngofnodi fel %1.</translation>
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
        <translation type="unfinished">Math</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Statws</translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished">Yn ddyledus</translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished">heb ei osod</translation>
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
        <translation type="unfinished">Neges canlyniad</translation>
    </message>
</context>
<context>
    <name>cd::ContentReviewDialog</name>
    <message>
        <source>Guidance past its review date</source>
        <translation>Canllawiau sydd wedi mynd heibio i&apos;w dyddiad adolygu</translation>
    </message>
    <message numerus="yes">
        <source>Not checked against its sources in the last %n month(s), or never:</source>
        <translation>
            <numerusform>Heb eu gwirio yn erbyn eu ffynonellau yn ystod y %n mis diwethaf, neu erioed:</numerusform>
            <numerusform>Heb eu gwirio yn erbyn eu ffynonellau yn ystod y %n mis diwethaf, neu erioed:</numerusform>
            <numerusform>Heb eu gwirio yn erbyn eu ffynonellau yn ystod y %n mis diwethaf, neu erioed:</numerusform>
            <numerusform>Heb eu gwirio yn erbyn eu ffynonellau yn ystod y %n mis diwethaf, neu erioed:</numerusform>
            <numerusform>Heb eu gwirio yn erbyn eu ffynonellau yn ystod y %n mis diwethaf, neu erioed:</numerusform>
        </translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Cynnwys</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>Adolygwyd ar</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Ffeil</translation>
    </message>
    <message>
        <source>never</source>
        <translation>erioed</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n guidance item(s) past review</source>
        <translation>
            <numerusform>⚠ %n eitem o ganllawiau wedi mynd heibio i&apos;r dyddiad adolygu</numerusform>
            <numerusform>⚠ %n eitem o ganllawiau wedi mynd heibio i&apos;r dyddiad adolygu</numerusform>
            <numerusform>⚠ %n eitem o ganllawiau wedi mynd heibio i&apos;r dyddiad adolygu</numerusform>
            <numerusform>⚠ %n eitem o ganllawiau wedi mynd heibio i&apos;r dyddiad adolygu</numerusform>
            <numerusform>⚠ %n eitem o ganllawiau wedi mynd heibio i&apos;r dyddiad adolygu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shipped guidance not checked against its sources in the last %n month(s): open the list</source>
        <translation>
            <numerusform>Canllawiau a ddarparwyd heb eu gwirio yn erbyn eu ffynonellau yn ystod y %n mis diwethaf: agorwch y rhestr</numerusform>
            <numerusform>Canllawiau a ddarparwyd heb eu gwirio yn erbyn eu ffynonellau yn ystod y %n mis diwethaf: agorwch y rhestr</numerusform>
            <numerusform>Canllawiau a ddarparwyd heb eu gwirio yn erbyn eu ffynonellau yn ystod y %n mis diwethaf: agorwch y rhestr</numerusform>
            <numerusform>Canllawiau a ddarparwyd heb eu gwirio yn erbyn eu ffynonellau yn ystod y %n mis diwethaf: agorwch y rhestr</numerusform>
            <numerusform>Canllawiau a ddarparwyd heb eu gwirio yn erbyn eu ffynonellau yn ystod y %n mis diwethaf: agorwch y rhestr</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::DashboardWidget</name>
    <message>
        <source>Team dashboard: %1</source>
        <translation>Dangosfwrdd y tîm: %1</translation>
    </message>
    <message>
        <source>My dashboard: %1</source>
        <translation>Fy nangosfwrdd: %1</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Cysylltiadau</translation>
    </message>
    <message>
        <source>Resolved at first contact</source>
        <translation>Wedi&apos;u datrys yn y cyswllt cyntaf</translation>
    </message>
    <message>
        <source>Average handling time</source>
        <translation>Amser trin cyfartalog</translation>
    </message>
    <message>
        <source>Escalations open</source>
        <translation>Uwchgyfeiriadau ar agor</translation>
    </message>
    <message>
        <source>Escalations overdue</source>
        <translation>Uwchgyfeiriadau yn hwyr</translation>
    </message>
    <message>
        <source>Repeat callers</source>
        <translation>Galwyr mynych</translation>
    </message>
    <message>
        <source>Remained dissatisfied</source>
        <translation>Wedi parhau&apos;n anfodlon</translation>
    </message>
    <message>
        <source>Satisfied (8+ of 10)</source>
        <translation>Bodlon (8+ allan o 10)</translation>
    </message>
    <message>
        <source>Contacts by channel</source>
        <translation>Cysylltiadau fesul sianel</translation>
    </message>
    <message>
        <source>Contacts by category</source>
        <translation>Cysylltiadau fesul categori</translation>
    </message>
    <message>
        <source>Reasons for dissatisfaction</source>
        <translation>Rhesymau dros anfodlonrwydd</translation>
    </message>
    <message>
        <source>Contacts by month</source>
        <translation>Cysylltiadau fesul mis</translation>
    </message>
    <message>
        <source>Contacts by handler</source>
        <translation>Cysylltiadau fesul triniwr galwadau</translation>
    </message>
    <message>
        <source>Departments most complained about</source>
        <translation>Yr adrannau y cwynir amdanynt fwyaf</translation>
    </message>
    <message>
        <source>Click a bar or slice to list the contacts behind it.</source>
        <translation>Cliciwch far neu sleisen i restru&apos;r cysylltiadau y tu ôl iddo.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Dechreuwyd</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Triniwr galwadau</translation>
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
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>Figures could not be loaded: %1</source>
        <translation>Nid oedd modd llwytho&apos;r ffigurau: %1</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Ysgrifennwyd yr adroddiad i %1</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>Nid oedd modd ysgrifennu&apos;r adroddiad: %1</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Wrthi&apos;n diweddaru…</translation>
    </message>
    <message>
        <source>%1 OVERDUE</source>
        <translation>%1 YN HWYR</translation>
    </message>
    <message>
        <source>%1 of %2 answers</source>
        <translation>%1 o %2 ateb</translation>
    </message>
    <message>
        <source>no survey answers</source>
        <translation>dim atebion i&apos;r arolwg</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Diweddarwyd %1</translation>
    </message>
    <message>
        <source>Contacts behind &quot;%1&quot;</source>
        <translation>Cysylltiadau y tu ôl i &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Wrthi&apos;n ysgrifennu&apos;r adroddiad…</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>Adroddiad misol</translation>
    </message>
    <message>
        <source>PDF with charts</source>
        <translation>PDF gyda siartiau</translation>
    </message>
    <message>
        <source>CSV of the same numbers</source>
        <translation>CSV o&apos;r un rhifau</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Mis:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Fformat:</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Cadw&apos;r adroddiad</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Team figures</source>
        <translation>Ffigurau&apos;r &amp;tîm</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Cyfnod:</translation>
    </message>
    <message>
        <source>Monthly report…</source>
        <translation>Adroddiad misol…</translation>
    </message>
    <message>
        <source>&amp;My figures</source>
        <translation>&amp;Fy ffigurau</translation>
    </message>
    <message>
        <source>Average talk time</source>
        <translation>Amser siarad cyfartalog</translation>
    </message>
    <message>
        <source>Average wrap-up time</source>
        <translation>Amser cyfartalog gwaith ar ôl galwad</translation>
    </message>
    <message>
        <source>Average over %1 of %2 contacts: those without the time are left out</source>
        <translation>Cyfartaledd dros %1 o %2 cyswllt: mae&apos;r rhai heb yr amser wedi&apos;u hepgor</translation>
    </message>
    <message>
        <source>Improvement log…</source>
        <translation>Log gwella…</translation>
    </message>
    <message>
        <source>You said, we did: what the team changed because of what callers said</source>
        <translation>Dywedoch chi, fe wnaethom ni: beth newidiodd y tîm oherwydd yr hyn a ddywedodd galwyr</translation>
    </message>
    <message>
        <source>Survey: share rated 8 or more, by</source>
        <translation>Arolwg: cyfran a roddodd sgôr o 8 neu fwy, fesul</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>sianel</translation>
    </message>
    <message>
        <source>category</source>
        <translation>categori</translation>
    </message>
    <message>
        <source>handler</source>
        <translation>triniwr galwadau</translation>
    </message>
    <message>
        <source>team</source>
        <translation>tîm</translation>
    </message>
    <message>
        <source>day of week</source>
        <translation>diwrnod o&apos;r wythnos</translation>
    </message>
    <message>
        <source>hour (London time)</source>
        <translation>awr (amser Llundain)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grŵp</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Cwestiwn</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Atebion</translation>
    </message>
    <message>
        <source>Rated 8 or more</source>
        <translation>Sgôr o 8 neu fwy</translation>
    </message>
    <message>
        <source>Callers&apos; comments (double-click to open the contact)</source>
        <translation>Sylwadau galwyr (cliciwch ddwywaith i agor y cyswllt)</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Atebwyd</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Ateb</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Sylw</translation>
    </message>
    <message>
        <source>Reply due in 10 working days</source>
        <translation>Ateb yn ddyledus ymhen 10 diwrnod gwaith</translation>
    </message>
    <message>
        <source>THRIVE done</source>
        <translation>THRIVE wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>Next steps told</source>
        <translation>Camau nesaf wedi&apos;u dweud</translation>
    </message>
    <message>
        <source>Outcome messages this month</source>
        <translation>Negeseuon canlyniad y mis hwn</translation>
    </message>
    <message>
        <source>THRIVE completed on %1 of %2 contacts that needed it</source>
        <translation>Cwblhawyd THRIVE ar %1 o %2 cyswllt a oedd ei angen</translation>
    </message>
    <message>
        <source>Vulnerability identified: %1 (question answered on %2)</source>
        <translation>Bregusrwydd wedi&apos;i nodi: %1 (cwestiwn wedi&apos;i ateb ar %2)</translation>
    </message>
    <message>
        <source>What happens next recorded on %1 of %2 contacts</source>
        <translation>Beth sy&apos;n digwydd nesaf wedi&apos;i gofnodi ar %1 o %2 cyswllt</translation>
    </message>
    <message>
        <source>Lower grades signed off: %1 of %2</source>
        <translation>Graddau is wedi&apos;u cymeradwyo: %1 o %2</translation>
    </message>
    <message>
        <source>%1: THRIVE %2 of %3, %4 vulnerable, next steps %5</source>
        <translation>%1: THRIVE %2 o %3, %4 yn agored i niwed, camau nesaf %5</translation>
    </message>
    <message>
        <source>%1: THRIVE %2 of %3, next steps %4</source>
        <translation>%1: THRIVE %2 o %3, camau nesaf %4</translation>
    </message>
    <message>
        <source>raised by the team</source>
        <translation>a godwyd gan y tîm</translation>
    </message>
    <message>
        <source>you raised</source>
        <translation>a godwyd gennych chi</translation>
    </message>
    <message>
        <source>Escalations %1 and sent, not yet resolved (drafts are not counted)</source>
        <translation>Uwchgyfeiriadau %1 ac a anfonwyd, heb eu datrys eto (ni chaiff drafftiau eu cyfrif)</translation>
    </message>
    <message>
        <source>Escalations %1 and sent, past their due date and not yet resolved (drafts are not counted)</source>
        <translation>Uwchgyfeiriadau %1 ac a anfonwyd, sydd wedi mynd heibio i&apos;w dyddiad dyledus a heb eu datrys eto (ni chaiff drafftiau eu cyfrif)</translation>
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
        <translation>Mae rhaglen arall wedi cloi cronfa ddata Contact Desk %1. Caewch unrhyw ffenestr Contact Desk arall neu orchymyn gweinyddu sy&apos;n defnyddio&apos;r proffil hwn, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The file %1 is not a readable Contact Desk database: it may be damaged (%2). Nothing in it has been changed. Keep a copy for IT support, then move it aside or restore it from a backup, and start Contact Desk again.</source>
        <translation>Nid yw&apos;r ffeil %1 yn gronfa ddata Contact Desk y gellir ei darllen: efallai ei bod wedi&apos;i difrodi (%2). Nid oes dim ynddi wedi&apos;i newid. Cadwch gopi ar gyfer cymorth TG, yna symudwch hi o&apos;r ffordd neu ei hadfer o gopi wrth gefn, a dechreuwch Contact Desk eto.</translation>
    </message>
    <message>
        <source>Contact Desk cannot read and write the database %1 (%2). Check that the folder exists, that the disk is not full and that you have permission to use the file.</source>
        <translation>Ni all Contact Desk ddarllen ac ysgrifennu&apos;r gronfa ddata %1 (%2). Gwiriwch fod y ffolder yn bodoli, nad yw&apos;r ddisg yn llawn a bod gennych ganiatâd i ddefnyddio&apos;r ffeil.</translation>
    </message>
    <message>
        <source>Contact Desk could not open the database %1: %2</source>
        <translation>Nid oedd modd i Contact Desk agor y gronfa ddata %1: %2</translation>
    </message>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation>ni ellir creu&apos;r ffolder %1</translation>
    </message>
    <message>
        <source>it is not a file</source>
        <translation>nid ffeil ydyw</translation>
    </message>
    <message>
        <source>the SQLite driver gave no handle</source>
        <translation>ni roddodd y gyrrwr SQLite unrhyw ddolen (handle)</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>mae&apos;r ffeil yn un darllen yn unig</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer Contact Desk (schema %2; this version knows up to %3). Nothing in it has been changed. Install the newer Contact Desk, or open a different profile.</source>
        <translation>Ysgrifennwyd y gronfa ddata %1 gan fersiwn mwy newydd o Contact Desk (sgema %2; mae&apos;r fersiwn hon yn gwybod hyd at %3). Nid oes dim ynddi wedi&apos;i newid. Gosodwch y fersiwn mwy newydd o Contact Desk, neu agorwch broffil gwahanol.</translation>
    </message>
    <message>
        <source>migration %1 is missing from the program</source>
        <translation>mae mudo %1 ar goll o&apos;r rhaglen</translation>
    </message>
    <message>
        <source>Contact Desk could not upgrade the database %1 to schema %2 (%3): %4. Nothing was changed; the file is as it was.</source>
        <translation>Nid oedd modd i Contact Desk uwchraddio&apos;r gronfa ddata %1 i sgema %2 (%3): %4. Ni newidiwyd dim; mae&apos;r ffeil fel yr oedd.</translation>
    </message>
</context>
<context>
    <name>cd::DemoSeed</name>
    <message>
        <source>%1 generated vehicles were refused: %2</source>
        <translation>Gwrthodwyd %1 o gerbydau a gynhyrchwyd: %2</translation>
    </message>
    <message>
        <source>cannot raise a demo escalation: %1</source>
        <translation>methu codi uwchgyfeiriad demo: %1</translation>
    </message>
    <message>
        <source>the demo survey answers were refused: %1</source>
        <translation>gwrthodwyd atebion yr arolwg demo: %1</translation>
    </message>
</context>
<context>
    <name>cd::Desk</name>
    <message>
        <source>Contact Desk cannot open its database</source>
        <translation>Ni all Contact Desk agor ei gronfa ddata</translation>
    </message>
    <message>
        <source>Contact Desk: log, guide and follow up public contact.</source>
        <translation>Contact Desk: cofnodi cyswllt gan y cyhoedd, rhoi arweiniad arno a&apos;i ddilyn i fyny.</translation>
    </message>
    <message>
        <source>Use the profile in &lt;dir&gt; (default: %1).</source>
        <translation>Defnyddio&apos;r proffil yn &lt;dir&gt; (rhagosodiad: %1).</translation>
    </message>
    <message>
        <source>Screen pop: start a contact for a call from &lt;number&gt; in the running Desk (starting one if none runs).</source>
        <translation>Naid sgrin: dechrau cyswllt ar gyfer galwad o &lt;number&gt; yn y Desk sy&apos;n rhedeg (gan ddechrau un os nad oes un yn rhedeg).</translation>
    </message>
    <message>
        <source>The telephony&apos;s id for the call (with --caller or --hangup).</source>
        <translation>ID y system deleffoni ar gyfer yr alwad (gyda --caller neu --hangup).</translation>
    </message>
    <message>
        <source>The call has ended: talk time stops, wrap-up starts.</source>
        <translation>Mae&apos;r alwad wedi dod i ben: mae&apos;r amser siarad yn stopio, mae&apos;r gwaith ar ôl galwad yn dechrau.</translation>
    </message>
    <message>
        <source>A tel: link to pop, as --caller does.</source>
        <translation>Dolen tel: i&apos;w dangos, fel y mae --caller yn ei wneud.</translation>
    </message>
    <message>
        <source>Give one tel: link or --caller NUMBER, not &quot;%1&quot;.</source>
        <translation>Rhowch un ddolen tel: neu --caller NUMBER, nid &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--caller and --hangup cannot be used together.</source>
        <translation>Ni ellir defnyddio --caller a --hangup gyda&apos;i gilydd.</translation>
    </message>
    <message>
        <source>contactdesk: %1</source>
        <translation>contactdesk: %1</translation>
    </message>
    <message>
        <source>--call-id goes with --caller or --hangup.</source>
        <translation>Mae --call-id yn mynd gyda --caller neu --hangup.</translation>
    </message>
    <message>
        <source>No Desk is running with this profile; there is no call to end.</source>
        <translation>Nid oes Desk yn rhedeg gyda&apos;r proffil hwn; nid oes galwad i&apos;w gorffen.</translation>
    </message>
    <message>
        <source>Print the manual page (roff).</source>
        <translation>Argraffu&apos;r dudalen llawlyfr (roff).</translation>
    </message>
    <message>
        <source>Print the bash completion script.</source>
        <translation>Argraffu&apos;r sgript cwblhau bash.</translation>
    </message>
    <message>
        <source>Training mode: a made-up team&apos;s data in a temporary folder, sync off; your own profile is not read or changed.</source>
        <translation>Modd hyfforddi: data tîm ffug mewn ffolder dros dro, cysoni wedi&apos;i ddiffodd; nid yw eich proffil eich hun yn cael ei ddarllen na&apos;i newid.</translation>
    </message>
    <message>
        <source>With --demo: the seed of the made-up data (default 1).</source>
        <translation>Gyda --demo: hedyn y data ffug (rhagosodiad 1).</translation>
    </message>
    <message>
        <source>contactdesk: %1; try contactdesk --help</source>
        <translation>contactdesk: %1; rhowch gynnig ar contactdesk --help</translation>
    </message>
    <message>
        <source>--seed needs --demo and a whole number, for example --demo --seed 7.</source>
        <translation>Mae angen --demo a rhif cyfan ar --seed, er enghraifft --demo --seed 7.</translation>
    </message>
    <message>
        <source>--demo uses its own temporary profile; leave out --profile.</source>
        <translation>Mae --demo yn defnyddio ei broffil dros dro ei hun; hepgorwch --profile.</translation>
    </message>
    <message>
        <source>the Contact Desk workstation for police public-contact teams</source>
        <translation>gweithfan Contact Desk ar gyfer timau cyswllt â&apos;r cyhoedd mewn heddluoedd</translation>
    </message>
    <message>
        <source>The Desk keeps its work in a local profile (by default ~/.local/share/ContactDesk/contactdesk) and syncs it with the shared database. One Desk runs per user and profile: a second start hands its request (a screen pop, a hang-up) to the running one.</source>
        <translation>Mae&apos;r Desk yn cadw ei waith mewn proffil lleol (yn ddiofyn ~/.local/share/ContactDesk/contactdesk) ac yn ei gysoni â&apos;r gronfa ddata a rennir. Mae un Desk yn rhedeg fesul defnyddiwr a phroffil: mae ail gychwyn yn trosglwyddo ei gais (naid sgrin, rhoi&apos;r ffôn i lawr) i&apos;r un sy&apos;n rhedeg.</translation>
    </message>
    <message>
        <source>Print the help with Qt&apos;s own options too.</source>
        <translation>Argraffu&apos;r cymorth gydag opsiynau Qt ei hun hefyd.</translation>
    </message>
    <message>
        <source>0 when the Desk closed normally or handed its request on; 1 when there was no call to end; 2 for a bad command line or a profile that cannot be opened.</source>
        <translation>0 pan gaeodd y Desk fel arfer neu pan drosglwyddodd ei gais; 1 pan nad oedd galwad i&apos;w gorffen; 2 ar gyfer llinell orchymyn wallus neu broffil na ellir ei agor.</translation>
    </message>
    <message>
        <source>
Examples:
  contactdesk --profile /srv/training
  contactdesk --caller 01234567890 --call-id 77
  contactdesk --demo --seed 7
</source>
        <translation>
Enghreifftiau:
  contactdesk --profile /srv/training
  contactdesk --caller 01234567890 --call-id 77
  contactdesk --demo --seed 7
</translation>
    </message>
</context>
<context>
    <name>cd::Escalation</name>
    <message>
        <source>Draft</source>
        <translation>Drafft</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Wedi&apos;i gyflwyno</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Wedi&apos;i gydnabod</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Ar waith</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Wedi&apos;i ddatrys</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Wedi&apos;i gau</translation>
    </message>
    <message>
        <source>The escalation is already %1</source>
        <translation>Statws yr uwchgyfeiriad eisoes yw %1</translation>
    </message>
    <message>
        <source>The escalation is closed; it cannot become %1</source>
        <translation>Mae&apos;r uwchgyfeiriad wedi&apos;i gau; ni all newid i %1</translation>
    </message>
    <message>
        <source>An escalation that is %1 cannot become %2; it can only become %3</source>
        <translation>Ni all uwchgyfeiriad sydd â&apos;r statws %1 newid i %2; dim ond i %3 y gall newid</translation>
    </message>
    <message>
        <source> or </source>
        <translation> neu </translation>
    </message>
</context>
<context>
    <name>cd::EscalationDesk</name>
    <message>
        <source>&amp;Escalate</source>
        <translation>&amp;Uwchgyfeirio</translation>
    </message>
    <message>
        <source>&amp;Raise from this contact…</source>
        <translation>&amp;Codi o&apos;r cyswllt hwn…</translation>
    </message>
    <message>
        <source>&amp;My escalations</source>
        <translation>&amp;Fy uwchgyfeiriadau</translation>
    </message>
    <message>
        <source>Escalation due</source>
        <translation>Uwchgyfeiriad yn ddyledus</translation>
    </message>
    <message>
        <source>Raise an escalation</source>
        <translation>Codi uwchgyfeiriad</translation>
    </message>
    <message>
        <source>%1 %2; due %3</source>
        <translation>%1 %2; yn ddyledus %3</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Methu agor</translation>
    </message>
    <message>
        <source>Escalations unavailable: %1</source>
        <translation>Nid yw uwchgyfeiriadau ar gael: %1</translation>
    </message>
    <message>
        <source>Escalation &amp;queue</source>
        <translation>C&amp;iw uwchgyfeirio</translation>
    </message>
    <message>
        <source>&amp;Type of escalation to raise:</source>
        <translation>&amp;Math o uwchgyfeiriad i&apos;w godi:</translation>
    </message>
    <message>
        <source>Escalations you raised and sent that are past their due date and not yet resolved (drafts are not counted: they have not been sent). My figures count the same; Team figures count the whole team&apos;s.</source>
        <translation>Uwchgyfeiriadau a godwyd ac a anfonwyd gennych chi sydd wedi mynd heibio i&apos;w dyddiad dyledus a heb eu datrys eto (ni chaiff drafftiau eu cyfrif: nid ydynt wedi&apos;u hanfon). Mae Fy ffigurau yn cyfrif yr un peth; mae Ffigurau&apos;r tîm yn cyfrif rhai&apos;r tîm cyfan.</translation>
    </message>
    <message>
        <source>My escalations OVERDUE: %1</source>
        <translation>Fy uwchgyfeiriadau YN HWYR: %1</translation>
    </message>
    <message>
        <source>None of my escalations overdue</source>
        <translation>Dim un o&apos;m huwchgyfeiriadau yn hwyr</translation>
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
        <translation>Hanes a nodiadau</translation>
    </message>
    <message>
        <source>Add a note (notes cannot be changed once added)</source>
        <translation>Ychwanegu nodyn (ni ellir newid nodiadau ar ôl eu hychwanegu)</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>Ychwanegu &amp;nodyn</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Allforio &amp;PDF…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; for %2&lt;br&gt;Status: %3 · Due %4 %5 · Owner %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ar gyfer %2&lt;br&gt;Statws: %3 · Yn ddyledus %4 %5 · Perchennog %6</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>%1  %2 — %3%4</source>
        <translation>%1  %2 — %3%4</translation>
    </message>
    <message>
        <source>%1  Note by %2: %3</source>
        <translation>%1  Nodyn gan %2: %3</translation>
    </message>
    <message>
        <source>Mark %1</source>
        <translation>Nodi fel %1</translation>
    </message>
    <message>
        <source>Status not changed</source>
        <translation>Ni newidiwyd y statws</translation>
    </message>
    <message>
        <source>Note not added</source>
        <translation>Ni ychwanegwyd y nodyn</translation>
    </message>
    <message>
        <source>Export escalation as PDF</source>
        <translation>Allforio&apos;r uwchgyfeiriad fel PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PDF not written</source>
        <translation>Ni ysgrifennwyd y PDF</translation>
    </message>
</context>
<context>
    <name>cd::EscalationDialog</name>
    <message>
        <source>Recovered the form you were filling in (kept at %1).</source>
        <translation>Adferwyd y ffurflen roeddech yn ei llenwi (wedi&apos;i chadw am %1).</translation>
    </message>
    <message>
        <source>Recovered changes you had not saved.</source>
        <translation>Adferwyd newidiadau nad oeddech wedi&apos;u cadw.</translation>
    </message>
    <message>
        <source>the team chosen below</source>
        <translation>y tîm a ddewisir isod</translation>
    </message>
    <message numerus="yes">
        <source>Goes to %1. Due %n working day(s) after it is submitted.</source>
        <translation>
            <numerusform>Yn mynd i %1. Yn ddyledus %n diwrnod gwaith ar ôl ei gyflwyno.</numerusform>
            <numerusform>Yn mynd i %1. Yn ddyledus %n diwrnod gwaith ar ôl ei gyflwyno.</numerusform>
            <numerusform>Yn mynd i %1. Yn ddyledus %n diwrnod gwaith ar ôl ei gyflwyno.</numerusform>
            <numerusform>Yn mynd i %1. Yn ddyledus %n diwrnod gwaith ar ôl ei gyflwyno.</numerusform>
            <numerusform>Yn mynd i %1. Yn ddyledus %n diwrnod gwaith ar ôl ei gyflwyno.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Dewis…</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message numerus="yes">
        <source>Not submitted: %n field(s) need attention.</source>
        <translation>
            <numerusform>Heb ei gyflwyno: mae angen sylw ar %n maes.</numerusform>
            <numerusform>Heb ei gyflwyno: mae angen sylw ar %n maes.</numerusform>
            <numerusform>Heb ei gyflwyno: mae angen sylw ar %n maes.</numerusform>
            <numerusform>Heb ei gyflwyno: mae angen sylw ar %n maes.</numerusform>
            <numerusform>Heb ei gyflwyno: mae angen sylw ar %n maes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The escalation was not saved</source>
        <translation>Ni chadwyd yr uwchgyfeiriad</translation>
    </message>
    <message>
        <source>The escalation was saved as a draft but not submitted</source>
        <translation>Cadwyd yr uwchgyfeiriad fel drafft ond ni chafodd ei gyflwyno</translation>
    </message>
    <message>
        <source>The draft was not saved</source>
        <translation>Ni chadwyd y drafft</translation>
    </message>
    <message>
        <source>Discard the form?</source>
        <translation>Gwaredu&apos;r ffurflen?</translation>
    </message>
    <message>
        <source>What you typed in this form has not been saved. Discard it?</source>
        <translation>Nid yw&apos;r hyn a deipiwyd gennych yn y ffurflen hon wedi&apos;i gadw. Ei waredu?</translation>
    </message>
    <message>
        <source>&amp;Submit (Ctrl+Enter)</source>
        <translation>&amp;Cyflwyno (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Save as &amp;draft</source>
        <translation>Cadw fel &amp;drafft</translation>
    </message>
</context>
<context>
    <name>cd::EscalationForm</name>
    <message>
        <source>This must be confirmed before the form is submitted</source>
        <translation>Rhaid cadarnhau hyn cyn cyflwyno&apos;r ffurflen</translation>
    </message>
    <message>
        <source>Choose one</source>
        <translation>Dewiswch un</translation>
    </message>
    <message>
        <source>Fill in %1</source>
        <translation>Llenwch %1</translation>
    </message>
    <message>
        <source>Expected text</source>
        <translation>Roedd disgwyl testun</translation>
    </message>
    <message>
        <source>Keep this under %1 characters (now %2)</source>
        <translation>Cadwch hwn o dan %1 nod (%2 ar hyn o bryd)</translation>
    </message>
    <message>
        <source>Enter a date as YYYY-MM-DD</source>
        <translation>Rhowch ddyddiad ar ffurf YYYY-MM-DD</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the choices</source>
        <translation>Nid yw &quot;%1&quot; yn un o&apos;r dewisiadau</translation>
    </message>
    <message>
        <source>Expected yes or no</source>
        <translation>Roedd disgwyl ie neu na</translation>
    </message>
</context>
<context>
    <name>cd::EscalationListModel</name>
    <message numerus="yes">
        <source>Overdue by %n working day(s)</source>
        <translation>
            <numerusform>Yn hwyr o %n diwrnod gwaith</numerusform>
            <numerusform>Yn hwyr o %n diwrnod gwaith</numerusform>
            <numerusform>Yn hwyr o %n diwrnod gwaith</numerusform>
            <numerusform>Yn hwyr o %n diwrnod gwaith</numerusform>
            <numerusform>Yn hwyr o %n diwrnod gwaith</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) left</source>
        <translation>
            <numerusform>%n diwrnod gwaith ar ôl</numerusform>
            <numerusform>%n diwrnod gwaith ar ôl</numerusform>
            <numerusform>%n diwrnod gwaith ar ôl</numerusform>
            <numerusform>%n diwrnod gwaith ar ôl</numerusform>
            <numerusform>%n diwrnod gwaith ar ôl</numerusform>
        </translation>
    </message>
    <message>
        <source>on track</source>
        <translation>ar y trywydd iawn</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Yn ddyledus</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Cyflwr</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Ar gyfer</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Perchennog</translation>
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
        <translation>YN HWYR: %1 ar gyfer %2 (roedd yn ddyledus %3)</translation>
    </message>
    <message>
        <source>DUE TODAY: %1 for %2</source>
        <translation>YN DDYLEDUS HEDDIW: %1 ar gyfer %2</translation>
    </message>
</context>
<context>
    <name>cd::EscalationReport</name>
    <message>
        <source>not set</source>
        <translation>heb ei osod</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(newydd)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>Police force (name not set)</source>
        <translation>Heddlu (enw heb ei osod)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Ar gyfer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Codwyd</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Yn ddyledus erbyn</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Perchennog</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Ffurflen</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, fersiwn %2</translation>
    </message>
    <message>
        <source>The raising team keeps ownership of this referral and will follow it up until it is resolved. Please reply to the owner named above.</source>
        <translation>Mae&apos;r tîm a gododd yr atgyfeiriad hwn yn parhau&apos;n berchen arno a bydd yn ei ddilyn i fyny nes iddo gael ei ddatrys. Atebwch i&apos;r perchennog a enwir uchod.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Manylion</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Hanes</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Newid</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Gan</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <source>Exported by %1 on %2. This document contains personal data: handle it under the force&apos;s data protection policy and do not pass it on.</source>
        <translation>Allforiwyd gan %1 ar %2. Mae&apos;r ddogfen hon yn cynnwys data personol: ymdriniwch â hi yn unol â pholisi diogelu data&apos;r heddlu a pheidiwch â&apos;i throsglwyddo i eraill.</translation>
    </message>
</context>
<context>
    <name>cd::EscalationStore</name>
    <message>
        <source>No escalation %1</source>
        <translation>Dim uwchgyfeiriad %1</translation>
    </message>
    <message>
        <source>There is no escalation form &quot;%1&quot;</source>
        <translation>Nid oes ffurflen uwchgyfeirio &quot;%1&quot;</translation>
    </message>
    <message>
        <source>An escalation needs an owner</source>
        <translation>Mae angen perchennog ar uwchgyfeiriad</translation>
    </message>
    <message>
        <source>Raised from contact</source>
        <translation>Wedi&apos;i godi o gyswllt</translation>
    </message>
    <message>
        <source>The escalation is closed; its form can no longer be changed</source>
        <translation>Mae&apos;r uwchgyfeiriad wedi&apos;i gau; ni ellir newid ei ffurflen mwyach</translation>
    </message>
    <message>
        <source>The form cannot be submitted until these are put right: %1</source>
        <translation>Ni ellir cyflwyno&apos;r ffurflen nes bydd y rhain wedi&apos;u cywiro: %1</translation>
    </message>
    <message>
        <source>Write the note first</source>
        <translation>Ysgrifennwch y nodyn yn gyntaf</translation>
    </message>
    <message>
        <source>A note is limited to 20000 characters</source>
        <translation>Mae nodyn wedi&apos;i gyfyngu i 20000 nod</translation>
    </message>
    <message>
        <source>The time the reply was asked for is missing</source>
        <translation>Mae&apos;r amser y gofynnwyd am yr ateb ar goll</translation>
    </message>
    <message>
        <source>Reply asked for in survey feedback</source>
        <translation>Gofynnwyd am ateb yn adborth yr arolwg</translation>
    </message>
</context>
<context>
    <name>cd::EscalationsView</name>
    <message>
        <source>My escalations</source>
        <translation>Fy uwchgyfeiriadau</translation>
    </message>
    <message>
        <source>Team escalations</source>
        <translation>Uwchgyfeiriadau&apos;r tîm</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Pob math</translation>
    </message>
    <message>
        <source>Open only</source>
        <translation>Ar agor yn unig</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Yn hwyr yn unig</translation>
    </message>
    <message numerus="yes">
        <source>%n escalation(s)</source>
        <translation>
            <numerusform>%n uwchgyfeiriad</numerusform>
            <numerusform>%n uwchgyfeiriad</numerusform>
            <numerusform>%n uwchgyfeiriad</numerusform>
            <numerusform>%n uwchgyfeiriad</numerusform>
            <numerusform>%n uwchgyfeiriad</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n OVERDUE</source>
        <translation>
            <numerusform>, %n YN HWYR</numerusform>
            <numerusform>, %n YN HWYR</numerusform>
            <numerusform>, %n YN HWYR</numerusform>
            <numerusform>, %n YN HWYR</numerusform>
            <numerusform>, %n YN HWYR</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::GuidancePanel</name>
    <message>
        <source>Choose a category to see its guidance.</source>
        <translation>Dewiswch gategori i weld ei ganllawiau.</translation>
    </message>
    <message>
        <source>Back (Backspace)</source>
        <translation>Yn ôl (Backspace)</translation>
    </message>
    <message>
        <source>Outline…</source>
        <translation>Amlinelliad…</translation>
    </message>
    <message>
        <source>The whole script as a tree, for trainers; can be exported as PDF</source>
        <translation>Y sgript gyfan fel coeden, ar gyfer hyfforddwyr; gellir ei hallforio fel PDF</translation>
    </message>
    <message>
        <source>Some guidance could not be loaded and is not offered:
%1</source>
        <translation>Nid oedd modd llwytho rhai canllawiau ac nid ydynt yn cael eu cynnig:
%1</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (fersiwn %2)</translation>
    </message>
    <message>
        <source>Step %1 — end of the script</source>
        <translation>Cam %1 — diwedd y sgript</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Cam %1</translation>
    </message>
    <message>
        <source>Caller told: police WILL attend</source>
        <translation>Dywedwyd wrth y galwr: BYDD yr heddlu&apos;n mynychu</translation>
    </message>
    <message>
        <source>Caller told: police will NOT attend</source>
        <translation>Dywedwyd wrth y galwr: NI FYDD yr heddlu&apos;n mynychu</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Ffynonellau: %1</translation>
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
        <translation>Log gwella: %1</translation>
    </message>
    <message>
        <source>You said, we did: what the team changed because of what callers said.</source>
        <translation>Dywedoch chi, fe wnaethom ni: beth newidiodd y tîm oherwydd yr hyn a ddywedodd galwyr.</translation>
    </message>
    <message>
        <source>Changed on</source>
        <translation>Newidiwyd ar</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Mater</translation>
    </message>
    <message>
        <source>Change made</source>
        <translation>Newid a wnaed</translation>
    </message>
    <message>
        <source>Behind it</source>
        <translation>Y rheswm drosto</translation>
    </message>
    <message>
        <source>&amp;Issue:</source>
        <translation>&amp;Mater:</translation>
    </message>
    <message>
        <source>&amp;Root cause:</source>
        <translation>&amp;Achos sylfaenol:</translation>
    </message>
    <message>
        <source>&amp;Change made:</source>
        <translation>&amp;Newid a wnaed:</translation>
    </message>
    <message>
        <source>&amp;Date of the change:</source>
        <translation>&amp;Dyddiad y newid:</translation>
    </message>
    <message>
        <source>Dissatisfaction &amp;reasons:</source>
        <translation>&amp;Rhesymau dros anfodlonrwydd:</translation>
    </message>
    <message>
        <source>Callers&apos; c&amp;omments:</source>
        <translation>&amp;Sylwadau galwyr:</translation>
    </message>
    <message>
        <source>&amp;Add to the log</source>
        <translation>&amp;Ychwanegu at y log</translation>
    </message>
    <message>
        <source>%1
Root cause: %2</source>
        <translation>%1
Achos sylfaenol: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n reason(s)</source>
        <translation>
            <numerusform>%n rheswm</numerusform>
            <numerusform>%n rheswm</numerusform>
            <numerusform>%n rheswm</numerusform>
            <numerusform>%n rheswm</numerusform>
            <numerusform>%n rheswm</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n sylw</numerusform>
            <numerusform>%n sylw</numerusform>
            <numerusform>%n sylw</numerusform>
            <numerusform>%n sylw</numerusform>
            <numerusform>%n sylw</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot add to the log</source>
        <translation>Methu ychwanegu at y log</translation>
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
        <translation>Mae gwelliant yn perthyn i dîm</translation>
    </message>
    <message>
        <source>Say what the issue was</source>
        <translation>Dywedwch beth oedd y mater</translation>
    </message>
    <message>
        <source>Say what was changed</source>
        <translation>Dywedwch beth a newidiwyd</translation>
    </message>
    <message>
        <source>Give the date the change was made</source>
        <translation>Rhowch y dyddiad y gwnaed y newid</translation>
    </message>
    <message>
        <source>The issue is limited to 2000 characters, the root cause and the change to 4000</source>
        <translation>Mae&apos;r mater wedi&apos;i gyfyngu i 2000 nod, a&apos;r achos sylfaenol a&apos;r newid i 4000</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a reason code</source>
        <translation>Nid yw &quot;%1&quot; yn god rheswm</translation>
    </message>
    <message>
        <source>An improvement needs an author</source>
        <translation>Mae angen awdur ar welliant</translation>
    </message>
</context>
<context>
    <name>cd::MainWindow</name>
    <message>
        <source>Contact Desk — %1 (%2)</source>
        <translation>Contact Desk — %1 (%2)</translation>
    </message>
    <message>
        <source>Search caller, phone, reference, notes (Ctrl+F)</source>
        <translation>Chwilio am alwr, ffôn, cyfeirnod, nodiadau (Ctrl+F)</translation>
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
        <translation>Dechrau cyswllt newydd a&apos;i amserydd (F2)</translation>
    </message>
    <message>
        <source>&amp;Save contact</source>
        <translation>&amp;Cadw&apos;r cyswllt</translation>
    </message>
    <message>
        <source>Sea&amp;rch contacts</source>
        <translation>&amp;Chwilio cysylltiadau</translation>
    </message>
    <message>
        <source>Who is &amp;working…</source>
        <translation>Pwy sy&apos;n &amp;gweithio…</translation>
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
        <translation>Desg</translation>
    </message>
    <message>
        <source>New contact (F2)</source>
        <translation>Cyswllt newydd (F2)</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Chwilio (Ctrl+F)</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Cadw (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Recovered the contact you were typing (kept at %1).</source>
        <translation>Adferwyd y cyswllt roeddech yn ei deipio (wedi&apos;i gadw am %1).</translation>
    </message>
    <message>
        <source>Recovered an unsaved contact from %1</source>
        <translation>Adferwyd cyswllt heb ei gadw o %1</translation>
    </message>
    <message numerus="yes">
        <source>Today — %n contact(s)</source>
        <translation>
            <numerusform>Heddiw — %n cyswllt</numerusform>
            <numerusform>Heddiw — %n cyswllt</numerusform>
            <numerusform>Heddiw — %n cyswllt</numerusform>
            <numerusform>Heddiw — %n cyswllt</numerusform>
            <numerusform>Heddiw — %n cyswllt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Search “%1” — %n found</source>
        <translation>
            <numerusform>Chwilio “%1” — canfuwyd %n</numerusform>
            <numerusform>Chwilio “%1” — canfuwyd %n</numerusform>
            <numerusform>Chwilio “%1” — canfuwyd %n</numerusform>
            <numerusform>Chwilio “%1” — canfuwyd %n</numerusform>
            <numerusform>Chwilio “%1” — canfuwyd %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Caller history — %n earlier contact(s)</source>
        <translation>
            <numerusform>Hanes y galwr — %n cyswllt cynharach</numerusform>
            <numerusform>Hanes y galwr — %n cyswllt cynharach</numerusform>
            <numerusform>Hanes y galwr — %n cyswllt cynharach</numerusform>
            <numerusform>Hanes y galwr — %n cyswllt cynharach</numerusform>
            <numerusform>Hanes y galwr — %n cyswllt cynharach</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ Repeat caller: %1 contacts in %2 days, including this one</source>
        <translation>⚠ Galwr mynych: %1 cyswllt mewn %2 diwrnod, gan gynnwys yr un hwn</translation>
    </message>
    <message numerus="yes">
        <source>Known caller: %n earlier contact(s) — see Caller history</source>
        <translation>
            <numerusform>Galwr hysbys: %n cyswllt cynharach — gweler Hanes y galwr</numerusform>
            <numerusform>Galwr hysbys: %n cyswllt cynharach — gweler Hanes y galwr</numerusform>
            <numerusform>Galwr hysbys: %n cyswllt cynharach — gweler Hanes y galwr</numerusform>
            <numerusform>Galwr hysbys: %n cyswllt cynharach — gweler Hanes y galwr</numerusform>
            <numerusform>Galwr hysbys: %n cyswllt cynharach — gweler Hanes y galwr</numerusform>
        </translation>
    </message>
    <message>
        <source>Start a new contact?</source>
        <translation>Dechrau cyswllt newydd?</translation>
    </message>
    <message>
        <source>The contact you are typing has not been saved. Start a new one and discard it?</source>
        <translation>Nid yw&apos;r cyswllt rydych yn ei deipio wedi&apos;i gadw. Dechrau un newydd a gwaredu hwn?</translation>
    </message>
    <message>
        <source>New contact started at %1</source>
        <translation>Dechreuwyd cyswllt newydd am %1</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n field(s) need attention</source>
        <translation>
            <numerusform>Heb ei gadw: mae angen sylw ar %n maes</numerusform>
            <numerusform>Heb ei gadw: mae angen sylw ar %n maes</numerusform>
            <numerusform>Heb ei gadw: mae angen sylw ar %n maes</numerusform>
            <numerusform>Heb ei gadw: mae angen sylw ar %n maes</numerusform>
            <numerusform>Heb ei gadw: mae angen sylw ar %n maes</numerusform>
        </translation>
    </message>
    <message>
        <source>The contact was not saved</source>
        <translation>Ni chadwyd y cyswllt</translation>
    </message>
    <message>
        <source>%1

What you typed is kept and will be here when Contact Desk restarts.</source>
        <translation>%1

Mae&apos;r hyn a deipiwyd gennych wedi&apos;i gadw a bydd yma pan fydd Contact Desk yn ailgychwyn.</translation>
    </message>
    <message>
        <source>Saved: %1 contact at %2</source>
        <translation>Wedi&apos;i gadw: cyswllt %1 am %2</translation>
    </message>
    <message>
        <source>Warning: the draft could not be kept (%1)</source>
        <translation>Rhybudd: nid oedd modd cadw&apos;r drafft (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Local only · %n change(s) queued for sync</source>
        <translation>
            <numerusform>Lleol yn unig · %n newid yn y ciw cysoni</numerusform>
            <numerusform>Lleol yn unig · %n newid yn y ciw cysoni</numerusform>
            <numerusform>Lleol yn unig · %n newid yn y ciw cysoni</numerusform>
            <numerusform>Lleol yn unig · %n newid yn y ciw cysoni</numerusform>
            <numerusform>Lleol yn unig · %n newid yn y ciw cysoni</numerusform>
        </translation>
    </message>
    <message>
        <source>The guidance suggests the %1 form</source>
        <translation>Mae&apos;r canllawiau&apos;n awgrymu&apos;r ffurflen %1</translation>
    </message>
    <message>
        <source>Go to the guidance</source>
        <translation>Mynd i&apos;r canllawiau</translation>
    </message>
    <message>
        <source>&amp;Guidance</source>
        <translation>Ca&amp;nllawiau</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Llwybrau byr bysellfwrdd</translation>
    </message>
    <message>
        <source>&amp;About Contact Desk</source>
        <translation>&amp;Ynghylch Contact Desk</translation>
    </message>
    <message>
        <source>About Contact Desk</source>
        <translation>Ynghylch Contact Desk</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Contact Desk&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Logging public contact for police forces.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Contact Desk&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Cofnodi cyswllt gan y cyhoedd ar gyfer heddluoedd.&lt;/p&gt;&lt;p&gt;Wedi&apos;i adeiladu gyda Qt %2, yn rhedeg ar Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>(development build)</source>
        <translation>(fersiwn datblygu)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Cy&amp;morth</translation>
    </message>
    <message>
        <source>&amp;End call</source>
        <translation>&amp;Gorffen galwad</translation>
    </message>
    <message>
        <source>The caller has hung up: talk time stops, wrap-up starts (F4)</source>
        <translation>Mae&apos;r galwr wedi rhoi&apos;r ffôn i lawr: mae&apos;r amser siarad yn stopio, mae&apos;r gwaith ar ôl galwad yn dechrau (F4)</translation>
    </message>
    <message>
        <source>A call could not be shown: %1</source>
        <translation>Nid oedd modd dangos galwad: %1</translation>
    </message>
    <message>
        <source>Call waiting: save this contact (Ctrl+Enter) to take it</source>
        <translation>Galwad yn aros: cadwch y cyswllt hwn (Ctrl+Enter) i&apos;w derbyn</translation>
    </message>
    <message>
        <source>Call from %1 at %2</source>
        <translation>Galwad gan %1 am %2</translation>
    </message>
    <message>
        <source>%1 (since %2)</source>
        <translation>%1 (ers %2)</translation>
    </message>
    <message>
        <source>☎ Call waiting: %1. Save this contact (Ctrl+Enter) to take it, or F2 to discard this one and take it.</source>
        <translation>☎ Galwad yn aros: %1. Cadwch y cyswllt hwn (Ctrl+Enter) i&apos;w derbyn, neu pwyswch F2 i waredu&apos;r un hwn a&apos;i derbyn.</translation>
    </message>
    <message>
        <source>Call ended at %1: wrap-up time runs until the save</source>
        <translation>Daeth yr alwad i ben am %1: mae&apos;r gwaith ar ôl galwad yn rhedeg nes i chi gadw</translation>
    </message>
    <message>
        <source>No call to end</source>
        <translation>Dim galwad i&apos;w gorffen</translation>
    </message>
    <message>
        <source>The call&apos;s talk time could not be kept (%1)</source>
        <translation>Nid oedd modd cadw amser siarad yr alwad (%1)</translation>
    </message>
    <message>
        <source>Call ended at %1</source>
        <translation>Daeth yr alwad i ben am %1</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Aelwyd</translation>
    </message>
    <message>
        <source>Repeat-victim check %1: no earlier contacts of this caller</source>
        <translation>Gwiriad dioddefwr mynych %1: dim cysylltiadau cynharach gan y galwr hwn</translation>
    </message>
    <message numerus="yes">
        <source>⚠ Repeat-victim check %1: %n earlier contact(s) of this caller — ask about them</source>
        <translation>
            <numerusform>⚠ Gwiriad dioddefwr mynych %1: %n cyswllt cynharach gan y galwr hwn — holwch amdanynt</numerusform>
            <numerusform>⚠ Gwiriad dioddefwr mynych %1: %n cyswllt cynharach gan y galwr hwn — holwch amdanynt</numerusform>
            <numerusform>⚠ Gwiriad dioddefwr mynych %1: %n cyswllt cynharach gan y galwr hwn — holwch amdanynt</numerusform>
            <numerusform>⚠ Gwiriad dioddefwr mynych %1: %n cyswllt cynharach gan y galwr hwn — holwch amdanynt</numerusform>
            <numerusform>⚠ Gwiriad dioddefwr mynych %1: %n cyswllt cynharach gan y galwr hwn — holwch amdanynt</numerusform>
        </translation>
    </message>
    <message>
        <source>repeat caller</source>
        <translation>galwr mynych</translation>
    </message>
    <message>
        <source>risk: %1</source>
        <translation>risg: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n contact(s), last %2</source>
        <translation>
            <numerusform>%1 — %n cyswllt, yr olaf %2</numerusform>
            <numerusform>%1 — %n cyswllt, yr olaf %2</numerusform>
            <numerusform>%1 — %n cyswllt, yr olaf %2</numerusform>
            <numerusform>%1 — %n cyswllt, yr olaf %2</numerusform>
            <numerusform>%1 — %n cyswllt, yr olaf %2</numerusform>
        </translation>
    </message>
    <message>
        <source>(no name given)</source>
        <translation>(dim enw wedi&apos;i roi)</translation>
    </message>
    <message numerus="yes">
        <source>Household — %n other(s) at this address in %1 days</source>
        <translation>
            <numerusform>Aelwyd — %n arall yn y cyfeiriad hwn mewn %1 diwrnod</numerusform>
            <numerusform>Aelwyd — %n arall yn y cyfeiriad hwn mewn %1 diwrnod</numerusform>
            <numerusform>Aelwyd — %n arall yn y cyfeiriad hwn mewn %1 diwrnod</numerusform>
            <numerusform>Aelwyd — %n arall yn y cyfeiriad hwn mewn %1 diwrnod</numerusform>
            <numerusform>Aelwyd — %n arall yn y cyfeiriad hwn mewn %1 diwrnod</numerusform>
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
        <translation>Negeseuon yn aros</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Saesneg</translation>
    </message>
    <message>
        <source>Welsh (Cymraeg)</source>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <source>Language of the message</source>
        <translation>Iaith y neges</translation>
    </message>
    <message>
        <source>Message to the caller</source>
        <translation>Neges i&apos;r galwr</translation>
    </message>
    <message>
        <source>Send later</source>
        <translation>Anfon yn nes ymlaen</translation>
    </message>
    <message>
        <source>Queue the message: it is sent outside quiet hours</source>
        <translation>Rhoi&apos;r neges yn y ciw: caiff ei hanfon y tu allan i&apos;r oriau tawel</translation>
    </message>
    <message>
        <source>Why it is withheld</source>
        <translation>Pam mae&apos;n cael ei hatal</translation>
    </message>
    <message>
        <source>Reason for withholding</source>
        <translation>Rheswm dros ei hatal</translation>
    </message>
    <message>
        <source>Withhold</source>
        <translation>Atal</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Iaith:</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s), %1 text message(s)</source>
        <translation>
            <numerusform>%n nod, %1 neges destun</numerusform>
            <numerusform>%n nod, %1 neges destun</numerusform>
            <numerusform>%n nod, %1 neges destun</numerusform>
            <numerusform>%n nod, %1 neges destun</numerusform>
            <numerusform>%n nod, %1 neges destun</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n nod</numerusform>
            <numerusform>%n nod</numerusform>
            <numerusform>%n nod</numerusform>
            <numerusform>%n nod</numerusform>
            <numerusform>%n nod</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No outcome message is waiting. One is proposed here when you save a contact whose caller agreed to be told the outcome.</source>
        <translation>Nid oes neges canlyniad yn aros. Cynigir un yma pan fyddwch yn cadw cyswllt y cytunodd ei alwr i gael gwybod y canlyniad.</translation>
    </message>
    <message>
        <source>Outcome message for the %1 contact at %2 (%3 waiting)</source>
        <translation>Neges canlyniad ar gyfer y cyswllt %1 am %2 (%3 yn aros)</translation>
    </message>
    <message>
        <source>By text message to %1</source>
        <translation>Drwy neges destun i %1</translation>
    </message>
    <message>
        <source>By email to %1</source>
        <translation>Drwy e-bost i %1</translation>
    </message>
    <message>
        <source>Not queued: %1</source>
        <translation>Heb ei rhoi yn y ciw: %1</translation>
    </message>
    <message>
        <source>Say why the message is withheld, then choose Withhold.</source>
        <translation>Dywedwch pam mae&apos;r neges yn cael ei hatal, yna dewiswch Atal.</translation>
    </message>
    <message>
        <source>Not withheld: %1</source>
        <translation>Heb ei hatal: %1</translation>
    </message>
    <message>
        <source>Outcome message</source>
        <translation>Neges canlyniad</translation>
    </message>
    <message>
        <source>Outcome message proposed: Ctrl+Shift+M to review it</source>
        <translation>Cynigiwyd neges canlyniad: Ctrl+Shift+M i&apos;w hadolygu</translation>
    </message>
    <message>
        <source>Review outcome message</source>
        <translation>Adolygu&apos;r neges canlyniad</translation>
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
        <translation type="unfinished">Methu ysgrifennu %1: %2</translation>
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
        <translation type="unfinished">Cysylltiadau</translation>
    </message>
    <message>
        <source>Resolved at first contact</source>
        <translation type="unfinished">Wedi&apos;u datrys yn y cyswllt cyntaf</translation>
    </message>
    <message>
        <source>Average handling time</source>
        <translation type="unfinished">Amser trin cyfartalog</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished">%1 mun %2 e</translation>
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
        <translation type="unfinished">Amser siarad cyfartalog</translation>
    </message>
    <message>
        <source>Average wrap-up time</source>
        <translation type="unfinished">Amser cyfartalog gwaith ar ôl galwad</translation>
    </message>
    <message>
        <source>Callers who remained dissatisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat callers</source>
        <translation type="unfinished">Galwyr mynych</translation>
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
        <translation type="unfinished">heb ei osod</translation>
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
        <translation type="unfinished">triniwr galwadau</translation>
    </message>
    <message>
        <source>team</source>
        <translation type="unfinished">tîm</translation>
    </message>
    <message>
        <source>category</source>
        <translation type="unfinished">categori</translation>
    </message>
    <message>
        <source>channel</source>
        <translation type="unfinished">sianel</translation>
    </message>
    <message>
        <source>day of week</source>
        <translation type="unfinished">diwrnod o&apos;r wythnos</translation>
    </message>
    <message>
        <source>hour (London time)</source>
        <translation type="unfinished">awr (amser Llundain)</translation>
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
        <translation type="unfinished">Cysylltiadau fesul sianel</translation>
    </message>
    <message>
        <source>Contacts by category</source>
        <translation type="unfinished">Cysylltiadau fesul categori</translation>
    </message>
    <message>
        <source>Reasons for dissatisfaction</source>
        <translation type="unfinished">Rhesymau dros anfodlonrwydd</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments most complained about</source>
        <translation type="unfinished">Yr adrannau y cwynir amdanynt fwyaf</translation>
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
        <translation>Beth sy&apos;n digwydd nesaf</translation>
    </message>
    <message>
        <source>— not yet said —</source>
        <translation>— heb ei ddweud eto —</translation>
    </message>
    <message>
        <source>Yes, police will attend</source>
        <translation>Ie, bydd yr heddlu&apos;n mynychu</translation>
    </message>
    <message>
        <source>No, police will not attend</source>
        <translation>Na, ni fydd yr heddlu&apos;n mynychu</translation>
    </message>
    <message>
        <source>Will police attend?</source>
        <translation>A fydd yr heddlu&apos;n mynychu?</translation>
    </message>
    <message>
        <source>— why not —</source>
        <translation>— pam ddim —</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>Pam ddim</translation>
    </message>
    <message>
        <source>Which agency will respond, or why not</source>
        <translation>Pa asiantaeth fydd yn ymateb, neu pam ddim</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>Reference given</source>
        <translation>Cyfeirnod a roddwyd</translation>
    </message>
    <message>
        <source>e.g. an officer will call within 48 hours</source>
        <translation>e.e. bydd swyddog yn ffonio o fewn 48 awr</translation>
    </message>
    <message>
        <source>Expected timescale</source>
        <translation>Amserlen ddisgwyliedig</translation>
    </message>
    <message>
        <source>Advice given</source>
        <translation>Cyngor a roddwyd</translation>
    </message>
    <message>
        <source>Told to call back if nothing happens</source>
        <translation>Dywedwyd wrth y galwr am ffonio&apos;n ôl os na fydd dim yn digwydd</translation>
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
        <translation type="unfinished">y bydd yr heddlu&apos;n dod allan</translation>
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
        <translation>Methu gwneud %1 yn ddarllenadwy gan ei berchennog yn unig: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Methu ysgrifennu %1: %2</translation>
    </message>
</context>
<context>
    <name>cd::PracticePanel</name>
    <message>
        <source>What the caller says first</source>
        <translation>Beth mae&apos;r galwr yn ei ddweud gyntaf</translation>
    </message>
    <message>
        <source>Ask the caller about:</source>
        <translation>Holwch y galwr am:</translation>
    </message>
    <message>
        <source>Topics to ask the caller about</source>
        <translation>Pynciau i holi&apos;r galwr amdanynt</translation>
    </message>
    <message>
        <source>Enter on a topic shows what the caller says</source>
        <translation>Mae Enter ar bwnc yn dangos beth mae&apos;r galwr yn ei ddweud</translation>
    </message>
    <message>
        <source>A&amp;sk</source>
        <translation>&amp;Gofyn</translation>
    </message>
    <message>
        <source>Ask the caller about the chosen topic</source>
        <translation>Holi&apos;r galwr am y pwnc a ddewiswyd</translation>
    </message>
    <message>
        <source>What the caller has said:</source>
        <translation>Beth mae&apos;r galwr wedi&apos;i ddweud:</translation>
    </message>
    <message>
        <source>What the caller has said</source>
        <translation>Beth mae&apos;r galwr wedi&apos;i ddweud</translation>
    </message>
    <message>
        <source>End practice</source>
        <translation>Gorffen ymarfer</translation>
    </message>
    <message>
        <source>End the practice call and score it</source>
        <translation>Gorffen yr alwad ymarfer a&apos;i sgorio</translation>
    </message>
    <message>
        <source>Practice call</source>
        <translation>Galwad ymarfer</translation>
    </message>
    <message>
        <source>&amp;Scenario for the trainee:</source>
        <translation>&amp;Senario i&apos;r hyfforddai:</translation>
    </message>
    <message>
        <source>Practice scenarios</source>
        <translation>Senarios ymarfer</translation>
    </message>
    <message>
        <source>What the scenario is about, for the trainer</source>
        <translation>Am beth mae&apos;r senario, ar gyfer yr hyfforddwr</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Dechrau</translation>
    </message>
    <message>
        <source>Start the practice call</source>
        <translation>Dechrau&apos;r alwad ymarfer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Practice call: press F2 to take the call</source>
        <translation>Galwad ymarfer: pwyswch F2 i dderbyn yr alwad</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The practice call could not be scored: %1</source>
        <translation>Nid oedd modd sgorio&apos;r alwad ymarfer: %1</translation>
    </message>
    <message>
        <source>No practice call</source>
        <translation>Dim galwad ymarfer</translation>
    </message>
    <message>
        <source>Training &gt; Practice call… (Ctrl+Shift+P) starts one; Ctrl+Shift+L comes back to this tab.</source>
        <translation>Mae Hyfforddiant &gt; Galwad ymarfer… (Ctrl+Shift+P) yn dechrau un; mae Ctrl+Shift+L yn dod yn ôl i&apos;r tab hwn.</translation>
    </message>
    <message>
        <source>Practice: %1</source>
        <translation>Ymarfer: %1</translation>
    </message>
    <message>
        <source>Caller: %1, %2</source>
        <translation>Galwr: %1, %2</translation>
    </message>
    <message>
        <source>The caller says: “%1”</source>
        <translation>Mae&apos;r galwr yn dweud: “%1”</translation>
    </message>
    <message>
        <source>The phone is ringing: press F2 to take the call.</source>
        <translation>Mae&apos;r ffôn yn canu: pwyswch F2 i dderbyn yr alwad.</translation>
    </message>
    <message>
        <source>On the call: ask about a topic (Enter) and log the contact; saving it ends the practice.</source>
        <translation>Ar yr alwad: holwch am bwnc (Enter) a chofnodwch y cyswllt; mae ei gadw yn dod â&apos;r ymarfer i ben.</translation>
    </message>
    <message>
        <source>Practice ended. Training &gt; Practice call… starts another.</source>
        <translation>Daeth yr ymarfer i ben. Mae Hyfforddiant &gt; Galwad ymarfer… yn dechrau un arall.</translation>
    </message>
    <message>
        <source>Practice calls are not available: %1</source>
        <translation>Nid yw galwadau ymarfer ar gael: %1</translation>
    </message>
    <message>
        <source>no scenarios</source>
        <translation>dim senarios</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Galwr</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Hyfforddiant</translation>
    </message>
    <message>
        <source>&amp;Practice call…</source>
        <translation>Galwad &amp;ymarfer…</translation>
    </message>
    <message>
        <source>Pick a scenario: a made-up caller the trainee logs, scored against the rubric</source>
        <translation>Dewiswch senario: galwr ffug y mae&apos;r hyfforddai yn ei gofnodi, wedi&apos;i sgorio yn erbyn y cynllun marcio</translation>
    </message>
    <message>
        <source>&amp;Caller tab</source>
        <translation>&amp;Tab y galwr</translation>
    </message>
    <message>
        <source>&amp;End practice</source>
        <translation>&amp;Gorffen ymarfer</translation>
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
        <translation type="unfinished">CSV (*.csv)</translation>
    </message>
    <message>
        <source>Practice results written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished">Methu ysgrifennu %1: %2</translation>
    </message>
</context>
<context>
    <name>cd::PracticeScenario</name>
    <message>
        <source>%1: not a practice scenario (%2)</source>
        <translation>%1: nid yw&apos;n senario ymarfer (%2)</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be a lower_snake_case code</source>
        <translation>rhaid i &quot;id&quot; fod yn god lower_snake_case</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a positive number</source>
        <translation>rhaid i &quot;version&quot; fod yn rhif positif</translation>
    </message>
    <message>
        <source>&quot;title&quot; is missing</source>
        <translation>mae &quot;title&quot; ar goll</translation>
    </message>
    <message>
        <source>the caller needs a name and a phone number</source>
        <translation>mae angen enw a rhif ffôn ar y galwr</translation>
    </message>
    <message>
        <source>&quot;opening_line&quot; is missing</source>
        <translation>mae &quot;opening_line&quot; ar goll</translation>
    </message>
    <message>
        <source>topic &quot;%1&quot;: the id must be a new lower_snake_case code</source>
        <translation>pwnc &quot;%1&quot;: rhaid i&apos;r id fod yn god lower_snake_case newydd</translation>
    </message>
    <message>
        <source>topic &quot;%1&quot; needs a label and an answer</source>
        <translation>mae angen label ac ateb ar y pwnc &quot;%1&quot;</translation>
    </message>
    <message>
        <source>there are no topics for the trainee to ask about</source>
        <translation>nid oes pynciau i&apos;r hyfforddai holi amdanynt</translation>
    </message>
    <message>
        <source>unknown category &quot;%1&quot;</source>
        <translation>categori anhysbys &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown reason &quot;%1&quot;</source>
        <translation>rheswm anhysbys &quot;%1&quot;</translation>
    </message>
    <message>
        <source>reason &quot;%1&quot; belongs to category &quot;%2&quot;, not &quot;%3&quot;</source>
        <translation>mae rheswm &quot;%1&quot; yn perthyn i gategori &quot;%2&quot;, nid &quot;%3&quot;</translation>
    </message>
    <message>
        <source>category &quot;%1&quot; needs a reason</source>
        <translation>mae angen rheswm ar gategori &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown outcome &quot;%1&quot;</source>
        <translation>canlyniad anhysbys &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown script &quot;%1&quot;</source>
        <translation>sgript anhysbys &quot;%1&quot;</translation>
    </message>
    <message>
        <source>script &quot;%1&quot; has no step &quot;%2&quot;</source>
        <translation>nid oes cam &quot;%2&quot; yn sgript &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the walk must begin at step &quot;%1&quot;</source>
        <translation>rhaid i&apos;r llwybr ddechrau ar gam &quot;%1&quot;</translation>
    </message>
    <message>
        <source>step &quot;%1&quot; does not lead to step &quot;%2&quot;</source>
        <translation>nid yw cam &quot;%1&quot; yn arwain at gam &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the walk sets outcome &quot;%1&quot; but &quot;%2&quot; is expected</source>
        <translation>mae&apos;r llwybr yn gosod canlyniad &quot;%1&quot; ond mae disgwyl &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the walk tells the caller &quot;%1&quot; but &quot;%2&quot; is expected</source>
        <translation>mae&apos;r llwybr yn dweud &quot;%1&quot; wrth y galwr ond mae disgwyl &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the walk opens a %1 escalation that is not expected</source>
        <translation>mae&apos;r llwybr yn agor uwchgyfeiriad %1 nad yw&apos;n ddisgwyliedig</translation>
    </message>
    <message>
        <source>unknown escalation form &quot;%1&quot;</source>
        <translation>ffurflen uwchgyfeirio anhysbys &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown kind of risk &quot;%1&quot;</source>
        <translation>math anhysbys o risg &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the caller&apos;s name &quot;%1&quot; is not made from the demo generator&apos;s lists</source>
        <translation>nid yw enw&apos;r galwr &quot;%1&quot; wedi&apos;i wneud o restrau&apos;r generadur demo</translation>
    </message>
    <message>
        <source>%1 is not a number Ofcom keeps for drama</source>
        <translation>nid yw %1 yn rhif y mae Ofcom yn ei gadw ar gyfer drama</translation>
    </message>
    <message>
        <source>%1: cannot be read or is too large</source>
        <translation>%1: ni ellir ei ddarllen neu mae&apos;n rhy fawr</translation>
    </message>
</context>
<context>
    <name>cd::PracticeScoreDialog</name>
    <message>
        <source>Practice score: %1</source>
        <translation>Sgôr ymarfer: %1</translation>
    </message>
    <message>
        <source>Points by criterion and what was missed</source>
        <translation>Pwyntiau fesul maen prawf a&apos;r hyn a fethwyd</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Maen prawf</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Pwyntiau</translation>
    </message>
    <message>
        <source>What was missed</source>
        <translation>Yr hyn a fethwyd</translation>
    </message>
    <message>
        <source>For the trainer to tick</source>
        <translation>I&apos;r hyfforddwr ei dicio</translation>
    </message>
    <message>
        <source>Nothing missed</source>
        <translation>Dim wedi&apos;i fethu</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>Close the score</source>
        <translation>Cau&apos;r sgôr</translation>
    </message>
    <message>
        <source>Total: %1 of %2</source>
        <translation>Cyfanswm: %1 o %2</translation>
    </message>
</context>
<context>
    <name>cd::ProfileDialog</name>
    <message>
        <source>Enter your name</source>
        <translation>Rhowch eich enw</translation>
    </message>
    <message>
        <source>Enter your team</source>
        <translation>Rhowch eich tîm</translation>
    </message>
</context>
<context>
    <name>cd::ProfileStore</name>
    <message>
        <source>Enter your name</source>
        <translation>Rhowch eich enw</translation>
    </message>
    <message>
        <source>Enter your team</source>
        <translation>Rhowch eich tîm</translation>
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
        <translation type="unfinished">%1 o %2</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished">Maen prawf</translation>
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
        <translation type="unfinished">&amp;Mis:</translation>
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
        <translation type="unfinished">Triniwr galwadau</translation>
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
        <translation type="unfinished">Cyswllt</translation>
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
        <translation type="unfinished">%1 o %2</translation>
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
        <translation type="unfinished">Cyfanswm: %1 o %2</translation>
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
        <translation>Diystyru (Shift+F9)</translation>
    </message>
    <message>
        <source>the %1 form</source>
        <translation>y ffurflen %1</translation>
    </message>
    <message>
        <source>the guidance</source>
        <translation>y canllawiau</translation>
    </message>
    <message>
        <source>Open form (F9)</source>
        <translation>Agor y ffurflen (F9)</translation>
    </message>
    <message>
        <source>Open guidance (F9)</source>
        <translation>Agor y canllawiau (F9)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation>Rheol %1: %2</translation>
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
        <translation>%1: nid yw&apos;n rhestr ymadroddion risg (%2)</translation>
    </message>
    <message>
        <source>%1: the list needs a version of 1 or more</source>
        <translation>%1: mae angen fersiwn 1 neu uwch ar y rhestr</translation>
    </message>
    <message>
        <source>%1: the word class {%2} is empty</source>
        <translation>%1: mae&apos;r dosbarth geiriau {%2} yn wag</translation>
    </message>
    <message>
        <source>%1: the list has no kinds</source>
        <translation>%1: nid oes mathau yn y rhestr</translation>
    </message>
    <message>
        <source>%1: the kind %2 has no phrases</source>
        <translation>%1: nid oes ymadroddion gan y math %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) at %3: %4 %5</source>
        <translation>&quot;%1&quot; (%2) am %3: %4 %5</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>agorwyd</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>diystyrwyd</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>heb ei ateb</translation>
    </message>
    <message>
        <source>the shipped risk concept list is missing from the program</source>
        <translation>mae&apos;r rhestr cysyniadau risg a ddaw gyda&apos;r rhaglen ar goll ohoni</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses the unknown word class %2</source>
        <translation>mae &quot;%1&quot; yn defnyddio&apos;r dosbarth geiriau anhysbys %2</translation>
    </message>
    <message>
        <source>an empty term</source>
        <translation>term gwag</translation>
    </message>
    <message>
        <source>%1: the context status &quot;%2&quot; is unknown</source>
        <translation>%1: mae statws y cyd-destun &quot;%2&quot; yn anhysbys</translation>
    </message>
    <message>
        <source>%1: the context direction &quot;%2&quot; is unknown</source>
        <translation>%1: mae cyfeiriad y cyd-destun &quot;%2&quot; yn anhysbys</translation>
    </message>
    <message>
        <source>%1: the concept %2 has no words</source>
        <translation>%1: nid oes geiriau gan y cysyniad %2</translation>
    </message>
    <message>
        <source>%1: a context scope ends at the unknown concept %2</source>
        <translation>%1: mae cwmpas cyd-destun yn gorffen wrth y cysyniad anhysbys %2</translation>
    </message>
    <message>
        <source>%1: carry names the unknown concept %2</source>
        <translation>%1: mae carry yn enwi&apos;r cysyniad anhysbys %2</translation>
    </message>
    <message>
        <source>%1: a rule needs an id and a kind</source>
        <translation>%1: mae angen id a math ar reol</translation>
    </message>
    <message>
        <source>%1: the rule %2 uses the unknown concept %3</source>
        <translation>%1: mae&apos;r rheol %2 yn defnyddio&apos;r cysyniad anhysbys %3</translation>
    </message>
    <message>
        <source>%1: the rule %2 needs concepts</source>
        <translation>%1: mae angen cysyniadau ar y rheol %2</translation>
    </message>
    <message>
        <source>%1: the rule %2 names the unknown offer %3</source>
        <translation>%1: mae&apos;r rheol %2 yn enwi&apos;r cynnig anhysbys %3</translation>
    </message>
    <message>
        <source>asked and denied</source>
        <translation>gofynnwyd a gwadwyd</translation>
    </message>
    <message>
        <source>%1: misspellings need words of at least four letters</source>
        <translation>%1: mae angen geiriau o bedair llythyren o leiaf ar gyfer camsillafiadau</translation>
    </message>
    <message>
        <source>%1: nested names the unknown concept %2</source>
        <translation>%1: mae nested yn enwi&apos;r cysyniad anhysbys %2</translation>
    </message>
    <message>
        <source>%1: not_nested_inside names the unknown concept %2</source>
        <translation>%1: mae not_nested_inside yn enwi&apos;r cysyniad anhysbys %2</translation>
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
        <translation>Triniwr galwadau</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Rheolwr</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Hyfforddwr</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Gweinyddwr</translation>
    </message>
</context>
<context>
    <name>cd::Rubric</name>
    <message>
        <source>the caller&apos;s name</source>
        <translation>enw&apos;r galwr</translation>
    </message>
    <message>
        <source>the caller&apos;s phone number</source>
        <translation>rhif ffôn y galwr</translation>
    </message>
    <message>
        <source>the caller&apos;s email</source>
        <translation>e-bost y galwr</translation>
    </message>
    <message>
        <source>the postcode</source>
        <translation>y cod post</translation>
    </message>
    <message>
        <source>the incident or crime reference</source>
        <translation>cyfeirnod y digwyddiad neu&apos;r drosedd</translation>
    </message>
    <message>
        <source>the vehicle registration</source>
        <translation>rhif cofrestru&apos;r cerbyd</translation>
    </message>
    <message>
        <source>the notes</source>
        <translation>y nodiadau</translation>
    </message>
    <message>
        <source>%1: not a rubric file (%2)</source>
        <translation>%1: nid yw&apos;n ffeil cyfarwyddyd sgorio (%2)</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be a lower_snake_case code</source>
        <translation>rhaid i &quot;id&quot; fod yn god lower_snake_case</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a positive number</source>
        <translation>rhaid i &quot;version&quot; fod yn rhif positif</translation>
    </message>
    <message>
        <source>&quot;title&quot; is missing</source>
        <translation>mae &quot;title&quot; ar goll</translation>
    </message>
    <message>
        <source>criterion &quot;%1&quot;: the id must be a lower_snake_case code</source>
        <translation>maen prawf &quot;%1&quot;: rhaid i&apos;r id fod yn god lower_snake_case</translation>
    </message>
    <message>
        <source>criterion &quot;%1&quot; is listed twice</source>
        <translation>mae maen prawf &quot;%1&quot; wedi&apos;i restru ddwywaith</translation>
    </message>
    <message>
        <source>criterion &quot;%1&quot; has no title</source>
        <translation>nid oes teitl gan faen prawf &quot;%1&quot;</translation>
    </message>
    <message>
        <source>criterion &quot;%1&quot;: the weight must be 1 to 100</source>
        <translation>maen prawf &quot;%1&quot;: rhaid i&apos;r pwysiad fod rhwng 1 a 100</translation>
    </message>
    <message>
        <source>criterion &quot;%1&quot; is ticked by a person and has no check</source>
        <translation>mae maen prawf &quot;%1&quot; yn cael ei dicio gan berson ac nid oes ganddo wiriad</translation>
    </message>
    <message>
        <source>criterion &quot;%1&quot;: unknown check &quot;%2&quot; (known: %3)</source>
        <translation>maen prawf &quot;%1&quot;: gwiriad anhysbys &quot;%2&quot; (rhai hysbys: %3)</translation>
    </message>
    <message>
        <source>criterion &quot;%1&quot;: &quot;scoring&quot; must be &quot;auto&quot; or &quot;manual&quot;</source>
        <translation>maen prawf &quot;%1&quot;: rhaid i &quot;scoring&quot; fod yn &quot;auto&quot; neu&apos;n &quot;manual&quot;</translation>
    </message>
    <message>
        <source>there are no criteria</source>
        <translation>nid oes meini prawf</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>nid oes modd darllen %1: %2</translation>
    </message>
    <message>
        <source>the expected record has no category</source>
        <translation>nid oes categori gan y cofnod disgwyliedig</translation>
    </message>
    <message>
        <source>the expected record has no outcome</source>
        <translation>nid oes canlyniad gan y cofnod disgwyliedig</translation>
    </message>
    <message>
        <source>the expected script and its steps go together</source>
        <translation>mae&apos;r sgript ddisgwyliedig a&apos;i chamau&apos;n mynd gyda&apos;i gilydd</translation>
    </message>
    <message>
        <source>&quot;attendance_told&quot; must be &quot;will_attend&quot; or &quot;will_not_attend&quot;</source>
        <translation>rhaid i &quot;attendance_told&quot; fod yn &quot;will_attend&quot; neu&apos;n &quot;will_not_attend&quot;</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; (known: %2)</source>
        <translation>maes anhysbys &quot;%1&quot; (rhai hysbys: %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>dim</translation>
    </message>
    <message>
        <source>the category was &quot;%1&quot;; this call is &quot;%2&quot;</source>
        <translation>y categori oedd &quot;%1&quot;; mae&apos;r alwad hon yn &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the reason was &quot;%1&quot;; this call is &quot;%2&quot;</source>
        <translation>y rheswm oedd &quot;%1&quot;; mae&apos;r alwad hon yn &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the risk of %1 was not recognised: the notes do not mention it</source>
        <translation>ni chafodd y risg o %1 ei hadnabod: nid yw&apos;r nodiadau&apos;n sôn amdani</translation>
    </message>
    <message>
        <source>the risk of %1 was prompted but the prompt was dismissed</source>
        <translation>cafwyd anogaeth ynghylch y risg o %1 ond cafodd yr anogaeth ei diystyru</translation>
    </message>
    <message>
        <source>the risk of %1 was prompted but not acted on</source>
        <translation>cafwyd anogaeth ynghylch y risg o %1 ond ni weithredwyd arni</translation>
    </message>
    <message>
        <source>the %1 guidance was not used</source>
        <translation>ni ddefnyddiwyd canllawiau %1</translation>
    </message>
    <message>
        <source>the %1 guidance did not reach step &quot;%2&quot; on the right branch</source>
        <translation>ni chyrhaeddodd canllawiau %1 gam &quot;%2&quot; ar y gangen gywir</translation>
    </message>
    <message>
        <source>police will attend</source>
        <translation>y bydd yr heddlu&apos;n dod allan</translation>
    </message>
    <message>
        <source>police will not attend</source>
        <translation>na fydd yr heddlu&apos;n dod allan</translation>
    </message>
    <message>
        <source>the caller was not told that %1</source>
        <translation>ni ddywedwyd wrth y galwr %1</translation>
    </message>
    <message>
        <source>the caller was told the wrong thing: this call is &quot;%1&quot;</source>
        <translation>dywedwyd y peth anghywir wrth y galwr: mae&apos;r alwad hon yn &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the guidance was not read to its end, so the caller may not know what happens next</source>
        <translation>ni ddarllenwyd y canllawiau hyd y diwedd, felly efallai na fydd y galwr yn gwybod beth sy&apos;n digwydd nesaf</translation>
    </message>
    <message>
        <source>the outcome was &quot;%1&quot;; this call is &quot;%2&quot;</source>
        <translation>y canlyniad oedd &quot;%1&quot;; mae&apos;r alwad hon yn &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>mae %1 ar goll</translation>
    </message>
    <message>
        <source>the notes do not mention &quot;%1&quot;</source>
        <translation>nid yw&apos;r nodiadau&apos;n sôn am &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no %1 escalation was raised</source>
        <translation>ni chodwyd uwchgyfeiriad %1</translation>
    </message>
    <message>
        <source>a %1 escalation was raised that this call does not need</source>
        <translation>codwyd uwchgyfeiriad %1 nad oes ei angen ar yr alwad hon</translation>
    </message>
</context>
<context>
    <name>cd::ScreenPop</name>
    <message>
        <source>&quot;%1&quot; is not a phone number: use digits, spaces and an optional leading +</source>
        <translation>nid yw &quot;%1&quot; yn rhif ffôn: defnyddiwch ddigidau, bylchau a + ar y dechrau os oes angen</translation>
    </message>
    <message>
        <source>The caller&apos;s number is empty</source>
        <translation>Mae rhif y galwr yn wag</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: it has %2 digits (3 to 15 expected)</source>
        <translation>nid yw &quot;%1&quot; yn rhif ffôn: mae ganddo %2 digid (disgwylir 3 i 15)</translation>
    </message>
</context>
<context>
    <name>cd::Script</name>
    <message>
        <source>an action has no type</source>
        <translation>nid oes math gan weithred</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;</source>
        <translation>gweithred anhysbys &quot;%1&quot;</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>a step must be a JSON object</source>
        <translation>rhaid i gam fod yn wrthrych JSON</translation>
    </message>
    <message>
        <source>the step has no id</source>
        <translation>nid oes id gan y cam</translation>
    </message>
    <message>
        <source>the step has no type (prompt or question)</source>
        <translation>nid oes math gan y cam (prompt neu question)</translation>
    </message>
    <message>
        <source>unknown step type &quot;%1&quot; (prompt or question)</source>
        <translation>math cam anhysbys &quot;%1&quot; (prompt neu question)</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at offset %2)</source>
        <translation>nid yw&apos;n JSON dilys (%1 ar wrthbwyso %2)</translation>
    </message>
    <message>
        <source>a script must be a JSON object</source>
        <translation>rhaid i sgript fod yn wrthrych JSON</translation>
    </message>
    <message>
        <source>the script has no id</source>
        <translation>nid oes id gan y sgript</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; must be lower_snake_case</source>
        <translation>rhaid i&apos;r id &quot;%1&quot; fod yn lower_snake_case</translation>
    </message>
    <message>
        <source>the script needs a whole-number version of 1 or more</source>
        <translation>mae angen fersiwn ar ffurf rhif cyfan, 1 neu uwch, ar y sgript</translation>
    </message>
    <message>
        <source>the script has no title</source>
        <translation>nid oes teitl gan y sgript</translation>
    </message>
    <message>
        <source>the script names no category</source>
        <translation>nid yw&apos;r sgript yn enwi categori</translation>
    </message>
    <message>
        <source>the category &quot;%1&quot; is not in the taxonomy</source>
        <translation>nid yw&apos;r categori &quot;%1&quot; yn y tacsonomeg</translation>
    </message>
    <message>
        <source>the script cites no sources</source>
        <translation>nid yw&apos;r sgript yn dyfynnu unrhyw ffynonellau</translation>
    </message>
    <message>
        <source>every source needs a title and a url</source>
        <translation>mae angen teitl ac url ar bob ffynhonnell</translation>
    </message>
    <message>
        <source>the script has no steps</source>
        <translation>nid oes camau gan y sgript</translation>
    </message>
    <message>
        <source>the step id is used more than once</source>
        <translation>defnyddir id y cam fwy nag unwaith</translation>
    </message>
    <message>
        <source>the start step &quot;%1&quot; does not exist</source>
        <translation>nid yw&apos;r cam cychwyn &quot;%1&quot; yn bodoli</translation>
    </message>
    <message>
        <source>(no id)</source>
        <translation>(dim id)</translation>
    </message>
    <message>
        <source>the step has no text to read or ask</source>
        <translation>nid oes testun i&apos;w ddarllen na&apos;i ofyn gan y cam</translation>
    </message>
    <message>
        <source>a question needs at least one answer</source>
        <translation>mae angen o leiaf un ateb ar gwestiwn</translation>
    </message>
    <message>
        <source>a question may have at most %1 answers (number keys 1-9)</source>
        <translation>gall cwestiwn gael %1 ateb ar y mwyaf (bysellau rhif 1-9)</translation>
    </message>
    <message>
        <source>a question continues through its answers, not &quot;next&quot;</source>
        <translation>mae cwestiwn yn parhau drwy ei atebion, nid drwy &quot;next&quot;</translation>
    </message>
    <message>
        <source>answer %1 has no text</source>
        <translation>nid oes testun gan ateb %1</translation>
    </message>
    <message>
        <source>answer %1 leads nowhere (no &quot;next&quot;)</source>
        <translation>nid yw ateb %1 yn arwain i unman (dim &quot;next&quot;)</translation>
    </message>
    <message>
        <source>answer %1 leads to &quot;%2&quot;, which does not exist</source>
        <translation>mae ateb %1 yn arwain at &quot;%2&quot;, nad yw&apos;n bodoli</translation>
    </message>
    <message>
        <source>a prompt has no answers; make it a question</source>
        <translation>nid oes atebion gan anogaeth; gwnewch hi&apos;n gwestiwn</translation>
    </message>
    <message>
        <source>&quot;next&quot; leads to &quot;%1&quot;, which does not exist</source>
        <translation>mae &quot;next&quot; yn arwain at &quot;%1&quot;, nad yw&apos;n bodoli</translation>
    </message>
    <message>
        <source>set_outcome needs an outcome code</source>
        <translation>mae angen cod canlyniad ar set_outcome</translation>
    </message>
    <message>
        <source>set_outcome: &quot;%1&quot; is not an outcome in the taxonomy</source>
        <translation>set_outcome: nid yw &quot;%1&quot; yn ganlyniad yn y tacsonomeg</translation>
    </message>
    <message>
        <source>open_escalation needs the form type</source>
        <translation>mae angen y math o ffurflen ar open_escalation</translation>
    </message>
    <message>
        <source>show_contacts lists no contacts</source>
        <translation>nid yw show_contacts yn rhestru unrhyw gysylltiadau</translation>
    </message>
    <message>
        <source>every contact to show needs a name and a detail</source>
        <translation>mae angen enw a manylyn ar bob cyswllt i&apos;w ddangos</translation>
    </message>
    <message>
        <source>record_attendance_told must be &quot;will_attend&quot; or &quot;will_not_attend&quot;</source>
        <translation>rhaid i record_attendance_told fod yn &quot;will_attend&quot; neu&apos;n &quot;will_not_attend&quot;</translation>
    </message>
    <message>
        <source>the step cannot be reached from the start &quot;%1&quot;</source>
        <translation>nid oes modd cyrraedd y cam o&apos;r cychwyn &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the script has no end step (a prompt without &quot;next&quot;)</source>
        <translation>nid oes cam diwedd gan y sgript (anogaeth heb &quot;next&quot;)</translation>
    </message>
    <message>
        <source>no way to finish from this step (a loop with no end)</source>
        <translation>dim ffordd o orffen o&apos;r cam hwn (dolen heb ddiwedd)</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>nid oes modd ei darllen: %1</translation>
    </message>
    <message>
        <source>the key %1 appears twice in one object; name each key once</source>
        <translation>mae&apos;r allwedd %1 yn ymddangos ddwywaith mewn un gwrthrych; enwch bob allwedd unwaith</translation>
    </message>
    <message>
        <source>the id is longer than %1 characters</source>
        <translation>mae&apos;r id yn hwy na %1 nod</translation>
    </message>
    <message>
        <source>the title has %1 characters; at most %2</source>
        <translation>mae gan y teitl %1 nod; %2 ar y mwyaf</translation>
    </message>
    <message>
        <source>the summary has %1 characters; at most %2</source>
        <translation>mae gan y crynodeb %1 nod; %2 ar y mwyaf</translation>
    </message>
    <message>
        <source>the script has %1 steps; at most %2</source>
        <translation>mae gan y sgript %1 cam; %2 ar y mwyaf</translation>
    </message>
    <message>
        <source>the step id is longer than %1 characters</source>
        <translation>mae id y cam yn hwy na %1 nod</translation>
    </message>
    <message>
        <source>the step&apos;s text or advice is longer than %1 characters</source>
        <translation>mae testun neu gyngor y cam yn hwy na %1 nod</translation>
    </message>
    <message>
        <source>answer %1 is longer than %2 characters</source>
        <translation>mae ateb %1 yn hwy na %2 nod</translation>
    </message>
    <message>
        <source>the file has %1 bytes; a script file may have at most %2 (1 MiB)</source>
        <translation>mae gan y ffeil %1 beit; gall ffeil sgript fod yn %2 ar y mwyaf (1 MiB)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (line %2)</source>
        <translation>&quot;%1&quot; (llinell %2)</translation>
    </message>
</context>
<context>
    <name>cd::ScriptOutlineDialog</name>
    <message>
        <source>Ask: %1</source>
        <translation>Gofyn: %1</translation>
    </message>
    <message>
        <source>End: %1</source>
        <translation>Diwedd: %1</translation>
    </message>
    <message>
        <source>Say: %1</source>
        <translation>Dweud: %1</translation>
    </message>
    <message>
        <source>Script outline</source>
        <translation>Amlinelliad o&apos;r sgript</translation>
    </message>
    <message>
        <source>&amp;Script:</source>
        <translation>&amp;Sgript:</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (fersiwn %2)</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Allforio &amp;PDF…</translation>
    </message>
    <message>
        <source>→ continues at step &quot;%1&quot; (shown above)</source>
        <translation>→ yn parhau yng ngham &quot;%1&quot; (a ddangosir uchod)</translation>
    </message>
    <message>
        <source>Advice: %1</source>
        <translation>Cyngor: %1</translation>
    </message>
    <message>
        <source>Script &quot;%1&quot;, version %2, for the category %3.</source>
        <translation>Sgript &quot;%1&quot;, fersiwn %2, ar gyfer y categori %3.</translation>
    </message>
    <message>
        <source>%1. %2 → %3</source>
        <translation>%1. %2 → %3</translation>
    </message>
    <message>
        <source>then → %1</source>
        <translation>yna → %1</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Ffynonellau</translation>
    </message>
    <message>
        <source>there is no script to export</source>
        <translation>nid oes sgript i&apos;w hallforio</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>nid oes modd ysgrifennu %1</translation>
    </message>
    <message>
        <source>Export outline as PDF</source>
        <translation>Allforio&apos;r amlinelliad fel PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Outline not exported</source>
        <translation>Ni allforiwyd yr amlinelliad</translation>
    </message>
</context>
<context>
    <name>cd::ScriptSession</name>
    <message>
        <source>Continue</source>
        <translation>Parhau</translation>
    </message>
    <message>
        <source>the saved walk is of a different script</source>
        <translation>mae&apos;r daith a gadwyd yn perthyn i sgript wahanol</translation>
    </message>
    <message>
        <source>the saved walk does not begin at the script&apos;s start</source>
        <translation>nid yw&apos;r daith a gadwyd yn dechrau ar gychwyn y sgript</translation>
    </message>
    <message>
        <source>the script has changed since this walk was saved (at step &quot;%1&quot;)</source>
        <translation>mae&apos;r sgript wedi newid ers cadw&apos;r daith hon (yng ngham &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>%1 (version %2)%3</source>
        <translation>%1 (fersiwn %2)%3</translation>
    </message>
    <message>
        <source>, not finished</source>
        <translation>, heb ei gorffen</translation>
    </message>
    <message>
        <source>Caller told: police will attend</source>
        <translation>Dywedwyd wrth y galwr: bydd yr heddlu&apos;n dod allan</translation>
    </message>
    <message>
        <source>Caller told: police will not attend</source>
        <translation>Dywedwyd wrth y galwr: ni fydd yr heddlu&apos;n dod allan</translation>
    </message>
</context>
<context>
    <name>cd::ScriptStore</name>
    <message>
        <source>%1 was not imported: %2 problem(s)</source>
        <translation>Ni fewnforiwyd %1: %2 problem</translation>
    </message>
    <message>
        <source>%1 was not imported: version %2 of &quot;%3&quot; is not newer than version %4 already in use</source>
        <translation>Ni fewnforiwyd %1: nid yw fersiwn %2 o &quot;%3&quot; yn fwy newydd na fersiwn %4 sydd eisoes yn cael ei defnyddio</translation>
    </message>
</context>
<context>
    <name>cd::ShortcutSheetDialog</name>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>New contact: clears the form and starts the call timer</source>
        <translation>Cyswllt newydd: yn clirio&apos;r ffurflen ac yn dechrau amserydd yr alwad</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Save the contact (also from inside the notes)</source>
        <translation>Cadw&apos;r cyswllt (hefyd o&apos;r tu mewn i&apos;r nodiadau)</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Search contacts; Enter moves to the results, Enter again opens one, Esc goes back to today&apos;s list</source>
        <translation>Chwilio cysylltiadau; mae Enter yn symud i&apos;r canlyniadau, mae Enter eto&apos;n agor un, mae Esc yn mynd yn ôl i restr heddiw</translation>
    </message>
    <message>
        <source>Alt+underlined letter</source>
        <translation>Alt+llythyren wedi&apos;i thanlinellu</translation>
    </message>
    <message>
        <source>Jump to that field, tab or menu</source>
        <translation>Neidio i&apos;r maes, y tab neu&apos;r ddewislen honno</translation>
    </message>
    <message>
        <source>Typing in a drop-down</source>
        <translation>Teipio mewn cwymplen</translation>
    </message>
    <message>
        <source>Picks the first item whose words begin with what is typed (&quot;No c&quot; picks &quot;No call back&quot;); Alt+Down opens the list</source>
        <translation>Yn dewis yr eitem gyntaf y mae ei geiriau&apos;n dechrau â&apos;r hyn a deipiwyd (mae &quot;Dim g&quot; yn dewis &quot;Dim galwad yn ôl&quot;); mae Alt+Down yn agor y rhestr</translation>
    </message>
    <message>
        <source>Ctrl+G, then 1-9 / Backspace</source>
        <translation>Ctrl+G, yna 1-9 / Backspace</translation>
    </message>
    <message>
        <source>Answer the guidance script&apos;s question / go back a step</source>
        <translation>Ateb cwestiwn sgript y canllawiau / mynd un cam yn ôl</translation>
    </message>
    <message>
        <source>F9 / Shift+F9</source>
        <translation>F9 / Shift+F9</translation>
    </message>
    <message>
        <source>Open / dismiss the guidance a risk banner offers</source>
        <translation>Agor / diystyru&apos;r canllawiau a gynigir gan faner risg</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>Put the vehicle record&apos;s summary into the notes and link the VRM</source>
        <translation>Rhoi crynodeb cofnod y cerbyd yn y nodiadau a chysylltu&apos;r VRM</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Raise an escalation from the current contact</source>
        <translation>Codi uwchgyfeiriad o&apos;r cyswllt presennol</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Sync now with the shared database</source>
        <translation>Cysoni nawr â&apos;r gronfa ddata a rennir</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>This sheet</source>
        <translation>Y daflen hon</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Llwybrau byr y bysellfwrdd</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Bysell</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Beth mae&apos;n ei wneud</translation>
    </message>
    <message>
        <source>F4</source>
        <translation>F4</translation>
    </message>
    <message>
        <source>End call: the caller has hung up; talk time stops and wrap-up time runs until the save (a hang-up from the telephony, or F2 for the next call, does the same)</source>
        <translation>Dod â&apos;r alwad i ben: mae&apos;r galwr wedi rhoi&apos;r ffôn i lawr; mae&apos;r amser siarad yn stopio ac mae&apos;r amser cloi&apos;n rhedeg nes i chi gadw (mae rhoi&apos;r ffôn i lawr o&apos;r system teleffoni, neu F2 ar gyfer yr alwad nesaf, yn gwneud yr un peth)</translation>
    </message>
    <message>
        <source>Move through the form in call order: channel, phone, email, name, postcode, consent, category, reason, reference, VRM, notes, outcome, remained dissatisfied, vulnerable, THRIVE, what happens next</source>
        <translation>Symud drwy&apos;r ffurflen yn nhrefn yr alwad: sianel, ffôn, e-bost, enw, cod post, caniatâd, categori, rheswm, cyfeirnod, VRM, nodiadau, canlyniad, yn dal yn anfodlon, agored i niwed, THRIVE, beth sy&apos;n digwydd nesaf</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Review the outcome message proposed for the caller: edit it, Send later or Withhold</source>
        <translation>Adolygu&apos;r neges canlyniad a gynigir ar gyfer y galwr: ei golygu, Anfon yn nes ymlaen neu Atal</translation>
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
        <translation>Cysonwyd ddiwethaf %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) refused by the shared database</source>
        <translation>
            <numerusform>%n newid wedi&apos;u gwrthod gan y gronfa ddata a rennir</numerusform>
            <numerusform>%n newid wedi&apos;i wrthod gan y gronfa ddata a rennir</numerusform>
            <numerusform>%n newid wedi&apos;u gwrthod gan y gronfa ddata a rennir</numerusform>
            <numerusform>%n newid wedi&apos;u gwrthod gan y gronfa ddata a rennir</numerusform>
            <numerusform>%n newid wedi&apos;u gwrthod gan y gronfa ddata a rennir</numerusform>
        </translation>
    </message>
    <message>
        <source>no shared database is set up (Sync &gt; Shared database…)</source>
        <translation>nid oes cronfa ddata a rennir wedi&apos;i gosod (Cysoni &gt; Cronfa ddata a rennir…)</translation>
    </message>
    <message>
        <source>the shared database did not accept the password (enter it again in Sync &gt; Shared database…)</source>
        <translation>ni dderbyniodd y gronfa ddata a rennir y cyfrinair (rhowch ef eto yn Cysoni &gt; Cronfa ddata a rennir…)</translation>
    </message>
    <message>
        <source>this login is not set up on the shared database (ask an administrator)</source>
        <translation>nid yw&apos;r mewngofnod hwn wedi&apos;i osod ar y gronfa ddata a rennir (gofynnwch i weinyddwr)</translation>
    </message>
    <message>
        <source>the shared database named in Sync &gt; Shared database… does not exist</source>
        <translation>nid yw&apos;r gronfa ddata a rennir a enwir yn Cysoni &gt; Cronfa ddata a rennir… yn bodoli</translation>
    </message>
    <message>
        <source>that database is not a Contact Desk shared database</source>
        <translation>nid yw&apos;r gronfa ddata honno&apos;n gronfa ddata a rennir Contact Desk</translation>
    </message>
    <message>
        <source>the server&apos;s name is not known (check the network or the host name)</source>
        <translation>nid yw enw&apos;r gweinydd yn hysbys (gwiriwch y rhwydwaith neu enw&apos;r gwesteiwr)</translation>
    </message>
    <message>
        <source>the shared database did not answer in time</source>
        <translation>ni atebodd y gronfa ddata a rennir mewn pryd</translation>
    </message>
    <message>
        <source>the network is not available</source>
        <translation>nid yw&apos;r rhwydwaith ar gael</translation>
    </message>
    <message>
        <source>the connection to the shared database was lost</source>
        <translation>collwyd y cysylltiad â&apos;r gronfa ddata a rennir</translation>
    </message>
    <message>
        <source>the shared database is not answering</source>
        <translation>nid yw&apos;r gronfa ddata a rennir yn ateb</translation>
    </message>
    <message>
        <source> (last synced %1)</source>
        <translation> (cysonwyd ddiwethaf %1)</translation>
    </message>
    <message>
        <source>Offline: %1</source>
        <translation>All-lein: %1</translation>
    </message>
    <message>
        <source>Sync error: %1</source>
        <translation>Gwall cysoni: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) from the server set aside</source>
        <translation>
            <numerusform>%n rhes o&apos;r gweinydd wedi&apos;u rhoi o&apos;r neilltu</numerusform>
            <numerusform>%n rhes o&apos;r gweinydd wedi&apos;i rhoi o&apos;r neilltu</numerusform>
            <numerusform>%n rhes o&apos;r gweinydd wedi&apos;u rhoi o&apos;r neilltu</numerusform>
            <numerusform>%n rhes o&apos;r gweinydd wedi&apos;u rhoi o&apos;r neilltu</numerusform>
            <numerusform>%n rhes o&apos;r gweinydd wedi&apos;u rhoi o&apos;r neilltu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) refused by the server</source>
        <translation>
            <numerusform>%n newid wedi&apos;u gwrthod gan y gweinydd</numerusform>
            <numerusform>%n newid wedi&apos;i wrthod gan y gweinydd</numerusform>
            <numerusform>%n newid wedi&apos;u gwrthod gan y gweinydd</numerusform>
            <numerusform>%n newid wedi&apos;u gwrthod gan y gweinydd</numerusform>
            <numerusform>%n newid wedi&apos;u gwrthod gan y gweinydd</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — see sync status</source>
        <extracomment>After the sync state: &quot;2 rows from the server set aside — see sync status&quot;</extracomment>
        <translation>%1 — gweler statws cysoni</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) from the shared database could not be stored here and were set aside; the rest of the sync went on (contactdesk-admin sync status lists them)</source>
        <translation>
            <numerusform>Nid oedd modd storio %n rhes o&apos;r gronfa ddata a rennir yma a chawsant eu rhoi o&apos;r neilltu; aeth gweddill y cysoni yn ei flaen (mae contactdesk-admin sync status yn eu rhestru)</numerusform>
            <numerusform>Nid oedd modd storio %n rhes o&apos;r gronfa ddata a rennir yma a chafodd ei rhoi o&apos;r neilltu; aeth gweddill y cysoni yn ei flaen (mae contactdesk-admin sync status yn ei rhestru)</numerusform>
            <numerusform>Nid oedd modd storio %n rhes o&apos;r gronfa ddata a rennir yma a chawsant eu rhoi o&apos;r neilltu; aeth gweddill y cysoni yn ei flaen (mae contactdesk-admin sync status yn eu rhestru)</numerusform>
            <numerusform>Nid oedd modd storio %n rhes o&apos;r gronfa ddata a rennir yma a chawsant eu rhoi o&apos;r neilltu; aeth gweddill y cysoni yn ei flaen (mae contactdesk-admin sync status yn eu rhestru)</numerusform>
            <numerusform>Nid oedd modd storio %n rhes o&apos;r gronfa ddata a rennir yma a chawsant eu rhoi o&apos;r neilltu; aeth gweddill y cysoni yn ei flaen (mae contactdesk-admin sync status yn eu rhestru)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::Taxonomy</name>
    <message>
        <source>%1: not a taxonomy file (%2)</source>
        <translation>%1: nid yw&apos;n ffeil tacsonomeg (%2)</translation>
    </message>
    <message>
        <source>%1: &quot;version&quot; must be a positive number</source>
        <translation>%1: rhaid i &quot;version&quot; fod yn rhif positif</translation>
    </message>
    <message>
        <source>%1: %2 &quot;%3&quot; has no label</source>
        <translation>%1: nid oes label gan %2 &quot;%3&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid code: use lower-case letters, digits and _</source>
        <translation>nid yw &quot;%1&quot; yn god dilys: defnyddiwch lythrennau bach, digidau a _</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a label</source>
        <translation>mae angen label ar &quot;%1&quot;</translation>
    </message>
    <message>
        <source>reason &quot;%1&quot; names unknown category &quot;%2&quot;</source>
        <translation>mae&apos;r rheswm &quot;%1&quot; yn enwi&apos;r categori anhysbys &quot;%2&quot;</translation>
    </message>
    <message>
        <source>reason &quot;%1&quot; is already used under category &quot;%2&quot;</source>
        <translation>mae&apos;r rheswm &quot;%1&quot; eisoes yn cael ei ddefnyddio o dan y categori &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>cd::Thrive</name>
    <message>
        <source>%1: &quot;%2&quot; is missing or empty</source>
        <translation>%1: mae &quot;%2&quot; ar goll neu&apos;n wag</translation>
    </message>
    <message>
        <source>%1: an entry of &quot;%2&quot; needs a lower_snake_case code and a label</source>
        <translation>%1: mae angen cod lower_snake_case a label ar gofnod o &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; names %3 twice</source>
        <translation>%1: mae &quot;%2&quot; yn enwi %3 ddwywaith</translation>
    </message>
    <message>
        <source>%1: grade %2 needs a rank above 0</source>
        <translation>%1: mae angen safle uwchlaw 0 ar radd %2</translation>
    </message>
    <message>
        <source>Cannot read the THRIVE questions %1: %2</source>
        <translation>Nid oes modd darllen cwestiynau THRIVE %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>Nid yw %1 yn wrthrych JSON: %2</translation>
    </message>
    <message>
        <source>%1 has no version</source>
        <translation>Nid oes fersiwn gan %1</translation>
    </message>
    <message>
        <source>%1: each element needs a lower_snake_case id, a label and a prompt</source>
        <translation>%1: mae angen id lower_snake_case, label ac anogaeth ar bob elfen</translation>
    </message>
    <message>
        <source>%1: element %2 is there twice</source>
        <translation>%1: mae elfen %2 yno ddwywaith</translation>
    </message>
    <message>
        <source>%1: the elements start with threat, harm, risk, investigation, vulnerability and engagement, in that order</source>
        <translation>%1: mae&apos;r elfennau&apos;n dechrau â threat, harm, risk, investigation, vulnerability ac engagement, yn y drefn honno</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a category code</source>
        <translation>%1: nid yw &quot;%2&quot; yn god categori</translation>
    </message>
    <message>
        <source>%1: reassess_after_hours is a whole number of hours from 1 to 672</source>
        <translation>%1: mae reassess_after_hours yn nifer cyfan o oriau o 1 i 672</translation>
    </message>
    <message>
        <source>%1: a risk grade scale has at least two grades</source>
        <translation>%1: mae gan raddfa graddau risg o leiaf ddwy radd</translation>
    </message>
    <message>
        <source>%1: two grades share rank %2</source>
        <translation>%1: mae dwy radd yn rhannu safle %2</translation>
    </message>
    <message>
        <source>Say whether police will attend</source>
        <translation>Nodwch a fydd yr heddlu&apos;n dod allan</translation>
    </message>
    <message>
        <source>Say why police will not attend</source>
        <translation>Nodwch pam na fydd yr heddlu&apos;n dod allan</translation>
    </message>
    <message>
        <source>Say in the note why police will not attend</source>
        <translation>Nodwch yn y nodyn pam na fydd yr heddlu&apos;n dod allan</translation>
    </message>
    <message>
        <source>Only a manager can sign off a lower risk grade; %1 is signed in as %2.</source>
        <translation>Dim ond rheolwr all gymeradwyo gradd risg is; mae %1 wedi mewngofnodi fel %2.</translation>
    </message>
    <message>
        <source>No lower risk grade is waiting for sign-off.</source>
        <translation>Nid oes gradd risg is yn aros am gymeradwyaeth.</translation>
    </message>
</context>
<context>
    <name>cd::ThriveDialog</name>
    <message>
        <source>THRIVE: assess again</source>
        <translation>THRIVE: asesu eto</translation>
    </message>
    <message>
        <source>THRIVE</source>
        <translation>THRIVE</translation>
    </message>
    <message>
        <source>New facts since THRIVE was answered: read each note again and change what no longer holds.</source>
        <translation>Ffeithiau newydd ers ateb THRIVE: darllenwch bob nodyn eto a newidiwch yr hyn nad yw&apos;n wir mwyach.</translation>
    </message>
    <message>
        <source>A short note for each: what the caller told you and what you think.</source>
        <translation>Nodyn byr ar gyfer pob un: beth ddywedodd y galwr wrthych a beth yw eich barn chi.</translation>
    </message>
    <message>
        <source>Kinds of vulnerability (ticking one answers Yes)</source>
        <translation>Mathau o fod yn agored i niwed (mae ticio un yn ateb Ydy)</translation>
    </message>
    <message>
        <source>— not graded —</source>
        <translation>— heb ei raddio —</translation>
    </message>
    <message>
        <source>Risk grade</source>
        <translation>Gradd risg</translation>
    </message>
</context>
<context>
    <name>cd::Training</name>
    <message>
        <source>TRAINING - not real data</source>
        <translation>HYFFORDDIANT - nid data go iawn</translation>
    </message>
    <message>
        <source>This Desk holds made-up training data. Nothing here is a real person or contact.</source>
        <translation>Mae&apos;r Desk hwn yn cynnwys data hyfforddiant ffug. Nid oes dim byd yma yn berson neu&apos;n gyswllt go iawn.</translation>
    </message>
    <message>
        <source>Cannot make a folder for the training data: %1</source>
        <translation>Nid oes modd creu ffolder ar gyfer y data hyfforddiant: %1</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Hyfforddai</translation>
    </message>
    <message>
        <source>Training team</source>
        <translation>Tîm hyfforddiant</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Hyfforddiant</translation>
    </message>
    <message>
        <source>&amp;Reset training data</source>
        <translation>&amp;Ailosod y data hyfforddiant</translation>
    </message>
    <message>
        <source>Close this training Desk and open a fresh one on the same made-up data (seed %1)</source>
        <translation>Cau&apos;r Desk hyfforddiant hwn ac agor un newydd ar yr un data ffug (hedyn %1)</translation>
    </message>
    <message>
        <source>Training: nothing is synced</source>
        <translation>Hyfforddiant: nid oes dim yn cael ei gysoni</translation>
    </message>
    <message>
        <source>Training mode: made-up data, sync is off. Seed %1.</source>
        <translation>Modd hyfforddiant: data ffug, mae cysoni wedi&apos;i ddiffodd. Hedyn %1.</translation>
    </message>
    <message>
        <source>&amp;Training mode</source>
        <translation>Modd &amp;hyfforddiant</translation>
    </message>
    <message>
        <source>Open a training Desk on made-up data; this Desk and its profile are left as they are</source>
        <translation>Agor Desk hyfforddiant ar ddata ffug; mae&apos;r Desk hwn a&apos;i broffil yn aros fel y maent</translation>
    </message>
    <message>
        <source>Cannot write to the training folder: %1</source>
        <translation>Nid oes modd ysgrifennu i&apos;r ffolder hyfforddiant: %1</translation>
    </message>
    <message>
        <source>Reset training data?</source>
        <translation>Ailosod y data hyfforddiant?</translation>
    </message>
    <message>
        <source>The contact you are typing has not been saved. Reset the training data and discard it?</source>
        <translation>Nid yw&apos;r cyswllt rydych chi&apos;n ei deipio wedi&apos;i gadw. Ailosod y data hyfforddiant a&apos;i waredu?</translation>
    </message>
    <message>
        <source>The training Desk could not be started.</source>
        <translation>Nid oedd modd cychwyn y Desk hyfforddiant.</translation>
    </message>
    <message>
        <source>Starting a training Desk on made-up data; it opens in its own window in a few seconds. This Desk stays as it is.</source>
        <translation>Yn cychwyn Desk hyfforddiant ar ddata ffug; bydd yn agor yn ei ffenestr ei hun ymhen ychydig eiliadau. Mae&apos;r Desk hwn yn aros fel y mae.</translation>
    </message>
</context>
<context>
    <name>cd::VehiclePanel</name>
    <message>
        <source>e.g. YC19 SON, or part of a mark</source>
        <translation>e.e. YC19 SON, neu ran o rif</translation>
    </message>
    <message>
        <source>Matching vehicles</source>
        <translation>Cerbydau sy&apos;n cyfateb</translation>
    </message>
    <message>
        <source>Vehicle record</source>
        <translation>Cofnod y cerbyd</translation>
    </message>
    <message>
        <source>Add summary to contact notes (Ctrl+Shift+V)</source>
        <translation>Ychwanegu crynodeb at nodiadau&apos;r cyswllt (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>Import operator file…</source>
        <translation>Mewnforio ffeil y gweithredwr…</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Canslo&apos;r mewnforio</translation>
    </message>
    <message>
        <source>%1  %2 — %3, seized %4</source>
        <translation>%1  %2 — %3, atafaelwyd %4</translation>
    </message>
    <message>
        <source>closeness %1 of 100</source>
        <translation>agosrwydd %1 o 100</translation>
    </message>
    <message>
        <source>&lt;p&gt;No vehicle in the recovery list matches &lt;b&gt;%1&lt;/b&gt;. Check the mark with the caller, or with the PNC.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nid oes cerbyd yn y rhestr adfer sy&apos;n cyfateb i &lt;b&gt;%1&lt;/b&gt;. Gwiriwch y rhif gyda&apos;r galwr, neu gyda&apos;r PNC.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Vehicle %1 (%2, operator ref %3): %4 on %5 under %6; at %7.</source>
        <translation>Cerbyd %1 (%2, cyfeirnod y gweithredwr %3): %4 ar %5 o dan %6; yn %7.</translation>
    </message>
    <message>
        <source>recovered</source>
        <translation>adferwyd</translation>
    </message>
    <message>
        <source>seized</source>
        <translation>atafaelwyd</translation>
    </message>
    <message>
        <source>Released %1.</source>
        <translation>Rhyddhawyd %1.</translation>
    </message>
    <message>
        <source>Disposed of %1.</source>
        <translation>Gwaredwyd %1.</translation>
    </message>
    <message>
        <source>Held, on police hold.</source>
        <translation>Yn cael ei gadw, dan afael yr heddlu.</translation>
    </message>
    <message>
        <source>Held.</source>
        <translation>Yn cael ei gadw.</translation>
    </message>
    <message>
        <source>Charges as of %1: %2 (removal %3</source>
        <translation>Taliadau ar %1: %2 (symud %3</translation>
    </message>
    <message>
        <source>, no storage while on police hold</source>
        <translation>, dim storio tra bydd dan afael yr heddlu</translation>
    </message>
    <message>
        <source>, storage %1 day at %2</source>
        <translation>, storio %1 diwrnod ar %2</translation>
    </message>
    <message>
        <source>, storage %1 days at %2</source>
        <translation>, storio %1 diwrnod ar %2</translation>
    </message>
    <message>
        <source>, disposal %1</source>
        <translation>, gwaredu %1</translation>
    </message>
    <message>
        <source>; %1).</source>
        <translation>; %1).</translation>
    </message>
    <message>
        <source> Some figures are still to be confirmed by the force.</source>
        <translation> Mae rhai ffigurau&apos;n dal i aros i gael eu cadarnhau gan yr heddlu.</translation>
    </message>
    <message>
        <source>May be disposed of after %1 if not collected.</source>
        <translation>Gellir ei waredu ar ôl %1 os na chaiff ei gasglu.</translation>
    </message>
    <message>
        <source>Owner to bring: %1.</source>
        <translation>Dylai&apos;r perchennog ddod â: %1.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Unusual mark (%1): check it with the PNC or DVLA.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Rhif anarferol (%1): gwiriwch ef gyda&apos;r PNC neu&apos;r DVLA.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2 under %3&lt;br&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2 o dan %3&lt;br&gt;</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Adferwyd</translation>
    </message>
    <message>
        <source>Seized</source>
        <translation>Atafaelwyd</translation>
    </message>
    <message>
        <source>&lt;b&gt;Where:&lt;/b&gt; %1&lt;br&gt;</source>
        <translation>&lt;b&gt;Ble:&lt;/b&gt; %1&lt;br&gt;</translation>
    </message>
    <message>
        <source> (police hold)</source>
        <translation> (dan afael yr heddlu)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Operator reference:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;b&gt;Cyfeirnod y gweithredwr:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;no storage charged while on police hold (check local policy)</source>
        <translation>&lt;br&gt;dim tâl storio tra bydd dan afael yr heddlu (gwiriwch y polisi lleol)</translation>
    </message>
    <message>
        <source>&lt;br&gt;storage %1 period of 24 hours at %2 from %3</source>
        <translation>&lt;br&gt;storio %1 cyfnod o 24 awr ar %2 o %3</translation>
    </message>
    <message>
        <source>&lt;br&gt;storage %1 periods of 24 hours at %2 from %3</source>
        <translation>&lt;br&gt;storio %1 cyfnod o 24 awr ar %2 o %3</translation>
    </message>
    <message>
        <source>&lt;br&gt;disposal %1</source>
        <translation>&lt;br&gt;gwaredu %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;small&gt;%1 rates&lt;/small&gt;</source>
        <translation>&lt;br&gt;&lt;small&gt;cyfraddau %1&lt;/small&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;small&gt;Not yet confirmed against the regulations: %1.&lt;/small&gt;</source>
        <translation>&lt;br&gt;&lt;small&gt;Heb ei gadarnhau eto yn erbyn y rheoliadau: %1.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Charges cannot be worked out: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nid oes modd cyfrifo&apos;r taliadau: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;May be disposed of after %1&lt;/b&gt; if not collected.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Gellir ei waredu ar ôl %1&lt;/b&gt; os na chaiff ei gasglu.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Summary added to the contact&apos;s notes.</source>
        <translation>Ychwanegwyd y crynodeb at nodiadau&apos;r cyswllt.</translation>
    </message>
    <message>
        <source>Import the recovery operator&apos;s file</source>
        <translation>Mewnforio ffeil y gweithredwr adfer</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Ffeiliau CSV (*.csv);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Yn mewnforio %1…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>Canslwyd y mewnforio: ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>Imported %1 of %2 vehicles: %3 added, %4 updated, %5 unchanged, %6 rejected.</source>
        <translation>Mewnforiwyd %1 o %2 cerbyd: %3 wedi&apos;u hychwanegu, %4 wedi&apos;u diweddaru, %5 heb eu newid, %6 wedi&apos;u gwrthod.</translation>
    </message>
    <message>
        <source>
Line %1: %2</source>
        <translation>
Llinell %1: %2</translation>
    </message>
    <message>
        <source>Cancelling the import…</source>
        <translation>Yn canslo&apos;r mewnforio…</translation>
    </message>
    <message>
        <source>Importing: %1 rows read…</source>
        <translation>Yn mewnforio: darllenwyd %1 rhes…</translation>
    </message>
    <message>
        <source>&amp;Vehicle</source>
        <translation>&amp;Cerbyd</translation>
    </message>
    <message>
        <source>Registration mark</source>
        <translation>Rhif cofrestru</translation>
    </message>
    <message>
        <source>Past its disposal date (%1): it may already have been disposed of — check with the recovery operator before the caller travels.</source>
        <translation>Wedi mynd heibio i&apos;w ddyddiad gwaredu (%1): efallai ei fod wedi&apos;i waredu&apos;n barod — gwiriwch gyda&apos;r gweithredwr adfer cyn i&apos;r galwr deithio.</translation>
    </message>
    <message>
        <source>Disposal date close (%1): it may be disposed of soon — check with the recovery operator before the caller travels.</source>
        <translation>Dyddiad gwaredu&apos;n agos (%1): efallai y caiff ei waredu cyn bo hir — gwiriwch gyda&apos;r gweithredwr adfer cyn i&apos;r galwr deithio.</translation>
    </message>
    <message>
        <source>Large amount owed (%1): make sure the caller knows the full amount and can pay it before they travel.</source>
        <translation>Swm mawr yn ddyledus (%1): gwnewch yn siŵr bod y galwr yn gwybod y swm llawn ac yn gallu ei dalu cyn teithio.</translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation>Rhybudd: </translation>
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
        <translation>nid oedd modd darllen y cerbyd</translation>
    </message>
    <message>
        <source>no vehicle %1</source>
        <translation>dim cerbyd %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>nid oes modd darllen %1: %2</translation>
    </message>
    <message>
        <source>the file is empty: the first row must name the columns</source>
        <translation>mae&apos;r ffeil yn wag: rhaid i&apos;r rhes gyntaf enwi&apos;r colofnau</translation>
    </message>
    <message>
        <source>the database is not open</source>
        <translation>nid yw&apos;r gronfa ddata ar agor</translation>
    </message>
    <message>
        <source>could not start the import: %1</source>
        <translation>nid oedd modd cychwyn y mewnforio: %1</translation>
    </message>
    <message>
        <source>could not prepare the import: %1</source>
        <translation>nid oedd modd paratoi&apos;r mewnforio: %1</translation>
    </message>
    <message>
        <source>line %1: could not store the vehicle: %2</source>
        <translation>llinell %1: nid oedd modd storio&apos;r cerbyd: %2</translation>
    </message>
    <message>
        <source>could not queue the changes for sync: %1</source>
        <translation>nid oedd modd ciwio&apos;r newidiadau i&apos;w cysoni: %1</translation>
    </message>
    <message>
        <source>could not commit the import: %1</source>
        <translation>nid oedd modd cadarnhau&apos;r mewnforio: %1</translation>
    </message>
</context>
<context>
    <name>cd::callermatch</name>
    <message>
        <source>same phone</source>
        <translation>yr un ffôn</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>yr un e-bost</translation>
    </message>
    <message>
        <source>same name and postcode</source>
        <translation>yr un enw a chod post</translation>
    </message>
    <message>
        <source>same address</source>
        <translation>yr un cyfeiriad</translation>
    </message>
</context>
<context>
    <name>cd::cli</name>
    <message>
        <source>Usage: %1</source>
        <translation>Defnydd: %1</translation>
    </message>
    <message>
        <source>Options and arguments:</source>
        <translation>Opsiynau ac ymresymiadau:</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>Enghraifft:</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>Enghreifftiau:</translation>
    </message>
    <message>
        <source>This command group has no help yet.</source>
        <translation>Nid oes cymorth ar gyfer y grŵp gorchmynion hwn eto.</translation>
    </message>
    <message>
        <source>Usage: %1 [--profile DIR] GROUP COMMAND [OPTIONS] [ARGUMENTS]
       %1 help [GROUP [COMMAND]]
       %1 --help | --version</source>
        <translation>Defnydd: %1 [--profile DIR] GROUP COMMAND [OPTIONS] [ARGUMENTS]
       %1 help [GROUP [COMMAND]]
       %1 --help | --version</translation>
    </message>
    <message>
        <source>Works on a Contact Desk profile without the GUI. The default profile is
%1.</source>
        <translation>Yn gweithio ar broffil Contact Desk heb y GUI. Y proffil diofyn yw
%1.</translation>
    </message>
    <message>
        <source>Command groups:</source>
        <translation>Grwpiau gorchmynion:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opsiynau:</translation>
    </message>
    <message>
        <source>Work on the profile in DIR.</source>
        <translation>Gweithio ar y proffil yn DIR.</translation>
    </message>
    <message>
        <source>Print this help; GROUP --help and GROUP COMMAND --help print a group&apos;s or a command&apos;s.</source>
        <translation>Argraffu&apos;r cymorth hwn; mae GROUP --help a GROUP COMMAND --help yn argraffu cymorth grŵp neu orchymyn.</translation>
    </message>
    <message>
        <source>Print the version.</source>
        <translation>Argraffu&apos;r fersiwn.</translation>
    </message>
    <message>
        <source>Print the manual page (roff).</source>
        <translation>Argraffu&apos;r dudalen llawlyfr (roff).</translation>
    </message>
    <message>
        <source>Print the bash completion script.</source>
        <translation>Argraffu&apos;r sgript cwblhau bash.</translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 done but some input rejected, 2 usage, 3 failed.</source>
        <translation>Codau gadael: 0 wedi&apos;i wneud, 1 wedi&apos;i wneud ond gwrthodwyd rhywfaint o fewnbwn, 2 defnydd, 3 wedi methu.</translation>
    </message>
    <message>
        <source>unknown command group &quot;%1&quot;; try %2 --help</source>
        <translation>grŵp gorchmynion anhysbys &quot;%1&quot;; rhowch gynnig ar %2 --help</translation>
    </message>
    <message>
        <source>unknown %1 command &quot;%2&quot;; the commands are: %3</source>
        <translation>gorchymyn %1 anhysbys &quot;%2&quot;; y gorchmynion yw: %3</translation>
    </message>
    <message>
        <source>unknown %1 command &quot;%2&quot;; the commands are: %3 (see %4 %1 --help)</source>
        <translation>gorchymyn %1 anhysbys &quot;%2&quot;; y gorchmynion yw: %3 (gweler %4 %1 --help)</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot; for %2; see %3 %2 --help</source>
        <translation>opsiwn anhysbys &quot;%1&quot; ar gyfer %2; gweler %3 %2 --help</translation>
    </message>
    <message>
        <source>work on a Contact Desk profile and the shared database without the GUI</source>
        <translation>gweithio ar broffil Contact Desk a&apos;r gronfa ddata a rennir heb y GUI</translation>
    </message>
    <message>
        <source>contactdesk-admin works on a Contact Desk profile (the handler&apos;s local database) without the GUI: it imports and exports contacts, writes reports, checks the audit log, and sets up and syncs with the shared PostgreSQL database. The default profile is ~/.local/share/ContactDesk/contactdesk.</source>
        <translation>Mae contactdesk-admin yn gweithio ar broffil Contact Desk (cronfa ddata leol y triniwr galwadau) heb y GUI: mae&apos;n mewnforio ac yn allforio cysylltiadau, yn ysgrifennu adroddiadau, yn gwirio&apos;r log archwilio, ac yn gosod ac yn cysoni â&apos;r gronfa ddata PostgreSQL a rennir. Y proffil diofyn yw ~/.local/share/ContactDesk/contactdesk.</translation>
    </message>
    <message>
        <source>Print the help; GROUP --help and GROUP COMMAND --help print a group&apos;s or a command&apos;s.</source>
        <translation>Argraffu&apos;r cymorth; mae GROUP --help a GROUP COMMAND --help yn argraffu cymorth grŵp neu orchymyn.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Wedi&apos;i wneud.</translation>
    </message>
    <message>
        <source>Done, but some input was rejected; each is reported.</source>
        <translation>Wedi&apos;i wneud, ond gwrthodwyd rhywfaint o fewnbwn; rhoddir gwybod am bob un.</translation>
    </message>
    <message>
        <source>Usage: a bad command, option or argument, named in the message.</source>
        <translation>Defnydd: gorchymyn, opsiwn neu ymresymiad gwael, a enwir yn y neges.</translation>
    </message>
    <message>
        <source>Failed: the database, a file or the server.</source>
        <translation>Wedi methu: y gronfa ddata, ffeil neu&apos;r gweinydd.</translation>
    </message>
    <message>
        <source>The shared database&apos;s password, when no --password-file or ~/.pgpass gives it.</source>
        <translation>Cyfrinair y gronfa ddata a rennir, pan nad yw --password-file na ~/.pgpass yn ei roi.</translation>
    </message>
    <message>
        <source>--profile needs a folder</source>
        <translation>mae angen ffolder ar --profile</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;; try %2 --help</source>
        <translation>opsiwn anhysbys &quot;%1&quot;; rhowch gynnig ar %2 --help</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; try %2 --help</source>
        <translation>gorchymyn anhysbys &quot;%1&quot;; rhowch gynnig ar %2 --help</translation>
    </message>
</context>
<context>
    <name>cd::cli::Audit</name>
    <message>
        <source>edited: its fields no longer match its hash</source>
        <translation>golygwyd: nid yw ei feysydd yn cyfateb i&apos;w hash mwyach</translation>
    </message>
    <message>
        <source>missing: the entry it follows is not in the log (an entry before it was deleted)</source>
        <translation>ar goll: nid yw&apos;r cofnod y mae&apos;n ei ddilyn yn y log (dilëwyd cofnod o&apos;i flaen)</translation>
    </message>
    <message>
        <source>out of order: it is the first entry of the chain</source>
        <translation>allan o drefn: dyma gofnod cyntaf y gadwyn</translation>
    </message>
    <message>
        <source>out of order: it follows the entry in row %1, which is stored after it</source>
        <translation>allan o drefn: mae&apos;n dilyn y cofnod yn rhes %1, sy&apos;n cael ei storio ar ei ôl</translation>
    </message>
    <message>
        <source>out of order: it follows the entry in row %1, not the one before it</source>
        <translation>allan o drefn: mae&apos;n dilyn y cofnod yn rhes %1, nid yr un o&apos;i flaen</translation>
    </message>
    <message>
        <source>unknown audit command &quot;%1&quot;</source>
        <translation>gorchymyn archwilio anhysbys &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot;</source>
        <translation>&quot;%1&quot; annisgwyl</translation>
    </message>
    <message>
        <source>could not read the audit log: %1</source>
        <translation>nid oedd modd darllen y log archwilio: %1</translation>
    </message>
    <message>
        <source>audit chain intact: %1 entries</source>
        <translation>cadwyn archwilio&apos;n gyfan: %1 cofnod</translation>
    </message>
    <message>
        <source>audit chain broken at entry %1 (row %2, id %3, %4 %5 at %6): %7</source>
        <translation>cadwyn archwilio wedi torri yng nghofnod %1 (rhes %2, id %3, %4 %5 am %6): %7</translation>
    </message>
    <message>
        <source>%1 needs a day as YYYY-MM-DD, not &quot;%2&quot;</source>
        <translation>mae angen diwrnod ar ffurf YYYY-MM-DD ar %1, nid &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--limit needs a number from 1 to 1000000</source>
        <translation>mae angen rhif o 1 i 1000000 ar --limit</translation>
    </message>
    <message>
        <source>more entries match than --limit %1: the newest are shown</source>
        <translation>mae mwy o gofnodion yn cyfateb na --limit %1: dangosir y rhai mwyaf newydd</translation>
    </message>
    <message>
        <source>audit needs a command: verify or search</source>
        <translation>mae angen gorchymyn ar audit: verify neu search</translation>
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
        <translation>Gwirio nad yw&apos;r log archwilio lleol wedi&apos;i olygu, a chwilio ynddo.</translation>
    </message>
    <message>
        <source>List the entries about a person&apos;s contacts, a record or by a user, newest first; the search is itself logged.</source>
        <translation>Rhestru&apos;r cofnodion am gysylltiadau person, cofnod neu gan ddefnyddiwr, y mwyaf newydd yn gyntaf; mae&apos;r chwiliad ei hun yn cael ei gofnodi.</translation>
    </message>
    <message>
        <source>The person&apos;s phone number: their contacts, the searches that returned them and the escalations raised from them.</source>
        <translation>Rhif ffôn y person: ei gysylltiadau, y chwiliadau a&apos;u dychwelodd a&apos;r uwchgyfeiriadau a godwyd ohonynt.</translation>
    </message>
    <message>
        <source>The person&apos;s email, as --phone.</source>
        <translation>E-bost y person, fel --phone.</translation>
    </message>
    <message>
        <source>A record&apos;s id, or a contact&apos;s reference.</source>
        <translation>Id cofnod, neu gyfeirnod cyswllt.</translation>
    </message>
    <message>
        <source>Who did it (case does not matter).</source>
        <translation>Pwy a&apos;i gwnaeth (nid yw priflythrennau&apos;n bwysig).</translation>
    </message>
    <message>
        <source>view, create, update, search, export, ...</source>
        <translation>view, create, update, search, export, ...</translation>
    </message>
    <message>
        <source>From this London day (YYYY-MM-DD).</source>
        <translation>O&apos;r diwrnod hwn, yn ôl amser Llundain (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>To this London day (YYYY-MM-DD).</source>
        <translation>Hyd at y diwrnod hwn, yn ôl amser Llundain (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>At most N entries, the newest (default 1000).</source>
        <translation>N cofnod ar y mwyaf, y rhai mwyaf newydd (diofyn 1000).</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Argraffu JSON yn lle testun.</translation>
    </message>
    <message>
        <source>Import or export the profile&apos;s contacts as CSV.</source>
        <translation>Mewnforio neu allforio cysylltiadau&apos;r proffil fel CSV.</translation>
    </message>
    <message>
        <source>Add the contacts of a CSV file; rows that cannot be stored are reported and set aside (exit 1).</source>
        <translation>Ychwanegu cysylltiadau ffeil CSV; rhoddir gwybod am resi nad oes modd eu storio a chânt eu rhoi o&apos;r neilltu (gadael gyda 1).</translation>
    </message>
    <message>
        <source>The CSV file to read.</source>
        <translation>Y ffeil CSV i&apos;w darllen.</translation>
    </message>
    <message>
        <source>Write every contact of the profile to a CSV file.</source>
        <translation>Ysgrifennu pob cyswllt yn y proffil i ffeil CSV.</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>Y ffeil CSV i&apos;w hysgrifennu.</translation>
    </message>
    <message>
        <source>List a caller&apos;s earlier contacts and why each matched: the same phone, email, name and postcode, or address.</source>
        <translation>Rhestru cysylltiadau blaenorol galwr a pham roedd pob un yn cyfateb: yr un ffôn, e-bost, enw a chod post, neu gyfeiriad.</translation>
    </message>
    <message>
        <source>The caller&apos;s UK phone number.</source>
        <translation>Rhif ffôn y galwr yn y DU.</translation>
    </message>
    <message>
        <source>The caller&apos;s email.</source>
        <translation>E-bost y galwr.</translation>
    </message>
    <message>
        <source>The caller&apos;s name; needs --postcode.</source>
        <translation>Enw&apos;r galwr; mae angen --postcode.</translation>
    </message>
    <message>
        <source>A full UK postcode, with --name or --address.</source>
        <translation>Cod post llawn yn y DU, gyda --name neu --address.</translation>
    </message>
    <message>
        <source>The house number and street: &quot;14 High St&quot;.</source>
        <translation>Rhif y tŷ a&apos;r stryd: &quot;14 High St&quot;.</translation>
    </message>
    <message>
        <source>Fill a training profile with synthetic contacts.</source>
        <translation>Llenwi proffil hyfforddiant â chysylltiadau synthetig.</translation>
    </message>
    <message>
        <source>Write N synthetic contacts, escalations and surveys; the same seed writes the same data.</source>
        <translation>Ysgrifennu N cyswllt, uwchgyfeiriad ac arolwg synthetig; mae&apos;r un hedyn yn ysgrifennu&apos;r un data.</translation>
    </message>
    <message>
        <source>How many contacts, from 1 to 10000000.</source>
        <translation>Faint o gysylltiadau, o 1 i 10000000.</translation>
    </message>
    <message>
        <source>The random seed (default 1).</source>
        <translation>Yr hedyn ar hap (diofyn 1).</translation>
    </message>
    <message>
        <source>Spread the contacts over D days (1 to 3650, default 365).</source>
        <translation>Gwasgaru&apos;r cysylltiadau dros D diwrnod (1 i 3650, diofyn 365).</translation>
    </message>
    <message>
        <source>The time the last day ends (default: now).</source>
        <translation>Yr amser y mae&apos;r diwrnod olaf yn dod i ben (diofyn: nawr).</translation>
    </message>
    <message>
        <source>Seed a profile that already has contacts.</source>
        <translation>Hadu proffil sydd eisoes â chysylltiadau.</translation>
    </message>
    <message>
        <source>List escalations or export one as a PDF.</source>
        <translation>Rhestru uwchgyfeiriadau neu allforio un fel PDF.</translation>
    </message>
    <message>
        <source>List escalations with their state and due time.</source>
        <translation>Rhestru uwchgyfeiriadau gyda&apos;u cyflwr a&apos;u hamser dyledus.</translation>
    </message>
    <message>
        <source>Only those past their due time.</source>
        <translation>Dim ond y rhai sydd wedi mynd heibio i&apos;w hamser dyledus.</translation>
    </message>
    <message>
        <source>Only those not closed.</source>
        <translation>Dim ond y rhai nad ydynt wedi&apos;u cau.</translation>
    </message>
    <message>
        <source>Only those of this team.</source>
        <translation>Dim ond rhai&apos;r tîm hwn.</translation>
    </message>
    <message>
        <source>Only those this person owns.</source>
        <translation>Dim ond y rhai sy&apos;n perthyn i&apos;r person hwn.</translation>
    </message>
    <message>
        <source>Only escalations of this type.</source>
        <translation>Dim ond uwchgyfeiriadau o&apos;r math hwn.</translation>
    </message>
    <message>
        <source>Count overdue as on this day (default: today).</source>
        <translation>Cyfrif y rhai sy&apos;n hwyr fel yr oeddent ar y diwrnod hwn (diofyn: heddiw).</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>Argraffu JSON yn lle tabl.</translation>
    </message>
    <message>
        <source>Write one escalation and its history as a PDF.</source>
        <translation>Ysgrifennu un uwchgyfeiriad a&apos;i hanes fel PDF.</translation>
    </message>
    <message>
        <source>The escalation&apos;s id, as list shows it.</source>
        <translation>Id yr uwchgyfeiriad, fel y mae list yn ei ddangos.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Y ffeil PDF i&apos;w hysgrifennu.</translation>
    </message>
    <message>
        <source>&quot;You said, we did&quot;: the team&apos;s improvement log (managers).</source>
        <translation>&quot;Dywedoch chi, gwnaethom ni&quot;: log gwelliannau&apos;r tîm (rheolwyr).</translation>
    </message>
    <message>
        <source>Record a change made, with the dissatisfaction reasons and comments behind it.</source>
        <translation>Cofnodi newid a wnaed, gyda&apos;r rhesymau dros anfodlonrwydd a&apos;r sylwadau y tu ôl iddo.</translation>
    </message>
    <message>
        <source>What callers said.</source>
        <translation>Beth ddywedodd galwyr.</translation>
    </message>
    <message>
        <source>The change made.</source>
        <translation>Y newid a wnaed.</translation>
    </message>
    <message>
        <source>When it changed.</source>
        <translation>Pryd y newidiodd.</translation>
    </message>
    <message>
        <source>Why it happened.</source>
        <translation>Pam y digwyddodd.</translation>
    </message>
    <message>
        <source>A dissatisfaction reason it answers (give it again for more).</source>
        <translation>Rheswm dros anfodlonrwydd y mae&apos;n ei ateb (rhowch ef eto ar gyfer rhagor).</translation>
    </message>
    <message>
        <source>A survey comment it answers (repeatable).</source>
        <translation>Sylw arolwg y mae&apos;n ei ateb (gellir ei ailadrodd).</translation>
    </message>
    <message>
        <source>The team (default: the profile&apos;s).</source>
        <translation>Y tîm (diofyn: tîm y proffil).</translation>
    </message>
    <message>
        <source>List the log, newest first.</source>
        <translation>Rhestru&apos;r log, y mwyaf newydd yn gyntaf.</translation>
    </message>
    <message>
        <source>Only this month&apos;s changes.</source>
        <translation>Dim ond newidiadau&apos;r mis hwn.</translation>
    </message>
    <message>
        <source>Queue the message the Desk would propose for every saved, eligible contact not yet messaged.</source>
        <translation>Ciwio&apos;r neges y byddai&apos;r Desk yn ei chynnig ar gyfer pob cyswllt cymwys sydd wedi&apos;i gadw ac nad yw wedi cael neges eto.</translation>
    </message>
    <message>
        <source>Send what is due through the gateway (never in quiet hours), with retries and one idempotency key per message.</source>
        <translation>Anfon drwy&apos;r porth y negeseuon y mae&apos;n amser eu hanfon (byth yn ystod oriau tawel), gydag ailgeisio ac un allwedd idempotency i bob neges.</translation>
    </message>
    <message>
        <source>Act as if it were this time (default: now).</source>
        <translation>Gweithredu fel pe bai hi&apos;r amser hwn (diofyn: nawr).</translation>
    </message>
    <message>
        <source>List the messages: contact, channel, to, status.</source>
        <translation>Rhestru&apos;r negeseuon: cyswllt, sianel, at, statws.</translation>
    </message>
    <message>
        <source>queued, sending, sent, delivered, failed or withheld.</source>
        <translation>queued, sending, sent, delivered, failed neu withheld.</translation>
    </message>
    <message>
        <source>Write the messages to a CSV file (owner-only) for a force that sends through another system.</source>
        <translation>Ysgrifennu&apos;r negeseuon i ffeil CSV (perchennog yn unig) ar gyfer heddlu sy&apos;n anfon drwy system arall.</translation>
    </message>
    <message>
        <source>Only messages in this status.</source>
        <translation>Dim ond negeseuon sydd â&apos;r statws hwn.</translation>
    </message>
    <message>
        <source>Keep the gateway&apos;s API key, read from standard input, in the system keychain.</source>
        <translation>Cadw allwedd API y porth, wedi&apos;i darllen o&apos;r mewnbwn safonol, yng nghadwyn allweddi&apos;r system.</translation>
    </message>
    <message>
        <source>Store the key.</source>
        <translation>Storio&apos;r allwedd.</translation>
    </message>
    <message>
        <source>List the practice-call scenarios, or score a saved contact against one.</source>
        <translation>Rhestru&apos;r senarios galwadau ymarfer, neu sgorio cyswllt a gadwyd yn erbyn un.</translation>
    </message>
    <message>
        <source>List the practice scenarios: id and title.</source>
        <translation>Rhestru&apos;r senarios ymarfer: id a theitl.</translation>
    </message>
    <message>
        <source>Score a saved contact of the profile against a scenario&apos;s expected record with the rubric; ticked criteria count 0 here.</source>
        <translation>Sgorio cyswllt a gadwyd yn y proffil yn erbyn cofnod disgwyliedig senario gyda&apos;r cyfarwyddyd sgorio; mae meini prawf wedi&apos;u ticio&apos;n cyfrif 0 yma.</translation>
    </message>
    <message>
        <source>The scenario (practice list).</source>
        <translation>Y senario (practice list).</translation>
    </message>
    <message>
        <source>The saved contact to score.</source>
        <translation>Y cyswllt a gadwyd i&apos;w sgorio.</translation>
    </message>
    <message>
        <source>Show or change the handler profile and its settings.</source>
        <translation>Dangos neu newid proffil y triniwr galwadau a&apos;i osodiadau.</translation>
    </message>
    <message>
        <source>Print the profile&apos;s name, role and team.</source>
        <translation>Argraffu enw, rôl a thîm y proffil.</translation>
    </message>
    <message>
        <source>Change the profile&apos;s name, role or team.</source>
        <translation>Newid enw, rôl neu dîm y proffil.</translation>
    </message>
    <message>
        <source>The handler&apos;s display name.</source>
        <translation>Enw dangos y triniwr galwadau.</translation>
    </message>
    <message>
        <source>handler or manager.</source>
        <translation>handler neu manager.</translation>
    </message>
    <message>
        <source>The handler&apos;s team.</source>
        <translation>Tîm y triniwr galwadau.</translation>
    </message>
    <message>
        <source>Print a setting, or change it when VALUE is given.</source>
        <translation>Argraffu gosodiad, neu ei newid pan roddir VALUE.</translation>
    </message>
    <message>
        <source>The setting, for example repeat_caller.threshold or force.name.</source>
        <translation>Y gosodiad, er enghraifft repeat_caller.threshold neu force.name.</translation>
    </message>
    <message>
        <source>The new value.</source>
        <translation>Y gwerth newydd.</translation>
    </message>
    <message>
        <source>List the channels, categories, reasons and outcomes, or add one.</source>
        <translation>Rhestru&apos;r sianeli, y categorïau, y rhesymau a&apos;r canlyniadau, neu ychwanegu un.</translation>
    </message>
    <message>
        <source>Print every entry with its kind, code and label.</source>
        <translation>Argraffu pob cofnod gyda&apos;i fath, ei god a&apos;i label.</translation>
    </message>
    <message>
        <source>Add a force entry beside the national ones.</source>
        <translation>Ychwanegu cofnod heddlu wrth ochr y rhai cenedlaethol.</translation>
    </message>
    <message>
        <source>channel, category, reason or outcome.</source>
        <translation>channel, category, reason neu outcome.</translation>
    </message>
    <message>
        <source>The new entry&apos;s code.</source>
        <translation>Cod y cofnod newydd.</translation>
    </message>
    <message>
        <source>What handlers see.</source>
        <translation>Yr hyn y mae trinwyr galwadau&apos;n ei weld.</translation>
    </message>
    <message>
        <source>The category a reason belongs to (reasons only).</source>
        <translation>Y categori y mae rheswm yn perthyn iddo (rhesymau yn unig).</translation>
    </message>
    <message>
        <source>Write a team&apos;s performance report, or recount the dashboard.</source>
        <translation>Ysgrifennu adroddiad perfformiad tîm, neu ailgyfrif y dangosfwrdd.</translation>
    </message>
    <message>
        <source>Write the performance report of one month or of up to 24 months.</source>
        <translation>Ysgrifennu adroddiad perfformiad un mis neu hyd at 24 mis.</translation>
    </message>
    <message>
        <source>The month to report on.</source>
        <translation>Y mis i adrodd arno.</translation>
    </message>
    <message>
        <source>The first month of a span.</source>
        <translation>Mis cyntaf cyfnod.</translation>
    </message>
    <message>
        <source>The last month of a span.</source>
        <translation>Mis olaf cyfnod.</translation>
    </message>
    <message>
        <source>The team (default: the profile&apos;s team).</source>
        <translation>Y tîm (diofyn: tîm y proffil).</translation>
    </message>
    <message>
        <source>The file type to write.</source>
        <translation>Y math o ffeil i&apos;w ysgrifennu.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Y ffeil i&apos;w hysgrifennu.</translation>
    </message>
    <message>
        <source>Recount the dashboard summaries from the contacts.</source>
        <translation>Ailgyfrif crynodebau&apos;r dangosfwrdd o&apos;r cysylltiadau.</translation>
    </message>
    <message>
        <source>Check, import, list and try out guided scripts.</source>
        <translation>Gwirio, mewnforio, rhestru a rhoi cynnig ar sgriptiau canllaw.</translation>
    </message>
    <message>
        <source>Check a script file, or every script in a folder.</source>
        <translation>Gwirio ffeil sgript, neu bob sgript mewn ffolder.</translation>
    </message>
    <message>
        <source>What to check.</source>
        <translation>Beth i&apos;w wirio.</translation>
    </message>
    <message>
        <source>Add a script, or a new version of one.</source>
        <translation>Ychwanegu sgript, neu fersiwn newydd o un.</translation>
    </message>
    <message>
        <source>The script file.</source>
        <translation>Y ffeil sgript.</translation>
    </message>
    <message>
        <source>Print the scripts with their versions.</source>
        <translation>Argraffu&apos;r sgriptiau gyda&apos;u fersiynau.</translation>
    </message>
    <message>
        <source>Read text on standard input and print the scripts it suggests.</source>
        <translation>Darllen testun ar y mewnbwn safonol ac argraffu&apos;r sgriptiau y mae&apos;n eu hawgrymu.</translation>
    </message>
    <message>
        <source>Trigger phrases to use instead of the shipped ones.</source>
        <translation>Ymadroddion sbarduno i&apos;w defnyddio yn lle&apos;r rhai a ddaw gyda&apos;r rhaglen.</translation>
    </message>
    <message>
        <source>Say which phrases matched.</source>
        <translation>Dweud pa ymadroddion a gyfatebodd.</translation>
    </message>
    <message>
        <source>Measure the suggestions against labelled examples.</source>
        <translation>Mesur yr awgrymiadau yn erbyn enghreifftiau wedi&apos;u labelu.</translation>
    </message>
    <message>
        <source>Labelled examples, one a line.</source>
        <translation>Enghreifftiau wedi&apos;u labelu, un ar bob llinell.</translation>
    </message>
    <message>
        <source>Print each example it got wrong.</source>
        <translation>Argraffu pob enghraifft lle&apos;r oedd yr awgrym yn anghywir.</translation>
    </message>
    <message>
        <source>Create or upgrade the shared database; add people.</source>
        <translation>Creu neu uwchraddio&apos;r gronfa ddata a rennir; ychwanegu pobl.</translation>
    </message>
    <message>
        <source>Create the shared database&apos;s schema. The password comes from PGPASSWORD or ~/.pgpass.</source>
        <translation>Creu sgema&apos;r gronfa ddata a rennir. Daw&apos;r cyfrinair o PGPASSWORD neu ~/.pgpass.</translation>
    </message>
    <message>
        <source>A libpq connection string for an owner role.</source>
        <translation>Llinyn cysylltu libpq ar gyfer rôl perchennog.</translation>
    </message>
    <message>
        <source>Apply the schema changes the database lacks.</source>
        <translation>Gweithredu&apos;r newidiadau sgema sydd ar goll o&apos;r gronfa ddata.</translation>
    </message>
    <message>
        <source>Add a person who may sync with the database.</source>
        <translation>Ychwanegu person a gaiff gysoni â&apos;r gronfa ddata.</translation>
    </message>
    <message>
        <source>The display name, unique within the team.</source>
        <translation>Yr enw dangos, yn unigryw o fewn y tîm.</translation>
    </message>
    <message>
        <source>The database login to create.</source>
        <translation>Y mewngofnod cronfa ddata i&apos;w greu.</translation>
    </message>
    <message>
        <source>The person&apos;s team.</source>
        <translation>Tîm y person.</translation>
    </message>
    <message>
        <source>What they may see.</source>
        <translation>Beth y cânt ei weld.</translation>
    </message>
    <message>
        <source>Read the new login&apos;s password from FILE.</source>
        <translation>Darllen cyfrinair y mewngofnod newydd o FILE.</translation>
    </message>
    <message>
        <source>Import the caller survey&apos;s answers (all or nothing).</source>
        <translation>Mewnforio atebion arolwg y galwyr (y cyfan neu ddim).</translation>
    </message>
    <message>
        <source>Add the answers of the provider&apos;s CSV (contact_id, answered_at, a column per question id rated 0 to 10, comment, wants_reply) or the gateway&apos;s webhook file (JSON lines); a bad row stores nothing and is named by line and column. A reply asked for becomes a 10-working-day escalation.</source>
        <translation>Ychwanegu atebion CSV y darparwr (contact_id, answered_at, colofn i bob id cwestiwn wedi&apos;i raddio o 0 i 10, comment, wants_reply) neu ffeil webhook y porth (JSON lines); nid yw rhes wael yn storio dim ac fe&apos;i henwir yn ôl llinell a cholofn. Mae cais am ateb yn troi&apos;n uwchgyfeiriad 10 diwrnod gwaith.</translation>
    </message>
    <message>
        <source>The CSV or JSON-lines file to read.</source>
        <translation>Y ffeil CSV neu JSON-lines i&apos;w darllen.</translation>
    </message>
    <message>
        <source>Sync the profile with the shared database.</source>
        <translation>Cysoni&apos;r proffil â&apos;r gronfa ddata a rennir.</translation>
    </message>
    <message>
        <source>Send waiting changes and receive the server&apos;s, once.</source>
        <translation>Anfon newidiadau sy&apos;n aros a derbyn rhai&apos;r gweinydd, unwaith.</translation>
    </message>
    <message>
        <source>Sync once and stop.</source>
        <translation>Cysoni unwaith a stopio.</translation>
    </message>
    <message>
        <source>Host, port, database and user; kept in the profile.</source>
        <translation>Gwesteiwr, porth, cronfa ddata a defnyddiwr; yn cael eu cadw yn y proffil.</translation>
    </message>
    <message>
        <source>Read the password from FILE (else PGPASSWORD or ~/.pgpass).</source>
        <translation>Darllen y cyfrinair o FILE (fel arall PGPASSWORD neu ~/.pgpass).</translation>
    </message>
    <message>
        <source>Print what waits to be sent, what was refused and when the profile last synced.</source>
        <translation>Argraffu&apos;r hyn sy&apos;n aros i&apos;w anfon, yr hyn a wrthodwyd a phryd y cysonodd y proffil ddiwethaf.</translation>
    </message>
    <message>
        <source>Import and look up seized vehicles.</source>
        <translation>Mewnforio a chwilio am gerbydau a atafaelwyd.</translation>
    </message>
    <message>
        <source>Import the recovery operator&apos;s vehicle list.</source>
        <translation>Mewnforio rhestr cerbydau&apos;r gweithredwr adfer.</translation>
    </message>
    <message>
        <source>Report progress on standard error.</source>
        <translation>Adrodd ar gynnydd ar y ffrwd gwallau safonol.</translation>
    </message>
    <message>
        <source>Find vehicles by registration mark, or part of it.</source>
        <translation>Dod o hyd i gerbydau yn ôl rhif cofrestru, neu ran ohono.</translation>
    </message>
    <message>
        <source>The mark or part of it.</source>
        <translation>Y rhif neu ran ohono.</translation>
    </message>
    <message>
        <source>At most N matches (default 20).</source>
        <translation>N cyfatebiaeth ar y mwyaf (diofyn 20).</translation>
    </message>
    <message>
        <source>Show one vehicle and its storage charges.</source>
        <translation>Dangos un cerbyd a&apos;i daliadau storio.</translation>
    </message>
    <message>
        <source>The registration mark.</source>
        <translation>Y rhif cofrestru.</translation>
    </message>
    <message>
        <source>Work out the charges at this time (default: now).</source>
        <translation>Cyfrifo&apos;r taliadau ar yr amser hwn (diofyn: nawr).</translation>
    </message>
    <message>
        <source>Write a synthetic vehicle list for testing.</source>
        <translation>Ysgrifennu rhestr cerbydau synthetig ar gyfer profi.</translation>
    </message>
    <message>
        <source>How many vehicles.</source>
        <translation>Faint o gerbydau.</translation>
    </message>
    <message>
        <source>The random seed (default 2024).</source>
        <translation>Yr hedyn ar hap (diofyn 2024).</translation>
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
        <translation>llinell %1: mae colofn &quot;%2&quot; yn ymddangos ddwywaith</translation>
    </message>
    <message>
        <source>line %1: the header has no %2 column</source>
        <translation>llinell %1: nid oes colofn %2 yn y pennawd</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>llinell %1: %2</translation>
    </message>
    <message>
        <source>%1 fields, but the header has %2</source>
        <translation>%1 maes, ond mae gan y pennawd %2</translation>
    </message>
    <message>
        <source>id &quot;%1&quot; is not a UUID</source>
        <translation>nid yw id &quot;%1&quot; yn UUID</translation>
    </message>
    <message>
        <source>started_at is empty</source>
        <translation>mae started_at yn wag</translation>
    </message>
    <message>
        <source>started_at &quot;%1&quot; is not an ISO-8601 time</source>
        <translation>nid yw started_at &quot;%1&quot; yn amser ISO-8601</translation>
    </message>
    <message>
        <source>ended_at &quot;%1&quot; is not an ISO-8601 time</source>
        <translation>nid yw ended_at &quot;%1&quot; yn amser ISO-8601</translation>
    </message>
    <message>
        <source>remained_dissatisfied &quot;%1&quot; is not true or false</source>
        <translation>nid yw remained_dissatisfied &quot;%1&quot; yn true nac yn false</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a number of seconds from 0 to 86400</source>
        <translation>nid yw %1 &quot;%2&quot; yn nifer o eiliadau o 0 i 86400</translation>
    </message>
    <message>
        <source>consent_to_outcome &quot;%1&quot; is not true or false</source>
        <translation>nid yw consent_to_outcome &quot;%1&quot; yn true nac yn false</translation>
    </message>
    <message>
        <source>vulnerable &quot;%1&quot; is not true or false</source>
        <translation>nid yw vulnerable &quot;%1&quot; yn true nac yn false</translation>
    </message>
</context>
<context>
    <name>cd::csv</name>
    <message>
        <source>line %1: a quoted field opens here and is not closed within %2 MiB</source>
        <translation>llinell %1: mae maes mewn dyfynodau&apos;n agor yma ac nid yw&apos;n cau o fewn %2 MiB</translation>
    </message>
    <message>
        <source>line %1: the record is longer than %2 MiB</source>
        <translation>llinell %1: mae&apos;r cofnod yn hwy na %2 MiB</translation>
    </message>
    <message>
        <source>line %1: a quoted field opens here and is not closed on its line</source>
        <translation>llinell %1: mae maes mewn dyfynodau&apos;n agor yma ac nid yw&apos;n cau ar ei linell</translation>
    </message>
    <message>
        <source>line %1: a quoted field opens here and has text after its closing quote</source>
        <translation>llinell %1: mae maes mewn dyfynodau&apos;n agor yma ac mae testun ar ôl ei ddyfynnod cau</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>llinell %1, colofn %2: %3</translation>
    </message>
    <message>
        <source>line %1, column %2 (%3): %4</source>
        <translation>llinell %1, colofn %2 (%3): %4</translation>
    </message>
    <message>
        <source>not valid UTF-8</source>
        <translation>nid yw&apos;n UTF-8 dilys</translation>
    </message>
    <message>
        <source>contains a NUL byte</source>
        <translation>yn cynnwys beit NUL</translation>
    </message>
    <message>
        <source>line %1: a quoted field opens here and is never closed</source>
        <translation>llinell %1: mae maes mewn dyfynodau&apos;n agor yma ac nid yw byth yn cau</translation>
    </message>
</context>
<context>
    <name>cd::sync</name>
    <message>
        <source>Not connected to the shared database</source>
        <translation>Heb gysylltu â&apos;r gronfa ddata a rennir</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Yn cysoni…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>All-lein</translation>
    </message>
    <message>
        <source>Sync error: %1</source>
        <translation>Gwall cysoni: %1</translation>
    </message>
    <message>
        <source>Not yet synced</source>
        <translation>Heb gysoni eto</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Cysonwyd %1</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n cyswllt</numerusform>
            <numerusform>%n cyswllt</numerusform>
            <numerusform>%n cyswllt</numerusform>
            <numerusform>%n cyswllt</numerusform>
            <numerusform>%n cyswllt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n escalation(s)</source>
        <translation>
            <numerusform>%n uwchgyfeiriad</numerusform>
            <numerusform>%n uwchgyfeiriad</numerusform>
            <numerusform>%n uwchgyfeiriad</numerusform>
            <numerusform>%n uwchgyfeiriad</numerusform>
            <numerusform>%n uwchgyfeiriad</numerusform>
        </translation>
    </message>
    <message>
        <source>changes waiting</source>
        <translation>newidiadau&apos;n aros</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <extracomment>&quot;3 contacts, 1 escalation&quot; waiting to reach the shared database</extracomment>
        <translation>%1 yn aros</translation>
    </message>
</context>
<context>
    <name>cd::sync::ServerAdmin</name>
    <message>
        <source>&quot;%1&quot; is already the name of %2 in team %3 (as &quot;%4&quot;): each person in a team needs a name of their own, not the same one in other capitals or spacing (add a middle initial, for example). Nothing was changed.</source>
        <translation>&quot;%1&quot; yw enw %2 yn nhîm %3 eisoes (fel &quot;%4&quot;): mae angen enw ei hun ar bob person mewn tîm, nid yr un enw gyda phriflythrennau neu fylchau gwahanol (ychwanegwch lythyren ganol, er enghraifft). Ni newidiwyd dim.</translation>
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
        <translation>Enw&apos;r proffil hwn yw &quot;%1&quot;, ond mae&apos;r gronfa ddata a rennir yn adnabod y mewngofnod %2 fel &quot;%3&quot;. Newidiwch enw&apos;r proffil i &quot;%3&quot; (neu gofynnwch i weinyddwr newid enw&apos;r mewngofnod) a chysonwch eto. Ni anfonwyd dim.</translation>
    </message>
</context>
<context>
    <name>cd::validation</name>
    <message>
        <source>Enter an email address like name@example.com</source>
        <translation>Rhowch gyfeiriad e-bost fel name@example.com</translation>
    </message>
    <message>
        <source>A phone number can contain only digits, spaces and + ( ) -</source>
        <translation>Dim ond digidau, bylchau a + ( ) - all fod mewn rhif ffôn</translation>
    </message>
    <message>
        <source>Enter a UK number (starting 0 or +44)</source>
        <translation>Rhowch rif yn y DU (yn dechrau gyda 0 neu +44)</translation>
    </message>
    <message>
        <source>A UK number starts with 0 or +44, e.g. 07700 900123</source>
        <translation>Mae rhif yn y DU yn dechrau gyda 0 neu +44, e.e. 07700 900123</translation>
    </message>
    <message>
        <source>A UK number has 10 or 11 digits, e.g. 07700 900123</source>
        <translation>Mae gan rif yn y DU 10 neu 11 digid, e.e. 07700 900123</translation>
    </message>
    <message>
        <source>That is not a UK number in use (01, 02, 03, 05, 07, 08 or 09)</source>
        <translation>Nid yw hwnnw&apos;n rhif yn y DU sy&apos;n cael ei ddefnyddio (01, 02, 03, 05, 07, 08 neu 09)</translation>
    </message>
    <message>
        <source>A UK mobile number has 11 digits, e.g. 07700 900123</source>
        <translation>Mae gan rif ffôn symudol yn y DU 11 digid, e.e. 07700 900123</translation>
    </message>
    <message>
        <source>Enter a full UK postcode, e.g. SW1A 1AA</source>
        <translation>Rhowch god post llawn yn y DU, e.e. SW1A 1AA</translation>
    </message>
    <message>
        <source>has %1 characters; at most %2</source>
        <translation>mae ganddo %1 nod; %2 ar y mwyaf</translation>
    </message>
    <message>
        <source>%1 is before the year 2000</source>
        <translation>mae %1 cyn y flwyddyn 2000</translation>
    </message>
    <message>
        <source>%1 is more than a day in the future</source>
        <translation>mae %1 fwy na diwrnod yn y dyfodol</translation>
    </message>
</context>
<context>
    <name>cd::vehicles</name>
    <message>
        <source>s.165A Road Traffic Act 1988 (no licence or no insurance)</source>
        <translation>adran 165A Deddf Traffig Ffyrdd 1988 (dim trwydded neu ddim yswiriant)</translation>
    </message>
    <message>
        <source>s.59 Police Reform Act 2002 (anti-social use)</source>
        <translation>adran 59 Deddf Diwygio&apos;r Heddlu 2002 (defnydd gwrthgymdeithasol)</translation>
    </message>
    <message>
        <source>abandoned or broken down (Road Traffic Regulation Act 1984 s.99)</source>
        <translation>wedi&apos;i adael neu wedi torri i lawr (Deddf Rheoleiddio Traffig Ffyrdd 1984 adran 99)</translation>
    </message>
    <message>
        <source>held as evidence (Police and Criminal Evidence Act 1984)</source>
        <translation>wedi&apos;i gadw fel tystiolaeth (Deddf yr Heddlu a Thystiolaeth Droseddol 1984)</translation>
    </message>
    <message>
        <source>illegally, dangerously or obstructively parked (Road Traffic Regulation Act 1984 s.99)</source>
        <translation>wedi&apos;i barcio&apos;n anghyfreithlon, yn beryglus neu&apos;n rhwystrol (Deddf Rheoleiddio Traffig Ffyrdd 1984 adran 99)</translation>
    </message>
    <message>
        <source>stolen vehicle recovered</source>
        <translation>cerbyd wedi&apos;i ddwyn wedi&apos;i adfer</translation>
    </message>
    <message>
        <source>other reason</source>
        <translation>rheswm arall</translation>
    </message>
    <message>
        <source>two-wheeled</source>
        <translation>dwy olwyn</translation>
    </message>
    <message>
        <source>up to 3.5 tonnes</source>
        <translation>hyd at 3.5 tunnell</translation>
    </message>
    <message>
        <source>over 3.5 and up to 7.5 tonnes</source>
        <translation>dros 3.5 a hyd at 7.5 tunnell</translation>
    </message>
    <message>
        <source>over 7.5 and up to 18 tonnes</source>
        <translation>dros 7.5 a hyd at 18 tunnell</translation>
    </message>
    <message>
        <source>over 18 tonnes</source>
        <translation>dros 18 tunnell</translation>
    </message>
    <message>
        <source>held</source>
        <translation>yn cael ei gadw</translation>
    </message>
    <message>
        <source>released</source>
        <translation>wedi&apos;i ryddhau</translation>
    </message>
    <message>
        <source>disposed of</source>
        <translation>wedi&apos;i waredu</translation>
    </message>
    <message>
        <source>line %1: the header has no %2 column (the first row must name the columns: %3)</source>
        <translation>llinell %1: nid oes colofn %2 yn y pennawd (rhaid i&apos;r rhes gyntaf enwi&apos;r colofnau: %3)</translation>
    </message>
    <message>
        <source>has %1 fields, the header has %2</source>
        <translation>mae ganddi %1 maes, mae gan y pennawd %2</translation>
    </message>
    <message>
        <source>reference is empty</source>
        <translation>mae reference yn wag</translation>
    </message>
    <message>
        <source>vrm is empty</source>
        <translation>mae vrm yn wag</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not one of %3</source>
        <translation>nid yw %1 &quot;%2&quot; yn un o %3</translation>
    </message>
    <message>
        <source>laden &quot;%1&quot; is not true or false</source>
        <translation>nid yw laden &quot;%1&quot; yn true nac yn false</translation>
    </message>
    <message>
        <source>police_hold &quot;%1&quot; is not true or false</source>
        <translation>nid yw police_hold &quot;%1&quot; yn true nac yn false</translation>
    </message>
    <message>
        <source>seized_at is empty</source>
        <translation>mae seized_at yn wag</translation>
    </message>
    <message>
        <source>seized_at &quot;%1&quot; is not an ISO-8601 time such as 2024-03-05T14:30:00Z</source>
        <translation>nid yw seized_at &quot;%1&quot; yn amser ISO-8601 fel 2024-03-05T14:30:00Z</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an ISO-8601 time such as 2024-03-05T14:30:00Z</source>
        <translation>nid yw %1 &quot;%2&quot; yn amser ISO-8601 fel 2024-03-05T14:30:00Z</translation>
    </message>
    <message>
        <source>%1 is before seized_at</source>
        <translation>mae %1 cyn seized_at</translation>
    </message>
    <message>
        <source>status is released but released_at is empty</source>
        <translation>mae status yn released ond mae released_at yn wag</translation>
    </message>
    <message>
        <source>status is disposed but disposed_at is empty</source>
        <translation>mae status yn disposed ond mae disposed_at yn wag</translation>
    </message>
    <message>
        <source>a %1 row has no valid weight_class or pence</source>
        <translation>nid oes weight_class na pence dilys mewn rhes %1</translation>
    </message>
    <message>
        <source>%1 has no rate for %2</source>
        <translation>nid oes gan %1 gyfradd ar gyfer %2</translation>
    </message>
    <message>
        <source>not a JSON object: %1</source>
        <translation>nid yw&apos;n wrthrych JSON: %1</translation>
    </message>
    <message>
        <source>a charge schedule needs an id and an effective_from date</source>
        <translation>mae angen id a dyddiad effective_from ar atodlen daliadau</translation>
    </message>
    <message>
        <source>%1: a removal row has no valid weight_class or pence</source>
        <translation>%1: nid oes weight_class na pence dilys mewn rhes symud</translation>
    </message>
    <message>
        <source>no charge schedule was found</source>
        <translation>ni chafwyd hyd i atodlen daliadau</translation>
    </message>
    <message>
        <source>a disposal period needs effective_from and powers</source>
        <translation>mae angen effective_from a powers ar gyfnod gwaredu</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>nid oes modd darllen %1</translation>
    </message>
    <message>
        <source>the vehicle has no removal time</source>
        <translation>nid oes amser symud gan y cerbyd</translation>
    </message>
    <message>
        <source>no charge schedule covers a removal on %1</source>
        <translation>nid oes atodlen daliadau&apos;n cwmpasu symud ar %1</translation>
    </message>
    <message>
        <source>%1 has no removal charge for %2, %3, %4</source>
        <translation>nid oes gan %1 dâl symud ar gyfer %2, %3, %4</translation>
    </message>
    <message>
        <source>the time asked about is before the vehicle was removed</source>
        <translation>mae&apos;r amser dan sylw cyn i&apos;r cerbyd gael ei symud</translation>
    </message>
    <message>
        <source>column %1: %2</source>
        <translation>colofn %1: %2</translation>
    </message>
    <message>
        <source>column %1 (%2): %3</source>
        <translation>colofn %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>cd::vrm</name>
    <message>
        <source>no registration mark was given</source>
        <translation>ni roddwyd rhif cofrestru</translation>
    </message>
    <message>
        <source>contains characters other than letters and digits; check the mark</source>
        <translation>yn cynnwys nodau heblaw llythrennau a digidau; gwiriwch y rhif</translation>
    </message>
    <message>
        <source>I, Q and Z are not used in the first two letters of a current mark</source>
        <translation>ni ddefnyddir I, Q a Z yn y ddwy lythyren gyntaf mewn rhif cyfredol</translation>
    </message>
    <message>
        <source>I and Q are not used in the last three letters of a current mark</source>
        <translation>ni ddefnyddir I a Q yn y tair llythyren olaf mewn rhif cyfredol</translation>
    </message>
    <message>
        <source>the age identifier %1 has not been issued</source>
        <translation>nid yw&apos;r dynodydd oedran %1 wedi&apos;i gyhoeddi</translation>
    </message>
    <message>
        <source>I, O, Q, U and Z were not used as age letters</source>
        <translation>ni ddefnyddiwyd I, O, Q, U a Z fel llythrennau oedran</translation>
    </message>
    <message>
        <source>I, Q and Z were not generally used in prefix marks</source>
        <translation>ni ddefnyddiwyd I, Q a Z yn gyffredinol mewn rhifau rhagddodiad</translation>
    </message>
    <message>
        <source>I, Q and Z were not generally used in suffix marks</source>
        <translation>ni ddefnyddiwyd I, Q a Z yn gyffredinol mewn rhifau ôl-ddodiad</translation>
    </message>
    <message>
        <source>Q was not generally used in dateless marks</source>
        <translation>ni ddefnyddiwyd Q yn gyffredinol mewn rhifau heb ddyddiad</translation>
    </message>
    <message>
        <source>not a standard GB or Northern Ireland format (personalised, foreign, trade or diplomatic plates exist): check with the PNC or DVLA</source>
        <translation>nid yw&apos;n fformat safonol ar gyfer Prydain Fawr neu Ogledd Iwerddon (mae platiau personol, tramor, masnach neu ddiplomyddol yn bodoli): gwiriwch gyda&apos;r PNC neu&apos;r DVLA</translation>
    </message>
</context>
</TS>
