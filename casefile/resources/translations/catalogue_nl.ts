<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AuditLogModel</name>
    <message>
        <location filename="../../catalogue.py" line="722"/>
        <source>created</source>
        <translation>aangemaakt</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="723"/>
        <source>imported</source>
        <translation>geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="724"/>
        <source>opened</source>
        <translation>geopend</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="725"/>
        <source>changed</source>
        <translation>gewijzigd</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="726"/>
        <source>deleted</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="727"/>
        <source>finalised</source>
        <translation>definitief gemaakt</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="728"/>
        <source>amended</source>
        <translation>gewijzigd met reden</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="729"/>
        <source>viewed the history of</source>
        <translation>geschiedenis bekeken</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="730"/>
        <source>searched in</source>
        <translation>gezocht</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="731"/>
        <location filename="../../catalogue.py" line="763"/>
        <location filename="../../catalogue.py" line="768"/>
        <source>recorded</source>
        <translation>vastgelegd</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="732"/>
        <source>withdrew</source>
        <translation>ingetrokken</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="733"/>
        <source>marked as entered in error</source>
        <translation>als vergissing gemarkeerd</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="734"/>
        <source>added a later signature to</source>
        <translation>voegde een latere handtekening toe aan</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="735"/>
        <source>erased, after the withdrawal of,</source>
        <translation>gewist na intrekking van</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="737"/>
        <source>exported</source>
        <translation>geëxporteerd</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="738"/>
        <source>handed out under a legal obligation</source>
        <translation>verstrekt op grond van een wettelijke plicht</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="739"/>
        <source>handed out under a legal obligation, without a second reviewer,</source>
        <translation>verstrekt op grond van een wettelijke plicht, zonder tweede beoordelaar,</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="741"/>
        <source>saved an unencrypted copy of</source>
        <translation>onversleutelde kopie opgeslagen</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="742"/>
        <source>saved a consent form for</source>
        <translation>toestemmingsformulier opgeslagen</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="743"/>
        <source>saved a request to delete, under</source>
        <translation>verwijderverzoek opgeslagen</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="745"/>
        <source>saved the recovery sheet of</source>
        <translation>herstelsleutel opgeslagen</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="747"/>
        <source>made an access report of</source>
        <translation>inzageoverzicht gemaakt</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="748"/>
        <source>saved a copy of what was sent in</source>
        <translation>bewaarde een kopie van wat is verstrekt in</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="749"/>
        <source>restricted</source>
        <translation>beperkt</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="750"/>
        <source>lifted the restriction of</source>
        <translation>beperking opgeheven</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="751"/>
        <source>erased</source>
        <translation>gewist</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="752"/>
        <source>purged</source>
        <translation>gewist na de bewaartermijn</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="753"/>
        <source>backed up</source>
        <translation>back-up gemaakt</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="754"/>
        <source>moved to another engine</source>
        <translation>naar een andere opslag verplaatst</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="755"/>
        <source>unlocked</source>
        <translation>ontgrendeld</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="756"/>
        <source>locked</source>
        <translation>vergrendeld</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="757"/>
        <source>changed the passphrase of</source>
        <translation>wachtzin gewijzigd</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="758"/>
        <source>reset the passphrase of</source>
        <translation>wachtzin opnieuw ingesteld</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="759"/>
        <source>deactivated</source>
        <translation>gedeactiveerd</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="760"/>
        <source>signed the role of</source>
        <translation>rol ondertekend</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="761"/>
        <source>bound a signing key to</source>
        <translation>ondertekeningssleutel gekoppeld</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="762"/>
        <source>saved a copy of</source>
        <translation>kopie opgeslagen</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="764"/>
        <source>extended the deadline of</source>
        <translation>termijn verlengd van</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="765"/>
        <source>answered</source>
        <translation>beantwoord</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="766"/>
        <source>placed</source>
        <translation>ingesteld</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="767"/>
        <source>lifted</source>
        <translation>opgeheven</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="769"/>
        <source>gave access to the dossier to</source>
        <translation>toegang tot dossier gegeven</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="770"/>
        <source>took access to the dossier from</source>
        <translation>toegang tot dossier ingetrokken</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="771"/>
        <source>opened, outside their own caseload,</source>
        <translation>geopend buiten eigen caseload</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="773"/>
        <source>made an inzage for the parents of</source>
        <translation>inzage voor ouders gemaakt</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="774"/>
        <source>recorded the parents&apos; answer to</source>
        <translation>antwoord van de ouders vastgelegd</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="777"/>
        <source>the dossier</source>
        <translation>het dossier</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="778"/>
        <source>guardian</source>
        <translation>ouder/verzorger</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="779"/>
        <source>trajectory</source>
        <translation>traject</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="780"/>
        <source>session note</source>
        <translation>sessieverslag</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="781"/>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="782"/>
        <source>consent</source>
        <translation>toestemming</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="783"/>
        <source>transfer packet</source>
        <translation>overdrachtspakket</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="784"/>
        <source>disclosure</source>
        <translation>verstrekking</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="785"/>
        <source>organisation</source>
        <translation>organisatie</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="786"/>
        <source>user</source>
        <translation>gebruiker</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="787"/>
        <source>the vault</source>
        <translation>de kluis</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="788"/>
        <source>the settings</source>
        <translation>de instellingen</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="789"/>
        <source>financial records</source>
        <translation>financiële gegevens</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="790"/>
        <source>the audit log</source>
        <translation>het auditlog</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="791"/>
        <source>a request from the parents or child</source>
        <translation>verzoek van ouders of kind</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="792"/>
        <source>a hold on the retention period</source>
        <translation>vernietigingsstop</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="793"/>
        <source>an objection (Art. 21)</source>
        <translation>bezwaar (art. 21)</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="794"/>
        <source>an inzage for the parents</source>
        <translation>inzage voor ouders</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="796"/>
        <source>done</source>
        <translation>gelukt</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="797"/>
        <source>failed</source>
        <translation>mislukt</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="859"/>
        <source>erased dossier (number %1)</source>
        <translation>gewist dossier (nummer %1)</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="860"/>
        <source>%1 number %2</source>
        <translation>%1 nummer %2</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="861"/>
        <source>the dossier of %1</source>
        <translation>het dossier van %1</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="862"/>
        <source>(unknown)</source>
        <translation>(onbekend)</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="863"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="864"/>
        <source>Audit log</source>
        <translation>Auditlog</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="866"/>
        <source>From %1, %2 events, saved on %3 by %4.</source>
        <translation>Vanaf %1, %2 gebeurtenissen, opgeslagen op %3 door %4.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="869"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="870"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="871"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="872"/>
        <source>On what</source>
        <translation>Waarop</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="873"/>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="874"/>
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../catalogue.py" line="1158"/>
        <source>Cannot read %1.</source>
        <translation>Kan %1 niet lezen.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1159"/>
        <source>No passphrase given: use --passphrase-file or %1.</source>
        <translation>Geen wachtzin gegeven: gebruik --passphrase-file of %1.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1160"/>
        <source>The two entries differ.</source>
        <translation>Wat u twee keer hebt ingetypt, is niet gelijk.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1161"/>
        <source>%1 already exists; choose another file name.</source>
        <translation>%1 bestaat al; kies een andere bestandsnaam.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1162"/>
        <source>Packet written to %1 (%2 items).</source>
        <translation>Pakket opgeslagen in %1 (%2 onderdelen).</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1163"/>
        <source>Password (shown once; give it through another channel than the file):</source>
        <translation>Wachtwoord (eenmalig getoond; geef het via een ander kanaal dan het bestand):</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1165"/>
        <source>Packet %1, signing key %2</source>
        <translation>Pakket %1, ondertekeningssleutel %2</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1166"/>
        <source>Signature and all %1 items verified, signed by a trusted practice key.</source>
        <translation>Handtekening en alle %1 onderdelen gecontroleerd, ondertekend met een vertrouwde praktijksleutel.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1168"/>
        <source>Integrity verified (signature and all %1 items), but not the sender: anyone can sign a changed packet with a key of their own, so compare the fingerprint above with the one on the practice&apos;s consent form or letter, or pass --expect-fingerprint.</source>
        <translation>De inhoud is gecontroleerd (handtekening en alle %1 onderdelen), maar de afzender niet: iedereen kan een gewijzigd pakket met een eigen sleutel ondertekenen. Vergelijk daarom de vingerafdruk hierboven met die op het toestemmingsformulier of de brief van de praktijk, of geef --expect-fingerprint mee.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1173"/>
        <source>  problem: %1</source>
        <translation>  probleem: %1</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1174"/>
        <source>This packet was signed by key %1, which is not the practice key you trust, so it may have been changed: do not rely on it.</source>
        <translation>Dit pakket is ondertekend met sleutel %1, niet met de praktijksleutel die u vertrouwt; het kan dus gewijzigd zijn: vertrouw er niet op.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1177"/>
        <source>Vault created in %1.</source>
        <translation>Kluis aangemaakt in %1.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1178"/>
        <source>Recovery key (shown once; print it and store it safely):</source>
        <translation>Herstelsleutel (eenmalig getoond; druk hem af en bewaar hem veilig):</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1180"/>
        <source>Backup written and verified: %1 (%2 bytes).</source>
        <translation>Back-up gemaakt en gecontroleerd: %1 (%2 bytes).</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1181"/>
        <source>Say where to restore to with --to.</source>
        <translation>Geef met --to aan waar de back-up naartoe moet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../catalogue.py" line="1182"/>
        <source>Restored into %1 (%n dossier(s)).</source>
        <translation>
            <numerusform>Teruggezet in %1 (%n dossier).</numerusform>
            <numerusform>Teruggezet in %1 (%n dossiers).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../catalogue.py" line="1185"/>
        <source>%n dossier(s) are due; confirm with --yes %1.</source>
        <translation>
            <numerusform>Er is %n dossier te verwijderen; bevestig met --yes %1.</numerusform>
            <numerusform>Er zijn %n dossiers te verwijderen; bevestig met --yes %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1194"/>
        <source>The practice server&apos;s schema is at version %1.</source>
        <translation>Het schema van de praktijkserver is bij versie %1.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1197"/>
        <source>User %1 has a temporary passphrase; they choose their own at the next unlock.</source>
        <translation>Gebruiker %1 heeft een tijdelijke wachtzin; bij de volgende keer ontgrendelen kiest die een eigen wachtzin.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../catalogue.py" line="1201"/>
        <source>Moved %n row(s); the audit chain verifies on the target up to event %1:%2.</source>
        <translation>
            <numerusform>%n rij verplaatst; de auditketen klopt op het doel tot en met gebeurtenis %1:%2.</numerusform>
            <numerusform>%n rijen verplaatst; de auditketen klopt op het doel tot en met gebeurtenis %1:%2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1204"/>
        <source>%1 keeps their own passphrase; at their first use an administrator sets their login with them (casefile server set-login).</source>
        <translation>%1 houdt het eigen wachtwoord; bij het eerste gebruik stelt een beheerder samen met hen de aanmelding in (casefile server set-login).</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1207"/>
        <source>Give either --from-vault with --to-server, or --from-server with --to-vault.</source>
        <translation>Geef --from-vault met --to-server, of --from-server met --to-vault.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1209"/>
        <source>%1 now logs in to the practice server with their own passphrase.</source>
        <translation>%1 meldt zich nu met het eigen wachtwoord aan bij de praktijkserver.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1211"/>
        <source>Give either --server or --vault, not both; a server is opened with a passphrase, not a recovery key.</source>
        <translation>Geef --server of --vault, niet allebei; een server opent u met uw wachtzin, niet met een herstelsleutel.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../catalogue.py" line="1214"/>
        <source>Practice server: %n event(s) checked; newest head %1:%2.</source>
        <translation>
            <numerusform>Praktijkserver: %n gebeurtenis gecontroleerd; nieuwste kop %1:%2.</numerusform>
            <numerusform>Praktijkserver: %n gebeurtenissen gecontroleerd; nieuwste kop %1:%2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1216"/>
        <source>Audit chain, signatures, roles and keys: ok.</source>
        <translation>Logboekketen, handtekeningen, rollen en sleutels: in orde.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../catalogue.py" line="1218"/>
        <source>%n problem(s) found:</source>
        <translation>
            <numerusform>%n probleem gevonden:</numerusform>
            <numerusform>%n problemen gevonden:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1219"/>
        <source>  event %1: event %2 before it is missing</source>
        <translation>  gebeurtenis %1: gebeurtenis %2 ervoor ontbreekt</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1220"/>
        <source>  event %1: events %2 to %3 are missing</source>
        <translation>  gebeurtenis %1: de gebeurtenissen %2 tot en met %3 ontbreken</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1221"/>
        <source>  event %1: does not follow the event before it (an event removed or moved)</source>
        <translation>  gebeurtenis %1: sluit niet aan op de gebeurtenis ervoor (een gebeurtenis is verwijderd of verplaatst)</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1223"/>
        <source>  event %1: changed after it was recorded (its hash does not match)</source>
        <translation>  gebeurtenis %1: gewijzigd nadat ze is vastgelegd (de hash klopt niet)</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1225"/>
        <source>  event %1: the server keeps no signing key for user %2</source>
        <translation>  gebeurtenis %1: de server heeft geen ondertekeningssleutel van gebruiker %2</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1227"/>
        <source>  event %1: not signed with the key of user %2</source>
        <translation>  gebeurtenis %1: niet ondertekend met de sleutel van gebruiker %2</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1229"/>
        <source>  event %1: has no user and is signed by no member&apos;s key</source>
        <translation>  gebeurtenis %1: heeft geen gebruiker en is met geen enkele sleutel van de praktijk ondertekend</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1231"/>
        <source>  event %1: states role %2, but user %3 has role %4 on the server</source>
        <translation>  gebeurtenis %1: noemt de rol %2, maar gebruiker %3 heeft op de server de rol %4</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1233"/>
        <source>  event %1: its time cannot be read</source>
        <translation>  gebeurtenis %1: het tijdstip is onleesbaar</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1234"/>
        <source>  the practice has no pinned key, so no signature can be trusted</source>
        <translation>  de praktijk heeft geen vastgelegde sleutel, dus geen enkele handtekening is te vertrouwen</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1236"/>
        <source>  user %1: their signing key is not the key pinned when the practice was set up</source>
        <translation>  gebruiker %1: de ondertekeningssleutel is niet de sleutel die bij het inrichten van de praktijk is vastgelegd</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1239"/>
        <source>  user %1: the signing key the server keeps differs from their key slot&apos;s</source>
        <translation>  gebruiker %1: de ondertekeningssleutel op de server verschilt van die in het sleutelvak</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1241"/>
        <source>  user %1: has role %2 in the users table, but their login is in group %3</source>
        <translation>  gebruiker %1: heeft de rol %2 in de gebruikerstabel, maar de login zit in de groep %3</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1243"/>
        <source>  event %1: no longer in the chain as an earlier verify saw it (events removed or rewritten)</source>
        <translation>  gebeurtenis %1: staat niet meer in de keten zoals een eerdere controle haar zag (gebeurtenissen verwijderd of herschreven)</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1246"/>
        <source>Give --head as NUMBER:HASH, as an earlier verify printed them.</source>
        <translation>Geef --head als NUMMER:HASH, zoals een eerdere controle ze toonde.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1248"/>
        <source>  warning: event %1: the computer&apos;s clock was %2 minutes off the server&apos;s</source>
        <translation>  waarschuwing: gebeurtenis %1: de klok van de computer week %2 minuten af van die van de server</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1250"/>
        <source>Inzage for the parents written to %1 (number %2); they can answer until %3.</source>
        <translation>Inzage voor ouders geschreven naar %1 (nummer %2); de ouders kunnen reageren tot en met %3.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1252"/>
        <source>Password (shown once; give it to the parents through another channel than the file):</source>
        <translation>Wachtwoord (eenmalig getoond; geef het aan de ouders via een ander kanaal dan het bestand):</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1255"/>
        <source>The parents&apos; answer to inzage %1 is recorded.</source>
        <translation>Het antwoord van de ouders op inzage %1 is vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1256"/>
        <source>Give the ids as numbers separated by commas.</source>
        <translation>Geef de nummers op, gescheiden door komma&apos;s.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1257"/>
        <source>This is the draft the parents read for their inzage, not a transfer packet: it was never sent, so do not rely on it.</source>
        <translation>Dit is het concept dat de ouders voor hun inzage kregen, geen overdrachtspakket: het is nooit verzonden, dus ga er niet op af.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1183"/>
        <source>child %1: due since %2</source>
        <translation>kind %1: te verwijderen sinds %2</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1184"/>
        <source>Dossiers due: %1.</source>
        <translation>Te verwijderen dossiers: %1.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1187"/>
        <source>Dossiers erased: %1.</source>
        <translation>Gewiste dossiers: %1.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1188"/>
        <source>Access report written to %1.</source>
        <translation>Inzageoverzicht opgeslagen in %1.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1189"/>
        <source>Only Linux desktops have such menu entries; on Windows and macOS the installed bundle brings its own shortcut.</source>
        <translation>Alleen Linux-bureaubladen hebben zulke menu-items; op Windows en macOS brengt de geïnstalleerde versie een eigen snelkoppeling mee.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1192"/>
        <source>Menu entry written to %1.</source>
        <translation>Menu-item opgeslagen in %1.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1193"/>
        <source>The practice server is ready.</source>
        <translation>De praktijkserver is klaar.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1195"/>
        <source>User %1 added (%2); they choose their own passphrase at first unlock.</source>
        <translation>Gebruiker %1 toegevoegd (%2); bij de eerste keer ontgrendelen kiest die een eigen wachtzin.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1200"/>
        <source>Stopped.</source>
        <translation>Gestopt.</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <location filename="../../catalogue.py" line="262"/>
        <source>Choose at least one kind of data, or a specific report or document.</source>
        <translation>Kies ten minste één soort gegevens, of een specifiek verslag of document.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="264"/>
        <source>A chosen report or document is not in this child&apos;s dossier.</source>
        <translation>Een gekozen verslag of document staat niet in het dossier van dit kind.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="266"/>
        <source>Specific reports or documents can only be named when sharing.</source>
        <translation>Specifieke verslagen of documenten kunt u alleen noemen bij toestemming om te delen.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="268"/>
        <source>Choose either specific reports and documents or whole kinds of notes and documents, not both.</source>
        <translation>Kies óf specifieke verslagen en documenten, óf hele soorten verslagen en documenten, niet allebei.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="271"/>
        <source>The consent must end after it starts.</source>
        <translation>De einddatum moet na de begindatum liggen.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="272"/>
        <source>Choose the recipient.</source>
        <translation>Kies de ontvanger.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="273"/>
        <source>A parent who gave consent does not belong to this child.</source>
        <translation>Een ouder die toestemming gaf, hoort niet bij dit kind.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="275"/>
        <source>This consent was already withdrawn.</source>
        <translation>Deze toestemming is al ingetrokken.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="276"/>
        <source>Withdraw the consent before erasing what it covered.</source>
        <translation>Trek de toestemming eerst in en wis daarna wat eronder viel.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="278"/>
        <source>The number confirmed does not match what would be erased.</source>
        <translation>Het bevestigde aantal klopt niet met wat gewist zou worden.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="280"/>
        <source>This consent is already marked as entered in error.</source>
        <translation>Deze toestemming is al als vergissing gemarkeerd.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="282"/>
        <source>This person has already signed this consent.</source>
        <translation>Deze persoon heeft deze toestemming al ondertekend.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="284"/>
        <source>This consent was withdrawn or entered in error; it takes no signature.</source>
        <translation>Deze toestemming is ingetrokken of als vergissing gemarkeerd; er kan geen handtekening meer bij.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="286"/>
        <source>The signature date must lie between the recording of the consent and today.</source>
        <translation>De datum van ondertekening ligt tussen de dag waarop de toestemming is vastgelegd en vandaag.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="289"/>
        <source>Choose how the withdrawal reached you.</source>
        <translation>Kies hoe de intrekking u bereikte.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="291"/>
        <source>Choose who withdrew the consent.</source>
        <translation>Kies wie de toestemming heeft ingetrokken.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="293"/>
        <source>No valid consent covers this export; nothing was written.</source>
        <translation>Er is geen geldige toestemming voor deze verstrekking; er is niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="295"/>
        <source>That password does not open the packet.</source>
        <translation>Met dit wachtwoord gaat het pakket niet open.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="297"/>
        <source>That file is not a readable Casefile packet.</source>
        <translation>Dit bestand is geen leesbaar Casefile-pakket.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="298"/>
        <source>A second administrator must approve this disclosure.</source>
        <translation>Een tweede beheerder moet deze verstrekking goedkeuren.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="300"/>
        <source>That user name and passphrase do not match.</source>
        <translation>Deze gebruikersnaam en wachtzin horen niet bij elkaar.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="302"/>
        <source>A signing-key fingerprint is 32 hexadecimal digits.</source>
        <translation>Een vingerafdruk van een ondertekeningssleutel bestaat uit 32 hexadecimale tekens.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="304"/>
        <source>Line %1 is not a signing-key fingerprint (32 hexadecimal digits).</source>
        <translation>Regel %1 is geen vingerafdruk van een ondertekeningssleutel (32 hexadecimale tekens).</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="306"/>
        <source>The list of trusted fingerprints is empty.</source>
        <translation>De lijst met vertrouwde vingerafdrukken is leeg.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="309"/>
        <source>The practice lets the parents read every packet first, and no inzage was offered to them for this recipient; make an inzage for the parents first.</source>
        <translation>De praktijk laat de ouders elk overdrachtspakket eerst lezen, en voor deze ontvanger is hun nog geen inzage aangeboden; maak eerst een inzage voor de ouders.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="312"/>
        <source>The parents have not answered the inzage yet; record their answer, or make the packet after %1.</source>
        <translation>De ouders hebben nog niet op de inzage gereageerd; leg hun antwoord vast, of maak het overdrachtspakket na %1.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="315"/>
        <source>This packet holds something the parents did not see in their inzage, or something changed since; make a new inzage for the parents first.</source>
        <translation>Dit overdrachtspakket bevat iets wat de ouders bij hun inzage niet hebben gezien, of er is sindsdien iets gewijzigd; maak eerst een nieuwe inzage voor de ouders.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="318"/>
        <source>This inzage has already been answered.</source>
        <translation>Op deze inzage is al geantwoord.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="319"/>
        <source>The parents have until %1 to answer; record “no answer” after that date.</source>
        <translation>De ouders kunnen tot en met %1 reageren; leg „geen antwoord” pas na die datum vast.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="321"/>
        <source>Choose the parent or parents of this child who read the inzage.</source>
        <translation>Kies de ouder of ouders van dit kind die de inzage krijgen.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="323"/>
        <source>Choose the answer: remarks, no remarks or no answer.</source>
        <translation>Kies het antwoord: opmerkingen, geen opmerkingen of geen antwoord.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="594"/>
        <source>There is no consent for this recipient.</source>
        <translation>Er is geen toestemming voor deze ontvanger.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="596"/>
        <source>The consent does not cover this kind of data.</source>
        <translation>De toestemming geldt niet voor dit soort gegevens.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="598"/>
        <source>The consent is not valid yet.</source>
        <translation>De toestemming geldt nog niet.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="599"/>
        <source>The consent has expired.</source>
        <translation>De toestemming is verlopen.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="600"/>
        <source>The consent was withdrawn.</source>
        <translation>De toestemming is ingetrokken.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="601"/>
        <source>The consent was entered in error.</source>
        <translation>De toestemming is als vergissing gemarkeerd.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="602"/>
        <source>The consent names other reports or documents, not this one.</source>
        <translation>De toestemming noemt andere verslagen of documenten, niet dit.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="604"/>
        <source>Special-category data needs explicit consent.</source>
        <translation>Bijzondere persoonsgegevens vragen uitdrukkelijke toestemming.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="606"/>
        <source>Not every parent with parental authority agreed.</source>
        <translation>Niet elke ouder met gezag heeft toestemming gegeven.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="608"/>
        <source>The child is 12 or older and must agree too.</source>
        <translation>Het kind is 12 jaar of ouder en moet zelf ook toestemming geven.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="610"/>
        <source>The child is 16 or older and decides alone.</source>
        <translation>Het kind is 16 jaar of ouder en beslist zelf.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="612"/>
        <source>The child has turned 12 since; the child must now agree too.</source>
        <translation>Het kind is inmiddels 12 geworden en moet nu zelf ook toestemming geven.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="614"/>
        <source>The child has turned 16 since; the child must now consent.</source>
        <translation>Het kind is inmiddels 16 geworden en moet nu zelf toestemming geven.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="616"/>
        <source>The dossier is restricted: nothing may be exported.</source>
        <translation>Het dossier is beperkt: er mag niets worden verstrekt.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="618"/>
        <source>The consent is for another child.</source>
        <translation>De toestemming hoort bij een ander kind.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="621"/>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="622"/>
        <source>Expires within 30 days</source>
        <translation>Verloopt binnen 30 dagen</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="623"/>
        <source>Expired</source>
        <translation>Verlopen</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="624"/>
        <source>Not valid yet</source>
        <translation>Nog niet geldig</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="625"/>
        <source>Withdrawn</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="626"/>
        <source>Entered in error</source>
        <translation>Vergissing</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="627"/>
        <source>No longer sufficient (the child is older now)</source>
        <translation>Niet meer voldoende (het kind is ouder geworden)</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="629"/>
        <source>Insufficient: not everyone agreed</source>
        <translation>Onvoldoende: niet iedereen heeft toestemming gegeven</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="632"/>
        <source>Share with</source>
        <translation>Delen met</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="633"/>
        <source>Keep sensitive data</source>
        <translation>Gevoelige gegevens bewaren</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="636"/>
        <source>Written (signed form)</source>
        <translation>Schriftelijk (getekend formulier)</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="637"/>
        <location filename="../../catalogue.py" line="643"/>
        <source>By e-mail</source>
        <translation>Per e-mail</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="638"/>
        <source>Verbal</source>
        <translation>Mondeling</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="642"/>
        <source>By phone</source>
        <translation>Telefonisch</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="644"/>
        <source>By letter</source>
        <translation>Per brief</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="645"/>
        <source>In person</source>
        <translation>In persoon</translation>
    </message>
