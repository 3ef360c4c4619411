/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "qs-dataset-loader.h"
#include "qs-file-writer.h"
#include "qs-import.h"
#include "qs-json-guard.h"
#include "qs-json-writer.h"
#include "qs-number.h"
#include "qs-period.h"

/*
 * Staff receive monitoring data as spreadsheets saved as CSV, with Chinese or
 * English headers, units in brackets and dates written in several ways. An
 * import reads such a file, checks every cell against the dataset it goes
 * into, and merges the rows into the dataset file — all or nothing.
 *
 * Reading (qs_import_read) keeps the good rows per city or section, and
 * lists every problem at its FILE:LINE:COLUMN; a file with problems imports
 * nothing unless bad rows are to be skipped.
 *
 * Merging (qs_import_merge) edits the dataset as a json-glib tree and writes
 * it with qs_json_to_string(). Ten years of daily data are ~300 000 numbers,
 * and a json-glib node per number costs ~0.3 µs to build and as much again to
 * print, which alone would take most of the time allowed. So, as the loader
 * does, the long numeric lists that qs-json-guard finds are replaced by short
 * marker strings before json-glib sees the text; merged columns become
 * markers too, and after printing each marker is replaced by its list, laid
 * out as qs_json_to_string() lays out lists. Numbers of untouched lists are
 * copied as written.
 *
 * Writing (qs_import_write) validates the merged text from memory first, so
 * that an import can never leave an invalid dataset behind, writes it with
 * qs_file_write_atomic() keeping the previous version as PATH~, and loads the
 * written file back to be sure.
 */

G_DEFINE_QUARK (qs-import-error-quark, qs_import_error)

/* What a column holds; values are FIELD_VALUE + the pollutant or parameter. */
enum
{
  FIELD_UNKNOWN = -1,
  FIELD_DATE = 0,
  FIELD_PLACE = 1,
  FIELD_VALUE = 2,
};

#define AIR_VALUE(p)   (FIELD_VALUE + QS_POLLUTANT_##p)
#define WATER_VALUE(p) (FIELD_VALUE + QS_WATER_##p)

typedef struct
{
  const char *name;
  int         field;
} HeaderName;

/* Header names, compared after header_key(): case, spaces, `_`, `-`, `.`,
 * brackets and full-width forms do not matter. Keep docs/import.md in step. */
static const HeaderName air_headers[] = {
  { "日期", FIELD_DATE }, { "监测日期", FIELD_DATE }, { "監測日期", FIELD_DATE },
  { "监测时间", FIELD_DATE }, { "監測時間", FIELD_DATE }, { "时间", FIELD_DATE },
  { "時間", FIELD_DATE }, { "date", FIELD_DATE },

  { "城市", FIELD_PLACE }, { "城市名称", FIELD_PLACE }, { "城市名稱", FIELD_PLACE },
  { "站点", FIELD_PLACE }, { "站點", FIELD_PLACE }, { "地区", FIELD_PLACE },
  { "地區", FIELD_PLACE }, { "城市代码", FIELD_PLACE }, { "城市代碼", FIELD_PLACE },
  { "地区代码", FIELD_PLACE }, { "行政区划代码", FIELD_PLACE }, { "region", FIELD_PLACE },
  { "city", FIELD_PLACE }, { "site", FIELD_PLACE }, { "region code", FIELD_PLACE },
  { "city code", FIELD_PLACE },

  { "PM2.5", AIR_VALUE (PM25) }, { "细颗粒物", AIR_VALUE (PM25) }, { "細顆粒物", AIR_VALUE (PM25) },
  { "PM10", AIR_VALUE (PM10) }, { "可吸入颗粒物", AIR_VALUE (PM10) }, { "可吸入顆粒物", AIR_VALUE (PM10) },
  { "SO2", AIR_VALUE (SO2) }, { "二氧化硫", AIR_VALUE (SO2) },
  { "NO2", AIR_VALUE (NO2) }, { "二氧化氮", AIR_VALUE (NO2) },
  { "CO", AIR_VALUE (CO) }, { "一氧化碳", AIR_VALUE (CO) },
  { "O3_8h", AIR_VALUE (O3_8H) }, { "O3 8小时", AIR_VALUE (O3_8H) }, { "O3 8小時", AIR_VALUE (O3_8H) },
  { "臭氧8小时", AIR_VALUE (O3_8H) }, { "臭氧8小時", AIR_VALUE (O3_8H) }, { "臭氧8h", AIR_VALUE (O3_8H) },
  { "臭氧日最大8小时滑动平均", AIR_VALUE (O3_8H) }, { "臭氧日最大8小時滑動平均", AIR_VALUE (O3_8H) },
  { "O3日最大8小时滑动平均", AIR_VALUE (O3_8H) }, { "臭氧日最大8小时平均", AIR_VALUE (O3_8H) },
  { "O3_1h", AIR_VALUE (O3_1H) }, { "O3 1小时", AIR_VALUE (O3_1H) }, { "O3 1小時", AIR_VALUE (O3_1H) },
  { "臭氧1小时", AIR_VALUE (O3_1H) }, { "臭氧1小時", AIR_VALUE (O3_1H) }, { "臭氧1h", AIR_VALUE (O3_1H) },
  { "臭氧日最大1小时", AIR_VALUE (O3_1H) }, { "臭氧日最大1小時", AIR_VALUE (O3_1H) },
  { "臭氧日最大1小时平均", AIR_VALUE (O3_1H) }, { "O3日最大1小时", AIR_VALUE (O3_1H) },
  { NULL, 0 }
};

static const HeaderName water_headers[] = {
  { "断面", FIELD_PLACE }, { "断面名称", FIELD_PLACE }, { "断面编号", FIELD_PLACE },
  { "断面代码", FIELD_PLACE }, { "斷面", FIELD_PLACE }, { "斷面名稱", FIELD_PLACE },
  { "斷面編號", FIELD_PLACE }, { "点位名称", FIELD_PLACE }, { "點位名稱", FIELD_PLACE },
  { "section", FIELD_PLACE }, { "section id", FIELD_PLACE }, { "section name", FIELD_PLACE },

  { "采样日期", FIELD_DATE }, { "採樣日期", FIELD_DATE }, { "监测日期", FIELD_DATE },
  { "監測日期", FIELD_DATE }, { "采样时间", FIELD_DATE }, { "採樣時間", FIELD_DATE },
  { "监测时间", FIELD_DATE }, { "監測時間", FIELD_DATE }, { "日期", FIELD_DATE },
  { "date", FIELD_DATE }, { "sampling date", FIELD_DATE }, { "sample date", FIELD_DATE },

  { "pH", WATER_VALUE (PH) }, { "酸碱度", WATER_VALUE (PH) }, { "酸鹼度", WATER_VALUE (PH) },
  { "溶解氧", WATER_VALUE (DO) }, { "DO", WATER_VALUE (DO) }, { "dissolved oxygen", WATER_VALUE (DO) },
  { "高锰酸盐指数", WATER_VALUE (CODMN) }, { "高錳酸鹽指數", WATER_VALUE (CODMN) },
  { "CODMn", WATER_VALUE (CODMN) }, { "permanganate index", WATER_VALUE (CODMN) },
  { "化学需氧量", WATER_VALUE (COD) }, { "化學需氧量", WATER_VALUE (COD) }, { "COD", WATER_VALUE (COD) },
  { "CODCr", WATER_VALUE (COD) },
  { "五日生化需氧量", WATER_VALUE (BOD5) }, { "生化需氧量", WATER_VALUE (BOD5) }, { "BOD5", WATER_VALUE (BOD5) },
  { "氨氮", WATER_VALUE (NH3N) }, { "NH3-N", WATER_VALUE (NH3N) }, { "NH3N", WATER_VALUE (NH3N) },
  { "ammonia nitrogen", WATER_VALUE (NH3N) },
  { "总磷", WATER_VALUE (TP) }, { "總磷", WATER_VALUE (TP) }, { "TP", WATER_VALUE (TP) },
  { "total phosphorus", WATER_VALUE (TP) },
  { "总氮", WATER_VALUE (TN) }, { "總氮", WATER_VALUE (TN) }, { "TN", WATER_VALUE (TN) },
  { "total nitrogen", WATER_VALUE (TN) },
  { "铜", WATER_VALUE (CU) }, { "銅", WATER_VALUE (CU) }, { "cu", WATER_VALUE (CU) },
  { "锌", WATER_VALUE (ZN) }, { "鋅", WATER_VALUE (ZN) }, { "zn", WATER_VALUE (ZN) },
  { "氟化物", WATER_VALUE (F) }, { "f", WATER_VALUE (F) }, { "fluoride", WATER_VALUE (F) },
  { "硒", WATER_VALUE (SE) }, { "se", WATER_VALUE (SE) },
  { "砷", WATER_VALUE (AS) }, { "as", WATER_VALUE (AS) },
  { "汞", WATER_VALUE (HG) }, { "hg", WATER_VALUE (HG) },
  { "镉", WATER_VALUE (CD) }, { "鎘", WATER_VALUE (CD) }, { "cd", WATER_VALUE (CD) },
  { "六价铬", WATER_VALUE (CR6) }, { "六價鉻", WATER_VALUE (CR6) }, { "cr6", WATER_VALUE (CR6) },
  { "Cr6+", WATER_VALUE (CR6) }, { "Cr(VI)", WATER_VALUE (CR6) },
  { "铅", WATER_VALUE (PB) }, { "鉛", WATER_VALUE (PB) }, { "pb", WATER_VALUE (PB) },
  { "氰化物", WATER_VALUE (CN) }, { "cn", WATER_VALUE (CN) }, { "cyanide", WATER_VALUE (CN) },
  { "挥发酚", WATER_VALUE (PHENOL) }, { "揮發酚", WATER_VALUE (PHENOL) }, { "phenol", WATER_VALUE (PHENOL) },
  { "volatile phenol", WATER_VALUE (PHENOL) },
  { "石油类", WATER_VALUE (OIL) }, { "石油類", WATER_VALUE (OIL) }, { "oil", WATER_VALUE (OIL) },
  { "petroleum", WATER_VALUE (OIL) },
  { "阴离子表面活性剂", WATER_VALUE (LAS) }, { "陰離子表面活性劑", WATER_VALUE (LAS) },
  { "las", WATER_VALUE (LAS) }, { "anionic surfactant", WATER_VALUE (LAS) },
  { "硫化物", WATER_VALUE (SULFIDE) }, { "sulfide", WATER_VALUE (SULFIDE) },
  { "粪大肠菌群", WATER_VALUE (FECAL_COLIFORM) }, { "糞大腸菌群", WATER_VALUE (FECAL_COLIFORM) },
  { "fecal_coliform", WATER_VALUE (FECAL_COLIFORM) }, { "fecal coliform", WATER_VALUE (FECAL_COLIFORM) },
  { NULL, 0 }
};

/* Words that often end a header without changing what it is: 浓度 in
 * "PM2.5浓度", 值 in "pH值". */
static const char *const header_suffixes[] = {
  "日均浓度", "日均濃度", "浓度", "濃度", "日均值", "日均", "均值", "含量", "值", NULL
};

static const char *const pollutant_labels[] = {
  "PM2.5", "PM10", "SO2", "NO2", "CO", N_("O3 8-hour"), N_("O3 1-hour"),
};

