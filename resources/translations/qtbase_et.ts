<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>QPlatformTheme</name>
    <message><source>OK</source><translation>OK</translation></message>
    <message><source>Save</source><translation>Salvesta</translation></message>
    <message><source>Save All</source><translation>Salvesta kõik</translation></message>
    <message><source>Open</source><translation>Ava</translation></message>
    <message><source>&amp;Yes</source><translation>&amp;Jah</translation></message>
    <message><source>Yes to &amp;All</source><translation>Jah &amp;kõigile</translation></message>
    <message><source>&amp;No</source><translation>&amp;Ei</translation></message>
    <message><source>N&amp;o to All</source><translation>E&amp;i kõigile</translation></message>
    <message><source>Abort</source><translation>Katkesta</translation></message>
    <message><source>Retry</source><translation>Proovi uuesti</translation></message>
    <message><source>Ignore</source><translation>Eira</translation></message>
    <message><source>Close</source><translation>Sulge</translation></message>
    <message><source>Cancel</source><translation>Loobu</translation></message>
    <message><source>Discard</source><translation>Hülga</translation></message>
    <message><source>Help</source><translation>Abi</translation></message>
    <message><source>Apply</source><translation>Rakenda</translation></message>
    <message><source>Reset</source><translation>Lähtesta</translation></message>
    <message><source>Restore Defaults</source><translation>Taasta vaikeväärtused</translation></message>
</context>
<context>
    <name>QLineEdit</name>
    <message><source>&amp;Undo</source><translation>&amp;Võta tagasi</translation></message>
    <message><source>&amp;Redo</source><translation>&amp;Tee uuesti</translation></message>
    <message><source>Cu&amp;t</source><translation>&amp;Lõika</translation></message>
    <message><source>&amp;Copy</source><translation>&amp;Kopeeri</translation></message>
    <message><source>&amp;Paste</source><translation>&amp;Kleebi</translation></message>
    <message><source>Delete</source><translation>Kustuta</translation></message>
    <message><source>Select All</source><translation>Vali kõik</translation></message>
</context>
</TS>
