<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AttendanceImporter</name>
    <message>
        <source>there is no event on %1.</source>
        <translation>%1に行事は登録されていません。</translation>
    </message>
    <message>
        <source>there is no event &quot;%1&quot; on %2.</source>
        <translation>%2に「%1」という行事は登録されていません。</translation>
    </message>
    <message numerus="yes">
        <source>%n events take place on %1; give the event&apos;s title to choose one.</source>
        <translation>
            <numerusform>%1には行事が%n件あります。どの行事か分かるように行事名を入力してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>person %1</source>
        <translation>関係者「%1」</translation>
    </message>
    <message>
        <source>attendance of %1 at %2 %3</source>
        <translation>%1の出欠（%2「%3」）</translation>
    </message>
    <message>
        <source>%1 (no change)</source>
        <translation>%1（変更なし）</translation>
    </message>
</context>
<context>
    <name>AttendanceStore</name>
    <message>
        <source>The attendance could not be saved.</source>
        <translation>出欠を保存できませんでした。</translation>
    </message>
    <message>
        <source>The attendance could not be deleted.</source>
        <translation>出欠を削除できませんでした。</translation>
    </message>
    <message>
        <source>The headcount could not be saved.</source>
        <translation>参加人数を保存できませんでした。</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>Write a consistent copy of the database to FILE (a new file).</source>
        <translation>データベースの整合性のとれたコピーをFILEに作成します（新しいファイルのみ）。</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>%1にバックアップしました。</translation>
    </message>
</context>
<context>
    <name>BodyStore</name>
    <message>
        <source>The body &quot;%1&quot; could not be added.</source>
        <translation>会議体「%1」を追加できませんでした。</translation>
    </message>
    <message>
        <source>The body &quot;%1&quot; could not be saved.</source>
        <translation>会議体「%1」を保存できませんでした。</translation>
    </message>
    <message>
        <source>This body still organises events or is referred to by other bodies; deactivate it instead.</source>
        <translation>この会議体は行事の主催者として登録されているか、他の会議体から参照されているため削除できません。削除せずに無効にしてください。</translation>
    </message>
    <message>
        <source>The body could not be deleted.</source>
        <translation>会議体を削除できませんでした。</translation>
    </message>
    <message>
        <source>The membership could not be added.</source>
        <translation>構成員の登録を追加できませんでした。</translation>
    </message>
    <message>
        <source>The membership could not be saved.</source>
        <translation>構成員の登録を保存できませんでした。</translation>
    </message>
    <message>
        <source>The membership could not be deleted.</source>
        <translation>構成員の登録を削除できませんでした。</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Check integrity, references and data version; exit 0 only if all hold.</source>
        <translation>データの整合性、参照関係、データ版を検査します。すべて問題がない場合にのみ終了コード0で終了します。</translation>
    </message>
    <message>
        <source>%1: OK (data version %2)</source>
        <translation>%1：問題ありません（データ版 %2）</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Usage: renkei-cli [--db FILE] COMMAND ...
FILE defaults to the window&apos;s database (%1); the environment variable RENKEI_DB overrides it.

Commands:
</source>
        <translation>使い方: renkei-cli [--db FILE] COMMAND ...
FILEを省略すると、画面版のRenkeiと同じデータベース（%1）を使います。環境変数RENKEI_DBを設定すると、そちらが優先されます。

コマンド:
</translation>
    </message>
    <message>
        <source>
Exit status: 0 success, 1 data or validation error, 2 usage error.
</source>
        <translation>
終了コード: 0 成功、1 データまたは入力内容の誤り、2 使い方の誤り
</translation>
    </message>
    <message>
        <source>Run &quot;renkei-cli --help&quot; for the commands.</source>
        <translation>コマンドの一覧は「renkei-cli --help」で表示できます。</translation>
    </message>
    <message>
        <source>--db needs a file name.</source>
        <translation>--db にはファイル名を指定してください。</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;.</source>
        <translation>「%1」というオプションはありません。</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>コマンドが指定されていません。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>「%1」というコマンドはありません。</translation>
    </message>
