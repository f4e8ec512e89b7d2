/*
 * statebodies.c — organisations found by pattern (data/org_patterns.tsv).
 *
 * English: [capitalised words | state adjective] Head [General]
 *          [of|for|on [the] capitalised words]* [of|in|to [the] country or place]
 *   ("Independent Electoral Commission of Jordan", "Spanish Senate",
 *    "Ministry of Foreign Affairs of the Republic of Kazakhstan").
 * Russian: [adjectives] head [topic words] [country | place | acronym]
 *   ("Конституционного суда", "посольство Казахстана", "МИД РК",
 *    "Комитета по иностранным делам"); a Russian head in lower case needs a
 *   capitalised adjective, a topic or a country after it to count.
 * The key is <country>-<head>[-<topic>], the country being the one named,
 * else the one the text is mostly about, so that both languages agree.
 */
#include <stdio.h>
#include <string.h>

#include "alloc.h"
#include "extract.h"

#define MAX_TOPIC_TOKENS 8

typedef struct Match
{
	int			first;
	int			last;
	const char *head;
	const char *topic;
	const char *country;
	const char *owner;			/* an international body it belongs to (UN) */
	const char *host;			/* embassies, consulates, missions: the host country */
} Match;

/* Row of org_patterns.tsv for the text, of the given kind, or -1. */
static int
pattern_row(const DcLexicon *lex, const char *text, size_t len, const char *kind)
{
	for (int r = dc_lexicon_find(lex, text, len); r >= 0; r = dc_lexicon_next(lex, r))
		if (strcmp(dc_lexicon_field(lex, r, 0), kind) == 0)
			return r;
	return -1;
}

/* The longest topic phrase starting at token i: its last token, or -1. */
static int
topic_at(const Extract *x, const DcLexicon *lex, int i, const char **topic)
{
	char		buf[512];
	size_t		len = 0;
	int			best = -1;

	for (int j = i; j < x->t->n && j < i + MAX_TOPIC_TOKENS; j++)
	{
		const char *f = dc_tok_folded(x->t, j);
		size_t		flen = strlen(f);
		int			r;

		if (j > i && x->t->tok[j].newlines > 0)
			break;
		if (len + flen + 2 >= sizeof(buf))
			break;
		if (j > i && x->t->tok[j].type != TOK_PUNCT)
			buf[len++] = ' ';
		memcpy(buf + len, f, flen);
		len += flen;
		if ((r = pattern_row(lex, buf, len, "topic")) >= 0)
		{
			best = j;
			*topic = dc_lexicon_field(lex, r, 1);
		}
	}
	return best;
}

static bool
capitalised(const Extract *x, int i)
{
	return x->t->tok[i].type == TOK_WORD &&
		(x->t->tok[i].caps == CAPS_TITLE || x->t->tok[i].caps == CAPS_UPPER);
}

static bool
word_is(const Extract *x, int i, const char *w)
{
	return i >= 0 && i < x->t->n && strcmp(dc_tok_folded(x->t, i), w) == 0;
}

/* A country or place span at token i: its last token and the country, or -1. */
static int
where_at(const Extract *x, int i, const char **country)
{
	const Span *s = span_at(x, GAZ_COUNTRY, i);

	if (s && s->first == i)
	{
		*country = s->entry->key;
		return s->last;
	}
	s = span_at(x, GAZ_PLACE, i);
	if (s && s->first == i)
	{
		if (strcmp(s->entry->country, "-") != 0)
			*country = s->entry->country;
		return s->last;
	}
	return -1;
}

/* A state adjective ending at token *i names the country: moves *i to its start. */
static bool
state_adjective(const Extract *x, int *i, Match *m)
{
	const Span *c = span_at(x, GAZ_COUNTRY, *i);

	if (c == NULL || !c->entry->adjective)
		return false;
	m->country = c->entry->key;
	*i = c->first;
	return true;
}

