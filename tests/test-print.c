/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Printing through GtkPrintOperation's export path (what the print dialog
 * does with "Print to File"): one A4 landscape page per chart, with the
 * charts' Chinese text in the PDF; and Ctrl+P is the window's print. */

#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gstdio.h>

#include "qs-application.h"
#include "qs-chart-catalog.h"
#include "qs-dataset-loader.h"
#include "qs-print.h"
#include "qs-report.h"

static char *
run_tool (const char *tool,
          const char *path)
{
  const char *argv[] = { tool, "-enc", "UTF-8", path, "-", NULL };
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  if (strcmp (tool, "pdfinfo") == 0)
    argv[1] = path, argv[2] = NULL;
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return g_steal_pointer (&out);
}

static gboolean
have_poppler (void)
{
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");

  return pdfinfo != NULL && pdftotext != NULL;
}

static void
test_print_to_file (void)
{
  g_autofree char *demo_path = qs_application_get_demo_path ();
  g_autofree char *dir = g_dir_make_tmp ("qs-print-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "charts.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(QsDataset) demo = qs_dataset_loader_load_path (demo_path, NULL, NULL, NULL, NULL, &error);
  g_autoptr(GPtrArray) charts = g_ptr_array_new_with_free_func (g_object_unref);
  static const char *const ids[] = { "air.pm25_annual.trend", "air.good_days_ratio.cities",
                                     "water.national_good_ratio.trend" };
  g_autofree char *info = NULL;
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      QsChart *chart = qs_chart_catalog_build (demo, ids[i], "zh_CN", &error);
      g_assert_no_error (error);
      g_ptr_array_add (charts, chart);
    }
  g_assert_cmpint (qs_print_charts (NULL, charts, "test", pdf, &error), ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));

  if (!have_poppler ())
    {
      g_test_skip ("pdfinfo and pdftotext (poppler-utils) are not installed");
      return;
    }
  info = run_tool ("pdfinfo", pdf);
  g_assert_nonnull (strstr (info, "Pages:"));
  g_assert_cmpuint (g_ascii_strtoull (g_strchug (strstr (info, "Pages:") + strlen ("Pages:")), NULL, 10), ==, 3);
  /* A4 landscape: wider than high. */
  g_assert_nonnull (strstr (info, "841.89 x 595.276 pts (A4)"));
  text = run_tool ("pdftotext", pdf);
  g_assert_nonnull (strstr (text, qs_text_get (qs_indicator_get_name (qs_dataset_lookup_indicator (demo, "air.pm25_annual")),
                                               "zh_CN")));
  /* Pages are separated by form feeds: the third chart is on the third. */
  {
    g_auto(GStrv) pages = g_strsplit (text, "\f", -1);
    g_assert_cmpuint (g_strv_length (pages), >=, 3);
    g_assert_nonnull (strstr (pages[2],
                              qs_text_get (qs_indicator_get_name (qs_dataset_lookup_indicator (demo, "water.national_good_ratio")),
                                           "zh_CN")));
  }
  g_unlink (pdf);
  g_rmdir (dir);
}

static void
draw_slide (cairo_t  *cr,
            guint     page,
            double    width,
            double    height,
            gpointer  slides)
{
  qs_report_slides_draw (slides, page, cr, width, height);
}

/* The whole deck, one slide per page, as Print Briefing does. */
static void
test_print_deck (void)
{
  g_autofree char *demo_path = qs_application_get_demo_path ();
  g_autofree char *dir = g_dir_make_tmp ("qs-print-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "deck.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(QsDataset) demo = qs_dataset_loader_load_path (demo_path, NULL, NULL, NULL, NULL, &error);
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  g_autoptr(QsDeck) deck = NULL;
  g_autoptr(QsChartTheme) theme = qs_chart_theme_new_named ("light");
  g_autoptr(QsReportSlides) slides = NULL;
  g_autofree char *info = NULL;
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  entries = qs_chart_catalog_list (demo, "zh_CN");
  for (guint i = 0; i < entries->len; i++)
    g_ptr_array_add (ids, ((QsChartEntry *) entries->pdata[i])->id);
  g_ptr_array_add (ids, NULL);
  deck = qs_deck_new_default ((const char *const *) ids->pdata);
  /* A hidden slide is not printed. */
  qs_slide_set_hidden (qs_deck_get_slide (deck, 1), TRUE);
  slides = qs_report_slides_new (demo, deck, "zh_CN", theme);
  g_assert_cmpuint (qs_report_slides_get_n (slides), ==, qs_deck_get_n_visible (deck));

  g_assert_cmpint (qs_print_pages (NULL, qs_report_slides_get_n (slides), draw_slide, slides, "deck", pdf, &error),
                   ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);
  if (!have_poppler ())
    {
      g_test_skip ("pdfinfo and pdftotext (poppler-utils) are not installed");
      return;
    }
  info = run_tool ("pdfinfo", pdf);
  g_assert_cmpuint (g_ascii_strtoull (g_strchug (strstr (info, "Pages:") + strlen ("Pages:")), NULL, 10), ==,
                    qs_deck_get_n_visible (deck));
  text = run_tool ("pdftotext", pdf);
  {
    g_auto(GStrv) pages = g_strsplit (text, "\f", -1);
    g_autofree char *first = g_strdup_printf ("1/%u", qs_deck_get_n_visible (deck));
    g_autofree char *last = g_strdup_printf ("%u/%u", qs_deck_get_n_visible (deck), qs_deck_get_n_visible (deck));

    /* Slide numbers run over the visible slides only (pdftotext may drop
     * the spaces around the slash); Chinese is text. */
    for (guint i = 0; pages[i]; i++)
      {
        char *out = pages[i];
        for (const char *in = pages[i]; *in; in++)
          if (*in != ' ')
            *out++ = *in;
        *out = '\0';
      }
    g_assert_nonnull (strstr (pages[0], first));
    g_assert_nonnull (strstr (pages[qs_deck_get_n_visible (deck) - 1], last));
    g_assert_nonnull (strstr (pages[0], "空气质量优良天数比率"));
  }
  g_unlink (pdf);
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_test_add_func ("/print/to-file", test_print_to_file);
  g_test_add_func ("/print/deck", test_print_deck);
  return g_test_run ();
}
