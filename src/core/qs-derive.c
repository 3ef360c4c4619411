/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <math.h>
#include <string.h>

#include "qs-air-stats.h"
#include "qs-aqi.h"
#include "qs-derive.h"
#include "qs-period.h"
#include "qs-water-quality.h"

/*
 * Officials quote derived figures; staff hold raw monitoring data. After a
 * dataset loads, the indicators that its raw tables allow are computed here
 * by the standards (qs-aqi, qs-air-stats, qs-water-quality) and added to it
 * like stored ones, marked as derived. Values computed from demonstration
 * data are illustrative; those of a year the data do not cover in full are
 * provisional.
 */

static QsText *
text3 (const char *zh_cn,
       const char *zh_tw,
       const char *en)
{
  QsText *text = qs_text_new ();

  qs_text_add (text, "zh_CN", zh_cn);
  qs_text_add (text, "zh_TW", zh_tw);
  qs_text_add (text, "en", en);
  return text;
}

static QsIndicator *
new_indicator (QsDataset    *dataset,
               const char   *id,
               QsDomain      domain,
               QsKind        kind,
               QsUnit        unit,
               QsResolution  resolution,
               QsText       *name,
               QsText       *description,
               guint         decimals,
               QsDirection   direction)
{
  g_autoptr(QsText) owned_name = name;
  g_autoptr(QsText) owned_description = description;
  QsIndicator *indicator;

  if (qs_dataset_lookup_indicator (dataset, id))
    return NULL;
  indicator = qs_indicator_new (id, domain, kind, unit, resolution);
  qs_indicator_set_name (indicator, owned_name);
  qs_indicator_set_description (indicator, owned_description);
  qs_indicator_set_decimals (indicator, decimals);
  qs_indicator_set_direction (indicator, direction);
  qs_indicator_set_derived (indicator, TRUE);
  return indicator;
}

/* ---- air -------------------------------------------------------------- */

typedef struct
{
  int    year;
  guint  valid;
  guint  good;
  guint  days;      /* calendar days of the year covered by the data */
  double pm25_sum;
  guint  pm25_n;
} AirYear;

