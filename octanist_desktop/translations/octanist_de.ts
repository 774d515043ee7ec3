<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Active preset</source>
        <translation>&amp;Aktive Vorlage</translation>
    </message>
    <message>
        <source>&amp;Booth mode</source>
        <translation>&amp;Messemodus</translation>
    </message>
    <message>
        <source>&amp;Copy request id</source>
        <translation>&amp;Anfrage-ID kopieren</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Formatieren</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Lost…</source>
        <translation>&amp;Verloren…</translation>
    </message>
    <message>
        <source>&amp;New lead</source>
        <translation>&amp;Neuer Lead</translation>
    </message>
    <message>
        <source>&amp;Pin this field</source>
        <translation>Dieses Feld &amp;festhalten</translation>
    </message>
    <message>
        <source>&amp;Presets…</source>
        <translation>&amp;Vorlagen…</translation>
    </message>
    <message>
        <source>&amp;Qualified…</source>
        <translation>&amp;Qualifiziert…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>Jetzt &amp;erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Send lead</source>
        <translation>Lead &amp;senden</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Staff and booth settings…</source>
        <translation>Mitarbeiter und Messe&amp;stand…</translation>
    </message>
    <message>
        <source>&amp;Won…</source>
        <translation>&amp;Gewonnen…</translation>
    </message>
    <message>
        <source>A&amp;nswer for booth visitors…</source>
        <translation>Besucher&amp;fragen beantworten…</translation>
    </message>
    <message>
        <source>Add the event presets from a team&apos;s file</source>
        <translation>Die Veranstaltungsvorlagen aus einer Teamdatei hinzufügen</translation>
    </message>
    <message>
        <source>Answer the staff-only questions for visitors whose details wait, and send them</source>
        <translation>Die Mitarbeiterfragen für wartende Besucher beantworten und sie senden</translation>
    </message>
    <message>
        <source>Copy the selected leads&apos; request ids, for Octanist support</source>
        <translation>Die Anfrage-IDs der ausgewählten Leads kopieren, für den Octanist-Support</translation>
    </message>
    <message>
        <source>E&amp;xport presets…</source>
        <translation>Vorlagen e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Every key the app answers to, on one page</source>
        <translation>Alle Tastenkürzel der App auf einer Seite</translation>
    </message>
    <message>
        <source>Export leads to a CSV file; asks whether all or only those shown or selected</source>
        <translation>Leads in eine CSV-Datei exportieren; fragt, ob alle oder nur die angezeigten oder ausgewählten</translation>
    </message>
    <message>
        <source>Fill the form from a contact card on the clipboard</source>
        <translation>Das Formular aus einer Kontaktkarte (vCard) in der Zwischenablage füllen</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>I&amp;mport presets…</source>
        <translation>Vorlagen &amp;importieren…</translation>
    </message>
    <message>
        <source>Import &amp;vCard…</source>
        <translation>&amp;vCard importieren…</translation>
    </message>
    <message>
        <source>Keep this value for the next lead, and after a restart</source>
        <translation>Diesen Wert für den nächsten Lead behalten, auch nach einem Neustart</translation>
    </message>
    <message>
        <source>Paste &amp;vCard</source>
        <translation>vCard ei&amp;nfügen</translation>
    </message>
    <message>
        <source>Pretty-print the JSON with 2-space indents</source>
        <translation>Das JSON übersichtlich formatieren, mit 2 Leerzeichen Einzug</translation>
    </message>
    <message>
        <source>Record that the selected lead became a customer, and for how much</source>
        <translation>Erfassen, dass der ausgewählte Lead Kunde wurde, und für wie viel</translation>
    </message>
    <message>
        <source>Record that the selected lead is qualified</source>
        <translation>Erfassen, dass der ausgewählte Lead qualifiziert ist</translation>
    </message>
    <message>
        <source>Record that the selected lead was lost, and why</source>
        <translation>Erfassen, dass der ausgewählte Lead verloren ging, und warum</translation>
    </message>
    <message>
        <source>Remove the selected leads from this computer</source>
        <translation>Die ausgewählten Leads von diesem Computer löschen</translation>
    </message>
    <message>
        <source>Save every event preset to one file, for the team</source>
        <translation>Alle Veranstaltungsvorlagen in einer Datei speichern, für das Team</translation>
    </message>
    <message>
        <source>Scan &amp;badge…</source>
        <translation>&amp;Badge scannen…</translation>
    </message>
    <message>
        <source>Se&amp;nd queued leads now</source>
        <translation>&amp;Wartende Leads jetzt senden</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Im Verlauf suchen</translation>
    </message>
    <message>
        <source>Send the selected leads again now</source>
        <translation>Die ausgewählten Leads jetzt erneut senden</translation>
    </message>
    <message>
        <source>Wait for a badge scan, or type a badge&apos;s code</source>
        <translation>Auf einen Badge-Scan warten oder den Code eines Badges eingeben</translation>
    </message>
</context>
<context>
    <name>AnswerButtons</name>
    <message>
        <source>Tap to choose this answer; tap again to take it back</source>
        <translation>Tippen Sie, um diese Antwort zu wählen; noch einmal tippen nimmt sie zurück</translation>
    </message>
    <message>
        <source>Type your answer, or leave it empty</source>
        <translation>Geben Sie Ihre Antwort ein, oder lassen Sie das Feld leer</translation>
    </message>
</context>
<context>
    <name>ApiUrl</name>
    <message>
        <source>The API URL must not contain a user name or password.</source>
        <translation>Die API-URL darf keinen Benutzernamen und kein Passwort enthalten.</translation>
    </message>
    <message>
        <source>The API URL must not contain “?” or “#” (for example {example}).</source>
        <translation>Die API-URL darf kein „?“ oder „#“ enthalten (zum Beispiel {example}).</translation>
    </message>
    <message>
        <source>The API URL “{url}” is not a valid web address (for example {example}).</source>
        <translation>Die API-URL „{url}“ ist keine gültige Webadresse (zum Beispiel {example}).</translation>
    </message>
    <message>
        <source>The API URL “{url}” must be a web address starting with https:// (for example {example}).</source>
        <translation>Die API-URL „{url}“ muss eine Webadresse sein, die mit https:// beginnt (zum Beispiel {example}).</translation>
    </message>
    <message>
        <source>The API URL “{url}” starts with http://, which would send your API key and leads across the network unencrypted. Use https:// instead; plain http:// is allowed only for this computer (localhost, 127.0.0.1 or ::1).</source>
        <translation>Die API-URL „{url}“ beginnt mit http://, damit gingen Ihr API-Schlüssel und Ihre Leads unverschlüsselt über das Netzwerk. Verwenden Sie https://; einfaches http:// ist nur für diesen Computer erlaubt (localhost, 127.0.0.1 oder ::1).</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>That folder is open in another Octanist Desktop window; it is in front now.</source>
        <translation>Dieser Ordner ist in einem anderen Fenster von Octanist Desktop geöffnet; es ist jetzt im Vordergrund.</translation>
    </message>
</context>
<context>
    <name>BadgeReader</name>
    <message>
        <source>Already scanned: this badge was read a moment ago.</source>
        <translation>Schon gescannt: Dieser Badge wurde gerade gelesen.</translation>
    </message>
    <message>
        <source>That scan isn&apos;t a badge code this app can read, so nothing was filled in. Scan again, or type the details.</source>
        <translation>Dieser Scan ist kein Badge-Code, den die App lesen kann, daher wurde nichts ausgefüllt. Bitte erneut scannen oder die Angaben eintippen.</translation>
    </message>
    <message>
        <source>The badge was only partly read, so nothing was filled in. Scan it again, holding it steady.</source>
        <translation>Der Badge wurde nur teilweise gelesen, daher wurde nichts ausgefüllt. Bitte erneut scannen und den Badge ruhig halten.</translation>
    </message>
</context>
<context>
    <name>BoothMode</name>
    <message>
        <source>Booth mode is on: press Esc and type the PIN to leave it first.</source>
        <translation>Der Messemodus ist an: Drücken Sie Esc und geben Sie die PIN ein, um ihn zuerst zu verlassen.</translation>
    </message>
    <message>
        <source>Booth mode needs the lead form: enter an API key first.</source>
        <translation>Der Messemodus braucht das Lead-Formular: Geben Sie zuerst einen API-Schlüssel ein.</translation>
    </message>
    <message>
        <source>Send or clear the lead in the form first, then turn on booth mode.</source>
        <translation>Senden oder leeren Sie zuerst den Lead im Formular und schalten Sie dann den Messemodus ein.</translation>
    </message>
    <message>
        <source>The booth PIN could not be saved ({problem}).</source>
        <translation>Die PIN für den Messemodus konnte nicht gespeichert werden ({problem}).</translation>
    </message>
    <message>
        <source>Your details could not be saved just now. Please ask someone at the stand.</source>
        <translation>Ihre Angaben konnten gerade nicht gespeichert werden. Bitte wenden Sie sich an jemanden am Stand.</translation>
    </message>
</context>
<context>
    <name>BoothPin</name>
    <message>
        <source>The PIN can be at most {limit} characters.</source>
        <translation>Die PIN darf höchstens {limit} Zeichen haben.</translation>
    </message>
    <message>
        <source>The PIN can&apos;t start or end with a space.</source>
        <translation>Die PIN darf nicht mit einem Leerzeichen beginnen oder enden.</translation>
    </message>
    <message>
        <source>The PIN needs at least {limit} characters.</source>
        <translation>Die PIN braucht mindestens {limit} Zeichen.</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>Die beiden PINs stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>CaptureDetails</name>
    <message>
        <source>Attendee {badge}, read from: {scan}</source>
        <translation>Besucher {badge}, gelesen aus: {scan}</translation>
    </message>
    <message>
        <source>Badge scan</source>
        <translation>Badge-Scan</translation>
    </message>
    <message>
        <source>Badge scan:</source>
        <translation>Badge-Scan:</translation>
    </message>
    <message>
        <source>Consent as shown</source>
        <translation>Gezeigte Einwilligung</translation>
    </message>
    <message>
        <source>Consent as shown:</source>
        <translation>Gezeigte Einwilligung:</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>Einwilligung:</translation>
    </message>
    <message>
        <source>Entered by staff</source>
        <translation>Von Mitarbeitern erfasst</translation>
    </message>
    <message>
        <source>No consent record was kept for this lead.</source>
        <translation>Für diesen Lead wurde keine Einwilligung gespeichert.</translation>
    </message>
    <message>
        <source>The consent sentences the visitor read, word for word</source>
        <translation>Die Einwilligungssätze, die der Besucher gelesen hat, Wort für Wort</translation>
    </message>
    <message>
        <source>Ticked by the visitor</source>
        <translation>Vom Besucher angekreuzt</translation>
    </message>
    <message>
        <source>What the badge scanner read, as it read it</source>
        <translation>Was der Badge-Scanner gelesen hat, genau so, wie er es gelesen hat</translation>
    </message>
    <message>
        <source>an unnamed computer</source>
        <translation>einem Computer ohne Namen</translation>
    </message>
    <message>
        <source>no staff name set</source>
        <translation>kein Mitarbeitername eingestellt</translation>
    </message>
    <message>
        <source>{who} on {when}, on {device} ({staff}). Text version {version}.</source>
        <translation>{who} am {when}, auf {device} ({staff}). Textversion {version}.</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>(ignore)</source>
        <translation>(ignorieren)</translation>
    </message>
    <message>
        <source>Country → phone region</source>
        <translation>Land → Telefonregion</translation>
    </message>
    <message>
        <source>First name → Name</source>
        <translation>Vorname → Name</translation>
    </message>
    <message>
        <source>Last name → Name</source>
        <translation>Nachname → Name</translation>
    </message>
    <message>
        <source>Middle name → Name</source>
        <translation>Zweiter Vorname → Name</translation>
    </message>
    <message>
        <source>custom: {key}</source>
        <translation>Zusatz: {key}</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>Consent can have at most {limit} sentences.</source>
        <translation>Die Einwilligung darf höchstens {limit} Sätze haben.</translation>
    </message>
    <message>
        <source>Consent sentence {number} can be at most {limit} characters.</source>
        <translation>Einwilligungssatz {number} darf höchstens {limit} Zeichen haben.</translation>
    </message>
    <message>
        <source>Consent sentence {number} doesn&apos;t say what it allows.</source>
        <translation>Einwilligungssatz {number} sagt nicht, was er erlaubt.</translation>
    </message>
    <message>
        <source>Consent sentence {number} has no text.</source>
        <translation>Einwilligungssatz {number} hat keinen Text.</translation>
    </message>
    <message>
        <source>Consent sentence {number} names unknown flags: {flags}.</source>
        <translation>Einwilligungssatz {number} nennt unbekannte Flags: {flags}.</translation>
    </message>
    <message>
        <source>The consent introduction can be at most {limit} characters.</source>
        <translation>Die Einleitung zur Einwilligung darf höchstens {limit} Zeichen haben.</translation>
    </message>
</context>
<context>
    <name>ConsentEditor</name>
    <message>
        <source>(not used)</source>
        <translation>(nicht verwendet)</translation>
    </message>
    <message>
        <source>A sentence a visitor can tick; leave it empty to not use it</source>
        <translation>Ein Satz, den ein Besucher ankreuzen kann; leer lassen, um ihn nicht zu verwenden</translation>
    </message>
    <message>
        <source>Consent introduction</source>
        <translation>Einleitung zur Einwilligung</translation>
    </message>
    <message>
        <source>Consent sentence {row}</source>
        <translation>Einwilligungssatz {row}</translation>
    </message>
    <message>
        <source>Introduction:</source>
        <translation>Einleitung:</translation>
    </message>
    <message>
        <source>Replaces the wording above with the app&apos;s reviewed default text</source>
        <translation>Ersetzt den Text oben durch den geprüften Standardtext der App</translation>
    </message>
    <message>
        <source>Sentence a visitor can tick</source>
        <translation>Satz, den ein Besucher ankreuzen kann</translation>
    </message>
    <message>
        <source>Sentence {row} grants {flag}</source>
        <translation>Satz {row} erlaubt {flag}</translation>
    </message>
    <message>
        <source>Start from the Dutch default</source>
        <translation>Mit dem niederländischen Standardtext beginnen</translation>
    </message>
    <message>
        <source>Start from the English default</source>
        <translation>Mit dem englischen Standardtext beginnen</translation>
    </message>
    <message>
        <source>Start from the German default</source>
        <translation>Mit dem deutschen Standardtext beginnen</translation>
    </message>
    <message>
        <source>What visitors read before the boxes</source>
        <translation>Was Besucher vor den Kästchen lesen</translation>
    </message>
</context>
<context>
    <name>ConsentRow</name>
    <message>
        <source>Tick only if you agree; you can leave it empty and still send your details</source>
        <translation>Nur ankreuzen, wenn Sie einverstanden sind; Sie können es leer lassen und Ihre Angaben trotzdem senden</translation>
    </message>
</context>
<context>
    <name>CountryList</name>
    <message>
        <source>Clear search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <source>Empties the search and lists every country</source>
        <translation>Leert die Suche und zeigt alle Länder</translation>
    </message>
    <message>
        <source>Enter or a click picks the country the number is read in</source>
        <translation>Enter oder ein Klick wählt das Land, in dem die Nummer gelesen wird</translation>
    </message>
    <message>
        <source>No country matches that.</source>
        <translation>Kein passendes Land gefunden.</translation>
    </message>
    <message>
        <source>Search countries</source>
        <translation>Länder suchen</translation>
    </message>
    <message>
        <source>Type a country or its code, e.g. Netherlands or +31</source>
        <translation>Land oder Vorwahl eingeben, z. B. Deutschland oder +49</translation>
    </message>
</context>
<context>
    <name>CustomData</name>
    <message>
        <source>a number with {digits} digits is too long.</source>
        <translation>eine Zahl mit {digits} Ziffern ist zu lang.</translation>
    </message>
    <message>
        <source>it could not be read.</source>
        <translation>nicht lesbar.</translation>
    </message>
    <message>
        <source>it is nested too deeply to send (at most {depth} levels of brackets).</source>
        <translation>zu tief verschachtelt zum Senden (höchstens {depth} Klammerebenen).</translation>
    </message>
    <message>
        <source>the number {number} is too large.</source>
        <translation>die Zahl {number} ist zu groß.</translation>
    </message>
    <message>
        <source>{label}: {problem}</source>
        <translation>{label}: {problem}</translation>
    </message>
    <message>
        <source>{name} is not a JSON value; write it as text in quotes.</source>
        <translation>{name} ist kein JSON-Wert; schreiben Sie es als Text in Anführungszeichen.</translation>
    </message>
</context>
<context>
    <name>CustomDataEditor</name>
    <message>
        <source>Format</source>
        <translation>Formatieren</translation>
    </message>
    <message>
        <source>Format custom data as JSON</source>
        <translation>Zusatzdaten als JSON formatieren</translation>
    </message>
    <message>
        <source>Pretty-print the JSON with 2-space indents ({shortcut})</source>
        <translation>Das JSON übersichtlich formatieren, mit 2 Leerzeichen Einzug ({shortcut})</translation>
    </message>
</context>
<context>
    <name>CustomDataField</name>
    <message>
        <source>Edit as rows</source>
        <translation>Als Zeilen bearbeiten</translation>
    </message>
    <message>
        <source>Edit as text</source>
        <translation>Als Text bearbeiten</translation>
    </message>
    <message>
        <source>Rows can show names with single values only; this is plain text, a list, nested data or has a mistake, so it stays as text.</source>
        <translation>Zeilen zeigen nur Namen mit einzelnen Werten; dies ist einfacher Text, eine Liste, verschachtelte Daten oder enthält einen Fehler, daher bleibt es Text.</translation>
    </message>
    <message>
        <source>Switch between rows and the same data as JSON text</source>
        <translation>Zwischen Zeilen und denselben Daten als JSON-Text wechseln</translation>
    </message>
</context>
<context>
    <name>CustomRows</name>
    <message>
        <source>Custom data name {row}</source>
        <translation>Name der Zusatzangabe {row}</translation>
    </message>
    <message>
        <source>Custom data value {row}</source>
        <translation>Wert der Zusatzangabe {row}</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Value, e.g. 10,000 EUR</source>
        <translation>Wert, z. B. 10.000 EUR</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>What, e.g. budget</source>
        <translation>Was, z. B. Budget</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>d MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <translation>ddd d. MMM</translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>&amp;Entwurf speichern</translation>
    </message>
    <message>
        <source>Keep it as a draft to finish it next time, or throw it away.</source>
        <translation>Behalten Sie ihn als Entwurf, um ihn beim nächsten Mal fertigzustellen, oder verwerfen Sie ihn.</translation>
    </message>
    <message>
        <source>The lead isn&apos;t sent</source>
        <translation>Der Lead ist nicht gesendet</translation>
    </message>
    <message>
        <source>The lead you are typing hasn&apos;t been saved or sent.</source>
        <translation>Der Lead, den Sie gerade eingeben, wurde weder gespeichert noch gesendet.</translation>
    </message>
    <message>
        <source>↺ The lead you were typing is back (kept {when}).</source>
        <translation>↺ Der Lead, den Sie eingegeben haben, ist wieder da (gespeichert {when}).</translation>
    </message>
</context>
<context>
    <name>DuplicateHint</name>
    <message>
        <source>lead {id}</source>
        <translation>Lead {id}</translation>
    </message>
