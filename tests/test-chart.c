/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The chart engine: ticks, pixels where the scale says, hollow markers,
 * calendar colours, M4 against every point, and the edge cases. */

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gstdio.h>

#include "qs-chart.h"
#include "qs-font-check.h"
#include "qs-period.h"
#include "qs-ticks.h"

/* ---- ticks ---------------------------------------------------------------- */

typedef struct
{
  double      lo;
  double      hi;
  guint       max_ticks;
  gboolean    zero;
  const char *expected;   /* the tick values, space-separated */
} TicksCase;

static const TicksCase ticks_cases[] = {
  { 0, 100, 6, FALSE, "0 20 40 60 80 100" },
  { 26.2, 35, 10, FALSE, "26 27 28 29 30 31 32 33 34 35" },
  /* Five ticks cannot span 26.2–35 in steps of 2 (26–36 is six): steps of 5. */
  { 26.2, 35, 5, FALSE, "25 30 35" },
  { 92.1, 95.5, 5, TRUE, "0 50 100" },
  { 0.013, 0.087, 5, FALSE, "0 0.05 0.1" },
  { -3.5, 7.2, 6, FALSE, "-5 0 5 10" },
  { 27.4, 27.4, 5, FALSE, "24 26 28 30 32" },
  { 0, 0, 5, FALSE, "-1 -0.5 0 0.5 1" },
  { NAN, NAN, 5, FALSE, "0 0.5 1" },
  { 0.001, 1000, 6, FALSE, "0 200 400 600 800 1000" },
  { 613e6, 1463e6, 6, TRUE, "0 500000000 1000000000 1500000000" },
  { 1, 9, 2, FALSE, "0 10" },
  { 35, 75, 3, FALSE, "0 50 100" },
};

static void
test_ticks (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (ticks_cases); i++)
    {
      const TicksCase *c = &ticks_cases[i];
      g_autoptr(GString) got = g_string_new (NULL);
      QsTicks t;

      qs_ticks_compute (c->lo, c->hi, c->max_ticks, c->zero, &t);
      for (guint k = 0; k < t.n; k++)
        {
          char buf[G_ASCII_DTOSTR_BUF_SIZE];
          g_string_append_printf (got, "%s%s", k ? " " : "", g_ascii_formatd (buf, sizeof buf, "%.10g", t.values[k]));
        }
      g_test_message ("case %u: [%g, %g] max %u", i, c->lo, c->hi, c->max_ticks);
      g_assert_cmpstr (got->str, ==, c->expected);
      /* The data always lie within the axis. */
      if (isfinite (c->lo))
        {
          g_assert_cmpfloat (t.min, <=, c->lo);
          g_assert_cmpfloat (t.max, >=, c->hi);
        }
    }
}

/* ---- helpers ------------------------------------------------------------- */

static QsSeries *
yearly (gint32        start,
        const double *values,
        guint         n,
        const QsStatus *statuses)
{
  QsSeries *series = qs_series_new_regular ("360000", QS_RESOLUTION_YEAR, start, n, 1);

  memcpy (qs_series_get_data (series, 0), values, n * sizeof (double));
  for (guint i = 0; statuses && i < n; i++)
    qs_series_set_status (series, i, statuses[i]);
  return series;
}

typedef struct
{
  cairo_surface_t *surface;
  int              stride;
  guint8          *data;
} Image;

static Image
draw_image (QsChart *chart,
            int      width,
            int      height)
{
  Image image;
  cairo_t *cr;

  image.surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cr = cairo_create (image.surface);
  qs_chart_draw (chart, cr, width, height);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (image.surface);
  image.stride = cairo_image_surface_get_stride (image.surface);
  image.data = cairo_image_surface_get_data (image.surface);
  return image;
}

static guint32
pixel (Image *image,
       int    x,
       int    y)
{
  return *(guint32 *) (void *) (image->data + y * image->stride + x * 4) & 0xFFFFFF;
}

static guint32
rgb_of (const QsColor *c)
{
  return ((guint32) lround (c->red * 255) << 16) | ((guint32) lround (c->green * 255) << 8) |
         (guint32) lround (c->blue * 255);
}

/* ---- pixels -------------------------------------------------------------- */

