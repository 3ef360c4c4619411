/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "qs-format.h"

#include "qs-trend.h"

/* ---------------------------------------------------------------------- */
/* Changes                                                                 */

/**
 * qs_trend_change:
 * @previous: the earlier value
 * @current: the later value
 * @in_percent: %TRUE when the values are percentages (ratios), whose
 *   change is also given in percentage points
 * @out: (out caller-allocates): the change
 *
 * The relative change is taken against |@previous| so that its sign is
 * the direction of the change even for negative values.
 *
 * Returns: %FALSE when either value is missing
 */
gboolean
qs_trend_change (double    previous,
                 double    current,
                 gboolean  in_percent,
                 QsChange *out)
{
  g_return_val_if_fail (out != NULL, FALSE);

  out->absolute = out->percent = out->points = NAN;
  if (!isfinite (previous) || !isfinite (current))
    return FALSE;
  out->absolute = current - previous;
  if (previous != 0)
    out->percent = out->absolute / fabs (previous) * 100;
  if (in_percent)
    out->points = out->absolute;
  return TRUE;
}

/* The index of the last value that is not missing, or -1. */
static int
latest_index (const double *values,
              guint         n)
{
  for (guint i = n; i > 0; i--)
    if (isfinite (values[i - 1]))
      return (int) i - 1;
  return -1;
}

/**
 * qs_trend_change_from_previous:
 * @periods: (array length=n): increasing period ordinals
 * @values: (array length=n): values, NaN when missing
 * @n: the number of periods
 * @in_percent: %TRUE when the values are percentages
 * @out: (out caller-allocates): the change
 *
 * The change of the latest value from the value of the period just before
 * it (not from an older one when that period is missing: a change over two
 * years is not a year-on-year change).
 *
 * Returns: %FALSE when there is no such pair
 */
gboolean
qs_trend_change_from_previous (const gint32 *periods,
                               const double *values,
                               guint         n,
                               gboolean      in_percent,
                               QsChange     *out)
{
  int last;

  g_return_val_if_fail (out != NULL, FALSE);
  out->absolute = out->percent = out->points = NAN;

  last = latest_index (values, n);
  if (last < 1 || periods[last - 1] != periods[last] - 1)
    return FALSE;
  return qs_trend_change (values[last - 1], values[last], in_percent, out);
}

/**
 * qs_trend_compound_annual_change:
 * @first: the first value
 * @last: the last value
 * @years: the years between them
 *
 * ((@last ÷ @first)^(1 ÷ @years) − 1) × 100.
 *
 * Returns: the compound annual change in %; NaN unless @first > 0,
 *   @last ≥ 0 and @years > 0
 */
double
qs_trend_compound_annual_change (double first,
                                 double last,
                                 double years)
{
  if (!(first > 0) || !(last >= 0) || !(years > 0) ||
      !isfinite (first) || !isfinite (last) || !isfinite (years))
    return NAN;
  return (pow (last / first, 1 / years) - 1) * 100;
}

/**
 * qs_trend_series_compound_annual_change:
 * @resolution: the resolution of @periods
 * @periods: (array length=n): increasing period ordinals
 * @values: (array length=n): values, NaN when missing
 * @n: the number of periods
 *
 * The compound annual change between the first and the last value present.
 * Years between them: periods ÷ 1, 4 or 12 for years, quarters and months;
 * days ÷ 365.2425 (and hours ÷ 24 more).
 *
 * Returns: the change in % a year, NaN when not defined
 */
double
qs_trend_series_compound_annual_change (QsResolution  resolution,
                                        const gint32 *periods,
                                        const double *values,
                                        guint         n)
{
  static const double per_year[] = {
    [QS_RESOLUTION_YEAR] = 1,
    [QS_RESOLUTION_QUARTER] = 4,
    [QS_RESOLUTION_MONTH] = 12,
    [QS_RESOLUTION_DAY] = 365.2425,
    [QS_RESOLUTION_HOUR] = 365.2425 * 24,
  };
  int first = -1, last = latest_index (values, n);

  g_return_val_if_fail (resolution <= QS_RESOLUTION_HOUR, NAN);

  for (guint i = 0; i < n; i++)
    if (isfinite (values[i]))
      {
        first = (int) i;
        break;
      }
  if (first < 0 || last <= first)
    return NAN;
  return qs_trend_compound_annual_change (values[first], values[last],
                                          ((double) periods[last] - periods[first]) /
                                          per_year[resolution]);
}

