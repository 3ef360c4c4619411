/* SPDX-License-Identifier: GPL-3.0-or-later */
/* qs-dataset.h: a loaded dataset — metadata, regions, indicators, raw tables */

#pragma once

#include <glib-object.h>

#include "qs-air-daily.h"
#include "qs-indicator.h"
#include "qs-region.h"
#include "qs-source.h"
#include "qs-text.h"
#include "qs-types.h"
#include "qs-water-samples.h"
#include "qs-water-section.h"

G_BEGIN_DECLS

#define QS_TYPE_DATASET (qs_dataset_get_type ())

G_DECLARE_FINAL_TYPE (QsDataset, qs_dataset, QS, DATASET, GObject)

QsDataset      *qs_dataset_new                (void);
const char     *qs_dataset_get_filename       (QsDataset   *self);
void            qs_dataset_set_filename       (QsDataset   *self,
                                               const char  *filename);
QsText         *qs_dataset_get_title          (QsDataset   *self);
void            qs_dataset_set_title          (QsDataset   *self,
                                               QsText      *title);
QsText         *qs_dataset_get_description    (QsDataset   *self);
void            qs_dataset_set_description    (QsDataset   *self,
                                               QsText      *description);
QsText         *qs_dataset_get_publisher      (QsDataset   *self);
void            qs_dataset_set_publisher      (QsDataset   *self,
                                               QsText      *publisher);
const char     *qs_dataset_get_region_code    (QsDataset   *self);
void            qs_dataset_set_region_code    (QsDataset   *self,
                                               const char  *code);
QsProvenance    qs_dataset_get_provenance     (QsDataset   *self);
void            qs_dataset_set_provenance     (QsDataset   *self,
                                               QsProvenance provenance);
gboolean        qs_dataset_is_demo            (QsDataset   *self);
const char     *qs_dataset_get_created        (QsDataset   *self);
void            qs_dataset_set_created        (QsDataset   *self,
                                               const char  *created);

GPtrArray      *qs_dataset_get_sources        (QsDataset   *self);
void            qs_dataset_add_source         (QsDataset   *self,
                                               QsSource    *source);
QsSource       *qs_dataset_lookup_source      (QsDataset   *self,
                                               const char  *id);
GPtrArray      *qs_dataset_get_regions        (QsDataset   *self);
void            qs_dataset_add_region         (QsDataset   *self,
                                               QsRegion    *region);
QsRegion       *qs_dataset_lookup_region      (QsDataset   *self,
                                               const char  *code);
GPtrArray      *qs_dataset_get_indicators     (QsDataset   *self);
void            qs_dataset_add_indicator      (QsDataset   *self,
                                               QsIndicator *indicator);
gboolean        qs_dataset_is_part_of_rate    (QsDataset   *self,
                                               const char  *indicator_id);
QsIndicator    *qs_dataset_lookup_indicator   (QsDataset   *self,
                                               const char  *id);
GPtrArray      *qs_dataset_get_air_daily      (QsDataset   *self);
void            qs_dataset_add_air_daily      (QsDataset   *self,
                                               QsAirDaily  *block);
GPtrArray      *qs_dataset_get_water_sections (QsDataset   *self);
void            qs_dataset_add_water_section  (QsDataset   *self,
                                               QsWaterSection *section);
QsWaterSection *qs_dataset_lookup_water_section (QsDataset *self,
                                               const char  *id);
GPtrArray      *qs_dataset_get_water_samples  (QsDataset   *self);
void            qs_dataset_add_water_samples  (QsDataset   *self,
                                               QsWaterSamples *samples);
gsize           qs_dataset_get_n_values       (QsDataset   *self);

G_END_DECLS