/* The 35 µg/m³ limit line lands on the row the scale computes, in its colour. */
static void
test_limit_line_pixels (void)
{
  static const double values[] = { 30, 38, 27.4, 41 };
  g_autoptr(QsSeries) series = yearly (2022, values, 4, NULL);
  g_autoptr(QsChart) chart = qs_chart_new (QS_CHART_LINE);
  double x, y;
  Image image;
  guint32 red = rgb_of (&qs_chart_get_theme (chart)->standard);
  int row, column;

  qs_chart_set_title (chart, "PM2.5");
  qs_chart_add_series (chart, series, 0, "江西省", NULL);
  qs_chart_add_reference (chart, 35, "二级标准", QS_CHART_REFERENCE_STANDARD, G_MININT32, G_MAXINT32);
  image = draw_image (chart, 800, 500);

  /* Where 35 falls, by the chart's own mapping of the 2022 point (30). */
  g_assert_true (qs_chart_map_point (chart, 0, 0, &x, &y));
  {
    double x2, y2;
    g_assert_true (qs_chart_map_point (chart, 0, 2, &x2, &y2));
    /* Linear scale: 35 lies at y(30) + (35 − 30)/(27.4 − 30) × (y(27.4) − y(30)). */
    row = (int) floor (y + (35 - 30) / (27.4 - 30) * (y2 - y));
  }
  /* Between the first and second points, away from the line's labels. */
  column = (int) (x + 30);
  g_assert_cmphex (pixel (&image, column, row), ==, red);
  /* The rows two above and below are not the limit's colour. */
  g_assert_cmphex (pixel (&image, column, row - 3), !=, red);
  g_assert_cmphex (pixel (&image, column, row + 3), !=, red);
  cairo_surface_destroy (image.surface);
}

/* A bar's top is where its value maps. */
static void
test_bar_top (void)
{
  static const double values[] = { 50, 20 };
  g_autoptr(QsSeries) series = yearly (2024, values, 2, NULL);
  g_autoptr(QsChart) chart = qs_chart_new (QS_CHART_BARS);
  guint32 blue = rgb_of (&qs_chart_get_theme (chart)->palette[0]);
  double x, y;
  Image image;
  int top = -1;

  qs_chart_add_series (chart, series, 0, "江西省", NULL);
  image = draw_image (chart, 600, 400);
  g_assert_true (qs_chart_map_point (chart, 0, 0, &x, &y));
  for (int r = 0; r < 400; r++)
    if (pixel (&image, (int) x, r) == blue)
      {
        top = r;
        break;
      }
  g_assert_cmpint (top, >=, 0);
  g_assert_cmpfloat (fabs (top - y), <=, 1.0);
  cairo_surface_destroy (image.surface);
}

/* A provisional or illustrative point has a hollow marker; a final one not. */
static void
test_hollow_marker (void)
{
  static const double values[] = { 30, 28, 27 };
  static const QsStatus statuses[] = { QS_STATUS_FINAL, QS_STATUS_ILLUSTRATIVE, QS_STATUS_FINAL };
  g_autoptr(QsSeries) series = yearly (2023, values, 3, statuses);
  g_autoptr(QsChart) chart = qs_chart_new (QS_CHART_LINE);
  QsChartTheme *theme = qs_chart_get_theme (chart);
  guint32 blue = rgb_of (&theme->palette[0]);
  guint32 background = rgb_of (&theme->background);
  double x, y;
  Image image;

  qs_chart_add_series (chart, series, 0, "江西省", NULL);
  image = draw_image (chart, 600, 400);
  g_assert_true (qs_chart_map_point (chart, 0, 1, &x, &y));
  g_assert_cmphex (pixel (&image, (int) x, (int) y), ==, background);
  g_assert_true (qs_chart_map_point (chart, 0, 0, &x, &y));
  g_assert_cmphex (pixel (&image, (int) x, (int) y), ==, blue);
  cairo_surface_destroy (image.surface);
}

