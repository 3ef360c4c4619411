/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "qs-data-row.h"
#include "qs-format.h"
#include "qs-period.h"

/*
 * A dataset of a few hundred thousand values becomes as many rows, so a row
 * is kept small and quick to make:
 *
 * - what the rows of one series (and category) have in common — names,
 *   unit, how to format — is a shared, reference-counted Group, and statuses
 *   and sources are shared too;
 * - collation keys are made once per group, not per comparison, so sorting
 *   is a strcmp(), or a pointer comparison for rows of the same group;
 * - the period and value texts are formatted when first asked for, which
 *   in the table is for the rows on screen only.
 *
 * Rows are used from one thread at a time: the first call of a getter
 * writes the text it returns.
 */

/* Shared by the rows of one series and category. */
typedef struct
{
  char         *indicator_id;
  char         *indicator_name;
  char         *region_code;
  char         *region_name;
  char         *unit;
  /* For texts formatted on demand; unit_label is nullable. */
  char         *unit_label;
  char         *locale;
  QsUnit        unit_kind;
  QsResolution  resolution;
  int           decimals;
  /* What GtkStringSorter would compare: case-folded collation keys. */
  char         *indicator_key;
  char         *region_key;
  /* Folded indicator name, region name, indicator id and region code. */
  char         *search_key;
} Group;

/* A text shown in a column (status, source) and its collation key. */
typedef struct
{
  char *text;
  char *key;
} Keyed;

struct _QsDataRow
{
  GObject  parent_instance;

  Group   *group;
  Keyed   *status;
  Keyed   *source;
  /* NULL until asked for. */
  char    *period;
  char    *value_text;
  gint64   period_key;
  gint32   period_ordinal;
  double   value;
};

