#pragma once

#include "storage/openmatters.h"

#include <QLabel>

namespace cd {

class ThriveDefinition;

// Under the caller history: the earlier contacts of the caller or household that are still
// open (OpenMatters), each with what was decided then (risk grade, vulnerability, what happens
// next, escalations open), so the handler can assess again with THRIVE. Hidden when none.
class OpenMatterNotice : public QLabel
{
    Q_OBJECT
public:
    explicit OpenMatterNotice(QWidget *parent = nullptr);

    void showMatters(const QList<OpenMatter> &matters, const ThriveDefinition *definition);
    // One line on a matter, as the THRIVE button's tooltip repeats it.
    static QString describe(const OpenMatter &matter, const ThriveDefinition *definition);
};

} // namespace cd