static void
derive_air (QsDataset *dataset)
{
  GPtrArray *blocks = qs_dataset_get_air_daily (dataset);
  const char *province = qs_dataset_get_region_code (dataset);
  gboolean demo = qs_dataset_is_demo (dataset);
  g_autoptr(QsIndicator) daily = NULL;
  g_autoptr(QsIndicator) ratio = NULL;
  g_autoptr(QsIndicator) pm25 = NULL;
  g_autoptr(QsIndicator) days = NULL;
  g_autoptr(GHashTable) province_years = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_free);
  g_autoptr(GHashTable) month_counts = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_free);
  int y_min = G_MAXINT, y_max = G_MININT;
  gint32 m_min = G_MAXINT32, m_max = G_MININT32;
  guint n_cities = 0;

  if (blocks->len == 0)
    return;

  daily = new_indicator (dataset, QS_DERIVED_DAILY_AQI, QS_DOMAIN_AIR, QS_KIND_INDEX, QS_UNIT_DIMENSIONLESS,
                         QS_RESOLUTION_DAY, text3 ("日空气质量指数（AQI）", "日空氣品質指數（AQI）", "Daily air quality index (AQI)"),
                         text3 ("按HJ 633计算：2026年3月1日前用2012版，之后用2026版。",
                                "按HJ 633計算：2026年3月1日前用2012版，之後用2026版。",
                                "By HJ 633: the 2012 rules before 1 March 2026, the 2026 rules from then."),
                         0, QS_DIRECTION_LOWER_IS_BETTER);
  ratio = new_indicator (dataset, QS_DERIVED_GOOD_DAYS_RATIO, QS_DOMAIN_AIR, QS_KIND_RATIO, QS_UNIT_PERCENT,
                         QS_RESOLUTION_YEAR, text3 ("优良天数比率（由日数据计算）", "優良天數比率（由日資料計算）",
                                                    "Good-air-day ratio (from daily data)"),
                         text3 ("日AQI≤100的天数占有效监测天数的百分比。", "日AQI≤100的天數占有效監測天數的百分比。",
                                "Days with a daily AQI of at most 100, as a share of valid monitoring days."),
                         1, QS_DIRECTION_HIGHER_IS_BETTER);
  pm25 = new_indicator (dataset, QS_DERIVED_PM25_MEAN, QS_DOMAIN_AIR, QS_KIND_CONCENTRATION, QS_UNIT_UG_M3,
                        QS_RESOLUTION_YEAR, text3 ("PM2.5年均浓度（由日数据计算）", "PM2.5年均濃度（由日資料計算）",
                                                   "PM2.5 annual mean (from daily data)"),
                        NULL, 1, QS_DIRECTION_LOWER_IS_BETTER);
  days = new_indicator (dataset, QS_DERIVED_AQI_DAYS, QS_DOMAIN_AIR, QS_KIND_COMPOSITION, QS_UNIT_DAY,
                        QS_RESOLUTION_MONTH, text3 ("各级别空气质量城市日数", "各級別空氣品質城市日數",
                                                    "City-days by air quality level"),
                        NULL, 0, QS_DIRECTION_NEUTRAL);
  if (!daily || !ratio || !pm25 || !days)
    return;
  for (int c = 0; c < QS_AQI_N_CATEGORIES; c++)
    {
      g_autoptr(QsText) name = text3 (qs_aqi_category_name (c, "zh_CN"), qs_aqi_category_name (c, "zh_TW"),
                                      qs_aqi_category_name (c, "en"));
      g_autofree char *id = g_strdup_printf ("%d", c + 1);
      g_autofree char *color = g_strdup_printf ("#%06X", qs_aqi_category_rgb (c));
      qs_indicator_add_category (days, id, name, color);
    }

  for (guint b = 0; b < blocks->len; b++)
    {
      QsAirDaily *block = blocks->pdata[b];
      g_autoptr(QsSeries) aqi = NULL;
      g_autoptr(GArray) years = NULL;
      double *out;
      int first_year;

      /* A block of no days (empty columns) gives no daily AQI. */
      if (block->n_days == 0)
        continue;
      aqi = qs_series_new_regular (block->region, QS_RESOLUTION_DAY, (gint32) block->start_day, block->n_days, 1);
      years = g_array_new (FALSE, TRUE, sizeof (AirYear));
      out = qs_series_get_data (aqi, 0);
      first_year = qs_period_get_year (QS_RESOLUTION_DAY, (gint32) block->start_day);

      for (guint i = 0; i < block->n_days; i++)
        {
          guint32 day = block->start_day + i;
          double c[QS_N_POLLUTANTS];
          QsAqiResult result;
          int year = qs_period_get_year (QS_RESOLUTION_DAY, (gint32) day);
          gint32 month = qs_period_from_day (QS_RESOLUTION_MONTH, day);
          AirYear *y;

          for (int p = 0; p < QS_N_POLLUTANTS; p++)
            c[p] = block->columns[p] ? block->columns[p][i] : NAN;
          qs_aqi_daily (day, c, &result);
          out[i] = result.published ? result.aqi : NAN;

          if ((guint) (year - first_year) >= years->len)
            g_array_set_size (years, (guint) (year - first_year) + 1);
          y = &g_array_index (years, AirYear, year - first_year);
          y->year = year;
          y->days++;
          if (result.published)
            {
              guint *counts = g_hash_table_lookup (month_counts, GINT_TO_POINTER (month));
              y->valid++;
              y->good += result.aqi <= 100;
              if (counts == NULL)
                {
                  counts = g_new0 (guint, QS_AQI_N_CATEGORIES);
                  g_hash_table_insert (month_counts, GINT_TO_POINTER (month), counts);
                }
              counts[result.category]++;
              m_min = MIN (m_min, month);
              m_max = MAX (m_max, month);
            }
          if (!isnan (c[QS_POLLUTANT_PM25]))
            {
              y->pm25_sum += c[QS_POLLUTANT_PM25];
              y->pm25_n++;
            }
        }
      if (demo)
        qs_series_set_status_all (aqi, QS_STATUS_ILLUSTRATIVE);
      qs_indicator_add_series (daily, aqi);

      /* The city's years. */
      {
        g_autoptr(QsSeries) r = qs_series_new_regular (block->region, QS_RESOLUTION_YEAR, first_year, years->len, 1);
        g_autoptr(QsSeries) m = qs_series_new_regular (block->region, QS_RESOLUTION_YEAR, first_year, years->len, 1);

        for (guint k = 0; k < years->len; k++)
          {
            AirYear *y = &g_array_index (years, AirYear, k);
            gboolean whole = y->days == (guint) (g_date_is_leap_year ((GDateYear) y->year) ? 366 : 365);
            AirYear *p = g_hash_table_lookup (province_years, GINT_TO_POINTER (y->year));

            qs_series_get_data (r, 0)[k] = y->valid ? 100.0 * y->good / y->valid : NAN;
            qs_series_get_data (m, 0)[k] = y->pm25_n ? y->pm25_sum / y->pm25_n : NAN;
            if (demo || !whole)
              {
                qs_series_set_status (r, k, demo ? QS_STATUS_ILLUSTRATIVE : QS_STATUS_PROVISIONAL);
                qs_series_set_status (m, k, demo ? QS_STATUS_ILLUSTRATIVE : QS_STATUS_PROVISIONAL);
              }
            if (p == NULL)
              {
                p = g_new0 (AirYear, 1);
                p->year = y->year;
                p->days = y->days;
                g_hash_table_insert (province_years, GINT_TO_POINTER (y->year), p);
              }
            /* The province's ratio sums city-days; its mean is the mean of
             * the city means (as bulletins compute them). */
            p->valid += y->valid;
            p->good += y->good;
            if (y->pm25_n)
              {
                p->pm25_sum += y->pm25_sum / y->pm25_n;
                p->pm25_n++;
              }
            p->days = MIN (p->days, y->days);
            y_min = MIN (y_min, y->year);
            y_max = MAX (y_max, y->year);
          }
        qs_indicator_add_series (ratio, r);
        qs_indicator_add_series (pm25, m);
      }
      n_cities++;
    }

  /* The whole region, first among the series. */
  if (province && qs_dataset_lookup_region (dataset, province) && y_min <= y_max)
    {
      g_autoptr(QsSeries) r = qs_series_new_regular (province, QS_RESOLUTION_YEAR, y_min, (guint) (y_max - y_min + 1), 1);
      g_autoptr(QsSeries) m = qs_series_new_regular (province, QS_RESOLUTION_YEAR, y_min, (guint) (y_max - y_min + 1), 1);

      for (int year = y_min; year <= y_max; year++)
        {
          AirYear *p = g_hash_table_lookup (province_years, GINT_TO_POINTER (year));
          guint k = (guint) (year - y_min);
          gboolean whole;

          if (p == NULL)
            continue;
          whole = p->days == (guint) (g_date_is_leap_year ((GDateYear) year) ? 366 : 365);
          qs_series_get_data (r, 0)[k] = p->valid ? 100.0 * p->good / p->valid : NAN;
          qs_series_get_data (m, 0)[k] = p->pm25_n ? p->pm25_sum / p->pm25_n : NAN;
          if (demo || !whole)
            {
              qs_series_set_status (r, k, demo ? QS_STATUS_ILLUSTRATIVE : QS_STATUS_PROVISIONAL);
              qs_series_set_status (m, k, demo ? QS_STATUS_ILLUSTRATIVE : QS_STATUS_PROVISIONAL);
            }
        }
      g_ptr_array_insert (qs_indicator_get_series (ratio), 0, g_object_ref (r));
      g_ptr_array_insert (qs_indicator_get_series (pm25), 0, g_object_ref (m));

      if (m_min <= m_max)
        {
          g_autoptr(QsSeries) counts = qs_series_new_regular (province, QS_RESOLUTION_MONTH, m_min,
                                                              (guint) (m_max - m_min + 1), QS_AQI_N_CATEGORIES);
          for (gint32 month = m_min; month <= m_max; month++)
            {
              guint *n = g_hash_table_lookup (month_counts, GINT_TO_POINTER (month));
              for (int c = 0; c < QS_AQI_N_CATEGORIES; c++)
                qs_series_get_data (counts, (guint) c)[month - m_min] = n ? n[c] : NAN;
            }
          if (demo)
            qs_series_set_status_all (counts, QS_STATUS_ILLUSTRATIVE);
          qs_indicator_add_series (days, counts);
        }
    }

  qs_dataset_add_indicator (dataset, ratio);
  qs_dataset_add_indicator (dataset, pm25);
  if (qs_indicator_get_series (days)->len > 0)
    qs_dataset_add_indicator (dataset, days);
  qs_dataset_add_indicator (dataset, daily);
  (void) n_cities;
}

