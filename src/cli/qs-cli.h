/* SPDX-License-Identifier: GPL-3.0-or-later */
/* qs-cli.h: the commands that run without a display */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

int qs_cli_validate (char      **files);
int qs_cli_summary  (const char *file,
                     const char *locale);

G_END_DECLS
