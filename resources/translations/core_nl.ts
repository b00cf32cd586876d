<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ChildDialog</name>
    <message>
        <location filename="../../casefile/ui/child_dialog.py" line="110"/>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/child_dialog.py" line="110"/>
        <source>New child</source>
        <translation>Nieuw kind</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/child_dialog.py" line="114"/>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/child_dialog.py" line="116"/>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/child_dialog.py" line="119"/>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/child_dialog.py" line="123"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/child_dialog.py" line="128"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/child_dialog.py" line="129"/>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/child_dialog.py" line="136"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/child_dialog.py" line="137"/>
        <source>Reason for the change</source>
        <translation>Reden van de wijziging</translation>
    </message>
</context>
<context>
    <name>ChildrenModel</name>
    <message>
        <location filename="../../casefile/ui/main_window.py" line="34"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/main_window.py" line="35"/>
        <source>Born</source>
        <translation>Geboren</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/main_window.py" line="36"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/main_window.py" line="37"/>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/main_window.py" line="38"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>CreateVaultWidget</name>
    <message>
        <location filename="../../casefile/ui/create_vault.py" line="46"/>
        <source>Create a vault</source>
        <translation>Kluis aanmaken</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/create_vault.py" line="48"/>
        <source>Every dossier is kept encrypted on this computer. Choose a long passphrase: a few unrelated words work well.</source>
        <translation>Elk dossier wordt versleuteld op deze computer bewaard. Kies een lange wachtzin: een paar losse woorden werken goed.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/create_vault.py" line="66"/>
        <source>Bind to this computer</source>
        <translation>Koppel aan deze computer</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/create_vault.py" line="67"/>
        <source>Then the passphrase alone does not open the vault on another computer.</source>
        <translation>Dan opent de wachtzin alleen de kluis niet op een andere computer.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/create_vault.py" line="75"/>
        <source>Create vault</source>
        <translation>Kluis aanmaken</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/create_vault.py" line="81"/>
        <location filename="../../casefile/ui/create_vault.py" line="87"/>
        <source>Practice name</source>
        <translation>Naam van de praktijk</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/create_vault.py" line="82"/>
        <location filename="../../casefile/ui/create_vault.py" line="88"/>
        <source>Your user name</source>
        <translation>Uw gebruikersnaam</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/create_vault.py" line="83"/>
        <location filename="../../casefile/ui/create_vault.py" line="89"/>
        <source>Passphrase</source>
        <translation>Wachtzin</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/create_vault.py" line="84"/>
        <location filename="../../casefile/ui/create_vault.py" line="92"/>
        <source>Passphrase again</source>
        <translation>Wachtzin nogmaals</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/create_vault.py" line="106"/>
        <source>Your recovery key</source>
        <translation>Uw herstelsleutel</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/create_vault.py" line="108"/>
        <source>With this key the vault opens when a passphrase is forgotten. It is shown only now. Print it and keep it somewhere safe, away from this computer.</source>
        <translation>Met deze sleutel gaat de kluis open als een wachtzin vergeten is. Hij wordt alleen nu getoond. Druk hem af en bewaar hem op een veilige plek, niet bij deze computer.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/create_vault.py" line="120"/>
        <source>Save as PDF…</source>
        <translation>Opslaan als PDF…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/create_vault.py" line="122"/>
        <source>I have stored the recovery key safely</source>
        <translation>Ik heb de herstelsleutel veilig opgeborgen</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/create_vault.py" line="124"/>
        <source>Continue</source>
        <translation>Verder</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/create_vault.py" line="143"/>
        <source>At least &apos;strong&apos; is needed.</source>
        <translation>Minstens &apos;sterk&apos; is nodig.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/create_vault.py" line="147"/>
        <source>Strong. Type it again below.</source>
        <translation>Sterk. Typ hem hieronder nog een keer.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/create_vault.py" line="149"/>
        <source>Strong, and both entries match.</source>
        <translation>Sterk, en beide keren gelijk.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/create_vault.py" line="166"/>
        <source>Creating the vault…</source>
        <translation>Kluis wordt aangemaakt…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/create_vault.py" line="181"/>
        <source>Save the recovery key</source>
        <translation>Herstelsleutel opslaan</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/create_vault.py" line="197"/>
        <source>Practice: %1</source>
        <translation>Praktijk: %1</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/create_vault.py" line="198"/>
        <source>Vault made on %1</source>
        <translation>Kluis aangemaakt op %1</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/create_vault.py" line="199"/>
        <source>With this key the vault opens when a passphrase is forgotten. Keep this sheet somewhere safe, away from the computer.</source>
        <translation>Met deze sleutel gaat de kluis open als een wachtzin vergeten is. Bewaar dit blad op een veilige plek, niet bij de computer.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/create_vault.py" line="201"/>
        <source>Recovery key</source>
        <translation>Herstelsleutel</translation>
    </message>
