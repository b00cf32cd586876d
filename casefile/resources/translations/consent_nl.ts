<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AnswerDialog</name>
    <message>
        <location filename="../../ui/inzage_panel.py" line="151"/>
        <source>The parents&apos; answer</source>
        <translation>Antwoord van de ouders</translation>
    </message>
    <message>
        <location filename="../../ui/inzage_panel.py" line="154"/>
        <location filename="../../ui/inzage_panel.py" line="175"/>
        <source>Answer</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <location filename="../../ui/inzage_panel.py" line="155"/>
        <source>The parents have remarks</source>
        <translation>De ouders hebben opmerkingen</translation>
    </message>
    <message>
        <location filename="../../ui/inzage_panel.py" line="156"/>
        <source>No remarks</source>
        <translation>Geen opmerkingen</translation>
    </message>
    <message>
        <location filename="../../ui/inzage_panel.py" line="157"/>
        <source>No answer in time</source>
        <translation>Geen antwoord binnen de termijn</translation>
    </message>
    <message>
        <location filename="../../ui/inzage_panel.py" line="159"/>
        <location filename="../../ui/inzage_panel.py" line="176"/>
        <source>Remarks</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <location filename="../../ui/inzage_panel.py" line="161"/>
        <source>What the parents said, in their words (from a call or an e-mail)</source>
        <translation>Wat de ouders zeiden, in hun eigen woorden (uit een telefoongesprek of e-mail)</translation>
    </message>
    <message>
        <location filename="../../ui/inzage_panel.py" line="163"/>
        <location filename="../../ui/inzage_panel.py" line="177"/>
        <source>Returned document</source>
        <translation>Teruggestuurd document</translation>
    </message>
    <message>
        <location filename="../../ui/inzage_panel.py" line="164"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../../ui/inzage_panel.py" line="179"/>
        <source>Their view goes with the packet to the school, as a section of its own.</source>
        <translation>Hun zienswijze gaat als apart onderdeel met het overdrachtspakket mee naar de school.</translation>
    </message>
</context>
<context>
    <name>ConsentEvents</name>
    <message>
        <location filename="../../ui/consent_events.py" line="43"/>
        <source>Signed form (document)</source>
        <translation>Getekend formulier (document)</translation>
    </message>
    <message>
        <location filename="../../ui/consent_events.py" line="45"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../../ui/consent_events.py" line="48"/>
        <source>Import the signed form…</source>
        <translation>Getekend formulier toevoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/consent_events.py" line="59"/>
        <source>Import the signed form</source>
        <translation>Getekend formulier toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/consent_events.py" line="91"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/consent_events.py" line="93"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>ConsentModel</name>
    <message>
        <location filename="../../ui/consent_tab.py" line="38"/>
        <source>Recipient / kind</source>
        <translation>Ontvanger / soort</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="39"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="40"/>
        <source>Given by</source>
        <translation>Gegeven door</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="41"/>
        <source>Valid</source>
        <translation>Geldig</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="42"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="77"/>
        <source>Keep sensitive data</source>
        <translation>Gevoelige gegevens bewaren</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="80"/>
        <source> + special</source>
        <translation> + bijzondere gegevens</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="86"/>
        <location filename="../../ui/consent_tab.py" line="100"/>
        <location filename="../../ui/consent_tab.py" line="107"/>
        <source>the child</source>
        <translation>het kind</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="87"/>
        <source>%1 (signed %2)</source>
        <translation>%1 (getekend %2)</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="96"/>
        <source>a removed report or document</source>
        <translation>een verwijderd verslag of document</translation>
    </message>
