/* SPDX-License-Identifier: GPL-3.0-or-later */
/* qs-cli-report.h: `qingshan --report OUT.pdf [--locale L] FILE` */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

int qs_cli_report (const char *out_pdf,
                   const char *dataset_file,
                   const char *locale);

G_END_DECLS