/* ---- water ------------------------------------------------------------ */

static void
derive_water (QsDataset *dataset)
{
  GPtrArray *samples = qs_dataset_get_water_samples (dataset);
  const char *province = qs_dataset_get_region_code (dataset);
  gboolean demo = qs_dataset_is_demo (dataset);
  g_autoptr(QsIndicator) good = NULL;
  g_autoptr(QsIndicator) composition = NULL;
  int y_min = G_MAXINT, y_max = G_MININT;
  g_autoptr(GArray) classes = g_array_new (FALSE, FALSE, sizeof (int));

  if (samples->len == 0 || province == NULL || !qs_dataset_lookup_region (dataset, province))
    return;
  for (guint s = 0; s < samples->len; s++)
    {
      QsWaterSamples *block = samples->pdata[s];
      if (block->n_samples == 0)
        continue;
      y_min = MIN (y_min, qs_period_get_year (QS_RESOLUTION_DAY, (gint32) block->dates[0]));
      y_max = MAX (y_max, qs_period_get_year (QS_RESOLUTION_DAY, (gint32) block->dates[block->n_samples - 1]));
    }
  if (y_min > y_max)
    return;

  good = new_indicator (dataset, QS_DERIVED_WATER_GOOD_RATIO, QS_DOMAIN_WATER, QS_KIND_RATIO, QS_UNIT_PERCENT,
                        QS_RESOLUTION_YEAR, text3 ("国考断面水质优良（Ⅰ～Ⅲ类）比例（由监测数据计算）",
                                                   "國考斷面水質優良（Ⅰ～Ⅲ類）比例（由監測資料計算）",
                                                   "National sections in classes I–III (from samples)"),
                        text3 ("各断面年均值按GB 3838-2002单因子评价。", "各斷面年均值按GB 3838-2002單因子評價。",
                               "Each section's annual means, by single-factor evaluation under GB 3838-2002."),
                        1, QS_DIRECTION_HIGHER_IS_BETTER);
  composition = new_indicator (dataset, QS_DERIVED_WATER_COMPOSITION, QS_DOMAIN_WATER, QS_KIND_COMPOSITION,
                               QS_UNIT_PERCENT, QS_RESOLUTION_YEAR,
                               text3 ("国考断面水质类别构成（由监测数据计算）", "國考斷面水質類別構成（由監測資料計算）",
                                      "Water classes of national sections (from samples)"),
                               NULL, 1, QS_DIRECTION_NEUTRAL);
  if (!good || !composition)
    return;
  for (int c = 1; c <= QS_WATER_N_CLASSES; c++)
    {
      g_autoptr(QsText) name = text3 (qs_water_class_name (c, "zh_CN"), qs_water_class_name (c, "zh_TW"),
                                      qs_water_class_name (c, "en"));
      g_autofree char *id = g_strdup_printf ("%d", c);
      g_autofree char *color = g_strdup_printf ("#%06X", qs_water_class_rgb (c));
      qs_indicator_add_category (composition, id, name, color);
    }

  {
    guint n = (guint) (y_max - y_min + 1);
    g_autoptr(QsSeries) g = qs_series_new_regular (province, QS_RESOLUTION_YEAR, y_min, n, 1);
    g_autoptr(QsSeries) comp = qs_series_new_regular (province, QS_RESOLUTION_YEAR, y_min, n, QS_WATER_N_CLASSES);

    for (int year = y_min; year <= y_max; year++)
      {
        QsWaterComposition result;
        guint k = (guint) (year - y_min);

        g_array_set_size (classes, 0);
        for (guint s = 0; s < samples->len; s++)
          {
            QsWaterSamples *block = samples->pdata[s];
            QsWaterSection *section = qs_dataset_lookup_water_section (dataset, block->section);
            g_autofree double *rows = NULL;
            double means[QS_N_WATER_PARAMETERS];
            guint n_rows = 0, limiting;
            int water_class;

            if (section == NULL || !section->national)
              continue;
            rows = g_new (double, (gsize) block->n_samples * QS_N_WATER_PARAMETERS);
            for (guint i = 0; i < block->n_samples; i++)
              {
                if (qs_period_get_year (QS_RESOLUTION_DAY, (gint32) block->dates[i]) != year)
                  continue;
                for (int p = 0; p < QS_N_WATER_PARAMETERS; p++)
                  rows[(gsize) n_rows * QS_N_WATER_PARAMETERS + p] = block->columns[p] ? block->columns[p][i] : NAN;
                n_rows++;
              }
            if (n_rows == 0)
              continue;
            water_class = qs_water_mean_class (rows, n_rows, section->is_lake, means, &limiting);
            if (water_class > 0)
              g_array_append_val (classes, water_class);
          }
        if (classes->len == 0)
          continue;
        qs_water_composition ((const int *) (void *) classes->data, classes->len, &result);
        qs_series_get_data (g, 0)[k] = result.good_share;
        for (int c = 0; c < QS_WATER_N_CLASSES; c++)
          qs_series_get_data (comp, (guint) c)[k] = result.share[c];
      }
    if (demo)
      {
        qs_series_set_status_all (g, QS_STATUS_ILLUSTRATIVE);
        qs_series_set_status_all (comp, QS_STATUS_ILLUSTRATIVE);
      }
    qs_indicator_add_series (good, g);
    qs_indicator_add_series (composition, comp);
  }
  qs_dataset_add_indicator (dataset, good);
  qs_dataset_add_indicator (dataset, composition);
}

