/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Ranking: horizontal bars of regions sorted best first, ties shown as ties. */

#include "config.h"

#include <math.h>

#include "qs-chart-private.h"
#include "qs-format.h"

typedef struct
{
  guint  item;
  double value;
} Ranked;

static QsDirection sort_direction;

static int
compare_ranked (gconstpointer a,
                gconstpointer b)
{
  const Ranked *x = a, *y = b;

  /* Missing values last; then best first; then by input order. */
  if (isnan (x->value) != isnan (y->value))
    return isnan (x->value) ? 1 : -1;
  if (!isnan (x->value) && x->value != y->value)
    {
      gboolean ascending = sort_direction == QS_DIRECTION_LOWER_IS_BETTER;
      return (x->value < y->value) == ascending ? -1 : 1;
    }
  return x->item < y->item ? -1 : x->item > y->item;
}

void
_qs_chart_draw_ranking (QsDraw *d)
{
  QsChart *chart = d->chart;
  cairo_t *cr = d->cr;
  QsRect p = d->plot;
  guint n = chart->items->len;
  g_autoptr(GArray) ranked = g_array_sized_new (FALSE, FALSE, sizeof (Ranked), n);
  double scale = pow (10, chart->decimals);
  double max = 0, min = 0, name_w = 0, rank_w = 0, value_w = 0, row, size;
  const char *tie = g_str_has_prefix (chart->locale, "zh_TW") ? "並列" :
                    g_str_has_prefix (chart->locale, "zh") ? "并列" : "=";
  gboolean zh = g_str_has_prefix (chart->locale, "zh");
  g_autofree guint *ranks = g_new0 (guint, MAX (n, 1));
  g_autofree gboolean *tied = g_new0 (gboolean, MAX (n, 1));
  QsTicks ticks;
  double x_zero, x_scale, top_room;

  if (n == 0)
    return;
  for (guint i = 0; i < n; i++)
    {
      QsChartItem *item = &g_array_index (chart->items, QsChartItem, i);
      /* Ranks compare the values as published, to the shown decimals. */
      Ranked r = { i, isnan (item->value) ? NAN : round (item->value * scale) / scale };
      g_array_append_val (ranked, r);
      if (!isnan (item->value))
        {
          max = MAX (max, item->value);
          min = MIN (min, item->value);
        }
    }
  for (guint i = 0; i < chart->references->len; i++)
    {
      max = MAX (max, g_array_index (chart->references, QsChartReference, i).value);
      min = MIN (min, g_array_index (chart->references, QsChartReference, i).value);
    }
  sort_direction = chart->direction;
  g_array_sort (ranked, compare_ranked);

  /* Equal values share a rank (competition ranking: 1, 2, 2, 4). */
  for (guint i = 0; i < n; i++)
    {
      Ranked *r = &g_array_index (ranked, Ranked, i);
      if (isnan (r->value))
        continue;
      if (i > 0 && g_array_index (ranked, Ranked, i - 1).value == r->value)
        {
          ranks[i] = ranks[i - 1];
          tied[i] = tied[i - 1] = TRUE;
        }
      else
        ranks[i] = i + 1;
    }

  /* Row height: as much as fits. Text is not set below 6 px; when even
   * that does not fit every row, the best-ranked rows are shown. */
  top_room = chart->references->len > 0 ? d->font_px * 1.4 : 0;
  {
    double avail = MAX (0, p.height - top_room);
    size = CLAMP (avail / n / 1.5, 6, d->font_px * 0.9);
    n = MIN (n, (guint) floor (avail / (size * 1.5)));
    row = n > 0 ? avail / n : 0;
    if (n == 0)
      return;
  }

  for (guint i = 0; i < n; i++)
    {
      Ranked *r = &g_array_index (ranked, Ranked, i);
      QsChartItem *item = &g_array_index (chart->items, QsChartItem, r->item);
      g_autofree char *rank_text = isnan (r->value) ? g_strdup ("—") :
                                   tied[i] ? (zh ? g_strdup_printf ("%s%u", tie, ranks[i])
                                                 : g_strdup_printf ("%u%s", ranks[i], tie))
                                           : g_strdup_printf ("%u", ranks[i]);
      g_autofree char *value_text = _qs_chart_format_value (chart, item->value, FALSE);
      g_autoptr(PangoLayout) a = _qs_draw_layout (d, rank_text, size, FALSE, -1, 0);
      g_autoptr(PangoLayout) b = _qs_draw_layout (d, item->label, size, FALSE, p.width * 0.3, 1);
      g_autoptr(PangoLayout) c = _qs_draw_layout (d, value_text, size, TRUE, -1, 0);
      double w;

      _qs_layout_size (a, &w, NULL);
      rank_w = MAX (rank_w, w);
      _qs_layout_size (b, &w, NULL);
      name_w = MAX (name_w, w);
      _qs_layout_size (c, &w, NULL);
      value_w = MAX (value_w, w);
    }

  qs_ticks_compute (min, max, 5, TRUE, &ticks);
  chart->layout.y = ticks;
  {
    double bars_x = p.x + rank_w + size + name_w + size;
    double bars_w = MAX (10, p.x + p.width - bars_x - value_w - size * 0.5);

    x_scale = bars_w / MAX (1e-12, ticks.max - ticks.min);
    x_zero = bars_x - ticks.min * x_scale;

    /* The province's value as a reference line, under the bars' labels. */
    for (guint i = 0; i < chart->references->len; i++)
      {
        QsChartReference *ref = &g_array_index (chart->references, QsChartReference, i);
        double x = round (x_zero + ref->value * x_scale) + 0.5;
        g_autofree char *value = _qs_chart_format_value (chart, ref->value, FALSE);
        g_autofree char *text = g_strdup_printf ("%s %s", ref->label, value);
        g_autoptr(PangoLayout) label = _qs_draw_layout (d, text, d->font_px * 0.8, FALSE, bars_w, 1);
        double tw;
        const QsColor *color = ref->kind == QS_CHART_REFERENCE_STANDARD ? &d->theme->standard :
                               ref->kind == QS_CHART_REFERENCE_TARGET ? &d->theme->target : &d->theme->foreground;

        _qs_set_color (cr, color);
        cairo_set_line_width (cr, MAX (1, d->line_width * 0.75));
        cairo_set_dash (cr, (double[]) { 6, 4 }, 2, 0);
        cairo_move_to (cr, x, p.y + top_room * 0.9);
        cairo_line_to (cr, x, p.y + top_room + n * row);
        cairo_stroke (cr);
        cairo_set_dash (cr, NULL, 0, 0);
        _qs_layout_size (label, &tw, NULL);
        _qs_draw_text (d, label, CLAMP (x - tw / 2, bars_x, bars_x + bars_w - tw), p.y, color);
      }
    for (guint i = 0; i < n; i++)
      {
        Ranked *r = &g_array_index (ranked, Ranked, i);
        QsChartItem *item = &g_array_index (chart->items, QsChartItem, r->item);
        double y = p.y + top_room + i * row;
        g_autofree char *rank_text = isnan (r->value) ? g_strdup ("—") :
                                     tied[i] ? (zh ? g_strdup_printf ("%s%u", tie, ranks[i])
                                                   : g_strdup_printf ("%u%s", ranks[i], tie))
                                             : g_strdup_printf ("%u", ranks[i]);
        g_autofree char *value_text = _qs_chart_format_value (chart, item->value, FALSE);
        g_autoptr(PangoLayout) a = _qs_draw_layout (d, rank_text, size, FALSE, -1, 0);
        g_autoptr(PangoLayout) b = _qs_draw_layout (d, item->label, size, FALSE, p.width * 0.3, 1);
        g_autoptr(PangoLayout) c = _qs_draw_layout (d, value_text, size, TRUE, -1, 0);
        double th, tw, bar_h = MIN (row * 0.7, size * 1.6);
        QsColor color = d->theme->palette[0];

        _qs_layout_size (b, NULL, &th);
        _qs_draw_text (d, a, p.x, y + (row - th) / 2, &d->theme->muted);
        _qs_layout_size (b, &tw, NULL);
        _qs_draw_text (d, b, p.x + rank_w + size + name_w - tw, y + (row - th) / 2, &d->theme->foreground);
        if (!isnan (item->value))
          {
            double x1 = x_zero, x2 = x_zero + item->value * x_scale;
            if (item->status != QS_STATUS_FINAL)
              color.alpha = 0.5;
            _qs_set_color (cr, &color);
            cairo_rectangle (cr, MIN (x1, x2), y + (row - bar_h) / 2, MAX (1, fabs (x2 - x1)), bar_h);
            cairo_fill (cr);
            item->rect = (QsRect) { p.x, y, p.width, row };
            /* The value on a patch of background, so that a reference line
             * passing behind it does not run through its digits. */
            _qs_layout_size (c, &tw, NULL);
            _qs_set_color (cr, &d->theme->background);
            cairo_rectangle (cr, MAX (x1, x2) + size * 0.15, y + (row - th) / 2, tw + size * 0.3, th);
            cairo_fill (cr);
            _qs_draw_text (d, c, MAX (x1, x2) + size * 0.3, y + (row - th) / 2, &d->theme->foreground);
          }
        else
          item->rect = (QsRect) { p.x, y, p.width, row };
      }

  }
}
