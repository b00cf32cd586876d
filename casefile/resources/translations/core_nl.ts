<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ChildDialog</name>
    <message>
        <location filename="../../ui/child_dialog.py" line="100"/>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/child_dialog.py" line="100"/>
        <source>New child</source>
        <translation>Nieuw kind</translation>
    </message>
    <message>
        <location filename="../../ui/child_dialog.py" line="104"/>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location filename="../../ui/child_dialog.py" line="106"/>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <location filename="../../ui/child_dialog.py" line="109"/>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <location filename="../../ui/child_dialog.py" line="113"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../../ui/child_dialog.py" line="118"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../ui/child_dialog.py" line="119"/>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../../ui/child_dialog.py" line="126"/>
        <source>Guidance</source>
        <translation>Begeleiding</translation>
    </message>
    <message>
        <location filename="../../ui/child_dialog.py" line="127"/>
        <source>Reason for the change</source>
        <translation>Reden van de wijziging</translation>
    </message>
</context>
<context>
    <name>ChildrenModel</name>
    <message>
        <location filename="../../ui/main_window.py" line="49"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="50"/>
        <source>Born</source>
        <translation>Geboren</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="51"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="52"/>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="53"/>
        <source>Guidance</source>
        <translation>Begeleiding</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="110"/>
        <source>Not on your caseload; counsellor: %1</source>
        <translation>Hoort niet bij uw caseload; begeleider: %1</translation>
    </message>
</context>
<context>
    <name>CreateVaultWidget</name>
    <message>
        <location filename="../../ui/create_vault.py" line="50"/>
        <source>Create a vault</source>
        <translation>Kluis aanmaken</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="52"/>
        <source>Every dossier is kept encrypted on this computer. Choose a long passphrase: a few unrelated words work well.</source>
        <translation>Elk dossier wordt versleuteld op deze computer bewaard. Kies een lange wachtzin: een paar losse woorden werken goed.</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="70"/>
        <source>Bind to this computer</source>
        <translation>Koppel aan deze computer</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="71"/>
        <source>Then the passphrase alone does not open the vault on another computer.</source>
        <translation>Dan gaat de kluis op een andere computer niet open met alleen de wachtzin.</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="79"/>
        <source>Create vault</source>
        <translation>Kluis aanmaken</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="85"/>
        <location filename="../../ui/create_vault.py" line="91"/>
        <source>Practice name</source>
        <translation>Naam van de praktijk</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="86"/>
        <location filename="../../ui/create_vault.py" line="92"/>
        <source>Your user name</source>
        <translation>Uw gebruikersnaam</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="87"/>
        <location filename="../../ui/create_vault.py" line="93"/>
        <source>Passphrase</source>
        <translation>Wachtzin</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="88"/>
        <location filename="../../ui/create_vault.py" line="96"/>
        <source>Passphrase again</source>
        <translation>Wachtzin nogmaals</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="110"/>
        <source>Your recovery key</source>
        <translation>Uw herstelsleutel</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="112"/>
        <source>With this key the vault opens when a passphrase is forgotten. It is shown only now. Print it and keep it somewhere safe, away from this computer.</source>
        <translation>Met deze sleutel gaat de kluis open als een wachtzin vergeten is. Hij wordt alleen nu getoond. Druk hem af en bewaar hem op een veilige plek, niet bij deze computer.</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="124"/>
        <source>Save as PDF…</source>
        <translation>Opslaan als PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="126"/>
        <source>I have stored the recovery key safely</source>
        <translation>Ik heb de herstelsleutel veilig opgeborgen</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="128"/>
        <source>Continue</source>
        <translation>Verder</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="147"/>
        <source>At least &apos;strong&apos; is needed.</source>
        <translation>Minstens &apos;sterk&apos; is nodig.</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="151"/>
        <source>Strong. Type it again below.</source>
        <translation>Sterk. Typ hem hieronder nog een keer.</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="153"/>
        <source>Strong, and both entries match.</source>
        <translation>Sterk, en beide keren gelijk.</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="170"/>
        <source>Creating the vault…</source>
        <translation>Kluis wordt aangemaakt…</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="185"/>
        <source>Save the recovery key</source>
        <translation>Herstelsleutel opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="196"/>
        <source>Saving the recovery key…</source>
        <translation>De herstelsleutel wordt opgeslagen…</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="206"/>
        <source>Practice: %1</source>
        <translation>Praktijk: %1</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="207"/>
        <source>Vault made on %1</source>
        <translation>Kluis aangemaakt op %1</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="208"/>
        <source>With this key the vault opens when a passphrase is forgotten. Keep this sheet somewhere safe, away from the computer.</source>
        <translation>Met deze sleutel gaat de kluis open als een wachtzin vergeten is. Bewaar dit blad op een veilige plek, niet bij de computer.</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="189"/>
        <location filename="../../ui/create_vault.py" line="210"/>
        <source>Recovery key</source>
        <translation>Herstelsleutel</translation>
    </message>
