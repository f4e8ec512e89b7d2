/*
 * persons.c — persons from context.
 *
 * A candidate is a run of capitalised words on one line (with initials,
 * particles such as bin/al/de/van, hyphens) that no lexicon claims.  It is
 * a person when the context says so: a title before it ("Ambassador of
 * Kazakhstan to Spain", "посол Казахстана в Иордании", "с министром ...")
 * or after it (", the Secretary General of ..."), an initial ("S.Burshakov",
 * "A. Heusala"), a known given name, or a surname ending, for names of two
 * words or more.  A single word is a person when it is the surname of a
 * person found in full in the same text.  The role comes from the title,
 * the state served from the country named in the title, else the country
 * the text is mostly about.
 */
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/ustring.h>

#include "alloc.h"
#include "extract.h"
#include "names.h"
#include "text.h"
#include "translit.h"

#define MAX_NAME_TOKENS 6
#define ROLE_WINDOW 14

typedef struct Person
{
	int			first;
	int			last;
	bool		initial;		/* starts with an initial: A. Heusala */
	char	   *key;
	char	   *surname_key;	/* the key's surname part (before the '.') */
	char	   *normal;
	const char *role;
	const char *state;
} Person;

static bool
is_particle(const Extract *x, int i)
{
	static const char *const particles[] = {
		"bin", "ibn", "bint", "al", "el", "de", "da", "del", "dos", "van", "von", "der",
		"бин", "ибн", "аль", "эль", "де", "да", "дель", "дос", "ван", "фон", "дер", NULL
	};
	const char *f = dc_tok_folded(x->t, i);

	if (x->t->tok[i].type != TOK_WORD)
		return false;
	for (const char *const *p = particles; *p; p++)
		if (strcmp(f, *p) == 0)
			return true;
	return false;
}

static bool
claimed(const Extract *x, int i)
{
	for (int k = 0; k < GAZ_NKINDS; k++)
		if (span_at(x, (DcGazKind) k, i))
			return true;
	return false;
}

/* A capitalised word that could be part of a name. */
static bool
name_word(const Extract *x, int i)
{
	const DcToken *tk = &x->t->tok[i];

	if (tk->type != TOK_WORD || (tk->script != SCRIPT_LATIN && tk->script != SCRIPT_CYRILLIC))
		return false;
	if (tk->caps != CAPS_TITLE && !(tk->caps == CAPS_UPPER && tk->end - tk->start >= 3 && x->ru))
		return false;
	return !claimed(x, i) && !is_stopword(x, i);
}

/* An initial: one capital letter and a period (S. or S.Burshakov). */
static bool
initial_at(const Extract *x, int i)
{
	const DcToken *tk = &x->t->tok[i];

	return tk->type == TOK_WORD && tk->caps == CAPS_UPPER && tk->end - tk->start <= 2 &&
		dc_tok_is(x->t, i + 1, '.') && i + 2 < x->t->n && x->t->tok[i + 2].newlines == 0;
}

/*
 * The candidate name starting at token i: its last token, or -1.  Sets
 * *initial when it starts with an initial.
 */
static int
name_run(const Extract *x, int i, bool *initial)
{
	int			j = i;
	int			words = 0;

	*initial = false;
	if (initial_at(x, i))
	{
		*initial = true;
		j = i + 2;
		/* a second initial: A. B. Surname */
		if (initial_at(x, j))
			j += 2;
		if (j >= x->t->n || !name_word(x, j))
			return -1;
	}
	else if (!name_word(x, i))
		return -1;

	for (int last = j;; )
	{
		int			next = last + 1;

		words++;
		if (words >= MAX_NAME_TOKENS || next >= x->t->n || x->t->tok[next].newlines > 0)
			return last;
		if (is_particle(x, next) && next + 1 < x->t->n && name_word(x, next + 1) &&
			x->t->tok[next + 1].newlines == 0)
		{
			last = next + 1;
			continue;
		}
		if (!name_word(x, next))
			return last;
		last = next;
	}
}

/* A given name known to the lexicon (Cyrillic directly, Latin through 'ru'). */
static bool
known_given_name(const Extract *x, int i)
{
	const DcToken *tk = &x->t->tok[i];
	DcError		err;
	char	   *word = tokens_text(x, i, i);
	size_t		len = strlen(word);
	char	   *cut = strchr(word, '-');

	/* the first part of a compound: Kassym-Jomart */
	if (cut)
		len = (size_t) (cut - word);
	if (tk->script == SCRIPT_LATIN)
	{
		word = dc_translit("ru", word, len, &len, &err);
		if (word == NULL)
			return false;
	}
	else
	{
		/* the lexicon holds nominatives: try the word's own nominative */
		word = dc_name_nominative(word, len, &err);
		if (word == NULL)
			return false;
		len = strlen(word);
	}
	return dc_lexicon_find(x->given, word, len) >= 0;
}

