/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <math.h>
#include <string.h>

#include "qs-text.h"

#include "qs-water-quality.h"

/* ---------------------------------------------------------------------- */
/* GB 3838-2002 Table 1, basic items (mg/L; fecal coliform per litre)      */

typedef enum {
  LIMIT_AT_MOST,   /* the value must be ≤ the limit */
  LIMIT_AT_LEAST,  /* DO: the value must be ≥ the limit */
  LIMIT_PH,        /* 6–9 for every class */
  LIMIT_NONE,
} LimitKind;

typedef struct
{
  LimitKind kind;
  double    limit[5];   /* classes I..V */
} Limits;

static const Limits table[QS_N_WATER_PARAMETERS] = {
  [QS_WATER_PH]             = { LIMIT_PH, { 0 } },
  /* Class I is 7.5 mg/L or 90 % saturation; without saturation data the
   * concentration form is used. */
  [QS_WATER_DO]             = { LIMIT_AT_LEAST, { 7.5, 6, 5, 3, 2 } },
  [QS_WATER_CODMN]          = { LIMIT_AT_MOST, { 2, 4, 6, 10, 15 } },
  [QS_WATER_COD]            = { LIMIT_AT_MOST, { 15, 15, 20, 30, 40 } },
  [QS_WATER_BOD5]           = { LIMIT_AT_MOST, { 3, 3, 4, 6, 10 } },
  [QS_WATER_NH3N]           = { LIMIT_AT_MOST, { 0.15, 0.5, 1.0, 1.5, 2.0 } },
  /* Rivers; lakes and reservoirs use tp_lake below. */
  [QS_WATER_TP]             = { LIMIT_AT_MOST, { 0.02, 0.1, 0.2, 0.3, 0.4 } },
  /* Lakes and reservoirs only; rivers have no TN class limit. */
  [QS_WATER_TN]             = { LIMIT_AT_MOST, { 0.2, 0.5, 1.0, 1.5, 2.0 } },
  [QS_WATER_CU]             = { LIMIT_AT_MOST, { 0.01, 1.0, 1.0, 1.0, 1.0 } },
  [QS_WATER_ZN]             = { LIMIT_AT_MOST, { 0.05, 1.0, 1.0, 2.0, 2.0 } },
  [QS_WATER_F]              = { LIMIT_AT_MOST, { 1.0, 1.0, 1.0, 1.5, 1.5 } },
  [QS_WATER_SE]             = { LIMIT_AT_MOST, { 0.01, 0.01, 0.01, 0.02, 0.02 } },
  [QS_WATER_AS]             = { LIMIT_AT_MOST, { 0.05, 0.05, 0.05, 0.1, 0.1 } },
  [QS_WATER_HG]             = { LIMIT_AT_MOST, { 0.00005, 0.00005, 0.0001, 0.001, 0.001 } },
  [QS_WATER_CD]             = { LIMIT_AT_MOST, { 0.001, 0.005, 0.005, 0.005, 0.01 } },
  [QS_WATER_CR6]            = { LIMIT_AT_MOST, { 0.01, 0.05, 0.05, 0.05, 0.1 } },
  [QS_WATER_PB]             = { LIMIT_AT_MOST, { 0.01, 0.01, 0.05, 0.05, 0.1 } },
  [QS_WATER_CN]             = { LIMIT_AT_MOST, { 0.005, 0.05, 0.2, 0.2, 0.2 } },
  [QS_WATER_PHENOL]         = { LIMIT_AT_MOST, { 0.002, 0.002, 0.005, 0.01, 0.1 } },
  [QS_WATER_OIL]            = { LIMIT_AT_MOST, { 0.05, 0.05, 0.05, 0.5, 1.0 } },
  [QS_WATER_LAS]            = { LIMIT_AT_MOST, { 0.2, 0.2, 0.2, 0.3, 0.3 } },
  [QS_WATER_SULFIDE]        = { LIMIT_AT_MOST, { 0.05, 0.1, 0.2, 0.5, 1.0 } },
  [QS_WATER_FECAL_COLIFORM] = { LIMIT_AT_MOST, { 200, 2000, 10000, 20000, 40000 } },
};

