/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "qs-text.h"

static void
test_fallback_chain (void)
{
  g_autoptr(QsText) all = qs_text_new ();
  g_autoptr(QsText) cn_en = qs_text_new ();
  g_autoptr(QsText) en_only = qs_text_new ();
  g_autoptr(QsText) other = qs_text_new ();

  qs_text_add (all, "zh_CN", "江西省");
  qs_text_add (all, "zh_TW", "江西省（繁）");
  qs_text_add (all, "en", "Jiangxi");
  g_assert_cmpstr (qs_text_get (all, "zh_TW"), ==, "江西省（繁）");
  g_assert_cmpstr (qs_text_get (all, "zh_CN.UTF-8"), ==, "江西省");
  g_assert_cmpstr (qs_text_get (all, "zh_HK"), ==, "江西省（繁）");
  g_assert_cmpstr (qs_text_get (all, "en_GB.UTF-8"), ==, "Jiangxi");
  g_assert_cmpstr (qs_text_get (all, "C"), ==, "Jiangxi");

  /* zh_TW falls back to Simplified before English. */
  qs_text_add (cn_en, "en", "Poyang Lake");
  qs_text_add (cn_en, "zh_CN", "鄱阳湖");
  g_assert_cmpstr (qs_text_get (cn_en, "zh_TW"), ==, "鄱阳湖");
  g_assert_cmpstr (qs_text_get (cn_en, "fr_FR"), ==, "Poyang Lake");

  qs_text_add (en_only, "en", "Ganjiang");
  g_assert_cmpstr (qs_text_get (en_only, "zh_CN"), ==, "Ganjiang");

  /* Neither of the chain: the first one present. */
  qs_text_add (other, "ja", "鄱陽湖 (ja)");
  qs_text_add (other, "fr", "lac Poyang");
  g_assert_cmpstr (qs_text_get (other, "zh_CN"), ==, "鄱陽湖 (ja)");
  g_assert_cmpstr (qs_text_get (other, "fr_FR.UTF-8"), ==, "lac Poyang");
}

static void
test_plain_and_empty (void)
{
  g_autoptr(QsText) plain = qs_text_new_plain ("PM2.5");
  g_autoptr(QsText) empty = qs_text_new ();

  g_assert_cmpstr (qs_text_get (plain, "zh_TW"), ==, "PM2.5");
  g_assert_cmpstr (qs_text_get (plain, "en"), ==, "PM2.5");
  g_assert_cmpstr (qs_text_get (empty, "en"), ==, "");
  g_assert_cmpstr (qs_text_get (NULL, "en"), ==, "");
}

static void
test_normalize (void)
{
  const struct { const char *in, *out; } cases[] = {
    { "zh_CN.UTF-8", "zh_CN" }, { "zh_SG", "zh_CN" }, { "zh_TW.UTF-8", "zh_TW" },
    { "zh_HK", "zh_TW" }, { "zh_MO", "zh_TW" }, { "zh-Hant", "zh_TW" }, { "zh", "zh_CN" },
    { "en_US.UTF-8", "en" }, { "C", "en" }, { "C.UTF-8", "en" }, { "POSIX", "en" },
    { "", "en" }, { "de_DE@euro", "de_DE" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *norm = qs_locale_normalize (cases[i].in);
      g_assert_cmpstr (norm, ==, cases[i].out);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/text/fallback-chain", test_fallback_chain);
  g_test_add_func ("/text/plain-and-empty", test_plain_and_empty);
  g_test_add_func ("/text/normalize", test_normalize);
  return g_test_run ();
}
