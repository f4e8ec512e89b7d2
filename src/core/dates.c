/* dates.c — date expressions to ISO 8601 (see dates.h). */
#include "dates.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "lexicon.h"

static int
month_of(const DcLexicon *months, const DcTokens *t, int i)
{
	int			row;

	if (i < 0 || i >= t->n || t->tok[i].type != TOK_WORD)
		return 0;
	row = dc_lexicon_find(months, dc_tok_folded(t, i), t->tok[i].foldlen);
	if (row < 0)
		return 0;
	/* English month names are proper nouns: "may" is a verb */
	if (t->tok[i].script == SCRIPT_LATIN && t->tok[i].caps == CAPS_LOWER)
		return 0;
	return atoi(dc_lexicon_field(months, row, 0));
}

/* The value of a number token of 1..maxdigits digits, or -1. */
static int
number(const DcTokens *t, int i, int mindigits, int maxdigits)
{
	int			len;

	if (i < 0 || i >= t->n || t->tok[i].type != TOK_NUMBER)
		return -1;
	len = t->tok[i].end - t->tok[i].start;
	if (len < mindigits || len > maxdigits)
		return -1;
	return atoi(dc_tok_folded(t, i));
}

static bool
adjacent(const DcTokens *t, int i)
{
	return !t->tok[i].space_before;
}

bool
dc_date_valid(int y, int m, int d)
{
	static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

	return m >= 1 && m <= 12 && d >= 1 && d <= days[m - 1] &&
		(d < 29 || m != 2 || y == 0 || (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)));
}

static bool
plausible_year(int y)
{
	return y >= 1900 && y <= 2100;
}

static void
emit(const DcTokens *t, int first, int last, int y, int m, int d, DcMentions *out)
{
	DcMention  *mm = dc_mentions_push(out);
	char		key[40];

	if (d > 0 && y > 0)
		snprintf(key, sizeof(key), "%04d-%02d-%02d", y, m, d);
	else if (d > 0)
		snprintf(key, sizeof(key), "--%02d-%02d", m, d);
	else
		snprintf(key, sizeof(key), "%04d-%02d", y, m);
	mm->kind = ENT_DATE;
	mm->start = t->tok[first].start;
	mm->end = t->tok[last].end;
	mm->ustart = t->tok[first].ustart;
	mm->uend = t->tok[last].uend;
	mm->key = dc_strndup(key, strlen(key));
	mm->normal = mm->key;
}

/*
 * The year of a day and month the text gives without one: the publication's,
 * unless that puts it more than half a year after publication (a digest of
 * 3 January on "28 December" means the December before).
 */
static int
year_near(DcDate pub, int m, int d)
{
	if (pub.year <= 0 || !dc_date_valid(pub.year, m, d))
		return pub.year;
	if (dc_days_from_date((DcDate) {pub.year, m, d}) - dc_days_from_date(pub) > 183)
		return pub.year - 1;
	return pub.year;
}

/* A month's token, then the period of an abbreviation ("Sept. 5", "5 фев."): the token after them. */
static int
after_month(const DcTokens *t, int i)
{
	return dc_tok_is(t, i + 1, '.') && !t->tok[i + 1].space_before && i + 2 < t->n &&
		t->tok[i + 2].newlines == 0 && t->tok[i + 2].type == TOK_NUMBER ? i + 2 : i + 1;
}

/* After a year: "года", "г." (Russian). Returns the last token of the date. */
static int
year_word(const DcTokens *t, int i)
{
	if (i + 1 < t->n && t->tok[i + 1].type == TOK_WORD)
	{
		const char *f = dc_tok_folded(t, i + 1);

		if (strcmp(f, "года") == 0 || strcmp(f, "году") == 0)
			return i + 1;
		if (strcmp(f, "г") == 0 && dc_tok_is(t, i + 2, '.'))
			return i + 2;
	}
	return i;
}

bool
dc_date_from_key(const char *key, DcDate *d)
{
	size_t		n = strlen(key);

	*d = (DcDate) {0, 0, 0};
	if (n == 7 && key[0] == '-' && key[1] == '-')
		*d = (DcDate) {0, atoi(key + 2), atoi(key + 5)};
	else if (n == 10 || n == 7)
		*d = (DcDate) {atoi(key), atoi(key + 5), n == 10 ? atoi(key + 8) : 0};
	else
		return false;
	return d->month >= 1 && d->month <= 12;
}

