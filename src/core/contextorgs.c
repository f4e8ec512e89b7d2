/*
 * contextorgs.c — outlets and companies named next to the words that say
 * what they are (data/org_cues.tsv): "Tengrinews reports", "передает
 * Kun.uz", "JSC Kazakhtelecom", "компания «Самрук-Энерго»", "Glencore plc".
 *
 * The name is the capitalised run of words right after a cue of side
 * "before" (or right before one of side "after"); words joined without a
 * space by '.', '-' or '&' belong to it ("Kun.uz", "24.kz", "AT&T"), and a
 * quoted name is taken whole («Казахстан темир жолы»).  A name that the
 * lexicons or the patterns already know, that covers a country or place,
 * or that starts with a given name (a person: "в интервью Марату Ахметову")
 * is left alone.
 */
#include <string.h>

#include "alloc.h"
#include "extract.h"
#include "names.h"

#define MAX_CUE_WORDS 4
#define MAX_NAME_WORDS 6
#define MAX_QUOTED 10

typedef enum Side
{
	BEFORE, AFTER
} Side;

static bool
is_quote(const DcTokens *t, int i, bool opening)
{
	return i >= 0 && i < t->n &&
		(dc_tok_is(t, i, '"') || dc_tok_is(t, i, opening ? 0x00AB : 0x00BB) ||
		 dc_tok_is(t, i, opening ? 0x201C : 0x201D));
}

static bool
name_word(const DcTokens *t, int i)
{
	const DcToken *tk = &t->tok[i];

	return (tk->type == TOK_WORD && (tk->caps == CAPS_TITLE || tk->caps == CAPS_UPPER ||
									 (tk->caps == CAPS_OTHER && !dc_tok_is(t, i, '&')))) ||
		tk->type == TOK_NUMBER;
}

/* Token i joins the previous one without a space: "Kun" "." "uz", "AT" "&" "T". */
static bool
glued(const DcTokens *t, int i)
{
	return !t->tok[i].space_before && t->tok[i].newlines == 0;
}

static bool
joiner(const DcTokens *t, int i)
{
	return dc_tok_is(t, i, '.') || dc_tok_is(t, i, '-') || dc_tok_is(t, i, '&');
}

/* The last token of the name starting at i, or -1. */
static int
name_forward(const DcTokens *t, int i)
{
	int			last = -1;
	int			words = 0;

	if (is_quote(t, i, true))
	{
		for (int j = i + 1; j < t->n && j <= i + MAX_QUOTED && t->tok[j].newlines == 0; j++)
			if (is_quote(t, j, false))
				return j - 1 > i ? j - 1 : -1;
		return -1;
	}
	for (int j = i; j < t->n && words < MAX_NAME_WORDS; j++)
	{
		if (j > i && joiner(t, j) && glued(t, j) && j + 1 < t->n && glued(t, j + 1) &&
			t->tok[j + 1].type != TOK_PUNCT)
		{
			last = ++j;
			continue;
		}
		if (!name_word(t, j) || (j > i && (t->tok[j].newlines > 0 || !t->tok[j].space_before)))
			break;
		last = j;
		words++;
	}
	return last;
}

/* The first token of the name ending at i, or -1. */
static int
name_backward(const DcTokens *t, int i)
{
	int			first = -1;
	int			words = 0;

	if (is_quote(t, i, false))
	{
		for (int j = i - 1; j >= 0 && j >= i - MAX_QUOTED && t->tok[j + 1].newlines == 0; j--)
			if (is_quote(t, j, true))
				return j + 1 < i ? j + 1 : -1;
		return -1;
	}
	for (int j = i; j >= 0 && words < MAX_NAME_WORDS; j--)
	{
		if (j < i && joiner(t, j) && glued(t, j) && glued(t, j + 1) && j > 0 &&
			t->tok[j - 1].type != TOK_PUNCT)
		{
			first = --j;
			continue;
		}
		if (!name_word(t, j) || (j < i && (t->tok[j + 1].newlines > 0 || !t->tok[j + 1].space_before)))
			break;
		first = j;
		words++;
	}
	return first;
}