</context>
<context>
    <name>EmailCheck</name>
    <message>
        <source>An email address cannot have a period and a hyphen next to each other.</source>
        <translation>Eine E-Mail-Adresse darf keinen Punkt direkt neben einem Bindestrich haben.</translation>
    </message>
    <message>
        <source>An email address cannot have two periods in a row.</source>
        <translation>Eine E-Mail-Adresse darf keine zwei Punkte hintereinander haben.</translation>
    </message>
    <message>
        <source>An email address must have an @-sign.</source>
        <translation>Eine E-Mail-Adresse braucht ein @-Zeichen.</translation>
    </message>
    <message>
        <source>The email address contains invalid characters before the @-sign: {chars}.</source>
        <translation>Die E-Mail-Adresse enthält ungültige Zeichen vor dem @-Zeichen: {chars}.</translation>
    </message>
    <message>
        <source>The email address has the &quot;full-width&quot; at-sign (@) character instead of a regular at-sign.</source>
        <translation>Die E-Mail-Adresse enthält ein breites @ (＠) statt eines normalen @-Zeichens.</translation>
    </message>
    <message>
        <source>The part after the @-sign contains invalid characters: {chars}.</source>
        <translation>Der Teil nach dem @-Zeichen enthält ungültige Zeichen: {chars}.</translation>
    </message>
    <message>
        <source>The part after the @-sign is a special-use or reserved name that cannot be used with email.</source>
        <translation>Der Teil nach dem @-Zeichen ist ein reservierter Name, der nicht für E-Mail verwendet werden kann.</translation>
    </message>
    <message>
        <source>The part after the @-sign is not valid: it is not within a valid top-level domain.</source>
        <translation>Der Teil nach dem @-Zeichen ist ungültig: Er endet nicht auf einer gültigen Top-Level-Domain.</translation>
    </message>
    <message>
        <source>The part after the @-sign is not valid: it should have a period.</source>
        <translation>Der Teil nach dem @-Zeichen ist ungültig: Er sollte einen Punkt enthalten.</translation>
    </message>
    <message>
        <source>There can&apos;t be anything after the email address.</source>
        <translation>Nach der E-Mail-Adresse darf nichts mehr stehen.</translation>
    </message>
    <message>
        <source>There must be something after the @-sign.</source>
        <translation>Nach dem @-Zeichen muss etwas stehen.</translation>
    </message>
    <message>
        <source>There must be something before the @-sign.</source>
        <translation>Vor dem @-Zeichen muss etwas stehen.</translation>
    </message>
</context>
<context>
    <name>EventKit</name>
    <message>
        <source>&amp;Active preset</source>
        <translation>&amp;Aktive Vorlage</translation>
    </message>
    <message>
        <source>Even&amp;t</source>
        <translation>Verans&amp;taltung</translation>
    </message>
    <message>
        <source>No preset</source>
        <translation>Keine Vorlage</translation>
    </message>
    <message>
        <source>The event presets could not be saved ({problem}).</source>
        <translation>Die Veranstaltungsvorlagen konnten nicht gespeichert werden ({problem}).</translation>
    </message>
    <message>
        <source>The staff and booth settings could not be saved ({problem}).</source>
        <translation>Die Einstellungen für Mitarbeiter und Messestand konnten nicht gespeichert werden ({problem}).</translation>
    </message>
    <message>
        <source>{count} booth visitors&apos; details wait for your answers: Event ▸ Answer for booth visitors…</source>
        <translation>Die Angaben von {count} Messebesuchern warten auf Ihre Antworten: Veranstaltung ▸ Antworten für Messebesucher …</translation>
    </message>
</context>
<context>
    <name>EventSettingsDialog</name>
    <message>
        <source>&amp;Captured via:</source>
        <translation>&amp;Erfasst über:</translation>
    </message>
    <message>
        <source>&amp;New PIN:</source>
        <translation>&amp;Neue PIN:</translation>
    </message>
    <message>
        <source>&amp;Repeat PIN:</source>
        <translation>PIN &amp;wiederholen:</translation>
    </message>
    <message>
        <source>&amp;Staff member:</source>
        <translation>&amp;Mitarbeiter:</translation>
    </message>
    <message>
        <source>A PIN is set.</source>
        <translation>Eine PIN ist festgelegt.</translation>
    </message>
    <message>
        <source>Badge scanner</source>
        <translation>Badge-Scanner</translation>
    </message>
    <message>
        <source>Booth mode</source>
        <translation>Messemodus</translation>
    </message>
    <message>
        <source>C&amp;onsent introduction:</source>
        <translation>E&amp;inleitung zur Einwilligung:</translation>
    </message>
    <message>
        <source>Empty an &amp;idle form after:</source>
        <translation>Unbenutztes Formular &amp;leeren nach:</translation>
    </message>
    <message>
        <source>How leads typed on this computer usually reach you; changeable per lead</source>
        <translation>Wie Leads, die auf diesem Computer erfasst werden, Sie meist erreichen; pro Lead änderbar</translation>
    </message>
    <message>
        <source>Keys closer together than this are read as a badge scanner, not a person</source>
        <translation>Tasten, die schneller aufeinander folgen, gelten als Badge-Scanner, nicht als Mensch</translation>
    </message>
    <message>
        <source>No PIN yet.</source>
        <translation>Noch keine PIN.</translation>
    </message>
    <message>
        <source>Scanner &amp;prefix:</source>
        <translation>&amp;Präfix des Scanners:</translation>
    </message>
    <message>
        <source>Scanner keys at most:</source>
        <translation>Scanner-Tasten höchstens:</translation>
    </message>
    <message>
        <source>Scanner s&amp;uffix:</source>
        <translation>S&amp;uffix des Scanners:</translation>
    </message>
    <message>
        <source>Seconds the thank-you shows before the form is ready for the next visitor</source>
        <translation>Sekunden, die der Dank angezeigt wird, bevor das Formular für den nächsten Besucher bereit ist</translation>
    </message>
    <message>
        <source>Seconds without a touch before a half-filled visitor form is emptied</source>
        <translation>Sekunden ohne Berührung, bevor ein halb ausgefülltes Besucherformular geleert wird</translation>
    </message>
    <message>
        <source>Sent with every lead from this computer</source>
        <translation>Wird mit jedem Lead von diesem Computer gesendet</translation>
    </message>
    <message>
        <source>Show “&amp;Thank you” for:</source>
        <translation>„&amp;Danke“ anzeigen für:</translation>
    </message>
    <message>
        <source>Shown above the consent sentences when the event has none of its own.</source>
        <translation>Wird über den Einwilligungssätzen gezeigt, wenn die Veranstaltung keine eigene Einleitung hat.</translation>
    </message>
    <message>
        <source>Staff and booth settings</source>
        <translation>Mitarbeiter und Messestand</translation>
    </message>
    <message>
        <source>The PIN staff type to leave booth mode; leave empty to keep the current one</source>
        <translation>Die PIN, die Mitarbeiter eingeben, um den Messemodus zu verlassen; leer lassen, um die aktuelle zu behalten</translation>
    </message>
    <message>
        <source>The new PIN again, to rule out a typo</source>
        <translation>Die neue PIN noch einmal, um Tippfehler auszuschließen</translation>
    </message>
    <message>
        <source>What the scanner is set to type before and after each code; leave both empty for a scanner that ends with Enter. Type \t for Tab.</source>
        <translation>Was der Scanner vor und nach jedem Code eintippt; lassen Sie beides leer bei einem Scanner, der mit Enter abschließt. Geben Sie \t für Tab ein.</translation>
    </message>
    <message>
        <source>What the scanner types after each code; empty when it ends with Enter</source>
        <translation>Was der Scanner nach jedem Code eingibt; leer, wenn er mit Enter endet</translation>
    </message>
    <message>
        <source>What the scanner types before each code; type \t for Tab</source>
        <translation>Was der Scanner vor jedem Code eingibt; \t steht für Tab</translation>
    </message>
    <message>
        <source>{pin_state} Leave the PIN fields empty to keep it.</source>
        <translation>{pin_state} Lassen Sie die PIN-Felder leer, um sie zu behalten.</translation>
    </message>
</context>
<context>
    <name>FactList</name>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
</context>
<context>
    <name>FieldPins</name>
    <message>
        <source>Pin</source>
        <translation>Fest</translation>
    </message>
    <message>
        <source>Pin {field}</source>
        <translation>{field} festhalten</translation>
    </message>
    <message>
        <source>Pin {field}: keep this value for the next lead, and after a restart (Ctrl+P)</source>
        <translation>{field} festhalten: diesen Wert für den nächsten Lead behalten, auch nach einem Neustart (Strg+P)</translation>
    </message>
