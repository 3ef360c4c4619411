/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The window, headless under Xvfb: it shows a dataset, its demo notice and its
 * indicators, and a file that fails to load leaves what is shown in place. */

#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gstdio.h>

#include "qs-application.h"
#include "qs-window.h"

static gboolean
timeout_cb (gpointer data)
{
  gboolean *timed_out = data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

/* Spins the main loop until @done is true or five seconds pass. */
static void
wait_until (gboolean (*done) (QsWindow *),
            QsWindow *window)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add_seconds (5, timeout_cb, &timed_out);

  while (!done (window) && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (timed_out);
  g_source_remove (id);
}

static gboolean
has_dataset (QsWindow *window)
{
  return qs_window_get_dataset (window) != NULL;
}

static gboolean
has_error (QsWindow *window)
{
  return qs_window_get_error_text (window) != NULL;
}

/* Collects the text of every visible label and row in the widget tree. */
static void
collect_text (GtkWidget *widget,
              GString   *out)
{
  if (!gtk_widget_get_visible (widget))
    return;
  if (GTK_IS_LABEL (widget))
    g_string_append_printf (out, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    collect_text (child, out);
}

static QsWindow *
open_window (const char *path)
{
  QsWindow *window = qs_window_new (NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  gtk_window_present (GTK_WINDOW (window));
  qs_window_open_file (window, file);
  wait_until (has_dataset, window);
  return window;
}

static void
close_window (QsWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
test_demo_dataset (void)
{
  g_autofree char *demo = qs_application_get_demo_path ();
  QsWindow *window = open_window (demo);
  g_autoptr(GString) text = g_string_new (NULL);

  g_assert_true (qs_dataset_is_demo (qs_window_get_dataset (window)));
  collect_text (GTK_WIDGET (window), text);
  /* The title, the demo notice and the indicators, as a person sees them. */
  g_assert_nonnull (strstr (text->str, qs_text_get (qs_dataset_get_title (qs_window_get_dataset (window)), NULL)));
  g_assert_nonnull (strstr (text->str, "Demonstration data"));
  g_assert_nonnull (strstr (text->str, "27.4 µg/m³ (2025)"));
  for (guint i = 0; i < qs_dataset_get_indicators (qs_window_get_dataset (window))->len; i++)
    {
      QsIndicator *indicator = qs_dataset_get_indicators (qs_window_get_dataset (window))->pdata[i];
      g_assert_nonnull (strstr (text->str, qs_text_get (qs_indicator_get_name (indicator), NULL)));
    }
  close_window (window);
}

static void
test_no_demo_notice (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "good", "full.json", NULL);
  QsWindow *window = open_window (path);
  g_autoptr(GString) text = g_string_new (NULL);

  collect_text (GTK_WIDGET (window), text);
  g_assert_nonnull (strstr (text->str, "Test dataset"));
  g_assert_null (strstr (text->str, "Demonstration data"));
  close_window (window);
}

static void
test_bad_file_keeps_data (void)
{
  g_autofree char *good = g_test_build_filename (G_TEST_DIST, "data", "good", "full.json", NULL);
  g_autofree char *dir = g_dir_make_tmp ("qs-window-XXXXXX", NULL);
  g_autofree char *bad = g_build_filename (dir, "bad.json", NULL);
  g_autoptr(GFile) bad_file = g_file_new_for_path (bad);
  QsWindow *window = open_window (good);
  QsDataset *before = qs_window_get_dataset (window);
  g_autoptr(GString) text = g_string_new (NULL);

  /* Markup in the file must show as text, never be interpreted. */
  g_assert_true (g_file_set_contents (bad, "{\"format\": \"<b>bold</b>\"}", -1, NULL));
  qs_window_open_file (window, bad_file);
  wait_until (has_error, window);
  g_assert_true (qs_window_get_dataset (window) == before);
  g_assert_nonnull (strstr (qs_window_get_error_text (window),
                            "bad.json: format: “<b>bold</b>” is not a Qingshan dataset"));
  collect_text (GTK_WIDGET (window), text);
  g_assert_nonnull (strstr (text->str, "Test dataset"));
  g_assert_nonnull (strstr (text->str, "“<b>bold</b>” is not a Qingshan dataset"));
  close_window (window);
  g_unlink (bad);
  g_rmdir (dir);
}

static void
test_finalized (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "good", "full.json", NULL);
  QsWindow *window = open_window (path);
  QsDataset *dataset = g_object_ref (qs_window_get_dataset (window));

  g_object_ref (window);
  close_window (window);
  g_assert_finalize_object (window);
  /* The window dropped its reference: ours is the last. */
  g_assert_finalize_object (dataset);
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/window/demo-dataset", test_demo_dataset);
  g_test_add_func ("/window/no-demo-notice", test_no_demo_notice);
  g_test_add_func ("/window/bad-file-keeps-data", test_bad_file_keeps_data);
  g_test_add_func ("/window/finalized", test_finalized);
  return g_test_run ();
}
