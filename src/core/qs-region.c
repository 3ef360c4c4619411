/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "qs-region.h"

G_DEFINE_BOXED_TYPE (QsRegion, qs_region, qs_region_ref, qs_region_unref)

static void
qs_region_clear (QsRegion *self)
{
  g_free (self->code);
  g_clear_pointer (&self->name, qs_text_unref);
  g_free (self->parent);
}

/**
 * qs_region_new:
 *
 * Returns: (transfer full): a new, empty region
 */
QsRegion *
qs_region_new (void)
{
  return g_atomic_rc_box_new0 (QsRegion);
}

/**
 * qs_region_ref:
 * @self: a region
 *
 * Returns: (transfer full): @self
 */
QsRegion *
qs_region_ref (QsRegion *self)
{
  return g_atomic_rc_box_acquire (self);
}

/**
 * qs_region_unref:
 * @self: (transfer full): a region
 */
void
qs_region_unref (QsRegion *self)
{
  g_atomic_rc_box_release_full (self, (GDestroyNotify) qs_region_clear);
}
