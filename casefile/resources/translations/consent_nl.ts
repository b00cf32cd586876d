<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>Consent</name>
    <message>
        <location filename="../../casefile/ui/consent_texts.py" line="11"/>
        <source>There is no consent for this recipient.</source>
        <translation>Er is geen toestemming voor deze ontvanger.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_texts.py" line="14"/>
        <source>The consent does not cover this kind of data.</source>
        <translation>De toestemming geldt niet voor dit soort gegevens.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_texts.py" line="17"/>
        <source>The consent is not valid yet.</source>
        <translation>De toestemming geldt nog niet.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_texts.py" line="18"/>
        <source>The consent has expired.</source>
        <translation>De toestemming is verlopen.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_texts.py" line="19"/>
        <source>The consent was withdrawn.</source>
        <translation>De toestemming is ingetrokken.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_texts.py" line="20"/>
        <source>The consent was entered in error.</source>
        <translation>De toestemming is als vergissing gemarkeerd.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_texts.py" line="21"/>
        <source>Special-category data needs explicit consent.</source>
        <translation>Bijzondere persoonsgegevens vragen uitdrukkelijke toestemming.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_texts.py" line="24"/>
        <source>Not every parent with parental authority agreed.</source>
        <translation>Niet elke ouder met gezag heeft toestemming gegeven.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_texts.py" line="27"/>
        <source>The child is 12 or older and must agree too.</source>
        <translation>Het kind is 12 jaar of ouder en moet zelf ook toestemming geven.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_texts.py" line="30"/>
        <source>The child is 16 or older and decides alone.</source>
        <translation>Het kind is 16 jaar of ouder en beslist zelf.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_texts.py" line="33"/>
        <source>The child has turned 12 since; the child must now agree too.</source>
        <translation>Het kind is inmiddels 12 geworden en moet nu zelf ook toestemming geven.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_texts.py" line="36"/>
        <source>The child has turned 16 since; the child must now consent.</source>
        <translation>Het kind is inmiddels 16 geworden en moet nu zelf toestemming geven.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_texts.py" line="39"/>
        <source>The dossier is restricted: nothing may be exported.</source>
        <translation>Het dossier is beperkt: er mag niets worden verstrekt.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_texts.py" line="42"/>
        <source>The consent is for another child.</source>
        <translation>De toestemming hoort bij een ander kind.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_texts.py" line="46"/>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_texts.py" line="47"/>
        <source>Expires within 30 days</source>
        <translation>Verloopt binnen 30 dagen</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_texts.py" line="48"/>
        <source>Expired</source>
        <translation>Verlopen</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_texts.py" line="49"/>
        <source>Not valid yet</source>
        <translation>Nog niet geldig</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_texts.py" line="50"/>
        <source>Withdrawn</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_texts.py" line="51"/>
        <source>Entered in error</source>
        <translation>Vergissing</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_texts.py" line="52"/>
        <source>No longer sufficient (the child is older now)</source>
        <translation>Niet meer voldoende (het kind is ouder geworden)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_texts.py" line="55"/>
        <source>Insufficient: not everyone agreed</source>
        <translation>Onvoldoende: niet iedereen heeft toestemming gegeven</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_texts.py" line="70"/>
        <source>Share with</source>
        <translation>Delen met</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_texts.py" line="71"/>
        <source>Keep sensitive data</source>
        <translation>Gevoelige gegevens bewaren</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_texts.py" line="75"/>
        <source>Written (signed form)</source>
        <translation>Schriftelijk (getekend formulier)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_texts.py" line="76"/>
        <source>By e-mail</source>
        <translation>Per e-mail</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_texts.py" line="77"/>
        <source>Verbal</source>
        <translation>Mondeling</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_texts.py" line="82"/>
        <source>Choose at least one kind of data.</source>
        <translation>Kies minstens één soort gegevens.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_texts.py" line="83"/>
        <source>The consent must end after it starts.</source>
        <translation>De einddatum moet na de begindatum liggen.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_texts.py" line="84"/>
        <source>Choose the recipient.</source>
        <translation>Kies de ontvanger.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_texts.py" line="85"/>
        <source>A parent who gave consent does not belong to this child.</source>
        <translation>Een ouder die toestemming gaf, hoort niet bij dit kind.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_texts.py" line="88"/>
        <source>This consent was already withdrawn.</source>
        <translation>Deze toestemming is al ingetrokken.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_texts.py" line="89"/>
        <source>Withdraw the consent before erasing what it covered.</source>
        <translation>Trek de toestemming eerst in en wis daarna wat eronder viel.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_texts.py" line="92"/>
        <source>The number confirmed does not match what would be erased.</source>
        <translation>Het bevestigde aantal klopt niet met wat gewist zou worden.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_texts.py" line="95"/>
        <source>This consent is already marked as entered in error.</source>
        <translation>Deze toestemming is al als vergissing gemarkeerd.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_texts.py" line="98"/>
        <source>No valid consent covers this export; nothing was written.</source>
        <translation>Geen geldige toestemming dekt deze verstrekking; er is niets weggeschreven.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_texts.py" line="101"/>
        <source>That password does not open the packet.</source>
        <translation>Met dit wachtwoord gaat het pakket niet open.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_texts.py" line="104"/>
        <source>That file is not a readable Casefile packet.</source>
        <translation>Dit bestand is geen leesbaar Casefile-pakket.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_texts.py" line="105"/>
        <source>A second administrator must approve this disclosure.</source>
        <translation>Een tweede beheerder moet deze verstrekking goedkeuren.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_texts.py" line="108"/>
        <source>That user name and passphrase do not match.</source>
        <translation>Deze gebruikersnaam en wachtzin horen niet bij elkaar.</translation>
    </message>
