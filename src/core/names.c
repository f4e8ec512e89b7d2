/*
 * names.c — Russian case to nominative, name keys and name similarity.
 *
 * Nominative: every capitalised Cyrillic token is parsed under each reading
 * (case x gender) of the whole name; each parse has a weight that says how
 * typical that ending is for that reading ("-ым" is a sure masculine
 * instrumental, "-а" after a consonant may be a genitive or a feminine
 * nominative).  The reading with the highest total wins, so the tokens of one
 * name agree: "Белете Моллой Гетахуном" is a masculine instrumental, and
 * "Эдит Эштрелой" a feminine one in which "Эдит" does not decline.
 *
 * Key: the tokens in the nominative are folded to lower-case ASCII (Cyrillic
 * by the letter table data/cyrillic_ascii.tsv, Latin with diacritics by the
 * name_ascii scheme) and reduced to a phonetic code in which the letters that
 * romanisations render differently fall together (zh/j/dzh, kh/h/g, the
 * hissing sounds, doubled letters, all vowels).  The key is the consonant
 * skeleton of the surname and the class of the given name's first sound;
 * a regnal name keys as its name and number (Charles III: srls.iii).
 */
#include "names.h"

#include <stdbool.h>
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include "alloc.h"
#include "lexicon.h"
#include "text.h"
#include "translit.h"

#define MAX_TOKENS 16

typedef struct Tok
{
	int32_t		start;			/* offsets in the UTF-16 source */
	int32_t		end;
	bool		initial;		/* a single letter followed by a period */
	bool		upper;			/* written in capitals: ИВАНОВ, IVANOV */
	bool		comma;			/* followed by a comma: "Lavrov, Sergey" */
	UChar	   *nom;			/* the nominative when it differs, or NULL */
	int32_t		nomlen;
} Tok;

/* ---------------------------------------------------------------- tokens */

