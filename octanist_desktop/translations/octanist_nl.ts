<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Active preset</source>
        <translation>&amp;Actief sjabloon</translation>
    </message>
    <message>
        <source>&amp;Booth mode</source>
        <translation>&amp;Beursmodus</translation>
    </message>
    <message>
        <source>&amp;Copy request id</source>
        <translation>&amp;Request-ID kopiëren</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exporteren…</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Opmaken</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Geschiedenis</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;CSV importeren…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>&amp;Lost…</source>
        <translation>Ver&amp;loren…</translation>
    </message>
    <message>
        <source>&amp;New lead</source>
        <translation>&amp;Nieuwe lead</translation>
    </message>
    <message>
        <source>&amp;Pin this field</source>
        <translation>Dit veld &amp;vastzetten</translation>
    </message>
    <message>
        <source>&amp;Presets…</source>
        <translation>&amp;Sjablonen…</translation>
    </message>
    <message>
        <source>&amp;Qualified…</source>
        <translation>&amp;Gekwalificeerd…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>Nu &amp;opnieuw proberen</translation>
    </message>
    <message>
        <source>&amp;Send lead</source>
        <translation>Lead &amp;versturen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>&amp;Staff and booth settings…</source>
        <translation>&amp;Medewerker en beursstand…</translation>
    </message>
    <message>
        <source>&amp;Won…</source>
        <translation>Ge&amp;wonnen…</translation>
    </message>
    <message>
        <source>A&amp;nswer for booth visitors…</source>
        <translation>Bezoekers&amp;vragen beantwoorden…</translation>
    </message>
    <message>
        <source>Add the event presets from a team&apos;s file</source>
        <translation>De evenementsjablonen uit een teambestand toevoegen</translation>
    </message>
    <message>
        <source>Answer the staff-only questions for visitors whose details wait, and send them</source>
        <translation>De vragen voor medewerkers beantwoorden bij bezoekers die nog wachten, en ze versturen</translation>
    </message>
    <message>
        <source>Copy the selected leads&apos; request ids, for Octanist support</source>
        <translation>De request-ID&apos;s van de gekozen leads kopiëren, voor Octanist-support</translation>
    </message>
    <message>
        <source>E&amp;xport presets…</source>
        <translation>Sjablonen e&amp;xporteren…</translation>
    </message>
    <message>
        <source>Every key the app answers to, on one page</source>
        <translation>Alle sneltoetsen van de app op één pagina</translation>
    </message>
    <message>
        <source>Export leads to a CSV file; asks whether all or only those shown or selected</source>
        <translation>Leads naar een CSV-bestand exporteren; vraagt of het alle leads zijn of alleen de getoonde of geselecteerde</translation>
    </message>
    <message>
        <source>Fill the form from a contact card on the clipboard</source>
        <translation>Vul het formulier met een visitekaartje (vCard) van het klembord</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>I&amp;mport presets…</source>
        <translation>Sjablonen &amp;importeren…</translation>
    </message>
    <message>
        <source>Import &amp;vCard…</source>
        <translation>&amp;vCard importeren…</translation>
    </message>
    <message>
        <source>Keep this value for the next lead, and after a restart</source>
        <translation>Deze waarde bewaren voor de volgende lead, ook na opnieuw starten</translation>
    </message>
    <message>
        <source>Paste &amp;vCard</source>
        <translation>vCard &amp;plakken</translation>
    </message>
    <message>
        <source>Pretty-print the JSON with 2-space indents</source>
        <translation>De JSON netjes opmaken, met 2 spaties inspringing</translation>
    </message>
    <message>
        <source>Record that the selected lead became a customer, and for how much</source>
        <translation>Vastleggen dat de geselecteerde lead klant is geworden, en voor hoeveel</translation>
    </message>
    <message>
        <source>Record that the selected lead is qualified</source>
        <translation>Vastleggen dat de geselecteerde lead gekwalificeerd is</translation>
    </message>
    <message>
        <source>Record that the selected lead was lost, and why</source>
        <translation>Vastleggen dat de geselecteerde lead verloren is, en waarom</translation>
    </message>
    <message>
        <source>Remove the selected leads from this computer</source>
        <translation>De gekozen leads van deze computer verwijderen</translation>
    </message>
    <message>
        <source>Save every event preset to one file, for the team</source>
        <translation>Alle evenementsjablonen in één bestand opslaan, voor het team</translation>
    </message>
    <message>
        <source>Scan &amp;badge…</source>
        <translation>&amp;Badge scannen…</translation>
    </message>
    <message>
        <source>Se&amp;nd queued leads now</source>
        <translation>&amp;Wachtende leads nu versturen</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>In de geschiedenis zoeken</translation>
    </message>
    <message>
        <source>Send the selected leads again now</source>
        <translation>De gekozen leads nu opnieuw versturen</translation>
    </message>
    <message>
        <source>Wait for a badge scan, or type a badge&apos;s code</source>
        <translation>Wacht op een badgescan, of typ de code van een badge</translation>
    </message>
</context>
<context>
    <name>AnswerButtons</name>
    <message>
        <source>Tap to choose this answer; tap again to take it back</source>
        <translation>Tik om dit antwoord te kiezen; tik nog eens om het terug te nemen</translation>
    </message>
    <message>
        <source>Type your answer, or leave it empty</source>
        <translation>Typ uw antwoord, of laat het leeg</translation>
    </message>
</context>
<context>
    <name>ApiUrl</name>
    <message>
        <source>The API URL must not contain a user name or password.</source>
        <translation>De API-URL mag geen gebruikersnaam of wachtwoord bevatten.</translation>
    </message>
    <message>
        <source>The API URL must not contain “?” or “#” (for example {example}).</source>
        <translation>De API-URL mag geen „?” of „#” bevatten (bijvoorbeeld {example}).</translation>
    </message>
    <message>
        <source>The API URL “{url}” is not a valid web address (for example {example}).</source>
        <translation>De API-URL „{url}” is geen geldig webadres (bijvoorbeeld {example}).</translation>
    </message>
    <message>
        <source>The API URL “{url}” must be a web address starting with https:// (for example {example}).</source>
        <translation>De API-URL „{url}” moet een webadres zijn dat met https:// begint (bijvoorbeeld {example}).</translation>
    </message>
    <message>
        <source>The API URL “{url}” starts with http://, which would send your API key and leads across the network unencrypted. Use https:// instead; plain http:// is allowed only for this computer (localhost, 127.0.0.1 or ::1).</source>
        <translation>De API-URL „{url}” begint met http://, waardoor je API-sleutel en leads onversleuteld over het netwerk gaan. Gebruik https://; gewoon http:// mag alleen voor deze computer (localhost, 127.0.0.1 of ::1).</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>That folder is open in another Octanist Desktop window; it is in front now.</source>
        <translation>Die map is open in een ander venster van Octanist Desktop; dat staat nu vooraan.</translation>
    </message>
</context>
<context>
    <name>BadgeReader</name>
    <message>
        <source>Already scanned: this badge was read a moment ago.</source>
        <translation>Al gescand: deze badge is zojuist gelezen.</translation>
    </message>
    <message>
        <source>That scan isn&apos;t a badge code this app can read, so nothing was filled in. Scan again, or type the details.</source>
        <translation>Deze scan is geen badgecode die de app kan lezen, dus er is niets ingevuld. Scan opnieuw of typ de gegevens in.</translation>
    </message>
    <message>
        <source>The badge was only partly read, so nothing was filled in. Scan it again, holding it steady.</source>
        <translation>De badge is maar half gelezen, dus er is niets ingevuld. Scan opnieuw en houd de badge stil.</translation>
    </message>
</context>
<context>
    <name>BoothMode</name>
    <message>
        <source>Booth mode is on: press Esc and type the PIN to leave it first.</source>
        <translation>De beursmodus staat aan: druk op Esc en typ de pincode om hem eerst te verlaten.</translation>
    </message>
    <message>
        <source>Booth mode needs the lead form: enter an API key first.</source>
        <translation>De beursmodus heeft het leadformulier nodig: voer eerst een API-sleutel in.</translation>
    </message>
    <message>
        <source>Send or clear the lead in the form first, then turn on booth mode.</source>
        <translation>Verstuur of wis eerst de lead in het formulier en zet dan de beursmodus aan.</translation>
    </message>
    <message>
        <source>The booth PIN could not be saved ({problem}).</source>
        <translation>De pincode voor de beursmodus kon niet worden opgeslagen ({problem}).</translation>
    </message>
    <message>
        <source>Your details could not be saved just now. Please ask someone at the stand.</source>
        <translation>Uw gegevens konden op dit moment niet worden opgeslagen. Vraag het even aan iemand van de stand.</translation>
    </message>
</context>
<context>
    <name>BoothPin</name>
    <message>
        <source>The PIN can be at most {limit} characters.</source>
        <translation>De pincode mag hoogstens {limit} tekens hebben.</translation>
    </message>
    <message>
        <source>The PIN can&apos;t start or end with a space.</source>
        <translation>De pincode mag niet met een spatie beginnen of eindigen.</translation>
    </message>
    <message>
        <source>The PIN needs at least {limit} characters.</source>
        <translation>De pincode moet minstens {limit} tekens hebben.</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>De twee pincodes zijn niet hetzelfde.</translation>
    </message>
</context>
<context>
    <name>CaptureDetails</name>
    <message>
        <source>Attendee {badge}, read from: {scan}</source>
        <translation>Bezoeker {badge}, gelezen uit: {scan}</translation>
    </message>
    <message>
        <source>Badge scan</source>
        <translation>Badgescan</translation>
    </message>
    <message>
        <source>Badge scan:</source>
        <translation>Badgescan:</translation>
    </message>
    <message>
        <source>Consent as shown</source>
        <translation>Getoonde toestemming</translation>
    </message>
    <message>
        <source>Consent as shown:</source>
        <translation>Getoonde toestemming:</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>Toestemming:</translation>
    </message>
    <message>
        <source>Entered by staff</source>
        <translation>Ingevoerd door een medewerker</translation>
    </message>
    <message>
        <source>No consent record was kept for this lead.</source>
        <translation>Voor deze lead is geen toestemming vastgelegd.</translation>
    </message>
    <message>
        <source>The consent sentences the visitor read, word for word</source>
        <translation>De toestemmingszinnen die de bezoeker las, woord voor woord</translation>
    </message>
    <message>
        <source>Ticked by the visitor</source>
        <translation>Aangevinkt door de bezoeker</translation>
    </message>
    <message>
        <source>What the badge scanner read, as it read it</source>
        <translation>Wat de badgescanner las, precies zoals hij het las</translation>
    </message>
    <message>
        <source>an unnamed computer</source>
        <translation>een computer zonder naam</translation>
    </message>
    <message>
        <source>no staff name set</source>
        <translation>geen medewerkersnaam ingesteld</translation>
    </message>
    <message>
        <source>{who} on {when}, on {device} ({staff}). Text version {version}.</source>
        <translation>{who} op {when}, op {device} ({staff}). Tekstversie {version}.</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>(ignore)</source>
        <translation>(negeren)</translation>
    </message>
    <message>
        <source>Country → phone region</source>
        <translation>Land → telefoonregio</translation>
    </message>
    <message>
        <source>First name → Name</source>
        <translation>Voornaam → Naam</translation>
    </message>
    <message>
        <source>Last name → Name</source>
        <translation>Achternaam → Naam</translation>
    </message>
    <message>
        <source>Middle name → Name</source>
        <translation>Tussenvoegsel → Naam</translation>
    </message>
    <message>
        <source>custom: {key}</source>
        <translation>extra: {key}</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>Consent can have at most {limit} sentences.</source>
        <translation>Toestemming mag hoogstens {limit} zinnen hebben.</translation>
    </message>
    <message>
        <source>Consent sentence {number} can be at most {limit} characters.</source>
        <translation>Toestemmingszin {number} mag hoogstens {limit} tekens hebben.</translation>
    </message>
    <message>
        <source>Consent sentence {number} doesn&apos;t say what it allows.</source>
        <translation>Toestemmingszin {number} zegt niet wat hij toestaat.</translation>
    </message>
    <message>
        <source>Consent sentence {number} has no text.</source>
        <translation>Toestemmingszin {number} heeft geen tekst.</translation>
    </message>
    <message>
        <source>Consent sentence {number} names unknown flags: {flags}.</source>
        <translation>Toestemmingszin {number} noemt onbekende vlaggen: {flags}.</translation>
    </message>
    <message>
        <source>The consent introduction can be at most {limit} characters.</source>
        <translation>De inleiding bij de toestemming mag hoogstens {limit} tekens hebben.</translation>
    </message>
</context>
<context>
    <name>ConsentEditor</name>
    <message>
        <source>(not used)</source>
        <translation>(niet gebruikt)</translation>
    </message>
    <message>
        <source>A sentence a visitor can tick; leave it empty to not use it</source>
        <translation>Een zin die een bezoeker kan aanvinken; laat hem leeg om hem niet te gebruiken</translation>
    </message>
    <message>
        <source>Consent introduction</source>
        <translation>Inleiding toestemming</translation>
    </message>
    <message>
        <source>Consent sentence {row}</source>
        <translation>Toestemmingszin {row}</translation>
    </message>
    <message>
        <source>Introduction:</source>
        <translation>Inleiding:</translation>
    </message>
    <message>
        <source>Replaces the wording above with the app&apos;s reviewed default text</source>
        <translation>Vervangt de tekst hierboven door de gecontroleerde standaardtekst van de app</translation>
    </message>
    <message>
        <source>Sentence a visitor can tick</source>
        <translation>Zin die een bezoeker kan aanvinken</translation>
    </message>
    <message>
        <source>Sentence {row} grants {flag}</source>
        <translation>Zin {row} geeft {flag}</translation>
    </message>
    <message>
        <source>Start from the Dutch default</source>
        <translation>Beginnen met de Nederlandse standaardtekst</translation>
    </message>
    <message>
        <source>Start from the English default</source>
        <translation>Beginnen met de Engelse standaardtekst</translation>
    </message>
    <message>
        <source>Start from the German default</source>
        <translation>Beginnen met de Duitse standaardtekst</translation>
    </message>
    <message>
        <source>What visitors read before the boxes</source>
        <translation>Wat bezoekers lezen vóór de vakjes</translation>
    </message>
</context>
<context>
    <name>ConsentRow</name>
    <message>
        <source>Tick only if you agree; you can leave it empty and still send your details</source>
        <translation>Vink alleen aan als u akkoord gaat; u kunt het leeg laten en toch uw gegevens versturen</translation>
    </message>
</context>
<context>
    <name>CountryList</name>
    <message>
        <source>Clear search</source>
        <translation>Zoekopdracht wissen</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Landen</translation>
    </message>
    <message>
        <source>Empties the search and lists every country</source>
        <translation>Maakt de zoekopdracht leeg en toont alle landen</translation>
    </message>
    <message>
        <source>Enter or a click picks the country the number is read in</source>
        <translation>Enter of een klik kiest het land waarin het nummer wordt gelezen</translation>
    </message>
    <message>
        <source>No country matches that.</source>
        <translation>Geen land gevonden.</translation>
    </message>
    <message>
        <source>Search countries</source>
        <translation>Landen zoeken</translation>
    </message>
    <message>
        <source>Type a country or its code, e.g. Netherlands or +31</source>
        <translation>Typ een land of de code, bijv. Nederland of +31</translation>
    </message>
</context>
<context>
    <name>CustomData</name>
    <message>
        <source>a number with {digits} digits is too long.</source>
        <translation>een getal met {digits} cijfers is te lang.</translation>
    </message>
    <message>
        <source>it could not be read.</source>
        <translation>het kon niet worden gelezen.</translation>
    </message>
    <message>
        <source>it is nested too deeply to send (at most {depth} levels of brackets).</source>
        <translation>het is te diep genest om te versturen (hoogstens {depth} niveaus haakjes).</translation>
    </message>
    <message>
        <source>the number {number} is too large.</source>
        <translation>het getal {number} is te groot.</translation>
    </message>
    <message>
        <source>{label}: {problem}</source>
        <translation>{label}: {problem}</translation>
    </message>
    <message>
        <source>{name} is not a JSON value; write it as text in quotes.</source>
        <translation>{name} is geen JSON-waarde; schrijf het als tekst tussen aanhalingstekens.</translation>
    </message>
</context>
<context>
    <name>CustomDataEditor</name>
    <message>
        <source>Format</source>
        <translation>Opmaken</translation>
    </message>
    <message>
        <source>Format custom data as JSON</source>
        <translation>Extra gegevens als JSON opmaken</translation>
    </message>
    <message>
        <source>Pretty-print the JSON with 2-space indents ({shortcut})</source>
        <translation>De JSON netjes opmaken, met 2 spaties inspringing ({shortcut})</translation>
    </message>
</context>
<context>
    <name>CustomDataField</name>
    <message>
        <source>Edit as rows</source>
        <translation>Als rijen bewerken</translation>
    </message>
    <message>
        <source>Edit as text</source>
        <translation>Als tekst bewerken</translation>
    </message>
    <message>
        <source>Rows can show names with single values only; this is plain text, a list, nested data or has a mistake, so it stays as text.</source>
        <translation>Rijen tonen alleen namen met één waarde; dit is gewone tekst, een lijst, geneste gegevens of bevat een fout, dus het blijft tekst.</translation>
    </message>
    <message>
        <source>Switch between rows and the same data as JSON text</source>
        <translation>Wisselen tussen rijen en dezelfde gegevens als JSON-tekst</translation>
    </message>
</context>
<context>
    <name>CustomRows</name>
    <message>
        <source>Custom data name {row}</source>
        <translation>Naam extra gegeven {row}</translation>
    </message>
    <message>
        <source>Custom data value {row}</source>
        <translation>Waarde extra gegeven {row}</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Value, e.g. 10,000 EUR</source>
        <translation>Waarde, bijv. 10.000 EUR</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>What, e.g. budget</source>
        <translation>Wat, bijv. budget</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>d MMM yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <translation>ddd d MMM</translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Weggooien</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>&amp;Concept bewaren</translation>
    </message>
    <message>
        <source>Keep it as a draft to finish it next time, or throw it away.</source>
        <translation>Bewaar hem als concept om de volgende keer af te maken, of gooi hem weg.</translation>
    </message>
    <message>
        <source>The lead isn&apos;t sent</source>
        <translation>De lead is niet verstuurd</translation>
    </message>
    <message>
        <source>The lead you are typing hasn&apos;t been saved or sent.</source>
        <translation>De lead die je aan het typen bent, is niet opgeslagen of verstuurd.</translation>
    </message>
    <message>
        <source>↺ The lead you were typing is back (kept {when}).</source>
        <translation>↺ De lead die je aan het typen was, is terug (bewaard {when}).</translation>
    </message>
</context>
<context>
    <name>DuplicateHint</name>
    <message>
        <source>lead {id}</source>
        <translation>lead {id}</translation>
    </message>
