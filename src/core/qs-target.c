/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "qs-target.h"

G_DEFINE_BOXED_TYPE (QsTarget, qs_target, qs_target_ref, qs_target_unref)

static void
qs_target_clear (QsTarget *self)
{
  g_clear_pointer (&self->label, qs_text_unref);
  g_free (self->region);
}

/**
 * qs_target_new:
 *
 * Returns: (transfer full): a new, empty target
 */
QsTarget *
qs_target_new (void)
{
  return g_atomic_rc_box_new0 (QsTarget);
}

/**
 * qs_target_ref:
 * @self: a target
 *
 * Returns: (transfer full): @self
 */
QsTarget *
qs_target_ref (QsTarget *self)
{
  return g_atomic_rc_box_acquire (self);
}

/**
 * qs_target_unref:
 * @self: (transfer full): a target
 */
void
qs_target_unref (QsTarget *self)
{
  g_atomic_rc_box_release_full (self, (GDestroyNotify) qs_target_clear);
}
