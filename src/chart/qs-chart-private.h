/* SPDX-License-Identifier: GPL-3.0-or-later */
/* qs-chart-private.h: what the chart kinds share while drawing */

#pragma once

#include <pango/pangocairo.h>

#include "qs-chart.h"
#include "qs-m4.h"
#include "qs-ticks.h"

G_BEGIN_DECLS

typedef struct
{
  double x, y, width, height;
} QsRect;

typedef struct
{
  QsSeries *series;
  guint     category;
  char     *name;
  QsColor   color;
  gboolean  visible;
  QsM4Cache m4;
  /* The values' range, found once: series do not change once loaded. */
  gboolean  extent_known;
  double    lo;
  double    hi;
} QsChartSeriesEntry;

typedef struct
{
  double               value;
  char                *label;
  QsChartReferenceKind kind;
  gint32               first;
  gint32               last;
} QsChartReference;

/* From its period on, values follow the rules this names (e.g. a standard). */
typedef struct
{
  gint32  period;
  char   *label;
} QsChartMarker;

typedef struct
{
  char     *label;
  double    value;
  QsStatus  status;
  gboolean  has_tile;
  int       column;
  int       row;
  QsRect    rect;   /* where the last draw put it */
} QsChartItem;

typedef struct
{
  double   upper;
  QsColor  color;
  char    *label;
} QsChartBand;

/* One legend entry: a swatch and its text; series ≥ 0 toggles that series. */
typedef struct
{
  int       series;
  QsColor   color;
  int       style;   /* 0 swatch, 1 line, 2 dashed line, 3 hollow marker */
  char     *text;
  QsRect    rect;
} QsLegendEntry;

/* State of one qs_chart_draw(), passed to the kind's drawing function. */
typedef struct
{
  QsChart       *chart;
  cairo_t       *cr;
  QsChartTheme  *theme;
  PangoContext  *pango;
  const char    *font_family;
  double         width;
  double         height;
  double         font_px;    /* body text size after shrinking for small charts */
  double         line_width;
  double         marker;
  double         pad;
  QsRect         plot;       /* what is left for the kind to draw in */
} QsDraw;

/* Layout of the last draw, kept for hit tests. */
typedef struct
{
  QsRect        plot;
  QsTicks       y;
  gint32        first_period;
  gint32        last_period;
  double        x0;          /* x of first_period */
  double        x_step;      /* pixels per period */
  gboolean      band;        /* periods are bands (bars) rather than points */
  GArray       *legend;      /* QsLegendEntry */
  double        width;       /* size of the last draw; 0 before the first */
  double        height;
} QsChartLayout;

struct _QsChart
{
  GObject        parent_instance;

  QsChartKind    kind;
  char          *title;
  char          *subtitle;
  char          *footnote;
  gboolean       demo;
  char          *locale;
  QsChartTheme  *theme;
  QsUnit         unit;
  char          *unit_label;
  char          *unit_text;
  int            decimals;
  QsDirection    direction;
  int            calendar_year;
  double         gauge_value;
  double         gauge_target;
  double         gauge_elapsed;

  GPtrArray     *series;      /* QsChartSeriesEntry */
  GArray        *references;  /* QsChartReference */
  GArray        *items;       /* QsChartItem */
  GArray        *bands;       /* QsChartBand */
  GArray        *markers;     /* QsChartMarker, in period order */
  GPtrArray     *table;       /* GStrv rows, the first the headers; NULL for none */

  gboolean       no_reduction;  /* draw every point, for tests and benchmarks */

  QsChartLayout  layout;
  GArray        *text_boxes;  /* QsChartTextBox */
};

/* Text, always as plain text: file contents are never parsed as markup. */
PangoLayout *_qs_draw_layout      (QsDraw        *d,
                                   const char    *text,
                                   double         size,
                                   gboolean       bold,
                                   double         max_width,
                                   int            max_lines);
void         _qs_draw_text        (QsDraw        *d,
                                   PangoLayout   *layout,
                                   double         x,
                                   double         y,
                                   const QsColor *color);
gboolean     _qs_draw_is_free     (QsDraw        *d,
                                   double         x,
                                   double         y,
                                   double         width,
                                   double         height);
void         _qs_layout_size      (PangoLayout   *layout,
                                   double        *width,
                                   double        *height);
void         _qs_set_color        (cairo_t       *cr,
                                   const QsColor *color);
char        *_qs_chart_format_value (QsChart     *chart,
                                   double         value,
                                   gboolean       with_unit);
char        *_qs_chart_format_tick (QsChart      *chart,
                                   double         value,
                                   int            decimals);
const QsColor *_qs_chart_band_color (QsChart     *chart,
                                   double         value,
                                   guint         *band);
void         _qs_marker_path       (cairo_t      *cr,
                                   guint         series,
                                   double        x,
                                   double        y,
                                   double        radius);
QsColor      _qs_text_color_on     (QsDraw       *d,
                                   const QsColor *background);

/* Shared with the report: the font families and Pango language for a
 * chart locale, CJK-capable first, Traditional for zh_TW. */
const char  *_qs_font_family_for    (const char   *locale);
const char  *_qs_pango_language_for (const char   *locale);

void _qs_chart_draw_xy        (QsDraw *d);
void _qs_chart_draw_ranking   (QsDraw *d);
void _qs_chart_draw_calendar  (QsDraw *d);
void _qs_chart_draw_tile_map  (QsDraw *d);
void _qs_chart_draw_gauge     (QsDraw *d);
void _qs_chart_draw_sparkline (QsDraw *d);
gboolean _qs_chart_hit_test_xy (QsChart *self, double x, double y, QsChartHit *hit);
gboolean _qs_chart_map_point_xy (QsChart *self, guint series, guint index, double *x, double *y);

G_END_DECLS
