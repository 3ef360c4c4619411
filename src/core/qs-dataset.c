/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "qs-core-enums.h"
#include "qs-dataset.h"

struct _QsDataset
{
  GObject       parent_instance;

  char         *filename;
  QsText       *title;
  QsText       *description;
  QsText       *publisher;
  char         *region_code;
  QsProvenance  provenance;
  char         *created;

  GPtrArray    *sources;
  GPtrArray    *regions;
  GPtrArray    *indicators;
  GPtrArray    *air_daily;
  GPtrArray    *water_sections;
  GPtrArray    *water_samples;
  /* Lookups by id; the values are borrowed from the arrays. */
  GHashTable   *source_by_id;
  GHashTable   *region_by_code;
  GHashTable   *indicator_by_id;
  GHashTable   *section_by_id;
};

G_DEFINE_FINAL_TYPE (QsDataset, qs_dataset, G_TYPE_OBJECT)

/* g_set_str() is GLib 2.76; we build against 2.74. */
static gboolean
set_str (char       **ptr,
         const char  *value)
{
  if (g_strcmp0 (*ptr, value) == 0)
    return FALSE;
  g_free (*ptr);
  *ptr = g_strdup (value);
  return TRUE;
}

enum {
  PROP_0,
  PROP_FILENAME,
  PROP_PROVENANCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
qs_dataset_dispose (GObject *object)
{
  QsDataset *self = (QsDataset *) object;

  g_clear_pointer (&self->indicator_by_id, g_hash_table_unref);
  g_clear_pointer (&self->indicators, g_ptr_array_unref);

  G_OBJECT_CLASS (qs_dataset_parent_class)->dispose (object);
}

static void
qs_dataset_finalize (GObject *object)
{
  QsDataset *self = (QsDataset *) object;

  g_free (self->filename);
  g_clear_pointer (&self->title, qs_text_unref);
  g_clear_pointer (&self->description, qs_text_unref);
  g_clear_pointer (&self->publisher, qs_text_unref);
  g_free (self->region_code);
  g_free (self->created);
  g_hash_table_unref (self->source_by_id);
  g_hash_table_unref (self->region_by_code);
  g_hash_table_unref (self->section_by_id);
  g_ptr_array_unref (self->sources);
  g_ptr_array_unref (self->regions);
  g_ptr_array_unref (self->air_daily);
  g_ptr_array_unref (self->water_sections);
  g_ptr_array_unref (self->water_samples);

  G_OBJECT_CLASS (qs_dataset_parent_class)->finalize (object);
}

static void
qs_dataset_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  QsDataset *self = QS_DATASET (object);

