#include "core/repeatcaller.h"

namespace cd {

bool isRepeatContact(int earlierInWindow, int threshold)
{
    return earlierInWindow + 1 >= threshold;
}

RepeatCallerNotice decideRepeatCallerNotice(const RepeatCallerRule &rule, int earlierContacts,
                                            int earlierInWindow)
{
    RepeatCallerNotice notice;
    notice.earlierContacts = earlierContacts;
    notice.contactsInWindow = earlierInWindow + 1;
    notice.windowDays = rule.windowDays;
    if (earlierContacts <= 0)
        notice.kind = RepeatCallerNotice::Kind::None;
    else if (isRepeatContact(earlierInWindow, rule.threshold))
        notice.kind = RepeatCallerNotice::Kind::RepeatCaller;
    else
        notice.kind = RepeatCallerNotice::Kind::KnownCaller;
    return notice;
}

} // namespace cd
