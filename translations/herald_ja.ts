<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Herald</source>
        <translation>Herald について</translation>
    </message>
    <message>
        <source>A desktop reader for Python release announcements. It keeps every Python Insider post offline and knows which Python series are still supported.</source>
        <translation>Python のリリースのお知らせを読むためのデスクトップリーダーです。Python Insider のすべての記事をオフラインで保存し、どの Python シリーズがまだサポートされているかを把握しています。</translation>
    </message>
    <message>
        <source>Runs against:</source>
        <translation>実行環境:</translation>
    </message>
</context>
<context>
    <name>CommandLineTool</name>
    <message>
        <source>error: </source>
        <translation>エラー: </translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>警告: </translation>
    </message>
</context>
<context>
    <name>DependencyImportDialog</name>
    <message>
        <source>Import Dependencies</source>
        <translation>依存関係のインポート</translation>
    </message>
    <message>
        <source>&amp;Every locked package, not only the direct dependencies</source>
        <translation>直接の依存関係だけでなく、ロックされたすべてのパッケージ(&amp;E)</translation>
    </message>
    <message>
        <source>Dependencies to follow</source>
        <translation>フォローする依存関係</translation>
    </message>
</context>
<context>
    <name>FeedParser</name>
    <message>
        <source>Unknown character encoding “%1”; read the document as UTF-8</source>
        <translation>不明な文字エンコーディング「%1」です。ドキュメントを UTF-8 として読み込みました</translation>
    </message>
    <message>
        <source>The document says it is UTF-8 but is not; read it as Windows-1252</source>
        <translation>ドキュメントは UTF-8 と宣言していますが、実際は異なります。Windows-1252 として読み込みました</translation>
    </message>
    <message>
        <source>The document has bytes that are not valid %1; they were replaced</source>
        <translation>ドキュメントに %1 として無効なバイトが含まれています。それらは置き換えられました</translation>
    </message>
    <message>
        <source>Removed control characters that XML does not allow</source>
        <translation>XML で許可されていない制御文字を削除しました</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>項目 %1</translation>
    </message>
    <message>
        <source>Item %1 (“%2”)</source>
        <translation>項目 %1 (「%2」)</translation>
    </message>
    <message>
        <source>%1 has a title of %2 characters; cut to %3</source>
        <translation>%1 のタイトルは %2 文字あります。%3 文字に切り詰めました</translation>
    </message>
    <message>
        <source>%1: cannot read the date “%2”</source>
        <translation>%1: 日付「%2」を読み取れません</translation>
    </message>
    <message>
        <source>%1 has no link</source>
        <translation>%1 にリンクがありません</translation>
    </message>
    <message>
        <source>%1 has no date</source>
        <translation>%1 に日付がありません</translation>
    </message>
    <message>
        <source>The feed</source>
        <translation>フィード</translation>
    </message>
    <message>
        <source>%1 repeats the id “%2” of item %3; kept the first</source>
        <translation>%1 は項目 %3 の ID「%2」と重複しています。最初のものを残しました</translation>
    </message>
    <message>
        <source>The document is empty</source>
        <translation>ドキュメントが空です</translation>
    </message>
    <message>
        <source>This is an HTML page, not a feed</source>
        <translation>これはフィードではなく HTML ページです</translation>
    </message>
    <message>
        <source>The document is not well-formed XML: %1 (line %2, column %3)</source>
        <translation>ドキュメントが整形式の XML ではありません: %1 (%2 行目、%3 列目)</translation>
    </message>
    <message>
        <source>This is XML but not a feed: its root element is &lt;%1&gt;, not &lt;rss&gt;, &lt;rdf:RDF&gt; or &lt;feed&gt;</source>
        <translation>これは XML ですがフィードではありません: ルート要素が &lt;rss&gt;、&lt;rdf:RDF&gt;、&lt;feed&gt; のいずれでもなく &lt;%1&gt; です</translation>
    </message>
    <message>
        <source>The feed is not well-formed XML: %1 (line %2, column %3). Items read before it: %4</source>
        <translation>フィードが整形式の XML ではありません: %1 (%2 行目、%3 列目)。それより前に読み込んだ項目: %4</translation>
    </message>
    <message>
        <source>KF6 Syndication could not read this %1 document (error %2)</source>
        <translation>KF6 Syndication はこの %1 ドキュメントを読み込めませんでした (エラー %2)</translation>
    </message>
</context>
<context>
    <name>FrontmatterReader</name>
    <message>
        <source>a list</source>
        <translation>リスト</translation>
    </message>
    <message>
        <source>a map of keys and values</source>
        <translation>キーと値のマップ</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>空</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; should be text, not %2</source>
        <translation>「%1」はテキストである必要がありますが、%2 になっています</translation>
    </message>
    <message>
        <source>&quot;%1&quot; should be a date like 2024-05-01, not %2</source>
        <translation>「%1」は 2024-05-01 のような日付である必要がありますが、%2 になっています</translation>
    </message>
    <message>
        <source>An item of &quot;%1&quot; should be text, not %2</source>
        <translation>「%1」の項目はテキストである必要がありますが、%2 になっています</translation>
    </message>
    <message>
        <source>&quot;%1&quot; should be a list, not %2</source>
        <translation>「%1」はリストである必要がありますが、%2 になっています</translation>
    </message>
    <message>
        <source>&quot;%1&quot; should be true or false, not %2</source>
        <translation>「%1」は true または false である必要がありますが、%2 になっています</translation>
    </message>
    <message>
        <source>The frontmatter starting on line 1 is never closed with ---</source>
        <translation>1 行目から始まるフロントマターが --- で閉じられていません</translation>
    </message>
    <message>
        <source>The frontmatter should be keys with values (title: ...), not %1</source>
        <translation>フロントマターはキーと値の組 (title: ...) である必要がありますが、%1 になっています</translation>
    </message>
    <message>
        <source>The frontmatter is not valid YAML: %1</source>
        <translation>フロントマターが有効な YAML ではありません: %1</translation>
    </message>
    <message>
        <source>The frontmatter is not valid YAML: %1 (line %2, column %3)</source>
        <translation>フロントマターが有効な YAML ではありません: %1 (%2 行目、%3 列目)</translation>
    </message>
</context>
<context>
    <name>GuiApplication</name>
    <message>
        <source>No stored post has the id &quot;%1&quot;</source>
        <translation>ID「%1」の記事は保存されていません</translation>
    </message>
    <message>
        <source>Could not write the screenshot to %1</source>
        <translation>スクリーンショットを %1 に書き込めませんでした</translation>
    </message>
    <message>
        <source>Saved %1 (%2x%3)</source>
        <translation>%1 を保存しました (%2x%3)</translation>
    </message>
    <message>
        <source>Herald cannot start</source>
        <translation>Herald を起動できません</translation>
    </message>
    <message>
        <source>The database was damaged</source>
        <translation>データベースが破損していました</translation>
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
        <translation>%1 (%2) のもとでライセンスされています。</translation>
    </message>
    <message>
        <source>Home page: %1</source>
        <translation>ホームページ: %1</translation>
    </message>
    <message>
        <source>Report bugs at %1</source>
        <translation>バグの報告先: %1</translation>
    </message>
</context>
<context>
    <name>Herald::Autostart</name>
    <message>
        <source>Cannot change the registry value %1</source>
        <translation>レジストリ値 %1 を変更できません</translation>
    </message>
    <message>
        <source>There is no configuration folder to keep the login item in</source>
        <translation>ログイン項目を保存する設定フォルダーがありません</translation>
    </message>
    <message>
        <source>Cannot remove %1: %2</source>
        <translation>%1 を削除できません: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Python release announcements</source>
        <translation>Python のリリースのお知らせ</translation>
    </message>
</context>
<context>
    <name>Herald::BackgroundController</name>
    <message numerus="yes">
        <source>%n Python(s) to update</source>
        <translation>
            <numerusform>更新が必要な Python: %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n day(s) overdue</source>
        <translation>
            <numerusform>%1 (%n 日遅れ)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 today</source>
        <translation>%1 (今日)</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n day(s)</source>
        <translation>
            <numerusform>%1 (%n 日後)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of your Pythons to update</source>
        <translation>
            <numerusform>お使いの Python のうち %n 個に更新が必要です</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Herald::CalendarCommand</name>
    <message>
        <source>error: </source>
        <translation>エラー: </translation>
    </message>
    <message>
        <source>error: Herald has no release data for a calendar yet; it comes with a sync (herald --sync)</source>
        <translation>エラー: カレンダーを作成するためのリリースデータがまだありません。同期すると取得されます (herald --sync)</translation>
    </message>
    <message>
        <source>error: cannot write the calendar to standard output</source>
        <translation>エラー: カレンダーを標準出力に書き込めません</translation>
    </message>
    <message>
        <source>error: cannot write %1: %2</source>
        <translation>エラー: %1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Wrote the release calendar to %1</source>
        <translation>リリースカレンダーを %1 に書き込みました</translation>
    </message>
</context>
<context>
    <name>Herald::CheckCommand</name>
    <message>
        <source>error: </source>
        <translation>エラー: </translation>
    </message>
    <message>
        <source>note: </source>
        <translation>注意: </translation>
    </message>
    <message>
        <source>error: Herald has no release data to judge by yet; it comes with a sync (herald --sync)</source>
        <translation>エラー: 判定に使うリリースデータがまだありません。同期すると取得されます (herald --sync)</translation>
    </message>
    <message>
        <source>error: no dependency of %1 could be judged: herald --import-deps %1 follows them, and a sync fetches their releases</source>
        <translation>エラー: %1 の依存関係を 1 つも判定できませんでした: herald --import-deps %1 でフォローし、同期するとリリースが取得されます</translation>
    </message>
    <message>
        <source>No Python interpreter found. Looked in: %1</source>
        <translation>Python インタープリターが見つかりません。検索した場所: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n interpreter(s) judged on %1: </source>
        <translation>
            <numerusform>%1 時点で %n 個のインタープリターを判定: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 up to date, %2 behind, %3 missing a security release or past end of life</source>
        <translation>最新 %1、遅れあり %2、セキュリティリリース未適用またはサポート終了 %3</translation>
    </message>
    <message numerus="yes">
        <source>%n not judged (another implementation, an unknown series, or unusable)</source>
        <translation>
            <numerusform>判定対象外 %n (別の実装、不明なシリーズ、または使用不可)</numerusform>
        </translation>
    </message>
    <message>
        <source>Python %1: end of life since %2</source>
        <translation>Python %1: %2 にサポート終了</translation>
    </message>
    <message>
        <source>Python %1: %2</source>
        <translation>Python %1: %2</translation>
    </message>
    <message>
        <source>end of life %1</source>
        <translation>サポート終了 %1</translation>
    </message>
    <message>
        <source>newest %1</source>
        <translation>最新 %1</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>未適用 %1</translation>
    </message>
    <message numerus="yes">
        <source>(+%n issue(s))</source>
        <translation>
            <numerusform>(+%n 件の問題)</numerusform>
        </translation>
    </message>
    <message>
        <source>security</source>
        <translation>セキュリティ</translation>
    </message>
    <message>
        <source>security: %1</source>
        <translation>セキュリティ: %1</translation>
    </message>
    <message>
        <source>(not announced)</source>
        <translation>(お知らせなし)</translation>
    </message>
    <message numerus="yes">
        <source>next: %1 expected %2 (%n day(s) overdue)</source>
        <translation>
            <numerusform>次: %1 (%2 予定、%n 日遅れ)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>next: %1 expected %2 (in %n day(s))</source>
        <translation>
            <numerusform>次: %1 (%2 予定、%n 日後)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Herald::CommandLine</name>
    <message>
        <source>Sync every source once, print a summary and exit (non-zero if a source or a post failed).</source>
        <translation>すべてのソースを 1 回同期し、概要を出力して終了します (ソースまたは記事で失敗があった場合は 0 以外で終了します)。</translation>
    </message>
    <message>
        <source>List the stored posts, newest first, and exit.</source>
        <translation>保存されている記事を新しい順に一覧表示して終了します。</translation>
    </message>
    <message>
        <source>Print the release timeline (each series with its status and end of life, then its releases and the posts announcing them) and exit.</source>
        <translation>リリースタイムライン (各シリーズの状態とサポート終了日、そのリリースとそれを告知する記事) を出力して終了します。</translation>
    </message>
    <message>
        <source>Sync, then judge every Python interpreter on this machine against the releases: print each with what it misses and what to do, and exit 0 when all are up to date, 1 when one is behind a release, 2 when one misses a security release or is past its end of life (3: no release data). With --deps, the dependencies too (3 also when none of its pinned versions can be judged yet; 4: the file cannot be read).</source>
        <translation>同期してから、このマシン上のすべての Python インタープリターをリリースと照らし合わせて判定します: それぞれについて不足しているものと必要な対応を出力し、すべてが最新なら 0、リリースに遅れているものがあれば 1、セキュリティリリースが未適用かサポート終了を過ぎたものがあれば 2 で終了します (3: リリースデータなし)。--deps を指定すると依存関係も判定します (固定されたバージョンをまだ 1 つも判定できない場合も 3、4: ファイルを読み込めない)。</translation>
    </message>
    <message>
        <source>List the Python interpreters found on this machine, and where Herald looked, and exit.</source>
        <translation>このマシンで見つかった Python インタープリターと、Herald が検索した場所を一覧表示して終了します。</translation>
    </message>
    <message>
        <source>Write the expected releases and the end-of-life dates as an iCalendar file to &lt;file&gt; (- for standard output) and exit.</source>
        <translation>予定されているリリースとサポート終了日を iCalendar ファイルとして &lt;file&gt; に書き出して終了します (- で標準出力)。</translation>
    </message>
    <message>
        <source>Parse one feed document (a file or an http(s) URL) without touching the store, print what was understood and exit.</source>
        <translation>フィードドキュメント (ファイルまたは http(s) の URL) を 1 つ、ストアに触れずに解析し、解釈した内容を出力して終了します。</translation>
    </message>
    <message>
        <source>Print one stored post (its id as --list --json gives it, or its number) as text and exit.</source>
        <translation>保存されている記事 (--list --json が示す ID または番号で指定) を 1 件テキストとして出力して終了します。</translation>
    </message>
    <message>
        <source>With --show: print the HTML document the reader shows instead of text.</source>
        <translation>--show と併用: テキストの代わりに、リーダーが表示する HTML ドキュメントを出力します。</translation>
    </message>
    <message>
        <source>Follow a project&apos;s releases or any feed, print what was found and exit: a feed or web page URL, owner/repo or a GitHub URL, pypi:NAME or a PyPI URL, a Discourse category URL.</source>
        <translation>プロジェクトのリリースや任意のフィードをフォローし、見つかった内容を出力して終了します: フィードまたはウェブページの URL、owner/repo または GitHub の URL、pypi:NAME または PyPI の URL、Discourse カテゴリーの URL。</translation>
    </message>
    <message>
        <source>Stop following the source with this id (as --sources gives it) and exit.</source>
        <translation>この ID (--sources が示すもの) のソースをフォロー解除して終了します。</translation>
    </message>
    <message>
        <source>List the followed sources with their state and exit.</source>
        <translation>フォロー中のソースを状態とともに一覧表示して終了します。</translation>
    </message>
    <message>
        <source>Follow every feed an OPML subscription list names (its folders too), print what was added and exit.</source>
        <translation>OPML 購読リストに記載されたすべてのフィードを (フォルダーも含めて) フォローし、追加された内容を出力して終了します。</translation>
    </message>
    <message>
        <source>Write the followed sources and their folders as an OPML 2.0 subscription list to &lt;file&gt; (- for standard output) and exit.</source>
        <translation>フォロー中のソースとそのフォルダーを OPML 2.0 購読リストとして &lt;file&gt; に書き出して終了します (- で標準出力)。</translation>
    </message>
    <message>
        <source>Follow on PyPI every dependency a Python project names, and remember the versions it pins or locks: requirements*.txt, pyproject.toml, uv.lock or poetry.lock. Prints what was added and exits.</source>
        <translation>Python プロジェクトが記載しているすべての依存関係を PyPI でフォローし、固定またはロックされているバージョンを記録します: requirements*.txt、pyproject.toml、uv.lock または poetry.lock。追加された内容を出力して終了します。</translation>
    </message>
    <message>
        <source>With --import-deps of a lock file: every locked package, not only the direct ones.</source>
        <translation>ロックファイルに --import-deps を使う場合: 直接の依存関係だけでなく、ロックされたすべてのパッケージを対象にします。</translation>
    </message>
    <message>
        <source>With --import-deps: print what would be followed, and change nothing.</source>
        <translation>--import-deps と併用: フォローされる内容を出力するだけで、何も変更しません。</translation>
    </message>
    <message>
        <source>With --check: judge the versions this dependency file pins or locks too (the same exit codes).</source>
        <translation>--check と併用: この依存関係ファイルが固定またはロックしているバージョンも判定します (終了コードは同じです)。</translation>
    </message>
    <message>
        <source>With --source: judge the source&apos;s series by this endoflife.date product; &quot;auto&quot; for the one its name suggests, &quot;none&quot; for no lifecycle.</source>
        <translation>--source と併用: ソースのシリーズをこの endoflife.date の製品に基づいて判定します。「auto」で名前から推測される製品、「none」でライフサイクルなしになります。</translation>
    </message>
    <message>
        <source>With --sync, --list, --releases or --lifecycle: only the source with this id.</source>
        <translation>--sync、--list、--releases、--lifecycle と併用: この ID のソースのみを対象にします。</translation>
    </message>
    <message>
        <source>With --list, --releases, --check, --pythons or --parse: print JSON instead of text.</source>
        <translation>--list、--releases、--check、--pythons、--parse と併用: テキストの代わりに JSON を出力します。</translation>
    </message>
    <message>
        <source>Keep the database in &lt;dir&gt; instead of the platform&apos;s app-data directory.</source>
        <translation>データベースをプラットフォームのアプリデータディレクトリではなく &lt;dir&gt; に保存します。</translation>
    </message>
    <message>
        <source>Rewrite every outgoing URL that starts with FROM to start with TO instead (repeatable; also $HERALD_URL_MAP, pairs separated by &apos;;&apos;). Example: https://=http://127.0.0.1:8080/</source>
        <translation>FROM で始まるすべての送信 URL を、TO で始まるように書き換えます (繰り返し指定可能。$HERALD_URL_MAP でも指定でき、ペアは &apos;;&apos; で区切ります)。例: https://=http://127.0.0.1:8080/</translation>
    </message>
    <message>
        <source>Start in the system tray without showing the window.</source>
        <translation>ウィンドウを表示せずにシステムトレイで起動します。</translation>
    </message>
    <message>
        <source>Print what Herald does (network, sync, store, rendering, notifications) to standard error; QT_LOGGING_RULES=&quot;herald.sync.debug=true&quot; picks one area.</source>
        <translation>Herald の動作 (ネットワーク、同期、ストア、レンダリング、通知) を標準エラー出力に出力します。QT_LOGGING_RULES=&quot;herald.sync.debug=true&quot; で特定の領域を選べます。</translation>
    </message>
    <message>
        <source>Render the main window offscreen, save it as a PNG to &lt;file&gt; and exit.</source>
        <translation>メインウィンドウを画面外で描画し、PNG として &lt;file&gt; に保存して終了します。</translation>
    </message>
    <message>
        <source>Window size for --screenshot, as WIDTHxHEIGHT (default 1280x800).</source>
        <translation>--screenshot のウィンドウサイズ。幅x高さ の形式で指定します (既定値 1280x800)。</translation>
    </message>
    <message>
        <source>Colour theme for this run: system, light or dark (the View menu sets it for good).</source>
        <translation>この実行でのカラーテーマ: system、light、dark のいずれか (恒久的な設定は「表示」メニューで行います)。</translation>
    </message>
    <message>
        <source>With --screenshot: search the post list for &lt;text&gt; first, as typed after /.</source>
        <translation>--screenshot と併用: 先に記事リストを &lt;text&gt; で検索します (/ の後に入力した場合と同じです)。</translation>
    </message>
    <message>
        <source>Herald follows Python release announcements and keeps them readable offline.</source>
        <translation>Herald は Python のリリースのお知らせをフォローし、オフラインで読めるように保存します。</translation>
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
        <translation>Herald はウィンドウを開けません: ディスプレイがありません (DISPLAY も WAYLAND_DISPLAY も設定されていません)。