</context>
<context>
    <name>GuardianDialog</name>
    <message>
        <location filename="../../ui/child_dialog.py" line="146"/>
        <source>Parent or guardian</source>
        <translation>Ouder of verzorger</translation>
    </message>
    <message>
        <location filename="../../ui/child_dialog.py" line="149"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../ui/child_dialog.py" line="150"/>
        <source>Relation</source>
        <translation>Relatie</translation>
    </message>
    <message>
        <location filename="../../ui/child_dialog.py" line="152"/>
        <source>e.g. mother, father, foster parent</source>
        <translation>bijv. moeder, vader, pleegouder</translation>
    </message>
    <message>
        <location filename="../../ui/child_dialog.py" line="153"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../ui/child_dialog.py" line="154"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/child_dialog.py" line="155"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../ui/child_dialog.py" line="156"/>
        <source>Has parental authority (gezag)</source>
        <translation>Heeft gezag</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="299"/>
        <source>Lock</source>
        <translation>Vergrendelen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="363"/>
        <source>&amp;Casefile</source>
        <translation>&amp;Casefile</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="365"/>
        <source>New child…</source>
        <translation>Nieuw kind…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="367"/>
        <source>Edit child…</source>
        <translation>Gegevens van het kind wijzigen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="369"/>
        <source>Search all notes…</source>
        <translation>Zoeken in alle verslagen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="370"/>
        <source>Organisations…</source>
        <translation>Organisaties…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="371"/>
        <source>Access to the dossier…</source>
        <translation>Toegang tot dossier…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="373"/>
        <source>Change my passphrase…</source>
        <translation>Mijn wachtzin wijzigen…</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../../ui/child_dialog.py" line="204"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../ui/child_dialog.py" line="207"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../ui/child_dialog.py" line="213"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../ui/child_dialog.py" line="214"/>
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <location filename="../../ui/child_dialog.py" line="216"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/child_dialog.py" line="217"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../ui/child_dialog.py" line="218"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
</context>
<context>
    <name>OrganisationsDialog</name>
    <message>
        <location filename="../../ui/child_dialog.py" line="237"/>
        <location filename="../../ui/child_dialog.py" line="240"/>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <location filename="../../ui/child_dialog.py" line="244"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../ui/child_dialog.py" line="244"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../ui/child_dialog.py" line="244"/>
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <location filename="../../ui/child_dialog.py" line="245"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../ui/child_dialog.py" line="245"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/child_dialog.py" line="247"/>
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/child_dialog.py" line="249"/>
        <source>Edit…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <location filename="../../ui/child_dialog.py" line="251"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="20"/>
        <source>Change passphrase</source>
        <translation>Wachtzin wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="23"/>
        <source>You opened the vault with the recovery key. Choose a new passphrase now.</source>
        <translation>U hebt de kluis geopend met de herstelsleutel. Kies nu een nieuwe wachtzin.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="25"/>
        <source>Choose your own passphrase now; the temporary one stops working.</source>
        <translation>Kies nu uw eigen wachtzin; de tijdelijke werkt daarna niet meer.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="29"/>
        <source>New passphrase</source>
        <translation>Nieuwe wachtzin</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="39"/>
        <source>Again</source>
        <translation>Nogmaals</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="55"/>
        <source>At least &apos;strong&apos; is needed.</source>
        <translation>Minstens &apos;sterk&apos; is nodig.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="59"/>
        <source>Strong. Type it again below.</source>
        <translation>Sterk. Typ hem hieronder nog een keer.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="61"/>
        <source>Strong, and both entries match.</source>
        <translation>Sterk, en beide keren gelijk.</translation>
    </message>
</context>
<context>
    <name>TrajectoryDialog</name>
    <message>
        <location filename="../../ui/child_dialog.py" line="174"/>
        <source>Trajectory</source>
        <translation>Traject</translation>
    </message>
    <message>
        <location filename="../../ui/child_dialog.py" line="178"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/child_dialog.py" line="179"/>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <location filename="../../ui/child_dialog.py" line="181"/>
        <source>Ended</source>
        <translation>Beëindigd</translation>
    </message>
    <message>
        <location filename="../../ui/child_dialog.py" line="184"/>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location filename="../../ui/child_dialog.py" line="189"/>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
</context>
<context>
    <name>UnlockWidget</name>
    <message>
        <location filename="../../ui/unlock.py" line="55"/>
        <source>Casefile is locked</source>
        <translation>Casefile is vergrendeld</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="58"/>
        <location filename="../../ui/unlock.py" line="78"/>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="62"/>
        <location filename="../../ui/unlock.py" line="77"/>
        <location filename="../../ui/unlock.py" line="110"/>
        <source>Passphrase</source>
        <translation>Wachtzin</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="64"/>
        <source>Use the recovery key</source>
        <translation>Herstelsleutel gebruiken</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="67"/>
        <location filename="../../ui/unlock.py" line="68"/>
        <source>Unlock</source>
        <translation>Ontgrendelen</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="105"/>
        <source>The last backup failed. Make a backup after unlocking (Privacy menu).</source>
        <translation>De laatste back-up is mislukt. Maak na het ontgrendelen een back-up (menu Privacy).</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="110"/>
        <source>Recovery key</source>
        <translation>Herstelsleutel</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="129"/>
        <source>Unlocking…</source>
        <translation>Bezig met ontgrendelen…</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../ui/main_window.py" line="139"/>
        <source>Search a child by name…</source>
        <translation>Zoek een kind op naam…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="140"/>
        <source>Search a child by name</source>
        <translation>Zoek een kind op naam</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="145"/>
        <source>Children</source>
        <translation>Kinderen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="160"/>
        <source>Open dossier</source>
        <translation>Dossier openen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="167"/>
        <source>New child…</source>
        <translation>Nieuw kind…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="178"/>
        <source>Choose a child on the left, or press Ctrl+Shift+N for a new one.</source>
        <translation>Kies links een kind, of druk op Ctrl+Shift+N voor een nieuw kind.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="215"/>
        <location filename="../../ui/main_window.py" line="245"/>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="264"/>
        <source>Access to the dossier</source>
        <translation>Toegang tot dossier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="265"/>
        <source>Choose a child first.</source>
        <translation>Kies eerst een kind.</translation>
    </message>
</context>
</TS>