static bool
is_word_char(UChar32 c)
{
	return u_isalpha(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0;
}

static bool
is_joiner(UChar32 c)
{
	return c == '-' || c == 0x2010 || c == 0x2011 || c == '\'' || c == 0x2019;
}

/*
 * Splits a name into word tokens.  Hyphens and apostrophes inside a word
 * stay in it (Kassym-Jomart, O'Brien); a period ends a token and marks a
 * one- or two-letter token as an initial ("S.Burshakov", "Zh. Ibraimov").
 */
static int
tokenize(const UChar *u, int32_t n, Tok *toks)
{
	int			ntok = 0;
	int32_t		i = 0;

	while (i < n && ntok < MAX_TOKENS)
	{
		UChar32		c;
		int32_t		start = i;
		int32_t		end;
		int			letters = 0;
		bool		lower_seen = false;

		U16_NEXT(u, i, n, c);
		if (!is_word_char(c))
			continue;
		for (;;)
		{
			letters += u_isalpha(c) ? 1 : 0;
			lower_seen |= u_islower(c);
			end = i;
			if (i >= n)
				break;
			U16_NEXT(u, i, n, c);
			if (is_word_char(c))
				continue;
			if (is_joiner(c) && i < n)
			{
				UChar32		d;
				int32_t		j = i;

				U16_NEXT(u, j, n, d);
				if (is_word_char(d))
					continue;
			}
			break;
		}
		toks[ntok].start = start;
		toks[ntok].end = end;
		toks[ntok].initial = letters <= 2 && end < n && u[end] == '.';
		toks[ntok].upper = letters >= 2 && !lower_seen;
		toks[ntok].comma = false;
		for (int32_t k = end; k < n && (u[k] == ' ' || u[k] == ','); k++)
			toks[ntok].comma |= u[k] == ',';
		toks[ntok].nom = NULL;
		toks[ntok].nomlen = 0;
		ntok++;
		i = end;
	}
	return ntok;
}

static bool
is_cyrillic_word(const UChar *u, int32_t len)
{
	UErrorCode	status = U_ZERO_ERROR;
	UChar32		c;
	int32_t		i = 0;

	if (len <= 0)
		return false;
	U16_NEXT(u, i, len, c);
	return uscript_getScript(c, &status) == USCRIPT_CYRILLIC;
}

/* ------------------------------------------------------------ nominative */

typedef enum
{
	C_NOM, C_GEN, C_DAT, C_ACC, C_INS, C_PREP
} Case;

typedef enum
{
	G_M, G_F
} Gender;

static const struct
{
	Case		c;
	Gender		g;
}			readings[] = {
	/* nominative first: it wins ties; the animate accusative of a
	 * masculine name is its genitive, so there is no (C_ACC, G_M) */
	{C_NOM, G_M}, {C_NOM, G_F}, {C_GEN, G_M}, {C_GEN, G_F}, {C_INS, G_M},
	{C_INS, G_F}, {C_DAT, G_M}, {C_DAT, G_F}, {C_ACC, G_F}, {C_PREP, G_M},
	{C_PREP, G_F},
};

#define N_READINGS (sizeof(readings) / sizeof(readings[0]))

typedef struct Parse
{
	int			weight;			/* 0: this reading cannot produce the word */
	int			strip;			/* code units to remove from the end */
	const UChar *add;			/* ending of the nominative, lower case */
} Parse;

static bool
has_char(const UChar *set, UChar c)
{
	return c != 0 && u_strchr(set, c) != NULL;
}

/* Letter classes of lower-case Cyrillic (tested for every ending of every reading). */
static bool
is_vowel(UChar c)
{
	switch (c)
	{
		case u'а': case u'е': case u'ё': case u'и': case u'о': case u'у': case u'ы':
		case u'э': case u'ю': case u'я': case u'ә': case u'ө': case u'ұ': case u'ү': case u'і':
			return true;
		default:
			return false;
	}
}

static bool
is_hush(UChar c)
{
	return c == u'ж' || c == u'ш' || c == u'ч' || c == u'щ' || c == u'ц';
}

static bool
is_velar(UChar c)
{
	return c == u'г' || c == u'к' || c == u'х';
}

static bool
is_consonant(UChar c)
{
	return ((c >= 0x0430 && c <= 0x044F) || c == u'ғ' || c == u'қ' || c == u'ң' || c == u'һ') &&
		!is_vowel(c) && c != u'й' && c != u'ь' && c != u'ъ';
}

static bool
ends_len(const UChar *w, int32_t n, const UChar *suffix, int32_t k)
{
	return n > k && memcmp(w + n - k, suffix, (size_t) k * sizeof(UChar)) == 0;
}

/* The length of a literal suffix is known at compile time. */
#define ends(w, n, suffix) ends_len((w), (n), (suffix), (int32_t) (sizeof(suffix) / sizeof(UChar) - 1))

/* The letter before a suffix of length k, or 0. */
static UChar
before(const UChar *w, int32_t n, int32_t k)
{
	return n > k ? w[n - k - 1] : 0;
}

static void
cand(Parse *best, int weight, int strip, const UChar *add)
{
	if (weight > best->weight)
	{
		best->weight = weight;
		best->strip = strip;
		best->add = add;
	}
}

/* A suffix with its length, for lists tested on every word of a name. */
typedef struct Suffix
{
	const UChar *s;
	int32_t		len;
} Suffix;

#define SUF(lit) {(lit), (int32_t) (sizeof(lit) / sizeof(UChar) - 1)}

static bool
ends_any(const UChar *w, int32_t n, const Suffix *suffixes)
{
	for (; suffixes->s; suffixes++)
		if (w[n - 1] == suffixes->s[suffixes->len - 1] && ends_len(w, n, suffixes->s, suffixes->len))
			return true;
	return false;
}

/* Words that keep one form in every case. */
static int
indeclinable_weight(const UChar *w, int32_t n, bool given, Gender g)
{
	static const Suffix fixed[] = {SUF(u"улы"), SUF(u"ұлы"), SUF(u"кызы"), SUF(u"қызы"), SUF(u"уулу"), SUF(u"ых"), SUF(u"их"), {NULL, 0}};
	UChar		last = w[n - 1];

	if (ends_any(w, n, fixed))
		return 10;
	if (has_char(u"оэ", last))
		return (given && g == G_F && last == u'о') ? 3 : 10;
	/* -е and -и are also oblique endings of declining words */
	if (has_char(u"еиі", last))
		return 7;
	if (last == u'у')
		return 5;
	if (last == u'ю')
		return 3;
	if (last == u'ы')
		return 2;
	return 0;
}

/* A woman's name ending in a consonant does not decline (Эдит, Айгерим). */
static int
feminine_fixed_weight(const UChar *w, int32_t n)
{
	static const Suffix masculine_endings[] = {SUF(u"ом"), SUF(u"ем"), SUF(u"ым"), SUF(u"им"), SUF(u"ов"), SUF(u"ев"), SUF(u"ёв"), SUF(u"ин"), SUF(u"ын"), {NULL, 0}};
	UChar		last = w[n - 1];

	if (!is_consonant(last) && last != u'ь')
		return 0;
	return ends_any(w, n, masculine_endings) ? 2 : 6;
}

static const Suffix slavic_m[] = {SUF(u"ов"), SUF(u"ев"), SUF(u"ёв"), SUF(u"ин"), SUF(u"ын"), {NULL, 0}};

/*
 * The feminine -ой of surnames in every oblique case but the accusative:
 * Захаровой (Захарова), Вишневской (Вишневская); a plain adjectival -ой
 * weighs `plain` (0: not considered).
 */
static void
feminine_oblique(const UChar *w, int32_t n, Parse *p, int plain)
{
	if (ends(w, n, u"овой") || ends(w, n, u"евой") || ends(w, n, u"ёвой") ||
		ends(w, n, u"иной") || ends(w, n, u"ыной"))
		cand(p, 10, 2, u"а");
	if (ends(w, n, u"ской") || ends(w, n, u"цкой"))
		cand(p, 10, 2, u"ая");
	else if (plain > 0 && ends(w, n, u"ой"))
		cand(p, plain, 2, u"ая");
}

static Parse
parse_word(const UChar *w, int32_t n, Case c, Gender g, bool given, bool last_word)
{
	Parse		p = {0, 0, u""};
	UChar		last = w[n - 1];
	UChar		prev = before(w, n, 1);

	switch (c)
	{
		case C_NOM:
			if (is_consonant(last))
			{
				static const Suffix oblique[] = {SUF(u"ом"), SUF(u"ем"), SUF(u"ём"), SUF(u"ым"), {NULL, 0}};

				if (ends_any(w, n, oblique))
					cand(&p, 3, 0, u"");
				else
					cand(&p, g == G_M ? 10 : (ends_any(w, n, slavic_m) ? 2 : 8), 0, u"");
			}
			else if (last == u'ь')
				cand(&p, g == G_M ? 10 : 6, 0, u"");
			else if (last == u'й')
			{
				bool		adj = ends(w, n, u"ой") && !ends(w, n, u"ской") && !ends(w, n, u"цкой");

				/* -ей is also a feminine instrumental (Каей); Сергей is in the lexicon */
				cand(&p, g == G_M ? (adj ? 3 : ends(w, n, u"ей") ? 6 : 10) : 3, 0, u"");
			}
			else if (ends(w, n, u"ая") || ends(w, n, u"яя"))
				cand(&p, g == G_F ? 10 : 0, 0, u"");
			else if (last == u'а' || last == u'я')
			{
				static const Suffix feminine[] = {SUF(u"ова"), SUF(u"ева"), SUF(u"ёва"), SUF(u"ина"), SUF(u"ия"), SUF(u"ья"), {NULL, 0}};

				if (g == G_F)
					cand(&p, ends(w, n, u"ея") ? 5 : ends_any(w, n, feminine) ? 10 : 7, 0, u"");
				else
					cand(&p, (ends(w, n, u"ова") || ends(w, n, u"ева") || ends(w, n, u"ина")) ? 1 : 5, 0, u"");
			}
			break;

		case C_GEN:
		case C_ACC:
			if (g == G_M)
			{
				if (ends(w, n, u"ского") || ends(w, n, u"цкого"))
					cand(&p, 10, 3, u"ий");
				else if (ends(w, n, u"ого"))
					cand(&p, 9, 3, (is_velar(before(w, n, 3)) || is_hush(before(w, n, 3))) ? u"ий" : u"ый");
				else if (ends(w, n, u"его"))
					cand(&p, 8, 3, u"ий");
				if (ends(w, n, u"ова") || ends(w, n, u"ева") || ends(w, n, u"ёва") ||
					ends(w, n, u"ина") || ends(w, n, u"ына"))
					cand(&p, 10, 1, u"");
				if (last == u'а' && is_consonant(prev))
					cand(&p, 9, 1, u"");
				if (last == u'я')
					cand(&p, is_vowel(prev) ? 9 : 8, 1, is_vowel(prev) ? u"й" : u"ь");
				if (last == u'ы' && is_consonant(prev))
					cand(&p, 4, 1, u"а");
				if (last == u'и')
					cand(&p, 4, 1, (is_velar(prev) || is_hush(prev)) ? u"а" : u"я");
			}
			else if (c == C_GEN)
			{
				feminine_oblique(w, n, &p, 4);
				if (last == u'ы' && is_consonant(prev))
					cand(&p, 10, 1, u"а");
				if (last == u'и')
					cand(&p, 9, 1, (is_velar(prev) || is_hush(prev)) ? u"а" : u"я");
			}
			else				/* feminine accusative */
			{
				if (ends(w, n, u"ову") || ends(w, n, u"еву") || ends(w, n, u"ину") || ends(w, n, u"ыну"))
					cand(&p, 10, 1, u"а");
				if (ends(w, n, u"скую") || ends(w, n, u"цкую"))
					cand(&p, 10, 2, u"ая");
				else if (ends(w, n, u"ую"))
					cand(&p, 5, 2, u"ая");
				if (last == u'у' && is_consonant(prev))
					cand(&p, 9, 1, u"а");
				if (last == u'ю')
					cand(&p, 9, 1, u"я");
			}
			break;

		case C_DAT:
		case C_PREP:
			if (g == G_F)
			{
				feminine_oblique(w, n, &p, 4);
				if (last == u'е' && is_consonant(prev))
					cand(&p, 9, 1, u"а");
				if (ends(w, n, u"ии"))
					cand(&p, 9, 1, u"я");
			}
			else if (c == C_DAT)
			{
				if (ends(w, n, u"ову") || ends(w, n, u"еву") || ends(w, n, u"ёву") ||
					ends(w, n, u"ину") || ends(w, n, u"ыну"))
					cand(&p, 10, 1, u"");
				if (ends(w, n, u"скому") || ends(w, n, u"цкому"))
					cand(&p, 10, 3, u"ий");
				else if (ends(w, n, u"ому"))
					cand(&p, 6, 3, u"ый");
				else if (ends(w, n, u"ему"))
					cand(&p, 6, 3, u"ий");
				if (last == u'у' && is_consonant(prev))
					cand(&p, 9, 1, u"");
				if (last == u'ю')
					cand(&p, is_vowel(prev) ? 9 : 8, 1, is_vowel(prev) ? u"й" : u"ь");
				if (last == u'е' && is_consonant(prev))
					cand(&p, 4, 1, u"а");
				if (ends(w, n, u"ии"))
					cand(&p, 4, 1, u"я");
			}
			else				/* masculine prepositional */
			{
				if (ends(w, n, u"ове") || ends(w, n, u"еве") || ends(w, n, u"ёве") ||
					ends(w, n, u"ине") || ends(w, n, u"ыне"))
					cand(&p, 10, 1, u"");
				if (ends(w, n, u"ском") || ends(w, n, u"цком"))
					cand(&p, 10, 2, u"ий");
				if (last == u'е' && is_consonant(prev))
					cand(&p, 9, 1, u"");
				if (last == u'е' && is_vowel(prev))
					cand(&p, 8, 1, u"й");
				if (ends(w, n, u"ии"))
					cand(&p, 6, 1, u"й");
			}
			break;

		case C_INS:
			if (g == G_M)
			{
				if (ends(w, n, u"овым") || ends(w, n, u"евым") || ends(w, n, u"ёвым") ||
					ends(w, n, u"иным") || ends(w, n, u"ыным"))
					cand(&p, 10, 2, u"");
				if (ends(w, n, u"ским") || ends(w, n, u"цким"))
					cand(&p, 10, 2, u"ий");
				else if (ends(w, n, u"ым"))
					cand(&p, 6, 2, u"ый");
				else if (ends(w, n, u"им"))
					cand(&p, 6, 2, u"ий");
				if ((ends(w, n, u"ом") || ends(w, n, u"ём")) && is_consonant(before(w, n, 2)))
					cand(&p, 10, 2, u"");
				if (ends(w, n, u"ем"))
				{
					UChar		b = before(w, n, 2);

					if (is_vowel(b))
						cand(&p, 9, 2, u"й");
					else if (is_hush(b))
						cand(&p, 9, 2, u"");
					else if (is_consonant(b))
						cand(&p, 8, 2, u"ь");
				}
				if (ends(w, n, u"ой") && is_consonant(before(w, n, 2)))
					cand(&p, 4, 2, u"а");
				if (ends(w, n, u"ей"))
					cand(&p, 4, 2, u"я");
			}
			else
			{
				feminine_oblique(w, n, &p, 0);
				if (ends(w, n, u"ой") && is_consonant(before(w, n, 2)))
					cand(&p, 9, 2, u"а");
				if (ends(w, n, u"ей") || ends(w, n, u"ёй"))
					cand(&p, 9, 2, u"я");
			}
			break;
	}
	/* keeping the word as it is comes last: a declined reading wins a tie */
	cand(&p, indeclinable_weight(w, n, given, g), 0, u"");
	/* East Asian names decline their last word only: Ван Хунином, Ким Чен Ыном
	 * (a word that has a case ending of its own is not one of them) */
	if (!last_word && c != C_NOM && g == G_M && (is_consonant(last) || last == u'ь') &&
		!ends(w, n, u"ом") && !ends(w, n, u"ем") && !ends(w, n, u"ым") && !ends(w, n, u"им"))
		cand(&p, 8, 0, u"");
	if (g == G_F && c != C_NOM)
		cand(&p, feminine_fixed_weight(w, n), 0, u"");
	return p;
}

/* The part of a token that declines: after its last hyphen (Касым-Жомарта). */
static int32_t
declining_part(const UChar *u, const Tok *t)
{
	for (int32_t i = t->end - 1; i > t->start; i--)
		if (u[i] == '-' || u[i] == 0x2010 || u[i] == 0x2011)
			return i + 1;
	return t->start;
}

static bool
declinable(const UChar *u, const Tok *t)
{
	int32_t		s = declining_part(u, t);

	return !t->initial && t->end - s >= 2 && is_cyrillic_word(u + s, t->end - s) &&
		u_isupper(u[s]);
}

/* Lower-cases the declining part of a token into buf (at most 64 units). */
static int32_t
lower_part(const UChar *u, const Tok *t, UChar *buf)
{
	int32_t		s = declining_part(u, t);
	int32_t		n = t->end - s;

	if (n > 64)
		n = 64;
	for (int32_t i = 0; i < n; i++)
		buf[i] = (UChar) u_tolower(u[s + i]);
	buf[n] = 0;
	return n;
}

/*
 * Bit 1: a known masculine given name, bit 2: feminine; for the nominative
 * `low` (lower case) with the parse's ending applied.
 */
static int
given_name_genders(const DcLexicon *given, const UChar *low, int32_t n, const Parse *p)
{
	UChar		cand[80];
	int32_t		len = n - p->strip;
	int32_t		addlen = u_strlen(p->add);
	char		utf8[240];
	int32_t		utf8len;
	UErrorCode	status = U_ZERO_ERROR;
	int			mask = 0;

	if (given == NULL || len <= 0 || len + addlen >= 80)
		return 0;
	memcpy(cand, low, (size_t) len * sizeof(UChar));
	memcpy(cand + len, p->add, (size_t) addlen * sizeof(UChar));
	len += addlen;
	cand[0] = (UChar) u_toupper(cand[0]);
	u_strToUTF8(utf8, sizeof(utf8), &utf8len, cand, len, &status);
	if (U_FAILURE(status))
		return 0;
	for (int row = dc_lexicon_find(given, utf8, (size_t) utf8len); row >= 0;
		 row = dc_lexicon_next(given, row))
		mask |= dc_lexicon_field(given, row, 1)[0] == 'f' ? 2 : 1;
	return mask;
}

/*
 * A parse whose nominative is a known given name of the reading's gender
 * is much likelier; one known only for the other gender, less.
 */
/* The genders found for a word's candidate nominatives: readings share them. */
typedef struct GenderMemo
{
	int			n;
	int			strip[12];
	const UChar *add[12];
	int			mask[12];
} GenderMemo;

static int
parse_weight(const DcLexicon *given, const UChar *low, int32_t n, Case c, Gender g,
			 bool first, bool last_word, GenderMemo *memo, Parse *p)
{
	int			genders = -1;

	*p = parse_word(low, n, c, g, first, last_word);
	if (p->weight == 0)
		return 0;
	for (int k = 0; k < memo->n && genders < 0; k++)
		if (memo->strip[k] == p->strip && memo->add[k] == p->add)
			genders = memo->mask[k];
	if (genders < 0)
	{
		genders = given_name_genders(given, low, n, p);
		if (memo->n < 12)
		{
			memo->strip[memo->n] = p->strip;
			memo->add[memo->n] = p->add;
			memo->mask[memo->n++] = genders;
		}
	}
	if (genders & (g == G_M ? 1 : 2))
		return p->weight + 6;
	if (genders)
		return p->weight > 2 ? p->weight - 2 : 1;
	return p->weight;
}

/* Sets toks[i].nom for every declinable token, from the best reading. */
static void
nominative_tokens(const DcLexicon *given, const UChar *u, Tok *toks, int ntok)
{
	UChar		low[MAX_TOKENS][65];
	int32_t		lens[MAX_TOKENS];
	int			best = -1;
	int			best_score = 0;
	int			first_declinable = -1;
	int			last_declinable = -1;
	GenderMemo	memo[MAX_TOKENS];

	for (int i = 0; i < ntok; i++)
	{
		lens[i] = declinable(u, &toks[i]) ? lower_part(u, &toks[i], low[i]) : 0;
		memo[i].n = 0;
		if (lens[i] && first_declinable < 0)
			first_declinable = i;
		if (lens[i])
			last_declinable = i;
	}
	if (first_declinable < 0)
		return;

	for (size_t r = 0; r < N_READINGS; r++)
	{
		/* the nominative wins ties; names are seldom in the prepositional */
		int			score = readings[r].c == C_NOM ? 1 : readings[r].c == C_PREP ? -2 : 0;

		for (int i = 0; i < ntok; i++)
		{
			Parse		p;

			if (lens[i])
				score += parse_weight(given, low[i], lens[i], readings[r].c, readings[r].g,
									  i == first_declinable && ntok > 1, i == last_declinable, &memo[i], &p);
		}
		if (score > best_score)
		{
			best_score = score;
			best = (int) r;
		}
	}
	if (best < 0 || readings[best].c == C_NOM)
		return;

	for (int i = 0; i < ntok; i++)
	{
		Parse		p;
		Tok		   *t = &toks[i];
		int32_t		keep;
		int32_t		addlen;

		if (!lens[i])
			continue;
		p = parse_word(low[i], lens[i], readings[best].c, readings[best].g,
					   i == first_declinable && ntok > 1, i == last_declinable);
		if (p.weight == 0 || (p.strip == 0 && p.add[0] == 0))
			continue;
		keep = t->end - t->start - p.strip;
		addlen = u_strlen(p.add);
		t->nom = dc_alloc(((size_t) keep + (size_t) addlen + 1) * sizeof(UChar));
		memcpy(t->nom, u + t->start, (size_t) keep * sizeof(UChar));
		for (int32_t k = 0; k < addlen; k++)
			t->nom[keep + k] = t->upper ? (UChar) u_toupper(p.add[k]) : p.add[k];
		t->nomlen = keep + addlen;
		t->nom[t->nomlen] = 0;
	}
}

typedef struct Name
{
	UChar	   *u;
	int32_t		len;
	Tok			toks[MAX_TOKENS];
	int			ntok;
} Name;

static bool
parse_name(const char *s, size_t len, Name *name, DcError *err)
{
	const DcLexicon *given;

	name->u = dc_utf8_to_uchars(s, len, &name->len, err);
	if (name->u == NULL)
		return false;
	name->ntok = tokenize(name->u, name->len, name->toks);
	given = dc_lexicon_load("given_names.tsv", "name", err);
	if (given == NULL)
		return false;
	nominative_tokens(given, name->u, name->toks, name->ntok);
	return true;
}

/* Appends token i in the nominative (UTF-16) to a UTF-16 buffer. */
static int32_t
append_token(const Name *name, int i, UChar *out, int32_t pos)
{
	const Tok  *t = &name->toks[i];

	if (t->nom)
	{
		memcpy(out + pos, t->nom, (size_t) t->nomlen * sizeof(UChar));
		return pos + t->nomlen;
	}
	memcpy(out + pos, name->u + t->start, (size_t) (t->end - t->start) * sizeof(UChar));
	return pos + t->end - t->start;
}

static size_t
nominative_capacity(const Name *name)
{
	size_t		cap = (size_t) name->len + 1;

	for (int i = 0; i < name->ntok; i++)
		cap += (size_t) name->toks[i].nomlen + 2;
	return cap;
}

/* The parsed name in the nominative, with what lies between its words kept. */
static char *
nominative_text(const Name *name, DcError *err)
{
	UChar	   *out = dc_alloc(nominative_capacity(name) * sizeof(UChar));
	int32_t		pos = 0;
	int32_t		prev_end = 0;

	for (int i = 0; i < name->ntok; i++)
	{
		int32_t		gap = name->toks[i].start - prev_end;

		memcpy(out + pos, name->u + prev_end, (size_t) gap * sizeof(UChar));
		pos = append_token(name, i, out, pos + gap);
		prev_end = name->toks[i].end;
	}
	memcpy(out + pos, name->u + prev_end, (size_t) (name->len - prev_end) * sizeof(UChar));
	pos += name->len - prev_end;
	return dc_uchars_to_utf8(out, pos, NULL, err);
}

char *
dc_name_nominative(const char *s, size_t len, DcError *err)
{
	Name		name;

	if (!parse_name(s, len, &name, err))
		return NULL;
	return nominative_text(&name, err);
}

/* -------------------------------------------------------- phonetic codes */

static bool
pinyin_c_syllable(const char *w)
{
	static const char *const syllables[] = {"cong", "cui", "cun", "cao", "cai", "cuo", "cuan", "cang", "ceng", NULL};

	for (const char *const *s = syllables; *s; s++)
		if (strcmp(w, *s) == 0)
			return true;
	return false;
}

/*
 * Phonetic code of one lower-case ASCII word: consonant classes as letters
 * (J = zh/j/dzh, H = kh/h; s = every hissing or hushing sound: s, z, ts, sh,
 * ch, sch, c before a front vowel — romanisations and languages switch them:
 * Estrela/Эштрела, Kishida/Кисида, Vucic/Вучич), vowels as a e i o u (y as
 * i), doubled symbols once.
 */
static void
phonetic_code(const char *w, DcBuf *out)
{
	static const struct
	{
		const char *from;
		const char *to;
	}			multi[] = {
		{"shch", "s"}, {"chzh", "J"}, {"dzh", "J"}, {"tsz", "J"}, {"sch", "s"},
		{"tch", "s"}, {"sh", "s"}, {"ch", "s"}, {"zh", "J"}, {"dj", "J"},
		{"tsh", "s"}, {"kh", "H"}, {"gh", "g"}, {"ph", "f"}, {"th", "t"}, {"dh", "d"},
		{"bh", "b"}, {"ck", "k"},
		{"ts", "s"}, {"tz", "s"}, {"dz", "J"},
	};
	size_t		n = strlen(w);
	size_t		i = 0;
	size_t		start = out->len;

	while (i < n)
	{
		const char *sym = NULL;
		char		one[2] = {0, 0};
		char		c = w[i];
		size_t		step = 1;

		/* Japanese final -chi: Takaichi, Такаити */
		if (c == 'c' && w[i + 1] == 'h' && w[i + 2] == 'i' && w[i + 3] == '\0' && i > 0)
		{
			sym = "t";
			step = 2;
		}
		/* Polish and Czech -cki, -cky: Nawrocki, Навроцкий */
		else if (c == 'c' && w[i + 1] == 'k' && (w[i + 2] == 'i' || w[i + 2] == 'y') && w[i + 3] == '\0')
		{
			sym = "sk";
			step = 2;
		}
		for (size_t m = 0; sym == NULL && m < sizeof(multi) / sizeof(multi[0]); m++)
		{
			size_t		k;

			if (multi[m].from[0] != c || multi[m].from[1] != w[i + 1])
				continue;
			k = strlen(multi[m].from);
			if (strncmp(w + i, multi[m].from, k) == 0)
			{
				sym = multi[m].to;
				step = k;
				break;
			}
		}
		if (sym == NULL)
		{
			char		next = w[i + 1];

			switch (c)
			{
				case 'j':
				case 'h':
					/*
					 * Between vowels j and h are the weakest letters and the
					 * ones romanisations disagree on most (Vojacek: Воячек,
					 * Rojo: Рохо, Mohammed: Мухаммед): left out.
					 */
					sym = (i > 0 && strchr("aeiouy", w[i - 1]) && next &&
						   strchr(c == 'j' ? "aeoy" : "aeiouy", next)) ? "" :
						c == 'j' ? "J" : "H";
					break;
				case 'z':
					sym = "s";
					break;
				case 'q':
					/* pinyin qi before a vowel or n is Russian ци (Qiang: Цян, Qin: Цинь);
					 * elsewhere q is к (Qasim, Muttaqi) */
					sym = (next == 'i' && w[i + 2] && strchr("aeioun", w[i + 2])) ? "s" : "k";
					break;
				case 'w':
					sym = "v";
					break;
				case 'y':
					sym = "i";
					break;
				case 'x':
					/* pinyin x before i or u and a vowel (Xuexiang: Сюэсян), else ks */
					sym = (i == 0 || ((next == 'i' || next == 'u') && w[i + 2] && strchr("aeiou", w[i + 2]))) ?
						"s" : "ks";
					break;
				case 'c':
					/* before a front vowel, and at the end (Vucic: Вучич); and the c
					 * of a pinyin syllable no Western name has (Cong: Цун, Cui: Цуй) */
					sym = (next == 'e' || next == 'i' || next == 'y' || next == '\0' ||
						   (i == 0 && pinyin_c_syllable(w))) ? "s" : "k";
					break;
				case 'n':
					/* pinyin "ng" is Russian "н": Wang, Ван */
					sym = "n";
					if (next == 'g' && (w[i + 2] == '\0' || strchr("aeiouy", w[i + 2]) == NULL))
						step = 2;
					break;
				default:
					if (c >= 'a' && c <= 'z')
					{
						one[0] = c;
						sym = one;
					}
					break;
			}
		}
		/* kh between vowels, like h: Рохо (rokho) is Rojo; a final h after a
		 * vowel is silent: Maaytah, Маайта */
		if (sym && strcmp(sym, "H") == 0 && i > 0 && strchr("aeiouy", w[i - 1]) &&
			(w[i + step] == '\0' || strchr("aeiouy", w[i + step])))
			sym = "";
		i += step;
		if (sym == NULL)
			continue;
		for (const char *p = sym; *p; p++)
			if (out->len == start || out->data[out->len - 1] != *p)
				dc_buf_appendc(out, *p);
	}
}

static bool
is_vowel_symbol(char c)
{
	return c && strchr("aeiou", c) != NULL;
}

/* ------------------------------------------------------------ name keys */

typedef struct Word
{
	char	   *ascii;			/* lower-case ASCII spelling */
	char	   *code;			/* phonetic code */
	bool		initial;
	bool		upper;
	bool		comma;			/* "Lavrov, Sergey": the surname comes first */
	bool		given;			/* a known given name, vowels aside */
	bool		given_exact;	/* a known given name, letter for letter */
	bool		regnal;			/* a regnal number after a name: II, III, VI */
} Word;

static bool
ends_ascii(const char *w, const char *suffix)
{
	size_t		n = strlen(w);
	size_t		k = strlen(suffix);

	return n > k && strcmp(w + n - k, suffix) == 0;
}

/* Connecting words of Arabic, Romance, Germanic and Dutch names. */
static bool
is_particle(const char *w)
{
	static const char *const particles[] = {
		"al", "el", "bin", "ibn", "bint", "ben", "de", "del", "della", "der",
		"di", "da", "das", "dos", "do", "du", "van", "von", "den", "la", "le",
		"ter", "ten", "y", "e", "abd", NULL
	};

	for (const char *const *p = particles; *p; p++)
		if (strcmp(w, *p) == 0)
			return true;
	return false;
}

static bool
is_patronymic(const char *w)
{
	return ends_ascii(w, "ovich") || ends_ascii(w, "evich") || ends_ascii(w, "ovna") ||
		ends_ascii(w, "evna") || ends_ascii(w, "ichna") || ends_ascii(w, "uly") ||
		ends_ascii(w, "kyzy") || ends_ascii(w, "uulu");
}

/* Endings that mark a word as a surname (used to detect "Surname Given"). */
static bool
looks_like_surname(const char *w)
{
	static const char *const suffixes[] = {
		"ov", "ev", "ova", "eva", "enko", "uly", "kyzy", "uulu", "sky", "ski",
		"skiy", "skii", "skaya", "yan", "dze", "shvili", "ovich", "evich", NULL
	};

	for (const char *const *s = suffixes; *s; s++)
		if (ends_ascii(w, *s))
			return true;
	return false;
}

/* ASCII spellings of the Cyrillic letters U+0400..U+04FF (data/cyrillic_ascii.tsv). */
static const char *cyrillic_ascii[256];
static bool cyrillic_ascii_loaded = false;

static bool
load_cyrillic_ascii(DcError *err)
{
	const DcLexicon *lex;

	if (cyrillic_ascii_loaded)
		return true;
	if ((lex = dc_lexicon_load("cyrillic_ascii.tsv", "letter", err)) == NULL)
		return false;
	for (int r = 0; r < dc_lexicon_rows(lex); r++)
	{
		const char *letter = dc_lexicon_field(lex, r, 0);
		UChar32		c;
		int32_t		i = 0;

		U8_NEXT((const uint8_t *) letter, i, -1, c);
		if (c >= 0x400 && c <= 0x4FF)
			cyrillic_ascii[c - 0x400] = dc_lexicon_field(lex, r, 1);
	}
	cyrillic_ascii_loaded = true;
	return true;
}

/*
 * A name in lower-case ASCII: Cyrillic letters by the table, ASCII as it
 * is, and only when other Latin letters remain (José, Erdoğan) the ICU
 * name_ascii scheme.  Spaces and hyphens between words are kept.
 */
static char *
fold_to_ascii(const UChar *u, int32_t len, DcError *err)
{
	DcBuf		out;
	bool		needs_icu = false;
	int32_t		i = 0;

	if (!load_cyrillic_ascii(err))
		return NULL;
	dc_buf_init(&out, (size_t) len * 2 + 8);
	while (i < len)
	{
		UChar32		c;

		U16_NEXT(u, i, len, c);
		c = u_tolower(c);
		if (c >= 0x400 && c <= 0x4FF)
		{
			if (cyrillic_ascii[c - 0x400])
				dc_buf_appends(&out, cyrillic_ascii[c - 0x400]);
		}
		else if (c < 0x80)
			dc_buf_appendc(&out, (char) c);
		else
		{
			char		utf8[4];
			int32_t		n = 0;

			U8_APPEND_UNSAFE(utf8, n, c);
			dc_buf_append(&out, utf8, (size_t) n);
			needs_icu = true;
		}
	}
	if (needs_icu)
	{
		const DcTranslit *ascii = dc_translit_get_internal("name_ascii", err);
		size_t		n;

		return ascii ? dc_translit_run(ascii, out.data, out.len, &n, err) : NULL;
	}
	return dc_buf_cstr(&out);
}

char *
dc_name_slug(const char *s, size_t len, DcError *err)
{
	int32_t		ulen;
	UChar	   *u = dc_utf8_to_uchars(s, len, &ulen, err);
	char	   *ascii = u ? fold_to_ascii(u, ulen, err) : NULL;
	char	   *out;
	size_t		n = 0;

	if (ascii == NULL)
		return NULL;
	out = dc_alloc(strlen(ascii) + 1);
	for (const char *p = ascii; *p; p++)
	{
		char		c = *p;

		if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
			out[n++] = c;
		else if (c >= 'A' && c <= 'Z')
			out[n++] = (char) (c | 0x20);
		else if (n > 0 && out[n - 1] != '-')
			out[n++] = '-';
	}
	while (n > 0 && out[n - 1] == '-')
		n--;
	out[n] = '\0';
	return out;
}

/*
 * How given names are compared: the class of the first sound and the
 * consonants after it, because romanisations of given names disagree most
 * on vowels (Alain / Ален, Alexander / Александр).
 */
static char *
given_name_form(const char *code)
{
	DcBuf		b;

	dc_buf_init(&b, strlen(code) + 2);
	if (*code)
		dc_buf_appendc(&b, is_vowel_symbol(*code) ? 'a' : *code);
	for (const char *p = code + (*code ? 1 : 0); *p; p++)
		if (!is_vowel_symbol(*p))
			dc_buf_appendc(&b, *p);
	return dc_buf_cstr(&b);
}

static DcStrSet *given_codes_set = NULL;	/* given_name_form() of each */
static DcStrSet *given_exact_set = NULL;	/* the phonetic code of each */

/* The phonetic codes of the given names of data/given_names.tsv, built once. */
static const DcStrSet *
given_name_codes(DcError *err)
{
	const DcLexicon *lex;
	DcStrSet   *set;

	if (given_codes_set)
		return given_codes_set;
	if ((lex = dc_lexicon_load("given_names.tsv", "name", err)) == NULL)
		return NULL;
	if ((set = dc_strset_new()) == NULL || (given_exact_set = dc_strset_new()) == NULL)
	{
		dc_strset_free(set);
		dc_fail(err, DC_ERR_DATA, "out of memory loading given names");
		return NULL;
	}
	for (int r = 0; r < dc_lexicon_rows(lex); r++)
	{
		const char *name = dc_lexicon_field(lex, r, 0);
		int32_t		ulen;
		UChar	   *u = dc_utf8_to_uchars(name, strlen(name), &ulen, err);
		char	   *folded = u ? fold_to_ascii(u, ulen, err) : NULL;
		size_t		n = folded ? strlen(folded) : 0;
		DcBuf		code;
		size_t		k = 0;

		if (folded == NULL)
		{
			dc_strset_free(set);
			dc_strset_free(given_exact_set);
			given_exact_set = NULL;
			return NULL;
		}
		for (size_t i = 0; i < n; i++)
			if (folded[i] >= 'a' && folded[i] <= 'z')
				folded[k++] = folded[i];
		folded[k] = '\0';
		dc_buf_init(&code, 2 * k + 4);
		phonetic_code(folded, &code);
		if (!dc_strset_add(set, given_name_form(dc_buf_cstr(&code))) ||
			!dc_strset_add(given_exact_set, dc_buf_cstr(&code)))
		{
			dc_strset_free(set);
			dc_strset_free(given_exact_set);
			given_exact_set = NULL;
			dc_fail(err, DC_ERR_DATA, "out of memory loading given names");
			return NULL;
		}
		dc_free(code.data);
		dc_free(folded);
		dc_free(u);
	}
	given_codes_set = set;
	return set;
}

void
dc_names_cleanup(void)
{
	memset(cyrillic_ascii, 0, sizeof(cyrillic_ascii));
	cyrillic_ascii_loaded = false;
	dc_strset_free(given_codes_set);
	dc_strset_free(given_exact_set);
	given_codes_set = NULL;
	given_exact_set = NULL;
}

/* Each token of the name (in the nominative) in lower-case ASCII. */
static char **
fold_tokens(const Name *name, DcError *err)
{
	char	  **out = dc_alloc(sizeof(char *) * (size_t) (name->ntok + 1));
	UChar	   *buf = dc_alloc(nominative_capacity(name) * sizeof(UChar));
	int32_t		len = 0;
	char	   *s;
	int			k = 0;

	for (int i = 0; i < name->ntok; i++)
	{
		if (i > 0)
			buf[len++] = ' ';
		len = append_token(name, i, buf, len);
	}
	if ((s = fold_to_ascii(buf, len, err)) == NULL)
		return NULL;
	/* folding keeps the spaces between tokens, so the parts line up */
	for (char *p = s; k < name->ntok; k++)
	{
		char	   *sp = strchr(p, ' ');

		out[k] = p;
		if (sp == NULL)
			break;
		*sp = '\0';
		p = sp + 1;
	}
	for (k++; k < name->ntok; k++)
		out[k] = dc_strndup("", 0);
	return out;
}

/* A token in Latin capitals I, V and X only: a regnal number (Charles III, Карл III). */
static bool
roman_token(const Name *name, const Tok *t)
{
	for (int32_t i = t->start; i < t->end; i++)
		if (name->u[i] != 'I' && name->u[i] != 'V' && name->u[i] != 'X')
			return false;
	return t->end > t->start;
}

/*
 * Romanises the name's tokens (in the nominative) to lower-case ASCII
 * words with their phonetic codes; particles are dropped, and so are
 * patronymics when the name has three words or more.
 */
static int
name_words(const Name *name, Word *words, DcError *err)
{
	int			nw = 0;
	const DcStrSet *given_codes;
	char	  **folded_words;

	if ((given_codes = given_name_codes(err)) == NULL || (folded_words = fold_tokens(name, err)) == NULL)
		return -1;
	for (int i = 0; i < name->ntok; i++)
	{
		const Tok  *t = &name->toks[i];
		char	   *folded = folded_words[i];
		char	   *w;
		size_t		n = strlen(folded);
		DcBuf		code;

		/* drop an Arabic article glued by a hyphen */
		if ((strncmp(folded, "al-", 3) == 0 || strncmp(folded, "el-", 3) == 0) && n > 3)
			folded += 3;
		/* a hyphenated word is several (Sassou-Nguesso, Kassym-Jomart): its parts */
		for (char *part = folded; *part && nw < MAX_TOKENS;)
		{
			char	   *end = strchr(part, '-');
			size_t		k = 0;

			w = dc_alloc(strlen(part) + 1);
			for (const char *p = part; *p && p != end; p++)
				if (*p >= 'a' && *p <= 'z')
					w[k++] = *p;
			w[k] = '\0';
			part = end ? end + 1 : part + strlen(part);
			/* a particle joins a given name to a surname, so it never comes first */
			if (w[0] == '\0' || (!t->initial && nw > 0 && is_particle(w)))
				continue;
			dc_buf_init(&code, k * 2 + 4);
			phonetic_code(w, &code);
			words[nw].ascii = w;
			words[nw].code = dc_buf_cstr(&code);
			words[nw].initial = t->initial;
			words[nw].upper = t->upper;
			words[nw].comma = t->comma && *part == '\0';
			words[nw].given = !t->initial &&
				dc_strset_has(given_codes, given_name_form(words[nw].code),
							  strlen(given_name_form(words[nw].code)));
			words[nw].given_exact = words[nw].given &&
				dc_strset_has(given_exact_set, words[nw].code, strlen(words[nw].code));
			words[nw].regnal = nw > 0 && roman_token(name, t);
			nw++;
		}
	}
	if (nw >= 3)
	{
		int			k = 0;

		for (int i = 0; i < nw; i++)
			if (words[i].initial || !is_patronymic(words[i].ascii) || k + (nw - i) <= 2)
				words[k++] = words[i];
		nw = k;
	}
	return nw;
}

/*
 * Which word is the surname: the (last) one in capitals (ИВАНОВ Иван), the first
 * when a comma follows it (Lavrov, Sergey), the last when the first is a
 * known given name, the first when the last one is; else by surname
 * endings; else the last.
 */
static int
surname_index(const Word *words, int nw)
{
	int			upper = -1;
	int			nupper = 0;
	int			first = -1;
	int			last = -1;
	bool		later_given = false;

	for (int i = 0; i < nw; i++)
	{
		if (words[i].initial)
			continue;
		if (words[i].upper)
		{
			upper = i;
			nupper++;
		}
		if (first < 0)
			first = i;
		last = i;
	}
	/* reversing the order takes a surer match than keeping it, and a first
	 * word shaped like a surname: Kazakh surnames are often given names too
	 * (Sayasat Nurbek) */
	later_given = last != first && last >= 0 && words[last].given_exact &&
		looks_like_surname(words[first].ascii);
	if (first < 0)
		return -1;
	/* words in capitals among others in lower case: ИВАНОВ Иван, NANDI-NDAITWAH Netumbo */
	for (int i = 0; nupper >= 1 && i < nw; i++)
		if (!words[i].initial && !words[i].upper)
			return upper;
	if (first != last && words[first].comma)
		return first;
	if (words[first].given)
		return last;
	if (later_given)
		return first;
	if (first != last && looks_like_surname(words[first].ascii) && !looks_like_surname(words[last].ascii))
		return first;
	return last;
}

static void
append_skeleton(const char *code, DcBuf *out)
{
	size_t		consonants = 0;

	for (const char *p = code; *p; p++)
		consonants += !is_vowel_symbol(*p);
	/* a short name keeps its vowels, folded to one class: Li, Ali, Yi */
	for (const char *p = code; *p; p++)
	{
		/* h and g: Hajiyev is Гаджиев, Herzog Герцог */
		if (*p == 'H' && !(out->len > 0 && out->data[out->len - 1] == 'g'))
			dc_buf_appendc(out, 'g');
		else if (*p == 'H')
			continue;
		else if (!is_vowel_symbol(*p))
			dc_buf_appendc(out, *p);
		else if (consonants < 2 && (out->len == 0 || out->data[out->len - 1] != 'a'))
			dc_buf_appendc(out, 'a');
	}
}

/*
 * The class of a given name's first sound: vowels, j, h and g fall together,
 * because J is Й in Jens, Х in José, Дж in John, and G is Ж in Gérard; a
 * voiced consonant goes with its voiceless pair (Volker: Фолькер, Ban: Пан).
 */
static char
initial_class(const Word *w)
{
	char		c = w->code[0];

	if (is_vowel_symbol(c) || c == 'J' || c == 'H' || c == 'g')
		return 'a';
	return c == 'b' ? 'p' : c == 'd' ? 't' : c == 'v' ? 'f' : c;
}

static char *
key_of(const Name *name, DcError *err)
{
	Word		words[MAX_TOKENS];
	int			nw;
	int			sur;
	DcBuf		key;

	nw = name_words(name, words, err);
	if (nw < 0)
		return NULL;
	dc_buf_init(&key, 32);
	if (nw == 0)
		return dc_buf_cstr(&key);
	/* a regnal name: the name and its number (Charles III: srls.iii) */
	if (nw >= 2 && words[nw - 1].regnal && !words[0].regnal)
	{
		append_skeleton(words[0].code, &key);
		dc_buf_appendc(&key, '.');
		dc_buf_appends(&key, words[nw - 1].ascii);
		return dc_buf_cstr(&key);
	}
	sur = surname_index(words, nw);
	if (sur < 0)
	{
		/* initials only */
		for (int i = 0; i < nw; i++)
			dc_buf_appendc(&key, initial_class(&words[i]));
		return dc_buf_cstr(&key);
	}
	append_skeleton(words[sur].code, &key);
	for (int i = 0; i < nw; i++)
	{
		if (i == sur)
			continue;
		dc_buf_appendc(&key, '.');
		dc_buf_appendc(&key, initial_class(&words[i]));
		break;
	}
	return dc_buf_cstr(&key);
}

char *
dc_name_key(const char *s, size_t len, DcError *err)
{
	Name		name;

	return parse_name(s, len, &name, err) ? key_of(&name, err) : NULL;
}

bool
dc_name_normalise(const char *s, size_t len, char **nominative, char **key, DcError *err)
{
	Name		name;

	if (!parse_name(s, len, &name, err))
		return false;
	*nominative = nominative_text(&name, err);
	*key = *nominative ? key_of(&name, err) : NULL;
	return *key != NULL;
}

/*
 * A Cyrillic word that is a given name of the lexicon in some case: the word
 * itself, or its stem with a nominative ending (Марией: Мари+я, Пилара: Пилар).
 */
static bool
cyrillic_given_name(const DcLexicon *given, const char *word, size_t len)
{
	static const char *const oblique[] = {
		"ой", "ей", "ом", "ем", "ым", "им", "ою", "а", "я", "у", "ю", "е", "и", "ы", ""
	};
	static const char *const nominative[] = {"", "а", "я", "й", "ь"};
	char		buf[256];

	if (len + 8 > sizeof(buf))
		return false;
	for (size_t o = 0; o < sizeof(oblique) / sizeof(oblique[0]); o++)
	{
		size_t		k = strlen(oblique[o]);
		size_t		stem = len - k;

		if (len <= k + 2 || strncmp(word + stem, oblique[o], k) != 0)
			continue;
		memcpy(buf, word, stem);
		for (size_t e = 0; e < sizeof(nominative) / sizeof(nominative[0]); e++)
		{
			size_t		m = strlen(nominative[e]);

			memcpy(buf + stem, nominative[e], m);
			if (dc_lexicon_find(given, buf, stem + m) >= 0)
				return true;
		}
	}
	return false;
}

bool
dc_name_is_given(const char *s, size_t len, DcError *err)
{
	Name		name;
	Word		words[MAX_TOKENS];
	const DcLexicon *given;
	size_t		first = 0;

	while (first < len && s[first] != ' ' && s[first] != '-')
		first++;
	if (dc_has_cyrillic(s, first))
	{
		given = dc_lexicon_load("given_names.tsv", "name", err);
		return given && cyrillic_given_name(given, s, first);
	}
	if (!parse_name(s, first, &name, err))
		return false;
	return name_words(&name, words, err) > 0 && words[0].given_exact;
}

/* ------------------------------------------------------------ similarity */

static double
jaro_winkler(const char *a, const char *b)
{
	int			la = (int) strlen(a);
	int			lb = (int) strlen(b);
	int			range;
	bool		ma[64] = {0};
	bool		mb[64] = {0};
	int			m = 0;
	int			t = 0;
	int			prefix = 0;
	double		j;

	if (la == 0 || lb == 0)
		return la == lb ? 1.0 : 0.0;
	if (la > 64)
		la = 64;
	if (lb > 64)
		lb = 64;
	range = (la > lb ? la : lb) / 2 - 1;
	if (range < 0)
		range = 0;
	for (int i = 0; i < la; i++)
		for (int k = (i - range > 0 ? i - range : 0); k < lb && k <= i + range; k++)
			if (!mb[k] && a[i] == b[k])
			{
				ma[i] = mb[k] = true;
				m++;
				break;
			}
	if (m == 0)
		return 0.0;
	for (int i = 0, k = 0; i < la; i++)
	{
		if (!ma[i])
			continue;
		while (!mb[k])
			k++;
		if (a[i] != b[k])
			t++;
		k++;
	}
	j = ((double) m / la + (double) m / lb + (double) (m - t / 2) / m) / 3.0;
	while (prefix < 4 && prefix < la && prefix < lb && a[prefix] == b[prefix])
		prefix++;
	return j + prefix * 0.1 * (1.0 - j);
}

/* A phonetic code with voiced consonants as their voiceless pairs (Ban: Пан, Gi: Ки). */
static void
devoiced(const char *code, char *out, size_t size)
{
	size_t		i = 0;

	for (; code[i] && i + 1 < size; i++)
	{
		char		c = code[i];

		out[i] = c == 'b' ? 'p' : c == 'd' ? 't' : c == 'g' ? 'k' : c == 'v' ? 'f' : c;
	}
	out[i] = '\0';
}

static double
word_similarity(const Word *a, const Word *b)
{
	char		da[65];
	char		db[65];

	if (a->initial || b->initial)
		return initial_class(a) == initial_class(b) ? 1.0 : 0.0;
	devoiced(a->code, da, sizeof(da));
	devoiced(b->code, db, sizeof(db));
	return jaro_winkler(da, db);
}

/* Weighted best-match of a's words in b; the surname counts double. */
static double
directed_similarity(const Word *a, int na, const Word *b, int nb)
{
	int			sur = surname_index(a, na);
	double		sum = 0;
	double		weights = 0;

	for (int i = 0; i < na; i++)
	{
		double		w = i == sur ? 2.0 : 1.0;
		double		best = 0;

		for (int k = 0; k < nb; k++)
		{
			double		s = word_similarity(&a[i], &b[k]);

			if (s > best)
				best = s;
		}
		sum += w * best;
		weights += w;
	}
	return weights > 0 ? sum / weights : 0;
}

static char *
joined_codes(const Word *w, int n)
{
	DcBuf		b;

	dc_buf_init(&b, 64);
	for (int i = 0; i < n; i++)
		dc_buf_appends(&b, w[i].code);
	return dc_buf_cstr(&b);
}

float
dc_name_similarity(const char *a, size_t alen, const char *b, size_t blen, DcError *err)
{
	Name		na;
	Name		nb;
	Word		wa[MAX_TOKENS];
	Word		wb[MAX_TOKENS];
	int			ca;
	int			cb;

	if (!parse_name(a, alen, &na, err) || !parse_name(b, blen, &nb, err))
		return -1.0f;
	if ((ca = name_words(&na, wa, err)) < 0 || (cb = name_words(&nb, wb, err)) < 0)
		return -1.0f;
	if (ca == 0 || cb == 0)
		return 0.0f;
	/*
	 * Words matched in any order, and, when both names have as many words,
	 * word for word: transliteration keeps the order, so Ким Чен Ын is
	 * Kim Jong Un rather than Kim Il Sung, and Salman bin Abdulaziz is not
	 * Abdulaziz bin Salman.
	 */
	{
		double		any_order = (directed_similarity(wa, ca, wb, cb) + directed_similarity(wb, cb, wa, ca)) / 2.0;
		double		in_order = any_order;

		if (ca == cb)
		{
			/* given names in their order, then the surname, on both sides */
			int			sa = surname_index(wa, ca);
			int			sb = surname_index(wb, cb);

			in_order = 0;
			for (int i = 0, ia = 0, ib = 0; i < ca; i++, ia++, ib++)
			{
				if (ia == sa)
					ia++;
				if (ib == sb)
					ib++;
				in_order += word_similarity(&wa[i == ca - 1 && sa >= 0 ? sa : ia],
											&wb[i == cb - 1 && sb >= 0 ? sb : ib]);
			}
			in_order /= ca;
		}
		/* the spelling of the whole name in its order breaks what ties remain */
		return (float) (0.67 * any_order + 0.28 * in_order +
						0.05 * jaro_winkler(joined_codes(wa, ca), joined_codes(wb, cb)));
	}
}
