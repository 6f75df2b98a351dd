<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name></name>
    <message>
        <source>min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPIs down column {label}, months across row {rows}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months down column {month}, KPIs across row {rows}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPIs in column {label}, months in column {month}, figures in column {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found: {where} (header at {cell}). Labels: {labels}, months: {months}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out as totals or notes: {shown}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace &amp;settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About kpidesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionBar</name>
    <message>
        <source>Overwrite figures already in kpidesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep figures already in kpidesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a month already has a figure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>＋ {new} new · ✎ {over} to overwrite · ＝ {same} unchanged · ⚠ {out} left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Imported {values} figures from {file}: {matched} KPIs matched, {created} created, {unchanged} already there, {skipped} left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left-out cells: {cells}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogPickerDialog</name>
    <message>
        <source>Add KPIs from the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one or more KPIs to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed as {formula}; its parts are added too.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CellHistoryDialog</name>
    <message>
        <source>History of {kpi}, {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} changes, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cell has never had a figure.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This fiscal year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All KPIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose KPIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No KPIs yet: add one under Goals to see its chart here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart as SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figures yet. Add KPIs under Goals and type figures under Data entry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataEntryView</name>
    <message>
        <source>Previous year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a figure and press Enter. Delete clears. Right-click for notes and history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiscal year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Clear %n figure(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>nothing was pasted: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Paste %n figure(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the block has {rows}×{cols} cells and does not fit from here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} is computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for {kpi}, {month}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on {kpi} for {month}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalsView</name>
    <message>
        <source>Add from catalog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New KPI…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly target…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One month…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets — every decision, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No KPI selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add KPIs from the catalog to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computed as {formula}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No target applies yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target for {month}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{kpi}” has figures or targets. Deleting it removes them for good and cannot be undone. Archive it instead to hide it and keep its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete with its history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{kpi}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual goal for {kpi}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target for {kpi}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Undo this import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the figures this import added and restore those it overwrote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undid the import of {file}: {count} figures restored or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageSizeDialog</name>
    <message>
        <source>Image size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportView</name>
    <message>
        <source>Labels and the KPIs they go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import figures from a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xlsm *.ods *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading was cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import: every figure is already in kpidesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed and nothing was written: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiEditorDialog</name>
    <message>
        <source>Edit KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional industry reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency (ISO code):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Better when:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over months:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formula:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decimals shown:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmark:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Computed from {parts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the formula with KPI names in square brackets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error} (at character {pos})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A formula cannot use the KPI itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no KPI named [{part}].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmark: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kpidesk workspaces (*{suffix});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} already exists; open it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xlsm *.ods *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n figure(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, one row per KPI and month (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to {path}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to {path}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About kpidesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;kpidesk {version}&lt;/b&gt;&lt;p&gt;Track your business&apos;s key performance indicators month by month: goals, figures and whether each is on track.&lt;/p&gt;&lt;p&gt;Workspace: {workspace}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Workspace settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year to date, annual goals and the data-entry grid follow the fiscal year. Changing its start changes how figures are summed, not the figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiscal year starts in:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourcePanel</name>
    <message>
        <source>No file yet: open one or drop it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find it for me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPIs down, months across</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months down, KPIs across</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per KPI and month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma: 1 234,56</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point: 1,234.56</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decimal mark:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sheet} — has figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} (guessed):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetDialog</name>
    <message>
        <source>Target for {kpi}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1 200 or 12,5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why this goal (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spread:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type the target value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} a month from {month} on, until you change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} for {month} only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} for the year {first} – {last}, as these monthly targets:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>current</name>
    <message>
        <source>Cannot open workspace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
