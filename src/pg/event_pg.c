/*
 * event_pg.c — the diplo_event type: input and output (text, binary,
 * jsonb), constructors from a news item and for queries, similarity and
 * the operators, and the threshold GUC.  The GIN support is in event_gin.c.
 */
#include "diplo_pg.h"

#include "fmgr.h"
#include "lib/stringinfo.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/guc.h"
#include "utils/jsonb.h"

#include "alloc.h"
#include "event.h"
#include "event_io.h"
#include "event_match.h"
#include "event_pg.h"

double		diplo_event_threshold = DIPLO_EVENT_THRESHOLD_DEFAULT;

void
diplo_event_define_gucs(void)
{
	DefineCustomRealVariable("diplo.event_similarity_threshold",
							 "Similarity at which the % operator calls two diplo_event values the same event.",
							 "Between 0 and 1; the GIN operator class prunes by it too.",
							 &diplo_event_threshold, DIPLO_EVENT_THRESHOLD_DEFAULT, 0.0, 1.0,
							 PGC_USERSET, 0, NULL, NULL, NULL);
}

void
diplo_event_get(Datum d, DcEvent *ev)
{
	bytea	   *v = (bytea *) PG_DETOAST_DATUM(d);
	DcError		err;

	if (dc_event_unpack(VARDATA(v), VARSIZE(v) - VARHDRSZ, false, ev, &err) != DC_OK)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("%s", err.message)));
}

const DcEventModel *
diplo_event_model(void)
{
	DcError		err;
	const DcEventModel *m = dc_event_model_load(&err);

	if (m == NULL)
		diplo_report(&err);
	return m;
}

static Datum
bytes_datum(const char *bytes, size_t len)
{
	bytea	   *v = palloc(VARHDRSZ + len);

	SET_VARSIZE(v, VARHDRSZ + len);
	memcpy(VARDATA(v), bytes, len);
	PG_RETURN_BYTEA_P(v);
}

static Datum
event_datum(const DcEvent *ev)
{
	char	   *bytes;
	size_t		len;
	DcError		err;

	if (dc_event_pack(ev, &bytes, &len, &err) != DC_OK)
		diplo_report(&err);
	return bytes_datum(bytes, len);
}

PG_FUNCTION_INFO_V1(diplo_event_in);
Datum
diplo_event_in(PG_FUNCTION_ARGS)
{
	char	   *s = PG_GETARG_CSTRING(0);
	DcEvent		ev;
	DcError		err;

	if (dc_event_from_literal(s, strlen(s), &ev, &err) != DC_OK)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for type diplo_event: \"%s\"", s),
				 errdetail("%s", err.message)));
	return event_datum(&ev);
}

PG_FUNCTION_INFO_V1(diplo_event_out);
Datum
diplo_event_out(PG_FUNCTION_ARGS)
{
	DcEvent		ev;

	diplo_event_get(PG_GETARG_DATUM(0), &ev);
	PG_RETURN_CSTRING(dc_event_to_text(&ev));
}

/* The wire form is the stored form; receiving validates all of it. */
PG_FUNCTION_INFO_V1(diplo_event_recv);
Datum
diplo_event_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int			len = buf->len - buf->cursor;
	const char *bytes = pq_getmsgbytes(buf, len);
	DcEvent		ev;
	DcError		err;

	if (dc_event_unpack(bytes, (size_t) len, true, &ev, &err) != DC_OK)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("%s", err.message)));
	return bytes_datum(bytes, (size_t) len);
}

