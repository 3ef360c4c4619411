/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <math.h>
#include <string.h>

#include "qs-core-enums.h"

#include "qs-series.h"

struct _QsSeries
{
  GObject       parent_instance;

  char         *region;
  QsResolution  resolution;
  guint         n_values;
  guint         n_categories;
  /* Regular series keep only their first period; others one per value. */
  gint32        start;
  gint32       *periods;
  /* n_categories blocks of n_values; NaN is a missing value. */
  double       *data;
  /* Uniform status and source unless a value differs; the arrays are made
   * only then, so that large series stay small. */
  QsStatus      status;
  guint8       *statuses;
  const char   *source;
  const char  **sources;
};

G_DEFINE_FINAL_TYPE (QsSeries, qs_series, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_REGION,
  PROP_RESOLUTION,
  PROP_N_VALUES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
qs_series_finalize (GObject *object)
{
  QsSeries *self = (QsSeries *) object;

  g_free (self->region);
  g_free (self->periods);
  g_free (self->data);
  g_free (self->statuses);
  g_free (self->sources);

  G_OBJECT_CLASS (qs_series_parent_class)->finalize (object);
}

static void
qs_series_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  QsSeries *self = QS_SERIES (object);

  switch (prop_id)
    {
    case PROP_REGION:
      g_value_set_string (value, self->region);
      break;
    case PROP_RESOLUTION:
      g_value_set_enum (value, self->resolution);
      break;
    case PROP_N_VALUES:
      g_value_set_uint (value, self->n_values);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qs_series_class_init (QsSeriesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = qs_series_finalize;
  object_class->get_property = qs_series_get_property;

  properties[PROP_REGION] =
    g_param_spec_string ("region", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_RESOLUTION] =
    g_param_spec_enum ("resolution", NULL, NULL,
                       QS_TYPE_RESOLUTION, QS_RESOLUTION_YEAR,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_VALUES] =
    g_param_spec_uint ("n-values", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
qs_series_init (QsSeries *self)
{
  self->status = QS_STATUS_FINAL;
}

/* @data: (transfer full) (nullable): the values, or %NULL for all missing */
static QsSeries *
series_new (const char   *region,
            QsResolution  resolution,
            guint         n_values,
            guint         n_categories,
            double       *data)
{
  QsSeries *self = g_object_new (QS_TYPE_SERIES, NULL);
  gsize n;

  self->region = g_strdup (region);
  self->resolution = resolution;
  self->n_values = n_values;
  self->n_categories = MAX (n_categories, 1);
  n = (gsize) self->n_values * self->n_categories;
  if (data != NULL)
    {
      self->data = data;
      return self;
    }
  self->data = g_new (double, n);
  for (gsize i = 0; i < n; i++)
    self->data[i] = NAN;
  return self;
}

/**
 * qs_series_new_regular:
 * @region: the region's code
 * @resolution: the period resolution
 * @start: the first period
 * @n_values: how many consecutive periods
 * @n_categories: categories for a composition, else 0 or 1
 *
 * Returns: (transfer full): a series of missing values to fill with
 *   qs_series_get_data()
 */
QsSeries *
qs_series_new_regular (const char   *region,
                       QsResolution  resolution,
                       gint32        start,
                       guint         n_values,
                       guint         n_categories)
{
  QsSeries *self = series_new (region, resolution, n_values, n_categories, NULL);

  self->start = start;
  return self;
}

/**
 * qs_series_new_irregular:
 * @region: the region's code
 * @resolution: the period resolution
 * @periods: (transfer full) (array length=n_values): increasing periods
 * @n_values: how many periods
 * @n_categories: categories for a composition, else 0 or 1
 *
 * Returns: (transfer full): a series of missing values to fill with
 *   qs_series_get_data()
 */
QsSeries *
qs_series_new_irregular (const char   *region,
                         QsResolution  resolution,
                         gint32       *periods,
                         guint         n_values,
                         guint         n_categories)
{
  QsSeries *self = series_new (region, resolution, n_values, n_categories, NULL);

  self->periods = periods;
  self->start = n_values > 0 ? periods[0] : 0;
  return self;
}

/**
 * qs_series_new_take:
 * @region: the region's code
 * @resolution: the period resolution
 * @start: the first period, when @periods is %NULL
 * @periods: (transfer full) (nullable) (array length=n_values): increasing
 *   periods, or %NULL for @n_values consecutive periods from @start
 * @values: (transfer full) (array length=n_values): the values, NaN where
 *   missing; allocated with g_malloc()
 * @n_values: how many values
 *
 * Makes a plain series that owns arrays a loader has already filled, so
 * that a large series is neither copied nor first filled with NaN.
 *
 * Returns: (transfer full): the series
 */
QsSeries *
qs_series_new_take (const char   *region,
                    QsResolution  resolution,
                    gint32        start,
                    gint32       *periods,
                    double       *values,
                    guint         n_values)
{
  QsSeries *self;

  g_return_val_if_fail (values != NULL || n_values == 0, NULL);

  if (n_values == 0)
    {
      /* Nothing to own: the same empty series the other constructors make. */
      g_free (values);
      g_free (periods);
      return qs_series_new_regular (region, resolution, start, 0, 1);
    }
  self = series_new (region, resolution, n_values, 1, values);
  self->periods = periods;
  self->start = periods ? periods[0] : start;
  return self;
}

/**
 * qs_series_get_data:
 * @self: a series
 * @category: the category (0 for a plain series)
 *
 * For the code that builds a series: the writable values of @category.
 *
 * Returns: (array): the values
 */
double *
qs_series_get_data (QsSeries *self,
                    guint     category)
{
  g_return_val_if_fail (QS_IS_SERIES (self), NULL);
  g_return_val_if_fail (category < self->n_categories, NULL);
  /* A series of no values has no storage: no offset from NULL. */
  if (self->data == NULL)
    return NULL;
  return self->data + (gsize) category * self->n_values;
}

/**
 * qs_series_get_values:
 * @self: a series
 * @category: the category (0 for a plain series)
 *
 * Returns: (array): the values of @category, NaN where missing
 */
const double *
qs_series_get_values (QsSeries *self,
                      guint     category)
{
  return qs_series_get_data (self, category);
}

/**
 * qs_series_set_status_all:
 * @self: a series
 * @status: the status of every value
 */
void
qs_series_set_status_all (QsSeries *self,
                          QsStatus  status)
{
  g_return_if_fail (QS_IS_SERIES (self));
  g_clear_pointer (&self->statuses, g_free);
  self->status = status;
}

/**
 * qs_series_set_status:
 * @self: a series
 * @index: a value's index
 * @status: its status
 */
void
qs_series_set_status (QsSeries *self,
                      guint     index,
                      QsStatus  status)
{
  g_return_if_fail (QS_IS_SERIES (self));
  g_return_if_fail (index < self->n_values);

  if (self->statuses == NULL)
    {
      if (status == self->status)
        return;
      self->statuses = g_malloc (self->n_values);
      memset (self->statuses, self->status, self->n_values);
    }
  self->statuses[index] = status;
}

/**
 * qs_series_set_source_all:
 * @self: a series
 * @source_id: (nullable): the source id of every value
 */
void
qs_series_set_source_all (QsSeries   *self,
                          const char *source_id)
{
  g_return_if_fail (QS_IS_SERIES (self));
  g_clear_pointer (&self->sources, g_free);
  self->source = g_intern_string (source_id);
}

/**
 * qs_series_set_source:
 * @self: a series
 * @index: a value's index
 * @source_id: (nullable): its source id
 */
void
qs_series_set_source (QsSeries   *self,
                      guint       index,
                      const char *source_id)
{
  const char *interned = g_intern_string (source_id);

  g_return_if_fail (QS_IS_SERIES (self));
  g_return_if_fail (index < self->n_values);

  if (self->sources == NULL)
    {
      if (interned == self->source)
        return;
      self->sources = g_new (const char *, self->n_values);
      for (guint i = 0; i < self->n_values; i++)
        self->sources[i] = self->source;
    }
  self->sources[index] = interned;
}

/**
 * qs_series_get_region:
 * @self: a series
 *
 * Returns: the region's code
 */
const char *
qs_series_get_region (QsSeries *self)
{
  g_return_val_if_fail (QS_IS_SERIES (self), NULL);
  return self->region;
}

/**
 * qs_series_get_resolution:
 * @self: a series
 *
 * Returns: the resolution of its periods
 */
QsResolution
qs_series_get_resolution (QsSeries *self)
{
  g_return_val_if_fail (QS_IS_SERIES (self), QS_RESOLUTION_YEAR);
  return self->resolution;
}

/**
 * qs_series_get_n_values:
 * @self: a series
 *
 * Returns: the number of periods (missing values included)
 */
guint
qs_series_get_n_values (QsSeries *self)
{
  g_return_val_if_fail (QS_IS_SERIES (self), 0);
  return self->n_values;
}

/**
 * qs_series_get_n_categories:
 * @self: a series
 *
 * Returns: the number of categories (1 for a plain series)
 */
guint
qs_series_get_n_categories (QsSeries *self)
{
  g_return_val_if_fail (QS_IS_SERIES (self), 0);
  return self->n_categories;
}

/**
 * qs_series_is_regular:
 * @self: a series
 *
 * Returns: whether its periods are consecutive
 */
gboolean
qs_series_is_regular (QsSeries *self)
{
  g_return_val_if_fail (QS_IS_SERIES (self), FALSE);
  return self->periods == NULL;
}

/**
 * qs_series_get_period:
 * @self: a series
 * @index: a value's index
 *
 * Returns: the period ordinal of value @index (see qs-period.h)
 */
gint32
qs_series_get_period (QsSeries *self,
                      guint     index)
{
  g_return_val_if_fail (QS_IS_SERIES (self), 0);
  g_return_val_if_fail (index < self->n_values, 0);
  return self->periods ? self->periods[index] : self->start + (gint32) index;
}

/**
 * qs_series_get_value:
 * @self: a series
 * @index: a value's index
 *
 * Returns: the value (of the first category), NaN when missing
 */
double
qs_series_get_value (QsSeries *self,
                     guint     index)
{
  g_return_val_if_fail (QS_IS_SERIES (self), NAN);
  g_return_val_if_fail (index < self->n_values, NAN);
  return self->data[index];
}

/**
 * qs_series_get_status:
 * @self: a series
 * @index: a value's index
 *
 * Returns: the status of value @index
 */
QsStatus
qs_series_get_status (QsSeries *self,
                      guint     index)
{
  g_return_val_if_fail (QS_IS_SERIES (self), QS_STATUS_FINAL);
  g_return_val_if_fail (index < self->n_values, QS_STATUS_FINAL);
  return self->statuses ? (QsStatus) self->statuses[index] : self->status;
}

/**
 * qs_series_get_source:
 * @self: a series
 * @index: a value's index
 *
 * Returns: (nullable): the source id of value @index
 */
const char *
qs_series_get_source (QsSeries *self,
                      guint     index)
{
  g_return_val_if_fail (QS_IS_SERIES (self), NULL);
  g_return_val_if_fail (index < self->n_values, NULL);
  return self->sources ? self->sources[index] : self->source;
}

/**
 * qs_series_has_status_other_than:
 * @self: a series
 * @status: a status
 *
 * Returns: whether any value has another status than @status; answered
 *   without a scan when the series has one status for all
 */
gboolean
qs_series_has_status_other_than (QsSeries *self,
                                 QsStatus  status)
{
  g_return_val_if_fail (QS_IS_SERIES (self), FALSE);
  if (self->statuses == NULL)
    return self->n_values > 0 && self->status != status;
  for (guint i = 0; i < self->n_values; i++)
    if (self->statuses[i] != status)
      return TRUE;
  return FALSE;
}

/**
 * qs_series_find_period:
 * @self: a series
 * @period: a period ordinal
 * @index: (out): the index of the value for @period
 *
 * Returns: whether the series has a value slot for @period
 */
gboolean
qs_series_find_period (QsSeries *self,
                       gint32    period,
                       guint    *index)
{
  guint lo = 0, hi;

  g_return_val_if_fail (QS_IS_SERIES (self), FALSE);

  if (self->periods == NULL)
    {
      if (period < self->start || period - self->start >= (gint64) self->n_values)
        return FALSE;
      *index = (guint) (period - self->start);
      return TRUE;
    }

  hi = self->n_values;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      if (self->periods[mid] < period)
        lo = mid + 1;
      else
        hi = mid;
    }
  if (lo < self->n_values && self->periods[lo] == period)
    {
      *index = lo;
      return TRUE;
    }
  return FALSE;
}

/**
 * qs_series_get_latest:
 * @self: a series
 * @index: (out): the index of the last value that is not missing
 *
 * Returns: %FALSE when every value is missing
 */
gboolean
qs_series_get_latest (QsSeries *self,
                      guint    *index)
{
  g_return_val_if_fail (QS_IS_SERIES (self), FALSE);

  for (guint i = self->n_values; i > 0; i--)
    if (!isnan (self->data[i - 1]))
      {
        *index = i - 1;
        return TRUE;
      }
  return FALSE;
}

/**
 * qs_series_get_previous:
 * @self: a series
 * @index: a value's index
 * @previous: (out): the index of the value for the period just before
 *
 * Returns: %FALSE when the period just before @index has no value
 */
gboolean
qs_series_get_previous (QsSeries *self,
                        guint     index,
                        guint    *previous)
{
  guint i;

  g_return_val_if_fail (QS_IS_SERIES (self), FALSE);
  g_return_val_if_fail (index < self->n_values, FALSE);

  if (!qs_series_find_period (self, qs_series_get_period (self, index) - 1, &i) ||
      isnan (self->data[i]))
    return FALSE;
  *previous = i;
  return TRUE;
}
