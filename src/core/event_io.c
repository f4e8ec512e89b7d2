/* event_io.c — event values as text and as bytes (see event_io.h). */
#include "event_io.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "alloc.h"

/* 2: a date without a year in the bytes that version 1 kept zero (version 1 values still read) */
#define VERSION 3
/* the header of versions 1 and 2; version 3 adds the count of concepts */
#define HEADER 20
#define HEADER3 22

/* ---- text out ---------------------------------------------------------- */

static void
append_list(DcBuf *b, const char *name, const char **list, int n)
{
	if (n == 0)
		return;
	dc_buf_appendc(b, ' ');
	dc_buf_appends(b, name);
	dc_buf_appends(b, "={");
	for (int i = 0; i < n; i++)
	{
		if (i > 0)
			dc_buf_appendc(b, ',');
		dc_buf_appends(b, list[i]);
	}
	dc_buf_appendc(b, '}');
}

char *
dc_event_to_text(const DcEvent *ev)
{
	DcBuf		b;
	char		tmp[48];

	dc_buf_init(&b, 128);
	dc_buf_appends(&b, "kind=");
	dc_buf_appends(&b, dc_event_kind_name(ev->kind));
	if (ev->planned)
		dc_buf_appends(&b, " tense=planned");
	if (ev->day != DC_EVENT_NO_DAY)
	{
		DcDate		d = dc_date_from_days(ev->day);

		snprintf(tmp, sizeof(tmp), " date=%04d-%02d-%02d", d.year, d.month, d.day);
		dc_buf_appends(&b, tmp);
	}
	else if (ev->month_day)
	{
		snprintf(tmp, sizeof(tmp), " date=--%02d-%02d", ev->month_day / 100, ev->month_day % 100);
		dc_buf_appends(&b, tmp);
	}
	if (ev->host[0])
	{
		dc_buf_appends(&b, " host=");
		dc_buf_appends(&b, ev->host);
	}
	if (ev->place[0])
	{
		dc_buf_appends(&b, " place=");
		dc_buf_appends(&b, ev->place);
	}
	if (ev->home[0])
	{
		dc_buf_appends(&b, " home=");
		dc_buf_appends(&b, ev->home);
	}
	if (ev->nparticipants > 0)
	{
		dc_buf_appends(&b, " persons={");
		for (int i = 0; i < ev->nparticipants; i++)
		{
			const DcParticipant *p = &ev->participants[i];

			if (i > 0)
				dc_buf_appendc(&b, ',');
			dc_buf_appends(&b, p->key);
			if (p->role[0])
			{
				dc_buf_appendc(&b, ':');
				dc_buf_appends(&b, p->role);
			}
			if (p->state[0])
			{
				dc_buf_appendc(&b, '@');
				dc_buf_appends(&b, p->state);
			}
		}
		dc_buf_appendc(&b, '}');
	}
	append_list(&b, "countries", ev->countries, ev->ncountries);
	append_list(&b, "orgs", ev->orgs, ev->norgs);
	append_list(&b, "topics", ev->topics, ev->ntopics);
	append_list(&b, "concepts", ev->concepts, ev->nconcepts);
	return dc_buf_cstr(&b);
}

/* ---- JSON ------------------------------------------------------------- */

/* Every string of a value is plain ASCII without quotes or backslashes. */
static void
json_str(DcBuf *b, const char *s)
{
	if (s[0] == '\0')
	{
		dc_buf_appends(b, "null");
		return;
	}
	dc_buf_appendc(b, '"');
	dc_buf_appends(b, s);
	dc_buf_appendc(b, '"');
}

static void
json_list(DcBuf *b, const char *name, const char **list, int n)
{
	dc_buf_appends(b, ", \"");
	dc_buf_appends(b, name);
	dc_buf_appends(b, "\": [");
	for (int i = 0; i < n; i++)
	{
		if (i > 0)
			dc_buf_appends(b, ", ");
		json_str(b, list[i]);
	}
	dc_buf_appendc(b, ']');
}

