/*
 * holder_keys — prints, for every person of the office holders, each
 * spelling with the key diplo gives it, for tools/check_office_holders.py:
 *   person <TAB> canonical key <TAB> spelling <TAB> its key <TAB> its key without the holders
 * with every canonical key computed, whatever the files' key column says.
 * Usage: build/holder_keys DATA_DIR [USER_FILE]
 */
#include <stdio.h>
#include <string.h>

#include "data.h"
#include "holders.h"
#include "names.h"

int
main(int argc, char **argv)
{
	DcError		err;
	const DcHolders *kb;

	if (argc < 2)
	{
		fprintf(stderr, "usage: %s DATA_DIR [USER_FILE]\n", argv[0]);
		return 2;
	}
	dc_set_data_dir(argv[1]);
	/* the keys as the code computes them, not as the file stores them */
	dc_holders_use_stored_keys(false);
	if (argc > 2)
		dc_holders_set_user_file(argv[2]);
	if ((kb = dc_holders(&err)) == NULL)
	{
		fprintf(stderr, "%s\n", err.message);
		return 1;
	}
	for (int i = 0; i < dc_holders_count(kb); i++)
	{
		const char *spelling[64];
		int			n = dc_holder_spellings(kb, i, spelling, 64);
		const char *key = dc_holder_key(kb, i, &err);

		if (key == NULL)
		{
			fprintf(stderr, "%s\n", err.message);
			return 1;
		}
		for (int s = 0; s < n && s < 64; s++)
		{
			char	   *k = dc_holders_name_key(spelling[s], strlen(spelling[s]), &err);
			char	   *g = dc_name_key(spelling[s], strlen(spelling[s]), &err);

			printf("%s\t%s\t%s\t%s\t%s\n", dc_holder(kb, i)->id, key, spelling[s], k ? k : "", g ? g : "");
		}
	}
	return 0;
}
