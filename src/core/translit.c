/* translit.c — scheme table and cache of compiled ICU transliterators. */
#include "translit.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>

#include "alloc.h"
#include "data.h"
#include "text.h"

struct DcTranslit
{
	const char *name;
	const char *rule_file;		/* under the data directory, or NULL */
	const char *icu_id;			/* a system transform ID, or NULL */
	bool		from_cyrillic;	/* input without Cyrillic passes unchanged */
	bool		is_public;
	UTransliterator *compiled;	/* cached for the process lifetime */
};

static DcTranslit schemes[] = {
	{"kz", "translit/kz.txt", NULL, true, true, NULL},
	{"bgn", NULL, "Russian-Latin/BGN", true, true, NULL},
	{"iso9", "translit/iso9.txt", NULL, true, true, NULL},
	{"gost779", "translit/gost779.txt", NULL, true, true, NULL},
	{"icao", "translit/icao.txt", NULL, true, true, NULL},
	{"ru", "translit/latin_ru.txt", NULL, false, true, NULL},
	{"name_ascii", "translit/name_ascii.txt", NULL, false, false, NULL},
};

#define N_SCHEMES (sizeof(schemes) / sizeof(schemes[0]))
#define CHUNK_BYTES 65536

const char *
dc_translit_scheme_list(void)
{
	return "kz, bgn, iso9, gost779, icao, ru";
}

static DcStatus
compile_scheme(DcTranslit *t, DcError *err)
{
	UErrorCode	status = U_ZERO_ERROR;
	UParseError perr;
	UChar		id[128];

	u_uastrncpy(id, t->name, 127);
	id[127] = 0;
	if (t->icu_id)
	{
		UChar		sysid[128];

		u_uastrncpy(sysid, t->icu_id, 127);
		sysid[127] = 0;
		t->compiled = utrans_openU(sysid, -1, UTRANS_FORWARD, NULL, 0, &perr, &status);
	}
	else
	{
		size_t		len;
		char	   *rules8 = dc_read_data_file(t->rule_file, &len, err);
		UChar	   *rules;
		int32_t		ulen;
		DcError		cerr;

		if (rules8 == NULL)
			return err ? err->status : DC_ERR_DATA;
		rules = dc_utf8_to_uchars(rules8, len, &ulen, &cerr);
		free(rules8);
		if (rules == NULL)
			return dc_fail(err, DC_ERR_DATA, "rule file \"%s\" is not valid UTF-8", t->rule_file);
		t->compiled = utrans_openU(id, -1, UTRANS_FORWARD, rules, ulen, &perr, &status);
		dc_free(rules);
		if (U_FAILURE(status))
			return dc_fail(err, DC_ERR_DATA, "rule file \"%s\" does not compile (line %d, offset %d): %s",
						   t->rule_file, perr.line, perr.offset, u_errorName(status));
	}
	if (U_FAILURE(status))
		return dc_fail(err, DC_ERR_ICU, "could not open ICU transliterator for scheme \"%s\": %s",
					   t->name, u_errorName(status));
	return DC_OK;
}

static const DcTranslit *
lookup(const char *scheme, bool internal_too, DcError *err)
{
	for (size_t i = 0; i < N_SCHEMES; i++)
	{
		DcTranslit *t = &schemes[i];

		if (strcmp(t->name, scheme) != 0 || !(t->is_public || internal_too))
			continue;
		if (t->compiled == NULL && compile_scheme(t, err) != DC_OK)
			return NULL;
		return t;
	}
	dc_fail(err, DC_ERR_ARGUMENT, "unknown transliteration scheme \"%s\"", scheme);
	return NULL;
}

const DcTranslit *
dc_translit_get(const char *scheme, DcError *err)
{
	return lookup(scheme, false, err);
}

const DcTranslit *
dc_translit_get_internal(const char *scheme, DcError *err)
{
	return lookup(scheme, true, err);
}

/* Transliterates one chunk and appends it to out. */
static DcStatus
run_chunk(const DcTranslit *t, const char *s, size_t len, DcBuf *out, DcError *err)
{
	UChar	   *src;
	UChar	   *work;
	int32_t		ulen;
	int32_t		cap;
	size_t		outlen;
	char	   *res;

	if (t->from_cyrillic && !dc_has_cyrillic(s, len))
	{
		dc_buf_append(out, s, len);
		return DC_OK;
	}
	src = dc_utf8_to_uchars(s, len, &ulen, err);
	if (src == NULL)
		return DC_ERR_INPUT;
	/* one Cyrillic letter yields at most four Latin ones (щ: shch) */
	for (cap = ulen * 4 + 16;; cap *= 2)
	{
		UErrorCode	status = U_ZERO_ERROR;
		int32_t		textlen = ulen;
		int32_t		limit = ulen;

		work = dc_alloc((size_t) cap * sizeof(UChar));
		memcpy(work, src, (size_t) ulen * sizeof(UChar));
		utrans_transUChars(t->compiled, work, &textlen, cap, 0, &limit, &status);
		if (status == U_BUFFER_OVERFLOW_ERROR)
		{
			dc_free(work);
			continue;
		}
		if (U_FAILURE(status))
		{
			dc_free(work);
			dc_free(src);
			return dc_fail(err, DC_ERR_ICU, "transliteration failed: %s", u_errorName(status));
		}
		ulen = textlen;
		break;
	}
	dc_free(src);
	res = dc_uchars_to_utf8(work, ulen, &outlen, err);
	dc_free(work);
	if (res == NULL)
		return DC_ERR_ICU;
	dc_buf_append(out, res, outlen);
	dc_free(res);
	return DC_OK;
}

char *
dc_translit_run(const DcTranslit *t, const char *s, size_t len, size_t *outlen, DcError *err)
{
	DcBuf		out;
	size_t		pos = 0;

	dc_buf_init(&out, len + len / 2 + 16);
	while (pos < len)
	{
		size_t		n = dc_chunk_end(s + pos, len - pos, CHUNK_BYTES);

		if (run_chunk(t, s + pos, n, &out, err) != DC_OK)
		{
			dc_free(out.data);
			return NULL;
		}
		pos += n;
		dc_check_interrupts();
	}
	if (outlen)
		*outlen = out.len;
	return dc_buf_cstr(&out);
}

char *
dc_translit(const char *scheme, const char *s, size_t len, size_t *outlen, DcError *err)
{
	const DcTranslit *t = dc_translit_get(scheme, err);

	return t ? dc_translit_run(t, s, len, outlen, err) : NULL;
}

void
dc_translit_cleanup(void)
{
	for (size_t i = 0; i < N_SCHEMES; i++)
	{
		if (schemes[i].compiled)
			utrans_close(schemes[i].compiled);
		schemes[i].compiled = NULL;
	}
}
