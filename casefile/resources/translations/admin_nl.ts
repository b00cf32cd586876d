<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AdminDesk</name>
    <message>
        <location filename="../../ui/admin.py" line="456"/>
        <source>Backup</source>
        <translation>Back-up</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="459"/>
        <source>Backup made and verified: %1</source>
        <translation>Back-up gemaakt en gecontroleerd: %1</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="469"/>
        <source>Making a backup…</source>
        <translation>Back-up wordt gemaakt…</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../ui/admin.py" line="273"/>
        <source>Audit log</source>
        <translation>Auditlog</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="287"/>
        <location filename="../../ui/admin.py" line="316"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="292"/>
        <location filename="../../ui/admin.py" line="317"/>
        <source>Action</source>
        <translation>Handeling</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="282"/>
        <location filename="../../ui/admin.py" line="316"/>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="288"/>
        <source>everyone</source>
        <translation>iedereen</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="293"/>
        <source>every action</source>
        <translation>elke handeling</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="283"/>
        <source>every child</source>
        <translation>elk kind</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="298"/>
        <location filename="../../ui/admin.py" line="317"/>
        <source>From</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="305"/>
        <source>Verify chain</source>
        <translation>Keten controleren</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="307"/>
        <source>Save as CSV…</source>
        <translation>Opslaan als CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="309"/>
        <source>Save as PDF…</source>
        <translation>Opslaan als PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="354"/>
        <source>Save the audit log</source>
        <translation>Auditlog opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="359"/>
        <location filename="../../ui/admin.py" line="360"/>
        <source>Saving the audit log…</source>
        <translation>Het auditlog wordt opgeslagen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/admin.py" line="364"/>
        <source>Saved %n event(s) to %1.</source>
        <translation>
            <numerusform>%n gebeurtenis opgeslagen in %1.</numerusform>
            <numerusform>%n gebeurtenissen opgeslagen in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/admin.py" line="377"/>
        <source>The chain is intact: %n event(s), none changed or removed.</source>
        <translation>
            <numerusform>De keten is intact: %n gebeurtenis, niet gewijzigd of verwijderd.</numerusform>
            <numerusform>De keten is intact: %n gebeurtenissen, geen enkele gewijzigd of verwijderd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/admin.py" line="384"/>
        <source>The log fails %n signature, role or head check(s): it was changed outside Casefile. Compare it with a backup.</source>
        <translation>
            <numerusform>Het logboek komt niet door %n controle van handtekening, rol of kop: het is buiten Casefile gewijzigd. Vergelijk het met een back-up.</numerusform>
            <numerusform>Het logboek komt niet door %n controles van handtekening, rol of kop: het is buiten Casefile gewijzigd. Vergelijk het met een back-up.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="370"/>
        <location filename="../../ui/admin.py" line="371"/>
        <source>Checking the chain…</source>
        <translation>De keten wordt gecontroleerd…</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="380"/>
        <source>The chain is broken at event %1: the log was changed outside Casefile.</source>
        <translation>De keten is verbroken bij gebeurtenis %1: het logboek is buiten Casefile om gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="388"/>
        <source>Newest event %1, head %2</source>
        <translation>Nieuwste gebeurtenis %1, kop %2</translation>
    </message>
