<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
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
        <translation>＋ uusi: {new} · ✎ asendatakse: {over} · ＝ muutmata: {same} · ⚠ välja jäetud: {out}</translation>
    </message>
    <message>
        <source>◎ {count} target changes</source>
        <translation>◎ eesmärgimuudatusi: {count}</translation>
    </message>
    <message>
        <source>✔ Imported {values} figures from {file}: {matched} KPIs matched, {created} created, {unchanged} already there, {skipped} left out.</source>
        <translation>✔ Failist {file} imporditud väärtusi: {values}. Näitajaid sobitati: {matched}, loodi: {created}; väärtusi juba olemas: {unchanged}, välja jäetud: {skipped}.</translation>
    </message>
    <message>
        <source>Targets set from the file: {count} changes.</source>
        <translation>Failist seatud eesmärgid: {count} muudatust.</translation>
    </message>
    <message>
        <source>Left-out cells: {cells}.</source>
        <translation>Välja jäetud lahtrid: {cells}.</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Back up</source>
        <translation>Varukoopia</translation>
    </message>
    <message>
        <source>kpidesk workspaces (*{suffix})</source>
        <translation>kpideski tööruumid (*{suffix})</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Varukoopia ebaõnnestus</translation>
    </message>
    <message>
        <source>Backing up to {path}…</source>
        <translation>Varukoopia salvestamine: {path}…</translation>
    </message>
    <message>
        <source>Backed up to {path}.</source>
        <translation>Varukoopia on salvestatud: {path}.</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <source>Made</source>
        <translation>Tehtud</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>Näitajad</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Väärtused</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Eesmärgid</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Märkus</translation>
    </message>
    <message>
        <source>Damaged: {reason}</source>
        <translation>Rikutud: {reason}</translation>
    </message>
    <message>
        <source>The workspace before a restore</source>
        <translation>Tööruum enne taastamist</translation>
    </message>
</context>
<context>
    <name>CatalogModel</name>
    <message>
        <source>KPI</source>
        <translation>Näitaja</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Ühik</translation>
    </message>
    <message>
        <source>Better when</source>
        <translation>Suund</translation>
    </message>
    <message>
        <source> (already added)</source>
        <translation> (juba lisatud)</translation>
    </message>
</context>
<context>
    <name>CatalogPickerDialog</name>
    <message>
        <source>Add KPIs from the catalog</source>
        <translation>Näitajate lisamine kataloogist</translation>
    </message>
    <message>
        <source>Search by name or description</source>
        <translation>Otsi nime või kirjelduse järgi</translation>
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
        <source>History of {kpi} of {segment}, {month}</source>
        <translation>{kpi} ({segment}) ajalugu, {month}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laadimine…</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tühi)</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s), newest first</source>
        <translation>
            <numerusform>%n muudatus</numerusform>
            <numerusform>%n muudatust, uuemad eespool</numerusform>
        </translation>
    </message>
    <message>
        <source>This cell has never had a figure.</source>
        <translation>Selles lahtris pole kunagi väärtust olnud.</translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Millal</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kes</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Arvuti</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Mis</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Olek</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Väärtused</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Eesmärk</translation>
    </message>
    <message>
        <source>KPI definition</source>
        <translation>Näitaja määratlus</translation>
    </message>
    <message>
        <source>Demo business</source>
        <translation>Näidisettevõte</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmendid</translation>
    </message>
    <message>
        <source>from the catalog</source>
        <translation>kataloogist</translation>
    </message>
    <message>
        <source>↶ Undone {when}</source>
        <translation>↶ Tagasi võetud {when}</translation>
    </message>
    <message>
        <source>In effect</source>
        <translation>Kehtib</translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s)</source>
        <translation>
            <numerusform>%n väärtus</numerusform>
            <numerusform>%n väärtust</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n target(s)</source>
        <translation>
            <numerusform>%n eesmärk</numerusform>
            <numerusform>%n eesmärki</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n KPI definition(s)</source>
        <translation>
            <numerusform>%n näitaja määratlus</numerusform>
            <numerusform>%n näitaja määratlust</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment definition(s)</source>
        <translation>
            <numerusform>%n segmendi määratlus</numerusform>
            <numerusform>%n segmendi määratlust</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} ja veel %n</numerusform>
            <numerusform>{names} ja veel %n</numerusform>
        </translation>
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
        <source>Quarter by quarter</source>
        <translation>Kvartalite kaupa</translation>
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
        <source>By segment</source>
        <translation>Segmentide kaupa</translation>
    </message>
    <message>
        <source>One line per segment, with its own target</source>
        <translation>Iga segmendi jaoks oma joon koos tema eesmärgiga</translation>
    </message>
    <message>
        <source>With the total</source>
        <translation>Koos kogusummaga</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Eelmine aasta</translation>
    </message>
    <message>
        <source>Last year&apos;s figures as a dashed line, each at this year&apos;s month</source>
        <translation>Eelmise aasta näitajad katkendjoonena, igaüks selle aasta sama kuu kohal</translation>
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
        <source>No KPIs yet.

Open Goals and choose “Add from catalog…” or “New KPI…”; its chart appears here as soon as it has a figure or a target.</source>
        <translation>Näitajaid veel pole.

Ava „Eesmärgid“ ja vali „Lisa kataloogist…“ või „Uus näitaja…“; selle graafik ilmub siia, kui sel on väärtus või eesmärk.</translation>
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
    <name>ConvertedCell</name>
    <message>
        <source>The file writes {written}; it lands as {new}.</source>
        <translation>Failis on kirjas {written}; imporditakse kui {new}.</translation>
    </message>
    <message>
        <source>The cell names no currency, and the figures of {kpi} before 2026 are in leva; they are shown in euro at 1 € = {rate} лв.</source>
        <translation>Lahtris pole valuutat märgitud ja näitaja {kpi} väärtused enne 2026. aastat on levades; need näidatakse eurodes kursiga 1 € = {rate} лв.</translation>
    </message>
    <message>
        <source>Converted at 1 € = {rate} лв.</source>
        <translation>Teisendatud kursiga 1 € = {rate} лв.</translation>
    </message>
    <message>
        <source>The cell is formatted as a percentage, so its number counts ×100.</source>
        <translation>Lahter on vormindatud protsendina, seega selle arv korrutatakse 100-ga.</translation>
    </message>
</context>
<context>
    <name>DamagedWorkspace</name>
    <message>
        <source>A good backup of this workspace exists. Restoring it keeps the damaged file as a backup first.</source>
        <translation>Sellest tööruumist on olemas terve varukoopia. Selle taastamisel salvestatakse rikutud fail enne varukoopiana.</translation>
    </message>
    <message>
        <source>Restore the backup of {date}</source>
        <translation>Taasta varukoopia ajast {date}</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Ei taastatud</translation>
    </message>
</context>
<context>
    <name>DashboardModel</name>
    <message>
        <source>Status</source>
        <translation>Olek</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>Näitaja</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Tegelik</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Eesmärk</translation>
    </message>
    <message>
        <source>Attained</source>
        <translation>Täitmine</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Suund</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Viimased 12 kuud</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>Aasta algusest</translation>
    </message>
    <message>
        <source>YTD target</source>
        <translation>Eesmärk aasta algusest</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognoos</translation>
    </message>
    <message>
        <source>Needed / month</source>
        <translation>Vaja kuus</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Eelmine aasta</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Muutus</translation>
    </message>
    <message>
        <source>Against the average of the three months before</source>
        <translation>Võrreldes kolme eelneva kuu keskmisega</translation>
    </message>
    <message>
        <source>Figures (line) and targets (dashed) of the last twelve months</source>
        <translation>Viimase kaheteistkümne kuu väärtused (joon) ja eesmärgid (katkendjoon)</translation>
    </message>
    <message>
        <source>Year-end figure if the rest of the year goes as it has so far</source>
        <translation>Aasta lõpu väärtus, kui ülejäänud aasta läheb samamoodi kui seni</translation>
    </message>
    <message>
        <source>What each remaining month needs for the year to reach its annual goal: at least this when higher is better; ≤ at most this, an allowance, when lower is better; ≈ about this for a range</source>
        <translation>Mida iga järelejäänud kuu vajab, et aasta täidaks aastaeesmärgi: vähemalt nii palju, kui suurem on parem; ≤ kõige rohkem nii palju, limiit, kui väiksem on parem; ≈ umbes nii palju vahemiku puhul</translation>
    </message>
    <message>
        <source>The same period a year earlier, over the months both years have</source>
        <translation>Sama periood aasta varem, nende kuude põhjal, mis on mõlemal aastal olemas</translation>
    </message>
    <message>
        <source>Change against last year: ↑ up, ↓ down; green when better for the KPI, red when worse</source>
        <translation>Muutus eelmise aastaga võrreldes: ↑ tõus, ↓ langus; roheline, kui see on näitajale parem, punane, kui halvem</translation>
    </message>
    <message>
        <source>The total of {covered} of {expected} segments; the others have no figure.</source>
        <translation>Kokku {covered} segmenti {expected}-st; ülejäänutel pole väärtust.</translation>
    </message>
    <message>
        <source>{value} ({covered} of {expected})</source>
        <translation>{value} ({covered}/{expected})</translation>
    </message>
    <message>
        <source>no figure</source>
        <translation>väärtus puudub</translation>
    </message>
    <message>
        <source>Last {count} months: {values}</source>
        <translation>Viimased {count} kuud: {values}</translation>
    </message>
    <message>
        <source>Last year: {period}</source>
        <translation>Eelmine aasta: {period}</translation>
    </message>
    <message>
        <source>Months compared, those both years have: {count}</source>
        <translation>Võrreldud kuid, mille kohta on andmed mõlemal aastal: {count}</translation>
    </message>
    <message>
        <source>This year {value}, last year {before}</source>
        <translation>Sel aastal {value}, eelmisel aastal {before}</translation>
    </message>
    <message>
        <source>Better than last year</source>
        <translation>Parem kui eelmisel aastal</translation>
    </message>
    <message>
        <source>Worse than last year</source>
        <translation>Halvem kui eelmisel aastal</translation>
    </message>
</context>
<context>
    <name>DashboardSpoken</name>
    <message>
        <source>level {percent}</source>
        <translation>muutuseta, {percent}</translation>
    </message>
    <message>
        <source>up {percent}</source>
        <translation>üles {percent}</translation>
    </message>
    <message>
        <source>down {percent}</source>
        <translation>alla {percent}</translation>
    </message>
    <message>
        <source>at least {value}</source>
        <translation>vähemalt {value}</translation>
    </message>
    <message>
        <source>at most {value}</source>
        <translation>kõige rohkem {value}</translation>
    </message>
    <message>
        <source>about {value}</source>
        <translation>umbes {value}</translation>
    </message>
    <message>
        <source>goal met</source>
        <translation>eesmärk täidetud</translation>
    </message>
    <message>
        <source>used up</source>
        <translation>ära kasutatud</translation>
    </message>
