/* event_match.c — similarity, containment, overlap and index keys of events (see event_match.h). */
#include "event_match.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "event_io.h"
#include "lexicon.h"

/*
 * How evidence combines: a logistic model, its weights fitted on the
 * project's own labelled pairs (bench/fit_event_model.py) and read from
 * data/event_model.tsv.  Each feature is a number in [0, 1]; a feature
 * neither item has is 0.  Features come in groups (one per key group of the
 * index), so that the index bound can take the best case of each group
 * apart.
 */
typedef enum Feature
{
	F_INTERCEPT,
	F_PERSONS, F_PERSONS_APART,
	F_HOST_SAME, F_HOST_OTHER,
	F_COUNTRIES,
	F_ORGS, F_ORGS_APART,
	F_TOPICS, F_TOPICS_APART,
	F_DATE_SAME, F_DATE_WEEK, F_DATE_MONTH, F_DATE_FAR, F_DATE_YEARLESS_SAME, F_DATE_YEARLESS_OTHER,
	F_DATE_UNKNOWN,
	F_KIND_SAME, F_KIND_OTHER,
	F_TENSE_OTHER,
	F_ACTIONS, F_ACTIONS_APART,
	F_OCCASIONS, F_OCCASIONS_APART,
	F_SUBJECTS, F_SUBJECTS_APART,
	F_ORDINALS, F_ORDINALS_APART,
	F_N
} Feature;

static const char *const feature_names[F_N] = {
	"intercept",
	"persons", "persons_apart",
	"host_same", "host_other",
	"countries",
	"orgs", "orgs_apart",
	"topics", "topics_apart",
	"date_same", "date_week", "date_month", "date_far", "date_yearless_same", "date_yearless_other",
	"date_unknown",
	"kind_same", "kind_other",
	"tense_other",
	"actions", "actions_apart",
	"occasions", "occasions_apart",
	"subjects", "subjects_apart",
	"ordinals", "ordinals_apart",
};

_Static_assert(F_N <= DC_EVENT_MAX_FEATURES, "dc_event_evidence() fills at most DC_EVENT_MAX_FEATURES");

struct DcEventModel
{
	float		w[F_N];
};

/*
 * Dates: within 3 days the same (reports follow events by a day or two),
 * within a week near, within a month, or farther.
 */
#define SAME_DAYS 3
#define NEAR_DAYS 7
#define MONTH_DAYS 30

/* The concept lists of an event are sorted, so each class is a run: action.*, n.*, occasion.*, subject.* */
typedef enum ConceptClass
{
	C_ACTION, C_ORDINAL, C_OCCASION, C_SUBJECT, C_N
} ConceptClass;

static const char *const class_prefix[C_N] = {"action.", "n.", "occasion.", "subject."};
static const Feature class_feature[C_N] = {F_ACTIONS, F_ORDINALS, F_OCCASIONS, F_SUBJECTS};

typedef struct Side
{
	int			na;
	int			nb;
	int			shared;
} Side;

typedef enum HostMatch
{
	HOST_NONE,					/* either has none, or each names the other's */
	HOST_SAME,
	HOST_OTHER
} HostMatch;

typedef struct Overlap
{
	Side		persons;
	Side		countries;
	Side		orgs;			/* home bodies left out */
	Side		topics;
	Side		concepts[C_N];
	HostMatch	host;
	int			gap;			/* days between the dates, or -1 */
	bool		yearless;		/* the gap is of day and month only */
	bool		same_kind;
	bool		other_kind;
	bool		other_tense;
} Overlap;

static float
dice(Side s)
{
	return (s.na && s.nb) ? 2.0f * (float) s.shared / (float) (s.na + s.nb) : 0.0f;
}

/* A list feature and its "apart" companion: both items have some, and share none. */
static void
side_features(Side s, Feature f, float *x)
{
	x[f] = dice(s);
	x[f + 1] = s.na && s.nb && s.shared == 0;
}

