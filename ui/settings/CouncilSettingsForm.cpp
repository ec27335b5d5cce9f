#include "settings/CouncilSettingsForm.h"

#include "store/SettingsStore.h"

#include <QFormLayout>
#include <QLineEdit>

CouncilSettingsForm::CouncilSettingsForm(QWidget* parent) : QWidget(parent)
{
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    const QList<QPair<QString, QString>> rows{
        {SettingsStore::Municipality, tr("&Municipality:")},
        {SettingsStore::CouncilName, tr("Council &name:")},
        {SettingsStore::Secretariat, tr("&Secretariat:")},
        {SettingsStore::ReportRecipient, tr("&Report recipient:")},
    };
    for (const auto& [key, label] : rows) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(key);
        m_fields.insert(key, edit);
        form->addRow(label, edit);
        connect(edit, &QLineEdit::editingFinished, this, [this, key = key] { commit(key); });
    }
    m_fields.value(SettingsStore::CouncilName)->setPlaceholderText(tr("e.g. 加賀市在宅医療連携推進協議会"));
    m_fields.value(SettingsStore::Municipality)->setPlaceholderText(tr("e.g. 加賀市"));
    m_fields.value(SettingsStore::Secretariat)->setPlaceholderText(tr("e.g. 加賀市 地域包括ケア推進課"));
    m_fields.value(SettingsStore::ReportRecipient)->setPlaceholderText(tr("who the annual report goes to"));
}

QString CouncilSettingsForm::fieldName(const QString& key)
{
    if (key == SettingsStore::CouncilName)
        return tr("council name");
    if (key == SettingsStore::Municipality)
        return tr("municipality");
    if (key == SettingsStore::Secretariat)
        return tr("secretariat");
    if (key == SettingsStore::ReportRecipient)
        return tr("report recipient");
    return key;
}

void CouncilSettingsForm::load(const Database& db)
{
    const SettingsStore store(db);
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const QString value = store.value(it.key()).valueOr(QString());
        m_stored.insert(it.key(), value);
        QLineEdit* edit = it.value();
        // Keep what the user is typing if the file changed under them.
        if (edit->hasFocus() && edit->isModified())
            continue;
        edit->setText(value);
    }
}

void CouncilSettingsForm::clear()
{
    m_stored.clear();
    for (QLineEdit* edit : std::as_const(m_fields))
        edit->clear();
}

void CouncilSettingsForm::commit(const QString& key)
{
    QLineEdit* edit = m_fields.value(key);
    const QString after = edit->text().trimmed();
    const QString before = m_stored.value(key);
    edit->setModified(false);
    if (after == before)
        return;
    m_stored.insert(key, after);
    emit edited(key, before, after);
}
