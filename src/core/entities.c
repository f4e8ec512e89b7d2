/* entities.c — the extraction pipeline (see entities.h). */
#include "entities.h"

#include <string.h>
#include <unicode/ustring.h>

#include "alloc.h"
#include "extract.h"
#include "text.h"

const char *
dc_detect_lang(const char *text, size_t len)
{
	size_t		cyr = 0;
	size_t		lat = 0;

	for (size_t i = 0; i < len; i++)
	{
		unsigned char c = (unsigned char) text[i];

		if (c >= 0xD0 && c <= 0xD4)
			cyr++;
		else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
			lat++;
	}
	return cyr > lat ? "ru" : "en";
}

bool
is_stopword(const Extract *x, int i)
{
	const DcToken *tk = &x->t->tok[i];

	return tk->type == TOK_WORD && dc_lexicon_find(x->stop, dc_tok_folded(x->t, i), tk->foldlen) >= 0;
}

int
pattern_row_at(const Extract *x, int i, const char *kind)
{
	const char *f = dc_tok_folded(x->t, i);

	for (int r = dc_lexicon_find(x->patterns, f, x->t->tok[i].foldlen); r >= 0;
		 r = dc_lexicon_next(x->patterns, r))
		if (strcmp(dc_lexicon_field(x->patterns, r, 0), kind) == 0)
			return r;
	return -1;
}

bool
sentence_start(const Extract *x, int i)
{
	if (i == 0 || x->t->tok[i].newlines > 0)
		return true;
	return dc_tok_is(x->t, i - 1, '.') || dc_tok_is(x->t, i - 1, '!') ||
		dc_tok_is(x->t, i - 1, '?') || dc_tok_is(x->t, i - 1, ':') ||
		dc_tok_is(x->t, i - 1, '"') || dc_tok_is(x->t, i - 1, 0x00AB) ||
		dc_tok_is(x->t, i - 1, 0x201C);
}

char *
tokens_text(const Extract *x, int first, int last)
{
	const DcToken *a = &x->t->tok[first];
	const DcToken *b = &x->t->tok[last];
	DcError		err;
	char	   *s = dc_uchars_to_utf8(x->t->u + a->ustart, b->uend - a->ustart, NULL, &err);

	return s ? s : dc_strndup("", 0);
}

DcMention *
push_mention(Extract *x, DcEntKind kind, int first, int last)
{
	DcMention  *m = dc_mentions_push(x->out);

	m->kind = (uint8_t) kind;
	m->start = x->t->tok[first].start;
	m->end = x->t->tok[last].end;
	m->ustart = x->t->tok[first].ustart;
	m->uend = x->t->tok[last].uend;
	return m;
}

/*
 * The first part of a Russian compound adjective: "казахстанско-итальянское"
 * holds казахстанское + итальянское.  The part ends in -о and is joined by a
 * hyphen; with -е added it is the neuter form the lexicon lists.
 */
static const DcGazEntry *
compound_adjective(const Extract *x, int i, int *len)
{
	const DcToken *tk = &x->t->tok[i];
	const char *f = dc_tok_folded(x->t, i);
	char		buf[512];
	const DcGazEntry *e;

	*len = 0;
	if (tk->type != TOK_WORD || tk->script != SCRIPT_CYRILLIC || tk->foldlen < 4 || tk->foldlen > 500 ||
		strcmp(f + tk->foldlen - 2, "о") != 0 || !dc_tok_is(x->t, i + 1, '-') ||
		x->t->tok[i + 1].space_before)
		return NULL;
	/* казахстанско -> казахстанское */
	memcpy(buf, f, tk->foldlen);
	memcpy(buf + tk->foldlen, "е", 3);
	e = dc_gaz_word(x->gaz, buf, GAZ_COUNTRY);
	if (e == NULL || !e->adjective)
		return NULL;
	*len = 1;
	return e;
}

/*
 * Longest lexicon entries of each kind, left to right, never overlapping
 * within a kind; one walk of the gazetteer per token serves every kind that
 * is free there.
 */
