/* SPDX-License-Identifier: GPL-3.0-or-later */
/* qs-data-view.h: every value of a dataset as a sortable, filterable table */

#pragma once

#include <adwaita.h>

#include "qs-dataset.h"

G_BEGIN_DECLS

#define QS_TYPE_DATA_VIEW (qs_data_view_get_type ())

G_DECLARE_FINAL_TYPE (QsDataView, qs_data_view, QS, DATA_VIEW, AdwBin)

QsDataView *qs_data_view_new               (void);
QsDataset  *qs_data_view_get_dataset       (QsDataView *self);
void        qs_data_view_set_dataset       (QsDataView *self,
                                            QsDataset  *dataset);
char       *qs_data_view_dup_selection_tsv (QsDataView *self);

G_END_DECLS
