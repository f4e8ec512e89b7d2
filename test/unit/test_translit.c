/* test_translit.c — schemes against test/data/translit_cases.tsv, and bad input. */
#include "harness.h"

#include <stdlib.h>

#include "alloc.h"
#include "translit.h"

static void
check_case(const char *scheme, const char *in, const char *want)
{
	DcError		err;
	char	   *got = dc_translit(scheme, in, strlen(in), NULL, &err);

	if (got == NULL)
		fprintf(stderr, "scheme %s: %s\n", scheme, err.message);
	CHECK_STR(got, want);
	dc_free(got);
}

/* Every line "scheme<TAB>input<TAB>expected" of the shared case file. */
static void
test_case_file(void)
{
	FILE	   *f = fopen("test/data/translit_cases.tsv", "r");
	char		line[4096];
	int			n = 0;

	CHECK(f != NULL);
	if (f == NULL)
		return;
	while (fgets(line, sizeof(line), f))
	{
		char	   *scheme = line;
		char	   *in;
		char	   *want;

		line[strcspn(line, "\n")] = '\0';
		if (line[0] == '#' || line[0] == '\0' || strncmp(line, "scheme\t", 7) == 0)
			continue;
		in = strchr(scheme, '\t');
		if (in == NULL || (want = strchr(in + 1, '\t')) == NULL)
		{
			CHECK(!"malformed line in translit_cases.tsv");
			continue;
		}
		*in++ = '\0';
		*want++ = '\0';
		check_case(scheme, in, want);
		n++;
	}
	fclose(f);
	CHECK(n >= 60);
}

static void
test_bad_input(void)
{
	DcError		err;
	char		invalid[] = {'\xd0', '\x41', '\0'};
	char	   *big;
	char	   *out;
	size_t		outlen;
	const size_t n = 5 * 600 * 1000;

	CHECK(dc_translit("klingon", "x", 1, NULL, &err) == NULL);
	CHECK(err.status == DC_ERR_ARGUMENT);
	CHECK(dc_translit_get("name_ascii", &err) == NULL);
	CHECK(dc_translit("kz", invalid, 2, NULL, &err) == NULL);
	CHECK(err.status == DC_ERR_INPUT);

	out = dc_translit("kz", "", 0, &outlen, &err);
	CHECK_STR(out, "");
	dc_free(out);

	/* several chunks; words must not be cut at chunk borders */
	big = malloc(n + 1);
	for (size_t i = 0; i < n; i += 5)
		memcpy(big + i, "\xd0\xb6\xd0\xb0 ", 5);	/* "жа " */
	big[n] = '\0';
	out = dc_translit("kz", big, n, &outlen, &err);
	CHECK(out != NULL);
	if (out)
	{
		CHECK(outlen == n / 5 * 4);
		CHECK(strncmp(out, "zha zha ", 8) == 0);
		CHECK(strstr(out, "zhazha") == NULL && strstr(out, "\xd0") == NULL);
	}
	dc_free(out);
	free(big);
}

void
test_translit(void)
{
	test_case_file();
	test_bad_input();
	/* text without Cyrillic passes through unchanged, byte for byte */
	check_case("kz", "Astana, 2026 — ok ✓", "Astana, 2026 — ok ✓");
	check_case("bgn", "Café", "Café");
}
