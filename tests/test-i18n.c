/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The language a person chooses, everywhere: run with LANGUAGE set to
 * zh_CN, zh_TW or en (tests/meson.build runs it once for each), the
 * window's labels and an exported PDF's text are in that language, and in
 * Chinese no English word of ours is left on screen. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "qs-application.h"
#include "qs-window.h"
#include "ui-text.h"
#include "ui-wait.h"
#include "ui-window.h"

typedef struct
{
  const char *language;
  const char *window[4];   /* must be on screen */
  const char *not_window;  /* another language's form: must not be */
  const char *pdf[4];      /* must be in the exported chart's text */
} Expected;

static const Expected expectations[] = {
  { "zh_CN", { "总览", "空气质量", "农村生活污水", "演示数据：未标为正式数据的数值均为示意数据" }, "總覽",
    { "PM2.5年平均浓度", "演示数据", "2020—2025年", "江西省" } },
  { "zh_TW", { "總覽", "空氣品質", "農村生活污水", "示範資料：未標為正式資料的數值均為示意資料" }, "总览",
    { "PM2.5年平均濃度", "示範資料", "2020—2025年", "江西省" } },
  { "en", { "Overview", "Air Quality", "Rural Sewage", "Demonstration data: figures not marked final" }, "总览",
    { "PM2.5 annual mean concentration", "DEMO DATA", "2020–2025", "Jiangxi" } },
};

static const Expected *expected;

/* Words of English that may stand in Chinese text: units, standards,
 * pollutant and file names; single letters are mnemonics (简报(B)) or
 * parts of formulas (O3). */
static gboolean
allowed_latin (const char *word)
{
  static const char *const allowed[] = { "PM", "AQI", "GB", "HJ", "CODMn", "NH", "DO", "TP", "TN", "SO", "NO",
                                         "CO", "pH", "mg", "km", "CSV", "PDF", "PNG", "SVG",
                                         "JSON", "Qingshan", "Noto", "Sans", "CJK", "Alt", "Ctrl", "Shift",
                                         "Esc", NULL };

  return strlen (word) == 1 || g_strv_contains (allowed, word);
}

static void
test_window (void)
{
  g_autofree char *demo = qs_application_get_demo_path ();
  g_autoptr(GFile) file = g_file_new_for_path (demo);
  g_autoptr(GString) text = g_string_new (NULL);
  static const char *const views[] = { "overview", "air", "water", "rural", "data" };
  QsWindow *window = qs_window_new (NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  qs_window_open_file (window, file);
  wait_until (has_dataset, window);
  wait_until (is_allocated, window);

  for (guint v = 0; v < G_N_ELEMENTS (views); v++)
    {
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", views[v]));
      spin (50);
      collect_text (GTK_WIDGET (window), text);
    }
  for (guint i = 0; i < G_N_ELEMENTS (expected->window); i++)
    if (strstr (text->str, expected->window[i]) == NULL)
      g_error ("“%s” is not on screen under LANGUAGE=%s:\n%s", expected->window[i], expected->language, text->str);
  g_assert_null (strstr (text->str, expected->not_window));

  /* In Chinese, no English word of ours: every run of Latin letters on a
   * label is a unit, a standard or a name. */
  if (g_str_has_prefix (expected->language, "zh"))
    {
      g_auto(GStrv) lines = g_strsplit (text->str, "\n", -1);
      for (guint l = 0; lines[l]; l++)
        {
          const char *p = lines[l];
          while (*p)
            {
              const char *start = p;

              /* Quoted text is a name from a file (“jiangxi.json”). */
              if (g_str_has_prefix (p, "“") || g_str_has_prefix (p, "「"))
                {
                  const char *end = strstr (p, g_str_has_prefix (p, "“") ? "”" : "」");
                  if (end)
                    {
                      p = end;
                      continue;
                    }
                }
              while (*p && g_ascii_isalpha (*p))
                p++;
              if (p > start)
                {
                  g_autofree char *word = g_strndup (start, (gsize) (p - start));
                  if (!allowed_latin (word))
                    g_error ("English “%s” on screen under LANGUAGE=%s: “%s”", word, expected->language, lines[l]);
                }
              else
                p = g_utf8_next_char (p);
            }
        }
    }
  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* The chart language follows the desktop's unless chosen: an exported PDF
 * of the demo's PM2.5 trend, read back with pdftotext. */
static void
test_pdf (void)
{
  g_autofree char *demo = qs_application_get_demo_path ();
  g_autofree char *dir = g_dir_make_tmp ("qs-i18n-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "chart.pdf", NULL);
  g_autofree char *out = NULL;
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  const char *bin = g_getenv ("QINGSHAN_BIN");
  int status;

  if (pdftotext == NULL || bin == NULL)
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed");
      g_rmdir (dir);
      return;
    }
  {
    const char *argv[] = { bin, "--export", pdf, "--chart", "air.pm25_annual.trend", demo, NULL };
    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL, &status, NULL));
    g_assert_true (g_spawn_check_wait_status (status, NULL));
  }
  {
    const char *argv[] = { pdftotext, pdf, "-", NULL };
    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &status, NULL));
    g_assert_true (g_spawn_check_wait_status (status, NULL));
  }
  for (guint i = 0; i < G_N_ELEMENTS (expected->pdf); i++)
    if (strstr (out, expected->pdf[i]) == NULL)
      g_error ("“%s” is not in the PDF under LANGUAGE=%s:\n%s", expected->pdf[i], expected->language, out);
  g_unlink (pdf);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  const char *language = g_getenv ("LANGUAGE");

  for (guint i = 0; i < G_N_ELEMENTS (expectations) && language; i++)
    if (g_str_equal (expectations[i].language, language))
      expected = &expectations[i];
  if (expected == NULL)
    g_error ("run with LANGUAGE set to zh_CN, zh_TW or en");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("QINGSHAN_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/i18n/window", test_window);
  g_test_add_func ("/i18n/pdf", test_pdf);
  return g_test_run ();
}
