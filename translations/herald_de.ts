<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Herald</source>
        <translation>Über Herald</translation>
    </message>
    <message>
        <source>A desktop reader for Python release announcements. It keeps every Python Insider post offline and knows which Python series are still supported.</source>
        <translation>Ein Desktop-Leser für Python-Release-Ankündigungen. Er hält jeden Beitrag von Python Insider offline bereit und weiß, welche Python-Serien noch unterstützt werden.</translation>
    </message>
    <message>
        <source>Runs against:</source>
        <translation>Läuft mit:</translation>
    </message>
</context>
<context>
    <name>CommandLineTool</name>
    <message>
        <source>error: </source>
        <translation>Fehler: </translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>Warnung: </translation>
    </message>
</context>
<context>
    <name>DependencyImportDialog</name>
    <message>
        <source>Import Dependencies</source>
        <translation>Abhängigkeiten importieren</translation>
    </message>
    <message>
        <source>&amp;Every locked package, not only the direct dependencies</source>
        <translation>&amp;Jedes gesperrte Paket, nicht nur die direkten Abhängigkeiten</translation>
    </message>
    <message>
        <source>Dependencies to follow</source>
        <translation>Zu verfolgende Abhängigkeiten</translation>
    </message>
</context>
<context>
    <name>FeedParser</name>
    <message>
        <source>Unknown character encoding “%1”; read the document as UTF-8</source>
        <translation>Unbekannte Zeichenkodierung „%1“; das Dokument wurde als UTF-8 gelesen</translation>
    </message>
    <message>
        <source>The document says it is UTF-8 but is not; read it as Windows-1252</source>
        <translation>Das Dokument gibt UTF-8 an, ist es aber nicht; es wurde als Windows-1252 gelesen</translation>
    </message>
    <message>
        <source>The document has bytes that are not valid %1; they were replaced</source>
        <translation>Das Dokument enthält Bytes, die kein gültiges %1 sind; sie wurden ersetzt</translation>
    </message>
    <message>
        <source>Removed control characters that XML does not allow</source>
        <translation>Steuerzeichen entfernt, die XML nicht erlaubt</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <source>Item %1 (“%2”)</source>
        <translation>Eintrag %1 („%2“)</translation>
    </message>
    <message>
        <source>%1 has a title of %2 characters; cut to %3</source>
        <translation>%1 hat einen Titel mit %2 Zeichen; auf %3 gekürzt</translation>
    </message>
    <message>
        <source>%1: cannot read the date “%2”</source>
        <translation>%1: das Datum „%2“ ist nicht lesbar</translation>
    </message>
    <message>
        <source>%1 has no link</source>
        <translation>%1 hat keinen Link</translation>
    </message>
    <message>
        <source>%1 has no date</source>
        <translation>%1 hat kein Datum</translation>
    </message>
    <message>
        <source>The feed</source>
        <translation>Der Feed</translation>
    </message>
    <message>
        <source>%1 repeats the id “%2” of item %3; kept the first</source>
        <translation>%1 wiederholt die ID „%2“ von Eintrag %3; der erste wurde behalten</translation>
    </message>
    <message>
        <source>The document is empty</source>
        <translation>Das Dokument ist leer</translation>
    </message>
    <message>
        <source>This is an HTML page, not a feed</source>
        <translation>Das ist eine HTML-Seite, kein Feed</translation>
    </message>
    <message>
        <source>The document is not well-formed XML: %1 (line %2, column %3)</source>
        <translation>Das Dokument ist kein wohlgeformtes XML: %1 (Zeile %2, Spalte %3)</translation>
    </message>
    <message>
        <source>This is XML but not a feed: its root element is &lt;%1&gt;, not &lt;rss&gt;, &lt;rdf:RDF&gt; or &lt;feed&gt;</source>
        <translation>Das ist XML, aber kein Feed: das Wurzelelement ist &lt;%1&gt;, nicht &lt;rss&gt;, &lt;rdf:RDF&gt; oder &lt;feed&gt;</translation>
    </message>
    <message>
        <source>The feed is not well-formed XML: %1 (line %2, column %3). Items read before it: %4</source>
        <translation>Der Feed ist kein wohlgeformtes XML: %1 (Zeile %2, Spalte %3). Davor gelesene Einträge: %4</translation>
    </message>
    <message>
        <source>KF6 Syndication could not read this %1 document (error %2)</source>
        <translation>KF6 Syndication konnte dieses %1-Dokument nicht lesen (Fehler %2)</translation>
    </message>
</context>
<context>
    <name>FrontmatterReader</name>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a map of keys and values</source>
        <translation>eine Zuordnung von Schlüsseln und Werten</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; should be text, not %2</source>
        <translation>„%1“ sollte Text sein, nicht %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; should be a date like 2024-05-01, not %2</source>
        <translation>„%1“ sollte ein Datum wie 2024-05-01 sein, nicht %2</translation>
    </message>
    <message>
        <source>An item of &quot;%1&quot; should be text, not %2</source>
        <translation>Ein Eintrag von „%1“ sollte Text sein, nicht %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; should be a list, not %2</source>
        <translation>„%1“ sollte eine Liste sein, nicht %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; should be true or false, not %2</source>
        <translation>„%1“ sollte true oder false sein, nicht %2</translation>
    </message>
    <message>
        <source>The frontmatter starting on line 1 is never closed with ---</source>
        <translation>Der Frontmatter-Block ab Zeile 1 wird nie mit --- geschlossen</translation>
    </message>
    <message>
        <source>The frontmatter is not valid YAML: %1</source>
        <translation>Der Frontmatter-Block ist kein gültiges YAML: %1</translation>
    </message>
    <message>
        <source>The frontmatter is not valid YAML: %1 (line %2, column %3)</source>
        <translation>Der Frontmatter-Block ist kein gültiges YAML: %1 (Zeile %2, Spalte %3)</translation>
    </message>
    <message>
        <source>The frontmatter should be keys with values (title: ...), not %1</source>
        <translation>Der Frontmatter-Block sollte aus Schlüsseln mit Werten bestehen (title: ...), nicht aus %1</translation>
    </message>
</context>
<context>
    <name>GuiApplication</name>
    <message>
        <source>Could not write the screenshot to %1</source>
        <translation>Das Bildschirmfoto konnte nicht nach %1 geschrieben werden</translation>
    </message>
    <message>
        <source>Saved %1 (%2x%3)</source>
        <translation>%1 gespeichert (%2x%3)</translation>
    </message>
    <message>
        <source>Herald cannot start</source>
        <translation>Herald kann nicht starten</translation>
    </message>
    <message>
        <source>The database was damaged</source>
        <translation>Die Datenbank war beschädigt</translation>
    </message>
    <message>
        <source>No stored post has the id &quot;%1&quot;</source>
        <translation>Kein gespeicherter Beitrag hat die ID „%1“</translation>
    </message>
</context>
<context>
    <name>Herald::AboutDialog</name>
    <message>
        <source>Herald %1</source>
        <translation>Herald %1</translation>
    </message>
    <message>
        <source>Licensed under the %1 (%2).</source>
        <translation>Lizenziert unter der %1 (%2).</translation>
    </message>
    <message>
        <source>Home page: %1</source>
        <translation>Webseite: %1</translation>
    </message>
    <message>
        <source>Report bugs at %1</source>
        <translation>Fehler melden unter %1</translation>
    </message>
</context>
<context>
    <name>Herald::Autostart</name>
    <message>
        <source>Cannot change the registry value %1</source>
        <translation>Der Registrierungswert %1 kann nicht geändert werden</translation>
    </message>
    <message>
        <source>There is no configuration folder to keep the login item in</source>
        <translation>Es gibt keinen Konfigurationsordner, in dem der Autostart-Eintrag liegen könnte</translation>
    </message>
    <message>
        <source>Cannot remove %1: %2</source>
        <translation>%1 kann nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Python release announcements</source>
        <translation>Python-Release-Ankündigungen</translation>
    </message>
</context>
<context>
    <name>Herald::BackgroundController</name>
    <message>
        <source>%1 today</source>
        <translation>%1 heute</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n day(s)</source>
        <translation>
            <numerusform>%1 in %n Tag</numerusform>
            <numerusform>%1 in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Python(s) to update</source>
        <translation>
            <numerusform>%n Python zu aktualisieren</numerusform>
            <numerusform>%n Pythons zu aktualisieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of your Pythons to update</source>
        <translation>
            <numerusform>%n Ihrer Pythons zu aktualisieren</numerusform>
            <numerusform>%n Ihrer Pythons zu aktualisieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n day(s) overdue</source>
        <translation>
            <numerusform>%1, %n Tag überfällig</numerusform>
            <numerusform>%1, %n Tage überfällig</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Herald::CalendarCommand</name>
    <message>
        <source>error: </source>
        <translation>Fehler: </translation>
    </message>
    <message>
        <source>error: Herald has no release data for a calendar yet; it comes with a sync (herald --sync)</source>
        <translation>Fehler: Herald hat noch keine Release-Daten für einen Kalender; sie kommen mit einem Abgleich (herald --sync)</translation>
    </message>
    <message>
        <source>error: cannot write the calendar to standard output</source>
        <translation>Fehler: Der Kalender kann nicht auf die Standardausgabe geschrieben werden</translation>
    </message>
    <message>
        <source>error: cannot write %1: %2</source>
        <translation>Fehler: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Wrote the release calendar to %1</source>
        <translation>Release-Kalender nach %1 geschrieben</translation>
    </message>
</context>
<context>
    <name>Herald::CheckCommand</name>
    <message>
        <source>error: </source>
        <translation>Fehler: </translation>
    </message>
    <message>
        <source>error: Herald has no release data to judge by yet; it comes with a sync (herald --sync)</source>
        <translation>Fehler: Herald hat noch keine Release-Daten zum Beurteilen; sie kommen mit einem Abgleich (herald --sync)</translation>
    </message>
    <message>
        <source>No Python interpreter found. Looked in: %1</source>
        <translation>Kein Python-Interpreter gefunden. Gesucht in: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n interpreter(s) judged on %1: </source>
        <translation>
            <numerusform>%n Interpreter am %1 beurteilt: </numerusform>
            <numerusform>%n Interpreter am %1 beurteilt: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 up to date, %2 behind, %3 missing a security release or past end of life</source>
        <translation>%1 aktuell, %2 im Rückstand, %3 ohne Sicherheits-Release oder nach Lebensende</translation>
    </message>
    <message>
        <source>Python %1: %2</source>
        <translation>Python %1: %2</translation>
    </message>
    <message>
        <source>end of life %1</source>
        <translation>Lebensende %1</translation>
    </message>
    <message>
        <source>newest %1</source>
        <translation>neueste %1</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>fehlt %1</translation>
    </message>
    <message>
        <source>security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>security: %1</source>
        <translation>Sicherheit: %1</translation>
    </message>
    <message>
        <source>(not announced)</source>
        <translation>(nicht angekündigt)</translation>
    </message>
    <message numerus="yes">
        <source>next: %1 expected %2 (in %n day(s))</source>
        <translation>
            <numerusform>nächste: %1 erwartet am %2 (in %n Tag)</numerusform>
            <numerusform>nächste: %1 erwartet am %2 (in %n Tagen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Python %1: end of life since %2</source>
        <translation>Python %1: Lebensende seit %2</translation>
    </message>
    <message numerus="yes">
        <source>(+%n issue(s))</source>
        <translation>
            <numerusform>(+%n Issue)</numerusform>
            <numerusform>(+%n Issues)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not judged (another implementation, an unknown series, or unusable)</source>
        <translation>
            <numerusform>%n nicht beurteilt (eine andere Implementierung, eine unbekannte Serie oder unbrauchbar)</numerusform>
            <numerusform>%n nicht beurteilt (andere Implementierungen, unbekannte Serien oder unbrauchbar)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>next: %1 expected %2 (%n day(s) overdue)</source>
        <translation>
            <numerusform>nächste: %1 erwartet am %2 (%n Tag überfällig)</numerusform>
            <numerusform>nächste: %1 erwartet am %2 (%n Tage überfällig)</numerusform>
        </translation>
    </message>
    <message>
        <source>note: </source>
        <translation>Hinweis: </translation>
    </message>
    <message>
        <source>error: no dependency of %1 could be judged: herald --import-deps %1 follows them, and a sync fetches their releases</source>
        <translation>Fehler: keine Abhängigkeit von %1 ließ sich beurteilen: herald --import-deps %1 verfolgt sie, und eine Synchronisierung holt ihre Releases</translation>
    </message>
</context>
<context>
    <name>Herald::CommandLine</name>
    <message>
        <source>Herald follows Python release announcements and keeps them readable offline.</source>
        <translation>Herald verfolgt Python-Release-Ankündigungen und hält sie offline lesbar.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>--size wants WIDTHxHEIGHT, for example 1280x800, not &quot;%1&quot;</source>
        <translation>--size erwartet BREITExHÖHE, zum Beispiel 1280x800, nicht „%1“</translation>
    </message>
    <message>
        <source>List the stored posts, newest first, and exit.</source>
        <translation>Die gespeicherten Beiträge auflisten, die neuesten zuerst, und beenden.</translation>
    </message>
    <message>
        <source>Parse one feed document (a file or an http(s) URL) without touching the store, print what was understood and exit.</source>
        <translation>Ein Feed-Dokument (eine Datei oder eine http(s)-URL) lesen, ohne den Speicher anzufassen, ausgeben, was verstanden wurde, und beenden.</translation>
    </message>
    <message>
        <source>Keep the database in &lt;dir&gt; instead of the platform&apos;s app-data directory.</source>
        <translation>Die Datenbank in &lt;dir&gt; statt im Anwendungsdatenverzeichnis der Plattform halten.</translation>
    </message>
    <message>
        <source>Rewrite every outgoing URL that starts with FROM to start with TO instead (repeatable; also $HERALD_URL_MAP, pairs separated by &apos;;&apos;). Example: https://=http://127.0.0.1:8080/</source>
        <translation>Jede ausgehende URL, die mit VON beginnt, so umschreiben, dass sie mit NACH beginnt (wiederholbar; auch $HERALD_URL_MAP, Paare durch &apos;;&apos; getrennt). Beispiel: https://=http://127.0.0.1:8080/</translation>
    </message>
    <message>
        <source>Render the main window offscreen, save it as a PNG to &lt;file&gt; and exit.</source>
        <translation>Das Hauptfenster ohne Bildschirm zeichnen, als PNG in &lt;file&gt; speichern und beenden.</translation>
    </message>
    <message>
        <source>Window size for --screenshot, as WIDTHxHEIGHT (default 1280x800).</source>
        <translation>Fenstergröße für --screenshot, als BREITExHÖHE (Standard 1280x800).</translation>
    </message>
    <message>
        <source>Print the release timeline (each series with its status and end of life, then its releases and the posts announcing them) and exit.</source>
        <translation>Die Release-Zeitleiste ausgeben (jede Serie mit Status und Support-Ende, dann ihre Releases und die Beiträge, die sie ankündigen) und beenden.</translation>
    </message>
    <message>
        <source>Start in the system tray without showing the window.</source>
        <translation>Im Systemabschnitt starten, ohne das Fenster anzuzeigen.</translation>
    </message>
    <message>
        <source>Print one stored post (its id as --list --json gives it, or its number) as text and exit.</source>
        <translation>Einen gespeicherten Beitrag (über seine ID, wie --list --json sie angibt, oder seine Nummer) als Text ausgeben und beenden.</translation>
    </message>
    <message>
        <source>With --show: print the HTML document the reader shows instead of text.</source>
        <translation>Mit --show: das HTML-Dokument, das die Leseansicht zeigt, statt Text ausgeben.</translation>
    </message>
    <message>
        <source>Herald cannot open its window: there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set).
Without one you can still use:
  herald --sync                     sync every source once
  herald --list                     the stored posts
  herald --show ID                  one stored post
  herald --version                  the library versions
  herald --screenshot FILE.png      render the window offscreen
  herald --help                     every command-line mode