/* The cell of a known day has its category's colour; a missing day has none. */
static void
test_calendar_cell (void)
{
  g_autoptr(QsSeries) levels = NULL;
  g_autoptr(QsChart) chart = qs_chart_new (QS_CHART_CALENDAR);
  static const guint32 colors[] = { 0x00E400, 0xFFFF00, 0xFF7E00, 0xFF0000, 0x99004C, 0x7E0023 };
  guint32 first, day;
  double x, y;
  Image image;

  g_assert_true (qs_date_parse ("2025-01-01", &first));
  g_assert_true (qs_date_parse ("2025-03-05", &day));
  levels = qs_series_new_regular ("360100", QS_RESOLUTION_DAY, (gint32) first, 365, 1);
  for (guint i = 0; i < 365; i++)
    qs_series_get_data (levels, 0)[i] = i % 6;
  qs_series_get_data (levels, 0)[day - first] = 2;
  qs_series_get_data (levels, 0)[day - first + 1] = NAN;
  for (guint i = 0; i < G_N_ELEMENTS (colors); i++)
    {
      QsColor c = { (colors[i] >> 16) / 255.0, (colors[i] >> 8 & 0xFF) / 255.0, (colors[i] & 0xFF) / 255.0, 1 };
      qs_chart_add_band (chart, i, &c, "level");
    }
  qs_chart_set_calendar_year (chart, 2025);
  qs_chart_add_series (chart, levels, 0, "南昌市", NULL);
  image = draw_image (chart, 1000, 300);

  g_assert_true (qs_chart_map_point (chart, 0, day - first, &x, &y));
  g_assert_cmphex (pixel (&image, (int) x - 2, (int) y - 2), ==, 0xFF7E00);
  g_assert_true (qs_chart_map_point (chart, 0, day - first + 1, &x, &y));
  /* Off the cell's diagonal stroke. */
  g_assert_cmphex (pixel (&image, (int) x - 3, (int) y - 3), ==, rgb_of (&qs_chart_get_theme (chart)->missing));
  cairo_surface_destroy (image.surface);
}

/* Drawn from its M4 reduction, a long series covers the same pixels as drawn
 * point by point (both without antialiasing). */
static void
test_m4_same_pixels (void)
{
  const guint n = 500000;
  g_autoptr(QsSeries) series = qs_series_new_regular ("360000", QS_RESOLUTION_HOUR, 2451545 * 24, n, 1);
  g_autoptr(QsChart) chart = qs_chart_new (QS_CHART_LINE);
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  double *v = qs_series_get_data (series, 0);
  Image reduced, full;
  guint differ = 0;
  double level = 40;

  for (guint i = 0; i < n; i++)
    {
      level = CLAMP (level + g_rand_double_range (rand, -3, 3), 0, 200);
      v[i] = (i % 50000 > 49000) ? NAN : level;
    }
  qs_chart_add_series (chart, series, 0, "PM2.5", NULL);
  reduced = draw_image (chart, 1200, 500);
  qs_chart_set_reduction (chart, FALSE);
  full = draw_image (chart, 1200, 500);

  for (int y = 0; y < 500; y++)
    for (int x = 0; x < 1200; x++)
      differ += pixel (&reduced, x, y) != pixel (&full, x, y);
  g_test_message ("%u of %u pixels differ", differ, 1200 * 500);
  g_assert_cmpfloat ((double) differ / (1200 * 500), <=, 0.0012);
  cairo_surface_destroy (reduced.surface);
  cairo_surface_destroy (full.surface);
}

/* A reference line passing behind a ranking's value label is interrupted
 * there: none of its pixels lie inside the label. */
static void
test_ranking_label_over_line (void)
{
  g_autoptr(QsChart) chart = qs_chart_new (QS_CHART_RANKING);
  guint32 red = rgb_of (&qs_chart_get_theme (chart)->standard);
  const QsChartTextBox *boxes;
  gboolean checked = FALSE, line_seen = FALSE;
  guint n;
  Image image;

  qs_chart_set_locale (chart, "en");
  qs_chart_add_item (chart, "Nanchang", 30, QS_STATUS_FINAL);
  qs_chart_add_item (chart, "Jiujiang", 20, QS_STATUS_FINAL);
  /* Just right of the shorter bar: through its label. */
  qs_chart_add_reference (chart, 21, "limit", QS_CHART_REFERENCE_STANDARD, G_MININT32, G_MAXINT32);
  image = draw_image (chart, 600, 300);
  boxes = qs_chart_get_text_boxes (chart, &n);
  for (guint i = 0; i < n; i++)
    if (g_str_equal (boxes[i].text, "20.0"))
      {
        for (int y = (int) ceil (boxes[i].y); y < (int) floor (boxes[i].y + boxes[i].height); y++)
          for (int x = (int) ceil (boxes[i].x); x < (int) floor (boxes[i].x + boxes[i].width); x++)
            g_assert_cmphex (pixel (&image, x, y), !=, red);
        checked = TRUE;
      }
  g_assert_true (checked);
  /* The line is drawn, and crosses the label's column elsewhere. */
  for (int y = 0; y < 300 && !line_seen; y++)
    for (int x = 0; x < 600 && !line_seen; x++)
      line_seen = pixel (&image, x, y) == red;
  g_assert_true (line_seen);
  cairo_surface_destroy (image.surface);
}

