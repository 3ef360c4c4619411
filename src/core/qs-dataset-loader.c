/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <math.h>
#include <stdarg.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "qs-csv-dataset.h"
#include "qs-dataset-loader.h"
#include "qs-derive.h"
#include "qs-json-check.h"
#include "qs-json-guard.h"
#include "qs-number.h"
#include "qs-period.h"

/*
 * The loader reads the whole file, checks it with qs-json-guard, lets
 * json-glib build a tree, converts the tree into packed arrays, and frees
 * the tree. Validation walks the tree once with a JSON path of where it is,
 * collecting every problem (up to QS_LOAD_MAX_PROBLEMS) instead of stopping
 * at the first. Nothing is handed to the caller unless there was none.
 */

G_DEFINE_QUARK (qs-load-error-quark, qs_load_error)

typedef struct
{
  QsJsonCheck         json;
  QsDataset          *dataset;
  GHashTable         *first_seen;   /* "kind\x1fid" → path of first use */
  GCancellable       *cancellable;
  QsLoadProgressFunc  progress;
  gpointer            progress_data;
  /* Long numeric arrays, read straight from the text (see qs-json-guard.h);
   * in the tree each is a one-element list holding "\x01NONCE:INDEX". */
  const char         *text;
  GArray             *columns;
  char               *column_marker;
  /* Numbers read so far, against QS_LOAD_MAX_VALUES. */
  guint64             n_values;
  gboolean            too_many_values;
} Ctx;

static void period_problem (Ctx *ctx, QsResolution resolution, const char *text);

/* Refuses a list longer than a limit, before reading any of it. The
 * message comes whole from the caller so that translators see a sentence. */
#define REFUSE_LONG_LIST(ctx, array, limit, format, on_refuse)               \
  G_STMT_START {                                                             \
    if (json_array_get_length (array) > (limit))                             \
      {                                                                      \
        qs_json_problem (&(ctx)->json, (format), json_array_get_length (array), (guint) (limit)); \
        on_refuse;                                                           \
      }                                                                      \
  } G_STMT_END

/* Counts numbers against the dataset's limit; FALSE once it is passed. */
static gboolean
count_values (Ctx    *ctx,
              guint64 n)
{
  if (ctx->too_many_values)
    return FALSE;
  ctx->n_values += n;
  if (ctx->n_values <= QS_LOAD_MAX_VALUES)
    return TRUE;
  ctx->too_many_values = TRUE;
  qs_json_problem (&ctx->json, _("the dataset has more than %u numbers; split it into several files"),
                   QS_LOAD_MAX_VALUES);
  return FALSE;
}

/* Records the first place an id is used. Returns NULL then, and the path of
 * that first place when the id comes again. */
static const char *
seen_before (Ctx        *ctx,
             const char *kind,
             const char *id)
{
  g_autofree char *key = g_strdup_printf ("%s\x1f%s", kind, id);
  const char *first = g_hash_table_lookup (ctx->first_seen, key);

  if (first)
    return first;
  g_hash_table_insert (ctx->first_seen, g_steal_pointer (&key), g_strdup (ctx->json.path->str));
  return NULL;
}

static gboolean
node_is_number (JsonNode *node)
{
  GType t;

  if (!JSON_NODE_HOLDS_VALUE (node))
    return FALSE;
  t = json_node_get_value_type (node);
  return t == G_TYPE_INT64 || t == G_TYPE_DOUBLE;
}

static JsonObject *
as_object (Ctx      *ctx,
           JsonNode *node)
{
  if (node && JSON_NODE_HOLDS_OBJECT (node))
    return json_node_get_object (node);
  qs_json_problem (&ctx->json, _("must be an object, not %s"), qs_json_type_name (node));
  return NULL;
}

static JsonArray *
as_array (Ctx      *ctx,
          JsonNode *node)
{
  if (node && JSON_NODE_HOLDS_ARRAY (node))
    return json_node_get_array (node);
  qs_json_problem (&ctx->json, _("must be a list, not %s"), qs_json_type_name (node));
  return NULL;
}

static gboolean
get_number (Ctx        *ctx,
            JsonObject *object,
            const char *key,
            gboolean    required,
            double     *out)
{
  JsonNode *node = qs_json_member (&ctx->json, object, key, required);
  gboolean ok = FALSE;
  gsize old;

  if (node == NULL)
    return FALSE;
  old = qs_json_push_key (&ctx->json, key);
  if (!node_is_number (node))
    qs_json_problem (&ctx->json, _("must be a number, not %s"), qs_json_type_name (node));
  else if (!isfinite (*out = json_node_get_double (node)))
    qs_json_problem (&ctx->json, _("the number is too large"));
  else
    ok = TRUE;
  qs_json_pop (&ctx->json, old);
  return ok;
}

static gboolean
get_int (Ctx        *ctx,
         JsonObject *object,
         const char *key,
         gboolean    required,
         gint64      min,
         gint64      max,
         gint64     *out)
{
  JsonNode *node = qs_json_member (&ctx->json, object, key, required);
  gboolean ok = FALSE;
  gsize old;

  if (node == NULL)
    return FALSE;
  old = qs_json_push_key (&ctx->json, key);
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    qs_json_problem (&ctx->json, _("must be a whole number, not %s"), qs_json_type_name (node));
  else if ((*out = json_node_get_int (node)) < min || *out > max)
    qs_json_problem (&ctx->json, _("must be between %lld and %lld"), (long long) min, (long long) max);
  else
    ok = TRUE;
  qs_json_pop (&ctx->json, old);
  return ok;
}

static gboolean
get_bool (Ctx        *ctx,
          JsonObject *object,
          const char *key,
          gboolean   *out)
{
  JsonNode *node = qs_json_member (&ctx->json, object, key, FALSE);
  gboolean ok = FALSE;
  gsize old;

  if (node == NULL)
    return FALSE;
  old = qs_json_push_key (&ctx->json, key);
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    qs_json_problem (&ctx->json, _("must be true or false, not %s"), qs_json_type_name (node));
  else
    {
      *out = json_node_get_boolean (node);
      ok = TRUE;
    }
  qs_json_pop (&ctx->json, old);
  return ok;
}

/* Reads one of a fixed set of keywords through the given parser. */
static gboolean
get_keyword (Ctx         *ctx,
             JsonObject  *object,
             const char  *key,
             gboolean     required,
             gboolean   (*parse) (const char *, void *),
             const char  *keywords,
             void        *out)
{
  const char *value = qs_json_get_string (&ctx->json, object, key, required);
  gsize old;

  if (value == NULL)
    return FALSE;
  if (parse (value, out))
    return TRUE;
  old = qs_json_push_key (&ctx->json, key);
  qs_json_problem (&ctx->json, _("unknown value “%s” (expected one of: %s)"), value, keywords);
  qs_json_pop (&ctx->json, old);
  return FALSE;
}

