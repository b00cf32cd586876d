<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AuditLogModel</name>
    <message>
        <location filename="../../ui/log_tab.py" line="26"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../ui/log_tab.py" line="27"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../../ui/log_tab.py" line="28"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../ui/log_tab.py" line="29"/>
        <source>On what</source>
        <translation>Waarop</translation>
    </message>
    <message>
        <location filename="../../ui/log_tab.py" line="56"/>
        <source>This did not succeed.</source>
        <translation>Dit is niet gelukt.</translation>
    </message>
    <message>
        <location filename="../../ui/log_tab.py" line="77"/>
        <source>%1 (failed)</source>
        <translation>%1 (mislukt)</translation>
    </message>
    <message>
        <location filename="../../ui/log_tab.py" line="92"/>
        <source>of %1</source>
        <translation>van %1</translation>
    </message>
</context>
<context>
    <name>Corrections</name>
    <message>
        <location filename="../../ui/removal.py" line="37"/>
        <source>Remove document</source>
        <translation>Document verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/removal.py" line="38"/>
        <source>Why is this document removed? Its content is wiped; the dossier keeps who removed it, when and why.</source>
        <translation>Waarom wordt dit document verwijderd? De inhoud wordt gewist; het dossier bewaart wie het verwijderde, wanneer en waarom.</translation>
    </message>
    <message>
        <location filename="../../ui/removal.py" line="46"/>
        <source>Remove parent or guardian</source>
        <translation>Ouder of verzorger verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/removal.py" line="47"/>
        <source>Why is this parent or guardian removed? The contact details are wiped; the name stays on the consents they gave.</source>
        <translation>Waarom wordt deze ouder of verzorger verwijderd? De contactgegevens worden gewist; de naam blijft staan bij de toestemmingen die hij of zij gaf.</translation>
    </message>
    <message>
        <location filename="../../ui/removal.py" line="55"/>
        <source>Remove organisation</source>
        <translation>Organisatie verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/removal.py" line="56"/>
        <source>Why is this organisation removed? Its contact details are wiped; its name stays on the consents and documents that name it.</source>
        <translation>Waarom wordt deze organisatie verwijderd? De contactgegevens worden gewist; de naam blijft staan bij de toestemmingen en documenten die haar noemen.</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <location filename="../../ui/corrections.py" line="21"/>
        <source>Correct document details</source>
        <translation>Gegevens van het document wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/corrections.py" line="23"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../ui/corrections.py" line="24"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../ui/corrections.py" line="26"/>
        <source>Sensitivity</source>
        <translation>Gevoeligheid</translation>
    </message>
    <message>
        <location filename="../../ui/corrections.py" line="28"/>
        <source>Date received known</source>
        <translation>Datum van ontvangst bekend</translation>
    </message>
    <message>
        <location filename="../../ui/corrections.py" line="32"/>
        <source>Date received</source>
        <translation>Datum ontvangen</translation>
    </message>
    <message>
        <location filename="../../ui/corrections.py" line="37"/>
        <source>(not from an organisation)</source>
        <translation>(niet van een organisatie)</translation>
    </message>
    <message>
        <location filename="../../ui/corrections.py" line="39"/>
        <source>Received from</source>
        <translation>Ontvangen van</translation>
    </message>
    <message>
        <location filename="../../ui/corrections.py" line="41"/>
        <source>Reason for the correction</source>
        <translation>Reden van de wijziging</translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message>
        <location filename="../../ui/documents_tab.py" line="62"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../ui/documents_tab.py" line="63"/>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <location filename="../../ui/documents_tab.py" line="64"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../ui/documents_tab.py" line="65"/>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <location filename="../../ui/documents_tab.py" line="66"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <location filename="../../ui/documents_tab.py" line="139"/>
        <source>Import…</source>
        <translation>Importeren…</translation>
    </message>
    <message>
        <location filename="../../ui/documents_tab.py" line="140"/>
        <source>You can also drop files on the dossier.</source>
        <translation>U kunt bestanden ook op het dossier slepen.</translation>
    </message>
    <message>
        <location filename="../../ui/documents_tab.py" line="141"/>
        <source>Save a copy…</source>
        <translation>Kopie opslaan…</translation>
    </message>
    <message>
        <location filename="../../ui/documents_tab.py" line="143"/>
        <source>Edit…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <location filename="../../ui/documents_tab.py" line="144"/>
        <source>Correct the name, kind or date of this document.</source>
        <translation>Wijzig de naam, de soort of de datum van dit document.</translation>
    </message>
    <message>
        <location filename="../../ui/documents_tab.py" line="145"/>
        <source>Remove…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <location filename="../../ui/documents_tab.py" line="153"/>
        <source>About this document</source>
        <translation>Over dit document</translation>
    </message>
    <message>
        <location filename="../../ui/documents_tab.py" line="186"/>
        <source>Documents in this dossier</source>
        <translation>Documenten in dit dossier</translation>
    </message>
    <message>
        <location filename="../../ui/documents_tab.py" line="205"/>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <location filename="../../ui/documents_tab.py" line="206"/>
        <location filename="../../ui/documents_tab.py" line="457"/>
        <source>Choose a document to see it here.</source>
        <translation>Kies een document om het hier te bekijken.</translation>
    </message>
    <message>
        <location filename="../../ui/documents_tab.py" line="208"/>
        <source>About the preview</source>
        <translation>Over het voorbeeld</translation>
    </message>
    <message>
        <location filename="../../ui/documents_tab.py" line="213"/>
        <source>Image preview</source>
        <translation>Voorbeeld van de afbeelding</translation>
    </message>
    <message>
        <location filename="../../ui/documents_tab.py" line="220"/>
        <source>Text preview</source>
        <translation>Voorbeeld van de tekst</translation>
    </message>
    <message>
        <location filename="../../ui/documents_tab.py" line="230"/>
        <source>Previous page</source>
        <translation>Vorige pagina</translation>
    </message>
    <message>
        <location filename="../../ui/documents_tab.py" line="232"/>
        <source>Next page</source>
        <translation>Volgende pagina</translation>
    </message>
    <message>
        <location filename="../../ui/documents_tab.py" line="236"/>
        <source>Page</source>
        <translation>Pagina</translation>
    </message>
    <message>
        <location filename="../../ui/documents_tab.py" line="240"/>
        <source>PDF preview</source>
        <translation>Voorbeeld van de PDF</translation>
    </message>
    <message>
        <location filename="../../ui/documents_tab.py" line="263"/>
        <source>Import documents</source>
        <translation>Documenten importeren</translation>
    </message>
    <message>
        <location filename="../../ui/documents_tab.py" line="269"/>
        <location filename="../../ui/documents_tab.py" line="304"/>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location filename="../../ui/documents_tab.py" line="270"/>
        <source>This dossier is restricted: it is read-only and nothing may be exported.</source>
        <translation>Dit dossier is beperkt: het is alleen-lezen en er mag niets uit worden verstrekt.</translation>
    </message>
    <message>
        <location filename="../../ui/documents_tab.py" line="333"/>
        <source>There is no preview for this kind of file. Use &quot;Save a copy&quot; to open it in another program.</source>
        <translation>Van dit soort bestand is geen voorbeeld mogelijk. Gebruik ‘Kopie opslaan’ om het in een ander programma te openen.</translation>
    </message>
    <message>
        <location filename="../../ui/documents_tab.py" line="355"/>
        <source>received %1 from %2</source>
        <translation>ontvangen %1 van %2</translation>
    </message>
    <message>
        <location filename="../../ui/documents_tab.py" line="358"/>
        <source>received %1</source>
        <translation>ontvangen %1</translation>
    </message>
    <message>
        <location filename="../../ui/documents_tab.py" line="364"/>
        <source>This image cannot be shown.</source>
        <translation>Deze afbeelding kan niet worden getoond.</translation>
    </message>
    <message>
        <location filename="../../ui/documents_tab.py" line="397"/>
        <location filename="../../ui/documents_tab.py" line="398"/>
        <source>Preparing the preview…</source>
        <translation>Het voorbeeld wordt klaargemaakt…</translation>
    </message>
    <message>
        <location filename="../../ui/documents_tab.py" line="411"/>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
    <message>
        <location filename="../../ui/documents_tab.py" line="424"/>
        <source>This PDF is protected with a password, so it cannot be shown here; use &quot;Save a copy&quot; to open it in another program.</source>
        <translation>Deze PDF is met een wachtwoord beveiligd en kan hier niet worden getoond; gebruik ‘Kopie opslaan’ om hem in een ander programma te openen.</translation>
    </message>
    <message>
        <location filename="../../ui/documents_tab.py" line="427"/>
        <source>This PDF has no pages to show.</source>
        <translation>Deze PDF heeft geen pagina’s om te tonen.</translation>
    </message>
    <message>
        <location filename="../../ui/documents_tab.py" line="429"/>
        <source>This PDF is damaged and cannot be shown.</source>
        <translation>Deze PDF is beschadigd en kan niet worden getoond.</translation>
    </message>
    <message>
        <location filename="../../ui/documents_tab.py" line="464"/>
        <location filename="../../ui/documents_tab.py" line="469"/>
        <location filename="../../ui/documents_tab.py" line="475"/>
        <source>Save a copy</source>
        <translation>Kopie opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/documents_tab.py" line="465"/>
        <source>The copy will NOT be encrypted: anyone with access to that folder can read it. Save it only where it belongs, and delete it when you are done. Continue?</source>
        <translation>De kopie wordt NIET versleuteld: iedereen die bij die map kan, kan hem lezen. Sla hem alleen op waar hij hoort en verwijder hem als u klaar bent. Doorgaan?</translation>
    </message>
