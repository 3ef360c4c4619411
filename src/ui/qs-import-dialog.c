/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "qs-import-dialog.h"

/*
 * The import in the window: the kind of data and the encoding (detected,
 * or chosen when detection guesses wrong), a preview of the first rows with
 * what each column was recognized as, the header's problems before anything
 * is written, and then the same import as `qingshan --import`: all or
 * nothing unless bad rows are skipped, written atomically with a backup.
 */

#define PREVIEW_ROWS 10

struct _QsImportDialog
{
  AdwWindow       parent_instance;

  GtkDropDown    *kind_dropdown;
  GtkDropDown    *encoding_dropdown;
  GtkLabel       *detected_label;
  GtkGrid        *preview_grid;
  GtkWidget      *problems_scroller;
  GtkLabel       *problems_label;
  GtkCheckButton *skip_check;
  GtkLabel       *summary_label;
  GtkButton      *close_button;

  char           *csv_path;
  char           *dataset_path;
  QsImportPreview *preview;
};

G_DEFINE_FINAL_TYPE (QsImportDialog, qs_import_dialog, ADW_TYPE_WINDOW)

enum {
  IMPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static QsImportKind
current_kind (QsImportDialog *self)
{
  return gtk_drop_down_get_selected (self->kind_dropdown) == 1 ? QS_IMPORT_WATER : QS_IMPORT_AIR;
}

static QsCsvEncoding
current_encoding (QsImportDialog *self)
{
  switch (gtk_drop_down_get_selected (self->encoding_dropdown))
    {
    case 1: return QS_CSV_ENCODING_UTF8;
    case 2: return QS_CSV_ENCODING_GB18030;
    default: return QS_CSV_ENCODING_AUTO;
    }
}

static void
show_problems (QsImportDialog *self,
               GPtrArray      *problems,
               const char     *extra)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; problems && i < problems->len; i++)
    {
      g_autofree char *line = qs_problem_to_string (problems->pdata[i]);
      g_string_append_printf (text, "%s%s", text->len ? "\n" : "", line);
    }
  if (extra)
    g_string_append_printf (text, "%s%s", text->len ? "\n" : "", extra);
  /* Plain text: the file's cells are quoted in the messages. */
  gtk_label_set_text (self->problems_label, text->str);
  gtk_widget_set_visible (self->problems_scroller, text->len > 0);
}

static GtkWidget *
cell_label (const char *text,
            gboolean    heading)
{
  GtkWidget *label = gtk_label_new (NULL);
  g_autofree char *shown = qs_text_for_display (text);

  gtk_label_set_text (GTK_LABEL (label), shown);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 24);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (heading)
    gtk_widget_add_css_class (label, "heading");
  return label;
}

/* Reads the first rows again, as the kind and encoding now say. */
static void
refresh (QsImportDialog *self)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *child;

  g_clear_pointer (&self->preview, qs_import_preview_free);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->preview_grid))))
    gtk_grid_remove (self->preview_grid, child);
  gtk_label_set_text (self->summary_label, "");

  self->preview = qs_import_preview (current_kind (self), self->csv_path, current_encoding (self), PREVIEW_ROWS,
                                     &error);
  if (self->preview == NULL)
    {
      gtk_label_set_text (self->detected_label, "");
      show_problems (self, NULL, error->message);
      return;
    }

  {
    const char *encoding = self->preview->encoding == QS_CSV_ENCODING_GB18030 ? "GB18030" : "UTF-8";
    g_autofree char *text = NULL;

    /* Translators: what was found in the file, e.g. "GB18030, separated by “,”" */
    text = self->preview->separator == '\t'
         ? g_strdup_printf (_("%s, separated by tabs"), encoding)
         : g_strdup_printf (_("%s, separated by “%c”"), encoding, self->preview->separator);
    gtk_label_set_text (self->detected_label, text);
  }

  /* Row 0: the file's headers; row 1: what each was recognized as. */
  for (guint c = 0; c < self->preview->n_columns; c++)
    {
      QsImportColumn *column = &self->preview->columns[c];
      GtkWidget *meaning = cell_label (column->key ? column->label : _("(ignored)"), FALSE);

      gtk_widget_add_css_class (meaning, column->key ? "accent" : "dim-label");
      gtk_grid_attach (self->preview_grid, cell_label (column->header, TRUE), (int) c, 0, 1, 1);
      gtk_grid_attach (self->preview_grid, meaning, (int) c, 1, 1, 1);
    }
  for (guint r = 0; r < self->preview->rows->len; r++)
    {
      GStrv cells = self->preview->rows->pdata[r];

      for (guint c = 0; cells[c]; c++)
        gtk_grid_attach (self->preview_grid, cell_label (cells[c], FALSE), (int) c, (int) r + 2, 1, 1);
    }
  show_problems (self, self->preview->problems, NULL);
}

