/* SPDX-License-Identifier: GPL-3.0-or-later */
/* qs-water-section.h: a surface-water monitoring section */

#pragma once

#include <glib-object.h>

#include "qs-text.h"
#include "qs-types.h"

G_BEGIN_DECLS

#define QS_TYPE_WATER_SECTION (qs_water_section_get_type ())

typedef struct _QsWaterSection QsWaterSection;

/* Read-only once loaded; fields are public for plain access. */
struct _QsWaterSection
{
  char    *id;
  QsText  *name;
  QsText  *water_body;  /* nullable */
  gboolean is_lake;     /* lakes and reservoirs have their own TP limits */
  char    *region;
  gboolean national;    /* a national-assessment (国考) section */
};

GType  qs_water_section_get_type (void) G_GNUC_CONST;
QsWaterSection  *qs_water_section_new      (void);
QsWaterSection  *qs_water_section_ref      (QsWaterSection *self);
void   qs_water_section_unref    (QsWaterSection *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (QsWaterSection, qs_water_section_unref)

G_END_DECLS