/* On a tile map the names and values stay inside the dashed frame that a
 * figure not final has (inset 6 % of the tile), however long the name. */
static void
test_tile_text_inside_frame (void)
{
  static const char *const names[] = { "Jingdezhen", "Nanchang", "Pingxiang", "景德镇市", "A very long city name indeed" };
  g_autoptr(QsChart) chart = qs_chart_new (QS_CHART_TILE_MAP);
  const QsChartTextBox *boxes;
  guint n, inside = 0;
  Image image;

  qs_chart_set_locale (chart, "en");
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      guint item = qs_chart_add_item (chart, names[i], 50 + i, QS_STATUS_PROVISIONAL);
      qs_chart_set_item_tile (chart, item, (int) i % 3, (int) i / 3);
    }
  image = draw_image (chart, 640, 360);
  boxes = qs_chart_get_text_boxes (chart, &n);
  for (guint b = 0; b < n; b++)
    {
      double cx = boxes[b].x + boxes[b].width / 2, cy = boxes[b].y + boxes[b].height / 2;
      double left = cx, right = cx;
      QsChartHit hit;

      /* Only the texts on tiles; the tile's edges by hit-testing outwards. */
      if (!qs_chart_hit_test (chart, cx, cy, &hit) || hit.series < 0)
        continue;
      while (qs_chart_hit_test (chart, left - 1, cy, &hit) && hit.series >= 0)
        left--;
      while (qs_chart_hit_test (chart, right + 1, cy, &hit) && hit.series >= 0)
        right++;
      g_test_message ("“%s”: %.1f–%.1f in a tile %.1f–%.1f", boxes[b].text, boxes[b].x,
                      boxes[b].x + boxes[b].width, left, right);
      g_assert_cmpfloat (boxes[b].x, >=, left + 0.07 * (right - left));
      g_assert_cmpfloat (boxes[b].x + boxes[b].width, <=, right - 0.07 * (right - left));
      inside++;
    }
  /* A name and a value on each tile. */
  g_assert_cmpuint (inside, ==, 2 * G_N_ELEMENTS (names));
  cairo_surface_destroy (image.surface);
}

/* A theme whose background is transparent leaves the surface as it was
 * outside the line: a sparkline on a card shows the card. */
static void
test_transparent_background (void)
{
  static const double values[] = { 30, 28, 27, 29 };
  g_autoptr(QsSeries) series = yearly (2022, values, 4, NULL);
  g_autoptr(QsChart) chart = qs_chart_new (QS_CHART_SPARKLINE);
  g_autoptr(QsChartTheme) theme = qs_chart_theme_new_named ("dark");
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 120, 60);
  cairo_t *cr = cairo_create (surface);
  guint8 *data;
  int stride, opaque = 0;

  theme->background.alpha = 0;
  qs_chart_set_theme (chart, theme);
  qs_chart_add_series (chart, series, 0, "江西省", NULL);
  qs_chart_draw (chart, cr, 120, 60);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  /* The corners are untouched; the line is drawn (alpha at least half). */
  g_assert_cmphex (*(guint32 *) (void *) data, ==, 0);
  g_assert_cmphex (*(guint32 *) (void *) (data + 59 * stride + 119 * 4), ==, 0);
  for (int y = 0; y < 60; y++)
    for (int x = 0; x < 120; x++)
      opaque += data[y * stride + x * 4 + (G_BYTE_ORDER == G_LITTLE_ENDIAN ? 3 : 0)] >= 0x80;
  /* A line across the width: at least a pixel per column. */
  g_assert_cmpint (opaque, >=, 100);
  cairo_surface_destroy (surface);
}

/* ---- edge cases ------------------------------------------------------------ */

typedef struct
{
  const char *name;
  int         width;
  int         height;
  QsChartKind kind;
} EdgeCase;

