#pragma once

// Participants known only as a number, for one profession (the profession "unknown" when
// not even that is known).
struct Headcount
{
    qint64 eventId = 0;
    qint64 professionId = 0;
    int count = 0;
};