ディスプレイがなくても、次の機能は使用できます:
  herald --sync                     すべてのソースを 1 回同期
  herald --list                     保存されている記事
  herald --show ID                  保存されている記事を 1 件表示
  herald --version                  ライブラリのバージョン
  herald --screenshot FILE.png      ウィンドウを画面外で描画
  herald --help                     すべてのコマンドラインモード
または、仮想ディスプレイ上で実行してください: xvfb-run herald</translation>
    </message>
    <message>
        <source>--size wants WIDTHxHEIGHT, for example 1280x800, not &quot;%1&quot;</source>
        <translation>--size には 1280x800 のように 幅x高さ を指定してください (「%1」ではありません)</translation>
    </message>
    <message>
        <source>--size %1x%2 is too large: at most %3 pixels a side and %4 megapixels</source>
        <translation>--size %1x%2 は大きすぎます: 1 辺あたり最大 %3 ピクセル、合計 %4 メガピクセルまでです</translation>
    </message>
    <message>
        <source>--size %1x%2 is too small: at least 200x150</source>
        <translation>--size %1x%2 は小さすぎます: 最小は 200x150 です</translation>
    </message>
    <message>
        <source>Choose one of --sync, --list, --releases, --check, --pythons, --calendar, --parse, --show, --follow, --unfollow, --sources, --import-opml, --export-opml, --import-deps, --lifecycle and --screenshot</source>
        <translation>--sync、--list、--releases、--check、--pythons、--calendar、--parse、--show、--follow、--unfollow、--sources、--import-opml、--export-opml、--import-deps、--lifecycle、--screenshot のいずれか 1 つを選んでください</translation>
    </message>
    <message>
        <source>--source goes with --sync, --list, --releases or --lifecycle</source>
        <translation>--source は --sync、--list、--releases、--lifecycle のいずれかと併用します</translation>
    </message>
    <message>
        <source>--lifecycle needs --source: the source whose lifecycle it sets</source>
        <translation>--lifecycle には --source (ライフサイクルを設定するソース) が必要です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a source id: --sources lists them</source>
        <translation>「%1」はソース ID ではありません: --sources で一覧を表示できます</translation>
    </message>
    <message>
        <source>--html goes with --show</source>
        <translation>--html は --show と併用します</translation>
    </message>
    <message>
        <source>--json goes with --list, --releases, --check, --pythons, --sources or --parse</source>
        <translation>--json は --list、--releases、--check、--pythons、--sources、--parse のいずれかと併用します</translation>
    </message>
    <message>
        <source>--theme is system, light or dark, not &quot;%1&quot;</source>
        <translation>--theme には system、light、dark のいずれかを指定します (「%1」ではありません)</translation>
    </message>
    <message>
        <source>--theme goes with the window or --screenshot</source>
        <translation>--theme はウィンドウを表示するときか --screenshot と併用します</translation>
    </message>
    <message>
        <source>--%1 goes with --import-deps</source>
        <translation>--%1 は --import-deps と併用します</translation>
    </message>
    <message>
        <source>--deps goes with --check</source>
        <translation>--deps は --check と併用します</translation>
    </message>
    <message>
        <source>--filter goes with --screenshot</source>
        <translation>--filter は --screenshot と併用します</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>予期しない引数: %1</translation>
    </message>
    <message>
        <source>--hidden starts the window in the system tray, so it does not go with --sync, --list, --releases, --check, --pythons, --calendar, --parse, --follow, --unfollow, --sources, --import-opml, --export-opml, --import-deps, --lifecycle or --screenshot</source>
        <translation>--hidden はウィンドウをシステムトレイで起動するため、--sync、--list、--releases、--check、--pythons、--calendar、--parse、--follow、--unfollow、--sources、--import-opml、--export-opml、--import-deps、--lifecycle、--screenshot とは併用できません</translation>
    </message>
</context>
<context>
    <name>Herald::Database</name>
    <message>
        <source>Cannot create the data directory %1</source>
        <translation>データディレクトリ %1 を作成できません</translation>
    </message>
    <message>
        <source>Cannot use the data directory %1: it is not writable</source>
        <translation>データディレクトリ %1 を使用できません: 書き込みできません</translation>
    </message>
    <message>
        <source>Cannot use the database %1: %2</source>
        <translation>データベース %1 を使用できません: %2</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed</source>
        <translation>Qt の SQLite ドライバー (QSQLITE) がインストールされていません</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Herald (schema %2; this one knows %3)</source>
        <translation>%1 は新しいバージョンの Herald で書き込まれています (スキーマ %2。このバージョンが扱えるのは %3 までです)</translation>
    </message>
    <message>
        <source>Cannot update the database to schema %1: %2</source>
        <translation>データベースをスキーマ %1 に更新できません: %2</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2) and could not be moved aside; Herald left it untouched.</source>
        <translation>データベース %1 は破損しており (%2)、退避できませんでした。Herald はこのデータベースに手を加えていません。</translation>
    </message>
    <message>
        <source>The database %1 was damaged (%2). It was kept as %3, and a new one was started: the next sync fetches the posts again, but read and starred marks are in the old file.</source>
        <translation>データベース %1 が破損していました (%2)。%3 として保存し、新しいデータベースを作成しました: 次回の同期で記事を再取得しますが、既読とスターの印は古いファイルに残っています。</translation>
    </message>
    <message>
        <source>Cannot open %1: it does not exist</source>
        <translation>%1 を開けません: ファイルがありません</translation>
    </message>
</context>
<context>
    <name>Herald::DependenciesCommand</name>
    <message>
        <source>error: </source>
        <translation>エラー: </translation>
    </message>
    <message>
        <source>note: </source>
        <translation>注意: </translation>
    </message>
    <message>
        <source>error: nothing was imported from %1: %2</source>
        <translation>エラー: %1 から何もインポートされませんでした: %2</translation>
    </message>
    <message>
        <source>%1: followed already, as source %2</source>
        <translation>%1: ソース %2 としてフォロー済み</translation>
    </message>
    <message>
        <source>%1: would follow pypi:%2</source>
        <translation>%1: pypi:%2 をフォローします</translation>
    </message>
    <message>
        <source>%1: following as source %2</source>
        <translation>%1: ソース %2 としてフォローしました</translation>
    </message>
    <message numerus="yes">
        <source>%n dependency(ies) in %1 would be followed, in the folder %2</source>
        <translation>
            <numerusform>%1 の依存関係 %n 個をフォルダー %2 でフォローします</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dependency(ies) from %1 followed, in the folder %2</source>
        <translation>
            <numerusform>%1 の依存関係 %n 個をフォルダー %2 でフォローしました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n followed already</source>
        <translation>
            <numerusform>、%n 個はフォロー済み</numerusform>
        </translation>
    </message>
    <message>
        <source>herald --sync fetches their releases.</source>
        <translation>herald --sync でそれらのリリースを取得します。</translation>
    </message>
    <message>
        <source>not followed: herald --import-deps follows it</source>
        <translation>未フォロー: herald --import-deps でフォローできます</translation>
    </message>
    <message>
        <source>no version pinned or locked</source>
        <translation>バージョンが固定もロックもされていません</translation>
    </message>
    <message>
        <source>“%1” is no version Herald can compare</source>
        <translation>「%1」は Herald が比較できるバージョンではありません</translation>
    </message>
    <message>
        <source>no releases stored yet: herald --sync fetches them</source>
        <translation>リリースがまだ保存されていません: herald --sync で取得できます</translation>
    </message>
    <message numerus="yes">
        <source>%n dependency(ies) of %1 judged on %2: </source>
        <translation>
            <numerusform>%2 時点で %1 の依存関係 %n 個を判定: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 up to date, %2 behind, %3 past end of life</source>
        <translation>最新 %1、遅れあり %2、サポート終了 %3</translation>
    </message>
    <message numerus="yes">
        <source>%n not judged</source>
        <translation>
            <numerusform>判定対象外 %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Herald::DependencyFile</name>
    <message>
        <source>%1 is no dependency file Herald reads: it reads requirements files (*.txt, *.in), pyproject.toml, uv.lock and poetry.lock</source>
        <translation>%1 は Herald が読み込める依存関係ファイルではありません: 読み込めるのは requirements ファイル (*.txt、*.in)、pyproject.toml、uv.lock、poetry.lock です</translation>
    </message>
</context>
<context>
    <name>Herald::DependencyImport</name>
    <message>
        <source>Dependencies</source>
        <translation>依存関係</translation>
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
        <translation>フォロー(&amp;F)</translation>
    </message>
    <message>
        <source>Nothing can be imported: %1</source>
        <translation>インポートできるものがありません: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n dependency(ies) of %1 will be followed on PyPI, in the folder “%2”</source>
        <translation>
            <numerusform>%1 の依存関係 %n 個を PyPI でフォローします (フォルダー「%2」)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n followed already</source>
        <translation>
            <numerusform>、%n 個はフォロー済み</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Herald::DependencyPlanModel</name>
    <message>
        <source>not pinned</source>
        <translation>未固定</translation>
    </message>
    <message>
        <source>followed already</source>
        <translation>フォロー済み</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>pypi:%1</source>
        <translation>pypi:%1</translation>
    </message>
    <message>
        <source>Only where %1</source>
        <translation>%1 の場合のみ</translation>
    </message>
    <message>
        <source>Followed already, as “%1”</source>
        <translation>「%1」としてフォロー済み</translation>
    </message>
    <message>
        <source>Dependency</source>
        <translation>依存関係</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>From</source>
        <translation>記載元</translation>
    </message>
