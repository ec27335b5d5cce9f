#include "text/TextCodec.h"
#include "util/TestEnvironment.h"

#include <QtTest>

// Files from other offices arrive as UTF-8 (with or without BOM) or CP932; the codec must
// read both and must never lose a character silently in either direction.
class TestTextCodec : public QObject
{
    Q_OBJECT

private slots:
    void decode_data();
    void decode();
    void decodeInvalid_data();
    void decodeInvalid();
    void encodeCp932_data();
    void encodeCp932();
    void encodeUtf8();
    void encodeUnrepresentable_data();
    void encodeUnrepresentable();
    void cp932RoundTrip();
    void encodingNames();
};

void TestTextCodec::decode_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("encoding");
    QTest::addColumn<bool>("hadBom");

    const int utf8 = int(TextCodec::Encoding::Utf8);
    const int cp932 = int(TextCodec::Encoding::Cp932);
    QTest::addRow("empty") << QByteArray() << QString() << utf8 << false;
    QTest::addRow("ascii") << QByteArray("a,b\r\n") << QStringLiteral("a,b\r\n") << utf8 << false;
    QTest::addRow("utf-8 without BOM")
        << QByteArray("\xE7\x99\xBD\xEF\xA8\x91") << QStringLiteral("白\uFA11") << utf8 << false;
    QTest::addRow("utf-8 with BOM") << QByteArray("\xEF\xBB\xBF\xE7\x99\xBD") << QStringLiteral("白") << utf8
                                    << true;
    QTest::addRow("BOM only") << QByteArray("\xEF\xBB\xBF") << QString() << utf8 << true;
    QTest::addRow("utf-8 emoji") << QByteArray("\xF0\x9F\x99\x82") << QStringLiteral("🙂") << utf8 << false;
    // 白 = 0x9492, 﨑 = 0xFAB1 (IBM extension), 直樹 = 0x92BC 0x8EF7
    QTest::addRow("cp932 白﨑直樹") << QByteArray("\x94\x92\xFA\xB1\x92\xBC\x8E\xF7")
                                    << QStringLiteral("白\uFA11直樹") << cp932 << false;
    QTest::addRow("cp932 NEC-selected 﨑 0xED95")
        << QByteArray("\xED\x95") << QStringLiteral("\uFA11") << cp932 << false;
    QTest::addRow("cp932 ① (NEC special 0x8740)")
        << QByteArray("\x87\x40") << QStringLiteral("①") << cp932 << false;
    QTest::addRow("cp932 髙 (IBM extension 0xFBFC)")
        << QByteArray("\xFB\xFC\x8B\xB4") << QStringLiteral("髙橋") << cp932 << false;
    QTest::addRow("cp932 half-width kana")
        << QByteArray("\xBC\xD7\xBB\xB7") << QStringLiteral("ｼﾗｻｷ") << cp932 << false;
    QTest::addRow("cp932 backslash and tilde are ASCII")
        << QByteArray("\x81\x60\x5C\x7E") << QStringLiteral("～\\~") << cp932 << false;
    QTest::addRow("cp932 with CRLF") << QByteArray("\x83\x41,1\r\n\x83\x43,2\r\n")
                                     << QStringLiteral("ア,1\r\nイ,2\r\n") << cp932 << false;
}

void TestTextCodec::decode()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QFETCH(int, encoding);
    QFETCH(bool, hadBom);
    QString error;
    const std::optional<TextCodec::Decoded> decoded = TextCodec::decode(bytes, &error);
    QVERIFY2(decoded.has_value(), qPrintable(error));
    QCOMPARE(decoded->text, text);
    QCOMPARE(int(decoded->encoding), encoding);
    QCOMPARE(decoded->hadBom, hadBom);
}

void TestTextCodec::decodeInvalid_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("mustMention");

    // 0x80 is neither UTF-8 nor CP932.
    QTest::addRow("stray 0x80 on line 2")
        << QByteArray("abc\n\x83\x41\x80xyz")
        << QStringList{QStringLiteral("offset 6"), QStringLiteral("line 2"), QStringLiteral("80")};
    // A lead byte followed by a byte that cannot trail (0x7F).
    QTest::addRow("bad trail byte") << QByteArray("\x83\x7F")
                                    << QStringList{QStringLiteral("offset 0"), QStringLiteral("line 1")};
    QTest::addRow("truncated at end")
        << QByteArray("a\nb\nc\x83") << QStringList{QStringLiteral("offset 5"), QStringLiteral("line 3")};
    QTest::addRow("BOM then invalid UTF-8")
        << QByteArray("\xEF\xBB\xBF"
                      "ab\n\x94\x92")
        << QStringList{QStringLiteral("UTF-8"), QStringLiteral("offset 6"), QStringLiteral("line 2")};
    QTest::addRow("UTF-16") << QByteArray("\xFF\xFE"
                                          "a\0",
                                          4)
                            << QStringList{QStringLiteral("UTF-16")};
}

void TestTextCodec::decodeInvalid()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, mustMention);
    QString error;
    QVERIFY(!TextCodec::decode(bytes, &error).has_value());
    for (const QString& part : mustMention)
        QVERIFY2(error.contains(part), qPrintable(error + QStringLiteral(" / missing: ") + part));
    QVERIFY(!TextCodec::decode(bytes, nullptr).has_value()); // a null error pointer is fine
}

