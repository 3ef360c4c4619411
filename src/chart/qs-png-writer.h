/* SPDX-License-Identifier: GPL-3.0-or-later */
/* qs-png-writer.h: a fast PNG encoder for rendered charts */

#pragma once

#include <cairo.h>
#include <gio/gio.h>

G_BEGIN_DECLS

gboolean qs_png_write (cairo_surface_t  *image,
                       double            dpi,
                       GOutputStream    *out,
                       GError          **error);

G_END_DECLS