static const char *const water_labels[] = {
  N_("pH"), N_("Dissolved oxygen"), N_("Permanganate index"), N_("Chemical oxygen demand"),
  N_("Five-day biochemical oxygen demand"), N_("Ammonia nitrogen"), N_("Total phosphorus"),
  N_("Total nitrogen"), N_("Copper"), N_("Zinc"), N_("Fluoride"), N_("Selenium"), N_("Arsenic"),
  N_("Mercury"), N_("Cadmium"), N_("Hexavalent chromium"), N_("Lead"), N_("Cyanide"),
  N_("Volatile phenol"), N_("Petroleum"), N_("Anionic surfactant"), N_("Sulfide"),
  N_("Fecal coliform"),
};

G_STATIC_ASSERT (G_N_ELEMENTS (pollutant_labels) == QS_N_POLLUTANTS);
G_STATIC_ASSERT (G_N_ELEMENTS (water_labels) == QS_N_WATER_PARAMETERS);
/* A row's values present are kept as bits. */
G_STATIC_ASSERT (QS_N_WATER_PARAMETERS <= 32);

/* ---- Text ---------------------------------------------------------------- */

/* Appends @text with full-width forms (ＰＭ１０, （）) as ASCII, the
 * ideographic and no-break spaces as spaces, subscript digits (PM₂.₅) as
 * digits and the minus sign as a hyphen. @text is valid UTF-8: the CSV
 * reader checks it. */
static void
append_folded (GString    *out,
               const char *text,
               gsize       len)
{
  const char *p = text;
  const char *end = text + len;

  while (p < end)
    {
      const char *next;
      gunichar c;

      if ((guchar) *p < 0x80)
        {
          g_string_append_c (out, *p++);
          continue;
        }
      c = g_utf8_get_char (p);
      next = g_utf8_next_char (p);
      if (c >= 0xFF01 && c <= 0xFF5E)
        g_string_append_c (out, (char) (c - 0xFF01 + 0x21));
      else if (c == 0x3000 || c == 0x00A0)
        g_string_append_c (out, ' ');
      else if (c >= 0x2080 && c <= 0x2089)
        g_string_append_c (out, (char) ('0' + (c - 0x2080)));
      else if (c == 0x2212)
        g_string_append_c (out, '-');
      else
        g_string_append_len (out, p, next - p);
      p = next;
    }
}

static gboolean
has_non_ascii (const char *text,
               gsize       len)
{
  for (gsize i = 0; i < len; i++)
    if ((guchar) text[i] >= 0x80)
      return TRUE;
  return FALSE;
}

/* The form headers are compared in: folded, in lower case, without spaces,
 * `_`, `-`, `.` and brackets, so "PM2.5", "pm25" and "ＰＭ₂.₅" are equal. */
static char *
header_key (const char *text,
            gsize       len)
{
  g_autoptr(GString) folded = g_string_sized_new (len);
  GString *key = g_string_sized_new (len);

  append_folded (folded, text, len);
  for (gsize i = 0; i < folded->len; i++)
    {
      char c = folded->str[i];

      if (c == ' ' || c == '\t' || c == '_' || c == '-' || c == '.' ||
          c == '(' || c == ')' || c == '[' || c == ']')
        continue;
      g_string_append_c (key, g_ascii_tolower (c));
    }
  return g_string_free (key, FALSE);
}

/* The length of @text without its last bracketed part, which is usually a
 * unit: "PM2.5(μg/m³)" → "PM2.5". @text is folded, so （） are () here. */
static gsize
without_bracket_suffix (const char *text,
                        gsize       len)
{
  static const struct { const char *open, *close; } pairs[] = {
    { "(", ")" }, { "[", "]" }, { "【", "】" },
  };

  while (len > 0 && (text[len - 1] == ' ' || text[len - 1] == '\t'))
    len--;
  for (guint i = 0; i < G_N_ELEMENTS (pairs); i++)
    {
      gsize close_len = strlen (pairs[i].close);
      g_autofree char *head = NULL;
      const char *open;

      if (len < close_len || memcmp (text + len - close_len, pairs[i].close, close_len) != 0)
        continue;
      head = g_strndup (text, len - close_len);
      open = g_strrstr (head, pairs[i].open);
      if (open != NULL && open > head)
        return (gsize) (open - head);
    }
  return len;
}

static int
lookup_header_key (const HeaderName *table,
                   const char       *key)
{
  for (guint i = 0; table[i].name; i++)
    {
      g_autofree char *name = header_key (table[i].name, strlen (table[i].name));

      if (strcmp (name, key) == 0)
        return table[i].field;
    }
  return FIELD_UNKNOWN;
}

/* What a header names, or FIELD_UNKNOWN. The whole header is tried first, so
 * that "臭氧(8小时)" is ozone over 8 hours, then without its bracketed unit,
 * each also without a word like 浓度 at its end. */
static int
recognize_header (QsImportKind  kind,
                  const char   *text,
                  gsize         len)
{
  const HeaderName *table = kind == QS_IMPORT_AIR ? air_headers : water_headers;
  g_autoptr(GString) folded = g_string_sized_new (len);
  char *keys[2];
  int field = FIELD_UNKNOWN;

  append_folded (folded, text, len);
  keys[0] = header_key (folded->str, folded->len);
  keys[1] = header_key (folded->str, without_bracket_suffix (folded->str, folded->len));
  for (guint k = 0; k < G_N_ELEMENTS (keys) && field == FIELD_UNKNOWN; k++)
    {
      if (*keys[k] == '\0')
        continue;
      field = lookup_header_key (table, keys[k]);
      for (guint s = 0; header_suffixes[s] && field == FIELD_UNKNOWN; s++)
        if (g_str_has_suffix (keys[k], header_suffixes[s]) &&
            strlen (keys[k]) > strlen (header_suffixes[s]))
          {
            g_autofree char *stem = g_strndup (keys[k], strlen (keys[k]) - strlen (header_suffixes[s]));
            field = lookup_header_key (table, stem);
          }
    }
  g_free (keys[0]);
  g_free (keys[1]);
  return field;
}

static const char *
field_key (QsImportKind kind,
           int          field)
{
  if (field == FIELD_DATE)
    return "date";
  if (field == FIELD_PLACE)
    return kind == QS_IMPORT_AIR ? "city" : "section";
  if (field >= FIELD_VALUE)
    return kind == QS_IMPORT_AIR ? qs_pollutant_to_string (field - FIELD_VALUE)
                                 : qs_water_parameter_to_string (field - FIELD_VALUE);
  return NULL;
}

static const char *
field_label (QsImportKind kind,
             int          field)
{
  if (field == FIELD_DATE)
    return _("Date");
  if (field == FIELD_PLACE)
    return kind == QS_IMPORT_AIR ? _("City") : _("Section");
  if (field >= FIELD_VALUE)
    return kind == QS_IMPORT_AIR ? _(pollutant_labels[field - FIELD_VALUE])
                                 : _(water_labels[field - FIELD_VALUE]);
  return NULL;
}

/* Drops spaces, tabs, the ideographic and the no-break space at both ends. */
static void
trim_cell (const char **text,
           gsize       *len)
{
  const char *s = *text;
  gsize n = *len;

  for (;;)
    {
      if (n >= 1 && (s[0] == ' ' || s[0] == '\t'))
        s++, n--;
      else if (n >= 3 && memcmp (s, "\xE3\x80\x80", 3) == 0)
        s += 3, n -= 3;
      else if (n >= 2 && memcmp (s, "\xC2\xA0", 2) == 0)
        s += 2, n -= 2;
      else
        break;
    }
  for (;;)
    {
      if (n >= 1 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
        n--;
      else if (n >= 3 && memcmp (s + n - 3, "\xE3\x80\x80", 3) == 0)
        n -= 3;
      else if (n >= 2 && memcmp (s + n - 2, "\xC2\xA0", 2) == 0)
        n -= 2;
      else
        break;
    }
  *text = s;
  *len = n;
}

/* Empty, "-", "--", "—", "——", "－", "NA", "N/A" and "null" (any case) mark a
 * missing value. By length first: this runs for every cell. */
static gboolean
is_missing (const char *s,
            gsize       len)
{
  switch (len)
    {
    case 0:
      return TRUE;
    case 1:
      return s[0] == '-';
    case 2:
      return g_ascii_strncasecmp (s, "NA", 2) == 0 || memcmp (s, "--", 2) == 0;
    case 3:
      return g_ascii_strncasecmp (s, "N/A", 3) == 0 || memcmp (s, "—", 3) == 0 || memcmp (s, "－", 3) == 0;
    case 4:
      return g_ascii_strncasecmp (s, "null", 4) == 0;
    case 6:
      return memcmp (s, "——", 6) == 0;
    default:
      return FALSE;
    }
}

static gboolean
parse_number (const char *s,
              gsize       len,
              double     *out)
{
  g_autoptr(GString) folded = NULL;

  if (qs_number_parse (s, len, out))
    return TRUE;
  /* Full-width digits (３５．２) or a minus sign (−1) come from some input
   * methods; rare, so only tried after the fast parse fails. */
  if (!has_non_ascii (s, len))
    return FALSE;
  folded = g_string_sized_new (len);
  append_folded (folded, s, len);
  return qs_number_parse (folded->str, folded->len, out);
}

/* "<0.01", "0.01L" (the Chinese lab convention), "ND", "未检出": a result
 * below the detection limit, which has no single right number to record. */
static gboolean
is_below_detection_limit (const char *s,
                          gsize       len)
{
  double ignored;

  if (len >= 1 && (s[0] == '<' || (len >= 3 && (memcmp (s, "＜", 3) == 0 || memcmp (s, "≤", 3) == 0))))
    return TRUE;
  if (len >= 2 && (s[len - 1] == 'L' || s[len - 1] == 'l') && parse_number (s, len - 1, &ignored))
    return TRUE;
  return (len == 2 && g_ascii_strncasecmp (s, "ND", 2) == 0) ||
         (len == strlen ("未检出") && (memcmp (s, "未检出", len) == 0 || memcmp (s, "未檢出", len) == 0));
}

static gboolean
read_int (const char **p,
          const char  *end,
          guint        min_digits,
          guint        max_digits,
          int         *out)
{
  const char *s = *p;
  int v = 0;
  guint n = 0;

  while (s < end && n < max_digits && g_ascii_isdigit (*s))
    {
      v = v * 10 + (*s - '0');
      s++;
      n++;
    }
  if (n < min_digits || (s < end && g_ascii_isdigit (*s)))
    return FALSE;
  *p = s;
  *out = v;
  return TRUE;
}

/* Reads `2024-01-05`, `2024/1/5`, `2024.1.5` or `2024年1月5日`, with or
 * without leading zeros, as a Julian day. */
static gboolean
parse_date_cell (const char *s,
                 gsize       len,
                 guint32    *day)
{
  char buf[64];
  char iso[11];
  gsize n = 0;
  const char *p, *end;
  int y, m, d;
  char sep;
  gint32 ordinal;

  /* The usual form, fast. */
  if (len == 10 && s[4] == '-' && s[7] == '-')
    {
      if (!qs_period_parse_len (QS_RESOLUTION_DAY, s, len, &ordinal))
        return FALSE;
      *day = (guint32) ordinal;
      return TRUE;
    }

  /* 年, 月 and 日 become Y, M, D; full-width digits become digits. */
  for (p = s, end = s + len; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = (guchar) *p < 0x80 ? (gunichar) *p : g_utf8_get_char (p);

      if (c >= 0xFF10 && c <= 0xFF19)
        c = '0' + (c - 0xFF10);
      else if (c == 0xFF0D || c == 0xFF0F || c == 0xFF0E)
        c = c - 0xFF01 + 0x21;
      else if (c == 0x5E74)
        c = 'Y';
      else if (c == 0x6708)
        c = 'M';
      else if (c == 0x65E5)
        c = 'D';
      if (c >= 0x80 || n + 1 >= sizeof buf)
        return FALSE;
      buf[n++] = (char) c;
    }
  p = buf;
  end = buf + n;
  if (!read_int (&p, end, 4, 4, &y) || p == end)
    return FALSE;
  sep = *p++;
  if (sep != '-' && sep != '/' && sep != '.' && sep != 'Y')
    return FALSE;
  if (!read_int (&p, end, 1, 2, &m) || p == end || *p++ != (sep == 'Y' ? 'M' : sep))
    return FALSE;
  if (!read_int (&p, end, 1, 2, &d))
    return FALSE;
  if (sep == 'Y' && p < end && *p == 'D')
    p++;
  if (p != end || m < 1 || m > 12 || d < 1 || d > 31)
    return FALSE;

  iso[0] = (char) ('0' + y / 1000);
  iso[1] = (char) ('0' + y / 100 % 10);
  iso[2] = (char) ('0' + y / 10 % 10);
  iso[3] = (char) ('0' + y % 10);
  iso[4] = '-';
  iso[5] = (char) ('0' + m / 10);
  iso[6] = (char) ('0' + m % 10);
  iso[7] = '-';
  iso[8] = (char) ('0' + d / 10);
  iso[9] = (char) ('0' + d % 10);
  iso[10] = '\0';
  if (!qs_period_parse_len (QS_RESOLUTION_DAY, iso, 10, &ordinal))
    return FALSE;
  *day = (guint32) ordinal;
  return TRUE;
}

/* A cell as quoted in a message: long ones are cut, so one bad cell cannot
 * flood the list of problems. */
static char *
cell_for_message (const char *s,
                  gsize       len)
{
  const char *end = s + len;
  const char *p = s;
  guint chars = 0;

  while (p < end && chars < 40)
    {
      p = g_utf8_next_char (p);
      chars++;
    }
  if (p >= end)
    return g_strndup (s, len);
  return g_strdup_printf ("%.*s…", (int) (p - s), s);
}

/* ---- Problems ---------------------------------------------------------- */

static GPtrArray *
problem_list_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) qs_problem_free);
}

