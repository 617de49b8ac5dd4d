/* page_account.h: what the user pages share with page_account.c. */
#ifndef KOERS_PAGE_ACCOUNT_H
#define KOERS_PAGE_ACCOUNT_H

#include "account.h"
#include "http.h"

/* The logged-in user of q as the actor of an account change (audited). */
struct account_actor	page_account_actor(const struct req *);

#endif
