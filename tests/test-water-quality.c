/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <math.h>
#include <string.h>

#include "qs-water-quality.h"

/*
 * GB 3838-2002 Table 1 transcribed again from the domain reference
 * (standards.md §3.1), with the class each limit value gets ("at") and the
 * class of a value just beyond it ("past": 0.1 % above, for DO 0.1 %
 * below), worked out by hand: equal limits give the best class, and a
 * value past the class V limit is worse than V (6).
 */
typedef struct
{
  QsWaterParameter parameter;
  gboolean         lake;
  double           limit[5];
  int              at[5];
  int              past[5];
} LimitRow;

static const LimitRow limit_rows[] = {
  { QS_WATER_DO, FALSE, { 7.5, 6, 5, 3, 2 }, { 1, 2, 3, 4, 5 }, { 2, 3, 4, 5, 6 } },
  { QS_WATER_DO, TRUE, { 7.5, 6, 5, 3, 2 }, { 1, 2, 3, 4, 5 }, { 2, 3, 4, 5, 6 } },
  { QS_WATER_CODMN, FALSE, { 2, 4, 6, 10, 15 }, { 1, 2, 3, 4, 5 }, { 2, 3, 4, 5, 6 } },
  { QS_WATER_COD, FALSE, { 15, 15, 20, 30, 40 }, { 1, 1, 3, 4, 5 }, { 3, 3, 4, 5, 6 } },
  { QS_WATER_BOD5, FALSE, { 3, 3, 4, 6, 10 }, { 1, 1, 3, 4, 5 }, { 3, 3, 4, 5, 6 } },
  { QS_WATER_NH3N, FALSE, { 0.15, 0.5, 1.0, 1.5, 2.0 }, { 1, 2, 3, 4, 5 }, { 2, 3, 4, 5, 6 } },
  { QS_WATER_TP, FALSE, { 0.02, 0.1, 0.2, 0.3, 0.4 }, { 1, 2, 3, 4, 5 }, { 2, 3, 4, 5, 6 } },
  { QS_WATER_TP, TRUE, { 0.01, 0.025, 0.05, 0.1, 0.2 }, { 1, 2, 3, 4, 5 }, { 2, 3, 4, 5, 6 } },
  { QS_WATER_TN, TRUE, { 0.2, 0.5, 1.0, 1.5, 2.0 }, { 1, 2, 3, 4, 5 }, { 2, 3, 4, 5, 6 } },
  { QS_WATER_CU, FALSE, { 0.01, 1.0, 1.0, 1.0, 1.0 }, { 1, 2, 2, 2, 2 }, { 2, 6, 6, 6, 6 } },
  { QS_WATER_ZN, FALSE, { 0.05, 1.0, 1.0, 2.0, 2.0 }, { 1, 2, 2, 4, 4 }, { 2, 4, 4, 6, 6 } },
  { QS_WATER_F, FALSE, { 1.0, 1.0, 1.0, 1.5, 1.5 }, { 1, 1, 1, 4, 4 }, { 4, 4, 4, 6, 6 } },
  { QS_WATER_SE, FALSE, { 0.01, 0.01, 0.01, 0.02, 0.02 }, { 1, 1, 1, 4, 4 }, { 4, 4, 4, 6, 6 } },
  { QS_WATER_AS, FALSE, { 0.05, 0.05, 0.05, 0.1, 0.1 }, { 1, 1, 1, 4, 4 }, { 4, 4, 4, 6, 6 } },
  { QS_WATER_HG, FALSE, { 0.00005, 0.00005, 0.0001, 0.001, 0.001 }, { 1, 1, 3, 4, 4 }, { 3, 3, 4, 6, 6 } },
  { QS_WATER_CD, FALSE, { 0.001, 0.005, 0.005, 0.005, 0.01 }, { 1, 2, 2, 2, 5 }, { 2, 5, 5, 5, 6 } },
  { QS_WATER_CR6, FALSE, { 0.01, 0.05, 0.05, 0.05, 0.1 }, { 1, 2, 2, 2, 5 }, { 2, 5, 5, 5, 6 } },
  { QS_WATER_PB, FALSE, { 0.01, 0.01, 0.05, 0.05, 0.1 }, { 1, 1, 3, 3, 5 }, { 3, 3, 5, 5, 6 } },
  { QS_WATER_CN, FALSE, { 0.005, 0.05, 0.2, 0.2, 0.2 }, { 1, 2, 3, 3, 3 }, { 2, 3, 6, 6, 6 } },
  { QS_WATER_PHENOL, FALSE, { 0.002, 0.002, 0.005, 0.01, 0.1 }, { 1, 1, 3, 4, 5 }, { 3, 3, 4, 5, 6 } },
  { QS_WATER_OIL, FALSE, { 0.05, 0.05, 0.05, 0.5, 1.0 }, { 1, 1, 1, 4, 5 }, { 4, 4, 4, 5, 6 } },
  { QS_WATER_LAS, FALSE, { 0.2, 0.2, 0.2, 0.3, 0.3 }, { 1, 1, 1, 4, 4 }, { 4, 4, 4, 6, 6 } },
  { QS_WATER_SULFIDE, FALSE, { 0.05, 0.1, 0.2, 0.5, 1.0 }, { 1, 2, 3, 4, 5 }, { 2, 3, 4, 5, 6 } },
  { QS_WATER_FECAL_COLIFORM, FALSE, { 200, 2000, 10000, 20000, 40000 }, { 1, 2, 3, 4, 5 }, { 2, 3, 4, 5, 6 } },
};