static const Limits tp_lake = { LIMIT_AT_MOST, { 0.01, 0.025, 0.05, 0.1, 0.2 } };

static const Limits no_limits = { LIMIT_NONE, { 0 } };

static const Limits *
limits_of (QsWaterParameter parameter,
           gboolean         lake)
{
  if (parameter == QS_WATER_TP && lake)
    return &tp_lake;
  if (parameter == QS_WATER_TN && !lake)
    return &no_limits;
  return &table[parameter];
}

/*
 * A value exactly at a limit meets that class. Data read from files equal
 * the limits' doubles exactly, but period means carry binary noise (the
 * mean of 0.1 and 0.2 is 0.15000000000000002), which must not push a value
 * that is at the limit in decimal terms into the next class. The relative
 * slack is far below any reporting precision.
 */
#define SLACK 1e-9

static gboolean
at_most (double value,
         double limit)
{
  return value <= limit * (1 + SLACK);
}

static gboolean
at_least (double value,
          double limit)
{
  return value >= limit * (1 - SLACK);
}

/**
 * qs_water_class_of:
 * @parameter: a basic item of GB 3838-2002 Table 1
 * @value: its value, mg/L (pH dimensionless, fecal coliform per litre)
 * @lake: %TRUE for a lake or reservoir section (湖、库)
 *
 * The best class whose limit @value meets; with equal limits in
 * neighbouring classes the best wins (COD 12 and 15 are class I). A value
 * exactly at a limit meets it. DO is a "≥" limit; pH must be within 6–9
 * for every class, so outside it is worse than V. Lakes and reservoirs use
 * their own TP column, and only they have TN limits.
 *
 * Returns: 1..5 for classes I..V, 6 for worse than V, 0 when @parameter
 *   has no class limit (TN of a river) or @value is NaN, infinite or
 *   negative
 */
int
qs_water_class_of (QsWaterParameter parameter,
                   double           value,
                   gboolean         lake)
{
  const Limits *l;

  g_return_val_if_fail (parameter < QS_N_WATER_PARAMETERS, 0);

  if (!isfinite (value) || value < 0)
    return 0;

  l = limits_of (parameter, lake);
  switch (l->kind)
    {
    case LIMIT_PH:
      return at_least (value, 6) && at_most (value, 9) ? 1 : QS_WATER_CLASS_WORSE_THAN_V;
    case LIMIT_AT_MOST:
      for (int c = 0; c < 5; c++)
        if (at_most (value, l->limit[c]))
          return c + 1;
      return QS_WATER_CLASS_WORSE_THAN_V;
    case LIMIT_AT_LEAST:
      for (int c = 0; c < 5; c++)
        if (at_least (value, l->limit[c]))
          return c + 1;
      return QS_WATER_CLASS_WORSE_THAN_V;
    case LIMIT_NONE:
    default:
      return 0;
    }
}

/**
 * qs_water_class_limit:
 * @parameter: a basic item
 * @water_class: 1..5
 * @lake: %TRUE for a lake or reservoir
 *
 * Returns: the limit of @water_class ("≥" for DO), NaN when there is none
 *   (pH: use 6–9; TN of a river)
 */
double
qs_water_class_limit (QsWaterParameter parameter,
                      int              water_class,
                      gboolean         lake)
{
  const Limits *l;

  g_return_val_if_fail (parameter < QS_N_WATER_PARAMETERS, NAN);
  if (water_class < 1 || water_class > 5)
    return NAN;
  l = limits_of (parameter, lake);
  if (l->kind != LIMIT_AT_MOST && l->kind != LIMIT_AT_LEAST)
    return NAN;
  return l->limit[water_class - 1];
}

