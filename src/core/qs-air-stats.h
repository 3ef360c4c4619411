/* SPDX-License-Identifier: GPL-3.0-or-later */
/* qs-air-stats.h: monthly and annual air statistics and Grade II attainment */

#pragma once

#include <glib.h>

#include "qs-air-daily.h"
#include "qs-aqi.h"
#include "qs-types.h"

G_BEGIN_DECLS

/* The Grade II limits a period is assessed against (GB 3095). */
typedef enum {
  QS_AIR_LIMITS_GB3095_2012,             /* until 2026-02-28 */
  QS_AIR_LIMITS_GB3095_2026_TRANSITION,  /* 2026-03-01 … 2030-12-31 */
  QS_AIR_LIMITS_GB3095_2026_FINAL,       /* from 2031-01-01 */
} QsAirLimits;

/* Statistics of one city over a range of days. Masks are 1 << QsPollutant. */
typedef struct
{
  guint32     first_day;   /* the range asked for (Julian days) */
  guint32     last_day;
  guint       n_days;      /* days of the range inside the data block */

  /* Days with a published daily AQI (qs_aqi_daily(), rules by date). */
  guint       valid_days;
  guint       good_days;   /* AQI ≤ 100 */
  guint       heavy_days;  /* AQI > 200 */
  guint       category_days[QS_AQI_N_CATEGORIES];
  double      good_ratio;  /* good_days ÷ valid_days, %; NaN without days */
  double      heavy_ratio; /* heavy_days ÷ valid_days, %; NaN likewise */

  /* Mean of the daily values present, NaN without values; the mean of
   * O3_8H is that of the daily maximum 8-h means. */
  double      mean[QS_N_POLLUTANTS];
  guint       n_values[QS_N_POLLUTANTS];
  double      co_p95;      /* 95th percentile of CO daily means, mg/m³ */
  double      o3_8h_p90;   /* 90th percentile of daily maximum 8-h O3 */

  /* Grade II assessment: the six statistics (annual means of SO2, NO2,
   * PM10, PM2.5; CO p95; O3-8h p90 in the O3_8H slot) at reporting
   * precision, compared with the limits. */
  QsAirLimits limits;
  double      statistic[QS_N_POLLUTANTS];   /* NaN when not assessed */
  guint       assessed_mask;
  guint       failing_mask;
  gboolean    attains;     /* all six assessed and none failing */
  /* Annual-mean pollutants with fewer daily values than GB 3095 Table 4
   * asks for. Informational: it does not change attains. */
  guint       insufficient_mask;
} QsAirStats;

/* A province, or any group of cities. */
typedef struct
{
  guint  n_cities;
  guint  valid_days;    /* sums over the cities */
  guint  good_days;
  guint  heavy_days;
  guint  category_days[QS_AQI_N_CATEGORIES];
  double good_ratio;    /* Σ good days ÷ Σ valid days, % */
  double heavy_ratio;
  /* Mean over the cities that have the statistic. */
  double mean[QS_N_POLLUTANTS];
  guint  n_cities_mean[QS_N_POLLUTANTS];
  double co_p95;
  double o3_8h_p90;
} QsAirProvinceStats;

QsAirLimits qs_air_limits_for_day   (guint32            julian_day);
double      qs_air_grade2_limit     (QsAirLimits        limits,
                                     QsPollutant        pollutant);
double      qs_air_percentile       (const double      *values,
                                     guint              n_values,
                                     guint              percent);

void        qs_air_stats_compute    (const QsAirDaily  *block,
                                     guint32            first_day,
                                     guint32            last_day,
                                     QsAirStats        *out);
void        qs_air_stats_month      (const QsAirDaily  *block,
                                     int                year,
                                     int                month,
                                     QsAirStats        *out);
void        qs_air_stats_year       (const QsAirDaily  *block,
                                     int                year,
                                     QsAirStats        *out);
GArray     *qs_air_stats_by_month   (const QsAirDaily  *block);
GArray     *qs_air_stats_by_year    (const QsAirDaily  *block);
void        qs_air_stats_assess     (QsAirStats        *stats,
                                     QsAirLimits        limits);

void        qs_air_province_stats   (const QsAirStats  *cities,
                                     guint              n_cities,
                                     QsAirProvinceStats *out);

G_END_DECLS
