/* chartab.h - Unicode character classes the front end needs.
 *
 * Tables are generated from CPython 3.11 by gen_chartab.py (chartab_data.h)
 * so that identifier validity and printability match CPython exactly.
 * All functions are pure and thread-safe.
 */
#ifndef WEFT_PARSE_CHARTAB_H
#define WEFT_PARSE_CHARTAB_H

#include <stdint.h>

/* May cp start an identifier (XID_Start or '_', as str.isidentifier)? */
int chartab_is_id_start(uint32_t cp);

/* May cp continue an identifier (XID_Continue)? */
int chartab_is_id_continue(uint32_t cp);

/* Is cp printable in the sense of str.isprintable() (repr leaves it
 * unescaped, error messages quote it)? */
int chartab_is_printable(uint32_t cp);

/* NFKC form of one identifier character: returns the length of its
 * normalized UTF-8 text stored at *text, or 0 if cp is unchanged.  (CPython
 * NFKC-normalizes non-ASCII identifiers; this per-character mapping
 * covers every single-character case.) */
int chartab_nfkc(uint32_t cp, const char **text);

/* Decode one UTF-8 sequence at s (at most n bytes).  Returns its length
 * (1-4) and stores the code point, or returns 0 for invalid UTF-8
 * (overlong forms, surrogates and values above U+10FFFF are invalid). */
int chartab_utf8_decode(const unsigned char *s, long n, uint32_t *cp);

/* Encode cp (any value up to U+10FFFF, surrogates included) as UTF-8 into
 * out (4 bytes of room); returns the length. */
int chartab_utf8_encode(uint32_t cp, char *out);

#endif