</context>
<context>
    <name>EmailCheck</name>
    <message>
        <source>An email address cannot have a period and a hyphen next to each other.</source>
        <translation>Een e-mailadres mag geen punt en streepje naast elkaar hebben.</translation>
    </message>
    <message>
        <source>An email address cannot have two periods in a row.</source>
        <translation>Een e-mailadres mag geen twee punten achter elkaar hebben.</translation>
    </message>
    <message>
        <source>An email address must have an @-sign.</source>
        <translation>Een e-mailadres moet een @ hebben.</translation>
    </message>
    <message>
        <source>The email address contains invalid characters before the @-sign: {chars}.</source>
        <translation>Het e-mailadres heeft ongeldige tekens vóór de @: {chars}.</translation>
    </message>
    <message>
        <source>The email address has the &quot;full-width&quot; at-sign (@) character instead of a regular at-sign.</source>
        <translation>Het e-mailadres heeft een brede @ (＠) in plaats van een gewone @.</translation>
    </message>
    <message>
        <source>The part after the @-sign contains invalid characters: {chars}.</source>
        <translation>Het deel na de @ bevat ongeldige tekens: {chars}.</translation>
    </message>
    <message>
        <source>The part after the @-sign is a special-use or reserved name that cannot be used with email.</source>
        <translation>Het deel na de @ is een gereserveerde naam die niet voor e-mail kan worden gebruikt.</translation>
    </message>
    <message>
        <source>The part after the @-sign is not valid: it is not within a valid top-level domain.</source>
        <translation>Het deel na de @ is ongeldig: het eindigt niet op een bestaand topleveldomein.</translation>
    </message>
    <message>
        <source>The part after the @-sign is not valid: it should have a period.</source>
        <translation>Het deel na de @ is ongeldig: er hoort een punt in te staan.</translation>
    </message>
    <message>
        <source>There can&apos;t be anything after the email address.</source>
        <translation>Na het e-mailadres mag niets meer staan.</translation>
    </message>
    <message>
        <source>There must be something after the @-sign.</source>
        <translation>Na de @ moet iets staan.</translation>
    </message>
    <message>
        <source>There must be something before the @-sign.</source>
        <translation>Vóór de @ moet iets staan.</translation>
    </message>
</context>
<context>
    <name>EventKit</name>
    <message>
        <source>&amp;Active preset</source>
        <translation>&amp;Actief sjabloon</translation>
    </message>
    <message>
        <source>Even&amp;t</source>
        <translation>&amp;Evenement</translation>
    </message>
    <message>
        <source>No preset</source>
        <translation>Geen sjabloon</translation>
    </message>
    <message>
        <source>The event presets could not be saved ({problem}).</source>
        <translation>De evenementsjablonen konden niet worden opgeslagen ({problem}).</translation>
    </message>
    <message>
        <source>The staff and booth settings could not be saved ({problem}).</source>
        <translation>De instellingen voor medewerker en beursstand konden niet worden opgeslagen ({problem}).</translation>
    </message>
    <message>
        <source>{count} booth visitors&apos; details wait for your answers: Event ▸ Answer for booth visitors…</source>
        <translation>Gegevens van {count} beursbezoekers wachten op je antwoorden: Evenement ▸ Antwoorden voor beursbezoekers…</translation>
    </message>
</context>
<context>
    <name>EventSettingsDialog</name>
    <message>
        <source>&amp;Captured via:</source>
        <translation>&amp;Vastgelegd via:</translation>
    </message>
    <message>
        <source>&amp;New PIN:</source>
        <translation>&amp;Nieuwe pincode:</translation>
    </message>
    <message>
        <source>&amp;Repeat PIN:</source>
        <translation>Pincode &amp;herhalen:</translation>
    </message>
    <message>
        <source>&amp;Staff member:</source>
        <translation>&amp;Medewerker:</translation>
    </message>
    <message>
        <source>A PIN is set.</source>
        <translation>Er is een pincode ingesteld.</translation>
    </message>
    <message>
        <source>Badge scanner</source>
        <translation>Badgescanner</translation>
    </message>
    <message>
        <source>Booth mode</source>
        <translation>Beursmodus</translation>
    </message>
    <message>
        <source>C&amp;onsent introduction:</source>
        <translation>Inleiding &amp;toestemming:</translation>
    </message>
    <message>
        <source>Empty an &amp;idle form after:</source>
        <translation>Ongebruikt formulier &amp;legen na:</translation>
    </message>
    <message>
        <source>How leads typed on this computer usually reach you; changeable per lead</source>
        <translation>Hoe leads die op deze computer worden ingevoerd je meestal bereiken; per lead te wijzigen</translation>
    </message>
    <message>
        <source>Keys closer together than this are read as a badge scanner, not a person</source>
        <translation>Toetsen die sneller na elkaar komen, gelden als badgescanner, niet als mens</translation>
    </message>
    <message>
        <source>No PIN yet.</source>
        <translation>Nog geen pincode.</translation>
    </message>
    <message>
        <source>Scanner &amp;prefix:</source>
        <translation>V&amp;oorvoegsel scanner:</translation>
    </message>
    <message>
        <source>Scanner keys at most:</source>
        <translation>Scannertoetsen hoogstens:</translation>
    </message>
    <message>
        <source>Scanner s&amp;uffix:</source>
        <translation>&amp;Achtervoegsel scanner:</translation>
    </message>
    <message>
        <source>Seconds the thank-you shows before the form is ready for the next visitor</source>
        <translation>Seconden dat het bedankje te zien is voordat het formulier klaar is voor de volgende bezoeker</translation>
    </message>
    <message>
        <source>Seconds without a touch before a half-filled visitor form is emptied</source>
        <translation>Seconden zonder aanraking voordat een half ingevuld bezoekersformulier wordt leeggemaakt</translation>
    </message>
    <message>
        <source>Sent with every lead from this computer</source>
        <translation>Meegestuurd met elke lead van deze computer</translation>
    </message>
    <message>
        <source>Show “&amp;Thank you” for:</source>
        <translation>“&amp;Bedankt” tonen gedurende:</translation>
    </message>
    <message>
        <source>Shown above the consent sentences when the event has none of its own.</source>
        <translation>Getoond boven de toestemmingszinnen als het evenement geen eigen inleiding heeft.</translation>
    </message>
    <message>
        <source>Staff and booth settings</source>
        <translation>Medewerker en beursstand</translation>
    </message>
    <message>
        <source>The PIN staff type to leave booth mode; leave empty to keep the current one</source>
        <translation>De pincode die medewerkers typen om de beursmodus te verlaten; laat leeg om de huidige te houden</translation>
    </message>
    <message>
        <source>The new PIN again, to rule out a typo</source>
        <translation>De nieuwe pincode nog eens, om typfouten uit te sluiten</translation>
    </message>
    <message>
        <source>What the scanner is set to type before and after each code; leave both empty for a scanner that ends with Enter. Type \t for Tab.</source>
        <translation>Wat de scanner vóór en na elke code typt; laat beide leeg voor een scanner die met Enter afsluit. Typ \t voor Tab.</translation>
    </message>
    <message>
        <source>What the scanner types after each code; empty when it ends with Enter</source>
        <translation>Wat de scanner na elke code typt; leeg als hij met Enter eindigt</translation>
    </message>
    <message>
        <source>What the scanner types before each code; type \t for Tab</source>
        <translation>Wat de scanner vóór elke code typt; typ \t voor Tab</translation>
    </message>
    <message>
        <source>{pin_state} Leave the PIN fields empty to keep it.</source>
        <translation>{pin_state} Laat de pincodevelden leeg om hem te houden.</translation>
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
        <translation>Vast</translation>
    </message>
    <message>
        <source>Pin {field}</source>
        <translation>{field} vastzetten</translation>
    </message>
    <message>
        <source>Pin {field}: keep this value for the next lead, and after a restart (Ctrl+P)</source>
        <translation>{field} vastzetten: deze waarde bewaren voor de volgende lead, ook na opnieuw starten (Ctrl+P)</translation>
    </message>
