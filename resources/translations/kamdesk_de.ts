<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About kamdesk</source>
        <translation>Über kamdesk</translation>
    </message>
    <message>
        <source>A workbench for Key Account Managers: profiles, procurement processes, relationships, services and the Key Account Plan — offline, on your laptop.</source>
        <translation>Eine Werkbank für Key Account Manager: Profile, Beschaffungsprozesse, Beziehungen, Services und der Key-Account-Plan – offline, auf Ihrem Laptop.</translation>
    </message>
    <message>
        <source>Your workspaces and backups are kept in:</source>
        <translation>Ihre Arbeitsbereiche und Sicherungen liegen in:</translation>
    </message>
    <message>
        <source>Noto Sans fonts under the SIL Open Font License</source>
        <translation>Schriftart Noto Sans unter der SIL Open Font License</translation>
    </message>
</context>
<context>
    <name>Account</name>
    <message>
        <source>The account name must not be empty.</source>
        <translation>Der Accountname darf nicht leer sein.</translation>
    </message>
    <message numerus="yes">
        <source>The account name is longer than %n characters.</source>
        <translation>
            <numerusform>Der Accountname ist länger als %n Zeichen.</numerusform>
            <numerusform>Der Accountname ist länger als %n Zeichen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The field &apos;%1&apos; is longer than %n characters.</source>
        <translation>
            <numerusform>Das Feld „%1“ ist länger als %n Zeichen.</numerusform>
            <numerusform>Das Feld „%1“ ist länger als %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a web address (example: www.example.de).</source>
        <translation>„%1“ ist keine Webadresse (Beispiel: www.beispiel.de).</translation>
    </message>
</context>
<context>
    <name>AccountListModel</name>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
</context>
<context>
    <name>AccountView</name>
    <message>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
    <message>
        <source>No account selected.

Pick one in the list on the left, or create one with Ctrl+N.</source>
        <translation>Kein Account ausgewählt.

Wählen Sie links einen aus oder legen Sie mit Strg+N einen neuen an.</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>This account no longer exists.</source>
        <translation>Dieser Account existiert nicht mehr.</translation>
    </message>
    <message>
        <source>No account named &apos;%1&apos;.</source>
        <translation>Es gibt keinen Account namens „%1“.</translation>
    </message>
    <message>
        <source>An account named &apos;%1&apos; already exists.</source>
        <translation>Ein Account namens „%1“ existiert bereits.</translation>
    </message>
</context>
<context>
    <name>Bundle</name>
    <message>
        <source>%1: no such file.</source>
        <translation>%1: Datei nicht gefunden.</translation>
    </message>
    <message>
        <source>%1: not a text file (expected UTF-8 JSON).</source>
        <translation>%1: keine Textdatei (erwartet wird JSON in UTF-8).</translation>
    </message>
    <message>
        <source>%1: not valid JSON (line %2, column %3): %4</source>
        <translation>%1: kein gültiges JSON (Zeile %2, Spalte %3): %4</translation>
    </message>
    <message>
        <source>%1: not a kamdesk bundle.</source>
        <translation>%1: kein kamdesk-Paket.</translation>
    </message>
    <message>
        <source>%1: not a kamdesk bundle (&quot;format&quot; must be &quot;%2&quot;).</source>
        <translation>%1: kein kamdesk-Paket („format“ muss „%2“ sein).</translation>
    </message>
    <message>
        <source>%1: &quot;version&quot; must be a whole number.</source>
        <translation>%1: „version“ muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>%1: bundle version %2 is newer than this kamdesk reads (up to %3); update kamdesk.</source>
        <translation>%1: Paketversion %2 ist neuer, als diese kamdesk-Version lesen kann (bis %3); bitte kamdesk aktualisieren.</translation>
    </message>
    <message>
        <source>%1: %2: &apos;%3&apos; is not a valid value.</source>
        <translation>%1: %2: „%3“ ist kein gültiger Wert.</translation>
    </message>
    <message>
        <source>%1: %2: the account &apos;%3&apos; is already in this workspace; import it as a copy to keep both.</source>
        <translation>%1: %2: Der Account „%3“ ist bereits in diesem Arbeitsbereich; importieren Sie ihn als Kopie, um beide zu behalten.</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 ist ein Ordner.</translation>
    </message>
    <message>
        <source>%1: the folder does not exist.</source>
        <translation>%1: Der Ordner existiert nicht.</translation>
    </message>
