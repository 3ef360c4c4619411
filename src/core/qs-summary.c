/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <math.h>

#include "qs-period.h"
#include "qs-summary.h"
#include "qs-trend.h"

/**
 * qs_target_status_to_string:
 * @status: a target status
 *
 * Returns: (nullable): its keyword in summaries, %NULL for none
 */
const char *
qs_target_status_to_string (QsTargetStatus status)
{
  switch (status)
    {
    case QS_TARGET_STATUS_MET:
      return "met";
    case QS_TARGET_STATUS_NOT_YET:
      return "not-yet-met";
    case QS_TARGET_STATUS_MISSED:
      return "missed";
    case QS_TARGET_STATUS_NONE:
    default:
      return NULL;
    }
}

static gboolean
applies_to_region (QsTarget   *target,
                   const char *region)
{
  return target->region == NULL || g_strcmp0 (target->region, region) == 0;
}

/**
 * qs_summary_find_target:
 * @indicator: an indicator
 * @region: a region code
 * @period: the period of the value to judge
 *
 * Picks the plan target that matters for a value: the earliest one due in
 * or after the value's year, else the last one due before it.
 *
 * Returns: (transfer none) (nullable): the target
 */
QsTarget *
qs_summary_find_target (QsIndicator *indicator,
                        const char  *region,
                        gint32       period)
{
  GPtrArray *targets = qs_indicator_get_targets (indicator);
  int year = qs_period_get_year (qs_indicator_get_resolution (indicator), period);
  QsTarget *ahead = NULL, *behind = NULL;

  for (guint i = 0; i < targets->len; i++)
    {
      QsTarget *t = targets->pdata[i];

      if (t->kind != QS_TARGET_KIND_TARGET || !applies_to_region (t, region))
        continue;
      /* A region's own target wins over a general one for the same year. */
      if (t->year == 0 || t->year >= year)
        {
          if (ahead == NULL || t->year < ahead->year ||
              (t->year == ahead->year && t->region && !ahead->region))
            ahead = t;
        }
      else if (behind == NULL || t->year > behind->year ||
               (t->year == behind->year && t->region && !behind->region))
        behind = t;
    }
  return ahead ? ahead : behind;
}

/**
 * qs_summary_find_standard:
 * @indicator: an indicator
 * @region: a region code
 * @period: a period
 *
 * Returns: (transfer none) (nullable): the legal limit in force during @period
 */
QsTarget *
qs_summary_find_standard (QsIndicator *indicator,
                          const char  *region,
                          gint32       period)
{
  GPtrArray *targets = qs_indicator_get_targets (indicator);
  QsResolution resolution = qs_indicator_get_resolution (indicator);
  guint32 last = qs_period_get_last_day (resolution, period);
  guint32 first = qs_period_get_first_day (resolution, period);

  /* A standard that takes effect during a year governs from then on; for an
   * annual value straddling the change, the one in force at its end is used. */
  for (guint i = 0; i < targets->len; i++)
    {
      QsTarget *t = targets->pdata[i];

      if (t->kind != QS_TARGET_KIND_STANDARD || !applies_to_region (t, region))
        continue;
      if ((t->valid_from == 0 || t->valid_from <= last) &&
          (t->valid_to == 0 || t->valid_to >= last))
        return t;
    }
  for (guint i = 0; i < targets->len; i++)
    {
      QsTarget *t = targets->pdata[i];

      if (t->kind == QS_TARGET_KIND_STANDARD && applies_to_region (t, region) &&
          (t->valid_from == 0 || t->valid_from <= last) &&
          (t->valid_to == 0 || t->valid_to >= first))
        return t;
    }
  return NULL;
}

/**
 * qs_summary_target_status:
 * @indicator: an indicator
 * @target: (nullable): a target
 * @period: the period of @value
 * @value: the value
 *
 * Returns: whether @value meets @target
 */
