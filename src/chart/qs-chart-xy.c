/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Charts on a time axis: line, area, grouped bars, stacked bars. */

#include "config.h"

#include <math.h>
#include <string.h>

#include "qs-chart-private.h"
#include "qs-format.h"
#include "qs-period.h"

/* Beyond this many points per pixel column a line is drawn from its M4
 * reduction instead of point by point. */
#define M4_THRESHOLD 2.0

static gboolean
is_band_kind (QsChartKind kind)
{
  return kind == QS_CHART_BARS || kind == QS_CHART_STACKED || kind == QS_CHART_STACKED_PERCENT;
}

static gboolean
is_stacked (QsChartKind kind)
{
  return kind == QS_CHART_STACKED || kind == QS_CHART_STACKED_PERCENT;
}

static QsChartSeriesEntry *
entry_at (QsChart *chart,
          guint    i)
{
  return chart->series->pdata[i];
}

static double
value_at (QsChartSeriesEntry *entry,
          guint               i)
{
  return qs_series_get_values (entry->series, entry->category)[i];
}

/* The sum of the visible stacked values at @period (positive parts only). */
static double
stack_total (QsChart *chart,
             gint32   period)
{
  double total = 0;

  for (guint s = 0; s < chart->series->len; s++)
    {
      QsChartSeriesEntry *entry = entry_at (chart, s);
      guint k;
      double v;

      if (entry->visible && qs_series_find_period (entry->series, period, &k) &&
          !isnan (v = value_at (entry, k)) && v > 0)
        total += v;
    }
  return total;
}

static double
x_of (QsChartLayout *layout,
      gint32         period)
{
  return layout->x0 + (double) (period - layout->first_period) * layout->x_step;
}

static double
y_of (QsChartLayout *layout,
      double         value)
{
  QsRect *p = &layout->plot;
  double span = layout->y.max - layout->y.min;

  return p->y + p->height - (value - layout->y.min) / (span > 0 ? span : 1) * p->height;
}

/* Finds the period range and value range of what is visible. */
static gboolean
data_extent (QsChart      *chart,
             gint32       *first,
             gint32       *last,
             double       *lo,
             double       *hi,
             QsResolution *resolution)
{
  gboolean any_period = FALSE;

  *lo = INFINITY;
  *hi = -INFINITY;
  for (guint s = 0; s < chart->series->len; s++)
    {
      QsChartSeriesEntry *entry = entry_at (chart, s);
      guint n = qs_series_get_n_values (entry->series);
      const double *values = qs_series_get_values (entry->series, entry->category);

      if (n == 0)
        continue;
      if (!any_period)
        {
          *resolution = qs_series_get_resolution (entry->series);
          *first = qs_series_get_period (entry->series, 0);
          *last = qs_series_get_period (entry->series, n - 1);
          any_period = TRUE;
        }
      else
        {
          *first = MIN (*first, qs_series_get_period (entry->series, 0));
          *last = MAX (*last, qs_series_get_period (entry->series, n - 1));
        }
      if (!entry->visible || is_stacked (chart->kind))
        continue;
      if (!entry->extent_known)
        {
          entry->lo = INFINITY;
          entry->hi = -INFINITY;
          for (guint k = 0; k < n; k++)
            if (!isnan (values[k]))
              {
                entry->lo = MIN (entry->lo, values[k]);
                entry->hi = MAX (entry->hi, values[k]);
              }
          entry->extent_known = TRUE;
        }
      *lo = MIN (*lo, entry->lo);
      *hi = MAX (*hi, entry->hi);
    }

  if (chart->kind == QS_CHART_STACKED_PERCENT)
    *lo = 0, *hi = 100;
  else if (chart->kind == QS_CHART_STACKED && any_period)
    {
      for (gint32 p = *first; p <= *last && p - *first < 100000; p++)
        {
          double t = stack_total (chart, p);
          *lo = MIN (*lo, 0);
          *hi = MAX (*hi, t);
        }
    }

  /* Targets and limits stay in view, so the line is not off the chart. */
  for (guint i = 0; i < chart->references->len; i++)
    {
      QsChartReference *r = &g_array_index (chart->references, QsChartReference, i);
      if (chart->kind == QS_CHART_STACKED_PERCENT)
        continue;
      if (any_period && (r->last < *first || r->first > *last))
        continue;
      *lo = MIN (*lo, r->value);
      *hi = MAX (*hi, r->value);
    }
  if (!isfinite (*lo))
    *lo = *hi = NAN;
  return any_period;
}

typedef struct
{
  gint32       position;  /* in the data's period units */
  char        *text;
  double       width;
  double       height;
} Tick;

static void
tick_clear (Tick *tick)
{
  g_free (tick->text);
}