static void
features(const Overlap *o, float *x)
{
	memset(x, 0, sizeof(float) * F_N);
	x[F_INTERCEPT] = 1;
	side_features(o->persons, F_PERSONS, x);
	x[F_HOST_SAME] = o->host == HOST_SAME;
	x[F_HOST_OTHER] = o->host == HOST_OTHER;
	x[F_COUNTRIES] = dice(o->countries);
	side_features(o->orgs, F_ORGS, x);
	side_features(o->topics, F_TOPICS, x);
	if (o->gap < 0)
		x[F_DATE_UNKNOWN] = 1;
	else if (o->yearless)
		x[o->gap <= SAME_DAYS ? F_DATE_YEARLESS_SAME : F_DATE_YEARLESS_OTHER] = 1;
	else
		x[o->gap <= SAME_DAYS ? F_DATE_SAME : o->gap <= NEAR_DAYS ? F_DATE_WEEK :
		  o->gap <= MONTH_DAYS ? F_DATE_MONTH : F_DATE_FAR] = 1;
	x[F_KIND_SAME] = o->same_kind;
	x[F_KIND_OTHER] = o->other_kind;
	x[F_TENSE_OTHER] = o->other_tense;
	for (int c = 0; c < C_N; c++)
		side_features(o->concepts[c], class_feature[c], x);
}

static float
logistic(float z)
{
	return 1.0f / (1.0f + expf(-z));
}

static float
score(const DcEventModel *m, const Overlap *o)
{
	float		x[F_N];
	float		z = 0;
	bool		shared = o->persons.shared || o->host == HOST_SAME || o->countries.shared ||
		o->orgs.shared || o->topics.shared;

	/* two items that share nothing are unrelated, whatever the model says of the rest */
	if (!shared)
		return 0.0f;
	features(o, x);
	for (int f = 0; f < F_N; f++)
		z += m->w[f] * x[f];
	return logistic(z);
}

const DcEventModel *
dc_event_model_load(DcError *err)
{
	static DcEventModel model;
	static bool loaded = false;
	const DcLexicon *lex;

	if (loaded)
		return &model;
	if ((lex = dc_lexicon_load("event_model.tsv", "feature", err)) == NULL)
		return NULL;
	for (int f = 0; f < F_N; f++)
	{
		int			row = dc_lexicon_find(lex, feature_names[f], strlen(feature_names[f]));
		char	   *end;

		if (row < 0)
		{
			dc_fail(err, DC_ERR_DATA, "event_model.tsv: no weight for feature \"%s\"", feature_names[f]);
			return NULL;
		}
		model.w[f] = strtof(dc_lexicon_field(lex, row, 1), &end);
		if (*end != '\0' || !isfinite(model.w[f]))
		{
			dc_fail(err, DC_ERR_DATA, "event_model.tsv: the weight of \"%s\" is not a number",
					feature_names[f]);
			return NULL;
		}
	}
	if (dc_lexicon_rows(lex) != F_N)
	{
		dc_fail(err, DC_ERR_DATA, "event_model.tsv: %d rows, expected one for each of the %d features",
				dc_lexicon_rows(lex), F_N);
		return NULL;
	}
	loaded = true;
	return &model;
}

/* An organisation of the item's own state ("kz-ministry-foreign-affairs"). */
static bool
home_body(const DcEvent *ev, const char *org)
{
	return ev->home[0] && (org[0] & ~0x20) == ev->home[0] && (org[1] & ~0x20) == ev->home[1] &&
		org[2] == '-';
}

static bool
in_sorted(const char *const *list, int n, const char *s)
{
	int			lo = 0;
	int			hi = n - 1;

	while (lo <= hi)
	{
		int			mid = (lo + hi) / 2;
		int			c = strcmp(list[mid], s);

		if (c == 0)
			return true;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid - 1;
	}
	return false;
}

/* The surname part of a name key: "tkv" of "tkv.k". */
static size_t
skeleton_len(const char *key)
{
	const char *dot = strchr(key, '.');

	return dot ? (size_t) (dot - key) : strlen(key);
}

/*
 * Two name keys of one person: equal, or the same surname where one item
 * gives no given name ("President Tokayev" and "Kassym-Jomart Tokayev").
 */
static bool
same_person(const char *a, const char *b)
{
	size_t		la = skeleton_len(a);
	size_t		lb = skeleton_len(b);

	if (strcmp(a, b) == 0)
		return true;
	return la == lb && memcmp(a, b, la) == 0 && (a[la] == '\0' || b[lb] == '\0');
}

static bool
has_person(const DcEvent *ev, const char *key)
{
	for (int i = 0; i < ev->nparticipants; i++)
		if (same_person(ev->participants[i].key, key))
			return true;
	return false;
}

