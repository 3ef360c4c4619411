/* SPDX-License-Identifier: GPL-3.0-or-later */
/* qs-csv-dataset.h: opens a two-column time,value CSV as a dataset */

#pragma once

#include <gio/gio.h>

#include "qs-dataset.h"

G_BEGIN_DECLS

#define QS_CSV_DATASET_INDICATOR_ID "csv.series"
#define QS_CSV_DATASET_REGION_CODE  "000000"

QsDataset *qs_csv_dataset_load (const char    *path,
                                GCancellable  *cancellable,
                                GPtrArray    **problems,
                                GError       **error);

G_END_DECLS
