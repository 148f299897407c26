<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Herald</source>
        <translation>À propos de Herald</translation>
    </message>
    <message>
        <source>A desktop reader for Python release announcements. It keeps every Python Insider post offline and knows which Python series are still supported.</source>
        <translation>Un lecteur de bureau pour les annonces de versions de Python. Il conserve hors ligne tous les articles de Python Insider et sait quelles séries de Python sont encore prises en charge.</translation>
    </message>
    <message>
        <source>Runs against:</source>
        <translation>Fonctionne avec&#xa0;:</translation>
    </message>
</context>
<context>
    <name>CommandLineTool</name>
    <message>
        <source>error: </source>
        <translation>erreur&#xa0;: </translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>avertissement&#xa0;: </translation>
    </message>
</context>
<context>
    <name>DependencyImportDialog</name>
    <message>
        <source>Import Dependencies</source>
        <translation>Importer des dépendances</translation>
    </message>
    <message>
        <source>&amp;Every locked package, not only the direct dependencies</source>
        <translation>&amp;Tous les paquets verrouillés, pas seulement les dépendances directes</translation>
    </message>
    <message>
        <source>Dependencies to follow</source>
        <translation>Dépendances à suivre</translation>
    </message>
</context>
<context>
    <name>FeedParser</name>
    <message>
        <source>Unknown character encoding “%1”; read the document as UTF-8</source>
        <translation>Encodage de caractères «&#xa0;%1&#xa0;» inconnu&#xa0;; document lu en UTF-8</translation>
    </message>
    <message>
        <source>The document says it is UTF-8 but is not; read it as Windows-1252</source>
        <translation>Le document se déclare en UTF-8 mais ne l&apos;est pas&#xa0;; il a été lu en Windows-1252</translation>
    </message>
    <message>
        <source>The document has bytes that are not valid %1; they were replaced</source>
        <translation>Le document contient des octets qui ne sont pas du %1 valide&#xa0;; ils ont été remplacés</translation>
    </message>
    <message>
        <source>Removed control characters that XML does not allow</source>
        <translation>Caractères de contrôle interdits en XML supprimés</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>L&apos;élément %1</translation>
    </message>
    <message>
        <source>Item %1 (“%2”)</source>
        <translation>L&apos;élément %1 («&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>%1 has a title of %2 characters; cut to %3</source>
        <translation>%1 a un titre de %2 caractères&#xa0;; tronqué à %3</translation>
    </message>
    <message>
        <source>%1: cannot read the date “%2”</source>
        <translation>%1&#xa0;: impossible de lire la date «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1 has no link</source>
        <translation>%1 n&apos;a pas de lien</translation>
    </message>
    <message>
        <source>%1 has no date</source>
        <translation>%1 n&apos;a pas de date</translation>
    </message>
    <message>
        <source>The feed</source>
        <translation>Le flux</translation>
    </message>
    <message>
        <source>%1 repeats the id “%2” of item %3; kept the first</source>
        <translation>%1 répète l&apos;identifiant «&#xa0;%2&#xa0;» de l&apos;élément %3&#xa0;; le premier a été conservé</translation>
    </message>
    <message>
        <source>The document is empty</source>
        <translation>Le document est vide</translation>
    </message>
    <message>
        <source>This is an HTML page, not a feed</source>
        <translation>Ceci est une page HTML, pas un flux</translation>
    </message>
    <message>
        <source>The document is not well-formed XML: %1 (line %2, column %3)</source>
        <translation>Le document n&apos;est pas du XML bien formé&#xa0;: %1 (ligne %2, colonne %3)</translation>
    </message>
    <message>
        <source>This is XML but not a feed: its root element is &lt;%1&gt;, not &lt;rss&gt;, &lt;rdf:RDF&gt; or &lt;feed&gt;</source>
        <translation>Ceci est du XML mais pas un flux&#xa0;: son élément racine est &lt;%1&gt;, et non &lt;rss&gt;, &lt;rdf:RDF&gt; ou &lt;feed&gt;</translation>
    </message>
    <message>
        <source>The feed is not well-formed XML: %1 (line %2, column %3). Items read before it: %4</source>
        <translation>Le flux n&apos;est pas du XML bien formé&#xa0;: %1 (ligne %2, colonne %3). Éléments lus avant l&apos;erreur&#xa0;: %4</translation>
    </message>
    <message>
        <source>KF6 Syndication could not read this %1 document (error %2)</source>
        <translation>KF6 Syndication n&apos;a pas pu lire ce document %1 (erreur %2)</translation>
    </message>
</context>
<context>
    <name>FrontmatterReader</name>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>a map of keys and values</source>
        <translation>un dictionnaire de clés et de valeurs</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; should be text, not %2</source>
        <translation>«&#xa0;%1&#xa0;» devrait être du texte, pas %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; should be a date like 2024-05-01, not %2</source>
        <translation>«&#xa0;%1&#xa0;» devrait être une date comme 2024-05-01, pas %2</translation>
    </message>
    <message>
        <source>An item of &quot;%1&quot; should be text, not %2</source>
        <translation>Un élément de «&#xa0;%1&#xa0;» devrait être du texte, pas %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; should be a list, not %2</source>
        <translation>«&#xa0;%1&#xa0;» devrait être une liste, pas %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; should be true or false, not %2</source>
        <translation>«&#xa0;%1&#xa0;» devrait valoir true ou false, pas %2</translation>
    </message>
    <message>
        <source>The frontmatter starting on line 1 is never closed with ---</source>
        <translation>Le frontmatter qui commence à la ligne 1 n&apos;est jamais fermé par ---</translation>
    </message>
    <message>
        <source>The frontmatter should be keys with values (title: ...), not %1</source>
        <translation>Le frontmatter devrait être composé de clés avec des valeurs (title: ...), pas de %1</translation>
    </message>
    <message>
        <source>The frontmatter is not valid YAML: %1</source>
        <translation>Le frontmatter n&apos;est pas du YAML valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>The frontmatter is not valid YAML: %1 (line %2, column %3)</source>
        <translation>Le frontmatter n&apos;est pas du YAML valide&#xa0;: %1 (ligne %2, colonne %3)</translation>
    </message>
</context>
<context>
    <name>GuiApplication</name>
    <message>
        <source>No stored post has the id &quot;%1&quot;</source>
        <translation>Aucun article enregistré n&apos;a l&apos;identifiant «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Could not write the screenshot to %1</source>
        <translation>Impossible d&apos;écrire la capture d&apos;écran dans %1</translation>
    </message>
    <message>
        <source>Saved %1 (%2x%3)</source>
        <translation>%1 enregistré (%2x%3)</translation>
    </message>
    <message>
        <source>Herald cannot start</source>
        <translation>Herald ne peut pas démarrer</translation>
    </message>
    <message>
        <source>The database was damaged</source>
        <translation>La base de données était endommagée</translation>
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
        <translation>Licence&#xa0;: %1 (%2).</translation>
    </message>
    <message>
        <source>Home page: %1</source>
        <translation>Page d&apos;accueil&#xa0;: %1</translation>
    </message>
    <message>
        <source>Report bugs at %1</source>
        <translation>Signalez les bogues sur %1</translation>
    </message>
</context>
<context>
    <name>Herald::Autostart</name>
    <message>
        <source>Cannot change the registry value %1</source>
        <translation>Impossible de modifier la valeur de registre %1</translation>
    </message>
    <message>
        <source>There is no configuration folder to keep the login item in</source>
        <translation>Il n&apos;y a pas de dossier de configuration où placer l&apos;élément de démarrage automatique</translation>
    </message>
    <message>
        <source>Cannot remove %1: %2</source>
        <translation>Impossible de supprimer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Python release announcements</source>
        <translation>Annonces de versions de Python</translation>
    </message>
</context>
<context>
    <name>Herald::BackgroundController</name>
    <message numerus="yes">
        <source>%n Python(s) to update</source>
        <translation>
            <numerusform>%n Python à mettre à jour</numerusform>
            <numerusform>%n Pythons à mettre à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n day(s) overdue</source>
        <translation>
            <numerusform>%1, en retard de %n jour</numerusform>
            <numerusform>%1, en retard de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 today</source>
        <translation>%1 aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n day(s)</source>
        <translation>
            <numerusform>%1 dans %n jour</numerusform>
            <numerusform>%1 dans %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of your Pythons to update</source>
        <translation>
            <numerusform>%n de vos Pythons à mettre à jour</numerusform>
            <numerusform>%n de vos Pythons à mettre à jour</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Herald::CalendarCommand</name>
    <message>
        <source>error: </source>
        <translation>erreur&#xa0;: </translation>
    </message>
    <message>
        <source>error: Herald has no release data for a calendar yet; it comes with a sync (herald --sync)</source>
        <translation>erreur&#xa0;: Herald n&apos;a pas encore de données de versions pour un calendrier&#xa0;; elles arrivent avec une synchronisation (herald --sync)</translation>
    </message>
    <message>
        <source>error: cannot write the calendar to standard output</source>
        <translation>erreur&#xa0;: impossible d&apos;écrire le calendrier sur la sortie standard</translation>
    </message>
    <message>
        <source>error: cannot write %1: %2</source>
        <translation>erreur&#xa0;: impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Wrote the release calendar to %1</source>
        <translation>Calendrier des versions écrit dans %1</translation>
    </message>
</context>
<context>
    <name>Herald::CheckCommand</name>
    <message>
        <source>error: </source>
        <translation>erreur&#xa0;: </translation>
    </message>
    <message>
        <source>note: </source>
        <translation>remarque&#xa0;: </translation>
    </message>
    <message>
        <source>error: Herald has no release data to judge by yet; it comes with a sync (herald --sync)</source>
        <translation>erreur&#xa0;: Herald n&apos;a pas encore de données de versions pour évaluer&#xa0;; elles arrivent avec une synchronisation (herald --sync)</translation>
    </message>
    <message>
        <source>error: no dependency of %1 could be judged: herald --import-deps %1 follows them, and a sync fetches their releases</source>
        <translation>erreur&#xa0;: aucune dépendance de %1 n&apos;a pu être évaluée&#xa0;: herald --import-deps %1 les suit, et une synchronisation récupère leurs versions</translation>
    </message>
    <message>
        <source>No Python interpreter found. Looked in: %1</source>
        <translation>Aucun interpréteur Python trouvé. Emplacements examinés&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n interpreter(s) judged on %1: </source>
        <translation>
            <numerusform>%n interpréteur évalué le %1&#xa0;: </numerusform>
            <numerusform>%n interpréteurs évalués le %1&#xa0;: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 up to date, %2 behind, %3 missing a security release or past end of life</source>
        <translation>à jour&#xa0;: %1, en retard&#xa0;: %2, sans une version de sécurité ou en fin de vie&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n not judged (another implementation, an unknown series, or unusable)</source>
        <translation>
            <numerusform>%n non évalué (autre implémentation, série inconnue ou inutilisable)</numerusform>
            <numerusform>%n non évalués (autres implémentations, séries inconnues ou inutilisables)</numerusform>
        </translation>
    </message>
    <message>
        <source>Python %1: end of life since %2</source>
        <translation>Python %1&#xa0;: en fin de vie depuis le %2</translation>
    </message>
    <message>
        <source>Python %1: %2</source>
        <translation>Python %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>end of life %1</source>
        <translation>fin de vie le %1</translation>
    </message>
    <message>
        <source>newest %1</source>
        <translation>dernière version %1</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>il manque %1</translation>
    </message>
    <message numerus="yes">
        <source>(+%n issue(s))</source>
        <translation>
            <numerusform>(+%n ticket)</numerusform>
            <numerusform>(+%n tickets)</numerusform>
        </translation>
    </message>
    <message>
        <source>security</source>
        <translation>sécurité</translation>
    </message>
    <message>
        <source>security: %1</source>
        <translation>sécurité&#xa0;: %1</translation>
    </message>
    <message>
        <source>(not announced)</source>
        <translation>(non annoncée)</translation>
    </message>
    <message numerus="yes">
        <source>next: %1 expected %2 (%n day(s) overdue)</source>
        <translation>
            <numerusform>suivante&#xa0;: %1 attendue le %2 (en retard de %n jour)</numerusform>
            <numerusform>suivante&#xa0;: %1 attendue le %2 (en retard de %n jours)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>next: %1 expected %2 (in %n day(s))</source>
        <translation>
            <numerusform>suivante&#xa0;: %1 attendue le %2 (dans %n jour)</numerusform>
            <numerusform>suivante&#xa0;: %1 attendue le %2 (dans %n jours)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Herald::CommandLine</name>
    <message>
        <source>Sync every source once, print a summary and exit (non-zero if a source or a post failed).</source>
        <translation>Synchroniser chaque source une fois, afficher un résumé et quitter (code de sortie non nul si une source ou un article a échoué).</translation>
    </message>
    <message>
        <source>List the stored posts, newest first, and exit.</source>
        <translation>Lister les articles enregistrés, du plus récent au plus ancien, et quitter.</translation>
    </message>
    <message>
        <source>Print the release timeline (each series with its status and end of life, then its releases and the posts announcing them) and exit.</source>
        <translation>Afficher la chronologie des versions (chaque série avec son état et sa fin de vie, puis ses versions et les articles qui les annoncent) et quitter.</translation>
    </message>
    <message>
        <source>Sync, then judge every Python interpreter on this machine against the releases: print each with what it misses and what to do, and exit 0 when all are up to date, 1 when one is behind a release, 2 when one misses a security release or is past its end of life (3: no release data). With --deps, the dependencies too (3 also when none of its pinned versions can be judged yet; 4: the file cannot be read).</source>
        <translation>Synchroniser, puis évaluer chaque interpréteur Python de cette machine par rapport aux versions publiées&#xa0;: afficher pour chacun ce qui lui manque et ce qu&apos;il faut faire, et quitter avec 0 si tous sont à jour, 1 si l&apos;un d&apos;eux a une version de retard, 2 s&apos;il manque une version de sécurité à l&apos;un d&apos;eux ou s&apos;il a dépassé sa fin de vie (3&#xa0;: aucune donnée de versions). Avec --deps, évaluer aussi les dépendances (3 également si aucune de leurs versions épinglées ne peut encore être évaluée&#xa0;; 4&#xa0;: le fichier ne peut pas être lu).</translation>
    </message>
    <message>
        <source>List the Python interpreters found on this machine, and where Herald looked, and exit.</source>
        <translation>Lister les interpréteurs Python trouvés sur cette machine, et les emplacements examinés par Herald, puis quitter.</translation>
    </message>
    <message>
        <source>Write the expected releases and the end-of-life dates as an iCalendar file to &lt;file&gt; (- for standard output) and exit.</source>
        <translation>Écrire les versions attendues et les dates de fin de vie dans &lt;file&gt; au format iCalendar (- pour la sortie standard) et quitter.</translation>
    </message>
    <message>
        <source>Parse one feed document (a file or an http(s) URL) without touching the store, print what was understood and exit.</source>
        <translation>Analyser un document de flux (un fichier ou une URL http(s)) sans toucher à la base de données, afficher ce qui a été compris et quitter.</translation>
    </message>
    <message>
        <source>Print one stored post (its id as --list --json gives it, or its number) as text and exit.</source>
        <translation>Afficher un article enregistré (par son identifiant tel que le donne --list --json, ou par son numéro) sous forme de texte et quitter.</translation>
    </message>
    <message>
        <source>With --show: print the HTML document the reader shows instead of text.</source>
        <translation>Avec --show&#xa0;: afficher le document HTML que montre le lecteur au lieu du texte.</translation>
    </message>
    <message>
        <source>Follow a project&apos;s releases or any feed, print what was found and exit: a feed or web page URL, owner/repo or a GitHub URL, pypi:NAME or a PyPI URL, a Discourse category URL.</source>
        <translation>Suivre les versions d&apos;un projet ou n&apos;importe quel flux, afficher ce qui a été trouvé et quitter&#xa0;: une URL de flux ou de page web, owner/repo ou une URL GitHub, pypi:NAME ou une URL PyPI, une URL de catégorie Discourse.</translation>
    </message>
    <message>
        <source>Stop following the source with this id (as --sources gives it) and exit.</source>
        <translation>Ne plus suivre la source ayant cet identifiant (tel que le donne --sources) et quitter.</translation>
    </message>
    <message>
        <source>List the followed sources with their state and exit.</source>
        <translation>Lister les sources suivies avec leur état et quitter.</translation>
    </message>
    <message>
        <source>Follow every feed an OPML subscription list names (its folders too), print what was added and exit.</source>
        <translation>Suivre chaque flux nommé dans une liste d&apos;abonnements OPML (y compris ses dossiers), afficher ce qui a été ajouté et quitter.</translation>
    </message>
    <message>
        <source>Write the followed sources and their folders as an OPML 2.0 subscription list to &lt;file&gt; (- for standard output) and exit.</source>
        <translation>Écrire les sources suivies et leurs dossiers dans &lt;file&gt; sous forme de liste d&apos;abonnements OPML 2.0 (- pour la sortie standard) et quitter.</translation>
    </message>
    <message>
        <source>Follow on PyPI every dependency a Python project names, and remember the versions it pins or locks: requirements*.txt, pyproject.toml, uv.lock or poetry.lock. Prints what was added and exits.</source>
        <translation>Suivre sur PyPI chaque dépendance nommée par un projet Python, et retenir les versions qu&apos;il épingle ou verrouille&#xa0;: requirements*.txt, pyproject.toml, uv.lock ou poetry.lock. Affiche ce qui a été ajouté et quitte.</translation>
    </message>
    <message>
        <source>With --import-deps of a lock file: every locked package, not only the direct ones.</source>
        <translation>Avec --import-deps sur un fichier de verrouillage&#xa0;: chaque paquet verrouillé, pas seulement les dépendances directes.</translation>
    </message>
    <message>
        <source>With --import-deps: print what would be followed, and change nothing.</source>
        <translation>Avec --import-deps&#xa0;: afficher ce qui serait suivi, sans rien modifier.</translation>
    </message>
    <message>
        <source>With --check: judge the versions this dependency file pins or locks too (the same exit codes).</source>
        <translation>Avec --check&#xa0;: évaluer aussi les versions que ce fichier de dépendances épingle ou verrouille (mêmes codes de sortie).</translation>
    </message>
    <message>
        <source>With --source: judge the source&apos;s series by this endoflife.date product; &quot;auto&quot; for the one its name suggests, &quot;none&quot; for no lifecycle.</source>
        <translation>Avec --source&#xa0;: évaluer les séries de la source d&apos;après ce produit d&apos;endoflife.date&#xa0;; «&#xa0;auto&#xa0;» pour celui que suggère son nom, «&#xa0;none&#xa0;» pour aucun cycle de vie.</translation>
    </message>
    <message>
        <source>With --sync, --list, --releases or --lifecycle: only the source with this id.</source>
        <translation>Avec --sync, --list, --releases ou --lifecycle&#xa0;: uniquement la source ayant cet identifiant.</translation>
    </message>
    <message>
        <source>With --list, --releases, --check, --pythons or --parse: print JSON instead of text.</source>
        <translation>Avec --list, --releases, --check, --pythons ou --parse&#xa0;: afficher du JSON au lieu du texte.</translation>
    </message>
    <message>
        <source>Keep the database in &lt;dir&gt; instead of the platform&apos;s app-data directory.</source>
        <translation>Conserver la base de données dans &lt;dir&gt; au lieu du dossier de données d&apos;application de la plateforme.</translation>
    </message>
    <message>
        <source>Rewrite every outgoing URL that starts with FROM to start with TO instead (repeatable; also $HERALD_URL_MAP, pairs separated by &apos;;&apos;). Example: https://=http://127.0.0.1:8080/</source>
        <translation>Réécrire chaque URL sortante qui commence par FROM pour qu&apos;elle commence par TO à la place (répétable&#xa0;; aussi $HERALD_URL_MAP, paires séparées par &apos;;&apos;). Exemple&#xa0;: https://=http://127.0.0.1:8080/</translation>
    </message>
    <message>
        <source>Start in the system tray without showing the window.</source>
        <translation>Démarrer dans la zone de notification sans afficher la fenêtre.</translation>
    </message>
    <message>
        <source>Print what Herald does (network, sync, store, rendering, notifications) to standard error; QT_LOGGING_RULES=&quot;herald.sync.debug=true&quot; picks one area.</source>
        <translation>Afficher sur la sortie d&apos;erreur standard ce que fait Herald (réseau, synchronisation, stockage, rendu, notifications)&#xa0;; QT_LOGGING_RULES=&quot;herald.sync.debug=true&quot; sélectionne un seul domaine.</translation>
    </message>
    <message>
        <source>Render the main window offscreen, save it as a PNG to &lt;file&gt; and exit.</source>
        <translation>Dessiner la fenêtre principale hors écran, l&apos;enregistrer en PNG dans &lt;file&gt; et quitter.</translation>
    </message>
    <message>
        <source>Window size for --screenshot, as WIDTHxHEIGHT (default 1280x800).</source>
        <translation>Taille de la fenêtre pour --screenshot, sous la forme LARGEURxHAUTEUR (par défaut 1280x800).</translation>
    </message>
    <message>
        <source>Colour theme for this run: system, light or dark (the View menu sets it for good).</source>
        <translation>Thème de couleurs pour cette exécution&#xa0;: system, light ou dark (le menu Affichage le définit durablement).</translation>
    </message>
    <message>
        <source>With --screenshot: search the post list for &lt;text&gt; first, as typed after /.</source>
        <translation>Avec --screenshot&#xa0;: rechercher d&apos;abord &lt;text&gt; dans la liste des articles, comme s&apos;il était saisi après /.</translation>
    </message>
    <message>
        <source>Herald follows Python release announcements and keeps them readable offline.</source>
        <translation>Herald suit les annonces de versions de Python et les garde lisibles hors ligne.</translation>
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
        <translation>Herald ne peut pas ouvrir sa fenêtre&#xa0;: il n&apos;y a pas d&apos;affichage (ni DISPLAY ni WAYLAND_DISPLAY n&apos;est défini).
Sans affichage, vous pouvez toujours utiliser&#xa0;:
  herald --sync                     synchroniser chaque source une fois
  herald --list                     les articles enregistrés
  herald --show ID                  un article enregistré
  herald --version                  les versions des bibliothèques
  herald --screenshot FILE.png      dessiner la fenêtre hors écran
  herald --help                     tous les modes en ligne de commande
ou lancez-le dans un affichage virtuel&#xa0;: xvfb-run herald</translation>
    </message>
    <message>
        <source>--size wants WIDTHxHEIGHT, for example 1280x800, not &quot;%1&quot;</source>
        <translation>--size attend LARGEURxHAUTEUR, par exemple 1280x800, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--size %1x%2 is too large: at most %3 pixels a side and %4 megapixels</source>
        <translation>--size %1x%2 est trop grand&#xa0;: au plus %3 pixels par côté et %4 mégapixels</translation>
    </message>
    <message>
        <source>--size %1x%2 is too small: at least 200x150</source>
        <translation>--size %1x%2 est trop petit&#xa0;: au moins 200x150</translation>
    </message>
    <message>
        <source>Choose one of --sync, --list, --releases, --check, --pythons, --calendar, --parse, --show, --follow, --unfollow, --sources, --import-opml, --export-opml, --import-deps, --lifecycle and --screenshot</source>
        <translation>Choisissez une seule option parmi --sync, --list, --releases, --check, --pythons, --calendar, --parse, --show, --follow, --unfollow, --sources, --import-opml, --export-opml, --import-deps, --lifecycle et --screenshot</translation>
    </message>
    <message>
        <source>--source goes with --sync, --list, --releases or --lifecycle</source>
        <translation>--source s&apos;utilise avec --sync, --list, --releases ou --lifecycle</translation>
    </message>
    <message>
        <source>--lifecycle needs --source: the source whose lifecycle it sets</source>
        <translation>--lifecycle nécessite --source&#xa0;: la source dont il définit le cycle de vie</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a source id: --sources lists them</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un identifiant de source&#xa0;: --sources les liste</translation>
    </message>
    <message>
        <source>--html goes with --show</source>
        <translation>--html s&apos;utilise avec --show</translation>
    </message>
    <message>
        <source>--json goes with --list, --releases, --check, --pythons, --sources or --parse</source>
        <translation>--json s&apos;utilise avec --list, --releases, --check, --pythons, --sources ou --parse</translation>
    </message>
    <message>
        <source>--theme is system, light or dark, not &quot;%1&quot;</source>
        <translation>--theme vaut system, light ou dark, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--theme goes with the window or --screenshot</source>
        <translation>--theme s&apos;utilise avec la fenêtre ou --screenshot</translation>
    </message>
    <message>
        <source>--%1 goes with --import-deps</source>
        <translation>--%1 s&apos;utilise avec --import-deps</translation>
    </message>
    <message>
        <source>--deps goes with --check</source>
        <translation>--deps s&apos;utilise avec --check</translation>
    </message>
    <message>
        <source>--filter goes with --screenshot</source>
        <translation>--filter s&apos;utilise avec --screenshot</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argument inattendu&#xa0;: %1</translation>
    </message>
    <message>
        <source>--hidden starts the window in the system tray, so it does not go with --sync, --list, --releases, --check, --pythons, --calendar, --parse, --follow, --unfollow, --sources, --import-opml, --export-opml, --import-deps, --lifecycle or --screenshot</source>
        <translation>--hidden démarre la fenêtre dans la zone de notification&#xa0;; il ne s&apos;utilise donc pas avec --sync, --list, --releases, --check, --pythons, --calendar, --parse, --follow, --unfollow, --sources, --import-opml, --export-opml, --import-deps, --lifecycle ou --screenshot</translation>
    </message>
</context>
<context>
    <name>Herald::Database</name>
    <message>
        <source>Cannot create the data directory %1</source>
        <translation>Impossible de créer le dossier de données %1</translation>
    </message>
    <message>
        <source>Cannot use the data directory %1: it is not writable</source>
        <translation>Impossible d&apos;utiliser le dossier de données %1&#xa0;: il n&apos;est pas accessible en écriture</translation>
    </message>
    <message>
        <source>Cannot use the database %1: %2</source>
        <translation>Impossible d&apos;utiliser la base de données %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed</source>
        <translation>Le pilote SQLite de Qt (QSQLITE) n&apos;est pas installé</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Herald (schema %2; this one knows %3)</source>
        <translation>%1 a été écrit par une version plus récente de Herald (schéma %2&#xa0;; celle-ci connaît le schéma %3)</translation>
    </message>
    <message>
        <source>Cannot update the database to schema %1: %2</source>
        <translation>Impossible de mettre à jour la base de données vers le schéma %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2) and could not be moved aside; Herald left it untouched.</source>
        <translation>La base de données %1 est endommagée (%2) et n&apos;a pas pu être mise de côté&#xa0;; Herald l&apos;a laissée intacte.</translation>
    </message>
    <message>
        <source>The database %1 was damaged (%2). It was kept as %3, and a new one was started: the next sync fetches the posts again, but read and starred marks are in the old file.</source>
        <translation>La base de données %1 était endommagée (%2). Elle a été conservée sous le nom %3 et une nouvelle base a été créée&#xa0;: la prochaine synchronisation récupère à nouveau les articles, mais les marques «&#xa0;lu&#xa0;» et «&#xa0;favori&#xa0;» se trouvent dans l&apos;ancien fichier.</translation>
    </message>
    <message>
        <source>Cannot open %1: it does not exist</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: le fichier n&apos;existe pas</translation>
    </message>
</context>
<context>
    <name>Herald::DependenciesCommand</name>
    <message>
        <source>error: </source>
        <translation>erreur&#xa0;: </translation>
    </message>
    <message>
        <source>note: </source>
        <translation>remarque&#xa0;: </translation>
    </message>
    <message>
        <source>error: nothing was imported from %1: %2</source>
        <translation>erreur&#xa0;: rien n&apos;a été importé depuis %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: followed already, as source %2</source>
        <translation>%1&#xa0;: déjà suivie, comme source %2</translation>
    </message>
    <message>
        <source>%1: would follow pypi:%2</source>
        <translation>%1&#xa0;: suivrait pypi:%2</translation>
    </message>
    <message>
        <source>%1: following as source %2</source>
        <translation>%1&#xa0;: suivie comme source %2</translation>
    </message>
    <message numerus="yes">
        <source>%n dependency(ies) in %1 would be followed, in the folder %2</source>
        <translation>
            <numerusform>%n dépendance de %1 serait suivie, dans le dossier %2</numerusform>
            <numerusform>%n dépendances de %1 seraient suivies, dans le dossier %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dependency(ies) from %1 followed, in the folder %2</source>
        <translation>
            <numerusform>%n dépendance de %1 suivie, dans le dossier %2</numerusform>
            <numerusform>%n dépendances de %1 suivies, dans le dossier %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n followed already</source>
        <translation>
            <numerusform>&#xa0;; %n déjà suivie</numerusform>
            <numerusform>&#xa0;; %n déjà suivies</numerusform>
        </translation>
    </message>
    <message>
        <source>herald --sync fetches their releases.</source>
        <translation>herald --sync récupère leurs versions.</translation>
    </message>
    <message>
        <source>not followed: herald --import-deps follows it</source>
        <translation>non suivie&#xa0;: herald --import-deps la suit</translation>
    </message>
    <message>
        <source>no version pinned or locked</source>
        <translation>aucune version épinglée ni verrouillée</translation>
    </message>
    <message>
        <source>“%1” is no version Herald can compare</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une version que Herald sait comparer</translation>
    </message>
    <message>
        <source>no releases stored yet: herald --sync fetches them</source>
        <translation>aucune version enregistrée pour l&apos;instant&#xa0;: herald --sync les récupère</translation>
    </message>
    <message numerus="yes">
        <source>%n dependency(ies) of %1 judged on %2: </source>
        <translation>
            <numerusform>%n dépendance de %1 évaluée le %2&#xa0;: </numerusform>
            <numerusform>%n dépendances de %1 évaluées le %2&#xa0;: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 up to date, %2 behind, %3 past end of life</source>
        <translation>à jour&#xa0;: %1, en retard&#xa0;: %2, en fin de vie&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n not judged</source>
        <translation>
            <numerusform>%n non évaluée</numerusform>
            <numerusform>%n non évaluées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Herald::DependencyFile</name>
    <message>
        <source>%1 is no dependency file Herald reads: it reads requirements files (*.txt, *.in), pyproject.toml, uv.lock and poetry.lock</source>
        <translation>%1 n&apos;est pas un fichier de dépendances que Herald sait lire&#xa0;: il lit les fichiers requirements (*.txt, *.in), pyproject.toml, uv.lock et poetry.lock</translation>
    </message>
</context>
<context>
    <name>Herald::DependencyImport</name>
    <message>
        <source>Dependencies</source>
        <translation>Dépendances</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Herald::DependencyImportDialog</name>
    <message>
        <source>&amp;Follow</source>
        <translation>&amp;Suivre</translation>
    </message>
    <message>
        <source>Nothing can be imported: %1</source>
        <translation>Rien ne peut être importé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n dependency(ies) of %1 will be followed on PyPI, in the folder “%2”</source>
        <translation>
            <numerusform>%n dépendance de %1 sera suivie sur PyPI, dans le dossier «&#xa0;%2&#xa0;»</numerusform>
            <numerusform>%n dépendances de %1 seront suivies sur PyPI, dans le dossier «&#xa0;%2&#xa0;»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n followed already</source>
        <translation>
            <numerusform>&#xa0;; %n déjà suivie</numerusform>
            <numerusform>&#xa0;; %n déjà suivies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Herald::DependencyPlanModel</name>
    <message>
        <source>not pinned</source>
        <translation>non épinglée</translation>
    </message>
    <message>
        <source>followed already</source>
        <translation>déjà suivie</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouvelle</translation>
    </message>
    <message>
        <source>pypi:%1</source>
        <translation>pypi:%1</translation>
    </message>
    <message>
        <source>Only where %1</source>
        <translation>Uniquement si %1</translation>
    </message>
    <message>
        <source>Followed already, as “%1”</source>
        <translation>Déjà suivie, sous le nom «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Dependency</source>
        <translation>Dépendance</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Ici</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Provenance</translation>
    </message>
</context>
<context>
    <name>Herald::DependencyStatus</name>
    <message>
        <source>you use %1</source>
        <translation>vous utilisez %1</translation>
    </message>
    <message>
        <source>%1 and %2 are out</source>
        <translation>%1 et %2 sont sorties</translation>
    </message>
    <message>
        <source>%1 is out</source>
        <translation>%1 est sortie</translation>
    </message>
    <message>
        <source>%1 (LTS)</source>
        <translation>%1 (LTS)</translation>
    </message>
    <message>
        <source>%1 reached end of life on %2</source>
        <translation>%1 a atteint sa fin de vie le %2</translation>
    </message>
    <message>
        <source>%1 reached end of life</source>
        <translation>%1 a atteint sa fin de vie</translation>
    </message>
    <message>
        <source>%1 gets security fixes until %2</source>
        <translation>%1 reçoit des correctifs de sécurité jusqu&apos;au %2</translation>
    </message>
    <message>
        <source>%1 gets security fixes only</source>
        <translation>%1 ne reçoit plus que des correctifs de sécurité</translation>
    </message>
    <message>
        <source>%1 is supported until %2</source>
        <translation>%1 est pris en charge jusqu&apos;au %2</translation>
    </message>
    <message>
        <source>%1 is supported</source>
        <translation>%1 est pris en charge</translation>
    </message>
</context>
<context>
    <name>Herald::FeedSourceSync</name>
    <message>
        <source>could not store how the sync of %1 went: %2</source>
        <translation>impossible d&apos;enregistrer le déroulement de la synchronisation de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>could not store that %1 has no lifecycle: %2</source>
        <translation>impossible d&apos;enregistrer que %1 n&apos;a pas de cycle de vie&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: no lifecycle from %2: %3</source>
        <translation>%1&#xa0;: aucun cycle de vie obtenu de %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2 is no lifecycle: %3</source>
        <translation>%1&#xa0;: %2 n&apos;est pas un cycle de vie&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 (%2): not a feed: %3</source>
        <translation>%1 (%2)&#xa0;: pas un flux&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: cannot store posts: %2</source>
        <translation>%1&#xa0;: impossible d&apos;enregistrer les articles&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (kept the %n item(s) read before it)</source>
        <translation>
            <numerusform>%1&#xa0;: %2 (%n élément lu auparavant a été conservé)</numerusform>
            <numerusform>%1&#xa0;: %2 (%n éléments lus auparavant ont été conservés)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: cannot mark yanked releases: %2</source>
        <translation>%1&#xa0;: impossible de marquer les versions retirées&#xa0;: %2</translation>
    </message>
    <message>
        <source>could not store the validators of %1: %2</source>
        <translation>impossible d&apos;enregistrer les validateurs de %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Herald::FindBar</name>
    <message>
        <source>Match case</source>
        <translation>Respecter la casse</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Fermer la barre de recherche (Échap)</translation>
    </message>
    <message>
        <source>Find in post</source>
        <translation>Rechercher dans l&apos;article</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Occurrence précédente (Maj+Entrée)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Occurrence suivante (Entrée)</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
</context>
<context>
    <name>Herald::FollowDialog</name>
    <message>
        <source>Follow</source>
        <translation>Suivre</translation>
    </message>
    <message>
        <source>django/django, pypi:requests, or a feed or page URL</source>
        <translation>django/django, pypi:requests, ou une URL de flux ou de page</translation>
    </message>
    <message>
        <source>(No Folder)</source>
        <translation>(Aucun dossier)</translation>
    </message>
    <message>
        <source>&amp;Follow</source>
        <translation>&amp;Suivre</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Quoi&#xa0;:</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>A GitHub repository, a PyPI project, a Discourse category, or any feed or web page that names one.</source>
        <translation>Un dépôt GitHub, un projet PyPI, une catégorie Discourse, ou n&apos;importe quel flux ou page web qui en indique un.</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>Recherche de %1…</translation>
    </message>
    <message>
        <source>Nothing to follow there.</source>
        <translation>Rien à suivre à cet endroit.</translation>
    </message>
    <message>
        <source>You follow this already, as “%1”.</source>
        <translation>Vous suivez déjà ceci, sous le nom «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n item(s)</source>
        <translation>
            <numerusform>%1, %n élément</numerusform>
            <numerusform>%1, %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>Latest release: %1</source>
        <translation>Dernière version&#xa0;: %1</translation>
    </message>
    <message>
        <source>Latest: %1</source>
        <translation>Dernier élément&#xa0;: %1</translation>
    </message>
    <message>
        <source>The page names another feed too: %1</source>
        <translation>La page indique aussi un autre flux&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Herald::ImageLoader</name>
    <message>
        <source>The SVG image declares XML entities.</source>
        <translation>L&apos;image SVG déclare des entités XML.</translation>
    </message>
    <message>
        <source>The SVG image refers to something outside it (%1).</source>
        <translation>L&apos;image SVG fait référence à quelque chose d&apos;extérieur (%1).</translation>
    </message>
    <message>
        <source>The SVG image is not valid XML: %1.</source>
        <translation>L&apos;image SVG n&apos;est pas du XML valide&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Herald loads images only from complete http and https addresses.</source>
        <translation>Herald ne charge les images que depuis des adresses http et https complètes.</translation>
    </message>
    <message>
        <source>Herald does not load images from %1.</source>
        <translation>Herald ne charge pas les images depuis %1.</translation>
    </message>
    <message>
        <source>Herald does not load %1: images.</source>
        <translation>Herald ne charge pas les images «&#xa0;%1:&#xa0;».</translation>
    </message>
    <message>
        <source>The server sent no image.</source>
        <translation>Le serveur n&apos;a envoyé aucune image.</translation>
    </message>
    <message>
        <source>This is not a PNG, JPEG, GIF or SVG image.</source>
        <translation>Ce n&apos;est pas une image PNG, JPEG, GIF ou SVG.</translation>
    </message>
    <message>
        <source>The %1 image has no size Herald can read: %2</source>
        <translation>L&apos;image %1 n&apos;a pas de taille lisible par Herald&#xa0;: %2</translation>
    </message>
    <message>
        <source>The image is %1 × %2 pixels, more than the %3 megapixels Herald shows.</source>
        <translation>L&apos;image fait %1 × %2 pixels, plus que les %3 mégapixels qu&apos;affiche Herald.</translation>
    </message>
    <message>
        <source>The %1 image could not be decoded: %2</source>
        <translation>L&apos;image %1 n&apos;a pas pu être décodée&#xa0;: %2</translation>
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
        <translation>Sa version n&apos;a pas pu être déterminée</translation>
    </message>
    <message>
        <source>%1 follows its own releases; Herald follows CPython&apos;s</source>
        <translation>%1 suit ses propres versions&#xa0;; Herald suit celles de CPython</translation>
    </message>
    <message>
        <source>Herald knows no releases of Python %1 yet</source>
        <translation>Herald ne connaît encore aucune version de Python %1</translation>
    </message>
    <message>
        <source>%1 reached end of life on %2</source>
        <translation>%1 a atteint sa fin de vie le %2</translation>
    </message>
    <message>
        <source>%1 has reached end of life</source>
        <translation>%1 a atteint sa fin de vie</translation>
    </message>
    <message>
        <source>%1: move to %2</source>
        <translation>%1&#xa0;: passer à %2</translation>
    </message>
    <message>
        <source>Up to date; %1 gets security fixes only, until %2</source>
        <translation>À jour&#xa0;; %1 ne reçoit plus que des correctifs de sécurité, jusqu&apos;au %2</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>À jour</translation>
    </message>
    <message>
        <source>Upgrade to %1</source>
        <translation>Passer à %1</translation>
    </message>
    <message>
        <source>Upgrade to %1: %2 final is out</source>
        <translation>Passer à %1&#xa0;: la version finale de %2 est sortie</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n security fix(es))</source>
        <translation>
            <numerusform>%1 (%n correctif de sécurité)</numerusform>
            <numerusform>%1 (%n correctifs de sécurité)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n release(s) behind)</source>
        <translation>
            <numerusform>%1 (%n version de retard)</numerusform>
            <numerusform>%1 (%n versions de retard)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Herald::InterpreterAlerts</name>
    <message>
        <source>Python %1 has reached its end of life</source>
        <translation>Python %1 a atteint sa fin de vie</translation>
    </message>
    <message>
        <source>Python %1 misses a security release</source>
        <translation>Il manque une version de sécurité à Python %1</translation>
    </message>
</context>
<context>
    <name>Herald::InterpreterDiscovery</name>
    <message>
        <source>a broken link: %1 does not exist</source>
        <translation>un lien cassé&#xa0;: %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1 is not an .exe; Herald does not run it</source>
        <translation>%1 n&apos;est pas un .exe&#xa0;; Herald ne l&apos;exécute pas</translation>
    </message>
    <message>
        <source>%1 is not an executable file</source>
        <translation>%1 n&apos;est pas un fichier exécutable</translation>
    </message>
</context>
<context>
    <name>Herald::InterpreterModel</name>
    <message>
        <source>Waiting for the release data</source>
        <translation>En attente des données de versions</translation>
    </message>
    <message>
        <source>also %1</source>
        <translation>aussi %1</translation>
    </message>
    <message>
        <source>Choose it to see each release and its announcement in the timeline.</source>
        <translation>Sélectionnez-le pour voir chaque version et son annonce dans la chronologie.</translation>
    </message>
    <message numerus="yes">
        <source>Next: %1, expected %2 (%n day(s) overdue)</source>
        <translation>
            <numerusform>Suivante&#xa0;: %1, attendue le %2 (en retard de %n jour)</numerusform>
            <numerusform>Suivante&#xa0;: %1, attendue le %2 (en retard de %n jours)</numerusform>
        </translation>
    </message>
    <message>
        <source>Next: %1, expected %2</source>
        <translation>Suivante&#xa0;: %1, attendue le %2</translation>
    </message>
    <message>
        <source>Python %1 at %2: %3</source>
        <translation>Python %1 dans %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>Herald::InterpreterProbe</name>
    <message>
        <source>could not be started: %1</source>
        <translation>n&apos;a pas pu être lancé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>did not answer within %n millisecond(s)</source>
        <translation>
            <numerusform>n&apos;a pas répondu en %n milliseconde</numerusform>
            <numerusform>n&apos;a pas répondu en %n millisecondes</numerusform>
        </translation>
    </message>
    <message>
        <source>failed with exit code %1</source>
        <translation>a échoué avec le code de sortie %1</translation>
    </message>
    <message>
        <source>failed with exit code %1: %2</source>
        <translation>a échoué avec le code de sortie %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>printed nothing Herald understands</source>
        <translation>n&apos;a rien affiché que Herald comprenne</translation>
    </message>
    <message>
        <source>printed something that is not a Python&apos;s answer: &quot;%1&quot;</source>
        <translation>a affiché quelque chose qui n&apos;est pas une réponse de Python&#xa0;: «&#xa0;%1&#xa0;»</translation>
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
        <translation>installateur de python.org</translation>
    </message>
    <message>
        <source>Windows registry</source>
        <translation>Registre Windows</translation>
    </message>
    <message>
        <source>py launcher</source>
        <translation>lanceur py</translation>
    </message>
    <message>
        <source>added by you</source>
        <translation>ajouté par vous</translation>
    </message>
    <message>
        <source>unknown version</source>
        <translation>version inconnue</translation>
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
        <translation>environnement virtuel</translation>
    </message>
    <message>
        <source>Missing %1 of %2</source>
        <translation>Il manque %1 du %2</translation>
    </message>
    <message>
        <source>Missing %1</source>
        <translation>Il manque %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source> (security)</source>
        <translation> (sécurité)</translation>
    </message>
    <message>
        <source> (security: %1)</source>
        <translation> (sécurité&#xa0;: %1)</translation>
    </message>
</context>
<context>
    <name>Herald::Lifecycle</name>
    <message>
        <source>%1: not JSON (%2 at byte %3)</source>
        <translation>%1&#xa0;: pas du JSON (%2 à l&apos;octet %3)</translation>
    </message>
    <message>
        <source>%1: expected a JSON object</source>
        <translation>%1&#xa0;: objet JSON attendu</translation>
    </message>
    <message>
        <source>%1: not an X.Y series, skipped</source>
        <translation>%1&#xa0;: pas une série X.Y, ignoré</translation>
    </message>
    <message>
        <source>%1: expected an object, skipped</source>
        <translation>%1&#xa0;: objet attendu, ignoré</translation>
    </message>
    <message>
        <source>%1: no status</source>
        <translation>%1&#xa0;: aucun état</translation>
    </message>
    <message>
        <source>%1: unknown status &quot;%2&quot;</source>
        <translation>%1&#xa0;: état inconnu «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1: unreadable first_release &quot;%2&quot;</source>
        <translation>%1&#xa0;: first_release illisible «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1: no end_of_life</source>
        <translation>%1&#xa0;: pas de end_of_life</translation>
    </message>
    <message>
        <source>%1: unreadable end_of_life &quot;%2&quot;</source>
        <translation>%1&#xa0;: end_of_life illisible «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1: no &quot;releases&quot; object</source>
        <translation>%1&#xa0;: pas d&apos;objet «&#xa0;releases&#xa0;»</translation>
    </message>
    <message>
        <source>%1: no &quot;metadata&quot; object</source>
        <translation>%1&#xa0;: pas d&apos;objet «&#xa0;metadata&#xa0;»</translation>
    </message>
    <message>
        <source>%1: expected a list of releases under an X.Y series, skipped</source>
        <translation>%1&#xa0;: liste de versions attendue sous une série X.Y, ignoré</translation>
    </message>
    <message>
        <source>%1: unreadable stage &quot;%2&quot;, skipped</source>
        <translation>%1&#xa0;: étape illisible «&#xa0;%2&#xa0;», ignoré</translation>
    </message>
    <message>
        <source>%1: %2 has an unknown state &quot;%3&quot;, skipped</source>
        <translation>%1&#xa0;: %2 a un état inconnu «&#xa0;%3&#xa0;», ignoré</translation>
    </message>
    <message>
        <source>%1: %2 has an unreadable date &quot;%3&quot;, skipped</source>
        <translation>%1&#xa0;: %2 a une date illisible «&#xa0;%3&#xa0;», ignoré</translation>
    </message>
    <message>
        <source>in development</source>
        <translation>en développement</translation>
    </message>
    <message>
        <source>pre-release</source>
        <translation>préversion</translation>
    </message>
    <message>
        <source>bugfix</source>
        <translation>correctifs</translation>
    </message>
    <message>
        <source>security fixes only</source>
        <translation>correctifs de sécurité uniquement</translation>
    </message>
    <message>
        <source>end of life</source>
        <translation>fin de vie</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
</context>
<context>
    <name>Herald::LockFile</name>
    <message>
        <source>an array of tables</source>
        <translation>un tableau de tables</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>une table</translation>
    </message>
    <message>
        <source>%1: a [[package]] has no name</source>
        <translation>%1&#xa0;: un [[package]] n&apos;a pas de nom</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>%1: no package in it is the project itself (one whose source is editable or virtual &quot;.&quot;), so every locked package was read</source>
        <translation>%1&#xa0;: aucun des paquets n&apos;est le projet lui-même (un paquet dont la source est editable ou virtual &quot;.&quot;), donc tous les paquets verrouillés ont été lus</translation>
    </message>
    <message>
        <source>%1: %2 is not in %3</source>
        <translation>%1&#xa0;: %2 n&apos;est pas dans %3</translation>
    </message>
    <message>
        <source>%1: %2 must be %3, not %4</source>
        <translation>%1&#xa0;: %2 doit être %3, pas %4</translation>
    </message>
    <message>
        <source>%1: skipped %2, which comes from %3 %4</source>
        <translation>%1&#xa0;: %2 ignoré, car il provient de %3 %4</translation>
    </message>
    <message>
        <source>a table with a name</source>
        <translation>une table avec un nom</translation>
    </message>
    <message>
        <source>%1: %2 has no [[package]] in it, so its version is unknown</source>
        <translation>%1&#xa0;: %2 ne contient aucun [[package]], sa version est donc inconnue</translation>
    </message>
    <message>
        <source>%1: there is no pyproject.toml beside it to tell which packages the project depends on itself, so every locked package was read</source>
        <translation>%1&#xa0;: il n&apos;y a pas de pyproject.toml à côté pour indiquer de quels paquets le projet dépend directement, donc tous les paquets verrouillés ont été lus</translation>
    </message>
</context>
<context>
    <name>Herald::MainWindow</name>
    <message>
        <source>Last synced %1</source>
        <translation>Dernière synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message>
        <source>Herald could not save the change: %1</source>
        <translation>Herald n&apos;a pas pu enregistrer la modification&#xa0;: %1</translation>
    </message>
    <message>
        <source>No unread posts</source>
        <translation>Aucun article non lu</translation>
    </message>
    <message>
        <source>Continued from the top of the list</source>
        <translation>Reprise depuis le début de la liste</translation>
    </message>
    <message>
        <source>Mark All as Read</source>
        <translation>Tout marquer comme lu</translation>
    </message>
    <message numerus="yes">
        <source>Mark all %n unread post(s) as read?</source>
        <translation>
            <numerusform>Marquer %n article non lu comme lu&#xa0;?</numerusform>
            <numerusform>Marquer les %n articles non lus comme lus&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark as Read</source>
        <translation>Marquer comme lu</translation>
    </message>
    <message>
        <source>The posts could not be marked as read: %1</source>
        <translation>Les articles n&apos;ont pas pu être marqués comme lus&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Marked %n post(s) as read</source>
        <translation>
            <numerusform>%n article marqué comme lu</numerusform>
            <numerusform>%n articles marqués comme lus</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Fetching posts: %1 of %2</source>
        <translation>Récupération des articles&#xa0;: %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>Synced at %1: %n new post(s)</source>
        <translation>
            <numerusform>Synchronisé à %1&#xa0;: %n nouvel article</numerusform>
            <numerusform>Synchronisé à %1&#xa0;: %n nouveaux articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced at %1: no new posts</source>
        <translation>Synchronisé à %1&#xa0;: aucun nouvel article</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s), hover for details</source>
        <translation>
            <numerusform>%n problème, survolez pour voir les détails</numerusform>
            <numerusform>%n problèmes, survolez pour voir les détails</numerusform>
        </translation>
    </message>
    <message>
        <source>Lifecycle data has not been synced yet: series statuses and end-of-life dates are unknown.</source>
        <translation>Les données de cycle de vie n&apos;ont pas encore été synchronisées&#xa0;: l&apos;état des séries et les dates de fin de vie sont inconnus.</translation>
    </message>
    <message>
        <source>The lifecycle data was last updated on %1. Statuses are judged by today&apos;s date; refresh to update it.</source>
        <translation>Les données de cycle de vie ont été mises à jour pour la dernière fois le %1. Les états sont évalués d&apos;après la date du jour&#xa0;; actualisez pour les mettre à jour.</translation>
    </message>
    <message>
        <source>Export Release Calendar</source>
        <translation>Exporter le calendrier des versions</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Fichiers iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Herald could not write %1: %2</source>
        <translation>Herald n&apos;a pas pu écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Saved the release calendar to %1</source>
        <translation>Calendrier des versions enregistré dans %1</translation>
    </message>
    <message>
        <source>Herald (%1 unread)</source>
        <translation>Herald (non lus&#xa0;: %1)</translation>
    </message>
    <message>
        <source>Herald</source>
        <translation>Herald</translation>
    </message>
    <message>
        <source>Herald could not look for the post “%1”: %2</source>
        <translation>Herald n&apos;a pas pu rechercher l&apos;article «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>The post “%1” is not in Herald&apos;s archive yet.</source>
        <translation>L&apos;article «&#xa0;%1&#xa0;» n&apos;est pas encore dans les archives de Herald.</translation>
    </message>
    <message>
        <source>Print Post</source>
        <translation>Imprimer l&apos;article</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Fetch new posts and release data (F5)</source>
        <translation>Récupérer les nouveaux articles et les données de versions (F5)</translation>
    </message>
    <message>
        <source>&amp;Follow…</source>
        <translation>&amp;Suivre…</translation>
    </message>
    <message>
        <source>Follow a project&apos;s releases or any feed (Ctrl+N)</source>
        <translation>Suivre les versions d&apos;un projet ou n&apos;importe quel flux (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Import Dependencies…</source>
        <translation>&amp;Importer des dépendances…</translation>
    </message>
    <message>
        <source>Follow every dependency of a Python project: requirements.txt, pyproject.toml, uv.lock or poetry.lock</source>
        <translation>Suivre chaque dépendance d&apos;un projet Python&#xa0;: requirements.txt, pyproject.toml, uv.lock ou poetry.lock</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primer…</translation>
    </message>
    <message>
        <source>E&amp;xport as PDF…</source>
        <translation>E&amp;xporter en PDF…</translation>
    </message>
    <message>
        <source>Export Release &amp;Calendar…</source>
        <translation>Exporter le &amp;calendrier des versions…</translation>
    </message>
    <message>
        <source>Save the expected releases and end-of-life dates for a calendar application</source>
        <translation>Enregistrer les versions attendues et les dates de fin de vie pour une application de calendrier</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>&amp;Fermer la fenêtre</translation>
    </message>
    <message>
        <source>Close the window; Herald keeps running only if the settings say so</source>
        <translation>Fermer la fenêtre&#xa0;; Herald ne continue de fonctionner que si la configuration le prévoit</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;Next Post</source>
        <translation>Article &amp;suivant</translation>
    </message>
    <message>
        <source>&amp;Previous Post</source>
        <translation>Article &amp;précédent</translation>
    </message>
    <message>
        <source>&amp;Read On</source>
        <translation>&amp;Continuer la lecture</translation>
    </message>
    <message>
        <source>Next &amp;Unread Post</source>
        <translation>Article &amp;non lu suivant</translation>
    </message>
    <message>
        <source>Mark as &amp;Read/Unread</source>
        <translation>Marquer comme &amp;lu/non lu</translation>
    </message>
    <message>
        <source>&amp;Star/Unstar</source>
        <translation>Ajouter aux/Retirer des &amp;favoris</translation>
    </message>
    <message>
        <source>Mark &amp;All as Read…</source>
        <translation>Marquer &amp;tout comme lu…</translation>
    </message>
    <message>
        <source>Mark &amp;Older as Read…</source>
        <translation>Marquer les articles plus &amp;anciens comme lus…</translation>
    </message>
    <message>
        <source>&amp;Filter Posts</source>
        <translation>Filt&amp;rer les articles</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Find in Post…</source>
        <translation>&amp;Rechercher dans l&apos;article…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Rechercher le &amp;suivant</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Rechercher le &amp;précédent</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Unread Posts Only</source>
        <translation>Articles &amp;non lus uniquement</translation>
    </message>
    <message>
        <source>&amp;Starred Posts Only</source>
        <translation>Articles &amp;favoris uniquement</translation>
    </message>
    <message>
        <source>Release &amp;Timeline</source>
        <translation>&amp;Chronologie des versions</translation>
    </message>
    <message>
        <source>The window is too narrow for the release timeline; widen it to see it</source>
        <translation>La fenêtre est trop étroite pour la chronologie des versions&#xa0;; élargissez-la pour l&apos;afficher</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuration</translation>
    </message>
    <message>
        <source>&amp;Configure Herald…</source>
        <translation>&amp;Configurer Herald…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Herald</source>
        <translation>À &amp;propos de Herald</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <source>Load &amp;Remote Images</source>
        <translation>Charger les &amp;images distantes</translation>
    </message>
    <message>
        <source>Download the pictures in posts. When off, Herald requests nothing a post names.</source>
        <translation>Télécharger les images des articles. Si cette option est désactivée, Herald ne télécharge rien de ce qu&apos;un article référence.</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>Thè&amp;me</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <comment>theme</comment>
        <translation>&amp;Système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <comment>theme</comment>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <comment>theme</comment>
        <translation>S&amp;ombre</translation>
    </message>
</context>
<context>
    <name>Herald::MarkOlderDialog</name>
    <message>
        <source>Mark as Read</source>
        <translation>Marquer comme lu</translation>
    </message>
    <message numerus="yes">
        <source>%n unread post(s) will be marked as read.</source>
        <translation>
            <numerusform>%n article non lu sera marqué comme lu.</numerusform>
            <numerusform>%n articles non lus seront marqués comme lus.</numerusform>
        </translation>
    </message>
    <message>
        <source>No unread post was published before that day.</source>
        <translation>Aucun article non lu n&apos;a été publié avant ce jour.</translation>
    </message>
</context>
<context>
    <name>Herald::Notifier</name>
    <message>
        <source>Open Herald</source>
        <comment>notification action</comment>
        <translation>Ouvrir Herald</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>notification action</comment>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <comment>notification action</comment>
        <translation>Marquer comme lu</translation>
    </message>
    <message>
        <source>Herald notifications work</source>
        <translation>Les notifications de Herald fonctionnent</translation>
    </message>
    <message>
        <source>New Python releases will be announced like this.</source>
        <translation>Les nouvelles versions de Python seront annoncées ainsi.</translation>
    </message>
    <message>
        <source>Herald cannot fetch new posts</source>
        <translation>Herald ne peut pas récupérer les nouveaux articles</translation>
    </message>
    <message numerus="yes">
        <source>The last %n sync(s) failed.</source>
        <translation>
            <numerusform>La dernière synchronisation a échoué.</numerusform>
            <numerusform>Les %n dernières synchronisations ont échoué.</numerusform>
        </translation>
    </message>
    <message>
        <source>Herald keeps watching for new Python releases. Its icon in the system tray brings the window back; Quit in its menu ends it.</source>
        <translation>Herald continue de surveiller les nouvelles versions de Python. Son icône dans la zone de notification fait réapparaître la fenêtre&#xa0;; «&#xa0;Quitter&#xa0;» dans son menu l&apos;arrête.</translation>
    </message>
    <message>
        <source>Herald keeps watching for new Python releases in the background. Start it again to bring the window back.</source>
        <translation>Herald continue de surveiller les nouvelles versions de Python en arrière-plan. Relancez-le pour faire réapparaître la fenêtre.</translation>
    </message>
    <message>
        <source>Herald is still running</source>
        <translation>Herald est toujours en cours d&apos;exécution</translation>
    </message>
</context>
<context>
    <name>Herald::Opml</name>
    <message>
        <source>“%1”: Python Insider is built in</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: Python Insider est intégré</translation>
    </message>
    <message>
        <source>“%1”: unknown kind “%2”</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: type «&#xa0;%2&#xa0;» inconnu</translation>
    </message>
    <message>
        <source>“%1”: Herald follows http and https feeds only, not %2</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: Herald ne suit que les flux http et https, pas %2</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not well-formed XML: %2 (line %3, column %4)</source>
        <translation>%1 n&apos;est pas du XML bien formé&#xa0;: %2 (ligne %3, colonne %4)</translation>
    </message>
    <message>
        <source>%1 is not an OPML document: its root element is &lt;%2&gt;, not &lt;opml&gt;</source>
        <translation>%1 n&apos;est pas un document OPML&#xa0;: son élément racine est &lt;%2&gt;, et non &lt;opml&gt;</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Unnamed</source>
        <translation>Sans nom</translation>
    </message>
</context>
<context>
    <name>Herald::ParseCommand</name>
    <message>
        <source>Format: %1</source>
        <translation>Format&#xa0;:   %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Title:  %1</source>
        <translation>Titre&#xa0;:    %1</translation>
    </message>
    <message>
        <source>Link:   %1</source>
        <translation>Lien&#xa0;:     %1</translation>
    </message>
    <message>
        <source>Items:  %1</source>
        <translation>Éléments&#xa0;: %1</translation>
    </message>
    <message>
        <source>(no date)      </source>
        <translation>(sans date)    </translation>
    </message>
    <message>
        <source>(no author)</source>
        <translation>(sans auteur)</translation>
    </message>
    <message>
        <source>(no link)</source>
        <translation>(sans lien)</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>avertissement&#xa0;: </translation>
    </message>
    <message>
        <source>error: </source>
        <translation>erreur&#xa0;: </translation>
    </message>
    <message>
        <source>no response</source>
        <translation>aucune réponse</translation>
    </message>
    <message>
        <source>error: cannot read %1: no such file</source>
        <translation>erreur&#xa0;: impossible de lire %1&#xa0;: fichier inexistant</translation>
    </message>
    <message>
        <source>error: cannot read %1: not a regular file</source>
        <translation>erreur&#xa0;: impossible de lire %1&#xa0;: ce n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>error: %1 is larger than the %2 MB limit for a feed</source>
        <translation>erreur&#xa0;: %1 dépasse la limite de %2 Mo pour un flux</translation>
    </message>
    <message>
        <source>error: cannot read %1: %2</source>
        <translation>erreur&#xa0;: impossible de lire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Herald::PostHtmlRenderer</name>
    <message numerus="yes">
        <source>(%n more character(s) not shown)</source>
        <translation>
            <numerusform>(%n caractère de plus non affiché)</numerusform>
            <numerusform>(%n caractères de plus non affichés)</numerusform>
        </translation>
    </message>
    <message>
        <source>The rest of this post is left out: it is longer than Herald shows. Open it in the browser to read it all.</source>
        <translation>La suite de cet article est omise&#xa0;: il est plus long que ce qu&apos;affiche Herald. Ouvrez-le dans le navigateur pour le lire en entier.</translation>
    </message>
    <message>
        <source>The rest is nested too deeply to show.</source>
        <translation>La suite est trop profondément imbriquée pour être affichée.</translation>
    </message>
    <message>
        <source>Nested more deeply than Herald shows: the deeper levels are shown flat.</source>
        <translation>Imbrication plus profonde que ce qu&apos;affiche Herald&#xa0;: les niveaux inférieurs sont affichés à plat.</translation>
    </message>
    <message numerus="yes">
        <source>%n more item(s) of this list not shown.</source>
        <translation>
            <numerusform>%n élément de plus de cette liste n&apos;est pas affiché.</numerusform>
            <numerusform>%n éléments de plus de cette liste ne sont pas affichés.</numerusform>
        </translation>
    </message>
    <message>
        <source>discuss</source>
        <translation>discussion</translation>
    </message>
    <message numerus="yes">
        <source>%n more column(s) of this table not shown.</source>
        <translation>
            <numerusform>%n colonne de plus de ce tableau n&apos;est pas affichée.</numerusform>
            <numerusform>%n colonnes de plus de ce tableau ne sont pas affichées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Interactive content (%1) is shown on the website.</source>
        <translation>Le contenu interactif (%1) est affiché sur le site web.</translation>
    </message>
    <message>
        <source>Open the post on %1</source>
        <translation>Ouvrir l&apos;article sur %1</translation>
    </message>
    <message>
        <source>[image]</source>
        <translation>[image]</translation>
    </message>
    <message>
        <source>[image: %1]</source>
        <translation>[image&#xa0;: %1]</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Mis à jour le %1</translation>
    </message>
    <message>
        <source>Read on %1</source>
        <translation>Lire sur %1</translation>
    </message>
    <message>
        <source>Markdown source</source>
        <translation>Source Markdown</translation>
    </message>
    <message>
        <source>The text of this post has not been downloaded yet.</source>
        <translation>Le texte de cet article n&apos;a pas encore été téléchargé.</translation>
    </message>
    <message>
        <source>The last attempt failed: %1</source>
        <translation>La dernière tentative a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>It is fetched with the next sync.</source>
        <translation>Il sera récupéré lors de la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>The feed gives no text for this item; its page on the web may say more.</source>
        <translation>Le flux ne fournit aucun texte pour cet élément&#xa0;; sa page web en dit peut-être plus.</translation>
    </message>
</context>
<context>
    <name>Herald::PostItemDelegate</name>
    <message>
        <source>not downloaded</source>
        <translation>non téléchargé</translation>
    </message>
</context>
<context>
    <name>Herald::PostListModel</name>
    <message>
        <source>read</source>
        <translation>lu</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>non lu</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>Herald::PostListPane</name>
    <message>
        <source>No posts yet</source>
        <translation>Aucun article pour l&apos;instant</translation>
    </message>
    <message>
        <source>Python Insider posts appear here after the first sync, and stay readable offline.</source>
        <translation>Les articles de Python Insider apparaissent ici après la première synchronisation et restent lisibles hors ligne.</translation>
    </message>
    <message>
        <source>Filter posts</source>
        <translation>Filtrer les articles</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Open in &amp;Browser</source>
        <translation>Ouvrir dans le &amp;navigateur</translation>
    </message>
    <message>
        <source>&amp;Copy Link</source>
        <translation>&amp;Copier le lien</translation>
    </message>
    <message>
        <source>Mark as &amp;Unread</source>
        <translation>Marquer comme non &amp;lu</translation>
    </message>
    <message>
        <source>Mark as &amp;Read</source>
        <translation>Marquer comme &amp;lu</translation>
    </message>
    <message>
        <source>Unst&amp;ar</source>
        <translation>Retirer des &amp;favoris</translation>
    </message>
    <message>
        <source>St&amp;ar</source>
        <translation>Ajouter aux &amp;favoris</translation>
    </message>
    <message>
        <source>The search failed</source>
        <translation>La recherche a échoué</translation>
    </message>
    <message>
        <source>Herald could not search the posts: %1</source>
        <translation>Herald n&apos;a pas pu rechercher dans les articles&#xa0;: %1</translation>
    </message>
    <message>
        <source>No matching posts</source>
        <translation>Aucun article correspondant</translation>
    </message>
    <message>
        <source>No post title, author, tag or text matches “%1”.</source>
        <translation>Aucun titre, auteur, étiquette ou texte d&apos;article ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Herald::ProductLifecycle</name>
    <message>
        <source>The endoflife.date data for %1 is not valid JSON: %2 at byte %3</source>
        <translation>Les données endoflife.date pour %1 ne sont pas du JSON valide&#xa0;: %2 à l&apos;octet %3</translation>
    </message>
    <message>
        <source>The endoflife.date data for %1 is not a list of release cycles</source>
        <translation>Les données endoflife.date pour %1 ne sont pas une liste de cycles de versions</translation>
    </message>
    <message>
        <source>%1: cycle %2 has no name; skipped</source>
        <translation>%1&#xa0;: le cycle %2 n&apos;a pas de nom&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>%1 %2: cannot read “%3”</source>
        <translation>%1 %2&#xa0;: impossible de lire «&#xa0;%3&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Herald::ProjectLifecycles</name>
    <message>
        <source>the stored lifecycle %1 does not read: %2</source>
        <translation>le cycle de vie enregistré %1 est illisible&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Herald::ProjectTimelineModel</name>
    <message>
        <source>No release found yet</source>
        <translation>Aucune version trouvée pour l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>%n release(s), latest %1 on %2</source>
        <translation>
            <numerusform>%n version, dernière&#xa0;: %1 le %2</numerusform>
            <numerusform>%n versions, dernière&#xa0;: %1 le %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 LTS</source>
        <translation>%1 LTS</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>Series %1: %n release(s), latest %2 on %3</source>
        <translation>
            <numerusform>Série %1&#xa0;: %n version, dernière&#xa0;: %2 le %3</numerusform>
            <numerusform>Série %1&#xa0;: %n versions, dernière&#xa0;: %2 le %3</numerusform>
        </translation>
    </message>
    <message>
        <source>End of life since %1</source>
        <translation>Fin de vie depuis le %1</translation>
    </message>
    <message>
        <source>End of life on %1</source>
        <translation>Fin de vie le %1</translation>
    </message>
    <message>
        <source>At its end of life</source>
        <translation>En fin de vie</translation>
    </message>
    <message>
        <source>Bug fixes until %1, security fixes after</source>
        <translation>Correctifs jusqu&apos;au %1, puis correctifs de sécurité</translation>
    </message>
    <message>
        <source>A long-term support release</source>
        <translation>Une version à support étendu (LTS)</translation>
    </message>
    <message>
        <source>Lifecycle from endoflife.date (%1)</source>
        <translation>Cycle de vie d&apos;après endoflife.date (%1)</translation>
    </message>
    <message>
        <source>%1 (yanked)</source>
        <translation>%1 (retirée)</translation>
    </message>
    <message>
        <source>%1 (pre-release)</source>
        <translation>%1 (préversion)</translation>
    </message>
    <message>
        <source>%1 · yours</source>
        <translation>%1 · la vôtre</translation>
    </message>
    <message>
        <source>Published %1</source>
        <translation>Publiée le %1</translation>
    </message>
    <message>
        <source>A pre-release, not meant for production</source>
        <translation>Une préversion, non destinée à la production</translation>
    </message>
    <message>
        <source>Yanked on PyPI: installers skip it unless it is pinned exactly</source>
        <translation>Retirée sur PyPI&#xa0;: les installateurs l&apos;ignorent sauf si elle est épinglée exactement</translation>
    </message>
    <message>
        <source>The version you use (%1)</source>
        <translation>La version que vous utilisez (%1)</translation>
    </message>
</context>
<context>
    <name>Herald::PyprojectFile</name>
    <message>
        <source>%1: %2 must be %3, not %4</source>
        <translation>%1&#xa0;: %2 doit être %3, pas %4</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>une table</translation>
    </message>
    <message>
        <source>a requirement string</source>
        <translation>une chaîne d&apos;exigence</translation>
    </message>
    <message>
        <source>%1: skipped the direct reference %2</source>
        <translation>%1&#xa0;: référence directe %2 ignorée</translation>
    </message>
    <message>
        <source>an array of requirement strings</source>
        <translation>un tableau de chaînes d&apos;exigence</translation>
    </message>
    <message>
        <source>%1: the project&apos;s dependencies are dynamic: its build backend sets them, so they are not listed here</source>
        <translation>%1&#xa0;: les dépendances du projet sont dynamiques&#xa0;: son backend de construction les définit, elles ne sont donc pas listées ici</translation>
    </message>
    <message>
        <source>%1: dependency group “%2” includes itself: %3</source>
        <translation>%1&#xa0;: le groupe de dépendances «&#xa0;%2&#xa0;» s&apos;inclut lui-même&#xa0;: %3</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>a requirement string or a table {include-group = &quot;NAME&quot;}</source>
        <translation>une chaîne d&apos;exigence ou une table {include-group = &quot;NAME&quot;}</translation>
    </message>
    <message>
        <source>%1: dependency group “%2” includes “%3”, which is not defined</source>
        <translation>%1&#xa0;: le groupe de dépendances «&#xa0;%2&#xa0;» inclut «&#xa0;%3&#xa0;», qui n&apos;est pas défini</translation>
    </message>
    <message>
        <source>%1: dependency groups “%2” and “%3” have the same name</source>
        <translation>%1&#xa0;: les groupes de dépendances «&#xa0;%2&#xa0;» et «&#xa0;%3&#xa0;» ont le même nom</translation>
    </message>
    <message>
        <source>%1: “%2” in %3 is no project name</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» dans %3 n&apos;est pas un nom de projet</translation>
    </message>
    <message>
        <source>%1: skipped %2, which comes from %3 %4</source>
        <translation>%1&#xa0;: %2 ignoré, car il provient de %3 %4</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>a version string or a table</source>
        <translation>une chaîne de version ou une table</translation>
    </message>
</context>
<context>
    <name>Herald::PythonInsider</name>
    <message>
        <source>The archive index is not valid JSON: %1 at byte %2</source>
        <translation>L&apos;index des archives n&apos;est pas du JSON valide&#xa0;: %1 à l&apos;octet %2</translation>
    </message>
    <message>
        <source>The archive index should be a JSON array of posts, but it is %1</source>
        <translation>L&apos;index des archives devrait être un tableau JSON d&apos;articles, mais c&apos;est %1</translation>
    </message>
    <message>
        <source>Archive index entry %1 was skipped: %2</source>
        <translation>L&apos;entrée %1 de l&apos;index des archives a été ignorée&#xa0;: %2</translation>
    </message>
    <message>
        <source>it is %1, not an object</source>
        <translation>c&apos;est %1, pas un objet</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2, not a string</source>
        <translation>«&#xa0;%1&#xa0;» est %2, pas une chaîne</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; cannot be part of a URL</source>
        <translation>l&apos;identifiant «&#xa0;%1&#xa0;» ne peut pas faire partie d&apos;une URL</translation>
    </message>
    <message>
        <source>the date &quot;%1&quot; is not an ISO 8601 date</source>
        <translation>la date «&#xa0;%1&#xa0;» n&apos;est pas une date ISO 8601</translation>
    </message>
</context>
<context>
    <name>Herald::PythonLocationsPage</name>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Tell me when a Python I run misses a security release or reaches its end of life</source>
        <translation>&amp;Me prévenir quand il manque une version de sécurité à un Python que j&apos;utilise ou qu&apos;il atteint sa fin de vie</translation>
    </message>
    <message>
        <source>Herald finds the Pythons on your PATH and those that pyenv, uv, asdf, mise, conda, Homebrew and the python.org installers manage. Add virtual environments and other installs here; a folder of several is searched one level deep.</source>
        <translation>Herald trouve les Pythons de votre PATH et ceux que gèrent pyenv, uv, asdf, mise, conda, Homebrew et les installateurs de python.org. Ajoutez ici des environnements virtuels et d&apos;autres installations&#xa0;; un dossier qui en contient plusieurs est parcouru sur un niveau de profondeur.</translation>
    </message>
    <message>
        <source>Added Python locations</source>
        <translation>Emplacements Python ajoutés</translation>
    </message>
    <message>
        <source>Add &amp;Folder…</source>
        <translation>Ajouter un &amp;dossier…</translation>
    </message>
    <message>
        <source>Add &amp;Interpreter…</source>
        <translation>Ajouter un &amp;interpréteur…</translation>
    </message>
    <message>
        <source>%1 does not exist at the moment</source>
        <translation>%1 n&apos;existe pas actuellement</translation>
    </message>
    <message>
        <source>Add a Python Folder</source>
        <translation>Ajouter un dossier Python</translation>
    </message>
    <message>
        <source>Add a Python Interpreter</source>
        <translation>Ajouter un interpréteur Python</translation>
    </message>
</context>
<context>
    <name>Herald::PythonsCommand</name>
    <message>
        <source>also %1 (%2)</source>
        <translation>aussi %1 (%2)</translation>
    </message>
    <message>
        <source>cannot be used: %1</source>
        <translation>inutilisable&#xa0;: %1</translation>
    </message>
    <message>
        <source>No Python interpreter found.</source>
        <translation>Aucun interpréteur Python trouvé.</translation>
    </message>
    <message>
        <source>Looked in: %1</source>
        <translation>Emplacements examinés&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Herald::ReaderPane</name>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>Herald::ReaderView</name>
    <message>
        <source>Post</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Welcome to Herald</source>
        <translation>Bienvenue dans Herald</translation>
    </message>
    <message>
        <source>Python release announcements, readable offline, with the lifecycle of every Python series beside them.</source>
        <translation>Les annonces de versions de Python, lisibles hors ligne, avec à côté le cycle de vie de chaque série de Python.</translation>
    </message>
    <message>
        <source>Posts from Python Insider are listed on the left.</source>
        <translation>Les articles de Python Insider sont listés à gauche.</translation>
    </message>
    <message>
        <source>The post you select is shown here.</source>
        <translation>L&apos;article sélectionné s&apos;affiche ici.</translation>
    </message>
    <message>
        <source>Every announced release, grouped by series, is on the right.</source>
        <translation>Toutes les versions annoncées, regroupées par série, se trouvent à droite.</translation>
    </message>
    <message>
        <source>Loading image…</source>
        <translation>Chargement de l&apos;image…</translation>
    </message>
    <message>
        <source>No application could open %1.</source>
        <translation>Aucune application n&apos;a pu ouvrir %1.</translation>
    </message>
    <message>
        <source>Copy Code Block</source>
        <translation>Copier le bloc de code</translation>
    </message>
</context>
<context>
    <name>Herald::ReferenceClassifier</name>
    <message>
        <source>What&apos;s New %1</source>
        <translation>Nouveautés de la %1</translation>
    </message>
    <message>
        <source>docs</source>
        <translation>doc</translation>
    </message>
</context>
<context>
    <name>Herald::ReleaseCalendar</name>
    <message>
        <source>Python releases</source>
        <translation>Versions de Python</translation>
    </message>
    <message>
        <source>Python %1 (%2) was expected on this day and has not been announced yet.</source>
        <translation>Python %1 (%2) était attendu ce jour-là et n&apos;a pas encore été annoncé.</translation>
    </message>
    <message>
        <source>Python %1 (%2) is planned for this day, as python-releases.json lists it.</source>
        <translation>Python %1 (%2) est prévu pour ce jour, d&apos;après python-releases.json.</translation>
    </message>
    <message>
        <source>Python %1 expected</source>
        <translation>Python %1 attendu</translation>
    </message>
    <message>
        <source>Python release</source>
        <translation>Version de Python</translation>
    </message>
    <message>
        <source>Python %1 reaches end of life</source>
        <translation>Python %1 atteint sa fin de vie</translation>
    </message>
    <message>
        <source>Python %1 gets no more releases after this day, not even security fixes.</source>
        <translation>Python %1 ne reçoit plus aucune version après ce jour, pas même des correctifs de sécurité.</translation>
    </message>
    <message>
        <source>Python end of life</source>
        <translation>Fin de vie de Python</translation>
    </message>
</context>
<context>
    <name>Herald::ReleaseFeed</name>
    <message>
        <source>the item &quot;%1&quot; has no id, link or title to know it by</source>
        <translation>l&apos;élément «&#xa0;%1&#xa0;» n&apos;a ni identifiant, ni lien, ni titre permettant de le reconnaître</translation>
    </message>
    <message>
        <source>the item &quot;%1&quot; appears twice; the first is kept</source>
        <translation>l&apos;élément «&#xa0;%1&#xa0;» apparaît deux fois&#xa0;; le premier est conservé</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>pas du JSON&#xa0;: %1 à l&apos;octet %2</translation>
    </message>
    <message>
        <source>not a PyPI project document (no &quot;info&quot; object)</source>
        <translation>pas un document de projet PyPI (aucun objet «&#xa0;info&#xa0;»)</translation>
    </message>
</context>
<context>
    <name>Herald::ReleaseNotice</name>
    <message>
        <source>%1 released</source>
        <comment>a project and its version</comment>
        <translation>Sortie de %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new post(s)</source>
        <translation>
            <numerusform>%n nouvel article</numerusform>
            <numerusform>%n nouveaux articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new release(s)</source>
        <translation>
            <numerusform>%n nouvelle version</numerusform>
            <numerusform>%n nouvelles versions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new Python release(s)</source>
        <translation>
            <numerusform>%n nouvelle version de Python</numerusform>
            <numerusform>%n nouvelles versions de Python</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) imported</source>
        <translation>
            <numerusform>%n article importé</numerusform>
            <numerusform>%n articles importés</numerusform>
        </translation>
    </message>
    <message>
        <source>The Python Insider archive can now be read offline.</source>
        <translation>Les archives de Python Insider sont désormais lisibles hors ligne.</translation>
    </message>
    <message>
        <source>%1 released</source>
        <comment>versions of Python</comment>
        <translation>Sortie de %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>all but the last item of a list</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last item of a list</comment>
        <translation>%1 et %2</translation>
    </message>
</context>
<context>
    <name>Herald::ReleasesCommand</name>
    <message>
        <source>error: </source>
        <translation>erreur&#xa0;: </translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>avertissement&#xa0;: </translation>
    </message>
    <message numerus="yes">
        <source>%n release(s)</source>
        <translation>
            <numerusform>%n version</numerusform>
            <numerusform>%n versions</numerusform>
        </translation>
    </message>
    <message>
        <source>latest %1</source>
        <translation>dernière&#xa0;: %1</translation>
    </message>
    <message>
        <source>end of life since %1</source>
        <translation>fin de vie depuis le %1</translation>
    </message>
    <message>
        <source>LTS</source>
        <translation>LTS</translation>
    </message>
    <message>
        <source>end of life %1</source>
        <translation>fin de vie le %1</translation>
    </message>
    <message>
        <source>pre-release</source>
        <translation>préversion</translation>
    </message>
    <message>
        <source>yanked</source>
        <translation>retirée</translation>
    </message>
    <message>
        <source>expected, not announced yet</source>
        <translation>attendue, pas encore annoncée</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>attendue</translation>
    </message>
    <message>
        <source>Other implementations</source>
        <translation>Autres implémentations</translation>
    </message>
    <message>
        <source>%1 releases announced, %2 without an announcement, %3 announced off their official date</source>
        <translation>Versions annoncées&#xa0;: %1, sans annonce&#xa0;: %2, annoncées à une autre date que leur date officielle&#xa0;: %3</translation>
    </message>
    <message>
        <source>(by date; the lifecycle data says &quot;%1&quot;)</source>
        <translation>(par date&#xa0;; les données de cycle de vie indiquent «&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>release manager %1</source>
        <translation>responsable de version&#xa0;: %1</translation>
    </message>
    <message>
        <source>no announcement</source>
        <translation>aucune annonce</translation>
    </message>
    <message numerus="yes">
        <source>announced %1, %n day(s) off the official date</source>
        <translation>
            <numerusform>annoncée le %1, à %n jour de la date officielle</numerusform>
            <numerusform>annoncée le %1, à %n jours de la date officielle</numerusform>
        </translation>
    </message>
    <message>
        <source>announced %1</source>
        <translation>annoncée le %1</translation>
    </message>
</context>
<context>
    <name>Herald::Requirement</name>
    <message>
        <source>the requirement is empty</source>
        <translation>l&apos;exigence est vide</translation>
    </message>
    <message>
        <source>a requirement starts with a project name, not %1</source>
        <translation>une exigence commence par un nom de projet, pas par %1</translation>
    </message>
    <message>
        <source>a project name</source>
        <translation>un nom de projet</translation>
    </message>
    <message>
        <source>a URL follows “@”</source>
        <translation>une URL suit «&#xa0;@&#xa0;»</translation>
    </message>
    <message>
        <source>“%1” is no URL</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une URL</translation>
    </message>
    <message>
        <source>“)” closes the versions, not %1</source>
        <translation>«&#xa0;)&#xa0;» ferme les versions, pas %1</translation>
    </message>
    <message>
        <source>an environment marker follows “;”</source>
        <translation>un marqueur d&apos;environnement suit «&#xa0;;&#xa0;»</translation>
    </message>
    <message>
        <source>only “; marker” may follow a URL, not %1</source>
        <translation>seul «&#xa0;; marqueur&#xa0;» peut suivre une URL, pas %1</translation>
    </message>
    <message>
        <source>unexpected %1</source>
        <translation>inattendu&#xa0;: %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>la fin</translation>
    </message>
    <message>
        <source>“%1”: %2 (column %3)</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2 (colonne %3)</translation>
    </message>
    <message>
        <source>expected %1, not %2</source>
        <translation>attendu&#xa0;: %1, pas %2</translation>
    </message>
    <message>
        <source>%1 ends in a letter or digit, not “%2”</source>
        <translation>%1 se termine par une lettre ou un chiffre, pas par «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>the name of an extra</source>
        <translation>le nom d&apos;un extra</translation>
    </message>
    <message>
        <source>“,” or “]” follows an extra, not %1</source>
        <translation>«&#xa0;,&#xa0;» ou «&#xa0;]&#xa0;» suit un extra, pas %1</translation>
    </message>
    <message>
        <source>expected a version comparison (==, !=, &lt;, &lt;=, &gt;, &gt;=, ~= or ===), not %1</source>
        <translation>attendu&#xa0;: une comparaison de versions (==, !=, &lt;, &lt;=, &gt;, &gt;=, ~= ou ===), pas %1</translation>
    </message>
    <message>
        <source>a version follows “%1”, not %2</source>
        <translation>une version suit «&#xa0;%1&#xa0;», pas %2</translation>
    </message>
    <message>
        <source>only == and != take a wildcard, and only as “.*” at the end: “%1”</source>
        <translation>seuls == et != acceptent un joker, et seulement sous la forme «&#xa0;.*&#xa0;» à la fin&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the marker&apos;s parentheses nest too deep</source>
        <translation>les parenthèses du marqueur sont trop imbriquées</translation>
    </message>
    <message>
        <source>“)” closes the marker&apos;s “(”, not %1</source>
        <translation>«&#xa0;)&#xa0;» ferme la «&#xa0;(&#xa0;» du marqueur, pas %1</translation>
    </message>
    <message>
        <source>a comparison (==, &lt;, in, not in …) follows a marker&apos;s value, not %1</source>
        <translation>une comparaison (==, &lt;, in, not in …) suit la valeur d&apos;un marqueur, pas %1</translation>
    </message>
    <message>
        <source>“in” follows “not” in a marker, not %1</source>
        <translation>«&#xa0;in&#xa0;» suit «&#xa0;not&#xa0;» dans un marqueur, pas %1</translation>
    </message>
    <message>
        <source>the marker&apos;s string is not closed</source>
        <translation>la chaîne du marqueur n&apos;est pas fermée</translation>
    </message>
    <message>
        <source>a marker compares quoted strings and variables, not %1</source>
        <translation>un marqueur compare des chaînes entre guillemets et des variables, pas %1</translation>
    </message>
    <message>
        <source>“%1” is no environment marker variable</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une variable de marqueur d&apos;environnement</translation>
    </message>
</context>
<context>
    <name>Herald::RequirementsFile</name>
    <message>
        <source>it is a folder</source>
        <translation>c&apos;est un dossier</translation>
    </message>
    <message>
        <source>it is no regular file</source>
        <translation>ce n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>it is larger than %1 MB</source>
        <translation>il dépasse %1 Mo</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: cannot read %2: %3</source>
        <translation>%1&#xa0;: impossible de lire %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: %2 includes itself: %3</source>
        <translation>%1&#xa0;: %2 s&apos;inclut lui-même&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: skipped the URL %2</source>
        <translation>%1&#xa0;: URL %2 ignorée</translation>
    </message>
    <message>
        <source>%1: skipped the local path %2</source>
        <translation>%1&#xa0;: chemin local %2 ignoré</translation>
    </message>
    <message>
        <source>%1: skipped the direct reference %2</source>
        <translation>%1&#xa0;: référence directe %2 ignorée</translation>
    </message>
    <message>
        <source>%1: skipped the local file %2</source>
        <translation>%1&#xa0;: fichier local %2 ignoré</translation>
    </message>
    <message>
        <source>%1: %2 names no file</source>
        <translation>%1&#xa0;: %2 ne désigne aucun fichier</translation>
    </message>
    <message>
        <source>%1: skipped %2: Herald reads only local files</source>
        <translation>%1&#xa0;: %2 ignoré&#xa0;: Herald ne lit que les fichiers locaux</translation>
    </message>
    <message>
        <source>%1: skipped the editable install %2</source>
        <translation>%1&#xa0;: installation en mode éditable %2 ignorée</translation>
    </message>
    <message>
        <source>%1: skipped the unknown option %2</source>
        <translation>%1&#xa0;: option inconnue %2 ignorée</translation>
    </message>
</context>
<context>
    <name>Herald::SettingsDialog</name>
    <message>
        <source>Every 15 minutes</source>
        <translation>Toutes les 15 minutes</translation>
    </message>
    <message>
        <source>Every 30 minutes</source>
        <translation>Toutes les 30 minutes</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>Toutes les heures</translation>
    </message>
    <message>
        <source>Every 2 hours</source>
        <translation>Toutes les 2 heures</translation>
    </message>
    <message>
        <source>Every 6 hours</source>
        <translation>Toutes les 6 heures</translation>
    </message>
    <message>
        <source>Every 12 hours</source>
        <translation>Toutes les 12 heures</translation>
    </message>
    <message>
        <source>Once a day</source>
        <translation>Une fois par jour</translation>
    </message>
    <message numerus="yes">
        <source>Every %n hour(s)</source>
        <translation>
            <numerusform>Toutes les heures</numerusform>
            <numerusform>Toutes les %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Toutes les minutes</numerusform>
            <numerusform>Toutes les %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Pythons</source>
        <translation>Pythons</translation>
    </message>
    <message>
        <source>The entry that starts Herald at login runs another copy or other options. OK replaces it with this Herald.</source>
        <translation>L&apos;entrée qui démarre Herald à l&apos;ouverture de session lance une autre copie ou utilise d&apos;autres options. «&#xa0;OK&#xa0;» la remplace par ce Herald-ci.</translation>
    </message>
    <message>
        <source>Herald starts in the background, without opening its window.</source>
        <translation>Herald démarre en arrière-plan, sans ouvrir sa fenêtre.</translation>
    </message>
    <message>
        <source>Notifications are paused until %1.</source>
        <translation>Les notifications sont en pause jusqu&apos;à %1.</translation>
    </message>
    <message>
        <source>With the same start and end there are no quiet hours.</source>
        <translation>Avec un début et une fin identiques, il n&apos;y a pas de plage de silence.</translation>
    </message>
    <message>
        <source>%1–%2 crosses midnight.</source>
        <translation>La plage %1–%2 passe par minuit.</translation>
    </message>
    <message>
        <source>Start at Login</source>
        <translation>Démarrage à l&apos;ouverture de session</translation>
    </message>
    <message>
        <source>Herald could not arrange to start when you log in.</source>
        <translation>Herald n&apos;a pas pu configurer son démarrage à l&apos;ouverture de session.</translation>
    </message>
    <message>
        <source>Herald could not stop starting when you log in.</source>
        <translation>Herald n&apos;a pas pu désactiver son démarrage à l&apos;ouverture de session.</translation>
    </message>
</context>
<context>
    <name>Herald::ShowCommand</name>
    <message>
        <source>error: </source>
        <translation>erreur&#xa0;: </translation>
    </message>
    <message>
        <source>error: no stored post has the id &quot;%1&quot; (herald --list --json shows the ids)</source>
        <translation>erreur&#xa0;: aucun article enregistré n&apos;a l&apos;identifiant «&#xa0;%1&#xa0;» (herald --list --json affiche les identifiants)</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Étiquettes&#xa0;: %1</translation>
    </message>
    <message>
        <source>The text of this post has not been downloaded yet.</source>
        <translation>Le texte de cet article n&apos;a pas encore été téléchargé.</translation>
    </message>
    <message>
        <source>The last attempt failed: %1</source>
        <translation>La dernière tentative a échoué&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Herald::SingleInstance</name>
    <message>
        <source>Cannot lock %1 to start Herald&apos;s single-instance server</source>
        <translation>Impossible de verrouiller %1 pour démarrer le serveur d&apos;instance unique de Herald</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>Impossible d&apos;écouter sur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>This Herald is the running one</source>
        <translation>Cette instance de Herald est celle qui est en cours d&apos;exécution</translation>
    </message>
    <message>
        <source>The arguments are too long to hand to the running Herald</source>
        <translation>Les arguments sont trop longs pour être transmis à l&apos;instance de Herald en cours d&apos;exécution</translation>
    </message>
    <message>
        <source>The running Herald did not acknowledge the arguments</source>
        <translation>L&apos;instance de Herald en cours d&apos;exécution n&apos;a pas accusé réception des arguments</translation>
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
        <translation>flux</translation>
    </message>
    <message>
        <source>GitHub releases</source>
        <translation>Versions GitHub</translation>
    </message>
    <message>
        <source>PyPI project</source>
        <translation>Projet PyPI</translation>
    </message>
    <message>
        <source>Discourse category</source>
        <translation>Catégorie Discourse</translation>
    </message>
</context>
<context>
    <name>Herald::SourceFollower</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is a web page that names no feed</source>
        <translation>%1 est une page web qui n&apos;indique aucun flux</translation>
    </message>
    <message>
        <source>%1 is not a feed: %2</source>
        <translation>%1 n&apos;est pas un flux&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Herald::SourceListModel</name>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n non lu</numerusform>
            <numerusform>%n non lus</numerusform>
        </translation>
    </message>
    <message>
        <source>All Sources</source>
        <translation>Toutes les sources</translation>
    </message>
    <message>
        <source>The last sync failed: %1</source>
        <translation>La dernière synchronisation a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1
Last synced %2</source>
        <translation>%1
Dernière synchronisation&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1
Not synced yet</source>
        <translation>%1
Pas encore synchronisée</translation>
    </message>
    <message>
        <source>Version from %1</source>
        <translation>Version tirée de %1</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Non lus</translation>
    </message>
</context>
<context>
    <name>Herald::SourceSpec</name>
    <message>
        <source>&quot;%1&quot; is not a GitHub repository</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un dépôt GitHub</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PyPI project name (letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de projet PyPI (lettres, chiffres, «&#xa0;.&#xa0;», «&#xa0;_&#xa0;» et «&#xa0;-&#xa0;»)</translation>
    </message>
    <message>
        <source>Nothing to follow: give a feed or page URL, owner/repo, or pypi:NAME</source>
        <translation>Rien à suivre&#xa0;: indiquez une URL de flux ou de page, owner/repo ou pypi:NAME</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a GitHub repository (owner/repo)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un dépôt GitHub (owner/repo)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a URL, owner/repo nor pypi:NAME</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni une URL, ni owner/repo, ni pypi:NAME</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: Herald follows http and https addresses only</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: Herald ne suit que les adresses http et https</translation>
    </message>
</context>
<context>
    <name>Herald::SourceStore</name>
    <message>
        <source>%1 is followed already, as source %2</source>
        <translation>%1 est déjà suivi, comme source %2</translation>
    </message>
    <message>
        <source>There is no source %1</source>
        <translation>Il n&apos;y a pas de source %1</translation>
    </message>
    <message>
        <source>The top level is no folder</source>
        <translation>Le niveau supérieur n&apos;est pas un dossier</translation>
    </message>
</context>
<context>
    <name>Herald::SourcesCommand</name>
    <message>
        <source>error: </source>
        <translation>erreur&#xa0;: </translation>
    </message>
    <message>
        <source>Following %1 (%2) as source %3: %4</source>
        <translation>Suivi de %1 (%2) comme source %3&#xa0;: %4</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n item(s)</source>
        <translation>
            <numerusform>%1, %n élément</numerusform>
            <numerusform>%1, %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>; the latest release is %1</source>
        <translation>&#xa0;; la dernière version est %1</translation>
    </message>
    <message>
        <source>The page names another feed too: %1</source>
        <translation>La page indique aussi un autre flux&#xa0;: %1</translation>
    </message>
    <message>
        <source>herald --sync fetches its posts.</source>
        <translation>herald --sync récupère ses articles.</translation>
    </message>
    <message>
        <source>error: “%1” is no endoflife.date product name (such as django or nodejs); &quot;auto&quot; or &quot;none&quot; also do</source>
        <translation>erreur&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un nom de produit d&apos;endoflife.date (comme django ou nodejs)&#xa0;; «&#xa0;auto&#xa0;» ou «&#xa0;none&#xa0;» conviennent aussi</translation>
    </message>
    <message>
        <source>%1 has no lifecycle now.</source>
        <translation>%1 n&apos;a plus de cycle de vie.</translation>
    </message>
    <message>
        <source>%1 is judged by endoflife.date&apos;s %2 from the next sync.</source>
        <translation>%1 sera évalué d&apos;après le produit %2 d&apos;endoflife.date à partir de la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>error: cannot read %1: %2</source>
        <translation>erreur&#xa0;: impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>warning: %1: skipped %2</source>
        <translation>avertissement&#xa0;: %1&#xa0;: %2 ignoré</translation>
    </message>
    <message>
        <source>error: nothing was imported from %1: %2</source>
        <translation>erreur&#xa0;: rien n&apos;a été importé depuis %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Following %1 (%2) as source %3</source>
        <translation>Suivi de %1 (%2) comme source %3</translation>
    </message>
    <message>
        <source> in %1</source>
        <translation> dans %1</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) added from %1</source>
        <translation>
            <numerusform>%n source ajoutée depuis %1</numerusform>
            <numerusform>%n sources ajoutées depuis %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n followed already</source>
        <translation>
            <numerusform>&#xa0;; %n déjà suivie</numerusform>
            <numerusform>&#xa0;; %n déjà suivies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n skipped</source>
        <translation>
            <numerusform>&#xa0;; %n ignorée</numerusform>
            <numerusform>&#xa0;; %n ignorées</numerusform>
        </translation>
    </message>
    <message>
        <source>herald --sync fetches their posts.</source>
        <translation>herald --sync récupère leurs articles.</translation>
    </message>
    <message>
        <source>Herald subscriptions</source>
        <translation>Abonnements Herald</translation>
    </message>
    <message>
        <source>error: cannot write %1: %2</source>
        <translation>erreur&#xa0;: impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n source(s) to %1</source>
        <translation>
            <numerusform>%n source écrite dans %1</numerusform>
            <numerusform>%n sources écrites dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>error: there is no source %1: --sources lists them</source>
        <translation>erreur&#xa0;: il n&apos;y a pas de source %1&#xa0;: --sources les liste</translation>
    </message>
    <message>
        <source>error: Python Insider is built in and cannot be unfollowed</source>
        <translation>erreur&#xa0;: Python Insider est intégré&#xa0;; il n&apos;est pas possible de ne plus le suivre</translation>
    </message>
    <message numerus="yes">
        <source>No longer following %1; its %n post(s) are removed.</source>
        <translation>
            <numerusform>%1 n&apos;est plus suivi&#xa0;; son %n article a été supprimé.</numerusform>
            <numerusform>%1 n&apos;est plus suivi&#xa0;; ses %n articles ont été supprimés.</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no source %1: --sources lists them</source>
        <translation>il n&apos;y a pas de source %1&#xa0;: --sources les liste</translation>
    </message>
    <message>
        <source>No sources yet: herald --sync fetches Python Insider, herald --follow adds others.</source>
        <translation>Aucune source pour l&apos;instant&#xa0;: herald --sync récupère Python Insider, herald --follow en ajoute d&apos;autres.</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n non lu</numerusform>
            <numerusform>%n non lus</numerusform>
        </translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>jamais synchronisée</translation>
    </message>
    <message>
        <source>you use %1</source>
        <translation>vous utilisez %1</translation>
    </message>
</context>
<context>
    <name>Herald::SourcesController</name>
    <message>
        <source>Import Dependencies</source>
        <translation>Importer des dépendances</translation>
    </message>
    <message>
        <source>Python dependency files (requirements*.txt *.txt *.in pyproject.toml uv.lock poetry.lock);;All files (*)</source>
        <translation>Fichiers de dépendances Python (requirements*.txt *.txt *.in pyproject.toml uv.lock poetry.lock);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot Import</source>
        <translation>Importation impossible</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation>Rien n&apos;a été importé depuis %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n dependency(ies) followed</source>
        <translation>
            <numerusform>%n dépendance suivie</numerusform>
            <numerusform>%n dépendances suivies</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Follow</source>
        <translation>Impossible de suivre</translation>
    </message>
    <message>
        <source>There is no source %1</source>
        <translation>Il n&apos;y a pas de source %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>No longer following %1.</source>
        <translation>%1 n&apos;est plus suivi.</translation>
    </message>
</context>
<context>
    <name>Herald::SourcesPane</name>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Follow…</source>
        <translation>Suivre…</translation>
    </message>
    <message>
        <source>Follow a project&apos;s releases or a feed (Ctrl+N)</source>
        <translation>Suivre les versions d&apos;un projet ou un flux (Ctrl+N)</translation>
    </message>
    <message>
        <source>As in the Settings</source>
        <translation>Comme dans la configuration</translation>
    </message>
    <message>
        <source>&amp;Follow…</source>
        <translation>&amp;Suivre…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>Re&amp;nommer</translation>
    </message>
    <message>
        <source>&amp;Move to Folder…</source>
        <translation>Déplacer vers un &amp;dossier…</translation>
    </message>
    <message>
        <source>As Its Folder or the Settings</source>
        <translation>Comme son dossier ou la configuration</translation>
    </message>
    <message>
        <source>Version I &amp;Use…</source>
        <translation>&amp;Version que j&apos;utilise…</translation>
    </message>
    <message>
        <source>&amp;Unfollow</source>
        <translation>Ne plus s&amp;uivre</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>N&amp;otifications</translation>
    </message>
    <message>
        <source>All Posts</source>
        <translation>Tous les articles</translation>
    </message>
    <message>
        <source>Releases</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Final Releases Only</source>
        <translation>Versions finales uniquement</translation>
    </message>
    <message>
        <source>Security Releases Only</source>
        <translation>Versions de sécurité uniquement</translation>
    </message>
    <message>
        <source>Releases Newer Than Mine</source>
        <translation>Versions plus récentes que la mienne</translation>
    </message>
    <message>
        <source>Security Releases of My Series</source>
        <translation>Versions de sécurité de ma série</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>&amp;Lifecycle</source>
        <translation>&amp;Cycle de vie</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>endoflife.date: %1…</source>
        <translation>endoflife.date&#xa0;: %1…</translation>
    </message>
    <message>
        <source>Choose on endoflife.date…</source>
        <translation>Choisir sur endoflife.date…</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Cycle de vie</translation>
    </message>
    <message>
        <source>The product on endoflife.date whose lifecycle this source follows (such as django or nodejs):</source>
        <translation>Le produit d&apos;endoflife.date dont cette source suit le cycle de vie (comme django ou nodejs)&#xa0;:</translation>
    </message>
    <message>
        <source>“%1” is no product name on endoflife.date (such as django or nodejs)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de produit d&apos;endoflife.date (comme django ou nodejs)</translation>
    </message>
    <message>
        <source>Version I Use</source>
        <translation>Version que j&apos;utilise</translation>
    </message>
    <message>
        <source>The version of %1 you run, to be told what it misses and when its series ends (empty: not known):</source>
        <translation>La version de %1 que vous utilisez, pour savoir ce qui lui manque et quand sa série prend fin (vide&#xa0;: inconnue)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Series</source>
        <translation>&amp;Séries</translation>
    </message>
    <message>
        <source>By Major Version (2, 3)</source>
        <translation>Par version majeure (2, 3)</translation>
    </message>
    <message>
        <source>By Minor Version (2.1, 2.2)</source>
        <translation>Par version mineure (2.1, 2.2)</translation>
    </message>
    <message>
        <source>(No Folder)</source>
        <translation>(Aucun dossier)</translation>
    </message>
    <message>
        <source>Move to Folder</source>
        <translation>Déplacer vers un dossier</translation>
    </message>
    <message>
        <source>Folder (type a new name to make one):</source>
        <translation>Dossier (saisissez un nouveau nom pour en créer un)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Herald::SyncCommand</name>
    <message>
        <source>warning: </source>
        <translation>avertissement&#xa0;: </translation>
    </message>
    <message>
        <source>failed: </source>
        <translation>échec&#xa0;: </translation>
    </message>
    <message>
        <source>error: </source>
        <translation>erreur&#xa0;: </translation>
    </message>
    <message>
        <source>Fetching posts: %1/%2</source>
        <translation>Récupération des articles&#xa0;: %1/%2</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, then failed</source>
        <translation>%1 nouveaux, %2 mis à jour, puis échec</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>not modified</source>
        <translation>non modifié</translation>
    </message>
    <message>
        <source>%1 new, %2 updated</source>
        <translation>%1 nouveaux, %2 mis à jour</translation>
    </message>
    <message>
        <source>Python Insider: %1 new, %2 updated, %3 unchanged, %4 failed; %5 bodies downloaded, %6 requests, %7 s</source>
        <translation>Python Insider&#xa0;: %1 nouveaux, %2 mis à jour, %3 inchangés, %4 en échec&#xa0;; %5 textes téléchargés, %6 requêtes, %7 s</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s), %1 s</source>
        <translation>
            <numerusform>%n requête, %1 s</numerusform>
            <numerusform>%n requêtes, %1 s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Herald::SyncEngine</name>
    <message>
        <source>The store cannot be written: %1</source>
        <translation>Impossible d&apos;écrire dans la base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>The followed sources cannot be read: %1</source>
        <translation>Impossible de lire les sources suivies&#xa0;: %1</translation>
    </message>
    <message>
        <source>Python Insider archive index: %1</source>
        <translation>Index des archives de Python Insider&#xa0;: %1</translation>
    </message>
    <message>
        <source>Python Insider archive index: cannot store posts: %1</source>
        <translation>Index des archives de Python Insider&#xa0;: impossible d&apos;enregistrer les articles&#xa0;: %1</translation>
    </message>
    <message>
        <source>Python Insider feed: %1</source>
        <translation>Flux de Python Insider&#xa0;: %1</translation>
    </message>
    <message>
        <source>Python Insider feed: the item &quot;%1&quot; has no usable link</source>
        <translation>Flux de Python Insider&#xa0;: l&apos;élément «&#xa0;%1&#xa0;» n&apos;a pas de lien utilisable</translation>
    </message>
    <message>
        <source>Python Insider feed: &quot;%1&quot; was not checked against the store: %2</source>
        <translation>Flux de Python Insider&#xa0;: «&#xa0;%1&#xa0;» n&apos;a pas été comparé à la base de données&#xa0;: %2</translation>
    </message>
    <message>
        <source>Python Insider feed: cannot store posts: %1</source>
        <translation>Flux de Python Insider&#xa0;: impossible d&apos;enregistrer les articles&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Python Insider feed: %1 (kept the %n item(s) read before it)</source>
        <translation>
            <numerusform>Flux de Python Insider&#xa0;: %1 (%n élément lu auparavant a été conservé)</numerusform>
            <numerusform>Flux de Python Insider&#xa0;: %1 (%n éléments lus auparavant ont été conservés)</numerusform>
        </translation>
    </message>
    <message>
        <source>Python release data (%1): %2</source>
        <translation>Données de versions de Python (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Python release data (%1): not a JSON object (%2)</source>
        <translation>Données de versions de Python (%1)&#xa0;: pas un objet JSON (%2)</translation>
    </message>
    <message>
        <source>it is an array or a value</source>
        <translation>c&apos;est un tableau ou une valeur simple</translation>
    </message>
    <message>
        <source>that the text of %1 is current</source>
        <translation>que le texte de %1 est à jour</translation>
    </message>
    <message>
        <source>neither index.md nor index.mdx exists in %1 (HTTP 404)</source>
        <translation>ni index.md ni index.mdx n&apos;existe dans %1 (HTTP 404)</translation>
    </message>
    <message>
        <source>the error of %1</source>
        <translation>l&apos;erreur de %1</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the sync stopped after %2, before it answered; the next sync tries again</source>
        <translation>%1&#xa0;: la synchronisation s&apos;est arrêtée au bout de %2, avant la réponse&#xa0;; la prochaine synchronisation réessaiera</translation>
    </message>
    <message>
        <source>how the sync went</source>
        <translation>le déroulement de la synchronisation</translation>
    </message>
    <message>
        <source>The sync stopped after %1, before the archive index, the feed and the release data had arrived; the next sync tries again</source>
        <translation>La synchronisation s&apos;est arrêtée au bout de %1, avant l&apos;arrivée de l&apos;index des archives, du flux et des données de versions&#xa0;; la prochaine synchronisation réessaiera</translation>
    </message>
    <message numerus="yes">
        <source>The sync stopped after %1 with %n post(s) still to download; the next sync fetches them</source>
        <translation>
            <numerusform>La synchronisation s&apos;est arrêtée au bout de %1 avec encore %n article à télécharger&#xa0;; la prochaine synchronisation le récupérera</numerusform>
            <numerusform>La synchronisation s&apos;est arrêtée au bout de %1 avec encore %n articles à télécharger&#xa0;; la prochaine synchronisation les récupérera</numerusform>
        </translation>
    </message>
    <message>
        <source>the validators of %1</source>
        <translation>les validateurs de %1</translation>
    </message>
    <message>
        <source>could not store %1: %2</source>
        <translation>impossible d&apos;enregistrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>what the posts announce</source>
        <translation>ce que les billets annoncent</translation>
    </message>
</context>
<context>
    <name>Herald::SyncScheduler</name>
    <message>
        <source>The sync failed.</source>
        <translation>La synchronisation a échoué.</translation>
    </message>
</context>
<context>
    <name>Herald::Timeline</name>
    <message>
        <source>The lifecycle data (release-cycle.json) is missing: series statuses and end-of-life dates are unknown until the next sync.</source>
        <translation>Les données de cycle de vie (release-cycle.json) sont manquantes&#xa0;: l&apos;état des séries et les dates de fin de vie restent inconnus jusqu&apos;à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>The release data (python-releases.json) is missing: official release dates are unknown and missing announcements cannot be found until the next sync.</source>
        <translation>Les données de versions (python-releases.json) sont manquantes&#xa0;: les dates de sortie officielles sont inconnues et les annonces manquantes ne peuvent pas être repérées avant la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>alpha %1</source>
        <translation>alpha %1</translation>
    </message>
    <message>
        <source>beta %1</source>
        <translation>bêta %1</translation>
    </message>
    <message>
        <source>candidate %1</source>
        <translation>candidate %1</translation>
    </message>
    <message>
        <source>final</source>
        <translation>finale</translation>
    </message>
</context>
<context>
    <name>Herald::TimelineItemDelegate</name>
    <message>
        <source>ended %1</source>
        <translation>terminée le %1</translation>
    </message>
    <message numerus="yes">
        <source>EOL in %n day(s)</source>
        <translation>
            <numerusform>Fin de vie dans %n jour</numerusform>
            <numerusform>Fin de vie dans %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>EOL in %n month(s)</source>
        <translation>
            <numerusform>Fin de vie dans %n mois</numerusform>
            <numerusform>Fin de vie dans %n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>EOL in %n year(s)</source>
        <translation>
            <numerusform>Fin de vie dans %n an</numerusform>
            <numerusform>Fin de vie dans %n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>EOL in %1 %2</source>
        <comment>years, then months</comment>
        <translation>Fin de vie dans %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message>
        <source>yours</source>
        <translation>la vôtre</translation>
    </message>
    <message>
        <source>latest %1</source>
        <translation>dernière&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n en retard</numerusform>
            <numerusform>%n en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 due %n day(s) ago</source>
        <translation>
            <numerusform>%1 attendue il y a %n jour</numerusform>
            <numerusform>%1 attendue il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 today</source>
        <translation>%1 aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n day(s)</source>
        <translation>
            <numerusform>%1 dans %n jour</numerusform>
            <numerusform>%1 dans %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>en retard de %n jour</numerusform>
            <numerusform>en retard de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>not announced</source>
        <translation>non annoncée</translation>
    </message>
</context>
<context>
    <name>Herald::TimelineModel</name>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>en retard de %n jour</numerusform>
            <numerusform>en retard de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Python %1</source>
        <translation>Python %1</translation>
    </message>
    <message>
        <source>unknown (%1)</source>
        <translation>inconnu (%1)</translation>
    </message>
    <message>
        <source>end of life %1</source>
        <translation>fin de vie le %1</translation>
    </message>
    <message>
        <source>latest %1</source>
        <translation>dernière&#xa0;: %1</translation>
    </message>
    <message>
        <source>next %1 %2</source>
        <translation>prochaine&#xa0;: %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n release(s) overdue</source>
        <translation>
            <numerusform>%n version en retard</numerusform>
            <numerusform>%n versions en retard</numerusform>
        </translation>
    </message>
    <message>
        <source>You run %1</source>
        <translation>Vous utilisez %1</translation>
    </message>
    <message>
        <source>Next: %1, expected %2 (%3)</source>
        <translation>Suivante&#xa0;: %1, attendue le %2 (%3)</translation>
    </message>
    <message>
        <source>Then: %1, expected %2 (%3)</source>
        <translation>Ensuite&#xa0;: %1, attendue le %2 (%3)</translation>
    </message>
    <message>
        <source>End of life since %1. The lifecycle data still says “%2”.</source>
        <translation>Fin de vie depuis le %1. Les données de cycle de vie indiquent encore «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Released on %1. The lifecycle data still says “%2”.</source>
        <translation>Sortie le %1. Les données de cycle de vie indiquent encore «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Release manager: %1</source>
        <translation>Responsable de version&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected, %1</source>
        <translation>attendue, %1</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>attendue le %1</translation>
    </message>
    <message>
        <source>Python %1 (%2)</source>
        <translation>Python %1 (%2)</translation>
    </message>
    <message>
        <source>Expected %1 and not announced yet</source>
        <translation>Attendue le %1 et pas encore annoncée</translation>
    </message>
    <message>
        <source>Expected %1</source>
        <translation>Attendue le %1</translation>
    </message>
    <message>
        <source>Python %1, %2, expected</source>
        <translation>Python %1, %2, attendue</translation>
    </message>
    <message>
        <source>announced %1</source>
        <translation>annoncée le %1</translation>
    </message>
    <message>
        <source>no announcement</source>
        <translation>aucune annonce</translation>
    </message>
    <message numerus="yes">
        <source>announced %1, %n day(s) off</source>
        <translation>
            <numerusform>annoncée le %1, décalage de %n jour</numerusform>
            <numerusform>annoncée le %1, décalage de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Python %1, %2</source>
        <translation>Python %1, %2</translation>
    </message>
    <message>
        <source>Released %1</source>
        <translation>Sortie le %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after %1</source>
        <translation>
            <numerusform>%n jour après la %1</numerusform>
            <numerusform>%n jours après la %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not announced on the blog</source>
        <translation>Non annoncée sur le blog</translation>
    </message>
    <message>
        <source>Announced %1</source>
        <translation>Annoncée le %1</translation>
    </message>
    <message>
        <source>A security release</source>
        <translation>Une version de sécurité</translation>
    </message>
    <message>
        <source>A security release: %1</source>
        <translation>Une version de sécurité&#xa0;: %1</translation>
    </message>
    <message>
        <source>You run this release</source>
        <translation>Vous utilisez cette version</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>Annonce</translation>
    </message>
</context>
<context>
    <name>Herald::TimelinePane</name>
    <message>
        <source>No releases yet</source>
        <translation>Aucune version pour l&apos;instant</translation>
    </message>
    <message>
        <source>Each Python series, its releases and its end of life appear here once the announcements and the lifecycle data are synced.</source>
        <translation>Chaque série de Python, ses versions et sa fin de vie apparaissent ici une fois les annonces et les données de cycle de vie synchronisées.</translation>
    </message>
    <message>
        <source>Release timeline</source>
        <translation>Chronologie des versions</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Choose which series and releases the timeline shows</source>
        <translation>Choisir les séries et les versions qu&apos;affiche la chronologie</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Séries</translation>
    </message>
    <message>
        <source>Supported Series</source>
        <translation>Séries prises en charge</translation>
    </message>
    <message>
        <source>Series that still get bugfix or security releases</source>
        <translation>Séries qui reçoivent encore des versions de correctifs ou de sécurité</translation>
    </message>
    <message>
        <source>All Series</source>
        <translation>Toutes les séries</translation>
    </message>
    <message>
        <source>Every series, end of life included</source>
        <translation>Toutes les séries, y compris celles en fin de vie</translation>
    </message>
    <message>
        <source>Releases</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Include Pre-releases</source>
        <translation>Inclure les préversions</translation>
    </message>
    <message>
        <source>Only Releases Without an Announcement</source>
        <translation>Uniquement les versions sans annonce</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Releases of followed projects</source>
        <translation>Versions des projets suivis</translation>
    </message>
    <message>
        <source>Open &amp;Announcement</source>
        <translation>Ouvrir l&apos;&amp;annonce</translation>
    </message>
    <message>
        <source>&amp;Copy Version</source>
        <translation>&amp;Copier la version</translation>
    </message>
    <message>
        <source>Open Release &amp;Page on python.org</source>
        <translation>Ouvrir la &amp;page de la version sur python.org</translation>
    </message>
    <message>
        <source>Reading the releases…</source>
        <translation>Lecture des versions…</translation>
    </message>
    <message>
        <source>Each Python series, its releases and its end of life appear here in a moment.</source>
        <translation>Chaque série de Python, ses versions et sa fin de vie apparaissent ici dans un instant.</translation>
    </message>
</context>
<context>
    <name>Herald::TomlFile</name>
    <message>
        <source>Cannot read %1: it is a folder</source>
        <translation>Impossible de lire %1&#xa0;: c&apos;est un dossier</translation>
    </message>
    <message>
        <source>Cannot read %1: it is no regular file</source>
        <translation>Impossible de lire %1&#xa0;: ce n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>Cannot read %1: it is larger than %2 MB</source>
        <translation>Impossible de lire %1&#xa0;: il dépasse %2 Mo</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read as TOML: %2</source>
        <translation>%1 ne peut pas être lu comme du TOML&#xa0;: %2</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>une table</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>un entier</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <source>a date or time</source>
        <translation>une date ou une heure</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
</context>
<context>
    <name>Herald::TrayIcon</name>
    <message>
        <source>&amp;Refresh Now</source>
        <translation>&amp;Actualiser maintenant</translation>
    </message>
    <message>
        <source>&amp;Pause Notifications</source>
        <translation>Mettre en &amp;pause les notifications</translation>
    </message>
    <message>
        <source>For One &amp;Hour</source>
        <translation>Pendant une &amp;heure</translation>
    </message>
    <message>
        <source>Until &amp;Tomorrow</source>
        <translation>Jusqu&apos;à &amp;demain</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Latest Announcements</source>
        <translation>Dernières annonces</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Hide Herald</source>
        <translation>&amp;Masquer Herald</translation>
    </message>
    <message>
        <source>&amp;Show Herald</source>
        <translation>A&amp;fficher Herald</translation>
    </message>
    <message>
        <source>latest: %1 (%2)</source>
        <translation>dernière&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>next: %1</source>
        <translation>prochaine&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n non lu</numerusform>
            <numerusform>%n non lus</numerusform>
        </translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>dernière synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>pas encore synchronisé</translation>
    </message>
    <message>
        <source>notifications paused until %1</source>
        <translation>notifications en pause jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>announcement and its date</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation>En pause jusqu&apos;à %1</translation>
    </message>
</context>
<context>
    <name>Herald::YourPythonsCard</name>
    <message>
        <source>Your Pythons</source>
        <translation>Vos Pythons</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Add a virtual environment, an install folder or an interpreter for Herald to follow</source>
        <translation>Ajouter un environnement virtuel, un dossier d&apos;installation ou un interpréteur à faire suivre par Herald</translation>
    </message>
    <message>
        <source>Look Again</source>
        <translation>Chercher à nouveau</translation>
    </message>
    <message>
        <source>Look for Python interpreters again</source>
        <translation>Chercher à nouveau des interpréteurs Python</translation>
    </message>
    <message>
        <source>Looking for Python interpreters…</source>
        <translation>Recherche d&apos;interpréteurs Python…</translation>
    </message>
    <message>
        <source>No Python interpreter found. Herald looked in %1. Add a virtual environment or an install with Add…, or in Settings.</source>
        <translation>Aucun interpréteur Python trouvé. Herald a cherché dans %1. Ajoutez un environnement virtuel ou une installation avec «&#xa0;Ajouter…&#xa0;» ou dans la configuration.</translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n à mettre à jour</numerusform>
            <numerusform>%n à mettre à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n trouvé</numerusform>
            <numerusform>%n trouvés</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a Python Location</source>
        <translation>Ajouter un emplacement Python</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>%1 is a local address</source>
        <translation>%1 est une adresse locale</translation>
    </message>
    <message>
        <source>%1 resolves to the local address %2</source>
        <translation>%1 se résout en l&apos;adresse locale %2</translation>
    </message>
    <message>
        <source>%1 has no address</source>
        <translation>%1 n&apos;a pas d&apos;adresse</translation>
    </message>
    <message>
        <source>redirected from https to the less safe %1</source>
        <translation>redirigé de https vers %1, moins sûr</translation>
    </message>
    <message>
        <source>redirected to %1, which is not http or https</source>
        <translation>redirigé vers %1, qui n&apos;est ni http ni https</translation>
    </message>
    <message>
        <source>redirected to the local address %1</source>
        <translation>redirigé vers l&apos;adresse locale %1</translation>
    </message>
    <message>
        <source>redirected to %1, which resolves to the local address %2</source>
        <translation>redirigé vers %1, qui se résout en l&apos;adresse locale %2</translation>
    </message>
    <message>
        <source>more than %1 redirects</source>
        <translation>plus de %1 redirections</translation>
    </message>
    <message>
        <source>Refused to fetch %1: %2</source>
        <translation>Refus de récupérer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 took longer than %2 s</source>
        <translation>%1 a pris plus de %2 s</translation>
    </message>
    <message>
        <source>%1 is larger than the %2 limit</source>
        <translation>%1 dépasse la limite de %2</translation>
    </message>
    <message>
        <source>HTTP %1 %2 from %3</source>
        <translation>HTTP %1 %2 de %3</translation>
    </message>
    <message>
        <source>%1 timed out: no data for %2 s</source>
        <translation>%1&#xa0;: délai dépassé, aucune donnée pendant %2 s</translation>
    </message>
    <message>
        <source>Could not fetch %1: %2</source>
        <translation>Impossible de récupérer %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>MarkOlderDialog</name>
    <message>
        <source>Mark Older Posts as Read</source>
        <translation>Marquer les articles plus anciens comme lus</translation>
    </message>
    <message>
        <source>Mark posts published &amp;before</source>
        <translation>Marquer les articles publiés a&amp;vant le</translation>
    </message>
    <message>
        <source>as read.</source>
        <translation>comme lus.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Configure Herald</source>
        <translation>Configurer Herald</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Pages de configuration</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Check for &amp;new posts:</source>
        <translation>Vérifier les &amp;nouveaux articles&#xa0;:</translation>
    </message>
    <message>
        <source>Startup:</source>
        <translation>Démarrage&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Start Herald when I log in</source>
        <translation>&amp;Démarrer Herald à l&apos;ouverture de session</translation>
    </message>
    <message>
        <source>&amp;Keep running in the background when the window is closed</source>
        <translation>Continuer en arrière-&amp;plan quand la fenêtre est fermée</translation>
    </message>
    <message>
        <source>When on, closing the window leaves Herald running: its icon stays in the system tray, it goes on checking for new posts and notifying you, and starting Herald again brings the window back. When off, closing the window quits Herald.</source>
        <translation>Si cette option est activée, fermer la fenêtre laisse Herald en cours d&apos;exécution&#xa0;: son icône reste dans la zone de notification, il continue de vérifier les nouveaux articles et de vous avertir, et relancer Herald fait réapparaître la fenêtre. Si elle est désactivée, fermer la fenêtre quitte Herald.</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Notifications:</source>
        <translation>Notifications&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;how a notification for new posts</source>
        <translation>Affic&amp;her une notification pour les nouveaux articles</translation>
    </message>
    <message>
        <source>Notify about:</source>
        <translation>Notifier pour&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;All new posts</source>
        <translation>&amp;Tous les nouveaux articles</translation>
    </message>
    <message>
        <source>Release a&amp;nnouncements only</source>
        <translation>Annonces de &amp;versions uniquement</translation>
    </message>
    <message>
        <source>&amp;Final releases only, no alphas, betas or release candidates</source>
        <translation>Versions &amp;finales uniquement, sans alphas, bêtas ni versions candidates</translation>
    </message>
    <message>
        <source>S&amp;ecurity releases only</source>
        <translation>Versions de &amp;sécurité uniquement</translation>
    </message>
    <message>
        <source>Python series:</source>
        <translation>Séries de Python&#xa0;:</translation>
    </message>
    <message>
        <source>All se&amp;ries</source>
        <translation>Toutes les séri&amp;es</translation>
    </message>
    <message>
        <source>Su&amp;pported series, which still get bugfix or security releases</source>
        <translation>Séries &amp;prises en charge, qui reçoivent encore des versions de correctifs ou de sécurité</translation>
    </message>
    <message>
        <source>Series I &amp;run, as Your Pythons lists them</source>
        <translation>Séries que j&apos;&amp;utilise, telles que les liste «&#xa0;Vos Pythons&#xa0;»</translation>
    </message>
    <message>
        <source>Onl&amp;y these series:</source>
        <translation>Seulement &amp;ces séries&#xa0;:</translation>
    </message>
    <message>
        <source>Series to notify about</source>
        <translation>Séries pour lesquelles notifier</translation>
    </message>
    <message>
        <source>Do not disturb:</source>
        <translation>Ne pas déranger&#xa0;:</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <comment>do not disturb from 22:00 to 07:00</comment>
        <translation>&amp;De</translation>
    </message>
    <message>
        <source>Quiet from</source>
        <translation>Silence à partir de</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <comment>do not disturb from 22:00 to 07:00</comment>
        <translation>&amp;à</translation>
    </message>
    <message>
        <source>Quiet until</source>
        <translation>Silence jusqu&apos;à</translation>
    </message>
    <message>
        <source>Send a &amp;Test Notification</source>
        <translation>Envoyer une &amp;notification de test</translation>
    </message>
    <message>
        <source>Images:</source>
        <translation>Images&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Load remote images in posts</source>
        <translation>&amp;Charger les images distantes dans les articles</translation>
    </message>
    <message>
        <source>When off, Herald requests nothing a post names: no tracking pixels.</source>
        <translation>Si cette option est désactivée, Herald ne télécharge rien de ce qu&apos;un article référence&#xa0;: pas de pixels espions.</translation>
    </message>
</context>
<context>
    <name>UrlMap</name>
    <message>
        <source>A URL mapping is FROM=TO, for example https://=http://127.0.0.1:8080/, not &quot;%1&quot;</source>
        <translation>Une correspondance d&apos;URL s&apos;écrit FROM=TO, par exemple https://=http://127.0.0.1:8080/, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The target of the URL mapping &quot;%1&quot; is not a URL</source>
        <translation>La cible de la correspondance d&apos;URL «&#xa0;%1&#xa0;» n&apos;est pas une URL</translation>
    </message>
    <message>
        <source>The target of the URL mapping &quot;%1&quot; must be an http:// or https:// address with a host</source>
        <translation>La cible de la correspondance d&apos;URL «&#xa0;%1&#xa0;» doit être une adresse http:// ou https:// avec un hôte</translation>
    </message>
</context>
</TS>