/* ---------------------------------------------------------------------- */
/* Theil–Sen and Mann–Kendall                                              */

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* Sorts @x in place; the middle value, or the mean of the two middle ones. */
static double
median (double *x,
        gsize   n)
{
  qsort (x, n, sizeof *x, compare_doubles);
  if (n % 2)
    return x[n / 2];
  return (x[n / 2 - 1] + x[n / 2]) / 2;
}

/**
 * qs_trend_theil_sen:
 * @periods: (array length=n): increasing period ordinals
 * @values: (array length=n): values, NaN when missing
 * @n: the number of periods
 * @out: (out caller-allocates): the fitted line
 *
 * Theil–Sen estimator: the slope is the median of the slopes
 * (yj − yi) ÷ (xj − xi) of every pair of points with i < j, per period
 * unit; the intercept is the median of yi − slope × (xi − origin)
 * (Conover), the line's value at the first point's period. Robust to
 * outliers; memory and time grow with n², meant for annual, quarterly or
 * monthly series.
 *
 * Returns: %FALSE with fewer than two values
 */
gboolean
qs_trend_theil_sen (const gint32 *periods,
                    const double *values,
                    guint         n,
                    QsTheilSen   *out)
{
  g_autofree gint32 *x = NULL;
  g_autofree double *y = NULL;
  g_autofree double *slopes = NULL;
  gsize n_slopes = 0;
  guint m = 0;

  g_return_val_if_fail (out != NULL, FALSE);
  memset (out, 0, sizeof *out);
  out->slope = out->intercept = NAN;

  x = g_new (gint32, MAX (n, 1));
  y = g_new (double, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    if (isfinite (values[i]))
      {
        x[m] = periods[i];
        y[m] = values[i];
        m++;
      }
  if (m < 2)
    return FALSE;

  slopes = g_new (double, (gsize) m * (m - 1) / 2);
  for (guint i = 0; i < m; i++)
    for (guint j = i + 1; j < m; j++)
      if (x[j] != x[i])
        slopes[n_slopes++] = (y[j] - y[i]) / ((double) x[j] - x[i]);
  if (n_slopes == 0)
    return FALSE;

  out->n = m;
  out->origin = x[0];
  out->slope = median (slopes, n_slopes);
  /* Reuse the first m slots for the residual intercepts. */
  for (guint i = 0; i < m; i++)
    slopes[i] = y[i] - out->slope * ((double) x[i] - x[0]);
  out->intercept = median (slopes, m);
  return TRUE;
}

/**
 * qs_theil_sen_value_at:
 * @fit: a line from qs_trend_theil_sen()
 * @period: a period ordinal
 *
 * Returns: the line's value at @period
 */
double
qs_theil_sen_value_at (const QsTheilSen *fit,
                       gint32            period)
{
  g_return_val_if_fail (fit != NULL, NAN);
  return fit->intercept + fit->slope * ((double) period - fit->origin);
}

/**
 * qs_trend_mann_kendall:
 * @values: (array length=n): values in period order, NaN when missing
 * @n: the number of values
 * @out: (out caller-allocates): the test
 *
 * Mann–Kendall trend test: S = Σ_{i<j} sign(xj − xi);
 * Var(S) = [n(n−1)(2n+5) − Σ t(t−1)(2t+5)] ÷ 18, the sum over groups of t
 * equal values; Z = (S − 1) ÷ √Var for S > 0, (S + 1) ÷ √Var for S < 0,
 * 0 for S = 0; two-sided p = erfc(|Z| ÷ √2). The normal approximation is
 * rough below about 10 values. Only the order of the values matters, so
 * missing values are simply skipped.
 *
 * Returns: %FALSE with fewer than three values
 */
gboolean
qs_trend_mann_kendall (const double  *values,
                       guint          n,
                       QsMannKendall *out)
{
  g_autofree double *x = NULL;
  double ties = 0, m_d;
  guint m = 0;

  g_return_val_if_fail (out != NULL, FALSE);
  memset (out, 0, sizeof *out);
  out->variance = out->z = out->p_value = NAN;

  x = g_new (double, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    if (isfinite (values[i]))
      x[m++] = values[i];
  if (m < 3)
    return FALSE;

  out->n = m;
  for (guint i = 0; i < m; i++)
    for (guint j = i + 1; j < m; j++)
      out->s += (x[j] > x[i]) - (x[j] < x[i]);

  /* Tie groups: sort, then count runs of equal values. */
  qsort (x, m, sizeof *x, compare_doubles);
  for (guint i = 0; i < m;)
    {
      guint j = i + 1;
      double t;

      while (j < m && x[j] == x[i])
        j++;
      t = j - i;
      ties += t * (t - 1) * (2 * t + 5);
      i = j;
    }

  m_d = m;
  out->variance = (m_d * (m_d - 1) * (2 * m_d + 5) - ties) / 18;
  if (out->s == 0 || out->variance <= 0)
    out->z = 0;
  else if (out->s > 0)
    out->z = (out->s - 1) / sqrt (out->variance);
  else
    out->z = (out->s + 1) / sqrt (out->variance);
  out->p_value = erfc (fabs (out->z) / G_SQRT2);
  return TRUE;
}

/* ---------------------------------------------------------------------- */
/* Targets and rankings                                                    */

/*
 * @v as shown with @decimals decimals (qs_format_number(): half away from
 * zero on the shortest decimal), so that comparisons agree with what the
 * reader sees; unchanged when @decimals < 0.
 */
static double
shown (double v,
       int    decimals)
{
  g_autofree char *text = NULL;

  if (decimals < 0 || !isfinite (v))
    return v;
  text = qs_format_number (v, decimals, QS_FORMAT_ASCII_MINUS, "en");
  return g_ascii_strtod (text, NULL);
}

static gboolean
meets (double      value,
       double      target,
       QsDirection direction)
{
  return direction == QS_DIRECTION_LOWER_IS_BETTER ? value <= target : value >= target;
}

/**
 * qs_trend_target_status:
 * @periods: (array length=n): increasing period ordinals
 * @values: (array length=n): values, NaN when missing
 * @n: the number of periods
 * @direction: whether lower or higher values are better
 * @target: the target value
 * @target_period: the period by which it is to be reached, same
 *   resolution as @periods (the year for an annual series)
 * @decimals: decimals the values are shown with; values and target are
 *   compared as shown. -1 compares them unrounded
 *
 * The rule: MET when the latest value meets the target (≤ for
 * lower-is-better, ≥ for higher-is-better). Otherwise OFF_TRACK when the
 * latest value is at or after @target_period; otherwise the Theil–Sen line
 * of the series is projected to @target_period, and the status is
 * ON_TRACK when the projected value meets the target, OFF_TRACK when it
 * does not.
 *
 * Returns: the status; UNKNOWN for a neutral direction, no value, or too
 *   few values for a line
 */
QsTrendTarget
qs_trend_target_status (const gint32 *periods,
                        const double *values,
                        guint         n,
                        QsDirection   direction,
                        double        target,
                        gint32        target_period,
                        int           decimals)
{
  QsTheilSen fit;
  int last;

  if (direction == QS_DIRECTION_NEUTRAL || !isfinite (target))
    return QS_TREND_TARGET_UNKNOWN;
  last = latest_index (values, n);
  if (last < 0)
    return QS_TREND_TARGET_UNKNOWN;

  target = shown (target, decimals);
  if (meets (shown (values[last], decimals), target, direction))
    return QS_TREND_TARGET_MET;
  if (periods[last] >= target_period)
    return QS_TREND_TARGET_OFF_TRACK;
  if (!qs_trend_theil_sen (periods, values, n, &fit))
    return QS_TREND_TARGET_UNKNOWN;
  return meets (shown (qs_theil_sen_value_at (&fit, target_period), decimals),
                target, direction)
           ? QS_TREND_TARGET_ON_TRACK : QS_TREND_TARGET_OFF_TRACK;
}

/**
 * qs_trend_rank:
 * @values: (array length=n): values, NaN when missing
 * @n: the number of values
 * @direction: lower-is-better ranks the lowest first; higher-is-better
 *   and neutral the highest first
 * @decimals: decimals the values are shown with; values equal as shown
 *   tie. -1 compares them unrounded
 * @ranks: (out caller-allocates) (array length=n): the ranks
 *
 * Competition ranking ("1, 2, 2, 4"): a value's rank is one more than the
 * number of values strictly better than it as shown; missing values get 0.
 */
void
qs_trend_rank (const double *values,
               guint         n,
               QsDirection   direction,
               int           decimals,
               int          *ranks)
{
  g_autofree double *v = NULL;

  g_return_if_fail (ranks != NULL || n == 0);

  v = g_new (double, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    v[i] = shown (values[i], decimals);

  for (guint i = 0; i < n; i++)
    {
      int better = 0;

      if (!isfinite (v[i]))
        {
          ranks[i] = 0;
          continue;
        }
      for (guint j = 0; j < n; j++)
        if (isfinite (v[j]) &&
            (direction == QS_DIRECTION_LOWER_IS_BETTER ? v[j] < v[i] : v[j] > v[i]))
          better++;
      ranks[i] = better + 1;
    }
}
