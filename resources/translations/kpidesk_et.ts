<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name></name>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <source>d</source>
        <translation>p</translation>
    </message>
    <message>
        <source>KPIs down column {label}, months across row {rows}</source>
        <translation>Näitajad veerus {label}, kuud real {rows}</translation>
    </message>
    <message>
        <source>Months down column {month}, KPIs across row {rows}</source>
        <translation>Kuud veerus {month}, näitajad real {rows}</translation>
    </message>
    <message>
        <source>KPIs in column {label}, months in column {month}, figures in column {value}</source>
        <translation>Näitajad veerus {label}, kuud veerus {month}, väärtused veerus {value}</translation>
    </message>
    <message>
        <source>Found: {where} (header at {cell}). Labels: {labels}, months: {months}</source>
        <translation>Leitud: {where} (päis lahtris {cell}). Silte: {labels}, kuid: {months}</translation>
    </message>
    <message>
        <source>Left out as totals or notes: {shown}</source>
        <translation>Kokkuvõtete või märkustena välja jäetud: {shown}</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>ja veel {count}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fail</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Uus tööruum…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Ava tööruum…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ava &amp;hiljutine</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Impordi…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Ekspordi…</translation>
    </message>
    <message>
        <source>Workspace &amp;settings…</source>
        <translation>Tööruumi &amp;seaded…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Välju</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigeeri</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Võta tagasi</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Tee uuesti</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Lõika</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>K&amp;opeeri</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Kleebi</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>K&amp;ustuta</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vaade</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Abi</translation>
    </message>
    <message>
        <source>&amp;About kpidesk</source>
        <translation>kpideski &amp;teave</translation>
    </message>
</context>
<context>
    <name>ActionBar</name>
    <message>
        <source>Overwrite figures already in kpidesk</source>
        <translation>Asenda olemasolevad väärtused</translation>
    </message>
    <message>
        <source>Keep figures already in kpidesk</source>
        <translation>Jäta olemasolevad väärtused alles</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Katkesta</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impordi</translation>
    </message>
    <message>
        <source>When a month already has a figure:</source>
        <translation>Kui kuul on juba väärtus:</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Katkestamine…</translation>
    </message>
    <message>
        <source>＋ {new} new · ✎ {over} to overwrite · ＝ {same} unchanged · ⚠ {out} left out</source>
        <translation>＋ {new} uut · ✎ {over} asendatakse · ＝ {same} muutmata · ⚠ {out} välja jäetud</translation>
    </message>
    <message>
        <source>✔ Imported {values} figures from {file}: {matched} KPIs matched, {created} created, {unchanged} already there, {skipped} left out.</source>
        <translation>✔ Failist {file} imporditi {values} väärtust. Näitajaid sobitati {matched}, loodi {created}; juba olemas {unchanged}, välja jäetud {skipped}.</translation>
    </message>
    <message>
        <source>Left-out cells: {cells}.</source>
        <translation>Välja jäetud lahtrid: {cells}.</translation>
    </message>
</context>
<context>
    <name>CatalogPickerDialog</name>
    <message>
        <source>Add KPIs from the catalog</source>
        <translation>Näitajate lisamine kataloogist</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lisa</translation>
    </message>
    <message>
        <source>Select one or more KPIs to add.</source>
        <translation>Vali üks või mitu näitajat, mida lisada.</translation>
    </message>
    <message>
        <source>Computed as {formula}; its parts are added too.</source>
        <translation>Arvutatakse: {formula}; ka selle osad lisatakse.</translation>
    </message>