</context>
<context>
    <name>CodeListStore</name>
    <message>
        <source>The entry &quot;%1&quot; could not be added to the list.</source>
        <translation>選択肢の一覧に「%1」を追加できませんでした。</translation>
    </message>
    <message>
        <source>The entry &quot;%1&quot; could not be saved.</source>
        <translation>選択肢「%1」を保存できませんでした。</translation>
    </message>
    <message>
        <source>This entry is still in use and cannot be deleted; deactivate it instead.</source>
        <translation>この選択肢は使用されているため削除できません。削除せずに無効にしてください。</translation>
    </message>
    <message>
        <source>The entry could not be deleted.</source>
        <translation>選択肢を削除できませんでした。</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Usage: renkei-cli [--db FILE] %1</source>
        <translation>使い方: renkei-cli [--db FILE] %1</translation>
    </message>
    <message>
        <source>This command takes no arguments.</source>
        <translation>このコマンドには引数を指定できません。</translation>
    </message>
    <message numerus="yes">
        <source>This command takes %n argument(s).</source>
        <translation>
            <numerusform>このコマンドには引数を%n個指定してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; could not be written: %2</source>
        <translation>ファイル「%1」に書き込めませんでした：%2</translation>
    </message>
    <message>
        <source>Write to FILE.</source>
        <translation>FILEに書き出します。</translation>
    </message>
    <message>
        <source>Output format: %1.</source>
        <translation>出力形式（%1 のいずれか）。</translation>
    </message>
</context>
<context>
    <name>CountTableWriter</name>
    <message>
        <source>Date</source>
        <translation>実施日</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>行事名</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>職種</translation>
    </message>
    <message>
        <source>Profession group</source>
        <translation>職種区分</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>団体・機関</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加者数</translation>
    </message>
    <message>
        <source>Total (all participations)</source>
        <translation>延べ人数（合計）</translation>
    </message>
    <message>
        <source>Distinct named participants</source>
        <translation>実人数（氏名のある参加者）</translation>
    </message>
