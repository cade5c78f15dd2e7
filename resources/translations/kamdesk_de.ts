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
    <message>
        <source>The account name is longer than %1 characters.</source>
        <translation>Der Accountname ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>The field &apos;%1&apos; is longer than %2 characters.</source>
        <translation>Das Feld „%1“ ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a web address (example: www.example.de).</source>
        <translation>„%1“ ist keine Webadresse (Beispiel: www.beispiel.de).</translation>
    </message>
</context>
<context>
    <name>AccountField</name>
    <message>
        <source>Name</source>
        <extracomment>every account field an import can fill, with the header names that map to it</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Legal entity</source>
        <translation>Firmierung</translation>
    </message>
    <message>
        <source>Group / parent</source>
        <translation>Konzern / Muttergesellschaft</translation>
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
        <source>Sites</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <source>Our annual revenue</source>
        <translation>Unser Jahresumsatz</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>Potenzial</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Klassifizierung</translation>
    </message>
    <message>
        <source>Geography</source>
        <translation>Geografie</translation>
    </message>
    <message>
        <source>Long-term phase</source>
        <translation>Langfristige Phase</translation>
    </message>
    <message>
        <source>Customer goals</source>
        <translation>Ziele des Kunden</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>Interne Notizen</translation>
    </message>
    <message>
        <source>Review every (months)</source>
        <translation>Review alle (Monate)</translation>
    </message>
    <message>
        <source>Last review</source>
        <translation>Letztes Review</translation>
    </message>
</context>
<context>
    <name>AccountImportDialog</name>
    <message>
        <source>Import accounts</source>
        <translation>Accounts importieren</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importieren als</translation>
    </message>
    <message>
        <source>Leave out the rows with problems and import the others</source>
        <translation>Zeilen mit Problemen auslassen und die übrigen importieren</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>CSV file, %1-separated, %2</source>
        <translation>CSV-Datei, getrennt durch %1, %2</translation>
    </message>
    <message>
        <source>Excel workbook, sheet “%1”</source>
        <translation>Excel-Arbeitsmappe, Blatt „%1“</translation>
    </message>
    <message>
        <source>decimal comma</source>
        <translation>Dezimalkomma</translation>
    </message>
    <message>
        <source>decimal point</source>
        <translation>Dezimalpunkt</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; — %2, %3, %n data row(s). Check which column becomes which field:</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %2, %3, %n Datenzeile. Prüfen Sie, welche Spalte welches Feld wird:</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %2, %3, %n Datenzeilen. Prüfen Sie, welche Spalte welches Feld wird:</numerusform>
        </translation>
    </message>
    <message>
        <source>— do not import —</source>
        <translation>— nicht importieren —</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message numerus="yes">
        <source>Preview (%n row(s))</source>
        <translation>
            <numerusform>Vorschau (%n Zeile)</numerusform>
            <numerusform>Vorschau (%n Zeilen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preview: the first %1 of %n rows</source>
        <translation>
            <numerusform>Vorschau: die ersten %1 von %n Zeile</numerusform>
            <numerusform>Vorschau: die ersten %1 von %n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems: none — every row can be imported.</source>
        <translation>Probleme: keine — jede Zeile kann importiert werden.</translation>
    </message>
    <message numerus="yes">
        <source>Problems in %n row(s) — nothing is imported until they are fixed or left out:</source>
        <translation>
            <numerusform>Probleme in %n Zeile — es wird nichts importiert, bis sie behoben oder ausgelassen ist:</numerusform>
            <numerusform>Probleme in %n Zeilen — es wird nichts importiert, bis sie behoben oder ausgelassen sind:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n account(s)</source>
        <translation>
            <numerusform>%n Account importieren</numerusform>
            <numerusform>%n Accounts importieren</numerusform>
        </translation>
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
    <name>AccountTabs</name>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Procurement</source>
        <translation>Beschaffung</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Beziehungen</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Leistungen</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
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
    <name>ActionStatus</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>For goal</source>
        <translation>Zum Ziel</translation>
    </message>
    <message>
        <source>Open and in progress</source>
        <translation>Offen und in Bearbeitung</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Nur überfällige</translation>
    </message>
    <message>
        <source>Done and cancelled</source>
        <translation>Erledigt und abgebrochen</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle Maßnahmen</translation>
    </message>
    <message>
        <source>Which actions to show</source>
        <translation>Welche Maßnahmen angezeigt werden</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Erledigt</translation>
    </message>
    <message>
        <source>Mark the selected action as done (Ctrl+D)</source>
        <translation>Die gewählte Maßnahme als erledigt markieren (Strg+D)</translation>
    </message>
    <message>
        <source>Export to &amp;calendar…</source>
        <translation>In den &amp;Kalender exportieren …</translation>
    </message>
    <message>
        <source>Save the open actions and the next plan review as an iCalendar (.ics) file</source>
        <translation>Die offenen Maßnahmen und die nächste Planbesprechung als iCalendar-Datei (.ics) speichern</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Neue Maßnahme</translation>
    </message>
    <message>
        <source>action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>No actions match the filter.</source>
        <translation>Keine Maßnahme passt zum Filter.</translation>
    </message>
    <message>
        <source>No actions yet.

Who does what by when? Add an action with Ctrl+Shift+A.</source>
        <translation>Noch keine Maßnahmen.

Wer macht was bis wann? Mit Strg+Umschalt+A eine Maßnahme anlegen.</translation>
    </message>
    <message>
        <source>%1 open</source>
        <translation>%1 offen</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 überfällig</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Erledigt: %1</translation>
    </message>
    <message>
        <source>Ctrl+Z undoes it.</source>
        <translation>Strg+Z macht es rückgängig.</translation>
    </message>
    <message>
        <source>Export to calendar</source>
        <translation>In den Kalender exportieren</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) and the next review written to %1.</source>
        <translation>
            <numerusform>%n Maßnahme und die nächste Besprechung in %1 gespeichert.</numerusform>
            <numerusform>%n Maßnahmen und die nächste Besprechung in %1 gespeichert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Amounts</name>
    <message>
        <source>&apos;%1&apos;: an amount must not be negative.</source>
        <extracomment>the largest amount stored (Numeric(14, 2))</extracomment>
        <translation>„%1“: Ein Betrag darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount (examples: 1.250.000, 1,250,000, 2.5 Mio).</source>
        <translation>„%1“ ist kein Betrag (Beispiele: 1.250.000, 1,250,000, 2,5 Mio).</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <source>usage: </source>
        <extracomment>argparse&apos;s own words, so that usage errors and --help follow the system language too (argparse looks ``_`` up in its module when it writes them; ``localise_argparse`` points it here)</extracomment>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>diese Hilfe zeigen und beenden</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>die Versionsnummer zeigen und beenden</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>diese Argumente fehlen: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>unbekannte Argumente: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ungültige Auswahl: %(value)r (möglich: %(choices)s)</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>Argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>erwartet einen Wert</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>erwartet mindestens einen Wert</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ungültiger Wert: %(value)r</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>mehrdeutige Option: %(option)s passt zu %(matches)s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>eines dieser Argumente ist nötig: %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>nicht zusammen mit %s erlaubt</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>Wert %r ignoriert</translation>
    </message>
</context>
<context>
    <name>Billing</name>
    <message>
        <source>Free</source>
        <translation>Kostenlos</translation>
    </message>
    <message>
        <source>Invoiced at 0 € (waived)</source>
        <translation>Mit 0 € berechnet (erlassen)</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>Berechnet</translation>
    </message>
</context>
<context>
    <name>BoardColumn</name>
    <message>
        <source>Management</source>
        <extracomment>The customer&apos;s hierarchy levels, top to bottom: the board&apos;s ranks (rows). Departments of a new board, in column order (translated when they are created).</extracomment>
        <translation>Geschäftsführung</translation>
    </message>
    <message>
        <source>Purchasing</source>
        <translation>Einkauf</translation>
    </message>
    <message>
        <source>Engineering / R&amp;D</source>
        <translation>Entwicklung / Konstruktion</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>Logistik</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Finanzen</translation>
    </message>
    <message>
        <source>IT</source>
        <translation>IT</translation>
    </message>
</context>
<context>
    <name>Bpmn</name>
    <message>
        <source>Approver: %1</source>
        <translation>Freigebende Stelle: %1</translation>
    </message>
    <message>
        <source>Limit: %1</source>
        <translation>Freigabegrenze: %1</translation>
    </message>
    <message>
        <source>Role holder: %1</source>
        <translation>Rolleninhaber: %1</translation>
    </message>
    <message>
        <source>Choice: %1</source>
        <translation>Auswahl: %1</translation>
    </message>
    <message>
        <source>%1: the file is too large for a BPMN diagram.</source>
        <extracomment>process children that are handled, or are bookkeeping with nothing to report top-level elements that are either read or are mere definitions other elements point to</extracomment>
        <translation>%1: Die Datei ist für ein BPMN-Diagramm zu groß.</translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation>%1: Datei nicht gefunden.</translation>
    </message>
    <message>
        <source>%1: not a BPMN 2.0 file (no definitions element in the BPMN namespace).</source>
        <translation>%1: keine BPMN-2.0-Datei (kein definitions-Element im BPMN-Namensraum).</translation>
    </message>
    <message>
        <source>%1: refused: the file declares a DTD (entity expansion or external entities).</source>
        <translation>%1: abgelehnt: Die Datei deklariert eine DTD (Entity-Expansion oder externe Entities).</translation>
    </message>
    <message>
        <source>%1: refused: the file declares XML entities (possible entity-expansion attack).</source>
        <translation>%1: abgelehnt: Die Datei deklariert XML-Entities (möglicher Entity-Expansion-Angriff).</translation>
    </message>
    <message>
        <source>%1: refused: the file refers to external entities.</source>
        <translation>%1: abgelehnt: Die Datei verweist auf externe Entities.</translation>
    </message>
    <message>
        <source>%1: not well-formed XML (line %2, column %3).</source>
        <translation>%1: kein wohlgeformtes XML (Zeile %2, Spalte %3).</translation>
    </message>
    <message>
        <source>The condition “%1” was kept as a label: kamdesk cannot evaluate it.</source>
        <translation>Die Bedingung „%1“ wurde als Beschriftung übernommen: kamdesk kann sie nicht auswerten.</translation>
    </message>
    <message>
        <source>“%1” (%2) imported as a plain “%3”; its contents and behaviour are not kept.</source>
        <translation>„%1“ (%2) als einfacher „%3“ importiert; Inhalt und Verhalten gehen verloren.</translation>
    </message>
    <message>
        <source>“%1”: the %2 is not kept; imported as a plain “%3”.</source>
        <translation>„%1“: %2 wird nicht übernommen; als einfacher „%3“ importiert.</translation>
    </message>
    <message>
        <source>%1 × %2 not imported%3: kamdesk has no such element.</source>
        <translation>%1 × %2 nicht importiert%3: kamdesk kennt dieses Element nicht.</translation>
    </message>
</context>
<context>
    <name>Branch</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>Bundle</name>
    <message>
        <source>%1: no such file.</source>
        <extracomment>ids of workspace rows that ``id_map`` merged into rows the workspace already has</extracomment>
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
    <name>BuyingRole</name>
    <message>
        <source>Decision maker</source>
        <translation>Entscheider</translation>
    </message>
    <message>
        <source>Key influencer</source>
        <translation>Wichtigster Beeinflusser</translation>
    </message>
    <message>
        <source>Technical buyer</source>
        <translation>Technischer Prüfer</translation>
    </message>
    <message>
        <source>User buyer / approver</source>
        <translation>Anwender-Einkäufer / Freigeber</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>User / gatekeeper</source>
        <translation>Anwender / Gatekeeper</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>Key Account Plan: %1</source>
        <translation>Key-Account-Plan: %1</translation>
    </message>
    <message>
        <source>Action of the account plan for %1.</source>
        <translation>Maßnahme aus dem Account-Plan für %1.</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Verantwortlich: %1</translation>
    </message>
    <message>
        <source>Account plan</source>
        <translation>Account-Plan</translation>
    </message>
    <message>
        <source>Plan review: %1</source>
        <translation>Planbesprechung: %1</translation>
    </message>
    <message>
        <source>Review the Key Account Plan with the mentor.</source>
        <translation>Den Key-Account-Plan mit dem Mentor besprechen.</translation>
    </message>
</context>
<context>
    <name>CheckStatus</name>
    <message>
        <source>As entitled</source>
        <translation>Gemäß Anspruch</translation>
    </message>
    <message>
        <source>Beyond entitlement</source>
        <translation>Über Anspruch</translation>
    </message>
    <message>
        <source>Charged, although included</source>
        <translation>Berechnet, obwohl inklusive</translation>
    </message>
    <message>
        <source>No customer group to check against</source>
        <translation>Keine Kundengruppe zum Abgleich</translation>
    </message>
    <message>
        <source>Entitled, not used</source>
        <translation>Anspruch, nicht genutzt</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>The map is empty: add a start from the palette.</source>
        <translation>Die Karte ist leer: Fügen Sie aus der Palette einen Start hinzu.</translation>
    </message>
    <message>
        <source>The map has no start: where does the need arise?</source>
        <translation>Die Karte hat keinen Start: Wo entsteht der Bedarf?</translation>
    </message>
    <message>
        <source>The map has no end.</source>
        <translation>Die Karte hat kein Ende.</translation>
    </message>
    <message>
        <source>No node places the order.</source>
        <translation>Kein Schritt löst die Bestellung aus.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be reached from a start.</source>
        <translation>„%1“ ist von keinem Start aus erreichbar.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a dead end: nothing follows it.</source>
        <translation>„%1“ ist eine Sackgasse: Danach geht es nicht weiter.</translation>
    </message>
    <message>
        <source>The end &apos;%1&apos; has ways leading out of it.</source>
        <translation>Vom Ende „%1“ führen Wege weiter.</translation>
    </message>
    <message>
        <source>The start &apos;%1&apos; has ways leading into it.</source>
        <translation>In den Start „%1“ führen Wege hinein.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not say who approves.</source>
        <translation>„%1“ sagt nicht, wer freigibt.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is in no lane.</source>
        <translation>„%1“ liegt in keiner Bahn.</translation>
    </message>
    <message>
        <source>From &apos;%1&apos; no way leads to an end.</source>
        <translation>Von „%1“ führt kein Weg zu einem Ende.</translation>
    </message>
    <message>
        <source>The decision &apos;%1&apos; does not say what it asks.</source>
        <translation>Die Entscheidung „%1“ sagt nicht, was sie prüft.</translation>
    </message>
    <message>
        <source>The decision &apos;%1&apos; has no amount.</source>
        <translation>Die Entscheidung „%1“ hat keinen Betrag.</translation>
    </message>
    <message>
        <source>The decision &apos;%1&apos; has no &apos;%2&apos; way out.</source>
        <translation>Die Entscheidung „%1“ hat keinen „%2“-Ausgang.</translation>
    </message>
    <message>
        <source>A way out of the decision &apos;%1&apos; is marked neither yes nor no.</source>
        <translation>Ein Ausgang der Entscheidung „%1“ ist weder mit Ja noch mit Nein markiert.</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <source>No problems found: every node is reachable and every path ends.</source>
        <translation>Keine Probleme: Jeder Schritt ist erreichbar und jeder Weg endet.</translation>
    </message>
</context>
<context>
    <name>ChoiceBasis</name>
    <message>
        <source>Whatever is at the top of the list</source>
        <translation>Was oben in der Liste steht</translation>
    </message>
    <message>
        <source>The cheapest offer</source>
        <translation>Das günstigste Angebot</translation>
    </message>
    <message>
        <source>A deliberately chosen brand</source>
        <translation>Eine bewusst gewählte Marke</translation>
    </message>
    <message>
        <source>No choice: the item is pre-selected</source>
        <translation>Keine Wahl: Der Artikel ist vorgegeben</translation>
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
    <name>ClassificationCard</name>
    <message>
        <source>Not classified yet</source>
        <translation>Noch nicht klassifiziert</translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation>Service: %1</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>Plan: %1</translation>
    </message>
</context>
<context>
    <name>ClassificationMeaning</name>
    <message>
        <source>Shapes what we will offer tomorrow; develops with us.</source>
        <translation>Prägt, was wir morgen anbieten; entwickelt mit uns.</translation>
    </message>
    <message>
        <source>Develops products and solutions together with us, or shapes our future offering as an innovation leader (sustainability, digitalisation), or writes the specification our direct customers buy against. Need not be large in revenue.</source>
        <translation>Entwickelt mit uns gemeinsam Produkte und Lösungen, prägt als Innovationsführer (Nachhaltigkeit, Digitalisierung) unser künftiges Angebot oder schreibt die Spezifikation, nach der unsere direkten Kunden einkaufen. Muss nicht umsatzstark sein.</translation>
    </message>
    <message>
        <source>Innovation workshops, joint development, relationships on every level</source>
        <translation>Innovationsworkshops, gemeinsame Entwicklung, Beziehungen auf allen Ebenen</translation>
    </message>
    <message>
        <source>Full plan, largely built with the customer</source>
        <translation>Vollständiger Plan, großteils mit dem Kunden erarbeitet</translation>
    </message>
    <message>
        <source>Values what we add beyond the product; wants to stay.</source>
        <translation>Schätzt unseren Mehrwert jenseits des Produkts; will bleiben.</translation>
    </message>
    <message>
        <source>Cares about process optimisation and total cost of ownership more than the lowest item price, pays a little more for good service and wants long-term contracts.</source>
        <translation>Legt mehr Wert auf Prozessoptimierung und Total Cost of Ownership als auf den niedrigsten Artikelpreis, zahlt für guten Service etwas mehr und will langfristige Verträge.</translation>
    </message>
    <message>
        <source>Value-added services, fixed contacts in inside sales</source>
        <translation>Mehrwertleistungen, feste Ansprechpartner im Innendienst</translation>
    </message>
    <message>
        <source>Standard plan by the account team, partly shared</source>
        <translation>Standardplan vom Account-Team, teilweise geteilt</translation>
    </message>
    <message>
        <source>Large volume, bought on price and delivery in tenders.</source>
        <translation>Großes Volumen, vergeben nach Preis und Lieferung in Ausschreibungen.</translation>
    </message>
    <message>
        <source>Often a large revenue customer that buys through (global) tenders where the target price decides; opportunistic, and wants no broad network of relationships (lean key account management).</source>
        <translation>Oft ein umsatzstarker Kunde, der über (globale) Ausschreibungen kauft, bei denen der Zielpreis entscheidet; opportunistisch und ohne Wunsch nach einem breiten Beziehungsnetz (Lean Key Account Management).</translation>
    </message>
    <message>
        <source>Lean: delivery performance and price; extras charged</source>
        <translation>Schlank: Lieferperformance und Preis; Extras gegen Berechnung</translation>
    </message>
    <message>
        <source>Lean plan — in effect a sales plan</source>
        <translation>Schlanker Plan — im Grunde ein Vertriebsplan</translation>
    </message>
</context>
<context>
    <name>ClassificationSection</name>
    <message>
        <source>Classification</source>
        <translation>Klassifizierung</translation>
    </message>
    <message>
        <source>Geography</source>
        <translation>Geografie</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>The classification is an internal judgement: it never appears in anything the customer sees.</source>
        <translation>Die Klassifizierung ist eine interne Einschätzung: Sie erscheint nie in etwas, das der Kunde sieht.</translation>
    </message>
    <message>
        <source>&amp;Geography</source>
        <translation>&amp;Geografie</translation>
    </message>
    <message>
        <source>Long-term &amp;phase</source>
        <translation>Langfristige &amp;Phase</translation>
    </message>
    <message>
        <source>— not set —</source>
        <translation>— nicht gesetzt —</translation>
    </message>
    <message>
        <source>How far the account&apos;s business with us reaches: the Key Account matrix&apos;s second axis.</source>
        <translation>Wie weit das Geschäft des Accounts mit uns reicht: die zweite Achse der Key-Account-Matrix.</translation>
    </message>
    <message>
        <source>Where the long-term relationship stands: pre-sale, contract negotiation, implementation/delivery, review, exploration.</source>
        <translation>Wo die langfristige Beziehung steht: Vorverkauf, Vertragsverhandlung, Implementierung/Lieferung, Review, Erkundung.</translation>
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
        <source>import accounts that already exist as copies</source>
        <translation>bereits vorhandene Accounts als Kopien importieren</translation>
    </message>
    <message>
        <source>import contacts (.vcf, .csv) into this account&apos;s relationship board</source>
        <translation>Kontakte (.vcf, .csv) in das Beziehungsbrett dieses Accounts importieren</translation>
    </message>
    <message>
        <source>the service matrix as an Excel workbook</source>
        <translation>die Leistungsmatrix als Excel-Arbeitsmappe</translation>
    </message>
    <message>
        <source>write the service matrix to an .xlsx file</source>
        <translation>die Leistungsmatrix in eine .xlsx-Datei schreiben</translation>
    </message>
    <message>
        <source>language of the sheet</source>
        <translation>Sprache der Tabelle</translation>
    </message>
    <message>
        <source>update the service matrix from an .xlsx file (all or nothing)</source>
        <translation>die Leistungsmatrix aus einer .xlsx-Datei aktualisieren (alles oder nichts)</translation>
    </message>
    <message>
        <source>write an account&apos;s Key Account Plan as PDF</source>
        <translation>den Key-Account-Plan eines Accounts als PDF schreiben</translation>
    </message>
    <message>
        <source>language of the plan</source>
        <translation>Sprache des Plans</translation>
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
    <message>
        <source>%n service written to %1</source>
        <translation>%n Leistung nach %1 geschrieben</translation>
    </message>
    <message>
        <source>%n services written to %1</source>
        <translation>%n Leistungen nach %1 geschrieben</translation>
    </message>
    <message>
        <source>%1: %2 service(s) read, %3 cell(s) and %4 service(s) changed.</source>
        <translation>%1: %2 Leistung(en) gelesen, %3 Zelle(n) und %4 Leistung(en) geändert.</translation>
    </message>
    <message>
        <source>%1: %2: skipped, %3</source>
        <translation>%1: %2: übersprungen, %3</translation>
    </message>
    <message>
        <source>procurement maps as BPMN 2.0 XML</source>
        <translation>Beschaffungsprozesse als BPMN-2.0-XML</translation>
    </message>
    <message>
        <source>import a JSON bundle, or accounts from a .csv/.xlsx list</source>
        <translation>ein JSON-Bundle importieren oder Accounts aus einer .csv/.xlsx-Liste</translation>
    </message>
    <message>
        <source>write a procurement map as BPMN</source>
        <translation>einen Beschaffungsprozess als BPMN schreiben</translation>
    </message>
    <message>
        <source>read a BPMN file as a new map</source>
        <translation>eine BPMN-Datei als neuen Prozess einlesen</translation>
    </message>
    <message>
        <source>%n account written to %1</source>
        <translation>%n Account nach %1 geschrieben</translation>
    </message>
    <message>
        <source>%n accounts written to %1</source>
        <translation>%n Accounts nach %1 geschrieben</translation>
    </message>
    <message>
        <source>%1: cannot import %2 files (supported: .json, .csv, .xlsx; contacts: .vcf or .csv with --account).</source>
        <translation>%1: %2-Dateien können nicht importiert werden (unterstützt: .json, .csv, .xlsx; Kontakte: .vcf oder .csv mit --account).</translation>
    </message>
    <message>
        <source>%n account imported from %1</source>
        <translation>%n Account aus %1 importiert</translation>
    </message>
    <message>
        <source>%n accounts imported from %1</source>
        <translation>%n Accounts aus %1 importiert</translation>
    </message>
    <message>
        <source>%n page written to %1</source>
        <translation>%n Seite nach %1 geschrieben</translation>
    </message>
    <message>
        <source>%n pages written to %1</source>
        <translation>%n Seiten nach %1 geschrieben</translation>
    </message>
    <message>
        <source>%n contact imported into %1</source>
        <translation>%n Kontakt in %1 importiert</translation>
    </message>
    <message>
        <source>%n contacts imported into %1</source>
        <translation>%n Kontakte in %1 importiert</translation>
    </message>
    <message>
        <source>Map &apos;%1&apos; written to %2</source>
        <translation>Prozess „%1“ nach %2 geschrieben</translation>
    </message>
    <message>
        <source>%1: %2 nodes, %3 ways, %4 lanes imported.</source>
        <translation>%1: %2 Elemente, %3 Wege, %4 Bahnen importiert.</translation>
    </message>
    <message>
        <source>Not represented in kamdesk:</source>
        <translation>In kamdesk nicht abbildbar:</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>below</source>
        <translation>unter</translation>
    </message>
    <message>
        <source>up to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>above</source>
        <translation>über</translation>
    </message>
    <message>
        <source>from</source>
        <translation>ab</translation>
    </message>
</context>
<context>
    <name>ConditionKind</name>
    <message>
        <source>Order value</source>
        <translation>Bestellwert</translation>
    </message>
    <message>
        <source>Item is in the catalogue</source>
        <translation>Artikel ist im Katalog</translation>
    </message>
    <message>
        <source>Requester may choose the supplier</source>
        <translation>Bedarfsträger darf den Lieferanten wählen</translation>
    </message>
    <message>
        <source>Other question (answered per order)</source>
        <translation>Andere Frage (je Bestellung beantwortet)</translation>
    </message>
