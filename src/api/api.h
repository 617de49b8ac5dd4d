/* api.h: what the JSON handlers share. */
#ifndef KOERS_API_H
#define KOERS_API_H

#include <jansson.h>

#include "http.h"
#include "model.h"

void	 api_send(struct resp *, int status, json_t *);
void	 api_error(const struct req *, struct resp *, int status,
	    const char *key, json_t *extra);
json_t	*api_indicator(const struct indicator *, int with_targets);
json_t	*api_money(int64_t cents);
json_t	*api_scaled(int64_t scaled, int decimals);
struct budget_totals;
/* Lasten, baten and saldo, primitief and actueel (api_budget.c). */
json_t	*api_budget_totals(const struct budget_totals *);

#endif
