/* SPDX-License-Identifier: GPL-3.0-or-later */
/* qs-section-class.h: each water section's class in its latest year */

#pragma once

#include "qs-dataset.h"

G_BEGIN_DECLS

/* A section's class (GB 3838-2002, single-factor, on the year's means). */
typedef struct
{
  QsWaterSection *section;     /* owned reference */
  int             year;
  int             water_class; /* 1..5 for I..V, 6 for 劣V, 0 unclassified */
  guint           limiting;    /* parameters that decide it: 1 << QsWaterParameter */
  guint           n_samples;   /* samples that year */
} QsSectionClass;

/* A river's status by the class-proportion method (five sections or more). */
typedef struct
{
  QsText            *water_body;  /* owned reference */
  guint              n_sections;
  double             good_share;  /* % in classes I–III */
  int                status;      /* a QsWaterStatus */
} QsRiverStatus;

GPtrArray *qs_section_classes_latest (QsDataset            *dataset);
GPtrArray *qs_river_statuses         (GPtrArray            *classes,
                                      const char           *locale);
char      *qs_section_class_limiting_names (const QsSectionClass *self,
                                            const char           *locale);

G_END_DECLS
