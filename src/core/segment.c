/* segment.c — pages into news items (see segment.h). */
#include "segment.h"

#include <string.h>
#include <unicode/uchar.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>

#include "alloc.h"
#include "lexicon.h"
#include "text.h"

#define MAX_TITLE_CHARS 200
#define MAX_TITLE_WORDS 25
/* furniture is short; a long pattern (a reprint notice) may open a longer line */
#define MAX_FURNITURE_CHARS 40
#define MAX_NOTICE_CHARS 300
#define NOTICE_PATTERN_BYTES 15

typedef enum
{
	PARA_TEXT, PARA_FURNITURE, PARA_DATE_HEADER, PARA_TITLE
} ParaKind;

typedef struct Para
{
	int32_t		ustart;			/* first and last non-space UTF-16 units */
	int32_t		uend;
	int32_t		blank_before;	/* blank lines before it */
	ParaKind	kind;
} Para;

static bool
is_space(UChar c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == 0xA0 || c == 0xFEFF || c == 0x200B;
}

/* The first letter of a line is lower case: it continues the paragraph before. */
static bool
continues(const UChar *u, int32_t s, int32_t e)
{
	UChar32		c;
	int32_t		i = s;

	if (s >= e)
		return false;
	U16_NEXT(u, i, e, c);
	return u_islower(c);
}

/* Lower-cased UTF-8 of the start of a paragraph (at most 200 units). */
static char *
line_start(const UChar *u, int32_t s, int32_t e, DcError *err)
{
	UChar		low[256];
	UErrorCode	status = U_ZERO_ERROR;
	int32_t		n = u_strToLower(low, 256, u + s, (e - s) > 200 ? 200 : e - s, "", &status);

	if (U_FAILURE(status))
		n = 0;
	return dc_uchars_to_utf8(low, n > 256 ? 256 : n, NULL, err);
}

static bool
furniture(const DcLexicon *lex, const UChar *u, const Para *p, bool any_length, DcError *err)
{
	char	   *start;
	bool		found = false;

	int32_t		n = p->uend - p->ustart;

	if (n > MAX_NOTICE_CHARS)
		return false;
	start = line_start(u, p->ustart, p->uend, err);
	if (start == NULL)
		return false;
	for (int r = 0; r < dc_lexicon_rows(lex) && !found; r++)
	{
		const char *t = dc_lexicon_field(lex, r, 0);
		size_t		k = strlen(t);

		found = strncmp(start, t, k) == 0 && (any_length || n <= MAX_FURNITURE_CHARS || k >= NOTICE_PATTERN_BYTES);
	}
	dc_free(start);
	return found;
}

/* "05.03.2026, 21:00 21746", "2026-03-05 10:00": a date opens the line. */
static bool
date_header(const UChar *u, const Para *p)
{
	int32_t		n = p->uend - p->ustart;
	const UChar *s = u + p->ustart;

	if (n > 60 || n < 8)
		return false;
	if (u_isdigit(s[0]) && u_isdigit(s[1]) && s[2] == '.' && u_isdigit(s[3]) && u_isdigit(s[4]) &&
		s[5] == '.' && n >= 10 && u_isdigit(s[6]) && u_isdigit(s[9]))
		return true;
	return n >= 10 && u_isdigit(s[0]) && u_isdigit(s[3]) && s[4] == '-' && u_isdigit(s[5]) &&
		s[7] == '-' && u_isdigit(s[8]) && u_isdigit(s[9]);
}

/* A site menu: short items parted by | · • (Home | News | World). */
static bool
menu_line(const UChar *u, int32_t s, int32_t e)
{
	int			bars = 0;

	for (int32_t i = s; i < e; i++)
		bars += u[i] == '|' || u[i] == 0x00B7 || u[i] == 0x2022;
	return bars >= 2;
}

/*
 * A byline, "By Jane Smith", or a line of one or two words with no sentence
 * end: a menu item, a section name, a button on a line of its own.
 */
static bool
byline_or_item(const UChar *u, int32_t s, int32_t e)
{
	int			words = 1;

	for (int32_t i = s; i < e; i++)
		words += u[i] == ' ' && i + 1 < e && u[i + 1] != ' ';
	if (e - s > 3 && u[s] == 'B' && u[s + 1] == 'y' && u[s + 2] == ' ' && u_isupper(u[s + 3]) && words <= 5 &&
		u_strchr(u".!?", u[e - 1]) == NULL)
		return true;
	return words <= 2 && u_strchr(u".!?:;,", u[e - 1]) == NULL;
}

bool
dc_furniture_line(const UChar *u, int32_t start, int32_t end, DcError *err)
{
	const DcLexicon *lex = dc_lexicon_load("boilerplate.tsv", "text", err);
	Para		p;

	while (start < end && is_space(u[start]))
		start++;
	while (end > start && is_space(u[end - 1]))
		end--;
	if (start == end || lex == NULL)
		return false;
	p = (Para) {start, end, 0, PARA_TEXT};
	/* a line an event reads whole: "Related news: ..." lists other events however long */
	return furniture(lex, u, &p, true, err) || menu_line(u, start, end) || byline_or_item(u, start, end);
}