</context>
<context>
    <name>CountsCommand</name>
    <message>
        <source>Participant counts of a fiscal year (2024, R6, 令和6年度).</source>
        <translation>年度の参加者数を集計します（年度は2024、R6、令和6年度のように指定）。</translation>
    </message>
    <message>
        <source>The fiscal year.</source>
        <translation>集計する年度。</translation>
    </message>
    <message>
        <source>Breakdown.</source>
        <translation>集計の区分。</translation>
    </message>
    <message>
        <source>--fiscal-year is required.</source>
        <translation>--fiscal-year で年度を指定してください。</translation>
    </message>
    <message>
        <source>Unknown breakdown &quot;%1&quot;; use event, profession, profession-group or organisation.</source>
        <translation>「%1」という集計の区分はありません。event、profession、profession-group、organisation のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use csv or json.</source>
        <translation>「%1」という出力形式はありません。csv または json を指定してください。</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Line %1, column %2: the quoted field that starts here is never closed (a closing &quot; is missing).</source>
        <translation>%1行目%2文字目：ここで始まる「&quot;」で囲まれた項目が閉じられていません（閉じる「&quot;」がありません）。</translation>
    </message>
    <message>
        <source>Line %1, column %2: unexpected character after a closing quote; a quoted field must be followed by a comma or the end of the line.</source>
        <translation>%1行目%2文字目：閉じる「&quot;」の後に余分な文字があります。「&quot;」で囲んだ項目の後には、カンマか行末が必要です。</translation>
    </message>
    <message>
        <source>Line %1, column %2: a quote (&quot;) inside a field that does not start with a quote. Put the whole field in quotes and double the quote (&quot;&quot;).</source>
        <translation>%1行目%2文字目：「&quot;」で始まらない項目の中に「&quot;」があります。項目全体を「&quot;」で囲み、中の「&quot;」は「&quot;&quot;」と2つ重ねてください。</translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>ファイル「%1」が見つかりません。</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a file.</source>
        <translation>「%1」はフォルダです。ファイルを指定してください。</translation>
    </message>
    <message>
        <source>The file “%1” is too large to be a spreadsheet (%2 MB).</source>
        <translation>ファイル「%1」は表計算のデータとしては大きすぎます（%2 MB）。</translation>
    </message>
    <message>
        <source>The file “%1” cannot be read: %2</source>
        <translation>ファイル「%1」を読み込めません：%2</translation>
    </message>
    <message>
        <source>The file “%1” is not a text file. If it is an Excel workbook, save it from Excel as “CSV” first.</source>
        <translation>ファイル「%1」はテキストファイルではありません。Excelのブックの場合は、先にExcelで「CSV」形式で保存してください。</translation>
    </message>
    <message>
        <source>The file “%1” cannot be read as text: %2</source>
        <translation>ファイル「%1」を文字として読み込めません：%2</translation>
    </message>
    <message>
        <source>The file “%1” is not valid CSV: %2</source>
        <translation>ファイル「%1」はCSVの形式が正しくありません：%2</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>「%1」に書き込めません：%2</translation>
    </message>
    <message>
        <source>Cannot create “%1”: %2</source>
        <translation>「%1」を作成できません：%2</translation>
    </message>
    <message>
        <source>Cannot save “%1”: %2</source>
        <translation>「%1」を保存できません：%2</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The file &quot;%1&quot; does not exist.</source>
        <translation>ファイル「%1」が見つかりません。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be read.</source>
        <translation>ファイル「%1」を読み込めません。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is empty; it is not a Renkei database.</source>
        <translation>ファイル「%1」は空です。Renkeiのデータベースではありません。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is not a Renkei database.</source>
        <translation>ファイル「%1」はRenkeiのデータベースではありません。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is an SQLite database of another application, not a Renkei database.</source>
        <translation>ファイル「%1」は別のアプリケーションのSQLiteデータベースです。Renkeiのデータベースではありません。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; was written by a newer version of Renkei (data version %2; this program reads up to %3). Please update Renkei.</source>
        <translation>ファイル「%1」は新しいバージョンのRenkeiで作成されています（データ版 %2。このプログラムで読み込めるのはデータ版 %3 までです）。Renkeiを更新してください。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; already exists and is not empty; Renkei will not overwrite it.</source>
        <translation>ファイル「%1」は既にあり、空ではありません。Renkeiは既存のファイルを上書きしません。</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; cannot be created.</source>
        <translation>フォルダ「%1」を作成できません。</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; could not be created.</source>
        <translation>データベース「%1」を作成できませんでした。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is read-only. Open it read-only, or copy it to a folder where you may write.</source>
        <translation>ファイル「%1」は読み取り専用です。読み取り専用で開くか、書き込みできるフォルダにコピーしてください。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; uses an older data version (%2) and must be upgraded before it can be read; open it for writing once.</source>
        <translation>ファイル「%1」は古いデータ版（%2）のため、読み込む前に更新が必要です。一度、書き込みできる状態で開いてください。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be opened.</source>
        <translation>ファイル「%1」を開けません。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is locked by another program. Close it there and try again.</source>
        <translation>ファイル「%1」は別のプログラムで使用中です。そのプログラムでファイルを閉じてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be prepared for use.</source>
        <translation>ファイル「%1」を使用できる状態にできませんでした。</translation>
    </message>
    <message>
        <source>The integrity check could not run: %1</source>
        <translation>整合性の検査を実行できませんでした：%1</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>整合性：%1</translation>
    </message>
    <message>
        <source>The foreign key check could not run: %1</source>
        <translation>参照関係の検査を実行できませんでした：%1</translation>
    </message>
    <message>
        <source>Broken reference: table %1, row %2 refers to a missing row of %3.</source>
        <translation>参照の不整合：テーブル %1 の行 %2 が、テーブル %3 にない行を参照しています。</translation>
    </message>
    <message>
        <source>The file&apos;s application identifier is not Renkei&apos;s.</source>
        <translation>ファイルのアプリケーション識別子がRenkeiのものではありません。</translation>
    </message>
    <message>
        <source>Data version %1 differs from this program&apos;s %2.</source>
        <translation>データ版 %1 は、このプログラムのデータ版 %2 と異なります。</translation>
    </message>
    <message numerus="yes">
        <source>The database &quot;%1&quot; has %n problem(s).</source>
        <translation>
            <numerusform>データベース「%1」に%n件の問題があります。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; already exists; choose another name.</source>
        <translation>ファイル「%1」は既にあります。別の名前を指定してください。</translation>
    </message>
    <message>
        <source>A backup cannot replace the database itself.</source>
        <translation>バックアップ先に、元のデータベースと同じファイルは指定できません。</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist.</source>
        <translation>フォルダ「%1」が見つかりません。</translation>
    </message>
    <message>
        <source>The backup &quot;%1&quot; could not be written.</source>
        <translation>バックアップ「%1」を書き込めませんでした。</translation>
    </message>
