/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Shared by the window tests: the text of every visible label under a
 * widget, one label a line, as a person sees it. */

#pragma once

#include <gtk/gtk.h>

static inline void
collect_text (GtkWidget *widget,
              GString   *out)
{
  if (!gtk_widget_get_visible (widget) || !gtk_widget_get_child_visible (widget))
    return;
  if (GTK_IS_LABEL (widget))
    g_string_append_printf (out, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_text (child, out);
}
