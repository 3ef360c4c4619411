/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "qs-data-row.h"
#include "qs-data-view.h"
#include "qs-format.h"
#include "qs-resources.h"

/*
 * The table is the accessible alternative to the charts: every value of the
 * dataset, one per row, readable by a screen reader and copyable to a
 * spreadsheet.
 *
 * rows (QsDataRow, from qs_data_rows_from_dataset())
 *   → GtkSortListModel, sorted by the column view's sorter
 *   → GtkFilterListModel, the search
 *   → GtkMultiSelection → GtkColumnView
 *
 * Sorting comes before filtering so that typing in the search entry only
 * filters (one linear pass) and never sorts again.
 */

struct _QsDataView
{
  AdwBin               parent_instance;

  QsDataset           *dataset;
  GListModel          *rows;
  GtkSortListModel    *sort_model;
  GtkCustomFilter     *filter;
  GtkFilterListModel  *filter_model;
  GtkMultiSelection   *selection;
  /* The folded words of the search, see qs_data_row_split_query(). */
  char               **words;

  GtkSearchEntry      *search_entry;
  GtkLabel            *count_label;
  GtkColumnView       *column_view;
  GtkColumnViewColumn *indicator_column;
  GtkColumnViewColumn *region_column;
  GtkColumnViewColumn *period_column;
  GtkColumnViewColumn *value_column;
  GtkColumnViewColumn *status_column;
  GtkColumnViewColumn *source_column;
};

G_DEFINE_FINAL_TYPE (QsDataView, qs_data_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATASET,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ---- Cells ------------------------------------------------------------- */

static GtkWidget *
cell_label (GtkListItem *item)
{
  return gtk_list_item_get_child (item);
}

static void
setup_text_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               QsDataView               *self)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  /* Narrow columns ellipsize rather than push the table off the window. */
  gtk_label_set_width_chars (GTK_LABEL (label), 4);
  gtk_list_item_set_child (item, label);
}

static void
setup_value_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                QsDataView               *self)
{
  GtkWidget *label = gtk_label_new (NULL);

  /* Right-aligned with tabular figures, so that digits line up; never
   * ellipsized, a number cut short would be a different number. */
  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (item, label);
}

/* Dataset text: always set as text, never parsed as markup. */
#define DEFINE_BIND_TEXT(column, getter)                                  \
  static void                                                             \
  bind_##column##_cb (GtkSignalListItemFactory *factory,                  \
                      GtkListItem              *item,                     \
                      QsDataView               *self)                     \
  {                                                                       \
    QsDataRow *row = gtk_list_item_get_item (item);                       \
                                                                          \
    gtk_label_set_text (GTK_LABEL (cell_label (item)), getter (row));     \
  }

DEFINE_BIND_TEXT (indicator, qs_data_row_get_indicator_name)
DEFINE_BIND_TEXT (region, qs_data_row_get_region_name)
DEFINE_BIND_TEXT (period, qs_data_row_get_period)
DEFINE_BIND_TEXT (status, qs_data_row_get_status)
DEFINE_BIND_TEXT (source, qs_data_row_get_source)

static void
bind_value_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               QsDataView               *self)
{
  QsDataRow *row = gtk_list_item_get_item (item);
  GtkWidget *label = cell_label (item);

  gtk_label_set_text (GTK_LABEL (label), qs_data_row_get_value_text (row));
  /* A screen reader would read the dash of a missing value as "em dash". */
  if (isnan (qs_data_row_get_value (row)))
    gtk_accessible_update_property (GTK_ACCESSIBLE (label),
                                    /* Translators: what screen readers say for a
                                     * missing value in the data table. */
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, _("No value"),
                                    -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL);
}

/* ---- Sorting and filtering --------------------------------------------- */

static int
compare_rows (gconstpointer a,
              gconstpointer b,
              gpointer      column)
{
  return qs_data_row_compare ((QsDataRow *) a, (QsDataRow *) b, GPOINTER_TO_INT (column));
}

/* GtkStringSorter and GtkNumericSorter would work too, but the column view's
 * sorter has no sort keys in GTK 4.8, so they would evaluate the property
 * and, for texts, fold and collate both strings on every one of the
 * millions of comparisons that sorting 200 000 rows takes: 6.6 s by
 * indicator instead of 0.05 s. The rows keep their collation keys instead
 * and compare them with strcmp(). */
static void
set_column_sorter (GtkColumnViewColumn *column,
                   QsDataColumn         data_column)
{
  g_autoptr(GtkSorter) sorter =
    GTK_SORTER (gtk_custom_sorter_new (compare_rows, GINT_TO_POINTER (data_column), NULL));

  gtk_column_view_column_set_sorter (column, sorter);
}

