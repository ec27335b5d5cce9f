#include "csv/CsvReader.h"
#include "csv/CsvWriter.h"
#include "util/TestEnvironment.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using Rows = QList<QStringList>;
Q_DECLARE_METATYPE(Rows)

// CSV is how participant lists come in from Excel and how counts go back out; parsing must
// be exact, errors must point at the place, and output must be safe to open in Excel.
class TestCsv : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void parseErrors_data();
    void parseErrors();
    void escapeField_data();
    void escapeField();
    void neutraliseFormula_data();
    void neutraliseFormula();
    void addRowTypes();
    void writerOutputParsesBack();
    void fileRoundTrip_data();
    void fileRoundTrip();
    void writeUnrepresentableLeavesNoFile();
    void writeIntoReadOnlyDirectory();
    void writeWhereParentIsAFile();
    void writeReplacesExistingFileWhole();
    void readFileErrors_data();
    void readFileErrors();
};

void TestCsv::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Rows>("rows");
    QTest::addColumn<QList<int>>("lines");

    QTest::addRow("simple LF") << QStringLiteral("a,b,c\n1,2,3\n") << Rows{{"a", "b", "c"}, {"1", "2", "3"}}
                               << QList<int>{1, 2};
    QTest::addRow("CRLF") << QStringLiteral("a,b\r\n1,2\r\n") << Rows{{"a", "b"}, {"1", "2"}}
                          << QList<int>{1, 2};
    QTest::addRow("no trailing newline")
        << QStringLiteral("a,b\n1,2") << Rows{{"a", "b"}, {"1", "2"}} << QList<int>{1, 2};
    QTest::addRow("lone CR line ends") << QStringLiteral("a\rb\r") << Rows{{"a"}, {"b"}} << QList<int>{1, 2};
    QTest::addRow("empty lines skipped")
        << QStringLiteral("\na,b\n\n\r\n1,2\n\n") << Rows{{"a", "b"}, {"1", "2"}} << QList<int>{2, 5};
    QTest::addRow("empty fields") << QStringLiteral(",a,,\n") << Rows{{"", "a", "", ""}} << QList<int>{1};
    QTest::addRow("quoted comma") << QStringLiteral("\"加賀市, 石川県\",x") << Rows{{"加賀市, 石川県", "x"}}
                                  << QList<int>{1};
    QTest::addRow("doubled quotes") << QStringLiteral("\"say \"\"hi\"\"\",\"\"\"\"")
                                    << Rows{{"say \"hi\"", "\""}} << QList<int>{1};
    QTest::addRow("empty quoted field")
        << QStringLiteral("\"\",a\n\"\"") << Rows{{"", "a"}, {""}} << QList<int>{1, 2};
    QTest::addRow("embedded LF") << QStringLiteral("\"line1\nline2\",b\nc,d\n")
                                 << Rows{{"line1\nline2", "b"}, {"c", "d"}} << QList<int>{1, 3};
    QTest::addRow("embedded CRLF becomes LF")
        << QStringLiteral("\"事例\r\nミニレクチャー\",22\r\nx,y\r\n")
        << Rows{{"事例\nミニレクチャー", "22"}, {"x", "y"}} << QList<int>{1, 3};
    QTest::addRow("spaces kept") << QStringLiteral(" a , b ") << Rows{{" a ", " b "}} << QList<int>{1};
    QTest::addRow("BOM ignored") << QStringLiteral("\uFEFF名前,ふりがな\n") << Rows{{"名前", "ふりがな"}}
                                 << QList<int>{1};
    QTest::addRow("quoted field at end of line")
        << QStringLiteral("a,\"b\"\r\nc,\"d\"") << Rows{{"a", "b"}, {"c", "d"}} << QList<int>{1, 2};
    QTest::addRow("ragged rows") << QStringLiteral("a,b,c\n1\n") << Rows{{"a", "b", "c"}, {"1"}}
                                 << QList<int>{1, 2};
    QTest::addRow("empty text") << QString() << Rows{} << QList<int>{};
}

