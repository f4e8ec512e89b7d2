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
 *
 * The office holders (holders.h) are the second source: a person they know
 * takes the key of the full name, and the role and state the text leaves
 * out come from the office held on the text's day; a known holder's name
 * needs no title ("Орбан провел переговоры с Вучичем"), unless the surname
 * is also a common word ("Trump card").
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
#define NAME_CACHE_SIZE 256

struct NameCache
{
	int			n;
	char	   *text[NAME_CACHE_SIZE];
	char	   *normal[NAME_CACHE_SIZE];
	char	   *key[NAME_CACHE_SIZE];
	char	   *surname_key[NAME_CACHE_SIZE];
	/* what the office holders said of a name, its key and the state the text gives */
	int			nhits;
	char	   *hit_text[NAME_CACHE_SIZE];
	const char *hit_key[NAME_CACHE_SIZE];
	const char *hit_state[NAME_CACHE_SIZE];
	DcHolderHit hit[NAME_CACHE_SIZE];
};
#define ROLE_WINDOW 24

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
	bool		state_explicit; /* the title names the state */
	bool		inferred;		/* role or state from the office holders */
} Person;

static bool
is_particle(const Extract *x, int i)
{
	static const char *const particles[] = {
		"bin", "ibn", "bint", "al", "el", "de", "da", "del", "dos", "van", "von", "der",
		"бин", "ибн", "аль", "эль", "де", "да", "дель", "дос", "ван", "фон", "дер", NULL
	};
	const char *f = dc_tok_folded(x->t, i);

	/* the longest particle has eight bytes (дель) */
	if (x->t->tok[i].type != TOK_WORD || x->t->tok[i].foldlen > 8)
		return false;
	for (const char *const *p = particles; *p; p++)
		if (strcmp(f, *p) == 0)
			return true;
	return false;
}

static bool
word_is(const Extract *x, int i, const char *w)
{
	return i >= 0 && i < x->t->n && strcmp(dc_tok_folded(x->t, i), w) == 0;
}

static bool
claimed(const Extract *x, int i)
{
	for (int k = 0; k < GAZ_NKINDS; k++)
		if (span_at(x, (DcGazKind) k, i))
			return true;
	return false;
}

/*
 * A Russian function word written with a capital before another capitalised
 * word is a family name written first: Ли Цян, Ким Чен Ын (the particle ли
 * is never capitalised inside a name run).
 */
static bool
cyrillic_family_name(const Extract *x, int i)
{
	const DcToken *tk = &x->t->tok[i];
	const DcToken *next = i + 1 < x->t->n ? &x->t->tok[i + 1] : NULL;

	return x->ru && tk->script == SCRIPT_CYRILLIC && tk->caps == CAPS_TITLE && next &&
		next->type == TOK_WORD && next->script == SCRIPT_CYRILLIC && next->caps == CAPS_TITLE &&
		next->space_before && next->newlines == 0 && !is_stopword(x, i + 1);
}

/*
 * A surname in Latin capitals before a given name, as ministries list people
 * ("Mr. ISHIBA Shigeru", "LEE Jae-myung"): not an acronym, which stands alone.
 */
static bool
latin_list_style(const Extract *x, int i)
{
	const DcToken *tk = &x->t->tok[i];
	const DcToken *next = i + 1 < x->t->n ? &x->t->tok[i + 1] : NULL;

	return tk->caps == CAPS_UPPER && tk->script == SCRIPT_LATIN && tk->end - tk->start >= 2 && next &&
		next->type == TOK_WORD && next->script == SCRIPT_LATIN && next->caps == CAPS_TITLE &&
		next->space_before && next->newlines == 0 && !is_stopword(x, i + 1);
}

/* A capitalised word that could be part of a name. */
static bool
name_word(const Extract *x, int i)
{
	const DcToken *tk = &x->t->tok[i];

	if (tk->type != TOK_WORD || (tk->script != SCRIPT_LATIN && tk->script != SCRIPT_CYRILLIC))
		return false;
	/* a surname in capitals is a Russian list style (ИВАНОВ Иван); Latin capitals in
	 * Russian text are brands and acronyms */
	if (tk->caps != CAPS_TITLE &&
		!(tk->caps == CAPS_UPPER && tk->end - tk->start >= 3 && x->ru && tk->script == SCRIPT_CYRILLIC) &&
		!latin_list_style(x, i))
		return false;
	if (x->pattern_org[i] || (tk->script == SCRIPT_LATIN && pattern_row_at(x, i, "head") >= 0))
		return false;
	/* "On Tuesday Tokayev", "Накануне Токаев", "May Orbán": calendar words start no name */
	if (dc_lexicon_find(x->months, dc_tok_folded(x->t, i), tk->foldlen) >= 0 ||
		dc_lexicon_find(x->relative_days, dc_tok_folded(x->t, i), tk->foldlen) >= 0)
		return false;
	return !claimed(x, i) && (!is_stopword(x, i) || cyrillic_family_name(x, i));
}

