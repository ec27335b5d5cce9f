#include "text/TextFolding.h"
#include "util/TestEnvironment.h"

#include <QtTest>

#include <algorithm>

// Search, duplicate detection and 五十音順 sorting must treat the many ways a Japanese
// name is typed as the same, without depending on the system locale.
class TestTextFolding : public QObject
{
    Q_OBJECT

private slots:
    void fold_data();
    void fold();
    void searchFindsPerson_data();
    void searchFindsPerson();
    void searchDoesNotCrossFields();
    void sameKey_data();
    void sameKey();
    void differentKey_data();
    void differentKey();
    void nfkcKeepsUnifiedCompatibilityIdeograph();
    void variantTableIsConsistent();
    void sortByReading();
    void sortKeyLevels_data();
    void sortKeyLevels();
    void collatorCompare_data();
    void collatorCompare();
};

void TestTextFolding::fold_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::addRow("half-width kana") << QStringLiteral("ｼﾗｻｷ") << QStringLiteral("しらさき");
    QTest::addRow("half-width voiced kana") << QStringLiteral("ｶﾞｯｺｳ") << QStringLiteral("がっこう");
    QTest::addRow("katakana") << QStringLiteral("シラサキ") << QStringLiteral("しらさき");
    QTest::addRow("vu") << QStringLiteral("ヴ") << QStringLiteral("ゔ");
    QTest::addRow("long vowel kept") << QStringLiteral("ケアマネージャー")
                                     << QStringLiteral("けあまねーじゃー");
    QTest::addRow("half-width long vowel")
        << QStringLiteral("ｹｱﾏﾈｰｼﾞｬｰ") << QStringLiteral("けあまねーじゃー");
    QTest::addRow("hyphen after kana is a long vowel")
        << QStringLiteral("ケアマネ-ジャ－") << QStringLiteral("けあまねーじゃー");
    QTest::addRow("full-width latin") << QStringLiteral("ＡＢＣ") << QStringLiteral("abc");
    QTest::addRow("full-width digits") << QStringLiteral("１２３") << QStringLiteral("123");
    QTest::addRow("upper case") << QStringLiteral("KMC Hall") << QStringLiteral("kmchall");
    QTest::addRow("ideographic space") << QStringLiteral("白﨑\u3000直樹") << QStringLiteral("白崎直樹");
    QTest::addRow("tabs and newlines") << QStringLiteral(" 白崎\t直樹\n") << QStringLiteral("白崎直樹");
    QTest::addRow("middle dot") << QStringLiteral("ジョン・スミス") << QStringLiteral("じょんすみす");
    QTest::addRow("half-width middle dot") << QStringLiteral("ｼﾞｮﾝ･ｽﾐｽ") << QStringLiteral("じょんすみす");
    QTest::addRow("phone number hyphens") << QStringLiteral("0761－72－1234") << QStringLiteral("0761721234");
    QTest::addRow("zero-width space") << QStringLiteral("白\u200B崎") << QStringLiteral("白崎");
    QTest::addRow("variation selector") << QStringLiteral("辻\U000E0100村") << QStringLiteral("辻村");
    QTest::addRow("spacing dakuten recomposed") << QStringLiteral("か゛") << QStringLiteral("が");
    QTest::addRow("small ke in place names") << QStringLiteral("霞ヶ関") << QStringLiteral("霞け関");
    QTest::addRow("circled digit") << QStringLiteral("①") << QStringLiteral("1");
    QTest::addRow("tsuchi-yoshi") << QStringLiteral("\U00020BB7田") << QStringLiteral("吉田");
    QTest::addRow("empty") << QString() << QString();
}

void TestTextFolding::fold()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(TextFolding::fold(input), expected);
}

void TestTextFolding::searchFindsPerson_data()
{
    QTest::addColumn<QString>("needle");
    QTest::addRow("kanji as typed") << QStringLiteral("白崎");
    QTest::addRow("kanji as in the seed") << QStringLiteral("白﨑");
    QTest::addRow("full name with space") << QStringLiteral("白﨑 直樹");
    QTest::addRow("full name with ideographic space") << QStringLiteral("白崎　直樹");
    QTest::addRow("given name") << QStringLiteral("直樹");
    QTest::addRow("hiragana") << QStringLiteral("しらさき");
    QTest::addRow("katakana") << QStringLiteral("シラサキ");
    QTest::addRow("half-width katakana") << QStringLiteral("ｼﾗｻｷ");
    QTest::addRow("full reading with space") << QStringLiteral("しらさき なおき");
    QTest::addRow("reading of given name") << QStringLiteral("ナオキ");
    QTest::addRow("empty needle") << QString();
}

