#pragma once

#include <QString>

// Points HOME, XDG_* and QStandardPaths at a private temporary folder so that
// no test ever reads or writes the real user's data or settings.
// Call at the start of main() (see RENKEI_TEST_MAIN) before QCoreApplication exists.
namespace TestEnvironment {
void isolate();
QString root();
QString dataFile(const QString& name); // tests/data/<name>
// Makes the offscreen platform's one screen `width` × `height` (call after isolate(), before
// the QApplication), so that tests see the laptop screen a clerk has.
void useScreen(int width, int height);
// A new database at `path` filled with the Kaga sample; false (with a warning) on failure.
bool createKagaDatabase(const QString& path);
} // namespace TestEnvironment

// QTEST_MAIN variants that isolate the environment first.
#define RENKEI_TEST_MAIN(TestClass)                                                                          \
    int main(int argc, char** argv)                                                                          \
    {                                                                                                        \
        TestEnvironment::isolate();                                                                          \
        QCoreApplication app(argc, argv);                                                                    \
        TestClass tc;                                                                                        \
        QTEST_SET_MAIN_SOURCE_PATH                                                                           \
        return QTest::qExec(&tc, argc, argv);                                                                \
    }

// For tests that lay out text or draw pages (fonts need a GUI application, offscreen in ctest).
#define RENKEI_PAINT_TEST_MAIN(TestClass)                                                                    \
    int main(int argc, char** argv)                                                                          \
    {                                                                                                        \
        TestEnvironment::isolate();                                                                          \
        QGuiApplication app(argc, argv);                                                                     \
        TestClass tc;                                                                                        \
        QTEST_SET_MAIN_SOURCE_PATH                                                                           \
        return QTest::qExec(&tc, argc, argv);                                                                \
    }

#define RENKEI_GUI_TEST_MAIN(TestClass)                                                                      \
    int main(int argc, char** argv)                                                                          \
    {                                                                                                        \
        TestEnvironment::isolate();                                                                          \
        QApplication app(argc, argv);                                                                        \
        TestClass tc;                                                                                        \
        QTEST_SET_MAIN_SOURCE_PATH                                                                           \
        return QTest::qExec(&tc, argc, argv);                                                                \
    }

// A GUI test on a 1366×768 screen, the smallest a clerk's laptop has.
#define RENKEI_GUI_TEST_MAIN_1366x768(TestClass)                                                             \
    int main(int argc, char** argv)                                                                          \
    {                                                                                                        \
        TestEnvironment::isolate();                                                                          \
        TestEnvironment::useScreen(1366, 768);                                                               \
        QApplication app(argc, argv);                                                                        \
        TestClass tc;                                                                                        \
        QTEST_SET_MAIN_SOURCE_PATH                                                                           \
        return QTest::qExec(&tc, argc, argv);                                                                \
    }