void TestCsv::parse()
{
    QFETCH(QString, text);
    QFETCH(Rows, rows);
    QFETCH(QList<int>, lines);
    QString error;
    const std::optional<QList<CsvRecord>> records = CsvReader::parse(text, &error);
    QVERIFY2(records.has_value(), qPrintable(error));
    QCOMPARE(records->size(), rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QCOMPARE(records->at(i).fields, rows.at(i));
        QCOMPARE(records->at(i).line, lines.at(i));
    }
}

void TestCsv::parseErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    QTest::addRow("stray quote in unquoted field") << QStringLiteral("a,b\nab\"c,d\n") << 2 << 3;
    QTest::addRow("stray quote after kanji") << QStringLiteral("名前,白﨑\"直樹\"") << 1 << 6;
    QTest::addRow("unterminated quote") << QStringLiteral("a\nb,\"open\nmore\n") << 2 << 3;
    QTest::addRow("text after closing quote") << QStringLiteral("\"a\"b,c") << 1 << 4;
    QTest::addRow("text after closing quote on later line") << QStringLiteral("\"a\nb\"x") << 2 << 3;
}

void TestCsv::parseErrors()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QString error;
    QVERIFY(!CsvReader::parse(text, &error).has_value());
    QVERIFY2(error.contains(QStringLiteral("Line %1, column %2").arg(line).arg(column)), qPrintable(error));
}

void TestCsv::escapeField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("escaped");
    QTest::addRow("plain") << QStringLiteral("白﨑直樹") << QStringLiteral("白﨑直樹");
    QTest::addRow("empty") << QString() << QString();
    QTest::addRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
    QTest::addRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::addRow("LF") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
    QTest::addRow("CR") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
    QTest::addRow("leading space") << QStringLiteral(" a") << QStringLiteral("\" a\"");
    QTest::addRow("trailing space") << QStringLiteral("a ") << QStringLiteral("\"a \"");
    QTest::addRow("trailing ideographic space") << QStringLiteral("a\u3000") << QStringLiteral("\"a\u3000\"");
    QTest::addRow("inner space") << QStringLiteral("a b") << QStringLiteral("a b");
}

void TestCsv::escapeField()
{
    QFETCH(QString, field);
    QFETCH(QString, escaped);
    QCOMPARE(CsvWriter::escapeField(field), escaped);
}

void TestCsv::neutraliseFormula_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("safe");
    QTest::addRow("=") << QStringLiteral("=1+1") << QStringLiteral("'=1+1");
    QTest::addRow("+") << QStringLiteral("+81-761") << QStringLiteral("'+81-761");
    QTest::addRow("-") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
    QTest::addRow("@") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::addRow("tab") << QStringLiteral("\t=cmd") << QStringLiteral("'\t=cmd");
    QTest::addRow("cr") << QStringLiteral("\r=cmd") << QStringLiteral("'\r=cmd");
    QTest::addRow("hyperlink") << QStringLiteral("=HYPERLINK(\"http://x\")")
                               << QStringLiteral("'=HYPERLINK(\"http://x\")");
    QTest::addRow("harmless") << QStringLiteral("a=1") << QStringLiteral("a=1");
    QTest::addRow("phone") << QStringLiteral("0761-72-1234") << QStringLiteral("0761-72-1234");
    QTest::addRow("empty") << QString() << QString();
}

void TestCsv::neutraliseFormula()
{
    QFETCH(QString, field);
    QFETCH(QString, safe);
    QCOMPARE(CsvWriter::neutraliseFormula(field), safe);
}

void TestCsv::addRowTypes()
{
    CsvWriter writer;
    writer.addTextRow({QStringLiteral("職種"), QStringLiteral("人数"), QStringLiteral("メモ")});
    writer.addRow({QStringLiteral("看護師"), 5, QStringLiteral("=1+1")});
    writer.addRow({-3, 2.5, QStringLiteral("-3"), qlonglong(1234567890123), QVariant()});
    writer.addRow({0.1, 1e21, QDate(2024, 12, 12), QStringLiteral("a,b"), QString()});
    QCOMPARE(writer.rowCount(), 4);
    QCOMPARE(writer.text(), QStringLiteral("職種,人数,メモ\r\n"
                                           "看護師,5,'=1+1\r\n"
                                           "-3,2.5,'-3,1234567890123,\r\n"
                                           "0.1,1e+21,2024-12-12,\"a,b\",\r\n"));
    writer.clear();
    QCOMPARE(writer.text(), QString());
}