char *
dc_event_to_json(const DcEvent *ev)
{
	DcBuf		b;
	char		date[16] = "";

	if (ev->day != DC_EVENT_NO_DAY)
	{
		DcDate		d = dc_date_from_days(ev->day);

		snprintf(date, sizeof(date), "%04d-%02d-%02d", d.year, d.month, d.day);
	}
	else if (ev->month_day)
		snprintf(date, sizeof(date), "--%02d-%02d", ev->month_day / 100, ev->month_day % 100);
	dc_buf_init(&b, 256);
	dc_buf_appends(&b, "{\"kind\": ");
	json_str(&b, dc_event_kind_name(ev->kind));
	dc_buf_appends(&b, ", \"tense\": ");
	json_str(&b, ev->planned ? "planned" : "done");
	dc_buf_appends(&b, ", \"date\": ");
	json_str(&b, date);
	dc_buf_appends(&b, ", \"host\": ");
	json_str(&b, ev->host);
	dc_buf_appends(&b, ", \"place\": ");
	json_str(&b, ev->place);
	dc_buf_appends(&b, ", \"home\": ");
	json_str(&b, ev->home);
	dc_buf_appends(&b, ", \"persons\": [");
	for (int i = 0; i < ev->nparticipants; i++)
	{
		dc_buf_appends(&b, i > 0 ? ", {\"key\": " : "{\"key\": ");
		json_str(&b, ev->participants[i].key);
		dc_buf_appends(&b, ", \"role\": ");
		json_str(&b, ev->participants[i].role);
		dc_buf_appends(&b, ", \"state\": ");
		json_str(&b, ev->participants[i].state);
		dc_buf_appendc(&b, '}');
	}
	dc_buf_appendc(&b, ']');
	json_list(&b, "countries", ev->countries, ev->ncountries);
	json_list(&b, "orgs", ev->orgs, ev->norgs);
	json_list(&b, "topics", ev->topics, ev->ntopics);
	json_list(&b, "concepts", ev->concepts, ev->nconcepts);
	dc_buf_appendc(&b, '}');
	return dc_buf_cstr(&b);
}

/* ---- text in ----------------------------------------------------------- */

typedef struct Parser
{
	const char *s;
	size_t		len;
	size_t		pos;
	DcError    *err;
} Parser;

static bool
key_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
		c == '.' || c == '_' || c == '-' || c == '\'';
}

static bool
is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* An error at the parser's position, counted in characters from 1. */
static DcStatus
fail_at(Parser *p, const char *fmt, const char *arg)
{
	int			chars = 1;
	char		what[160];

	for (size_t i = 0; i < p->pos && i < p->len; i++)
		chars += ((unsigned char) p->s[i] & 0xC0) != 0x80;
	snprintf(what, sizeof(what), fmt, arg);
	return dc_fail(p->err, DC_ERR_INPUT, "at character %d: %s", chars, what);
}

static void
skip_spaces(Parser *p)
{
	while (p->pos < p->len && is_space(p->s[p->pos]))
		p->pos++;
}

static bool
at(Parser *p, char c)
{
	skip_spaces(p);
	if (p->pos < p->len && p->s[p->pos] == c)
	{
		p->pos++;
		return true;
	}
	return false;
}

/* A key (1-64 key characters), copied; NULL with the error set. */
static const char *
parse_key(Parser *p, const char *what)
{
	size_t		start;

	skip_spaces(p);
	start = p->pos;
	while (p->pos < p->len && key_char(p->s[p->pos]))
		p->pos++;
	if (p->pos == start)
	{
		fail_at(p, "expected %s", what);
		return NULL;
	}
	if (p->pos - start > DC_EVENT_MAX_KEY)
	{
		p->pos = start;
		fail_at(p, "%s longer than 64 characters", what);
		return NULL;
	}
	return dc_strndup(p->s + start, p->pos - start);
}