static void
org_side(const DcEvent *a, const DcEvent *b, Side *s)
{
	for (int i = 0; i < a->norgs; i++)
		if (!home_body(a, a->orgs[i]))
		{
			s->na++;
			s->shared += in_sorted(b->orgs, b->norgs, a->orgs[i]) && !home_body(b, a->orgs[i]);
		}
	for (int i = 0; i < b->norgs; i++)
		s->nb += !home_body(b, b->orgs[i]);
}

/* Hosts are guessed: two items that each name the other's host do not disagree. */
static HostMatch
host_match(const DcEvent *a, const DcEvent *b)
{
	if (!(a->host[0] && b->host[0]))
		return HOST_NONE;
	if (strcmp(a->host, b->host) == 0)
		return HOST_SAME;
	if (in_sorted(a->countries, a->ncountries, b->host) && in_sorted(b->countries, b->ncountries, a->host))
		return HOST_NONE;
	return HOST_OTHER;
}

/* A date's place in a leap year (0-365), from a day or from month * 100 + day. */
static int
day_of_year(const DcEvent *ev)
{
	int			m,
				d;

	if (ev->day != DC_EVENT_NO_DAY)
	{
		DcDate		date = dc_date_from_days(ev->day);

		m = date.month;
		d = date.day;
	}
	else
	{
		m = ev->month_day / 100;
		d = ev->month_day % 100;
	}
	return dc_days_from_date((DcDate) {2000, m, d}) - dc_days_from_date((DcDate) {2000, 1, 1});
}

/*
 * Days between two items' dates, or -1 when either has none.  A date
 * without a year is compared on its day and month, around the year's turn.
 */
static int
date_gap(const DcEvent *a, const DcEvent *b, bool *yearless)
{
	int			g;

	*yearless = false;
	if (a->day != DC_EVENT_NO_DAY && b->day != DC_EVENT_NO_DAY)
		return abs(a->day - b->day);
	if ((a->day == DC_EVENT_NO_DAY && !a->month_day) || (b->day == DC_EVENT_NO_DAY && !b->month_day))
		return -1;
	*yearless = true;
	g = abs(day_of_year(a) - day_of_year(b));
	return g < 366 - g ? g : 366 - g;
}

/* How two sorted lists overlap. */
static Side
list_side(const char *const *a, int na, const char *const *b, int nb)
{
	Side		s = {na, nb, 0};

	for (int i = 0, j = 0; i < na && j < nb;)
	{
		int			c = strcmp(a[i], b[j]);

		s.shared += c == 0;
		i += c <= 0;
		j += c >= 0;
	}
	return s;
}

/* The run of an event's sorted concepts of one class. */
static void
concept_run(const DcEvent *ev, ConceptClass c, const char *const **list, int *n)
{
	size_t		len = strlen(class_prefix[c]);
	int			i = 0;

	while (i < ev->nconcepts && strncmp(ev->concepts[i], class_prefix[c], len) < 0)
		i++;
	*list = ev->concepts + i;
	*n = 0;
	while (i + *n < ev->nconcepts && strncmp(ev->concepts[i + *n], class_prefix[c], len) == 0)
		(*n)++;
}

static void
overlap(const DcEvent *a, const DcEvent *b, Overlap *o)
{
	memset(o, 0, sizeof(*o));
	o->persons.na = a->nparticipants;
	o->persons.nb = b->nparticipants;
	for (int i = 0; i < a->nparticipants; i++)
		o->persons.shared += has_person(b, a->participants[i].key);
	/* one key may stand for two of the other's: never more shared than either has */
	if (o->persons.shared > o->persons.nb)
		o->persons.shared = o->persons.nb;
	o->countries = list_side(a->countries, a->ncountries, b->countries, b->ncountries);
	org_side(a, b, &o->orgs);
	o->topics = list_side(a->topics, a->ntopics, b->topics, b->ntopics);
	for (int c = 0; c < C_N; c++)
	{
		const char *const *la;
		const char *const *lb;
		int			na,
					nb;

		concept_run(a, (ConceptClass) c, &la, &na);
		concept_run(b, (ConceptClass) c, &lb, &nb);
		o->concepts[c] = list_side(la, na, lb, nb);
	}
	o->host = host_match(a, b);
	o->gap = date_gap(a, b, &o->yearless);
	o->same_kind = a->kind != EV_OTHER && a->kind == b->kind;
	o->other_kind = a->kind != EV_OTHER && b->kind != EV_OTHER && a->kind != b->kind;
	o->other_tense = a->planned != b->planned;
}

