/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The bundled demo dataset: it validates, every figure marked final is one the
 * authorities published (and nothing else is marked final), and its raw tables
 * cover what the derived indicators need. */

#include "config.h"

#include <math.h>

#include "qs-dataset-loader.h"
#include "qs-period.h"

typedef struct
{
  const char *indicator;
  const char *period;
  double      value;
} Published;

/* From ../shared/seeds (press conference of 2025-12-05) and the official
 * releases listed in ../shared/reference/published-figures.md; province only. */
static const Published published[] = {
  { "air.pm25_annual", "2020", 30 },
  { "air.pm25_annual", "2022", 27 },
  { "air.pm25_annual", "2024", 27 },
  { "air.pm25_annual", "2025", 27.4 },
  { "air.good_days_ratio", "2020", 94.7 },
  { "air.good_days_ratio", "2022", 92.1 },
  { "air.good_days_ratio", "2024", 95.5 },
  { "air.good_days_ratio", "2025", 95.5 },
  { "air.cities_grade2", "2023", 11 },
  { "air.cities_grade2", "2024", 11 },
  { "air.cities_grade2", "2025", 11 },
  { "water.national_good_ratio", "2020", 94.7 },
  { "water.national_good_ratio", "2024", 97.7 },
  { "water.national_good_ratio", "2025", 97.7 },
  { "water.drinking_source_compliance", "2022", 100 },
  { "water.drinking_source_compliance", "2023", 100 },
  { "water.drinking_source_compliance", "2024", 100 },
  { "water.drinking_source_compliance", "2025", 100 },
  { "rural_sewage.treatment_rate", "2025", 57.2 },
  { "rural_sewage.villages_improved", "2025", 1703 },
  { "rural_sewage.black_odorous_water_treated", "2025", 375 },
  { "other.carbon_market_enterprises", "2025", 90 },
  { "other.carbon_market_allowances", "2025", 613000000 },
  { "other.carbon_market_turnover", "2025", 1463000000 },
  { "other.emission_rights_deals", "2025", 334 },
  { "other.emission_rights_turnover", "2025", 48730000 },
  { "other.enforcement_cases", "2025", 3616 },
  { "other.enforcement_transfers", "2025", 302 },
  { "other.monitoring_accredited_items", "2025", 11173 },
};

static QsDataset *
load_demo (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("QINGSHAN_DATADIR"), "demo", "jiangxi.json", NULL);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  QsDataset *dataset = qs_dataset_loader_load_path (path, NULL, NULL, NULL, &problems, &error);

  g_assert_no_error (error);
  g_assert_nonnull (dataset);
  return dataset;
}

static void
test_metadata (void)
{
  g_autoptr(QsDataset) dataset = load_demo ();
  static const char *const cities[] = { "360100", "360200", "360300", "360400", "360500", "360600",
                                        "360700", "360800", "360900", "361000", "361100" };

  g_assert_true (qs_dataset_is_demo (dataset));
  g_assert_cmpstr (qs_dataset_get_region_code (dataset), ==, "360000");
  for (guint i = 0; i < G_N_ELEMENTS (cities); i++)
    {
      QsRegion *city = qs_dataset_lookup_region (dataset, cities[i]);
      g_assert_nonnull (city);
      g_assert_true (city->has_tile);
      g_assert_cmpstr (city->parent, ==, "360000");
      g_assert_cmpstr (qs_text_get_exact (city->name, "zh_CN"), !=, NULL);
      g_assert_cmpstr (qs_text_get_exact (city->name, "zh_TW"), !=, NULL);
      g_assert_cmpstr (qs_text_get_exact (city->name, "en"), !=, NULL);
    }
  g_assert_cmpstr (qs_text_get (qs_dataset_lookup_region (dataset, "360700")->name, "zh_CN"), ==, "赣州市");
  g_assert_cmpstr (qs_text_get (qs_dataset_lookup_region (dataset, "360000")->name, "zh_CN"), ==, "江西省");
}

static void
test_published_figures (void)
{
  g_autoptr(QsDataset) dataset = load_demo ();

  for (guint i = 0; i < G_N_ELEMENTS (published); i++)
    {
      QsIndicator *indicator = qs_dataset_lookup_indicator (dataset, published[i].indicator);
      QsSeries *series;
      QsSource *source;
      gint32 period;
      guint index;

      g_test_message ("%s %s", published[i].indicator, published[i].period);
      g_assert_nonnull (indicator);
      series = qs_indicator_lookup_series (indicator, "360000");
      g_assert_nonnull (series);
      g_assert_true (qs_period_parse (qs_indicator_get_resolution (indicator), published[i].period, &period));
      g_assert_true (qs_series_find_period (series, period, &index));
      g_assert_cmpfloat (qs_series_get_value (series, index), ==, published[i].value);
      g_assert_cmpint (qs_series_get_status (series, index), ==, QS_STATUS_FINAL);
      /* A final figure names the release it comes from (its date where known). */
      source = qs_dataset_lookup_source (dataset, qs_series_get_source (series, index));
      g_assert_nonnull (source);
      g_assert_nonnull (source->title);
    }
}