</context>
<context>
    <name>Dossier</name>
    <message>
        <location filename="../../catalogue.py" line="229"/>
        <source>An empty note cannot be finalised.</source>
        <translation>Een leeg verslag kan niet definitief worden gemaakt.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="230"/>
        <source>This note is final; change it with an amendment and a reason.</source>
        <translation>Dit verslag is definitief; wijzig het met ‘Wijzigen’ en een reden.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="232"/>
        <source>Give a reason for the change.</source>
        <translation>Geef een reden voor de wijziging.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="233"/>
        <source>That file is larger than the size limit for documents.</source>
        <translation>Dat bestand is groter dan de maximale grootte voor documenten.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="235"/>
        <source>That file is empty.</source>
        <translation>Dat bestand is leeg.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="236"/>
        <source>That file cannot be read.</source>
        <translation>Dat bestand kan niet worden gelezen.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="237"/>
        <source>That file is no longer there.</source>
        <translation>Dat bestand is er niet meer.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="238"/>
        <source>Other records still refer to this; it cannot be removed.</source>
        <translation>Andere gegevens verwijzen hier nog naar; het kan niet worden verwijderd.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="240"/>
        <source>This document was disclosed to %1 on %2; it cannot be removed.</source>
        <translation>Dit document is verstrekt aan %1 op %2; het kan niet worden verwijderd.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="242"/>
        <source>This document is the evidence of a recorded consent; it cannot be removed.</source>
        <translation>Dit document is het bewijs bij een vastgelegde toestemming; het kan niet worden verwijderd.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="245"/>
        <source>The contact details of this parent or guardian were disclosed to %1 on %2; they cannot be removed.</source>
        <translation>De contactgegevens van deze ouder of verzorger zijn verstrekt aan %1 op %2; ze kunnen niet worden verwijderd.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="248"/>
        <source>A transfer packet was disclosed to %1 on %2; the organisation cannot be removed.</source>
        <translation>Aan %1 is op %2 een overdrachtspakket verstrekt; de organisatie kan niet worden verwijderd.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="251"/>
        <source>This organisation is still the school of a child; choose another school for that child first.</source>
        <translation>Deze organisatie is nog de school van een kind; kies eerst een andere school voor dat kind.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="254"/>
        <source>This dossier is not on your caseload; ask an administrator for access.</source>
        <translation>Dit dossier hoort niet bij uw caseload; vraag een beheerder om toegang.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="256"/>
        <source>That counsellor already has access to this dossier.</source>
        <translation>Die begeleider heeft al toegang tot dit dossier.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="258"/>
        <source>That counsellor has no access to this dossier to take away.</source>
        <translation>Die begeleider heeft geen toegang tot dit dossier; er valt niets in te trekken.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="505"/>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="506"/>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="507"/>
        <source>Paused</source>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="508"/>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="510"/>
        <source>Identity</source>
        <translation>Identiteit</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="511"/>
        <source>Contact details</source>
        <translation>Contactgegevens</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="512"/>
        <location filename="../../catalogue.py" line="524"/>
        <source>Guidance summary</source>
        <translation>Samenvatting begeleiding</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="513"/>
        <source>Session notes</source>
        <translation>Sessieverslagen</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="514"/>
        <source>Assessments</source>
        <translation>Onderzoeken en toetsen</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="515"/>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="517"/>
        <source>Normal</source>
        <translation>Normaal</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="518"/>
        <source>Sensitive</source>
        <translation>Gevoelig</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="519"/>
        <source>Special category (Art. 9)</source>
        <translation>Bijzonder persoonsgegeven (art. 9)</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="523"/>
        <source>Session note</source>
        <translation>Sessieverslag</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="525"/>
        <source>Assessment</source>
        <translation>Onderzoek</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="526"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../catalogue.py" line="818"/>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="819"/>
        <source>Parent or guardian</source>
        <translation>Ouder of verzorger</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="820"/>
        <source>Trajectory</source>
        <translation>Traject</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="821"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="822"/>
        <source>Session note</source>
        <translation>Verslag</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="823"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="826"/>
        <source>first name</source>
        <translation>voornaam</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="827"/>
        <source>last name</source>
        <translation>achternaam</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="828"/>
        <source>date of birth</source>
        <translation>geboortedatum</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="829"/>
        <source>school</source>
        <translation>school</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="830"/>
        <source>group</source>
        <translation>groep</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="831"/>
        <source>guidance</source>
        <translation>begeleiding</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="832"/>
        <source>restricted</source>
        <translation>beperkt</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="833"/>
        <source>dossier opened</source>
        <translation>dossier geopend</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="834"/>
        <source>dossier closed</source>
        <translation>dossier gesloten</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="835"/>
        <location filename="../../catalogue.py" line="849"/>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="836"/>
        <source>relation</source>
        <translation>relatie</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="837"/>
        <source>phone</source>
        <translation>telefoon</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="838"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="839"/>
        <source>address</source>
        <translation>adres</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="840"/>
        <source>parental authority</source>
        <translation>gezag</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="841"/>
        <source>contact person</source>
        <translation>contactpersoon</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="842"/>
        <location filename="../../catalogue.py" line="850"/>
        <source>kind</source>
        <translation>soort</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="843"/>
        <source>title</source>
        <translation>titel</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="844"/>
        <source>start</source>
        <translation>begin</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="845"/>
        <source>end</source>
        <translation>einde</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="846"/>
        <source>summary</source>
        <translation>samenvatting</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="847"/>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="851"/>
        <source>sensitivity</source>
        <translation>gevoeligheid</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="852"/>
        <source>date received</source>
        <translation>datum ontvangen</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="853"/>
        <source>received from</source>
        <translation>ontvangen van</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="854"/>
        <source>removed</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="857"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="858"/>
        <source>version %1</source>
        <translation>versie %1</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="865"/>
        <source>Change history</source>
        <translation>Wijzigingsgeschiedenis</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="875"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="875"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="876"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="876"/>
        <source>Old</source>
        <translation>Oud</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="877"/>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="877"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../catalogue.py" line="529"/>
        <source>Administrator</source>
        <translation>Beheerder</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="530"/>
        <source>Counsellor</source>
        <translation>Begeleider</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="541"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="541"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../catalogue.py" line="51"/>
        <source>The vault is locked.</source>
        <translation>De kluis is vergrendeld.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="52"/>
        <source>The vault is open elsewhere; close it there first.</source>
        <translation>De kluis is elders geopend; sluit hem daar eerst.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="54"/>
        <source>There is no vault in that folder.</source>
        <translation>In die map staat geen kluis.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="55"/>
        <source>That folder already holds a vault; choose an empty folder.</source>
        <translation>In die map staat al een kluis; kies een lege map.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="57"/>
        <source>That folder cannot be written to; choose another.</source>
        <translation>In die map kan niet worden geschreven; kies een andere.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="59"/>
        <source>The disk is full; nothing was saved.</source>
        <translation>De schijf is vol; er is niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="60"/>
        <source>That user name and passphrase do not open this vault.</source>
        <translation>Deze gebruikersnaam en wachtzin openen deze kluis niet.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="62"/>
        <source>That recovery key does not open this vault.</source>
        <translation>Deze herstelsleutel opent deze kluis niet.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="64"/>
        <source>That recovery key has a typo; check each group of characters.</source>
        <translation>Er zit een tikfout in de herstelsleutel; controleer elk groepje tekens.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="66"/>
        <source>The key file (keyslots.json) is missing; restore it from a backup.</source>
        <translation>Het sleutelbestand (keyslots.json) ontbreekt; zet het terug uit een back-up.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="68"/>
        <source>The key file (keyslots.json) is damaged; restore it from a backup.</source>
        <translation>Het sleutelbestand (keyslots.json) is beschadigd; zet het terug uit een back-up.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="70"/>
        <source>The vault&apos;s database is damaged or does not decrypt; restore it from a backup.</source>
        <translation>De database van de kluis is beschadigd of niet te ontsleutelen; zet een back-up terug.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="73"/>
        <source>The file casefile.db-wal beside the database does not belong to it or does not fit it; nothing was written. Keep a copy of the vault folder, move that file out of it and open again.</source>
        <translation>Het bestand casefile.db-wal naast de database hoort er niet bij of past er niet bij; er is niets geschreven. Bewaar een kopie van de kluismap, haal dat bestand eruit en open opnieuw.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="77"/>
        <source>The key file asks for unusual settings (more memory or time than Casefile ever uses); it may have been tampered with. Restore keyslots.json from a backup.</source>
        <translation>Het sleutelbestand vraagt om ongebruikelijke instellingen (meer geheugen of tijd dan Casefile ooit gebruikt); er is mogelijk mee geknoeid. Zet keyslots.json terug uit een back-up.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="81"/>
        <source>The key file and the database belong to different vaults.</source>
        <translation>Het sleutelbestand en de database horen bij verschillende kluizen.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="83"/>
        <source>This SQLCipher is too old; Casefile needs 4.6 or newer.</source>
        <translation>Deze SQLCipher is te oud; Casefile heeft 4.6 of nieuwer nodig.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="85"/>
        <source>No secure keyring works on this computer, so binding to it is unavailable.</source>
        <translation>Op deze computer werkt geen veilige sleutelhanger, dus koppelen is niet mogelijk.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="88"/>
        <source>The keyring is locked; unlock it (log in to this computer again) and try again.</source>
        <translation>De sleutelhanger is vergrendeld; ontgrendel hem (meld u opnieuw aan op deze computer) en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="91"/>
        <source>This user is bound to another computer; unlock there or use the recovery key.</source>
        <translation>Deze gebruiker is aan een andere computer gekoppeld; ontgrendel daar of gebruik de herstelsleutel.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="94"/>
        <source>That passphrase is too easy to guess; use a longer one.</source>
        <translation>Deze wachtzin is te makkelijk te raden; kies een langere.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="96"/>
        <source>Only an administrator may do that.</source>
        <translation>Alleen een beheerder mag dat.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="97"/>
        <source>That record does not exist.</source>
        <translation>Dat gegeven bestaat niet.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="98"/>
        <source>That input is not valid.</source>
        <translation>Die invoer is niet geldig.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="99"/>
        <source>This dossier is restricted: it is read-only and nothing may be exported.</source>
        <translation>Dit dossier is beperkt: het is alleen-lezen en er mag niets worden verstrekt.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="101"/>
        <source>That backup file is damaged or is not a Casefile backup; nothing was restored.</source>
        <translation>Dit back-upbestand is beschadigd of geen Casefile-back-up; er is niets teruggezet.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="104"/>
        <source>The backup could not be made or did not verify; try another folder.</source>
        <translation>De back-up kon niet worden gemaakt of gecontroleerd; probeer een andere map.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="106"/>
        <source>Restore goes into a new, empty folder; choose another.</source>
        <translation>Terugzetten gebeurt in een nieuwe, lege map; kies een andere.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="108"/>
        <source>A dossier chosen for purging is not due for deletion.</source>
        <translation>Van een gekozen dossier is de bewaartermijn nog niet verstreken.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="110"/>
        <source>Fill in every required field.</source>
        <translation>Vul elk verplicht veld in.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="111"/>
        <source>The two passphrases differ.</source>
        <translation>De twee wachtzinnen verschillen.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="112"/>
        <source>Something went wrong; nothing was changed.</source>
        <translation>Er ging iets mis; er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="113"/>
        <source>Casefile could not read or write %1; nothing was changed.</source>
        <translation>Casefile kon %1 niet lezen of schrijven; er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="115"/>
        <source>That choice does not exist.</source>
        <translation>Die keuze bestaat niet.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="116"/>
        <source>Choose the role from the list: counsellor or administrator.</source>
        <translation>Kies de rol uit de lijst: begeleider of beheerder.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="118"/>
        <source>Choose the kind of data and its sensitivity from the lists.</source>
        <translation>Kies het soort gegevens en de gevoeligheid uit de lijsten.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="120"/>
        <source>Choose what the consent is for, how it was given and the kinds of data from the lists.</source>
        <translation>Kies uit de lijsten waarvoor de toestemming is, hoe die is gegeven en om welke soorten gegevens het gaat.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="123"/>
        <source>That setting does not exist; change the settings through Settings.</source>
        <translation>Die instelling bestaat niet; wijzig de instellingen via Instellingen.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="125"/>
        <source>Choose the guidance from the list: intake, active, paused or closed.</source>
        <translation>Kies de begeleiding uit de lijst: intake, actief, gepauzeerd of afgesloten.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="127"/>
        <source>Choose the kind of organisation from the list.</source>
        <translation>Kies het soort organisatie uit de lijst.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="129"/>
        <source>That field cannot be changed here.</source>
        <translation>Dat veld kan hier niet worden gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="130"/>
        <source>A setting is outside its allowed range.</source>
        <translation>Een instelling valt buiten de toegestane grenzen.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="132"/>
        <source>Choose a folder for backups in the settings first.</source>
        <translation>Kies eerst in de instellingen een map voor back-ups.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="134"/>
        <source>A user with that name already exists; choose another name.</source>
        <translation>Er bestaat al een gebruiker met die naam; kies een andere naam.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="136"/>
        <source>A removed user had that name, and their history keeps it; choose another name.</source>
        <translation>Een verwijderde gebruiker had die naam, en diens geschiedenis houdt die vast; kies een andere naam.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="139"/>
        <source>A user name may not contain / \ or :.</source>
        <translation>Een gebruikersnaam mag geen / \ of : bevatten.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="141"/>
        <source>That user has been deactivated.</source>
        <translation>Die gebruiker is gedeactiveerd.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="142"/>
        <source>You cannot deactivate yourself; ask another administrator.</source>
        <translation>U kunt uzelf niet deactiveren; vraag een andere beheerder.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="144"/>
        <source>You cannot take away your own administrator role; ask another administrator.</source>
        <translation>U kunt uw eigen beheerdersrol niet afnemen; vraag een andere beheerder.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="147"/>
        <source>The practice needs at least one active administrator; make someone else administrator first.</source>
        <translation>De praktijk heeft minstens één actieve beheerder nodig; maak eerst iemand anders beheerder.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="150"/>
        <source>The end date lies before the start date.</source>
        <translation>De einddatum ligt vóór de begindatum.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="152"/>
        <source>The duration must lie between 0 and 1440 minutes.</source>
        <translation>De duur moet tussen 0 en 1440 minuten liggen.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="154"/>
        <source>A draft is changed directly; an amendment is only for a final note.</source>
        <translation>Een concept wijzigt u direct; een aanvulling is alleen voor een definitief verslag.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="156"/>
        <source>A final note cannot be deleted; add an amendment instead.</source>
        <translation>Een definitief verslag kan niet worden verwijderd; voeg in plaats daarvan een aanvulling toe.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="158"/>
        <source>Choose at least one item of this dossier to include.</source>
        <translation>Kies minstens één onderdeel van dit dossier om mee te sturen.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="160"/>
        <source>Two attachments have the same name; rename one and try again.</source>
        <translation>Twee bijlagen hebben dezelfde naam; geef er een een andere naam en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="162"/>
        <source>Fill in both validity dates.</source>
        <translation>Vul beide geldigheidsdatums in.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="163"/>
        <source>Say whether the child agreed, did not agree or was not asked.</source>
        <translation>Geef aan of het kind instemde, niet instemde of niet is gevraagd.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="165"/>
        <source>The dossier changed while the packet was being made; nothing was sent. Make the packet again.</source>
        <translation>Het dossier is gewijzigd terwijl het pakket werd gemaakt; er is niets verstuurd. Maak het pakket opnieuw.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="168"/>
        <source>Stopped; nothing was saved.</source>
        <translation>Gestopt; er is niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="169"/>
        <source>The practice server cannot be reached; check the connection and try again.</source>
        <translation>De praktijkserver is niet bereikbaar; controleer de verbinding en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="172"/>
        <source>The practice server&apos;s certificate is not checked or does not match the practice&apos;s CA; nothing was sent.</source>
        <translation>Het certificaat van de praktijkserver wordt niet gecontroleerd of past niet bij de CA van de praktijk; er is niets verstuurd.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="175"/>
        <source>A server address may not hold a password; Casefile derives it from your passphrase.</source>
        <translation>Een serveradres mag geen wachtwoord bevatten; Casefile leidt het af van uw wachtzin.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="178"/>
        <source>The server address names no database; add the practice&apos;s database to it.</source>
        <translation>Het serveradres noemt geen database; voeg de database van de praktijk toe.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="181"/>
        <source>The practice server does not allow that for your role; nothing was changed.</source>
        <translation>De praktijkserver staat dat voor uw rol niet toe; er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="184"/>
        <source>The practice server is busy with other changes; nothing was saved, try again.</source>
        <translation>De praktijkserver is bezig met andere wijzigingen; er is niets opgeslagen, probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="187"/>
        <source>The practice server&apos;s schema is older than this Casefile; its owner updates it with casefile server upgrade.</source>
        <translation>Het schema van de praktijkserver is ouder dan deze versie van Casefile; de beheerder van de server werkt het bij met casefile server upgrade.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="190"/>
        <source>A practice server is opened with your passphrase; with the recovery key its owner gives you a temporary one (casefile server reset-passphrase).</source>
        <translation>Een praktijkserver opent u met uw wachtzin; met de herstelsleutel geeft de eigenaar van de server u een tijdelijke (casefile server reset-passphrase).</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="193"/>
        <source>That database holds no practice; nothing was changed.</source>
        <translation>Die database bevat geen praktijk; er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="195"/>
        <source>Fill in the practice server&apos;s name, such as server.praktijk.nl, without a slash or a port.</source>
        <translation>Vul de naam van de praktijkserver in, zoals server.praktijk.nl, zonder schuine streep of poort.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="198"/>
        <source>The port is a number from 1 to 65535; a practice server usually listens on 5432.</source>
        <translation>De poort is een getal van 1 tot 65535; een praktijkserver luistert meestal op 5432.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="201"/>
        <source>Fill in the name of the practice&apos;s database on the server.</source>
        <translation>Vul de naam van de database van de praktijk op de server in.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="203"/>
        <source>Choose the practice&apos;s CA certificate, the file the server&apos;s owner gave you.</source>
        <translation>Kies het CA-certificaat van de praktijk: het bestand dat u van de beheerder van de server kreeg.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="206"/>
        <source>The practice server cannot be reached; this note is kept encrypted on this computer and saved as soon as the server is back.</source>
        <translation>De praktijkserver is niet bereikbaar; dit verslag wordt versleuteld op deze computer bewaard en opgeslagen zodra de server er weer is.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="209"/>
        <source>This cannot be done on a practice server yet, only in a vault on this computer; nothing was changed.</source>
        <translation>Dit kan nog niet op een praktijkserver, alleen in een kluis op deze computer; er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="212"/>
        <source>That database already holds a practice; nothing was changed.</source>
        <translation>Die database bevat al een praktijk; er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="214"/>
        <source>A practice is moved only into an empty database or a new, empty folder, and this one is not empty; nothing was changed.</source>
        <translation>Een praktijk wordt alleen verplaatst naar een lege database of een nieuwe, lege map, en deze is niet leeg; er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="217"/>
        <source>The vault&apos;s own audit chain does not verify (casefile verify says where), so nothing was moved.</source>
        <translation>De auditketen van de kluis zelf klopt niet (casefile verify zegt waar), dus er is niets verplaatst.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="220"/>
        <source>The copy did not match the original (row counts or audit chain), so it was taken back; the original is unchanged.</source>
        <translation>De kopie kwam niet overeen met het origineel (aantallen rijen of auditketen), dus is ze teruggedraaid; het origineel is ongewijzigd.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="224"/>
        <source>Something unexpected went wrong; what you saved is safe, and the details (without personal data) are in Casefile&apos;s log file.</source>
        <translation>Er ging iets onverwachts mis; wat u hebt opgeslagen is veilig, en de details (zonder persoonsgegevens) staan in het logbestand van Casefile.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="357"/>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="358"/>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="359"/>
        <location filename="../../catalogue.py" line="360"/>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="361"/>
        <location filename="../../catalogue.py" line="378"/>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="362"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="363"/>
        <source>Relation</source>
        <translation>Relatie</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="364"/>
        <location filename="../../catalogue.py" line="365"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="366"/>
        <location filename="../../catalogue.py" line="367"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="368"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="369"/>
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="370"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="371"/>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="372"/>
        <source>Dossier opened</source>
        <translation>Dossier geopend</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="373"/>
        <source>Dossier closed</source>
        <translation>Dossier gesloten</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="374"/>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="375"/>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="376"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="377"/>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="379"/>
        <source>Date received</source>
        <translation>Datum ontvangen</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="380"/>
        <source>Session date</source>
        <translation>Sessiedatum</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="381"/>
        <source>Legal ground</source>
        <translation>Wettelijke grondslag</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="382"/>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="383"/>
        <source>Note</source>
        <translation>Verslag</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="384"/>
        <source>Remarks</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="387"/>
        <source>Fill in “%1”.</source>
        <translation>Vul “%1” in.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="388"/>
        <source>“%1” is too long.</source>
        <translation>“%1” is te lang.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="389"/>
        <source>“%1” lies in the future.</source>
        <translation>“%1” ligt in de toekomst.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="390"/>
        <source>“%1” lies before 1900.</source>
        <translation>“%1” ligt vóór 1900.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="392"/>
        <source>Check “%1”: it is not valid.</source>
        <translation>Controleer “%1”: dit klopt niet.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="445"/>
        <source>This looks like a much-used password.</source>
        <translation>Dit lijkt op een veelgebruikt wachtwoord.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="447"/>
        <source>This is a much-used password.</source>
        <translation>Dit is een veelgebruikt wachtwoord.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="448"/>
        <source>A single word is easy to guess.</source>
        <translation>Eén los woord is makkelijk te raden.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="449"/>
        <source>Names are easy to guess.</source>
        <translation>Namen zijn makkelijk te raden.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="450"/>
        <source>Keys side by side are easy to guess.</source>
        <translation>Toetsen naast elkaar zijn makkelijk te raden.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="451"/>
        <source>Repetitions are easy to guess.</source>
        <translation>Herhalingen zijn makkelijk te raden.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="452"/>
        <source>Sequences such as abc or 6543 are easy to guess.</source>
        <translation>Reeksen als abc of 6543 zijn makkelijk te raden.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="454"/>
        <source>Years are easy to guess.</source>
        <translation>Jaartallen zijn makkelijk te raden.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="455"/>
        <source>Dates are easy to guess.</source>
        <translation>Datums zijn makkelijk te raden.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="457"/>
        <source>Add another word or two.</source>
        <translation>Voeg nog een woord of twee toe.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="458"/>
        <source>Too easy to guess: add another word or two.</source>
        <translation>Te makkelijk te raden: voeg nog een woord of twee toe.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="461"/>
        <source>Not available: the keyring does not answer; it may be locked or not running. Unlock it and start Casefile again.</source>
        <translation>Niet beschikbaar: de sleutelhanger reageert niet; misschien is hij vergrendeld of niet gestart. Ontgrendel hem en start Casefile opnieuw.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="464"/>
        <source>Not available now: the keyring is locked. Unlock it and try again.</source>
        <translation>Nu niet beschikbaar: de sleutelhanger is vergrendeld. Ontgrendel hem en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="466"/>
        <source>Not available: this computer only has a keyring that stores secrets unprotected.</source>
        <translation>Niet beschikbaar: deze computer heeft alleen een sleutelhanger die geheimen onbeschermd bewaart.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="469"/>
        <source>Not available: this computer has no secure keyring.</source>
        <translation>Niet beschikbaar: deze computer heeft geen veilige sleutelhanger.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="486"/>
        <source>There is no backup yet. Make one after unlocking (Privacy menu, Back up now).</source>
        <translation>Er is nog geen back-up. Maak er een na het ontgrendelen (menu Privacy, Nu back-up maken).</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="489"/>
        <source>The last backup failed. Make a backup after unlocking (Privacy menu).</source>
        <translation>De laatste back-up is mislukt. Maak na het ontgrendelen een nieuwe (menu Privacy, Nu back-up maken).</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="491"/>
        <source>The last backup is more than a week old. Make one after unlocking (Privacy menu, Back up now).</source>
        <translation>De laatste back-up is meer dan een week oud. Maak na het ontgrendelen een nieuwe (menu Privacy, Nu back-up maken).</translation>
    </message>