</context>
<context>
    <name>DossierWidget</name>
    <message>
        <location filename="../../ui/dossier.py" line="42"/>
        <location filename="../../ui/dossier.py" line="281"/>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../ui/dossier.py" line="50"/>
        <source>Dossier sections</source>
        <translation>Onderdelen van het dossier</translation>
    </message>
    <message>
        <location filename="../../ui/dossier.py" line="88"/>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <location filename="../../ui/dossier.py" line="89"/>
        <source>Session notes</source>
        <translation>Sessieverslagen</translation>
    </message>
    <message>
        <location filename="../../ui/dossier.py" line="90"/>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <location filename="../../ui/dossier.py" line="91"/>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <location filename="../../ui/dossier.py" line="92"/>
        <source>Disclosures</source>
        <translation>Verstrekkingen</translation>
    </message>
    <message>
        <location filename="../../ui/dossier.py" line="93"/>
        <source>Log</source>
        <translation>Logboek</translation>
    </message>
    <message>
        <location filename="../../ui/dossier.py" line="135"/>
        <source>Child&apos;s name</source>
        <translation>Naam van het kind</translation>
    </message>
    <message>
        <location filename="../../ui/dossier.py" line="137"/>
        <source>Child&apos;s details</source>
        <translation>Gegevens van het kind</translation>
    </message>
    <message>
        <location filename="../../ui/dossier.py" line="141"/>
        <source>Restricted dossier</source>
        <translation>Beperkt dossier</translation>
    </message>
    <message>
        <location filename="../../ui/dossier.py" line="142"/>
        <source>Restricted – read-only</source>
        <translation>Beperkt – alleen-lezen</translation>
    </message>
    <message>
        <location filename="../../ui/dossier.py" line="144"/>
        <source>Processing of this dossier is restricted (GDPR Art. 18): it is read-only and nothing may be exported.</source>
        <translation>De verwerking van dit dossier is beperkt (AVG art. 18): het is alleen-lezen en er mag niets uit worden verstrekt.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier.py" line="148"/>
        <location filename="../../ui/dossier.py" line="150"/>
        <source>Close dossier</source>
        <translation>Dossier sluiten</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dossier.py" line="178"/>
        <source>%n years</source>
        <translation>
            <numerusform>%n jaar</numerusform>
            <numerusform>%n jaar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dossier.py" line="178"/>
        <source>born %1</source>
        <translation>geboren %1</translation>
    </message>
    <message>
        <location filename="../../ui/dossier.py" line="191"/>
        <source>caseload: %1</source>
        <translation>caseload: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dossier.py" line="193"/>
        <source>outside your own caseload</source>
        <translation>buiten uw eigen caseload</translation>
    </message>
    <message>
        <location filename="../../ui/dossier.py" line="200"/>
        <source>group %1</source>
        <translation>groep %1</translation>
    </message>