/* A title: short, several words, no sentence end, before a longer paragraph. */
static bool
title_line(const UChar *u, const Para *p, const Para *next)
{
	int32_t		n = p->uend - p->ustart;
	UChar		last = u[p->uend - 1];
	int			words = 1;

	/* what follows a title starts a sentence of its own, and is longer */
	if (n > MAX_TITLE_CHARS || next == NULL || next->uend - next->ustart <= n ||
		continues(u, next->ustart, next->uend))
		return false;
	if (u_strchr(u".!?:;,", last) != NULL)
		return false;
	for (int32_t i = p->ustart; i < p->uend; i++)
		words += u[i] == ' ';
	return words >= 3 && words <= MAX_TITLE_WORDS;
}

static int32_t
cp_offset(const UChar *u, int32_t from_unit, int32_t from_cp, int32_t to_unit)
{
	return from_cp + u_countChar32(u + from_unit, to_unit - from_unit);
}

DcStatus
dc_segments(const char *text, size_t len, DcSegment **segs, int *nsegs, DcError *err)
{
	const DcLexicon *lex = dc_lexicon_load("boilerplate.tsv", "text", err);
	UChar	   *u;
	int32_t		ulen;
	Para	   *paras;
	int			np = 0;
	int			cap = 64;
	int			blanks = 0;
	bool		any_blank = false;
	bool		any_header = false;
	int32_t		pos = 0;
	int			n = 0;
	DcSegment  *out;

	*segs = NULL;
	*nsegs = 0;
	if (lex == NULL || (u = dc_utf8_to_uchars(text, len, &ulen, err)) == NULL)
		return err->status;
	paras = dc_alloc((size_t) cap * sizeof(Para));

	/* lines into paragraphs */
	while (pos <= ulen)
	{
		int32_t		eol = pos;
		int32_t		s;
		int32_t		e;

		while (eol < ulen && u[eol] != '\n')
			eol++;
		for (s = pos; s < eol && is_space(u[s]); s++)
			;
		for (e = eol; e > s && is_space(u[e - 1]); e--)
			;
		if (s == e)
			blanks++;
		else if (np > 0 && blanks == 0 && continues(u, s, e) &&
				 u_strchr(u".!?", u[paras[np - 1].uend - 1]) == NULL)
			paras[np - 1].uend = e;
		else
		{
			if (np == cap)
			{
				cap *= 2;
				paras = dc_realloc(paras, (size_t) cap * sizeof(Para));
			}
			paras[np] = (Para) {s, e, blanks, PARA_TEXT};
			any_blank |= blanks > 0 && np > 0;
			np++;
			blanks = 0;
		}
		pos = eol + 1;
		if ((np & 1023) == 0)
			dc_check_interrupts();
	}

	for (int i = 0; i < np; i++)
	{
		if (date_header(u, &paras[i]))
			paras[i].kind = PARA_DATE_HEADER;
		else if (furniture(lex, u, &paras[i], false, err) || menu_line(u, paras[i].ustart, paras[i].uend))
			paras[i].kind = PARA_FURNITURE;
		else if (title_line(u, &paras[i], i + 1 < np ? &paras[i + 1] : NULL))
			paras[i].kind = PARA_TITLE;
		any_header |= paras[i].kind == PARA_DATE_HEADER || paras[i].kind == PARA_TITLE;
	}

	/* items: a header starts one (a date header and its title together);
	 * without headers, a digest has one paragraph per item */
	out = dc_alloc(((size_t) np + 1) * sizeof(DcSegment));
	{
		int			first = -1;
		int			last = -1;
		bool		digest = !any_header && !any_blank && np >= 3;

		for (int i = 0; i <= np; i++)
		{
			bool		starts = i == np ||
				(paras[i].kind == PARA_DATE_HEADER) ||
				(paras[i].kind == PARA_TITLE && !(i > 0 && paras[i - 1].kind == PARA_DATE_HEADER)) ||
				(digest && paras[i].kind == PARA_TEXT);

			if (starts && first >= 0 && last >= first)
			{
				out[n].ustart = paras[first].ustart;
				out[n].uend = paras[last].uend;
				n++;
				first = last = -1;
			}
			if (i == np)
				break;
			if (paras[i].kind == PARA_FURNITURE)
			{
				/* furniture opens no item; inside one it is kept if text follows */
				continue;
			}
			if (first < 0)
				first = i;
			last = i;
		}
	}
	/* code points */
	{
		int32_t		unit = 0;
		int32_t		cp = 0;

		for (int i = 0; i < n; i++)
		{
			out[i].start = cp = cp_offset(u, unit, cp, out[i].ustart);
			unit = out[i].ustart;
			out[i].end = cp = cp_offset(u, unit, cp, out[i].uend);
			unit = out[i].uend;
		}
	}
	*segs = out;
	*nsegs = n;
	return DC_OK;
}