</context>
<context>
    <name>FieldRows</name>
    <message>
        <source> ({filled} filled)</source>
        <translation> ({filled} ausgefüllt)</translation>
    </message>
    <message>
        <source> ({filled} filled, {flagged} to check)</source>
        <translation> ({filled} ausgefüllt, {flagged} zu prüfen)</translation>
    </message>
    <message>
        <source> ({flagged} to check)</source>
        <translation> ({flagged} zu prüfen)</translation>
    </message>
    <message>
        <source>Click IDs</source>
        <translation>Klick-IDs</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Custom data</source>
        <translation>Zusatzdaten</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Show or hide the ad click ID fields</source>
        <translation>Die Felder für Werbe-Klick-IDs ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Ad personalization</source>
        <translation>Personalisierte Werbung</translation>
    </message>
    <message>
        <source>Ad storage</source>
        <translation>Werbespeicherung</translation>
    </message>
    <message>
        <source>Ad user data</source>
        <translation>Nutzerdaten für Werbung</translation>
    </message>
    <message>
        <source>Analytics storage</source>
        <translation>Analysespeicherung</translation>
    </message>
    <message>
        <source>Any format; a number without + is read in the country beside it.</source>
        <translation>Beliebiges Format; eine Nummer ohne + gilt für das Land daneben.</translation>
    </message>
    <message>
        <source>Anything said on the call or at the booth.</source>
        <translation>Alles, was am Telefon oder am Stand gesagt wurde.</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Custom data</source>
        <translation>Zusatzdaten</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>GA4 client ID</source>
        <translation>GA4-Client-ID</translation>
    </message>
    <message>
        <source>GA4 session ID</source>
        <translation>GA4-Sitzungs-ID</translation>
    </message>
    <message>
        <source>Google Ads click ID</source>
        <translation>Google Ads-Klick-ID</translation>
    </message>
    <message>
        <source>Google Analytics 4 client ID</source>
        <translation>Google Analytics 4-Client-ID</translation>
    </message>
    <message>
        <source>Google Analytics 4 session ID</source>
        <translation>Google Analytics 4-Sitzungs-ID</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>LinkedIn click ID</source>
        <translation>LinkedIn-Klick-ID</translation>
    </message>
    <message>
        <source>May ads be personalised for this lead?</source>
        <translation>Darf Werbung für diesen Lead personalisiert werden?</translation>
    </message>
    <message>
        <source>May cookies be stored for advertising?</source>
        <translation>Dürfen Cookies für Werbung gespeichert werden?</translation>
    </message>
    <message>
        <source>May cookies be stored for analytics, such as visit duration?</source>
        <translation>Dürfen Cookies für Analysen gespeichert werden, etwa für die Besuchsdauer?</translation>
    </message>
    <message>
        <source>May this lead&apos;s data be sent to Google for advertising?</source>
        <translation>Dürfen die Daten dieses Leads für Werbung an Google gesendet werden?</translation>
    </message>
    <message>
        <source>Meta browser ID</source>
        <translation>Meta-Browser-ID</translation>
    </message>
    <message>
        <source>Meta click ID</source>
        <translation>Meta-Klick-ID</translation>
    </message>
    <message>
        <source>Microsoft Ads click ID</source>
        <translation>Microsoft Ads-Klick-ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Page path</source>
        <translation>Seitenpfad</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Plain text, or a JSON object or array (start with { or [).</source>
        <translation>Einfacher Text oder ein JSON-Objekt bzw. -Array (beginnt mit { oder [).</translation>
    </message>
    <message>
        <source>Reddit click ID</source>
        <translation>Reddit-Klick-ID</translation>
    </message>
    <message>
        <source>Snapchat click ID</source>
        <translation>Snapchat-Klick-ID</translation>
    </message>
    <message>
        <source>The campaign name.</source>
        <translation>Der Name der Kampagne.</translation>
    </message>
    <message>
        <source>The channel, e.g. cpc, email or booth.</source>
        <translation>Der Kanal, z. B. cpc, email oder stand.</translation>
    </message>
    <message>
        <source>The company or organisation the lead works for.</source>
        <translation>Die Firma oder Organisation, für die der Lead arbeitet.</translation>
    </message>
    <message>
        <source>The lead&apos;s email address.</source>
        <translation>Die E-Mail-Adresse des Leads.</translation>
    </message>
    <message>
        <source>The lead&apos;s full name.</source>
        <translation>Der vollständige Name des Leads.</translation>
    </message>
    <message>
        <source>The lead&apos;s role, e.g. Head of Marketing.</source>
        <translation>Die Rolle des Leads, z. B. Leitung Marketing.</translation>
    </message>
    <message>
        <source>The page on that site, e.g. /contact.</source>
        <translation>Die Seite auf dieser Website, z. B. /contact.</translation>
    </message>
    <message>
        <source>The site the lead came from, e.g. https://example.com.</source>
        <translation>Die Website, von der der Lead kam, z. B. https://example.com.</translation>
    </message>
    <message>
        <source>TikTok click ID</source>
        <translation>TikTok-Klick-ID</translation>
    </message>
    <message>
        <source>UTM campaign</source>
        <translation>UTM-Kampagne</translation>
    </message>
    <message>
        <source>UTM medium</source>
        <translation>UTM-Medium</translation>
    </message>
    <message>
        <source>UTM source</source>
        <translation>UTM-Quelle</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Where the traffic came from, e.g. google or expo.</source>
        <translation>Woher der Traffic kam, z. B. google oder messe.</translation>
    </message>
    <message>
        <source>X (Twitter) click ID</source>
        <translation>X (Twitter)-Klick-ID</translation>
    </message>
    <message>
        <source>fbc, usually fb.1.&lt;timestamp&gt;.&lt;id&gt;</source>
        <translation>fbc, meist fb.1.&lt;Zeitstempel&gt;.&lt;ID&gt;</translation>
    </message>
    <message>
        <source>fbp, usually fb.1.&lt;timestamp&gt;.&lt;number&gt;</source>
        <translation>fbp, meist fb.1.&lt;Zeitstempel&gt;.&lt;Nummer&gt;</translation>
    </message>
</context>
<context>
    <name>HistoryColumns</name>
    <message>
        <source>At Octanist</source>
        <translation>Bei Octanist</translation>
    </message>
    <message>
        <source>At Octanist: {status}</source>
        <translation>Bei Octanist: {status}</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Changed at Octanist since the last refresh.</source>
        <translation>Seit der letzten Aktualisierung bei Octanist geändert.</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Counts as “{name}”</source>
        <translation>Zählt als „{name}“</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Email / Phone</source>
        <translation>E-Mail / Telefon</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>Lead no.</source>
        <translation>Lead-Nr.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Octanist lead id</source>
        <translation>Octanist-Lead-ID</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Recorded here: {outcome}</source>
        <translation>Hier erfasst: {outcome}</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>Anfrage-ID</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>HistoryDialogs</name>
    <message numerus="yes">
        <source>%Ln lead(s)</source>
        <translation>
            <numerusform>%Ln Lead</numerusform>
            <numerusform>%Ln Leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s) ({names})</source>
        <translation>
            <numerusform>%Ln Lead ({names})</numerusform>
            <numerusform>%Ln Leads ({names})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s) being sent right now will be deleted here too, but may still reach Octanist: the request is already on its way.</source>
        <translation>
            <numerusform>%Ln Lead, der gerade gesendet wird, wird hier auch gelöscht, kann Octanist aber noch erreichen: Die Anfrage ist schon unterwegs.</numerusform>
            <numerusform>%Ln Leads, die gerade gesendet werden, werden hier auch gelöscht, können Octanist aber noch erreichen: Die Anfrage ist schon unterwegs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s) deleted from this computer.</source>
        <translation>
            <numerusform>%Ln Lead von diesem Computer gelöscht.</numerusform>
            <numerusform>%Ln Leads von diesem Computer gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s) was being sent and may still reach Octanist.</source>
        <translation>
            <numerusform>%Ln Lead wurde gerade gesendet und kann Octanist noch erreichen.</numerusform>
            <numerusform>%Ln Leads wurden gerade gesendet und können Octanist noch erreichen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All leads (%Ln)</source>
        <translation>
            <numerusform>Alle Leads (%Ln)</numerusform>
            <numerusform>Alle Leads (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete leads</source>
        <translation>Leads löschen</translation>
    </message>
    <message>
        <source>Delete {leads} from this computer?</source>
        <translation>{leads} von diesem Computer löschen?</translation>
    </message>
    <message>
        <source>Export leads</source>
        <translation>Leads exportieren</translation>
    </message>
    <message>
        <source>Export leads as CSV</source>
        <translation>Leads als CSV exportieren</translation>
    </message>
    <message numerus="yes">
        <source>Only the %Ln selected</source>
        <translation>
            <numerusform>Nur den %Ln ausgewählten</numerusform>
            <numerusform>Nur die %Ln ausgewählten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the %Ln shown</source>
        <translation>
            <numerusform>Nur den %Ln angezeigten</numerusform>
            <numerusform>Nur die %Ln angezeigten</numerusform>
        </translation>
    </message>
    <message>
        <source>The search or selection shows only some of the leads on this computer.</source>
        <translation>Die Suche oder Auswahl zeigt nur einen Teil der Leads auf diesem Computer.</translation>
    </message>
    <message>
        <source>This cannot be undone. It only removes them from Octanist Desktop&apos;s history here: leads already delivered stay in Octanist, and leads not yet delivered will never be sent.</source>
        <translation>Das lässt sich nicht rückgängig machen. Sie werden nur hier aus dem Verlauf von Octanist Desktop entfernt: Bereits zugestellte Leads bleiben in Octanist, noch nicht zugestellte Leads werden nie gesendet.</translation>
    </message>
    <message>
        <source>Which leads do you want to export?</source>
        <translation>Welche Leads möchten Sie exportieren?</translation>
    </message>
    <message>
        <source>lead {id}</source>
        <translation>Lead {id}</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>„{name}“</translation>
    </message>
</context>
<context>
    <name>HistoryStatus</name>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Being sent now</source>
        <translation>Wird gerade gesendet</translation>
    </message>
    <message>
        <source>Being sent to Octanist right now.</source>
        <translation>Wird gerade an Octanist gesendet.</translation>
    </message>
    <message>
        <source>Couldn&apos;t send</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Delivered {time}</source>
        <translation>Zugestellt {time}</translation>
    </message>
    <message>
        <source>Delivered {time} — Octanist lead id {id}</source>
        <translation>Zugestellt {time} — Octanist-Lead-ID {id}</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>Key refused</source>
        <translation>Schlüssel abgelehnt</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Next try {time}</source>
        <translation>Nächster Versuch {time}</translation>
    </message>
    <message>
        <source>Not yet delivered</source>
        <translation>Noch nicht zugestellt</translation>
    </message>
    <message>
        <source>Octanist Desktop ran into a problem of its own while sending this lead. It is not sent again by itself; press Retry to send it.</source>
        <translation>Octanist Desktop hatte beim Senden dieses Leads selbst ein Problem. Er wird nicht von selbst erneut gesendet; wählen Sie „Erneut versuchen“, um ihn zu senden.</translation>
    </message>
    <message>
        <source>Octanist has this lead.</source>
        <translation>Octanist hat diesen Lead.</translation>
    </message>
    <message>
        <source>Octanist may have this lead twice: an earlier attempt may have reached it even though no answer came back (the connection dropped or timed out), so the retry that followed may have created a second copy. Check Octanist before acting on it twice.</source>
        <translation>Octanist hat diesen Lead vielleicht doppelt: Ein früherer Versuch ist vielleicht angekommen, obwohl keine Antwort zurückkam (die Verbindung brach ab oder lief in eine Zeitüberschreitung), sodass der folgende Versuch eine zweite Kopie angelegt haben kann. Prüfen Sie Octanist, bevor Sie ihn doppelt bearbeiten.</translation>
    </message>
    <message>
        <source>Octanist refused the API key. Check the key in Settings; leads refused this way are sent again when the key changes.</source>
        <translation>Octanist hat den API-Schlüssel abgelehnt. Prüfen Sie den Schlüssel in den Einstellungen; so abgelehnte Leads werden erneut gesendet, sobald sich der Schlüssel ändert.</translation>
    </message>
    <message>
        <source>Octanist refused this lead as invalid. It is not retried on its own; enter it again corrected, or retry if the problem was on Octanist&apos;s side.</source>
        <translation>Octanist hat diesen Lead als ungültig abgelehnt. Er wird nicht von selbst erneut versucht; erfassen Sie ihn korrigiert neu, oder versuchen Sie es erneut, wenn das Problem bei Octanist lag.</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <source>Queued again</source>
        <translation>Wieder in der Warteschlange</translation>
    </message>
    <message>
        <source>Rejected by filter</source>
        <translation>Vom Filter abgelehnt</translation>
    </message>
    <message>
        <source>Retry at {time}</source>
        <translation>Erneut um {time}</translation>
    </message>
    <message>
        <source>Same email and phone as lead {id}.</source>
        <translation>Gleiche E-Mail und Telefonnummer wie Lead {id}.</translation>
    </message>
    <message>
        <source>Same email and phone as {name}, entered {when} (lead {id}).</source>
        <translation>Gleiche E-Mail und Telefonnummer wie {name}, erfasst {when} (Lead {id}).</translation>
    </message>
    <message>
        <source>Same email as lead {id}.</source>
        <translation>Gleiche E-Mail wie Lead {id}.</translation>
    </message>
    <message>
        <source>Same email as {name}, entered {when} (lead {id}).</source>
        <translation>Gleiche E-Mail wie {name}, erfasst {when} (Lead {id}).</translation>
    </message>
    <message>
        <source>Same phone as lead {id}.</source>
        <translation>Gleiche Telefonnummer wie Lead {id}.</translation>
    </message>
    <message>
        <source>Same phone as {name}, entered {when} (lead {id}).</source>
        <translation>Gleiche Telefonnummer wie {name}, erfasst {when} (Lead {id}).</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>Gespeichert {time}</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Sent once</source>
        <translation>Einmal gesendet</translation>
    </message>
    <message>
        <source>Sent {count} times</source>
        <translation>{count}-mal gesendet</translation>
    </message>
    <message>
        <source>Status: {status}.</source>
        <translation>Status: {status}.</translation>
    </message>
    <message>
        <source>The last attempt failed; it is tried again automatically at {time}.</source>
        <translation>Der letzte Versuch ist fehlgeschlagen; um {time} wird es automatisch erneut versucht.</translation>
    </message>
    <message>
        <source>The last attempt failed; it is tried again automatically.</source>
        <translation>Der letzte Versuch ist fehlgeschlagen; es wird automatisch erneut versucht.</translation>
    </message>
    <message>
        <source>Today {time}</source>
        <translation>Heute {time}</translation>
    </message>
    <message>
        <source>Waiting in the outbox; it is sent as soon as Octanist can be reached.</source>
        <translation>Wartet in der Warteschlange; wird gesendet, sobald Octanist erreichbar ist.</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Wartet auf das Senden</translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation>Wartet auf neuen Versuch</translation>
    </message>
    <message>
        <source>Your Octanist account&apos;s lead filter turned this lead away. Change the filter in Octanist and retry if it should be accepted.</source>
        <translation>Der Lead-Filter Ihres Octanist-Kontos hat diesen Lead abgewiesen. Ändern Sie den Filter in Octanist und versuchen Sie es erneut, wenn er angenommen werden soll.</translation>
    </message>
    <message>
        <source>{status} {time}</source>
        <translation>{status} {time}</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Clear search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <source>Empties the search box and shows every lead</source>
        <translation>Leert das Suchfeld und zeigt alle Leads</translation>
    </message>
    <message>
        <source>Everything about the selected lead</source>
        <translation>Alles zum ausgewählten Lead</translation>
    </message>
    <message>
        <source>Lead card</source>
        <translation>Lead-Karte</translation>
    </message>
    <message>
        <source>Lead {id} is no longer in the history.</source>
        <translation>Lead {id} ist nicht mehr im Verlauf.</translation>
    </message>
    <message>
        <source>Search leads</source>
        <translation>Leads suchen</translation>
    </message>
    <message>
        <source>Search name, email, phone or note</source>
        <translation>Name, E-Mail, Telefon oder Notiz suchen</translation>
    </message>
    <message>
        <source>Show leads</source>
        <translation>Leads zeigen</translation>
    </message>
    <message>
        <source>Shows all leads, or only those waiting, delivered or needing attention</source>
        <translation>Zeigt alle Leads oder nur wartende, zugestellte oder solche, die Aufmerksamkeit brauchen</translation>
    </message>
    <message>
        <source>Shows only the leads whose name, email, phone or note contains these words</source>
        <translation>Zeigt nur Leads, deren Name, E-Mail, Telefon oder Notiz diese Wörter enthält</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>CSV files ({patterns})</source>
        <translation>CSV-Dateien ({patterns})</translation>
    </message>
    <message>
        <source>Filled the form from the vCard of {name}.</source>
        <translation>Formular mit der vCard von {name} ausgefüllt.</translation>
    </message>
    <message>
        <source>Filled the form from the vCard.</source>
        <translation>Formular mit der vCard ausgefüllt.</translation>
    </message>
    <message>
        <source>Import leads from a CSV file</source>
        <translation>Leads aus einer CSV-Datei importieren</translation>
    </message>
    <message>
        <source>Import leads from vCards</source>
        <translation>Leads aus vCards importieren</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln lead(s) from a file.</source>
        <translation>
            <numerusform>%Ln Lead aus einer Datei importiert.</numerusform>
            <numerusform>%Ln Leads aus einer Datei importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The clipboard holds %n cards; use File ▸ Import vCard… for all of them.</source>
        <translation>
            <numerusform>Die Zwischenablage enthält %n Karte; nutzen Sie Datei ▸ vCard importieren… für alle.</numerusform>
            <numerusform>Die Zwischenablage enthält %n Karten; nutzen Sie Datei ▸ vCard importieren… für alle.</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no vCard (it should start with BEGIN:VCARD).</source>
        <translation>Die Zwischenablage enthält keine vCard (sie beginnt mit BEGIN:VCARD).</translation>
    </message>
    <message>
        <source>The clipboard holds {size} of text, more than a pasted vCard may be ({limit}). Save the cards as a .vcf file and use File ▸ Import vCard… instead.</source>
        <translation>Die Zwischenablage enthält {size} Text, mehr als eine eingefügte vCard haben darf ({limit}). Speichern Sie die Karten als .vcf-Datei und nutzen Sie Datei ▸ vCard importieren….</translation>
    </message>
    <message>
        <source>This vCard can&apos;t be used: {reason}</source>
        <translation>Diese vCard ist nicht verwendbar: {reason}</translation>
    </message>
    <message>
        <source>This vCard holds {size} characters of text, far more than a lead can take. Shorten its note in your contacts and copy it again.</source>
        <translation>Diese vCard enthält {size} Zeichen Text, weit mehr, als ein Lead aufnehmen kann. Kürzen Sie die Notiz in Ihren Kontakten und kopieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>vCard files ({patterns})</source>
        <translation>vCard-Dateien ({patterns})</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>(the lines above it are left out)</source>
        <translation>(die Zeilen darüber werden ausgelassen)</translation>
    </message>
    <message>
        <source>1. What each column is</source>
        <translation>1. Was jede Spalte ist</translation>
    </message>
    <message>
        <source>2. Check the rows</source>
        <translation>2. Zeilen prüfen</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Alle Zeilen</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Checking rows… %v of %m</source>
        <translation>Zeilen werden geprüft… %v von %m</translation>
    </message>
    <message>
        <source>Checking stopped. Change a column&apos;s destination to check again.</source>
        <translation>Prüfung angehalten. Ändern Sie das Ziel einer Spalte, um erneut zu prüfen.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Closes this window; nothing more is imported</source>
        <translation>Schließt dieses Fenster; es wird nichts mehr importiert</translation>
    </message>
    <message>
        <source>Column names are on line</source>
        <translation>Spaltennamen stehen in Zeile</translation>
    </message>
    <message>
        <source>Couldn&apos;t save {file}: {reason}.</source>
        <translation>{file} konnte nicht gespeichert werden: {reason}.</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplikate</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Exports often start with a title or notes. Choose the line that holds the column names; the lines above it are left out.</source>
        <translation>Exporte beginnen oft mit einem Titel oder Hinweisen. Wählen Sie die Zeile mit den Spaltennamen; die Zeilen darüber werden ausgelassen.</translation>
    </message>
    <message>
        <source>Gives the imported leads the event&apos;s source, UTM tags, staff member and capture method</source>
        <translation>Gibt den importierten Leads Quelle, UTM-Tags, Mitarbeiter und Erfassungsart der Veranstaltung</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Import duplicate rows too</source>
        <translation>Doppelte Zeilen auch importieren</translation>
    </message>
    <message>
        <source>Import leads — {file}</source>
        <translation>Leads importieren — {file}</translation>
    </message>
    <message>
        <source>Importing… %v of %m leads</source>
        <translation>Import läuft… %v von %m Leads</translation>
    </message>
    <message>
        <source>Line with the column names</source>
        <translation>Zeile mit den Spaltennamen</translation>
    </message>
    <message>
        <source>Line {chosen} holds no column names; line {used} is used.</source>
        <translation>Zeile {chosen} enthält keine Spaltennamen; Zeile {used} wird verwendet.</translation>
    </message>
    <message>
        <source>Nothing to import.</source>
        <translation>Nichts zu importieren.</translation>
    </message>
    <message>
        <source>Reading the column names…</source>
        <translation>Spaltennamen werden gelesen…</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Datei wird gelesen…</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>{file} wird gelesen…</translation>
    </message>
    <message>
        <source>Rows with the same email or phone as an earlier row or as a lead already in the history, or the very same cells, are skipped unless this is ticked.</source>
        <translation>Zeilen mit derselben E-Mail oder Telefonnummer wie eine frühere Zeile oder ein Lead im Verlauf, oder mit genau denselben Zellen, werden übersprungen, außer wenn dies angekreuzt ist.</translation>
    </message>
    <message>
        <source>Save rows with errors</source>
        <translation>Zeilen mit Fehlern speichern</translation>
    </message>
    <message>
        <source>Save rows with errors…</source>
        <translation>Zeilen mit Fehlern speichern…</translation>
    </message>
    <message>
        <source>Saves the checked rows as leads and sends them to Octanist</source>
        <translation>Speichert die geprüften Zeilen als Leads und sendet sie an Octanist</translation>
    </message>
    <message>
        <source>Saves the rows that can&apos;t be imported to a file you can fix and import again</source>
        <translation>Speichert die Zeilen, die sich nicht importieren lassen, in einer Datei, die Sie korrigieren und erneut importieren können</translation>
    </message>
    <message>
        <source>Several columns hold this. In each row the first one that isn&apos;t empty is sent; the others are kept in the custom data. Choose the field again on a column to make it the first choice.</source>
        <translation>Mehrere Spalten enthalten dies. In jeder Zeile wird die erste nicht leere gesendet; die anderen bleiben in den Zusatzdaten. Wählen Sie das Feld bei einer Spalte erneut, um sie zur ersten Wahl zu machen.</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Tag these rows with the current event “{event}” (source, UTM tags, staff, capture method: import)</source>
        <translation>Diese Zeilen mit der aktuellen Veranstaltung „{event}“ kennzeichnen (Quelle, UTM-Tags, Mitarbeiter, Erfassungsart: Import)</translation>
    </message>
    <message>
        <source>Tag with the current event</source>
        <translation>Mit der aktuellen Veranstaltung kennzeichnen</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>{header} (choice {n} of {count})</source>
        <translation>{header} (Wahl {n} von {count})</translation>
    </message>
</context>
<context>
    <name>ImportFiles</name>
    <message>
        <source>A line after the table (“{line}”), not a lead.</source>
        <translation>Eine Zeile nach der Tabelle („{line}“), kein Lead.</translation>
    </message>
    <message>
        <source>Card {number} can&apos;t be read: {reason}</source>
        <translation>Karte {number} ist nicht lesbar: {reason}</translation>
    </message>
    <message>
        <source>Card {number} is cut off: its END:VCARD line is missing.</source>
        <translation>Karte {number} ist abgeschnitten: Die Zeile END:VCARD fehlt.</translation>
    </message>
    <message>
        <source>Line {number}: {problem}</source>
        <translation>Zeile {number}: {problem}</translation>
    </message>
    <message>
        <source>Only one cell filled (“{cell}”), unlike the table&apos;s rows; not a lead.</source>
        <translation>Nur eine Zelle ausgefüllt („{cell}“), anders als die Zeilen der Tabelle; kein Lead.</translation>
    </message>
    <message>
        <source>Repeats the column names; not a lead.</source>
        <translation>Wiederholt die Spaltennamen; kein Lead.</translation>
    </message>
    <message>
        <source>This code holds no name, email or phone.</source>
        <translation>Dieser Code enthält weder Name noch E-Mail noch Telefon.</translation>
    </message>
    <message>
        <source>This file can&apos;t be read as CSV: {reason}.</source>
        <translation>Diese Datei lässt sich nicht als CSV lesen: {reason}.</translation>
    </message>
    <message>
        <source>This file is empty: there is no header row with column names.</source>
        <translation>Diese Datei ist leer: Es gibt keine Kopfzeile mit Spaltennamen.</translation>
    </message>
    <message>
        <source>This holds no vCard: there is no BEGIN:VCARD line.</source>
        <translation>Hier ist keine vCard enthalten: Es gibt keine Zeile BEGIN:VCARD.</translation>
    </message>
    <message>
        <source>it names a character set this app doesn&apos;t know ({charset}).</source>
        <translation>sie nennt einen Zeichensatz, den diese App nicht kennt ({charset}).</translation>
    </message>
    <message>
        <source>some of its text isn&apos;t in the character set the card names ({charset}).</source>
        <translation>ein Teil des Textes ist nicht im Zeichensatz, den die Karte nennt ({charset}).</translation>
    </message>
    <message>
        <source>{file} is {size} MB; a lead export is far smaller. Is this the right file?</source>
        <translation>{file} ist {size} MB groß; ein Lead-Export ist viel kleiner. Ist das die richtige Datei?</translation>
    </message>
    <message>
        <source>“{text}” is not a contact code (MECARD, BIZCARD or vCard).</source>
        <translation>„{text}“ ist kein Kontaktcode (MECARD, BIZCARD oder vCard).</translation>
    </message>
</context>
<context>
    <name>ImportRows</name>
    <message>
        <source>Country: “{unknown}” isn&apos;t a country this app knows; the phone was read as a number in {country}.</source>
        <translation>Land: „{unknown}“ ist kein Land, das diese App kennt; die Telefonnummer wurde als Nummer in {country} gelesen.</translation>
    </message>
    <message>
        <source>Email: an Exchange internal address (/o=…) is not an email address; it was left out.</source>
        <translation>E-Mail: Eine interne Exchange-Adresse (/o=…) ist keine E-Mail-Adresse; sie wurde weggelassen.</translation>
    </message>
    <message>
        <source>No name, email or phone in this row; its other columns alone don&apos;t make a lead.</source>
        <translation>Weder Name noch E-Mail noch Telefon in dieser Zeile; die anderen Spalten allein ergeben keinen Lead.</translation>
    </message>
    <message>
        <source>Phone: {number} is a number from {country}, but the row&apos;s country is {row_country}. Check which is right.</source>
        <translation>Telefon: {number} ist eine Nummer aus {country}, aber das Land der Zeile ist {row_country}. Prüfen Sie, was stimmt.</translation>
    </message>
    <message>
        <source>Phone: {number} is not a valid number in {country}. Correct it, or write it with + and the country code.</source>
        <translation>Telefon: {number} ist keine gültige Nummer in {country}. Korrigieren Sie sie, oder schreiben Sie sie mit + und Ländervorwahl.</translation>
    </message>
    <message>
        <source>Phone: {number} is not a valid number in {country}. Correct it, or write it with + and the country code. The country “{unknown}” isn&apos;t one this app knows, so {country} was assumed.</source>
        <translation>Telefon: {number} ist keine gültige Nummer in {country}. Korrigieren Sie sie, oder schreiben Sie sie mit + und Ländervorwahl. Das Land „{unknown}“ kennt diese App nicht, daher wurde {country} angenommen.</translation>
    </message>
    <message>
        <source>Same as row {row}.</source>
        <translation>Wie Zeile {row}.</translation>
    </message>
    <message>
        <source>Same email as row {row}.</source>
        <translation>Gleiche E-Mail wie Zeile {row}.</translation>
    </message>
    <message>
        <source>Same phone as row {row}.</source>
        <translation>Gleiche Telefonnummer wie Zeile {row}.</translation>
    </message>
</context>
<context>
    <name>ImportWords</name>
    <message numerus="yes">
        <source>%Ln duplicate(s) imported too</source>
        <translation>
            <numerusform>%Ln Duplikat auch importiert</numerusform>
            <numerusform>%Ln Duplikate auch importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate(s) skipped</source>
        <translation>
            <numerusform>%Ln Duplikat übersprungen</numerusform>
            <numerusform>%Ln Duplikate übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s)</source>
        <translation>
            <numerusform>%Ln Lead</numerusform>
            <numerusform>%Ln Leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s) already imported</source>
        <translation>
            <numerusform>%Ln Lead schon importiert</numerusform>
            <numerusform>%Ln Leads schon importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s) ready to import</source>
        <translation>
            <numerusform>%Ln Lead bereit zum Import</numerusform>
            <numerusform>%Ln Leads bereit zum Import</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them with a warning</source>
        <translation>
            <numerusform>davon %Ln mit Warnung</numerusform>
            <numerusform>davon %Ln mit Warnung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) that are no leads skipped</source>
        <translation>
            <numerusform>%Ln Zeile ohne Lead übersprungen</numerusform>
            <numerusform>%Ln Zeilen ohne Lead übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) with errors</source>
        <translation>
            <numerusform>%Ln Zeile mit Fehlern</numerusform>
            <numerusform>%Ln Zeilen mit Fehlern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) with errors left out: save them to fix.</source>
        <translation>
            <numerusform>%Ln Zeile mit Fehlern ausgelassen: Speichern Sie sie, um sie zu korrigieren.</numerusform>
            <numerusform>%Ln Zeilen mit Fehlern ausgelassen: Speichern Sie sie, um sie zu korrigieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Column choices from your last file with these columns.</source>
        <translation>Spaltenwahl aus Ihrer letzten Datei mit diesen Spalten.</translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln lead(s)</source>
        <translation>
            <numerusform>%Ln Lead importieren</numerusform>
            <numerusform>%Ln Leads importieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln lead(s); sending in the background.</source>
        <translation>
            <numerusform>%Ln Lead importiert; wird im Hintergrund gesendet.</numerusform>
            <numerusform>%Ln Leads importiert; werden im Hintergrund gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported {done} of %Ln. {error}</source>
        <translation>
            <numerusform>{done} von %Ln importiert. {error}</numerusform>
            <numerusform>{done} von %Ln importiert. {error}</numerusform>
        </translation>
    </message>
    <message>
        <source>No column goes to Name, Email or Phone: choose one above.</source>
        <translation>Keine Spalte geht zu Name, E-Mail oder Telefon: Wählen Sie oben eine aus.</translation>
    </message>
    <message>
        <source>Not saved: {rows}</source>
        <translation>Nicht gespeichert: {rows}</translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln row(s) with errors to {path}.</source>
        <translation>
            <numerusform>%Ln Zeile mit Fehlern in {path} gespeichert.</numerusform>
            <numerusform>%Ln Zeilen mit Fehlern in {path} gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after {done} of %Ln; those are saved and will be sent. Import again to add the rest.</source>
        <translation>
            <numerusform>Angehalten nach {done} von %Ln; diese sind gespeichert und werden gesendet. Importieren Sie erneut, um den Rest hinzuzufügen.</numerusform>
            <numerusform>Angehalten nach {done} von %Ln; diese sind gespeichert und werden gesendet. Importieren Sie erneut, um den Rest hinzuzufügen.</numerusform>
        </translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>kommagetrennt</translation>
    </message>
    <message>
        <source>row {row}: {why}</source>
        <translation>Zeile {row}: {why}</translation>
    </message>
    <message>
        <source>semicolon-separated</source>
        <translation>semikolongetrennt</translation>
    </message>
    <message>
        <source>tab-separated</source>
        <translation>tabulatorgetrennt</translation>
    </message>
    <message>
        <source>{delimiter}-separated</source>
        <translation>getrennt durch {delimiter}</translation>
    </message>
    <message numerus="yes">
        <source>{file}: %Ln contact card(s).</source>
        <translation>
            <numerusform>{file}: %Ln Kontaktkarte.</numerusform>
            <numerusform>{file}: %Ln Kontaktkarten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file}: %Ln vCard(s).</source>
        <translation>
            <numerusform>{file}: %Ln vCard.</numerusform>
            <numerusform>{file}: %Ln vCards.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file}: {rows}, %Ln column(s), {delimiter}, {encoding}.</source>
        <translation>
            <numerusform>{file}: {rows}, %Ln Spalte, {delimiter}, {encoding}.</numerusform>
            <numerusform>{file}: {rows}, %Ln Spalten, {delimiter}, {encoding}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{rows} (and %Ln more)</source>
        <translation>
            <numerusform>{rows} (und %Ln weitere)</numerusform>
            <numerusform>{rows} (und %Ln weitere)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWorker</name>
    <message numerus="yes">
        <source>Leads from number {number} on could not be saved ({reason}); the import stopped there, with %Ln saved.</source>
        <translation>
            <numerusform>Leads ab Nummer {number} konnten nicht gespeichert werden ({reason}); der Import hat dort angehalten, %Ln gespeichert.</numerusform>
            <numerusform>Leads ab Nummer {number} konnten nicht gespeichert werden ({reason}); der Import hat dort angehalten, %Ln gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The column names can&apos;t be read from that line.</source>
        <translation>Aus dieser Zeile lassen sich keine Spaltennamen lesen.</translation>
    </message>
    <message>
        <source>The lead database can&apos;t be opened ({reason}).</source>
        <translation>Die Lead-Datenbank lässt sich nicht öffnen ({reason}).</translation>
    </message>
    <message>
        <source>{file} can&apos;t be opened: {reason}.</source>
        <translation>{file} lässt sich nicht öffnen: {reason}.</translation>
    </message>
    <message>
        <source>{file} can&apos;t be read: something unexpected went wrong.</source>
        <translation>{file} lässt sich nicht lesen: Etwas Unerwartetes ist schiefgegangen.</translation>
    </message>
