/* SPDX-License-Identifier: GPL-3.0-or-later */
/* qs-cli.h: the commands that run without a display */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

int qs_cli_validate (char      **files);
int qs_cli_summary  (const char *file,
                     const char *locale);

typedef struct
{
  const char *chart_id;
  const char *theme;
  const char *locale;
  const char *format;
  double      width;
  double      height;
  double      scale;
} QsCliExportOptions;

int qs_cli_list_charts (const char               *file,
                        const char               *locale);
int qs_cli_export      (const char               *out,
                        const char               *file,
                        const QsCliExportOptions *options);
int qs_cli_export_all  (const char               *dir,
                        const char               *file,
                        const QsCliExportOptions *options);

G_END_DECLS
