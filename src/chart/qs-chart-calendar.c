/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Calendar heatmap: the days of one year as weeks × weekdays. */

#include "config.h"

#include <math.h>

#include "qs-chart-private.h"
#include "qs-format.h"
#include "qs-period.h"

static const char *const weekdays_zh[] = { "一", "二", "三", "四", "五", "六", "日" };
static const char *const weekdays_en[] = { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" };

/* Monday-first weekday, 0–6, of a Julian day (GDate day 1 was a Monday). */
static int
weekday_of (guint32 julian)
{
  return (int) ((julian - 1) % 7);
}

void
_qs_chart_draw_calendar (QsDraw *d)
{
  QsChart *chart = d->chart;
  cairo_t *cr = d->cr;
  QsRect p = d->plot;
  QsChartSeriesEntry *entry = chart->series->len > 0 ? chart->series->pdata[0] : NULL;
  gboolean zh = g_str_has_prefix (chart->locale, "zh");
  guint32 first, last, grid_start;
  int year = chart->calendar_year;
  guint weeks;
  double label_w = 0, label_h = 0, cell, gap, gx, gy;
  const double *values = NULL;
  QsResolution res = QS_RESOLUTION_DAY;

  if (year == 0 && entry && qs_series_get_n_values (entry->series) > 0)
    year = qs_period_get_year (QS_RESOLUTION_DAY, qs_series_get_period (entry->series, 0));
  if (year < 1900)
    year = 2025;
  first = qs_period_get_first_day (QS_RESOLUTION_YEAR, year);
  last = qs_period_get_last_day (QS_RESOLUTION_YEAR, year);
  grid_start = first - (guint32) weekday_of (first);
  weeks = (last - grid_start) / 7 + 1;
  if (entry)
    {
      values = qs_series_get_values (entry->series, entry->category);
      res = qs_series_get_resolution (entry->series);
    }

  for (int w = 0; w < 7; w++)
    {
      g_autoptr(PangoLayout) l = _qs_draw_layout (d, zh ? weekdays_zh[w] : weekdays_en[w], d->font_px * 0.8, FALSE, -1, 0);
      double tw, th;
      _qs_layout_size (l, &tw, &th);
      label_w = MAX (label_w, tw);
      label_h = MAX (label_h, th);
    }

  cell = MIN ((p.width - label_w - d->font_px * 0.5) / weeks, (p.height - label_h * 1.3) / 7);
  cell = MAX (cell, 2);
  gap = cell > 8 ? 1.5 : cell > 4 ? 1 : 0;
  gx = p.x + label_w + d->font_px * 0.5 + MAX (0, (p.width - label_w - d->font_px * 0.5 - cell * weeks) / 2);
  /* Centred in the space, month labels included. */
  p.y += MAX (0, (p.height - label_h * 1.3 - cell * 7) / 2);
  gy = p.y + label_h * 1.3;

  chart->layout.plot = (QsRect) { gx, gy, cell * weeks, cell * 7 };
  chart->layout.x0 = gx;
  chart->layout.x_step = cell;
  chart->layout.first_period = (gint32) grid_start;
  chart->layout.last_period = (gint32) last;

  /* Weekday labels: every row when they fit, else every second or third;
   * none when cells are smaller than a third of a line. */
  for (int w = 0, step = (int) ceil (label_h / MAX (cell, 0.1)); w < 7 && step <= 3; w++)
    {
      g_autoptr(PangoLayout) l = NULL;
      double tw, th;
      if (w % step != 0)
        continue;
      l = _qs_draw_layout (d, zh ? weekdays_zh[w] : weekdays_en[w], d->font_px * 0.8, FALSE, -1, 0);
      _qs_layout_size (l, &tw, &th);
      _qs_draw_text (d, l, gx - d->font_px * 0.5 - tw, gy + w * cell + (cell - th) / 2, &d->theme->muted);
    }

  /* Month labels over the week that holds each month's first day. */
  {
    double right = -INFINITY;
    for (int m = 0; m < 12; m++)
      {
        guint32 day = qs_period_get_first_day (QS_RESOLUTION_MONTH, year * 12 + m);
        double x = gx + ((day - grid_start) / 7) * cell;
        g_autofree char *text = qs_format_period (QS_RESOLUTION_MONTH, year * 12 + m, QS_PERIOD_STYLE_SHORT, chart->locale);
        g_autoptr(PangoLayout) l = _qs_draw_layout (d, text, d->font_px * 0.8, FALSE, -1, 0);
        double tw;

        _qs_layout_size (l, &tw, NULL);
        if (x < right + d->font_px * 0.3 || x + tw > d->width)
          continue;
        _qs_draw_text (d, l, x, p.y, &d->theme->muted);
        right = x + tw;
      }
  }

  for (guint32 day = first; day <= last; day++)
    {
      guint week = (day - grid_start) / 7;
      int wd = weekday_of (day);
      double x = gx + week * cell, y = gy + wd * cell;
      double v = NAN;
      guint k;
      const QsColor *color = NULL;

      if (entry && qs_series_find_period (entry->series, qs_period_from_day (res, day), &k))
        v = values[k];
      color = _qs_chart_band_color (chart, v, NULL);
      if (color)
        {
          _qs_set_color (cr, color);
          cairo_rectangle (cr, x, y, cell - gap, cell - gap);
          cairo_fill (cr);
        }
      else
        {
          /* Missing: an empty cell with a diagonal stroke, not a colour. */
          _qs_set_color (cr, &d->theme->missing);
          cairo_rectangle (cr, x, y, cell - gap, cell - gap);
          cairo_fill (cr);
          if (cell > 6)
            {
              _qs_set_color (cr, &d->theme->muted);
              cairo_set_line_width (cr, 1);
              cairo_move_to (cr, x + 2, y + cell - gap - 2);
              cairo_line_to (cr, x + cell - gap - 2, y + 2);
              cairo_stroke (cr);
            }
        }
    }
}
