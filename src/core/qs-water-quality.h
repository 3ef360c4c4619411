/* SPDX-License-Identifier: GPL-3.0-or-later */
/* qs-water-quality.h: surface-water classes (GB 3838-2002) and their shares */

#pragma once

#include <glib.h>

#include "qs-types.h"

G_BEGIN_DECLS

/*
 * Classes are numbered 1..5 for I..V and 6 for worse than V (劣V); 0 means
 * "not classified" (no class limit for the parameter, or no value).
 * Parameter masks are 1 << QsWaterParameter.
 */
#define QS_WATER_N_CLASSES          6
#define QS_WATER_CLASS_WORSE_THAN_V 6

/* Qualitative status (水质状况) of a section, river or basin. */
typedef enum {
  QS_WATER_STATUS_UNKNOWN,
  QS_WATER_STATUS_EXCELLENT,  /* 优 */
  QS_WATER_STATUS_GOOD,       /* 良好 */
  QS_WATER_STATUS_LIGHT,      /* 轻度污染 */
  QS_WATER_STATUS_MODERATE,   /* 中度污染 */
  QS_WATER_STATUS_HEAVY,      /* 重度污染 */
} QsWaterStatus;

/* The classes of a set of sections. Shares are % of n_sections, NaN when
 * there is none. */
typedef struct
{
  guint  n_sections;                   /* sections with a class */
  guint  count[QS_WATER_N_CLASSES];    /* index: class − 1 */
  double share[QS_WATER_N_CLASSES];
  guint  good;                         /* I–III (优良) */
  double good_share;
  guint  i_ii;                         /* I–II */
  double i_ii_share;
  guint  worse_than_v;                 /* 劣V */
  double worse_than_v_share;
} QsWaterComposition;

int           qs_water_class_of          (QsWaterParameter          parameter,
                                          double                    value,
                                          gboolean                  lake);
double        qs_water_class_limit       (QsWaterParameter          parameter,
                                          int                       water_class,
                                          gboolean                  lake);
guint         qs_water_default_parameters (gboolean                 lake);
int           qs_water_sample_class      (const double              values[QS_N_WATER_PARAMETERS],
                                          gboolean                  lake,
                                          guint                    *limiting_mask);
int           qs_water_sample_class_full (const double              values[QS_N_WATER_PARAMETERS],
                                          gboolean                  lake,
                                          guint                     parameters,
                                          guint                    *limiting_mask);
int           qs_water_mean_class        (const double             *samples,
                                          guint                     n_samples,
                                          gboolean                  lake,
                                          double                    means[QS_N_WATER_PARAMETERS],
                                          guint                    *limiting_mask);

void          qs_water_composition       (const int                *classes,
                                          guint                     n_classes,
                                          QsWaterComposition       *out);
QsWaterStatus qs_water_river_status      (const QsWaterComposition *composition);
QsWaterStatus qs_water_status_of_class   (int                       water_class);

const char   *qs_water_class_name        (int                       water_class,
                                          const char               *locale);
const char   *qs_water_status_name       (QsWaterStatus             status,
                                          const char               *locale);
guint32       qs_water_class_rgb         (int                       water_class);

G_END_DECLS