static bool
ends_with(const char *s, const char *suffix)
{
	size_t		n = strlen(s);
	size_t		k = strlen(suffix);

	return n > k && strcmp(s + n - k, suffix) == 0;
}

/* Surname endings of the region's names, in both scripts. */
static bool
surname_ending(const Extract *x, int i)
{
	static const char *const endings[] = {
		"ov", "ev", "ova", "eva", "yev", "yeva", "enko", "uly", "kyzy", "uulu", "bayev",
		"yan", "dze", "shvili", "sky", "skiy", "skaya", "ich",
		"ов", "ев", "ова", "ева", "енко", "улы", "кызы", "уулу", "баев", "ян", "дзе",
		"швили", "ский", "ская", "ич", "ым", "ым", "ову", "евым", "овым", "овой", NULL
	};
	const char *f = dc_tok_folded(x->t, i);

	for (const char *const *e = endings; *e; e++)
		if (ends_with(f, *e))
			return true;
	return false;
}

/* Words that may stand between a title and the name it introduces. */
static bool
title_filler(const Extract *x, int i)
{
	static const char *const en[] = {"of", "to", "in", "at", "for", "the", "and", "on", "with", NULL};
	static const char *const ru[] = {"в", "во", "при", "по", "и", "на", "к", NULL};
	const DcToken *tk = &x->t->tok[i];
	const char *f = dc_tok_folded(x->t, i);

	if (claimed(x, i) && !span_at(x, GAZ_ROLE, i))
		return true;
	if (tk->type == TOK_PUNCT)
		return dc_tok_is(x->t, i, ',') || dc_tok_is(x->t, i, '(') || dc_tok_is(x->t, i, ')') ||
			dc_tok_is(x->t, i, '-') || dc_tok_is(x->t, i, 0x2013) || dc_tok_is(x->t, i, 0x2014);
	for (const char *const *w = x->ru ? ru : en; *w; w++)
		if (strcmp(f, *w) == 0)
			return true;
	/* "Minister of Education, Science and Sports of ...": capitalised complements */
	if (tk->caps == CAPS_TITLE || tk->caps == CAPS_UPPER)
		return !is_stopword(x, i) || strcmp(f, "the") == 0;
	/* Russian titles take genitive complements: "министр иностранных дел" */
	return x->ru && tk->caps == CAPS_LOWER && !is_stopword(x, i);
}

/* The first country named in tokens [from, to). */
static const char *
country_between(const Extract *x, int from, int to)
{
	for (int i = from < 0 ? 0 : from; i < to; i++)
	{
		const Span *s = span_at(x, GAZ_COUNTRY, i);

		if (s)
			return s->entry->key;
	}
	return NULL;
}

/* Roles whose holder serves a state; the others (business, UN officials...) may not. */
static bool
state_role(const char *role)
{
	static const char *const roles[] = {
		"head_of_state", "head_of_government", "vice_president", "minister", "deputy_minister",
		"ambassador", "consul_general", "permanent_representative", NULL
	};

	for (const char *const *r = roles; *r; r++)
		if (strcmp(role, *r) == 0)
			return true;
	return false;
}

/* A title just before the name (within the same sentence); sets role and state. */
static bool
title_before(const Extract *x, int first, Person *p)
{
	for (int i = first - 1; i >= 0 && i >= first - ROLE_WINDOW; i--)
	{
		const Span *role = span_at(x, GAZ_ROLE, i);

		if (role)
		{
			/* "Kazakh President": a state adjective right before the title */
			const char *state = country_between(x, role->last + 1, first);

			if (state == NULL)
				state = country_between(x, role->first - 2, role->first);
			p->role = role->entry->key;
			p->state = state;
			return true;
		}
		if (x->t->tok[i + 1].newlines > 0 || !title_filler(x, i))
			return false;
	}
	return false;
}

/* ", the Secretary General of ..." or "— посол ..." just after the name. */
static bool
title_after(const Extract *x, int last, Person *p)
{
	int			i = last + 1;

	if (!(dc_tok_is(x->t, i, ',') || dc_tok_is(x->t, i, 0x2013) || dc_tok_is(x->t, i, 0x2014)))
		return false;
	i++;
	if (i < x->t->n && strcmp(dc_tok_folded(x->t, i), "the") == 0)
		i++;
	/* a state adjective or a country before the title: ", Kazakh Ambassador" */
	while (i < x->t->n && span_at(x, GAZ_COUNTRY, i) && !span_at(x, GAZ_ROLE, i))
		i = span_at(x, GAZ_COUNTRY, i)->last + 1;
	if (i < x->t->n && span_at(x, GAZ_ROLE, i) && x->t->tok[i].newlines == 0)
	{
		const Span *role = span_at(x, GAZ_ROLE, i);
		int			end = role->last + 1;

		p->role = role->entry->key;
		p->state = country_between(x, last + 1, role->first);
		/* the complement: "of the Republic of Armenia" */
		while (!p->state && end < x->t->n && end <= role->last + ROLE_WINDOW &&
			   !dc_tok_is(x->t, end, '.') && !dc_tok_is(x->t, end, ',') && x->t->tok[end].newlines == 0)
		{
			if (span_at(x, GAZ_COUNTRY, end))
				p->state = span_at(x, GAZ_COUNTRY, end)->entry->key;
			end++;
		}
		return true;
	}
	return false;
}

