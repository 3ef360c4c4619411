/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "qs-air-daily.h"

G_DEFINE_BOXED_TYPE (QsAirDaily, qs_air_daily, qs_air_daily_ref, qs_air_daily_unref)

static void
qs_air_daily_clear (QsAirDaily *self)
{
  g_free (self->region);
  for (guint i = 0; i < QS_N_POLLUTANTS; i++)
    g_free (self->columns[i]);
}

/**
 * qs_air_daily_new:
 * @region: the city's code
 * @start_day: Julian day of the first value
 * @n_days: number of days
 *
 * Returns: (transfer full): a block with no columns yet
 */
QsAirDaily *
qs_air_daily_new (const char *region,
                  guint32     start_day,
                  guint       n_days)
{
  QsAirDaily *self = g_atomic_rc_box_new0 (QsAirDaily);

  self->region = g_strdup (region);
  self->start_day = start_day;
  self->n_days = n_days;
  return self;
}

/**
 * qs_air_daily_ref:
 * @self: a block
 *
 * Returns: (transfer full): @self
 */
QsAirDaily *
qs_air_daily_ref (QsAirDaily *self)
{
  return g_atomic_rc_box_acquire (self);
}

/**
 * qs_air_daily_unref:
 * @self: (transfer full): a block
 */
void
qs_air_daily_unref (QsAirDaily *self)
{
  g_atomic_rc_box_release_full (self, (GDestroyNotify) qs_air_daily_clear);
}