QsTargetStatus
qs_summary_target_status (QsIndicator *indicator,
                          QsTarget    *target,
                          gint32       period,
                          double       value)
{
  int year;

  if (target == NULL || isnan (value))
    return QS_TARGET_STATUS_NONE;
  if (qs_indicator_meets (indicator, value, target->value))
    return QS_TARGET_STATUS_MET;
  year = qs_period_get_year (qs_indicator_get_resolution (indicator), period);
  if (target->year != 0 && year < target->year)
    return QS_TARGET_STATUS_NOT_YET;
  return QS_TARGET_STATUS_MISSED;
}

/* The series' periods and values, for the trend functions. */
static guint
series_arrays (QsSeries  *series,
               gint32   **periods,
               double   **values)
{
  guint n = qs_series_get_n_values (series);

  *periods = g_new (gint32, MAX (n, 1));
  *values = g_new (double, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    {
      (*periods)[i] = qs_series_get_period (series, i);
      (*values)[i] = qs_series_get_value (series, i);
    }
  return n;
}

/**
 * qs_summary_target_outlook:
 * @indicator: an indicator
 * @series: one of its series, annual
 * @target: a target with a year
 *
 * Projects the series' Theil–Sen line to the target's year (see
 * qs_trend_target_status()): ON_TRACK when the projection meets the target
 * as shown, OFF_TRACK when it does not.
 *
 * Returns: the outlook; UNKNOWN when the series is not annual, the target
 *   has no year, or there are too few values for a line
 */
QsTargetOutlook
qs_summary_target_outlook (QsIndicator *indicator,
                           QsSeries    *series,
                           QsTarget    *target)
{
  g_autofree gint32 *periods = NULL;
  g_autofree double *values = NULL;
  guint n;

  if (target == NULL || target->year == 0 || qs_series_get_resolution (series) != QS_RESOLUTION_YEAR)
    return QS_TARGET_OUTLOOK_UNKNOWN;
  n = series_arrays (series, &periods, &values);
  switch (qs_trend_target_status (periods, values, n, qs_indicator_get_direction (indicator), target->value,
                                  target->year, (int) qs_indicator_get_decimals (indicator)))
    {
    case QS_TREND_TARGET_ON_TRACK:
    case QS_TREND_TARGET_MET:
      return QS_TARGET_OUTLOOK_ON_TRACK;
    case QS_TREND_TARGET_OFF_TRACK:
      return QS_TARGET_OUTLOOK_OFF_TRACK;
    case QS_TREND_TARGET_UNKNOWN:
    default:
      return QS_TARGET_OUTLOOK_UNKNOWN;
    }
}

/**
 * qs_target_outlook_to_string:
 * @outlook: an outlook
 *
 * Returns: "on-track", "off-track" or "unknown", as in the JSON summary
 */
const char *
qs_target_outlook_to_string (QsTargetOutlook outlook)
{
  switch (outlook)
    {
    case QS_TARGET_OUTLOOK_ON_TRACK: return "on-track";
    case QS_TARGET_OUTLOOK_OFF_TRACK: return "off-track";
    case QS_TARGET_OUTLOOK_UNKNOWN:
    default: return "unknown";
    }
}

/**
 * qs_summary_change:
 * @indicator: an indicator
 * @series: one of its series
 * @index: a value's index
 * @change: (out): the change from the period before
 * @in_points: (out): %TRUE when @change is in percentage points (ratios),
 *   %FALSE when it is in percent of the previous value
 *
 * Returns: %FALSE when there is no previous value to compare with
 */
gboolean
qs_summary_change (QsIndicator *indicator,
                   QsSeries    *series,
                   guint        index,
                   double      *change,
                   gboolean    *in_points)
{
  double now = qs_series_get_value (series, index);
  double before;
  guint previous;

  if (isnan (now) || !qs_series_get_previous (series, index, &previous))
    return FALSE;
  before = qs_series_get_value (series, previous);
  /* Shares change by percentage points; "up 2 %" of a ratio misleads. */
  *in_points = qs_indicator_get_unit (indicator) == QS_UNIT_PERCENT;
  if (*in_points)
    {
      *change = now - before;
      return TRUE;
    }
  if (before == 0)
    return FALSE;
  *change = (now - before) / fabs (before) * 100.0;
  return TRUE;
}

static void
add_rounded (JsonBuilder *builder,
             const char  *name,
             double       value,
             guint        decimals)
{
  double scale = pow (10, decimals);

  json_builder_set_member_name (builder, name);
  json_builder_add_double_value (builder, round (value * scale) / scale);
}

static void
add_target (JsonBuilder     *builder,
            const char      *name,
            QsTarget        *target,
            QsTargetStatus   status,
            QsTargetOutlook  outlook,
            const char      *locale)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "value");
  json_builder_add_double_value (builder, target->value);
  json_builder_set_member_name (builder, "label");
  json_builder_add_string_value (builder, qs_text_get (target->label, locale));
  if (target->year)
    {
      json_builder_set_member_name (builder, "year");
      json_builder_add_int_value (builder, target->year);
    }
  json_builder_set_member_name (builder, "status");
  json_builder_add_string_value (builder, qs_target_status_to_string (status));
  if (outlook != QS_TARGET_OUTLOOK_UNKNOWN)
    {
      json_builder_set_member_name (builder, "outlook");
      json_builder_add_string_value (builder, qs_target_outlook_to_string (outlook));
    }
  json_builder_end_object (builder);
}