</context>
<context>
    <name>FieldRows</name>
    <message>
        <source> ({filled} filled)</source>
        <translation> ({filled} ingevuld)</translation>
    </message>
    <message>
        <source> ({filled} filled, {flagged} to check)</source>
        <translation> ({filled} ingevuld, {flagged} controleren)</translation>
    </message>
    <message>
        <source> ({flagged} to check)</source>
        <translation> ({flagged} controleren)</translation>
    </message>
    <message>
        <source>Click IDs</source>
        <translation>Klik-ID&apos;s</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Custom data</source>
        <translation>Extra gegevens</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Show or hide the ad click ID fields</source>
        <translation>De velden voor advertentie-klik-ID&apos;s tonen of verbergen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Ad personalization</source>
        <translation>Gepersonaliseerde advertenties</translation>
    </message>
    <message>
        <source>Ad storage</source>
        <translation>Advertentieopslag</translation>
    </message>
    <message>
        <source>Ad user data</source>
        <translation>Gebruikersgegevens voor advertenties</translation>
    </message>
    <message>
        <source>Analytics storage</source>
        <translation>Analyseopslag</translation>
    </message>
    <message>
        <source>Any format; a number without + is read in the country beside it.</source>
        <translation>Elke notatie; een nummer zonder + hoort bij het land ernaast.</translation>
    </message>
    <message>
        <source>Anything said on the call or at the booth.</source>
        <translation>Alles wat er aan de telefoon of op de stand is gezegd.</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>Custom data</source>
        <translation>Extra gegevens</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>GA4 client ID</source>
        <translation>GA4-client-ID</translation>
    </message>
    <message>
        <source>GA4 session ID</source>
        <translation>GA4-sessie-ID</translation>
    </message>
    <message>
        <source>Google Ads click ID</source>
        <translation>Google Ads-klik-ID</translation>
    </message>
    <message>
        <source>Google Analytics 4 client ID</source>
        <translation>Google Analytics 4-client-ID</translation>
    </message>
    <message>
        <source>Google Analytics 4 session ID</source>
        <translation>Google Analytics 4-sessie-ID</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>LinkedIn click ID</source>
        <translation>LinkedIn-klik-ID</translation>
    </message>
    <message>
        <source>May ads be personalised for this lead?</source>
        <translation>Mogen advertenties voor deze lead worden gepersonaliseerd?</translation>
    </message>
    <message>
        <source>May cookies be stored for advertising?</source>
        <translation>Mogen er cookies voor advertenties worden opgeslagen?</translation>
    </message>
    <message>
        <source>May cookies be stored for analytics, such as visit duration?</source>
        <translation>Mogen er cookies voor analyse worden opgeslagen, zoals de duur van een bezoek?</translation>
    </message>
    <message>
        <source>May this lead&apos;s data be sent to Google for advertising?</source>
        <translation>Mogen de gegevens van deze lead voor advertenties naar Google worden gestuurd?</translation>
    </message>
    <message>
        <source>Meta browser ID</source>
        <translation>Meta-browser-ID</translation>
    </message>
    <message>
        <source>Meta click ID</source>
        <translation>Meta-klik-ID</translation>
    </message>
    <message>
        <source>Microsoft Ads click ID</source>
        <translation>Microsoft Ads-klik-ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Page path</source>
        <translation>Paginapad</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Plain text, or a JSON object or array (start with { or [).</source>
        <translation>Gewone tekst, of een JSON-object of -array (begin met { of [).</translation>
    </message>
    <message>
        <source>Reddit click ID</source>
        <translation>Reddit-klik-ID</translation>
    </message>
    <message>
        <source>Snapchat click ID</source>
        <translation>Snapchat-klik-ID</translation>
    </message>
    <message>
        <source>The campaign name.</source>
        <translation>De naam van de campagne.</translation>
    </message>
    <message>
        <source>The channel, e.g. cpc, email or booth.</source>
        <translation>Het kanaal, bijv. cpc, email of stand.</translation>
    </message>
    <message>
        <source>The company or organisation the lead works for.</source>
        <translation>Het bedrijf of de organisatie waar de lead werkt.</translation>
    </message>
    <message>
        <source>The lead&apos;s email address.</source>
        <translation>Het e-mailadres van de lead.</translation>
    </message>
    <message>
        <source>The lead&apos;s full name.</source>
        <translation>De volledige naam van de lead.</translation>
    </message>
    <message>
        <source>The lead&apos;s role, e.g. Head of Marketing.</source>
        <translation>De functie van de lead, bijv. hoofd marketing.</translation>
    </message>
    <message>
        <source>The page on that site, e.g. /contact.</source>
        <translation>De pagina op die site, bijv. /contact.</translation>
    </message>
    <message>
        <source>The site the lead came from, e.g. https://example.com.</source>
        <translation>De site waar de lead vandaan kwam, bijv. https://example.com.</translation>
    </message>
    <message>
        <source>TikTok click ID</source>
        <translation>TikTok-klik-ID</translation>
    </message>
    <message>
        <source>UTM campaign</source>
        <translation>UTM-campagne</translation>
    </message>
    <message>
        <source>UTM medium</source>
        <translation>UTM-medium</translation>
    </message>
    <message>
        <source>UTM source</source>
        <translation>UTM-bron</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Where the traffic came from, e.g. google or expo.</source>
        <translation>Waar het verkeer vandaan kwam, bijv. google of beurs.</translation>
    </message>
    <message>
        <source>X (Twitter) click ID</source>
        <translation>X (Twitter)-klik-ID</translation>
    </message>
    <message>
        <source>fbc, usually fb.1.&lt;timestamp&gt;.&lt;id&gt;</source>
        <translation>fbc, meestal fb.1.&lt;tijdstempel&gt;.&lt;id&gt;</translation>
    </message>
    <message>
        <source>fbp, usually fb.1.&lt;timestamp&gt;.&lt;number&gt;</source>
        <translation>fbp, meestal fb.1.&lt;tijdstempel&gt;.&lt;nummer&gt;</translation>
    </message>
</context>
<context>
    <name>HistoryColumns</name>
    <message>
        <source>At Octanist</source>
        <translation>Bij Octanist</translation>
    </message>
    <message>
        <source>At Octanist: {status}</source>
        <translation>Bij Octanist: {status}</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Pogingen</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Changed at Octanist since the last refresh.</source>
        <translation>Gewijzigd bij Octanist sinds de laatste verversing.</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>Counts as “{name}”</source>
        <translation>Telt als „{name}”</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Email / Phone</source>
        <translation>E-mail / telefoon</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evenement</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Laatste fout</translation>
    </message>
    <message>
        <source>Lead no.</source>
        <translation>Leadnr.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Octanist lead id</source>
        <translation>Octanist-lead-ID</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Recorded here: {outcome}</source>
        <translation>Hier vastgelegd: {outcome}</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>Request-ID</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
</context>
<context>
    <name>HistoryDialogs</name>
    <message numerus="yes">
        <source>%Ln lead(s)</source>
        <translation>
            <numerusform>%Ln lead</numerusform>
            <numerusform>%Ln leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s) ({names})</source>
        <translation>
            <numerusform>%Ln lead ({names})</numerusform>
            <numerusform>%Ln leads ({names})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s) being sent right now will be deleted here too, but may still reach Octanist: the request is already on its way.</source>
        <translation>
            <numerusform>%Ln lead die nu wordt verstuurd, wordt hier ook verwijderd, maar kan Octanist nog bereiken: het verzoek is al onderweg.</numerusform>
            <numerusform>%Ln leads die nu worden verstuurd, worden hier ook verwijderd, maar kunnen Octanist nog bereiken: het verzoek is al onderweg.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s) deleted from this computer.</source>
        <translation>
            <numerusform>%Ln lead van deze computer verwijderd.</numerusform>
            <numerusform>%Ln leads van deze computer verwijderd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s) was being sent and may still reach Octanist.</source>
        <translation>
            <numerusform>%Ln lead werd net verstuurd en kan Octanist nog bereiken.</numerusform>
            <numerusform>%Ln leads werden net verstuurd en kunnen Octanist nog bereiken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All leads (%Ln)</source>
        <translation>
            <numerusform>Alle leads (%Ln)</numerusform>
            <numerusform>Alle leads (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-bestanden (*.csv);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Delete leads</source>
        <translation>Leads verwijderen</translation>
    </message>
    <message>
        <source>Delete {leads} from this computer?</source>
        <translation>{leads} van deze computer verwijderen?</translation>
    </message>
    <message>
        <source>Export leads</source>
        <translation>Leads exporteren</translation>
    </message>
    <message>
        <source>Export leads as CSV</source>
        <translation>Leads als CSV exporteren</translation>
    </message>
    <message numerus="yes">
        <source>Only the %Ln selected</source>
        <translation>
            <numerusform>Alleen de %Ln geselecteerde</numerusform>
            <numerusform>Alleen de %Ln geselecteerde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the %Ln shown</source>
        <translation>
            <numerusform>Alleen de %Ln getoonde</numerusform>
            <numerusform>Alleen de %Ln getoonde</numerusform>
        </translation>
    </message>
    <message>
        <source>The search or selection shows only some of the leads on this computer.</source>
        <translation>De zoekopdracht of selectie toont maar een deel van de leads op deze computer.</translation>
    </message>
    <message>
        <source>This cannot be undone. It only removes them from Octanist Desktop&apos;s history here: leads already delivered stay in Octanist, and leads not yet delivered will never be sent.</source>
        <translation>Dit kan niet ongedaan worden gemaakt. Ze verdwijnen alleen uit de geschiedenis van Octanist Desktop hier: leads die al zijn afgeleverd blijven in Octanist, en leads die nog niet zijn afgeleverd worden nooit verstuurd.</translation>
    </message>
    <message>
        <source>Which leads do you want to export?</source>
        <translation>Welke leads wil je exporteren?</translation>
    </message>
    <message>
        <source>lead {id}</source>
        <translation>lead {id}</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>„{name}”</translation>
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
        <translation>Wordt nu verstuurd</translation>
    </message>
    <message>
        <source>Being sent to Octanist right now.</source>
        <translation>Wordt op dit moment naar Octanist verstuurd.</translation>
    </message>
    <message>
        <source>Couldn&apos;t send</source>
        <translation>Niet verstuurd</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Afgeleverd</translation>
    </message>
    <message>
        <source>Delivered {time}</source>
        <translation>Afgeleverd {time}</translation>
    </message>
    <message>
        <source>Delivered {time} — Octanist lead id {id}</source>
        <translation>Afgeleverd {time} — Octanist-lead-ID {id}</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ongeldig</translation>
    </message>
    <message>
        <source>Key refused</source>
        <translation>Sleutel geweigerd</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Vraagt aandacht</translation>
    </message>
    <message>
        <source>Next try {time}</source>
        <translation>Volgende poging {time}</translation>
    </message>
    <message>
        <source>Not yet delivered</source>
        <translation>Nog niet afgeleverd</translation>
    </message>
    <message>
        <source>Octanist Desktop ran into a problem of its own while sending this lead. It is not sent again by itself; press Retry to send it.</source>
        <translation>Octanist Desktop liep zelf tegen een probleem aan bij het versturen van deze lead. Hij wordt niet vanzelf opnieuw verstuurd; kies Opnieuw proberen om hem te versturen.</translation>
    </message>
    <message>
        <source>Octanist has this lead.</source>
        <translation>Octanist heeft deze lead.</translation>
    </message>
    <message>
        <source>Octanist may have this lead twice: an earlier attempt may have reached it even though no answer came back (the connection dropped or timed out), so the retry that followed may have created a second copy. Check Octanist before acting on it twice.</source>
        <translation>Octanist heeft deze lead misschien twee keer: een eerdere poging is misschien aangekomen terwijl er geen antwoord terugkwam (de verbinding viel weg of duurde te lang), dus de nieuwe poging daarna kan een tweede exemplaar hebben gemaakt. Kijk in Octanist voordat je er twee keer op reageert.</translation>
    </message>
    <message>
        <source>Octanist refused the API key. Check the key in Settings; leads refused this way are sent again when the key changes.</source>
        <translation>Octanist heeft de API-sleutel geweigerd. Controleer de sleutel in Instellingen; leads die zo zijn geweigerd, worden opnieuw verstuurd zodra de sleutel verandert.</translation>
    </message>
    <message>
        <source>Octanist refused this lead as invalid. It is not retried on its own; enter it again corrected, or retry if the problem was on Octanist&apos;s side.</source>
        <translation>Octanist heeft deze lead als ongeldig geweigerd. Hij wordt niet vanzelf opnieuw geprobeerd; voer hem verbeterd opnieuw in, of probeer het opnieuw als het probleem bij Octanist lag.</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In de wachtrij</translation>
    </message>
    <message>
        <source>Queued again</source>
        <translation>Weer in de wachtrij</translation>
    </message>
    <message>
        <source>Rejected by filter</source>
        <translation>Door filter geweigerd</translation>
    </message>
    <message>
        <source>Retry at {time}</source>
        <translation>Opnieuw om {time}</translation>
    </message>
    <message>
        <source>Same email and phone as lead {id}.</source>
        <translation>Zelfde e-mail en telefoon als lead {id}.</translation>
    </message>
    <message>
        <source>Same email and phone as {name}, entered {when} (lead {id}).</source>
        <translation>Zelfde e-mail en telefoon als {name}, ingevoerd {when} (lead {id}).</translation>
    </message>
    <message>
        <source>Same email as lead {id}.</source>
        <translation>Zelfde e-mail als lead {id}.</translation>
    </message>
    <message>
        <source>Same email as {name}, entered {when} (lead {id}).</source>
        <translation>Zelfde e-mail als {name}, ingevoerd {when} (lead {id}).</translation>
    </message>
    <message>
        <source>Same phone as lead {id}.</source>
        <translation>Zelfde telefoon als lead {id}.</translation>
    </message>
    <message>
        <source>Same phone as {name}, entered {when} (lead {id}).</source>
        <translation>Zelfde telefoon als {name}, ingevoerd {when} (lead {id}).</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>Opgeslagen {time}</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Versturen…</translation>
    </message>
    <message>
        <source>Sent once</source>
        <translation>Eén keer verstuurd</translation>
    </message>
    <message>
        <source>Sent {count} times</source>
        <translation>{count} keer verstuurd</translation>
    </message>
    <message>
        <source>Status: {status}.</source>
        <translation>Status: {status}.</translation>
    </message>
    <message>
        <source>The last attempt failed; it is tried again automatically at {time}.</source>
        <translation>De laatste poging is mislukt; om {time} wordt het automatisch opnieuw geprobeerd.</translation>
    </message>
    <message>
        <source>The last attempt failed; it is tried again automatically.</source>
        <translation>De laatste poging is mislukt; het wordt automatisch opnieuw geprobeerd.</translation>
    </message>
    <message>
        <source>Today {time}</source>
        <translation>Vandaag {time}</translation>
    </message>
    <message>
        <source>Waiting in the outbox; it is sent as soon as Octanist can be reached.</source>
        <translation>Wacht in de wachtrij; wordt verstuurd zodra Octanist bereikbaar is.</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Wacht op versturen</translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation>Wacht op nieuwe poging</translation>
    </message>
    <message>
        <source>Your Octanist account&apos;s lead filter turned this lead away. Change the filter in Octanist and retry if it should be accepted.</source>
        <translation>Het leadfilter van je Octanist-account heeft deze lead geweigerd. Pas het filter in Octanist aan en probeer het opnieuw als hij moet worden geaccepteerd.</translation>
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
        <translation>Zoekopdracht wissen</translation>
    </message>
    <message>
        <source>Empties the search box and shows every lead</source>
        <translation>Maakt het zoekvak leeg en toont alle leads</translation>
    </message>
    <message>
        <source>Everything about the selected lead</source>
        <translation>Alles over de geselecteerde lead</translation>
    </message>
    <message>
        <source>Lead card</source>
        <translation>Leadkaart</translation>
    </message>
    <message>
        <source>Lead {id} is no longer in the history.</source>
        <translation>Lead {id} staat niet meer in de geschiedenis.</translation>
    </message>
    <message>
        <source>Search leads</source>
        <translation>Leads zoeken</translation>
    </message>
    <message>
        <source>Search name, email, phone or note</source>
        <translation>Zoek op naam, e-mail, telefoon of notitie</translation>
    </message>
    <message>
        <source>Show leads</source>
        <translation>Leads tonen</translation>
    </message>
    <message>
        <source>Shows all leads, or only those waiting, delivered or needing attention</source>
        <translation>Toont alle leads, of alleen die wachten, zijn afgeleverd of aandacht vragen</translation>
    </message>
    <message>
        <source>Shows only the leads whose name, email, phone or note contains these words</source>
        <translation>Toont alleen de leads waarvan naam, e-mail, telefoon of notitie deze woorden bevat</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
    <message>
        <source>CSV files ({patterns})</source>
        <translation>CSV-bestanden ({patterns})</translation>
    </message>
    <message>
        <source>Filled the form from the vCard of {name}.</source>
        <translation>Formulier ingevuld met de vCard van {name}.</translation>
    </message>
    <message>
        <source>Filled the form from the vCard.</source>
        <translation>Formulier ingevuld met de vCard.</translation>
    </message>
    <message>
        <source>Import leads from a CSV file</source>
        <translation>Leads importeren uit een CSV-bestand</translation>
    </message>
    <message>
        <source>Import leads from vCards</source>
        <translation>Leads importeren uit vCards</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln lead(s) from a file.</source>
        <translation>
            <numerusform>%Ln lead uit een bestand geïmporteerd.</numerusform>
            <numerusform>%Ln leads uit een bestand geïmporteerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The clipboard holds %n cards; use File ▸ Import vCard… for all of them.</source>
        <translation>
            <numerusform>Het klembord bevat %n kaart; gebruik Bestand ▸ vCard importeren… voor allemaal.</numerusform>
            <numerusform>Het klembord bevat %n kaarten; gebruik Bestand ▸ vCard importeren… voor allemaal.</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no vCard (it should start with BEGIN:VCARD).</source>
        <translation>Het klembord bevat geen vCard (die begint met BEGIN:VCARD).</translation>
    </message>
    <message>
        <source>The clipboard holds {size} of text, more than a pasted vCard may be ({limit}). Save the cards as a .vcf file and use File ▸ Import vCard… instead.</source>
        <translation>Het klembord bevat {size} tekst, meer dan een geplakte vCard mag zijn ({limit}). Sla de kaarten op als .vcf-bestand en gebruik Bestand ▸ vCard importeren….</translation>
    </message>
    <message>
        <source>This vCard can&apos;t be used: {reason}</source>
        <translation>Deze vCard is niet bruikbaar: {reason}</translation>
    </message>
    <message>
        <source>This vCard holds {size} characters of text, far more than a lead can take. Shorten its note in your contacts and copy it again.</source>
        <translation>Deze vCard bevat {size} tekens tekst, veel meer dan een lead aankan. Maak de notitie in je contacten korter en kopieer hem opnieuw.</translation>
    </message>
    <message>
        <source>vCard files ({patterns})</source>
        <translation>vCard-bestanden ({patterns})</translation>
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
        <translation>(de regels erboven worden overgeslagen)</translation>
    </message>
    <message>
        <source>1. What each column is</source>
        <translation>1. Wat elke kolom is</translation>
    </message>
    <message>
        <source>2. Check the rows</source>
        <translation>2. Controleer de rijen</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Alle rijen</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Checking rows… %v of %m</source>
        <translation>Rijen controleren… %v van %m</translation>
    </message>
    <message>
        <source>Checking stopped. Change a column&apos;s destination to check again.</source>
        <translation>Controle gestopt. Wijzig de bestemming van een kolom om opnieuw te controleren.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Closes this window; nothing more is imported</source>
        <translation>Sluit dit venster; er wordt niets meer geïmporteerd</translation>
    </message>
    <message>
        <source>Column names are on line</source>
        <translation>Kolomnamen staan op regel</translation>
    </message>
    <message>
        <source>Couldn&apos;t save {file}: {reason}.</source>
        <translation>{file} kon niet worden opgeslagen: {reason}.</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Dubbele</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fouten</translation>
    </message>
    <message>
        <source>Exports often start with a title or notes. Choose the line that holds the column names; the lines above it are left out.</source>
        <translation>Exports beginnen vaak met een titel of opmerkingen. Kies de regel met de kolomnamen; de regels erboven worden overgeslagen.</translation>
    </message>
    <message>
        <source>Gives the imported leads the event&apos;s source, UTM tags, staff member and capture method</source>
        <translation>Geeft de geïmporteerde leads de bron, UTM-tags, medewerker en invoermethode van het evenement</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>Import duplicate rows too</source>
        <translation>Dubbele rijen ook importeren</translation>
    </message>
    <message>
        <source>Import leads — {file}</source>
        <translation>Leads importeren — {file}</translation>
    </message>
    <message>
        <source>Importing… %v of %m leads</source>
        <translation>Importeren… %v van %m leads</translation>
    </message>
    <message>
        <source>Line with the column names</source>
        <translation>Regel met de kolomnamen</translation>
    </message>
    <message>
        <source>Line {chosen} holds no column names; line {used} is used.</source>
        <translation>Regel {chosen} bevat geen kolomnamen; regel {used} wordt gebruikt.</translation>
    </message>
    <message>
        <source>Nothing to import.</source>
        <translation>Niets te importeren.</translation>
    </message>
    <message>
        <source>Reading the column names…</source>
        <translation>Kolomnamen lezen…</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Bestand lezen…</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>{file} lezen…</translation>
    </message>
    <message>
        <source>Rows with the same email or phone as an earlier row or as a lead already in the history, or the very same cells, are skipped unless this is ticked.</source>
        <translation>Rijen met hetzelfde e-mailadres of telefoonnummer als een eerdere rij of als een lead in de geschiedenis, of met precies dezelfde cellen, worden overgeslagen tenzij dit is aangevinkt.</translation>
    </message>
    <message>
        <source>Save rows with errors</source>
        <translation>Rijen met fouten opslaan</translation>
    </message>
    <message>
        <source>Save rows with errors…</source>
        <translation>Rijen met fouten opslaan…</translation>
    </message>
    <message>
        <source>Saves the checked rows as leads and sends them to Octanist</source>
        <translation>Slaat de gecontroleerde rijen op als leads en verstuurt ze naar Octanist</translation>
    </message>
    <message>
        <source>Saves the rows that can&apos;t be imported to a file you can fix and import again</source>
        <translation>Slaat de rijen die niet te importeren zijn op in een bestand dat je kunt verbeteren en opnieuw importeren</translation>
    </message>
    <message>
        <source>Several columns hold this. In each row the first one that isn&apos;t empty is sent; the others are kept in the custom data. Choose the field again on a column to make it the first choice.</source>
        <translation>Meerdere kolommen bevatten dit. Per rij wordt de eerste niet-lege verstuurd; de andere blijven bewaard in de extra gegevens. Kies het veld opnieuw bij een kolom om die de eerste keus te maken.</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Tonen:</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Overgeslagen</translation>
    </message>
    <message>
        <source>Tag these rows with the current event “{event}” (source, UTM tags, staff, capture method: import)</source>
        <translation>Deze rijen koppelen aan het huidige evenement „{event}” (bron, UTM-tags, medewerker, invoermethode: import)</translation>
    </message>
    <message>
        <source>Tag with the current event</source>
        <translation>Koppelen aan het huidige evenement</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Waarschuwingen</translation>
    </message>
    <message>
        <source>{header} (choice {n} of {count})</source>
        <translation>{header} (keus {n} van {count})</translation>
    </message>
</context>
<context>
    <name>ImportFiles</name>
    <message>
        <source>A line after the table (“{line}”), not a lead.</source>
        <translation>Een regel na de tabel („{line}”), geen lead.</translation>
    </message>
    <message>
        <source>Card {number} can&apos;t be read: {reason}</source>
        <translation>Kaart {number} is niet leesbaar: {reason}</translation>
    </message>
    <message>
        <source>Card {number} is cut off: its END:VCARD line is missing.</source>
        <translation>Kaart {number} is afgebroken: de regel END:VCARD ontbreekt.</translation>
    </message>
    <message>
        <source>Line {number}: {problem}</source>
        <translation>Regel {number}: {problem}</translation>
    </message>
    <message>
        <source>Only one cell filled (“{cell}”), unlike the table&apos;s rows; not a lead.</source>
        <translation>Maar één cel ingevuld („{cell}”), anders dan de rijen van de tabel; geen lead.</translation>
    </message>
    <message>
        <source>Repeats the column names; not a lead.</source>
        <translation>Herhaalt de kolomnamen; geen lead.</translation>
    </message>
    <message>
        <source>This code holds no name, email or phone.</source>
        <translation>Deze code bevat geen naam, e-mail of telefoon.</translation>
    </message>
    <message>
        <source>This file can&apos;t be read as CSV: {reason}.</source>
        <translation>Dit bestand is niet als CSV te lezen: {reason}.</translation>
    </message>
    <message>
        <source>This file is empty: there is no header row with column names.</source>
        <translation>Dit bestand is leeg: er is geen kopregel met kolomnamen.</translation>
    </message>
    <message>
        <source>This holds no vCard: there is no BEGIN:VCARD line.</source>
        <translation>Hierin staat geen vCard: er is geen regel BEGIN:VCARD.</translation>
    </message>
    <message>
        <source>it names a character set this app doesn&apos;t know ({charset}).</source>
        <translation>er staat een tekenset in die deze app niet kent ({charset}).</translation>
    </message>
    <message>
        <source>some of its text isn&apos;t in the character set the card names ({charset}).</source>
        <translation>een deel van de tekst staat niet in de tekenset die de kaart noemt ({charset}).</translation>
    </message>
    <message>
        <source>{file} is {size} MB; a lead export is far smaller. Is this the right file?</source>
        <translation>{file} is {size} MB; een leadexport is veel kleiner. Is dit het goede bestand?</translation>
    </message>
    <message>
        <source>“{text}” is not a contact code (MECARD, BIZCARD or vCard).</source>
        <translation>„{text}” is geen contactcode (MECARD, BIZCARD of vCard).</translation>
    </message>
</context>
<context>
    <name>ImportRows</name>
    <message>
        <source>Country: “{unknown}” isn&apos;t a country this app knows; the phone was read as a number in {country}.</source>
        <translation>Land: „{unknown}” is geen land dat deze app kent; de telefoon is gelezen als nummer in {country}.</translation>
    </message>
    <message>
        <source>Email: an Exchange internal address (/o=…) is not an email address; it was left out.</source>
        <translation>E-mail: een intern Exchange-adres (/o=…) is geen e-mailadres; het is weggelaten.</translation>
    </message>
    <message>
        <source>No name, email or phone in this row; its other columns alone don&apos;t make a lead.</source>
        <translation>Geen naam, e-mail of telefoon in deze rij; de andere kolommen alleen maken nog geen lead.</translation>
    </message>
    <message>
        <source>Phone: {number} is a number from {country}, but the row&apos;s country is {row_country}. Check which is right.</source>
        <translation>Telefoon: {number} is een nummer uit {country}, maar het land van de rij is {row_country}. Controleer wat klopt.</translation>
    </message>
    <message>
        <source>Phone: {number} is not a valid number in {country}. Correct it, or write it with + and the country code.</source>
        <translation>Telefoon: {number} is geen geldig nummer in {country}. Verbeter het, of schrijf het met + en de landcode.</translation>
    </message>
    <message>
        <source>Phone: {number} is not a valid number in {country}. Correct it, or write it with + and the country code. The country “{unknown}” isn&apos;t one this app knows, so {country} was assumed.</source>
        <translation>Telefoon: {number} is geen geldig nummer in {country}. Verbeter het, of schrijf het met + en de landcode. Het land „{unknown}” kent deze app niet, dus is uitgegaan van {country}.</translation>
    </message>
    <message>
        <source>Same as row {row}.</source>
        <translation>Zelfde als rij {row}.</translation>
    </message>
    <message>
        <source>Same email as row {row}.</source>
        <translation>Zelfde e-mail als rij {row}.</translation>
    </message>
    <message>
        <source>Same phone as row {row}.</source>
        <translation>Zelfde telefoon als rij {row}.</translation>
    </message>
</context>
<context>
    <name>ImportWords</name>
    <message numerus="yes">
        <source>%Ln duplicate(s) imported too</source>
        <translation>
            <numerusform>%Ln dubbele ook geïmporteerd</numerusform>
            <numerusform>%Ln dubbele ook geïmporteerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate(s) skipped</source>
        <translation>
            <numerusform>%Ln dubbele overgeslagen</numerusform>
            <numerusform>%Ln dubbele overgeslagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s)</source>
        <translation>
            <numerusform>%Ln lead</numerusform>
            <numerusform>%Ln leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s) already imported</source>
        <translation>
            <numerusform>%Ln lead al geïmporteerd</numerusform>
            <numerusform>%Ln leads al geïmporteerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s) ready to import</source>
        <translation>
            <numerusform>%Ln lead klaar om te importeren</numerusform>
            <numerusform>%Ln leads klaar om te importeren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them with a warning</source>
        <translation>
            <numerusform>%Ln daarvan met een waarschuwing</numerusform>
            <numerusform>%Ln daarvan met een waarschuwing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln rij</numerusform>
            <numerusform>%Ln rijen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) that are no leads skipped</source>
        <translation>
            <numerusform>%Ln rij die geen lead is overgeslagen</numerusform>
            <numerusform>%Ln rijen die geen lead zijn overgeslagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) with errors</source>
        <translation>
            <numerusform>%Ln rij met fouten</numerusform>
            <numerusform>%Ln rijen met fouten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) with errors left out: save them to fix.</source>
        <translation>
            <numerusform>%Ln rij met fouten weggelaten: sla die op om te verbeteren.</numerusform>
            <numerusform>%Ln rijen met fouten weggelaten: sla ze op om te verbeteren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Column choices from your last file with these columns.</source>
        <translation>Kolomkeuzes van je vorige bestand met deze kolommen.</translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln lead(s)</source>
        <translation>
            <numerusform>%Ln lead importeren</numerusform>
            <numerusform>%Ln leads importeren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln lead(s); sending in the background.</source>
        <translation>
            <numerusform>%Ln lead geïmporteerd; wordt op de achtergrond verstuurd.</numerusform>
            <numerusform>%Ln leads geïmporteerd; worden op de achtergrond verstuurd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported {done} of %Ln. {error}</source>
        <translation>
            <numerusform>{done} van %Ln geïmporteerd. {error}</numerusform>
            <numerusform>{done} van %Ln geïmporteerd. {error}</numerusform>
        </translation>
    </message>
    <message>
        <source>No column goes to Name, Email or Phone: choose one above.</source>
        <translation>Geen enkele kolom gaat naar Naam, E-mail of Telefoon: kies er hierboven een.</translation>
    </message>
    <message>
        <source>Not saved: {rows}</source>
        <translation>Niet opgeslagen: {rows}</translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln row(s) with errors to {path}.</source>
        <translation>
            <numerusform>%Ln rij met fouten opgeslagen in {path}.</numerusform>
            <numerusform>%Ln rijen met fouten opgeslagen in {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after {done} of %Ln; those are saved and will be sent. Import again to add the rest.</source>
        <translation>
            <numerusform>Gestopt na {done} van %Ln; die zijn opgeslagen en worden verstuurd. Importeer opnieuw om de rest toe te voegen.</numerusform>
            <numerusform>Gestopt na {done} van %Ln; die zijn opgeslagen en worden verstuurd. Importeer opnieuw om de rest toe te voegen.</numerusform>
        </translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>kommagescheiden</translation>
    </message>
    <message>
        <source>row {row}: {why}</source>
        <translation>rij {row}: {why}</translation>
    </message>
    <message>
        <source>semicolon-separated</source>
        <translation>puntkommagescheiden</translation>
    </message>
    <message>
        <source>tab-separated</source>
        <translation>tabgescheiden</translation>
    </message>
    <message>
        <source>{delimiter}-separated</source>
        <translation>gescheiden door {delimiter}</translation>
    </message>
    <message numerus="yes">
        <source>{file}: %Ln contact card(s).</source>
        <translation>
            <numerusform>{file}: %Ln contactkaart.</numerusform>
            <numerusform>{file}: %Ln contactkaarten.</numerusform>
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
            <numerusform>{file}: {rows}, %Ln kolom, {delimiter}, {encoding}.</numerusform>
            <numerusform>{file}: {rows}, %Ln kolommen, {delimiter}, {encoding}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{rows} (and %Ln more)</source>
        <translation>
            <numerusform>{rows} (en nog %Ln)</numerusform>
            <numerusform>{rows} (en nog %Ln)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWorker</name>
    <message numerus="yes">
        <source>Leads from number {number} on could not be saved ({reason}); the import stopped there, with %Ln saved.</source>
        <translation>
            <numerusform>Leads vanaf nummer {number} konden niet worden opgeslagen ({reason}); de import is daar gestopt, met %Ln opgeslagen.</numerusform>
            <numerusform>Leads vanaf nummer {number} konden niet worden opgeslagen ({reason}); de import is daar gestopt, met %Ln opgeslagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The column names can&apos;t be read from that line.</source>
        <translation>Uit die regel zijn geen kolomnamen te lezen.</translation>
    </message>
    <message>
        <source>The lead database can&apos;t be opened ({reason}).</source>
        <translation>De leaddatabase kan niet worden geopend ({reason}).</translation>
    </message>
    <message>
        <source>{file} can&apos;t be opened: {reason}.</source>
        <translation>{file} kan niet worden geopend: {reason}.</translation>
    </message>
    <message>
        <source>{file} can&apos;t be read: something unexpected went wrong.</source>
        <translation>{file} kan niet worden gelezen: er ging iets onverwachts mis.</translation>
    </message>
</context>
<context>
    <name>JsonEditor</name>
    <message>
        <source>Plain text — sent as a string</source>
        <translation>Gewone tekst — verstuurd als tekst</translation>
    </message>
    <message>
        <source>This is not valid JSON.</source>
        <translation>Dit is geen geldige JSON.</translation>
    </message>
    <message>
        <source>Valid JSON array</source>
        <translation>Geldige JSON-array</translation>
    </message>
    <message>
        <source>Valid JSON object</source>
        <translation>Geldig JSON-object</translation>
    </message>
</context>
<context>
    <name>JsonProblems</name>
    <message>
        <source>A backslash {at} starts no known escape; write {backslash} for a backslash.</source>
        <translation>Een backslash {at} begint geen bekende escape; schrijf {backslash} voor een backslash.</translation>
    </message>
    <message>
        <source>A line break or tab inside quotes {at}; write {newline} or {tab} instead.</source>
        <translation>Een regeleinde of tab tussen aanhalingstekens {at}; schrijf in plaats daarvan {newline} of {tab}.</translation>
    </message>
    <message>
        <source>A value is missing {at}.</source>
        <translation>Er ontbreekt een waarde {at}.</translation>
    </message>
    <message>
        <source>Extra {char} at line {line}, column {column}: there is nothing for it to close.</source>
        <translation>Extra {char} op regel {line}, kolom {column}: er is niets om af te sluiten.</translation>
    </message>
    <message>
        <source>Missing closing {closer} at line {line} (the {opener} at line {open_line}, column {open_column} is never closed).</source>
        <translation>Afsluitende {closer} ontbreekt op regel {line} (de {opener} op regel {open_line}, kolom {open_column} wordt nooit gesloten).</translation>
    </message>
    <message>
        <source>Missing closing {closer} before the {char} at line {line}, column {column} (for the {opener} at line {open_line}, column {open_column}).</source>
        <translation>Afsluitende {closer} ontbreekt vóór de {char} op regel {line}, kolom {column} (voor de {opener} op regel {open_line}, kolom {open_column}).</translation>
    </message>
    <message>
        <source>Missing closing {quote} for the text that starts at line {line}, column {column}.</source>
        <translation>Afsluitende {quote} ontbreekt voor de tekst die begint op regel {line}, kolom {column}.</translation>
    </message>
    <message>
        <source>Missing comma {at}, between two items.</source>
        <translation>Komma ontbreekt {at}, tussen twee onderdelen.</translation>
    </message>
    <message>
        <source>Missing {colon} {at}, between a name and its value.</source>
        <translation>{colon} ontbreekt {at}, tussen een naam en de waarde.</translation>
    </message>
    <message>
        <source>Put the name {at} in double quotes, like {example}.</source>
        <translation>Zet de naam {at} tussen dubbele aanhalingstekens, zoals {example}.</translation>
    </message>
    <message>
        <source>Put the text {at} in double quotes, like {example}.</source>
        <translation>Zet de tekst {at} tussen dubbele aanhalingstekens, zoals {example}.</translation>
    </message>
    <message>
        <source>Remove the comma before the {char} {at}: nothing follows it.</source>
        <translation>Haal de komma vóór de {char} {at} weg: er volgt niets op.</translation>
    </message>
    <message>
        <source>There is more after the end {at}; put everything inside one {braces} or {brackets}, separated by commas.</source>
        <translation>Er staat nog iets na het einde {at}; zet alles binnen één {braces} of {brackets}, gescheiden door komma&apos;s.</translation>
    </message>
    <message>
        <source>Use double quotes ({quote}) around names, not single ones, {at}.</source>
        <translation>Gebruik dubbele aanhalingstekens ({quote}) rond namen, geen enkele, {at}.</translation>
    </message>
    <message>
        <source>Use double quotes ({quote}) around text, not single ones, {at}.</source>
        <translation>Gebruik dubbele aanhalingstekens ({quote}) rond tekst, geen enkele, {at}.</translation>
    </message>
    <message>
        <source>at line {line}, column {column}</source>
        <translation>op regel {line}, kolom {column}</translation>
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
        <translation>Octanist is niet bereikbaar: {reason}</translation>
    </message>
    <message>
        <source>Octanist answered unexpectedly: {message}</source>
        <translation>Octanist gaf een onverwacht antwoord: {message}</translation>
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
        <translation>De API-sleutel is leeg. Kopieer hem uit Octanist → Instellingen → API en plak hem hier.</translation>
    </message>
    <message>
        <source>The system keyring could not be started</source>
        <translation>De wachtwoordkluis van het systeem kon niet starten</translation>
    </message>
    <message>
        <source>The system keyring did not work</source>
        <translation>De wachtwoordkluis van het systeem werkte niet</translation>
    </message>
    <message>
        <source>The system keyring is locked. Unlock it (log in to your desktop session) and try again, or use the key for this session only.</source>
        <translation>De wachtwoordkluis van het systeem is vergrendeld. Ontgrendel hem (log in op je bureaublad) en probeer het opnieuw, of gebruik de sleutel alleen voor deze sessie.</translation>
    </message>
    <message>
        <source>The system keyring refused to store the key</source>
        <translation>De wachtwoordkluis van het systeem weigerde de sleutel op te slaan</translation>
    </message>
    <message>
        <source>Your system has no password store (keyring) this app can use. You can still use the key for this session only; it will not be saved.</source>
        <translation>Je systeem heeft geen wachtwoordkluis (keyring) die deze app kan gebruiken. Je kunt de sleutel wel voor deze sessie gebruiken; hij wordt dan niet bewaard.</translation>
    </message>
    <message>
        <source>{what} ({detail}). Check that your desktop&apos;s password store is running and unlocked, then try again, or use the key for this session only.</source>
        <translation>{what} ({detail}). Controleer of de wachtwoordkluis van je bureaublad draait en ontgrendeld is en probeer het opnieuw, of gebruik de sleutel alleen voor deze sessie.</translation>
    </message>
</context>
<context>
    <name>KeyWords</name>
    <message>
        <source>API key: from OCTANIST_API_KEY (not saved)</source>
        <translation>API-sleutel: uit OCTANIST_API_KEY (niet opgeslagen)</translation>
    </message>
    <message>
        <source>API key: this session only (not saved)</source>
        <translation>API-sleutel: alleen deze sessie (niet opgeslagen)</translation>
    </message>
    <message>
        <source>API key: waiting for the system keyring…</source>
        <translation>API-sleutel: wachten op de wachtwoordkluis…</translation>
    </message>
    <message>
        <source>Connected to Octanist.</source>
        <translation>Verbonden met Octanist.</translation>
    </message>
    <message>
        <source>Connecting to Octanist…</source>
        <translation>Verbinden met Octanist…</translation>
    </message>
    <message>
        <source>No API key is set.</source>
        <translation>Er is geen API-sleutel ingesteld.</translation>
    </message>
    <message>
        <source>No API key is set. Open Settings and paste the API key from your Octanist account; leads wait in the outbox until then.</source>
        <translation>Er is geen API-sleutel ingesteld. Open Instellingen en plak de API-sleutel uit je Octanist-account; tot die tijd wachten de leads in de wachtrij.</translation>
    </message>
    <message>
        <source>Octanist did not accept the API key ({said}). Open Settings and paste the API key from your Octanist account again; leads wait in the outbox until then.</source>
        <translation>Octanist accepteerde de API-sleutel niet ({said}). Open Instellingen en plak de API-sleutel uit je Octanist-account opnieuw; tot die tijd wachten de leads in de wachtrij.</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>The API key contains spaces or characters an Octanist key can&apos;t have. Open Settings and paste the key from your Octanist account again.</source>
        <translation>De API-sleutel bevat spaties of tekens die een Octanist-sleutel niet kan hebben. Open Instellingen en plak de sleutel uit je Octanist-account opnieuw.</translation>
    </message>
    <message>
        <source>The system keyring hasn&apos;t answered yet; it may be asking you to unlock it. Leads you enter are saved and sent once it answers. Or open Settings (Ctrl+,) and use your key for this session only.</source>
        <translation>De wachtwoordkluis van het systeem heeft nog niet geantwoord; misschien vraagt hij je om hem te ontgrendelen. Leads die je invoert worden opgeslagen en verstuurd zodra hij antwoordt. Of open Instellingen (Ctrl+,) en gebruik je sleutel alleen voor deze sessie.</translation>
    </message>
    <message>
        <source>This key is used for this session only; it is not saved.</source>
        <translation>Deze sleutel wordt alleen voor deze sessie gebruikt; hij wordt niet opgeslagen.</translation>
    </message>
    <message>
        <source>Using OCTANIST_API_KEY from the environment for this run; it is not saved.</source>
        <translation>OCTANIST_API_KEY uit de omgeving wordt voor deze keer gebruikt; hij wordt niet opgeslagen.</translation>
    </message>
    <message>
        <source>You are trying the built-in sandbox: leads stay on this computer and are never sent to Octanist. It has a key of its own. To send real leads, leave the sandbox and enter your Octanist API key.</source>
        <translation>Je probeert de ingebouwde sandbox: leads blijven op deze computer en gaan nooit naar Octanist. De sandbox heeft een eigen sleutel. Wil je echte leads versturen, verlaat dan de sandbox en voer je Octanist-API-sleutel in.</translation>
    </message>
    <message>
        <source>● API key refused — open Settings</source>
        <translation>● API-sleutel geweigerd — open Instellingen</translation>
    </message>
    <message>
        <source>● No API key yet — open Settings (Ctrl+,)</source>
        <translation>● Nog geen API-sleutel — open Instellingen (Ctrl+,)</translation>
    </message>
    <message>
        <source>● Offline — leads are kept and sent when the connection returns</source>
        <translation>● Offline — leads worden bewaard en verstuurd zodra er weer verbinding is</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● Online</translation>
    </message>
    <message>
        <source>● Ready</source>
        <translation>● Klaar</translation>
    </message>
    <message>
        <source>● Sending…</source>
        <translation>● Versturen…</translation>
    </message>
    <message>
        <source>✔ Key accepted by Octanist</source>
        <translation>✔ Sleutel geaccepteerd door Octanist</translation>
    </message>
    <message>
        <source>✖ Octanist refused this key (401). Copy it again from Octanist → Settings → API.</source>
        <translation>✖ Octanist weigerde deze sleutel (401). Kopieer hem opnieuw uit Octanist → Instellingen → API.</translation>
    </message>
</context>
<context>
    <name>LastLead</name>
    <message>
        <source>Send or clear the lead you are typing first, then press Edit again.</source>
        <translation>Verstuur of wis eerst de lead die je aan het typen bent en klik dan opnieuw op Bewerken.</translation>
    </message>
</context>
<context>
    <name>LeadActions</name>
    <message numerus="yes">
        <source>%Ln lead(s) queued to send now.</source>
        <translation>
            <numerusform>%Ln lead staat klaar om nu te versturen.</numerusform>
            <numerusform>%Ln leads staan klaar om nu te versturen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln request id(s) copied.</source>
        <translation>
            <numerusform>%Ln request-ID gekopieerd.</numerusform>
            <numerusform>%Ln request-ID&apos;s gekopieerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export to {path}: {reason}</source>
        <translation>Exporteren naar {path} is mislukt: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln lead(s) to {path}.</source>
        <translation>
            <numerusform>%Ln lead geëxporteerd naar {path}.</numerusform>
            <numerusform>%Ln leads geëxporteerd naar {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No request id yet: these leads have had no answer from Octanist.</source>
        <translation>Nog geen request-ID: deze leads hebben nog geen antwoord van Octanist gehad.</translation>
    </message>
    <message>
        <source>Nothing to retry: only waiting or refused leads can be retried.</source>
        <translation>Niets om opnieuw te proberen: dat kan alleen met wachtende of geweigerde leads.</translation>
    </message>
    <message>
        <source>The leads could not be deleted ({reason}). Try again.</source>
        <translation>De leads konden niet worden verwijderd ({reason}). Probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>LeadCard</name>
    <message numerus="yes">
        <source>%n detail(s)</source>
        <translation>
            <numerusform>%n gegeven</numerusform>
            <numerusform>%n gegevens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Pogingen</translation>
    </message>
    <message>
        <source>Custom data</source>
        <translation>Extra gegevens</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Afgeleverd</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Ingevoerd</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evenement</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Laatst gewijzigd</translation>
    </message>
    <message>
        <source>Lead no.</source>
        <translation>Leadnr.</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Nog niet</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>Ingevoerd via</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
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
        <translation>Vastgelegd via</translation>
    </message>
    <message>
        <source>Captured via:</source>
        <translation>Vastgelegd via:</translation>
    </message>
    <message>
        <source>Event: {name}</source>
        <translation>Evenement: {name}</translation>
    </message>
    <message>
        <source>How this lead was taken; sent in custom data</source>
        <translation>Hoe deze lead is binnengekomen; verstuurd in de extra gegevens</translation>
    </message>
    <message>
        <source>No event preset</source>
        <translation>Geen evenementsjabloon</translation>
    </message>
    <message>
        <source>· Staff: {name}</source>
        <translation>· Medewerker: {name}</translation>
    </message>
</context>
<context>
    <name>LeadDelivery</name>
    <message>
        <source>Reading each lead&apos;s status from Octanist…</source>
        <translation>De status van elke lead wordt bij Octanist opgehaald…</translation>
    </message>
</context>
<context>
    <name>LeadDetails</name>
    <message numerus="yes">
        <source>%Ln leads selected.</source>
        <translation>
            <numerusform>%Ln lead geselecteerd.</numerusform>
            <numerusform>%Ln leads geselecteerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Custom data</source>
        <translation>Extra gegevens</translation>
    </message>
    <message>
        <source>For support</source>
        <translation>Voor support</translation>
    </message>
    <message>
        <source>Hide what was sent</source>
        <translation>Verzonden gegevens verbergen</translation>
    </message>
    <message>
        <source>Lead {id}</source>
        <translation>Lead {id}</translation>
    </message>
    <message>
        <source>No answer from Octanist yet.</source>
        <translation>Nog geen antwoord van Octanist.</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Nog geen</translation>
    </message>
    <message>
        <source>Nothing was recorded.</source>
        <translation>Er is niets vastgelegd.</translation>
    </message>
    <message>
        <source>Octanist lead id:</source>
        <translation>Octanist-lead-ID:</translation>
    </message>
    <message>
        <source>Octanist&apos;s answer</source>
        <translation>Antwoord van Octanist</translation>
    </message>
    <message>
        <source>Octanist&apos;s answer:</source>
        <translation>Antwoord van Octanist:</translation>
    </message>
    <message>
        <source>Possible duplicate.</source>
        <translation>Mogelijk dubbel.</translation>
    </message>
    <message>
        <source>Request id:</source>
        <translation>Request-ID:</translation>
    </message>
    <message>
        <source>Select a lead to see what was sent and what Octanist answered.</source>
        <translation>Selecteer een lead om te zien wat er is verstuurd en wat Octanist antwoordde.</translation>
    </message>
    <message>
        <source>Sent to Octanist</source>
        <translation>Naar Octanist verstuurd</translation>
    </message>
    <message>
        <source>Sent to Octanist:</source>
        <translation>Naar Octanist verstuurd:</translation>
    </message>
    <message>
        <source>Show lead {id}</source>
        <translation>Lead {id} tonen</translation>
    </message>
    <message>
        <source>Show what was sent</source>
        <translation>Verzonden gegevens tonen</translation>
    </message>
    <message>
        <source>Shows or hides exactly what was sent to Octanist and what it answered</source>
        <translation>Toont of verbergt precies wat er naar Octanist is verstuurd en wat het antwoordde</translation>
    </message>
    <message>
        <source>Source and consent</source>
        <translation>Bron en toestemming</translation>
    </message>
    <message>
        <source>The lead as it was sent, for support</source>
        <translation>De lead zoals hij is verstuurd, voor support</translation>
    </message>
    <message>
        <source>What Octanist answered when the lead was sent, for support</source>
        <translation>Wat Octanist antwoordde toen de lead werd verstuurd, voor support</translation>
    </message>
    <message>
        <source>What went wrong: {error}</source>
        <translation>Wat er misging: {error}</translation>
    </message>
    <message>
        <source>{job} at {company}</source>
        <translation>{job} bij {company}</translation>
    </message>
</context>
<context>
    <name>LeadForm</name>
    <message numerus="yes">
        <source>Not sent: %n field(s) to fix. {field}: {problem}</source>
        <translation>
            <numerusform>Niet verstuurd: %n veld om te verbeteren. {field}: {problem}</numerusform>
            <numerusform>Niet verstuurd: %n velden om te verbeteren. {field}: {problem}</numerusform>
        </translation>
    </message>
    <message>
        <source>The company, job title, answers and event details are sent with the custom data.</source>
        <translation>Het bedrijf, de functie, de antwoorden en de evenementgegevens worden met de extra gegevens verstuurd.</translation>
    </message>
    <message>
        <source>The lead could not be saved because of an unexpected problem ({problem}). Nothing was lost from the form; press Ctrl+Enter to try again, or copy what you typed somewhere safe.</source>
        <translation>De lead kon niet worden opgeslagen door een onverwacht probleem ({problem}). Er is niets uit het formulier verloren; druk op Ctrl+Enter om het opnieuw te proberen, of kopieer wat je hebt getypt naar een veilige plek.</translation>
    </message>
    <message>
        <source>The lead could not be saved on this computer ({problem}). Nothing was lost from the form; free some disk space and press Ctrl+Enter again.</source>
        <translation>De lead kon niet op deze computer worden opgeslagen ({problem}). Er is niets uit het formulier verloren; maak wat schijfruimte vrij en druk opnieuw op Ctrl+Enter.</translation>
    </message>
    <message>
        <source>The lead could not be saved: its custom data is nested too deeply to store. Nothing was lost from the form; flatten the custom data and press Ctrl+Enter again.</source>
        <translation>De lead kon niet worden opgeslagen: de extra gegevens zijn te diep genest om op te slaan. Er is niets uit het formulier verloren; maak de extra gegevens platter en druk opnieuw op Ctrl+Enter.</translation>
    </message>
    <message>
        <source>The list above is sent under “{key}”, together with the company, job title, answers and event details.</source>
        <translation>De lijst hierboven wordt verstuurd onder “{key}”, samen met het bedrijf, de functie, de antwoorden en de evenementgegevens.</translation>
    </message>
    <message>
        <source>The text above is sent under “{key}”, together with the company, job title, answers and event details.</source>
        <translation>De tekst hierboven wordt verstuurd onder “{key}”, samen met het bedrijf, de functie, de antwoorden en de evenementgegevens.</translation>
    </message>
    <message>
        <source>Will be sent as {number}</source>
        <translation>Wordt verstuurd als {number}</translation>
    </message>
    <message>
        <source>Your custom data replaces the form&apos;s value for: {keys}.</source>
        <translation>Je extra gegevens vervangen de waarde uit het formulier voor: {keys}.</translation>
    </message>
    <message>
        <source>{problem} Press Ctrl+Enter again to send it anyway.</source>
        <translation>{problem} Druk nogmaals op Ctrl+Enter om het toch te versturen.</translation>
    </message>
</context>
<context>
    <name>LeadReceipt</name>
    <message>
        <source>Already delivered to Octanist ({when}), so it can&apos;t be changed here: correct it in Octanist.</source>
        <translation>Al afgeleverd bij Octanist ({when}), dus hier niet meer te wijzigen: verbeter hem in Octanist.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bewerken</translation>
    </message>
    <message>
        <source>It is being sent right now, so it can&apos;t be taken back.</source>
        <translation>Hij wordt nu verstuurd, dus hij kan niet worden teruggehaald.</translation>
    </message>
    <message>
        <source>It may already be at Octanist (an attempt got no answer), so it can&apos;t be taken back: check it in History.</source>
        <translation>Hij is misschien al bij Octanist (een poging kreeg geen antwoord), dus hij kan niet worden teruggehaald: kijk in de geschiedenis.</translation>
    </message>
    <message>
        <source>Lead {id}</source>
        <translation>Lead {id}</translation>
    </message>
    <message>
        <source>Opens this lead&apos;s card in the History tab</source>
        <translation>Opent de kaart van deze lead op het tabblad Geschiedenis</translation>
    </message>
    <message>
        <source>Show in History</source>
        <translation>In geschiedenis tonen</translation>
    </message>
    <message>
        <source>Take this lead back into the form to correct it</source>
        <translation>Deze lead terughalen in het formulier om hem te verbeteren</translation>
    </message>
    <message>
        <source>This lead is no longer in History, so there is nothing to edit.</source>
        <translation>Deze lead staat niet meer in de geschiedenis, dus er valt niets te bewerken.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>geen reden opgegeven</translation>
    </message>
    <message>
        <source>{who} is back in the form: it is sent only when you save it again</source>
        <translation>{who} staat weer in het formulier: pas versturen als je opnieuw opslaat</translation>
    </message>
    <message>
        <source>✓ {who} — delivered</source>
        <translation>✓ {who} — afgeleverd</translation>
    </message>
    <message>
        <source>✓ {who} — queued: Octanist refused the API key; sent once it is fixed</source>
        <translation>✓ {who} — wacht: Octanist weigerde de API-sleutel; verstuurd zodra die klopt</translation>
    </message>
    <message>
        <source>✓ {who} — queued: offline, sent when the connection returns</source>
        <translation>✓ {who} — wacht: offline, verstuurd zodra er weer verbinding is</translation>
    </message>
    <message>
        <source>✓ {who} — queued: sent once an API key is set</source>
        <translation>✓ {who} — wacht: verstuurd zodra er een API-sleutel is</translation>
    </message>
    <message>
        <source>✓ {who} — saved, sending…</source>
        <translation>✓ {who} — opgeslagen, wordt verstuurd…</translation>
    </message>
    <message>
        <source>✖ {who} — refused: {reason}, see History</source>
        <translation>✖ {who} — geweigerd: {reason}, zie geschiedenis</translation>
    </message>
</context>
<context>
    <name>LeadTable</name>
    <message>
        <source>Default columns</source>
        <translation>Standaardkolommen</translation>
    </message>
    <message>
        <source>Every lead typed or imported here, newest first; select one to see its card. Right-click or the Menu key for what you can do with it</source>
        <translation>Elke lead die hier is ingevoerd of geïmporteerd, nieuwste eerst; selecteer er een om de kaart te zien. Rechtsklik of de Menu-toets voor wat je ermee kunt doen</translation>
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
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Send lead  (Ctrl+Enter)</source>
        <translation>Lead &amp;versturen  (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>Checks the form, saves the lead on this computer and sends it to Octanist</source>
        <translation>Controleert het formulier, slaat de lead op deze computer op en verstuurt hem naar Octanist</translation>
    </message>
    <message>
        <source>Couldn&apos;t read the status from Octanist now; it is tried again later.</source>
        <translation>De status kon nu niet bij Octanist worden opgehaald; later wordt het opnieuw geprobeerd.</translation>
    </message>
    <message>
        <source>Every lead sent from here, with its card (Ctrl+2)</source>
        <translation>Elke lead die hiervandaan is verstuurd, met zijn kaart (Ctrl+2)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>Menus that don&apos;t fit in the menu bar</source>
        <translation>Menu&apos;s die niet in de menubalk passen</translation>
    </message>
    <message>
        <source>More menus</source>
        <translation>Meer menu&apos;s</translation>
    </message>
    <message>
        <source>New lead</source>
        <translation>Nieuwe lead</translation>
    </message>
    <message>
        <source>Octanist Desktop — Sandbox (leads stay on this computer)</source>
        <translation>Octanist Desktop — Sandbox (leads blijven op deze computer)</translation>
    </message>
    <message>
        <source>Send lead</source>
        <translation>Lead versturen</translation>
    </message>
    <message>
        <source>Status read from Octanist: {count} of your leads.</source>
        <translation>Status opgehaald bij Octanist: {count} van je leads.</translation>
    </message>
    <message>
        <source>This Octanist server doesn&apos;t report each lead&apos;s status.</source>
        <translation>Deze Octanist-server geeft de status per lead niet door.</translation>
    </message>
    <message>
        <source>Type a lead and send it (Ctrl+1)</source>
        <translation>Typ een lead en verstuur hem (Ctrl+1)</translation>
    </message>
</context>
<context>
    <name>MappingTable</name>
    <message>
        <source>Column in the file</source>
        <translation>Kolom in het bestand</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolommen</translation>
    </message>
    <message>
        <source>Custom data key</source>
        <translation>Sleutel voor extra gegevens</translation>
    </message>
    <message>
        <source>Each column of the file, an example from it, and the lead field it goes to</source>
        <translation>Elke kolom van het bestand, een voorbeeld eruit, en het leadveld waar hij heen gaat</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Gaat naar</translation>
    </message>
    <message>
        <source>Keep “{column}” in the custom data under this key:</source>
        <translation>„{column}” bewaren in de extra gegevens onder deze sleutel:</translation>
    </message>
    <message>
        <source>Other custom data key…</source>
        <translation>Andere sleutel voor extra gegevens…</translation>
    </message>
    <message>
        <source>Where {column} goes</source>
        <translation>Waar {column} heen gaat</translation>
    </message>
</context>
<context>
    <name>MatchHint</name>
    <message>
        <source>Already at Octanist, entered by another device — possible duplicate</source>
        <translation>Al bij Octanist, ingevoerd op een ander apparaat — mogelijk dubbel</translation>
    </message>
    <message>
        <source>Already at Octanist: entered {when} by another device</source>
        <translation>Al bij Octanist: {when} ingevoerd op een ander apparaat</translation>
    </message>
    <message>
        <source>Already in history: lead {lead}, entered {when}.</source>
        <translation>Al in de geschiedenis: lead {lead}, {when} ingevoerd.</translation>
    </message>
    <message>
        <source>Already in history: lead {lead}, sent {when}.</source>
        <translation>Al in de geschiedenis: lead {lead}, {when} verstuurd.</translation>
    </message>
    <message>
        <source>Entered {when} — possible duplicate</source>
        <translation>Ingevoerd {when} — mogelijk dubbel</translation>
    </message>
    <message>
        <source>Same email as a lead entered {when}</source>
        <translation>Zelfde e-mail als een lead die {when} is ingevoerd</translation>
    </message>
    <message>
        <source>Same email as a lead sent {when}</source>
        <translation>Zelfde e-mail als een lead die {when} is verstuurd</translation>
    </message>
    <message>
        <source>Same email as {name}, entered {when}</source>
        <translation>Zelfde e-mail als {name}, {when} ingevoerd</translation>
    </message>
    <message>
        <source>Same email as {name}, sent {when}</source>
        <translation>Zelfde e-mail als {name}, {when} verstuurd</translation>
    </message>
    <message>
        <source>Same phone number as a lead entered {when}</source>
        <translation>Zelfde telefoonnummer als een lead die {when} is ingevoerd</translation>
    </message>
    <message>
        <source>Same phone number as a lead sent {when}</source>
        <translation>Zelfde telefoonnummer als een lead die {when} is verstuurd</translation>
    </message>
    <message>
        <source>Same phone number as {name}, entered {when}</source>
        <translation>Zelfde telefoonnummer als {name}, {when} ingevoerd</translation>
    </message>
    <message>
        <source>Same phone number as {name}, sent {when}</source>
        <translation>Zelfde telefoonnummer als {name}, {when} verstuurd</translation>
    </message>
    <message>
        <source>Sent {when} — possible duplicate</source>
        <translation>Verstuurd {when} — mogelijk dubbel</translation>
    </message>
    <message>
        <source>today {time}</source>
        <translation>vandaag om {time}</translation>
    </message>
    <message>
        <source>yesterday {time}</source>
        <translation>gisteren om {time}</translation>
    </message>
    <message>
        <source>{date} {time}</source>
        <translation>op {date} om {time}</translation>
    </message>
</context>
<context>
    <name>NetworkAnswers</name>
    <message>
        <source>A secure connection to {host} could not be made ({detail}). On public or hotel Wi-Fi, sign in to the network first; otherwise check the computer&apos;s date and time. {tried_again}</source>
        <translation>Er kon geen beveiligde verbinding met {host} worden gemaakt ({detail}). Log op openbare of hotelwifi eerst in op het netwerk; controleer anders de datum en tijd van de computer. {tried_again}</translation>
    </message>
    <message>
        <source>Could not find {host}: this computer seems to be offline, or the API URL in Settings is misspelt. {offline}</source>
        <translation>{host} is niet gevonden: deze computer lijkt offline, of de API-URL in Instellingen bevat een typfout. {offline}</translation>
    </message>
    <message>
        <source>Could not reach {host}: connecting timed out. Check the internet connection. {offline}</source>
        <translation>{host} is niet bereikbaar: verbinden duurde te lang. Controleer de internetverbinding. {offline}</translation>
    </message>
    <message>
        <source>Could not reach {host}: no connection could be made. Check the internet connection. {offline}</source>
        <translation>{host} is niet bereikbaar: er kon geen verbinding worden gemaakt. Controleer de internetverbinding. {offline}</translation>
    </message>
    <message>
        <source>Could not reach {host}: the connection was refused. Check the internet connection. {offline}</source>
        <translation>{host} is niet bereikbaar: de verbinding werd geweigerd. Controleer de internetverbinding. {offline}</translation>
    </message>
    <message>
        <source>Octanist answered without confirming the lead ({said}). It will be tried again.</source>
        <translation>Octanist antwoordde zonder de lead te bevestigen ({said}). Het wordt opnieuw geprobeerd.</translation>
    </message>
    <message>
        <source>Octanist answered without confirming the lead. It will be tried again.</source>
        <translation>Octanist antwoordde zonder de lead te bevestigen. Het wordt opnieuw geprobeerd.</translation>
    </message>
    <message>
        <source>Octanist answered without confirming the outcome ({said}). It will be tried again.</source>
        <translation>Octanist antwoordde zonder de uitkomst te bevestigen ({said}). Het wordt opnieuw geprobeerd.</translation>
    </message>
    <message>
        <source>Octanist answered without confirming the outcome. It will be tried again.</source>
        <translation>Octanist antwoordde zonder de uitkomst te bevestigen. Het wordt opnieuw geprobeerd.</translation>
    </message>
    <message>
        <source>Octanist answered without confirming the request ({said}). It will be tried again.</source>
        <translation>Octanist antwoordde zonder het verzoek te bevestigen ({said}). Het wordt opnieuw geprobeerd.</translation>
    </message>
    <message>
        <source>Octanist answered without confirming the request. It will be tried again.</source>
        <translation>Octanist antwoordde zonder het verzoek te bevestigen. Het wordt opnieuw geprobeerd.</translation>
    </message>
    <message>
        <source>Octanist asked the app to slow down ({status}). {sent_again}</source>
        <translation>Octanist vroeg de app om het rustiger aan te doen ({status}). {sent_again}</translation>
    </message>
    <message>
        <source>Octanist did not answer in time. {after_send}</source>
        <translation>Octanist antwoordde niet op tijd. {after_send}</translation>
    </message>
    <message>
        <source>Octanist did not take the request this time ({status}). {sent_again}</source>
        <translation>Octanist nam het verzoek deze keer niet aan ({status}). {sent_again}</translation>
    </message>
    <message>
        <source>Octanist does not let this key change the lead ({said}).</source>
        <translation>Octanist laat deze sleutel de lead niet wijzigen ({said}).</translation>
    </message>
    <message>
        <source>Octanist had a problem on its side ({said}). {sent_again}</source>
        <translation>Octanist had zelf een probleem ({said}). {sent_again}</translation>
    </message>
    <message>
        <source>Octanist refused this lead ({said}). Sending it again unchanged will not help; correct the lead, or contact Octanist support with the request id.</source>
        <translation>Octanist heeft deze lead geweigerd ({said}). Ongewijzigd opnieuw versturen helpt niet; verbeter de lead, of neem contact op met de support van Octanist en noem de request-ID.</translation>
    </message>
    <message>
        <source>Octanist refused this lead as invalid: {said}. Correct the lead and send it again.</source>
        <translation>Octanist heeft deze lead als ongeldig geweigerd: {said}. Verbeter de lead en verstuur hem opnieuw.</translation>
    </message>
    <message>
        <source>Octanist refused this outcome: {said}.</source>
        <translation>Octanist heeft deze uitkomst geweigerd: {said}.</translation>
    </message>
    <message>
        <source>Octanist took longer than {seconds} seconds to answer, so the app stopped waiting. {after_send}</source>
        <translation>Octanist deed langer dan {seconds} seconden over een antwoord, dus de app is gestopt met wachten. {after_send}</translation>
    </message>
    <message>
        <source>Octanist turned this lead away: the account&apos;s filtering rules reject it ({said}). Sending it again unchanged will be refused again; check the lead, or the filtering rules in your Octanist account.</source>
        <translation>Octanist heeft deze lead afgewezen: de filterregels van het account weigeren hem ({said}). Ongewijzigd opnieuw versturen wordt weer geweigerd; controleer de lead, of de filterregels in je Octanist-account.</translation>
    </message>
    <message>
        <source>Octanist&apos;s answer ({status}) was too deeply nested to read, so it isn&apos;t known whether it arrived. {after_send}</source>
        <translation>Het antwoord van Octanist ({status}) was te diep genest om te lezen, dus het is niet bekend of het is aangekomen. {after_send}</translation>
    </message>
    <message>
        <source>Octanist&apos;s answer did not hold what was asked for. It will be tried again.</source>
        <translation>Het antwoord van Octanist bevatte niet wat er werd gevraagd. Het wordt opnieuw geprobeerd.</translation>
    </message>
    <message>
        <source>Octanist, or a proxy or gateway on the way, failed ({said}). {sent_again}</source>
        <translation>Octanist, of een proxy of gateway onderweg, faalde ({said}). {sent_again}</translation>
    </message>
    <message>
        <source>Something between this computer and Octanist blocked the request ({status}), such as a firewall or a Wi-Fi sign-in page. {sent_again}</source>
        <translation>Iets tussen deze computer en Octanist blokkeerde het verzoek ({status}), zoals een firewall of een wifi-inlogpagina. {sent_again}</translation>
    </message>
    <message>
        <source>Something on the network answered in place of Octanist, with text that is not Octanist&apos;s reply. Check the internet connection. {sent_again}</source>
        <translation>Iets op het netwerk antwoordde in plaats van Octanist, met tekst die geen antwoord van Octanist is. Controleer de internetverbinding. {sent_again}</translation>
    </message>
    <message>
        <source>The API address looks wrong: {url} answered {status}. Check the API URL in Settings (normally https://octanist.com/api).</source>
        <translation>Het API-adres lijkt niet te kloppen: {url} antwoordde {status}. Controleer de API-URL in Instellingen (normaal https://octanist.com/api).</translation>
    </message>
    <message>
        <source>The connection to {host} broke before Octanist answered. {after_send}</source>
        <translation>De verbinding met {host} viel weg voordat Octanist antwoordde. {after_send}</translation>
    </message>
    <message>
        <source>The connection to {host} broke while Octanist was answering. {after_send}</source>
        <translation>De verbinding met {host} viel weg terwijl Octanist antwoordde. {after_send}</translation>
    </message>
    <message>
        <source>The lead may already be at Octanist; it will be tried again.</source>
        <translation>De lead is misschien al bij Octanist; hij wordt opnieuw geprobeerd.</translation>
    </message>
    <message>
        <source>The lead waits in the outbox and will be sent when the network is back.</source>
        <translation>De lead wacht in de wachtrij en wordt verstuurd zodra het netwerk terug is.</translation>
    </message>
    <message>
        <source>The lead will be sent again in {seconds} seconds.</source>
        <translation>De lead wordt over {seconds} seconden opnieuw verstuurd.</translation>
    </message>
    <message>
        <source>The lead will be sent again later.</source>
        <translation>De lead wordt later opnieuw verstuurd.</translation>
    </message>
    <message>
        <source>The lead will be sent again.</source>
        <translation>De lead wordt opnieuw verstuurd.</translation>
    </message>
    <message>
        <source>The lead will be sent again; Octanist may already have it.</source>
        <translation>De lead wordt opnieuw verstuurd; misschien heeft Octanist hem al.</translation>
    </message>
    <message>
        <source>The lead will be tried again.</source>
        <translation>De lead wordt opnieuw geprobeerd.</translation>
    </message>
    <message>
        <source>The network answered with a web page instead of Octanist — you may need to sign in to the Wi-Fi (open any website in a browser). {sent_again}</source>
        <translation>Het netwerk antwoordde met een webpagina in plaats van Octanist — misschien moet je inloggen op de wifi (open een willekeurige website in een browser). {sent_again}</translation>
    </message>
    <message>
        <source>The network sent the request somewhere else ({status}) instead of to Octanist — you may need to sign in to the Wi-Fi, or the API URL in Settings is wrong. {sent_again}</source>
        <translation>Het netwerk stuurde het verzoek ergens anders heen ({status}) in plaats van naar Octanist — misschien moet je inloggen op de wifi, of de API-URL in Instellingen klopt niet. {sent_again}</translation>
    </message>
    <message>
        <source>The outcome may already be at Octanist; it will be tried again.</source>
        <translation>De uitkomst is misschien al bij Octanist; hij wordt opnieuw geprobeerd.</translation>
    </message>
    <message>
        <source>The outcome waits in the outbox and will be sent when the network is back.</source>
        <translation>De uitkomst wacht in de wachtrij en wordt verstuurd zodra het netwerk terug is.</translation>
    </message>
    <message>
        <source>The outcome will be sent again in {seconds} seconds.</source>
        <translation>De uitkomst wordt over {seconds} seconden opnieuw verstuurd.</translation>
    </message>
    <message>
        <source>The outcome will be sent again later.</source>
        <translation>De uitkomst wordt later opnieuw verstuurd.</translation>
    </message>
    <message>
        <source>The outcome will be sent again.</source>
        <translation>De uitkomst wordt opnieuw verstuurd.</translation>
    </message>
    <message>
        <source>The outcome will be sent again; Octanist may already have it.</source>
        <translation>De uitkomst wordt opnieuw verstuurd; misschien heeft Octanist hem al.</translation>
    </message>
    <message>
        <source>The outcome will be tried again.</source>
        <translation>De uitkomst wordt opnieuw geprobeerd.</translation>
    </message>
    <message>
        <source>The proxy server this computer is set to use could not be reached. {offline}</source>
        <translation>De proxyserver die deze computer moet gebruiken, is niet bereikbaar. {offline}</translation>
    </message>
    <message>
        <source>The request may already be at Octanist; it will be tried again.</source>
        <translation>Het verzoek is misschien al bij Octanist; het wordt opnieuw geprobeerd.</translation>
    </message>
    <message>
        <source>The request will be sent again in {seconds} seconds.</source>
        <translation>Het verzoek wordt over {seconds} seconden opnieuw verstuurd.</translation>
    </message>
    <message>
        <source>The request will be sent again later.</source>
        <translation>Het verzoek wordt later opnieuw verstuurd.</translation>
    </message>
    <message>
        <source>The request will be sent again.</source>
        <translation>Het verzoek wordt opnieuw verstuurd.</translation>
    </message>
    <message>
        <source>The request will be sent again; Octanist may already have it.</source>
        <translation>Het verzoek wordt opnieuw verstuurd; misschien heeft Octanist het al.</translation>
    </message>
    <message>
        <source>The request will be tried again when the network is back.</source>
        <translation>Het verzoek wordt opnieuw geprobeerd zodra het netwerk terug is.</translation>
    </message>
    <message>
        <source>The request will be tried again.</source>
        <translation>Het verzoek wordt opnieuw geprobeerd.</translation>
    </message>
    <message>
        <source>The server gave an answer the app does not understand ({status}). {sent_again}</source>
        <translation>De server gaf een antwoord dat de app niet begrijpt ({status}). {sent_again}</translation>
    </message>
</context>
<context>
    <name>OutcomeActions</name>
    <message numerus="yes">
        <source>Saved as lost: %Ln lead(s). It is sent to Octanist next.</source>
        <translation>
            <numerusform>Opgeslagen als verloren: %Ln lead. Gaat hierna naar Octanist.</numerusform>
            <numerusform>Opgeslagen als verloren: %Ln leads. Gaan hierna naar Octanist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved as qualified: %Ln lead(s). It is sent to Octanist next.</source>
        <translation>
            <numerusform>Opgeslagen als gekwalificeerd: %Ln lead. Gaat hierna naar Octanist.</numerusform>
            <numerusform>Opgeslagen als gekwalificeerd: %Ln leads. Gaan hierna naar Octanist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved as won: %Ln lead(s). It is sent to Octanist next.</source>
        <translation>
            <numerusform>Opgeslagen als gewonnen: %Ln lead. Gaat hierna naar Octanist.</numerusform>
            <numerusform>Opgeslagen als gewonnen: %Ln leads. Gaan hierna naar Octanist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a lead first, then record its outcome.</source>
        <translation>Selecteer eerst een lead en leg dan de uitkomst vast.</translation>
    </message>
    <message>
        <source>The outcome for {who} was not saved: {why}</source>
        <translation>De uitkomst voor {who} is niet opgeslagen: {why}</translation>
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
        <translation>&amp;Notitie:</translation>
    </message>
    <message>
        <source>&amp;Qualified</source>
        <translation>&amp;Gekwalificeerd</translation>
    </message>
    <message>
        <source>&amp;Reason lost:</source>
        <translation>&amp;Reden verlies:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>W&amp;aarde:</translation>
    </message>
    <message>
        <source>&amp;Won</source>
        <translation>Ge&amp;wonnen</translation>
    </message>
    <message>
        <source>A won deal needs its value, so the ad platforms can count what it was worth.</source>
        <translation>Een gewonnen deal heeft een waarde nodig, zodat de advertentieplatforms kunnen meetellen wat hij waard was.</translation>
    </message>
    <message>
        <source>Anything Octanist should keep with it (optional)</source>
        <translation>Wat Octanist erbij moet bewaren (optioneel)</translation>
    </message>
    <message>
        <source>Choose qualified, won or lost.</source>
        <translation>Kies gekwalificeerd, gewonnen of verloren.</translation>
    </message>
    <message>
        <source>Keeps the outcome with the lead and sends it to Octanist</source>
        <translation>Bewaart de uitkomst bij de lead en verstuurt hem naar Octanist</translation>
    </message>
    <message>
        <source>Needed for a won deal: what it is worth, so it counts as a conversion.</source>
        <translation>Nodig bij een gewonnen deal: wat hij waard is, zodat hij als conversie telt.</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>Geen budget</translation>
    </message>
    <message>
        <source>No reply</source>
        <translation>Geen reactie</translation>
    </message>
    <message>
        <source>Not a fit</source>
        <translation>Past niet</translation>
    </message>
    <message>
        <source>Optional: what the deal is likely to be worth.</source>
        <translation>Optioneel: wat de deal waarschijnlijk waard is.</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Uitkomst:</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prijs</translation>
    </message>
    <message>
        <source>Record the outcome</source>
        <translation>Uitkomst vastleggen</translation>
    </message>
    <message>
        <source>Save outcome</source>
        <translation>Uitkomst opslaan</translation>
    </message>
    <message>
        <source>Save outcome  (Ctrl+Enter)</source>
        <translation>Uitkomst opslaan  (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>That value is too large to be right; check the number.</source>
        <translation>Die waarde is te groot om te kloppen; controleer het getal.</translation>
    </message>
    <message>
        <source>The lead became a customer; give the deal&apos;s value</source>
        <translation>De lead is klant geworden; geef de waarde van de deal op</translation>
    </message>
    <message>
        <source>The lead did not buy; say why if you know</source>
        <translation>De lead heeft niet gekocht; zeg waarom als je het weet</translation>
    </message>
    <message>
        <source>The lead is a real prospect; the deal is still open</source>
        <translation>De lead is een echte kans; de deal staat nog open</translation>
    </message>
    <message>
        <source>The note is too long: at most {count} characters.</source>
        <translation>De notitie is te lang: hoogstens {count} tekens.</translation>
    </message>
    <message>
        <source>The reason is too long: at most {count} characters.</source>
        <translation>De reden is te lang: hoogstens {count} tekens.</translation>
    </message>
    <message>
        <source>The value can&apos;t be below zero.</source>
        <translation>De waarde kan niet onder nul zijn.</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Timing</translation>
    </message>
    <message>
        <source>Went with a competitor</source>
        <translation>Gekozen voor een concurrent</translation>
    </message>
    <message>
        <source>What became of {who}?</source>
        <translation>Hoe is het afgelopen met {who}?</translation>
    </message>
    <message>
        <source>Why it was lost (optional)</source>
        <translation>Waarom hij verloren is (optioneel)</translation>
    </message>
    <message>
        <source>Why it was lost (optional): pick a reason or type your own</source>
        <translation>Waarom hij verloren is (optioneel): kies een reden of typ je eigen reden</translation>
    </message>
    <message>
        <source>“{text}” is not an amount. Type a number, such as {example}.</source>
        <translation>„{text}” is geen bedrag. Typ een getal, zoals {example}.</translation>
    </message>
</context>
<context>
    <name>OutcomeTimeline</name>
    <message>
        <source>&lt;b&gt;After the call&lt;/b&gt;</source>
        <translation>&lt;b&gt;Na het gesprek&lt;/b&gt;</translation>
    </message>
    <message>
        <source>At Octanist: &lt;b&gt;{status}&lt;/b&gt;</source>
        <translation>Bij Octanist: &lt;b&gt;{status}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>At Octanist: not read back yet (F5 refreshes).</source>
        <translation>Bij Octanist: nog niet opgehaald (F5 ververst).</translation>
    </message>
    <message>
        <source>Changed at Octanist since the last refresh.</source>
        <translation>Gewijzigd bij Octanist sinds de laatste verversing.</translation>
    </message>
    <message>
        <source>May have reached Octanist twice (an answer was lost); its note may show twice there.</source>
        <translation>Is misschien twee keer bij Octanist aangekomen (een antwoord ging verloren); de notitie kan daar dubbel staan.</translation>
    </message>
    <message>
        <source>No outcome recorded here yet: Qualified, Won or Lost in History&apos;s menu.</source>
        <translation>Hier nog geen uitkomst vastgelegd: Gekwalificeerd, Gewonnen of Verloren in het menu Geschiedenis.</translation>
    </message>
    <message>
        <source>Not at Octanist yet.</source>
        <translation>Nog niet bij Octanist.</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Notitie: {note}</translation>
    </message>
    <message>
        <source>Octanist no longer has this lead (deleted there, or expired).</source>
        <translation>Octanist heeft deze lead niet meer (daar verwijderd of verlopen).</translation>
    </message>
    <message>
        <source>Read from Octanist at {time}.</source>
        <translation>Om {time} bij Octanist opgehaald.</translation>
    </message>
    <message>
        <source>This Octanist server doesn&apos;t show lead status; outcomes are kept here.</source>
        <translation>Deze Octanist-server toont geen leadstatus; uitkomsten blijven hier bewaard.</translation>
    </message>
    <message>
        <source>Unknown status</source>
        <translation>Onbekende status</translation>
    </message>
    <message>
        <source>campaign {name}</source>
        <translation>campagne {name}</translation>
    </message>
    <message>
        <source>counts as “{name}”</source>
        <translation>telt als „{name}”</translation>
    </message>
    <message>
        <source>locked: over the plan&apos;s limit</source>
        <translation>geblokkeerd: boven de limiet van het abonnement</translation>
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
        <translation>Hier bewaard: deze Octanist-server neemt geen uitkomsten aan</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Not at Octanist</source>
        <translation>Niet bij Octanist</translation>
    </message>
    <message>
        <source>Not recorded: Octanist refused it</source>
        <translation>Niet vastgelegd: Octanist weigerde het</translation>
    </message>
    <message>
        <source>Not recorded: several leads match</source>
        <translation>Niet vastgelegd: meerdere leads komen overeen</translation>
    </message>
    <message>
        <source>Not recorded: the lead is gone from Octanist</source>
        <translation>Niet vastgelegd: de lead is weg bij Octanist</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Gekwalificeerd</translation>
    </message>
    <message>
        <source>Recorded at Octanist</source>
        <translation>Vastgelegd bij Octanist</translation>
    </message>
    <message>
        <source>Saved — Octanist unreachable, next try at {time}</source>
        <translation>Opgeslagen — Octanist onbereikbaar, volgende poging om {time}</translation>
    </message>
    <message>
        <source>Saved — Octanist unreachable, tried again soon</source>
        <translation>Opgeslagen — Octanist onbereikbaar, straks opnieuw</translation>
    </message>
    <message>
        <source>Saved — goes once the lead is at Octanist</source>
        <translation>Opgeslagen — gaat zodra de lead bij Octanist is</translation>
    </message>
    <message>
        <source>Saved — sending soon</source>
        <translation>Opgeslagen — wordt zo verstuurd</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Versturen…</translation>
    </message>
    <message>
        <source>Waiting for a working API key</source>
        <translation>Wacht op een werkende API-sleutel</translation>
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
        <translation>{stage} · nog niet verstuurd</translation>
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
        <translation>Kies het land voor nummers zonder + (F4)</translation>
    </message>
    <message>
        <source>Country of the phone number</source>
        <translation>Land van het telefoonnummer</translation>
    </message>
    <message>
        <source>Country ▾</source>
        <translation>Land ▾</translation>
    </message>
    <message>
        <source>Numbers typed without + are read as {code}{dial} numbers; F4 to change</source>
        <translation>Nummers zonder + gelden als {code}{dial}-nummers; F4 om te wijzigen</translation>
    </message>
</context>
<context>
    <name>PinPrompt</name>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;Pincode:</translation>
    </message>
    <message>
        <source>Checks the PIN and leaves booth mode</source>
        <translation>Controleert de pincode en verlaat de beursmodus</translation>
    </message>
    <message>
        <source>Leave booth mode</source>
        <translation>Beursmodus verlaten</translation>
    </message>
    <message>
        <source>Staff only: type the booth PIN to leave booth mode.</source>
        <translation>Alleen voor medewerkers: typ de pincode om de beursmodus te verlaten.</translation>
    </message>
    <message>
        <source>Stays in booth mode</source>
        <translation>Blijft in de beursmodus</translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>Die pincode klopt niet.</translation>
    </message>
    <message>
        <source>That PIN is not right. Too many wrong tries: wait {seconds} s before the next one.</source>
        <translation>Die pincode klopt niet. Te veel foute pogingen: wacht {seconds} s voor de volgende.</translation>
    </message>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translation>Die pincode klopt niet. Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Too many wrong tries. Wait {seconds} s, then try again.</source>
        <translation>Te veel foute pogingen. Wacht {seconds} s en probeer het dan opnieuw.</translation>
    </message>
</context>
<context>
    <name>PinSetupDialog</name>
    <message>
        <source>&amp;New PIN:</source>
        <translation>&amp;Nieuwe pincode:</translation>
    </message>
    <message>
        <source>&amp;Repeat PIN:</source>
        <translation>Pincode &amp;herhalen:</translation>
    </message>
    <message>
        <source>Booth PIN</source>
        <translation>Pincode beursmodus</translation>
    </message>
    <message>
        <source>Choose a PIN for booth mode. Staff need it to leave booth mode; visitors can&apos;t open the lead history or settings without it.</source>
        <translation>Kies een pincode voor de beursmodus. Medewerkers hebben hem nodig om de beursmodus te verlaten; bezoekers kunnen zonder pincode de geschiedenis en de instellingen niet openen.</translation>
    </message>
    <message>
        <source>Sets this PIN for booth mode</source>
        <translation>Stelt deze pincode in voor de beursmodus</translation>
    </message>
    <message>
        <source>The PIN staff type to leave booth mode</source>
        <translation>De pincode die medewerkers typen om de beursmodus te verlaten</translation>
    </message>
    <message>
        <source>The same PIN again, to rule out a typo</source>
        <translation>Dezelfde pincode nog eens, om typfouten uit te sluiten</translation>
    </message>
</context>
<context>
    <name>PlanSection</name>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Valuta:</translation>
    </message>
    <message>
        <source>How deal values are shown, e.g. € or $. Octanist takes the number only.</source>
        <translation>Hoe dealwaarden worden getoond, bijv. € of $. Octanist ontvangt alleen het getal.</translation>
    </message>
    <message>
        <source>Not available from this server.</source>
        <translation>Niet beschikbaar bij deze server.</translation>
    </message>
    <message>
        <source>Not read yet.</source>
        <translation>Nog niet opgehaald.</translation>
    </message>
    <message>
        <source>Octanist plan</source>
        <translation>Octanist-abonnement</translation>
    </message>
    <message>
        <source>Read from Octanist at {time}.</source>
        <translation>Om {time} bij Octanist opgehaald.</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Gebruik:</translation>
    </message>
</context>
<context>
    <name>PresetDialog</name>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>&amp;Event</source>
        <translation>&amp;Evenement</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>S&amp;leutel:</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>N&amp;ieuw</translation>
    </message>
    <message>
        <source>&amp;Options:</source>
        <translation>O&amp;pties:</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Weghalen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <source>Add &amp;question</source>
        <translation>V&amp;raag toevoegen</translation>
    </message>
    <message>
        <source>Adds a copy of the selected event, to change for the next one</source>
        <translation>Voegt een kopie van het geselecteerde evenement toe, om aan te passen voor het volgende</translation>
    </message>
    <message>
        <source>Adds a question to this event</source>
        <translation>Voegt een vraag toe aan dit evenement</translation>
    </message>
    <message>
        <source>Adds an empty event to the list</source>
        <translation>Voegt een leeg evenement toe aan de lijst</translation>
    </message>
    <message>
        <source>Answer t&amp;ype:</source>
        <translation>Soor&amp;t antwoord:</translation>
    </message>
    <message>
        <source>Ask booth visitors for their {field}</source>
        <translation>Beursbezoekers vragen naar hun {field}</translation>
    </message>
    <message>
        <source>Asks the selected question one place earlier</source>
        <translation>Stelt de geselecteerde vraag één plek eerder</translation>
    </message>
    <message>
        <source>Asks the selected question one place later</source>
        <translation>Stelt de geselecteerde vraag één plek later</translation>
    </message>
    <message>
        <source>Booth &amp;visitors</source>
        <translation>&amp;Beursbezoekers</translation>
    </message>
    <message>
        <source>Booth visitors never see this question; staff answer it behind the PIN.</source>
        <translation>Beursbezoekers zien deze vraag nooit; medewerkers beantwoorden hem achter de pincode.</translation>
    </message>
    <message>
        <source>Dup&amp;licate</source>
        <translation>&amp;Dupliceren</translation>
    </message>
    <message>
        <source>Event pages</source>
        <translation>Evenementpagina&apos;s</translation>
    </message>
    <message>
        <source>Event presets</source>
        <translation>Evenementsjablonen</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Evenementen</translation>
    </message>
    <message>
        <source>How the question is answered: a choice, yes or no, a rating or free text</source>
        <translation>Hoe de vraag wordt beantwoord: een keuze, ja of nee, een beoordeling of vrije tekst</translation>
    </message>
    <message>
        <source>In booth mode, visitors are asked for:</source>
        <translation>In de beursmodus wordt bezoekers gevraagd naar:</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Omhoog</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>O&amp;mlaag</translation>
    </message>
    <message>
        <source>Move question down</source>
        <translation>Vraag omlaag</translation>
    </message>
    <message>
        <source>Move question up</source>
        <translation>Vraag omhoog</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nieuw evenement</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Nieuwe vraag</translation>
    </message>
    <message>
        <source>Note pre&amp;fix:</source>
        <translation>Be&amp;gin van notitie:</translation>
    </message>
    <message>
        <source>One option per line</source>
        <translation>Eén optie per regel</translation>
    </message>
    <message>
        <source>Qualifying questions</source>
        <translation>Kwalificatievragen</translation>
    </message>
    <message>
        <source>Question &amp;text:</source>
        <translation>Te&amp;kst van de vraag:</translation>
    </message>
    <message>
        <source>Remove question</source>
        <translation>Vraag verwijderen</translation>
    </message>
    <message>
        <source>Removes the selected event</source>
        <translation>Verwijdert het geselecteerde evenement</translation>
    </message>
    <message>
        <source>Removes the selected question</source>
        <translation>Verwijdert de geselecteerde vraag</translation>
    </message>
    <message>
        <source>Saves every event and closes this window</source>
        <translation>Slaat alle evenementen op en sluit dit venster</translation>
    </message>
    <message>
        <source>Staff only (&amp;hidden from visitors)</source>
        <translation>&amp;Alleen medewerkers (verborgen voor bezoekers)</translation>
    </message>
    <message>
        <source>The answers to choose from, one per line</source>
        <translation>De antwoorden om uit te kiezen, één per regel</translation>
    </message>
    <message>
        <source>The event&apos;s name, as leads from it are tagged in History</source>
        <translation>De naam van het evenement, zoals leads ervan in de geschiedenis worden gemarkeerd</translation>
    </message>
    <message>
        <source>The event&apos;s name, sources and questions</source>
        <translation>De naam, bronnen en vragen van het evenement</translation>
    </message>
    <message>
        <source>The events you prepared; the one selected is edited on the right</source>
        <translation>De evenementen die je hebt voorbereid; het geselecteerde bewerk je rechts</translation>
    </message>
    <message>
        <source>The name of this answer in the lead&apos;s custom data</source>
        <translation>De naam van dit antwoord in de extra gegevens van de lead</translation>
    </message>
    <message>
        <source>The question as staff and visitors read it</source>
        <translation>De vraag zoals medewerkers en bezoekers hem lezen</translation>
    </message>
    <message>
        <source>The questions asked at this event; the one selected is edited below</source>
        <translation>De vragen die op dit evenement worden gesteld; de geselecteerde bewerk je hieronder</translation>
    </message>
    <message>
        <source>This is the default wording. Edit it to make it this event&apos;s own; each change is a new version, and leads already taken keep the words they were shown.</source>
        <translation>Dit is de standaardtekst. Pas hem aan om er de tekst van dit evenement van te maken; elke wijziging is een nieuwe versie, en leads die al zijn vastgelegd houden de woorden die ze te zien kregen.</translation>
    </message>
    <message>
        <source>Version {version}. Each change is a new version; leads already taken keep the words they were shown.</source>
        <translation>Versie {version}. Elke wijziging is een nieuwe versie; leads die al zijn vastgelegd houden de woorden die ze te zien kregen.</translation>
    </message>
    <message>
        <source>What booth visitors are asked and agree to</source>
        <translation>Wat beursbezoekers wordt gevraagd en waarmee ze instemmen</translation>
    </message>
    <message>
        <source>What visitors agree to (never ticked in advance):</source>
        <translation>Waar bezoekers mee instemmen (nooit vooraf aangevinkt):</translation>
    </message>
    <message>
        <source>e.g. [Expo Amsterdam 2026] — put before every note</source>
        <translation>bijv. [Expo Amsterdam 2026] — komt voor elke notitie</translation>
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
        <translation>Sjabloon {number} is overgeslagen: {reason}.</translation>
    </message>
    <message>
        <source>Preset {number} was skipped: “{name}” is there twice.</source>
        <translation>Sjabloon {number} is overgeslagen: „{name}” staat er twee keer in.</translation>
    </message>
    <message>
        <source>a preset is not a JSON object</source>
        <translation>een sjabloon is geen JSON-object</translation>
    </message>
    <message>
        <source>a question of “{name}” has a staff-only mark that isn&apos;t true/false</source>
        <translation>een vraag van „{name}” heeft een markering ‘alleen medewerkers’ die niet true/false is</translation>
    </message>
    <message>
        <source>a question of “{name}” has an unknown kind</source>
        <translation>een vraag van „{name}” heeft een onbekend soort antwoord</translation>
    </message>
    <message>
        <source>a question of “{name}” has options that are not text</source>
        <translation>een vraag van „{name}” heeft antwoordopties die geen tekst zijn</translation>
    </message>
    <message>
        <source>a question of “{name}” is not a JSON object</source>
        <translation>een vraag van „{name}” is geen JSON-object</translation>
    </message>
    <message>
        <source>the consent text of “{name}” can&apos;t be read: {reason}</source>
        <translation>de toestemmingstekst van „{name}” is niet leesbaar: {reason}</translation>
    </message>
    <message>
        <source>the file holds no list of presets</source>
        <translation>het bestand bevat geen lijst met sjablonen</translation>
    </message>
    <message>
        <source>the questions of “{name}” are not a list</source>
        <translation>de vragen van „{name}” zijn geen lijst</translation>
    </message>
    <message>
        <source>the visitor fields of “{name}” are not a list of names</source>
        <translation>de bezoekersvelden van „{name}” zijn geen lijst met namen</translation>
    </message>
    <message>
        <source>this is not an event presets file from Octanist Desktop</source>
        <translation>dit is geen bestand met evenementsjablonen van Octanist Desktop</translation>
    </message>
    <message>
        <source>this presets file was made by a newer Octanist Desktop; update the app to read it</source>
        <translation>dit sjablonenbestand is gemaakt door een nieuwere Octanist Desktop; werk de app bij om het te lezen</translation>
    </message>
    <message>
        <source>“{key}” is not text</source>
        <translation>„{key}” is geen tekst</translation>
    </message>
    <message>
        <source>“{name}” was skipped: the file has it twice.</source>
        <translation>„{name}” is overgeslagen: het staat twee keer in het bestand.</translation>
    </message>
    <message>
        <source>“{name}” was skipped: {reason}</source>
        <translation>„{name}” is overgeslagen: {reason}</translation>
    </message>
</context>
<context>
    <name>PresetTransfer</name>
    <message>
        <source>Could not export the presets to {path}: {reason}</source>
        <translation>De sjablonen konden niet naar {path} worden geëxporteerd: {reason}</translation>
    </message>
    <message>
        <source>Could not import presets from {name}: {reason}</source>
        <translation>Sjablonen uit {name} konden niet worden geïmporteerd: {reason}</translation>
    </message>
    <message>
        <source>Event presets (*.json);;All files (*)</source>
        <translation>Evenementsjablonen (*.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Export event presets</source>
        <translation>Evenementsjablonen exporteren</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n preset(s) to {path}.</source>
        <translation>
            <numerusform>%n sjabloon geëxporteerd naar {path}.</numerusform>
            <numerusform>%n sjablonen geëxporteerd naar {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import event presets</source>
        <translation>Evenementsjablonen importeren</translation>
    </message>
    <message>
        <source>Presets imported — {parts}.</source>
        <translation>Sjablonen geïmporteerd — {parts}.</translation>
    </message>
    <message>
        <source>Skipped: {reasons}</source>
        <translation>Overgeslagen: {reasons}</translation>
    </message>
    <message>
        <source>There are no event presets to export yet (Event ▸ Presets…).</source>
        <translation>Er zijn nog geen evenementsjablonen om te exporteren (Evenement ▸ Sjablonen…).</translation>
    </message>
    <message>
        <source>already the same: {count}</source>
        <translation>al gelijk: {count}</translation>
    </message>
    <message>
        <source>new: {names}</source>
        <translation>nieuw: {names}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>updated: {names}</source>
        <translation>bijgewerkt: {names}</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>(unnamed)</source>
        <translation>(naamloos)</translation>
    </message>
    <message>
        <source>Booth</source>
        <translation>Beursstand</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Keuze</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Question {number} has no text.</source>
        <translation>Vraag {number} heeft geen tekst.</translation>
    </message>
    <message>
        <source>Question {number} is a choice but has no options.</source>
        <translation>Vraag {number} is een keuzevraag maar heeft geen opties.</translation>
    </message>
    <message>
        <source>Question {number} needs a key.</source>
        <translation>Vraag {number} heeft een sleutel nodig.</translation>
    </message>
    <message>
        <source>Question {number}: the key “{key}” is used by another question.</source>
        <translation>Vraag {number}: de sleutel “{key}” wordt al door een andere vraag gebruikt.</translation>
    </message>
    <message>
        <source>Question {number}: the key “{key}” is used by the app itself; pick another.</source>
        <translation>Vraag {number}: de sleutel “{key}” wordt door de app zelf gebruikt; kies een andere.</translation>
    </message>
    <message>
        <source>Rating 1–5</source>
        <translation>Score 1–5</translation>
    </message>
    <message>
        <source>Short text</source>
        <translation>Korte tekst</translation>
    </message>
    <message>
        <source>The preset name can be at most {limit} characters.</source>
        <translation>De naam van het sjabloon mag hoogstens {limit} tekens hebben.</translation>
    </message>
    <message>
        <source>The preset needs a name.</source>
        <translation>Het sjabloon heeft een naam nodig.</translation>
    </message>
    <message>
        <source>Two presets are called “{name}”.</source>
        <translation>Twee sjablonen heten “{name}”.</translation>
    </message>
    <message>
        <source>Visitors can&apos;t be asked for: {keys}.</source>
        <translation>Bezoekers kan niet worden gevraagd naar: {keys}.</translation>
    </message>
    <message>
        <source>Visitors must be asked for at least one of their details.</source>
        <translation>Bezoekers moeten naar minstens één gegeven worden gevraagd.</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Binnenloper</translation>
    </message>
    <message>
        <source>Yes / no</source>
        <translation>Ja / nee</translation>
    </message>
    <message>
        <source>{label} can be at most {limit} characters.</source>
        <translation>{label} mag hoogstens {limit} tekens hebben.</translation>
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
        <translation>Ook verstuurd</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dubbel</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Imported ✔</source>
        <translation>Geïmporteerd ✔</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>No country column and no default region: the number is sent as written.</source>
        <translation>Geen landkolom en geen standaardregio: het nummer wordt verstuurd zoals het er staat.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Phone read as</source>
        <translation>Telefoon gelezen als</translation>
    </message>
    <message>
        <source>Problems and notes</source>
        <translation>Problemen en opmerkingen</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Ready ⚠</source>
        <translation>Klaar ⚠</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Overgeslagen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The number starts with + or 00 and its country code.</source>
        <translation>Het nummer begint met + of 00 en de landcode.</translation>
    </message>
    <message>
        <source>The row names no country, so the number was read in the default region from Settings. Check it if this visitor may be from abroad.</source>
        <translation>De rij noemt geen land, dus is het nummer gelezen in de standaardregio uit Instellingen. Controleer het als deze bezoeker uit het buitenland kan komen.</translation>
    </message>
    <message>
        <source>The row&apos;s country column says where this number belongs.</source>
        <translation>De landkolom van de rij zegt waar dit nummer bij hoort.</translation>
    </message>
    <message>
        <source>its own country code</source>
        <translation>eigen landcode</translation>
    </message>
    <message>
        <source>no country known</source>
        <translation>geen land bekend</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>{country} (assumed)</source>
        <translation>{country} (aangenomen)</translation>
    </message>
    <message>
        <source>{country} (from the row)</source>
        <translation>{country} (uit de rij)</translation>
    </message>
    <message>
        <source>✖ Error</source>
        <translation>✖ Fout</translation>
    </message>
</context>
<context>
    <name>ProgressLine</name>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Import annuleren</translation>
    </message>
    <message>
        <source>Stops reading or importing; rows already imported stay</source>
        <translation>Stopt het lezen of importeren; al geïmporteerde rijen blijven</translation>
    </message>
</context>
<context>
    <name>QualifyingQuestions</name>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Qualifying questions</source>
        <translation>Kwalificatievragen</translation>
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
        <translation>Land kiezen…</translation>
    </message>
    <message>
        <source>Hides this question; you can set the country later in Settings</source>
        <translation>Verbergt deze vraag; je kunt het land later instellen in Instellingen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Niet nu</translation>
    </message>
    <message>
        <source>Opens the list of countries; numbers typed without + are read in the one you pick</source>
        <translation>Opent de landenlijst; nummers zonder + worden gelezen in het land dat je kiest</translation>
    </message>
    <message>
        <source>Which country are your leads&apos; phone numbers from? Numbers typed without + are read in it; you can still pick another per number.</source>
        <translation>Uit welk land komen de telefoonnummers van je leads? Nummers zonder + horen dan bij dat land; per nummer kun je nog een ander land kiezen.</translation>
    </message>
</context>
<context>
    <name>RowCheck</name>
    <message>
        <source>Each row of the file as it will be imported, with what is wrong with it</source>
        <translation>Elke rij van het bestand zoals hij wordt geïmporteerd, met wat er mis mee is</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rijen</translation>
    </message>
    <message>
        <source>Show rows</source>
        <translation>Rijen tonen</translation>
    </message>
    <message>
        <source>Shows all rows, or only those with errors, duplicates, warnings or skipped</source>
        <translation>Toont alle rijen, of alleen die met fouten, dubbele, waarschuwingen of overgeslagen</translation>
    </message>
</context>
<context>
    <name>ScanPrompt</name>
    <message>
        <source>Badge code</source>
        <translation>Badgecode</translation>
    </message>
    <message>
        <source>Scan badge</source>
        <translation>Badge scannen</translation>
    </message>
    <message>
        <source>Scan the badge now, or type its code and press Enter.</source>
        <translation>Scan nu de badge, of typ de code en druk op Enter.</translation>
    </message>
</context>
<context>
    <name>ScreenReader</name>
    <message>
        <source>Closes this window</source>
        <translation>Sluit dit venster</translation>
    </message>
    <message>
        <source>Closes this window without saving</source>
        <translation>Sluit dit venster zonder op te slaan</translation>
    </message>
    <message>
        <source>Saves what you entered and closes this window</source>
        <translation>Slaat op wat je hebt ingevoerd en sluit dit venster</translation>
    </message>
</context>
<context>
    <name>SenderWorker</name>
    <message>
        <source>Octanist Desktop ran into a problem of its own while sending this outcome ({problem}); it will be tried again.</source>
        <translation>Octanist Desktop liep zelf tegen een probleem aan bij het versturen van deze uitkomst ({problem}); het wordt opnieuw geprobeerd.</translation>
    </message>
</context>
<context>
    <name>SettingsCoordinator</name>
    <message>
        <source>The language could not be saved ({problem}).</source>
        <translation>De taal kon niet worden opgeslagen ({problem}).</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>&amp;API key:</source>
        <translation>&amp;API-sleutel:</translation>
    </message>
    <message>
        <source>&amp;Leave the sandbox and enter my API key…</source>
        <translation>&amp;Sandbox verlaten en mijn API-sleutel invoeren…</translation>
    </message>
    <message>
        <source>&amp;Test key</source>
        <translation>Sleutel t&amp;esten</translation>
    </message>
    <message>
        <source>A new language is used from the next start of Octanist Desktop.</source>
        <translation>Een andere taal geldt vanaf de volgende keer dat je Octanist Desktop start.</translation>
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
        <translation>Vraagt Octanist of deze sleutel werkt, zonder hem op te slaan of een lead te versturen</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Controleren…</translation>
    </message>
    <message>
        <source>Default phone &amp;region:</source>
        <translation>Standaard&amp;land voor telefoon:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>Not set: choose your leads&apos; country</source>
        <translation>Niet ingesteld: kies het land van je leads</translation>
    </message>
    <message>
        <source>Paste the key from Octanist → Settings → API</source>
        <translation>Plak de sleutel uit Octanist → Instellingen → API</translation>
    </message>
    <message>
        <source>Paste your API key first.</source>
        <translation>Plak eerst je API-sleutel.</translation>
    </message>
    <message>
        <source>Phone numbers typed without + are read as numbers from this country</source>
        <translation>Telefoonnummers zonder + worden gelezen als nummers uit dit land</translation>
    </message>
    <message>
        <source>Saving the key in the system keyring… If your desktop asks you to unlock the keyring, do so. If nothing happens, use the key for this session only.</source>
        <translation>De sleutel wordt opgeslagen in de wachtwoordkluis van het systeem… Vraagt je computer om de kluis te ontgrendelen, doe dat dan. Gebeurt er niets, gebruik de sleutel dan alleen voor deze sessie.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>T&amp;onen</translation>
    </message>
    <message>
        <source>Show the API key</source>
        <translation>API-sleutel tonen</translation>
    </message>
    <message>
        <source>Shows the key in plain text so you can check it; hide it again before sharing your screen</source>
        <translation>Toont de sleutel leesbaar zodat je hem kunt controleren; verberg hem weer voordat je je scherm deelt</translation>
    </message>
    <message>
        <source>Stops the practice session and lets you enter the key of your Octanist account</source>
        <translation>Stopt de oefensessie zodat je de sleutel van je Octanist-account kunt invoeren</translation>
    </message>
    <message>
        <source>System language ({name})</source>
        <translation>Systeemtaal ({name})</translation>
    </message>
    <message>
        <source>The key from Octanist, Settings, API; kept in this computer&apos;s keyring</source>
        <translation>De sleutel uit Octanist, Instellingen, API; bewaard in de sleutelbos van deze computer</translation>
    </message>
    <message>
        <source>The language of the app, used from its next start</source>
        <translation>De taal van de app, vanaf de volgende keer starten</translation>
    </message>
    <message>
        <source>The sandbox&apos;s own key</source>
        <translation>De eigen sleutel van de sandbox</translation>
    </message>
    <message>
        <source>Use for this &amp;session only (not saved)</source>
        <translation>Alleen voor deze &amp;sessie gebruiken (niet opgeslagen)</translation>
    </message>
    <message>
        <source>Uses the key until you quit, without storing it; you enter it again next time</source>
        <translation>Gebruikt de sleutel tot je afsluit, zonder hem op te slaan; de volgende keer voer je hem opnieuw in</translation>
    </message>
    <message>
        <source>Where leads are sent; read only, for support</source>
        <translation>Waar leads naartoe gaan; alleen-lezen, voor support</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Alt+underlined letter</source>
        <translation>Alt+onderstreepte letter</translation>
    </message>
    <message>
        <source>Choose the phone number&apos;s country</source>
        <translation>Het land van het telefoonnummer kiezen</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evenement</translation>
    </message>
    <message>
        <source>Every key and what it does; scroll for more</source>
        <translation>Elke toets en wat hij doet; scroll voor meer</translation>
    </message>
    <message>
        <source>F4 (on Phone)</source>
        <translation>F4 (in Telefoon)</translation>
    </message>
    <message>
        <source>Format custom data typed as JSON</source>
        <translation>Extra gegevens in JSON netjes opmaken</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>Jump to that field or button</source>
        <translation>Naar dat veld of die knop springen</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Next / previous field</source>
        <translation>Volgend / vorig veld</translation>
    </message>
    <message>
        <source>Record that the lead is qualified</source>
        <translation>Vastleggen dat de lead gekwalificeerd is</translation>
    </message>
    <message>
        <source>Record that the lead was lost, and why</source>
        <translation>Vastleggen dat de lead verloren is, en waarom</translation>
    </message>
    <message>
        <source>Record that the lead was won, and its value</source>
        <translation>Vastleggen dat de lead gewonnen is, en de waarde</translation>
    </message>
    <message>
        <source>Save the lead and start the next one</source>
        <translation>De lead opslaan en aan de volgende beginnen</translation>
    </message>
    <message>
        <source>Send what waits, and read each lead&apos;s status from Octanist</source>
        <translation>Versturen wat wacht, en de status van elke lead bij Octanist ophalen</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <source>Typing a lead</source>
        <translation>Een lead invoeren</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Venster</translation>
    </message>
</context>
<context>
    <name>StaffAnswersDialog</name>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <source>&amp;Send with these answers</source>
        <translation>Versturen &amp;met deze antwoorden</translation>
    </message>
    <message>
        <source>(no contact details)</source>
        <translation>(geen contactgegevens)</translation>
    </message>
    <message>
        <source>(no name given)</source>
        <translation>(geen naam opgegeven)</translation>
    </message>
    <message>
        <source>Answers for booth visitors</source>
        <translation>Antwoorden voor beursbezoekers</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Delete a visitor&apos;s details</source>
        <translation>Gegevens van een bezoeker verwijderen</translation>
    </message>
    <message>
        <source>Delete the details of {who} from this computer?</source>
        <translation>De gegevens van {who} van deze computer verwijderen?</translation>
    </message>
    <message>
        <source>Deletes the selected visitor&apos;s details without sending them; asks first</source>
        <translation>Verwijdert de gegevens van de geselecteerde bezoeker zonder ze te versturen; vraagt het eerst</translation>
    </message>
    <message>
        <source>No visitor is waiting.</source>
        <translation>Er wacht geen bezoeker.</translation>
    </message>
    <message>
        <source>Send &amp;all as they are</source>
        <translation>&amp;Alles versturen zoals het is</translation>
    </message>
    <message>
        <source>Sends every waiting visitor&apos;s details without staff answers</source>
        <translation>Verstuurt de gegevens van alle wachtende bezoekers zonder antwoorden van medewerkers</translation>
    </message>
    <message>
        <source>Sends the selected visitor&apos;s details with the answers you gave</source>
        <translation>Verstuurt de gegevens van de geselecteerde bezoeker met jouw antwoorden</translation>
    </message>
    <message>
        <source>These visitors&apos; details wait for your answers to the questions only staff see. They are sent once you answer, or as they are.</source>
        <translation>De gegevens van deze bezoekers wachten op je antwoorden op de vragen die alleen medewerkers zien. Ze worden verstuurd zodra je antwoordt, of zoals ze zijn.</translation>
    </message>
    <message>
        <source>They are never sent to Octanist. This cannot be undone.</source>
        <translation>Ze worden nooit naar Octanist verstuurd. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>This visitor&apos;s details could not be deleted ({error}).</source>
        <translation>De gegevens van deze bezoeker konden niet worden verwijderd ({error}).</translation>
    </message>
    <message>
        <source>This visitor&apos;s lead could not be sent on ({error}); it still waits.</source>
        <translation>De lead van deze bezoeker kon niet worden doorgestuurd ({error}); hij wacht nog.</translation>
    </message>
    <message>
        <source>Visitors whose details wait for staff answers; pick one to answer for</source>
        <translation>Bezoekers van wie de gegevens wachten op antwoorden van medewerkers; kies er een om voor te antwoorden</translation>
    </message>
    <message>
        <source>Waiting visitors</source>
        <translation>Wachtende bezoekers</translation>
    </message>
    <message>
        <source>this visitor</source>
        <translation>deze bezoeker</translation>
    </message>
</context>
<context>
    <name>StaffBadgeScans</name>
    <message>
        <source>Badge {badge} read: the lead carries its attendee id, to match with the organiser&apos;s list.</source>
        <translation>Badge {badge} gelezen: de lead krijgt het deelnemers-ID mee, om te vergelijken met de lijst van de organisator.</translation>
    </message>
    <message>
        <source>Filled the form from the badge of {who}.</source>
        <translation>Formulier ingevuld met de badge van {who}.</translation>
    </message>
    <message>
        <source>This badge is already in the history: lead {lead}, entered {when}. Possible duplicate.</source>
        <translation>Deze badge staat al in de geschiedenis: lead {lead}, {when} ingevoerd. Mogelijk dubbel.</translation>
    </message>
    <message>
        <source>This badge is already in the history: lead {lead}, sent {when}. Possible duplicate.</source>
        <translation>Deze badge staat al in de geschiedenis: lead {lead}, {when} verstuurd. Mogelijk dubbel.</translation>
    </message>
</context>
<context>
    <name>StartupProblem</name>
    <message>
        <source>Another Octanist Desktop is using {folder} but didn&apos;t come to the front. Switch to it; if it is stuck, close it, then start Octanist Desktop again.</source>
        <translation>Een andere Octanist Desktop gebruikt {folder}, maar kwam niet naar voren. Ga naar dat venster; als het vastzit, sluit het en start Octanist Desktop opnieuw.</translation>
    </message>
    <message>
        <source>Closes Octanist Desktop; nothing is changed</source>
        <translation>Sluit Octanist Desktop; er verandert niets</translation>
    </message>
    <message>
        <source>Octanist Desktop can&apos;t use its data folder.</source>
        <translation>Octanist Desktop kan zijn gegevensmap niet gebruiken.</translation>
    </message>
    <message>
        <source>Octanist Desktop could not start.</source>
        <translation>Octanist Desktop kon niet starten.</translation>
    </message>
    <message>
        <source>Octanist Desktop is already open for this data folder.</source>
        <translation>Octanist Desktop is al geopend voor deze gegevensmap.</translation>
    </message>
    <message>
        <source>Octanist Desktop {version} or later</source>
        <translation>Octanist Desktop {version} of nieuwer</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>Renames the damaged database, keeping it for support, and starts with an empty one</source>
        <translation>Geeft de beschadigde database een andere naam, bewaart hem voor support, en begint met een lege</translation>
    </message>
    <message>
        <source>Set it aside and start fresh</source>
        <translation>Apart zetten en opnieuw beginnen</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({detail}). Your saved leads are not affected. Start the app again; if it happens again, tell support what this says.</source>
        <translation>Er ging iets onverwachts mis ({detail}). Je opgeslagen leads zijn veilig. Start de app opnieuw; gebeurt het weer, geef deze melding dan door aan support.</translation>
    </message>
    <message>
        <source>The folder {folder} can&apos;t be read or written ({detail}). Your leads are kept there, so the app doesn&apos;t start without it.

Check that the folder exists and that you may change it (or that its drive is connected), then start Octanist Desktop again.</source>
        <translation>De map {folder} kan niet worden gelezen of beschreven ({detail}). Je leads staan daar, dus de app start niet zonder die map.

Controleer of de map bestaat en of je erin mag schrijven (of dat de schijf is aangesloten), en start Octanist Desktop dan opnieuw.</translation>
    </message>
    <message>
        <source>The lead database in {folder} needs {needed}; this is version {version}. Install {needed} to open it. Nothing in the file was changed.</source>
        <translation>De leaddatabase in {folder} heeft {needed} nodig; dit is versie {version}. Installeer {needed} om hem te openen. Er is niets aan het bestand veranderd.</translation>
    </message>
    <message>
        <source>The lead database is damaged and can&apos;t be opened.</source>
        <translation>De leaddatabase is beschadigd en kan niet worden geopend.</translation>
    </message>
    <message>
        <source>These leads were saved by a newer Octanist Desktop.</source>
        <translation>Deze leads zijn opgeslagen door een nieuwere Octanist Desktop.</translation>
    </message>
    <message>
        <source>a newer Octanist Desktop</source>
        <translation>een nieuwere Octanist Desktop</translation>
    </message>
    <message>
        <source>{file} in {folder} is not a database Octanist Desktop can read ({detail}).

Start with a new, empty database: the damaged file stays in the folder, renamed, for support to recover. Leads in it are not sent from there.

Or quit, and ask support to look at the file first.</source>
        <translation>{file} in {folder} is geen database die Octanist Desktop kan lezen ({detail}).

Begin met een nieuwe, lege database: het beschadigde bestand blijft onder een andere naam in de map staan, zodat support het kan herstellen. Leads daarin worden van daaruit niet verstuurd.

Of sluit af en laat support eerst naar het bestand kijken.</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message numerus="yes">
        <source>%n to send</source>
        <translation>
            <numerusform>%n te versturen</numerusform>
            <numerusform>%n te versturen</numerusform>
        </translation>
    </message>
    <message>
        <source>All leads delivered</source>
        <translation>Alle leads afgeleverd</translation>
    </message>
    <message numerus="yes">
        <source>{text} · %n need(s) attention</source>
        <translation>
            <numerusform>{text} · %n vraagt aandacht</numerusform>
            <numerusform>{text} · %n vragen aandacht</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsageWords</name>
    <message numerus="yes">
        <source>%Ln lead(s) are locked: they are over the plan&apos;s limit. Octanist keeps them but doesn&apos;t show or pass them on until the plan is upgraded.</source>
        <translation>
            <numerusform>%Ln lead is geblokkeerd: die valt boven de limiet van het abonnement. Octanist bewaart hem, maar toont of stuurt hem niet door tot het abonnement is uitgebreid.</numerusform>
            <numerusform>%Ln leads zijn geblokkeerd: die vallen boven de limiet van het abonnement. Octanist bewaart ze, maar toont of stuurt ze niet door tot het abonnement is uitgebreid.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s) this period</source>
        <translation>
            <numerusform>%Ln lead deze periode</numerusform>
            <numerusform>%Ln leads deze periode</numerusform>
        </translation>
    </message>
    <message>
        <source>Period: {start} – {end}</source>
        <translation>Periode: {start} – {end}</translation>
    </message>
    <message numerus="yes">
        <source>The plan is nearly full: %Ln lead(s) left this period. Leads beyond the limit are locked at Octanist; upgrade the plan before the show.</source>
        <translation>
            <numerusform>Het abonnement is bijna vol: nog %Ln lead over deze periode. Leads boven de limiet worden bij Octanist geblokkeerd; breid het abonnement uit vóór de beurs.</numerusform>
            <numerusform>Het abonnement is bijna vol: nog %Ln leads over deze periode. Leads boven de limiet worden bij Octanist geblokkeerd; breid het abonnement uit vóór de beurs.</numerusform>
        </translation>
    </message>
    <message>
        <source>This Octanist server doesn&apos;t report usage or each lead&apos;s status, and takes no outcomes (qualified, won, lost). Outcomes you record are kept on this computer.</source>
        <translation>Deze Octanist-server geeft geen gebruik of status per lead door en neemt geen uitkomsten aan (gekwalificeerd, gewonnen, verloren). Uitkomsten die je vastlegt, blijven op deze computer.</translation>
    </message>
    <message numerus="yes">
        <source>{used} of %Ln lead(s) this period</source>
        <translation>
            <numerusform>{used} van %Ln lead deze periode</numerusform>
            <numerusform>{used} van %Ln leads deze periode</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Choose the country of this number, or start it with + and the country code.</source>
        <translation>Kies het land van dit nummer, of begin met + en de landcode.</translation>
    </message>
    <message>
        <source>Couldn&apos;t read this as a phone number; it will be sent exactly as typed.</source>
        <translation>Dit is niet als telefoonnummer te lezen; het wordt precies zo verstuurd als getypt.</translation>
    </message>
    <message>
        <source>Couldn&apos;t read this as an international number; start it with + and the country code, or it will be sent exactly as typed.</source>
        <translation>Dit is niet als internationaal nummer te lezen; begin met + en de landcode, anders wordt het precies zo verstuurd als getypt.</translation>
    </message>
    <message>
        <source>Enter at least one of Name, Email, Phone or Custom data.</source>
        <translation>Vul minstens een van Naam, E-mail, Telefoon of Extra gegevens in.</translation>
    </message>
    <message>
        <source>No country uses the code this number starts with; check the digits after the +.</source>
        <translation>Geen enkel land heeft de code waarmee dit nummer begint; controleer de cijfers na de +.</translation>
    </message>
    <message>
        <source>No phone number in {where} starts like this; check the digits.</source>
        <translation>Geen telefoonnummer in {where} begint zo; controleer de cijfers.</translation>
    </message>
    <message>
        <source>The extension ({extension}) can&apos;t be sent with the number and is left off; put it in the Note if it matters.</source>
        <translation>Het toestelnummer ({extension}) kan niet met het nummer mee en wordt weggelaten; zet het in de notitie als het belangrijk is.</translation>
    </message>
    <message>
        <source>This can&apos;t be read as a phone number.</source>
        <translation>Dit is niet als telefoonnummer te lezen.</translation>
    </message>
    <message>
        <source>Too long for a phone number in {where}; check for an extra digit.</source>
        <translation>Te lang voor een telefoonnummer in {where}; kijk of er een cijfer te veel staat.</translation>
    </message>
    <message>
        <source>Too short for a phone number in {where}; a digit may be missing.</source>
        <translation>Te kort voor een telefoonnummer in {where}; misschien ontbreekt er een cijfer.</translation>
    </message>
    <message>
        <source>Wrong number of digits for a phone number in {where}.</source>
        <translation>Verkeerd aantal cijfers voor een telefoonnummer in {where}.</translation>
    </message>
    <message>
        <source>this country</source>
        <translation>dit land</translation>
    </message>
    <message>
        <source>{first} {second}</source>
        <translation>{first} {second}</translation>
    </message>
    <message>
        <source>{label} can be at most {limit} characters; this one has {length}.</source>
        <translation>{label} mag hoogstens {limit} tekens hebben; dit zijn er {length}.</translation>
    </message>
    <message>
        <source>{label} couldn&apos;t be read; clear it and type it again.</source>
        <translation>{label} kon niet worden gelezen; maak het leeg en typ het opnieuw.</translation>
    </message>
    <message>
        <source>{label} doesn&apos;t look like Meta&apos;s usual fb.1.&lt;timestamp&gt;.&lt;ID&gt; form; check it was copied whole.</source>
        <translation>{label} lijkt niet op de gebruikelijke vorm van Meta, fb.1.&lt;tijdstempel&gt;.&lt;ID&gt;; controleer of het helemaal is gekopieerd.</translation>
    </message>
    <message>
        <source>{label} had broken characters (half of an emoji, say); each is replaced by {replacement} so the lead can be saved.</source>
        <translation>{label} bevatte kapotte tekens (bijvoorbeeld een half emoji); elk is vervangen door {replacement}, zodat de lead kan worden opgeslagen.</translation>
    </message>
    <message>
        <source>{label} has a space in it; click IDs have none, so check it was copied whole.</source>
        <translation>{label} bevat een spatie; klik-ID&apos;s hebben die niet, dus controleer of hij helemaal is gekopieerd.</translation>
    </message>
    <message>
        <source>{label} isn&apos;t a web address; write it like {example}.</source>
        <translation>{label} is geen webadres; schrijf het zoals {example}.</translation>
    </message>
    <message>
        <source>{label} isn&apos;t a yes or no, so it counts as no consent.</source>
        <translation>{label} is geen ja of nee, dus het telt als geen toestemming.</translation>
    </message>
    <message>
        <source>{label} looks like a whole web address; enter only the part after the domain, like /contact.</source>
        <translation>{label} lijkt een volledig webadres; vul alleen het deel na het domein in, zoals /contact.</translation>
    </message>
    <message>
        <source>{label} must be a web address starting with http:// or https://, like {example}.</source>
        <translation>{label} moet een webadres zijn dat begint met http:// of https://, zoals {example}.</translation>
    </message>
    <message>
        <source>{label} needs a domain name, like {example}.</source>
        <translation>{label} heeft een domeinnaam nodig, zoals {example}.</translation>
    </message>
    <message>
        <source>{label} says “{word}”, which counts as no consent; only “true” means consent.</source>
        <translation>{label} zegt “{word}”, en dat telt als geen toestemming; alleen “true” betekent toestemming.</translation>
    </message>
    <message>
        <source>{problem} It is sent as typed, as you confirmed.</source>
        <translation>{problem} Het nummer wordt verstuurd zoals getypt, zoals je hebt bevestigd.</translation>
    </message>
</context>
<context>
    <name>VisitorInputs</name>
    <message>
        <source>No</source>
        <translation>Nee</translation>
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
        <translation>Een vraag, of waar u meer over wilt horen</translation>
    </message>
    <message>
        <source>Anything you would like us to know?</source>
        <translation>Wilt u ons nog iets laten weten?</translation>
    </message>
    <message>
        <source>Fill in only what you want to share</source>
        <translation>Vul alleen in wat u wilt delen</translation>
    </message>
    <message>
        <source>For the people at this stand: asks for their PIN</source>
        <translation>Voor de mensen van deze stand: vraagt om hun pincode</translation>
    </message>
    <message>
        <source>Leave your details</source>
        <translation>Laat uw gegevens achter</translation>
    </message>
    <message>
        <source>Please check your email address.</source>
        <translation>Controleer uw e-mailadres.</translation>
    </message>
    <message>
        <source>Please check your phone number. If it is right, send again.</source>
        <translation>Controleer uw telefoonnummer. Klopt het, verstuur dan opnieuw.</translation>
    </message>
    <message>
        <source>Please fill in your name, email address or phone number.</source>
        <translation>Vul uw naam, e-mailadres of telefoonnummer in.</translation>
    </message>
    <message>
        <source>Please make this a little shorter.</source>
        <translation>Maak dit iets korter.</translation>
    </message>
    <message>
        <source>Send my details</source>
        <translation>Mijn gegevens versturen</translation>
    </message>
    <message>
        <source>Sends what you filled in to the people at this stand</source>
        <translation>Verstuurt wat u hebt ingevuld naar de mensen van deze stand</translation>
    </message>
    <message>
        <source>So we can call you back</source>
        <translation>Zodat we u kunnen terugbellen</translation>
    </message>
    <message>
        <source>So we can send you what you asked about</source>
        <translation>Zodat we u kunnen sturen waar u om vroeg</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Medewerkers</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Dank u wel!</translation>
    </message>
    <message>
        <source>This can&apos;t be sent just now. Please ask someone at the stand.</source>
        <translation>Dit kan nu niet worden verstuurd. Vraag het even aan iemand van de stand.</translation>
    </message>
    <message>
        <source>We read your badge. Add your details below if you like, then send.</source>
        <translation>We hebben uw badge gelezen. Vul hieronder eventueel uw gegevens aan en verstuur ze.</translation>
    </message>
    <message>
        <source>We read your badge. Please check your details below.</source>
        <translation>We hebben uw badge gelezen. Controleer hieronder uw gegevens.</translation>
    </message>
    <message>
        <source>Your company</source>
        <translation>Uw bedrijf</translation>
    </message>
    <message>
        <source>Your details are saved. We will be in touch.</source>
        <translation>Uw gegevens zijn opgeslagen. We nemen contact met u op.</translation>
    </message>
    <message>
        <source>Your email address</source>
        <translation>Uw e-mailadres</translation>
    </message>
    <message>
        <source>Your job title</source>
        <translation>Uw functie</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Uw naam</translation>
    </message>
    <message>
        <source>Your phone number</source>
        <translation>Uw telefoonnummer</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>&amp;Enter API key</source>
        <translation>API-sleutel &amp;invoeren</translation>
    </message>
    <message>
        <source>Opens Settings, where you paste the API key from your Octanist account</source>
        <translation>Opent Instellingen, waar je de API-sleutel uit je Octanist-account plakt</translation>
    </message>
    <message>
        <source>Practise with a pretend Octanist on this computer; no lead leaves it</source>
        <translation>Oefen met een nagebootst Octanist op deze computer; er gaat geen lead de deur uit</translation>
    </message>
    <message>
        <source>Try the built-in &amp;sandbox</source>
        <translation>De ingebouwde &amp;sandbox proberen</translation>
    </message>
    <message>
        <source>Type in leads from calls, visits and trade shows and they are delivered to Octanist, even if you are offline for a while. Start with your Octanist API key, or try everything first against a built-in practice server.</source>
        <translation>Voer leads in van telefoontjes, bezoeken en beurzen en ze komen bij Octanist aan, ook als je een tijdje offline bent. Begin met je Octanist-API-sleutel, of probeer eerst alles uit met een ingebouwde oefenserver.</translation>
    </message>
    <message>
        <source>Welcome to Octanist Desktop</source>
        <translation>Welkom bij Octanist Desktop</translation>
    </message>
</context>
</TS>