</context>
<context>
    <name>GuardianDialog</name>
    <message>
        <location filename="../../casefile/ui/child_dialog.py" line="156"/>
        <source>Parent or guardian</source>
        <translation>Ouder of verzorger</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/child_dialog.py" line="159"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/child_dialog.py" line="160"/>
        <source>Relation</source>
        <translation>Relatie</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/child_dialog.py" line="162"/>
        <source>e.g. mother, father, foster parent</source>
        <translation>bijv. moeder, vader, pleegouder</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/child_dialog.py" line="163"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/child_dialog.py" line="164"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/child_dialog.py" line="165"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/child_dialog.py" line="166"/>
        <source>Has parental authority (gezag)</source>
        <translation>Heeft gezag</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../casefile/ui/main_window.py" line="242"/>
        <source>Lock</source>
        <translation>Vergrendelen</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/main_window.py" line="304"/>
        <source>&amp;Casefile</source>
        <translation>&amp;Casefile</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/main_window.py" line="306"/>
        <source>New child…</source>
        <translation>Nieuw kind…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/main_window.py" line="308"/>
        <source>Edit child…</source>
        <translation>Kind bewerken…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/main_window.py" line="310"/>
        <source>Search all notes…</source>
        <translation>Zoeken in alle verslagen…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/main_window.py" line="311"/>
        <source>Organisations…</source>
        <translation>Organisaties…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/main_window.py" line="312"/>
        <source>Change my passphrase…</source>
        <translation>Mijn wachtzin wijzigen…</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../casefile/ui/messages.py" line="9"/>
        <source>The vault is locked.</source>
        <translation>De kluis is vergrendeld.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/messages.py" line="10"/>
        <source>The vault is open elsewhere; close it there first.</source>
        <translation>De kluis is elders geopend; sluit hem daar eerst.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/messages.py" line="12"/>
        <source>There is no vault in that folder.</source>
        <translation>In die map staat geen kluis.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/messages.py" line="13"/>
        <source>That folder already holds a vault; choose an empty folder.</source>
        <translation>In die map staat al een kluis; kies een lege map.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/messages.py" line="15"/>
        <source>That folder cannot be written to; choose another.</source>
        <translation>In die map kan niet worden geschreven; kies een andere.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/messages.py" line="17"/>
        <source>The disk is full; nothing was saved.</source>
        <translation>De schijf is vol; er is niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/messages.py" line="18"/>
        <source>That user name and passphrase do not open this vault.</source>
        <translation>Deze gebruikersnaam en wachtzin openen deze kluis niet.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/messages.py" line="20"/>
        <source>That recovery key does not open this vault.</source>
        <translation>Deze herstelsleutel opent deze kluis niet.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/messages.py" line="22"/>
        <source>That recovery key has a typo; check each group of characters.</source>
        <translation>Er zit een tikfout in de herstelsleutel; controleer elk groepje tekens.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/messages.py" line="24"/>
        <source>The key file (keyslots.json) is missing; restore it from a backup.</source>
        <translation>Het sleutelbestand (keyslots.json) ontbreekt; zet het terug uit een back-up.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/messages.py" line="26"/>
        <source>The key file (keyslots.json) is damaged; restore it from a backup.</source>
        <translation>Het sleutelbestand (keyslots.json) is beschadigd; zet het terug uit een back-up.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/messages.py" line="28"/>
        <source>The vault&apos;s database is damaged or does not decrypt; restore it from a backup.</source>
        <translation>De database van de kluis is beschadigd of niet te ontsleutelen; zet een back-up terug.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/messages.py" line="31"/>
        <source>The file casefile.db-wal beside the database does not belong to it or does not fit it; nothing was written. Keep a copy of the vault folder, move that file out of it and open again.</source>
        <translation>Het bestand casefile.db-wal naast de database hoort er niet bij of past er niet bij; er is niets geschreven. Bewaar een kopie van de kluismap, haal dat bestand eruit en open opnieuw.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/messages.py" line="35"/>
        <source>The key file asks for unusual settings (more memory or time than Casefile ever uses); it may have been tampered with. Restore keyslots.json from a backup.</source>
        <translation>Het sleutelbestand vraagt om ongebruikelijke instellingen (meer geheugen of tijd dan Casefile ooit gebruikt); er is mogelijk mee geknoeid. Zet keyslots.json terug uit een back-up.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/messages.py" line="39"/>
        <source>The key file and the database belong to different vaults.</source>
        <translation>Het sleutelbestand en de database horen bij verschillende kluizen.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/messages.py" line="41"/>
        <source>This SQLCipher is too old; Casefile needs 4.6 or newer.</source>
        <translation>Deze SQLCipher is te oud; Casefile heeft 4.6 of nieuwer nodig.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/messages.py" line="43"/>
        <source>No secure keyring works on this computer, so binding to it is unavailable.</source>
        <translation>Op deze computer werkt geen veilige sleutelhanger, dus koppelen is niet mogelijk.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/messages.py" line="46"/>
        <source>This user is bound to another computer; unlock there or use the recovery key.</source>
        <translation>Deze gebruiker is aan een andere computer gekoppeld; ontgrendel daar of gebruik de herstelsleutel.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/messages.py" line="49"/>
        <source>That passphrase is too easy to guess; use a longer one.</source>
        <translation>Deze wachtzin is te makkelijk te raden; kies een langere.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/messages.py" line="51"/>
        <source>Only an administrator may do that.</source>
        <translation>Alleen een beheerder mag dat.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/messages.py" line="52"/>
        <source>That record does not exist.</source>
        <translation>Dat gegeven bestaat niet.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/messages.py" line="53"/>
        <source>That input is not valid.</source>
        <translation>Die invoer is niet geldig.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/messages.py" line="54"/>
        <source>This dossier is restricted: it is read-only and nothing may be exported.</source>
        <translation>Dit dossier is beperkt: het is alleen-lezen en er mag niets worden verstrekt.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/messages.py" line="56"/>
        <source>That backup file is damaged or is not a Casefile backup; nothing was restored.</source>
        <translation>Dit back-upbestand is beschadigd of geen Casefile-back-up; er is niets teruggezet.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/messages.py" line="59"/>
        <source>The backup could not be made or did not verify; try another folder.</source>
        <translation>De back-up kon niet worden gemaakt of gecontroleerd; probeer een andere map.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/messages.py" line="61"/>
        <source>Restore goes into a new, empty folder; choose another.</source>
        <translation>Terugzetten gebeurt in een nieuwe, lege map; kies een andere.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/messages.py" line="63"/>
        <source>A dossier chosen for purging is not due for deletion.</source>
        <translation>Van een gekozen dossier is de bewaartermijn nog niet verstreken.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/messages.py" line="65"/>
        <source>Fill in every required field.</source>
        <translation>Vul elk verplicht veld in.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/messages.py" line="66"/>
        <source>The two passphrases differ.</source>
        <translation>De twee wachtzinnen verschillen.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/messages.py" line="67"/>
        <source>Something went wrong; nothing was changed.</source>
        <translation>Er ging iets mis; er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/messages.py" line="74"/>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/messages.py" line="75"/>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/messages.py" line="76"/>
        <location filename="../../casefile/ui/messages.py" line="77"/>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/messages.py" line="78"/>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/messages.py" line="79"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/messages.py" line="80"/>
        <source>Relation</source>
        <translation>Relatie</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/messages.py" line="81"/>
        <location filename="../../casefile/ui/messages.py" line="82"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/messages.py" line="83"/>
        <location filename="../../casefile/ui/messages.py" line="84"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/messages.py" line="85"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/messages.py" line="86"/>
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/messages.py" line="87"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/messages.py" line="88"/>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/messages.py" line="89"/>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/messages.py" line="90"/>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/messages.py" line="91"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/messages.py" line="92"/>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/messages.py" line="95"/>
        <source>Fill in “%1”.</source>
        <translation>Vul “%1” in.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/messages.py" line="96"/>
        <source>“%1” is too long.</source>
        <translation>“%1” is te lang.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/messages.py" line="97"/>
        <source>“%1” lies in the future.</source>
        <translation>“%1” ligt in de toekomst.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/messages.py" line="98"/>
        <source>“%1” lies before 1900.</source>
        <translation>“%1” ligt vóór 1900.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/messages.py" line="99"/>
        <source>Check “%1”: it is not valid.</source>
        <translation>Controleer “%1”: dit klopt niet.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/messages.py" line="129"/>
        <source>This looks like a much-used password.</source>
        <translation>Dit lijkt op een veelgebruikt wachtwoord.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/messages.py" line="131"/>
        <source>This is a much-used password.</source>
        <translation>Dit is een veelgebruikt wachtwoord.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/messages.py" line="132"/>
        <source>A single word is easy to guess.</source>
        <translation>Eén los woord is makkelijk te raden.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/messages.py" line="133"/>
        <source>Names are easy to guess.</source>
        <translation>Namen zijn makkelijk te raden.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/messages.py" line="134"/>
        <source>Keys side by side are easy to guess.</source>
        <translation>Toetsen naast elkaar zijn makkelijk te raden.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/messages.py" line="135"/>
        <source>Repetitions are easy to guess.</source>
        <translation>Herhalingen zijn makkelijk te raden.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/messages.py" line="136"/>
        <source>Sequences such as abc or 6543 are easy to guess.</source>
        <translation>Reeksen als abc of 6543 zijn makkelijk te raden.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/messages.py" line="138"/>
        <source>Years are easy to guess.</source>
        <translation>Jaartallen zijn makkelijk te raden.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/messages.py" line="139"/>
        <source>Dates are easy to guess.</source>
        <translation>Datums zijn makkelijk te raden.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/messages.py" line="141"/>
        <source>Add another word or two.</source>
        <translation>Voeg nog een woord of twee toe.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/messages.py" line="142"/>
        <source>Too easy to guess: add another word or two.</source>
        <translation>Te makkelijk te raden: voeg nog een woord of twee toe.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/messages.py" line="157"/>
        <source>Not available: the keyring does not answer; it may be locked or not running. Unlock it and start Casefile again.</source>
        <translation>Niet beschikbaar: de sleutelhanger reageert niet; misschien is hij vergrendeld of niet gestart. Ontgrendel hem en start Casefile opnieuw.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/messages.py" line="160"/>
        <source>Not available: this computer only has a keyring that stores secrets unprotected.</source>
        <translation>Niet beschikbaar: deze computer heeft alleen een sleutelhanger die geheimen onbeschermd bewaart.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/messages.py" line="164"/>
        <source>Not available: this computer has no secure keyring.</source>
        <translation>Niet beschikbaar: deze computer heeft geen veilige sleutelhanger.</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../../casefile/ui/child_dialog.py" line="214"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/child_dialog.py" line="217"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/child_dialog.py" line="223"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/child_dialog.py" line="224"/>
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/child_dialog.py" line="226"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/child_dialog.py" line="227"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/child_dialog.py" line="228"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
</context>
<context>
    <name>Organisations</name>
    <message>
        <location filename="../../casefile/ui/child_dialog.py" line="34"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/child_dialog.py" line="35"/>
        <source>Municipal health service (GGD)</source>
        <translation>GGD</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/child_dialog.py" line="36"/>
        <source>Neighbourhood team</source>
        <translation>Wijkteam</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/child_dialog.py" line="37"/>
        <source>GP</source>
        <translation>Huisarts</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/child_dialog.py" line="38"/>
        <source>Remedial teacher</source>
        <translation>Remedial teacher</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/child_dialog.py" line="39"/>
        <source>Youth care</source>
        <translation>Jeugdzorg</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/child_dialog.py" line="40"/>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