</context>
<context>
    <name>ConsentTab</name>
    <message>
        <location filename="../../ui/consent_tab.py" line="118"/>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="122"/>
        <source>Consents</source>
        <translation>Toestemmingen</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="132"/>
        <source>A consent works only for the recipient and the kinds of data it names. Parents may withdraw it at any time.</source>
        <translation>Een toestemming geldt alleen voor de genoemde ontvanger en de genoemde gegevens. Ouders kunnen haar altijd intrekken.</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="134"/>
        <source>Record consent…</source>
        <translation>Toestemming vastleggen…</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="136"/>
        <source>Withdraw…</source>
        <translation>Intrekken…</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="138"/>
        <source>Add a signature…</source>
        <translation>Handtekening toevoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="140"/>
        <source>Entered in error…</source>
        <translation>Vergissing markeren…</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="142"/>
        <source>Print form…</source>
        <translation>Formulier afdrukken…</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="225"/>
        <location filename="../../ui/consent_tab.py" line="229"/>
        <source>Ask recipients to delete</source>
        <translation>Ontvangers vragen te verwijderen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/consent_tab.py" line="226"/>
        <source>%n earlier packet(s) went out under this consent. Make a letter asking the recipients to delete them (GDPR Art. 19)?</source>
        <translation>
            <numerusform>Onder deze toestemming is eerder %n pakket verstrekt. Een brief maken met het verzoek het te verwijderen (AVG art. 19)?</numerusform>
            <numerusform>Onder deze toestemming zijn eerder %n pakketten verstrekt. Een brief maken met het verzoek ze te verwijderen (AVG art. 19)?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="235"/>
        <source>Letter to %1</source>
        <translation>Brief aan %1</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="240"/>
        <source>Making the letters…</source>
        <translation>De brieven worden gemaakt…</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="248"/>
        <source>Erase what this consent covered</source>
        <translation>Wissen wat onder deze toestemming viel</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/consent_tab.py" line="249"/>
        <source>This consent covered %n sensitive or special item(s). Erase them now, as the privacy statement promises?</source>
        <translation>
            <numerusform>Deze toestemming gold voor %n gevoelig of bijzonder onderdeel. Nu wissen, zoals de privacyverklaring belooft?</numerusform>
            <numerusform>Deze toestemming gold voor %n gevoelige of bijzondere onderdelen. Nu wissen, zoals de privacyverklaring belooft?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="278"/>
        <source>This consent was withdrawn or entered in error, so there is no form to print. Choose no consent for a blank form, or record a new consent.</source>
        <translation>Deze toestemming is ingetrokken of als vergissing gemarkeerd; daar hoort geen formulier meer bij. Selecteer geen toestemming voor een leeg formulier, of leg een nieuwe toestemming vast.</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="302"/>
        <source>Save the PDF unencrypted, to print it? Delete it after printing.</source>
        <translation>De PDF onversleuteld opslaan om af te drukken? Verwijder het bestand na het afdrukken.</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="255"/>
        <source>Erase</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="261"/>
        <location filename="../../ui/consent_tab.py" line="268"/>
        <source>Entered in error</source>
        <translation>Vergissing</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="262"/>
        <source>The record stays, marked as a mistake. What was wrong?</source>
        <translation>De vastlegging blijft bestaan, gemarkeerd als vergissing. Wat was er mis?</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="277"/>
        <source>Print form</source>
        <translation>Formulier afdrukken</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="291"/>
        <source>Consent form</source>
        <translation>Toestemmingsformulier</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="297"/>
        <source>Making the form…</source>
        <translation>Het formulier wordt gemaakt…</translation>
    </message>
</context>
<context>
    <name>DisclosureDetailDialog</name>
    <message>
        <location filename="../../ui/disclosure_detail.py" line="31"/>
        <location filename="../../ui/disclosure_detail.py" line="36"/>
        <source>What was sent</source>
        <translation>Wat is verstrekt</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_detail.py" line="38"/>
        <source>Save a copy for the parents…</source>
        <translation>Kopie voor de ouders opslaan…</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_detail.py" line="40"/>
        <source>Save a copy for the parents</source>
        <translation>Kopie voor de ouders opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_detail.py" line="44"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_detail.py" line="55"/>
        <source>Sent</source>
        <translation>Verstrekt op</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_detail.py" line="55"/>
        <source>To</source>
        <translation>Aan</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_detail.py" line="56"/>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_detail.py" line="58"/>
        <source>Packet</source>
        <translation>Pakket</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_detail.py" line="59"/>
        <source>Signing key fingerprint</source>
        <translation>Vingerafdruk ondertekeningssleutel</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_detail.py" line="62"/>
        <source>Items</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_detail.py" line="69"/>
        <source>Basis</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_detail.py" line="69"/>
        <source>Without consent (legal duty): %1</source>
        <translation>Zonder toestemming (wettelijke plicht): %1</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_detail.py" line="70"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_detail.py" line="72"/>
        <source>Review</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_detail.py" line="72"/>
        <source>without a second reviewer</source>
        <translation>zonder tweede beoordelaar</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_detail.py" line="74"/>
        <source>Consent relied on</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_detail.py" line="75"/>
        <source>#%1, recorded %2, valid until %3: %4</source>
        <translation>#%1, vastgelegd %2, geldig tot %3: %4</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_detail.py" line="83"/>
        <source>No longer in the dossier.</source>
        <translation>Staat niet meer in het dossier.</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_detail.py" line="88"/>
        <source>Changed since it was sent: this is the dossier&apos;s current version.</source>
        <translation>Gewijzigd sinds de verstrekking: dit is de huidige versie in het dossier.</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_detail.py" line="92"/>
        <source>Copy of what was sent</source>
        <translation>Kopie van wat is verstrekt</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_detail.py" line="97"/>
        <source>Making the copy…</source>
        <translation>De kopie wordt gemaakt…</translation>
    </message>
    <message>
        <location filename="../../ui/disclosure_detail.py" line="106"/>
        <source>Saved in %1. Give the password separately.</source>
        <translation>Opgeslagen in %1. Geef het wachtwoord apart door.</translation>
    </message>