static gboolean
problems_full (GPtrArray *problems)
{
  return problems->len >= QS_IMPORT_MAX_PROBLEMS;
}

/* Adds a problem unless the list is full; the last one says it is. */
static QsProblem *
add_problem_at (GPtrArray  *problems,
                const char *file,
                guint       line,
                guint       column,
                const char *message)
{
  QsProblem *problem;

  if (problems_full (problems))
    return NULL;
  problem = qs_problem_new (file, line, column, NULL, message);
  g_ptr_array_add (problems, problem);
  if (problems_full (problems))
    g_ptr_array_add (problems, qs_problem_new (file, 0, 0, NULL,
                                               _("too many problems; only the first ones are listed")));
  return problem;
}

static QsProblem *
add_field_problem (GPtrArray   *problems,
                   QsCsvReader *reader,
                   guint        field,
                   const char  *message)
{
  return add_problem_at (problems, qs_csv_reader_get_display_name (reader),
                         qs_csv_reader_get_field_line (reader, field),
                         qs_csv_reader_get_column (reader, field), message);
}

/* The error that goes with a list of problems: the first, and how many more. */
static void
set_problems_error (GError    **error,
                    int         code,
                    GPtrArray  *problems)
{
  g_autofree char *first = qs_problem_to_string (problems->pdata[0]);

  if (problems->len == 1)
    g_set_error_literal (error, QS_IMPORT_ERROR, code, first);
  else
    g_set_error (error, QS_IMPORT_ERROR, code,
                 g_dngettext (GETTEXT_PACKAGE, "%s (and %u more problem)", "%s (and %u more problems)",
                              problems->len - 1),
                 first, problems->len - 1);
}

/* In the order of the file; problems of the whole file (line 0) last. The
 * sort is stable, so problems at one place keep the order they were found. */
static int
compare_problems (gconstpointer a,
                  gconstpointer b)
{
  const QsProblem *x = *(QsProblem *const *) a;
  const QsProblem *y = *(QsProblem *const *) b;
  guint x_line = x->line ? x->line : G_MAXUINT;
  guint y_line = y->line ? y->line : G_MAXUINT;

  if (x_line != y_line)
    return x_line < y_line ? -1 : 1;
  return x->column < y->column ? -1 : x->column > y->column;
}

static void
give_problems (GPtrArray **out,
               GPtrArray  *problems)
{
  if (out)
    *out = g_ptr_array_ref (problems);
}

/* ---- The header -------------------------------------------------------- */

typedef struct
{
  guint   n_columns;
  int    *fields;      /* per column */
  char  **headers;     /* per column, trimmed, for messages */
  int     date_column; /* -1 when there is none */
  int     place_column;
  guint   n_values;
  guint  *value_columns;
  guint  *value_params;
} Header;

static void
header_clear (Header *header)
{
  g_free (header->fields);
  g_strfreev (header->headers);
  g_free (header->value_columns);
  g_free (header->value_params);
}

/* Reads the header row the reader is at. Problems that stop an import go to
 * @problems; columns that are not recognized to @notes. */
static void
read_header (QsImportKind  kind,
             QsCsvReader  *reader,
             Header       *header,
             GPtrArray    *problems,
             GPtrArray    *notes)
{
  guint n = qs_csv_reader_get_n_fields (reader);
  const char *file = qs_csv_reader_get_display_name (reader);
  guint n_params = kind == QS_IMPORT_AIR ? QS_N_POLLUTANTS : QS_N_WATER_PARAMETERS;
  g_autofree int *first_column = g_new (int, FIELD_VALUE + n_params);

  header->n_columns = n;
  header->fields = g_new (int, n);
  header->headers = g_new0 (char *, n + 1);
  header->value_columns = g_new (guint, n);
  header->value_params = g_new (guint, n);
  header->date_column = header->place_column = -1;
  header->n_values = 0;
  for (guint i = 0; i < FIELD_VALUE + n_params; i++)
    first_column[i] = -1;

  for (guint i = 0; i < n; i++)
    {
      gsize len;
      const char *text = qs_csv_reader_get_field (reader, i, &len);
      int field;

      trim_cell (&text, &len);
      header->headers[i] = g_strndup (text, len);
      field = len > 0 ? recognize_header (kind, text, len) : FIELD_UNKNOWN;
      if (field != FIELD_UNKNOWN && first_column[field] >= 0)
        {
          g_autofree char *message =
            g_strdup_printf (_("column “%s” is the same as column %d (“%s”); keep only one of them"),
                             header->headers[i], first_column[field] + 1, header->headers[first_column[field]]);
          add_field_problem (problems, reader, i, message);
          field = FIELD_UNKNOWN;
        }
      else if (field == FIELD_UNKNOWN && len > 0 && notes)
        {
          g_autofree char *key = header_key (text, len);
          g_autofree char *message = NULL;

          if (kind == QS_IMPORT_AIR && (strcmp (key, "o3") == 0 || strcmp (key, "臭氧") == 0))
            message = g_strdup_printf (_("column “%s” is ignored: name it O3_8h (daily maximum 8-hour mean) "
                                         "or O3_1h (daily maximum 1-hour mean)"), header->headers[i]);
          else
            message = g_strdup_printf (_("column “%s” is not recognized and is ignored"), header->headers[i]);
          g_ptr_array_add (notes, qs_problem_new (file, qs_csv_reader_get_field_line (reader, i),
                                                  qs_csv_reader_get_column (reader, i), NULL, message));
        }
      header->fields[i] = field;
      if (field == FIELD_UNKNOWN)
        continue;
      first_column[field] = (int) i;
      if (field == FIELD_DATE)
        header->date_column = (int) i;
      else if (field == FIELD_PLACE)
        header->place_column = (int) i;
      else
        {
          header->value_columns[header->n_values] = i;
          header->value_params[header->n_values] = (guint) (field - FIELD_VALUE);
          header->n_values++;
        }
    }

  if (header->date_column < 0)
    add_problem_at (problems, file, qs_csv_reader_get_line (reader), 1,
                    kind == QS_IMPORT_AIR
                    ? _("no date column (name it 日期, 监测日期 or date)")
                    : _("no date column (name it 采样日期, 监测日期, 日期 or date)"));
  if (header->place_column < 0)
    add_problem_at (problems, file, qs_csv_reader_get_line (reader), 1,
                    kind == QS_IMPORT_AIR
                    ? _("no city column (name it 城市, 城市名称, 站点, 地区, city, region or site)")
                    : _("no section column (name it 断面, 断面名称, 断面编号, section or section id)"));
  if (header->n_values == 0)
    add_problem_at (problems, file, qs_csv_reader_get_line (reader), 1,
                    kind == QS_IMPORT_AIR
                    ? _("no pollutant columns (such as PM2.5, PM10, SO2, NO2, CO, O3_8h or O3_1h)")
                    : _("no water quality columns (such as pH, 溶解氧, 高锰酸盐指数, 氨氮 or 总磷)"));
  g_ptr_array_sort (problems, compare_problems);
}

/* ---- Reading rows ------------------------------------------------------ */

/* The good rows of one city or section. */
typedef struct
{
  char       *id;       /* region code or section id */
  GArray     *days;     /* guint32, in file order */
  GArray     *masks;    /* guint32: which values the row has */
  GArray     *values;   /* double, n_params per row */
  GArray     *lines;    /* guint: the line of each row, for duplicates */
  guint       n_good;   /* rows without problems; the others have mask ROW_BAD */
  guint32     min_day;  /* of the good rows */
  guint32     max_day;
  guint32     last_day; /* of all rows */
  /* Day → index + 1 of the row for it; only made once a row comes out of
   * date order, since until then a day after last_day cannot be a repeat. */
  GHashTable *seen;
  GHashTable *multi;    /* water: days the dataset already has several samples on */
} Place;

struct _QsImportRows
{
  QsImportKind  kind;
  guint         n_params;
  GPtrArray    *places;     /* Place, in order of first appearance */
  GHashTable   *by_id;      /* id → Place */
  guint         n_rows;
};

static void
place_free (Place *place)
{
  g_free (place->id);
  g_array_unref (place->days);
  g_array_unref (place->masks);
  g_array_unref (place->values);
  g_array_unref (place->lines);
  g_clear_pointer (&place->seen, g_hash_table_unref);
  g_clear_pointer (&place->multi, g_hash_table_unref);
  g_free (place);
}

/**
 * qs_import_rows_free:
 * @rows: (transfer full) (nullable): rows from qs_import_read()
 */
void
qs_import_rows_free (QsImportRows *rows)
{
  if (rows == NULL)
    return;
  g_ptr_array_unref (rows->places);
  g_hash_table_unref (rows->by_id);
  g_free (rows);
}

/* A name a city or section may be given by. */
typedef struct
{
  char    *id;
  GString *all_ids;   /* when the name fits several: their ids, else NULL */
} NameEntry;

static void
name_entry_free (NameEntry *entry)
{
  g_free (entry->id);
  if (entry->all_ids)
    g_string_free (entry->all_ids, TRUE);
  g_free (entry);
}

/* What a place cell resolved to, cached by its text: most files repeat a
 * handful of names thousands of times. */