</context>
<context>
    <name>OrganisationsDialog</name>
    <message>
        <location filename="../../casefile/ui/child_dialog.py" line="247"/>
        <location filename="../../casefile/ui/child_dialog.py" line="250"/>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/child_dialog.py" line="254"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/child_dialog.py" line="254"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/child_dialog.py" line="254"/>
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/child_dialog.py" line="255"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/child_dialog.py" line="255"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/child_dialog.py" line="257"/>
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/child_dialog.py" line="259"/>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/child_dialog.py" line="261"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../casefile/ui/passphrase_dialog.py" line="18"/>
        <source>Change passphrase</source>
        <translation>Wachtzin wijzigen</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/passphrase_dialog.py" line="21"/>
        <source>You opened the vault with the recovery key. Choose a new passphrase now.</source>
        <translation>U hebt de kluis geopend met de herstelsleutel. Kies nu een nieuwe wachtzin.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/passphrase_dialog.py" line="23"/>
        <source>Choose your own passphrase now; the temporary one stops working.</source>
        <translation>Kies nu uw eigen wachtzin; de tijdelijke werkt daarna niet meer.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/passphrase_dialog.py" line="27"/>
        <source>New passphrase</source>
        <translation>Nieuwe wachtzin</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/passphrase_dialog.py" line="37"/>
        <source>Again</source>
        <translation>Nogmaals</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/passphrase_dialog.py" line="53"/>
        <source>At least &apos;strong&apos; is needed.</source>
        <translation>Minstens &apos;sterk&apos; is nodig.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/passphrase_dialog.py" line="57"/>
        <source>Strong. Type it again below.</source>
        <translation>Sterk. Typ hem hieronder nog een keer.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/passphrase_dialog.py" line="59"/>
        <source>Strong, and both entries match.</source>
        <translation>Sterk, en beide keren gelijk.</translation>
    </message>