</context>
<context>
    <name>ContactImport</name>
    <message>
        <source>No name.</source>
        <extracomment>where it came from, for messages: &quot;entry 3 (line 17)&quot; or &quot;row 5&quot; problems that block the import (all-or-nothing) things worth knowing that do not block it the existing contact or earlier entry this one duplicates (then it is skipped) words in a department name → the default column they belong to (German and English) words in a job title → the rank they suggest, first match wins</extracomment>
        <translation>Kein Name.</translation>
    </message>
    <message>
        <source>The name is longer than 200 characters.</source>
        <translation>Der Name ist länger als 200 Zeichen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an e-mail address; left out.</source>
        <translation>„%1“ ist keine E-Mail-Adresse; weggelassen.</translation>
    </message>
    <message>
        <source>Department &apos;%1&apos; is not on the board; placed under &apos;No department&apos;.</source>
        <translation>Abteilung „%1“ steht nicht auf dem Brett; unter „Ohne Abteilung“ einsortiert.</translation>
    </message>
    <message>
        <source>already on the board as %1</source>
        <translation>schon auf dem Brett als %1</translation>
    </message>
    <message>
        <source>same person as %1</source>
        <translation>dieselbe Person wie %1</translation>
    </message>
    <message>
        <source>%1: the file is empty.</source>
        <extracomment>field → header names that mean it (compared case-insensitively, first match wins)</extracomment>
        <translation>%1: Die Datei ist leer.</translation>
    </message>
    <message>
        <source>%1: no name column (expected e.g. &apos;Name&apos;, &apos;First Name&apos;/&apos;Last Name&apos;).</source>
        <translation>%1: keine Namensspalte (erwartet z. B. „Name“ oder „Vorname“/„Nachname“).</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>More cells than headers; the extra cells are ignored.</source>
        <translation>Mehr Zellen als Spaltenköpfe; die überzähligen Zellen werden ignoriert.</translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation>%1: Datei nicht gefunden.</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 ist ein Ordner.</translation>
    </message>
    <message>
        <source>%1: not a text file.</source>
        <translation>%1: keine Textdatei.</translation>
    </message>
    <message>
        <source>entry %1 (line %2)</source>
        <translation>Eintrag %1 (Zeile %2)</translation>
    </message>
    <message>
        <source>Cannot be read: %1</source>
        <translation>Nicht lesbar: %1</translation>
    </message>
    <message>
        <source>%1: cannot import contacts from %2 files (supported: .vcf, .csv).</source>
        <extracomment>id for each importable draft, fixed now so that undo/redo keeps the rows&apos; identity</extracomment>
        <translation>%1: Kontakte aus %2-Dateien können nicht importiert werden (unterstützt: .vcf, .csv).</translation>
    </message>
    <message>
        <source>Imported from %1 (%2).</source>
        <translation>Importiert aus %1 (%2).</translation>
    </message>
</context>
<context>
    <name>ContactImportDialog</name>
    <message>
        <source>Import contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>übersprungen: %1</translation>
    </message>
    <message>
        <source>will be added</source>
        <translation>wird hinzugefügt</translation>
    </message>
    <message numerus="yes">
        <source>Import %n contact(s)</source>
        <translation>
            <numerusform>%n Kontakt importieren</numerusform>
            <numerusform>%n Kontakte importieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) cannot be imported; fix the file and try again. Nothing has been imported.</source>
        <translation>
            <numerusform>%n Eintrag kann nicht importiert werden; bitte die Datei korrigieren und erneut versuchen. Es wurde nichts importiert.</numerusform>
            <numerusform>%n Einträge können nicht importiert werden; bitte die Datei korrigieren und erneut versuchen. Es wurde nichts importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 new, %2 already known (skipped). Undo removes the whole import again.</source>
        <translation>%1 neu, %2 schon bekannt (übersprungen). „Rückgängig“ entfernt den ganzen Import wieder.</translation>
    </message>
</context>
<context>
    <name>ContactPanel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Buying role</source>
        <translation>Rolle im Einkaufsgremium</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Einfluss</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Kenntnisstand</translation>
    </message>
    <message>
        <source>Decision orientation</source>
        <translation>Entscheidungsorientierung</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>Placeholder</source>
        <translation>Platzhalter</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Personal agenda</source>
        <translation>Persönliche Agenda</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Job &amp;title</source>
        <translation>&amp;Position</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>&amp;Abteilung</translation>
    </message>
    <message>
        <source>&amp;Rank</source>
        <translation>&amp;Ebene</translation>
    </message>
    <message>
        <source>&amp;Buying role</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <source>&amp;Side</source>
        <translation>&amp;Haltung</translation>
    </message>
    <message>
        <source>&amp;Influence</source>
        <translation>&amp;Einfluss</translation>
    </message>
    <message>
        <source>&amp;Coverage</source>
        <translation>&amp;Kenntnisstand</translation>
    </message>
    <message>
        <source>&amp;Orientation</source>
        <translation>&amp;Orientierung</translation>
    </message>
    <message>
        <source>&amp;Last contact</source>
        <translation>&amp;Letzter Kontakt</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>E-&amp;Mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otizen</translation>
    </message>
    <message>
        <source>We know the role, not the person</source>
        <translation>Rolle bekannt, Person nicht</translation>
    </message>
    <message>
        <source>empty for a placeholder</source>
        <translation>leer für einen Platzhalter</translation>
    </message>
    <message>
        <source>What this person wants to achieve, personally.</source>
        <translation>Was diese Person persönlich erreichen will.</translation>
    </message>
    <message>
        <source>Lines to other contacts</source>
        <translation>Linien zu anderen Kontakten</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Draw a line to another contact (or Shift+drag between pieces)</source>
        <translation>Eine Linie zu einem anderen Kontakt ziehen (oder Umschalt+Ziehen zwischen Figuren)</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Linie entfernen</translation>
    </message>
    <message>
        <source>Delete contact…</source>
        <translation>Kontakt löschen …</translation>
    </message>
    <message>
        <source>— not known —</source>
        <translation>— nicht bekannt —</translation>
    </message>
</context>
<context>
    <name>Coverage</name>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Superficial</source>
        <translation>Oberflächlich</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>Regelmäßig</translation>
    </message>
    <message>
        <source>In depth</source>
        <translation>Gründlich</translation>
    </message>
</context>
<context>
    <name>CoverageMatrixModel</name>
    <message>
        <source>Now: %1 · target: %2</source>
        <extracomment>contact id, team member id, new level value or None (remove the link)</extracomment>
        <translation>Jetzt: %1 · Ziel: %2</translation>
    </message>
</context>
<context>
    <name>CriteriaPage</name>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Was es bedeutet</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>From (points)</source>
        <translation>Ab (Punkte)</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Selection criteria</source>
        <translation>Auswahlkriterien</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Stufen</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>Kriterium hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected criterion with every account&apos;s score on it (Del)</source>
        <translation>Das gewählte Kriterium samt aller Bewertungen darauf entfernen (Entf)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Add tier</source>
        <translation>Stufe hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected tier (Del)</source>
        <translation>Die gewählte Stufe entfernen (Entf)</translation>
    </message>
    <message>
        <source>An account reaches a tier when its weighted total (0 to 100 points) is at least the tier&apos;s threshold. Name the tiers as your company does: Gold/Silver/Bronze, Premier League/1st/2nd division, First/Club/Economy/Standby.</source>
        <translation>Ein Account erreicht eine Stufe, wenn seine gewichtete Gesamtpunktzahl (0 bis 100) mindestens die Schwelle der Stufe erreicht. Benennen Sie die Stufen so, wie es Ihr Unternehmen tut: Gold/Silber/Bronze, Bundesliga/1./2. Liga, First/Business/Economy/Standby.</translation>
    </message>
    <message>
        <source>Each account gets a score from 0 to 10 per criterion. A weight counts as its share of all weights (now %1 in total), so the shares always add up to 100%.</source>
        <translation>Jeder Account erhält je Kriterium eine Bewertung von 0 bis 10. Ein Gewicht zählt als Anteil an allen Gewichten (derzeit %1 insgesamt), die Anteile ergeben also immer 100 %.</translation>
    </message>
    <message>
        <source>All weights are 0: every account scores 0 points.</source>
        <translation>Alle Gewichte sind 0: Jeder Account erhält 0 Punkte.</translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>Neues Kriterium</translation>
    </message>
    <message>
        <source>Add criterion “%1”</source>
        <translation>Kriterium „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Remove criterion</source>
        <translation>Kriterium entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove the criterion “%1”? %n account score(s) on it go with it.

Ctrl+Z brings everything back.</source>
        <translation>
            <numerusform>Das Kriterium „%1“ entfernen? %n Bewertung darauf wird mit entfernt.

Strg+Z holt alles zurück.</numerusform>
            <numerusform>Das Kriterium „%1“ entfernen? %n Bewertungen darauf werden mit entfernt.

Strg+Z holt alles zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove criterion “%1”</source>
        <translation>Kriterium „%1“ entfernen</translation>
    </message>
    <message>
        <source>Move criterion “%1”</source>
        <translation>Kriterium „%1“ verschieben</translation>
    </message>
    <message>
        <source>New tier</source>
        <translation>Neue Stufe</translation>
    </message>
    <message>
        <source>Add tier “%1”</source>
        <translation>Stufe „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Remove tier</source>
        <translation>Stufe entfernen</translation>
    </message>
    <message>
        <source>Remove the tier “%1”? Its accounts fall to the next lower tier.

Ctrl+Z brings it back.</source>
        <translation>Die Stufe „%1“ entfernen? Ihre Accounts fallen in die nächstniedrigere Stufe.

Strg+Z holt sie zurück.</translation>
    </message>
    <message>
        <source>Remove tier “%1”</source>
        <translation>Stufe „%1“ entfernen</translation>
    </message>
</context>
<context>
    <name>Criterion</name>
    <message>
        <source>Revenue</source>
        <extracomment>(name, description, weight) — the workspace&apos;s criteria until the company sets its own</extracomment>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Our annual revenue with the account today.</source>
        <translation>Unser heutiger Jahresumsatz mit dem Account.</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>Potenzial</translation>
    </message>
    <message>
        <source>What the account spends in our categories that is not yet ours.</source>
        <translation>Was der Account in unseren Warengruppen ausgibt, aber noch nicht bei uns.</translation>
    </message>
    <message>
        <source>Strategic fit</source>
        <translation>Strategische Passung</translation>
    </message>
    <message>
        <source>How well the account fits the markets and solutions we want to grow in.</source>
        <translation>Wie gut der Account zu den Märkten und Lösungen passt, in denen wir wachsen wollen.</translation>
    </message>
    <message>
        <source>Innovation</source>
        <translation>Innovation</translation>
    </message>
    <message>
        <source>Develops new products or applications with us; drives digitalisation.</source>
        <translation>Entwickelt mit uns neue Produkte oder Anwendungen; treibt die Digitalisierung.</translation>
    </message>
    <message>
        <source>Reference value</source>
        <translation>Referenzwert</translation>
    </message>
    <message>
        <source>Winning and serving this account convinces other customers.</source>
        <translation>Diesen Account zu gewinnen und zu betreuen überzeugt weitere Kunden.</translation>
    </message>
    <message>
        <source>Profitability</source>
        <translation>Profitabilität</translation>
    </message>
    <message>
        <source>Margin after the cost to serve (discounts, services, logistics).</source>
        <translation>Marge nach den Betreuungskosten (Rabatte, Services, Logistik).</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Breadth and depth of our relationships; openness to a long-term partnership.</source>
        <translation>Breite und Tiefe unserer Beziehungen; Offenheit für eine langfristige Partnerschaft.</translation>
    </message>
</context>
<context>
    <name>CustomerGroup</name>
    <message>
        <source>Strategic Key Account</source>
        <extracomment>(fixed id, short code, classification, English name, English description). The ids are fixed so that every workspace has the same rows and bundles merge them instead of duplicating.</extracomment>
        <translation>Strategic Key Account</translation>
    </message>
    <message>
        <source>Develops products and solutions with us or shapes our future offering.</source>
        <translation>Entwickelt Produkte und Lösungen mit uns oder prägt unser künftiges Angebot.</translation>
    </message>
    <message>
        <source>Key Account</source>
        <translation>Key Account</translation>
    </message>
    <message>
        <source>Values what we add beyond the product; long-term partnership.</source>
        <translation>Schätzt unseren Mehrwert über das Produkt hinaus; langfristige Partnerschaft.</translation>
    </message>
    <message>
        <source>Smart Key Account</source>
        <translation>Smart Key Account</translation>
    </message>
    <message>
        <source>Large volume bought on price and delivery, often by tender; lean service.</source>
        <translation>Großes Volumen, Einkauf nach Preis und Lieferfähigkeit, oft per Ausschreibung; schlanker Service.</translation>
    </message>
    <message>
        <source>A customers</source>
        <translation>A-Kunden</translation>
    </message>
    <message>
        <source>Important regular customers that are not key accounts.</source>
        <translation>Wichtige Stammkunden, die keine Key Accounts sind.</translation>
    </message>
    <message>
        <source>B customers</source>
        <translation>B-Kunden</translation>
    </message>
    <message>
        <source>Regular customers with medium revenue.</source>
        <translation>Stammkunden mit mittlerem Umsatz.</translation>
    </message>
    <message>
        <source>C customers</source>
        <translation>C-Kunden</translation>
    </message>
    <message>
        <source>Occasional and small customers.</source>
        <translation>Gelegenheits- und Kleinkunden.</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>e.g. 31 Dec 2026</source>
        <translation>z. B. 31.12.2026</translation>
    </message>
    <message>
        <source>Pick a date from the calendar</source>
        <translation>Datum im Kalender wählen</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>&apos;%1&apos; is not a date (examples: 31.12.2026, 2026-12-31).</source>
        <extracomment>&quot;9 Mar 2026&quot;, &quot;9. März 2026&quot;, &quot;9 March 2026&quot;, &quot;9-Mar-2026&quot; (what English and German readers write)</extracomment>
        <translation>„%1“ ist kein Datum (Beispiele: 31.12.2026, 2026-12-31).</translation>
    </message>
</context>
<context>
    <name>DecisionOrientation</name>
    <message>
        <source>Cost and price</source>
        <translation>Kosten und Preis</translation>
    </message>
    <message>
        <source>Quality and technology</source>
        <translation>Qualität und Technik</translation>
    </message>
    <message>
        <source>Innovation</source>
        <translation>Innovation</translation>
    </message>
    <message>
        <source>Security and low risk</source>
        <translation>Sicherheit und geringes Risiko</translation>
    </message>
    <message>
        <source>Relationship and trust</source>
        <translation>Beziehung und Vertrauen</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>%1 already exists; use --force to replace it.</source>
        <extracomment>the demo account the app opens first</extracomment>
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
        <translation>Förder- und Intralogistiksysteme</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Deutschland</translation>
    </message>
    <message>
        <source>Minden (headquarters, central purchasing); Porta Westfalica (assembly); Brno, CZ (plant)</source>
        <translation>Minden (Zentrale, Zentraleinkauf); Porta Westfalica (Montage); Brno, CZ (Werk)</translation>
    </message>
    <message>
        <source>Cut the process cost of C-parts purchasing by 15% by 2027. One supplier for tools and fasteners across all three sites. No assembly stop for want of a part.</source>
        <translation>Prozesskosten im C-Teile-Einkauf bis 2027 um 15 % senken. Ein Lieferant für Werkzeuge und Verbindungselemente an allen drei Standorten. Kein Montagestopp wegen eines fehlenden Teils.</translation>
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
        <source>Tuttlingen (headquarters, development); Penang, MY (production)</source>
        <translation>Tuttlingen (Zentrale, Entwicklung); Penang, MY (Produktion)</translation>
    </message>
    <message>
        <source>Bring a traceable torque tool for instrument assembly to market by 2027; qualify fewer, stronger suppliers.</source>
        <translation>Bis 2027 ein rückverfolgbares Drehmomentwerkzeug für die Instrumentenmontage auf den Markt bringen; weniger, stärkere Lieferanten qualifizieren.</translation>
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
        <source>Duisburg (headquarters); 40 construction sites in Europe and the Middle East</source>
        <translation>Duisburg (Zentrale); 40 Baustellen in Europa und im Nahen Osten</translation>
    </message>
    <message>
        <source>Lower the price per site-month of consumables; deliveries straight to the site.</source>
        <translation>Verbrauchsmaterial je Baustellenmonat günstiger; Lieferung direkt auf die Baustelle.</translation>
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
        <source>Ostrava-Vítkovice (plant); Frýdek-Místek (machining)</source>
        <translation>Ostrava-Vítkovice (Werk); Frýdek-Místek (Zerspanung)</translation>
    </message>
    <message>
        <source>Consolidate tool purchasing of both plants; monthly consumption reports.</source>
        <translation>Werkzeugeinkauf beider Werke bündeln; monatliche Verbrauchsberichte.</translation>
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
    <message>
        <source>Wants the Brno plant profitable within two years; trusts numbers, not presentations.</source>
        <extracomment>key, name, title, column, rank, role, side, influence, coverage, orientation, days since contact member key, contact key, level, target level, days since contact source, kind, target</extracomment>
        <translation>Will das Werk Brünn binnen zwei Jahren profitabel sehen; traut Zahlen, nicht Präsentationen.</translation>
    </message>
    <message>
        <source>Pushes working-capital reduction: consignment stock interests her, price increases do not.</source>
        <translation>Treibt die Senkung des Working Capital: Ein Konsignationslager interessiert sie, Preiserhöhungen nicht.</translation>
    </message>
    <message>
        <source>Measured on savings and on the number of suppliers; wants one C-parts partner for all sites.</source>
        <translation>Wird an Einsparungen und der Zahl der Lieferanten gemessen; will einen C-Teile-Partner für alle Standorte.</translation>
    </message>
    <message>
        <source>Had a recall with our predecessor&apos;s screws in 2023; sees every supplier change as a risk.</source>
        <translation>Hatte 2023 einen Rückruf wegen Schrauben unseres Vorgängers; sieht jeden Lieferantenwechsel als Risiko.</translation>
    </message>
    <message>
        <source>Wants to move up to category manager; a successful Kanban project would help him.</source>
        <translation>Will Category Manager werden; ein erfolgreiches Kanban-Projekt würde ihm helfen.</translation>
    </message>
    <message>
        <source>New in the job; open to a consignment stock in Brno if it does not cost him headcount.</source>
        <translation>Neu im Amt; offen für ein Konsignationslager in Brünn, wenn es ihn keine Stellen kostet.</translation>
    </message>
    <message>
        <source>Shareholder, advisory board</source>
        <translation>Gesellschafter, Beirat</translation>
    </message>
    <message>
        <source>Assistant to the management</source>
        <translation>Assistenz der Geschäftsführung</translation>
    </message>
    <message>
        <source>Chief Financial Officer</source>
        <translation>Kaufmännische Geschäftsführerin</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Controller</translation>
    </message>
    <message>
        <source>Cut the process costs of C-parts procurement by 20%</source>
        <translation>Prozesskosten der C-Teile-Beschaffung um 20 % senken</translation>
    </message>
    <message>
        <source>Process cost per order line down from €38 to €30</source>
        <translation>Prozesskosten je Bestellposition von 38 € auf 30 €</translation>
    </message>
    <message>
        <source>Secure line supply for the new assembly hall in Brno</source>
        <translation>Linienversorgung für die neue Montagehalle in Brünn sichern</translation>
    </message>
    <message>
        <source>No line stop for missing fasteners; 98% availability at the line</source>
        <translation>Kein Bandstillstand wegen fehlender Verbindungselemente; 98 % Verfügbarkeit am Band</translation>
    </message>
    <message>
        <source>Reduce the number of C-parts suppliers</source>
        <translation>Anzahl der C-Teile-Lieferanten reduzieren</translation>
    </message>
    <message>
        <source>From 14 suppliers to 5</source>
        <translation>Von 14 Lieferanten auf 5</translation>
    </message>
    <message>
        <source>Traceable torque tools in final assembly</source>
        <translation>Rückverfolgbare Drehmomentwerkzeuge in der Endmontage</translation>
    </message>
    <message>
        <source>Every torque tool calibrated, certificates in the ERP</source>
        <translation>Jedes Drehmomentwerkzeug kalibriert, Zertifikate im ERP</translation>
    </message>
    <message>
        <source>Become the preferred C-parts partner for all three sites</source>
        <translation>Bevorzugter C-Teile-Partner für alle drei Standorte werden</translation>
    </message>
    <message>
        <source>Framework agreement covering Minden, Porta Westfalica and Brno</source>
        <translation>Rahmenvertrag für Minden, Porta Westfalica und Brünn</translation>
    </message>
    <message>
        <source>Grow our share of wallet from 18% to 30%</source>
        <translation>Unseren Lieferanteil von 18 % auf 30 % steigern</translation>
    </message>
    <message>
        <source>Share of Weserland&apos;s C-parts spend, from the annual report</source>
        <translation>Anteil am C-Teile-Einkaufsvolumen von Weserland, laut Jahresauswertung</translation>
    </message>
    <message>
        <source>Borkmann still holds the fasteners for Porta Westfalica; attack there first.</source>
        <translation>Borkmann liefert noch die Verbindungselemente für Porta Westfalica; dort zuerst ansetzen.</translation>
    </message>
    <message>
        <source>Run the Kanban consignment stock in Brno</source>
        <translation>Das Kanban-Konsignationslager in Brünn betreiben</translation>
    </message>
    <message>
        <source>Kanban live with 400 bins on lines 1–3</source>
        <translation>Kanban mit 400 Behältern an den Linien 1–3 in Betrieb</translation>
    </message>
    <message>
        <source>Quarterly meeting with central purchasing</source>
        <translation>Quartalsgespräch mit dem Zentraleinkauf</translation>
    </message>
    <message>
        <source>Ms Brinkmann is under pressure from management to cut the supplier base. She liked the idea of a process cost analysis but wants figures, not slides.</source>
        <translation>Frau Brinkmann soll auf Wunsch der Geschäftsleitung die Zahl der Lieferanten senken. Die Idee einer Prozesskostenanalyse gefiel ihr, sie will aber Zahlen sehen, keine Folien.</translation>
    </message>
    <message>
        <source>Agreed to analyse the current process costs together. Purchasing shares order data of the last twelve months.</source>
        <translation>Vereinbart: die heutigen Prozesskosten gemeinsam analysieren. Der Einkauf stellt die Bestelldaten der letzten zwölf Monate bereit.</translation>
    </message>
    <message>
        <source>Send the process cost analysis
List the parts we can take over from other suppliers
Clarify the approval limits in Porta Westfalica</source>
        <translation>Prozesskostenanalyse schicken
Teile auflisten, die wir von anderen Lieferanten übernehmen können
Freigabegrenzen in Porta Westfalica klären</translation>
    </message>
    <message>
        <source>Head of Purchasing</source>
        <translation>Leiterin Einkauf</translation>
    </message>
    <message>
        <source>Plant tour in Brno with the new plant manager</source>
        <translation>Werksrundgang in Brünn mit der neuen Werkleiterin</translation>
    </message>
    <message>
        <source>Ing. Horáková wants the line supply solved before the hall opens. She asked twice whether we can guarantee deliveries from our Czech warehouse.</source>
        <translation>Ing. Horáková will die Linienversorgung vor der Eröffnung der Halle gelöst haben. Sie fragte zweimal, ob wir Lieferungen aus unserem tschechischen Lager garantieren können.</translation>
    </message>
    <message>
        <source>Kanban with a two-bin system is welcome. Torque tools in final assembly are not calibrated regularly — an opening for our calibration service.</source>
        <translation>Kanban mit Zwei-Behälter-System ist willkommen. Die Drehmomentwerkzeuge in der Endmontage werden nicht regelmäßig kalibriert – eine Chance für unseren Kalibrierservice.</translation>
    </message>
    <message>
        <source>Arrange a Kanban walk-through with the plant manager
Torque tool calibration audit in final assembly
Offer a two-bin system for line 3</source>
        <translation>Kanban-Begehung mit der Werkleiterin vereinbaren
Kalibrier-Audit der Drehmomentwerkzeuge in der Endmontage
Zwei-Behälter-System für Linie 3 anbieten</translation>
    </message>
    <message>
        <source>Maintenance workshop on cordless tools</source>
        <translation>Instandhaltungs-Workshop zu Akkuwerkzeugen</translation>
    </message>
    <message>
        <source>Maintenance still uses three battery systems. Mr Kowalczyk would standardise on one if the changeover is planned with his team.</source>
        <translation>Die Instandhaltung nutzt noch drei Akkusysteme. Herr Kowalczyk würde auf eines vereinheitlichen, wenn die Umstellung mit seinem Team geplant wird.</translation>
    </message>
    <message>
        <source>Demonstration of our 18 V system agreed; EHS wants a PPE vending machine.</source>
        <translation>Vorführung unseres 18-V-Systems vereinbart; die Arbeitssicherheit wünscht einen PSA-Automaten.</translation>
    </message>
    <message>
        <source>Demonstrate the battery tool system to maintenance
Collect PPE consumption figures for the vending machine
Send samples of the cut-resistant gloves</source>
        <translation>Akkusystem der Instandhaltung vorführen
