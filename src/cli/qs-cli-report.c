/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "qs-chart-catalog.h"
#include "qs-cli-report.h"
#include "qs-dataset-loader.h"
#include "qs-deck.h"
#include "qs-font-check.h"
#include "qs-report.h"

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

static void
print_warnings (GPtrArray *warnings)
{
  for (guint i = 0; warnings && i < warnings->len; i++)
    {
      QsProblem *w = warnings->pdata[i];
      if (w->path)
        /* Translators: a file, a JSON path in it, and what is wrong; as compilers write warnings. */
        g_printerr (_("%s: %s: warning: %s\n"), w->file, w->path, w->message);
      else
        /* Translators: a file and what is wrong with it; as compilers write warnings. */
        g_printerr (_("%s: warning: %s\n"), w->file, w->message);
    }
}

static gboolean
locale_ok (const char *locale)
{
  g_autofree char *norm = NULL;

  if (locale == NULL)
    return TRUE;
  norm = qs_locale_normalize (locale);
  return g_str_equal (norm, "zh_CN") || g_str_equal (norm, "zh_TW") || g_str_equal (norm, "en");
}

/**
 * qs_cli_report:
 * @out_pdf: the PDF file to write
 * @dataset_file: a dataset file
 * @locale: (nullable): the report's language: zh_CN, zh_TW or en
 *
 * Writes the briefing report of @dataset_file. The deck is
 * `NAME.briefing.json` beside the dataset (see qs_deck_path_for_dataset())
 * when there is one, and the default deck of the dataset's charts otherwise.
 * Problems of the dataset or the deck are printed as `--validate` prints
 * them; a deck's warnings (charts the dataset does not offer …) are printed
 * too but do not stop the report.
 *
 * Returns: the exit status: 0, 1 when the dataset or deck could not be read
 *   or the report not written, 2 for a usage error
 */
int
qs_cli_report (const char *out_pdf,
               const char *dataset_file,
               const char *locale)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(QsDataset) dataset = NULL;
  g_autoptr(QsDeck) deck = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GPtrArray) ids = NULL;
  g_autofree char *deck_path = NULL;
  g_autofree char *dataset_name = NULL;
  g_autofree char *lower = NULL;

  lower = out_pdf ? g_ascii_strdown (out_pdf, -1) : NULL;
  if (lower == NULL || !g_str_has_suffix (lower, ".pdf"))
    {
      g_printerr (_("%s: --report needs a file name ending in .pdf\n"), g_get_prgname ());
      return 2;
    }
  if (dataset_file == NULL)
    {
      g_printerr (_("%s: --report needs a dataset file\n"), g_get_prgname ());
      return 2;
    }
  if (!locale_ok (locale))
    {
      g_printerr (_("%s: unknown locale “%s” (use zh_CN, zh_TW or en)\n"), g_get_prgname (), locale);
      return 2;
    }

  dataset = qs_dataset_loader_load_path (dataset_file, NULL, NULL, NULL, &problems, &error);
  if (dataset == NULL)
    {
      print_problems (problems, error);
      return 1;
    }
  g_clear_pointer (&problems, g_ptr_array_unref);

  entries = qs_chart_catalog_list (dataset, locale);
  ids = g_ptr_array_new ();
  for (guint i = 0; i < entries->len; i++)
    g_ptr_array_add (ids, ((QsChartEntry *) entries->pdata[i])->id);
  g_ptr_array_add (ids, NULL);

  dataset_name = g_path_get_basename (dataset_file);
  deck_path = qs_deck_path_for_dataset (dataset_file);
  if (g_file_test (deck_path, G_FILE_TEST_EXISTS))
    {
      g_autoptr(GPtrArray) warnings = NULL;
      g_autofree char *display = g_filename_display_name (deck_path);

      deck = qs_deck_load_path (deck_path, &problems, &error);
      if (deck == NULL)
        {
          print_problems (problems, error);
          return 1;
        }
      warnings = qs_deck_check (deck, display, dataset_name, (const char *const *) ids->pdata);
      print_warnings (warnings);
    }
  else
    {
      deck = qs_deck_new_default ((const char *const *) ids->pdata);
      qs_deck_set_dataset (deck, dataset_name);
    }

  if (!qs_font_check_covers (qs_text_get (qs_dataset_get_title (dataset), locale), locale))
    g_printerr (_("%s: warning: no installed font has the Chinese characters of this report; "
                  "install Noto Sans CJK (fonts-noto-cjk)\n"), g_get_prgname ());

  if (!qs_report_write_pdf (dataset, deck, locale, out_pdf, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  return 0;
}
