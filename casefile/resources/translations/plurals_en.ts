<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ConsentTab</name>
    <message numerus="yes">
        <location filename="../../ui/consent_tab.py" line="183"/>
        <source>%n earlier packet(s) went out under this consent. Make a letter asking the recipients to delete them (GDPR Art. 19)?</source>
        <translation>
            <numerusform>%n earlier packet went out under this consent. Make a letter asking the recipient to delete it (GDPR Art. 19)?</numerusform>
            <numerusform>%n earlier packets went out under this consent. Make a letter asking the recipients to delete them (GDPR Art. 19)?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/consent_tab.py" line="206"/>
        <source>This consent covered %n sensitive or special item(s). The privacy statement promises to erase them now:</source>
        <translation>
            <numerusform>This consent covered %n sensitive or special item. The privacy statement promises to erase it now:</numerusform>
            <numerusform>This consent covered %n sensitive or special items. The privacy statement promises to erase them now:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DossierWidget</name>
    <message numerus="yes">
        <location filename="../../ui/dossier.py" line="175"/>
        <source>%n years</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message numerus="yes">
        <location filename="../../ui/search_dialog.py" line="247"/>
        <source>More than %n notes found; the newest first.</source>
        <translation>
            <numerusform>More than %n note found; the newest first.</numerusform>
            <numerusform>More than %n notes found; the newest first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/search_dialog.py" line="250"/>
        <source>%n note(s) found, the newest first.</source>
        <translation>
            <numerusform>%n note found, the newest first.</numerusform>
            <numerusform>%n notes found, the newest first.</numerusform>
        </translation>
    </message>
</context>
</TS>