typedef struct
{
  Place     *place;    /* NULL when the text names nothing, or is ambiguous */
  QsProblem *problem;  /* the problem reported on its first row */
  guint      n_rows;   /* rows with that problem */
} Lookup;

typedef struct
{
  QsImportKind   kind;
  QsCsvReader   *reader;
  QsDataset     *dataset;
  Header         header;
  GPtrArray     *problems;
  QsImportRows  *rows;
  GHashTable    *names;    /* normalized name → NameEntry */
  GHashTable    *lookups;  /* cell text → Lookup */
  GHashTable    *multi;    /* water: section id → days with several samples */
  guint32        today;
  double        *row_values;
  gboolean       row_bad;   /* the current row has a problem, listed or not */
} ReadCtx;

/* How names are compared: folded, without spaces, letters in lower case. */
static char *
name_key (const char *text,
          gsize       len)
{
  g_autoptr(GString) folded = g_string_sized_new (len);
  GString *key = g_string_sized_new (len);

  append_folded (folded, text, len);
  for (gsize i = 0; i < folded->len; i++)
    if (folded->str[i] != ' ' && folded->str[i] != '\t')
      g_string_append_c (key, g_ascii_tolower (folded->str[i]));
  return g_string_free (key, FALSE);
}

/* "南昌市" is also "南昌", "Jiangxi Province" also "jiangxi". */
static char *
name_without_suffix (const char *key)
{
  static const char *const suffixes[] = { "市", "省", "city", "province" };
  gsize len = strlen (key);

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      gsize n = strlen (suffixes[i]);
      if (len > n && strcmp (key + len - n, suffixes[i]) == 0)
        return g_strndup (key, len - n);
    }
  return NULL;
}

static void
add_name (GHashTable *names,
          const char *key,
          const char *id)
{
  NameEntry *entry;

  if (*key == '\0')
    return;
  entry = g_hash_table_lookup (names, key);
  if (entry == NULL)
    {
      entry = g_new0 (NameEntry, 1);
      entry->id = g_strdup (id);
      g_hash_table_insert (names, g_strdup (key), entry);
    }
  else if (strcmp (entry->id, id) != 0 &&
           (entry->all_ids == NULL || !strstr (entry->all_ids->str, id)))
    {
      if (entry->all_ids == NULL)
        entry->all_ids = g_string_new (entry->id);
      g_string_append_printf (entry->all_ids, ", %s", id);
    }
}

static void
add_text_names (GHashTable   *names,
                const QsText *text,
                const char   *id,
                gboolean      strip)
{
  for (guint i = 0; text && i < qs_text_get_n_items (text); i++)
    {
      const char *value = qs_text_get_value (text, i);
      g_autofree char *key = name_key (value, strlen (value));
      g_autofree char *stem = strip ? name_without_suffix (key) : NULL;

      add_name (names, key, id);
      if (stem)
        add_name (names, stem, id);
    }
}

static void
build_names (ReadCtx *ctx)
{
  ctx->names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) name_entry_free);
  if (ctx->kind == QS_IMPORT_AIR)
    {
      GPtrArray *regions = qs_dataset_get_regions (ctx->dataset);

      for (guint i = 0; i < regions->len; i++)
        {
          QsRegion *region = regions->pdata[i];
          add_name (ctx->names, region->code, region->code);
          add_text_names (ctx->names, region->name, region->code, TRUE);
        }
    }
  else
    {
      GPtrArray *sections = qs_dataset_get_water_sections (ctx->dataset);
      GPtrArray *samples = qs_dataset_get_water_samples (ctx->dataset);

      for (guint i = 0; i < sections->len; i++)
        {
          QsWaterSection *section = sections->pdata[i];
          g_autofree char *key = name_key (section->id, strlen (section->id));

          add_name (ctx->names, key, section->id);
          add_text_names (ctx->names, section->name, section->id, FALSE);
        }
      /* A date sampled twice already: a row for it could replace either. */
      ctx->multi = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                          (GDestroyNotify) g_hash_table_unref);
      for (guint i = 0; i < samples->len; i++)
        {
          QsWaterSamples *block = samples->pdata[i];
          GHashTable *counts = g_hash_table_lookup (ctx->multi, block->section);

          if (counts == NULL)
            {
              counts = g_hash_table_new (NULL, NULL);
              g_hash_table_insert (ctx->multi, g_strdup (block->section), counts);
            }
          for (guint k = 0; k < block->n_samples; k++)
            {
              gpointer key = GUINT_TO_POINTER (block->dates[k]);
              guint count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, key));
              g_hash_table_insert (counts, key, GUINT_TO_POINTER (count + 1));
            }
        }
    }
}

static Place *
get_place (ReadCtx    *ctx,
           const char *id)
{
  Place *place = g_hash_table_lookup (ctx->rows->by_id, id);

  if (place == NULL)
    {
      GHashTable *counts = ctx->multi ? g_hash_table_lookup (ctx->multi, id) : NULL;

      place = g_new0 (Place, 1);
      place->id = g_strdup (id);
      place->days = g_array_new (FALSE, FALSE, sizeof (guint32));
      place->masks = g_array_new (FALSE, FALSE, sizeof (guint32));
      place->values = g_array_new (FALSE, FALSE, sizeof (double));
      place->lines = g_array_new (FALSE, FALSE, sizeof (guint));
      place->min_day = G_MAXUINT32;
      place->max_day = 0;
      place->multi = counts ? g_hash_table_ref (counts) : NULL;
      g_ptr_array_add (ctx->rows->places, place);
      g_hash_table_insert (ctx->rows->by_id, place->id, place);
    }
  return place;
}

/* A row's mask when the row is bad: it only marks its day as taken. */
#define ROW_BAD 0x80000000u

/* The line of the row already read for @day, or 0. */
static guint
place_first_line (Place   *place,
                  guint32  day)
{
  guint index;

  if (place->days->len == 0 || (place->seen == NULL && day > place->last_day))
    return 0;
  if (place->seen == NULL)
    {
      place->seen = g_hash_table_new (NULL, NULL);
      for (guint i = place->days->len; i > 0; i--)
        g_hash_table_insert (place->seen, GUINT_TO_POINTER (g_array_index (place->days, guint32, i - 1)),
                             GUINT_TO_POINTER (i));
    }
  index = GPOINTER_TO_UINT (g_hash_table_lookup (place->seen, GUINT_TO_POINTER (day)));
  return index > 0 ? g_array_index (place->lines, guint, index - 1) : 0;
}

static void
place_add (Place        *place,
           guint32       day,
           guint32       mask,
           const double *values,
           guint         n_params,
           guint         line)
{
  g_array_append_val (place->days, day);
  g_array_append_val (place->masks, mask);
  g_array_append_val (place->lines, line);
  if (values)
    g_array_append_vals (place->values, values, n_params);
  else
    g_array_set_size (place->values, place->values->len + n_params);
  if (place->seen)
    g_hash_table_insert (place->seen, GUINT_TO_POINTER (day), GUINT_TO_POINTER (place->days->len));
  place->last_day = MAX (place->last_day, day);
  if (mask & ROW_BAD)
    return;
  place->n_good++;
  place->min_day = MIN (place->min_day, day);
  place->max_day = MAX (place->max_day, day);
}

static Lookup *
resolve_place (ReadCtx    *ctx,
               const char *text,
               gsize       len)
{
  g_autofree char *key = name_key (text, len);
  g_autofree char *stem = NULL;
  NameEntry *entry = g_hash_table_lookup (ctx->names, key);
  Lookup *lookup = g_new0 (Lookup, 1);

  if (entry == NULL && ctx->kind == QS_IMPORT_AIR && (stem = name_without_suffix (key)))
    entry = g_hash_table_lookup (ctx->names, stem);
  if (entry && entry->all_ids == NULL)
    lookup->place = get_place (ctx, entry->id);
  return lookup;
}

static void
place_problem (ReadCtx    *ctx,
               Lookup     *lookup,
               const char *text,
               gsize       len,
               guint       field)
{
  g_autofree char *key = name_key (text, len);
  g_autofree char *stem = ctx->kind == QS_IMPORT_AIR ? name_without_suffix (key) : NULL;
  g_autofree char *shown = cell_for_message (text, len);
  g_autofree char *message = NULL;
  NameEntry *entry = g_hash_table_lookup (ctx->names, key);

  lookup->n_rows++;
  if (lookup->n_rows > 1)
    return;
  if (entry == NULL && stem)
    entry = g_hash_table_lookup (ctx->names, stem);
  if (entry && entry->all_ids)
    message = g_strdup_printf (ctx->kind == QS_IMPORT_AIR
                               ? _("“%s” could be any of the regions %s; write the region code instead")
                               : _("“%s” could be any of the sections %s; write the section id instead"),
                               shown, entry->all_ids->str);
  else
    message = g_strdup_printf (ctx->kind == QS_IMPORT_AIR
                               ? _("unknown city “%s” (not in the dataset’s regions)")
                               : _("unknown section “%s” (not in the dataset’s water_sections)"),
                               shown);
  lookup->problem = add_field_problem (ctx->problems, ctx->reader, field, message);
}

static void
row_problem (ReadCtx    *ctx,
             guint       field,
             const char *message)
{
  ctx->row_bad = TRUE;
  add_field_problem (ctx->problems, ctx->reader, field, message);
}

