<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AuditDialog</name>
    <message numerus="yes">
        <location filename="../../ui/admin.py" line="364"/>
        <source>Saved %n event(s) to %1.</source>
        <translation>
            <numerusform>Saved %n event to %1.</numerusform>
            <numerusform>Saved %n events to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/admin.py" line="377"/>
        <source>The chain is intact: %n event(s), none changed or removed.</source>
        <translation>
            <numerusform>The chain is intact: %n event, none changed or removed.</numerusform>
            <numerusform>The chain is intact: %n events, none changed or removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/admin.py" line="384"/>
        <source>The log fails %n signature, role or head check(s): it was changed outside Casefile. Compare it with a backup.</source>
        <translation>
            <numerusform>The log fails %n signature, role or head check: it was changed outside Casefile. Compare it with a backup.</numerusform>
            <numerusform>The log fails %n signature, role or head checks: it was changed outside Casefile. Compare it with a backup.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <location filename="../../catalogue.py" line="1182"/>
        <source>Restored into %1 (%n dossier(s)).</source>
        <translation>
            <numerusform>Restored into %1 (%n dossier).</numerusform>
            <numerusform>Restored into %1 (%n dossiers).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../catalogue.py" line="1185"/>
        <source>%n dossier(s) are due; confirm with --yes %1.</source>
        <translation>
            <numerusform>%n dossier is due; confirm with --yes %1.</numerusform>
            <numerusform>%n dossiers are due; confirm with --yes %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../catalogue.py" line="1201"/>
        <source>Moved %n row(s); the audit chain verifies on the target up to event %1:%2.</source>
        <translation>
            <numerusform>Moved %n row; the audit chain verifies on the target up to event %1:%2.</numerusform>
            <numerusform>Moved %n rows; the audit chain verifies on the target up to event %1:%2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../catalogue.py" line="1214"/>
        <source>Practice server: %n event(s) checked; newest head %1:%2.</source>
        <translation>
            <numerusform>Practice server: %n event checked; newest head %1:%2.</numerusform>
            <numerusform>Practice server: %n events checked; newest head %1:%2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../catalogue.py" line="1218"/>
        <source>%n problem(s) found:</source>
        <translation>
            <numerusform>%n problem found:</numerusform>
            <numerusform>%n problems found:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsentTab</name>
    <message numerus="yes">
        <location filename="../../ui/consent_tab.py" line="226"/>
        <source>%n earlier packet(s) went out under this consent. Make a letter asking the recipients to delete them (GDPR Art. 19)?</source>
        <translation>
            <numerusform>%n earlier packet went out under this consent. Make a letter asking the recipient to delete it (GDPR Art. 19)?</numerusform>
            <numerusform>%n earlier packets went out under this consent. Make a letter asking the recipients to delete them (GDPR Art. 19)?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/consent_tab.py" line="249"/>
        <source>This consent covered %n sensitive or special item(s). Erase them now, as the privacy statement promises?</source>
        <translation>
            <numerusform>This consent covered %n sensitive or special item. Erase it now, as the privacy statement promises?</numerusform>
            <numerusform>This consent covered %n sensitive or special items. Erase them now, as the privacy statement promises?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DossierWidget</name>
    <message numerus="yes">
        <location filename="../../ui/dossier.py" line="178"/>
        <source>%n years</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="426"/>
        <source>Saved on the server now: %n draft(s) kept on this computer while the practice server could not be reached.</source>
        <translation>
            <numerusform>Saved on the server now: %n draft kept on this computer while the practice server could not be reached.</numerusform>
            <numerusform>Saved on the server now: %n drafts kept on this computer while the practice server could not be reached.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pdf</name>
    <message numerus="yes">
        <location filename="../../catalogue.py" line="979"/>
        <source>%n parent(s) or guardian(s)</source>
        <translation>
            <numerusform>%n parent or guardian</numerusform>
            <numerusform>%n parents or guardians</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../catalogue.py" line="1001"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../catalogue.py" line="1044"/>
        <source>We delete a dossier %n year(s) after its last trajectory has ended.</source>
        <translation>
            <numerusform>We delete a dossier %n year after its last trajectory has ended.</numerusform>
            <numerusform>We delete a dossier %n years after its last trajectory has ended.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../catalogue.py" line="1046"/>
        <source>We keep financial records for %n year(s), because the law requires it.</source>
        <translation>
            <numerusform>We keep financial records for %n year, because the law requires it.</numerusform>
            <numerusform>We keep financial records for %n years, because the law requires it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../catalogue.py" line="1121"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivacyMenu</name>
    <message numerus="yes">
        <location filename="../../ui/privacy.py" line="140"/>
        <source>Erase the whole dossier of %1 for good? %n record(s) will be removed.</source>
        <translation>
            <numerusform>Erase the whole dossier of %1 for good? %n record will be removed.</numerusform>
            <numerusform>Erase the whole dossier of %1 for good? %n records will be removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message numerus="yes">
        <location filename="../../ui/restore_dialog.py" line="120"/>
        <source>Restored into %1 (%n dossier(s)). Open that folder as the vault: start Casefile with it, or move it to where the old vault was.</source>
        <translation>
            <numerusform>Restored into %1 (%n dossier). Open that folder as the vault: start Casefile with it, or move it to where the old vault was.</numerusform>
            <numerusform>Restored into %1 (%n dossiers). Open that folder as the vault: start Casefile with it, or move it to where the old vault was.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message numerus="yes">
        <location filename="../../ui/admin.py" line="436"/>
        <source>%n dossier(s) are due for deletion now.</source>
        <translation>
            <numerusform>%n dossier is due for deletion now.</numerusform>
            <numerusform>%n dossiers are due for deletion now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/admin.py" line="443"/>
        <source>Erase %n dossier(s) for good? This cannot be undone. Type the number of dossiers to confirm.</source>
        <translation>
            <numerusform>Erase %n dossier for good? This cannot be undone. Type the number of dossiers to confirm.</numerusform>
            <numerusform>Erase %n dossiers for good? This cannot be undone. Type the number of dossiers to confirm.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message numerus="yes">
        <location filename="../../ui/search_dialog.py" line="272"/>
        <source>More than %n notes found; the newest first.</source>
        <translation>
            <numerusform>More than %n note found; the newest first.</numerusform>
            <numerusform>More than %n notes found; the newest first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/search_dialog.py" line="275"/>
        <source>%n note(s) found, the newest first.</source>
        <translation>
            <numerusform>%n note found, the newest first.</numerusform>
            <numerusform>%n notes found, the newest first.</numerusform>
        </translation>
    </message>
</context>
</TS>