</context>
<context>
    <name>DateParser</name>
    <message>
        <source>January %1</source>
        <translation>%1年1月</translation>
    </message>
    <message>
        <source>February %1</source>
        <translation>%1年2月</translation>
    </message>
    <message>
        <source>March %1</source>
        <translation>%1年3月</translation>
    </message>
    <message>
        <source>April %1</source>
        <translation>%1年4月</translation>
    </message>
    <message>
        <source>May %1</source>
        <translation>%1年5月</translation>
    </message>
    <message>
        <source>June %1</source>
        <translation>%1年6月</translation>
    </message>
    <message>
        <source>July %1</source>
        <translation>%1年7月</translation>
    </message>
    <message>
        <source>August %1</source>
        <translation>%1年8月</translation>
    </message>
    <message>
        <source>September %1</source>
        <translation>%1年9月</translation>
    </message>
    <message>
        <source>October %1</source>
        <translation>%1年10月</translation>
    </message>
    <message>
        <source>November %1</source>
        <translation>%1年11月</translation>
    </message>
    <message>
        <source>December %1</source>
        <translation>%1年12月</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>月曜日</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>火曜日</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>水曜日</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>木曜日</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>金曜日</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>土曜日</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>日曜日</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date: there is no month %2.</source>
        <translation>「%1」は正しい日付ではありません。%2月という月はありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date: %2 has no day %3.</source>
        <translation>「%1」は正しい日付ではありません。%2に%3日はありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date: the year %2 is out of range.</source>
        <translation>「%1」は正しい日付ではありません。%2年は扱える範囲外です。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date: &quot;%2&quot; is not a known era. Use one of %3.</source>
        <translation>「%1」は正しい日付ではありません。「%2」という元号はありません。%3のいずれかを使ってください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date: era years start at 1 (元年); there is no year 0.</source>
        <translation>「%1」は正しい日付ではありません。和暦の年は1年（元年）から始まるため、0年はありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is before 1873-01-01 (明治6年1月1日), when Japan adopted the Gregorian calendar; earlier Japanese dates are not supported.</source>
        <translation>「%1」は太陽暦が採用された1873年1月1日（明治6年1月1日）より前の日付です。それ以前の和暦には対応していません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is before the start of the %2 era, which began on %3 (%4).</source>
        <translation>「%1」は%2の始まり（%3、%4）より前の日付です。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is after the end of the %2 era, which ended on %3 (%4).</source>
        <translation>「%1」は%2の終わり（%3、%4）より後の日付です。</translation>
    </message>
    <message>
        <source>No date was entered.</source>
        <translation>日付が入力されていません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Use a form such as 2024-12-12, R6.12.12 or 令和6年12月12日.</source>
        <translation>「%1」は日付として読み取れません。2024-12-12、R6.12.12、令和6年12月12日のような形で入力してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date: &quot;%2&quot; is not a day of the week.</source>
        <translation>「%1」は正しい日付ではありません。「%2」は曜日ではありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has the wrong day of the week: %2 is a %3, not a %4.</source>
        <translation>「%1」の曜日が違います。%2は%3で、%4ではありません。</translation>
    </message>
</context>
<context>
    <name>EventImporter</name>
    <message>
        <source>there is no body called &quot;%1&quot;. Known bodies: %2.</source>
        <translation>「%1」という会議体は登録されていません。登録されている会議体：%2。</translation>
    </message>
    <message>
        <source>event %1 %2</source>
        <translation>行事 %1「%2」</translation>
    </message>
    <message>
        <source>%1 (no change)</source>
        <translation>%1（変更なし）</translation>
    </message>
</context>
<context>
    <name>EventListModel</name>
    <message>
        <source>%1 (No. %2)</source>
        <translation>%1（第%2回）</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n名</numerusform>
        </translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未記録</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>実施日</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>行事名</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>主催</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>会場</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加者数</translation>
    </message>
</context>
<context>
    <name>EventStore</name>
    <message>
        <source>The series &quot;%1&quot; could not be saved.</source>
        <translation>シリーズ「%1」を保存できませんでした。</translation>
    </message>
    <message>
        <source>The event &quot;%1&quot; could not be saved.</source>
        <translation>行事「%1」を保存できませんでした。</translation>
    </message>
    <message>
        <source>The event has no valid date.</source>
        <translation>行事の日付が正しくありません。</translation>
    </message>
    <message>
        <source>The event could not be deleted.</source>
        <translation>行事を削除できませんでした。</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Export records as CSV (UTF-8 with BOM, for Excel) or JSON.</source>
        <translation>データをCSV（Excel向けのBOM付きUTF-8）またはJSON形式で書き出します。</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;; use one of: %2.</source>
        <translation>「%1」という種類はありません。次のいずれかを指定してください：%2。</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use csv or json.</source>
        <translation>「%1」という出力形式はありません。csv または json を指定してください。</translation>
    </message>