PSA-Verbrauchszahlen für den Automaten erheben
Muster der Schnittschutzhandschuhe schicken</translation>
    </message>
    <message>
        <source>Head of Maintenance</source>
        <translation>Leiter Instandhaltung</translation>
    </message>
    <message>
        <source>Health and Safety</source>
        <translation>Arbeitssicherheit</translation>
    </message>
    <message>
        <source>Send the process cost analysis</source>
        <translation>Prozesskostenanalyse schicken</translation>
    </message>
    <message>
        <source>Arrange a Kanban walk-through with the plant manager</source>
        <translation>Kanban-Begehung mit der Werkleiterin vereinbaren</translation>
    </message>
    <message>
        <source>Torque tool calibration audit in final assembly</source>
        <translation>Kalibrier-Audit der Drehmomentwerkzeuge in der Endmontage</translation>
    </message>
    <message>
        <source>Propose a PPE vending machine for Minden</source>
        <translation>PSA-Automaten für Minden vorschlagen</translation>
    </message>
    <message>
        <source>Find out who decides on the Kanban budget in Brno</source>
        <translation>Herausfinden, wer in Brünn über das Kanban-Budget entscheidet</translation>
    </message>
    <message>
        <source>Punch-out catalogue (OCI) for the customer&apos;s SAP system</source>
        <translation>Punch-out-Katalog (OCI) für das SAP-System des Kunden</translation>
    </message>
    <message>
        <source>Demonstrate the battery tool system to maintenance</source>
        <translation>Akkusystem der Instandhaltung vorführen</translation>
    </message>
    <message>
        <source>List the parts we can take over from other suppliers</source>
        <translation>Teile auflisten, die wir von anderen Lieferanten übernehmen können</translation>
    </message>
    <message>
        <source>Draft a framework agreement for all three sites</source>
        <translation>Rahmenvertrag für alle drei Standorte entwerfen</translation>
    </message>
    <message>
        <source>Torque tool training for the assembly team leads</source>
        <translation>Drehmoment-Schulung für die Teamleiter der Montage</translation>
    </message>
    <message>
        <source>Invite purchasing to our innovation day</source>
        <translation>Den Einkauf zu unserem Innovationstag einladen</translation>
    </message>
    <message>
        <source>Management meeting of both managing directors</source>
        <translation>Treffen der beiden Geschäftsführungen</translation>
    </message>
    <message>
        <source>Quarterly delivery performance report</source>
        <translation>Quartalsbericht zur Lieferperformance</translation>
    </message>
    <message>
        <source>Clarify the approval limits in Porta Westfalica</source>
        <translation>Freigabegrenzen in Porta Westfalica klären</translation>
    </message>
    <message>
        <source>Send samples of the new hexagon socket screws</source>
        <translation>Muster der neuen Innensechskantschrauben schicken</translation>
    </message>
    <message>
        <source>Compare our prices with the last tender</source>
        <translation>Unsere Preise mit der letzten Ausschreibung vergleichen</translation>
    </message>
    <message>
        <source>Ms Brinkmann wants it before her budget meeting.</source>
        <translation>Frau Brinkmann braucht sie vor ihrer Budgetrunde.</translation>
    </message>
    <message>
        <source>Fasteners for the new conveyor series WX</source>
        <translation>Verbindungselemente für die neue Förderer-Baureihe WX</translation>
    </message>
    <message>
        <source>Meet engineering about the WX specification</source>
        <translation>Termin mit der Konstruktion zur WX-Spezifikation</translation>
    </message>
    <message>
        <source>PPE vending machines in Minden</source>
        <translation>PSA-Automaten in Minden</translation>
    </message>
    <message>
        <source>Collect consumption figures for gloves and safety glasses</source>
        <translation>Verbrauchszahlen für Handschuhe und Schutzbrillen erheben</translation>
    </message>
    <message>
        <source>Calibration service for torque tools</source>
        <translation>Kalibrierservice für Drehmomentwerkzeuge</translation>
    </message>
    <message>
        <source>Inventory of the torque tools in final assembly</source>
        <translation>Bestandsaufnahme der Drehmomentwerkzeuge in der Endmontage</translation>
    </message>
    <message>
        <source>C-parts framework agreement for three sites</source>
        <translation>C-Teile-Rahmenvertrag für drei Standorte</translation>
    </message>
    <message>
        <source>Price workshop with central purchasing</source>
        <translation>Preis-Workshop mit dem Zentraleinkauf</translation>
    </message>
    <message>
        <source>Kanban consignment stock in Brno</source>
        <translation>Kanban-Konsignationslager in Brünn</translation>
    </message>
    <message>
        <source>Revised offer with a two-bin system</source>
        <translation>Überarbeitetes Angebot mit Zwei-Behälter-System</translation>
    </message>
    <message>
        <source>Cordless screwdriver fleet for assembly line 4</source>
        <translation>Akkuschrauber-Ausstattung für Montagelinie 4</translation>
    </message>
    <message>
        <source>Plant management signs the order</source>
        <translation>Werkleitung unterschreibt die Bestellung</translation>
    </message>
    <message>
        <source>Punch-out catalogue in the customer&apos;s SAP system</source>
        <translation>Punch-out-Katalog im SAP-System des Kunden</translation>
    </message>
    <message>
        <source>Go-live test with purchasing</source>
        <translation>Go-live-Test mit dem Einkauf</translation>
    </message>
    <message>
        <source>Workshop supplies for Porta Westfalica</source>
        <translation>Werkstattbedarf für Porta Westfalica</translation>
    </message>
    <message>
        <source>Annual review of the assortment</source>
        <translation>Jährliche Sortimentsprüfung</translation>
    </message>
    <message>
        <source>Cleaning agents tender</source>
        <translation>Ausschreibung Reinigungsmittel</translation>
    </message>
    <message>
        <source>The plan talks too much about prices and too little about Weserland&apos;s own goals.</source>
        <translation>Der Plan redet zu viel über Preise und zu wenig über Weserlands eigene Ziele.</translation>
    </message>
    <message>
        <source>Make Brno the priority. Process cost analysis before the next price round.</source>
        <translation>Brünn hat Priorität. Prozesskostenanalyse vor der nächsten Preisrunde.</translation>
    </message>
    <message>
        <source>Good progress in Brno. Overdue actions pile up with Jana; Lena takes over the catalogue work.</source>
        <translation>Gute Fortschritte in Brünn. Bei Jana stauen sich überfällige Maßnahmen; Lena übernimmt die Katalogarbeit.</translation>
    </message>
    <message>
        <source>Framework agreement offer by the next review. Management meeting before the summer.</source>
        <translation>Angebot für den Rahmenvertrag bis zur nächsten Besprechung. Treffen der Geschäftsführungen vor dem Sommer.</translation>
    </message>
    <message>
        <source>A traceable torque tool for surgical instrument assembly</source>
        <translation>Ein rückverfolgbares Drehmomentwerkzeug für die Montage chirurgischer Instrumente</translation>
    </message>
    <message>
        <source>Prototype approved by Kessler&apos;s quality department</source>
        <translation>Prototyp von Kesslers Qualitätssicherung freigegeben</translation>
    </message>
    <message>
        <source>Joint innovation workshop on the torque tool</source>
        <translation>Gemeinsamer Innovationsworkshop zum Drehmomentwerkzeug</translation>
    </message>
    <message>
        <source>Development partnership: smart torque tool</source>
        <translation>Entwicklungspartnerschaft: intelligentes Drehmomentwerkzeug</translation>
    </message>
    <message>
        <source>Agree the specification with Kessler engineering</source>
        <translation>Spezifikation mit Kesslers Entwicklung abstimmen</translation>
    </message>
    <message>
        <source>Spring tender: fasteners and anchors</source>
        <translation>Frühjahrsausschreibung: Verbindungselemente und Dübel</translation>
    </message>
    <message>
        <source>Submit the tender with the target price</source>
        <translation>Angebot zum Zielpreis abgeben</translation>
    </message>
    <message>
        <source>Confirm delivery capacity for the tender volume</source>
        <translation>Lieferkapazität für das Ausschreibungsvolumen bestätigen</translation>
    </message>
    <message>
        <source>Category Manager Tools</source>
        <translation>Category Manager Werkzeuge</translation>
    </message>
    <message>
        <source>Strategic Buyer C-Parts</source>
        <translation>Strategischer Einkäufer C-Teile</translation>
    </message>
    <message>
        <source>Operational Buyer</source>
        <translation>Operative Einkäuferin</translation>
    </message>
    <message>
        <source>Buyer, Brno site</source>
        <translation>Einkäufer Standort Brünn</translation>
    </message>
    <message>
        <source>Head of Engineering</source>
        <translation>Leiterin Konstruktion</translation>
    </message>
    <message>
        <source>Design Engineer Conveyors</source>
        <translation>Konstrukteur Fördertechnik</translation>
    </message>
    <message>
        <source>Standard Parts Engineer</source>
        <translation>Normteile-Ingenieur</translation>
    </message>
    <message>
        <source>Test Laboratory</source>
        <translation>Prüflabor</translation>
    </message>
    <message>
        <source>Plant Manager Minden</source>
        <translation>Werkleiter Minden</translation>
    </message>
    <message>
        <source>Plant Manager Brno</source>
        <translation>Werkleiter Brünn</translation>
    </message>
    <message>
        <source>Assembly Supervisor</source>
        <translation>Meister Montage</translation>
    </message>
    <message>
        <source>Tool Crib</source>
        <translation>Werkzeugausgabe</translation>
    </message>
    <message>
        <source>Shift Leader Brno</source>
        <translation>Schichtleiter Brünn</translation>
    </message>
    <message>
        <source>Head of Quality Management</source>
        <translation>Leiter Qualitätsmanagement</translation>
    </message>
    <message>
        <source>Supplier Quality Engineer</source>
        <translation>Lieferantenqualitätsingenieurin</translation>
    </message>
    <message>
        <source>Head of Logistics</source>
        <translation>Leiter Logistik</translation>
    </message>
    <message>
        <source>Warehouse Team Lead</source>
        <translation>Teamleiterin Lager</translation>
    </message>
    <message>
        <source>Head of IT (e-procurement)</source>
        <translation>Leitung IT (E-Procurement)</translation>
    </message>
    <message>
        <source>SAP MM Key User</source>
        <translation>SAP-MM-Key-User</translation>
    </message>
    <message>
        <source>Chief Technology Officer</source>
        <translation>Technische Vorständin</translation>
    </message>
    <message>
        <source>Head of Strategic Purchasing</source>
        <translation>Leiter Strategischer Einkauf</translation>
    </message>
    <message>
        <source>Development Engineer</source>
        <translation>Entwicklungsingenieurin</translation>
    </message>
    <message>
        <source>Head of Regulatory Affairs</source>
        <translation>Leiter Regulatory Affairs</translation>
    </message>
    <message>
        <source>Production Manager</source>
        <translation>Produktionsleiter</translation>
    </message>
    <message>
        <source>Head of Global Procurement</source>
        <translation>Leiter Globaler Einkauf</translation>
    </message>
    <message>
        <source>Tender Manager</source>
        <translation>Ausschreibungsmanagerin</translation>
    </message>
    <message>
        <source>Site manager (changes per project)</source>
        <translation>Bauleiter (wechselt je Projekt)</translation>
    </message>
    <message>
        <source>Purchasing Director</source>
        <translation>Einkaufsdirektor</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Einkäuferin</translation>
    </message>
    <message>
        <source>Tools – plants Minden and Porta</source>
        <translation>Werkzeuge – Werke Minden und Porta</translation>
    </message>
    <message>
        <source>Foreman / maintenance</source>
        <translation>Meister / Instandhaltung</translation>
    </message>
    <message>
        <source>Cost-centre manager</source>
        <translation>Kostenstellenverantwortlicher</translation>
    </message>
    <message>
        <source>Plant management</source>
        <translation>Werksleitung</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>Cordless screwdriver worn out</source>
        <translation>Akkuschrauber verschlissen</translation>
    </message>
    <message>
        <source>Searches the SAP Ariba catalogue</source>
        <translation>Sucht im SAP-Ariba-Katalog</translation>
    </message>
    <message>
        <source>Picks brand and model</source>
        <translation>Wählt Marke und Modell</translation>
    </message>
    <message>
        <source>shift foremen, assembly</source>
        <translation>Schichtmeister, Montage</translation>
    </message>
    <message>
        <source>Approves in Ariba</source>
        <translation>Gibt in Ariba frei</translation>
    </message>
    <message>
        <source>Approves the investment</source>
        <translation>Genehmigt die Investition</translation>
    </message>
    <message>
        <source>Plant manager</source>
        <translation>Werksleiterin</translation>
    </message>
    <message>
        <source>Order goes out via Ariba</source>
        <translation>Bestellung geht über Ariba raus</translation>
    </message>
    <message>
        <source>Rejected: repair instead</source>
        <translation>Abgelehnt: stattdessen reparieren</translation>
    </message>
    <message>
        <source>Delivers to the line within 24 h</source>
        <translation>Liefert binnen 24 h an die Linie</translation>
    </message>
    <message>
        <source>Tool in use</source>
        <translation>Werkzeug im Einsatz</translation>
    </message>
    <message>
        <source>&lt; €250: order directly</source>
        <translation>&lt; 250 €: direkt bestellen</translation>
    </message>
    <message>
        <source>Foremen pick the brand themselves and like our cordless range; keep the Ariba catalogue content current before every price round.</source>
        <translation>Die Meister wählen die Marke selbst und mögen unser Akku-Sortiment; den Ariba-Kataloginhalt vor jeder Preisrunde aktuell halten.</translation>
    </message>
    <message>
        <source>Standard C-parts – central purchasing</source>
        <translation>Standard-C-Teile – Zentraleinkauf</translation>
    </message>
    <message>
        <source>Central purchasing Minden</source>
        <translation>Zentraleinkauf Minden</translation>
    </message>
    <message>
        <source>Requester at the line</source>
        <translation>Bedarfsträger an der Linie</translation>
    </message>
    <message>
        <source>Annual tender for C-parts</source>
        <translation>Jährliche Ausschreibung C-Teile</translation>
    </message>
    <message>
        <source>Selects one item per category</source>
        <translation>Legt je Kategorie einen Artikel fest</translation>
    </message>
    <message>
        <source>Lists only that item (OCI punch-out)</source>
        <translation>Listet nur diesen Artikel (OCI-Punch-out)</translation>
    </message>
    <message>
        <source>Bin at the line runs empty</source>
        <translation>Behälter an der Linie wird leer</translation>
    </message>
    <message>
        <source>Item in the catalogue?</source>
        <translation>Artikel im Katalog?</translation>
    </message>
    <message>
        <source>Ticks the one item offered</source>
        <translation>Kreuzt den einen angebotenen Artikel an</translation>
    </message>
    <message>
        <source>Requests the item from purchasing</source>
        <translation>Fordert den Artikel beim Einkauf an</translation>
    </message>
    <message>
        <source>Buys from a supplier of its choice</source>
        <translation>Kauft bei einem Lieferanten seiner Wahl</translation>
    </message>
    <message>
        <source>Order released automatically</source>
        <translation>Bestellung wird automatisch ausgelöst</translation>
    </message>
    <message>
        <source>Delivers within 48 h (framework agreement)</source>
        <translation>Liefert binnen 48 h (Rahmenvertrag)</translation>
    </message>
    <message>
        <source>Bin refilled</source>
        <translation>Behälter aufgefüllt</translation>
    </message>
    <message>
        <source>None for catalogue items; anything outside the catalogue goes through central purchasing.</source>
        <translation>Keine für Katalogartikel; alles außerhalb des Katalogs läuft über den Zentraleinkauf.</translation>
    </message>
    <message>
        <source>Supply &amp; logistics</source>
        <translation>Versorgung &amp; Logistik</translation>
    </message>
    <message>
        <source>Service &amp; support</source>
        <translation>Service &amp; Betreuung</translation>
    </message>
    <message>
        <source>Innovation</source>
        <translation>Innovation</translation>
    </message>
    <message>
        <source>Commercial</source>
        <translation>Kaufmännisches</translation>
    </message>
    <message>
        <source>Priority allocation in shortages</source>
        <translation>Vorrangige Belieferung bei Engpässen</translation>
    </message>
    <message>
        <source>When goods are scarce, the customer&apos;s orders are served first from stock held back for key accounts.</source>
        <translation>Ist Ware knapp, bedienen wir die Aufträge des Kunden zuerst – aus Bestand, den wir für Key Accounts zurückhalten.</translation>
    </message>
    <message>
        <source>Express delivery of urgent orders</source>
        <translation>Expresslieferung bei Eilbedarf</translation>
    </message>
    <message>
        <source>Urgent small orders leave the same day by courier, e.g. a Friday call for Monday morning.</source>
        <translation>Dringende Kleinaufträge gehen noch am selben Tag per Kurier raus, z. B. Anruf am Freitag für Montagfrüh.</translation>
    </message>
    <message>
        <source>delivery</source>
        <translation>Lieferung</translation>
    </message>
    <message>
        <source>Customer-specific packaging and labels</source>
        <translation>Kundenspezifische Verpackung und Etiketten</translation>
    </message>
    <message>
        <source>Packs sized for the customer&apos;s kanban bins, labelled with their part numbers and bar codes.</source>
        <translation>Gebinde passend für die Kanban-Behälter des Kunden, beschriftet mit seinen Sachnummern und Barcodes.</translation>
    </message>
    <message>
        <source>article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Dedicated inside-sales contact</source>
        <translation>Fester Ansprechpartner im Innendienst</translation>
    </message>
    <message>
        <source>One named person in inside sales (and a named deputy) handles every request.</source>
        <translation>Eine benannte Person im Innendienst (mit benannter Vertretung) bearbeitet jede Anfrage.</translation>
    </message>
    <message>
        <source>On-site training for the customer&apos;s staff</source>
        <translation>Schulung der Mitarbeitenden beim Kunden</translation>
    </message>
    <message>
        <source>Our application engineers train users at the customer&apos;s site, e.g. on cutting tools or torque.</source>
        <translation>Unsere Anwendungstechniker schulen die Anwender vor Ort, z. B. zu Zerspanungswerkzeugen oder Drehmoment.</translation>
    </message>
    <message>
        <source>training day</source>
        <translation>Schulungstag</translation>
    </message>
    <message>
        <source>Individual satisfaction survey</source>
        <translation>Individuelle Zufriedenheitsbefragung</translation>
    </message>
    <message>
        <source>A survey designed for this customer&apos;s departments and sites, with results discussed together.</source>
        <translation>Eine Befragung, zugeschnitten auf die Abteilungen und Standorte dieses Kunden; die Ergebnisse besprechen wir gemeinsam.</translation>
    </message>
    <message>
        <source>survey</source>
        <translation>Befragung</translation>
    </message>
    <message>
        <source>Product innovation workshop</source>
        <translation>Produktinnovations-Workshop</translation>
    </message>
    <message>
        <source>A day with our product managers on the customer&apos;s application problems; it may lead to joint work.</source>
        <translation>Ein Tag mit unserem Produktmanagement zu den Anwendungsproblemen des Kunden; daraus kann eine gemeinsame Entwicklung werden.</translation>
    </message>
    <message>
        <source>workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Custom product or service development</source>
        <translation>Individuelle Produkt- oder Serviceentwicklung</translation>
    </message>
    <message>
        <source>A product, kit or service developed for the customer&apos;s own requirements.</source>
        <translation>Ein Produkt, ein Set oder eine Dienstleistung, entwickelt nach den Anforderungen des Kunden.</translation>
    </message>
    <message>
        <source>project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Customer advisory panel</source>
        <translation>Kundenbeirat (Customer Focus Group)</translation>
    </message>
    <message>
        <source>A seat in our yearly panel where selected customers test and shape new ranges.</source>
        <translation>Ein Platz in unserem jährlichen Kundenbeirat, in dem ausgewählte Kunden neue Sortimente testen und mitgestalten.</translation>
    </message>
    <message>
        <source>seat</source>
        <translation>Platz</translation>
    </message>
    <message>
        <source>Group-wide purchasing report</source>
        <translation>Konzernweites Einkaufsreporting</translation>
    </message>
    <message>
        <source>Purchases, savings and consumption across all of the customer&apos;s companies, divisions and sites.</source>
        <translation>Einkäufe, Einsparungen und Verbräuche über alle Gesellschaften, Bereiche und Standorte des Kunden.</translation>
    </message>
    <message>
        <source>report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Central bonus agreement</source>
        <translation>Zentrale Bonusvereinbarung</translation>
    </message>
    <message>
        <source>One year-end bonus on the purchases of the whole group, whichever site ordered.</source>
        <translation>Ein Jahresbonus auf die Einkäufe der ganzen Gruppe – gleich, welcher Standort bestellt hat.</translation>
    </message>
    <message>
        <source>Exclusive joint marketing campaign</source>
        <translation>Exklusive Marketingaktion</translation>
    </message>
    <message>
        <source>A campaign of ours that presents a range as available only through this customer (trade).</source>
        <translation>Eine Aktion, die ein Sortiment als nur bei diesem Kunden erhältlich bewirbt (Handel).</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>3% on the group&apos;s purchases last year.</source>
        <extracomment>service key → mode per group (SKA, KA, Smart KA, A, B, C); a price where charged differs from the list value account → (service, quantity, frequency, value per unit or None, billing, note)</extracomment>
        <translation>3 % auf die Einkäufe der Gruppe im Vorjahr.</translation>
    </message>
    <message>
        <source>Kanban labels for the Brno plant, agreed on the phone after an escalation; not in the KA package.</source>
        <translation>Kanban-Etiketten für das Werk Brno, nach einer Eskalation telefonisch zugesagt; nicht im KA-Paket.</translation>
    </message>
    <message>
        <source>Promised by the branch to win the tender; Smart KAs pay for training.</source>
        <translation>Von der Niederlassung zugesagt, um die Ausschreibung zu gewinnen; Smart KAs zahlen für Schulungen.</translation>
    </message>
    <message>
        <source>Tools, fasteners, workshop supplies</source>
        <extracomment>account key → scores in the order of the default criteria (revenue, potential, strategic fit, innovation, reference value, profitability, relationship)</extracomment>
        <translation>Werkzeuge, Verbindungselemente, Werkstattbedarf</translation>
    </message>
    <message>
        <source>Released by quality management after a two-month trial in Minden.</source>
        <translation>Vom Qualitätsmanagement nach zweimonatigem Test in Minden freigegeben.</translation>
    </message>
    <message>
        <source>C-parts framework agreement</source>
        <translation>Rahmenvertrag C-Teile</translation>
    </message>
    <message>
        <source>Renewal talks with central purchasing; aim: three years with a price escalation clause.</source>
        <translation>Verlängerungsgespräche mit dem Zentraleinkauf; Ziel: drei Jahre mit Preisgleitklausel.</translation>
    </message>
    <message>
        <source>Minden and Porta Westfalica order through the punch-out.</source>
        <translation>Minden und Porta Westfalica bestellen über den Punch-out.</translation>
    </message>
    <message>
        <source>Brno plant: e-mail orders</source>
        <translation>Werk Brno: Bestellung per E-Mail</translation>
    </message>
    <message>
        <source>Brno is to join Ariba next year.</source>
        <translation>Brno soll im nächsten Jahr an Ariba angebunden werden.</translation>
    </message>
    <message>
        <source>Torque tools for instrument assembly</source>
        <translation>Drehmomentwerkzeuge für die Instrumentenmontage</translation>
    </message>
    <message>
        <source>Validation by Kessler QA; the report is expected in four weeks.</source>
        <translation>Validierung durch die Kessler-QS; der Bericht wird in vier Wochen erwartet.</translation>
    </message>
    <message>
        <source>Development and supply agreement</source>
        <translation>Entwicklungs- und Liefervertrag</translation>
    </message>
    <message>
        <source>Second draft with legal; open point: liability for calibration.</source>
        <translation>Zweiter Entwurf bei der Rechtsabteilung; offener Punkt: Haftung für die Kalibrierung.</translation>
    </message>
    <message>
        <source>The OCI catalogue needs the framework agreement first.</source>
        <translation>Der OCI-Katalog setzt zuerst den Rahmenvertrag voraus.</translation>
    </message>
    <message>
        <source>Released per tender.</source>
        <translation>Freigabe je Ausschreibung.</translation>
    </message>
    <message>
        <source>Tender lot 4: consumables</source>
        <translation>Ausschreibungslos 4: Verbrauchsmaterial</translation>
    </message>
    <message>
        <source>Orders against quotations.</source>
        <translation>Bestellungen auf Angebot.</translation>
    </message>
    <message>
        <source>E-mail orders</source>
        <translation>Bestellung per E-Mail</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>Select a piece or a line to see its details.

Drag from one of our team members onto a piece to record who knows whom.</source>
        <translation>Eine Figur oder Linie auswählen, um die Details zu sehen.

Von einem unserer Teammitglieder auf eine Figur ziehen, um festzuhalten, wer wen kennt.</translation>
    </message>
</context>
<context>
    <name>Edition</name>
    <message>
        <source>Internal edition</source>
        <translation>Interne Ausgabe</translation>
    </message>
    <message>
        <source>Customer edition</source>
        <translation>Kundenausgabe</translation>
    </message>
</context>
<context>
    <name>EntitlementEditor</name>
    <message>
        <source>Price per unit when charged; empty: the value per unit</source>
        <translation>Preis je Einheit, wenn berechnet; leer: der Wert je Einheit</translation>
    </message>
    <message>
        <source>list value</source>
        <translation>Listenwert</translation>
    </message>
</context>
<context>
    <name>ExplanationText</name>
    <message>
        <source>%1 (%2 points)</source>
        <translation>%1 (%2 Punkte)</translation>
    </message>
    <message>
        <source>Carried by %1.</source>
        <translation>Getragen von %1.</translation>
    </message>
    <message>
        <source>%1 (score %2)</source>
        <translation>%1 (Bewertung %2)</translation>
    </message>
    <message>
        <source>Held back by %1.</source>
        <translation>Gebremst von %1.</translation>
    </message>
    <message>
        <source>Not scored yet: %1.</source>
        <translation>Noch nicht bewertet: %1.</translation>
    </message>
    <message>
        <source>Top tier reached.</source>
        <translation>Höchste Stufe erreicht.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; from %2 points: %3 to go.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ab %2 Punkten: noch %3.</translation>
    </message>
    <message>
        <source>Not reachable with the current weights, even with top scores.</source>
        <translation>Mit den aktuellen Gewichten selbst mit Bestbewertungen nicht erreichbar.</translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1 von %2 auf %3</translation>
    </message>
    <message>
        <source>It would take: %1.</source>
        <translation>Dafür nötig: %1.</translation>
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
    <name>FiguresSection</name>
    <message>
        <source>Our annual revenue</source>
        <translation>Unser Jahresumsatz</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>Potenzial</translation>
    </message>
    <message>
        <source>Customer goals</source>
        <translation>Ziele des Kunden</translation>
    </message>
    <message>
        <source>Business and goals</source>
        <translation>Geschäft und Ziele</translation>
    </message>
    <message>
        <source>Revenue, potential and share of wallet are internal figures.</source>
        <translation>Umsatz, Potenzial und Share of Wallet sind interne Zahlen.</translation>
    </message>
    <message>
        <source>Our annual &amp;revenue</source>
        <translation>Unser Jahres&amp;umsatz</translation>
    </message>
    <message>
        <source>&amp;Potential</source>
        <translation>&amp;Potenzial</translation>
    </message>
    <message>
        <source>Share of wallet</source>
        <translation>Share of Wallet</translation>
    </message>
    <message>
        <source>Customer &amp;goals</source>
        <translation>Ziele des &amp;Kunden</translation>
    </message>
    <message>
        <source>e.g. 1.2 Mio</source>
        <translation>z. B. 1,2 Mio</translation>
    </message>
    <message>
        <source>What the account buys from us in a year (EUR).</source>
        <translation>Was der Account in einem Jahr bei uns kauft (EUR).</translation>
    </message>
    <message>
        <source>e.g. 4 Mio</source>
        <translation>z. B. 4 Mio</translation>
    </message>
    <message>
        <source>What the account spends in a year in our product categories, with us and with competitors (EUR).</source>
        <translation>Was der Account in einem Jahr in unseren Warengruppen ausgibt, bei uns und beim Wettbewerb (EUR).</translation>
    </message>
    <message>
        <source>What the customer wants to achieve — in their words</source>
        <translation>Was der Kunde erreichen will — in seinen Worten</translation>
    </message>
    <message>
        <source>— (needs revenue and potential)</source>
        <translation>— (braucht Umsatz und Potenzial)</translation>
    </message>
    <message>
        <source>%1 of %2 the account spends in our categories.</source>
        <translation>%1 von %2, die der Account in unseren Warengruppen ausgibt.</translation>
    </message>
    <message>
        <source>Revenue exceeds the potential — check the figures.</source>
        <translation>Der Umsatz übersteigt das Potenzial — bitte die Zahlen prüfen.</translation>
    </message>
