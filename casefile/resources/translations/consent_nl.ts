<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AnswerDialog</name>
    <message>
        <location filename="../../ui/inzage_panel.py" line="150"/>
        <source>The parents&apos; answer</source>
        <translation>Antwoord van de ouders</translation>
    </message>
    <message>
        <location filename="../../ui/inzage_panel.py" line="153"/>
        <location filename="../../ui/inzage_panel.py" line="174"/>
        <source>Answer</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <location filename="../../ui/inzage_panel.py" line="154"/>
        <source>The parents have remarks</source>
        <translation>De ouders hebben opmerkingen</translation>
    </message>
    <message>
        <location filename="../../ui/inzage_panel.py" line="155"/>
        <source>No remarks</source>
        <translation>Geen opmerkingen</translation>
    </message>
    <message>
        <location filename="../../ui/inzage_panel.py" line="156"/>
        <source>No answer in time</source>
        <translation>Geen antwoord binnen de termijn</translation>
    </message>
    <message>
        <location filename="../../ui/inzage_panel.py" line="158"/>
        <location filename="../../ui/inzage_panel.py" line="175"/>
        <source>Remarks</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <location filename="../../ui/inzage_panel.py" line="160"/>
        <source>What the parents said, in their words (from a call or an e-mail)</source>
        <translation>Wat de ouders zeiden, in hun eigen woorden (uit een telefoongesprek of e-mail)</translation>
    </message>
    <message>
        <location filename="../../ui/inzage_panel.py" line="162"/>
        <location filename="../../ui/inzage_panel.py" line="176"/>
        <source>Returned document</source>
        <translation>Teruggestuurd document</translation>
    </message>
    <message>
        <location filename="../../ui/inzage_panel.py" line="163"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../../ui/inzage_panel.py" line="178"/>
        <source>Their view goes with the packet to the school, as a section of its own.</source>
        <translation>Hun zienswijze gaat als apart onderdeel met het overdrachtspakket mee naar de school.</translation>
    </message>
</context>
<context>
    <name>ConsentModel</name>
    <message>
        <location filename="../../ui/consent_tab.py" line="34"/>
        <source>Recipient / kind</source>
        <translation>Ontvanger / soort</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="35"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="36"/>
        <source>Given by</source>
        <translation>Gegeven door</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="37"/>
        <source>Valid</source>
        <translation>Geldig</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="38"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="66"/>
        <source>Keep sensitive data</source>
        <translation>Gevoelige gegevens bewaren</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="69"/>
        <source> + special</source>
        <translation> + bijzondere gegevens</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="74"/>
        <source>the child</source>
        <translation>het kind</translation>
    </message>
</context>
<context>
    <name>ConsentTab</name>
    <message>
        <location filename="../../ui/consent_tab.py" line="85"/>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="89"/>
        <source>Consents</source>
        <translation>Toestemmingen</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="99"/>
        <source>A consent works only for the recipient and the kinds of data it names. Parents may withdraw it at any time.</source>
        <translation>Een toestemming geldt alleen voor de genoemde ontvanger en de genoemde gegevens. Ouders kunnen haar altijd intrekken.</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="101"/>
        <source>Record consent…</source>
        <translation>Toestemming vastleggen…</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="103"/>
        <source>Withdraw…</source>
        <translation>Intrekken…</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="105"/>
        <source>Entered in error…</source>
        <translation>Vergissing markeren…</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="107"/>
        <source>Print form…</source>
        <translation>Formulier afdrukken…</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="163"/>
        <location filename="../../ui/consent_tab.py" line="171"/>
        <source>Withdraw consent</source>
        <translation>Toestemming intrekken</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="164"/>
        <source>Withdrawing works at once: no packet can be made under this consent any more. Reason (optional):</source>
        <translation>Intrekken werkt direct: onder deze toestemming kan geen pakket meer worden gemaakt. Reden (niet verplicht):</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="183"/>
        <location filename="../../ui/consent_tab.py" line="187"/>
        <source>Ask recipients to delete</source>
        <translation>Ontvangers vragen te verwijderen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/consent_tab.py" line="184"/>
        <source>%n earlier packet(s) went out under this consent. Make a letter asking the recipients to delete them (GDPR Art. 19)?</source>
        <translation>
            <numerusform>Onder deze toestemming is eerder %n pakket verstrekt. Een brief maken met het verzoek het te verwijderen (AVG art. 19)?</numerusform>
            <numerusform>Onder deze toestemming zijn eerder %n pakketten verstrekt. Een brief maken met het verzoek ze te verwijderen (AVG art. 19)?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="193"/>
        <source>Letter to %1</source>
        <translation>Brief aan %1</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="198"/>
        <source>Making the letters…</source>
        <translation>De brieven worden gemaakt…</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="206"/>
        <source>Erase what this consent covered</source>
        <translation>Wissen wat onder deze toestemming viel</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/consent_tab.py" line="207"/>
        <source>This consent covered %n sensitive or special item(s). Erase them now, as the privacy statement promises?</source>
        <translation>
            <numerusform>Deze toestemming gold voor %n gevoelig of bijzonder onderdeel. Nu wissen, zoals de privacyverklaring belooft?</numerusform>
            <numerusform>Deze toestemming gold voor %n gevoelige of bijzondere onderdelen. Nu wissen, zoals de privacyverklaring belooft?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="250"/>
        <source>Save the PDF unencrypted, to print it? Delete it after printing.</source>
        <translation>De PDF onversleuteld opslaan om af te drukken? Verwijder het bestand na het afdrukken.</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="213"/>
        <source>Erase</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="219"/>
        <location filename="../../ui/consent_tab.py" line="226"/>
        <source>Entered in error</source>
        <translation>Vergissing</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="220"/>
        <source>The record stays, marked as a mistake. What was wrong?</source>
        <translation>De vastlegging blijft bestaan, gemarkeerd als vergissing. Wat was er mis?</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="232"/>
        <source>Print form</source>
        <translation>Formulier afdrukken</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="233"/>
        <source>Choose a consent to share; its form is prefilled from it.</source>
        <translation>Kies een toestemming om te delen; het formulier wordt daarmee ingevuld.</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="236"/>
        <source>Consent form</source>
        <translation>Toestemmingsformulier</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="242"/>
        <source>Making the form…</source>
        <translation>Het formulier wordt gemaakt…</translation>
    </message>
