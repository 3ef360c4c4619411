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
 * is kept small: the names, periods, units, statuses and sources, which
 * recur on thousands of rows, are interned reference-counted strings
 * (GRefString) shared by every row that shows them, and so are their
 * collation and search keys, which makes sorting a strcmp() (or a pointer
 * comparison) instead of a collation per comparison.
 */
struct _QsDataRow
{
  GObject  parent_instance;

  /* All GRefString but value_text. */
  char    *indicator_id;
  char    *indicator_name;
  char    *region_code;
  char    *region_name;
  char    *period;
  char    *unit;
  char    *status;
  char    *source;
  char    *value_text;

  char    *indicator_key;
  char    *region_key;
  char    *status_key;
  char    *source_key;
  /* Folded indicator name, region name, indicator id and region code. */
  char    *search_key;

  gint64   period_key;
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

static void
qs_data_row_finalize (GObject *object)
{
  QsDataRow *self = (QsDataRow *) object;

  g_ref_string_release (self->indicator_id);
  g_ref_string_release (self->indicator_name);
  g_ref_string_release (self->region_code);
  g_ref_string_release (self->region_name);
  g_ref_string_release (self->period);
  g_ref_string_release (self->unit);
  g_ref_string_release (self->status);
  g_ref_string_release (self->source);
  g_ref_string_release (self->indicator_key);
  g_ref_string_release (self->region_key);
  g_ref_string_release (self->status_key);
  g_ref_string_release (self->source_key);
  g_ref_string_release (self->search_key);
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
      g_value_set_string (value, self->indicator_id);
      break;
    case PROP_INDICATOR_NAME:
      g_value_set_string (value, self->indicator_name);
      break;
    case PROP_REGION_CODE:
      g_value_set_string (value, self->region_code);
      break;
    case PROP_REGION_NAME:
      g_value_set_string (value, self->region_name);
      break;
    case PROP_PERIOD:
      g_value_set_string (value, self->period);
      break;
    case PROP_PERIOD_KEY:
      g_value_set_int64 (value, self->period_key);
      break;
    case PROP_VALUE:
      g_value_set_double (value, self->value);
      break;
    case PROP_VALUE_TEXT:
      g_value_set_string (value, self->value_text);
      break;
    case PROP_UNIT:
      g_value_set_string (value, self->unit);
      break;
    case PROP_STATUS:
      g_value_set_string (value, self->status);
      break;
    case PROP_SOURCE:
      g_value_set_string (value, self->source);
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
}

/* ---- Keys -------------------------------------------------------------- */

static char *
intern (const char *str)
{
  return g_ref_string_new_intern (str ? str : "");
}

/* Folds case and compatibility forms (full-width letters, ideographic space,
 * Roman numeral signs), so that a search for "ii" finds "Ⅱ类". */
static char *
fold (const char *str)
{
  g_autofree char *normal = g_utf8_normalize (str, -1, G_NORMALIZE_ALL_COMPOSE);

  /* Text that is not valid UTF-8 cannot come from a loaded dataset. */
  return g_utf8_casefold (normal ? normal : "", -1);
}

/* The key GtkStringSorter would compare (case-insensitive collation), made
 * once per distinct text instead of once per comparison. */
static char *
intern_collate_key (const char *str)
{
  g_autofree char *folded = g_utf8_casefold (str ? str : "", -1);
  g_autofree char *key = g_utf8_collate_key (folded, -1);

  return intern (key);
}

static char *
intern_search_key (const char *indicator_name,
                   const char *region_name,
                   const char *indicator_id,
                   const char *region_code)
{
  g_autofree char *joined = g_strjoin ("\n", indicator_name ? indicator_name : "",
                                       region_name ? region_name : "",
                                       indicator_id ? indicator_id : "",
                                       region_code ? region_code : "", NULL);
  g_autofree char *folded = fold (joined);

  return intern (folded);
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

/* ---- Rows -------------------------------------------------------------- */

/* Interned strings shared by the rows of one series and category. */
typedef struct
{
  char *indicator_id;
  char *indicator_name;
  char *region_code;
  char *region_name;
  char *indicator_key;
  char *region_key;
  char *search_key;
} Group;

/* An interned text and its collation key. */
typedef struct
{
  char *text;
  char *key;
} Keyed;

/* Takes new references to the interned strings of @group, @period, @unit,
 * @status and @source, and @value_text as it is. */
static QsDataRow *
data_row_new_shared (const Group *group,
                     char        *period,
                     gint64       period_key,
                     double       value,
                     char        *value_text,
                     char        *unit,
                     const Keyed *status,
                     const Keyed *source)
{
  QsDataRow *self = g_object_new (QS_TYPE_DATA_ROW, NULL);

  self->indicator_id = g_ref_string_acquire (group->indicator_id);
  self->indicator_name = g_ref_string_acquire (group->indicator_name);
  self->region_code = g_ref_string_acquire (group->region_code);
  self->region_name = g_ref_string_acquire (group->region_name);
  self->indicator_key = g_ref_string_acquire (group->indicator_key);
  self->region_key = g_ref_string_acquire (group->region_key);
  self->search_key = g_ref_string_acquire (group->search_key);
  self->period = g_ref_string_acquire (period);
  self->unit = g_ref_string_acquire (unit);
  self->status = g_ref_string_acquire (status->text);
  self->status_key = g_ref_string_acquire (status->key);
  self->source = g_ref_string_acquire (source->text);
  self->source_key = g_ref_string_acquire (source->key);
  self->period_key = period_key;
  self->value = value;
  self->value_text = value_text;
  return self;
}

static void
group_clear (Group *group)
{
  g_clear_pointer (&group->indicator_id, g_ref_string_release);
  g_clear_pointer (&group->indicator_name, g_ref_string_release);
  g_clear_pointer (&group->region_code, g_ref_string_release);
  g_clear_pointer (&group->region_name, g_ref_string_release);
  g_clear_pointer (&group->indicator_key, g_ref_string_release);
  g_clear_pointer (&group->region_key, g_ref_string_release);
  g_clear_pointer (&group->search_key, g_ref_string_release);
}

static void
group_init (Group      *group,
            const char *indicator_id,
            const char *indicator_name,
            const char *region_code,
            const char *region_name)
{
  group->indicator_id = intern (indicator_id);
  group->indicator_name = intern (indicator_name);
  group->region_code = intern (region_code);
  group->region_name = intern (region_name);
  group->indicator_key = intern_collate_key (indicator_name);
  group->region_key = intern_collate_key (region_name);
  group->search_key = intern_search_key (indicator_name, region_name, indicator_id, region_code);
}

static void
keyed_init (Keyed      *keyed,
            const char *text)
{
  keyed->text = intern (text);
  keyed->key = intern_collate_key (text);
}

static void
keyed_clear (Keyed *keyed)
{
  g_clear_pointer (&keyed->text, g_ref_string_release);
  g_clear_pointer (&keyed->key, g_ref_string_release);
}

static void
keyed_free (Keyed *keyed)
{
  keyed_clear (keyed);
  g_free (keyed);
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
  Group group;
  Keyed status_keyed, source_keyed;
  char *period_text = intern (period);
  char *unit_text = intern (unit);
  QsDataRow *self;

  group_init (&group, indicator_id, indicator_name, region_code, region_name);
  keyed_init (&status_keyed, status);
  keyed_init (&source_keyed, source);
  self = data_row_new_shared (&group, period_text, period_key, value,
                              g_strdup (value_text ? value_text : ""),
                              unit_text, &status_keyed, &source_keyed);
  group_clear (&group);
  keyed_clear (&status_keyed);
  keyed_clear (&source_keyed);
  g_ref_string_release (period_text);
  g_ref_string_release (unit_text);
  return self;
}

/** qs_data_row_get_indicator_id: @self: a row. Returns: the indicator's id */
const char *
qs_data_row_get_indicator_id (QsDataRow *self)
{
  g_return_val_if_fail (QS_IS_DATA_ROW (self), NULL);
  return self->indicator_id;
}

/** qs_data_row_get_indicator_name: @self: a row. Returns: the indicator as shown */
const char *
qs_data_row_get_indicator_name (QsDataRow *self)
{
  g_return_val_if_fail (QS_IS_DATA_ROW (self), NULL);
  return self->indicator_name;
}

/** qs_data_row_get_region_code: @self: a row. Returns: the region's code */
const char *
qs_data_row_get_region_code (QsDataRow *self)
{
  g_return_val_if_fail (QS_IS_DATA_ROW (self), NULL);
  return self->region_code;
}

/** qs_data_row_get_region_name: @self: a row. Returns: the region as shown */
const char *
qs_data_row_get_region_name (QsDataRow *self)
{
  g_return_val_if_fail (QS_IS_DATA_ROW (self), NULL);
  return self->region_name;
}

/** qs_data_row_get_period: @self: a row. Returns: the period as shown */
const char *
qs_data_row_get_period (QsDataRow *self)
{
  g_return_val_if_fail (QS_IS_DATA_ROW (self), NULL);
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
  g_return_val_if_fail (QS_IS_DATA_ROW (self), NULL);
  return self->value_text;
}

/** qs_data_row_get_unit: @self: a row. Returns: the unit, "" for none */
const char *
qs_data_row_get_unit (QsDataRow *self)
{
  g_return_val_if_fail (QS_IS_DATA_ROW (self), NULL);
  return self->unit;
}

/** qs_data_row_get_status: @self: a row. Returns: the status as shown, "" for none */
const char *
qs_data_row_get_status (QsDataRow *self)
{
  g_return_val_if_fail (QS_IS_DATA_ROW (self), NULL);
  return self->status;
}

/** qs_data_row_get_source: @self: a row. Returns: the source's title, "" for none */
const char *
qs_data_row_get_source (QsDataRow *self)
{
  g_return_val_if_fail (QS_IS_DATA_ROW (self), NULL);
  return self->source;
}

static int
compare_keys (const char *a,
              const char *b)
{
  /* Interned: equal texts are mostly the very same string. */
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
      return compare_keys (a->indicator_key, b->indicator_key);
    case QS_DATA_COLUMN_REGION:
      return compare_keys (a->region_key, b->region_key);
    case QS_DATA_COLUMN_PERIOD:
      return (a->period_key > b->period_key) - (a->period_key < b->period_key);
    case QS_DATA_COLUMN_VALUE:
      /* NaN compares equal to everything, which is no order at all. */
      if (isnan (a->value) || isnan (b->value))
        return !isnan (a->value) - !isnan (b->value);
      return (a->value > b->value) - (a->value < b->value);
    case QS_DATA_COLUMN_STATUS:
      return compare_keys (a->status_key, b->status_key);
    case QS_DATA_COLUMN_SOURCE:
      return compare_keys (a->source_key, b->source_key);
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
    if (strstr (self->search_key, words[i]) == NULL)
      return FALSE;
  return TRUE;
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
  /* Period sort key → interned period text. */
  GHashTable *periods;
  /* Interned source id → Keyed title; the last one is kept at hand, since
   * a series mostly has one source. */
  GHashTable *sources;
  const char *last_source_id;
  Keyed      *last_source;
  Keyed       statuses[QS_STATUS_ILLUSTRATIVE + 1];
  Keyed       none;
} Builder;

static char *
builder_period (Builder      *builder,
                QsResolution  resolution,
                gint32        period,
                gint64        key)
{
  char *text = g_hash_table_lookup (builder->periods, &key);

  if (text == NULL)
    {
      g_autofree char *formatted = qs_format_period (resolution, period, QS_PERIOD_STYLE_FULL,
                                                     builder->locale);
      gint64 *stored = g_new (gint64, 1);

      *stored = key;
      text = intern (formatted);
      g_hash_table_insert (builder->periods, stored, text);
    }
  return text;
}

static const Keyed *
builder_source (Builder    *builder,
                const char *id)
{
  QsSource *source;
  Keyed *keyed;

  if (id == NULL)
    return &builder->none;
  if (id == builder->last_source_id)
    return builder->last_source;

  keyed = g_hash_table_lookup (builder->sources, id);
  if (keyed == NULL)
    {
      source = qs_dataset_lookup_source (builder->dataset, id);
      keyed = g_new0 (Keyed, 1);
      /* An unknown id is shown as it is rather than dropped. */
      keyed_init (keyed, source ? qs_text_get (source->title, builder->locale) : id);
      g_hash_table_insert (builder->sources, (gpointer) id, keyed);
    }
  builder->last_source_id = id;
  builder->last_source = keyed;
  return keyed;
}

/* Adds the rows of one series, period by period and, for a composition,
 * category by category within a period; FALSE once the cap is reached. */
static gboolean
builder_add_series (Builder     *builder,
                    QsIndicator *indicator,
                    QsSeries    *series,
                    const char  *unit_label,
                    char        *unit)
{
  const char *name = qs_text_get (qs_indicator_get_name (indicator), builder->locale);
  const char *code = qs_series_get_region (series);
  QsRegion *region = qs_dataset_lookup_region (builder->dataset, code);
  const char *region_name = region ? qs_text_get (region->name, builder->locale) : "";
  gboolean composition = qs_indicator_get_kind (indicator) == QS_KIND_COMPOSITION;
  guint n_categories = qs_series_get_n_categories (series);
  guint n_values = qs_series_get_n_values (series);
  QsResolution resolution = qs_series_get_resolution (series);
  int decimals = (int) qs_indicator_get_decimals (indicator);
  QsUnit unit_kind = qs_indicator_get_unit (indicator);
  g_autofree Group *groups = g_new0 (Group, n_categories);
  g_autofree const double **values = g_new (const double *, n_categories);
  gboolean room = TRUE;

  if (*region_name == '\0')
    region_name = code;

  for (guint c = 0; c < n_categories; c++)
    {
      g_autofree char *full_name = NULL;

      if (composition)
        {
          const char *category = NULL;

          if (c < qs_indicator_get_n_categories (indicator))
            {
              category = qs_text_get (qs_indicator_get_category_name (indicator, c), builder->locale);
              if (*category == '\0')
                category = qs_indicator_get_category_id (indicator, c);
            }
          full_name = g_strdup_printf ("%s · %s", name, category ? category : "?");
        }
      group_init (&groups[c], qs_indicator_get_id (indicator), full_name ? full_name : name,
                  code, region_name);
      values[c] = qs_series_get_values (series, c);
    }

  for (guint i = 0; i < n_values && room; i++)
    {
      gint32 period = qs_series_get_period (series, i);
      gint64 key = qs_data_row_period_key (resolution, period);
      char *period_text = builder_period (builder, resolution, period, key);
      QsStatus status = qs_series_get_status (series, i);
      const char *source_id = qs_series_get_source (series, i);

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
                           data_row_new_shared (&groups[c], period_text, key, value,
                                                qs_format_value (value, decimals, unit_kind, unit_label,
                                                                 QS_FORMAT_GROUPING, builder->locale),
                                                unit,
                                                missing || (guint) status >= G_N_ELEMENTS (builder->statuses)
                                                ? &builder->none : &builder->statuses[status],
                                                missing ? &builder->none : builder_source (builder, source_id)));
        }
    }

