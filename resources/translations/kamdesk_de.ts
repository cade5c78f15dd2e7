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
        <source>render the main window into a PNG</source>
        <translation>das Hauptfenster als PNG ausgeben</translation>
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
    <message numerus="yes">
        <source>%n service(s) written to %1</source>
        <translation>
            <numerusform>%n Leistung nach %1 geschrieben</numerusform>
            <numerusform>%n Leistungen nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 service(s) read, %3 cell(s) and %4 service(s) changed.</source>
        <translation>%1: %2 Leistung(en) gelesen, %3 Zelle(n) und %4 Leistung(en) geändert.</translation>
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
        <source>3 % on the group&apos;s purchases last year.</source>
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
    <name>FieldBinder</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
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
    <name>LegendBar</name>
    <message>
        <source>Keys 1–5 set the mode of the selected cells; Enter edits mode and price.</source>
        <translation>Die Tasten 1–5 setzen die Art der markierten Zellen; Enter bearbeitet Art und Preis.</translation>
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
    <message numerus="yes">
        <source> (and %n more problem(s))</source>
        <translation>
            <numerusform> (und %n weiteres Problem)</numerusform>
            <numerusform> (und %n weitere Probleme)</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>%1 is longer than %n characters.</source>
        <translation>
            <numerusform>%1 ist länger als %n Zeichen.</numerusform>
            <numerusform>%1 ist länger als %n Zeichen.</numerusform>
        </translation>
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
        <source>Services</source>
        <extracomment>widths of the columns after the service&apos;s name; the name takes the rest (at least SERVICE_MIN), and the internal note is shown when there is room for it</extracomment>
        <translation>Leistungen</translation>
    </message>
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
    <name>ValueStatement</name>
    <message>
        <source>included</source>
        <translation>inklusive</translation>
    </message>
    <message>
        <source>included, invoiced at 0 €</source>
        <translation>inklusive, mit 0 € berechnet</translation>
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