/* Theil–Sen slope with the Mann–Kendall test, and the compound annual
 * change, of an annual series with four values or more. */
static void
add_trend (JsonBuilder *builder,
           QsIndicator *indicator,
           QsSeries    *series)
{
  g_autofree gint32 *periods = NULL;
  g_autofree double *values = NULL;
  QsTheilSen fit;
  QsMannKendall mk;
  guint n, valid = 0;
  double cagr;

  if (qs_series_get_resolution (series) != QS_RESOLUTION_YEAR)
    return;
  n = series_arrays (series, &periods, &values);
  for (guint i = 0; i < n; i++)
    valid += !isnan (values[i]);
  if (valid < 4 || !qs_trend_theil_sen (periods, values, n, &fit))
    return;
  json_builder_set_member_name (builder, "trend");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "values");
  json_builder_add_int_value (builder, fit.n);
  add_rounded (builder, "theil_sen_slope_per_year", fit.slope, (int) qs_indicator_get_decimals (indicator) + 2);
  if (qs_trend_mann_kendall (values, n, &mk))
    add_rounded (builder, "mann_kendall_p", mk.p_value, 4);
  cagr = qs_trend_series_compound_annual_change (QS_RESOLUTION_YEAR, periods, values, n);
  if (!isnan (cagr))
    add_rounded (builder, "compound_annual_change_percent", cagr, 2);
  json_builder_end_object (builder);
}