static QsChart *
edge_chart (const char  *name,
            QsChartKind  kind)
{
  QsChart *chart = qs_chart_new (kind);
  g_autoptr(QsSeries) s = NULL;

  qs_chart_set_title (chart, "测试图表 Test chart");
  qs_chart_set_subtitle (chart, "µg/m³ · 2020–2025");
  qs_chart_set_footnote (chart, "来源：测试");
  qs_chart_set_demo (chart, TRUE);
  qs_chart_set_unit (chart, QS_UNIT_UG_M3, NULL);

  if (g_str_equal (name, "one-point"))
    {
      static const double v[] = { 27.4 };
      s = yearly (2025, v, 1, NULL);
    }
  else if (g_str_equal (name, "all-equal"))
    {
      static const double v[] = { 30, 30, 30, 30 };
      s = yearly (2022, v, 4, NULL);
    }
  else if (g_str_equal (name, "all-missing"))
    {
      static const double v[] = { NAN, NAN, NAN };
      s = yearly (2022, v, 3, NULL);
    }
  else if (g_str_equal (name, "negative"))
    {
      static const double v[] = { -5, 3, -12.5, 8 };
      s = yearly (2022, v, 4, NULL);
    }
  else if (g_str_equal (name, "six-orders"))
    {
      static const double v[] = { 0.001, 0.5, 12, 4000, 1000 };
      s = yearly (2021, v, 5, NULL);
    }
  else if (g_str_equal (name, "thirty-series"))
    {
      for (guint k = 0; k < 30; k++)
        {
          double v[5];
          g_autoptr(QsSeries) t = NULL;
          g_autofree char *label = g_strdup_printf ("地区%u", k + 1);
          for (guint i = 0; i < 5; i++)
            v[i] = 20 + k + i * (k % 3);
          t = yearly (2021, v, 5, NULL);
          qs_chart_add_series (chart, t, 0, label, NULL);
        }
      return chart;
    }
  else if (g_str_equal (name, "long-labels"))
    {
      static const double v[] = { 30, 28, 27 };
      g_autoptr(GString) title = g_string_new (NULL);
      for (guint i = 0; i < 40; i++)
        g_string_append (title, "江西省设区城市细颗粒物年平均浓度 Annual mean fine particulate matter ");
      s = yearly (2023, v, 3, NULL);
      qs_chart_set_title (chart, title->str);
      qs_chart_set_subtitle (chart, title->str);
      qs_chart_set_footnote (chart, title->str);
      qs_chart_add_series (chart, s, 0, title->str, NULL);
      qs_chart_add_series (chart, s, 0, "二", NULL);
      qs_chart_add_reference (chart, 29, title->str, QS_CHART_REFERENCE_TARGET, G_MININT32, G_MAXINT32);
      for (guint i = 0; i < 11; i++)
        {
          guint item = qs_chart_add_item (chart, title->str, 20 + i, QS_STATUS_FINAL);
          qs_chart_set_item_tile (chart, item, (int) i % 4, (int) i / 4);
        }
      qs_chart_set_gauge (chart, 27, 29, 0.8);
      return chart;
    }
  else
    g_assert_not_reached ();

  qs_chart_add_series (chart, s, 0, "江西省", NULL);
  qs_chart_add_reference (chart, 29, "目标", QS_CHART_REFERENCE_TARGET, G_MININT32, G_MAXINT32);
  for (guint i = 0; i < 11; i++)
    {
      guint item = qs_chart_add_item (chart, "南昌市", i == 3 ? NAN : 20 + i % 4, QS_STATUS_FINAL);
      qs_chart_set_item_tile (chart, item, (int) i % 4, (int) i / 4);
    }
  qs_chart_set_gauge (chart, 27, 29, 0.8);
  return chart;
}