</context>
<context>
    <name>FiscalYear</name>
    <message>
        <source>&quot;%1&quot; is not a valid fiscal year: the year %2 is outside the supported range %3 to %4.</source>
        <translation>「%1」は正しい年度ではありません。%2年度は扱える範囲（%3年度から%4年度まで）の外です。</translation>
    </message>
    <message>
        <source>No fiscal year was entered.</source>
        <translation>年度が入力されていません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid fiscal year: &quot;%2&quot; is not a known era. Use one of %3.</source>
        <translation>「%1」は正しい年度ではありません。「%2」という元号はありません。%3のいずれかを使ってください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid fiscal year: era years start at 1 (元年); there is no year 0.</source>
        <translation>「%1」は正しい年度ではありません。和暦の年は1年（元年）から始まるため、0年はありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid fiscal year.</source>
        <translation>「%1」は正しい年度ではありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid fiscal year: the %2 era ended on %3 (%4), so it has no year %5.</source>
        <translation>「%1」は正しい年度ではありません。%2は%3（%4）で終わっているため、%2%5年はありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a fiscal year. Use a form such as 2024, R6 or 令和6年度.</source>
        <translation>「%1」は年度として読み取れません。2024、R6、令和6年度のような形で入力してください。</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Import a CSV file (UTF-8 or CP932); --dry-run reports without writing.</source>
        <translation>CSVファイル（UTF-8またはCP932）を取り込みます。--dry-run を付けると、何も書き込まずに結果だけを表示します。</translation>
    </message>
    <message>
        <source>Report what would change; write nothing.</source>
        <translation>変更される内容を表示するだけで、何も書き込みません。</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;; use one of: %2.</source>
        <translation>「%1」という種類はありません。次のいずれかを指定してください：%2。</translation>
    </message>
    <message>
        <source>Would add:</source>
        <translation>追加する予定：</translation>
    </message>
    <message>
        <source>Added:</source>
        <translation>追加：</translation>
    </message>
    <message>
        <source>Would update:</source>
        <translation>更新する予定：</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>更新：</translation>
    </message>
    <message>
        <source>Would skip:</source>
        <translation>スキップする予定：</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>スキップ：</translation>
    </message>
    <message>
        <source>%1 rows read (%2): %3 added, %4 updated, %5 skipped.</source>
        <translation>%1行を読み込みました（%2）：追加 %3件、更新 %4件、スキップ %5件。</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>試行（--dry-run）のため、何も書き込んでいません。</translation>
    </message>