static gboolean
read_row (ReadCtx *ctx)
{
  QsCsvReader *reader = ctx->reader;
  const Header *header = &ctx->header;
  guint n = qs_csv_reader_get_n_fields (reader);
  gboolean date_ok = FALSE, repeat = FALSE;
  const char *text;
  gsize len;
  guint32 day = 0, mask = 0;
  Place *place = NULL;

  ctx->row_bad = FALSE;
  for (guint p = 0; p < ctx->rows->n_params; p++)
    ctx->row_values[p] = NAN;
  if (n < header->n_columns)
    {
      g_autofree char *message =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "this row has %u cell but the header has %u",
                                      "this row has %u cells but the header has %u", n),
                         n, header->n_columns);
      row_problem (ctx, n - 1, message);
      return FALSE;
    }
  for (guint i = header->n_columns; i < n; i++)
    {
      text = qs_csv_reader_get_field (reader, i, &len);
      trim_cell (&text, &len);
      if (len > 0)
        {
          /* Often a comma inside a number (1,234) or a name: the cells
           * after it would land in the wrong columns. */
          g_autofree char *message =
            g_strdup_printf (_("this row has %u cells but the header has %u; is there a separator inside a value?"),
                             n, header->n_columns);
          row_problem (ctx, i, message);
          return FALSE;
        }
    }

  /* The date */
  text = qs_csv_reader_get_field (reader, (guint) header->date_column, &len);
  trim_cell (&text, &len);
  if (len == 0)
    row_problem (ctx, (guint) header->date_column, _("the date is missing"));
  else if (!parse_date_cell (text, len, &day))
    {
      g_autofree char *shown = cell_for_message (text, len);
      g_autofree char *message =
        g_strdup_printf (_("“%s” in column “%s” is not a date (write it as 2024-01-05, 2024/1/5, 2024.1.5 "
                           "or 2024年1月5日)"), shown, header->headers[header->date_column]);
      row_problem (ctx, (guint) header->date_column, message);
    }
  else if (day > ctx->today + 1)
    {
      /* Most likely a mistyped year; it would stretch the city's block
       * with empty days up to that date. */
      g_autofree char *shown = cell_for_message (text, len);
      g_autofree char *message = g_strdup_printf (_("“%s” in column “%s” is a date in the future"),
                                                  shown, header->headers[header->date_column]);
      row_problem (ctx, (guint) header->date_column, message);
    }
  else
    date_ok = TRUE;

  /* The city or section */
  text = qs_csv_reader_get_field (reader, (guint) header->place_column, &len);
  trim_cell (&text, &len);
  if (len == 0)
    row_problem (ctx, (guint) header->place_column,
                 ctx->kind == QS_IMPORT_AIR ? _("the city is missing") : _("the section is missing"));
  else
    {
      g_autofree char *copy = NULL;
      Lookup *lookup;

      /* Fields end in NUL; a trimmed one needs a copy to be a key. */
      if (text[len] != '\0')
        text = copy = g_strndup (text, len);
      lookup = g_hash_table_lookup (ctx->lookups, text);
      if (lookup == NULL)
        {
          lookup = resolve_place (ctx, text, len);
          g_hash_table_insert (ctx->lookups, g_strndup (text, len), lookup);
        }
      if (lookup->place)
        place = lookup->place;
      else
        {
          ctx->row_bad = TRUE;
          place_problem (ctx, lookup, text, len, (guint) header->place_column);
        }
    }

  /* The values */
  for (guint v = 0; v < header->n_values; v++)
    {
      guint column = header->value_columns[v];
      guint param = header->value_params[v];
      g_autofree char *shown = NULL;
      g_autofree char *message = NULL;
      double value, max;

      text = qs_csv_reader_get_field (reader, column, &len);
      trim_cell (&text, &len);
      if (is_missing (text, len))
        continue;
      if (!parse_number (text, len, &value))
        {
          shown = cell_for_message (text, len);
          if (is_below_detection_limit (text, len))
            message = g_strdup_printf (_("“%s” in column “%s” is below the detection limit; write the number "
                                         "to record, or leave the cell empty"), shown, header->headers[column]);
          else
            message = g_strdup_printf (_("“%s” in column “%s” is not a number"), shown, header->headers[column]);
          row_problem (ctx, column, message);
          continue;
        }
      if (ctx->kind == QS_IMPORT_AIR)
        max = param == QS_POLLUTANT_CO ? 1000 : 100000;
      else
        max = param == QS_WATER_PH ? 14 : param == QS_WATER_FECAL_COLIFORM ? 1e9 : 100000;
      if (value < 0)
        {
          shown = cell_for_message (text, len);
          message = g_strdup_printf (_("“%s” in column “%s” is negative"), shown, header->headers[column]);
          row_problem (ctx, column, message);
          continue;
        }
      if (value > max)
        {
          shown = cell_for_message (text, len);
          message = g_strdup_printf (_("“%s” in column “%s” is out of range (at most %.0f)"),
                                     shown, header->headers[column], max);
          row_problem (ctx, column, message);
          continue;
        }
      ctx->row_values[param] = value + 0.0; /* -0 is 0 */
      mask |= 1u << param;
    }

  /* The same place and day twice is a mistake whichever row is right, so
   * every row with a good place and date counts, even one with bad values;
   * the later row is the one reported. */
  if (place && date_ok)
    {
      guint first_line = place_first_line (place, day);
      guint count = place->multi ? GPOINTER_TO_UINT (g_hash_table_lookup (place->multi, GUINT_TO_POINTER (day))) : 0;

      repeat = first_line > 0;
      if (repeat)
        {
          g_autofree char *date = qs_date_to_string (day);
          g_autofree char *shown = NULL;
          g_autofree char *message = NULL;

          text = qs_csv_reader_get_field (reader, (guint) header->place_column, &len);
          trim_cell (&text, &len);
          shown = cell_for_message (text, len);
          message = g_strdup_printf (_("duplicate row: %s on %s is already on line %u"), shown, date, first_line);
          row_problem (ctx, (guint) header->date_column, message);
        }
      else if (count > 1)
        {
          g_autofree char *date = qs_date_to_string (day);
          g_autofree char *message =
            g_strdup_printf (_("section %s already has %u samples on %s, so it is not clear which one "
                               "this row replaces"), place->id, count, date);
          row_problem (ctx, (guint) header->date_column, message);
        }
    }

  if (place && date_ok && ctx->row_bad && !repeat)
    {
      /* Kept only so a later row for the same day is found a repeat. */
      place_add (place, day, ROW_BAD, NULL, ctx->rows->n_params, qs_csv_reader_get_line (reader));
      return FALSE;
    }
  if (ctx->row_bad || !date_ok || place == NULL)
    return FALSE;

  place_add (place, day, mask, ctx->row_values, ctx->rows->n_params, qs_csv_reader_get_line (reader));
  return TRUE;
}

static guint32
today_julian (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) g_date_time_get_day_of_month (now),
                  (GDateMonth) g_date_time_get_month (now), (GDateYear) g_date_time_get_year (now));
  return g_date_get_julian (&date);
}

static void
report_reset (QsImportReport *report)
{
  qs_import_report_clear (report);
  report->notes = problem_list_new ();
}

/**
 * qs_import_read:
 * @kind: what the file holds
 * @csv_path: a CSV file, its first row the header
 * @encoding: its encoding, or %QS_CSV_ENCODING_AUTO to detect it
 * @dataset: the dataset the rows will go into; cities and sections are
 *   looked up in it
 * @skip_bad_rows: whether rows with problems are left out instead of
 *   stopping the import
 * @report: (out caller-allocates) (optional): filled with the counts,
 *   encoding, separator and notes; initialise it with `{ 0 }`
 * @problems: (out) (optional) (transfer full) (element-type QsProblem): every
 *   problem found, `FILE:LINE:COLUMN` each, also when rows were skipped
 * @error: return location for a %QS_IMPORT_ERROR_CSV error
 *
 * Reads and checks every row of a monitoring CSV file.
 *
 * Returns: (transfer full) (nullable): the good rows, or %NULL when the file
 *   cannot be imported (it has problems and @skip_bad_rows is not set, its
 *   header lacks a column, or no row is good)
 */
QsImportRows *
qs_import_read (QsImportKind     kind,
                const char      *csv_path,
                QsCsvEncoding    encoding,
                QsDataset       *dataset,
                gboolean         skip_bad_rows,
                QsImportReport  *report,
                GPtrArray      **problems,
                GError         **error)
{
  g_autoptr(GPtrArray) found = problem_list_new ();
  g_autoptr(QsCsvReader) reader = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(QsImportRows) rows = NULL;
  g_autoptr(GHashTable) lookups = NULL;
  g_autoptr(GHashTable) names = NULL;
  g_autoptr(GHashTable) multi = NULL;
  g_autofree char *display = g_filename_display_name (csv_path);
  g_autofree double *row_values = NULL;
  QsImportReport local_report = { 0 };
  ReadCtx ctx = { 0 };
  guint rows_read = 0, rows_good = 0, rows_bad = 0;

  g_return_val_if_fail (kind == QS_IMPORT_AIR || kind == QS_IMPORT_WATER, NULL);
  g_return_val_if_fail (QS_IS_DATASET (dataset), NULL);

  if (report == NULL)
    report = &local_report;
  report_reset (report);
  if (problems)
    *problems = NULL;

  reader = qs_csv_reader_new_for_path (csv_path, encoding, &local_error);
  if (reader == NULL || !qs_csv_reader_next_row (reader, &local_error))
    {
      if (local_error)
        g_ptr_array_add (found, qs_problem_new_located (display, local_error->message));
      else
        g_ptr_array_add (found, qs_problem_new (display, 0, 0, NULL, _("the file is empty")));
      goto failed;
    }

  rows = g_new0 (QsImportRows, 1);
  rows->kind = kind;
  rows->n_params = kind == QS_IMPORT_AIR ? QS_N_POLLUTANTS : QS_N_WATER_PARAMETERS;
  rows->places = g_ptr_array_new_with_free_func ((GDestroyNotify) place_free);
  rows->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  row_values = g_new0 (double, rows->n_params);

  ctx.kind = kind;
  ctx.reader = reader;
  ctx.dataset = dataset;
  ctx.problems = found;
  ctx.rows = rows;
  ctx.lookups = lookups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  ctx.today = today_julian ();
  ctx.row_values = row_values;

  read_header (kind, reader, &ctx.header, found, report->notes);
  if (found->len > 0)
    {
      header_clear (&ctx.header);
      goto failed;
    }
  build_names (&ctx);
  names = ctx.names;
  multi = ctx.multi;

  while (qs_csv_reader_next_row (reader, &local_error))
    {
      rows_read++;
      if (read_row (&ctx))
        rows_good++;
      else
        rows_bad++;
    }
  header_clear (&ctx.header);
  report->encoding = qs_csv_reader_get_encoding (reader);
  report->separator = qs_csv_reader_get_separator (reader);
  report->rows_read = rows_read;
  report->rows_with_problems = rows_bad;

  /* Say on how many rows an unknown name was, instead of listing them all. */
  {
    GHashTableIter iter;
    Lookup *lookup;

    g_hash_table_iter_init (&iter, lookups);
    while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &lookup))
      if (lookup->problem && lookup->n_rows > 1)
        {
          char *message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, on %u row", "%s, on %u rows",
                                                        lookup->n_rows),
                                           lookup->problem->message, lookup->n_rows);
          g_free (lookup->problem->message);
          lookup->problem->message = message;
        }
  }

  g_ptr_array_sort (found, compare_problems);
  if (local_error)
    {
      /* Encoding or quoting broken part way: the rest cannot be read. */
      if (!problems_full (found))
        g_ptr_array_add (found, qs_problem_new_located (display, local_error->message));
      goto failed;
    }
  if (rows_read == 0)
    {
      g_ptr_array_add (found, qs_problem_new (display, 0, 0, NULL, _("the file has a header but no rows of data")));
      goto failed;
    }
  if (rows_bad > 0 && !skip_bad_rows)
    goto failed;
  if (rows_good == 0)
    {
      if (!problems_full (found))
        g_ptr_array_add (found, qs_problem_new (display, 0, 0, NULL,
                                                _("no row can be imported: every row has a problem")));
      goto failed;
    }

  rows->n_rows = rows_good;
  report->rows_imported = rows_good;
  report->rows_skipped = rows_bad;
  if (problems)
    *problems = g_steal_pointer (&found);
  qs_import_report_clear (&local_report);
  return g_steal_pointer (&rows);

failed:
  if (reader)
    {
      report->encoding = qs_csv_reader_get_encoding (reader);
      report->separator = qs_csv_reader_get_separator (reader);
    }
  report->rows_imported = report->rows_skipped = 0;
  set_problems_error (error, QS_IMPORT_ERROR_CSV, found);
  give_problems (problems, found);
  qs_import_report_clear (&local_report);
  return NULL;
}

/* ---- Preview ----------------------------------------------------------- */

/**
 * qs_import_preview:
 * @kind: what the file holds
 * @csv_path: a CSV file
 * @encoding: its encoding, or %QS_CSV_ENCODING_AUTO to detect it
 * @n_rows: how many rows of data to return at most
 * @error: return location for a %QS_IMPORT_ERROR_CSV error
 *
 * Reads the header and the first rows of a file, without a dataset, so a
 * user can see how it will be understood before importing it.
 *
 * Returns: (transfer full) (nullable): the preview, or %NULL if the file
 *   cannot be read at all
 */
