/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Shared by the window tests: spinning the main loop for a while, or until
 * a condition holds (at most ten seconds, then the test fails). */

#pragma once

#include <glib.h>

static inline gboolean
ui_wait_timeout_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

static inline void
spin (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, ui_wait_timeout_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

static inline void
wait_until (gboolean (*done) (gpointer),
            gpointer   data)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add_seconds (10, ui_wait_timeout_cb, &timed_out);

  while (!done (data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (timed_out);
  g_source_remove (id);
}
