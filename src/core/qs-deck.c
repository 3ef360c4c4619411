/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <math.h>
#include <stdarg.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "qs-deck.h"
#include "qs-file-writer.h"
#include "qs-json-check.h"
#include "qs-json-guard.h"
#include "qs-json-writer.h"

/*
 * A briefing deck is an ordered list of slides (QsSlide), exposed as a
 * GListModel so that a list view can show and reorder it. It is stored in
 * its own file beside the dataset, DIR/NAME.briefing.json for the dataset
 * DIR/NAME.EXT, so the dataset stays exactly as published and a deck can be
 * shared on its own: see docs/briefing.md for the format.
 *
 * Loading checks the file's form only (every problem with a JSON path, as the
 * dataset loader does) and fails as a whole. Whether the charts and
 * indicators it names exist is a question for a particular dataset, asked by
 * qs_deck_check(): those are warnings, and such slides are kept, so that a
 * deck survives a dataset that lacks a chart for a while.
 *
 * Saving writes one canonical form, so that loading a saved deck and saving
 * it again gives the same bytes.
 */

G_DEFINE_QUARK (qs-deck-error-quark, qs_deck_error)

struct _QsDeck
{
  GObject    parent_instance;

  char      *dataset;
  GPtrArray *slides;
};

static void qs_deck_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (QsDeck, qs_deck, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, qs_deck_list_model_init))

enum {
  PROP_0,
  PROP_DATASET,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SIGNAL_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* ---- GListModel ---------------------------------------------------------- */

static GType
qs_deck_get_item_type (GListModel *model)
{
  return QS_TYPE_SLIDE;
}

static guint
qs_deck_get_n_items (GListModel *model)
{
  return QS_DECK (model)->slides->len;
}

static gpointer
qs_deck_get_item (GListModel *model,
                  guint       position)
{
  QsDeck *self = QS_DECK (model);

  if (position >= self->slides->len)
    return NULL;
  return g_object_ref (self->slides->pdata[position]);
}

static void
qs_deck_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = qs_deck_get_item_type;
  iface->get_n_items = qs_deck_get_n_items;
  iface->get_item = qs_deck_get_item;
}

/* ---- GObject ------------------------------------------------------------- */

