/* SPDX-License-Identifier: GPL-3.0-or-later */
/* qs-chart-catalog.h: every chart a dataset offers, under stable ids */

#pragma once

#include "qs-chart.h"
#include "qs-dataset.h"

G_BEGIN_DECLS

#define QS_CHART_CATALOG_ERROR (qs_chart_catalog_error_quark ())

typedef enum {
  QS_CHART_CATALOG_ERROR_UNKNOWN_CHART,
} QsChartCatalogError;

/* One chart of the catalog. */
typedef struct
{
  char    *id;
  QsChart *chart;
} QsChartEntry;

GQuark     qs_chart_catalog_error_quark (void);
GPtrArray *qs_chart_catalog_list        (QsDataset  *dataset,
                                         const char *locale);
QsChart   *qs_chart_catalog_build       (QsDataset  *dataset,
                                         const char *id,
                                         const char *locale,
                                         GError    **error);
void       qs_chart_entry_free          (QsChartEntry *entry);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (QsChartEntry, qs_chart_entry_free)

G_END_DECLS