</context>
<context>
    <name>DisclosureModel</name>
    <message>
        <location filename="../../ui/consent_tab.py" line="314"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="315"/>
        <source>To</source>
        <translation>Aan</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="316"/>
        <source>Items</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="317"/>
        <source>Basis</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="343"/>
        <source>Without consent (legal duty): %1</source>
        <translation>Zonder toestemming (wettelijke plicht): %1</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="345"/>
        <source>without a second reviewer</source>
        <translation>zonder tweede beoordelaar</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="347"/>
        <source>Consent %1</source>
        <translation>Toestemming %1</translation>
    </message>
</context>
<context>
    <name>DisclosuresTab</name>
    <message>
        <location filename="../../ui/consent_tab.py" line="355"/>
        <location filename="../../ui/consent_tab.py" line="359"/>
        <location filename="../../ui/consent_tab.py" line="402"/>
        <source>Disclosures</source>
        <translation>Verstrekkingen</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="366"/>
        <source>Open…</source>
        <translation>Openen…</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="367"/>
        <source>Open the disclosure</source>
        <translation>Verstrekking openen</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="369"/>
        <source>Make a transfer packet…</source>
        <translation>Overdrachtspakket maken…</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="371"/>
        <source>Make a transfer packet</source>
        <translation>Overdrachtspakket maken</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="373"/>
        <source>Disclosure without consent…</source>
        <translation>Verstrekking zonder toestemming…</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="375"/>
        <source>Disclosure without consent</source>
        <translation>Verstrekking zonder toestemming</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="383"/>
        <source>Every packet that left this dossier.</source>
        <translation>Elk pakket dat uit dit dossier is verstrekt.</translation>
    </message>
    <message>
        <location filename="../../ui/consent_tab.py" line="402"/>
        <source>Choose a disclosure first.</source>
        <translation>Kies eerst een verstrekking.</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <location filename="../../ui/export_wizard.py" line="130"/>
        <location filename="../../ui/export_wizard.py" line="284"/>
        <source>Make a transfer packet</source>
        <translation>Overdrachtspakket maken</translation>
    </message>
    <message>
        <location filename="../../ui/export_wizard.py" line="134"/>
        <location filename="../../ui/export_wizard.py" line="179"/>
        <source>Recipient</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <location filename="../../ui/export_wizard.py" line="143"/>
        <location filename="../../ui/export_wizard.py" line="180"/>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../../ui/export_wizard.py" line="145"/>
        <source>comes from the consent</source>
        <translation>volgt uit de toestemming</translation>
    </message>
    <message>
        <location filename="../../ui/export_wizard.py" line="149"/>
        <source>Items</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <location filename="../../ui/export_wizard.py" line="157"/>
        <source>This dossier changed on another computer; the items were checked again.</source>
        <translation>Dit dossier is op een andere computer gewijzigd; de onderdelen zijn opnieuw nagekeken.</translation>
    </message>
    <message>
        <location filename="../../ui/export_wizard.py" line="165"/>
        <location filename="../../ui/export_wizard.py" line="168"/>
        <location filename="../../ui/export_wizard.py" line="251"/>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <location filename="../../ui/export_wizard.py" line="170"/>
        <source>Create packet…</source>
        <translation>Pakket maken…</translation>
    </message>
    <message>
        <location filename="../../ui/export_wizard.py" line="171"/>
        <source>Create packet</source>
        <translation>Pakket maken</translation>
    </message>
    <message>
        <location filename="../../ui/export_wizard.py" line="176"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../ui/export_wizard.py" line="220"/>
        <source>Add the recipient to the address book first.</source>
        <translation>Zet de ontvanger eerst in het adresboek.</translation>
    </message>
    <message>
        <location filename="../../ui/export_wizard.py" line="223"/>
        <source>There is no valid consent for this recipient, so there is nothing to send. The crosses say why.</source>
        <translation>Er is geen geldige toestemming voor deze ontvanger, dus er valt niets te verstrekken. Bij de kruisjes staat waarom.</translation>
    </message>
    <message>
        <location filename="../../ui/export_wizard.py" line="226"/>
        <source>%1 of %2 items may go; %3 chosen.</source>
        <translation>%1 van de %2 onderdelen mogen mee; %3 gekozen.</translation>
    </message>
    <message>
        <location filename="../../ui/export_wizard.py" line="253"/>
        <source>%1 will read, for “%2”:</source>
        <translation>Dit leest %1, voor “%2”:</translation>
    </message>
    <message>
        <location filename="../../ui/export_wizard.py" line="261"/>
        <source>Save the packet</source>
        <translation>Pakket opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/export_wizard.py" line="278"/>
        <source>The transfer packet was saved in %1. Send it to the school and give the password by another way (phone, text message).</source>
        <translation>Het overdrachtspakket is opgeslagen in %1. Stuur het naar de school en geef het wachtwoord op een andere manier door (telefonisch, sms).</translation>
    </message>
    <message>
        <location filename="../../ui/export_wizard.py" line="299"/>
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
        <location filename="../../ui/inzage_panel.py" line="131"/>
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
        <location filename="../../ui/inzage_panel.py" line="124"/>
        <source>Inzage password</source>
        <translation>Wachtwoord van de inzage</translation>
    </message>
    <message>
        <location filename="../../ui/inzage_panel.py" line="125"/>
        <source>Give this password to the parents through another channel than the file, for example by phone. It is shown only now.</source>
        <translation>Geef dit wachtwoord aan de ouders langs een andere weg dan het bestand, bijvoorbeeld telefonisch. Het wordt alleen nu getoond.</translation>
    </message>