/* Ticks of one kind: every @step periods of @unit, aligned to multiples. */
static GArray *
make_ticks (QsDraw       *d,
            QsResolution  data_res,
            QsResolution  unit,
            int           step,
            gint32        first,
            gint32        last)
{
  GArray *ticks = g_array_new (FALSE, TRUE, sizeof (Tick));
  guint32 first_day = qs_period_get_first_day (data_res, first);
  guint32 last_day = qs_period_get_last_day (data_res, last);
  gint32 u0 = qs_period_from_day (unit, first_day);
  gint32 u1 = qs_period_from_day (unit, last_day);
  gint32 previous_year = G_MININT32;

  g_array_set_clear_func (ticks, (GDestroyNotify) tick_clear);
  if (unit == QS_RESOLUTION_HOUR)
    {
      u0 = (gint32) (first_day * 24);
      u1 = (gint32) (last_day * 24 + 23);
      if (data_res == QS_RESOLUTION_HOUR)
        u0 = first, u1 = last;
    }
  if ((gint64) (u1 - u0) / step > 2000)
    return ticks;

  for (gint32 u = u0 - (((u0 % step) + step) % step); u <= u1; u += step)
    {
      Tick tick = { 0 };
      gint32 pos;
      int year;
      QsPeriodStyle style;

      if (unit == QS_RESOLUTION_HOUR || data_res == QS_RESOLUTION_HOUR)
        pos = unit == QS_RESOLUTION_HOUR ? u : (gint32) qs_period_get_first_day (unit, u) * 24;
      else if (unit == data_res)
        pos = u;
      else
        pos = qs_period_from_day (data_res, qs_period_get_first_day (unit, u));
      if (pos < first || pos > last)
        continue;

      year = qs_period_get_year (unit, u);
      style = QS_PERIOD_STYLE_SHORT;
      if (unit == QS_RESOLUTION_YEAR)
        style = QS_PERIOD_STYLE_FULL;
      else if (year != previous_year)
        style = QS_PERIOD_STYLE_CONTEXT;
      if (unit == QS_RESOLUTION_HOUR && u % 24 == 0)
        style = QS_PERIOD_STYLE_CONTEXT;
      previous_year = year;

      tick.position = pos;
      if (unit == QS_RESOLUTION_HOUR && style != QS_PERIOD_STYLE_CONTEXT)
        /* Within a day an hour needs no date: 14时 / 14:00. */
        tick.text = g_str_has_prefix (d->chart->locale, "zh_TW") ? g_strdup_printf ("%d時", u % 24)
                    : g_str_has_prefix (d->chart->locale, "zh") ? g_strdup_printf ("%d时", u % 24)
                                                               : g_strdup_printf ("%02d:00", u % 24);
      else if (unit == QS_RESOLUTION_HOUR)
        tick.text = qs_format_period (QS_RESOLUTION_DAY, u / 24, QS_PERIOD_STYLE_SHORT, d->chart->locale);
      else
        tick.text = qs_format_period (unit, u, style, d->chart->locale);
      {
        g_autoptr(PangoLayout) layout = _qs_draw_layout (d, tick.text, d->font_px * 0.9, FALSE, -1, 0);
        _qs_layout_size (layout, &tick.width, &tick.height);
      }
      g_array_append_val (ticks, tick);
    }
  return ticks;
}

static gboolean
ticks_fit (GArray        *ticks,
           QsChartLayout *layout,
           double         gap,
           double         canvas_width)
{
  double right = -INFINITY;

  for (guint i = 0; i < ticks->len; i++)
    {
      Tick *t = &g_array_index (ticks, Tick, i);
      double x = x_of (layout, t->position) + (layout->band ? layout->x_step / 2 : 0);
      double left = x - t->width / 2;

      if (left < right + gap || left < 0 || x + t->width / 2 > canvas_width)
        return FALSE;
      right = x + t->width / 2;
    }
  return TRUE;
}

/* Chooses the finest labelling of the time axis whose labels do not touch. */
static GArray *
choose_time_ticks (QsDraw        *d,
                   QsChartLayout *layout,
                   QsResolution   res,
                   double         max_height_out[1])
{
  static const struct { QsResolution unit; int step; } candidates[] = {
    { QS_RESOLUTION_HOUR, 1 }, { QS_RESOLUTION_HOUR, 3 }, { QS_RESOLUTION_HOUR, 6 }, { QS_RESOLUTION_HOUR, 12 },
    { QS_RESOLUTION_DAY, 1 }, { QS_RESOLUTION_DAY, 2 }, { QS_RESOLUTION_DAY, 7 },
    { QS_RESOLUTION_MONTH, 1 }, { QS_RESOLUTION_MONTH, 2 }, { QS_RESOLUTION_QUARTER, 1 },
    { QS_RESOLUTION_MONTH, 6 }, { QS_RESOLUTION_YEAR, 1 }, { QS_RESOLUTION_YEAR, 2 },
    { QS_RESOLUTION_YEAR, 5 }, { QS_RESOLUTION_YEAR, 10 }, { QS_RESOLUTION_YEAR, 20 },
    { QS_RESOLUTION_YEAR, 50 }, { QS_RESOLUTION_YEAR, 100 }, { QS_RESOLUTION_YEAR, 200 },
  };
  static const int order[] = { QS_RESOLUTION_HOUR, QS_RESOLUTION_DAY, QS_RESOLUTION_MONTH,
                               QS_RESOLUTION_QUARTER, QS_RESOLUTION_YEAR };
  GArray *best = NULL;
  int res_rank = 0;
  double gap = d->font_px * 0.8;

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    if ((int) res == order[i])
      res_rank = (int) i;

  for (guint c = 0; c < G_N_ELEMENTS (candidates); c++)
    {
      int rank = 0;
      GArray *ticks;

      for (guint i = 0; i < G_N_ELEMENTS (order); i++)
        if ((int) candidates[c].unit == order[i])
          rank = (int) i;
      /* Quarters only label quarterly data; months do it better otherwise. */
      if (rank < res_rank || (candidates[c].unit == QS_RESOLUTION_QUARTER && res != QS_RESOLUTION_QUARTER))
        continue;
      if (res == QS_RESOLUTION_QUARTER && candidates[c].unit == QS_RESOLUTION_MONTH)
        continue;

      /* Far too many ticks for the width: skip without measuring labels. */
      {
        double span_days = (double) qs_period_get_last_day (res, layout->last_period) -
                           qs_period_get_first_day (res, layout->first_period) + 1;
        static const double unit_days[] = { 365.25, 91.3, 30.4, 1, 1.0 / 24 };
        double count = span_days / (unit_days[candidates[c].unit] * candidates[c].step);
        if (count * d->font_px * 1.5 > layout->plot.width + 2 * d->width && c + 1 < G_N_ELEMENTS (candidates))
          continue;
      }
      ticks = make_ticks (d, res, candidates[c].unit, candidates[c].step,
                          layout->first_period, layout->last_period);
      if (ticks->len == 0)
        {
          g_array_unref (ticks);
          continue;
        }
      if (ticks_fit (ticks, layout, gap, d->width))
        {
          g_clear_pointer (&best, g_array_unref);
          best = ticks;
          break;
        }
      g_clear_pointer (&best, g_array_unref);
      best = ticks;
    }

  if (best == NULL)
    best = g_array_new (FALSE, TRUE, sizeof (Tick));
  else if (!ticks_fit (best, layout, gap, d->width))
    {
      /* Even the coarsest labels collide: keep every other until they fit. */
      while (best->len > 1 && !ticks_fit (best, layout, gap, d->width))
        {
          for (guint i = best->len - 1; i > 0; i -= MIN (i, 2))
            {
              g_array_remove_index (best, i);
              if (i < 2)
                break;
            }
          if (best->len > 1 && !ticks_fit (best, layout, gap, d->width))
            {
              /* Labels off the canvas edges go too. */
              Tick *t0 = &g_array_index (best, Tick, 0);
              if (x_of (layout, t0->position) - t0->width / 2 < 0)
                g_array_remove_index (best, 0);
            }
        }
      if (best->len == 1 && !ticks_fit (best, layout, gap, d->width))
        g_array_set_size (best, 0);
    }

  max_height_out[0] = 0;
  for (guint i = 0; i < best->len; i++)
    max_height_out[0] = MAX (max_height_out[0], g_array_index (best, Tick, i).height);
  return best;
}

