/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <math.h>

#include "qs-m4.h"

/**
 * qs_m4_cache_clear:
 * @cache: a cache
 *
 * Frees the reduction; the cache can be used again.
 */
void
qs_m4_cache_clear (QsM4Cache *cache)
{
  g_clear_pointer (&cache->first, g_free);
  g_clear_pointer (&cache->last, g_free);
  g_clear_pointer (&cache->min, g_free);
  g_clear_pointer (&cache->max, g_free);
  g_clear_pointer (&cache->gap_before, g_free);
  cache->series = NULL;
  cache->width = 0;
}

/**
 * qs_m4_reduce:
 * @cache: where to keep the reduction
 * @series: the series
 * @category: which of its categories
 * @first_period: the period at the left edge of column 0
 * @last_period: the last period to include
 * @width: the number of pixel columns
 * @x_offset: the column (fractional) of @first_period
 * @x_step: columns per period
 *
 * A value of period p falls in column ⌊@x_offset + (p − @first_period) × @x_step⌋,
 * the same mapping the chart draws points with.
 *
 * Reduces @series for drawing in @width columns, unless @cache already holds
 * that reduction.
 *
 * Returns: %TRUE when the reduction was (re)computed
 */
gboolean
qs_m4_reduce (QsM4Cache *cache,
              QsSeries  *series,
              guint      category,
              gint32     first_period,
              gint32     last_period,
              guint      width,
              double     x_offset,
              double     x_step)
{
  const double *values = qs_series_get_values (series, category);
  guint n = qs_series_get_n_values (series);
  gboolean regular = qs_series_is_regular (series);
  gint32 start = n > 0 ? qs_series_get_period (series, 0) : 0;
  gboolean pending_gap = FALSE;
  guint i0 = 0, i1 = n;

  if (cache->series == series && cache->category == category && cache->width == width &&
      cache->first_period == first_period && cache->last_period == last_period &&
      cache->x_offset == x_offset && cache->x_step == x_step)
    return FALSE;

  qs_m4_cache_clear (cache);
  cache->series = series;
  cache->category = category;
  cache->first_period = first_period;
  cache->last_period = last_period;
  cache->width = width;
  cache->x_offset = x_offset;
  cache->x_step = x_step;
  cache->first = g_new (double, width);
  cache->last = g_new (double, width);
  cache->min = g_new (double, width);
  cache->max = g_new (double, width);
  cache->gap_before = g_new0 (guint8, width);
  for (guint c = 0; c < width; c++)
    cache->first[c] = cache->last[c] = cache->min[c] = cache->max[c] = NAN;

  /* Only the visible stretch: for a regular series that is index arithmetic. */
  if (regular)
    {
      gint64 a = (gint64) first_period - start, b = (gint64) last_period - start + 1;
      i0 = (guint) CLAMP (a, 0, (gint64) n);
      i1 = (guint) CLAMP (b, 0, (gint64) n);
    }

  for (guint i = i0; i < i1; i++)
    {
      gint32 p = regular ? start + (gint32) i : qs_series_get_period (series, i);
      double v = values[i];
      double pos;
      guint c;

      if (p < first_period || p > last_period)
        continue;
      if (isnan (v))
        {
          pending_gap = TRUE;
          continue;
        }
      /* ⌊pos⌋ clamped to the columns, without a call to floor(): below 0
       * both give column 0, and above that truncation is ⌊pos⌋. */
      pos = x_offset + (p - first_period) * x_step;
      c = pos < 1 ? 0 : pos >= width - 1 ? width - 1 : (guint) pos;
      if (isnan (cache->first[c]))
        {
          cache->first[c] = cache->min[c] = cache->max[c] = v;
          cache->gap_before[c] = pending_gap;
        }
      else
        {
          if (v < cache->min[c])
            cache->min[c] = v;
          if (v > cache->max[c])
            cache->max[c] = v;
          /* A gap inside one column is drawn as a gap before it. */
          if (pending_gap)
            cache->gap_before[c] = TRUE;
        }
      cache->last[c] = v;
      pending_gap = FALSE;
    }
  return TRUE;
}
