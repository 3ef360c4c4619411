/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean qs_number_parse (const char *str,
                          gsize       len,
                          double     *out);

G_END_DECLS
