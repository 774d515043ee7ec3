<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
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
        <translation>De taal kon niet worden opgeslagen ({problem}).</translation>
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
    <name>LeadForm</name>
    <message>
        <source>Answers and event details are added to the custom data.</source>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>Every booth-locked action of this window joins it (see ui/actions.py).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send or clear the lead you are typing first, then press Edit again.</source>
        <translation type="unfinished"></translation>
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
    <name>SettingsDialog</name>
    <message>
        <source>A new language is used from the next start of Octanist Desktop.</source>
        <translation>Een andere taal geldt vanaf de volgende keer dat je Octanist Desktop start.</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>System language ({name})</source>
        <translation>Systeemtaal ({name})</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>All leads delivered</source>
        <extracomment>How long a transient message stays, in milliseconds.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} · {count} need attention</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