/*
 * An initial: one capital letter and a period (S. or S.Burshakov); two
 * capitals are an acronym ending a sentence ("within the UN. Smith said").
 */
static bool
initial_at(const Extract *x, int i)
{
	const DcToken *tk = &x->t->tok[i];
	int			len = tk->end - tk->start;

	return tk->type == TOK_WORD &&
		tk->caps == CAPS_UPPER && len == 1 &&
		dc_tok_is(x->t, i + 1, '.') && i + 2 < x->t->n && x->t->tok[i + 2].newlines == 0;
}

/* A regnal number in capitals: II, III, VI (not a lone I, the pronoun). */
static bool
roman_numeral(const Extract *x, int i)
{
	const DcToken *tk;
	const char *f;

	if (i >= x->t->n)
		return false;
	tk = &x->t->tok[i];
	f = dc_tok_folded(x->t, i);
	if (tk->type != TOK_WORD || tk->script != SCRIPT_LATIN || tk->caps != CAPS_UPPER || tk->foldlen < 2 ||
		tk->foldlen > 4 || tk->space_before == false)
		return false;
	return strspn(f, "ivx") == tk->foldlen;
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
		if (is_particle(x, next))
		{
			/* particles inside a name, one or several: von der Leyen, bin Abdulaziz */
			int			after = next;

			while (after + 1 < x->t->n && is_particle(x, after + 1) && x->t->tok[after + 1].newlines == 0)
				after++;
			if (after + 1 < x->t->n && x->t->tok[after + 1].newlines == 0 &&
				(name_word(x, after + 1) ||
				 (dc_tok_is(x->t, after + 1, '-') && !x->t->tok[after + 1].space_before)))
			{
				last = after + 1;
				continue;
			}
		}
		/* a compound written without spaces: Kassym-Jomart, Al-Maaytah */
		if (dc_tok_is(x->t, next, '-') && !x->t->tok[next].space_before && next + 1 < x->t->n &&
			!x->t->tok[next + 1].space_before && x->t->tok[next + 1].type == TOK_WORD &&
			x->t->tok[next + 1].script != SCRIPT_OTHER)
		{
			last = next + 1;
			words--;
			continue;
		}
		/* a regnal number ends the name: Charles III, Карл III */
		if (roman_numeral(x, next))
			return next;
		/* a one-syllable given name after a family name that is also a function word: Ван И */
		if (x->ru && x->t->tok[next].script == SCRIPT_CYRILLIC && x->t->tok[next].caps != CAPS_LOWER &&
			x->t->tok[next].space_before && is_stopword(x, next) && !sentence_start(x, next))
			return next;
		if (!name_word(x, next))
			return last;
		last = next;
	}
}

/* Name words in tokens [first, last]: neither initials nor particles. */
static int
count_words(const Extract *x, int first, int last)
{
	int			n = 0;

	for (int k = first; k <= last; k++)
		n += x->t->tok[k].type == TOK_WORD && !is_particle(x, k) && !initial_at(x, k);
	return n;
}

/*
 * Whether the name of tokens [i, last] starts with a given name the lexicon
 * knows (in the nominative of the whole name: the case is read from all its
 * words, Пилара Рохо).
 */
static bool
known_given_name(const Extract *x, int i, int last)
{
	DcError		err;
	char	   *name = tokens_text(x, i, last);

	return dc_name_is_given(name, strlen(name), &err);
}

