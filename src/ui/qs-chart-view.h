/* SPDX-License-Identifier: GPL-3.0-or-later */
/* qs-chart-view.h: a chart on screen — hover, legend, keyboard, export */

#pragma once

#include <gtk/gtk.h>

#include "qs-chart.h"

G_BEGIN_DECLS

#define QS_TYPE_CHART_VIEW (qs_chart_view_get_type ())

G_DECLARE_FINAL_TYPE (QsChartView, qs_chart_view, QS, CHART_VIEW, GtkWidget)

GtkWidget  *qs_chart_view_new            (void);
QsChart    *qs_chart_view_get_chart      (QsChartView *self);
void        qs_chart_view_set_chart      (QsChartView *self,
                                          QsChart     *chart);
const char *qs_chart_view_get_chart_id   (QsChartView *self);
void        qs_chart_view_set_chart_id   (QsChartView *self,
                                          const char  *chart_id);
gboolean    qs_chart_view_get_compact    (QsChartView *self);
void        qs_chart_view_set_compact    (QsChartView *self,
                                          gboolean     compact);
const char *qs_chart_view_get_point_text (QsChartView *self);
gboolean    qs_chart_view_hover          (QsChartView *self,
                                          double       x,
                                          double       y);
gboolean    qs_chart_view_click          (QsChartView *self,
                                          double       x,
                                          double       y);
void        qs_chart_view_focus_point    (QsChartView *self,
                                          int          series,
                                          int          index);
char       *qs_chart_view_dup_description (QsChartView *self);

G_END_DECLS