QsImportPreview *
qs_import_preview (QsImportKind     kind,
                   const char      *csv_path,
                   QsCsvEncoding    encoding,
                   guint            n_rows,
                   GError         **error)
{
  g_autoptr(QsCsvReader) reader = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(QsImportPreview) preview = NULL;
  g_autofree char *display = g_filename_display_name (csv_path);
  Header header = { 0 };

  g_return_val_if_fail (kind == QS_IMPORT_AIR || kind == QS_IMPORT_WATER, NULL);

  reader = qs_csv_reader_new_for_path (csv_path, encoding, &local_error);
  if (reader == NULL || !qs_csv_reader_next_row (reader, &local_error))
    {
      if (local_error)
        g_set_error_literal (error, QS_IMPORT_ERROR, QS_IMPORT_ERROR_CSV, local_error->message);
      else
        g_set_error (error, QS_IMPORT_ERROR, QS_IMPORT_ERROR_CSV, "%s: %s", display, _("the file is empty"));
      return NULL;
    }

  preview = g_new0 (QsImportPreview, 1);
  preview->problems = problem_list_new ();
  preview->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  read_header (kind, reader, &header, preview->problems, NULL);
  preview->n_columns = header.n_columns;
  preview->columns = g_new0 (QsImportColumn, header.n_columns);
  for (guint i = 0; i < header.n_columns; i++)
    {
      preview->columns[i].header = g_strdup (header.headers[i]);
      preview->columns[i].key = field_key (kind, header.fields[i]);
      preview->columns[i].label = field_label (kind, header.fields[i]);
    }
  header_clear (&header);

  while (preview->rows->len < n_rows && qs_csv_reader_next_row (reader, &local_error))
    {
      guint n = qs_csv_reader_get_n_fields (reader);
      char **cells = g_new0 (char *, n + 1);

      for (guint i = 0; i < n; i++)
        {
          gsize len;
          const char *text = qs_csv_reader_get_field (reader, i, &len);
          cells[i] = g_strndup (text, len);
        }
      g_ptr_array_add (preview->rows, cells);
    }
  if (local_error)
    g_ptr_array_add (preview->problems, qs_problem_new_located (display, local_error->message));
  preview->encoding = qs_csv_reader_get_encoding (reader);
  preview->separator = qs_csv_reader_get_separator (reader);
  return g_steal_pointer (&preview);
}

/**
 * qs_import_preview_free:
 * @preview: (transfer full) (nullable): a preview
 */
void
qs_import_preview_free (QsImportPreview *preview)
{
  if (preview == NULL)
    return;
  for (guint i = 0; i < preview->n_columns; i++)
    g_free (preview->columns[i].header);
  g_free (preview->columns);
  g_ptr_array_unref (preview->rows);
  g_ptr_array_unref (preview->problems);
  g_free (preview);
}

/* ---- Merging ----------------------------------------------------------- */

/* One value of a column being merged. */
typedef struct
{
  const char *text;   /* the number as the dataset writes it, or NULL */
  gsize       len;
  double      value;  /* when text is NULL: a new value, or NaN for null */
} Cell;

/* A list to put where a marker is: an untouched long column of the dataset,
 * copied from its text, or a merged column. */
typedef struct
{
  const char *span;      /* from `[` to `]` */
  gsize       span_len;
  Cell       *cells;
  guint       n_cells;
} OutColumn;

typedef struct
{
  const QsImportRows *rows;
  GPtrArray          *columns;   /* OutColumn; a marker's number indexes it */
  char               *marker;    /* "\x01" NONCE ":" */
  gsize               marker_len;
  GStringChunk       *pool;      /* number texts of short lists */
  GString            *scratch;
} Merge;

static void
out_column_free (OutColumn *column)
{
  g_free (column->cells);
  g_free (column);
}

static const Cell null_cell = { NULL, 0, NAN };

static JsonNode *
marker_node (Merge *m,
             guint  index)
{
  g_autofree char *text = g_strdup_printf ("%s%u", m->marker, index);
  JsonNode *node = json_node_new (JSON_NODE_VALUE);

  json_node_set_string (node, text);
  return node;
}

static gboolean
node_marker (Merge    *m,
             JsonNode *node,
             guint    *index)
{
  const char *text;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return FALSE;
  text = json_node_get_string (node);
  if (strncmp (text, m->marker, m->marker_len) != 0)
    return FALSE;
  *index = (guint) strtoul (text + m->marker_len, NULL, 10);
  return *index < m->columns->len;
}

/* Steps over the elements of a list as written, `[1, 2.50, null]`. */
static gboolean
span_next (const char **p,
           const char  *end,
           const char **token,
           gsize       *len)
{
  const char *s = *p;

  while (s < end && (*s == '[' || *s == ',' || *s == ' ' || *s == '\t' || *s == '\n' || *s == '\r'))
    s++;
  if (s >= end || *s == ']')
    {
      *p = s;
      return FALSE;
    }
  *token = s;
  while (s < end && *s != ',' && *s != ']' && *s != ' ' && *s != '\t' && *s != '\n' && *s != '\r')
    s++;
  *len = (gsize) (s - *token);
  *p = s;
  return TRUE;
}

/* The values of an existing column, a long one's as written. */
static Cell *
column_cells (Merge    *m,
              JsonNode *node,
              guint    *n)
{
  guint index;
  Cell *cells;

  if (node_marker (m, node, &index))
    {
      OutColumn *column = m->columns->pdata[index];
      const char *p = column->span, *end = column->span + column->span_len;
      const char *token;
      gsize len;
      guint i = 0;

      cells = g_new (Cell, MAX (column->n_cells, 1));
      while (i < column->n_cells && span_next (&p, end, &token, &len))
        {
          if (len == 4 && memcmp (token, "null", 4) == 0)
            cells[i++] = null_cell;
          else
            cells[i++] = (Cell) { token, len, 0 };
        }
      *n = i;
      return cells;
    }
  else
    {
      JsonArray *array = json_node_get_array (node);
      guint count = json_array_get_length (array);

      cells = g_new (Cell, MAX (count, 1));
      for (guint i = 0; i < count; i++)
        {
          JsonNode *element = json_array_get_element (array, i);

          if (JSON_NODE_HOLDS_NULL (element))
            cells[i] = null_cell;
          else
            {
              /* As qs_json_to_string() would print it. */
              g_string_truncate (m->scratch, 0);
              if (json_node_get_value_type (element) == G_TYPE_INT64)
                g_string_append_printf (m->scratch, "%" G_GINT64_FORMAT, json_node_get_int (element));
              else
                qs_json_append_double (m->scratch, json_node_get_double (element));
              cells[i].text = g_string_chunk_insert_len (m->pool, m->scratch->str, (gssize) m->scratch->len);
              cells[i].len = m->scratch->len;
              cells[i].value = 0;
            }
        }
      *n = count;
      return cells;
    }
}

static guint
column_length (Merge    *m,
               JsonNode *node)
{
  guint index;

  if (node_marker (m, node, &index))
    return ((OutColumn *) m->columns->pdata[index])->n_cells;
  return JSON_NODE_HOLDS_ARRAY (node) ? json_array_get_length (json_node_get_array (node)) : 0;
}

static void
set_column (Merge      *m,
            JsonObject *object,
            const char *key,
            Cell       *cells,
            guint       n)
{
  OutColumn *column = g_new0 (OutColumn, 1);

  column->cells = cells;
  column->n_cells = n;
  g_ptr_array_add (m->columns, column);
  json_object_set_member (object, key, marker_node (m, m->columns->len - 1));
}

static Cell *
null_cells (guint n)
{
  Cell *cells = g_new (Cell, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    cells[i] = null_cell;
  return cells;
}

/* Blocks of @array whose @key is @id, in order. */
static GArray *
find_blocks (JsonArray  *array,
             const char *key,
             const char *id)
{
  GArray *found = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      JsonObject *object = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      const char *value = object ? json_object_get_string_member_with_default (object, key, NULL) : NULL;

      if (value && strcmp (value, id) == 0)
        g_array_append_val (found, i);
    }
  return found;
}

static void
remove_blocks (JsonArray *array,
               GArray    *found)
{
  /* All but the first, from the last so the indices stay right. */
  for (guint i = found->len; i > 1; i--)
    json_array_remove_element (array, g_array_index (found, guint, i - 1));
}

/* Puts a city's rows into its block: the block's days are extended to
 * cover them, with null for days nobody gave; a value replaces the one for
 * the same day and pollutant, and a missing cell leaves it as it was. A
 * city with several blocks gets them joined into one. */
static void
merge_air_place (Merge     *m,
                 JsonArray *blocks,
                 Place     *place)
{
  g_autoptr(GArray) found = find_blocks (blocks, "region", place->id);
  Cell *columns[QS_N_POLLUTANTS] = { NULL };
  guint32 lo = place->min_day, hi = place->max_day;
  JsonObject *target;
  guint n;
  g_autofree char *start = NULL;

  for (guint b = 0; b < found->len; b++)
    {
      JsonObject *block = json_array_get_object_element (blocks, g_array_index (found, guint, b));
      guint32 first = 0;
      guint len = 0;

      qs_date_parse (json_object_get_string_member (block, "start"), &first);
      for (QsPollutant p = 0; p < QS_N_POLLUTANTS && len == 0; p++)
        if (json_object_has_member (block, qs_pollutant_to_string (p)))
          len = column_length (m, json_object_get_member (block, qs_pollutant_to_string (p)));
      if (len == 0)
        continue;
      lo = MIN (lo, first);
      hi = MAX (hi, first + len - 1);
    }
  n = hi - lo + 1;

  for (guint b = 0; b < found->len; b++)
    {
      JsonObject *block = json_array_get_object_element (blocks, g_array_index (found, guint, b));
      guint32 first = 0;

      qs_date_parse (json_object_get_string_member (block, "start"), &first);
      for (QsPollutant p = 0; p < QS_N_POLLUTANTS; p++)
        {
          JsonNode *node = json_object_get_member (block, qs_pollutant_to_string (p));
          g_autofree Cell *cells = NULL;
          guint count;

          if (node == NULL)
            continue;
          cells = column_cells (m, node, &count);
          if (columns[p] == NULL)
            columns[p] = null_cells (n);
          /* A later block wins where both have a value. */
          for (guint i = 0; i < count; i++)
            if (cells[i].text)
              columns[p][first - lo + i] = cells[i];
        }
    }

  for (guint r = 0; r < place->days->len; r++)
    {
      guint32 offset = g_array_index (place->days, guint32, r) - lo;
      guint32 mask = g_array_index (place->masks, guint32, r);
      const double *values = &g_array_index (place->values, double, (gsize) r * QS_N_POLLUTANTS);

      for (QsPollutant p = 0; p < QS_N_POLLUTANTS; p++)
        if (mask & (1u << p))
          {
            if (columns[p] == NULL)
              columns[p] = null_cells (n);
            columns[p][offset] = (Cell) { NULL, 0, values[p] };
          }
    }

  /* Rows for a new place whose every cell is missing bring no value: a
   * block with no column would not be a valid dataset. */
  if (found->len == 0)
    {
      gboolean any = FALSE;

      for (QsPollutant p = 0; p < QS_N_POLLUTANTS; p++)
        any |= columns[p] != NULL;
      if (!any)
        return;
    }

  start = qs_date_to_string (lo);
  if (found->len > 0)
    target = json_array_get_object_element (blocks, g_array_index (found, guint, 0));
  else
    {
      target = json_object_new ();
      json_object_set_string_member (target, "region", place->id);
      json_array_add_object_element (blocks, target);
    }
  json_object_set_string_member (target, "start", start);
  for (QsPollutant p = 0; p < QS_N_POLLUTANTS; p++)
    if (columns[p])
      set_column (m, target, qs_pollutant_to_string (p), columns[p], n);
  remove_blocks (blocks, found);
}