or run it under a virtual display: xvfb-run herald</source>
        <translation>Herald kann sein Fenster nicht öffnen: Es gibt keine Anzeige (weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt).
Ohne Anzeige können Sie weiterhin verwenden:
  herald --sync                     jede Quelle einmal synchronisieren
  herald --list                     die gespeicherten Beiträge
  herald --show ID                  einen gespeicherten Beitrag
  herald --version                  die Versionen der Bibliotheken
  herald --screenshot FILE.png      das Fenster ohne Bildschirm zeichnen
  herald --help                     alle Befehlszeilenmodi
oder Herald mit einer virtuellen Anzeige ausführen: xvfb-run herald</translation>
    </message>
    <message>
        <source>--html goes with --show</source>
        <translation>--html gehört zu --show</translation>
    </message>
    <message>
        <source>Colour theme for this run: system, light or dark (the View menu sets it for good).</source>
        <translation>Farbschema für diesen Start: system, light oder dark (das Menü „Ansicht“ legt es dauerhaft fest).</translation>
    </message>
    <message>
        <source>--theme is system, light or dark, not &quot;%1&quot;</source>
        <translation>--theme ist system, light oder dark, nicht „%1“</translation>
    </message>
    <message>
        <source>--theme goes with the window or --screenshot</source>
        <translation>--theme gehört zum Fenster oder zu --screenshot</translation>
    </message>
    <message>
        <source>With --screenshot: search the post list for &lt;text&gt; first, as typed after /.</source>
        <translation>Mit --screenshot: zuerst die Beitragsliste nach &lt;text&gt; durchsuchen, wie nach / eingegeben.</translation>
    </message>
    <message>
        <source>--filter goes with --screenshot</source>
        <translation>--filter gehört zu --screenshot</translation>
    </message>
    <message>
        <source>Sync every source once, print a summary and exit (non-zero if a source or a post failed).</source>
        <translation>Jede Quelle einmal synchronisieren, eine Zusammenfassung ausgeben und beenden (Status ungleich null, wenn eine Quelle oder ein Beitrag fehlschlug).</translation>
    </message>
    <message>
        <source>--size %1x%2 is too large: at most %3 pixels a side and %4 megapixels</source>
        <translation>--size %1x%2 ist zu groß: höchstens %3 Pixel je Seite und %4 Megapixel</translation>
    </message>
    <message>
        <source>--size %1x%2 is too small: at least 200x150</source>
        <translation>--size %1x%2 ist zu klein: mindestens 200x150</translation>
    </message>
    <message>
        <source>Print what Herald does (network, sync, store, rendering, notifications) to standard error; QT_LOGGING_RULES=&quot;herald.sync.debug=true&quot; picks one area.</source>
        <translation>Gibt auf der Standardfehlerausgabe aus, was Herald tut (Netzwerk, Synchronisierung, Speicher, Darstellung, Benachrichtigungen); QT_LOGGING_RULES=&quot;herald.sync.debug=true&quot; wählt einen Bereich.</translation>
    </message>
    <message>
        <source>List the Python interpreters found on this machine, and where Herald looked, and exit.</source>
        <translation>Die Python-Interpreter dieses Rechners auflisten, und wo Herald gesucht hat, und beenden.</translation>
    </message>
    <message>
        <source>Write the expected releases and the end-of-life dates as an iCalendar file to &lt;file&gt; (- for standard output) and exit.</source>
        <translation>Die erwarteten Releases und die Lebensenden als iCalendar-Datei nach &lt;file&gt; schreiben (- für die Standardausgabe) und beenden.</translation>
    </message>
    <message>
        <source>With --list, --releases, --check, --pythons or --parse: print JSON instead of text.</source>
        <translation>Mit --list, --releases, --check, --pythons oder --parse: JSON statt Text ausgeben.</translation>
    </message>
    <message>
        <source>Follow a project&apos;s releases or any feed, print what was found and exit: a feed or web page URL, owner/repo or a GitHub URL, pypi:NAME or a PyPI URL, a Discourse category URL.</source>
        <translation>Den Releases eines Projekts oder einem beliebigen Feed folgen, ausgeben, was gefunden wurde, und beenden: eine Feed- oder Webseiten-URL, owner/repo oder eine GitHub-URL, pypi:NAME oder eine PyPI-URL, eine URL einer Discourse-Kategorie.</translation>
    </message>
    <message>
        <source>Stop following the source with this id (as --sources gives it) and exit.</source>
        <translation>Der Quelle mit dieser ID (wie --sources sie angibt) nicht mehr folgen und beenden.</translation>
    </message>
    <message>
        <source>List the followed sources with their state and exit.</source>
        <translation>Die verfolgten Quellen mit ihrem Zustand auflisten und beenden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a source id: --sources lists them</source>
        <translation>„%1“ ist keine Quellen-ID: --sources listet sie auf</translation>
    </message>
    <message>
        <source>--json goes with --list, --releases, --check, --pythons, --sources or --parse</source>
        <translation>--json gehört zu --list, --releases, --check, --pythons, --sources oder --parse</translation>
    </message>
    <message>
        <source>Follow every feed an OPML subscription list names (its folders too), print what was added and exit.</source>
        <translation>Jedem Feed folgen, den eine OPML-Abonnementliste nennt (auch ihren Ordnern), ausgeben, was hinzugefügt wurde, und beenden.</translation>
    </message>
    <message>
        <source>Write the followed sources and their folders as an OPML 2.0 subscription list to &lt;file&gt; (- for standard output) and exit.</source>
        <translation>Die verfolgten Quellen und ihre Ordner als OPML-2.0-Abonnementliste nach &lt;file&gt; schreiben (- für die Standardausgabe) und beenden.</translation>
    </message>
    <message>
        <source>Follow on PyPI every dependency a Python project names, and remember the versions it pins or locks: requirements*.txt, pyproject.toml, uv.lock or poetry.lock. Prints what was added and exits.</source>
        <translation>Jeder Abhängigkeit, die ein Python-Projekt nennt, auf PyPI folgen und die Versionen merken, die es festlegt oder sperrt: requirements*.txt, pyproject.toml, uv.lock oder poetry.lock. Gibt aus, was hinzukam, und beendet sich.</translation>
    </message>
    <message>
        <source>With --import-deps of a lock file: every locked package, not only the direct ones.</source>
        <translation>Mit --import-deps einer Lock-Datei: jedes gesperrte Paket, nicht nur die direkten.</translation>
    </message>
    <message>
        <source>With --import-deps: print what would be followed, and change nothing.</source>
        <translation>Mit --import-deps: ausgeben, was verfolgt würde, und nichts ändern.</translation>
    </message>
    <message>
        <source>With --check: judge the versions this dependency file pins or locks too (the same exit codes).</source>
        <translation>Mit --check: auch die Versionen beurteilen, die diese Abhängigkeitsdatei festlegt oder sperrt (dieselben Exit-Codes).</translation>
    </message>
    <message>
        <source>With --source: judge the source&apos;s series by this endoflife.date product; &quot;auto&quot; for the one its name suggests, &quot;none&quot; for no lifecycle.</source>
        <translation>Mit --source: die Serien der Quelle nach diesem Produkt auf endoflife.date beurteilen; „auto“ für das, was ihr Name nahelegt, „none“ für keinen Lebenszyklus.</translation>
    </message>
    <message>
        <source>With --sync, --list, --releases or --lifecycle: only the source with this id.</source>
        <translation>Mit --sync, --list, --releases oder --lifecycle: nur die Quelle mit dieser ID.</translation>
    </message>
    <message>
        <source>Choose one of --sync, --list, --releases, --check, --pythons, --calendar, --parse, --show, --follow, --unfollow, --sources, --import-opml, --export-opml, --import-deps, --lifecycle and --screenshot</source>
        <translation>Wähle eines von --sync, --list, --releases, --check, --pythons, --calendar, --parse, --show, --follow, --unfollow, --sources, --import-opml, --export-opml, --import-deps, --lifecycle und --screenshot</translation>
    </message>
    <message>
        <source>--source goes with --sync, --list, --releases or --lifecycle</source>
        <translation>--source gehört zu --sync, --list, --releases oder --lifecycle</translation>
    </message>
    <message>
        <source>--lifecycle needs --source: the source whose lifecycle it sets</source>
        <translation>--lifecycle braucht --source: die Quelle, deren Lebenszyklus es festlegt</translation>
    </message>
    <message>
        <source>--%1 goes with --import-deps</source>
        <translation>--%1 gehört zu --import-deps</translation>
    </message>
    <message>
        <source>--deps goes with --check</source>
        <translation>--deps gehört zu --check</translation>
    </message>
    <message>
        <source>--hidden starts the window in the system tray, so it does not go with --sync, --list, --releases, --check, --pythons, --calendar, --parse, --follow, --unfollow, --sources, --import-opml, --export-opml, --import-deps, --lifecycle or --screenshot</source>
        <translation>--hidden startet das Fenster im Systemabschnitt der Kontrollleiste und passt daher nicht zu --sync, --list, --releases, --check, --pythons, --calendar, --parse, --follow, --unfollow, --sources, --import-opml, --export-opml, --import-deps, --lifecycle oder --screenshot</translation>
    </message>
    <message>
        <source>Sync, then judge every Python interpreter on this machine against the releases: print each with what it misses and what to do, and exit 0 when all are up to date, 1 when one is behind a release, 2 when one misses a security release or is past its end of life (3: no release data). With --deps, the dependencies too (3 also when none of its pinned versions can be judged yet; 4: the file cannot be read).</source>
        <translation>Synchronisieren, dann jeden Python-Interpreter dieses Rechners an den Releases messen: jeden mit dem ausgeben, was ihm fehlt und was zu tun ist, und mit 0 enden, wenn alle aktuell sind, mit 1, wenn einer ein Release zurückliegt, mit 2, wenn einem ein Sicherheits-Release fehlt oder seine Unterstützung geendet hat (3: keine Release-Daten). Mit --deps auch die Abhängigkeiten (3 auch, wenn sich noch keine ihrer festgelegten Versionen beurteilen lässt; 4: die Datei ist nicht lesbar).</translation>
    </message>
</context>
<context>
    <name>Herald::Database</name>
    <message>
        <source>Cannot create the data directory %1</source>
        <translation>Das Datenverzeichnis %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed</source>
        <translation>Der SQLite-Treiber von Qt (QSQLITE) ist nicht installiert</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Herald (schema %2; this one knows %3)</source>
        <translation>%1 wurde von einer neueren Herald-Version geschrieben (Schema %2; diese kennt %3)</translation>
    </message>
    <message>
        <source>Cannot update the database to schema %1: %2</source>
        <translation>Die Datenbank kann nicht auf Schema %1 aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2) and could not be moved aside; Herald left it untouched.</source>
        <translation>Die Datenbank %1 ist beschädigt (%2) und konnte nicht beiseitegelegt werden; Herald hat sie unverändert gelassen.</translation>
    </message>
    <message>
        <source>The database %1 was damaged (%2). It was kept as %3, and a new one was started: the next sync fetches the posts again, but read and starred marks are in the old file.</source>
        <translation>Die Datenbank %1 war beschädigt (%2). Sie wurde als %3 aufbewahrt und eine neue angelegt: Die nächste Synchronisierung lädt die Beiträge erneut, die Gelesen- und Stern-Markierungen stehen aber in der alten Datei.</translation>
    </message>
    <message>
        <source>Cannot use the data directory %1: it is not writable</source>
        <translation>Das Datenverzeichnis %1 ist nicht verwendbar: es ist nicht beschreibbar</translation>
    </message>
    <message>
        <source>Cannot use the database %1: %2</source>
        <translation>Die Datenbank %1 ist nicht verwendbar: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: it does not exist</source>
        <translation>%1 lässt sich nicht öffnen: die Datei gibt es nicht</translation>
    </message>
</context>
<context>
    <name>Herald::DependenciesCommand</name>
    <message>
        <source>error: </source>
        <translation>Fehler: </translation>
    </message>
    <message>
        <source>note: </source>
        <translation>Hinweis: </translation>
    </message>
    <message>
        <source>error: nothing was imported from %1: %2</source>
        <translation>Fehler: aus %1 wurde nichts importiert: %2</translation>
    </message>
    <message>
        <source>%1: followed already, as source %2</source>
        <translation>%1: wird schon verfolgt, als Quelle %2</translation>
    </message>
    <message>
        <source>%1: would follow pypi:%2</source>
        <translation>%1: würde pypi:%2 verfolgen</translation>
    </message>
    <message>
        <source>%1: following as source %2</source>
        <translation>%1: wird als Quelle %2 verfolgt</translation>
    </message>
    <message numerus="yes">
        <source>%n dependency(ies) in %1 would be followed, in the folder %2</source>
        <translation>
            <numerusform>%n Abhängigkeit in %1 würde verfolgt, im Ordner %2</numerusform>
            <numerusform>%n Abhängigkeiten in %1 würden verfolgt, im Ordner %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dependency(ies) from %1 followed, in the folder %2</source>
        <translation>
            <numerusform>%n Abhängigkeit aus %1 wird verfolgt, im Ordner %2</numerusform>
            <numerusform>%n Abhängigkeiten aus %1 werden verfolgt, im Ordner %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n followed already</source>
        <translation>
            <numerusform>; %n wird schon verfolgt</numerusform>
            <numerusform>; %n werden schon verfolgt</numerusform>
        </translation>
    </message>
    <message>
        <source>herald --sync fetches their releases.</source>
        <translation>herald --sync holt ihre Releases.</translation>
    </message>
    <message>
        <source>not followed: herald --import-deps follows it</source>
        <translation>nicht verfolgt: herald --import-deps verfolgt sie</translation>
    </message>
    <message>
        <source>no version pinned or locked</source>
        <translation>keine Version festgelegt oder gesperrt</translation>
    </message>
    <message>
        <source>“%1” is no version Herald can compare</source>
        <translation>„%1“ ist keine Version, die Herald vergleichen kann</translation>
    </message>
    <message>
        <source>no releases stored yet: herald --sync fetches them</source>
        <translation>noch keine Releases gespeichert: herald --sync holt sie</translation>
    </message>
    <message numerus="yes">
        <source>%n dependency(ies) of %1 judged on %2: </source>
        <translation>
            <numerusform>%n Abhängigkeit von %1 am %2 beurteilt: </numerusform>
            <numerusform>%n Abhängigkeiten von %1 am %2 beurteilt: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 up to date, %2 behind, %3 past end of life</source>
        <translation>%1 aktuell, %2 im Rückstand, %3 nach dem Ende ihrer Unterstützung</translation>
    </message>
    <message numerus="yes">
        <source>%n not judged</source>
        <translation>
            <numerusform>%n nicht beurteilt</numerusform>
            <numerusform>%n nicht beurteilt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Herald::DependencyFile</name>
    <message>
        <source>%1 is no dependency file Herald reads: it reads requirements files (*.txt, *.in), pyproject.toml, uv.lock and poetry.lock</source>
        <translation>%1 ist keine Abhängigkeitsdatei, die Herald liest: es liest Requirements-Dateien (*.txt, *.in), pyproject.toml, uv.lock und poetry.lock</translation>
    </message>
</context>
<context>
    <name>Herald::DependencyImport</name>
    <message>
        <source>Dependencies</source>
        <translation>Abhängigkeiten</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Herald::DependencyImportDialog</name>
    <message>
        <source>&amp;Follow</source>
        <translation>&amp;Folgen</translation>
    </message>
    <message>
        <source>Nothing can be imported: %1</source>
        <translation>Nichts kann importiert werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n dependency(ies) of %1 will be followed on PyPI, in the folder “%2”</source>
        <translation>
            <numerusform>%n Abhängigkeit von %1 wird auf PyPI verfolgt, im Ordner „%2“</numerusform>
            <numerusform>%n Abhängigkeiten von %1 werden auf PyPI verfolgt, im Ordner „%2“</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n followed already</source>
        <translation>
            <numerusform>; %n wird schon verfolgt</numerusform>
            <numerusform>; %n werden schon verfolgt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Herald::DependencyPlanModel</name>
    <message>
        <source>not pinned</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>followed already</source>
        <translation>schon verfolgt</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>pypi:%1</source>
        <translation>pypi:%1</translation>
    </message>
    <message>
        <source>Only where %1</source>
        <translation>Nur wo %1</translation>
    </message>
    <message>
        <source>Followed already, as “%1”</source>
        <translation>Wird schon verfolgt, als „%1“</translation>
    </message>
    <message>
        <source>Dependency</source>
        <translation>Abhängigkeit</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Aus</translation>
    </message>
