/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>

#include "qs-core-enums.h"
#include "qs-indicator.h"

struct _QsIndicator
{
  GObject       parent_instance;

  char         *id;
  QsDomain      domain;
  QsKind        kind;
  QsUnit        unit;
  QsResolution  resolution;
  QsText       *name;
  QsText       *description;
  QsText       *unit_label;
  guint         decimals;
  QsDirection   direction;
  gboolean      derived;
  char         *counts_numerator;    /* count indicators a rate is made of */
  char         *counts_denominator;

  GPtrArray    *category_ids;
  GPtrArray    *category_names;
  GPtrArray    *category_colors;
  GPtrArray    *targets;
  GPtrArray    *series;
};

G_DEFINE_FINAL_TYPE (QsIndicator, qs_indicator, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_DOMAIN,
  PROP_KIND,
  PROP_UNIT,
  PROP_RESOLUTION,
  PROP_DECIMALS,
  PROP_DIRECTION,
  PROP_DERIVED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
qs_indicator_dispose (GObject *object)
{
  QsIndicator *self = (QsIndicator *) object;

  g_clear_pointer (&self->series, g_ptr_array_unref);

  G_OBJECT_CLASS (qs_indicator_parent_class)->dispose (object);
}

static void
qs_indicator_finalize (GObject *object)
{
  QsIndicator *self = (QsIndicator *) object;

  g_free (self->id);
  g_free (self->counts_numerator);
  g_free (self->counts_denominator);
  g_clear_pointer (&self->name, qs_text_unref);
  g_clear_pointer (&self->description, qs_text_unref);
  g_clear_pointer (&self->unit_label, qs_text_unref);
  g_ptr_array_unref (self->category_ids);
  g_ptr_array_unref (self->category_names);
  g_ptr_array_unref (self->category_colors);
  g_ptr_array_unref (self->targets);

  G_OBJECT_CLASS (qs_indicator_parent_class)->finalize (object);
}

static void
qs_indicator_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  QsIndicator *self = QS_INDICATOR (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_DOMAIN:
      g_value_set_enum (value, self->domain);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_UNIT:
      g_value_set_enum (value, self->unit);
      break;
    case PROP_RESOLUTION:
      g_value_set_enum (value, self->resolution);
      break;
    case PROP_DECIMALS:
      g_value_set_uint (value, self->decimals);
      break;
    case PROP_DIRECTION:
      g_value_set_enum (value, self->direction);
      break;
    case PROP_DERIVED:
      g_value_set_boolean (value, self->derived);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qs_indicator_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  QsIndicator *self = QS_INDICATOR (object);

  switch (prop_id)
    {
    case PROP_DECIMALS:
      qs_indicator_set_decimals (self, g_value_get_uint (value));
      break;
    case PROP_DIRECTION:
      qs_indicator_set_direction (self, g_value_get_enum (value));
      break;
    case PROP_DERIVED:
      qs_indicator_set_derived (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qs_indicator_class_init (QsIndicatorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = qs_indicator_dispose;
  object_class->finalize = qs_indicator_finalize;
  object_class->get_property = qs_indicator_get_property;
  object_class->set_property = qs_indicator_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DOMAIN] =
    g_param_spec_enum ("domain", NULL, NULL, QS_TYPE_DOMAIN, QS_DOMAIN_OTHER,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, QS_TYPE_KIND, QS_KIND_CONCENTRATION,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_UNIT] =
    g_param_spec_enum ("unit", NULL, NULL, QS_TYPE_UNIT, QS_UNIT_PERCENT,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_RESOLUTION] =
    g_param_spec_enum ("resolution", NULL, NULL, QS_TYPE_RESOLUTION, QS_RESOLUTION_YEAR,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DECIMALS] =
    g_param_spec_uint ("decimals", NULL, NULL, 0, 6, 1,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DIRECTION] =
    g_param_spec_enum ("direction", NULL, NULL, QS_TYPE_DIRECTION, QS_DIRECTION_NEUTRAL,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DERIVED] =
    g_param_spec_boolean ("derived", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
qs_indicator_init (QsIndicator *self)
{
  self->decimals = 1;
  self->direction = QS_DIRECTION_NEUTRAL;
  self->category_ids = g_ptr_array_new_with_free_func (g_free);
  self->category_names = g_ptr_array_new_with_free_func ((GDestroyNotify) qs_text_unref);
  self->category_colors = g_ptr_array_new_with_free_func (g_free);
  self->targets = g_ptr_array_new_with_free_func ((GDestroyNotify) qs_target_unref);
  self->series = g_ptr_array_new_with_free_func (g_object_unref);
}

/**
 * qs_indicator_new:
 * @id: the stable id, e.g. `air.pm25_annual`
 * @domain: its domain
 * @kind: what kind of quantity it is
 * @unit: its unit
 * @resolution: the resolution of its periods
 *
 * Returns: (transfer full): a new indicator without series
 */
QsIndicator *
qs_indicator_new (const char   *id,
                  QsDomain      domain,
                  QsKind        kind,
                  QsUnit        unit,
                  QsResolution  resolution)
{
  QsIndicator *self = g_object_new (QS_TYPE_INDICATOR, NULL);

  self->id = g_strdup (id);
  self->domain = domain;
  self->kind = kind;
  self->unit = unit;
  self->resolution = resolution;
  return self;
}

/** qs_indicator_get_id: @self: an indicator. Returns: its stable id */
const char *
qs_indicator_get_id (QsIndicator *self)
{
  g_return_val_if_fail (QS_IS_INDICATOR (self), NULL);
  return self->id;
}

/** qs_indicator_get_domain: @self: an indicator. Returns: its domain */
QsDomain
qs_indicator_get_domain (QsIndicator *self)
{
  g_return_val_if_fail (QS_IS_INDICATOR (self), QS_DOMAIN_OTHER);
  return self->domain;
}

/** qs_indicator_get_kind: @self: an indicator. Returns: its kind */
QsKind
qs_indicator_get_kind (QsIndicator *self)
{
  g_return_val_if_fail (QS_IS_INDICATOR (self), QS_KIND_CONCENTRATION);
  return self->kind;
}

/** qs_indicator_get_unit: @self: an indicator. Returns: its unit */
QsUnit
qs_indicator_get_unit (QsIndicator *self)
{
  g_return_val_if_fail (QS_IS_INDICATOR (self), QS_UNIT_DIMENSIONLESS);
  return self->unit;
}

/** qs_indicator_get_resolution: @self: an indicator. Returns: its resolution */
QsResolution
qs_indicator_get_resolution (QsIndicator *self)
{
  g_return_val_if_fail (QS_IS_INDICATOR (self), QS_RESOLUTION_YEAR);
  return self->resolution;
}

/** qs_indicator_get_name: @self: an indicator. Returns: (transfer none) (nullable): its name */
QsText *
qs_indicator_get_name (QsIndicator *self)
{
  g_return_val_if_fail (QS_IS_INDICATOR (self), NULL);
  return self->name;
}

/** qs_indicator_set_name: @self: an indicator. @name: (transfer none): its name */
void
qs_indicator_set_name (QsIndicator *self,
                       QsText      *name)
{
  g_return_if_fail (QS_IS_INDICATOR (self));
  g_clear_pointer (&self->name, qs_text_unref);
  self->name = name ? qs_text_ref (name) : NULL;
}

/** qs_indicator_get_description: @self: an indicator. Returns: (transfer none) (nullable): its description */
QsText *
qs_indicator_get_description (QsIndicator *self)
{
  g_return_val_if_fail (QS_IS_INDICATOR (self), NULL);
  return self->description;
}

/** qs_indicator_set_description: @self: an indicator. @description: (nullable): its description */
void
qs_indicator_set_description (QsIndicator *self,
                              QsText      *description)
{
  g_return_if_fail (QS_IS_INDICATOR (self));
  g_clear_pointer (&self->description, qs_text_unref);
  self->description = description ? qs_text_ref (description) : NULL;
}

/** qs_indicator_get_unit_label: @self: an indicator. Returns: (transfer none) (nullable): the unit word shown instead of the unit */
QsText *
qs_indicator_get_unit_label (QsIndicator *self)
{
  g_return_val_if_fail (QS_IS_INDICATOR (self), NULL);
  return self->unit_label;
}

/** qs_indicator_set_unit_label: @self: an indicator. @unit_label: (nullable): the unit word */
void
qs_indicator_set_unit_label (QsIndicator *self,
                             QsText      *unit_label)
{
  g_return_if_fail (QS_IS_INDICATOR (self));
  g_clear_pointer (&self->unit_label, qs_text_unref);
  self->unit_label = unit_label ? qs_text_ref (unit_label) : NULL;
}

/** qs_indicator_get_decimals: @self: an indicator. Returns: decimals to show */
guint
qs_indicator_get_decimals (QsIndicator *self)
{
  g_return_val_if_fail (QS_IS_INDICATOR (self), 1);
  return self->decimals;
}

/** qs_indicator_set_decimals: @self: an indicator. @decimals: decimals to show, 0–6 */
void
qs_indicator_set_decimals (QsIndicator *self,
                           guint        decimals)
{
  g_return_if_fail (QS_IS_INDICATOR (self));
  decimals = MIN (decimals, 6);
  if (self->decimals == decimals)
    return;
  self->decimals = decimals;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DECIMALS]);
}

/** qs_indicator_get_direction: @self: an indicator. Returns: whether higher or lower is better */
QsDirection
qs_indicator_get_direction (QsIndicator *self)
{
  g_return_val_if_fail (QS_IS_INDICATOR (self), QS_DIRECTION_NEUTRAL);
  return self->direction;
}

/** qs_indicator_set_direction: @self: an indicator. @direction: whether higher or lower is better */
void
qs_indicator_set_direction (QsIndicator *self,
                            QsDirection  direction)
{
  g_return_if_fail (QS_IS_INDICATOR (self));
  if (self->direction == direction)
    return;
  self->direction = direction;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRECTION]);
}

/**
 * qs_indicator_set_counts:
 * @self: a ratio indicator
 * @numerator: (nullable): id of the count indicator of what is treated
 * @denominator: (nullable): id of the count indicator of the total
 *
 * Says that the rate is made of two counts (villages treated of all
 * villages, say), so that regions can be aggregated by summing the counts.
 */
void
qs_indicator_set_counts (QsIndicator *self,
                         const char  *numerator,
                         const char  *denominator)
{
  g_return_if_fail (QS_IS_INDICATOR (self));
  g_free (self->counts_numerator);
  g_free (self->counts_denominator);
  self->counts_numerator = g_strdup (numerator);
  self->counts_denominator = g_strdup (denominator);
}

/**
 * qs_indicator_get_counts:
 * @self: an indicator
 * @numerator: (out) (optional): id of the numerator's count indicator
 * @denominator: (out) (optional): id of the denominator's count indicator
 *
 * Returns: whether the indicator is a rate made of two counts
 */
gboolean
qs_indicator_get_counts (QsIndicator  *self,
                         const char  **numerator,
                         const char  **denominator)
{
  g_return_val_if_fail (QS_IS_INDICATOR (self), FALSE);
  if (numerator)
    *numerator = self->counts_numerator;
  if (denominator)
    *denominator = self->counts_denominator;
  return self->counts_numerator != NULL && self->counts_denominator != NULL;
}

/** qs_indicator_get_derived: @self: an indicator. Returns: whether Qingshan computed it from raw data */
gboolean
qs_indicator_get_derived (QsIndicator *self)
{
  g_return_val_if_fail (QS_IS_INDICATOR (self), FALSE);
  return self->derived;
}

/** qs_indicator_set_derived: @self: an indicator. @derived: whether it was computed from raw data */
void
qs_indicator_set_derived (QsIndicator *self,
                          gboolean     derived)
{
  g_return_if_fail (QS_IS_INDICATOR (self));
  derived = !!derived;
  if (self->derived == derived)
    return;
  self->derived = derived;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DERIVED]);
}

