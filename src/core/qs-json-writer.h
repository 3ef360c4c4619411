/* SPDX-License-Identifier: GPL-3.0-or-later */
/* qs-json-writer.h: JSON text with numbers as people write them */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

char *qs_json_to_string    (JsonNode *node,
                            gboolean  pretty);
void  qs_json_append_double (GString *out,
                            double    value);

G_END_DECLS