/* Sums of the two counts of a region at each period: its own series, or
 * failing that the sum over its child regions. A period counts only where
 * every region summed has both counts, so that a city missing from a year
 * does not make the province's rate look better or worse. */
typedef struct
{
  gint32   period;
  double   numerator;
  double   denominator;
  QsStatus status;
} CountSum;

static gboolean
own_counts (QsIndicator *numerator,
            QsIndicator *denominator,
            const char  *region,
            GArray      *out)
{
  QsSeries *num = qs_indicator_lookup_series (numerator, region);
  QsSeries *den = qs_indicator_lookup_series (denominator, region);

  g_array_set_size (out, 0);
  if (num == NULL || den == NULL)
    return FALSE;
  for (guint i = 0; i < qs_series_get_n_values (num); i++)
    {
      CountSum sum = { qs_series_get_period (num, i), qs_series_get_value (num, i), NAN, 0 };
      guint j;

      if (isnan (sum.numerator) || !qs_series_find_period (den, sum.period, &j))
        continue;
      sum.denominator = qs_series_get_value (den, j);
      if (isnan (sum.denominator))
        continue;
      sum.status = MAX (qs_series_get_status (num, i), qs_series_get_status (den, j));
      g_array_append_val (out, sum);
    }
  return TRUE;
}

