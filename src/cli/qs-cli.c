/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "qs-cli.h"
#include "qs-dataset-loader.h"
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