static void
find_lexicon_spans(Extract *x)
{
	const DcTokens *t = x->t;
	int			cap[GAZ_NKINDS];
	int			free_from[GAZ_NKINDS] = {0};

	for (int k = 0; k < GAZ_NKINDS; k++)
	{
		cap[k] = 64;
		x->spans[k] = dc_alloc((size_t) cap[k] * sizeof(Span));
		x->nspans[k] = 0;
		x->span_at[k] = dc_alloc(((size_t) t->n + 1) * sizeof(int));
		memset(x->span_at[k], 0xff, ((size_t) t->n + 1) * sizeof(int));
	}
	for (int i = 0; i < t->n; i++)
	{
		const DcGazEntry *e[GAZ_NKINDS];
		int			len[GAZ_NKINDS];
		unsigned	kinds = 0;

		if ((i & 4095) == 0)
			dc_check_interrupts();
		if (t->tok[i].type == TOK_PUNCT && !dc_tok_is(t, i, '('))
			continue;
		for (int k = 0; k < GAZ_NKINDS; k++)
			if (free_from[k] <= i)
				kinds |= 1u << k;
		dc_gaz_longest_each(x->gaz, t, i, kinds, e, len);
		if (len[GAZ_COUNTRY] == 0 && (kinds & (1u << GAZ_COUNTRY)))
			e[GAZ_COUNTRY] = compound_adjective(x, i, &len[GAZ_COUNTRY]);
		for (int k = 0; k < GAZ_NKINDS; k++)
		{
			if (len[k] == 0 || !(kinds & (1u << k)))
				continue;
			if (x->nspans[k] == cap[k])
			{
				cap[k] *= 2;
				x->spans[k] = dc_realloc(x->spans[k], (size_t) cap[k] * sizeof(Span));
			}
			x->spans[k][x->nspans[k]] = (Span) {i, i + len[k] - 1, e[k]};
			for (int j = i; j < i + len[k]; j++)
				x->span_at[k][j] = x->nspans[k];
			x->nspans[k]++;
			free_from[k] = i + len[k];
		}
	}
}

/* A place that is also listed as a country or an organisation is neither. */
static bool
place_conflicts(const Extract *x, const Span *s)
{
	for (int i = s->first; i <= s->last; i++)
		if (span_at(x, GAZ_COUNTRY, i) || span_at(x, GAZ_ORG, i))
			return true;
	return false;
}

/*
 * The state a text's officials serve when their titles name none: the
 * country of the first title that names one ("Ambassador of Kazakhstan to
 * Germany", "Посол Казахстана в ..."), else the country mentioned most often.
 */
static const char *
home_country(const Extract *x)
{
	const char *best = NULL;
	int			best_n = 0;

	for (int r = 0; r < x->nspans[GAZ_ROLE]; r++)
	{
		int			i = x->spans[GAZ_ROLE][r].last + 1;
		const Span *c;

		if (i < x->t->n && strcmp(dc_tok_folded(x->t, i), "of") == 0)
			i++;
		if (i < x->t->n && strcmp(dc_tok_folded(x->t, i), "the") == 0)
			i++;
		c = span_at(x, GAZ_COUNTRY, i);
		if (c && !c->entry->adjective)
			return c->entry->key;
	}

	for (int a = 0; a < x->nspans[GAZ_COUNTRY]; a++)
	{
		const char *code = x->spans[GAZ_COUNTRY][a].entry->key;
		int			n = 0;

		for (int b = 0; b < x->nspans[GAZ_COUNTRY]; b++)
			n += strcmp(x->spans[GAZ_COUNTRY][b].entry->key, code) == 0;
		if (n > best_n)
		{
			best_n = n;
			best = code;
		}
		if (a > 200)
			break;
	}
	return best;
}