</context>
<context>
    <name>Herald::DependencyStatus</name>
    <message>
        <source>you use %1</source>
        <translation>使用中: %1</translation>
    </message>
    <message>
        <source>%1 and %2 are out</source>
        <translation>%1 と %2 がリリースされています</translation>
    </message>
    <message>
        <source>%1 is out</source>
        <translation>%1 がリリースされています</translation>
    </message>
    <message>
        <source>%1 (LTS)</source>
        <translation>%1 (LTS)</translation>
    </message>
    <message>
        <source>%1 reached end of life on %2</source>
        <translation>%1 は %2 にサポートが終了しました</translation>
    </message>
    <message>
        <source>%1 reached end of life</source>
        <translation>%1 はサポートが終了しました</translation>
    </message>
    <message>
        <source>%1 gets security fixes until %2</source>
        <translation>%1 には %2 までセキュリティ修正が提供されます</translation>
    </message>
    <message>
        <source>%1 gets security fixes only</source>
        <translation>%1 にはセキュリティ修正のみが提供されます</translation>
    </message>
    <message>
        <source>%1 is supported until %2</source>
        <translation>%1 は %2 までサポートされます</translation>
    </message>
    <message>
        <source>%1 is supported</source>
        <translation>%1 はサポートされています</translation>
    </message>
</context>
<context>
    <name>Herald::FeedSourceSync</name>
    <message>
        <source>could not store how the sync of %1 went: %2</source>
        <translation>%1 の同期結果を保存できませんでした: %2</translation>
    </message>
    <message>
        <source>could not store that %1 has no lifecycle: %2</source>
        <translation>%1 にライフサイクルがないことを保存できませんでした: %2</translation>
    </message>
    <message>
        <source>%1: no lifecycle from %2: %3</source>
        <translation>%1: %2 からライフサイクルを取得できません: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 is no lifecycle: %3</source>
        <translation>%1: %2 はライフサイクルではありません: %3</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 (%2): not a feed: %3</source>
        <translation>%1 (%2): フィードではありません: %3</translation>
    </message>
    <message>
        <source>%1: cannot store posts: %2</source>
        <translation>%1: 記事を保存できません: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (kept the %n item(s) read before it)</source>
        <translation>
            <numerusform>%1: %2 (それより前に読み込んだ %n 件の項目は保持しました)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: cannot mark yanked releases: %2</source>
        <translation>%1: 取り下げられたリリースに印を付けられません: %2</translation>
    </message>
    <message>
        <source>could not store the validators of %1: %2</source>
        <translation>%1 の検証情報を保存できませんでした: %2</translation>
    </message>
</context>
<context>
    <name>Herald::FindBar</name>
    <message>
        <source>Match case</source>
        <translation>大文字と小文字を区別</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>検索バーを閉じる (Esc)</translation>
    </message>
    <message>
        <source>Find in post</source>
        <translation>記事内を検索</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>前の一致 (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>次の一致 (Enter)</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>見つかりません</translation>
    </message>
</context>
<context>
    <name>Herald::FollowDialog</name>
    <message>
        <source>Follow</source>
        <translation>フォロー</translation>
    </message>
    <message>
        <source>django/django, pypi:requests, or a feed or page URL</source>
        <translation>django/django、pypi:requests、またはフィードやページの URL</translation>
    </message>
    <message>
        <source>(No Folder)</source>
        <translation>(フォルダーなし)</translation>
    </message>
    <message>
        <source>&amp;Follow</source>
        <translation>フォロー(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>対象(&amp;W):</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>フォルダー(&amp;O):</translation>
    </message>
    <message>
        <source>A GitHub repository, a PyPI project, a Discourse category, or any feed or web page that names one.</source>
        <translation>GitHub リポジトリ、PyPI プロジェクト、Discourse カテゴリー、任意のフィード、またはフィードを記載したウェブページ。</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>%1 を検索しています…</translation>
    </message>
    <message>
        <source>Nothing to follow there.</source>
        <translation>フォローできるものがありません。</translation>
    </message>
    <message>
        <source>You follow this already, as “%1”.</source>
        <translation>すでに「%1」としてフォローしています。</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n item(s)</source>
        <translation>
            <numerusform>%1、%n 件の項目</numerusform>
        </translation>
    </message>
    <message>
        <source>Latest release: %1</source>
        <translation>最新のリリース: %1</translation>
    </message>
    <message>
        <source>Latest: %1</source>
        <translation>最新: %1</translation>
    </message>
    <message>
        <source>The page names another feed too: %1</source>
        <translation>このページには別のフィードも記載されています: %1</translation>
    </message>
</context>
<context>
    <name>Herald::ImageLoader</name>
    <message>
        <source>The SVG image declares XML entities.</source>
        <translation>SVG 画像が XML エンティティを宣言しています。</translation>
    </message>
    <message>
        <source>The SVG image refers to something outside it (%1).</source>
        <translation>SVG 画像が外部のもの (%1) を参照しています。</translation>
    </message>
    <message>
        <source>The SVG image is not valid XML: %1.</source>
        <translation>SVG 画像が有効な XML ではありません: %1。</translation>
    </message>
    <message>
        <source>Herald loads images only from complete http and https addresses.</source>
        <translation>Herald は完全な http および https のアドレスからのみ画像を読み込みます。</translation>
    </message>
    <message>
        <source>Herald does not load images from %1.</source>
        <translation>Herald は %1 から画像を読み込みません。</translation>
    </message>
    <message>
        <source>Herald does not load %1: images.</source>
        <translation>Herald は %1: の画像を読み込みません。</translation>
    </message>
    <message>
        <source>The server sent no image.</source>
        <translation>サーバーから画像が送信されませんでした。</translation>
    </message>
    <message>
        <source>This is not a PNG, JPEG, GIF or SVG image.</source>
        <translation>PNG、JPEG、GIF、SVG のいずれの画像でもありません。</translation>
    </message>
    <message>
        <source>The %1 image has no size Herald can read: %2</source>
        <translation>%1 画像のサイズを Herald が読み取れません: %2</translation>
    </message>
    <message>
        <source>The image is %1 × %2 pixels, more than the %3 megapixels Herald shows.</source>
        <translation>画像は %1 × %2 ピクセルあり、Herald が表示できる %3 メガピクセルを超えています。</translation>
    </message>
    <message>
        <source>The %1 image could not be decoded: %2</source>
        <translation>%1 画像をデコードできませんでした: %2</translation>
    </message>
</context>
<context>
    <name>Herald::InterpreterAdvisor</name>
    <message>
        <source>%1 %2</source>
        <comment>day and month, then year: 14 Oct 2024</comment>
        <translation>%2年%1</translation>
    </message>
    <message>
        <source>Its version could not be learned</source>
        <translation>バージョンを特定できませんでした</translation>
    </message>
    <message>
        <source>%1 follows its own releases; Herald follows CPython&apos;s</source>
        <translation>%1 は独自のリリースに従っています。Herald がフォローしているのは CPython のリリースです</translation>
    </message>
    <message>
        <source>Herald knows no releases of Python %1 yet</source>
        <translation>Herald は Python %1 のリリースをまだ把握していません</translation>
    </message>
    <message>
        <source>%1 reached end of life on %2</source>
        <translation>%1 は %2 にサポートが終了しました</translation>
    </message>
    <message>
        <source>%1 has reached end of life</source>
        <translation>%1 はサポートが終了しています</translation>
    </message>
    <message>
        <source>%1: move to %2</source>
        <translation>%1: %2 に移行してください</translation>
    </message>
    <message>
        <source>Up to date; %1 gets security fixes only, until %2</source>
        <translation>最新です。%1 には %2 までセキュリティ修正のみが提供されます</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>最新</translation>
    </message>
    <message>
        <source>Upgrade to %1</source>
        <translation>%1 にアップグレードしてください</translation>
    </message>
    <message>
        <source>Upgrade to %1: %2 final is out</source>
        <translation>%1 にアップグレードしてください: %2 の正式版がリリースされています</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n security fix(es))</source>
        <translation>
            <numerusform>%1 (セキュリティ修正 %n 件)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n release(s) behind)</source>
        <translation>
            <numerusform>%1 (%n リリース遅れ)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Herald::InterpreterAlerts</name>
    <message>
        <source>Python %1 has reached its end of life</source>
        <translation>Python %1 のサポートが終了しました</translation>
    </message>
    <message>
        <source>Python %1 misses a security release</source>
        <translation>Python %1 にセキュリティリリースが適用されていません</translation>
    </message>
</context>
<context>
    <name>Herald::InterpreterDiscovery</name>
    <message>
        <source>a broken link: %1 does not exist</source>
        <translation>壊れたリンク: %1 は存在しません</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 は存在しません</translation>
    </message>
    <message>
        <source>%1 is not an .exe; Herald does not run it</source>
        <translation>%1 は .exe ではないため、Herald は実行しません</translation>
    </message>
    <message>
        <source>%1 is not an executable file</source>
        <translation>%1 は実行可能ファイルではありません</translation>
    </message>
</context>
<context>
    <name>Herald::InterpreterModel</name>
    <message>
        <source>Waiting for the release data</source>
        <translation>リリースデータを待っています</translation>
    </message>
    <message>
        <source>also %1</source>
        <translation>別名: %1</translation>
    </message>
    <message>
        <source>Choose it to see each release and its announcement in the timeline.</source>
        <translation>選択すると、各リリースとそのお知らせをタイムラインで確認できます。</translation>
    </message>
    <message numerus="yes">
        <source>Next: %1, expected %2 (%n day(s) overdue)</source>
        <translation>
            <numerusform>次: %1、%2 予定 (%n 日遅れ)</numerusform>
        </translation>
    </message>
    <message>
        <source>Next: %1, expected %2</source>
        <translation>次: %1、%2 予定</translation>
    </message>
    <message>
        <source>Python %1 at %2: %3</source>
        <translation>%2 の Python %1: %3</translation>
    </message>
</context>
<context>
    <name>Herald::InterpreterProbe</name>
    <message>
        <source>could not be started: %1</source>
        <translation>起動できませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>did not answer within %n millisecond(s)</source>
        <translation>
            <numerusform>%n ミリ秒以内に応答しませんでした</numerusform>
        </translation>
    </message>
    <message>
        <source>failed with exit code %1</source>
        <translation>終了コード %1 で失敗しました</translation>
    </message>
    <message>
        <source>failed with exit code %1: %2</source>
        <translation>終了コード %1 で失敗しました: %2</translation>
    </message>
    <message>
        <source>printed nothing Herald understands</source>
        <translation>Herald が理解できる内容を出力しませんでした</translation>
    </message>
    <message>
        <source>printed something that is not a Python&apos;s answer: &quot;%1&quot;</source>
        <translation>Python の応答ではない内容を出力しました: 「%1」</translation>
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
        <translation>python.org のインストーラー</translation>
    </message>
    <message>
        <source>Windows registry</source>
        <translation>Windows レジストリ</translation>
    </message>
    <message>
        <source>py launcher</source>
        <translation>py ランチャー</translation>
    </message>
    <message>
        <source>added by you</source>
        <translation>ユーザーが追加</translation>
    </message>
    <message>
        <source>unknown version</source>
        <translation>不明なバージョン</translation>
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
        <translation>%1 フリースレッド版</translation>
    </message>
    <message>
        <source>virtual environment</source>
        <translation>仮想環境</translation>
    </message>
    <message>
        <source>Missing %1 of %2</source>
        <translation>%2 の %1 が未適用</translation>
    </message>
    <message>
        <source>Missing %1</source>
        <translation>%1 が未適用</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source> (security)</source>
        <translation> (セキュリティ)</translation>
    </message>
    <message>
        <source> (security: %1)</source>
        <translation> (セキュリティ: %1)</translation>
    </message>
</context>
<context>
    <name>Herald::Lifecycle</name>
    <message>
        <source>%1: not JSON (%2 at byte %3)</source>
        <translation>%1: JSON ではありません (%3 バイト目で %2)</translation>
    </message>
    <message>
        <source>%1: expected a JSON object</source>
        <translation>%1: JSON オブジェクトが必要です</translation>
    </message>
    <message>
        <source>%1: not an X.Y series, skipped</source>
        <translation>%1: X.Y 形式のシリーズではないため、スキップしました</translation>
    </message>
    <message>
        <source>%1: expected an object, skipped</source>
        <translation>%1: オブジェクトではないため、スキップしました</translation>
    </message>
    <message>
        <source>%1: no status</source>
        <translation>%1: 状態がありません</translation>
    </message>
    <message>
        <source>%1: unknown status &quot;%2&quot;</source>
        <translation>%1: 不明な状態「%2」</translation>
    </message>
    <message>
        <source>%1: unreadable first_release &quot;%2&quot;</source>
        <translation>%1: first_release「%2」を読み取れません</translation>
    </message>
    <message>
        <source>%1: no end_of_life</source>
        <translation>%1: end_of_life がありません</translation>
    </message>
    <message>
        <source>%1: unreadable end_of_life &quot;%2&quot;</source>
        <translation>%1: end_of_life「%2」を読み取れません</translation>
    </message>
    <message>
        <source>%1: no &quot;releases&quot; object</source>
        <translation>%1: 「releases」オブジェクトがありません</translation>
    </message>
    <message>
        <source>%1: no &quot;metadata&quot; object</source>
        <translation>%1: 「metadata」オブジェクトがありません</translation>
    </message>
    <message>
        <source>%1: expected a list of releases under an X.Y series, skipped</source>
        <translation>%1: X.Y シリーズの下にはリリースのリストが必要なため、スキップしました</translation>
    </message>
    <message>
        <source>%1: unreadable stage &quot;%2&quot;, skipped</source>
        <translation>%1: 段階「%2」を読み取れないため、スキップしました</translation>
    </message>
    <message>
        <source>%1: %2 has an unknown state &quot;%3&quot;, skipped</source>
        <translation>%1: %2 の状態「%3」が不明なため、スキップしました</translation>
    </message>
    <message>
        <source>%1: %2 has an unreadable date &quot;%3&quot;, skipped</source>
        <translation>%1: %2 の日付「%3」を読み取れないため、スキップしました</translation>
    </message>
    <message>
        <source>in development</source>
        <translation>開発中</translation>
    </message>
    <message>
        <source>pre-release</source>
        <translation>プレリリース</translation>
    </message>
    <message>
        <source>bugfix</source>
        <translation>バグ修正</translation>
    </message>
    <message>
        <source>security fixes only</source>
        <translation>セキュリティ修正のみ</translation>
    </message>
    <message>
        <source>end of life</source>
        <translation>サポート終了</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
