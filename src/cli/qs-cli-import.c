/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "qs-cli-import.h"
#include "qs-import.h"

static void
print_list (GPtrArray *problems)
{
  for (guint i = 0; problems && i < problems->len; i++)
    {
      g_autofree char *line = qs_problem_to_string (problems->pdata[i]);
      g_printerr ("%s\n", line);
    }
}

/* Notes are not errors; they say so, the way compilers do. */
static void
print_notes (GPtrArray *notes)
{
  for (guint i = 0; notes && i < notes->len; i++)
    {
      g_autoptr(QsProblem) note = qs_problem_copy (notes->pdata[i]);
      g_autofree char *line = NULL;

      g_free (note->message);
      /* Translators: a remark about the CSV file that is not an error. */
      note->message = g_strdup_printf (_("note: %s"), ((QsProblem *) notes->pdata[i])->message);
      line = qs_problem_to_string (note);
      g_printerr ("%s\n", line);
    }
}

static gboolean
parse_encoding (const char    *name,
                QsCsvEncoding *out)
{
  g_autofree char *lower = NULL;

  if (name == NULL)
    {
      *out = QS_CSV_ENCODING_AUTO;
      return TRUE;
    }
  lower = g_ascii_strdown (name, -1);
  if (g_str_equal (lower, "auto"))
    *out = QS_CSV_ENCODING_AUTO;
  else if (g_str_equal (lower, "utf-8") || g_str_equal (lower, "utf8"))
    *out = QS_CSV_ENCODING_UTF8;
  /* GBK and GB2312 are subsets of GB18030, so all three read the same. */
  else if (g_str_equal (lower, "gb18030") || g_str_equal (lower, "gbk") || g_str_equal (lower, "gb2312"))
    *out = QS_CSV_ENCODING_GB18030;
  else
    return FALSE;
  return TRUE;
}

/**
 * qs_cli_import:
 * @kind: `air` or `water`
 * @csv: (nullable): the CSV file to import
 * @into: (nullable): the dataset file to merge it into
 * @encoding: (nullable): `utf-8`, `gb18030` (or `gbk`), or %NULL to detect it
 * @skip_bad_rows: whether to import the good rows of a file with bad ones
 *
 * Imports a monitoring CSV file into a dataset file. Problems are printed on
 * standard error as `FILE:LINE:COLUMN: message`, and a one-line summary on
 * standard output.
 *
 * Returns: the exit status: 0 when the rows were imported, 1 when nothing
 *   was (the dataset file is then unchanged), 2 for a usage error
 */
int
qs_cli_import (const char *kind,
               const char *csv,
               const char *into,
               const char *encoding,
               gboolean    skip_bad_rows)
{
  g_auto(QsImportReport) report = { 0 };
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *display = NULL;
  g_autofree char *summary = NULL;
  QsImportKind import_kind;
  QsCsvEncoding csv_encoding;

  if (!qs_import_kind_from_string (kind, &import_kind))
    {
      g_printerr (_("%s: unknown import kind “%s” (use air or water)\n"), g_get_prgname (), kind ? kind : "");
      return 2;
    }
  if (into == NULL)
    {
      g_printerr (_("%s: --import needs --into DATASET, the dataset file to import into\n"), g_get_prgname ());
      return 2;
    }
  if (csv == NULL)
    {
      g_printerr (_("%s: --import needs one CSV file\n"), g_get_prgname ());
      return 2;
    }
  if (!parse_encoding (encoding, &csv_encoding))
    {
      g_printerr (_("%s: unknown encoding “%s” (use utf-8 or gb18030)\n"), g_get_prgname (), encoding);
      return 2;
    }

  display = g_filename_display_name (into);
  if (!qs_import_into_file (import_kind, csv, csv_encoding, into, skip_bad_rows, &report, &problems, &error))
    {
      print_notes (report.notes);
      if (problems && problems->len > 0)
        print_list (problems);
      else
        g_printerr ("%s\n", error->message);
      if (report.backup_path == NULL)
        {
          /* Translators: %s is the dataset file. */
          g_printerr (_("Nothing was imported; %s is unchanged.\n"), display);
          if (report.rows_with_problems > 0 && !skip_bad_rows && report.rows_with_problems < report.rows_read)
            g_printerr (g_dngettext (GETTEXT_PACKAGE,
                                     "%u row has problems; fix it, or use --skip-bad-rows to import the others.\n",
                                     "%u rows have problems; fix them, or use --skip-bad-rows to import the others.\n",
                                     report.rows_with_problems),
                        report.rows_with_problems);
        }
      else
        g_printerr ("%s\n", error->message);
      return 1;
    }

  /* Skipped rows are listed so they can be fixed and imported later. */
  print_notes (report.notes);
  print_list (problems);
  /* Translators: the first part of "Imported 4015 rows into D.json (3 rows
   * skipped); the previous version is D.json~". */
  summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported %u row into %s", "Imported %u rows into %s",
                                          report.rows_imported),
                             report.rows_imported, display);
  if (report.rows_skipped > 0)
    {
      /* Translators: follows "Imported 4015 rows into D.json". */
      g_autofree char *skipped = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, " (%u row skipped)",
                                                               " (%u rows skipped)", report.rows_skipped),
                                                  report.rows_skipped);
      char *joined = g_strconcat (summary, skipped, NULL);
      g_free (summary);
      summary = joined;
    }
  if (report.backup_path)
    {
      g_autofree char *backup = g_filename_display_name (report.backup_path);
      /* Translators: follows "Imported 4015 rows into D.json (3 rows skipped)"; %s is the backup file. */
      g_autofree char *tail = g_strdup_printf (_("; the previous version is %s"), backup);
      char *joined = g_strconcat (summary, tail, NULL);
      g_free (summary);
      summary = joined;
    }
  g_print ("%s\n", summary);
  return 0;
}