</context>
<context>
    <name>Herald::DependencyStatus</name>
    <message>
        <source>you use %1</source>
        <translation>du nutzt %1</translation>
    </message>
    <message>
        <source>%1 and %2 are out</source>
        <translation>%1 und %2 sind erschienen</translation>
    </message>
    <message>
        <source>%1 is out</source>
        <translation>%1 ist erschienen</translation>
    </message>
    <message>
        <source>%1 (LTS)</source>
        <translation>%1 (LTS)</translation>
    </message>
    <message>
        <source>%1 reached end of life on %2</source>
        <translation>%1 hat am %2 das Ende der Unterstützung erreicht</translation>
    </message>
    <message>
        <source>%1 reached end of life</source>
        <translation>%1 hat das Ende der Unterstützung erreicht</translation>
    </message>
    <message>
        <source>%1 gets security fixes until %2</source>
        <translation>%1 erhält Sicherheitskorrekturen bis %2</translation>
    </message>
    <message>
        <source>%1 gets security fixes only</source>
        <translation>%1 erhält nur noch Sicherheitskorrekturen</translation>
    </message>
    <message>
        <source>%1 is supported until %2</source>
        <translation>%1 wird bis %2 unterstützt</translation>
    </message>
    <message>
        <source>%1 is supported</source>
        <translation>%1 wird unterstützt</translation>
    </message>
</context>
<context>
    <name>Herald::FeedSourceSync</name>
    <message>
        <source>could not store how the sync of %1 went: %2</source>
        <translation>konnte nicht speichern, wie die Synchronisierung von %1 verlief: %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2): not a feed: %3</source>
        <translation>%1 (%2): kein Feed: %3</translation>
    </message>
    <message>
        <source>%1: cannot store posts: %2</source>
        <translation>%1: Beiträge können nicht gespeichert werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (kept the %n item(s) read before it)</source>
        <translation>
            <numerusform>%1: %2 (der %n zuvor gelesene Eintrag wurde behalten)</numerusform>
            <numerusform>%1: %2 (die %n zuvor gelesenen Einträge wurden behalten)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: cannot mark yanked releases: %2</source>
        <translation>%1: zurückgezogene Releases können nicht markiert werden: %2</translation>
    </message>
    <message>
        <source>could not store the validators of %1: %2</source>
        <translation>konnte die Validatoren von %1 nicht speichern: %2</translation>
    </message>
    <message>
        <source>could not store that %1 has no lifecycle: %2</source>
        <translation>Dass %1 keinen Lebenszyklus hat, konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>%1: no lifecycle from %2: %3</source>
        <translation>%1: kein Lebenszyklus von %2: %3</translation>
    </message>
    <message>
        <source>%1: %2 is no lifecycle: %3</source>
        <translation>%1: %2 ist kein Lebenszyklus: %3</translation>
    </message>
</context>
<context>
    <name>Herald::FindBar</name>
    <message>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Suchleiste schließen (Esc)</translation>
    </message>
    <message>
        <source>Find in post</source>
        <translation>Im Beitrag suchen</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Vorheriger Treffer (Umschalt+Eingabe)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Nächster Treffer (Eingabe)</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
</context>
<context>
    <name>Herald::FollowDialog</name>
    <message>
        <source>Follow</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <source>django/django, pypi:requests, or a feed or page URL</source>
        <translation>django/django, pypi:requests oder eine Feed- oder Seiten-URL</translation>
    </message>
    <message>
        <source>(No Folder)</source>
        <translation>(Kein Ordner)</translation>
    </message>
    <message>
        <source>&amp;Follow</source>
        <translation>&amp;Folgen</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Was:</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>A GitHub repository, a PyPI project, a Discourse category, or any feed or web page that names one.</source>
        <translation>Ein GitHub-Repository, ein PyPI-Projekt, eine Discourse-Kategorie oder ein beliebiger Feed oder eine Webseite, die einen nennt.</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>%1 wird nachgeschlagen …</translation>
    </message>
    <message>
        <source>Nothing to follow there.</source>
        <translation>Dort gibt es nichts zu folgen.</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n item(s)</source>
        <translation>
            <numerusform>%1, %n Eintrag</numerusform>
            <numerusform>%1, %n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Latest release: %1</source>
        <translation>Neuestes Release: %1</translation>
    </message>
    <message>
        <source>Latest: %1</source>
        <translation>Neuester Eintrag: %1</translation>
    </message>
    <message>
        <source>The page names another feed too: %1</source>
        <translation>Die Seite nennt noch einen Feed: %1</translation>
    </message>
    <message>
        <source>You follow this already, as “%1”.</source>
        <translation>Dem folgen Sie schon, als „%1“.</translation>
    </message>
</context>
<context>
    <name>Herald::ImageLoader</name>
    <message>
        <source>The SVG image declares XML entities.</source>
        <translation>Das SVG-Bild deklariert XML-Entitäten.</translation>
    </message>
    <message>
        <source>The SVG image refers to something outside it (%1).</source>
        <translation>Das SVG-Bild verweist auf etwas außerhalb seiner selbst (%1).</translation>
    </message>
    <message>
        <source>The SVG image is not valid XML: %1.</source>
        <translation>Das SVG-Bild ist kein gültiges XML: %1.</translation>
    </message>
    <message>
        <source>Herald loads images only from complete http and https addresses.</source>
        <translation>Herald lädt Bilder nur von vollständigen http- und https-Adressen.</translation>
    </message>
    <message>
        <source>Herald does not load images from %1.</source>
        <translation>Herald lädt keine Bilder von %1.</translation>
    </message>
    <message>
        <source>Herald does not load %1: images.</source>
        <translation>Herald lädt keine %1:-Bilder.</translation>
    </message>
    <message>
        <source>The server sent no image.</source>
        <translation>Der Server hat kein Bild gesendet.</translation>
    </message>
    <message>
        <source>This is not a PNG, JPEG, GIF or SVG image.</source>
        <translation>Das ist kein PNG-, JPEG-, GIF- oder SVG-Bild.</translation>
    </message>
    <message>
        <source>The %1 image has no size Herald can read: %2</source>
        <translation>Das %1-Bild hat keine Größe, die Herald lesen kann: %2</translation>
    </message>
    <message>
        <source>The image is %1 × %2 pixels, more than the %3 megapixels Herald shows.</source>
        <translation>Das Bild hat %1 × %2 Pixel, mehr als die %3 Megapixel, die Herald anzeigt.</translation>
    </message>
    <message>
        <source>The %1 image could not be decoded: %2</source>
        <translation>Das %1-Bild konnte nicht dekodiert werden: %2</translation>
    </message>
</context>
<context>
    <name>Herald::InterpreterAdvisor</name>
    <message>
        <source>%1 %2</source>
        <comment>day and month, then year: 14 Oct 2024</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Its version could not be learned</source>
        <translation>Seine Version ließ sich nicht ermitteln</translation>
    </message>
    <message>
        <source>%1 follows its own releases; Herald follows CPython&apos;s</source>
        <translation>%1 hat eigene Releases; Herald verfolgt die von CPython</translation>
    </message>
    <message>
        <source>Herald knows no releases of Python %1 yet</source>
        <translation>Herald kennt noch keine Releases von Python %1</translation>
    </message>
    <message>
        <source>%1 reached end of life on %2</source>
        <translation>%1 hat am %2 sein Lebensende erreicht</translation>
    </message>
    <message>
        <source>%1 has reached end of life</source>
        <translation>%1 hat sein Lebensende erreicht</translation>
    </message>
    <message>
        <source>%1: move to %2</source>
        <translation>%1: zu %2 wechseln</translation>
    </message>
    <message>
        <source>Up to date; %1 gets security fixes only, until %2</source>
        <translation>Aktuell; %1 bekommt nur noch Sicherheitskorrekturen, bis %2</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Upgrade to %1</source>
        <translation>Auf %1 aktualisieren</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n security fix(es))</source>
        <translation>
            <numerusform>%1 (%n Sicherheitsfix)</numerusform>
            <numerusform>%1 (%n Sicherheitsfixes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n release(s) behind)</source>
        <translation>
            <numerusform>%1 (%n Release zurück)</numerusform>
            <numerusform>%1 (%n Releases zurück)</numerusform>
        </translation>
    </message>
    <message>
        <source>Upgrade to %1: %2 final is out</source>
        <translation>Auf %1 aktualisieren: %2 ist erschienen</translation>
    </message>
</context>
<context>
    <name>Herald::InterpreterAlerts</name>
    <message>
        <source>Python %1 has reached its end of life</source>
        <translation>Python %1 hat sein Lebensende erreicht</translation>
    </message>
    <message>
        <source>Python %1 misses a security release</source>
        <translation>Python %1 fehlt ein Sicherheits-Release</translation>
    </message>
</context>
<context>
    <name>Herald::InterpreterDiscovery</name>
    <message>
        <source>a broken link: %1 does not exist</source>
        <translation>ein defekter Link: %1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is not an .exe; Herald does not run it</source>
        <translation>%1 ist keine .exe; Herald führt es nicht aus</translation>
    </message>
    <message>
        <source>%1 is not an executable file</source>
        <translation>%1 ist keine ausführbare Datei</translation>
    </message>
</context>
<context>
    <name>Herald::InterpreterModel</name>
    <message>
        <source>Waiting for the release data</source>
        <translation>Wartet auf die Release-Daten</translation>
    </message>
    <message>
        <source>also %1</source>
        <translation>auch %1</translation>
    </message>
    <message>
        <source>Next: %1, expected %2</source>
        <translation>Nächste: %1, erwartet am %2</translation>
    </message>
    <message>
        <source>Python %1 at %2: %3</source>
        <translation>Python %1 unter %2: %3</translation>
    </message>
    <message>
        <source>Choose it to see each release and its announcement in the timeline.</source>
        <translation>Wählen Sie ihn aus, um jede Version und ihre Ankündigung in der Zeitleiste zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>Next: %1, expected %2 (%n day(s) overdue)</source>
        <translation>
            <numerusform>Nächste: %1, erwartet am %2 (%n Tag überfällig)</numerusform>
            <numerusform>Nächste: %1, erwartet am %2 (%n Tage überfällig)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Herald::InterpreterProbe</name>
    <message>
        <source>could not be started: %1</source>
        <translation>ließ sich nicht starten: %1</translation>
    </message>
    <message numerus="yes">
        <source>did not answer within %n millisecond(s)</source>
        <translation>
            <numerusform>antwortete nicht binnen %n Millisekunde</numerusform>
            <numerusform>antwortete nicht binnen %n Millisekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>failed with exit code %1</source>
        <translation>scheiterte mit Exit-Code %1</translation>
    </message>
    <message>
        <source>failed with exit code %1: %2</source>
        <translation>scheiterte mit Exit-Code %1: %2</translation>
    </message>
    <message>
        <source>printed nothing Herald understands</source>
        <translation>gab nichts aus, was Herald versteht</translation>
    </message>
    <message>
        <source>printed something that is not a Python&apos;s answer: &quot;%1&quot;</source>
        <translation>gab etwas aus, das keine Antwort eines Pythons ist: „%1“</translation>
    </message>
</context>
<context>
    <name>Herald::InterpreterText</name>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>python.org installer</source>
        <translation>Installer von python.org</translation>
    </message>
    <message>
        <source>Windows registry</source>
        <translation>Windows-Registry</translation>
    </message>
    <message>
        <source>py launcher</source>
        <translation>py-Launcher</translation>
    </message>
    <message>
        <source>added by you</source>
        <translation>von Ihnen hinzugefügt</translation>
    </message>
    <message>
        <source>unknown version</source>
        <translation>unbekannte Version</translation>
    </message>
    <message>
        <source>%1 (Python %2)</source>
        <translation>%1 (Python %2)</translation>
    </message>
    <message>
        <source>%1 %2 (Python %3)</source>
        <translation>%1 %2 (Python %3)</translation>
    </message>
    <message>
        <source>%1 free-threaded</source>
        <translation>%1 free-threaded</translation>
    </message>
    <message>
        <source>virtual environment</source>
        <translation>virtuelle Umgebung</translation>
    </message>
    <message>
        <source>Missing %1 of %2</source>
        <translation>Fehlt %1 vom %2</translation>
    </message>
    <message>
        <source>Missing %1</source>
        <translation>Fehlt %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weitere</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source> (security)</source>
        <translation> (Sicherheit)</translation>
    </message>
    <message>
        <source> (security: %1)</source>
        <translation> (Sicherheit: %1)</translation>
    </message>
</context>
<context>
    <name>Herald::Lifecycle</name>
    <message>
        <source>%1: not JSON (%2 at byte %3)</source>
        <translation>%1: kein JSON (%2 bei Byte %3)</translation>
    </message>
    <message>
        <source>%1: expected a JSON object</source>
        <translation>%1: ein JSON-Objekt erwartet</translation>
    </message>
    <message>
        <source>%1: not an X.Y series, skipped</source>
        <translation>%1: keine X.Y-Serie, übersprungen</translation>
    </message>
    <message>
        <source>%1: expected an object, skipped</source>
        <translation>%1: ein Objekt erwartet, übersprungen</translation>
    </message>
    <message>
        <source>%1: no status</source>
        <translation>%1: kein Status</translation>
    </message>
    <message>
        <source>%1: unknown status &quot;%2&quot;</source>
        <translation>%1: unbekannter Status „%2“</translation>
    </message>
    <message>
        <source>%1: unreadable first_release &quot;%2&quot;</source>
        <translation>%1: first_release „%2“ ist nicht lesbar</translation>
    </message>
    <message>
        <source>%1: no end_of_life</source>
        <translation>%1: kein end_of_life</translation>
    </message>
    <message>
        <source>%1: unreadable end_of_life &quot;%2&quot;</source>
        <translation>%1: end_of_life „%2“ ist nicht lesbar</translation>
    </message>
    <message>
        <source>%1: no &quot;releases&quot; object</source>
        <translation>%1: kein „releases“-Objekt</translation>
    </message>
    <message>
        <source>%1: no &quot;metadata&quot; object</source>
        <translation>%1: kein „metadata“-Objekt</translation>
    </message>
    <message>
        <source>%1: expected a list of releases under an X.Y series, skipped</source>
        <translation>%1: unter einer X.Y-Serie wurde eine Liste von Releases erwartet, übersprungen</translation>
    </message>
    <message>
        <source>%1: unreadable stage &quot;%2&quot;, skipped</source>
        <translation>%1: Stufe „%2“ ist nicht lesbar, übersprungen</translation>
    </message>
    <message>
        <source>%1: %2 has an unknown state &quot;%3&quot;, skipped</source>
        <translation>%1: %2 hat einen unbekannten Zustand „%3“, übersprungen</translation>
    </message>
    <message>
        <source>%1: %2 has an unreadable date &quot;%3&quot;, skipped</source>
        <translation>%1: %2 hat ein unlesbares Datum „%3“, übersprungen</translation>
    </message>
    <message>
        <source>in development</source>
        <translation>in Entwicklung</translation>
    </message>
    <message>
        <source>pre-release</source>
        <translation>Vorabversion</translation>
    </message>
    <message>
        <source>bugfix</source>
        <translation>Fehlerbehebungen</translation>
    </message>
    <message>
        <source>security fixes only</source>
        <translation>nur Sicherheitskorrekturen</translation>
    </message>
    <message>
        <source>end of life</source>
        <translation>Support beendet</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>Herald::LockFile</name>
    <message>
        <source>an array of tables</source>
        <translation>ein Array von Tabellen</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>eine Tabelle</translation>
    </message>
    <message>
        <source>%1: a [[package]] has no name</source>
        <translation>%1: ein [[package]] hat keinen Namen</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>ein String</translation>
    </message>
    <message>
        <source>%1: no package in it is the project itself (one whose source is editable or virtual &quot;.&quot;), so every locked package was read</source>
        <translation>%1: kein Paket darin ist das Projekt selbst (eines, dessen Quelle editable oder virtual &quot;.&quot; ist), daher wurde jedes gesperrte Paket gelesen</translation>
    </message>
    <message>
        <source>%1: %2 is not in %3</source>
        <translation>%1: %2 steht nicht in %3</translation>
    </message>
    <message>
        <source>%1: %2 must be %3, not %4</source>
        <translation>%1: %2 muss %3 sein, nicht %4</translation>
    </message>
    <message>
        <source>%1: skipped %2, which comes from %3 %4</source>
        <translation>%1: %2 übersprungen, das aus %3 %4 stammt</translation>
    </message>
    <message>
        <source>a table with a name</source>
        <translation>eine Tabelle mit einem Namen</translation>
    </message>
    <message>
        <source>%1: %2 has no [[package]] in it, so its version is unknown</source>
        <translation>%1: %2 enthält kein [[package]], daher ist seine Version unbekannt</translation>
    </message>
    <message>
        <source>%1: there is no pyproject.toml beside it to tell which packages the project depends on itself, so every locked package was read</source>
        <translation>%1: daneben liegt keine pyproject.toml, die sagt, von welchen Paketen das Projekt selbst abhängt, daher wurde jedes gesperrte Paket gelesen</translation>
    </message>