</context>
<context>
    <name>DashboardTiles</name>
    <message>
        <source>Target {target} · {attained}</source>
        <translation>Eesmärk {target} · {attained}</translation>
    </message>
    <message>
        <source>Target {target}, {attained} attained</source>
        <translation>Eesmärk {target}, täitmine {attained}</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Näita:</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>Näitajad</translation>
    </message>
    <message>
        <source>Pin to the top</source>
        <translation>Kinnita üles</translation>
    </message>
    <message>
        <source>Right-click a KPI and choose “Pin to the top” (Ctrl+P) to see it here.</source>
        <translation>Paremklõpsake KPI-l ja valige „Kinnita üles“ (Ctrl+P), et seda siin näha.</translation>
    </message>
    <message>
        <source>No figures yet. Add KPIs under Goals and type figures under Data entry.</source>
        <translation>Väärtusi veel pole. Lisa näitajad vaates „Eesmärgid“ ja sisesta väärtused vaates „Andmete sisestus“.</translation>
    </message>
    <message>
        <source>Business total</source>
        <translation>Ettevõte kokku</translation>
    </message>
    <message>
        <source>Select a KPI to see its chart.</source>
        <translation>Valige KPI, et näha selle graafikut.</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Eemalda kinnitus</translation>
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
        <source>Figures of:</source>
        <translation>Kelle andmed:</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Väärtused</translation>
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
        <source>{where} is the total of its segments</source>
        <translation>{where} on segmentide kogusumma</translation>
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
        <source>KPIs</source>
        <translation>Näitajad</translation>
    </message>
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
        <source>Target decisions</source>
        <translation>Eesmärkide otsused</translation>
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
        <source>No target applies yet. From {month}: {value}</source>
        <translation>Eesmärki veel pole. Alates {month}: {value}</translation>
    </message>
    <message>
        <source>KPIs and targets</source>
        <translation>Näitajad ja eesmärgid</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmendid</translation>
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
        <source>Add {kpi}</source>
        <translation>lisamine: {kpi}</translation>
    </message>
    <message>
        <source>Restore {kpi}</source>
        <translation>taastamine: {kpi}</translation>
    </message>
    <message>
        <source>Archive {kpi}</source>
        <translation>arhiveerimine: {kpi}</translation>
    </message>
    <message>
        <source>Edit {kpi}</source>
        <translation>muutmine: {kpi}</translation>
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
        <source>{kpi} of {segment}</source>
        <translation>{kpi} ({segment})</translation>
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
    <name>GridModel</name>
    <message>
        <source>Computed: {formula}</source>
        <translation>Arvutatakse: {formula}</translation>
    </message>
    <message>
        <source>Target: {target}</source>
        <translation>Eesmärk: {target}</translation>
    </message>
    <message>
        <source>Total of {covered} of {expected} segments</source>
        <translation>Kokku {covered} segmendist {expected}-st</translation>
    </message>
    <message>
        <source>Pick a segment above to type its figures.</source>
        <translation>Valige ülal segment, et selle andmeid sisestada.</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Märkus: {note}</translation>
    </message>
    <message>
        <source>Same month last year: {value}</source>
        <translation>Sama kuu eelmisel aastal: {value}</translation>
    </message>
    <message>
        <source>Set {kpi} for {month}</source>
        <translation>sisestus: {kpi}, {month}</translation>
    </message>
    <message>
        <source>Clear {kpi} for {month}</source>
        <translation>tühjendamine: {kpi}, {month}</translation>
    </message>
    <message>
        <source>{kpi} of {segment}</source>
        <translation>{kpi} ({segment})</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>tühi</translation>
    </message>
    <message>
        <source>has a note</source>
        <translation>on märkus</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation>Aeg</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Enne</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Pärast</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kes</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Arvuti</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Allikas</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Tagasi võetud</translation>
    </message>
    <message>
        <source>data entry</source>
        <translation>andmete sisestus</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>käsurida</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>näidisandmed</translation>
    </message>
    <message>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>muudatus</translation>
    </message>
    <message>
        <source>target</source>
        <translation>eesmärk</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fail</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Leht</translation>
    </message>
    <message>
        <source>Figures imported</source>
        <translation>Imporditud väärtusi</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Välja jäetud</translation>
    </message>
    <message>
        <source>KPIs created</source>
        <translation>Loodud näitajaid</translation>
    </message>
    <message>
        <source>↶ Undone {when}</source>
        <translation>↶ Tagasi võetud {when}</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ei</translation>
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
    <message numerus="yes">
        <source>Undid the import of {file}: %n figure(s) restored or removed.</source>
        <translation>
            <numerusform>Faili {file} import võeti tagasi: %n väärtus taastati või eemaldati.</numerusform>
            <numerusform>Faili {file} import võeti tagasi: %n väärtust taastati või eemaldati.</numerusform>
        </translation>
    </message>
    <message>
        <source>✖ {error}</source>
        <translation>✖ {error}</translation>
    </message>
</context>
<context>
    <name>ImportExplain</name>
    <message>
        <source>“{label}”</source>
        <translation>„{label}“</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>ja veel {count}</translation>
    </message>
    <message>
        <source>Not a KPI of this workspace yet: {labels}. In the mapping table, choose the KPI each one goes to, “Create new KPI”, or “Ignore”.</source>
        <translation>Selles tööruumis pole veel selliseid näitajaid: {labels}. Vali vastavustabelis igaühele näitaja, „Loo uus näitaja“ või „Ignoreeri“.</translation>
    </message>
    <message>
        <source>Several sheets hold figures. Choose the sheet to import above.</source>
        <translation>Väärtusi on mitmel lehel. Vali ülal leht, mida importida.</translation>
    </message>
    <message>
        <source>Some numbers (cells {cells}) could be read two ways, such as 3.000. Choose the decimal mark above.</source>
        <translation>Mõnda arvu (lahtrid {cells}) saab lugeda kahte moodi, näiteks 3.000. Vali ülal kümnendmärk.</translation>
    </message>
    <message>
        <source>The same KPI and month appear twice: {reason}.</source>
        <translation>Sama näitaja ja kuu esinevad kaks korda: {reason}.</translation>
    </message>
    <message>
        <source>No table of KPIs and months was found on this sheet ({reason}). Choose another sheet or layout above.</source>
        <translation>Sellelt lehelt ei leitud näitajate ja kuude tabelit ({reason}). Vali ülal teine leht või paigutus.</translation>
    </message>
    <message>
        <source>Some months already hold other figures.</source>
        <translation>Mõnel kuul on juba teised väärtused.</translation>
    </message>
    <message>
        <source>{count} problems stop the import, for example: {problem}</source>
        <translation>Importi takistavaid probleeme: {count}, näiteks: {problem}</translation>
    </message>
</context>
<context>
    <name>ImportStartPanel</name>
    <message>
        <source>Bring in the spreadsheet you already keep</source>
        <translation>Tooge sisse tabel, mida juba peate</translation>
    </message>
    <message>
        <source>kpidesk reads Excel (.xlsx, .xlsm), LibreOffice (.ods) and CSV files, with KPIs down and months across, months down and KPIs across, or one row per KPI and month. It finds the table, shows what it found and what the import will change, and writes nothing until you press Import.</source>
        <translation>kpidesk loeb Exceli (.xlsx, .xlsm), LibreOffice&apos;i (.ods) ja CSV-faile: näitajad ridades ja kuud veergudes, kuud ridades ja näitajad veergudes või üks rida näitaja ja kuu kohta. See leiab tabeli, näitab, mida leidis ja mida import muudab, ega salvesta midagi enne, kui vajutate „Impordi“.</translation>
    </message>
    <message>
        <source>Open a spreadsheet…</source>
        <translation>Ava tabel…</translation>
    </message>
    <message>
        <source>or drop the file onto this window</source>
        <translation>või lohistage fail sellesse aknasse</translation>
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
        <source>Create segments that are new</source>
        <translation>Loo uued segmendid</translation>
    </message>
    <message>
        <source>Add each segment the file names and the workspace does not know to the set of the KPIs its figures are for</source>
        <translation>Lisab iga segmendi, mida fail nimetab, kuid tööruum ei tunne, nende näitajate rühma, mille arvud tal on</translation>
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
        <source>Business total only</source>
        <translation>Ainult ettevõtte kogusumma</translation>
    </message>
    <message>
        <source>Figures typed per segment of the set; the total is made from them.</source>
        <translation>Andmed sisestatakse rühma iga segmendi kohta; kogusumma arvutatakse neist.</translation>
    </message>
    <message>
        <source>The average of the segments counts each by its figure of this KPI.</source>
        <translation>Segmentide keskmine kaalub igaüht selle näitaja väärtusega.</translation>
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
        <source>Tracked by:</source>
        <translation>Jaotatud:</translation>
    </message>
    <message>
        <source>Weighted by:</source>
        <translation>Kaalutud:</translation>
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
        <source>Each segment equally</source>
        <translation>Iga segment võrdselt</translation>
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
    <name>KpiListModel</name>
    <message>
        <source>KPI</source>
        <translation>Näitaja</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategooria</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Ühik</translation>
    </message>
    <message>
        <source>Better when</source>
        <translation>Suund</translation>
    </message>
    <message>
        <source>Over months</source>
        <translation>Kuude arvestus</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Eesmärk</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (arhiveeritud)</translation>
    </message>
</context>
<context>
    <name>LeaderboardView</name>
    <message>
        <source>Month</source>
        <translation>Kuu</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>Kuu:</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Edetabel</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Tulemuskaart</translation>
    </message>
    <message>
        <source>Segment page</source>
        <translation>Segmendi leht</translation>
    </message>
    <message>
        <source>No KPI is tracked by segments yet. Add a segment set under Goals and choose it for a KPI; the ranking of its segments appears here.</source>
        <translation>Ühtegi näitajat ei jälgita veel segmentide kaupa. Lisa jaotus vaates „Eesmärgid“ ja vali see näitajale; selle segmentide edetabel ilmub siia.</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>Näitaja</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periood</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Kvartal</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>Aasta algusest</translation>
    </message>
    <message>
        <source>KPI:</source>
        <translation>Näitaja:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periood:</translation>
    </message>
    <message>
        <source>Segment set</source>
        <translation>Jaotus</translation>
    </message>
    <message>
        <source>Segment set:</source>
        <translation>Jaotus:</translation>
    </message>
    <message>
        <source>Business total: &lt;b&gt;{value}&lt;/b&gt;</source>
        <translation>Ettevõte kokku: &lt;b&gt;{value}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Average of the segments: &lt;b&gt;{value}&lt;/b&gt;</source>
        <translation>Segmentide keskmine: &lt;b&gt;{value}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Benchmark: &lt;b&gt;{value}&lt;/b&gt;</source>
        <translation>Võrdlusväärtus: &lt;b&gt;{value}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{covered} of {listed} segments have a figure</source>
        <translation>{covered} segmenti {listed}-st on väärtusega</translation>
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
        <source>Leaderboard</source>
        <translation>Edetabel</translation>
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
    <name>MappingModel</name>
    <message>
        <source>Label in the file</source>
        <translation>Silt failis</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Näitaja</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Kuidas</translation>
    </message>
    <message>
        <source>＋ Create new KPI</source>
        <translation>＋ Loo uus näitaja</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignoreeri</translation>
    </message>
    <message>
        <source>⚠ Choose a KPI…</source>
        <translation>⚠ Vali näitaja…</translation>
    </message>
    <message>
        <source>Double-click to choose the KPI this label goes to</source>
        <translation>Topeltklõpsa, et valida sellele sildile näitaja</translation>
    </message>
    <message>
        <source>your choice</source>
        <translation>sinu valik</translation>
    </message>
    <message>
        <source>ignored last time</source>
        <translation>eelmisel korral ignoreeritud</translation>
    </message>
    <message>
        <source>not a KPI yet</source>
        <translation>pole veel näitaja</translation>
    </message>
    <message>
        <source>found</source>
        <translation>leitud</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Try again</source>
        <translation>Proovi uuesti</translation>
    </message>
    <message>
        <source>Save the figures that were not saved</source>
        <translation>Salvesta väärtused, mis jäid salvestamata</translation>
    </message>
