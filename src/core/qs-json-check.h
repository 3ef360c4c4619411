/* SPDX-License-Identifier: GPL-3.0-or-later */
/* qs-json-check.h: reading a JSON file with a path for every problem */

#pragma once

#include <json-glib/json-glib.h>

#include "qs-problem.h"
#include "qs-text.h"

G_BEGIN_DECLS

/* At most this many problems are listed, then a line saying there are more. */
#define QS_JSON_MAX_PROBLEMS 100

/**
 * QsJsonCheck:
 * @file: the file's name as shown in messages
 * @problems: (element-type QsProblem): where problems go
 * @path: the JSON path of the node being read, e.g. `indicators[3].unit`
 *
 * What the readers of Qingshan's JSON files (datasets, briefing decks)
 * share: each problem is told with the path of the node it is about.
 */
typedef struct
{
  const char *file;
  GPtrArray  *problems;
  GString    *path;
} QsJsonCheck;

gboolean    qs_json_full          (QsJsonCheck       *check);
void        qs_json_problem       (QsJsonCheck       *check,
                                   const char        *format,
                                   ...) G_GNUC_PRINTF (2, 3);
gsize       qs_json_push_key      (QsJsonCheck       *check,
                                   const char        *key);
gsize       qs_json_push_index    (QsJsonCheck       *check,
                                   guint              index);
void        qs_json_pop           (QsJsonCheck       *check,
                                   gsize              old);
JsonNode   *qs_json_member        (QsJsonCheck       *check,
                                   JsonObject        *object,
                                   const char        *key,
                                   gboolean           required);
void        qs_json_check_keys    (QsJsonCheck       *check,
                                   JsonObject        *object,
                                   const char *const *allowed,
                                   gboolean           extensions);
const char *qs_json_get_string    (QsJsonCheck       *check,
                                   JsonObject        *object,
                                   const char        *key,
                                   gboolean           required);
QsText     *qs_json_get_text      (QsJsonCheck       *check,
                                   JsonObject        *object,
                                   const char        *key,
                                   gboolean           required,
                                   gboolean           one_line);

const char *qs_json_type_name     (JsonNode          *node);
gboolean    qs_json_is_string     (JsonNode          *node);
gboolean    qs_json_is_locale_key (const char        *key);

G_END_DECLS