</context>
<context>
    <name>Frequency</name>
    <message>
        <source>a year</source>
        <translation>pro Jahr</translation>
    </message>
    <message>
        <source>a quarter</source>
        <translation>pro Quartal</translation>
    </message>
    <message>
        <source>a month</source>
        <translation>pro Monat</translation>
    </message>
    <message>
        <source>a week</source>
        <translation>pro Woche</translation>
    </message>
    <message>
        <source>one-off</source>
        <translation>einmalig</translation>
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
    <name>Glance</name>
    <message>
        <source>Tier</source>
        <extracomment>a tile was clicked: show the section with this key</extracomment>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Ready to order</source>
        <translation>Bestellbereit</translation>
    </message>
    <message>
        <source>Share of wallet</source>
        <translation>Share of Wallet</translation>
    </message>
    <message>
        <source>Plan review</source>
        <translation>Plan-Review</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Klassifizierung</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>Score the selection criteria</source>
        <translation>Auswahlkriterien bewerten</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 Punkte</translation>
    </message>
    <message>
        <source>rank %1</source>
        <translation>Rang %1</translation>
    </message>
    <message>
        <source>No tier</source>
        <translation>Keine Stufe</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>Nothing recorded yet</source>
        <translation>Noch nichts erfasst</translation>
    </message>
    <message>
        <source>Everything in place</source>
        <translation>Alles vorhanden</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) missing</source>
        <translation>
            <numerusform>%n Punkt fehlt</numerusform>
            <numerusform>%n Punkte fehlen</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter revenue and potential</source>
        <translation>Umsatz und Potenzial eintragen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>No review cadence set</source>
        <translation>Kein Review-Rhythmus festgelegt</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>Jetzt fällig</translation>
    </message>
    <message>
        <source>No review recorded yet</source>
        <translation>Noch kein Review erfasst</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message numerus="yes">
        <source>by %n day(s)</source>
        <translation>
            <numerusform>seit %n Tag</numerusform>
            <numerusform>seit %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n month(s)</source>
        <translation>
            <numerusform>jeden Monat</numerusform>
            <numerusform>alle %n Monate</numerusform>
        </translation>
    </message>
    <message>
        <source>Not classified</source>
        <translation>Nicht klassifiziert</translation>
    </message>
</context>
<context>
    <name>GoalSide</name>
    <message>
        <source>Customer&apos;s goal</source>
        <extracomment>a plan review every three months unless the account says otherwise (seed 002: &quot;every few months&quot;) a next step turned into an action is due this many days after the visit</extracomment>
        <translation>Ziel des Kunden</translation>
    </message>
    <message>
        <source>Our goal</source>
        <translation>Unser Ziel</translation>
    </message>
</context>
<context>
    <name>GoalStatus</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Verworfen</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Whose</source>
        <translation>Wessen Ziel</translation>
    </message>
    <message>
        <source>Measure of success</source>
        <translation>Erfolgsmaßstab</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Zieldatum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Neues Ziel</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>No goals yet.

What does the customer want to achieve — and what do we want to achieve with them? Add a goal with Ctrl+Shift+A.</source>
        <translation>Noch keine Ziele.

Was will der Kunde erreichen – und was wollen wir mit ihm erreichen? Mit Strg+Umschalt+A ein Ziel anlegen.</translation>
    </message>
    <message>
        <source>%1 of the customer&apos;s, %2 of ours</source>
        <translation>%1 des Kunden, %2 eigene</translation>
    </message>
</context>
<context>
    <name>GroupDetails</name>
    <message>
        <source>Short name</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Klassifizierung</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Short name / name</source>
        <translation>Kürzel / Name</translation>
    </message>
    <message>
        <source>— none (choose accounts one by one) —</source>
        <translation>— keine (Accounts einzeln zuordnen) —</translation>
    </message>
    <message>
        <source>Customer group “%1”</source>
        <translation>Kundengruppe „%1“</translation>
    </message>
    <message>
        <source>Customer group</source>
        <translation>Kundengruppe</translation>
    </message>
    <message>
        <source>Who belongs to this group</source>
        <translation>Wer zu dieser Gruppe gehört</translation>
    </message>
    <message>
        <source>Short name: the column header</source>
        <translation>Kürzel: die Spaltenüberschrift</translation>
    </message>
    <message>
        <source>Accounts with this classification belong to this group, unless another group is chosen for them.</source>
        <translation>Accounts mit dieser Klassifizierung gehören zu dieser Gruppe, sofern ihnen keine andere Gruppe zugeordnet ist.</translation>
    </message>
    <message>
        <source>◀ Move left</source>
        <translation>◀ Nach links</translation>
    </message>
    <message>
        <source>Move right ▶</source>
        <translation>Nach rechts ▶</translation>
    </message>
    <message>
        <source>Delete group…</source>
        <translation>Gruppe löschen…</translation>
    </message>
</context>
<context>
    <name>GroupSource</name>
    <message>
        <source>from the classification</source>
        <translation>aus der Klassifizierung</translation>
    </message>
    <message>
        <source>chosen for this account</source>
        <translation>für diesen Account gewählt</translation>
    </message>
    <message>
        <source>no customer group</source>
        <translation>keine Kundengruppe</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>row %1</source>
        <extracomment>written values → stored choice, for classification, geography and phase (besides the labels)</extracomment>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>%1: cannot import %2 files as accounts (supported: .csv, .xlsx).</source>
        <translation>%1: %2-Dateien können nicht als Accounts importiert werden (unterstützt: .csv, .xlsx).</translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation>%1: Datei nicht gefunden.</translation>
    </message>
    <message>
        <source>%1: the file has no header row.</source>
        <translation>%1: Die Datei hat keine Kopfzeile.</translation>
    </message>
    <message>
        <source>%1: more than %2 rows; split the file.</source>
        <translation>%1: mehr als %2 Zeilen; bitte die Datei aufteilen.</translation>
    </message>
    <message>
        <source>%1: line %2: %3</source>
        <translation>%1: Zeile %2: %3</translation>
    </message>
    <message>
        <source>%1: not an Excel workbook (.xlsx): %2</source>
        <translation>%1: keine Excel-Arbeitsmappe (.xlsx): %2</translation>
    </message>
    <message>
        <source>the account has no name.</source>
        <translation>Der Account hat keinen Namen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of: %2.</source>
        <translation>„%1“ ist keiner der Werte: %2.</translation>
    </message>
    <message>
        <source>%1: no column holds the account name (expected a header such as Name, Account or Firma).</source>
        <translation>%1: Keine Spalte enthält den Account-Namen (erwartet wird eine Überschrift wie Name, Account oder Firma).</translation>
    </message>
    <message>
        <source>an account named &apos;%1&apos; is already in the workspace.</source>
        <translation>Ein Account namens „%1“ ist bereits im Arbeitsbereich.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already in row %2 of the file.</source>
        <translation>„%1“ steht bereits in Zeile %2 der Datei.</translation>
    </message>
    <message>
        <source>%1: %n row with problems; nothing was imported.</source>
        <translation>%1: %n Zeile mit Problemen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>%1: %n rows with problems; nothing was imported.</source>
        <translation>%1: %n Zeilen mit Problemen; es wurde nichts importiert.</translation>
    </message>
</context>
<context>
    <name>Influence</name>
    <message>
        <source>Low</source>
        <translation>Gering</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
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
    <name>IssueRule</name>
    <message>
        <source>Decision maker without a strong relationship</source>
        <translation>Entscheider ohne starke Beziehung</translation>
    </message>
    <message>
        <source>High-influence opponent</source>
        <translation>Einflussreicher Gegner</translation>
    </message>
    <message>
        <source>Covered by one of us only</source>
        <translation>Nur von einem von uns betreut</translation>
    </message>
    <message>
        <source>Relationship below target</source>
        <translation>Beziehung unter Ziel</translation>
    </message>
    <message>
        <source>No contact for too long</source>
        <translation>Zu lange kein Kontakt</translation>
    </message>
    <message>
        <source>No coach</source>
        <translation>Kein Coach</translation>
    </message>
    <message>
        <source>Rank mismatch</source>
        <translation>Ebenen passen nicht</translation>
    </message>
</context>
<context>
    <name>KeyIssue</name>
    <message>
        <source>%1 decides, and none of us has a relationship with them.</source>
        <extracomment>A level from which a relationship counts as strong. 3 = act now, 2 = plan, 1 = watch</extracomment>
        <translation>%1 entscheidet, und niemand von uns hat eine Beziehung zu ihm oder ihr.</translation>
    </message>
    <message>
        <source>%1 decides, and our best relationship is only &apos;%2&apos;.</source>
        <translation>%1 entscheidet, und unsere beste Beziehung ist nur „%2“.</translation>
    </message>
    <message>
        <source>%1 is against us and has high influence.</source>
        <translation>%1 ist gegen uns und hat großen Einfluss.</translation>
    </message>
    <message>
        <source>Only %1 knows %2.</source>
        <translation>Nur %1 kennt %2.</translation>
    </message>
    <message>
        <source>%1 → %2: &apos;%3&apos;, target &apos;%4&apos;.</source>
        <translation>%1 → %2: „%3“, Ziel „%4“.</translation>
    </message>
    <message>
        <source>No contact with %1 recorded.</source>
        <translation>Kein Kontakt mit %1 erfasst.</translation>
    </message>
    <message>
        <source>No contact with %1 for %2 days.</source>
        <translation>Seit %2 Tagen kein Kontakt mit %1.</translation>
    </message>
    <message>
        <source>Nobody inside the customer guides us: the board has no coach.</source>
        <translation>Niemand beim Kunden lotst uns: Auf dem Brett steht kein Coach.</translation>
    </message>
    <message>
        <source>%1 sits on their board; our most senior contact is %2 (%3).</source>
        <translation>%1 sitzt in der Geschäftsleitung; unser ranghöchster Kontakt ist %2 (%3).</translation>
    </message>
</context>
<context>
    <name>KeyIssuesList</name>
    <message>
        <source>Stale after (days without contact):</source>
        <translation>Veraltet nach (Tage ohne Kontakt):</translation>
    </message>
    <message>
        <source>A relationship counts as stale after this many days without contact.</source>
        <translation>Eine Beziehung gilt nach so vielen Tagen ohne Kontakt als veraltet.</translation>
    </message>
    <message>
        <source>Click an issue to highlight the people involved; Esc clears.</source>
        <translation>Ein Thema anklicken, um die Beteiligten hervorzuheben; Esc hebt es wieder auf.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Key issues&lt;/b&gt; (%n)</source>
        <translation>
            <numerusform>&lt;b&gt;Schlüsselthemen&lt;/b&gt; (%n)</numerusform>
            <numerusform>&lt;b&gt;Schlüsselthemen&lt;/b&gt; (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No key issues — every rule is satisfied.</source>
        <translation>Keine Schlüsselthemen – alle Regeln sind erfüllt.</translation>
    </message>
</context>
<context>
    <name>KeyQuestion</name>
    <message>
        <source>Who takes the final decision?</source>
        <translation>Wer trifft final die Bestellentscheidung?</translation>
    </message>
    <message>
        <source>Which approval limits exist?</source>
        <translation>Welche Freigabegrenzen gibt es?</translation>
    </message>
    <message>
        <source>May the requester choose supplier or brand?</source>
        <translation>Darf der Bedarfsträger Lieferant oder Marke wählen?</translation>
    </message>
    <message>
        <source>How is the choice made?</source>
        <translation>Wonach wird ausgewählt?</translation>
    </message>
</context>
<context>
    <name>KeyQuestions</name>
    <message>
        <source>below %1</source>
        <translation>unter %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Order value %1 %2</source>
        <translation>Bestellwert %1 %2</translation>
    </message>
    <message>
        <source>%1 approves up to %2</source>
        <translation>%1 gibt bis %2 frei</translation>
    </message>
    <message>
        <source>%1 approves (no limit stated)</source>
        <translation>%1 gibt frei (keine Grenze angegeben)</translation>
    </message>
    <message>
        <source>Your note names %1, but the map has %2.</source>
        <translation>Ihre Notiz nennt %1, die Karte aber %2.</translation>
    </message>
    <message>
        <source>Your note says “%1”, but the map says “%2”.</source>
        <translation>Ihre Notiz sagt „%1“, die Karte aber „%2“.</translation>
    </message>
</context>
<context>
    <name>LaneRole</name>
    <message>
        <source>Requester</source>
        <translation>Bedarfsträger</translation>
    </message>
    <message>
        <source>Cost-centre manager</source>
        <translation>Kostenstellenverantwortlicher</translation>
    </message>
    <message>
        <source>Central purchasing</source>
        <translation>Zentraleinkauf</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Freigeber</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Geschäftsleitung</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
</context>
<context>
    <name>LegendBar</name>
    <message>
        <source>Keys 1–5 set the mode of the selected cells; Enter edits mode and price.</source>
        <translation>Die Tasten 1–5 setzen die Art der markierten Zellen; Enter bearbeitet Art und Preis.</translation>
    </message>
</context>
<context>
    <name>LevelDelegate</name>
    <message>
        <source>— no link —</source>
        <translation>— keine Verbindung —</translation>
    </message>
</context>
<context>
    <name>LinkPanel</name>
    <message>
        <source>Relationship level</source>
        <translation>Beziehungsstufe</translation>
    </message>
    <message>
        <source>Target level</source>
        <translation>Zielstufe</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>&amp;Level now</source>
        <translation>&amp;Stufe jetzt</translation>
    </message>
    <message>
        <source>&amp;Target</source>
        <translation>&amp;Ziel</translation>
    </message>
    <message>
        <source>&amp;Last contact</source>
        <translation>&amp;Letzter Kontakt</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otizen</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>Verbindung entfernen</translation>
    </message>
    <message>
        <source>— no target —</source>
        <translation>— kein Ziel —</translation>
    </message>
</context>
<context>
    <name>Listing</name>
    <message>
        <source>Not assessed: no listing prerequisites recorded yet.</source>
        <translation>Nicht erfasst: noch keine Listungsvoraussetzungen eingetragen.</translation>
    </message>
    <message>
        <source>Ready to order: every prerequisite is in place.</source>
        <translation>Bestellbereit: Alle Voraussetzungen sind erfüllt.</translation>
    </message>
    <message>
        <source>Cannot order yet — %n prerequisite missing.</source>
        <translation>Noch nicht bestellbereit — %n Voraussetzung fehlt.</translation>
    </message>
    <message>
        <source>Cannot order yet — %n prerequisites missing.</source>
        <translation>Noch nicht bestellbereit — %n Voraussetzungen fehlen.</translation>
    </message>
    <message>
        <source>%1: not recorded.</source>
        <extracomment>the kinds every account needs (or has to mark as &quot;not required&quot;)</extracomment>
        <translation>%1: nicht erfasst.</translation>
    </message>
    <message>
        <source>%1: missing.</source>
        <translation>%1: fehlt.</translation>
    </message>
    <message>
        <source>%1: in progress since %2.</source>
        <translation>%1: in Arbeit seit %2.</translation>
    </message>
    <message>
        <source>%1: in progress.</source>
        <translation>%1: in Arbeit.</translation>
    </message>
    <message>
        <source>%1: in place, but the number is not entered.</source>
        <translation>%1: vorhanden, aber die Nummer ist nicht eingetragen.</translation>
    </message>
    <message>
        <source>Supplier number not entered</source>
        <translation>Lieferantennummer nicht eingetragen</translation>
    </message>
    <message>
        <source>%1: valid only from %2.</source>
        <translation>%1: gilt erst ab %2.</translation>
    </message>
    <message>
        <source>%1: expired on %2.</source>
        <translation>%1: am %2 abgelaufen.</translation>
    </message>
    <message>
        <source>%1: expires on %2 (in %n day) — renegotiate now.</source>
        <translation>%1: läuft am %2 ab (in %n Tag) — jetzt neu verhandeln.</translation>
    </message>
    <message>
        <source>%1: expires on %2 (in %n days) — renegotiate now.</source>
        <translation>%1: läuft am %2 ab (in %n Tagen) — jetzt neu verhandeln.</translation>
    </message>
    <message>
        <source>Agreement ends in %n day</source>
        <translation>Vertrag endet in %n Tag</translation>
    </message>
    <message>
        <source>Agreement ends in %n days</source>
        <translation>Vertrag endet in %n Tagen</translation>
    </message>
    <message>
        <source>The agreement cannot end (%1) before it starts (%2).</source>
        <translation>Der Vertrag kann nicht enden (%1), bevor er beginnt (%2).</translation>
    </message>
</context>
<context>
    <name>ListingKind</name>
    <message>
        <source>Product release / approval</source>
        <extracomment>a framework agreement ending within this many days is flagged</extracomment>
        <translation>Produktfreigabe</translation>
    </message>
    <message>
        <source>Supplier number</source>
        <translation>Lieferantennummer</translation>
    </message>
    <message>
        <source>Framework agreement</source>
        <translation>Rahmenvertrag</translation>
    </message>
    <message>
        <source>Ordering system</source>
        <translation>Bestellsystem</translation>
    </message>
</context>
<context>
    <name>ListingSection</name>
    <message>
        <source>Prerequisite</source>
        <translation>Voraussetzung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Anbindung</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Preise</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Ready to order</source>
        <translation>Bestellbereitschaft</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add a prerequisite</source>
        <translation>Eine Voraussetzung hinzufügen</translation>
    </message>
    <message>
        <source>Add the four standard prerequisites</source>
        <translation>Die vier Standardvoraussetzungen anlegen</translation>
    </message>
    <message>
        <source>Product release, supplier number, framework agreement and one ordering system, each still open</source>
        <translation>Produktfreigabe, Lieferantennummer, Rahmenvertrag und ein Bestellsystem, jeweils noch offen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected prerequisite (Del)</source>
        <translation>Die gewählte Voraussetzung entfernen (Entf)</translation>
    </message>
    <message>
        <source>since</source>
        <translation>seit</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;otiz</translation>
    </message>
    <message>
        <source>Select a prerequisite on the left to see and edit its details.</source>
        <translation>Wählen Sie links eine Voraussetzung, um ihre Details zu sehen und zu bearbeiten.</translation>
    </message>
    <message>
        <source>— not set —</source>
        <translation>— nicht gesetzt —</translation>
    </message>
    <message>
        <source>With agreed prices</source>
        <translation>Mit vereinbarten Preisen</translation>
    </message>
    <message>
        <source>Without prices</source>
        <translation>Ohne Preisvereinbarung</translation>
    </message>
    <message>
        <source>Internal note: who, what is open, next step</source>
        <translation>Interne Notiz: wer, was ist offen, nächster Schritt</translation>
    </message>
    <message>
        <source>When the status was reached; set to today when you change the status</source>
        <translation>Wann der Status erreicht wurde; wird beim Ändern des Status auf heute gesetzt</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Vergeben von</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Which products or product groups are released</source>
        <translation>Welche Produkte oder Produktgruppen freigegeben sind</translation>
    </message>
    <message>
        <source>e.g. central purchasing</source>
        <translation>z. B. Zentraleinkauf</translation>
    </message>
    <message>
        <source>Name of the agreement</source>
        <translation>Bezeichnung des Vertrags</translation>
    </message>
    <message>
        <source>e.g. SAP Ariba, Coupa, the customer&apos;s SRM</source>
        <translation>z. B. SAP Ariba, Coupa, das SRM des Kunden</translation>
    </message>
    <message>
        <source>Supplier number</source>
        <translation>Lieferantennummer</translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation>Vertragsnummer</translation>
    </message>
    <message>
        <source>Expired on %1.</source>
        <translation>Am %1 abgelaufen.</translation>
    </message>
    <message numerus="yes">
        <source>Ends in %n day(s) — time to renegotiate.</source>
        <translation>
            <numerusform>Endet in %n Tag — Zeit, neu zu verhandeln.</numerusform>
            <numerusform>Endet in %n Tagen — Zeit, neu zu verhandeln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set %1 to “%2”</source>
        <translation>%1 auf „%2“ setzen</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Add the standard prerequisites</source>
        <translation>Standardvoraussetzungen anlegen</translation>
    </message>
    <message>
        <source>Remove prerequisite</source>
        <translation>Voraussetzung entfernen</translation>
    </message>
    <message>
        <source>Remove “%1” with its status, dates and note?

Ctrl+Z brings it back.</source>
        <translation>„%1“ mit Status, Daten und Notiz entfernen?

Strg+Z holt sie zurück.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
</context>
<context>
    <name>ListingStatus</name>
    <message>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>In place</source>
        <translation>Vorhanden</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>Nicht erforderlich</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New Workspace…</source>
        <extracomment>workshop mode and the presenting keys; built when the workspace opens (after the first paint), because there is nothing to present before a workspace is open</extracomment>
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
        <source>Import accounts from a kamdesk bundle (.json) or a table from a CRM or Excel (.csv, .xlsx)</source>
        <translation>Accounts aus einem kamdesk-Bundle (.json) oder einer Tabelle aus CRM oder Excel (.csv, .xlsx) importieren</translation>
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
        <source>Export &amp;Plan as PDF…</source>
        <translation>&amp;Plan als PDF exportieren …</translation>
    </message>
    <message>
        <source>Write the account&apos;s Key Account Plan as a PDF, in the internal or the customer edition</source>
        <translation>Den Key-Account-Plan des Accounts als PDF schreiben, als interne oder als Kundenausgabe</translation>
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
        <source>&amp;Portfolio</source>
        <translation>&amp;Portfolio</translation>
    </message>
    <message>
        <source>The whole portfolio: ranking, Key Account matrix, criteria and tiers (Ctrl+Shift+O)</source>
        <translation>Das ganze Portfolio: Rangliste, Key-Account-Matrix, Kriterien und Stufen (Strg+Umschalt+O)</translation>
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
        <source>&amp;Workspace</source>
        <translation>Arbeits&amp;bereich</translation>
    </message>
    <message>
        <source>Service &amp;Matrix…</source>
        <translation>Leistungs&amp;matrix…</translation>
    </message>
    <message>
        <source>Which services each customer group gets, company-wide</source>
        <translation>Welche Leistungen jede Kundengruppe erhält, unternehmensweit</translation>
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
        <source>Everything kamdesk imports (*.json *.csv *.xlsx);;kamdesk bundle (*.json);;Account list from a CRM or Excel (*.csv *.xlsx);;All files (*)</source>
        <translation>Alles, was kamdesk importiert (*.json *.csv *.xlsx);;kamdesk-Bundle (*.json);;Account-Liste aus CRM oder Excel (*.csv *.xlsx);;Alle Dateien (*)</translation>
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
        <source>Import accounts</source>
        <translation>Accounts importieren</translation>
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
    <name>MapEditor</name>
    <message numerus="yes">
        <source>Move %n node(s)</source>
        <translation>
            <numerusform>%n Element verschieben</numerusform>
            <numerusform>%n Elemente verschieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n element(s)</source>
        <translation>
            <numerusform>%n Element löschen</numerusform>
            <numerusform>%n Elemente löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) copied.</source>
        <translation>
            <numerusform>%n Element kopiert.</numerusform>
            <numerusform>%n Elemente kopiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n node(s)</source>
        <translation>
            <numerusform>%n Element einfügen</numerusform>
            <numerusform>%n Elemente einfügen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MasterDataSection</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Legal entity</source>
        <translation>Firmierung</translation>
    </message>
    <message>
        <source>Group / parent</source>
        <translation>Konzern / Muttergesellschaft</translation>
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
        <source>Sites</source>
        <translation>Standorte</translation>
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
        <source>&amp;Legal entity</source>
        <translation>&amp;Firmierung</translation>
    </message>
    <message>
        <source>&amp;Group / parent</source>
        <translation>&amp;Konzern / Mutter</translation>
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
        <source>S&amp;ites</source>
        <translation>S&amp;tandorte</translation>
    </message>
    <message>
        <source>Customer name as the team uses it</source>
        <translation>Kundenname, wie ihn das Team verwendet</translation>
    </message>
    <message>
        <source>As on the contract, e.g. Muster GmbH</source>
        <translation>Wie im Vertrag, z. B. Muster GmbH</translation>
    </message>
    <message>
        <source>The group the account belongs to, if any</source>
        <translation>Der Konzern, zu dem der Account gehört, falls vorhanden</translation>
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
        <source>Plants, offices and warehouses that order or use our products</source>
        <translation>Werke, Büros und Lager, die unsere Produkte bestellen oder nutzen</translation>
    </message>
    <message>
        <source>Open the website in the browser</source>
        <translation>Website im Browser öffnen</translation>
    </message>
</context>
<context>
    <name>MatrixDelegate</name>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
</context>
<context>
    <name>MatrixImport</name>
    <message>
        <source>%1: sheet &apos;%2&apos;, row %3, column %4: %5</source>
        <translation>%1: Tabelle &apos;%2&apos;, Zeile %3, Spalte %4: %5</translation>
    </message>
    <message>
        <source> (and %n more problem)</source>
        <translation> (und %n weiteres Problem)</translation>
    </message>
    <message>
        <source> (and %n more problems)</source>
        <translation> (und %n weitere Probleme)</translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation>%1: Datei nicht gefunden.</translation>
    </message>
    <message>
        <source>%1: not an Excel workbook (.xlsx).</source>
        <translation>%1: keine Excel-Arbeitsmappe (.xlsx).</translation>
    </message>
    <message>
        <source>not a kamdesk service matrix (this cell should read “Service”).</source>
        <translation>keine kamdesk-Leistungsmatrix (in dieser Zelle sollte „Leistung“ stehen).</translation>
    </message>
    <message>
        <source>unknown service “%1” (add it to the catalogue in kamdesk first).</source>
        <translation>unbekannte Leistung „%1“ (zuerst in kamdesk in den Katalog aufnehmen).</translation>
    </message>
    <message>
        <source>the service name is missing.</source>
        <translation>der Name der Leistung fehlt.</translation>
    </message>
    <message>
        <source>“%1” is listed twice (also in row %2).</source>
        <translation>„%1“ steht doppelt in der Liste (auch in Zeile %2).</translation>
    </message>
    <message>
        <source>unknown customer group “%1”.</source>
        <translation>unbekannte Kundengruppe „%1“.</translation>
    </message>
    <message>
        <source>the customer group “%1” appears twice.</source>
        <translation>die Kundengruppe „%1“ kommt doppelt vor.</translation>
    </message>
    <message>
        <source>unknown mode “%1” (allowed: %2).</source>
        <translation>unbekannte Art „%1“ (erlaubt: %2).</translation>
    </message>
    <message>
        <source>The price</source>
        <translation>Der Preis</translation>
    </message>
    <message>
        <source>a price only goes with “%1” (this cell&apos;s mode is “%2”).</source>
        <translation>ein Preis gehört nur zu „%1“ (die Art dieser Zelle ist „%2“).</translation>
    </message>
    <message>
        <source>%1: expected an Excel workbook (.xlsx).</source>
        <translation>%1: erwartet wird eine Excel-Arbeitsmappe (.xlsx).</translation>
    </message>
