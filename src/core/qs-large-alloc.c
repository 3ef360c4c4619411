/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <stdlib.h>
#include <string.h>
#ifdef __linux__
#include <sys/mman.h>
#endif

#include "qs-large-alloc.h"

/*
 * A million-point series and a full-HD image are 8 MB each. Fresh memory is
 * mapped in on first write one 4 KiB page at a time, and on a virtual
 * machine each of those 2 048 faults costs microseconds: together more than
 * the parsing or the drawing itself. In 2 MiB pages, which Linux gives to
 * aligned memory that asks for them, the same 8 MB takes four faults.
 */

#define HUGE_PAGE ((gsize) 2 << 20)

/* NULL when the memory is not there, as g_try_malloc(). */
static gpointer
try_alloc (gsize size)
{
  gsize rounded;
  gpointer p;

  if (size < 2 * HUGE_PAGE)
    return g_try_malloc (size);
  if (size > G_MAXSIZE - HUGE_PAGE)
    return NULL;
  /* Whole large pages only: aligned_alloc wants a multiple of the
   * alignment, and a part page at the end could not be a large one. */
  rounded = (size + HUGE_PAGE - 1) & ~(HUGE_PAGE - 1);
  p = aligned_alloc (HUGE_PAGE, rounded);
#if defined(__linux__) && defined(MADV_HUGEPAGE)
  /* Advice only: where large pages are off this changes nothing. */
  if (p)
    madvise (p, rounded, MADV_HUGEPAGE);
#endif
  return p;
}

/**
 * qs_large_alloc:
 * @size: bytes
 *
 * Allocates like g_malloc(): the result is freed with g_free() and may be
 * resized with g_realloc(), and running out of memory aborts. Blocks of
 * several megabytes are laid out so that the system can back them with
 * large pages.
 *
 * Returns: (transfer full): uninitialized memory, %NULL for a @size of 0
 */
gpointer
qs_large_alloc (gsize size)
{
  gpointer p = try_alloc (size);

  if (p == NULL && size > 0)
    g_error ("%s: failed to allocate %" G_GSIZE_FORMAT " bytes", G_STRLOC, size);
  return p;
}

/**
 * qs_large_try_alloc0:
 * @size: bytes
 *
 * As qs_large_alloc(), with the memory cleared, and %NULL rather than an
 * abort when there is not that much memory: for sizes a user chose, such
 * as an image's.
 *
 * Returns: (transfer full) (nullable): zeroed memory, or %NULL
 */
gpointer
qs_large_try_alloc0 (gsize size)
{
  gpointer p = try_alloc (size);

  if (p != NULL)
    memset (p, 0, size);
  return p;
}
