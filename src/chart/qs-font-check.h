/* SPDX-License-Identifier: GPL-3.0-or-later */
/* qs-font-check.h: whether the installed fonts can draw Chinese */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean qs_font_check_covers (const char *text,
                               const char *locale);

G_END_DECLS
