/* tokens.c — cutting text into tokens (see tokens.h). */
#include "tokens.h"

#include <string.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>

#include "alloc.h"

static bool
is_letter(UChar32 c)
{
	return u_isalpha(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0;
}

/*
 * Only apostrophes join letters into one word (O'Brien, Кот-д'Ивуар); a
 * hyphen is a token of its own, so that "Kazakh-Greek" holds two state
 * adjectives.  Rules that need a hyphenated whole (Kassym-Jomart,
 * Guinea-Bissau) see the parts written without spaces around the hyphen.
 */
/* Invisible characters that may sit inside a word: zero-width space and
 * joiners, the byte order mark, the soft hyphen. */
static bool
is_invisible(UChar32 c)
{
	return c == 0x200B || c == 0x200C || c == 0x200D || c == 0xFEFF || c == 0x00AD || c == 0x2060;
}

static bool
is_inner_joiner(UChar32 c)
{
	return c == '\'' || c == 0x2019;
}

static UChar32
char_at(const UChar *u, int32_t ulen, int32_t i)
{
	UChar32		c;

	U16_GET(u, 0, i, ulen, c);
	return c;
}

static DcScript
script_of(UChar32 c)
{
	UErrorCode	status = U_ZERO_ERROR;
	UScriptCode sc = uscript_getScript(c, &status);

	return sc == USCRIPT_LATIN ? SCRIPT_LATIN : sc == USCRIPT_CYRILLIC ? SCRIPT_CYRILLIC : SCRIPT_OTHER;
}

/* Lower case, ё -> е, ’ -> ' ; appended to buf as UTF-8. */
static int32_t
fold_into(const UChar *u, int32_t len, char *buf, int32_t cap)
{
	UChar		low[256];
	UErrorCode	status = U_ZERO_ERROR;
	int32_t		n = u_strToLower(low, 256, u, len, "", &status);
	int32_t		out = 0;
	int32_t		k = 0;

	if (U_FAILURE(status) || n > 256)
		return 0;
	/* drop invisible characters; unify ё, apostrophes and hyphens */
	for (int32_t i = 0; i < n; i++)
		if (!is_invisible(low[i]))
			low[k++] = low[i];
	n = k;
	for (int32_t i = 0; i < n; i++)
	{
		if (low[i] == 0x0451)
			low[i] = 0x0435;
		else if (low[i] == 0x2019)
			low[i] = '\'';
		else if (low[i] == 0x2010 || low[i] == 0x2011)
			low[i] = '-';
	}
	status = U_ZERO_ERROR;
	u_strToUTF8(buf, cap, &out, low, n, &status);
	if (U_FAILURE(status) || out >= cap)
		return 0;
	buf[out] = '\0';
	return out;
}

char *
dc_fold_word(const UChar *u, int32_t len, size_t *outlen)
{
	char	   *buf = dc_alloc(1024);
	int32_t		n = len <= 250 ? fold_into(u, len, buf, 1024) : 0;

	*outlen = (size_t) n;
	buf[n] = '\0';
	return buf;
}

static DcCaps
caps_of(const UChar *u, int32_t start, int32_t end)
{
	int			upper = 0;
	int			lower = 0;
	int			letters = 0;
	bool		first_upper = false;
	int32_t		i = start;

	while (i < end)
	{
		UChar32		c;

		U16_NEXT(u, i, end, c);
		if (!u_isalpha(c))
			continue;
		if (letters == 0)
			first_upper = u_isupper(c) || u_istitle(c);
		letters++;
		upper += u_isupper(c) ? 1 : 0;
		lower += u_islower(c) ? 1 : 0;
	}
	if (letters == 0)
		return CAPS_OTHER;
	if (upper == letters)
		return CAPS_UPPER;
	if (first_upper)
		return CAPS_TITLE;
	return upper == 0 ? CAPS_LOWER : CAPS_OTHER;
}

void
dc_tokenize(const UChar *u, int32_t ulen, int32_t cp_base, DcTokens *out)
{
	int			cap = ulen / 3 + 16;
	size_t		fcap = (size_t) ulen * 3 + 64;
	size_t		flen = 0;
	int32_t		i = 0;
	int32_t		cp = cp_base;
	int			newlines = 0;
	bool		space = false;

	out->u = u;
	out->ulen = ulen;
	out->n = 0;
	out->tok = dc_alloc((size_t) cap * sizeof(DcToken));
	out->folded = dc_alloc(fcap);

	while (i < ulen)
	{
		int32_t		start = i;
		int32_t		cpstart = cp;
		UChar32		c;
		DcToken    *t;
		DcTokType	type;

		U16_NEXT(u, i, ulen, c);
		cp++;
		if (c == '\n')
		{
			newlines++;
			continue;
		}
		if (u_isUWhiteSpace(c) || c == 0xFEFF || c == 0x200B)
		{
			space = true;
			continue;
		}
		if (is_letter(c))
		{
			type = TOK_WORD;
			while (i < ulen)
			{
				int32_t		j = i;
				UChar32		d;

				U16_NEXT(u, j, ulen, d);
				if (is_letter(d) || (is_invisible(d) && j < ulen && is_letter(char_at(u, ulen, j))))
				{
					i = j;
					cp++;
					continue;
				}
				/* a joiner followed by a letter stays inside the word */
				if (is_inner_joiner(d) && j < ulen && is_letter(char_at(u, ulen, j)))
				{
					/* ...but an English possessive is a token of its own */
					if ((d == '\'' || d == 0x2019) && (u[j] == 's' || u[j] == 'S') &&
						(j + 1 >= ulen || !is_letter(char_at(u, ulen, j + 1))))
						break;
					i = j;
					cp++;
					continue;
				}
				break;
			}
		}
		else if (u_isdigit(c))
		{
			type = TOK_NUMBER;
			while (i < ulen && u_isdigit(char_at(u, ulen, i)))
			{
				U16_FWD_1(u, i, ulen);
				cp++;
			}
		}
		else
			type = TOK_PUNCT;

		if (out->n == cap)
		{
			cap *= 2;
			out->tok = dc_realloc(out->tok, (size_t) cap * sizeof(DcToken));
		}
		t = &out->tok[out->n++];
		t->ustart = start;
		t->uend = i;
		t->start = cpstart;
		t->end = cp;
		t->type = (uint8_t) type;
		t->script = (uint8_t) script_of(c);
		t->caps = (uint8_t) (type == TOK_WORD ? caps_of(u, start, i) : CAPS_OTHER);
		t->newlines = (uint8_t) (newlines > 255 ? 255 : newlines);
		t->space_before = space || newlines > 0;
		t->fold = (int32_t) flen;
		t->foldlen = 0;
		if (flen + 1024 > fcap)
		{
			fcap = fcap * 2 + 1024;
			out->folded = dc_realloc(out->folded, fcap);
		}
		if (i - start <= 250)
		{
			int32_t		n = fold_into(u + start, i - start, out->folded + flen, 1024);

			t->foldlen = (uint16_t) n;
			flen += (size_t) n;
		}
		out->folded[flen++] = '\0';
		newlines = 0;
		space = false;
		if ((out->n & 4095) == 0)
			dc_check_interrupts();
	}
}

bool
dc_tok_is(const DcTokens *t, int i, UChar c)
{
	return i >= 0 && i < t->n && t->tok[i].type == TOK_PUNCT && t->u[t->tok[i].ustart] == c;
}