DcStatus
dc_find_dates(const DcTokens *t, DcDate pub, DcMentions *out, DcError *err)
{
	const DcLexicon *months = dc_lexicon_load("months.tsv", "text", err);

	if (months == NULL)
		return DC_ERR_DATA;
	for (int i = 0; i < t->n; i++)
	{
		int			d,
					m,
					y;

		if ((i & 4095) == 0)
			dc_check_interrupts();
		/* 2026-03-11 */
		if ((y = number(t, i, 4, 4)) > 0 && i + 4 < t->n && dc_tok_is(t, i + 1, '-') &&
			(m = number(t, i + 2, 2, 2)) > 0 && dc_tok_is(t, i + 3, '-') &&
			(d = number(t, i + 4, 2, 2)) > 0 && adjacent(t, i + 1) && adjacent(t, i + 2) &&
			adjacent(t, i + 3) && adjacent(t, i + 4) && plausible_year(y) && dc_date_valid(y, m, d))
		{
			emit(t, i, i + 4, y, m, d, out);
			i += 4;
			continue;
		}
		/* 05.03.2026 (day first, as in both languages' press) */
		if ((d = number(t, i, 1, 2)) > 0 && i + 4 < t->n && dc_tok_is(t, i + 1, '.') &&
			(m = number(t, i + 2, 1, 2)) > 0 && dc_tok_is(t, i + 3, '.') &&
			(y = number(t, i + 4, 4, 4)) > 0 && adjacent(t, i + 1) && adjacent(t, i + 2) &&
			adjacent(t, i + 3) && adjacent(t, i + 4) && plausible_year(y) && dc_date_valid(y, m, d))
		{
			emit(t, i, i + 4, y, m, d, out);
			i += 4;
			continue;
		}
		/* 15 March [2026], 15 марта [2026 года], 22-24 April 2026 */
		if ((d = number(t, i, 1, 2)) > 0)
		{
			/* the month after the day, or after a range of days */
			int			mt = (dc_tok_is(t, i + 1, '-') && number(t, i + 2, 1, 2) > 0) ? i + 3 : i + 1;
			int			last = mt;

			if ((m = month_of(months, t, mt)) > 0)
			{
				int			yt = after_month(t, mt);

				if ((y = number(t, yt, 4, 4)) > 0 && plausible_year(y))
					last = year_word(t, yt);
				else
					y = year_near(pub, m, d);
				if (dc_date_valid(y, m, d))
				{
					emit(t, i, last, y, m, d, out);
					i = last;
					continue;
				}
			}
		}
		/* March 15[,] [2026]; March 2026, мае 2025 года */
		if ((m = month_of(months, t, i)) > 0)
		{
			int			j = after_month(t, i);

			if ((d = number(t, j, 1, 2)) > 0)
			{
				int			last = j;

				y = year_near(pub, m, d);
				/* a range, "April 22-24, 2026": the date of its first day */
				if (dc_tok_is(t, j + 1, '-') && number(t, j + 2, 1, 2) > 0 && adjacent(t, j + 1))
				{
					j += 2;
					last = j;
				}
				if (dc_tok_is(t, j + 1, ',') && number(t, j + 2, 4, 4) > 0)
					j += 2;
				else
					j += 1;
				if (number(t, j, 4, 4) > 0 && plausible_year(number(t, j, 4, 4)))
				{
					y = number(t, j, 4, 4);
					last = j;
				}
				if (dc_date_valid(y, m, d))
				{
					emit(t, i, last, y, m, d, out);
					i = last;
					continue;
				}
			}
			else if ((y = number(t, j, 4, 4)) > 0 && plausible_year(y))
			{
				int			last = year_word(t, j);

				emit(t, i, last, y, m, 0, out);
				i = last;
				continue;
			}
		}
	}
	return DC_OK;
}

/* Days from civil and back: H. Hinnant's algorithms, shifted to 2000-01-01. */
int
dc_days_from_date(DcDate d)
{
	int			y = d.year - (d.month <= 2);
	int			era = (y >= 0 ? y : y - 399) / 400;
	int			yoe = y - era * 400;
	int			doy = (153 * (d.month + (d.month > 2 ? -3 : 9)) + 2) / 5 + d.day - 1;
	int			doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

	return era * 146097 + doe - 730425;
}

DcDate
dc_date_from_days(int days)
{
	int			z = days + 730425;
	int			era = (z >= 0 ? z : z - 146096) / 146097;
	int			doe = z - era * 146097;
	int			yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int			doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	int			mp = (5 * doy + 2) / 153;
	DcDate		d;

	d.day = doy - (153 * mp + 2) / 5 + 1;
	d.month = mp < 10 ? mp + 3 : mp - 9;
	d.year = yoe + era * 400 + (d.month <= 2);
	return d;
}
