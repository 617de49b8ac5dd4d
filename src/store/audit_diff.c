/* audit_diff.c: the changed fields of an audited save (see audit_diff.h). */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "audit.h"
#include "audit_diff.h"
#include "num.h"

int
audit_diff_num(json_t *o, json_t *nw, const char *key, int decimals,
    int hold, int64_t vold, int hnew, int64_t vnew)
{
	char	a[40] = "", b[40] = "";

	if (hold == hnew && (!hold || vold == vnew))
		return 0;
	if (hold)
		num_format_plain(a, sizeof(a), vold, decimals, 1);
	if (hnew)
		num_format_plain(b, sizeof(b), vnew, decimals, 1);
	json_object_set_new(o, key, json_string(a));
	json_object_set_new(nw, key, json_string(b));
	return 1;
}

int
audit_diff_text(json_t *o, json_t *nw, const char *key, const char *vold,
    const char *vnew)
{
	if (vold == NULL)
		vold = "";
	if (vnew == NULL)
		vnew = "";
	if (strcmp(vold, vnew) == 0)
		return 0;
	json_object_set_new(o, key, json_string(vold));
	json_object_set_new(nw, key, json_string(vnew));
	return 1;
}

int
audit_diff_append(struct db *db, const struct db_who *who,
    const char *action, const char *entity, const char *entity_id,
    json_t *o, json_t *nw)
{
	char	*so = NULL, *sn = NULL;
	int	 ok = 0;

	if ((so = json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER)) == NULL ||
	    (sn = json_dumps(nw, JSON_COMPACT | JSON_PRESERVE_ORDER)) == NULL)
		goto out;
	ok = audit_append_by(db, who, action, entity, entity_id, so, sn);
out:
	free(so);
	free(sn);
	return ok;
}
