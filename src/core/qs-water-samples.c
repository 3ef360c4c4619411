/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "qs-water-samples.h"

G_DEFINE_BOXED_TYPE (QsWaterSamples, qs_water_samples, qs_water_samples_ref, qs_water_samples_unref)

static void
qs_water_samples_clear (QsWaterSamples *self)
{
  g_free (self->section);
  g_free (self->dates);
  for (guint i = 0; i < QS_N_WATER_PARAMETERS; i++)
    g_free (self->columns[i]);
}

/**
 * qs_water_samples_new:
 * @section: the section's id
 * @n_samples: number of samples
 *
 * Returns: (transfer full): a block with zeroed dates and no columns yet
 */
QsWaterSamples *
qs_water_samples_new (const char *section,
                      guint       n_samples)
{
  QsWaterSamples *self = g_atomic_rc_box_new0 (QsWaterSamples);

  self->section = g_strdup (section);
  self->n_samples = n_samples;
  self->dates = g_new0 (guint32, n_samples);
  return self;
}

/**
 * qs_water_samples_ref:
 * @self: a block
 *
 * Returns: (transfer full): @self
 */
QsWaterSamples *
qs_water_samples_ref (QsWaterSamples *self)
{
  return g_atomic_rc_box_acquire (self);
}

/**
 * qs_water_samples_unref:
 * @self: (transfer full): a block
 */
void
qs_water_samples_unref (QsWaterSamples *self)
{
  g_atomic_rc_box_release_full (self, (GDestroyNotify) qs_water_samples_clear);
}