/**
 * qs_water_default_parameters:
 * @lake: %TRUE for a lake or reservoir
 *
 * The indicators of a section's class by the 评价办法 (环办〔2011〕22号):
 * the basic items of Table 1 except water temperature (not carried here),
 * total nitrogen and fecal coliform, which are reported separately (TN
 * feeds the lake trophic index). [unverified: the indicator list is from
 * memory of the 评价办法.] TN is left out for lakes and reservoirs too, as
 * our domain reference (§3.3) reads it; some readings leave it out for
 * rivers only. A caller that wants lake TN in the class adds it to the
 * mask given to qs_water_sample_class_full(). Rivers have no TN limit
 * anyway, so @lake changes nothing here.
 *
 * Returns: the mask of the parameters evaluated by default
 */
guint
qs_water_default_parameters (gboolean lake)
{
  guint all = (1u << QS_N_WATER_PARAMETERS) - 1;

  (void) lake;
  return all & ~(1u << QS_WATER_TN) & ~(1u << QS_WATER_FECAL_COLIFORM);
}

/**
 * qs_water_sample_class_full:
 * @values: values indexed by #QsWaterParameter, NaN when not measured
 * @lake: %TRUE for a lake or reservoir
 * @parameters: mask of the parameters to evaluate
 * @limiting_mask: (out) (optional): the parameters that decide the class
 *
 * The single-factor method: every evaluated parameter gets its class and
 * the worst of them is the sample's class; every parameter of that class
 * is listed (ties included). Parameters without a value or without a
 * class limit are skipped.
 *
 * Returns: 1..6, or 0 when no parameter could be classified
 */
int
qs_water_sample_class_full (const double values[QS_N_WATER_PARAMETERS],
                            gboolean     lake,
                            guint        parameters,
                            guint       *limiting_mask)
{
  int worst = 0;
  guint mask = 0;

  g_return_val_if_fail (values != NULL, 0);

  for (guint p = 0; p < QS_N_WATER_PARAMETERS; p++)
    {
      int c;

      if ((parameters & (1u << p)) == 0)
        continue;
      c = qs_water_class_of (p, values[p], lake);
      if (c == 0 || c < worst)
        continue;
      if (c > worst)
        {
          worst = c;
          mask = 0;
        }
      mask |= 1u << p;
    }
  if (limiting_mask)
    *limiting_mask = mask;
  return worst;
}

/**
 * qs_water_sample_class:
 * @values: values indexed by #QsWaterParameter, NaN when not measured
 * @lake: %TRUE for a lake or reservoir
 * @limiting_mask: (out) (optional): the parameters that decide the class
 *
 * qs_water_sample_class_full() over qs_water_default_parameters().
 *
 * Returns: 1..6, or 0 when no parameter could be classified
 */
int
qs_water_sample_class (const double values[QS_N_WATER_PARAMETERS],
                       gboolean     lake,
                       guint       *limiting_mask)
{
  return qs_water_sample_class_full (values, lake,
                                     qs_water_default_parameters (lake),
                                     limiting_mask);
}

/**
 * qs_water_mean_class:
 * @samples: (array): @n_samples rows of %QS_N_WATER_PARAMETERS values,
 *   NaN when not measured
 * @n_samples: the number of rows
 * @lake: %TRUE for a lake or reservoir
 * @means: (out caller-allocates) (optional): the mean of each parameter,
 *   NaN without values
 * @limiting_mask: (out) (optional): the parameters that decide the class
 *
 * The class of a period (month, quarter, year) from the period mean of
 * each parameter, then the single-factor method [unverified: from memory
 * of the 评价办法]. The same computation gives the class of a river with
 * fewer than 5 sections, one row per section. pH is averaged
 * arithmetically like the others [unverified].
 *
 * Returns: 1..6, or 0 when no parameter could be classified
 */