static bool
english_match(const Extract *x, const DcLexicon *lex, int h, Match *m)
{
	int			i;

	if (!capitalised(x, h))
		return false;
	/* before the head: capitalised words and state adjectives */
	for (i = h - 1; i >= 0 && x->t->tok[i + 1].newlines == 0; i--)
	{
		if (state_adjective(x, &i, m))
			continue;
		/* "UN Committee on ...": an international body's acronym names the owner */
		if (span_at(x, GAZ_ORG, i) && strcmp(span_at(x, GAZ_ORG, i)->entry->subkind, "intl") == 0 &&
			span_at(x, GAZ_ORG, i)->last == i && x->t->tok[i].caps == CAPS_UPPER && m->owner == NULL)
		{
			m->owner = span_at(x, GAZ_ORG, i)->entry->key;
			i = span_at(x, GAZ_ORG, i)->first;
			continue;
		}
		if (!capitalised(x, i) || is_stopword(x, i) || span_at(x, GAZ_ROLE, i) ||
			span_at(x, GAZ_COUNTRY, i) || sentence_start(x, i + 1) ||
			(span_at(x, GAZ_ORG, i) && span_at(x, GAZ_ORG, i)->last != h))
			break;
		topic_at(x, lex, i, &m->topic);
	}
	m->first = i + 1;
	/* after the head */
	i = h + 1;
	if (i < x->t->n && word_is(x, i, "general"))
		i++;
	while (i < x->t->n && x->t->tok[i].newlines == 0)
	{
		int			j = i + 1;
		int			end;
		const char *country = NULL;

		if (!(word_is(x, i, "of") || word_is(x, i, "for") || word_is(x, i, "on") ||
			  word_is(x, i, "in") || word_is(x, i, "to")))
			break;
		if (word_is(x, j, "the"))
			j++;
		if (j >= x->t->n)
			break;
		if (!(span_at(x, GAZ_COUNTRY, j) && span_at(x, GAZ_COUNTRY, j)->entry->adjective) &&
			(end = where_at(x, j, &country)) >= 0)
		{
			if (!m->country)
				m->country = country;
			else if (!m->host && country)
				m->host = country;
			i = end + 1;
			continue;
		}
		if (word_is(x, i, "in") || word_is(x, i, "to") || !capitalised(x, j) ||
			span_at(x, GAZ_ORG, j) || span_at(x, GAZ_ROLE, j))
			break;
		/* capitalised complements: "of Education, Science and Sports" */
		end = j;
		topic_at(x, lex, j, &m->topic);
		while (end + 1 < x->t->n && x->t->tok[end + 1].newlines == 0 &&
			   ((capitalised(x, end + 1) && !span_at(x, GAZ_COUNTRY, end + 1) &&
				 !span_at(x, GAZ_ORG, end + 1)) ||
				((word_is(x, end + 1, "and") || dc_tok_is(x->t, end + 1, ',')) &&
				 end + 2 < x->t->n && capitalised(x, end + 2))))
			end++;
		/* "of the Federal Assembly": another body, named on its own */
		for (int k = j; k <= end; k++)
			if (pattern_row_at(x, k, "head") >= 0)
				goto done;
		i = end + 1;
	}
done:
	m->last = i - 1;
	/* a lone head ("the Commission", "the Embassy") refers back; it names nothing */
	return m->last > m->first || m->owner != NULL;
}

static bool
adjective_like(const Extract *x, int i)
{
	/* endings that nouns rarely have (not -ом, -ем, -ей: столом, музеем, статей) */
	static const char *const endings[] = {
		"ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ого", "его", "ому", "ему",
		"ым", "им", "ую", "юю", "ых", "их", "ыми", "ими", NULL
	};
	static const char *const noun_endings[] = {"ние", "тие", "ствие", NULL};
	const char *f = dc_tok_folded(x->t, i);
	size_t		n = strlen(f);

	if (x->t->tok[i].type != TOK_WORD || x->t->tok[i].script != SCRIPT_CYRILLIC || is_stopword(x, i) ||
		strchr(f, '-') != NULL)
		return false;
	for (const char *const *e = noun_endings; *e; e++)
		if (n > strlen(*e) && strcmp(f + n - strlen(*e), *e) == 0)
			return false;
	for (const char *const *e = endings; *e; e++)
	{
		size_t		k = strlen(*e);

		if (n > k + 4 && strcmp(f + n - k, *e) == 0)
			return true;
	}
	return false;
}

/*
 * The state of a listed state body at token i ("Bundestag" de-bundestag,
 * "Мажилиса" kz-mazhilis), or NULL: a committee of that body is that
 * state's, not the state the text is mostly about.
 */
