/* SPDX-License-Identifier: GPL-3.0-or-later */
/* QINGSHAN_TEST_QUICK=1 (set for the Valgrind run, where code runs some
 * fifty times slower) makes the heaviest tests check one case of each kind
 * instead of every one; the normal and sanitizer runs check them all. */

#pragma once

#include <string.h>

#include <glib.h>

static inline gboolean
test_quick (void)
{
  const char *value = g_getenv ("QINGSHAN_TEST_QUICK");

  return value != NULL && *value != '\0' && strcmp (value, "0") != 0;
}
