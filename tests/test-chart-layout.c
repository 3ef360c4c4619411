/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Every chart of the demo dataset, in every theme, language and size a user
 * meets: no text overlaps another or leaves the canvas, and drawing emits no
 * warning (warnings are fatal in tests). */

#include "config.h"

#include <math.h>

#include "qs-chart-catalog.h"
#include "qs-dataset-loader.h"
#include "layout-check.h"
#include "quick.h"

static QsDataset *demo;

typedef struct
{
  const char *locale;
  const char *theme;
  double      width;
  double      height;
} Variant;

static const Variant variants[] = {
  { "zh_CN", "light", 1280, 720 },
  { "en", "light", 1280, 720 },
  { "zh_TW", "dark", 1280, 720 },
  { "zh_CN", "high-contrast", 1024, 600 },
  { "zh_CN", "briefing", 1280, 720 },
  { "en", "briefing", 1920, 1080 },
  { "zh_CN", "light", 640, 360 },
  { "en", "light", 480, 300 },
  { "zh_CN", "light", 3840, 2160 },
};

static void
test_variant (gconstpointer data)
{
  const Variant *v = data;
  g_autoptr(GPtrArray) entries = qs_chart_catalog_list (demo, v->locale);
  g_autoptr(QsChartTheme) theme = qs_chart_theme_new_named (v->theme);

  g_assert_cmpuint (entries->len, >, 50);
  for (guint i = 0; i < entries->len; i++)
    {
      QsChartEntry *entry = entries->pdata[i];
      /* Sparklines are for small cards: they are drawn at card size. */
      gboolean spark = qs_chart_get_kind (entry->chart) == QS_CHART_SPARKLINE;

      qs_chart_set_theme (entry->chart, theme);
      cairo_surface_destroy (layout_check (entry->chart, entry->id, spark ? 120 : v->width, spark ? 60 : v->height));
    }
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *path = g_build_filename (g_getenv ("QINGSHAN_DATADIR"), "demo", "jiangxi.json", NULL);
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  demo = qs_dataset_loader_load_path (path, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < (test_quick () ? 1 : G_N_ELEMENTS (variants)); i++)
    {
      g_autofree char *name = g_strdup_printf ("/chart-layout/%s/%s/%gx%g", variants[i].locale, variants[i].theme,
                                               variants[i].width, variants[i].height);
      g_test_add_data_func (name, &variants[i], test_variant);
    }
  status = g_test_run ();
  g_object_unref (demo);
  return status;
}