</context>
<context>
    <name>CellHistoryDialog</name>
    <message>
        <source>History of {kpi}, {month}</source>
        <translation>Ajalugu: {kpi}, {month}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laadimine…</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tühi)</translation>
    </message>
    <message>
        <source>{count} changes, newest first</source>
        <translation>Muudatusi: {count}, uuemad eespool</translation>
    </message>
    <message>
        <source>This cell has never had a figure.</source>
        <translation>Selles lahtris pole kunagi väärtust olnud.</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>KPI</source>
        <translation>Näitaja</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vaade</translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation>Kuude kaupa</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>Aasta algusest</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Periood</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Viimased 12 kuud</translation>
    </message>
    <message>
        <source>This fiscal year</source>
        <translation>Jooksev majandusaasta</translation>
    </message>
    <message>
        <source>3 years</source>
        <translation>3 aastat</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Kõik</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>Taasta suurendus</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Ekspordi</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Salvesta PNG-na…</translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation>Salvesta SVG-na…</translation>
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation>Kopeeri lõikelauale</translation>
    </message>
    <message>
        <source>All KPIs</source>
        <translation>Kõik näitajad</translation>
    </message>
    <message>
        <source>Choose KPIs</source>
        <translation>Vali näitajad</translation>
    </message>
    <message>
        <source>No KPIs yet: add one under Goals to see its chart here.</source>
        <translation>Näitajaid veel pole: lisa näitaja vaates „Eesmärgid“ ja selle graafik ilmub siia.</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Graafiku salvestamine PNG-na</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-pilt (*.png)</translation>
    </message>
    <message>
        <source>Save chart as SVG</source>
        <translation>Graafiku salvestamine SVG-na</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG-pilt (*.svg)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Eksport ebaõnnestus</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Month:</source>
        <translation>Kuu:</translation>
    </message>
    <message>
        <source>No figures yet. Add KPIs under Goals and type figures under Data entry.</source>
        <translation>Väärtusi veel pole. Lisa näitajad vaates „Eesmärgid“ ja sisesta väärtused vaates „Andmete sisestus“.</translation>
    </message>
