/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>

#include "qs-types.h"

static const char *const domain_names[] = { "air", "water", "rural_sewage", "other", NULL };
static const char *const direction_names[] = { "higher-is-better", "lower-is-better", "neutral", NULL };
static const char *const kind_names[] = { "concentration", "ratio", "count", "amount", "index", "composition", NULL };
static const char *const status_names[] = { "final", "provisional", "estimate", "illustrative", NULL };
static const char *const provenance_names[] = { "official", "provisional", "demo", "other", NULL };
static const char *const target_kind_names[] = { "target", "standard", "reference", NULL };
static const char *const resolution_names[] = { "year", "quarter", "month", "day", "hour", NULL };
static const char *const pollutant_names[] = { "pm25", "pm10", "so2", "no2", "co", "o3_8h", "o3_1h", NULL };
static const char *const water_parameter_names[] = { "ph", "do", "codmn", "cod", "bod5", "nh3n", "tp", "tn", "cu", "zn", "f", "se", "as", "hg", "cd", "cr6", "pb", "cn", "phenol", "oil", "las", "sulfide", "fecal_coliform", NULL };
static const char *const unit_names[] = { "%", "ug/m3", "mg/m3", "mg/L", "t", "yuan", "day", "count", "1", NULL };
/* Units as printed; Chinese unit words come from the UI's translations. */
static const char *const unit_symbols[] = { "%", "µg/m³", "mg/m³", "mg/L", "t", "yuan", "d", "", "", NULL };

static const char *
name_of (const char *const *names,
         int               value)
{
  if (value < 0 || value >= (int) g_strv_length ((char **) names))
    return NULL;
  return names[value];
}

static gboolean
value_of (const char *const *names,
          const char        *str,
          int               *out)
{
  if (str == NULL)
    return FALSE;
  for (int i = 0; names[i] != NULL; i++)
    if (strcmp (names[i], str) == 0)
      {
        *out = i;
        return TRUE;
      }
  return FALSE;
}

static const char *
keywords_of (const char *const *names,
             char             **cache)
{
  if (g_once_init_enter (cache))
    {
      GString *s = g_string_new (NULL);
      for (int i = 0; names[i] != NULL; i++)
        g_string_append_printf (s, "%s%s", i ? ", " : "", names[i]);
      g_once_init_leave (cache, g_string_free (s, FALSE));
    }
  return *cache;
}

#define DEFINE_ENUM_STRINGS(Type, type, names)                               \
  const char *                                                             \
  qs_##type##_to_string (Type value)                                       \
  {                                                                        \
    return name_of (names, (int) value);                                   \
  }                                                                        \
  gboolean                                                                 \
  qs_##type##_from_string (const char *str, Type *out)                     \
  {                                                                        \
    int v;                                                                 \
    if (!value_of (names, str, &v))                                        \
      return FALSE;                                                        \
    *out = (Type) v;                                                       \
    return TRUE;                                                           \
  }                                                                        \
  const char *                                                             \
  qs_##type##_keywords (void)                                              \
  {                                                                        \
    static char *cache;                                                    \
    return keywords_of (names, &cache);                                    \
  }

DEFINE_ENUM_STRINGS (QsDomain, domain, domain_names)
DEFINE_ENUM_STRINGS (QsDirection, direction, direction_names)
DEFINE_ENUM_STRINGS (QsKind, kind, kind_names)
DEFINE_ENUM_STRINGS (QsStatus, status, status_names)
DEFINE_ENUM_STRINGS (QsProvenance, provenance, provenance_names)
DEFINE_ENUM_STRINGS (QsTargetKind, target_kind, target_kind_names)
DEFINE_ENUM_STRINGS (QsUnit, unit, unit_names)
DEFINE_ENUM_STRINGS (QsResolution, resolution, resolution_names)
DEFINE_ENUM_STRINGS (QsPollutant, pollutant, pollutant_names)
DEFINE_ENUM_STRINGS (QsWaterParameter, water_parameter, water_parameter_names)

/**
 * qs_unit_get_symbol:
 * @unit: a unit
 *
 * Returns: the unit as printed after a number (may be empty)
 */
const char *
qs_unit_get_symbol (QsUnit unit)
{
  return name_of (unit_symbols, (int) unit);
}