</context>
<context>
    <name>Organisations</name>
    <message>
        <location filename="../../catalogue.py" line="533"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="534"/>
        <source>Municipal health service (GGD)</source>
        <translation>GGD</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="535"/>
        <source>Neighbourhood team</source>
        <translation>Wijkteam</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="536"/>
        <source>GP</source>
        <translation>Huisarts</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="537"/>
        <source>Remedial teacher</source>
        <translation>Remedial teacher</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="538"/>
        <source>Youth care</source>
        <translation>Jeugdzorg</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="539"/>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
</context>
<context>
    <name>Pdf</name>
    <message>
        <location filename="../../catalogue.py" line="896"/>
        <source>Transfer packet</source>
        <translation>Overdrachtspakket</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="897"/>
        <source>Disclosure without consent</source>
        <translation>Verstrekking zonder toestemming</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="898"/>
        <source>Copy of what was sent</source>
        <translation>Kopie van wat is verstrekt</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="899"/>
        <source>without a second reviewer</source>
        <translation>zonder tweede beoordelaar</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="900"/>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="901"/>
        <source>Born</source>
        <translation>Geboren</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="902"/>
        <source>Recipient</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="903"/>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="904"/>
        <source>Consents this transfer relies on</source>
        <translation>Toestemmingen waarop deze overdracht berust</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="905"/>
        <source>given on</source>
        <translation>gegeven op</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="906"/>
        <source>by</source>
        <translation>door</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="907"/>
        <source>valid until</source>
        <translation>geldig tot</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="908"/>
        <source>Contents</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="909"/>
        <source>Practice</source>
        <translation>Praktijk</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="910"/>
        <source>Signing key fingerprint</source>
        <translation>Vingerafdruk ondertekeningssleutel</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="911"/>
        <source>Created</source>
        <translation>Gemaakt op</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="912"/>
        <source>Legal ground</source>
        <translation>Wettelijke grondslag</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="913"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="914"/>
        <source>Approved by</source>
        <translation>Goedgekeurd door</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="919"/>
        <source>Guidance</source>
        <translation>Begeleiding</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="947"/>
        <source>Compare this fingerprint with the one on the consent form the parents signed, or call the practice to check it; if they differ, do not use this packet.</source>
        <translation>Vergelijk deze vingerafdruk met die op het toestemmingsformulier dat de ouders hebben ondertekend, of bel de praktijk om hem na te vragen; wijken ze af, gebruik dit overdrachtspakket dan niet.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="950"/>
        <source>Keep this page: a school compares this fingerprint with the one on the cover of every transfer packet from us, or calls the practice to check it.</source>
        <translation>Bewaar deze pagina: een school vergelijkt deze vingerafdruk met die op het voorblad van elk overdrachtspakket van ons, of belt de praktijk om hem na te vragen.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="953"/>
        <source>Since anyone with a packet&apos;s password can change its cover, only this command proves the sender and every item of the full manifest:</source>
        <translation>Omdat iedereen met het wachtwoord van een overdrachtspakket het voorblad kan wijzigen, bewijst alleen deze opdracht de afzender en elk onderdeel van het volledige manifest:</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="956"/>
        <source>How a school checks our transfer packets</source>
        <translation>Zo controleert een school onze overdrachtspakketten</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="957"/>
        <source>Reference</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="958"/>
        <source>Provided on %1</source>
        <translation>Verstrekt op %1</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="959"/>
        <source>since %1</source>
        <translation>sinds %1</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="960"/>
        <location filename="../../catalogue.py" line="1086"/>
        <source>%1 to %2</source>
        <translation>%1 t/m %2</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="961"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="962"/>
        <source>Session date</source>
        <translation>Datum sessie</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="963"/>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="964"/>
        <source>%1 minutes</source>
        <translation>%1 minuten</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="965"/>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="966"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="967"/>
        <source>Relation</source>
        <translation>Relatie</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="968"/>
        <location filename="../../catalogue.py" line="1084"/>
        <source>Parental authority</source>
        <translation>Gezag</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="969"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="970"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="971"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="972"/>
        <source>Valid from</source>
        <translation>Geldig vanaf</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="973"/>
        <source>Valid until</source>
        <translation>Geldig tot</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="974"/>
        <source>Data to be shared</source>
        <translation>Gegevens die gedeeld worden</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="975"/>
        <source>Specific reports and documents</source>
        <translation>Specifieke verslagen en documenten</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="976"/>
        <source>a report or document erased since</source>
        <translation>een sindsdien gewist verslag of document</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="977"/>
        <source>Only these reports and documents are shared, no other notes or documents.</source>
        <translation>Alleen deze verslagen en documenten worden gedeeld, geen andere verslagen of documenten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../catalogue.py" line="979"/>
        <source>%n parent(s) or guardian(s)</source>
        <translation>
            <numerusform>%n ouder of verzorger</numerusform>
            <numerusform>%n ouders of verzorgers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="980"/>
        <source>Recovery key</source>
        <translation>Herstelsleutel</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="981"/>
        <source>Vault made on</source>
        <translation>Kluis aangemaakt op</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="982"/>
        <source>Vault</source>
        <translation>Kluis</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="983"/>
        <source>With this key the vault opens when a passphrase is forgotten. Keep this sheet somewhere safe, away from the computer.</source>
        <translation>Met deze sleutel gaat de kluis open als een wachtzin vergeten is. Bewaar dit blad op een veilige plek, niet bij de computer.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="989"/>
        <source>Guidance summary</source>
        <translation>Samenvatting van de begeleiding</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1005"/>
        <source>Draft – not sent</source>
        <translation>Concept – niet verzonden</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1006"/>
        <source>Inzage: draft of a transfer packet</source>
        <translation>Inzage: concept van een overdrachtspakket</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1007"/>
        <source>This is the transfer packet we intend to send to %1, exactly as it would go. Nothing has been sent yet. Please tell us by %2 whether you have remarks; we attach your view to the packet as a section of its own.</source>
        <translation>Dit is het overdrachtspakket dat wij aan %1 willen sturen, precies zoals het zou worden verzonden. Er is nog niets verstuurd. Laat u ons uiterlijk %2 weten of u opmerkingen hebt? Uw zienswijze voegen wij als apart onderdeel aan het pakket toe.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1011"/>
        <source>The parents&apos; view</source>
        <translation>Zienswijze van de ouders</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1012"/>
        <source>Inzage offered on</source>
        <translation>Inzage aangeboden op</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1013"/>
        <source>Offered to</source>
        <translation>Aangeboden aan</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1014"/>
        <source>Answer</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1015"/>
        <source>Answered on</source>
        <translation>Beantwoord op</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1016"/>
        <source>Returned document</source>
        <translation>Teruggestuurd document</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1017"/>
        <source>The parents gave their view (below)</source>
        <translation>De ouders gaven hun zienswijze (hieronder)</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1018"/>
        <source>No remarks</source>
        <translation>Geen opmerkingen</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1019"/>
        <source>No answer by %1</source>
        <translation>Geen antwoord ontvangen tot en met %1</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1020"/>
        <source>Not answered yet when the packet was made</source>
        <translation>Nog niet beantwoord toen het pakket werd gemaakt</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1025"/>
        <source>This report shows all personal data that %1 holds about %2, with the information that Article 15 of the GDPR entitles you to. The documents themselves are attached to this PDF; the attached file access-report.json holds the same data in a form that another system can read.</source>
        <translation>Dit overzicht bevat alle persoonsgegevens die %1 over %2 bewaart, met de informatie waarop u volgens artikel 15 van de AVG recht heeft. De documenten zelf zijn als bijlage aan deze pdf toegevoegd; het bijgevoegde bestand access-report.json bevat dezelfde gegevens in een vorm die een ander systeem kan lezen.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1030"/>
        <source>Made on</source>
        <translation>Gemaakt op</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1031"/>
        <source>Purposes of the processing</source>
        <translation>Doeleinden van de verwerking</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1032"/>
        <source>We process these data to guide your child (reading, dyslexia, study skills and homework), to record and evaluate that guidance, and to share data with a school or another organisation when you have consented to it or the law requires it.</source>
        <translation>Wij verwerken deze gegevens om uw kind te begeleiden (lezen, dyslexie, leren leren en huiswerk), om die begeleiding vast te leggen en te evalueren, en om gegevens te delen met een school of een andere instantie als u daarvoor toestemming heeft gegeven of de wet dat verplicht.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1037"/>
        <source>Purposes you consented to</source>
        <translation>Doelen waarvoor u toestemming gaf</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1038"/>
        <source>Categories of personal data</source>
        <translation>Soorten persoonsgegevens</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1039"/>
        <source>Recipients</source>
        <translation>Ontvangers</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1040"/>
        <source>Data were provided to the recipients below (all disclosures made).</source>
        <translation>Wij hebben gegevens verstrekt aan de onderstaande ontvangers (alle verstrekkingen).</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1042"/>
        <source>No data have been provided to anyone.</source>
        <translation>Er zijn aan niemand gegevens verstrekt.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1043"/>
        <source>Retention periods</source>
        <translation>Bewaartermijnen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../catalogue.py" line="1044"/>
        <source>We delete a dossier %n year(s) after its last trajectory has ended.</source>
        <translation>
            <numerusform>Wij verwijderen een dossier %n jaar nadat het laatste traject is afgesloten.</numerusform>
            <numerusform>Wij verwijderen een dossier %n jaar nadat het laatste traject is afgesloten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../catalogue.py" line="1046"/>
        <source>We keep financial records for %n year(s), because the law requires it.</source>
        <translation>
            <numerusform>Financiële gegevens bewaren wij %n jaar, omdat de wet dat verplicht.</numerusform>
            <numerusform>Financiële gegevens bewaren wij %n jaar, omdat de wet dat verplicht.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1049"/>
        <source>Your rights</source>
        <translation>Uw rechten</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1050"/>
        <source>You can ask us for the following at any time; we answer within one month.</source>
        <translation>U kunt ons op elk moment om het volgende vragen; wij antwoorden binnen een maand.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1052"/>
        <source>Rectification: have incorrect or incomplete data corrected (Article 16).</source>
        <translation>Rectificatie: onjuiste of onvolledige gegevens laten verbeteren of aanvullen (artikel 16).</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1054"/>
        <source>Erasure: have data deleted (Article 17).</source>
        <translation>Wissing: gegevens laten verwijderen (artikel 17).</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1055"/>
        <source>Restriction: have the processing limited, for example while a correction is being checked (Article 18).</source>
        <translation>Beperking: de verwerking laten beperken, bijvoorbeeld zolang een verbetering wordt nagekeken (artikel 18).</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1058"/>
        <source>Objection: object to processing based on a legitimate interest (Article 21).</source>
        <translation>Bezwaar: bezwaar maken tegen een verwerking op grond van een gerechtvaardigd belang (artikel 21).</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1060"/>
        <source>Data portability: receive the data in a form that another system can read (Article 20); that is the attached file access-report.json.</source>
        <translation>Overdraagbaarheid: de gegevens ontvangen in een vorm die een ander systeem kan lezen (artikel 20); dat is het bijgevoegde bestand access-report.json.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1063"/>
        <source>Withdrawal of consent: at any time and without giving a reason; it does not change what was lawfully shared before.</source>
        <translation>Intrekken van toestemming: op elk moment en zonder opgaaf van redenen; wat daarvoor rechtmatig is gedeeld, blijft rechtmatig.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1066"/>
        <source>We take no decisions about your child by automated means alone, and we do not profile (Article 22).</source>
        <translation>Wij nemen geen besluiten over uw kind die alleen op geautomatiseerde verwerking berusten, en wij maken geen profielen (artikel 22).</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1069"/>
        <source>Complaints</source>
        <translation>Klachten</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1070"/>
        <source>If you do not agree with how we handle the data of your child, you can file a complaint with the Autoriteit Persoonsgegevens (autoriteitpersoonsgegevens.nl).</source>
        <translation>Bent u het niet eens met hoe wij met de gegevens van uw kind omgaan, dan kunt u een klacht indienen bij de Autoriteit Persoonsgegevens (autoriteitpersoonsgegevens.nl).</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1073"/>
        <source>Where the data came from</source>
        <translation>Herkomst van de gegevens</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1074"/>
        <source>The data come from you as parents or guardians, from your child, and from the counsellor&apos;s own sessions and tests.</source>
        <translation>De gegevens komen van u als ouders of verzorgers, van uw kind, en uit de eigen sessies en toetsen van de begeleider.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1077"/>
        <source>%1: received from %2</source>
        <translation>%1: ontvangen van %2</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1078"/>
        <source>The data we hold</source>
        <translation>De gegevens die wij bewaren</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1079"/>
        <source>Copy of the documents</source>
        <translation>Kopie van de documenten</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1080"/>
        <source>Every document is attached to this PDF as a file. Its SHA-256 code shows that the attached file is exactly the document we hold.</source>
        <translation>Elk document is als bestand aan deze pdf toegevoegd. Met de SHA-256-code ziet u dat de bijlage precies het document is dat wij bewaren.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1083"/>
        <source>None.</source>
        <translation>Geen.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1085"/>
        <source>from %1 (ongoing)</source>
        <translation>vanaf %1 (loopt nog)</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1087"/>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1088"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1089"/>
        <source>Received on</source>
        <translation>Ontvangen op</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1090"/>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1091"/>
        <source>%1 kB</source>
        <translation>%1 kB</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1092"/>
        <source>Attachment</source>
        <translation>Bijlage</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1093"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1094"/>
        <source>Kind of consent</source>
        <translation>Soort toestemming</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1095"/>
        <source>Data</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1096"/>
        <source>Consented by</source>
        <translation>Toestemming van</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1097"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1098"/>
        <source>Items</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1099"/>
        <source>draft</source>
        <translation>concept</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1100"/>
        <source>Sharing with a recipient</source>
        <translation>Delen met een ontvanger</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1101"/>
        <source>Keeping sensitive data</source>
        <translation>Gevoelige gegevens bewaren</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1102"/>
        <source>Withdrawn on %1</source>
        <translation>Ingetrokken op %1</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1103"/>
        <source>Earlier versions of session notes</source>
        <translation>Eerdere versies van sessieverslagen</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1104"/>
        <source>Changes to the data</source>
        <translation>Wijzigingen in de gegevens</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1105"/>
        <source>Changed on</source>
        <translation>Gewijzigd op</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1106"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1107"/>
        <source>Old value</source>
        <translation>Oude waarde</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1108"/>
        <source>New value</source>
        <translation>Nieuwe waarde</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1109"/>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1110"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1112"/>
        <source>Your requests to us</source>
        <translation>Uw verzoeken aan ons</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1113"/>
        <source>Objections</source>
        <translation>Bezwaren</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1114"/>
        <source>Holds on deletion</source>
        <translation>Vernietigingsstops</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1115"/>
        <source>Inzage before a transfer packet</source>
        <translation>Inzage vóór een overdrachtspakket</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1116"/>
        <source>Request</source>
        <translation>Verzoek</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1117"/>
        <source>Asked by</source>
        <translation>Gevraagd door</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1118"/>
        <source>Identity checked</source>
        <translation>Identiteit gecontroleerd</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1119"/>
        <source>Answer due by</source>
        <translation>Uiterlijk te beantwoorden op</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1120"/>
        <source>Extended</source>
        <translation>Verlengd</translation>
    </message>
    <message numerus="yes">
        <location filename="../../catalogue.py" line="1121"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n maand</numerusform>
            <numerusform>%n maanden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1122"/>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1123"/>
        <source>not answered yet</source>
        <translation>nog niet beantwoord</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1124"/>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1125"/>
        <source>Lifted on</source>
        <translation>Opgeheven op</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1126"/>
        <source>Until</source>
        <translation>Tot</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1127"/>
        <source>Your view</source>
        <translation>Uw zienswijze</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="915"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="916"/>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="917"/>
        <source>parental authority</source>
        <translation>gezag</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="918"/>
        <source>Trajectory</source>
        <translation>Traject</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="920"/>
        <source>The file is attached to this PDF.</source>
        <translation>Het bestand zit als bijlage in deze PDF.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="921"/>
        <source>the child</source>
        <translation>het kind</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="922"/>
        <source>Consent to share data</source>
        <translation>Toestemming voor het delen van gegevens</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="923"/>
        <source>With this form you consent to sharing the data of your child listed below with the named recipient, for the named purpose.</source>
        <translation>Met dit formulier geeft u toestemming om de hieronder genoemde gegevens van uw kind te delen met de genoemde ontvanger, voor het genoemde doel.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="926"/>
        <source>This explicitly includes special-category data (such as a diagnosis).</source>
        <translation>Dit omvat uitdrukkelijk ook bijzondere persoonsgegevens (zoals een diagnose).</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="928"/>
        <source>You can withdraw this consent at any time, without giving a reason: in person, by e-mail or in writing to the practice. A withdrawal works at once; we ask recipients to delete what was already shared.</source>
        <translation>U kunt deze toestemming altijd intrekken, zonder opgave van reden: mondeling, per e-mail of schriftelijk bij de praktijk. Intrekken werkt direct; wat al gedeeld is, vragen wij de ontvanger te verwijderen.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="932"/>
        <source>If your child is 12 or older, your child signs too. From 16 your child decides alone.</source>
        <translation>Is uw kind 12 jaar of ouder, dan tekent ook uw kind. Vanaf 16 jaar beslist uw kind zelf.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="935"/>
        <source>Signature</source>
        <translation>Handtekening</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="936"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="937"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="938"/>
        <source>Request to delete data</source>
        <translation>Verzoek tot verwijdering van gegevens</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="939"/>
        <source>The consent under which we earlier provided you with data about %1 has been withdrawn. Under Articles 17 and 19 GDPR we ask you to delete the packets below and every copy of them, and to confirm this to us.</source>
        <translation>De toestemming waarop wij u eerder gegevens van %1 hebben verstrekt, is ingetrokken. Wij verzoeken u, op grond van artikel 17 en 19 van de AVG, de onderstaande pakketten en alle kopieën daarvan te verwijderen en ons dit te bevestigen.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="943"/>
        <source>Packets provided</source>
        <translation>Verstrekte pakketten</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="944"/>
        <source>Kind regards,</source>
        <translation>Met vriendelijke groet,</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="945"/>
        <source>Valid from %1 until %2</source>
        <translation>Geldig van %1 tot %2</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="986"/>
        <source>Identity (name, date of birth, school and group)</source>
        <translation>Identiteit (naam, geboortedatum, school en groep)</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="988"/>
        <source>Guardians&apos; contact details</source>
        <translation>Contactgegevens van ouders/verzorgers</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="990"/>
        <location filename="../../catalogue.py" line="996"/>
        <source>Session notes</source>
        <translation>Sessieverslagen</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="991"/>
        <source>Assessments and tests</source>
        <translation>Onderzoeken en toetsen</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="992"/>
        <source>Other documents</source>
        <translation>Overige documenten</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="993"/>
        <source>Access to personal data</source>
        <translation>Inzage in persoonsgegevens</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="994"/>
        <source>Parents and guardians</source>
        <translation>Ouders en verzorgers</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="995"/>
        <source>Trajectories</source>
        <translation>Trajecten</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="997"/>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="998"/>
        <source>Consents</source>
        <translation>Toestemmingen</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="999"/>
        <source>Disclosures</source>
        <translation>Verstrekkingen</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1000"/>
        <source>without consent (legal duty)</source>
        <translation>zonder toestemming (wettelijke plicht)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../catalogue.py" line="1001"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n onderdeel</numerusform>
            <numerusform>%n onderdelen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1002"/>
        <source>withdrawn</source>
        <translation>ingetrokken</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="1003"/>
        <source>entered in error</source>
        <translation>als vergissing gemarkeerd</translation>
    </message>
