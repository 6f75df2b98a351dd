<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bg_BG">
<context>
    <name>ActionBar</name>
    <message>
        <source>Overwrite figures already in kpidesk</source>
        <translation>Презапиши стойностите, които вече са в kpidesk</translation>
    </message>
    <message>
        <source>Keep figures already in kpidesk</source>
        <translation>Запази стойностите, които вече са в kpidesk</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортирай</translation>
    </message>
    <message>
        <source>When a month already has a figure:</source>
        <translation>Когато месецът вече има стойност:</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отказване…</translation>
    </message>
    <message>
        <source>＋ {new} new · ✎ {over} to overwrite · ＝ {same} unchanged · ⚠ {out} left out</source>
        <translation>＋ {new} нови · ✎ {over} за презаписване · ＝ {same} без промяна · ⚠ {out} пропуснати</translation>
    </message>
    <message>
        <source>◎ {count} target changes</source>
        <translation>◎ {count} промени в целите</translation>
    </message>
    <message>
        <source>✔ Imported {values} figures from {file}: {matched} KPIs matched, {created} created, {unchanged} already there, {skipped} left out.</source>
        <translation>✔ Импортирани {values} стойности от {file}: {matched} КПП съвпаднаха, {created} създадени, {unchanged} вече налични, {skipped} пропуснати.</translation>
    </message>
    <message>
        <source>Targets set from the file: {count} changes.</source>
        <translation>Цели от файла: {count} промени.</translation>
    </message>
    <message>
        <source>Left-out cells: {cells}.</source>
        <translation>Пропуснати клетки: {cells}.</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Back up</source>
        <translation>Резервно копие</translation>
    </message>
    <message>
        <source>kpidesk workspaces (*{suffix})</source>
        <translation>Работни файлове на kpidesk (*{suffix})</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Резервното копие не успя</translation>
    </message>
    <message>
        <source>Backing up to {path}…</source>
        <translation>Записва се резервно копие в {path}…</translation>
    </message>
    <message>
        <source>Backed up to {path}.</source>
        <translation>Резервното копие е записано в {path}.</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <source>Made</source>
        <translation>Направено</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>КПП</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Стойности</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Цели</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Бележка</translation>
    </message>
    <message>
        <source>Damaged: {reason}</source>
        <translation>Повредено: {reason}</translation>
    </message>
    <message>
        <source>The workspace before a restore</source>
        <translation>Работният файл преди възстановяване</translation>
    </message>
</context>
<context>
    <name>CatalogModel</name>
    <message>
        <source>KPI</source>
        <translation>КПП</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Мерна единица</translation>
    </message>
    <message>
        <source>Better when</source>
        <translation>По-добре, когато</translation>
    </message>
    <message>
        <source> (already added)</source>
        <translation> (вече добавен)</translation>
    </message>
</context>
<context>
    <name>CatalogPickerDialog</name>
    <message>
        <source>Add KPIs from the catalog</source>
        <translation>Добавяне на КПП от каталога</translation>
    </message>
    <message>
        <source>Search by name or description</source>
        <translation>Търсене по име или описание</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добави</translation>
    </message>
    <message>
        <source>Select one or more KPIs to add.</source>
        <translation>Изберете един или повече КПП за добавяне.</translation>
    </message>
    <message>
        <source>Computed as {formula}; its parts are added too.</source>
        <translation>Изчислява се като {formula}; съставните му показатели също се добавят.</translation>
    </message>
</context>
<context>
    <name>CellHistoryDialog</name>
    <message>
        <source>History of {kpi}, {month}</source>
        <translation>История на {kpi}, {month}</translation>
    </message>
    <message>
        <source>History of {kpi} of {segment}, {month}</source>
        <translation>История на {kpi} за {segment}, {month}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Зареждане…</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(празно)</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s), newest first</source>
        <translation>
            <numerusform>%n промяна</numerusform>
            <numerusform>%n промени, най-новите първи</numerusform>
        </translation>
    </message>
    <message>
        <source>This cell has never had a figure.</source>
        <translation>Тази клетка никога не е имала стойност.</translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Кога</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кой</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Компютър</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Какво</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Състояние</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Стойности</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Цел</translation>
    </message>
    <message>
        <source>KPI definition</source>
        <translation>Определение на КПП</translation>
    </message>
    <message>
        <source>Demo business</source>
        <translation>Демонстрационен бизнес</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Сегменти</translation>
    </message>
    <message>
        <source>from the catalog</source>
        <translation>от каталога</translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s)</source>
        <translation>
            <numerusform>%n стойност</numerusform>
            <numerusform>%n стойности</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n target(s)</source>
        <translation>
            <numerusform>%n цел</numerusform>
            <numerusform>%n цели</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n KPI definition(s)</source>
        <translation>
            <numerusform>%n определение на КПП</numerusform>
            <numerusform>%n определения на КПП</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment definition(s)</source>
        <translation>
            <numerusform>%n определение на сегмент</numerusform>
            <numerusform>%n определения на сегменти</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} и още %n</numerusform>
            <numerusform>{names} и още %n</numerusform>
        </translation>
    </message>
    <message>
        <source>↶ Undone {when}</source>
        <translation>↶ Отменено {when}</translation>
    </message>
    <message>
        <source>In effect</source>
        <translation>В сила</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>KPI</source>
        <translation>КПП</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Изглед</translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation>По месеци</translation>
    </message>
    <message>
        <source>Quarter by quarter</source>
        <translation>По тримесечия</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>От началото на годината</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Последните 12 месеца</translation>
    </message>
    <message>
        <source>This fiscal year</source>
        <translation>Тази финансова година</translation>
    </message>
    <message>
        <source>3 years</source>
        <translation>3 години</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Всички</translation>
    </message>
    <message>
        <source>By segment</source>
        <translation>По сегменти</translation>
    </message>
    <message>
        <source>One line per segment, with its own target</source>
        <translation>По една линия за всеки сегмент, с неговата цел</translation>
    </message>
    <message>
        <source>With the total</source>
        <translation>С общото</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Миналата година</translation>
    </message>
    <message>
        <source>Last year&apos;s figures as a dashed line, each at this year&apos;s month</source>
        <translation>Стойностите от миналата година като пунктирна линия, всяка при същия месец от тази година</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>Нулирай мащаба</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Експорт</translation>
    </message>
    <message>
        <source>No KPIs yet.

Open Goals and choose “Add from catalog…” or “New KPI…”; its chart appears here as soon as it has a figure or a target.</source>
        <translation>Още няма КПП.

Отворете „Цели“ и изберете „Добави от каталога…“ или „Нов КПП…“; графиката му ще се появи тук, щом има стойност или цел.</translation>
    </message>
    <message>
        <source>All KPIs</source>
        <translation>Всички КПП</translation>
    </message>
    <message>
        <source>Choose KPIs</source>
        <translation>Избор на КПП</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Запазване на графиката като PNG</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Изображение PNG (*.png)</translation>
    </message>
    <message>
        <source>Save chart as SVG</source>
        <translation>Запазване на графиката като SVG</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>Изображение SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Експортът не успя</translation>
    </message>
</context>
<context>
    <name>ConvertedCell</name>
    <message>
        <source>The file writes {written}; it lands as {new}.</source>
        <translation>Във файла е записано {written}; импортира се като {new}.</translation>
    </message>
    <message>
        <source>The cell names no currency, and the figures of {kpi} before 2026 are in leva; they are shown in euro at 1 € = {rate} лв.</source>
        <translation>Клетката не посочва валута, а стойностите на {kpi} преди 2026 г. са в лева; показват се в евро по курс 1 € = {rate} лв.</translation>
    </message>
    <message>
        <source>Converted at 1 € = {rate} лв.</source>
        <translation>Превърнато по курс 1 € = {rate} лв.</translation>
    </message>
    <message>
        <source>The cell is formatted as a percentage, so its number counts ×100.</source>
        <translation>Клетката е форматирана като процент, затова числото ѝ се умножава по 100.</translation>
    </message>
</context>
<context>
    <name>DamagedWorkspace</name>
    <message>
        <source>A good backup of this workspace exists. Restoring it keeps the damaged file as a backup first.</source>
        <translation>Има здраво резервно копие на този работен файл. При възстановяването му повреденият файл първо се запазва като резервно копие.</translation>
    </message>
    <message>
        <source>Restore the backup of {date}</source>
        <translation>Възстанови резервното копие от {date}</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Не е възстановено</translation>
    </message>
</context>
<context>
    <name>DashboardModel</name>
    <message>
        <source>Status</source>
        <translation>Състояние</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>КПП</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Стойност</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Цел</translation>
    </message>
    <message>
        <source>Attained</source>
        <translation>Изпълнение</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Тенденция</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 месеца</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>От нач. на годината</translation>
    </message>
    <message>
        <source>YTD target</source>
        <translation>Цел от нач. на год.</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Прогноза</translation>
    </message>
    <message>
        <source>Needed / month</source>
        <translation>Нужно / месец</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Миналата година</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Промяна</translation>
    </message>
    <message>
        <source>Against the average of the three months before</source>
        <translation>Спрямо средното за предходните три месеца</translation>
    </message>
    <message>
        <source>Figures (line) and targets (dashed) of the last twelve months</source>
        <translation>Стойности (линия) и цели (пунктир) за последните дванадесет месеца</translation>
    </message>
    <message>
        <source>Year-end figure if the rest of the year goes as it has so far</source>
        <translation>Стойност в края на годината, ако остатъкът от нея върви както досега</translation>
    </message>
    <message>
        <source>What each remaining month needs for the year to reach its annual goal: at least this when higher is better; ≤ at most this, an allowance, when lower is better; ≈ about this for a range</source>
        <translation>Какво е нужно от всеки оставащ месец, за да се постигне годишната цел: поне толкова, когато по-високото е по-добро; ≤ най-много толкова, лимит, когато по-ниското е по-добро; ≈ около толкова за диапазон</translation>
    </message>
    <message>
        <source>The same period a year earlier, over the months both years have</source>
        <translation>Същият период година по-рано, за месеците с данни и в двете години</translation>
    </message>
    <message>
        <source>Change against last year: ↑ up, ↓ down; green when better for the KPI, red when worse</source>
        <translation>Промяна спрямо миналата година: ↑ ръст, ↓ спад; зелено, когато е по-добре за показателя, червено, когато е по-зле</translation>
    </message>
    <message>
        <source>The total of {covered} of {expected} segments; the others have no figure.</source>
        <translation>Общо за {covered} от {expected} сегмента; останалите нямат стойност.</translation>
    </message>
    <message>
        <source>{value} ({covered} of {expected})</source>
        <translation>{value} ({covered} от {expected})</translation>
    </message>
    <message>
        <source>no figure</source>
        <translation>няма стойност</translation>
    </message>
    <message>
        <source>Last {count} months: {values}</source>
        <translation>Последните {count} месеца: {values}</translation>
    </message>
    <message>
        <source>Last year: {period}</source>
        <translation>Миналата година: {period}</translation>
    </message>
    <message>
        <source>Months compared, those both years have: {count}</source>
        <translation>Сравнени месеци, с данни и в двете години: {count}</translation>
    </message>
    <message>
        <source>This year {value}, last year {before}</source>
        <translation>Тази година {value}, миналата година {before}</translation>
    </message>
    <message>
        <source>Better than last year</source>
        <translation>По-добре от миналата година</translation>
    </message>
    <message>
        <source>Worse than last year</source>
        <translation>По-зле от миналата година</translation>
    </message>
</context>
<context>
    <name>DashboardSpoken</name>
    <message>
        <source>level {percent}</source>
        <translation>без промяна, {percent}</translation>
    </message>
    <message>
        <source>up {percent}</source>
        <translation>нагоре с {percent}</translation>
    </message>
    <message>
        <source>down {percent}</source>
        <translation>надолу с {percent}</translation>
    </message>
    <message>
        <source>at least {value}</source>
        <translation>поне {value}</translation>
    </message>
    <message>
        <source>at most {value}</source>
        <translation>най-много {value}</translation>
    </message>
    <message>
        <source>about {value}</source>
        <translation>около {value}</translation>
    </message>
    <message>
        <source>goal met</source>
        <translation>целта е постигната</translation>
    </message>
    <message>
        <source>used up</source>
        <translation>изчерпан</translation>
    </message>