typedef struct
{
  const LimitRow *row;
  int             water_class;   /* 1..5 */
  gboolean        past;
} LimitCase;

static void
test_limit_case (gconstpointer data)
{
  const LimitCase *lc = data;
  const LimitRow *row = lc->row;
  double limit = row->limit[lc->water_class - 1];
  double value = limit;
  int expected = lc->past ? row->past[lc->water_class - 1] : row->at[lc->water_class - 1];

  if (lc->past)
    value = row->parameter == QS_WATER_DO ? limit * 0.999 : limit * 1.001;

  /* The implementation's limit is the transcribed one. */
  g_assert_cmpfloat (qs_water_class_limit (row->parameter, lc->water_class, row->lake), ==, limit);
  g_assert_cmpint (qs_water_class_of (row->parameter, value, row->lake), ==, expected);

  /* Parameters other than TP and TN have one column for both kinds. */
  if (row->parameter != QS_WATER_TP && row->parameter != QS_WATER_TN)
    g_assert_cmpint (qs_water_class_of (row->parameter, value, !row->lake), ==, expected);
}

static void
add_limit_cases (GPtrArray *cases)
{
  for (guint i = 0; i < G_N_ELEMENTS (limit_rows); i++)
    for (int c = 1; c <= 5; c++)
      for (int past = 0; past <= 1; past++)
        {
          LimitCase *lc = g_new0 (LimitCase, 1);
          g_autofree char *path = NULL;

          lc->row = &limit_rows[i];
          lc->water_class = c;
          lc->past = past;
          g_ptr_array_add (cases, lc);
          path = g_strdup_printf ("/water/limit/%s%s/%d/%s",
                                  qs_water_parameter_to_string (limit_rows[i].parameter),
                                  limit_rows[i].lake ? "-lake"
                                  : limit_rows[i].parameter == QS_WATER_TP ? "-river" : "",
                                  c, past ? "past" : "at");
          g_test_add_data_func (path, lc, test_limit_case);
        }
}

static void
test_lake_and_river (void)
{
  /* TP 0.05: class III in a lake, class II in a river. */
  g_assert_cmpint (qs_water_class_of (QS_WATER_TP, 0.05, TRUE), ==, 3);
  g_assert_cmpint (qs_water_class_of (QS_WATER_TP, 0.05, FALSE), ==, 2);
  g_assert_cmpint (qs_water_class_of (QS_WATER_TP, 0.3, TRUE), ==, 6);
  g_assert_cmpint (qs_water_class_of (QS_WATER_TP, 0.3, FALSE), ==, 4);
  g_assert_cmpint (qs_water_class_of (QS_WATER_TP, 0.015, TRUE), ==, 2);
  g_assert_cmpint (qs_water_class_of (QS_WATER_TP, 0.015, FALSE), ==, 1);

  /* TN has a class only for lakes and reservoirs. */
  g_assert_cmpint (qs_water_class_of (QS_WATER_TN, 0.8, TRUE), ==, 3);
  g_assert_cmpint (qs_water_class_of (QS_WATER_TN, 0.8, FALSE), ==, 0);
  g_assert_cmpint (qs_water_class_of (QS_WATER_TN, 5.0, FALSE), ==, 0);
  g_assert_true (isnan (qs_water_class_limit (QS_WATER_TN, 1, FALSE)));
}

