<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AdminDesk</name>
    <message>
        <location filename="../../ui/admin.py" line="422"/>
        <source>Backup</source>
        <translation>Back-up</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="425"/>
        <source>Backup made and verified: %1</source>
        <translation>Back-up gemaakt en gecontroleerd: %1</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="435"/>
        <source>Making a backup…</source>
        <translation>Back-up wordt gemaakt…</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../ui/admin.py" line="246"/>
        <source>Audit log</source>
        <translation>Auditlog</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="260"/>
        <location filename="../../ui/admin.py" line="289"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="265"/>
        <location filename="../../ui/admin.py" line="290"/>
        <source>Action</source>
        <translation>Handeling</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="255"/>
        <location filename="../../ui/admin.py" line="289"/>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="261"/>
        <source>everyone</source>
        <translation>iedereen</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="266"/>
        <source>every action</source>
        <translation>elke handeling</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="256"/>
        <source>every child</source>
        <translation>elk kind</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="271"/>
        <location filename="../../ui/admin.py" line="290"/>
        <source>From</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="278"/>
        <source>Verify chain</source>
        <translation>Keten controleren</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="280"/>
        <source>Save as CSV…</source>
        <translation>Opslaan als CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="282"/>
        <source>Save as PDF…</source>
        <translation>Opslaan als PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="327"/>
        <source>Save the audit log</source>
        <translation>Auditlog opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="332"/>
        <location filename="../../ui/admin.py" line="333"/>
        <source>Saving the audit log…</source>
        <translation>Het auditlog wordt opgeslagen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/admin.py" line="337"/>
        <source>Saved %n event(s) to %1.</source>
        <translation>
            <numerusform>%n gebeurtenis opgeslagen in %1.</numerusform>
            <numerusform>%n gebeurtenissen opgeslagen in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/admin.py" line="350"/>
        <source>The chain is intact: %n event(s), none changed or removed.</source>
        <translation>
            <numerusform>De keten is intact: %n gebeurtenis, niet gewijzigd of verwijderd.</numerusform>
            <numerusform>De keten is intact: %n gebeurtenissen, geen enkele gewijzigd of verwijderd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/admin.py" line="357"/>
        <source>The log fails %n signature, role or head check(s): it was changed outside Casefile. Compare it with a backup.</source>
        <translation>
            <numerusform>Het logboek komt niet door %n controle van handtekening, rol of kop: het is buiten Casefile gewijzigd. Vergelijk het met een back-up.</numerusform>
            <numerusform>Het logboek komt niet door %n controles van handtekening, rol of kop: het is buiten Casefile gewijzigd. Vergelijk het met een back-up.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="343"/>
        <location filename="../../ui/admin.py" line="344"/>
        <source>Checking the chain…</source>
        <translation>De keten wordt gecontroleerd…</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="353"/>
        <source>The chain is broken at event %1: the log was changed outside Casefile.</source>
        <translation>De keten is verbroken bij gebeurtenis %1: het logboek is buiten Casefile om gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="361"/>
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
        <location filename="../../ui/privacy.py" line="183"/>
        <source>Change history</source>
        <translation>Wijzigingsgeschiedenis</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="191"/>
        <source>Every change, newest first.</source>
        <translation>Elke wijziging, nieuwste eerst.</translation>
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
        <location filename="../../ui/privacy.py" line="41"/>
        <source>Access report for the parents…</source>
        <translation>Inzageoverzicht voor de ouders…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="43"/>
        <source>Restrict or lift restriction…</source>
        <translation>Beperken of beperking opheffen…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="44"/>
        <source>Change history</source>
        <translation>Wijzigingsgeschiedenis</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="45"/>
        <source>Erase dossier…</source>
        <translation>Dossier wissen…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="47"/>
        <source>Back up now</source>
        <translation>Nu back-up maken</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="50"/>
        <source>Retention…</source>
        <translation>Bewaartermijnen…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="51"/>
        <source>Users…</source>
        <translation>Gebruikers…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="52"/>
        <source>Settings…</source>
        <translation>Instellingen…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="53"/>
        <source>Audit log…</source>
        <translation>Auditlog…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="65"/>
        <location filename="../../ui/privacy.py" line="173"/>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="66"/>
        <source>Open a dossier first.</source>
        <translation>Open eerst een dossier.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="76"/>
        <source>Access report</source>
        <translation>Inzageoverzicht</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="79"/>
        <source>Making the access report…</source>
        <translation>Inzageoverzicht wordt gemaakt…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="90"/>
        <source>Lift the restriction of this dossier? Reason:</source>
        <translation>De beperking van dit dossier opheffen? Reden:</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="91"/>
        <source>Restrict this dossier (GDPR Art. 18)? It becomes read-only and nothing may be exported. Reason:</source>
        <translation>Dit dossier beperken (AVG art. 18)? Het wordt alleen-lezen en er mag niets worden verstrekt. Reden:</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="93"/>
        <source>Restriction</source>
        <translation>Beperking</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="123"/>
        <source>(nothing)</source>
        <translation>(niets)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/privacy.py" line="124"/>
        <source>Erase the whole dossier of %1 for good? %n record(s) will be removed.</source>
        <translation>
            <numerusform>Het hele dossier van %1 definitief wissen? Er wordt %n onderdeel verwijderd.</numerusform>
            <numerusform>Het hele dossier van %1 definitief wissen? Er worden %n onderdelen verwijderd.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="127"/>
        <source>A legal duty keeps these financial records:</source>
        <translation>Deze financiële gegevens blijven bewaard, omdat de wet dat verplicht:</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="129"/>
        <location filename="../../ui/privacy.py" line="131"/>
        <source>Erase dossier</source>
        <translation>Dossier wissen</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="132"/>
        <source>On whose request, and why?</source>
        <translation>Op wiens verzoek, en waarom?</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="135"/>
        <source>Erasing…</source>
        <translation>Bezig met wissen…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="144"/>
        <source>No backup in the backup folder holds this dossier.</source>
        <translation>Dit dossier staat in geen enkele back-up in de back-upmap.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="145"/>
        <source>Older backups (%1 in the backup folder) still hold this dossier until they rotate out, after %2 newer backups.</source>
        <translation>Oudere back-ups (%1 in de back-upmap) bevatten dit dossier nog tot ze wegvallen, na %2 nieuwere back-ups.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy.py" line="149"/>
        <source>At the pace of backups so far, that is about %1.</source>
        <translation>In het tempo van de back-ups tot nu is dat rond %1.</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../../ui/admin.py" line="371"/>
        <source>Retention</source>
        <translation>Bewaartermijnen</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="374"/>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="374"/>
        <source>Last trajectory ended</source>
        <translation>Laatste traject beëindigd</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="374"/>
        <source>Due on</source>
        <translation>Te wissen op</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="380"/>
        <source>Erase the dossiers due…</source>
        <translation>Dossiers wissen waarvan de termijn verstreken is…</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="384"/>
        <source>Closed dossiers are kept %1 years after their last trajectory ended.</source>
        <translation>Gesloten dossiers worden %1 jaar na het einde van het laatste traject bewaard.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/admin.py" line="403"/>
        <source>%n dossier(s) are due for deletion now.</source>
        <translation>
            <numerusform>Van %n dossier is de bewaartermijn nu verstreken.</numerusform>
            <numerusform>Van %n dossiers is de bewaartermijn nu verstreken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/admin.py" line="410"/>
        <source>Erase %n dossier(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>%n dossier definitief wissen? Dit kan niet ongedaan worden gemaakt.</numerusform>
            <numerusform>%n dossiers definitief wissen? Dit kan niet ongedaan worden gemaakt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="413"/>
        <source>Erasing…</source>
        <translation>Bezig met wissen…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/admin.py" line="151"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="160"/>
        <source>Every parent with parental authority</source>
        <translation>Elke ouder met gezag</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="161"/>
        <source>One parent with parental authority</source>
        <translation>Eén ouder met gezag</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="166"/>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="177"/>
        <source>Lock after idle minutes</source>
        <translation>Automatisch vergrendelen na (minuten zonder gebruik)</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="178"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="179"/>
        <source>Consent is needed from</source>
        <translation>Toestemming nodig van</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="180"/>
        <source>Keep closed dossiers (years)</source>
        <translation>Gesloten dossiers bewaren (jaren)</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="181"/>
        <source>Keep financial records (years)</source>
        <translation>Financiële gegevens bewaren (jaren)</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="182"/>
        <location filename="../../ui/admin.py" line="214"/>
        <location filename="../../ui/admin.py" line="219"/>
        <source>Backup folder</source>
        <translation>Map voor back-ups</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="183"/>
        <source>Backups to keep</source>
        <translation>Aantal te bewaren back-ups</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="184"/>
        <source>Document size limit (MB)</source>
        <translation>Maximale grootte van een document (MB)</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="185"/>
        <location filename="../../ui/admin.py" line="200"/>
        <source>Signing key fingerprint</source>
        <translation>Vingerafdruk ondertekeningssleutel</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="201"/>
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
        <location filename="../../ui/admin.py" line="104"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="84"/>
        <location filename="../../ui/admin.py" line="105"/>
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
        <location filename="../../ui/admin.py" line="96"/>
        <location filename="../../ui/admin.py" line="106"/>
        <source>Temporary passphrase</source>
        <translation>Tijdelijke wachtzin</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="97"/>
        <source>Add user</source>
        <translation>Gebruiker toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="99"/>
        <source>Deactivate…</source>
        <translation>Deactiveren…</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="110"/>
        <source>A new user changes the temporary passphrase at the first unlock.</source>
        <translation>Een nieuwe gebruiker wijzigt de tijdelijke wachtzin bij de eerste keer ontgrendelen.</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="130"/>
        <source>User added.</source>
        <translation>Gebruiker toegevoegd.</translation>
    </message>
    <message>
        <location filename="../../ui/admin.py" line="137"/>
        <source>Deactivate %1? Their key slot is removed; their history stays.</source>
        <translation>%1 deactiveren? De sleutel van deze gebruiker wordt verwijderd; de geschiedenis blijft.</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../ui/privacy.py" line="37"/>
        <source>&amp;Privacy</source>
        <translation>&amp;Privacy</translation>
    </message>
</context>
</TS>
