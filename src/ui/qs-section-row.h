/* SPDX-License-Identifier: GPL-3.0-or-later */
/* qs-section-row.h: one water section in the Water view's table */

#pragma once

#include <glib-object.h>

#include "qs-section-class.h"

G_BEGIN_DECLS

#define QS_TYPE_SECTION_ROW (qs_section_row_get_type ())

G_DECLARE_FINAL_TYPE (QsSectionRow, qs_section_row, QS, SECTION_ROW, GObject)

QsSectionRow *qs_section_row_new            (QsDataset            *dataset,
                                             const QsSectionClass *entry,
                                             const char           *locale);
const char   *qs_section_row_get_name       (QsSectionRow *self);
int           qs_section_row_get_water_class (QsSectionRow *self);
const char   *qs_section_row_get_limiting   (QsSectionRow *self);

G_END_DECLS