void TestCsv::writerOutputParsesBack()
{
    const QStringList fields = {QStringLiteral("白﨑 直樹"), QStringLiteral("\"引用\""),
                                QStringLiteral("複数\n行"),  QStringLiteral(" 先頭空白"),
                                QStringLiteral("a,b"),       QString()};
    CsvWriter writer;
    writer.addTextRow(fields);
    writer.addTextRow(fields);
    QString error;
    const std::optional<QList<CsvRecord>> records = CsvReader::parse(writer.text(), &error);
    QVERIFY2(records.has_value(), qPrintable(error));
    QCOMPARE(records->size(), 2);
    QCOMPARE(records->at(0).fields, fields);
    QCOMPARE(records->at(1).fields, fields);
    QCOMPARE(records->at(1).line, 3); // the embedded line break counts
}

void TestCsv::fileRoundTrip_data()
{
    QTest::addColumn<int>("encoding");
    QTest::addColumn<QByteArray>("expectedStart");
    QTest::addRow("UTF-8 with BOM") << int(TextCodec::Encoding::Utf8)
                                    << QByteArray("\xEF\xBB\xBF\xE6\xB0\x8F");
    // 氏 = 0x8E81 in CP932
    QTest::addRow("CP932") << int(TextCodec::Encoding::Cp932) << QByteArray("\x8E\x81");
}

void TestCsv::fileRoundTrip()
{
    QFETCH(int, encoding);
    QFETCH(QByteArray, expectedStart);
    const auto enc = static_cast<TextCodec::Encoding>(encoding);

    CsvWriter writer;
    writer.addTextRow({QStringLiteral("氏名"), QStringLiteral("ふりがな"), QStringLiteral("所属")});
    writer.addRow({QStringLiteral("白﨑直樹"), QStringLiteral("しらさき なおき"),
                   QStringLiteral("加賀市医療センター\n地域連携センター")});
    writer.addRow({QStringLiteral("髙橋①"), QStringLiteral("ﾀｶﾊｼ"), 22});

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("参加者.csv"));
    QString error;
    QVERIFY2(CsvWriter::writeFile(path, writer.text(), enc, &error), qPrintable(error));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith(expectedStart));
    QVERIFY(bytes.contains("\r\n"));

    TextCodec::Encoding detected =
        enc == TextCodec::Encoding::Utf8 ? TextCodec::Encoding::Cp932 : TextCodec::Encoding::Utf8;
    const std::optional<QList<CsvRecord>> records = CsvReader::readFile(path, &detected, &error);
    QVERIFY2(records.has_value(), qPrintable(error));
    QCOMPARE(detected, enc);
    QCOMPARE(records->size(), 3);
    QCOMPARE(records->at(1).fields.at(0), QStringLiteral("白﨑直樹"));
    QCOMPARE(records->at(1).fields.at(2), QStringLiteral("加賀市医療センター\n地域連携センター"));
    QCOMPARE(records->at(2).line, 4);
    QCOMPARE(records->at(2).fields,
             (QStringList{QStringLiteral("髙橋①"), QStringLiteral("ﾀｶﾊｼ"), QStringLiteral("22")}));
}

void TestCsv::writeUnrepresentableLeavesNoFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    QString error;
    QVERIFY(!CsvWriter::writeFile(path, QStringLiteral("名前\r\n雪だるま☃\r\n"), TextCodec::Encoding::Cp932,
                                  &error));
    QVERIFY2(error.contains(QStringLiteral("out.csv")) && error.contains(QStringLiteral("☃")) &&
                 error.contains(QStringLiteral("line 2")),
             qPrintable(error));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
}

