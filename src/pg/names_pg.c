/* names_pg.c — SQL functions for person names. */
#include "diplo_pg.h"

#include "fmgr.h"
#include "utils/builtins.h"

#include "holders.h"
#include "names.h"

/* A personal name is short: longer input is a mistake, not a name. */
#define MAX_NAME_BYTES 1000

static char *
name_arg(text *t, size_t *len)
{
	char	   *s = diplo_text_to_utf8(t, len);

	if (*len > MAX_NAME_BYTES)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("name is too long (%zu bytes)", *len),
				 errdetail("A name may have at most %d bytes.", MAX_NAME_BYTES)));
	return s;
}

PG_FUNCTION_INFO_V1(diplo_name_nominative);
Datum
diplo_name_nominative(PG_FUNCTION_ARGS)
{
	size_t		len;
	char	   *s = name_arg(PG_GETARG_TEXT_PP(0), &len);
	DcError		err;
	char	   *out = dc_name_nominative(s, len, &err);

	if (out == NULL)
		diplo_report(&err);
	PG_RETURN_TEXT_P(diplo_utf8_to_text(out, strlen(out)));
}

PG_FUNCTION_INFO_V1(diplo_name_key);
Datum
diplo_name_key(PG_FUNCTION_ARGS)
{
	size_t		len;
	char	   *s = name_arg(PG_GETARG_TEXT_PP(0), &len);
	DcError		err;
	char	   *key = dc_holders_name_key(s, len, &err);

	if (key == NULL)
		diplo_report(&err);
	/* no letters, no name: NULL, so that such rows never group together */
	if (key[0] == '\0')
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(key));
}

PG_FUNCTION_INFO_V1(diplo_name_similarity);
Datum
diplo_name_similarity(PG_FUNCTION_ARGS)
{
	size_t		alen;
	size_t		blen;
	char	   *a = name_arg(PG_GETARG_TEXT_PP(0), &alen);
	char	   *b = name_arg(PG_GETARG_TEXT_PP(1), &blen);
	DcError		err;
	float		sim = dc_name_similarity(a, alen, b, blen, &err);

	if (sim < 0)
		diplo_report(&err);
	PG_RETURN_FLOAT4(sim);
}
