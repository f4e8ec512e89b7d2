/* translit_pg.c — SQL functions for transliteration. */
#include "diplo_pg.h"

#include "fmgr.h"
#include "funcapi.h"
#include "utils/builtins.h"

#include "translit.h"

PG_FUNCTION_INFO_V1(diplo_translit);
Datum
diplo_translit(PG_FUNCTION_ARGS)
{
	text	   *in = PG_GETARG_TEXT_PP(0);
	char	   *scheme = text_to_cstring(PG_GETARG_TEXT_PP(1));
	DcError		err;
	const DcTranslit *t = dc_translit_get(scheme, &err);
	size_t		len;
	char	   *s;
	char	   *out;

	if (t == NULL)
	{
		if (err.status == DC_ERR_ARGUMENT)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("unknown transliteration scheme \"%s\"", scheme),
					 errhint("Valid schemes are: %s.", dc_translit_scheme_list())));
		diplo_report(&err);
	}
	s = diplo_text_to_utf8(in, &len);
	out = dc_translit_run(t, s, len, &len, &err);
	if (out == NULL)
		diplo_report(&err);
	PG_RETURN_TEXT_P(diplo_utf8_to_text(out, len));
}
