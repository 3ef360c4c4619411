/* SPDX-License-Identifier: GPL-3.0-or-later */
/* qs-chart-export.h: charts to PNG, SVG, PDF and CSV files */

#pragma once

#include <gio/gio.h>

#include "qs-chart.h"

G_BEGIN_DECLS

typedef enum {
  QS_EXPORT_PNG,
  QS_EXPORT_SVG,
  QS_EXPORT_PDF,
  QS_EXPORT_CSV,
} QsExportFormat;

gboolean qs_export_format_from_name (const char      *name,
                                     QsExportFormat  *format);
gboolean qs_export_format_from_path (const char      *path,
                                     QsExportFormat  *format);
const char *qs_export_format_extension (QsExportFormat format);

gboolean qs_chart_export_file (QsChart         *chart,
                               const char      *path,
                               QsExportFormat   format,
                               double           width,
                               double           height,
                               double           scale,
                               GError         **error);
gboolean qs_chart_write_csv   (QsChart         *chart,
                               GOutputStream   *out,
                               GError         **error);

G_END_DECLS
