/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <math.h>

#include <pango/pangocairo.h>

#include "qs-chart.h"
#include "qs-font-preload.h"
#include "qs-series.h"

/*
 * The first text a process draws pays for reading the font configuration,
 * choosing fonts for each family, size and weight, and opening them: tens of
 * milliseconds with the CJK fonts, as long as drawing a million-point chart.
 * A command-line export knows what it will draw once its data is loaded, so
 * it draws a small chart of the same theme, language and size on a second
 * thread meanwhile, and the real one finds its fonts ready.
 */

struct _QsFontPreload
{
  GThread *thread;
  char    *locale;
  char    *theme;
  double   width;
  double   height;
  double   scale;
};

/* A trend with the parts every chart has (title, subtitle, ticks, legend,
 * a labelled line, footnote): their text sizes are the ones charts use. */
static void
draw_sample (QsFontPreload *self)
{
  g_autoptr(QsChart) chart = qs_chart_new (QS_CHART_LINE);
  g_autoptr(QsChartTheme) theme = qs_chart_theme_new_named (self->theme ? self->theme : "light");
  g_autoptr(QsSeries) series = qs_series_new_regular ("000000", QS_RESOLUTION_YEAR, 2015, 11, 1);
  g_autoptr(QsSeries) other = qs_series_new_regular ("000001", QS_RESOLUTION_YEAR, 2015, 11, 1);
  double *v = qs_series_get_data (series, 0), *w = qs_series_get_data (other, 0);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1, 1);
  cairo_t *cr = cairo_create (surface);

  for (guint i = 0; i < 11; i++)
    {
      v[i] = 40 - 1.5 * i;
      w[i] = 1234.5 + 100 * sin (i);
    }
  if (theme)
    qs_chart_set_theme (chart, theme);
  qs_chart_set_locale (chart, self->locale);
  qs_chart_set_title (chart, "PM2.5 年均浓度 Annual average");
  qs_chart_set_subtitle (chart, "µg/m³ · 2015–2025 · 江西省");
  qs_chart_set_footnote (chart, "来源：省生态环境厅 Source: 2025");
  qs_chart_set_unit (chart, QS_UNIT_UG_M3, NULL);
  qs_chart_add_series (chart, series, 0, "江西省", NULL);
  qs_chart_add_series (chart, other, 0, "南昌市 Nanchang", NULL);
  qs_chart_add_reference (chart, 35, "二级标准限值 35", QS_CHART_REFERENCE_STANDARD, 0, 0);

  /* All of it lands outside a 1×1 image: only the text work is done. */
  cairo_scale (cr, self->scale, self->scale);
  qs_chart_draw (chart, cr, self->width, self->height);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static gpointer
preload (gpointer data)
{
  QsFontPreload *self = data;
  PangoFontMap *map = pango_cairo_font_map_new ();

  /* The chart engine takes its Pango contexts from the thread's default
   * font map: make it this one here, and on the drawing thread later. */
  pango_cairo_font_map_set_default (PANGO_CAIRO_FONT_MAP (map));
  draw_sample (self);
  return map;
}

/**
 * qs_font_preload_start:
 * @locale: (nullable): the charts' language, as for qs_chart_set_locale()
 * @theme: (nullable): the theme's name, as for qs_chart_theme_new_named()
 * @width: the width the charts will be drawn at
 * @height: their height
 * @scale: the pixel scale of the target, 1 for vector formats
 *
 * Starts setting up, on another thread, the fonts that charts drawn with
 * these settings will use. Call qs_font_preload_finish() on the thread that
 * draws, before it draws.
 *
 * Returns: (transfer full): the preload to finish
 */
QsFontPreload *
qs_font_preload_start (const char *locale,
                       const char *theme,
                       double      width,
                       double      height,
                       double      scale)
{
  QsFontPreload *self = g_new0 (QsFontPreload, 1);

  self->locale = g_strdup (locale);
  self->theme = g_strdup (theme);
  self->width = width;
  self->height = height;
  self->scale = scale > 0 ? scale : 1;
  self->thread = g_thread_try_new ("qs-font-preload", preload, self, NULL);
  return self;
}

/**
 * qs_font_preload_finish:
 * @preload: (transfer full): a preload from qs_font_preload_start()
 *
 * Waits for the preload and makes its font map the calling thread's default,
 * which the chart engine's Pango contexts come from; then frees @preload.
 */
void
qs_font_preload_finish (QsFontPreload *preload)
{
  g_return_if_fail (preload != NULL);

  if (preload->thread)
    {
      /* A font map is used by one thread at a time: once joined, the worker
       * is done with it. */
      PangoFontMap *map = g_thread_join (preload->thread);

      pango_cairo_font_map_set_default (PANGO_CAIRO_FONT_MAP (map));
      g_object_unref (map);
    }
  g_free (preload->locale);
  g_free (preload->theme);
  g_free (preload);
}