</context>
<context>
    <name>Herald::LockFile</name>
    <message>
        <source>an array of tables</source>
        <translation>テーブルの配列</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>テーブル</translation>
    </message>
    <message>
        <source>%1: a [[package]] has no name</source>
        <translation>%1: 名前のない [[package]] があります</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>%1: no package in it is the project itself (one whose source is editable or virtual &quot;.&quot;), so every locked package was read</source>
        <translation>%1: プロジェクト自身 (ソースが editable または virtual &quot;.&quot; のもの) にあたるパッケージがないため、ロックされたすべてのパッケージを読み込みました</translation>
    </message>
    <message>
        <source>%1: %2 is not in %3</source>
        <translation>%1: %2 が %3 にありません</translation>
    </message>
    <message>
        <source>%1: %2 must be %3, not %4</source>
        <translation>%1: %2 は %3 である必要がありますが、%4 になっています</translation>
    </message>
    <message>
        <source>%1: skipped %2, which comes from %3 %4</source>
        <translation>%1: %3 %4 から取得される %2 をスキップしました</translation>
    </message>
    <message>
        <source>a table with a name</source>
        <translation>名前付きのテーブル</translation>
    </message>
    <message>
        <source>%1: %2 has no [[package]] in it, so its version is unknown</source>
        <translation>%1: %2 に [[package]] がないため、バージョンが不明です</translation>
    </message>
    <message>
        <source>%1: there is no pyproject.toml beside it to tell which packages the project depends on itself, so every locked package was read</source>
        <translation>%1: プロジェクト自身がどのパッケージに依存しているかを示す pyproject.toml が同じ場所にないため、ロックされたすべてのパッケージを読み込みました</translation>
    </message>