float
dc_event_similarity(const DcEventModel *m, const DcEvent *a, const DcEvent *b)
{
	Overlap		o;

	overlap(a, b, &o);
	return score(m, &o);
}

int
dc_event_evidence(const DcEvent *a, const DcEvent *b, const char **names, float *values)
{
	Overlap		o;

	overlap(a, b, &o);
	features(&o, values);
	for (int f = 0; f < F_N; f++)
		names[f] = feature_names[f];
	return F_N;
}

/* Every element of the sorted list b is in the sorted list a. */
static bool
subset(const char *const *a, int na, const char *const *b, int nb)
{
	int			i = 0;

	for (int j = 0; j < nb; j++)
	{
		while (i < na && strcmp(a[i], b[j]) < 0)
			i++;
		if (i == na || strcmp(a[i], b[j]) != 0)
			return false;
	}
	return true;
}

static bool
intersect(const char *const *a, int na, const char *const *b, int nb)
{
	for (int i = 0, j = 0; i < na && j < nb;)
	{
		int			c = strcmp(a[i], b[j]);

		if (c == 0)
			return true;
		if (c < 0)
			i++;
		else
			j++;
	}
	return false;
}

bool
dc_event_contains(const DcEvent *a, const DcEvent *b)
{
	if (b->host[0] && strcmp(a->host, b->host) != 0)
		return false;
	for (int j = 0; j < b->nparticipants; j++)
		if (!has_person(a, b->participants[j].key))
			return false;
	return subset(a->countries, a->ncountries, b->countries, b->ncountries) &&
		subset(a->orgs, a->norgs, b->orgs, b->norgs) &&
		subset(a->topics, a->ntopics, b->topics, b->ntopics);
}

bool
dc_event_overlaps(const DcEvent *a, const DcEvent *b)
{
	for (int j = 0; j < b->nparticipants; j++)
		if (has_person(a, b->participants[j].key))
			return true;
	return intersect(a->countries, a->ncountries, b->countries, b->ncountries) ||
		intersect(a->orgs, a->norgs, b->orgs, b->norgs) ||
		intersect(a->topics, a->ntopics, b->topics, b->ntopics);
}

/* ---- index keys -------------------------------------------------------- */

static const char group_tag[KEY_NGROUPS] = {'p', 'h', 'c', 'o', 't', 'q', 'd'};

/* How many persons a person-count key says at most: more is "15 or more". */
#define MAX_COUNT 15
/*
 * The days around a query's date whose keys tell the bound how far apart
 * the dates are; farther dates add nothing and scale down.
 */
#define DAY_WINDOW NEAR_DAYS
/* The index of the day key of an item without a year: its day and month may agree with any. */
#define YEARLESS 1000

static int
group_size(const DcEvent *ev, DcKeyGroup g, bool query)
{
	switch (g)
	{
		case KEY_PERSON:
			return ev->nparticipants;
		case KEY_HOST:
			return ev->host[0] != '\0';
		case KEY_COUNTRY:
			return ev->ncountries;
		case KEY_ORG:
			return ev->norgs;
		case KEY_TOPIC:
			return ev->ntopics;
		case KEY_PERSON_COUNT:
			return query ? ev->nparticipants * MAX_COUNT : ev->nparticipants;
		default:
			/* a query with a day asks for the days near it and for the items without a year */
			if (ev->day == DC_EVENT_NO_DAY)
				return query || !ev->month_day ? 0 : 1;
			return query ? 2 * DAY_WINDOW + 2 : 1;
	}
}