static void
emit_lexicon_mentions(Extract *x)
{
	static const struct
	{
		DcGazKind	gk;
		DcEntKind	ek;
	}			kinds[] = {{GAZ_COUNTRY, ENT_COUNTRY}, {GAZ_ORG, ENT_ORG}, {GAZ_PLACE, ENT_PLACE}};

	for (size_t k = 0; k < sizeof(kinds) / sizeof(kinds[0]); k++)
		for (int i = 0; i < x->nspans[kinds[k].gk]; i++)
		{
			const Span *s = &x->spans[kinds[k].gk][i];
			DcMention  *m;

			if (kinds[k].gk == GAZ_PLACE && place_conflicts(x, s))
				continue;
			m = push_mention(x, kinds[k].ek, s->first, s->last);
			m->key = (char *) s->entry->key;
			m->normal = (char *) s->entry->canonical;
			m->adjective = s->entry->adjective;
			/* a place says which state it lies in: Rome, Italy */
			if (kinds[k].gk == GAZ_PLACE && strlen(s->entry->country) == 2)
				memcpy(m->state, s->entry->country, 3);
		}
}

/*
 * The day a text speaks of, for who held which office: its first full
 * date, else the publication date, else a month it names, else the latest
 * day the office holders record.
 */
static int
text_day(const DcMentions *ms, DcDate published, const DcHolders *holders)
{
	int			month_day = -1;

	for (int i = 0; i < ms->n; i++)
	{
		const DcMention *m = &ms->m[i];
		DcDate		d;

		if (m->kind != ENT_DATE || !dc_date_from_key(m->key, &d) || d.year <= 0)
			continue;
		if (d.day == 0)
		{
			d.day = 15;
			if (month_day < 0 && dc_date_valid(d.year, d.month, d.day))
				month_day = dc_days_from_date(d);
			continue;
		}
		if (dc_date_valid(d.year, d.month, d.day))
			return dc_days_from_date(d);
	}
	if (published.year > 0)
		return dc_days_from_date(published);
	return month_day >= 0 ? month_day : dc_holders_reference_day(holders);
}

DcStatus
dc_entities(const char *text, size_t len, const char *lang, DcDate published,
			DcMentions *out, DcError *err)
{
	DcTokens	toks;

	return dc_entities_tokens(text, len, lang, published, out, &toks, err);
}

DcStatus
dc_entities_tokens(const char *text, size_t len, const char *lang, DcDate published,
				   DcMentions *out, DcTokens *tokens, DcError *err)
{
	Extract		x = {0};
	DcTokens   *toks = tokens;
	UChar	   *u;
	int32_t		ulen;

	dc_mentions_init(out);
	if (lang == NULL || lang[0] == '\0')
		lang = dc_detect_lang(text, len);
	x.ru = strcmp(lang, "ru") == 0;
	x.out = out;
	if ((x.gaz = dc_gazetteer(err)) == NULL ||
		(x.stop = dc_lexicon_load("stopwords.tsv", "text", err)) == NULL ||
		(x.given = dc_lexicon_load("given_names.tsv", "name", err)) == NULL ||
		(x.patterns = dc_lexicon_load("org_patterns.tsv", "text", err)) == NULL ||
		(x.endings = dc_lexicon_load("name_endings.tsv", "ending", err)) == NULL ||
		(x.months = dc_lexicon_load("months.tsv", "text", err)) == NULL ||
		(x.relative_days = dc_lexicon_load("relative_days.tsv", "text", err)) == NULL ||
		(x.holders = dc_holders(err)) == NULL)
		return err->status;
	u = dc_utf8_to_uchars(text, len, &ulen, err);
	if (u == NULL)
		return err->status;
	dc_tokenize(u, ulen, 0, toks);
	x.t = toks;

	find_lexicon_spans(&x);
	x.pattern_org = dc_alloc0(((size_t) toks->n + 1) * sizeof(const char *));
	x.home = home_country(&x);
	emit_lexicon_mentions(&x);
	find_state_bodies(&x);
	if (find_context_orgs(&x, err) != DC_OK)
		return err->status;
	if (dc_find_dates(toks, published, out, err) != DC_OK)
		return err->status;
	x.day = text_day(out, published, x.holders);
	if (find_persons(&x, err) != DC_OK)
		return err->status;
	dc_mentions_resolve(out);
	return DC_OK;
}
