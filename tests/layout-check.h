/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Shared by the chart layout tests: draws a chart and fails when any text
 * overlaps another or leaves the canvas. */

#pragma once

#include <cairo.h>
#include <glib.h>

#include "qs-chart.h"

static inline gboolean
layout_boxes_overlap (const QsChartTextBox *a,
                      const QsChartTextBox *b)
{
  /* A pixel of shared edge is not an overlap. */
  double w = MIN (a->x + a->width, b->x + b->width) - MAX (a->x, b->x);
  double h = MIN (a->y + a->height, b->y + b->height) - MAX (a->y, b->y);

  return w > 1 && h > 1;
}

/* Draws @chart at @width × @height; returns the surface for pixel checks. */
static inline cairo_surface_t *
layout_check (QsChart    *chart,
              const char *id,
              double      width,
              double      height)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) width, (int) height);
  cairo_t *cr = cairo_create (surface);
  const QsChartTextBox *boxes;
  guint n;

  qs_chart_draw (chart, cr, width, height);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  boxes = qs_chart_get_text_boxes (chart, &n);
  for (guint i = 0; i < n; i++)
    {
      if (boxes[i].x < -0.5 || boxes[i].y < -0.5 || boxes[i].x + boxes[i].width > width + 0.5 ||
          boxes[i].y + boxes[i].height > height + 0.5)
        g_error ("%s at %g×%g: “%.80s” leaves the canvas (%g, %g, %g × %g)", id, width, height,
                 boxes[i].text, boxes[i].x, boxes[i].y, boxes[i].width, boxes[i].height);
      for (guint j = i + 1; j < n; j++)
        if (layout_boxes_overlap (&boxes[i], &boxes[j]))
          g_error ("%s at %g×%g: “%.80s” overlaps “%.80s”", id, width, height, boxes[i].text, boxes[j].text);
    }
  cairo_destroy (cr);
  return surface;
}
