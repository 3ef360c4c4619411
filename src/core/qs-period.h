/* SPDX-License-Identifier: GPL-3.0-or-later */
/* qs-period.h: periods (year, quarter, month, day) as ordinals */

#pragma once

#include <glib.h>

#include "qs-types.h"

G_BEGIN_DECLS

/*
 * A period is a gint32 ordinal whose meaning depends on the resolution:
 * year → the year; quarter → year × 4 + (quarter − 1); month → year × 12 +
 * (month − 1); day → the Julian day number of GDate (1 = 0001-01-01);
 * hour → Julian day × 24 + hour.
 * Consecutive periods have consecutive ordinals, so a regular series needs
 * only its first period.
 */

#define QS_PERIOD_MIN_YEAR 1000
#define QS_PERIOD_MAX_YEAR 9999

gboolean qs_period_parse        (QsResolution  resolution,
                                 const char   *str,
                                 gint32       *out);
gboolean qs_period_parse_len    (QsResolution  resolution,
                                 const char   *str,
                                 gsize         len,
                                 gint32       *out);
gboolean qs_period_parse_any    (const char   *str,
                                 QsResolution *resolution,
                                 gint32       *out);
char    *qs_period_to_string    (QsResolution  resolution,
                                 gint32        period);
int      qs_period_get_year     (QsResolution  resolution,
                                 gint32        period);
guint32  qs_period_get_first_day (QsResolution resolution,
                                 gint32        period);
guint32  qs_period_get_last_day (QsResolution  resolution,
                                 gint32        period);
gint32   qs_period_from_day     (QsResolution  resolution,
                                 guint32       julian_day);
gboolean qs_date_parse          (const char   *str,
                                 guint32      *julian_day);
char    *qs_date_to_string      (guint32       julian_day);

G_END_DECLS