static gboolean
filter_row (gpointer item,
            gpointer user_data)
{
  QsDataView *self = user_data;

  return qs_data_row_matches (item, (const char *const *) self->words);
}

/* Whether every word of @a occurs within some word of @b: then @b matches
 * only rows that @a matches. */
static gboolean
words_within (char **a,
              char **b)
{
  for (guint i = 0; a[i]; i++)
    {
      gboolean found = FALSE;

      for (guint j = 0; b[j] && !found; j++)
        found = strstr (b[j], a[i]) != NULL;
      if (!found)
        return FALSE;
    }
  return TRUE;
}

static void
search_changed_cb (GtkSearchEntry *entry,
                   QsDataView     *self)
{
  g_auto(GStrv) old = self->words;
  gboolean stricter, looser;

  self->words = qs_data_row_split_query (gtk_editable_get_text (GTK_EDITABLE (entry)));
  /* Telling the filter model how the filter changed lets it look only at
   * the rows shown (stricter) or hidden (looser). */
  stricter = words_within (old, self->words);
  looser = words_within (self->words, old);
  if (stricter && looser)
    return;
  gtk_filter_changed (GTK_FILTER (self->filter),
                      stricter ? GTK_FILTER_CHANGE_MORE_STRICT
                      : looser ? GTK_FILTER_CHANGE_LESS_STRICT
                      : GTK_FILTER_CHANGE_DIFFERENT);
}

/* Escape in the search entry ends the search. */
static void
stop_search_cb (GtkSearchEntry *entry,
                QsDataView     *self)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

/* ---- Row count --------------------------------------------------------- */

static char *
format_count (guint64 n)
{
  return qs_format_number ((double) n, 0, QS_FORMAT_GROUPING, NULL);
}

static void
update_count (QsDataView *self)
{
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
  guint total = g_list_model_get_n_items (self->rows);
  g_autoptr(GtkBitset) selection = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  guint64 selected = gtk_bitset_get_size (selection);
  g_autofree char *shown_text = format_count (shown);
  g_autofree char *total_text = format_count (total);
  g_autoptr(GString) text = g_string_new (NULL);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "data.copy", shown > 0);
  if (self->dataset == NULL)
    {
      gtk_label_set_text (self->count_label, "");
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self->column_view),
                                     GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      return;
    }

  if (shown == total)
    /* Translators: the number of rows in the data table; %s is a number. */
    g_string_append_printf (text, ngettext ("%s row", "%s rows", total), total_text);
  else
    /* Translators: rows left by the search in the data table, e.g. "12 of 2,040 rows". */
    g_string_append_printf (text, ngettext ("%s of %s row", "%s of %s rows", total),
                            shown_text, total_text);

  if (selected > 0)
    {
      g_autofree char *selected_text = format_count (selected);

      g_string_append (text, " · ");
      /* Translators: how many rows of the data table are selected; %s is a number. */
      g_string_append_printf (text, ngettext ("%s selected", "%s selected", selected),
                              selected_text);
    }

  if (qs_dataset_get_n_values (self->dataset) > total)
    {
      g_autofree char *values_text = format_count (qs_dataset_get_n_values (self->dataset));

      g_string_append (text, " · ");
      /* Translators: the data table lists at most a fixed number of values;
       * the first %s is that number, the second the number in the dataset. */
      g_string_append_printf (text, _("only the first %s of %s values are listed"),
                              total_text, values_text);
    }

  gtk_label_set_text (self->count_label, text->str);
  /* The count label is outside the table: say it with the table too. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->column_view),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text->str,
                                  -1);
}

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  QsDataView *self)
{
  update_count (self);
}

static void
selection_changed_cb (GtkSelectionModel *model,
                      guint              position,
                      guint              n_items,
                      QsDataView        *self)
{
  update_count (self);
}

/* ---- Copying ----------------------------------------------------------- */

/* Tabs and line breaks would start a new cell or row; a leading =, +, @ or
 * - (not of a number) would make spreadsheets run the text as a formula. */
static void
append_field (GString    *out,
              const char *text)
{
  if (text[0] == '=' || text[0] == '+' || text[0] == '@' ||
      (text[0] == '-' && !g_ascii_isdigit (text[1])))
    g_string_append_c (out, '\'');
  for (const char *p = text; *p; p++)
    g_string_append_c (out, (*p == '\t' || *p == '\n' || *p == '\r') ? ' ' : *p);
}

/* The value as stored, not as rounded for display, in the C locale: what
 * any spreadsheet reads as a number. Fifteen digits drop the binary noise
 * of derived values (0.30000000000000004). */
static void
append_number (GString *out,
               double   value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  /* A missing value is an empty cell. */
  if (!isfinite (value))
    return;
  if (value == 0)
    value = 0; /* no "-0" */
  g_string_append (out, g_ascii_formatd (buffer, sizeof buffer, "%.15g", value));
}