  for (guint c = 0; c < n_categories; c++)
    group_clear (&groups[c]);
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
 * The work is linear in the rows made.
 *
 * Returns: (transfer full): a #GListStore of #QsDataRow
 */
GListModel *
qs_data_rows_from_dataset (QsDataset  *dataset,
                           const char *locale)
{
  g_autofree char *normalized = NULL;
  GListStore *store;
  GPtrArray *indicators;
  Builder builder = { 0 };

  g_return_val_if_fail (QS_IS_DATASET (dataset), NULL);

  normalized = qs_locale_normalize (locale ? locale : qs_locale_default ());
  builder.dataset = dataset;
  builder.locale = normalized;
  builder.rows = g_ptr_array_new_full (MIN (qs_dataset_get_n_values (dataset), QS_DATA_ROWS_MAX),
                                       g_object_unref);
  builder.periods = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                           (GDestroyNotify) g_ref_string_release);
  builder.sources = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) keyed_free);
  keyed_init (&builder.none, "");
  for (guint s = 0; s < G_N_ELEMENTS (builder.statuses); s++)
    keyed_init (&builder.statuses[s], status_text (s));

  indicators = qs_dataset_get_indicators (dataset);
  for (guint i = 0; i < indicators->len; i++)
    {
      QsIndicator *indicator = indicators->pdata[i];
      GPtrArray *series = qs_indicator_get_series (indicator);
      QsText *label = qs_indicator_get_unit_label (indicator);
      const char *unit_label = label ? qs_text_get (label, normalized) : NULL;
      char *unit = intern (unit_label ? unit_label
                                      : qs_format_unit_symbol (qs_indicator_get_unit (indicator), normalized));
      gboolean room = TRUE;

      for (guint j = 0; j < series->len && room; j++)
        room = builder_add_series (&builder, indicator, series->pdata[j], unit_label, unit);
      g_ref_string_release (unit);
      if (!room)
        break;
    }

  store = g_list_store_new (QS_TYPE_DATA_ROW);
  /* One splice: one items-changed, not one per row. */
  g_list_store_splice (store, 0, 0, builder.rows->pdata, builder.rows->len);

  g_ptr_array_unref (builder.rows);
  g_hash_table_unref (builder.periods);
  g_hash_table_unref (builder.sources);
  keyed_clear (&builder.none);
  for (guint s = 0; s < G_N_ELEMENTS (builder.statuses); s++)
    keyed_clear (&builder.statuses[s]);
  return G_LIST_MODEL (store);
}
