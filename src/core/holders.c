/*
 * holders.c — the knowledge base of office holders (see holders.h).
 *
 * Loading reads the rows (one a term of office), groups them by person and
 * indexes each person under the first letters of the words a text may use
 * for them: the surname's words and the first and last word of every
 * spelling.  The keys of a person's spellings are computed the first time
 * a text names someone with those letters, so loading stays cheap.
 */
#include "holders.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/utf8.h>

#include "alloc.h"
#include "dates.h"
#include "lexicon.h"
#include "names.h"
#include "text.h"
#include "tokens.h"

#define BASE_FILE "office_holders.tsv"
#define PREFIX_CHARS 3
#define PREFIX_BYTES 16
#define MAX_SPELLINGS 24
#define MAX_CANDIDATES 256
#define MAX_NAME_WORDS 16
#define ANY_DAY (-0x7fffffff)
/* A person is still recognised a while before and after a term. */
#define DAYS_BEFORE 365
#define DAYS_AFTER (3 * 365)

static const char *const columns[] = {
	"person", "key", "name_en", "surname_en", "name_ru", "surname_ru", "variants",
	"office", "title", "role", "serves", "start", "end", NULL
};
enum
{
	C_PERSON, C_KEY, C_NAME_EN, C_SURNAME_EN, C_NAME_RU, C_SURNAME_RU, C_VARIANTS,
	C_OFFICE, C_TITLE, C_ROLE, C_SERVES, C_START, C_END, NCOLS
};

typedef struct Holder
{
	DcHolder	pub;
	const char *spelling[MAX_SPELLINGS];	/* name_en, name_ru, the variants */
	int			nspell;
	int			near_from;		/* the days a text may name the holder on: */
	int			near_to;		/* the terms, a little before and after */
	char	   *variants;		/* a copy of the variants field, cut at '|' */
	/* computed on first use (malloc'd) */
	bool		keyed;
	bool		common_word;	/* the surname is a common word (data/common_words.tsv) */
	char	   *key;			/* canonical */
	char	   *full_key[MAX_SPELLINGS];	/* generic key of each spelling */
	char	   *list_key;		/* key of the English name with the surname in capitals */
	char	   *given_key[MAX_SPELLINGS];	/* key of each spelling's first word, if it has more */
	char		given_prefix[MAX_SPELLINGS][PREFIX_BYTES];	/* its first letters, folded */
	char	   *surname_form[MAX_SPELLINGS + 2];	/* folded words that write the surname alone */
	int			nsurname;
} Holder;

typedef struct Slot
{
	char		prefix[PREFIX_BYTES];	/* "" when empty */
	int		   *holders;
	int			n;
	int			cap;
} Slot;

struct DcHolders
{
	Holder	   *h;
	int			n;
	DcHolderTerm *terms;
	int			nterms;
	int			reference_day;
	Slot	   *slots;
	uint32_t	nslots;
	int		   *ids;			/* person id -> holder + 1, 0 when empty */
	const DcLexicon *common;	/* data/common_words.tsv */
	uint32_t	nids;
};

static DcHolders *kb = NULL;

static DcStatus canonical_keys(DcHolders *k, DcError *err);
static char user_file[1024] = "";
static bool stored_keys = true;

static void
holders_free(DcHolders *k)
{
	if (k == NULL)
		return;
	for (int i = 0; i < k->n; i++)
	{
		Holder	   *h = &k->h[i];

		free(h->key);
		free(h->list_key);
		free(h->variants);
		for (int s = 0; s < h->nspell; s++)
		{
			free(h->full_key[s]);
			free(h->given_key[s]);
		}
		for (int s = 0; s < h->nsurname; s++)
			free(h->surname_form[s]);
	}
	for (uint32_t i = 0; i < k->nslots; i++)
		free(k->slots[i].holders);
	free(k->h);
	free(k->terms);
	free(k->slots);
	free(k->ids);
	free(k);
}

void
dc_holders_cleanup(void)
{
	holders_free(kb);
	kb = NULL;
}

void
dc_holders_use_stored_keys(bool use)
{
	stored_keys = use;
	dc_holders_cleanup();
}

void
dc_holders_set_user_file(const char *path)
{
	if (strcmp(path ? path : "", user_file) == 0)
		return;
	snprintf(user_file, sizeof(user_file), "%s", path ? path : "");
	dc_holders_cleanup();
}

/*
 * A word case-folded and without diacritics (Özdemir and Ozdemir, Ёлкин and
 * Елкин meet; Cyrillic й stays), at most max_chars letters of it; word_prefix() its first
 * PREFIX_CHARS letters, the index's key.  Empty when the word has none.
 */
