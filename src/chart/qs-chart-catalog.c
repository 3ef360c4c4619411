/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "qs-aqi.h"
#include "qs-chart-catalog.h"
#include "qs-derive.h"
#include "qs-format.h"
#include "qs-period.h"

/*
 * Which charts a dataset offers, and how each is built from the model.
 * Ids are stable (`air.pm25_annual.trend`), so exports and briefing decks
 * can name charts across versions of a dataset.
 */

G_DEFINE_QUARK (qs-chart-catalog-error-quark, qs_chart_catalog_error)


typedef struct
{
  QsDataset  *dataset;
  const char *locale;
  GPtrArray  *entries;
} Catalog;

void
qs_chart_entry_free (QsChartEntry *entry)
{
  if (entry == NULL)
    return;
  g_free (entry->id);
  g_clear_object (&entry->chart);
  g_free (entry);
}

/* A conditional of literals, so that formats are still checked. */
#define PICK(locale, zh_cn, zh_tw, en) \
  (g_str_has_prefix ((locale), "zh_TW") ? (zh_tw) : g_str_has_prefix ((locale), "zh") ? (zh_cn) : (en))

static const char *
pick (const char *locale,
      const char *zh_cn,
      const char *zh_tw,
      const char *en)
{
  if (g_str_has_prefix (locale, "zh_TW"))
    return zh_tw;
  if (g_str_has_prefix (locale, "zh"))
    return zh_cn;
  return en;
}

static void
add (Catalog    *catalog,
     const char *id,
     QsChart    *chart)
{
  QsChartEntry *entry = g_new0 (QsChartEntry, 1);

  entry->id = g_strdup (id);
  entry->chart = chart;
  g_ptr_array_add (catalog->entries, entry);
}

static const char *
region_name (Catalog    *catalog,
             const char *code)
{
  QsRegion *region = qs_dataset_lookup_region (catalog->dataset, code);

  return region ? qs_text_get (region->name, catalog->locale) : code;
}

static QsSeries *
main_series (Catalog     *catalog,
             QsIndicator *indicator)
{
  const char *code = qs_dataset_get_region_code (catalog->dataset);
  QsSeries *series = code ? qs_indicator_lookup_series (indicator, code) : NULL;
  GPtrArray *all = qs_indicator_get_series (indicator);

  return series ? series : all->len > 0 ? all->pdata[0] : NULL;
}

/* "来源：…；…" from the sources the shown values cite. */
static char *
footnote_for (Catalog    *catalog,
              QsSeries  **series,
              guint       n_series)
{
  g_autoptr(GPtrArray) seen = g_ptr_array_new ();
  GString *s = g_string_new (pick (catalog->locale, "来源：", "來源：", "Source: "));

  for (guint i = 0; i < n_series; i++)
    for (guint k = 0; k < qs_series_get_n_values (series[i]) && k < 10000; k++)
      {
        const char *id = qs_series_get_source (series[i], k);
        if (id && !g_ptr_array_find (seen, id, NULL))
          g_ptr_array_add (seen, (gpointer) id);
      }
  for (guint i = 0; i < seen->len; i++)
    {
      QsSource *source = qs_dataset_lookup_source (catalog->dataset, seen->pdata[i]);
      if (source == NULL)
        continue;
      if (i > 0)
        g_string_append (s, pick (catalog->locale, "；", "；", "; "));
      g_string_append (s, qs_text_get (source->title, catalog->locale));
      if (source->date)
        g_string_append_printf (s, " (%s)", source->date);
    }
  if (seen->len == 0)
    {
      const char *publisher = qs_text_get (qs_dataset_get_publisher (catalog->dataset), catalog->locale);
      g_string_append (s, *publisher ? publisher : qs_text_get (qs_dataset_get_title (catalog->dataset), catalog->locale));
    }
  if (qs_dataset_is_demo (catalog->dataset))
    g_string_append (s, pick (catalog->locale, "。演示数据：未注明出处的数值为示意。",
                              "。示範資料：未註明出處的數值為示意。",
                              ". Demo data: values without a source are illustrative."));
  return g_string_free (s, FALSE);
}