void TestTextCodec::encodeCp932_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addRow("ascii") << QStringLiteral("a,1\r\n") << QByteArray("a,1\r\n");
    QTest::addRow("白﨑 uses the IBM extension 0xFAB1")
        << QStringLiteral("白\uFA11") << QByteArray("\x94\x92\xFA\xB1");
    QTest::addRow("髙 uses the IBM extension 0xFBFC") << QStringLiteral("髙") << QByteArray("\xFB\xFC");
    QTest::addRow("①") << QStringLiteral("①") << QByteArray("\x87\x40");
    QTest::addRow("half-width kana") << QStringLiteral("ｼﾗｻｷ") << QByteArray("\xBC\xD7\xBB\xB7");
    // JIS-form twins become their CP932 form (the "wave dash problem").
    QTest::addRow("wave dash U+301C") << QStringLiteral("〜") << QByteArray("\x81\x60");
    QTest::addRow("minus sign U+2212") << QStringLiteral("−") << QByteArray("\x81\x7C");
    QTest::addRow("yen sign U+00A5") << QStringLiteral("¥") << QByteArray("\x81\x8F");
    QTest::addRow("no-break space") << QStringLiteral("a\u00A0b") << QByteArray("a b");
}

void TestTextCodec::encodeCp932()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, bytes);
    QString error;
    const std::optional<QByteArray> encoded =
        TextCodec::encode(text, TextCodec::Encoding::Cp932, true, &error);
    QVERIFY2(encoded.has_value(), qPrintable(error));
    QCOMPARE(*encoded, bytes); // never a BOM in CP932
}

void TestTextCodec::encodeUtf8()
{
    QString error;
    const QString text = QStringLiteral("白\uFA11🙂\n");
    const std::optional<QByteArray> withBom =
        TextCodec::encode(text, TextCodec::Encoding::Utf8, true, &error);
    QVERIFY2(withBom.has_value(), qPrintable(error));
    QCOMPARE(*withBom, QByteArray("\xEF\xBB\xBF") + text.toUtf8());
    const std::optional<QByteArray> without =
        TextCodec::encode(text, TextCodec::Encoding::Utf8, false, &error);
    QVERIFY(without.has_value());
    QCOMPARE(*without, text.toUtf8());

    const std::optional<TextCodec::Decoded> back = TextCodec::decode(*withBom, &error);
    QVERIFY(back.has_value());
    QCOMPARE(back->text, text);
    QVERIFY(back->hadBom);

    // A lone surrogate is not text; UTF-8 cannot hold it either.
    QString broken = QStringLiteral("ab\ncd");
    broken.append(QChar(0xD83D));
    QVERIFY(!TextCodec::encode(broken, TextCodec::Encoding::Utf8, false, &error).has_value());
    QVERIFY2(error.contains(QStringLiteral("D83D")) && error.contains(QStringLiteral("2")),
             qPrintable(error));
}

void TestTextCodec::encodeUnrepresentable_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("character");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addRow("emoji") << QStringLiteral("白﨑🙂") << QStringLiteral("🙂") << 1 << 3;
    QTest::addRow("snowman on line 3") << QStringLiteral("a\nb\n白い☃です") << QStringLiteral("☃") << 3 << 3;
    QTest::addRow("after an emoji counts one column")
        << QStringLiteral("x\n🙂") << QStringLiteral("🙂") << 2 << 1;
    QTest::addRow("hangul") << QStringLiteral("名前,한국") << QStringLiteral("한") << 1 << 4;
}

void TestTextCodec::encodeUnrepresentable()
{
    QFETCH(QString, text);
    QFETCH(QString, character);
    QFETCH(int, line);
    QFETCH(int, column);
    QString error;
    QVERIFY(!TextCodec::encode(text, TextCodec::Encoding::Cp932, false, &error).has_value());
    QVERIFY2(error.contains(character), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("line %1").arg(line)), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("column %1").arg(column)), qPrintable(error));
    QVERIFY2(error.contains(TextCodec::encodingName(TextCodec::Encoding::Cp932)), qPrintable(error));
}

void TestTextCodec::cp932RoundTrip()
{
    const QString text = QStringLiteral("白\uFA11直樹,髙橋,①②,ｼﾗｻｷ,～,\\,~\r\n加賀市医療センター");
    QString error;
    const std::optional<QByteArray> bytes =
        TextCodec::encode(text, TextCodec::Encoding::Cp932, false, &error);
    QVERIFY2(bytes.has_value(), qPrintable(error));
    const std::optional<TextCodec::Decoded> back = TextCodec::decode(*bytes, &error);
    QVERIFY2(back.has_value(), qPrintable(error));
    QCOMPARE(back->encoding, TextCodec::Encoding::Cp932);
    QCOMPARE(back->text, text);
}

void TestTextCodec::encodingNames()
{
    QCOMPARE(TextCodec::encodingName(TextCodec::Encoding::Utf8), QStringLiteral("UTF-8"));
    QCOMPARE(TextCodec::encodingName(TextCodec::Encoding::Cp932), QStringLiteral("CP932 (Shift_JIS)"));
    QCOMPARE(QByteArray(TextCodec::cp932ConverterName()), QByteArray("ibm-943_P15A-2003"));
}

RENKEI_TEST_MAIN(TestTextCodec)

#include "TestTextCodec.moc"
