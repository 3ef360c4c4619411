/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer target: the JSON dataset loader on any bytes. */

#include "config.h"

#include "qs-dataset-loader.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(QsDataset) dataset = NULL;

  dataset = qs_dataset_loader_load_bytes (bytes, "fuzz.json", NULL, NULL, NULL, &problems, &error);
  /* Either a dataset or an error with at least one problem, never both. */
  if ((dataset == NULL) != (error != NULL))
    __builtin_trap ();
  if (dataset == NULL && (problems == NULL || problems->len == 0))
    __builtin_trap ();
  return 0;
}
