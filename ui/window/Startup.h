#pragma once

#include "Status.h"

#include <QStringList>

class QWidget;
class Session;

// What the window starts with: `renkei FILE` opens FILE; otherwise the last file, else the
// user's default database. A first start (none of these exists) shows the welcome, where the
// user chooses their own council's new database, an existing file or the sample; nothing is
// created without that choice. Returns the failure to show, if any; the session may be left
// without a database (the window then offers File > Open and File > New).
namespace Startup {
Status open(Session& session, const QStringList& arguments, QWidget* parent = nullptr);
} // namespace Startup