</context>
<context>
    <name>DashboardTiles</name>
    <message>
        <source>Target {target} · {attained}</source>
        <translation>Цел {target} · {attained}</translation>
    </message>
    <message>
        <source>Target {target}, {attained} attained</source>
        <translation>Цел {target}, изпълнение {attained}</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Покажи:</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>КПП</translation>
    </message>
    <message>
        <source>Pin to the top</source>
        <translation>Закачи най-горе</translation>
    </message>
    <message>
        <source>Right-click a KPI and choose “Pin to the top” (Ctrl+P) to see it here.</source>
        <translation>Щракнете с десния бутон върху KPI и изберете „Закачи най-горе“ (Ctrl+P), за да го виждате тук.</translation>
    </message>
    <message>
        <source>No figures yet. Add KPIs under Goals and type figures under Data entry.</source>
        <translation>Още няма стойности. Добавете КПП в „Цели“ и въведете стойности във „Въвеждане“.</translation>
    </message>
    <message>
        <source>Business total</source>
        <translation>Общо за бизнеса</translation>
    </message>
    <message>
        <source>Select a KPI to see its chart.</source>
        <translation>Изберете KPI, за да видите графиката му.</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Откачи</translation>
    </message>
</context>
<context>
    <name>DataEntryView</name>
    <message>
        <source>Previous year</source>
        <translation>Предходна година</translation>
    </message>
    <message>
        <source>Next year</source>
        <translation>Следваща година</translation>
    </message>
    <message>
        <source>Type a figure and press Enter. Delete clears. Right-click for notes and history.</source>
        <translation>Въведете стойност и натиснете Enter. Delete изтрива. Десен бутон за бележки и история.</translation>
    </message>
    <message>
        <source>Fiscal year:</source>
        <translation>Финансова година:</translation>
    </message>
    <message>
        <source>Figures of:</source>
        <translation>Данни за:</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Стойности</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Не е запазено: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Clear %n figure(s)</source>
        <translation>
            <numerusform>Изтрий %n стойност</numerusform>
            <numerusform>Изтрий %n стойности</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation>
            <numerusform> (и още %n)</numerusform>
            <numerusform> (и още %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing was pasted: {problems}</source>
        <translation>нищо не е поставено: {problems}</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n figure(s)</source>
        <translation>
            <numerusform>Постави %n стойност</numerusform>
            <numerusform>Постави %n стойности</numerusform>
        </translation>
    </message>
    <message>
        <source>the block has {rows}×{cols} cells and does not fit from here</source>
        <translation>блокът е {rows}×{cols} клетки и не се побира оттук</translation>
    </message>
    <message>
        <source>{where} is computed</source>
        <translation>{where} се изчислява</translation>
    </message>
    <message>
        <source>{where} is the total of its segments</source>
        <translation>{where} е сборът на сегментите си</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation>Редактирай бележката…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>История…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копирай</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Бележка</translation>
    </message>
    <message>
        <source>Note for {kpi}, {month}:</source>
        <translation>Бележка за {kpi}, {month}:</translation>
    </message>
    <message>
        <source>Note on {kpi} for {month}</source>
        <translation>Бележка към {kpi} за {month}</translation>
    </message>
</context>
<context>
    <name>GoalsView</name>
    <message>
        <source>KPIs</source>
        <translation>КПП</translation>
    </message>
    <message>
        <source>Add from catalog…</source>
        <translation>Добави от каталога…</translation>
    </message>
    <message>
        <source>New KPI…</source>
        <translation>Нов КПП…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Редактирай…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Архивирай</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Изтрий…</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Покажи архивираните</translation>
    </message>
    <message>
        <source>Monthly target…</source>
        <translation>Месечна цел…</translation>
    </message>
    <message>
        <source>Annual goal…</source>
        <translation>Годишна цел…</translation>
    </message>
    <message>
        <source>One month…</source>
        <translation>Един месец…</translation>
    </message>
    <message>
        <source>Targets — every decision, newest first</source>
        <translation>Цели — всяко решение, най-новите първи</translation>
    </message>
    <message>
        <source>Target decisions</source>
        <translation>Решения за целите</translation>
    </message>
    <message>
        <source>No KPI selected</source>
        <translation>Няма избран КПП</translation>
    </message>
    <message>
        <source>Add KPIs from the catalog to start.</source>
        <translation>За начало добавете КПП от каталога.</translation>
    </message>
    <message>
        <source>No target applies yet. From {month}: {value}</source>
        <translation>Още няма цел. От {month}: {value}</translation>
    </message>
    <message>
        <source>KPIs and targets</source>
        <translation>Показатели и цели</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Сегменти</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Възстанови</translation>
    </message>
    <message>
        <source>computed as {formula}</source>
        <translation>изчислява се като {formula}</translation>
    </message>
    <message>
        <source>No target applies yet.</source>
        <translation>Още няма цел.</translation>
    </message>
    <message>
        <source>Target for {month}: {value}</source>
        <translation>Цел за {month}: {value}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не е запазено</translation>
    </message>
    <message>
        <source>Add {kpi}</source>
        <translation>Добавяне на {kpi}</translation>
    </message>
    <message>
        <source>Restore {kpi}</source>
        <translation>Възстановяване на {kpi}</translation>
    </message>
    <message>
        <source>Archive {kpi}</source>
        <translation>Архивиране на {kpi}</translation>
    </message>
    <message>
        <source>Edit {kpi}</source>
        <translation>Редактиране на {kpi}</translation>
    </message>
    <message>
        <source>“{kpi}” has figures or targets. Deleting it removes them for good and cannot be undone. Archive it instead to hide it and keep its history.</source>
        <translation>„{kpi}“ има стойности или цели. Изтриването ги премахва завинаги и не може да се отмени. Архивирайте го, за да го скриете и да запазите историята му.</translation>
    </message>
    <message>
        <source>Delete KPI</source>
        <translation>Изтриване на КПП</translation>
    </message>
    <message>
        <source>Delete with its history</source>
        <translation>Изтрий с историята</translation>
    </message>
    <message>
        <source>Delete “{kpi}”?</source>
        <translation>Да се изтрие ли „{kpi}“?</translation>
    </message>
    <message>
        <source>{kpi} of {segment}</source>
        <translation>{kpi} за {segment}</translation>
    </message>
    <message>
        <source>Annual goal for {kpi}</source>
        <translation>Годишна цел за {kpi}</translation>
    </message>
    <message>
        <source>Target for {kpi}</source>
        <translation>Цел за {kpi}</translation>
    </message>
</context>
<context>
    <name>GridModel</name>
    <message>
        <source>Computed: {formula}</source>
        <translation>Изчислява се: {formula}</translation>
    </message>
    <message>
        <source>Target: {target}</source>
        <translation>Цел: {target}</translation>
    </message>
    <message>
        <source>Total of {covered} of {expected} segments</source>
        <translation>Общо от {covered} от {expected} сегмента</translation>
    </message>
    <message>
        <source>Pick a segment above to type its figures.</source>
        <translation>Изберете сегмент горе, за да въведете данните му.</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Бележка: {note}</translation>
    </message>
    <message>
        <source>Same month last year: {value}</source>
        <translation>Същият месец миналата година: {value}</translation>
    </message>
    <message>
        <source>Set {kpi} for {month}</source>
        <translation>Задаване на {kpi} за {month}</translation>
    </message>
    <message>
        <source>Clear {kpi} for {month}</source>
        <translation>Изтриване на {kpi} за {month}</translation>
    </message>
    <message>
        <source>{kpi} of {segment}</source>
        <translation>{kpi} за {segment}</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>празна</translation>
    </message>
    <message>
        <source>has a note</source>
        <translation>има бележка</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation>Кога</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Преди</translation>
    </message>
    <message>
        <source>After</source>
        <translation>След</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кой</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Компютър</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Източник</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>data entry</source>
        <translation>въвеждане</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>команден ред</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>демонстрация</translation>
    </message>
    <message>
        <source>import</source>
        <translation>импорт</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>редакция</translation>
    </message>
    <message>
        <source>target</source>
        <translation>цел</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Лист</translation>
    </message>
    <message>
        <source>Figures imported</source>
        <translation>Импортирани стойности</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Пропуснати</translation>
    </message>
    <message>
        <source>KPIs created</source>
        <translation>Създадени КПП</translation>
    </message>
    <message>
        <source>↶ Undone {when}</source>
        <translation>↶ Отменено {when}</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Не</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Undo this import</source>
        <translation>Отмени този импорт</translation>
    </message>
    <message>
        <source>Remove the figures this import added and restore those it overwrote</source>
        <translation>Премахва стойностите, добавени с този импорт, и възстановява презаписаните</translation>
    </message>
    <message numerus="yes">
        <source>Undid the import of {file}: %n figure(s) restored or removed.</source>
        <translation>
            <numerusform>Импортът на {file} е отменен: %n стойност е възстановена или премахната.</numerusform>
            <numerusform>Импортът на {file} е отменен: %n стойности са възстановени или премахнати.</numerusform>
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
        <translation>и още {count}</translation>
    </message>
    <message>
        <source>Not a KPI of this workspace yet: {labels}. In the mapping table, choose the KPI each one goes to, “Create new KPI”, or “Ignore”.</source>
        <translation>Още не са КПП в този работен файл: {labels}. В таблицата за съответствие изберете КПП за всеки от тях, „Създай нов КПП“ или „Пропусни“.</translation>
    </message>
    <message>
        <source>Several sheets hold figures. Choose the sheet to import above.</source>
        <translation>Няколко листа съдържат стойности. Изберете по-горе листа за импорт.</translation>
    </message>
    <message>
        <source>Some numbers (cells {cells}) could be read two ways, such as 3.000. Choose the decimal mark above.</source>
        <translation>Някои числа (клетки {cells}) могат да се прочетат по два начина, например 3.000. Изберете десетичния знак по-горе.</translation>
    </message>
    <message>
        <source>The same KPI and month appear twice: {reason}.</source>
        <translation>Един и същ КПП и месец се срещат два пъти: {reason}.</translation>
    </message>
    <message>
        <source>No table of KPIs and months was found on this sheet ({reason}). Choose another sheet or layout above.</source>
        <translation>В този лист не е намерена таблица с КПП и месеци ({reason}). Изберете друг лист или подредба по-горе.</translation>
    </message>
    <message>
        <source>Some months already hold other figures.</source>
        <translation>Някои месеци вече съдържат други стойности.</translation>
    </message>
    <message>
        <source>{count} problems stop the import, for example: {problem}</source>
        <translation>Проблеми, които спират импорта: {count}, например: {problem}</translation>
    </message>
</context>
<context>
    <name>ImportStartPanel</name>
    <message>
        <source>Bring in the spreadsheet you already keep</source>
        <translation>Донесете таблицата, която вече водите</translation>
    </message>
    <message>
        <source>kpidesk reads Excel (.xlsx, .xlsm), LibreOffice (.ods) and CSV files, with KPIs down and months across, months down and KPIs across, or one row per KPI and month. It finds the table, shows what it found and what the import will change, and writes nothing until you press Import.</source>
        <translation>kpidesk чете файлове на Excel (.xlsx, .xlsm), LibreOffice (.ods) и CSV — с показателите по редове и месеците по колони, с месеците по редове и показателите по колони, или с по един ред за показател и месец. Програмата намира таблицата, показва какво е намерила и какво ще промени импортът и не записва нищо, докато не натиснете „Импортирай“.</translation>
    </message>
    <message>
        <source>Open a spreadsheet…</source>
        <translation>Отворете таблица…</translation>
    </message>
    <message>
        <source>or drop the file onto this window</source>
        <translation>или пуснете файла върху този прозорец</translation>
    </message>
</context>
<context>
    <name>ImportView</name>
    <message>
        <source>Labels and the KPIs they go to</source>
        <translation>Етикети и КПП, към които отиват</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Проблеми</translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation>Какво ще направи импортът</translation>
    </message>
    <message>
        <source>Create segments that are new</source>
        <translation>Създай новите сегменти</translation>
    </message>
    <message>
        <source>Add each segment the file names and the workspace does not know to the set of the KPIs its figures are for</source>
        <translation>Добавя всеки сегмент, който файлът назовава, а работното пространство не познава, към групата на показателите, за които са стойностите му</translation>
    </message>
    <message>
        <source>New import</source>
        <translation>Нов импорт</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>История на импорта</translation>
    </message>
    <message>
        <source>Import figures from a spreadsheet</source>
        <translation>Импорт на стойности от електронна таблица</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xlsm *.ods *.csv)</source>
        <translation>Електронни таблици (*.xlsx *.xlsm *.ods *.csv)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Четене на {file}…</translation>
    </message>
    <message>
        <source>Reading was cancelled; nothing was imported.</source>
        <translation>Четенето е отказано; нищо не е импортирано.</translation>
    </message>
    <message>
        <source>The file could not be read: {error}</source>
        <translation>Файлът не може да бъде прочетен: {error}</translation>
    </message>
    <message>
        <source>Nothing to import: every figure is already in kpidesk.</source>
        <translation>Няма какво да се импортира: всички стойности вече са в kpidesk.</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Импортиране на {file}…</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Импортът е отказан; нищо не е записано.</translation>
    </message>
    <message>
        <source>The import failed and nothing was written: {error}</source>
        <translation>Импортът не успя и нищо не е записано: {error}</translation>
    </message>
