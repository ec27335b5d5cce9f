#pragma once

#include "Status.h"
#include "model/PersonListing.h"

#include <QComboBox>

class Services;
class FoldingFilterProxy;

// Picks an organisation by typing part of its name or reading in any script: the popup lists
// the organisations whose folded name or reading contains what was typed (加賀, かが, ｶｶﾞ).
// Leaving the field with one match picks it; with none, the previous choice comes back.
class OrganisationCombo : public QComboBox
{
    Q_OBJECT

public:
    explicit OrganisationCombo(QWidget* parent = nullptr);
    // Active organisations in 五十音順 after "(none)"; an inactive `keepId` is listed too. A
    // failed read keeps the list as it was and is returned.
    Status load(Services& services, qint64 keepId = 0);
    void load(const QList<OrganisationListing>& organisations, qint64 keepId = 0);
    qint64 organisationId() const;
    void setOrganisationId(qint64 id);
    // With new names allowed, a name that matches no organisation stays as typed: then
    // organisationId() is 0 and newName() is the name, for the caller to add.
    void setNewNamesAllowed(bool allowed) { m_newNamesAllowed = allowed; }
    QString newName() const { return m_newName; }

signals:
    // A name matching no organisation was typed (only with new names allowed).
    void newNameTyped(const QString& name);
    // The user chose another organisation (not emitted by setOrganisationId or load).
    void organisationChosen(qint64 id);

protected:
    void focusOutEvent(QFocusEvent* event) override;

private:
    void resolveTypedText();
    void choose(int index);

    FoldingFilterProxy* m_matches;
    qint64 m_chosen = 0;
    bool m_newNamesAllowed = false;
    QString m_newName;
    QString m_signature; // of the organisations listed, to skip rebuilding an unchanged list
};
