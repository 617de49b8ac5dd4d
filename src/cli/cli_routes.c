/*
 * cli_routes.c: koers routes --json prints the route table (method,
 * pattern, roles, flags), so that the authorization test iterates the
 * table the server really uses.
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "router.h"
#include "user.h"

static const char *const cli_routes_methods[HTTP__MAX] = {
	"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OTHER"
};

/* Exit 0 with the JSON array on standard output, 2 on a usage error. */
int
cli_routes(int argc, char *argv[])
{
	json_t		*a, *o, *roles;
	char		*s;
	size_t		 i;
	unsigned	 bit;

	if (argc != 2 || strcmp(argv[1], "--json") != 0) {
		fputs("usage: koers routes --json\n", stderr);
		return 2;
	}
	if ((a = json_array()) == NULL)
		return 1;
	for (i = 0; i < routes_len; i++) {
		roles = json_array();
		for (bit = 1; bit < 1u << ROLE_COUNT; bit <<= 1)
			if (routes[i].roles & bit)
				json_array_append_new(roles,
				    json_string(role_name(bit)));
		o = json_pack("{s:s,s:s,s:o,s:b,s:b,s:b}",
		    "method", cli_routes_methods[routes[i].method],
		    "pattern", routes[i].pattern,
		    "roles", roles,
		    "public", routes[i].roles == ROLE_PUBLIC,
		    "api", (routes[i].flags & RF_API) != 0,
		    "nocsrf", (routes[i].flags & RF_NOCSRF) != 0);
		if (o == NULL || json_array_append_new(a, o) != 0) {
			json_decref(a);
			return 1;
		}
	}
	s = json_dumps(a, JSON_INDENT(1));
	json_decref(a);
	if (s == NULL)
		return 1;
	puts(s);
	free(s);
	return 0;
}