</context>
<context>
    <name>DisclosureModel</name>
    <message>
        <location filename="../../ui/consent_tab.py" line="262"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="263"/>
        <source>To</source>
        <translation>Aan</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="264"/>
        <source>Items</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="265"/>
        <source>Basis</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="290"/>
        <source>Without consent (legal duty): %1</source>
        <translation>Zonder toestemming (wettelijke plicht): %1</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="291"/>
        <source>Consent %1</source>
        <translation>Toestemming %1</translation>
    </message>
</context>
<context>
    <name>DisclosuresTab</name>
    <message>
        <location filename="../../ui/consent_tab.py" line="299"/>
        <location filename="../../ui/consent_tab.py" line="303"/>
        <source>Disclosures</source>
        <translation>Verstrekkingen</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="307"/>
        <source>Make a transfer packet…</source>
        <translation>Overdrachtspakket maken…</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="309"/>
        <source>Make a transfer packet</source>
        <translation>Overdrachtspakket maken</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="311"/>
        <source>Disclosure without consent…</source>
        <translation>Verstrekking zonder toestemming…</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="313"/>
        <source>Disclosure without consent</source>
        <translation>Verstrekking zonder toestemming</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="320"/>
        <source>Every packet that left this dossier.</source>
        <translation>Elk pakket dat uit dit dossier is verstrekt.</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <location filename="../../ui/export_wizard.py" line="116"/>
        <location filename="../../ui/export_wizard.py" line="231"/>
        <source>Make a transfer packet</source>
        <translation>Overdrachtspakket maken</translation>
    </message>
    <message>
        <location filename="../../ui/export_wizard.py" line="120"/>
        <location filename="../../ui/export_wizard.py" line="154"/>
        <source>Recipient</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <location filename="../../ui/export_wizard.py" line="128"/>
        <location filename="../../ui/export_wizard.py" line="155"/>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../../ui/export_wizard.py" line="132"/>
        <source>Items</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <location filename="../../ui/export_wizard.py" line="140"/>
        <location filename="../../ui/export_wizard.py" line="143"/>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <location filename="../../ui/export_wizard.py" line="145"/>
        <source>Create packet…</source>
        <translation>Pakket maken…</translation>
    </message>
    <message>
        <location filename="../../ui/export_wizard.py" line="146"/>
        <source>Create packet</source>
        <translation>Pakket maken</translation>
    </message>
    <message>
        <location filename="../../ui/export_wizard.py" line="151"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../ui/export_wizard.py" line="187"/>
        <source>Add the recipient to the address book first.</source>
        <translation>Zet de ontvanger eerst in het adresboek.</translation>
    </message>
    <message>
        <location filename="../../ui/export_wizard.py" line="190"/>
        <source>There is no valid consent for this recipient, so there is nothing to send. The crosses say why.</source>
        <translation>Er is geen geldige toestemming voor deze ontvanger, dus er valt niets te verstrekken. Bij de kruisjes staat waarom.</translation>
    </message>
    <message>
        <location filename="../../ui/export_wizard.py" line="193"/>
        <source>%1 of %2 items may go; %3 chosen.</source>
        <translation>%1 van de %2 onderdelen mogen mee; %3 gekozen.</translation>
    </message>
    <message>
        <location filename="../../ui/export_wizard.py" line="206"/>
        <source>The packet for %1 will hold:</source>
        <translation>Het pakket voor %1 bevat:</translation>
    </message>
    <message>
        <location filename="../../ui/export_wizard.py" line="212"/>
        <source>Save the packet</source>
        <translation>Pakket opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/export_wizard.py" line="246"/>
        <source>Making the packet…</source>
        <translation>Pakket wordt gemaakt…</translation>
    </message>