static char *
surname_part(const char *key)
{
	const char *dot = strchr(key, '.');

	return dc_strndup(key, dot ? (size_t) (dot - key) : strlen(key));
}

static bool
make_person(Extract *x, Person *p, DcError *err)
{
	char	   *text = tokens_text(x, p->first, p->last);
	size_t		len = strlen(text);

	p->normal = x->ru ? dc_name_nominative(text, len, err) : text;
	if (p->normal == NULL)
		return false;
	p->key = dc_name_key(p->normal, strlen(p->normal), err);
	if (p->key == NULL)
		return false;
	p->surname_key = surname_part(p->key);
	return true;
}

static void
emit_person(Extract *x, const Person *p)
{
	DcMention  *m = push_mention(x, ENT_PERSON, p->first, p->last);

	m->key = p->key;
	m->normal = p->normal;
	m->role = p->role;
	if (p->state)
		memcpy(m->state, p->state, 2);
}

/* The full person of the text whose surname (and initial, if any) this is. */
static const Person *
resolve(const Person *found, int nfound, const char *key, bool with_initial)
{
	const char *dot = strchr(key, '.');
	size_t		slen = dot ? (size_t) (dot - key) : strlen(key);

	for (int i = 0; i < nfound; i++)
	{
		if (strlen(found[i].surname_key) != slen || strncmp(found[i].surname_key, key, slen) != 0)
			continue;
		if (with_initial && dot && strcmp(found[i].key, key) != 0)
			continue;
		return &found[i];
	}
	return NULL;
}

DcStatus
find_persons(Extract *x, DcError *err)
{
	const DcTokens *t = x->t;
	Person	   *found = dc_alloc(sizeof(Person) * 64);
	int			nfound = 0;
	int			cap = 64;
	Person	   *pending = dc_alloc(sizeof(Person) * 64);
	int			npending = 0;
	int			pcap = 64;

	for (int i = 0; i < t->n; i++)
	{
		Person		p = {0};
		bool		evidence;
		int			words;

		if ((i & 1023) == 0)
			dc_check_interrupts();
		p.last = name_run(x, i, &p.initial);
		if (p.last < 0)
			continue;
		p.first = i;
		words = 0;
		for (int k = i; k <= p.last; k++)
			words += t->tok[k].type == TOK_WORD && !is_particle(x, k);
		evidence = title_before(x, i, &p) || title_after(x, p.last, &p);
		if (!evidence && words >= 2)
			evidence = p.initial || known_given_name(x, i) || surname_ending(x, p.last) ||
				(x->ru && surname_ending(x, i));
		/* a lone word at the start of a sentence is too weak: it may be any noun */
		if (!make_person(x, &p, err))
			return err->status;
		if (p.role && !p.state && state_role(p.role))
			p.state = x->home;
		if (evidence && words >= 2 && !(p.initial && words == 1 && !p.role))
		{
			if (nfound == cap)
			{
				cap *= 2;
				found = dc_realloc(found, sizeof(Person) * (size_t) cap);
			}
			found[nfound++] = p;
		}
		else
		{
			if (npending == pcap)
			{
				pcap *= 2;
				pending = dc_realloc(pending, sizeof(Person) * (size_t) pcap);
			}
			p.role = evidence ? p.role : NULL;
			pending[npending++] = p;
		}
		i = p.last;
	}

	/* full names first; the rest are kept when they name a person found in full */
	for (int i = 0; i < nfound; i++)
	{
		const Person *first = resolve(found, i, found[i].key, true);

		if (first && strcmp(first->key, found[i].key) == 0)
		{
			/* a later mention of the same person carries the first one's role */
			if (!found[i].role)
			{
				found[i].role = first->role;
				found[i].state = first->state;
			}
		}
		emit_person(x, &found[i]);
	}
	for (int i = 0; i < npending; i++)
	{
		Person	   *p = &pending[i];
		const Person *full = resolve(found, nfound, p->key, p->initial);

		if (full == NULL)
			continue;
		p->key = full->key;
		p->normal = full->normal;
		if (!p->role)
		{
			p->role = full->role;
			p->state = full->state;
		}
		emit_person(x, p);
	}
	return DC_OK;
}
