<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CellHistoryDialog</name>
    <message numerus="yes">
        <source>%n change(s), newest first</source>
        <translation>
            <numerusform>%n change, newest first</numerusform>
            <numerusform>%n changes, newest first</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message numerus="yes">
        <source>%n figure(s)</source>
        <translation>
            <numerusform>%n figure</numerusform>
            <numerusform>%n figures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n target(s)</source>
        <translation>
            <numerusform>%n target</numerusform>
            <numerusform>%n targets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n KPI definition(s)</source>
        <translation>
            <numerusform>%n KPI definition</numerusform>
            <numerusform>%n KPI definitions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment definition(s)</source>
        <translation>
            <numerusform>%n segment definition</numerusform>
            <numerusform>%n segment definitions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} and %n more</numerusform>
            <numerusform>{names} and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataEntryView</name>
    <message numerus="yes">
        <source>Clear %n figure(s)</source>
        <translation>
            <numerusform>Clear %n figure</numerusform>
            <numerusform>Clear %n figures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation>
            <numerusform> (and %n more)</numerusform>
            <numerusform> (and %n more)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n figure(s)</source>
        <translation>
            <numerusform>Paste %n figure</numerusform>
            <numerusform>Paste %n figures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message numerus="yes">
        <source>Undid the import of {file}: %n figure(s) restored or removed.</source>
        <translation>
            <numerusform>Undid the import of {file}: %n figure restored or removed.</numerusform>
            <numerusform>Undid the import of {file}: %n figures restored or removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Imported %n figure(s).</source>
        <translation>
            <numerusform>Imported %n figure.</numerusform>
            <numerusform>Imported %n figures.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to {path}.</source>
        <translation>
            <numerusform>Exported %n row to {path}.</numerusform>
            <numerusform>Exported %n rows to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MissingBanner</name>
    <message numerus="yes">
        <source>{newest}, and %n earlier month(s)</source>
        <translation>
            <numerusform>{newest}, and %n earlier month</numerusform>
            <numerusform>{newest}, and %n earlier months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{month}: %n of {expected} KPIs not entered</source>
        <translation>
            <numerusform>{month}: %n of {expected} KPIs not entered</numerusform>
            <numerusform>{month}: %n of {expected} KPIs not entered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaleDialog</name>
    <message numerus="yes">
        <source>%n of the figures you are saving changed after you loaded them.</source>
        <translation>
            <numerusform>%n of the figures you are saving changed after you loaded them.</numerusform>
            <numerusform>%n of the figures you are saving changed after you loaded them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(and %n more)</numerusform>
            <numerusform>(and %n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkspaceHistoryDialog</name>
    <message numerus="yes">
        <source>%n change(s), newest first</source>
        <translation>
            <numerusform>%n change, newest first</numerusform>
            <numerusform>%n changes, newest first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest {shown} of %n changes</source>
        <translation>
            <numerusform>The newest {shown} of %n changes</numerusform>
            <numerusform>The newest {shown} of %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undid change {id}: %n figure(s) restored.</source>
        <translation>
            <numerusform>Undid change {id}: %n figure restored.</numerusform>
            <numerusform>Undid change {id}: %n figures restored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Redid change {id}: %n figure(s) set again.</source>
        <translation>
            <numerusform>Redid change {id}: %n figure set again.</numerusform>
            <numerusform>Redid change {id}: %n figures set again.</numerusform>
        </translation>
    </message>
</context>
</TS>
