/* SPDX-License-Identifier: GPL-3.0-or-later */
/* qs-format.h: numbers, values, periods and changes as text, per locale */

#pragma once

#include <glib.h>

#include "qs-types.h"

G_BEGIN_DECLS

/*
 * Every function takes the locale to write in explicitly, because a chart
 * may be in another language than the UI. Any POSIX name is accepted and
 * normalized with qs_locale_normalize(); %NULL means qs_locale_default().
 * zh_CN, zh_TW and en have built-in tables; everything else is written as
 * en. Nothing here reads the process locale (LC_NUMERIC, LC_TIME) or the
 * gettext catalogue, so the output is the same however the process is set up.
 *
 * Not-a-number and the infinities are written as "—" (U+2014) everywhere.
 */

typedef enum {
  QS_FORMAT_DEFAULT     = 0,
  /* Thousands separators in the integer part: 12,345.6 (also in Chinese,
   * as in Chinese statistical publications). */
  QS_FORMAT_GROUPING    = 1 << 0,
  /* Large numbers with a word: zh 1.2万, 6.13亿, 2.5万亿 (zh_TW 萬, 億, 兆)
   * from 10 000; en 613 million, 1.46 billion, 2.5 trillion from one
   * million. Implies GROUPING. See qs_format_number() for the digits. */
  QS_FORMAT_COMPACT     = 1 << 1,
  /* A sign on positive numbers too: +1.2. Zero never has a sign. */
  QS_FORMAT_SIGN        = 1 << 2,
  /* Negative numbers take ASCII '-' instead of the minus sign U+2212, for
   * text that other programs read back (CSV, clipboard to spreadsheets). */
  QS_FORMAT_ASCII_MINUS = 1 << 3,
} QsFormatFlags;

typedef enum {
  /* Standalone: 2025年3月 / Mar 2025. */
  QS_PERIOD_STYLE_FULL,
  /* An axis tick within a year the reader already knows: 3月 / Mar. */
  QS_PERIOD_STYLE_SHORT,
  /* The first tick of a year on an axis: the SHORT label, a newline and
   * the year ("1月\n2025年" / "Jan\n2025"), so that all ticks keep their
   * first line aligned. Years have a single line. */
  QS_PERIOD_STYLE_CONTEXT,
} QsPeriodStyle;

/* Digits kept by the compact forms; see qs_format_number(). */
#define QS_FORMAT_COMPACT_DIGITS 3
/* More decimals than this are not written. */
#define QS_FORMAT_MAX_DECIMALS 20

char       *qs_format_number       (double         value,
                                    int            decimals,
                                    QsFormatFlags  flags,
                                    const char    *locale);
char       *qs_format_value        (double         value,
                                    int            decimals,
                                    QsUnit         unit,
                                    const char    *unit_label,
                                    QsFormatFlags  flags,
                                    const char    *locale);
const char *qs_format_unit_symbol  (QsUnit         unit,
                                    const char    *locale);
char       *qs_format_period       (QsResolution   resolution,
                                    gint32         period,
                                    QsPeriodStyle  style,
                                    const char    *locale);
char       *qs_format_period_range (QsResolution   resolution,
                                    gint32         first,
                                    gint32         last,
                                    const char    *locale);
char       *qs_format_change       (double         change,
                                    gboolean       in_points,
                                    int            decimals,
                                    const char    *locale);

G_END_DECLS
