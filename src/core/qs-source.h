/* SPDX-License-Identifier: GPL-3.0-or-later */
/* qs-source.h: where the figures of a dataset come from */

#pragma once

#include <glib-object.h>

#include "qs-text.h"
#include "qs-types.h"

G_BEGIN_DECLS

#define QS_TYPE_SOURCE (qs_source_get_type ())

typedef struct _QsSource QsSource;

/* Read-only once loaded; fields are public for plain access. */
struct _QsSource
{
  char   *id;
  QsText *title;
  QsText *publisher;  /* nullable */
  char   *date;       /* YYYY-MM-DD, nullable */
  char   *url;        /* nullable */
};

GType  qs_source_get_type (void) G_GNUC_CONST;
QsSource  *qs_source_new      (void);
QsSource  *qs_source_ref      (QsSource *self);
void   qs_source_unref    (QsSource *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (QsSource, qs_source_unref)

G_END_DECLS
