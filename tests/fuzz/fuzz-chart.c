/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer target: every chart of a fuzzed dataset, drawn to an image. */

#include "config.h"

#include "qs-chart-catalog.h"
#include "qs-chart-export.h"
#include "qs-dataset-loader.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(QsDataset) dataset = qs_dataset_loader_load_bytes (bytes, "fuzz.json", NULL, NULL, NULL, NULL, NULL);
  g_autoptr(GPtrArray) entries = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;

  if (dataset == NULL)
    return 0;
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 240, 160);
  cr = cairo_create (surface);
  entries = qs_chart_catalog_list (dataset, size % 2 ? "en" : "zh_CN");
  for (guint i = 0; i < entries->len && i < 64; i++)
    {
      QsChartEntry *entry = entries->pdata[i];
      g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
      QsChartHit hit;

      qs_chart_draw (entry->chart, cr, 240, 160);
      qs_chart_hit_test (entry->chart, 120, 80, &hit);
      g_free (qs_chart_describe (entry->chart));
      qs_chart_write_csv (entry->chart, out, NULL);
    }
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return 0;
}