/* The value of key i of a group, in buf; index gets what the bound reads of it. */
static const char *
group_value(const DcEvent *ev, DcKeyGroup g, int i, bool query, char *buf, size_t size, int *index)
{
	*index = i;
	switch (g)
	{
		case KEY_PERSON:
			/* the surname only: a key without a given name is the same person */
			snprintf(buf, size, "%.*s", (int) skeleton_len(ev->participants[i].key), ev->participants[i].key);
			return buf;
		case KEY_HOST:
			return ev->host;
		case KEY_COUNTRY:
			return ev->countries[i];
		case KEY_ORG:
			return ev->orgs[i];
		case KEY_TOPIC:
			return ev->topics[i];
		case KEY_PERSON_COUNT:
			/* a query's keys: each person with each count from 1 */
			{
				const char *key = ev->participants[query ? i / MAX_COUNT : i].key;

				snprintf(buf, size, "%.*s#%d", (int) skeleton_len(key), key,
						 query ? 1 + i % MAX_COUNT :
						 ev->nparticipants < MAX_COUNT ? ev->nparticipants : MAX_COUNT);
			}
			return buf;
		default:
			/* an item without a year, and the key of a query that finds them */
			if (query ? i == 2 * DAY_WINDOW + 1 : ev->day == DC_EVENT_NO_DAY)
			{
				*index = YEARLESS;
				return "y";
			}
			/* a query's keys: the days around its date, index the distance */
			*index = query ? i - DAY_WINDOW : 0;
			snprintf(buf, size, "%d", ev->day + *index);
			return buf;
	}
}

int
dc_event_nkeys(const DcEvent *ev, unsigned mask, bool query)
{
	int			n = 0;

	for (int g = 0; g < KEY_NGROUPS; g++)
		if (mask & DC_GROUP(g))
			n += group_size(ev, (DcKeyGroup) g, query);
	return n;
}

int
dc_event_keys(const DcEvent *ev, unsigned mask, bool query, DcEventKey *out)
{
	int			n = 0;

	for (int g = 0; g < KEY_NGROUPS; g++)
	{
		if (!(mask & DC_GROUP(g)))
			continue;
		for (int i = 0; i < group_size(ev, (DcKeyGroup) g, query); i++)
		{
			/* the tag keeps a country and a host, or an org and a topic, apart */
			char		buf[2 + DC_EVENT_MAX_KEY + 8];
			char		num[DC_EVENT_MAX_KEY + 8];
			const char *v = group_value(ev, (DcKeyGroup) g, i, query, num, sizeof(num), &out[n].index);
			size_t		len = strlen(v);

			if (len > sizeof(buf) - 2)
				len = sizeof(buf) - 2;

			buf[0] = group_tag[g];
			buf[1] = ':';
			memcpy(buf + 2, v, len);
			out[n].hash = (int32_t) dc_hash_bytes(buf, len + 2);
			out[n].group = (uint8_t) g;
			n++;
		}
	}
	return n;
}

static float
max2(float a, float b)
{
	return a > b ? a : b;
}

/*
 * The most a list feature and its "apart" companion add when the item
 * shares `shared` of the query's na elements and has at least nb_min; when
 * the item's elements are not known, anything from none to the query's own.
 */
static float
list_best(const DcEventModel *m, Feature f, int na, int shared, int nb_min, bool known)
{
	float		w = m->w[f];

	if (na == 0)
		return 0.0f;
	if (!known)
		return max2(0.0f, max2(w, m->w[f + 1]));
	if (shared == 0)
		return max2(0.0f, m->w[f + 1]);
	/* a negative weight tends to 0 as the item's list grows */
	return w > 0 ? w * 2.0f * (float) shared / (float) (na + (nb_min > shared ? nb_min : shared)) : 0.0f;
}

/* The best of a set of exclusive features (one of them is 1, or none). */
static float
best_of(const DcEventModel *m, const Feature *fs, int n, bool none_possible)
{
	float		best = none_possible ? 0.0f : m->w[fs[0]];

	for (int i = 0; i < n; i++)
		best = max2(best, m->w[fs[i]]);
	return best;
}

static const Feature date_features[] = {
	F_DATE_SAME, F_DATE_WEEK, F_DATE_MONTH, F_DATE_FAR, F_DATE_YEARLESS_SAME, F_DATE_YEARLESS_OTHER,
	F_DATE_UNKNOWN
};

static float
date_best(const DcEventModel *m, const DcEvent *q, bool known, int gap)
{
	static const Feature far_or_none[] = {F_DATE_MONTH, F_DATE_FAR, F_DATE_UNKNOWN};
	static const Feature yearless[] = {F_DATE_YEARLESS_SAME, F_DATE_YEARLESS_OTHER, F_DATE_UNKNOWN};

	if (q->day == DC_EVENT_NO_DAY)
		return q->month_day ? best_of(m, yearless, 3, false) : m->w[F_DATE_UNKNOWN];
	if (!known)
		return best_of(m, date_features, 7, false);
	if (gap == YEARLESS)
		return best_of(m, yearless, 2, false);
	if (gap < 0)
		return best_of(m, far_or_none, 3, false);
	return m->w[gap <= SAME_DAYS ? F_DATE_SAME : F_DATE_WEEK];
}