static const char *
body_state(const Extract *x, int i)
{
	const Span *org = span_at(x, GAZ_ORG, i);
	const char *k = org ? org->entry->key : NULL;
	char	   *cc;

	if (k == NULL || !(k[0] >= 'a' && k[0] <= 'z' && k[1] >= 'a' && k[1] <= 'z' && k[2] == '-'))
		return NULL;
	cc = dc_alloc(3);
	cc[0] = (char) (k[0] & ~0x20);
	cc[1] = (char) (k[1] & ~0x20);
	cc[2] = '\0';
	return cc;
}

static bool
russian_match(const Extract *x, const DcLexicon *lex, int h, Match *m)
{
	int			i;
	bool		named = capitalised(x, h) && !sentence_start(x, h);
	int			end;

	/* adjectives before the head: "Конституционного суда", "казахстанского посольства" */
	for (i = h - 1; i >= 0 && x->t->tok[i + 1].newlines == 0; i--)
	{
		if (state_adjective(x, &i, m))
			continue;
		if (!adjective_like(x, i) || span_at(x, GAZ_ROLE, i))
			break;
		topic_at(x, lex, i, &m->topic);
		named |= capitalised(x, i) && !sentence_start(x, i);
	}
	m->first = i + 1;
	i = h + 1;
	/* "комитета Бундестага по иностранным делам": the body it belongs to, then its topic */
	if (i < x->t->n && x->t->tok[i].newlines == 0 && body_state(x, i))
	{
		m->country = body_state(x, i);
		i = span_at(x, GAZ_ORG, i)->last + 1;
		named = true;
	}
	if (i < x->t->n && x->t->tok[i].newlines == 0 && (end = topic_at(x, lex, i, &m->topic)) >= 0)
	{
		named = true;
		i = end + 1;
	}
	if (i < x->t->n && x->t->tok[i].newlines == 0 && (end = where_at(x, i, &m->country)) >= 0)
	{
		named = true;
		i = end + 1;
	}
	else if (named)
	{
		/* "Клуба друзей Казахстана": a few genitive words, then the country */
		for (int k = i; k < x->t->n && k < i + 3 && x->t->tok[k].newlines == 0 &&
			 x->t->tok[k].type == TOK_WORD && x->t->tok[k].caps == CAPS_LOWER && !is_stopword(x, k); k++)
			if (k + 1 < x->t->n && (end = where_at(x, k + 1, &m->country)) >= 0)
			{
				i = end + 1;
				break;
			}
	}
	m->last = i - 1;
	return named;
}

static bool
is_diplomatic_mission(const char *head)
{
	return strcmp(head, "embassy") == 0 || strcmp(head, "consulate") == 0 || strcmp(head, "mission") == 0;
}

/*
 * The host country of a mission named without it ("В Иордании посольство
 * Казахстана"): the nearest other country in the same sentence.
 */
static const char *
host_country(const Extract *x, const Match *m)
{
	for (int d = 1; d < 40; d++)
		for (int side = 0; side < 2; side++)
		{
			int			i = side ? m->last + d : m->first - d;
			const Span *c;

			if (i < 0 || i >= x->t->n)
				continue;
			c = span_at(x, GAZ_COUNTRY, i);
			if (c && (m->country == NULL || strcmp(c->entry->key, m->country) != 0))
				return c->entry->key;
		}
	return NULL;
}

static void
append_code(char *key, size_t size, const char *code)
{
	size_t		n = strlen(key);

	if (code && n + 4 < size)
	{
		key[n] = '-';
		key[n + 1] = (char) (code[0] | 0x20);
		key[n + 2] = (char) (code[1] | 0x20);
		key[n + 3] = '\0';
	}
}

static char *
make_key(const Extract *x, Match *m)
{
	char		key[128];
	const char *cc = m->country ? m->country : x->home ? x->home : "xx";
	char		lower[3] = {0};

	lower[0] = (char) (cc[0] | 0x20);
	lower[1] = (char) (cc[1] | 0x20);
	if (m->owner)
		snprintf(key, sizeof(key), "%s-%s%s%s", m->owner, m->head, m->topic ? "-" : "", m->topic ? m->topic : "");
	else if (m->topic)
		snprintf(key, sizeof(key), "%s-%s-%s", lower, m->head, m->topic);
	else
		snprintf(key, sizeof(key), "%s-%s", lower, m->head);
	if (is_diplomatic_mission(m->head))
		append_code(key, sizeof(key), m->host ? m->host : host_country(x, m));
	return dc_strndup(key, strlen(key));
}