static void
add_series (JsonBuilder *builder,
            QsDataset   *dataset,
            QsIndicator *indicator,
            QsSeries    *series,
            const char  *locale)
{
  const char *code = qs_series_get_region (series);
  QsRegion *region = qs_dataset_lookup_region (dataset, code);
  QsResolution resolution = qs_series_get_resolution (series);
  guint decimals = qs_indicator_get_decimals (indicator);
  g_autofree char *period = NULL;
  guint latest, previous;
  double change;
  gboolean in_points;
  gint32 p;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "region");
  json_builder_add_string_value (builder, code);
  json_builder_set_member_name (builder, "region_name");
  json_builder_add_string_value (builder, region ? qs_text_get (region->name, locale) : code);

  if (!qs_series_get_latest (series, &latest))
    {
      json_builder_set_member_name (builder, "value");
      json_builder_add_null_value (builder);
      json_builder_end_object (builder);
      return;
    }
  p = qs_series_get_period (series, latest);
  period = qs_period_to_string (resolution, p);
  json_builder_set_member_name (builder, "period");
  json_builder_add_string_value (builder, period);

  if (qs_indicator_get_kind (indicator) == QS_KIND_COMPOSITION)
    {
      json_builder_set_member_name (builder, "value");
      json_builder_begin_object (builder);
      for (guint c = 0; c < qs_series_get_n_categories (series); c++)
        {
          double v = qs_series_get_values (series, c)[latest];
          json_builder_set_member_name (builder, qs_indicator_get_category_id (indicator, c));
          if (isnan (v))
            json_builder_add_null_value (builder);
          else
            json_builder_add_double_value (builder, v);
        }
      json_builder_end_object (builder);
    }
  else
    {
      double value = qs_series_get_value (series, latest);
      QsTarget *target = qs_summary_find_target (indicator, code, p);
      QsTarget *standard = qs_summary_find_standard (indicator, code, p);

      add_rounded (builder, "value", value, decimals);
      json_builder_set_member_name (builder, "status");
      json_builder_add_string_value (builder, qs_status_to_string (qs_series_get_status (series, latest)));
      if (qs_series_get_source (series, latest))
        {
          json_builder_set_member_name (builder, "source");
          json_builder_add_string_value (builder, qs_series_get_source (series, latest));
        }

      if (qs_series_get_previous (series, latest, &previous))
        {
          g_autofree char *previous_period = qs_period_to_string (resolution, qs_series_get_period (series, previous));
          json_builder_set_member_name (builder, "previous_period");
          json_builder_add_string_value (builder, previous_period);
          add_rounded (builder, "previous_value", qs_series_get_value (series, previous), decimals);
        }
      if (qs_summary_change (indicator, series, latest, &change, &in_points))
        {
          add_rounded (builder, "change", change, in_points ? decimals : 1);
          json_builder_set_member_name (builder, "change_unit");
          json_builder_add_string_value (builder, in_points ? "percentage-points" : "percent");
          json_builder_set_member_name (builder, "change_is");
          json_builder_add_string_value (builder,
                                         change == 0 ? "unchanged" :
                                         qs_indicator_get_direction (indicator) == QS_DIRECTION_NEUTRAL ? "neutral" :
                                         (qs_indicator_get_direction (indicator) == QS_DIRECTION_HIGHER_IS_BETTER) == (change > 0)
                                         ? "better" : "worse");
        }
      if (target)
        {
          QsTargetStatus status = qs_summary_target_status (indicator, target, p, value);

          add_target (builder, "target", target, status,
                      status == QS_TARGET_STATUS_NOT_YET ? qs_summary_target_outlook (indicator, series, target)
                                                         : QS_TARGET_OUTLOOK_UNKNOWN, locale);
        }
      if (standard)
        add_target (builder, "standard", standard,
                    qs_indicator_meets (indicator, value, standard->value)
                    ? QS_TARGET_STATUS_MET : QS_TARGET_STATUS_MISSED, QS_TARGET_OUTLOOK_UNKNOWN, locale);
      add_trend (builder, indicator, series);
    }
  json_builder_end_object (builder);
}

/**
 * qs_summary_build:
 * @dataset: a dataset
 * @locale: (nullable): the language for names
 *
 * Returns: (transfer full): a JSON summary of every indicator and region:
 *   latest value and period, status, change and target status
 */
JsonNode *
qs_summary_build (QsDataset  *dataset,
                  const char *locale)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  GPtrArray *indicators = qs_dataset_get_indicators (dataset);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "title");
  json_builder_add_string_value (builder, qs_text_get (qs_dataset_get_title (dataset), locale));
  json_builder_set_member_name (builder, "provenance");
  json_builder_add_string_value (builder, qs_provenance_to_string (qs_dataset_get_provenance (dataset)));
  json_builder_set_member_name (builder, "indicators");
  json_builder_begin_array (builder);
  for (guint i = 0; i < indicators->len; i++)
    {
      QsIndicator *indicator = indicators->pdata[i];
      GPtrArray *series = qs_indicator_get_series (indicator);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, qs_indicator_get_id (indicator));
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, qs_text_get (qs_indicator_get_name (indicator), locale));
      json_builder_set_member_name (builder, "unit");
      json_builder_add_string_value (builder, qs_unit_to_string (qs_indicator_get_unit (indicator)));
      json_builder_set_member_name (builder, "derived");
      json_builder_add_boolean_value (builder, qs_indicator_get_derived (indicator));
      json_builder_set_member_name (builder, "regions");
      json_builder_begin_array (builder);
      for (guint j = 0; j < series->len; j++)
        add_series (builder, dataset, indicator, series->pdata[j], locale);
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}
