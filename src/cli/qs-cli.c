/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <errno.h>
#include <stdio.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "qs-chart-catalog.h"
#include "qs-chart-export.h"
#include "qs-cli.h"
#include "qs-dataset-loader.h"
#include "qs-font-check.h"
#include "qs-font-preload.h"
#include "qs-json-writer.h"
#include "qs-summary.h"

static void
print_problems (GPtrArray    *problems,
                const GError *error)
{
  if (problems && problems->len > 0)
    for (guint i = 0; i < problems->len; i++)
      {
        g_autofree char *line = qs_problem_to_string (problems->pdata[i]);
        g_printerr ("%s\n", line);
      }
  else if (error)
    g_printerr ("%s\n", error->message);
}

/**
 * qs_cli_validate:
 * @files: file names
 *
 * Checks each file, printing every problem as `FILE:LINE:COLUMN: message` or
 * `FILE: json.path: message` on standard error.
 *
 * Returns: the exit status: 0 when every file is valid, 1 otherwise
 */
int
qs_cli_validate (char **files)
{
  int status = 0;

  for (guint i = 0; files[i]; i++)
    {
      g_autoptr(GPtrArray) problems = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(QsDataset) dataset = NULL;

      dataset = qs_dataset_loader_load_path (files[i], NULL, NULL, NULL, &problems, &error);
      if (dataset == NULL)
        {
          print_problems (problems, error);
          status = 1;
        }
      else
        {
          g_autofree char *display = g_filename_display_name (files[i]);
          /* Translators: %s is a file name. */
          g_print (_("%s: valid\n"), display);
        }
    }
  return status;
}

/**
 * qs_cli_summary:
 * @file: a dataset file
 * @locale: (nullable): the language for names
 *
 * Prints the summary of @file as JSON on standard output.
 *
 * Returns: the exit status
 */
int
qs_cli_summary (const char *file,
                const char *locale)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(QsDataset) dataset = NULL;
  g_autoptr(JsonNode) summary = NULL;
  g_autofree char *text = NULL;

  dataset = qs_dataset_loader_load_path (file, NULL, NULL, NULL, &problems, &error);
  if (dataset == NULL)
    {
      print_problems (problems, error);
      return 1;
    }
  summary = qs_summary_build (dataset, locale);
  text = qs_json_to_string (summary, TRUE);
  fputs (text, stdout);
  fputc ('\n', stdout);
  return fflush (stdout) == 0 ? 0 : 1;
}

static QsDataset *
load_or_report (const char *file)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  QsDataset *dataset = qs_dataset_loader_load_path (file, NULL, NULL, NULL, &problems, &error);

  if (dataset == NULL)
    print_problems (problems, error);
  return dataset;
}

/**
 * qs_cli_list_charts:
 * @file: a dataset file
 * @locale: (nullable): the language of the titles
 *
 * Prints every chart of @file as `ID<TAB>title`.
 *
 * Returns: the exit status
 */
int
qs_cli_list_charts (const char *file,
                    const char *locale)
{
  g_autoptr(QsDataset) dataset = load_or_report (file);
  g_autoptr(GPtrArray) entries = NULL;

  if (dataset == NULL)
    return 1;
  entries = qs_chart_catalog_list (dataset, locale);
  for (guint i = 0; i < entries->len; i++)
    {
      QsChartEntry *entry = entries->pdata[i];
      g_autofree char *title = g_strdup (qs_chart_get_title (entry->chart));
      /* One chart per line: tabs and line breaks in titles become spaces. */
      g_strdelimit (title, "\t\r\n", ' ');
      g_print ("%s\t%s\n", entry->id, title);
    }
  return 0;
}

static gboolean
prepare_chart (QsChart                  *chart,
               const QsCliExportOptions *options)
{
  g_autoptr(QsChartTheme) theme = qs_chart_theme_new_named (options->theme ? options->theme : "light");

  if (theme == NULL)
    return FALSE;
  qs_chart_set_theme (chart, theme);
  return TRUE;
}

static gboolean
check_options (const QsCliExportOptions *options,
               QsExportFormat            format)
{
  g_autoptr(QsChartTheme) theme = qs_chart_theme_new_named (options->theme ? options->theme : "light");

  if (theme == NULL)
    {
      g_autofree char *names = g_strjoinv (", ", (char **) qs_chart_theme_list_names ());
      g_printerr (_("%s: unknown theme “%s” (use one of: %s)\n"), g_get_prgname (), options->theme, names);
      return FALSE;
    }
  if (!(options->width >= 16 && options->width <= 20000 && options->height >= 16 && options->height <= 20000))
    {
      g_printerr (_("%s: --width and --height must be between 16 and 20000 pixels\n"), g_get_prgname ());
      return FALSE;
    }
  if (!(options->scale >= 0.25 && options->scale <= 8) ||
      options->width * options->scale * options->height * options->scale > 400e6)
    {
      g_printerr (_("%s: --scale must be between 0.25 and 8, for an image of at most 400 million pixels\n"),
                  g_get_prgname ());
      return FALSE;
    }
  /* Image surfaces have at most 32 767 pixels a side. */
  if (format == QS_EXPORT_PNG && MAX (options->width, options->height) * options->scale > 32767)
    {
      g_printerr (_("%s: a PNG can be at most 32767 pixels wide and high: lower --scale, --width or --height\n"),
                  g_get_prgname ());
      return FALSE;
    }
  if (options->locale)
    {
      g_autofree char *norm = qs_locale_normalize (options->locale);
      if (!g_str_equal (norm, "zh_CN") && !g_str_equal (norm, "zh_TW") && !g_str_equal (norm, "en"))
        {
          g_printerr (_("%s: unknown locale “%s” (use zh_CN, zh_TW or en)\n"), g_get_prgname (), options->locale);
          return FALSE;
        }
    }
  return TRUE;
}

