/* SPDX-License-Identifier: GPL-3.0-or-later */
/* qs-sections-table.h: the Water view's sortable table of sections */

#pragma once

#include <adwaita.h>

#include "qs-dataset.h"

G_BEGIN_DECLS

#define QS_TYPE_SECTIONS_TABLE (qs_sections_table_get_type ())

G_DECLARE_FINAL_TYPE (QsSectionsTable, qs_sections_table, QS, SECTIONS_TABLE, AdwBin)

GtkWidget  *qs_sections_table_new      (QsDataset       *dataset,
                                        const char      *locale);
guint       qs_sections_table_get_n_rows (QsSectionsTable *self);
GListModel *qs_sections_table_get_rows (QsSectionsTable *self);
const char *qs_sections_table_get_rivers_text (QsSectionsTable *self);
void        qs_sections_table_sort_by  (QsSectionsTable *self,
                                        const char      *column,
                                        GtkSortType      order);

G_END_DECLS
