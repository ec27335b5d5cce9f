#pragma once

#include "report/ActivityReport.h"

#include <QList>
#include <QString>
#include <QStringList>

// The activity report as a document independent of any file format: headings, paragraphs and
// tables with their column widths, in the order printed. ReportHtml (PDF, print, HTML),
// DocxWriter and OdtWriter all lay out this one structure, so every format says the same.
struct ReportDocument
{
    struct Paragraph
    {
        enum class Align { Left, Right, Center };
        QString text;
        bool bold = false;
        bool unbroken = false; // a name: never broken over two lines
        Align align = Align::Left;
    };
    struct Cell
    {
        QList<Paragraph> paragraphs;
        bool numeric = false; // right-aligned
    };
    struct Table
    {
        QList<double> widths; // per column, percent of the text width; they add up to 100
        QStringList header;
        QList<QList<Cell>> rows;
    };
    struct Block
    {
        enum class Kind { Title, Heading, Subheading, Text, Note, Table, Chart };
        Kind kind = Kind::Text;
        QList<Paragraph> lines; // Title, Heading, Subheading, Text, Note: one line each
        Table table;
    };

    QString title; // 令和6年度 <council> 活動報告
    QString chartTitle;
    QList<Block> blocks; // the Chart block marks where the chart goes

    static ReportDocument build(const ActivityReport& report);
};