typedef struct
{
  guint32 day;
  guint   block;  /* index into the found blocks */
  guint   index;  /* sample within the block */
} Sample;

static int
compare_samples (gconstpointer a,
                 gconstpointer b)
{
  const Sample *x = a, *y = b;

  if (x->day != y->day)
    return x->day < y->day ? -1 : 1;
  if (x->block != y->block)
    return x->block < y->block ? -1 : 1;
  return x->index < y->index ? -1 : x->index > y->index;
}

static int
compare_rows_by_day (gconstpointer a,
                     gconstpointer b,
                     gpointer      user_data)
{
  const guint32 *days = user_data;
  guint32 x = days[*(const guint *) a], y = days[*(const guint *) b];

  return x < y ? -1 : x > y;
}

/* Puts a section's rows among its samples, in date order; a row for a date
 * already sampled replaces the values it has and leaves the others. */
static void
merge_water_place (Merge     *m,
                   JsonArray *blocks,
                   Place     *place)
{
  g_autoptr(GArray) found = find_blocks (blocks, "section", place->id);
  g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (Sample));
  g_autofree guint *order = g_new (guint, MAX (place->days->len, 1));
  g_autofree Cell **old = g_new0 (Cell *, (gsize) MAX (found->len, 1) * QS_N_WATER_PARAMETERS);
  Cell *columns[QS_N_WATER_PARAMETERS] = { NULL };
  const guint32 *days = (const guint32 *) (gpointer) place->days->data;
  guint32 present = 0;
  JsonArray *dates;
  JsonObject *target;
  guint n = 0, s = 0, r = 0, n_rows = 0;

  /* The samples there are, in date order. */
  for (guint b = 0; b < found->len; b++)
    {
      JsonObject *block = json_array_get_object_element (blocks, g_array_index (found, guint, b));
      JsonArray *block_dates = json_object_get_array_member (block, "dates");

      for (guint i = 0; i < json_array_get_length (block_dates); i++)
        {
          Sample sample = { 0, b, i };
          qs_date_parse (json_array_get_string_element (block_dates, i), &sample.day);
          g_array_append_val (samples, sample);
        }
      for (QsWaterParameter p = 0; p < QS_N_WATER_PARAMETERS; p++)
        {
          JsonNode *node = json_object_get_member (block, qs_water_parameter_to_string (p));
          guint count;

          if (node == NULL)
            continue;
          old[b * QS_N_WATER_PARAMETERS + p] = column_cells (m, node, &count);
          present |= 1u << p;
        }
    }
  if (found->len > 1)
    g_array_sort (samples, compare_samples);

  for (guint i = 0; i < place->days->len; i++)
    {
      guint32 mask = g_array_index (place->masks, guint32, i);

      if (mask & ROW_BAD)
        continue;
      order[n_rows++] = i;
      present |= mask;
    }
  g_qsort_with_data (order, (gint) n_rows, sizeof (guint), compare_rows_by_day, (gpointer) days);

  /* Count the merged samples: a row on a sampled date adds none. */
  while (s < samples->len || r < n_rows)
    {
      if (r == n_rows ||
          (s < samples->len && g_array_index (samples, Sample, s).day < days[order[r]]))
        s++;
      else if (s == samples->len || days[order[r]] < g_array_index (samples, Sample, s).day)
        r++;
      else
        s++, r++;
      n++;
    }
  for (QsWaterParameter p = 0; p < QS_N_WATER_PARAMETERS; p++)
    if (present & (1u << p))
      columns[p] = null_cells (n);

  dates = json_array_sized_new (n);
  s = r = 0;
  for (guint k = 0; k < n; k++)
    {
      gboolean from_sample = FALSE, from_row = FALSE;
      guint32 day;
      g_autofree char *text = NULL;

      if (r == n_rows ||
          (s < samples->len && g_array_index (samples, Sample, s).day < days[order[r]]))
        from_sample = TRUE;
      else if (s == samples->len || days[order[r]] < g_array_index (samples, Sample, s).day)
        from_row = TRUE;
      else
        from_sample = from_row = TRUE;

      if (from_sample)
        {
          const Sample *sample = &g_array_index (samples, Sample, s++);

          day = sample->day;
          for (QsWaterParameter p = 0; p < QS_N_WATER_PARAMETERS; p++)
            {
              Cell *cells = old[sample->block * QS_N_WATER_PARAMETERS + p];
              if (cells)
                columns[p][k] = cells[sample->index];
            }
        }
      if (from_row)
        {
          guint row = order[r++];
          guint32 mask = g_array_index (place->masks, guint32, row);
          const double *values = &g_array_index (place->values, double, (gsize) row * QS_N_WATER_PARAMETERS);

          day = days[row];
          for (QsWaterParameter p = 0; p < QS_N_WATER_PARAMETERS; p++)
            if (mask & (1u << p))
              columns[p][k] = (Cell) { NULL, 0, values[p] };
        }
      text = qs_date_to_string (day);
      json_array_add_string_element (dates, text);
    }

  if (found->len > 0)
    target = json_array_get_object_element (blocks, g_array_index (found, guint, 0));
  else
    {
      target = json_object_new ();
      json_object_set_string_member (target, "section", place->id);
      json_array_add_object_element (blocks, target);
    }
  json_object_set_array_member (target, "dates", dates);
  for (QsWaterParameter p = 0; p < QS_N_WATER_PARAMETERS; p++)
    if (columns[p])
      set_column (m, target, qs_water_parameter_to_string (p), columns[p], n);
  for (guint i = 0; i < found->len * QS_N_WATER_PARAMETERS; i++)
    g_free (old[i]);
  remove_blocks (blocks, found);
}

static JsonNode *
get_or_add (JsonObject *object,
            const char *key,
            JsonNodeType type)
{
  JsonNode *node = json_object_get_member (object, key);

  if (node == NULL)
    {
      if (type == JSON_NODE_OBJECT)
        json_object_set_object_member (object, key, json_object_new ());
      else
        json_object_set_array_member (object, key, json_array_new ());
      node = json_object_get_member (object, key);
    }
  return node;
}

/* ---- Writing lists ----------------------------------------------------- */

static const double powers_of_ten[] = { 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9 };

static void
append_uint (GString *out,
             guint64  value,
             guint    min_digits)
{
  char buf[24];
  guint i = sizeof buf;

  do
    {
      buf[--i] = (char) ('0' + value % 10);
      value /= 10;
    }
  while (value > 0 || sizeof buf - i < min_digits);
  g_string_append_len (out, buf + i, (gssize) (sizeof buf - i));
}

/* A new value, the way people write it: 35, 0.8, 0.00005. Monitoring data
 * have few decimals, so this almost never needs the slow general way (a
 * printf per digit count), which would take a third of an import's time. */
static void
append_number (GString *out,
               double   value)
{
  double magnitude = fabs (value);

  if (value == 0)
    {
      g_string_append_c (out, '0');
      return;
    }
  if (value < 0)
    g_string_append_c (out, '-');
  if (magnitude == floor (magnitude) && magnitude < 1e15)
    {
      append_uint (out, (guint64) magnitude, 1);
      return;
    }
  for (guint k = 1; k < G_N_ELEMENTS (powers_of_ten); k++)
    {
      double scaled = round (magnitude * powers_of_ten[k]);

      /* An integer below 2^53 divided by an exact power of ten is rounded
       * once, as reading "scaled / 10^k" back would be. */
      if (scaled < 9007199254740992.0 && scaled / powers_of_ten[k] == magnitude)
        {
          guint64 digits = (guint64) scaled;
          guint64 unit = (guint64) powers_of_ten[k];

          append_uint (out, digits / unit, 1);
          g_string_append_c (out, '.');
          append_uint (out, digits % unit, k);
          return;
        }
    }
  qs_json_append_double (out, magnitude);
}

static void
append_cell (GString    *out,
             const Cell *cell)
{
  if (cell->text)
    g_string_append_len (out, cell->text, (gssize) cell->len);
  else if (isnan (cell->value))
    g_string_append_len (out, "null", 4);
  else
    append_number (out, cell->value);
}

/* A list of numbers, on one line: `[35, 41, null]`, or `[35,41,null]` in a
 * compact file. qs_json_to_string() would put each number on a line of its
 * own when pretty; for ten years of daily data that makes the file four
 * times as long and four times as slow to load, and no easier to read. */
static void
append_column (GString         *out,
               const OutColumn *column,
               gboolean         pretty)
{
  const char *separator = pretty ? ", " : ",";
  gsize separator_len = pretty ? 2 : 1;

  g_string_append_c (out, '[');
  if (column->cells)
    {
      for (guint i = 0; i < column->n_cells; i++)
        {
          if (i > 0)
            g_string_append_len (out, separator, (gssize) separator_len);
          append_cell (out, &column->cells[i]);
        }
    }
  else
    {
      const char *p = column->span, *end = column->span + column->span_len;
      const char *token;
      gsize len;
      gboolean first = TRUE;

      while (span_next (&p, end, &token, &len))
        {
          if (!first)
            g_string_append_len (out, separator, (gssize) separator_len);
          g_string_append_len (out, token, (gssize) len);
          first = FALSE;
        }
    }
  g_string_append_c (out, ']');
}

/* Prints the tree and puts each list where its marker is. */
static GString *
print_merged (Merge    *m,
              JsonNode *root,
              gboolean  pretty,
              gsize     size_hint)
{
  g_autofree char *text = qs_json_to_string (root, pretty);
  /* qs_json_to_string() escapes the marker's \x01. */
  g_autofree char *needle = g_strdup_printf ("\"\\u0001%s", m->marker + 1);
  gsize needle_len = strlen (needle);
  GString *out = g_string_sized_new (size_hint + strlen (text));
  const char *p = text;
  const char *hit;

  while ((hit = strstr (p, needle)))
    {
      char *end;
      guint index;

      g_string_append_len (out, p, hit - p);
      index = (guint) strtoul (hit + needle_len, &end, 10);
      g_assert (*end == '"' && index < m->columns->len);
      append_column (out, m->columns->pdata[index], pretty);
      p = end + 1;
    }
  g_string_append (out, p);
  return out;
}

/**
 * qs_import_merge:
 * @rows: rows from qs_import_read()
 * @dataset_json: the dataset file's contents; it must be valid
 * @display_name: the dataset's name in messages
 * @error: return location for a %QS_IMPORT_ERROR_DATASET error
 *
 * Merges @rows into the dataset text. Air rows go into their city's
 * `observations.air_daily` block, water rows among their section's
 * `observations.water_samples`. The text keeps its layout: compact if it
 * was written on one line, else indented.
 *
 * Returns: (transfer full) (nullable): the merged dataset text, not yet
 *   checked
 */