</context>
<context>
    <name>InzagePanel</name>
    <message>
        <location filename="../../ui/inzage_panel.py" line="33"/>
        <source>the parents&apos; view attached</source>
        <translation>zienswijze van de ouders bijgevoegd</translation>
    </message>
    <message>
        <location filename="../../ui/inzage_panel.py" line="34"/>
        <source>no remarks</source>
        <translation>geen opmerkingen</translation>
    </message>
    <message>
        <location filename="../../ui/inzage_panel.py" line="35"/>
        <source>no answer in time</source>
        <translation>geen antwoord binnen de termijn</translation>
    </message>
    <message>
        <location filename="../../ui/inzage_panel.py" line="36"/>
        <source>not answered yet</source>
        <translation>nog geen antwoord</translation>
    </message>
    <message>
        <location filename="../../ui/inzage_panel.py" line="45"/>
        <source>inzage offered on %1: %2</source>
        <translation>inzage aangeboden op %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/inzage_panel.py" line="66"/>
        <source>Make an inzage for the parents…</source>
        <translation>Inzage voor ouders maken…</translation>
    </message>
    <message>
        <location filename="../../ui/inzage_panel.py" line="68"/>
        <location filename="../../ui/inzage_panel.py" line="130"/>
        <source>Make an inzage for the parents</source>
        <translation>Inzage voor ouders maken</translation>
    </message>
    <message>
        <location filename="../../ui/inzage_panel.py" line="70"/>
        <source>A draft of this packet for the parents to read first, marked on every page and with its own password. It is not sent to the school.</source>
        <translation>Een concept van dit overdrachtspakket dat de ouders eerst lezen, op elke bladzijde gemarkeerd en met een eigen wachtwoord. Het gaat niet naar de school.</translation>
    </message>
    <message>
        <location filename="../../ui/inzage_panel.py" line="73"/>
        <source>Record the parents&apos; answer…</source>
        <translation>Antwoord van de ouders vastleggen…</translation>
    </message>
    <message>
        <location filename="../../ui/inzage_panel.py" line="75"/>
        <source>Record the parents&apos; answer</source>
        <translation>Antwoord van de ouders vastleggen</translation>
    </message>
    <message>
        <location filename="../../ui/inzage_panel.py" line="100"/>
        <source>The parents read every packet first: make an inzage for them.</source>
        <translation>De ouders lezen elk overdrachtspakket eerst: maak een inzage voor hen.</translation>
    </message>
    <message>
        <location filename="../../ui/inzage_panel.py" line="101"/>
        <source>No inzage for the parents yet.</source>
        <translation>Nog geen inzage voor de ouders.</translation>
    </message>
    <message>
        <location filename="../../ui/inzage_panel.py" line="104"/>
        <source>Inzage offered on %1; the parents&apos; answer is recorded.</source>
        <translation>Inzage aangeboden op %1; het antwoord van de ouders is vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../ui/inzage_panel.py" line="106"/>
        <source>Inzage offered on %1; the parents can answer until %2.</source>
        <translation>Inzage aangeboden op %1; de ouders kunnen reageren tot en met %2.</translation>
    </message>
    <message>
        <location filename="../../ui/inzage_panel.py" line="110"/>
        <source>Save the inzage for the parents</source>
        <translation>Inzage voor ouders opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/inzage_panel.py" line="123"/>
        <source>Inzage password</source>
        <translation>Wachtwoord van de inzage</translation>
    </message>
    <message>
        <location filename="../../ui/inzage_panel.py" line="124"/>
        <source>Give this password to the parents through another channel than the file, for example by phone. It is shown only now.</source>
        <translation>Geef dit wachtwoord aan de ouders langs een andere weg dan het bestand, bijvoorbeeld telefonisch. Het wordt alleen nu getoond.</translation>
    </message>
</context>
<context>
    <name>ItemsModel</name>
    <message>
        <location filename="../../ui/export_wizard.py" line="50"/>
        <source>Item</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <location filename="../../ui/export_wizard.py" line="51"/>
        <source>May it go?</source>
        <translation>Mag het mee?</translation>
    </message>
    <message>
        <location filename="../../ui/export_wizard.py" line="89"/>
        <source>Consent #%1</source>
        <translation>Toestemming #%1</translation>
    </message>