/** qs_indicator_get_n_categories: @self: an indicator. Returns: the number of composition categories */
guint
qs_indicator_get_n_categories (QsIndicator *self)
{
  g_return_val_if_fail (QS_IS_INDICATOR (self), 0);
  return self->category_ids->len;
}

/**
 * qs_indicator_add_category:
 * @self: a composition indicator
 * @id: the category's id (e.g. `IV`)
 * @name: (nullable): its name
 * @color: (nullable): its colour as `#RRGGBB`
 */
void
qs_indicator_add_category (QsIndicator *self,
                           const char  *id,
                           QsText      *name,
                           const char  *color)
{
  g_return_if_fail (QS_IS_INDICATOR (self));
  g_ptr_array_add (self->category_ids, g_strdup (id));
  g_ptr_array_add (self->category_names, name ? qs_text_ref (name) : qs_text_new_plain (id));
  g_ptr_array_add (self->category_colors, g_strdup (color));
}

/** qs_indicator_get_category_id: @self: an indicator. @index: a category. Returns: its id */
const char *
qs_indicator_get_category_id (QsIndicator *self,
                              guint        index)
{
  g_return_val_if_fail (QS_IS_INDICATOR (self), NULL);
  g_return_val_if_fail (index < self->category_ids->len, NULL);
  return self->category_ids->pdata[index];
}