/*
 * In Russian text, a run of capitalised Latin words is a company, a brand or
 * a foreign body's own name ("ZVVZ Engineering", "OMNIPOL"): Russian news
 * writes persons and places in Cyrillic.
 */
static void
latin_names_in_russian(Extract *x)
{
	for (int i = 0; i < x->t->n; i++)
	{
		int			last = i;
		char	   *name;
		DcMention  *mm;

		if (!capitalised(x, i) || x->t->tok[i].script != SCRIPT_LATIN || span_at(x, GAZ_ORG, i) ||
			span_at(x, GAZ_COUNTRY, i) || span_at(x, GAZ_PLACE, i))
			continue;
		while (last + 1 < x->t->n && x->t->tok[last + 1].newlines == 0 && capitalised(x, last + 1) &&
			   x->t->tok[last + 1].script == SCRIPT_LATIN && !span_at(x, GAZ_COUNTRY, last + 1))
			last++;
		/* a single letter is an initial or a list mark, not a name */
		if (last == i && x->t->tok[i].end - x->t->tok[i].start < 2)
			continue;
		name = tokens_text(x, i, last);
		mm = push_mention(x, ENT_ORG, i, last);
		mm->normal = name;
		for (char *p = name; *p; p++)
			*p = (*p >= 'A' && *p <= 'Z') ? (char) (*p | 0x20) : (*p == ' ' ? '-' : *p);
		mm->key = dc_strndup(name, strlen(name));
		mm->normal = tokens_text(x, i, last);
		i = last;
	}
}

void
find_state_bodies(Extract *x)
{
	const DcLexicon *lex = x->patterns;

	if (x->ru)
		latin_names_in_russian(x);
	for (int h = 0; h < x->t->n; h++)
	{
		const DcToken *tk = &x->t->tok[h];
		Match		m = {0};
		int			r;
		bool		ok;
		DcMention  *mm;

		/* a head inside a listed name is that name's, unless the name ends
		 * there and a country follows: "Security Council of Armenia" */
		if (tk->type != TOK_WORD ||
			(span_at(x, GAZ_ORG, h) && span_at(x, GAZ_ORG, h)->last != h))
			continue;
		r = pattern_row(lex, dc_tok_folded(x->t, h), tk->foldlen, "head");
		if (r < 0)
		{
			/* "МИД РК": an abbreviation for a head and a topic */
			char		head[64];
			const char *slash;

			r = pattern_row(lex, dc_tok_folded(x->t, h), tk->foldlen, "abbr");
			if (r < 0 || tk->caps != CAPS_UPPER)
				continue;
			slash = strchr(dc_lexicon_field(lex, r, 1), '/');
			snprintf(head, sizeof(head), "%.*s", slash ? (int) (slash - dc_lexicon_field(lex, r, 1)) : 63,
					 dc_lexicon_field(lex, r, 1));
			m.head = dc_strndup(head, strlen(head));
			m.topic = slash ? slash + 1 : NULL;
			m.first = h;
			m.last = h;
			if (h + 1 < x->t->n && where_at(x, h + 1, &m.country) >= 0)
				m.last = where_at(x, h + 1, &m.country);
			ok = true;
		}
		else
		{
			m.head = dc_lexicon_field(lex, r, 1);
			ok = x->t->tok[h].script == SCRIPT_CYRILLIC ? russian_match(x, lex, h, &m) :
				english_match(x, lex, h, &m);
		}
		if (!ok || (m.first == m.last && !capitalised(x, h)))
			continue;
		/* "the Bundestag Foreign Affairs Committee" */
		if (m.country == NULL && !x->ru)
			m.country = body_state(x, m.first - 1);
		/* a listed name stands unless the pattern adds a country after it */
		if (span_at(x, GAZ_ORG, h) && m.last == h)
			continue;
		mm = push_mention(x, ENT_ORG, m.first, m.last);
		mm->key = make_key(x, &m);
		for (int k = m.first; k <= m.last; k++)
			x->pattern_org[k] = mm->key;
		mm->normal = tokens_text(x, m.first, m.last);
		h = m.last > h ? m.last : h;
	}
}
