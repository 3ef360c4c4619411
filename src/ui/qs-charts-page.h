/* SPDX-License-Identifier: GPL-3.0-or-later */
/* qs-charts-page.h: a view of several charts (air, water, rural sewage) */

#pragma once

#include <adwaita.h>

#include "qs-chart-view.h"

G_BEGIN_DECLS

#define QS_TYPE_CHARTS_PAGE (qs_charts_page_get_type ())

G_DECLARE_FINAL_TYPE (QsChartsPage, qs_charts_page, QS, CHARTS_PAGE, AdwBin)

GtkWidget   *qs_charts_page_new            (void);
void         qs_charts_page_set_charts     (QsChartsPage *self,
                                            GPtrArray    *entries);
void         qs_charts_page_set_extra      (QsChartsPage *self,
                                           GtkWidget    *widget);
guint        qs_charts_page_get_n_charts   (QsChartsPage *self);
QsChartView *qs_charts_page_get_chart_view (QsChartsPage *self,
                                            guint         index);
QsChartView *qs_charts_page_find_chart     (QsChartsPage *self,
                                            const char   *chart_id);

G_END_DECLS