</context>
<context>
    <name>KpiEditorDialog</name>
    <message>
        <source>Edit KPI</source>
        <translation>Редактиране на КПП</translation>
    </message>
    <message>
        <source>New KPI</source>
        <translation>Нов КПП</translation>
    </message>
    <message>
        <source>optional industry reference</source>
        <translation>сравнителна стойност за отрасъла (по избор)</translation>
    </message>
    <message>
        <source>Business total only</source>
        <translation>Само общо за бизнеса</translation>
    </message>
    <message>
        <source>Figures typed per segment of the set; the total is made from them.</source>
        <translation>Данните се въвеждат за всеки сегмент от групата; общото се изчислява от тях.</translation>
    </message>
    <message>
        <source>The average of the segments counts each by its figure of this KPI.</source>
        <translation>Средното на сегментите претегля всеки с неговата стойност на този показател.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Име:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Категория:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Мерна единица:</translation>
    </message>
    <message>
        <source>Currency (ISO code):</source>
        <translation>Валута (ISO код):</translation>
    </message>
    <message>
        <source>Duration in:</source>
        <translation>Продължителност в:</translation>
    </message>
    <message>
        <source>Better when:</source>
        <translation>По-добре, когато:</translation>
    </message>
    <message>
        <source>Over months:</source>
        <translation>Обобщаване:</translation>
    </message>
    <message>
        <source>Formula:</source>
        <translation>Формула:</translation>
    </message>
    <message>
        <source>Tracked by:</source>
        <translation>Разделен по:</translation>
    </message>
    <message>
        <source>Weighted by:</source>
        <translation>Претеглен с:</translation>
    </message>
    <message>
        <source>Decimals shown:</source>
        <translation>Знаци след запетаята:</translation>
    </message>
    <message>
        <source>At risk within:</source>
        <translation>В риск в рамките на:</translation>
    </message>
    <message>
        <source>Benchmark:</source>
        <translation>Сравнителен показател:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Описание:</translation>
    </message>
    <message>
        <source>Each segment equally</source>
        <translation>Всеки сегмент поравно</translation>
    </message>
    <message>
        <source>✔ Computed from {parts}</source>
        <translation>✔ Изчислява се от {parts}</translation>
    </message>
    <message>
        <source>Write the formula with KPI names in square brackets.</source>
        <translation>Напишете формулата с имената на КПП в квадратни скоби.</translation>
    </message>
    <message>
        <source>A formula cannot use the KPI itself.</source>
        <translation>Формулата не може да използва самия КПП.</translation>
    </message>
    <message>
        <source>There is no KPI named [{part}].</source>
        <translation>Няма КПП с име [{part}].</translation>
    </message>
    <message>
        <source>Benchmark: {error}</source>
        <translation>Сравнителен показател: {error}</translation>
    </message>
</context>
<context>
    <name>KpiListModel</name>
    <message>
        <source>KPI</source>
        <translation>КПП</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Мерна единица</translation>
    </message>
    <message>
        <source>Better when</source>
        <translation>По-добре, когато</translation>
    </message>
    <message>
        <source>Over months</source>
        <translation>Обобщаване</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Цел</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (архивиран)</translation>
    </message>