static void
test_do_and_ph (void)
{
  /* DO: higher is better. */
  g_assert_cmpint (qs_water_class_of (QS_WATER_DO, 9.0, FALSE), ==, 1);
  g_assert_cmpint (qs_water_class_of (QS_WATER_DO, 7.49, FALSE), ==, 2);
  g_assert_cmpint (qs_water_class_of (QS_WATER_DO, 5.5, FALSE), ==, 3);
  g_assert_cmpint (qs_water_class_of (QS_WATER_DO, 1.9, FALSE), ==, 6);
  g_assert_cmpint (qs_water_class_of (QS_WATER_DO, 0, FALSE), ==, 6);

  /* pH: 6–9 for every class, outside worse than V. */
  g_assert_cmpint (qs_water_class_of (QS_WATER_PH, 6.0, FALSE), ==, 1);
  g_assert_cmpint (qs_water_class_of (QS_WATER_PH, 7.2, FALSE), ==, 1);
  g_assert_cmpint (qs_water_class_of (QS_WATER_PH, 9.0, TRUE), ==, 1);
  g_assert_cmpint (qs_water_class_of (QS_WATER_PH, 5.99, FALSE), ==, 6);
  g_assert_cmpint (qs_water_class_of (QS_WATER_PH, 9.01, FALSE), ==, 6);
  g_assert_true (isnan (qs_water_class_limit (QS_WATER_PH, 1, FALSE)));
}

static void
test_equal_limits_and_invalid (void)
{
  g_assert_cmpint (qs_water_class_of (QS_WATER_COD, 12, FALSE), ==, 1);
  g_assert_cmpint (qs_water_class_of (QS_WATER_COD, 15, FALSE), ==, 1);
  g_assert_cmpint (qs_water_class_of (QS_WATER_COD, 15.1, FALSE), ==, 3);
  g_assert_cmpint (qs_water_class_of (QS_WATER_COD, 0, FALSE), ==, 1);
  g_assert_cmpint (qs_water_class_of (QS_WATER_BOD5, 3, FALSE), ==, 1);

  g_assert_cmpint (qs_water_class_of (QS_WATER_COD, NAN, FALSE), ==, 0);
  g_assert_cmpint (qs_water_class_of (QS_WATER_COD, INFINITY, FALSE), ==, 0);
  g_assert_cmpint (qs_water_class_of (QS_WATER_COD, -1, FALSE), ==, 0);
  g_assert_true (isnan (qs_water_class_limit (QS_WATER_COD, 0, FALSE)));
  g_assert_true (isnan (qs_water_class_limit (QS_WATER_COD, 6, FALSE)));

  /* A mean carrying binary noise is still at the limit: (0.1 + 0.2) / 2
   * is 0.15000000000000002. */
  g_assert_cmpint (qs_water_class_of (QS_WATER_NH3N, (0.1 + 0.2) / 2, FALSE), ==, 1);
}

static void
nan_sample (double v[QS_N_WATER_PARAMETERS])
{
  for (guint p = 0; p < QS_N_WATER_PARAMETERS; p++)
    v[p] = NAN;
}

#define BIT(p) (1u << (p))