</context>
<context>
    <name>TrajectoryDialog</name>
    <message>
        <location filename="../../casefile/ui/child_dialog.py" line="184"/>
        <source>Trajectory</source>
        <translation>Traject</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/child_dialog.py" line="188"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/child_dialog.py" line="189"/>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/child_dialog.py" line="191"/>
        <source>Ended</source>
        <translation>Beëindigd</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/child_dialog.py" line="194"/>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/child_dialog.py" line="199"/>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
</context>
<context>
    <name>UnlockWidget</name>
    <message>
        <location filename="../../casefile/ui/unlock.py" line="46"/>
        <source>Casefile is locked</source>
        <translation>Casefile is vergrendeld</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/unlock.py" line="49"/>
        <location filename="../../casefile/ui/unlock.py" line="69"/>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/unlock.py" line="53"/>
        <location filename="../../casefile/ui/unlock.py" line="68"/>
        <location filename="../../casefile/ui/unlock.py" line="101"/>
        <source>Passphrase</source>
        <translation>Wachtzin</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/unlock.py" line="55"/>
        <source>Use the recovery key</source>
        <translation>Herstelsleutel gebruiken</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/unlock.py" line="58"/>
        <location filename="../../casefile/ui/unlock.py" line="59"/>
        <source>Unlock</source>
        <translation>Ontgrendelen</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/unlock.py" line="96"/>
        <source>The last backup failed. Make a backup after unlocking (Privacy menu).</source>
        <translation>De laatste back-up is mislukt. Maak na het ontgrendelen een back-up (menu Privacy).</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/unlock.py" line="101"/>
        <source>Recovery key</source>
        <translation>Herstelsleutel</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/unlock.py" line="120"/>
        <source>Unlocking…</source>
        <translation>Bezig met ontgrendelen…</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../casefile/ui/main_window.py" line="111"/>
        <source>Search a child by name…</source>
        <translation>Zoek een kind op naam…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/main_window.py" line="112"/>
        <source>Search a child by name</source>
        <translation>Zoek een kind op naam</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/main_window.py" line="117"/>
        <source>Children</source>
        <translation>Kinderen</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/main_window.py" line="131"/>
        <source>Open dossier</source>
        <translation>Dossier openen</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/main_window.py" line="138"/>
        <source>New child…</source>
        <translation>Nieuw kind…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/main_window.py" line="149"/>
        <source>Choose a child on the left, or press Ctrl+Shift+N for a new one.</source>
        <translation>Kies links een kind, of druk op Ctrl+Shift+N voor een nieuw kind.</translation>
    </message>
</context>
</TS>