</context>
<context>
    <name>Herald::MainWindow</name>
    <message>
        <source>Herald</source>
        <translation>Herald</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Release &amp;Timeline</source>
        <translation>Release-&amp;Zeitleiste</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Herald</source>
        <translation>Ü&amp;ber Herald</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Fetch new posts and release data (F5)</source>
        <translation>Neue Beiträge und Release-Daten abrufen (F5)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Next Post</source>
        <translation>&amp;Nächster Beitrag</translation>
    </message>
    <message>
        <source>&amp;Previous Post</source>
        <translation>&amp;Vorheriger Beitrag</translation>
    </message>
    <message>
        <source>&amp;Read On</source>
        <translation>&amp;Weiterlesen</translation>
    </message>
    <message>
        <source>Mark as &amp;Read/Unread</source>
        <translation>Als &amp;gelesen/ungelesen markieren</translation>
    </message>
    <message>
        <source>&amp;Star/Unstar</source>
        <translation>&amp;Stern setzen/entfernen</translation>
    </message>
    <message>
        <source>&amp;Filter Posts</source>
        <translation>Beiträge &amp;filtern</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisiere …</translation>
    </message>
    <message>
        <source>Fetching posts: %1 of %2</source>
        <translation>Beiträge werden geladen: %1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>Synced at %1: %n new post(s)</source>
        <translation>
            <numerusform>Synchronisiert um %1: %n neuer Beitrag</numerusform>
            <numerusform>Synchronisiert um %1: %n neue Beiträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced at %1: no new posts</source>
        <translation>Synchronisiert um %1: keine neuen Beiträge</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s), hover for details</source>
        <translation>
            <numerusform>%n Problem, Details im Tooltip</numerusform>
            <numerusform>%n Probleme, Details im Tooltip</numerusform>
        </translation>
    </message>
    <message>
        <source>Herald (%1 unread)</source>
        <translation>Herald (%1 ungelesen)</translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation>Zuletzt synchronisiert: %1</translation>
    </message>
    <message>
        <source>&amp;Unread Posts Only</source>
        <translation>Nur &amp;ungelesene Beiträge</translation>
    </message>
    <message>
        <source>&amp;Starred Posts Only</source>
        <translation>Nur Beiträge mit &amp;Stern</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <comment>theme</comment>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <comment>theme</comment>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <comment>theme</comment>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken …</translation>
    </message>
    <message>
        <source>E&amp;xport as PDF…</source>
        <translation>Als &amp;PDF exportieren …</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Find in Post…</source>
        <translation>Im Beitrag &amp;suchen …</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>Load &amp;Remote Images</source>
        <translation>&amp;Externe Bilder laden</translation>
    </message>
    <message>
        <source>Download the pictures in posts. When off, Herald requests nothing a post names.</source>
        <translation>Bilder in Beiträgen herunterladen. Wenn ausgeschaltet, ruft Herald nichts ab, worauf ein Beitrag verweist.</translation>
    </message>
    <message>
        <source>The post “%1” is not in Herald&apos;s archive yet.</source>
        <translation>Der Beitrag „%1“ ist noch nicht im Archiv von Herald.</translation>
    </message>
    <message>
        <source>Print Post</source>
        <translation>Beitrag drucken</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Configure Herald…</source>
        <translation>Herald &amp;einrichten …</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>Fenster &amp;schließen</translation>
    </message>
    <message>
        <source>Close the window; Herald keeps running only if the settings say so</source>
        <translation>Das Fenster schließen; Herald läuft nur weiter, wenn die Einstellungen es so vorsehen</translation>
    </message>
    <message>
        <source>Lifecycle data has not been synced yet: series statuses and end-of-life dates are unknown.</source>
        <translation>Die Lebenszyklusdaten wurden noch nicht synchronisiert: Status und Support-Ende der Serien sind unbekannt.</translation>
    </message>
    <message>
        <source>The lifecycle data was last updated on %1. Statuses are judged by today&apos;s date; refresh to update it.</source>
        <translation>Die Lebenszyklusdaten wurden zuletzt am %1 aktualisiert. Der Status wird nach dem heutigen Datum beurteilt; aktualisieren Sie, um die Daten zu erneuern.</translation>
    </message>
    <message>
        <source>Next &amp;Unread Post</source>
        <translation>Nächster &amp;ungelesener Beitrag</translation>
    </message>
    <message>
        <source>Mark &amp;All as Read…</source>
        <translation>&amp;Alle als gelesen markieren …</translation>
    </message>
    <message>
        <source>Mark &amp;Older as Read…</source>
        <translation>Ä&amp;ltere als gelesen markieren …</translation>
    </message>
    <message>
        <source>The window is too narrow for the release timeline; widen it to see it</source>
        <translation>Das Fenster ist zu schmal für die Release-Zeitleiste; verbreitern Sie es, um sie zu sehen</translation>
    </message>
    <message>
        <source>Continued from the top of the list</source>
        <translation>Am Anfang der Liste fortgesetzt</translation>
    </message>
    <message>
        <source>No unread posts</source>
        <translation>Keine ungelesenen Beiträge</translation>
    </message>
    <message>
        <source>Mark All as Read</source>
        <translation>Alle als gelesen markieren</translation>
    </message>
    <message numerus="yes">
        <source>Mark all %n unread post(s) as read?</source>
        <translation>
            <numerusform>Den %n ungelesenen Beitrag als gelesen markieren?</numerusform>
            <numerusform>Alle %n ungelesenen Beiträge als gelesen markieren?</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark as Read</source>
        <translation>Als gelesen markieren</translation>
    </message>
    <message>
        <source>The posts could not be marked as read: %1</source>
        <translation>Die Beiträge konnten nicht als gelesen markiert werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Marked %n post(s) as read</source>
        <translation>
            <numerusform>%n Beitrag als gelesen markiert</numerusform>
            <numerusform>%n Beiträge als gelesen markiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Herald could not save the change: %1</source>
        <translation>Herald konnte die Änderung nicht speichern: %1</translation>
    </message>
    <message>
        <source>Export Release &amp;Calendar…</source>
        <translation>Release-&amp;Kalender exportieren …</translation>
    </message>
    <message>
        <source>Save the expected releases and end-of-life dates for a calendar application</source>
        <translation>Die erwarteten Releases und Lebensenden für eine Kalenderanwendung speichern</translation>
    </message>
    <message>
        <source>Export Release Calendar</source>
        <translation>Release-Kalender exportieren</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-Dateien (*.ics)</translation>
    </message>
    <message>
        <source>Herald could not write %1: %2</source>
        <translation>Herald konnte %1 nicht schreiben: %2</translation>
    </message>
    <message>
        <source>Saved the release calendar to %1</source>
        <translation>Release-Kalender nach %1 gespeichert</translation>
    </message>
    <message>
        <source>Herald could not look for the post “%1”: %2</source>
        <translation>Herald konnte nicht nach dem Beitrag „%1“ suchen: %2</translation>
    </message>
    <message>
        <source>&amp;Follow…</source>
        <translation>&amp;Folgen …</translation>
    </message>
    <message>
        <source>Follow a project&apos;s releases or any feed (Ctrl+N)</source>
        <translation>Den Releases eines Projekts oder einem beliebigen Feed folgen (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Import Dependencies…</source>
        <translation>Abhängigkeiten &amp;importieren …</translation>
    </message>
    <message>
        <source>Follow every dependency of a Python project: requirements.txt, pyproject.toml, uv.lock or poetry.lock</source>
        <translation>Jeder Abhängigkeit eines Python-Projekts folgen: requirements.txt, pyproject.toml, uv.lock oder poetry.lock</translation>
    </message>
</context>
<context>
    <name>Herald::MarkOlderDialog</name>
    <message>
        <source>Mark as Read</source>
        <translation>Als gelesen markieren</translation>
    </message>
    <message numerus="yes">
        <source>%n unread post(s) will be marked as read.</source>
        <translation>
            <numerusform>%n ungelesener Beitrag wird als gelesen markiert.</numerusform>
            <numerusform>%n ungelesene Beiträge werden als gelesen markiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>No unread post was published before that day.</source>
        <translation>Vor diesem Tag wurde kein ungelesener Beitrag veröffentlicht.</translation>
    </message>
</context>
<context>
    <name>Herald::Notifier</name>
    <message>
        <source>Open Herald</source>
        <comment>notification action</comment>
        <translation>Herald öffnen</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>notification action</comment>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <comment>notification action</comment>
        <translation>Als gelesen markieren</translation>
    </message>
    <message>
        <source>Herald notifications work</source>
        <translation>Herald-Benachrichtigungen funktionieren</translation>
    </message>
    <message>
        <source>New Python releases will be announced like this.</source>
        <translation>Neue Python-Releases werden so angekündigt.</translation>
    </message>
    <message>
        <source>Herald cannot fetch new posts</source>
        <translation>Herald kann keine neuen Beiträge abrufen</translation>
    </message>
    <message numerus="yes">
        <source>The last %n sync(s) failed.</source>
        <translation>
            <numerusform>Die letzte Synchronisierung ist fehlgeschlagen.</numerusform>
            <numerusform>Die letzten %n Synchronisierungen sind fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Herald keeps watching for new Python releases. Its icon in the system tray brings the window back; Quit in its menu ends it.</source>
        <translation>Herald hält weiter Ausschau nach neuen Python-Releases. Über das Symbol im Systemabschnitt holen Sie das Fenster zurück; „Beenden“ in dessen Menü beendet Herald.</translation>
    </message>
    <message>
        <source>Herald keeps watching for new Python releases in the background. Start it again to bring the window back.</source>
        <translation>Herald hält im Hintergrund weiter Ausschau nach neuen Python-Releases. Starten Sie Herald erneut, um das Fenster zurückzuholen.</translation>
    </message>
    <message>
        <source>Herald is still running</source>
        <translation>Herald läuft noch</translation>
    </message>
</context>
<context>
    <name>Herald::Opml</name>
    <message>
        <source>“%1”: Python Insider is built in</source>
        <translation>„%1“: Python Insider ist eingebaut</translation>
    </message>
    <message>
        <source>“%1”: unknown kind “%2”</source>
        <translation>„%1“: unbekannte Art „%2“</translation>
    </message>
    <message>
        <source>“%1”: Herald follows http and https feeds only, not %2</source>
        <translation>„%1“: Herald folgt nur http- und https-Feeds, nicht %2</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>%1 is not well-formed XML: %2 (line %3, column %4)</source>
        <translation>%1 ist kein wohlgeformtes XML: %2 (Zeile %3, Spalte %4)</translation>
    </message>
    <message>
        <source>%1 is not an OPML document: its root element is &lt;%2&gt;, not &lt;opml&gt;</source>
        <translation>%1 ist kein OPML-Dokument: sein Wurzelelement ist &lt;%2&gt;, nicht &lt;opml&gt;</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Unnamed</source>
        <translation>Unbenannt</translation>
    </message>
</context>
<context>
    <name>Herald::ParseCommand</name>
    <message>
        <source>Format: %1</source>
        <translation>Format: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Title:  %1</source>
        <translation>Titel:  %1</translation>
    </message>
    <message>
        <source>Link:   %1</source>
        <translation>Link:   %1</translation>
    </message>
    <message>
        <source>Items:  %1</source>
        <translation>Einträge: %1</translation>
    </message>
    <message>
        <source>(no date)      </source>
        <translation>(kein Datum)   </translation>
    </message>
    <message>
        <source>(no author)</source>
        <translation>(kein Autor)</translation>
    </message>
    <message>
        <source>(no link)</source>
        <translation>(kein Link)</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message>
        <source>error: </source>
        <translation>Fehler: </translation>
    </message>
    <message>
        <source>no response</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>error: cannot read %1: %2</source>
        <translation>Fehler: %1 ist nicht lesbar: %2</translation>
    </message>
    <message>
        <source>error: cannot read %1: no such file</source>
        <translation>Fehler: %1 ist nicht lesbar: keine solche Datei</translation>
    </message>
    <message>
        <source>error: cannot read %1: not a regular file</source>
        <translation>Fehler: %1 ist nicht lesbar: keine reguläre Datei</translation>
    </message>
    <message>
        <source>error: %1 is larger than the %2 MB limit for a feed</source>
        <translation>Fehler: %1 ist größer als die Grenze von %2 MB für einen Feed</translation>
    </message>
</context>
<context>
    <name>Herald::PostHtmlRenderer</name>
    <message>
        <source>Untitled</source>
        <translation>Ohne Titel</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Aktualisiert am %1</translation>
    </message>
    <message>
        <source>Read on %1</source>
        <translation>Auf %1 lesen</translation>
    </message>
    <message>
        <source>Markdown source</source>
        <translation>Markdown-Quelltext</translation>
    </message>
    <message>
        <source>The text of this post has not been downloaded yet.</source>
        <translation>Der Text dieses Beitrags wurde noch nicht geladen.</translation>
    </message>
    <message>
        <source>The last attempt failed: %1</source>
        <translation>Der letzte Versuch ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>It is fetched with the next sync.</source>
        <translation>Er wird bei der nächsten Synchronisierung geladen.</translation>
    </message>
    <message>
        <source>[image]</source>
        <translation>[Bild]</translation>
    </message>
    <message>
        <source>[image: %1]</source>
        <translation>[Bild: %1]</translation>
    </message>
    <message>
        <source>discuss</source>
        <translation>Diskussion</translation>
    </message>
    <message>
        <source>Interactive content (%1) is shown on the website.</source>
        <translation>Interaktive Inhalte (%1) werden auf der Website angezeigt.</translation>
    </message>
    <message>
        <source>Open the post on %1</source>
        <translation>Beitrag auf %1 öffnen</translation>
    </message>
    <message numerus="yes">
        <source>(%n more character(s) not shown)</source>
        <translation>
            <numerusform>(%n weiteres Zeichen nicht angezeigt)</numerusform>
            <numerusform>(%n weitere Zeichen nicht angezeigt)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nested more deeply than Herald shows: the deeper levels are shown flat.</source>
        <translation>Tiefer verschachtelt, als Herald anzeigt: die tieferen Ebenen werden flach gezeigt.</translation>
    </message>
    <message>
        <source>The rest is nested too deeply to show.</source>
        <translation>Der Rest ist zu tief verschachtelt, um ihn anzuzeigen.</translation>
    </message>
    <message>
        <source>The rest of this post is left out: it is longer than Herald shows. Open it in the browser to read it all.</source>
        <translation>Der Rest dieses Beitrags fehlt: Er ist länger, als Herald anzeigt. Öffnen Sie ihn im Browser, um ihn ganz zu lesen.</translation>
    </message>
    <message numerus="yes">
        <source>%n more column(s) of this table not shown.</source>
        <translation>
            <numerusform>%n weitere Spalte dieser Tabelle nicht angezeigt.</numerusform>
            <numerusform>%n weitere Spalten dieser Tabelle nicht angezeigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more item(s) of this list not shown.</source>
        <translation>
            <numerusform>%n weiterer Eintrag dieser Liste nicht angezeigt.</numerusform>
            <numerusform>%n weitere Einträge dieser Liste nicht angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The feed gives no text for this item; its page on the web may say more.</source>
        <translation>Der Feed liefert zu diesem Eintrag keinen Text; seine Seite im Web sagt vielleicht mehr.</translation>
    </message>
</context>
<context>
    <name>Herald::PostItemDelegate</name>
    <message>
        <source>not downloaded</source>
        <translation>nicht geladen</translation>
    </message>
</context>
<context>
    <name>Herald::PostListModel</name>
    <message>
        <source>read</source>
        <translation>gelesen</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>ungelesen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>Herald::PostListPane</name>
    <message>
        <source>No posts yet</source>
        <translation>Noch keine Beiträge</translation>
    </message>
    <message>
        <source>Python Insider posts appear here after the first sync, and stay readable offline.</source>
        <translation>Beiträge von Python Insider erscheinen hier nach der ersten Synchronisierung und bleiben offline lesbar.</translation>
    </message>
    <message>
        <source>Filter posts</source>
        <translation>Beiträge filtern</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>No matching posts</source>
        <translation>Keine passenden Beiträge</translation>
    </message>
    <message>
        <source>No post title, author, tag or text matches “%1”.</source>
        <translation>Kein Titel, Autor, Schlagwort oder Text passt zu „%1“.</translation>
    </message>
    <message>
        <source>Open in &amp;Browser</source>
        <translation>Im &amp;Browser öffnen</translation>
    </message>
    <message>
        <source>&amp;Copy Link</source>
        <translation>Link &amp;kopieren</translation>
    </message>
    <message>
        <source>Mark as &amp;Unread</source>
        <translation>Als &amp;ungelesen markieren</translation>
    </message>
    <message>
        <source>Mark as &amp;Read</source>
        <translation>Als &amp;gelesen markieren</translation>
    </message>
    <message>
        <source>Unst&amp;ar</source>
        <translation>Stern ent&amp;fernen</translation>
    </message>
    <message>
        <source>St&amp;ar</source>
        <translation>Mit Stern &amp;markieren</translation>
    </message>
    <message>
        <source>The search failed</source>
        <translation>Die Suche ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Herald could not search the posts: %1</source>
        <translation>Herald konnte die Beiträge nicht durchsuchen: %1</translation>
    </message>
</context>
<context>
    <name>Herald::ProductLifecycle</name>
    <message>
        <source>The endoflife.date data for %1 is not valid JSON: %2 at byte %3</source>
        <translation>Die endoflife.date-Daten für %1 sind kein gültiges JSON: %2 bei Byte %3</translation>
    </message>
    <message>
        <source>The endoflife.date data for %1 is not a list of release cycles</source>
        <translation>Die endoflife.date-Daten für %1 sind keine Liste von Release-Zyklen</translation>
    </message>
    <message>
        <source>%1: cycle %2 has no name; skipped</source>
        <translation>%1: Zyklus %2 hat keinen Namen; übersprungen</translation>
    </message>
    <message>
        <source>%1 %2: cannot read “%3”</source>
        <translation>%1 %2: „%3“ kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>Herald::ProjectLifecycles</name>
    <message>
        <source>the stored lifecycle %1 does not read: %2</source>
        <translation>der gespeicherte Lebenszyklus %1 ist nicht lesbar: %2</translation>
    </message>
</context>
<context>
    <name>Herald::ProjectTimelineModel</name>
    <message>
        <source>No release found yet</source>
        <translation>Noch kein Release gefunden</translation>
    </message>
    <message numerus="yes">
        <source>%n release(s), latest %1 on %2</source>
        <translation>
            <numerusform>%n Release, neuestes %1 am %2</numerusform>
            <numerusform>%n Releases, neuestes %1 am %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Series %1: %n release(s), latest %2 on %3</source>
        <translation>
            <numerusform>Serie %1: %n Release, neuestes %2 am %3</numerusform>
            <numerusform>Serie %1: %n Releases, neuestes %2 am %3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (yanked)</source>
        <translation>%1 (zurückgezogen)</translation>
    </message>
    <message>
        <source>%1 (pre-release)</source>
        <translation>%1 (Vorabversion)</translation>
    </message>
    <message>
        <source>Published %1</source>
        <translation>Veröffentlicht am %1</translation>
    </message>
    <message>
        <source>A pre-release, not meant for production</source>
        <translation>Eine Vorabversion, nicht für den Produktiveinsatz gedacht</translation>
    </message>
    <message>
        <source>Yanked on PyPI: installers skip it unless it is pinned exactly</source>
        <translation>Auf PyPI zurückgezogen: Installer überspringen es, außer es ist genau festgelegt</translation>
    </message>
    <message>
        <source>%1 LTS</source>
        <translation>%1 LTS</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>End of life since %1</source>
        <translation>Ende der Unterstützung seit %1</translation>
    </message>
    <message>
        <source>End of life on %1</source>
        <translation>Ende der Unterstützung am %1</translation>
    </message>
    <message>
        <source>At its end of life</source>
        <translation>Am Ende der Unterstützung</translation>
    </message>
    <message>
        <source>Bug fixes until %1, security fixes after</source>
        <translation>Fehlerkorrekturen bis %1, danach Sicherheitskorrekturen</translation>
    </message>
    <message>
        <source>A long-term support release</source>
        <translation>Ein Release mit Langzeitunterstützung</translation>
    </message>
    <message>
        <source>Lifecycle from endoflife.date (%1)</source>
        <translation>Lebenszyklus von endoflife.date (%1)</translation>
    </message>
    <message>
        <source>%1 · yours</source>
        <translation>%1 · deine</translation>
    </message>
    <message>
        <source>The version you use (%1)</source>
        <translation>Die Version, die du nutzt (%1)</translation>
    </message>
</context>
<context>
    <name>Herald::PyprojectFile</name>
    <message>
        <source>%1: %2 must be %3, not %4</source>
        <translation>%1: %2 muss %3 sein, nicht %4</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>eine Tabelle</translation>
    </message>
    <message>
        <source>a requirement string</source>
        <translation>ein Requirement-String</translation>
    </message>
    <message>
        <source>%1: skipped the direct reference %2</source>
        <translation>%1: direkter Verweis %2 übersprungen</translation>
    </message>
    <message>
        <source>an array of requirement strings</source>
        <translation>ein Array von Requirement-Strings</translation>
    </message>
    <message>
        <source>%1: the project&apos;s dependencies are dynamic: its build backend sets them, so they are not listed here</source>
        <translation>%1: die Abhängigkeiten des Projekts sind dynamisch: sein Build-Backend legt sie fest, daher stehen sie nicht hier</translation>
    </message>
    <message>
        <source>%1: dependency group “%2” includes itself: %3</source>
        <translation>%1: die Abhängigkeitsgruppe „%2“ schließt sich selbst ein: %3</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>a requirement string or a table {include-group = &quot;NAME&quot;}</source>
        <translation>ein Requirement-String oder eine Tabelle {include-group = &quot;NAME&quot;}</translation>
    </message>
    <message>
        <source>%1: dependency group “%2” includes “%3”, which is not defined</source>
        <translation>%1: die Abhängigkeitsgruppe „%2“ schließt „%3“ ein, die nicht definiert ist</translation>
    </message>
    <message>
        <source>%1: “%2” in %3 is no project name</source>
        <translation>%1: „%2“ in %3 ist kein Projektname</translation>
    </message>
    <message>
        <source>%1: skipped %2, which comes from %3 %4</source>
        <translation>%1: %2 übersprungen, das aus %3 %4 stammt</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>ein String</translation>
    </message>
    <message>
        <source>a version string or a table</source>
        <translation>ein Versions-String oder eine Tabelle</translation>
    </message>
    <message>
        <source>%1: dependency groups “%2” and “%3” have the same name</source>
        <translation>%1: die Abhängigkeitsgruppen „%2“ und „%3“ haben denselben Namen</translation>
    </message>
</context>
<context>
    <name>Herald::PythonInsider</name>
    <message>
        <source>The archive index is not valid JSON: %1 at byte %2</source>
        <translation>Der Archivindex ist kein gültiges JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>The archive index should be a JSON array of posts, but it is %1</source>
        <translation>Der Archivindex sollte ein JSON-Array von Beiträgen sein, ist aber %1</translation>
    </message>
    <message>
        <source>Archive index entry %1 was skipped: %2</source>
        <translation>Eintrag %1 des Archivindex wurde übersprungen: %2</translation>
    </message>
    <message>
        <source>it is %1, not an object</source>
        <translation>er ist %1, kein Objekt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2, not a string</source>
        <translation>„%1“ ist %2, kein Text</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; cannot be part of a URL</source>
        <translation>die ID „%1“ kann nicht Teil einer URL sein</translation>
    </message>
    <message>
        <source>the date &quot;%1&quot; is not an ISO 8601 date</source>
        <translation>das Datum „%1“ ist kein ISO-8601-Datum</translation>
    </message>
</context>
<context>
    <name>Herald::PythonLocationsPage</name>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Herald finds the Pythons on your PATH and those that pyenv, uv, asdf, mise, conda, Homebrew and the python.org installers manage. Add virtual environments and other installs here; a folder of several is searched one level deep.</source>
        <translation>Herald findet die Pythons in Ihrem PATH und die, die pyenv, uv, asdf, mise, conda, Homebrew und die Installer von python.org verwalten. Fügen Sie hier virtuelle Umgebungen und andere Installationen hinzu; ein Ordner mit mehreren wird eine Ebene tief durchsucht.</translation>
    </message>
    <message>
        <source>Added Python locations</source>
        <translation>Hinzugefügte Python-Orte</translation>
    </message>
    <message>
        <source>Add &amp;Folder…</source>
        <translation>&amp;Ordner hinzufügen …</translation>
    </message>
    <message>
        <source>Add &amp;Interpreter…</source>
        <translation>&amp;Interpreter hinzufügen …</translation>
    </message>
    <message>
        <source>%1 does not exist at the moment</source>
        <translation>%1 existiert derzeit nicht</translation>
    </message>
    <message>
        <source>Add a Python Folder</source>
        <translation>Python-Ordner hinzufügen</translation>
    </message>
    <message>
        <source>Add a Python Interpreter</source>
        <translation>Python-Interpreter hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Tell me when a Python I run misses a security release or reaches its end of life</source>
        <translation>&amp;Benachrichtigen, wenn einem Python, das ich nutze, ein Sicherheits-Release fehlt oder es sein Lebensende erreicht</translation>
    </message>
</context>
<context>
    <name>Herald::PythonsCommand</name>
    <message>
        <source>also %1 (%2)</source>
        <translation>auch %1 (%2)</translation>
    </message>
    <message>
        <source>cannot be used: %1</source>
        <translation>nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>No Python interpreter found.</source>
        <translation>Kein Python-Interpreter gefunden.</translation>
    </message>
    <message>
        <source>Looked in: %1</source>
        <translation>Gesucht in: %1</translation>
    </message>
</context>
<context>
    <name>Herald::ReaderPane</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>Herald::ReaderView</name>
    <message>
        <source>Post</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <source>Welcome to Herald</source>
        <translation>Willkommen bei Herald</translation>
    </message>
    <message>
        <source>Python release announcements, readable offline, with the lifecycle of every Python series beside them.</source>
        <translation>Python-Release-Ankündigungen, offline lesbar, mit dem Lebenszyklus jeder Python-Serie daneben.</translation>
    </message>
    <message>
        <source>Posts from Python Insider are listed on the left.</source>
        <translation>Links stehen die Beiträge von Python Insider.</translation>
    </message>
    <message>
        <source>The post you select is shown here.</source>
        <translation>Hier erscheint der ausgewählte Beitrag.</translation>
    </message>
    <message>
        <source>Every announced release, grouped by series, is on the right.</source>
        <translation>Rechts steht jedes angekündigte Release, nach Serien gruppiert.</translation>
    </message>
    <message>
        <source>Loading image…</source>
        <translation>Bild wird geladen …</translation>
    </message>
    <message>
        <source>No application could open %1.</source>
        <translation>Keine Anwendung konnte %1 öffnen.</translation>
    </message>
    <message>
        <source>Copy Code Block</source>
        <translation>Codeblock kopieren</translation>
    </message>
</context>
<context>
    <name>Herald::ReferenceClassifier</name>
    <message>
        <source>What&apos;s New %1</source>
        <translation>Neu in %1</translation>
    </message>
    <message>
        <source>docs</source>
        <translation>Doku</translation>
    </message>
</context>
<context>
    <name>Herald::ReleaseCalendar</name>
    <message>
        <source>Python releases</source>
        <translation>Python-Releases</translation>
    </message>
    <message>
        <source>Python %1 (%2) was expected on this day and has not been announced yet.</source>
        <translation>Python %1 (%2) war für diesen Tag erwartet und ist noch nicht angekündigt.</translation>
    </message>
    <message>
        <source>Python %1 (%2) is planned for this day, as python-releases.json lists it.</source>
        <translation>Python %1 (%2) ist für diesen Tag geplant, wie python-releases.json es aufführt.</translation>
    </message>
    <message>
        <source>Python %1 expected</source>
        <translation>Python %1 erwartet</translation>
    </message>
    <message>
        <source>Python release</source>
        <translation>Python-Release</translation>
    </message>
    <message>
        <source>Python %1 reaches end of life</source>
        <translation>Python %1 erreicht sein Lebensende</translation>
    </message>
    <message>
        <source>Python %1 gets no more releases after this day, not even security fixes.</source>
        <translation>Python %1 bekommt nach diesem Tag keine Releases mehr, auch keine Sicherheitskorrekturen.</translation>
    </message>
    <message>
        <source>Python end of life</source>
        <translation>Python-Lebensende</translation>
    </message>
</context>
<context>
    <name>Herald::ReleaseFeed</name>
    <message>
        <source>the item &quot;%1&quot; has no id, link or title to know it by</source>
        <translation>der Eintrag „%1“ hat keine ID, keinen Link und keinen Titel, an dem er zu erkennen wäre</translation>
    </message>
    <message>
        <source>the item &quot;%1&quot; appears twice; the first is kept</source>
        <translation>der Eintrag „%1“ kommt zweimal vor; der erste wird behalten</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>kein JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>not a PyPI project document (no &quot;info&quot; object)</source>
        <translation>kein PyPI-Projektdokument (kein „info“-Objekt)</translation>
    </message>
</context>
<context>
    <name>Herald::ReleaseNotice</name>
    <message numerus="yes">
        <source>%n new Python release(s)</source>
        <translation>
            <numerusform>%n neues Python-Release</numerusform>
            <numerusform>%n neue Python-Releases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new post(s)</source>
        <translation>
            <numerusform>%n neuer Beitrag</numerusform>
            <numerusform>%n neue Beiträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) imported</source>
        <translation>
            <numerusform>%n Beitrag importiert</numerusform>
            <numerusform>%n Beiträge importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>The Python Insider archive can now be read offline.</source>
        <translation>Das Archiv von Python Insider ist jetzt offline lesbar.</translation>
    </message>
    <message>
        <source>%1 released</source>
        <comment>versions of Python</comment>
        <translation>%1 veröffentlicht</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>all but the last item of a list</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last item of a list</comment>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>%1 released</source>
        <comment>a project and its version</comment>
        <translation>%1 veröffentlicht</translation>
    </message>
    <message numerus="yes">
        <source>%n new release(s)</source>
        <translation>
            <numerusform>%n neues Release</numerusform>
            <numerusform>%n neue Releases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Herald::ReleasesCommand</name>
    <message>
        <source>error: </source>
        <translation>Fehler: </translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message>
        <source>end of life %1</source>
        <translation>Support-Ende %1</translation>
    </message>
    <message>
        <source>release manager %1</source>
        <translation>Release-Manager %1</translation>
    </message>
    <message>
        <source>no announcement</source>
        <translation>keine Ankündigung</translation>
    </message>
    <message numerus="yes">
        <source>announced %1, %n day(s) off the official date</source>
        <translation>
            <numerusform>angekündigt am %1, %n Tag neben dem offiziellen Datum</numerusform>
            <numerusform>angekündigt am %1, %n Tage neben dem offiziellen Datum</numerusform>
        </translation>
    </message>
    <message>
        <source>announced %1</source>
        <translation>angekündigt am %1</translation>
    </message>
    <message>
        <source>Other implementations</source>
        <translation>Andere Implementierungen</translation>
    </message>
    <message>
        <source>%1 releases announced, %2 without an announcement, %3 announced off their official date</source>
        <translation>%1 Releases angekündigt, %2 ohne Ankündigung, %3 abweichend vom offiziellen Datum angekündigt</translation>
    </message>
    <message>
        <source>(by date; the lifecycle data says &quot;%1&quot;)</source>
        <translation>(nach Datum; die Lebenszyklusdaten sagen „%1“)</translation>
    </message>
    <message>
        <source>expected, not announced yet</source>
        <translation>erwartet, noch nicht angekündigt</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>erwartet</translation>
    </message>
    <message numerus="yes">
        <source>%n release(s)</source>
        <translation>
            <numerusform>%n Release</numerusform>
            <numerusform>%n Releases</numerusform>
        </translation>
    </message>
    <message>
        <source>latest %1</source>
        <translation>neueste %1</translation>
    </message>
    <message>
        <source>pre-release</source>
        <translation>Vorabversion</translation>
    </message>
    <message>
        <source>yanked</source>
        <translation>zurückgezogen</translation>
    </message>
    <message>
        <source>LTS</source>
        <translation>LTS</translation>
    </message>
    <message>
        <source>end of life since %1</source>
        <translation>Ende der Unterstützung seit %1</translation>
    </message>
