/* SPDX-License-Identifier: GPL-3.0-or-later */
/* qs-json-guard.h: checks a JSON text is safe to hand to the parser */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define QS_JSON_MAX_FILE_SIZE   (256u * 1024 * 1024)
#define QS_JSON_MAX_DEPTH       64
#define QS_JSON_MAX_STRING_LEN  65536

/* Arrays of at least this many numbers (or nulls) are read as columns. */
#define QS_JSON_COLUMN_MIN      256

/**
 * QsJsonColumn:
 * @start: offset of the opening `[`
 * @end: offset just past the closing `]`
 * @count: number of elements
 *
 * A long array holding only numbers and nulls, found by the guard. The loader
 * reads these itself into packed doubles instead of building a json-glib
 * node per value, which would cost ~300 bytes and ~0.3 µs each.
 */
typedef struct
{
  gsize start;
  gsize end;
  guint count;
} QsJsonColumn;

gboolean qs_json_guard_check (const char *data,
                              gsize       len,
                              guint      *line,
                              guint      *column,
                              char      **message,
                              GArray     *columns);

G_END_DECLS
