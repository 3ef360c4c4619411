/* SPDX-License-Identifier: GPL-3.0-or-later */
/* qs-ticks.h: "nice" axis ticks in steps of 1, 2 or 5 times a power of ten */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define QS_TICKS_MAX 32

typedef struct
{
  double min;                  /* the axis range, a whole number of steps */
  double max;
  double step;
  guint  n;                    /* ticks from min to max inclusive */
  double values[QS_TICKS_MAX];
  int    decimals;             /* decimals the labels need */
} QsTicks;

void qs_ticks_compute (double   lo,
                       double   hi,
                       guint    max_ticks,
                       gboolean include_zero,
                       QsTicks *ticks);

G_END_DECLS