float
dc_event_similarity_bound(const DcEventModel *m, const DcEvent *q, const DcEventKey *keys,
						  const bool *present, int nkeys, unsigned mask)
{
	static const Feature host[] = {F_HOST_SAME, F_HOST_OTHER};
	static const Feature kind[] = {F_KIND_SAME, F_KIND_OTHER};
	bool		host_hit = false;
	bool		persons_known = (mask & (DC_GROUP(KEY_PERSON) | DC_GROUP(KEY_PERSON_COUNT))) != 0;
	int			person_hits = 0;
	int			last_person = -1;
	int			org_hits = 0;
	int			orgs = 0;
	int			topic_hits = 0;
	int			count = 0;		/* the fewest persons the item may have, if known */
	int			gap = -1;		/* the nearest the item's date may be, YEARLESS, or -1 */
	float		z = m->w[F_INTERCEPT];

	/* best case: the item has the keys seen and as little else as its keys allow */
	for (int k = 0; k < nkeys; k++)
	{
		if (!present[k])
			continue;
		host_hit |= keys[k].group == KEY_HOST;
		person_hits += keys[k].group == KEY_PERSON && !(mask & DC_GROUP(KEY_PERSON_COUNT));
		/* a person's count keys come one after another */
		if (keys[k].group == KEY_PERSON_COUNT)
		{
			person_hits += keys[k].index / MAX_COUNT != last_person;
			last_person = keys[k].index / MAX_COUNT;
			if (count == 0 || 1 + keys[k].index % MAX_COUNT < count)
				count = 1 + keys[k].index % MAX_COUNT;
		}
		org_hits += keys[k].group == KEY_ORG && !home_body(q, q->orgs[keys[k].index]);
		topic_hits += keys[k].group == KEY_TOPIC;
		if (keys[k].group == KEY_DAY && (gap < 0 || (gap != YEARLESS && abs(keys[k].index) < gap) ||
										 keys[k].index == YEARLESS))
			gap = keys[k].index == YEARLESS ? YEARLESS : abs(keys[k].index);
	}
	for (int i = 0; i < q->norgs; i++)
		orgs += !home_body(q, q->orgs[i]);
	z += list_best(m, F_PERSONS, q->nparticipants, person_hits, count, persons_known);
	z += list_best(m, F_ORGS, orgs, org_hits, org_hits, (mask & DC_GROUP(KEY_ORG)) != 0);
	z += list_best(m, F_TOPICS, q->ntopics, topic_hits, topic_hits, (mask & DC_GROUP(KEY_TOPIC)) != 0);
	z += q->ncountries ? max2(0.0f, m->w[F_COUNTRIES]) : 0.0f;
	if (q->host[0])
		z += !(mask & DC_GROUP(KEY_HOST)) ? best_of(m, host, 2, true) :
			host_hit ? m->w[F_HOST_SAME] : max2(0.0f, m->w[F_HOST_OTHER]);
	z += date_best(m, q, (mask & DC_GROUP(KEY_DAY)) != 0, gap);
	if (q->kind != EV_OTHER)
		z += best_of(m, kind, 2, true);
	z += max2(0.0f, m->w[F_TENSE_OTHER]);
	for (int c = 0; c < C_N; c++)
	{
		const char *const *list;
		int			n;

		concept_run(q, (ConceptClass) c, &list, &n);
		z += list_best(m, class_feature[c], n, 0, 0, false);
	}
	return logistic(z);
}

unsigned
dc_event_similarity_groups(const DcEventModel *m, const DcEvent *q, float threshold)
{
	static const DcKeyGroup order[] = {KEY_PERSON_COUNT, KEY_HOST, KEY_ORG, KEY_TOPIC};
	unsigned	mask = 0;

	for (size_t g = 0; g < sizeof(order) / sizeof(order[0]); g++)
	{
		mask |= DC_GROUP(order[g]);
		if (dc_event_similarity_bound(m, q, NULL, NULL, 0, mask) < threshold)
			return mask | DC_GROUP(KEY_HOST) | DC_GROUP(KEY_DAY);
	}
	return 0;
}