</context>
<context>
    <name>MissingBanner</name>
    <message>
        <source>Missing figures</source>
        <translation>Puuduvad väärtused</translation>
    </message>
    <message>
        <source>Hide until the next start</source>
        <translation>Peida järgmise käivitamiseni</translation>
    </message>
    <message>
        <source>Hide the missing figures</source>
        <translation>Peida puuduvad väärtused</translation>
    </message>
    <message numerus="yes">
        <source>{newest}, and %n earlier month(s)</source>
        <translation>
            <numerusform>{newest} ja %n varasem kuu</numerusform>
            <numerusform>{newest} ja %n varasemat kuud</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter {month} figures</source>
        <translation>Sisesta väärtused: {month}</translation>
    </message>
    <message numerus="yes">
        <source>{month}: %n of {expected} KPIs not entered</source>
        <translation>
            <numerusform>{month}: %n näitaja {expected}-st on sisestamata</numerusform>
            <numerusform>{month}: %n näitajat {expected}-st on sisestamata</numerusform>
        </translation>
    </message>
    <message>
        <source>{kpi}: {segments}</source>
        <translation>{kpi}: {segments}</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>ja veel %n</numerusform>
            <numerusform>ja veel %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthAxis</name>
    <message>
        <source>{quarter} so far</source>
        <translation>{quarter} seni</translation>
    </message>
</context>
<context>
    <name>NeededText</name>
    <message>
        <source>≤&#x2009;{value}</source>
        <translation>≤&#x2009;{value}</translation>
    </message>
    <message>
        <source>≈&#x2009;{value}</source>
        <translation>≈&#x2009;{value}</translation>
    </message>
    <message>
        <source>goal met</source>
        <translation>eesmärk täidetud</translation>
    </message>
    <message>
        <source>used up</source>
        <translation>ära kasutatud</translation>
    </message>
    <message>
        <source>The figures so far already reach the annual goal of {goal}.</source>
        <translation>Senised näitajad täidavad juba aastaeesmärgi {goal}.</translation>
    </message>
    <message>
        <source>The figures so far already go past the annual allowance of {goal}.</source>
        <translation>Senised näitajad ületavad juba aastalimiidi {goal}.</translation>
    </message>
    <message>
        <source>Each remaining month must bring at least this to reach the goal of {goal}.</source>
        <translation>Iga järelejäänud kuu peab tooma vähemalt nii palju, et täita eesmärk {goal}.</translation>
    </message>
    <message>
        <source>An allowance: each remaining month may bring at most this to stay within {goal}.</source>
        <translation>Limiit: iga järelejäänud kuu võib tuua kõige rohkem nii palju, et jääda {goal} piiresse.</translation>
    </message>
    <message>
        <source>Each remaining month should come close to this to keep to {goal}.</source>
        <translation>Iga järelejäänud kuu peaks jääma selle lähedale, et pidada kinni eesmärgist {goal}.</translation>
    </message>
    <message>
        <source>The average the remaining months need for the year&apos;s average to meet the goal of {goal}.</source>
        <translation>Keskmine, mida järelejäänud kuud vajavad, et aasta keskmine täidaks eesmärgi {goal}.</translation>
    </message>
    <message>
        <source>The average the remaining months may reach at most for the year&apos;s average to stay within {goal}.</source>
        <translation>Kõige suurem keskmine, mille järelejäänud kuud võivad saavutada, et aasta keskmine jääks {goal} piiresse.</translation>
    </message>
    <message>
        <source>Needed per month: {value}</source>
        <translation>Vaja kuus: {value}</translation>
    </message>
    <message>
        <source>Allowed per month: {value}</source>
        <translation>Lubatud kuus: {value}</translation>
    </message>
    <message>
        <source>To stay in range: {value}</source>
        <translation>Vahemikus püsimiseks: {value}</translation>
    </message>
    <message>
        <source>The figure the year must end on to meet the goal of {goal}.</source>
        <translation>Näitaja, millega aasta peab lõppema, et täita eesmärk {goal}.</translation>
    </message>
</context>
<context>
    <name>NewSegmentDialog</name>
    <message>
        <source>New segment</source>
        <translation>Uus segment</translation>
    </message>
    <message>
        <source>e.g. Sofia or Maria</source>
        <translation>nt Tallinn või Mari</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Asukohad</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nimi:</translation>
    </message>
    <message>
        <source>Set:</source>
        <translation>Rühm:</translation>
    </message>
    <message>
        <source>Type a new set&apos;s name to start a set.</source>
        <translation>Uue rühma loomiseks sisestage selle nimi.</translation>
    </message>
</context>
<context>
    <name>OverwriteWarning</name>
    <message>
        <source>⚠ … and {count} more KPIs like this.</source>
        <translation>⚠ … ja veel {count} sellist näitajat.</translation>
    </message>
    <message>
        <source>Overwrite these figures?</source>
        <translation>Kas asendada need väärtused?</translation>
    </message>
    <message>
        <source>This import would overwrite figures with ones on another scale.</source>
        <translation>See import asendaks väärtused teises suurusjärgus väärtustega.</translation>
    </message>
    <message>
        <source>Import anyway</source>
        <translation>Impordi siiski</translation>
    </message>
    <message>
        <source>⚠ {kpi}: {count} of the {total} figures to overwrite would drop to about ×{factor}.</source>
        <translation>⚠ {kpi}: {total} asendatavast väärtusest {count} langeks umbes ×{factor} praegusest.</translation>
    </message>
    <message>
        <source>⚠ {kpi}: {count} of the {total} figures to overwrite would rise to about ×{factor}.</source>
        <translation>⚠ {kpi}: {total} asendatavast väärtusest {count} tõuseks umbes ×{factor} praegusest.</translation>
    </message>
    <message>
        <source>Likely leva taken for euro, or euro for leva (1 € = {rate} лв.).</source>
        <translation>Tõenäoliselt on levad võetud eurodeks või eurod levadeks (1 € = {rate} лв.).</translation>
    </message>
    <message>
        <source>Likely thousands taken for units, or units for thousands.</source>
        <translation>Tõenäoliselt on tuhanded võetud ühikuteks või ühikud tuhandeteks.</translation>
    </message>
    <message>
        <source>Likely a percentage taken as a fraction ({percent} as {fraction}), or the reverse.</source>
        <translation>Tõenäoliselt on protsent võetud murdarvuna ({percent} kui {fraction}) või vastupidi.</translation>
    </message>
    <message>
        <source>Check the units in the file.</source>
        <translation>Kontrolli faili ühikuid.</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <source>Period</source>
        <translation>Periood</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Kuu</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Kvartal</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>Aasta algusest</translation>
    </message>
    <message>
        <source>Quarter:</source>
        <translation>Kvartal:</translation>
    </message>
    <message>
        <source>Through:</source>
        <translation>Kuni:</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>Kuu:</translation>
    </message>
    <message>
        <source>Through</source>
        <translation>Kuni</translation>
    </message>
</context>
<context>
    <name>PeriodText</name>
    <message>
        <source>Q{number} {year}</source>
        <translation>{number}. kv {year}</translation>
    </message>
    <message>
        <source>{quarter} through {month}</source>
        <translation>{quarter} kuni {month} (k.a)</translation>
    </message>
    <message>
        <source>Year to date through {month}</source>
        <translation>Aasta algusest kuni {month} (k.a)</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <source>Month</source>
        <translation>Kuu</translation>
    </message>
    <message>
        <source>Target that day</source>
        <translation>Eesmärk sel päeval</translation>
    </message>
    <message>
        <source>Target now</source>
        <translation>Eesmärk praegu</translation>
    </message>
    <message>
        <source>Since then</source>
        <translation>Sellest ajast</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>muudetud</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <source>The plan as it stood</source>
        <translation>Plaan, nagu see oli</translation>
    </message>
    <message>
        <source>Targets for</source>
        <translation>Eesmärgid aastaks</translation>
    </message>
    <message>
        <source>as of</source>
        <translation>seisuga</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Target</source>
        <translation>Eesmärk</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>Näitaja</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Kuu</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Praegu</translation>
    </message>
    <message>
        <source>→ New</source>
        <translation>→ Uus</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Mis juhtub</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Lahter</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Märkus</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Uus</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Asendatakse</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Muutmata</translation>
    </message>
    <message>
        <source>Keep current</source>
        <translation>Jääb alles</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Välja jäetud</translation>
    </message>
    <message>
        <source>Business total</source>
        <translation>Ettevõte kokku</translation>
    </message>
    <message>
        <source>the figure already there is kept</source>
        <translation>olemasolev väärtus jääb alles</translation>
    </message>
    <message>
        <source>Cell {cell} is left out: {reason}</source>
        <translation>Lahter {cell} jäetakse välja: {reason}</translation>
    </message>
    <message>
        <source>{old} now in kpidesk becomes {new} (cell {cell})</source>
        <translation>Praegune {old} asendub väärtusega {new} (lahter {cell})</translation>
    </message>
    <message>
        <source>From cell {cell}</source>
        <translation>Lahtrist {cell}</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>Sheet</source>
        <translation>Leht</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Lahter</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Põhjus</translation>
    </message>
    <message>
        <source>Stops the import</source>
        <translation>Takistab importi</translation>
    </message>
    <message>
        <source>Cell left out</source>
        <translation>Lahter välja jäetud</translation>
    </message>
