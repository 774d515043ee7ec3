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
        <translation>&amp;Mitarbeiter und Messestand…</translation>
    </message>
    <message>
        <source>Copy the selected leads&apos; request ids, for Octanist support</source>
        <translation>Die Anfrage-IDs der ausgewählten Leads kopieren, für den Octanist-Support</translation>
    </message>
    <message>
        <source>Every key the app answers to, on one page</source>
        <translation>Alle Tastenkürzel der App auf einer Seite</translation>
    </message>
    <message>
        <source>Export the selected leads, or every lead shown when none is selected</source>
        <translation>Die ausgewählten Leads exportieren, oder alle angezeigten, wenn keiner ausgewählt ist</translation>
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
        <source>Remove the selected leads from this computer</source>
        <translation>Die ausgewählten Leads von diesem Computer löschen</translation>
    </message>
    <message>
        <source>Scan &amp;badge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Im Verlauf suchen</translation>
    </message>
    <message>
        <source>Send &amp;queued leads now</source>
        <translation>&amp;Wartende Leads jetzt senden</translation>
    </message>
    <message>
        <source>Send the selected leads again now</source>
        <translation>Die ausgewählten Leads jetzt erneut senden</translation>
    </message>
    <message>
        <source>Wait for a badge scan, or type a badge&apos;s code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>That folder is open in another Octanist Desktop window; it is in front now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BadgeReader</name>
    <message>
        <source>Already scanned: this badge was read a moment ago.</source>
        <extracomment>A code read again within this many seconds is the same scan twice.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That scan isn&apos;t a badge code this app can read, so nothing was filled in. Scan again, or type the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The badge was only partly read, so nothing was filled in. Scan it again, holding it steady.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoothMode</name>
    <message>
        <source>Your details could not be saved just now. Please ask someone at the stand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaptureDetails</name>
    <message>
        <source>Attendee {badge}, read from: {scan}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge scan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent as shown:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered by staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consent record was kept for this lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked by the visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unnamed computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no staff name set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} on {when}, on {device} ({staff}). Text version {version}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentEditor</name>
    <message>
        <source>(not used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introduction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentence a visitor can tick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentence {row} grants {flag}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from the Dutch default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from the English default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What visitors read before the boxes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountryList</name>
    <message>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No country matches that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a country or its code, e.g. Netherlands or +31</source>
        <extracomment>Opens the list from the phone field or the button, like a combo box.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomDataField</name>
    <message>
        <source>Edit as rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows can show names with single values only; this is plain text, a list, nested data or has a mistake, so it stays as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch between rows and the same data as JSON text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomRows</name>
    <message>
        <source>Custom data name {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom data value {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value, e.g. 10,000 EUR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What, e.g. budget</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesktopSession</name>
    <message>
        <source>The language could not be saved ({problem}).</source>
        <extracomment>Settings&apos; &quot;Leave the sandbox&quot;: the user wants to send real leads with their own key.</extracomment>
        <translation>Die Sprache konnte nicht gespeichert werden ({problem}).</translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it as a draft to finish it next time, or throw it away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead isn&apos;t sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead you are typing hasn&apos;t been saved or sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↺ The lead you were typing is back (kept {when}).</source>
        <extracomment>A second&apos;s pause in typing is enough; a crash loses at most that second.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventKit</name>
    <message>
        <source>&amp;Active preset</source>
        <translation type="unfinished">&amp;Aktive Vorlage</translation>
    </message>
</context>
<context>
    <name>EventSettingsDialog</name>
    <message>
        <source>Badge scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onsent introduction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner &amp;prefix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner keys at most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner s&amp;uffix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown above the consent sentences when the event has none of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the scanner is set to type before and after each code; leave both empty for a scanner that ends with Enter. Type \t for Tab.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>The leads could not be deleted ({reason}). Try again.</source>
        <extracomment>Typing pauses shorter than this don&apos;t re-query; long enough to skip mid-word states. Leads read per query when exporting everything that matches.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <source>The clipboard holds {size} of text, more than a pasted vCard may be ({limit}). Save the cards as a .vcf file and use File ▸ Import vCard… instead.</source>
        <extracomment>A pasted vCard is read only up to this size (a card with a photo is well under 1 MB); more than this is an address book, for File ▸ Import vCard…. A card whose text runs longer than this is not put into the form: a lead holds far less (a note at most 10,000 characters), and a widget given megabytes of text freezes the window while it lays them out.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vCard holds {size:,} characters of text, far more than a lead can take. Shorten its note in your contacts and copy it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>(the lines above it are left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column choices from your last file with these columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column names are on line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports often start with a title or notes. Choose the line that holds the column names; the lines above it are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import leads — {file}</source>
        <extracomment>Re-check this long after the last mapping change (a burst of changes checks once).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line with the column names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {chosen} holds no column names; line {used} is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {rows}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the column names…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several columns hold this. In each row the first one that isn&apos;t empty is sent; the others are kept in the custom data. Choose the field again on a column to make it the first choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag these rows with the current event “{event}” (source, UTM tags, staff, capture method: import)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row {row}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: 1 contact card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: 1 vCard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {count} contact cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {count} vCards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {rows}, {columns} columns, {delimiter}-separated, {encoding}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{header} (choice {n} of {count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rows} (and {more} more)</source>
        <translation type="unfinished"></translation>
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
        <extracomment>The key was refused before any request (empty, or not a key&apos;s shape).</extracomment>
        <translation>✖ {problem}</translation>
    </message>
</context>
<context>
    <name>LastLead</name>
    <message>
        <source>Send or clear the lead you are typing first, then press Edit again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadForm</name>
    <message>
        <source>The company, job title, answers and event details are sent with the custom data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will be sent as {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem} Press Ctrl+Enter again to send it anyway.</source>
        <extracomment>Every input the form fills and clears: the API fields, then company and job title. ``save(payload)`` keeps an accepted lead and returns its id; raising refuses it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadReceipt</name>
    <message>
        <source>Already delivered to Octanist ({when}), so it can&apos;t be changed here: correct it in Octanist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is being sent right now, so it can&apos;t be taken back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It may already be at Octanist (an attempt got no answer), so it can&apos;t be taken back: check it in History.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take this lead back into the form to correct it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lead is no longer in History, so there is nothing to edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} is back in the form: it is sent only when you save it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ {who} — delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ {who} — queued: Octanist refused the API key; sent once it is fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ {who} — queued: offline, sent when the connection returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ {who} — queued: sent once an API key is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ {who} — saved, sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ {who} — refused: {reason}, see History</source>
        <translation type="unfinished"></translation>
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
        <extracomment>Every booth-locked action of this window joins it (see ui/actions.py).</extracomment>
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
        <extracomment>Booth kit: Scan badge… joins it (ui/booth/staff_scans.py).</extracomment>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>New lead</source>
        <translation>Neuer Lead</translation>
    </message>
    <message>
        <source>Octanist Desktop — Sandbox (leads stay on this computer)</source>
        <translation>Octanist Desktop — Sandbox (Leads bleiben auf diesem Computer)</translation>
    </message>
</context>
<context>
    <name>PhoneCountryButton</name>
    <message>
        <source>Choose the country of numbers typed without + (F4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country of the phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country ▾</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers typed without + are read as {code}{dial} numbers; F4 to change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresetDialog</name>
    <message>
        <source>&amp;Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booth &amp;visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booth visitors never see this question; staff answer it behind the PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In booth mode, visitors are asked for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff only (&amp;hidden from visitors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the default wording. Edit it to make it this event&apos;s own; each change is a new version, and leads already taken keep the words they were shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {version}. Each change is a new version; leads already taken keep the words they were shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What visitors agree to (never ticked in advance):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Also sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported ✔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No country column and no default region: the number is sent as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone read as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <extracomment>``data(STATUS_ROLE)`` is the row&apos;s status word (&quot;ready&quot;, …, or &quot;imported&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready ⚠</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number starts with + or 00 and its country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row names no country, so the number was read in the default region from Settings. Check it if this visitor may be from abroad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row&apos;s country column says where this number belongs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its own country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no country known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{country} (assumed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{country} (from the row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegionPrompt</name>
    <message>
        <source>Choose country…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which country are your leads&apos; phone numbers from? Numbers typed without + are read in it; you can still pick another per number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanPrompt</name>
    <message>
        <source>Badge code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the badge now, or type its code and press Enter.</source>
        <translation type="unfinished"></translation>
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
        <source>API URL:</source>
        <translation>API-URL:</translation>
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
        <extracomment>A check that can hang (a D-Bus service that never answers) fails after this long.</extracomment>
        <translation>&amp;Sprache:</translation>
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
        <source>System language ({name})</source>
        <translation>Systemsprache ({name})</translation>
    </message>
    <message>
        <source>The sandbox&apos;s own key</source>
        <translation>Der eigene Schlüssel der Sandbox</translation>
    </message>
    <message>
        <source>Use for this &amp;session only (not saved)</source>
        <translation>Nur für diese Sit&amp;zung verwenden (nicht gespeichert)</translation>
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
        <source>Save the lead and start the next one</source>
        <translation>Den Lead speichern und mit dem nächsten beginnen</translation>
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
    <name>StaffBadgeScans</name>
    <message>
        <source>Badge {badge} read: the lead carries its attendee id, to match with the organiser&apos;s list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled the form from the badge of {who}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This badge is already in the history: lead {lead}, entered {when}. Possible duplicate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This badge is already in the history: lead {lead}, sent {when}. Possible duplicate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartupProblem</name>
    <message>
        <source>Another Octanist Desktop is using {folder} but didn&apos;t come to the front. Switch to it; if it is stuck, close it, then start Octanist Desktop again.</source>
        <translation>Ein anderes Octanist Desktop verwendet {folder}, kam aber nicht in den Vordergrund. Wechseln Sie dorthin; wenn es hängt, schließen Sie es und starten Sie Octanist Desktop neu.</translation>
    </message>
    <message>
        <source>Octanist Desktop can&apos;t use its data folder.</source>
        <extracomment>The test hook (see the module notes).</extracomment>
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
        <extracomment>How long a transient message stays, in milliseconds.</extracomment>
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
    <name>VisitorInputs</name>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>The smallest touch target, in pixels (Apple&apos;s and Google&apos;s guidance: 44–48).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitorScreen</name>
    <message>
        <source>Anything you would like us to know?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave your details</source>
        <extracomment>How much larger than the desktop&apos;s type the visitor&apos;s is. Two columns side by side (details | consent) from this width on, so a laptop screen shows the whole form and its Send button without scrolling.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check your email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check your phone number. If it is right, send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please fill in your name, email address or phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please make this a little shorter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send my details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This can&apos;t be sent just now. Please ask someone at the stand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We read your badge. Add your details below if you like, then send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We read your badge. Please check your details below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your details are saved. We will be in touch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your phone number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>&amp;Enter API key</source>
        <translation>API-Schlüssel &amp;eingeben</translation>
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
