/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "qs-section-class.h"
#include "qs-section-row.h"
#include "qs-sections-table.h"
#include "qs-water-quality.h"

/*
 * The sections' classes in their latest year, as derived from the samples
 * (GB 3838-2002), with the parameters that decide each class: the table
 * behind the Water view's class composition. Columns sort on a click.
 */

struct _QsSectionsTable
{
  AdwBin          parent_instance;

  GtkLabel       *title_label;
  GtkLabel       *rivers_label;
  GtkColumnView  *view;
  GListStore     *rows;
  GtkSortListModel *sorted;
};

G_DEFINE_FINAL_TYPE (QsSectionsTable, qs_sections_table, ADW_TYPE_BIN)

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          gpointer                  data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

/* Shows the row's property named by the column, as plain text. */
static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         const char               *property)
{
  GObject *row = gtk_list_item_get_item (item);
  g_auto(GValue) value = G_VALUE_INIT;
  g_autofree char *text = NULL;

  g_object_get_property (row, property, &value);
  if (G_VALUE_HOLDS_INT (&value))
    text = g_strdup_printf ("%d", g_value_get_int (&value));
  else
    text = g_value_dup_string (&value);
  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), text ? text : "");
}

static void
add_column (QsSectionsTable *self,
            const char      *title,
            const char      *property,
            const char      *sort_property,
            gboolean         expand)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *column;
  GtkExpression *expression = gtk_property_expression_new (QS_TYPE_SECTION_ROW, NULL, sort_property);
  GtkSorter *sorter;

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), (gpointer) property);
  if (g_str_equal (sort_property, "year") || g_str_equal (sort_property, "water-class"))
    sorter = GTK_SORTER (gtk_numeric_sorter_new (expression));
  else
    sorter = GTK_SORTER (gtk_string_sorter_new (expression));
  column = gtk_column_view_column_new (title, factory);
  /* Column ids are GTK 4.10; 4.8 is the oldest we build against. */
  g_object_set_data (G_OBJECT (column), "qs-property", (gpointer) property);
  gtk_column_view_column_set_sorter (column, sorter);
  gtk_column_view_column_set_expand (column, expand);
  gtk_column_view_column_set_resizable (column, TRUE);
  gtk_column_view_append_column (self->view, column);
  g_object_unref (sorter);
  g_object_unref (column);
}

static void
qs_sections_table_dispose (GObject *object)
{
  QsSectionsTable *self = QS_SECTIONS_TABLE (object);

  g_clear_object (&self->sorted);
  g_clear_object (&self->rows);
  G_OBJECT_CLASS (qs_sections_table_parent_class)->dispose (object);
}

static void
qs_sections_table_class_init (QsSectionsTableClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = qs_sections_table_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/qingshan/Qingshan/qs-sections-table.ui");
  gtk_widget_class_bind_template_child (widget_class, QsSectionsTable, title_label);
  gtk_widget_class_bind_template_child (widget_class, QsSectionsTable, rivers_label);
  gtk_widget_class_bind_template_child (widget_class, QsSectionsTable, view);
}

static void
qs_sections_table_init (QsSectionsTable *self)
{
  g_autoptr(GtkNoSelection) selection = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = g_list_store_new (QS_TYPE_SECTION_ROW);
  self->sorted = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->rows)), NULL);
  selection = gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->sorted)));
  gtk_column_view_set_model (self->view, GTK_SELECTION_MODEL (selection));

  add_column (self, _("Section"), "name", "name", TRUE);
  add_column (self, _("Water body"), "water-body", "water-body", FALSE);
  add_column (self, _("Region"), "region", "region", FALSE);
  add_column (self, _("Type"), "kind", "kind", FALSE);
  /* Translators: column of the national-assessment (国考) mark */
  add_column (self, _("Assessment"), "national", "national", FALSE);
  add_column (self, _("Year"), "year", "year", FALSE);
  add_column (self, _("Class"), "class-name", "water-class", FALSE);
  /* Translators: the parameters that decide a section's class (定类项目) */
  add_column (self, _("Deciding parameters"), "limiting", "limiting", TRUE);
  gtk_sort_list_model_set_sorter (self->sorted, gtk_column_view_get_sorter (self->view));
}

