/* text.c — UTF-8/UTF-16 conversion and scanning (see text.h). */
#include "text.h"

#include <unicode/ustring.h>

#include "alloc.h"

UChar *
dc_utf8_to_uchars(const char *s, size_t len, int32_t *ulen, DcError *err)
{
	UErrorCode	status = U_ZERO_ERROR;
	int32_t		need = 0;
	UChar	   *u;

	if (len > INT32_MAX / 2)
	{
		dc_fail(err, DC_ERR_INPUT, "text of %zu bytes is too long", len);
		return NULL;
	}
	u_strFromUTF8(NULL, 0, &need, s, (int32_t) len, &status);
	if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status))
	{
		dc_fail(err, DC_ERR_INPUT, "invalid UTF-8 in input");
		return NULL;
	}
	status = U_ZERO_ERROR;
	u = dc_alloc(((size_t) need + 1) * sizeof(UChar));
	u_strFromUTF8(u, need + 1, ulen, s, (int32_t) len, &status);
	if (U_FAILURE(status))
	{
		dc_free(u);
		dc_fail(err, DC_ERR_INPUT, "invalid UTF-8 in input");
		return NULL;
	}
	return u;
}

char *
dc_uchars_to_utf8(const UChar *u, int32_t ulen, size_t *len, DcError *err)
{
	UErrorCode	status = U_ZERO_ERROR;
	int32_t		need = 0;
	char	   *s;

	u_strToUTF8(NULL, 0, &need, u, ulen, &status);
	if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status))
	{
		dc_fail(err, DC_ERR_ICU, "UTF-16 to UTF-8 conversion failed: %s", u_errorName(status));
		return NULL;
	}
	status = U_ZERO_ERROR;
	s = dc_alloc((size_t) need + 1);
	u_strToUTF8(s, need + 1, &need, u, ulen, &status);
	if (U_FAILURE(status))
	{
		dc_free(s);
		dc_fail(err, DC_ERR_ICU, "UTF-16 to UTF-8 conversion failed: %s", u_errorName(status));
		return NULL;
	}
	if (len)
		*len = (size_t) need;
	return s;
}

bool
dc_has_cyrillic(const char *s, size_t len)
{
	/* U+0400..U+052F are exactly the two-byte sequences led by 0xD0..0xD4 */
	for (size_t i = 0; i < len; i++)
	{
		unsigned char c = (unsigned char) s[i];

		if (c >= 0xD0 && c <= 0xD4)
			return true;
	}
	return false;
}

size_t
dc_chunk_end(const char *s, size_t len, size_t target)
{
	size_t		end;

	if (len <= target)
		return len;
	/* prefer a white space within the next 4 kB */
	for (end = target; end < len && end < target + 4096; end++)
		if (s[end] == ' ' || s[end] == '\n' || s[end] == '\t' || s[end] == '\r')
			return end + 1;
	/* else any character boundary: not a UTF-8 continuation byte */
	for (end = target; end < len && ((unsigned char) s[end] & 0xC0) == 0x80; end++)
		;
	return end;
}
