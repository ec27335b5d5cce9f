#pragma once

class QMainWindow;
class QMenu;
class Session;

// File > Import… and File > Export…: the actions, their dialogs, and the outcome in the status bar.
namespace FileTransfer {
void addActions(QMenu* menu, Session& session, QMainWindow* window);
}