</context>
<context>
    <name>MatrixPage</name>
    <message>
        <source>Each cell can have its own consequences for service level, team and plan depth. Click an account to open it; the dot shows its tier.</source>
        <translation>Jede Zelle kann eigene Konsequenzen für Servicelevel, Team und Plantiefe haben. Ein Klick auf einen Account öffnet ihn; der Punkt zeigt seine Stufe.</translation>
    </message>
    <message>
        <source>Classification ↓  ·  Geography →</source>
        <translation>Klassifizierung ↓  ·  Geografie →</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n Account</numerusform>
            <numerusform>%n Accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatrixSheet</name>
    <message>
        <source>Service</source>
        <extracomment>the service columns, in order: (field, English header)</extracomment>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Value per unit (€)</source>
        <translation>Wert je Einheit (€)</translation>
    </message>
    <message>
        <source>Internal cost per unit (€)</source>
        <translation>Interne Kosten je Einheit (€)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Service matrix</source>
        <translation>Leistungsmatrix</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Price (€)</source>
        <translation>Preis (€)</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>intern</translation>
    </message>
    <message>
        <source>Unknown mode</source>
        <translation>Unbekannte Art</translation>
    </message>
    <message>
        <source>Pick one of the modes listed on the legend sheet.</source>
        <translation>Bitte eine der Arten aus der Legende wählen.</translation>
    </message>
    <message>
        <source>Internal: holds internal costs; not for customers.</source>
        <translation>Intern: enthält interne Kosten; nicht für Kunden.</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Price: only with “Charged”; empty means the value per unit.</source>
        <translation>Preis: nur bei „Berechnet“; leer bedeutet den Wert je Einheit.</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>Customer group</source>
        <translation>Kundengruppe</translation>
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
    <name>Money</name>
    <message>
        <source>&apos;%1&apos; is not a number.</source>
        <translation>&apos;%1&apos; ist keine Zahl.</translation>
    </message>
    <message>
        <source>%1 must be an amount of money.</source>
        <translation>%1 muss ein Geldbetrag sein.</translation>
    </message>
    <message>
        <source>%1 must not be negative.</source>
        <translation>%1 darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>%1 is too large (at most %2).</source>
        <translation>%1 ist zu groß (höchstens %2).</translation>
    </message>
    <message>
        <source>%1 must be a number.</source>
        <translation>%1 muss eine Zahl sein.</translation>
    </message>
    <message>
        <source>%1 must be greater than zero.</source>
        <translation>%1 muss größer als null sein.</translation>
    </message>
    <message>
        <source>%1 is too large.</source>
        <translation>%1 ist zu groß.</translation>
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
    <name>NodeKind</name>
    <message>
        <source>Start: need arises</source>
        <translation>Start: Bedarf entsteht</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>System / catalogue</source>
        <translation>System / Katalog</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
</context>
<context>
    <name>NotesSection</name>
    <message>
        <source>Internal notes</source>
        <translation>Interne Notizen</translation>
    </message>
    <message>
        <source>What the team should know about this account. Never shown to the customer.</source>
        <translation>Was das Team über diesen Account wissen sollte. Wird dem Kunden nie gezeigt.</translation>
    </message>
</context>
<context>
    <name>OpportunitiesPage</name>
    <message>
        <source>Opportunity</source>
        <translation>Verkaufschance</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Prob.</source>
        <translation>Wahrsch.</translation>
    </message>
    <message>
        <source>Probability of winning, 0–100%</source>
        <translation>Abschlusswahrscheinlichkeit, 0–100 %</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>Wettbewerber</translation>
    </message>
    <message>
        <source>Next &amp;phase →</source>
        <translation>Nächste &amp;Phase →</translation>
    </message>
    <message>
        <source>Move the selected opportunity to the next phase (Ctrl+Shift+→; back: Ctrl+Shift+←)</source>
        <translation>Die gewählte Verkaufschance in die nächste Phase schieben (Strg+Umschalt+→; zurück: Strg+Umschalt+←)</translation>
    </message>
    <message>
        <source>Ne&amp;xt step</source>
        <translation>Nä&amp;chster Schritt</translation>
    </message>
    <message>
        <source>What happens next, and who does it</source>
        <translation>Was als Nächstes passiert und wer es tut</translation>
    </message>
    <message>
        <source>C&amp;ompetitors</source>
        <translation>&amp;Wettbewerber</translation>
    </message>
    <message>
        <source>Who else is in the race (internal)</source>
        <translation>Wer sonst noch im Rennen ist (intern)</translation>
    </message>
    <message>
        <source>New opportunity</source>
        <translation>Neue Verkaufschance</translation>
    </message>
    <message>
        <source>opportunity</source>
        <translation>Verkaufschance</translation>
    </message>
    <message>
        <source>No opportunities yet.

Track each piece of business through the eight phases of the sales cycle, from positioning to retention. Add one with Ctrl+Shift+A.</source>
        <translation>Noch keine Verkaufschancen.

Verfolgen Sie jedes Geschäft durch die acht Phasen des Verkaufszyklus, von der Positionierung bis zur Kundenbindung. Mit Strg+Umschalt+A eine anlegen.</translation>
    </message>
    <message>
        <source>Open pipeline %1 · weighted %2</source>
        <translation>Offene Pipeline %1 · gewichtet %2</translation>
    </message>
    <message>
        <source>“%1” to phase %2</source>
        <translation>„%1“ in Phase %2</translation>
    </message>
</context>
<context>
    <name>OpportunityStatus</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
</context>
<context>
    <name>OrderPanel</name>
    <message>
        <source>Order value (€)</source>
        <translation>Bestellwert (€)</translation>
    </message>
    <message>
        <source>Need arises at</source>
        <translation>Bedarf entsteht bei</translation>
    </message>
    <message>
        <source>Item is in the catalogue</source>
        <translation>Artikel ist im Katalog</translation>
    </message>
    <message>
        <source>Requester may choose the supplier</source>
        <translation>Bedarfsträger darf den Lieferanten wählen</translation>
    </message>
    <message>
        <source>Highlight the path on the map</source>
        <translation>Weg in der Karte hervorheben</translation>
    </message>
    <message>
        <source>The order&apos;s value; decisions on the amount use it</source>
        <translation>Der Wert der Bestellung; Entscheidungen nach Betrag verwenden ihn</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Approvals needed</source>
        <translation>Nötige Freigaben</translation>
    </message>
    <message>
        <source>(approver not named)</source>
        <translation>(Freigeber nicht benannt)</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>the order exceeds this limit</source>
        <translation>die Bestellung überschreitet diese Grenze</translation>
    </message>
    <message>
        <source>No approval needed.</source>
        <translation>Keine Freigabe nötig.</translation>
    </message>
    <message>
        <source>Final decision: %1</source>
        <translation>Finale Entscheidung: %1</translation>
    </message>
    <message>
        <source>Stops at: %1</source>
        <translation>Endet bei: %1</translation>
    </message>
</context>
<context>
    <name>Ordering</name>
    <message>
        <source>This item cannot move further.</source>
        <translation>Dieser Eintrag lässt sich nicht weiter verschieben.</translation>
    </message>
</context>
<context>
    <name>OrderingChannel</name>
    <message>
        <source>Hosted catalogue</source>
        <translation>Hosted Catalogue</translation>
    </message>
    <message>
        <source>Punch-out (OCI)</source>
        <translation>Punch-out (OCI)</translation>
    </message>
    <message>
        <source>Punch-out (cXML)</source>
        <translation>Punch-out (cXML)</translation>
    </message>
    <message>
        <source>Other (EDI, e-mail …)</source>
        <translation>Sonstige (EDI, E-Mail …)</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>The order is placed.</source>
        <extracomment>decision node id → answer; overrides the order&apos;s own facts for that decision</extracomment>
        <translation>Die Bestellung wird ausgelöst.</translation>
    </message>
    <message>
        <source>The path ends without an order.</source>
        <translation>Der Weg endet ohne Bestellung.</translation>
    </message>
    <message>
        <source>The path runs into a dead end.</source>
        <translation>Der Weg läuft in eine Sackgasse.</translation>
    </message>
    <message>
        <source>The path stops at a question the order does not answer.</source>
        <translation>Der Weg endet an einer Frage, die die Bestellung nicht beantwortet.</translation>
    </message>
    <message>
        <source>The path goes round in a loop.</source>
        <translation>Der Weg dreht sich im Kreis.</translation>
    </message>
    <message>
        <source>The map has no start.</source>
        <translation>Die Karte hat keinen Start.</translation>
    </message>
</context>
<context>
    <name>ParticipantSide</name>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Our team</source>
        <translation>Unser Team</translation>
    </message>
</context>
<context>
    <name>Paths</name>
    <message>
        <source>&apos;%1&apos; has no &apos;%2&apos; way out.</source>
        <translation>„%1“ hat keinen „%2“-Ausgang.</translation>
    </message>
    <message>
        <source>Several ways lead out of &apos;%1&apos;; the first one is followed.</source>
        <translation>Aus „%1“ führen mehrere Wege; der erste wird verfolgt.</translation>
    </message>
    <message>
        <source>whoever pre-selected the item</source>
        <translation>wer den Artikel vorgegeben hat</translation>
    </message>
</context>
<context>
    <name>Phase</name>
    <message>
        <source>Positioning</source>
        <translation>Positionierung</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Qualifizierung</translation>
    </message>
    <message>
        <source>Needs analysis</source>
        <translation>Bedarfsanalyse</translation>
    </message>
    <message>
        <source>Solution / offer</source>
        <translation>Lösung / Angebot</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Verhandlung</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Umsetzung</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Kundenbindung</translation>
    </message>
    <message>
        <source>Pre-sale</source>
        <translation>Vorverkauf</translation>
    </message>
    <message>
        <source>Contract negotiation</source>
        <translation>Vertragsverhandlung</translation>
    </message>
    <message>
        <source>Implementation / delivery</source>
        <translation>Implementierung / Lieferung</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Exploration</source>
        <translation>Erkundung</translation>
    </message>
</context>
<context>
    <name>PhaseHint</name>
    <message>
        <source>Where do we stand with range, prices and references?</source>
        <translation>Wo stehen wir mit Sortiment, Preisen und Referenzen?</translation>
    </message>
    <message>
        <source>Is the opportunity worth pursuing, and can we win it?</source>
        <translation>Lohnt sich die Chance, und können wir sie gewinnen?</translation>
    </message>
    <message>
        <source>What problem does the customer need solved?</source>
        <translation>Welches Problem muss der Kunde lösen?</translation>
    </message>
    <message>
        <source>Solution presented, offer made.</source>
        <translation>Lösung vorgestellt, Angebot abgegeben.</translation>
    </message>
    <message>
        <source>Objections answered, terms negotiated.</source>
        <translation>Einwände beantwortet, Konditionen verhandelt.</translation>
    </message>
    <message>
        <source>The customer decides; contracts are signed.</source>
        <translation>Der Kunde entscheidet; Verträge werden unterschrieben.</translation>
    </message>
    <message>
        <source>Delivery and roll-out.</source>
        <translation>Lieferung und Einführung.</translation>
    </message>
    <message>
        <source>Care for the customer so the business stays and grows.</source>
        <translation>Den Kunden pflegen, damit das Geschäft bleibt und wächst.</translation>
    </message>
</context>
<context>
    <name>PhaseStrip</name>
    <message>
        <source>Weighted by probability: %1</source>
        <translation>Nach Wahrscheinlichkeit gewichtet: %1</translation>
    </message>