static bool
parse_country(Parser *p, char out[3])
{
	skip_spaces(p);
	if (p->pos + 2 > p->len || !((p->s[p->pos] | 0x20) >= 'a' && (p->s[p->pos] | 0x20) <= 'z') ||
		!((p->s[p->pos + 1] | 0x20) >= 'a' && (p->s[p->pos + 1] | 0x20) <= 'z') ||
		(p->pos + 2 < p->len && key_char(p->s[p->pos + 2])))
		return fail_at(p, "expected a two-letter country code%s", ""), false;
	out[0] = (char) (p->s[p->pos] & ~0x20);
	out[1] = (char) (p->s[p->pos + 1] & ~0x20);
	out[2] = '\0';
	p->pos += 2;
	return true;
}

static bool
parse_date(Parser *p, int *day, int *month_day)
{
	int			f[3] = {0, 0, 0};
	const int	width[3] = {4, 2, 2};
	size_t		start;

	skip_spaces(p);
	start = p->pos;
	/* a date without a year: --MM-DD */
	if (p->pos + 7 <= p->len && p->s[p->pos] == '-' && p->s[p->pos + 1] == '-')
	{
		int			m = 0,
					d = 0;
		const char *q = p->s + p->pos;

		for (int i = 2; i < 7; i++)
			if (i != 4 && (q[i] < '0' || q[i] > '9'))
				return fail_at(p, "expected a date YYYY-MM-DD or --MM-DD%s", ""), false;
		m = (q[2] - '0') * 10 + (q[3] - '0');
		d = (q[5] - '0') * 10 + (q[6] - '0');
		if (q[4] != '-' || !dc_date_valid(0, m, d) || (p->pos + 7 < p->len && key_char(q[7])))
			return fail_at(p, "expected a date YYYY-MM-DD or --MM-DD%s", ""), false;
		p->pos += 7;
		*month_day = m * 100 + d;
		return true;
	}
	for (int i = 0; i < 3; i++)
	{
		if (i > 0 && !(p->pos < p->len && p->s[p->pos++] == '-'))
			break;
		for (int w = 0; w < width[i]; w++, p->pos++)
		{
			if (p->pos >= p->len || p->s[p->pos] < '0' || p->s[p->pos] > '9')
			{
				p->pos = start;
				return fail_at(p, "expected a date YYYY-MM-DD or --MM-DD%s", ""), false;
			}
			f[i] = f[i] * 10 + (p->s[p->pos] - '0');
		}
	}
	if (f[0] < 1 || !dc_date_valid(f[0], f[1], f[2]) || (p->pos < p->len && key_char(p->s[p->pos])))
	{
		p->pos = start;
		return fail_at(p, "expected a date YYYY-MM-DD or --MM-DD%s", ""), false;
	}
	*day = dc_days_from_date((DcDate) {f[0], f[1], f[2]});
	return true;
}

/* Room for one more element of a list of n elements of size sz. */
static void *
grow(void *list, int n, size_t sz)
{
	if ((n & (n - 1)) == 0)
		return dc_realloc(list, sz * (size_t) (n == 0 ? 1 : 2 * n));
	return list;
}

static bool
parse_person(Parser *p, DcEvent *ev)
{
	DcParticipant *pp;

	ev->participants = grow(ev->participants, ev->nparticipants, sizeof(DcParticipant));
	pp = &ev->participants[ev->nparticipants];
	pp->role = "";
	pp->state[0] = '\0';
	if ((pp->key = parse_key(p, "a person key")) == NULL)
		return false;
	if (p->pos < p->len && p->s[p->pos] == ':' && (p->pos++, (pp->role = parse_key(p, "a role")) == NULL))
		return false;
	if (p->pos < p->len && p->s[p->pos] == '@' && (p->pos++, !parse_country(p, pp->state)))
		return false;
	ev->nparticipants++;
	return true;
}

/* What a list holds: persons go to the participants, the others to a list of strings. */
typedef enum ListKind
{
	LIST_PERSONS, LIST_COUNTRIES, LIST_KEYS
} ListKind;

/* One element of a list of strings, appended. */
static bool
parse_element(Parser *p, ListKind kind, const char ***list, int *n, const char *what)
{
	const char *v;

	*list = grow(*list, *n, sizeof(char *));
	if (kind == LIST_COUNTRIES)
	{
		char	   *cc = dc_alloc(3);

		if (!parse_country(p, cc))
			return false;
		v = cc;
	}
	else if ((v = parse_key(p, what)) == NULL)
		return false;
	(*list)[(*n)++] = v;
	return true;
}

