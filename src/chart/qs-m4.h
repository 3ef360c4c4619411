/* SPDX-License-Identifier: GPL-3.0-or-later */
/* qs-m4.h: reduce a long series to what each pixel column can show */

#pragma once

#include "qs-series.h"

G_BEGIN_DECLS

/*
 * M4 keeps, per pixel column, the first, last, smallest and largest value.
 * Drawn as a vertical span per column joined to its neighbours, it covers the
 * same pixels as the full polyline (without antialiasing), at a cost that
 * depends on the width, not on the number of points. The reduction is in
 * values, not pixels, so a change of vertical scale reuses it.
 */
typedef struct
{
  /* The key: what the reduction was made for. */
  QsSeries *series;
  guint     category;
  gint32    first_period;
  gint32    last_period;
  guint     width;
  double    x_offset;
  double    x_step;
  /* Per column, NaN where the column has no value. */
  double   *first;
  double   *last;
  double   *min;
  double   *max;
  /* Whether a missing value lies between this column and the previous one. */
  guint8   *gap_before;
} QsM4Cache;

void     qs_m4_cache_clear (QsM4Cache *cache);
gboolean qs_m4_reduce      (QsM4Cache *cache,
                            QsSeries  *series,
                            guint      category,
                            gint32     first_period,
                            gint32     last_period,
                            guint      width,
                            double     x_offset,
                            double     x_step);

G_END_DECLS