</context>
<context>
    <name>PieceType</name>
    <message>
        <source>King</source>
        <translation>König</translation>
    </message>
    <message>
        <source>Queen</source>
        <translation>Dame</translation>
    </message>
    <message>
        <source>Rook</source>
        <translation>Turm</translation>
    </message>
    <message>
        <source>Bishop</source>
        <translation>Läufer</translation>
    </message>
    <message>
        <source>Knight</source>
        <translation>Springer</translation>
    </message>
    <message>
        <source>Pawn</source>
        <translation>Bauer</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>The %1 must not be empty.</source>
        <extracomment>a review date recorded elsewhere (the account profile), if any</extracomment>
        <translation>Das Feld „%1“ darf nicht leer sein.</translation>
    </message>
    <message>
        <source>The %1 is longer than %2 characters.</source>
        <translation>%1 ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <source>The text is longer than %1 characters.</source>
        <translation>Der Text ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a probability (0 to 100 %).</source>
        <translation>„%1“ ist keine Wahrscheinlichkeit (0 bis 100 %).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid amount.</source>
        <translation>„%1“ ist kein gültiger Betrag.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD).</source>
        <translation>„%1“ ist kein Datum (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>action title</source>
        <translation>Titel der Maßnahme</translation>
    </message>
    <message>
        <source>That team member no longer exists.</source>
        <translation>Dieses Teammitglied gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Please enter a date.</source>
        <translation>Bitte ein Datum eingeben.</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>opportunity</source>
        <translation>Verkaufschance</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
</context>
<context>
    <name>PlanExport</name>
    <message>
        <source>%1 is a folder.</source>
        <extracomment>key in ``PlanSource.extra`` → loader (session, account id) → that capability&apos;s domain data the workspace setting that holds our company&apos;s name (printed on the cover and in the footer)</extracomment>
        <translation>%1 ist ein Ordner.</translation>
    </message>
    <message>
        <source>%1: the folder does not exist.</source>
        <translation>%1: Der Ordner existiert nicht.</translation>
    </message>
    <message>
        <source>%n internal record: %1</source>
        <translation>%n interner Eintrag: %1</translation>
    </message>
    <message>
        <source>%n internal records: %1</source>
        <translation>%n interne Einträge: %1</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 – %2 (%3)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an edition (internal or customer).</source>
        <translation>„%1“ ist keine Ausgabe (internal oder customer).</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Account team</source>
        <translation>Account-Team</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Verkaufschancen</translation>
    </message>
    <message>
        <source>Visit reports</source>
        <translation>Besuchsberichte</translation>
    </message>
    <message>
        <source>Visit participants</source>
        <translation>Besuchsteilnehmer</translation>
    </message>
    <message>
        <source>Plan reviews</source>
        <translation>Planbesprechungen</translation>
    </message>
    <message>
        <source>Service entitlement check</source>
        <translation>Abgleich mit dem Leistungsanspruch</translation>
    </message>
    <message>
        <source>internal notes</source>
        <translation>interne Notizen</translation>
    </message>
    <message>
        <source>classification</source>
        <translation>Klassifizierung</translation>
    </message>
    <message>
        <source>archived flag</source>
        <translation>Archiv-Kennzeichen</translation>
    </message>
    <message>
        <source>hierarchy level</source>
        <translation>Hierarchieebene</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>probability</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>competitors</source>
        <translation>Wettbewerber</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>decisions</source>
        <translation>Beschlüsse</translation>
    </message>
    <message>
        <source>link to the visit report</source>
        <translation>Verweis auf den Besuchsbericht</translation>
    </message>
    <message>
        <source>Contacts on the relationship board</source>
        <translation>Kontakte auf dem Beziehungsbrett</translation>
    </message>
    <message>
        <source>Our relationships with the customer&apos;s people</source>
        <translation>Unsere Beziehungen zu den Personen des Kunden</translation>
    </message>
    <message>
        <source>Relations between the customer&apos;s people</source>
        <translation>Beziehungen zwischen den Personen des Kunden</translation>
    </message>
    <message>
        <source>Procurement maps</source>
        <translation>Beschaffungsprozesse</translation>
    </message>
    <message>
        <source>Steps of the procurement maps</source>
        <translation>Schritte der Beschaffungsprozesse</translation>
    </message>
    <message>
        <source>role in the buying decision</source>
        <translation>Rolle in der Kaufentscheidung</translation>
    </message>
    <message>
        <source>side</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <source>influence</source>
        <translation>Einfluss</translation>
    </message>
    <message>
        <source>how well we know them</source>
        <translation>wie gut wir sie kennen</translation>
    </message>
    <message>
        <source>decision orientation</source>
        <translation>Entscheidungsorientierung</translation>
    </message>
    <message>
        <source>last contact</source>
        <translation>letzter Kontakt</translation>
    </message>
    <message>
        <source>placeholder flag</source>
        <translation>Platzhalter-Kennzeichen</translation>
    </message>
    <message>
        <source>personal agenda</source>
        <translation>persönliche Agenda</translation>
    </message>
</context>
<context>
    <name>PlanExportDialog</name>
    <message>
        <source>Export Plan as PDF</source>
        <translation>Plan als PDF exportieren</translation>
    </message>
    <message>
        <source>Key Account Plan for &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Key-Account-Plan für &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Internal edition — for the account team and the mentor</source>
        <translation>&amp;Interne Ausgabe – für das Account-Team und den Mentor</translation>
    </message>
    <message>
        <source>&amp;Customer edition — to hand over to the customer</source>
        <translation>&amp;Kundenausgabe – zur Übergabe an den Kunden</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>What the customer edition leaves out</source>
        <translation>Was die Kundenausgabe weglässt</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>Turn the customer-safe view off to export the internal edition.</source>
        <translation>Schalten Sie die kundensichere Ansicht aus, um die interne Ausgabe zu exportieren.</translation>
    </message>
    <message>
        <source>Chapter “%1”</source>
        <translation>Kapitel „%1“</translation>
    </message>
    <message>
        <source>The customer edition has the chapters %1. It leaves out:</source>
        <translation>Die Kundenausgabe enthält die Kapitel %1. Sie lässt weg:</translation>
    </message>
    <message>
        <source>The internal edition has everything. For the customer, export the customer edition; it would leave out:</source>
        <translation>Die interne Ausgabe enthält alles. Für den Kunden exportieren Sie die Kundenausgabe; sie ließe weg:</translation>
    </message>
    <message>
        <source>customer edition</source>
        <translation>Kundenausgabe</translation>
    </message>
    <message>
        <source>internal edition</source>
        <translation>interne Ausgabe</translation>
    </message>
    <message>
        <source>Key Account Plan</source>
        <translation>Key-Account-Plan</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>%n page written to %1.</source>
        <translation>%n Seite nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>%n pages written to %1.</source>
        <translation>%n Seiten nach %1 geschrieben.</translation>
    </message>
</context>
<context>
    <name>PlanPdf</name>
    <message>
        <source>Part %1 of %2</source>
        <extracomment>below this scale a diagram&apos;s labels get too small to read on paper</extracomment>
        <translation>Teil %1 von %2</translation>
    </message>
    <message>
        <source>Key Account Plan</source>
        <extracomment>chapters of the internal edition that the customer edition does not have (their titles)</extracomment>
        <translation>Key-Account-Plan</translation>
    </message>
    <message>
        <source>Page %1 of</source>
        <translation>Seite %1 von</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Due</source>
        <extracomment>completed actions older than this are history, not plan</extracomment>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%n action overdue — marked in red.</source>
        <translation>%n Maßnahme überfällig – rot markiert.</translation>
    </message>
    <message>
        <source>%n actions overdue — marked in red.</source>
        <translation>%n Maßnahmen überfällig – rot markiert.</translation>
    </message>
    <message>
        <source>Completed in the last six months</source>
        <translation>In den letzten sechs Monaten erledigt</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>intern</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>Prepared for</source>
        <translation>Erstellt für</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Klassifizierung</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Reichweite</translation>
    </message>
    <message>
        <source>Next plan review</source>
        <translation>Nächste Planbesprechung</translation>
    </message>
    <message>
        <source>Prepared for %1. Confidential: for the people named in this plan.</source>
        <translation>Erstellt für %1. Vertraulich: für die in diesem Plan genannten Personen.</translation>
    </message>
    <message>
        <source>Internal edition: contains the team&apos;s assessments and notes. Do not pass it on to the customer — export the customer edition for that.</source>
        <translation>Interne Ausgabe: enthält Einschätzungen und Notizen des Teams. Nicht an den Kunden weitergeben – dafür die Kundenausgabe exportieren.</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Deckblatt</translation>
    </message>
    <message>
        <source>The customer&apos;s goals</source>
        <translation>Die Ziele des Kunden</translation>
    </message>
    <message>
        <source>Our goals with the customer</source>
        <translation>Unsere Ziele mit dem Kunden</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Measure of success</source>
        <translation>Erfolgsmaßstab</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Zieldatum</translation>
    </message>
    <message>
        <source>%n open action</source>
        <translation>%n offene Maßnahme</translation>
    </message>
    <message>
        <source>%n open actions</source>
        <translation>%n offene Maßnahmen</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Pipeline by phase</source>
        <translation>Pipeline nach Phase</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>weighted by probability</source>
        <translation>nach Wahrscheinlichkeit gewichtet</translation>
    </message>
    <message>
        <source>Opportunity and next step</source>
        <translation>Verkaufschance und nächster Schritt</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Prob.</source>
        <translation>Wahrsch.</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Gewichtet</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>won</source>
        <translation>gewonnen</translation>
    </message>
    <message>
        <source>Competitors: %1</source>
        <translation>Wettbewerber: %1</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Projects we are working on together, and what happens next.</source>
        <translation>Projekte, an denen wir gemeinsam arbeiten, und wie es weitergeht.</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Verkaufschancen</translation>
    </message>
    <message>
        <source>Joint projects</source>
        <translation>Gemeinsame Projekte</translation>
    </message>
    <message>
        <source>How the customer buys</source>
        <translation>So kauft der Kunde</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
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
        <source>Legal entity</source>
        <translation>Firmierung</translation>
    </message>
    <message>
        <source>Group / parent</source>
        <translation>Konzern / Muttergesellschaft</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <source>Long-term phase</source>
        <translation>Langfristige Phase</translation>
    </message>
    <message>
        <source>Our annual revenue</source>
        <translation>Unser Jahresumsatz</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>Potenzial</translation>
    </message>
    <message>
        <source>Share of wallet</source>
        <translation>Share of Wallet</translation>
    </message>
    <message>
        <source>Master data</source>
        <translation>Stammdaten</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>Interne Notizen</translation>
    </message>
    <message>
        <source>Our account team</source>
        <translation>Unser Account-Team</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role on the account</source>
        <translation>Rolle im Account</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>Account profile</source>
        <translation>Account-Profil</translation>
    </message>
    <message>
        <source>Relationship board</source>
        <translation>Beziehungsbrett</translation>
    </message>
    <message>
        <source>next plan review</source>
        <translation>nächste Planbesprechung</translation>
    </message>
    <message>
        <source>last plan review</source>
        <translation>letzte Planbesprechung</translation>
    </message>
    <message>
        <source>review cycle</source>
        <translation>Besprechungsrhythmus</translation>
    </message>
    <message>
        <source>%n month</source>
        <translation>%n Monat</translation>
    </message>
    <message>
        <source>%n months</source>
        <translation>%n Monate</translation>
    </message>
    <message>
        <source>We review this plan together every month and update it with what we learn.</source>
        <translation>Wir besprechen diesen Plan jeden Monat gemeinsam und passen ihn an das an, was wir dazulernen.</translation>
    </message>
    <message>
        <source>We review this plan together every %n months and update it with what we learn.</source>
        <translation>Wir besprechen diesen Plan alle %n Monate gemeinsam und passen ihn an das an, was wir dazulernen.</translation>
    </message>
    <message>
        <source>Reviews so far</source>
        <translation>Bisherige Besprechungen</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Beschlüsse</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Review schedule</source>
        <translation>Besprechungsplan</translation>
    </message>
    <message>
        <source>included value a year</source>
        <translation>inklusiver Wert pro Jahr</translation>
    </message>
    <message>
        <source>%n beyond entitlement, cost a year</source>
        <translation>%n über Anspruch, Kosten/Jahr</translation>
    </message>
    <message>
        <source>%n beyond entitlements, cost a year</source>
        <translation>%n über Anspruch, Kosten/Jahr</translation>
    </message>
    <message>
        <source>entitled, not used</source>
        <translation>Anspruch, nicht genutzt</translation>
    </message>
    <message>
        <source>What you receive from us at no charge</source>
        <translation>Was Sie von uns ohne Berechnung erhalten</translation>
    </message>
    <message>
        <source>What the customer receives at no charge</source>
        <translation>Was der Kunde ohne Berechnung erhält</translation>
    </message>
    <message>
        <source>Further services in use</source>
        <translation>Weitere genutzte Leistungen</translation>
    </message>
    <message>
        <source>Given beyond entitlement</source>
        <translation>Über den Anspruch hinaus gewährt</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>The group&apos;s entitlement</source>
        <translation>Anspruch der Gruppe</translation>
    </message>
    <message>
        <source>Cost a year</source>
        <translation>Kosten pro Jahr</translation>
    </message>
    <message>
        <source>Also included for you, not used yet</source>
        <translation>Ebenfalls für Sie inklusive, noch nicht genutzt</translation>
    </message>
    <message>
        <source>Entitled, not used: worth a conversation</source>
        <translation>Anspruch, nicht genutzt: ein Gesprächsanlass</translation>
    </message>
    <message>
        <source>No customer group: the services are not checked against an entitlement.</source>
        <translation>Keine Kundengruppe: Die Leistungen werden nicht mit einem Anspruch abgeglichen.</translation>
    </message>
    <message>
        <source>Checked against the entitlement of %1 (%2).</source>
        <translation>Abgeglichen mit dem Anspruch von %1 (%2).</translation>
    </message>
    <message>
        <source>How much, how often</source>
        <translation>Wie viel, wie oft</translation>
    </message>
    <message>
        <source>Value per unit</source>
        <translation>Wert je Einheit</translation>
    </message>
    <message>
        <source>Value a year</source>
        <translation>Wert pro Jahr</translation>
    </message>
    <message>
        <source>Services and value</source>
        <translation>Leistungen und Mehrwert</translation>
    </message>
    <message>
        <source>Your services and their value</source>
        <translation>Ihre Leistungen und ihr Wert</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Nächste Schritte</translation>
    </message>
    <message>
        <source>This plan describes how %1 and we work together: the goals we pursue, what we have agreed to do and when we review our progress together.</source>
        <translation>Dieser Plan beschreibt, wie %1 und wir zusammenarbeiten: welche Ziele wir verfolgen, was wir vereinbart haben und wann wir gemeinsam Bilanz ziehen.</translation>
    </message>
    <message>
        <source>%1 is a strategic partner: this plan is largely built together with the customer and shared with them. This internal edition adds the team&apos;s assessments, the pipeline and the visit reports.</source>
        <translation>%1 ist ein strategischer Partner: Dieser Plan entsteht großteils gemeinsam mit dem Kunden und wird mit ihm geteilt. Die interne Ausgabe ergänzt die Einschätzungen des Teams, die Pipeline und die Besuchsberichte.</translation>
    </message>
    <message>
        <source>%1 buys on price and delivery performance: this is a lean sales plan focused on the pipeline and the actions that win volume.</source>
        <translation>%1 kauft nach Preis und Lieferperformance: Dies ist ein schlanker Vertriebsplan mit Blick auf die Pipeline und die Maßnahmen, die Volumen bringen.</translation>
    </message>
    <message>
        <source>%1 values what we add beyond the product: this is the account team&apos;s plan, parts of which are shared with the customer.</source>
        <translation>%1 schätzt unseren Mehrwert über das Produkt hinaus: Dies ist der Plan des Account-Teams, von dem Teile mit dem Kunden geteilt werden.</translation>
    </message>
    <message>
        <source>open goals</source>
        <translation>offene Ziele</translation>
    </message>
    <message>
        <source>open actions</source>
        <translation>offene Maßnahmen</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>weighted pipeline</source>
        <translation>gewichtete Pipeline</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besuch</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>We met</source>
        <translation>Gesprochen mit</translation>
    </message>
    <message>
        <source>For us</source>
        <translation>Für uns</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>action: %1, due %2</source>
        <translation>Maßnahme: %1, fällig %2</translation>
    </message>
    <message>
        <source>Visit reports</source>
        <translation>Besuchsberichte</translation>
    </message>
    <message>
        <source>How an order travels through the customer&apos;s company, from need to delivery.</source>
        <translation>Wie eine Bestellung durch das Unternehmen des Kunden läuft, vom Bedarf bis zur Lieferung.</translation>
    </message>
    <message>
        <source>Our notes on this process</source>
        <translation>Unsere Notizen zu diesem Ablauf</translation>
    </message>
    <message>
        <source>from the map</source>
        <translation>aus der Karte</translation>
    </message>
    <message>
        <source>as we noted it</source>
        <translation>wie von uns notiert</translation>
    </message>
    <message>
        <source>Key question</source>
        <translation>Schlüsselfrage</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Key questions</source>
        <translation>Schlüsselfragen</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Freigebende Rolle</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Up to</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Approval limits</source>
        <translation>Freigabegrenzen</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Our notes</source>
        <translation>Unsere Notizen</translation>
    </message>
    <message>
        <source>Act now</source>
        <translation>Jetzt handeln</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Planen</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Beobachten</translation>
    </message>
    <message>
        <source>No key issues: every rule of the board is satisfied.</source>
        <translation>Keine Schlüsselthemen: Das Brett erfüllt jede Regel.</translation>
    </message>
    <message>
        <source>Key issue</source>
        <translation>Schlüsselthema</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>2 (3): now 2, aiming for 3</source>
        <translation>2 (3): jetzt 2, Ziel 3</translation>
    </message>
    <message>
        <source>Who covers whom</source>
        <translation>Wer kennt wen</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>influence: %1</source>
        <translation>Einfluss: %1</translation>
    </message>
    <message>
        <source>known: %1</source>
        <translation>bekannt: %1</translation>
    </message>
    <message>
        <source>weighs: %1</source>
        <translation>achtet auf: %1</translation>
    </message>
    <message>
        <source>Agenda: </source>
        <translation>Agenda: </translation>
    </message>
    <message>
        <source>Our assessment</source>
        <translation>Unsere Einschätzung</translation>
    </message>
    <message>
        <source>Agenda, notes and our relationships</source>
        <translation>Agenda, Notizen und unsere Beziehungen</translation>
    </message>
    <message>
        <source>Personal agendas and notes</source>
        <translation>Persönliche Agenden und Notizen</translation>
    </message>
    <message>
        <source>%1 (aiming for %2)</source>
        <translation>%1 (Ziel: %2)</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Lines between parts of the board</source>
        <translation>Linien zwischen den Teilen des Bretts</translation>
    </message>
    <message>
        <source>No department</source>
        <translation>Ohne Abteilung</translation>
    </message>
    <message>
        <source>Our team</source>
        <translation>Unser Team</translation>
    </message>
    <message>
        <source>part %1 of %2</source>
        <translation>Teil %1 von %2</translation>
    </message>
    <message>
        <source>Piece: role in the buying decision</source>
        <translation>Figur: Rolle in der Kaufentscheidung</translation>
    </message>
    <message>
        <source>Marks on each piece</source>
        <translation>Zeichen an jeder Figur</translation>
    </message>
    <message>
        <source>Influence: one to three bars</source>
        <translation>Einfluss: ein bis drei Balken</translation>
    </message>
    <message>
        <source>How well we know them</source>
        <translation>Wie gut wir die Person kennen</translation>
    </message>
    <message>
        <source>Badge: how many of us know them</source>
        <translation>Plakette: wie viele von uns sie kennen</translation>
    </message>
    <message>
        <source>Fill: which side they are on</source>
        <translation>Füllung: Haltung zu uns</translation>
    </message>
    <message>
        <source>Role known, person not yet</source>
        <translation>Rolle bekannt, Person noch nicht</translation>
    </message>
    <message>
        <source>Dot: last contact by any of us</source>
        <translation>Punkt: letzter Kontakt von uns</translation>
    </message>
    <message>
        <source>Within %1 days</source>
        <translation>Innerhalb von %1 Tagen</translation>
    </message>
    <message>
        <source>More than %1 days ago</source>
        <translation>Vor mehr als %1 Tagen</translation>
    </message>
    <message>
        <source>No contact recorded</source>
        <translation>Kein Kontakt erfasst</translation>
    </message>
    <message>
        <source>Lines from our team: relationship</source>
        <translation>Linien von unserem Team: Beziehung</translation>
    </message>
    <message>
        <source>Dashed: below the level we aim for</source>
        <translation>Gestrichelt: unter dem angestrebten Niveau</translation>
    </message>
    <message>
        <source>Lines between their people</source>
        <translation>Linien zwischen ihren Leuten</translation>
    </message>
    <message>
        <source>Approval</source>
        <extracomment>fill, border, title bar per kind: the screen&apos;s colours maps print at a little less than other diagrams (their text is larger): five lanes fit a page the scale a part aims for when a map is cut (a little above the readable minimum)</extracomment>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>The customer&apos;s people who take part in buying, and how well we know them.</source>
        <translation>Die Personen des Kunden, die am Einkauf beteiligt sind, und wie gut wir sie kennen.</translation>
    </message>
    <message>
        <source>Key issues</source>
        <translation>Schlüsselthemen</translation>
    </message>
    <message>
        <source>How to read the board</source>
        <translation>So lesen Sie das Brett</translation>
    </message>
    <message>
        <source>The %1 lines between our team and their people are not drawn on a board this size: the badge on each piece counts them, and “Who covers whom” lists them.</source>
        <translation>Die %1 Linien zwischen unserem Team und den Personen des Kunden sind bei einem Brett dieser Größe nicht gezeichnet: Die Plakette an jeder Figur zählt sie, „Wer kennt wen“ listet sie auf.</translation>
    </message>
    <message>
        <source>contacts on the board</source>
        <translation>Kontakte auf dem Brett</translation>
    </message>
    <message>
        <source>allies · opponents</source>
        <translation>Verbündete · Gegner</translation>
    </message>
    <message>
        <source>strong relationships</source>
        <translation>starke Beziehungen</translation>
    </message>
    <message>
        <source>key issues</source>
        <translation>Schlüsselthemen</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <source>&amp;Goals</source>
        <translation>&amp;Ziele</translation>
    </message>
    <message>
        <source>A&amp;ctions</source>
        <translation>&amp;Maßnahmen</translation>
    </message>
    <message>
        <source>O&amp;pportunities</source>
        <translation>&amp;Verkaufschancen</translation>
    </message>
    <message>
        <source>&amp;Visit reports</source>
        <translation>&amp;Besuchsberichte</translation>
    </message>
    <message>
        <source>&amp;Reviews</source>
        <translation>Be&amp;sprechungen</translation>
    </message>
</context>
<context>
    <name>PlanTablePage</name>
    <message>
        <source>Edit %1</source>
        <extracomment>emitted with a short message for the status bar brings the page up to date at once if a reload is pending (set by the Plan tab)</extracomment>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>Interne Notizen</translation>
    </message>
    <message>
        <source>Keep internal</source>
        <translation>Intern halten</translation>
    </message>
    <message>
        <source>Internal &amp;notes</source>
        <translation>Interne &amp;Notizen</translation>
    </message>
    <message>
        <source>For the team only — never in the customer edition.</source>
        <translation>Nur für das Team – nie in der Kundenausgabe.</translation>
    </message>
    <message>
        <source>&amp;Keep internal: leave this out of the customer edition</source>
        <translation>&amp;Intern halten: nicht in die Kundenausgabe übernehmen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add a row (Ctrl+Shift+A)</source>
        <translation>Eine Zeile hinzufügen (Strg+Umschalt+A)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected row (Del); Ctrl+Z brings it back</source>
        <translation>Die gewählte Zeile löschen (Entf); Strg+Z holt sie zurück</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Delete “%1”?

Ctrl+Z brings it back.</source>
        <translation>„%1“ löschen?

Strg+Z holt es zurück.</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>„%1“ löschen</translation>
    </message>
    <message>
        <source>Ctrl+Z undoes it.</source>
        <translation>Strg+Z macht es rückgängig.</translation>
    </message>
</context>
<context>
    <name>Portfolio</name>
    <message>
        <source>A score is a whole number from %1 to %2.</source>
        <translation>Eine Bewertung ist eine ganze Zahl von %1 bis %2.</translation>
    </message>
    <message>
        <source>A weight is a whole number from %1 to %2.</source>
        <translation>Ein Gewicht ist eine ganze Zahl von %1 bis %2.</translation>
    </message>
    <message>
        <source>A tier threshold is a number of points from 0 to 100.</source>
        <translation>Die Schwelle einer Stufe ist eine Punktzahl von 0 bis 100.</translation>
    </message>
    <message>
        <source>A criterion needs a name.</source>
        <translation>Ein Kriterium braucht einen Namen.</translation>
    </message>
    <message>
        <source>A tier needs a name.</source>
        <translation>Eine Stufe braucht einen Namen.</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation>Der Name ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>The score was changed elsewhere in the meantime.</source>
        <translation>Die Bewertung wurde inzwischen an anderer Stelle geändert.</translation>
    </message>
    <message>
        <source>There already is a criterion named &apos;%1&apos;.</source>
        <translation>Es gibt bereits ein Kriterium namens „%1“.</translation>
    </message>
    <message>
        <source>There already is a tier named &apos;%1&apos;.</source>
        <translation>Es gibt bereits eine Stufe namens „%1“.</translation>
    </message>
</context>
<context>
    <name>PortfolioModel</name>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Klassifizierung</translation>
    </message>
    <message>
        <source>Geography</source>
        <translation>Geografie</translation>
    </message>
    <message>
        <source>Our revenue</source>
        <translation>Unser Umsatz</translation>
    </message>
    <message>
        <source>Share of wallet</source>
        <translation>Share of Wallet</translation>
    </message>
    <message>
        <source>Ready to order</source>
        <translation>Bestellbereit</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Nächstes Review</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>no tier</source>
        <translation>keine Stufe</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message numerus="yes">
        <source>no (%n missing)</source>
        <translation>
            <numerusform>nein (%n fehlt)</numerusform>
            <numerusform>nein (%n fehlen)</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
</context>
<context>
    <name>PortfolioView</name>
    <message>
        <source>Portfolio</source>
        <extracomment>open this account (id) in the account view</extracomment>
        <translation>Portfolio</translation>
    </message>
    <message>
        <source>&amp;Ranking</source>
        <translation>&amp;Rangliste</translation>
    </message>
    <message>
        <source>Key Account &amp;matrix</source>
        <translation>Key-Account-&amp;Matrix</translation>
    </message>
    <message>
        <source>&amp;Criteria and tiers</source>
        <translation>&amp;Kriterien und Stufen</translation>
    </message>
    <message>
        <source>All accounts ranked by their weighted score</source>
        <translation>Alle Accounts nach ihrer gewichteten Bewertung gereiht</translation>
    </message>
    <message>
        <source>Classification × geography, with the accounts in each cell</source>
        <translation>Klassifizierung × Geografie, mit den Accounts in jeder Zelle</translation>
    </message>
    <message>
        <source>What accounts are selected by, how much each counts, and the tiers</source>
        <translation>Wonach Accounts ausgewählt werden, wie viel was zählt, und die Stufen</translation>
    </message>
    <message numerus="yes">
        <source>%n active account(s)</source>
        <translation>
            <numerusform>%n aktiver Account</numerusform>
            <numerusform>%n aktive Accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ready to order</source>
        <translation>
            <numerusform>%n bestellbereit</numerusform>
            <numerusform>%n bestellbereit</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <source>Zoom &amp;In</source>
        <extracomment>the share of the view one arrow key pans widgets that want the keys for themselves (typing, stepping, choosing)</extracomment>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Zoom in on the board or map (Ctrl++)</source>
        <translation>Brett oder Prozess vergrößern (Strg++)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Verkleinern (Strg+-)</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>Ins &amp;Fenster einpassen</translation>
    </message>
    <message>
        <source>Show the whole board or map (Ctrl+0)</source>
        <translation>Das ganze Brett bzw. den ganzen Prozess zeigen (Strg+0)</translation>
    </message>
    <message>
        <source>Focus Next Lane or &amp;Department</source>
        <translation>Nächste Bahn oder &amp;Abteilung fokussieren</translation>
    </message>
    <message>
        <source>Zoom to the next lane of the map or department of the board (F6)</source>
        <translation>Zur nächsten Bahn des Prozesses oder Abteilung des Bretts zoomen (F6)</translation>
    </message>
    <message>
        <source>Focus Previous Lane or Department</source>
        <translation>Vorige Bahn oder Abteilung fokussieren</translation>
    </message>
    <message>
        <source>Zoom to the previous lane or department (Shift+F6)</source>
        <translation>Zur vorigen Bahn oder Abteilung zoomen (Umschalt+F6)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Fokus</translation>
    </message>
    <message>
        <source>This tab has no lanes or departments to focus on.</source>
        <translation>Dieser Reiter hat keine Bahnen oder Abteilungen zum Fokussieren.</translation>
    </message>
</context>
<context>
    <name>Procurement</name>
    <message>
        <source>&apos;%1&apos; is not an amount (e.g. 250 or 5.000).</source>
        <extracomment>the maps&apos; nodes and edges grouped by a field, for the snapshots last asked (a path walk asks thousands of times): (id of the tuple, field) → (the tuple, its groups)</extracomment>
        <translation>„%1“ ist kein Betrag (z. B. 250 oder 5.000).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount between 0 and 1,000,000,000.</source>
        <translation>„%1“ ist kein Betrag zwischen 0 und 1.000.000.000.</translation>
    </message>
    <message>
        <source>Order value %1 %2?</source>
        <translation>Bestellwert %1 %2?</translation>
    </message>
    <message>
        <source>Item in the catalogue?</source>
        <translation>Artikel im Katalog?</translation>
    </message>
    <message>
        <source>May the requester choose the supplier?</source>
        <translation>Darf der Bedarfsträger den Lieferanten wählen?</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>This procurement map no longer exists.</source>
        <translation>Dieser Beschaffungsprozess existiert nicht mehr.</translation>
    </message>
    <message>
        <source>%1 has no procurement map &apos;%2&apos; (maps: %3).</source>
        <translation>%1 hat keinen Beschaffungsprozess „%2“ (vorhanden: %3).</translation>
    </message>
    <message>
        <source>A procurement map needs a name.</source>
        <translation>Ein Beschaffungsprozess braucht einen Namen.</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>Ein Betrag kann nicht negativ sein.</translation>
    </message>
</context>
<context>
    <name>ProcurementEditor</name>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>These two are already connected.</source>
        <translation>Diese beiden sind bereits verbunden.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>New lane</source>
        <translation>Neue Bahn</translation>
    </message>
    <message>
        <source>Add lane</source>
        <translation>Bahn hinzufügen</translation>
    </message>
    <message>
        <source>Move lane</source>
        <translation>Bahn verschieben</translation>
    </message>
    <message>
        <source>The layout is already tidy.</source>
        <translation>Die Anordnung ist bereits aufgeräumt.</translation>
    </message>
    <message>
        <source>Tidy layout</source>
        <translation>Anordnung aufräumen</translation>
    </message>
</context>
<context>
    <name>ProcurementScene</name>
    <message>
        <source>Approval</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
</context>
<context>
    <name>ProcurementTab</name>
    <message>
        <source>Delete</source>
        <extracomment>below this width of the tab the palette shows icons only</extracomment>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Ausschneiden</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Alles auswählen</translation>
    </message>
    <message>
        <source>Tidy layout</source>
        <translation>Aufräumen</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Snap to grid</source>
        <translation>Am Raster ausrichten</translation>
    </message>
    <message>
        <source>Add lane</source>
        <translation>Bahn hinzufügen</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Delete map…</source>
        <translation>Prozess löschen…</translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation>Als SVG exportieren…</translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation>Als PNG exportieren…</translation>
    </message>
    <message>
        <source>Export as BPMN 2.0…</source>
        <translation>Als BPMN 2.0 exportieren…</translation>
    </message>
    <message>
        <source>Import BPMN 2.0…</source>
        <translation>BPMN 2.0 importieren…</translation>
    </message>
    <message>
        <source>Arrange the nodes left to right by flow, one row per lane (Ctrl+L)</source>
        <translation>Elemente in Flussrichtung von links nach rechts anordnen, eine Zeile je Bahn (Strg+L)</translation>
    </message>
    <message>
        <source>Zoom in (+ or Ctrl+wheel)</source>
        <translation>Vergrößern (+ oder Strg+Mausrad)</translation>
    </message>
    <message>
        <source>Zoom out (- or Ctrl+wheel)</source>
        <translation>Verkleinern (- oder Strg+Mausrad)</translation>
    </message>
    <message>
        <source>Fit the whole map into view (0)</source>
        <translation>Die ganze Karte einpassen (0)</translation>
    </message>
    <message>
        <source>Map:</source>
        <translation>Prozess:</translation>
    </message>
    <message>
        <source>The account&apos;s procurement processes</source>
        <translation>Die Beschaffungsprozesse des Accounts</translation>
    </message>
    <message>
        <source>New map</source>
        <translation>Neuer Prozess</translation>
    </message>
    <message>
        <source>Start a new map, from a template or a BPMN file</source>
        <translation>Einen neuen Prozess beginnen, aus einer Vorlage oder einer BPMN-Datei</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>Rename, duplicate, export or delete this map</source>
        <translation>Diesen Prozess umbenennen, duplizieren, exportieren oder löschen</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>Palette</translation>
    </message>
    <message>
        <source>click to add, or drag onto the map (key %1)</source>
        <translation>klicken zum Hinzufügen oder auf die Karte ziehen (Taste %1)</translation>
    </message>
    <message>
        <source>Drag from a node&apos;s port (the dots) to another node to connect. Space or middle button drag pans; Ctrl+wheel zooms; Del deletes; Ctrl+Z undoes.</source>
        <translation>Zum Verbinden von einem Anschluss (den Punkten) auf ein anderes Element ziehen. Leertaste oder mittlere Maustaste + Ziehen verschiebt die Ansicht; Strg+Mausrad zoomt; Entf löscht; Strg+Z macht rückgängig.</translation>
    </message>
    <message>
        <source>No procurement map yet.

How does this customer order? Start from one of the situations below and adapt it, or import a BPMN file.</source>
        <translation>Noch kein Beschaffungsprozess.

Wie bestellt dieser Kunde? Beginnen Sie mit einer der Situationen unten und passen Sie sie an, oder importieren Sie eine BPMN-Datei.</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Kernfragen</translation>
    </message>
    <message>
        <source>The key questions about this procurement process</source>
        <translation>Die Kernfragen zu diesem Beschaffungsprozess</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellweg</translation>
    </message>
    <message>
        <source>What happens to an order? Its path through the map</source>
        <translation>Was passiert mit einer Bestellung? Ihr Weg durch die Karte</translation>
    </message>
    <message>
        <source>Checks (%1)</source>
        <translation>Prüfung (%1)</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>New map “%1”</source>
        <translation>Neuer Prozess „%1“</translation>
    </message>
    <message>
        <source>Rename map</source>
        <translation>Prozess umbenennen</translation>
    </message>
    <message>
        <source>Name of the procurement map:</source>
        <translation>Name des Beschaffungsprozesses:</translation>
    </message>
    <message>
        <source>Duplicate map “%1”</source>
        <translation>Prozess „%1“ duplizieren</translation>
    </message>
    <message>
        <source>Delete the procurement map “%1” with all its nodes? You can undo this.</source>
        <translation>Den Beschaffungsprozess „%1“ mit allen Elementen löschen? Sie können das rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete map</source>
        <translation>Prozess löschen</translation>
    </message>
    <message>
        <source>Delete map “%1”</source>
        <translation>Prozess „%1“ löschen</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG-Grafik (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Export map</source>
        <translation>Prozess exportieren</translation>
    </message>
    <message>
        <source>Map exported to %1</source>
        <translation>Prozess nach %1 exportiert</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Export BPMN</source>
        <translation>BPMN exportieren</translation>
    </message>
    <message>
        <source>BPMN 2.0 (*.bpmn)</source>
        <translation>BPMN 2.0 (*.bpmn)</translation>
    </message>
    <message>
        <source>Import BPMN</source>
        <translation>BPMN importieren</translation>
    </message>
    <message>
        <source>BPMN 2.0 (*.bpmn *.xml);;All files (*)</source>
        <translation>BPMN 2.0 (*.bpmn *.xml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import “%1”</source>
        <translation>„%1“ importieren</translation>
    </message>
    <message>
        <source>“%1” was imported. Not represented in kamdesk:</source>
        <translation>„%1“ wurde importiert. In kamdesk nicht abbildbar:</translation>
    </message>
    <message>
        <source>“%1” was imported completely.</source>
        <translation>„%1“ wurde vollständig importiert.</translation>
    </message>
    <message>
        <source>F6 next, Shift+F6 previous, Ctrl+0 the whole map</source>
        <translation>F6 nächste, Umschalt+F6 vorige, Strg+0 der ganze Prozess</translation>
    </message>
    <message>
        <source>The whole map</source>
        <translation>Der ganze Prozess</translation>
    </message>
    <message>
        <source>Lane %1 of %2: %3</source>
        <translation>Bahn %1 von %2: %3</translation>
    </message>
</context>
<context>
    <name>ProcurementTemplate</name>
    <message>
        <source>Free choice below the approval limit</source>
        <translation>Freie Wahl unter der Freigabegrenze</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Bedarfsträger</translation>
    </message>
    <message>
        <source>Cost-centre manager</source>
        <translation>Kostenstellenverantwortlicher</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>Need arises</source>
        <translation>Bedarf entsteht</translation>
    </message>
    <message>
        <source>Searches the catalogue system</source>
        <translation>Sucht im Katalogsystem</translation>
    </message>
    <message>
        <source>Picks model and brand</source>
        <translation>Wählt Modell und Marke</translation>
    </message>
    <message>
        <source>Approves the order</source>
        <translation>Gibt die Bestellung frei</translation>
    </message>
    <message>
        <source>Orders in the system</source>
        <translation>Bestellt im System</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Delivers</source>
        <translation>Liefert</translation>
    </message>
    <message>
        <source>Goods received</source>
        <translation>Ware erhalten</translation>
    </message>
    <message>
        <source>Central purchasing pre-selects</source>
        <translation>Zentraleinkauf gibt vor</translation>
    </message>
    <message>
        <source>Central purchasing</source>
        <translation>Zentraleinkauf</translation>
    </message>
    <message>
        <source>Category review</source>
        <translation>Warengruppen-Review</translation>
    </message>
    <message>
        <source>Selects one model per category</source>
        <translation>Legt je Kategorie ein Modell fest</translation>
    </message>
    <message>
        <source>Lists only that model in the catalogue</source>
        <translation>Listet nur dieses Modell im Katalog</translation>
    </message>
    <message>
        <source>Ticks the only model offered</source>
        <translation>Kreuzt das einzige angebotene Modell an</translation>
    </message>
    <message>
        <source>Order goes out</source>
        <translation>Bestellung geht raus</translation>
    </message>
    <message>
        <source>New procurement map</source>
        <translation>Neuer Beschaffungsprozess</translation>
    </message>
    <message>
        <source>Empty map</source>
        <translation>Leere Karte</translation>
    </message>
    <message>
        <source>Two lanes and a start; draw the rest yourself.</source>
        <translation>Zwei Bahnen und ein Start; den Rest zeichnen Sie selbst.</translation>
    </message>
    <message>
        <source>Requester chooses freely below the approval limit</source>
        <translation>Bedarfsträger wählt unter der Freigabegrenze frei</translation>
    </message>
    <message>
        <source>The requester picks brand and model in the catalogue system and orders directly below 250 €; above that the cost-centre manager approves.</source>
        <translation>Der Bedarfsträger wählt Marke und Modell im Katalogsystem und bestellt unter 250 € direkt; darüber gibt der Kostenstellenverantwortliche frei.</translation>
    </message>
    <message>
        <source>Central purchasing pre-selects a single item</source>
        <translation>Zentraleinkauf gibt einen einzigen Artikel vor</translation>
    </message>
    <message>
        <source>Central purchasing has decided on one model per category; the requester can only tick it.</source>
        <translation>Der Zentraleinkauf hat je Kategorie ein Modell festgelegt; der Bedarfsträger kann es nur ankreuzen.</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <source>&amp;Label</source>
        <translation>&amp;Beschriftung</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>La&amp;ne</source>
        <translation>Ba&amp;hn</translation>
    </message>
    <message>
        <source>Role &amp;holder</source>
        <translation>Rollen&amp;inhaber</translation>
    </message>
    <message>
        <source>&amp;Choice</source>
        <translation>Aus&amp;wahl</translation>
    </message>
    <message>
        <source>What happens here</source>
        <translation>Was hier passiert</translation>
    </message>
    <message>
        <source>Who holds this role (name)</source>
        <translation>Wer diese Rolle innehat (Name)</translation>
    </message>
    <message>
        <source>How the product or supplier is chosen at this step</source>
        <translation>Wie in diesem Schritt Produkt oder Lieferant ausgewählt wird</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Asks about</source>
        <translation>Prüft</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Amount (€)</source>
        <translation>Betrag (€)</translation>
    </message>
    <message>
        <source>e.g. 250</source>
        <translation>z. B. 250</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Freigeber</translation>
    </message>
    <message>
        <source>Limit (€)</source>
        <translation>Grenze (€)</translation>
    </message>
    <message>
        <source>e.g. Cost-centre manager</source>
        <translation>z. B. Kostenstellenverantwortlicher</translation>
    </message>
    <message>
        <source>approves up to, e.g. 5.000</source>
        <translation>gibt frei bis, z. B. 5.000</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Way</source>
        <translation>Weg</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>&amp;Antwort</translation>
    </message>
    <message>
        <source>Shown on the arrow</source>
        <translation>Wird am Pfeil angezeigt</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <source>&amp;Height</source>
        <translation>&amp;Höhe</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Select a node, an arrow or a lane header to see its properties.</source>
        <translation>Wählen Sie ein Element, einen Pfeil oder einen Bahnkopf, um seine Eigenschaften zu sehen.</translation>
    </message>
    <message>
        <source>— not a choice —</source>
        <translation>— keine Auswahl —</translation>
    </message>
    <message>
        <source>— not set —</source>
        <translation>— nicht festgelegt —</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— keine —</translation>
    </message>
    <message numerus="yes">
        <source>%n elements selected.</source>
        <translation>
            <numerusform>%n Element ausgewählt.</numerusform>
            <numerusform>%n Elemente ausgewählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>— no lane —</source>
        <translation>— keine Bahn —</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Move to lane</source>
        <translation>In Bahn verschieben</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>C&amp;ontact</source>
        <translation>K&amp;ontakt</translation>
    </message>
    <message>
        <source>Link contact</source>
        <translation>Kontakt verknüpfen</translation>
    </message>
    <message>
        <source>Link the role holder to a contact of the relationship board</source>
        <translation>Den Rolleninhaber mit einem Kontakt des Beziehungsbretts verknüpfen</translation>
    </message>
    <message>
        <source>— not linked —</source>
        <translation>— nicht verknüpft —</translation>
    </message>
</context>
<context>
    <name>QuestionBlock</name>
    <message>
        <source>— not noted —</source>
        <translation>— nicht notiert —</translation>
    </message>
    <message>
        <source>from the map</source>
        <translation>aus der Karte</translation>
    </message>
    <message>
        <source>your note</source>
        <translation>Ihre Notiz</translation>
    </message>
    <message>
        <source>Open: the map does not say yet. Draw it, or note what you know below.</source>
        <translation>Offen: Die Karte sagt es noch nicht. Zeichnen Sie es ein, oder notieren Sie unten, was Sie wissen.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>Use the map&apos;s answer</source>
        <translation>Antwort der Karte übernehmen</translation>
    </message>
    <message>
        <source>Clear your note; the map&apos;s answer stands</source>
        <translation>Ihre Notiz löschen; die Antwort der Karte gilt</translation>
    </message>
    <message>
        <source>Your note, where the map does not say it</source>
        <translation>Ihre Notiz, wo die Karte es nicht sagt</translation>
    </message>
</context>
<context>
    <name>QuestionsPanel</name>
    <message>
        <source>Seed questions for every procurement process. Answers come from the map where it says them.</source>
        <translation>Die Kernfragen zu jedem Beschaffungsprozess. Die Antworten stammen aus der Karte, soweit sie sie hergibt.</translation>
    </message>
    <message>
        <source>Notes on this map</source>
        <translation>Notizen zu diesem Prozess</translation>
    </message>
    <message>
        <source>What the team should know about this process. Never shown to the customer.</source>
        <translation>Was das Team über diesen Prozess wissen sollte. Wird dem Kunden nie gezeigt.</translation>
    </message>
    <message>
        <source>Edit notes</source>
        <translation>Notizen bearbeiten</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Antwort: %1</translation>
    </message>
</context>
<context>
    <name>RankingPage</name>
    <message>
        <source>Filter by name, industry or country</source>
        <extracomment>the user wants to open this account (id)</extracomment>
        <translation>Nach Name, Branche oder Land filtern</translation>
    </message>
    <message>
        <source>Archived too</source>
        <translation>Auch archivierte</translation>
    </message>
    <message>
        <source>Show archived accounts as well (they are never ranked)</source>
        <translation>Auch archivierte Accounts zeigen (sie werden nie gereiht)</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <source>No tier</source>
        <translation>Keine Stufe</translation>
    </message>
    <message>
        <source>All classifications</source>
        <translation>Alle Klassifizierungen</translation>
    </message>
    <message>
        <source>Not classified</source>
        <translation>Nicht klassifiziert</translation>
    </message>
    <message>
        <source>Ready or not</source>
        <translation>Bestellbereit oder nicht</translation>
    </message>
    <message>
        <source>Ready to order</source>
        <translation>Bestellbereit</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>Nicht bestellbereit</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n Account</numerusform>
            <numerusform>%n Accounts</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an account to see why it stands where it does. Enter or double-click opens it.</source>
        <translation>Wählen Sie einen Account, um zu sehen, warum er dort steht. Eingabe oder Doppelklick öffnet ihn.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; has no scores yet: score it on its profile.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ist noch nicht bewertet: Bewerten Sie ihn in seinem Profil.</translation>
    </message>
    <message>
        <source>no tier</source>
        <translation>keine Stufe</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2, %3 points.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2, %3 Punkte.</translation>
    </message>
</context>
<context>
    <name>ReceivedDelegate</name>
    <message>
        <source>catalogue value</source>
        <translation>Katalogwert</translation>
    </message>
    <message>
        <source>internal note</source>
        <translation>interne Notiz</translation>
    </message>
</context>
<context>
    <name>ReceivedServicesModel</name>
    <message>
        <source>Service</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Wie oft</translation>
    </message>
    <message>
        <source>Value / unit</source>
        <translation>Wert / Einheit</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <source>Value a year</source>
        <translation>Wert pro Jahr</translation>
    </message>
    <message>
        <source>Entitlement</source>
        <translation>Anspruch</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Abgleich</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Interne Notiz</translation>
    </message>
    <message>
        <source>Value of one unit for this account; empty: the catalogue&apos;s value</source>
        <translation>Wert einer Einheit für diesen Account; leer: der Wert aus dem Katalog</translation>
    </message>
    <message>
        <source>Quantity × times a year × value per unit</source>
        <translation>Menge × Häufigkeit pro Jahr × Wert je Einheit</translation>
    </message>
    <message>
        <source>What the customer group %1 is entitled to (internal)</source>
        <translation>Worauf die Kundengruppe %1 Anspruch hat (intern)</translation>
    </message>
    <message>
        <source>Given beyond entitlement, and what it costs us a year (internal)</source>
        <translation>Über den Anspruch hinaus gewährt, und was es uns pro Jahr kostet (intern)</translation>
    </message>
    <message>
        <source>Internal: never shown to the customer</source>
        <translation>Intern: wird dem Kunden nie gezeigt</translation>
    </message>
    <message>
        <source>Beyond · %1</source>
        <translation>Über Anspruch · %1</translation>
    </message>
    <message>
        <source>Charged, but included</source>
        <translation>Berechnet, obwohl inklusive</translation>
    </message>
    <message>
        <source>no group</source>
        <translation>keine Gruppe</translation>
    </message>
    <message>
        <source>As entitled</source>
        <translation>Gemäß Anspruch</translation>
    </message>
    <message>
        <source>How many: %1</source>
        <translation>Wie viele: %1</translation>
    </message>
    <message>
        <source>The catalogue&apos;s value per unit (type a value for this account)</source>
        <translation>Wert je Einheit aus dem Katalog (für diesen Account einen eigenen Wert eintippen)</translation>
    </message>
    <message>
        <source>at internal cost</source>
        <translation>zu internen Kosten</translation>
    </message>
    <message>
        <source>at its value</source>
        <translation>zu ihrem Wert</translation>
    </message>
    <message>
        <source>Given at no charge although the group&apos;s entitlement is “%1”.</source>
        <translation>Kostenlos gewährt, obwohl der Anspruch der Gruppe „%1“ lautet.</translation>
    </message>
    <message>
        <source>Cost to us a year (%1): %2</source>
        <translation>Kosten für uns pro Jahr (%1): %2</translation>
    </message>
    <message>
        <source>The group gets this included (%1), yet it is charged.</source>
        <translation>Die Gruppe bekommt das inklusive (%1), trotzdem wird es berechnet.</translation>
    </message>
    <message>
        <source>The account has no customer group: set its classification or choose a group.</source>
        <translation>Der Account hat keine Kundengruppe: Klassifizierung setzen oder eine Gruppe wählen.</translation>
    </message>
    <message>
        <source>The quantity</source>
        <translation>Die Menge</translation>
    </message>
    <message>
        <source>The value per unit</source>
        <translation>Der Wert je Einheit</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Edit %1 of “%2”</source>
        <translation>%1 von „%2“ bearbeiten</translation>
    </message>
</context>
<context>
    <name>RecordDelegate</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>Edit %1 of %2</source>
        <extracomment>columns that show nothing at all (the customer-safe view blanks internal ones)</extracomment>
        <translation>%1 von %2 bearbeiten</translation>
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
    <message>
        <source>&apos;%1&apos; is longer than %2 characters.</source>
        <translation>„%1“ ist länger als %2 Zeichen.</translation>
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
    <name>RelationKind</name>
    <message>
        <source>reports to</source>
        <translation>berichtet an</translation>
    </message>
    <message>
        <source>influences</source>
        <translation>beeinflusst</translation>
    </message>
    <message>
        <source>conflicts with</source>
        <translation>im Konflikt mit</translation>
    </message>
</context>
<context>
    <name>Relations</name>
    <message>
        <source>Days without contact must be between 1 and 3650.</source>
        <extracomment>ids of the default columns of a board that has not stored its own yet the workspace-wide default of days without contact before a relationship counts as stale</extracomment>
        <translation>Die Tage ohne Kontakt müssen zwischen 1 und 3650 liegen.</translation>
    </message>
    <message>
        <source>The last contact cannot be in the future.</source>
        <translation>Der letzte Kontakt kann nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>A department needs a name.</source>
        <translation>Eine Abteilung braucht einen Namen.</translation>
    </message>
    <message>
        <source>A board needs at least one department.</source>
        <translation>Ein Brett braucht mindestens eine Abteilung.</translation>
    </message>
</context>
<context>
    <name>RelationsTab</name>
    <message>
        <source>Board</source>
        <translation>Brett</translation>
    </message>
    <message>
        <source>The chess board of the customer&apos;s people</source>
        <translation>Das Schachbrett der Menschen beim Kunden</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <source>Our team × their people as a heat map; double-click a cell to edit</source>
        <translation>Unser Team × ihre Leute als Heatmap; Doppelklick auf eine Zelle zum Bearbeiten</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Kontakt hinzufügen</translation>
    </message>
    <message>
        <source>Add a contact (or double-click an empty spot on the board)</source>
        <translation>Einen Kontakt hinzufügen (oder Doppelklick auf eine freie Stelle des Bretts)</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren …</translation>
    </message>
    <message>
        <source>Import contacts from a vCard (.vcf) or CSV file</source>
        <translation>Kontakte aus einer vCard- (.vcf) oder CSV-Datei importieren</translation>
    </message>
    <message>
        <source>Departments…</source>
        <translation>Abteilungen …</translation>
    </message>
    <message>
        <source>Rename, add or remove the board&apos;s departments (its columns)</source>
        <translation>Die Abteilungen des Bretts (seine Spalten) umbenennen, ergänzen oder entfernen</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Show the whole board (Ctrl+0); zoom with Ctrl+wheel or Ctrl+plus/minus</source>
        <translation>Das ganze Brett zeigen (Strg+0); zoomen mit Strg+Mausrad oder Strg+Plus/Minus</translation>
    </message>
    <message>
        <source>Focus:</source>
        <translation>Fokus:</translation>
    </message>
    <message>
        <source>All lines</source>
        <translation>Alle Linien</translation>
    </message>
    <message>
        <source>Off: lines only for the selected piece or team member</source>
        <translation>Aus: Linien nur für die ausgewählte Figur oder das ausgewählte Teammitglied</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>White ally · grey neutral · black opponent · bars influence · dot last contact · badge our coverage</source>
        <translation>Weiß Verbündeter · grau neutral · schwarz Gegner · Balken Einfluss · Punkt letzter Kontakt · Plakette unsere Abdeckung</translation>
    </message>
    <message>
        <source>Piece = buying role (king decides, queen influences most, rook can block, bishop approves, knight coaches, pawn uses). Dot: green = recent, amber = due, red = stale. Badge: how many of us know the person, coloured by the best level. Dashed line = below target. Drag from our team onto a piece to link; Shift+drag between pieces for a reporting line.</source>
        <translation>Figur = Rolle im Einkaufsgremium (König entscheidet, Dame beeinflusst am stärksten, Turm kann blockieren, Läufer gibt frei, Springer coacht, Bauer nutzt). Punkt: grün = aktuell, gelb = fällig, rot = veraltet. Plakette: wie viele von uns die Person kennen, gefärbt nach der besten Stufe. Gestrichelte Linie = unter Ziel. Von unserem Team auf eine Figur ziehen, um zu verbinden; Umschalt+Ziehen zwischen Figuren für eine Berichtslinie.</translation>
    </message>
    <message>
        <source>Whole team</source>
        <translation>Ganzes Team</translation>
    </message>
    <message>
        <source>Any side</source>
        <translation>Jede Haltung</translation>
    </message>
    <message>
        <source>Any influence</source>
        <translation>Jeder Einfluss</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Alle Abteilungen</translation>
    </message>
    <message>
        <source>Our team</source>
        <translation>Unser Team</translation>
    </message>
    <message>
        <source>No department</source>
        <translation>Ohne Abteilung</translation>
    </message>
    <message>
        <source>Our team — add people in the profile</source>
        <translation>Unser Team – Personen im Profil hinzufügen</translation>
    </message>
    <message>
        <source>F6 next, Shift+F6 previous, Ctrl+0 the whole board</source>
        <translation>F6 nächste, Umschalt+F6 vorige, Strg+0 das ganze Brett</translation>
    </message>
    <message>
        <source>Department %1 of %2: %3</source>
        <translation>Abteilung %1 von %2: %3</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>%1 verschieben</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n Kontakt</numerusform>
            <numerusform>%n Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <source>This link exists already; edit its levels on the right.</source>
        <translation>Diese Verbindung gibt es schon; die Stufen rechts bearbeiten.</translation>
    </message>
    <message>
        <source>Link %1 with %2</source>
        <translation>%1 mit %2 verbinden</translation>
    </message>
    <message>
        <source>Link created; set the level now and the target on the right.</source>
        <translation>Verbindung angelegt; rechts die aktuelle Stufe und das Ziel setzen.</translation>
    </message>
    <message>
        <source>Add line between contacts</source>
        <translation>Linie zwischen Kontakten hinzufügen</translation>
    </message>
    <message>
        <source>Name (leave empty for a placeholder):</source>
        <translation>Name (leer lassen für einen Platzhalter):</translation>
    </message>
    <message>
        <source>Add contact %1</source>
        <translation>Kontakt %1 hinzufügen</translation>
    </message>
    <message>
        <source>Delete contacts</source>
        <translation>Kontakte löschen</translation>
    </message>
    <message>
        <source>Delete %1 with their links and lines? Undo brings them back.</source>
        <translation>%1 samt Verbindungen und Linien löschen? „Rückgängig“ holt alles zurück.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>%n Element löschen</numerusform>
            <numerusform>%n Elemente löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Set level %1 → %2</source>
        <translation>Stufe %1 → %2 setzen</translation>
    </message>
    <message numerus="yes">
        <source>Stale after %n day(s)</source>
        <translation>
            <numerusform>Veraltet nach %n Tag</numerusform>
            <numerusform>Veraltet nach %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Abteilungen</translation>
    </message>
    <message>
        <source>The board&apos;s departments, left to right, separated by commas.
Contacts of a removed department move to &apos;No department&apos;.</source>
        <translation>Die Abteilungen des Bretts von links nach rechts, durch Kommas getrennt.
Kontakte einer entfernten Abteilung wandern nach „Ohne Abteilung“.</translation>
    </message>
    <message>
        <source>Remove %1 from the board? Its contacts move to &apos;No department&apos;.</source>
        <translation>%1 vom Brett entfernen? Die Kontakte wandern nach „Ohne Abteilung“.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Change departments</source>
        <translation>Abteilungen ändern</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <source>Contacts (*.vcf *.vcard *.csv);;All files (*)</source>
        <translation>Kontakte (*.vcf *.vcard *.csv);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>Import %n contact(s)</source>
        <translation>
            <numerusform>%n Kontakt importieren</numerusform>
            <numerusform>%n Kontakte importieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) imported.</source>
        <translation>
            <numerusform>%n Kontakt importiert.</numerusform>
            <numerusform>%n Kontakte importiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelationshipLevel</name>
    <message>
        <source>Vendor</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>Credible source</source>
        <translation>Glaubwürdige Quelle</translation>
    </message>
    <message>
        <source>Problem solver</source>
        <translation>Problemlöser</translation>
    </message>
    <message>
        <source>Trusted advisor</source>
        <translation>Vertrauter Berater</translation>
    </message>
</context>
<context>
    <name>RequesterChoice</name>
    <message>
        <source>Yes, freely</source>
        <extracomment>selections where the person in this lane makes the choice themselves</extracomment>
        <translation>Ja, frei</translation>
    </message>
    <message>
        <source>No, only the pre-selected item</source>
        <translation>Nein, nur den vorgegebenen Artikel</translation>
    </message>
    <message>
        <source>Partly (depends on the item or path)</source>
        <translation>Teilweise (je nach Artikel oder Weg)</translation>
    </message>
</context>
<context>
    <name>ReviewsPage</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Beschlüsse</translation>
    </message>
    <message>
        <source>&amp;Record review</source>
        <translation>Besprechung &amp;erfassen</translation>
    </message>
    <message>
        <source>Record a plan review held today, with the mentor as reviewer</source>
        <translation>Eine heute abgehaltene Planbesprechung erfassen, mit dem Mentor als Prüfer</translation>
    </message>
    <message>
        <source>De&amp;cisions</source>
        <translation>Be&amp;schlüsse</translation>
    </message>
    <message>
        <source>What was decided, and who follows it up</source>
        <translation>Was beschlossen wurde und wer es nachhält</translation>
    </message>
    <message>
        <source>plan review</source>
        <translation>Planbesprechung</translation>
    </message>
    <message>
        <source>No plan reviews yet.

Every few months the mentor reviews the plan with the account team. Record a review when it has taken place; the next one is then due after the review cycle.</source>
        <translation>Noch keine Planbesprechungen.

Alle paar Monate bespricht der Mentor den Plan mit dem Account-Team. Erfassen Sie eine Besprechung, wenn sie stattgefunden hat; die nächste ist dann nach dem Besprechungsrhythmus fällig.</translation>
    </message>
    <message>
        <source>Next plan review: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Nächste Planbesprechung: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Plan review due now</source>
        <translation>Planbesprechung jetzt fällig</translation>
    </message>
    <message numerus="yes">
        <source>every %n month(s)</source>
        <translation>
            <numerusform>jeden Monat</numerusform>
            <numerusform>alle %n Monate</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Selection</name>
    <message>
        <source>Can only tick the pre-selected item</source>
        <translation>Kann nur den vorgegebenen Artikel ankreuzen</translation>
    </message>
    <message>
        <source>Chooses freely</source>
        <translation>Wählt frei</translation>
    </message>
    <message>
        <source>Chooses freely: top of the list</source>
        <translation>Wählt frei: oben in der Liste</translation>
    </message>
    <message>
        <source>Chooses freely: the cheapest</source>
        <translation>Wählt frei: das Günstigste</translation>
    </message>
    <message>
        <source>Chooses freely: a deliberate brand</source>
        <translation>Wählt frei: bewusst eine Marke</translation>
    </message>
</context>
<context>
    <name>SelectionSection</name>
    <message>
        <source>Selection and tier</source>
        <extracomment>the user asked to edit the workspace&apos;s criteria and tiers</extracomment>
        <translation>Auswahl und Stufe</translation>
    </message>
    <message>
        <source>Scores, total and tier are internal: never shown to the customer.</source>
        <translation>Bewertungen, Summe und Stufe sind intern: Sie werden dem Kunden nie gezeigt.</translation>
    </message>
    <message>
        <source>Criteria and tiers…</source>
        <translation>Kriterien und Stufen…</translation>
    </message>
    <message>
        <source>Edit the workspace&apos;s selection criteria, weights and tiers</source>
        <translation>Auswahlkriterien, Gewichte und Stufen des Arbeitsbereichs bearbeiten</translation>
    </message>
    <message>
        <source>No selection criteria yet. Set them up under Criteria and tiers, then score the account here.</source>
        <translation>Noch keine Auswahlkriterien. Legen Sie sie unter „Kriterien und Stufen“ an und bewerten Sie den Account dann hier.</translation>
    </message>
    <message>
        <source>Score from 0 (not at all) to 10 (outstanding); — = not scored yet</source>
        <translation>Bewertung von 0 (gar nicht) bis 10 (herausragend); — = noch nicht bewertet</translation>
    </message>
    <message>
        <source>Weight: %1 of the total</source>
        <translation>Gewicht: %1 der Gesamtpunktzahl</translation>
    </message>
    <message>
        <source>Points this criterion adds to the total</source>
        <translation>Punkte, die dieses Kriterium zur Summe beiträgt</translation>
    </message>
    <message>
        <source>No tier</source>
        <translation>Keine Stufe</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; of 100 points</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; von 100 Punkten</translation>
    </message>
    <message>
        <source>rank %1 of %2</source>
        <translation>Rang %1 von %2</translation>
    </message>
    <message>
        <source>Give the account a score on each criterion.</source>
        <translation>Bewerten Sie den Account in jedem Kriterium.</translation>
    </message>
    <message>
        <source>Score %1: %2</source>
        <translation>Bewertung %1: %2</translation>
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
    <name>ServiceDetails</name>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Description of “%1”</source>
        <translation>Beschreibung von „%1“</translation>
    </message>
    <message>
        <source>What the service is, in words a customer understands (the value statement shows it).</source>
        <translation>Was die Leistung ist, in Worten, die ein Kunde versteht (die Wertübersicht zeigt sie).</translation>
    </message>
</context>
<context>
    <name>ServiceMatrix</name>
    <message>
        <source>%1 must not be empty.</source>
        <translation>%1 darf nicht leer sein.</translation>
    </message>
    <message>
        <source>This cell was changed elsewhere in the meantime.</source>
        <extracomment>tables of the workspace-wide matrix (a change in one of them changes every account&apos;s check) tables of one account&apos;s services the service fields a matrix import may change (the name identifies the service)</extracomment>
        <translation>Diese Zelle wurde inzwischen an anderer Stelle geändert.</translation>
    </message>
    <message>
        <source>The customer group was changed elsewhere in the meantime.</source>
        <translation>Die Kundengruppe wurde inzwischen an anderer Stelle geändert.</translation>
    </message>
    <message>
        <source>The service name</source>
        <translation>Der Name der Leistung</translation>
    </message>
    <message>
        <source>A service named &apos;%1&apos; already exists.</source>
        <translation>Eine Leistung namens &apos;%1&apos; gibt es bereits.</translation>
    </message>
    <message>
        <source>The short name</source>
        <translation>Das Kürzel</translation>
    </message>
    <message>
        <source>A customer group with the short name &apos;%1&apos; already exists.</source>
        <translation>Eine Kundengruppe mit dem Kürzel &apos;%1&apos; gibt es bereits.</translation>
    </message>
    <message>
        <source>The customer group &apos;%1&apos; is already linked to this classification.</source>
        <translation>Die Kundengruppe &apos;%1&apos; ist bereits mit dieser Klassifizierung verknüpft.</translation>
    </message>
    <message>
        <source>The description</source>
        <translation>Die Beschreibung</translation>
    </message>
    <message>
        <source>The category</source>
        <translation>Die Kategorie</translation>
    </message>
    <message>
        <source>The unit</source>
        <translation>Die Einheit</translation>
    </message>
    <message>
        <source>The value per unit</source>
        <translation>Der Wert je Einheit</translation>
    </message>
    <message>
        <source>The internal cost per unit</source>
        <translation>Die internen Kosten je Einheit</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>Der Name</translation>
    </message>
    <message>
        <source>The price</source>
        <translation>Der Preis</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>Die Notiz</translation>
    </message>
    <message>
        <source>The quantity</source>
        <translation>Die Menge</translation>
    </message>
</context>
<context>
    <name>ServiceMatrixModel</name>
    <message>
        <source>Drag to reorder (or Alt+Up / Alt+Down)</source>
        <extracomment>``set_modes`` price argument: keep a charged cell&apos;s price</extracomment>
        <translation>Ziehen zum Umsortieren (oder Alt+Hoch / Alt+Runter)</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Value / unit</source>
        <translation>Wert / Einheit</translation>
    </message>
    <message>
        <source>Int. cost / unit</source>
        <translation>Int. Kosten / Einheit</translation>
    </message>
    <message>
        <source>Accounts classified as %1 belong to this group.</source>
        <translation>Als %1 klassifizierte Accounts gehören zu dieser Gruppe.</translation>
    </message>
    <message>
        <source>What one unit is worth to the customer; the value statement shows it.</source>
        <translation>Was eine Einheit dem Kunden wert ist; die Wertübersicht zeigt es.</translation>
    </message>
    <message>
        <source>What one unit costs us. Internal: never shown to the customer.</source>
        <translation>Was uns eine Einheit kostet. Intern: wird dem Kunden nie gezeigt.</translation>
    </message>
    <message>
        <source>What is counted, e.g. delivery, training day (empty: a flat service)</source>
        <translation>Was gezählt wird, z. B. Lieferung, Schulungstag (leer: pauschale Leistung)</translation>
    </message>
    <message>
        <source>(list value)</source>
        <translation>(Listenwert)</translation>
    </message>
    <message>
        <source>The price</source>
        <translation>Der Preis</translation>
    </message>
    <message>
        <source>Edit service matrix</source>
        <translation>Leistungsmatrix bearbeiten</translation>
    </message>
    <message>
        <source>Set “%1” for %2 to %3</source>
        <translation>„%1“ für %2 auf %3 setzen</translation>
    </message>
    <message numerus="yes">
        <source>Set %n cell(s) to %1</source>
        <translation>
            <numerusform>%n Zelle auf %1 setzen</numerusform>
            <numerusform>%n Zellen auf %1 setzen</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit service</source>
        <translation>Leistung bearbeiten</translation>
    </message>
    <message>
        <source>Edit %1 of “%2”</source>
        <translation>%1 von „%2“ bearbeiten</translation>
    </message>
</context>
<context>
    <name>ServiceMatrixWindow</name>
    <message>
        <source>Service Matrix — %1</source>
        <translation>Leistungsmatrix — %1</translation>
    </message>
    <message>
        <source>Service Matrix</source>
        <translation>Leistungsmatrix</translation>
    </message>
    <message>
        <source>+ Service</source>
        <translation>+ Leistung</translation>
    </message>
    <message>
        <source>Add a service to the catalogue (Ctrl+N)</source>
        <translation>Eine Leistung in den Katalog aufnehmen (Strg+N)</translation>
    </message>
    <message>
        <source>Delete Service…</source>
        <translation>Leistung löschen…</translation>
    </message>
    <message>
        <source>Delete the current service from the catalogue (Ctrl+Del)</source>
        <translation>Die aktuelle Leistung aus dem Katalog löschen (Strg+Entf)</translation>
    </message>
    <message>
        <source>▲ Up</source>
        <translation>▲ Hoch</translation>
    </message>
    <message>
        <source>Move the service up (Alt+Up)</source>
        <translation>Leistung nach oben schieben (Alt+Hoch)</translation>
    </message>
    <message>
        <source>▼ Down</source>
        <translation>▼ Runter</translation>
    </message>
    <message>
        <source>Move the service down (Alt+Down)</source>
        <translation>Leistung nach unten schieben (Alt+Runter)</translation>
    </message>
    <message>
        <source>+ Customer Group</source>
        <translation>+ Kundengruppe</translation>
    </message>
    <message>
        <source>Add a customer group as a new column (Ctrl+Shift+N)</source>
        <translation>Eine Kundengruppe als neue Spalte anlegen (Strg+Umschalt+N)</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Nach Excel exportieren…</translation>
    </message>
    <message>
        <source>Write the matrix to an .xlsx workbook (Ctrl+E)</source>
        <translation>Die Matrix in eine .xlsx-Arbeitsmappe schreiben (Strg+E)</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>Aus Excel importieren…</translation>
    </message>
    <message>
        <source>Update the matrix from an edited workbook, all or nothing (Ctrl+I)</source>
        <translation>Die Matrix aus einer bearbeiteten Arbeitsmappe aktualisieren, alles oder nichts (Strg+I)</translation>
    </message>
    <message>
        <source>Keys 1–5 set the selected cells · Enter: mode and price ·</source>
        <translation>Tasten 1–5 setzen die markierten Zellen · Enter: Art und Preis ·</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>The catalogue is empty.

Add the services you offer key accounts with “+ Service” (Ctrl+N).</source>
        <translation>Der Leistungskatalog ist leer.

Nehmen Sie die Leistungen für Key Accounts mit „+ Leistung“ (Strg+N) auf.</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n Leistung</numerusform>
            <numerusform>%n Leistungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer group(s)</source>
        <translation>
            <numerusform>%n Kundengruppe</numerusform>
            <numerusform>%n Kundengruppen</numerusform>
        </translation>
    </message>
    <message>
        <source>New service</source>
        <translation>Neue Leistung</translation>
    </message>
    <message>
        <source>New service “%1”</source>
        <translation>Neue Leistung „%1“</translation>
    </message>
    <message>
        <source>Service added — type its name.</source>
        <translation>Leistung angelegt – jetzt den Namen eintippen.</translation>
    </message>
    <message>
        <source>Delete “%1” from the catalogue, with its cells for every customer group?</source>
        <translation>„%1“ mit den Zellen aller Kundengruppen aus dem Katalog löschen?</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) record that they receive it; those records go too.</source>
        <translation>
            <numerusform>%n Account erhält diese Leistung; dieser Eintrag wird mit gelöscht.</numerusform>
            <numerusform>%n Accounts erhalten diese Leistung; diese Einträge werden mit gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ctrl+Z brings it all back while kamdesk is open.</source>
        <translation>Strg+Z holt alles zurück, solange kamdesk geöffnet ist.</translation>
    </message>
    <message>
        <source>Delete service</source>
        <translation>Leistung löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete service “%1”</source>
        <translation>Leistung „%1“ löschen</translation>
    </message>
    <message>
        <source>Ctrl+Z undoes it.</source>
        <translation>Strg+Z macht es rückgängig.</translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation>„%1“ verschieben</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>New customer group</source>
        <translation>Neue Kundengruppe</translation>
    </message>
    <message>
        <source>New customer group “%1”</source>
        <translation>Neue Kundengruppe „%1“</translation>
    </message>
    <message>
        <source>Delete the customer group “%1” and its column?

Accounts chosen for it fall back to their classification. Ctrl+Z brings it back.</source>
        <translation>Die Kundengruppe „%1“ mit ihrer Spalte löschen?

Accounts, die ihr zugeordnet sind, folgen wieder ihrer Klassifizierung. Strg+Z holt sie zurück.</translation>
    </message>
    <message>
        <source>Delete customer group</source>
        <translation>Kundengruppe löschen</translation>
    </message>
    <message>
        <source>Delete customer group “%1”</source>
        <translation>Kundengruppe „%1“ löschen</translation>
    </message>
    <message>
        <source>Export service matrix</source>
        <translation>Leistungsmatrix exportieren</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) written to %1.</source>
        <translation>
            <numerusform>%n Leistung nach %1 geschrieben.</numerusform>
            <numerusform>%n Leistungen nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import service matrix</source>
        <translation>Leistungsmatrix importieren</translation>
    </message>
    <message>
        <source>%1: nothing to change.</source>
        <translation>%1: nichts zu ändern.</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>Imported: %1 cell(s) and %2 service(s) changed — Ctrl+Z undoes it.</source>
        <translation>Importiert: %1 Zelle(n) und %2 Leistung(en) geändert – Strg+Z macht es rückgängig.</translation>
    </message>
    <message>
        <source>The service matrix is internal: not in the customer-safe view.</source>
        <translation>Die Leistungsmatrix ist intern: nicht in der kundensicheren Ansicht.</translation>
    </message>