void TestCsv::writeIntoReadOnlyDirectory()
{
    QTemporaryDir dir;
    QString folder = dir.filePath(QStringLiteral("readonly"));
    QVERIFY(QDir().mkdir(folder));
    QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    // root (CI, a container) ignores permission bits: then the folder is one the kernel refuses
    // files in whoever asks (procfs), so the test runs the same way under every account.
    {
        QFile probe(folder + QStringLiteral("/probe"));
        if (probe.open(QIODevice::WriteOnly)) {
            probe.close();
            probe.remove();
            folder = QStringLiteral("/proc/self");
        }
    }
    const QString path = folder + QStringLiteral("/counts.csv");
    QString error;
    const bool ok = CsvWriter::writeFile(path, QStringLiteral("a,b\r\n"), TextCodec::Encoding::Utf8, &error);
    QFile::setPermissions(dir.filePath(QStringLiteral("readonly")), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QVERIFY(!ok);
    QVERIFY2(error.contains(QStringLiteral("counts.csv")), qPrintable(error));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(dir.filePath(QStringLiteral("readonly"))).entryList(QDir::Files | QDir::Hidden), QStringList());
}

void TestCsv::writeWhereParentIsAFile()
{
    // A target that cannot be created whoever runs the test: its "folder" is a file.
    QTemporaryDir dir;
    const QString blocker = dir.filePath(QStringLiteral("not-a-folder"));
    {
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("x");
    }
    const QString path = blocker + QStringLiteral("/counts.csv");
    QString error;
    QVERIFY(!CsvWriter::writeFile(path, QStringLiteral("a\r\n"), TextCodec::Encoding::Utf8, &error));
    QVERIFY2(error.contains(QStringLiteral("counts.csv")), qPrintable(error));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("not-a-folder")});
}

void TestCsv::writeReplacesExistingFileWhole()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("counts.csv"));
    QString error;
    QVERIFY(CsvWriter::writeFile(path, QStringLiteral("old,old,old\r\n"), TextCodec::Encoding::Utf8, &error));
    // A failed write (unrepresentable character) keeps the old file untouched.
    QVERIFY(!CsvWriter::writeFile(path, QStringLiteral("🙂\r\n"), TextCodec::Encoding::Cp932, &error));
    QFile before(path);
    QVERIFY(before.open(QIODevice::ReadOnly));
    QCOMPARE(before.readAll(), QByteArray("\xEF\xBB\xBFold,old,old\r\n"));
    before.close();
    QVERIFY(CsvWriter::writeFile(path, QStringLiteral("new\r\n"), TextCodec::Encoding::Utf8, &error));
    QFile after(path);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), QByteArray("\xEF\xBB\xBFnew\r\n"));
}

void TestCsv::readFileErrors_data()
{
    QTest::addColumn<QByteArray>("content"); // empty: the file is not created
    QTest::addColumn<QString>("mustMention");
    QTest::addRow("missing file") << QByteArray() << QStringLiteral("does not exist");
    QTest::addRow("binary file") << QByteArray("PK\x03\x04\0\0\0", 7) << QStringLiteral("not a text file");
    QTest::addRow("invalid bytes") << QByteArray("a,b\n\x80,c\n") << QStringLiteral("line 2");
    QTest::addRow("invalid CSV") << QByteArray("a,\"b\n") << QStringLiteral("Line 1, column 3");
}

void TestCsv::readFileErrors()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, mustMention);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("名簿.csv"));
    if (!content.isEmpty()) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    QString error;
    QVERIFY(!CsvReader::readFile(path, nullptr, &error).has_value());
    QVERIFY2(error.contains(QStringLiteral("名簿.csv")), qPrintable(error));
    QVERIFY2(error.contains(mustMention), qPrintable(error));

    // A folder is not a file either.
    QVERIFY(!CsvReader::readFile(dir.path(), nullptr, &error).has_value());
    QVERIFY2(error.contains(QStringLiteral("folder")), qPrintable(error));
}

RENKEI_TEST_MAIN(TestCsv)

#include "TestCsv.moc"
