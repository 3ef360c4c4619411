/* SPDX-License-Identifier: GPL-3.0-or-later */
/* qs-chart-theme.h: colours, type sizes and strokes of a chart */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define QS_TYPE_CHART_THEME (qs_chart_theme_get_type ())

typedef struct
{
  double red, green, blue, alpha;
} QsColor;

#define QS_CHART_THEME_N_PALETTE 8

typedef struct _QsChartTheme QsChartTheme;

/* Sizes are in device-independent pixels at scale 1; an export at scale 2
 * doubles everything. Read-only once made. */
struct _QsChartTheme
{
  char    *name;
  QsColor  background;
  QsColor  foreground;      /* titles, labels */
  QsColor  muted;           /* subtitles, tick labels, footnotes */
  QsColor  grid;
  QsColor  axis;
  QsColor  target;          /* plan targets */
  QsColor  standard;        /* legal limits */
  QsColor  demo;            /* the demo-data mark */
  QsColor  missing;         /* cells with no data */
  QsColor  palette[QS_CHART_THEME_N_PALETTE];
  double   font_size;       /* body text, px */
  double   title_scale;     /* title size ÷ font_size */
  double   line_width;
  double   marker_radius;
  double   padding;
};

GType          qs_chart_theme_get_type  (void) G_GNUC_CONST;
QsChartTheme  *qs_chart_theme_new_named (const char   *name);
QsChartTheme  *qs_chart_theme_ref       (QsChartTheme *self);
void           qs_chart_theme_unref     (QsChartTheme *self);
const char *const *qs_chart_theme_list_names (void);
gboolean       qs_color_parse           (const char   *hex,
                                         QsColor      *color);
double         qs_color_luminance       (const QsColor *color);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (QsChartTheme, qs_chart_theme_unref)

G_END_DECLS