</context>
<context>
    <name>Herald::Requirement</name>
    <message>
        <source>the requirement is empty</source>
        <translation>das Requirement ist leer</translation>
    </message>
    <message>
        <source>a requirement starts with a project name, not %1</source>
        <translation>ein Requirement beginnt mit einem Projektnamen, nicht mit %1</translation>
    </message>
    <message>
        <source>a project name</source>
        <translation>ein Projektname</translation>
    </message>
    <message>
        <source>a URL follows “@”</source>
        <translation>auf „@“ folgt eine URL</translation>
    </message>
    <message>
        <source>“%1” is no URL</source>
        <translation>„%1“ ist keine URL</translation>
    </message>
    <message>
        <source>“)” closes the versions, not %1</source>
        <translation>„)“ schließt die Versionen ab, nicht %1</translation>
    </message>
    <message>
        <source>an environment marker follows “;”</source>
        <translation>auf „;“ folgt ein Umgebungsmarker</translation>
    </message>
    <message>
        <source>only “; marker” may follow a URL, not %1</source>
        <translation>auf eine URL darf nur „; Marker“ folgen, nicht %1</translation>
    </message>
    <message>
        <source>unexpected %1</source>
        <translation>unerwartet: %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>das Ende</translation>
    </message>
    <message>
        <source>“%1”: %2 (column %3)</source>
        <translation>„%1“: %2 (Spalte %3)</translation>
    </message>
    <message>
        <source>expected %1, not %2</source>
        <translation>erwartet: %1, nicht %2</translation>
    </message>
    <message>
        <source>%1 ends in a letter or digit, not “%2”</source>
        <translation>%1 endet auf einen Buchstaben oder eine Ziffer, nicht auf „%2“</translation>
    </message>
    <message>
        <source>the name of an extra</source>
        <translation>der Name eines Extras</translation>
    </message>
    <message>
        <source>“,” or “]” follows an extra, not %1</source>
        <translation>auf ein Extra folgt „,“ oder „]“, nicht %1</translation>
    </message>
    <message>
        <source>expected a version comparison (==, !=, &lt;, &lt;=, &gt;, &gt;=, ~= or ===), not %1</source>
        <translation>erwartet: ein Versionsvergleich (==, !=, &lt;, &lt;=, &gt;, &gt;=, ~= oder ===), nicht %1</translation>
    </message>
    <message>
        <source>a version follows “%1”, not %2</source>
        <translation>auf „%1“ folgt eine Version, nicht %2</translation>
    </message>
    <message>
        <source>only == and != take a wildcard, and only as “.*” at the end: “%1”</source>
        <translation>nur == und != nehmen einen Platzhalter, und nur als „.*“ am Ende: „%1“</translation>
    </message>
    <message>
        <source>the marker&apos;s parentheses nest too deep</source>
        <translation>die Klammern des Markers sind zu tief verschachtelt</translation>
    </message>
    <message>
        <source>“)” closes the marker&apos;s “(”, not %1</source>
        <translation>„)“ schließt das „(“ des Markers, nicht %1</translation>
    </message>
    <message>
        <source>a comparison (==, &lt;, in, not in …) follows a marker&apos;s value, not %1</source>
        <translation>auf den Wert eines Markers folgt ein Vergleich (==, &lt;, in, not in …), nicht %1</translation>
    </message>
    <message>
        <source>“in” follows “not” in a marker, not %1</source>
        <translation>in einem Marker folgt auf „not“ ein „in“, nicht %1</translation>
    </message>
    <message>
        <source>the marker&apos;s string is not closed</source>
        <translation>der String des Markers ist nicht geschlossen</translation>
    </message>
    <message>
        <source>a marker compares quoted strings and variables, not %1</source>
        <translation>ein Marker vergleicht Strings in Anführungszeichen und Variablen, nicht %1</translation>
    </message>
    <message>
        <source>“%1” is no environment marker variable</source>
        <translation>„%1“ ist keine Variable für Umgebungsmarker</translation>
    </message>
</context>
<context>
    <name>Herald::RequirementsFile</name>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot read %2: %3</source>
        <translation>%1: %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>%1: %2 includes itself: %3</source>
        <translation>%1: %2 schließt sich selbst ein: %3</translation>
    </message>
    <message>
        <source>%1: skipped the URL %2</source>
        <translation>%1: URL %2 übersprungen</translation>
    </message>
    <message>
        <source>%1: skipped the local path %2</source>
        <translation>%1: lokaler Pfad %2 übersprungen</translation>
    </message>
    <message>
        <source>%1: skipped the direct reference %2</source>
        <translation>%1: direkter Verweis %2 übersprungen</translation>
    </message>
    <message>
        <source>%1: skipped the local file %2</source>
        <translation>%1: lokale Datei %2 übersprungen</translation>
    </message>
    <message>
        <source>%1: %2 names no file</source>
        <translation>%1: %2 nennt keine Datei</translation>
    </message>
    <message>
        <source>%1: skipped %2: Herald reads only local files</source>
        <translation>%1: %2 übersprungen: Herald liest nur lokale Dateien</translation>
    </message>
    <message>
        <source>%1: skipped the editable install %2</source>
        <translation>%1: editierbare Installation %2 übersprungen</translation>
    </message>
    <message>
        <source>%1: skipped the unknown option %2</source>
        <translation>%1: unbekannte Option %2 übersprungen</translation>
    </message>
    <message>
        <source>it is no regular file</source>
        <translation>es ist keine gewöhnliche Datei</translation>
    </message>
    <message>
        <source>it is larger than %1 MB</source>
        <translation>sie ist größer als %1 MB</translation>
    </message>
</context>
<context>
    <name>Herald::SettingsDialog</name>
    <message>
        <source>Every 15 minutes</source>
        <translation>Alle 15 Minuten</translation>
    </message>
    <message>
        <source>Every 30 minutes</source>
        <translation>Alle 30 Minuten</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>Stündlich</translation>
    </message>
    <message>
        <source>Every 2 hours</source>
        <translation>Alle 2 Stunden</translation>
    </message>
    <message>
        <source>Every 6 hours</source>
        <translation>Alle 6 Stunden</translation>
    </message>
    <message>
        <source>Every 12 hours</source>
        <translation>Alle 12 Stunden</translation>
    </message>
    <message>
        <source>Once a day</source>
        <translation>Einmal täglich</translation>
    </message>
    <message numerus="yes">
        <source>Every %n hour(s)</source>
        <translation>
            <numerusform>Jede Stunde</numerusform>
            <numerusform>Alle %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Jede Minute</numerusform>
            <numerusform>Alle %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>The entry that starts Herald at login runs another copy or other options. OK replaces it with this Herald.</source>
        <translation>Der Eintrag, der Herald beim Anmelden startet, ruft ein anderes Exemplar oder andere Optionen auf. „OK“ ersetzt ihn durch dieses Herald.</translation>
    </message>
    <message>
        <source>Herald starts in the background, without opening its window.</source>
        <translation>Herald startet im Hintergrund, ohne sein Fenster zu öffnen.</translation>
    </message>
    <message>
        <source>Notifications are paused until %1.</source>
        <translation>Benachrichtigungen sind bis %1 pausiert.</translation>
    </message>
    <message>
        <source>With the same start and end there are no quiet hours.</source>
        <translation>Bei gleichem Beginn und Ende gibt es keine Ruhezeit.</translation>
    </message>
    <message>
        <source>%1–%2 crosses midnight.</source>
        <translation>%1–%2 reicht über Mitternacht.</translation>
    </message>
    <message>
        <source>Start at Login</source>
        <translation>Start beim Anmelden</translation>
    </message>
    <message>
        <source>Herald could not arrange to start when you log in.</source>
        <translation>Herald konnte den Start beim Anmelden nicht einrichten.</translation>
    </message>
    <message>
        <source>Herald could not stop starting when you log in.</source>
        <translation>Herald konnte den Start beim Anmelden nicht abschalten.</translation>
    </message>
    <message>
        <source>Pythons</source>
        <translation>Pythons</translation>
    </message>
</context>
<context>
    <name>Herald::ShowCommand</name>
    <message>
        <source>error: </source>
        <translation>Fehler: </translation>
    </message>
    <message>
        <source>error: no stored post has the id &quot;%1&quot; (herald --list --json shows the ids)</source>
        <translation>Fehler: kein gespeicherter Beitrag hat die ID „%1“ (herald --list --json zeigt die IDs)</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Schlagwörter: %1</translation>
    </message>
    <message>
        <source>The text of this post has not been downloaded yet.</source>
        <translation>Der Text dieses Beitrags wurde noch nicht geladen.</translation>
    </message>
    <message>
        <source>The last attempt failed: %1</source>
        <translation>Der letzte Versuch ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>Herald::SingleInstance</name>
    <message>
        <source>Cannot lock %1 to start Herald&apos;s single-instance server</source>
        <translation>%1 kann nicht gesperrt werden, um den Einzelinstanz-Server von Herald zu starten</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>An %1 können keine Verbindungen angenommen werden: %2</translation>
    </message>
    <message>
        <source>This Herald is the running one</source>
        <translation>Diese Herald-Instanz ist selbst die laufende</translation>
    </message>
    <message>
        <source>The arguments are too long to hand to the running Herald</source>
        <translation>Die Argumente sind zu lang, um sie an die laufende Herald-Instanz zu übergeben</translation>
    </message>
    <message>
        <source>The running Herald did not acknowledge the arguments</source>
        <translation>Die laufende Herald-Instanz hat die Argumente nicht bestätigt</translation>
    </message>
</context>
<context>
    <name>Herald::Source</name>
    <message>
        <source>Python Insider</source>
        <translation>Python Insider</translation>
    </message>
    <message>
        <source>feed</source>
        <translation>Feed</translation>
    </message>
    <message>
        <source>GitHub releases</source>
        <translation>GitHub-Releases</translation>
    </message>
    <message>
        <source>PyPI project</source>
        <translation>PyPI-Projekt</translation>
    </message>
    <message>
        <source>Discourse category</source>
        <translation>Discourse-Kategorie</translation>
    </message>
</context>
<context>
    <name>Herald::SourceFollower</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is a web page that names no feed</source>
        <translation>%1 ist eine Webseite, die keinen Feed nennt</translation>
    </message>
    <message>
        <source>%1 is not a feed: %2</source>
        <translation>%1 ist kein Feed: %2</translation>
    </message>
</context>
<context>
    <name>Herald::SourceListModel</name>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n ungelesen</numerusform>
            <numerusform>%n ungelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>All Sources</source>
        <translation>Alle Quellen</translation>
    </message>
    <message>
        <source>The last sync failed: %1</source>
        <translation>Die letzte Synchronisierung schlug fehl: %1</translation>
    </message>
    <message>
        <source>%1
Last synced %2</source>
        <translation>%1
Zuletzt synchronisiert %2</translation>
    </message>
    <message>
        <source>%1
Not synced yet</source>
        <translation>%1
Noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
    <message>
        <source>Version from %1</source>
        <translation>Version aus %1</translation>
    </message>
</context>
<context>
    <name>Herald::SourceSpec</name>
    <message>
        <source>&quot;%1&quot; is not a GitHub repository</source>
        <translation>„%1“ ist kein GitHub-Repository</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PyPI project name (letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;)</source>
        <translation>„%1“ ist kein PyPI-Projektname (Buchstaben, Ziffern, „.“, „_“ und „-“)</translation>
    </message>
    <message>
        <source>Nothing to follow: give a feed or page URL, owner/repo, or pypi:NAME</source>
        <translation>Nichts zu folgen: Geben Sie eine Feed- oder Seiten-URL, owner/repo oder pypi:NAME an</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a GitHub repository (owner/repo)</source>
        <translation>„%1“ ist kein GitHub-Repository (owner/repo)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a URL, owner/repo nor pypi:NAME</source>
        <translation>„%1“ ist weder eine URL noch owner/repo noch pypi:NAME</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: Herald follows http and https addresses only</source>
        <translation>„%1“: Herald folgt nur http- und https-Adressen</translation>
    </message>
</context>
<context>
    <name>Herald::SourceStore</name>
    <message>
        <source>%1 is followed already, as source %2</source>
        <translation>%1 wird schon verfolgt, als Quelle %2</translation>
    </message>
    <message>
        <source>There is no source %1</source>
        <translation>Es gibt keine Quelle %1</translation>
    </message>
    <message>
        <source>The top level is no folder</source>
        <translation>Die oberste Ebene ist kein Ordner</translation>
    </message>
</context>
<context>
    <name>Herald::SourcesCommand</name>
    <message>
        <source>error: </source>
        <translation>Fehler: </translation>
    </message>
    <message>
        <source>Following %1 (%2) as source %3: %4</source>
        <translation>%1 (%2) wird als Quelle %3 verfolgt: %4</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n item(s)</source>
        <translation>
            <numerusform>%1, %n Eintrag</numerusform>
            <numerusform>%1, %n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>; the latest release is %1</source>
        <translation>; das neueste Release ist %1</translation>
    </message>
    <message>
        <source>The page names another feed too: %1</source>
        <translation>Die Seite nennt noch einen Feed: %1</translation>
    </message>
    <message>
        <source>herald --sync fetches its posts.</source>
        <translation>herald --sync lädt seine Beiträge.</translation>
    </message>
    <message>
        <source>error: there is no source %1: --sources lists them</source>
        <translation>Fehler: Es gibt keine Quelle %1: --sources listet sie auf</translation>
    </message>
    <message>
        <source>error: Python Insider is built in and cannot be unfollowed</source>
        <translation>Fehler: Python Insider ist eingebaut und kann nicht entfolgt werden</translation>
    </message>
    <message numerus="yes">
        <source>No longer following %1; its %n post(s) are removed.</source>
        <translation>
            <numerusform>%1 wird nicht mehr verfolgt; sein %n Beitrag ist entfernt.</numerusform>
            <numerusform>%1 wird nicht mehr verfolgt; seine %n Beiträge sind entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no source %1: --sources lists them</source>
        <translation>Es gibt keine Quelle %1: --sources listet sie auf</translation>
    </message>
    <message>
        <source>No sources yet: herald --sync fetches Python Insider, herald --follow adds others.</source>
        <translation>Noch keine Quellen: herald --sync lädt Python Insider, herald --follow fügt weitere hinzu.</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n Beitrag</numerusform>
            <numerusform>%n Beiträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n ungelesen</numerusform>
            <numerusform>%n ungelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>nie synchronisiert</translation>
    </message>
    <message>
        <source>error: cannot read %1: %2</source>
        <translation>Fehler: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>warning: %1: skipped %2</source>
        <translation>Warnung: %1: übersprungen: %2</translation>
    </message>
    <message>
        <source>error: nothing was imported from %1: %2</source>
        <translation>Fehler: aus %1 wurde nichts importiert: %2</translation>
    </message>
    <message>
        <source>Following %1 (%2) as source %3</source>
        <translation>%1 (%2) wird als Quelle %3 verfolgt</translation>
    </message>
    <message>
        <source> in %1</source>
        <translation> in %1</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) added from %1</source>
        <translation>
            <numerusform>%n Quelle aus %1 hinzugefügt</numerusform>
            <numerusform>%n Quellen aus %1 hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n followed already</source>
        <translation>
            <numerusform>; %n wird schon verfolgt</numerusform>
            <numerusform>; %n werden schon verfolgt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n skipped</source>
        <translation>
            <numerusform>; %n übersprungen</numerusform>
            <numerusform>; %n übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>herald --sync fetches their posts.</source>
        <translation>herald --sync holt ihre Beiträge.</translation>
    </message>
    <message>
        <source>Herald subscriptions</source>
        <translation>Herald-Abonnements</translation>
    </message>
    <message>
        <source>error: cannot write %1: %2</source>
        <translation>Fehler: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n source(s) to %1</source>
        <translation>
            <numerusform>%n Quelle nach %1 geschrieben</numerusform>
            <numerusform>%n Quellen nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>error: “%1” is no endoflife.date product name (such as django or nodejs); &quot;auto&quot; or &quot;none&quot; also do</source>
        <translation>Fehler: „%1“ ist kein Produktname auf endoflife.date (wie django oder nodejs); auch „auto“ oder „none“ gehen</translation>
    </message>
    <message>
        <source>%1 has no lifecycle now.</source>
        <translation>%1 hat jetzt keinen Lebenszyklus.</translation>
    </message>
    <message>
        <source>%1 is judged by endoflife.date&apos;s %2 from the next sync.</source>
        <translation>%1 wird ab der nächsten Synchronisierung nach %2 auf endoflife.date beurteilt.</translation>
    </message>
    <message>
        <source>you use %1</source>
        <translation>du nutzt %1</translation>
    </message>
