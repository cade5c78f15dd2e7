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
    <name>BoardFieldBinder</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
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
        <source>import a JSON bundle, or accounts from a .csv/.xlsx list</source>
        <translation>ein JSON-Bundle importieren oder Accounts aus einer .csv/.xlsx-Liste</translation>
    </message>
    <message>
        <source>%1: cannot import %2 files (supported: .json, .csv, .xlsx; contacts: .vcf or .csv with --account).</source>
        <translation>%1: %2-Dateien können nicht importiert werden (unterstützt: .json, .csv, .xlsx; Kontakte: .vcf oder .csv mit --account).</translation>
    </message>
    <message>
        <source>%n account(s) imported from %1</source>
        <translation>%n Account(s) aus %1 importiert</translation>
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
        <source>%1: %2: skipped, %3</source>
        <translation>%1: %2: übersprungen, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) imported into %1</source>
        <translation>
            <numerusform>%n Kontakt in %1 importiert</numerusform>
            <numerusform>%n Kontakte in %1 importiert</numerusform>
        </translation>
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
        <source>e.g. 2025-03-31 or 31.3.2025</source>
        <translation>z. B. 31.3.2025 oder 2025-03-31</translation>
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
        <source>Each account gets a score from 0 to 10 per criterion. A weight counts as its share of all weights (now %1 in total), so the shares always add up to 100 %.</source>
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
    <name>DateEdit</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>TT.MM.JJJJ</translation>
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
        <source>Minden (headquarters, central purchasing); Porta Westfalica (assembly); Brno, CZ (plant)</source>
        <translation>Minden (Zentrale, Zentraleinkauf); Porta Westfalica (Montage); Brno, CZ (Werk)</translation>
    </message>
    <message>
        <source>Cut the process cost of C-parts purchasing by 15 % by 2027. One supplier for tools and fasteners across all three sites. No assembly stop for want of a part.</source>
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
        <source>Head of Purchasing</source>
        <translation>Leiterin Einkauf</translation>
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
        <source>%1: more than %n rows; split the file.</source>
        <translation>%1: mehr als %n Zeilen; bitte die Datei aufteilen.</translation>
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
        <source>%1: %n row(s) with problems; nothing was imported.</source>
        <translation>%1: %n Zeile(n) mit Problemen; es wurde nichts importiert.</translation>
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
        <source>e.g. 2025-03-31 or 31.3.2025</source>
        <translation>z. B. 31.3.2025 oder 2025-03-31</translation>
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
        <source>Cannot order yet — %n prerequisite(s) missing.</source>
        <translation>Noch nicht bestellbereit — %n Voraussetzung(en) fehlen.</translation>
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
        <source>%1: expires on %2 (in %n day(s)) — renegotiate now.</source>
        <translation>%1: läuft am %2 ab (in %n Tag(en)) — jetzt neu verhandeln.</translation>
    </message>
    <message>
        <source>Agreement ends in %n day(s)</source>
        <translation>Vertrag endet in %n Tag(en)</translation>
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
        <source>&amp;Export Accounts…</source>
        <translation>Accounts e&amp;xportieren …</translation>
    </message>
    <message>
        <source>Write all accounts to a kamdesk bundle (.json)</source>
        <translation>Alle Accounts in ein kamdesk-Paket (.json) schreiben</translation>
    </message>
    <message>
        <source>Import accounts from a kamdesk bundle (.json) or a table from a CRM or Excel (.csv, .xlsx)</source>
        <translation>Accounts aus einem kamdesk-Bundle (.json) oder einer Tabelle aus CRM oder Excel (.csv, .xlsx) importieren</translation>
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
        <source>The whole portfolio: ranking, Key Account matrix, criteria and tiers (Ctrl+Shift+P)</source>
        <translation>Das ganze Portfolio: Rangliste, Key-Account-Matrix, Kriterien und Stufen (Strg+Umschalt+P)</translation>
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
    <name>Phase</name>
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
        <source>The name is longer than %n characters.</source>
        <translation>Der Name ist länger als %n Zeichen.</translation>
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
    <name>ProfileTab</name>
    <message>
        <source>Profile</source>
        <extracomment>tables whose changes concern the sections that show portfolio-wide results</extracomment>
        <translation>Profil</translation>
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
        <source>&apos;%1&apos; is not a date (e.g. 2025-03-31 or 31.3.2025).</source>
        <translation>„%1“ ist kein Datum (z. B. 31.3.2025 oder 2025-03-31).</translation>
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
        <source>Relationships</source>
        <translation>Beziehungen</translation>
    </message>
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
    <message numerus="yes">
        <source>The name is longer than %n characters.</source>
        <translation>
            <numerusform>Der Name ist länger als %n Zeichen.</numerusform>
            <numerusform>Der Name ist länger als %n Zeichen.</numerusform>
        </translation>
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
