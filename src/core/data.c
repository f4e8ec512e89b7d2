/* data.c — locating and reading data files (see data.h). */
#include "data.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char data_dir[1024] = "data";

void
dc_set_data_dir(const char *dir)
{
	snprintf(data_dir, sizeof(data_dir), "%s", dir);
}

const char *
dc_data_dir(void)
{
	return data_dir;
}

char *
dc_read_data_file(const char *relpath, size_t *len, DcError *err)
{
	char		path[1400];
	FILE	   *f;
	char	   *buf = NULL;
	long		size;

	/* an absolute path is a user's own file */
	if (relpath[0] == '/')
		snprintf(path, sizeof(path), "%s", relpath);
	else
		snprintf(path, sizeof(path), "%s/%s", data_dir, relpath);
	f = fopen(path, "rb");
	if (f == NULL)
	{
		dc_fail(err, DC_ERR_DATA, "could not open data file \"%s\": %s", path, strerror(errno));
		return NULL;
	}
	if (fseek(f, 0, SEEK_END) != 0 || (size = ftell(f)) < 0 || fseek(f, 0, SEEK_SET) != 0)
		goto fail;
	buf = malloc((size_t) size + 1);
	if (buf == NULL || fread(buf, 1, (size_t) size, f) != (size_t) size)
		goto fail;
	buf[size] = '\0';
	fclose(f);
	if (len)
		*len = (size_t) size;
	return buf;

fail:
	free(buf);
	fclose(f);
	dc_fail(err, DC_ERR_DATA, "could not read data file \"%s\"", path);
	return NULL;
}
