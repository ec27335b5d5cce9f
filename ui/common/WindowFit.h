#pragma once

class QWidget;

// Every window and dialog fits the screen it opens on (a 1366×768 laptop included): when a
// window is shown, it is made no larger than the screen's available area, less the window
// frame, and moved inside it. One application-wide filter does this for every window, also
// Qt's own (print preview, file and message dialogs) and windows added later.
namespace WindowFit {
// Installs the filter on the application, once; the main window and the welcome call it.
void install();
// Fits `window` now (the filter calls this when a window is shown).
void fitToScreen(QWidget* window);
} // namespace WindowFit
