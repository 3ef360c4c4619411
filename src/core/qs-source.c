/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "qs-source.h"

G_DEFINE_BOXED_TYPE (QsSource, qs_source, qs_source_ref, qs_source_unref)

static void
qs_source_clear (QsSource *self)
{
  g_free (self->id);
  g_clear_pointer (&self->title, qs_text_unref);
  g_clear_pointer (&self->publisher, qs_text_unref);
  g_free (self->date);
  g_free (self->url);
}

/**
 * qs_source_new:
 *
 * Returns: (transfer full): a new, empty source
 */
QsSource *
qs_source_new (void)
{
  return g_atomic_rc_box_new0 (QsSource);
}

/**
 * qs_source_ref:
 * @self: a source
 *
 * Returns: (transfer full): @self
 */
QsSource *
qs_source_ref (QsSource *self)
{
  return g_atomic_rc_box_acquire (self);
}

/**
 * qs_source_unref:
 * @self: (transfer full): a source
 */
void
qs_source_unref (QsSource *self)
{
  g_atomic_rc_box_release_full (self, (GDestroyNotify) qs_source_clear);
}
