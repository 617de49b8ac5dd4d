#include "handlers.h"
void page_dashboard_org(struct req *q, struct resp *r) { (void)q; r->status = 404; }
void page_dashboard_deviations(struct req *q, struct resp *r) { (void)q; r->status = 404; }
