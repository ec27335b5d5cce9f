#pragma once

#include <QDialog>
#include <QHash>

class CouncilSettingsForm;
class QCommandLinkButton;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class Session;

// The first start: create our council's database (its settings asked once, the file in the
// data folder unless chosen), open an existing file, or look at the Kaga sample in a file of
// its own. Accepted once the session has a database open; closing it leaves none open.
class WelcomeDialog : public QDialog
{
    Q_OBJECT

public:
    explicit WelcomeDialog(Session& session, QWidget* parent = nullptr);

    QCommandLinkButton* createChoice() const { return m_createChoice; }
    QCommandLinkButton* openChoice() const { return m_openChoice; }
    QCommandLinkButton* sampleChoice() const { return m_sampleChoice; }
    CouncilSettingsForm* councilForm() const { return m_council; }
    QLineEdit* fileEdit() const { return m_file; }
    QPushButton* createButton() const { return m_create; }
    QLabel* problemLabel() const { return m_problem; }

private:
    QWidget* buildChoices();
    QWidget* buildCouncilPage();
    void suggestFromMunicipality();
    void createCouncil();
    void openExisting();
    void openSample();

    Session& m_session;
    QStackedWidget* m_pages;
    QCommandLinkButton* m_createChoice = nullptr;
    QCommandLinkButton* m_openChoice = nullptr;
    QCommandLinkButton* m_sampleChoice = nullptr;
    CouncilSettingsForm* m_council = nullptr;
    QLineEdit* m_file = nullptr;
    QPushButton* m_create = nullptr;
    QLabel* m_problem = nullptr;
    QHash<QString, QString> m_suggested; // what each field was last filled with
};