void TestTextFolding::searchFindsPerson()
{
    QFETCH(QString, needle);
    const QString key =
        TextFolding::searchKey({QStringLiteral("白﨑直樹"), QStringLiteral("しらさき なおき")});
    QVERIFY2(TextFolding::matches(key, needle), qPrintable(key));
}

void TestTextFolding::searchDoesNotCrossFields()
{
    // The end of the name and the start of the reading must not form a match.
    const QString key =
        TextFolding::searchKey({QStringLiteral("白﨑直樹"), QStringLiteral("しらさき なおき")});
    QVERIFY(!TextFolding::matches(key, QStringLiteral("直樹しら")));
    QVERIFY(!TextFolding::matches(key, QStringLiteral("長谷川")));
    QVERIFY(!TextFolding::fold(QStringLiteral("a\x1f b")).contains(TextFolding::searchKeySeparator()));
}

void TestTextFolding::sameKey_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addRow("髙橋=高橋") << QStringLiteral("髙橋") << QStringLiteral("高橋");
    QTest::addRow("渡邊=渡辺") << QStringLiteral("渡邊") << QStringLiteral("渡辺");
    QTest::addRow("渡邉=渡辺") << QStringLiteral("渡邉") << QStringLiteral("渡辺");
    QTest::addRow("齋藤=斎藤") << QStringLiteral("齋藤") << QStringLiteral("斎藤");
    QTest::addRow("齊藤=斎藤") << QStringLiteral("齊藤") << QStringLiteral("斎藤");
    QTest::addRow("斉藤=斎藤") << QStringLiteral("斉藤") << QStringLiteral("斎藤");
    QTest::addRow("﨑=崎") << QStringLiteral("白\uFA11") << QStringLiteral("白崎");
    QTest::addRow("嵜=崎") << QStringLiteral("山嵜") << QStringLiteral("山崎");
    QTest::addRow("濱田=浜田") << QStringLiteral("濱田") << QStringLiteral("浜田");
    QTest::addRow("嶋=島") << QStringLiteral("中嶋") << QStringLiteral("中島");
    QTest::addRow("澤=沢") << QStringLiteral("小澤") << QStringLiteral("小沢");
    QTest::addRow("ＡＢＣ=abc") << QStringLiteral("ＡＢＣ") << QStringLiteral("abc");
    QTest::addRow("compat 塚 (NFKC)") << QStringLiteral("大\uFA10") << QStringLiteral("大塚");
    QTest::addRow("hiragana=katakana=half-width") << QStringLiteral("しらさき") << QStringLiteral("ｼﾗｻｷ");
}

void TestTextFolding::sameKey()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QCOMPARE(TextFolding::fold(a), TextFolding::fold(b));
}

void TestTextFolding::differentKey_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    // Distinct names stay distinct.
    QTest::addRow("龍≠竜") << QStringLiteral("龍") << QStringLiteral("竜");
    QTest::addRow("dakuten matters") << QStringLiteral("はば") << QStringLiteral("ばば");
    QTest::addRow("long vowel matters") << QStringLiteral("おの") << QStringLiteral("おーの");
    QTest::addRow("small kana matters") << QStringLiteral("きよう") << QStringLiteral("きょう");
}

void TestTextFolding::differentKey()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QVERIFY(TextFolding::fold(a) != TextFolding::fold(b));
}

void TestTextFolding::nfkcKeepsUnifiedCompatibilityIdeograph()
{
    // U+FA11 is one of the twelve "unified" ideographs in the compatibility block: it has
    // no decomposition, so NFKC keeps it and only the variant table folds it.
    const QString saki = QStringLiteral("\uFA11");
    QCOMPARE(saki.normalized(QString::NormalizationForm_KC), saki);
    QCOMPARE(TextFolding::fold(saki), QStringLiteral("崎"));
    // U+FA10 (塚) does decompose.
    QCOMPARE(QStringLiteral("\uFA10").normalized(QString::NormalizationForm_KC), QStringLiteral("塚"));
}

void TestTextFolding::variantTableIsConsistent()
{
    const QList<TextFolding::Variant> variants = TextFolding::variants();
    QVERIFY(variants.size() >= 30);
    for (const TextFolding::Variant& v : variants) {
        const QString variant = QString::fromUcs4(&v.variant, 1);
        const QString common = QString::fromUcs4(&v.common, 1);
        QVERIFY2(variant != common, qPrintable(variant));
        // The common form is itself stable, and the variant folds to it (so table entries
        // are NFKC-stable, otherwise they would never be hit).
        QCOMPARE(TextFolding::fold(common), common);
        QCOMPARE(TextFolding::fold(variant), common);
        for (const TextFolding::Variant& other : variants)
            QVERIFY2(other.variant != v.common, qPrintable(common + QStringLiteral(" is also a variant")));
    }
}

