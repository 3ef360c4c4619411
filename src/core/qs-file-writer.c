/* SPDX-License-Identifier: GPL-3.0-or-later */

/* O_TMPFILE and linkat. */
#define _GNU_SOURCE

#include "config.h"

#include <errno.h>
#include <signal.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <gio/gunixoutputstream.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "qs-file-writer.h"

/*
 * The new contents go to a temporary file in the target's folder (so the
 * rename stays on one file system), are flushed and synced to disk, and only
 * then renamed over the target. A failure at any point — an unwritable
 * folder, a full disk, the process killed — leaves the previous file as it
 * was and no temporary file behind: the contents go to an unnamed file
 * (O_TMPFILE) that gets a hidden name only just before the rename. Where the
 * file system has no unnamed files, a hidden named one is used, and a killed
 * process may leave it behind.
 */

static char *
describe (const char *path,
          const char *what,
          const char *reason)
{
  g_autofree char *display = g_filename_display_name (path);

  /* Translators: "FILE: could not write the file (REASON); nothing was changed". */
  return g_strdup_printf (_("%s: %s (%s); nothing was changed"), display, what, reason);
}

/**
 * qs_file_write_atomic:
 * @path: the file to write
 * @keep_backup: whether to keep the previous version as `PATH~`
 * @write: writes the new contents
 * @user_data: data for @write
 * @error: return location for an error
 *
 * Replaces @path with what @write produces, all or nothing.
 *
 * Returns: %TRUE on success; on failure @path is unchanged
 */
gboolean
qs_file_write_atomic (const char   *path,
                      gboolean      keep_backup,
                      QsWriteFunc   write,
                      gpointer      user_data,
                      GError      **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *tmp_name = g_strdup_printf (".%s.XXXXXX", base);
  g_autofree char *tmp_path = g_build_filename (dir, tmp_name, NULL);
  g_autoptr(GOutputStream) out = NULL;
  g_autoptr(GError) local_error = NULL;
  struct stat st;
  mode_t mask;
  int fd = -1;
  gboolean unnamed = FALSE;
  gboolean on_disk = FALSE;   /* a named temporary file exists */

  /* An unnamed file (O_TMPFILE) leaves nothing behind if the process dies
   * before it is linked; where the file system cannot, a hidden named one. */
#ifdef O_TMPFILE
  fd = open (dir, O_WRONLY | O_TMPFILE | O_CLOEXEC, 0600);
  unnamed = fd >= 0;
  if (fd < 0 && errno != EOPNOTSUPP && errno != EISDIR && errno != EINVAL && errno != ENOENT)
    {
      int saved = errno;
      g_autofree char *message = describe (path, _("could not create a file in its folder"), g_strerror (saved));
      g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved), message);
      return FALSE;
    }
#endif
  if (fd < 0)
    {
      fd = g_mkstemp_full (tmp_path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
      on_disk = fd >= 0;
    }
  if (fd < 0)
    {
      int saved = errno;
      g_autofree char *message = describe (path, _("could not create a file in its folder"), g_strerror (saved));
      g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved), message);
      return FALSE;
    }

  /* Keep the mode of the file being replaced; a new file gets the usual one. */
  if (g_stat (path, &st) == 0)
    fchmod (fd, st.st_mode & 07777);
  else
    {
      mask = umask (0);
      umask (mask);
      fchmod (fd, 0666 & ~mask);
    }

  out = g_unix_output_stream_new (fd, FALSE);
  if (!write (out, user_data, &local_error) ||
      !g_output_stream_flush (out, NULL, &local_error))
    goto failed;
  if (fsync (fd) != 0)
    {
      int saved = errno;
      g_set_error_literal (&local_error, G_IO_ERROR, g_io_error_from_errno (saved), g_strerror (saved));
      goto failed;
    }
  g_clear_object (&out);

  /* For tests of a crash between writing and renaming. */
  if (g_getenv ("QINGSHAN_TEST_KILL_BEFORE_RENAME"))
    raise (SIGKILL);

  if (unnamed)
    {
      /* Give the written file a hidden name beside the target. */
      g_autofree char *proc = g_strdup_printf ("/proc/self/fd/%d", fd);
      int tries = 0;

      for (;;)
        {
          g_free (tmp_path);
          g_free (tmp_name);
          tmp_name = g_strdup_printf (".%s.%08x", base, g_random_int ());
          tmp_path = g_build_filename (dir, tmp_name, NULL);
          if (linkat (AT_FDCWD, proc, AT_FDCWD, tmp_path, AT_SYMLINK_FOLLOW) == 0)
            {
              on_disk = TRUE;
              break;
            }
          if (errno != EEXIST || ++tries > 100)
            {
              int saved = errno;
              g_set_error_literal (&local_error, G_IO_ERROR, g_io_error_from_errno (saved), g_strerror (saved));
              goto failed;
            }
        }
    }

  if (close (fd) != 0)
    {
      int saved = errno;
      fd = -1;
      g_set_error_literal (&local_error, G_IO_ERROR, g_io_error_from_errno (saved), g_strerror (saved));
      goto failed;
    }
  fd = -1;

  if (keep_backup && g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_autofree char *backup = g_strconcat (path, "~", NULL);
      /* A hard link keeps the old version without a moment with no file. */
      g_unlink (backup);
      if (link (path, backup) != 0 && g_rename (path, backup) != 0)
        {
          int saved = errno;
          g_set_error_literal (&local_error, G_IO_ERROR, g_io_error_from_errno (saved), g_strerror (saved));
          goto failed;
        }
    }

  if (g_rename (tmp_path, path) != 0)
    {
      int saved = errno;
      g_set_error_literal (&local_error, G_IO_ERROR, g_io_error_from_errno (saved), g_strerror (saved));
      goto failed;
    }

  /* Make the rename itself durable. */
  {
    int dir_fd = open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir_fd >= 0)
      {
        fsync (dir_fd);
        close (dir_fd);
      }
  }
  return TRUE;

failed:
  g_clear_object (&out);
  if (fd >= 0)
    close (fd);
  /* An unnamed file vanishes with its descriptor; a named one is removed. */
  if (on_disk)
    g_unlink (tmp_path);
  {
    g_autofree char *message = describe (path, _("could not write the file"), local_error->message);
    g_set_error_literal (error, local_error->domain, local_error->code, message);
  }
  return FALSE;
}
