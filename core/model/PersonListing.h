#pragma once

#include "model/Organisation.h"
#include "model/Person.h"

#include <QDate>

// A code's labels as read beside a record (one query, no lookup per row); text() is the label in
// the user's language by CodeItem::label's rule.
struct CodeLabel
{
    QString ja;
    QString en;

    QString text() const;
};

// A person with the labels a list shows beside them, read in the same query.
struct PersonListing
{
    Person person;
    CodeLabel profession;
    int professionOrder = 0;
    QString organisation;
    QString organisationReading;
    QString searchKey; // the person's folded name and reading, as stored
};

// An organisation with the label of its category.
struct OrganisationListing
{
    Organisation organisation;
    CodeLabel category;
    QString searchKey; // the folded name and reading, as stored
};

// A person's history, each read in one query whatever its length.
// An event attended: as of the event (status, role, profession, organisation then).
struct AttendedEvent
{
    qint64 eventId = 0;
    QDate date;
    QString title;
    CodeLabel status;
    CodeLabel role;
    CodeLabel profession;
    QString organisation;
    QString substituteFor; // the member whose place the person took
};

// A programme item lectured.
struct LecturedItem
{
    qint64 eventId = 0;
    QDate date;
    QString eventTitle;
    QString itemTitle;
    CodeLabel kind;
};

// A seat on a body, current or past.
struct Seat
{
    QString body;
    CodeLabel role;
    QString represents;
    QDate termFrom;
    QDate termTo;
};