</context>
<context>
    <name>CaseloadDialog</name>
    <message>
        <location filename="../../ui/caseload_dialog.py" line="28"/>
        <source>Access to the dossier</source>
        <translation>Toegang tot dossier</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_dialog.py" line="32"/>
        <source>Counsellor</source>
        <translation>Begeleider</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_dialog.py" line="32"/>
        <source>Access since</source>
        <translation>Toegang sinds</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_dialog.py" line="32"/>
        <source>Given by</source>
        <translation>Gegeven door</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_dialog.py" line="33"/>
        <location filename="../../ui/caseload_dialog.py" line="34"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_dialog.py" line="33"/>
        <source>Access until</source>
        <translation>Toegang tot</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_dialog.py" line="33"/>
        <source>Taken by</source>
        <translation>Ingetrokken door</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_dialog.py" line="40"/>
        <source>Who had access, and when</source>
        <translation>Wie wanneer toegang had</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_dialog.py" line="42"/>
        <source>Counsellor to give access</source>
        <translation>Begeleider die toegang krijgt</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_dialog.py" line="43"/>
        <source>Give access…</source>
        <translation>Toegang geven…</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_dialog.py" line="45"/>
        <source>Take access away…</source>
        <translation>Toegang intrekken…</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_dialog.py" line="47"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_dialog.py" line="50"/>
        <source>Who may see the dossier of %1. Everyone else sees only the name and the counsellors.</source>
        <translation>Wie het dossier van %1 mag inzien. Alle anderen zien alleen de naam en de begeleiders.</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_dialog.py" line="74"/>
        <source>(created the dossier)</source>
        <translation>(maakte het dossier aan)</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_dialog.py" line="78"/>
        <location filename="../../ui/caseload_dialog.py" line="79"/>
        <source>(at the upgrade)</source>
        <translation>(bij de update)</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_dialog.py" line="86"/>
        <source>Access now: %1</source>
        <translation>Nu toegang: %1</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_dialog.py" line="87"/>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_dialog.py" line="97"/>
        <source>Every active counsellor has access already.</source>
        <translation>Alle actieve begeleiders hebben al toegang.</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_dialog.py" line="99"/>
        <source>Give access</source>
        <translation>Toegang geven</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_dialog.py" line="100"/>
        <source>Why does %1 need this dossier?</source>
        <translation>Waarom heeft %1 dit dossier nodig?</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_dialog.py" line="108"/>
        <source>Choose a counsellor who has access now.</source>
        <translation>Kies een begeleider die nu toegang heeft.</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_dialog.py" line="110"/>
        <source>Take access away</source>
        <translation>Toegang intrekken</translation>
    </message>
    <message>
        <location filename="../../ui/caseload_dialog.py" line="111"/>
        <source>Why does %1 no longer need this dossier?</source>
        <translation>Waarom heeft %1 dit dossier niet meer nodig?</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/privacy.py" line="213"/>
        <source>Change history</source>
        <translation>Wijzigingsgeschiedenis</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="221"/>
        <source>Every change, newest first.</source>
        <translation>Elke wijziging, nieuwste eerst.</translation>
    </message>
