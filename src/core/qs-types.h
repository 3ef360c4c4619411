/* SPDX-License-Identifier: GPL-3.0-or-later */
/* qs-types.h: enumerations shared by the data model */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum {
  QS_DOMAIN_AIR,
  QS_DOMAIN_WATER,
  QS_DOMAIN_RURAL_SEWAGE,
  QS_DOMAIN_OTHER,
} QsDomain;

typedef enum {
  QS_DIRECTION_HIGHER_IS_BETTER,
  QS_DIRECTION_LOWER_IS_BETTER,
  QS_DIRECTION_NEUTRAL,
} QsDirection;

typedef enum {
  QS_KIND_CONCENTRATION,
  QS_KIND_RATIO,
  QS_KIND_COUNT,
  QS_KIND_AMOUNT,
  QS_KIND_INDEX,
  QS_KIND_COMPOSITION,
} QsKind;

typedef enum {
  QS_STATUS_FINAL,
  QS_STATUS_PROVISIONAL,
  QS_STATUS_ESTIMATE,
  QS_STATUS_ILLUSTRATIVE,
} QsStatus;

typedef enum {
  QS_PROVENANCE_OFFICIAL,
  QS_PROVENANCE_PROVISIONAL,
  QS_PROVENANCE_DEMO,
  QS_PROVENANCE_OTHER,
} QsProvenance;

typedef enum {
  QS_TARGET_KIND_TARGET,
  QS_TARGET_KIND_STANDARD,
  QS_TARGET_KIND_REFERENCE,
} QsTargetKind;

typedef enum {
  QS_RESOLUTION_YEAR,
  QS_RESOLUTION_QUARTER,
  QS_RESOLUTION_MONTH,
  QS_RESOLUTION_DAY,
  QS_RESOLUTION_HOUR,
} QsResolution;

typedef enum {
  QS_UNIT_PERCENT,
  QS_UNIT_UG_M3,
  QS_UNIT_MG_M3,
  QS_UNIT_MG_L,
  QS_UNIT_TONNE,
  QS_UNIT_YUAN,
  QS_UNIT_DAY,
  QS_UNIT_COUNT,
  QS_UNIT_DIMENSIONLESS,
} QsUnit;

/* Columns of the daily air table, in the order primary pollutants are listed. */
typedef enum {
  QS_POLLUTANT_PM25,
  QS_POLLUTANT_PM10,
  QS_POLLUTANT_SO2,
  QS_POLLUTANT_NO2,
  QS_POLLUTANT_CO,
  QS_POLLUTANT_O3_8H,
  QS_POLLUTANT_O3_1H,
  QS_N_POLLUTANTS,
} QsPollutant;

/* GB 3838-2002 basic items carried by water samples. */
typedef enum {
  QS_WATER_PH,
  QS_WATER_DO,
  QS_WATER_CODMN,
  QS_WATER_COD,
  QS_WATER_BOD5,
  QS_WATER_NH3N,
  QS_WATER_TP,
  QS_WATER_TN,
  QS_WATER_CU,
  QS_WATER_ZN,
  QS_WATER_F,
  QS_WATER_SE,
  QS_WATER_AS,
  QS_WATER_HG,
  QS_WATER_CD,
  QS_WATER_CR6,
  QS_WATER_PB,
  QS_WATER_CN,
  QS_WATER_PHENOL,
  QS_WATER_OIL,
  QS_WATER_LAS,
  QS_WATER_SULFIDE,
  QS_WATER_FECAL_COLIFORM,
  QS_N_WATER_PARAMETERS,
} QsWaterParameter;

/* The keyword used for each value in dataset files; NULL when out of range. */
const char *qs_domain_to_string      (QsDomain      value);
const char *qs_direction_to_string   (QsDirection   value);
const char *qs_kind_to_string        (QsKind        value);
const char *qs_status_to_string      (QsStatus      value);
const char *qs_provenance_to_string  (QsProvenance  value);
const char *qs_target_kind_to_string (QsTargetKind  value);
const char *qs_unit_to_string        (QsUnit        value);
const char *qs_resolution_to_string  (QsResolution  value);
const char *qs_pollutant_to_string   (QsPollutant   value);
const char *qs_water_parameter_to_string (QsWaterParameter value);

/* Parse a dataset keyword; FALSE when it is not one of the known values. */
gboolean qs_domain_from_string      (const char *str, QsDomain      *out);
gboolean qs_direction_from_string   (const char *str, QsDirection   *out);
gboolean qs_kind_from_string        (const char *str, QsKind        *out);
gboolean qs_status_from_string      (const char *str, QsStatus      *out);
gboolean qs_provenance_from_string  (const char *str, QsProvenance  *out);
gboolean qs_target_kind_from_string (const char *str, QsTargetKind  *out);
gboolean qs_unit_from_string        (const char *str, QsUnit        *out);
gboolean qs_resolution_from_string  (const char *str, QsResolution  *out);
gboolean qs_pollutant_from_string   (const char *str, QsPollutant   *out);
gboolean qs_water_parameter_from_string (const char *str, QsWaterParameter *out);

/* A comma-separated list of the accepted keywords, for error messages. */
const char *qs_domain_keywords      (void);
const char *qs_direction_keywords   (void);
const char *qs_kind_keywords        (void);
const char *qs_status_keywords      (void);
const char *qs_provenance_keywords  (void);
const char *qs_target_kind_keywords (void);
const char *qs_unit_keywords        (void);
const char *qs_resolution_keywords  (void);
const char *qs_pollutant_keywords   (void);
const char *qs_water_parameter_keywords (void);

const char *qs_unit_get_symbol (QsUnit unit);

G_END_DECLS