static QsChart *
new_chart (Catalog     *catalog,
           QsChartKind  kind,
           QsIndicator *indicator,
           const char  *title,
           const char  *subtitle)
{
  QsChart *chart = qs_chart_new (kind);
  QsText *unit_label = indicator ? qs_indicator_get_unit_label (indicator) : NULL;

  qs_chart_set_locale (chart, catalog->locale);
  qs_chart_set_title (chart, title);
  qs_chart_set_subtitle (chart, subtitle);
  qs_chart_set_demo (chart, qs_dataset_is_demo (catalog->dataset));
  if (indicator)
    {
      qs_chart_set_unit (chart, qs_indicator_get_unit (indicator),
                         unit_label ? qs_text_get (unit_label, catalog->locale) : NULL);
      qs_chart_set_decimals (chart, (int) qs_indicator_get_decimals (indicator));
      qs_chart_set_direction (chart, qs_indicator_get_direction (indicator));
    }
  return chart;
}

static char *
subtitle_for (Catalog     *catalog,
              QsIndicator *indicator,
              QsSeries    *series,
              const char  *region)
{
  g_autofree char *range = NULL;
  const char *unit;
  guint n = qs_series_get_n_values (series);
  QsText *unit_label = qs_indicator_get_unit_label (indicator);

  unit = unit_label ? qs_text_get (unit_label, catalog->locale)
                    : qs_format_unit_symbol (qs_indicator_get_unit (indicator), catalog->locale);
  if (n > 0)
    range = qs_format_period_range (qs_series_get_resolution (series), qs_series_get_period (series, 0),
                                    qs_series_get_period (series, n - 1), catalog->locale);
  if (unit && *unit)
    return g_strdup_printf ("%s · %s · %s", unit, range ? range : "", region);
  return g_strdup_printf ("%s · %s", range ? range : "", region);
}

static gint32
period_of_date (QsResolution resolution,
                guint32      day,
                gint32       unbounded)
{
  return day == 0 ? unbounded : qs_period_from_day (resolution, day);
}

static void
add_targets (Catalog     *catalog,
             QsChart     *chart,
             QsIndicator *indicator,
             const char  *region)
{
  GPtrArray *targets = qs_indicator_get_targets (indicator);
  QsResolution resolution = qs_indicator_get_resolution (indicator);

  for (guint i = 0; i < targets->len; i++)
    {
      QsTarget *t = targets->pdata[i];
      QsChartReferenceKind kind = t->kind == QS_TARGET_KIND_TARGET ? QS_CHART_REFERENCE_TARGET :
                                  t->kind == QS_TARGET_KIND_STANDARD ? QS_CHART_REFERENCE_STANDARD :
                                  QS_CHART_REFERENCE_OTHER;

      if (t->region && g_strcmp0 (t->region, region) != 0)
        continue;
      /* Targets and references apply in their year; standards while valid. */
      if (t->kind != QS_TARGET_KIND_STANDARD && t->year)
        {
          /* A plan target is shown across the plan, not only in its year. */
          qs_chart_add_reference (chart, t->value, qs_text_get (t->label, catalog->locale), kind,
                                  G_MININT32, G_MAXINT32);
          continue;
        }
      qs_chart_add_reference (chart, t->value, qs_text_get (t->label, catalog->locale), kind,
                              period_of_date (resolution, t->valid_from, G_MININT32),
                              period_of_date (resolution, t->valid_to, G_MAXINT32));
    }
}

/* The latest period for which most regions other than @skip have a value. */
static gboolean
latest_common_period (QsIndicator *indicator,
                      const char  *skip,
                      gint32      *period)
{
  GPtrArray *all = qs_indicator_get_series (indicator);
  gint32 best = G_MININT32;

  for (guint i = 0; i < all->len; i++)
    {
      guint k;
      if (g_strcmp0 (qs_series_get_region (all->pdata[i]), skip) == 0)
        continue;
      if (qs_series_get_latest (all->pdata[i], &k))
        best = MAX (best, qs_series_get_period (all->pdata[i], k));
    }
  *period = best;
  return best != G_MININT32;
}

