/* entities_pg.c — SQL functions for entity extraction. */
#include "diplo_pg.h"

#include "catalog/pg_type.h"
#include "fmgr.h"
#include "funcapi.h"
#include "utils/array.h"
#include "utils/builtins.h"

#include "entities.h"
#include "text.h"

/* Arguments shared by the extraction functions: body, lang, published. */
static void
extract_args(FunctionCallInfo fcinfo, int lang_arg, int date_arg, DcMentions *out,
			 char **body, size_t *len)
{
	DcError		err;

	*body = diplo_text_to_utf8(PG_GETARG_TEXT_PP(0), len);
	if (dc_entities(*body, *len, diplo_lang_arg(fcinfo, lang_arg), diplo_date_arg(fcinfo, date_arg),
					out, &err) != DC_OK)
		diplo_report(&err);
}

PG_FUNCTION_INFO_V1(diplo_entities);
Datum
diplo_entities(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	DcMentions	ms;
	char	   *body;
	size_t		len;
	int32_t		ulen;
	UChar	   *u;
	DcError		err;

	InitMaterializedSRF(fcinfo, 0);
	if (PG_ARGISNULL(0))
		return (Datum) 0;
	extract_args(fcinfo, 1, 2, &ms, &body, &len);
	u = ms.n ? dc_utf8_to_uchars(body, len, &ulen, &err) : NULL;
	for (int i = 0; i < ms.n; i++)
	{
		const DcMention *m = &ms.m[i];
		Datum		values[10];
		bool		nulls[10] = {0};
		text	   *surface = diplo_uchars_to_text(u, m->ustart, m->uend);

		values[0] = CStringGetTextDatum(dc_ent_kind_name((DcEntKind) m->kind));
		values[1] = Int32GetDatum(m->start);
		values[2] = Int32GetDatum(m->end);
		values[3] = PointerGetDatum(surface);
		values[4] = m->normal ? PointerGetDatum(diplo_utf8_to_text(m->normal, strlen(m->normal))) :
			PointerGetDatum(surface);
		values[5] = CStringGetTextDatum(m->key ? m->key : "");
		nulls[5] = m->key == NULL;
		values[6] = m->role ? CStringGetTextDatum(m->role) : (Datum) 0;
		nulls[6] = m->role == NULL;
		values[7] = m->state[0] ? CStringGetTextDatum(m->state) : (Datum) 0;
		nulls[7] = m->state[0] == '\0';
		values[8] = BoolGetDatum(m->adjective);
		nulls[8] = m->kind != ENT_COUNTRY;
		values[9] = BoolGetDatum(m->inferred);
		nulls[9] = m->kind != ENT_PERSON;
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}

static int
cmp_text_ptr(const void *a, const void *b)
{
	return strcmp(*(const char *const *) a, *(const char *const *) b);
}

PG_FUNCTION_INFO_V1(diplo_entity_keys);
Datum
diplo_entity_keys(PG_FUNCTION_ARGS)
{
	char	   *kind;
	int			k;
	DcMentions	ms;
	char	   *body;
	size_t		len;
	const char **keys;
	Datum	   *elems;
	int			n = 0;
	int			distinct = 0;

	if (PG_ARGISNULL(0) || PG_ARGISNULL(1))
		PG_RETURN_NULL();
	kind = text_to_cstring(PG_GETARG_TEXT_PP(1));
	for (k = 0; k < ENT_NKINDS; k++)
		if (strcmp(kind, dc_ent_kind_name((DcEntKind) k)) == 0)
			break;
	if (k == ENT_NKINDS)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown entity kind \"%s\"", kind),
				 errhint("Kinds are person, country, org, place and date.")));
	extract_args(fcinfo, 2, 3, &ms, &body, &len);
	keys = palloc(sizeof(char *) * (ms.n + 1));
	for (int i = 0; i < ms.n; i++)
		if (ms.m[i].kind == k && ms.m[i].key && ms.m[i].key[0])
			keys[n++] = ms.m[i].key;
	qsort(keys, n, sizeof(char *), cmp_text_ptr);
	elems = palloc(sizeof(Datum) * (n + 1));
	for (int i = 0; i < n; i++)
		if (i == 0 || strcmp(keys[i], keys[i - 1]) != 0)
			elems[distinct++] = CStringGetTextDatum(keys[i]);
	PG_RETURN_ARRAYTYPE_P(construct_array(elems, distinct, TEXTOID, -1, false, TYPALIGN_INT));
}
