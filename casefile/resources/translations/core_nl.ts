<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ChildDialog</name>
    <message>
        <location filename="../../ui/child_dialog.py" line="124"/>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/child_dialog.py" line="124"/>
        <source>New child</source>
        <translation>Nieuw kind</translation>
    </message>
    <message>
        <location filename="../../ui/child_dialog.py" line="128"/>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location filename="../../ui/child_dialog.py" line="130"/>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <location filename="../../ui/child_dialog.py" line="133"/>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <location filename="../../ui/child_dialog.py" line="137"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../../ui/child_dialog.py" line="142"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../ui/child_dialog.py" line="143"/>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../../ui/child_dialog.py" line="150"/>
        <source>Guidance</source>
        <translation>Begeleiding</translation>
    </message>
    <message>
        <location filename="../../ui/child_dialog.py" line="151"/>
        <source>Reason for the change</source>
        <translation>Reden van de wijziging</translation>
    </message>
</context>
<context>
    <name>ChildrenModel</name>
    <message>
        <location filename="../../ui/main_window.py" line="51"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="52"/>
        <source>Born</source>
        <translation>Geboren</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="53"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="54"/>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="55"/>
        <source>Guidance</source>
        <translation>Begeleiding</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="116"/>
        <source>Not on your caseload; counsellor: %1</source>
        <translation>Hoort niet bij uw caseload; begeleider: %1</translation>
    </message>
</context>
<context>
    <name>CreateVaultWidget</name>
    <message>
        <location filename="../../ui/create_vault.py" line="56"/>
        <source>Create a vault</source>
        <translation>Kluis aanmaken</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="58"/>
        <source>Every dossier is kept encrypted on this computer. Choose a long passphrase: a few unrelated words work well.</source>
        <translation>Elk dossier wordt versleuteld op deze computer bewaard. Kies een lange wachtzin: een paar losse woorden werken goed.</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="76"/>
        <source>Bind to this computer</source>
        <translation>Koppel aan deze computer</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="77"/>
        <source>Then the passphrase alone does not open the vault on another computer.</source>
        <translation>Dan gaat de kluis op een andere computer niet open met alleen de wachtzin.</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="86"/>
        <location filename="../../ui/create_vault.py" line="118"/>
        <location filename="../../ui/create_vault.py" line="198"/>
        <source>Backup folder</source>
        <translation>Map voor back-ups</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="88"/>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="90"/>
        <source>Preferably a USB disk that you keep somewhere else: a backup on this computer is lost with it.</source>
        <translation>Bij voorkeur een USB-schijf die u ergens anders bewaart: een back-up op deze computer gaat samen met de computer verloren.</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="98"/>
        <source>Create vault</source>
        <translation>Kluis aanmaken</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="104"/>
        <location filename="../../ui/create_vault.py" line="110"/>
        <source>Practice name</source>
        <translation>Naam van de praktijk</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="105"/>
        <location filename="../../ui/create_vault.py" line="111"/>
        <source>Your user name</source>
        <translation>Uw gebruikersnaam</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="106"/>
        <location filename="../../ui/create_vault.py" line="112"/>
        <source>Passphrase</source>
        <translation>Wachtzin</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="107"/>
        <location filename="../../ui/create_vault.py" line="115"/>
        <source>Passphrase again</source>
        <translation>Wachtzin nogmaals</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="126"/>
        <source>Open a practice server instead…</source>
        <translation>In plaats daarvan een praktijkserver openen…</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="136"/>
        <source>Your recovery key</source>
        <translation>Uw herstelsleutel</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="138"/>
        <source>With this key the vault opens when a passphrase is forgotten. It is shown only now. Print it and keep it somewhere safe, away from this computer.</source>
        <translation>Met deze sleutel gaat de kluis open als een wachtzin vergeten is. Hij wordt alleen nu getoond. Druk hem af en bewaar hem op een veilige plek, niet bij deze computer.</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="150"/>
        <source>Save as PDF…</source>
        <translation>Opslaan als PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="152"/>
        <source>I have stored the recovery key safely</source>
        <translation>Ik heb de herstelsleutel veilig opgeborgen</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="154"/>
        <source>Continue</source>
        <translation>Verder</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="182"/>
        <source>At least &apos;strong&apos; is needed.</source>
        <translation>Minstens &apos;sterk&apos; is nodig.</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="186"/>
        <source>Strong. Type it again below.</source>
        <translation>Sterk. Typ hem hieronder nog een keer.</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="188"/>
        <source>Strong, and both entries match.</source>
        <translation>Sterk, en beide keren gelijk.</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="219"/>
        <source>Creating the vault…</source>
        <translation>Kluis wordt aangemaakt…</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="234"/>
        <source>Save the recovery key</source>
        <translation>Herstelsleutel opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="252"/>
        <source>Saving the recovery key…</source>
        <translation>De herstelsleutel wordt opgeslagen…</translation>
    </message>