#define GET_KEYWORD(ctx, object, key, required, type, out) \
  get_keyword (ctx, object, key, required, (gboolean (*) (const char *, void *)) qs_##type##_from_string, \
               qs_##type##_keywords (), out)

static gboolean
get_date (Ctx        *ctx,
          JsonObject *object,
          const char *key,
          guint32    *out)
{
  const char *value = qs_json_get_string (&ctx->json, object, key, FALSE);
  gsize old;

  if (value == NULL)
    return FALSE;
  if (qs_date_parse (value, out))
    return TRUE;
  old = qs_json_push_key (&ctx->json, key);
  period_problem (ctx, QS_RESOLUTION_DAY, value);
  qs_json_pop (&ctx->json, old);
  return FALSE;
}

static const char *
period_form (QsResolution resolution)
{
  switch (resolution)
    {
    case QS_RESOLUTION_YEAR:
      return _("a year, YYYY");
    case QS_RESOLUTION_QUARTER:
      return _("a quarter, YYYY-Qn");
    case QS_RESOLUTION_MONTH:
      return _("a month, YYYY-MM");
    case QS_RESOLUTION_DAY:
      return _("a date, YYYY-MM-DD");
    case QS_RESOLUTION_HOUR:
    default:
      return _("an hour, YYYY-MM-DD HH:00");
    }
}

/* Says what is wrong with a period: its form, its year, or its date. */
static void
period_problem (Ctx          *ctx,
                QsResolution  resolution,
                const char   *text)
{
  static const char *const shapes[] = { "DDDD", "DDDD-QD", "DDDD-DD", "DDDD-DD-DD", "DDDD-DD-DD DD:DD" };
  const char *shape = shapes[MIN ((guint) resolution, G_N_ELEMENTS (shapes) - 1)];
  gboolean shaped = strlen (text) == strlen (shape) || (resolution == QS_RESOLUTION_HOUR && strlen (text) == 19);
  int year;

  for (guint i = 0; shaped && i < strlen (shape); i++)
    shaped = shape[i] == 'D' ? g_ascii_isdigit (text[i]) :
             (shape[i] == ' ' ? (text[i] == ' ' || text[i] == 'T') : text[i] == shape[i]);
  if (!shaped)
    {
      qs_json_problem (&ctx->json, _("“%s” is not %s"), text, period_form (resolution));
      return;
    }
  year = (int) g_ascii_strtoll (text, NULL, 10);
  if (year < QS_PERIOD_MIN_YEAR || year > QS_PERIOD_MAX_YEAR)
    qs_json_problem (&ctx->json, _("“%s” is outside the years %d–%d"), text, QS_PERIOD_MIN_YEAR, QS_PERIOD_MAX_YEAR);
  else
    switch (resolution)
      {
      case QS_RESOLUTION_QUARTER:
        qs_json_problem (&ctx->json, _("“%s” is not a real quarter (Q1 to Q4)"), text);
        break;
      case QS_RESOLUTION_MONTH:
        qs_json_problem (&ctx->json, _("“%s” is not a real month (01 to 12)"), text);
        break;
      case QS_RESOLUTION_HOUR:
        qs_json_problem (&ctx->json, _("“%s” is not a real hour (00:00 to 23:00 of a real date)"), text);
        break;
      case QS_RESOLUTION_DAY:
      case QS_RESOLUTION_YEAR:
      default:
        qs_json_problem (&ctx->json, _("“%s” is not a real date"), text);
        break;
      }
}

static gboolean
check_region_ref (Ctx        *ctx,
                  const char *code)
{
  if (qs_dataset_lookup_region (ctx->dataset, code))
    return TRUE;
  qs_json_problem (&ctx->json, _("unknown region “%s” (not in “regions”)"), code);
  return FALSE;
}

static gboolean
check_source_ref (Ctx        *ctx,
                  const char *id)
{
  if (qs_dataset_lookup_source (ctx->dataset, id))
    return TRUE;
  qs_json_problem (&ctx->json, _("unknown source “%s” (not in “metadata.sources”)"), id);
  return FALSE;
}

/* ---- metadata ---------------------------------------------------------- */

static void
read_sources (Ctx       *ctx,
              JsonArray *array)
{
  static const char *const keys[] = { "id", "title", "publisher", "date", "url", NULL };

  for (guint i = 0; i < json_array_get_length (array) && !qs_json_full (&ctx->json); i++)
    {
      gsize old = qs_json_push_index (&ctx->json, i);
      JsonObject *object = as_object (ctx, json_array_get_element (array, i));
      g_autoptr(QsSource) source = NULL;
      const char *id;
      guint32 day;

      if (object == NULL)
        {
          qs_json_pop (&ctx->json, old);
          continue;
        }
      qs_json_check_keys (&ctx->json, object, keys, TRUE);
      source = qs_source_new ();
      id = qs_json_get_string (&ctx->json, object, "id", TRUE);
      source->title = qs_json_get_text (&ctx->json, object, "title", TRUE, FALSE);
      source->publisher = qs_json_get_text (&ctx->json, object, "publisher", FALSE, FALSE);
      if (get_date (ctx, object, "date", &day))
        source->date = qs_date_to_string (day);
      source->url = g_strdup (qs_json_get_string (&ctx->json, object, "url", FALSE));
      if (id)
        {
          gsize old2 = qs_json_push_key (&ctx->json, "id");
          const char *first = seen_before (ctx, "source", id);
          gboolean unique = first == NULL;

          if (first)
            qs_json_problem (&ctx->json, _("duplicate source id “%s” (also at %s)"), id, first);
          qs_json_pop (&ctx->json, old2);
          if (unique)
            {
              source->id = g_strdup (id);
              qs_dataset_add_source (ctx->dataset, source);
            }
        }
      qs_json_pop (&ctx->json, old);
    }
}

static void
read_metadata (Ctx        *ctx,
               JsonObject *object)
{
  static const char *const keys[] = { "title", "description", "publisher", "region",
                                      "provenance", "created", "sources", NULL };
  g_autoptr(QsText) title = NULL;
  g_autoptr(QsText) description = NULL;
  g_autoptr(QsText) publisher = NULL;
  QsProvenance provenance;
  JsonNode *node;
  guint32 day;

  qs_json_check_keys (&ctx->json, object, keys, TRUE);
  title = qs_json_get_text (&ctx->json, object, "title", TRUE, FALSE);
  description = qs_json_get_text (&ctx->json, object, "description", FALSE, FALSE);
  publisher = qs_json_get_text (&ctx->json, object, "publisher", FALSE, FALSE);
  qs_dataset_set_title (ctx->dataset, title);
  qs_dataset_set_description (ctx->dataset, description);
  qs_dataset_set_publisher (ctx->dataset, publisher);
  if (GET_KEYWORD (ctx, object, "provenance", TRUE, provenance, &provenance))
    qs_dataset_set_provenance (ctx->dataset, provenance);
  if (get_date (ctx, object, "created", &day))
    {
      g_autofree char *created = qs_date_to_string (day);
      qs_dataset_set_created (ctx->dataset, created);
    }
  if ((node = qs_json_member (&ctx->json, object, "sources", FALSE)))
    {
      gsize old = qs_json_push_key (&ctx->json, "sources");
      JsonArray *array = as_array (ctx, node);
      if (array)
        read_sources (ctx, array);
      qs_json_pop (&ctx->json, old);
    }
}

/* ---- regions ----------------------------------------------------------- */

static gboolean
region_code_ok (const char *code)
{
  if (strlen (code) != 6)
    return FALSE;
  for (guint i = 0; i < 6; i++)
    if (!g_ascii_isdigit (code[i]))
      return FALSE;
  return TRUE;
}

static void
read_regions (Ctx       *ctx,
              JsonArray *array)
{
  static const char *const keys[] = { "code", "name", "parent", "tile", NULL };
  g_autoptr(GPtrArray) parents = g_ptr_array_new_with_free_func (g_free);

  REFUSE_LONG_LIST (ctx, array, QS_LOAD_MAX_REGIONS, _("%u regions; at most %u are allowed"), return);
  if (json_array_get_length (array) == 0)
    qs_json_problem (&ctx->json, _("must list at least one region"));

  for (guint i = 0; i < json_array_get_length (array) && !qs_json_full (&ctx->json); i++)
    {
      gsize old = qs_json_push_index (&ctx->json, i);
      JsonObject *object = as_object (ctx, json_array_get_element (array, i));
      g_autoptr(QsRegion) region = NULL;
      const char *code;
      JsonNode *tile;

      if (object == NULL)
        {
          qs_json_pop (&ctx->json, old);
          continue;
        }
      qs_json_check_keys (&ctx->json, object, keys, TRUE);
      region = qs_region_new ();
      code = qs_json_get_string (&ctx->json, object, "code", TRUE);
      region->name = qs_json_get_text (&ctx->json, object, "name", TRUE, FALSE);
      region->parent = g_strdup (qs_json_get_string (&ctx->json, object, "parent", FALSE));
      if (region->parent)
        {
          /* Checked once every region is known. */
          g_ptr_array_add (parents, g_strdup_printf ("%s\x1f%s.parent", region->parent, ctx->json.path->str));
        }

      if ((tile = qs_json_member (&ctx->json, object, "tile", FALSE)))
        {
          gsize old2 = qs_json_push_key (&ctx->json, "tile");
          JsonArray *pair = as_array (ctx, tile);
          if (pair && json_array_get_length (pair) == 2 &&
              JSON_NODE_HOLDS_VALUE (json_array_get_element (pair, 0)) &&
              json_node_get_value_type (json_array_get_element (pair, 0)) == G_TYPE_INT64 &&
              JSON_NODE_HOLDS_VALUE (json_array_get_element (pair, 1)) &&
              json_node_get_value_type (json_array_get_element (pair, 1)) == G_TYPE_INT64 &&
              json_array_get_int_element (pair, 0) >= 0 && json_array_get_int_element (pair, 0) < 100 &&
              json_array_get_int_element (pair, 1) >= 0 && json_array_get_int_element (pair, 1) < 100)
            {
              g_autofree char *where = NULL;
              const char *first;

              region->has_tile = TRUE;
              region->tile_column = json_array_get_int_element (pair, 0);
              region->tile_row = json_array_get_int_element (pair, 1);
              where = g_strdup_printf ("%d, %d", region->tile_column, region->tile_row);
              first = seen_before (ctx, "tile", where);
              if (first)
                qs_json_problem (&ctx->json, _("the tile %s is taken already (by %s)"), where, first);
            }
          else if (pair)
            qs_json_problem (&ctx->json, _("must be [column, row], two whole numbers from 0 to 99"));
          qs_json_pop (&ctx->json, old2);
        }

      if (code)
        {
          gsize old2 = qs_json_push_key (&ctx->json, "code");
          const char *first = NULL;

          if (!region_code_ok (code))
            qs_json_problem (&ctx->json, _("“%s” is not a region code (six digits, GB/T 2260)"), code);
          else if ((first = seen_before (ctx, "region code", code)))
            qs_json_problem (&ctx->json, _("duplicate region code “%s” (also at %s)"), code, first);
          else if (region->name)
            {
              region->code = g_strdup (code);
              qs_dataset_add_region (ctx->dataset, region);
            }
          qs_json_pop (&ctx->json, old2);
        }
      qs_json_pop (&ctx->json, old);
    }

  for (guint i = 0; i < parents->len; i++)
    {
      g_auto(GStrv) parts = g_strsplit (parents->pdata[i], "\x1f", 2);
      g_autofree char *saved = g_strdup (ctx->json.path->str);
      g_string_assign (ctx->json.path, parts[1]);
      check_region_ref (ctx, parts[0]);
      g_string_assign (ctx->json.path, saved);
    }
}

/* ---- indicators -------------------------------------------------------- */

static gboolean
indicator_id_ok (const char *id)
{
  if (!g_ascii_islower (id[0]) || strchr (id, '.') == NULL || strlen (id) > 128)
    return FALSE;
  for (const char *p = id; *p; p++)
    if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '_' && *p != '.' && *p != '-')
      return FALSE;
  return TRUE;
}

