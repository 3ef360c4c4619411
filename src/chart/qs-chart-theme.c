/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <math.h>
#include <string.h>

#include "qs-chart-theme.h"

G_DEFINE_BOXED_TYPE (QsChartTheme, qs_chart_theme, qs_chart_theme_ref, qs_chart_theme_unref)

static const char *const theme_names[] = { "light", "dark", "high-contrast", "briefing", NULL };

#define RGB(hex) { ((hex) >> 16 & 0xFF) / 255.0, ((hex) >> 8 & 0xFF) / 255.0, ((hex) & 0xFF) / 255.0, 1.0 }

/* Okabe–Ito: distinguishable with the common colour-vision deficiencies. The
 * yellow is left out on light backgrounds, where it is too faint. */
static const QsColor palette_light[QS_CHART_THEME_N_PALETTE] = {
  RGB (0x0072B2), RGB (0xD55E00), RGB (0x009E73), RGB (0xCC79A7),
  RGB (0xE69F00), RGB (0x56B4E9), RGB (0x000000), RGB (0x999999),
};
static const QsColor palette_dark[QS_CHART_THEME_N_PALETTE] = {
  RGB (0x56B4E9), RGB (0xE69F00), RGB (0x2BC79A), RGB (0xE08FC0),
  RGB (0xF0E442), RGB (0xFF8A4C), RGB (0xFFFFFF), RGB (0xAAAAAA),
};
static const QsColor palette_contrast[QS_CHART_THEME_N_PALETTE] = {
  RGB (0x0050A0), RGB (0xB03A00), RGB (0x006B4E), RGB (0x8E2F6F),
  RGB (0x7A5200), RGB (0x1F6F9F), RGB (0x000000), RGB (0x555555),
};

static void
qs_chart_theme_clear (QsChartTheme *self)
{
  g_free (self->name);
}

/**
 * qs_chart_theme_list_names:
 *
 * Returns: (transfer none): the names qs_chart_theme_new_named() accepts
 */
const char *const *
qs_chart_theme_list_names (void)
{
  return theme_names;
}

/**
 * qs_chart_theme_new_named:
 * @name: `light`, `dark`, `high-contrast` or `briefing`
 *
 * The briefing theme has type large enough to read from the back of a room
 * on a 1280×720 projector, on a dark background that projectors render well.
 *
 * Returns: (transfer full) (nullable): the theme, %NULL for an unknown name
 */
QsChartTheme *
qs_chart_theme_new_named (const char *name)
{
  QsChartTheme *self;

  if (name == NULL || !g_strv_contains (theme_names, name))
    return NULL;

  self = g_atomic_rc_box_new0 (QsChartTheme);
  self->name = g_strdup (name);
  self->font_size = 13;
  self->title_scale = 1.45;
  self->line_width = 2.0;
  self->marker_radius = 3.5;
  self->padding = 16;
  self->target = (QsColor) RGB (0x1A7F37);
  self->standard = (QsColor) RGB (0xC62828);
  self->demo = (QsColor) RGB (0xB35C00);

  if (strcmp (name, "light") == 0)
    {
      self->background = (QsColor) RGB (0xFFFFFF);
      self->foreground = (QsColor) RGB (0x1E1E1E);
      self->muted = (QsColor) RGB (0x5E5C64);
      self->grid = (QsColor) RGB (0xE6E6E6);
      self->axis = (QsColor) RGB (0x9A9996);
      self->missing = (QsColor) RGB (0xEEEEEE);
      memcpy (self->palette, palette_light, sizeof palette_light);
    }
  else if (strcmp (name, "dark") == 0 || strcmp (name, "briefing") == 0)
    {
      self->background = (QsColor) RGB (0x1E1E1E);
      self->foreground = (QsColor) RGB (0xF6F5F4);
      self->muted = (QsColor) RGB (0xC0BFBC);
      self->grid = (QsColor) RGB (0x3A3A3A);
      self->axis = (QsColor) RGB (0x77767B);
      self->missing = (QsColor) RGB (0x333333);
      self->target = (QsColor) RGB (0x57E389);
      self->standard = (QsColor) RGB (0xFF7B63);
      self->demo = (QsColor) RGB (0xFFBE6F);
      memcpy (self->palette, palette_dark, sizeof palette_dark);
      if (strcmp (name, "briefing") == 0)
        {
          /* A projector at 1280×720 seen from 15 m: body text ≈ 28 px. */
          self->background = (QsColor) RGB (0x0F1A14);
          self->font_size = 26;
          self->title_scale = 1.5;
          self->line_width = 5;
          self->marker_radius = 7;
          self->padding = 32;
        }
    }
  else
    {
      self->background = (QsColor) RGB (0xFFFFFF);
      self->foreground = (QsColor) RGB (0x000000);
      self->muted = (QsColor) RGB (0x000000);
      self->grid = (QsColor) RGB (0xB0B0B0);
      self->axis = (QsColor) RGB (0x000000);
      self->missing = (QsColor) RGB (0xDDDDDD);
      self->target = (QsColor) RGB (0x005C1F);
      self->standard = (QsColor) RGB (0x9E0000);
      self->demo = (QsColor) RGB (0x7A3D00);
      self->line_width = 2.5;
      self->marker_radius = 4;
      memcpy (self->palette, palette_contrast, sizeof palette_contrast);
    }
  return self;
}

/**
 * qs_chart_theme_ref:
 * @self: a theme
 *
 * Returns: (transfer full): @self
 */
QsChartTheme *
qs_chart_theme_ref (QsChartTheme *self)
{
  return g_atomic_rc_box_acquire (self);
}

/**
 * qs_chart_theme_unref:
 * @self: (transfer full): a theme
 */
void
qs_chart_theme_unref (QsChartTheme *self)
{
  g_atomic_rc_box_release_full (self, (GDestroyNotify) qs_chart_theme_clear);
}

/**
 * qs_color_parse:
 * @hex: a colour as `#RRGGBB`
 * @color: (out): the colour
 *
 * Returns: whether @hex was a colour
 */
gboolean
qs_color_parse (const char *hex,
                QsColor    *color)
{
  guint v = 0;

  if (hex == NULL || strlen (hex) != 7 || hex[0] != '#')
    return FALSE;
  for (int i = 1; i < 7; i++)
    {
      if (!g_ascii_isxdigit (hex[i]))
        return FALSE;
      v = v * 16 + (guint) g_ascii_xdigit_value (hex[i]);
    }
  *color = (QsColor) RGB (v);
  return TRUE;
}

/**
 * qs_color_luminance:
 * @color: a colour
 *
 * Returns: its relative luminance (WCAG), to pick a readable text colour on it
 */
double
qs_color_luminance (const QsColor *color)
{
  double c[3] = { color->red, color->green, color->blue };

  for (int i = 0; i < 3; i++)
    c[i] = c[i] <= 0.03928 ? c[i] / 12.92 : pow ((c[i] + 0.055) / 1.055, 2.4);
  return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
}