int
qs_water_mean_class (const double *samples,
                     guint         n_samples,
                     gboolean      lake,
                     double        means[QS_N_WATER_PARAMETERS],
                     guint        *limiting_mask)
{
  double m[QS_N_WATER_PARAMETERS];

  g_return_val_if_fail (samples != NULL || n_samples == 0, 0);

  for (guint p = 0; p < QS_N_WATER_PARAMETERS; p++)
    {
      double sum = 0;
      guint n = 0;

      for (guint i = 0; i < n_samples; i++)
        {
          double v = samples[(gsize) i * QS_N_WATER_PARAMETERS + p];

          if (isfinite (v))
            {
              sum += v;
              n++;
            }
        }
      m[p] = n ? sum / n : NAN;
    }
  if (means)
    memcpy (means, m, sizeof m);
  return qs_water_sample_class (m, lake, limiting_mask);
}

/* ---------------------------------------------------------------------- */
/* Sets of sections                                                        */

/**
 * qs_water_composition:
 * @classes: (array length=n_classes): section classes, 0 for sections not
 *   evaluated (skipped)
 * @n_classes: their number
 * @out: (out caller-allocates): counts and shares
 *
 * The 优良 share is I–III ÷ sections evaluated × 100 %; I–II and 劣V
 * likewise, and the share of each class.
 */
void
qs_water_composition (const int          *classes,
                      guint               n_classes,
                      QsWaterComposition *out)
{
  g_return_if_fail (out != NULL);
  g_return_if_fail (classes != NULL || n_classes == 0);

  memset (out, 0, sizeof *out);
  for (guint i = 0; i < n_classes; i++)
    if (classes[i] >= 1 && classes[i] <= QS_WATER_N_CLASSES)
      {
        out->count[classes[i] - 1]++;
        out->n_sections++;
      }
  out->i_ii = out->count[0] + out->count[1];
  out->good = out->i_ii + out->count[2];
  out->worse_than_v = out->count[QS_WATER_CLASS_WORSE_THAN_V - 1];

#define SHARE(n) (out->n_sections ? 100.0 * (n) / out->n_sections : NAN)
  for (guint c = 0; c < QS_WATER_N_CLASSES; c++)
    out->share[c] = SHARE (out->count[c]);
  out->good_share = SHARE (out->good);
  out->i_ii_share = SHARE (out->i_ii);
  out->worse_than_v_share = SHARE (out->worse_than_v);
#undef SHARE
}

/**
 * qs_water_river_status:
 * @composition: the classes of a river's (or basin's) sections
 *
 * The class-proportion method for 5 or more sections. 劣V ≥ 40 % is
 * checked first (重度污染): sources word that row as "I–III < 60 %" or
 * "< 75 %" and 劣V ≥ 40 %; they differ only at exactly 60 % and 40 %, and
 * checking 劣V first gives 重度污染 in both readings. Then I–III ≥ 90 %
 * 优, ≥ 75 % 良好, 劣V < 20 % 轻度污染, else 中度污染. Shares are compared
 * as exact fractions, so 9 of 10 is exactly 90 %.
 *
 * Returns: the status; %QS_WATER_STATUS_UNKNOWN for fewer than 5
 *   sections, which are evaluated from the mean of each indicator
 *   instead (qs_water_mean_class())
 */
QsWaterStatus
qs_water_river_status (const QsWaterComposition *composition)
{
  guint64 n, good, worse;

  g_return_val_if_fail (composition != NULL, QS_WATER_STATUS_UNKNOWN);

  n = composition->n_sections;
  good = composition->good;
  worse = composition->worse_than_v;
  if (n < 5)
    return QS_WATER_STATUS_UNKNOWN;
  if (worse * 100 >= n * 40)
    return QS_WATER_STATUS_HEAVY;
  if (good * 100 >= n * 90)
    return QS_WATER_STATUS_EXCELLENT;
  if (good * 100 >= n * 75)
    return QS_WATER_STATUS_GOOD;
  if (worse * 100 < n * 20)
    return QS_WATER_STATUS_LIGHT;
  return QS_WATER_STATUS_MODERATE;
}