static void
read_targets (Ctx         *ctx,
              QsIndicator *indicator,
              JsonArray   *array)
{
  static const char *const keys[] = { "kind", "value", "label", "year", "valid_from",
                                      "valid_to", "region", NULL };

  for (guint i = 0; i < json_array_get_length (array) && !qs_json_full (&ctx->json); i++)
    {
      gsize old = qs_json_push_index (&ctx->json, i);
      JsonObject *object = as_object (ctx, json_array_get_element (array, i));
      g_autoptr(QsTarget) target = NULL;
      gboolean ok = TRUE;
      const char *region;
      gint64 year;

      if (object == NULL)
        {
          qs_json_pop (&ctx->json, old);
          continue;
        }
      qs_json_check_keys (&ctx->json, object, keys, TRUE);
      target = qs_target_new ();
      ok &= GET_KEYWORD (ctx, object, "kind", TRUE, target_kind, &target->kind);
      ok &= get_number (ctx, object, "value", TRUE, &target->value);
      ok &= (target->label = qs_json_get_text (&ctx->json, object, "label", TRUE, FALSE)) != NULL;
      if (get_int (ctx, object, "year", FALSE, QS_PERIOD_MIN_YEAR, QS_PERIOD_MAX_YEAR, &year))
        target->year = (int) year;
      get_date (ctx, object, "valid_from", &target->valid_from);
      get_date (ctx, object, "valid_to", &target->valid_to);
      if (target->valid_from && target->valid_to && target->valid_from > target->valid_to)
        {
          gsize old2 = qs_json_push_key (&ctx->json, "valid_to");
          qs_json_problem (&ctx->json, _("ends before “valid_from”"));
          qs_json_pop (&ctx->json, old2);
          ok = FALSE;
        }
      if ((region = qs_json_get_string (&ctx->json, object, "region", FALSE)))
        {
          gsize old2 = qs_json_push_key (&ctx->json, "region");
          ok &= check_region_ref (ctx, region);
          qs_json_pop (&ctx->json, old2);
          target->region = g_strdup (region);
        }
      if (ok && qs_indicator_get_kind (indicator) == QS_KIND_RATIO &&
          (target->value < 0 || target->value > 100))
        {
          gsize old2 = qs_json_push_key (&ctx->json, "value");
          qs_json_problem (&ctx->json, _("a share must be between 0 and 100"));
          qs_json_pop (&ctx->json, old2);
          ok = FALSE;
        }
      if (ok)
        qs_indicator_add_target (indicator, target);
      qs_json_pop (&ctx->json, old);
    }
}

static void
read_categories (Ctx         *ctx,
                 QsIndicator *indicator,
                 JsonArray   *array)
{
  static const char *const keys[] = { "id", "name", "color", NULL };

  REFUSE_LONG_LIST (ctx, array, QS_LOAD_MAX_CATEGORIES, _("%u categories; at most %u are allowed"), return);
  if (json_array_get_length (array) == 0)
    qs_json_problem (&ctx->json, _("must list at least one category"));
  for (guint i = 0; i < json_array_get_length (array) && !qs_json_full (&ctx->json); i++)
    {
      gsize old = qs_json_push_index (&ctx->json, i);
      JsonObject *object = as_object (ctx, json_array_get_element (array, i));
      g_autoptr(QsText) name = NULL;
      const char *id, *color;

      if (object == NULL)
        {
          qs_json_pop (&ctx->json, old);
          continue;
        }
      qs_json_check_keys (&ctx->json, object, keys, TRUE);
      id = qs_json_get_string (&ctx->json, object, "id", TRUE);
      name = qs_json_get_text (&ctx->json, object, "name", TRUE, FALSE);
      color = qs_json_get_string (&ctx->json, object, "color", FALSE);
      if (color)
        {
          gboolean good = strlen (color) == 7 && color[0] == '#';
          for (guint k = 1; good && k < 7; k++)
            good = g_ascii_isxdigit (color[k]);
          if (!good)
            {
              gsize old2 = qs_json_push_key (&ctx->json, "color");
              qs_json_problem (&ctx->json, _("“%s” is not a colour (expected #RRGGBB)"), color);
              qs_json_pop (&ctx->json, old2);
              color = NULL;
            }
        }
      if (id)
        {
          g_autofree char *what = g_strdup_printf ("category of %s", qs_indicator_get_id (indicator));
          gsize old2 = qs_json_push_key (&ctx->json, "id");
          const char *first = seen_before (ctx, what, id);
          if (first)
            qs_json_problem (&ctx->json, _("duplicate category “%s” (also at %s)"), id, first);
          else
            qs_indicator_add_category (indicator, id, name, color);
          qs_json_pop (&ctx->json, old2);
        }
      qs_json_pop (&ctx->json, old);
    }
}

/* Checks a value against what the indicator's kind allows. */
static gboolean
value_in_range (Ctx         *ctx,
                QsIndicator *indicator,
                double       value)
{
  switch (qs_indicator_get_kind (indicator))
    {
    case QS_KIND_RATIO:
      if (value < 0 || value > 100)
        {
          qs_json_problem (&ctx->json, _("%g is not a share: must be between 0 and 100"), value);
          return FALSE;
        }
      return TRUE;
    case QS_KIND_COMPOSITION:
      if (value < 0 || (qs_indicator_get_unit (indicator) == QS_UNIT_PERCENT && value > 100))
        {
          qs_json_problem (&ctx->json, _("%g is not a share: must be between 0 and 100"), value);
          return FALSE;
        }
      return TRUE;
    case QS_KIND_CONCENTRATION:
    case QS_KIND_COUNT:
    case QS_KIND_AMOUNT:
      if (value < 0)
        {
          qs_json_problem (&ctx->json, _("must not be negative (%g)"), value);
          return FALSE;
        }
      return TRUE;
    case QS_KIND_INDEX:
    default:
      return TRUE;
    }
}

/* The column a list stands for, when the guard took it out of the tree. */
static const QsJsonColumn *
as_column (Ctx       *ctx,
           JsonArray *array)
{
  JsonNode *first;
  const char *marker;
  gsize prefix;
  guint64 index;

  if (ctx->column_marker == NULL || json_array_get_length (array) != 1)
    return NULL;
  first = json_array_get_element (array, 0);
  if (!qs_json_is_string (first))
    return NULL;
  marker = json_node_get_string (first);
  prefix = strlen (ctx->column_marker);
  if (strncmp (marker, ctx->column_marker, prefix) != 0)
    return NULL;
  index = g_ascii_strtoull (marker + prefix, NULL, 10);
  if (index >= ctx->columns->len)
    return NULL;
  return &g_array_index (ctx->columns, QsJsonColumn, index);
}

/* The number of values in a list of values. */
static guint
values_length (Ctx       *ctx,
               JsonArray *array)
{
  const QsJsonColumn *column = as_column (ctx, array);

  return column ? column->count : json_array_get_length (array);
}

/* Parses a column the guard has already checked: numbers and nulls only. */
static void
parse_column (Ctx                *ctx,
              const QsJsonColumn *column,
              double             *out)
{
  const char *p = ctx->text + column->start + 1;
  const char *end = ctx->text + column->end - 1;
  guint i = 0;

  while (p < end && i < column->count)
    {
      const char *token;

      while (p < end && (*p == ' ' || *p == ',' || *p == '\n' || *p == '\r' || *p == '\t'))
        p++;
      if (p >= end)
        break;
      token = p;
      while (p < end && *p != ',' && *p != ' ' && *p != '\n' && *p != '\r' && *p != '\t')
        p++;
      if (*token == 'n' || !qs_number_parse (token, (gsize) (p - token), &out[i]))
        out[i] = NAN;
      i++;
    }
}

/* Fills @out from a list of numbers and nulls of exactly @n elements; with an
 * @indicator, each value is checked against its kind. */
static gboolean
read_values (Ctx         *ctx,
             QsIndicator *indicator,
             JsonArray   *array,
             guint        n,
             double      *out)
{
  const QsJsonColumn *column = as_column (ctx, array);
  QsKind kind = indicator ? qs_indicator_get_kind (indicator) : QS_KIND_INDEX;
  double lo = -G_MAXDOUBLE, hi = G_MAXDOUBLE;
  gboolean ok = TRUE;

  if (values_length (ctx, array) != n)
    {
      qs_json_problem (&ctx->json, _("the number of values (%u) differs from the number of periods (%u)"),
                       values_length (ctx, array), n);
      return FALSE;
    }

  if (column)
    parse_column (ctx, column, out);
  else
    for (guint i = 0; i < n; i++)
      {
        JsonNode *node = json_array_get_element (array, i);
        double v;

        out[i] = NAN;
        if (JSON_NODE_HOLDS_NULL (node))
          continue;
        if (G_LIKELY (node_is_number (node)) && G_LIKELY (isfinite (v = json_node_get_double (node))))
          {
            out[i] = v;
            continue;
          }

        ok = FALSE;
        {
          gsize old = qs_json_push_index (&ctx->json, i);
          if (!node_is_number (node))
            qs_json_problem (&ctx->json, _("must be a number or null, not %s"), qs_json_type_name (node));
          else
            qs_json_problem (&ctx->json, _("the number is too large"));
          qs_json_pop (&ctx->json, old);
        }
        if (qs_json_full (&ctx->json))
          return FALSE;
      }

  if (kind == QS_KIND_CONCENTRATION || kind == QS_KIND_COUNT || kind == QS_KIND_AMOUNT ||
      kind == QS_KIND_COMPOSITION)
    lo = 0;
  if (kind == QS_KIND_RATIO || (kind == QS_KIND_COMPOSITION &&
                                qs_indicator_get_unit (indicator) == QS_UNIT_PERCENT))
    lo = 0, hi = 100;

  for (guint i = 0; i < n; i++)
    {
      gsize old;

      /* NaN fails both comparisons: missing values pass. */
      if (G_LIKELY (!(out[i] < lo) && !(out[i] > hi)))
        continue;
      ok = FALSE;
      old = qs_json_push_index (&ctx->json, i);
      value_in_range (ctx, indicator, out[i]);
      qs_json_pop (&ctx->json, old);
      out[i] = NAN;
      if (qs_json_full (&ctx->json))
        return FALSE;
    }
  return ok;
}