</context>
<context>
    <name>ImportDetailsDialog</name>
    <message>
        <location filename="../../ui/document_import.py" line="91"/>
        <location filename="../../ui/document_import.py" line="92"/>
        <source>Import documents</source>
        <translation>Documenten importeren</translation>
    </message>
    <message>
        <location filename="../../ui/document_import.py" line="95"/>
        <location filename="../../ui/document_import.py" line="105"/>
        <source>Received from</source>
        <translation>Ontvangen van</translation>
    </message>
    <message>
        <location filename="../../ui/document_import.py" line="96"/>
        <source>(not from an organisation)</source>
        <translation>(niet van een organisatie)</translation>
    </message>
    <message>
        <location filename="../../ui/document_import.py" line="101"/>
        <location filename="../../ui/document_import.py" line="106"/>
        <source>Date received</source>
        <translation>Datum ontvangen</translation>
    </message>
    <message>
        <location filename="../../ui/document_import.py" line="135"/>
        <source>Kind of %1</source>
        <translation>Soort van %1</translation>
    </message>
    <message>
        <location filename="../../ui/document_import.py" line="137"/>
        <source>Sensitivity of %1</source>
        <translation>Gevoeligheid van %1</translation>
    </message>
    <message>
        <location filename="../../ui/document_import.py" line="141"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../ui/document_import.py" line="142"/>
        <source>Sensitivity</source>
        <translation>Gevoeligheid</translation>
    </message>
    <message>
        <location filename="../../ui/document_import.py" line="112"/>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