</context>
<context>
    <name>JsonEditor</name>
    <message>
        <source>Plain text — sent as a string</source>
        <translation>Einfacher Text — wird als Text gesendet</translation>
    </message>
    <message>
        <source>This is not valid JSON.</source>
        <translation>Das ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>Valid JSON array</source>
        <translation>Gültiges JSON-Array</translation>
    </message>
    <message>
        <source>Valid JSON object</source>
        <translation>Gültiges JSON-Objekt</translation>
    </message>
</context>
<context>
    <name>JsonProblems</name>
    <message>
        <source>A backslash {at} starts no known escape; write {backslash} for a backslash.</source>
        <translation>Ein Backslash {at} leitet keine bekannte Escape-Folge ein; schreiben Sie {backslash} für einen Backslash.</translation>
    </message>
    <message>
        <source>A line break or tab inside quotes {at}; write {newline} or {tab} instead.</source>
        <translation>Ein Zeilenumbruch oder Tabulator in Anführungszeichen {at}; schreiben Sie stattdessen {newline} oder {tab}.</translation>
    </message>
    <message>
        <source>A value is missing {at}.</source>
        <translation>Es fehlt ein Wert {at}.</translation>
    </message>
    <message>
        <source>Extra {char} at line {line}, column {column}: there is nothing for it to close.</source>
        <translation>Überzähliges {char} in Zeile {line}, Spalte {column}: Es gibt nichts, was es schließen könnte.</translation>
    </message>
    <message>
        <source>Missing closing {closer} at line {line} (the {opener} at line {open_line}, column {open_column} is never closed).</source>
        <translation>Schließendes {closer} fehlt in Zeile {line} (das {opener} in Zeile {open_line}, Spalte {open_column} wird nie geschlossen).</translation>
    </message>
    <message>
        <source>Missing closing {closer} before the {char} at line {line}, column {column} (for the {opener} at line {open_line}, column {open_column}).</source>
        <translation>Schließendes {closer} fehlt vor dem {char} in Zeile {line}, Spalte {column} (für das {opener} in Zeile {open_line}, Spalte {open_column}).</translation>
    </message>
    <message>
        <source>Missing closing {quote} for the text that starts at line {line}, column {column}.</source>
        <translation>Schließendes {quote} fehlt für den Text, der in Zeile {line}, Spalte {column} beginnt.</translation>
    </message>
    <message>
        <source>Missing comma {at}, between two items.</source>
        <translation>Komma fehlt {at}, zwischen zwei Einträgen.</translation>
    </message>
    <message>
        <source>Missing {colon} {at}, between a name and its value.</source>
        <translation>{colon} fehlt {at}, zwischen einem Namen und seinem Wert.</translation>
    </message>
    <message>
        <source>Put the name {at} in double quotes, like {example}.</source>
        <translation>Setzen Sie den Namen {at} in doppelte Anführungszeichen, etwa {example}.</translation>
    </message>
    <message>
        <source>Put the text {at} in double quotes, like {example}.</source>
        <translation>Setzen Sie den Text {at} in doppelte Anführungszeichen, etwa {example}.</translation>
    </message>
    <message>
        <source>Remove the comma before the {char} {at}: nothing follows it.</source>
        <translation>Entfernen Sie das Komma vor dem {char} {at}: Danach folgt nichts.</translation>
    </message>
    <message>
        <source>There is more after the end {at}; put everything inside one {braces} or {brackets}, separated by commas.</source>
        <translation>Nach dem Ende {at} folgt noch etwas; setzen Sie alles in ein einziges {braces} oder {brackets}, getrennt durch Kommas.</translation>
    </message>
    <message>
        <source>Use double quotes ({quote}) around names, not single ones, {at}.</source>
        <translation>Verwenden Sie doppelte Anführungszeichen ({quote}) um Namen, keine einfachen, {at}.</translation>
    </message>
    <message>
        <source>Use double quotes ({quote}) around text, not single ones, {at}.</source>
        <translation>Verwenden Sie doppelte Anführungszeichen ({quote}) um Text, keine einfachen, {at}.</translation>
    </message>
    <message>
        <source>at line {line}, column {column}</source>
        <translation>in Zeile {line}, Spalte {column}</translation>
    </message>
    <message>
        <source>{problem} {at}.</source>
        <translation>{problem} {at}.</translation>
    </message>
</context>
<context>
    <name>KeyCheck</name>
    <message>
        <source>Couldn&apos;t reach Octanist: {reason}</source>
        <translation>Octanist ist nicht erreichbar: {reason}</translation>
    </message>
    <message>
        <source>Octanist answered unexpectedly: {message}</source>
        <translation>Octanist hat unerwartet geantwortet: {message}</translation>
    </message>
    <message>
        <source>✖ {problem}</source>
        <translation>✖ {problem}</translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message>
        <source>The API key is empty. Copy it from Octanist → Settings → API and paste it here.</source>
        <translation>Der API-Schlüssel ist leer. Kopieren Sie ihn aus Octanist → Einstellungen → API und fügen Sie ihn hier ein.</translation>
    </message>
    <message>
        <source>The system keyring could not be started</source>
        <translation>Der Schlüsselbund des Systems konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>The system keyring did not work</source>
        <translation>Der Schlüsselbund des Systems hat nicht funktioniert</translation>
    </message>
    <message>
        <source>The system keyring is locked. Unlock it (log in to your desktop session) and try again, or use the key for this session only.</source>
        <translation>Der Schlüsselbund des Systems ist gesperrt. Entsperren Sie ihn (melden Sie sich an Ihrer Arbeitsumgebung an) und versuchen Sie es erneut, oder verwenden Sie den Schlüssel nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>The system keyring refused to store the key</source>
        <translation>Der Schlüsselbund des Systems hat das Speichern des Schlüssels verweigert</translation>
    </message>
    <message>
        <source>Your system has no password store (keyring) this app can use. You can still use the key for this session only; it will not be saved.</source>
        <translation>Ihr System hat keinen Passwortspeicher (Schlüsselbund), den diese App nutzen kann. Sie können den Schlüssel trotzdem für diese Sitzung verwenden; er wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>{what} ({detail}). Check that your desktop&apos;s password store is running and unlocked, then try again, or use the key for this session only.</source>
        <translation>{what} ({detail}). Prüfen Sie, ob der Passwortspeicher Ihrer Arbeitsumgebung läuft und entsperrt ist, und versuchen Sie es erneut, oder verwenden Sie den Schlüssel nur für diese Sitzung.</translation>
    </message>
</context>
<context>
    <name>KeyWords</name>
    <message>
        <source>API key: from OCTANIST_API_KEY (not saved)</source>
        <translation>API-Schlüssel: aus OCTANIST_API_KEY (nicht gespeichert)</translation>
    </message>
    <message>
        <source>API key: this session only (not saved)</source>
        <translation>API-Schlüssel: nur diese Sitzung (nicht gespeichert)</translation>
    </message>
    <message>
        <source>API key: waiting for the system keyring…</source>
        <translation>API-Schlüssel: wartet auf den Passwortspeicher …</translation>
    </message>
    <message>
        <source>Connected to Octanist.</source>
        <translation>Mit Octanist verbunden.</translation>
    </message>
    <message>
        <source>Connecting to Octanist…</source>
        <translation>Verbindung mit Octanist wird hergestellt …</translation>
    </message>
    <message>
        <source>No API key is set.</source>
        <translation>Es ist kein API-Schlüssel eingerichtet.</translation>
    </message>
    <message>
        <source>No API key is set. Open Settings and paste the API key from your Octanist account; leads wait in the outbox until then.</source>
        <translation>Es ist kein API-Schlüssel eingerichtet. Öffnen Sie die Einstellungen und fügen Sie den API-Schlüssel aus Ihrem Octanist-Konto ein; bis dahin warten die Leads im Postausgang.</translation>
    </message>
    <message>
        <source>Octanist did not accept the API key ({said}). Open Settings and paste the API key from your Octanist account again; leads wait in the outbox until then.</source>
        <translation>Octanist hat den API-Schlüssel nicht akzeptiert ({said}). Öffnen Sie die Einstellungen und fügen Sie den API-Schlüssel aus Ihrem Octanist-Konto erneut ein; bis dahin warten die Leads im Postausgang.</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>The API key contains spaces or characters an Octanist key can&apos;t have. Open Settings and paste the key from your Octanist account again.</source>
        <translation>Der API-Schlüssel enthält Leerzeichen oder Zeichen, die ein Octanist-Schlüssel nicht haben kann. Öffnen Sie die Einstellungen und fügen Sie den Schlüssel aus Ihrem Octanist-Konto erneut ein.</translation>
    </message>
    <message>
        <source>The system keyring hasn&apos;t answered yet; it may be asking you to unlock it. Leads you enter are saved and sent once it answers. Or open Settings (Ctrl+,) and use your key for this session only.</source>
        <translation>Der Passwortspeicher des Systems hat noch nicht geantwortet; vielleicht möchte er entsperrt werden. Eingegebene Leads werden gespeichert und gesendet, sobald er antwortet. Oder öffnen Sie die Einstellungen (Strg+,) und verwenden Sie Ihren Schlüssel nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>This key is used for this session only; it is not saved.</source>
        <translation>Dieser Schlüssel gilt nur für diese Sitzung; er wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>Using OCTANIST_API_KEY from the environment for this run; it is not saved.</source>
        <translation>OCTANIST_API_KEY aus der Umgebung wird für diesen Start verwendet; er wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>You are trying the built-in sandbox: leads stay on this computer and are never sent to Octanist. It has a key of its own. To send real leads, leave the sandbox and enter your Octanist API key.</source>
        <translation>Sie probieren die eingebaute Sandbox aus: Leads bleiben auf diesem Computer und werden nie an Octanist gesendet. Sie hat einen eigenen Schlüssel. Um echte Leads zu senden, verlassen Sie die Sandbox und geben Sie Ihren Octanist-API-Schlüssel ein.</translation>
    </message>
    <message>
        <source>● API key refused — open Settings</source>
        <translation>● API-Schlüssel abgelehnt — Einstellungen öffnen</translation>
    </message>
    <message>
        <source>● No API key yet — open Settings (Ctrl+,)</source>
        <translation>● Noch kein API-Schlüssel — Einstellungen öffnen (Strg+,)</translation>
    </message>
    <message>
        <source>● Offline — leads are kept and sent when the connection returns</source>
        <translation>● Offline — Leads werden aufbewahrt und gesendet, sobald die Verbindung zurück ist</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● Online</translation>
    </message>
    <message>
        <source>● Ready</source>
        <translation>● Bereit</translation>
    </message>
    <message>
        <source>● Sending…</source>
        <translation>● Senden …</translation>
    </message>
    <message>
        <source>✔ Key accepted by Octanist</source>
        <translation>✔ Schlüssel von Octanist akzeptiert</translation>
    </message>
    <message>
        <source>✖ Octanist refused this key (401). Copy it again from Octanist → Settings → API.</source>
        <translation>✖ Octanist hat diesen Schlüssel abgelehnt (401). Kopieren Sie ihn erneut aus Octanist → Einstellungen → API.</translation>
    </message>
</context>
<context>
    <name>LastLead</name>
    <message>
        <source>Send or clear the lead you are typing first, then press Edit again.</source>
        <translation>Senden oder leeren Sie zuerst den Lead, den Sie gerade eingeben, und klicken Sie dann erneut auf Bearbeiten.</translation>
    </message>
</context>
<context>
    <name>LeadActions</name>
    <message numerus="yes">
        <source>%Ln lead(s) queued to send now.</source>
        <translation>
            <numerusform>%Ln Lead wird jetzt gesendet.</numerusform>
            <numerusform>%Ln Leads werden jetzt gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln request id(s) copied.</source>
        <translation>
            <numerusform>%Ln Anfrage-ID kopiert.</numerusform>
            <numerusform>%Ln Anfrage-IDs kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export to {path}: {reason}</source>
        <translation>Export nach {path} fehlgeschlagen: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln lead(s) to {path}.</source>
        <translation>
            <numerusform>%Ln Lead nach {path} exportiert.</numerusform>
            <numerusform>%Ln Leads nach {path} exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>No request id yet: these leads have had no answer from Octanist.</source>
        <translation>Noch keine Anfrage-ID: Für diese Leads kam noch keine Antwort von Octanist.</translation>
    </message>
    <message>
        <source>Nothing to retry: only waiting or refused leads can be retried.</source>
        <translation>Nichts zu wiederholen: Nur wartende oder abgelehnte Leads lassen sich erneut senden.</translation>
    </message>
    <message>
        <source>The leads could not be deleted ({reason}). Try again.</source>
        <translation>Die Leads konnten nicht gelöscht werden ({reason}). Versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>LeadCard</name>
    <message numerus="yes">
        <source>%n detail(s)</source>
        <translation>
            <numerusform>%n Angabe</numerusform>
            <numerusform>%n Angaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Custom data</source>
        <translation>Zusatzdaten</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>Lead no.</source>
        <translation>Lead-Nr.</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>Erfasst per</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>LeadContextBar</name>
    <message>
        <source>Captured via</source>
        <translation>Erfasst über</translation>
    </message>
    <message>
        <source>Captured via:</source>
        <translation>Erfasst über:</translation>
    </message>
    <message>
        <source>Event: {name}</source>
        <translation>Veranstaltung: {name}</translation>
    </message>
    <message>
        <source>How this lead was taken; sent in custom data</source>
        <translation>Wie dieser Lead aufgenommen wurde; wird in den Zusatzdaten gesendet</translation>
    </message>
    <message>
        <source>No event preset</source>
        <translation>Keine Veranstaltungsvorlage</translation>
    </message>
    <message>
        <source>· Staff: {name}</source>
        <translation>· Mitarbeiter: {name}</translation>
    </message>
</context>
<context>
    <name>LeadDelivery</name>
    <message>
        <source>Reading each lead&apos;s status from Octanist…</source>
        <translation>Der Status jedes Leads wird von Octanist abgerufen…</translation>
    </message>
</context>
<context>
    <name>LeadDetails</name>
    <message numerus="yes">
        <source>%Ln leads selected.</source>
        <translation>
            <numerusform>%Ln Lead ausgewählt.</numerusform>
            <numerusform>%Ln Leads ausgewählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Custom data</source>
        <translation>Zusatzdaten</translation>
    </message>
    <message>
        <source>For support</source>
        <translation>Für den Support</translation>
    </message>
    <message>
        <source>Hide what was sent</source>
        <translation>Gesendete Daten ausblenden</translation>
    </message>
    <message>
        <source>Lead {id}</source>
        <translation>Lead {id}</translation>
    </message>
    <message>
        <source>No answer from Octanist yet.</source>
        <translation>Noch keine Antwort von Octanist.</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Noch keine</translation>
    </message>
    <message>
        <source>Nothing was recorded.</source>
        <translation>Es wurde nichts erfasst.</translation>
    </message>
    <message>
        <source>Octanist lead id:</source>
        <translation>Octanist-Lead-ID:</translation>
    </message>
    <message>
        <source>Octanist&apos;s answer</source>
        <translation>Antwort von Octanist</translation>
    </message>
    <message>
        <source>Octanist&apos;s answer:</source>
        <translation>Antwort von Octanist:</translation>
    </message>
    <message>
        <source>Possible duplicate.</source>
        <translation>Mögliches Duplikat.</translation>
    </message>
    <message>
        <source>Request id:</source>
        <translation>Anfrage-ID:</translation>
    </message>
    <message>
        <source>Select a lead to see what was sent and what Octanist answered.</source>
        <translation>Wählen Sie einen Lead, um zu sehen, was gesendet wurde und was Octanist geantwortet hat.</translation>
    </message>
    <message>
        <source>Sent to Octanist</source>
        <translation>An Octanist gesendet</translation>
    </message>
    <message>
        <source>Sent to Octanist:</source>
        <translation>An Octanist gesendet:</translation>
    </message>
    <message>
        <source>Show lead {id}</source>
        <translation>Lead {id} anzeigen</translation>
    </message>
    <message>
        <source>Show what was sent</source>
        <translation>Gesendete Daten anzeigen</translation>
    </message>
    <message>
        <source>Shows or hides exactly what was sent to Octanist and what it answered</source>
        <translation>Zeigt oder verbirgt genau, was an Octanist gesendet wurde und was es geantwortet hat</translation>
    </message>
    <message>
        <source>Source and consent</source>
        <translation>Quelle und Einwilligung</translation>
    </message>
    <message>
        <source>The lead as it was sent, for support</source>
        <translation>Der Lead, wie er gesendet wurde, für den Support</translation>
    </message>
    <message>
        <source>What Octanist answered when the lead was sent, for support</source>
        <translation>Was Octanist beim Senden des Leads geantwortet hat, für den Support</translation>
    </message>
    <message>
        <source>What went wrong: {error}</source>
        <translation>Was schiefging: {error}</translation>
    </message>
    <message>
        <source>{job} at {company}</source>
        <translation>{job} bei {company}</translation>
    </message>