</context>
<context>
    <name>Classification</name>
    <message>
        <source>Strategic Key Account</source>
        <translation>Strategic Key Account</translation>
    </message>
    <message>
        <source>Key Account</source>
        <translation>Key Account</translation>
    </message>
    <message>
        <source>Smart Key Account</source>
        <translation>Smart Key Account</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>--tab: there is no tab &apos;%1&apos;.</source>
        <extracomment>Qt messages that say nothing to a user (each with the reason it is harmless).</extracomment>
        <translation>--tab: Es gibt keinen Reiter „%1“.</translation>
    </message>
    <message>
        <source>%1: cannot write the image.</source>
        <translation>%1: Das Bild kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a size like 1920x1080</source>
        <translation>„%1“ ist keine Größe wie 1920x1080</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is outside 320x240 … 7680x4320</source>
        <translation>„%1“ liegt außerhalb von 320x240 … 7680x4320</translation>
    </message>
    <message>
        <source>A desktop workbench for Key Account Managers.</source>
        <translation>Eine Desktop-Werkbank für Key Account Manager.</translation>
    </message>
    <message>
        <source>workspace file or database URL</source>
        <translation>Arbeitsbereich-Datei oder Datenbank-URL</translation>
    </message>
    <message>
        <source>write the demo workspace</source>
        <translation>den Demo-Arbeitsbereich schreiben</translation>
    </message>
    <message>
        <source>where to write it</source>
        <translation>wohin er geschrieben wird</translation>
    </message>
    <message>
        <source>replace an existing file</source>
        <translation>eine vorhandene Datei ersetzen</translation>
    </message>
    <message>
        <source>language of the demo texts</source>
        <translation>Sprache der Demo-Texte</translation>
    </message>
    <message>
        <source>account names, one a line</source>
        <translation>Accountnamen, einer pro Zeile</translation>
    </message>
    <message>
        <source>include archived accounts</source>
        <translation>archivierte Accounts einschließen</translation>
    </message>
    <message>
        <source>write accounts to a JSON bundle</source>
        <translation>Accounts in ein JSON-Paket schreiben</translation>
    </message>
    <message>
        <source>only this account (repeatable)</source>
        <translation>nur dieser Account (mehrfach möglich)</translation>
    </message>
    <message>
        <source>import a JSON bundle</source>
        <translation>ein JSON-Paket importieren</translation>
    </message>
    <message>
        <source>import accounts that already exist as copies</source>
        <translation>bereits vorhandene Accounts als Kopien importieren</translation>
    </message>
    <message>
        <source>render the main window into a PNG</source>
        <translation>das Hauptfenster als PNG ausgeben</translation>
    </message>
    <message>
        <source>workshop mode: large type, customer-safe</source>
        <translation>Workshop-Modus: große Schrift, kundensicher</translation>
    </message>
    <message>
        <source>Demo workspace written to %1</source>
        <translation>Demo-Arbeitsbereich nach %1 geschrieben</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) written to %1</source>
        <translation>
            <numerusform>%n Account nach %1 geschrieben</numerusform>
            <numerusform>%n Accounts nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: cannot import %2 files (supported: .json).</source>
        <translation>%1: %2-Dateien können nicht importiert werden (unterstützt: .json).</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>%1 already exists; use --force to replace it.</source>
        <extracomment>capability builders, in dependency order</extracomment>
        <translation>%1 existiert bereits; mit --force wird die Datei ersetzt.</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 ist ein Ordner.</translation>
    </message>
    <message>
        <source>%1: the folder does not exist.</source>
        <translation>%1: Der Ordner existiert nicht.</translation>
    </message>
    <message>
        <source>Conveyor and intralogistics systems</source>
        <extracomment>the demo account the app opens first</extracomment>
        <translation>Förder- und Intralogistiksysteme</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Deutschland</translation>
    </message>
    <message>
        <source>Family-owned, 1,450 employees at three sites (Minden, Porta Westfalica, Brno). Central purchasing in Minden bundles C-parts; production sites order tools themselves below the approval limit. The new plant manager in Brno is open to a consignment stock.</source>
        <translation>Familienunternehmen, 1.450 Mitarbeitende an drei Standorten (Minden, Porta Westfalica, Brno). Der Zentraleinkauf in Minden bündelt C-Teile; die Werke bestellen Werkzeuge unterhalb der Freigabegrenze selbst. Der neue Werkleiter in Brno ist offen für ein Konsignationslager.</translation>
    </message>
    <message>
        <source>Medical devices</source>
        <translation>Medizintechnik</translation>
    </message>
    <message>
        <source>Innovation leader in surgical instruments; wants to develop a traceable torque tool with us. Engineering writes the specifications its contract manufacturers buy against.</source>
        <translation>Innovationsführer bei chirurgischen Instrumenten; will mit uns ein rückverfolgbares Drehmomentwerkzeug entwickeln. Die Entwicklung schreibt die Spezifikationen, nach denen die Lohnfertiger einkaufen.</translation>
    </message>
    <message>
        <source>Steel construction and installation</source>
        <translation>Stahlbau und Montage</translation>
    </message>
    <message>
        <source>Buys through global tenders twice a year; price and delivery reliability decide. No interest in workshops or a broad relationship network.</source>
        <translation>Kauft zweimal im Jahr über globale Ausschreibungen; Preis und Liefertreue entscheiden. Kein Interesse an Workshops oder einem breiten Beziehungsnetz.</translation>
    </message>
    <message>
        <source>Metal components</source>
        <translation>Metallkomponenten</translation>
    </message>
    <message>
        <source>Czech Republic</source>
        <translation>Tschechien</translation>
    </message>
    <message>
        <source>Supplier of Weserland; the purchasing director Ing. Dvořák values reporting across sites.</source>
        <translation>Lieferant von Weserland; Einkaufsleiter Ing. Dvořák schätzt ein standortübergreifendes Reporting.</translation>
    </message>
    <message>
        <source>Packaging machinery</source>
        <translation>Verpackungsmaschinen</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Österreich</translation>
    </message>
    <message>
        <source>Acquired by a competitor&apos;s group in 2025; no longer a key account.</source>
        <translation>2025 von der Gruppe eines Wettbewerbers übernommen; kein Key Account mehr.</translation>
    </message>
    <message>
        <source>Key Account Manager</source>
        <extracomment>(account key, member key, name, function, role, seniority, email)</extracomment>
        <translation>Key Account Manager</translation>
    </message>
    <message>
        <source>Head of Sales Industry</source>
        <translation>Vertriebsleiter Industrie</translation>
    </message>
    <message>
        <source>Inside Sales</source>
        <translation>Innendienst</translation>
    </message>
    <message>
        <source>Application Engineer</source>
        <translation>Anwendungstechniker</translation>
    </message>
    <message>
        <source>Managing Director</source>
        <translation>Geschäftsführerin</translation>
    </message>
    <message>
        <source>Service Technician</source>
        <translation>Servicetechniker</translation>
    </message>
    <message>
        <source>Product Development</source>
        <translation>Produktentwicklung</translation>
    </message>
    <message>
        <source>Sales Representative Czech Republic</source>
        <translation>Außendienst Tschechien</translation>
    </message>
