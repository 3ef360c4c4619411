/* SPDX-License-Identifier: GPL-3.0-or-later */
/* qs-region.h: a region (province, city) of a dataset */

#pragma once

#include <glib-object.h>

#include "qs-text.h"
#include "qs-types.h"

G_BEGIN_DECLS

#define QS_TYPE_REGION (qs_region_get_type ())

typedef struct _QsRegion QsRegion;

/* Read-only once loaded; fields are public for plain access. */
struct _QsRegion
{
  char   *code;    /* GB/T 2260, six digits */
  QsText *name;
  char   *parent;  /* nullable */
  gboolean has_tile;
  int     tile_column;
  int     tile_row;
};

GType  qs_region_get_type (void) G_GNUC_CONST;
QsRegion  *qs_region_new      (void);
QsRegion  *qs_region_ref      (QsRegion *self);
void   qs_region_unref    (QsRegion *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (QsRegion, qs_region_unref)

G_END_DECLS