</context>
<context>
    <name>HoldDialog</name>
    <message>
        <location filename="../../ui/rights_desk.py" line="270"/>
        <source>Hold on the retention period</source>
        <translation>Vernietigingsstop</translation>
    </message>
    <message>
        <location filename="../../ui/rights_desk.py" line="274"/>
        <location filename="../../ui/rights_desk.py" line="279"/>
        <location filename="../../ui/rights_desk.py" line="293"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../ui/rights_desk.py" line="274"/>
        <source>From</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <location filename="../../ui/rights_desk.py" line="274"/>
        <location filename="../../ui/rights_desk.py" line="284"/>
        <location filename="../../ui/rights_desk.py" line="294"/>
        <source>Until</source>
        <translation>Tot</translation>
    </message>
    <message>
        <location filename="../../ui/rights_desk.py" line="274"/>
        <source>Lifted on</source>
        <translation>Opgeheven op</translation>
    </message>
    <message>
        <location filename="../../ui/rights_desk.py" line="280"/>
        <source>For example: complaint to the disputes committee</source>
        <translation>Bijvoorbeeld: klacht bij de geschillencommissie</translation>
    </message>
    <message>
        <location filename="../../ui/rights_desk.py" line="286"/>
        <source>Place hold</source>
        <translation>Vernietigingsstop instellen</translation>
    </message>
    <message>
        <location filename="../../ui/rights_desk.py" line="288"/>
        <source>Lift the selected hold</source>
        <translation>Gekozen vernietigingsstop opheffen</translation>
    </message>
    <message>
        <location filename="../../ui/rights_desk.py" line="297"/>
        <source>While a hold lasts, this dossier is not erased, not even when its retention period has ended.</source>
        <translation>Zolang een vernietigingsstop geldt, wordt dit dossier niet gewist, ook niet als de bewaartermijn voorbij is.</translation>
    </message>
    <message>
        <location filename="../../ui/rights_desk.py" line="317"/>
        <source>Hold placed.</source>
        <translation>Vernietigingsstop ingesteld.</translation>
    </message>
    <message>
        <location filename="../../ui/rights_desk.py" line="329"/>
        <source>Hold lifted.</source>
        <translation>Vernietigingsstop opgeheven.</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <location filename="../../ui/jobs.py" line="132"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>PrivacyMenu</name>
    <message>
        <location filename="../../ui/privacy.py" line="45"/>
        <source>Access report for the parents…</source>
        <translation>Inzageoverzicht voor de ouders…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="47"/>
        <source>Restrict or lift restriction…</source>
        <translation>Beperken of beperking opheffen…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="49"/>
        <source>Change history</source>
        <translation>Wijzigingsgeschiedenis</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="50"/>
        <source>Erase dossier…</source>
        <translation>Dossier wissen…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="52"/>
        <source>Requests…</source>
        <translation>Verzoeken…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="54"/>
        <source>Back up now</source>
        <translation>Nu back-up maken</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="56"/>
        <source>Retention…</source>
        <translation>Bewaartermijnen…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="51"/>
        <source>Hold on retention…</source>
        <translation>Vernietigingsstop…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="57"/>
        <source>Users…</source>
        <translation>Gebruikers…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="58"/>
        <source>Settings…</source>
        <translation>Instellingen…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="59"/>
        <source>Audit log…</source>
        <translation>Auditlog…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="80"/>
        <location filename="../../ui/privacy.py" line="203"/>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="81"/>
        <source>Open a dossier first.</source>
        <translation>Open eerst een dossier.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="91"/>
        <source>Access report</source>
        <translation>Inzageoverzicht</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="94"/>
        <source>Making the access report…</source>
        <translation>Inzageoverzicht wordt gemaakt…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="105"/>
        <source>Lift the restriction of this dossier? Reason:</source>
        <translation>De beperking van dit dossier opheffen? Reden:</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="106"/>
        <source>Restrict this dossier (GDPR Art. 18)? It becomes read-only and nothing may be exported. Reason:</source>
        <translation>Dit dossier beperken (AVG art. 18)? Het wordt alleen-lezen en er mag niets worden verstrekt. Reden:</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="108"/>
        <source>Restriction</source>
        <translation>Beperking</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="139"/>
        <source>(nothing)</source>
        <translation>(niets)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/privacy.py" line="140"/>
        <source>Erase the whole dossier of %1 for good? %n record(s) will be removed.</source>
        <translation>
            <numerusform>Het hele dossier van %1 definitief wissen? Er wordt %n onderdeel verwijderd.</numerusform>
            <numerusform>Het hele dossier van %1 definitief wissen? Er worden %n onderdelen verwijderd.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="143"/>
        <source>A legal duty keeps these financial records:</source>
        <translation>Deze financiële gegevens blijven bewaard, omdat de wet dat verplicht:</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="146"/>
        <source>Type the child&apos;s name to confirm: %1</source>
        <translation>Typ ter bevestiging de naam van het kind: %1</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="147"/>
        <location filename="../../ui/privacy.py" line="149"/>
        <source>Erase dossier</source>
        <translation>Dossier wissen</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="150"/>
        <source>On whose request, and why?</source>
        <translation>Op wiens verzoek, en waarom?</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="153"/>
        <source>Erasing…</source>
        <translation>Bezig met wissen…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="162"/>
        <source>No backup in the backup folder holds this dossier.</source>
        <translation>Dit dossier staat in geen enkele back-up in de back-upmap.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="163"/>
        <source>Older backups (%1 in the backup folder) still hold this dossier until they rotate out, after %2 newer backups.</source>
        <translation>Oudere back-ups (%1 in de back-upmap) bevatten dit dossier nog tot ze wegvallen, na %2 nieuwere back-ups.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="167"/>
        <source>At the pace of backups so far, that is about %1.</source>
        <translation>In het tempo van de back-ups tot nu is dat rond %1.</translation>
    </message>
