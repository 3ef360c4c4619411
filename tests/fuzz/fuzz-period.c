/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer target: period and date parsing, and their formatting round trip. */

#include "config.h"

#include <string.h>

#include "qs-format.h"
#include "qs-period.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autofree char *text = g_strndup ((const char *) data, MIN (size, 64));
  QsResolution resolution;
  gint32 period;
  guint32 day;

  if (qs_period_parse_any (text, &resolution, &period))
    {
      /* A parsed period prints back to a form that parses to itself. */
      g_autofree char *back = qs_period_to_string (resolution, period);
      g_autofree char *zh = qs_format_period (resolution, period, QS_PERIOD_STYLE_FULL, "zh_CN");
      g_autofree char *en = qs_format_period (resolution, period, QS_PERIOD_STYLE_CONTEXT, "en");
      gint32 again;

      if (!qs_period_parse (resolution, back, &again) || again != period)
        __builtin_trap ();
      (void) zh;
      (void) en;
    }
  if (qs_date_parse (text, &day))
    {
      g_autofree char *back = qs_date_to_string (day);
      if (strcmp (back, text) != 0)
        __builtin_trap ();
    }
  for (QsResolution r = QS_RESOLUTION_YEAR; r <= QS_RESOLUTION_HOUR; r++)
    qs_period_parse_len (r, (const char *) data, size, &period);
  return 0;
}
