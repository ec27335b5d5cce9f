#include "settings/LanguageChooser.h"

#include "settings/LanguageSetting.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>

LanguageChooser::LanguageChooser(QWidget* parent)
    : QWidget(parent), m_combo(new QComboBox(this)), m_note(new QLabel(this))
{
    m_combo->setObjectName(QStringLiteral("languageCombo"));
    // Each language is named in itself, so that whoever reads the screen can find their own.
    m_combo->addItem(tr("System default"), int(LanguageSetting::Choice::System));
    m_combo->addItem(QStringLiteral("日本語"), int(LanguageSetting::Choice::Japanese));
    m_combo->addItem(QStringLiteral("English"), int(LanguageSetting::Choice::English));
    m_combo->setCurrentIndex(std::max(0, m_combo->findData(int(LanguageSetting::read()))));
    m_note->setText(tr("Takes effect when Renkei is restarted."));
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);

    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Lan&guage:"), m_combo);
    form->addRow(QString(), m_note);
    connect(m_combo, &QComboBox::activated, this,
            [this] { LanguageSetting::write(LanguageSetting::Choice(m_combo->currentData().toInt())); });
}