/* The scale the chart engine draws at: PDF pages are in points. */
static double
device_scale (QsExportFormat format,
              double         scale)
{
  return format == QS_EXPORT_PNG ? scale : format == QS_EXPORT_PDF ? 0.75 : 1;
}

/* Loads @file to draw it in @format; the fonts get ready on another core
 * meanwhile. */
static QsDataset *
load_for_export (const char               *file,
                 QsExportFormat            format,
                 const QsCliExportOptions *options)
{
  QsFontPreload *preload = NULL;
  QsDataset *dataset;

  if (format != QS_EXPORT_CSV)
    preload = qs_font_preload_start (options->locale, options->theme, options->width, options->height,
                                     device_scale (format, options->scale));
  dataset = load_or_report (file);
  g_clear_pointer (&preload, qs_font_preload_finish);
  return dataset;
}

/**
 * qs_cli_export:
 * @out: the file to write; its extension picks the format
 * @file: a dataset file
 * @options: the chart and how to draw it
 *
 * Returns: the exit status: 0, 1 when the export failed, 2 for a usage error
 */
int
qs_cli_export (const char               *out,
               const char               *file,
               const QsCliExportOptions *options)
{
  g_autoptr(QsDataset) dataset = NULL;
  g_autoptr(QsChart) chart = NULL;
  g_autoptr(GError) error = NULL;
  QsExportFormat format;

  if (!qs_export_format_from_path (out, &format))
    {
      g_printerr (_("%s: %s: the file name must end in .png, .svg, .pdf or .csv\n"), g_get_prgname (), out);
      return 2;
    }
  if (options->chart_id == NULL)
    {
      g_printerr (_("%s: --export needs --chart ID (qingshan --list-charts FILE lists them)\n"), g_get_prgname ());
      return 2;
    }
  if (!check_options (options, format))
    return 2;
  if ((dataset = load_for_export (file, format, options)) == NULL)
    return 1;
  chart = qs_chart_catalog_build (dataset, options->chart_id, options->locale, &error);
  if (chart == NULL)
    {
      g_printerr ("%s: %s\n", g_get_prgname (), error->message);
      return 2;
    }
  prepare_chart (chart, options);
  if (format != QS_EXPORT_CSV && qs_chart_get_title (chart) &&
      !qs_font_check_covers (qs_chart_get_title (chart), options->locale))
    g_printerr (_("%s: warning: no installed font has the Chinese characters of this chart; "
                  "install Noto Sans CJK (fonts-noto-cjk)\n"), g_get_prgname ());
  if (!qs_chart_export_file (chart, out, format, options->width, options->height, options->scale, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  return 0;
}

/**
 * qs_cli_export_all:
 * @dir: a folder, made if missing
 * @file: a dataset file
 * @options: the format and how to draw
 *
 * Writes every chart of @file as `DIR/ID.EXT`.
 *
 * Returns: the exit status
 */
int
qs_cli_export_all (const char               *dir,
                   const char               *file,
                   const QsCliExportOptions *options)
{
  g_autoptr(QsDataset) dataset = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  QsExportFormat format;
  int status = 0;

  if (options->format == NULL || !qs_export_format_from_name (options->format, &format))
    {
      g_printerr (_("%s: --export-all needs --format png, svg, pdf or csv\n"), g_get_prgname ());
      return 2;
    }
  if (!check_options (options, format))
    return 2;
  if ((dataset = load_for_export (file, format, options)) == NULL)
    return 1;
  if (g_mkdir_with_parents (dir, 0777) != 0)
    {
      int saved = errno;
      g_autofree char *display = g_filename_display_name (dir);
      g_printerr (_("%s: could not make the folder (%s)\n"), display, g_strerror (saved));
      return 1;
    }
  entries = qs_chart_catalog_list (dataset, options->locale);
  for (guint i = 0; i < entries->len; i++)
    {
      QsChartEntry *entry = entries->pdata[i];
      g_autofree char *name = g_strdup_printf ("%s.%s", entry->id, qs_export_format_extension (format));
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autoptr(GError) error = NULL;

      prepare_chart (entry->chart, options);
      if (!qs_chart_export_file (entry->chart, path, format, options->width, options->height, options->scale, &error))
        {
          g_printerr ("%s\n", error->message);
          status = 1;
        }
    }
  return status;
}