/**
 * qs_water_status_of_class:
 * @water_class: 1..6
 *
 * Table 1 of the 评价办法: I–II 优, III 良好, IV 轻度污染, V 中度污染,
 * 劣V 重度污染 [unverified: not re-read from the official text].
 *
 * Returns: the status of a section of @water_class
 */
QsWaterStatus
qs_water_status_of_class (int water_class)
{
  switch (water_class)
    {
    case 1:
    case 2:
      return QS_WATER_STATUS_EXCELLENT;
    case 3:
      return QS_WATER_STATUS_GOOD;
    case 4:
      return QS_WATER_STATUS_LIGHT;
    case 5:
      return QS_WATER_STATUS_MODERATE;
    case 6:
      return QS_WATER_STATUS_HEAVY;
    default:
      return QS_WATER_STATUS_UNKNOWN;
    }
}

/* ---------------------------------------------------------------------- */
/* Names and colours                                                       */

static guint
lang_index (const char *locale)
{
  g_autofree char *norm = qs_locale_normalize (locale ? locale : qs_locale_default ());

  if (strcmp (norm, "zh_CN") == 0)
    return 1;
  if (strcmp (norm, "zh_TW") == 0)
    return 2;
  return 0;
}

/**
 * qs_water_class_name:
 * @water_class: 1..6
 * @locale: (nullable): the locale to write in; %NULL for the default
 *
 * Returns: (nullable): Ⅰ类 … Ⅴ类, 劣Ⅴ类 (zh_TW 類) or Class I … Class V,
 *   Worse than V; %NULL when out of range
 */
const char *
qs_water_class_name (int         water_class,
                     const char *locale)
{
  static const char *const names[][QS_WATER_N_CLASSES] = {
    { "Class I", "Class II", "Class III", "Class IV", "Class V", "Worse than V" },
    { "Ⅰ类", "Ⅱ类", "Ⅲ类", "Ⅳ类", "Ⅴ类", "劣Ⅴ类" },
    { "Ⅰ類", "Ⅱ類", "Ⅲ類", "Ⅳ類", "Ⅴ類", "劣Ⅴ類" },
  };

  if (water_class < 1 || water_class > QS_WATER_N_CLASSES)
    return NULL;
  return names[lang_index (locale)][water_class - 1];
}

/**
 * qs_water_status_name:
 * @status: a status
 * @locale: (nullable): the locale to write in; %NULL for the default
 *
 * Returns: (nullable): the status's name; %NULL for
 *   %QS_WATER_STATUS_UNKNOWN
 */
const char *
qs_water_status_name (QsWaterStatus  status,
                      const char    *locale)
{
  static const char *const names[][5] = {
    { "Excellent", "Good", "Lightly polluted", "Moderately polluted", "Heavily polluted" },
    { "优", "良好", "轻度污染", "中度污染", "重度污染" },
    { "優", "良好", "輕度污染", "中度污染", "重度污染" },
  };

  if (status < QS_WATER_STATUS_EXCELLENT || status > QS_WATER_STATUS_HEAVY)
    return NULL;
  return names[lang_index (locale)][status - QS_WATER_STATUS_EXCELLENT];
}

/**
 * qs_water_class_rgb:
 * @water_class: 1..6
 *
 * Our suggested colours for the colour names of the 评价办法 (blue, blue,
 * green, yellow, orange, red); no RGB is prescribed, so these are not
 * official.
 *
 * Returns: 0xRRGGBB; 0 when out of range
 */
guint32
qs_water_class_rgb (int water_class)
{
  static const guint32 rgb[QS_WATER_N_CLASSES] = {
    0x66CCFF, 0x0070C0, 0x00B050, 0xFFFF00, 0xFF9900, 0xFF0000,
  };

  if (water_class < 1 || water_class > QS_WATER_N_CLASSES)
    return 0;
  return rgb[water_class - 1];
}
