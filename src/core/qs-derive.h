/* SPDX-License-Identifier: GPL-3.0-or-later */
/* qs-derive.h: official indicators computed from a dataset's raw tables */

#pragma once

#include "qs-dataset.h"

G_BEGIN_DECLS

#define QS_DERIVED_DAILY_AQI          "air.daily_aqi"
#define QS_DERIVED_GOOD_DAYS_RATIO    "air.derived_good_days_ratio"
#define QS_DERIVED_PM25_MEAN          "air.derived_pm25_annual"
#define QS_DERIVED_AQI_DAYS           "air.derived_aqi_days"
#define QS_DERIVED_WATER_GOOD_RATIO   "water.derived_national_good_ratio"
#define QS_DERIVED_WATER_COMPOSITION  "water.derived_class_composition"

void qs_derive_indicators (QsDataset *dataset);

G_END_DECLS