</context>
<context>
    <name>FieldBinder</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>Geography</name>
    <message>
        <source>Local / regional</source>
        <translation>Lokal / regional</translation>
    </message>
    <message>
        <source>National</source>
        <translation>National</translation>
    </message>
    <message>
        <source>International</source>
        <translation>International</translation>
    </message>
    <message>
        <source>Global</source>
        <translation>Global</translation>
    </message>
</context>
<context>
    <name>InternalBadge</name>
    <message>
        <source>internal</source>
        <translation>intern</translation>
    </message>
    <message>
        <source>Internal: never shown to the customer, not in the customer PDF or the workshop view.</source>
        <translation>Intern: wird dem Kunden nie gezeigt – weder im Kunden-PDF noch in der Workshop-Ansicht.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich …</translation>
    </message>
    <message>
        <source>Create an empty workspace file</source>
        <translation>Eine leere Arbeitsbereich-Datei anlegen</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open another workspace file</source>
        <translation>Eine andere Arbeitsbereich-Datei öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren …</translation>
    </message>
    <message>
        <source>Import accounts from a kamdesk bundle (.json)</source>
        <translation>Accounts aus einem kamdesk-Paket (.json) importieren</translation>
    </message>
    <message>
        <source>&amp;Export Accounts…</source>
        <translation>Accounts e&amp;xportieren …</translation>
    </message>
    <message>
        <source>Write all accounts to a kamdesk bundle (.json)</source>
        <translation>Alle Accounts in ein kamdesk-Paket (.json) schreiben</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;New Account</source>
        <translation>&amp;Neuer Account</translation>
    </message>
    <message>
        <source>Create a new account (Ctrl+N)</source>
        <translation>Einen neuen Account anlegen (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen …</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <source>&amp;Find Account</source>
        <translation>Account &amp;suchen</translation>
    </message>
    <message>
        <source>Show &amp;Archived Accounts</source>
        <translation>&amp;Archivierte Accounts anzeigen</translation>
    </message>
    <message>
        <source>&amp;Next Tab</source>
        <translation>&amp;Nächster Reiter</translation>
    </message>
    <message>
        <source>&amp;Previous Tab</source>
        <translation>&amp;Vorheriger Reiter</translation>
    </message>
    <message>
        <source>&amp;About kamdesk</source>
        <translation>Ü&amp;ber kamdesk</translation>
    </message>
    <message>
        <source>Open &amp;Backups Folder</source>
        <translation>&amp;Sicherungsordner öffnen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Opening workspace…</source>
        <translation>Arbeitsbereich wird geöffnet …</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation>Demo-Arbeitsbereich</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>No workspace is open.

Use File → Open Workspace or File → New Workspace.</source>
        <translation>Kein Arbeitsbereich geöffnet.

Nutzen Sie Datei → Arbeitsbereich öffnen oder Datei → Neuer Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Workspace opened: %1</source>
        <translation>Arbeitsbereich geöffnet: %1</translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation>Sicherung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Daily backup written.</source>
        <translation>Tägliche Sicherung geschrieben.</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 existiert bereits.</translation>
    </message>
    <message>
        <source>kamdesk workspace (*.kamdesk);;All files (*)</source>
        <translation>kamdesk-Arbeitsbereich (*.kamdesk);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Neuer Account</translation>
    </message>
    <message>
        <source>New account “%1”</source>
        <translation>Neuer Account „%1“</translation>
    </message>
    <message>
        <source>Account created — type its name.</source>
        <translation>Account angelegt – geben Sie den Namen ein.</translation>
    </message>
    <message>
        <source>Rename account</source>
        <translation>Account umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>Rename “%1”</source>
        <translation>„%1“ umbenennen</translation>
    </message>
    <message>
        <source>Restore “%1” from the archive</source>
        <translation>„%1“ aus dem Archiv holen</translation>
    </message>
    <message>
        <source>Archive “%1”</source>
        <translation>„%1“ archivieren</translation>
    </message>
    <message>
        <source>Ctrl+Z undoes it.</source>
        <translation>Strg+Z macht es rückgängig.</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>Account löschen</translation>
    </message>
    <message>
        <source>Delete “%1” with everything recorded for it?

You can undo this with Ctrl+Z while kamdesk is open.</source>
        <translation>„%1“ mit allem, was dazu erfasst ist, löschen?

Solange kamdesk geöffnet ist, macht Strg+Z das rückgängig.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>„%1“ löschen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>kamdesk bundle (*.json);;All files (*)</source>
        <translation>kamdesk-Paket (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n account(s).</source>
        <translation>
            <numerusform>%n Account importiert.</numerusform>
            <numerusform>%n Accounts importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export accounts</source>
        <translation>Accounts exportieren</translation>
    </message>
    <message>
        <source>kamdesk bundle (*.json)</source>
        <translation>kamdesk-Paket (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n account(s) to %1.</source>
        <translation>
            <numerusform>%n Account nach %1 exportiert.</numerusform>
            <numerusform>%n Accounts nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Restore from &amp;Archive</source>
        <translation>Aus dem &amp;Archiv holen</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archivieren</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Search accounts (Ctrl+F)</source>
        <translation>Accounts suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Type any part of a name, industry or country; several words narrow the list.</source>
        <translation>Tippen Sie einen Teil von Name, Branche oder Land; mehrere Wörter grenzen die Liste weiter ein.</translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Country / region</source>
        <translation>Land / Region</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>Interne Notizen</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Master data</source>
        <translation>Stammdaten</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Industry</source>
        <translation>&amp;Branche</translation>
    </message>
    <message>
        <source>&amp;Country / region</source>
        <translation>&amp;Land / Region</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>&amp;Website</translation>
    </message>
    <message>
        <source>Internal &amp;notes</source>
        <translation>Interne &amp;Notizen</translation>
    </message>
    <message>
        <source>Customer name as the team uses it</source>
        <translation>Kundenname, wie ihn das Team verwendet</translation>
    </message>
    <message>
        <source>e.g. Mechanical engineering</source>
        <translation>z. B. Maschinenbau</translation>
    </message>
    <message>
        <source>e.g. Germany</source>
        <translation>z. B. Deutschland</translation>
    </message>
    <message>
        <source>Open the website in the browser</source>
        <translation>Website im Browser öffnen</translation>
    </message>
    <message>
        <source>What the team should know about this account. Never shown to the customer.</source>
        <translation>Was das Team über diesen Account wissen sollte. Wird dem Kunden nie gezeigt.</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>Unknown field &apos;%1&apos;.</source>
        <translation>Unbekanntes Feld „%1“.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must not be empty.</source>
        <translation>„%1“ darf nicht leer sein.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid %2 (allowed: %3).</source>
        <translation>„%1“ ist kein gültiger Wert für %2 (erlaubt: %3).</translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; is longer than %n characters.</source>
        <translation>
            <numerusform>„%1“ ist länger als %n Zeichen.</numerusform>
            <numerusform>„%1“ ist länger als %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>This item no longer exists.</source>
        <translation>Dieser Eintrag existiert nicht mehr.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was changed elsewhere in the meantime.</source>
        <translation>„%1“ wurde inzwischen an anderer Stelle geändert.</translation>
    </message>
</context>
<context>
    <name>Seniority</name>
    <message>
        <source>Board / C-level</source>
        <translation>Vorstand / Geschäftsführung</translation>
    </message>
    <message>
        <source>Senior management</source>
        <translation>Obere Führungsebene</translation>
    </message>
    <message>
        <source>Middle management</source>
        <translation>Mittlere Führungsebene</translation>
    </message>
    <message>
        <source>Specialist / operational</source>
        <translation>Fachebene / operativ</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Systemvorgabe (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
</context>
<context>
    <name>TeamRole</name>
    <message>
        <source>Primary account manager</source>
        <translation>Verantwortlicher Account Manager</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Inside sales</source>
        <translation>Innendienst</translation>
    </message>
    <message>
        <source>Technical specialist</source>
        <translation>Technischer Spezialist</translation>
    </message>
    <message>
        <source>Management sponsor</source>
        <translation>Management-Sponsor</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Redo failed</source>
        <translation>Wiederholen fehlgeschlagen</translation>
    </message>
    <message>
        <source>Undo failed</source>
        <translation>Rückgängig fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>WorkshopMode</name>
    <message>
        <source>Workshop mode — F5 ends it, Esc leaves full screen; the customer-safe view stays on.</source>
        <translation>Workshop-Modus – F5 beendet ihn, Esc verlässt den Vollbildmodus; die kundensichere Ansicht bleibt an.</translation>
    </message>
    <message>
        <source>Workshop text size: %1 %</source>
        <translation>Schriftgröße im Workshop: %1 %</translation>
    </message>
    <message>
        <source>Show internal information</source>
        <translation>Interne Informationen zeigen</translation>
    </message>
    <message>
        <source>Turn the customer-safe view off?

Internal judgements, scores, notes and the other accounts become visible — make sure the customer cannot see the screen.</source>
        <translation>Kundensichere Ansicht ausschalten?

Interne Einschätzungen, Bewertungen, Notizen und die anderen Accounts werden sichtbar – stellen Sie sicher, dass der Kunde den Bildschirm nicht sieht.</translation>
    </message>
    <message>
        <source>&amp;Workshop Mode</source>
        <translation>&amp;Workshop-Modus</translation>
    </message>
    <message>
        <source>Full screen, large type, customer-safe (F5)</source>
        <translation>Vollbild, große Schrift, kundensicher (F5)</translation>
    </message>
    <message>
        <source>&amp;Customer-Safe View</source>
        <translation>&amp;Kundensichere Ansicht</translation>
    </message>
    <message>
        <source>Hide everything internal on every screen (Ctrl+Shift+H)</source>
        <translation>Alles Interne auf allen Seiten ausblenden (Strg+Umschalt+H)</translation>
    </message>
    <message>
        <source>Leave Full Screen</source>
        <translation>Vollbild verlassen</translation>
    </message>
    <message>
        <source>&amp;Larger Workshop Text</source>
        <translation>Workshop-Schrift &amp;größer</translation>
    </message>
    <message>
        <source>S&amp;maller Workshop Text</source>
        <translation>Workshop-Schrift &amp;kleiner</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Customer-safe view — internal information is hidden</source>
        <translation>Kundensichere Ansicht – interne Informationen sind ausgeblendet</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is open read-only.</source>
        <translation>%1 ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>Someone else changed this in the meantime; reload and try again.</source>
        <translation>Jemand anderes hat das inzwischen geändert; bitte neu laden und erneut versuchen.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a workspace file.</source>
        <translation>%1 ist ein Ordner, keine Arbeitsbereich-Datei.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a kamdesk workspace (expected a %2 file).</source>
        <translation>%1 ist kein kamdesk-Arbeitsbereich (erwartet wird eine %2-Datei).</translation>
    </message>
    <message>
        <source>%1 is damaged or not a kamdesk workspace: %2</source>
        <translation>%1 ist beschädigt oder kein kamdesk-Arbeitsbereich: %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer kamdesk (schema %2); update kamdesk to open it.</source>
        <translation>%1 wurde von einer neueren kamdesk-Version geschrieben (Schema %2); aktualisieren Sie kamdesk, um die Datei zu öffnen.</translation>
    </message>
    <message>
        <source>%1 needs to be opened for writing once to bring it up to date.</source>
        <translation>%1 muss einmal zum Schreiben geöffnet werden, um auf den aktuellen Stand zu kommen.</translation>
    </message>
    <message>
        <source>That name is already taken.</source>
        <translation>Dieser Name ist bereits vergeben.</translation>
    </message>
    <message>
        <source>The change would break the workspace&apos;s integrity: %1</source>
        <translation>Die Änderung würde die Integrität des Arbeitsbereichs verletzen: %1</translation>
    </message>
    <message>
        <source>%1 is already open in another kamdesk window; close it there first.</source>
        <translation>%1 ist bereits in einem anderen kamdesk-Fenster geöffnet; schließen Sie den Arbeitsbereich dort zuerst.</translation>
    </message>
    <message>
        <source>Cannot lock %1: %2</source>
        <translation>%1 kann nicht gesperrt werden: %2</translation>
    </message>
    <message>
        <source>%1 is a database, but not a kamdesk workspace.</source>
        <translation>%1 ist eine Datenbank, aber kein kamdesk-Arbeitsbereich.</translation>
    </message>
</context>
</TS>