</context>
<context>
    <name>ItemsModel</name>
    <message>
        <location filename="../../ui/export_wizard.py" line="51"/>
        <source>Item</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <location filename="../../ui/export_wizard.py" line="52"/>
        <source>May it go?</source>
        <translation>Mag het mee?</translation>
    </message>
    <message>
        <location filename="../../ui/export_wizard.py" line="106"/>
        <source>Consent #%1</source>
        <translation>Toestemming #%1</translation>
    </message>
    <message>
        <location filename="../../ui/export_wizard.py" line="108"/>
        <source>Consent #%1 for this document</source>
        <translation>Toestemming #%1 voor dit document</translation>
    </message>
    <message>
        <location filename="../../ui/export_wizard.py" line="109"/>
        <source>Consent #%1 for this report</source>
        <translation>Toestemming #%1 voor dit verslag</translation>
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
        <location filename="../../ui/legal_disclosure.py" line="86"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../ui/legal_disclosure.py" line="62"/>
        <source>Approver&apos;s passphrase</source>
        <translation>Wachtzin van de goedkeurder</translation>
    </message>
    <message>
        <location filename="../../ui/legal_disclosure.py" line="84"/>
        <source>Recipient</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <location filename="../../ui/legal_disclosure.py" line="85"/>
        <source>Legal ground</source>
        <translation>Wettelijke grondslag</translation>
    </message>
    <message>
        <location filename="../../ui/legal_disclosure.py" line="87"/>
        <source>Approved by (administrator)</source>
        <translation>Goedgekeurd door (beheerder)</translation>
    </message>
    <message>
        <location filename="../../ui/legal_disclosure.py" line="68"/>
        <source>Their passphrase</source>
        <translation>Wachtzin van deze beheerder</translation>
    </message>
    <message>
        <location filename="../../ui/legal_disclosure.py" line="71"/>
        <source>%1 (the only administrator)</source>
        <translation>%1 (enige beheerder)</translation>
    </message>
    <message>
        <location filename="../../ui/legal_disclosure.py" line="73"/>
        <source>Your passphrase, once more</source>
        <translation>Uw wachtzin, nog een keer</translation>
    </message>
    <message>
        <location filename="../../ui/legal_disclosure.py" line="75"/>
        <source>You are the only administrator, so there is no second reviewer. Write your reasoning in full above and type your passphrase again to approve. The disclosure will be marked “without a second reviewer” on the packet, in the disclosure log and in the audit log.</source>
        <translation>U bent de enige beheerder, dus er is geen tweede beoordelaar. Schrijf hierboven uw afweging volledig uit en typ uw wachtzin nog een keer om goed te keuren. De verstrekking wordt gemarkeerd als “zonder tweede beoordelaar”: in het pakket, in het verstrekkingenlog en in het logboek.</translation>
    </message>
    <message>
        <location filename="../../ui/legal_disclosure.py" line="81"/>
        <source>An administrator must approve this disclosure; ask one to open it with you.</source>
        <translation>Een beheerder moet deze verstrekking goedkeuren; vraag er een om haar samen met u te openen.</translation>
    </message>
    <message>
        <location filename="../../ui/legal_disclosure.py" line="91"/>
        <source>Create packet…</source>
        <translation>Pakket maken…</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../ui/export_wizard.py" line="318"/>
        <source>Packet password</source>
        <translation>Wachtwoord van het pakket</translation>
    </message>
    <message>
        <location filename="../../ui/export_wizard.py" line="326"/>
        <source>Give this password to the school through another channel than the file, for example by phone. It is shown only now.</source>
        <translation>Geef dit wachtwoord langs een andere weg door dan het bestand, bijvoorbeeld telefonisch. Het wordt alleen nu getoond.</translation>
    </message>
    <message>
        <location filename="../../ui/export_wizard.py" line="329"/>
        <source>Copy (cleared after 30 seconds)</source>
        <translation>Kopiëren (na 30 seconden gewist)</translation>
    </message>
    <message>
        <location filename="../../ui/export_wizard.py" line="331"/>
        <source>I have noted it</source>
        <translation>Ik heb het genoteerd</translation>
    </message>
