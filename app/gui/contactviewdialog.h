#pragma once

#include "core/contact.h"
#include "core/taxonomy.h"

#include <QDialog>

namespace cd {

// A saved contact, read-only: everything that was recorded, including the script path.
class ContactViewDialog : public QDialog
{
    Q_OBJECT
public:
    ContactViewDialog(const Contact &contact, const Taxonomy &taxonomy, QWidget *parent = nullptr);
    static QString describe(const Contact &contact, const Taxonomy &taxonomy); // as HTML
};

} // namespace cd