</context>
<context>
    <name>ImportContext</name>
    <message>
        <source>a value is required here.</source>
        <translation>入力が必要です。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the list. Known values: %2.</source>
        <translation>「%1」は選択肢にありません。使える値：%2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time. Write it as 19:00 or 19時30分.</source>
        <translation>「%1」は時刻として読み取れません。19:00や19時30分のように入力してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of 0 or more.</source>
        <translation>「%1」は0以上の整数ではありません。</translation>
    </message>
    <message>
        <source>organisation %1</source>
        <translation>団体・機関「%1」</translation>
    </message>
    <message numerus="yes">
        <source>%n people are called %1; give their organisation to tell them apart.</source>
        <translation>
            <numerusform>「%1」という名前の人が%n名います。区別できるよう、所属の団体・機関を入力してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A place in a file (file, row, column) and what happened there.</extracomment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ImportTable</name>
    <message>
        <source>%1: the file is empty; the first row must name the columns.</source>
        <translation>%1：ファイルが空です。1行目には各列の見出し（列名）が必要です。</translation>
    </message>
    <message>
        <source>%1, row %2: the columns &quot;%3&quot; and &quot;%4&quot; both mean &quot;%5&quot;.</source>
        <translation>%1の%2行目：列「%3」と列「%4」は、どちらも「%5」を表しています。</translation>
    </message>
    <message>
        <source>%1, row %2: unknown column(s) %3. Known columns: %4.</source>
        <translation>%1の%2行目：不明な列 %3 があります。使える列：%4。</translation>
    </message>
    <message>
        <source>%1, row %2: the required column &quot;%3&quot; is missing.</source>
        <translation>%1の%2行目：必須の列「%3」がありません。</translation>
    </message>
    <message>
        <source>%1, row %2, column &quot;%3&quot; (%4)</source>
        <translation>%1の%2行目「%3」列（%4列目）</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1の%2行目</translation>
    </message>
    <message>
        <source>%1, row %2, column %3: %4 values, but the header has only %5 columns.</source>
        <translation>%1の%2行目%3列目：値が%4個ありますが、見出しは%5列しかありません。</translation>
    </message>
    <message>
        <source>%1, row %2 (the file has no column &quot;%3&quot;)</source>
        <translation>%1の%2行目（ファイルに「%3」列がありません）</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>The file &quot;%1&quot; was not imported; nothing was written.</source>
        <translation>ファイル「%1」は取り込みませんでした（何も書き込んでいません）。</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>Create a new database (refuses an existing non-empty file).</source>
        <translation>新しいデータベースを作成します（既にある空でないファイルには作成しません）。</translation>
    </message>
    <message>
        <source>Fill with a sample council.</source>
        <translation>サンプルの協議会のデータを入れます。</translation>
    </message>
    <message>
        <source>There is no sample called &quot;%1&quot;. Available: %2</source>
        <translation>「%1」というサンプルはありません。使えるサンプル：%2</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>%1を作成しました。</translation>
    </message>
    <message>
        <source>Created %1 with the sample &quot;%2&quot;</source>
        <translation>サンプル「%2」のデータを入れて%1を作成しました。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%1 — Renkei</source>
        <translation>%1 — Renkei</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n event(s), %2 participation(s) in all</source>
        <translation>
            <numerusform>%1：行事 %n件、参加者 延べ%2名</numerusform>
        </translation>
    </message>
    <message>
        <source>No events are recorded for %1. Choose another fiscal year above to see other years.</source>
        <translation>%1の行事は登録されていません。ほかの年度を見るには、上の欄で年度を選んでください。</translation>
    </message>
    <message>
        <source>Fiscal &amp;year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>No upgrade to data version %1 is known.</source>
        <translation>データ版 %1 への更新手順がありません。</translation>
    </message>
    <message>
        <source>The upgrade script for data version %1 is missing.</source>
        <translation>データ版 %1 への更新用スクリプトが見つかりません。</translation>
    </message>
    <message>
        <source>Upgrading the data to version %1 failed; the file was left unchanged.</source>
        <translation>データ版 %1 への更新に失敗しました。ファイルは変更されていません。</translation>
    </message>
</context>
<context>
    <name>OrganisationImporter</name>
    <message>
        <source>organisation %1</source>
        <translation>団体・機関「%1」</translation>
    </message>
    <message>
        <source>organisation %1 (no change)</source>
        <translation>団体・機関「%1」（変更なし）</translation>
    </message>
</context>
<context>
    <name>OrganisationStore</name>
    <message>
        <source>The organisation &quot;%1&quot; could not be added.</source>
        <translation>団体・機関「%1」を追加できませんでした。</translation>
    </message>
    <message>
        <source>The organisation &quot;%1&quot; could not be saved.</source>
        <translation>団体・機関「%1」を保存できませんでした。</translation>
    </message>
    <message>
        <source>This organisation is still referred to by people, memberships or attendance; deactivate it instead.</source>
        <translation>この団体・機関は、関係者、会議体の構成員、または出欠の記録から参照されているため削除できません。削除せずに無効にしてください。</translation>
    </message>
    <message>
        <source>The organisation could not be deleted.</source>
        <translation>団体・機関を削除できませんでした。</translation>
    </message>
</context>
<context>
    <name>ParticipantCounts</name>
    <message>
        <source>The participant counts could not be computed.</source>
        <translation>参加者数を集計できませんでした。</translation>
    </message>
    <message>
        <source>(affiliation unknown)</source>
        <translation>（所属不明）</translation>
    </message>
    <message>
        <source>%1 (No. %2)</source>
        <translation>%1（第%2回）</translation>
    </message>
</context>
<context>
    <name>PersonImporter</name>
    <message>
        <source>person %1</source>
        <translation>関係者「%1」</translation>
    </message>
    <message>
        <source>person %1 (no change)</source>
        <translation>関係者「%1」（変更なし）</translation>
    </message>