static void
test_single_factor (void)
{
  double v[QS_N_WATER_PARAMETERS];
  guint mask = 0;

  nan_sample (v);
  g_assert_cmpint (qs_water_sample_class (v, FALSE, &mask), ==, 0);
  g_assert_cmpuint (mask, ==, 0);

  v[QS_WATER_PH] = 7.5;          /* I */
  v[QS_WATER_DO] = 5;            /* III */
  v[QS_WATER_COD] = 12;          /* I */
  v[QS_WATER_NH3N] = 1.0;        /* III */
  v[QS_WATER_TP] = 0.15;         /* river III; lake V */
  v[QS_WATER_CODMN] = 3.9;       /* II */
  g_assert_cmpint (qs_water_sample_class (v, FALSE, &mask), ==, 3);
  g_assert_cmpuint (mask, ==, BIT (QS_WATER_DO) | BIT (QS_WATER_NH3N) | BIT (QS_WATER_TP));
  g_assert_cmpint (qs_water_sample_class (v, TRUE, &mask), ==, 5);
  g_assert_cmpuint (mask, ==, BIT (QS_WATER_TP));

  /* Fecal coliform and TN are reported separately, not in the class. */
  v[QS_WATER_FECAL_COLIFORM] = 100000;
  v[QS_WATER_TN] = 5.0;
  g_assert_cmpint (qs_water_sample_class (v, FALSE, &mask), ==, 3);
  g_assert_cmpint (qs_water_sample_class (v, TRUE, &mask), ==, 5);
  g_assert_cmpuint (qs_water_default_parameters (TRUE) &
                    (BIT (QS_WATER_TN) | BIT (QS_WATER_FECAL_COLIFORM)), ==, 0);
  g_assert_cmpuint (qs_water_default_parameters (FALSE) & BIT (QS_WATER_PH), !=, 0);
  /* …unless asked for. */
  g_assert_cmpint (qs_water_sample_class_full (v, TRUE,
                                               qs_water_default_parameters (TRUE) | BIT (QS_WATER_TN),
                                               &mask), ==, 6);
  g_assert_cmpuint (mask, ==, BIT (QS_WATER_TN));

  /* pH out of range: worse than V, tied with nothing. */
  v[QS_WATER_PH] = 5.5;
  g_assert_cmpint (qs_water_sample_class (v, FALSE, &mask), ==, 6);
  g_assert_cmpuint (mask, ==, BIT (QS_WATER_PH));
  /* Two parameters worse than V are both listed. */
  v[QS_WATER_NH3N] = 2.5;
  g_assert_cmpint (qs_water_sample_class (v, FALSE, NULL), ==, 6);
  g_assert_cmpint (qs_water_sample_class (v, FALSE, &mask), ==, 6);
  g_assert_cmpuint (mask, ==, BIT (QS_WATER_PH) | BIT (QS_WATER_NH3N));
}

static void
test_mean_class (void)
{
  double s[3 * QS_N_WATER_PARAMETERS];
  double means[QS_N_WATER_PARAMETERS];
  guint mask = 0;

  for (guint i = 0; i < G_N_ELEMENTS (s); i++)
    s[i] = NAN;
  /* Three monthly samples: NH3N 0.1, 0.2, missing → mean 0.15 (I);
   * DO 8, 6, 7 → 7 (II); COD 10, 20, 30 → 20 (III). */
  s[0 * QS_N_WATER_PARAMETERS + QS_WATER_NH3N] = 0.1;
  s[1 * QS_N_WATER_PARAMETERS + QS_WATER_NH3N] = 0.2;
  s[0 * QS_N_WATER_PARAMETERS + QS_WATER_DO] = 8;
  s[1 * QS_N_WATER_PARAMETERS + QS_WATER_DO] = 6;
  s[2 * QS_N_WATER_PARAMETERS + QS_WATER_DO] = 7;
  s[0 * QS_N_WATER_PARAMETERS + QS_WATER_COD] = 10;
  s[1 * QS_N_WATER_PARAMETERS + QS_WATER_COD] = 20;
  s[2 * QS_N_WATER_PARAMETERS + QS_WATER_COD] = 30;

  g_assert_cmpint (qs_water_mean_class (s, 3, FALSE, means, &mask), ==, 3);
  g_assert_cmpuint (mask, ==, BIT (QS_WATER_COD));
  g_assert_cmpfloat_with_epsilon (means[QS_WATER_NH3N], 0.15, 1e-12);
  g_assert_cmpfloat (means[QS_WATER_DO], ==, 7);
  g_assert_cmpfloat (means[QS_WATER_COD], ==, 20);
  g_assert_true (isnan (means[QS_WATER_TP]));
  g_assert_cmpint (qs_water_class_of (QS_WATER_NH3N, means[QS_WATER_NH3N], FALSE), ==, 1);

  g_assert_cmpint (qs_water_mean_class (s, 0, FALSE, NULL, NULL), ==, 0);
}