static void
slide_notify (QsSlide    *slide,
              GParamSpec *pspec,
              QsDeck     *self)
{
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

static void
qs_deck_dispose (GObject *object)
{
  QsDeck *self = (QsDeck *) object;

  if (self->slides)
    for (guint i = 0; i < self->slides->len; i++)
      g_signal_handlers_disconnect_by_func (self->slides->pdata[i], slide_notify, self);
  g_clear_pointer (&self->slides, g_ptr_array_unref);
  G_OBJECT_CLASS (qs_deck_parent_class)->dispose (object);
}

static void
qs_deck_finalize (GObject *object)
{
  QsDeck *self = (QsDeck *) object;

  g_free (self->dataset);
  G_OBJECT_CLASS (qs_deck_parent_class)->finalize (object);
}

static void
qs_deck_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  QsDeck *self = QS_DECK (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      g_value_set_string (value, self->dataset);
      break;
    case PROP_N_ITEMS:
      g_value_set_uint (value, self->slides->len);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qs_deck_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  QsDeck *self = QS_DECK (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      qs_deck_set_dataset (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qs_deck_class_init (QsDeckClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = qs_deck_dispose;
  object_class->finalize = qs_deck_finalize;
  object_class->get_property = qs_deck_get_property;
  object_class->set_property = qs_deck_set_property;

  properties[PROP_DATASET] =
    g_param_spec_string ("dataset", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * QsDeck::changed:
   *
   * Emitted after any change that saving would write: a slide added,
   * removed or moved, a property of a slide, or the dataset's name.
   */
  signals[SIGNAL_CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
qs_deck_init (QsDeck *self)
{
  self->slides = g_ptr_array_new_with_free_func (g_object_unref);
}

/**
 * qs_deck_new:
 *
 * Returns: (transfer full): a deck with no slides
 */
QsDeck *
qs_deck_new (void)
{
  return g_object_new (QS_TYPE_DECK, NULL);
}

/**
 * qs_deck_get_dataset:
 * @self: a deck
 *
 * Returns: (nullable): the file name (without folder) of the dataset the
 *   deck was made for
 */
const char *
qs_deck_get_dataset (QsDeck *self)
{
  g_return_val_if_fail (QS_IS_DECK (self), NULL);
  return self->dataset;
}

/**
 * qs_deck_set_dataset:
 * @self: a deck
 * @dataset: (nullable): a file name; a folder before it is dropped
 */
void
qs_deck_set_dataset (QsDeck     *self,
                     const char *dataset)
{
  g_autofree char *base = NULL;

  g_return_if_fail (QS_IS_DECK (self));
  if (dataset && *dataset)
    base = g_path_get_basename (dataset);
  if (g_strcmp0 (self->dataset, base) == 0)
    return;
  g_free (self->dataset);
  self->dataset = g_steal_pointer (&base);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATASET]);
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

/**
 * qs_deck_get_slide:
 * @self: a deck
 * @position: which slide
 *
 * Returns: (transfer none) (nullable): the slide, %NULL past the end
 */
QsSlide *
qs_deck_get_slide (QsDeck *self,
                   guint   position)
{
  g_return_val_if_fail (QS_IS_DECK (self), NULL);
  return position < self->slides->len ? self->slides->pdata[position] : NULL;
}

/** qs_deck_get_n_visible: @self: a deck. Returns: how many slides are not hidden */
guint
qs_deck_get_n_visible (QsDeck *self)
{
  guint n = 0;

  g_return_val_if_fail (QS_IS_DECK (self), 0);
  for (guint i = 0; i < self->slides->len; i++)
    n += !qs_slide_get_hidden (self->slides->pdata[i]);
  return n;
}

static void
items_changed (QsDeck *self,
               guint   position,
               guint   removed,
               guint   added)
{
  g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
  if (removed != added)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

/**
 * qs_deck_insert:
 * @self: a deck
 * @position: where, at most the number of slides
 * @slide: (transfer none): the slide
 */
void
qs_deck_insert (QsDeck  *self,
                guint    position,
                QsSlide *slide)
{
  g_return_if_fail (QS_IS_DECK (self));
  g_return_if_fail (QS_IS_SLIDE (slide));
  g_return_if_fail (position <= self->slides->len);
  g_ptr_array_insert (self->slides, (int) position, g_object_ref (slide));
  g_signal_connect (slide, "notify", G_CALLBACK (slide_notify), self);
  items_changed (self, position, 0, 1);
}

/**
 * qs_deck_append:
 * @self: a deck
 * @slide: (transfer none): the slide to add at the end
 */
void
qs_deck_append (QsDeck  *self,
                QsSlide *slide)
{
  g_return_if_fail (QS_IS_DECK (self));
  qs_deck_insert (self, self->slides->len, slide);
}

/**
 * qs_deck_remove:
 * @self: a deck
 * @position: which slide
 */
void
qs_deck_remove (QsDeck *self,
                guint   position)
{
  g_return_if_fail (QS_IS_DECK (self));
  g_return_if_fail (position < self->slides->len);
  g_signal_handlers_disconnect_by_func (self->slides->pdata[position], slide_notify, self);
  g_ptr_array_remove_index (self->slides, position);
  items_changed (self, position, 1, 0);
}

/**
 * qs_deck_move:
 * @self: a deck
 * @from: the slide to move
 * @to: its position afterwards
 *
 * Moves one slide; the others keep their order.
 */
void
qs_deck_move (QsDeck *self,
              guint   from,
              guint   to)
{
  gpointer slide;

  g_return_if_fail (QS_IS_DECK (self));
  g_return_if_fail (from < self->slides->len && to < self->slides->len);
  if (from == to)
    return;
  slide = g_ptr_array_steal_index (self->slides, from);
  g_ptr_array_insert (self->slides, (int) to, slide);
  /* Every slide between the two places moved by one. */
  items_changed (self, MIN (from, to), MAX (from, to) - MIN (from, to) + 1, MAX (from, to) - MIN (from, to) + 1);
}

/**
 * qs_deck_equal:
 * @a: a deck
 * @b: another
 *
 * Returns: whether both name the same dataset and have equal slides in the
 *   same order
 */
gboolean
qs_deck_equal (QsDeck *a,
               QsDeck *b)
{
  g_return_val_if_fail (QS_IS_DECK (a) && QS_IS_DECK (b), FALSE);
  if (g_strcmp0 (a->dataset, b->dataset) != 0 || a->slides->len != b->slides->len)
    return FALSE;
  for (guint i = 0; i < a->slides->len; i++)
    if (!qs_slide_equal (a->slides->pdata[i], b->slides->pdata[i]))
      return FALSE;
  return TRUE;
}

/* ---- the default deck ---------------------------------------------------- */

/* The views of the application, in their order, and what a default deck
 * takes from each beside the trends of its headline indicators. */
static const struct
{
  const char *domain;
  gboolean    ranking_and_map;   /* of its first headline indicator */
  gboolean    calendar;          /* the first city's AQI calendar, latest year */
} views[] = {
  { "air",          TRUE,  TRUE  },
  { "water",        FALSE, FALSE },
  { "rural_sewage", FALSE, FALSE },
};

static gboolean
is_derived (const char *indicator)
{
  const char *last = strrchr (indicator, '.');

  return g_str_has_prefix (last ? last + 1 : indicator, "derived_");
}

static gboolean
in_domain (const char *id,
           const char *domain)
{
  gsize n = strlen (domain);

  return strncmp (id, domain, n) == 0 && id[n] == '.';
}

/* The indicator of a chart id INDICATOR.KIND, when it ends in @kind. */
static char *
indicator_of (const char *id,
              const char *kind)
{
  if (!g_str_has_suffix (id, kind) || strlen (id) <= strlen (kind))
    return NULL;
  return g_strndup (id, strlen (id) - strlen (kind));
}

static void
add_unique (GPtrArray  *list,
            const char *value)
{
  for (guint i = 0; i < list->len; i++)
    if (strcmp (list->pdata[i], value) == 0)
      return;
  g_ptr_array_add (list, g_strdup (value));
}

/**
 * qs_deck_headline_indicators:
 * @chart_ids: (array zero-terminated=1): every chart id the dataset offers,
 *   in the catalog's order
 *
 * The headline indicators are the published (not derived) ones with a plan
 * target, which the catalog shows by offering their `.gauge` chart. A
 * dataset without targets has the first published indicator with a trend of
 * each view (air, water, rural sewage) instead, and failing that the first
 * indicators with a trend (a plain CSV file has one). At most
 * %QS_DECK_MAX_HEADLINES, in the catalog's order.
 *
 * Returns: (transfer full) (array zero-terminated=1): indicator ids, maybe none
 */
GStrv
qs_deck_headline_indicators (const char *const *chart_ids)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);
  gboolean have_targets;

  for (guint i = 0; chart_ids && chart_ids[i] && found->len < QS_DECK_MAX_HEADLINES; i++)
    {
      g_autofree char *indicator = indicator_of (chart_ids[i], ".gauge");
      if (indicator && !is_derived (indicator))
        add_unique (found, indicator);
    }
  have_targets = found->len > 0;
  for (guint d = 0; !have_targets && d < G_N_ELEMENTS (views); d++)
    for (guint i = 0; chart_ids && chart_ids[i]; i++)
      {
        g_autofree char *indicator = indicator_of (chart_ids[i], ".trend");
        if (indicator && !is_derived (indicator) && in_domain (indicator, views[d].domain))
          {
            add_unique (found, indicator);
            break;
          }
      }
  if (found->len == 0)
    for (guint i = 0; chart_ids && chart_ids[i] && found->len < QS_DECK_MAX_HEADLINES; i++)
      {
        g_autofree char *indicator = indicator_of (chart_ids[i], ".trend");
        if (indicator && !is_derived (indicator))
          add_unique (found, indicator);
      }
  g_ptr_array_add (found, NULL);
  return (GStrv) g_ptr_array_free (g_steal_pointer (&found), FALSE);
}

typedef struct
{
  QsDeck     *deck;
  GHashTable *available;   /* chart ids offered */
  GHashTable *used;        /* chart ids already on a slide */
  guint       n_charts;
} DefaultDeck;

static void
add_chart (DefaultDeck *d,
           const char  *id)
{
  g_autoptr(QsSlide) slide = NULL;

  if (!g_hash_table_contains (d->available, id) || g_hash_table_contains (d->used, id))
    return;
  g_hash_table_add (d->used, g_strdup (id));
  slide = qs_slide_new_chart (id);
  qs_deck_append (d->deck, slide);
  d->n_charts++;
}

static void
add_chart2 (DefaultDeck *d,
            const char  *indicator,
            const char  *kind)
{
  g_autofree char *id = g_strconcat (indicator, kind, NULL);

  add_chart (d, id);
}

/* The AQI calendar of the first city, for its latest year. */
static void
add_calendar (DefaultDeck       *d,
              const char *const *chart_ids)
{
  static const char prefix[] = "air.aqi_calendar.";
  g_autofree char *city = NULL;
  const char *best = NULL;
  gint64 best_year = G_MININT64;

  for (guint i = 0; chart_ids[i]; i++)
    {
      const char *id = chart_ids[i];
      const char *rest, *dot;
      gint64 year;

      if (!g_str_has_prefix (id, prefix))
        continue;
      rest = id + strlen (prefix);
      dot = strrchr (rest, '.');
      if (dot == NULL || dot == rest)
        continue;
      if (city == NULL)
        city = g_strndup (rest, dot - rest);
      if ((gsize) (dot - rest) != strlen (city) || strncmp (rest, city, dot - rest) != 0)
        continue;
      if (!g_ascii_string_to_signed (dot + 1, 10, 0, 9999, &year, NULL))
        continue;
      if (year > best_year)
        {
          best_year = year;
          best = id;
        }
    }
  if (best)
    add_chart (d, best);
}

/**
 * qs_deck_new_default:
 * @chart_ids: (array zero-terminated=1): every chart id the dataset offers,
 *   in the catalog's order (see qs_chart_catalog_list())
 *
 * The deck a dataset starts with, following the application's views: a page
 * of KPI cards for the headline indicators (qs_deck_headline_indicators()),
 * then for air, water and rural sewage in turn the `.trend` of each of the
 * view's headline indicators and the view's first published composition
 * (`.stacked`); for air also the `.ranking` and `.map` of its first headline
 * indicator and the AQI calendar of the first city in its latest year
 * (`air.aqi_calendar.CITY.YEAR`). Ids the dataset does not offer are
 * skipped; a dataset with none of these gets the trends of its headline
 * indicators. The same ids always give the same deck.
 *
 * Returns: (transfer full): a new deck
 */
QsDeck *
qs_deck_new_default (const char *const *chart_ids)
{
  static const char *const none[] = { NULL };
  g_autoptr(GHashTable) available = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) used = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_auto(GStrv) headlines = NULL;
  DefaultDeck d = { 0 };

  if (chart_ids == NULL)
    chart_ids = none;
  for (guint i = 0; chart_ids[i]; i++)
    g_hash_table_add (available, (gpointer) chart_ids[i]);
  d.deck = qs_deck_new ();
  d.available = available;
  d.used = used;

  headlines = qs_deck_headline_indicators (chart_ids);
  if (headlines[0])
    {
      g_autoptr(QsSlide) kpis = qs_slide_new_kpis ((const char *const *) headlines);
      qs_deck_append (d.deck, kpis);
    }

  for (guint v = 0; v < G_N_ELEMENTS (views); v++)
    {
      const char *domain = views[v].domain;
      const char *first = NULL;

      for (guint h = 0; headlines[h]; h++)
        if (in_domain (headlines[h], domain))
          {
            add_chart2 (&d, headlines[h], ".trend");
            if (first == NULL)
              first = headlines[h];
          }
      if (first && views[v].ranking_and_map)
        {
          add_chart2 (&d, first, ".ranking");
          add_chart2 (&d, first, ".map");
        }
      for (guint i = 0; chart_ids[i]; i++)
        {
          g_autofree char *indicator = indicator_of (chart_ids[i], ".stacked");
          if (indicator && in_domain (indicator, domain) && !is_derived (indicator))
            {
              add_chart (&d, chart_ids[i]);
              break;
            }
        }
      if (views[v].calendar)
        add_calendar (&d, chart_ids);
    }

  if (d.n_charts == 0)
    for (guint h = 0; headlines[h]; h++)
      add_chart2 (&d, headlines[h], ".trend");

  return d.deck;
}

/* ---- reading ------------------------------------------------------------- */

typedef struct
{
  QsJsonCheck json;
} Ctx;


static GStrv
get_indicators (Ctx        *ctx,
                JsonObject *object)
{
  JsonNode *node = qs_json_member (&ctx->json, object, "indicators", FALSE);
  g_autoptr(GPtrArray) ids = NULL;
  JsonArray *array;
  gsize old;
  guint n;

  if (node == NULL)
    return NULL;
  old = qs_json_push_key (&ctx->json, "indicators");
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      qs_json_problem (&ctx->json, _("must be a list, not %s"), qs_json_type_name (node));
      qs_json_pop (&ctx->json, old);
      return NULL;
    }
  array = json_node_get_array (node);
  n = json_array_get_length (array);
  if (n == 0)
    qs_json_problem (&ctx->json,
                     _("must list at least one indicator (leave “indicators” out for the headline indicators)"));
  ids = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < n; i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      gsize old2 = qs_json_push_index (&ctx->json, i);
      const char *id;

      if (!qs_json_is_string (element))
        qs_json_problem (&ctx->json, _("must be a text, not %s"), qs_json_type_name (element));
      else if (*(id = json_node_get_string (element)) == '\0')
        qs_json_problem (&ctx->json, _("must not be empty"));
      else
        {
          gboolean twice = FALSE;
          for (guint k = 0; k < ids->len && !twice; k++)
            twice = strcmp (ids->pdata[k], id) == 0;
          if (twice)
            qs_json_problem (&ctx->json, _("“%s” is listed twice"), id);
          else
            g_ptr_array_add (ids, g_strdup (id));
        }
      qs_json_pop (&ctx->json, old2);
    }
  qs_json_pop (&ctx->json, old);
  if (ids->len == 0)
    return NULL;
  g_ptr_array_add (ids, NULL);
  return (GStrv) g_ptr_array_free (g_steal_pointer (&ids), FALSE);
}

static QsSlide *
read_slide (Ctx        *ctx,
            JsonObject *object)
{
  static const char *const chart_keys[] = { "kind", "chart", "title", "takeaway", "hidden", NULL };
  static const char *const kpi_keys[] = { "kind", "indicators", "title", "takeaway", "hidden", NULL };
  g_autoptr(QsSlide) slide = NULL;
  g_autoptr(QsText) title = NULL;
  g_autoptr(QsText) takeaway = NULL;
  const char *kind_name;
  QsSlideKind kind;
  JsonNode *node;
  guint before = ctx->json.problems->len;

  kind_name = qs_json_get_string (&ctx->json, object, "kind", TRUE);
  if (kind_name == NULL)
    return NULL;
  if (!qs_slide_kind_from_string (kind_name, &kind))
    {
      gsize old = qs_json_push_key (&ctx->json, "kind");
      qs_json_problem (&ctx->json, _("“%s” is not a kind of slide (use chart or kpis)"), kind_name);
      qs_json_pop (&ctx->json, old);
      return NULL;
    }
  qs_json_check_keys (&ctx->json, object, kind == QS_SLIDE_CHART ? chart_keys : kpi_keys, FALSE);

  if (kind == QS_SLIDE_CHART)
    {
      const char *chart = qs_json_get_string (&ctx->json, object, "chart", TRUE);
      if (chart)
        slide = qs_slide_new_chart (chart);
    }
  else
    {
      g_auto(GStrv) indicators = get_indicators (ctx, object);
      slide = qs_slide_new_kpis ((const char *const *) indicators);
    }

  title = qs_json_get_text (&ctx->json, object, "title", FALSE, TRUE);
  takeaway = qs_json_get_text (&ctx->json, object, "takeaway", FALSE, TRUE);
  if ((node = qs_json_member (&ctx->json, object, "hidden", FALSE)))
    {
      gsize old = qs_json_push_key (&ctx->json, "hidden");
      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
        qs_json_problem (&ctx->json, _("must be true or false, not %s"), qs_json_type_name (node));
      else if (slide)
        qs_slide_set_hidden (slide, json_node_get_boolean (node));
      qs_json_pop (&ctx->json, old);
    }
  if (slide == NULL || ctx->json.problems->len > before)
    return NULL;
  qs_slide_set_title (slide, title);
  qs_slide_set_takeaway (slide, takeaway);
  return g_steal_pointer (&slide);
}

static void
read_root (Ctx      *ctx,
           JsonNode *root,
           QsDeck   *deck)
{
  static const char *const keys[] = { "format", "version", "dataset", "slides", NULL };
  JsonObject *object;
  JsonNode *node;
  const char *format, *dataset;
  gsize old;

  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      qs_json_problem (&ctx->json, _("the file must hold one JSON object with “format”: “qingshan-briefing”"));
      return;
    }
  object = json_node_get_object (root);

  /* Another format would give a flood of meaningless problems: stop early. */
  format = qs_json_get_string (&ctx->json, object, "format", TRUE);
  if (format == NULL)
    return;
  if (strcmp (format, QS_DECK_FORMAT) != 0)
    {
      old = qs_json_push_key (&ctx->json, "format");
      qs_json_problem (&ctx->json, _("“%s” is not a Qingshan briefing (expected “qingshan-briefing”)"), format);
      qs_json_pop (&ctx->json, old);
      return;
    }
  if ((node = qs_json_member (&ctx->json, object, "version", TRUE)) == NULL)
    return;
  old = qs_json_push_key (&ctx->json, "version");
  if (!JSON_NODE_HOLDS_VALUE (node) ||
      (json_node_get_value_type (node) != G_TYPE_INT64 && json_node_get_value_type (node) != G_TYPE_DOUBLE))
    {
      qs_json_problem (&ctx->json, _("must be a number, not %s"), qs_json_type_name (node));
      qs_json_pop (&ctx->json, old);
      return;
    }
  if (json_node_get_double (node) != QS_DECK_VERSION)
    {
      qs_json_problem (&ctx->json, _("version %g is not supported; this Qingshan reads version 1"),
                       json_node_get_double (node));
      qs_json_pop (&ctx->json, old);
      return;
    }
  qs_json_pop (&ctx->json, old);

  qs_json_check_keys (&ctx->json, object, keys, FALSE);

  if ((dataset = qs_json_get_string (&ctx->json, object, "dataset", FALSE)))
    {
      if (strchr (dataset, '/') || strchr (dataset, '\\'))
        {
          old = qs_json_push_key (&ctx->json, "dataset");
          qs_json_problem (&ctx->json, _("must be a file name, without a folder"));
          qs_json_pop (&ctx->json, old);
        }
      else
        qs_deck_set_dataset (deck, dataset);
    }

  if ((node = qs_json_member (&ctx->json, object, "slides", TRUE)))
    {
      old = qs_json_push_key (&ctx->json, "slides");
      if (!JSON_NODE_HOLDS_ARRAY (node))
        qs_json_problem (&ctx->json, _("must be a list, not %s"), qs_json_type_name (node));
      else
        {
          JsonArray *array = json_node_get_array (node);
          guint n = json_array_get_length (array);

          for (guint i = 0; i < n && !qs_json_full (&ctx->json); i++)
            {
              JsonNode *element = json_array_get_element (array, i);
              gsize old2 = qs_json_push_index (&ctx->json, i);

              if (!JSON_NODE_HOLDS_OBJECT (element))
                qs_json_problem (&ctx->json, _("must be an object, not %s"), qs_json_type_name (element));
              else
                {
                  g_autoptr(QsSlide) slide = read_slide (ctx, json_node_get_object (element));
                  if (slide)
                    qs_deck_append (deck, slide);
                }
              qs_json_pop (&ctx->json, old2);
            }
        }
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
                   GPtrArray  *problems)
{
  g_autofree char *first = qs_problem_to_string (problems->pdata[0]);

  if (problems->len == 1)
    g_set_error_literal (error, QS_DECK_ERROR, QS_DECK_ERROR_INVALID, first);
  else
    g_set_error (error, QS_DECK_ERROR, QS_DECK_ERROR_INVALID,
                 g_dngettext (GETTEXT_PACKAGE, "%s (and %u more problem)", "%s (and %u more problems)",
                              problems->len - 1),
                 first, problems->len - 1);
}

static QsDeck *
fail (GPtrArray  *found,
      GPtrArray **problems,
      GError    **error)
{
  set_invalid_error (error, found);
  if (problems)
    *problems = g_ptr_array_ref (found);
  return NULL;
}

/**
 * qs_deck_load_bytes:
 * @bytes: the file's contents
 * @display_name: the file's name as shown in messages
 * @problems: (out) (optional) (transfer full) (element-type QsProblem): every
 *   problem found, with its line and column or JSON path
 * @error: return location for an error
 *
 * Reads a deck, checking its form: a deck with any problem is not loaded.
 * Chart and indicator ids are not checked here (see qs_deck_check()).
 *
 * Returns: (transfer full) (nullable): the deck, or %NULL with @error set
 */
QsDeck *
qs_deck_load_bytes (GBytes      *bytes,
                    const char  *display_name,
                    GPtrArray  **problems,
                    GError     **error)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func ((GDestroyNotify) qs_problem_free);
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(QsDeck) deck = NULL;
  g_autoptr(GString) path = NULL;
  g_autofree char *guard_message = NULL;
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);
  guint line = 0, column = 0;
  Ctx ctx = { 0 };

  if (problems)
    *problems = NULL;
  if (data == NULL)
    data = "";

  if (len > QS_DECK_MAX_FILE_SIZE)
    {
      g_autofree char *message = g_strdup_printf (_("the file is larger than %u MiB"), QS_DECK_MAX_FILE_SIZE >> 20);
      g_ptr_array_add (found, qs_problem_new (display_name, 0, 0, NULL, message));
      return fail (found, problems, error);
    }
  /* A byte-order mark is how some editors save UTF-8; accept it. */
  if (len >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    data += 3, len -= 3;
  if (!qs_json_guard_check (data, len, &line, &column, &guard_message, NULL))
    {
      g_ptr_array_add (found, qs_problem_new (display_name, line, column, NULL, guard_message));
      return fail (found, problems, error);
    }
  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, data, (gssize) len, &local_error))
    {
      g_ptr_array_add (found, syntax_problem (display_name, local_error));
      return fail (found, problems, error);
    }

  deck = qs_deck_new ();
  path = g_string_new (NULL);
  ctx.json.file = display_name;
  ctx.json.problems = found;
  ctx.json.path = path;
  read_root (&ctx, json_parser_get_root (parser), deck);
  if (found->len > 0)
    return fail (found, problems, error);
  if (problems)
    *problems = g_ptr_array_ref (found);
  return g_steal_pointer (&deck);
}