static void
test_edge_cases (void)
{
  static const char *const names[] = { "one-point", "all-equal", "all-missing", "negative", "six-orders",
                                       "thirty-series", "long-labels" };
  static const QsChartKind kinds[] = { QS_CHART_LINE, QS_CHART_AREA, QS_CHART_BARS, QS_CHART_RANKING,
                                       QS_CHART_STACKED, QS_CHART_STACKED_PERCENT, QS_CHART_TILE_MAP,
                                       QS_CHART_GAUGE, QS_CHART_SPARKLINE, QS_CHART_CALENDAR };
  static const int sizes[][2] = { { 120, 60 }, { 320, 200 }, { 1280, 720 }, { 3840, 2160 } };

  for (guint n = 0; n < G_N_ELEMENTS (names); n++)
    for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
      for (guint z = 0; z < G_N_ELEMENTS (sizes); z++)
        {
          g_autoptr(QsChart) chart = edge_chart (names[n], kinds[k]);
          Image image = draw_image (chart, sizes[z][0], sizes[z][1]);
          const QsChartTextBox *boxes;
          guint count;

          /* Nothing leaves the canvas and no two texts overlap. */
          boxes = qs_chart_get_text_boxes (chart, &count);
          for (guint i = 0; i < count; i++)
            {
              if (boxes[i].x < -0.5 || boxes[i].y < -0.5 || boxes[i].x + boxes[i].width > sizes[z][0] + 0.5 ||
                  boxes[i].y + boxes[i].height > sizes[z][1] + 0.5)
                g_error ("%s, kind %d, %d×%d: “%s” leaves the canvas", names[n], kinds[k], sizes[z][0], sizes[z][1],
                         boxes[i].text);
              for (guint j = i + 1; j < count; j++)
                {
                  double w = MIN (boxes[i].x + boxes[i].width, boxes[j].x + boxes[j].width) - MAX (boxes[i].x, boxes[j].x);
                  double h = MIN (boxes[i].y + boxes[i].height, boxes[j].y + boxes[j].height) - MAX (boxes[i].y, boxes[j].y);
                  if (w > 1 && h > 1)
                    g_error ("%s, kind %d, %d×%d: “%s” overlaps “%s”", names[n], kinds[k], sizes[z][0], sizes[z][1],
                             boxes[i].text, boxes[j].text);
                }
            }
          cairo_surface_destroy (image.surface);
        }
}

/* Markup in a dataset's text is drawn as the characters it is. */
static void
test_markup_is_text (void)
{
  static const double v[] = { 1, 2 };
  g_autoptr(QsSeries) s = yearly (2024, v, 2, NULL);
  g_autoptr(QsChart) chart = qs_chart_new (QS_CHART_LINE);
  const QsChartTextBox *boxes;
  guint n;
  gboolean found = FALSE;
  Image image;

  qs_chart_set_title (chart, "<b>粗体</b> & <span foreground='red'>x</span>");
  qs_chart_add_series (chart, s, 0, "<i>a</i>", NULL);
  image = draw_image (chart, 600, 400);
  boxes = qs_chart_get_text_boxes (chart, &n);
  for (guint i = 0; i < n; i++)
    found |= g_str_equal (boxes[i].text, "<b>粗体</b> & <span foreground='red'>x</span>");
  g_assert_true (found);
  cairo_surface_destroy (image.surface);
}

/* Hiding a series through its legend entry, and the tooltip of a point. */
static void
test_legend_and_tooltip (void)
{
  static const double a[] = { 30, 28 }, b[] = { 20, 22 };
  static const QsStatus st[] = { QS_STATUS_FINAL, QS_STATUS_PROVISIONAL };
  g_autoptr(QsSeries) sa = yearly (2024, a, 2, st);
  g_autoptr(QsSeries) sb = yearly (2024, b, 2, NULL);
  g_autoptr(QsChart) chart = qs_chart_new (QS_CHART_LINE);
  const QsChartTextBox *boxes;
  g_autofree char *tip = NULL;
  QsChartHit hit;
  double x, y;
  guint n;
  int series = -1;
  Image image;

  qs_chart_set_locale (chart, "zh_CN");
  qs_chart_set_unit (chart, QS_UNIT_UG_M3, NULL);
  qs_chart_add_series (chart, sa, 0, "江西省", NULL);
  qs_chart_add_series (chart, sb, 0, "南昌市", NULL);
  /* Nothing to hit before the first draw; afterwards its size is known. */
  g_assert_false (qs_chart_get_drawn_size (chart, &x, &y));
  g_assert_false (qs_chart_map_point (chart, 0, 1, &x, &y));
  image = draw_image (chart, 800, 500);
  cairo_surface_destroy (image.surface);
  g_assert_true (qs_chart_get_drawn_size (chart, &x, &y));
  g_assert_cmpfloat (x, ==, 800);
  g_assert_cmpfloat (y, ==, 500);

  g_assert_true (qs_chart_map_point (chart, 0, 1, &x, &y));
  g_assert_true (qs_chart_hit_test (chart, x + 3, y - 2, &hit));
  g_assert_cmpint (hit.series, ==, 0);
  g_assert_cmpuint (hit.index, ==, 1);
  tip = qs_chart_describe_point (chart, 0, 1);
  g_assert_cmpstr (tip, ==, "2025年，江西省，28.0 µg/m³，初步统计");

  /* Click the legend text of the second series. */
  boxes = qs_chart_get_text_boxes (chart, &n);
  for (guint i = 0; i < n; i++)
    if (g_str_equal (boxes[i].text, "南昌市"))
      series = qs_chart_legend_hit_test (chart, boxes[i].x + 2, boxes[i].y + boxes[i].height / 2);
  g_assert_cmpint (series, ==, 1);
  qs_chart_set_series_visible (chart, 1, FALSE);
  image = draw_image (chart, 800, 500);
  g_assert_false (qs_chart_map_point (chart, 1, 0, &x, &y));
  g_assert_true (qs_chart_map_point (chart, 0, 0, &x, &y));
  cairo_surface_destroy (image.surface);
}

