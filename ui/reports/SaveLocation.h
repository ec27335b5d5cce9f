#pragma once

#include <QString>

class QWidget;

// Where reports, exports and sign-in sheets go: a save dialog that starts in the folder used
// last (or the Documents folder) with a suggested file name, and remembers the folder chosen;
// and the one confirmation every save gives.
namespace SaveLocation {
QString ask(QWidget* parent, const QString& caption, const QString& suggestedName, const QString& filter);
// "Saved NAME in FOLDER."
QString savedMessage(const QString& path);
// Shows savedMessage(path) in the status bar of the main window `widget` is in (if any).
void announce(QWidget* widget, const QString& path);
} // namespace SaveLocation