</context>
<context>
    <name>LeaderboardView</name>
    <message>
        <source>Month</source>
        <translation>Месец</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>Месец:</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Класиране</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Карта с резултати</translation>
    </message>
    <message>
        <source>Segment page</source>
        <translation>Страница на сегмента</translation>
    </message>
    <message>
        <source>No KPI is tracked by segments yet. Add a segment set under Goals and choose it for a KPI; the ranking of its segments appears here.</source>
        <translation>Още няма КПП, следен по сегменти. Добавете група сегменти в „Цели“ и я изберете за КПП; класирането на сегментите ѝ ще се появи тук.</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>КПП</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Тримесечие</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>От нач. на годината</translation>
    </message>
    <message>
        <source>KPI:</source>
        <translation>КПП:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <source>Segment set</source>
        <translation>Група сегменти</translation>
    </message>
    <message>
        <source>Segment set:</source>
        <translation>Група сегменти:</translation>
    </message>
    <message>
        <source>Business total: &lt;b&gt;{value}&lt;/b&gt;</source>
        <translation>Общо за бизнеса: &lt;b&gt;{value}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Average of the segments: &lt;b&gt;{value}&lt;/b&gt;</source>
        <translation>Средно за сегментите: &lt;b&gt;{value}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Benchmark: &lt;b&gt;{value}&lt;/b&gt;</source>
        <translation>Сравнителен показател: &lt;b&gt;{value}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{covered} of {listed} segments have a figure</source>
        <translation>{covered} от {listed} сегмента имат стойност</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Saving…</source>
        <translation>Записване…</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Изгледи</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Табло</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Цели</translation>
    </message>
    <message>
        <source>Data entry</source>
        <translation>Въвеждане</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Графики</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>Класиране</translation>
    </message>
    <message>
        <source>kpidesk workspaces (*{suffix});;All files (*)</source>
        <translation>Работни файлове на kpidesk (*{suffix});;Всички файлове (*)</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Нов работен файл</translation>
    </message>
    <message>
        <source>{path} already exists; open it instead.</source>
        <translation>{path} вече съществува; отворете него.</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Отваряне на работен файл</translation>
    </message>
    <message>
        <source>Import figures</source>
        <translation>Импорт на стойности</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xlsm *.ods *.csv);;All files (*)</source>
        <translation>Електронни таблици (*.xlsx *.xlsm *.ods *.csv);;Всички файлове (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n figure(s).</source>
        <translation>
            <numerusform>Импортирана е %n стойност.</numerusform>
            <numerusform>Импортирани са %n стойности.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Експорт</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, one row per KPI and month (*.csv)</source>
        <translation>Работна книга на Excel (*.xlsx);;CSV, по един ред за КПП и месец (*.csv)</translation>
    </message>
    <message>
        <source>Exporting to {path}…</source>
        <translation>Експортиране в {path}…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to {path}.</source>
        <translation>
            <numerusform>Експортиран е %n ред в {path}.</numerusform>
            <numerusform>Експортирани са %n реда в {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Експортът не успя</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не е запазено</translation>
    </message>
    <message>
        <source>About kpidesk</source>
        <translation>За kpidesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;kpidesk {version}&lt;/b&gt;&lt;p&gt;Track your business&apos;s key performance indicators month by month: goals, figures and whether each is on track.&lt;/p&gt;&lt;p&gt;Workspace: {workspace}&lt;/p&gt;</source>
        <translation>&lt;b&gt;kpidesk {version}&lt;/b&gt;&lt;p&gt;Следете ключовите показатели за представяне на своя бизнес месец по месец: цели, стойности и дали всеки показател е по план.&lt;/p&gt;&lt;p&gt;Работен файл: {workspace}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <source>Label in the file</source>
        <translation>Етикет във файла</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Отива към</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Как</translation>
    </message>
    <message>
        <source>＋ Create new KPI</source>
        <translation>＋ Създай нов КПП</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Пропусни</translation>
    </message>
    <message>
        <source>⚠ Choose a KPI…</source>
        <translation>⚠ Изберете КПП…</translation>
    </message>
    <message>
        <source>Double-click to choose the KPI this label goes to</source>
        <translation>Щракнете два пъти, за да изберете КПП за този етикет</translation>
    </message>
    <message>
        <source>your choice</source>
        <translation>ваш избор</translation>
    </message>
    <message>
        <source>ignored last time</source>
        <translation>пропуснат миналия път</translation>
    </message>
    <message>
        <source>not a KPI yet</source>
        <translation>още не е КПП</translation>
    </message>
    <message>
        <source>found</source>
        <translation>намерен</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Try again</source>
        <translation>Опитай отново</translation>
    </message>
    <message>
        <source>Save the figures that were not saved</source>
        <translation>Запиши стойностите, които не бяха записани</translation>
    </message>
</context>
<context>
    <name>MissingBanner</name>
    <message>
        <source>Missing figures</source>
        <translation>Липсващи стойности</translation>
    </message>
    <message>
        <source>Hide until the next start</source>
        <translation>Скрий до следващото стартиране</translation>
    </message>
    <message>
        <source>Hide the missing figures</source>
        <translation>Скрий липсващите стойности</translation>
    </message>
    <message numerus="yes">
        <source>{newest}, and %n earlier month(s)</source>
        <translation>
            <numerusform>{newest}, и %n по-ранен месец</numerusform>
            <numerusform>{newest}, и %n по-ранни месеца</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter {month} figures</source>
        <translation>Въведи стойностите за {month}</translation>
    </message>
    <message numerus="yes">
        <source>{month}: %n of {expected} KPIs not entered</source>
        <translation>
            <numerusform>{month}: %n от {expected} КПП не е въведен</numerusform>
            <numerusform>{month}: %n от {expected} КПП не са въведени</numerusform>
        </translation>
    </message>
    <message>
        <source>{kpi}: {segments}</source>
        <translation>{kpi}: {segments}</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>и още %n</numerusform>
            <numerusform>и още %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthAxis</name>
    <message>
        <source>{quarter} so far</source>
        <translation>{quarter} досега</translation>
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
        <translation>целта е постигната</translation>
    </message>
    <message>
        <source>used up</source>
        <translation>изчерпан</translation>
    </message>
    <message>
        <source>The figures so far already reach the annual goal of {goal}.</source>
        <translation>Стойностите досега вече достигат годишната цел от {goal}.</translation>
    </message>
    <message>
        <source>The figures so far already go past the annual allowance of {goal}.</source>
        <translation>Стойностите досега вече надхвърлят годишния лимит от {goal}.</translation>
    </message>
    <message>
        <source>Each remaining month must bring at least this to reach the goal of {goal}.</source>
        <translation>Всеки оставащ месец трябва да донесе поне толкова, за да се постигне целта от {goal}.</translation>
    </message>
    <message>
        <source>An allowance: each remaining month may bring at most this to stay within {goal}.</source>
        <translation>Лимит: всеки оставащ месец може да донесе най-много толкова, за да се остане в рамките на {goal}.</translation>
    </message>
    <message>
        <source>Each remaining month should come close to this to keep to {goal}.</source>
        <translation>Всеки оставащ месец трябва да е близо до това, за да се спази {goal}.</translation>
    </message>
    <message>
        <source>The average the remaining months need for the year&apos;s average to meet the goal of {goal}.</source>
        <translation>Средната стойност, нужна на оставащите месеци, за да достигне средната за годината целта от {goal}.</translation>
    </message>
    <message>
        <source>The average the remaining months may reach at most for the year&apos;s average to stay within {goal}.</source>
        <translation>Най-високата средна стойност, която оставащите месеци могат да достигнат, за да остане средната за годината в рамките на {goal}.</translation>
    </message>
    <message>
        <source>Needed per month: {value}</source>
        <translation>Нужно на месец: {value}</translation>
    </message>
    <message>
        <source>Allowed per month: {value}</source>
        <translation>Допустимо на месец: {value}</translation>
    </message>
    <message>
        <source>To stay in range: {value}</source>
        <translation>За да остане в диапазона: {value}</translation>
    </message>
    <message>
        <source>The figure the year must end on to meet the goal of {goal}.</source>
        <translation>Стойността, с която годината трябва да завърши, за да се постигне целта от {goal}.</translation>
    </message>
</context>
<context>
    <name>NewSegmentDialog</name>
    <message>
        <source>New segment</source>
        <translation>Нов сегмент</translation>
    </message>
    <message>
        <source>e.g. Sofia or Maria</source>
        <translation>напр. София или Мария</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Обекти</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Име:</translation>
    </message>
    <message>
        <source>Set:</source>
        <translation>Група:</translation>
    </message>
    <message>
        <source>Type a new set&apos;s name to start a set.</source>
        <translation>Въведете ново име на група, за да създадете група.</translation>
    </message>
</context>
<context>
    <name>OverwriteWarning</name>
    <message>
        <source>⚠ … and {count} more KPIs like this.</source>
        <translation>⚠ … и още {count} КПП като тези.</translation>
    </message>
    <message>
        <source>Overwrite these figures?</source>
        <translation>Да се презапишат ли тези стойности?</translation>
    </message>
    <message>
        <source>This import would overwrite figures with ones on another scale.</source>
        <translation>Този импорт би презаписал стойности с други в различен мащаб.</translation>
    </message>
    <message>
        <source>Import anyway</source>
        <translation>Импортирай въпреки това</translation>
    </message>
    <message>
        <source>⚠ {kpi}: {count} of the {total} figures to overwrite would drop to about ×{factor}.</source>
        <translation>⚠ {kpi}: {count} от {total} стойности за презаписване биха спаднали до около ×{factor} от сегашните.</translation>
    </message>
    <message>
        <source>⚠ {kpi}: {count} of the {total} figures to overwrite would rise to about ×{factor}.</source>
        <translation>⚠ {kpi}: {count} от {total} стойности за презаписване биха нараснали до около ×{factor} от сегашните.</translation>
    </message>
    <message>
        <source>Likely leva taken for euro, or euro for leva (1 € = {rate} лв.).</source>
        <translation>Вероятно лева са взети за евро или евро за лева (1 € = {rate} лв.).</translation>
    </message>
    <message>
        <source>Likely thousands taken for units, or units for thousands.</source>
        <translation>Вероятно хиляди са взети за единици или единици за хиляди.</translation>
    </message>
    <message>
        <source>Likely a percentage taken as a fraction ({percent} as {fraction}), or the reverse.</source>
        <translation>Вероятно процент е взет като дроб ({percent} като {fraction}) или обратното.</translation>
    </message>
    <message>
        <source>Check the units in the file.</source>
        <translation>Проверете мерните единици във файла.</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месец</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Тримесечие</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>От нач. на годината</translation>
    </message>
    <message>
        <source>Quarter:</source>
        <translation>Тримесечие:</translation>
    </message>
    <message>
        <source>Through:</source>
        <translation>До:</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>Месец:</translation>
    </message>
    <message>
        <source>Through</source>
        <translation>До</translation>
    </message>
</context>
<context>
    <name>PeriodText</name>
    <message>
        <source>Q{number} {year}</source>
        <translation>Q{number} {year}</translation>
    </message>
    <message>
        <source>{quarter} through {month}</source>
        <translation>{quarter} до {month} вкл.</translation>
    </message>
    <message>
        <source>Year to date through {month}</source>
        <translation>От началото на годината до {month} вкл.</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <source>Month</source>
        <translation>Месец</translation>
    </message>
    <message>
        <source>Target that day</source>
        <translation>Цел към онзи ден</translation>
    </message>
    <message>
        <source>Target now</source>
        <translation>Цел сега</translation>
    </message>
    <message>
        <source>Since then</source>
        <translation>Оттогава</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>променена</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <source>The plan as it stood</source>
        <translation>Планът, какъвто беше</translation>
    </message>
    <message>
        <source>Targets for</source>
        <translation>Цели за</translation>
    </message>
    <message>
        <source>as of</source>
        <translation>към</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Target</source>
        <translation>Цел</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>КПП</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месец</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Сега</translation>
    </message>
    <message>
        <source>→ New</source>
        <translation>→ Ново</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Какво става</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Клетка</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Бележка</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Нова</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Презапис</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Без промяна</translation>
    </message>
    <message>
        <source>Keep current</source>
        <translation>Запази текущата</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Пропусната</translation>
    </message>
    <message>
        <source>Business total</source>
        <translation>Общо за бизнеса</translation>
    </message>
    <message>
        <source>the figure already there is kept</source>
        <translation>наличната стойност се запазва</translation>
    </message>
    <message>
        <source>Cell {cell} is left out: {reason}</source>
        <translation>Клетка {cell} е пропусната: {reason}</translation>
    </message>
    <message>
        <source>{old} now in kpidesk becomes {new} (cell {cell})</source>
        <translation>{old} в kpidesk става {new} (клетка {cell})</translation>
    </message>
    <message>
        <source>From cell {cell}</source>
        <translation>От клетка {cell}</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>Sheet</source>
        <translation>Лист</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Клетка</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Stops the import</source>
        <translation>Спира импорта</translation>
    </message>
    <message>
        <source>Cell left out</source>
        <translation>Клетката е пропусната</translation>
    </message>
</context>
<context>
    <name>RangeTip</name>
    <message>
        <source>Keep within the range: on track from {low} to {high} (target {target}), at risk from {risk_low} to {risk_high}, off track beyond.</source>
        <translation>Да остане в диапазона: в норма от {low} до {high} (цел {target}), под риск от {risk_low} до {risk_high}, извън норма отвъд.</translation>
    </message>
    <message>
        <source>{value} is within the good range: {status}.</source>
        <translation>{value} е в добрия диапазон: {status}.</translation>
    </message>
    <message>
        <source>{value} is {distance} below the good range: {status}.</source>
        <translation>{value} е с {distance} под добрия диапазон: {status}.</translation>
    </message>
    <message>
        <source>{value} is {distance} above the good range: {status}.</source>
        <translation>{value} е с {distance} над добрия диапазон: {status}.</translation>
    </message>
    <message>
        <source>Attained {attained}: 100 % at the target, less the further the figure is from it.</source>
        <translation>Постигнато {attained}: 100 % при целта, толкова по-малко, колкото по-далеч е стойността от нея.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Monthly report</source>
        <translation>Месечен отчет</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Избор…</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>Месец:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Запис като:</translation>
    </message>
    <message>
        <source>Write report</source>
        <translation>Създай отчета</translation>
    </message>
    <message>
        <source>There are no figures yet to report on.</source>
        <translation>Все още няма въведени стойности, за които да има отчет.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Запис на отчета</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose where to save the report.</source>
        <translation>Изберете къде да се запише отчетът.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Папката {folder} не съществува.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Възстановяване от резервно копие</translation>
    </message>
    <message>
        <source>The automatic backups of {workspace}, newest first. Restoring one keeps the workspace as it is now as a backup first.</source>
        <translation>Автоматичните резервни копия на {workspace}, най-новите първи. При възстановяване сегашното състояние на работния файл първо се запазва като резервно копие.</translation>
    </message>
    <message>
        <source>Reading the backups…</source>
        <translation>Резервните копия се четат…</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Избор на файл…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Възстанови</translation>
    </message>
    <message>
        <source>A workspace on a server cannot be restored from a file here.</source>
        <translation>Работен файл на сървър не може да се възстанови тук от файл.</translation>
    </message>
    <message>
        <source>Choose a backup and press Restore, or choose a backup file.</source>
        <translation>Изберете резервно копие и натиснете „Възстанови“ или изберете файл с резервно копие.</translation>
    </message>
    <message>
        <source>There are no automatic backups yet: one is made when the window closes.</source>
        <translation>Все още няма автоматични резервни копия: такова се прави при затваряне на прозореца.</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Изберете резервно копие</translation>
    </message>
    <message>
        <source>kpidesk workspaces (*{suffix});;All files (*)</source>
        <translation>Работни файлове на kpidesk (*{suffix});;Всички файлове (*)</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Не е възстановено</translation>
    </message>
    <message>
        <source>Restore the backup of {date}? The workspace as it is now is kept as a backup first.</source>
        <translation>Да се възстанови ли резервното копие от {date}? Първо сегашното състояние на работния файл се запазва като резервно копие.</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Резервното копие се проверява…</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Възстановява се…</translation>
    </message>
    <message>
        <source>Restored the backup of {date}.</source>
        <translation>Възстановено е резервното копие от {date}.</translation>
    </message>
    <message>
        <source>The workspace as it was is kept in {path}.</source>
        <translation>Предишното състояние на работния файл е запазено в {path}.</translation>
    </message>
</context>
<context>
    <name>SegmentPageModel</name>
    <message>
        <source>KPI</source>
        <translation>КПП</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Състояние</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Стойност</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Цел</translation>
    </message>
    <message>
        <source>Attained</source>
        <translation>Изпълнение</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Място</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Средно</translation>
    </message>
    <message>
        <source>vs average</source>
        <translation>спрямо средното</translation>
    </message>
    <message>
        <source>Business total</source>
        <translation>Общо за бизнеса</translation>
    </message>
</context>
<context>
    <name>SegmentPageView</name>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Segment:</source>
        <translation>Сегмент:</translation>
    </message>
    <message>
        <source>The segment&apos;s KPIs</source>
        <translation>КПП на сегмента</translation>
    </message>
    <message>
        <source>No segments yet. Add a segment set and its segments under Goals.</source>
        <translation>Още няма сегменти. Добавете група сегменти и сегментите ѝ в „Цели“.</translation>
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
        <translation>Общото за бизнеса или един сегмент: за сегмент се показват показателите, разделени по групата му.</translation>
    </message>
    <message>
        <source>Business total</source>
        <translation>Общо за бизнеса</translation>
    </message>
</context>
<context>
    <name>SegmentsPanel</name>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Състояние</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>Известен и като</translation>
    </message>
    <message>
        <source>Segment sets</source>
        <translation>Групи сегменти</translation>
    </message>
    <message>
        <source>New segment…</source>
        <translation>Нов сегмент…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Преименуване…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Архивиране</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>Сливане с…</translation>
    </message>
    <message>
        <source>No segments yet. Add your locations or people to type figures for each and compare them; then choose in a KPI&apos;s “Tracked by” which set it is split by.</source>
        <translation>Още няма сегменти. Добавете обектите или хората си, за да въвеждате данни за всеки и да ги сравнявате; после изберете в „Разделен по“ на показателя по коя група се разделя.</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>архивиран</translation>
    </message>
    <message>
        <source>reporting</source>
        <translation>активен</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Възстановяване</translation>
    </message>
    <message>
        <source>Rename segment</source>
        <translation>Преименуване на сегмент</translation>
    </message>
    <message>
        <source>New name for {segment}:</source>
        <translation>Ново име за {segment}:</translation>
    </message>
    <message>
        <source>Merge segment</source>
        <translation>Сливане на сегмент</translation>
    </message>
    <message>
        <source>Merge {segment} into (its figures move there; it is archived, its name kept):</source>
        <translation>Сливане на {segment} с (данните му се преместват там; той се архивира, името му се пази):</translation>
    </message>
    <message>
        <source>Add segment {segment}</source>
        <translation>Добавяне на сегмент {segment}</translation>
    </message>
    <message>
        <source>Rename {segment} to {name}</source>
        <translation>Преименуване на {segment} на {name}</translation>
    </message>
    <message>
        <source>Archive {segment}</source>
        <translation>Архивиране на {segment}</translation>
    </message>
    <message>
        <source>Restore {segment}</source>
        <translation>Възстановяване на {segment}</translation>
    </message>
    <message>
        <source>Merge {segment} into {into}</source>
        <translation>Сливане на {segment} с {into}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не е записано</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Workspace settings</source>
        <translation>Настройки на работния файл</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Като в системата</translation>
    </message>
    <message>
        <source>The language changes the next time kpidesk starts.</source>
        <translation>Езикът ще се смени при следващото стартиране на kpidesk.</translation>
    </message>
    <message>
        <source>Every change you make is recorded under this name; left empty, under the computer&apos;s user name.</source>
        <translation>Всяка ваша промяна се записва под това име; ако е празно — под потребителското име в компютъра.</translation>
    </message>
    <message>
        <source>Remind me to enter the month&apos;s figures on day</source>
        <translation>Напомняй ми да въведа стойностите за месеца на</translation>
    </message>
    <message>
        <source> of the month</source>
        <translation> число от месеца</translation>
    </message>
    <message>
        <source>Day of the month</source>
        <translation>Ден от месеца</translation>
    </message>
    <message>
        <source>On that day, or the first start after it, kpidesk opens on the dashboard with the figures still missing.</source>
        <translation>На този ден или при първото стартиране след него kpidesk се отваря на таблото с още липсващите стойности.</translation>
    </message>
    <message>
        <source>Year to date, annual goals and the data-entry grid follow the fiscal year. Changing its start changes how figures are summed, not the figures.</source>
        <translation>Стойностите от началото на годината, годишните цели и таблицата за въвеждане следват финансовата година. Промяната на началото ѝ променя как се сумират стойностите, а не самите стойности.</translation>
    </message>
    <message>
        <source>Workspace name:</source>
        <translation>Име на работния файл:</translation>
    </message>
    <message>
        <source>Business name:</source>
        <translation>Име на фирмата:</translation>
    </message>
    <message>
        <source>Fiscal year starts in:</source>
        <translation>Финансовата година започва през:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Език:</translation>
    </message>
    <message>
        <source>Your name (shown in the history):</source>
        <translation>Вашето име (в историята):</translation>
    </message>
</context>
<context>
    <name>SourcePanel</name>
    <message>
        <source>No file yet: open one or drop it here.</source>
        <translation>Още няма файл: отворете или го пуснете тук.</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>Отвори файл…</translation>
    </message>
    <message>
        <source>Choose a sheet…</source>
        <translation>Изберете лист…</translation>
    </message>
    <message>
        <source>Find it for me</source>
        <translation>Намери я вместо мен</translation>
    </message>
    <message>
        <source>KPIs down, months across</source>
        <translation>КПП по редове, месеци по колони</translation>
    </message>
    <message>
        <source>Months down, KPIs across</source>
        <translation>Месеци по редове, КПП по колони</translation>
    </message>
    <message>
        <source>One row per KPI and month</source>
        <translation>По един ред за КПП и месец</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Изберете…</translation>
    </message>
    <message>
        <source>Comma: 1 234,56</source>
        <translation>Запетая: 1 234,56</translation>
    </message>
    <message>
        <source>Point: 1,234.56</source>
        <translation>Точка: 1,234.56</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Табулация</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Кодиране:</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Разделител:</translation>
    </message>
    <message>
        <source>Decimal mark:</source>
        <translation>Десетичен знак:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Лист:</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>Подредба:</translation>
    </message>
    <message>
        <source>{name} (hidden)</source>
        <translation>{name} (скрит)</translation>
    </message>
    <message>
        <source>{sheet} — has figures</source>
        <translation>{sheet} — има стойности</translation>
    </message>
    <message>
        <source>{what} (guessed):</source>
        <translation>{what} (предположение):</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Кодиране</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Разделител</translation>
    </message>
    <message>
        <source>KPIs down column {label}, months across row {rows}</source>
        <translation>КПП надолу в колона {label}, месеци по ред {rows}</translation>
    </message>
    <message>
        <source>Months down column {month}, KPIs across row {rows}</source>
        <translation>Месеци надолу в колона {month}, КПП по ред {rows}</translation>
    </message>
    <message>
        <source>KPIs in column {label}, months in column {month}, figures in column {value}</source>
        <translation>КПП в колона {label}, месеци в колона {month}, стойности в колона {value}</translation>
    </message>
    <message>
        <source>Found: {where} (header at {cell}). Labels: {labels}, months: {months}</source>
        <translation>Намерено: {where} (заглавие в {cell}). Етикети: {labels}, месеци: {months}</translation>
    </message>
    <message>
        <source>Left out as totals or notes: {shown}</source>
        <translation>Пропуснати като суми или бележки: {shown}</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>и още {count}</translation>
    </message>
</context>
<context>
    <name>StaleDialog</name>
    <message>
        <source>Changed on another desktop</source>
        <translation>Променено от друг компютър</translation>
    </message>
    <message>
        <source>Yours: {figure}</source>
        <translation>Вашата стойност: {figure}</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Запази тяхната</translation>
    </message>
    <message>
        <source>Use mine</source>
        <translation>Използвай моята</translation>
    </message>
    <message numerus="yes">
        <source>%n of the figures you are saving changed after you loaded them.</source>
        <translation>
            <numerusform>%n от стойностите, които записвате, беше променена, след като сте заредили данните.</numerusform>
            <numerusform>%n от стойностите, които записвате, бяха променени, след като сте заредили данните.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(и още %n)</numerusform>
            <numerusform>(и още %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep theirs for all</source>
        <translation>Запази техните за всички</translation>
    </message>
    <message>
        <source>Use mine for all</source>
        <translation>Използвай моите за всички</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Някой</translation>
    </message>
    <message>
        <source>another computer</source>
        <translation>друг компютър</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>неизвестен момент</translation>
    </message>
    <message>
        <source>{who} on {computer} cleared {kpi}, {month} at {time} after you loaded it.</source>
        <translation>{who} от {computer} изчисти {kpi}, {month} в {time}, след като сте заредили данните.</translation>
    </message>
    <message>
        <source>{who} on {computer} changed {kpi}, {month} to {value} at {time} after you loaded it.</source>
        <translation>{who} от {computer} промени {kpi}, {month} на {value} в {time}, след като сте заредили данните.</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>празно</translation>
    </message>
</context>
<context>
    <name>StandingsModel</name>
    <message>
        <source>Rank</source>
        <translation>Място</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Стойност</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Цел</translation>
    </message>
    <message>
        <source>Attained</source>
        <translation>Изпълнение</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Състояние</translation>
    </message>
    <message>
        <source>vs previous</source>
        <translation>спрямо предходния</translation>
    </message>
    <message>
        <source>vs average</source>
        <translation>спрямо средното</translation>
    </message>
    <message>
        <source>vs benchmark</source>
        <translation>спрямо сравн. показател</translation>
    </message>
    <message>
        <source>By attainment of the segment&apos;s own target; “=2” is a shared place</source>
        <translation>По изпълнението на собствената цел на сегмента; „=2“ е споделено място</translation>
    </message>
    <message>
        <source>Change against the previous period</source>
        <translation>Промяна спрямо предходния период</translation>
    </message>
    <message>
        <source>Difference from the average of the segments</source>
        <translation>Разлика от средното за сегментите</translation>
    </message>
    <message>
        <source>Difference from the KPI&apos;s benchmark</source>
        <translation>Разлика от сравнителния показател на КПП</translation>
    </message>
    <message>
        <source>Shares place {rank}</source>
        <translation>Споделя {rank}. място</translation>
    </message>
</context>
<context>
    <name>TargetDialog</name>
    <message>
        <source>Target for {kpi}</source>
        <translation>Цел за {kpi}</translation>
    </message>
    <message>
        <source>Business total</source>
        <translation>Общо за бизнеса</translation>
    </message>
    <message>
        <source>e.g. 1 200 or 12,5</source>
        <translation>напр. 1 200 или 12,5</translation>
    </message>
    <message>
        <source>why this goal (optional)</source>
        <translation>защо тази цел (по избор)</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>За:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Година:</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>Месец:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Стойност:</translation>
    </message>
    <message>
        <source>Spread:</source>
        <translation>Разпределение:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Бележка:</translation>
    </message>
    <message>
        <source>type the target value</source>
        <translation>въведете целевата стойност</translation>
    </message>
    <message>
        <source>{value} a month from {month} on, until you change it.</source>
        <translation>{value} на месец от {month} нататък, докато не я промените.</translation>
    </message>
    <message>
        <source>{value} for {month} only.</source>
        <translation>{value} само за {month}.</translation>
    </message>
    <message>
        <source>{value} for the year {first} – {last}, as these monthly targets:</source>
        <translation>{value} за годината {first} – {last}, като следните месечни цели:</translation>
    </message>
    <message>
        <source>euro (€)</source>
        <translation>евро (€)</translation>
    </message>
    <message>
        <source>leva (лв.)</source>
        <translation>лева (лв.)</translation>
    </message>
    <message>
        <source>a target in {currency} cannot be set for a KPI kept in {kept}</source>
        <translation>цел в {currency} не може да се зададе за KPI, воден в {kept}</translation>
    </message>
</context>
<context>
    <name>TargetHistoryModel</name>
    <message>
        <source>Set on</source>
        <translation>Зададена на</translation>
    </message>
    <message>
        <source>Applies</source>
        <translation>Важи</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Стойност</translation>
    </message>
    <message>
        <source>Business total</source>
        <translation>Общо за бизнеса</translation>
    </message>
    <message>
        <source>Monthly from {month} on</source>
        <translation>Месечно от {month} нататък</translation>
    </message>
    <message>
        <source>{month} only</source>
        <translation>Само {month}</translation>
    </message>
    <message>
        <source>Year {first} – {last}, {spread}</source>
        <translation>Година {first} – {last}, {spread}</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>The demo was not opened</source>
        <translation>Демото не беше отворено</translation>
    </message>
    <message>
        <source>Start tracking your business</source>
        <translation>Започнете да следите бизнеса си</translation>
    </message>
    <message>
        <source>This workspace has no KPIs yet. Pick them from the catalog, bring in the spreadsheet you keep, or look around in a demo business first.</source>
        <translation>В това работно пространство още няма КПП. Изберете ги от каталога, импортирайте таблицата, която водите, или първо разгледайте демо бизнеса.</translation>
    </message>
    <message>
        <source>Add KPIs from the catalog…</source>
        <translation>Добави КПП от каталога…</translation>
    </message>
    <message>
        <source>Import a spreadsheet…</source>
        <translation>Импортирай таблица…</translation>
    </message>
    <message>
        <source>Open the demo business</source>
        <translation>Отвори демо бизнеса</translation>
    </message>
    <message>
        <source>Type the month&apos;s figures</source>
        <translation>Въведете стойностите за месеца</translation>
    </message>
    <message>
        <source>Your KPIs are ready</source>
        <translation>КПП са готови</translation>
    </message>
    <message>
        <source>They have no figures yet. Type last month&apos;s figures, or bring them in from the spreadsheet you keep; the dashboard shows them at once.</source>
        <translation>Още нямат стойности. Въведете стойностите за миналия месец или ги внесете от таблицата, която водите; таблото ги показва веднага.</translation>
    </message>
    <message>
        <source>Filling in the demo business…</source>
        <translation>Демо бизнесът се зарежда…</translation>
    </message>
</context>
<context>
    <name>Who</name>
    <message>
        <source>{who}, on the computer {computer}</source>
        <translation>{who}, от компютъра {computer}</translation>
    </message>
</context>
<context>
    <name>WorkspaceHistoryDialog</name>
    <message>
        <source>Workspace history</source>
        <translation>История на работния файл</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Зареждане…</translation>
    </message>
    <message>
        <source>Undo this change</source>
        <translation>Отмени тази промяна</translation>
    </message>
    <message>
        <source>Put back what the selected change replaced, whoever made it</source>
        <translation>Връща това, което избраната промяна е заменила, който и да я е направил</translation>
    </message>
    <message>
        <source>Redo this change</source>
        <translation>Повтори тази промяна</translation>
    </message>
    <message>
        <source>Apply the selected undone change again</source>
        <translation>Прилага отново избраната отменена промяна</translation>
    </message>
    <message>
        <source>Show older</source>
        <translation>Покажи по-старите</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s), newest first</source>
        <translation>
            <numerusform>%n промяна</numerusform>
            <numerusform>%n промени, най-новите първи</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest {shown} of %n changes</source>
        <translation>
            <numerusform>Най-новите {shown} от %n промяна</numerusform>
            <numerusform>Най-новите {shown} от %n промени</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undid change {id}: %n figure(s) restored.</source>
        <translation>
            <numerusform>Промяна {id} е отменена: %n стойност е възстановена.</numerusform>
            <numerusform>Промяна {id} е отменена: %n стойности са възстановени.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undid change {id}.</source>
        <translation>Промяна {id} е отменена.</translation>
    </message>
    <message numerus="yes">
        <source>Redid change {id}: %n figure(s) set again.</source>
        <translation>
            <numerusform>Промяна {id} е повторена: %n стойност е записана отново.</numerusform>
            <numerusform>Промяна {id} е повторена: %n стойности са записани отново.</numerusform>
        </translation>
    </message>
    <message>
        <source>Redid change {id}.</source>
        <translation>Промяна {id} е повторена.</translation>
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
        <translation>Работният файл не може да бъде отворен</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <source>Year to date through {month}</source>
        <translation>От началото на годината до {month}</translation>
    </message>
    <message>
        <source>no figure</source>
        <translation>няма стойност</translation>
    </message>
    <message>
        <source>Value: {value}</source>
        <translation>Стойност: {value}</translation>
    </message>
    <message>
        <source>Target: {target}</source>
        <translation>Цел: {target}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>няма</translation>
    </message>
    <message>
        <source>Attainment: {percent}</source>
        <translation>Изпълнение: {percent}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Бележка: {note}</translation>
    </message>
    <message>
        <source>Converted from leva at 1.95583 BGN = 1 EUR</source>
        <translation>Превалутирано от лева по курс 1,95583 лв. = 1 €</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>по-високото е по-добре</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>по-ниското е по-добре</translation>
    </message>
    <message>
        <source>keep within the range</source>
        <translation>да остане в диапазона</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Факт</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Цел</translation>
    </message>
    <message>
        <source>Good range</source>
        <translation>Добър диапазон</translation>
    </message>
    <message>
        <source>Good side</source>
        <translation>Добра страна</translation>
    </message>
    <message>
        <source>Within tolerance</source>
        <translation>В рамките на допуска</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>Сравнителен показател</translation>
    </message>
    <message>
        <source>Actual, year to date</source>
        <translation>Факт от началото на годината</translation>
    </message>
    <message>
        <source>Target, year to date</source>
        <translation>Цел от началото на годината</translation>
    </message>
    <message>
        <source>Off-track side</source>
        <translation>Страна на изоставане</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Миналата година</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Прогноза</translation>
    </message>
    <message>
        <source>Annual goal</source>
        <translation>Годишна цел</translation>
    </message>
    <message>
        <source>No figures yet.</source>
        <translation>Още няма стойности.</translation>
    </message>
    <message>
        <source>{period}: {value}, no target</source>
        <translation>{period}: {value}, без цел</translation>
    </message>
    <message>
        <source>{period}: {value} against a target of {target}, {status}</source>
        <translation>{period}: {value} при цел {target}, {status}</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Графика</translation>
    </message>
    <message>
        <source>month by month</source>
        <translation>по месеци</translation>
    </message>
    <message>
        <source>quarter by quarter</source>
        <translation>по тримесечия</translation>
    </message>
    <message>
        <source>year to date</source>
        <translation>от началото на годината</translation>
    </message>
    <message>
        <source>Benchmark {value}</source>
        <translation>Сравнителен показател {value}</translation>
    </message>
    <message>
        <source>Annual goal {value}</source>
        <translation>Годишна цел {value}</translation>
    </message>
    <message>
        <source>Click to open the full chart</source>
        <translation>Щракнете, за да отворите цялата графика</translation>
    </message>
    <message>
        <source>Target {value}</source>
        <translation>Цел {value}</translation>
    </message>
    <message>
        <source>{width} × {height} px</source>
        <translation>{width} × {height} пиксела</translation>
    </message>
    <message>
        <source>Save as PNG</source>
        <translation>Запази като PNG</translation>
    </message>
    <message>
        <source>slide</source>
        <translation>слайд</translation>
    </message>
    <message>
        <source>report</source>
        <translation>отчет</translation>
    </message>
    <message>
        <source>As on screen: {size}…</source>
        <translation>Както на екрана: {size}…</translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation>Запази като SVG…</translation>
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation>Копирай в клипборда</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Място</translation>
    </message>
    <message>
        <source>&lt;b&gt;{kpi}&lt;/b&gt; · last 12 months</source>
        <translation>&lt;b&gt;{kpi}&lt;/b&gt; · последните 12 месеца</translation>
    </message>
    <message>
        <source>Business total</source>
        <translation>Общо за бизнеса</translation>
    </message>
    <message>
        <source>Target (dashed, each line&apos;s colour)</source>
        <translation>Цел (пунктир, в цвета на линията)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{kpi}&lt;/b&gt; · by segment · {direction}</source>
        <translation>&lt;b&gt;{kpi}&lt;/b&gt; · по сегменти · {direction}</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <source>min</source>
        <translation>мин</translation>
    </message>
    <message>
        <source>h</source>
        <translation>ч</translation>
    </message>
    <message>
        <source>d</source>
        <translation>дни</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Money</source>
        <translation>Пари</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Процент</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Брой</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Число</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Продължителност</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Съотношение</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>По-високото е по-добре</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>По-ниското е по-добре</translation>
    </message>
    <message>
        <source>Keep within a range</source>
        <translation>Да остане в диапазон</translation>
    </message>
    <message>
        <source>Months add up</source>
        <translation>Месеците се сумират</translation>
    </message>
    <message>
        <source>Average of months</source>
        <translation>Средно за месеците</translation>
    </message>
    <message>
        <source>Latest month counts</source>
        <translation>Важи последният месец</translation>
    </message>
    <message>
        <source>Computed by formula</source>
        <translation>Изчислява се по формула</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Сума</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Средно</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Последен</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Формула</translation>
    </message>
    <message>
        <source>Customer service</source>
        <translation>Обслужване на клиенти</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Маркетинг</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Продажби</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Финанси</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Собствени</translation>
    </message>
    <message>
        <source>Monthly target from a month on</source>
        <translation>Месечна цел от даден месец нататък</translation>
    </message>
    <message>
        <source>Annual goal</source>
        <translation>Годишна цел</translation>
    </message>
    <message>
        <source>One month only</source>
        <translation>Само за един месец</translation>
    </message>
    <message>
        <source>evenly</source>
        <translation>равномерно</translation>
    </message>
    <message>
        <source>like last year</source>
        <translation>като миналата година</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>минути</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>часове</translation>
    </message>
    <message>
        <source>days</source>
        <translation>дни</translation>
    </message>
</context>
<context>
    <name>leaderboard</name>
    <message>
        <source>{segment} · {kpi}: {value} of {target} · {status}</source>
        <translation>{segment} · {kpi}: {value} от {target} · {status}</translation>
    </message>
    <message>
        <source>{rank} of {count}</source>
        <translation>{rank} от {count}</translation>
    </message>
    <message>
        <source>not ranked</source>
        <translation>без класиране</translation>
    </message>
    <message>
        <source>shared place {rank}</source>
        <translation>споделено {rank}. място</translation>
    </message>
    <message>
        <source>place {rank}</source>
        <translation>{rank}. място</translation>
    </message>
    <message>
        <source>shared place {rank} of {count}</source>
        <translation>споделено {rank}. място от {count}</translation>
    </message>
    <message>
        <source>place {rank} of {count}</source>
        <translation>{rank}. място от {count}</translation>
    </message>
    <message>
        <source>pp</source>
        <comment>percentage points</comment>
        <translation>п.п.</translation>
    </message>
</context>
<context>
    <name>lev</name>
    <message>
        <source>Entered as {lev}&#xa0;лв., shown in euro at {rate}</source>
        <translation>Въведено като {lev}&#xa0;лв., показано в евро по курс {rate}</translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Нов работен файл…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Отвори работен файл…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Последни</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Експорт…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Резервно копие…</translation>
    </message>
    <message>
        <source>Res&amp;tore…</source>
        <translation>Възс&amp;тановяване…</translation>
    </message>
    <message>
        <source>Monthly re&amp;port…</source>
        <translation>Месечен о&amp;тчет…</translation>
    </message>
    <message>
        <source>Workspace &amp;settings…</source>
        <translation>Н&amp;астройки на работния файл…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Из&amp;ход</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Редактиране</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отмени</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Пов&amp;тори</translation>
    </message>
    <message>
        <source>Workspace &amp;history…</source>
        <translation>&amp;История на работния файл…</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Из&amp;режи</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копирай</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Постави</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Изтрий</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Изглед</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Помощ</translation>
    </message>
    <message>
        <source>&amp;About kpidesk</source>
        <translation>&amp;За kpidesk</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(още няма)</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>is not a number</source>
        <translation>не е число</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; {reason}</source>
        <translation>„{text}“ {reason}</translation>
    </message>
    <message>
        <source>could be {as_dot} or {as_comma}: the decimal mark cannot be told; say whether the file uses a decimal comma or a decimal dot</source>
        <translation>може да е {as_dot} или {as_comma}: десетичният знак не може да се определи; посочете дали файлът използва десетична запетая или десетична точка</translation>
    </message>
    <message>
        <source>is a yes/no value, not a number</source>
        <translation>е стойност да/не, а не число</translation>
    </message>
    <message>
        <source>is not a finite number</source>
        <translation>не е крайно число</translation>
    </message>
    <message>
        <source>is the spreadsheet error {code}, not a number</source>
        <translation>е грешката {code} от таблицата, а не число</translation>
    </message>
    <message>
        <source>is too large to be a figure</source>
        <translation>е твърде голямо, за да е стойност</translation>
    </message>
    <message>
        <source>is not a number (the digit groups are not thousands)</source>
        <translation>не е число (групите цифри не са хиляди)</translation>
    </message>
    <message>
        <source>has more than one decimal mark &apos;{mark}&apos;</source>
        <translation>има повече от един десетичен знак „{mark}“</translation>
    </message>
    <message>
        <source>is not a number (the thousands separators are misplaced)</source>
        <translation>не е число (разделителите на хилядите са на грешно място)</translation>
    </message>
    <message>
        <source>is too small to store (it would become 0)</source>
        <translation>е твърде малко, за да бъде записано (би станало 0)</translation>
    </message>
    <message>
        <source>is not a number (it contains letters)</source>
        <translation>не е число (съдържа букви)</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <source>the month &apos;{text}&apos; has no year (none above it, in the title or the sheet name)</source>
        <translation>месецът „{text}“ няма година (няма над него, в заглавието или в името на листа)</translation>
    </message>
    <message>
        <source>row {row} has figures but no KPI name; the row is left out</source>
        <translation>ред {row} има стойности, но няма име на КПП; редът е пропуснат</translation>
    </message>
    <message>
        <source>&apos;{label}&apos; is the text of a formula, not a KPI name; the row is left out</source>
        <translation>„{label}“ е текст на формула, а не име на КПП; редът е пропуснат</translation>
    </message>
    <message>
        <source>row {row} (&apos;{label}&apos;) is a {kind}, not imported</source>
        <translation>ред {row} („{label}“): {kind}, не е импортиран</translation>
    </message>
    <message>
        <source>column {column} (&apos;{label}&apos;) is a {kind}, not imported</source>
        <translation>колона {column} („{label}“): {kind}, не е импортирана</translation>
    </message>
    <message>
        <source>column {column} (&apos;{label}&apos;) is beside the figures, not imported</source>
        <translation>колона {column} („{label}“) е встрани от стойностите и не е импортирана</translation>
    </message>
    <message>
        <source>column {column} has no heading; not imported</source>
        <translation>колона {column} няма заглавие; не е импортирана</translation>
    </message>
    <message>
        <source>was not read as a figure; not imported</source>
        <translation>не е прочетена като стойност; не е импортирана</translation>
    </message>
    <message>
        <source>the month &apos;{text}&apos; has no year; the row is left out</source>
        <translation>месецът „{text}“ няма година; редът е пропуснат</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a month; the figures in row {row} are left out</source>
        <translation>„{text}“ не е месец; стойностите на ред {row} са пропуснати</translation>
    </message>
    <message>
        <source>there is no month; the figures in row {row} are left out</source>
        <translation>няма месец; стойностите на ред {row} са пропуснати</translation>
    </message>
    <message>
        <source>row {row} has a figure but no KPI name; the row is left out</source>
        <translation>ред {row} има стойност, но няма име на КПП; редът е пропуснат</translation>
    </message>
    <message>
        <source>&apos;{label}&apos; for {month} appears twice, in {first} and {second}; keep one of them</source>
        <translation>„{label}“ за {month} се среща два пъти, в {first} и {second}; оставете едното</translation>
    </message>
    <message>
        <source>shows the error {code}; left out</source>
        <translation>показва грешката {code}; пропусната</translation>
    </message>
    <message>
        <source>has a formula with no saved result (the file was saved without calculating); open and save it in Excel or LibreOffice, then import again</source>
        <translation>съдържа формула без запазен резултат (файлът е запазен без преизчисляване); отворете го и го запазете в Excel или LibreOffice, после импортирайте отново</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is a date, not a figure</source>
        <translation>„{value}“ е дата, а не стойност</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is a bool, not a figure</source>
        <translation>„{value}“ е стойност да/не, а не число</translation>
    </message>
    <message>
        <source>{reason}; left out</source>
        <translation>{reason}; пропусната</translation>
    </message>
    <message>
        <source>there is no sheet named &apos;{sheet}&apos; (sheets: {known})</source>
        <translation>няма лист с име „{sheet}“ (листове: {known})</translation>
    </message>
    <message>
        <source>several sheets hold figures ({listed}); choose one</source>
        <translation>няколко листа съдържат стойности ({listed}); изберете един</translation>
    </message>
    <message>
        <source>no table of KPIs and months was found in the visible sheets; hidden sheets ({hidden}) were not read, choose one</source>
        <translation>във видимите листове не е намерена таблица с КПП и месеци; скритите листове ({hidden}) не са прочетени, изберете един</translation>
    </message>
    <message>
        <source>no table of KPIs and months was found</source>
        <translation>не е намерена таблица с КПП и месеци</translation>
    </message>
    <message>
        <source>the file is a zip archive but not an xlsx, xlsm or ods workbook</source>
        <translation>файлът е zip архив, но не е работна книга xlsx, xlsm или ods</translation>
    </message>
    <message>
        <source>the file is damaged or incomplete (its zip archive cannot be opened: {error}); it was probably cut off while copying or downloading</source>
        <translation>файлът е повреден или непълен (zip архивът му не може да се отвори: {error}); вероятно е прекъснат при копиране или изтегляне</translation>
    </message>
    <message>
        <source>the CSV file is larger than the size limit</source>
        <translation>CSV файлът е по-голям от допустимия размер</translation>
    </message>
    <message>
        <source>the file cannot be read as {encoding} ({error}); choose another encoding</source>
        <translation>файлът не може да се прочете като {encoding} ({error}); изберете друго кодиране</translation>
    </message>
    <message>
        <source>the file has no cells with content</source>
        <translation>файлът няма клетки със съдържание</translation>
    </message>
    <message>
        <source>the CSV text is malformed ({error})</source>
        <translation>CSV текстът е неправилен ({error})</translation>
    </message>
    <message>
        <source>the archive is not a spreadsheet</source>
        <translation>архивът не е електронна таблица</translation>
    </message>
    <message>
        <source>the spreadsheet is password-protected</source>
        <translation>таблицата е защитена с парола</translation>
    </message>
    <message>
        <source>the spreadsheet cannot be read ({error})</source>
        <translation>таблицата не може да се прочете ({error})</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos; cannot be read ({error})</source>
        <translation>листът „{sheet}“ не може да се прочете ({error})</translation>
    </message>
    <message>
        <source>the file is damaged or incomplete (its zip archive has no directory); it was probably cut off while copying or downloading</source>
        <translation>файлът е повреден или непълен (zip архивът му няма съдържание); вероятно е прекъснат при копиране или изтегляне</translation>
    </message>
    <message>
        <source>the archive holds {parts} parts, too many for a workbook</source>
        <translation>архивът съдържа {parts} части — твърде много за работна книга</translation>
    </message>
    <message>
        <source>the archive is password-protected</source>
        <translation>архивът е защитен с парола</translation>
    </message>
    <message>
        <source>the workbook would unpack to more than {limit} MB ({size} MB or more); it is refused as a possible zip bomb</source>
        <translation>работната книга би се разархивирала до над {limit} MB ({size} MB или повече); отказана е като възможна zip бомба</translation>
    </message>
    <message>
        <source>the file is damaged or incomplete (part &apos;{part}&apos;: {error})</source>
        <translation>файлът е повреден или непълен (част „{part}“: {error})</translation>
    </message>
    <message>
        <source>part &apos;{part}&apos; declares XML entities, which no spreadsheet needs; refused as unsafe</source>
        <translation>частта „{part}“ декларира XML обекти, които никоя таблица не използва; отказана като опасна</translation>
    </message>
    <message>
        <source>part &apos;{part}&apos; uses XML entities ({error}); refused as unsafe</source>
        <translation>частта „{part}“ използва XML обекти ({error}); отказана като опасна</translation>
    </message>
    <message>
        <source>part &apos;{part}&apos; is not well-formed XML ({error})</source>
        <translation>частта „{part}“ не е правилен XML ({error})</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation>файлът е празен (0 байта)</translation>
    </message>
    <message>
        <source>the file cannot be opened ({error})</source>
        <translation>файлът не може да се отвори ({error})</translation>
    </message>
    <message>
        <source>the workbook archive is empty</source>
        <translation>архивът на работната книга е празен</translation>
    </message>
    <message>
        <source>the file is a zip archive of a kind we do not read</source>
        <translation>файлът е zip архив от вид, който не четем</translation>
    </message>
    <message>
        <source>the file is named {suffix} but holds plain text (probably CSV); rename it to .csv, or open it in your spreadsheet program and save it as .xlsx</source>
        <translation>файлът е с разширение {suffix}, но съдържа обикновен текст (вероятно CSV); преименувайте го на .csv или го отворете в програмата си за таблици и го запазете като .xlsx</translation>
    </message>
    <message>
        <source>the file is named {suffix} but is not a workbook</source>
        <translation>файлът е с разширение {suffix}, но не е работна книга</translation>
    </message>
    <message>
        <source>the file is named .xls but is not an Excel 97-2003 workbook</source>
        <translation>файлът е с разширение .xls, но не е работна книга на Excel 97-2003</translation>
    </message>
    <message>
        <source>the file is not a spreadsheet (xlsx, xlsm, ods or csv)</source>
        <translation>файлът не е електронна таблица (xlsx, xlsm, ods или csv)</translation>
    </message>
    <message>
        <source>the workbook is password-protected; open it in Excel or LibreOffice, remove the password (or save an unprotected copy) and import that copy</source>
        <translation>работната книга е защитена с парола; отворете я в Excel или LibreOffice, махнете паролата (или запазете незащитено копие) и импортирайте копието</translation>
    </message>
    <message>
        <source>the file is in the old Excel 97-2003 format (.xls), which is not read; open it in your spreadsheet program and save it as .xlsx</source>
        <translation>файлът е в стария формат на Excel 97-2003 (.xls), който не се чете; отворете го в програмата си за таблици и го запазете като .xlsx</translation>
    </message>
    <message>
        <source>the workbook is password-protected</source>
        <translation>работната книга е защитена с парола</translation>
    </message>
    <message>
        <source>the workbook cannot be read ({error})</source>
        <translation>работната книга не може да се прочете ({error})</translation>
    </message>
    <message>
        <source>the archive is not an Excel workbook (it has no xl/workbook.xml)</source>
        <translation>архивът не е работна книга на Excel (няма xl/workbook.xml)</translation>
    </message>
    <message>
        <source>&apos;{label}&apos; and &apos;{other}&apos; are both the KPI {kpi}, with figures for {month} in {first} and {second}; keep one of them</source>
        <translation>„{label}“ и „{other}“ са един и същ КПП – {kpi}, с данни за {month} в {first} и {second}; оставете едното</translation>
    </message>
    <message>
        <source>the figure is in {currency}, but {kpi} is kept in {kept}; left out</source>
        <translation>числото е в {currency}, а {kpi} се води в {kept}; пропуснато</translation>
    </message>
    <message>
        <source>&apos;{label}&apos; is not a KPI of this workspace; map it to a KPI, ignore it, or create it (--create-kpis)</source>
        <translation>„{label}“ не е КПП в това работно пространство; свържете го с КПП, пропуснете го или го създайте (--create-kpis)</translation>
    </message>
    <message>
        <source>&apos;{kpi}&apos; is computed from its formula; the figure was left out</source>
        <translation>„{kpi}“ се изчислява по формулата си; стойността е пропусната</translation>
    </message>
    <message>
        <source>{kpi} {month} already holds a different figure</source>
        <translation>{kpi} за {month} вече има друга стойност</translation>
    </message>
    <message>
        <source>&apos;{label}&apos; is not a segment of this workspace; add it (`kpidesk segment add`), or create it in the KPI&apos;s set (--create-segments)</source>
        <translation>„{label}“ не е сегмент в това работно пространство; добавете го (`kpidesk segment add`) или го създайте в набора на КПП (--create-segments)</translation>
    </message>
    <message>
        <source>the figure is for &apos;{segment}&apos;, but {kpi} is not tracked by segments; track it with `kpidesk kpi edit {kpi} --by SET` first</source>
        <translation>стойността е за „{segment}“, но {kpi} не се проследява по сегменти; първо го задайте с `kpidesk kpi edit {kpi} --by SET`</translation>
    </message>
    <message>
        <source>unexpected &apos;{token}&apos; at character {at}</source>
        <translation>неочакван знак „{token}“ на позиция {at}</translation>
    </message>
    <message>
        <source>empty KPI name at character {at}</source>
        <translation>празно име на КПП на позиция {at}</translation>
    </message>
    <message>
        <source>the formula is empty</source>
        <translation>формулата е празна</translation>
    </message>
    <message>
        <source>the formula ends too early</source>
        <translation>формулата свършва твърде рано</translation>
    </message>
    <message>
        <source>the &apos;(&apos; at character {at} is never closed</source>
        <translation>скобата „(“ на позиция {at} не е затворена</translation>
    </message>
    <message>
        <source>a KPI needs a name</source>
        <translation>КПП трябва да има име</translation>
    </message>
    <message>
        <source>a KPI name is at most {limit} characters: &apos;{name}…&apos;</source>
        <translation>името на KPI е най-много {limit} знака: „{name}…“</translation>
    </message>
    <message>
        <source>KPI name &apos;{name}&apos; may not contain square brackets</source>
        <translation>името на КПП „{name}“ не може да съдържа квадратни скоби</translation>
    </message>
    <message>
        <source>a currency KPI needs a 3-letter ISO code such as EUR</source>
        <translation>паричен КПП изисква трибуквен ISO код, например EUR</translation>
    </message>
    <message>
        <source>a duration is in minutes, hours or days</source>
        <translation>продължителността е в минути, часове или дни</translation>
    </message>
    <message>
        <source>a formula KPI needs a formula</source>
        <translation>КПП с формула трябва да има формула</translation>
    </message>
    <message>
        <source>a KPI with a formula has aggregation &apos;formula&apos;</source>
        <translation>КПП с формула трябва да е „Изчислява се по формула“</translation>
    </message>
    <message>
        <source>decimals must be 0..6</source>
        <translation>знаците след запетаята трябва да са от 0 до 6</translation>
    </message>
    <message>
        <source>tolerance must be 0..100 %</source>
        <translation>допускът трябва да е от 0 до 100 %</translation>
    </message>
    <message>
        <source>only a mean KPI can be weighted by a KPI</source>
        <translation>само среден KPI може да бъде претеглен с KPI</translation>
    </message>
    <message>
        <source>a KPI cannot be weighted by itself</source>
        <translation>KPI не може да бъде претеглен със себе си</translation>
    </message>
    <message>
        <source>a formula KPI is tracked by the segment set of its parts, not by its own</source>
        <translation>KPI с формула се следи по групата сегменти на своите части, а не по своя</translation>
    </message>
    <message>
        <source>KPI &apos;{name}&apos;: {problem}</source>
        <translation>КПП „{name}“: {problem}</translation>
    </message>
    <message>
        <source>there are no figures for {first}…{last} to spread the goal by</source>
        <translation>няма стойности за {first}…{last}, по които да се разпредели целта</translation>
    </message>
    <message>
        <source>last year&apos;s figures are not all positive; spread the goal evenly</source>
        <translation>не всички стойности от миналата година са положителни; разпределете целта равномерно</translation>
    </message>
    <message>
        <source>the workspace already has KPIs; the demo fills only an empty one</source>
        <translation>работният файл вече има КПП; демонстрацията попълва само празен файл</translation>
    </message>
    <message>
        <source>no KPI with id {id}</source>
        <translation>няма КПП с номер {id}</translation>
    </message>
    <message>
        <source>there is no change {id}</source>
        <translation>няма промяна {id}</translation>
    </message>
    <message>
        <source>this change is already undone</source>
        <translation>тази промяна вече е отменена</translation>
    </message>
    <message>
        <source>this change is not undone</source>
        <translation>тази промяна не е отменена</translation>
    </message>
    <message>
        <source>the figure for {month} was changed again after this change; undo the later change first</source>
        <translation>стойността за {month} е променена отново след тази промяна; първо отменете по-късната промяна</translation>
    </message>
    <message>
        <source>the fiscal year has no months</source>
        <translation>финансовата година няма месеци</translation>
    </message>
    <message>
        <source>there is no import {id}</source>
        <translation>няма импорт {id}</translation>
    </message>
    <message>
        <source>{kpi} has figures by {set}; it stays tracked by {set}</source>
        <translation>{kpi} има стойности по {set}; остава проследяван по {set}</translation>
    </message>
    <message>
        <source>there is no KPI named &apos;{name}&apos; (see `kpidesk kpi list`)</source>
        <translation>няма КПП с име „{name}“ (вижте `kpidesk kpi list`)</translation>
    </message>
    <message>
        <source>a KPI named &apos;{name}&apos; already exists</source>
        <translation>вече има КПП с име „{name}“</translation>
    </message>
    <message>
        <source>{path} is not a kpidesk workspace (it is not a SQLite database)</source>
        <translation>{path} не е работен файл на kpidesk (не е база данни SQLite)</translation>
    </message>
    <message>
        <source>there is no backup file at {path}</source>
        <translation>няма файл с резервно копие на {path}</translation>
    </message>
    <message>
        <source>{path} is damaged ({error}); it cannot be restored</source>
        <translation>{path} е повреден ({error}); не може да се възстанови</translation>
    </message>
    <message>
        <source>{path} holds no workspace; it cannot be restored</source>
        <translation>{path} не съдържа работен файл; не може да се възстанови</translation>
    </message>
    <message>
        <source>{path} was made by a newer version of kpidesk (schema {revision}); update kpidesk to restore it</source>
        <translation>{path} е създаден с по-нова версия на kpidesk (схема {revision}); обновете kpidesk, за да го възстановите</translation>
    </message>
    <message>
        <source>{path} cannot be read as a workspace: {error}</source>
        <translation>{path} не може да се прочете като работен файл: {error}</translation>
    </message>
    <message>
        <source>{path} is a SQLite database but not a kpidesk workspace; it was left unchanged</source>
        <translation>{path} е база данни SQLite, но не е работен файл на kpidesk; файлът не е променен</translation>
    </message>
    <message>
        <source>{url} holds tables that are not a kpidesk workspace; it was left unchanged</source>
        <translation>{url} съдържа таблици, които не са работен файл на kpidesk; нищо не е променено</translation>
    </message>
    <message>
        <source>this workspace was made by a newer version of kpidesk; update kpidesk to open it (it was left unchanged)</source>
        <translation>този работен файл е създаден с по-нова версия на kpidesk; обновете kpidesk, за да го отворите (файлът не е променен)</translation>
    </message>
    <message>
        <source>{path} is a folder, not a workspace file</source>
        <translation>{path} е папка, а не работен файл</translation>
    </message>
    <message>
        <source>{path} was made by an older kpidesk and must be updated before it is read, but it is read-only; copy it to a folder you can write and open the copy</source>
        <translation>{path} е създаден от по-стара версия на kpidesk и трябва да се обнови, преди да се чете, но е само за четене; копирайте го в папка, в която можете да записвате, и отворете копието</translation>
    </message>
    <message>
        <source>cannot use &apos;{location}&apos; as a workspace: {error}</source>
        <translation>„{location}“ не може да се използва като работен файл: {error}</translation>
    </message>
    <message>
        <source>cannot open workspace {url}: {error}</source>
        <translation>работният файл {url} не може да се отвори: {error}</translation>
    </message>
    <message>
        <source>total</source>
        <translation>общо</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>тримесечие</translation>
    </message>
    <message>
        <source>half_year</source>
        <translation>полугодие</translation>
    </message>
    <message>
        <source>ytd</source>
        <translation>от началото на годината</translation>
    </message>
    <message>
        <source>totals row</source>
        <translation>ред със сборове</translation>
    </message>
    <message>
        <source>row {row} (&apos;{label}&apos;): {why}</source>
        <translation>ред {row} („{label}“): {why}</translation>
    </message>
    <message>
        <source>column {column} (&apos;{label}&apos;): {kind}</source>
        <translation>колона {column} („{label}“): {kind}</translation>
    </message>
    <message>
        <source>column {column} (&apos;{label}&apos;)</source>
        <translation>колона {column} („{label}“)</translation>
    </message>
    <message>
        <source>part &apos;{part}&apos; is packed with a compression method kpidesk cannot unpack (method {method}); save the file again in LibreOffice or Excel</source>
        <translation>частта „{part}“ е компресирана по метод, който kpidesk не може да разархивира (метод {method}); запишете файла отново в LibreOffice или Excel</translation>
    </message>
    <message>
        <source>{path} is empty (0 bytes), not a workspace; it was left unchanged</source>
        <translation>{path} е празен (0 байта), а не работен файл; оставен е непроменен</translation>
    </message>
    <message>
        <source>{path} is damaged ({error}); it was left unchanged: restore it from a backup copy</source>
        <translation>{path} е повреден ({error}); оставен е непроменен: възстановете го от резервно копие</translation>
    </message>
    <message>
        <source>could not make the backup {destination}: {error}; nothing was changed</source>
        <translation>резервното копие {destination} не можа да се направи: {error}; нищо не е променено</translation>
    </message>
    <message>
        <source>could not save to {workspace}: {error}; nothing was changed</source>
        <translation>не можа да се запише в {workspace}: {error}; нищо не е променено</translation>
    </message>
    <message>
        <source>the server of {workspace} cannot be reached ({error}); nothing was changed: try again once it answers</source>
        <translation>сървърът на {workspace} не е достъпен ({error}); нищо не е променено: опитайте отново, когато отговори</translation>
    </message>
    <message>
        <source>there is no workspace at {path} (check --db); nothing was created</source>
        <translation>няма работен файл на {path} (проверете --db); нищо не е създадено</translation>
    </message>
    <message>
        <source>{path} is read-only (the file or its folder cannot be written); nothing was changed</source>
        <translation>{path} е само за четене (във файла или в папката му не може да се записва); нищо не е променено</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos; repeats its values over more than {cells} million cells, far more than a table of figures; delete the repeated block and save again</source>
        <translation>листът „{sheet}“ повтаря стойностите си в над {cells} милиона клетки, много повече от таблица с числа; изтрийте повтарящия се блок и запишете отново</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos; has a cell as far out as {cell}, which would make it {cells} million cells; delete the far cells (or copy the table to a new sheet) and save again</source>
        <translation>листът „{sheet}“ има клетка чак в {cell}, с която би станал {cells} милиона клетки; изтрийте далечните клетки (или копирайте таблицата в нов лист) и запишете отново</translation>
    </message>
    <message>
        <source>{path} was created by another kpidesk meanwhile; nothing was written, run the command again</source>
        <translation>{path} междувременно беше създаден от друг kpidesk; нищо не е записано, изпълнете командата отново</translation>
    </message>
    <message>
        <source>the KPI is not money; a target has no currency</source>
        <translation>KPI не е парична сума; целта няма валута</translation>
    </message>
    <message>
        <source>a target in {currency} cannot be set for a KPI kept in {kept}</source>
        <translation>цел в {currency} не може да се зададе за KPI, воден в {kept}</translation>
    </message>
    <message>
        <source>{kpi} has figures or targets since it was added; archive it instead</source>
        <translation>{kpi} има стойности или цели след добавянето си; архивирайте го вместо това</translation>
    </message>
    <message>
        <source>{kpi} was changed again after this change; undo the later change first</source>
        <translation>{kpi} е променен отново след тази промяна; първо отменете по-късната промяна</translation>
    </message>
    <message>
        <source>a KPI named &apos;{name}&apos; exists again; rename it first</source>
        <translation>отново има КПП с име „{name}“; първо го преименувайте</translation>
    </message>
    <message>
        <source>the formula of &apos;{kpi}&apos; cannot use the KPI itself</source>
        <translation>формулата на „{kpi}“ не може да използва самия КПП</translation>
    </message>
    <message>
        <source>the formula uses [{part}], but there is no KPI of that name</source>
        <translation>формулата използва [{part}], но няма КПП с такова име</translation>
    </message>
    <message>
        <source>{path} is the workspace itself; name another file for the backup</source>
        <translation>{path} е самият работен файл; посочете друг файл за резервното копие</translation>
    </message>
    <message>
        <source>{path} exists and is not a kpidesk workspace; the backup would replace it, so nothing was written: name another file</source>
        <translation>{path} съществува и не е работен файл на kpidesk; резервното копие би го заменило, затова нищо не е записано: посочете друг файл</translation>
    </message>
    <message>
        <source>{author} changed {kpi}, {month} after you loaded it; nothing was saved</source>
        <translation>{author} промени {kpi}, {month}, след като сте заредили данните; нищо не е записано</translation>
    </message>
    <message>
        <source>a segment needs a name</source>
        <translation>сегментът трябва да има име</translation>
    </message>
    <message>
        <source>a segment name is at most {limit} characters: &apos;{name}…&apos;</source>
        <translation>името на сегмент е най-много {limit} знака: &apos;{name}…&apos;</translation>
    </message>
    <message>
        <source>segment name &apos;{name}&apos; may not contain square brackets</source>
        <translation>името на сегмент &apos;{name}&apos; не може да съдържа квадратни скоби</translation>
    </message>
    <message>
        <source>{kpi} is not tracked by segments; track it with `kpidesk kpi edit {kpi} --by SET` first</source>
        <translation>{kpi} не се проследява по сегменти; първо го задайте с `kpidesk kpi edit {kpi} --by SET`</translation>
    </message>
    <message>
        <source>{segment} is not one of the {set} that {kpi} is tracked by</source>
        <translation>{segment} не е от „{set}“, по които се проследява {kpi}</translation>
    </message>
    <message>
        <source>{source} can only be merged into another segment of its set</source>
        <translation>{source} може да се слее само с друг сегмент от същата група</translation>
    </message>
    <message>
        <source>{source} and {into} both have a figure for {kpi} in {month}; clear one of them first</source>
        <translation>{source} и {into} имат стойност за {kpi} за {month}; първо изчистете едната</translation>
    </message>
    <message>
        <source>there is no segment set named &apos;{name}&apos; (see `kpidesk segment list`)</source>
        <translation>няма група сегменти „{name}“ (вижте `kpidesk segment list`)</translation>
    </message>
    <message>
        <source>there is no segment named &apos;{name}&apos; (see `kpidesk segment list`)</source>
        <translation>няма сегмент „{name}“ (вижте `kpidesk segment list`)</translation>
    </message>
    <message>
        <source>a segment set named &apos;{name}&apos; already exists</source>
        <translation>група сегменти „{name}“ вече съществува</translation>
    </message>
    <message>
        <source>{name} has figures or targets since it was added; archive it instead</source>
        <translation>{name} има стойности или цели, откакто е добавен; архивирайте го вместо това</translation>
    </message>
    <message>
        <source>segment {name} was changed again after this change; undo the later change first</source>
        <translation>сегментът {name} е променен отново след тази промяна; първо отменете по-късната</translation>
    </message>
    <message>
        <source>a segment named &apos;{name}&apos; already exists</source>
        <translation>сегмент „{name}“ вече съществува</translation>
    </message>
    <message>
        <source>{kpi}: there is no KPI named &apos;{weight}&apos; to weight by</source>
        <translation>{kpi}: няма показател „{weight}“, по който да се претегли</translation>
    </message>
    <message>
        <source>{kpi} and its weight {weight} must be tracked by the same set</source>
        <translation>{kpi} и теглото му {weight} трябва да се проследяват по една и съща група</translation>
    </message>
    <message>
        <source>a server workspace cannot be restored from a file; open the backup with --db instead (nothing was changed)</source>
        <translation>работен файл на сървър не може да се възстанови от файл; вместо това отворете резервното копие с --db (нищо не е променено)</translation>
    </message>
    <message>
        <source>{path} is the workspace itself; choose a backup of it</source>
        <translation>{path} е самият работен файл; изберете негово резервно копие</translation>
    </message>
    <message>
        <source>{path} is open in another kpidesk; close it there and restore again (nothing was changed)</source>
        <translation>{path} е отворен в друг kpidesk; затворете го там и възстановете отново (нищо не е променено)</translation>
    </message>
    <message>
        <source>could not restore {path}: {error}; the workspace was left unchanged</source>
        <translation>{path} не можа да се възстанови: {error}; работният файл е оставен непроменен</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>{business} — monthly report, {month}</source>
        <translation>{business} — месечен отчет, {month}</translation>
    </message>
    <message>
        <source>Scorecard, {month}</source>
        <translation>Показатели, {month}</translation>
    </message>
    <message>
        <source>Actual against target, 12 months</source>
        <translation>Факт спрямо целта, последните 12 месеца</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Страница {page} от {pages}</translation>
    </message>
    <message>
        <source>No figures or targets in these 12 months.</source>
        <translation>Няма стойности и цели за тези 12 месеца.</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Факт</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Цел</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>Месечен отчет</translation>
    </message>
    <message>
        <source>KPIs: {count}</source>
        <translation>КПП: {count}</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Отчетът се създава…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <source>Report cancelled; nothing was written.</source>
        <translation>Отчетът е отменен; нищо не е записано.</translation>
    </message>
    <message>
        <source>Report written to {path}.</source>
        <translation>Отчетът е записан в {path}.</translation>
    </message>
    <message>
        <source>Report not written</source>
        <translation>Отчетът не е записан</translation>
    </message>
    <message>
        <source>The report is written to {path}.</source>
        <translation>Отчетът е записан в {path}.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Отвори</translation>
    </message>
    <message>
        <source>Notes for {month}</source>
        <translation>Бележки за {month}</translation>
    </message>
    <message>
        <source>No notes for this month.</source>
        <translation>Няма бележки за този месец.</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>КПП</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Състояние</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Стойност</translation>
    </message>
    <message>
        <source>Attained</source>
        <translation>Изпълнение</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>От нач. на год.</translation>
    </message>
    <message>
        <source>Year-to-date target</source>
        <translation>Цел от нач. на год.</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Пред. година</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Промяна</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>On track</source>
        <translation>По план</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>В риск</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>Изостава</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Без цел</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Няма данни</translation>
    </message>
</context>
<context>
    <name>typed</name>
    <message>
        <source>{value} as typed</source>
        <translation>{value} както е въведено</translation>
    </message>
</context>
</TS>