</context>
<context>
    <name>RequestsDialog</name>
    <message>
        <location filename="../../ui/rights_desk.py" line="44"/>
        <source>Requests from parents and children</source>
        <translation>Verzoeken van ouders en kinderen</translation>
    </message>
    <message>
        <location filename="../../ui/rights_desk.py" line="47"/>
        <source>Request</source>
        <translation>Verzoek</translation>
    </message>
    <message>
        <location filename="../../ui/rights_desk.py" line="47"/>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/rights_desk.py" line="47"/>
        <location filename="../../ui/rights_desk.py" line="83"/>
        <location filename="../../ui/rights_desk.py" line="98"/>
        <source>Asked by</source>
        <translation>Gevraagd door</translation>
    </message>
    <message>
        <location filename="../../ui/rights_desk.py" line="47"/>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <location filename="../../ui/rights_desk.py" line="48"/>
        <source>Deadline</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <location filename="../../ui/rights_desk.py" line="48"/>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../../ui/rights_desk.py" line="54"/>
        <location filename="../../ui/rights_desk.py" line="64"/>
        <source>Show</source>
        <translation>Toon</translation>
    </message>
    <message>
        <location filename="../../ui/rights_desk.py" line="55"/>
        <source>Open requests</source>
        <translation>Openstaande verzoeken</translation>
    </message>
    <message>
        <location filename="../../ui/rights_desk.py" line="55"/>
        <source>Late</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <location filename="../../ui/rights_desk.py" line="56"/>
        <source>Due this week</source>
        <translation>Deze week uiterlijk</translation>
    </message>
    <message>
        <location filename="../../ui/rights_desk.py" line="57"/>
        <source>All requests</source>
        <translation>Alle verzoeken</translation>
    </message>
    <message>
        <location filename="../../ui/rights_desk.py" line="80"/>
        <source>New request for the open dossier</source>
        <translation>Nieuw verzoek voor het geopende dossier</translation>
    </message>
    <message>
        <location filename="../../ui/rights_desk.py" line="81"/>
        <location filename="../../ui/rights_desk.py" line="97"/>
        <source>Kind of request</source>
        <translation>Soort verzoek</translation>
    </message>
    <message>
        <location filename="../../ui/rights_desk.py" line="84"/>
        <location filename="../../ui/rights_desk.py" line="99"/>
        <source>Identity checked</source>
        <translation>Identiteit gecontroleerd</translation>
    </message>
    <message>
        <location filename="../../ui/rights_desk.py" line="89"/>
        <location filename="../../ui/rights_desk.py" line="100"/>
        <source>Received on</source>
        <translation>Ontvangen op</translation>
    </message>
    <message>
        <location filename="../../ui/rights_desk.py" line="92"/>
        <location filename="../../ui/rights_desk.py" line="101"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../ui/rights_desk.py" line="93"/>
        <source>How it came in (phone, e-mail, letter)</source>
        <translation>Hoe het binnenkwam (telefoon, e-mail, brief)</translation>
    </message>
    <message>
        <location filename="../../ui/rights_desk.py" line="94"/>
        <source>Record request</source>
        <translation>Verzoek vastleggen</translation>
    </message>
    <message>
        <location filename="../../ui/rights_desk.py" line="105"/>
        <source>New request: open the child&apos;s dossier first</source>
        <translation>Nieuw verzoek: open eerst het dossier van het kind</translation>
    </message>
    <message>
        <location filename="../../ui/rights_desk.py" line="107"/>
        <source>New request for %1</source>
        <translation>Nieuw verzoek voor %1</translation>
    </message>
    <message>
        <location filename="../../ui/rights_desk.py" line="115"/>
        <source>The selected request</source>
        <translation>Het gekozen verzoek</translation>
    </message>
    <message>
        <location filename="../../ui/rights_desk.py" line="118"/>
        <source>Months of extension</source>
        <translation>Maanden verlenging</translation>
    </message>
    <message>
        <location filename="../../ui/rights_desk.py" line="119"/>
        <source>Extend…</source>
        <translation>Verlengen…</translation>
    </message>
    <message>
        <location filename="../../ui/rights_desk.py" line="121"/>
        <location filename="../../ui/rights_desk.py" line="133"/>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <location filename="../../ui/rights_desk.py" line="124"/>
        <location filename="../../ui/rights_desk.py" line="134"/>
        <source>What was done</source>
        <translation>Wat er is gedaan</translation>
    </message>
    <message>
        <location filename="../../ui/rights_desk.py" line="125"/>
        <source>Close request</source>
        <translation>Verzoek afsluiten</translation>
    </message>
    <message>
        <location filename="../../ui/rights_desk.py" line="132"/>
        <source>Extend once by months (Art. 12(3))</source>
        <translation>Eén keer verlengen, in maanden (art. 12 lid 3)</translation>
    </message>
    <message>
        <location filename="../../ui/rights_desk.py" line="147"/>
        <source>(erased dossier)</source>
        <translation>(gewist dossier)</translation>
    </message>
    <message>
        <location filename="../../ui/rights_desk.py" line="160"/>
        <source>%1 (extended)</source>
        <translation>%1 (verlengd)</translation>
    </message>
    <message>
        <location filename="../../ui/rights_desk.py" line="173"/>
        <source>%1 late, %2 due this week, %3 open in all.</source>
        <translation>%1 te laat, %2 deze week uiterlijk, %3 openstaand in totaal.</translation>
    </message>
    <message>
        <location filename="../../ui/rights_desk.py" line="193"/>
        <source>(nothing to link)</source>
        <translation>(niets om te koppelen)</translation>
    </message>
    <message>
        <location filename="../../ui/rights_desk.py" line="215"/>
        <source>Request recorded.</source>
        <translation>Verzoek vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../ui/rights_desk.py" line="222"/>
        <source>Extend the deadline</source>
        <translation>Termijn verlengen</translation>
    </message>
    <message>
        <location filename="../../ui/rights_desk.py" line="223"/>
        <source>Why does the answer take longer? The requester must be told within the first month.</source>
        <translation>Waarom duurt het antwoord langer? De aanvrager moet dat binnen de eerste maand horen.</translation>
    </message>
    <message>
        <location filename="../../ui/rights_desk.py" line="233"/>
        <source>New deadline: %1.</source>
        <translation>Nieuwe termijn: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/rights_desk.py" line="246"/>
        <source>Request closed.</source>
        <translation>Verzoek afgesloten.</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../../ui/admin.py" line="398"/>
        <source>Retention</source>
        <translation>Bewaartermijnen</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="401"/>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="401"/>
        <source>Last trajectory ended</source>
        <translation>Laatste traject beëindigd</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="401"/>
        <source>Due on</source>
        <translation>Te wissen op</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="407"/>
        <source>Erase the dossiers due…</source>
        <translation>Dossiers wissen waarvan de termijn verstreken is…</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="411"/>
        <source>Closed dossiers are kept %1 years after their last trajectory ended.</source>
        <translation>Gesloten dossiers worden %1 jaar na het einde van het laatste traject bewaard.</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="428"/>
        <source>%1 (on hold)</source>
        <translation>%1 (vernietigingsstop)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/admin.py" line="436"/>
        <source>%n dossier(s) are due for deletion now.</source>
        <translation>
            <numerusform>Van %n dossier is de bewaartermijn nu verstreken.</numerusform>
            <numerusform>Van %n dossiers is de bewaartermijn nu verstreken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/admin.py" line="443"/>
        <source>Erase %n dossier(s) for good? This cannot be undone. Type the number of dossiers to confirm.</source>
        <translation>
            <numerusform>%n dossier definitief wissen? Dit kan niet ongedaan worden gemaakt. Typ ter bevestiging het aantal dossiers.</numerusform>
            <numerusform>%n dossiers definitief wissen? Dit kan niet ongedaan worden gemaakt. Typ ter bevestiging het aantal dossiers.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="447"/>
        <source>Erasing…</source>
        <translation>Bezig met wissen…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/admin.py" line="155"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="164"/>
        <source>Every parent with parental authority</source>
        <translation>Elke ouder met gezag</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="165"/>
        <source>One parent with parental authority</source>
        <translation>Eén ouder met gezag</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="170"/>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="179"/>
        <location filename="../../ui/admin.py" line="205"/>
        <source>Inzage for the parents</source>
        <translation>Inzage voor ouders</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="180"/>
        <source>Required before every packet</source>
        <translation>Verplicht vóór elk overdrachtspakket</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="181"/>
        <source>Offered</source>
        <translation>Aangeboden</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="182"/>
        <source>Off</source>
        <translation>Uit</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="184"/>
        <source>Before a transfer packet goes out, the parents read a draft of it and may add their view.</source>
        <translation>Voordat een overdrachtspakket wordt verstuurd, lezen de ouders een concept ervan en kunnen ze hun zienswijze toevoegen.</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="194"/>
        <source>Practice name</source>
        <translation>Naam van de praktijk</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="195"/>
        <source>Practice address</source>
        <translation>Adres van de praktijk</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="196"/>
        <source>Practice phone</source>
        <translation>Telefoonnummer van de praktijk</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="197"/>
        <source>Lock after idle minutes</source>
        <translation>Automatisch vergrendelen na (minuten zonder gebruik)</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="198"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="199"/>
        <source>Consent is needed from</source>
        <translation>Toestemming nodig van</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="200"/>
        <source>Keep closed dossiers (years)</source>
        <translation>Gesloten dossiers bewaren (jaren)</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="201"/>
        <source>Keep financial records (years)</source>
        <translation>Financiële gegevens bewaren (jaren)</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="202"/>
        <location filename="../../ui/admin.py" line="243"/>
        <source>Backup folder</source>
        <translation>Map voor back-ups</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="203"/>
        <source>Backups to keep</source>
        <translation>Aantal te bewaren back-ups</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="204"/>
        <source>Document size limit (MB)</source>
        <translation>Maximale grootte van een document (MB)</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="206"/>
        <source>Days the parents have to answer</source>
        <translation>Reactietermijn voor ouders (dagen)</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="207"/>
        <location filename="../../ui/admin.py" line="223"/>
        <source>Signing key fingerprint</source>
        <translation>Vingerafdruk ondertekeningssleutel</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="224"/>
        <source>Schools check that a packet comes from this practice with this fingerprint; it is also printed on the consent form and the letters.</source>
        <translation>Met deze vingerafdruk controleert een school dat een pakket van deze praktijk komt; hij staat ook op het toestemmingsformulier en in de brieven.</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../ui/admin.py" line="82"/>
        <source>Users</source>
        <translation>Gebruikers</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="84"/>
        <location filename="../../ui/admin.py" line="101"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="84"/>
        <location filename="../../ui/admin.py" line="102"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="84"/>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="85"/>
        <location filename="../../ui/admin.py" line="93"/>
        <source>Administrator</source>
        <translation>Beheerder</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="86"/>
        <location filename="../../ui/admin.py" line="92"/>
        <source>Counsellor</source>
        <translation>Begeleider</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="87"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="87"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="90"/>
        <source>New user&apos;s name</source>
        <translation>Naam nieuwe gebruiker</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="106"/>
        <source>Casefile makes a temporary passphrase for a new user and shows it once. They choose their own at the first unlock.</source>
        <translation>Casefile maakt voor een nieuwe gebruiker een tijdelijke wachtzin en toont die één keer. Bij de eerste keer ontgrendelen kiest de gebruiker een eigen wachtzin.</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="134"/>
        <source>Temporary passphrase</source>
        <translation>Tijdelijke wachtzin</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="94"/>
        <source>Add user</source>
        <translation>Gebruiker toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="96"/>
        <source>Deactivate…</source>
        <translation>Deactiveren…</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="131"/>
        <source>User added.</source>
        <translation>Gebruiker toegevoegd.</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="135"/>
        <source>The temporary passphrase of %1. Give it to them in person; it is shown only now. At the first unlock they choose their own.</source>
        <translation>De tijdelijke wachtzin van %1. Geef die persoonlijk door; hij is alleen nu te zien. Bij de eerste keer ontgrendelen kiest %1 een eigen wachtzin.</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="141"/>
        <source>Deactivate %1? Their key slot is removed; their history stays.</source>
        <translation>%1 deactiveren? De sleutel van deze gebruiker wordt verwijderd; de geschiedenis blijft.</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../ui/privacy.py" line="38"/>
        <source>&amp;Privacy</source>
        <translation>&amp;Privacy</translation>
    </message>
</context>
</TS>