void TestTextFolding::sortByReading()
{
    struct Person
    {
        QString reading;
        QString name;
    };
    // Shuffled input; expected 五十音順: readings first (dakuten and small kana after the
    // plain kana only as a tie-break), people without a reading last.
    const QList<Person> expected = {
        {QStringLiteral("あべ"), QStringLiteral("阿部")},
        {QStringLiteral("いとう"), QStringLiteral("伊藤")},
        {QStringLiteral("ｶﾄｳ"), QStringLiteral("加藤")},
        {QStringLiteral("サーカス"), QStringLiteral("サーカス")},
        {QStringLiteral("さいとう"), QStringLiteral("齋藤")},
        {QStringLiteral("さとう"), QStringLiteral("佐藤")},
        {QStringLiteral("しらさき なおき"), QStringLiteral("白﨑直樹")},
        {QStringLiteral("タナカ"), QStringLiteral("田中")},
        {QStringLiteral("はしもと"), QStringLiteral("橋本")},
        {QStringLiteral("はせがわ ひでひろ"), QStringLiteral("長谷川英裕")},
        {QStringLiteral("ばば"), QStringLiteral("馬場")},
        {QStringLiteral("ひらの"), QStringLiteral("平野")},
        {QStringLiteral("わたなべ"), QStringLiteral("渡邊")},
        {QString(), QStringLiteral("やまもと")},
        {QString(), QStringLiteral("山本")},
    };
    QList<Person> people = expected;
    std::reverse(people.begin(), people.end());
    std::swap(people[2], people[9]);
    std::sort(people.begin(), people.end(), [](const Person& a, const Person& b) {
        return TextFolding::compareByReading(a.reading, a.name, b.reading, b.name) < 0;
    });
    QStringList got;
    QStringList want;
    for (const Person& p : people)
        got << p.name;
    for (const Person& p : expected)
        want << p.name;
    QCOMPARE(got, want);

    // The same order by plain comparison of stored sort keys (SQL ORDER BY).
    QStringList keys;
    for (const Person& p : expected)
        keys << TextFolding::sortKey(p.reading, p.name);
    QStringList sorted = keys;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(sorted, keys);
}

void TestTextFolding::sortKeyLevels_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addRow("prefix first") << QStringLiteral("かな") << QStringLiteral("かなえ");
    QTest::addRow("plain before voiced") << QStringLiteral("はは") << QStringLiteral("ばば");
    QTest::addRow("voiced only breaks ties") << QStringLiteral("がか") << QStringLiteral("かき");
    QTest::addRow("small only breaks ties") << QStringLiteral("きょうこ") << QStringLiteral("きよこ");
    QTest::addRow("long vowel is its vowel") << QStringLiteral("コーヒー") << QStringLiteral("こおり");
    QTest::addRow("ん last") << QStringLiteral("わたなべ") << QStringLiteral("んじゃめな");
}

void TestTextFolding::sortKeyLevels()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    QVERIFY2(TextFolding::sortKey(first, QString()) < TextFolding::sortKey(second, QString()),
             qPrintable(first + u' ' + second));
}

void TestTextFolding::collatorCompare_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("sign");
    QTest::addRow("あ<い") << QStringLiteral("あ") << QStringLiteral("い") << -1;
    QTest::addRow("katakana in kana order") << QStringLiteral("カトウ") << QStringLiteral("さとう") << -1;
    QTest::addRow("か<が") << QStringLiteral("か") << QStringLiteral("が") << -1;
    QTest::addRow("がか<かき") << QStringLiteral("がか") << QStringLiteral("かき") << -1;
    QTest::addRow("equal") << QStringLiteral("しらさき") << QStringLiteral("しらさき") << 0;
    QTest::addRow("latin case-insensitive first") << QStringLiteral("abc") << QStringLiteral("ABD") << -1;
    QTest::addRow("greater") << QStringLiteral("わ") << QStringLiteral("あ") << 1;
}

void TestTextFolding::collatorCompare()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, sign);
    QCOMPARE(TextFolding::compare(a, b), sign);
    QCOMPARE(TextFolding::compare(b, a), -sign);
}

RENKEI_TEST_MAIN(TestTextFolding)

#include "TestTextFolding.moc"
