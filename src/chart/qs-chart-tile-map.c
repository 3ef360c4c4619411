/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tile map: each region a square at its grid position — a schematic map that
 * needs no boundary data — coloured by category or by value. */

#include "config.h"

#include <math.h>

#include "qs-chart-private.h"
#include "qs-format.h"

/* A sequential scale from a pale to a deep tint of the theme's first colour. */
static QsColor
ramp (QsDraw *d,
      double  t)
{
  const QsColor *deep = &d->theme->palette[0];
  QsColor pale = { 0.92, 0.95, 0.98, 1 };
  QsColor c;

  t = CLAMP (t, 0, 1);
  c.red = pale.red + (deep->red - pale.red) * t;
  c.green = pale.green + (deep->green - pale.green) * t;
  c.blue = pale.blue + (deep->blue - pale.blue) * t;
  c.alpha = 1;
  return c;
}

/* The largest size at which @text fits in @width, from @size down to 6 px. */
static PangoLayout *
fitted_layout (QsDraw     *d,
               const char *text,
               double      size,
               gboolean    bold,
               double      width)
{
  for (;;)
    {
      PangoLayout *layout = _qs_draw_layout (d, text, size, bold, -1, 0);
      double tw;

      _qs_layout_size (layout, &tw, NULL);
      if (tw <= width || size <= 6)
        {
          if (tw > width)
            {
              /* Still too long at the smallest size: cut with an ellipsis. */
              g_object_unref (layout);
              layout = _qs_draw_layout (d, text, size, bold, width, 1);
            }
          return layout;
        }
      g_object_unref (layout);
      size *= 0.9;
    }
}

void
_qs_chart_draw_tile_map (QsDraw *d)
{
  QsChart *chart = d->chart;
  cairo_t *cr = d->cr;
  QsRect p = d->plot;
  int columns = 0, rows = 0;
  double lo = INFINITY, hi = -INFINITY, tile, gap, ox, oy, ramp_h = 0;
  gboolean banded = chart->bands->len > 0;

  for (guint i = 0; i < chart->items->len; i++)
    {
      QsChartItem *item = &g_array_index (chart->items, QsChartItem, i);
      if (!item->has_tile)
        continue;
      columns = MAX (columns, item->column + 1);
      rows = MAX (rows, item->row + 1);
      if (!isnan (item->value))
        {
          lo = MIN (lo, item->value);
          hi = MAX (hi, item->value);
        }
    }
  if (columns == 0)
    return;

  /* Room under the map for the colour ramp of a continuous scale. */
  if (!banded && isfinite (lo))
    ramp_h = d->font_px * 2.4;

  tile = MIN (p.width / columns, (p.height - ramp_h) / rows);
  gap = MAX (1, tile * 0.06);
  ox = p.x + (p.width - tile * columns) / 2;
  oy = p.y + (p.height - ramp_h - tile * rows) / 2;

  for (guint i = 0; i < chart->items->len; i++)
    {
      QsChartItem *item = &g_array_index (chart->items, QsChartItem, i);
      double x, y, s = tile - gap;
      QsColor fill, text_color;
      const QsColor *band;

      if (!item->has_tile)
        continue;
      x = ox + item->column * tile;
      y = oy + item->row * tile;
      if (isnan (item->value))
        fill = d->theme->missing;
      else if (banded && (band = _qs_chart_band_color (chart, item->value, NULL)))
        fill = *band;
      else
        fill = ramp (d, hi > lo ? (item->value - lo) / (hi - lo) * 0.85 + 0.15 : 0.6);
      _qs_set_color (cr, &fill);
      cairo_rectangle (cr, x, y, s, s);
      cairo_fill (cr);
      item->rect = (QsRect) { x, y, s, s };
      if (item->status != QS_STATUS_FINAL && !isnan (item->value))
        {
          /* Not a final figure: a dashed inner border. */
          _qs_set_color (cr, &d->theme->background);
          cairo_set_line_width (cr, MAX (1, s * 0.02));
          cairo_set_dash (cr, (double[]) { 4, 3 }, 2, 0);
          cairo_rectangle (cr, x + s * 0.06, y + s * 0.06, s * 0.88, s * 0.88);
          cairo_stroke (cr);
          cairo_set_dash (cr, NULL, 0, 0);
        }

      text_color = _qs_text_color_on (d, &fill);
      if (s > 14)
        {
          g_autofree char *value = isnan (item->value) ? g_strdup ("—") : _qs_chart_format_value (chart, item->value, FALSE);
          /* Inside the dashed frame of a figure that is not final (inset
           * by 6 %), with a margin, so that no name touches it. */
          g_autoptr(PangoLayout) name = fitted_layout (d, item->label, MIN (d->font_px, s * 0.2), FALSE, s * 0.8);
          g_autoptr(PangoLayout) number = fitted_layout (d, value, MIN (d->font_px * 1.3, s * 0.26), TRUE, s * 0.8);
          double nw, nh, vw, vh;

          _qs_layout_size (name, &nw, &nh);
          _qs_layout_size (number, &vw, &vh);
          if (nh + vh <= s * 0.86)
            {
              double top = y + (s - nh - vh) / 2;
              _qs_draw_text (d, name, x + (s - nw) / 2, top, &text_color);
              _qs_draw_text (d, number, x + (s - vw) / 2, top + nh, &text_color);
            }
          else if (vh <= s)
            _qs_draw_text (d, number, x + (s - vw) / 2, y + (s - vh) / 2, &text_color);
        }
    }

  /* The continuous scale, from lowest to highest value. */
  if (ramp_h > 0)
    {
      double rw = MIN (p.width * 0.5, d->font_px * 16), rx = p.x + (p.width - rw) / 2;
      double ry = p.y + p.height - ramp_h + d->font_px * 0.3, bar = d->font_px * 0.6;
      g_autofree char *low = _qs_chart_format_value (chart, lo, FALSE);
      g_autofree char *high = _qs_chart_format_value (chart, hi, TRUE);
      /* Each end's label has the room beside the ramp, and no more: a unit
       * label from the file may be long. */
      double room = (p.width - rw) / 2 - d->font_px * 0.4;
      g_autoptr(PangoLayout) a = _qs_draw_layout (d, low, d->font_px * 0.8, FALSE, room, 1);
      g_autoptr(PangoLayout) b = _qs_draw_layout (d, high, d->font_px * 0.8, FALSE, room, 1);
      double aw, bw;

      for (int i = 0; i < 32; i++)
        {
          QsColor c = ramp (d, 0.15 + 0.85 * i / 31.0);
          _qs_set_color (cr, &c);
          cairo_rectangle (cr, rx + rw * i / 32, ry, rw / 32 + 0.5, bar);
          cairo_fill (cr);
        }
      _qs_layout_size (a, &aw, NULL);
      _qs_layout_size (b, &bw, NULL);
      _qs_draw_text (d, a, rx - aw - d->font_px * 0.4, ry + bar / 2 - d->font_px * 0.55, &d->theme->muted);
      _qs_draw_text (d, b, rx + rw + d->font_px * 0.4, ry + bar / 2 - d->font_px * 0.55, &d->theme->muted);
    }
}
