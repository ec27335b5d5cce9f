#pragma once

#include "pages/RecordPage.h"

class OrganisationEditor;
class OrganisationListModel;
struct Organisation;

// 団体・機関: the organisations, their editor, and safe deletion.
class OrganisationsPage : public RecordPage
{
    Q_OBJECT

public:
    explicit OrganisationsPage(Session& session, QWidget* parent = nullptr);
    QString title() const override { return tr("Organisations"); }
    OrganisationEditor* editor() const { return m_editor; }

protected:
    // Organisation changes row by row; code list changes read everything again.
    void apply(const Changes& changes) override;
    void reload() override;
    EditTarget::Kind recordKind() const override { return EditTarget::Kind::Organisation; }
    void clear() override;
    void showRecord(qint64 id) override;
    void newRecord() override;
    void duplicateRecord(qint64 id) override;
    void deleteRecord(qint64 id) override;

private:
    void save(const Organisation& before, const Organisation& after);
    void add(const Organisation& org);

    OrganisationListModel* m_model;
    OrganisationEditor* m_editor;
    bool m_loaded = false; // the list holds the open file's organisations
};