</context>
<context>
    <name>GuardianDialog</name>
    <message>
        <location filename="../../ui/child_dialog.py" line="170"/>
        <source>Parent or guardian</source>
        <translation>Ouder of verzorger</translation>
    </message>
    <message>
        <location filename="../../ui/child_dialog.py" line="173"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../ui/child_dialog.py" line="174"/>
        <source>Relation</source>
        <translation>Relatie</translation>
    </message>
    <message>
        <location filename="../../ui/child_dialog.py" line="176"/>
        <source>e.g. mother, father, foster parent</source>
        <translation>bijv. moeder, vader, pleegouder</translation>
    </message>
    <message>
        <location filename="../../ui/child_dialog.py" line="177"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../ui/child_dialog.py" line="178"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/child_dialog.py" line="179"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../ui/child_dialog.py" line="180"/>
        <source>Has parental authority (gezag)</source>
        <translation>Heeft gezag</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="344"/>
        <source>Lock</source>
        <translation>Vergrendelen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="425"/>
        <source>Session note</source>
        <translation>Sessieverslag</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="426"/>
        <source>Saved on the server now: %n draft(s) kept on this computer while the practice server could not be reached.</source>
        <translation>
            <numerusform>Nu op de server opgeslagen: %n concept dat op deze computer bewaard werd terwijl de praktijkserver niet bereikbaar was.</numerusform>
            <numerusform>Nu op de server opgeslagen: %n concepten die op deze computer bewaard werden terwijl de praktijkserver niet bereikbaar was.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="449"/>
        <source>&amp;Casefile</source>
        <translation>&amp;Casefile</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="451"/>
        <source>New child…</source>
        <translation>Nieuw kind…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="453"/>
        <source>Edit child…</source>
        <translation>Gegevens van het kind wijzigen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="455"/>
        <source>Search all notes…</source>
        <translation>Zoeken in alle verslagen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="456"/>
        <source>Organisations…</source>
        <translation>Organisaties…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="457"/>
        <source>Access to the dossier…</source>
        <translation>Toegang tot dossier…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="459"/>
        <source>Change my passphrase…</source>
        <translation>Mijn wachtzin wijzigen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="472"/>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="479"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="480"/>
        <source>About Casefile…</source>
        <translation>Over Casefile…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="489"/>
        <source>About Casefile</source>
        <translation>Over Casefile</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="490"/>
        <source>Casefile %1: dossiers, consent and transfer packets for child-guidance practices.</source>
        <translation>Casefile %1: dossiers, toestemming en overdrachtspakketten voor praktijken voor kinderbegeleiding.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="492"/>
        <source>Vault: %1</source>
        <translation>Kluis: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="493"/>
        <source>Log (no personal data): %1</source>
        <translation>Logbestand (zonder persoonsgegevens): %1</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../../ui/child_dialog.py" line="228"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../ui/child_dialog.py" line="231"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../ui/child_dialog.py" line="237"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../ui/child_dialog.py" line="238"/>
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <location filename="../../ui/child_dialog.py" line="240"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/child_dialog.py" line="241"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../ui/child_dialog.py" line="242"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
</context>
<context>
    <name>OrganisationsDialog</name>
    <message>
        <location filename="../../ui/child_dialog.py" line="263"/>
        <location filename="../../ui/child_dialog.py" line="266"/>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <location filename="../../ui/child_dialog.py" line="270"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../ui/child_dialog.py" line="270"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../ui/child_dialog.py" line="270"/>
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <location filename="../../ui/child_dialog.py" line="271"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../ui/child_dialog.py" line="271"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/child_dialog.py" line="273"/>
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/child_dialog.py" line="275"/>
        <source>Edit…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <location filename="../../ui/child_dialog.py" line="277"/>
        <source>Remove…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <location filename="../../ui/child_dialog.py" line="280"/>
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
        <location filename="../../ui/passphrase_dialog.py" line="45"/>
        <source>Lock</source>
        <translation>Vergrendelen</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="58"/>
        <source>At least &apos;strong&apos; is needed.</source>
        <translation>Minstens &apos;sterk&apos; is nodig.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="62"/>
        <source>Strong. Type it again below.</source>
        <translation>Sterk. Typ hem hieronder nog een keer.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="64"/>
        <source>Strong, and both entries match.</source>
        <translation>Sterk, en beide keren gelijk.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/restore_dialog.py" line="32"/>
        <source>Restore from a backup</source>
        <translation>Herstellen uit een back-up</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="35"/>
        <location filename="../../ui/restore_dialog.py" line="48"/>
        <location filename="../../ui/restore_dialog.py" line="80"/>
        <source>Backup file</source>
        <translation>Back-upbestand</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="36"/>
        <source>New folder for the vault</source>
        <translation>Nieuwe map voor de kluis</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="38"/>
        <location filename="../../ui/restore_dialog.py" line="50"/>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="40"/>
        <location filename="../../ui/restore_dialog.py" line="51"/>
        <source>Recovery key</source>
        <translation>Herstelsleutel</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="42"/>
        <source>Restore</source>
        <translation>Herstellen</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="49"/>
        <location filename="../../ui/restore_dialog.py" line="85"/>
        <source>New folder</source>
        <translation>Nieuwe map</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="52"/>
        <source>The backup is restored into a new, empty folder; an existing vault is never overwritten. You need the recovery key printed when the vault was created.</source>
        <translation>De back-up wordt hersteld in een nieuwe, lege map; een bestaande kluis wordt nooit overschreven. U hebt de herstelsleutel nodig die bij het aanmaken van de kluis is afgedrukt.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="73"/>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="74"/>
        <source>Choose %1</source>
        <translation>%1 kiezen</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="98"/>
        <source>Fill in the backup file, the new folder, the user and the recovery key.</source>
        <translation>Vul het back-upbestand, de nieuwe map, de gebruiker en de herstelsleutel in.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="113"/>
        <source>Restoring the backup…</source>
        <translation>Back-up herstellen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/restore_dialog.py" line="120"/>
        <source>Restored into %1 (%n dossier(s)). Open that folder as the vault: start Casefile with it, or move it to where the old vault was.</source>
        <translation>
            <numerusform>Hersteld in %1 (%n dossier). Gebruik die map als kluis: start Casefile ermee, of zet hem op de plek van de oude kluis.</numerusform>
            <numerusform>Hersteld in %1 (%n dossiers). Gebruik die map als kluis: start Casefile ermee, of zet hem op de plek van de oude kluis.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrajectoryDialog</name>
    <message>
        <location filename="../../ui/child_dialog.py" line="198"/>
        <source>Trajectory</source>
        <translation>Traject</translation>
    </message>
    <message>
        <location filename="../../ui/child_dialog.py" line="202"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/child_dialog.py" line="203"/>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <location filename="../../ui/child_dialog.py" line="205"/>
        <source>Ended</source>
        <translation>Beëindigd</translation>
    </message>
    <message>
        <location filename="../../ui/child_dialog.py" line="208"/>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location filename="../../ui/child_dialog.py" line="213"/>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