/* Without a CJK font the check says so; with the system's fonts it passes. */
static void
test_font_check (void)
{
  if (g_test_subprocess ())
    {
      g_setenv ("FONTCONFIG_FILE", g_getenv ("QS_TEST_FONTS_CONF"), TRUE);
      g_assert_false (qs_font_check_covers ("江西省生态环境", "zh_CN"));
      g_assert_true (qs_font_check_covers ("PM2.5 2025", "en"));
      return;
    }
  {
    g_autofree char *dir = g_dir_make_tmp ("qs-fonts-XXXXXX", NULL);
    g_autofree char *conf = g_build_filename (dir, "fonts.conf", NULL);
    g_autofree char *cache = g_build_filename (dir, "cache", NULL);
    g_autofree char *xml = g_strdup_printf ("<?xml version=\"1.0\"?><fontconfig>"
                                            "<dir>/usr/share/fonts/truetype/dejavu</dir>"
                                            "<cachedir>%s</cachedir></fontconfig>", cache);
    const char *cjk = "江西省生态环境";

    g_assert_true (g_file_set_contents (conf, xml, -1, NULL));
    g_setenv ("QS_TEST_FONTS_CONF", conf, TRUE);
    g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
    g_test_trap_assert_passed ();
    g_unlink (conf);
    /* The cache folder fontconfig made, if any. */
    {
      g_autoptr(GDir) d = g_dir_open (cache, 0, NULL);
      const char *name;
      while (d && (name = g_dir_read_name (d)))
        {
          g_autofree char *path = g_build_filename (cache, name, NULL);
          g_unlink (path);
        }
      g_rmdir (cache);
    }
    g_rmdir (dir);
    g_assert_true (qs_font_check_covers (cjk, "zh_CN"));
    g_assert_true (qs_font_check_covers ("臺灣", "zh_TW"));
    /* Rare ideographs and emoji are not what installing a CJK font fixes. */
    g_assert_true (qs_font_check_covers ("𠀀𪚥 上饶 🌲", "zh_CN"));
  }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/chart/ticks", test_ticks);
  g_test_add_func ("/chart/pixels/limit-line", test_limit_line_pixels);
  g_test_add_func ("/chart/pixels/bar-top", test_bar_top);
  g_test_add_func ("/chart/pixels/hollow-marker", test_hollow_marker);
  g_test_add_func ("/chart/pixels/calendar-cell", test_calendar_cell);
  g_test_add_func ("/chart/pixels/m4-same-pixels", test_m4_same_pixels);
  g_test_add_func ("/chart/pixels/ranking-label-over-line", test_ranking_label_over_line);
  g_test_add_func ("/chart/layout/tile-text-inside-frame", test_tile_text_inside_frame);
  g_test_add_func ("/chart/pixels/transparent-background", test_transparent_background);
  g_test_add_func ("/chart/edge-cases", test_edge_cases);
  g_test_add_func ("/chart/markup-is-text", test_markup_is_text);
  g_test_add_func ("/chart/legend-and-tooltip", test_legend_and_tooltip);
  g_test_add_func ("/chart/font-check", test_font_check);
  return g_test_run ();
}
