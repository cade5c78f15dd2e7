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
    <message numerus="yes">
        <source>%n × %1 not imported%2: kamdesk has no such element.</source>
        <translation>
            <numerusform>%n × %1 nicht importiert%2: kamdesk kennt dieses Element nicht.</numerusform>
            <numerusform>%n × %1 nicht importiert%2: kamdesk kennt dieses Element nicht.</numerusform>
        </translation>
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
        <source>procurement maps as BPMN 2.0 XML</source>
        <translation>Beschaffungsprozesse als BPMN-2.0-XML</translation>
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
        <source>&lt; 250 €: order directly</source>
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
    <name>Procurement</name>
    <message>
        <source>&apos;%1&apos; is not an amount (e.g. 250 or 5.000).</source>
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
    <name>ProcurementScene</name>
    <message>
        <source>Approval</source>
        <extracomment>fill, border, band (title bar) colour per kind</extracomment>
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
        <source>Procurement</source>
        <translation>Beschaffung</translation>
    </message>
    <message>
        <source>Delete</source>
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