</context>
<context>
    <name>Herald::SourcesController</name>
    <message>
        <source>Cannot Follow</source>
        <translation>Folgen nicht möglich</translation>
    </message>
    <message>
        <source>There is no source %1</source>
        <translation>Es gibt keine Quelle %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>No longer following %1.</source>
        <translation>%1 wird nicht mehr verfolgt.</translation>
    </message>
    <message>
        <source>Import Dependencies</source>
        <translation>Abhängigkeiten importieren</translation>
    </message>
    <message>
        <source>Python dependency files (requirements*.txt *.txt *.in pyproject.toml uv.lock poetry.lock);;All files (*)</source>
        <translation>Python-Abhängigkeitsdateien (requirements*.txt *.txt *.in pyproject.toml uv.lock poetry.lock);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot Import</source>
        <translation>Import nicht möglich</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation>Aus %1 wurde nichts importiert: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n dependency(ies) followed</source>
        <translation>
            <numerusform>%n Abhängigkeit wird verfolgt</numerusform>
            <numerusform>%n Abhängigkeiten werden verfolgt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Herald::SourcesPane</name>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Follow…</source>
        <translation>Folgen …</translation>
    </message>
    <message>
        <source>Follow a project&apos;s releases or a feed (Ctrl+N)</source>
        <translation>Den Releases eines Projekts oder einem Feed folgen (Strg+N)</translation>
    </message>
    <message>
        <source>As in the Settings</source>
        <translation>Wie in den Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Follow…</source>
        <translation>&amp;Folgen …</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>&amp;Move to Folder…</source>
        <translation>In Ordner &amp;verschieben …</translation>
    </message>
    <message>
        <source>As Its Folder or the Settings</source>
        <translation>Wie sein Ordner oder die Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Unfollow</source>
        <translation>&amp;Nicht mehr folgen</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Benachrichtigungen</translation>
    </message>
    <message>
        <source>All Posts</source>
        <translation>Alle Beiträge</translation>
    </message>
    <message>
        <source>Releases</source>
        <translation>Releases</translation>
    </message>
    <message>
        <source>Final Releases Only</source>
        <translation>Nur finale Releases</translation>
    </message>
    <message>
        <source>Security Releases Only</source>
        <translation>Nur Sicherheits-Releases</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>&amp;Series</source>
        <translation>&amp;Serien</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>By Major Version (2, 3)</source>
        <translation>Nach Hauptversion (2, 3)</translation>
    </message>
    <message>
        <source>By Minor Version (2.1, 2.2)</source>
        <translation>Nach Nebenversion (2.1, 2.2)</translation>
    </message>
    <message>
        <source>(No Folder)</source>
        <translation>(Kein Ordner)</translation>
    </message>
    <message>
        <source>Move to Folder</source>
        <translation>In Ordner verschieben</translation>
    </message>
    <message>
        <source>Folder (type a new name to make one):</source>
        <translation>Ordner (ein neuer Name legt ihn an):</translation>
    </message>
    <message>
        <source>Version I &amp;Use…</source>
        <translation>Von mir &amp;genutzte Version …</translation>
    </message>
    <message>
        <source>Releases Newer Than Mine</source>
        <translation>Releases neuer als meine</translation>
    </message>
    <message>
        <source>Security Releases of My Series</source>
        <translation>Sicherheits-Releases meiner Serie</translation>
    </message>
    <message>
        <source>&amp;Lifecycle</source>
        <translation>&amp;Lebenszyklus</translation>
    </message>
    <message>
        <source>endoflife.date: %1…</source>
        <translation>endoflife.date: %1 …</translation>
    </message>
    <message>
        <source>Choose on endoflife.date…</source>
        <translation>Auf endoflife.date wählen …</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Lebenszyklus</translation>
    </message>
    <message>
        <source>The product on endoflife.date whose lifecycle this source follows (such as django or nodejs):</source>
        <translation>Das Produkt auf endoflife.date, dessen Lebenszyklus diese Quelle folgt (wie django oder nodejs):</translation>
    </message>
    <message>
        <source>Version I Use</source>
        <translation>Von mir genutzte Version</translation>
    </message>
    <message>
        <source>The version of %1 you run, to be told what it misses and when its series ends (empty: not known):</source>
        <translation>Die Version von %1, die du nutzt, um zu erfahren, was ihr fehlt und wann ihre Serie endet (leer: unbekannt):</translation>
    </message>
    <message>
        <source>“%1” is no product name on endoflife.date (such as django or nodejs)</source>
        <translation>„%1“ ist kein Produktname auf endoflife.date (wie django oder nodejs)</translation>
    </message>