/* Reads "periods" (or counts from "start") into a new series. */
static QsSeries *
make_series (Ctx          *ctx,
             JsonObject   *object,
             const char   *region,
             QsResolution  resolution,
             guint         n_values,
             guint         n_categories)
{
  JsonNode *start_node = json_object_get_member (object, "start");
  JsonNode *periods_node = json_object_get_member (object, "periods");
  gsize old;

  if ((start_node != NULL) == (periods_node != NULL))
    {
      qs_json_problem (&ctx->json, _("give either “start” or “periods”, not both or neither"));
      return NULL;
    }

  if (start_node)
    {
      const char *start = qs_json_get_string (&ctx->json, object, "start", TRUE);
      gint32 first;

      if (start == NULL)
        return NULL;
      old = qs_json_push_key (&ctx->json, "start");
      if (!qs_period_parse (resolution, start, &first))
        {
          period_problem (ctx, resolution, start);
          qs_json_pop (&ctx->json, old);
          return NULL;
        }
      qs_json_pop (&ctx->json, old);
      if (n_values > 0 && qs_period_get_year (resolution, first + (gint32) n_values - 1) > QS_PERIOD_MAX_YEAR)
        {
          qs_json_problem (&ctx->json, _("the series runs past the year %d"), QS_PERIOD_MAX_YEAR);
          return NULL;
        }
      return qs_series_new_regular (region, resolution, first, n_values, n_categories);
    }
  else
    {
      JsonArray *array;
      g_autofree gint32 *periods = NULL;
      gboolean ok = TRUE;

      old = qs_json_push_key (&ctx->json, "periods");
      if ((array = as_array (ctx, periods_node)) == NULL)
        {
          qs_json_pop (&ctx->json, old);
          return NULL;
        }
      if (json_array_get_length (array) != n_values)
        {
          qs_json_problem (&ctx->json, _("the number of periods (%u) differs from the number of values (%u)"),
                           json_array_get_length (array), n_values);
          qs_json_pop (&ctx->json, old);
          return NULL;
        }
      periods = g_new (gint32, MAX (n_values, 1));
      for (guint i = 0; i < n_values && !qs_json_full (&ctx->json); i++)
        {
          JsonNode *node = json_array_get_element (array, i);
          gsize old2 = qs_json_push_index (&ctx->json, i);

          if (!qs_json_is_string (node))
            {
              qs_json_problem (&ctx->json, _("must be a text, not %s"), qs_json_type_name (node));
              ok = FALSE;
            }
          else if (!qs_period_parse (resolution, json_node_get_string (node), &periods[i]))
            {
              period_problem (ctx, resolution, json_node_get_string (node));
              ok = FALSE;
            }
          else if (i > 0 && ok && periods[i] <= periods[i - 1])
            {
              qs_json_problem (&ctx->json, _("“%s” is not after the period before it"),
                               json_node_get_string (node));
              ok = FALSE;
            }
          qs_json_pop (&ctx->json, old2);
        }
      qs_json_pop (&ctx->json, old);
      if (!ok)
        return NULL;
      return qs_series_new_irregular (region, resolution, g_steal_pointer (&periods),
                                      n_values, n_categories);
    }
}

static gboolean
read_status (Ctx        *ctx,
             JsonObject *object,
             QsSeries   *series)
{
  JsonNode *node = json_object_get_member (object, "status");
  guint n = qs_series_get_n_values (series);
  gboolean ok = TRUE;
  JsonArray *array;
  QsStatus status;
  gsize old;

  if (node == NULL)
    return TRUE;
  if (qs_json_is_string (node))
    {
      if (!GET_KEYWORD (ctx, object, "status", TRUE, status, &status))
        return FALSE;
      qs_series_set_status_all (series, status);
      return TRUE;
    }
  old = qs_json_push_key (&ctx->json, "status");
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      qs_json_problem (&ctx->json, _("must be a status or a list of them, not %s"), qs_json_type_name (node));
      qs_json_pop (&ctx->json, old);
      return FALSE;
    }
  array = json_node_get_array (node);
  if (json_array_get_length (array) != n)
    {
      qs_json_problem (&ctx->json, _("the number of entries (%u) differs from the number of values (%u)"),
                       json_array_get_length (array), n);
      qs_json_pop (&ctx->json, old);
      return FALSE;
    }
  for (guint i = 0; i < n && !qs_json_full (&ctx->json); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      gsize old2 = qs_json_push_index (&ctx->json, i);

      if (!qs_json_is_string (element))
        {
          qs_json_problem (&ctx->json, _("must be a text, not %s"), qs_json_type_name (element));
          ok = FALSE;
        }
      else if (!qs_status_from_string (json_node_get_string (element), &status))
        {
          qs_json_problem (&ctx->json, _("unknown value “%s” (expected one of: %s)"),
                           json_node_get_string (element), qs_status_keywords ());
          ok = FALSE;
        }
      else
        qs_series_set_status (series, i, status);
      qs_json_pop (&ctx->json, old2);
    }
  qs_json_pop (&ctx->json, old);
  return ok;
}

static gboolean
read_source (Ctx        *ctx,
             JsonObject *object,
             QsSeries   *series)
{
  JsonNode *node = json_object_get_member (object, "source");
  guint n = qs_series_get_n_values (series);
  gboolean ok = TRUE;
  JsonArray *array;
  gsize old;

  if (node == NULL)
    return TRUE;
  old = qs_json_push_key (&ctx->json, "source");
  if (qs_json_is_string (node))
    {
      ok = check_source_ref (ctx, json_node_get_string (node));
      if (ok)
        qs_series_set_source_all (series, json_node_get_string (node));
      qs_json_pop (&ctx->json, old);
      return ok;
    }
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      qs_json_problem (&ctx->json, _("must be a source id or a list of them, not %s"), qs_json_type_name (node));
      qs_json_pop (&ctx->json, old);
      return FALSE;
    }
  array = json_node_get_array (node);
  if (json_array_get_length (array) != n)
    {
      qs_json_problem (&ctx->json, _("the number of entries (%u) differs from the number of values (%u)"),
                       json_array_get_length (array), n);
      qs_json_pop (&ctx->json, old);
      return FALSE;
    }
  for (guint i = 0; i < n && !qs_json_full (&ctx->json); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      gsize old2 = qs_json_push_index (&ctx->json, i);

      if (JSON_NODE_HOLDS_NULL (element))
        qs_series_set_source (series, i, NULL);
      else if (!qs_json_is_string (element))
        {
          qs_json_problem (&ctx->json, _("must be a source id or null, not %s"), qs_json_type_name (element));
          ok = FALSE;
        }
      else if (check_source_ref (ctx, json_node_get_string (element)))
        qs_series_set_source (series, i, json_node_get_string (element));
      else
        ok = FALSE;
      qs_json_pop (&ctx->json, old2);
    }
  qs_json_pop (&ctx->json, old);
  return ok;
}

/* The shares of a composition in % must add up to 100 in every period. */
static gboolean
check_composition_sums (Ctx         *ctx,
                        QsIndicator *indicator,
                        QsSeries    *series)
{
  guint n = qs_series_get_n_values (series);
  guint k = qs_indicator_get_n_categories (indicator);
  double tolerance = MAX (0.01, 0.5 * k * pow (10, -(double) qs_indicator_get_decimals (indicator)));
  gboolean ok = TRUE;

  for (guint i = 0; i < n && !qs_json_full (&ctx->json); i++)
    {
      double sum = 0;
      guint missing = 0;

      for (guint c = 0; c < k; c++)
        {
          double v = qs_series_get_values (series, c)[i];
          if (isnan (v))
            missing++;
          else
            sum += v;
        }
      if (missing == k)
        continue;
      if (missing > 0 || fabs (sum - 100) > tolerance)
        {
          g_autofree char *period = qs_period_to_string (qs_series_get_resolution (series),
                                                         qs_series_get_period (series, i));
          if (missing > 0)
            /* TRANSLATORS: %s is a period; there are always two or more categories. */
            qs_json_problem (&ctx->json,
                             g_dngettext (GETTEXT_PACKAGE,
                                          "the shares for %s are incomplete: %u of %u categories is missing",
                                          "the shares for %s are incomplete: %u of %u categories are missing",
                                          missing),
                             period, missing, k);
          else
            qs_json_problem (&ctx->json, _("the shares for %s add up to %.*f, not 100"),
                             period, (int) qs_indicator_get_decimals (indicator), sum);
          ok = FALSE;
        }
    }
  return ok;
}