</context>
<context>
    <name>ServiceMode</name>
    <message>
        <source>Included free</source>
        <translation>Inklusive, kostenlos</translation>
    </message>
    <message>
        <source>Included, shown as waived</source>
        <translation>Inklusive, als erlassen ausgewiesen</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>Berechnet</translation>
    </message>
    <message>
        <source>On request</source>
        <translation>Auf Anfrage</translation>
    </message>
    <message>
        <source>Not offered</source>
        <translation>Nicht angeboten</translation>
    </message>
</context>
<context>
    <name>ServiceModeMeaning</name>
    <message>
        <source>Part of the package, not invoiced.</source>
        <translation>Teil des Pakets, wird nicht in Rechnung gestellt.</translation>
    </message>
    <message>
        <source>Part of the package; invoiced at 0 € so the customer sees what it is worth.</source>
        <translation>Teil des Pakets; mit 0 € in Rechnung gestellt, damit der Kunde sieht, was es wert ist.</translation>
    </message>
    <message>
        <source>Available, invoiced at the price given (or the list value).</source>
        <translation>Erhältlich, berechnet zum angegebenen Preis (oder zum Listenwert).</translation>
    </message>
    <message>
        <source>Only when the customer asks and we agree, case by case.</source>
        <translation>Nur wenn der Kunde fragt und wir zustimmen, im Einzelfall.</translation>
    </message>
    <message>
        <source>Not available to this group.</source>
        <translation>Für diese Gruppe nicht erhältlich.</translation>
    </message>
