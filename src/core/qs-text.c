/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>

#include "qs-text.h"

struct _QsText
{
  /* Pairs locale, value; a plain string has the locale "". */
  GPtrArray *pairs;
  /* For each pair, its qs_text_for_display() form, or NULL when that is
   * the value itself (nearly always). */
  GPtrArray *display;
};

G_DEFINE_BOXED_TYPE (QsText, qs_text, qs_text_ref, qs_text_unref)

static void
qs_text_clear (QsText *self)
{
  g_ptr_array_unref (self->pairs);
  g_ptr_array_unref (self->display);
}

/**
 * qs_text_new:
 *
 * Returns: (transfer full): an empty text; add locales with qs_text_add()
 */
QsText *
qs_text_new (void)
{
  QsText *self = g_atomic_rc_box_new0 (QsText);

  self->pairs = g_ptr_array_new_with_free_func (g_free);
  self->display = g_ptr_array_new_with_free_func (g_free);
  return self;
}

/**
 * qs_text_new_plain:
 * @value: the text, the same in every locale
 *
 * Returns: (transfer full): a new text
 */
QsText *
qs_text_new_plain (const char *value)
{
  QsText *self = qs_text_new ();

  qs_text_add (self, "", value);
  return self;
}

/**
 * qs_text_ref:
 * @self: a text
 *
 * Returns: (transfer full): @self
 */
QsText *
qs_text_ref (QsText *self)
{
  return g_atomic_rc_box_acquire (self);
}

/**
 * qs_text_unref:
 * @self: (transfer full): a text
 */
void
qs_text_unref (QsText *self)
{
  g_atomic_rc_box_release_full (self, (GDestroyNotify) qs_text_clear);
}

/**
 * qs_text_add:
 * @self: a text
 * @locale: a locale such as `zh_CN`, or "" for a plain string
 * @value: the text in that locale
 *
 * Adds (or replaces) the text for @locale.
 */
void
qs_text_add (QsText     *self,
             const char *locale,
             const char *value)
{
  char *display = qs_text_for_display (value);

  if (g_strcmp0 (display, value) == 0)
    g_clear_pointer (&display, g_free);
  for (guint i = 0; i < self->pairs->len; i += 2)
    if (strcmp (self->pairs->pdata[i], locale) == 0)
      {
        g_free (self->pairs->pdata[i + 1]);
        self->pairs->pdata[i + 1] = g_strdup (value);
        g_free (self->display->pdata[i / 2]);
        self->display->pdata[i / 2] = display;
        return;
      }
  g_ptr_array_add (self->pairs, g_strdup (locale));
  g_ptr_array_add (self->pairs, g_strdup (value));
  g_ptr_array_add (self->display, display);
}

/**
 * qs_text_get_exact:
 * @self: a text
 * @locale: a locale
 *
 * Returns: (nullable): the text for exactly @locale
 */
const char *
qs_text_get_exact (const QsText *self,
                   const char   *locale)
{
  for (guint i = 0; i < self->pairs->len; i += 2)
    if (strcmp (self->pairs->pdata[i], locale) == 0)
      return self->pairs->pdata[i + 1];
  return NULL;
}

/**
 * qs_text_get:
 * @self: (nullable): a text
 * @locale: (nullable): the wanted locale (normalized or not); %NULL for the default
 *
 * Picks the text for @locale, falling back zh_TW → zh_CN → en → the first one.
 *
 * Returns: the text, "" when @self is %NULL or empty
 */
const char *
qs_text_get (const QsText *self,
             const char   *locale)
{
  static const char *const chain[] = { "zh_TW", "zh_CN", "en" };
  g_autofree char *norm = NULL;
  const char *value;
  guint start = 0;

  if (self == NULL || self->pairs->len == 0)
    return "";

  norm = qs_locale_normalize (locale ? locale : qs_locale_default ());
  if ((value = qs_text_get_exact (self, norm)))
    return value;
  /* fr_FR is served by a text given as plain "fr". */
  if (strchr (norm, '_') && !g_str_has_prefix (norm, "zh"))
    {
      g_autofree char *language = g_strndup (norm, strchr (norm, '_') - norm);
      if ((value = qs_text_get_exact (self, language)))
        return value;
    }
  /* A plain string stands for every locale. */
  if ((value = qs_text_get_exact (self, "")))
    return value;

  for (guint i = 0; i < G_N_ELEMENTS (chain); i++)
    if (strcmp (chain[i], norm) == 0)
      start = i + 1;
  /* Locales outside the chain fall back to English before Chinese. */
  if (!g_str_has_prefix (norm, "zh"))
    start = 2;
  for (guint i = start; i < G_N_ELEMENTS (chain); i++)
    if ((value = qs_text_get_exact (self, chain[i])))
      return value;

  return self->pairs->pdata[1];
}

