<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ActivityReport</name>
    <message>
        <source>%1 sensei</source>
        <translation>%1 先生</translation>
    </message>
    <message>
        <source>%1 (No. %2)</source>
        <translation>%1（第%2回）</translation>
    </message>
</context>
<context>
    <name>ActivityReportPanel</name>
    <message>
        <source>Pre&amp;view…</source>
        <translation>プレビュー(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>名前を付けて保存(&amp;S)…</translation>
    </message>
    <message>
        <source>PDF (to hand in)</source>
        <translation>PDF（提出用）</translation>
    </message>
    <message>
        <source>HTML (web page)</source>
        <translation>HTML（ウェブページ）</translation>
    </message>
    <message>
        <source>%1_activity_report.%2</source>
        <translation>%1_活動報告.%2</translation>
    </message>
    <message>
        <source>Save the activity report</source>
        <translation>活動報告の保存</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 ファイル (*.%2)</translation>
    </message>
    <message>
        <source>Activity report of %1</source>
        <translation>%1 活動報告</translation>
    </message>
    <message>
        <source>The activity report of %1 to the regional medical council: organisation, meetings, trainings (date, cases and mini lectures, format, participants, lecturers), participants by profession and organisation, the three years side by side, and a chart. Text comes from the events as entered; the report is always in Japanese.</source>
        <translation>%1の地域医療審議会への活動報告を作成します。推進体制、会議の開催状況、研修会の実施状況（実施日・事例内容・ミニレクチャー・形式・参加者数・講師等）、職種別・団体別の参加者数、過去3年間の比較とグラフを載せます。文章は各会議・研修会に入力した内容のとおりです。報告書は常に日本語で作成します。</translation>
    </message>
    <message>
        <source>DOCX (to edit in Word)</source>
        <translation>DOCX（Word で編集）</translation>
    </message>
    <message>
        <source>ODT (to edit in LibreOffice)</source>
        <translation>ODT（LibreOffice で編集）</translation>
    </message>
</context>
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
    <name>AttendanceService</name>
    <message>
        <source>The attendance of %1 could not be saved.</source>
        <translation>%1 の出欠を保存できませんでした。</translation>
    </message>
    <message>
        <source>The role could not be saved.</source>
        <translation>役割を保存できませんでした。</translation>
    </message>
    <message>
        <source>Nobody came in the member&apos;s place.</source>
        <translation>この委員の代理で出席した人はいません。</translation>
    </message>
    <message>
        <source>The attendance could not be saved.</source>
        <translation>出欠を保存できませんでした。</translation>
    </message>
    <message>
        <source>The headcount could not be saved.</source>
        <translation>参加人数を保存できませんでした。</translation>
    </message>
    <message>
        <source>%1 could not be added to the attendance.</source>
        <translation>%1 を出欠に追加できませんでした。</translation>
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
    <message>
        <source>The attendance could not be read.</source>
        <translation>出欠を読み込めませんでした。</translation>
    </message>
    <message>
        <source>The headcounts could not be read.</source>
        <translation>人数のみの参加者を読み込めませんでした。</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <source>&amp;Roster (space: present/absent, 1–4: status, F2: edit, typing: find a person)</source>
        <translation>名簿(&amp;R)（スペース: 出席/欠席、1〜4: 出欠、F2: 編集、文字入力: 検索）</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>当日参加</translation>
    </message>
    <message>
        <source>&amp;Walk-in: find or add a person (name or reading); Enter marks present</source>
        <translation>当日参加(&amp;W): 氏名・ふりがなで検索または追加（Enterで出席）</translation>
    </message>
    <message>
        <source>e.g. しらさき, 白崎</source>
        <translation>例: しらさき、白崎</translation>
    </message>
    <message>
        <source>Without names</source>
        <translation>人数のみ（氏名なし）</translation>
    </message>
    <message>
        <source>Head&amp;counts per profession:</source>
        <translation>職種別の人数(&amp;C):</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: role %2</source>
        <translation>%1: 役割 %2</translation>
    </message>
    <message>
        <source>%1: substitute %2</source>
        <translation>%1: 代理 %2</translation>
    </message>
    <message>
        <source>Add %1 (walk-in)</source>
        <translation>%1 を追加（当日参加）</translation>
    </message>
    <message>
        <source>Headcount %1: %2</source>
        <translation>人数 %1: %2</translation>
    </message>
</context>
<context>
    <name>AttendanceTally</name>
    <message>
        <source>No attendance recorded yet</source>
        <translation>出欠は未入力です</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>profession and its count in the tally</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Participants: %n</source>
        <translation>
            <numerusform>参加者 %n名</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Participants: %n (%1)</source>
        <translation>
            <numerusform>参加者 %n名（%1）</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between professions in the tally</comment>
        <translation>・</translation>
    </message>
    <message numerus="yes">
        <source>Not counted as participants: %1 %n (%2)</source>
        <comment>role, count, names</comment>
        <translation>
            <numerusform>参加者数に含めない%1 %n名（%2）</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between names in the tally</comment>
        <translation>、</translation>
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
    <name>BodiesPage</name>
    <message>
        <source>A body needs a name.</source>
        <translation>会議体の名称を入力してください。</translation>
    </message>
    <message>
        <source>Add body %1</source>
        <translation>会議体「%1」の追加</translation>
    </message>
    <message>
        <source>New body</source>
        <translation>新しい会議体</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（コピー）</translation>
    </message>
    <message>
        <source>Delete body</source>
        <translation>会議体の削除</translation>
    </message>
    <message>
        <source>Delete body %1</source>
        <translation>会議体「%1」の削除</translation>
    </message>
    <message>
        <source>Bodies and Members</source>
        <translation>会議体・委員</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>short name</source>
        <translation>略称</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>parent body</source>
        <translation>上位の会議体</translation>
    </message>
    <message>
        <source>reports to</source>
        <translation>報告先</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>団体・機関</translation>
    </message>
    <message>
        <source>note</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>active</source>
        <translation>有効・無効</translation>
    </message>
</context>
<context>
    <name>BodyEditor</name>
    <message>
        <source>A&amp;ctive (shown in pick lists)</source>
        <translation>有効（選択肢に表示）(&amp;C)</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>名称(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Short name:</source>
        <translation>略称(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種別(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Belongs to:</source>
        <translation>上位の会議体(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Reports to:</source>
        <translation>報告先(&amp;R):</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>備考(&amp;O):</translation>
    </message>
    <message>
        <source>The body this one is part of, e.g. a working group&apos;s council</source>
        <translation>この会議体が属する会議体（例：ワーキングが属する協議会）</translation>
    </message>
    <message>
        <source>The body this one reports to, e.g. the regional medical council</source>
        <translation>この会議体の報告先（例：地域医療審議会）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>as lists and reports abbreviate it</source>
        <translation>一覧や報告書で使う短い名称</translation>
    </message>
</context>
<context>
    <name>BodyListModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>略称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>報告先</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>委員</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
</context>
<context>
    <name>BodyService</name>
    <message>
        <source>The body &quot;%1&quot; could not be added.</source>
        <translation>会議体「%1」を追加できませんでした。</translation>
    </message>
    <message>
        <source>The body &quot;%1&quot; could not be put back.</source>
        <translation>会議体「%1」を元に戻せませんでした。</translation>
    </message>
    <message>
        <source>The body &quot;%1&quot; could not be saved.</source>
        <translation>会議体「%1」を保存できませんでした。</translation>
    </message>
    <message>
        <source>The body could not be deleted.</source>
        <translation>会議体を削除できませんでした。</translation>
    </message>
    <message>
        <source>The members of the body could not be read.</source>
        <translation>会議体の委員を読み込めませんでした。</translation>
    </message>
    <message>
        <source>The membership could not be added.</source>
        <translation>委員を追加できませんでした。</translation>
    </message>
    <message>
        <source>The membership could not be put back.</source>
        <translation>委員を元に戻せませんでした。</translation>
    </message>
    <message>
        <source>The membership could not be saved.</source>
        <translation>委員を保存できませんでした。</translation>
    </message>
    <message>
        <source>The membership could not be deleted.</source>
        <translation>委員を削除できませんでした。</translation>
    </message>
    <message>
        <source>The membership is no longer in the file.</source>
        <translation>この委員はファイルにもうありません。</translation>
    </message>
    <message>
        <source>The term could not be ended.</source>
        <translation>任期を終了できませんでした。</translation>
    </message>
    <message>
        <source>The term cannot end before it begins.</source>
        <translation>任期の終了日を開始日より前にすることはできません。</translation>
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
        <translation>委員を追加できませんでした。</translation>
    </message>
    <message>
        <source>The membership could not be saved.</source>
        <translation>委員の登録内容を保存できませんでした。</translation>
    </message>
    <message>
        <source>The membership could not be deleted.</source>
        <translation>委員を削除できませんでした。</translation>
    </message>
    <message>
        <source>The records that refer to the body could not be counted.</source>
        <translation>この会議体に関係する記録の件数を調べられませんでした。</translation>
    </message>
    <message>
        <source>The record is no longer in the file.</source>
        <translation>このデータはファイルにもうありません。</translation>
    </message>
    <message>
        <source>The body could not be read.</source>
        <translation>会議体を読み込めませんでした。</translation>
    </message>
    <message>
        <source>The bodies could not be read.</source>
        <translation>会議体を読み込めませんでした。</translation>
    </message>
    <message>
        <source>The memberships could not be read.</source>
        <translation>委員を読み込めませんでした。</translation>
    </message>
</context>
<context>
    <name>ChangeRecorder</name>
    <message>
        <source>The changes cannot be recorded for undo.</source>
        <translation>変更を元に戻せるように記録できません。</translation>
    </message>
</context>
<context>
    <name>ChangeSet</name>
    <message>
        <source>The change could not be made again.</source>
        <translation>変更をやり直せませんでした。</translation>
    </message>
    <message>
        <source>The change could not be taken back.</source>
        <translation>変更を元に戻せませんでした。</translation>
    </message>
    <message>
        <source>A row of the table “%1” was changed since; the file is left as it is.</source>
        <translation>その後「%1」の行が変更されたため、ファイルはそのままにしました。</translation>
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
    <name>CodeGroupDelegate</name>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
</context>
<context>
    <name>CodeListEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上へ(&amp;U)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下へ(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>一覧(&amp;L):</translation>
    </message>
    <message>
        <source>Add an entry at the end of the list (Insert)</source>
        <translation>一覧の最後に項目を追加します（Insert）</translation>
    </message>
    <message>
        <source>Move the entry up (Alt+Up)</source>
        <translation>項目を上へ移動します（Alt+↑）</translation>
    </message>
    <message>
        <source>Move the entry down (Alt+Down)</source>
        <translation>項目を下へ移動します（Alt+↓）</translation>
    </message>
    <message>
        <source>Delete the entry (Delete)</source>
        <translation>項目を削除します（Delete）</translation>
    </message>
    <message>
        <source>Edit list entry %1</source>
        <translation>一覧の項目「%1」の編集</translation>
    </message>
    <message>
        <source>Professions</source>
        <translation>職種</translation>
    </message>
    <message>
        <source>Profession groups</source>
        <translation>職種区分</translation>
    </message>
    <message>
        <source>Organisation categories</source>
        <translation>団体・機関の種別</translation>
    </message>
    <message>
        <source>Kinds of body</source>
        <translation>会議体の種別</translation>
    </message>
    <message>
        <source>Membership roles</source>
        <translation>委員の役職</translation>
    </message>
    <message>
        <source>Attendance statuses</source>
        <translation>出欠の区分</translation>
    </message>
    <message>
        <source>Roles at an event</source>
        <translation>参加の区分（参加者・講師など）</translation>
    </message>
    <message>
        <source>Kinds of event</source>
        <translation>会議・研修会の種別</translation>
    </message>
    <message>
        <source>Kinds of programme item</source>
        <translation>プログラムの種別</translation>
    </message>
    <message>
        <source>Event formats</source>
        <translation>開催形式</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>新しい項目</translation>
    </message>
    <message>
        <source>Add list entry</source>
        <translation>一覧の項目の追加</translation>
    </message>
    <message>
        <source>Move list entry %1</source>
        <translation>一覧の項目「%1」の移動</translation>
    </message>
    <message>
        <source>Delete list entry</source>
        <translation>一覧の項目の削除</translation>
    </message>
    <message>
        <source>Renkei relies on &quot;%1&quot; (for counts, imports or attendance), so it cannot be deleted. You can rename it.</source>
        <translation>「%1」は集計・取り込み・出欠の記録に使われているため、削除できません。名前の変更はできます。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is still used by records, so it cannot be deleted. It is already inactive and not offered in pick lists.</source>
        <translation>「%1」はまだ記録で使われているため、削除できません。すでに無効になっており、選択肢には表示されません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by records, so it cannot be deleted without changing them. Deactivate it instead? It stays in past records but is no longer offered in pick lists.</source>
        <translation>「%1」は記録で使われているため、削除すると記録が変わってしまいます。代わりに無効にしますか？過去の記録には残りますが、選択肢には表示されなくなります。</translation>
    </message>
    <message>
        <source>Deactivate list entry %1</source>
        <translation>一覧の項目「%1」を無効にする</translation>
    </message>
    <message>
        <source>Delete the entry &quot;%1&quot;?</source>
        <translation>項目「%1」を削除しますか？</translation>
    </message>
    <message>
        <source>Delete list entry %1</source>
        <translation>一覧の項目「%1」の削除</translation>
    </message>
</context>
<context>
    <name>CodeListModel</name>
    <message>
        <source>Identifier: %1</source>
        <translation>内部名: %1</translation>
    </message>
    <message>
        <source>Renkei relies on this entry: it can be renamed but not deleted.</source>
        <translation>この項目はRenkeiの動作に使われています。名前の変更はできますが、削除はできません。</translation>
    </message>
    <message>
        <source>Inactive entries stay in past records but are not offered in pick lists.</source>
        <translation>無効にした項目は過去の記録には残りますが、選択肢には表示されません。</translation>
    </message>
    <message>
        <source>Japanese label</source>
        <translation>表示名（日本語）</translation>
    </message>
    <message>
        <source>English label</source>
        <translation>表示名（英語）</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>並び順</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有効</translation>
    </message>
</context>
<context>
    <name>CodeListService</name>
    <message>
        <source>The entry &quot;%1&quot; could not be added to the list.</source>
        <translation>項目「%1」を一覧に追加できませんでした。</translation>
    </message>
    <message>
        <source>The entry &quot;%1&quot; could not be saved.</source>
        <translation>項目「%1」を保存できませんでした。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by the program itself: it can be relabelled, but not deactivated or given another code.</source>
        <translation>「%1」はプログラムが使う項目です。表示名は変更できますが、無効にしたりコードを変えたりすることはできません。</translation>
    </message>
    <message>
        <source>The entry could not be deleted.</source>
        <translation>項目を削除できませんでした。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by the program itself and cannot be deleted.</source>
        <translation>「%1」はプログラムが使う項目のため、削除できません。</translation>
    </message>
    <message>
        <source>This entry is still in use and cannot be deleted; deactivate it instead.</source>
        <translation>この項目は使用中のため削除できません。無効にしてください。</translation>
    </message>
    <message>
        <source>The entry &quot;%1&quot; could not be put back.</source>
        <translation>項目「%1」を元に戻せませんでした。</translation>
    </message>
    <message>
        <source>The list could not be saved.</source>
        <translation>一覧を保存できませんでした。</translation>
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
    <message>
        <source>The list &quot;%1&quot; could not be read.</source>
        <translation>一覧「%1」を読み込めませんでした。</translation>
    </message>
    <message>
        <source>The code lists could not be read.</source>
        <translation>選択肢の一覧を読み込めませんでした。</translation>
    </message>
    <message>
        <source>Whether the entry is in use could not be read.</source>
        <translation>項目が使用中かどうかを確認できませんでした。</translation>
    </message>
    <message>
        <source>The list entry %1 could not be read.</source>
        <translation>選択肢 %1 を読み込めませんでした。</translation>
    </message>
</context>
<context>
    <name>ColumnMappingTable</name>
    <message>
        <source>Column in the file</source>
        <translation>ファイルの列</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>取り込み先</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>%1列目</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>No values in this column.</source>
        <translation>この列には値がありません。</translation>
    </message>
    <message>
        <source>For example: %1</source>
        <translation>例：%1</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>（取り込まない）</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1（必須）</translation>
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
    <message>
        <source>The fiscal year (2024, R6, 令和6年度).</source>
        <translation>年度（2024、R6、令和6年度）。</translation>
    </message>
    <message>
        <source>--fiscal-year is required.</source>
        <translation>--fiscal-year を指定してください。</translation>
    </message>
</context>
<context>
    <name>ConfirmDelete</name>
    <message numerus="yes">
        <source>%n attendance record(s)</source>
        <translation>
            <numerusform>出欠の記録%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n membership(s)</source>
        <translation>
            <numerusform>委員の記録%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lecture(s)</source>
        <translation>
            <numerusform>講師の記録%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) belonging to it</source>
        <translation>
            <numerusform>所属する関係者%n名</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) it organises or co-organises</source>
        <translation>
            <numerusform>主催・共催する行事%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other body(ies) under it or reporting to it</source>
        <translation>
            <numerusform>この会議体の下位または報告元の会議体%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the kinds of records that refer to one</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;? Nothing refers to it; Undo brings it back.</source>
        <translation>「%1」を削除しますか？ほかの記録からは使われていません。削除しても「元に戻す」で戻せます。</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is referred to by %2, so deleting it would lose that history.</source>
        <translation>「%1」には%2があるため、削除するとこれまでの記録が失われます。</translation>
    </message>
    <message>
        <source>It is already inactive: it stays in past records and is not offered in pick lists.</source>
        <translation>すでに無効になっています。過去の記録には残り、選択肢には表示されません。</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Deactivate it instead? It stays in past records but is no longer offered in pick lists.</source>
        <translation>削除せずに無効にしますか？過去の記録には残り、選択肢には表示されなくなります。</translation>
    </message>
    <message>
        <source>De&amp;activate</source>
        <translation>無効にする(&amp;A)</translation>
    </message>
</context>
<context>
    <name>ConnectionSpec</name>
    <message>
        <source>No database was named; give the path of a Renkei database file.</source>
        <translation>データベースが指定されていません。Renkei のデータベースファイルのパスを指定してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names a PostgreSQL server; connecting to a server is not supported yet. Give the path of a Renkei database file.</source>
        <translation>「%1」は PostgreSQL サーバーを指しています。サーバーへの接続にはまだ対応していません。Renkei のデータベースファイルのパスを指定してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a database Renkei can open; give the path of a Renkei database file.</source>
        <translation>「%1」は Renkei で開けるデータベースではありません。Renkei のデータベースファイルのパスを指定してください。</translation>
    </message>
</context>
<context>
    <name>CouncilSettingsForm</name>
    <message>
        <source>Council &amp;name:</source>
        <translation>協議会名(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Secretariat:</source>
        <translation>事務局(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Report recipient:</source>
        <translation>報告先(&amp;R):</translation>
    </message>
    <message>
        <source>e.g. 加賀市在宅医療連携推進協議会</source>
        <translation>例：加賀市在宅医療連携推進協議会</translation>
    </message>
    <message>
        <source>e.g. 加賀市 地域包括ケア推進課</source>
        <translation>例：加賀市 地域包括ケア推進課</translation>
    </message>
    <message>
        <source>who the annual report goes to</source>
        <translation>年度の報告書の提出先</translation>
    </message>
    <message>
        <source>council name</source>
        <translation>協議会名</translation>
    </message>
    <message>
        <source>secretariat</source>
        <translation>事務局</translation>
    </message>
    <message>
        <source>report recipient</source>
        <translation>報告先</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>市町村名(&amp;M):</translation>
    </message>
    <message>
        <source>e.g. 加賀市</source>
        <translation>例：加賀市</translation>
    </message>
    <message>
        <source>municipality</source>
        <translation>市町村名</translation>
    </message>
</context>
<context>
    <name>CountSheetBuilder</name>
    <message>
        <source>By event × profession</source>
        <translation>研修会別×職種</translation>
    </message>
    <message>
        <source>Participants by event and profession</source>
        <translation>研修会別・職種別参加者数</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>実施日</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>行事名</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事業一覧</translation>
    </message>
    <message>
        <source>Events and their participants</source>
        <translation>事業一覧（参加者数）</translation>
    </message>
    <message>
        <source>Date (ISO)</source>
        <translation>日付（西暦）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>主催</translation>
    </message>
    <message>
        <source>By profession</source>
        <translation>職種別</translation>
    </message>
    <message>
        <source>Participants by profession</source>
        <translation>職種別参加者数</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>職種</translation>
    </message>
    <message>
        <source>By profession group</source>
        <translation>職種グループ別</translation>
    </message>
    <message>
        <source>Participants by profession group</source>
        <translation>職種グループ別参加者数</translation>
    </message>
    <message>
        <source>Profession group</source>
        <translation>職種グループ</translation>
    </message>
    <message>
        <source>By organisation</source>
        <translation>団体別</translation>
    </message>
    <message>
        <source>Participants by organisation</source>
        <translation>団体別参加者数</translation>
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
        <source>Participant counts of a fiscal year (2024, R6, 令和6年度) as CSV, JSON or an Excel workbook.</source>
        <translation>年度の参加者数を集計し、CSV、JSON、Excelファイルに出力します（年度は2024、R6、令和6年度のように指定）。</translation>
    </message>
    <message>
        <source>Breakdown (for xlsx: the sheet it opens on).</source>
        <translation>集計の区分（xlsx では開いたときに表示するシート）。</translation>
    </message>
    <message>
        <source>CSV encoding: utf-8 (with BOM) or cp932.</source>
        <translation>CSVの文字コード：utf-8（BOM付き）または cp932。</translation>
    </message>
    <message>
        <source>Unknown breakdown &quot;%1&quot;; use event, event-profession, profession, profession-group or organisation.</source>
        <translation>「%1」という集計の区分はありません。event、event-profession、profession、profession-group、organisation のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use csv, json or xlsx.</source>
        <translation>「%1」という出力形式はありません。csv、json、xlsx のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;; use utf-8 or cp932.</source>
        <translation>「%1」という文字コードは使えません。utf-8 または cp932 を指定してください。</translation>
    </message>
    <message>
        <source>--encoding applies to csv only.</source>
        <translation>--encoding は csv の出力にだけ指定できます。</translation>
    </message>
    <message>
        <source>An Excel workbook is not text; name the file with -o FILE.</source>
        <translation>Excelファイルは画面には出力できません。-o で保存先のファイルを指定してください。</translation>
    </message>
    <message>
        <source>The event × profession table is available as csv or xlsx.</source>
        <translation>研修会別×職種の表は csv または xlsx で出力してください。</translation>
    </message>
</context>
<context>
    <name>CountsExport</name>
    <message>
        <source>The character “%1” (U+%2) in row %3, column %4 (%5) cannot be written in CP932. Replace it, or save as UTF-8 or Excel.</source>
        <translation>%3行目%4列目（%5）の文字「%1」（U+%2）はCP932（Shift_JIS）で書き出せません。別の文字に置き換えるか、UTF-8またはExcel形式で保存してください。</translation>
    </message>
    <message>
        <source>“%1” could not be saved. Check that the folder can be written to and that the disk is not full.</source>
        <translation>「%1」を保存できませんでした。保存先のフォルダーに書き込めるか、ディスクの空き容量が足りているかを確認してください。</translation>
    </message>
</context>
<context>
    <name>CountsExportPanel</name>
    <message>
        <source>Save &amp;counts as…</source>
        <translation>参加者数を保存(&amp;C)…</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx, every table)</source>
        <translation>Excel ブック（.xlsx、すべての表）</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (Excel 2016 and later)</source>
        <translation>CSV・UTF-8（Excel 2016 以降）</translation>
    </message>
    <message>
        <source>CSV, Shift_JIS (CP932, older Excel)</source>
        <translation>CSV・Shift_JIS（CP932、古い Excel 向け）</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>表(&amp;T):</translation>
    </message>
    <message>
        <source>Fo&amp;rmat:</source>
        <translation>形式(&amp;R):</translation>
    </message>
    <message>
        <source>by_event_and_profession</source>
        <translation>事業別職種別</translation>
    </message>
    <message>
        <source>by_profession</source>
        <translation>職種別</translation>
    </message>
    <message>
        <source>by_profession_group</source>
        <translation>職種グループ別</translation>
    </message>
    <message>
        <source>by_organisation</source>
        <translation>団体別</translation>
    </message>
    <message>
        <source>events</source>
        <translation>事業一覧</translation>
    </message>
    <message>
        <source>Each event by profession (cross table with totals)</source>
        <translation>研修会・会議ごとの職種別（合計付きクロス表）</translation>
    </message>
    <message>
        <source>By profession</source>
        <translation>職種別</translation>
    </message>
    <message>
        <source>By profession group</source>
        <translation>職種グループ別</translation>
    </message>
    <message>
        <source>By organisation</source>
        <translation>団体別</translation>
    </message>
    <message>
        <source>Event list with counts</source>
        <translation>事業一覧（参加者数付き）</translation>
    </message>
    <message>
        <source>%1_participants.xlsx</source>
        <translation>%1_参加者数.xlsx</translation>
    </message>
    <message>
        <source>%1_participants_%2.csv</source>
        <translation>%1_参加者数_%2.csv</translation>
    </message>
    <message>
        <source>Save the participant counts</source>
        <translation>参加者数の保存</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel ブック (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>How many took part in %1, to open in Excel. The counts can be added up as they are, and names are shown exactly as typed. An Excel workbook (.xlsx) has every table, each on its own sheet; a CSV file has the one table you choose.</source>
        <translation>%1の参加者数を Excel で開ける形で保存します。数はそのまま合計でき、氏名は入力したとおりに表示されます。Excel ブック（.xlsx）にはすべての表がそれぞれ別のシートに入り、CSV ファイルには選んだ表が一つだけ入ります。</translation>
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
        <translation>このファイルは Renkei で作ったファイルではありません。</translation>
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
    <message>
        <source>The database could not be read.</source>
        <translation>データベースを読み込めませんでした。</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; was altered by another program: tables or columns that Renkei needs are missing. Restore a backup; &quot;renkei-cli check&quot; lists what differs.</source>
        <translation>データベース「%1」は別のプログラムによって変更されており、Renkei に必要な表または列がありません。バックアップから復元してください。違いは「renkei-cli check」で確認できます。</translation>
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
    <name>Dialogs</name>
    <message numerus="yes">
        <source>… and %n more line(s): see Show Details.</source>
        <translation>
            <numerusform>…ほか%n行あります。「詳細を表示」をご覧ください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EndTermDialog</name>
    <message>
        <source>End term</source>
        <translation>任期の終了</translation>
    </message>
    <message>
        <source>&amp;Last day of the term:</source>
        <translation>任期の最終日(&amp;L):</translation>
    </message>
    <message>
        <source>Type the last day of the term.</source>
        <translation>任期の最終日を入力してください。</translation>
    </message>
    <message>
        <source>The term cannot end before it begins (%1).</source>
        <translation>任期の終了日を開始日（%1）より前にすることはできません。</translation>
    </message>
    <message>
        <source>End the term of %1. The member still sits on the last day and is listed as a past member from the day after; the row stays as history.</source>
        <translation>%1の任期を終了します。最終日までは在任として扱い、翌日から過去の委員として表示します。記録は履歴として残ります。</translation>
    </message>
</context>
<context>
    <name>EventDetailsTab</name>
    <message>
        <source>Tit&amp;le:</source>
        <translation>行事名(&amp;L):</translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation>実施日(&amp;A):</translation>
    </message>
    <message>
        <source>to</source>
        <translation>〜</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>開始(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種別(&amp;K):</translation>
    </message>
    <message>
        <source>Or&amp;ganiser:</source>
        <translation>主催(&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Co-organisers:</source>
        <translation>共催(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Series:</source>
        <translation>シリーズ(&amp;S):</translation>
    </message>
    <message>
        <source>Num&amp;ber:</source>
        <translation>回次(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>会場(&amp;V):</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>テーマ(&amp;H):</translation>
    </message>
    <message>
        <source>For&amp;mat:</source>
        <translation>形式(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>目的(&amp;P):</translation>
    </message>
    <message>
        <source>Outcomes:</source>
        <translation>成果:</translation>
    </message>
    <message>
        <source>Minutes:</source>
        <translation>議事録:</translation>
    </message>
    <message>
        <source>e.g. R6.12.12, 2024/12/12, 令和6年12月12日</source>
        <translation>例: R6.12.12、2024/12/12、令和6年12月12日</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>No. </source>
        <translation>第</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time. Type it as 19:00 or 19時.</source>
        <translation>「%1」は時刻として読み取れません。19:00 または 19時 のように入力してください。</translation>
    </message>
    <message>
        <source>An event needs a title.</source>
        <translation>行事名を入力してください。</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>備考:</translation>
    </message>
    <message>
        <source>e.g. 19:00</source>
        <translation>例: 19:00</translation>
    </message>
    <message>
        <source>e.g. 20:30</source>
        <translation>例: 20:30</translation>
    </message>
    <message>
        <source>title</source>
        <translation>行事名</translation>
    </message>
    <message>
        <source>date</source>
        <translation>実施日</translation>
    </message>
    <message>
        <source>time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>organiser</source>
        <translation>主催</translation>
    </message>
    <message>
        <source>co-organisers</source>
        <translation>共催</translation>
    </message>
    <message>
        <source>series</source>
        <translation>シリーズ</translation>
    </message>
    <message>
        <source>number</source>
        <translation>回次</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>会場</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>outcomes</source>
        <translation>成果</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>議事録</translation>
    </message>
    <message>
        <source>note</source>
        <translation>備考</translation>
    </message>
</context>
<context>
    <name>EventEditor</name>
    <message>
        <source>Deta&amp;ils</source>
        <translation>詳細(&amp;I)</translation>
    </message>
    <message>
        <source>Pr&amp;ogramme</source>
        <translation>プログラム(&amp;O)</translation>
    </message>
    <message>
        <source>A&amp;ttendance</source>
        <translation>出欠(&amp;T)</translation>
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
    <name>EventRoster</name>
    <message>
        <source>The roster of the event could not be read.</source>
        <translation>会議・研修会の名簿を読み込めませんでした。</translation>
    </message>
</context>
<context>
    <name>EventService</name>
    <message>
        <source>The events could not be read.</source>
        <translation>会議・研修会を読み込めませんでした。</translation>
    </message>
    <message>
        <source>The event no longer exists.</source>
        <translation>この会議・研修会は既に削除されています。</translation>
    </message>
    <message>
        <source>The event &quot;%1&quot; could not be added.</source>
        <translation>会議・研修会「%1」を追加できませんでした。</translation>
    </message>
    <message>
        <source>The event &quot;%1&quot; could not be saved.</source>
        <translation>会議・研修会「%1」を保存できませんでした。</translation>
    </message>
    <message>
        <source>The event could not be deleted.</source>
        <translation>会議・研修会を削除できませんでした。</translation>
    </message>
    <message>
        <source>The event could not be restored.</source>
        <translation>会議・研修会を元に戻せませんでした。</translation>
    </message>
    <message>
        <source>The programme item &quot;%1&quot; could not be added.</source>
        <translation>プログラムの項目「%1」を追加できませんでした。</translation>
    </message>
    <message>
        <source>The programme could not be saved.</source>
        <translation>プログラムを保存できませんでした。</translation>
    </message>
    <message>
        <source>The programme item could not be deleted.</source>
        <translation>プログラムの項目を削除できませんでした。</translation>
    </message>
    <message>
        <source>The programme item &quot;%1&quot; could not be restored.</source>
        <translation>プログラムの項目「%1」を元に戻せませんでした。</translation>
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
    <message>
        <source>The fiscal years of the events could not be read.</source>
        <translation>行事の年度を読み込めませんでした。</translation>
    </message>
    <message>
        <source>The events could not be read.</source>
        <translation>会議・研修会を読み込めませんでした。</translation>
    </message>
    <message>
        <source>The series names could not be read.</source>
        <translation>シリーズ名を読み込めませんでした。</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>Meetings</source>
        <translation>会議</translation>
    </message>
    <message>
        <source>Trainings and case studies</source>
        <translation>研修会・事例検討会</translation>
    </message>
    <message>
        <source>Add event %1</source>
        <translation>行事「%1」の追加</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>新しい会議</translation>
    </message>
    <message>
        <source>New training</source>
        <translation>新しい研修会</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（コピー）</translation>
    </message>
    <message>
        <source>Delete the event &quot;%1&quot; of %2 with its programme?</source>
        <translation>%2の行事「%1」をプログラムとともに削除しますか？</translation>
    </message>
    <message numerus="yes">
        <source>Delete the event &quot;%1&quot; of %2? Its programme and its attendance (%n named row(s) and the headcounts) are deleted with it.</source>
        <translation>
            <numerusform>%2の行事「%1」を削除しますか？プログラムと出欠（氏名のある%n件と人数）も一緒に削除されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>行事の削除</translation>
    </message>
    <message>
        <source>Delete event %1</source>
        <translation>行事「%1」の削除</translation>
    </message>
    <message>
        <source>Switched to %1 (%2 %3)</source>
        <comment>the fiscal year, the event&apos;s date and title</comment>
        <translation>%1に切り替えました（%2 %3）</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Unknown kind &quot;%1&quot;; use one of: %2.</source>
        <translation>「%1」という種類はありません。次のいずれかを指定してください：%2。</translation>
    </message>
    <message>
        <source>Export records as CSV (UTF-8 with BOM, or CP932), an Excel workbook (.xlsx) or JSON.</source>
        <translation>記録を CSV（BOM 付き UTF-8 または CP932）、Excel ブック（.xlsx）、JSON で書き出します。</translation>
    </message>
    <message>
        <source>CSV encoding: utf-8 (with BOM) or cp932.</source>
        <translation>CSVの文字コード：utf-8（BOM付き）または cp932。</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use csv, json or xlsx.</source>
        <translation>「%1」という出力形式はありません。csv、json、xlsx のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>--encoding is utf-8 or cp932, for csv only.</source>
        <translation>--encoding は csv のときだけ使えます。utf-8 か cp932 を指定してください。</translation>
    </message>
    <message>
        <source>An Excel workbook is not text; name the file with -o FILE.</source>
        <translation>Excelファイルは画面には出力できません。-o で保存先のファイルを指定してください。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>&amp;Choose...</source>
        <translation>選択(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>書き出す(&amp;E)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>書き出し</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel ブック（.xlsx）</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (Excel 2016 and later)</source>
        <translation>CSV・UTF-8（Excel 2016 以降）</translation>
    </message>
    <message>
        <source>CSV, Shift_JIS (older Excel)</source>
        <translation>CSV・Shift_JIS（古い Excel 向け）</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>データの種類(&amp;R)：</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>形式(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F)：</translation>
    </message>
    <message>
        <source>The file has the same columns as an import, so it can be edited in Excel and imported again.</source>
        <translation>取り込みと同じ列で書き出すので、Excel で直してそのまま取り込み直せます。</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel ブック (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>書き出し先</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) of %1 to %2</source>
        <translation>
            <numerusform>%1を%n行、%2 に書き出しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists. Replace it with the export?</source>
        <translation>「%1」はすでにあります。書き出した内容で置き換えますか？</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>置き換える(&amp;R)</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>The records could not be read for the export; nothing was written.</source>
        <translation>書き出すデータを読み込めなかったため、何も書き出していません。</translation>
    </message>
</context>
<context>
    <name>FileTransfer</name>
    <message>
        <source>&amp;Import...</source>
        <translation>取り込み(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>書き出し(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Enter the council&apos;s name.</source>
        <translation>協議会名を入力してください。</translation>
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
    <name>HeadcountModel</name>
    <message>
        <source>Profession</source>
        <translation>職種</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>人数</translation>
    </message>
</context>
<context>
    <name>HomeFiguresModel</name>
    <message>
        <source>Every participation counted: a person who came three times counts three times; headcounts included.</source>
        <translation>参加のたびに数えた人数です。3回参加した人は3人と数えます。人数のみの記録も含みます。</translation>
    </message>
    <message>
        <source>Different named persons who took part; participants counted only by headcount cannot be told apart and are not included.</source>
        <translation>参加した方を名前で重複なく数えた人数です。人数のみの記録は区別できないため含みません。</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>会議（開催済み）</translation>
    </message>
    <message>
        <source>Meetings planned</source>
        <translation>会議（予定）</translation>
    </message>
    <message>
        <source>Trainings held</source>
        <translation>研修会・事例検討会（開催済み）</translation>
    </message>
    <message>
        <source>Trainings planned</source>
        <translation>研修会・事例検討会（予定）</translation>
    </message>
    <message>
        <source>Participants (total)</source>
        <translation>参加者 延べ人数</translation>
    </message>
    <message>
        <source>Participants (distinct persons)</source>
        <translation>参加者 実人数</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1&#x3000;%2</translation>
    </message>
    <message>
        <source>As of %1. Events up to today count as held, later ones as planned.</source>
        <translation>%1現在。本日までのものを開催済み、それ以降を予定として数えています。</translation>
    </message>
    <message>
        <source>No participants are recorded for %1 or %2. Enter attendance on the Meetings and Trainings pages, and the chart of participants by profession appears here.</source>
        <translation>%1・%2 の参加者の記録はありません。「会議」「研修会・事例検討会」のページで出欠を入力すると、ここに職種別の参加者のグラフが表示されます。</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>ホーム</translation>
    </message>
    <message>
        <source>No database is open</source>
        <translation>データベースが開かれていません</translation>
    </message>
    <message>
        <source>Use File &gt; Open or File &gt; New Database.</source>
        <translation>「ファイル」→「開く」または「新しいデータベース」を選んでください。</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
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
        <source>Dry run: nothing was written.</source>
        <translation>試行（--dry-run）のため、何も書き込んでいません。</translation>
    </message>
    <message>
        <source>Import a CSV file (UTF-8 or CP932) or a sheet of an Excel workbook (.xlsx); --dry-run reports without writing.</source>
        <translation>CSV ファイル（UTF-8 または CP932）か Excel ブック（.xlsx）のシートを取り込みます。--dry-run は書き込まずに結果だけ示します。</translation>
    </message>
    <message>
        <source>The sheet of an .xlsx workbook to read (the first when not given).</source>
        <translation>読み込む .xlsx ブックのシート（省略時は最初のシート）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>%1 rows read (%2): added %3; %4 updated, %5 skipped.</source>
        <translation>%1行を読み込みました（%2）：追加 %3、更新 %4件、変更なし %5件</translation>
    </message>
    <message>
        <source>Importing: row %1 of %2</source>
        <translation>取り込み中：%2行中%1行目</translation>
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
    <name>ImportDialog</name>
    <message>
        <source>&amp;Choose File...</source>
        <translation>ファイルを選択(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>シート(&amp;S)：</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>&amp;Dry Run</source>
        <translation>事前確認(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>取り込む(&amp;I)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>取り込み</translation>
    </message>
    <message>
        <source>A CSV file (UTF-8 or Shift_JIS) or an Excel workbook (.xlsx)</source>
        <translation>CSV ファイル（UTF-8 または Shift_JIS）か Excel ブック（.xlsx）</translation>
    </message>
    <message>
        <source>Check every row and report what would be added, updated or skipped; nothing is written.</source>
        <translation>すべての行を確かめ、追加・更新・変更なしになる行を示します。何も書き込みません。</translation>
    </message>
    <message>
        <source>Import every row, or nothing if a row has a problem. Edit &gt; Undo takes the whole import back.</source>
        <translation>すべての行を取り込みます。問題のある行が一つでもあれば何も取り込みません。［編集］＞［元に戻す］で取り込み全体を取り消せます。</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>データの種類(&amp;R)：</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Choose a CSV file or an Excel workbook (.xlsx) of organisations, people, events or attendance. The first row must name the columns.</source>
        <translation>団体・機関、関係者、会議・研修会、出欠のいずれかの CSV ファイルか Excel ブック（.xlsx）を選んでください。1行目に列の名前が必要です。</translation>
    </message>
    <message>
        <source>Import a file</source>
        <translation>取り込むファイルの選択</translation>
    </message>
    <message>
        <source>Excel workbooks and CSV files (*.xlsx *.csv *.txt);;Excel workbooks (*.xlsx);;CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Excel ブックと CSV ファイル (*.xlsx *.csv *.txt);;Excel ブック (*.xlsx);;CSV ファイル (*.csv *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) to import from %1. Check what each column becomes, then try a dry run.</source>
        <translation>
            <numerusform>%1から取り込む行は%n行です。それぞれの列の取り込み先を確かめてから、事前確認をしてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>キャンセルしました。何も書き込んでいません。</translation>
    </message>
    <message>
        <source>Dry run of %1: %2 Nothing was written. Fix the rows in red (click a line to see its row), or change what a column becomes, and try again.</source>
        <translation>%1の事前確認：%2何も書き込んでいません。赤い行を直すか（結果の行をクリックするとその行を表示します）、列の取り込み先を変えて、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Dry run of %1: %2 Nothing was written.</source>
        <translation>%1の事前確認：%2何も書き込んでいません。</translation>
    </message>
    <message>
        <source>The import of %1 failed; nothing was written.</source>
        <translation>%1 を取り込めませんでした。何も書き込んでいません。</translation>
    </message>
    <message>
        <source>Imported %1 from %2: %3</source>
        <translation>%2 から%1を取り込みました：%3</translation>
    </message>
    <message>
        <source>Edit &gt; Undo takes it back.</source>
        <translation>［編集］＞［元に戻す］で取り消せます。</translation>
    </message>
    <message>
        <source>added: %1; %2 updated, %3 unchanged, %4 with errors.</source>
        <translation>追加 %1、更新 %2件、変更なし %3件、問題あり %4件。</translation>
    </message>
    <message>
        <source>Import of %1 (added: %2; %3 updated)</source>
        <translation>%1 の取り込み（追加 %2、更新 %3件）</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>%1
(ignored)</source>
        <extracomment>A column of the file and what it becomes, or &quot;(ignore)&quot;.</extracomment>
        <translation>%1
（取り込まない）</translation>
    </message>
    <message>
        <source>%1
→ %2</source>
        <translation>%1
→ %2</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>団体・機関 %n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>関係者 %n名</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>会議・研修会 %n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attendance record(s)</source>
        <translation>
            <numerusform>出欠 %n件</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between kinds of added records</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>ImportReportList</name>
    <message>
        <source>Add: %1</source>
        <translation>追加：%1</translation>
    </message>
    <message>
        <source>Update: %1</source>
        <translation>更新：%1</translation>
    </message>
    <message>
        <source>No change: %1</source>
        <translation>変更なし：%1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>…ほか%n件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <source>The import could not be written.</source>
        <translation>取り込んだ内容を書き込めませんでした。</translation>
    </message>
    <message>
        <source>The import could not be taken back.</source>
        <translation>取り込みを元に戻せませんでした。</translation>
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
    <message>
        <source>%1, row %2, column %3: a value in a column whose header (row %4) is empty. Name the column in the header, or delete the value.</source>
        <translation>%1の%2行目 %3列：見出し（%4行目）が空の列に値があります。見出しに列の名前を入れるか、値を消してください。</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>The file &quot;%1&quot; was not imported; nothing was written.</source>
        <translation>ファイル「%1」は取り込みませんでした（何も書き込んでいません）。</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>団体・機関</translation>
    </message>
    <message>
        <source>People</source>
        <translation>関係者</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>会議・研修会</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出欠</translation>
    </message>
    <message>
        <source>The import of &quot;%1&quot; was cancelled; nothing was written.</source>
        <translation>「%1」の取り込みをキャンセルしました。何も書き込んでいません。</translation>
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
    <name>LanguageChooser</name>
    <message>
        <source>System default</source>
        <translation>システムの設定に従う</translation>
    </message>
    <message>
        <source>Takes effect when Renkei is restarted.</source>
        <translation>Renkeiを再起動すると反映されます。</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>表示言語(&amp;G):</translation>
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
    <message>
        <source>Fiscal &amp;year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>&amp;New Database...</source>
        <translation>新しいデータベース(&amp;N)…</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>新しいデータベース</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>データベースを開く</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>Save a Co&amp;py...</source>
        <translation>コピーを保存(&amp;P)…</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>コピーを保存</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>Saved a copy to %1</source>
        <translation>%1 にコピーを保存しました。</translation>
    </message>
    <message>
        <source>Renkei</source>
        <translation>Renkei</translation>
    </message>
    <message>
        <source>No database is open. Use File &gt; Open or File &gt; New Database.</source>
        <translation>データベースが開かれていません。「ファイル」→「開く」または「新しいデータベース」を選んでください。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>Sample data, not your council&apos;s: use File &gt; New Database for your own.</source>
        <translation>サンプルのデータです。自分の協議会用は「ファイル」→「新しいデータベース」で作成してください。</translation>
    </message>
    <message>
        <source>Renkei database (%1);;All files (*)</source>
        <translation>Renkei データベース (%1);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>%1 (Sample) — Renkei</source>
        <translation>%1（サンプル） — Renkei</translation>
    </message>
    <message>
        <source>New database %1: enter the council&apos;s name here; it heads every report.</source>
        <translation>新しいデータベース %1 を作成しました。協議会の名称などを入力してください（報告書の表題になります）。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>MembershipDialog</name>
    <message>
        <source>&amp;Member:</source>
        <translation>委員(&amp;M):</translation>
    </message>
    <message>
        <source>Edit member</source>
        <translation>委員の編集</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>委員の追加</translation>
    </message>
    <message>
        <source>A person</source>
        <translation>個人</translation>
    </message>
    <message>
        <source>An organisation</source>
        <translation>団体・機関</translation>
    </message>
    <message>
        <source>A profession only (composition)</source>
        <translation>職種のみ（構成）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>e.g. R6.4.1 or 2024-04-01</source>
        <translation>例：R6.4.1、2024-04-01</translation>
    </message>
    <message>
        <source>e.g. the seat as the body&apos;s rules describe it</source>
        <translation>例：設置要綱上の委員区分</translation>
    </message>
    <message>
        <source>&amp;Seat held by:</source>
        <translation>委員の区分(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>役職(&amp;R):</translation>
    </message>
    <message>
        <source>Re&amp;presenting:</source>
        <translation>選出団体(&amp;P):</translation>
    </message>
    <message>
        <source>Term &amp;from:</source>
        <translation>任期開始(&amp;F):</translation>
    </message>
    <message>
        <source>Term &amp;to:</source>
        <translation>任期終了(&amp;T):</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>備考(&amp;O):</translation>
    </message>
    <message>
        <source>Type part of the person&apos;s name and pick them from the list.</source>
        <translation>氏名の一部を入力し、一覧から選んでください。</translation>
    </message>
    <message>
        <source>No single person matches &quot;%1&quot;. Pick one from the list, or add them on the People page first.</source>
        <translation>「%1」に該当する関係者を1人に絞れません。一覧から選ぶか、先に関係者のページで登録してください。</translation>
    </message>
    <message>
        <source>Choose who holds the seat.</source>
        <translation>委員を選んでください。</translation>
    </message>
    <message>
        <source>The term cannot end before it begins.</source>
        <translation>任期の終了日を開始日より前にすることはできません。</translation>
    </message>
</context>
<context>
    <name>MembershipModel</name>
    <message>
        <source>Person</source>
        <translation>個人</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>団体・機関</translation>
    </message>
    <message>
        <source>Profession only</source>
        <translation>職種のみ</translation>
    </message>
    <message>
        <source>Past member: the term has ended.</source>
        <translation>過去の委員（任期終了）</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>委員</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>Representing</source>
        <translation>選出団体</translation>
    </message>
    <message>
        <source>Term from</source>
        <translation>任期開始</translation>
    </message>
    <message>
        <source>Term to</source>
        <translation>任期終了</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備考</translation>
    </message>
</context>
<context>
    <name>MembershipPanel</name>
    <message>
        <source>Show &amp;past members</source>
        <translation>過去の委員を表示(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Add Member...</source>
        <translation>委員を追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Ed&amp;it...</source>
        <translation>編集(&amp;I)…</translation>
    </message>
    <message>
        <source>End &amp;Term...</source>
        <translation>任期を終了(&amp;T)…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>削除(&amp;V)</translation>
    </message>
    <message>
        <source>The member leaves the body; the row stays as history</source>
        <translation>委員の退任を記録します。この行は過去の委員として残ります。</translation>
    </message>
    <message>
        <source>Deletes a seat entered by mistake; to keep the history, end the term instead</source>
        <translation>誤って登録した委員を削除します。履歴を残す場合は、任期を終了してください。</translation>
    </message>
    <message numerus="yes">
        <source>Members: %n current</source>
        <translation>
            <numerusform>委員：現任 %n名</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n past</source>
        <translation>
            <numerusform>、過去 %n名</numerusform>
        </translation>
    </message>
    <message>
        <source>Members</source>
        <translation>委員</translation>
    </message>
    <message>
        <source>Add member to %1</source>
        <translation>%1に委員を追加</translation>
    </message>
    <message>
        <source>Edit member of %1</source>
        <translation>%1の委員を編集</translation>
    </message>
    <message>
        <source>End term of %1</source>
        <translation>%1の任期を終了</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>委員の削除</translation>
    </message>
    <message>
        <source>Remove %1 from %2? The seat is deleted as if it had never been entered. To keep the history of someone who left, end the term instead.</source>
        <translation>%2から%1を削除しますか？ 登録しなかったものとして削除されます。退任した委員の履歴を残す場合は、任期を終了してください。</translation>
    </message>
    <message>
        <source>Remove %1 from %2</source>
        <translation>%2から%1を削除</translation>
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
    <name>NewPersonForm</name>
    <message>
        <source>Add &amp;person</source>
        <translation>追加(&amp;P)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>氏名(&amp;M):</translation>
    </message>
    <message>
        <source>Readin&amp;g:</source>
        <translation>ふりがな(&amp;G):</translation>
    </message>
    <message>
        <source>Profession:</source>
        <translation>職種:</translation>
    </message>
    <message>
        <source>Organi&amp;sation:</source>
        <translation>所属(&amp;S):</translation>
    </message>
    <message>
        <source>Jo&amp;b title:</source>
        <translation>役職(&amp;B):</translation>
    </message>
    <message>
        <source>in hiragana, for sorting (五十音順)</source>
        <translation>ひらがなで入力（五十音順の並べ替えに使います）</translation>
    </message>
    <message>
        <source>e.g. センター長, 院長</source>
        <translation>例: センター長、院長</translation>
    </message>
    <message>
        <source>A person needs a name.</source>
        <translation>氏名を入力してください。</translation>
    </message>
    <message>
        <source>New organisation &quot;%1&quot;: added with the person.</source>
        <translation>新しい団体・機関「%1」：関係者と一緒に登録します。</translation>
    </message>
    <message>
        <source>Add organisation %1</source>
        <translation>団体・機関「%1」の追加</translation>
    </message>
</context>
<context>
    <name>OrganisationCombo</name>
    <message>
        <source>type part of the name or reading</source>
        <translation>名称またはふりがなの一部を入力</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1（無効）</translation>
    </message>
</context>
<context>
    <name>OrganisationEditor</name>
    <message>
        <source>Active (shown in pick lists)</source>
        <translation>有効（選択肢に表示する）</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>名称(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Reading:</source>
        <translation>ふりがな(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>種別(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>住所(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>電話(&amp;P)：</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>備考(&amp;O)：</translation>
    </message>
    <message>
        <source>in hiragana, for sorting (五十音順)</source>
        <translation>ひらがなで入力（五十音順の並べ替えに使います）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
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
    <name>OrganisationListModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>ふりがな</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
</context>
<context>
    <name>OrganisationService</name>
    <message>
        <source>An organisation needs a name.</source>
        <translation>団体・機関には名称が必要です。</translation>
    </message>
    <message>
        <source>The organisation &quot;%1&quot; could not be added.</source>
        <translation>団体・機関「%1」を追加できませんでした。</translation>
    </message>
    <message>
        <source>The organisation &quot;%1&quot; could not be restored.</source>
        <translation>団体・機関「%1」を元に戻せませんでした。</translation>
    </message>
    <message>
        <source>The record has no id.</source>
        <translation>データに番号がありません。</translation>
    </message>
    <message>
        <source>The organisation &quot;%1&quot; could not be saved.</source>
        <translation>団体・機関「%1」を保存できませんでした。</translation>
    </message>
    <message>
        <source>The organisation could not be deleted.</source>
        <translation>団体・機関を削除できませんでした。</translation>
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
        <translation>この団体・機関は、関係者・委員・出欠の記録で使われているため削除できません。削除せずに無効にしてください。</translation>
    </message>
    <message>
        <source>The organisation could not be deleted.</source>
        <translation>団体・機関を削除できませんでした。</translation>
    </message>
    <message>
        <source>The records that refer to the organisation could not be counted.</source>
        <translation>この団体・機関に関係する記録の件数を調べられませんでした。</translation>
    </message>
    <message>
        <source>The organisations could not be read.</source>
        <translation>団体・機関を読み込めませんでした。</translation>
    </message>
    <message>
        <source>The organisation is no longer in the database.</source>
        <translation>この団体・機関はデータベースにもうありません。</translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message>
        <source>An organisation needs a name.</source>
        <translation>団体・機関の名称を入力してください。</translation>
    </message>
    <message>
        <source>Add organisation %1</source>
        <translation>団体・機関「%1」の追加</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>新しい団体・機関</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（コピー）</translation>
    </message>
    <message>
        <source>Delete organisation</source>
        <translation>団体・機関の削除</translation>
    </message>
    <message>
        <source>Delete organisation %1</source>
        <translation>団体・機関「%1」の削除</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>団体・機関</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>ふりがな</translation>
    </message>
    <message>
        <source>category</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>note</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>active</source>
        <translation>有効・無効</translation>
    </message>
</context>
<context>
    <name>ParticipantChart</name>
    <message>
        <source>Participants by profession</source>
        <translation>職種別の参加者数</translation>
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
    <name>PeoplePage</name>
    <message>
        <source>&quot;%1&quot; is already registered without an organisation.</source>
        <translation>「%1」さんは所属なしで既に登録されています。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; of %2 is already registered.</source>
        <translation>%2の「%1」さんは既に登録されています。</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>同じ人が登録されている可能性があります</translation>
    </message>
    <message>
        <source>Discard person %1</source>
        <translation>関係者「%1」の取り消し</translation>
    </message>
    <message>
        <source>A person needs a name.</source>
        <translation>氏名を入力してください。</translation>
    </message>
    <message>
        <source>Add person %1</source>
        <translation>関係者「%1」の追加</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>新しい関係者</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（コピー）</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>関係者の削除</translation>
    </message>
    <message>
        <source>Delete person %1</source>
        <translation>関係者「%1」の削除</translation>
    </message>
    <message>
        <source>People</source>
        <translation>関係者</translation>
    </message>
    <message>
        <source>Is it the same person? Then the new entry is discarded and the registered person is shown.</source>
        <translation>同じ人ですか？同じ人であれば、新しく入力した分は取り消し、登録済みの方を表示します。</translation>
    </message>
    <message>
        <source>Is it the same person? Then your change is undone.</source>
        <translation>同じ人ですか？同じ人であれば、今の変更を元に戻します。</translation>
    </message>
    <message>
        <source>&amp;Use the registered person</source>
        <translation>登録済みの方を使う(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo my change</source>
        <translation>変更を元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Keep both (different people)</source>
        <translation>両方残す（別の人）(&amp;K)</translation>
    </message>
    <message>
        <source>name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>ふりがな</translation>
    </message>
    <message>
        <source>profession</source>
        <translation>職種</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>department</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>job title</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>note</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>active</source>
        <translation>有効・無効</translation>
    </message>
</context>
<context>
    <name>PeopleService</name>
    <message>
        <source>A person needs a name.</source>
        <translation>関係者には氏名が必要です。</translation>
    </message>
    <message>
        <source>The person &quot;%1&quot; could not be added.</source>
        <translation>関係者「%1」を追加できませんでした。</translation>
    </message>
    <message>
        <source>The person &quot;%1&quot; could not be restored.</source>
        <translation>関係者「%1」を元に戻せませんでした。</translation>
    </message>
    <message>
        <source>The record has no id.</source>
        <translation>データに番号がありません。</translation>
    </message>
    <message>
        <source>The person &quot;%1&quot; could not be saved.</source>
        <translation>関係者「%1」を保存できませんでした。</translation>
    </message>
    <message>
        <source>The person could not be deleted.</source>
        <translation>関係者を削除できませんでした。</translation>
    </message>
</context>
<context>
    <name>PersonAttendanceModel</name>
    <message>
        <source>%1 (for %2)</source>
        <translation>%1（%2の代理）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>開催日</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>会議・研修会</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出欠</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Profession then</source>
        <translation>当時の職種</translation>
    </message>
    <message>
        <source>Organisation then</source>
        <translation>当時の所属</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>Act&amp;ive (shown in pick lists)</source>
        <translation>有効（選択肢に表示する）(&amp;I)</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>氏名(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Reading:</source>
        <translation>ふりがな(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Profession:</source>
        <translation>職種(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>所属(&amp;O):</translation>
    </message>
    <message>
        <source>Dep&amp;artment:</source>
        <translation>部署(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>役職(&amp;T):</translation>
    </message>
    <message>
        <source>Emai&amp;l:</source>
        <translation>メール(&amp;L):</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>電話番号(&amp;H):</translation>
    </message>
    <message>
        <source>Note&amp;s:</source>
        <translation>備考(&amp;S):</translation>
    </message>
    <message>
        <source>family and given name, e.g. 白﨑直樹</source>
        <translation>姓名（例：白﨑直樹）</translation>
    </message>
    <message>
        <source>in hiragana, for sorting (五十音順)</source>
        <translation>ひらがなで入力（五十音順の並べ替えに使います）</translation>
    </message>
    <message>
        <source>e.g. 地域連携センター</source>
        <translation>例：地域連携センター</translation>
    </message>
    <message>
        <source>e.g. センター長</source>
        <translation>例：センター長</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1（無効）</translation>
    </message>
</context>
<context>
    <name>PersonHistoryStore</name>
    <message>
        <source>The person&apos;s attendance could not be read.</source>
        <translation>この関係者の出欠を読み込めませんでした。</translation>
    </message>
    <message>
        <source>The person&apos;s lectures could not be read.</source>
        <translation>この関係者の講師歴を読み込めませんでした。</translation>
    </message>
    <message>
        <source>The person&apos;s memberships could not be read.</source>
        <translation>この関係者の委員歴を読み込めませんでした。</translation>
    </message>
</context>
<context>
    <name>PersonHistoryTabs</name>
    <message numerus="yes">
        <source>E&amp;vents attended (%n)</source>
        <translation>
            <numerusform>出席した会議・研修会（%n件）(&amp;V)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mem&amp;berships (%n)</source>
        <translation>
            <numerusform>委員歴（%n件）(&amp;B)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Le&amp;ctures (%n)</source>
        <translation>
            <numerusform>講師（%n件）(&amp;C)</numerusform>
        </translation>
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
    <name>PersonLectureModel</name>
    <message>
        <source>Date</source>
        <translation>開催日</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>会議・研修会</translation>
    </message>
    <message>
        <source>Programme item</source>
        <translation>演題</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
</context>
<context>
    <name>PersonListModel</name>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>ふりがな</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>職種</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
</context>
<context>
    <name>PersonMatchModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>PersonMembershipModel</name>
    <message>
        <source>Body</source>
        <translation>会議体</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>Representing</source>
        <translation>選出団体</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>任期</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Type part of a name or reading</source>
        <translation>氏名またはふりがなの一部を入力</translation>
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
        <translation>この関係者は、出欠・委員・プログラム（講師等）の記録で使われているため削除できません。削除せずに無効にしてください。</translation>
    </message>
    <message>
        <source>The person could not be deleted.</source>
        <translation>関係者を削除できませんでした。</translation>
    </message>
    <message>
        <source>The records that refer to the person could not be counted.</source>
        <translation>この関係者に関係する記録の件数を調べられませんでした。</translation>
    </message>
    <message>
        <source>The people could not be read.</source>
        <translation>関係者を読み込めませんでした。</translation>
    </message>
    <message>
        <source>The person is no longer in the database.</source>
        <translation>この関係者はデータベースにもうありません。</translation>
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
    <message>
        <source>The lecturers could not be read.</source>
        <translation>講師を読み込めませんでした。</translation>
    </message>
    <message>
        <source>The programme could not be read.</source>
        <translation>プログラムを読み込めませんでした。</translation>
    </message>
    <message>
        <source>The lectures could not be read.</source>
        <translation>講師歴を読み込めませんでした。</translation>
    </message>
    <message>
        <source>The lecturers of the event could not be read.</source>
        <translation>会議・研修会の講師を読み込めませんでした。</translation>
    </message>
</context>
<context>
    <name>ProgrammeTab</name>
    <message>
        <source>&amp;Add item</source>
        <translation>項目を追加(&amp;A)</translation>
    </message>
    <message>
        <source>Remo&amp;ve item</source>
        <translation>項目を削除(&amp;V)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上へ</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下へ(&amp;W)</translation>
    </message>
    <message>
        <source>Remove le&amp;cturer</source>
        <translation>講師を外す(&amp;C)</translation>
    </message>
    <message>
        <source>Programme items:</source>
        <translation>プログラム項目:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種別(&amp;K):</translation>
    </message>
    <message>
        <source>Tit&amp;le:</source>
        <translation>題名(&amp;L):</translation>
    </message>
    <message>
        <source>Lecturers:</source>
        <translation>講師:</translation>
    </message>
    <message>
        <source>Add lectu&amp;rer:</source>
        <translation>講師を追加(&amp;R):</translation>
    </message>
    <message>
        <source>name or reading; Enter adds, or creates a new person</source>
        <translation>氏名またはふりがな。Enterで追加（該当者がいなければ新規登録）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>%1. %2: %3</source>
        <translation>%1. %2: %3</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source> — %1</source>
        <translation>&#x3000;講師: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Edit programme item %1</source>
        <translation>プログラム項目「%1」の編集</translation>
    </message>
    <message>
        <source>Add programme item</source>
        <translation>プログラム項目の追加</translation>
    </message>
    <message>
        <source>Remove programme item %1</source>
        <translation>プログラム項目「%1」の削除</translation>
    </message>
    <message>
        <source>Move programme item</source>
        <translation>プログラム項目の並べ替え</translation>
    </message>
    <message>
        <source>Add lecturer %1</source>
        <translation>講師「%1」の追加</translation>
    </message>
    <message>
        <source>Remove lecturer</source>
        <translation>講師を外す</translation>
    </message>
</context>
<context>
    <name>QSQLiteResult</name>
    <message>
        <source>Unable to execute statement</source>
        <translation>ステートメントを実行できません</translation>
    </message>
    <message>
        <source>Unable to fetch row</source>
        <translation>レコードをフェッチできません</translation>
    </message>
</context>
<context>
    <name>RecordListModel</name>
    <message>
        <source>inactive</source>
        <translation>無効</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>複製(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>Search (kanji, kana, half-width all match)</source>
        <translation>検索（漢字・かな・半角カナのどれでも探せます）</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Output format: %1.</source>
        <translation>出力形式: %1。</translation>
    </message>
    <message>
        <source>-o FILE is required for %1.</source>
        <translation>%1 形式では -o で出力先のファイルを指定してください。</translation>
    </message>
    <message>
        <source>The fiscal year&apos;s activity report to the regional medical council (PDF, DOCX, ODT or HTML).</source>
        <translation>地域医療審議会への年度活動報告（PDF・DOCX・ODT・HTML）。</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use pdf, docx, odt or html.</source>
        <translation>「%1」という出力形式はありません。pdf、docx、odt、html のいずれかを指定してください。</translation>
    </message>
</context>
<context>
    <name>ReportHtml</name>
    <message>
        <source>%1 %2 activity report</source>
        <translation>%1 %2 活動報告</translation>
    </message>
    <message>
        <source>Secretariat: %1</source>
        <translation>事務局：%1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>%1&#x3000;御中</translation>
    </message>
    <message>
        <source>We report the activities of %1 in %2 as follows.</source>
        <translation>%2における%1の活動について、下記のとおり報告します。</translation>
    </message>
    <message>
        <source>Organisation of the council</source>
        <translation>推進体制</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>会議の開催状況</translation>
    </message>
    <message>
        <source>Trainings held</source>
        <translation>研修会の実施状況</translation>
    </message>
    <message>
        <source>Participants by profession</source>
        <translation>職種別参加者数</translation>
    </message>
    <message>
        <source>Participation by organisation</source>
        <translation>団体別参加状況</translation>
    </message>
    <message>
        <source>Comparison with the previous years</source>
        <translation>過去3年間の比較</translation>
    </message>
    <message>
        <source>Participants by profession (chart)</source>
        <translation>職種別参加者数（グラフ）</translation>
    </message>
    <message>
        <source>No bodies are registered.</source>
        <translation>会議体が登録されていません。</translation>
    </message>
    <message>
        <source>No members are registered.</source>
        <translation>委員が登録されていません。</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>所属団体・機関</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>職種</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>No meetings were held in this fiscal year.</source>
        <translation>本年度に開催した会議はありません。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>実施日</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>会議体</translation>
    </message>
    <message>
        <source>Agenda and summary</source>
        <translation>議題・概要</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>出席者数</translation>
    </message>
    <message>
        <source>No trainings were held in this fiscal year.</source>
        <translation>本年度に実施した研修会はありません。</translation>
    </message>
    <message>
        <source>Cases and mini lectures</source>
        <translation>事例内容・ミニレクチャー</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加者数</translation>
    </message>
    <message>
        <source>Lecturers</source>
        <translation>講師等</translation>
    </message>
    <message>
        <source>Participants exclude lecturers and secretariat staff; — means not recorded.</source>
        <translation>参加者数には講師・事務局を含みません。「—」は未記録です。</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Total participations</source>
        <translation>延べ人数</translation>
    </message>
    <message>
        <source>Distinct persons</source>
        <translation>実人数</translation>
    </message>
    <message>
        <source>By profession group</source>
        <translation>職種グループ別</translation>
    </message>
    <message>
        <source>Profession group</source>
        <translation>職種グループ</translation>
    </message>
    <message>
        <source>By profession</source>
        <translation>職種別</translation>
    </message>
    <message>
        <source>Distinct persons count named participants only; participants counted as a number cannot be told apart.</source>
        <translation>実人数は氏名の分かる参加者の人数です。人数のみ記録した参加者は区別できないため含みません。</translation>
    </message>
    <message>
        <source>No participation was recorded.</source>
        <translation>参加の記録はありません。</translation>
    </message>
    <message>
        <source>Date held</source>
        <translation>開催日</translation>
    </message>
    <message>
        <source>Meetings held (number)</source>
        <translation>会議の開催回数</translation>
    </message>
    <message>
        <source>Trainings held (number)</source>
        <translation>研修会の実施回数</translation>
    </message>
</context>
<context>
    <name>ReportReads</name>
    <message>
        <source>The events of the report could not be read.</source>
        <translation>報告に載せる会議・研修会を読み込めませんでした。</translation>
    </message>
    <message>
        <source>The programmes of the report&apos;s events could not be read.</source>
        <translation>報告に載せる研修内容を読み込めませんでした。</translation>
    </message>
    <message>
        <source>The members and lecturers of the report could not be read.</source>
        <translation>報告に載せる委員と講師を読み込めませんでした。</translation>
    </message>
    <message>
        <source>The organisations of the report could not be read.</source>
        <translation>報告に載せる団体・機関を読み込めませんでした。</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>The report could not be laid out.</source>
        <translation>報告書を作成できませんでした。</translation>
    </message>
    <message>
        <source>Cannot create “%1”: %2</source>
        <translation>「%1」を作成できません: %2</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>「%1」に書き込めません: %2</translation>
    </message>
    <message>
        <source>Cannot save “%1”: %2</source>
        <translation>「%1」を保存できません: %2</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Activity report to the regional medical council</source>
        <translation>年度活動報告（地域医療審議会への報告）</translation>
    </message>
    <message>
        <source>Reports and exports — %1</source>
        <translation>報告・出力 — %1</translation>
    </message>
    <message>
        <source>Saved %1 in &lt;a href=&quot;%2&quot;&gt;%3&lt;/a&gt;.</source>
        <translation>%1 を &lt;a href=&quot;%2&quot;&gt;%3&lt;/a&gt; に保存しました。</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>報告・出力</translation>
    </message>
    <message>
        <source>Participant counts for spreadsheets</source>
        <translation>参加者数（表計算ソフト用）</translation>
    </message>
    <message>
        <source>Reports and exports</source>
        <translation>報告・出力</translation>
    </message>
</context>
<context>
    <name>RosterDelegate</name>
    <message>
        <source>who came instead</source>
        <translation>代わりに出席した人</translation>
    </message>
    <message>
        <source>who came instead (no names offered: %1)</source>
        <translation>代わりに出席した人（候補を表示できません：%1）</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <source>Member of the organising body; attendance not entered yet</source>
        <translation>主催会議体の委員です（出欠未入力）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>職種</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>出欠</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Substitute</source>
        <translation>代理出席者</translation>
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
    <name>SaveLocation</name>
    <message>
        <source>Saved %1 in %2.</source>
        <translation>%1 を %2 に保存しました。</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>The tables of the database could not be read.</source>
        <translation>データベースの表を読み込めませんでした。</translation>
    </message>
    <message>
        <source>The table %1 is missing.</source>
        <translation>表 %1 がありません。</translation>
    </message>
    <message>
        <source>The table %1 lacks the column %2.</source>
        <translation>表 %1 に列 %2 がありません。</translation>
    </message>
    <message>
        <source>The table %1 has a column %2 that Renkei does not know.</source>
        <translation>表 %1 に、Renkei が使わない列 %2 があります。</translation>
    </message>
    <message>
        <source>The table %1 is not one of Renkei&apos;s.</source>
        <translation>表 %1 は Renkei の表ではありません。</translation>
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
    <name>Session</name>
    <message>
        <source>&quot;%1&quot; could not be redone; nothing was changed and the step stays.</source>
        <translation>「%1」をやり直せませんでした。何も変更していません。操作はそのまま残っています。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be undone; nothing was changed and the step stays.</source>
        <translation>「%1」を元に戻せませんでした。何も変更していません。操作はそのまま残っています。</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>やり直しました：%1</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>元に戻しました：%1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Council (stored in the file)</source>
        <translation>協議会（ファイルに保存）</translation>
    </message>
    <message>
        <source>Display language (this computer)</source>
        <translation>表示言語（このパソコン）</translation>
    </message>
    <message>
        <source>Code lists</source>
        <translation>選択肢の一覧</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1の変更</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
</context>
<context>
    <name>SettingsService</name>
    <message>
        <source>The setting could not be saved.</source>
        <translation>設定を保存できませんでした。</translation>
    </message>
</context>
<context>
    <name>SettingsStore</name>
    <message>
        <source>The setting could not be saved.</source>
        <translation>設定を保存できませんでした。</translation>
    </message>
    <message>
        <source>The council&apos;s settings could not be read.</source>
        <translation>協議会の設定を読み込めませんでした。</translation>
    </message>
</context>
<context>
    <name>SignInSheet</name>
    <message>
        <source>The event no longer exists.</source>
        <translation>対象の会議・研修会が見つかりません。</translation>
    </message>
    <message>
        <source>The sign-in sheet could not be drawn.</source>
        <translation>出席簿を作成できませんでした。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; could not be written.</source>
        <translation>ファイル「%1」に書き込めませんでした。</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>出席簿</translation>
    </message>
    <message>
        <source>There is no event with the id %1.</source>
        <translation>ID %1 の会議・研修会はありません。</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>日時：%1</translation>
    </message>
    <message>
        <source>Venue: %1</source>
        <translation>会場：%1</translation>
    </message>
    <message>
        <source>Organiser: %1</source>
        <translation>主催：%1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>職種</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>If attending for a member:
name</source>
        <translation>代理出席の場合
氏名</translation>
    </message>
    <message>
        <source>Walk-ins: if your name is not listed above, please write it below</source>
        <translation>当日参加：上記に名前のない方は、以下にご記入ください</translation>
    </message>
    <message>
        <source>Printed: %1</source>
        <translation>作成日：%1</translation>
    </message>
</context>
<context>
    <name>SignInSheetButton</name>
    <message>
        <source>Print sign-in sheet…</source>
        <translation>出席簿を印刷…</translation>
    </message>
    <message>
        <source>The sheet participants sign at the door, in the order of the roster</source>
        <translation>受付で参加者が署名する出席簿（名簿と同じ順）</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>PDFとして保存(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>出席簿</translation>
    </message>
    <message>
        <source>Save the sign-in sheet as PDF</source>
        <translation>出席簿をPDFで保存</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDFファイル (*.pdf)</translation>
    </message>
</context>
<context>
    <name>SignInSheetCommand</name>
    <message>
        <source>The printable sign-in sheet (出席簿) of an event, as PDF.</source>
        <translation>会議・研修会の出席簿（印刷用）をPDFで出力します。</translation>
    </message>
    <message>
        <source>The event&apos;s id.</source>
        <translation>会議・研修会のID。</translation>
    </message>
    <message>
        <source>--event needs the id of an event (a positive number).</source>
        <translation>--event には会議・研修会のID（正の整数）を指定してください。</translation>
    </message>
    <message>
        <source>-o FILE.pdf is required.</source>
        <translation>-o FILE.pdf を指定してください。</translation>
    </message>
</context>
<context>
    <name>SourceTable</name>
    <message>
        <source>%1, sheet “%2”</source>
        <extracomment>A file and one of its sheets: &quot;members.xlsx, sheet “名簿”&quot;.</extracomment>
        <translation>%1 のシート「%2」</translation>
    </message>
    <message>
        <source>Excel, sheet “%1”</source>
        <translation>Excel のシート「%1」</translation>
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
<context>
    <name>UndoText</name>
    <message>
        <source>details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Change of %1 (%2)</source>
        <comment>the field, the record</comment>
        <translation>%1の変更（%2）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>what changed, the event</comment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Renkei</source>
        <translation>Renkei へようこそ</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Renkei&lt;/h2&gt;&lt;p&gt;Renkei keeps your council&apos;s meetings, trainings, attendance and members in one file. How would you like to start?&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Renkei へようこそ&lt;/h2&gt;&lt;p&gt;Renkei は、協議会の会議・研修会・出欠・委員を一つのファイルで管理します。どのように始めますか？&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Create our council&apos;s database</source>
        <translation>自分たちの協議会のデータベースを作成(&amp;C)</translation>
    </message>
    <message>
        <source>Start with an empty file for your own council. You enter the council&apos;s name once; people, organisations and events are added as you go.</source>
        <translation>自分たちの協議会用に、空のファイルから始めます。協議会名は最初に一度だけ入力します。関係者・団体・機関・行事は使いながら追加していきます。</translation>
    </message>
    <message>
        <source>&amp;Open an existing file...</source>
        <translation>お持ちのファイルを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>A Renkei file you or a colleague already keep.</source>
        <translation>ご自分や同じ職場の方がすでに使っている Renkei のファイルです。</translation>
    </message>
    <message>
        <source>Look at the &amp;Kaga City sample</source>
        <translation>加賀市のサンプルを見る(&amp;K)</translation>
    </message>
    <message>
        <source>A sample council to try Renkei with. It is kept in a file of its own and is never mixed with your council&apos;s data.</source>
        <translation>Renkei を試すためのサンプルの協議会です。専用のファイルに保存され、自分たちの協議会のデータと混ざることはありません。</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Our council&lt;/h3&gt;&lt;p&gt;These appear on the reports. You can change them later under Settings.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;協議会の情報&lt;/h3&gt;&lt;p&gt;報告書に記載されます。あとから「設定」で変更できます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Bro&amp;wse...</source>
        <translation>参照(&amp;W)…</translation>
    </message>
    <message>
        <source>Save in &amp;file:</source>
        <translation>保存先のファイル(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>戻る(&amp;B)</translation>
    </message>
    <message>
        <source>Create &amp;database</source>
        <translation>データベースを作成(&amp;D)</translation>
    </message>
    <message>
        <source>Save the council&apos;s database as</source>
        <translation>協議会のデータベースの保存先</translation>
    </message>
    <message>
        <source>Enter the council&apos;s name: it is the title of every report.</source>
        <translation>協議会名を入力してください。すべての報告書の表題になります。</translation>
    </message>
    <message>
        <source>Choose the file to keep the council&apos;s data in.</source>
        <translation>協議会のデータを保存するファイルを選んでください。</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>データベースを開く</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>ファイル「%1」が見つかりません。</translation>
    </message>
    <message>
        <source>The file “%1” is an old Excel workbook (.xls) or a password-protected one. Open it in Excel and save it as “Excel Workbook (.xlsx)” or as CSV.</source>
        <translation>ファイル「%1」は古い形式（.xls）かパスワード付きの Excel ブックです。Excel で開き、「Excel ブック（.xlsx）」か CSV で保存し直してください。</translation>
    </message>
    <message>
        <source>The file “%1” is not a readable Excel workbook (.xlsx): its zip archive is damaged or incomplete.</source>
        <translation>ファイル「%1」は読める Excel ブック（.xlsx）ではありません。ファイルが壊れているか、途中までしかありません。</translation>
    </message>
    <message>
        <source>The file “%1” is a zip archive but not an Excel workbook (.xlsx): it has no workbook part.</source>
        <translation>ファイル「%1」は圧縮ファイルですが、Excel ブック（.xlsx）ではありません。</translation>
    </message>
    <message>
        <source>%1: the workbook names the sheet “%2”, but the file does not hold it.</source>
        <translation>%1：ブックにあるはずのシート「%2」が見つかりません。ファイルが壊れています。</translation>
    </message>
    <message>
        <source>%1: the part “%2” is not valid XML (line %3, column %4: %5); the file is damaged.</source>
        <translation>%1：「%2」の内容が正しくありません（%3行%4文字目：%5）。ファイルが壊れています。</translation>
    </message>
    <message>
        <source>%1: the workbook has no sheets.</source>
        <translation>%1：ブックにシートがありません。</translation>
    </message>
    <message>
        <source>the shared string %1 does not exist</source>
        <translation>ブック内の文字列 %1 がありません</translation>
    </message>
    <message>
        <source>“%1” is marked as a number but is not one</source>
        <translation>「%1」は数値のはずですが数値ではありません</translation>
    </message>
    <message>
        <source>%1: there is no sheet “%2”. Sheets: %3.</source>
        <translation>%1：シート「%2」はありません。シート：%3。</translation>
    </message>
    <message>
        <source>%1, sheet “%2”: the sheet cannot be read; the file is damaged (%3).</source>
        <translation>%1 のシート「%2」：シートを読めません。ファイルが壊れています（%3）。</translation>
    </message>
    <message>
        <source>%1, sheet “%2”, row %3: “%4” is not a cell reference; the file is damaged.</source>
        <translation>%1 のシート「%2」%3行目：「%4」はセル番地ではありません。ファイルが壊れています。</translation>
    </message>
    <message>
        <source>%1, sheet “%2”, row %3, column %4: %5.</source>
        <translation>%1 のシート「%2」%3行目 %4列：%5。</translation>
    </message>
    <message>
        <source>%1, sheet “%2”: the sheet is not valid XML (line %3, column %4: %5); the file is damaged.</source>
        <translation>%1 のシート「%2」：シートの内容が正しくありません（%3行%4文字目：%5）。ファイルが壊れています。</translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <source>The Excel workbook could not be made.</source>
        <translation>Excelファイルを作成できませんでした。</translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message>
        <source>%1: the part “%2” is missing from the workbook.</source>
        <translation>%1：ブックに「%2」がありません。</translation>
    </message>
    <message>
        <source>%1: the part “%2” cannot be unpacked; the file is damaged.</source>
        <translation>%1：「%2」を読み出せません。ファイルが壊れています。</translation>
    </message>
    <message>
        <source>%1: the part “%2” is too large to be read.</source>
        <translation>%1：「%2」が大きすぎて読めません。</translation>
    </message>
    <message>
        <source>%1: the part “%2” is damaged (error %3).</source>
        <translation>%1：「%2」が壊れています（番号 %3）。</translation>
    </message>
</context>
</TS>