/**
 * qs_deck_load_path:
 * @path: a deck file
 * @problems: (out) (optional) (transfer full) (element-type QsProblem): every
 *   problem found
 * @error: return location for an error; %G_IO_ERROR_NOT_FOUND (from GIO)
 *   when there is no such file, so that callers can fall back to the default
 *
 * Returns: (transfer full) (nullable): the deck, or %NULL with @error set
 */
QsDeck *
qs_deck_load_path (const char  *path,
                   GPtrArray  **problems,
                   GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *display_name = g_filename_display_name (path);

  if (problems)
    *problems = NULL;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, NULL, &local_error);
  if (info == NULL)
    {
      g_set_error (error, local_error->domain, local_error->code, "%s: %s", display_name, local_error->message);
      return NULL;
    }
  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error (error, QS_DECK_ERROR, QS_DECK_ERROR_IO, _("%s: is a folder, not a file"), display_name);
      return NULL;
    }
  if (g_file_info_get_size (info) > (goffset) QS_DECK_MAX_FILE_SIZE)
    {
      g_autofree char *message = g_strdup_printf (_("the file is larger than %u MiB"), QS_DECK_MAX_FILE_SIZE >> 20);
      g_set_error (error, QS_DECK_ERROR, QS_DECK_ERROR_INVALID, "%s: %s", display_name, message);
      if (problems)
        {
          *problems = g_ptr_array_new_with_free_func ((GDestroyNotify) qs_problem_free);
          g_ptr_array_add (*problems, qs_problem_new (display_name, 0, 0, NULL, message));
        }
      return NULL;
    }
  bytes = g_file_load_bytes (file, NULL, NULL, &local_error);
  if (bytes == NULL)
    {
      g_set_error (error, QS_DECK_ERROR, QS_DECK_ERROR_IO, "%s: %s", display_name, local_error->message);
      return NULL;
    }
  return qs_deck_load_bytes (bytes, display_name, problems, error);
}