</context>
<context>
    <name>ServiceModeShort</name>
    <message>
        <source>free</source>
        <translation>frei</translation>
    </message>
    <message>
        <source>waived</source>
        <translation>erlassen</translation>
    </message>
    <message>
        <source>charged</source>
        <translation>berechnet</translation>
    </message>
    <message>
        <source>on request</source>
        <translation>auf Anfrage</translation>
    </message>
    <message>
        <source>not offered</source>
        <translation>nicht angeboten</translation>
    </message>
</context>
<context>
    <name>ServicesTab</name>
    <message>
        <source>Customer &amp;group:</source>
        <translation>Kunden&amp;gruppe:</translation>
    </message>
    <message>
        <source>Its classification decides the group, unless you choose one for this account.</source>
        <translation>Die Klassifizierung bestimmt die Gruppe, es sei denn, Sie wählen eine für diesen Account.</translation>
    </message>
    <message>
        <source>+ Add Service</source>
        <translation>+ Leistung hinzufügen</translation>
    </message>
    <message>
        <source>Record a service this account receives (Insert)</source>
        <translation>Eine Leistung erfassen, die dieser Account erhält (Einfg)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected service from this account (Del)</source>
        <translation>Die markierte Leistung bei diesem Account entfernen (Entf)</translation>
    </message>
    <message>
        <source>Service Matrix…</source>
        <translation>Leistungsmatrix…</translation>
    </message>
    <message>
        <source>What every customer group gets (Ctrl+Shift+M)</source>
        <translation>Was jede Kundengruppe erhält (Strg+Umschalt+M)</translation>
    </message>
    <message>
        <source>Entitled, not used</source>
        <translation>Anspruch, nicht genutzt</translation>
    </message>
    <message>
        <source>Included for the group but not received: worth a conversation.</source>
        <translation>Für die Gruppe inklusive, aber nicht genutzt: ein Gesprächsanlass.</translation>
    </message>
    <message>
        <source>Record as Received</source>
        <translation>Als erhalten erfassen</translation>
    </message>
    <message>
        <source>Value statement for the customer</source>
        <translation>Wertübersicht für den Kunden</translation>
    </message>
    <message>
        <source>What the customer receives and what it is worth (also in the PDF plan).</source>
        <translation>Was der Kunde erhält und was es wert ist (auch im PDF-Plan).</translation>
    </message>
    <message>
        <source>for the customer</source>
        <translation>für den Kunden</translation>
    </message>
    <message>
        <source>Shareable: fit to show the customer; no internal figures in it.</source>
        <translation>Teilbar: kann dem Kunden gezeigt werden; enthält keine internen Zahlen.</translation>
    </message>
    <message>
        <source>Copy as Text</source>
        <translation>Als Text kopieren</translation>
    </message>
    <message>
        <source>No services recorded for this account yet.

Add what it receives with “+ Add Service” (Insert).</source>
        <translation>Für diesen Account sind noch keine Leistungen erfasst.

Erfassen Sie, was er erhält, mit „+ Leistung hinzufügen“ (Einfg).</translation>
    </message>
    <message>
        <source>Automatic: %1</source>
        <translation>Automatisch: %1</translation>
    </message>
    <message>
        <source>Automatic (no classification)</source>
        <translation>Automatisch (keine Klassifizierung)</translation>
    </message>
    <message>
        <source>No group: set a classification in the Profile, or choose one.</source>
        <translation>Keine Gruppe: Klassifizierung im Profil setzen oder eine wählen.</translation>
    </message>
    <message>
        <source>%1&apos;s entitlements apply (chosen for this account).</source>
        <translation>Es gelten die Ansprüche von %1 (für diesen Account gewählt).</translation>
    </message>
    <message>
        <source>%1&apos;s entitlements apply (from the classification).</source>
        <translation>Es gelten die Ansprüche von %1 (aus der Klassifizierung).</translation>
    </message>
    <message>
        <source>Classified as %1, so the entitlements of %2 apply.</source>
        <translation>Als %1 klassifiziert, daher gelten die Ansprüche von %2.</translation>
    </message>
    <message>
        <source>value given a year</source>
        <translation>gewährter Wert pro Jahr</translation>
    </message>
    <message numerus="yes">
        <source>%n beyond entitlement (cost a year)</source>
        <translation>
            <numerusform>%n über Anspruch (Kosten pro Jahr)</numerusform>
            <numerusform>%n über Anspruch (Kosten pro Jahr)</numerusform>
        </translation>
    </message>
    <message>
        <source>entitled, not used</source>
        <translation>Anspruch, nicht genutzt</translation>
    </message>
    <message>
        <source>No customer group, so no entitlements to compare.</source>
        <translation>Keine Kundengruppe, also keine Ansprüche zum Abgleich.</translation>
    </message>
    <message>
        <source>Every included service is used.</source>
        <translation>Jede inklusive Leistung wird genutzt.</translation>
    </message>
    <message>
        <source>Customer group of “%1”</source>
        <translation>Kundengruppe von „%1“</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Every catalogue service is recorded</source>
        <translation>Alle Leistungen des Katalogs sind erfasst</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>„%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>„%1“ entfernen</translation>
    </message>
    <message>
        <source>Ctrl+Z undoes it.</source>
        <translation>Strg+Z macht es rückgängig.</translation>
    </message>
    <message>
        <source>Value statement copied.</source>
        <translation>Wertübersicht kopiert.</translation>
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
    <message>
        <source>This workspace</source>
        <translation>Dieser Arbeitsbereich</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>A relationship without contact for longer counts as stale on the board. An account can set its own number beside its key issues.</source>
        <translation>Eine Beziehung ohne Kontakt über diese Zeit hinaus gilt auf dem Brett als veraltet. Ein Account kann neben seinen Schlüsselthemen einen eigenen Wert festlegen.</translation>
    </message>
    <message>
        <source>Relationships go &amp;stale after:</source>
        <translation>Beziehungen &amp;veralten nach:</translation>
    </message>
    <message numerus="yes">
        <source>Relationships stale after %n day(s)</source>
        <translation>
            <numerusform>Beziehungen veralten nach %n Tag</numerusform>
            <numerusform>Beziehungen veralten nach %n Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Side</name>
    <message>
        <source>Ally</source>
        <translation>Verbündeter</translation>
    </message>
    <message>
        <source>Neutral / unknown</source>
        <translation>Neutral / unbekannt</translation>
    </message>
    <message>
        <source>Opponent</source>
        <translation>Gegner</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <source>The review cadence is %1 to %2 months.</source>
        <translation>Der Review-Rhythmus beträgt %1 bis %2 Monate.</translation>
    </message>
    <message>
        <source>A team member needs a name.</source>
        <translation>Ein Teammitglied braucht einen Namen.</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation>Der Name ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an e-mail address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
</context>
<context>
    <name>TeamRole</name>
    <message>
        <source>Primary account manager</source>
        <extracomment>the mentor&apos;s plan review: every 1 … 24 months (seed 002: &quot;every few months&quot;)</extracomment>
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
    <name>TeamSection</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Role on the account</source>
        <translation>Rolle am Account</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Review cadence</source>
        <translation>Review-Rhythmus</translation>
    </message>
    <message>
        <source>Last review</source>
        <translation>Letztes Review</translation>
    </message>
    <message>
        <source>Account team</source>
        <translation>Account-Team</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Mitglied hinzufügen</translation>
    </message>
    <message>
        <source>Add a person from our side to the account team</source>
        <translation>Eine Person unserer Seite ins Account-Team aufnehmen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected member from the team (Del)</source>
        <translation>Das gewählte Mitglied aus dem Team entfernen (Entf)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>&lt;b&gt;Plan review&lt;/b&gt; — the mentor reviews the long-term plan</source>
        <translation>&lt;b&gt;Plan-Review&lt;/b&gt; — der Mentor überprüft den langfristigen Plan</translation>
    </message>
    <message>
        <source>&amp;Every</source>
        <translation>&amp;Alle</translation>
    </message>
    <message>
        <source>months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>&amp;last review</source>
        <translation>&amp;letztes Review</translation>
    </message>
    <message>
        <source>How often the mentor reviews the account plan (1 to 24 months)</source>
        <translation>Wie oft der Mentor den Account-Plan überprüft (1 bis 24 Monate)</translation>
    </message>
    <message>
        <source>When the plan was last reviewed (a plan review also sets it)</source>
        <translation>Wann der Plan zuletzt überprüft wurde (ein Plan-Review setzt es auch)</translation>
    </message>
    <message>
        <source>No primary account manager named.</source>
        <translation>Kein verantwortlicher Account Manager benannt.</translation>
    </message>
    <message>
        <source>No mentor named — who reviews the plan?</source>
        <translation>Kein Mentor benannt — wer überprüft den Plan?</translation>
    </message>
    <message>
        <source>No review cadence set.</source>
        <translation>Kein Review-Rhythmus festgelegt.</translation>
    </message>
    <message>
        <source>No review recorded yet — one is due now.</source>
        <translation>Noch kein Review erfasst — eines ist jetzt fällig.</translation>
    </message>
    <message numerus="yes">
        <source>Next review was due on %1 — &lt;b&gt;overdue by %n day(s)&lt;/b&gt;.</source>
        <translation>
            <numerusform>Nächstes Review war am %1 fällig — &lt;b&gt;seit %n Tag überfällig&lt;/b&gt;.</numerusform>
            <numerusform>Nächstes Review war am %1 fällig — &lt;b&gt;seit %n Tagen überfällig&lt;/b&gt;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Next review: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Nächstes Review: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(last review in the plan: %1)</source>
        <translation>(letztes Review im Plan: %1)</translation>
    </message>
    <message>
        <source>(mentor: %1)</source>
        <translation>(Mentor: %1)</translation>
    </message>
    <message>
        <source>New team member</source>
        <translation>Neues Teammitglied</translation>
    </message>
    <message>
        <source>Add a team member</source>
        <translation>Teammitglied hinzufügen</translation>
    </message>
    <message>
        <source>Remove team member</source>
        <translation>Teammitglied entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from the account team? Their relationships to the customer&apos;s people go with them.

Ctrl+Z brings everything back.</source>
        <translation>%1 aus dem Account-Team entfernen? Die Beziehungen zu den Personen des Kunden werden mit entfernt.

Strg+Z holt alles zurück.</translation>
    </message>
    <message>
        <source>Remove %1 from the team</source>
        <translation>%1 aus dem Team entfernen</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>%1 verschieben</translation>
    </message>
</context>
<context>
    <name>Tier</name>
    <message>
        <source>Gold</source>
        <extracomment>(name, threshold)</extracomment>
        <translation>Gold</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>Silber</translation>
    </message>
    <message>
        <source>Bronze</source>
        <translation>Bronze</translation>
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
    <name>ValueStatement</name>
    <message>
        <source>included</source>
        <translation>inklusive</translation>
    </message>
    <message>
        <source>included, invoiced at %1</source>
        <translation>inklusive, mit %1 berechnet</translation>
    </message>
    <message>
        <source>invoiced as agreed</source>
        <translation>wie vereinbart berechnet</translation>
    </message>
    <message>
        <source>Services for %1</source>
        <translation>Leistungen für %1</translation>
    </message>
    <message>
        <source>What you receive from us at no charge:</source>
        <translation>Was Sie von uns ohne Berechnung erhalten:</translation>
    </message>
    <message>
        <source>Worth a year: %1</source>
        <translation>Wert pro Jahr: %1</translation>
    </message>
    <message>
        <source>Further services you use:</source>
        <translation>Weitere Leistungen, die Sie nutzen:</translation>
    </message>
    <message>
        <source>Also included for you, not used yet:</source>
        <translation>Ebenfalls für Sie inklusive, noch nicht genutzt:</translation>
    </message>
    <message>
        <source>No services recorded yet.</source>
        <translation>Noch keine Leistungen erfasst.</translation>
    </message>
</context>
<context>
    <name>ValueStatementView</name>
    <message>
        <source>Nothing recorded yet: add the services this account receives.</source>
        <translation>Noch nichts erfasst: Erfassen Sie die Leistungen, die dieser Account erhält.</translation>
    </message>
    <message>
        <source>What %1 receives from us</source>
        <translation>Was %1 von uns erhält</translation>
    </message>
    <message>
        <source>Value a year</source>
        <translation>Wert pro Jahr</translation>
    </message>
    <message>
        <source>Further services you use:</source>
        <translation>Weitere Leistungen, die Sie nutzen:</translation>
    </message>
    <message>
        <source>Also included for you, not used yet:</source>
        <translation>Ebenfalls für Sie inklusive, noch nicht genutzt:</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <source>Subject</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Nächste Schritte</translation>
    </message>
    <message>
        <source>&amp;New visit report</source>
        <translation>&amp;Neuer Besuchsbericht</translation>
    </message>
    <message>
        <source>Write a report of today&apos;s visit (Ctrl+Shift+A)</source>
        <translation>Einen Bericht zum heutigen Besuch schreiben (Strg+Umschalt+A)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>&amp;Thema</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <source>We &amp;met</source>
        <translation>Gesprochen &amp;mit</translation>
    </message>
    <message>
        <source>For &amp;us</source>
        <translation>Für &amp;uns</translation>
    </message>
    <message>
        <source>&amp;Outcomes</source>
        <translation>&amp;Ergebnisse</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otizen</translation>
    </message>
    <message>
        <source>Ne&amp;xt steps</source>
        <translation>Nä&amp;chste Schritte</translation>
    </message>
    <message>
        <source>What the visit was about</source>
        <translation>Worum es beim Besuch ging</translation>
    </message>
    <message>
        <source>Name, function — Enter adds the person</source>
        <translation>Name, Funktion – Eingabetaste fügt die Person hinzu</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>What was agreed or learned</source>
        <translation>Was vereinbart oder erfahren wurde</translation>
    </message>
    <message>
        <source>Impressions, moods, what was said between the lines</source>
        <translation>Eindrücke, Stimmungen, was zwischen den Zeilen gesagt wurde</translation>
    </message>
    <message>
        <source>One next step per line</source>
        <translation>Ein nächster Schritt pro Zeile</translation>
    </message>
    <message>
        <source>Next step → &amp;action</source>
        <translation>Nächster Schritt → &amp;Maßnahme</translation>
    </message>
    <message>
        <source>Turn the next step at the cursor into an action of the plan (Ctrl+Shift+T)</source>
        <translation>Den nächsten Schritt an der Schreibmarke zur Maßnahme des Plans machen (Strg+Umschalt+T)</translation>
    </message>
    <message>
        <source>No visit reports yet.

Right after a visit, press Ctrl+Shift+A and write down who you met, what came out of it and the next steps.</source>
        <translation>Noch keine Besuchsberichte.

Direkt nach einem Besuch Strg+Umschalt+A drücken und notieren, mit wem Sie gesprochen haben, was herauskam und was als Nächstes zu tun ist.</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besuch</translation>
    </message>
    <message>
        <source>Actions from this visit: %1</source>
        <translation>Maßnahmen aus diesem Besuch: %1</translation>
    </message>
    <message>
        <source>New visit report</source>
        <translation>Neuer Besuchsbericht</translation>
    </message>
    <message>
        <source>Delete visit report</source>
        <translation>Besuchsbericht löschen</translation>
    </message>
    <message>
        <source>Delete the visit report “%1”?

Ctrl+Z brings it back.</source>
        <translation>Den Besuchsbericht „%1“ löschen?

Strg+Z holt ihn zurück.</translation>
    </message>
    <message>
        <source>Delete visit report “%1”</source>
        <translation>Besuchsbericht „%1“ löschen</translation>
    </message>
    <message>
        <source>Ctrl+Z undoes it.</source>
        <translation>Strg+Z macht es rückgängig.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>visit date</source>
        <translation>Besuchsdatum</translation>
    </message>
    <message>
        <source>Add %1 to the visit</source>
        <translation>%1 zum Besuch hinzufügen</translation>
    </message>
    <message>
        <source>Remove %1 from the visit</source>
        <translation>%1 aus dem Besuch entfernen</translation>
    </message>
    <message>
        <source>%1 was at the visit</source>
        <translation>%1 war beim Besuch</translation>
    </message>
    <message>
        <source>%1 was not at the visit</source>
        <translation>%1 war nicht beim Besuch</translation>
    </message>
    <message>
        <source>Write a next step first, one per line.</source>
        <translation>Zuerst einen nächsten Schritt schreiben, einen pro Zeile.</translation>
    </message>
    <message>
        <source>Next step → action</source>
        <translation>Nächster Schritt → Maßnahme</translation>
    </message>
    <message>
        <source>Action from the visit: %1</source>
        <translation>Maßnahme aus dem Besuch: %1</translation>
    </message>
    <message>
        <source>Action “%1” added, due %2.</source>
        <translation>Maßnahme „%1“ angelegt, fällig am %2.</translation>
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
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>The customer-safe view undoes only changes to this account; that step changed another account or the workspace. Leave the customer-safe view to undo it.</source>
        <translation>In der kundensicheren Ansicht wird nur an diesem Account rückgängig gemacht; dieser Schritt betraf einen anderen Account oder den Arbeitsbereich. Verlassen Sie die kundensichere Ansicht, um ihn rückgängig zu machen.</translation>
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
    <message>
        <source>End Workshop</source>
        <translation>Workshop beenden</translation>
    </message>
    <message>
        <source>Larger workshop text (Ctrl+Shift++)</source>
        <translation>Workshop-Schrift größer (Strg+Umschalt++)</translation>
    </message>
    <message>
        <source>Smaller workshop text (Ctrl+Shift+-)</source>
        <translation>Workshop-Schrift kleiner (Strg+Umschalt+-)</translation>
    </message>
    <message>
        <source>Previous tab (PgUp in workshop mode, Ctrl+PgUp)</source>
        <translation>Voriger Reiter (Bild↑ im Workshop-Modus, Strg+Bild↑)</translation>
    </message>
    <message>
        <source>Next tab (PgDown in workshop mode, Ctrl+PgDown)</source>
        <translation>Nächster Reiter (Bild↓ im Workshop-Modus, Strg+Bild↓)</translation>
    </message>
    <message>
        <source>Customer-safe view</source>
        <translation>Kundensichere Ansicht</translation>
    </message>
    <message>
        <source>Internal information visible</source>
        <translation>Interne Informationen sichtbar</translation>
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
