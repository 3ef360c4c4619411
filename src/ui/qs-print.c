/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "qs-chart.h"
#include "qs-print.h"

/* Charts are laid out for this width and scaled to the page, so that a
 * printed chart has the proportions of the one on screen and of exports. */
#define LOGICAL_WIDTH 1280.0

/* The choices of the last print dialog, for the next one in this session. */
static GtkPrintSettings *last_settings;
static GtkPageSetup *last_page_setup;

typedef struct
{
  guint           n_pages;
  QsPrintDrawFunc draw;
  gpointer        data;
} Job;

static void
draw_page (GtkPrintOperation *operation,
           GtkPrintContext   *context,
           int                page,
           Job               *job)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double width = gtk_print_context_get_width (context);
  double height = gtk_print_context_get_height (context);

  if (page < 0 || (guint) page >= job->n_pages || width <= 0 || height <= 0)
    return;
  cairo_save (cr);
  job->draw (cr, (guint) page, width, height, job->data);
  cairo_restore (cr);
}

static void
draw_chart (cairo_t  *cr,
            guint     page,
            double    width,
            double    height,
            gpointer  data)
{
  GPtrArray *charts = data;
  double scale = width / LOGICAL_WIDTH;

  cairo_scale (cr, scale, scale);
  qs_chart_draw (charts->pdata[page], cr, LOGICAL_WIDTH, height / scale);
}

static GtkPageSetup *
default_page_setup (void)
{
  GtkPageSetup *setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);

  gtk_page_setup_set_paper_size_and_default_margins (setup, a4);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_LANDSCAPE);
  return setup;
}

/**
 * qs_print_pages:
 * @parent: (nullable): the window the print dialog belongs to
 * @n_pages: how many pages
 * @draw: (scope call): draws one page in the printable area
 * @data: for @draw
 * @job_name: the job's name in the printer queue
 * @export_path: (nullable): write a PDF here without a dialog (tests and
 *   scripted use); %NULL shows the print dialog, with its preview
 * @error: where to put an error
 *
 * Prints on A4 landscape unless the user chose otherwise earlier in the
 * session. Inside a Flatpak the dialog is the print portal's. The dialog
 * is modal and this returns when it is done.
 *
 * Returns: the operation's result; %GTK_PRINT_OPERATION_RESULT_ERROR
 *   sets @error
 */
GtkPrintOperationResult
qs_print_pages (GtkWindow       *parent,
                guint            n_pages,
                QsPrintDrawFunc  draw,
                gpointer         data,
                const char      *job_name,
                const char      *export_path,
                GError         **error)
{
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) fallback = NULL;
  GtkPrintOperationResult result;
  Job job = { n_pages, draw, data };

  g_return_val_if_fail (n_pages > 0 && draw != NULL, GTK_PRINT_OPERATION_RESULT_ERROR);

  if (last_page_setup == NULL)
    fallback = default_page_setup ();
  gtk_print_operation_set_default_page_setup (operation, last_page_setup ? last_page_setup : fallback);
  if (last_settings)
    gtk_print_operation_set_print_settings (operation, last_settings);
  gtk_print_operation_set_job_name (operation, job_name);
  gtk_print_operation_set_n_pages (operation, (int) n_pages);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page), &job);

  if (export_path)
    gtk_print_operation_set_export_filename (operation, export_path);
  result = gtk_print_operation_run (operation,
                                    export_path ? GTK_PRINT_OPERATION_ACTION_EXPORT
                                                : GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    parent, error);
  /* The run is synchronous: nothing may call draw-page with @job later. */
  g_signal_handlers_disconnect_by_data (operation, &job);
  if (result == GTK_PRINT_OPERATION_RESULT_APPLY && export_path == NULL)
    {
      g_set_object (&last_settings, gtk_print_operation_get_print_settings (operation));
      g_set_object (&last_page_setup, gtk_print_operation_get_default_page_setup (operation));
    }
  return result;
}

/**
 * qs_print_charts:
 * @parent: (nullable): the window the print dialog belongs to
 * @charts: (element-type QsChart): the charts, one per page
 * @job_name: the job's name in the printer queue
 * @export_path: (nullable): as for qs_print_pages()
 * @error: where to put an error
 *
 * Prints @charts, each laid out as on screen and scaled to the page width.
 *
 * Returns: the operation's result
 */
GtkPrintOperationResult
qs_print_charts (GtkWindow  *parent,
                 GPtrArray  *charts,
                 const char *job_name,
                 const char *export_path,
                 GError    **error)
{
  g_return_val_if_fail (charts != NULL && charts->len > 0, GTK_PRINT_OPERATION_RESULT_ERROR);
  return qs_print_pages (parent, charts->len, draw_chart, charts, job_name, export_path, error);
}