static void
draw_reference_lines (QsDraw        *d,
                      QsChartLayout *layout)
{
  QsChart *chart = d->chart;
  cairo_t *cr = d->cr;
  QsRect *p = &layout->plot;

  for (guint i = 0; i < chart->references->len; i++)
    {
      QsChartReference *r = &g_array_index (chart->references, QsChartReference, i);
      const QsColor *color = r->kind == QS_CHART_REFERENCE_TARGET ? &d->theme->target :
                             r->kind == QS_CHART_REFERENCE_STANDARD ? &d->theme->standard : &d->theme->muted;
      double y, x1, x2;
      g_autofree char *value = NULL;
      g_autofree char *text = NULL;
      g_autoptr(PangoLayout) label = NULL;
      double tw, th, lx, ly;

      if (chart->kind == QS_CHART_STACKED_PERCENT || r->value < layout->y.min || r->value > layout->y.max)
        continue;
      if (r->last < layout->first_period || r->first > layout->last_period)
        continue;

      y = round (y_of (layout, r->value)) + 0.5;
      x1 = r->first <= layout->first_period ? p->x
           : x_of (layout, r->first) - (layout->band ? 0 : layout->x_step / 2);
      x2 = r->last >= layout->last_period ? p->x + p->width
           : x_of (layout, r->last) + (layout->band ? layout->x_step : layout->x_step / 2);
      x1 = CLAMP (x1, p->x, p->x + p->width);
      x2 = CLAMP (x2, p->x, p->x + p->width);

      _qs_set_color (cr, color);
      cairo_set_line_width (cr, MAX (1, d->line_width * 0.75));
      if (r->kind == QS_CHART_REFERENCE_TARGET)
        cairo_set_dash (cr, (double[]) { 8 * d->line_width / 2, 4 * d->line_width / 2 }, 2, 0);
      else if (r->kind == QS_CHART_REFERENCE_OTHER)
        cairo_set_dash (cr, (double[]) { 2 * d->line_width / 2, 3 * d->line_width / 2 }, 2, 0);
      cairo_move_to (cr, x1, y);
      cairo_line_to (cr, x2, y);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);

      /* The label goes where it covers no other text: above the line at its
       * right end, else below it, else at the left end, else midway. */
      value = _qs_chart_format_value (chart, r->value, TRUE);
      text = g_strdup_printf ("%s %s", r->label, value);
      label = _qs_draw_layout (d, text, d->font_px * 0.8, FALSE, MAX (20, x2 - x1), 1);
      _qs_layout_size (label, &tw, &th);
      {
        double xs[] = { x2 - tw, x1, (x1 + x2 - tw) / 2, x1 + (x2 - x1) * 0.25 - tw / 2, x1 + (x2 - x1) * 0.75 - tw / 2 };
        double ys[] = { y - th - 1, y + 2 };
        gboolean found = FALSE;

        for (guint a = 0; a < G_N_ELEMENTS (xs) && !found; a++)
          for (guint b = 0; b < G_N_ELEMENTS (ys) && !found; b++)
            {
              lx = CLAMP (xs[a], x1, MAX (x1, x2 - tw));
              ly = ys[b];
              if (ly >= p->y - 1 && ly + th <= p->y + p->height + 1 && _qs_draw_is_free (d, lx, ly, tw, th))
                found = TRUE;
            }
        if (!found)
          continue;
      }
      /* A halo of background keeps the label readable over lines. */
      {
        QsColor halo = d->theme->background;
        halo.alpha = 0.8;
        _qs_set_color (cr, &halo);
        cairo_rectangle (cr, lx - 2, ly, tw + 4, th);
        cairo_fill (cr);
      }
      _qs_draw_text (d, label, lx, ly, color);
    }
}