</context>
<context>
    <name>LeadForm</name>
    <message numerus="yes">
        <source>Not sent: %n field(s) to fix. {field}: {problem}</source>
        <translation>
            <numerusform>Nicht gesendet: %n Feld zu korrigieren. {field}: {problem}</numerusform>
            <numerusform>Nicht gesendet: %n Felder zu korrigieren. {field}: {problem}</numerusform>
        </translation>
    </message>
    <message>
        <source>The company, job title, answers and event details are sent with the custom data.</source>
        <translation>Firma, Position, Antworten und Veranstaltungsdaten werden mit den Zusatzdaten gesendet.</translation>
    </message>
    <message>
        <source>The lead could not be saved because of an unexpected problem ({problem}). Nothing was lost from the form; press Ctrl+Enter to try again, or copy what you typed somewhere safe.</source>
        <translation>Der Lead konnte wegen eines unerwarteten Problems nicht gespeichert werden ({problem}). Im Formular ist nichts verloren gegangen; drücken Sie Strg+Eingabe, um es erneut zu versuchen, oder kopieren Sie Ihre Eingaben an einen sicheren Ort.</translation>
    </message>
    <message>
        <source>The lead could not be saved on this computer ({problem}). Nothing was lost from the form; free some disk space and press Ctrl+Enter again.</source>
        <translation>Der Lead konnte auf diesem Computer nicht gespeichert werden ({problem}). Im Formular ist nichts verloren gegangen; schaffen Sie etwas Speicherplatz und drücken Sie erneut Strg+Eingabe.</translation>
    </message>
    <message>
        <source>The lead could not be saved: its custom data is nested too deeply to store. Nothing was lost from the form; flatten the custom data and press Ctrl+Enter again.</source>
        <translation>Der Lead konnte nicht gespeichert werden: Seine Zusatzdaten sind zu tief verschachtelt. Im Formular ist nichts verloren gegangen; vereinfachen Sie die Zusatzdaten und drücken Sie erneut Strg+Eingabe.</translation>
    </message>
    <message>
        <source>The list above is sent under “{key}”, together with the company, job title, answers and event details.</source>
        <translation>Die Liste oben wird unter „{key}“ gesendet, zusammen mit Firma, Position, Antworten und Veranstaltungsdaten.</translation>
    </message>
    <message>
        <source>The text above is sent under “{key}”, together with the company, job title, answers and event details.</source>
        <translation>Der Text oben wird unter „{key}“ gesendet, zusammen mit Firma, Position, Antworten und Veranstaltungsdaten.</translation>
    </message>
    <message>
        <source>Will be sent as {number}</source>
        <translation>Wird gesendet als {number}</translation>
    </message>
    <message>
        <source>Your custom data replaces the form&apos;s value for: {keys}.</source>
        <translation>Ihre Zusatzdaten ersetzen den Wert aus dem Formular für: {keys}.</translation>
    </message>
    <message>
        <source>{problem} Press Ctrl+Enter again to send it anyway.</source>
        <translation>{problem} Drücken Sie erneut Strg+Eingabe, um ihn trotzdem zu senden.</translation>
    </message>
</context>
<context>
    <name>LeadReceipt</name>
    <message>
        <source>Already delivered to Octanist ({when}), so it can&apos;t be changed here: correct it in Octanist.</source>
        <translation>Bereits an Octanist zugestellt ({when}), daher hier nicht mehr änderbar: Korrigieren Sie ihn in Octanist.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>It is being sent right now, so it can&apos;t be taken back.</source>
        <translation>Er wird gerade gesendet und kann daher nicht zurückgeholt werden.</translation>
    </message>
    <message>
        <source>It may already be at Octanist (an attempt got no answer), so it can&apos;t be taken back: check it in History.</source>
        <translation>Er ist vielleicht schon bei Octanist (ein Versuch blieb ohne Antwort) und kann daher nicht zurückgeholt werden: Prüfen Sie ihn im Verlauf.</translation>
    </message>
    <message>
        <source>Lead {id}</source>
        <translation>Lead {id}</translation>
    </message>
    <message>
        <source>Opens this lead&apos;s card in the History tab</source>
        <translation>Öffnet die Karte dieses Leads auf der Registerkarte Verlauf</translation>
    </message>
    <message>
        <source>Show in History</source>
        <translation>Im Verlauf zeigen</translation>
    </message>
    <message>
        <source>Take this lead back into the form to correct it</source>
        <translation>Diesen Lead zurück ins Formular holen, um ihn zu korrigieren</translation>
    </message>
    <message>
        <source>This lead is no longer in History, so there is nothing to edit.</source>
        <translation>Dieser Lead ist nicht mehr im Verlauf, daher gibt es nichts zu bearbeiten.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>{who} is back in the form: it is sent only when you save it again</source>
        <translation>{who} ist wieder im Formular: wird erst gesendet, wenn Sie erneut speichern</translation>
    </message>
    <message>
        <source>✓ {who} — delivered</source>
        <translation>✓ {who} — zugestellt</translation>
    </message>
    <message>
        <source>✓ {who} — queued: Octanist refused the API key; sent once it is fixed</source>
        <translation>✓ {who} — wartet: Octanist hat den API-Schlüssel abgelehnt; wird gesendet, sobald er stimmt</translation>
    </message>
    <message>
        <source>✓ {who} — queued: offline, sent when the connection returns</source>
        <translation>✓ {who} — wartet: offline, wird gesendet, sobald die Verbindung zurück ist</translation>
    </message>
    <message>
        <source>✓ {who} — queued: sent once an API key is set</source>
        <translation>✓ {who} — wartet: wird gesendet, sobald ein API-Schlüssel eingerichtet ist</translation>
    </message>
    <message>
        <source>✓ {who} — saved, sending…</source>
        <translation>✓ {who} — gespeichert, wird gesendet…</translation>
    </message>
    <message>
        <source>✖ {who} — refused: {reason}, see History</source>
        <translation>✖ {who} — abgelehnt: {reason}, siehe Verlauf</translation>
    </message>