</context>
<context>
    <name>PersonStore</name>
    <message>
        <source>The person &quot;%1&quot; could not be added.</source>
        <translation>関係者「%1」を追加できませんでした。</translation>
    </message>
    <message>
        <source>The person &quot;%1&quot; could not be saved.</source>
        <translation>関係者「%1」を保存できませんでした。</translation>
    </message>
    <message>
        <source>This person is still referred to by attendance, memberships or programmes; deactivate them instead.</source>
        <translation>この関係者は、出欠、会議体の構成員、またはプログラム（講師等）の記録から参照されているため削除できません。削除せずに無効にしてください。</translation>
    </message>
    <message>
        <source>The person could not be deleted.</source>
        <translation>関係者を削除できませんでした。</translation>
    </message>
</context>
<context>
    <name>ProgrammeStore</name>
    <message>
        <source>The programme item &quot;%1&quot; could not be added.</source>
        <translation>プログラムの項目「%1」を追加できませんでした。</translation>
    </message>
    <message>
        <source>The programme item &quot;%1&quot; could not be saved.</source>
        <translation>プログラムの項目「%1」を保存できませんでした。</translation>
    </message>
    <message>
        <source>The programme item could not be deleted.</source>
        <translation>プログラムの項目を削除できませんでした。</translation>
    </message>
</context>
<context>
    <name>SampleLoader</name>
    <message>
        <source>There is no sample called &quot;%1&quot;. Available: %2</source>
        <translation>「%1」というサンプルはありません。使えるサンプル：%2</translation>
    </message>
    <message>
        <source>The sample &quot;%1&quot; is damaged.</source>
        <translation>サンプル「%1」のデータが壊れています。</translation>
    </message>
    <message>
        <source>The sample data could not be loaded.</source>
        <translation>サンプルデータを読み込めませんでした。</translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>Find people, organisations and events (kana, width and variant kanji folded).</source>
        <translation>関係者、団体・機関、行事を検索します（ひらがなとカタカナ、全角と半角、異体字の違いは区別しません）。</translation>
    </message>
    <message>
        <source>The search text is empty.</source>
        <translation>検索する文字が入力されていません。</translation>
    </message>
    <message>
        <source>person</source>
        <translation>関係者</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>団体・機関</translation>
    </message>
    <message>
        <source>event</source>
        <translation>行事</translation>
    </message>
    <message>
        <source>Nothing matches &quot;%1&quot;.</source>
        <translation>「%1」に一致するものはありません。</translation>
    </message>
</context>
<context>
    <name>SearchKeys</name>
    <message>
        <source>The search index could not be built.</source>
        <translation>検索用の索引を作成できませんでした。</translation>
    </message>
</context>
<context>
    <name>SettingsStore</name>
    <message>
        <source>The setting could not be saved.</source>
        <translation>設定を保存できませんでした。</translation>
    </message>
</context>
<context>
    <name>TextCodec</name>
    <message>
        <source>The text is in UTF-16, which cannot be read here. Save it as UTF-8 or as CSV (Shift_JIS) and try again.</source>
        <translation>この文字データはUTF-16形式のため読み込めません。UTF-8形式またはCSV（Shift_JIS）形式で保存し直してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The %1 converter is not available.</source>
        <translation>%1の文字コード変換機能が利用できません。</translation>
    </message>
    <message>
        <source>The text is marked as UTF-8 but contains invalid bytes (%1) at byte offset %2, line %3.</source>
        <translation>UTF-8形式の印（BOM）がありますが、%3行目（バイト位置 %2）にUTF-8として正しくないデータ（%1）があります。</translation>
    </message>
    <message>
        <source>The text is neither UTF-8 nor CP932 (Shift_JIS): invalid bytes (%1) at byte offset %2, line %3.</source>
        <translation>文字コードがUTF-8でもCP932（Shift_JIS）でもありません。%3行目（バイト位置 %2）に読み取れないデータ（%1）があります。</translation>
    </message>
    <message>
        <source>Line %1, column %2 contains a broken character (unpaired surrogate U+%3).</source>
        <translation>%1行目%2文字目に壊れた文字があります（対になっていないサロゲート U+%3）。</translation>
    </message>
    <message>
        <source>The character “%1” (U+%2) on line %3, column %4 cannot be written in %5. Replace it, or save as UTF-8.</source>
        <translation>%3行目%4文字目の文字「%1」（U+%2）は%5では保存できません。別の文字に置き換えるか、UTF-8形式で保存してください。</translation>
    </message>
</context>
</TS>