static void
read_series (Ctx         *ctx,
             QsIndicator *indicator,
             JsonArray   *array,
             gboolean     indicator_ok)
{
  static const char *const keys[] = { "region", "start", "periods", "values", "status", "source", NULL };
  gboolean composition = qs_indicator_get_kind (indicator) == QS_KIND_COMPOSITION;
  guint n_categories = qs_indicator_get_n_categories (indicator);

  REFUSE_LONG_LIST (ctx, array, QS_LOAD_MAX_SERIES, _("%u series; at most %u are allowed in one indicator"), return);
  for (guint i = 0; i < json_array_get_length (array) && !qs_json_full (&ctx->json); i++)
    {
      gsize old = qs_json_push_index (&ctx->json, i);
      JsonObject *object = as_object (ctx, json_array_get_element (array, i));
      g_autoptr(QsSeries) series = NULL;
      const char *region;
      JsonNode *values;
      JsonObject *by_category = NULL;
      JsonArray *plain = NULL;
      gboolean ok = TRUE;
      guint n = 0;
      gsize old2;

      if (object == NULL)
        {
          qs_json_pop (&ctx->json, old);
          continue;
        }
      qs_json_check_keys (&ctx->json, object, keys, TRUE);
      region = qs_json_get_string (&ctx->json, object, "region", TRUE);
      if (region)
        {
          g_autofree char *what = g_strdup_printf ("series of %s for region", qs_indicator_get_id (indicator));
          const char *first = NULL;

          old2 = qs_json_push_key (&ctx->json, "region");
          /* A dropped indicator's series are checked, but not against the
           * series of the indicator whose id it repeats. */
          ok &= check_region_ref (ctx, region);
          if (ok && indicator_ok && (first = seen_before (ctx, what, region)))
            {
              qs_json_problem (&ctx->json, _("a second series for the region “%s” (the first is at %s)"),
                               region, first);
              ok = FALSE;
            }
          qs_json_pop (&ctx->json, old2);
        }

      values = qs_json_member (&ctx->json, object, "values", TRUE);
      if (values == NULL)
        {
          qs_json_pop (&ctx->json, old);
          continue;
        }
      old2 = qs_json_push_key (&ctx->json, "values");
      if (composition)
        {
          if ((by_category = as_object (ctx, values)))
            {
              g_autoptr(GList) members = json_object_get_members (by_category);
              for (GList *l = members; l; l = l->next)
                {
                  guint c;
                  gsize old3 = qs_json_push_key (&ctx->json, l->data);
                  if (!qs_indicator_find_category (indicator, l->data, &c))
                    {
                      qs_json_problem (&ctx->json, _("unknown category (not in “categories”)"));
                      ok = FALSE;
                    }
                  else if (!JSON_NODE_HOLDS_ARRAY (json_object_get_member (by_category, l->data)))
                    {
                      as_array (ctx, json_object_get_member (by_category, l->data));
                      ok = FALSE;
                    }
                  else
                    n = MAX (n, values_length (ctx, json_object_get_array_member (by_category, l->data)));
                  qs_json_pop (&ctx->json, old3);
                }
              for (guint c = 0; c < n_categories; c++)
                if (!json_object_has_member (by_category, qs_indicator_get_category_id (indicator, c)))
                  {
                    qs_json_problem (&ctx->json, _("missing the values of category “%s”"),
                                     qs_indicator_get_category_id (indicator, c));
                    ok = FALSE;
                  }
            }
          else
            ok = FALSE;
        }
      else if ((plain = as_array (ctx, values)))
        n = values_length (ctx, plain);
      else
        ok = FALSE;
      qs_json_pop (&ctx->json, old2);

      if (!ok || !region)
        {
          qs_json_pop (&ctx->json, old);
          continue;
        }

      if (!count_values (ctx, (guint64) n * (composition ? n_categories : 1)))
        {
          qs_json_pop (&ctx->json, old);
          return;
        }
      series = make_series (ctx, object, region, qs_indicator_get_resolution (indicator), n,
                            composition ? n_categories : 1);
      if (series == NULL)
        {
          /* The periods are wrong; still check the rest so that every problem
           * is listed at once, on a series that is then dropped. */
          ok = FALSE;
          series = qs_series_new_regular (region, qs_indicator_get_resolution (indicator), 0, n,
                                          composition ? n_categories : 1);
        }

      old2 = qs_json_push_key (&ctx->json, "values");
      if (composition)
        {
          for (guint c = 0; c < n_categories; c++)
            {
              const char *id = qs_indicator_get_category_id (indicator, c);
              gsize old3 = qs_json_push_key (&ctx->json, id);
              ok &= read_values (ctx, indicator, json_object_get_array_member (by_category, id), n,
                                 qs_series_get_data (series, c));
              qs_json_pop (&ctx->json, old3);
            }
          if (ok && qs_indicator_get_unit (indicator) == QS_UNIT_PERCENT)
            ok &= check_composition_sums (ctx, indicator, series);
        }
      else
        ok &= read_values (ctx, indicator, plain, n, qs_series_get_data (series, 0));
      qs_json_pop (&ctx->json, old2);

      ok &= read_status (ctx, object, series);
      ok &= read_source (ctx, object, series);
      if (ok)
        qs_indicator_add_series (indicator, series);
      qs_json_pop (&ctx->json, old);
    }
}

static void
read_indicator (Ctx        *ctx,
                JsonObject *object)
{
  static const char *const keys[] = { "id", "domain", "name", "description", "unit", "unit_label",
                                      "decimals", "direction", "kind", "resolution", "categories",
                                      "counts", "targets", "series", NULL };
  g_autoptr(QsIndicator) indicator = NULL;
  g_autoptr(QsText) name = NULL;
  g_autoptr(QsText) description = NULL;
  g_autoptr(QsText) unit_label = NULL;
  QsDomain domain = QS_DOMAIN_OTHER;
  QsKind kind = QS_KIND_INDEX;
  QsUnit unit = QS_UNIT_DIMENSIONLESS;
  QsResolution resolution = QS_RESOLUTION_YEAR;
  QsDirection direction = QS_DIRECTION_NEUTRAL;
  gboolean ok = TRUE;
  const char *id;
  gint64 decimals = 1;
  JsonNode *node;
  gsize old;

  qs_json_check_keys (&ctx->json, object, keys, TRUE);
  id = qs_json_get_string (&ctx->json, object, "id", TRUE);
  if (id)
    {
      old = qs_json_push_key (&ctx->json, "id");
      if (!indicator_id_ok (id))
        {
          qs_json_problem (&ctx->json, _("“%s” is not an indicator id (lower case “domain.name”: letters, digits, _ . -)"),
                           id);
          ok = FALSE;
        }
      else
        {
          const char *first = seen_before (ctx, "indicator id", id);
          if (first)
            {
              qs_json_problem (&ctx->json, _("duplicate indicator id “%s” (also at %s)"), id, first);
              ok = FALSE;
            }
        }
      qs_json_pop (&ctx->json, old);
    }
  else
    ok = FALSE;
  ok &= GET_KEYWORD (ctx, object, "domain", TRUE, domain, &domain);
  ok &= (name = qs_json_get_text (&ctx->json, object, "name", TRUE, FALSE)) != NULL;
  description = qs_json_get_text (&ctx->json, object, "description", FALSE, FALSE);
  ok &= GET_KEYWORD (ctx, object, "unit", TRUE, unit, &unit);
  unit_label = qs_json_get_text (&ctx->json, object, "unit_label", FALSE, FALSE);
  if (json_object_has_member (object, "decimals"))
    ok &= get_int (ctx, object, "decimals", FALSE, 0, 6, &decimals);
  ok &= GET_KEYWORD (ctx, object, "direction", TRUE, direction, &direction);
  ok &= GET_KEYWORD (ctx, object, "kind", TRUE, kind, &kind);
  ok &= GET_KEYWORD (ctx, object, "resolution", TRUE, resolution, &resolution);

  if (ok && kind == QS_KIND_RATIO && unit != QS_UNIT_PERCENT)
    {
      old = qs_json_push_key (&ctx->json, "unit");
      qs_json_problem (&ctx->json, _("a ratio must have the unit “%%”"));
      qs_json_pop (&ctx->json, old);
      ok = FALSE;
    }
  /* Even when something above is wrong, the targets and series are read, so
   * that all their problems are listed too; the indicator is then dropped. */
  indicator = qs_indicator_new (id ? id : "", domain, kind, unit, resolution);
  qs_indicator_set_name (indicator, name);
  qs_indicator_set_description (indicator, description);
  qs_indicator_set_unit_label (indicator, unit_label);
  qs_indicator_set_decimals (indicator, (guint) decimals);
  qs_indicator_set_direction (indicator, direction);

  node = qs_json_member (&ctx->json, object, "categories", kind == QS_KIND_COMPOSITION);
  if (node && kind != QS_KIND_COMPOSITION)
    {
      old = qs_json_push_key (&ctx->json, "categories");
      qs_json_problem (&ctx->json, _("only a composition has categories"));
      qs_json_pop (&ctx->json, old);
      ok = FALSE;
      node = NULL;
    }
  if (node)
    {
      JsonArray *array;
      old = qs_json_push_key (&ctx->json, "categories");
      if ((array = as_array (ctx, node)))
        read_categories (ctx, indicator, array);
      qs_json_pop (&ctx->json, old);
    }
  if (kind == QS_KIND_COMPOSITION && qs_indicator_get_n_categories (indicator) == 0)
    return;

  /* A rate made of two counts; the references are checked once every
   * indicator is read (check_counts). */
  if ((node = qs_json_member (&ctx->json, object, "counts", FALSE)))
    {
      static const char *const count_keys[] = { "numerator", "denominator", NULL };
      JsonObject *counts;
      old = qs_json_push_key (&ctx->json, "counts");
      if (kind != QS_KIND_RATIO)
        {
          qs_json_problem (&ctx->json, _("only a ratio can be made of counts"));
          ok = FALSE;
        }
      else if ((counts = as_object (ctx, node)))
        {
          const char *numerator, *denominator;
          qs_json_check_keys (&ctx->json, counts, count_keys, TRUE);
          numerator = qs_json_get_string (&ctx->json, counts, "numerator", TRUE);
          denominator = qs_json_get_string (&ctx->json, counts, "denominator", TRUE);
          if (numerator && denominator && strcmp (numerator, denominator) == 0)
            {
              qs_json_problem (&ctx->json, _("the numerator and the denominator must be two different indicators"));
              ok = FALSE;
            }
          else if (numerator && denominator)
            qs_indicator_set_counts (indicator, numerator, denominator);
          else
            ok = FALSE;
        }
      else
        ok = FALSE;
      qs_json_pop (&ctx->json, old);
    }

  if ((node = qs_json_member (&ctx->json, object, "targets", FALSE)))
    {
      JsonArray *array;
      old = qs_json_push_key (&ctx->json, "targets");
      if ((array = as_array (ctx, node)))
        read_targets (ctx, indicator, array);
      qs_json_pop (&ctx->json, old);
    }
  if ((node = qs_json_member (&ctx->json, object, "series", FALSE)))
    {
      JsonArray *array;
      old = qs_json_push_key (&ctx->json, "series");
      if ((array = as_array (ctx, node)))
        read_series (ctx, indicator, array, ok);
      qs_json_pop (&ctx->json, old);
    }

  if (ok)
    qs_dataset_add_indicator (ctx->dataset, indicator);
}

