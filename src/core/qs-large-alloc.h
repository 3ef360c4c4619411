/* SPDX-License-Identifier: GPL-3.0-or-later */
/* qs-large-alloc.h: memory for arrays of many megabytes */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gpointer qs_large_alloc      (gsize size);
gpointer qs_large_try_alloc0 (gsize size);

G_END_DECLS
