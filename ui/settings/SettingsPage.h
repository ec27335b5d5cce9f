#pragma once

#include "pages/Page.h"

class CodeListEditor;
class CouncilSettingsForm;
class LanguageChooser;

// 設定: the council's settings stored in the file, the editable code lists, and the UI language.
class SettingsPage : public Page
{
    Q_OBJECT

public:
    explicit SettingsPage(Session& session, QWidget* parent = nullptr);
    ~SettingsPage() override;
    QString title() const override { return tr("Settings"); }

    CouncilSettingsForm* councilForm() const { return m_council; }
    CodeListEditor* codeLists() const { return m_codeLists; }
    LanguageChooser* language() const { return m_language; }

protected:
    // Settings and code entries a service committed: the council's fields read again, the code
    // list's changed rows updated in place (no reload of the page).
    void apply(const Changes& changes) override;
    void reload() override;
    bool shows(const EditTarget& target) const override { return target.kind == EditTarget::Kind::Settings; }
    void clear() override;

private:
    void saveSetting(const QString& key, const QString& before, const QString& after);
    void loadCouncil();

    CouncilSettingsForm* m_council;
    CodeListEditor* m_codeLists;
    LanguageChooser* m_language;
};