/* The two counts a rate is made of are count indicators of the rate's
 * resolution, defined anywhere in the file. */
static void
check_counts (Ctx       *ctx,
              JsonArray *array)
{
  for (guint i = 0; i < json_array_get_length (array) && !qs_json_full (&ctx->json); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      QsIndicator *rate;
      const char *refs[2];
      gsize old;

      if (!JSON_NODE_HOLDS_OBJECT (element) ||
          !json_object_has_member (json_node_get_object (element), "id") ||
          !qs_json_is_string (json_object_get_member (json_node_get_object (element), "id")))
        continue;
      rate = qs_dataset_lookup_indicator (ctx->dataset,
                                          json_object_get_string_member (json_node_get_object (element), "id"));
      if (rate == NULL || !qs_indicator_get_counts (rate, &refs[0], &refs[1]))
        continue;
      old = qs_json_push_index (&ctx->json, i);
      for (guint k = 0; k < 2; k++)
        {
          QsIndicator *count = qs_dataset_lookup_indicator (ctx->dataset, refs[k]);
          gsize old2 = qs_json_push_key (&ctx->json, k == 0 ? "counts.numerator" : "counts.denominator");

          if (count == NULL)
            qs_json_problem (&ctx->json, _("unknown indicator “%s” (not in “indicators”)"), refs[k]);
          else if (qs_indicator_get_kind (count) != QS_KIND_COUNT)
            qs_json_problem (&ctx->json, _("“%s” is not a count (its kind must be “count”)"), refs[k]);
          else if (qs_indicator_get_resolution (count) != qs_indicator_get_resolution (rate))
            qs_json_problem (&ctx->json, _("“%s” has a different resolution from the rate made of it"), refs[k]);
          qs_json_pop (&ctx->json, old2);
        }
      qs_json_pop (&ctx->json, old);
    }
}

/* ---- observations ------------------------------------------------------ */

/* Raw concentrations: not negative, and below anything a monitor reports. */
static gboolean
check_raw_range (Ctx          *ctx,
                 const double *values,
                 guint         n,
                 double        max)
{
  gboolean ok = TRUE;

  for (guint i = 0; i < n && !qs_json_full (&ctx->json); i++)
    if (values[i] < 0 || values[i] > max)
      {
        gsize old = qs_json_push_index (&ctx->json, i);
        if (values[i] < 0)
          qs_json_problem (&ctx->json, _("must not be negative (%g)"), values[i]);
        else
          qs_json_problem (&ctx->json, _("%g is out of range (at most %g)"), values[i], max);
        qs_json_pop (&ctx->json, old);
        ok = FALSE;
      }
  return ok;
}

static void
read_air_daily (Ctx       *ctx,
                JsonArray *array)
{
  static const char *const keys[] = { "region", "start", "pm25", "pm10", "so2", "no2", "co",
                                      "o3_8h", "o3_1h", NULL };

  REFUSE_LONG_LIST (ctx, array, QS_LOAD_MAX_BLOCKS, _("%u blocks of daily air data; at most %u are allowed"), return);
  for (guint i = 0; i < json_array_get_length (array) && !qs_json_full (&ctx->json); i++)
    {
      gsize old = qs_json_push_index (&ctx->json, i);
      JsonObject *object = as_object (ctx, json_array_get_element (array, i));
      g_autoptr(QsAirDaily) block = NULL;
      const char *region, *start;
      const char *first_column = NULL;
      guint32 first = 0;
      gboolean ok = TRUE;
      guint n = 0;
      gboolean any = FALSE;

      if (object == NULL)
        {
          qs_json_pop (&ctx->json, old);
          continue;
        }
      qs_json_check_keys (&ctx->json, object, keys, TRUE);
      if ((region = qs_json_get_string (&ctx->json, object, "region", TRUE)))
        {
          gsize old2 = qs_json_push_key (&ctx->json, "region");
          ok &= check_region_ref (ctx, region);
          qs_json_pop (&ctx->json, old2);
        }
      else
        ok = FALSE;
      if ((start = qs_json_get_string (&ctx->json, object, "start", TRUE)) && !qs_date_parse (start, &first))
        {
          gsize old2 = qs_json_push_key (&ctx->json, "start");
          qs_json_problem (&ctx->json, _("“%s” is not a date (expected YYYY-MM-DD, years %d–%d)"),
                           start, QS_PERIOD_MIN_YEAR, QS_PERIOD_MAX_YEAR);
          qs_json_pop (&ctx->json, old2);
          ok = FALSE;
        }
      ok &= start != NULL;

      for (QsPollutant p = 0; p < QS_N_POLLUTANTS; p++)
        {
          JsonNode *node = json_object_get_member (object, qs_pollutant_to_string (p));
          if (node == NULL)
            continue;
          if (!JSON_NODE_HOLDS_ARRAY (node))
            {
              gsize old2 = qs_json_push_key (&ctx->json, qs_pollutant_to_string (p));
              as_array (ctx, node);
              qs_json_pop (&ctx->json, old2);
              ok = FALSE;
              continue;
            }
          if (!any)
            {
              n = values_length (ctx, json_node_get_array (node));
              first_column = qs_pollutant_to_string (p);
            }
          any = TRUE;
        }
      if (!any)
        {
          qs_json_problem (&ctx->json, _("has no pollutant columns (pm25, pm10, so2, no2, co, o3_8h, o3_1h)"));
          ok = FALSE;
        }
      if (ok && qs_period_get_year (QS_RESOLUTION_DAY, (gint32) (first + n)) > QS_PERIOD_MAX_YEAR)
        {
          qs_json_problem (&ctx->json, _("the data run past the year %d"), QS_PERIOD_MAX_YEAR);
          ok = FALSE;
        }
      if (!ok)
        {
          qs_json_pop (&ctx->json, old);
          continue;
        }

      {
        guint n_columns = 0;
        for (QsPollutant p = 0; p < QS_N_POLLUTANTS; p++)
          n_columns += json_object_get_member (object, qs_pollutant_to_string (p)) != NULL;
        if (!count_values (ctx, (guint64) n * n_columns))
          {
            qs_json_pop (&ctx->json, old);
            return;
          }
      }
      block = qs_air_daily_new (region, first, n);
      for (QsPollutant p = 0; p < QS_N_POLLUTANTS; p++)
        {
          JsonArray *column;
          gsize old2;

          if (json_object_get_member (object, qs_pollutant_to_string (p)) == NULL)
            continue;
          column = json_object_get_array_member (object, qs_pollutant_to_string (p));
          old2 = qs_json_push_key (&ctx->json, qs_pollutant_to_string (p));
          if (values_length (ctx, column) != n)
            {
              qs_json_problem (&ctx->json, g_dngettext (GETTEXT_PACKAGE,
                                             "has %u value but %s has %u (every column must have the same length)",
                                             "has %u values but %s has %u (every column must have the same length)",
                                             values_length (ctx, column)),
                               values_length (ctx, column), first_column, n);
              qs_json_pop (&ctx->json, old2);
              ok = FALSE;
              continue;
            }
          block->columns[p] = g_new (double, MAX (n, 1));
          if (read_values (ctx, NULL, column, n, block->columns[p]))
            ok &= check_raw_range (ctx, block->columns[p], n, p == QS_POLLUTANT_CO ? 1000 : 100000);
          else
            ok = FALSE;
          qs_json_pop (&ctx->json, old2);
        }
      if (ok)
        qs_dataset_add_air_daily (ctx->dataset, block);
      qs_json_pop (&ctx->json, old);
    }
}

