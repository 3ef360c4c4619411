/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "qs-water-section.h"

G_DEFINE_BOXED_TYPE (QsWaterSection, qs_water_section, qs_water_section_ref, qs_water_section_unref)

static void
qs_water_section_clear (QsWaterSection *self)
{
  g_free (self->id);
  g_clear_pointer (&self->name, qs_text_unref);
  g_clear_pointer (&self->water_body, qs_text_unref);
  g_free (self->region);
}

/**
 * qs_water_section_new:
 *
 * Returns: (transfer full): a new, empty water-section
 */
QsWaterSection *
qs_water_section_new (void)
{
  return g_atomic_rc_box_new0 (QsWaterSection);
}

/**
 * qs_water_section_ref:
 * @self: a water-section
 *
 * Returns: (transfer full): @self
 */
QsWaterSection *
qs_water_section_ref (QsWaterSection *self)
{
  return g_atomic_rc_box_acquire (self);
}

/**
 * qs_water_section_unref:
 * @self: (transfer full): a water-section
 */
void
qs_water_section_unref (QsWaterSection *self)
{
  g_atomic_rc_box_release_full (self, (GDestroyNotify) qs_water_section_clear);
}
