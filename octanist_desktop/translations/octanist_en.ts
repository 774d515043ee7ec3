<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
            <numerusform>%Ln lead being sent right now will be deleted here too, but may still reach Octanist: the request is already on its way.</numerusform>
            <numerusform>%Ln leads being sent right now will be deleted here too, but may still reach Octanist: the requests are already on their way.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s) deleted from this computer.</source>
        <translation>
            <numerusform>%Ln lead deleted from this computer.</numerusform>
            <numerusform>%Ln leads deleted from this computer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s) was being sent and may still reach Octanist.</source>
        <translation>
            <numerusform>%Ln lead was being sent and may still reach Octanist.</numerusform>
            <numerusform>%Ln leads were being sent and may still reach Octanist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All leads (%Ln)</source>
        <translation>
            <numerusform>All leads (%Ln)</numerusform>
            <numerusform>All leads (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the %Ln selected</source>
        <translation>
            <numerusform>Only the %Ln selected</numerusform>
            <numerusform>Only the %Ln selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the %Ln shown</source>
        <translation>
            <numerusform>Only the %Ln shown</numerusform>
            <numerusform>Only the %Ln shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message numerus="yes">
        <source>Imported %Ln lead(s) from a file.</source>
        <translation>
            <numerusform>Imported %Ln lead from a file.</numerusform>
            <numerusform>Imported %Ln leads from a file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The clipboard holds %n cards; use File ▸ Import vCard… for all of them.</source>
        <translation>
            <numerusform>The clipboard holds %n card; use File ▸ Import vCard… for all of them.</numerusform>
            <numerusform>The clipboard holds %n cards; use File ▸ Import vCard… for all of them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWords</name>
    <message numerus="yes">
        <source>%Ln duplicate(s) imported too</source>
        <translation>
            <numerusform>%Ln duplicate imported too</numerusform>
            <numerusform>%Ln duplicates imported too</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate(s) skipped</source>
        <translation>
            <numerusform>%Ln duplicate skipped</numerusform>
            <numerusform>%Ln duplicates skipped</numerusform>
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
            <numerusform>%Ln lead already imported</numerusform>
            <numerusform>%Ln leads already imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s) ready to import</source>
        <translation>
            <numerusform>%Ln lead ready to import</numerusform>
            <numerusform>%Ln leads ready to import</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them with a warning</source>
        <translation>
            <numerusform>%Ln of them with a warning</numerusform>
            <numerusform>%Ln of them with a warning</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) that are no leads skipped</source>
        <translation>
            <numerusform>%Ln row that is no lead skipped</numerusform>
            <numerusform>%Ln rows that are no leads skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) with errors</source>
        <translation>
            <numerusform>%Ln row with errors</numerusform>
            <numerusform>%Ln rows with errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) with errors left out: save them to fix.</source>
        <translation>
            <numerusform>%Ln row with errors was left out: save it to fix.</numerusform>
            <numerusform>%Ln rows with errors were left out: save them to fix.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln lead(s)</source>
        <translation>
            <numerusform>Import %Ln lead</numerusform>
            <numerusform>Import %Ln leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln lead(s); sending in the background.</source>
        <translation>
            <numerusform>Imported %Ln lead; sending in the background.</numerusform>
            <numerusform>Imported %Ln leads; sending in the background.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported {done} of %Ln. {error}</source>
        <translation>
            <numerusform>Imported {done} of %Ln. {error}</numerusform>
            <numerusform>Imported {done} of %Ln. {error}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln row(s) with errors to {path}.</source>
        <translation>
            <numerusform>Saved %Ln row with errors to {path}.</numerusform>
            <numerusform>Saved %Ln rows with errors to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after {done} of %Ln; those are saved and will be sent. Import again to add the rest.</source>
        <translation>
            <numerusform>Stopped after {done} of %Ln; those are saved and will be sent. Import again to add the rest.</numerusform>
            <numerusform>Stopped after {done} of %Ln; those are saved and will be sent. Import again to add the rest.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file}: %Ln contact card(s).</source>
        <translation>
            <numerusform>{file}: %Ln contact card.</numerusform>
            <numerusform>{file}: %Ln contact cards.</numerusform>
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
            <numerusform>{file}: {rows}, %Ln column, {delimiter}, {encoding}.</numerusform>
            <numerusform>{file}: {rows}, %Ln columns, {delimiter}, {encoding}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{rows} (and %Ln more)</source>
        <translation>
            <numerusform>{rows} (and %Ln more)</numerusform>
            <numerusform>{rows} (and %Ln more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWorker</name>
    <message numerus="yes">
        <source>Leads from number {number} on could not be saved ({reason}); the import stopped there, with %Ln saved.</source>
        <translation>
            <numerusform>Leads from number {number} on could not be saved ({reason}); the import stopped there, with %Ln saved.</numerusform>
            <numerusform>Leads from number {number} on could not be saved ({reason}); the import stopped there, with %Ln saved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadActions</name>
    <message numerus="yes">
        <source>%Ln lead(s) queued to send now.</source>
        <translation>
            <numerusform>%Ln lead queued to send now.</numerusform>
            <numerusform>%Ln leads queued to send now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln request id(s) copied.</source>
        <translation>
            <numerusform>Request id copied.</numerusform>
            <numerusform>%Ln request ids copied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln lead(s) to {path}.</source>
        <translation>
            <numerusform>Exported %Ln lead to {path}.</numerusform>
            <numerusform>Exported %Ln leads to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadCard</name>
    <message numerus="yes">
        <source>%n detail(s)</source>
        <translation>
            <numerusform>%n detail</numerusform>
            <numerusform>%n details</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadDetails</name>
    <message numerus="yes">
        <source>%Ln leads selected.</source>
        <translation>
            <numerusform>%Ln lead selected.</numerusform>
            <numerusform>%Ln leads selected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadForm</name>
    <message numerus="yes">
        <source>Not sent: %n field(s) to fix. {field}: {problem}</source>
        <translation>
            <numerusform>Not sent: %n field to fix. {field}: {problem}</numerusform>
            <numerusform>Not sent: %n fields to fix. {field}: {problem}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutcomeActions</name>
    <message numerus="yes">
        <source>Saved as lost: %Ln lead(s). It is sent to Octanist next.</source>
        <translation>
            <numerusform>Saved as lost: %Ln lead. It is sent to Octanist next.</numerusform>
            <numerusform>Saved as lost: %Ln leads. They are sent to Octanist next.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved as qualified: %Ln lead(s). It is sent to Octanist next.</source>
        <translation>
            <numerusform>Saved as qualified: %Ln lead. It is sent to Octanist next.</numerusform>
            <numerusform>Saved as qualified: %Ln leads. They are sent to Octanist next.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved as won: %Ln lead(s). It is sent to Octanist next.</source>
        <translation>
            <numerusform>Saved as won: %Ln lead. It is sent to Octanist next.</numerusform>
            <numerusform>Saved as won: %Ln leads. They are sent to Octanist next.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PresetTransfer</name>
    <message numerus="yes">
        <source>Exported %n preset(s) to {path}.</source>
        <translation>
            <numerusform>Exported %n preset to {path}.</numerusform>
            <numerusform>Exported %n presets to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message numerus="yes">
        <source>%n to send</source>
        <translation>
            <numerusform>%n to send</numerusform>
            <numerusform>%n to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{text} · %n need(s) attention</source>
        <translation>
            <numerusform>{text} · %n needs attention</numerusform>
            <numerusform>{text} · %n need attention</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsageWords</name>
    <message numerus="yes">
        <source>%Ln lead(s) are locked: they are over the plan&apos;s limit. Octanist keeps them but doesn&apos;t show or pass them on until the plan is upgraded.</source>
        <translation>
            <numerusform>%Ln lead is locked: it is over the plan&apos;s limit. Octanist keeps it but doesn&apos;t show or pass it on until the plan is upgraded.</numerusform>
            <numerusform>%Ln leads are locked: they are over the plan&apos;s limit. Octanist keeps them but doesn&apos;t show or pass them on until the plan is upgraded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s) this period</source>
        <translation>
            <numerusform>%Ln lead this period</numerusform>
            <numerusform>%Ln leads this period</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The plan is nearly full: %Ln lead(s) left this period. Leads beyond the limit are locked at Octanist; upgrade the plan before the show.</source>
        <translation>
            <numerusform>The plan is nearly full: %Ln lead left this period. Leads beyond the limit are locked at Octanist; upgrade the plan before the show.</numerusform>
            <numerusform>The plan is nearly full: %Ln leads left this period. Leads beyond the limit are locked at Octanist; upgrade the plan before the show.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{used} of %Ln lead(s) this period</source>
        <translation>
            <numerusform>{used} of %Ln lead this period</numerusform>
            <numerusform>{used} of %Ln leads this period</numerusform>
        </translation>
    </message>
</context>
</TS>
