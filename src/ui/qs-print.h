/* SPDX-License-Identifier: GPL-3.0-or-later */
/* qs-print.h: printing charts through GtkPrintOperation */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Draws page @page (from 0) in a printable area of @width × @height points. */
typedef void (*QsPrintDrawFunc) (cairo_t  *cr,
                                 guint     page,
                                 double    width,
                                 double    height,
                                 gpointer  data);

GtkPrintOperationResult qs_print_pages  (GtkWindow       *parent,
                                         guint            n_pages,
                                         QsPrintDrawFunc  draw,
                                         gpointer         data,
                                         const char      *job_name,
                                         const char      *export_path,
                                         GError         **error);
GtkPrintOperationResult qs_print_charts (GtkWindow  *parent,
                                         GPtrArray  *charts,
                                         const char *job_name,
                                         const char *export_path,
                                         GError    **error);

G_END_DECLS
