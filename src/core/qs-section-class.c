/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <math.h>

#include "qs-period.h"
#include "qs-section-class.h"
#include "qs-water-quality.h"

static void
section_class_free (QsSectionClass *self)
{
  qs_water_section_unref (self->section);
  g_free (self);
}

/**
 * qs_section_classes_latest:
 * @dataset: a dataset
 *
 * For every water section with samples, its class in the latest year it
 * was sampled: the single-factor class of that year's mean of each
 * parameter (as the derived class composition counts it), with the
 * parameters that decide it. Samples of several blocks for one section are
 * taken together.
 *
 * Returns: (transfer full) (element-type QsSectionClass): one entry per
 *   section with samples, in the order of the dataset's sections
 */
GPtrArray *
qs_section_classes_latest (QsDataset *dataset)
{
  GPtrArray *result = g_ptr_array_new_with_free_func ((GDestroyNotify) section_class_free);
  GPtrArray *sections = qs_dataset_get_water_sections (dataset);
  GPtrArray *blocks = qs_dataset_get_water_samples (dataset);

  for (guint s = 0; s < sections->len; s++)
    {
      QsWaterSection *section = sections->pdata[s];
      g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (double));
      double means[QS_N_WATER_PARAMETERS];
      QsSectionClass *entry;
      int latest = 0;
      guint n = 0;

      for (guint b = 0; b < blocks->len; b++)
        {
          QsWaterSamples *block = blocks->pdata[b];
          if (g_strcmp0 (block->section, section->id) == 0 && block->n_samples > 0)
            latest = MAX (latest, qs_period_get_year (QS_RESOLUTION_DAY, (gint32) block->dates[block->n_samples - 1]));
        }
      if (latest == 0)
        continue;
      for (guint b = 0; b < blocks->len; b++)
        {
          QsWaterSamples *block = blocks->pdata[b];

          if (g_strcmp0 (block->section, section->id) != 0)
            continue;
          for (guint i = 0; i < block->n_samples; i++)
            {
              if (qs_period_get_year (QS_RESOLUTION_DAY, (gint32) block->dates[i]) != latest)
                continue;
              for (int p = 0; p < QS_N_WATER_PARAMETERS; p++)
                {
                  double v = block->columns[p] ? block->columns[p][i] : NAN;
                  g_array_append_val (rows, v);
                }
              n++;
            }
        }
      entry = g_new0 (QsSectionClass, 1);
      entry->section = qs_water_section_ref (section);
      entry->year = latest;
      entry->n_samples = n;
      entry->water_class = qs_water_mean_class ((const double *) (void *) rows->data, n, section->is_lake, means,
                                                &entry->limiting);
      g_ptr_array_add (result, entry);
    }
  return result;
}

static void
river_status_free (QsRiverStatus *self)
{
  qs_text_unref (self->water_body);
  g_free (self);
}

/**
 * qs_river_statuses:
 * @classes: (element-type QsSectionClass): from qs_section_classes_latest()
 * @locale: (nullable): the language water bodies are grouped by
 *
 * For every river (not lake or reservoir) with five or more classified
 * sections, its status by the class-proportion method (qs_water_river_status()).
 * Sections are grouped by the name of their water body.
 *
 * Returns: (transfer full) (element-type QsRiverStatus): in the order the
 *   rivers first appear
 */
GPtrArray *
qs_river_statuses (GPtrArray  *classes,
                   const char *locale)
{
  GPtrArray *result = g_ptr_array_new_with_free_func ((GDestroyNotify) river_status_free);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < classes->len; i++)
    {
      QsSectionClass *first = classes->pdata[i];
      const char *name;
      g_autoptr(GArray) found = NULL;
      QsWaterComposition composition;
      QsRiverStatus *river;

      if (first->section->is_lake || first->section->water_body == NULL)
        continue;
      name = qs_text_get (first->section->water_body, locale);
      if (!g_hash_table_add (seen, (gpointer) name))
        continue;
      found = g_array_new (FALSE, FALSE, sizeof (int));
      for (guint k = i; k < classes->len; k++)
        {
          QsSectionClass *c = classes->pdata[k];
          if (!c->section->is_lake && c->section->water_body && c->water_class > 0 &&
              g_strcmp0 (qs_text_get (c->section->water_body, locale), name) == 0)
            g_array_append_val (found, c->water_class);
        }
      if (found->len < 5)
        continue;
      qs_water_composition ((const int *) (void *) found->data, found->len, &composition);
      river = g_new0 (QsRiverStatus, 1);
      river->water_body = qs_text_ref (first->section->water_body);
      river->n_sections = found->len;
      river->good_share = composition.good_share;
      river->status = qs_water_river_status (&composition);
      g_ptr_array_add (result, river);
    }
  return result;
}

/* Parameter names as GB 3838-2002 gives them, in QsWaterParameter order. */
static const char *const names_zh_cn[] = {
  "pH", "溶解氧", "高锰酸盐指数", "化学需氧量", "五日生化需氧量", "氨氮", "总磷", "总氮", "铜", "锌", "氟化物",
  "硒", "砷", "汞", "镉", "六价铬", "铅", "氰化物", "挥发酚", "石油类", "阴离子表面活性剂", "硫化物", "粪大肠菌群",
};
static const char *const names_zh_tw[] = {
  "pH", "溶解氧", "高錳酸鹽指數", "化學需氧量", "五日生化需氧量", "氨氮", "總磷", "總氮", "銅", "鋅", "氟化物",
  "硒", "砷", "汞", "鎘", "六價鉻", "鉛", "氰化物", "揮發酚", "石油類", "陰離子界面活性劑", "硫化物", "糞大腸菌群",
};
static const char *const names_en[] = {
  "pH", "dissolved oxygen", "permanganate index", "COD", "BOD5", "ammonia nitrogen", "total phosphorus",
  "total nitrogen", "copper", "zinc", "fluoride", "selenium", "arsenic", "mercury", "cadmium", "chromium (VI)",
  "lead", "cyanide", "volatile phenols", "petroleum", "anionic surfactants", "sulfide", "fecal coliforms",
};
G_STATIC_ASSERT (G_N_ELEMENTS (names_zh_cn) == QS_N_WATER_PARAMETERS);
G_STATIC_ASSERT (G_N_ELEMENTS (names_zh_tw) == QS_N_WATER_PARAMETERS);
G_STATIC_ASSERT (G_N_ELEMENTS (names_en) == QS_N_WATER_PARAMETERS);

/**
 * qs_section_class_limiting_names:
 * @self: a section's class
 * @locale: (nullable): zh_CN, zh_TW or another for English
 *
 * Returns: (transfer full): the names of the parameters that decide the
 *   class, e.g. "氨氮、总磷", or "" when none
 */
char *
qs_section_class_limiting_names (const QsSectionClass *self,
                                 const char           *locale)
{
  g_autofree char *norm = qs_locale_normalize (locale ? locale : qs_locale_default ());
  gboolean chinese = g_str_has_prefix (norm, "zh");
  const char *const *names = g_str_has_prefix (norm, "zh_TW") ? names_zh_tw : chinese ? names_zh_cn : names_en;
  g_autoptr(GString) text = g_string_new (NULL);

  for (int p = 0; p < QS_N_WATER_PARAMETERS; p++)
    if (self->limiting & (1u << p))
      g_string_append_printf (text, "%s%s", text->len ? (chinese ? "、" : ", ") : "", names[p]);
  return g_string_free (g_steal_pointer (&text), FALSE);
}