</context>
<context>
    <name>ConsentModel</name>
    <message>
        <location filename="../../casefile/ui/consent_tab.py" line="29"/>
        <source>Recipient / kind</source>
        <translation>Ontvanger / soort</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_tab.py" line="30"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_tab.py" line="31"/>
        <source>Given by</source>
        <translation>Gegeven door</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_tab.py" line="32"/>
        <source>Valid</source>
        <translation>Geldig</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_tab.py" line="33"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_tab.py" line="61"/>
        <source>Keep sensitive data</source>
        <translation>Gevoelige gegevens bewaren</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_tab.py" line="64"/>
        <source> + special</source>
        <translation> + bijzondere gegevens</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_tab.py" line="69"/>
        <source>the child</source>
        <translation>het kind</translation>
    </message>
</context>
<context>
    <name>ConsentTab</name>
    <message>
        <location filename="../../casefile/ui/consent_tab.py" line="80"/>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_tab.py" line="84"/>
        <source>Consents</source>
        <translation>Toestemmingen</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_tab.py" line="94"/>
        <source>A consent works only for the recipient and the kinds of data it names. Parents may withdraw it at any time.</source>
        <translation>Een toestemming geldt alleen voor de genoemde ontvanger en de genoemde gegevens. Ouders kunnen haar altijd intrekken.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_tab.py" line="96"/>
        <source>Record consent…</source>
        <translation>Toestemming vastleggen…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_tab.py" line="98"/>
        <source>Withdraw…</source>
        <translation>Intrekken…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_tab.py" line="100"/>
        <source>Entered in error…</source>
        <translation>Vergissing markeren…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_tab.py" line="102"/>
        <source>Print form…</source>
        <translation>Formulier afdrukken…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_tab.py" line="158"/>
        <location filename="../../casefile/ui/consent_tab.py" line="166"/>
        <source>Withdraw consent</source>
        <translation>Toestemming intrekken</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_tab.py" line="159"/>
        <source>Withdrawing works at once: no packet can be made under this consent any more. Reason (optional):</source>
        <translation>Intrekken werkt direct: onder deze toestemming kan geen pakket meer worden gemaakt. Reden (niet verplicht):</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_tab.py" line="178"/>
        <source>Ask recipients to delete</source>
        <translation>Ontvangers vragen te verwijderen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casefile/ui/consent_tab.py" line="179"/>
        <source>%n earlier packet(s) went out under this consent. Make a letter asking the recipients to delete them (GDPR Art. 19)?</source>
        <translation>
            <numerusform>Onder deze toestemming is eerder %n pakket verstrekt. Een brief maken met het verzoek het te verwijderen (AVG art. 19)?</numerusform>
            <numerusform>Onder deze toestemming zijn eerder %n pakketten verstrekt. Een brief maken met het verzoek ze te verwijderen (AVG art. 19)?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_tab.py" line="184"/>
        <source>Letter to %1</source>
        <translation>Brief aan %1</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_tab.py" line="192"/>
        <source>Erase what this consent covered</source>
        <translation>Wissen wat onder deze toestemming viel</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casefile/ui/consent_tab.py" line="193"/>
        <source>This consent covered %n sensitive or special item(s). The privacy statement promises to erase them now:</source>
        <translation>
            <numerusform>Onder deze toestemming viel %n gevoelig of bijzonder onderdeel. Volgens de privacyverklaring wissen we het nu:</numerusform>
            <numerusform>Onder deze toestemming vielen %n gevoelige of bijzondere onderdelen. Volgens de privacyverklaring wissen we ze nu:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_tab.py" line="199"/>
        <source>Erase</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_tab.py" line="205"/>
        <location filename="../../casefile/ui/consent_tab.py" line="212"/>
        <source>Entered in error</source>
        <translation>Vergissing</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_tab.py" line="206"/>
        <source>The record stays, marked as a mistake. What was wrong?</source>
        <translation>De vastlegging blijft bestaan, gemarkeerd als vergissing. Wat was er mis?</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_tab.py" line="218"/>
        <source>Print form</source>
        <translation>Formulier afdrukken</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_tab.py" line="219"/>
        <source>Choose a consent to share; its form is prefilled from it.</source>
        <translation>Kies een toestemming om te delen; het formulier wordt daarmee ingevuld.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_tab.py" line="226"/>
        <source>Consent form</source>
        <translation>Toestemmingsformulier</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_tab.py" line="230"/>
        <source>The PDF will be saved unencrypted, to be printed. Delete it after printing.</source>
        <translation>De PDF wordt onversleuteld opgeslagen om af te drukken. Verwijder hem na het afdrukken.</translation>
    </message>
