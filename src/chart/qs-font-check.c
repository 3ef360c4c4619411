/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <pango/pangocairo.h>

#include "qs-font-check.h"
#include "qs-text.h"

/*
 * Flatpak runtimes ship no CJK fonts, and a machine without any draws
 * Chinese as boxes. Charts ask for CJK families with fallback; this asks
 * Pango whether the fonts it would use have every character, so that the
 * window can say what to install instead of showing boxes.
 */

/* What any CJK font has. Rare ideographs (Extension B and beyond) and
 * emoji are missing from many machines whatever is installed, so they do
 * not trigger the advice to install a CJK font. */
static gboolean
is_common_cjk (gunichar c)
{
  return (c >= 0x3000 && c <= 0x303F) ||   /* CJK punctuation */
         (c >= 0x3400 && c <= 0x4DBF) ||   /* Extension A */
         (c >= 0x4E00 && c <= 0x9FFF) ||   /* Unified Ideographs */
         (c >= 0xF900 && c <= 0xFAFF) ||   /* Compatibility Ideographs */
         (c >= 0xFF00 && c <= 0xFFEF);     /* full-width forms */
}

/**
 * qs_font_check_covers:
 * @text: text to draw, e.g. a dataset's title
 * @locale: (nullable): the chart language, for the font choice
 *
 * Returns: %TRUE when the fonts Pango picks for @text have all its
 *   common Chinese characters and punctuation
 */
gboolean
qs_font_check_covers (const char *text,
                      const char *locale)
{
  g_autofree char *norm = qs_locale_normalize (locale ? locale : qs_locale_default ());
  PangoFontMap *map = pango_cairo_font_map_get_default ();
  PangoContext *context = pango_font_map_create_context (map);
  g_autoptr(PangoFontDescription) description = NULL;
  PangoLanguage *language;
  gboolean covered = TRUE;

  language = pango_language_from_string (g_str_has_prefix (norm, "zh_TW") ? "zh-tw" :
                                         g_str_has_prefix (norm, "zh") ? "zh-cn" : "en");
  description = pango_font_description_from_string (g_str_has_prefix (norm, "zh_TW")
                                                    ? "Noto Sans CJK TC, Source Han Sans TC, Noto Sans CJK SC, sans-serif 12"
                                                    : "Noto Sans CJK SC, Source Han Sans SC, Noto Sans CJK TC, sans-serif 12");
  pango_context_set_language (context, language);

  /* The fontset is what layout uses for fallback: each character must be
   * in one of its fonts. */
  {
    PangoFontset *fontset = pango_context_load_fontset (context, description, language);

    for (const char *p = text; p && *p && covered; p = g_utf8_next_char (p))
      {
        gunichar c = g_utf8_get_char (p);
        g_autoptr(PangoFont) font = NULL;

        if (!is_common_cjk (c))
          continue;
        font = fontset ? pango_fontset_get_font (fontset, c) : NULL;
        covered = font != NULL && pango_font_has_char (font, c);
      }
    g_clear_object (&fontset);
  }
  g_object_unref (context);
  return covered;
}