/* A composition of n sections with the given counts of classes I..劣V. */
static void
composition_of (const guint         counts[QS_WATER_N_CLASSES],
                QsWaterComposition *out)
{
  g_autoptr (GArray) classes = g_array_new (FALSE, FALSE, sizeof (int));

  for (int c = 1; c <= QS_WATER_N_CLASSES; c++)
    for (guint i = 0; i < counts[c - 1]; i++)
      g_array_append_val (classes, c);
  qs_water_composition ((int *) (void *) classes->data, classes->len, out);
}

typedef struct
{
  const char   *name;
  guint         counts[QS_WATER_N_CLASSES];   /* I, II, III, IV, V, 劣V */
  QsWaterStatus status;
} StatusCase;

static const StatusCase status_cases[] = {
  /* I–III exactly 90 % → 优; just below → 良好. */
  { "good-90", { 3, 3, 3, 1, 0, 0 }, QS_WATER_STATUS_EXCELLENT },
  { "good-100", { 5, 0, 0, 0, 0, 0 }, QS_WATER_STATUS_EXCELLENT },
  { "good-85", { 0, 10, 7, 3, 0, 0 }, QS_WATER_STATUS_GOOD },
  /* Exactly 75 % → 良好; 70 % → 轻度. */
  { "good-75", { 5, 5, 5, 5, 0, 0 }, QS_WATER_STATUS_GOOD },
  { "good-70", { 7, 0, 7, 6, 0, 0 }, QS_WATER_STATUS_LIGHT },
  /* 劣V just under 20 % → 轻度; exactly 20 % → 中度. */
  { "worse-10", { 7, 0, 0, 2, 0, 1 }, QS_WATER_STATUS_LIGHT },
  { "worse-20", { 7, 0, 0, 1, 0, 2 }, QS_WATER_STATUS_MODERATE },
  { "worse-35", { 13, 0, 0, 0, 0, 7 }, QS_WATER_STATUS_MODERATE },
  { "worse-39", { 61, 0, 0, 0, 0, 39 }, QS_WATER_STATUS_MODERATE },
  /* 劣V exactly 40 %: 重度 whether I–III is 60 % or less. */
  { "worse-40-good-60", { 6, 0, 0, 0, 0, 4 }, QS_WATER_STATUS_HEAVY },
  { "worse-40-good-50", { 5, 0, 0, 0, 1, 4 }, QS_WATER_STATUS_HEAVY },
  { "worse-40-good-55", { 0, 11, 0, 1, 0, 8 }, QS_WATER_STATUS_HEAVY },
  { "worse-60", { 2, 0, 0, 0, 0, 3 }, QS_WATER_STATUS_HEAVY },
  /* Fewer than 5 sections: no class-proportion status. */
  { "four-sections", { 4, 0, 0, 0, 0, 0 }, QS_WATER_STATUS_UNKNOWN },
  { "none", { 0, 0, 0, 0, 0, 0 }, QS_WATER_STATUS_UNKNOWN },
};

static void
test_status_case (gconstpointer data)
{
  const StatusCase *sc = data;
  QsWaterComposition comp;

  composition_of (sc->counts, &comp);
  g_assert_cmpint (qs_water_river_status (&comp), ==, sc->status);
}

static void
test_composition (void)
{
  static const guint counts[QS_WATER_N_CLASSES] = { 1, 2, 3, 2, 1, 1 };
  static const int with_unclassified[] = { 1, 0, 3, 6, 0 };
  QsWaterComposition comp;

  composition_of (counts, &comp);
  g_assert_cmpuint (comp.n_sections, ==, 10);
  g_assert_cmpuint (comp.good, ==, 6);
  g_assert_cmpuint (comp.i_ii, ==, 3);
  g_assert_cmpuint (comp.worse_than_v, ==, 1);
  g_assert_cmpfloat (comp.good_share, ==, 60);
  g_assert_cmpfloat (comp.i_ii_share, ==, 30);
  g_assert_cmpfloat (comp.worse_than_v_share, ==, 10);
  g_assert_cmpfloat (comp.share[0], ==, 10);
  g_assert_cmpfloat (comp.share[2], ==, 30);
  g_assert_cmpfloat (comp.share[5], ==, 10);

  /* Unclassified sections (0) are not counted. */
  qs_water_composition (with_unclassified, G_N_ELEMENTS (with_unclassified), &comp);
  g_assert_cmpuint (comp.n_sections, ==, 3);
  g_assert_cmpuint (comp.good, ==, 2);
  g_assert_cmpuint (comp.worse_than_v, ==, 1);

  qs_water_composition (NULL, 0, &comp);
  g_assert_cmpuint (comp.n_sections, ==, 0);
  g_assert_true (isnan (comp.good_share));
  g_assert_cmpint (qs_water_river_status (&comp), ==, QS_WATER_STATUS_UNKNOWN);
}