</context>
<context>
    <name>DisclosureModel</name>
    <message>
        <location filename="../../casefile/ui/consent_tab.py" line="246"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_tab.py" line="247"/>
        <source>To</source>
        <translation>Aan</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_tab.py" line="248"/>
        <source>Items</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_tab.py" line="249"/>
        <source>Basis</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_tab.py" line="274"/>
        <source>Without consent (legal duty): %1</source>
        <translation>Zonder toestemming (wettelijke plicht): %1</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_tab.py" line="275"/>
        <source>Consent %1</source>
        <translation>Toestemming %1</translation>
    </message>
</context>
<context>
    <name>DisclosuresTab</name>
    <message>
        <location filename="../../casefile/ui/consent_tab.py" line="282"/>
        <location filename="../../casefile/ui/consent_tab.py" line="286"/>
        <source>Disclosures</source>
        <translation>Verstrekkingen</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_tab.py" line="290"/>
        <source>Make a transfer packet…</source>
        <translation>Overdrachtspakket maken…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_tab.py" line="292"/>
        <source>Make a transfer packet</source>
        <translation>Overdrachtspakket maken</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_tab.py" line="294"/>
        <source>Disclosure without consent…</source>
        <translation>Verstrekking zonder toestemming…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_tab.py" line="296"/>
        <source>Disclosure without consent</source>
        <translation>Verstrekking zonder toestemming</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_tab.py" line="303"/>
        <source>Every packet that left this dossier.</source>
        <translation>Elk pakket dat uit dit dossier is verstrekt.</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <location filename="../../casefile/ui/export_wizard.py" line="120"/>
        <location filename="../../casefile/ui/export_wizard.py" line="225"/>
        <source>Make a transfer packet</source>
        <translation>Overdrachtspakket maken</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/export_wizard.py" line="124"/>
        <location filename="../../casefile/ui/export_wizard.py" line="155"/>
        <source>Recipient</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/export_wizard.py" line="132"/>
        <location filename="../../casefile/ui/export_wizard.py" line="156"/>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/export_wizard.py" line="136"/>
        <source>Items</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/export_wizard.py" line="144"/>
        <location filename="../../casefile/ui/export_wizard.py" line="147"/>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/export_wizard.py" line="149"/>
        <source>Create packet…</source>
        <translation>Pakket maken…</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/export_wizard.py" line="150"/>
        <source>Create packet</source>
        <translation>Pakket maken</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/export_wizard.py" line="152"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/export_wizard.py" line="185"/>
        <source>Add the recipient to the address book first.</source>
        <translation>Zet de ontvanger eerst in het adresboek.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/export_wizard.py" line="188"/>
        <source>There is no valid consent for this recipient, so there is nothing to send. The crosses say why.</source>
        <translation>Er is geen geldige toestemming voor deze ontvanger, dus er valt niets te verstrekken. Bij de kruisjes staat waarom.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/export_wizard.py" line="191"/>
        <source>%1 of %2 items may go; %3 chosen.</source>
        <translation>%1 van de %2 onderdelen mogen mee; %3 gekozen.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/export_wizard.py" line="201"/>
        <source>The packet for %1 will hold:</source>
        <translation>Het pakket voor %1 bevat:</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/export_wizard.py" line="207"/>
        <source>Save the packet</source>
        <translation>Pakket opslaan</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/export_wizard.py" line="231"/>
        <source>Making the packet…</source>
        <translation>Pakket wordt gemaakt…</translation>
    </message>
</context>
<context>
    <name>ItemsModel</name>
    <message>
        <location filename="../../casefile/ui/export_wizard.py" line="45"/>
        <source>Item</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/export_wizard.py" line="46"/>
        <source>May it go?</source>
        <translation>Mag het mee?</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/export_wizard.py" line="84"/>
        <source>Consent #%1</source>
        <translation>Toestemming #%1</translation>
    </message>