static void
read_water_sections (Ctx       *ctx,
                     JsonArray *array)
{
  static const char *const keys[] = { "id", "name", "water_body", "kind", "region", "national", NULL };

  REFUSE_LONG_LIST (ctx, array, QS_LOAD_MAX_BLOCKS, _("%u water sections; at most %u are allowed"), return);
  for (guint i = 0; i < json_array_get_length (array) && !qs_json_full (&ctx->json); i++)
    {
      gsize old = qs_json_push_index (&ctx->json, i);
      JsonObject *object = as_object (ctx, json_array_get_element (array, i));
      g_autoptr(QsWaterSection) section = NULL;
      const char *id, *region, *kind;
      gboolean ok = TRUE;

      if (object == NULL)
        {
          qs_json_pop (&ctx->json, old);
          continue;
        }
      qs_json_check_keys (&ctx->json, object, keys, TRUE);
      section = qs_water_section_new ();
      id = qs_json_get_string (&ctx->json, object, "id", TRUE);
      ok &= (section->name = qs_json_get_text (&ctx->json, object, "name", TRUE, FALSE)) != NULL;
      section->water_body = qs_json_get_text (&ctx->json, object, "water_body", FALSE, FALSE);
      if ((kind = qs_json_get_string (&ctx->json, object, "kind", TRUE)))
        {
          if (strcmp (kind, "lake") == 0)
            section->is_lake = TRUE;
          else if (strcmp (kind, "river") != 0)
            {
              gsize old2 = qs_json_push_key (&ctx->json, "kind");
              qs_json_problem (&ctx->json, _("unknown value “%s” (expected one of: river, lake)"), kind);
              qs_json_pop (&ctx->json, old2);
              ok = FALSE;
            }
        }
      else
        ok = FALSE;
      if ((region = qs_json_get_string (&ctx->json, object, "region", TRUE)))
        {
          gsize old2 = qs_json_push_key (&ctx->json, "region");
          ok &= check_region_ref (ctx, region);
          qs_json_pop (&ctx->json, old2);
          section->region = g_strdup (region);
        }
      else
        ok = FALSE;
      get_bool (ctx, object, "national", &section->national);
      if (id)
        {
          gsize old2 = qs_json_push_key (&ctx->json, "id");
          const char *first = seen_before (ctx, "section id", id);
          if (first)
            {
              qs_json_problem (&ctx->json, _("duplicate section id “%s” (also at %s)"), id, first);
              ok = FALSE;
            }
          qs_json_pop (&ctx->json, old2);
          section->id = g_strdup (id);
        }
      else
        ok = FALSE;
      if (ok)
        qs_dataset_add_water_section (ctx->dataset, section);
      qs_json_pop (&ctx->json, old);
    }
}

static void
read_water_samples (Ctx       *ctx,
                    JsonArray *array)
{
  REFUSE_LONG_LIST (ctx, array, QS_LOAD_MAX_BLOCKS, _("%u blocks of water samples; at most %u are allowed"), return);
  for (guint i = 0; i < json_array_get_length (array) && !qs_json_full (&ctx->json); i++)
    {
      gsize old = qs_json_push_index (&ctx->json, i);
      JsonObject *object = as_object (ctx, json_array_get_element (array, i));
      g_autoptr(QsWaterSamples) samples = NULL;
      g_autoptr(GList) members = NULL;
      const char *section;
      JsonArray *dates;
      gboolean ok = TRUE;
      guint n;
      gsize old2;

      if (object == NULL)
        {
          qs_json_pop (&ctx->json, old);
          continue;
        }
      if ((section = qs_json_get_string (&ctx->json, object, "section", TRUE)) &&
          !qs_dataset_lookup_water_section (ctx->dataset, section))
        {
          old2 = qs_json_push_key (&ctx->json, "section");
          qs_json_problem (&ctx->json, _("unknown section “%s” (not in “water_sections”)"), section);
          qs_json_pop (&ctx->json, old2);
          ok = FALSE;
        }
      ok &= section != NULL;
      if (qs_json_member (&ctx->json, object, "dates", TRUE) == NULL)
        {
          qs_json_pop (&ctx->json, old);
          continue;
        }
      old2 = qs_json_push_key (&ctx->json, "dates");
      dates = as_array (ctx, json_object_get_member (object, "dates"));
      qs_json_pop (&ctx->json, old2);
      if (dates == NULL || !ok)
        {
          qs_json_pop (&ctx->json, old);
          continue;
        }

      n = json_array_get_length (dates);
      if (!count_values (ctx, (guint64) n * json_object_get_size (object)))
        {
          qs_json_pop (&ctx->json, old);
          return;
        }
      samples = qs_water_samples_new (section, n);
      old2 = qs_json_push_key (&ctx->json, "dates");
      for (guint k = 0; k < n && !qs_json_full (&ctx->json); k++)
        {
          JsonNode *node = json_array_get_element (dates, k);
          gsize old3 = qs_json_push_index (&ctx->json, k);
          if (!qs_json_is_string (node) || !qs_date_parse (json_node_get_string (node), &samples->dates[k]))
            {
              qs_json_problem (&ctx->json, _("must be a date YYYY-MM-DD"));
              ok = FALSE;
            }
          else if (k > 0 && samples->dates[k] < samples->dates[k - 1])
            {
              qs_json_problem (&ctx->json, _("the dates must be in order"));
              ok = FALSE;
            }
          qs_json_pop (&ctx->json, old3);
        }
      qs_json_pop (&ctx->json, old2);

      members = json_object_get_members (object);
      for (GList *l = members; l; l = l->next)
        {
          const char *key = l->data;
          QsWaterParameter p;

          if (strcmp (key, "section") == 0 || strcmp (key, "dates") == 0 || g_str_has_prefix (key, "x-"))
            continue;
          old2 = qs_json_push_key (&ctx->json, key);
          if (!qs_water_parameter_from_string (key, &p))
            {
              qs_json_problem (&ctx->json, _("unknown key (allowed here: section, dates, %s)"),
                               qs_water_parameter_keywords ());
              ok = FALSE;
            }
          else
            {
              JsonArray *column = as_array (ctx, json_object_get_member (object, key));
              if (column && values_length (ctx, column) != n)
                {
                  qs_json_problem (&ctx->json, _("the number of values (%u) differs from the number of dates (%u)"),
                                   values_length (ctx, column), n);
                  ok = FALSE;
                }
              else if (column)
                {
                  samples->columns[p] = g_new (double, MAX (n, 1));
                  if (read_values (ctx, NULL, column, n, samples->columns[p]))
                    ok &= check_raw_range (ctx, samples->columns[p], n,
                                           p == QS_WATER_PH ? 14 :
                                           p == QS_WATER_FECAL_COLIFORM ? 1e9 : 100000);
                  else
                    ok = FALSE;
                }
              else
                ok = FALSE;
            }
          qs_json_pop (&ctx->json, old2);
        }
      if (ok)
        qs_dataset_add_water_samples (ctx->dataset, samples);
      qs_json_pop (&ctx->json, old);
    }
}

static void
read_observations (Ctx        *ctx,
                   JsonObject *object)
{
  static const char *const keys[] = { "air_daily", "water_sections", "water_samples", NULL };
  static const struct {
    const char *key;
    void      (*read) (Ctx *, JsonArray *);
  } tables[] = {
    { "air_daily", read_air_daily },
    { "water_sections", read_water_sections },
    { "water_samples", read_water_samples },
  };

  qs_json_check_keys (&ctx->json, object, keys, TRUE);
  for (guint t = 0; t < G_N_ELEMENTS (tables); t++)
    {
      JsonNode *node = json_object_get_member (object, tables[t].key);
      gsize old;
      JsonArray *array;

      if (node == NULL)
        continue;
      old = qs_json_push_key (&ctx->json, tables[t].key);
      if ((array = as_array (ctx, node)))
        tables[t].read (ctx, array);
      qs_json_pop (&ctx->json, old);
    }
}

/* ---- entry points ------------------------------------------------------ */

static void
read_root (Ctx      *ctx,
           JsonNode *root)
{
  static const char *const keys[] = { "format", "version", "metadata", "regions", "indicators",
                                      "observations", NULL };
  JsonObject *object;
  JsonNode *node;
  const char *format;
  double version;
  gsize old;

  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      qs_json_problem (&ctx->json, _("the file must hold one JSON object with “format”: “qingshan-dataset”"));
      return;
    }
  object = json_node_get_object (root);

  /* Another format would give a flood of meaningless problems: stop early. */
  format = qs_json_get_string (&ctx->json, object, "format", TRUE);
  if (format == NULL)
    return;
  if (strcmp (format, "qingshan-dataset") != 0)
    {
      old = qs_json_push_key (&ctx->json, "format");
      qs_json_problem (&ctx->json, _("“%s” is not a Qingshan dataset (expected “qingshan-dataset”)"), format);
      qs_json_pop (&ctx->json, old);
      return;
    }
  if (!get_number (ctx, object, "version", TRUE, &version))
    return;
  if (version != 1)
    {
      old = qs_json_push_key (&ctx->json, "version");
      qs_json_problem (&ctx->json, _("version %g is not supported; this Qingshan reads version 1"), version);
      qs_json_pop (&ctx->json, old);
      return;
    }

  qs_json_check_keys (&ctx->json, object, keys, TRUE);

  if ((node = qs_json_member (&ctx->json, object, "metadata", TRUE)))
    {
      JsonObject *metadata;
      old = qs_json_push_key (&ctx->json, "metadata");
      if ((metadata = as_object (ctx, node)))
        read_metadata (ctx, metadata);
      qs_json_pop (&ctx->json, old);
    }
  if ((node = qs_json_member (&ctx->json, object, "regions", TRUE)))
    {
      JsonArray *array;
      old = qs_json_push_key (&ctx->json, "regions");
      if ((array = as_array (ctx, node)))
        read_regions (ctx, array);
      qs_json_pop (&ctx->json, old);
    }
  if (node && json_object_has_member (object, "metadata") &&
      JSON_NODE_HOLDS_OBJECT (json_object_get_member (object, "metadata")))
    {
      JsonObject *metadata = json_object_get_object_member (object, "metadata");
      const char *code = qs_json_get_string (&ctx->json, metadata, "region", FALSE);
      if (code)
        {
          old = qs_json_push_key (&ctx->json, "metadata.region");
          if (check_region_ref (ctx, code))
            qs_dataset_set_region_code (ctx->dataset, code);
          qs_json_pop (&ctx->json, old);
        }
    }

  if ((node = qs_json_member (&ctx->json, object, "indicators", TRUE)))
    {
      JsonArray *array;
      old = qs_json_push_key (&ctx->json, "indicators");
      if ((array = as_array (ctx, node)))
        {
          guint n = json_array_get_length (array);
          REFUSE_LONG_LIST (ctx, array, QS_LOAD_MAX_INDICATORS, _("%u indicators; at most %u are allowed"), n = 0);
          for (guint i = 0; i < n && !qs_json_full (&ctx->json); i++)
            {
              gsize old2 = qs_json_push_index (&ctx->json, i);
              JsonObject *indicator = as_object (ctx, json_array_get_element (array, i));
              if (indicator)
                read_indicator (ctx, indicator);
              qs_json_pop (&ctx->json, old2);
              if (ctx->progress)
                ctx->progress (0.6 + 0.3 * (i + 1) / n, ctx->progress_data);
              if (g_cancellable_is_cancelled (ctx->cancellable))
                break;
            }
          check_counts (ctx, array);
        }
      qs_json_pop (&ctx->json, old);
    }

  if ((node = qs_json_member (&ctx->json, object, "observations", FALSE)))
    {
      JsonObject *observations;
      old = qs_json_push_key (&ctx->json, "observations");
      if ((observations = as_object (ctx, node)))
        read_observations (ctx, observations);
      qs_json_pop (&ctx->json, old);
    }
}

