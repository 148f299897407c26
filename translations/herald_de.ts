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
    <name>CommandLine</name>
    <message>
        <source>Render the main window offscreen, save it as a PNG to &lt;file&gt; and exit.</source>
        <translation>Das Hauptfenster ohne Bildschirm zeichnen, als PNG in &lt;file&gt; speichern und beenden.</translation>
    </message>
    <message>
        <source>Window size for --screenshot, as WIDTHxHEIGHT (default 1280x800).</source>
        <translation>Fenstergröße für --screenshot, als BREITExHÖHE (Standard 1280x800).</translation>
    </message>
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
        <source>Herald cannot open its window: there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set).
Without one you can still use:
  herald --version                  the library versions
  herald --screenshot FILE.png      render the window offscreen
  herald --help                     every command-line mode
or run it under a virtual display: xvfb-run herald</source>
        <translation>Herald kann sein Fenster nicht öffnen: Es gibt keine Anzeige (weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt).
Ohne Anzeige geht weiterhin:
  herald --version                  die Versionen der Bibliotheken
  herald --screenshot DATEI.png     das Fenster ohne Bildschirm zeichnen
  herald --help                     alle Kommandozeilen-Modi
oder mit einer virtuellen Anzeige starten: xvfb-run herald</translation>
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
</context>
<context>
    <name>Herald::AboutDialog</name>
    <message>
        <source>Herald %1</source>
        <translation>Herald %1</translation>
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
        <source>Fetch new posts and release data</source>
        <translation>Neue Beiträge und Release-Daten abrufen</translation>
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
</context>
</TS>
