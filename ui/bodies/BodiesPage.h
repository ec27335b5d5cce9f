#pragma once

#include "pages/RecordPage.h"

class BodyEditor;
class BodyListModel;
class MembershipPanel;
struct Body;

// 会議体・委員: the bodies, the form of the selected one, its members, and safe deletion.
class BodiesPage : public RecordPage
{
    Q_OBJECT

public:
    explicit BodiesPage(Session& session, QWidget* parent = nullptr);
    QString title() const override { return tr("Bodies and Members"); }
    BodyEditor* editor() const { return m_editor; }
    MembershipPanel* members() const { return m_members; }

protected:
    // Bodies and seats a service committed: their rows change in place (BodyListModel::apply,
    // MembershipModel::apply); relabelled code entries reload the page.
    void apply(const Changes& changes) override;
    void reload() override;
    EditTarget::Kind recordKind() const override { return EditTarget::Kind::Body; }
    void clear() override;
    void showRecord(qint64 id) override;
    void newRecord() override;
    void duplicateRecord(qint64 id) override;
    void deleteRecord(qint64 id) override;

private:
    void save(const Body& before, const Body& after);
    void add(const Body& body);

    BodyListModel* m_model;
    BodyEditor* m_editor;
    MembershipPanel* m_members;
    bool m_loaded = false; // the list holds the open file's bodies
};
