/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "qs-section-row.h"
#include "qs-water-quality.h"

/* The texts are made once, when the table is filled: sorting and scrolling
 * only read them. */
struct _QsSectionRow
{
  GObject parent_instance;

  char   *name;
  char   *water_body;
  char   *region;
  char   *kind;
  char   *national;
  int     year;
  int     water_class;
  char   *class_name;
  char   *limiting;
};

G_DEFINE_FINAL_TYPE (QsSectionRow, qs_section_row, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_WATER_BODY,
  PROP_REGION,
  PROP_KIND,
  PROP_NATIONAL,
  PROP_YEAR,
  PROP_WATER_CLASS,
  PROP_CLASS_NAME,
  PROP_LIMITING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
qs_section_row_finalize (GObject *object)
{
  QsSectionRow *self = QS_SECTION_ROW (object);

  g_free (self->name);
  g_free (self->water_body);
  g_free (self->region);
  g_free (self->kind);
  g_free (self->national);
  g_free (self->class_name);
  g_free (self->limiting);
  G_OBJECT_CLASS (qs_section_row_parent_class)->finalize (object);
}

static void
qs_section_row_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  QsSectionRow *self = QS_SECTION_ROW (object);

  switch (prop_id)
    {
    case PROP_NAME: g_value_set_string (value, self->name); break;
    case PROP_WATER_BODY: g_value_set_string (value, self->water_body); break;
    case PROP_REGION: g_value_set_string (value, self->region); break;
    case PROP_KIND: g_value_set_string (value, self->kind); break;
    case PROP_NATIONAL: g_value_set_string (value, self->national); break;
    case PROP_YEAR: g_value_set_int (value, self->year); break;
    case PROP_WATER_CLASS: g_value_set_int (value, self->water_class); break;
    case PROP_CLASS_NAME: g_value_set_string (value, self->class_name); break;
    case PROP_LIMITING: g_value_set_string (value, self->limiting); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qs_section_row_class_init (QsSectionRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = qs_section_row_finalize;
  object_class->get_property = qs_section_row_get_property;

  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_WATER_BODY] = g_param_spec_string ("water-body", NULL, NULL, NULL, flags);
  properties[PROP_REGION] = g_param_spec_string ("region", NULL, NULL, NULL, flags);
  properties[PROP_KIND] = g_param_spec_string ("kind", NULL, NULL, NULL, flags);
  properties[PROP_NATIONAL] = g_param_spec_string ("national", NULL, NULL, NULL, flags);
  properties[PROP_YEAR] = g_param_spec_int ("year", NULL, NULL, 0, G_MAXINT, 0, flags);
  properties[PROP_WATER_CLASS] = g_param_spec_int ("water-class", NULL, NULL, 0, 6, 0, flags);
  properties[PROP_CLASS_NAME] = g_param_spec_string ("class-name", NULL, NULL, NULL, flags);
  properties[PROP_LIMITING] = g_param_spec_string ("limiting", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
qs_section_row_init (QsSectionRow *self)
{
}

/**
 * qs_section_row_new:
 * @dataset: the dataset, for region names
 * @entry: a section's class
 * @locale: (nullable): the language of names
 *
 * Returns: (transfer full): a row
 */
QsSectionRow *
qs_section_row_new (QsDataset            *dataset,
                    const QsSectionClass *entry,
                    const char           *locale)
{
  QsSectionRow *self = g_object_new (QS_TYPE_SECTION_ROW, NULL);
  QsRegion *region = qs_dataset_lookup_region (dataset, entry->section->region);

  self->name = g_strdup (qs_text_get_display (entry->section->name, locale));
  self->water_body = g_strdup (entry->section->water_body ? qs_text_get_display (entry->section->water_body, locale) : "");
  self->region = g_strdup (region ? qs_text_get_display (region->name, locale) : entry->section->region);
  self->kind = g_strdup (entry->section->is_lake ? _("Lake or reservoir") : _("River"));
  /* Translators: marks a national-assessment (国考) section in the table */
  self->national = g_strdup (entry->section->national ? _("National") : "");
  self->year = entry->year;
  self->water_class = entry->water_class;
  self->class_name = g_strdup (entry->water_class > 0 ? qs_water_class_name (entry->water_class, locale) : "—");
  self->limiting = qs_section_class_limiting_names (entry, locale);
  return self;
}

/** qs_section_row_get_name: @self: a row. Returns: the section's name */
const char *
qs_section_row_get_name (QsSectionRow *self)
{
  return self->name;
}

/** qs_section_row_get_water_class: @self: a row. Returns: 1..6, 0 when unclassified */
int
qs_section_row_get_water_class (QsSectionRow *self)
{
  return self->water_class;
}

/** qs_section_row_get_limiting: @self: a row. Returns: the deciding parameters */
const char *
qs_section_row_get_limiting (QsSectionRow *self)
{
  return self->limiting;
}