  switch (prop_id)
    {
    case PROP_FILENAME:
      g_value_set_string (value, self->filename);
      break;
    case PROP_PROVENANCE:
      g_value_set_enum (value, self->provenance);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qs_dataset_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  QsDataset *self = QS_DATASET (object);

  switch (prop_id)
    {
    case PROP_FILENAME:
      qs_dataset_set_filename (self, g_value_get_string (value));
      break;
    case PROP_PROVENANCE:
      qs_dataset_set_provenance (self, g_value_get_enum (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qs_dataset_class_init (QsDatasetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = qs_dataset_dispose;
  object_class->finalize = qs_dataset_finalize;
  object_class->get_property = qs_dataset_get_property;
  object_class->set_property = qs_dataset_set_property;

  properties[PROP_FILENAME] =
    g_param_spec_string ("filename", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PROVENANCE] =
    g_param_spec_enum ("provenance", NULL, NULL,
                       QS_TYPE_PROVENANCE, QS_PROVENANCE_OTHER,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
qs_dataset_init (QsDataset *self)
{
  self->provenance = QS_PROVENANCE_OTHER;
  self->sources = g_ptr_array_new_with_free_func ((GDestroyNotify) qs_source_unref);
  self->regions = g_ptr_array_new_with_free_func ((GDestroyNotify) qs_region_unref);
  self->indicators = g_ptr_array_new_with_free_func (g_object_unref);
  self->air_daily = g_ptr_array_new_with_free_func ((GDestroyNotify) qs_air_daily_unref);
  self->water_sections = g_ptr_array_new_with_free_func ((GDestroyNotify) qs_water_section_unref);
  self->water_samples = g_ptr_array_new_with_free_func ((GDestroyNotify) qs_water_samples_unref);
  self->source_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->region_by_code = g_hash_table_new (g_str_hash, g_str_equal);
  self->indicator_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->section_by_id = g_hash_table_new (g_str_hash, g_str_equal);
}

/**
 * qs_dataset_new:
 *
 * Returns: (transfer full): an empty dataset
 */
QsDataset *
qs_dataset_new (void)
{
  return g_object_new (QS_TYPE_DATASET, NULL);
}

/** qs_dataset_get_filename: @self: a dataset. Returns: (nullable): the file it was loaded from */
const char *
qs_dataset_get_filename (QsDataset *self)
{
  g_return_val_if_fail (QS_IS_DATASET (self), NULL);
  return self->filename;
}

/** qs_dataset_set_filename: @self: a dataset. @filename: (nullable): the file it was loaded from */
void
qs_dataset_set_filename (QsDataset  *self,
                         const char *filename)
{
  g_return_if_fail (QS_IS_DATASET (self));
  if (set_str (&self->filename, filename))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILENAME]);
}

#define TEXT_ACCESSORS(field)                                                \
  QsText *                                                                   \
  qs_dataset_get_##field (QsDataset *self)                                   \
  {                                                                          \
    g_return_val_if_fail (QS_IS_DATASET (self), NULL);                       \
    return self->field;                                                      \
  }                                                                          \
  void                                                                       \
  qs_dataset_set_##field (QsDataset *self, QsText *value)                    \
  {                                                                          \
    g_return_if_fail (QS_IS_DATASET (self));                                 \
    g_clear_pointer (&self->field, qs_text_unref);                           \
    self->field = value ? qs_text_ref (value) : NULL;                        \
  }

/* qs_dataset_get_title / set_title: the dataset's localized title. */
TEXT_ACCESSORS (title)
/* qs_dataset_get_description / set_description: its localized description. */
TEXT_ACCESSORS (description)
/* qs_dataset_get_publisher / set_publisher: who published it. */
TEXT_ACCESSORS (publisher)

/** qs_dataset_get_region_code: @self: a dataset. Returns: (nullable): the region it is about */
const char *
qs_dataset_get_region_code (QsDataset *self)
{
  g_return_val_if_fail (QS_IS_DATASET (self), NULL);
  return self->region_code;
}

/** qs_dataset_set_region_code: @self: a dataset. @code: (nullable): the region it is about */
void
qs_dataset_set_region_code (QsDataset  *self,
                            const char *code)
{
  g_return_if_fail (QS_IS_DATASET (self));
  set_str (&self->region_code, code);
}

/** qs_dataset_get_provenance: @self: a dataset. Returns: where its figures come from */
QsProvenance
qs_dataset_get_provenance (QsDataset *self)
{
  g_return_val_if_fail (QS_IS_DATASET (self), QS_PROVENANCE_OTHER);
  return self->provenance;
}

/** qs_dataset_set_provenance: @self: a dataset. @provenance: where its figures come from */
void
qs_dataset_set_provenance (QsDataset    *self,
                           QsProvenance  provenance)
{
  g_return_if_fail (QS_IS_DATASET (self));
  if (self->provenance == provenance)
    return;
  self->provenance = provenance;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROVENANCE]);
}

/** qs_dataset_is_demo: @self: a dataset. Returns: whether it is demonstration data, to be marked as such wherever shown */
gboolean
qs_dataset_is_demo (QsDataset *self)
{
  g_return_val_if_fail (QS_IS_DATASET (self), FALSE);
  return self->provenance == QS_PROVENANCE_DEMO;
}

/** qs_dataset_get_created: @self: a dataset. Returns: (nullable): its creation date */
const char *
qs_dataset_get_created (QsDataset *self)
{
  g_return_val_if_fail (QS_IS_DATASET (self), NULL);
  return self->created;
}

/** qs_dataset_set_created: @self: a dataset. @created: (nullable): its creation date */
void
qs_dataset_set_created (QsDataset  *self,
                        const char *created)
{
  g_return_if_fail (QS_IS_DATASET (self));
  set_str (&self->created, created);
}

/** qs_dataset_get_sources: @self: a dataset. Returns: (transfer none) (element-type QsSource): its sources */
GPtrArray *
qs_dataset_get_sources (QsDataset *self)
{
  g_return_val_if_fail (QS_IS_DATASET (self), NULL);
  return self->sources;
}

/** qs_dataset_add_source: @self: a dataset. @source: (transfer none): a source with a unique id */
void
qs_dataset_add_source (QsDataset *self,
                       QsSource  *source)
{
  g_return_if_fail (QS_IS_DATASET (self));
  g_ptr_array_add (self->sources, qs_source_ref (source));
  g_hash_table_insert (self->source_by_id, source->id, source);
}

/** qs_dataset_lookup_source: @self: a dataset. @id: a source id. Returns: (transfer none) (nullable): the source */
QsSource *
qs_dataset_lookup_source (QsDataset  *self,
                          const char *id)
{
  g_return_val_if_fail (QS_IS_DATASET (self), NULL);
  return id ? g_hash_table_lookup (self->source_by_id, id) : NULL;
}

/** qs_dataset_get_regions: @self: a dataset. Returns: (transfer none) (element-type QsRegion): its regions */
GPtrArray *
qs_dataset_get_regions (QsDataset *self)
{
  g_return_val_if_fail (QS_IS_DATASET (self), NULL);
  return self->regions;
}

/** qs_dataset_add_region: @self: a dataset. @region: (transfer none): a region with a unique code */
void
qs_dataset_add_region (QsDataset *self,
                       QsRegion  *region)
{
  g_return_if_fail (QS_IS_DATASET (self));
  g_ptr_array_add (self->regions, qs_region_ref (region));
  g_hash_table_insert (self->region_by_code, region->code, region);
}

/** qs_dataset_lookup_region: @self: a dataset. @code: a region code. Returns: (transfer none) (nullable): the region */
QsRegion *
qs_dataset_lookup_region (QsDataset  *self,
                          const char *code)
{
  g_return_val_if_fail (QS_IS_DATASET (self), NULL);
  return code ? g_hash_table_lookup (self->region_by_code, code) : NULL;
}

/** qs_dataset_get_indicators: @self: a dataset. Returns: (transfer none) (element-type QsIndicator): its indicators */
GPtrArray *
qs_dataset_get_indicators (QsDataset *self)
{
  g_return_val_if_fail (QS_IS_DATASET (self), NULL);
  return self->indicators;
}

/** qs_dataset_add_indicator: @self: a dataset. @indicator: (transfer none): an indicator with a unique id */
void
qs_dataset_add_indicator (QsDataset   *self,
                          QsIndicator *indicator)
{
  g_return_if_fail (QS_IS_DATASET (self));
  g_ptr_array_add (self->indicators, g_object_ref (indicator));
  g_hash_table_insert (self->indicator_by_id,
                       (gpointer) qs_indicator_get_id (indicator), indicator);
}

/** qs_dataset_lookup_indicator: @self: a dataset. @id: an indicator id. Returns: (transfer none) (nullable): the indicator */
QsIndicator *
qs_dataset_lookup_indicator (QsDataset  *self,
                             const char *id)
{
  g_return_val_if_fail (QS_IS_DATASET (self), NULL);
  return id ? g_hash_table_lookup (self->indicator_by_id, id) : NULL;
}

/** qs_dataset_get_air_daily: @self: a dataset. Returns: (transfer none) (element-type QsAirDaily): daily air blocks */
GPtrArray *
qs_dataset_get_air_daily (QsDataset *self)
{
  g_return_val_if_fail (QS_IS_DATASET (self), NULL);
  return self->air_daily;
}

/** qs_dataset_add_air_daily: @self: a dataset. @block: (transfer none): a block of daily air data */
void
qs_dataset_add_air_daily (QsDataset  *self,
                          QsAirDaily *block)
{
  g_return_if_fail (QS_IS_DATASET (self));
  g_ptr_array_add (self->air_daily, qs_air_daily_ref (block));
}

/** qs_dataset_get_water_sections: @self: a dataset. Returns: (transfer none) (element-type QsWaterSection): the sections */
GPtrArray *
qs_dataset_get_water_sections (QsDataset *self)
{
  g_return_val_if_fail (QS_IS_DATASET (self), NULL);
  return self->water_sections;
}

/** qs_dataset_add_water_section: @self: a dataset. @section: (transfer none): a section with a unique id */
void
qs_dataset_add_water_section (QsDataset      *self,
                              QsWaterSection *section)
{
  g_return_if_fail (QS_IS_DATASET (self));
  g_ptr_array_add (self->water_sections, qs_water_section_ref (section));
  g_hash_table_insert (self->section_by_id, section->id, section);
}

/** qs_dataset_lookup_water_section: @self: a dataset. @id: a section id. Returns: (transfer none) (nullable): the section */
QsWaterSection *
qs_dataset_lookup_water_section (QsDataset  *self,
                                 const char *id)
{
  g_return_val_if_fail (QS_IS_DATASET (self), NULL);
  return id ? g_hash_table_lookup (self->section_by_id, id) : NULL;
}

/** qs_dataset_get_water_samples: @self: a dataset. Returns: (transfer none) (element-type QsWaterSamples): sample blocks */
GPtrArray *
qs_dataset_get_water_samples (QsDataset *self)
{
  g_return_val_if_fail (QS_IS_DATASET (self), NULL);
  return self->water_samples;
}

/** qs_dataset_add_water_samples: @self: a dataset. @samples: (transfer none): the samples of one section */
void
qs_dataset_add_water_samples (QsDataset      *self,
                              QsWaterSamples *samples)
{
  g_return_if_fail (QS_IS_DATASET (self));
  g_ptr_array_add (self->water_samples, qs_water_samples_ref (samples));
}

/**
 * qs_dataset_get_n_values:
 * @self: a dataset
 *
 * Returns: the number of indicator values it holds, missing ones included
 */
gsize
qs_dataset_get_n_values (QsDataset *self)
{
  gsize n = 0;

  g_return_val_if_fail (QS_IS_DATASET (self), 0);
  for (guint i = 0; i < self->indicators->len; i++)
    {
      GPtrArray *series = qs_indicator_get_series (self->indicators->pdata[i]);
      for (guint j = 0; j < series->len; j++)
        n += (gsize) qs_series_get_n_values (series->pdata[j]) *
             qs_series_get_n_categories (series->pdata[j]);
    }
  return n;
}

/**
 * qs_dataset_is_part_of_rate:
 * @self: a dataset
 * @indicator_id: an indicator id
 *
 * Returns: whether the indicator is the numerator or denominator of a rate
 *   of the dataset (see qs_indicator_get_counts())
 */
gboolean
qs_dataset_is_part_of_rate (QsDataset  *self,
                            const char *indicator_id)
{
  GPtrArray *indicators;

  g_return_val_if_fail (QS_IS_DATASET (self), FALSE);
  indicators = qs_dataset_get_indicators (self);
  for (guint i = 0; i < indicators->len; i++)
    {
      const char *numerator, *denominator;
      if (qs_indicator_get_counts (indicators->pdata[i], &numerator, &denominator) &&
          (g_strcmp0 (numerator, indicator_id) == 0 || g_strcmp0 (denominator, indicator_id) == 0))
        return TRUE;
    }
  return FALSE;
}