/* '{' element, ... '}' */
static bool
parse_list(Parser *p, DcEvent *ev, ListKind kind, const char ***list, int *n, const char *what)
{
	if (!at(p, '{'))
		return fail_at(p, "expected \"{\"%s", ""), false;
	if (at(p, '}'))
		return true;
	do
	{
		if ((kind == LIST_PERSONS ? ev->nparticipants : *n) >= DC_EVENT_MAX_LIST)
			return fail_at(p, "more than 65535 %s", what), false;
		if (!(kind == LIST_PERSONS ? parse_person(p, ev) : parse_element(p, kind, list, n, what)))
			return false;
	} while (at(p, ','));
	if (!at(p, '}'))
		return fail_at(p, "expected \",\" or \"}\"%s", ""), false;
	return true;
}

static const char *const fields[] = {
	"kind", "date", "host", "place", "home", "persons", "countries", "orgs", "topics", "tense", "concepts",
	NULL
};

static bool
parse_field(Parser *p, int f, DcEvent *ev)
{
	const char *v;
	size_t		start;

	switch (f)
	{
		case 0:
			skip_spaces(p);
			start = p->pos;
			if ((v = parse_key(p, "a kind")) == NULL)
				return false;
			ev->kind = dc_event_kind_from_name(v, strlen(v));
			if (ev->kind == EV_NKINDS)
			{
				p->pos = start;
				return fail_at(p, "unknown kind \"%s\" (meeting, briefing, roundtable, call, "
							   "credentials, visit, statement, other)", v), false;
			}
			return true;
		case 1:
			return parse_date(p, &ev->day, &ev->month_day);
		case 2:
			return parse_country(p, ev->host);
		case 3:
			return (ev->place = parse_key(p, "a place key")) != NULL;
		case 4:
			return parse_country(p, ev->home);
		case 5:
			return parse_list(p, ev, LIST_PERSONS, NULL, NULL, "persons");
		case 6:
			return parse_list(p, ev, LIST_COUNTRIES, &ev->countries, &ev->ncountries, "countries");
		case 7:
			return parse_list(p, ev, LIST_KEYS, &ev->orgs, &ev->norgs, "organisation keys");
		case 8:
			return parse_list(p, ev, LIST_KEYS, &ev->topics, &ev->ntopics, "topic ids");
		case 10:
			return parse_list(p, ev, LIST_KEYS, &ev->concepts, &ev->nconcepts, "concept ids");
		default:
			skip_spaces(p);
			start = p->pos;
			if ((v = parse_key(p, "a tense")) == NULL)
				return false;
			if (strcmp(v, "planned") != 0 && strcmp(v, "done") != 0)
			{
				p->pos = start;
				return fail_at(p, "unknown tense \"%s\" (planned, done)", v), false;
			}
			ev->planned = strcmp(v, "planned") == 0;
			return true;
	}
}

DcStatus
dc_event_from_literal(const char *s, size_t len, DcEvent *ev, DcError *err)
{
	Parser		p = {s, len, 0, err};
	bool		seen[sizeof(fields) / sizeof(fields[0])] = {false};

	dc_event_init(ev);
	for (skip_spaces(&p); p.pos < p.len; skip_spaces(&p))
	{
		size_t		start = p.pos;
		int			f;

		while (p.pos < p.len && p.s[p.pos] >= 'a' && p.s[p.pos] <= 'z')
			p.pos++;
		for (f = 0; fields[f]; f++)
			if (strlen(fields[f]) == p.pos - start && memcmp(fields[f], s + start, p.pos - start) == 0)
				break;
		if (fields[f] == NULL || seen[f])
		{
			char		name[DC_EVENT_MAX_KEY + 1];

			snprintf(name, sizeof(name), "%.*s", (int) (p.pos - start), s + start);
			p.pos = start;
			if (fields[f] == NULL)
				return fail_at(&p, "expected a field (kind, date, host, place, home, persons, "
							   "countries, orgs, topics, tense, concepts)%s", "");
			return fail_at(&p, "field \"%s\" given twice", name);
		}
		seen[f] = true;
		if (!at(&p, '='))
			return fail_at(&p, "expected \"=\" after \"%s\"", fields[f]);
		if (!parse_field(&p, f, ev))
			return err->status;
		if (p.pos < p.len && !is_space(p.s[p.pos]))
			return fail_at(&p, "expected a space before the next field%s", "");
	}
	dc_event_normalize(ev);
	return DC_OK;
}