</context>
<context>
    <name>RangeTip</name>
    <message>
        <source>Keep within the range: on track from {low} to {high} (target {target}), at risk from {risk_low} to {risk_high}, off track beyond.</source>
        <translation>Püsi vahemikus: graafikus {low} kuni {high} (eesmärk {target}), ohus {risk_low} kuni {risk_high}, sellest väljas graafikust maas.</translation>
    </message>
    <message>
        <source>{value} is within the good range: {status}.</source>
        <translation>{value} on heas vahemikus: {status}.</translation>
    </message>
    <message>
        <source>{value} is {distance} below the good range: {status}.</source>
        <translation>{value} on {distance} võrra allpool head vahemikku: {status}.</translation>
    </message>
    <message>
        <source>{value} is {distance} above the good range: {status}.</source>
        <translation>{value} on {distance} võrra ülalpool head vahemikku: {status}.</translation>
    </message>
    <message>
        <source>Attained {attained}: 100 % at the target, less the further the figure is from it.</source>
        <translation>Saavutatud {attained}: eesmärgi juures 100 %, mida kaugemal näitaja sellest on, seda vähem.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Monthly report</source>
        <translation>Kuuaruanne</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Vali…</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>Kuu:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Salvesta nimega:</translation>
    </message>
    <message>
        <source>Write report</source>
        <translation>Koosta aruanne</translation>
    </message>
    <message>
        <source>There are no figures yet to report on.</source>
        <translation>Veel pole ühtegi näitu, millest aruannet teha.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Aruande salvestamine</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose where to save the report.</source>
        <translation>Vali, kuhu aruanne salvestada.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Kausta {folder} ei ole olemas.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Varukoopia taastamine</translation>
    </message>
    <message>
        <source>The automatic backups of {workspace}, newest first. Restoring one keeps the workspace as it is now as a backup first.</source>
        <translation>Tööruumi {workspace} automaatsed varukoopiad, uusimad eespool. Taastamisel salvestatakse tööruumi praegune seis enne varukoopiana.</translation>
    </message>
    <message>
        <source>Reading the backups…</source>
        <translation>Varukoopiate lugemine…</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Vali fail…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Taasta</translation>
    </message>
    <message>
        <source>A workspace on a server cannot be restored from a file here.</source>
        <translation>Serveris olevat tööruumi ei saa siin failist taastada.</translation>
    </message>
    <message>
        <source>Choose a backup and press Restore, or choose a backup file.</source>
        <translation>Valige varukoopia ja vajutage „Taasta“ või valige varukoopia fail.</translation>
    </message>
    <message>
        <source>There are no automatic backups yet: one is made when the window closes.</source>
        <translation>Automaatseid varukoopiaid veel pole: see tehakse akna sulgemisel.</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Valige varukoopia</translation>
    </message>
    <message>
        <source>kpidesk workspaces (*{suffix});;All files (*)</source>
        <translation>kpideski tööruumid (*{suffix});;Kõik failid (*)</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Ei taastatud</translation>
    </message>
    <message>
        <source>Restore the backup of {date}? The workspace as it is now is kept as a backup first.</source>
        <translation>Kas taastada varukoopia ajast {date}? Tööruumi praegune seis salvestatakse enne varukoopiana.</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Varukoopia kontrollimine…</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Taastamine…</translation>
    </message>
    <message>
        <source>Restored the backup of {date}.</source>
        <translation>Taastati varukoopia ajast {date}.</translation>
    </message>
    <message>
        <source>The workspace as it was is kept in {path}.</source>
        <translation>Tööruumi varasem seis on alles failis {path}.</translation>
    </message>
</context>
<context>
    <name>SegmentPageModel</name>
    <message>
        <source>KPI</source>
        <translation>Näitaja</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Olek</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Tegelik</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Eesmärk</translation>
    </message>
    <message>
        <source>Attained</source>
        <translation>Täitmine</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Koht</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Keskmine</translation>
    </message>
    <message>
        <source>vs average</source>
        <translation>vs keskmine</translation>
    </message>
    <message>
        <source>Business total</source>
        <translation>Ettevõte kokku</translation>
    </message>
</context>
<context>
    <name>SegmentPageView</name>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Segment:</source>
        <translation>Segment:</translation>
    </message>
    <message>
        <source>The segment&apos;s KPIs</source>
        <translation>Segmendi näitajad</translation>
    </message>
    <message>
        <source>No segments yet. Add a segment set and its segments under Goals.</source>
        <translation>Segmente veel pole. Lisa jaotus ja selle segmendid vaates „Eesmärgid“.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{segment}&lt;/b&gt; ({set}) · {month}</source>
        <translation>&lt;b&gt;{segment}&lt;/b&gt; ({set}) · {month}</translation>
    </message>
</context>
<context>
    <name>SegmentPicker</name>
    <message>
        <source>The business total, or one segment: a segment lists the KPIs its set tracks.</source>
        <translation>Ettevõtte kogusumma või üks segment: segmendi puhul on näha selle rühma järgi jaotatud näitajad.</translation>
    </message>
    <message>
        <source>Business total</source>
        <translation>Ettevõte kokku</translation>
    </message>
