#pragma once

#include "domain/Codes.h"

// Meetings and trainings: the one rule. An event of the kind 会議 (the reserved code "meeting")
// is a meeting; every other kind (研修会, 事例検討会, 合同研修, 講演会 … and kinds a council adds)
// is a training of some sort. The 会議 page, the 研修会・事例検討会 page, the home page's figures
// and the activity report's sections all ask this.
namespace EventKinds {
inline bool isMeeting(const QString& kindCode)
{
    return kindCode == Code::Meeting;
}
} // namespace EventKinds