/* Anything not in the table above was filled in for demonstration. */
static void
test_nothing_else_final (void)
{
  g_autoptr(QsDataset) dataset = load_demo ();
  GPtrArray *indicators = qs_dataset_get_indicators (dataset);
  guint finals = 0;

  for (guint i = 0; i < indicators->len; i++)
    {
      GPtrArray *all = qs_indicator_get_series (indicators->pdata[i]);
      for (guint j = 0; j < all->len; j++)
        {
          QsSeries *series = all->pdata[j];
          for (guint k = 0; k < qs_series_get_n_values (series); k++)
            if (qs_series_get_status (series, k) == QS_STATUS_FINAL && !isnan (qs_series_get_value (series, k)))
              {
                g_autofree char *period = qs_period_to_string (qs_series_get_resolution (series),
                                                               qs_series_get_period (series, k));
                gboolean listed = FALSE;
                for (guint p = 0; p < G_N_ELEMENTS (published); p++)
                  listed |= g_str_equal (published[p].indicator, qs_indicator_get_id (indicators->pdata[i])) &&
                            g_str_equal (published[p].period, period) &&
                            g_str_equal (qs_series_get_region (series), "360000");
                if (!listed)
                  g_error ("%s %s %s is final but not a published figure",
                           qs_indicator_get_id (indicators->pdata[i]), qs_series_get_region (series), period);
                finals++;
              }
        }
    }
  g_assert_cmpuint (finals, ==, G_N_ELEMENTS (published));
}

static void
test_targets (void)
{
  g_autoptr(QsDataset) dataset = load_demo ();
  QsIndicator *pm25 = qs_dataset_lookup_indicator (dataset, "air.pm25_annual");
  GPtrArray *targets = qs_indicator_get_targets (pm25);
  gboolean plan = FALSE, old_limit = FALSE, new_limit = FALSE;

  for (guint i = 0; i < targets->len; i++)
    {
      QsTarget *t = targets->pdata[i];
      g_autofree char *from = t->valid_from ? qs_date_to_string (t->valid_from) : NULL;
      g_autofree char *to = t->valid_to ? qs_date_to_string (t->valid_to) : NULL;

      plan |= t->kind == QS_TARGET_KIND_TARGET && t->value == 29 && t->year == 2025;
      old_limit |= t->kind == QS_TARGET_KIND_STANDARD && t->value == 35 && g_strcmp0 (to, "2026-02-28") == 0;
      new_limit |= t->kind == QS_TARGET_KIND_STANDARD && t->value == 30 && g_strcmp0 (from, "2026-03-01") == 0;
    }
  g_assert_true (plan);
  g_assert_true (old_limit);
  g_assert_true (new_limit);
}

static void
test_raw_tables (void)
{
  g_autoptr(QsDataset) dataset = load_demo ();
  GPtrArray *air = qs_dataset_get_air_daily (dataset);
  GPtrArray *sections = qs_dataset_get_water_sections (dataset);
  GPtrArray *samples = qs_dataset_get_water_samples (dataset);
  guint32 first, last;
  guint lakes = 0;

  g_assert_true (qs_date_parse ("2025-01-01", &first));
  g_assert_true (qs_date_parse ("2026-10-31", &last));
  g_assert_cmpuint (air->len, ==, 11);
  for (guint i = 0; i < air->len; i++)
    {
      QsAirDaily *block = air->pdata[i];
      g_assert_cmpuint (block->start_day, ==, first);
      g_assert_cmpuint (block->start_day + block->n_days - 1, ==, last);
      for (QsPollutant p = 0; p < QS_N_POLLUTANTS; p++)
        g_assert_nonnull (block->columns[p]);
    }

  g_assert_cmpuint (sections->len, >=, 40);
  for (guint i = 0; i < sections->len; i++)
    lakes += ((QsWaterSection *) sections->pdata[i])->is_lake;
  g_assert_cmpuint (lakes, >=, 5);
  g_assert_cmpuint (samples->len, ==, sections->len);
  for (guint i = 0; i < samples->len; i++)
    {
      QsWaterSamples *s = samples->pdata[i];
      g_assert_cmpuint (s->n_samples, ==, 60);
      g_assert_cmpint (qs_period_get_year (QS_RESOLUTION_DAY, (gint32) s->dates[0]), ==, 2021);
      g_assert_cmpint (qs_period_get_year (QS_RESOLUTION_DAY, (gint32) s->dates[59]), ==, 2025);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/demo-data/metadata", test_metadata);
  g_test_add_func ("/demo-data/published-figures", test_published_figures);
  g_test_add_func ("/demo-data/nothing-else-final", test_nothing_else_final);
  g_test_add_func ("/demo-data/targets", test_targets);
  g_test_add_func ("/demo-data/raw-tables", test_raw_tables);
  return g_test_run ();
}