static void
summed_counts (QsDataset   *dataset,
               QsIndicator *numerator,
               QsIndicator *denominator,
               const char  *region,
               GArray      *out)
{
  GPtrArray *regions = qs_dataset_get_regions (dataset);
  g_autoptr(GArray) child = g_array_new (FALSE, FALSE, sizeof (CountSum));
  guint n_children = 0;

  g_array_set_size (out, 0);
  for (guint r = 0; r < regions->len; r++)
    {
      QsRegion *c = regions->pdata[r];
      guint kept = 0;

      if (g_strcmp0 (c->parent, region) != 0 || !own_counts (numerator, denominator, c->code, child))
        continue;
      if (n_children++ == 0)
        {
          g_array_append_vals (out, child->data, child->len);
          continue;
        }
      /* Keep the periods that this child has too, adding its counts. */
      for (guint i = 0, j = 0; i < out->len; i++)
        {
          CountSum *sum = &g_array_index (out, CountSum, i);
          while (j < child->len && g_array_index (child, CountSum, j).period < sum->period)
            j++;
          if (j < child->len && g_array_index (child, CountSum, j).period == sum->period)
            {
              CountSum *add = &g_array_index (child, CountSum, j);
              sum->numerator += add->numerator;
              sum->denominator += add->denominator;
              sum->status = MAX (sum->status, add->status);
              g_array_index (out, CountSum, kept++) = *sum;
            }
        }
      g_array_set_size (out, kept);
    }
}

/* A rate whose dataset also carries its two counts is recomputed from them
 * for every region, and for a region without counts of its own from the
 * sums over its child regions: regions are aggregated by summing counts,
 * never by averaging rates. */
