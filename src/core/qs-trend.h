/* SPDX-License-Identifier: GPL-3.0-or-later */
/* qs-trend.h: changes, trend statistics, target attainment and rankings */

#pragma once

#include <glib.h>

#include "qs-types.h"

G_BEGIN_DECLS

/*
 * Series are given as parallel arrays of period ordinals (qs-period.h,
 * increasing) and values, NaN where missing; missing values are skipped.
 */

typedef struct
{
  double absolute;  /* current − previous */
  double percent;   /* absolute ÷ |previous| × 100; NaN when previous is 0 */
  double points;    /* absolute, in percentage points, for values that are
                     * percentages; NaN otherwise */
} QsChange;

typedef struct
{
  guint  n;          /* points used */
  double slope;      /* per period unit (per year for annual series) */
  double intercept;  /* the line's value at @origin */
  gint32 origin;     /* the period of the first point used */
} QsTheilSen;

typedef struct
{
  guint  n;          /* points used */
  gint64 s;
  double variance;   /* with the correction for ties */
  double z;          /* with the continuity correction */
  double p_value;    /* two-sided, normal approximation */
} QsMannKendall;

typedef enum {
  QS_TREND_TARGET_UNKNOWN,
  QS_TREND_TARGET_MET,
  QS_TREND_TARGET_ON_TRACK,
  QS_TREND_TARGET_OFF_TRACK,
} QsTrendTarget;

gboolean      qs_trend_change           (double              previous,
                                         double              current,
                                         gboolean            in_percent,
                                         QsChange           *out);
gboolean      qs_trend_change_from_previous (const gint32   *periods,
                                         const double       *values,
                                         guint               n,
                                         gboolean            in_percent,
                                         QsChange           *out);
double        qs_trend_compound_annual_change (double        first,
                                         double              last,
                                         double              years);
double        qs_trend_series_compound_annual_change (QsResolution resolution,
                                         const gint32       *periods,
                                         const double       *values,
                                         guint               n);

gboolean      qs_trend_theil_sen        (const gint32       *periods,
                                         const double       *values,
                                         guint               n,
                                         QsTheilSen         *out);
double        qs_theil_sen_value_at     (const QsTheilSen   *fit,
                                         gint32              period);
gboolean      qs_trend_mann_kendall     (const double       *values,
                                         guint               n,
                                         QsMannKendall      *out);

QsTrendTarget qs_trend_target_status    (const gint32       *periods,
                                         const double       *values,
                                         guint               n,
                                         QsDirection         direction,
                                         double              target,
                                         gint32              target_period,
                                         int                 decimals);

void          qs_trend_rank             (const double       *values,
                                         guint               n,
                                         QsDirection         direction,
                                         int                 decimals,
                                         int                *ranks);

G_END_DECLS