</context>
<context>
    <name>LegalDisclosureDialog</name>
    <message>
        <location filename="../../ui/legal_disclosure.py" line="39"/>
        <source>Disclosure without consent</source>
        <translation>Verstrekking zonder toestemming</translation>
    </message>
    <message>
        <location filename="../../ui/legal_disclosure.py" line="43"/>
        <source>Only where the law requires or permits it without consent. The packet, the disclosure log and the parents&apos; access report will say so.</source>
        <translation>Alleen als de wet dit zonder toestemming verplicht of toestaat. Het pakket, het verstrekkingenlog en het inzageoverzicht voor de ouders vermelden dit.</translation>
    </message>
    <message>
        <location filename="../../ui/legal_disclosure.py" line="54"/>
        <location filename="../../ui/legal_disclosure.py" line="72"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../ui/legal_disclosure.py" line="62"/>
        <source>Approver&apos;s passphrase</source>
        <translation>Wachtzin van de goedkeurder</translation>
    </message>
    <message>
        <location filename="../../ui/legal_disclosure.py" line="67"/>
        <source>A second administrator is needed to approve; there is none yet.</source>
        <translation>Er is een tweede beheerder nodig om goed te keuren; die is er nog niet.</translation>
    </message>
    <message>
        <location filename="../../ui/legal_disclosure.py" line="70"/>
        <source>Recipient</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <location filename="../../ui/legal_disclosure.py" line="71"/>
        <source>Legal ground</source>
        <translation>Wettelijke grondslag</translation>
    </message>
    <message>
        <location filename="../../ui/legal_disclosure.py" line="73"/>
        <source>Approved by (administrator)</source>
        <translation>Goedgekeurd door (beheerder)</translation>
    </message>
    <message>
        <location filename="../../ui/legal_disclosure.py" line="74"/>
        <source>Their passphrase</source>
        <translation>Wachtzin van deze beheerder</translation>
    </message>
    <message>
        <location filename="../../ui/legal_disclosure.py" line="77"/>
        <source>Create packet…</source>
        <translation>Pakket maken…</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../ui/export_wizard.py" line="265"/>
        <source>Packet password</source>
        <translation>Wachtwoord van het pakket</translation>
    </message>
    <message>
        <location filename="../../ui/export_wizard.py" line="273"/>
        <source>Give this password to the school through another channel than the file, for example by phone. It is shown only now.</source>
        <translation>Geef dit wachtwoord langs een andere weg door dan het bestand, bijvoorbeeld telefonisch. Het wordt alleen nu getoond.</translation>
    </message>
    <message>
        <location filename="../../ui/export_wizard.py" line="276"/>
        <source>Copy (cleared after 30 seconds)</source>
        <translation>Kopiëren (na 30 seconden gewist)</translation>
    </message>
    <message>
        <location filename="../../ui/export_wizard.py" line="278"/>
        <source>I have noted it</source>
        <translation>Ik heb het genoteerd</translation>
    </message>
</context>
<context>
    <name>RecordConsentDialog</name>
    <message>
        <location filename="../../ui/consent_dialog.py" line="46"/>
        <source>Record consent</source>
        <translation>Toestemming vastleggen</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="53"/>
        <source>Kind of consent</source>
        <translation>Soort toestemming</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="57"/>
        <source>Recipient</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="59"/>
        <location filename="../../ui/consent_dialog.py" line="61"/>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="60"/>
        <source>e.g. transfer to group 6</source>
        <translation>bijv. overstap naar groep 6</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="62"/>
        <source>What may be shared</source>
        <translation>Wat gedeeld mag worden</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="63"/>
        <source>Explicitly includes special-category data (e.g. a diagnosis)</source>
        <translation>Ook uitdrukkelijk bijzondere persoonsgegevens (zoals een diagnose)</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="66"/>
        <source>Given by</source>
        <translation>Gegeven door</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="68"/>
        <source>Not asked (under 12)</source>
        <translation>Niet gevraagd (jonger dan 12)</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="68"/>
        <source>Yes, the child agrees</source>
        <translation>Ja, het kind stemt in</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="69"/>
        <source>No, the child does not agree</source>
        <translation>Nee, het kind stemt niet in</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="70"/>
        <source>The child</source>
        <translation>Het kind</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="72"/>
        <source>How it was given</source>
        <translation>Hoe gegeven</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="73"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="75"/>
        <source>Signed form (document)</source>
        <translation>Getekend formulier (document)</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="79"/>
        <source>Valid from</source>
        <translation>Geldig vanaf</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="80"/>
        <source>Valid until</source>
        <translation>Geldig tot</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="86"/>
        <source>Record</source>
        <translation>Vastleggen</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="125"/>
        <source> (parental authority)</source>
        <translation> (gezag)</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="131"/>
        <source>Add the parents on the Overview tab first.</source>
        <translation>Voeg eerst de ouders toe op het tabblad Overzicht.</translation>
    </message>
</context>
</TS>