</context>
<context>
    <name>RecordConsentDialog</name>
    <message>
        <location filename="../../ui/consent_dialog.py" line="56"/>
        <source>Record consent</source>
        <translation>Toestemming vastleggen</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="66"/>
        <source>Kind of consent</source>
        <translation>Soort toestemming</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="68"/>
        <source>Recipient</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="70"/>
        <location filename="../../ui/consent_dialog.py" line="72"/>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="71"/>
        <source>e.g. transfer to group 6</source>
        <translation>bijv. overstap naar groep 6</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="73"/>
        <source>What may be shared</source>
        <translation>Wat gedeeld mag worden</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="74"/>
        <location filename="../../ui/consent_dialog.py" line="176"/>
        <source>Specific reports or documents</source>
        <translation>Specifieke verslagen of documenten</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="75"/>
        <source>Explicitly includes special-category data (e.g. a diagnosis)</source>
        <translation>Ook uitdrukkelijk bijzondere persoonsgegevens (zoals een diagnose)</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="78"/>
        <source>Given by</source>
        <translation>Gegeven door</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="80"/>
        <source>Not asked (under 12)</source>
        <translation>Niet gevraagd (jonger dan 12)</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="80"/>
        <source>Yes, the child agrees</source>
        <translation>Ja, het kind stemt in</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="81"/>
        <source>No, the child does not agree</source>
        <translation>Nee, het kind stemt niet in</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="82"/>
        <source>The child</source>
        <translation>Het kind</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="84"/>
        <source>How it was given</source>
        <translation>Hoe gegeven</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="177"/>
        <source>Tick a report or document to ask consent for that one only; other notes and documents of its kind are then not shared.</source>
        <translation>Vink een verslag of document aan om alleen daarvoor toestemming te vragen; andere verslagen en documenten van die soort worden dan niet gedeeld.</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="187"/>
        <source>No finalised notes or documents yet.</source>
        <translation>Nog geen definitieve verslagen of documenten.</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="226"/>
        <source>No signed form is chosen yet. Import the returned form here, or choose another way the consent was given.</source>
        <translation>Er is nog geen getekend formulier gekozen. Voeg het teruggekregen formulier hier toe, of kies een andere manier waarop de toestemming is gegeven.</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="241"/>
        <source>Tick the parents who signed.</source>
        <translation>Vink de ouders aan die hebben getekend.</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="243"/>
        <source>Not signed yet by %1 (parental authority). Until that signature is added this consent allows no packet; you can add it later on the Consent tab.</source>
        <translation>Nog niet getekend door %1 (gezag). Zolang die handtekening ontbreekt, kan met deze toestemming geen overdrachtspakket worden gemaakt. U kunt de handtekening later toevoegen op het tabblad Toestemming.</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="248"/>
        <source>No parent with parental authority is on record: add the parents on the Overview tab first.</source>
        <translation>Er staat geen ouder met gezag geregistreerd: voeg eerst de ouders toe op het tabblad Overzicht.</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="87"/>
        <source>Signed form (document)</source>
        <translation>Getekend formulier (document)</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="91"/>
        <source>Valid from</source>
        <translation>Geldig vanaf</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="92"/>
        <source>Valid until</source>
        <translation>Geldig tot</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="101"/>
        <source>Record</source>
        <translation>Vastleggen</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="103"/>
        <source>Print form to sign…</source>
        <translation>Formulier afdrukken om te tekenen…</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="105"/>
        <source>Print form to sign</source>
        <translation>Formulier afdrukken om te tekenen</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="106"/>
        <source>Print this consent as a form for the parents to sign, before you record it.</source>
        <translation>Druk deze toestemming af als formulier dat de ouders tekenen, voordat u haar vastlegt.</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="156"/>
        <source>(choose a recipient)</source>
        <translation>(kies een ontvanger)</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="204"/>
        <source> (parental authority)</source>
        <translation> (gezag)</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="209"/>
        <source>Add the parents on the Overview tab first.</source>
        <translation>Voeg eerst de ouders toe op het tabblad Overzicht.</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <location filename="../../ui/consent_events.py" line="118"/>
        <source>Add a later signature</source>
        <translation>Latere handtekening toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/consent_events.py" line="121"/>
        <source>A signature that came in after the consent was recorded. It counts from the day it was signed; the consent itself stays as it was recorded.</source>
        <translation>Een handtekening die binnenkwam nadat de toestemming was vastgelegd. Ze telt vanaf de dag van ondertekening; de toestemming zelf blijft zoals ze is vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../ui/consent_events.py" line="124"/>
        <location filename="../../ui/consent_events.py" line="135"/>
        <source>Signed by</source>
        <translation>Getekend door</translation>
    </message>
    <message>
        <location filename="../../ui/consent_events.py" line="130"/>
        <source>The child</source>
        <translation>Het kind</translation>
    </message>
    <message>
        <location filename="../../ui/consent_events.py" line="136"/>
        <source>Signed on</source>
        <translation>Getekend op</translation>
    </message>
    <message>
        <location filename="../../ui/consent_events.py" line="137"/>
        <source>Signed form (document)</source>
        <translation>Getekend formulier (document)</translation>
    </message>
    <message>
        <location filename="../../ui/consent_events.py" line="139"/>
        <source>Everyone who can sign this consent has signed.</source>
        <translation>Iedereen die deze toestemming kan ondertekenen, heeft getekend.</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <location filename="../../ui/consent_events.py" line="154"/>
        <source>Withdraw consent</source>
        <translation>Toestemming intrekken</translation>
    </message>
    <message>
        <location filename="../../ui/consent_events.py" line="157"/>
        <source>Withdrawing works at once: no packet can be made under this consent any more.</source>
        <translation>Intrekken werkt meteen: met deze toestemming kan geen overdrachtspakket meer worden gemaakt.</translation>
    </message>
    <message>
        <location filename="../../ui/consent_events.py" line="159"/>
        <location filename="../../ui/consent_events.py" line="173"/>
        <source>Withdrawn by</source>
        <translation>Ingetrokken door</translation>
    </message>
    <message>
        <location filename="../../ui/consent_events.py" line="160"/>
        <source>(choose who withdrew)</source>
        <translation>(kies wie introk)</translation>
    </message>
    <message>
        <location filename="../../ui/consent_events.py" line="163"/>
        <source>The child</source>
        <translation>Het kind</translation>
    </message>
    <message>
        <location filename="../../ui/consent_events.py" line="166"/>
        <location filename="../../ui/consent_events.py" line="175"/>
        <source>How</source>
        <translation>Hoe</translation>
    </message>
    <message>
        <location filename="../../ui/consent_events.py" line="167"/>
        <source>(choose how)</source>
        <translation>(kies hoe)</translation>
    </message>
    <message>
        <location filename="../../ui/consent_events.py" line="171"/>
        <location filename="../../ui/consent_events.py" line="176"/>
        <source>Reason (optional)</source>
        <translation>Reden (niet verplicht)</translation>
    </message>
    <message>
        <location filename="../../ui/consent_events.py" line="174"/>
        <source>On</source>
        <translation>Op</translation>
    </message>
</context>
</TS>
