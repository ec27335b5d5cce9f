#pragma once

#include <QString>

// The keys of the council's settings stored in the file, named once.
namespace SettingKey {
inline const QString CouncilName = QStringLiteral("council_name");
inline const QString Secretariat = QStringLiteral("secretariat");
inline const QString ReportRecipient = QStringLiteral("report_recipient");
inline const QString Municipality = QStringLiteral("municipality");
// Set in a bundled sample's file (to the sample's name), so the window labels it a sample.
inline const QString Sample = QStringLiteral("sample");
} // namespace SettingKey
