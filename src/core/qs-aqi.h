/* SPDX-License-Identifier: GPL-3.0-or-later */
/* qs-aqi.h: the China air-quality index (HJ 633-2012 and HJ 633-2026) */

#pragma once

#include <glib.h>

#include "qs-types.h"

G_BEGIN_DECLS

/*
 * The rule set is chosen by the date of the observation: HJ 633-2012 for
 * days before 2026-03-01, HJ 633-2026 from that day. Historical days are
 * never recomputed with the new table.
 *
 * Every computation is exact: concentrations are first rounded to their
 * reporting precision (integer µg/m³; CO to 0.1 mg/m³) with the GB/T 8170
 * rule on their decimal form, and the sub-indices are then computed with
 * integers and rounded up.
 */

typedef enum {
  QS_AQI_RULES_2012,
  QS_AQI_RULES_2026,
} QsAqiRules;

#define QS_AQI_N_CATEGORIES 6

/* The highest AQI; sub-indices above the top of the table are capped here. */
#define QS_AQI_MAX 500

typedef struct
{
  /* An AQI could be computed: at least one indicator has a sub-index. */
  guint8     aqi_valid;
  int        aqi;                        /* -1 when not valid */
  /* Sub-indices, -1 when not computed (missing, not an indicator of the
   * report, or suppressed by a rule such as O3-8h > 800 in 2012). */
  int        iaqi[QS_N_POLLUTANTS];
  /* 1 << QsPollutant for each primary pollutant; 0 when AQI ≤ 50. */
  guint      primary_mask;
  int        category;                   /* 0..5, -1 when not valid */
  QsAqiRules rules;
  /* The AQI, category and primary pollutants may be published, and the
   * day counts as a valid monitoring day. FALSE when not valid, and under
   * HJ 633-2026 when an indicator is missing and the AQI is ≤ 100: the
   * report then shows them as NA and only the sub-indices. */
  gboolean   published;
} QsAqiResult;

QsAqiRules  qs_aqi_rules_for_day       (guint32             julian_day);

gboolean    qs_decimal_round_half_even (double              value,
                                        guint               decimals,
                                        gint64             *scaled);
gboolean    qs_aqi_round_concentration (QsPollutant         pollutant,
                                        double              value,
                                        gint64             *steps);

int         qs_aqi_daily_iaqi          (QsAqiRules          rules,
                                        QsPollutant         pollutant,
                                        double              concentration);
void        qs_aqi_daily               (guint32             day,
                                        const double        concentrations[QS_N_POLLUTANTS],
                                        QsAqiResult        *out);
void        qs_aqi_daily_with_rules    (QsAqiRules          rules,
                                        const double        concentrations[QS_N_POLLUTANTS],
                                        QsAqiResult        *out);
void        qs_aqi_hourly              (guint32             day,
                                        const double        concentrations[QS_N_POLLUTANTS],
                                        double              so2_24h,
                                        QsAqiResult        *out);

guint       qs_aqi_exceeding_mask      (const QsAqiResult  *result);

int         qs_aqi_category            (int                 aqi);
const char *qs_aqi_category_name       (int                 category,
                                        const char         *locale);
guint32     qs_aqi_category_rgb        (int                 category);
char       *qs_aqi_primary_text        (guint               mask);

G_END_DECLS