/** qs_indicator_get_category_name: @self: an indicator. @index: a category. Returns: (transfer none): its name */
QsText *
qs_indicator_get_category_name (QsIndicator *self,
                                guint        index)
{
  g_return_val_if_fail (QS_IS_INDICATOR (self), NULL);
  g_return_val_if_fail (index < self->category_names->len, NULL);
  return self->category_names->pdata[index];
}

/** qs_indicator_get_category_color: @self: an indicator. @index: a category. Returns: (nullable): its colour */
const char *
qs_indicator_get_category_color (QsIndicator *self,
                                 guint        index)
{
  g_return_val_if_fail (QS_IS_INDICATOR (self), NULL);
  g_return_val_if_fail (index < self->category_colors->len, NULL);
  return self->category_colors->pdata[index];
}

/**
 * qs_indicator_find_category:
 * @self: an indicator
 * @id: a category id
 * @index: (out): its index
 *
 * Returns: whether the category exists
 */
gboolean
qs_indicator_find_category (QsIndicator *self,
                            const char  *id,
                            guint       *index)
{
  g_return_val_if_fail (QS_IS_INDICATOR (self), FALSE);
  for (guint i = 0; i < self->category_ids->len; i++)
    if (g_strcmp0 (self->category_ids->pdata[i], id) == 0)
      {
        *index = i;
        return TRUE;
      }
  return FALSE;
}

