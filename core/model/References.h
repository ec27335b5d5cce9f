#pragma once

// What refers to a record, counted by its store, so that the window can say why deleting it
// would lose history (and offer to deactivate it instead).
struct References
{
    int attendances = 0; // attendance rows: as the attendee or the member replaced, or as of the organisation
    int memberships = 0; // memberships of bodies, current and past
    int lectures = 0;    // programme items lectured
    int people = 0;      // people who belong to the organisation
    int events = 0;      // events organised or co-organised
    int bodies = 0;      // other bodies under it, reporting to it, or run by the organisation

    bool any() const { return attendances || memberships || lectures || people || events || bodies; }
};