static void
add_indicator_charts (Catalog     *catalog,
                      QsIndicator *indicator)
{
  const char *id = qs_indicator_get_id (indicator);
  const char *name = qs_text_get (qs_indicator_get_name (indicator), catalog->locale);
  const char *province = qs_dataset_get_region_code (catalog->dataset);
  QsSeries *main = main_series (catalog, indicator);
  GPtrArray *all = qs_indicator_get_series (indicator);
  const char *main_region;
  g_autofree char *subtitle = NULL;
  g_autofree char *footnote = NULL;
  guint n_others = 0;
  QsChart *chart;

  /* The daily AQI has charts of its own, per city (add_daily_charts). */
  if (main == NULL || g_str_equal (id, QS_DERIVED_DAILY_AQI))
    return;
  main_region = qs_series_get_region (main);
  subtitle = subtitle_for (catalog, indicator, main, region_name (catalog, main_region));
  footnote = footnote_for (catalog, &main, 1);
  for (guint i = 0; i < all->len; i++)
    n_others += g_strcmp0 (qs_series_get_region (all->pdata[i]), main_region) != 0;

  if (qs_indicator_get_kind (indicator) == QS_KIND_COMPOSITION)
    {
      gboolean percent = qs_indicator_get_unit (indicator) == QS_UNIT_PERCENT;
      for (int pass = 0; pass < (percent ? 1 : 2); pass++)
        {
          g_autofree char *chart_id = g_strdup_printf ("%s.%s", id, pass == 0 ? "stacked" : "stacked-percent");
          chart = new_chart (catalog, percent || pass == 1 ? QS_CHART_STACKED_PERCENT : QS_CHART_STACKED,
                             indicator, name, subtitle);
          for (guint c = 0; c < qs_indicator_get_n_categories (indicator); c++)
            {
              QsColor color;
              gboolean has_color = qs_color_parse (qs_indicator_get_category_color (indicator, c), &color);
              qs_chart_add_series (chart, main, c, qs_text_get (qs_indicator_get_category_name (indicator, c),
                                                                catalog->locale), has_color ? &color : NULL);
            }
          qs_chart_set_footnote (chart, footnote);
          add (catalog, chart_id, chart);
        }
      return;
    }

  /* The trend of the whole region, with its targets and limits. */
  {
    g_autofree char *chart_id = g_strdup_printf ("%s.trend", id);
    chart = new_chart (catalog, QS_CHART_LINE, indicator, name, subtitle);
    qs_chart_add_series (chart, main, 0, region_name (catalog, main_region), NULL);
    add_targets (catalog, chart, indicator, main_region);
    qs_chart_set_footnote (chart, footnote);
    add (catalog, chart_id, chart);
  }

  /* Bars of the same, for ratios and counts; an area for shares. Daily and
   * hourly series are too dense for bars. */
  if (qs_series_get_n_values (main) >= 2 && qs_indicator_get_resolution (indicator) < QS_RESOLUTION_DAY)
    {
      g_autofree char *chart_id = g_strdup_printf ("%s.bars", id);
      chart = new_chart (catalog, QS_CHART_BARS, indicator, name, subtitle);
      qs_chart_add_series (chart, main, 0, region_name (catalog, main_region), NULL);
      add_targets (catalog, chart, indicator, main_region);
      qs_chart_set_footnote (chart, footnote);
      add (catalog, chart_id, chart);

      if (qs_indicator_get_kind (indicator) == QS_KIND_RATIO)
        {
          g_autofree char *area_id = g_strdup_printf ("%s.area", id);
          chart = new_chart (catalog, QS_CHART_AREA, indicator, name, subtitle);
          qs_chart_add_series (chart, main, 0, region_name (catalog, main_region), NULL);
          add_targets (catalog, chart, indicator, main_region);
          qs_chart_set_footnote (chart, footnote);
          add (catalog, area_id, chart);
        }
    }

  /* The region and its cities together; their ranking and tile map. */
  if (n_others >= 2 && qs_indicator_get_resolution (indicator) < QS_RESOLUTION_DAY)
    {
      g_autofree char *chart_id = g_strdup_printf ("%s.cities", id);
      g_autofree QsSeries **shown = g_new (QsSeries *, all->len);
      g_autofree char *cities_sub = NULL;
      g_autofree char *cities_foot = NULL;
      gint32 period;

      for (guint i = 0; i < all->len; i++)
        shown[i] = all->pdata[i];
      cities_sub = subtitle_for (catalog, indicator, main,
                                 pick (catalog->locale, "全省及各设区市", "全省及各設區市", "province and cities"));
      cities_foot = footnote_for (catalog, shown, all->len);
      {
        g_autofree char *title = g_strdup_printf (PICK (catalog->locale, "%s：全省及各设区市", "%s：全省及各設區市",
                                                        "%s: province and cities"), name);
        chart = new_chart (catalog, QS_CHART_LINE, indicator, title, cities_sub);
      }
      qs_chart_add_series (chart, main, 0, region_name (catalog, main_region), NULL);
      for (guint i = 0; i < all->len; i++)
        if (all->pdata[i] != main)
          qs_chart_add_series (chart, all->pdata[i], 0, region_name (catalog, qs_series_get_region (all->pdata[i])), NULL);
      qs_chart_set_footnote (chart, cities_foot);
      add (catalog, chart_id, chart);

      if (latest_common_period (indicator, main_region, &period))
        {
          g_autofree char *when = qs_format_period (qs_indicator_get_resolution (indicator), period,
                                                    QS_PERIOD_STYLE_FULL, catalog->locale);
          const char *unit_text;
          QsText *unit_label = qs_indicator_get_unit_label (indicator);
          g_autofree char *ranking_sub = NULL;
          g_autofree char *map_id = g_strdup_printf ("%s.map", id);
          g_autofree char *ranking_id = g_strdup_printf ("%s.ranking", id);
          QsChart *map;
          guint k;

          unit_text = unit_label ? qs_text_get (unit_label, catalog->locale)
                                 : qs_format_unit_symbol (qs_indicator_get_unit (indicator), catalog->locale);
          ranking_sub = unit_text && *unit_text ? g_strdup_printf ("%s · %s", unit_text, when) : g_strdup (when);
          {
            g_autofree char *ranking_title = g_strdup_printf (PICK (catalog->locale, "%s：设区市排名", "%s：設區市排名",
                                                                    "%s: cities ranked"), name);
            g_autofree char *map_title = g_strdup_printf (PICK (catalog->locale, "%s：设区市分布", "%s：設區市分布",
                                                                "%s: cities on the map"), name);
            chart = new_chart (catalog, QS_CHART_RANKING, indicator, ranking_title, ranking_sub);
            map = new_chart (catalog, QS_CHART_TILE_MAP, indicator, map_title, ranking_sub);
          }
          for (guint i = 0; i < all->len; i++)
            {
              QsSeries *s = all->pdata[i];
              const char *code = qs_series_get_region (s);
              QsRegion *region = qs_dataset_lookup_region (catalog->dataset, code);
              double v = NAN;
              QsStatus status = QS_STATUS_FINAL;
              guint item;

              if (s == main)
                continue;
              if (qs_series_find_period (s, period, &k))
                {
                  v = qs_series_get_value (s, k);
                  status = qs_series_get_status (s, k);
                }
              qs_chart_add_item (chart, region_name (catalog, code), v, status);
              item = qs_chart_add_item (map, region_name (catalog, code), v, status);
              if (region && region->has_tile)
                qs_chart_set_item_tile (map, item, region->tile_column, region->tile_row);
            }
          if (qs_series_find_period (main, period, &k) && !isnan (qs_series_get_value (main, k)))
            qs_chart_add_reference (chart, qs_series_get_value (main, k), region_name (catalog, main_region),
                                    QS_CHART_REFERENCE_OTHER, G_MININT32, G_MAXINT32);
          qs_chart_set_footnote (chart, cities_foot);
          qs_chart_set_footnote (map, cities_foot);
          add (catalog, ranking_id, chart);
          add (catalog, map_id, map);
        }
    }

  /* Progress toward the plan target, when there is one with a year. */
  {
    GPtrArray *targets = qs_indicator_get_targets (indicator);
    guint k;

    for (guint i = 0; i < targets->len; i++)
      {
        QsTarget *t = targets->pdata[i];
        if (t->kind == QS_TARGET_KIND_TARGET && t->year && (!t->region || g_strcmp0 (t->region, province) == 0) &&
            qs_series_get_latest (main, &k))
          {
            g_autofree char *chart_id = g_strdup_printf ("%s.gauge", id);
            int year = qs_period_get_year (qs_series_get_resolution (main), qs_series_get_period (main, k));
            /* Five-year plans: the plan runs the five years up to its target year. */
            double elapsed = CLAMP ((year - (t->year - 5)) / 5.0, 0, 1);
            g_autofree char *gauge_sub = g_strdup_printf ("%s · %s", qs_text_get (t->label, catalog->locale),
                                                          region_name (catalog, main_region));

            g_autofree char *gauge_title = g_strdup_printf (PICK (catalog->locale, "%s：目标进度", "%s：目標進度",
                                                                  "%s: progress to target"), name);

            chart = new_chart (catalog, QS_CHART_GAUGE, indicator, gauge_title, gauge_sub);
            qs_chart_set_gauge (chart, qs_series_get_value (main, k), t->value, elapsed);
            qs_chart_add_series (chart, main, 0, region_name (catalog, main_region), NULL);
            qs_chart_set_footnote (chart, footnote);
            add (catalog, chart_id, chart);
            break;
          }
      }
  }

  {
    g_autofree char *chart_id = g_strdup_printf ("%s.sparkline", id);
    chart = new_chart (catalog, QS_CHART_SPARKLINE, indicator, name, NULL);
    qs_chart_add_series (chart, main, 0, region_name (catalog, main_region), NULL);
    add (catalog, chart_id, chart);
  }
}