</context>
<context>
    <name>DataEntryView</name>
    <message>
        <source>Previous year</source>
        <translation>Eelmine aasta</translation>
    </message>
    <message>
        <source>Next year</source>
        <translation>Järgmine aasta</translation>
    </message>
    <message>
        <source>Type a figure and press Enter. Delete clears. Right-click for notes and history.</source>
        <translation>Sisesta väärtus ja vajuta Enter. Delete tühjendab. Paremklõps: märkused ja ajalugu.</translation>
    </message>
    <message>
        <source>Fiscal year:</source>
        <translation>Majandusaasta:</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Ei salvestatud: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Clear %n figure(s)</source>
        <translation>
            <numerusform>%n väärtuse tühjendamine</numerusform>
            <numerusform>%n väärtuse tühjendamine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation>
            <numerusform> (ja veel %n)</numerusform>
            <numerusform> (ja veel %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing was pasted: {problems}</source>
        <translation>midagi ei kleebitud: {problems}</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n figure(s)</source>
        <translation>
            <numerusform>%n väärtuse kleepimine</numerusform>
            <numerusform>%n väärtuse kleepimine</numerusform>
        </translation>
    </message>
    <message>
        <source>the block has {rows}×{cols} cells and does not fit from here</source>
        <translation>plokis on {rows}×{cols} lahtrit ja see ei mahu siit alates</translation>
    </message>
    <message>
        <source>{where} is computed</source>
        <translation>{where} arvutatakse valemiga</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation>Muuda märkust…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Ajalugu…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopeeri</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Märkus</translation>
    </message>
    <message>
        <source>Note for {kpi}, {month}:</source>
        <translation>Märkus – {kpi}, {month}:</translation>
    </message>
    <message>
        <source>Note on {kpi} for {month}</source>
        <translation>märkus: {kpi}, {month}</translation>
    </message>
</context>
<context>
    <name>GoalsView</name>
    <message>
        <source>Add from catalog…</source>
        <translation>Lisa kataloogist…</translation>
    </message>
    <message>
        <source>New KPI…</source>
        <translation>Uus näitaja…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Muuda…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arhiveeri</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Kustuta…</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Näita arhiveerituid</translation>
    </message>
    <message>
        <source>Monthly target…</source>
        <translation>Kuueesmärk…</translation>
    </message>
    <message>
        <source>Annual goal…</source>
        <translation>Aastaeesmärk…</translation>
    </message>
    <message>
        <source>One month…</source>
        <translation>Üks kuu…</translation>
    </message>
    <message>
        <source>Targets — every decision, newest first</source>
        <translation>Eesmärgid — kõik otsused, uuemad eespool</translation>
    </message>
    <message>
        <source>No KPI selected</source>
        <translation>Näitajat pole valitud</translation>
    </message>
    <message>
        <source>Add KPIs from the catalog to start.</source>
        <translation>Alustuseks lisa näitajad kataloogist.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Taasta</translation>
    </message>
    <message>
        <source>computed as {formula}</source>
        <translation>arvutatakse: {formula}</translation>
    </message>
    <message>
        <source>No target applies yet.</source>
        <translation>Eesmärki veel pole.</translation>
    </message>
    <message>
        <source>Target for {month}: {value}</source>
        <translation>Eesmärk ({month}): {value}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ei salvestatud</translation>
    </message>
    <message>
        <source>“{kpi}” has figures or targets. Deleting it removes them for good and cannot be undone. Archive it instead to hide it and keep its history.</source>
        <translation>Näitajal „{kpi}“ on väärtusi või eesmärke. Kustutamine eemaldab need jäädavalt ja seda ei saa tagasi võtta. Arhiveeri see parem: näitaja peidetakse, aga ajalugu jääb alles.</translation>
    </message>
    <message>
        <source>Delete KPI</source>
        <translation>Näitaja kustutamine</translation>
    </message>
    <message>
        <source>Delete with its history</source>
        <translation>Kustuta koos ajalooga</translation>
    </message>
    <message>
        <source>Delete “{kpi}”?</source>
        <translation>Kas kustutada „{kpi}“?</translation>
    </message>
    <message>
        <source>Annual goal for {kpi}</source>
        <translation>aastaeesmärk: {kpi}</translation>
    </message>
    <message>
        <source>Target for {kpi}</source>
        <translation>eesmärk: {kpi}</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Undo this import</source>
        <translation>Võta see import tagasi</translation>
    </message>
    <message>
        <source>Remove the figures this import added and restore those it overwrote</source>
        <translation>Eemalda selle impordiga lisatud väärtused ja taasta need, mis asendati</translation>
    </message>
    <message>
        <source>Undid the import of {file}: {count} figures restored or removed.</source>
        <translation>Faili {file} import võeti tagasi: {count} väärtust taastati või eemaldati.</translation>
    </message>
    <message>
        <source>✖ {error}</source>
        <translation>✖ {error}</translation>
    </message>
</context>
<context>
    <name>ImageSizeDialog</name>
    <message>
        <source>Image size</source>
        <translation>Pildi suurus</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Laius:</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Kõrgus:</translation>
    </message>
</context>
<context>
    <name>ImportView</name>
    <message>
        <source>Labels and the KPIs they go to</source>
        <translation>Sildid failis ja nende näitajad</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleemid</translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation>Mida import teeb</translation>
    </message>
    <message>
        <source>New import</source>
        <translation>Uus import</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>Importide ajalugu</translation>
    </message>
    <message>
        <source>Import figures from a spreadsheet</source>
        <translation>Väärtuste import arvutustabelist</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xlsm *.ods *.csv)</source>
        <translation>Arvutustabelid (*.xlsx *.xlsm *.ods *.csv)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Faili {file} lugemine…</translation>
    </message>
    <message>
        <source>Reading was cancelled; nothing was imported.</source>
        <translation>Lugemine katkestati; midagi ei imporditud.</translation>
    </message>
    <message>
        <source>The file could not be read: {error}</source>
        <translation>Faili ei õnnestunud lugeda: {error}</translation>
    </message>
    <message>
        <source>Nothing to import: every figure is already in kpidesk.</source>
        <translation>Pole midagi importida: kõik väärtused on juba olemas.</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Faili {file} importimine…</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Import katkestati; midagi ei salvestatud.</translation>
    </message>
    <message>
        <source>The import failed and nothing was written: {error}</source>
        <translation>Import ebaõnnestus ja midagi ei salvestatud: {error}</translation>
    </message>
