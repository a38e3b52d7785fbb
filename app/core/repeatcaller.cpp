#include "core/repeatcaller.h"

namespace cd {

RepeatCallerNotice decideRepeatCallerNotice(const RepeatCallerRule &rule, int earlierContacts,
                                            int earlierInWindow)
{
    RepeatCallerNotice notice;
    notice.earlierContacts = earlierContacts;
    notice.contactsInWindow = earlierInWindow + 1;
    notice.windowDays = rule.windowDays;
    if (earlierContacts <= 0)
        notice.kind = RepeatCallerNotice::Kind::None;
    else if (rule.isRepeat(notice.contactsInWindow))
        notice.kind = RepeatCallerNotice::Kind::RepeatCaller;
    else
        notice.kind = RepeatCallerNotice::Kind::KnownCaller;
    return notice;
}

} // namespace cd
