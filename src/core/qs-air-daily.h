/* SPDX-License-Identifier: GPL-3.0-or-later */
/* qs-air-daily.h: daily air concentrations of one city */

#pragma once

#include <glib-object.h>

#include "qs-types.h"

G_BEGIN_DECLS

#define QS_TYPE_AIR_DAILY (qs_air_daily_get_type ())

typedef struct _QsAirDaily QsAirDaily;

/* One block of consecutive days; a column is NULL when the file has none, and a
 * missing day is NaN. Concentrations in µg/m³, CO in mg/m³. */
struct _QsAirDaily
{
  char    *region;
  guint32  start_day;  /* Julian day of the first value */
  guint    n_days;
  double  *columns[QS_N_POLLUTANTS];
};

GType        qs_air_daily_get_type (void) G_GNUC_CONST;
QsAirDaily  *qs_air_daily_new      (const char *region,
                                    guint32     start_day,
                                    guint       n_days);
QsAirDaily  *qs_air_daily_ref      (QsAirDaily *self);
void         qs_air_daily_unref    (QsAirDaily *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (QsAirDaily, qs_air_daily_unref)

G_END_DECLS