/* A word ending like a surname (data/name_endings.tsv). */
static bool
surname_ending(const Extract *x, int i)
{
	const char *f = dc_tok_folded(x->t, i);
	size_t		n = x->t->tok[i].foldlen;

	if (x->t->tok[i].type != TOK_WORD)
		return false;
	/* the longest ending has six letters, twelve bytes in Cyrillic; keep a stem of three */
	for (size_t k = 2; k <= 14 && k + 3 <= n; k++)
		if (((unsigned char) f[n - k] & 0xC0) != 0x80 && dc_lexicon_find(x->endings, f + n - k, k) >= 0)
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
	/* Russian titles take genitive complements: "министр иностранных дел",
	 * "председатель комитета по иностранным делам" (not verbs, not nominatives) */
	if (x->ru && tk->caps == CAPS_LOWER)
	{
		static const char *const endings[] = {
			"а", "я", "ы", "и", "ов", "ев", "ей", "ого", "его", "ой", "ых", "их", "ам", "ям",
			"ым", "им", "ом", "ем", "ах", "ях", "ий", NULL
		};
		size_t		n = tk->foldlen;

		for (const char *const *e = endings; *e; e++)
			if (n > strlen(*e) + 4 && strcmp(f + n - strlen(*e), *e) == 0)
				return true;
	}
	return false;
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

/*
 * A parliament, by the words of its name (rows of kind "parliament" of
 * org_patterns.tsv, matched as the start of a word or phrase): a title
 * there makes a parliamentarian.
 */
static bool
parliamentary(const Extract *x, int first, int last)
{
	char	   *text = tokens_text(x, first, last);
	size_t		len;
	char	   *folded = NULL;

	for (char *p = text; *p; p++)
		if (*p >= 'A' && *p <= 'Z')
			*p = (char) (*p | 0x20);
	for (int r = 0; r < dc_lexicon_rows(x->patterns); r++)
	{
		const char *stem = dc_lexicon_field(x->patterns, r, 3);

		if (strcmp(dc_lexicon_field(x->patterns, r, 0), "parliament") != 0)
			continue;
		if (strstr(text, stem))
			return true;
		/* Cyrillic capitals: compare the folded words */
		if (folded == NULL)
		{
			len = 0;
			for (int i = first; i <= last; i++)
				len += strlen(dc_tok_folded(x->t, i)) + 1;
			folded = dc_alloc(len + 1);
			folded[0] = '\0';
			for (int i = first; i <= last; i++)
			{
				strcat(folded, dc_tok_folded(x->t, i));
				strcat(folded, " ");
			}
		}
		if (strstr(folded, stem))
			return true;
	}
	return false;
}

/*
 * An organisation named in a title's complement changes what the title
 * means: the President of an assembly is a parliamentarian, of a government
 * the head of government, of a company or an agency the head of an
 * organisation.  A capitalised head noun alone ("of the Assembly") counts.
 */
static const char *
role_in_organisation(const Extract *x, const char *role, int from, int to)
{
	bool		any = false;
	bool		parliament = false;
	bool		government = false;

	if (!(strcmp(role, "head_of_state") == 0 || strcmp(role, "vice_president") == 0 ||
		  strcmp(role, "head_of_organization") == 0 || strcmp(role, "official") == 0))
		return role;
	for (int i = from < 0 ? 0 : from; i < to; i++)
	{
		const Span *org = span_at(x, GAZ_ORG, i);
		int			last = i;

		if (org)
			last = org->last;
		else if (x->pattern_org[i])
		{
			government |= strstr(x->pattern_org[i], "-government") != NULL;
			while (last + 1 < to && x->pattern_org[last + 1] == x->pattern_org[i])
				last++;
		}
		else if (!(x->t->tok[i].caps == CAPS_TITLE && pattern_row_at(x, i, "head") >= 0))
			continue;
		any = true;
		parliament |= parliamentary(x, i, last);
		i = last;
	}
	if (!any)
		return role;
	if (parliament)
		return "parliamentarian";
	if (government && strcmp(role, "vice_president") != 0)
		return "head_of_government";
	if (strcmp(role, "head_of_state") == 0)
		return "head_of_organization";
	if (strcmp(role, "vice_president") == 0)
		return "official";
	return role;
}

/* The state of a title: a country in [from, to), else the state of a place there. */
static const char *
title_state(const Extract *x, int from, int to)
{
	const char *state = country_between(x, from, to);

	for (int i = from < 0 ? 0 : from; !state && i < to; i++)
	{
		const Span *pl = span_at(x, GAZ_PLACE, i);

		if (pl && strcmp(pl->entry->country, "-") != 0)
			state = pl->entry->country;
	}
	return state;
}

/*
 * The state of a titled person whose title names none: the nearest other
 * country mentioned earlier in the sentence ("in Spain ... met the
 * Vice-President of the Assembly X" serves Spain), not the text's home.
 */
static const char *
sentence_state(const Extract *x, int first)
{
	for (int i = first - 1; i >= 0 && i >= first - 40; i--)
	{
		const Span *c = span_at(x, GAZ_COUNTRY, i);

		if (c && (x->home == NULL || strcmp(c->entry->key, x->home) != 0))
			return c->entry->key;
		if (sentence_start(x, i))
			break;
	}
	return NULL;
}

/* A title ends right before token i (or before a comma or a country). */
static bool
title_adjacent(const Extract *x, int i)
{
	return span_at(x, GAZ_ROLE, i - 1) || (span_at(x, GAZ_ROLE, i - 2) &&
										   (dc_tok_is(x->t, i - 1, ',') || span_at(x, GAZ_COUNTRY, i - 1)));
}

/*
 * A former holder of a title ("ex-Secretary-General") no longer has that
 * role; a former head of a parliament is still counted a parliamentarian.
 */
static const char *
qualified_role(const Extract *x, const char *role, const Span *title)
{
	int			before = title->first - 1;

	if (dc_tok_is(x->t, before, '-') && !x->t->tok[before].space_before)
		before--;
	if (word_is(x, before, "former") || word_is(x, before, "ex") || word_is(x, before, "бывший") ||
		word_is(x, before, "бывшего") || word_is(x, before, "бывшему") || word_is(x, before, "бывшим") ||
		word_is(x, before, "экс"))
		return strcmp(role, "parliamentarian") == 0 ? role : "other";
	return role;
}

/*
 * A title just before the name, in the same sentence: the leftmost title of
 * the phrase ("Ambassador of Kazakhstan to Kenya and Permanent Representative
 * ..., Barlybay Sadykov" is an ambassador); sets role and state.
 */
static bool
title_before(const Extract *x, int first, Person *p)
{
	const Span *found = NULL;

	for (int i = first - 1; i >= 0 && i >= first - ROLE_WINDOW; i--)
	{
		const Span *role = span_at(x, GAZ_ROLE, i);

		if (role)
		{
			found = role;
			i = role->first;
			/* go on only through coordinated titles: "Ambassador ... and Permanent Representative" */
			if (!(word_is(x, i - 1, "and") || word_is(x, i - 1, "и")))
				break;
			continue;
		}
		if (x->t->tok[i + 1].newlines > 0 || !title_filler(x, i))
			break;
	}
	if (found == NULL)
		return false;
	/* "Kazakh President": a state adjective right before the title */
	p->state = title_state(x, found->last + 1, first);
	if (p->state == NULL)
		p->state = country_between(x, found->first - 2, found->first);
	p->role = role_in_organisation(x, found->entry->key, found->last + 1, first);
	p->role = qualified_role(x, p->role, found);
	return true;
}

/* ", the Secretary General of ..." or "— посол ..." just after the name. */
static bool
title_after(const Extract *x, int last, Person *p)
{
	int			i = last + 1;
	const char *paren = NULL;

	/* "Angelos Syrigos (Greece), OSCE PA Special Representative" */
	if (dc_tok_is(x->t, i, '(') && span_at(x, GAZ_COUNTRY, i + 1) &&
		dc_tok_is(x->t, span_at(x, GAZ_COUNTRY, i + 1)->last + 1, ')'))
	{
		paren = span_at(x, GAZ_COUNTRY, i + 1)->entry->key;
		i = span_at(x, GAZ_COUNTRY, i + 1)->last + 2;
	}
	if (!(dc_tok_is(x->t, i, ',') || dc_tok_is(x->t, i, 0x2013) || dc_tok_is(x->t, i, 0x2014)))
		return false;
	i++;
	if (i < x->t->n && strcmp(dc_tok_folded(x->t, i), "the") == 0)
		i++;
	/* a state adjective or a qualifier before the title: ", Kazakh Ambassador",
	 * ", Presidential Advisor", ", former President", ", OSCE PA Special ..." */
	for (int k = 0; k < 3 && i < x->t->n && !span_at(x, GAZ_ROLE, i); k++)
	{
		if (span_at(x, GAZ_COUNTRY, i))
			i = span_at(x, GAZ_COUNTRY, i)->last + 1;
		else if (span_at(x, GAZ_ORG, i))
			i = span_at(x, GAZ_ORG, i)->last + 1;
		else if (x->t->tok[i].type == TOK_WORD && !is_stopword(x, i))
			i++;
	}
	if (i < x->t->n && span_at(x, GAZ_ROLE, i) && x->t->tok[i].newlines == 0)
	{
		const Span *role = span_at(x, GAZ_ROLE, i);
		int			end = role->last + 1;

		p->state = paren ? paren : country_between(x, last + 1, role->first);
		/* the complement: "of the Republic of Armenia" */
		while (end < x->t->n && end <= role->last + ROLE_WINDOW &&
			   !dc_tok_is(x->t, end, '.') && !dc_tok_is(x->t, end, ',') && x->t->tok[end].newlines == 0)
			end++;
		if (!p->state)
			p->state = title_state(x, role->last + 1, end);
		p->role = qualified_role(x, role_in_organisation(x, role->entry->key, role->last + 1, end), role);
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

/*
 * The nominative and key of the name in tokens [first, last].  A text names
 * its persons several times: the analyses are kept for the text (x->names).
 */
static bool
make_person(Extract *x, Person *p, DcError *err)
{
	char	   *text = tokens_text(x, p->first, p->last);
	NameCache  *c = x->names;

	for (int i = 0; c && i < c->n; i++)
		if (strcmp(c->text[i], text) == 0)
		{
			p->normal = c->normal[i];
			p->key = c->key[i];
			p->surname_key = c->surname_key[i];
			return true;
		}
	if (!dc_name_normalise(text, strlen(text), &p->normal, &p->key, err))
		return false;
	p->surname_key = surname_part(p->key);
	if (c && c->n < NAME_CACHE_SIZE)
	{
		c->text[c->n] = text;
		c->normal[c->n] = p->normal;
		c->key[c->n] = p->key;
		c->surname_key[c->n] = p->surname_key;
		c->n++;
	}
	return true;
}

static void
emit_person(Extract *x, const Person *p)
{
	DcMention  *m = push_mention(x, ENT_PERSON, p->first, p->last);

	m->key = p->key;
	m->normal = p->normal;
	m->role = p->role;
	m->inferred = p->inferred;
	if (p->state)
		memcpy(m->state, p->state, 2);
}

/* Whether some office holder is written with token i (dc_holders_maybe, asked once per token). */
static bool
holder_word(Extract *x, int i)
{
	if (x->t->tok[i].type != TOK_WORD)
		return false;
	if (x->holder_word[i] == 0)
		x->holder_word[i] = dc_holders_maybe(x->holders, dc_tok_folded(x->t, i), x->t->tok[i].foldlen) ? 1 : 2;
	return x->holder_word[i] == 1;
}

static bool
same_or_null(const char *a, const char *b)
{
	return a == b || (a && b && strcmp(a, b) == 0);
}

/* dc_holders_find on the text's day, remembered for the text (a text names its persons often). */
static bool
find_holder(Extract *x, char *text, const char *key, const char *state, DcHolderHit *hit, DcError *err)
{
	NameCache  *c = x->names;

	for (int i = 0; i < c->nhits; i++)
		if (same_or_null(c->hit_key[i], key) && same_or_null(c->hit_state[i], state) &&
			strcmp(c->hit_text[i], text) == 0)
		{
			*hit = c->hit[i];
			return true;
		}
	if (!dc_holders_find(x->holders, text, strlen(text), key, x->day, state, hit, err))
		return false;
	if (c->nhits < NAME_CACHE_SIZE)
	{
		c->hit_text[c->nhits] = text;
		c->hit_key[c->nhits] = key;
		c->hit_state[c->nhits] = state;
		c->hit[c->nhits++] = *hit;
	}
	return true;
}

/*
 * What the office holders know of a person the text names: the key of the
 * full name, and the role and state that the text leaves out, from the
 * office held on the text's day.  The text's own title and state win.
 */
static bool
apply_holder(Extract *x, Person *p, DcHolderHit *hit, DcError *err)
{
	char	   *text;
	const DcHolder *h;
	bool		maybe = false;

	hit->holder = -1;
	/* the cheap test first: some holder is written with one of these words */
	for (int k = p->first; k <= p->last && !maybe; k++)
		maybe = holder_word(x, k);
	if (!maybe)
		return true;
	text = tokens_text(x, p->first, p->last);
	if (!find_holder(x, text, p->key, p->state_explicit ? p->state : NULL, hit, err))
		return false;
	if (hit->holder < 0)
		return true;
	h = dc_holder(x->holders, hit->holder);
	p->key = (char *) hit->key;
	/* a surname alone is shown as the full name */
	if (hit->surname_only || count_words(x, p->first, p->last) < 2)
		p->normal = (char *) (x->ru && h->name_ru[0] ? h->name_ru : h->name_en);
	if (hit->term == NULL)
		return true;
	if (p->role == NULL)
	{
		p->role = hit->term->role;
		p->inferred = true;
	}
	if (!p->state_explicit)
	{
		/* a head of an organisation serves no state */
		const char *serves = strlen(hit->term->serves) == 2 ? hit->term->serves : NULL;

		p->inferred |= serves ? (p->state == NULL || strcmp(p->state, serves) != 0) : p->state != NULL;
		p->state = serves;
	}
	return true;
}

/*
 * Whether a word written with a capital says nothing: at the start of a
 * sentence, after a determiner, on a line whose words are mostly capitalised
 * (a headline, a menu), or a month's name (May).
 */
static bool
capital_says_nothing(const Extract *x, int i)
{
	int			words = 0;
	int			caps = 0;
	int			a = i;
	int			b = i;

	static const char *const determiners[] = {
		"a", "an", "the", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my",
		"your", "every", "each", "no", "any", "some", NULL
	};

	if (sentence_start(x, i) || dc_lexicon_find(x->months, dc_tok_folded(x->t, i), x->t->tok[i].foldlen) >= 0)
		return true;
	/* "a Trump card": a determiner makes it a common noun */
	for (const char *const *d = determiners; *d; d++)
		if (word_is(x, i - 1, *d))
			return true;
	while (a > 0 && x->t->tok[a].newlines == 0)
		a--;
	while (b + 1 < x->t->n && x->t->tok[b + 1].newlines == 0)
		b++;
	for (int k = a; k <= b && k - a < 64; k++)
		if (x->t->tok[k].type == TOK_WORD && !is_stopword(x, k))
		{
			words++;
			caps += x->t->tok[k].caps != CAPS_LOWER;
		}
	return words >= 4 && caps * 10 >= words * 7;
}

/* The first and last token of the sentence around token i. */
static void
sentence_of(const Extract *x, int i, int *first, int *last)
{
	*first = i;
	while (*first > 0 && !sentence_start(x, *first))
		(*first)--;
	*last = i;
	while (*last + 1 < x->t->n && !sentence_start(x, *last + 1))
		(*last)++;
}

/*
 * What a surname that is also a common word needs when its capital says
 * nothing ("Trump card", "Bush fires", "May brings rain", "Gorky Park"): the
 * same holder named elsewhere in the text, another person named in the same
 * sentence ("Tusk met Stubb"), or the state the holder serves named in the
 * text.
 */
static bool
common_word_backed(const Extract *x, const Person *p, const DcHolderHit *hit, bool in_longer_run)
{
	int			first,
				last;

	/* inside a longer capitalised run (Gorky Park) the capital is the run's */
	if (!in_longer_run && !capital_says_nothing(x, p->first))
		return true;
	sentence_of(x, p->first, &first, &last);
	for (int i = 0; i < x->out->n; i++)
	{
		const DcMention *m = &x->out->m[i];

		if (m->kind != ENT_PERSON || m->start == x->t->tok[p->first].start)
			continue;
		/* the same holder named where it says something, or another person in the sentence */
		if (strcmp(m->key, p->key) == 0 ||
			(m->start >= x->t->tok[first].start && m->end <= x->t->tok[last].end))
			return true;
	}
	for (int i = 0; hit->term && i < x->nspans[GAZ_COUNTRY]; i++)
		if (strcmp(x->spans[GAZ_COUNTRY][i].entry->key, hit->term->serves) == 0)
			return true;
	return false;
}

/*
 * A capitalised run that no title introduces: the longest part of it that
 * names an office holder on the text's day ("Орбан провел переговоры",
 * "Orbán Holds Talks").  *found tells whether p now is that person, and
 * hit how (a surname that is also a common word needs common_word_backed()).
 */
static bool
known_holder(Extract *x, Person *p, bool *found, DcHolderHit *hit, DcError *err)
{
	bool		maybe = false;

	*found = false;
	/* the cheap test first, before any name analysis */
	for (int k = p->first; k <= p->last && !maybe; k++)
		maybe = holder_word(x, k);
	if (!maybe)
		return true;
	for (int len = p->last - p->first; len >= 0; len--)
		for (int a = p->first; a + len <= p->last; a++)
		{
			Person		q = *p;

			q.first = a;
			q.last = a + len;
			/* the index holds surnames, which end a name (or start it: Ли Цян, both indexed) */
			if (x->t->tok[q.first].type != TOK_WORD || x->t->tok[q.last].type != TOK_WORD ||
				is_particle(x, q.last) || (is_particle(x, q.first) && q.first != p->first) ||
				!holder_word(x, q.last))
				continue;
			if (!make_person(x, &q, err) || !apply_holder(x, &q, hit, err))
				return false;
			if (hit->holder < 0)
				continue;
			*p = q;
			*found = true;
			return true;
		}
	return true;
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

/*
 * A cheap test before a name analysis: the word starts like the last word
 * of a person found in full (four letters, so that Russian case endings and
 * romanisations of the same script still meet: Токаев, Токаева).
 */
static bool
like_known_surname(const Extract *x, int i, const Person *found, int nfound)
{
	const char *w = dc_tok_folded(x->t, i);
	size_t		n = 0;

	/* the first four characters (UTF-8) */
	for (int chars = 0; w[n] && chars < 4; chars++)
		for (n++; ((unsigned char) w[n] & 0xC0) == 0x80; n++)
			;
	for (int k = 0; k < nfound; k++)
	{
		const char *s = dc_tok_folded(x->t, found[k].last);

		if (strncmp(s, w, n) == 0 || x->t->tok[found[k].last].script != x->t->tok[i].script)
			return true;
	}
	return false;
}

/*
 * Cuts trailing words off a name when what is left is a person found in
 * full elsewhere in the text (same key), or that person's surname.
 */
static bool
trim_to_known(Extract *x, Person *p, const Person *found, int nfound, DcError *err)
{
	for (int cut = p->last - 1; cut >= p->first; cut--)
	{
		Person		q = *p;

		if (x->t->tok[cut].type != TOK_WORD || is_particle(x, cut) ||
			!like_known_surname(x, cut, found, nfound))
			continue;
		q.last = cut;
		if (!make_person(x, &q, err))
			return false;
		for (int k = 0; k < nfound; k++)
		{
			if (&found[k] == p || found[k].last - found[k].first <= cut - p->first - 1)
				continue;
			if (strcmp(found[k].key, q.key) == 0 || strcmp(found[k].surname_key, q.key) == 0)
			{
				q.role = p->role;
				q.state = p->state;
				*p = q;
				return true;
			}
		}
	}
	return true;
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
	DcHolderHit hit;
	struct Common
	{
		Person		p;
		DcHolderHit hit;
		bool		in_longer_run;
	}		   *common;
	int			ncommon = 0;

	x->names = dc_alloc0(sizeof(NameCache));
	x->holder_word = dc_alloc0((size_t) t->n + 1);

	for (int i = 0; i < t->n; i++)
	{
		Person		p = {0};
		bool		evidence;
		bool		name_evidence;
		int			words;

		if ((i & 1023) == 0)
			dc_check_interrupts();
		p.last = name_run(x, i, &p.initial);
		if (p.last < 0)
			continue;
		p.first = i;
		/* a surname that starts with its particles: "von der Leyen said" */
		while (p.first > 0 && !p.initial && is_particle(x, p.first - 1) && x->t->tok[p.first].newlines == 0 &&
			   x->t->tok[p.first - 1].caps == CAPS_LOWER)
			p.first--;
		words = count_words(x, p.first, p.last);
		/* "Justice Yerlan Sarsembayev": title words, then the name from its given name */
		if (words >= 3 && !p.initial && !known_given_name(x, i, p.last))
			for (int k = i + 1; k < p.last; k++)
				if (x->t->tok[k].type == TOK_WORD && known_given_name(x, k, p.last))
				{
					p.first = k;
					words = count_words(x, k, p.last);
					break;
				}
		name_evidence = p.initial || (words >= 2 && (surname_ending(x, p.last) ||
													(x->ru && surname_ending(x, p.first))));
		evidence = title_before(x, p.first, &p);
		{
			/* "Ambassador X, Permanent Representative of ...": the appositive says more */
			Person		after = p;

			if (title_after(x, p.last, &after) &&
				(!evidence || (span_at(x, GAZ_ROLE, p.first - 1) &&
							   span_at(x, GAZ_ROLE, p.first - 1)->first == p.first - 1)))
			{
				p.role = after.role;
				p.state = after.state;
				evidence = true;
			}
		}
		/* the given-name lexicon last: it is the dearest test */
		if (!name_evidence && words >= 2)
			name_evidence = known_given_name(x, p.first, p.last);
		/* right after "of", "to", "в": the complement of a title, not a name */
		if (evidence && !name_evidence && p.first > 0 && x->t->tok[p.first - 1].caps == CAPS_LOWER &&
			is_stopword(x, p.first - 1))
			evidence = false;
		evidence |= name_evidence;
		p.state_explicit = p.state != NULL;
		if (p.role && !p.state)
			p.state = sentence_state(x, p.first);
		if (p.role && !p.state && state_role(p.role))
			p.state = x->home;
		/* "members of Parliament X and Y": Y shares X's title */
		if (!p.role && nfound > 0 && p.first >= 2 && (word_is(x, p.first - 1, "and") || word_is(x, p.first - 1, "и")) &&
			found[nfound - 1].last == p.first - 2 && found[nfound - 1].role)
		{
			p.role = found[nfound - 1].role;
			p.state = found[nfound - 1].state;
			p.state_explicit = found[nfound - 1].state_explicit;
			evidence = true;
		}
		/* one word is a person only right after its title: "Ambassador Mussayev" */
		if (words < 2 && !p.initial && p.role && !title_adjacent(x, p.first))
			evidence = false;
		/* a lone word after a title stands when the text names that person in
		 * full, or when it ends like a surname: not "President Meets" */
		if (evidence && (words >= 2 || p.initial || (p.role && surname_ending(x, p.last))))
		{
			if (!make_person(x, &p, err))
				return err->status;
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

	common = dc_alloc(sizeof(struct Common) * (size_t) (npending + 1));
	/* "Tokayev Holds Talks": a headline word after a name the text knows */
	for (int i = 0; i < nfound; i++)
		if (!trim_to_known(x, &found[i], found, nfound, err))
			return err->status;
	for (int i = 0; i < npending; i++)
	{
		Person	   *p = &pending[i];

		/* only a word that looks like a known surname is worth its key */
		p->key = NULL;
		for (int k = p->first; k <= p->last && p->key == NULL; k++)
			if (x->t->tok[k].type == TOK_WORD && like_known_surname(x, k, found, nfound))
			{
				if (!trim_to_known(x, p, found, nfound, err))
					return err->status;
				if (p->key == NULL && !make_person(x, p, err))
					return err->status;
			}
	}

	/* full names first; the rest are kept when they name a person found in full */
	for (int i = 0; i < nfound; i++)
	{
		const Person *first;

		/* a surname after its title ("Ambassador Mussayev") is the person named in full */
		if (strchr(found[i].key, '.') == NULL)
		{
			const Person *full = resolve(found, nfound, found[i].key, false);

			if (full && strchr(full->key, '.'))
			{
				found[i].key = full->key;
				found[i].normal = full->normal;
			}
		}
		first = resolve(found, i, found[i].key, true);
		if (first && strcmp(first->key, found[i].key) == 0)
		{
			/* a later mention of the same person carries the first one's role */
			if (!found[i].role)
			{
				found[i].role = first->role;
				found[i].state = first->state;
				found[i].state_explicit = first->state_explicit;
			}
		}
	}
	for (int i = 0; i < npending; i++)
	{
		Person	   *p = &pending[i];
		const Person *full = p->key ? resolve(found, nfound, p->key, p->initial) : NULL;
		bool		known = false;

		if (full == NULL)
		{
			int			run_first = p->first;
			int			run_last = p->last;

			if (!known_holder(x, p, &known, &hit, err))
				return err->status;
			/* a surname that is also a common word waits for the others */
			if (known && hit.surname_only && hit.common_word)
				common[ncommon++] = (struct Common) {*p, hit, p->first != run_first || p->last != run_last};
			else if (known)
				emit_person(x, p);
			continue;
		}
		p->key = full->key;
		p->normal = full->normal;
		if (!p->role)
		{
			p->role = full->role;
			p->state = full->state;
			p->state_explicit = full->state_explicit;
		}
		if (!apply_holder(x, p, &hit, err))
			return err->status;
		emit_person(x, p);
	}
	/* the keys of the resolved surnames above are the text's: the holders' keys last */
	for (int i = 0; i < nfound; i++)
	{
		if (!apply_holder(x, &found[i], &hit, err))
			return err->status;
		emit_person(x, &found[i]);
	}
	for (int i = 0; i < ncommon; i++)
		if (common_word_backed(x, &common[i].p, &common[i].hit, common[i].in_longer_run))
			emit_person(x, &common[i].p);
	return DC_OK;
}
