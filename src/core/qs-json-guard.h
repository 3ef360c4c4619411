/* SPDX-License-Identifier: GPL-3.0-or-later */
/* qs-json-guard.h: checks a JSON text is safe to hand to the parser */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define QS_JSON_MAX_FILE_SIZE   (256u * 1024 * 1024)
#define QS_JSON_MAX_DEPTH       64
#define QS_JSON_MAX_STRING_LEN  65536

gboolean qs_json_guard_check (const char *data,
                              gsize       len,
                              guint      *line,
                              guint      *column,
                              char      **message);

G_END_DECLS
