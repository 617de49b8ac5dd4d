{{%AUTOESCAPE context="HTML"}}<p class="crumbs"><a href="/dashboard?period={{PERIOD_Q}}">{{T_DASH_TITLE}} {{PERIOD}}</a></p>
<h1>{{T_DEV_TITLE}} {{PERIOD}}</h1>
<form class="inline" method="get" action="/dashboard/deviations" aria-labelledby="period-label">
<label for="period" id="period-label">{{T_DASH_PERIOD}}</label>
<select id="period" name="period">{{#PERIOD_OPTION}}<option value="{{OPTION}}"{{#SELECTED}} selected{{/SELECTED}}>{{OPTION}}</option>{{/PERIOD_OPTION}}</select>
<button type="submit">{{T_SHOW}}</button>
</form>
{{#APPROVAL_ALL}}{{#PROVISIONAL}}<p class="provisional" id="approval" data-unapproved="{{DATA_UNAPPROVED}}" data-figures="{{DATA_FIGURES}}"><strong>{{T_PROV_WORD}}</strong>: {{N_UNAPPROVED}} {{T_PROV_OF}} {{N_FIGURES}} {{T_PROV_NOT_APPROVED}}. {{T_PROV_EXPLAIN}}</p>{{/PROVISIONAL}}{{#APPROVED}}<p class="approved" id="approval" data-unapproved="0" data-figures="{{DATA_FIGURES}}">{{T_PROV_ALL_APPROVED}}</p>{{/APPROVED}}{{/APPROVAL_ALL}}
<p>{{T_DEV_INTRO}}</p>
<p>{{T_DEV_THRESHOLD}}: {{THRESHOLD_PCT}} {{T_DEV_AND}} {{THRESHOLD_MONEY}}.{{#HAS_PREV}} <a href="/dashboard/deviations?period={{PREV_PERIOD}}">{{T_DEV_TITLE}} {{PREV_PERIOD}}</a>{{/HAS_PREV}}</p>
{{#NO_DEVIATIONS}}<p>{{T_DEV_NONE}}</p>{{/NO_DEVIATIONS}}
{{#HAS_DEVIATIONS}}<p id="deviation-count"><span data-total="{{N_DEVIATIONS}}">{{N_DEVIATIONS_SHOWN}}</span> {{T_DEV_N}}</p>{{/HAS_DEVIATIONS}}
{{#PROGRAMME_SUMMARY}}<div class="table-wrap" role="region" tabindex="0" aria-labelledby="cap-dev-summary"><table class="dash" id="deviation-summary">
<caption id="cap-dev-summary">{{T_DEV_SUMMARY}} {{PERIOD}}{{#HAS_PREV}}, {{T_DASH_YOY}} {{PREV_PERIOD}}{{/HAS_PREV}}</caption>
<thead><tr><th scope="col">{{T_PROGRAMME}}</th><th scope="col" class="num">{{T_DEV_N}}</th><th scope="col" class="num">{{T_DEV_NET}}</th>{{#HAS_PREV}}<th scope="col" class="num">{{T_DEV_N}} {{PREV_PERIOD}}</th><th scope="col" class="num">{{T_DEV_NET}} {{PREV_PERIOD}}</th>{{/HAS_PREV}}{{#PAGED}}<th scope="col">{{T_DEV_FIRST_PAGE}}</th>{{/PAGED}}</tr></thead>
<tbody>
{{#SUMMARY_ROW}}<tr data-number="{{PROGRAMME_NUMBER}}"><th scope="row">{{PROGRAMME_NUMBER}}. {{PROGRAMME_NAME}}</th><td class="num" data-field="count">{{COUNT}}</td><td class="num" data-cents="{{NET_CENTS}}" data-field="net">{{NET}}</td>{{#PREV}}<td class="num yoy" data-field="prev_count">{{COUNT}}</td><td class="num yoy" data-cents="{{NET_CENTS}}" data-field="prev_net">{{NET}}</td>{{/PREV}}{{#FIRST}}<td data-programme="{{PROGRAMME_ID}}"><a href="{{PAGER_BASE}}&amp;page={{FIRST_PAGE}}#g{{PROGRAMME_ID}}">{{T_PAGER_PAGE}} {{FIRST_PAGE}}</a></td>{{/FIRST}}{{#NO_FIRST}}<td>—</td>{{/NO_FIRST}}</tr>
{{/SUMMARY_ROW}}</tbody>
</table></div>{{/PROGRAMME_SUMMARY}}
{{#PAGER}}<nav class="pager" aria-label="{{T_PAGER_LABEL}} ({{T_PAGER_TOP}})">
<p>{{T_PAGER_PAGE}} {{PAGE}} {{T_PAGER_OF}} {{PAGES}}; {{FROM}}–{{TO}} {{T_PAGER_OF}} {{TOTAL}}</p>
<ul>{{#PREV_PAGE}}<li><a rel="prev" href="{{PAGER_BASE}}&amp;page={{N}}">{{T_PAGER_PREV}}<span class="visually-hidden"> ({{T_PAGER_PAGE}} {{N}})</span></a></li>{{/PREV_PAGE}}{{#NEXT_PAGE}}<li><a rel="next" href="{{PAGER_BASE}}&amp;page={{N}}">{{T_PAGER_NEXT}}<span class="visually-hidden"> ({{T_PAGER_PAGE}} {{N}})</span></a></li>{{/NEXT_PAGE}}</ul>
</nav>{{/PAGER}}
{{#GROUP}}<section aria-labelledby="g{{PROGRAMME_ID}}">
<h2 id="g{{PROGRAMME_ID}}"><a href="/dashboard/programmes/{{PROGRAMME_ID}}?period={{PERIOD_Q}}">{{T_PROGRAMME}} {{PROGRAMME_NUMBER}}. {{PROGRAMME_NAME}}</a></h2>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="cap-dev-{{PROGRAMME_ID}}"><table class="dash deviations">
<caption id="cap-dev-{{PROGRAMME_ID}}">{{T_DEV_TITLE}}: {{T_PROGRAMME}} {{PROGRAMME_NUMBER}}</caption>
<thead><tr><th scope="col">{{T_PERFORMANCE}}</th><th scope="col">{{T_OWNER}}</th><th scope="col" class="num">{{T_BUDGET}}</th><th scope="col" class="num">{{T_REALISED}}</th><th scope="col" class="num">{{T_DEVIATION}}</th><th scope="col" class="num">{{T_DEVIATION_PCT}}</th><th scope="col">{{T_EXPLANATION}}</th><th scope="col">{{T_MEASURE}}</th></tr></thead>
<tbody>
{{#DEVIATION}}<tr data-performance="{{PERF_ID}}"><th scope="row">{{EFFECT_NUMBER}}.{{PERF_NUMBER}} {{PERF_NAME}}</th><td><a href="/dashboard/org/{{OWNER_ID}}?period={{PERIOD_Q}}">{{OWNER}}</a></td>{{#FIN}}<td class="num">{{BUDGET}}</td><td class="num">{{REALISED}}</td><td class="num" data-cents="{{DEV_CENTS}}">{{DEV}}</td><td class="num" data-bp="{{DEV_BP}}">{{DEV_PCT}}</td>{{/FIN}}<td>{{EXPLANATION}}{{#NO_EXPLANATION}}<strong class="missing-text">{{T_DEV_MISSING_TEXT}}</strong>{{/NO_EXPLANATION}}</td><td>{{MEASURE}}{{#NO_MEASURE}}<strong class="missing-text">{{T_DEV_MISSING_TEXT}}</strong>{{/NO_MEASURE}}</td></tr>
{{/DEVIATION}}</tbody>
</table></div>
</section>
{{/GROUP}}
{{#PAGER}}<nav class="pager" aria-label="{{T_PAGER_LABEL}} ({{T_PAGER_BOTTOM}})">
<p>{{T_PAGER_PAGE}} {{PAGE}} {{T_PAGER_OF}} {{PAGES}}; {{FROM}}–{{TO}} {{T_PAGER_OF}} {{TOTAL}}</p>
<ul>{{#PREV_PAGE}}<li><a rel="prev" href="{{PAGER_BASE}}&amp;page={{N}}">{{T_PAGER_PREV}}<span class="visually-hidden"> ({{T_PAGER_PAGE}} {{N}})</span></a></li>{{/PREV_PAGE}}{{#NEXT_PAGE}}<li><a rel="next" href="{{PAGER_BASE}}&amp;page={{N}}">{{T_PAGER_NEXT}}<span class="visually-hidden"> ({{T_PAGER_PAGE}} {{N}})</span></a></li>{{/NEXT_PAGE}}</ul>
</nav>{{/PAGER}}
