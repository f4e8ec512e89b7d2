/* alloc.c — the allocator and interrupt hooks (see alloc.h). */
#include "alloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void *
default_alloc(size_t size)
{
	void	   *p = malloc(size ? size : 1);

	if (p == NULL)
	{
		fputs("diplo core: out of memory\n", stderr);
		abort();
	}
	return p;
}

static void *
default_realloc(void *ptr, size_t size)
{
	void	   *p = realloc(ptr, size ? size : 1);

	if (p == NULL)
	{
		fputs("diplo core: out of memory\n", stderr);
		abort();
	}
	return p;
}

static dc_alloc_fn hook_alloc = default_alloc;
static dc_realloc_fn hook_realloc = default_realloc;
static dc_free_fn hook_free = free;
static dc_interrupt_fn hook_interrupt = NULL;

void
dc_set_allocator(dc_alloc_fn alloc, dc_realloc_fn realloc_fn, dc_free_fn free_fn)
{
	hook_alloc = alloc ? alloc : default_alloc;
	hook_realloc = realloc_fn ? realloc_fn : default_realloc;
	hook_free = free_fn ? free_fn : free;
}

void
dc_set_interrupt_hook(dc_interrupt_fn hook)
{
	hook_interrupt = hook;
}

void *
dc_alloc(size_t size)
{
	return hook_alloc(size);
}

void *
dc_alloc0(size_t size)
{
	void	   *p = hook_alloc(size);

	memset(p, 0, size);
	return p;
}

void *
dc_realloc(void *ptr, size_t size)
{
	return ptr ? hook_realloc(ptr, size) : hook_alloc(size);
}

void
dc_free(void *ptr)
{
	if (ptr)
		hook_free(ptr);
}

char *
dc_strndup(const char *s, size_t len)
{
	char	   *p = dc_alloc(len + 1);

	memcpy(p, s, len);
	p[len] = '\0';
	return p;
}

void
dc_check_interrupts(void)
{
	if (hook_interrupt)
		hook_interrupt();
}

void
dc_buf_init(DcBuf *b, size_t cap)
{
	b->cap = cap < 16 ? 16 : cap;
	b->data = dc_alloc(b->cap);
	b->len = 0;
	b->data[0] = '\0';
}

void
dc_buf_append(DcBuf *b, const char *s, size_t len)
{
	if (b->len + len + 1 > b->cap)
	{
		size_t		cap = b->cap;

		while (b->len + len + 1 > cap)
			cap *= 2;
		b->data = dc_realloc(b->data, cap);
		b->cap = cap;
	}
	memcpy(b->data + b->len, s, len);
	b->len += len;
	b->data[b->len] = '\0';
}

void
dc_buf_appendc(DcBuf *b, char c)
{
	dc_buf_append(b, &c, 1);
}

void
dc_buf_appends(DcBuf *b, const char *s)
{
	dc_buf_append(b, s, strlen(s));
}

char *
dc_buf_cstr(DcBuf *b)
{
	return b->data;
}