/**
 * qs_deck_path_for_dataset:
 * @dataset_path: a dataset file, `DIR/NAME.EXT`
 *
 * Returns: (transfer full): where its deck is kept, `DIR/NAME.briefing.json`
 */
char *
qs_deck_path_for_dataset (const char *dataset_path)
{
  g_autofree char *dir = g_path_get_dirname (dataset_path);
  g_autofree char *base = g_path_get_basename (dataset_path);
  g_autofree char *name = NULL;
  const char *dot = strrchr (base, '.');

  /* A leading dot is a hidden file's, not an extension. */
  if (dot && dot != base)
    base[dot - base] = '\0';
  name = g_strconcat (base, ".briefing.json", NULL);
  if (strcmp (dir, ".") == 0 && !g_str_has_prefix (dataset_path, "./"))
    return g_steal_pointer (&name);
  return g_build_filename (dir, name, NULL);
}

/* ---- checking against a dataset ------------------------------------------ */

static gboolean
strv_has (const char *const *list,
          const char        *value)
{
  for (guint i = 0; list && list[i]; i++)
    if (strcmp (list[i], value) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
indicator_known (const char *const *chart_ids,
                 const char        *indicator)
{
  /* Every indicator with values has a sparkline (for its card) and most a
   * trend; compositions have neither and make no card. */
  g_autofree char *sparkline = g_strconcat (indicator, ".sparkline", NULL);
  g_autofree char *trend = g_strconcat (indicator, ".trend", NULL);

  return strv_has (chart_ids, sparkline) || strv_has (chart_ids, trend);
}

/**
 * qs_deck_check:
 * @self: a deck
 * @display_name: the deck file's name as shown in messages
 * @dataset_name: (nullable): the file name of the dataset it is used with
 * @chart_ids: (nullable) (array zero-terminated=1): every chart id the
 *   dataset offers; %NULL to skip the check of ids
 *
 * Finds what will not show as the deck says: a deck made for another
 * dataset, charts the dataset does not offer (the slide is kept and its page
 * says so), indicators with no card (left out) and KPI pages with more cards
 * than fit. None of these stops a report.
 *
 * Returns: (transfer full) (element-type QsProblem): the warnings, with the
 *   JSON path of what they concern; maybe none
 */
GPtrArray *
qs_deck_check (QsDeck            *self,
               const char        *display_name,
               const char        *dataset_name,
               const char *const *chart_ids)
{
  GPtrArray *warnings = g_ptr_array_new_with_free_func ((GDestroyNotify) qs_problem_free);

  g_return_val_if_fail (QS_IS_DECK (self), warnings);

  if (dataset_name && self->dataset)
    {
      g_autofree char *base = g_path_get_basename (dataset_name);
      if (strcmp (base, self->dataset) != 0)
        {
          g_autofree char *message = g_strdup_printf (_("this briefing was made for “%s”, not for “%s”"),
                                                      self->dataset, base);
          g_ptr_array_add (warnings, qs_problem_new (display_name, 0, 0, "dataset", message));
        }
    }

  for (guint i = 0; i < self->slides->len; i++)
    {
      QsSlide *slide = self->slides->pdata[i];

      if (qs_slide_get_kind (slide) == QS_SLIDE_CHART)
        {
          const char *id = qs_slide_get_chart_id (slide);
          if (chart_ids && id && !strv_has (chart_ids, id))
            {
              g_autofree char *where = g_strdup_printf ("slides[%u].chart", i);
              g_autofree char *message =
                g_strdup_printf (_("the dataset has no chart “%s”; the slide is kept, and its page says so"), id);
              g_ptr_array_add (warnings, qs_problem_new (display_name, 0, 0, where, message));
            }
        }
      else
        {
          const char *const *indicators = qs_slide_get_indicators (slide);
          guint n = indicators ? g_strv_length ((char **) indicators) : 0;

          for (guint k = 0; chart_ids && k < n; k++)
            if (!indicator_known (chart_ids, indicators[k]))
              {
                g_autofree char *where = g_strdup_printf ("slides[%u].indicators[%u]", i, k);
                g_autofree char *message =
                  g_strdup_printf (_("the dataset has no indicator “%s” with values; its card is left out"),
                                   indicators[k]);
                g_ptr_array_add (warnings, qs_problem_new (display_name, 0, 0, where, message));
              }
          if (n > QS_SLIDE_MAX_KPIS)
            {
              g_autofree char *where = g_strdup_printf ("slides[%u].indicators", i);
              g_autofree char *message =
                g_strdup_printf (_("a page holds %u cards; the rest are left out"), (guint) QS_SLIDE_MAX_KPIS);
              g_ptr_array_add (warnings, qs_problem_new (display_name, 0, 0, where, message));
            }
        }
    }
  return warnings;
}

/* ---- writing ------------------------------------------------------------- */

static JsonNode *
text_node (QsText *text)
{
  g_autoptr(JsonObject) object = NULL;
  guint n = qs_text_get_n_items (text);

  if (n == 1 && *qs_text_get_locale (text, 0) == '\0')
    return json_node_init_string (json_node_alloc (), qs_text_get_value (text, 0));
  object = json_object_new ();
  for (guint i = 0; i < n; i++)
    {
      const char *locale = qs_text_get_locale (text, i);
      /* A plain text given beside localized ones stands for "any other";
       * the file has no place for it, so it goes under English. */
      json_object_set_string_member (object, *locale ? locale : "en", qs_text_get_value (text, i));
    }
  return json_node_init_object (json_node_alloc (), object);
}

/**
 * qs_deck_to_string:
 * @self: a deck
 *
 * The deck as its file holds it: UTF-8 JSON, two-space indents, keys in a
 * fixed order, a final newline. Equal decks give equal bytes.
 *
 * Returns: (transfer full): the text
 */
char *
qs_deck_to_string (QsDeck *self)
{
  g_autoptr(JsonObject) root = json_object_new ();
  g_autoptr(JsonArray) slides = json_array_new ();
  g_autoptr(JsonNode) node = NULL;
  g_autofree char *text = NULL;

  g_return_val_if_fail (QS_IS_DECK (self), NULL);

  json_object_set_string_member (root, "format", QS_DECK_FORMAT);
  json_object_set_int_member (root, "version", QS_DECK_VERSION);
  if (self->dataset)
    json_object_set_string_member (root, "dataset", self->dataset);
  for (guint i = 0; i < self->slides->len; i++)
    {
      QsSlide *slide = self->slides->pdata[i];
      JsonObject *object = json_object_new ();
      QsSlideKind kind = qs_slide_get_kind (slide);

      json_object_set_string_member (object, "kind", qs_slide_kind_to_string (kind));
      if (kind == QS_SLIDE_CHART)
        json_object_set_string_member (object, "chart", qs_slide_get_chart_id (slide) ? qs_slide_get_chart_id (slide)
                                                                                      : "");
      else if (qs_slide_get_indicators (slide))
        {
          JsonArray *indicators = json_array_new ();
          for (const char *const *p = qs_slide_get_indicators (slide); *p; p++)
            json_array_add_string_element (indicators, *p);
          json_object_set_array_member (object, "indicators", indicators);
        }
      if (qs_slide_get_title (slide))
        json_object_set_member (object, "title", text_node (qs_slide_get_title (slide)));
      if (qs_slide_get_takeaway (slide))
        json_object_set_member (object, "takeaway", text_node (qs_slide_get_takeaway (slide)));
      json_object_set_boolean_member (object, "hidden", qs_slide_get_hidden (slide));
      json_array_add_object_element (slides, object);
    }
  json_object_set_array_member (root, "slides", g_steal_pointer (&slides));

  node = json_node_init_object (json_node_alloc (), root);
  text = qs_json_to_string (node, TRUE);
  return g_strconcat (text, "\n", NULL);
}

static gboolean
write_text (GOutputStream  *out,
            gpointer        user_data,
            GError        **error)
{
  const char *text = user_data;

  return g_output_stream_write_all (out, text, strlen (text), NULL, NULL, error);
}

/**
 * qs_deck_save:
 * @self: a deck
 * @path: the deck file, usually qs_deck_path_for_dataset()
 * @error: return location for an error
 *
 * Writes qs_deck_to_string() through a temporary file and a rename: a
 * failed save changes nothing. A chart slide without a chart id could not be
 * read back, so a deck with one is not saved.
 *
 * Returns: %TRUE on success
 */
gboolean
qs_deck_save (QsDeck      *self,
              const char  *path,
              GError     **error)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (QS_IS_DECK (self), FALSE);
  for (guint i = 0; i < self->slides->len; i++)
    {
      QsSlide *slide = self->slides->pdata[i];
      const char *id = qs_slide_get_chart_id (slide);

      if (qs_slide_get_kind (slide) == QS_SLIDE_CHART && (id == NULL || *id == '\0'))
        {
          g_autofree char *display = g_filename_display_name (path);
          /* Translators: %u is a slide number, counted from 1. */
          g_set_error (error, QS_DECK_ERROR, QS_DECK_ERROR_INVALID, _("%s: slide %u has no chart; nothing was changed"),
                       display, i + 1);
          return FALSE;
        }
    }
  text = qs_deck_to_string (self);
  return qs_file_write_atomic (path, FALSE, write_text, text, error);
}