/* ---- bytes ------------------------------------------------------------- */

static void
put_u16(unsigned char *b, int v)
{
	b[0] = (unsigned char) (v >> 8);
	b[1] = (unsigned char) v;
}

static int
get_u16(const unsigned char *b)
{
	return (b[0] << 8) | b[1];
}

static void
put_str(DcBuf *b, const char *s)
{
	dc_buf_append(b, s, strlen(s) + 1);
}

DcStatus
dc_event_pack(const DcEvent *ev, char **bytes, size_t *len, DcError *err)
{
	DcBuf		b;
	/* the kind byte's high bit: the event is announced (version 2) */
	unsigned char h[HEADER3] = {VERSION, (unsigned char) (ev->kind | (ev->planned ? 0x80 : 0))};
	uint32_t	day = (uint32_t) ev->day;

	if (ev->nparticipants > DC_EVENT_MAX_LIST || ev->ncountries > DC_EVENT_MAX_LIST ||
		ev->norgs > DC_EVENT_MAX_LIST || ev->ntopics > DC_EVENT_MAX_LIST ||
		ev->nconcepts > DC_EVENT_MAX_LIST)
		return dc_fail(err, DC_ERR_ARGUMENT, "an event holds at most %d values of a kind",
					   DC_EVENT_MAX_LIST);
	memcpy(h + 2, ev->host, 2);
	memcpy(h + 4, ev->home, 2);
	put_u16(h + 6, ev->month_day);
	for (int i = 0; i < 4; i++)
		h[8 + i] = (unsigned char) (day >> (24 - 8 * i));
	put_u16(h + 12, ev->nparticipants);
	put_u16(h + 14, ev->ncountries);
	put_u16(h + 16, ev->norgs);
	put_u16(h + 18, ev->ntopics);
	put_u16(h + 20, ev->nconcepts);
	dc_buf_init(&b, 256);
	dc_buf_append(&b, (const char *) h, HEADER3);
	put_str(&b, ev->place);
	for (int i = 0; i < ev->nparticipants; i++)
	{
		put_str(&b, ev->participants[i].key);
		put_str(&b, ev->participants[i].role);
		put_str(&b, ev->participants[i].state);
	}
	for (int i = 0; i < ev->ncountries; i++)
		put_str(&b, ev->countries[i]);
	for (int i = 0; i < ev->norgs; i++)
		put_str(&b, ev->orgs[i]);
	for (int i = 0; i < ev->ntopics; i++)
		put_str(&b, ev->topics[i]);
	for (int i = 0; i < ev->nconcepts; i++)
		put_str(&b, ev->concepts[i]);
	*len = b.len;
	*bytes = b.data;
	return DC_OK;
}

typedef struct Reader
{
	const char *p;
	const char *end;
	bool		validate;
	bool		ok;
} Reader;

bool
dc_event_valid_key(const char *s, size_t n)
{
	if (n == 0 || n > DC_EVENT_MAX_KEY)
		return false;
	for (size_t i = 0; i < n; i++)
		if (!key_char(s[i]))
			return false;
	return true;
}

