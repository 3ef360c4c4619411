/* SPDX-License-Identifier: GPL-3.0-or-later */
/* qs-chart.h: a chart — what to draw, drawn on any cairo_t */

#pragma once

#include <cairo.h>
#include <glib-object.h>

#include "qs-chart-theme.h"
#include "qs-series.h"
#include "qs-types.h"

G_BEGIN_DECLS

typedef enum {
  QS_CHART_LINE,
  QS_CHART_AREA,
  QS_CHART_BARS,
  QS_CHART_RANKING,
  QS_CHART_STACKED,
  QS_CHART_STACKED_PERCENT,
  QS_CHART_CALENDAR,
  QS_CHART_TILE_MAP,
  QS_CHART_GAUGE,
  QS_CHART_SPARKLINE,
} QsChartKind;

typedef enum {
  QS_CHART_REFERENCE_TARGET,
  QS_CHART_REFERENCE_STANDARD,
  QS_CHART_REFERENCE_OTHER,
} QsChartReferenceKind;

/* What is under a point of the chart, for tooltips and keyboard focus. */
typedef struct
{
  int    series;   /* series or item index; -1 for none */
  guint  index;    /* value index within the series */
  double x;        /* where the point is drawn */
  double y;
} QsChartHit;

/* A text the last qs_chart_draw() placed, for layout checks and tests. */
typedef struct
{
  double  x;
  double  y;
  double  width;
  double  height;
  char   *text;
} QsChartTextBox;

#define QS_TYPE_CHART (qs_chart_get_type ())

G_DECLARE_FINAL_TYPE (QsChart, qs_chart, QS, CHART, GObject)

QsChart      *qs_chart_new               (QsChartKind    kind);
QsChartKind   qs_chart_get_kind          (QsChart       *self);
const char   *qs_chart_get_title         (QsChart       *self);
void          qs_chart_set_title         (QsChart       *self,
                                          const char    *title);
const char   *qs_chart_get_subtitle      (QsChart       *self);
void          qs_chart_set_subtitle      (QsChart       *self,
                                          const char    *subtitle);
const char   *qs_chart_get_footnote      (QsChart       *self);
void          qs_chart_set_footnote      (QsChart       *self,
                                          const char    *footnote);
gboolean      qs_chart_get_demo          (QsChart       *self);
void          qs_chart_set_demo          (QsChart       *self,
                                          gboolean       demo);
const char   *qs_chart_get_locale        (QsChart       *self);
void          qs_chart_set_locale        (QsChart       *self,
                                          const char    *locale);
QsChartTheme *qs_chart_get_theme         (QsChart       *self);
void          qs_chart_set_theme         (QsChart       *self,
                                          QsChartTheme  *theme);
void          qs_chart_set_unit          (QsChart       *self,
                                          QsUnit         unit,
                                          const char    *unit_label);
const char   *qs_chart_get_unit_text     (QsChart       *self);
void          qs_chart_set_decimals      (QsChart       *self,
                                          int            decimals);
int           qs_chart_get_decimals      (QsChart       *self);

guint         qs_chart_add_series        (QsChart       *self,
                                          QsSeries      *series,
                                          guint          category,
                                          const char    *name,
                                          const QsColor *color);
guint         qs_chart_get_n_series      (QsChart       *self);
QsSeries     *qs_chart_get_series        (QsChart       *self,
                                          guint          index,
                                          guint         *category);
const char   *qs_chart_get_series_name   (QsChart       *self,
                                          guint          index);
gboolean      qs_chart_get_series_visible (QsChart      *self,
                                          guint          index);
void          qs_chart_set_series_visible (QsChart      *self,
                                          guint          index,
                                          gboolean       visible);

void          qs_chart_add_reference     (QsChart       *self,
                                          double         value,
                                          const char    *label,
                                          QsChartReferenceKind kind,
                                          gint32         first_period,
                                          gint32         last_period);
guint         qs_chart_get_n_references  (QsChart       *self);

void          qs_chart_add_marker        (QsChart       *self,
                                          gint32         period,
                                          const char    *label);
void          qs_chart_set_table         (QsChart       *self,
                                          const char *const *headers);
void          qs_chart_add_table_row     (QsChart       *self,
                                          const char *const *cells);
guint         qs_chart_add_item          (QsChart       *self,
                                          const char    *label,
                                          double         value,
                                          QsStatus       status);
void          qs_chart_set_item_tile     (QsChart       *self,
                                          guint          item,
                                          int            column,
                                          int            row);
guint         qs_chart_get_n_items       (QsChart       *self);
const char   *qs_chart_get_item_label    (QsChart       *self,
                                          guint          item);
double        qs_chart_get_item_value    (QsChart       *self,
                                          guint          item);

void          qs_chart_add_band          (QsChart       *self,
                                          double         upper,
                                          const QsColor *color,
                                          const char    *label);
void          qs_chart_set_calendar_year (QsChart       *self,
                                          int            year);
void          qs_chart_set_gauge         (QsChart       *self,
                                          double         value,
                                          double         target,
                                          double         elapsed);
void          qs_chart_set_direction     (QsChart       *self,
                                          QsDirection    direction);

void          qs_chart_draw              (QsChart       *self,
                                          cairo_t       *cr,
                                          double         width,
                                          double         height);
gboolean      qs_chart_get_drawn_size    (QsChart       *self,
                                          double        *width,
                                          double        *height);
gboolean      qs_chart_map_point         (QsChart       *self,
                                          guint          series,
                                          guint          index,
                                          double        *x,
                                          double        *y);
void          qs_chart_set_reduction     (QsChart       *self,
                                          gboolean       enabled);
gboolean      qs_chart_hit_test          (QsChart       *self,
                                          double         x,
                                          double         y,
                                          QsChartHit    *hit);
char         *qs_chart_describe_point    (QsChart       *self,
                                          guint          series,
                                          guint          index);
char         *qs_chart_describe          (QsChart       *self);
int           qs_chart_legend_hit_test   (QsChart       *self,
                                          double         x,
                                          double         y);
const QsChartTextBox *qs_chart_get_text_boxes (QsChart *self,
                                          guint         *n_boxes);

G_END_DECLS