static void
set_status_dash (QsDraw   *d,
                 gboolean  dashed)
{
  if (dashed)
    cairo_set_dash (d->cr, (double[]) { 4 * d->line_width / 2 + 2, 3 * d->line_width / 2 + 1 }, 2, 0);
  else
    cairo_set_dash (d->cr, NULL, 0, 0);
}

/* Draws a long series from its reduction: one span per pixel column, joined
 * to the previous column with data, exactly where the full polyline runs. */
static void
draw_m4 (QsDraw             *d,
         QsChartLayout      *layout,
         QsChartSeriesEntry *entry)
{
  cairo_t *cr = d->cr;
  QsRect *p = &layout->plot;
  double origin = floor (p->x);
  guint width = (guint) MAX (1, ceil (p->x + p->width) - origin + 1);
  gboolean have_previous = FALSE;
  double previous_x = 0, previous_y = 0;

  qs_m4_reduce (&entry->m4, entry->series, entry->category, layout->first_period,
                layout->last_period, width, layout->x0 - origin, layout->x_step);

  /* Without antialiasing: crisp single-pixel spans, and the same pixels as
   * the full polyline. */
  cairo_save (cr);
  cairo_set_antialias (cr, CAIRO_ANTIALIAS_NONE);
  _qs_set_color (cr, &entry->color);
  cairo_set_line_width (cr, 1);
  for (guint c = 0; c < width; c++)
    {
      double x = origin + c + 0.5;

      if (isnan (entry->m4.first[c]))
        {
          have_previous = have_previous && !entry->m4.gap_before[c];
          continue;
        }
      if (have_previous && !entry->m4.gap_before[c])
        {
          cairo_move_to (cr, previous_x, previous_y);
          cairo_line_to (cr, x, y_of (layout, entry->m4.first[c]));
        }
      cairo_move_to (cr, x, y_of (layout, entry->m4.max[c]));
      cairo_line_to (cr, x, y_of (layout, entry->m4.min[c]));
      previous_x = x;
      previous_y = y_of (layout, entry->m4.last[c]);
      have_previous = TRUE;
    }
  cairo_stroke (cr);
  cairo_restore (cr);
}

typedef struct
{
  double  y;
  double  x;
  char   *text;
  QsColor color;
  guint   series;
} EndLabel;

