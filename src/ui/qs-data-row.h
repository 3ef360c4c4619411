/* SPDX-License-Identifier: GPL-3.0-or-later */
/* qs-data-row.h: one value of a dataset, as a row of the data table */

#pragma once

#include <gio/gio.h>

#include "qs-dataset.h"

G_BEGIN_DECLS

#define QS_TYPE_DATA_ROW (qs_data_row_get_type ())

G_DECLARE_FINAL_TYPE (QsDataRow, qs_data_row, QS, DATA_ROW, GObject)

/* qs_data_rows_from_dataset() lists at most this many values; see there. */
#define QS_DATA_ROWS_MAX 200000

/* The columns rows can be compared by, in the order the table shows them. */
typedef enum {
  QS_DATA_COLUMN_INDICATOR,
  QS_DATA_COLUMN_REGION,
  QS_DATA_COLUMN_PERIOD,
  QS_DATA_COLUMN_VALUE,
  QS_DATA_COLUMN_STATUS,
  QS_DATA_COLUMN_SOURCE,
} QsDataColumn;

QsDataRow  *qs_data_row_new                (const char   *indicator_id,
                                            const char   *indicator_name,
                                            const char   *region_code,
                                            const char   *region_name,
                                            const char   *period,
                                            gint64        period_key,
                                            double        value,
                                            const char   *value_text,
                                            const char   *unit,
                                            const char   *status,
                                            const char   *source);
const char *qs_data_row_get_indicator_id   (QsDataRow    *self);
const char *qs_data_row_get_indicator_name (QsDataRow    *self);
const char *qs_data_row_get_region_code    (QsDataRow    *self);
const char *qs_data_row_get_region_name    (QsDataRow    *self);
const char *qs_data_row_get_period         (QsDataRow    *self);
gint64      qs_data_row_get_period_key     (QsDataRow    *self);
double      qs_data_row_get_value          (QsDataRow    *self);
const char *qs_data_row_get_value_text     (QsDataRow    *self);
const char *qs_data_row_get_unit           (QsDataRow    *self);
const char *qs_data_row_get_status         (QsDataRow    *self);
const char *qs_data_row_get_source         (QsDataRow    *self);

int         qs_data_row_compare            (QsDataRow    *a,
                                            QsDataRow    *b,
                                            QsDataColumn  column);
char      **qs_data_row_split_query        (const char   *query);
gboolean    qs_data_row_matches            (QsDataRow    *self,
                                            const char  *const *words);

gint64      qs_data_row_period_key         (QsResolution  resolution,
                                            gint32        period);
GListModel *qs_data_rows_from_dataset      (QsDataset    *dataset,
                                            const char   *locale);

G_END_DECLS
