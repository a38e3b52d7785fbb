#pragma once

#include "core/contact.h"

namespace cd {

// The repeat-caller rule, the one place it is written: a contact is a repeat when its caller's
// contacts in the window, this one included, reach `threshold` (repeat_caller.threshold; the
// window is repeat_caller.window_days). `earlierInWindow`: the caller's contacts in the window
// before this one. With the default (3 in 30 days) the third contact is the first repeat.
// The contact form's flag (decideRepeatCallerNotice) and the repeat-caller table behind the
// dashboards and reports (SQL function is_repeat_contact, storage/migrations.h) both call it.
bool isRepeatContact(int earlierInWindow, int threshold);

// What the contact form says about a caller who has called before.
struct RepeatCallerNotice
{
    enum class Kind {
        None,         // no earlier contacts: nothing to say
        KnownCaller,  // earlier contacts, but not enough in the window to flag
        RepeatCaller, // the rule flags this caller: a warning
    };

    Kind kind = Kind::None;
    int earlierContacts = 0;  // all of the caller's earlier contacts (Caller history)
    int contactsInWindow = 0; // in the window, this one included
    int windowDays = 0;

    bool operator==(const RepeatCallerNotice &) const = default;
};

// Decides the notice for the contact being logged. `earlierContacts`: the caller's contacts
// before this one; `earlierInWindow`: how many of those fall in the rule's window. This contact
// counts too, so with the default rule (3 in 30 days) two earlier contacts in the window make
// this the third and flag it.
RepeatCallerNotice decideRepeatCallerNotice(const RepeatCallerRule &rule, int earlierContacts,
                                            int earlierInWindow);

} // namespace cd
