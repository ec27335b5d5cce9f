#include "settings/SettingsPage.h"

#include "common/Session.h"
#include "settings/CodeListEditor.h"
#include "settings/CodeListModel.h"
#include "settings/CouncilSettingsForm.h"
#include "settings/LanguageChooser.h"
#include "service/SettingsService.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QVBoxLayout>

namespace {
QGroupBox* group(const QString& title, QWidget* content, QWidget* parent)
{
    auto* box = new QGroupBox(title, parent);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return box;
}
} // namespace

SettingsPage::SettingsPage(Session& session, QWidget* parent)
    : Page(session, parent), m_council(new CouncilSettingsForm(this)),
      m_codeLists(new CodeListEditor(session, this)), m_language(new LanguageChooser(this))
{
    setObjectName(QStringLiteral("settingsPage"));
    auto* top = new QHBoxLayout;
    top->addWidget(group(tr("Council (stored in the file)"), m_council, this), 3);
    top->addWidget(group(tr("Display language (this computer)"), m_language, this), 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(group(tr("Code lists"), m_codeLists, this), 1);
    connect(m_council, &CouncilSettingsForm::edited, this, &SettingsPage::saveSetting);
}

SettingsPage::~SettingsPage()
{
    // An editor still open commits when the window goes away; by then this page is half
    // destroyed and must not save or reload.
    m_council->blockSignals(true);
    m_codeLists->model()->blockSignals(true);
    disconnect(&m_session, nullptr, this, nullptr);
}

void SettingsPage::clear()
{
    m_council->clear();
    m_codeLists->reload();
}

void SettingsPage::apply(const Changes& changes)
{
    if (!m_session.isOpen() || m_codeLists->model()->list().isEmpty()) {
        Page::apply(changes); // not shown yet: the next showing reads everything
        return;
    }
    for (const Change& change : changes) {
        if (change.entity == Change::Entity::Settings)
            loadCouncil();
        else if (change.entity == Change::Entity::CodeItem)
            m_codeLists->apply(change);
    }
}

void SettingsPage::reload()
{
    loadCouncil();
    m_codeLists->reload();
}

void SettingsPage::loadCouncil()
{
    const auto values = SettingsService(m_session.services()).all();
    if (!values) {
        m_council->clear();
        emit m_session.failed(values.status());
        return;
    }
    m_council->load(*values);
}

void SettingsPage::saveSetting(const QString& key, const QString& before, const QString& after)
{
    Services& services = m_session.services();
    if (!m_session.edit(
            tr("Edit %1").arg(CouncilSettingsForm::fieldName(key)),
            EditTarget::of(EditTarget::Kind::Settings, 0),
            [&services, key, after] { return SettingsService(services).set(key, after); },
            [&services, key, before] { return SettingsService(services).set(key, before); }))
        loadCouncil();
}
