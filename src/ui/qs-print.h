/* SPDX-License-Identifier: GPL-3.0-or-later */
/* qs-print.h: printing charts through GtkPrintOperation */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GtkPrintOperationResult qs_print_charts (GtkWindow  *parent,
                                         GPtrArray  *charts,
                                         const char *job_name,
                                         const char *export_path,
                                         GError    **error);

G_END_DECLS