static const char *
rules_name (QsAqiRules rules)
{
  return rules == QS_AQI_RULES_2026 ? "HJ 633-2026" : "HJ 633-2012";
}

/* Per city: the daily AQI with its sub-indices (the CSV export has them all),
 * and a calendar per year coloured by AQI level. */
static void
add_aqi_charts (Catalog *catalog,
                guint32  change_day)
{
  QsIndicator *daily = qs_dataset_lookup_indicator (catalog->dataset, QS_DERIVED_DAILY_AQI);
  GPtrArray *blocks = qs_dataset_get_air_daily (catalog->dataset);
  GPtrArray *all;

  if (daily == NULL)
    return;
  all = qs_indicator_get_series (daily);
  for (guint s = 0; s < all->len; s++)
    {
      QsSeries *series = all->pdata[s];
      const char *code = qs_series_get_region (series);
      const char *name = region_name (catalog, code);
      guint n = qs_series_get_n_values (series);
      QsAirDaily *block = NULL;
      int y0, y1;

      if (n == 0)
        continue;
      for (guint b = 0; b < blocks->len && !block; b++)
        if (g_str_equal (((QsAirDaily *) blocks->pdata[b])->region, code))
          block = blocks->pdata[b];

      {
        g_autofree char *chart_id = g_strdup_printf ("air.daily_aqi.%s", code);
        g_autofree char *title = g_strdup_printf (PICK (catalog->locale, "%s 日空气质量指数（AQI）",
                                                        "%s 日空氣品質指數（AQI）", "%s daily AQI"), name);
        g_autofree char *range = qs_format_period_range (QS_RESOLUTION_DAY, qs_series_get_period (series, 0),
                                                         qs_series_get_period (series, n - 1), catalog->locale);
        g_autofree char *footnote = footnote_for (catalog, NULL, 0);
        QsChart *chart = new_chart (catalog, QS_CHART_LINE, daily, title, range);
        const char *headers[] = { pick (catalog->locale, "日期", "日期", "Date"), "AQI",
                                  pick (catalog->locale, "类别", "類別", "Category"),
                                  pick (catalog->locale, "首要污染物", "首要污染物", "Primary pollutant"),
                                  pick (catalog->locale, "规则", "規則", "Rule set"),
                                  "IAQI PM2.5", "IAQI PM10", "IAQI SO2", "IAQI NO2", "IAQI CO", "IAQI O3_8h", "IAQI O3_1h",
                                  NULL };

        qs_chart_add_series (chart, series, 0, name, NULL);
        qs_chart_add_marker (chart, qs_series_get_period (series, 0),
                             rules_name (qs_aqi_rules_for_day ((guint32) qs_series_get_period (series, 0))));
        if ((gint32) change_day > qs_series_get_period (series, 0))
          qs_chart_add_marker (chart, (gint32) change_day, "HJ 633-2026");
        qs_chart_add_reference (chart, 100, pick (catalog->locale, "良/轻度污染", "良/輕度污染", "Moderate / lightly polluted"),
                                QS_CHART_REFERENCE_OTHER, G_MININT32, G_MAXINT32);
        qs_chart_set_table (chart, headers);
        for (guint i = 0; block && i < block->n_days; i++)
          {
            guint32 day = block->start_day + i;
            double c[QS_N_POLLUTANTS];
            QsAqiResult result;
            g_autofree char *date = qs_date_to_string (day);
            g_autofree char *aqi = NULL;
            g_autofree char *primary = NULL;
            char iaqi[QS_N_POLLUTANTS][16];
            const char *row[13];

            for (int p = 0; p < QS_N_POLLUTANTS; p++)
              c[p] = block->columns[p] ? block->columns[p][i] : NAN;
            qs_aqi_daily (day, c, &result);
            aqi = result.published ? g_strdup_printf ("%d", result.aqi) : g_strdup ("NA");
            primary = qs_aqi_primary_text (result.primary_mask);
            for (int p = 0; p < QS_N_POLLUTANTS; p++)
              {
                if (result.iaqi[p] >= 0)
                  g_snprintf (iaqi[p], sizeof iaqi[p], "%d", result.iaqi[p]);
                else
                  iaqi[p][0] = '\0';
              }
            row[0] = date;
            row[1] = aqi;
            row[2] = result.published ? qs_aqi_category_name (result.category, catalog->locale) : "NA";
            row[3] = result.published ? primary : "";
            row[4] = rules_name (result.rules);
            for (int p = 0; p < QS_N_POLLUTANTS; p++)
              row[5 + p] = iaqi[p];
            row[12] = NULL;
            qs_chart_add_table_row (chart, row);
          }
        qs_chart_set_footnote (chart, footnote);
        add (catalog, chart_id, chart);
      }

      y0 = qs_period_get_year (QS_RESOLUTION_DAY, qs_series_get_period (series, 0));
      y1 = qs_period_get_year (QS_RESOLUTION_DAY, qs_series_get_period (series, n - 1));
      for (int year = y0; year <= y1; year++)
        {
          g_autofree char *chart_id = g_strdup_printf ("air.aqi_calendar.%s.%d", code, year);
          g_autofree char *year_text = qs_format_period (QS_RESOLUTION_YEAR, year, QS_PERIOD_STYLE_FULL, catalog->locale);
          g_autofree char *title = g_strdup_printf (PICK (catalog->locale, "%s %s 每日空气质量", "%s %s 每日空氣品質",
                                                          "%s %s: air quality day by day"), name, year_text);
          g_autofree char *footnote = footnote_for (catalog, NULL, 0);
          QsChart *chart = new_chart (catalog, QS_CHART_CALENDAR, daily, title,
                                      pick (catalog->locale, "日AQI，按HJ 633分级：2026年3月1日前用2012版，之后用2026版",
                                            "日AQI，按HJ 633分級：2026年3月1日前用2012版，之後用2026版",
                                            "Daily AQI levels by HJ 633: the 2012 rules before 1 March 2026, the 2026 rules from then"));
          static const double uppers[] = { 50, 100, 150, 200, 300, 500 };

          qs_chart_set_calendar_year (chart, year);
          qs_chart_add_series (chart, series, 0, name, NULL);
          for (int c = 0; c < QS_AQI_N_CATEGORIES; c++)
            {
              guint32 rgb = qs_aqi_category_rgb (c);
              QsColor color = { (rgb >> 16 & 0xFF) / 255.0, (rgb >> 8 & 0xFF) / 255.0, (rgb & 0xFF) / 255.0, 1 };
              qs_chart_add_band (chart, uppers[c], &color, qs_aqi_category_name (c, catalog->locale));
            }
          qs_chart_set_footnote (chart, footnote);
          add (catalog, chart_id, chart);
        }
    }
}

