#pragma once

#include "Status.h"
#include "common/Session.h"
#include "window/Startup.h"
#include "window/WelcomeDialog.h"

#include <QApplication>
#include <QTimer>

#include <functional>

// Starts as app/gui/main.cpp does (Startup::open without a file argument) and runs `answer` on
// the welcome once it is shown (it is modal). Returns whether a welcome was shown; a welcome
// the answer did not finish is closed, so a test never hangs.
inline bool startWithWelcome(Session& session, const std::function<void(WelcomeDialog*)>& answer,
                             Status* status = nullptr)
{
    bool shown = false;
    QTimer timer; // dies with this call, so it never fires into a later test
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, [&] {
        auto* welcome = qobject_cast<WelcomeDialog*>(QApplication::activeModalWidget());
        if (!welcome) {
            if (QWidget* other = QApplication::activeModalWidget())
                other->close();
            return;
        }
        shown = true;
        answer(welcome);
        if (welcome->isVisible())
            welcome->reject();
    });
    timer.start(0);
    const Status st = Startup::open(session, {QStringLiteral("renkei")});
    if (!st)
        qWarning("%s", qPrintable(st.fullText()));
    if (status)
        *status = st;
    return shown;
}