</context>
<context>
    <name>LeadTable</name>
    <message>
        <source>Default columns</source>
        <translation>Standardspalten</translation>
    </message>
    <message>
        <source>Every lead typed or imported here, newest first; select one to see its card. Right-click or the Menu key for what you can do with it</source>
        <translation>Jeder hier erfasste oder importierte Lead, neueste zuerst; wählen Sie einen, um seine Karte zu sehen. Rechtsklick oder die Menütaste für das, was Sie damit tun können</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Send lead  (Ctrl+Enter)</source>
        <translation>Lead &amp;senden  (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Checks the form, saves the lead on this computer and sends it to Octanist</source>
        <translation>Prüft das Formular, speichert den Lead auf diesem Computer und sendet ihn an Octanist</translation>
    </message>
    <message>
        <source>Couldn&apos;t read the status from Octanist now; it is tried again later.</source>
        <translation>Der Status ließ sich gerade nicht von Octanist abrufen; es wird später erneut versucht.</translation>
    </message>
    <message>
        <source>Every lead sent from here, with its card (Ctrl+2)</source>
        <translation>Jeder von hier gesendete Lead, mit seiner Karte (Strg+2)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Menus that don&apos;t fit in the menu bar</source>
        <translation>Menüs, die nicht in die Menüleiste passen</translation>
    </message>
    <message>
        <source>More menus</source>
        <translation>Weitere Menüs</translation>
    </message>
    <message>
        <source>New lead</source>
        <translation>Neuer Lead</translation>
    </message>
    <message>
        <source>Octanist Desktop — Sandbox (leads stay on this computer)</source>
        <translation>Octanist Desktop — Sandbox (Leads bleiben auf diesem Computer)</translation>
    </message>
    <message>
        <source>Send lead</source>
        <translation>Lead senden</translation>
    </message>
    <message>
        <source>Status read from Octanist: {count} of your leads.</source>
        <translation>Status von Octanist abgerufen: {count} Ihrer Leads.</translation>
    </message>
    <message>
        <source>This Octanist server doesn&apos;t report each lead&apos;s status.</source>
        <translation>Dieser Octanist-Server meldet den Status der einzelnen Leads nicht.</translation>
    </message>
    <message>
        <source>Type a lead and send it (Ctrl+1)</source>
        <translation>Einen Lead eingeben und senden (Strg+1)</translation>
    </message>
</context>
<context>
    <name>MappingTable</name>
    <message>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Custom data key</source>
        <translation>Schlüssel für Zusatzdaten</translation>
    </message>
    <message>
        <source>Each column of the file, an example from it, and the lead field it goes to</source>
        <translation>Jede Spalte der Datei, ein Beispiel daraus und das Lead-Feld, zu dem sie geht</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Geht zu</translation>
    </message>
    <message>
        <source>Keep “{column}” in the custom data under this key:</source>
        <translation>„{column}“ in den Zusatzdaten unter diesem Schlüssel behalten:</translation>
    </message>
    <message>
        <source>Other custom data key…</source>
        <translation>Anderer Schlüssel für Zusatzdaten…</translation>
    </message>
    <message>
        <source>Where {column} goes</source>
        <translation>Wohin {column} geht</translation>
    </message>
</context>
<context>
    <name>MatchHint</name>
    <message>
        <source>Already at Octanist, entered by another device — possible duplicate</source>
        <translation>Schon bei Octanist, auf einem anderen Gerät erfasst — mögliches Duplikat</translation>
    </message>
    <message>
        <source>Already at Octanist: entered {when} by another device</source>
        <translation>Schon bei Octanist: {when} auf einem anderen Gerät erfasst</translation>
    </message>
    <message>
        <source>Already in history: lead {lead}, entered {when}.</source>
        <translation>Schon im Verlauf: Lead {lead}, {when} erfasst.</translation>
    </message>
    <message>
        <source>Already in history: lead {lead}, sent {when}.</source>
        <translation>Schon im Verlauf: Lead {lead}, {when} gesendet.</translation>
    </message>
    <message>
        <source>Entered {when} — possible duplicate</source>
        <translation>Erfasst {when} — mögliches Duplikat</translation>
    </message>
    <message>
        <source>Same email as a lead entered {when}</source>
        <translation>Gleiche E-Mail wie ein Lead, der {when} erfasst wurde</translation>
    </message>
    <message>
        <source>Same email as a lead sent {when}</source>
        <translation>Gleiche E-Mail wie ein Lead, der {when} gesendet wurde</translation>
    </message>
    <message>
        <source>Same email as {name}, entered {when}</source>
        <translation>Gleiche E-Mail wie {name}, {when} erfasst</translation>
    </message>
    <message>
        <source>Same email as {name}, sent {when}</source>
        <translation>Gleiche E-Mail wie {name}, {when} gesendet</translation>
    </message>
    <message>
        <source>Same phone number as a lead entered {when}</source>
        <translation>Gleiche Telefonnummer wie ein Lead, der {when} erfasst wurde</translation>
    </message>
    <message>
        <source>Same phone number as a lead sent {when}</source>
        <translation>Gleiche Telefonnummer wie ein Lead, der {when} gesendet wurde</translation>
    </message>
    <message>
        <source>Same phone number as {name}, entered {when}</source>
        <translation>Gleiche Telefonnummer wie {name}, {when} erfasst</translation>
    </message>
    <message>
        <source>Same phone number as {name}, sent {when}</source>
        <translation>Gleiche Telefonnummer wie {name}, {when} gesendet</translation>
    </message>
    <message>
        <source>Sent {when} — possible duplicate</source>
        <translation>Gesendet {when} — mögliches Duplikat</translation>
    </message>
    <message>
        <source>today {time}</source>
        <translation>heute um {time}</translation>
    </message>
    <message>
        <source>yesterday {time}</source>
        <translation>gestern um {time}</translation>
    </message>
    <message>
        <source>{date} {time}</source>
        <translation>am {date} um {time}</translation>
    </message>
</context>
<context>
    <name>NetworkAnswers</name>
    <message>
        <source>A secure connection to {host} could not be made ({detail}). On public or hotel Wi-Fi, sign in to the network first; otherwise check the computer&apos;s date and time. {tried_again}</source>
        <translation>Es konnte keine sichere Verbindung zu {host} hergestellt werden ({detail}). Melden Sie sich in öffentlichem oder Hotel-WLAN zuerst im Netzwerk an; prüfen Sie sonst Datum und Uhrzeit des Computers. {tried_again}</translation>
    </message>
    <message>
        <source>Could not find {host}: this computer seems to be offline, or the API URL in Settings is misspelt. {offline}</source>
        <translation>{host} wurde nicht gefunden: Dieser Computer scheint offline zu sein, oder die API-URL in den Einstellungen ist falsch geschrieben. {offline}</translation>
    </message>
    <message>
        <source>Could not reach {host}: connecting timed out. Check the internet connection. {offline}</source>
        <translation>{host} ist nicht erreichbar: Der Verbindungsaufbau dauerte zu lange. Prüfen Sie die Internetverbindung. {offline}</translation>
    </message>
    <message>
        <source>Could not reach {host}: no connection could be made. Check the internet connection. {offline}</source>
        <translation>{host} ist nicht erreichbar: Es konnte keine Verbindung hergestellt werden. Prüfen Sie die Internetverbindung. {offline}</translation>
    </message>
    <message>
        <source>Could not reach {host}: the connection was refused. Check the internet connection. {offline}</source>
        <translation>{host} ist nicht erreichbar: Die Verbindung wurde abgelehnt. Prüfen Sie die Internetverbindung. {offline}</translation>
    </message>
    <message>
        <source>Octanist answered without confirming the lead ({said}). It will be tried again.</source>
        <translation>Octanist hat geantwortet, ohne den Lead zu bestätigen ({said}). Es wird erneut versucht.</translation>
    </message>
    <message>
        <source>Octanist answered without confirming the lead. It will be tried again.</source>
        <translation>Octanist hat geantwortet, ohne den Lead zu bestätigen. Es wird erneut versucht.</translation>
    </message>
    <message>
        <source>Octanist answered without confirming the outcome ({said}). It will be tried again.</source>
        <translation>Octanist hat geantwortet, ohne das Ergebnis zu bestätigen ({said}). Es wird erneut versucht.</translation>
    </message>
    <message>
        <source>Octanist answered without confirming the outcome. It will be tried again.</source>
        <translation>Octanist hat geantwortet, ohne das Ergebnis zu bestätigen. Es wird erneut versucht.</translation>
    </message>
    <message>
        <source>Octanist answered without confirming the request ({said}). It will be tried again.</source>
        <translation>Octanist hat geantwortet, ohne die Anfrage zu bestätigen ({said}). Es wird erneut versucht.</translation>
    </message>
    <message>
        <source>Octanist answered without confirming the request. It will be tried again.</source>
        <translation>Octanist hat geantwortet, ohne die Anfrage zu bestätigen. Es wird erneut versucht.</translation>
    </message>
    <message>
        <source>Octanist asked the app to slow down ({status}). {sent_again}</source>
        <translation>Octanist hat die App gebeten, langsamer zu machen ({status}). {sent_again}</translation>
    </message>
    <message>
        <source>Octanist did not answer in time. {after_send}</source>
        <translation>Octanist hat nicht rechtzeitig geantwortet. {after_send}</translation>
    </message>
    <message>
        <source>Octanist did not take the request this time ({status}). {sent_again}</source>
        <translation>Octanist hat die Anfrage diesmal nicht angenommen ({status}). {sent_again}</translation>
    </message>
    <message>
        <source>Octanist does not let this key change the lead ({said}).</source>
        <translation>Octanist lässt diesen Schlüssel den Lead nicht ändern ({said}).</translation>
    </message>
    <message>
        <source>Octanist had a problem on its side ({said}). {sent_again}</source>
        <translation>Octanist hatte selbst ein Problem ({said}). {sent_again}</translation>
    </message>
    <message>
        <source>Octanist refused this lead ({said}). Sending it again unchanged will not help; correct the lead, or contact Octanist support with the request id.</source>
        <translation>Octanist hat diesen Lead abgelehnt ({said}). Unverändert erneut senden hilft nicht; korrigieren Sie den Lead, oder wenden Sie sich mit der Anfrage-ID an den Octanist-Support.</translation>
    </message>
    <message>
        <source>Octanist refused this lead as invalid: {said}. Correct the lead and send it again.</source>
        <translation>Octanist hat diesen Lead als ungültig abgelehnt: {said}. Korrigieren Sie den Lead und senden Sie ihn erneut.</translation>
    </message>
    <message>
        <source>Octanist refused this outcome: {said}.</source>
        <translation>Octanist hat dieses Ergebnis abgelehnt: {said}.</translation>
    </message>
    <message>
        <source>Octanist took longer than {seconds} seconds to answer, so the app stopped waiting. {after_send}</source>
        <translation>Octanist brauchte länger als {seconds} Sekunden für eine Antwort, daher hat die App aufgehört zu warten. {after_send}</translation>
    </message>
    <message>
        <source>Octanist turned this lead away: the account&apos;s filtering rules reject it ({said}). Sending it again unchanged will be refused again; check the lead, or the filtering rules in your Octanist account.</source>
        <translation>Octanist hat diesen Lead abgewiesen: Die Filterregeln des Kontos lehnen ihn ab ({said}). Unverändert erneut gesendet wird er wieder abgelehnt; prüfen Sie den Lead oder die Filterregeln in Ihrem Octanist-Konto.</translation>
    </message>
    <message>
        <source>Octanist&apos;s answer ({status}) was too deeply nested to read, so it isn&apos;t known whether it arrived. {after_send}</source>
        <translation>Die Antwort von Octanist ({status}) war zu tief verschachtelt zum Lesen, daher ist nicht bekannt, ob es angekommen ist. {after_send}</translation>
    </message>
    <message>
        <source>Octanist&apos;s answer did not hold what was asked for. It will be tried again.</source>
        <translation>Die Antwort von Octanist enthielt nicht das Angefragte. Es wird erneut versucht.</translation>
    </message>
    <message>
        <source>Octanist, or a proxy or gateway on the way, failed ({said}). {sent_again}</source>
        <translation>Octanist oder ein Proxy bzw. Gateway unterwegs ist gescheitert ({said}). {sent_again}</translation>
    </message>
    <message>
        <source>Something between this computer and Octanist blocked the request ({status}), such as a firewall or a Wi-Fi sign-in page. {sent_again}</source>
        <translation>Etwas zwischen diesem Computer und Octanist hat die Anfrage blockiert ({status}), etwa eine Firewall oder eine WLAN-Anmeldeseite. {sent_again}</translation>
    </message>
    <message>
        <source>Something on the network answered in place of Octanist, with text that is not Octanist&apos;s reply. Check the internet connection. {sent_again}</source>
        <translation>Etwas im Netzwerk hat anstelle von Octanist geantwortet, mit einem Text, der keine Antwort von Octanist ist. Prüfen Sie die Internetverbindung. {sent_again}</translation>
    </message>
    <message>
        <source>The API address looks wrong: {url} answered {status}. Check the API URL in Settings (normally https://octanist.com/api).</source>
        <translation>Die API-Adresse scheint falsch zu sein: {url} antwortete {status}. Prüfen Sie die API-URL in den Einstellungen (normalerweise https://octanist.com/api).</translation>
    </message>
    <message>
        <source>The connection to {host} broke before Octanist answered. {after_send}</source>
        <translation>Die Verbindung zu {host} brach ab, bevor Octanist geantwortet hat. {after_send}</translation>
    </message>
    <message>
        <source>The connection to {host} broke while Octanist was answering. {after_send}</source>
        <translation>Die Verbindung zu {host} brach ab, während Octanist geantwortet hat. {after_send}</translation>
    </message>
    <message>
        <source>The lead may already be at Octanist; it will be tried again.</source>
        <translation>Der Lead ist vielleicht schon bei Octanist; er wird erneut versucht.</translation>
    </message>
    <message>
        <source>The lead waits in the outbox and will be sent when the network is back.</source>
        <translation>Der Lead wartet in der Warteschlange und wird gesendet, sobald das Netzwerk wieder da ist.</translation>
    </message>
    <message>
        <source>The lead will be sent again in {seconds} seconds.</source>
        <translation>Der Lead wird in {seconds} Sekunden erneut gesendet.</translation>
    </message>
    <message>
        <source>The lead will be sent again later.</source>
        <translation>Der Lead wird später erneut gesendet.</translation>
    </message>
    <message>
        <source>The lead will be sent again.</source>
        <translation>Der Lead wird erneut gesendet.</translation>
    </message>
    <message>
        <source>The lead will be sent again; Octanist may already have it.</source>
        <translation>Der Lead wird erneut gesendet; vielleicht hat Octanist ihn schon.</translation>
    </message>
    <message>
        <source>The lead will be tried again.</source>
        <translation>Der Lead wird erneut versucht.</translation>
    </message>
    <message>
        <source>The network answered with a web page instead of Octanist — you may need to sign in to the Wi-Fi (open any website in a browser). {sent_again}</source>
        <translation>Das Netzwerk hat mit einer Webseite statt mit Octanist geantwortet — vielleicht müssen Sie sich im WLAN anmelden (öffnen Sie eine beliebige Website im Browser). {sent_again}</translation>
    </message>
    <message>
        <source>The network sent the request somewhere else ({status}) instead of to Octanist — you may need to sign in to the Wi-Fi, or the API URL in Settings is wrong. {sent_again}</source>
        <translation>Das Netzwerk hat die Anfrage woandershin geschickt ({status}) statt an Octanist — vielleicht müssen Sie sich im WLAN anmelden, oder die API-URL in den Einstellungen ist falsch. {sent_again}</translation>
    </message>
    <message>
        <source>The outcome may already be at Octanist; it will be tried again.</source>
        <translation>Das Ergebnis ist vielleicht schon bei Octanist; es wird erneut versucht.</translation>
    </message>
    <message>
        <source>The outcome waits in the outbox and will be sent when the network is back.</source>
        <translation>Das Ergebnis wartet in der Warteschlange und wird gesendet, sobald das Netzwerk wieder da ist.</translation>
    </message>
    <message>
        <source>The outcome will be sent again in {seconds} seconds.</source>
        <translation>Das Ergebnis wird in {seconds} Sekunden erneut gesendet.</translation>
    </message>
    <message>
        <source>The outcome will be sent again later.</source>
        <translation>Das Ergebnis wird später erneut gesendet.</translation>
    </message>
    <message>
        <source>The outcome will be sent again.</source>
        <translation>Das Ergebnis wird erneut gesendet.</translation>
    </message>
    <message>
        <source>The outcome will be sent again; Octanist may already have it.</source>
        <translation>Das Ergebnis wird erneut gesendet; vielleicht hat Octanist es schon.</translation>
    </message>
    <message>
        <source>The outcome will be tried again.</source>
        <translation>Das Ergebnis wird erneut versucht.</translation>
    </message>
    <message>
        <source>The proxy server this computer is set to use could not be reached. {offline}</source>
        <translation>Der Proxyserver, den dieser Computer verwenden soll, ist nicht erreichbar. {offline}</translation>
    </message>
    <message>
        <source>The request may already be at Octanist; it will be tried again.</source>
        <translation>Die Anfrage ist vielleicht schon bei Octanist; sie wird erneut versucht.</translation>
    </message>
    <message>
        <source>The request will be sent again in {seconds} seconds.</source>
        <translation>Die Anfrage wird in {seconds} Sekunden erneut gesendet.</translation>
    </message>
    <message>
        <source>The request will be sent again later.</source>
        <translation>Die Anfrage wird später erneut gesendet.</translation>
    </message>
    <message>
        <source>The request will be sent again.</source>
        <translation>Die Anfrage wird erneut gesendet.</translation>
    </message>
    <message>
        <source>The request will be sent again; Octanist may already have it.</source>
        <translation>Die Anfrage wird erneut gesendet; vielleicht hat Octanist sie schon.</translation>
    </message>
    <message>
        <source>The request will be tried again when the network is back.</source>
        <translation>Die Anfrage wird erneut versucht, sobald das Netzwerk wieder da ist.</translation>
    </message>
    <message>
        <source>The request will be tried again.</source>
        <translation>Die Anfrage wird erneut versucht.</translation>
    </message>
    <message>
        <source>The server gave an answer the app does not understand ({status}). {sent_again}</source>
        <translation>Der Server gab eine Antwort, die die App nicht versteht ({status}). {sent_again}</translation>
    </message>
</context>
<context>
    <name>OutcomeActions</name>
    <message numerus="yes">
        <source>Saved as lost: %Ln lead(s). It is sent to Octanist next.</source>
        <translation>
            <numerusform>Als verloren gespeichert: %Ln Lead. Geht als Nächstes an Octanist.</numerusform>
            <numerusform>Als verloren gespeichert: %Ln Leads. Gehen als Nächstes an Octanist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved as qualified: %Ln lead(s). It is sent to Octanist next.</source>
        <translation>
            <numerusform>Als qualifiziert gespeichert: %Ln Lead. Geht als Nächstes an Octanist.</numerusform>
            <numerusform>Als qualifiziert gespeichert: %Ln Leads. Gehen als Nächstes an Octanist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved as won: %Ln lead(s). It is sent to Octanist next.</source>
        <translation>
            <numerusform>Als gewonnen gespeichert: %Ln Lead. Geht als Nächstes an Octanist.</numerusform>
            <numerusform>Als gewonnen gespeichert: %Ln Leads. Gehen als Nächstes an Octanist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a lead first, then record its outcome.</source>
        <translation>Wählen Sie zuerst einen Lead und erfassen Sie dann das Ergebnis.</translation>
    </message>
    <message>
        <source>The outcome for {who} was not saved: {why}</source>
        <translation>Das Ergebnis für {who} wurde nicht gespeichert: {why}</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>&amp;Lost</source>
        <translation>&amp;Verloren</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>&amp;Qualified</source>
        <translation>&amp;Qualifiziert</translation>
    </message>
    <message>
        <source>&amp;Reason lost:</source>
        <translation>&amp;Absagegrund:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>&amp;Won</source>
        <translation>&amp;Gewonnen</translation>
    </message>
    <message>
        <source>A won deal needs its value, so the ad platforms can count what it was worth.</source>
        <translation>Ein gewonnener Abschluss braucht seinen Wert, damit die Werbeplattformen zählen können, was er wert war.</translation>
    </message>
    <message>
        <source>Anything Octanist should keep with it (optional)</source>
        <translation>Was Octanist dazu speichern soll (optional)</translation>
    </message>
    <message>
        <source>Choose qualified, won or lost.</source>
        <translation>Wählen Sie qualifiziert, gewonnen oder verloren.</translation>
    </message>
    <message>
        <source>Keeps the outcome with the lead and sends it to Octanist</source>
        <translation>Speichert das Ergebnis beim Lead und sendet es an Octanist</translation>
    </message>
    <message>
        <source>Needed for a won deal: what it is worth, so it counts as a conversion.</source>
        <translation>Nötig für einen gewonnenen Abschluss: was er wert ist, damit er als Conversion zählt.</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>Kein Budget</translation>
    </message>
    <message>
        <source>No reply</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>Not a fit</source>
        <translation>Passt nicht</translation>
    </message>
    <message>
        <source>Optional: what the deal is likely to be worth.</source>
        <translation>Optional: was der Abschluss voraussichtlich wert ist.</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Record the outcome</source>
        <translation>Ergebnis erfassen</translation>
    </message>
    <message>
        <source>Save outcome</source>
        <translation>Ergebnis speichern</translation>
    </message>
    <message>
        <source>Save outcome  (Ctrl+Enter)</source>
        <translation>Ergebnis speichern  (Strg+Enter)</translation>
    </message>
    <message>
        <source>That value is too large to be right; check the number.</source>
        <translation>Dieser Wert ist zu groß, um zu stimmen; prüfen Sie die Zahl.</translation>
    </message>
    <message>
        <source>The lead became a customer; give the deal&apos;s value</source>
        <translation>Der Lead wurde Kunde; geben Sie den Wert des Abschlusses an</translation>
    </message>
    <message>
        <source>The lead did not buy; say why if you know</source>
        <translation>Der Lead hat nicht gekauft; sagen Sie, warum, wenn Sie es wissen</translation>
    </message>
    <message>
        <source>The lead is a real prospect; the deal is still open</source>
        <translation>Der Lead ist ein echter Interessent; der Abschluss ist noch offen</translation>
    </message>
    <message>
        <source>The note is too long: at most {count} characters.</source>
        <translation>Die Notiz ist zu lang: höchstens {count} Zeichen.</translation>
    </message>
    <message>
        <source>The reason is too long: at most {count} characters.</source>
        <translation>Der Grund ist zu lang: höchstens {count} Zeichen.</translation>
    </message>
    <message>
        <source>The value can&apos;t be below zero.</source>
        <translation>Der Wert kann nicht unter null liegen.</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Went with a competitor</source>
        <translation>Hat sich für einen Mitbewerber entschieden</translation>
    </message>
    <message>
        <source>What became of {who}?</source>
        <translation>Was ist aus {who} geworden?</translation>
    </message>
    <message>
        <source>Why it was lost (optional)</source>
        <translation>Warum er verloren ging (optional)</translation>
    </message>
    <message>
        <source>Why it was lost (optional): pick a reason or type your own</source>
        <translation>Warum er verloren ging (optional): Wählen Sie einen Grund oder geben Sie einen eigenen ein</translation>
    </message>
    <message>
        <source>“{text}” is not an amount. Type a number, such as {example}.</source>
        <translation>„{text}“ ist kein Betrag. Geben Sie eine Zahl ein, etwa {example}.</translation>
    </message>
</context>
<context>
    <name>OutcomeTimeline</name>
    <message>
        <source>&lt;b&gt;After the call&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nach dem Gespräch&lt;/b&gt;</translation>
    </message>
    <message>
        <source>At Octanist: &lt;b&gt;{status}&lt;/b&gt;</source>
        <translation>Bei Octanist: &lt;b&gt;{status}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>At Octanist: not read back yet (F5 refreshes).</source>
        <translation>Bei Octanist: noch nicht abgerufen (F5 aktualisiert).</translation>
    </message>
    <message>
        <source>Changed at Octanist since the last refresh.</source>
        <translation>Seit der letzten Aktualisierung bei Octanist geändert.</translation>
    </message>
    <message>
        <source>May have reached Octanist twice (an answer was lost); its note may show twice there.</source>
        <translation>Hat Octanist vielleicht doppelt erreicht (eine Antwort ging verloren); die Notiz kann dort doppelt erscheinen.</translation>
    </message>
    <message>
        <source>No outcome recorded here yet: Qualified, Won or Lost in History&apos;s menu.</source>
        <translation>Hier noch kein Ergebnis erfasst: Qualifiziert, Gewonnen oder Verloren im Menü Verlauf.</translation>
    </message>
    <message>
        <source>Not at Octanist yet.</source>
        <translation>Noch nicht bei Octanist.</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Notiz: {note}</translation>
    </message>
    <message>
        <source>Octanist no longer has this lead (deleted there, or expired).</source>
        <translation>Octanist hat diesen Lead nicht mehr (dort gelöscht oder abgelaufen).</translation>
    </message>
    <message>
        <source>Read from Octanist at {time}.</source>
        <translation>Um {time} von Octanist abgerufen.</translation>
    </message>
    <message>
        <source>This Octanist server doesn&apos;t show lead status; outcomes are kept here.</source>
        <translation>Dieser Octanist-Server zeigt keinen Lead-Status; Ergebnisse bleiben hier gespeichert.</translation>
    </message>
    <message>
        <source>Unknown status</source>
        <translation>Unbekannter Status</translation>
    </message>
    <message>
        <source>campaign {name}</source>
        <translation>Kampagne {name}</translation>
    </message>
    <message>
        <source>counts as “{name}”</source>
        <translation>zählt als „{name}“</translation>
    </message>
    <message>
        <source>locked: over the plan&apos;s limit</source>
        <translation>gesperrt: über dem Limit des Tarifs</translation>
    </message>
    <message>
        <source>{time} — &lt;b&gt;{summary}&lt;/b&gt;</source>
        <translation>{time} — &lt;b&gt;{summary}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>OutcomeWords</name>
    <message>
        <source>Kept here: this Octanist server takes no outcomes</source>
        <translation>Hier gespeichert: Dieser Octanist-Server nimmt keine Ergebnisse an</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Not at Octanist</source>
        <translation>Nicht bei Octanist</translation>
    </message>
    <message>
        <source>Not recorded: Octanist refused it</source>
        <translation>Nicht erfasst: Octanist hat es abgelehnt</translation>
    </message>
    <message>
        <source>Not recorded: several leads match</source>
        <translation>Nicht erfasst: Mehrere Leads passen</translation>
    </message>
    <message>
        <source>Not recorded: the lead is gone from Octanist</source>
        <translation>Nicht erfasst: Der Lead ist bei Octanist nicht mehr vorhanden</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualifiziert</translation>
    </message>
    <message>
        <source>Recorded at Octanist</source>
        <translation>Bei Octanist erfasst</translation>
    </message>
    <message>
        <source>Saved — Octanist unreachable, next try at {time}</source>
        <translation>Gespeichert — Octanist nicht erreichbar, nächster Versuch um {time}</translation>
    </message>
    <message>
        <source>Saved — Octanist unreachable, tried again soon</source>
        <translation>Gespeichert — Octanist nicht erreichbar, bald erneut</translation>
    </message>
    <message>
        <source>Saved — goes once the lead is at Octanist</source>
        <translation>Gespeichert — geht, sobald der Lead bei Octanist ist</translation>
    </message>
    <message>
        <source>Saved — sending soon</source>
        <translation>Gespeichert — wird gleich gesendet</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Waiting for a working API key</source>
        <translation>Wartet auf einen gültigen API-Schlüssel</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>{stage} ({reason})</source>
        <translation>{stage} ({reason})</translation>
    </message>
    <message>
        <source>{stage} · not sent yet</source>
        <translation>{stage} · noch nicht gesendet</translation>
    </message>
    <message>
        <source>{stage}, {value}</source>
        <translation>{stage}, {value}</translation>
    </message>
</context>
<context>
    <name>PhoneCountryButton</name>
    <message>
        <source>Choose the country of numbers typed without + (F4)</source>
        <translation>Land für Nummern ohne + wählen (F4)</translation>
    </message>
    <message>
        <source>Country of the phone number</source>
        <translation>Land der Telefonnummer</translation>
    </message>
    <message>
        <source>Country ▾</source>
        <translation>Land ▾</translation>
    </message>
    <message>
        <source>Numbers typed without + are read as {code}{dial} numbers; F4 to change</source>
        <translation>Nummern ohne + gelten als {code}{dial}-Nummern; F4 zum Ändern</translation>
    </message>
</context>
<context>
    <name>PinPrompt</name>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <source>Checks the PIN and leaves booth mode</source>
        <translation>Prüft die PIN und verlässt den Messemodus</translation>
    </message>
    <message>
        <source>Leave booth mode</source>
        <translation>Messemodus verlassen</translation>
    </message>
    <message>
        <source>Staff only: type the booth PIN to leave booth mode.</source>
        <translation>Nur für Mitarbeiter: Geben Sie die PIN ein, um den Messemodus zu verlassen.</translation>
    </message>
    <message>
        <source>Stays in booth mode</source>
        <translation>Bleibt im Messemodus</translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>Diese PIN ist nicht richtig.</translation>
    </message>
    <message>
        <source>That PIN is not right. Too many wrong tries: wait {seconds} s before the next one.</source>
        <translation>Diese PIN ist nicht richtig. Zu viele Fehlversuche: Warten Sie {seconds} s bis zum nächsten.</translation>
    </message>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translation>Diese PIN ist nicht richtig. Bitte erneut versuchen.</translation>
    </message>
    <message>
        <source>Too many wrong tries. Wait {seconds} s, then try again.</source>
        <translation>Zu viele Fehlversuche. Warten Sie {seconds} s und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>PinSetupDialog</name>
    <message>
        <source>&amp;New PIN:</source>
        <translation>&amp;Neue PIN:</translation>
    </message>
    <message>
        <source>&amp;Repeat PIN:</source>
        <translation>PIN &amp;wiederholen:</translation>
    </message>
    <message>
        <source>Booth PIN</source>
        <translation>PIN für den Messemodus</translation>
    </message>
    <message>
        <source>Choose a PIN for booth mode. Staff need it to leave booth mode; visitors can&apos;t open the lead history or settings without it.</source>
        <translation>Wählen Sie eine PIN für den Messemodus. Mitarbeiter brauchen sie, um den Messemodus zu verlassen; Besucher können ohne sie weder den Verlauf noch die Einstellungen öffnen.</translation>
    </message>
    <message>
        <source>Sets this PIN for booth mode</source>
        <translation>Legt diese PIN für den Messemodus fest</translation>
    </message>
    <message>
        <source>The PIN staff type to leave booth mode</source>
        <translation>Die PIN, die Mitarbeiter eingeben, um den Messemodus zu verlassen</translation>
    </message>
    <message>
        <source>The same PIN again, to rule out a typo</source>
        <translation>Dieselbe PIN noch einmal, um Tippfehler auszuschließen</translation>
    </message>
</context>
<context>
    <name>PlanSection</name>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>How deal values are shown, e.g. € or $. Octanist takes the number only.</source>
        <translation>Wie Abschlusswerte angezeigt werden, z. B. € oder $. Octanist erhält nur die Zahl.</translation>
    </message>
    <message>
        <source>Not available from this server.</source>
        <translation>Bei diesem Server nicht verfügbar.</translation>
    </message>
    <message>
        <source>Not read yet.</source>
        <translation>Noch nicht abgerufen.</translation>
    </message>
    <message>
        <source>Octanist plan</source>
        <translation>Octanist-Tarif</translation>
    </message>
    <message>
        <source>Read from Octanist at {time}.</source>
        <translation>Um {time} von Octanist abgerufen.</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Nutzung:</translation>
    </message>
</context>
<context>
    <name>PresetDialog</name>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Event</source>
        <translation>&amp;Veranstaltung</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>S&amp;chlüssel:</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Options:</source>
        <translation>O&amp;ptionen:</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Add &amp;question</source>
        <translation>&amp;Frage hinzufügen</translation>
    </message>
    <message>
        <source>Adds a copy of the selected event, to change for the next one</source>
        <translation>Fügt eine Kopie der ausgewählten Veranstaltung hinzu, zum Anpassen für die nächste</translation>
    </message>
    <message>
        <source>Adds a question to this event</source>
        <translation>Fügt dieser Veranstaltung eine Frage hinzu</translation>
    </message>
    <message>
        <source>Adds an empty event to the list</source>
        <translation>Fügt der Liste eine leere Veranstaltung hinzu</translation>
    </message>
    <message>
        <source>Answer t&amp;ype:</source>
        <translation>Ant&amp;worttyp:</translation>
    </message>
    <message>
        <source>Ask booth visitors for their {field}</source>
        <translation>Messebesucher nach {field} fragen</translation>
    </message>
    <message>
        <source>Asks the selected question one place earlier</source>
        <translation>Stellt die ausgewählte Frage einen Platz früher</translation>
    </message>
    <message>
        <source>Asks the selected question one place later</source>
        <translation>Stellt die ausgewählte Frage einen Platz später</translation>
    </message>
    <message>
        <source>Booth &amp;visitors</source>
        <translation>&amp;Messebesucher</translation>
    </message>
    <message>
        <source>Booth visitors never see this question; staff answer it behind the PIN.</source>
        <translation>Messebesucher sehen diese Frage nie; Mitarbeiter beantworten sie hinter der PIN.</translation>
    </message>
    <message>
        <source>Dup&amp;licate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>Event pages</source>
        <translation>Veranstaltungsseiten</translation>
    </message>
    <message>
        <source>Event presets</source>
        <translation>Veranstaltungsvorlagen</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <source>How the question is answered: a choice, yes or no, a rating or free text</source>
        <translation>Wie die Frage beantwortet wird: eine Auswahl, ja oder nein, eine Bewertung oder freier Text</translation>
    </message>
    <message>
        <source>In booth mode, visitors are asked for:</source>
        <translation>Im Messemodus werden Besucher gefragt nach:</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Move question down</source>
        <translation>Frage nach unten</translation>
    </message>
    <message>
        <source>Move question up</source>
        <translation>Frage nach oben</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Neue Veranstaltung</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Neue Frage</translation>
    </message>
    <message>
        <source>Note pre&amp;fix:</source>
        <translation>No&amp;tizanfang:</translation>
    </message>
    <message>
        <source>One option per line</source>
        <translation>Eine Option pro Zeile</translation>
    </message>
    <message>
        <source>Qualifying questions</source>
        <translation>Qualifizierungsfragen</translation>
    </message>
    <message>
        <source>Question &amp;text:</source>
        <translation>Te&amp;xt der Frage:</translation>
    </message>
    <message>
        <source>Remove question</source>
        <translation>Frage entfernen</translation>
    </message>
    <message>
        <source>Removes the selected event</source>
        <translation>Entfernt die ausgewählte Veranstaltung</translation>
    </message>
    <message>
        <source>Removes the selected question</source>
        <translation>Entfernt die ausgewählte Frage</translation>
    </message>
    <message>
        <source>Saves every event and closes this window</source>
        <translation>Speichert alle Veranstaltungen und schließt dieses Fenster</translation>
    </message>
    <message>
        <source>Staff only (&amp;hidden from visitors)</source>
        <translation>Nur Mitar&amp;beiter (für Besucher verborgen)</translation>
    </message>
    <message>
        <source>The answers to choose from, one per line</source>
        <translation>Die Antworten zur Auswahl, eine pro Zeile</translation>
    </message>
    <message>
        <source>The event&apos;s name, as leads from it are tagged in History</source>
        <translation>Der Name der Veranstaltung, mit dem ihre Leads im Verlauf gekennzeichnet werden</translation>
    </message>
    <message>
        <source>The event&apos;s name, sources and questions</source>
        <translation>Name, Quellen und Fragen der Veranstaltung</translation>
    </message>
    <message>
        <source>The events you prepared; the one selected is edited on the right</source>
        <translation>Die vorbereiteten Veranstaltungen; die ausgewählte bearbeiten Sie rechts</translation>
    </message>
    <message>
        <source>The name of this answer in the lead&apos;s custom data</source>
        <translation>Der Name dieser Antwort in den Zusatzdaten des Leads</translation>
    </message>
    <message>
        <source>The question as staff and visitors read it</source>
        <translation>Die Frage, wie Mitarbeiter und Besucher sie lesen</translation>
    </message>
    <message>
        <source>The questions asked at this event; the one selected is edited below</source>
        <translation>Die Fragen dieser Veranstaltung; die ausgewählte bearbeiten Sie unten</translation>
    </message>
    <message>
        <source>This is the default wording. Edit it to make it this event&apos;s own; each change is a new version, and leads already taken keep the words they were shown.</source>
        <translation>Das ist der Standardtext. Bearbeiten Sie ihn, um ihn zum Text dieser Veranstaltung zu machen; jede Änderung ist eine neue Version, und bereits erfasste Leads behalten den Wortlaut, den sie gesehen haben.</translation>
    </message>
    <message>
        <source>Version {version}. Each change is a new version; leads already taken keep the words they were shown.</source>
        <translation>Version {version}. Jede Änderung ist eine neue Version; bereits erfasste Leads behalten den Wortlaut, den sie gesehen haben.</translation>
    </message>
    <message>
        <source>What booth visitors are asked and agree to</source>
        <translation>Was Messebesucher gefragt werden und wozu sie einwilligen</translation>
    </message>
    <message>
        <source>What visitors agree to (never ticked in advance):</source>
        <translation>Womit Besucher einverstanden sind (nie vorab angekreuzt):</translation>
    </message>
    <message>
        <source>e.g. [Expo Amsterdam 2026] — put before every note</source>
        <translation>z. B. [Expo Amsterdam 2026] — steht vor jeder Notiz</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
</context>
<context>
    <name>PresetFiles</name>
    <message>
        <source>Preset {number} was skipped: {reason}.</source>
        <translation>Vorlage {number} wurde übersprungen: {reason}.</translation>
    </message>
    <message>
        <source>Preset {number} was skipped: “{name}” is there twice.</source>
        <translation>Vorlage {number} wurde übersprungen: „{name}“ ist doppelt vorhanden.</translation>
    </message>
    <message>
        <source>a preset is not a JSON object</source>
        <translation>eine Vorlage ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>a question of “{name}” has a staff-only mark that isn&apos;t true/false</source>
        <translation>eine Frage von „{name}“ hat eine Kennzeichnung „nur Mitarbeiter“, die nicht true/false ist</translation>
    </message>
    <message>
        <source>a question of “{name}” has an unknown kind</source>
        <translation>eine Frage von „{name}“ hat eine unbekannte Antwortart</translation>
    </message>
    <message>
        <source>a question of “{name}” has options that are not text</source>
        <translation>eine Frage von „{name}“ hat Antwortoptionen, die kein Text sind</translation>
    </message>
    <message>
        <source>a question of “{name}” is not a JSON object</source>
        <translation>eine Frage von „{name}“ ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the consent text of “{name}” can&apos;t be read: {reason}</source>
        <translation>der Einwilligungstext von „{name}“ ist nicht lesbar: {reason}</translation>
    </message>
    <message>
        <source>the file holds no list of presets</source>
        <translation>die Datei enthält keine Liste von Vorlagen</translation>
    </message>
    <message>
        <source>the questions of “{name}” are not a list</source>
        <translation>die Fragen von „{name}“ sind keine Liste</translation>
    </message>
    <message>
        <source>the visitor fields of “{name}” are not a list of names</source>
        <translation>die Besucherfelder von „{name}“ sind keine Liste von Namen</translation>
    </message>
    <message>
        <source>this is not an event presets file from Octanist Desktop</source>
        <translation>dies ist keine Datei mit Veranstaltungsvorlagen von Octanist Desktop</translation>
    </message>
    <message>
        <source>this presets file was made by a newer Octanist Desktop; update the app to read it</source>
        <translation>diese Vorlagendatei stammt von einem neueren Octanist Desktop; aktualisieren Sie die App, um sie zu lesen</translation>
    </message>
    <message>
        <source>“{key}” is not text</source>
        <translation>„{key}“ ist kein Text</translation>
    </message>
    <message>
        <source>“{name}” was skipped: the file has it twice.</source>
        <translation>„{name}“ wurde übersprungen: Sie steht doppelt in der Datei.</translation>
    </message>
    <message>
        <source>“{name}” was skipped: {reason}</source>
        <translation>„{name}“ wurde übersprungen: {reason}</translation>
    </message>
</context>
<context>
    <name>PresetTransfer</name>
    <message>
        <source>Could not export the presets to {path}: {reason}</source>
        <translation>Die Vorlagen konnten nicht nach {path} exportiert werden: {reason}</translation>
    </message>
    <message>
        <source>Could not import presets from {name}: {reason}</source>
        <translation>Vorlagen aus {name} konnten nicht importiert werden: {reason}</translation>
    </message>
    <message>
        <source>Event presets (*.json);;All files (*)</source>
        <translation>Veranstaltungsvorlagen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export event presets</source>
        <translation>Veranstaltungsvorlagen exportieren</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n preset(s) to {path}.</source>
        <translation>
            <numerusform>%n Vorlage nach {path} exportiert.</numerusform>
            <numerusform>%n Vorlagen nach {path} exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import event presets</source>
        <translation>Veranstaltungsvorlagen importieren</translation>
    </message>
    <message>
        <source>Presets imported — {parts}.</source>
        <translation>Vorlagen importiert — {parts}.</translation>
    </message>
    <message>
        <source>Skipped: {reasons}</source>
        <translation>Übersprungen: {reasons}</translation>
    </message>
    <message>
        <source>There are no event presets to export yet (Event ▸ Presets…).</source>
        <translation>Es gibt noch keine Veranstaltungsvorlagen zum Exportieren (Veranstaltung ▸ Vorlagen…).</translation>
    </message>
    <message>
        <source>already the same: {count}</source>
        <translation>schon gleich: {count}</translation>
    </message>
    <message>
        <source>new: {names}</source>
        <translation>neu: {names}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>updated: {names}</source>
        <translation>aktualisiert: {names}</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>(unnamed)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>Booth</source>
        <translation>Messestand</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Question {number} has no text.</source>
        <translation>Frage {number} hat keinen Text.</translation>
    </message>
    <message>
        <source>Question {number} is a choice but has no options.</source>
        <translation>Frage {number} ist eine Auswahl, hat aber keine Optionen.</translation>
    </message>
    <message>
        <source>Question {number} needs a key.</source>
        <translation>Frage {number} braucht einen Schlüssel.</translation>
    </message>
    <message>
        <source>Question {number}: the key “{key}” is used by another question.</source>
        <translation>Frage {number}: Der Schlüssel „{key}“ wird schon von einer anderen Frage verwendet.</translation>
    </message>
    <message>
        <source>Question {number}: the key “{key}” is used by the app itself; pick another.</source>
        <translation>Frage {number}: Der Schlüssel „{key}“ wird von der App selbst verwendet; wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>Rating 1–5</source>
        <translation>Bewertung 1–5</translation>
    </message>
    <message>
        <source>Short text</source>
        <translation>Kurzer Text</translation>
    </message>
    <message>
        <source>The preset name can be at most {limit} characters.</source>
        <translation>Der Name der Vorlage darf höchstens {limit} Zeichen haben.</translation>
    </message>
    <message>
        <source>The preset needs a name.</source>
        <translation>Die Vorlage braucht einen Namen.</translation>
    </message>
    <message>
        <source>Two presets are called “{name}”.</source>
        <translation>Zwei Vorlagen heißen „{name}“.</translation>
    </message>
    <message>
        <source>Visitors can&apos;t be asked for: {keys}.</source>
        <translation>Besucher können nicht gefragt werden nach: {keys}.</translation>
    </message>
    <message>
        <source>Visitors must be asked for at least one of their details.</source>
        <translation>Besucher müssen nach mindestens einer Angabe gefragt werden.</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Laufkundschaft</translation>
    </message>
    <message>
        <source>Yes / no</source>
        <translation>Ja / Nein</translation>
    </message>
    <message>
        <source>{label} can be at most {limit} characters.</source>
        <translation>{label} darf höchstens {limit} Zeichen haben.</translation>
    </message>
    <message>
        <source>{preset}: {problem}</source>
        <translation>{preset}: {problem}</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Also sent</source>
        <translation>Auch gesendet</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Imported ✔</source>
        <translation>Importiert ✔</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>No country column and no default region: the number is sent as written.</source>
        <translation>Keine Länderspalte und keine Standardregion: Die Nummer wird so gesendet, wie sie dasteht.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Phone read as</source>
        <translation>Telefon gelesen als</translation>
    </message>
    <message>
        <source>Problems and notes</source>
        <translation>Probleme und Hinweise</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Ready ⚠</source>
        <translation>Bereit ⚠</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The number starts with + or 00 and its country code.</source>
        <translation>Die Nummer beginnt mit + oder 00 und der Ländervorwahl.</translation>
    </message>
    <message>
        <source>The row names no country, so the number was read in the default region from Settings. Check it if this visitor may be from abroad.</source>
        <translation>Die Zeile nennt kein Land, daher wurde die Nummer in der Standardregion aus den Einstellungen gelesen. Prüfen Sie sie, wenn der Besucher aus dem Ausland kommen kann.</translation>
    </message>
    <message>
        <source>The row&apos;s country column says where this number belongs.</source>
        <translation>Die Länderspalte der Zeile sagt, wohin diese Nummer gehört.</translation>
    </message>
    <message>
        <source>its own country code</source>
        <translation>eigene Ländervorwahl</translation>
    </message>
    <message>
        <source>no country known</source>
        <translation>kein Land bekannt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>{country} (assumed)</source>
        <translation>{country} (angenommen)</translation>
    </message>
    <message>
        <source>{country} (from the row)</source>
        <translation>{country} (aus der Zeile)</translation>
    </message>
    <message>
        <source>✖ Error</source>
        <translation>✖ Fehler</translation>
    </message>
</context>
<context>
    <name>ProgressLine</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <source>Stops reading or importing; rows already imported stay</source>
        <translation>Beendet Lesen oder Importieren; bereits importierte Zeilen bleiben</translation>
    </message>
</context>
<context>
    <name>QualifyingQuestions</name>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Qualifying questions</source>
        <translation>Qualifizierungsfragen</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
</context>
<context>
    <name>RegionPrompt</name>
    <message>
        <source>Choose country…</source>
        <translation>Land wählen…</translation>
    </message>
    <message>
        <source>Hides this question; you can set the country later in Settings</source>
        <translation>Blendet diese Frage aus; Sie können das Land später in den Einstellungen festlegen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Opens the list of countries; numbers typed without + are read in the one you pick</source>
        <translation>Öffnet die Länderliste; Nummern ohne + werden in dem gewählten Land gelesen</translation>
    </message>
    <message>
        <source>Which country are your leads&apos; phone numbers from? Numbers typed without + are read in it; you can still pick another per number.</source>
        <translation>Aus welchem Land stammen die Telefonnummern Ihrer Leads? Nummern ohne + gelten dann für dieses Land; pro Nummer können Sie trotzdem ein anderes wählen.</translation>
    </message>
</context>
<context>
    <name>RowCheck</name>
    <message>
        <source>Each row of the file as it will be imported, with what is wrong with it</source>
        <translation>Jede Zeile der Datei, wie sie importiert wird, mit dem, was daran falsch ist</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Show rows</source>
        <translation>Zeilen zeigen</translation>
    </message>
    <message>
        <source>Shows all rows, or only those with errors, duplicates, warnings or skipped</source>
        <translation>Zeigt alle Zeilen oder nur die mit Fehlern, Duplikaten, Warnungen oder übersprungene</translation>
    </message>
</context>
<context>
    <name>ScanPrompt</name>
    <message>
        <source>Badge code</source>
        <translation>Badge-Code</translation>
    </message>
    <message>
        <source>Scan badge</source>
        <translation>Badge scannen</translation>
    </message>
    <message>
        <source>Scan the badge now, or type its code and press Enter.</source>
        <translation>Scannen Sie jetzt den Badge oder geben Sie seinen Code ein und drücken Sie Enter.</translation>
    </message>
</context>
<context>
    <name>ScreenReader</name>
    <message>
        <source>Closes this window</source>
        <translation>Schließt dieses Fenster</translation>
    </message>
    <message>
        <source>Closes this window without saving</source>
        <translation>Schließt dieses Fenster ohne Speichern</translation>
    </message>
    <message>
        <source>Saves what you entered and closes this window</source>
        <translation>Speichert Ihre Eingaben und schließt dieses Fenster</translation>
    </message>
</context>
<context>
    <name>SenderWorker</name>
    <message>
        <source>Octanist Desktop ran into a problem of its own while sending this outcome ({problem}); it will be tried again.</source>
        <translation>Octanist Desktop hatte beim Senden dieses Ergebnisses selbst ein Problem ({problem}); es wird erneut versucht.</translation>
    </message>
</context>
<context>
    <name>SettingsCoordinator</name>
    <message>
        <source>The language could not be saved ({problem}).</source>
        <translation>Die Sprache konnte nicht gespeichert werden ({problem}).</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>&amp;API key:</source>
        <translation>&amp;API-Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Leave the sandbox and enter my API key…</source>
        <translation>Sandbox &amp;verlassen und meinen API-Schlüssel eingeben…</translation>
    </message>
    <message>
        <source>&amp;Test key</source>
        <translation>Schlüssel &amp;testen</translation>
    </message>
    <message>
        <source>A new language is used from the next start of Octanist Desktop.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Octanist Desktop.</translation>
    </message>
    <message>
        <source>API URL</source>
        <translation>API-URL</translation>
    </message>
    <message>
        <source>API URL:</source>
        <translation>API-URL:</translation>
    </message>
    <message>
        <source>Asks Octanist whether this key works, without saving it or sending a lead</source>
        <translation>Fragt Octanist, ob dieser Schlüssel funktioniert, ohne ihn zu speichern oder einen Lead zu senden</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Default phone &amp;region:</source>
        <translation>Standard&amp;land für Telefon:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Not set: choose your leads&apos; country</source>
        <translation>Nicht festgelegt: Wählen Sie das Land Ihrer Leads</translation>
    </message>
    <message>
        <source>Paste the key from Octanist → Settings → API</source>
        <translation>Schlüssel aus Octanist → Einstellungen → API einfügen</translation>
    </message>
    <message>
        <source>Paste your API key first.</source>
        <translation>Fügen Sie zuerst Ihren API-Schlüssel ein.</translation>
    </message>
    <message>
        <source>Phone numbers typed without + are read as numbers from this country</source>
        <translation>Telefonnummern ohne + werden als Nummern aus diesem Land gelesen</translation>
    </message>
    <message>
        <source>Saving the key in the system keyring… If your desktop asks you to unlock the keyring, do so. If nothing happens, use the key for this session only.</source>
        <translation>Der Schlüssel wird im Passwortspeicher des Systems gespeichert … Wenn Ihr Computer Sie bittet, den Passwortspeicher zu entsperren, tun Sie das. Wenn nichts passiert, verwenden Sie den Schlüssel nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>An&amp;zeigen</translation>
    </message>
    <message>
        <source>Show the API key</source>
        <translation>API-Schlüssel anzeigen</translation>
    </message>
    <message>
        <source>Shows the key in plain text so you can check it; hide it again before sharing your screen</source>
        <translation>Zeigt den Schlüssel im Klartext, damit Sie ihn prüfen können; blenden Sie ihn wieder aus, bevor Sie Ihren Bildschirm teilen</translation>
    </message>
    <message>
        <source>Stops the practice session and lets you enter the key of your Octanist account</source>
        <translation>Beendet die Übungssitzung, damit Sie den Schlüssel Ihres Octanist-Kontos eingeben können</translation>
    </message>
    <message>
        <source>System language ({name})</source>
        <translation>Systemsprache ({name})</translation>
    </message>
    <message>
        <source>The key from Octanist, Settings, API; kept in this computer&apos;s keyring</source>
        <translation>Der Schlüssel aus Octanist, Einstellungen, API; im Schlüsselbund dieses Computers gespeichert</translation>
    </message>
    <message>
        <source>The language of the app, used from its next start</source>
        <translation>Die Sprache der App, ab dem nächsten Start</translation>
    </message>
    <message>
        <source>The sandbox&apos;s own key</source>
        <translation>Der eigene Schlüssel der Sandbox</translation>
    </message>
    <message>
        <source>Use for this &amp;session only (not saved)</source>
        <translation>Nur für diese Sit&amp;zung verwenden (nicht gespeichert)</translation>
    </message>
    <message>
        <source>Uses the key until you quit, without storing it; you enter it again next time</source>
        <translation>Verwendet den Schlüssel bis zum Beenden, ohne ihn zu speichern; beim nächsten Mal geben Sie ihn erneut ein</translation>
    </message>
    <message>
        <source>Where leads are sent; read only, for support</source>
        <translation>Wohin Leads gesendet werden; schreibgeschützt, für den Support</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Alt+underlined letter</source>
        <translation>Alt+unterstrichener Buchstabe</translation>
    </message>
    <message>
        <source>Choose the phone number&apos;s country</source>
        <translation>Das Land der Telefonnummer wählen</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>Every key and what it does; scroll for more</source>
        <translation>Jede Taste und was sie tut; für mehr scrollen</translation>
    </message>
    <message>
        <source>F4 (on Phone)</source>
        <translation>F4 (im Feld Telefon)</translation>
    </message>
    <message>
        <source>Format custom data typed as JSON</source>
        <translation>Als JSON eingegebene Zusatzdaten formatieren</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Jump to that field or button</source>
        <translation>Zu diesem Feld oder dieser Schaltfläche springen</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Next / previous field</source>
        <translation>Nächstes / vorheriges Feld</translation>
    </message>
    <message>
        <source>Record that the lead is qualified</source>
        <translation>Erfassen, dass der Lead qualifiziert ist</translation>
    </message>
    <message>
        <source>Record that the lead was lost, and why</source>
        <translation>Erfassen, dass der Lead verloren ging, und warum</translation>
    </message>
    <message>
        <source>Record that the lead was won, and its value</source>
        <translation>Erfassen, dass der Lead gewonnen wurde, und seinen Wert</translation>
    </message>
    <message>
        <source>Save the lead and start the next one</source>
        <translation>Den Lead speichern und mit dem nächsten beginnen</translation>
    </message>
    <message>
        <source>Send what waits, and read each lead&apos;s status from Octanist</source>
        <translation>Wartendes senden und den Status jedes Leads von Octanist abrufen</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Umschalt+Tab</translation>
    </message>
    <message>
        <source>Typing a lead</source>
        <translation>Einen Lead eingeben</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
</context>
<context>
    <name>StaffAnswersDialog</name>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>&amp;Send with these answers</source>
        <translation>Mit diesen Antworten &amp;senden</translation>
    </message>
    <message>
        <source>(no contact details)</source>
        <translation>(keine Kontaktdaten)</translation>
    </message>
    <message>
        <source>(no name given)</source>
        <translation>(kein Name angegeben)</translation>
    </message>
    <message>
        <source>Answers for booth visitors</source>
        <translation>Antworten für Messebesucher</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete a visitor&apos;s details</source>
        <translation>Angaben eines Besuchers löschen</translation>
    </message>
    <message>
        <source>Delete the details of {who} from this computer?</source>
        <translation>Die Angaben von {who} von diesem Computer löschen?</translation>
    </message>
    <message>
        <source>Deletes the selected visitor&apos;s details without sending them; asks first</source>
        <translation>Löscht die Angaben des ausgewählten Besuchers, ohne sie zu senden; fragt vorher</translation>
    </message>
    <message>
        <source>No visitor is waiting.</source>
        <translation>Es wartet kein Besucher.</translation>
    </message>
    <message>
        <source>Send &amp;all as they are</source>
        <translation>&amp;Alle so senden, wie sie sind</translation>
    </message>
    <message>
        <source>Sends every waiting visitor&apos;s details without staff answers</source>
        <translation>Sendet die Angaben aller wartenden Besucher ohne Mitarbeiterantworten</translation>
    </message>
    <message>
        <source>Sends the selected visitor&apos;s details with the answers you gave</source>
        <translation>Sendet die Angaben des ausgewählten Besuchers mit Ihren Antworten</translation>
    </message>
    <message>
        <source>These visitors&apos; details wait for your answers to the questions only staff see. They are sent once you answer, or as they are.</source>
        <translation>Die Angaben dieser Besucher warten auf Ihre Antworten zu den Fragen, die nur Mitarbeiter sehen. Sie werden gesendet, sobald Sie antworten, oder so, wie sie sind.</translation>
    </message>
    <message>
        <source>They are never sent to Octanist. This cannot be undone.</source>
        <translation>Sie werden nie an Octanist gesendet. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>This visitor&apos;s details could not be deleted ({error}).</source>
        <translation>Die Angaben dieses Besuchers konnten nicht gelöscht werden ({error}).</translation>
    </message>
    <message>
        <source>This visitor&apos;s lead could not be sent on ({error}); it still waits.</source>
        <translation>Der Lead dieses Besuchers konnte nicht weitergesendet werden ({error}); er wartet noch.</translation>
    </message>
    <message>
        <source>Visitors whose details wait for staff answers; pick one to answer for</source>
        <translation>Besucher, deren Angaben auf Mitarbeiterantworten warten; wählen Sie einen, für den Sie antworten</translation>
    </message>
    <message>
        <source>Waiting visitors</source>
        <translation>Wartende Besucher</translation>
    </message>
    <message>
        <source>this visitor</source>
        <translation>diesem Besucher</translation>
    </message>
</context>
<context>
    <name>StaffBadgeScans</name>
    <message>
        <source>Badge {badge} read: the lead carries its attendee id, to match with the organiser&apos;s list.</source>
        <translation>Badge {badge} gelesen: Der Lead trägt die Teilnehmer-ID, zum Abgleich mit der Liste des Veranstalters.</translation>
    </message>
    <message>
        <source>Filled the form from the badge of {who}.</source>
        <translation>Formular aus dem Badge von {who} ausgefüllt.</translation>
    </message>
    <message>
        <source>This badge is already in the history: lead {lead}, entered {when}. Possible duplicate.</source>
        <translation>Dieser Badge ist schon im Verlauf: Lead {lead}, {when} erfasst. Mögliches Duplikat.</translation>
    </message>
    <message>
        <source>This badge is already in the history: lead {lead}, sent {when}. Possible duplicate.</source>
        <translation>Dieser Badge ist schon im Verlauf: Lead {lead}, {when} gesendet. Mögliches Duplikat.</translation>
    </message>
</context>
<context>
    <name>StartupProblem</name>
    <message>
        <source>Another Octanist Desktop is using {folder} but didn&apos;t come to the front. Switch to it; if it is stuck, close it, then start Octanist Desktop again.</source>
        <translation>Ein anderes Octanist Desktop verwendet {folder}, kam aber nicht in den Vordergrund. Wechseln Sie dorthin; wenn es hängt, schließen Sie es und starten Sie Octanist Desktop neu.</translation>
    </message>
    <message>
        <source>Closes Octanist Desktop; nothing is changed</source>
        <translation>Schließt Octanist Desktop; nichts wird geändert</translation>
    </message>
    <message>
        <source>Octanist Desktop can&apos;t use its data folder.</source>
        <translation>Octanist Desktop kann seinen Datenordner nicht verwenden.</translation>
    </message>
    <message>
        <source>Octanist Desktop could not start.</source>
        <translation>Octanist Desktop konnte nicht starten.</translation>
    </message>
    <message>
        <source>Octanist Desktop is already open for this data folder.</source>
        <translation>Octanist Desktop ist für diesen Datenordner bereits geöffnet.</translation>
    </message>
    <message>
        <source>Octanist Desktop {version} or later</source>
        <translation>Octanist Desktop {version} oder neuer</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Renames the damaged database, keeping it for support, and starts with an empty one</source>
        <translation>Benennt die beschädigte Datenbank um, behält sie für den Support und beginnt mit einer leeren</translation>
    </message>
    <message>
        <source>Set it aside and start fresh</source>
        <translation>Beiseitelegen und neu beginnen</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({detail}). Your saved leads are not affected. Start the app again; if it happens again, tell support what this says.</source>
        <translation>Etwas Unerwartetes ist schiefgelaufen ({detail}). Ihre gespeicherten Leads sind nicht betroffen. Starten Sie die App neu; wenn es wieder passiert, geben Sie diese Meldung an den Support weiter.</translation>
    </message>
    <message>
        <source>The folder {folder} can&apos;t be read or written ({detail}). Your leads are kept there, so the app doesn&apos;t start without it.

Check that the folder exists and that you may change it (or that its drive is connected), then start Octanist Desktop again.</source>
        <translation>Der Ordner {folder} kann nicht gelesen oder beschrieben werden ({detail}). Ihre Leads liegen dort, deshalb startet die App nicht ohne ihn.

Prüfen Sie, ob der Ordner existiert und Sie ihn ändern dürfen (oder ob sein Laufwerk angeschlossen ist), und starten Sie Octanist Desktop dann neu.</translation>
    </message>
    <message>
        <source>The lead database in {folder} needs {needed}; this is version {version}. Install {needed} to open it. Nothing in the file was changed.</source>
        <translation>Die Lead-Datenbank in {folder} braucht {needed}; dies ist Version {version}. Installieren Sie {needed}, um sie zu öffnen. An der Datei wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The lead database is damaged and can&apos;t be opened.</source>
        <translation>Die Lead-Datenbank ist beschädigt und kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>These leads were saved by a newer Octanist Desktop.</source>
        <translation>Diese Leads wurden von einem neueren Octanist Desktop gespeichert.</translation>
    </message>
    <message>
        <source>a newer Octanist Desktop</source>
        <translation>ein neueres Octanist Desktop</translation>
    </message>
    <message>
        <source>{file} in {folder} is not a database Octanist Desktop can read ({detail}).

Start with a new, empty database: the damaged file stays in the folder, renamed, for support to recover. Leads in it are not sent from there.

Or quit, and ask support to look at the file first.</source>
        <translation>{file} in {folder} ist keine Datenbank, die Octanist Desktop lesen kann ({detail}).

Beginnen Sie mit einer neuen, leeren Datenbank: Die beschädigte Datei bleibt umbenannt im Ordner, damit der Support sie retten kann. Leads darin werden von dort nicht gesendet.

Oder beenden Sie und lassen Sie den Support zuerst die Datei ansehen.</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message numerus="yes">
        <source>%n to send</source>
        <translation>
            <numerusform>%n zu senden</numerusform>
            <numerusform>%n zu senden</numerusform>
        </translation>
    </message>
    <message>
        <source>All leads delivered</source>
        <translation>Alle Leads zugestellt</translation>
    </message>
    <message numerus="yes">
        <source>{text} · %n need(s) attention</source>
        <translation>
            <numerusform>{text} · %n braucht Aufmerksamkeit</numerusform>
            <numerusform>{text} · %n brauchen Aufmerksamkeit</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsageWords</name>
    <message numerus="yes">
        <source>%Ln lead(s) are locked: they are over the plan&apos;s limit. Octanist keeps them but doesn&apos;t show or pass them on until the plan is upgraded.</source>
        <translation>
            <numerusform>%Ln Lead ist gesperrt: Er liegt über dem Limit des Tarifs. Octanist behält ihn, zeigt ihn aber nicht an und gibt ihn nicht weiter, bis der Tarif erweitert ist.</numerusform>
            <numerusform>%Ln Leads sind gesperrt: Sie liegen über dem Limit des Tarifs. Octanist behält sie, zeigt sie aber nicht an und gibt sie nicht weiter, bis der Tarif erweitert ist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s) this period</source>
        <translation>
            <numerusform>%Ln Lead in diesem Zeitraum</numerusform>
            <numerusform>%Ln Leads in diesem Zeitraum</numerusform>
        </translation>
    </message>
    <message>
        <source>Period: {start} – {end}</source>
        <translation>Zeitraum: {start} – {end}</translation>
    </message>
    <message numerus="yes">
        <source>The plan is nearly full: %Ln lead(s) left this period. Leads beyond the limit are locked at Octanist; upgrade the plan before the show.</source>
        <translation>
            <numerusform>Der Tarif ist fast ausgeschöpft: noch %Ln Lead in diesem Zeitraum. Leads über dem Limit werden bei Octanist gesperrt; erweitern Sie den Tarif vor der Messe.</numerusform>
            <numerusform>Der Tarif ist fast ausgeschöpft: noch %Ln Leads in diesem Zeitraum. Leads über dem Limit werden bei Octanist gesperrt; erweitern Sie den Tarif vor der Messe.</numerusform>
        </translation>
    </message>
    <message>
        <source>This Octanist server doesn&apos;t report usage or each lead&apos;s status, and takes no outcomes (qualified, won, lost). Outcomes you record are kept on this computer.</source>
        <translation>Dieser Octanist-Server meldet weder Nutzung noch den Status der einzelnen Leads und nimmt keine Ergebnisse an (qualifiziert, gewonnen, verloren). Ergebnisse, die Sie erfassen, bleiben auf diesem Computer.</translation>
    </message>
    <message numerus="yes">
        <source>{used} of %Ln lead(s) this period</source>
        <translation>
            <numerusform>{used} von %Ln Lead in diesem Zeitraum</numerusform>
            <numerusform>{used} von %Ln Leads in diesem Zeitraum</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Choose the country of this number, or start it with + and the country code.</source>
        <translation>Wählen Sie das Land dieser Nummer oder beginnen Sie mit + und der Ländervorwahl.</translation>
    </message>
    <message>
        <source>Couldn&apos;t read this as a phone number; it will be sent exactly as typed.</source>
        <translation>Das lässt sich nicht als Telefonnummer lesen; es wird genau so gesendet, wie es eingegeben wurde.</translation>
    </message>
    <message>
        <source>Couldn&apos;t read this as an international number; start it with + and the country code, or it will be sent exactly as typed.</source>
        <translation>Das lässt sich nicht als internationale Nummer lesen; beginnen Sie mit + und der Ländervorwahl, sonst wird sie genau so gesendet, wie sie eingegeben wurde.</translation>
    </message>
    <message>
        <source>Enter at least one of Name, Email, Phone or Custom data.</source>
        <translation>Geben Sie mindestens eines an: Name, E-Mail, Telefon oder Zusatzdaten.</translation>
    </message>
    <message>
        <source>No country uses the code this number starts with; check the digits after the +.</source>
        <translation>Kein Land hat die Vorwahl, mit der diese Nummer beginnt; prüfen Sie die Ziffern nach dem +.</translation>
    </message>
    <message>
        <source>No phone number in {where} starts like this; check the digits.</source>
        <translation>Keine Telefonnummer in {where} beginnt so; prüfen Sie die Ziffern.</translation>
    </message>
    <message>
        <source>The extension ({extension}) can&apos;t be sent with the number and is left off; put it in the Note if it matters.</source>
        <translation>Die Durchwahl ({extension}) kann nicht mit der Nummer gesendet werden und wird weggelassen; schreiben Sie sie in die Notiz, wenn sie wichtig ist.</translation>
    </message>
    <message>
        <source>This can&apos;t be read as a phone number.</source>
        <translation>Das lässt sich nicht als Telefonnummer lesen.</translation>
    </message>
    <message>
        <source>Too long for a phone number in {where}; check for an extra digit.</source>
        <translation>Zu lang für eine Telefonnummer in {where}; prüfen Sie, ob eine Ziffer zu viel ist.</translation>
    </message>
    <message>
        <source>Too short for a phone number in {where}; a digit may be missing.</source>
        <translation>Zu kurz für eine Telefonnummer in {where}; vielleicht fehlt eine Ziffer.</translation>
    </message>
    <message>
        <source>Wrong number of digits for a phone number in {where}.</source>
        <translation>Falsche Anzahl Ziffern für eine Telefonnummer in {where}.</translation>
    </message>
    <message>
        <source>this country</source>
        <translation>diesem Land</translation>
    </message>
    <message>
        <source>{first} {second}</source>
        <translation>{first} {second}</translation>
    </message>
    <message>
        <source>{label} can be at most {limit} characters; this one has {length}.</source>
        <translation>{label} darf höchstens {limit} Zeichen haben; hier sind es {length}.</translation>
    </message>
    <message>
        <source>{label} couldn&apos;t be read; clear it and type it again.</source>
        <translation>{label} konnte nicht gelesen werden; leeren Sie das Feld und geben Sie es neu ein.</translation>
    </message>
    <message>
        <source>{label} doesn&apos;t look like Meta&apos;s usual fb.1.&lt;timestamp&gt;.&lt;ID&gt; form; check it was copied whole.</source>
        <translation>{label} sieht nicht aus wie die übliche Meta-Form fb.1.&lt;Zeitstempel&gt;.&lt;ID&gt;; prüfen Sie, ob sie vollständig kopiert wurde.</translation>
    </message>
    <message>
        <source>{label} had broken characters (half of an emoji, say); each is replaced by {replacement} so the lead can be saved.</source>
        <translation>{label} enthielt beschädigte Zeichen (etwa ein halbes Emoji); jedes wurde durch {replacement} ersetzt, damit der Lead gespeichert werden kann.</translation>
    </message>
    <message>
        <source>{label} has a space in it; click IDs have none, so check it was copied whole.</source>
        <translation>{label} enthält ein Leerzeichen; Klick-IDs haben keine, prüfen Sie also, ob sie vollständig kopiert wurde.</translation>
    </message>
    <message>
        <source>{label} isn&apos;t a web address; write it like {example}.</source>
        <translation>{label} ist keine Webadresse; schreiben Sie sie wie {example}.</translation>
    </message>
    <message>
        <source>{label} isn&apos;t a yes or no, so it counts as no consent.</source>
        <translation>{label} ist kein Ja oder Nein und zählt daher als keine Einwilligung.</translation>
    </message>
    <message>
        <source>{label} looks like a whole web address; enter only the part after the domain, like /contact.</source>
        <translation>{label} sieht aus wie eine ganze Webadresse; geben Sie nur den Teil nach der Domain ein, etwa /contact.</translation>
    </message>
    <message>
        <source>{label} must be a web address starting with http:// or https://, like {example}.</source>
        <translation>{label} muss eine Webadresse sein, die mit http:// oder https:// beginnt, etwa {example}.</translation>
    </message>
    <message>
        <source>{label} needs a domain name, like {example}.</source>
        <translation>{label} braucht einen Domainnamen, etwa {example}.</translation>
    </message>
    <message>
        <source>{label} says “{word}”, which counts as no consent; only “true” means consent.</source>
        <translation>{label} sagt „{word}“, das zählt als keine Einwilligung; nur „true“ bedeutet Einwilligung.</translation>
    </message>
    <message>
        <source>{problem} It is sent as typed, as you confirmed.</source>
        <translation>{problem} Die Nummer wird wie eingegeben gesendet, wie Sie bestätigt haben.</translation>
    </message>
</context>
<context>
    <name>VisitorInputs</name>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
</context>
<context>
    <name>VisitorScreen</name>
    <message>
        <source>A question, or what you would like to hear about</source>
        <translation>Eine Frage, oder worüber Sie mehr erfahren möchten</translation>
    </message>
    <message>
        <source>Anything you would like us to know?</source>
        <translation>Möchten Sie uns noch etwas mitteilen?</translation>
    </message>
    <message>
        <source>Fill in only what you want to share</source>
        <translation>Füllen Sie nur aus, was Sie teilen möchten</translation>
    </message>
    <message>
        <source>For the people at this stand: asks for their PIN</source>
        <translation>Für die Mitarbeiter an diesem Stand: fragt nach ihrer PIN</translation>
    </message>
    <message>
        <source>Leave your details</source>
        <translation>Hinterlassen Sie Ihre Kontaktdaten</translation>
    </message>
    <message>
        <source>Please check your email address.</source>
        <translation>Bitte prüfen Sie Ihre E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Please check your phone number. If it is right, send again.</source>
        <translation>Bitte prüfen Sie Ihre Telefonnummer. Wenn sie stimmt, senden Sie erneut.</translation>
    </message>
    <message>
        <source>Please fill in your name, email address or phone number.</source>
        <translation>Bitte geben Sie Ihren Namen, Ihre E-Mail-Adresse oder Telefonnummer ein.</translation>
    </message>
    <message>
        <source>Please make this a little shorter.</source>
        <translation>Bitte fassen Sie sich hier etwas kürzer.</translation>
    </message>
    <message>
        <source>Send my details</source>
        <translation>Meine Angaben senden</translation>
    </message>
    <message>
        <source>Sends what you filled in to the people at this stand</source>
        <translation>Sendet Ihre Angaben an die Mitarbeiter an diesem Stand</translation>
    </message>
    <message>
        <source>So we can call you back</source>
        <translation>Damit wir Sie zurückrufen können</translation>
    </message>
    <message>
        <source>So we can send you what you asked about</source>
        <translation>Damit wir Ihnen schicken können, wonach Sie gefragt haben</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Vielen Dank!</translation>
    </message>
    <message>
        <source>This can&apos;t be sent just now. Please ask someone at the stand.</source>
        <translation>Das lässt sich gerade nicht senden. Bitte wenden Sie sich an jemanden am Stand.</translation>
    </message>
    <message>
        <source>We read your badge. Add your details below if you like, then send.</source>
        <translation>Wir haben Ihren Badge gelesen. Ergänzen Sie unten gern Ihre Angaben und senden Sie sie dann.</translation>
    </message>
    <message>
        <source>We read your badge. Please check your details below.</source>
        <translation>Wir haben Ihren Badge gelesen. Bitte prüfen Sie unten Ihre Angaben.</translation>
    </message>
    <message>
        <source>Your company</source>
        <translation>Ihre Firma</translation>
    </message>
    <message>
        <source>Your details are saved. We will be in touch.</source>
        <translation>Ihre Angaben sind gespeichert. Wir melden uns bei Ihnen.</translation>
    </message>
    <message>
        <source>Your email address</source>
        <translation>Ihre E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Your job title</source>
        <translation>Ihre Position</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Your phone number</source>
        <translation>Ihre Telefonnummer</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>&amp;Enter API key</source>
        <translation>API-Schlüssel &amp;eingeben</translation>
    </message>
    <message>
        <source>Opens Settings, where you paste the API key from your Octanist account</source>
        <translation>Öffnet die Einstellungen, wo Sie den API-Schlüssel aus Ihrem Octanist-Konto einfügen</translation>
    </message>
    <message>
        <source>Practise with a pretend Octanist on this computer; no lead leaves it</source>
        <translation>Üben Sie mit einem simulierten Octanist auf diesem Computer; kein Lead verlässt ihn</translation>
    </message>
    <message>
        <source>Try the built-in &amp;sandbox</source>
        <translation>Die eingebaute &amp;Sandbox ausprobieren</translation>
    </message>
    <message>
        <source>Type in leads from calls, visits and trade shows and they are delivered to Octanist, even if you are offline for a while. Start with your Octanist API key, or try everything first against a built-in practice server.</source>
        <translation>Erfassen Sie Leads aus Anrufen, Besuchen und Messen – sie werden an Octanist zugestellt, auch wenn Sie eine Weile offline sind. Beginnen Sie mit Ihrem Octanist-API-Schlüssel oder probieren Sie zuerst alles mit einem eingebauten Übungsserver aus.</translation>
    </message>
    <message>
        <source>Welcome to Octanist Desktop</source>
        <translation>Willkommen bei Octanist Desktop</translation>
    </message>
</context>
</TS>