</context>
<context>
    <name>Rights</name>
    <message>
        <location filename="../../catalogue.py" line="327"/>
        <source>A request cannot have been received after today.</source>
        <translation>Een verzoek kan niet na vandaag zijn ontvangen.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="329"/>
        <source>A request can be extended by one or two months.</source>
        <translation>Een verzoek kan met één of twee maanden worden verlengd.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="331"/>
        <source>This request was already extended; the law allows it once.</source>
        <translation>Dit verzoek is al verlengd; de wet staat dat één keer toe.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="333"/>
        <source>This request has already been answered.</source>
        <translation>Dit verzoek is al beantwoord.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="334"/>
        <source>The answer date must lie between the day received and today.</source>
        <translation>De datum van het antwoord ligt tussen de dag van ontvangst en vandaag.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="336"/>
        <source>That log entry does not belong to this child&apos;s dossier.</source>
        <translation>Die regel uit het logboek hoort niet bij het dossier van dit kind.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="338"/>
        <source>That request is about another child.</source>
        <translation>Dat verzoek gaat over een ander kind.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="340"/>
        <source>A hold must end after today.</source>
        <translation>Een vernietigingsstop moet na vandaag eindigen.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="341"/>
        <source>Choose from the lists: the kind of request, who asked, how their identity was checked, the outcome or what the objection is against.</source>
        <translation>Kies uit de lijsten: het soort verzoek, wie het vroeg, hoe de identiteit is gecontroleerd, de uitkomst of waartegen het bezwaar is.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="344"/>
        <source>This dossier is on hold until %1 because of a complaint or legal case; it cannot be erased or purged before then.</source>
        <translation>Voor dit dossier geldt tot %1 een vernietigingsstop vanwege een klacht of juridische procedure; het kan tot dan niet worden gewist of vernietigd.</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="673"/>
        <source>Access (Art. 15)</source>
        <translation>Inzage (art. 15)</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="674"/>
        <source>Rectification (Art. 16)</source>
        <translation>Correctie (art. 16)</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="675"/>
        <source>Erasure (Art. 17)</source>
        <translation>Wissen (art. 17)</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="676"/>
        <source>Restriction (Art. 18)</source>
        <translation>Beperking (art. 18)</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="677"/>
        <source>Data portability (Art. 20)</source>
        <translation>Gegevens meenemen (art. 20)</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="678"/>
        <source>Objection (Art. 21)</source>
        <translation>Bezwaar (art. 21)</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="679"/>
        <source>Withdrawal of consent</source>
        <translation>Intrekken van toestemming</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="682"/>
        <source>Parent or guardian</source>
        <translation>Ouder of voogd</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="683"/>
        <source>The child</source>
        <translation>Het kind zelf</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="686"/>
        <source>Identity document shown</source>
        <translation>Identiteitsbewijs getoond</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="687"/>
        <source>Via the phone number or e-mail address on file</source>
        <translation>Via het bekende telefoonnummer of e-mailadres</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="689"/>
        <source>In person, known to the practice</source>
        <translation>Persoonlijk, bekend bij de praktijk</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="690"/>
        <source>Video call with identity document</source>
        <translation>Videogesprek met identiteitsbewijs</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="693"/>
        <source>Granted</source>
        <translation>Toegekend</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="694"/>
        <source>Partly granted</source>
        <translation>Deels toegekend</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="695"/>
        <source>Refused, with reasons</source>
        <translation>Afgewezen, met redenen</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="696"/>
        <source>Withdrawn by the requester</source>
        <translation>Ingetrokken door de aanvrager</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="699"/>
        <source>Late</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="700"/>
        <source>Due this week</source>
        <translation>Deze week uiterlijk</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="701"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="702"/>
        <source>Answered</source>
        <translation>Beantwoord</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="703"/>
        <source>Answered late</source>
        <translation>Te laat beantwoord</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="706"/>
        <source>Objects to being informed about new services</source>
        <translation>Bezwaar tegen informatie over nieuw aanbod</translation>
    </message>
    <message>
        <location filename="../../catalogue.py" line="708"/>
        <source>Objects to processing on the ground of legitimate interest</source>
        <translation>Bezwaar tegen verwerking op grond van gerechtvaardigd belang</translation>
    </message>
</context>
</TS>