static void
derive_rates_from_counts (QsDataset *dataset)
{
  GPtrArray *indicators = qs_dataset_get_indicators (dataset);
  GPtrArray *regions = qs_dataset_get_regions (dataset);
  g_autoptr(GPtrArray) rates = g_ptr_array_new ();
  g_autoptr(GArray) sums = g_array_new (FALSE, FALSE, sizeof (CountSum));

  for (guint i = 0; i < indicators->len; i++)
    if (!qs_indicator_get_derived (indicators->pdata[i]) && qs_indicator_get_counts (indicators->pdata[i], NULL, NULL))
      g_ptr_array_add (rates, indicators->pdata[i]);

  for (guint i = 0; i < rates->len; i++)
    {
      QsIndicator *rate = rates->pdata[i];
      const char *num_id, *den_id, *id = qs_indicator_get_id (rate);
      QsIndicator *numerator, *denominator;
      QsText *name = qs_indicator_get_name (rate);
      g_autoptr(QsIndicator) derived = NULL;
      g_autofree char *derived_id = NULL;
      const char *dot = strchr (id, '.');

      qs_indicator_get_counts (rate, &num_id, &den_id);
      numerator = qs_dataset_lookup_indicator (dataset, num_id);
      denominator = qs_dataset_lookup_indicator (dataset, den_id);
      if (numerator == NULL || denominator == NULL || dot == NULL)
        continue;
      derived_id = g_strdup_printf ("%.*s.derived_%s", (int) (dot - id), id, dot + 1);
      {
        g_autofree char *zh_cn = g_strdup_printf ("%s（由数量汇总）", qs_text_get (name, "zh_CN"));
        g_autofree char *zh_tw = g_strdup_printf ("%s（由數量彙總）", qs_text_get (name, "zh_TW"));
        g_autofree char *en = g_strdup_printf ("%s (from counts)", qs_text_get (name, "en"));
        derived = new_indicator (dataset, derived_id, qs_indicator_get_domain (rate), QS_KIND_RATIO,
                                 QS_UNIT_PERCENT, qs_indicator_get_resolution (rate),
                                 text3 (zh_cn, zh_tw, en),
                                 text3 ("由两项数量计算：分子与分母按地区相加后再求比率，不对比率取平均。",
                                        "由兩項數量計算：分子與分母按地區相加後再求比率，不對比率取平均。",
                                        "Computed from two counts: regions are combined by adding up the "
                                        "counts, never by averaging rates."),
                                 qs_indicator_get_decimals (rate), qs_indicator_get_direction (rate));
      }
      if (derived == NULL)
        continue;
      for (guint t = 0; t < qs_indicator_get_targets (rate)->len; t++)
        qs_indicator_add_target (derived, qs_indicator_get_targets (rate)->pdata[t]);

      for (guint r = 0; r < regions->len; r++)
        {
          QsRegion *region = regions->pdata[r];
          g_autoptr(QsSeries) series = NULL;
          gint32 *periods;
          guint n = 0;

          if (!own_counts (numerator, denominator, region->code, sums))
            summed_counts (dataset, numerator, denominator, region->code, sums);
          if (sums->len == 0)
            continue;
          periods = g_new (gint32, sums->len);
          for (guint k = 0; k < sums->len; k++)
            periods[k] = g_array_index (sums, CountSum, k).period;
          series = qs_series_new_irregular (region->code, qs_indicator_get_resolution (rate), periods, sums->len, 1);
          for (guint k = 0; k < sums->len; k++)
            {
              CountSum *sum = &g_array_index (sums, CountSum, k);
              /* No rate of nothing, and none where more are treated than exist. */
              if (sum->denominator > 0 && sum->numerator <= sum->denominator)
                {
                  qs_series_get_data (series, 0)[k] = 100.0 * sum->numerator / sum->denominator;
                  n++;
                }
              qs_series_set_status (series, k, sum->status);
            }
          if (n > 0)
            qs_indicator_add_series (derived, series);
        }
      if (qs_indicator_get_series (derived)->len > 0)
        qs_dataset_add_indicator (dataset, derived);
    }
}

/**
 * qs_derive_indicators:
 * @dataset: a loaded dataset
 *
 * Adds the indicators its raw tables allow, marked derived: the daily AQI
 * of each city, the yearly good-air-day ratio and PM2.5 mean of each city
 * and of the whole region, the city-days per AQI level each month, and for
 * national-assessment water sections the yearly share in classes I–III and
 * the composition by class; and a rate whose two counts the dataset
 * carries, for every region, summing the counts of child regions. Indicators
 * whose id the dataset already uses are left alone.
 */
void
qs_derive_indicators (QsDataset *dataset)
{
  g_return_if_fail (QS_IS_DATASET (dataset));
  derive_air (dataset);
  derive_water (dataset);
  derive_rates_from_counts (dataset);
}