</context>
<context>
    <name>ImportRunner</name>
    <message>
        <location filename="../../ui/document_import.py" line="200"/>
        <source>Importing…</source>
        <translation>Bezig met importeren…</translation>
    </message>
    <message>
        <location filename="../../ui/document_import.py" line="204"/>
        <source>Import progress</source>
        <translation>Voortgang van het importeren</translation>
    </message>
    <message>
        <location filename="../../ui/document_import.py" line="203"/>
        <source>Import documents</source>
        <translation>Documenten importeren</translation>
    </message>
    <message>
        <location filename="../../ui/document_import.py" line="207"/>
        <source>Importing %1…</source>
        <translation>%1 wordt geïmporteerd…</translation>
    </message>
</context>
<context>
    <name>LogTab</name>
    <message>
        <location filename="../../ui/log_tab.py" line="103"/>
        <source>Everything that was done in this dossier, newest first. The log cannot be changed.</source>
        <translation>Alles wat er in dit dossier is gedaan, het nieuwste eerst. Het logboek kan niet worden gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../ui/log_tab.py" line="109"/>
        <source>Log of this dossier</source>
        <translation>Logboek van dit dossier</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../ui/note_editor.py" line="53"/>
        <location filename="../../ui/note_editor.py" line="470"/>
        <source>Session note</source>
        <translation>Sessieverslag</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="94"/>
        <source>Note title</source>
        <translation>Titel van het verslag</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="96"/>
        <source>Save status</source>
        <translation>Opslagstatus</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="99"/>
        <source>About this note</source>
        <translation>Over dit verslag</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="101"/>
        <location filename="../../ui/note_editor.py" line="144"/>
        <source>Session date</source>
        <translation>Datum sessie</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="104"/>
        <source>Duration in minutes</source>
        <translation>Duur in minuten</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="107"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="108"/>
        <source>Kind of note</source>
        <translation>Soort verslag</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="111"/>
        <location filename="../../ui/note_editor.py" line="147"/>
        <source>Sensitivity</source>
        <translation>Gevoeligheid</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="113"/>
        <source>Text of the session note</source>
        <translation>Tekst van het sessieverslag</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="114"/>
        <source>What happened in this session?</source>
        <translation>Wat is er in deze sessie gebeurd?</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="116"/>
        <source>Others in this dossier</source>
        <translation>Anderen in dit dossier</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="128"/>
        <location filename="../../ui/note_editor.py" line="390"/>
        <source>Finalise</source>
        <translation>Definitief maken</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="130"/>
        <source>A final note can only be changed later with an amendment and a reason.</source>
        <translation>Een definitief verslag kan daarna alleen nog worden gewijzigd, met een reden.</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="131"/>
        <source>Amend…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="132"/>
        <source>Save amendment…</source>
        <translation>Wijziging opslaan…</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="134"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="136"/>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="137"/>
        <location filename="../../ui/note_editor.py" line="405"/>
        <source>Delete draft</source>
        <translation>Concept verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="145"/>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="146"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="221"/>
        <source>New session note</source>
        <translation>Nieuw sessieverslag</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="221"/>
        <source>Session note – draft</source>
        <translation>Sessieverslag – concept</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="222"/>
        <source>Session note – final</source>
        <translation>Sessieverslag – definitief</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="223"/>
        <source>Session note – amending</source>
        <translation>Sessieverslag – wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="227"/>
        <source>Version %1; see the history for every change.</source>
        <translation>Versie %1; de geschiedenis toont elke wijziging.</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="230"/>
        <source>Change the text, then save it with a reason.</source>
        <translation>Pas de tekst aan en sla de wijziging op met een reden.</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="232"/>
        <source>Draft saved %1</source>
        <translation>Concept opgeslagen %1</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="235"/>
        <source>Saves itself as a draft while you type.</source>
        <translation>Wordt tijdens het typen als concept bewaard.</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="246"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="249"/>
        <source>by %1</source>
        <translation>door %1</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="271"/>
        <source>Also working in this dossier now: %1</source>
        <translation>Nu ook bezig in dit dossier: %1</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="288"/>
        <source>Not saved yet…</source>
        <translation>Nog niet opgeslagen…</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="391"/>
        <source>An empty note cannot be finalised.</source>
        <translation>Een leeg verslag kan niet definitief worden gemaakt.</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="405"/>
        <source>Delete this draft? It cannot be brought back.</source>
        <translation>Dit concept verwijderen? Het kan niet worden teruggehaald.</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="430"/>
        <source>Reason for the amendment</source>
        <translation>Reden van de wijziging</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="431"/>
        <source>Why does this note change? The reason is kept with the old and the new text.</source>
        <translation>Waarom verandert dit verslag? De reden wordt bewaard bij de oude en de nieuwe tekst.</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="435"/>
        <source>Amend</source>
        <translation>Wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/note_editor.py" line="435"/>
        <source>Give a reason for the change.</source>
        <translation>Geef een reden voor de wijziging.</translation>
    </message>
