/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Shared by the window tests: conditions to wait_until() (ui-wait.h). */

#pragma once

#include <gtk/gtk.h>

#include "qs-window.h"

/* The window has a dataset loaded. */
static inline gboolean
has_dataset (gpointer window)
{
  return qs_window_get_dataset (window) != NULL;
}

/* The widget is on screen at a real size. */
static inline gboolean
is_allocated (gpointer widget)
{
  return gtk_widget_get_width (widget) > 100 && gtk_widget_get_mapped (widget);
}