</context>
<context>
    <name>TypedConfirmation</name>
    <message>
        <location filename="../../ui/forms.py" line="77"/>
        <source>Type to confirm</source>
        <translation>Typ ter bevestiging</translation>
    </message>
</context>
<context>
    <name>UnlockWidget</name>
    <message>
        <location filename="../../ui/unlock.py" line="66"/>
        <source>Casefile is locked</source>
        <translation>Casefile is vergrendeld</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="69"/>
        <location filename="../../ui/unlock.py" line="95"/>
        <source>Vault or server</source>
        <translation>Kluis of server</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="71"/>
        <location filename="../../ui/unlock.py" line="97"/>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="75"/>
        <location filename="../../ui/unlock.py" line="94"/>
        <location filename="../../ui/unlock.py" line="243"/>
        <source>Passphrase</source>
        <translation>Wachtzin</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="77"/>
        <source>Use the recovery key</source>
        <translation>Herstelsleutel gebruiken</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="80"/>
        <location filename="../../ui/unlock.py" line="81"/>
        <source>Unlock</source>
        <translation>Ontgrendelen</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="89"/>
        <source>Restore from a backup…</source>
        <translation>Herstellen uit een back-up…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="122"/>
        <location filename="../../ui/unlock.py" line="147"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="125"/>
        <location filename="../../ui/unlock.py" line="148"/>
        <source>Port</source>
        <translation>Poort</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="129"/>
        <location filename="../../ui/unlock.py" line="149"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="131"/>
        <location filename="../../ui/unlock.py" line="150"/>
        <source>CA certificate</source>
        <translation>CA-certificaat</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="132"/>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="138"/>
        <source>Save connection</source>
        <translation>Verbinding bewaren</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="141"/>
        <source>No password is saved: you type your passphrase at every unlock.</source>
        <translation>Er wordt geen wachtwoord bewaard: u typt uw wachtzin bij elke ontgrendeling.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="159"/>
        <source>The vault on this computer</source>
        <translation>De kluis op deze computer</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="161"/>
        <source>Practice server %1</source>
        <translation>Praktijkserver %1</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="163"/>
        <source>Add a practice server…</source>
        <translation>Praktijkserver toevoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="201"/>
        <source>The practice&apos;s CA certificate</source>
        <translation>Het CA-certificaat van de praktijk</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="202"/>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Certificaten (*.crt *.pem *.cer);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="243"/>
        <source>Recovery key</source>
        <translation>Herstelsleutel</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="267"/>
        <source>Unlocking…</source>
        <translation>Bezig met ontgrendelen…</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../ui/main_window.py" line="135"/>
        <source>Search a child by name…</source>
        <translation>Zoek een kind op naam…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="136"/>
        <source>Search a child by name</source>
        <translation>Zoek een kind op naam</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="141"/>
        <source>Children</source>
        <translation>Kinderen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="156"/>
        <source>Open dossier</source>
        <translation>Dossier openen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="163"/>
        <source>New child…</source>
        <translation>Nieuw kind…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="174"/>
        <source>Choose a child on the left, or press Ctrl+Shift+N for a new one.</source>
        <translation>Kies links een kind, of druk op Ctrl+Shift+N voor een nieuw kind.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="223"/>
        <location filename="../../ui/main_window.py" line="254"/>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="273"/>
        <source>Access to the dossier</source>
        <translation>Toegang tot dossier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="274"/>
        <source>Choose a child first.</source>
        <translation>Kies eerst een kind.</translation>
    </message>
</context>
</TS>