static void
word_fold(const char *w, size_t len, int max_chars, char *out, size_t cap)
{
	const UNormalizer2 *nfd;
	UErrorCode	status = U_ZERO_ERROR;
	size_t		o = 0;
	int			chars = 0;

	nfd = unorm2_getNFDInstance(&status);
	for (size_t i = 0; i < len && chars < max_chars;)
	{
		UChar32		c;
		UChar		d[8];
		int32_t		dn;

		U8_NEXT(w, i, len, c);
		if (c < 0 || !(c < 0x80 ? ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') : u_isalpha(c)))
			break;
		c = c < 0x80 ? (c >= 'A' && c <= 'Z' ? c | 0x20 : c) : u_foldCase(c, U_FOLD_CASE_DEFAULT);
		status = U_ZERO_ERROR;
		/* Cyrillic letters keep their marks (й is a letter of its own), but ё is е */
		dn = nfd && c >= 0x80 && (c < 0x0400 || c > 0x04FF) ? unorm2_getDecomposition(nfd, c, d, 8, &status) : -1;
		if (dn > 0 && U_SUCCESS(status) && !U16_IS_SURROGATE(d[0]))
			c = d[0];
		else if (c == 0x0451)
			c = 0x0435;
		if (o + 4 >= cap)
			break;
		U8_APPEND_UNSAFE(out, o, c);
		chars++;
	}
	out[o] = '\0';
}

static void
word_prefix(const char *w, size_t len, char *out)
{
	word_fold(w, len, PREFIX_CHARS, out, PREFIX_BYTES);
}

static bool
is_particle_word(const char *w, size_t len)
{
	static const char *const particles[] = {
		"al", "el", "bin", "ibn", "bint", "ben", "de", "del", "della", "der", "di", "da", "dos",
		"do", "du", "van", "von", "den", "la", "le", "y", "бин", "ибн", "аль", "эль", "бен", "де",
		"дель", "да", "дос", "ван", "фон", "дер", "ди", "ле", "ла", NULL
	};

	for (const char *const *p = particles; *p; p++)
		if (strlen(*p) == len && strncmp(w, *p, len) == 0)
			return true;
	return false;
}

/* Calls fn for each word of s (letters, with inner hyphens splitting words). */
static bool
each_word(const char *s, bool (*fn) (void *arg, const char *w, size_t len), void *arg)
{
	size_t		n = strlen(s);

	for (size_t i = 0; i < n;)
	{
		size_t		start;
		UChar32		c;

		for (;;)
		{
			start = i;
			if (i >= n)
				return true;
			U8_NEXT(s, i, n, c);
			if (c >= 0 && u_isalpha(c))
				break;
		}
		while (i < n)
		{
			size_t		j = i;

			U8_NEXT(s, j, n, c);
			if (c < 0 || !(u_isalpha(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK)))
				break;
			i = j;
		}
		if (!fn(arg, s + start, i - start))
			return false;
	}
	return true;
}

static Slot *
find_slot(const DcHolders *k, const char *prefix)
{
	uint32_t	mask = k->nslots - 1;

	for (uint32_t i = dc_hash_bytes(prefix, strlen(prefix)) & mask;; i = (i + 1) & mask)
		if (k->slots[i].prefix[0] == '\0' || strcmp(k->slots[i].prefix, prefix) == 0)
			return &k->slots[i];
}

typedef struct IndexArg
{
	DcHolders  *k;
	int			holder;
	bool		ok;
} IndexArg;

static bool
index_word(void *arg, const char *w, size_t len)
{
	IndexArg   *a = arg;
	char		prefix[PREFIX_BYTES];
	Slot	   *s;

	if (is_particle_word(w, len))
		return true;
	word_prefix(w, len, prefix);
	if (prefix[0] == '\0')
		return true;
	s = find_slot(a->k, prefix);
	if (s->prefix[0] == '\0')
		strcpy(s->prefix, prefix);
	if (s->n > 0 && s->holders[s->n - 1] == a->holder)
		return true;
	if (s->n == s->cap)
	{
		int		   *grown = realloc(s->holders, sizeof(int) * (size_t) (s->cap ? s->cap * 2 : 4));

		if (grown == NULL)
			return a->ok = false;
		s->holders = grown;
		s->cap = s->cap ? s->cap * 2 : 4;
	}
	s->holders[s->n++] = a->holder;
	return true;
}

typedef struct Words
{
	const char *w[MAX_NAME_WORDS];
	size_t		len[MAX_NAME_WORDS];
	int			n;
} Words;

static bool
note_word(void *arg, const char *w, size_t len)
{
	Words	   *ws = arg;

	/* past the last slot the last word still takes it: callers read the first and the last */
	if (ws->n == MAX_NAME_WORDS)
		ws->n--;
	ws->w[ws->n] = w;
	ws->len[ws->n++] = len;
	return true;
}

/*
 * Indexes holder i under its surnames' words and each spelling's last word
 * (a romanisation's surname: Tokaev), never under a given name alone: a
 * text's Sergey or Mohammed must not wake hundreds of holders.
 */
static bool
index_holder(DcHolders *k, int i)
{
	Holder	   *h = &k->h[i];
	IndexArg	a = {k, i, true};

	each_word(h->pub.surname_en, index_word, &a);
	each_word(h->pub.surname_ru, index_word, &a);
	for (int s = 0; s < h->nspell && a.ok; s++)
	{
		Words		ws = {.n = 0};

		each_word(h->spelling[s], note_word, &ws);
		if (ws.n > 0)
			index_word(&a, ws.w[ws.n - 1], ws.len[ws.n - 1]);
	}
	return a.ok;
}

/* The slot of a person id in the id table (grown as needed), or NULL when out of memory. */
static int *
id_slot(DcHolders *k, const char *id)
{
	uint32_t	mask;

	if ((uint32_t) k->n * 2 >= k->nids)
	{
		uint32_t	n = k->nids ? k->nids * 2 : 8192;
		int		   *ids = calloc(n, sizeof(int));

		if (ids == NULL)
			return NULL;
		for (uint32_t i = 0; i < k->nids; i++)
			if (k->ids[i])
			{
				const char *other = k->h[k->ids[i] - 1].pub.id;
				uint32_t	j = dc_hash_bytes(other, strlen(other)) & (n - 1);

				while (ids[j])
					j = (j + 1) & (n - 1);
				ids[j] = k->ids[i];
			}
		free(k->ids);
		k->ids = ids;
		k->nids = n;
	}
	mask = k->nids - 1;
	for (uint32_t i = dc_hash_bytes(id, strlen(id)) & mask;; i = (i + 1) & mask)
		if (k->ids[i] == 0 || strcmp(k->h[k->ids[i] - 1].pub.id, id) == 0)
			return &k->ids[i];
}

static bool
parse_day(const char *s, int *day)
{
	DcDate		d = {0};

	if (strlen(s) != 10 || sscanf(s, "%4d-%2d-%2d", &d.year, &d.month, &d.day) != 3 ||
		!dc_date_valid(d.year, d.month, d.day))
		return false;
	*day = dc_days_from_date(d);
	return true;
}

static const char *
field(const DcLexicon *lex, const int *col, int row, int c)
{
	return dc_lexicon_field(lex, row, col[c]);
}

/* The rows of one file: persons (grouped by id across files) and their terms. */
static DcStatus
add_file(DcHolders *k, const DcLexicon *lex, const char *path, int *cap_h, int *cap_t,
		 int **term_holder, DcError *err)
{
	int			col[NCOLS];

	for (int c = 0; c < NCOLS; c++)
		if ((col[c] = dc_lexicon_column(lex, columns[c])) < 0)
			return dc_fail(err, DC_ERR_DATA, "%s: no column \"%s\"", path, columns[c]);
	for (int r = 0; r < dc_lexicon_rows(lex); r++)
	{
		const char *id = field(lex, col, r, C_PERSON);
		DcHolderTerm *t;
		int			h = -1;

		int		   *slot = id_slot(k, id);

		/* a person met before (this file or the base file) */
		if (slot == NULL)
			return dc_fail(err, DC_ERR_DATA, "out of memory loading %s", path);
		h = *slot - 1;
		if (h < 0)
		{
			Holder	   *nh;
			char	   *v;

			if (k->n == *cap_h)
			{
				Holder	   *grown = realloc(k->h, sizeof(Holder) * (size_t) (*cap_h *= 2));

				if (grown == NULL)
					return dc_fail(err, DC_ERR_DATA, "out of memory loading %s", path);
				k->h = grown;
			}
			h = k->n++;
			*slot = h + 1;
			nh = &k->h[h];
			memset(nh, 0, sizeof(Holder));
			nh->pub.id = id;
			if (stored_keys && field(lex, col, r, C_KEY)[0] && (nh->key = strdup(field(lex, col, r, C_KEY))) == NULL)
				return dc_fail(err, DC_ERR_DATA, "out of memory loading %s", path);
			nh->pub.name_en = field(lex, col, r, C_NAME_EN);
			nh->pub.surname_en = field(lex, col, r, C_SURNAME_EN);
			nh->pub.name_ru = field(lex, col, r, C_NAME_RU);
			nh->pub.surname_ru = field(lex, col, r, C_SURNAME_RU);
			if (!strstr(nh->pub.name_en, nh->pub.surname_en) || !strstr(nh->pub.name_ru, nh->pub.surname_ru) ||
				!nh->pub.surname_en[0])
				return dc_fail(err, DC_ERR_DATA, "%s: person \"%s\": the surname is not part of the name",
							   path, id);
			nh->spelling[nh->nspell++] = nh->pub.name_en;
			if (nh->pub.name_ru[0])
				nh->spelling[nh->nspell++] = nh->pub.name_ru;
			v = nh->variants = strdup(field(lex, col, r, C_VARIANTS));
			if (v == NULL)
				return dc_fail(err, DC_ERR_DATA, "out of memory loading %s", path);
			for (char *p = v; *p && nh->nspell < MAX_SPELLINGS;)
			{
				char	   *bar = strchr(p, '|');

				if (bar)
					*bar = '\0';
				if (*p)
					nh->spelling[nh->nspell++] = p;
				if (!bar)
					break;
				p = bar + 1;
			}
		}
		if (k->nterms == *cap_t)
		{
			DcHolderTerm *grown = realloc(k->terms, sizeof(DcHolderTerm) * (size_t) (*cap_t * 2));
			int		   *grown_h = realloc(*term_holder, sizeof(int) * (size_t) (*cap_t * 2));

			if (grown)
				k->terms = grown;
			if (grown_h)
				*term_holder = grown_h;
			if (grown == NULL || grown_h == NULL)
				return dc_fail(err, DC_ERR_DATA, "out of memory loading %s", path);
			*cap_t *= 2;
		}
		(*term_holder)[k->nterms] = h;
		t = &k->terms[k->nterms++];
		t->office = field(lex, col, r, C_OFFICE);
		t->title = field(lex, col, r, C_TITLE);
		t->role = field(lex, col, r, C_ROLE);
		t->serves = field(lex, col, r, C_SERVES);
		t->end = DC_NO_END;
		if (!parse_day(field(lex, col, r, C_START), &t->start) ||
			(field(lex, col, r, C_END)[0] && !parse_day(field(lex, col, r, C_END), &t->end)) ||
			t->end < t->start)
			return dc_fail(err, DC_ERR_DATA, "%s: person \"%s\": bad dates \"%s\" .. \"%s\"", path, id,
						   field(lex, col, r, C_START), field(lex, col, r, C_END));
		/* an end may be a scheduled one: the last change of office is a start */
		if (t->start > k->reference_day)
			k->reference_day = t->start;
	}
	return DC_OK;
}

/* Orders the terms by holder (stable, a counting sort), so each holder's terms lie together. */
static bool
group_terms(DcHolders *k, const int *term_holder)
{
	DcHolderTerm *sorted = malloc(sizeof(DcHolderTerm) * (size_t) (k->nterms + 1));
	int		   *next = calloc((size_t) k->n + 1, sizeof(int));

	if (sorted == NULL || next == NULL)
	{
		free(sorted);
		free(next);
		return false;
	}
	for (int t = 0; t < k->nterms; t++)
		k->h[term_holder[t]].pub.nterms++;
	for (int i = 0, at = 0; i < k->n; i++)
	{
		k->h[i].pub.first_term = next[i] = at;
		at += k->h[i].pub.nterms;
	}
	for (int t = 0; t < k->nterms; t++)
		sorted[next[term_holder[t]]++] = k->terms[t];
	free(next);
	free(k->terms);
	k->terms = sorted;
	return true;
}

const DcHolders *
dc_holders(DcError *err)
{
	const DcLexicon *files[2];
	const DcLexicon *common;
	const char *paths[2] = {BASE_FILE, user_file};
	DcHolders  *k;
	int			cap_h = 1024;
	int			cap_t = 1024;
	int		   *term_holder;
	DcStatus	st = DC_OK;

	if (kb)
		return kb;
	files[0] = dc_lexicon_load(BASE_FILE, "person", err);
	if (files[0] == NULL || (common = dc_lexicon_load("common_words.tsv", "word", err)) == NULL)
		return NULL;
	files[1] = NULL;
	if (user_file[0] && (files[1] = dc_lexicon_load(user_file, "person", err)) == NULL)
		return NULL;

	k = calloc(1, sizeof(DcHolders));
	term_holder = malloc(sizeof(int) * (size_t) cap_t);
	if (k == NULL || term_holder == NULL ||
		(k->h = malloc(sizeof(Holder) * (size_t) cap_h)) == NULL ||
		(k->terms = malloc(sizeof(DcHolderTerm) * (size_t) cap_t)) == NULL)
	{
		free(term_holder);
		holders_free(k);
		dc_fail(err, DC_ERR_DATA, "out of memory loading the office holders");
		return NULL;
	}
	for (int f = 0; f < 2 && st == DC_OK; f++)
		if (files[f])
			st = add_file(k, files[f], paths[f], &cap_h, &cap_t, &term_holder, err);
	if (st == DC_OK && !group_terms(k, term_holder))
		st = dc_fail(err, DC_ERR_DATA, "out of memory loading the office holders");
	for (int i = 0; st == DC_OK && i < k->n; i++)
	{
		Holder	   *h = &k->h[i];

		h->near_from = DC_NO_END;
		h->near_to = ANY_DAY;
		for (int t = h->pub.first_term; t < h->pub.first_term + h->pub.nterms; t++)
		{
			int			from = k->terms[t].start - DAYS_BEFORE;
			int			to = k->terms[t].end == DC_NO_END ? DC_NO_END : k->terms[t].end + DAYS_AFTER;

			h->near_from = from < h->near_from ? from : h->near_from;
			h->near_to = to > h->near_to ? to : h->near_to;
		}
	}
	free(term_holder);
	if (st == DC_OK)
	{
		k->nslots = 4096;
		while (k->nslots < (uint32_t) k->n * 16)
			k->nslots *= 2;
		k->slots = calloc(k->nslots, sizeof(Slot));
		for (int i = 0; k->slots && i < k->n && st == DC_OK; i++)
			if (!index_holder(k, i))
				st = dc_fail(err, DC_ERR_DATA, "out of memory indexing the office holders");
		if (k->slots == NULL)
			st = dc_fail(err, DC_ERR_DATA, "out of memory indexing the office holders");
	}
	k->common = common;
	if (st == DC_OK)
		st = canonical_keys(k, err);
	if (st != DC_OK)
	{
		holders_free(k);
		return NULL;
	}
	kb = k;
	return kb;
}

int
dc_holders_count(const DcHolders *k)
{
	return k->n;
}

const DcHolder *
dc_holder(const DcHolders *k, int i)
{
	return &k->h[i].pub;
}

const DcHolderTerm *
dc_holder_terms(const DcHolders *k)
{
	return k->terms;
}

int
dc_holders_reference_day(const DcHolders *k)
{
	return k->reference_day;
}

static const Slot *
lookup(const DcHolders *k, const char *w, size_t len)
{
	char		prefix[PREFIX_BYTES];
	const Slot *s;

	word_prefix(w, len, prefix);
	if (prefix[0] == '\0')
		return NULL;
	s = find_slot(k, prefix);
	return s->prefix[0] ? s : NULL;
}

bool
dc_holders_maybe(const DcHolders *k, const char *word, size_t len)
{
	return lookup(k, word, len) != NULL;
}

/* ------------------------------------------------------------ keys */

static bool
roman_numeral(const char *w, size_t len)
{
	if (len == 0)
		return false;
	for (size_t i = 0; i < len; i++)
		if (!strchr("IVX", w[i]))
			return false;
	return true;
}

/*
 * The canonical key: the key of the English name with its surname marked
 * (written in capitals, which names.c reads as the surname), so that family
 * names written first (Li Qiang, Phạm Minh Chính) key by the family name.
 */
static char *
canonical_key(const Holder *h, DcError *err)
{
	const char *name = h->pub.name_en;
	const char *sur = strstr(name, h->pub.surname_en);
	size_t		slen = strlen(h->pub.surname_en);
	DcBuf		b;

	dc_buf_init(&b, strlen(name) * 2 + 4);
	dc_buf_append(&b, name, (size_t) (sur - name));
	for (size_t i = 0; i < slen;)
	{
		UChar32		c;
		char		utf8[4];
		size_t		n = 0;

		U8_NEXT(sur, i, slen, c);
		if (c < 0)
			break;
		U8_APPEND_UNSAFE(utf8, n, u_toupper(c));
		dc_buf_append(&b, utf8, n);
	}
	dc_buf_appends(&b, sur + slen);
	return dc_name_key(dc_buf_cstr(&b), b.len, err);
}

/* The first word of the English name that is not the surname's, or NULL. */
static const char *
given_word(const Holder *h)
{
	const char *name = h->pub.name_en;
	const char *sur = strstr(name, h->pub.surname_en);

	/* the surname first (Li Qiang): the word after it */
	if (sur == name)
	{
		const char *rest = name + strlen(h->pub.surname_en);

		rest += strspn(rest, " ");
		return *rest ? rest : NULL;
	}
	return name;
}

/*
 * Marks in shared[] the holders whose key another holder's equals; with
 * count, numbers each key's holders in file order instead (1, 2, ...).
 */
static bool
mark_shared(DcHolders *k, bool *shared, int *count)
{
	uint32_t	nslots = 1;
	int		   *slots;
	int		   *seen;			/* holders of the key whose first holder is i */

	while (nslots < (uint32_t) k->n * 2 + 2)
		nslots <<= 1;
	slots = malloc(sizeof(int) * nslots);
	seen = calloc((size_t) k->n + 1, sizeof(int));
	if (slots == NULL || seen == NULL)
	{
		free(slots);
		free(seen);
		return false;
	}
	memset(slots, 0xff, sizeof(int) * nslots);
	for (int i = 0; i < k->n; i++)
	{
		const char *key = k->h[i].key;
		uint32_t	j;

		for (j = dc_hash_bytes(key, strlen(key)) & (nslots - 1); slots[j] >= 0; j = (j + 1) & (nslots - 1))
			if (strcmp(k->h[slots[j]].key, key) == 0)
				break;
		if (slots[j] < 0)
			slots[j] = i;
		else
			shared[i] = shared[slots[j]] = true;
		seen[slots[j]]++;
		if (count)
			count[i] = seen[slots[j]];
	}
	free(slots);
	free(seen);
	return true;
}

/* Replaces holder i's key by key + sep + suffix. */
static bool
extend_key(Holder *h, const char *sep, const char *suffix)
{
	char	   *key = malloc(strlen(h->key) + strlen(sep) + strlen(suffix) + 1);

	if (key == NULL)
		return false;
	sprintf(key, "%s%s%s", h->key, sep, suffix);
	free(h->key);
	h->key = key;
	return true;
}

/*
 * The canonical keys the files do not give (the key column of a user's
 * rows may be empty; tools/check_office_holders.py --write-keys fills the
 * built-in file's from this same code).  Two persons never share one, so
 * that analysts never see two leaders as one: a key another person's equals
 * takes the skeleton of the given name (Xi Jinping sa.a.Jnpn, Cho Hyun
 * sa.a.gn), and namesakes a number in file order (Albert II: lbrt.ii,
 * lbrt.ii-2).
 */
static DcStatus
canonical_keys(DcHolders *k, DcError *err)
{
	bool	   *shared = calloc((size_t) k->n + 1, sizeof(bool));
	int		   *count = calloc((size_t) k->n + 1, sizeof(int));
	bool	   *computed = calloc((size_t) k->n + 1, sizeof(bool));
	DcStatus	st = DC_OK;

	for (int i = 0; shared && count && computed && i < k->n && st == DC_OK; i++)
	{
		char	   *key;

		if (k->h[i].key)
			continue;
		computed[i] = true;
		if ((key = canonical_key(&k->h[i], err)) == NULL)
			st = err->status;
		else if ((k->h[i].key = strdup(key)) == NULL)
			st = DC_ERR_DATA;
		dc_check_interrupts();
	}
	if (st == DC_OK && shared && count && computed && mark_shared(k, shared, NULL))
	{
		for (int i = 0; i < k->n && st == DC_OK; i++)
		{
			const char *given = given_word(&k->h[i]);
			char	   *skel;

			if (!shared[i] || !computed[i] || given == NULL)
				continue;
			if ((skel = dc_name_key(given, strcspn(given, " "), err)) == NULL)
				st = err->status;
			else if (skel[0] && !extend_key(&k->h[i], ".", skel))
				st = DC_ERR_DATA;
		}
		for (int i = 0; i < k->n; i++)
			shared[i] = false;
		if (st == DC_OK && !mark_shared(k, shared, count))
			st = DC_ERR_DATA;
		for (int i = 0; i < k->n && st == DC_OK; i++)
		{
			char		n[16];

			snprintf(n, sizeof(n), "%d", count[i]);
			if (computed[i] && count[i] > 1 && !extend_key(&k->h[i], "-", n))
				st = DC_ERR_DATA;
		}
	}
	else if (st == DC_OK)
		st = DC_ERR_DATA;
	free(shared);
	free(count);
	free(computed);
	if (st == DC_ERR_DATA)
		return dc_fail(err, DC_ERR_DATA, "out of memory keying the office holders");
	return st;
}

/* Whether a one-word surname is also a common word of its language. */
static bool
common_word(const DcLexicon *common, const char *surname, DcError *err)
{
	UChar	   *u;
	int32_t		ulen;
	size_t		flen;
	char	   *folded;

	if (strchr(surname, ' ') || (u = dc_utf8_to_uchars(surname, strlen(surname), &ulen, err)) == NULL)
		return false;
	folded = dc_fold_word(u, ulen, &flen);
	return dc_lexicon_find(common, folded, flen) >= 0;
}

/* The last word of s (folded) as a surname form of h; its key's skeleton must be `skeleton` unless NULL. */
static bool
add_surname_form(Holder *h, const char *s, const char *skeleton, DcError *err)
{
	char	   *copy = dc_strndup(s, strlen(s));
	Words		ws = {.n = 0};
	const char *last;
	size_t		last_len;
	char		folded[128];
	char	   *k;

	each_word(copy, note_word, &ws);
	if (ws.n == 0 || h->nsurname >= MAX_SPELLINGS + 2)
		return true;
	last = ws.w[ws.n - 1];
	last_len = ws.len[ws.n - 1];
	if (skeleton)
	{
		if ((k = dc_name_key(last, last_len, err)) == NULL)
			return false;
		if (strcmp(k, skeleton) != 0)
			return true;
	}
	word_fold(last, last_len, 40, folded, sizeof(folded));
	h->surname_form[h->nsurname++] = strdup(folded);
	return true;
}

/* Computes the holder's keys and surname forms once (process memory). */
static bool
ensure_keyed(const DcHolders *set, Holder *h, DcError *err)
{
	char	   *k;
	char	   *skeleton[2] = {NULL, NULL};
	const char *surnames[2] = {h->pub.surname_en, h->pub.surname_ru};

	if (h->keyed)
		return true;
	h->common_word = common_word(set->common, h->pub.surname_en, err) ||
		common_word(set->common, h->pub.surname_ru, err);
	/* the list style of ministries, the surname in capitals (LEE Jae-myung, ISHIBA Shigeru) */
	if ((k = canonical_key(h, err)) == NULL)
		return false;
	free(h->list_key);
	h->list_key = strdup(k);
	for (int s = 0; s < h->nspell; s++)
	{
		char	   *copy = dc_strndup(h->spelling[s], strlen(h->spelling[s]));
		Words		ws = {.n = 0};

		if ((k = dc_name_key(h->spelling[s], strlen(h->spelling[s]), err)) == NULL)
			return false;
		free(h->full_key[s]);
		h->full_key[s] = strdup(k);
		each_word(copy, note_word, &ws);
		free(h->given_key[s]);
		h->given_key[s] = NULL;
		h->given_prefix[s][0] = '\0';
		if (ws.n > 1)
		{
			if ((k = dc_name_key(ws.w[0], ws.len[0], err)) == NULL)
				return false;
			h->given_key[s] = strdup(k);
			word_prefix(ws.w[0], ws.len[0], h->given_prefix[s]);
		}
	}
	for (int s = 0; s < h->nsurname; s++)
		free(h->surname_form[s]);
	h->nsurname = 0;
	/* the surnames' last words (Obrador, Leyen); a regnal name is written whole */
	for (int s = 0; s < 2; s++)
	{
		const char *space = strrchr(surnames[s], ' ');

		if (!surnames[s][0] || (space && roman_numeral(space + 1, strlen(space + 1))))
			continue;
		if (!add_surname_form(h, surnames[s], NULL, err) ||
			(k = dc_name_key(h->surname_form[h->nsurname - 1], strlen(h->surname_form[h->nsurname - 1]), err)) == NULL)
			return false;
		skeleton[s] = dc_strndup(k, strlen(k));
	}
	/* the names' last words: where the file marks a name used alone (Abiy, Thaksin), news also
	 * write the last (Ahmed, Shinawatra) */
	for (int s = 0; s < 2; s++)
	{
		const char *name = s == 0 ? h->pub.name_en : h->pub.name_ru;
		const char *space = strrchr(name, ' ');

		if (space && !roman_numeral(space + 1, strlen(space + 1)) && !add_surname_form(h, name, NULL, err))
			return false;
	}
	/* a variant's last word when it writes the same surname (Tokaev), and a name used alone (Lula) */
	for (int s = 2; s < h->nspell; s++)
	{
		if (strchr(h->spelling[s], ' ') == NULL)
		{
			if (!add_surname_form(h, h->spelling[s], NULL, err))
				return false;
			continue;
		}
		for (int sk = 0; sk < 2; sk++)
			if (skeleton[sk] && !add_surname_form(h, h->spelling[s], skeleton[sk], err))
				return false;
	}
	h->keyed = true;
	return true;
}

static bool
has_key(char *const *keys, int n, const char *key)
{
	for (int i = 0; i < n; i++)
		if (keys[i] && strcmp(keys[i], key) == 0)
			return true;
	return false;
}

/* Whether a name's key is that of one of the holder's full names (any spelling, or the list style). */
static bool
full_key(const Holder *h, const char *key)
{
	return has_key(h->full_key, h->nspell, key) || (h->list_key && strcmp(h->list_key, key) == 0);
}

int
dc_holder_spellings(const DcHolders *k, int i, const char **out, int max)
{
	const Holder *h = &k->h[i];

	for (int s = 0; s < h->nspell && s < max; s++)
		out[s] = h->spelling[s];
	return h->nspell;
}

const char *
dc_holder_key(const DcHolders *k, int i, DcError *err)
{
	return k->h[i].key;
}

/* A name being looked up, cut and folded once for every candidate. */
typedef struct Probe
{
	const char *name;
	size_t		len;
	Words		words;
	char		last[128];		/* the last word, folded */
	size_t		lastlen;
	bool		initial;		/* the first word is an initial */
	char		first[PREFIX_BYTES];	/* its first letter, folded */
	char	   *first_key;		/* the first and last words' keys, computed when needed */
	char	   *last_key;
} Probe;

static void
probe_init(Probe *p, const char *name, size_t len)
{
	char	   *copy = dc_strndup(name, len);

	memset(p, 0, sizeof(Probe));
	p->name = name;
	p->len = len;
	each_word(copy, note_word, &p->words);
	if (p->words.n == 0)
		return;
	word_fold(p->words.w[p->words.n - 1], p->words.len[p->words.n - 1], 40, p->last, sizeof(p->last));
	p->lastlen = strlen(p->last);
	p->initial = p->words.len[0] <= 2 || p->words.w[0][p->words.len[0]] == '.';
	word_fold(p->words.w[0], p->words.len[0], 1, p->first, sizeof(p->first));
}

/* Whether s is what Russian adds to a name's stem in some case: Орбан-а, Зеленск-ого, Вучич-ем. */
static bool
case_ending(const char *s)
{
	static const char *const endings[] = {
		"", "а", "я", "у", "ю", "е", "и", "ы", "ом", "ем", "ём", "ым", "им", "ой", "ей", "ою", "ею",
		"ого", "его", "ому", "ему", "ую", "юю", "ая", "яя", "ий", "ый", "ь", "й", NULL
	};

	for (const char *const *e = endings; *e; e++)
		if (strcmp(s, *e) == 0)
			return true;
	return false;
}

/*
 * Whether the name's last word is written as one of the holder's surnames,
 * the Russian case ending aside (Орбана, Вучичем): a key is a consonant
 * skeleton, and a surname alone must be closer than that (March is not
 * Maris, Ramadan not Ramdin).
 */
static bool
surname_spelt(const Holder *h, const Probe *p)
{
	for (int f = 0; f < h->nsurname; f++)
	{
		const char *fs = h->surname_form[f];
		size_t		n = strlen(fs);

		if (n == p->lastlen && memcmp(fs, p->last, n) == 0)
			return true;
		/* a Cyrillic stem and a case ending */
		if ((unsigned char) fs[0] >= 0xD0 && (unsigned char) fs[0] <= 0xD4)
		{
			static const char *const endings[] = {
				"ий", "ый", "ой", "а", "я", "о", "е", "и", "ь", "ы", "у", "й", NULL
			};

			for (const char *const *e = endings; *e; e++)
				if (n > strlen(*e) + 4 && strcmp(fs + n - strlen(*e), *e) == 0)
				{
					n -= strlen(*e);
					break;
				}
			if (p->lastlen >= n && memcmp(fs, p->last, n) == 0 && case_ending(p->last + n))
				return true;
		}
	}
	return false;
}

/*
 * Whether a name is the holder's surname alone: one word written as the
 * surname (surname_spelt), or as many words as a surname of several
 * (von der Leyen, López Obrador), the same word for word.  "Визит
 * Зеленского" is not.
 */
static bool
surname_alone(const Holder *h, const Probe *p)
{
	const char *surnames[2] = {h->pub.surname_en, h->pub.surname_ru};

	if (p->words.n <= 1)
		return surname_spelt(h, p);
	for (int s = 0; s < 2; s++)
	{
		char	   *sc;
		Words		ss = {.n = 0};
		bool		same = true;

		if (strchr(surnames[s], ' ') == NULL)
			continue;
		sc = dc_strndup(surnames[s], strlen(surnames[s]));
		each_word(sc, note_word, &ss);
		if (ss.n != p->words.n)
			continue;
		for (int i = 0; i < ss.n - 1 && same; i++)
		{
			char		a[PREFIX_BYTES],
						b[PREFIX_BYTES];

			word_prefix(p->words.w[i], p->words.len[i], a);
			word_prefix(ss.w[i], ss.len[i], b);
			same = strcmp(a, b) == 0;
		}
		if (same && surname_spelt(h, p))
			return true;
	}
	return false;
}

/* Whether one skeleton starts the other (a Russian case ending adds consonants: Сергеем). */
static bool
skeletons_agree(const char *a, const char *b)
{
	size_t		la = strlen(a);
	size_t		lb = strlen(b);

	if (la < 2 || lb < 2)
		return strcmp(a, b) == 0;
	return strncmp(a, b, la < lb ? la : lb) == 0;
}

/*
 * Whether a name of several words starts (or, written as a list, ends) with
 * one of the holder's given names: the same consonants (Mohammed, Muhammad,
 * Сергея), or the same initial.  A key keeps only the class of the given name's first sound, and
 * Marco Rossi is not Matteo Rossi, "Визит Зеленского" not Владимир Зеленский.
 */
static bool
given_spelt(const Holder *h, Probe *p, DcError *err)
{
	if (p->words.n < 2)
		return true;
	if (p->initial)
	{
		for (int s = 0; s < h->nspell; s++)
		{
			char		fs[PREFIX_BYTES];

			word_fold(h->spelling[s], strlen(h->spelling[s]), 1, fs, sizeof(fs));
			if (strcmp(fs, p->first) == 0)
				return true;
		}
		return false;
	}
	/* the given name first, or last as lists write it (ARAGHCHI Abbas, Araghchi, Abbas) */
	for (int end = 0; end < 2; end++)
	{
		char	  **key = end ? &p->last_key : &p->first_key;
		int			w = end ? p->words.n - 1 : 0;
		char		prefix[PREFIX_BYTES];

		/* the same first letters settle most names without a key */
		word_prefix(p->words.w[w], p->words.len[w], prefix);
		for (int s = 0; s < h->nspell; s++)
			if (h->given_prefix[s][0] && strcmp(h->given_prefix[s], prefix) == 0)
				return true;
		if (*key == NULL && (*key = dc_name_key(p->words.w[w], p->words.len[w], err)) == NULL)
			return false;
		for (int s = 0; s < h->nspell; s++)
			if (h->given_key[s] && skeletons_agree(h->given_key[s], *key))
				return true;
	}
	return false;
}

/* Whether the holder is written exactly so (case aside, ASCII letters only folded). */
static bool
spelt_so(const Holder *h, const Probe *p)
{
	for (int s = 0; s < h->nspell; s++)
		if (strlen(h->spelling[s]) == p->len && strncasecmp(h->spelling[s], p->name, p->len) == 0)
			return true;
	return false;
}

/*
 * Of several holders tied for a name, those written exactly so, else those
 * whose surname it spells (the key is only a skeleton): their number.
 */
static int
break_ties(const DcHolders *k, int *best, int nbest, const Probe *p)
{
	int			kept = 0;

	for (int i = 0; i < nbest; i++)
		if (spelt_so(&k->h[best[i]], p))
			best[kept++] = best[i];
	if (kept > 0)
		return kept;
	for (int i = 0; i < nbest; i++)
		if (surname_spelt(&k->h[best[i]], p))
			best[kept++] = best[i];
	return kept > 0 ? kept : nbest;
}

/* ------------------------------------------------------------ finding */

typedef struct Candidates
{
	const DcHolders *k;
	int			day;			/* only holders near a term on this day; ANY_DAY for all */
	const Slot *slot[2];		/* the slots of the name's last and first word */
	int			nslots;
	int			h[MAX_CANDIDATES];
	int			n;
} Candidates;

static void
note_slot(Candidates *c, const char *w, size_t len)
{
	const Slot *s;

	if (!is_particle_word(w, len) && (s = lookup(c->k, w, len)) != NULL && (c->nslots == 0 || c->slot[0] != s))
		c->slot[c->nslots++] = s;
}

/*
 * The holders indexed under the name's last and first words (a surname
 * ends a name or, written first, starts it; the middle words wake nobody)
 * whose terms come near the day.
 */
static void
collect(Candidates *c, const Probe *p)
{
	const Words *ws = &p->words;

	c->nslots = 0;
	c->n = 0;
	if (ws->n > 0)
		note_slot(c, ws->w[ws->n - 1], ws->len[ws->n - 1]);
	if (ws->n > 1)
		note_slot(c, ws->w[0], ws->len[0]);
	for (int w = 0; w < c->nslots; w++)
		for (int i = 0; i < c->slot[w]->n && c->n < MAX_CANDIDATES; i++)
		{
			int			h = c->slot[w]->holders[i];
			const Holder *hd = &c->k->h[h];
			bool		seen = false;

			if (c->day != ANY_DAY && (c->day < hd->near_from || c->day > hd->near_to))
				continue;
			/* a holder is listed once per slot: only the second slot can repeat one */
			for (int j = 0; w > 0 && j < c->n && !seen; j++)
				seen = c->h[j] == h;
			if (!seen)
				c->h[c->n++] = h;
		}
}

static int
role_rank(const char *role)
{
	static const char *const order[] = {
		"head_of_state", "head_of_government", "secretary_general", "head_of_organization",
		"minister", "official", NULL
	};
	int			r = 0;

	for (; order[r]; r++)
		if (strcmp(order[r], role) == 0)
			break;
	return r;
}

/* The term covering day (the highest office when several do), or NULL; *gap the days to the nearest term. */
static const DcHolderTerm *
term_at(const DcHolders *k, const Holder *h, int day, int *gap)
{
	const DcHolderTerm *best = NULL;

	*gap = DC_NO_END;
	for (int t = h->pub.first_term; t < h->pub.first_term + h->pub.nterms; t++)
	{
		const DcHolderTerm *term = &k->terms[t];
		int			g = day < term->start ? term->start - day : day > term->end ? day - term->end : 0;

		if (g == 0 && (best == NULL || role_rank(term->role) < role_rank(best->role)))
			best = term;
		/* a gap before a term counts more: it is measured against DAYS_AFTER */
		if (day < term->start)
			g = (int) ((long) g * DAYS_AFTER / DAYS_BEFORE);
		if (g < *gap)
			*gap = g;
	}
	return best;
}

bool
dc_holders_find(const DcHolders *k, const char *name, size_t len, const char *key, int day,
				const char *state, DcHolderHit *hit, DcError *err)
{
	Candidates	c = {.k = k, .day = day};
	Probe		probe;
	int			best_rank = -1;
	int			nbest = 0;
	int			best[MAX_CANDIDATES];

	hit->holder = -1;
	hit->term = NULL;
	hit->key = NULL;
	hit->surname_only = false;
	hit->common_word = false;
	if (key[0] == '\0')
		return true;
	probe_init(&probe, name, len);
	collect(&c, &probe);
	if (c.n == 0)
		return true;
	for (int i = 0; i < c.n; i++)
	{
		Holder	   *h = &((DcHolders *) k)->h[c.h[i]];
		bool		full;
		int			gap;
		const DcHolderTerm *term;
		int			rank;

		/* the day first: most namesakes of a surname are years away */
		term = term_at(k, h, day, &gap);
		if (term == NULL && gap > DAYS_AFTER)
			continue;
		if (!ensure_keyed(k, h, err))
			return false;
		full = full_key(h, key) && given_spelt(h, &probe, err);
		if (!full && !surname_alone(h, &probe))
			continue;
		/* in office first, then a full name, then the nearest term */
		rank = (term ? 1 << 20 : 0) + (full ? 1 << 19 : 0) + (term ? 0 : (1 << 19) - 1 - gap);
		if (rank > best_rank)
		{
			best_rank = rank;
			nbest = 0;
		}
		if (rank == best_rank)
			best[nbest++] = c.h[i];
	}
	if (nbest > 1)
		nbest = break_ties(k, best, nbest, &probe);
	if (nbest > 1 && state)
	{
		int			kept = 0;

		for (int i = 0; i < nbest; i++)
		{
			int			gap;
			const DcHolderTerm *term = term_at(k, &k->h[best[i]], day, &gap);

			if (term && strcmp(term->serves, state) == 0)
				best[kept++] = best[i];
		}
		nbest = kept;
	}
	if (nbest != 1)
		return true;
	{
		const Holder *h = &k->h[best[0]];
		int			gap;

		hit->holder = best[0];
		hit->term = term_at(k, h, day, &gap);
		hit->surname_only = !full_key(h, key);
		hit->common_word = h->common_word;
		hit->key = h->key;
	}
	return true;
}

const char *
dc_holders_key(const DcHolders *k, const char *name, size_t len, const char *key, DcError *err)
{
	Candidates	c = {.k = k, .day = ANY_DAY};
	Probe		probe;
	int			best[MAX_CANDIDATES];
	int			nbest = 0;

	if (key[0] == '\0')
		return NULL;
	probe_init(&probe, name, len);
	collect(&c, &probe);
	for (int i = 0; i < c.n; i++)
	{
		Holder	   *h = &((DcHolders *) k)->h[c.h[i]];

		if (!ensure_keyed(k, h, err))
			return NULL;
		if (full_key(h, key) && given_spelt(h, &probe, err))
			best[nbest++] = c.h[i];
	}
	if (nbest > 1)
		nbest = break_ties(k, best, nbest, &probe);
	for (int i = 1; i < nbest; i++)
		if (strcmp(k->h[best[i]].key, k->h[best[0]].key) != 0)
			return NULL;
	return nbest > 0 ? k->h[best[0]].key : NULL;
}

char *
dc_holders_name_key(const char *name, size_t len, DcError *err)
{
	char	   *key = dc_name_key(name, len, err);
	const DcHolders *k;
	const char *known;

	if (key == NULL || (k = dc_holders(err)) == NULL)
		return NULL;
	known = dc_holders_key(k, name, len, key, err);
	return known ? dc_strndup(known, strlen(known)) : key;
}
