/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer target: a monitoring CSV read by the air and the water importer
 * against a small dataset, then merged into it; the merged text must load. */

#include "config.h"

#include <unistd.h>

#include <glib/gstdio.h>

#include "qs-dataset-loader.h"
#include "qs-import.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

static const char dataset_json[] =
  "{\"format\": \"qingshan-dataset\", \"version\": 1,"
  " \"metadata\": {\"title\": \"fuzz\", \"provenance\": \"other\"},"
  " \"regions\": [{\"code\": \"360000\", \"name\": \"江西省\"},"
  "             {\"code\": \"360100\", \"name\": \"南昌市\", \"parent\": \"360000\"},"
  "             {\"code\": \"360400\", \"name\": \"九江市\", \"parent\": \"360000\"}],"
  " \"indicators\": [],"
  " \"observations\": {"
  "   \"air_daily\": [{\"region\": \"360100\", \"start\": \"2024-01-01\", \"pm25\": [30, 40, null]}],"
  "   \"water_sections\": [{\"id\": \"s1\", \"name\": \"赣江南昌\", \"water_body\": \"赣江\", \"kind\": \"river\","
  "                         \"region\": \"360100\", \"national\": true}],"
  "   \"water_samples\": [{\"section\": \"s1\", \"dates\": [\"2024-01-05\"], \"ph\": [7.2]}]}}";

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  static char *path;
  static QsDataset *dataset;
  static GBytes *json;

  if (path == NULL)
    {
      path = g_strdup_printf ("%s/qs-fuzz-import-%d.csv", g_get_tmp_dir (), (int) getpid ());
      json = g_bytes_new_static (dataset_json, sizeof dataset_json - 1);
      dataset = qs_dataset_loader_load_bytes (json, "fuzz.json", NULL, NULL, NULL, NULL, NULL);
      if (dataset == NULL)
        __builtin_trap ();
    }
  if (!g_file_set_contents (path, (const char *) data, (gssize) size, NULL))
    return 0;

  for (QsImportKind kind = QS_IMPORT_AIR; kind <= QS_IMPORT_WATER; kind++)
    for (int skip = 0; skip <= 1; skip++)
      {
        g_auto(QsImportReport) report = { 0 };
        g_autoptr(GPtrArray) problems = NULL;
        g_autoptr(GError) error = NULL;
        g_autoptr(QsImportRows) rows = qs_import_read (kind, path, QS_CSV_ENCODING_AUTO, dataset, skip, &report,
                                                       &problems, &error);
        g_autoptr(QsImportPreview) preview = NULL;
        g_autoptr(GBytes) merged = NULL;
        g_autoptr(QsDataset) reloaded = NULL;

        /* The preview reads the same file its own way. */
        preview = qs_import_preview (kind, path, QS_CSV_ENCODING_AUTO, 5, NULL);

        if ((rows == NULL) != (error != NULL))
          __builtin_trap ();
        if (rows == NULL)
          continue;
        g_clear_error (&error);
        merged = qs_import_merge (rows, json, "fuzz.json", &error);
        if (merged == NULL)
          continue;
        /* What the importer writes must be a dataset the loader accepts. */
        reloaded = qs_dataset_loader_load_bytes (merged, "merged.json", NULL, NULL, NULL, NULL, NULL);
        if (reloaded == NULL)
          __builtin_trap ();
      }
  g_unlink (path);
  return 0;
}