static void
option_changed_cb (QsImportDialog *self)
{
  refresh (self);
}

static void
run_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  QsImportDialog *self = QS_IMPORT_DIALOG (widget);
  g_auto(QsImportReport) report = { 0 };
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  gboolean skip = gtk_check_button_get_active (self->skip_check);

  if (!qs_import_into_file (current_kind (self), self->csv_path, current_encoding (self), self->dataset_path,
                            skip, &report, &problems, &error))
    {
      g_autofree char *failed = g_strdup_printf (_("Nothing was imported; the dataset file is unchanged. %s"),
                                                 error ? error->message : "");
      show_problems (self, problems, NULL);
      gtk_label_set_text (self->summary_label, failed);
      return;
    }
  summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported %u row", "Imported %u rows",
                                          report.rows_imported),
                             report.rows_imported);
  if (report.rows_skipped > 0)
    {
      g_autofree char *skipped = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s; %u row with problems was skipped",
                                                               "%s; %u rows with problems were skipped",
                                                               report.rows_skipped),
                                                  summary, report.rows_skipped);
      g_free (summary);
      summary = g_steal_pointer (&skipped);
    }
  show_problems (self, problems, NULL);
  gtk_label_set_text (self->summary_label, summary);
  /* Done: importing the same file twice would only replace values again. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.run", FALSE);
  gtk_button_set_label (self->close_button, _("_Close"));
  g_signal_emit (self, signals[IMPORTED], 0, summary);
}

static void
qs_import_dialog_finalize (GObject *object)
{
  QsImportDialog *self = QS_IMPORT_DIALOG (object);

  g_clear_pointer (&self->preview, qs_import_preview_free);
  g_free (self->csv_path);
  g_free (self->dataset_path);
  G_OBJECT_CLASS (qs_import_dialog_parent_class)->finalize (object);
}

static void
qs_import_dialog_class_init (QsImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = qs_import_dialog_finalize;

  /**
   * QsImportDialog::imported:
   * @summary: what was imported, in a sentence
   *
   * The dataset file was written.
   */
  signals[IMPORTED] = g_signal_new ("imported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                    G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/qingshan/Qingshan/qs-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, QsImportDialog, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, QsImportDialog, encoding_dropdown);
  gtk_widget_class_bind_template_child (widget_class, QsImportDialog, detected_label);
  gtk_widget_class_bind_template_child (widget_class, QsImportDialog, preview_grid);
  gtk_widget_class_bind_template_child (widget_class, QsImportDialog, problems_scroller);
  gtk_widget_class_bind_template_child (widget_class, QsImportDialog, problems_label);
  gtk_widget_class_bind_template_child (widget_class, QsImportDialog, skip_check);
  gtk_widget_class_bind_template_child (widget_class, QsImportDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, QsImportDialog, close_button);

  gtk_widget_class_install_action (widget_class, "import.run", NULL, run_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
qs_import_dialog_init (QsImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * qs_import_dialog_new:
 * @parent: the main window
 * @csv_path: the CSV file to import
 * @dataset_path: the dataset file it goes into
 *
 * Guesses the kind of data from the file's header (water when it names a
 * section), and shows the preview.
 *
 * Returns: (transfer none): a modal dialog; present it
 */
QsImportDialog *
qs_import_dialog_new (GtkWindow  *parent,
                      const char *csv_path,
                      const char *dataset_path)
{
  QsImportDialog *self = g_object_new (QS_TYPE_IMPORT_DIALOG, "transient-for", parent, NULL);
  g_autoptr(QsImportPreview) water = NULL;
  guint water_columns = 0;

  self->csv_path = g_strdup (csv_path);
  self->dataset_path = g_strdup (dataset_path);

  /* Water when more columns mean something as water data than as air. */
  water = qs_import_preview (QS_IMPORT_WATER, csv_path, QS_CSV_ENCODING_AUTO, 0, NULL);
  for (guint c = 0; water && c < water->n_columns; c++)
    water_columns += water->columns[c].key != NULL;
  {
    g_autoptr(QsImportPreview) air = qs_import_preview (QS_IMPORT_AIR, csv_path, QS_CSV_ENCODING_AUTO, 0, NULL);
    guint air_columns = 0;

    for (guint c = 0; air && c < air->n_columns; c++)
      air_columns += air->columns[c].key != NULL;
    gtk_drop_down_set_selected (self->kind_dropdown, water_columns > air_columns ? 1 : 0);
  }
  refresh (self);
  g_signal_connect_swapped (self->kind_dropdown, "notify::selected", G_CALLBACK (option_changed_cb), self);
  g_signal_connect_swapped (self->encoding_dropdown, "notify::selected", G_CALLBACK (option_changed_cb), self);
  return self;
}

/**
 * qs_import_dialog_set_kind:
 * @self: a dialog
 * @kind: the kind of data
 */
void
qs_import_dialog_set_kind (QsImportDialog *self,
                           QsImportKind    kind)
{
  gtk_drop_down_set_selected (self->kind_dropdown, kind == QS_IMPORT_WATER ? 1 : 0);
}

/**
 * qs_import_dialog_set_encoding:
 * @self: a dialog
 * @encoding: the file's encoding, or %QS_CSV_ENCODING_AUTO
 */
void
qs_import_dialog_set_encoding (QsImportDialog *self,
                               QsCsvEncoding   encoding)
{
  gtk_drop_down_set_selected (self->encoding_dropdown,
                              encoding == QS_CSV_ENCODING_UTF8 ? 1 : encoding == QS_CSV_ENCODING_GB18030 ? 2 : 0);
}

/**
 * qs_import_dialog_get_summary:
 * @self: a dialog
 *
 * Returns: the sentence under the preview: what was imported, or why not
 */
const char *
qs_import_dialog_get_summary (QsImportDialog *self)
{
  return gtk_label_get_text (self->summary_label);
}

/**
 * qs_import_dialog_get_problems:
 * @self: a dialog
 *
 * Returns: the problems shown, one per line, or ""
 */
const char *
qs_import_dialog_get_problems (QsImportDialog *self)
{
  return gtk_widget_get_visible (self->problems_scroller) ? gtk_label_get_text (self->problems_label) : "";
}

/**
 * qs_import_dialog_get_n_preview_rows:
 * @self: a dialog
 *
 * Returns: how many rows of data the preview shows
 */
guint
qs_import_dialog_get_n_preview_rows (QsImportDialog *self)
{
  return self->preview ? self->preview->rows->len : 0;
}

/**
 * qs_import_dialog_get_cell:
 * @self: a dialog
 * @row: 0 for the headers, 1 for what they were recognized as, then data
 * @column: from 0
 *
 * Returns: (nullable): the text shown in that cell of the preview
 */
const char *
qs_import_dialog_get_cell (QsImportDialog *self,
                           guint           row,
                           guint           column)
{
  GtkWidget *cell = gtk_grid_get_child_at (self->preview_grid, (int) column, (int) row);

  return cell ? gtk_label_get_text (GTK_LABEL (cell)) : NULL;
}
