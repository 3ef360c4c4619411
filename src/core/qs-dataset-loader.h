/* SPDX-License-Identifier: GPL-3.0-or-later */
/* qs-dataset-loader.h: reads and validates dataset files */

#pragma once

#include <gio/gio.h>

#include "qs-dataset.h"
#include "qs-problem.h"

G_BEGIN_DECLS

#define QS_LOAD_ERROR (qs_load_error_quark ())

typedef enum {
  QS_LOAD_ERROR_IO,
  QS_LOAD_ERROR_INVALID,
  QS_LOAD_ERROR_TOO_LARGE,
} QsLoadError;

#define QS_LOAD_MAX_PROBLEMS 100

/* What one dataset may hold (docs/limits.md); beyond, the load is refused
 * with a message before anything large is allocated. */
#define QS_LOAD_MAX_REGIONS     10000
#define QS_LOAD_MAX_INDICATORS  10000
#define QS_LOAD_MAX_SERIES      10000     /* per indicator */
#define QS_LOAD_MAX_CATEGORIES  64
#define QS_LOAD_MAX_BLOCKS      10000     /* air_daily, water_sections, water_samples each */
#define QS_LOAD_MAX_VALUES      10000000  /* numbers in the whole dataset */

/**
 * QsLoadProgressFunc:
 * @fraction: how much is done, 0 to 1
 * @user_data: the data given with the callback
 *
 * Called from the loading thread as the load advances.
 */
typedef void (*QsLoadProgressFunc) (double   fraction,
                                    gpointer user_data);

GQuark      qs_load_error_quark           (void);
QsDataset  *qs_dataset_loader_load_path   (const char          *path,
                                           GCancellable        *cancellable,
                                           QsLoadProgressFunc   progress,
                                           gpointer             user_data,
                                           GPtrArray          **problems,
                                           GError             **error);
QsDataset  *qs_dataset_loader_load_bytes  (GBytes              *bytes,
                                           const char          *display_name,
                                           GCancellable        *cancellable,
                                           QsLoadProgressFunc   progress,
                                           gpointer             user_data,
                                           GPtrArray          **problems,
                                           GError             **error);
gboolean    qs_dataset_loader_is_csv_name (const char          *path);

G_END_DECLS
