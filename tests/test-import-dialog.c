/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The import dialog under Xvfb: the preview shows the file's headers, what
 * each was recognized as, the first rows and the detected encoding; a file
 * with problems lists them and changes nothing; a good file is merged into
 * the open dataset, which the window shows at once. */

#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gstdio.h>

#include "qs-application.h"
#include "qs-import-dialog.h"
#include "qs-window.h"
#include "ui-wait.h"
#include "ui-window.h"

static QsDataset *old_dataset;

static gboolean
dataset_replaced (gpointer window)
{
  return qs_window_get_dataset (window) != NULL && qs_window_get_dataset (window) != old_dataset;
}

/* PM2.5 of region @code on day @julian, or NAN. */
static double
pm25_on (QsDataset  *dataset,
         const char *code,
         guint32     julian)
{
  GPtrArray *blocks = qs_dataset_get_air_daily (dataset);

  for (guint i = 0; i < blocks->len; i++)
    {
      QsAirDaily *block = blocks->pdata[i];
      if (strcmp (block->region, code) == 0 && julian >= block->start_day &&
          julian < block->start_day + block->n_days && block->columns[QS_POLLUTANT_PM25])
        return block->columns[QS_POLLUTANT_PM25][julian - block->start_day];
    }
  return NAN;
}

static void
test_import_dialog (void)
{
  g_autofree char *demo = qs_application_get_demo_path ();
  g_autofree char *dir = g_dir_make_tmp ("qs-import-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "jiangxi.json", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autofree char *bad_csv = g_build_filename (dir, "bad.csv", NULL);
  g_autofree char *good_csv = g_build_filename (dir, "good.csv", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *after_bad = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) bad_file = g_file_new_for_path (bad_csv);
  g_autoptr(GFile) good_file = g_file_new_for_path (good_csv);
  g_autoptr(GDate) date = g_date_new_dmy (5, G_DATE_JANUARY, 2025);
  QsWindow *window = qs_window_new (NULL);
  GtkWindow *dialog;
  gsize length;

  g_assert_true (g_file_get_contents (demo, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (path, contents, (gssize) length, NULL));
  g_assert_true (g_file_set_contents (bad_csv, "日期,城市,PM2.5\n2025-01-05,九江市,31\n2025-13-01,九江市,32\n", -1, NULL));
  g_assert_true (g_file_set_contents (good_csv, "监测日期,城市,PM2.5,PM10\n2025-01-05,九江市,123,150\n"
                                                "2025/1/6,九江市,—,88\n", -1, NULL));
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  qs_window_open_file (window, file);
  wait_until (has_dataset, window);
  g_assert_cmpfloat (pm25_on (qs_window_get_dataset (window), "360400", g_date_get_julian (date)), !=, 123);

  /* A file with a bad date: the problem names line and column; the
   * dataset file does not change. */
  dialog = qs_window_import_csv (window, bad_file);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (qs_import_dialog_get_cell (QS_IMPORT_DIALOG (dialog), 0, 0), ==, "日期");
  g_assert_cmpuint (qs_import_dialog_get_n_preview_rows (QS_IMPORT_DIALOG (dialog)), ==, 2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.run", NULL));
  g_assert_nonnull (strstr (qs_import_dialog_get_problems (QS_IMPORT_DIALOG (dialog)), "bad.csv:3:1: "));
  g_assert_nonnull (strstr (qs_import_dialog_get_summary (QS_IMPORT_DIALOG (dialog)), "unchanged"));
  g_assert_true (g_file_get_contents (path, &after_bad, NULL, NULL));
  g_assert_cmpstr (after_bad, ==, contents);
  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));
  gtk_window_destroy (dialog);

  /* A good file: preview, then import; the window shows the new value. */
  dialog = qs_window_import_csv (window, good_file);
  g_assert_cmpstr (qs_import_dialog_get_cell (QS_IMPORT_DIALOG (dialog), 0, 0), ==, "监测日期");
  g_assert_cmpstr (qs_import_dialog_get_cell (QS_IMPORT_DIALOG (dialog), 2, 2), ==, "123");
  g_assert_cmpstr (qs_import_dialog_get_cell (QS_IMPORT_DIALOG (dialog), 3, 0), ==, "2025/1/6");
  g_assert_cmpstr (qs_import_dialog_get_problems (QS_IMPORT_DIALOG (dialog)), ==, "");
  old_dataset = qs_window_get_dataset (window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.run", NULL));
  g_assert_cmpstr (qs_import_dialog_get_summary (QS_IMPORT_DIALOG (dialog)), ==, "Imported 2 rows");
  wait_until (dataset_replaced, window);
  g_assert_cmpfloat (pm25_on (qs_window_get_dataset (window), "360400", g_date_get_julian (date)), ==, 123);
  /* The previous file is kept beside it. */
  {
    g_autofree char *kept = NULL;
    g_assert_true (g_file_get_contents (backup, &kept, NULL, NULL));
    g_assert_cmpstr (kept, ==, contents);
  }
  /* Importing again is not offered: the dialog is done, so the backup
   * still holds the file from before the import. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.run", NULL);
  {
    g_autofree char *kept = NULL;
    g_assert_true (g_file_get_contents (backup, &kept, NULL, NULL));
    g_assert_cmpstr (kept, ==, contents);
  }
  gtk_window_destroy (dialog);

  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_unlink (backup);
  g_unlink (path);
  g_unlink (bad_csv);
  g_unlink (good_csv);
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_test_add_func ("/import-dialog/preview-problems-import", test_import_dialog);
  return g_test_run ();
}