static void
draw_lines (QsDraw        *d,
            QsChartLayout *layout,
            GArray        *end_labels)
{
  QsChart *chart = d->chart;
  cairo_t *cr = d->cr;
  QsRect *p = &layout->plot;
  double baseline = y_of (layout, CLAMP (0, layout->y.min, layout->y.max));

  cairo_save (cr);
  cairo_rectangle (cr, p->x - d->marker - 1, p->y - d->marker - 1,
                   p->width + 2 * d->marker + 2, p->height + 2 * d->marker + 2);
  cairo_clip (cr);

  for (guint s = 0; s < chart->series->len; s++)
    {
      QsChartSeriesEntry *entry = entry_at (chart, s);
      guint n = qs_series_get_n_values (entry->series);
      const double *values = qs_series_get_values (entry->series, entry->category);
      gboolean have_previous = FALSE;
      double px = 0, py = 0;
      gboolean previous_final = TRUE;
      guint visible_points = 0, last_index = G_MAXUINT;
      gboolean markers;
      guint i0 = 0, i1 = n;

      if (!entry->visible || n == 0)
        continue;

      /* For regular series only the visible stretch is visited. */
      if (qs_series_is_regular (entry->series))
        {
          gint32 start = qs_series_get_period (entry->series, 0);
          i0 = (guint) CLAMP ((gint64) layout->first_period - start, 0, (gint64) n);
          i1 = (guint) CLAMP ((gint64) layout->last_period - start + 1, 0, (gint64) n);
        }
      visible_points = i1 - i0;

      if (visible_points > M4_THRESHOLD * p->width && chart->no_reduction)
        {
          /* Every point, with the reduction's pen, to compare pictures. */
          gboolean down = FALSE;
          cairo_save (cr);
          cairo_set_antialias (cr, CAIRO_ANTIALIAS_NONE);
          cairo_set_line_width (cr, 1);
          _qs_set_color (cr, &entry->color);
          for (guint k = i0; k < i1; k++)
            {
              double x, y;
              if (isnan (values[k]))
                {
                  down = FALSE;
                  continue;
                }
              x = floor (x_of (layout, qs_series_get_period (entry->series, k))) + 0.5;
              y = y_of (layout, values[k]);
              if (down)
                cairo_line_to (cr, x, y);
              else
                cairo_move_to (cr, x, y);
              down = TRUE;
              last_index = k;
            }
          cairo_stroke (cr);
          cairo_restore (cr);
        }
      else if (visible_points > M4_THRESHOLD * p->width)
        {
          draw_m4 (d, layout, entry);
          for (guint k = i1; k > i0; k--)
            if (!isnan (values[k - 1]))
              {
                last_index = k - 1;
                break;
              }
        }
      else
        {
          cairo_set_line_width (cr, d->line_width);
          cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
          cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
          _qs_set_color (cr, &entry->color);

          if (chart->kind == QS_CHART_AREA)
            {
              /* The filled area first, under the line, one piece per run. */
              gboolean open = FALSE;
              double first_x = 0, last_x = 0;
              QsColor fill = entry->color;

              fill.alpha = 0.22;
              for (guint k = i0; k <= i1; k++)
                {
                  gboolean has = k < i1 && !isnan (values[k]);
                  if (has)
                    {
                      double x = x_of (layout, qs_series_get_period (entry->series, k));
                      double y = y_of (layout, values[k]);
                      if (!open)
                        {
                          cairo_move_to (cr, x, baseline);
                          first_x = x;
                          open = TRUE;
                        }
                      cairo_line_to (cr, x, y);
                      last_x = x;
                    }
                  else if (open)
                    {
                      cairo_line_to (cr, last_x, baseline);
                      cairo_line_to (cr, first_x, baseline);
                      cairo_close_path (cr);
                      _qs_set_color (cr, &fill);
                      cairo_fill (cr);
                      open = FALSE;
                    }
                }
              _qs_set_color (cr, &entry->color);
            }

          /* Segment by segment, dashed where either end is not final. */
          for (guint k = i0; k < i1; k++)
            {
              double x, y;
              gboolean final;

              if (isnan (values[k]))
                {
                  have_previous = FALSE;
                  continue;
                }
              x = x_of (layout, qs_series_get_period (entry->series, k));
              y = y_of (layout, values[k]);
              final = qs_series_get_status (entry->series, k) == QS_STATUS_FINAL;
              if (have_previous)
                {
                  set_status_dash (d, !(final && previous_final));
                  cairo_move_to (cr, px, py);
                  cairo_line_to (cr, x, y);
                  cairo_stroke (cr);
                }
              px = x;
              py = y;
              previous_final = final;
              have_previous = TRUE;
              last_index = k;
            }
          cairo_set_dash (cr, NULL, 0, 0);

          /* Markers where there is room for them. */
          markers = visible_points <= 1 || (p->width / MAX (1, visible_points)) >= d->marker * 3;
          if (markers)
            for (guint k = i0; k < i1; k++)
              {
                double x, y;

                if (isnan (values[k]))
                  continue;
                x = x_of (layout, qs_series_get_period (entry->series, k));
                y = y_of (layout, values[k]);
                _qs_marker_path (cr, s, x, y, d->marker);
                if (qs_series_get_status (entry->series, k) == QS_STATUS_FINAL)
                  {
                    _qs_set_color (cr, &entry->color);
                    cairo_fill (cr);
                  }
                else
                  {
                    /* Hollow: not a final figure. */
                    _qs_set_color (cr, &d->theme->background);
                    cairo_fill_preserve (cr);
                    _qs_set_color (cr, &entry->color);
                    cairo_set_line_width (cr, MAX (1, d->line_width * 0.75));
                    cairo_stroke (cr);
                  }
              }
        }

      if (last_index != G_MAXUINT && end_labels)
        {
          EndLabel label = { y_of (layout, values[last_index]),
                             x_of (layout, qs_series_get_period (entry->series, last_index)),
                             _qs_chart_format_value (chart, values[last_index], FALSE), entry->color, s };
          g_array_append_val (end_labels, label);
        }
    }
  cairo_restore (cr);
}

static int
compare_end_labels (gconstpointer a,
                    gconstpointer b)
{
  double ya = ((const EndLabel *) a)->y, yb = ((const EndLabel *) b)->y;

  return ya < yb ? -1 : ya > yb;
}

/* The last value of each line, right of its end, spread apart vertically. */
static void
draw_end_labels (QsDraw        *d,
                 QsChartLayout *layout,
                 GArray        *labels)
{
  double size = d->font_px * 0.9;
  double line;
  QsRect *p = &layout->plot;

  /* Spacing is the real line height of the font, which is taller for CJK. */
  {
    g_autoptr(PangoLayout) sample = _qs_draw_layout (d, "0", size, TRUE, -1, 0);
    _qs_layout_size (sample, NULL, &line);
    line += 1;
  }
  /* More lines than fit one label each: keep the first series' labels
   * (the region as a whole comes first); the legend and tooltips tell the rest. */
  {
    guint capacity = (guint) MAX (1, floor ((p->height + line) / line));
    for (guint i = labels->len; labels->len > capacity && i > 0; i--)
      if (g_array_index (labels, EndLabel, i - 1).series >= capacity)
        {
          g_free (g_array_index (labels, EndLabel, i - 1).text);
          g_array_remove_index (labels, i - 1);
        }
    while (labels->len > capacity)
      {
        g_free (g_array_index (labels, EndLabel, labels->len - 1).text);
        g_array_remove_index (labels, labels->len - 1);
      }
  }
  g_array_sort (labels, compare_end_labels);
  for (guint i = 0; i < labels->len; i++)
    {
      EndLabel *l = &g_array_index (labels, EndLabel, i);
      l->y = CLAMP (l->y - line / 2, p->y - line / 2, p->y + p->height - line / 2);
      if (i > 0)
        l->y = MAX (l->y, g_array_index (labels, EndLabel, i - 1).y + line);
    }
  /* Pushed past the bottom: shift the whole stack up. */
  if (labels->len > 0)
    {
      double overflow = g_array_index (labels, EndLabel, labels->len - 1).y + line - (p->y + p->height + line / 2);
      for (guint i = labels->len; overflow > 0 && i > 0; i--)
        {
          EndLabel *l = &g_array_index (labels, EndLabel, i - 1);
          l->y -= overflow;
          if (i > 1)
            overflow = g_array_index (labels, EndLabel, i - 2).y + line - l->y;
        }
    }
  for (guint i = 0; i < labels->len; i++)
    {
      EndLabel *l = &g_array_index (labels, EndLabel, i);
      g_autoptr(PangoLayout) layout_text = _qs_draw_layout (d, l->text, size, TRUE, -1, 0);
      double tw, th;

      _qs_layout_size (layout_text, &tw, &th);
      _qs_draw_text (d, layout_text, MIN (l->x + d->marker + 4, d->width - d->pad - tw),
                     l->y + (line - th) / 2, &l->color);
      g_free (l->text);
    }
}