static void
append_row (GString   *out,
            QsDataRow *row)
{
  append_field (out, qs_data_row_get_indicator_name (row));
  g_string_append_c (out, '\t');
  append_field (out, qs_data_row_get_region_name (row));
  g_string_append_c (out, '\t');
  append_field (out, qs_data_row_get_period (row));
  g_string_append_c (out, '\t');
  append_number (out, qs_data_row_get_value (row));
  g_string_append_c (out, '\t');
  append_field (out, qs_data_row_get_unit (row));
  g_string_append_c (out, '\t');
  append_field (out, qs_data_row_get_status (row));
  g_string_append_c (out, '\t');
  append_field (out, qs_data_row_get_source (row));
  g_string_append_c (out, '\n');
}

/**
 * qs_data_view_dup_selection_tsv:
 * @self: a data view
 *
 * The selected rows, or every row the search leaves when none is selected,
 * in the order shown, as tab-separated text for spreadsheets: a header line
 * (Indicator, Region, Period, Value, Unit, Status, Source), then one line
 * per row ending in "\n". Values are plain numbers ('.' for the decimal
 * point, no grouping, '-' for minus, empty when missing) with their unit in
 * a column of its own.
 *
 * Returns: (transfer full): the text
 */
char *
qs_data_view_dup_selection_tsv (QsDataView *self)
{
  GListModel *model;
  g_autoptr(GtkBitset) selection = NULL;
  GString *out;

  g_return_val_if_fail (QS_IS_DATA_VIEW (self), NULL);

  model = G_LIST_MODEL (self->selection);
  selection = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  out = g_string_new (NULL);

  append_field (out, gtk_column_view_column_get_title (self->indicator_column));
  g_string_append_c (out, '\t');
  append_field (out, gtk_column_view_column_get_title (self->region_column));
  g_string_append_c (out, '\t');
  append_field (out, gtk_column_view_column_get_title (self->period_column));
  g_string_append_c (out, '\t');
  append_field (out, gtk_column_view_column_get_title (self->value_column));
  g_string_append_c (out, '\t');
  /* Translators: a column of the data table copied to the clipboard. */
  append_field (out, C_("data column", "Unit"));
  g_string_append_c (out, '\t');
  append_field (out, gtk_column_view_column_get_title (self->status_column));
  g_string_append_c (out, '\t');
  append_field (out, gtk_column_view_column_get_title (self->source_column));
  g_string_append_c (out, '\n');

  if (gtk_bitset_is_empty (selection))
    {
      guint n = g_list_model_get_n_items (model);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(QsDataRow) row = g_list_model_get_item (model, i);
          append_row (out, row);
        }
    }
  else
    {
      GtkBitsetIter iter;
      guint position;

      for (gboolean more = gtk_bitset_iter_init_first (&iter, selection, &position); more;
           more = gtk_bitset_iter_next (&iter, &position))
        {
          g_autoptr(QsDataRow) row = g_list_model_get_item (model, position);
          append_row (out, row);
        }
    }
  return g_string_free (out, FALSE);
}

static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  QsDataView *self = QS_DATA_VIEW (widget);
  g_autofree char *text = qs_data_view_dup_selection_tsv (self);

  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), text);
}

/* ---- Object ------------------------------------------------------------ */

/* The numeric class's rule comes with the view, not with the application's
 * style sheet, so that the view looks right wherever it is used. */
static void
ensure_style (GdkDisplay *display)
{
  static const char key[] = "qs-data-view-css";
  g_autoptr(GtkCssProvider) provider = NULL;

  if (display == NULL || g_object_get_data (G_OBJECT (display), key))
    return;
  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider, RESOURCE_PREFIX "/qs-data-view.css");
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  g_object_set_data_full (G_OBJECT (display), key, g_steal_pointer (&provider), g_object_unref);
}

static void
qs_data_view_dispose (GObject *object)
{
  QsDataView *self = (QsDataView *) object;

  /* The filter may outlive the view in someone's reference to the model. */
  if (self->filter)
    gtk_custom_filter_set_filter_func (self->filter, NULL, NULL, NULL);
  if (self->filter_model)
    g_signal_handlers_disconnect_by_data (self->filter_model, self);
  if (self->selection)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), QS_TYPE_DATA_VIEW);
  g_clear_object (&self->selection);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->filter);
  g_clear_object (&self->sort_model);
  g_clear_object (&self->rows);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (qs_data_view_parent_class)->dispose (object);
}

static void
qs_data_view_finalize (GObject *object)
{
  QsDataView *self = (QsDataView *) object;

  g_strfreev (self->words);

  G_OBJECT_CLASS (qs_data_view_parent_class)->finalize (object);
}