</context>
<context>
    <name>KpiEditorDialog</name>
    <message>
        <source>Edit KPI</source>
        <translation>Näitaja muutmine</translation>
    </message>
    <message>
        <source>New KPI</source>
        <translation>Uus näitaja</translation>
    </message>
    <message>
        <source>optional industry reference</source>
        <translation>valikuline, nt valdkonna keskmine</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nimi:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Kategooria:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Ühik:</translation>
    </message>
    <message>
        <source>Currency (ISO code):</source>
        <translation>Valuuta (ISO kood):</translation>
    </message>
    <message>
        <source>Duration in:</source>
        <translation>Kestuse ühik:</translation>
    </message>
    <message>
        <source>Better when:</source>
        <translation>Suund:</translation>
    </message>
    <message>
        <source>Over months:</source>
        <translation>Kuude arvestus:</translation>
    </message>
    <message>
        <source>Formula:</source>
        <translation>Valem:</translation>
    </message>
    <message>
        <source>Decimals shown:</source>
        <translation>Kümnendkohti:</translation>
    </message>
    <message>
        <source>At risk within:</source>
        <translation>Ohutsoon:</translation>
    </message>
    <message>
        <source>Benchmark:</source>
        <translation>Võrdlusväärtus:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Kirjeldus:</translation>
    </message>
    <message>
        <source>✔ Computed from {parts}</source>
        <translation>✔ Arvutatakse näitajatest {parts}</translation>
    </message>
    <message>
        <source>Write the formula with KPI names in square brackets.</source>
        <translation>Kirjuta valem, pannes näitajate nimed nurksulgudesse.</translation>
    </message>
    <message>
        <source>{error} (at character {pos})</source>
        <translation>{error} ({pos}. märgi juures)</translation>
    </message>
    <message>
        <source>A formula cannot use the KPI itself.</source>
        <translation>Valem ei saa kasutada sama näitajat.</translation>
    </message>
    <message>
        <source>There is no KPI named [{part}].</source>
        <translation>Näitajat nimega [{part}] ei ole.</translation>
    </message>
    <message>
        <source>Benchmark: {error}</source>
        <translation>Võrdlusväärtus: {error}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Saving…</source>
        <translation>Salvestamine…</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vaated</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Ülevaade</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Eesmärgid</translation>
    </message>
    <message>
        <source>Data entry</source>
        <translation>Andmete sisestus</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graafikud</translation>
    </message>
    <message>
        <source>kpidesk workspaces (*{suffix});;All files (*)</source>
        <translation>kpideski tööruumid (*{suffix});;Kõik failid (*)</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Uus tööruum</translation>
    </message>
    <message>
        <source>{path} already exists; open it instead.</source>
        <translation>Fail {path} on juba olemas; ava parem see.</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Ava tööruum</translation>
    </message>
    <message>
        <source>Import figures</source>
        <translation>Väärtuste import</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xlsm *.ods *.csv);;All files (*)</source>
        <translation>Arvutustabelid (*.xlsx *.xlsm *.ods *.csv);;Kõik failid (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n figure(s).</source>
        <translation>
            <numerusform>Imporditi %n väärtus.</numerusform>
            <numerusform>Imporditi %n väärtust.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, one row per KPI and month (*.csv)</source>
        <translation>Exceli töövihik (*.xlsx);;CSV, üks rida näitaja ja kuu kohta (*.csv)</translation>
    </message>
    <message>
        <source>Exporting to {path}…</source>
        <translation>Eksportimine faili {path}…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to {path}.</source>
        <translation>
            <numerusform>Faili {path} eksporditi %n rida.</numerusform>
            <numerusform>Faili {path} eksporditi %n rida.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Eksport ebaõnnestus</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ei salvestatud</translation>
    </message>
    <message>
        <source>About kpidesk</source>
        <translation>kpideski teave</translation>
    </message>
    <message>
        <source>&lt;b&gt;kpidesk {version}&lt;/b&gt;&lt;p&gt;Track your business&apos;s key performance indicators month by month: goals, figures and whether each is on track.&lt;/p&gt;&lt;p&gt;Workspace: {workspace}&lt;/p&gt;</source>
        <translation>&lt;b&gt;kpidesk {version}&lt;/b&gt;&lt;p&gt;Jälgi oma ettevõtte peamisi tulemusnäitajaid (KPI) kuu kaupa: eesmärgid, väärtused ja kas iga näitaja on õigel teel.&lt;/p&gt;&lt;p&gt;Tööruum: {workspace}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Target</source>
        <translation>Eesmärk</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Workspace settings</source>
        <translation>Tööruumi seaded</translation>
    </message>
    <message>
        <source>Year to date, annual goals and the data-entry grid follow the fiscal year. Changing its start changes how figures are summed, not the figures.</source>
        <translation>Aasta algusest arvestus, aastaeesmärgid ja andmete sisestuse tabel järgivad majandusaastat. Alguskuu muutmine muudab seda, kuidas väärtused kokku arvestatakse, mitte väärtusi endid.</translation>
    </message>
    <message>
        <source>Workspace name:</source>
        <translation>Tööruumi nimi:</translation>
    </message>
    <message>
        <source>Business name:</source>
        <translation>Ettevõtte nimi:</translation>
    </message>
    <message>
        <source>Fiscal year starts in:</source>
        <translation>Majandusaasta algus:</translation>
    </message>
</context>
<context>
    <name>SourcePanel</name>
    <message>
        <source>No file yet: open one or drop it here.</source>
        <translation>Faili veel pole: ava fail või lohista see siia.</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>Ava fail…</translation>
    </message>
    <message>
        <source>Choose a sheet…</source>
        <translation>Vali leht…</translation>
    </message>
    <message>
        <source>Find it for me</source>
        <translation>Tuvasta automaatselt</translation>
    </message>
    <message>
        <source>KPIs down, months across</source>
        <translation>Näitajad ridades, kuud veergudes</translation>
    </message>
    <message>
        <source>Months down, KPIs across</source>
        <translation>Kuud ridades, näitajad veergudes</translation>
    </message>
    <message>
        <source>One row per KPI and month</source>
        <translation>Üks rida näitaja ja kuu kohta</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Vali…</translation>
    </message>
    <message>
        <source>Comma: 1 234,56</source>
        <translation>Koma: 1 234,56</translation>
    </message>
    <message>
        <source>Point: 1,234.56</source>
        <translation>Punkt: 1,234.56</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulaator</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Kodeering:</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Eraldaja:</translation>
    </message>
    <message>
        <source>Decimal mark:</source>
        <translation>Kümnendmärk:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fail:</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Leht:</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>Paigutus:</translation>
    </message>
    <message>
        <source>{name} (hidden)</source>
        <translation>{name} (peidetud)</translation>
    </message>
    <message>
        <source>{sheet} — has figures</source>
        <translation>{sheet} — sisaldab väärtusi</translation>
    </message>
    <message>
        <source>{what} (guessed):</source>
        <translation>{what} (oletatud):</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Kodeering</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Eraldaja</translation>
    </message>
</context>
<context>
    <name>TargetDialog</name>
    <message>
        <source>Target for {kpi}</source>
        <translation>Eesmärk: {kpi}</translation>
    </message>
    <message>
        <source>e.g. 1 200 or 12,5</source>
        <translation>nt 1 200 või 12,5</translation>
    </message>
    <message>
        <source>why this goal (optional)</source>
        <translation>miks selline eesmärk (valikuline)</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Liik:</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Aasta:</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>Kuu:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Väärtus:</translation>
    </message>
    <message>
        <source>Spread:</source>
        <translation>Jaotus:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Märkus:</translation>
    </message>
    <message>
        <source>type the target value</source>
        <translation>sisesta eesmärgi väärtus</translation>
    </message>
    <message>
        <source>{value} a month from {month} on, until you change it.</source>
        <translation>{value} kuus alates kuust {month}, kuni sa seda muudad.</translation>
    </message>
    <message>
        <source>{value} for {month} only.</source>
        <translation>{value} ainult kuul {month}.</translation>
    </message>
    <message>
        <source>{value} for the year {first} – {last}, as these monthly targets:</source>
        <translation>{value} perioodiks {first} – {last}, jaotatuna nendeks kuueesmärkideks:</translation>
    </message>
</context>
<context>
    <name>current</name>
    <message>
        <source>Cannot open workspace</source>
        <translation>Tööruumi ei saa avada</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>(none yet)</source>
        <translation>(veel pole)</translation>
    </message>
</context>
</TS>