/* Bars in one pass, their value labels in a second (labels_only), so that
 * reference lines can be drawn over the bars and their labels placed first. */
static void
draw_bars (QsDraw        *d,
           QsChartLayout *layout,
           gboolean       labels_only)
{
  QsChart *chart = d->chart;
  cairo_t *cr = d->cr;
  guint n_visible = 0, slot = 0;
  double band = layout->x_step, inner = band * 0.75, bar;
  double zero = y_of (layout, CLAMP (0, layout->y.min, layout->y.max));

  for (guint s = 0; s < chart->series->len; s++)
    n_visible += entry_at (chart, s)->visible;
  if (n_visible == 0)
    return;
  bar = inner / n_visible;

  for (guint s = 0; s < chart->series->len; s++)
    {
      QsChartSeriesEntry *entry = entry_at (chart, s);
      guint n = qs_series_get_n_values (entry->series);

      if (!entry->visible)
        continue;
      for (guint k = 0; k < n; k++)
        {
          gint32 period = qs_series_get_period (entry->series, k);
          double v = value_at (entry, k), x, y;
          QsColor color = entry->color;
          gboolean final = qs_series_get_status (entry->series, k) == QS_STATUS_FINAL;

          if (isnan (v) || period < layout->first_period || period > layout->last_period)
            continue;
          x = x_of (layout, period) + (band - inner) / 2 + slot * bar;
          y = y_of (layout, v);
          if (labels_only)
            goto label;
          if (!final)
            color.alpha = 0.45;
          _qs_set_color (cr, &color);
          cairo_rectangle (cr, x, MIN (y, zero), MAX (1, bar - 1), fabs (zero - y));
          cairo_fill (cr);
          if (!final)
            {
              _qs_set_color (cr, &entry->color);
              cairo_set_line_width (cr, 1);
              cairo_rectangle (cr, x + 0.5, MIN (y, zero) + 0.5, MAX (1, bar - 2), MAX (0, fabs (zero - y) - 1));
              cairo_stroke (cr);
            }

          continue;
        label:
          /* The value over the bar when it fits. */
          if (n_visible <= 3)
            {
              g_autofree char *text = _qs_chart_format_value (chart, v, FALSE);
              g_autoptr(PangoLayout) label = _qs_draw_layout (d, text, d->font_px * 0.8, FALSE, -1, 0);
              double tw, th;

              double lx, ly;

              _qs_layout_size (label, &tw, &th);
              lx = x + (bar - 1 - tw) / 2;
              ly = v >= 0 ? y - th - 2 : y + 2;
              if (tw <= bar + 2 && ly >= layout->plot.y && _qs_draw_is_free (d, lx, ly, tw, th))
                _qs_draw_text (d, label, lx, ly, &d->theme->foreground);
            }
        }
      slot++;
    }
}

static void
draw_stacked (QsDraw        *d,
              QsChartLayout *layout)
{
  QsChart *chart = d->chart;
  cairo_t *cr = d->cr;
  double band = layout->x_step, bar = band * 0.7;
  gboolean percent = chart->kind == QS_CHART_STACKED_PERCENT;

  for (gint32 period = layout->first_period; period <= layout->last_period; period++)
    {
      double total = stack_total (chart, period), base = 0;
      double x = x_of (layout, period) + (band - bar) / 2;

      if (total <= 0)
        continue;
      for (guint s = 0; s < chart->series->len; s++)
        {
          QsChartSeriesEntry *entry = entry_at (chart, s);
          double v, top_y, bottom_y, h;
          guint k;

          if (!entry->visible || !qs_series_find_period (entry->series, period, &k) ||
              isnan (v = value_at (entry, k)) || v <= 0)
            continue;
          if (percent)
            v = v / total * 100;
          bottom_y = y_of (layout, base);
          top_y = y_of (layout, base + v);
          h = bottom_y - top_y;
          _qs_set_color (cr, &entry->color);
          cairo_rectangle (cr, x, top_y, bar, h);
          cairo_fill (cr);
          /* A hairline between segments keeps equal colours apart. */
          _qs_set_color (cr, &d->theme->background);
          cairo_set_line_width (cr, 1);
          cairo_move_to (cr, x, round (top_y) + 0.5);
          cairo_line_to (cr, x + bar, round (top_y) + 0.5);
          cairo_stroke (cr);

          {
            g_autofree char *text = percent ? qs_format_number (v, 1, QS_FORMAT_DEFAULT, chart->locale)
                                            : _qs_chart_format_value (chart, v, FALSE);
            g_autoptr(PangoLayout) label = _qs_draw_layout (d, text, d->font_px * 0.75, FALSE, -1, 0);
            double tw, th;
            QsColor on = _qs_text_color_on (d, &entry->color);

            _qs_layout_size (label, &tw, &th);
            if (tw + 4 <= bar && th + 2 <= h)
              _qs_draw_text (d, label, x + (bar - tw) / 2, top_y + (h - th) / 2, &on);
          }
          base += v;
        }
    }
}