static void
qs_data_view_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  QsDataView *self = QS_DATA_VIEW (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      g_value_set_object (value, self->dataset);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qs_data_view_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  QsDataView *self = QS_DATA_VIEW (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      qs_data_view_set_dataset (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qs_data_view_class_init (QsDataViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = qs_data_view_dispose;
  object_class->finalize = qs_data_view_finalize;
  object_class->get_property = qs_data_view_get_property;
  object_class->set_property = qs_data_view_set_property;

  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL, QS_TYPE_DATASET,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Referencing the bundle links it in from the static library; its
   * constructor then registers it. */
  g_assert (qs_get_resource () != NULL);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/qs-data-view.ui");
  gtk_widget_class_bind_template_child (widget_class, QsDataView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, QsDataView, count_label);
  gtk_widget_class_bind_template_child (widget_class, QsDataView, column_view);
  gtk_widget_class_bind_template_child (widget_class, QsDataView, indicator_column);
  gtk_widget_class_bind_template_child (widget_class, QsDataView, region_column);
  gtk_widget_class_bind_template_child (widget_class, QsDataView, period_column);
  gtk_widget_class_bind_template_child (widget_class, QsDataView, value_column);
  gtk_widget_class_bind_template_child (widget_class, QsDataView, status_column);
  gtk_widget_class_bind_template_child (widget_class, QsDataView, source_column);
  gtk_widget_class_bind_template_callback (widget_class, setup_text_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_value_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_indicator_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_region_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_period_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_value_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_status_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_source_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);

  gtk_widget_class_install_action (widget_class, "data.copy", NULL, copy_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK, "data.copy", NULL);
}

static void
qs_data_view_init (QsDataView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  ensure_style (gtk_widget_get_display (GTK_WIDGET (self)));

  set_column_sorter (self->indicator_column, QS_DATA_COLUMN_INDICATOR);
  set_column_sorter (self->region_column, QS_DATA_COLUMN_REGION);
  set_column_sorter (self->period_column, QS_DATA_COLUMN_PERIOD);
  set_column_sorter (self->value_column, QS_DATA_COLUMN_VALUE);
  set_column_sorter (self->status_column, QS_DATA_COLUMN_STATUS);
  set_column_sorter (self->source_column, QS_DATA_COLUMN_SOURCE);

  self->words = g_new0 (char *, 1);
  self->rows = G_LIST_MODEL (g_list_store_new (QS_TYPE_DATA_ROW));
  self->sort_model = gtk_sort_list_model_new (g_object_ref (self->rows),
                                              g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  self->filter = gtk_custom_filter_new (filter_row, self, NULL);
  self->filter_model = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->sort_model)),
                                                  g_object_ref (GTK_FILTER (self->filter)));
  self->selection = gtk_multi_selection_new (g_object_ref (G_LIST_MODEL (self->filter_model)));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));

  g_signal_connect (self->filter_model, "items-changed", G_CALLBACK (items_changed_cb), self);
  g_signal_connect (self->selection, "selection-changed", G_CALLBACK (selection_changed_cb), self);
  update_count (self);
}

/**
 * qs_data_view_new:
 *
 * Returns: (transfer floating): a new data view with no dataset
 */
QsDataView *
qs_data_view_new (void)
{
  return g_object_new (QS_TYPE_DATA_VIEW, NULL);
}

/** qs_data_view_get_dataset: @self: a data view. Returns: (transfer none) (nullable): the dataset shown */
QsDataset *
qs_data_view_get_dataset (QsDataView *self)
{
  g_return_val_if_fail (QS_IS_DATA_VIEW (self), NULL);
  return self->dataset;
}

/**
 * qs_data_view_set_dataset:
 * @self: a data view
 * @dataset: (nullable): the dataset to list, or %NULL for none
 *
 * Lists the values of @dataset (at most %QS_DATA_ROWS_MAX, see
 * qs_data_rows_from_dataset()) in the interface language. The search and
 * the sort order stay as they are.
 */
void
qs_data_view_set_dataset (QsDataView *self,
                          QsDataset  *dataset)
{
  g_return_if_fail (QS_IS_DATA_VIEW (self));
  g_return_if_fail (dataset == NULL || QS_IS_DATASET (dataset));

  if (!g_set_object (&self->dataset, dataset))
    return;

  g_clear_object (&self->rows);
  self->rows = dataset ? qs_data_rows_from_dataset (dataset, NULL)
                       : G_LIST_MODEL (g_list_store_new (QS_TYPE_DATA_ROW));
  gtk_sort_list_model_set_model (self->sort_model, self->rows);
  update_count (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATASET]);
}