</context>
<context>
    <name>SegmentsPanel</name>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Olek</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>Ka nime all</translation>
    </message>
    <message>
        <source>Segment sets</source>
        <translation>Jaotused</translation>
    </message>
    <message>
        <source>New segment…</source>
        <translation>Uus segment…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Nimeta ümber…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arhiveeri</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>Ühenda…</translation>
    </message>
    <message>
        <source>No segments yet. Add your locations or people to type figures for each and compare them; then choose in a KPI&apos;s “Tracked by” which set it is split by.</source>
        <translation>Segmente veel pole. Lisage oma asukohad või inimesed, et igaühe andmeid sisestada ja neid võrrelda; seejärel valige näitaja väljal „Jaotatud“, millise rühma järgi seda jaotatakse.</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>arhiveeritud</translation>
    </message>
    <message>
        <source>reporting</source>
        <translation>aktiivne</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Taasta</translation>
    </message>
    <message>
        <source>Rename segment</source>
        <translation>Segmendi ümbernimetamine</translation>
    </message>
    <message>
        <source>New name for {segment}:</source>
        <translation>Segmendi {segment} uus nimi:</translation>
    </message>
    <message>
        <source>Merge segment</source>
        <translation>Segmendi ühendamine</translation>
    </message>
    <message>
        <source>Merge {segment} into (its figures move there; it is archived, its name kept):</source>
        <translation>Ühenda {segment} segmendiga (andmed viiakse sinna, see arhiveeritakse, nimi säilib):</translation>
    </message>
    <message>
        <source>Add segment {segment}</source>
        <translation>Lisa segment {segment}</translation>
    </message>
    <message>
        <source>Rename {segment} to {name}</source>
        <translation>Nimeta {segment} ümber: {name}</translation>
    </message>
    <message>
        <source>Archive {segment}</source>
        <translation>Arhiveeri {segment}</translation>
    </message>
    <message>
        <source>Restore {segment}</source>
        <translation>Taasta {segment}</translation>
    </message>
    <message>
        <source>Merge {segment} into {into}</source>
        <translation>Ühenda {segment} segmendiga {into}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ei salvestatud</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Workspace settings</source>
        <translation>Tööruumi seaded</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Süsteemi keel</translation>
    </message>
    <message>
        <source>The language changes the next time kpidesk starts.</source>
        <translation>Keel muutub kpideski järgmisel käivitamisel.</translation>
    </message>
    <message>
        <source>Every change you make is recorded under this name; left empty, under the computer&apos;s user name.</source>
        <translation>Iga teie muudatus salvestatakse selle nime all; tühjana arvuti kasutajanime all.</translation>
    </message>
    <message>
        <source>Remind me to enter the month&apos;s figures on day</source>
        <translation>Tuleta mulle kuu väärtuste sisestamist meelde kuu</translation>
    </message>
    <message>
        <source> of the month</source>
        <translation>. kuupäeval</translation>
    </message>
    <message>
        <source>Day of the month</source>
        <translation>Kuupäev</translation>
    </message>
    <message>
        <source>On that day, or the first start after it, kpidesk opens on the dashboard with the figures still missing.</source>
        <translation>Sel päeval või esimesel käivitamisel pärast seda avaneb kpidesk ülevaatel, kus on näha veel puuduvad väärtused.</translation>
    </message>
    <message>
        <source>Year to date, annual goals and the data-entry grid follow the fiscal year. Changing its start changes how figures are summed, not the figures.</source>
        <translation>Aasta algusest arvestus, aastaeesmärgid ja sisestustabel järgivad majandusaastat. Alguskuu muutmine muudab seda, kuidas väärtused kokku arvestatakse, mitte väärtusi endid.</translation>
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
    <message>
        <source>Language:</source>
        <translation>Keel:</translation>
    </message>
    <message>
        <source>Your name (shown in the history):</source>
        <translation>Teie nimi (ajaloos):</translation>
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
</context>
<context>
    <name>StaleDialog</name>
    <message>
        <source>Changed on another desktop</source>
        <translation>Muudetud teises arvutis</translation>
    </message>
    <message>
        <source>Yours: {figure}</source>
        <translation>Teie väärtus: {figure}</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Jäta nende väärtus</translation>
    </message>
    <message>
        <source>Use mine</source>
        <translation>Kasuta minu väärtust</translation>
    </message>
    <message numerus="yes">
        <source>%n of the figures you are saving changed after you loaded them.</source>
        <translation>
            <numerusform>%n salvestatav väärtus muutus pärast seda, kui te andmed laadisite.</numerusform>
            <numerusform>%n salvestatavat väärtust muutus pärast seda, kui te andmed laadisite.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(ja veel %n)</numerusform>
            <numerusform>(ja veel %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep theirs for all</source>
        <translation>Jäta kõikjal nende väärtused</translation>
    </message>
    <message>
        <source>Use mine for all</source>
        <translation>Kasuta kõikjal minu väärtusi</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Keegi</translation>
    </message>
    <message>
        <source>another computer</source>
        <translation>teine arvuti</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>teadmata ajal</translation>
    </message>
    <message>
        <source>{who} on {computer} cleared {kpi}, {month} at {time} after you loaded it.</source>
        <translation>{who} ({computer}) tühjendas {time} näitaja {kpi}, {month} pärast seda, kui te andmed laadisite.</translation>
    </message>
    <message>
        <source>{who} on {computer} changed {kpi}, {month} to {value} at {time} after you loaded it.</source>
        <translation>{who} ({computer}) muutis {time} näitaja {kpi}, {month} väärtuseks {value} pärast seda, kui te andmed laadisite.</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>tühi</translation>
    </message>
</context>
<context>
    <name>StandingsModel</name>
    <message>
        <source>Rank</source>
        <translation>Koht</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Tegelik</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Eesmärk</translation>
    </message>
    <message>
        <source>Attained</source>
        <translation>Täitmine</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Olek</translation>
    </message>
    <message>
        <source>vs previous</source>
        <translation>vs eelmine</translation>
    </message>
    <message>
        <source>vs average</source>
        <translation>vs keskmine</translation>
    </message>
    <message>
        <source>vs benchmark</source>
        <translation>vs võrdlusväärtus</translation>
    </message>
    <message>
        <source>By attainment of the segment&apos;s own target; “=2” is a shared place</source>
        <translation>Segmendi oma eesmärgi täitmise järgi; „=2“ on jagatud koht</translation>
    </message>
    <message>
        <source>Change against the previous period</source>
        <translation>Muutus võrreldes eelmise perioodiga</translation>
    </message>
    <message>
        <source>Difference from the average of the segments</source>
        <translation>Erinevus segmentide keskmisest</translation>
    </message>
    <message>
        <source>Difference from the KPI&apos;s benchmark</source>
        <translation>Erinevus näitaja võrdlusväärtusest</translation>
    </message>
    <message>
        <source>Shares place {rank}</source>
        <translation>Jagab {rank}. kohta</translation>
    </message>
</context>
<context>
    <name>TargetDialog</name>
    <message>
        <source>Target for {kpi}</source>
        <translation>Eesmärk: {kpi}</translation>
    </message>
    <message>
        <source>Business total</source>
        <translation>Ettevõte kokku</translation>
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
        <source>For:</source>
        <translation>Kellele:</translation>
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
    <message>
        <source>euro (€)</source>
        <translation>euro (€)</translation>
    </message>
    <message>
        <source>leva (лв.)</source>
        <translation>leev (лв.)</translation>
    </message>
    <message>
        <source>a target in {currency} cannot be set for a KPI kept in {kept}</source>
        <translation>eesmärki valuutas {currency} ei saa seada KPI-le, mida peetakse valuutas {kept}</translation>
    </message>
</context>
<context>
    <name>TargetHistoryModel</name>
    <message>
        <source>Set on</source>
        <translation>Määratud</translation>
    </message>
    <message>
        <source>Applies</source>
        <translation>Kehtib</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Väärtus</translation>
    </message>
    <message>
        <source>Business total</source>
        <translation>Ettevõte kokku</translation>
    </message>
    <message>
        <source>Monthly from {month} on</source>
        <translation>Igakuine alates kuust {month}</translation>
    </message>
    <message>
        <source>{month} only</source>
        <translation>Ainult {month}</translation>
    </message>
    <message>
        <source>Year {first} – {last}, {spread}</source>
        <translation>Aasta {first} – {last}, {spread}</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>The demo was not opened</source>
        <translation>Näidist ei avatud</translation>
    </message>
    <message>
        <source>Start tracking your business</source>
        <translation>Hakka oma ettevõtet jälgima</translation>
    </message>
    <message>
        <source>This workspace has no KPIs yet. Pick them from the catalog, bring in the spreadsheet you keep, or look around in a demo business first.</source>
        <translation>Selles tööruumis pole veel ühtegi näitajat. Vali need kataloogist, impordi oma tabel või vaata kõigepealt ringi näidisettevõttes.</translation>
    </message>
    <message>
        <source>Add KPIs from the catalog…</source>
        <translation>Lisa näitajad kataloogist…</translation>
    </message>
    <message>
        <source>Import a spreadsheet…</source>
        <translation>Impordi tabel…</translation>
    </message>
    <message>
        <source>Open the demo business</source>
        <translation>Ava näidisettevõte</translation>
    </message>
    <message>
        <source>Type the month&apos;s figures</source>
        <translation>Sisesta kuu väärtused</translation>
    </message>
    <message>
        <source>Your KPIs are ready</source>
        <translation>Näitajad on valmis</translation>
    </message>
    <message>
        <source>They have no figures yet. Type last month&apos;s figures, or bring them in from the spreadsheet you keep; the dashboard shows them at once.</source>
        <translation>Neil pole veel väärtusi. Sisesta eelmise kuu väärtused või too need oma tabelist; ülevaade näitab neid kohe.</translation>
    </message>
    <message>
        <source>Filling in the demo business…</source>
        <translation>Näidisettevõtet laaditakse…</translation>
    </message>
</context>
<context>
    <name>Who</name>
    <message>
        <source>{who}, on the computer {computer}</source>
        <translation>{who}, arvutist {computer}</translation>
    </message>
</context>
<context>
    <name>WorkspaceHistoryDialog</name>
    <message>
        <source>Workspace history</source>
        <translation>Tööruumi ajalugu</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laadimine…</translation>
    </message>
    <message>
        <source>Undo this change</source>
        <translation>Võta see muudatus tagasi</translation>
    </message>
    <message>
        <source>Put back what the selected change replaced, whoever made it</source>
        <translation>Taastab selle, mille valitud muudatus asendas, ükskõik kes selle tegi</translation>
    </message>
    <message>
        <source>Redo this change</source>
        <translation>Tee see muudatus uuesti</translation>
    </message>
    <message>
        <source>Apply the selected undone change again</source>
        <translation>Rakendab valitud tagasi võetud muudatuse uuesti</translation>
    </message>
    <message>
        <source>Show older</source>
        <translation>Näita vanemaid</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s), newest first</source>
        <translation>
            <numerusform>%n muudatus</numerusform>
            <numerusform>%n muudatust, uuemad eespool</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest {shown} of %n changes</source>
        <translation>
            <numerusform>Uusimad {shown} %n muudatusest</numerusform>
            <numerusform>Uusimad {shown} %n muudatusest</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undid change {id}: %n figure(s) restored.</source>
        <translation>
            <numerusform>Muudatus {id} võeti tagasi: %n väärtus taastati.</numerusform>
            <numerusform>Muudatus {id} võeti tagasi: %n väärtust taastati.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undid change {id}.</source>
        <translation>Muudatus {id} võeti tagasi.</translation>
    </message>
    <message numerus="yes">
        <source>Redid change {id}: %n figure(s) set again.</source>
        <translation>
            <numerusform>Muudatus {id} tehti uuesti: %n väärtus pandi tagasi.</numerusform>
            <numerusform>Muudatus {id} tehti uuesti: %n väärtust pandi tagasi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Redid change {id}.</source>
        <translation>Muudatus {id} tehti uuesti.</translation>
    </message>
    <message>
        <source>✖ {error}</source>
        <translation>✖ {error}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Cannot open workspace</source>
        <translation>Tööruumi ei saa avada</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <source>Year to date through {month}</source>
        <translation>Aasta algusest, seisuga {month}</translation>
    </message>
    <message>
        <source>no figure</source>
        <translation>väärtus puudub</translation>
    </message>
    <message>
        <source>Value: {value}</source>
        <translation>Väärtus: {value}</translation>
    </message>
    <message>
        <source>Target: {target}</source>
        <translation>Eesmärk: {target}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>puudub</translation>
    </message>
    <message>
        <source>Attainment: {percent}</source>
        <translation>Täitmine: {percent}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Märkus: {note}</translation>
    </message>
    <message>
        <source>Converted from leva at 1.95583 BGN = 1 EUR</source>
        <translation>Ümber arvestatud leevidest kursiga 1,95583 BGN = 1 EUR</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>suurem on parem</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>väiksem on parem</translation>
    </message>
    <message>
        <source>keep within the range</source>
        <translation>hoida vahemikus</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Tegelik</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Eesmärk</translation>
    </message>
    <message>
        <source>Good range</source>
        <translation>Hea vahemik</translation>
    </message>
    <message>
        <source>Good side</source>
        <translation>Hea pool</translation>
    </message>
    <message>
        <source>Within tolerance</source>
        <translation>Ohutsoon</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>Võrdlusväärtus</translation>
    </message>
    <message>
        <source>Actual, year to date</source>
        <translation>Tegelik aasta algusest</translation>
    </message>
    <message>
        <source>Target, year to date</source>
        <translation>Eesmärk aasta algusest</translation>
    </message>
    <message>
        <source>Off-track side</source>
        <translation>Mahajäämuse pool</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Eelmine aasta</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognoos</translation>
    </message>
    <message>
        <source>Annual goal</source>
        <translation>Aastaeesmärk</translation>
    </message>
    <message>
        <source>No figures yet.</source>
        <translation>Väärtusi veel pole.</translation>
    </message>
    <message>
        <source>{period}: {value}, no target</source>
        <translation>{period}: {value}, eesmärk puudub</translation>
    </message>
    <message>
        <source>{period}: {value} against a target of {target}, {status}</source>
        <translation>{period}: {value}, eesmärk {target}, {status}</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Graafik</translation>
    </message>
    <message>
        <source>month by month</source>
        <translation>kuude kaupa</translation>
    </message>
    <message>
        <source>quarter by quarter</source>
        <translation>kvartalite kaupa</translation>
    </message>
    <message>
        <source>year to date</source>
        <translation>aasta algusest</translation>
    </message>
    <message>
        <source>Benchmark {value}</source>
        <translation>Võrdlusväärtus {value}</translation>
    </message>
    <message>
        <source>Annual goal {value}</source>
        <translation>Aastaeesmärk {value}</translation>
    </message>
    <message>
        <source>Click to open the full chart</source>
        <translation>Klõpsa, et avada suur graafik</translation>
    </message>
    <message>
        <source>Target {value}</source>
        <translation>Eesmärk {value}</translation>
    </message>
    <message>
        <source>{width} × {height} px</source>
        <translation>{width} × {height} pikslit</translation>
    </message>
    <message>
        <source>Save as PNG</source>
        <translation>Salvesta PNG-na</translation>
    </message>
    <message>
        <source>slide</source>
        <translation>slaid</translation>
    </message>
    <message>
        <source>report</source>
        <translation>aruanne</translation>
    </message>
    <message>
        <source>As on screen: {size}…</source>
        <translation>Nagu ekraanil: {size}…</translation>
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
        <source>Rank</source>
        <translation>Koht</translation>
    </message>
    <message>
        <source>&lt;b&gt;{kpi}&lt;/b&gt; · last 12 months</source>
        <translation>&lt;b&gt;{kpi}&lt;/b&gt; · viimased 12 kuud</translation>
    </message>
    <message>
        <source>Business total</source>
        <translation>Ettevõte kokku</translation>
    </message>
    <message>
        <source>Target (dashed, each line&apos;s colour)</source>
        <translation>Eesmärk (katkendjoon, joone värvi)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{kpi}&lt;/b&gt; · by segment · {direction}</source>
        <translation>&lt;b&gt;{kpi}&lt;/b&gt; · segmentide kaupa · {direction}</translation>
    </message>
</context>
<context>
    <name>formatting</name>
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
</context>
<context>
    <name>labels</name>
    <message>
        <source>Money</source>
        <translation>Raha</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Protsent</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Arv</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Arvväärtus</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Kestus</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Skoor</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Suhe</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Suurem on parem</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Väiksem on parem</translation>
    </message>
    <message>
        <source>Keep within a range</source>
        <translation>Hoida vahemikus</translation>
    </message>
    <message>
        <source>Months add up</source>
        <translation>Kuud liidetakse</translation>
    </message>
    <message>
        <source>Average of months</source>
        <translation>Kuude keskmine</translation>
    </message>
    <message>
        <source>Latest month counts</source>
        <translation>Loeb viimane kuu</translation>
    </message>
    <message>
        <source>Computed by formula</source>
        <translation>Arvutatakse valemiga</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Keskmine</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Viimane</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Valem</translation>
    </message>
    <message>
        <source>Customer service</source>
        <translation>Klienditeenindus</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Turundus</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Müük</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Finants</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Muu</translation>
    </message>
    <message>
        <source>Monthly target from a month on</source>
        <translation>Kuueesmärk alates valitud kuust</translation>
    </message>
    <message>
        <source>Annual goal</source>
        <translation>Aastaeesmärk</translation>
    </message>
    <message>
        <source>One month only</source>
        <translation>Ainult üks kuu</translation>
    </message>
    <message>
        <source>evenly</source>
        <translation>ühtlaselt</translation>
    </message>
    <message>
        <source>like last year</source>
        <translation>nagu mullu</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutid</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>tunnid</translation>
    </message>
    <message>
        <source>days</source>
        <translation>päevad</translation>
    </message>
</context>
<context>
    <name>leaderboard</name>
    <message>
        <source>{segment} · {kpi}: {value} of {target} · {status}</source>
        <translation>{segment} · {kpi}: {value} / {target} · {status}</translation>
    </message>
    <message>
        <source>{rank} of {count}</source>
        <translation>{rank}/{count}</translation>
    </message>
    <message>
        <source>not ranked</source>
        <translation>pole järjestatud</translation>
    </message>
    <message>
        <source>shared place {rank}</source>
        <translation>jagatud {rank}. koht</translation>
    </message>
    <message>
        <source>place {rank}</source>
        <translation>{rank}. koht</translation>
    </message>
    <message>
        <source>shared place {rank} of {count}</source>
        <translation>jagatud {rank}. koht {count}-st</translation>
    </message>
    <message>
        <source>place {rank} of {count}</source>
        <translation>{rank}. koht {count}-st</translation>
    </message>
    <message>
        <source>pp</source>
        <comment>percentage points</comment>
        <translation>pp</translation>
    </message>
</context>
<context>
    <name>lev</name>
    <message>
        <source>Entered as {lev}&#xa0;лв., shown in euro at {rate}</source>
        <translation>Sisestati {lev}&#xa0;лв.; näidatud eurodes kursiga {rate}</translation>
    </message>