/* Nothing else claims the name: no lexicon entry, pattern, given name or stop word. */
static bool
free_name(Extract *x, int first, int last, DcError *err)
{
	char	   *text;

	if (is_stopword(x, first) || (last == first && x->t->tok[first].type == TOK_NUMBER))
		return false;
	for (int k = first; k <= last; k++)
		for (int g = 0; g < GAZ_NKINDS; g++)
			if ((g != GAZ_ROLE && span_at(x, (DcGazKind) g, k)) || x->pattern_org[k])
				return false;
	text = tokens_text(x, first, last);
	return !dc_name_is_given(text, strlen(text), err);
}

/* The cue of side ending at token i (before) or starting at it (after): its row, or -1; *n its words. */
static int
cue_at(const DcLexicon *cues, const DcTokens *t, int i, Side side, int *n)
{
	char		buf[256];

	for (int k = MAX_CUE_WORDS; k >= 1; k--)
	{
		int			from = side == BEFORE ? i - k + 1 : i;
		size_t		len = 0;
		bool		ok = from >= 0 && from + k <= t->n;

		for (int j = from; ok && j < from + k; j++)
		{
			const char *f = dc_tok_folded(t, j);
			size_t		flen = strlen(f);

			ok = t->tok[j].type == TOK_WORD && len + flen + 2 < sizeof(buf) &&
				(j == from || t->tok[j].newlines == 0);
			if (ok)
			{
				if (len)
					buf[len++] = ' ';
				memcpy(buf + len, f, flen);
				len += flen;
			}
		}
		if (!ok)
			continue;
		for (int r = dc_lexicon_find(cues, buf, len); r >= 0; r = dc_lexicon_next(cues, r))
			if (strcmp(dc_lexicon_field(cues, r, 1), side == BEFORE ? "before" : "after") == 0)
			{
				*n = k;
				return r;
			}
	}
	return -1;
}

static DcStatus
emit(Extract *x, int first, int last, DcError *err)
{
	char	   *name = tokens_text(x, first, last);
	char	   *key = dc_name_slug(name, strlen(name), err);
	DcMention  *m;

	if (key == NULL)
		return err->status;
	if (key[0] == '\0')
		return DC_OK;
	m = push_mention(x, ENT_ORG, first, last);
	m->key = key;
	m->normal = name;
	for (int k = first; k <= last; k++)
		x->pattern_org[k] = key;
	return DC_OK;
}

DcStatus
find_context_orgs(Extract *x, DcError *err)
{
	const DcLexicon *cues = dc_lexicon_load("org_cues.tsv", "text", err);
	const DcTokens *t = x->t;

	if (cues == NULL)
		return err->status;
	/* the status tells a given-name lookup that failed from one that said no */
	err->status = DC_OK;
	for (int i = 0; i < t->n; i++)
	{
		int			n;
		int			first,
					last;

		if (t->tok[i].type != TOK_WORD)
			continue;
		if (cue_at(cues, t, i, BEFORE, &n) >= 0 && i + 1 < t->n && t->tok[i + 1].newlines == 0 &&
			(last = name_forward(t, i + 1)) >= 0)
		{
			first = is_quote(t, i + 1, true) ? i + 2 : i + 1;
			if (free_name(x, first, last, err) && emit(x, first, last, err) != DC_OK)
				return err->status;
			if (err->status != DC_OK)
				return err->status;
		}
		else if (cue_at(cues, t, i, AFTER, &n) >= 0 && i > 0 && t->tok[i].newlines == 0 &&
				 (first = name_backward(t, i - 1)) >= 0)
		{
			last = is_quote(t, i - 1, false) ? i - 2 : i - 1;
			/* a sentence starts with a capital: its first word alone says nothing */
			if (first == last && sentence_start(x, first) && t->tok[first].caps == CAPS_TITLE)
				continue;
			if (free_name(x, first, last, err) && emit(x, first, last, err) != DC_OK)
				return err->status;
			if (err->status != DC_OK)
				return err->status;
		}
	}
	return DC_OK;
}