</context>
<context>
    <name>NoteHistoryDialog</name>
    <message>
        <location filename="../../ui/note_history.py" line="60"/>
        <location filename="../../ui/note_history.py" line="61"/>
        <source>History of this note</source>
        <translation>Geschiedenis van dit verslag</translation>
    </message>
    <message>
        <location filename="../../ui/note_history.py" line="66"/>
        <source>Versions of this note</source>
        <translation>Versies van dit verslag</translation>
    </message>
    <message>
        <location filename="../../ui/note_history.py" line="78"/>
        <source>Text of the selected version</source>
        <translation>Tekst van de gekozen versie</translation>
    </message>
    <message>
        <location filename="../../ui/note_history.py" line="96"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>NoteVersionsModel</name>
    <message>
        <location filename="../../ui/note_history.py" line="29"/>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <location filename="../../ui/note_history.py" line="30"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../ui/note_history.py" line="31"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../../ui/note_history.py" line="32"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../ui/note_history.py" line="48"/>
        <source>First version</source>
        <translation>Eerste versie</translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <location filename="../../ui/notes_tab.py" line="39"/>
        <source>Session</source>
        <translation>Sessie</translation>
    </message>
    <message>
        <location filename="../../ui/notes_tab.py" line="40"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/notes_tab.py" line="41"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../ui/notes_tab.py" line="42"/>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <location filename="../../ui/notes_tab.py" line="80"/>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <location filename="../../ui/notes_tab.py" line="80"/>
        <source>Final (amended)</source>
        <translation>Definitief (gewijzigd)</translation>
    </message>
    <message>
        <location filename="../../ui/notes_tab.py" line="80"/>
        <source>Final</source>
        <translation>Definitief</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <location filename="../../ui/notes_tab.py" line="100"/>
        <source>Search this dossier&apos;s notes</source>
        <translation>Zoeken in de verslagen van dit dossier</translation>
    </message>
    <message>
        <location filename="../../ui/notes_tab.py" line="101"/>
        <source>Search in these notes…</source>
        <translation>Zoeken in deze verslagen…</translation>
    </message>
    <message>
        <location filename="../../ui/notes_tab.py" line="105"/>
        <source>Notes found in this dossier</source>
        <translation>Gevonden verslagen in dit dossier</translation>
    </message>
    <message>
        <location filename="../../ui/notes_tab.py" line="132"/>
        <source>Session notes, newest first</source>
        <translation>Sessieverslagen, nieuwste eerst</translation>
    </message>
    <message>
        <location filename="../../ui/notes_tab.py" line="150"/>
        <source>New note</source>
        <translation>Nieuw verslag</translation>
    </message>
    <message>
        <location filename="../../ui/notes_tab.py" line="152"/>
        <source>New session note</source>
        <translation>Nieuw sessieverslag</translation>
    </message>
    <message>
        <location filename="../../ui/notes_tab.py" line="153"/>
        <source>Start a new session note (Ctrl+N)</source>
        <translation>Begin een nieuw sessieverslag (Ctrl+N)</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../ui/overview_tab.py" line="78"/>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/overview_tab.py" line="82"/>
        <source>%1 (%2 years)</source>
        <translation>%1 (%2 jaar)</translation>
    </message>
    <message>
        <location filename="../../ui/overview_tab.py" line="85"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../ui/overview_tab.py" line="86"/>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <location filename="../../ui/overview_tab.py" line="87"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../ui/overview_tab.py" line="88"/>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../../ui/overview_tab.py" line="89"/>
        <source>Guidance</source>
        <translation>Begeleiding</translation>
    </message>
    <message>
        <location filename="../../ui/overview_tab.py" line="90"/>
        <source>Dossier opened</source>
        <translation>Dossier geopend</translation>
    </message>
    <message>
        <location filename="../../ui/overview_tab.py" line="93"/>
        <source>Dossier closed</source>
        <translation>Dossier gesloten</translation>
    </message>
    <message>
        <location filename="../../ui/overview_tab.py" line="97"/>
        <source>Edit child details</source>
        <translation>Gegevens van het kind wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/overview_tab.py" line="107"/>
        <source>Objection</source>
        <translation>Bezwaar</translation>
    </message>
    <message>
        <location filename="../../ui/overview_tab.py" line="110"/>
        <source>Hold</source>
        <translation>Vernietigingsstop</translation>
    </message>
    <message>
        <location filename="../../ui/overview_tab.py" line="110"/>
        <source>Not erased before %1: %2</source>
        <translation>Niet wissen vóór %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/overview_tab.py" line="115"/>
        <source>Parents and guardians</source>
        <translation>Ouders en verzorgers</translation>
    </message>
    <message>
        <location filename="../../ui/overview_tab.py" line="120"/>
        <source>No parents or guardians recorded yet.</source>
        <translation>Nog geen ouders of verzorgers vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../ui/overview_tab.py" line="124"/>
        <source>Add parent or guardian</source>
        <translation>Ouder of verzorger toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/overview_tab.py" line="131"/>
        <source>has parental authority</source>
        <translation>heeft gezag</translation>
    </message>
    <message>
        <location filename="../../ui/overview_tab.py" line="132"/>
        <source>no parental authority</source>
        <translation>geen gezag</translation>
    </message>
    <message>
        <location filename="../../ui/overview_tab.py" line="144"/>
        <location filename="../../ui/overview_tab.py" line="187"/>
        <source>Edit</source>
        <translation>Wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/overview_tab.py" line="145"/>
        <location filename="../../ui/overview_tab.py" line="188"/>
        <source>Edit %1</source>
        <translation>%1 wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/overview_tab.py" line="149"/>
        <source>Remove…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <location filename="../../ui/overview_tab.py" line="150"/>
        <source>Remove %1</source>
        <translation>%1 verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/overview_tab.py" line="157"/>
        <source>Trajectories</source>
        <translation>Trajecten</translation>
    </message>
    <message>
        <location filename="../../ui/overview_tab.py" line="161"/>
        <source>No trajectories recorded yet.</source>
        <translation>Nog geen trajecten vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../ui/overview_tab.py" line="166"/>
        <source>Add trajectory</source>
        <translation>Traject toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/overview_tab.py" line="178"/>
        <source>ongoing</source>
        <translation>loopt nog</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../ui/search_dialog.py" line="234"/>
        <location filename="../../ui/search_dialog.py" line="235"/>
        <source>Search all session notes</source>
        <translation>Zoeken in alle sessieverslagen</translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.py" line="240"/>
        <source>Search words</source>
        <translation>Zoekwoorden</translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.py" line="241"/>
        <source>Words from a session note, e.g. spelling</source>
        <translation>Woorden uit een sessieverslag, bijvoorbeeld spelling</translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.py" line="245"/>
        <source>Search result count</source>
        <translation>Aantal gevonden verslagen</translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.py" line="246"/>
        <source>Found notes</source>
        <translation>Gevonden verslagen</translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.py" line="258"/>
        <source>Enter opens the selected note in its dossier.</source>
        <translation>Enter opent het gekozen verslag in het dossier van het kind.</translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.py" line="270"/>
        <source>No session notes contain these words.</source>
        <translation>Geen enkel sessieverslag bevat deze woorden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/search_dialog.py" line="272"/>
        <source>More than %n notes found; the newest first.</source>
        <translation>
            <numerusform>Meer dan %n verslag gevonden; het nieuwste eerst.</numerusform>
            <numerusform>Meer dan %n verslagen gevonden; de nieuwste eerst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/search_dialog.py" line="275"/>
        <source>%n note(s) found, the newest first.</source>
        <translation>
            <numerusform>%n verslag gevonden.</numerusform>
            <numerusform>%n verslagen gevonden, de nieuwste eerst.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../ui/search_dialog.py" line="79"/>
        <source>Session</source>
        <translation>Sessie</translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.py" line="80"/>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.py" line="81"/>
        <source>Found</source>
        <translation>Gevonden</translation>
    </message>
</context>
</TS>
