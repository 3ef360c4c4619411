/* SPDX-License-Identifier: GPL-3.0-or-later */
/* qs-target.h: a target, legal limit or reference value of an indicator */

#pragma once

#include <glib-object.h>

#include "qs-text.h"
#include "qs-types.h"

G_BEGIN_DECLS

#define QS_TYPE_TARGET (qs_target_get_type ())

typedef struct _QsTarget QsTarget;

/* Read-only once loaded; fields are public for plain access. */
struct _QsTarget
{
  QsTargetKind kind;
  double       value;
  QsText      *label;
  int          year;        /* 0 when not set */
  guint32      valid_from;  /* Julian day, 0 when not set */
  guint32      valid_to;    /* Julian day, 0 when not set */
  char        *region;      /* nullable: every region */
};

GType  qs_target_get_type (void) G_GNUC_CONST;
QsTarget  *qs_target_new      (void);
QsTarget  *qs_target_ref      (QsTarget *self);
void   qs_target_unref    (QsTarget *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (QsTarget, qs_target_unref)

G_END_DECLS