/* json-glib reports "<name>:LINE:COLUMN: Parse error: …". */
static QsProblem *
syntax_problem (const char   *file,
                const GError *error)
{
  QsProblem *problem = qs_problem_new_located (file, error->message);
  const char *text = problem->message;
  char *message;

  if (g_str_has_prefix (text, "Parse error: "))
    text += strlen ("Parse error: ");
  message = g_strdup_printf (_("JSON syntax error: %s"), text);
  g_free (problem->message);
  problem->message = message;
  g_free (problem->file);
  problem->file = g_strdup (file);
  return problem;
}

static void
set_invalid_error (GError    **error,
                   GPtrArray  *problems,
                   const char *file)
{
  g_autofree char *first = qs_problem_to_string (problems->pdata[0]);

  if (problems->len == 1)
    g_set_error_literal (error, QS_LOAD_ERROR, QS_LOAD_ERROR_INVALID, first);
  else
    g_set_error (error, QS_LOAD_ERROR, QS_LOAD_ERROR_INVALID,
                 g_dngettext (GETTEXT_PACKAGE, "%s (and %u more problem)", "%s (and %u more problems)",
                              problems->len - 1),
                 first, problems->len - 1);
}

static void
report (GPtrArray **out,
        GPtrArray  *problems)
{
  if (out)
    *out = g_ptr_array_ref (problems);
}

/**
 * qs_dataset_loader_load_bytes:
 * @bytes: the file's contents
 * @display_name: the file's name as shown in messages
 * @cancellable: (nullable): to stop loading
 * @progress: (nullable) (scope call): called as loading advances
 * @user_data: data for @progress
 * @problems: (out) (optional) (transfer full) (element-type QsProblem): every problem found
 * @error: return location for an error
 *
 * Parses and validates a dataset in the JSON format.
 *
 * Returns: (transfer full) (nullable): the dataset, or %NULL with @error and
 *   @problems set
 */
QsDataset *
qs_dataset_loader_load_bytes (GBytes              *bytes,
                              const char          *display_name,
                              GCancellable        *cancellable,
                              QsLoadProgressFunc   progress,
                              gpointer             user_data,
                              GPtrArray          **problems,
                              GError             **error)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func ((GDestroyNotify) qs_problem_free);
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(QsDataset) dataset = NULL;
  g_autoptr(GHashTable) first_seen = NULL;
  g_autoptr(GString) path = NULL;
  g_autofree char *guard_message = NULL;
  g_autofree char *patched = NULL;
  g_autofree char *marker = NULL;
  g_autoptr(GArray) columns = NULL;
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);
  guint line, column;
  Ctx ctx = { 0 };

  if (problems)
    *problems = NULL;

  if (len > QS_JSON_MAX_FILE_SIZE)
    {
      g_autofree char *message = g_strdup_printf (_("the file is larger than %u MiB"), QS_JSON_MAX_FILE_SIZE >> 20);
      g_ptr_array_add (found, qs_problem_new (display_name, 0, 0, NULL, message));
      report (problems, found);
      set_invalid_error (error, found, display_name);
      return NULL;
    }

  /* A byte-order mark is how some editors save UTF-8; accept it. */
  if (len >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    data += 3, len -= 3;

  columns = g_array_new (FALSE, FALSE, sizeof (QsJsonColumn));
  if (!qs_json_guard_check (data, len, &line, &column, &guard_message, columns))
    {
      g_ptr_array_add (found, qs_problem_new (display_name, line, column, NULL, guard_message));
      report (problems, found);
      set_invalid_error (error, found, display_name);
      return NULL;
    }

  if (progress)
    progress (0.1, user_data);

  /* Hand json-glib a copy in which each long numeric list is replaced by a
   * short marker padded with spaces; read_values() parses the original. */
  if (columns->len > 0)
    {
      marker = g_strdup_printf ("\x01%08x%08x:", g_random_int (), g_random_int ());
      patched = g_memdup2 (data, len);
      for (guint i = 0; i < columns->len; i++)
        {
          QsJsonColumn *c = &g_array_index (columns, QsJsonColumn, i);
          g_autofree char *text = g_strdup_printf ("[\"\\u0001%s%u\"", marker + 1, i);
          gsize n = strlen (text);

          g_assert (n + 1 <= c->end - c->start);
          memcpy (patched + c->start, text, n);
          memset (patched + c->start + n, ' ', c->end - c->start - n - 1);
        }
    }

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, patched ? patched : data, (gssize) len, &local_error))
    {
      g_ptr_array_add (found, syntax_problem (display_name, local_error));
      report (problems, found);
      set_invalid_error (error, found, display_name);
      return NULL;
    }
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;
  if (progress)
    progress (0.6, user_data);

  dataset = qs_dataset_new ();
  qs_dataset_set_filename (dataset, display_name);
  first_seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  path = g_string_new (NULL);
  ctx.json.file = display_name;
  ctx.json.problems = found;
  ctx.json.path = path;
  ctx.dataset = dataset;
  ctx.first_seen = first_seen;
  ctx.cancellable = cancellable;
  ctx.progress = progress;
  ctx.progress_data = user_data;
  ctx.text = data;
  ctx.columns = columns;
  ctx.column_marker = marker;

  read_root (&ctx, json_parser_get_root (parser));
  /* The tree can be many times the size of the packed values: drop it now. */
  g_clear_object (&parser);
  g_clear_pointer (&patched, g_free);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  if (found->len > 0)
    {
      report (problems, found);
      set_invalid_error (error, found, display_name);
      return NULL;
    }

  /* Indicators the raw tables allow, computed by the national standards. */
  qs_derive_indicators (dataset);

  if (progress)
    progress (1.0, user_data);
  report (problems, found);
  return g_steal_pointer (&dataset);
}

/**
 * qs_dataset_loader_is_csv_name:
 * @path: a file name
 *
 * Returns: whether the name says the file is CSV (`.csv`, `.tsv`, `.txt`)
 */
gboolean
qs_dataset_loader_is_csv_name (const char *path)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  return g_str_has_suffix (lower, ".csv") || g_str_has_suffix (lower, ".tsv") ||
         g_str_has_suffix (lower, ".txt");
}

/**
 * qs_dataset_loader_load_path:
 * @path: a dataset file (JSON), or a two-column CSV file
 * @cancellable: (nullable): to stop loading
 * @progress: (nullable) (scope call): called as loading advances
 * @user_data: data for @progress
 * @problems: (out) (optional) (transfer full) (element-type QsProblem): every problem found
 * @error: return location for an error
 *
 * Reads a dataset from a file. The file's size is checked before it is read.
 *
 * Returns: (transfer full) (nullable): the dataset, or %NULL with @error set
 */
QsDataset *
qs_dataset_loader_load_path (const char          *path,
                             GCancellable        *cancellable,
                             QsLoadProgressFunc   progress,
                             gpointer             user_data,
                             GPtrArray          **problems,
                             GError             **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *display_name = g_filename_display_name (path);

  if (problems)
    *problems = NULL;

  if (qs_dataset_loader_is_csv_name (path))
    return qs_csv_dataset_load (path, cancellable, problems, error);

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &local_error);
  if (info == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, QS_LOAD_ERROR, QS_LOAD_ERROR_IO, "%s: %s", display_name, local_error->message);
      return NULL;
    }
  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error (error, QS_LOAD_ERROR, QS_LOAD_ERROR_IO, _("%s: is a folder, not a file"), display_name);
      return NULL;
    }
  if (g_file_info_get_size (info) > (goffset) QS_JSON_MAX_FILE_SIZE)
    {
      g_autofree char *message = g_strdup_printf (_("the file is larger than %u MiB"),
                                                  QS_JSON_MAX_FILE_SIZE >> 20);
      g_set_error (error, QS_LOAD_ERROR, QS_LOAD_ERROR_TOO_LARGE, "%s: %s", display_name, message);
      if (problems)
        {
          *problems = g_ptr_array_new_with_free_func ((GDestroyNotify) qs_problem_free);
          g_ptr_array_add (*problems, qs_problem_new (display_name, 0, 0, NULL, message));
        }
      return NULL;
    }

  bytes = g_file_load_bytes (file, cancellable, NULL, &local_error);
  if (bytes == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, QS_LOAD_ERROR, QS_LOAD_ERROR_IO, "%s: %s", display_name, local_error->message);
      return NULL;
    }
  return qs_dataset_loader_load_bytes (bytes, display_name, cancellable, progress, user_data,
                                       problems, error);
}
