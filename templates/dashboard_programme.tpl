{{%AUTOESCAPE context="HTML"}}<p class="crumbs"><a href="/dashboard?period={{PERIOD_Q}}">{{T_DASH_TITLE}} {{PERIOD}}</a></p>
<h1>{{T_PDASH_TITLE}}: {{T_PROGRAMME}} {{NUMBER}}. {{NAME}}</h1>
<form class="inline" method="get" action="/dashboard/programmes/{{ID}}" aria-labelledby="period-label">
<label for="period" id="period-label">{{T_DASH_PERIOD}}</label>
<select id="period" name="period">{{#PERIOD_OPTION}}<option value="{{OPTION}}"{{#SELECTED}} selected{{/SELECTED}}>{{OPTION}}</option>{{/PERIOD_OPTION}}</select>
<button type="submit">{{T_SHOW}}</button>
</form>
{{#APPROVAL_ALL}}{{#PROVISIONAL}}<p class="provisional" id="approval" data-unapproved="{{DATA_UNAPPROVED}}" data-figures="{{DATA_FIGURES}}"><strong>{{T_PROV_WORD}}</strong>: {{N_UNAPPROVED}} {{T_PROV_OF}} {{N_FIGURES}} {{T_PROV_NOT_APPROVED}}. {{T_PROV_EXPLAIN}}</p>{{/PROVISIONAL}}{{#APPROVED}}<p class="approved" id="approval" data-unapproved="0" data-figures="{{DATA_FIGURES}}">{{T_PROV_ALL_APPROVED}}</p>{{/APPROVED}}{{/APPROVAL_ALL}}
<dl class="facts" id="programme-facts">
<dt>{{T_STATUS}} {{PERIOD}}</dt><dd data-status="{{#ST}}{{STATUS}}{{/ST}}">{{#ST}}<span class="status {{STATUS_CLASS}}"><span aria-hidden="true">{{STATUS_ICON}}</span> {{STATUS_WORD}}</span>{{/ST}} ({{N_ON_TRACK}} {{T_STATUS_ON_TRACK}}, {{N_AT_RISK}} {{T_STATUS_AT_RISK}}, {{N_OFF_TRACK}} {{T_STATUS_OFF_TRACK}}, {{N_NO_DATA}} {{T_STATUS_NO_DATA}})</dd>
{{#HAS_PREV}}<dt>{{T_STATUS}} {{PREV_PERIOD}}</dt><dd class="yoy" id="programme-prev">{{#ST_PREV}}<span class="status {{STATUS_CLASS}}"><span aria-hidden="true">{{STATUS_ICON}}</span> {{STATUS_WORD}}</span>{{/ST_PREV}}{{#FIN_PREV}}, {{T_REALISED}} <span data-cents="{{REALISED_CENTS}}" data-field="prev_realised">{{REALISED}}</span>, {{T_DEVIATION}} {{DEV}}{{/FIN_PREV}}</dd>{{/HAS_PREV}}
<dt>{{T_PORTFOLIO_HOLDER}}</dt><dd>{{PORTFOLIO_HOLDER}}</dd>
<dt>{{T_PDASH_PROGRAMME_PAGE}}</dt><dd><a href="/programmes/{{ID}}">{{T_PROGRAMME}} {{NUMBER}}</a></dd>
</dl>
<section aria-labelledby="w1">
<h2 id="w1">1. {{T_W1}}</h2>
<p class="lead">{{AMBITION}}</p>
{{#EFFECT}}<section class="effect" aria-labelledby="e{{EFFECT_ID}}">
<h3 id="e{{EFFECT_ID}}">{{T_EFFECT}} {{EFFECT_NUMBER}}: {{EFFECT_NAME}} {{#ST}}<span class="status {{STATUS_CLASS}}"><span aria-hidden="true">{{STATUS_ICON}}</span> {{STATUS_WORD}}</span>{{/ST}}</h3>
{{#HAS_EFFECT_INDICATORS}}<div class="table-wrap" role="region" tabindex="0" aria-labelledby="cap-e{{EFFECT_ID}}"><table class="dash">
<caption id="cap-e{{EFFECT_ID}}">{{T_EFFECT_INDICATORS}}: {{EFFECT_NAME}}</caption>
<thead><tr><th scope="col">{{T_INDICATOR}}</th><th scope="col" class="num">{{T_TARGET}}</th><th scope="col" class="num">{{T_REALISED}}</th><th scope="col" class="num">{{T_FORECAST}}</th><th scope="col">{{T_STATUS}}</th><th scope="col">{{T_EXPLANATION}}</th><th scope="col">{{T_MEASURE}}</th></tr></thead>
<tbody>
{{#EFFECT_INDICATOR}}<tr data-indicator="{{IND_ID}}"><th scope="row"><a href="/dashboard/indicators/{{IND_ID}}?period={{PERIOD_Q}}">{{CODE}} {{IND_NAME}}</a> <span class="meta">({{UNIT}}; {{UNITS}} {{UNITS_WORD}})</span></th><td class="num">{{TARGET}}</td><td class="num" data-field="value">{{VALUE}}</td><td class="num">{{FORECAST}}</td><td>{{#ST}}<span class="status {{STATUS_CLASS}}"><span aria-hidden="true">{{STATUS_ICON}}</span> {{STATUS_WORD}}</span>{{/ST}}</td><td>{{EXPLANATION}}</td><td>{{MEASURE}}</td></tr>
{{/EFFECT_INDICATOR}}</tbody>
</table></div>{{/HAS_EFFECT_INDICATORS}}
<p class="meta"><a href="/dashboard/programmes/{{ID}}?period={{PERIOD_Q}}&amp;effect={{EFFECT_ID}}#w2" data-effect-link="{{EFFECT_ID}}">{{T_PDASH_EFFECT_PERFORMANCES}} ({{N_PERFORMANCES}})</a></p>
</section>
{{/EFFECT}}
</section>
<section aria-labelledby="w2">
<h2 id="w2">2. {{T_W2}}</h2>
<p class="meta" id="performance-count">{{#EFFECT_FILTER}}{{T_EFFECT}} {{FILTER_NUMBER}}: {{FILTER_NAME}}: {{/EFFECT_FILTER}}{{#PAGE_COUNT}}<span data-total="{{TOTAL_N}}">{{TOTAL}}</span> {{T_PDASH_N_PERFORMANCES}}{{/PAGE_COUNT}}{{#EFFECT_FILTER}} · <a href="/dashboard/programmes/{{ID}}?period={{PERIOD_Q}}#w2">{{T_PDASH_ALL_PERFORMANCES}}</a>{{/EFFECT_FILTER}}</p>
{{#PAGER}}<nav class="pager" aria-label="{{T_PAGER_LABEL}} ({{T_PAGER_TOP}})">
<p>{{T_PAGER_PAGE}} {{PAGE}} {{T_PAGER_OF}} {{PAGES}}; {{FROM}}–{{TO}} {{T_PAGER_OF}} {{TOTAL}}</p>
<ul>{{#PREV_PAGE}}<li><a rel="prev" href="{{PAGER_BASE}}&amp;page={{N}}#w2">{{T_PAGER_PREV}}<span class="visually-hidden"> ({{T_PAGER_PAGE}} {{N}})</span></a></li>{{/PREV_PAGE}}{{#NEXT_PAGE}}<li><a rel="next" href="{{PAGER_BASE}}&amp;page={{N}}#w2">{{T_PAGER_NEXT}}<span class="visually-hidden"> ({{T_PAGER_PAGE}} {{N}})</span></a></li>{{/NEXT_PAGE}}</ul>
</nav>{{/PAGER}}
{{#PERFORMANCE}}<section class="performance" aria-labelledby="p{{PERF_ID}}">
<h3 id="p{{PERF_ID}}">{{T_PERFORMANCE}} {{EFFECT_NUMBER}}.{{PERF_NUMBER}}: {{PERF_NAME}} {{#ST}}<span class="status {{STATUS_CLASS}}"><span aria-hidden="true">{{STATUS_ICON}}</span> {{STATUS_WORD}}</span>{{/ST}}</h3>
<p class="meta">{{T_OWNER}}: <a href="/dashboard/org/{{OWNER_ID}}?period={{PERIOD_Q}}">{{OWNER}}</a></p>
{{#HAS_PERF_INDICATORS}}<div class="table-wrap" role="region" tabindex="0" aria-labelledby="cap-p{{PERF_ID}}"><table class="dash">
<caption id="cap-p{{PERF_ID}}">{{T_INDICATORS}}: {{PERF_NAME}}</caption>
<thead><tr><th scope="col">{{T_INDICATOR}}</th><th scope="col" class="num">{{T_TARGET}}</th><th scope="col" class="num">{{T_REALISED}}</th><th scope="col" class="num">{{T_FORECAST}}</th><th scope="col">{{T_STATUS}}</th><th scope="col">{{T_EXPLANATION}}</th><th scope="col">{{T_MEASURE}}</th></tr></thead>
<tbody>
{{#PERF_INDICATOR}}<tr data-indicator="{{IND_ID}}"><th scope="row"><a href="/dashboard/indicators/{{IND_ID}}?period={{PERIOD_Q}}">{{CODE}} {{IND_NAME}}</a> <span class="meta">({{UNIT}}; {{UNITS}} {{UNITS_WORD}})</span></th><td class="num">{{TARGET}}</td><td class="num" data-field="value">{{VALUE}}</td><td class="num">{{FORECAST}}</td><td>{{#ST}}<span class="status {{STATUS_CLASS}}"><span aria-hidden="true">{{STATUS_ICON}}</span> {{STATUS_WORD}}</span>{{/ST}}</td><td>{{EXPLANATION}}</td><td>{{MEASURE}}</td></tr>
{{/PERF_INDICATOR}}</tbody>
</table></div>{{/HAS_PERF_INDICATORS}}
</section>
{{/PERFORMANCE}}
{{#PAGER}}<nav class="pager" aria-label="{{T_PAGER_LABEL}} ({{T_PAGER_BOTTOM}})">
<p>{{T_PAGER_PAGE}} {{PAGE}} {{T_PAGER_OF}} {{PAGES}}; {{FROM}}–{{TO}} {{T_PAGER_OF}} {{TOTAL}}</p>
<ul>{{#PREV_PAGE}}<li><a rel="prev" href="{{PAGER_BASE}}&amp;page={{N}}#w2">{{T_PAGER_PREV}}<span class="visually-hidden"> ({{T_PAGER_PAGE}} {{N}})</span></a></li>{{/PREV_PAGE}}{{#NEXT_PAGE}}<li><a rel="next" href="{{PAGER_BASE}}&amp;page={{N}}#w2">{{T_PAGER_NEXT}}<span class="visually-hidden"> ({{T_PAGER_PAGE}} {{N}})</span></a></li>{{/NEXT_PAGE}}</ul>
</nav>{{/PAGER}}
</section>
<section aria-labelledby="w3">
<h2 id="w3">3. {{T_W3}}</h2>
{{#BUDGET_SALDO}}<div class="table-wrap" role="region" tabindex="0" aria-labelledby="cap-budget-saldo"><table class="dash" id="budget-saldo">
<caption id="cap-budget-saldo">{{T_BUDGET_TOTALS_CAPTION}} {{BUDGET_YEAR}}</caption>
<thead><tr><th scope="col">{{T_BUDGET_PROGRAMME}}</th><th scope="col" class="num">{{T_BUDGET_LASTEN_H}}: {{T_BUDGET_PRIMITIEF}}</th><th scope="col" class="num">{{T_BUDGET_LASTEN_H}}: {{T_BUDGET_ACTUEEL}}</th><th scope="col" class="num">{{T_BUDGET_BATEN_H}}: {{T_BUDGET_PRIMITIEF}}</th><th scope="col" class="num">{{T_BUDGET_BATEN_H}}: {{T_BUDGET_ACTUEEL}}</th><th scope="col" class="num">{{T_BUDGET_SALDO}}: {{T_BUDGET_PRIMITIEF}}</th><th scope="col" class="num">{{T_BUDGET_SALDO}}: {{T_BUDGET_ACTUEEL}}</th></tr></thead>
<tbody>
{{#SALDO_ROW}}<tr data-budget-programme="{{PROGRAMME_ID}}" data-lasten-actueel="{{LA_CENTS}}" data-baten-actueel="{{BA_CENTS}}"><th scope="row">{{T_BUDGET_PROGRAMME}} {{NUMBER}}</th><td class="num">{{LP}}</td><td class="num">{{LA}}</td><td class="num">{{BP}}</td><td class="num">{{BA}}</td><td class="num">{{SP}}</td><td class="num">{{SA}}</td></tr>
{{/SALDO_ROW}}</tbody>
</table></div>
<p class="meta">{{T_BUDGET_SALDO_HINT}}</p>{{/BUDGET_SALDO}}
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="cap-finance"><table class="dash" id="finance-table">
<caption id="cap-finance">{{T_BUDGET_PER_PERFORMANCE}} {{PERIOD}}{{#PAGER}} ({{T_PAGER_PAGE}} {{PAGE}} {{T_PAGER_OF}} {{PAGES}}; {{T_PAGER_TOTAL_ALL}}){{/PAGER}}</caption>
<thead><tr><th scope="col">{{T_PERFORMANCE}}</th><th scope="col" class="num">{{T_YEAR_BUDGET}}</th><th scope="col" class="num">{{T_FORECAST}}</th><th scope="col" class="num">{{T_FORECAST_DEVIATION}}</th><th scope="col" class="num">{{T_BUDGET_TO_DATE}}</th><th scope="col" class="num">{{T_REALISED}}</th><th scope="col" class="num">{{T_DEVIATION}}</th><th scope="col" class="num">{{T_DEVIATION_PCT}}</th><th scope="col">{{T_EXPLANATION}}</th><th scope="col">{{T_MEASURE}}</th></tr></thead>
<tbody>
{{#BUDGET_ROW}}<tr data-perf-cost="{{PERF_ID}}"><th scope="row">{{EFFECT_NUMBER}}.{{PERF_NUMBER}} {{PERF_NAME}}{{#FIN}}{{#NOT_REPORTED}} <span class="meta">({{T_NOT_REPORTED}})</span>{{/NOT_REPORTED}}{{/FIN}}</th>{{#FIN}}<td class="num" data-cents="{{YEAR_BUDGET_CENTS}}" data-field="year_budget">{{YEAR_BUDGET}}</td><td class="num" data-cents="{{FORECAST_CENTS}}" data-field="forecast">{{FORECAST}}</td><td class="num" data-cents="{{FC_DEV_CENTS}}" data-field="forecast_deviation">{{FC_DEV}}</td><td class="num" data-cents="{{BUDGET_CENTS}}" data-field="budget">{{BUDGET}}</td><td class="num" data-cents="{{REALISED_CENTS}}" data-field="realised">{{REALISED}}</td><td class="num" data-cents="{{DEV_CENTS}}" data-field="deviation">{{DEV}}</td><td class="num" data-bp="{{DEV_BP}}" data-field="deviation_pct">{{DEV_PCT}}</td>{{/FIN}}<td>{{EXPLANATION}}</td><td>{{MEASURE}}</td></tr>
{{/BUDGET_ROW}}</tbody>
<tfoot>{{#FIN}}<tr data-total="1" data-lines="{{N_LINES}}" data-lines-reported="{{N_REPORTED}}"><th scope="row">{{T_TOTAL}}{{#PARTIAL}} <span class="meta lines-reported">({{N_REPORTED}} {{T_LINES_OF}} {{N_LINES}} {{T_LINES_REPORTED}})</span>{{/PARTIAL}}{{#NOT_REPORTED}} <span class="meta lines-reported">({{N_REPORTED}} {{T_LINES_OF}} {{N_LINES}} {{T_LINES_REPORTED}})</span>{{/NOT_REPORTED}}</th><td class="num" data-cents="{{YEAR_BUDGET_CENTS}}" data-field="year_budget">{{YEAR_BUDGET}}</td><td class="num" data-cents="{{FORECAST_CENTS}}" data-field="forecast">{{FORECAST}}</td><td class="num" data-cents="{{FC_DEV_CENTS}}" data-field="forecast_deviation">{{FC_DEV}}</td><td class="num" data-cents="{{BUDGET_CENTS}}" data-field="budget">{{BUDGET}}</td><td class="num" data-cents="{{REALISED_CENTS}}" data-field="realised">{{REALISED}}</td><td class="num" data-cents="{{DEV_CENTS}}" data-field="deviation">{{DEV}}</td><td class="num" data-bp="{{DEV_BP}}" data-field="deviation_pct">{{DEV_PCT}}</td><td colspan="2"></td></tr>{{/FIN}}</tfoot>
</table></div>
<p class="meta" id="finance-rule">{{T_FIN_RULE}}</p>
<figure class="chart">
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 600 {{BARS_H}}" role="img" aria-labelledby="bars-title bars-desc" class="chart-svg">
<title id="bars-title">{{T_DASH_BARS}} {{PERIOD}}</title>
<desc id="bars-desc">{{T_DASH_BARS_DESC}}</desc>
{{#BUDGET_ROW}}<text x="0" y="{{TY}}" class="chart-label">{{EFFECT_NUMBER}}.{{PERF_NUMBER}}</text><rect x="60" y="{{Y}}" width="{{W_BUDGET}}" height="11" class="bar-budget"></rect><rect x="60" y="{{Y2}}" width="{{W_REALISED}}" height="11" class="bar-realised"></rect>
{{/BUDGET_ROW}}</svg>
<figcaption><span class="key key-budget" aria-hidden="true">■</span> {{T_BUDGET}} <span class="key key-realised" aria-hidden="true">■</span> {{T_REALISED}}. {{T_DASH_BARS_SUMMARY}}</figcaption>
</figure>
</section>