/**
 * qs_text_get_display:
 * @self: (nullable): a text
 * @locale: (nullable): the wanted locale, as for qs_text_get()
 *
 * The text qs_text_get() picks, in the form that is safe to show (see
 * qs_text_for_display()). Widgets show this; files keep the original.
 *
 * Returns: the text, "" when @self is %NULL or empty
 */
const char *
qs_text_get_display (const QsText *self,
                     const char   *locale)
{
  const char *value = qs_text_get (self, locale);

  if (self == NULL)
    return value;
  for (guint i = 1; i < self->pairs->len; i += 2)
    if (self->pairs->pdata[i] == value)
      return self->display->pdata[i / 2] ? self->display->pdata[i / 2] : value;
  return value;
}

/**
 * qs_text_get_n_items:
 * @self: a text
 *
 * Returns: the number of locales it is given in
 */
guint
qs_text_get_n_items (const QsText *self)
{
  return self->pairs->len / 2;
}

/**
 * qs_text_get_locale:
 * @self: a text
 * @index: which item
 *
 * Returns: the locale of item @index ("" for a plain string)
 */
const char *
qs_text_get_locale (const QsText *self,
                    guint         index)
{
  g_return_val_if_fail (index * 2 < self->pairs->len, NULL);
  return self->pairs->pdata[index * 2];
}

/**
 * qs_text_get_value:
 * @self: a text
 * @index: which item
 *
 * Returns: the text of item @index
 */
const char *
qs_text_get_value (const QsText *self,
                   guint         index)
{
  g_return_val_if_fail (index * 2 < self->pairs->len, NULL);
  return self->pairs->pdata[index * 2 + 1];
}

/**
 * qs_locale_normalize:
 * @locale: a POSIX locale name (`zh_CN.UTF-8`, `zh_HK`, `en_GB`, `C`)
 *
 * Maps a locale to the ones datasets are written in: Hong Kong, Macao and
 * Taiwan to `zh_TW`, other Chinese to `zh_CN`, English and the C locale to `en`.
 *
 * Returns: (transfer full): the normalized locale
 */
char *
qs_locale_normalize (const char *locale)
{
  g_autofree char *base = NULL;
  char *cut;

  if (locale == NULL || *locale == '\0' || strcmp (locale, "C") == 0 ||
      strcmp (locale, "POSIX") == 0 || g_str_has_prefix (locale, "C."))
    return g_strdup ("en");

  base = g_strdup (locale);
  if ((cut = strpbrk (base, ".@")))
    *cut = '\0';
  g_strdelimit (base, "-", '_');

  if (g_ascii_strncasecmp (base, "zh", 2) == 0)
    {
      if (strstr (base, "TW") || strstr (base, "HK") || strstr (base, "MO") ||
          strstr (base, "Hant"))
        return g_strdup ("zh_TW");
      return g_strdup ("zh_CN");
    }
  if (g_ascii_strncasecmp (base, "en", 2) == 0)
    return g_strdup ("en");
  return g_steal_pointer (&base);
}

/**
 * qs_locale_default:
 *
 * Returns: the locale of the user's messages, as set in the environment
 */
/* Explicit bidirectional embeddings, overrides and isolates: one left open
 * in a name would reverse whatever is drawn after it on the line. */
static gboolean
is_bidi_control (gunichar c)
{
  return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

/**
 * qs_text_for_display:
 * @text: (nullable): text from a file
 *
 * Makes the form of a name or note that is safe to show: line breaks and
 * tabs become single spaces, other control characters and bidirectional
 * overrides are dropped, runs of spaces collapse, and a text longer than
 * %QS_TEXT_DISPLAY_MAX characters is cut and ends with "…". The result is
 * still plain text: callers never parse it as markup.
 *
 * Returns: (transfer full): the display form
 */
char *
qs_text_for_display (const char *text)
{
  g_autoptr(GString) out = g_string_new (NULL);
  guint n_chars = 0;

  if (text == NULL)
    return g_strdup ("");
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\n' || c == '\r' || c == '\t')
        c = ' ';
      if (g_unichar_type (c) == G_UNICODE_CONTROL || is_bidi_control (c))
        continue;
      if (c == ' ' && (out->len == 0 || out->str[out->len - 1] == ' '))
        continue;
      if (n_chars == QS_TEXT_DISPLAY_MAX - 1)
        {
          g_string_append (out, "…");
          return g_string_free (g_steal_pointer (&out), FALSE);
        }
      g_string_append_unichar (out, c);
      n_chars++;
    }
  if (out->len > 0 && out->str[out->len - 1] == ' ')
    g_string_truncate (out, out->len - 1);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

const char *
qs_locale_default (void)
{
  const char *const *langs = g_get_language_names ();

  return langs[0];
}