</context>
<context>
    <name>LegalDisclosureDialog</name>
    <message>
        <location filename="../../casefile/ui/legal_disclosure.py" line="38"/>
        <source>Disclosure without consent</source>
        <translation>Verstrekking zonder toestemming</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/legal_disclosure.py" line="42"/>
        <source>Only where the law requires or permits it without consent. The packet, the disclosure log and the parents&apos; access report will say so.</source>
        <translation>Alleen als de wet dit zonder toestemming verplicht of toestaat. Het pakket, het verstrekkingenlog en het inzageoverzicht voor de ouders vermelden dit.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/legal_disclosure.py" line="53"/>
        <location filename="../../casefile/ui/legal_disclosure.py" line="71"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/legal_disclosure.py" line="61"/>
        <source>Approver&apos;s passphrase</source>
        <translation>Wachtzin van de goedkeurder</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/legal_disclosure.py" line="66"/>
        <source>A second administrator is needed to approve; there is none yet.</source>
        <translation>Er is een tweede beheerder nodig om goed te keuren; die is er nog niet.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/legal_disclosure.py" line="69"/>
        <source>Recipient</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/legal_disclosure.py" line="70"/>
        <source>Legal ground</source>
        <translation>Wettelijke grondslag</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/legal_disclosure.py" line="72"/>
        <source>Approved by (administrator)</source>
        <translation>Goedgekeurd door (beheerder)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/legal_disclosure.py" line="73"/>
        <source>Their passphrase</source>
        <translation>Diens wachtzin</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/legal_disclosure.py" line="76"/>
        <source>Create packet…</source>
        <translation>Pakket maken…</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../casefile/ui/export_wizard.py" line="251"/>
        <source>Packet password</source>
        <translation>Wachtwoord van het pakket</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/export_wizard.py" line="259"/>
        <source>Give this password to the school through another channel than the file, for example by phone. It is shown only now.</source>
        <translation>Geef dit wachtwoord langs een andere weg door dan het bestand, bijvoorbeeld telefonisch. Het wordt alleen nu getoond.</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/export_wizard.py" line="262"/>
        <source>Copy (cleared after 30 seconds)</source>
        <translation>Kopiëren (na 30 seconden gewist)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/export_wizard.py" line="264"/>
        <source>I have noted it</source>
        <translation>Ik heb het genoteerd</translation>
    </message>
</context>
<context>
    <name>RecordConsentDialog</name>
    <message>
        <location filename="../../casefile/ui/consent_dialog.py" line="41"/>
        <source>Record consent</source>
        <translation>Toestemming vastleggen</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_dialog.py" line="48"/>
        <source>Kind of consent</source>
        <translation>Soort toestemming</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_dialog.py" line="52"/>
        <source>Recipient</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_dialog.py" line="54"/>
        <location filename="../../casefile/ui/consent_dialog.py" line="56"/>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_dialog.py" line="55"/>
        <source>e.g. transfer to group 6</source>
        <translation>bijv. overstap naar groep 6</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_dialog.py" line="57"/>
        <source>What may be shared</source>
        <translation>Wat gedeeld mag worden</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_dialog.py" line="58"/>
        <source>Explicitly includes special-category data (e.g. a diagnosis)</source>
        <translation>Ook uitdrukkelijk bijzondere persoonsgegevens (zoals een diagnose)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_dialog.py" line="61"/>
        <source>Given by</source>
        <translation>Gegeven door</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_dialog.py" line="63"/>
        <source>Not asked (under 12)</source>
        <translation>Niet gevraagd (jonger dan 12)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_dialog.py" line="63"/>
        <source>Yes, the child agrees</source>
        <translation>Ja, het kind stemt in</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_dialog.py" line="64"/>
        <source>No, the child does not agree</source>
        <translation>Nee, het kind stemt niet in</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_dialog.py" line="65"/>
        <source>The child</source>
        <translation>Het kind</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_dialog.py" line="67"/>
        <source>How it was given</source>
        <translation>Hoe gegeven</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_dialog.py" line="68"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_dialog.py" line="70"/>
        <source>Signed form (document)</source>
        <translation>Getekend formulier (document)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_dialog.py" line="74"/>
        <source>Valid from</source>
        <translation>Geldig vanaf</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_dialog.py" line="75"/>
        <source>Valid until</source>
        <translation>Geldig tot</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_dialog.py" line="81"/>
        <source>Record</source>
        <translation>Vastleggen</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_dialog.py" line="119"/>
        <source> (parental authority)</source>
        <translation> (gezag)</translation>
    </message>
    <message>
        <location filename="../../casefile/ui/consent_dialog.py" line="125"/>
        <source>Add the parents on the Overview tab first.</source>
        <translation>Voeg eerst de ouders toe op het tabblad Overzicht.</translation>
    </message>
</context>
</TS>
