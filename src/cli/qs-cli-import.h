/* SPDX-License-Identifier: GPL-3.0-or-later */
/* qs-cli-import.h: `qingshan --import KIND --into DATASET FILE.csv` */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

int qs_cli_import (const char *kind,
                   const char *csv,
                   const char *into,
                   const char *encoding,
                   gboolean    skip_bad_rows);

G_END_DECLS