/** qs_indicator_get_targets: @self: an indicator. Returns: (transfer none) (element-type QsTarget): its targets and limits */
GPtrArray *
qs_indicator_get_targets (QsIndicator *self)
{
  g_return_val_if_fail (QS_IS_INDICATOR (self), NULL);
  return self->targets;
}

/** qs_indicator_add_target: @self: an indicator. @target: (transfer none): a target or limit */
void
qs_indicator_add_target (QsIndicator *self,
                         QsTarget    *target)
{
  g_return_if_fail (QS_IS_INDICATOR (self));
  g_ptr_array_add (self->targets, qs_target_ref (target));
}

/** qs_indicator_get_series: @self: an indicator. Returns: (transfer none) (element-type QsSeries): its series */
GPtrArray *
qs_indicator_get_series (QsIndicator *self)
{
  g_return_val_if_fail (QS_IS_INDICATOR (self), NULL);
  return self->series;
}

/** qs_indicator_add_series: @self: an indicator. @series: (transfer none): a series */
void
qs_indicator_add_series (QsIndicator *self,
                         QsSeries    *series)
{
  g_return_if_fail (QS_IS_INDICATOR (self));
  g_return_if_fail (QS_IS_SERIES (series));
  g_ptr_array_add (self->series, g_object_ref (series));
}

/**
 * qs_indicator_lookup_series:
 * @self: an indicator
 * @region: a region code
 *
 * Returns: (transfer none) (nullable): the series of @region
 */
QsSeries *
qs_indicator_lookup_series (QsIndicator *self,
                            const char  *region)
{
  g_return_val_if_fail (QS_IS_INDICATOR (self), NULL);
  for (guint i = 0; i < self->series->len; i++)
    if (g_strcmp0 (qs_series_get_region (self->series->pdata[i]), region) == 0)
      return self->series->pdata[i];
  return NULL;
}

/**
 * qs_indicator_is_better:
 * @self: an indicator
 * @a: a value
 * @b: another value
 *
 * Returns: whether @a is strictly better than @b by the indicator's direction
 */
gboolean
qs_indicator_is_better (QsIndicator *self,
                        double       a,
                        double       b)
{
  switch (self->direction)
    {
    case QS_DIRECTION_HIGHER_IS_BETTER:
      return a > b;
    case QS_DIRECTION_LOWER_IS_BETTER:
      return a < b;
    case QS_DIRECTION_NEUTRAL:
    default:
      return FALSE;
    }
}

/**
 * qs_indicator_meets:
 * @self: an indicator
 * @value: a value
 * @limit: a target or limit
 *
 * A value exactly at the limit meets it.
 *
 * Returns: whether @value meets @limit by the indicator's direction
 */
gboolean
qs_indicator_meets (QsIndicator *self,
                    double       value,
                    double       limit)
{
  switch (self->direction)
    {
    case QS_DIRECTION_HIGHER_IS_BETTER:
      return value >= limit;
    case QS_DIRECTION_LOWER_IS_BETTER:
      return value <= limit;
    case QS_DIRECTION_NEUTRAL:
    default:
      return TRUE;
    }
}