void
_qs_chart_draw_xy (QsDraw *d)
{
  QsChart *chart = d->chart;
  QsChartLayout *layout = &chart->layout;
  cairo_t *cr = d->cr;
  QsRect p = d->plot;
  QsResolution res = QS_RESOLUTION_YEAR;
  gint32 first = 0, last = 0;
  double lo, hi, label_w = 0, x_label_h = 0, right_room = 0, x_label_top_gap = 0;
  guint max_ticks;
  g_autoptr(GArray) time_ticks = NULL;
  g_autoptr(GArray) end_labels = g_array_new (FALSE, FALSE, sizeof (EndLabel));
  gboolean any = data_extent (chart, &first, &last, &lo, &hi, &res);
  gboolean band = is_band_kind (chart->kind);

  if (!any)
    {
      const char *text = g_str_has_prefix (chart->locale, "zh_TW") ? "無資料" :
                         g_str_has_prefix (chart->locale, "zh") ? "无数据" : "No data";
      g_autoptr(PangoLayout) label = _qs_draw_layout (d, text, d->font_px, FALSE, p.width, 1);
      double tw, th;

      _qs_layout_size (label, &tw, &th);
      _qs_draw_text (d, label, p.x + (p.width - tw) / 2, p.y + (p.height - th) / 2, &d->theme->muted);
      layout->plot = p;
      layout->first_period = layout->last_period = 0;
      return;
    }

  /* Value axis: as many ticks as fit at about 2.5 lines apart. */
  max_ticks = (guint) CLAMP (p.height / (d->font_px * 2.5), 2, 10);
  qs_ticks_compute (lo, hi, max_ticks, band || chart->kind == QS_CHART_AREA, &layout->y);
  for (guint i = 0; i < layout->y.n; i++)
    {
      g_autofree char *text = _qs_chart_format_tick (chart, layout->y.values[i], layout->y.decimals);
      g_autoptr(PangoLayout) label = _qs_draw_layout (d, text, d->font_px * 0.9, FALSE, -1, 0);
      double tw;
      _qs_layout_size (label, &tw, NULL);
      label_w = MAX (label_w, tw);
    }

  /* Room on the right for the last values of lines. */
  if (!band)
    for (guint s = 0; s < chart->series->len; s++)
      {
        QsChartSeriesEntry *entry = entry_at (chart, s);
        guint k;
        if (entry->visible && qs_series_get_latest (entry->series, &k))
          {
            g_autofree char *text = _qs_chart_format_value (chart, value_at (entry, k), FALSE);
            g_autoptr(PangoLayout) label = _qs_draw_layout (d, text, d->font_px * 0.9, TRUE, -1, 0);
            double tw;
            _qs_layout_size (label, &tw, NULL);
            right_room = MAX (right_room, tw + d->marker + 6);
          }
      }

  p.x += label_w + d->font_px * 0.6;
  p.width -= label_w + d->font_px * 0.6 + right_room;
  p.width = MAX (p.width, 10);

  layout->first_period = first;
  layout->last_period = last;
  layout->band = band;
  if (band)
    {
      layout->x_step = p.width / (double) (last - first + 1);
      layout->x0 = p.x;
    }
  else
    {
      /* Half a marker of margin so end points are not cut. */
      double margin = d->marker + 1;
      layout->x_step = last > first ? (p.width - 2 * margin) / (double) (last - first) : 0;
      layout->x0 = last > first ? p.x + margin : p.x + p.width / 2;
    }
  layout->plot = p;

  time_ticks = choose_time_ticks (d, layout, res, &x_label_h);
  /* Time labels start below the lowest value label, which straddles the
   * bottom grid line, so the two never touch. */
  x_label_top_gap = d->font_px * 0.75;
  p.height -= x_label_h + x_label_top_gap;
  p.height = MAX (p.height, 10);
  layout->plot = p;

  /* The tick count was chosen for the taller plot; redo it if it shrank. */
  max_ticks = (guint) CLAMP (p.height / (d->font_px * 2.5), 2, 10);
  if (max_ticks < layout->y.n)
    qs_ticks_compute (lo, hi, max_ticks, band || chart->kind == QS_CHART_AREA, &layout->y);

  /* Grid and value labels. */
  cairo_set_line_width (cr, 1);
  for (guint i = 0; i < layout->y.n; i++)
    {
      double y = round (y_of (layout, layout->y.values[i])) + 0.5;
      g_autofree char *text = _qs_chart_format_tick (chart, layout->y.values[i], layout->y.decimals);
      g_autoptr(PangoLayout) label = _qs_draw_layout (d, text, d->font_px * 0.9, FALSE, -1, 0);
      double tw, th;

      _qs_set_color (cr, layout->y.values[i] == 0 ? &d->theme->axis : &d->theme->grid);
      cairo_move_to (cr, p.x, y);
      cairo_line_to (cr, p.x + p.width, y);
      cairo_stroke (cr);
      _qs_layout_size (label, &tw, &th);
      _qs_draw_text (d, label, p.x - d->font_px * 0.6 - tw, y - th / 2, &d->theme->muted);
    }

  /* Time labels. */
  for (guint i = 0; i < time_ticks->len; i++)
    {
      Tick *t = &g_array_index (time_ticks, Tick, i);
      double x = x_of (layout, t->position) + (band ? layout->x_step / 2 : 0);
      g_autoptr(PangoLayout) label = _qs_draw_layout (d, t->text, d->font_px * 0.9, FALSE, -1, 0);

      pango_layout_set_alignment (label, PANGO_ALIGN_CENTER);
      _qs_set_color (cr, &d->theme->axis);
      cairo_move_to (cr, round (x) + 0.5, p.y + p.height);
      cairo_line_to (cr, round (x) + 0.5, p.y + p.height + d->font_px * 0.3);
      cairo_stroke (cr);
      _qs_draw_text (d, label, x - t->width / 2, p.y + p.height + x_label_top_gap, &d->theme->muted);
    }

  switch (chart->kind)
    {
    case QS_CHART_BARS:
      /* Reference lines over the bars; their labels claim places before
       * the bars' value labels do. */
      draw_bars (d, layout, FALSE);
      draw_reference_lines (d, layout);
      draw_bars (d, layout, TRUE);
      break;
    case QS_CHART_STACKED:
    case QS_CHART_STACKED_PERCENT:
      draw_stacked (d, layout);
      break;
    case QS_CHART_LINE:
    case QS_CHART_AREA:
    default:
      draw_lines (d, layout, end_labels);
      break;
    }

  /* Changes of rules within the chart: a dashed line and its label. */
  for (guint m = 0; m < chart->markers->len; m++)
    {
      QsChartMarker *marker = &g_array_index (chart->markers, QsChartMarker, m);
      double x;
      g_autoptr(PangoLayout) label = NULL;
      double tw, th;

      if (marker->period <= layout->first_period || marker->period > layout->last_period)
        continue;
      x = round (x_of (layout, marker->period) - (band ? 0 : layout->x_step / 2)) + 0.5;
      _qs_set_color (cr, &d->theme->muted);
      cairo_set_line_width (cr, 1);
      cairo_set_dash (cr, (double[]) { 3, 3 }, 2, 0);
      cairo_move_to (cr, x, p.y);
      cairo_line_to (cr, x, p.y + p.height);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
      label = _qs_draw_layout (d, marker->label, d->font_px * 0.75, FALSE, -1, 0);
      _qs_layout_size (label, &tw, &th);
      if (_qs_draw_is_free (d, x + 3, p.y, tw, th))
        _qs_draw_text (d, label, x + 3, p.y, &d->theme->muted);
    }

  /* Last values first: reference labels then find room around them. */
  if (end_labels->len > 0)
    draw_end_labels (d, layout, end_labels);
  if (chart->kind != QS_CHART_BARS)
    draw_reference_lines (d, layout);
}