static void
add_daily_charts (Catalog *catalog)
{
  GPtrArray *blocks = qs_dataset_get_air_daily (catalog->dataset);
  guint32 change_day;

  qs_date_parse ("2026-03-01", &change_day);
  for (guint b = 0; b < blocks->len; b++)
    {
      QsAirDaily *block = blocks->pdata[b];
      const char *name = region_name (catalog, block->region);
      g_autoptr(QsSeries) pm25 = NULL;

      if (block->columns[QS_POLLUTANT_PM25] == NULL || block->n_days == 0)
        continue;
      pm25 = qs_series_new_regular (block->region, QS_RESOLUTION_DAY, (gint32) block->start_day, block->n_days, 1);
      memcpy (qs_series_get_data (pm25, 0), block->columns[QS_POLLUTANT_PM25], block->n_days * sizeof (double));

      {
        g_autofree char *chart_id = g_strdup_printf ("air.daily_pm25.%s", block->region);
        g_autofree char *title = g_strdup_printf (PICK (catalog->locale, "%s PM2.5日均浓度", "%s PM2.5日均濃度",
                                                        "%s daily PM2.5"), name);
        g_autofree char *range = qs_format_period_range (QS_RESOLUTION_DAY, (gint32) block->start_day,
                                                         (gint32) (block->start_day + block->n_days - 1), catalog->locale);
        g_autofree char *subtitle = g_strdup_printf ("µg/m³ · %s", range);
        g_autofree char *footnote = footnote_for (catalog, NULL, 0);
        QsChart *chart = qs_chart_new (QS_CHART_LINE);
        guint32 d2012_end;

        qs_chart_set_locale (chart, catalog->locale);
        qs_chart_set_title (chart, title);
        qs_chart_set_subtitle (chart, subtitle);
        qs_chart_set_demo (chart, qs_dataset_is_demo (catalog->dataset));
        qs_chart_set_unit (chart, QS_UNIT_UG_M3, NULL);
        qs_chart_set_decimals (chart, 0);
        qs_chart_set_direction (chart, QS_DIRECTION_LOWER_IS_BETTER);
        qs_chart_add_series (chart, pm25, 0, name, NULL);
        qs_chart_add_marker (chart, (gint32) block->start_day, block->start_day >= change_day ? "GB 3095-2026" : "GB 3095-2012");
        if (change_day > block->start_day)
          qs_chart_add_marker (chart, (gint32) change_day, "GB 3095-2026");
        /* The daily Grade II limit changed with GB 3095-2026. */
        qs_date_parse ("2026-02-28", &d2012_end);
        qs_chart_add_reference (chart, 75, pick (catalog->locale, "二级标准（2012）", "二級標準（2012）", "Grade II (2012)"),
                                QS_CHART_REFERENCE_STANDARD, G_MININT32, (gint32) d2012_end);
        qs_chart_add_reference (chart, 60, pick (catalog->locale, "二级标准（2026）", "二級標準（2026）", "Grade II (2026)"),
                                QS_CHART_REFERENCE_STANDARD, (gint32) change_day, G_MAXINT32);
        qs_chart_set_footnote (chart, footnote);
        add (catalog, chart_id, chart);
      }

    }
  add_aqi_charts (catalog, change_day);
}