PG_FUNCTION_INFO_V1(diplo_event_send);
Datum
diplo_event_send(PG_FUNCTION_ARGS)
{
	bytea	   *v = PG_GETARG_BYTEA_PP(0);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendbytes(&buf, VARDATA_ANY(v), VARSIZE_ANY_EXHDR(v));
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

PG_FUNCTION_INFO_V1(diplo_event_jsonb);
Datum
diplo_event_jsonb(PG_FUNCTION_ARGS)
{
	DcEvent		ev;

	diplo_event_get(PG_GETARG_DATUM(0), &ev);
	return DirectFunctionCall1(jsonb_in, CStringGetDatum(dc_event_to_json(&ev)));
}

/* to_diplo_event(item, lang, published): the event a news item reports. */
PG_FUNCTION_INFO_V1(diplo_event_from_item);
Datum
diplo_event_from_item(PG_FUNCTION_ARGS)
{
	size_t		len;
	char	   *s;
	DcEvent		ev;
	DcError		err;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	s = diplo_text_to_utf8(PG_GETARG_TEXT_PP(0), &len);
	if (dc_event_from_text(s, len, diplo_lang_arg(fcinfo, 1), diplo_date_arg(fcinfo, 2), &ev, &err) != DC_OK)
		diplo_report(&err);
	return event_datum(&ev);
}

static const char *
optional_arg(FunctionCallInfo fcinfo, int arg)
{
	size_t		len;
	char	   *s;

	if (PG_ARGISNULL(arg))
		return NULL;
	s = diplo_text_to_utf8(PG_GETARG_TEXT_PP(arg), &len);
	return pnstrdup(s, len);
}

PG_FUNCTION_INFO_V1(diplo_event_query);
Datum
diplo_event_query(PG_FUNCTION_ARGS)
{
	DcEventQuery q = {optional_arg(fcinfo, 0), optional_arg(fcinfo, 1), optional_arg(fcinfo, 2),
	optional_arg(fcinfo, 3), optional_arg(fcinfo, 4)};
	DcEvent		ev;
	DcError		err;

	if (dc_event_query(&q, &ev, &err) != DC_OK)
		diplo_report(&err);
	return event_datum(&ev);
}

PG_FUNCTION_INFO_V1(diplo_event_kind);
Datum
diplo_event_kind(PG_FUNCTION_ARGS)
{
	DcEvent		ev;

	diplo_event_get(PG_GETARG_DATUM(0), &ev);
	PG_RETURN_TEXT_P(cstring_to_text(dc_event_kind_name(ev.kind)));
}

PG_FUNCTION_INFO_V1(diplo_event_date);
Datum
diplo_event_date(PG_FUNCTION_ARGS)
{
	DcEvent		ev;
	DcDate		d;

	diplo_event_get(PG_GETARG_DATUM(0), &ev);
	if (ev.day == DC_EVENT_NO_DAY)
		PG_RETURN_NULL();
	d = dc_date_from_days(ev.day);
	PG_RETURN_DATEADT(date2j(d.year, d.month, d.day) - POSTGRES_EPOCH_JDATE);
}

/* The comparisons of two events, by what the SQL function asks. */
typedef enum Comparison
{
	CMP_SIMILARITY, CMP_SIMILAR, CMP_CONTAINS, CMP_CONTAINED, CMP_OVERLAPS
} Comparison;

static Datum
compare(FunctionCallInfo fcinfo, Comparison cmp)
{
	DcEvent		a;
	DcEvent		b;

	diplo_event_get(PG_GETARG_DATUM(0), &a);
	diplo_event_get(PG_GETARG_DATUM(1), &b);
	switch (cmp)
	{
		case CMP_SIMILARITY:
			PG_RETURN_FLOAT4(dc_event_similarity(diplo_event_model(), &a, &b));
		case CMP_SIMILAR:
			PG_RETURN_BOOL(dc_event_similarity(diplo_event_model(), &a, &b) >= (float) diplo_event_threshold);
		case CMP_CONTAINS:
			PG_RETURN_BOOL(dc_event_contains(&a, &b));
		case CMP_CONTAINED:
			PG_RETURN_BOOL(dc_event_contains(&b, &a));
		default:
			PG_RETURN_BOOL(dc_event_overlaps(&a, &b));
	}
}

/* The SQL functions of the comparisons, one line each. */
#define COMPARISON_FUNCTION(name, cmp) \
	PG_FUNCTION_INFO_V1(name); \
	Datum name(PG_FUNCTION_ARGS) { return compare(fcinfo, cmp); }

COMPARISON_FUNCTION(diplo_event_similarity, CMP_SIMILARITY)
COMPARISON_FUNCTION(diplo_event_similar, CMP_SIMILAR)
COMPARISON_FUNCTION(diplo_event_contains, CMP_CONTAINS)
COMPARISON_FUNCTION(diplo_event_contained, CMP_CONTAINED)
COMPARISON_FUNCTION(diplo_event_overlaps, CMP_OVERLAPS)

/* The evidence of a pair as {"feature": value, ...}: what the similarity is made of. */
PG_FUNCTION_INFO_V1(diplo_event_evidence);
Datum
diplo_event_evidence(PG_FUNCTION_ARGS)
{
	DcEvent		a;
	DcEvent		b;
	const char *names[DC_EVENT_MAX_FEATURES];
	float		values[DC_EVENT_MAX_FEATURES];
	int			n;
	StringInfoData s;

	diplo_event_get(PG_GETARG_DATUM(0), &a);
	diplo_event_get(PG_GETARG_DATUM(1), &b);
	n = dc_event_evidence(&a, &b, names, values);
	initStringInfo(&s);
	appendStringInfoChar(&s, '{');
	for (int i = 0; i < n; i++)
		appendStringInfo(&s, "%s\"%s\": %.4g", i ? ", " : "", names[i], values[i]);
	appendStringInfoChar(&s, '}');
	return DirectFunctionCall1(jsonb_in, CStringGetDatum(s.data));
}
