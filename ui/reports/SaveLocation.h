#pragma once

#include <QString>

class QWidget;

// Where reports and exports go: a save dialog that starts in the folder used last (or the
// Documents folder) with a suggested file name, and remembers the folder chosen.
namespace SaveLocation {
QString ask(QWidget* parent, const QString& caption, const QString& suggestedName, const QString& filter);
} // namespace SaveLocation
