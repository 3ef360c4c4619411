/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <math.h>

#include "qs-ticks.h"

/**
 * qs_ticks_compute:
 * @lo: the smallest value to show (NaN when there is none)
 * @hi: the largest value to show
 * @max_ticks: at most this many ticks (at least 2)
 * @include_zero: whether the axis must reach zero (bars start there)
 * @ticks: (out): the ticks
 *
 * Picks the smallest step of 1, 2 or 5 × 10ⁿ that covers [@lo, @hi] with at
 * most @max_ticks ticks. All values equal, no values, and ranges spanning
 * many orders of magnitude all give a usable axis.
 */
void
qs_ticks_compute (double   lo,
                  double   hi,
                  guint    max_ticks,
                  gboolean include_zero,
                  QsTicks *ticks)
{
  static const double nice[] = { 1, 2, 5, 10 };
  double span, raw, magnitude, step = 1, first, last;
  guint n;

  max_ticks = CLAMP (max_ticks, 2, QS_TICKS_MAX);

  if (!isfinite (lo) || !isfinite (hi))
    lo = 0, hi = 1;
  if (lo > hi)
    {
      double t = lo;
      lo = hi;
      hi = t;
    }
  if (include_zero)
    {
      lo = MIN (lo, 0);
      hi = MAX (hi, 0);
    }
  if (hi == lo)
    {
      /* One value, or all equal: centre it in a range of its own size. */
      double pad = lo == 0 ? 1 : fabs (lo) * 0.1;
      hi += pad;
      if (!(include_zero && lo == 0))
        lo -= pad;
    }

  span = hi - lo;
  for (guint tries = 0; ; tries++)
    {
      raw = span / (max_ticks - 1);
      magnitude = pow (10, floor (log10 (raw)));
      for (guint i = 0; i < G_N_ELEMENTS (nice); i++)
        if ((step = nice[i] * magnitude) >= raw * (1 - 1e-9))
          break;
      /* Widen the step until min..max in whole steps fits in max_ticks. */
      for (;;)
        {
          first = floor (lo / step + 1e-9) * step;
          last = ceil (hi / step - 1e-9) * step;
          n = (guint) llround ((last - first) / step) + 1;
          if (n <= max_ticks)
            break;
          {
            double m = step / pow (10, floor (log10 (step) + 1e-9));
            step = m < 1.5 ? step * 2 : m < 3 ? step * 2.5 : step * 2;
          }
        }
      if (n >= 2 || tries > 2)
        break;
      max_ticks++;
    }

  ticks->step = step;
  ticks->min = first;
  ticks->max = last;
  ticks->n = n;
  ticks->decimals = step >= 1 ? 0 : (int) ceil (-log10 (step) - 1e-9);
  for (guint i = 0; i < n; i++)
    {
      double v = first + i * step;
      /* Snap away binary noise (0.30000000000000004) and negative zero. */
      double scale = pow (10, ticks->decimals);
      v = round (v * scale) / scale;
      ticks->values[i] = v == 0 ? 0 : v;
    }
}