/* Nearest value to the pointer: the closest period, then the closest line. */
gboolean
_qs_chart_hit_test_xy (QsChart    *self,
                       double      x,
                       double      y,
                       QsChartHit *hit)
{
  QsChartLayout *layout = &self->layout;
  QsRect *p = &layout->plot;
  double best = INFINITY;
  gint32 period;

  if (x < p->x - 8 || x > p->x + p->width + 8 || y < p->y - 8 || y > p->y + p->height + 8 ||
      layout->first_period > layout->last_period)
    return FALSE;

  if (layout->band)
    period = layout->first_period + (gint32) floor ((x - layout->x0) / MAX (1e-9, layout->x_step));
  else if (layout->x_step > 0)
    period = layout->first_period + (gint32) llround ((x - layout->x0) / layout->x_step);
  else
    period = layout->first_period;
  period = CLAMP (period, layout->first_period, layout->last_period);

  for (guint s = 0; s < self->series->len; s++)
    {
      QsChartSeriesEntry *entry = self->series->pdata[s];
      guint k;
      double v, vy, distance;

      if (!entry->visible || !qs_series_find_period (entry->series, period, &k) || isnan (v = value_at (entry, k)))
        continue;
      vy = y_of (layout, v);
      if (is_stacked (self->kind))
        {
          /* The segment under the pointer. */
          double base = 0, total = stack_total (self, period), top, bottom;
          for (guint t = 0; t < s; t++)
            {
              QsChartSeriesEntry *other = self->series->pdata[t];
              guint j;
              double w;
              if (other->visible && qs_series_find_period (other->series, period, &j) &&
                  !isnan (w = value_at (other, j)) && w > 0)
                base += self->kind == QS_CHART_STACKED_PERCENT ? w / total * 100 : w;
            }
          if (v <= 0)
            continue;
          bottom = y_of (layout, base);
          top = y_of (layout, base + (self->kind == QS_CHART_STACKED_PERCENT ? v / total * 100 : v));
          distance = (y >= top && y <= bottom) ? 0 : MIN (fabs (y - top), fabs (y - bottom));
          vy = (top + bottom) / 2;
        }
      else
        distance = fabs (y - vy);
      if (distance < best)
        {
          best = distance;
          hit->series = (int) s;
          hit->index = k;
          hit->x = x_of (layout, period) + (layout->band ? layout->x_step / 2 : 0);
          hit->y = vy;
        }
    }
  return hit->series >= 0;
}

gboolean
_qs_chart_map_point_xy (QsChart *self,
                        guint    series,
                        guint    index,
                        double  *x,
                        double  *y)
{
  QsChartLayout *layout = &self->layout;
  QsChartSeriesEntry *entry = self->series->pdata[series];
  gint32 period;
  double v;

  if (index >= qs_series_get_n_values (entry->series) || !entry->visible)
    return FALSE;
  period = qs_series_get_period (entry->series, index);
  v = value_at (entry, index);
  if (isnan (v) || period < layout->first_period || period > layout->last_period)
    return FALSE;
  *x = x_of (layout, period) + (layout->band ? layout->x_step / 2 : 0);
  *y = y_of (layout, v);
  return TRUE;
}
