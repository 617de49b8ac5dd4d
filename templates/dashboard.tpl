{{%AUTOESCAPE context="HTML"}}<h1>{{T_DASH_TITLE}} {{PERIOD}}</h1>
<form class="inline" method="get" action="/dashboard" aria-labelledby="period-label">
<label for="period" id="period-label">{{T_DASH_PERIOD}}</label>
<select id="period" name="period">{{#PERIOD_OPTION}}<option value="{{OPTION}}"{{#SELECTED}} selected{{/SELECTED}}>{{OPTION}}</option>{{/PERIOD_OPTION}}</select>
<button type="submit">{{T_SHOW}}</button>
</form>
{{#APPROVAL_ALL}}{{#PROVISIONAL}}<p class="provisional" id="approval" data-unapproved="{{DATA_UNAPPROVED}}" data-figures="{{DATA_FIGURES}}"><strong>{{T_PROV_WORD}}</strong>: {{N_UNAPPROVED}} {{T_PROV_OF}} {{N_FIGURES}} {{T_PROV_NOT_APPROVED}}. {{T_PROV_EXPLAIN}}</p>{{/PROVISIONAL}}{{#APPROVED}}<p class="approved" id="approval" data-unapproved="0" data-figures="{{DATA_FIGURES}}">{{T_PROV_ALL_APPROVED}}</p>{{/APPROVED}}{{/APPROVAL_ALL}}
<p class="dash-links"><a href="/dashboard/deviations?period={{PERIOD_Q}}">{{T_DEV_TITLE}}</a></p>
{{#NO_PROGRAMMES}}<p>{{T_NO_PROGRAMMES}}</p>{{/NO_PROGRAMMES}}
{{#HAS_PROGRAMMES}}<section aria-labelledby="programmes">
<h2 id="programmes">{{T_DASH_PROGRAMMES}}</h2>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="cap-programmes"><table class="dash" id="programme-table">
<caption id="cap-programmes">{{T_DASH_PROGRAMMES}} {{PERIOD}}{{#HAS_PREV}}, {{T_DASH_YOY}} {{PREV_PERIOD}}{{/HAS_PREV}}</caption>
<thead><tr><th scope="col">{{T_PROGRAMME}}</th><th scope="col">{{T_STATUS}}</th>{{#STATUS_COL}}<th scope="col" class="num"><abbr title="{{STATUS_WORD}}">{{STATUS_ICON}}</abbr><span class="visually-hidden"> {{STATUS_WORD}}</span></th>{{/STATUS_COL}}<th scope="col" class="num">{{T_YEAR_BUDGET}}</th><th scope="col" class="num">{{T_FORECAST}}</th><th scope="col" class="num">{{T_FORECAST_DEVIATION}}</th><th scope="col" class="num">{{T_BUDGET_TO_DATE}}</th><th scope="col" class="num">{{T_REALISED}}</th><th scope="col" class="num">{{T_DEVIATION}}</th><th scope="col" class="num">{{T_DEVIATION_PCT}}</th>{{#HAS_PREV}}<th scope="col">{{T_STATUS}} {{PREV_PERIOD}}</th><th scope="col" class="num">{{T_REALISED}} {{PREV_PERIOD}}</th><th scope="col" class="num">{{T_DEVIATION}} {{PREV_PERIOD}}</th>{{/HAS_PREV}}</tr></thead>
<tbody>
{{#PROGRAMME}}<tr data-programme="{{NUMBER}}" data-id="{{ID}}" data-status="{{#ST}}{{STATUS}}{{/ST}}" data-on-track="{{N_ON_TRACK}}" data-at-risk="{{N_AT_RISK}}" data-off-track="{{N_OFF_TRACK}}" data-no-data="{{N_NO_DATA}}">
<th scope="row"><a href="/dashboard/programmes/{{ID}}?period={{PERIOD_Q}}">{{NUMBER}}. {{NAME}}</a>{{#FIN}}{{#PARTIAL}} <span class="meta lines-reported" data-lines="{{N_LINES}}" data-lines-reported="{{N_REPORTED}}">({{N_REPORTED}} {{T_LINES_OF}} {{N_LINES}} {{T_LINES_REPORTED}})</span>{{/PARTIAL}}{{#NOT_REPORTED}} <span class="meta lines-reported" data-lines="{{N_LINES}}" data-lines-reported="{{N_REPORTED}}">({{N_REPORTED}} {{T_LINES_OF}} {{N_LINES}} {{T_LINES_REPORTED}})</span>{{/NOT_REPORTED}}{{/FIN}}{{#APPROVAL}}{{#PROVISIONAL}}<br><span class="provisional" data-unapproved="{{DATA_UNAPPROVED}}" data-figures="{{DATA_FIGURES}}"><strong>{{T_PROV_WORD}}</strong>: {{N_UNAPPROVED}} {{T_PROV_OF}} {{N_FIGURES}} {{T_PROV_NOT_APPROVED}}</span>{{/PROVISIONAL}}{{/APPROVAL}}</th>
<td>{{#ST}}<span class="status {{STATUS_CLASS}}"><span aria-hidden="true">{{STATUS_ICON}}</span> {{STATUS_WORD}}</span>{{/ST}}</td>
<td class="num">{{N_ON_TRACK}}</td><td class="num">{{N_AT_RISK}}</td><td class="num">{{N_OFF_TRACK}}</td><td class="num">{{N_NO_DATA}}</td>
{{#FIN}}<td class="num" data-cents="{{YEAR_BUDGET_CENTS}}" data-field="year_budget">{{YEAR_BUDGET}}</td><td class="num" data-cents="{{FORECAST_CENTS}}" data-field="forecast">{{FORECAST}}</td><td class="num" data-cents="{{FC_DEV_CENTS}}" data-field="forecast_deviation">{{FC_DEV}}</td><td class="num" data-cents="{{BUDGET_CENTS}}" data-field="budget">{{BUDGET}}</td><td class="num" data-cents="{{REALISED_CENTS}}" data-field="realised">{{REALISED}}</td><td class="num" data-cents="{{DEV_CENTS}}" data-field="deviation">{{DEV}}</td><td class="num" data-bp="{{DEV_BP}}" data-field="deviation_pct">{{DEV_PCT}}</td>{{/FIN}}
{{#HAS_PREV}}{{#NO_PREV_ROW}}<td>—</td><td class="num">—</td><td class="num">—</td>{{/NO_PREV_ROW}}{{#ST_PREV}}<td class="yoy"><span class="status {{STATUS_CLASS}}"><span aria-hidden="true">{{STATUS_ICON}}</span> {{STATUS_WORD}}</span></td>{{/ST_PREV}}{{#FIN_PREV}}<td class="num yoy" data-cents="{{REALISED_CENTS}}" data-field="prev_realised">{{REALISED}}</td><td class="num yoy" data-cents="{{DEV_CENTS}}" data-field="prev_deviation">{{DEV}}</td>{{/FIN_PREV}}{{/HAS_PREV}}
</tr>
{{/PROGRAMME}}</tbody>
</table></div>
<p class="meta" id="finance-rule">{{T_FIN_RULE}}</p>
{{#BUDGET_SALDO}}<div class="table-wrap" role="region" tabindex="0" aria-labelledby="cap-budget-saldo"><table class="dash" id="budget-saldo">
<caption id="cap-budget-saldo">{{T_BUDGET_TOTALS_CAPTION}} {{BUDGET_YEAR}}</caption>
<thead><tr><th scope="col">{{T_BUDGET_PROGRAMME}}</th><th scope="col" class="num">{{T_BUDGET_LASTEN_H}}: {{T_BUDGET_PRIMITIEF}}</th><th scope="col" class="num">{{T_BUDGET_LASTEN_H}}: {{T_BUDGET_ACTUEEL}}</th><th scope="col" class="num">{{T_BUDGET_BATEN_H}}: {{T_BUDGET_PRIMITIEF}}</th><th scope="col" class="num">{{T_BUDGET_BATEN_H}}: {{T_BUDGET_ACTUEEL}}</th><th scope="col" class="num">{{T_BUDGET_SALDO}}: {{T_BUDGET_PRIMITIEF}}</th><th scope="col" class="num">{{T_BUDGET_SALDO}}: {{T_BUDGET_ACTUEEL}}</th></tr></thead>
<tbody>
{{#SALDO_ROW}}<tr data-budget-programme="{{PROGRAMME_ID}}" data-lasten-actueel="{{LA_CENTS}}" data-baten-actueel="{{BA_CENTS}}"><th scope="row">{{T_BUDGET_PROGRAMME}} {{NUMBER}}</th><td class="num">{{LP}}</td><td class="num">{{LA}}</td><td class="num">{{BP}}</td><td class="num">{{BA}}</td><td class="num">{{SP}}</td><td class="num">{{SA}}</td></tr>
{{/SALDO_ROW}}</tbody>
</table></div>
<p class="meta">{{T_BUDGET_SALDO_HINT}}</p>{{/BUDGET_SALDO}}
</section>
<section aria-labelledby="trend">
<h2 id="trend">{{T_DASH_TREND}}</h2>
<figure class="chart">
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 620 {{STRIP_H}}" role="img" aria-labelledby="strip-title strip-desc" class="chart-svg">
<title id="strip-title">{{T_DASH_TREND}}</title>
<desc id="strip-desc">{{T_DASH_TREND_DESC}}</desc>
{{#STRIP_HEAD}}<text x="{{X}}" y="20" text-anchor="middle" class="chart-label">{{QUARTER}}</text>
{{/STRIP_HEAD}}{{#STRIP_ROW}}<text x="0" y="{{TY}}" class="chart-label">{{T_PROGRAMME_SHORT}} {{NUMBER}}</text>
{{#STRIP_CELL}}{{#ST}}<rect x="{{X}}" y="{{Y}}" width="116" height="24" class="{{STATUS_CLASS}}"></rect><text x="{{CX}}" y="{{TY}}" text-anchor="middle" class="chart-cell">{{STATUS_ICON}}</text>{{/ST}}
{{/STRIP_CELL}}{{/STRIP_ROW}}</svg>
<figcaption>{{T_DASH_TREND_SUMMARY}}{{#STATUS_COL}} {{STATUS_ICON}} {{STATUS_WORD}}{{#STATUS_COL_separator}},{{/STATUS_COL_separator}}{{/STATUS_COL}}.</figcaption>
</figure>
<details>
<summary>{{T_CHART_DATA}}: {{T_DASH_TREND}}</summary>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="cap-trend-data"><table>
<caption id="cap-trend-data">{{T_DASH_TREND}}</caption>
<thead><tr><th scope="col">{{T_PROGRAMME}}</th>{{#STRIP_HEAD}}<th scope="col">{{QUARTER}}</th>{{/STRIP_HEAD}}</tr></thead>
<tbody>
{{#STRIP_ROW}}<tr><th scope="row">{{NUMBER}}. {{NAME}}</th>{{#STRIP_CELL}}<td>{{#ST}}<span class="status {{STATUS_CLASS}}"><span aria-hidden="true">{{STATUS_ICON}}</span> {{STATUS_WORD}}</span>{{/ST}}</td>{{/STRIP_CELL}}</tr>
{{/STRIP_ROW}}</tbody>
</table></div>
</details>
</section>
<section aria-labelledby="bars">
<h2 id="bars">{{T_DASH_BARS}}</h2>
<figure class="chart">
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 600 {{BARS_H}}" role="img" aria-labelledby="bars-title bars-desc" class="chart-svg">
<title id="bars-title">{{T_DASH_BARS}} {{PERIOD}}</title>
<desc id="bars-desc">{{T_DASH_BARS_DESC}}</desc>
{{#BAR}}<text x="0" y="{{TY}}" class="chart-label">{{NUMBER}}</text><rect x="60" y="{{Y}}" width="{{W_BUDGET}}" height="11" class="bar-budget"></rect><rect x="60" y="{{Y2}}" width="{{W_REALISED}}" height="11" class="bar-realised"></rect>
{{/BAR}}</svg>
<figcaption><span class="key key-budget" aria-hidden="true">■</span> {{T_BUDGET}} <span class="key key-realised" aria-hidden="true">■</span> {{T_REALISED}}. {{T_DASH_BARS_SUMMARY}}</figcaption>
</figure>
<details>
<summary>{{T_CHART_DATA}}: {{T_DASH_BARS}}</summary>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="cap-bars-data"><table>
<caption id="cap-bars-data">{{T_DASH_BARS}} {{PERIOD}}</caption>
<thead><tr><th scope="col">{{T_PROGRAMME}}</th><th scope="col" class="num">{{T_BUDGET}}</th><th scope="col" class="num">{{T_REALISED}}</th></tr></thead>
<tbody>
{{#PROGRAMME}}<tr><th scope="row">{{NUMBER}}. {{NAME}}</th>{{#FIN}}<td class="num">{{BUDGET}}</td><td class="num">{{REALISED}}</td>{{/FIN}}</tr>
{{/PROGRAMME}}</tbody>
</table></div>
</details>
</section>{{/HAS_PROGRAMMES}}
<section aria-labelledby="worst">
<h2 id="worst">{{T_DASH_WORST}}</h2>
{{#NO_WORST}}<p>{{T_DASH_NO_WORST}}</p>{{/NO_WORST}}
{{#HAS_WORST}}<div class="table-wrap" role="region" tabindex="0" aria-labelledby="cap-worst"><table class="dash" id="worst-table">
<caption id="cap-worst">{{T_DASH_WORST}} {{PERIOD}}</caption>
<thead><tr><th scope="col">{{T_INDICATOR}}</th><th scope="col">{{T_PROGRAMME}}</th><th scope="col" class="num">{{T_REALISED}}</th><th scope="col" class="num">{{T_TARGET}}</th><th scope="col" class="num">{{T_SHORTFALL}}</th><th scope="col">{{T_STATUS}}</th><th scope="col">{{T_EXPLANATION}}</th><th scope="col">{{T_MEASURE}}</th></tr></thead>
<tbody>
{{#WORST}}<tr><th scope="row"><a href="/dashboard/indicators/{{IND_ID}}?period={{PERIOD_Q}}">{{CODE}} {{IND_NAME}}</a></th><td><a href="/dashboard/programmes/{{PROGRAMME_ID}}?period={{PERIOD_Q}}">{{PROGRAMME_NUMBER}}. {{PROGRAMME_NAME}}</a></td><td class="num">{{VALUE}} {{UNIT}}</td><td class="num">{{TARGET}} {{TARGET_UNIT}}</td><td class="num">{{SHORTFALL}} %</td><td>{{#ST}}<span class="status {{STATUS_CLASS}}"><span aria-hidden="true">{{STATUS_ICON}}</span> {{STATUS_WORD}}</span>{{/ST}}</td><td>{{EXPLANATION}}</td><td>{{MEASURE}}</td></tr>
{{/WORST}}</tbody>
</table></div>{{/HAS_WORST}}
</section>
<section aria-labelledby="costs">
<h2 id="costs">{{T_DASH_COSTS}}</h2>
{{#NO_COSTS}}<p>{{T_DASH_NO_COSTS}}</p>{{/NO_COSTS}}
{{#HAS_COSTS}}<div class="table-wrap" role="region" tabindex="0" aria-labelledby="cap-costs"><table class="dash" id="cost-table">
<caption id="cap-costs">{{T_DASH_COSTS}} {{PERIOD}}</caption>
<thead><tr><th scope="col">{{T_PERFORMANCE}}</th><th scope="col">{{T_PROGRAMME}}</th><th scope="col" class="num">{{T_BUDGET}}</th><th scope="col" class="num">{{T_REALISED}}</th><th scope="col" class="num">{{T_DEVIATION}}</th><th scope="col" class="num">{{T_DEVIATION_PCT}}</th><th scope="col">{{T_EXPLANATION}}</th><th scope="col">{{T_MEASURE}}</th></tr></thead>
<tbody>
{{#COST}}<tr><th scope="row">{{EFFECT_NUMBER}}.{{PERF_NUMBER}} {{PERF_NAME}}</th><td><a href="/dashboard/programmes/{{PROGRAMME_ID}}?period={{PERIOD_Q}}">{{PROGRAMME_NUMBER}}. {{PROGRAMME_NAME}}</a></td>{{#FIN}}<td class="num">{{BUDGET}}</td><td class="num">{{REALISED}}</td><td class="num">{{DEV}}</td><td class="num">{{DEV_PCT}}</td>{{/FIN}}<td>{{EXPLANATION}}</td><td>{{MEASURE}}</td></tr>
{{/COST}}</tbody>
</table></div>{{/HAS_COSTS}}
</section>
<section aria-labelledby="missing">
<h2 id="missing">{{T_DASH_MISSING}}</h2>
{{#NO_MISSING}}<p>{{T_DASH_NO_MISSING}}</p>{{/NO_MISSING}}
{{#HAS_MISSING}}{{#PAGE_COUNT}}<p id="missing-count"><span data-total="{{TOTAL_N}}">{{TOTAL}}</span> {{T_DASH_N_MISSING}}</p>{{/PAGE_COUNT}}
{{#PAGER}}<nav class="pager" aria-label="{{T_PAGER_LABEL}} ({{T_PAGER_TOP}})">
<p>{{T_PAGER_PAGE}} {{PAGE}} {{T_PAGER_OF}} {{PAGES}}; {{FROM}}–{{TO}} {{T_PAGER_OF}} {{TOTAL}}</p>
<ul>{{#PREV_PAGE}}<li><a rel="prev" href="{{PAGER_BASE}}&amp;page={{N}}#missing">{{T_PAGER_PREV}}<span class="visually-hidden"> ({{T_PAGER_PAGE}} {{N}})</span></a></li>{{/PREV_PAGE}}{{#NEXT_PAGE}}<li><a rel="next" href="{{PAGER_BASE}}&amp;page={{N}}#missing">{{T_PAGER_NEXT}}<span class="visually-hidden"> ({{T_PAGER_PAGE}} {{N}})</span></a></li>{{/NEXT_PAGE}}</ul>
</nav>{{/PAGER}}
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="cap-missing"><table class="dash" id="missing-table">
<caption id="cap-missing">{{T_DASH_MISSING}} {{PERIOD}}</caption>
<thead><tr><th scope="col">{{T_ORG_UNIT}}</th><th scope="col">{{T_SUB_STATE}}</th></tr></thead>
<tbody>
{{#MISSING}}<tr><th scope="row"><a href="/dashboard/org/{{UNIT_ID}}?period={{PERIOD_Q}}">{{UNIT_NAME}}</a></th><td>{{SUB_STATE}}</td></tr>
{{/MISSING}}</tbody>
</table></div>
{{#PAGER}}<nav class="pager" aria-label="{{T_PAGER_LABEL}} ({{T_PAGER_BOTTOM}})">
<p>{{T_PAGER_PAGE}} {{PAGE}} {{T_PAGER_OF}} {{PAGES}}; {{FROM}}–{{TO}} {{T_PAGER_OF}} {{TOTAL}}</p>
<ul>{{#PREV_PAGE}}<li><a rel="prev" href="{{PAGER_BASE}}&amp;page={{N}}#missing">{{T_PAGER_PREV}}<span class="visually-hidden"> ({{T_PAGER_PAGE}} {{N}})</span></a></li>{{/PREV_PAGE}}{{#NEXT_PAGE}}<li><a rel="next" href="{{PAGER_BASE}}&amp;page={{N}}#missing">{{T_PAGER_NEXT}}<span class="visually-hidden"> ({{T_PAGER_PAGE}} {{N}})</span></a></li>{{/NEXT_PAGE}}</ul>
</nav>{{/PAGER}}
{{/HAS_MISSING}}
</section>
