/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Gauge (progress toward a target) and sparkline. */

#include "config.h"

#include <math.h>

#include "qs-chart-private.h"
#include "qs-format.h"

void
_qs_chart_draw_gauge (QsDraw *d)
{
  QsChart *chart = d->chart;
  cairo_t *cr = d->cr;
  QsRect p = d->plot;
  double value = chart->gauge_value, target = chart->gauge_target, elapsed = chart->gauge_elapsed;
  gboolean zh = g_str_has_prefix (chart->locale, "zh");
  gboolean tw = g_str_has_prefix (chart->locale, "zh_TW");
  gboolean met;
  double top, scale_max, bar_h, x_of_target, big;
  g_autofree char *value_text = NULL;
  g_autofree char *target_text = NULL;
  g_autofree char *target_line = NULL;
  g_autofree char *status = NULL;
  g_autoptr(PangoLayout) big_layout = NULL;
  g_autoptr(PangoLayout) target_layout = NULL;
  double vw, vh, tw_, th;
  QsColor fill;

  if (isnan (value) || isnan (target))
    return;

  met = chart->direction == QS_DIRECTION_LOWER_IS_BETTER ? value <= target : value >= target;
  fill = met ? d->theme->target : d->theme->palette[1];
  scale_max = MAX (value, target) * 1.25;
  if (chart->unit == QS_UNIT_PERCENT)
    scale_max = MIN (100, MAX (scale_max, 1));
  if (scale_max <= 0)
    scale_max = 1;

  value_text = _qs_chart_format_value (chart, value, TRUE);
  target_text = _qs_chart_format_value (chart, target, TRUE);
  status = g_strdup (met ? (zh ? (tw ? "已達成目標" : "已达到目标") : "target met")
                         : (zh ? (tw ? "尚未達成目標" : "尚未达到目标") : "target not met"));
  target_line = g_strdup_printf (zh ? (tw ? "目標 %s · %s" : "目标 %s · %s") : "Target %s · %s", target_text, status);

  /* The whole gauge is centred vertically in its space. */
  {
    double want = d->font_px * 12;
    if (p.height > want)
      {
        p.y += (p.height - want) / 2;
        p.height = want;
      }
  }

  /* The value, large; the target and status beside or under it. */
  big = MIN (d->font_px * 2.6, p.height * 0.3);
  big_layout = _qs_draw_layout (d, value_text, big, TRUE, p.width, 1);
  _qs_layout_size (big_layout, &vw, &vh);
  _qs_draw_text (d, big_layout, p.x, p.y, &d->theme->foreground);
  target_layout = _qs_draw_layout (d, target_line, d->font_px, FALSE, p.width, 2);
  _qs_layout_size (target_layout, &tw_, &th);
  _qs_draw_text (d, target_layout, p.x, p.y + vh + d->font_px * 0.2, &fill);

  top = p.y + vh + th + d->font_px * 1.0;
  bar_h = MIN (d->font_px * 1.6, MAX (4, (p.y + p.height - top) * 0.35));

  /* Track, fill to the value, and a tick at the target. */
  _qs_set_color (cr, &d->theme->grid);
  cairo_rectangle (cr, p.x, top, p.width, bar_h);
  cairo_fill (cr);
  _qs_set_color (cr, &fill);
  cairo_rectangle (cr, p.x, top, p.width * CLAMP (value / scale_max, 0, 1), bar_h);
  cairo_fill (cr);
  x_of_target = round (p.x + p.width * CLAMP (target / scale_max, 0, 1)) + 0.5;
  _qs_set_color (cr, &d->theme->foreground);
  cairo_set_line_width (cr, MAX (1.5, d->line_width));
  cairo_move_to (cr, x_of_target, top - bar_h * 0.3);
  cairo_line_to (cr, x_of_target, top + bar_h * 1.3);
  cairo_stroke (cr);

  /* How much of the plan period has passed, as a thin bar beneath. */
  if (!isnan (elapsed))
    {
      g_autofree char *share = qs_format_number (CLAMP (elapsed, 0, 1) * 100, 0, QS_FORMAT_DEFAULT, chart->locale);
      g_autofree char *text = g_strdup_printf (zh ? (tw ? "規劃期已過 %s%%" : "规划期已过 %s%%") : "%s%% of the plan period elapsed", share);
      g_autoptr(PangoLayout) label = _qs_draw_layout (d, text, d->font_px * 0.85, FALSE, p.width, 1);
      double y = top + bar_h * 1.3 + d->font_px * 0.6, lh;

      _qs_layout_size (label, NULL, &lh);
      if (y + lh + d->font_px * 0.6 <= p.y + p.height)
        {
          _qs_set_color (cr, &d->theme->grid);
          cairo_rectangle (cr, p.x, y, p.width, d->font_px * 0.35);
          cairo_fill (cr);
          _qs_set_color (cr, &d->theme->muted);
          cairo_rectangle (cr, p.x, y, p.width * CLAMP (elapsed, 0, 1), d->font_px * 0.35);
          cairo_fill (cr);
          _qs_draw_text (d, label, p.x, y + d->font_px * 0.5, &d->theme->muted);
        }
    }
}

void
_qs_chart_draw_sparkline (QsDraw *d)
{
  QsChart *chart = d->chart;
  cairo_t *cr = d->cr;
  QsRect p = d->plot;
  QsChartSeriesEntry *entry = chart->series->len > 0 ? chart->series->pdata[0] : NULL;
  double lo = INFINITY, hi = -INFINITY, lw;
  const double *values;
  guint n, last = G_MAXUINT;
  gint32 first_period, last_period;
  gboolean pen_down = FALSE;

  if (entry == NULL || (n = qs_series_get_n_values (entry->series)) == 0)
    return;
  values = qs_series_get_values (entry->series, entry->category);
  for (guint k = 0; k < n; k++)
    if (!isnan (values[k]))
      {
        lo = MIN (lo, values[k]);
        hi = MAX (hi, values[k]);
        last = k;
      }
  if (last == G_MAXUINT)
    return;
  if (hi == lo)
    lo -= 1, hi += 1;
  first_period = qs_series_get_period (entry->series, 0);
  last_period = qs_series_get_period (entry->series, n - 1);
  lw = CLAMP (MIN (p.width, p.height) / 25, 1, d->line_width);

  /* Leave room for the end dot. */
  p.x += lw * 1.5;
  p.width -= lw * 3;
  p.y += lw * 1.5;
  p.height -= lw * 3;

  _qs_set_color (cr, &entry->color);
  cairo_set_line_width (cr, lw);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  for (guint k = 0; k < n; k++)
    {
      double x, y;
      if (isnan (values[k]))
        {
          pen_down = FALSE;
          continue;
        }
      x = p.x + (last_period > first_period
                 ? (double) (qs_series_get_period (entry->series, k) - first_period) / (last_period - first_period) * p.width
                 : p.width / 2);
      y = p.y + p.height - (values[k] - lo) / (hi - lo) * p.height;
      if (pen_down)
        cairo_line_to (cr, x, y);
      else
        cairo_move_to (cr, x, y);
      pen_down = TRUE;
    }
  cairo_stroke (cr);

  {
    double x = p.x + (last_period > first_period
                      ? (double) (qs_series_get_period (entry->series, last) - first_period) / (last_period - first_period) * p.width
                      : p.width / 2);
    double y = p.y + p.height - (values[last] - lo) / (hi - lo) * p.height;
    cairo_arc (cr, x, y, lw * 1.5, 0, 2 * G_PI);
    cairo_fill (cr);
  }
}