</context>
<context>
    <name>Herald::MainWindow</name>
    <message>
        <source>Last synced %1</source>
        <translation>最終同期: %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>まだ同期していません</translation>
    </message>
    <message>
        <source>Herald could not save the change: %1</source>
        <translation>変更を保存できませんでした: %1</translation>
    </message>
    <message>
        <source>No unread posts</source>
        <translation>未読の記事はありません</translation>
    </message>
    <message>
        <source>Continued from the top of the list</source>
        <translation>リストの先頭に戻りました</translation>
    </message>
    <message>
        <source>Mark All as Read</source>
        <translation>すべて既読にする</translation>
    </message>
    <message numerus="yes">
        <source>Mark all %n unread post(s) as read?</source>
        <translation>
            <numerusform>未読の記事 %n 件をすべて既読にしますか?</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark as Read</source>
        <translation>既読にする</translation>
    </message>
    <message>
        <source>The posts could not be marked as read: %1</source>
        <translation>記事を既読にできませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>Marked %n post(s) as read</source>
        <translation>
            <numerusform>%n 件の記事を既読にしました</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>同期しています…</translation>
    </message>
    <message>
        <source>Fetching posts: %1 of %2</source>
        <translation>記事を取得しています: %1/%2</translation>
    </message>
    <message numerus="yes">
        <source>Synced at %1: %n new post(s)</source>
        <translation>
            <numerusform>%1 に同期しました: 新しい記事 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced at %1: no new posts</source>
        <translation>%1 に同期しました: 新しい記事はありません</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s), hover for details</source>
        <translation>
            <numerusform>%n 件の問題 (ポインターを重ねると詳細を表示)</numerusform>
        </translation>
    </message>
    <message>
        <source>Lifecycle data has not been synced yet: series statuses and end-of-life dates are unknown.</source>
        <translation>ライフサイクルデータがまだ同期されていません: シリーズの状態とサポート終了日は不明です。</translation>
    </message>
    <message>
        <source>The lifecycle data was last updated on %1. Statuses are judged by today&apos;s date; refresh to update it.</source>
        <translation>ライフサイクルデータの最終更新日は %1 です。状態は今日の日付で判定しています。最新の情報にするには更新してください。</translation>
    </message>
    <message>
        <source>Export Release Calendar</source>
        <translation>リリースカレンダーのエクスポート</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar ファイル (*.ics)</translation>
    </message>
    <message>
        <source>Herald could not write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>Saved the release calendar to %1</source>
        <translation>リリースカレンダーを %1 に保存しました</translation>
    </message>
    <message>
        <source>Herald (%1 unread)</source>
        <translation>Herald (未読 %1)</translation>
    </message>
    <message>
        <source>Herald</source>
        <translation>Herald</translation>
    </message>
    <message>
        <source>Herald could not look for the post “%1”: %2</source>
        <translation>記事「%1」を検索できませんでした: %2</translation>
    </message>
    <message>
        <source>The post “%1” is not in Herald&apos;s archive yet.</source>
        <translation>記事「%1」はまだ Herald のアーカイブにありません。</translation>
    </message>
    <message>
        <source>Print Post</source>
        <translation>記事の印刷</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>PDF としてエクスポート</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>Fetch new posts and release data (F5)</source>
        <translation>新しい記事とリリースデータを取得します (F5)</translation>
    </message>
    <message>
        <source>&amp;Follow…</source>
        <translation>フォロー(&amp;F)…</translation>
    </message>
    <message>
        <source>Follow a project&apos;s releases or any feed (Ctrl+N)</source>
        <translation>プロジェクトのリリースや任意のフィードをフォローします (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Import Dependencies…</source>
        <translation>依存関係をインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Follow every dependency of a Python project: requirements.txt, pyproject.toml, uv.lock or poetry.lock</source>
        <translation>Python プロジェクトのすべての依存関係をフォローします: requirements.txt、pyproject.toml、uv.lock または poetry.lock</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>E&amp;xport as PDF…</source>
        <translation>PDF としてエクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>Export Release &amp;Calendar…</source>
        <translation>リリースカレンダーをエクスポート(&amp;C)…</translation>
    </message>
    <message>
        <source>Save the expected releases and end-of-life dates for a calendar application</source>
        <translation>予定されているリリースとサポート終了日をカレンダーアプリケーション用に保存します</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>ウィンドウを閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>Close the window; Herald keeps running only if the settings say so</source>
        <translation>ウィンドウを閉じます。設定で指定されている場合のみ Herald は動作し続けます</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>移動(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Next Post</source>
        <translation>次の記事(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Post</source>
        <translation>前の記事(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Read On</source>
        <translation>続きを読む(&amp;R)</translation>
    </message>
    <message>
        <source>Next &amp;Unread Post</source>
        <translation>次の未読記事(&amp;U)</translation>
    </message>
    <message>
        <source>Mark as &amp;Read/Unread</source>
        <translation>既読/未読にする(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Star/Unstar</source>
        <translation>スターを付ける/外す(&amp;S)</translation>
    </message>
    <message>
        <source>Mark &amp;All as Read…</source>
        <translation>すべて既読にする(&amp;A)…</translation>
    </message>
    <message>
        <source>Mark &amp;Older as Read…</source>
        <translation>古い記事を既読にする(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Filter Posts</source>
        <translation>記事を絞り込む(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Find in Post…</source>
        <translation>記事内を検索(&amp;F)…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>次を検索(&amp;N)</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>前を検索(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Unread Posts Only</source>
        <translation>未読記事のみ(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Starred Posts Only</source>
        <translation>スター付き記事のみ(&amp;S)</translation>
    </message>
    <message>
        <source>Release &amp;Timeline</source>
        <translation>リリースタイムライン(&amp;T)</translation>
    </message>
    <message>
        <source>The window is too narrow for the release timeline; widen it to see it</source>
        <translation>ウィンドウの幅が狭すぎるため、リリースタイムラインを表示できません。表示するにはウィンドウを広げてください</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Configure Herald…</source>
        <translation>Herald を設定(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Herald</source>
        <translation>Herald について(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>実際のサイズ(&amp;A)</translation>
    </message>
    <message>
        <source>Load &amp;Remote Images</source>
        <translation>リモート画像を読み込む(&amp;R)</translation>
    </message>
    <message>
        <source>Download the pictures in posts. When off, Herald requests nothing a post names.</source>
        <translation>記事内の画像をダウンロードします。オフにすると、Herald は記事が参照するものを一切取得しません。</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>テーマ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <comment>theme</comment>
        <translation>システム(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <comment>theme</comment>
        <translation>ライト(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <comment>theme</comment>
        <translation>ダーク(&amp;D)</translation>
    </message>
</context>
<context>
    <name>Herald::MarkOlderDialog</name>
    <message>
        <source>Mark as Read</source>
        <translation>既読にする</translation>
    </message>
    <message numerus="yes">
        <source>%n unread post(s) will be marked as read.</source>
        <translation>
            <numerusform>未読の記事 %n 件が既読になります。</numerusform>
        </translation>
    </message>
    <message>
        <source>No unread post was published before that day.</source>
        <translation>その日より前に公開された未読の記事はありません。</translation>
    </message>
</context>
<context>
    <name>Herald::Notifier</name>
    <message>
        <source>Open Herald</source>
        <comment>notification action</comment>
        <translation>Herald を開く</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>notification action</comment>
        <translation>開く</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <comment>notification action</comment>
        <translation>既読にする</translation>
    </message>
    <message>
        <source>Herald notifications work</source>
        <translation>Herald の通知は正常に動作しています</translation>
    </message>
    <message>
        <source>New Python releases will be announced like this.</source>
        <translation>新しい Python のリリースはこのように通知されます。</translation>
    </message>
    <message>
        <source>Herald cannot fetch new posts</source>
        <translation>Herald は新しい記事を取得できません</translation>
    </message>
    <message numerus="yes">
        <source>The last %n sync(s) failed.</source>
        <translation>
            <numerusform>直近 %n 回の同期に失敗しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Herald keeps watching for new Python releases. Its icon in the system tray brings the window back; Quit in its menu ends it.</source>
        <translation>Herald は新しい Python のリリースを引き続き監視しています。システムトレイのアイコンからウィンドウを再表示でき、そのメニューの「終了」で Herald を終了できます。</translation>
    </message>
    <message>
        <source>Herald keeps watching for new Python releases in the background. Start it again to bring the window back.</source>
        <translation>Herald はバックグラウンドで新しい Python のリリースを引き続き監視しています。ウィンドウを再表示するには、Herald をもう一度起動してください。</translation>
    </message>
    <message>
        <source>Herald is still running</source>
        <translation>Herald は実行中です</translation>
    </message>
</context>
<context>
    <name>Herald::Opml</name>
    <message>
        <source>“%1”: Python Insider is built in</source>
        <translation>「%1」: Python Insider は組み込まれています</translation>
    </message>
    <message>
        <source>“%1”: unknown kind “%2”</source>
        <translation>「%1」: 不明な種類「%2」</translation>
    </message>
    <message>
        <source>“%1”: Herald follows http and https feeds only, not %2</source>
        <translation>「%1」: Herald がフォローできるのは http と https のフィードのみです (%2 は対象外です)</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>「%1」: %2</translation>
    </message>
    <message>
        <source>%1 is not well-formed XML: %2 (line %3, column %4)</source>
        <translation>%1 は整形式の XML ではありません: %2 (%3 行目、%4 列目)</translation>
    </message>
    <message>
        <source>%1 is not an OPML document: its root element is &lt;%2&gt;, not &lt;opml&gt;</source>
        <translation>%1 は OPML ドキュメントではありません: ルート要素が &lt;opml&gt; ではなく &lt;%2&gt; です</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
    <message>
        <source>Unnamed</source>
        <translation>名前なし</translation>
    </message>
</context>
<context>
    <name>Herald::ParseCommand</name>
    <message>
        <source>Format: %1</source>
        <translation>形式:     %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Title:  %1</source>
        <translation>タイトル: %1</translation>
    </message>
    <message>
        <source>Link:   %1</source>
        <translation>リンク:   %1</translation>
    </message>
    <message>
        <source>Items:  %1</source>
        <translation>項目数:   %1</translation>
    </message>
    <message>
        <source>(no date)      </source>
        <translation>(日付なし)     </translation>
    </message>
    <message>
        <source>(no author)</source>
        <translation>(作成者なし)</translation>
    </message>
    <message>
        <source>(no link)</source>
        <translation>(リンクなし)</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>警告: </translation>
    </message>
    <message>
        <source>error: </source>
        <translation>エラー: </translation>
    </message>
    <message>
        <source>no response</source>
        <translation>応答なし</translation>
    </message>
    <message>
        <source>error: cannot read %1: no such file</source>
        <translation>エラー: %1 を読み込めません: ファイルが存在しません</translation>
    </message>
    <message>
        <source>error: cannot read %1: not a regular file</source>
        <translation>エラー: %1 を読み込めません: 通常のファイルではありません</translation>
    </message>
    <message>
        <source>error: %1 is larger than the %2 MB limit for a feed</source>
        <translation>エラー: %1 はフィードの上限である %2 MB を超えています</translation>
    </message>
    <message>
        <source>error: cannot read %1: %2</source>
        <translation>エラー: %1 を読み込めません: %2</translation>
    </message>
</context>
<context>
    <name>Herald::PostHtmlRenderer</name>
    <message numerus="yes">
        <source>(%n more character(s) not shown)</source>
        <translation>
            <numerusform>(残り %n 文字は表示されていません)</numerusform>
        </translation>
    </message>
    <message>
        <source>The rest of this post is left out: it is longer than Herald shows. Open it in the browser to read it all.</source>
        <translation>この記事の残りは省略されています: Herald で表示できる長さを超えています。すべて読むにはブラウザーで開いてください。</translation>
    </message>
    <message>
        <source>The rest is nested too deeply to show.</source>
        <translation>残りは入れ子が深すぎるため表示できません。</translation>
    </message>
    <message>
        <source>Nested more deeply than Herald shows: the deeper levels are shown flat.</source>
        <translation>Herald で表示できる深さを超えて入れ子になっています: 深い階層は平坦に表示しています。</translation>
    </message>
    <message numerus="yes">
        <source>%n more item(s) of this list not shown.</source>
        <translation>
            <numerusform>このリストの残り %n 項目は表示されていません。</numerusform>
        </translation>
    </message>
    <message>
        <source>discuss</source>
        <translation>ディスカッション</translation>
    </message>
    <message numerus="yes">
        <source>%n more column(s) of this table not shown.</source>
        <translation>
            <numerusform>この表の残り %n 列は表示されていません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Interactive content (%1) is shown on the website.</source>
        <translation>インタラクティブなコンテンツ (%1) はウェブサイトで表示されます。</translation>
    </message>
    <message>
        <source>Open the post on %1</source>
        <translation>%1 で記事を開く</translation>
    </message>
    <message>
        <source>[image]</source>
        <translation>[画像]</translation>
    </message>
    <message>
        <source>[image: %1]</source>
        <translation>[画像: %1]</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>更新日: %1</translation>
    </message>
    <message>
        <source>Read on %1</source>
        <translation>%1 で読む</translation>
    </message>
    <message>
        <source>Markdown source</source>
        <translation>Markdown ソース</translation>
    </message>
    <message>
        <source>The text of this post has not been downloaded yet.</source>
        <translation>この記事の本文はまだダウンロードされていません。</translation>
    </message>
    <message>
        <source>The last attempt failed: %1</source>
        <translation>前回の試行は失敗しました: %1</translation>
    </message>
    <message>
        <source>It is fetched with the next sync.</source>
        <translation>次回の同期で取得されます。</translation>
    </message>
    <message>
        <source>The feed gives no text for this item; its page on the web may say more.</source>
        <translation>フィードにはこの項目の本文がありません。ウェブ上のページに詳しい情報があるかもしれません。</translation>
    </message>
</context>
<context>
    <name>Herald::PostItemDelegate</name>
    <message>
        <source>not downloaded</source>
        <translation>未ダウンロード</translation>
    </message>
</context>
<context>
    <name>Herald::PostListModel</name>
    <message>
        <source>read</source>
        <translation>既読</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>未読</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作成者</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
</context>
<context>
    <name>Herald::PostListPane</name>
    <message>
        <source>No posts yet</source>
        <translation>まだ記事がありません</translation>
    </message>
    <message>
        <source>Python Insider posts appear here after the first sync, and stay readable offline.</source>
        <translation>Python Insider の記事は最初の同期の後にここに表示され、オフラインでも読めます。</translation>
    </message>
    <message>
        <source>Filter posts</source>
        <translation>記事を絞り込む</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>記事</translation>
    </message>
    <message>
        <source>Open in &amp;Browser</source>
        <translation>ブラウザーで開く(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Copy Link</source>
        <translation>リンクをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Mark as &amp;Unread</source>
        <translation>未読にする(&amp;U)</translation>
    </message>
    <message>
        <source>Mark as &amp;Read</source>
        <translation>既読にする(&amp;R)</translation>
    </message>
    <message>
        <source>Unst&amp;ar</source>
        <translation>スターを外す(&amp;A)</translation>
    </message>
    <message>
        <source>St&amp;ar</source>
        <translation>スターを付ける(&amp;A)</translation>
    </message>
    <message>
        <source>The search failed</source>
        <translation>検索に失敗しました</translation>
    </message>
    <message>
        <source>Herald could not search the posts: %1</source>
        <translation>記事を検索できませんでした: %1</translation>
    </message>
    <message>
        <source>No matching posts</source>
        <translation>一致する記事はありません</translation>
    </message>
    <message>
        <source>No post title, author, tag or text matches “%1”.</source>
        <translation>「%1」に一致するタイトル、作成者、タグ、本文はありません。</translation>
    </message>
</context>
<context>
    <name>Herald::ProductLifecycle</name>
    <message>
        <source>The endoflife.date data for %1 is not valid JSON: %2 at byte %3</source>
        <translation>%1 の endoflife.date データが有効な JSON ではありません: %3 バイト目で %2</translation>
    </message>
    <message>
        <source>The endoflife.date data for %1 is not a list of release cycles</source>
        <translation>%1 の endoflife.date データがリリースサイクルのリストではありません</translation>
    </message>
    <message>
        <source>%1: cycle %2 has no name; skipped</source>
        <translation>%1: サイクル %2 に名前がないため、スキップしました</translation>
    </message>
    <message>
        <source>%1 %2: cannot read “%3”</source>
        <translation>%1 %2: 「%3」を読み取れません</translation>
    </message>
</context>
<context>
    <name>Herald::ProjectLifecycles</name>
    <message>
        <source>the stored lifecycle %1 does not read: %2</source>
        <translation>保存されているライフサイクル %1 を読み取れません: %2</translation>
    </message>
</context>
<context>
    <name>Herald::ProjectTimelineModel</name>
    <message>
        <source>No release found yet</source>
        <translation>まだリリースが見つかりません</translation>
    </message>
    <message numerus="yes">
        <source>%n release(s), latest %1 on %2</source>
        <translation>
            <numerusform>%n 件のリリース、最新は %2 の %1</numerusform>
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
            <numerusform>シリーズ %1: %n 件のリリース、最新は %3 の %2</numerusform>
        </translation>
    </message>
    <message>
        <source>End of life since %1</source>
        <translation>%1 にサポート終了</translation>
    </message>
    <message>
        <source>End of life on %1</source>
        <translation>%1 にサポート終了予定</translation>
    </message>
    <message>
        <source>At its end of life</source>
        <translation>サポート終了済み</translation>
    </message>
    <message>
        <source>Bug fixes until %1, security fixes after</source>
        <translation>%1 まではバグ修正、その後はセキュリティ修正</translation>
    </message>
    <message>
        <source>A long-term support release</source>
        <translation>長期サポート (LTS) リリース</translation>
    </message>
    <message>
        <source>Lifecycle from endoflife.date (%1)</source>
        <translation>endoflife.date のライフサイクル (%1)</translation>
    </message>
    <message>
        <source>%1 (yanked)</source>
        <translation>%1 (取り下げ済み)</translation>
    </message>
    <message>
        <source>%1 (pre-release)</source>
        <translation>%1 (プレリリース)</translation>
    </message>
    <message>
        <source>%1 · yours</source>
        <translation>%1 · 使用中</translation>
    </message>
    <message>
        <source>Published %1</source>
        <translation>公開日: %1</translation>
    </message>
    <message>
        <source>A pre-release, not meant for production</source>
        <translation>プレリリースです。本番環境での使用は想定されていません</translation>
    </message>
    <message>
        <source>Yanked on PyPI: installers skip it unless it is pinned exactly</source>
        <translation>PyPI で取り下げられています: バージョンを厳密に固定しない限り、インストーラーはこのバージョンをスキップします</translation>
    </message>
    <message>
        <source>The version you use (%1)</source>
        <translation>使用中のバージョン (%1)</translation>
    </message>
</context>
<context>
    <name>Herald::PyprojectFile</name>
    <message>
        <source>%1: %2 must be %3, not %4</source>
        <translation>%1: %2 は %3 である必要がありますが、%4 になっています</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>テーブル</translation>
    </message>
    <message>
        <source>a requirement string</source>
        <translation>要件文字列</translation>
    </message>
    <message>
        <source>%1: skipped the direct reference %2</source>
        <translation>%1: 直接参照 %2 をスキップしました</translation>
    </message>
    <message>
        <source>an array of requirement strings</source>
        <translation>要件文字列の配列</translation>
    </message>
    <message>
        <source>%1: the project&apos;s dependencies are dynamic: its build backend sets them, so they are not listed here</source>
        <translation>%1: プロジェクトの依存関係は動的です: ビルドバックエンドが設定するため、ここには記載されていません</translation>
    </message>
    <message>
        <source>%1: dependency group “%2” includes itself: %3</source>
        <translation>%1: 依存関係グループ「%2」が自分自身を含んでいます: %3</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>配列</translation>
    </message>
    <message>
        <source>a requirement string or a table {include-group = &quot;NAME&quot;}</source>
        <translation>要件文字列またはテーブル {include-group = &quot;NAME&quot;}</translation>
    </message>
    <message>
        <source>%1: dependency group “%2” includes “%3”, which is not defined</source>
        <translation>%1: 依存関係グループ「%2」が、定義されていない「%3」を含んでいます</translation>
    </message>
    <message>
        <source>%1: dependency groups “%2” and “%3” have the same name</source>
        <translation>%1: 依存関係グループ「%2」と「%3」の名前が同じです</translation>
    </message>
    <message>
        <source>%1: “%2” in %3 is no project name</source>
        <translation>%1: %3 の「%2」はプロジェクト名ではありません</translation>
    </message>
    <message>
        <source>%1: skipped %2, which comes from %3 %4</source>
        <translation>%1: %3 %4 から取得される %2 をスキップしました</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>a version string or a table</source>
        <translation>バージョン文字列またはテーブル</translation>
    </message>
</context>
<context>
    <name>Herald::PythonInsider</name>
    <message>
        <source>The archive index is not valid JSON: %1 at byte %2</source>
        <translation>アーカイブインデックスが有効な JSON ではありません: %2 バイト目で %1</translation>
    </message>
    <message>
        <source>The archive index should be a JSON array of posts, but it is %1</source>
        <translation>アーカイブインデックスは記事の JSON 配列である必要がありますが、%1 になっています</translation>
    </message>
    <message>
        <source>Archive index entry %1 was skipped: %2</source>
        <translation>アーカイブインデックスの項目 %1 をスキップしました: %2</translation>
    </message>
    <message>
        <source>it is %1, not an object</source>
        <translation>オブジェクトではなく %1 です</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2, not a string</source>
        <translation>「%1」が文字列ではなく %2 です</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; cannot be part of a URL</source>
        <translation>ID「%1」は URL の一部として使用できません</translation>
    </message>
    <message>
        <source>the date &quot;%1&quot; is not an ISO 8601 date</source>
        <translation>日付「%1」が ISO 8601 形式ではありません</translation>
    </message>
</context>
<context>
    <name>Herald::PythonLocationsPage</name>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Tell me when a Python I run misses a security release or reaches its end of life</source>
        <translation>使用中の Python にセキュリティリリースが適用されていないときや、サポートが終了したときに通知する(&amp;T)</translation>
    </message>
    <message>
        <source>Herald finds the Pythons on your PATH and those that pyenv, uv, asdf, mise, conda, Homebrew and the python.org installers manage. Add virtual environments and other installs here; a folder of several is searched one level deep.</source>
        <translation>Herald は PATH 上の Python と、pyenv、uv、asdf、mise、conda、Homebrew、python.org のインストーラーが管理する Python を検出します。仮想環境やその他のインストールはここで追加してください。複数の Python を含むフォルダーは 1 階層下まで検索されます。</translation>
    </message>
    <message>
        <source>Added Python locations</source>
        <translation>追加した Python の場所</translation>
    </message>
    <message>
        <source>Add &amp;Folder…</source>
        <translation>フォルダーを追加(&amp;F)…</translation>
    </message>
    <message>
        <source>Add &amp;Interpreter…</source>
        <translation>インタープリターを追加(&amp;I)…</translation>
    </message>
    <message>
        <source>%1 does not exist at the moment</source>
        <translation>%1 は現在存在しません</translation>
    </message>
    <message>
        <source>Add a Python Folder</source>
        <translation>Python フォルダーの追加</translation>
    </message>
    <message>
        <source>Add a Python Interpreter</source>
        <translation>Python インタープリターの追加</translation>
    </message>
</context>
<context>
    <name>Herald::PythonsCommand</name>
    <message>
        <source>also %1 (%2)</source>
        <translation>別名: %1 (%2)</translation>
    </message>
    <message>
        <source>cannot be used: %1</source>
        <translation>使用できません: %1</translation>
    </message>
    <message>
        <source>No Python interpreter found.</source>
        <translation>Python インタープリターが見つかりません。</translation>
    </message>
    <message>
        <source>Looked in: %1</source>
        <translation>検索した場所: %1</translation>
    </message>
</context>
<context>
    <name>Herald::ReaderPane</name>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>Herald::ReaderView</name>
    <message>
        <source>Post</source>
        <translation>記事</translation>
    </message>
    <message>
        <source>Welcome to Herald</source>
        <translation>Herald へようこそ</translation>
    </message>
    <message>
        <source>Python release announcements, readable offline, with the lifecycle of every Python series beside them.</source>
        <translation>Python のリリースのお知らせをオフラインで読めます。すべての Python シリーズのライフサイクルも並べて表示します。</translation>
    </message>
    <message>
        <source>Posts from Python Insider are listed on the left.</source>
        <translation>左側には Python Insider の記事が一覧表示されます。</translation>
    </message>
    <message>
        <source>The post you select is shown here.</source>
        <translation>選択した記事はここに表示されます。</translation>
    </message>
    <message>
        <source>Every announced release, grouped by series, is on the right.</source>
        <translation>右側には、お知らせのあったすべてのリリースがシリーズごとに表示されます。</translation>
    </message>
    <message>
        <source>Loading image…</source>
        <translation>画像を読み込んでいます…</translation>
    </message>
    <message>
        <source>No application could open %1.</source>
        <translation>%1 を開けるアプリケーションがありません。</translation>
    </message>
    <message>
        <source>Copy Code Block</source>
        <translation>コードブロックをコピー</translation>
    </message>
</context>
<context>
    <name>Herald::ReferenceClassifier</name>
    <message>
        <source>What&apos;s New %1</source>
        <translation>%1 の新機能</translation>
    </message>
    <message>
        <source>docs</source>
        <translation>ドキュメント</translation>
    </message>
</context>
<context>
    <name>Herald::ReleaseCalendar</name>
    <message>
        <source>Python releases</source>
        <translation>Python のリリース</translation>
    </message>
    <message>
        <source>Python %1 (%2) was expected on this day and has not been announced yet.</source>
        <translation>Python %1 (%2) はこの日にリリース予定でしたが、まだお知らせがありません。</translation>
    </message>
    <message>
        <source>Python %1 (%2) is planned for this day, as python-releases.json lists it.</source>
        <translation>python-releases.json によると、Python %1 (%2) はこの日にリリース予定です。</translation>
    </message>
    <message>
        <source>Python %1 expected</source>
        <translation>Python %1 リリース予定</translation>
    </message>
    <message>
        <source>Python release</source>
        <translation>Python のリリース</translation>
    </message>
    <message>
        <source>Python %1 reaches end of life</source>
        <translation>Python %1 サポート終了</translation>
    </message>
    <message>
        <source>Python %1 gets no more releases after this day, not even security fixes.</source>
        <translation>Python %1 はこの日以降、セキュリティ修正も含めて一切リリースされなくなります。</translation>
    </message>
    <message>
        <source>Python end of life</source>
        <translation>Python のサポート終了</translation>
    </message>
</context>
<context>
    <name>Herald::ReleaseFeed</name>
    <message>
        <source>the item &quot;%1&quot; has no id, link or title to know it by</source>
        <translation>項目「%1」には識別に使える ID、リンク、タイトルがありません</translation>
    </message>
    <message>
        <source>the item &quot;%1&quot; appears twice; the first is kept</source>
        <translation>項目「%1」が 2 回出現しています。最初のものを保持します</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>JSON ではありません: %2 バイト目で %1</translation>
    </message>
    <message>
        <source>not a PyPI project document (no &quot;info&quot; object)</source>
        <translation>PyPI のプロジェクトドキュメントではありません (「info」オブジェクトがありません)</translation>
    </message>
</context>
<context>
    <name>Herald::ReleaseNotice</name>
    <message>
        <source>%1 released</source>
        <comment>a project and its version</comment>
        <translation>%1 がリリースされました</translation>
    </message>
    <message numerus="yes">
        <source>%n new post(s)</source>
        <translation>
            <numerusform>新しい記事 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new release(s)</source>
        <translation>
            <numerusform>新しいリリース %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new Python release(s)</source>
        <translation>
            <numerusform>新しい Python のリリース %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>ほか %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) imported</source>
        <translation>
            <numerusform>%n 件の記事をインポートしました</numerusform>
        </translation>
    </message>
    <message>
        <source>The Python Insider archive can now be read offline.</source>
        <translation>Python Insider のアーカイブをオフラインで読めるようになりました。</translation>
    </message>
    <message>
        <source>%1 released</source>
        <comment>versions of Python</comment>
        <translation>%1 がリリースされました</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>all but the last item of a list</comment>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last item of a list</comment>
        <translation>%1 と %2</translation>
    </message>
</context>
<context>
    <name>Herald::ReleasesCommand</name>
    <message>
        <source>error: </source>
        <translation>エラー: </translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>警告: </translation>
    </message>
    <message numerus="yes">
        <source>%n release(s)</source>
        <translation>
            <numerusform>%n 件のリリース</numerusform>
        </translation>
    </message>
    <message>
        <source>latest %1</source>
        <translation>最新 %1</translation>
    </message>
    <message>
        <source>end of life since %1</source>
        <translation>%1 にサポート終了</translation>
    </message>
    <message>
        <source>LTS</source>
        <translation>LTS</translation>
    </message>
    <message>
        <source>end of life %1</source>
        <translation>サポート終了 %1</translation>
    </message>
    <message>
        <source>pre-release</source>
        <translation>プレリリース</translation>
    </message>
    <message>
        <source>yanked</source>
        <translation>取り下げ済み</translation>
    </message>
    <message>
        <source>expected, not announced yet</source>
        <translation>予定 (まだお知らせなし)</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>予定</translation>
    </message>
    <message>
        <source>Other implementations</source>
        <translation>その他の実装</translation>
    </message>
    <message>
        <source>%1 releases announced, %2 without an announcement, %3 announced off their official date</source>
        <translation>お知らせのあったリリース %1 件、お知らせのないリリース %2 件、公式の日付とずれてお知らせされたリリース %3 件</translation>
    </message>
    <message>
        <source>(by date; the lifecycle data says &quot;%1&quot;)</source>
        <translation>(日付による判定。ライフサイクルデータでは「%1」)</translation>
    </message>
    <message>
        <source>release manager %1</source>
        <translation>リリースマネージャー %1</translation>
    </message>
    <message>
        <source>no announcement</source>
        <translation>お知らせなし</translation>
    </message>
    <message numerus="yes">
        <source>announced %1, %n day(s) off the official date</source>
        <translation>
            <numerusform>%1 にお知らせ、公式の日付と %n 日のずれ</numerusform>
        </translation>
    </message>
    <message>
        <source>announced %1</source>
        <translation>%1 にお知らせ</translation>
    </message>
</context>
<context>
    <name>Herald::Requirement</name>
    <message>
        <source>the requirement is empty</source>
        <translation>要件が空です</translation>
    </message>
    <message>
        <source>a requirement starts with a project name, not %1</source>
        <translation>要件はプロジェクト名で始まる必要があります (%1 ではありません)</translation>
    </message>
    <message>
        <source>a project name</source>
        <translation>プロジェクト名</translation>
    </message>
    <message>
        <source>a URL follows “@”</source>
        <translation>「@」の後には URL が必要です</translation>
    </message>
    <message>
        <source>“%1” is no URL</source>
        <translation>「%1」は URL ではありません</translation>
    </message>
    <message>
        <source>“)” closes the versions, not %1</source>
        <translation>バージョン指定は「)」で閉じる必要があります (%1 ではありません)</translation>
    </message>
    <message>
        <source>an environment marker follows “;”</source>
        <translation>「;」の後には環境マーカーが必要です</translation>
    </message>
    <message>
        <source>only “; marker” may follow a URL, not %1</source>
        <translation>URL の後に続けられるのは「; マーカー」のみです (%1 ではありません)</translation>
    </message>
    <message>
        <source>unexpected %1</source>
        <translation>予期しない %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>「%1」</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>末尾</translation>
    </message>
    <message>
        <source>“%1”: %2 (column %3)</source>
        <translation>「%1」: %2 (%3 列目)</translation>
    </message>
    <message>
        <source>expected %1, not %2</source>
        <translation>%1 が必要です (%2 ではありません)</translation>
    </message>
    <message>
        <source>%1 ends in a letter or digit, not “%2”</source>
        <translation>%1 の末尾は英字または数字である必要があります (「%2」ではありません)</translation>
    </message>
    <message>
        <source>the name of an extra</source>
        <translation>extra の名前</translation>
    </message>
    <message>
        <source>“,” or “]” follows an extra, not %1</source>
        <translation>extra の後には「,」または「]」が必要です (%1 ではありません)</translation>
    </message>
    <message>
        <source>expected a version comparison (==, !=, &lt;, &lt;=, &gt;, &gt;=, ~= or ===), not %1</source>
        <translation>バージョン比較 (==, !=, &lt;, &lt;=, &gt;, &gt;=, ~= または ===) が必要です (%1 ではありません)</translation>
    </message>
    <message>
        <source>a version follows “%1”, not %2</source>
        <translation>「%1」の後にはバージョンが必要です (%2 ではありません)</translation>
    </message>
    <message>
        <source>only == and != take a wildcard, and only as “.*” at the end: “%1”</source>
        <translation>ワイルドカードを使えるのは == と != のみで、末尾の「.*」としてのみ使用できます: 「%1」</translation>
    </message>
    <message>
        <source>the marker&apos;s parentheses nest too deep</source>
        <translation>マーカーの括弧の入れ子が深すぎます</translation>
    </message>
    <message>
        <source>“)” closes the marker&apos;s “(”, not %1</source>
        <translation>マーカーの「(」は「)」で閉じる必要があります (%1 ではありません)</translation>
    </message>
    <message>
        <source>a comparison (==, &lt;, in, not in …) follows a marker&apos;s value, not %1</source>
        <translation>マーカーの値の後には比較 (==, &lt;, in, not in …) が必要です (%1 ではありません)</translation>
    </message>
    <message>
        <source>“in” follows “not” in a marker, not %1</source>
        <translation>マーカーでは「not」の後に「in」が必要です (%1 ではありません)</translation>
    </message>
    <message>
        <source>the marker&apos;s string is not closed</source>
        <translation>マーカーの文字列が閉じられていません</translation>
    </message>
    <message>
        <source>a marker compares quoted strings and variables, not %1</source>
        <translation>マーカーで比較できるのは引用符で囲んだ文字列と変数のみです (%1 ではありません)</translation>
    </message>
    <message>
        <source>“%1” is no environment marker variable</source>
        <translation>「%1」は環境マーカーの変数ではありません</translation>
    </message>
</context>
<context>
    <name>Herald::RequirementsFile</name>
    <message>
        <source>it is a folder</source>
        <translation>フォルダーです</translation>
    </message>
    <message>
        <source>it is no regular file</source>
        <translation>通常のファイルではありません</translation>
    </message>
    <message>
        <source>it is larger than %1 MB</source>
        <translation>%1 MB を超えています</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1: cannot read %2: %3</source>
        <translation>%1: %2 を読み込めません: %3</translation>
    </message>
    <message>
        <source>%1: %2 includes itself: %3</source>
        <translation>%1: %2 が自分自身を含んでいます: %3</translation>
    </message>
    <message>
        <source>%1: skipped the URL %2</source>
        <translation>%1: URL %2 をスキップしました</translation>
    </message>
    <message>
        <source>%1: skipped the local path %2</source>
        <translation>%1: ローカルパス %2 をスキップしました</translation>
    </message>
    <message>
        <source>%1: skipped the direct reference %2</source>
        <translation>%1: 直接参照 %2 をスキップしました</translation>
    </message>
    <message>
        <source>%1: skipped the local file %2</source>
        <translation>%1: ローカルファイル %2 をスキップしました</translation>
    </message>
    <message>
        <source>%1: %2 names no file</source>
        <translation>%1: %2 にファイルが指定されていません</translation>
    </message>
    <message>
        <source>%1: skipped %2: Herald reads only local files</source>
        <translation>%1: %2 をスキップしました: Herald はローカルファイルのみ読み込みます</translation>
    </message>
    <message>
        <source>%1: skipped the editable install %2</source>
        <translation>%1: 編集可能インストール %2 をスキップしました</translation>
    </message>
    <message>
        <source>%1: skipped the unknown option %2</source>
        <translation>%1: 不明なオプション %2 をスキップしました</translation>
    </message>
</context>
<context>
    <name>Herald::SettingsDialog</name>
    <message>
        <source>Every 15 minutes</source>
        <translation>15 分ごと</translation>
    </message>
    <message>
        <source>Every 30 minutes</source>
        <translation>30 分ごと</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>1 時間ごと</translation>
    </message>
    <message>
        <source>Every 2 hours</source>
        <translation>2 時間ごと</translation>
    </message>
    <message>
        <source>Every 6 hours</source>
        <translation>6 時間ごと</translation>
    </message>
    <message>
        <source>Every 12 hours</source>
        <translation>12 時間ごと</translation>
    </message>
    <message>
        <source>Once a day</source>
        <translation>1 日 1 回</translation>
    </message>
    <message numerus="yes">
        <source>Every %n hour(s)</source>
        <translation>
            <numerusform>%n 時間ごと</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>%n 分ごと</numerusform>
        </translation>
    </message>
    <message>
        <source>Pythons</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>The entry that starts Herald at login runs another copy or other options. OK replaces it with this Herald.</source>
        <translation>ログイン時に Herald を起動する項目が、別のコピーまたは別のオプションを実行するようになっています。「OK」を押すと、この Herald に置き換えます。</translation>
    </message>
    <message>
        <source>Herald starts in the background, without opening its window.</source>
        <translation>Herald はウィンドウを開かずにバックグラウンドで起動します。</translation>
    </message>
    <message>
        <source>Notifications are paused until %1.</source>
        <translation>通知は %1 まで一時停止しています。</translation>
    </message>
    <message>
        <source>With the same start and end there are no quiet hours.</source>
        <translation>開始と終了が同じ場合、通知を停止する時間帯はありません。</translation>
    </message>
    <message>
        <source>%1–%2 crosses midnight.</source>
        <translation>%1–%2 は日付をまたぎます。</translation>
    </message>
    <message>
        <source>Start at Login</source>
        <translation>ログイン時に起動</translation>
    </message>
    <message>
        <source>Herald could not arrange to start when you log in.</source>
        <translation>ログイン時に Herald が起動するように設定できませんでした。</translation>
    </message>
    <message>
        <source>Herald could not stop starting when you log in.</source>
        <translation>ログイン時の Herald の起動を解除できませんでした。</translation>
    </message>
</context>
<context>
    <name>Herald::ShowCommand</name>
    <message>
        <source>error: </source>
        <translation>エラー: </translation>
    </message>
    <message>
        <source>error: no stored post has the id &quot;%1&quot; (herald --list --json shows the ids)</source>
        <translation>エラー: ID「%1」の記事は保存されていません (ID は herald --list --json で確認できます)</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>タグ: %1</translation>
    </message>
    <message>
        <source>The text of this post has not been downloaded yet.</source>
        <translation>この記事の本文はまだダウンロードされていません。</translation>
    </message>
    <message>
        <source>The last attempt failed: %1</source>
        <translation>前回の試行は失敗しました: %1</translation>
    </message>
</context>
<context>
    <name>Herald::SingleInstance</name>
    <message>
        <source>Cannot lock %1 to start Herald&apos;s single-instance server</source>
        <translation>Herald の単一インスタンスサーバーを起動するために %1 をロックできません</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>%1 で接続を待ち受けられません: %2</translation>
    </message>
    <message>
        <source>This Herald is the running one</source>
        <translation>この Herald が実行中のインスタンスです</translation>
    </message>
    <message>
        <source>The arguments are too long to hand to the running Herald</source>
        <translation>引数が長すぎるため、実行中の Herald に渡せません</translation>
    </message>
    <message>
        <source>The running Herald did not acknowledge the arguments</source>
        <translation>実行中の Herald が引数の受け取りを確認しませんでした</translation>
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
        <translation>フィード</translation>
    </message>
    <message>
        <source>GitHub releases</source>
        <translation>GitHub リリース</translation>
    </message>
    <message>
        <source>PyPI project</source>
        <translation>PyPI プロジェクト</translation>
    </message>
    <message>
        <source>Discourse category</source>
        <translation>Discourse カテゴリー</translation>
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
        <translation>%1 はフィードを記載していないウェブページです</translation>
    </message>
    <message>
        <source>%1 is not a feed: %2</source>
        <translation>%1 はフィードではありません: %2</translation>
    </message>
</context>
<context>
    <name>Herald::SourceListModel</name>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>未読 %n</numerusform>
        </translation>
    </message>
    <message>
        <source>All Sources</source>
        <translation>すべてのソース</translation>
    </message>
    <message>
        <source>The last sync failed: %1</source>
        <translation>前回の同期に失敗しました: %1</translation>
    </message>
    <message>
        <source>%1
Last synced %2</source>
        <translation>%1
最終同期: %2</translation>
    </message>
    <message>
        <source>%1
Not synced yet</source>
        <translation>%1
まだ同期していません</translation>
    </message>
    <message>
        <source>Version from %1</source>
        <translation>バージョンの取得元: %1</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>未読</translation>
    </message>
</context>
<context>
    <name>Herald::SourceSpec</name>
    <message>
        <source>&quot;%1&quot; is not a GitHub repository</source>
        <translation>「%1」は GitHub リポジトリではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PyPI project name (letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;)</source>
        <translation>「%1」は PyPI のプロジェクト名ではありません (英字、数字、&apos;.&apos;、&apos;_&apos;、&apos;-&apos; のみ使用できます)</translation>
    </message>
    <message>
        <source>Nothing to follow: give a feed or page URL, owner/repo, or pypi:NAME</source>
        <translation>フォローする対象がありません: フィードまたはページの URL、owner/repo、pypi:NAME のいずれかを指定してください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a GitHub repository (owner/repo)</source>
        <translation>「%1」は GitHub リポジトリ (owner/repo) ではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a URL, owner/repo nor pypi:NAME</source>
        <translation>「%1」は URL、owner/repo、pypi:NAME のいずれでもありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: Herald follows http and https addresses only</source>
        <translation>「%1」: Herald がフォローできるのは http と https のアドレスのみです</translation>
    </message>
</context>
<context>
    <name>Herald::SourceStore</name>
    <message>
        <source>%1 is followed already, as source %2</source>
        <translation>%1 はすでにソース %2 としてフォローされています</translation>
    </message>
    <message>
        <source>There is no source %1</source>
        <translation>ソース %1 はありません</translation>
    </message>
    <message>
        <source>The top level is no folder</source>
        <translation>最上位はフォルダーではありません</translation>
    </message>
</context>
<context>
    <name>Herald::SourcesCommand</name>
    <message>
        <source>error: </source>
        <translation>エラー: </translation>
    </message>
    <message>
        <source>Following %1 (%2) as source %3: %4</source>
        <translation>%1 (%2) をソース %3 としてフォローしました: %4</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n item(s)</source>
        <translation>
            <numerusform>%1、%n 件の項目</numerusform>
        </translation>
    </message>
    <message>
        <source>; the latest release is %1</source>
        <translation>、最新のリリースは %1</translation>
    </message>
    <message>
        <source>The page names another feed too: %1</source>
        <translation>このページには別のフィードも記載されています: %1</translation>
    </message>
    <message>
        <source>herald --sync fetches its posts.</source>
        <translation>herald --sync でその記事を取得します。</translation>
    </message>
    <message>
        <source>error: “%1” is no endoflife.date product name (such as django or nodejs); &quot;auto&quot; or &quot;none&quot; also do</source>
        <translation>エラー: 「%1」は endoflife.date の製品名 (django や nodejs など) ではありません。「auto」または「none」も指定できます</translation>
    </message>
    <message>
        <source>%1 has no lifecycle now.</source>
        <translation>%1 のライフサイクルを解除しました。</translation>
    </message>
    <message>
        <source>%1 is judged by endoflife.date&apos;s %2 from the next sync.</source>
        <translation>次回の同期から、%1 は endoflife.date の %2 に基づいて判定されます。</translation>
    </message>
    <message>
        <source>error: cannot read %1: %2</source>
        <translation>エラー: %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>warning: %1: skipped %2</source>
        <translation>警告: %1: %2 をスキップしました</translation>
    </message>
    <message>
        <source>error: nothing was imported from %1: %2</source>
        <translation>エラー: %1 から何もインポートされませんでした: %2</translation>
    </message>
    <message>
        <source>Following %1 (%2) as source %3</source>
        <translation>%1 (%2) をソース %3 としてフォローしました</translation>
    </message>
    <message>
        <source> in %1</source>
        <translation> (フォルダー: %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) added from %1</source>
        <translation>
            <numerusform>%1 から %n 件のソースを追加しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n followed already</source>
        <translation>
            <numerusform>、%n 件はフォロー済み</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n skipped</source>
        <translation>
            <numerusform>、%n 件をスキップ</numerusform>
        </translation>
    </message>
    <message>
        <source>herald --sync fetches their posts.</source>
        <translation>herald --sync でそれらの記事を取得します。</translation>
    </message>
    <message>
        <source>Herald subscriptions</source>
        <translation>Herald の購読</translation>
    </message>
    <message>
        <source>error: cannot write %1: %2</source>
        <translation>エラー: %1 に書き込めません: %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n source(s) to %1</source>
        <translation>
            <numerusform>%n 件のソースを %1 に書き出しました</numerusform>
        </translation>
    </message>
    <message>
        <source>error: there is no source %1: --sources lists them</source>
        <translation>エラー: ソース %1 はありません: --sources で一覧を表示できます</translation>
    </message>
    <message>
        <source>error: Python Insider is built in and cannot be unfollowed</source>
        <translation>エラー: Python Insider は組み込まれているため、フォロー解除できません</translation>
    </message>
    <message numerus="yes">
        <source>No longer following %1; its %n post(s) are removed.</source>
        <translation>
            <numerusform>%1 をフォロー解除しました。その %n 件の記事は削除されました。</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no source %1: --sources lists them</source>
        <translation>ソース %1 はありません: --sources で一覧を表示できます</translation>
    </message>
    <message>
        <source>No sources yet: herald --sync fetches Python Insider, herald --follow adds others.</source>
        <translation>まだソースがありません: herald --sync で Python Insider を取得し、herald --follow でほかのソースを追加できます。</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n 件の記事</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>未読 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>未同期</translation>
    </message>
    <message>
        <source>you use %1</source>
        <translation>使用中: %1</translation>
    </message>
</context>
<context>
    <name>Herald::SourcesController</name>
    <message>
        <source>Import Dependencies</source>
        <translation>依存関係のインポート</translation>
    </message>
    <message>
        <source>Python dependency files (requirements*.txt *.txt *.in pyproject.toml uv.lock poetry.lock);;All files (*)</source>
        <translation>Python 依存関係ファイル (requirements*.txt *.txt *.in pyproject.toml uv.lock poetry.lock);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Cannot Import</source>
        <translation>インポートできません</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation>%1 から何もインポートされませんでした: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n dependency(ies) followed</source>
        <translation>
            <numerusform>%n 個の依存関係をフォローしました</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Follow</source>
        <translation>フォローできません</translation>
    </message>
    <message>
        <source>There is no source %1</source>
        <translation>ソース %1 はありません</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>No longer following %1.</source>
        <translation>%1 をフォロー解除しました。</translation>
    </message>
</context>
<context>
    <name>Herald::SourcesPane</name>
    <message>
        <source>Sources</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>Follow…</source>
        <translation>フォロー…</translation>
    </message>
    <message>
        <source>Follow a project&apos;s releases or a feed (Ctrl+N)</source>
        <translation>プロジェクトのリリースやフィードをフォローします (Ctrl+N)</translation>
    </message>
    <message>
        <source>As in the Settings</source>
        <translation>設定に従う</translation>
    </message>
    <message>
        <source>&amp;Follow…</source>
        <translation>フォロー(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>名前を変更(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Move to Folder…</source>
        <translation>フォルダーに移動(&amp;M)…</translation>
    </message>
    <message>
        <source>As Its Folder or the Settings</source>
        <translation>フォルダーまたは設定に従う</translation>
    </message>
    <message>
        <source>Version I &amp;Use…</source>
        <translation>使用中のバージョン(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Unfollow</source>
        <translation>フォロー解除(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>通知(&amp;N)</translation>
    </message>
    <message>
        <source>All Posts</source>
        <translation>すべての記事</translation>
    </message>
    <message>
        <source>Releases</source>
        <translation>リリース</translation>
    </message>
    <message>
        <source>Final Releases Only</source>
        <translation>正式リリースのみ</translation>
    </message>
    <message>
        <source>Security Releases Only</source>
        <translation>セキュリティリリースのみ</translation>
    </message>
    <message>
        <source>Releases Newer Than Mine</source>
        <translation>使用中より新しいリリース</translation>
    </message>
    <message>
        <source>Security Releases of My Series</source>
        <translation>使用中のシリーズのセキュリティリリース</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>&amp;Lifecycle</source>
        <translation>ライフサイクル(&amp;L)</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>endoflife.date: %1…</source>
        <translation>endoflife.date: %1…</translation>
    </message>
    <message>
        <source>Choose on endoflife.date…</source>
        <translation>endoflife.date から選択…</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>ライフサイクル</translation>
    </message>
    <message>
        <source>The product on endoflife.date whose lifecycle this source follows (such as django or nodejs):</source>
        <translation>このソースが従うライフサイクルを持つ endoflife.date 上の製品 (django や nodejs など):</translation>
    </message>
    <message>
        <source>“%1” is no product name on endoflife.date (such as django or nodejs)</source>
        <translation>「%1」は endoflife.date の製品名 (django や nodejs など) ではありません</translation>
    </message>
    <message>
        <source>Version I Use</source>
        <translation>使用中のバージョン</translation>
    </message>
    <message>
        <source>The version of %1 you run, to be told what it misses and when its series ends (empty: not known):</source>
        <translation>使用している %1 のバージョン (不足しているリリースやシリーズのサポート終了時期を知るために使います。空欄: 不明):</translation>
    </message>
    <message>
        <source>&amp;Series</source>
        <translation>シリーズ(&amp;S)</translation>
    </message>
    <message>
        <source>By Major Version (2, 3)</source>
        <translation>メジャーバージョンごと (2, 3)</translation>
    </message>
    <message>
        <source>By Minor Version (2.1, 2.2)</source>
        <translation>マイナーバージョンごと (2.1, 2.2)</translation>
    </message>
    <message>
        <source>(No Folder)</source>
        <translation>(フォルダーなし)</translation>
    </message>
    <message>
        <source>Move to Folder</source>
        <translation>フォルダーに移動</translation>
    </message>
    <message>
        <source>Folder (type a new name to make one):</source>
        <translation>フォルダー (新しい名前を入力すると作成されます):</translation>
    </message>
</context>
<context>
    <name>Herald::SyncCommand</name>
    <message>
        <source>warning: </source>
        <translation>警告: </translation>
    </message>
    <message>
        <source>failed: </source>
        <translation>失敗: </translation>
    </message>
    <message>
        <source>error: </source>
        <translation>エラー: </translation>
    </message>
    <message>
        <source>Fetching posts: %1/%2</source>
        <translation>記事を取得しています: %1/%2</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, then failed</source>
        <translation>新規 %1、更新 %2、その後失敗</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>not modified</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>%1 new, %2 updated</source>
        <translation>新規 %1、更新 %2</translation>
    </message>
    <message>
        <source>Python Insider: %1 new, %2 updated, %3 unchanged, %4 failed; %5 bodies downloaded, %6 requests, %7 s</source>
        <translation>Python Insider: 新規 %1、更新 %2、変更なし %3、失敗 %4。本文のダウンロード %5 件、リクエスト %6 回、%7 秒</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s), %1 s</source>
        <translation>
            <numerusform>リクエスト %n 回、%1 秒</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Herald::SyncEngine</name>
    <message>
        <source>The store cannot be written: %1</source>
        <translation>データストアに書き込めません: %1</translation>
    </message>
    <message>
        <source>The followed sources cannot be read: %1</source>
        <translation>フォロー中のソースを読み込めません: %1</translation>
    </message>
    <message>
        <source>Python Insider archive index: %1</source>
        <translation>Python Insider のアーカイブインデックス: %1</translation>
    </message>
    <message>
        <source>Python Insider archive index: cannot store posts: %1</source>
        <translation>Python Insider のアーカイブインデックス: 記事を保存できません: %1</translation>
    </message>
    <message>
        <source>Python Insider feed: %1</source>
        <translation>Python Insider のフィード: %1</translation>
    </message>
    <message>
        <source>Python Insider feed: the item &quot;%1&quot; has no usable link</source>
        <translation>Python Insider のフィード: 項目「%1」に使用できるリンクがありません</translation>
    </message>
    <message>
        <source>Python Insider feed: &quot;%1&quot; was not checked against the store: %2</source>
        <translation>Python Insider のフィード: 「%1」をデータストアと照合できませんでした: %2</translation>
    </message>
    <message>
        <source>Python Insider feed: cannot store posts: %1</source>
        <translation>Python Insider のフィード: 記事を保存できません: %1</translation>
    </message>
    <message numerus="yes">
        <source>Python Insider feed: %1 (kept the %n item(s) read before it)</source>
        <translation>
            <numerusform>Python Insider のフィード: %1 (それより前に読み込んだ %n 件の項目は保持しました)</numerusform>
        </translation>
    </message>
    <message>
        <source>Python release data (%1): %2</source>
        <translation>Python のリリースデータ (%1): %2</translation>
    </message>
    <message>
        <source>Python release data (%1): not a JSON object (%2)</source>
        <translation>Python のリリースデータ (%1): JSON オブジェクトではありません (%2)</translation>
    </message>
    <message>
        <source>it is an array or a value</source>
        <translation>配列または単一の値です</translation>
    </message>
    <message>
        <source>that the text of %1 is current</source>
        <translation>%1 の本文が最新であること</translation>
    </message>
    <message>
        <source>neither index.md nor index.mdx exists in %1 (HTTP 404)</source>
        <translation>%1 に index.md も index.mdx もありません (HTTP 404)</translation>
    </message>
    <message>
        <source>the error of %1</source>
        <translation>%1 のエラー</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the sync stopped after %2, before it answered; the next sync tries again</source>
        <translation>%1: %2 経過しても応答がなかったため、同期を中止しました。次回の同期で再試行します</translation>
    </message>
    <message>
        <source>how the sync went</source>
        <translation>同期結果</translation>
    </message>
    <message>
        <source>The sync stopped after %1, before the archive index, the feed and the release data had arrived; the next sync tries again</source>
        <translation>アーカイブインデックス、フィード、リリースデータが届く前に %1 が経過したため、同期を中止しました。次回の同期で再試行します</translation>
    </message>
    <message numerus="yes">
        <source>The sync stopped after %1 with %n post(s) still to download; the next sync fetches them</source>
        <translation>
            <numerusform>%1 が経過したため、%n 件の記事をダウンロードしないまま同期を中止しました。次回の同期で取得します</numerusform>
        </translation>
    </message>
    <message>
        <source>the validators of %1</source>
        <translation>%1 の検証情報</translation>
    </message>
    <message>
        <source>could not store %1: %2</source>
        <translation>%1 を保存できませんでした: %2</translation>
    </message>
    <message>
        <source>what the posts announce</source>
        <translation>投稿が告知している内容</translation>
    </message>
</context>
<context>
    <name>Herald::SyncScheduler</name>
    <message>
        <source>The sync failed.</source>
        <translation>同期に失敗しました。</translation>
    </message>
</context>
<context>
    <name>Herald::Timeline</name>
    <message>
        <source>The lifecycle data (release-cycle.json) is missing: series statuses and end-of-life dates are unknown until the next sync.</source>
        <translation>ライフサイクルデータ (release-cycle.json) がありません: 次回の同期まで、シリーズの状態とサポート終了日は不明です。</translation>
    </message>
    <message>
        <source>The release data (python-releases.json) is missing: official release dates are unknown and missing announcements cannot be found until the next sync.</source>
        <translation>リリースデータ (python-releases.json) がありません: 次回の同期まで、公式のリリース日は不明で、お知らせのないリリースも見つけられません。</translation>
    </message>
    <message>
        <source>alpha %1</source>
        <translation>アルファ %1</translation>
    </message>
    <message>
        <source>beta %1</source>
        <translation>ベータ %1</translation>
    </message>
    <message>
        <source>candidate %1</source>
        <translation>リリース候補 %1</translation>
    </message>
    <message>
        <source>final</source>
        <translation>正式版</translation>
    </message>
</context>
<context>
    <name>Herald::TimelineItemDelegate</name>
    <message>
        <source>ended %1</source>
        <translation>%1 に終了</translation>
    </message>
    <message numerus="yes">
        <source>EOL in %n day(s)</source>
        <translation>
            <numerusform>サポート終了まで %n 日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>EOL in %n month(s)</source>
        <translation>
            <numerusform>サポート終了まで %n か月</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>EOL in %n year(s)</source>
        <translation>
            <numerusform>サポート終了まで %n 年</numerusform>
        </translation>
    </message>
    <message>
        <source>EOL in %1 %2</source>
        <comment>years, then months</comment>
        <translation>サポート終了まで %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n 年</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n か月</numerusform>
        </translation>
    </message>
    <message>
        <source>yours</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>latest %1</source>
        <translation>最新 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n 件遅延</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 due %n day(s) ago</source>
        <translation>
            <numerusform>%1 (%n 日前に予定)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 today</source>
        <translation>%1 (今日)</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n day(s)</source>
        <translation>
            <numerusform>%1 (%n 日後)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n 日遅れ</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>今日</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>%n 日後</numerusform>
        </translation>
    </message>
    <message>
        <source>not announced</source>
        <translation>お知らせなし</translation>
    </message>
</context>
<context>
    <name>Herald::TimelineModel</name>
    <message>
        <source>today</source>
        <translation>今日</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>%n 日後</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n 日遅れ</numerusform>
        </translation>
    </message>
    <message>
        <source>Python %1</source>
        <translation>Python %1</translation>
    </message>
    <message>
        <source>unknown (%1)</source>
        <translation>不明 (%1)</translation>
    </message>
    <message>
        <source>end of life %1</source>
        <translation>サポート終了 %1</translation>
    </message>
    <message>
        <source>latest %1</source>
        <translation>最新 %1</translation>
    </message>
    <message>
        <source>next %1 %2</source>
        <translation>次: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n release(s) overdue</source>
        <translation>
            <numerusform>%n 件のリリースが遅延</numerusform>
        </translation>
    </message>
    <message>
        <source>You run %1</source>
        <translation>使用中: %1</translation>
    </message>
    <message>
        <source>Next: %1, expected %2 (%3)</source>
        <translation>次: %1、%2 予定 (%3)</translation>
    </message>
    <message>
        <source>Then: %1, expected %2 (%3)</source>
        <translation>その次: %1、%2 予定 (%3)</translation>
    </message>
    <message>
        <source>End of life since %1. The lifecycle data still says “%2”.</source>
        <translation>%1 にサポート終了。ライフサイクルデータではまだ「%2」となっています。</translation>
    </message>
    <message>
        <source>Released on %1. The lifecycle data still says “%2”.</source>
        <translation>%1 にリリース。ライフサイクルデータではまだ「%2」となっています。</translation>
    </message>
    <message>
        <source>Release manager: %1</source>
        <translation>リリースマネージャー: %1</translation>
    </message>
    <message>
        <source>expected, %1</source>
        <translation>予定、%1</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>予定: %1</translation>
    </message>
    <message>
        <source>Python %1 (%2)</source>
        <translation>Python %1 (%2)</translation>
    </message>
    <message>
        <source>Expected %1 and not announced yet</source>
        <translation>%1 にリリース予定、まだお知らせはありません</translation>
    </message>
    <message>
        <source>Expected %1</source>
        <translation>%1 にリリース予定</translation>
    </message>
    <message>
        <source>Python %1, %2, expected</source>
        <translation>Python %1、%2、予定</translation>
    </message>
    <message>
        <source>announced %1</source>
        <translation>%1 にお知らせ</translation>
    </message>
    <message>
        <source>no announcement</source>
        <translation>お知らせなし</translation>
    </message>
    <message numerus="yes">
        <source>announced %1, %n day(s) off</source>
        <translation>
            <numerusform>%1 にお知らせ (%n 日のずれ)</numerusform>
        </translation>
    </message>
    <message>
        <source>Python %1, %2</source>
        <translation>Python %1、%2</translation>
    </message>
    <message>
        <source>Released %1</source>
        <translation>%1 にリリース</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after %1</source>
        <translation>
            <numerusform>%1 の %n 日後</numerusform>
        </translation>
    </message>
    <message>
        <source>Not announced on the blog</source>
        <translation>ブログでのお知らせなし</translation>
    </message>
    <message>
        <source>Announced %1</source>
        <translation>%1 にお知らせ</translation>
    </message>
    <message>
        <source>A security release</source>
        <translation>セキュリティリリース</translation>
    </message>
    <message>
        <source>A security release: %1</source>
        <translation>セキュリティリリース: %1</translation>
    </message>
    <message>
        <source>You run this release</source>
        <translation>このリリースを使用中です</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>お知らせ</translation>
    </message>
</context>
<context>
    <name>Herald::TimelinePane</name>
    <message>
        <source>No releases yet</source>
        <translation>まだリリースがありません</translation>
    </message>
    <message>
        <source>Each Python series, its releases and its end of life appear here once the announcements and the lifecycle data are synced.</source>
        <translation>お知らせとライフサイクルデータが同期されると、各 Python シリーズとそのリリース、サポート終了日がここに表示されます。</translation>
    </message>
    <message>
        <source>Release timeline</source>
        <translation>リリースタイムライン</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Choose which series and releases the timeline shows</source>
        <translation>タイムラインに表示するシリーズとリリースを選択します</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>シリーズ</translation>
    </message>
    <message>
        <source>Supported Series</source>
        <translation>サポート中のシリーズ</translation>
    </message>
    <message>
        <source>Series that still get bugfix or security releases</source>
        <translation>バグ修正リリースまたはセキュリティリリースがまだ提供されるシリーズ</translation>
    </message>
    <message>
        <source>All Series</source>
        <translation>すべてのシリーズ</translation>
    </message>
    <message>
        <source>Every series, end of life included</source>
        <translation>サポートが終了したものも含む、すべてのシリーズ</translation>
    </message>
    <message>
        <source>Releases</source>
        <translation>リリース</translation>
    </message>
    <message>
        <source>Include Pre-releases</source>
        <translation>プレリリースを含める</translation>
    </message>
    <message>
        <source>Only Releases Without an Announcement</source>
        <translation>お知らせのないリリースのみ</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>Releases of followed projects</source>
        <translation>フォロー中のプロジェクトのリリース</translation>
    </message>
    <message>
        <source>Open &amp;Announcement</source>
        <translation>お知らせを開く(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Copy Version</source>
        <translation>バージョンをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Open Release &amp;Page on python.org</source>
        <translation>python.org のリリースページを開く(&amp;P)</translation>
    </message>
    <message>
        <source>Reading the releases…</source>
        <translation>リリースを読み込んでいます…</translation>
    </message>
    <message>
        <source>Each Python series, its releases and its end of life appear here in a moment.</source>
        <translation>Python の各シリーズ、そのリリースとサポート終了日がまもなくここに表示されます。</translation>
    </message>
</context>
<context>
    <name>Herald::TomlFile</name>
    <message>
        <source>Cannot read %1: it is a folder</source>
        <translation>%1 を読み込めません: フォルダーです</translation>
    </message>
    <message>
        <source>Cannot read %1: it is no regular file</source>
        <translation>%1 を読み込めません: 通常のファイルではありません</translation>
    </message>
    <message>
        <source>Cannot read %1: it is larger than %2 MB</source>
        <translation>%1 を読み込めません: %2 MB を超えています</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read as TOML: %2</source>
        <translation>%1 を TOML として読み込めません: %2</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>テーブル</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>配列</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>真偽値</translation>
    </message>
    <message>
        <source>a date or time</source>
        <translation>日付または時刻</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>空</translation>
    </message>
</context>
<context>
    <name>Herald::TrayIcon</name>
    <message>
        <source>&amp;Refresh Now</source>
        <translation>今すぐ更新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Pause Notifications</source>
        <translation>通知を一時停止(&amp;P)</translation>
    </message>
    <message>
        <source>For One &amp;Hour</source>
        <translation>1 時間(&amp;H)</translation>
    </message>
    <message>
        <source>Until &amp;Tomorrow</source>
        <translation>明日まで(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>再開(&amp;R)</translation>
    </message>
    <message>
        <source>Latest Announcements</source>
        <translation>最新のお知らせ</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Hide Herald</source>
        <translation>Herald を隠す(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Show Herald</source>
        <translation>Herald を表示(&amp;S)</translation>
    </message>
    <message>
        <source>latest: %1 (%2)</source>
        <translation>最新: %1 (%2)</translation>
    </message>
    <message>
        <source>next: %1</source>
        <translation>次: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>未読 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>最終同期: %1</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>未同期</translation>
    </message>
    <message>
        <source>notifications paused until %1</source>
        <translation>%1 まで通知を一時停止中</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>announcement and its date</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation>%1 まで一時停止中</translation>
    </message>
</context>
<context>
    <name>Herald::YourPythonsCard</name>
    <message>
        <source>Your Pythons</source>
        <translation>お使いの Python</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
    <message>
        <source>Add a virtual environment, an install folder or an interpreter for Herald to follow</source>
        <translation>Herald がフォローする仮想環境、インストールフォルダー、インタープリターを追加します</translation>
    </message>
    <message>
        <source>Look Again</source>
        <translation>再検索</translation>
    </message>
    <message>
        <source>Look for Python interpreters again</source>
        <translation>Python インタープリターを再検索します</translation>
    </message>
    <message>
        <source>Looking for Python interpreters…</source>
        <translation>Python インタープリターを検索しています…</translation>
    </message>
    <message>
        <source>No Python interpreter found. Herald looked in %1. Add a virtual environment or an install with Add…, or in Settings.</source>
        <translation>Python インタープリターが見つかりません。Herald は %1 を検索しました。「追加…」または設定で、仮想環境やインストールを追加してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>更新が必要: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n 個検出</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a Python Location</source>
        <translation>Python の場所の追加</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>%1 is a local address</source>
        <translation>%1 はローカルアドレスです</translation>
    </message>
    <message>
        <source>%1 resolves to the local address %2</source>
        <translation>%1 はローカルアドレス %2 に解決されます</translation>
    </message>
    <message>
        <source>%1 has no address</source>
        <translation>%1 にはアドレスがありません</translation>
    </message>
    <message>
        <source>redirected from https to the less safe %1</source>
        <translation>https から安全性の低い %1 にリダイレクトされました</translation>
    </message>
    <message>
        <source>redirected to %1, which is not http or https</source>
        <translation>http でも https でもない %1 にリダイレクトされました</translation>
    </message>
    <message>
        <source>redirected to the local address %1</source>
        <translation>ローカルアドレス %1 にリダイレクトされました</translation>
    </message>
    <message>
        <source>redirected to %1, which resolves to the local address %2</source>
        <translation>ローカルアドレス %2 に解決される %1 にリダイレクトされました</translation>
    </message>
    <message>
        <source>more than %1 redirects</source>
        <translation>リダイレクトが %1 回を超えました</translation>
    </message>
    <message>
        <source>Refused to fetch %1: %2</source>
        <translation>%1 の取得を拒否しました: %2</translation>
    </message>
    <message>
        <source>%1 took longer than %2 s</source>
        <translation>%1 の取得に %2 秒以上かかりました</translation>
    </message>
    <message>
        <source>%1 is larger than the %2 limit</source>
        <translation>%1 は上限の %2 を超えています</translation>
    </message>
    <message>
        <source>HTTP %1 %2 from %3</source>
        <translation>%3 から HTTP %1 %2</translation>
    </message>
    <message>
        <source>%1 timed out: no data for %2 s</source>
        <translation>%1 がタイムアウトしました: %2 秒間データがありません</translation>
    </message>
    <message>
        <source>Could not fetch %1: %2</source>
        <translation>%1 を取得できませんでした: %2</translation>
    </message>
</context>
<context>
    <name>MarkOlderDialog</name>
    <message>
        <source>Mark Older Posts as Read</source>
        <translation>古い記事を既読にする</translation>
    </message>
    <message>
        <source>Mark posts published &amp;before</source>
        <translation>公開日が(&amp;B)</translation>
    </message>
    <message>
        <source>as read.</source>
        <translation>より前の記事を既読にします。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Configure Herald</source>
        <translation>Herald の設定</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>設定ページ</translation>
    </message>
    <message>
        <source>General</source>
        <translation>全般</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>閲覧</translation>
    </message>
    <message>
        <source>Check for &amp;new posts:</source>
        <translation>新しい記事の確認(&amp;N):</translation>
    </message>
    <message>
        <source>Startup:</source>
        <translation>起動:</translation>
    </message>
    <message>
        <source>&amp;Start Herald when I log in</source>
        <translation>ログイン時に Herald を起動する(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Keep running in the background when the window is closed</source>
        <translation>ウィンドウを閉じてもバックグラウンドで実行し続ける(&amp;K)</translation>
    </message>
    <message>
        <source>When on, closing the window leaves Herald running: its icon stays in the system tray, it goes on checking for new posts and notifying you, and starting Herald again brings the window back. When off, closing the window quits Herald.</source>
        <translation>オンにすると、ウィンドウを閉じても Herald は実行し続けます: アイコンはシステムトレイに残り、新しい記事の確認と通知を続けます。Herald をもう一度起動するとウィンドウが再表示されます。オフにすると、ウィンドウを閉じたときに Herald が終了します。</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>再開(&amp;U)</translation>
    </message>
    <message>
        <source>Notifications:</source>
        <translation>通知:</translation>
    </message>
    <message>
        <source>S&amp;how a notification for new posts</source>
        <translation>新しい記事を通知する(&amp;H)</translation>
    </message>
    <message>
        <source>Notify about:</source>
        <translation>通知の対象:</translation>
    </message>
    <message>
        <source>&amp;All new posts</source>
        <translation>すべての新しい記事(&amp;A)</translation>
    </message>
    <message>
        <source>Release a&amp;nnouncements only</source>
        <translation>リリースのお知らせのみ(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Final releases only, no alphas, betas or release candidates</source>
        <translation>正式リリースのみ (アルファ、ベータ、リリース候補を除く)(&amp;F)</translation>
    </message>
    <message>
        <source>S&amp;ecurity releases only</source>
        <translation>セキュリティリリースのみ(&amp;E)</translation>
    </message>
    <message>
        <source>Python series:</source>
        <translation>Python シリーズ:</translation>
    </message>
    <message>
        <source>All se&amp;ries</source>
        <translation>すべてのシリーズ(&amp;R)</translation>
    </message>
    <message>
        <source>Su&amp;pported series, which still get bugfix or security releases</source>
        <translation>サポート中のシリーズ (バグ修正リリースまたはセキュリティリリースがまだ提供されるもの)(&amp;P)</translation>
    </message>
    <message>
        <source>Series I &amp;run, as Your Pythons lists them</source>
        <translation>使用中のシリーズ (「お使いの Python」に表示されるもの)(&amp;R)</translation>
    </message>
    <message>
        <source>Onl&amp;y these series:</source>
        <translation>次のシリーズのみ(&amp;Y):</translation>
    </message>
    <message>
        <source>Series to notify about</source>
        <translation>通知するシリーズ</translation>
    </message>
    <message>
        <source>Do not disturb:</source>
        <translation>通知を停止する時間帯:</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <comment>do not disturb from 22:00 to 07:00</comment>
        <translation>開始(&amp;M)</translation>
    </message>
    <message>
        <source>Quiet from</source>
        <translation>通知停止の開始時刻</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <comment>do not disturb from 22:00 to 07:00</comment>
        <translation>終了(&amp;O)</translation>
    </message>
    <message>
        <source>Quiet until</source>
        <translation>通知停止の終了時刻</translation>
    </message>
    <message>
        <source>Send a &amp;Test Notification</source>
        <translation>テスト通知を送信(&amp;T)</translation>
    </message>
    <message>
        <source>Images:</source>
        <translation>画像:</translation>
    </message>
    <message>
        <source>&amp;Load remote images in posts</source>
        <translation>記事内のリモート画像を読み込む(&amp;L)</translation>
    </message>
    <message>
        <source>When off, Herald requests nothing a post names: no tracking pixels.</source>
        <translation>オフにすると、Herald は記事が参照するものを一切取得しません: トラッキングピクセルも読み込まれません。</translation>
    </message>
</context>
<context>
    <name>UrlMap</name>
    <message>
        <source>A URL mapping is FROM=TO, for example https://=http://127.0.0.1:8080/, not &quot;%1&quot;</source>
        <translation>URL の対応付けは FROM=TO の形式で指定します。例: https://=http://127.0.0.1:8080/ (「%1」ではありません)</translation>
    </message>
    <message>
        <source>The target of the URL mapping &quot;%1&quot; is not a URL</source>
        <translation>URL の対応付け「%1」の変換先が URL ではありません</translation>
    </message>
    <message>
        <source>The target of the URL mapping &quot;%1&quot; must be an http:// or https:// address with a host</source>
        <translation>URL の対応付け「%1」の変換先は、ホストを含む http:// または https:// のアドレスである必要があります</translation>
    </message>
</context>
</TS>