/**
 * qs_sections_table_new:
 * @dataset: a dataset
 * @locale: (nullable): the language of names
 *
 * Returns: (transfer floating) (nullable): the table, %NULL when the
 *   dataset has no sampled section
 */
GtkWidget *
qs_sections_table_new (QsDataset  *dataset,
                       const char *locale)
{
  g_autoptr(GPtrArray) classes = qs_section_classes_latest (dataset);
  QsSectionsTable *self;

  if (classes->len == 0)
    return NULL;
  self = g_object_new (QS_TYPE_SECTIONS_TABLE, NULL);
  gtk_label_set_text (self->title_label, _("Water sections: class in the latest year sampled (GB 3838-2002)"));
  for (guint i = 0; i < classes->len; i++)
    {
      g_autoptr(QsSectionRow) row = qs_section_row_new (dataset, classes->pdata[i], locale);
      g_list_store_append (self->rows, row);
    }

  /* Rivers with five sections or more are rated by the share of their
   * sections in each class. */
  {
    g_autoptr(GPtrArray) rivers = qs_river_statuses (classes, locale);
    g_autoptr(GString) text = g_string_new (NULL);

    for (guint i = 0; i < rivers->len; i++)
      {
        QsRiverStatus *river = rivers->pdata[i];
        g_autofree char *share = g_strdup_printf ("%.0f%%", river->good_share);
        g_autofree char *item = NULL;

        /* Translators: a river, its status (优, 良好 …), the share of its
         * sections in classes I–III and how many sections there are */
        item = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s: %s (%s in classes I–III of %u section)",
                                             "%s: %s (%s in classes I–III of %u sections)", river->n_sections),
                                qs_text_get_display (river->water_body, locale),
                                qs_water_status_name (river->status, locale), share, river->n_sections);
        g_string_append_printf (text, "%s%s", text->len ? "\n" : "", item);
      }
    if (text->len > 0)
      {
        g_autofree char *label = g_strdup_printf (_("Rivers, by the class-proportion method:\n%s"), text->str);
        gtk_label_set_text (self->rivers_label, label);
        gtk_widget_set_visible (GTK_WIDGET (self->rivers_label), TRUE);
      }
  }
  return GTK_WIDGET (self);
}

/** qs_sections_table_get_n_rows: @self: a table. Returns: how many sections it lists */
guint
qs_sections_table_get_n_rows (QsSectionsTable *self)
{
  return g_list_model_get_n_items (G_LIST_MODEL (self->rows));
}

/** qs_sections_table_get_rows: @self: a table. Returns: (transfer none): the rows in the shown order */
GListModel *
qs_sections_table_get_rows (QsSectionsTable *self)
{
  return G_LIST_MODEL (self->sorted);
}

/**
 * qs_sections_table_sort_by:
 * @self: a table
 * @column: a column id: name, water-body, region, kind, national, year,
 *   class-name or limiting
 * @order: ascending or descending
 *
 * Sorts as clicking the column's header does.
 */
void
qs_sections_table_sort_by (QsSectionsTable *self,
                           const char      *column,
                           GtkSortType      order)
{
  GListModel *columns = gtk_column_view_get_columns (self->view);

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) c = g_list_model_get_item (columns, i);
      if (g_strcmp0 (g_object_get_data (G_OBJECT (c), "qs-property"), column) == 0)
        gtk_column_view_sort_by_column (self->view, c, order);
    }
}

/** qs_sections_table_get_rivers_text: @self: a table. Returns: the rivers' statuses as shown, or "" */
const char *
qs_sections_table_get_rivers_text (QsSectionsTable *self)
{
  return gtk_widget_get_visible (GTK_WIDGET (self->rivers_label)) ? gtk_label_get_text (self->rivers_label) : "";
}