</context>
<context>
    <name>Herald::SyncCommand</name>
    <message>
        <source>Fetching posts: %1/%2</source>
        <translation>Beiträge werden geladen: %1/%2</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message>
        <source>failed: </source>
        <translation>fehlgeschlagen: </translation>
    </message>
    <message>
        <source>error: </source>
        <translation>Fehler: </translation>
    </message>
    <message>
        <source>Python Insider: %1 new, %2 updated, %3 unchanged, %4 failed; %5 bodies downloaded, %6 requests, %7 s</source>
        <translation>Python Insider: %1 neu, %2 aktualisiert, %3 unverändert, %4 fehlgeschlagen; %5 Texte geladen, %6 Anfragen, %7 s</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>not modified</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>%1 new, %2 updated</source>
        <translation>%1 neu, %2 aktualisiert</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s), %1 s</source>
        <translation>
            <numerusform>%n Anfrage, %1 s</numerusform>
            <numerusform>%n Anfragen, %1 s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 new, %2 updated, then failed</source>
        <translation>%1 neu, %2 aktualisiert, dann fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>Herald::SyncEngine</name>
    <message>
        <source>The store cannot be written: %1</source>
        <translation>Der Speicher kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Python Insider archive index: %1</source>
        <translation>Archivindex von Python Insider: %1</translation>
    </message>
    <message>
        <source>Python Insider archive index: cannot store posts: %1</source>
        <translation>Archivindex von Python Insider: Beiträge können nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Python Insider feed: %1</source>
        <translation>Feed von Python Insider: %1</translation>
    </message>
    <message>
        <source>Python Insider feed: the item &quot;%1&quot; has no usable link</source>
        <translation>Feed von Python Insider: der Eintrag „%1“ hat keinen brauchbaren Link</translation>
    </message>
    <message>
        <source>Python Insider feed: cannot store posts: %1</source>
        <translation>Feed von Python Insider: Beiträge können nicht gespeichert werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Python Insider feed: %1 (kept the %n item(s) read before it)</source>
        <translation>
            <numerusform>Feed von Python Insider: %1 (der %n zuvor gelesene Eintrag wurde behalten)</numerusform>
            <numerusform>Feed von Python Insider: %1 (die %n zuvor gelesenen Einträge wurden behalten)</numerusform>
        </translation>
    </message>
    <message>
        <source>Python release data (%1): %2</source>
        <translation>Python-Release-Daten (%1): %2</translation>
    </message>
    <message>
        <source>Python release data (%1): not a JSON object (%2)</source>
        <translation>Python-Release-Daten (%1): kein JSON-Objekt (%2)</translation>
    </message>
    <message>
        <source>it is an array or a value</source>
        <translation>es ist ein Array oder ein einzelner Wert</translation>
    </message>
    <message>
        <source>neither index.md nor index.mdx exists in %1 (HTTP 404)</source>
        <translation>weder index.md noch index.mdx gibt es in %1 (HTTP 404)</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The sync stopped after %1 with %n post(s) still to download; the next sync fetches them</source>
        <translation>
            <numerusform>Die Synchronisierung wurde nach %1 abgebrochen, %n Beitrag fehlt noch; die nächste Synchronisierung lädt ihn</numerusform>
            <numerusform>Die Synchronisierung wurde nach %1 abgebrochen, %n Beiträge fehlen noch; die nächste Synchronisierung lädt sie</numerusform>
        </translation>
    </message>
    <message>
        <source>that the text of %1 is current</source>
        <translation>dass der Text von %1 aktuell ist</translation>
    </message>
    <message>
        <source>the error of %1</source>
        <translation>den Fehler von %1</translation>
    </message>
    <message>
        <source>the validators of %1</source>
        <translation>die Validatoren von %1</translation>
    </message>
    <message>
        <source>could not store %1: %2</source>
        <translation>konnte %1 nicht speichern: %2</translation>
    </message>
    <message>
        <source>how the sync went</source>
        <translation>wie die Synchronisierung verlief</translation>
    </message>
    <message>
        <source>Python Insider feed: &quot;%1&quot; was not checked against the store: %2</source>
        <translation>Python-Insider-Feed: „%1“ wurde nicht mit dem Speicher abgeglichen: %2</translation>
    </message>
    <message>
        <source>The followed sources cannot be read: %1</source>
        <translation>Die verfolgten Quellen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1: the sync stopped after %2, before it answered; the next sync tries again</source>
        <translation>%1: Die Synchronisierung wurde nach %2 abgebrochen, bevor die Quelle antwortete; die nächste Synchronisierung versucht es erneut</translation>
    </message>
    <message>
        <source>The sync stopped after %1, before the archive index, the feed and the release data had arrived; the next sync tries again</source>
        <translation>Die Synchronisierung wurde nach %1 abgebrochen, bevor Archivindex, Feed und Release-Daten angekommen waren; die nächste Synchronisierung versucht es erneut</translation>
    </message>
    <message>
        <source>what the posts announce</source>
        <translation>was die Beiträge ankündigen</translation>
    </message>
</context>
<context>
    <name>Herald::SyncScheduler</name>
    <message>
        <source>The sync failed.</source>
        <translation>Die Synchronisierung ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>Herald::Timeline</name>
    <message>
        <source>The lifecycle data (release-cycle.json) is missing: series statuses and end-of-life dates are unknown until the next sync.</source>
        <translation>Die Lebenszyklusdaten (release-cycle.json) fehlen: Status und Support-Ende der Serien sind bis zur nächsten Synchronisierung unbekannt.</translation>
    </message>
    <message>
        <source>The release data (python-releases.json) is missing: official release dates are unknown and missing announcements cannot be found until the next sync.</source>
        <translation>Die Release-Daten (python-releases.json) fehlen: Offizielle Release-Daten sind unbekannt, und fehlende Ankündigungen lassen sich bis zur nächsten Synchronisierung nicht finden.</translation>
    </message>
    <message>
        <source>alpha %1</source>
        <translation>Alpha %1</translation>
    </message>
    <message>
        <source>beta %1</source>
        <translation>Beta %1</translation>
    </message>
    <message>
        <source>candidate %1</source>
        <translation>Kandidat %1</translation>
    </message>
    <message>
        <source>final</source>
        <translation>final</translation>
    </message>