static bool
valid_country(const char *s, size_t n, bool empty_ok)
{
	return (n == 0 && empty_ok) ||
		(n == 2 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z');
}

/* The next string; kind 'k' key, 'r' role or place (may be empty), 'c' country, 's' state. */
static const char *
next_str(Reader *r, char kind)
{
	const char *s = r->p;
	const char *nul = r->ok ? memchr(r->p, '\0', (size_t) (r->end - r->p)) : NULL;
	size_t		n;

	if (nul == NULL)
	{
		r->ok = false;
		return "";
	}
	n = (size_t) (nul - s);
	r->p = nul + 1;
	if (r->validate &&
		!(kind == 'c' ? valid_country(s, n, false) : kind == 's' ? valid_country(s, n, true) :
		  ((n == 0 && kind == 'r') || dc_event_valid_key(s, n))))
		r->ok = false;
	return s;
}

static const char **
read_list(Reader *r, int n, char kind)
{
	const char **list = dc_alloc(sizeof(char *) * (size_t) (n + 1));

	for (int i = 0; i < n; i++)
	{
		list[i] = next_str(r, kind);
		if (r->validate && i > 0 && strcmp(list[i - 1], list[i]) >= 0)
			r->ok = false;
	}
	return list;
}

DcStatus
dc_event_unpack(const char *bytes, size_t len, bool validate, DcEvent *ev, DcError *err)
{
	const unsigned char *h = (const unsigned char *) bytes;
	size_t		header = len > 0 && h[0] >= 3 ? HEADER3 : HEADER;
	Reader		r = {bytes + header, bytes + len, validate, true};

	dc_event_init(ev);
	if (len < header || h[0] < 1 || h[0] > VERSION || (h[1] & 0x7f) >= EV_NKINDS ||
		(h[0] == 1 && (h[6] || h[7] || (h[1] & 0x80))))
		return dc_fail(err, DC_ERR_INPUT, "invalid diplo_event value (bad header)");
	ev->month_day = get_u16(h + 6);
	ev->kind = (DcEventKind) (h[1] & 0x7f);
	ev->planned = (h[1] & 0x80) != 0;
	memcpy(ev->host, h + 2, 2);
	memcpy(ev->home, h + 4, 2);
	ev->day = (int) (((uint32_t) h[8] << 24) | ((uint32_t) h[9] << 16) | ((uint32_t) h[10] << 8) | h[11]);
	ev->nparticipants = get_u16(h + 12);
	ev->ncountries = get_u16(h + 14);
	ev->norgs = get_u16(h + 16);
	ev->ntopics = get_u16(h + 18);
	ev->nconcepts = header == HEADER3 ? get_u16(h + 20) : 0;
	ev->place = next_str(&r, 'r');
	ev->participants = dc_alloc(sizeof(DcParticipant) * (size_t) (ev->nparticipants + 1));
	for (int i = 0; i < ev->nparticipants; i++)
	{
		DcParticipant *p = &ev->participants[i];
		const char *state;

		p->key = next_str(&r, 'k');
		p->role = next_str(&r, 'r');
		state = next_str(&r, 's');
		memcpy(p->state, state, strnlen(state, 2));
		p->state[strnlen(state, 2)] = '\0';
		if (validate && i > 0 && strcmp(ev->participants[i - 1].key, p->key) >= 0)
			r.ok = false;
	}
	ev->countries = read_list(&r, ev->ncountries, 'c');
	ev->orgs = read_list(&r, ev->norgs, 'k');
	ev->topics = read_list(&r, ev->ntopics, 'k');
	ev->concepts = read_list(&r, ev->nconcepts, 'k');
	if (validate && (!valid_country(ev->host, strlen(ev->host), true) ||
					 !valid_country(ev->home, strlen(ev->home), true) ||
					 (ev->day != DC_EVENT_NO_DAY &&
					  (ev->day < dc_days_from_date((DcDate) {1, 1, 1}) ||
					   ev->day > dc_days_from_date((DcDate) {9999, 12, 31}))) ||
					 (ev->month_day && (ev->day != DC_EVENT_NO_DAY ||
										!dc_date_valid(0, ev->month_day / 100, ev->month_day % 100)))))
		r.ok = false;
	if (!r.ok || r.p != r.end)
		return dc_fail(err, DC_ERR_INPUT, "invalid diplo_event value (bad %s)",
					   r.ok ? "length" : "contents");
	return DC_OK;
}