static void
test_names (void)
{
  static const char *const zh[] = { "Ⅰ类", "Ⅱ类", "Ⅲ类", "Ⅳ类", "Ⅴ类", "劣Ⅴ类" };
  static const char *const en[] = { "Class I", "Class II", "Class III", "Class IV",
                                    "Class V", "Worse than V" };

  for (int c = 1; c <= 6; c++)
    {
      g_assert_cmpstr (qs_water_class_name (c, "zh_CN"), ==, zh[c - 1]);
      g_assert_cmpstr (qs_water_class_name (c, "en_US.UTF-8"), ==, en[c - 1]);
    }
  g_assert_cmpstr (qs_water_class_name (6, "zh_TW"), ==, "劣Ⅴ類");
  g_assert_null (qs_water_class_name (0, "en"));
  g_assert_null (qs_water_class_name (7, "en"));

  g_assert_cmpint (qs_water_status_of_class (1), ==, QS_WATER_STATUS_EXCELLENT);
  g_assert_cmpint (qs_water_status_of_class (2), ==, QS_WATER_STATUS_EXCELLENT);
  g_assert_cmpint (qs_water_status_of_class (3), ==, QS_WATER_STATUS_GOOD);
  g_assert_cmpint (qs_water_status_of_class (4), ==, QS_WATER_STATUS_LIGHT);
  g_assert_cmpint (qs_water_status_of_class (5), ==, QS_WATER_STATUS_MODERATE);
  g_assert_cmpint (qs_water_status_of_class (6), ==, QS_WATER_STATUS_HEAVY);
  g_assert_cmpint (qs_water_status_of_class (0), ==, QS_WATER_STATUS_UNKNOWN);

  g_assert_cmpstr (qs_water_status_name (QS_WATER_STATUS_EXCELLENT, "zh_CN"), ==, "优");
  g_assert_cmpstr (qs_water_status_name (QS_WATER_STATUS_GOOD, "zh_CN"), ==, "良好");
  g_assert_cmpstr (qs_water_status_name (QS_WATER_STATUS_HEAVY, "zh_CN"), ==, "重度污染");
  g_assert_cmpstr (qs_water_status_name (QS_WATER_STATUS_LIGHT, "zh_TW"), ==, "輕度污染");
  g_assert_cmpstr (qs_water_status_name (QS_WATER_STATUS_MODERATE, "en"), ==, "Moderately polluted");
  g_assert_null (qs_water_status_name (QS_WATER_STATUS_UNKNOWN, "en"));

  g_assert_cmphex (qs_water_class_rgb (3), ==, 0x00B050);
  g_assert_cmphex (qs_water_class_rgb (0), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GPtrArray) cases = g_ptr_array_new_with_free_func (g_free);

  g_test_init (&argc, &argv, NULL);

  add_limit_cases (cases);
  for (guint i = 0; i < G_N_ELEMENTS (status_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/water/river-status/%s", status_cases[i].name);
      g_test_add_data_func (path, &status_cases[i], test_status_case);
    }
  g_test_add_func ("/water/lake-and-river", test_lake_and_river);
  g_test_add_func ("/water/do-and-ph", test_do_and_ph);
  g_test_add_func ("/water/equal-limits-and-invalid", test_equal_limits_and_invalid);
  g_test_add_func ("/water/single-factor", test_single_factor);
  g_test_add_func ("/water/mean-class", test_mean_class);
  g_test_add_func ("/water/composition", test_composition);
  g_test_add_func ("/water/names", test_names);

  return g_test_run ();
}