</context>
<context>
    <name>menus</name>
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
        <source>&amp;Back up…</source>
        <translation>&amp;Varukoopia…</translation>
    </message>
    <message>
        <source>Res&amp;tore…</source>
        <translation>&amp;Taasta…</translation>
    </message>
    <message>
        <source>Monthly re&amp;port…</source>
        <translation>&amp;Kuuaruanne…</translation>
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
        <source>Workspace &amp;history…</source>
        <translation>Tööruumi &amp;ajalugu…</translation>
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
    <message>
        <source>(none yet)</source>
        <translation>(veel pole)</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>is not a number</source>
        <translation>ei ole arv</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; {reason}</source>
        <translation>„{text}“ {reason}</translation>
    </message>
    <message>
        <source>could be {as_dot} or {as_comma}: the decimal mark cannot be told; say whether the file uses a decimal comma or a decimal dot</source>
        <translation>võib olla {as_dot} või {as_comma}: kümnendmärki ei saa kindlaks teha; ütle, kas failis on kümnendkoma või kümnendpunkt</translation>
    </message>
    <message>
        <source>is a yes/no value, not a number</source>
        <translation>on jah/ei-väärtus, mitte arv</translation>
    </message>
    <message>
        <source>is not a finite number</source>
        <translation>ei ole lõplik arv</translation>
    </message>
    <message>
        <source>is the spreadsheet error {code}, not a number</source>
        <translation>on arvutustabeli viga {code}, mitte arv</translation>
    </message>
    <message>
        <source>is too large to be a figure</source>
        <translation>on väärtuseks liiga suur</translation>
    </message>
    <message>
        <source>is not a number (the digit groups are not thousands)</source>
        <translation>ei ole arv (numbrid pole rühmitatud tuhandete kaupa)</translation>
    </message>
    <message>
        <source>has more than one decimal mark &apos;{mark}&apos;</source>
        <translation>sisaldab kümnendmärki „{mark}“ rohkem kui korra</translation>
    </message>
    <message>
        <source>is not a number (the thousands separators are misplaced)</source>
        <translation>ei ole arv (tuhandete eraldajad on valedes kohtades)</translation>
    </message>
    <message>
        <source>is too small to store (it would become 0)</source>
        <translation>on salvestamiseks liiga väike (sellest saaks 0)</translation>
    </message>
    <message>
        <source>is not a number (it contains letters)</source>
        <translation>ei ole arv (sisaldab tähti)</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <source>the month &apos;{text}&apos; has no year (none above it, in the title or the sheet name)</source>
        <translation>kuul „{text}“ pole aastat (ei selle kohal, pealkirjas ega lehe nimes)</translation>
    </message>
    <message>
        <source>row {row} has figures but no KPI name; the row is left out</source>
        <translation>real {row} on väärtusi, kuid pole näitaja nime; rida jäetakse välja</translation>
    </message>
    <message>
        <source>&apos;{label}&apos; is the text of a formula, not a KPI name; the row is left out</source>
        <translation>„{label}“ on valemi tekst, mitte näitaja nimi; rida jäetakse välja</translation>
    </message>
    <message>
        <source>row {row} (&apos;{label}&apos;) is a {kind}, not imported</source>
        <translation>rida {row} („{label}“): {kind}, ei imporditud</translation>
    </message>
    <message>
        <source>column {column} (&apos;{label}&apos;) is a {kind}, not imported</source>
        <translation>veerg {column} („{label}“): {kind}, ei imporditud</translation>
    </message>
    <message>
        <source>column {column} (&apos;{label}&apos;) is beside the figures, not imported</source>
        <translation>veerg {column} („{label}“) on väärtuste kõrval, ei imporditud</translation>
    </message>
    <message>
        <source>column {column} has no heading; not imported</source>
        <translation>veerul {column} pole pealkirja; ei imporditud</translation>
    </message>
    <message>
        <source>was not read as a figure; not imported</source>
        <translation>ei loetud väärtuseks; ei imporditud</translation>
    </message>
    <message>
        <source>the month &apos;{text}&apos; has no year; the row is left out</source>
        <translation>kuul „{text}“ pole aastat; rida jäetakse välja</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a month; the figures in row {row} are left out</source>
        <translation>„{text}“ ei ole kuu; rea {row} väärtused jäetakse välja</translation>
    </message>
    <message>
        <source>there is no month; the figures in row {row} are left out</source>
        <translation>kuu puudub; rea {row} väärtused jäetakse välja</translation>
    </message>
    <message>
        <source>row {row} has a figure but no KPI name; the row is left out</source>
        <translation>real {row} on väärtus, kuid pole näitaja nime; rida jäetakse välja</translation>
    </message>
    <message>
        <source>&apos;{label}&apos; for {month} appears twice, in {first} and {second}; keep one of them</source>
        <translation>„{label}“ kuu {month} kohta esineb kaks korda, lahtrites {first} ja {second}; jäta alles üks neist</translation>
    </message>
    <message>
        <source>shows the error {code}; left out</source>
        <translation>näitab viga {code}; jäetud välja</translation>
    </message>
    <message>
        <source>has a formula with no saved result (the file was saved without calculating); open and save it in Excel or LibreOffice, then import again</source>
        <translation>sisaldab valemit, millel pole salvestatud tulemust (fail salvestati arvutamata); ava ja salvesta see Excelis või LibreOffice’is ning impordi uuesti</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is a date, not a figure</source>
        <translation>„{value}“ on kuupäev, mitte arv</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is a bool, not a figure</source>
        <translation>„{value}“ on jah/ei-väärtus, mitte arv</translation>
    </message>
    <message>
        <source>{reason}; left out</source>
        <translation>{reason}; jäetud välja</translation>
    </message>
    <message>
        <source>there is no sheet named &apos;{sheet}&apos; (sheets: {known})</source>
        <translation>lehte nimega „{sheet}“ ei ole (lehed: {known})</translation>
    </message>
    <message>
        <source>several sheets hold figures ({listed}); choose one</source>
        <translation>väärtusi on mitmel lehel ({listed}); vali üks</translation>
    </message>
    <message>
        <source>no table of KPIs and months was found in the visible sheets; hidden sheets ({hidden}) were not read, choose one</source>
        <translation>nähtavatelt lehtedelt ei leitud näitajate ja kuude tabelit; peidetud lehti ({hidden}) ei loetud, vali neist üks</translation>
    </message>
    <message>
        <source>no table of KPIs and months was found</source>
        <translation>näitajate ja kuude tabelit ei leitud</translation>
    </message>
    <message>
        <source>the file is a zip archive but not an xlsx, xlsm or ods workbook</source>
        <translation>fail on zip-arhiiv, kuid mitte xlsx-, xlsm- ega ods-töövihik</translation>
    </message>
    <message>
        <source>the file is damaged or incomplete (its zip archive cannot be opened: {error}); it was probably cut off while copying or downloading</source>
        <translation>fail on rikutud või poolik (selle zip-arhiivi ei saa avada: {error}); tõenäoliselt katkes kopeerimine või allalaadimine</translation>
    </message>
    <message>
        <source>the CSV file is larger than the size limit</source>
        <translation>CSV-fail on lubatust suurem</translation>
    </message>
    <message>
        <source>the file cannot be read as {encoding} ({error}); choose another encoding</source>
        <translation>faili ei saa lugeda kodeeringus {encoding} ({error}); vali teine kodeering</translation>
    </message>
    <message>
        <source>the file has no cells with content</source>
        <translation>failis pole ühtegi sisuga lahtrit</translation>
    </message>
    <message>
        <source>the CSV text is malformed ({error})</source>
        <translation>CSV-tekst on vigane ({error})</translation>
    </message>
    <message>
        <source>the archive is not a spreadsheet</source>
        <translation>arhiiv ei ole arvutustabel</translation>
    </message>
    <message>
        <source>the spreadsheet is password-protected</source>
        <translation>arvutustabel on parooliga kaitstud</translation>
    </message>
    <message>
        <source>the spreadsheet cannot be read ({error})</source>
        <translation>arvutustabelit ei saa lugeda ({error})</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos; cannot be read ({error})</source>
        <translation>lehte „{sheet}“ ei saa lugeda ({error})</translation>
    </message>
    <message>
        <source>the file is damaged or incomplete (its zip archive has no directory); it was probably cut off while copying or downloading</source>
        <translation>fail on rikutud või poolik (selle zip-arhiivil puudub sisukord); tõenäoliselt katkes kopeerimine või allalaadimine</translation>
    </message>
    <message>
        <source>the archive holds {parts} parts, too many for a workbook</source>
        <translation>arhiivis on {parts} osa, töövihiku jaoks liiga palju</translation>
    </message>
    <message>
        <source>the archive is password-protected</source>
        <translation>arhiiv on parooliga kaitstud</translation>
    </message>
    <message>
        <source>the workbook would unpack to more than {limit} MB ({size} MB or more); it is refused as a possible zip bomb</source>
        <translation>lahtipakitult oleks töövihik üle {limit} MB ({size} MB või rohkem); see lükatakse tagasi kui võimalik zip-pomm</translation>
    </message>
    <message>
        <source>the file is damaged or incomplete (part &apos;{part}&apos;: {error})</source>
        <translation>fail on rikutud või poolik (osa „{part}“: {error})</translation>
    </message>
    <message>
        <source>part &apos;{part}&apos; declares XML entities, which no spreadsheet needs; refused as unsafe</source>
        <translation>osa „{part}“ deklareerib XML-olemeid, mida ükski arvutustabel ei vaja; tagasi lükatud kui ohtlik</translation>
    </message>
    <message>
        <source>part &apos;{part}&apos; uses XML entities ({error}); refused as unsafe</source>
        <translation>osa „{part}“ kasutab XML-olemeid ({error}); tagasi lükatud kui ohtlik</translation>
    </message>
    <message>
        <source>part &apos;{part}&apos; is not well-formed XML ({error})</source>
        <translation>osa „{part}“ ei ole korrektne XML ({error})</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation>fail on tühi (0 baiti)</translation>
    </message>
    <message>
        <source>the file cannot be opened ({error})</source>
        <translation>faili ei saa avada ({error})</translation>
    </message>
    <message>
        <source>the workbook archive is empty</source>
        <translation>töövihiku arhiiv on tühi</translation>
    </message>
    <message>
        <source>the file is a zip archive of a kind we do not read</source>
        <translation>fail on sellist tüüpi zip-arhiiv, mida ei loeta</translation>
    </message>
    <message>
        <source>the file is named {suffix} but holds plain text (probably CSV); rename it to .csv, or open it in your spreadsheet program and save it as .xlsx</source>
        <translation>faili laiend on {suffix}, kuid selles on lihttekst (tõenäoliselt CSV); nimeta see ümber .csv-failiks või ava see oma tabelarvutusprogrammis ja salvesta .xlsx-vormingus</translation>
    </message>
    <message>
        <source>the file is named {suffix} but is not a workbook</source>
        <translation>faili laiend on {suffix}, kuid see ei ole töövihik</translation>
    </message>
    <message>
        <source>the file is named .xls but is not an Excel 97-2003 workbook</source>
        <translation>faili laiend on .xls, kuid see ei ole Excel 97-2003 töövihik</translation>
    </message>
    <message>
        <source>the file is not a spreadsheet (xlsx, xlsm, ods or csv)</source>
        <translation>fail ei ole arvutustabel (xlsx, xlsm, ods ega csv)</translation>
    </message>
    <message>
        <source>the workbook is password-protected; open it in Excel or LibreOffice, remove the password (or save an unprotected copy) and import that copy</source>
        <translation>töövihik on parooliga kaitstud; ava see Excelis või LibreOffice’is, eemalda parool (või salvesta kaitseta koopia) ja impordi see koopia</translation>
    </message>
    <message>
        <source>the file is in the old Excel 97-2003 format (.xls), which is not read; open it in your spreadsheet program and save it as .xlsx</source>
        <translation>fail on vanas Excel 97-2003 vormingus (.xls), mida ei loeta; ava see oma tabelarvutusprogrammis ja salvesta .xlsx-vormingus</translation>
    </message>
    <message>
        <source>the workbook is password-protected</source>
        <translation>töövihik on parooliga kaitstud</translation>
    </message>
    <message>
        <source>the workbook cannot be read ({error})</source>
        <translation>töövihikut ei saa lugeda ({error})</translation>
    </message>
    <message>
        <source>the archive is not an Excel workbook (it has no xl/workbook.xml)</source>
        <translation>arhiiv ei ole Exceli töövihik (selles pole faili xl/workbook.xml)</translation>
    </message>
    <message>
        <source>&apos;{label}&apos; and &apos;{other}&apos; are both the KPI {kpi}, with figures for {month} in {first} and {second}; keep one of them</source>
        <translation>„{label}“ ja „{other}“ on mõlemad näitaja {kpi}, kuu {month} andmetega lahtrites {first} ja {second}; jäta alles üks neist</translation>
    </message>
    <message>
        <source>the figure is in {currency}, but {kpi} is kept in {kept}; left out</source>
        <translation>arv on valuutas {currency}, kuid näitajat {kpi} peetakse valuutas {kept}; jäeti välja</translation>
    </message>
    <message>
        <source>&apos;{label}&apos; is not a KPI of this workspace; map it to a KPI, ignore it, or create it (--create-kpis)</source>
        <translation>„{label}“ ei ole selle tööruumi näitaja; seo see näitajaga, ignoreeri või loo uus (--create-kpis)</translation>
    </message>
    <message>
        <source>&apos;{kpi}&apos; is computed from its formula; the figure was left out</source>
        <translation>„{kpi}“ arvutatakse valemiga; väärtus jäeti välja</translation>
    </message>
    <message>
        <source>{kpi} {month} already holds a different figure</source>
        <translation>{kpi}: kuul {month} on juba teine väärtus</translation>
    </message>
    <message>
        <source>&apos;{label}&apos; is not a segment of this workspace; add it (`kpidesk segment add`), or create it in the KPI&apos;s set (--create-segments)</source>
        <translation>„{label}“ ei ole selle tööruumi segment; lisage see (`kpidesk segment add`) või looge see näitaja kogumisse (--create-segments)</translation>
    </message>
    <message>
        <source>the figure is for &apos;{segment}&apos;, but {kpi} is not tracked by segments; track it with `kpidesk kpi edit {kpi} --by SET` first</source>
        <translation>väärtus on segmendile „{segment}“, kuid {kpi} ei ole segmentide kaupa; määrake see enne käsuga `kpidesk kpi edit {kpi} --by SET`</translation>
    </message>
    <message>
        <source>unexpected &apos;{token}&apos; at character {at}</source>
        <translation>ootamatu „{token}“ märgi {at} kohal</translation>
    </message>
    <message>
        <source>empty KPI name at character {at}</source>
        <translation>tühi näitaja nimi märgi {at} kohal</translation>
    </message>
    <message>
        <source>the formula is empty</source>
        <translation>valem on tühi</translation>
    </message>
    <message>
        <source>the formula ends too early</source>
        <translation>valem lõpeb liiga vara</translation>
    </message>
    <message>
        <source>the &apos;(&apos; at character {at} is never closed</source>
        <translation>märgi {at} kohal olev „(“ jääb sulgemata</translation>
    </message>
    <message>
        <source>a KPI needs a name</source>
        <translation>näitajal peab olema nimi</translation>
    </message>
    <message>
        <source>a KPI name is at most {limit} characters: &apos;{name}…&apos;</source>
        <translation>KPI nimi on kuni {limit} märki: „{name}…“</translation>
    </message>
    <message>
        <source>KPI name &apos;{name}&apos; may not contain square brackets</source>
        <translation>näitaja nimes „{name}“ ei tohi olla nurksulge</translation>
    </message>
    <message>
        <source>a currency KPI needs a 3-letter ISO code such as EUR</source>
        <translation>rahanäitaja vajab kolmetähelist ISO-koodi, näiteks EUR</translation>
    </message>
    <message>
        <source>a duration is in minutes, hours or days</source>
        <translation>kestus on minutites, tundides või päevades</translation>
    </message>
    <message>
        <source>a formula KPI needs a formula</source>
        <translation>valemiga näitaja vajab valemit</translation>
    </message>
    <message>
        <source>a KPI with a formula has aggregation &apos;formula&apos;</source>
        <translation>valemiga näitaja peab olema „Arvutatakse valemiga“</translation>
    </message>
    <message>
        <source>decimals must be 0..6</source>
        <translation>kümnendkohti võib olla 0–6</translation>
    </message>
    <message>
        <source>tolerance must be 0..100 %</source>
        <translation>ohutsoon peab olema 0–100 %</translation>
    </message>
    <message>
        <source>only a mean KPI can be weighted by a KPI</source>
        <translation>ainult keskmise KPI-d saab kaaluda teise KPI-ga</translation>
    </message>
    <message>
        <source>a KPI cannot be weighted by itself</source>
        <translation>KPI-d ei saa kaaluda iseendaga</translation>
    </message>
    <message>
        <source>a formula KPI is tracked by the segment set of its parts, not by its own</source>
        <translation>valemiga KPI-d jälgitakse tema osade segmendikogumi järgi, mitte omaenda järgi</translation>
    </message>
    <message>
        <source>KPI &apos;{name}&apos;: {problem}</source>
        <translation>Näitaja „{name}“: {problem}</translation>
    </message>
    <message>
        <source>there are no figures for {first}…{last} to spread the goal by</source>
        <translation>perioodi {first}…{last} kohta pole väärtusi, mille järgi eesmärki jagada</translation>
    </message>
    <message>
        <source>last year&apos;s figures are not all positive; spread the goal evenly</source>
        <translation>kõik eelmise aasta väärtused pole positiivsed; jaga eesmärk ühtlaselt</translation>
    </message>
    <message>
        <source>the workspace already has KPIs; the demo fills only an empty one</source>
        <translation>tööruumis on juba näitajaid; näidisandmed lisatakse ainult tühja tööruumi</translation>
    </message>
    <message>
        <source>no KPI with id {id}</source>
        <translation>näitajat tunnusega {id} pole</translation>
    </message>
    <message>
        <source>there is no change {id}</source>
        <translation>muudatust {id} pole</translation>
    </message>
    <message>
        <source>this change is already undone</source>
        <translation>see muudatus on juba tagasi võetud</translation>
    </message>
    <message>
        <source>this change is not undone</source>
        <translation>seda muudatust pole tagasi võetud</translation>
    </message>
    <message>
        <source>the figure for {month} was changed again after this change; undo the later change first</source>
        <translation>kuu {month} väärtust on pärast seda muudatust uuesti muudetud; võta kõigepealt tagasi hilisem muudatus</translation>
    </message>
    <message>
        <source>the fiscal year has no months</source>
        <translation>majandusaastal pole kuid</translation>
    </message>
    <message>
        <source>there is no import {id}</source>
        <translation>importi {id} pole</translation>
    </message>
    <message>
        <source>{kpi} has figures by {set}; it stays tracked by {set}</source>
        <translation>{kpi} näitajal on väärtused jaotuse {set} kaupa; see jääb jaotuse {set} järgi</translation>
    </message>
    <message>
        <source>there is no KPI named &apos;{name}&apos; (see `kpidesk kpi list`)</source>
        <translation>näitajat nimega „{name}“ pole (vt `kpidesk kpi list`)</translation>
    </message>
    <message>
        <source>a KPI named &apos;{name}&apos; already exists</source>
        <translation>näitaja nimega „{name}“ on juba olemas</translation>
    </message>
    <message>
        <source>{path} is not a kpidesk workspace (it is not a SQLite database)</source>
        <translation>{path} ei ole kpideski tööruum (see pole SQLite&apos;i andmebaas)</translation>
    </message>
    <message>
        <source>there is no backup file at {path}</source>
        <translation>asukohas {path} pole varukoopia faili</translation>
    </message>
    <message>
        <source>{path} is damaged ({error}); it cannot be restored</source>
        <translation>{path} on rikutud ({error}); seda ei saa taastada</translation>
    </message>
    <message>
        <source>{path} holds no workspace; it cannot be restored</source>
        <translation>{path} ei sisalda tööruumi; seda ei saa taastada</translation>
    </message>
    <message>
        <source>{path} was made by a newer version of kpidesk (schema {revision}); update kpidesk to restore it</source>
        <translation>{path} on loodud kpideski uuema versiooniga (skeem {revision}); taastamiseks uuendage kpidesk</translation>
    </message>
    <message>
        <source>{path} cannot be read as a workspace: {error}</source>
        <translation>{path} ei saa tööruumina lugeda: {error}</translation>
    </message>
    <message>
        <source>{path} is a SQLite database but not a kpidesk workspace; it was left unchanged</source>
        <translation>{path} on SQLite&apos;i andmebaas, aga mitte kpideski tööruum; seda ei muudetud</translation>
    </message>
    <message>
        <source>{url} holds tables that are not a kpidesk workspace; it was left unchanged</source>
        <translation>{url} sisaldab tabeleid, mis ei ole kpideski tööruum; midagi ei muudetud</translation>
    </message>
    <message>
        <source>this workspace was made by a newer version of kpidesk; update kpidesk to open it (it was left unchanged)</source>
        <translation>see tööruum on loodud kpideski uuema versiooniga; ava see pärast kpideski uuendamist (tööruumi ei muudetud)</translation>
    </message>
    <message>
        <source>{path} is a folder, not a workspace file</source>
        <translation>{path} on kaust, mitte tööruumi fail</translation>
    </message>
    <message>
        <source>{path} was made by an older kpidesk and must be updated before it is read, but it is read-only; copy it to a folder you can write and open the copy</source>
        <translation>{path} on tehtud kpidesk&apos;i vanema versiooniga ja tuleb enne lugemist uuendada, kuid see on ainult lugemiseks; kopeerige see kausta, kuhu saate kirjutada, ja avage koopia</translation>
    </message>
    <message>
        <source>cannot use &apos;{location}&apos; as a workspace: {error}</source>
        <translation>„{location}“ ei saa tööruumina kasutada: {error}</translation>
    </message>
    <message>
        <source>cannot open workspace {url}: {error}</source>
        <translation>tööruumi {url} ei saa avada: {error}</translation>
    </message>
    <message>
        <source>total</source>
        <translation>kokku</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>kvartal</translation>
    </message>
    <message>
        <source>half_year</source>
        <translation>poolaasta</translation>
    </message>
    <message>
        <source>ytd</source>
        <translation>aasta algusest</translation>
    </message>
    <message>
        <source>totals row</source>
        <translation>kokkuvõtterida</translation>
    </message>
    <message>
        <source>row {row} (&apos;{label}&apos;): {why}</source>
        <translation>rida {row} („{label}“): {why}</translation>
    </message>
    <message>
        <source>column {column} (&apos;{label}&apos;): {kind}</source>
        <translation>veerg {column} („{label}“): {kind}</translation>
    </message>
    <message>
        <source>column {column} (&apos;{label}&apos;)</source>
        <translation>veerg {column} („{label}“)</translation>
    </message>
    <message>
        <source>part &apos;{part}&apos; is packed with a compression method kpidesk cannot unpack (method {method}); save the file again in LibreOffice or Excel</source>
        <translation>osa „{part}“ on pakitud meetodiga, mida kpidesk lahti pakkida ei oska (meetod {method}); salvestage fail uuesti LibreOffice&apos;is või Excelis</translation>
    </message>
    <message>
        <source>{path} is empty (0 bytes), not a workspace; it was left unchanged</source>
        <translation>{path} on tühi (0 baiti), mitte tööruum; see jäeti muutmata</translation>
    </message>
    <message>
        <source>{path} is damaged ({error}); it was left unchanged: restore it from a backup copy</source>
        <translation>{path} on rikutud ({error}); see jäeti muutmata: taastage see varukoopiast</translation>
    </message>
    <message>
        <source>could not make the backup {destination}: {error}; nothing was changed</source>
        <translation>varukoopiat {destination} ei õnnestunud teha: {error}; midagi ei muudetud</translation>
    </message>
    <message>
        <source>could not save to {workspace}: {error}; nothing was changed</source>
        <translation>tööruumi {workspace} ei õnnestunud salvestada: {error}; midagi ei muudetud</translation>
    </message>
    <message>
        <source>the server of {workspace} cannot be reached ({error}); nothing was changed: try again once it answers</source>
        <translation>tööruumi {workspace} serveriga ei saa ühendust ({error}); midagi ei muudetud: proovige uuesti, kui server vastab</translation>
    </message>
    <message>
        <source>there is no workspace at {path} (check --db); nothing was created</source>
        <translation>asukohas {path} pole tööruumi (kontrollige --db); midagi ei loodud</translation>
    </message>
    <message>
        <source>{path} is read-only (the file or its folder cannot be written); nothing was changed</source>
        <translation>{path} on ainult lugemiseks (faili või selle kausta ei saa kirjutada); midagi ei muudetud</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos; repeats its values over more than {cells} million cells, far more than a table of figures; delete the repeated block and save again</source>
        <translation>leht „{sheet}“ kordab oma väärtusi enam kui {cells} miljonis lahtris, palju rohkem kui arvude tabelis; kustutage korduv plokk ja salvestage uuesti</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos; has a cell as far out as {cell}, which would make it {cells} million cells; delete the far cells (or copy the table to a new sheet) and save again</source>
        <translation>lehel „{sheet}“ on lahter koguni {cell}, mis teeks lehest {cells} miljonit lahtrit; kustutage kauged lahtrid (või kopeerige tabel uuele lehele) ja salvestage uuesti</translation>
    </message>
    <message>
        <source>{path} was created by another kpidesk meanwhile; nothing was written, run the command again</source>
        <translation>{path} loodi vahepeal teise kpideski poolt; midagi ei kirjutatud, käivitage käsk uuesti</translation>
    </message>
    <message>
        <source>the KPI is not money; a target has no currency</source>
        <translation>KPI ei ole rahasumma; eesmärgil pole valuutat</translation>
    </message>
    <message>
        <source>a target in {currency} cannot be set for a KPI kept in {kept}</source>
        <translation>eesmärki valuutas {currency} ei saa seada KPI-le, mida peetakse valuutas {kept}</translation>
    </message>
    <message>
        <source>{kpi} has figures or targets since it was added; archive it instead</source>
        <translation>{kpi} on pärast lisamist saanud väärtusi või eesmärke; arhiveeri see selle asemel</translation>
    </message>
    <message>
        <source>{kpi} was changed again after this change; undo the later change first</source>
        <translation>{kpi} on pärast seda muudatust uuesti muudetud; võta kõigepealt tagasi hilisem muudatus</translation>
    </message>
    <message>
        <source>a KPI named &apos;{name}&apos; exists again; rename it first</source>
        <translation>nimega „{name}“ KPI on jälle olemas; nimeta see kõigepealt ümber</translation>
    </message>
    <message>
        <source>the formula of &apos;{kpi}&apos; cannot use the KPI itself</source>
        <translation>näitaja „{kpi}“ valem ei saa kasutada sama näitajat</translation>
    </message>
    <message>
        <source>the formula uses [{part}], but there is no KPI of that name</source>
        <translation>valem kasutab näitajat [{part}], kuid sellenimelist näitajat ei ole</translation>
    </message>
    <message>
        <source>{path} is the workspace itself; name another file for the backup</source>
        <translation>{path} on tööruum ise; valige varukoopiale teine fail</translation>
    </message>
    <message>
        <source>{path} exists and is not a kpidesk workspace; the backup would replace it, so nothing was written: name another file</source>
        <translation>{path} on olemas ega ole kpideski tööruum; varukoopia asendaks selle, seega midagi ei kirjutatud: valige teine fail</translation>
    </message>
    <message>
        <source>{author} changed {kpi}, {month} after you loaded it; nothing was saved</source>
        <translation>{author} muutis näitajat {kpi}, {month} pärast seda, kui te andmed laadisite; midagi ei salvestatud</translation>
    </message>
    <message>
        <source>a segment needs a name</source>
        <translation>segmendil peab olema nimi</translation>
    </message>
    <message>
        <source>a segment name is at most {limit} characters: &apos;{name}…&apos;</source>
        <translation>segmendi nimi on kuni {limit} märki: &apos;{name}…&apos;</translation>
    </message>
    <message>
        <source>segment name &apos;{name}&apos; may not contain square brackets</source>
        <translation>segmendi nimi &apos;{name}&apos; ei tohi sisaldada nurksulge</translation>
    </message>
    <message>
        <source>{kpi} is not tracked by segments; track it with `kpidesk kpi edit {kpi} --by SET` first</source>
        <translation>{kpi} ei ole segmentide kaupa; määrake see enne käsuga `kpidesk kpi edit {kpi} --by SET`</translation>
    </message>
    <message>
        <source>{segment} is not one of the {set} that {kpi} is tracked by</source>
        <translation>{segment} ei kuulu jaotusse {set}, mille kaupa {kpi} jälgitakse</translation>
    </message>
    <message>
        <source>{source} can only be merged into another segment of its set</source>
        <translation>{source} saab ühendada ainult sama jaotuse teise segmendiga</translation>
    </message>
    <message>
        <source>{source} and {into} both have a figure for {kpi} in {month}; clear one of them first</source>
        <translation>{source} ja {into} mõlemal on {kpi} väärtus kuul {month}; tühjendage enne üks neist</translation>
    </message>
    <message>
        <source>there is no segment set named &apos;{name}&apos; (see `kpidesk segment list`)</source>
        <translation>jaotust „{name}“ ei ole (vt `kpidesk segment list`)</translation>
    </message>
    <message>
        <source>there is no segment named &apos;{name}&apos; (see `kpidesk segment list`)</source>
        <translation>segmenti „{name}“ ei ole (vt `kpidesk segment list`)</translation>
    </message>
    <message>
        <source>a segment set named &apos;{name}&apos; already exists</source>
        <translation>jaotus „{name}“ on juba olemas</translation>
    </message>
    <message>
        <source>{name} has figures or targets since it was added; archive it instead</source>
        <translation>{name} on pärast lisamist saanud väärtusi või sihte; arhiveerige see selle asemel</translation>
    </message>
    <message>
        <source>segment {name} was changed again after this change; undo the later change first</source>
        <translation>segmenti {name} on pärast seda muudatust uuesti muudetud; võtke enne tagasi hilisem muudatus</translation>
    </message>
    <message>
        <source>a segment named &apos;{name}&apos; already exists</source>
        <translation>segment „{name}“ on juba olemas</translation>
    </message>
    <message>
        <source>{kpi}: there is no KPI named &apos;{weight}&apos; to weight by</source>
        <translation>{kpi}: kaalumiseks pole näitajat „{weight}“</translation>
    </message>
    <message>
        <source>{kpi} and its weight {weight} must be tracked by the same set</source>
        <translation>{kpi} ja selle kaal {weight} peavad olema sama jaotuse kaupa</translation>
    </message>
    <message>
        <source>a server workspace cannot be restored from a file; open the backup with --db instead (nothing was changed)</source>
        <translation>serveris olevat tööruumi ei saa failist taastada; avage varukoopia hoopis võtmega --db (midagi ei muudetud)</translation>
    </message>
    <message>
        <source>{path} is the workspace itself; choose a backup of it</source>
        <translation>{path} on tööruum ise; valige selle varukoopia</translation>
    </message>
    <message>
        <source>{path} is open in another kpidesk; close it there and restore again (nothing was changed)</source>
        <translation>{path} on avatud teises kpideskis; sulgege see seal ja taastage uuesti (midagi ei muudetud)</translation>
    </message>
    <message>
        <source>could not restore {path}: {error}; the workspace was left unchanged</source>
        <translation>faili {path} ei õnnestunud taastada: {error}; tööruum jäeti muutmata</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>{business} — monthly report, {month}</source>
        <translation>{business} — kuuaruanne, {month}</translation>
    </message>
    <message>
        <source>Scorecard, {month}</source>
        <translation>Näitajad, {month}</translation>
    </message>
    <message>
        <source>Actual against target, 12 months</source>
        <translation>Tegelik võrreldes eesmärgiga, viimased 12 kuud</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Lehekülg {page} / {pages}</translation>
    </message>
    <message>
        <source>No figures or targets in these 12 months.</source>
        <translation>Nende 12 kuu kohta pole näite ega eesmärke.</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Tegelik</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Eesmärk</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>Kuuaruanne</translation>
    </message>
    <message>
        <source>KPIs: {count}</source>
        <translation>Näitajaid: {count}</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Aruannet koostatakse…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Katkesta</translation>
    </message>
    <message>
        <source>Report cancelled; nothing was written.</source>
        <translation>Aruanne katkestati; midagi ei salvestatud.</translation>
    </message>
    <message>
        <source>Report written to {path}.</source>
        <translation>Aruanne on salvestatud: {path}.</translation>
    </message>
    <message>
        <source>Report not written</source>
        <translation>Aruannet ei salvestatud</translation>
    </message>
    <message>
        <source>The report is written to {path}.</source>
        <translation>Aruanne on salvestatud: {path}.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ava</translation>
    </message>
    <message>
        <source>Notes for {month}</source>
        <translation>Märkused, {month}</translation>
    </message>
    <message>
        <source>No notes for this month.</source>
        <translation>Selle kuu kohta märkusi pole.</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>Näitaja</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Olek</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Tegelik</translation>
    </message>
    <message>
        <source>Attained</source>
        <translation>Täitmine</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>Aasta algusest</translation>
    </message>
    <message>
        <source>Year-to-date target</source>
        <translation>Eesmärk aasta algusest</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Eelmine aasta</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Muutus</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>On track</source>
        <translation>Õigel teel</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Ohus</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>Maha jäänud</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Eesmärgita</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Andmeteta</translation>
    </message>
</context>
<context>
    <name>typed</name>
    <message>
        <source>{value} as typed</source>
        <translation>{value} nii, nagu sisestati</translation>
    </message>
</context>
</TS>