/**
 * qs_chart_catalog_list:
 * @dataset: a dataset
 * @locale: (nullable): the charts' language
 *
 * Returns: (transfer full) (element-type QsChartEntry): every chart the
 *   dataset offers, in a stable order
 */
GPtrArray *
qs_chart_catalog_list (QsDataset  *dataset,
                       const char *locale)
{
  g_autofree char *norm = qs_locale_normalize (locale ? locale : qs_locale_default ());
  Catalog catalog = { dataset, norm, g_ptr_array_new_with_free_func ((GDestroyNotify) qs_chart_entry_free) };
  GPtrArray *indicators = qs_dataset_get_indicators (dataset);

  for (guint i = 0; i < indicators->len; i++)
    add_indicator_charts (&catalog, indicators->pdata[i]);
  add_daily_charts (&catalog);
  return catalog.entries;
}

/**
 * qs_chart_catalog_build:
 * @dataset: a dataset
 * @id: a chart id from qs_chart_catalog_list()
 * @locale: (nullable): the chart's language
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the chart, or %NULL with
 *   %QS_CHART_CATALOG_ERROR_UNKNOWN_CHART
 */
QsChart *
qs_chart_catalog_build (QsDataset   *dataset,
                        const char  *id,
                        const char  *locale,
                        GError     **error)
{
  g_autoptr(GPtrArray) entries = qs_chart_catalog_list (dataset, locale);

  for (guint i = 0; i < entries->len; i++)
    {
      QsChartEntry *entry = entries->pdata[i];
      if (g_strcmp0 (entry->id, id) == 0)
        return g_object_ref (entry->chart);
    }
  g_set_error (error, QS_CHART_CATALOG_ERROR, QS_CHART_CATALOG_ERROR_UNKNOWN_CHART,
               _("there is no chart “%s” in this dataset (qingshan --list-charts FILE lists them)"), id);
  return NULL;
}