</context>
<context>
    <name>Herald::TimelineItemDelegate</name>
    <message>
        <source>ended %1</source>
        <translation>beendet am %1</translation>
    </message>
    <message numerus="yes">
        <source>EOL in %n day(s)</source>
        <translation>
            <numerusform>Support-Ende in %n Tag</numerusform>
            <numerusform>Support-Ende in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>EOL in %n month(s)</source>
        <translation>
            <numerusform>Support-Ende in %n Monat</numerusform>
            <numerusform>Support-Ende in %n Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>EOL in %n year(s)</source>
        <translation>
            <numerusform>Support-Ende in %n Jahr</numerusform>
            <numerusform>Support-Ende in %n Jahren</numerusform>
        </translation>
    </message>
    <message>
        <source>latest %1</source>
        <translation>zuletzt %1</translation>
    </message>
    <message>
        <source>not announced</source>
        <translation>nicht angekündigt</translation>
    </message>
    <message>
        <source>EOL in %1 %2</source>
        <comment>years, then months</comment>
        <translation>Support-Ende in %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monaten</numerusform>
        </translation>
    </message>
    <message>
        <source>yours</source>
        <translation>Ihres</translation>
    </message>
    <message>
        <source>%1 today</source>
        <translation>%1 heute</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n day(s)</source>
        <translation>
            <numerusform>%1 in %n Tag</numerusform>
            <numerusform>%1 in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n Tag überfällig</numerusform>
            <numerusform>%n Tage überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n überfällig</numerusform>
            <numerusform>%n überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 due %n day(s) ago</source>
        <translation>
            <numerusform>%1 seit %n Tag fällig</numerusform>
            <numerusform>%1 seit %n Tagen fällig</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Herald::TimelineModel</name>
    <message>
        <source>Python %1</source>
        <translation>Python %1</translation>
    </message>
    <message>
        <source>unknown (%1)</source>
        <translation>unbekannt (%1)</translation>
    </message>
    <message>
        <source>end of life %1</source>
        <translation>Support-Ende %1</translation>
    </message>
    <message>
        <source>latest %1</source>
        <translation>zuletzt %1</translation>
    </message>
    <message>
        <source>Release manager: %1</source>
        <translation>Release-Manager: %1</translation>
    </message>
    <message>
        <source>no announcement</source>
        <translation>keine Ankündigung</translation>
    </message>
    <message numerus="yes">
        <source>announced %1, %n day(s) off</source>
        <translation>
            <numerusform>angekündigt am %1, %n Tag daneben</numerusform>
            <numerusform>angekündigt am %1, %n Tage daneben</numerusform>
        </translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>Ankündigung</translation>
    </message>
    <message>
        <source>Python %1, %2</source>
        <translation>Python %1, %2</translation>
    </message>
    <message>
        <source>Python %1 (%2)</source>
        <translation>Python %1 (%2)</translation>
    </message>
    <message>
        <source>Released %1</source>
        <translation>Veröffentlicht am %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after %1</source>
        <translation>
            <numerusform>%n Tag nach %1</numerusform>
            <numerusform>%n Tage nach %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not announced on the blog</source>
        <translation>Im Blog nicht angekündigt</translation>
    </message>
    <message>
        <source>Announced %1</source>
        <translation>Angekündigt am %1</translation>
    </message>
    <message>
        <source>End of life since %1. The lifecycle data still says “%2”.</source>
        <translation>Support-Ende seit %1. Die Lebenszyklusdaten sagen noch „%2“.</translation>
    </message>
    <message>
        <source>Released on %1. The lifecycle data still says “%2”.</source>
        <translation>Veröffentlicht am %1. Die Lebenszyklusdaten sagen noch „%2“.</translation>
    </message>
    <message>
        <source>announced %1</source>
        <translation>angekündigt am %1</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n Tag überfällig</numerusform>
            <numerusform>%n Tage überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>next %1 %2</source>
        <translation>nächste %1 %2</translation>
    </message>
    <message>
        <source>You run %1</source>
        <translation>Bei Ihnen läuft %1</translation>
    </message>
    <message>
        <source>Next: %1, expected %2 (%3)</source>
        <translation>Nächste: %1, erwartet am %2 (%3)</translation>
    </message>
    <message>
        <source>expected, %1</source>
        <translation>erwartet, %1</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>erwartet %1</translation>
    </message>
    <message>
        <source>Expected %1 and not announced yet</source>
        <translation>Erwartet am %1 und noch nicht angekündigt</translation>
    </message>
    <message>
        <source>Expected %1</source>
        <translation>Erwartet am %1</translation>
    </message>
    <message>
        <source>Python %1, %2, expected</source>
        <translation>Python %1, %2, erwartet</translation>
    </message>
    <message>
        <source>A security release</source>
        <translation>Ein Sicherheits-Release</translation>
    </message>
    <message>
        <source>A security release: %1</source>
        <translation>Ein Sicherheits-Release: %1</translation>
    </message>
    <message>
        <source>You run this release</source>
        <translation>Bei Ihnen läuft dieses Release</translation>
    </message>
    <message numerus="yes">
        <source>%n release(s) overdue</source>
        <translation>
            <numerusform>%n Release überfällig</numerusform>
            <numerusform>%n Releases überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>Then: %1, expected %2 (%3)</source>
        <translation>Danach: %1, erwartet am %2 (%3)</translation>
    </message>
</context>
<context>
    <name>Herald::TimelinePane</name>
    <message>
        <source>No releases yet</source>
        <translation>Noch keine Releases</translation>
    </message>
    <message>
        <source>Each Python series, its releases and its end of life appear here once the announcements and the lifecycle data are synced.</source>
        <translation>Jede Python-Serie mit ihren Releases und ihrem Support-Ende erscheint hier, sobald Ankündigungen und Lebenszyklusdaten synchronisiert sind.</translation>
    </message>
    <message>
        <source>Release timeline</source>
        <translation>Release-Zeitleiste</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Choose which series and releases the timeline shows</source>
        <translation>Auswählen, welche Serien und Releases die Zeitleiste zeigt</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Serien</translation>
    </message>
    <message>
        <source>Supported Series</source>
        <translation>Unterstützte Serien</translation>
    </message>
    <message>
        <source>Series that still get bugfix or security releases</source>
        <translation>Serien, die noch Fehlerbehebungs- oder Sicherheits-Releases erhalten</translation>
    </message>
    <message>
        <source>All Series</source>
        <translation>Alle Serien</translation>
    </message>
    <message>
        <source>Every series, end of life included</source>
        <translation>Alle Serien, auch die ohne Support</translation>
    </message>
    <message>
        <source>Releases</source>
        <translation>Releases</translation>
    </message>
    <message>
        <source>Include Pre-releases</source>
        <translation>Vorabversionen einbeziehen</translation>
    </message>
    <message>
        <source>Only Releases Without an Announcement</source>
        <translation>Nur Releases ohne Ankündigung</translation>
    </message>
    <message>
        <source>Open &amp;Announcement</source>
        <translation>&amp;Ankündigung öffnen</translation>
    </message>
    <message>
        <source>Open Release &amp;Page on python.org</source>
        <translation>Release-&amp;Seite auf python.org öffnen</translation>
    </message>
    <message>
        <source>&amp;Copy Version</source>
        <translation>Version &amp;kopieren</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>Releases of followed projects</source>
        <translation>Releases verfolgter Projekte</translation>
    </message>
    <message>
        <source>Reading the releases…</source>
        <translation>Releases werden gelesen…</translation>
    </message>
    <message>
        <source>Each Python series, its releases and its end of life appear here in a moment.</source>
        <translation>Jede Python-Serie mit ihren Releases und ihrem Support-Ende erscheint hier gleich.</translation>
    </message>
</context>
<context>
    <name>Herald::TomlFile</name>
    <message>
        <source>Cannot read %1: it is a folder</source>
        <translation>%1 kann nicht gelesen werden: es ist ein Ordner</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read as TOML: %2</source>
        <translation>%1 lässt sich nicht als TOML lesen: %2</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>eine Tabelle</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>ein String</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>eine Ganzzahl</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>a date or time</source>
        <translation>ein Datum oder eine Uhrzeit</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Cannot read %1: it is no regular file</source>
        <translation>%1 kann nicht gelesen werden: es ist keine gewöhnliche Datei</translation>
    </message>
    <message>
        <source>Cannot read %1: it is larger than %2 MB</source>
        <translation>%1 kann nicht gelesen werden: sie ist größer als %2 MB</translation>
    </message>
</context>
<context>
    <name>Herald::TrayIcon</name>
    <message>
        <source>&amp;Refresh Now</source>
        <translation>Jetzt a&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;Pause Notifications</source>
        <translation>Benachrichtigungen &amp;pausieren</translation>
    </message>
    <message>
        <source>For One &amp;Hour</source>
        <translation>Für eine &amp;Stunde</translation>
    </message>
    <message>
        <source>Until &amp;Tomorrow</source>
        <translation>Bis &amp;morgen</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Latest Announcements</source>
        <translation>Neueste Ankündigungen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Hide Herald</source>
        <translation>Herald &amp;ausblenden</translation>
    </message>
    <message>
        <source>&amp;Show Herald</source>
        <translation>Herald &amp;anzeigen</translation>
    </message>
    <message>
        <source>latest: %1 (%2)</source>
        <translation>zuletzt: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n ungelesen</numerusform>
            <numerusform>%n ungelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>letzte Synchronisierung: %1</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>notifications paused until %1</source>
        <translation>Benachrichtigungen bis %1 pausiert</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>announcement and its date</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation>Pausiert bis %1</translation>
    </message>
    <message>
        <source>next: %1</source>
        <translation>nächste: %1</translation>
    </message>
</context>
<context>
    <name>Herald::YourPythonsCard</name>
    <message>
        <source>Your Pythons</source>
        <translation>Ihre Pythons</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen …</translation>
    </message>
    <message>
        <source>Add a virtual environment, an install folder or an interpreter for Herald to follow</source>
        <translation>Eine virtuelle Umgebung, einen Installationsordner oder einen Interpreter hinzufügen, den Herald verfolgen soll</translation>
    </message>
    <message>
        <source>Look Again</source>
        <translation>Erneut suchen</translation>
    </message>
    <message>
        <source>Look for Python interpreters again</source>
        <translation>Erneut nach Python-Interpretern suchen</translation>
    </message>
    <message>
        <source>Looking for Python interpreters…</source>
        <translation>Suche nach Python-Interpretern …</translation>
    </message>
    <message>
        <source>No Python interpreter found. Herald looked in %1. Add a virtual environment or an install with Add…, or in Settings.</source>
        <translation>Kein Python-Interpreter gefunden. Herald hat in %1 gesucht. Fügen Sie eine virtuelle Umgebung oder eine Installation mit „Hinzufügen …“ oder in den Einstellungen hinzu.</translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n gefunden</numerusform>
            <numerusform>%n gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a Python Location</source>
        <translation>Python-Ort hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n zu aktualisieren</numerusform>
            <numerusform>%n zu aktualisieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>%1 is larger than the %2 limit</source>
        <translation>%1 ist größer als die Grenze von %2</translation>
    </message>
    <message>
        <source>HTTP %1 %2 from %3</source>
        <translation>HTTP %1 %2 von %3</translation>
    </message>
    <message>
        <source>%1 timed out: no data for %2 s</source>
        <translation>%1: Zeitüberschreitung, %2 s lang keine Daten</translation>
    </message>
    <message>
        <source>Could not fetch %1: %2</source>
        <translation>%1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>%1 is a local address</source>
        <translation>%1 ist eine lokale Adresse</translation>
    </message>
    <message>
        <source>%1 resolves to the local address %2</source>
        <translation>%1 verweist auf die lokale Adresse %2</translation>
    </message>
    <message>
        <source>redirected from https to the less safe %1</source>
        <translation>von https auf das weniger sichere %1 umgeleitet</translation>
    </message>
    <message>
        <source>redirected to %1, which is not http or https</source>
        <translation>auf %1 umgeleitet, das weder http noch https ist</translation>
    </message>
    <message>
        <source>redirected to the local address %1</source>
        <translation>auf die lokale Adresse %1 umgeleitet</translation>
    </message>
    <message>
        <source>Refused to fetch %1: %2</source>
        <translation>%1 wurde nicht abgerufen: %2</translation>
    </message>
    <message>
        <source>%1 took longer than %2 s</source>
        <translation>%1 dauerte länger als %2 s</translation>
    </message>
    <message>
        <source>redirected to %1, which resolves to the local address %2</source>
        <translation>auf %1 umgeleitet, das auf die lokale Adresse %2 verweist</translation>
    </message>
    <message>
        <source>%1 has no address</source>
        <translation>%1 hat keine Adresse</translation>
    </message>
    <message>
        <source>more than %1 redirects</source>
        <translation>mehr als %1 Weiterleitungen</translation>
    </message>
</context>
<context>
    <name>MarkOlderDialog</name>
    <message>
        <source>Mark Older Posts as Read</source>
        <translation>Ältere Beiträge als gelesen markieren</translation>
    </message>
    <message>
        <source>Mark posts published &amp;before</source>
        <translation>Beiträge, veröffentlicht &amp;vor dem</translation>
    </message>
    <message>
        <source>as read.</source>
        <translation>als gelesen markieren.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Configure Herald</source>
        <translation>Herald einrichten</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Check for &amp;new posts:</source>
        <translation>Nach &amp;neuen Beiträgen suchen:</translation>
    </message>
    <message>
        <source>Startup:</source>
        <translation>Programmstart:</translation>
    </message>
    <message>
        <source>&amp;Start Herald when I log in</source>
        <translation>Herald &amp;beim Anmelden starten</translation>
    </message>
    <message>
        <source>&amp;Keep running in the background when the window is closed</source>
        <translation>Beim Schließen des Fensters im &amp;Hintergrund weiterlaufen</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Notifications:</source>
        <translation>Benachrichtigungen:</translation>
    </message>
    <message>
        <source>S&amp;how a notification for new posts</source>
        <translation>Bei neuen Beiträgen eine Benachrichtigung an&amp;zeigen</translation>
    </message>
    <message>
        <source>Notify about:</source>
        <translation>Benachrichtigen über:</translation>
    </message>
    <message>
        <source>&amp;All new posts</source>
        <translation>A&amp;lle neuen Beiträge</translation>
    </message>
    <message>
        <source>Release a&amp;nnouncements only</source>
        <translation>Nur Release-A&amp;nkündigungen</translation>
    </message>
    <message>
        <source>&amp;Final releases only, no alphas, betas or release candidates</source>
        <translation>Nur f&amp;inale Releases, keine Alphas, Betas oder Release-Kandidaten</translation>
    </message>
    <message>
        <source>S&amp;ecurity releases only</source>
        <translation>Nur Sich&amp;erheits-Releases</translation>
    </message>
    <message>
        <source>Python series:</source>
        <translation>Python-Serien:</translation>
    </message>
    <message>
        <source>All se&amp;ries</source>
        <translation>Alle Se&amp;rien</translation>
    </message>
    <message>
        <source>Su&amp;pported series, which still get bugfix or security releases</source>
        <translation>&amp;Unterstützte Serien, die noch Fehlerbehebungs- oder Sicherheits-Releases erhalten</translation>
    </message>
    <message>
        <source>Onl&amp;y these series:</source>
        <translation>Nur &amp;diese Serien:</translation>
    </message>
    <message>
        <source>Series to notify about</source>
        <translation>Serien für Benachrichtigungen</translation>
    </message>
    <message>
        <source>Do not disturb:</source>
        <translation>Nicht stören:</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <comment>do not disturb from 22:00 to 07:00</comment>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>Quiet from</source>
        <translation>Ruhezeit ab</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <comment>do not disturb from 22:00 to 07:00</comment>
        <translation>&amp;bis</translation>
    </message>
    <message>
        <source>Quiet until</source>
        <translation>Ruhezeit bis</translation>
    </message>
    <message>
        <source>Send a &amp;Test Notification</source>
        <translation>&amp;Test-Benachrichtigung senden</translation>
    </message>
    <message>
        <source>Images:</source>
        <translation>Bilder:</translation>
    </message>
    <message>
        <source>&amp;Load remote images in posts</source>
        <translation>&amp;Externe Bilder in Beiträgen laden</translation>
    </message>
    <message>
        <source>When off, Herald requests nothing a post names: no tracking pixels.</source>
        <translation>Wenn ausgeschaltet, ruft Herald nichts ab, worauf ein Beitrag verweist: keine Tracking-Pixel.</translation>
    </message>
    <message>
        <source>When on, closing the window leaves Herald running: its icon stays in the system tray, it goes on checking for new posts and notifying you, and starting Herald again brings the window back. When off, closing the window quits Herald.</source>
        <translation>Wenn eingeschaltet, läuft Herald nach dem Schließen des Fensters weiter: Das Symbol bleibt im Systemabschnitt, Herald sucht weiter nach neuen Beiträgen und benachrichtigt Sie, und ein erneuter Start holt das Fenster zurück. Wenn ausgeschaltet, beendet das Schließen des Fensters Herald.</translation>
    </message>
    <message>
        <source>Series I &amp;run, as Your Pythons lists them</source>
        <translation>Serien, die ich &amp;nutze, wie „Ihre Pythons“ sie aufführt</translation>
    </message>
</context>
<context>
    <name>UrlMap</name>
    <message>
        <source>A URL mapping is FROM=TO, for example https://=http://127.0.0.1:8080/, not &quot;%1&quot;</source>
        <translation>Eine URL-Zuordnung hat die Form VON=NACH, zum Beispiel https://=http://127.0.0.1:8080/, nicht „%1“</translation>
    </message>
    <message>
        <source>The target of the URL mapping &quot;%1&quot; is not a URL</source>
        <translation>Das Ziel der URL-Zuordnung „%1“ ist keine URL</translation>
    </message>
    <message>
        <source>The target of the URL mapping &quot;%1&quot; must be an http:// or https:// address with a host</source>
        <translation>Das Ziel der URL-Zuordnung „%1“ muss eine http://- oder https://-Adresse mit Host sein</translation>
    </message>
</context>
</TS>
