/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>

#include "qs-slide.h"

/*
 * A slide of a briefing deck: a chart of the catalog (by its stable id) or a
 * page of KPI cards, with a title and a one-line takeaway written by staff.
 * Hidden slides stay in the deck but are left out of the report. Every
 * property notifies only when its value really changes, so that a deck can
 * save itself on "notify" without saving for nothing.
 */

struct _QsSlide
{
  GObject      parent_instance;

  QsSlideKind  kind;
  char        *chart_id;
  GStrv        indicators;   /* NULL: the dataset's headline indicators */
  QsText      *title;        /* NULL: the chart's own title */
  QsText      *takeaway;     /* nullable */
  gboolean     hidden;
};

G_DEFINE_FINAL_TYPE (QsSlide, qs_slide, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KIND,
  PROP_CHART_ID,
  PROP_INDICATORS,
  PROP_TITLE,
  PROP_TAKEAWAY,
  PROP_HIDDEN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *const kind_names[] = { "chart", "kpis" };

GType
qs_slide_kind_get_type (void)
{
  static gsize type = 0;

  if (g_once_init_enter (&type))
    {
      static const GEnumValue values[] = {
        { QS_SLIDE_CHART, "QS_SLIDE_CHART", "chart" },
        { QS_SLIDE_KPIS, "QS_SLIDE_KPIS", "kpis" },
        { 0, NULL, NULL },
      };
      GType t = g_enum_register_static (g_intern_static_string ("QsSlideKind"), values);
      g_once_init_leave (&type, t);
    }
  return type;
}

/**
 * qs_slide_kind_to_string:
 * @kind: a kind of slide
 *
 * Returns: its name in deck files: `chart` or `kpis`
 */
const char *
qs_slide_kind_to_string (QsSlideKind kind)
{
  return kind_names[CLAMP ((int) kind, 0, (int) G_N_ELEMENTS (kind_names) - 1)];
}

/**
 * qs_slide_kind_from_string:
 * @name: `chart` or `kpis`
 * @kind: (out): the kind
 *
 * Returns: whether @name is a kind of slide
 */
gboolean
qs_slide_kind_from_string (const char  *name,
                           QsSlideKind *kind)
{
  for (guint i = 0; name && i < G_N_ELEMENTS (kind_names); i++)
    if (strcmp (name, kind_names[i]) == 0)
      {
        *kind = (QsSlideKind) i;
        return TRUE;
      }
  return FALSE;
}

static gboolean
text_equal (const QsText *a,
            const QsText *b)
{
  guint n;

  if (a == b)
    return TRUE;
  if (a == NULL || b == NULL)
    return FALSE;
  n = qs_text_get_n_items (a);
  if (n != qs_text_get_n_items (b))
    return FALSE;
  /* The order counts: it is the order the file is written in. */
  for (guint i = 0; i < n; i++)
    if (strcmp (qs_text_get_locale (a, i), qs_text_get_locale (b, i)) != 0 ||
        strcmp (qs_text_get_value (a, i), qs_text_get_value (b, i)) != 0)
      return FALSE;
  return TRUE;
}

static gboolean
strv_equal (const char *const *a,
            const char *const *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return g_strv_equal (a, b);
}

static void
qs_slide_finalize (GObject *object)
{
  QsSlide *self = (QsSlide *) object;

  g_free (self->chart_id);
  g_strfreev (self->indicators);
  g_clear_pointer (&self->title, qs_text_unref);
  g_clear_pointer (&self->takeaway, qs_text_unref);
  G_OBJECT_CLASS (qs_slide_parent_class)->finalize (object);
}

static void
qs_slide_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  QsSlide *self = QS_SLIDE (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_CHART_ID:
      g_value_set_string (value, self->chart_id);
      break;
    case PROP_INDICATORS:
      g_value_set_boxed (value, self->indicators);
      break;
    case PROP_TITLE:
      g_value_set_boxed (value, self->title);
      break;
    case PROP_TAKEAWAY:
      g_value_set_boxed (value, self->takeaway);
      break;
    case PROP_HIDDEN:
      g_value_set_boolean (value, self->hidden);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qs_slide_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  QsSlide *self = QS_SLIDE (object);

  switch (prop_id)
    {
    case PROP_KIND:
      qs_slide_set_kind (self, g_value_get_enum (value));
      break;
    case PROP_CHART_ID:
      qs_slide_set_chart_id (self, g_value_get_string (value));
      break;
    case PROP_INDICATORS:
      qs_slide_set_indicators (self, g_value_get_boxed (value));
      break;
    case PROP_TITLE:
      qs_slide_set_title (self, g_value_get_boxed (value));
      break;
    case PROP_TAKEAWAY:
      qs_slide_set_takeaway (self, g_value_get_boxed (value));
      break;
    case PROP_HIDDEN:
      qs_slide_set_hidden (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qs_slide_class_init (QsSlideClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = qs_slide_finalize;
  object_class->get_property = qs_slide_get_property;
  object_class->set_property = qs_slide_set_property;

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, QS_TYPE_SLIDE_KIND, QS_SLIDE_CHART,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CHART_ID] =
    g_param_spec_string ("chart-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_INDICATORS] =
    g_param_spec_boxed ("indicators", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_boxed ("title", NULL, NULL, QS_TYPE_TEXT,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TAKEAWAY] =
    g_param_spec_boxed ("takeaway", NULL, NULL, QS_TYPE_TEXT,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HIDDEN] =
    g_param_spec_boolean ("hidden", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
qs_slide_init (QsSlide *self)
{
  self->kind = QS_SLIDE_CHART;
}

/**
 * qs_slide_new_chart:
 * @chart_id: a chart id of the catalog, such as `air.pm25_annual.trend`
 *
 * Returns: (transfer full): a visible chart slide with no title of its own
 */
QsSlide *
qs_slide_new_chart (const char *chart_id)
{
  g_return_val_if_fail (chart_id != NULL, NULL);
  return g_object_new (QS_TYPE_SLIDE, "kind", QS_SLIDE_CHART, "chart-id", chart_id, NULL);
}

/**
 * qs_slide_new_kpis:
 * @indicators: (nullable) (array zero-terminated=1): indicator ids, or
 *   %NULL for the dataset's headline indicators
 *
 * Returns: (transfer full): a visible page of KPI cards
 */
QsSlide *
qs_slide_new_kpis (const char *const *indicators)
{
  return g_object_new (QS_TYPE_SLIDE, "kind", QS_SLIDE_KPIS, "indicators", indicators, NULL);
}

/**
 * qs_slide_copy:
 * @self: a slide
 *
 * Returns: (transfer full): a new slide with the same properties
 */
QsSlide *
qs_slide_copy (QsSlide *self)
{
  QsSlide *copy;

  g_return_val_if_fail (QS_IS_SLIDE (self), NULL);
  copy = g_object_new (QS_TYPE_SLIDE, NULL);
  copy->kind = self->kind;
  copy->chart_id = g_strdup (self->chart_id);
  copy->indicators = g_strdupv (self->indicators);
  copy->title = self->title ? qs_text_ref (self->title) : NULL;
  copy->takeaway = self->takeaway ? qs_text_ref (self->takeaway) : NULL;
  copy->hidden = self->hidden;
  return copy;
}

/**
 * qs_slide_equal:
 * @a: a slide
 * @b: another
 *
 * Returns: whether the two have the same kind, chart, indicators, texts
 *   (with their locales in the same order) and visibility
 */
gboolean
qs_slide_equal (QsSlide *a,
                QsSlide *b)
{
  g_return_val_if_fail (QS_IS_SLIDE (a) && QS_IS_SLIDE (b), FALSE);
  return a->kind == b->kind && g_strcmp0 (a->chart_id, b->chart_id) == 0 &&
         strv_equal ((const char *const *) a->indicators, (const char *const *) b->indicators) &&
         text_equal (a->title, b->title) && text_equal (a->takeaway, b->takeaway) && a->hidden == b->hidden;
}

/** qs_slide_get_kind: @self: a slide. Returns: its kind */
QsSlideKind
qs_slide_get_kind (QsSlide *self)
{
  g_return_val_if_fail (QS_IS_SLIDE (self), QS_SLIDE_CHART);
  return self->kind;
}

/**
 * qs_slide_set_kind:
 * @self: a slide
 * @kind: chart or KPIs
 *
 * The chart id and indicators are kept when the kind changes, so that
 * switching back restores them; only the ones of the kind are saved.
 */
void
qs_slide_set_kind (QsSlide     *self,
                   QsSlideKind  kind)
{
  g_return_if_fail (QS_IS_SLIDE (self));
  g_return_if_fail (kind == QS_SLIDE_CHART || kind == QS_SLIDE_KPIS);
  if (self->kind == kind)
    return;
  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

/** qs_slide_get_chart_id: @self: a slide. Returns: (nullable): the id of its chart */
const char *
qs_slide_get_chart_id (QsSlide *self)
{
  g_return_val_if_fail (QS_IS_SLIDE (self), NULL);
  return self->chart_id;
}

/**
 * qs_slide_set_chart_id:
 * @self: a slide
 * @chart_id: (nullable): a chart id of the catalog
 */
void
qs_slide_set_chart_id (QsSlide    *self,
                       const char *chart_id)
{
  g_return_if_fail (QS_IS_SLIDE (self));
  if (g_strcmp0 (self->chart_id, chart_id) == 0)
    return;
  g_free (self->chart_id);
  self->chart_id = g_strdup (chart_id);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHART_ID]);
}

/**
 * qs_slide_get_indicators:
 * @self: a slide
 *
 * Returns: (nullable) (array zero-terminated=1): the indicators of a KPI
 *   page, or %NULL for the dataset's headline indicators
 */
const char *const *
qs_slide_get_indicators (QsSlide *self)
{
  g_return_val_if_fail (QS_IS_SLIDE (self), NULL);
  return (const char *const *) self->indicators;
}

/**
 * qs_slide_set_indicators:
 * @self: a slide
 * @indicators: (nullable) (array zero-terminated=1): indicator ids; %NULL
 *   or an empty list for the dataset's headline indicators
 */
void
qs_slide_set_indicators (QsSlide           *self,
                         const char *const *indicators)
{
  g_return_if_fail (QS_IS_SLIDE (self));
  if (indicators && indicators[0] == NULL)
    indicators = NULL;
  if (strv_equal ((const char *const *) self->indicators, indicators))
    return;
  g_strfreev (self->indicators);
  self->indicators = g_strdupv ((char **) indicators);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INDICATORS]);
}

/** qs_slide_get_title: @self: a slide. Returns: (nullable) (transfer none): its title */
QsText *
qs_slide_get_title (QsSlide *self)
{
  g_return_val_if_fail (QS_IS_SLIDE (self), NULL);
  return self->title;
}

static void
set_text (QsSlide   *self,
          QsText   **field,
          QsText    *text,
          guint      prop)
{
  /* A text with no locale at all is no text. */
  if (text && qs_text_get_n_items (text) == 0)
    text = NULL;
  if (text_equal (*field, text))
    return;
  if (text)
    qs_text_ref (text);
  g_clear_pointer (field, qs_text_unref);
  *field = text;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

/**
 * qs_slide_set_title:
 * @self: a slide
 * @title: (nullable): the title, plain or by locale; %NULL for the chart's
 *   own title. The slide keeps a reference: do not change it afterwards.
 */
void
qs_slide_set_title (QsSlide *self,
                    QsText  *title)
{
  g_return_if_fail (QS_IS_SLIDE (self));
  set_text (self, &self->title, title, PROP_TITLE);
}

/** qs_slide_get_takeaway: @self: a slide. Returns: (nullable) (transfer none): its takeaway */
QsText *
qs_slide_get_takeaway (QsSlide *self)
{
  g_return_val_if_fail (QS_IS_SLIDE (self), NULL);
  return self->takeaway;
}

/**
 * qs_slide_set_takeaway:
 * @self: a slide
 * @takeaway: (nullable): one line, plain or by locale. The slide keeps a
 *   reference: do not change it afterwards.
 */
void
qs_slide_set_takeaway (QsSlide *self,
                       QsText  *takeaway)
{
  g_return_if_fail (QS_IS_SLIDE (self));
  set_text (self, &self->takeaway, takeaway, PROP_TAKEAWAY);
}

/** qs_slide_get_hidden: @self: a slide. Returns: whether the report leaves it out */
gboolean
qs_slide_get_hidden (QsSlide *self)
{
  g_return_val_if_fail (QS_IS_SLIDE (self), FALSE);
  return self->hidden;
}

/**
 * qs_slide_set_hidden:
 * @self: a slide
 * @hidden: whether the report leaves it out
 */
void
qs_slide_set_hidden (QsSlide  *self,
                     gboolean  hidden)
{
  g_return_if_fail (QS_IS_SLIDE (self));
  hidden = !!hidden;
  if (self->hidden == hidden)
    return;
  self->hidden = hidden;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIDDEN]);
}
