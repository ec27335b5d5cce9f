#include "window/WelcomeDialog.h"

#include "AppPaths.h"
#include "common/Dialogs.h"
#include "common/Session.h"
#include "common/WindowFit.h"
#include "domain/SettingKeys.h"
#include "service/FirstRun.h"
#include "settings/CouncilSettingsForm.h"
#include "window/MainWindow.h"

#include <QCommandLinkButton>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

WelcomeDialog::WelcomeDialog(Session& session, QWidget* parent)
    : QDialog(parent), m_session(session), m_pages(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("welcomeDialog"));
    WindowFit::install(); // shown before the main window
    setWindowTitle(tr("Welcome to Renkei"));
    m_pages->addWidget(buildChoices());
    m_pages->addWidget(buildCouncilPage());
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    setMinimumWidth(560);
}

QWidget* WelcomeDialog::buildChoices()
{
    auto* page = new QWidget(this);
    auto* heading = new QLabel(tr("<h2>Welcome to Renkei</h2>"
                                  "<p>Renkei keeps your council's meetings, trainings, attendance and members "
                                  "in one file. How would you like to start?</p>"),
                               page);
    heading->setWordWrap(true);
    m_createChoice = new QCommandLinkButton(
        tr("&Create our council's database"),
        tr("Start with an empty file for your own council. You enter the council's name once; "
           "people, organisations and events are added as you go."),
        page);
    m_openChoice = new QCommandLinkButton(tr("&Open an existing file..."),
                                          tr("A Renkei file you or a colleague already keep."), page);
    m_sampleChoice = new QCommandLinkButton(
        tr("Look at the &Kaga City sample"),
        tr("A sample council to try Renkei with. It is kept in a file of its own and is never mixed "
           "with your council's data."),
        page);
    m_createChoice->setObjectName(QStringLiteral("createChoice"));
    m_openChoice->setObjectName(QStringLiteral("openChoice"));
    m_sampleChoice->setObjectName(QStringLiteral("sampleChoice"));
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(heading);
    layout->addWidget(m_createChoice);
    layout->addWidget(m_openChoice);
    layout->addWidget(m_sampleChoice);
    layout->addStretch(1);
    // Enter means "our council", never the sample.
    m_createChoice->setDefault(true);
    m_createChoice->setFocus();
    connect(m_createChoice, &QPushButton::clicked, this, [this] {
        m_pages->setCurrentIndex(1);
        m_council->field(SettingKey::Municipality)->setFocus(); // it suggests the other fields
    });
    connect(m_openChoice, &QPushButton::clicked, this, &WelcomeDialog::openExisting);
    connect(m_sampleChoice, &QPushButton::clicked, this, &WelcomeDialog::openSample);
    return page;
}

QWidget* WelcomeDialog::buildCouncilPage()
{
    auto* page = new QWidget(this);
    auto* intro = new QLabel(tr("<h3>Our council</h3><p>These appear on the reports. You can change them "
                                "later under Settings.</p>"),
                             page);
    intro->setWordWrap(true);
    m_council = new CouncilSettingsForm(page);
    m_file = new QLineEdit(QDir::toNativeSeparators(AppPaths::defaultDatabasePath()), page);
    m_file->setObjectName(QStringLiteral("fileEdit"));
    auto* browse = new QPushButton(tr("Bro&wse..."), page);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto* fileLabel = new QLabel(tr("Save in &file:"), page);
    fileLabel->setBuddy(m_file);
    if (auto* form = qobject_cast<QFormLayout*>(m_council->layout()))
        form->addRow(fileLabel, fileRow);
    // Space for a problem is kept, so that showing one does not move the fields.
    m_problem = new QLabel(page);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->setWordWrap(true);
    m_problem->setMinimumHeight(m_problem->fontMetrics().lineSpacing() * 2);

    auto* back = new QPushButton(tr("&Back"), page);
    m_create = new QPushButton(tr("Create &database"), page);
    m_create->setObjectName(QStringLiteral("createButton"));
    m_create->setDefault(true);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(back);
    buttons->addWidget(m_create);

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(intro);
    layout->addWidget(m_council);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addLayout(buttons);

    connect(m_council->field(SettingKey::Municipality), &QLineEdit::textEdited, this,
            &WelcomeDialog::suggestFromMunicipality);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = Dialogs::saveFileName(this, tr("Save the council's database as"),
                                                   QDir::fromNativeSeparators(m_file->text()),
                                                   MainWindow::databaseFileFilter());
        if (!path.isEmpty())
            m_file->setText(QDir::toNativeSeparators(AppPaths::withDatabaseSuffix(path)));
    });
    connect(back, &QPushButton::clicked, this, [this] { m_pages->setCurrentIndex(0); });
    connect(m_create, &QPushButton::clicked, this, &WelcomeDialog::createCouncil);
    return page;
}

// Typing the municipality fills the fields the user has not typed themselves.
void WelcomeDialog::suggestFromMunicipality()
{
    const FirstRun::Council s = FirstRun::suggestionFor(m_council->field(SettingKey::Municipality)->text());
    const QList<QPair<QString, QString>> fields{
        {SettingKey::CouncilName, s.name},
        {SettingKey::Secretariat, s.secretariat},
        {SettingKey::ReportRecipient, s.reportRecipient},
    };
    for (const auto& [key, value] : fields) {
        QLineEdit* edit = m_council->field(key);
        if (edit->text().isEmpty() || edit->text() == m_suggested.value(key)) {
            edit->setText(value);
            m_suggested.insert(key, value);
        }
    }
}

void WelcomeDialog::createCouncil()
{
    const auto text = [this](const QString& key) { return m_council->field(key)->text().trimmed(); };
    const FirstRun::Council council{text(SettingKey::CouncilName), text(SettingKey::Municipality),
                                    text(SettingKey::Secretariat), text(SettingKey::ReportRecipient)};
    if (council.name.isEmpty()) {
        m_problem->setText(tr("Enter the council's name: it is the title of every report."));
        m_council->field(SettingKey::CouncilName)->setFocus();
        return;
    }
    const QString path = AppPaths::withDatabaseSuffix(QDir::fromNativeSeparators(m_file->text().trimmed()));
    if (QFileInfo(path).fileName().isEmpty()) {
        m_problem->setText(tr("Choose the file to keep the council's data in."));
        m_file->setFocus();
        return;
    }
    const Status st = m_session.createCouncil(path, council);
    if (!st) {
        m_problem->setText(st.message());
        return;
    }
    accept();
}

void WelcomeDialog::openExisting()
{
    const QString path = Dialogs::openFileName(this, tr("Open database"), QDir::homePath(),
                                               MainWindow::databaseFileFilter());
    if (path.isEmpty())
        return;
    const Status st = m_session.open(path);
    if (!st) {
        Dialogs::showError(this, st);
        return;
    }
    accept();
}

void WelcomeDialog::openSample()
{
    const Status st = m_session.openSample(AppPaths::sampleDatabasePath());
    if (!st) {
        Dialogs::showError(this, st);
        return;
    }
    accept();
}
