/* SPDX-License-Identifier: GPL-3.0-or-later */
/* qs-water-samples.h: dated samples of one water section */

#pragma once

#include <glib-object.h>

#include "qs-types.h"

G_BEGIN_DECLS

#define QS_TYPE_WATER_SAMPLES (qs_water_samples_get_type ())

typedef struct _QsWaterSamples QsWaterSamples;

/* Samples in date order; a column is NULL when the file has none, and a missing
 * value is NaN. Units as in GB 3838-2002 (mg/L; pH dimensionless). */
struct _QsWaterSamples
{
  char    *section;
  guint    n_samples;
  guint32 *dates;  /* Julian days */
  double  *columns[QS_N_WATER_PARAMETERS];
};

GType            qs_water_samples_get_type (void) G_GNUC_CONST;
QsWaterSamples  *qs_water_samples_new      (const char     *section,
                                            guint           n_samples);
QsWaterSamples  *qs_water_samples_ref      (QsWaterSamples *self);
void             qs_water_samples_unref    (QsWaterSamples *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (QsWaterSamples, qs_water_samples_unref)

G_END_DECLS
