/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Dataset text written to break things: Pango markup, control characters,
 * bidirectional overrides, a 10 000-character name, emoji and rare CJK.
 * Every chart of the demo dataset is drawn with its names replaced by these;
 * nothing may overlap or leave the canvas, markup stays literal text, and
 * no control or override character reaches the screen. */

#include "config.h"

#include "qs-chart-catalog.h"
#include "qs-dataset-loader.h"
#include "qs-text.h"
#include "hostile-dataset.h"
#include "layout-check.h"
#include "quick.h"

static QsDataset *dataset;

typedef struct
{
  const char *locale;
  const char *theme;
} Variant;

static const Variant variants[] = {
  { "zh_CN", "light" },
  { "en", "dark" },
  { "zh_TW", "briefing" },
};

static void
test_charts (gconstpointer data)
{
  const Variant *v = data;
  g_autoptr(GPtrArray) entries = qs_chart_catalog_list (dataset, v->locale);
  g_autoptr(QsChartTheme) theme = qs_chart_theme_new_named (v->theme);
  gboolean markup_seen = FALSE;

  g_assert_cmpuint (entries->len, >, 50);
  for (guint i = 0; i < entries->len; i++)
    {
      QsChartEntry *entry = entries->pdata[i];
      gboolean spark = qs_chart_get_kind (entry->chart) == QS_CHART_SPARKLINE;
      const QsChartTextBox *boxes;
      guint n;

      qs_chart_set_theme (entry->chart, theme);
      cairo_surface_destroy (layout_check (entry->chart, entry->id, spark ? 120 : 1280, spark ? 60 : 720));
      boxes = qs_chart_get_text_boxes (entry->chart, &n);
      for (guint k = 0; k < n; k++)
        {
          if (has_forbidden_character (boxes[k].text))
            g_error ("%s: “%.80s” shows a control or override character", entry->id, boxes[k].text);
          if (g_utf8_strlen (boxes[k].text, -1) > QS_TEXT_DISPLAY_MAX)
            g_error ("%s: a text of %ld characters is laid out whole", entry->id,
                     g_utf8_strlen (boxes[k].text, -1));
          markup_seen |= strstr (boxes[k].text, "<b>南昌</b>") != NULL;
        }
    }
  /* Markup is shown as the characters it is made of. */
  g_assert_true (markup_seen);
}

/* The display form keeps what a reader should see and drops the rest. */
static void
test_display_form (void)
{
  g_autofree char *markup = qs_text_for_display (MARKUP);
  g_autofree char *control = qs_text_for_display (hostile[1]);
  g_autofree char *bidi = qs_text_for_display (hostile[2]);
  g_autofree char *emoji = qs_text_for_display (hostile[4]);
  g_autofree char *rare = qs_text_for_display (hostile[5]);
  g_autofree char *longest = qs_text_for_display (hostile[3]);

  g_assert_cmpstr (markup, ==, MARKUP);
  g_assert_cmpstr (control, ==, "九江[31m红市 第二行");
  g_assert_cmpstr (bidi, ==, "赣州 abc שלום");
  g_assert_cmpstr (emoji, ==, hostile[4]);
  g_assert_cmpstr (rare, ==, hostile[5]);
  g_assert_cmpint (g_utf8_strlen (longest, -1), ==, QS_TEXT_DISPLAY_MAX);
  g_assert_true (g_str_has_suffix (longest, "…"));
  g_assert_true (g_str_has_prefix (longest, "鹰潭鹰潭"));
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *path = g_build_filename (g_getenv ("QINGSHAN_DATADIR"), "demo", "jiangxi.json", NULL);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  bytes = hostile_dataset_bytes (path);
  dataset = qs_dataset_loader_load_bytes (bytes, "hostile.json", NULL, NULL, NULL, &problems, &error);
  for (guint i = 0; problems && i < problems->len; i++)
    {
      g_autofree char *line = qs_problem_to_string (problems->pdata[i]);
      g_printerr ("%s\n", line);
    }
  g_assert_no_error (error);

  g_test_add_func ("/hostile-text/display-form", test_display_form);
  for (guint i = 0; i < (test_quick () ? 1 : G_N_ELEMENTS (variants)); i++)
    {
      g_autofree char *name = g_strdup_printf ("/hostile-text/charts/%s/%s", variants[i].locale, variants[i].theme);
      g_test_add_data_func (name, &variants[i], test_charts);
    }
  status = g_test_run ();
  g_object_unref (dataset);
  return status;
}