GBytes *
qs_import_merge (QsImportRows  *rows,
                 GBytes        *dataset_json,
                 const char    *display_name,
                 GError       **error)
{
  g_autoptr(GArray) guard_columns = g_array_new (FALSE, FALSE, sizeof (QsJsonColumn));
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GPtrArray) columns = NULL;
  g_autoptr(GStringChunk) pool = NULL;
  g_autoptr(GString) scratch = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *guard_message = NULL;
  g_autofree char *patched = NULL;
  g_autofree char *marker = NULL;
  GString *out;
  gsize len, span_total = 0, last;
  const char *data = g_bytes_get_data (dataset_json, &len);
  JsonNode *root_node;
  JsonObject *root, *observations;
  JsonArray *blocks;
  guint line, column;
  gboolean pretty, final_newline;
  Merge m = { 0 };

  g_return_val_if_fail (rows != NULL, NULL);
  g_return_val_if_fail (dataset_json != NULL, NULL);

  if (len >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    data += 3, len -= 3;

  /* Written compact (one line, maybe with a final line break) or indented. */
  last = len;
  while (last > 0 && g_ascii_isspace (data[last - 1]))
    last--;
  pretty = memchr (data, '\n', last) != NULL;
  final_newline = last < len && memchr (data + last, '\n', len - last) != NULL;

  if (!qs_json_guard_check (data, len, &line, &column, &guard_message, guard_columns))
    {
      g_set_error (error, QS_IMPORT_ERROR, QS_IMPORT_ERROR_DATASET, "%s:%u:%u: %s",
                   display_name, line, column, guard_message);
      return NULL;
    }

  marker = g_strdup_printf ("\x01%08x%08x:", g_random_int (), g_random_int ());
  columns = g_ptr_array_new_with_free_func ((GDestroyNotify) out_column_free);
  patched = g_memdup2 (data, len);
  for (guint i = 0; i < guard_columns->len; i++)
    {
      QsJsonColumn *c = &g_array_index (guard_columns, QsJsonColumn, i);
      g_autofree char *text = g_strdup_printf ("\"\\u0001%s%u\"", marker + 1, i);
      gsize n = strlen (text);
      OutColumn *out_column = g_new0 (OutColumn, 1);

      g_assert (n <= c->end - c->start);
      memcpy (patched + c->start, text, n);
      memset (patched + c->start + n, ' ', c->end - c->start - n);
      out_column->span = data + c->start;
      out_column->span_len = c->end - c->start;
      out_column->n_cells = c->count;
      g_ptr_array_add (columns, out_column);
      span_total += c->end - c->start;
    }

  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, patched, (gssize) len, &local_error))
    {
      g_set_error (error, QS_IMPORT_ERROR, QS_IMPORT_ERROR_DATASET, "%s: %s", display_name, local_error->message);
      return NULL;
    }
  root_node = json_parser_get_root (parser);
  if (root_node == NULL || !JSON_NODE_HOLDS_OBJECT (root_node))
    {
      g_set_error (error, QS_IMPORT_ERROR, QS_IMPORT_ERROR_DATASET, _("%s: not a dataset"), display_name);
      return NULL;
    }

  pool = g_string_chunk_new (4096);
  scratch = g_string_new (NULL);
  m.rows = rows;
  m.columns = columns;
  m.marker = marker;
  m.marker_len = strlen (marker);
  m.pool = pool;
  m.scratch = scratch;

  root = json_node_get_object (root_node);
  observations = json_node_get_object (get_or_add (root, "observations", JSON_NODE_OBJECT));
  blocks = json_node_get_array (get_or_add (observations,
                                            rows->kind == QS_IMPORT_AIR ? "air_daily" : "water_samples",
                                            JSON_NODE_ARRAY));
  for (guint i = 0; i < rows->places->len; i++)
    {
      Place *place = rows->places->pdata[i];

      if (place->n_good == 0)
        continue;
      if (rows->kind == QS_IMPORT_AIR)
        merge_air_place (&m, blocks, place);
      else
        merge_water_place (&m, blocks, place);
    }

  out = print_merged (&m, root_node, pretty, span_total + (gsize) rows->n_rows * rows->n_params * 4);
  if (final_newline)
    g_string_append_c (out, '\n');
  return g_string_free_to_bytes (out);
}

/* ---- Writing the file -------------------------------------------------- */

static gboolean
write_bytes (GOutputStream  *out,
             gpointer        user_data,
             GError        **error)
{
  GBytes *bytes = user_data;
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);

  return g_output_stream_write_all (out, data, len, NULL, NULL, error);
}

/**
 * qs_import_write:
 * @dataset_path: the dataset file
 * @merged_json: its new contents, from qs_import_merge()
 * @report: (optional): where the backup's name is put
 * @problems: (out) (optional) (transfer full) (element-type QsProblem): why
 *   the merged dataset is not valid, if it is not
 * @error: return location for an error
 *
 * Checks @merged_json as a dataset and, only if it is valid, writes it over
 * @dataset_path, keeping the previous version as `PATH~`; then loads the
 * written file back.
 *
 * Returns: %TRUE if the file was written and loads
 */
gboolean
qs_import_write (const char      *dataset_path,
                 GBytes          *merged_json,
                 QsImportReport  *report,
                 GPtrArray      **problems,
                 GError         **error)
{
  g_autofree char *display = g_filename_display_name (dataset_path);
  g_autofree char *backup = g_strconcat (dataset_path, "~", NULL);
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(QsDataset) check = NULL;

  if (problems)
    *problems = NULL;

  check = qs_dataset_loader_load_bytes (merged_json, display, NULL, NULL, NULL, &found, &local_error);
  if (check == NULL)
    {
      g_set_error (error, QS_IMPORT_ERROR, QS_IMPORT_ERROR_DATASET,
                   _("%s: the merged dataset would not be valid, so nothing was written: %s"),
                   display, local_error->message);
      if (found)
        give_problems (problems, found);
      return FALSE;
    }
  g_clear_object (&check);

  if (!qs_file_write_atomic (dataset_path, TRUE, write_bytes, merged_json, &local_error))
    {
      g_set_error_literal (error, QS_IMPORT_ERROR, QS_IMPORT_ERROR_IO, local_error->message);
      return FALSE;
    }
  if (report)
    {
      g_free (report->backup_path);
      report->backup_path = g_strdup (backup);
    }

  g_clear_pointer (&found, g_ptr_array_unref);
  check = qs_dataset_loader_load_path (dataset_path, NULL, NULL, NULL, &found, &local_error);
  if (check == NULL)
    {
      g_autofree char *backup_display = g_filename_display_name (backup);
      g_set_error (error, QS_IMPORT_ERROR, QS_IMPORT_ERROR_IO,
                   _("%s was written but does not load back (%s); the previous version is %s"),
                   display, local_error->message, backup_display);
      if (found)
        give_problems (problems, found);
      return FALSE;
    }
  return TRUE;
}

/**
 * qs_import_into_file:
 * @kind: what the CSV file holds
 * @csv_path: the CSV file
 * @encoding: its encoding, or %QS_CSV_ENCODING_AUTO to detect it
 * @dataset_path: the dataset file (JSON) to merge the rows into
 * @skip_bad_rows: whether rows with problems are left out instead of
 *   stopping the import
 * @report: (out caller-allocates) (optional): what was done; initialise it
 *   with `{ 0 }`
 * @problems: (out) (optional) (transfer full) (element-type QsProblem): every
 *   problem found, in the CSV file or the dataset; set also on success when
 *   rows were skipped
 * @error: return location for a #QsImportError
 *
 * Imports a monitoring CSV file into a dataset file: checks the dataset,
 * reads and checks every row, merges, checks the result, and writes it,
 * keeping the previous version as `PATH~`. On failure the dataset file is
 * not touched (unless, after writing, it does not load back: then the error
 * says so and names the backup).
 *
 * Returns: %TRUE on success
 */
gboolean
qs_import_into_file (QsImportKind     kind,
                     const char      *csv_path,
                     QsCsvEncoding    encoding,
                     const char      *dataset_path,
                     gboolean         skip_bad_rows,
                     QsImportReport  *report,
                     GPtrArray      **problems,
                     GError         **error)
{
  g_autoptr(QsDataset) dataset = NULL;
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GPtrArray) write_problems = NULL;
  g_autoptr(QsImportRows) rows = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) merged = NULL;
  g_autofree char *display = g_filename_display_name (dataset_path);
  QsImportReport local_report = { 0 };
  gboolean ok;

  g_return_val_if_fail (kind == QS_IMPORT_AIR || kind == QS_IMPORT_WATER, FALSE);
  g_return_val_if_fail (csv_path != NULL && dataset_path != NULL, FALSE);

  if (report == NULL)
    report = &local_report;
  report_reset (report);
  if (problems)
    *problems = NULL;

  /* The loader would open a CSV name as a chart of one series. */
  if (qs_dataset_loader_is_csv_name (dataset_path))
    {
      g_set_error (error, QS_IMPORT_ERROR, QS_IMPORT_ERROR_DATASET,
                   _("%s: rows can only be imported into a Qingshan dataset file (.json)"), display);
      goto failed;
    }
  dataset = qs_dataset_loader_load_path (dataset_path, NULL, NULL, NULL, &found, &local_error);
  if (dataset == NULL)
    {
      if (g_error_matches (local_error, QS_LOAD_ERROR, QS_LOAD_ERROR_IO))
        g_set_error_literal (error, QS_IMPORT_ERROR, QS_IMPORT_ERROR_IO, local_error->message);
      else
        g_set_error (error, QS_IMPORT_ERROR, QS_IMPORT_ERROR_DATASET,
                     _("the dataset is not valid, so nothing was imported: %s"), local_error->message);
      if (found)
        give_problems (problems, found);
      goto failed;
    }
  g_clear_pointer (&found, g_ptr_array_unref);

  rows = qs_import_read (kind, csv_path, encoding, dataset, skip_bad_rows, report, &found, error);
  if (rows == NULL)
    {
      give_problems (problems, found);
      goto failed;
    }

  file = g_file_new_for_path (dataset_path);
  bytes = g_file_load_bytes (file, NULL, NULL, &local_error);
  if (bytes == NULL)
    {
      g_set_error (error, QS_IMPORT_ERROR, QS_IMPORT_ERROR_IO, "%s: %s", display, local_error->message);
      give_problems (problems, found);
      goto failed;
    }
  merged = qs_import_merge (rows, bytes, display, error);
  if (merged == NULL)
    {
      give_problems (problems, found);
      goto failed;
    }
  ok = qs_import_write (dataset_path, merged, report, &write_problems, error);
  if (write_problems)
    for (guint i = 0; i < write_problems->len; i++)
      g_ptr_array_add (found, qs_problem_copy (write_problems->pdata[i]));
  give_problems (problems, found);
  if (!ok)
    goto failed;
  qs_import_report_clear (&local_report);
  return TRUE;

failed:
  report->rows_imported = 0;
  report->rows_skipped = 0;
  qs_import_report_clear (&local_report);
  if (problems && *problems == NULL)
    *problems = problem_list_new ();
  return FALSE;
}

/**
 * qs_import_report_clear:
 * @report: a report
 *
 * Frees what @report holds and sets it to zeros.
 */
void
qs_import_report_clear (QsImportReport *report)
{
  g_clear_pointer (&report->notes, g_ptr_array_unref);
  g_clear_pointer (&report->backup_path, g_free);
  memset (report, 0, sizeof *report);
}

/**
 * qs_import_kind_to_string:
 * @kind: a kind
 *
 * Returns: `air` or `water`
 */
const char *
qs_import_kind_to_string (QsImportKind kind)
{
  return kind == QS_IMPORT_AIR ? "air" : "water";
}

/**
 * qs_import_kind_from_string:
 * @str: `air` or `water`
 * @out: (out): the kind
 *
 * Returns: whether @str is a kind
 */
gboolean
qs_import_kind_from_string (const char   *str,
                            QsImportKind *out)
{
  if (g_strcmp0 (str, "air") == 0)
    *out = QS_IMPORT_AIR;
  else if (g_strcmp0 (str, "water") == 0)
    *out = QS_IMPORT_WATER;
  else
    return FALSE;
  return TRUE;
}
