/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer target: a time,value CSV opened as a dataset, through a file. */

#include "config.h"

#include <unistd.h>

#include <glib/gstdio.h>

#include "qs-dataset-loader.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  static char *path;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(QsDataset) dataset = NULL;

  if (path == NULL)
    path = g_strdup_printf ("%s/qs-fuzz-%d.csv", g_get_tmp_dir (), (int) getpid ());
  if (!g_file_set_contents (path, (const char *) data, (gssize) size, NULL))
    return 0;
  dataset = qs_dataset_loader_load_path (path, NULL, NULL, NULL, &problems, &error);
  if ((dataset == NULL) != (error != NULL))
    __builtin_trap ();
  g_unlink (path);
  return 0;
}