G_DEFINE_FINAL_TYPE (QsDataRow, qs_data_row, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_INDICATOR_ID,
  PROP_INDICATOR_NAME,
  PROP_REGION_CODE,
  PROP_REGION_NAME,
  PROP_PERIOD,
  PROP_PERIOD_KEY,
  PROP_VALUE,
  PROP_VALUE_TEXT,
  PROP_UNIT,
  PROP_STATUS,
  PROP_SOURCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ---- Shared parts ------------------------------------------------------ */

/* Folds case and compatibility forms (full-width letters, ideographic space,
 * Roman numeral signs), so that a search for "ii" finds "Ⅱ类". */
static char *
fold (const char *str)
{
  g_autofree char *normal = g_utf8_normalize (str, -1, G_NORMALIZE_ALL_COMPOSE);

  /* Text that is not valid UTF-8 cannot come from a loaded dataset. */
  return g_utf8_casefold (normal ? normal : "", -1);
}

static char *
collate_key (const char *str)
{
  g_autofree char *folded = g_utf8_casefold (str, -1);

  return g_utf8_collate_key (folded, -1);
}

static void
group_clear (Group *group)
{
  g_free (group->indicator_id);
  g_free (group->indicator_name);
  g_free (group->region_code);
  g_free (group->region_name);
  g_free (group->unit);
  g_free (group->unit_label);
  g_free (group->locale);
  g_free (group->indicator_key);
  g_free (group->region_key);
  g_free (group->search_key);
}

static Group *
group_new (const char *indicator_id,
           const char *indicator_name,
           const char *region_code,
           const char *region_name,
           const char *unit)
{
  Group *group = g_atomic_rc_box_new0 (Group);
  g_autofree char *joined = NULL;

  group->indicator_id = g_strdup (indicator_id ? indicator_id : "");
  group->indicator_name = g_strdup (indicator_name ? indicator_name : "");
  group->region_code = g_strdup (region_code ? region_code : "");
  group->region_name = g_strdup (region_name ? region_name : "");
  group->unit = g_strdup (unit ? unit : "");
  group->indicator_key = collate_key (group->indicator_name);
  group->region_key = collate_key (group->region_name);
  joined = g_strjoin ("\n", group->indicator_name, group->region_name,
                      group->indicator_id, group->region_code, NULL);
  group->search_key = fold (joined);
  return group;
}

static void
group_unref (Group *group)
{
  g_atomic_rc_box_release_full (group, (GDestroyNotify) group_clear);
}

static void
keyed_clear (Keyed *keyed)
{
  g_free (keyed->text);
  g_free (keyed->key);
}

static Keyed *
keyed_new (const char *text)
{
  Keyed *keyed = g_atomic_rc_box_new0 (Keyed);

  keyed->text = g_strdup (text ? text : "");
  keyed->key = collate_key (keyed->text);
  return keyed;
}

static void
keyed_unref (Keyed *keyed)
{
  g_atomic_rc_box_release_full (keyed, (GDestroyNotify) keyed_clear);
}

/* ---- Row --------------------------------------------------------------- */

static void
qs_data_row_finalize (GObject *object)
{
  QsDataRow *self = (QsDataRow *) object;

  g_clear_pointer (&self->group, group_unref);
  g_clear_pointer (&self->status, keyed_unref);
  g_clear_pointer (&self->source, keyed_unref);
  g_free (self->period);
  g_free (self->value_text);

  G_OBJECT_CLASS (qs_data_row_parent_class)->finalize (object);
}

static void
qs_data_row_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  QsDataRow *self = QS_DATA_ROW (object);

  switch (prop_id)
    {
    case PROP_INDICATOR_ID:
      g_value_set_string (value, qs_data_row_get_indicator_id (self));
      break;
    case PROP_INDICATOR_NAME:
      g_value_set_string (value, qs_data_row_get_indicator_name (self));
      break;
    case PROP_REGION_CODE:
      g_value_set_string (value, qs_data_row_get_region_code (self));
      break;
    case PROP_REGION_NAME:
      g_value_set_string (value, qs_data_row_get_region_name (self));
      break;
    case PROP_PERIOD:
      g_value_set_string (value, qs_data_row_get_period (self));
      break;
    case PROP_PERIOD_KEY:
      g_value_set_int64 (value, self->period_key);
      break;
    case PROP_VALUE:
      g_value_set_double (value, self->value);
      break;
    case PROP_VALUE_TEXT:
      g_value_set_string (value, qs_data_row_get_value_text (self));
      break;
    case PROP_UNIT:
      g_value_set_string (value, qs_data_row_get_unit (self));
      break;
    case PROP_STATUS:
      g_value_set_string (value, qs_data_row_get_status (self));
      break;
    case PROP_SOURCE:
      g_value_set_string (value, qs_data_row_get_source (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qs_data_row_class_init (QsDataRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = qs_data_row_finalize;
  object_class->get_property = qs_data_row_get_property;

  properties[PROP_INDICATOR_ID] =
    g_param_spec_string ("indicator-id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_INDICATOR_NAME] =
    g_param_spec_string ("indicator-name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_REGION_CODE] =
    g_param_spec_string ("region-code", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_REGION_NAME] =
    g_param_spec_string ("region-name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_PERIOD] =
    g_param_spec_string ("period", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_PERIOD_KEY] =
    g_param_spec_int64 ("period-key", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_VALUE] =
    g_param_spec_double ("value", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_VALUE_TEXT] =
    g_param_spec_string ("value-text", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_UNIT] =
    g_param_spec_string ("unit", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATUS] =
    g_param_spec_string ("status", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SOURCE] =
    g_param_spec_string ("source", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
qs_data_row_init (QsDataRow *self)
{
  self->value = NAN;
}

/* Takes new references to @group, @status and @source. */
static QsDataRow *
data_row_new_shared (Group  *group,
                     Keyed  *status,
                     Keyed  *source,
                     gint32  period,
                     gint64  period_key,
                     double  value)
{
  QsDataRow *self = g_object_new (QS_TYPE_DATA_ROW, NULL);

  self->group = g_atomic_rc_box_acquire (group);
  self->status = g_atomic_rc_box_acquire (status);
  self->source = g_atomic_rc_box_acquire (source);
  self->period_ordinal = period;
  self->period_key = period_key;
  self->value = value;
  return self;
}

/**
 * qs_data_row_period_key:
 * @resolution: the resolution of @period
 * @period: a period ordinal (see qs-period.h)
 *
 * A key that orders periods of every resolution together: by the hour they
 * start, and a year before the quarter, month and day that start with it.
 *
 * Returns: the sort key
 */
gint64
qs_data_row_period_key (QsResolution resolution,
                        gint32       period)
{
  gint64 hour;

  if (resolution == QS_RESOLUTION_HOUR)
    hour = period;
  else
    hour = (gint64) qs_period_get_first_day (resolution, period) * 24;
  return hour * 8 + (gint64) resolution;
}

/**
 * qs_data_row_new:
 * @indicator_id: the indicator's id
 * @indicator_name: its name as shown (with the category for a composition)
 * @region_code: the region's code
 * @region_name: its name as shown
 * @period: the period as shown
 * @period_key: the period's sort key, see qs_data_row_period_key()
 * @value: the value, NaN when missing
 * @value_text: the value as shown, with its unit ("—" when missing)
 * @unit: the unit as shown after numbers, "" for none
 * @status: the status as shown, "" for none
 * @source: the source's title, "" for none
 *
 * Returns: (transfer full): a new row
 */
QsDataRow *
qs_data_row_new (const char *indicator_id,
                 const char *indicator_name,
                 const char *region_code,
                 const char *region_name,
                 const char *period,
                 gint64      period_key,
                 double      value,
                 const char *value_text,
                 const char *unit,
                 const char *status,
                 const char *source)
{
  Group *group = group_new (indicator_id, indicator_name, region_code, region_name, unit);
  Keyed *status_keyed = keyed_new (status);
  Keyed *source_keyed = keyed_new (source);
  QsDataRow *self = data_row_new_shared (group, status_keyed, source_keyed, 0, period_key, value);

  self->period = g_strdup (period ? period : "");
  self->value_text = g_strdup (value_text ? value_text : "");
  group_unref (group);
  keyed_unref (status_keyed);
  keyed_unref (source_keyed);
  return self;
}

/** qs_data_row_get_indicator_id: @self: a row. Returns: the indicator's id */
const char *
qs_data_row_get_indicator_id (QsDataRow *self)
{
  g_return_val_if_fail (QS_IS_DATA_ROW (self) && self->group, NULL);
  return self->group->indicator_id;
}

/** qs_data_row_get_indicator_name: @self: a row. Returns: the indicator as shown */
const char *
qs_data_row_get_indicator_name (QsDataRow *self)
{
  g_return_val_if_fail (QS_IS_DATA_ROW (self) && self->group, NULL);
  return self->group->indicator_name;
}

/** qs_data_row_get_region_code: @self: a row. Returns: the region's code */
const char *
qs_data_row_get_region_code (QsDataRow *self)
{
  g_return_val_if_fail (QS_IS_DATA_ROW (self) && self->group, NULL);
  return self->group->region_code;
}

/** qs_data_row_get_region_name: @self: a row. Returns: the region as shown */
const char *
qs_data_row_get_region_name (QsDataRow *self)
{
  g_return_val_if_fail (QS_IS_DATA_ROW (self) && self->group, NULL);
  return self->group->region_name;
}

/** qs_data_row_get_period: @self: a row. Returns: the period as shown */
const char *
qs_data_row_get_period (QsDataRow *self)
{
  g_return_val_if_fail (QS_IS_DATA_ROW (self) && self->group, NULL);
  if (self->period == NULL)
    self->period = qs_format_period (self->group->resolution, self->period_ordinal,
                                     QS_PERIOD_STYLE_FULL, self->group->locale);
  return self->period;
}

/** qs_data_row_get_period_key: @self: a row. Returns: the period's sort key */
gint64
qs_data_row_get_period_key (QsDataRow *self)
{
  g_return_val_if_fail (QS_IS_DATA_ROW (self), 0);
  return self->period_key;
}

/** qs_data_row_get_value: @self: a row. Returns: the value, NaN when missing */
double
qs_data_row_get_value (QsDataRow *self)
{
  g_return_val_if_fail (QS_IS_DATA_ROW (self), NAN);
  return self->value;
}

/** qs_data_row_get_value_text: @self: a row. Returns: the value as shown, with its unit */
const char *
qs_data_row_get_value_text (QsDataRow *self)
{
  g_return_val_if_fail (QS_IS_DATA_ROW (self) && self->group, NULL);
  if (self->value_text == NULL)
    self->value_text = qs_format_value (self->value, self->group->decimals, self->group->unit_kind,
                                        self->group->unit_label, QS_FORMAT_GROUPING,
                                        self->group->locale);
  return self->value_text;
}

/** qs_data_row_get_unit: @self: a row. Returns: the unit, "" for none */
const char *
qs_data_row_get_unit (QsDataRow *self)
{
  g_return_val_if_fail (QS_IS_DATA_ROW (self) && self->group, NULL);
  return self->group->unit;
}

/** qs_data_row_get_status: @self: a row. Returns: the status as shown, "" for none */
const char *
qs_data_row_get_status (QsDataRow *self)
{
  g_return_val_if_fail (QS_IS_DATA_ROW (self) && self->status, NULL);
  return self->status->text;
}

/** qs_data_row_get_source: @self: a row. Returns: the source's title, "" for none */
const char *
qs_data_row_get_source (QsDataRow *self)
{
  g_return_val_if_fail (QS_IS_DATA_ROW (self) && self->source, NULL);
  return self->source->text;
}

static int
compare_keys (const char *a,
              const char *b)
{
  /* Rows of one group share their keys. */
  if (a == b)
    return 0;
  return strcmp (a, b);
}

/**
 * qs_data_row_compare:
 * @a: a row
 * @b: another row
 * @column: what to compare them by
 *
 * Compares texts as GtkStringSorter does (collation, ignoring case), periods
 * in time and values as numbers, a missing value below every number.
 *
 * Returns: less than, equal to or greater than 0 as @a sorts before, with or
 *   after @b
 */
int
qs_data_row_compare (QsDataRow    *a,
                     QsDataRow    *b,
                     QsDataColumn  column)
{
  switch (column)
    {
    case QS_DATA_COLUMN_INDICATOR:
      return compare_keys (a->group->indicator_key, b->group->indicator_key);
    case QS_DATA_COLUMN_REGION:
      return compare_keys (a->group->region_key, b->group->region_key);
    case QS_DATA_COLUMN_PERIOD:
      return (a->period_key > b->period_key) - (a->period_key < b->period_key);
    case QS_DATA_COLUMN_VALUE:
      /* NaN compares equal to everything, which is no order at all. */
      if (isnan (a->value) || isnan (b->value))
        return !isnan (a->value) - !isnan (b->value);
      return (a->value > b->value) - (a->value < b->value);
    case QS_DATA_COLUMN_STATUS:
      return compare_keys (a->status->key, b->status->key);
    case QS_DATA_COLUMN_SOURCE:
      return compare_keys (a->source->key, b->source->key);
    default:
      g_return_val_if_reached (0);
    }
}

/**
 * qs_data_row_split_query:
 * @query: what the user typed
 *
 * Returns: (transfer full): the words of @query, folded as
 *   qs_data_row_matches() wants them; an empty vector when there are none
 */
char **
qs_data_row_split_query (const char *query)
{
  g_autofree char *folded = fold (query ? query : "");
  g_auto(GStrv) parts = g_strsplit_set (folded, " \t\r\n", -1);
  GPtrArray *words = g_ptr_array_new ();

  for (guint i = 0; parts[i]; i++)
    if (*parts[i] != '\0')
      g_ptr_array_add (words, g_steal_pointer (&parts[i]));
  g_ptr_array_add (words, NULL);
  return (char **) g_ptr_array_free (words, FALSE);
}

/**
 * qs_data_row_matches:
 * @self: a row
 * @words: (array zero-terminated=1): words from qs_data_row_split_query()
 *
 * Returns: whether every word occurs in the row's indicator name, region
 *   name, indicator id or region code
 */
gboolean
qs_data_row_matches (QsDataRow         *self,
                     const char *const *words)
{
  for (guint i = 0; words[i]; i++)
    if (strstr (self->group->search_key, words[i]) == NULL)
      return FALSE;
  return TRUE;
}

/* ---- The list of rows -------------------------------------------------- */

/* A list of rows that never changes. Not a GListStore: a GListStore finds
 * an item in a balanced tree, and the sort and filter models look items up
 * in random order, which made sorting 200 000 rows four times slower. */
#define QS_TYPE_DATA_ROW_LIST (qs_data_row_list_get_type ())

G_DECLARE_FINAL_TYPE (QsDataRowList, qs_data_row_list, QS, DATA_ROW_LIST, GObject)

struct _QsDataRowList
{
  GObject    parent_instance;

  GPtrArray *rows;
};

static GType
qs_data_row_list_get_item_type (GListModel *list)
{
  return QS_TYPE_DATA_ROW;
}

static guint
qs_data_row_list_get_n_items (GListModel *list)
{
  return QS_DATA_ROW_LIST (list)->rows->len;
}

static gpointer
qs_data_row_list_get_item (GListModel *list,
                           guint       position)
{
  QsDataRowList *self = QS_DATA_ROW_LIST (list);

  if (position >= self->rows->len)
    return NULL;
  return g_object_ref (self->rows->pdata[position]);
}

static void
qs_data_row_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = qs_data_row_list_get_item_type;
  iface->get_n_items = qs_data_row_list_get_n_items;
  iface->get_item = qs_data_row_list_get_item;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (QsDataRowList, qs_data_row_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, qs_data_row_list_model_init))

static void
qs_data_row_list_finalize (GObject *object)
{
  QsDataRowList *self = (QsDataRowList *) object;

  g_ptr_array_unref (self->rows);

  G_OBJECT_CLASS (qs_data_row_list_parent_class)->finalize (object);
}

static void
qs_data_row_list_class_init (QsDataRowListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = qs_data_row_list_finalize;
}

static void
qs_data_row_list_init (QsDataRowList *self)
{
}

/* ---- From a dataset ---------------------------------------------------- */

static const char *
status_text (QsStatus status)
{
  switch (status)
    {
    case QS_STATUS_PROVISIONAL:
      /* Translators: the status of a figure in the data table. */
      return C_("data status", "Provisional");
    case QS_STATUS_ESTIMATE:
      /* Translators: the status of a figure in the data table. */
      return C_("data status", "Estimate");
    case QS_STATUS_ILLUSTRATIVE:
      /* Translators: the status of a figure in the data table: made up for
       * a demonstration, not a real statistic. */
      return C_("data status", "Illustrative");
    case QS_STATUS_FINAL:
    default:
      /* Translators: the status of a figure in the data table: officially
       * published and not to be revised. */
      return C_("data status", "Final");
    }
}

typedef struct
{
  QsDataset  *dataset;
  const char *locale;
  GPtrArray  *rows;
  /* Source id (interned by QsSeries) → Keyed title; the last one is kept
   * at hand, since a series mostly has one source. */
  GHashTable *sources;
  const char *last_source_id;
  Keyed      *last_source;
  Keyed      *statuses[QS_STATUS_ILLUSTRATIVE + 1];
  Keyed      *none;
} Builder;

static Keyed *
builder_source (Builder    *builder,
                const char *id)
{
  QsSource *source;
  Keyed *keyed;

  if (id == NULL)
    return builder->none;
  if (id == builder->last_source_id)
    return builder->last_source;

  keyed = g_hash_table_lookup (builder->sources, id);
  if (keyed == NULL)
    {
      source = qs_dataset_lookup_source (builder->dataset, id);
      /* An unknown id is shown as it is rather than dropped. */
      keyed = keyed_new (source ? qs_text_get_display (source->title, builder->locale) : id);
      g_hash_table_insert (builder->sources, (gpointer) id, keyed);
    }
  builder->last_source_id = id;
  builder->last_source = keyed;
  return keyed;
}

static Group *
builder_group (Builder     *builder,
               QsIndicator *indicator,
               QsSeries    *series,
               const char  *name,
               const char  *region_name,
               const char  *unit,
               const char  *unit_label)
{
  Group *group = group_new (qs_indicator_get_id (indicator), name, qs_series_get_region (series),
                            region_name, unit);

  group->unit_label = g_strdup (unit_label);
  group->locale = g_strdup (builder->locale);
  group->unit_kind = qs_indicator_get_unit (indicator);
  group->resolution = qs_series_get_resolution (series);
  group->decimals = (int) qs_indicator_get_decimals (indicator);
  return group;
}

/* Adds the rows of one series, period by period and, for a composition,
 * category by category within a period, so that the shares of a period
 * are read together; FALSE once the cap is reached. */
static gboolean
builder_add_series (Builder     *builder,
                    QsIndicator *indicator,
                    QsSeries    *series,
                    const char  *unit,
                    const char  *unit_label)
{
  const char *name = qs_text_get_display (qs_indicator_get_name (indicator), builder->locale);
  const char *code = qs_series_get_region (series);
  QsRegion *region = qs_dataset_lookup_region (builder->dataset, code);
  const char *region_name = region ? qs_text_get_display (region->name, builder->locale) : "";
  gboolean composition = qs_indicator_get_kind (indicator) == QS_KIND_COMPOSITION;
  guint n_categories = qs_series_get_n_categories (series);
  guint n_values = qs_series_get_n_values (series);
  QsResolution resolution = qs_series_get_resolution (series);
  g_autofree Group **groups = g_new0 (Group *, n_categories);
  g_autofree const double **values = g_new (const double *, n_categories);
  gboolean room = TRUE;

  if (*region_name == '\0')
    region_name = code;

  for (guint c = 0; c < n_categories; c++)
    {
      g_autofree char *full_name = NULL;

      if (composition)
        {
          const char *category = "?";

          if (c < qs_indicator_get_n_categories (indicator))
            {
              category = qs_text_get_display (qs_indicator_get_category_name (indicator, c), builder->locale);
              if (*category == '\0')
                category = qs_indicator_get_category_id (indicator, c);
            }
          full_name = g_strdup_printf ("%s · %s", name, category);
        }
      groups[c] = builder_group (builder, indicator, series, full_name ? full_name : name,
                                 region_name, unit, unit_label);
      values[c] = qs_series_get_values (series, c);
    }

  for (guint i = 0; i < n_values && room; i++)
    {
      gint32 period = qs_series_get_period (series, i);
      gint64 key = qs_data_row_period_key (resolution, period);
      QsStatus status = qs_series_get_status (series, i);
      Keyed *status_keyed = (guint) status < G_N_ELEMENTS (builder->statuses)
                            ? builder->statuses[status] : builder->none;
      Keyed *source_keyed = builder_source (builder, qs_series_get_source (series, i));

      for (guint c = 0; c < n_categories; c++)
        {
          double value = values[c][i];
          gboolean missing = isnan (value);

          if (builder->rows->len >= QS_DATA_ROWS_MAX)
            {
              room = FALSE;
              break;
            }
          /* A missing value has no status or source of its own to show. */
          g_ptr_array_add (builder->rows,
                           data_row_new_shared (groups[c],
                                                missing ? builder->none : status_keyed,
                                                missing ? builder->none : source_keyed,
                                                period, key, value));
        }
    }

  for (guint c = 0; c < n_categories; c++)
    group_unref (groups[c]);
  return room;
}

/**
 * qs_data_rows_from_dataset:
 * @dataset: a dataset
 * @locale: (nullable): the locale for names, numbers and periods; %NULL for
 *   the interface language
 *
 * Lists the values of every indicator: one row per series and period, and
 * for a composition one per category too (the category follows the
 * indicator's name). Missing values are listed, shown as "—".
 *
 * At most %QS_DATA_ROWS_MAX rows are made, so that a dataset of millions of
 * values neither freezes the interface nor fills the memory; values beyond
 * are left out (compare the number of items with qs_dataset_get_n_values()).
 * The work is linear in the rows made, and small: the texts of a row are
 * formatted when first asked for (200 000 rows take some 40 ms).
 *
 * Returns: (transfer full): a list of #QsDataRow that never changes
 */
GListModel *
qs_data_rows_from_dataset (QsDataset  *dataset,
                           const char *locale)
{
  g_autofree char *normalized = NULL;
  QsDataRowList *list;
  GPtrArray *indicators;
  Builder builder = { 0 };

  g_return_val_if_fail (QS_IS_DATASET (dataset), NULL);

  normalized = qs_locale_normalize (locale ? locale : qs_locale_default ());
  builder.dataset = dataset;
  builder.locale = normalized;
  builder.rows = g_ptr_array_new_full (MIN (qs_dataset_get_n_values (dataset), QS_DATA_ROWS_MAX),
                                       g_object_unref);
  builder.sources = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) keyed_unref);
  builder.none = keyed_new ("");
  for (guint s = 0; s < G_N_ELEMENTS (builder.statuses); s++)
    builder.statuses[s] = keyed_new (status_text (s));

  indicators = qs_dataset_get_indicators (dataset);
  for (guint i = 0; i < indicators->len; i++)
    {
      QsIndicator *indicator = indicators->pdata[i];
      GPtrArray *series = qs_indicator_get_series (indicator);
      QsText *label = qs_indicator_get_unit_label (indicator);
      const char *unit_label = label ? qs_text_get_display (label, normalized) : NULL;
      const char *unit = unit_label ? unit_label
                                    : qs_format_unit_symbol (qs_indicator_get_unit (indicator), normalized);
      gboolean room = TRUE;

      for (guint j = 0; j < series->len && room; j++)
        room = builder_add_series (&builder, indicator, series->pdata[j], unit, unit_label);
      if (!room)
        break;
    }

  g_hash_table_unref (builder.sources);
  keyed_unref (builder.none);
  for (guint s = 0; s < G_N_ELEMENTS (builder.statuses); s++)
    keyed_unref (builder.statuses[s]);

  list = g_object_new (QS_TYPE_DATA_ROW_LIST, NULL);
  list->rows = builder.rows;
  return G_LIST_MODEL (list);
}
